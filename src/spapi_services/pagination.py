"""Async iteration over paginated operations.

:class:`Pages` follows a next-page token until the API stops returning one. It stops on a
missing or empty token, raises :class:`~spapi_services.errors.PaginationError` when a token
repeats (a server bug that would otherwise loop forever), and honours ``max_pages`` /
``max_items``. A page is fetched only when the caller asks for it, so breaking out of the loop
never leaves a request in flight.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterable
from typing import Generic, TypeVar

from .errors import PaginationError, ValidationError

__all__ = ["Items", "Pages"]

P = TypeVar("P")
T = TypeVar("T")


def _check_limit(name: str, value: int | None) -> None:
    if value is not None and value < 1:
        raise ValidationError(name, f"must be at least 1, got {value}", allowed="None or >= 1")


class Pages(Generic[P]):
    """Async iterator over the pages of a listing.

    ``fetch(token)`` returns one page for a token (None for the first page); ``next_token(page)``
    reads the token of the following page from it.
    """

    def __init__(
        self,
        fetch: Callable[[str | None], Awaitable[P]],
        next_token: Callable[[P], str | None],
        *,
        operation: str,
        first_token: str | None = None,
        max_pages: int | None = None,
    ) -> None:
        _check_limit("max_pages", max_pages)
        self._fetch = fetch
        self._next_token = next_token
        self._operation = operation
        self._token = first_token
        self._seen: set[str] = set() if first_token is None else {first_token}
        self._max_pages = max_pages
        self._pages = 0
        self._done = False

    @property
    def pages_fetched(self) -> int:
        """How many pages were fetched so far."""
        return self._pages

    def __aiter__(self) -> AsyncIterator[P]:
        return self

    async def __anext__(self) -> P:
        if self._done or (self._max_pages is not None and self._pages >= self._max_pages):
            self._done = True
            raise StopAsyncIteration
        page = await self._fetch(self._token)
        self._pages += 1
        token = self._next_token(page)
        if not token:
            self._done = True
        elif token in self._seen:
            self._done = True
            raise PaginationError(
                f"{self._operation} returned page token {token[:16]!r}... a second time "
                f"after {self._pages} pages; stopping to avoid an endless loop"
            )
        else:
            self._seen.add(token)
        self._token = token
        return page

    async def aclose(self) -> None:
        """Stop iterating; no further page is fetched."""
        self._done = True


class Items(Generic[P, T]):
    """Async iterator over the items of every page (``items(page)`` lists a page's items)."""

    def __init__(
        self, pages: Pages[P], items: Callable[[P], Iterable[T]], *, max_items: int | None = None
    ) -> None:
        _check_limit("max_items", max_items)
        self._pages = pages
        self._items = items
        self._max_items = max_items
        self._count = 0
        self._buffer: list[T] = []

    def __aiter__(self) -> AsyncIterator[T]:
        return self

    async def __anext__(self) -> T:
        if self._max_items is not None and self._count >= self._max_items:
            await self._pages.aclose()
            raise StopAsyncIteration
        while not self._buffer:
            page = await self._pages.__anext__()
            self._buffer = list(self._items(page))
            self._buffer.reverse()
        self._count += 1
        return self._buffer.pop()

    async def aclose(self) -> None:
        """Stop iterating; no further page is fetched."""
        self._buffer.clear()
        await self._pages.aclose()

"""HTTP plumbing shared by the emulator's handlers: requests, responses, API errors and times.

Times are handled as integer seconds since the epoch (UTC) and written back as ISO 8601 with a
``Z`` suffix, the way the Services API writes them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any

__all__ = [
    "HttpError",
    "NotUtcError",
    "Request",
    "Response",
    "empty_response",
    "fmt_time",
    "invalid",
    "json_response",
    "missing",
    "parse_time",
]

_JSON_TYPE = b"application/json"


@dataclass(slots=True)
class Request:
    """One incoming request, already read in full."""

    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes
    base_url: str
    params: dict[str, str] = field(default_factory=dict)
    too_large: bool = False
    """The body exceeded the emulator's size limit (``body`` then holds only its start)."""

    def one(self, name: str) -> str | None:
        """The first value of a query parameter (None when absent)."""
        values = self.query.get(name)
        return values[0] if values else None

    def array(self, name: str) -> list[str] | None:
        """An array query parameter: comma-separated values and repeated keys both accepted."""
        values = self.query.get(name)
        if values is None:
            return None
        return [part for value in values for part in value.split(",") if part]

    def json(self) -> Any:
        """The body parsed as JSON; a 400 ``InvalidInput`` when it is missing or malformed
        (``NaN`` and ``Infinity``, which JSON does not have, are malformed too)."""
        if not self.body:
            raise invalid(400, "Missing request body.")
        try:
            return json.loads(self.body, parse_constant=_refuse_constant)
        except (ValueError, UnicodeDecodeError):
            raise invalid(400, "Request body is not valid JSON.") from None


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


@dataclass(slots=True)
class Response:
    """What a handler answers; the app adds request id, rate-limit and length headers."""

    status: int
    body: bytes = b""
    content_type: bytes = _JSON_TYPE
    headers: list[tuple[bytes, bytes]] = field(default_factory=list)


def json_response(status: int, payload: Any) -> Response:
    """A JSON response (compact encoding)."""
    return Response(status, json.dumps(payload, separators=(",", ":")).encode())


def empty_response(status: int = 204) -> Response:
    """A response without a body."""
    return Response(status, b"", b"")


class HttpError(Exception):
    """Raised by a handler to answer with an SP-API error list."""

    def __init__(self, status: int, errors: list[dict[str, str]]) -> None:
        super().__init__(status, errors)
        self.status = status
        self.errors = errors

    def response(self, *, bare: bool = False) -> Response:
        """The error as a JSON response: ``{"errors": [...]}``, or with ``bare`` the list itself
        (the shape some operations use; the app chooses per operation)."""
        return json_response(self.status, self.errors if bare else {"errors": self.errors})


def invalid(
    status: int, message: str, *, code: str = "InvalidInput", details: str = ""
) -> HttpError:
    """An error with one entry (``InvalidInput`` unless told otherwise)."""
    return HttpError(status, [{"code": code, "message": message, "details": details}])


def missing(status: int, *names: str) -> HttpError:
    """The API's "Missing or invalid request parameters: [a, b]" error."""
    return invalid(status, f"Missing or invalid request parameters: [{', '.join(names)}]")


@lru_cache(maxsize=65536)
def _parse(text: str) -> tuple[int, bool]:
    if "T" not in text:
        raise ValueError(text)
    value = datetime.fromisoformat(text)
    offset = value.utcoffset()
    if offset is None:
        return int(value.replace(tzinfo=UTC).timestamp()), False
    return int(value.timestamp()), not offset


class NotUtcError(ValueError):
    """A well-formed time that is not in UTC (see :func:`parse_time`)."""


def parse_time(text: Any, *, require_utc: bool = False) -> int:
    """Seconds since the epoch of an ISO 8601 date-time; ValueError when malformed.

    A time without an offset is read as UTC unless ``require_utc`` (then it is refused, like a
    non-zero offset, with :class:`NotUtcError`).
    """
    if not isinstance(text, str):
        raise ValueError(repr(text))
    seconds, utc = _parse(text)
    if require_utc and not utc:
        raise NotUtcError(f"ISO8601 time {text} is not in UTC.")
    return seconds


def fmt_time(seconds: int) -> str:
    """ISO 8601 UTC with a ``Z`` suffix, whole seconds."""
    return datetime.fromtimestamp(seconds, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")

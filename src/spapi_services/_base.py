"""The plumbing shared by every ServicesClient method: one HTTP client, the transport stack, and
turning a generated ``Response`` into a result or a typed error."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import httpx
from spapi_services_generated.client import Client as LowLevelClient
from spapi_services_generated.types import Response, Unset

from . import validation
from ._transport import CallInfo, ServicesTransport, current_call
from ._version import __version__
from .auth import LwaCredentials, TokenSource, token_source_for
from .endpoints import (
    check_marketplace_region,
    is_local_endpoint,
    is_sandbox_endpoint,
    resolve_endpoint,
)
from .errors import ApiError, ErrorDetail, ValidationError, error_for_status, parse_error_list
from .ratelimit import NoRateLimiter, RateLimiter, parse_rate_limit
from .retry import RetryPolicy

__all__ = ["DEFAULT_LIMITS", "DEFAULT_TIMEOUT", "BaseClient"]

logger = logging.getLogger("spapi_services")

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0, pool=30.0)
"""Connect 10 s, read/write 30 s, waiting for a pooled connection 30 s."""

DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=100)
"""Enough connections for the usage plans' bursts; raise it for heavier concurrency."""

USER_AGENT = f"spapi-services/{__version__} (Language=Python; httpx/{httpx.__version__})"

T = TypeVar("T")
Credentials = LwaCredentials | TokenSource | Callable[[], Awaitable[str] | str]


class BaseClient:
    """Construction, lifecycle and response handling for :class:`ServicesClient`."""

    def __init__(
        self,
        credentials: Credentials,
        *,
        region: str | None = None,
        marketplace_id: str | None = None,
        endpoint: str | None = None,
        sandbox: bool = False,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        timeout: httpx.Timeout | float | None = DEFAULT_TIMEOUT,
        limits: httpx.Limits = DEFAULT_LIMITS,
        max_retries: int = 4,
        retry: RetryPolicy | None = None,
        rate_limiter: RateLimiter | NoRateLimiter | None = None,
        pacing: bool = True,
        validate_reason_codes: bool | None = None,
    ) -> None:
        if max_retries < 0:
            raise ValidationError("max_retries", f"must not be negative, got {max_retries}")
        self.base_url = resolve_endpoint(
            region=region, marketplace_id=marketplace_id, endpoint=endpoint, sandbox=sandbox
        )
        self.marketplace_id = marketplace_id
        self.sandbox = sandbox or is_sandbox_endpoint(self.base_url)
        self.local = is_local_endpoint(self.base_url)
        # Amazon's sandbox answers fixed examples with codes outside the tables: don't block there.
        self.validate_reason_codes = (
            not self.sandbox if validate_reason_codes is None else validate_reason_codes
        )
        self.retry = retry or RetryPolicy(max_attempts=max_retries + 1)
        if rate_limiter is None:
            rate_limiter = RateLimiter() if pacing else NoRateLimiter()
        self.rate_limiter = rate_limiter

        self._owns_http = http_client is None
        routes: dict[Any, httpx.AsyncBaseTransport | None] = {}  # URL pattern -> transport
        if http_client is None:
            inner = transport or httpx.AsyncHTTPTransport(limits=limits, retries=0)
            http_client = httpx.AsyncClient(timeout=timeout, transport=inner)
        else:  # wrapped in place: its proxies, mounts, headers and timeouts stay the user's
            inner = http_client._transport
            routes = dict(http_client._mounts)
            timeout = http_client.timeout
        # LWA calls and document uploads go straight to the network transports (through the
        # same proxies): they never pass through the SP-API stack, so they never carry the
        # SP-API access token.
        self._plain_http = httpx.AsyncClient(
            timeout=timeout,
            transport=inner,
            mounts={pattern.pattern: t for pattern, t in routes.items()},
            headers={"User-Agent": USER_AGENT},
        )
        self._tokens = token_source_for(credentials, http_client=self._plain_http)
        self._transport = self._stack(inner)
        # Every route of the client gets the stack: a proxy mount would otherwise send API
        # calls with no token, no pacing and no retries.
        http_client._mounts = {p: None if t is None else self._stack(t) for p, t in routes.items()}
        http_client._transport = self._transport
        # The generated functions send relative URLs: a client passed in gets our base URL.
        http_client.base_url = httpx.URL(self.base_url)
        self._http = http_client
        self.low_level = LowLevelClient(base_url=self.base_url).set_async_httpx_client(http_client)
        """The generated client: ``spapi_services_generated.api.service.*`` functions accept it,
        and their requests get the same authentication, pacing and retries."""

    def _stack(self, inner: httpx.AsyncBaseTransport) -> ServicesTransport:
        return ServicesTransport(
            inner,
            tokens=self._tokens,
            limiter=self.rate_limiter,
            retry=self.retry,
            user_agent=USER_AGENT,
        )

    async def __aenter__(self: T) -> T:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the HTTP connections this client opened (not those of a client passed in)."""
        if self._owns_http:
            await self._http.aclose()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r})"

    # -- helpers for the operation methods -------------------------------------------------

    def _marketplaces(self, marketplace_id: str | None) -> list[str]:
        """``marketplaceIds`` for a call: the argument, else the client's default."""
        chosen = self.marketplace_id if marketplace_id is None else marketplace_id
        if chosen is None:
            raise ValidationError(
                "marketplace_id",
                "required for this operation; pass it or set ServicesClient(marketplace_id=...)",
            )
        self._check_marketplace(chosen)
        return [chosen]

    def _check_marketplace(self, marketplace_id: str) -> None:
        """A marketplace id given to a call: a non-empty string, and (on Amazon's hosts) a
        marketplace of the client's region; unknown marketplaces pass unchecked."""
        validation.check_string(marketplace_id, "marketplace_id", min_length=1)
        check_marketplace_region(marketplace_id, self.base_url)

    async def _call(
        self, operation: str, fn: Callable[..., Awaitable[Response[Any]]], /, *args: Any, **kw: Any
    ) -> _Reply:
        """Call a generated ``asyncio_detailed`` function through the transport stack."""
        info = CallInfo()
        reset = current_call.set(info)
        try:
            response = await fn(*args, client=self.low_level, **kw)
        finally:
            current_call.reset(reset)
        return _Reply(operation, response, max(info.attempts, 1))

    def _result(self, reply: _Reply, expected: type[T]) -> T:
        """The parsed model of a success, or the typed error for anything else."""
        parsed = reply.response.parsed
        if reply.ok and isinstance(parsed, expected):
            self._raise_embedded_errors(reply, getattr(parsed, "errors", None))
            return parsed
        raise self._error(reply)

    def _empty(self, reply: _Reply) -> None:
        """A success without a useful body, or the typed error."""
        if not reply.ok:
            raise self._error(reply)
        self._raise_embedded_errors(reply, getattr(reply.response.parsed, "errors", None))

    def _raise_embedded_errors(self, reply: _Reply, errors: object) -> None:
        """A 2xx that still carries an ``errors`` list is a failure: raise it."""
        if isinstance(errors, list) and errors:
            items = [e.to_dict() if hasattr(e, "to_dict") else e for e in errors]
            details = parse_error_list(items)
            if details:
                raise self._error(reply, details)

    def _payload(
        self, reply: _Reply, value: object, kind: type[T], empty: Callable[[], T] | None = None
    ) -> T:
        """A parsed payload when it is a ``kind``; ``empty()`` when the body left it out (if
        ``empty`` is given); otherwise the typed error (the body is not the documented model)."""
        if isinstance(value, kind):
            return value
        if empty is not None and isinstance(value, Unset):
            return empty()
        raise self._error(reply)

    def _error(self, reply: _Reply, errors: list[ErrorDetail] | None = None) -> ApiError:
        response = reply.response
        status = int(response.status_code)
        if errors is None:
            errors = parse_error_list(response.content)
        message = None
        if reply.ok and not errors:
            message = (
                f"HTTP {status} on {reply.operation}: the body could not be read as the "
                f"documented model [request id {response.headers.get('x-amzn-RequestId')}]"
            )
        cls = ApiError if reply.ok else error_for_status(status)
        return cls(
            status=status,
            errors=errors,
            request_id=response.headers.get("x-amzn-RequestId"),
            operation=reply.operation,
            attempts=reply.attempts,
            rate_limit=parse_rate_limit(response.headers.get("x-amzn-RateLimit-Limit")),
            body=response.content,
            message=message,
        )


class _Reply:
    """A generated response with the operation it answers and the attempts it took."""

    __slots__ = ("attempts", "ok", "operation", "response")

    def __init__(self, operation: str, response: Response[Any], attempts: int) -> None:
        self.operation = operation
        self.response = response
        self.attempts = attempts
        self.ok = 200 <= int(response.status_code) < 300

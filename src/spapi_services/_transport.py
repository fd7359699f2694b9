"""The transport stack every request goes through: LWA auth -> pacing -> retries -> network.

It works from the request alone (method + path -> operation), so a call made directly through
the generated functions on ``ServicesClient.low_level`` is authenticated, paced and retried
exactly like a call through the facade.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable
from contextvars import ContextVar
from dataclasses import dataclass

import anyio
import httpx

from .auth import TokenSource
from .errors import TransportError, parse_error_list
from .operations import OperationSpec, match_operation
from .ratelimit import NoRateLimiter, RateLimiter
from .retry import RetryPolicy, parse_retry_after

__all__ = ["ATTEMPTS_EXTENSION", "CallInfo", "ServicesTransport", "current_call"]

logger = logging.getLogger("spapi_services")

ATTEMPTS_EXTENSION = "spapi_services.attempts"


@dataclass
class CallInfo:
    """What the transport tells the facade about the call it just made."""

    attempts: int = 0


current_call: ContextVar[CallInfo | None] = ContextVar("spapi_services_call", default=None)
_TOKEN_HEADER = "x-amz-access-token"
_TOKEN_WORDS = ("token", "signature", "unauthorized", "access denied")


async def _token_rejected(response: httpx.Response) -> bool:
    """401, or a 403 whose errors say the access token is expired or invalid."""
    if response.status_code == 401:
        return True
    await response.aread()
    for error in parse_error_list(response.content):
        text = f"{error.code} {error.message} {error.details or ''}".lower()
        if any(word in text for word in _TOKEN_WORDS):
            return True
    return False


class ServicesTransport(httpx.AsyncBaseTransport):
    """Wraps a network transport with authentication, per-operation pacing and retries."""

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        *,
        tokens: TokenSource,
        limiter: RateLimiter | NoRateLimiter,
        retry: RetryPolicy,
        sleep: Callable[[float], Awaitable[None]] = anyio.sleep,
        clock: Callable[[], float] = time.monotonic,
        user_agent: str | None = None,
    ) -> None:
        self._inner = inner
        self._user_agent = user_agent
        self._tokens = tokens
        self.limiter = limiter
        self._retry = retry
        self._sleep = sleep
        self._clock = clock
        # A token still refused after a refresh: its 403s are not about the token (a missing
        # role), so they are not replayed, until a response shows the token works again.
        self._refused_anyway: str | None = None

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        op = match_operation(request.method, request.url.path)
        if op is None:  # not an API call (e.g. a user's own request): pass through untouched
            return await self._inner.handle_async_request(request)
        if self._user_agent is not None:
            request.headers["User-Agent"] = self._user_agent
        started = self._clock()
        attempt = 0
        replayed_auth = False
        while True:
            attempt += 1
            # the token first: a refresh must not sit between the paced slot and the send
            token = await self._tokens.get_token()
            await self.limiter.acquire(op.operation_id)
            request.headers[_TOKEN_HEADER] = token
            try:
                response = await self._inner.handle_async_request(request)
            except httpx.TransportError as exc:
                retryable = self._retry.should_retry_exception(exc, retry_safe=op.retry_safe)
                delay = self._delay(attempt, started, None) if retryable else None
                if delay is None:
                    raise self._transport_error(exc, op, attempt) from exc
                await self._wait(op, attempt, type(exc).__name__, delay)
                continue
            self.limiter.observe(op.operation_id, response.headers)
            status = response.status_code
            if status in (401, 403):
                if replayed_auth:
                    self._refused_anyway = token
                elif token != self._refused_anyway and await _token_rejected(response):
                    await response.aclose()
                    replayed_auth = True
                    await self._tokens.invalidate(token)
                    logger.debug(
                        "%s: access token rejected (%s); refreshing", op.operation_id, status
                    )
                    attempt -= 1  # an auth replay does not count against the retry budget
                    continue
            elif token == self._refused_anyway:
                self._refused_anyway = None
            if self._retry.should_retry_status(status, retry_safe=op.retry_safe):
                delay = self._delay(attempt, started, response.headers)
                if delay is not None:
                    await response.aread()
                    await response.aclose()
                    if status == 429:
                        retry_after = parse_retry_after(response.headers.get("retry-after"))
                        self.limiter.throttled(op.operation_id, retry_after)
                    await self._wait(op, attempt, f"HTTP {status}", delay)
                    continue
            response.extensions[ATTEMPTS_EXTENSION] = attempt
            info = current_call.get()
            if info is not None:
                info.attempts = attempt
            return response

    def _delay(self, attempt: int, started: float, headers: httpx.Headers | None) -> float | None:
        """Seconds to wait before the next attempt, or None when no attempt is left in the
        attempt budget or before the deadline."""
        if attempt >= self._retry.max_attempts:
            return None
        delay = self._retry.backoff(attempt, headers)
        if self._clock() + delay - started > self._retry.deadline:
            return None
        return delay

    async def _wait(self, op: OperationSpec, attempt: int, reason: str, delay: float) -> None:
        logger.debug(
            "%s: attempt %d failed (%s); retrying in %.3fs", op.operation_id, attempt, reason, delay
        )
        await self._sleep(delay)

    @staticmethod
    def _transport_error(exc: Exception, op: OperationSpec, attempts: int) -> TransportError:
        kind = type(exc).__name__
        tries = f" after {attempts} attempts" if attempts > 1 else ""
        hint = (
            ""
            if op.retry_safe or attempts > 1
            else " (not retried: the operation is not safe to repeat)"
        )
        return TransportError(
            f"{op.operation_id}: {kind}{tries}{hint}", operation=op.operation_id, attempts=attempts
        )

    async def aclose(self) -> None:
        await self._inner.aclose()

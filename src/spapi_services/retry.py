"""Which failures are retried, and how long to wait before the next attempt.

- 429 is always retried: the API refused the call before doing anything.
- A connection that failed before the request was sent (connect error or timeout, pool timeout)
  is always retried.
- 5xx answers, read timeouts and connections broken after sending are retried only for
  operations the spec marks safe to repeat (reads, the capacity queries, idempotent PUT and
  DELETE). A POST that creates something is never replayed after an ambiguous failure.

Waits grow exponentially with full jitter, honour ``Retry-After``, and never run past the
overall deadline.
"""

from __future__ import annotations

import email.utils
import random
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

import httpx

__all__ = ["DEFAULT_RETRY", "RetryPolicy", "parse_retry_after"]

# Failures that prove the request never reached the server.
_NOT_SENT: tuple[type[Exception], ...] = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
)
_RETRYABLE_STATUS_IF_SAFE = frozenset({500, 502, 503, 504})


def parse_retry_after(value: str | None, *, now: Callable[[], float] = time.time) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        seconds = when.timestamp() - now()
    if seconds != seconds:  # NaN
        return None
    return max(0.0, seconds)


@dataclass(frozen=True)
class RetryPolicy:
    """How many attempts, how long to wait between them, and the overall deadline.

    Defaults: 5 attempts, waits drawn uniformly in ``[0, min(max_backoff, base * 2**n)]``
    (base 0.5 s, cap 16 s), a ``Retry-After`` honoured up to ``max_retry_after`` (60 s), and no
    retry that would start more than ``deadline`` (120 s) after the first attempt.
    ``max_attempts=1`` turns retries off.
    """

    max_attempts: int = 5
    base_backoff: float = 0.5
    max_backoff: float = 16.0
    max_retry_after: float = 60.0
    deadline: float = 120.0
    random: Callable[[], float] = field(default=random.random, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.max_attempts < 1:
            raise ValueError("max_attempts must be at least 1")

    def should_retry_status(self, status: int, *, retry_safe: bool) -> bool:
        """Whether an HTTP status is worth another attempt for this kind of operation."""
        return status == 429 or (retry_safe and status in _RETRYABLE_STATUS_IF_SAFE)

    def should_retry_exception(self, exc: Exception, *, retry_safe: bool) -> bool:
        """Whether a transport failure is worth another attempt for this kind of operation."""
        if isinstance(exc, _NOT_SENT):
            return True
        return retry_safe and isinstance(exc, httpx.TransportError)

    def backoff(self, attempt: int, headers: Mapping[str, str] | None = None) -> float:
        """Seconds to wait after failed attempt number ``attempt`` (1-based)."""
        retry_after = parse_retry_after(headers.get("retry-after")) if headers else None
        if retry_after is not None:
            return min(retry_after, self.max_retry_after)
        ceiling = min(self.max_backoff, self.base_backoff * 2.0 ** (attempt - 1))
        return ceiling * self.random()


DEFAULT_RETRY = RetryPolicy()

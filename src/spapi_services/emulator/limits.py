"""Usage plans: one token bucket per operation, as the Services API enforces them."""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping

__all__ = ["TokenBucket", "UsagePlans"]


class TokenBucket:
    """``rate`` tokens a second, at most ``burst`` saved up; starts full."""

    __slots__ = ("_clock", "_last", "_tokens", "burst", "rate")

    def __init__(self, rate: float, burst: int, clock: Callable[[], float]) -> None:
        self.rate = rate
        self.burst = burst
        self._clock = clock
        self._tokens = float(burst)
        self._last = clock()

    def take(self) -> bool:
        """Takes one token if there is one."""
        now = self._clock()
        self._tokens = min(self.burst, self._tokens + (now - self._last) * self.rate)
        self._last = now
        if self._tokens >= 1.0 - 1e-9:  # tolerate float error in elapsed * rate
            self._tokens -= 1.0
            return True
        return False


class UsagePlans:
    """The buckets of every operation, scaled by ``scale`` (None: no limit, header still sent).

    ``plans`` maps an operation id to its (rate per second, burst).
    """

    def __init__(
        self,
        plans: Mapping[str, tuple[float, int]],
        scale: float | None,
        clock: Callable[[], float],
    ) -> None:
        if scale is not None and not (scale > 0 and math.isfinite(scale)):
            raise ValueError("rate_scale must be a positive number or None")
        self.scale = scale
        self._headers: dict[str, bytes] = {}
        self._buckets: dict[str, TokenBucket] = {}
        for op, (rate, burst) in plans.items():
            effective = rate * (scale or 1.0)
            self._headers[op] = repr(float(effective)).encode()
            if scale is not None:
                self._buckets[op] = TokenBucket(effective, max(1, round(burst * scale)), clock)

    def allow(self, operation: str) -> bool:
        """Whether a call of ``operation`` may proceed now (consumes a token)."""
        bucket = self._buckets.get(operation)
        return bucket is None or bucket.take()

    def header(self, operation: str) -> bytes | None:
        """The ``x-amzn-RateLimit-Limit`` value advertised for an operation."""
        return self._headers.get(operation)

"""Per-operation pacing, so that a burst of calls waits for capacity instead of getting 429s.

Every Selling Partner API operation has a usage plan: a token bucket that holds ``burst`` tokens
and refills at ``rate`` tokens per second. :class:`RateLimiter` keeps a mirror of each bucket on
the client side, using the "virtual scheduling" form of the generic cell rate algorithm (GCRA):
each bucket is one number, the theoretical arrival time ``tat`` of the next call. A call at time
``now`` conforms when ``now >= tat - tolerance``, where the emission interval is
``T = 1 / rate`` and the tolerance is ``(burst - 1) * T``; a fresh bucket admits ``burst``
immediate calls.

:meth:`RateLimiter.acquire` *reserves* the next conforming time and advances ``tat`` in one step
with no ``await`` in between (so no lock is needed in a single event loop), then sleeps until its
time. Reservations are handed out in call order, so hundreds of concurrent callers leave in FIFO
order, one emission interval apart, without a thundering herd on wake-up; a burst of ``N`` calls
takes ``(N - burst) / rate`` seconds.

A limiter is meant for one event loop (asyncio or trio, through anyio); it is not thread-safe.
One limiter may be shared by several clients of the same seller, since they share its quotas.
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Awaitable, Callable, Mapping

import anyio
from spapi_services_generated._operations import OPERATIONS

__all__ = ["RATE_LIMIT_HEADER", "NoRateLimiter", "RateLimiter", "parse_rate_limit"]

logger = logging.getLogger("spapi_services.ratelimit")

RATE_LIMIT_HEADER = "x-amzn-RateLimit-Limit"
_RATE_LIMIT_HEADER_LOWER = RATE_LIMIT_HEADER.lower()


def parse_rate_limit(value: str | None) -> float | None:
    """The rate (requests per second) in an ``x-amzn-RateLimit-Limit`` header value.

    Returns ``None`` for a missing, unparsable, non-finite, zero or negative value, so a garbled
    header never changes the pacing.
    """
    if value is None:
        return None
    try:
        rate = float(value.strip())
    except ValueError:
        return None
    return rate if math.isfinite(rate) and rate > 0 else None


class _Bucket:
    """The client-side mirror of one operation's token bucket (GCRA state)."""

    __slots__ = ("burst", "interval", "pushback", "rate", "tat", "tolerance", "version")

    def __init__(self, rate: float, burst: int, safety: float) -> None:
        self.tat = -math.inf  # theoretical arrival time of the next call; -inf: bucket full
        self.pushback = 0.0  # total delay added to pending reservations by throttled()
        self.version = 0  # bumped by every change other than a plain reservation
        self.rate = rate
        self.burst = burst
        self.interval = 1.0 / (rate * safety)
        self.tolerance = (burst - 1) * self.interval

    def retune(self, rate: float, burst: int, safety: float, now: float) -> None:
        """Change the plan in place (waiters hold this object), keeping the fill level."""
        interval = 1.0 / (rate * safety)
        last = self.tat - self.tolerance - self.interval  # time of the latest reservation
        if last > now:  # calls are queued until `last`, when the bucket is empty
            self.tat = last + burst * interval
        elif self.tat > now:  # tokens in use now, converted to the new interval
            self.tat = now + (self.tat - now) / self.interval * interval
        self.rate, self.burst = rate, burst
        self.interval, self.tolerance = interval, (burst - 1) * interval
        self.version += 1


def _check_plan(operation_id: str, rate: float, burst: int) -> None:
    if not (math.isfinite(rate) and rate > 0):
        raise ValueError(f"{operation_id}: rate must be a positive number, got {rate!r}")
    if isinstance(burst, bool) or not isinstance(burst, int) or burst < 1:
        raise ValueError(f"{operation_id}: burst must be an integer >= 1, got {burst!r}")


class RateLimiter:
    """Paces calls per operation so that a burst waits for capacity instead of getting 429s.

    ``plans`` maps operationId -> ``(rate per second, burst)``; by default the usage plans of
    the spec (``spapi_services_generated._operations.OPERATIONS``). Operations not in the plans
    are never paced. ``clock`` and ``sleep`` are injectable for tests.

    ``safety`` scales the pacing rate: calls are spaced ``1 / (rate * safety)`` seconds apart
    once the burst is spent. The default, 1.0, paces at exactly the plan's rate; that is what
    a token bucket admits, and the jitter that could make a paced call reach the server a little
    early is absorbed by :meth:`throttled` (one interval of back-off for the queue) and the retry
    policy. A value such as 0.98 trades 2% of throughput for a growing margin against jitter.

    Raises ``ValueError`` for a plan or a ``safety`` that is not a positive number.
    """

    def __init__(
        self,
        plans: Mapping[str, tuple[float, int]] | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = anyio.sleep,
        safety: float = 1.0,
    ) -> None:
        if not (math.isfinite(safety) and 0 < safety <= 1):
            raise ValueError(f"safety must be in (0, 1], got {safety!r}")
        if plans is None:
            plans = {op_id: (op.rate, op.burst) for op_id, op in OPERATIONS.items()}
        self._clock = clock
        self._sleep = sleep
        self._safety = safety
        self._buckets: dict[str, _Bucket] = {}
        for operation_id, (rate, burst) in plans.items():
            self.set_plan(operation_id, rate, burst)

    @property
    def safety(self) -> float:
        """The factor applied to every rate when pacing."""
        return self._safety

    def rate(self, operation_id: str) -> float | None:
        """The operation's current rate (requests per second), or ``None`` when not paced."""
        bucket = self._buckets.get(operation_id)
        return None if bucket is None else bucket.rate

    def burst(self, operation_id: str) -> int | None:
        """The operation's current burst, or ``None`` when not paced."""
        bucket = self._buckets.get(operation_id)
        return None if bucket is None else bucket.burst

    def set_plan(self, operation_id: str, rate: float, burst: int) -> None:
        """Set (or add) an operation's usage plan.

        The bucket's fill level (in tokens) is kept. Reservations already handed out keep their
        times; later ones are scheduled after them, at the new rate. Raises ``ValueError`` for a
        rate that is not a positive finite number or a burst below 1.
        """
        _check_plan(operation_id, rate, burst)
        bucket = self._buckets.get(operation_id)
        if bucket is None:
            self._buckets[operation_id] = _Bucket(rate, burst, self._safety)
        else:
            bucket.retune(rate, burst, self._safety, self._clock())

    async def acquire(self, operation_id: str) -> float:
        """Wait until a call to ``operation_id`` may be sent; return the seconds waited.

        Returns at once (without yielding to the event loop) when capacity is available or the
        operation is not paced. Cancelling a waiter gives its reservation back when no later
        reservation was made in the meantime; otherwise the slot is lost (the queue behind it
        is not pulled forward), which costs at most one interval per cancelled waiter.
        """
        bucket = self._buckets.get(operation_id)
        if bucket is None:
            return 0.0
        now = self._clock()
        tat = bucket.tat if bucket.tat > now else now
        at = tat - bucket.tolerance
        bucket.tat = tat + bucket.interval
        if at <= now:
            return 0.0
        return await self._wait(operation_id, bucket, now, at)

    async def _wait(self, operation_id: str, bucket: _Bucket, start: float, at: float) -> float:
        reserved_tat, version, pushback = bucket.tat, bucket.version, bucket.pushback
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug("%s: waiting %.3fs for capacity", operation_id, at - start)
        try:
            while True:
                delay = at - self._clock()
                if delay > 0:
                    await self._sleep(delay)
                if bucket.pushback == pushback:
                    break
                at += bucket.pushback - pushback  # a 429 pushed the queue back while we slept
                pushback = bucket.pushback
        except BaseException:
            if bucket.tat == reserved_tat and bucket.version == version:
                bucket.tat -= bucket.interval  # nobody reserved after us: give the slot back
            raise
        return self._clock() - start

    def observe(self, operation_id: str, headers: Mapping[str, str]) -> None:
        """Re-tune an operation's rate from the response's ``x-amzn-RateLimit-Limit`` header.

        The burst is kept. A missing or unparsable header, or an operation that is not paced,
        changes nothing. A change is logged at DEBUG.
        """
        bucket = self._buckets.get(operation_id)
        if bucket is None:
            return
        value = headers.get(RATE_LIMIT_HEADER)
        if value is None:
            value = headers.get(_RATE_LIMIT_HEADER_LOWER)
        rate = parse_rate_limit(value)
        if rate is None or rate == bucket.rate:
            return
        logger.debug("%s: rate limit %s -> %s per second", operation_id, bucket.rate, rate)
        self.set_plan(operation_id, rate, bucket.burst)

    def throttled(self, operation_id: str, retry_after: float | None = None) -> None:
        """Record a 429 for ``operation_id``: the server's bucket is empty now.

        The next call waits at least one emission interval, or ``retry_after`` seconds when that
        is longer; calls already waiting are pushed back by the same amount, keeping their order.
        """
        bucket = self._buckets.get(operation_id)
        if bucket is None:
            return
        delay = bucket.interval
        if retry_after is not None and math.isfinite(retry_after) and retry_after > delay:
            delay = retry_after
        now = self._clock()
        queued = bucket.tat - bucket.tolerance - bucket.interval > now
        if queued:  # push every pending reservation (and the next one) back by `delay`
            bucket.tat += delay
            bucket.pushback += delay
        else:  # empty bucket: the next call conforms `delay` from now
            bucket.tat = max(bucket.tat, now + bucket.tolerance + delay)
        bucket.version += 1


class NoRateLimiter(RateLimiter):
    """A limiter that never waits ("pacing off"); it still reports the plans it was given."""

    async def acquire(self, operation_id: str) -> float:
        """Return 0.0 at once: calls are never paced."""
        return 0.0

    def throttled(self, operation_id: str, retry_after: float | None = None) -> None:
        """Ignore the 429: nothing is paced."""

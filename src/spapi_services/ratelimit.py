"""Per-operation pacing, so that a burst of calls waits for capacity instead of getting 429s.

Every Selling Partner API operation has a usage plan: a token bucket that holds ``burst`` tokens
and refills at ``rate`` tokens per second. :class:`RateLimiter` mirrors each bucket on the client
side with the "virtual scheduling" form of the generic cell rate algorithm (GCRA): with the
emission interval ``T = 1 / rate`` and the tolerance ``(burst - 1) * T``, the ``k``-th call of a
queue may leave at ``tat_k - tolerance``, where the theoretical arrival times ``tat_k`` are
``T`` apart. A fresh bucket admits ``burst`` immediate calls; after that calls leave ``T`` apart,
so a burst of ``N`` concurrent calls takes ``(N - burst) / rate`` seconds.

:meth:`RateLimiter.acquire` takes a numbered ticket and computes its time with no ``await`` in
between (so no lock is needed within one event loop), then sleeps until that time. Tickets are
served in order: concurrent callers leave in FIFO order, one interval apart, with no thundering
herd. A sleeper recomputes its time from its ticket when it wakes, so a rate change (from the
``x-amzn-RateLimit-Limit`` header) or a 429 re-paces the calls already waiting: a faster rate
wakes them early, a slower rate or a 429 makes them sleep longer.

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

__all__ = [
    "DEFAULT_CUSHION",
    "RATE_LIMIT_HEADER",
    "NoRateLimiter",
    "RateLimiter",
    "parse_rate_limit",
]

logger = logging.getLogger("spapi_services.ratelimit")

RATE_LIMIT_HEADER = "x-amzn-RateLimit-Limit"
_RATE_LIMIT_HEADER_LOWER = RATE_LIMIT_HEADER.lower()

DEFAULT_CUSHION = 0.02
"""Seconds added to every wait (once, not per call); see :class:`RateLimiter`."""


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
    """One operation's schedule: ticket ``k >= base`` has ``tat = base_tat + (k - base) * T``."""

    __slots__ = (
        "base",
        "base_tat",
        "burst",
        "interval",
        "issued",
        "rate",
        "sleepers",
        "started",
        "tolerance",
    )

    def __init__(self, rate: float, burst: int, safety: float) -> None:
        self.issued = 0  # the next ticket
        self.base = 0
        self.base_tat = -math.inf  # -inf: the bucket is full
        self.started: float | None = None  # when a schedule started that no response has anchored
        self.sleepers: set[anyio.CancelScope] = set()
        self.rate, self.burst = rate, burst
        self.interval = 1.0 / (rate * safety)
        self.tolerance = (burst - 1) * self.interval

    def leaves_at(self, ticket: int) -> float:
        """When the holder of ``ticket`` may send (-inf: it is already due)."""
        if ticket < self.base:
            return -math.inf
        return self.base_tat + (ticket - self.base) * self.interval - self.tolerance

    def rebase(self, now: float) -> None:
        """Make ``base`` the first ticket still waiting at ``now`` (or the next one issued)."""
        if self.base_tat == -math.inf:
            self.base = self.issued
            return
        ahead = (now + self.tolerance - self.base_tat) / self.interval
        first = self.base + max(0, math.floor(ahead) + 1)
        first = min(first, self.issued)
        self.base_tat += (first - self.base) * self.interval
        self.base = first

    def wake_sleepers(self) -> None:
        for scope in self.sleepers:
            scope.cancel()


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

    The server's full bucket starts draining when the first call of a burst *reaches* it, which
    can be long after that call left here (a loaded client or server: 50-100 ms on a loopback
    emulator). So the first response of a new schedule (seen by :meth:`observe`) anchors it:
    the schedule moves back by the time since it started, the latest the server can have
    started. Without this, paced calls that travel faster than the first one got 429s.
    ``cushion`` (seconds, default :data:`DEFAULT_CUSHION`) is further added to every wait, for
    the remaining jitter. Both are constant offsets, not a slower rate.

    ``safety`` scales the pacing rate to ``rate * safety`` (default 1.0: exactly the plan).
    Measured, 0.98 did not remove those 429s (0.4 ms of slack per interval at 50/s) and cost
    2-3% of throughput; it remains available for servers whose clocks run fast.

    Raises ``ValueError`` for a plan, ``safety`` or ``cushion`` out of range.
    """

    def __init__(
        self,
        plans: Mapping[str, tuple[float, int]] | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = anyio.sleep,
        safety: float = 1.0,
        cushion: float = DEFAULT_CUSHION,
    ) -> None:
        if not (math.isfinite(safety) and 0 < safety <= 1):
            raise ValueError(f"safety must be in (0, 1], got {safety!r}")
        if not (math.isfinite(cushion) and cushion >= 0):
            raise ValueError(f"cushion must be a number of seconds >= 0, got {cushion!r}")
        if plans is None:
            plans = {op_id: (op.rate, op.burst) for op_id, op in OPERATIONS.items()}
        self._clock = clock
        self._sleep = sleep
        self._safety = safety
        self._cushion = cushion
        self._buckets: dict[str, _Bucket] = {}
        for operation_id, (rate, burst) in plans.items():
            self.set_plan(operation_id, rate, burst)

    @property
    def safety(self) -> float:
        """The factor applied to every rate when pacing."""
        return self._safety

    @property
    def cushion(self) -> float:
        """Seconds added to every wait."""
        return self._cushion

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

        The calls already sent keep their share of the bucket (converted to the new rate);
        calls waiting are re-paced at the new rate, in order. Raises ``ValueError`` for a rate
        that is not a positive finite number or a burst below 1.
        """
        _check_plan(operation_id, rate, burst)
        bucket = self._buckets.get(operation_id)
        if bucket is None:
            self._buckets[operation_id] = _Bucket(rate, burst, self._safety)
            return
        now = self._clock()
        bucket.rebase(now)
        interval = 1.0 / (rate * self._safety)
        if bucket.base_tat > now:  # the debt of the calls sent, in tokens, at the new interval
            bucket.base_tat = now + (bucket.base_tat - now) / bucket.interval * interval
        bucket.rate, bucket.burst = rate, burst
        bucket.interval, bucket.tolerance = interval, (burst - 1) * interval
        bucket.wake_sleepers()  # their times may be earlier now

    async def acquire(self, operation_id: str) -> float:
        """Wait until a call to ``operation_id`` may be sent; return the seconds waited.

        Returns at once, without yielding to the event loop, when capacity is available or
        the operation is not paced. A waiter that is cancelled gives its ticket back when no
        later ticket was issued; otherwise its slot stays unused (at most one interval lost
        per cancelled waiter, the others keep their times).
        """
        bucket = self._buckets.get(operation_id)
        if bucket is None:
            return 0.0
        now = self._clock()
        ticket = bucket.issued
        bucket.issued = ticket + 1
        tat = bucket.base_tat + (ticket - bucket.base) * bucket.interval
        if tat < now:  # the queue is empty and the bucket refilled: start a new schedule
            bucket.base, bucket.base_tat, tat = ticket, now, now
            bucket.started = now
        if tat - bucket.tolerance <= now:
            return 0.0
        return await self._wait(operation_id, bucket, ticket, now)

    async def _wait(self, operation_id: str, bucket: _Bucket, ticket: int, start: float) -> float:
        if logger.isEnabledFor(logging.DEBUG):
            wait = bucket.leaves_at(ticket) + self._cushion - start
            logger.debug("%s: waiting %.3fs for capacity", operation_id, wait)
        try:
            while (delay := bucket.leaves_at(ticket) + self._cushion - self._clock()) > 0:
                with anyio.CancelScope() as scope:  # cancelled by set_plan to recompute
                    bucket.sleepers.add(scope)
                    try:
                        await self._sleep(delay)
                    finally:
                        bucket.sleepers.discard(scope)
        except BaseException:
            if bucket.issued == ticket + 1 and bucket.base <= ticket:
                bucket.issued = ticket  # no later ticket: give ours back
            raise
        return self._clock() - start

    def observe(self, operation_id: str, headers: Mapping[str, str]) -> None:
        """Re-tune an operation's rate from the response's ``x-amzn-RateLimit-Limit`` header.

        The burst is kept. A missing or unparsable header, or an operation that is not paced,
        changes nothing. A change is logged at DEBUG. Call it for every response of the
        operation (with or without the header): the first one anchors a new schedule.
        """
        bucket = self._buckets.get(operation_id)
        if bucket is None:
            return
        if bucket.started is not None:
            self._anchor(bucket, bucket.started)
        value = headers.get(RATE_LIMIT_HEADER)
        if value is None:
            value = headers.get(_RATE_LIMIT_HEADER_LOWER)
        rate = parse_rate_limit(value)
        if rate is None or rate == bucket.rate:
            return
        logger.debug("%s: rate limit %s -> %s per second", operation_id, bucket.rate, rate)
        self.set_plan(operation_id, rate, bucket.burst)

    def _anchor(self, bucket: _Bucket, started: float) -> None:
        # The server's full bucket started draining when our first call reached it, at some
        # point before this first response came back; assume the latest, so that no paced call
        # can arrive before its token however long that first call took to get there.
        lag = self._clock() - started
        bucket.started = None
        if lag > 0 and bucket.base_tat > -math.inf:
            bucket.base_tat += lag

    def throttled(self, operation_id: str, retry_after: float | None = None) -> None:
        """Record a 429 for ``operation_id``: the server's bucket is empty now.

        The next call waits at least one emission interval, or ``retry_after`` seconds when that
        is longer; calls already waiting move back as needed, keeping their order and spacing.
        """
        bucket = self._buckets.get(operation_id)
        if bucket is None:
            return
        delay = bucket.interval
        if retry_after is not None and math.isfinite(retry_after) and retry_after > delay:
            delay = retry_after
        now = self._clock()
        bucket.rebase(now)
        bucket.base_tat = max(bucket.base_tat, now + bucket.tolerance + delay)


class NoRateLimiter(RateLimiter):
    """A limiter that never waits ("pacing off"); it still reports the plans it was given."""

    async def acquire(self, operation_id: str) -> float:
        """Return 0.0 at once: calls are never paced."""
        return 0.0

    def observe(self, operation_id: str, headers: Mapping[str, str]) -> None:
        """Ignore the header: nothing is paced, so nothing needs re-tuning."""

    def throttled(self, operation_id: str, retry_after: float | None = None) -> None:
        """Ignore the 429: nothing is paced."""

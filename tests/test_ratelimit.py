"""Per-operation pacing, on asyncio and trio, in virtual time (no wall-clock waits).

pytest-asyncio runs in auto mode, which also claims coroutine tests marked ``@pytest.mark.anyio``
and runs their trio parameter on asyncio. So these tests are sync functions that drive an async
body with ``anyio.run`` on the backend under test (``test_body_runs_on_the_requested_backend``
guards that).

Time is virtual: :class:`VirtualTime` gives the limiter a clock and a sleep; its driver task
jumps the clock to the earliest pending wake-up whenever every task is blocked, so concurrent
sleepers wake in the right order at exact fake times. One trio test uses trio's ``MockClock``
with the limiter's real ``anyio.sleep`` instead.
"""

from __future__ import annotations

import heapq
import itertools
import logging
from collections.abc import Awaitable, Callable
from typing import Any

import anyio
import anyio.lowlevel
import httpx
import pytest
import sniffio
import trio
import trio.testing
from spapi_services_generated._operations import OPERATIONS

from spapi_services.ratelimit import DEFAULT_CUSHION, NoRateLimiter, RateLimiter, parse_rate_limit

OP = "op"
Scenario = Callable[["VirtualTime"], Awaitable[Any]]


class VirtualTime:
    """A fake clock and sleep; `run` jumps time forward whenever all tasks are blocked."""

    def __init__(self) -> None:
        self.now = 0.0
        self._sleepers: list[tuple[float, int, anyio.Event]] = []
        self._seq = itertools.count()
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    async def sleep(self, delay: float) -> None:
        self.sleeps.append(delay)
        if delay <= 0:
            await anyio.lowlevel.checkpoint()
            return
        event = anyio.Event()
        heapq.heappush(self._sleepers, (self.now + delay, next(self._seq), event))
        await event.wait()

    async def _drive(self) -> None:
        while True:
            await anyio.wait_all_tasks_blocked()
            if self._sleepers:
                wake, _, event = heapq.heappop(self._sleepers)
                self.now = max(self.now, wake)
                event.set()
            else:
                await anyio.lowlevel.checkpoint()

    async def run(self, scenario: Scenario) -> Any:
        async with anyio.create_task_group() as tg:
            tg.start_soon(self._drive)
            result = await scenario(self)
            tg.cancel_scope.cancel()
        return result

    def limiter(self, plans: dict[str, tuple[float, int]] | None = None, **kw: Any) -> RateLimiter:
        """A limiter on this virtual time; no cushion unless asked, so ideal times are exact."""
        kw.setdefault("cushion", 0.0)
        return RateLimiter(plans, clock=self.clock, sleep=self.sleep, **kw)


@pytest.fixture(params=["asyncio", "trio"])
def anyio_backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def run(anyio_backend: str) -> Callable[[Scenario], Any]:
    """Runs a scenario in virtual time on the backend under test."""
    return lambda scenario: anyio.run(VirtualTime().run, scenario, backend=anyio_backend)


def server_rejections(times: list[float], rate: float, burst: int) -> int:
    """How many calls at `times` a token bucket (burst tokens, refilled at rate/s) rejects."""
    tokens, last, rejected = float(burst), 0.0, 0
    for t in sorted(times):
        tokens = min(burst, tokens + (t - last) * rate)
        last = t
        if tokens >= 1 - 1e-9:
            tokens -= 1
        else:
            rejected += 1
    return rejected


async def concurrent_calls(
    limiter: RateLimiter, vt: VirtualTime, n: int, op: str = OP
) -> tuple[list[int], list[tuple[int, float]]]:
    """n callers acquire at once; returns (order of acquire calls, [(caller, time) on return])."""
    called: list[int] = []
    done: list[tuple[int, float]] = []

    async def caller(i: int) -> None:
        called.append(i)
        await limiter.acquire(op)
        done.append((i, vt.now))

    async with anyio.create_task_group() as tg:
        for i in range(n):
            tg.start_soon(caller, i)
    return called, done


def test_body_runs_on_the_requested_backend(run: Callable[[Scenario], Any], anyio_backend: str):
    async def scenario(vt: VirtualTime) -> str:
        return sniffio.current_async_library()

    assert run(scenario) == anyio_backend


@pytest.mark.parametrize(
    ("value", "expected"),
    [("5.0", 5.0), (" 0.5 ", 0.5), ("20", 20.0), ("0.0167", 0.0167)]
    + [(bad, None) for bad in (None, "", "abc", "0", "0.0", "-1", "-0.5", "nan", "inf", "5,0")],
)
def test_parse_rate_limit(value: str | None, expected: float | None):
    assert parse_rate_limit(value) == expected


def test_burst_is_immediate_then_calls_are_paced_at_one_per_interval(run):
    async def scenario(vt: VirtualTime) -> list[tuple[float, float]]:
        limiter = vt.limiter({OP: (2.0, 3)})
        return [(await limiter.acquire(OP), vt.now) for _ in range(6)]

    waited = run(scenario)
    assert [w for w, _ in waited] == pytest.approx([0, 0, 0, 0.5, 0.5, 0.5])
    assert [t for _, t in waited] == pytest.approx([0, 0, 0, 0.5, 1.0, 1.5])


def test_bucket_refills_while_idle_but_never_beyond_the_burst(run):
    async def scenario(vt: VirtualTime) -> list[float]:
        limiter = vt.limiter({OP: (1.0, 3)})
        for _ in range(3):
            await limiter.acquire(OP)
        await vt.sleep(2.0)  # two tokens back
        waits = [await limiter.acquire(OP) for _ in range(3)]
        await vt.sleep(100.0)  # full again: three tokens, not a hundred
        return waits + [await limiter.acquire(OP) for _ in range(4)]

    assert run(scenario) == pytest.approx([0, 0, 1.0, 0, 0, 0, 1.0])


@pytest.mark.parametrize(("n", "rate", "burst"), [(25, 5.0, 4), (300, 20.0, 40), (7, 1.0, 2)])
def test_concurrent_callers_finish_at_ideal_time_in_fifo_order(run, n, rate, burst):
    async def scenario(vt: VirtualTime):
        return await concurrent_calls(vt.limiter({OP: (rate, burst)}), vt, n)

    called, done = run(scenario)
    assert [i for i, _ in done] == called
    times = [t for _, t in done]
    expected = [max(0, k - burst + 1) / rate for k in range(n)]
    assert times == pytest.approx(expected, abs=1e-9)
    assert times[-1] == pytest.approx((n - burst) / rate, abs=1e-9)
    assert server_rejections(times, rate, burst) == 0


def test_one_limiter_shared_by_two_clients_keeps_the_combined_rate(run):
    rate, burst, per_client = 5.0, 4, 15

    async def scenario(vt: VirtualTime) -> list[float]:
        shared = vt.limiter({OP: (rate, burst)})
        results: list[list[tuple[int, float]]] = []

        async def client() -> None:
            results.append((await concurrent_calls(shared, vt, per_client))[1])

        async with anyio.create_task_group() as tg:
            tg.start_soon(client)
            tg.start_soon(client)
        return sorted(t for done in results for _, t in done)

    times = run(scenario)
    assert len(times) == 2 * per_client
    assert times[-1] == pytest.approx((2 * per_client - burst) / rate, abs=1e-9)
    assert server_rejections(times, rate, burst) == 0


def test_header_retunes_the_rate_up_and_down_and_keeps_the_burst(run, caplog):
    async def scenario(vt: VirtualTime) -> list[tuple[float | None, int | None, float]]:
        limiter = vt.limiter({OP: (1.0, 1)})
        seen = []
        await limiter.acquire(OP)
        for headers in (
            {"x-amzn-RateLimit-Limit": "4.0"},
            httpx.Headers({"X-Amzn-Ratelimit-Limit": "0.5"}),
            {"x-amzn-ratelimit-limit": "2.0"},
            {"x-amzn-RateLimit-Limit": "2"},  # same rate: no change, no log
            {"x-amzn-RateLimit-Limit": "abc"},
            {"x-amzn-RateLimit-Limit": "0"},
            {"x-amzn-RateLimit-Limit": "-3"},
            {},
        ):
            limiter.observe(OP, headers)
            seen.append((limiter.rate(OP), limiter.burst(OP), await limiter.acquire(OP)))
        return seen

    with caplog.at_level(logging.DEBUG, logger="spapi_services.ratelimit"):
        seen = run(scenario)
    assert [rate for rate, _, _ in seen] == [4.0, 0.5] + [2.0] * 6
    assert {burst for _, burst, _ in seen} == {1}
    assert [waited for _, _, waited in seen] == pytest.approx([0.25, 2.0] + [0.5] * 6)
    changes = [r.getMessage() for r in caplog.records if "rate limit" in r.getMessage()]
    assert changes == [
        "op: rate limit 1.0 -> 4.0 per second",
        "op: rate limit 4.0 -> 0.5 per second",
        "op: rate limit 0.5 -> 2.0 per second",
    ]


async def queue_then(vt: VirtualTime, limiter: RateLimiter, n: int, at: float, change) -> Any:
    """n callers queue at 0; `change(limiter)` runs at `at`; returns (acquire order, returns)."""
    called: list[int] = []
    done: list[tuple[int, float]] = []

    async def caller(i: int) -> None:
        called.append(i)
        await limiter.acquire(OP)
        done.append((i, vt.now))

    async with anyio.create_task_group() as tg:
        for i in range(n):
            tg.start_soon(caller, i)
        await vt.sleep(at)
        change(limiter)
    return called, done


@pytest.mark.parametrize(
    ("new_rate", "expected"),
    [
        (0.5, [0, 1.5, 3.5, 5.5]),  # at 0.5: half a token back, the other half takes 1 s
        (4.0, [0, 0.625, 0.875, 1.125]),  # the sleepers are woken early and re-paced
    ],
)
def test_rate_change_repaces_the_callers_already_waiting_in_order(run, new_rate, expected):
    async def scenario(vt: VirtualTime):
        limiter = vt.limiter({OP: (1.0, 1)})  # queued for 0, 1, 2, 3
        return await queue_then(vt, limiter, 4, 0.5, lambda lim: lim.set_plan(OP, new_rate, 1))

    called, done = run(scenario)
    assert [i for i, _ in done] == called
    assert [t for _, t in done] == pytest.approx(expected)


def test_header_speeds_up_a_queue_that_was_paced_too_slowly(run):
    n, server_rate, burst = 120, 25.0, 20

    async def scenario(vt: VirtualTime):
        limiter = vt.limiter({OP: (5.0, burst)})
        header = {"x-amzn-RateLimit-Limit": "25.0"}
        return await queue_then(vt, limiter, n, 0.001, lambda lim: lim.observe(OP, header))

    called, done = run(scenario)
    times = [t for _, t in done]
    assert [i for i, _ in done] == called
    # the first millisecond was paced at the old rate; after that, the server's rate
    assert times[-1] == pytest.approx((n - burst) / server_rate + 0.001, abs=1e-3)
    assert server_rejections(times, server_rate, burst) == 0


def test_rate_change_keeps_the_fill_level_in_tokens(run):
    async def scenario(vt: VirtualTime) -> list[float]:
        limiter = vt.limiter({OP: (1.0, 4)})
        await limiter.acquire(OP)
        await limiter.acquire(OP)  # 2 of 4 tokens used
        limiter.set_plan(OP, 4.0, 4)
        return [await limiter.acquire(OP) for _ in range(3)]

    assert run(scenario) == pytest.approx([0, 0, 0.25])


def test_first_response_anchors_a_new_schedule_to_when_it_came_back(run):
    async def scenario(vt: VirtualTime) -> list[float]:
        limiter = vt.limiter({OP: (1.0, 1)})
        done: list[float] = []

        async def caller() -> None:
            await limiter.acquire(OP)
            done.append(vt.now)

        await limiter.acquire(OP)  # starts a schedule at 0; its response comes back at 0.3
        async with anyio.create_task_group() as tg:
            tg.start_soon(caller)  # due at 1.0 if the server saw the first call at 0
            await vt.sleep(0.3)
            limiter.observe(OP, {})  # the server may have seen it as late as 0.3
            await vt.sleep(0.2)
            limiter.observe(OP, {})  # later responses do not move it again
        done.append(await limiter.acquire(OP))
        return done

    assert run(scenario) == pytest.approx([1.3, 1.0])


@pytest.mark.parametrize(("retry_after", "expected"), [(None, 0.5), (3.0, 3.0), (0.1, 0.5)])
def test_throttled_makes_the_next_call_wait_one_interval_or_retry_after(run, retry_after, expected):
    async def scenario(vt: VirtualTime) -> list[float]:
        limiter = vt.limiter({OP: (2.0, 5)})
        await limiter.acquire(OP)  # the bucket still has 4 tokens on our side
        limiter.throttled(OP, retry_after)  # but the server says it is empty
        return [await limiter.acquire(OP) for _ in range(2)]

    assert run(scenario) == pytest.approx([expected, 0.5])


def test_throttled_pushes_queued_callers_back_keeping_their_order(run):
    async def scenario(vt: VirtualTime):
        limiter = vt.limiter({OP: (1.0, 1)})  # queued for 0, 1, 2, 3
        return await queue_then(vt, limiter, 4, 0.5, lambda lim: lim.throttled(OP))

    called, done = run(scenario)
    assert [i for i, _ in done] == called
    # empty at 0.5: the next token comes at 1.5, then one a second
    assert [t for _, t in done] == pytest.approx([0, 1.5, 2.5, 3.5])


def test_cancelled_latest_waiter_gives_its_slot_back(run):
    async def scenario(vt: VirtualTime) -> float:
        limiter = vt.limiter({OP: (1.0, 1)})
        await limiter.acquire(OP)
        async with anyio.create_task_group() as tg:
            tg.start_soon(limiter.acquire, OP)  # reserves 1.0
            await vt.sleep(0.3)
            tg.cancel_scope.cancel()
        return await limiter.acquire(OP)  # gets 1.0 back: waits 0.7, not 1.7

    assert run(scenario) == pytest.approx(0.7)


def test_cancelled_earlier_waiter_loses_its_slot_and_others_stay_on_time(run):
    async def scenario(vt: VirtualTime) -> list[tuple[str, float]]:
        limiter = vt.limiter({OP: (1.0, 1)})
        done: list[tuple[str, float]] = []
        scopes: dict[str, anyio.CancelScope] = {}
        await limiter.acquire(OP)

        async def caller(name: str) -> None:
            with anyio.CancelScope() as scopes[name]:
                await limiter.acquire(OP)
                done.append((name, vt.now))

        async with anyio.create_task_group() as tg:
            tg.start_soon(caller, "a")  # reserves 1.0
            await vt.sleep(0.1)
            tg.start_soon(caller, "b")  # reserves 2.0
            await vt.sleep(0.4)
            scopes["a"].cancel()  # not the latest reservation: its slot is not reused
            await vt.sleep(0.1)
            tg.start_soon(caller, "c")  # reserves 3.0
        return done

    assert run(scenario) == [("b", 2.0), ("c", 3.0)]


def test_unknown_operation_is_never_paced(run):
    async def scenario(vt: VirtualTime) -> list[float]:
        limiter = vt.limiter({OP: (1.0, 1)})
        limiter.throttled("other", retry_after=10)
        limiter.observe("other", {"x-amzn-RateLimit-Limit": "1.0"})
        assert limiter.rate("other") is None and limiter.burst("other") is None
        return [await limiter.acquire("other") for _ in range(100)]

    assert run(scenario) == [0.0] * 100


def test_no_rate_limiter_never_waits(run):
    async def scenario(vt: VirtualTime) -> tuple[list[float], float]:
        limiter = NoRateLimiter({OP: (1.0, 1)}, clock=vt.clock, sleep=vt.sleep)
        limiter.throttled(OP, retry_after=5)
        waits = [await limiter.acquire(OP) for _ in range(50)]
        return waits, vt.now

    waits, now = run(scenario)
    assert waits == [0.0] * 50 and now == 0.0


def test_no_rate_limiter_defaults_to_the_spec_plans_without_pacing(run):
    async def scenario(vt: VirtualTime) -> float:
        limiter = NoRateLimiter(clock=vt.clock, sleep=vt.sleep)
        for _ in range(10):
            await limiter.acquire("assignAppointmentResources")
        return vt.now

    assert run(scenario) == 0.0
    assert NoRateLimiter().rate("assignAppointmentResources") == 1.0


def test_default_plans_come_from_the_operation_table():
    limiter = RateLimiter()
    assert limiter.rate("assignAppointmentResources") == 1.0
    assert limiter.burst("assignAppointmentResources") == 2
    for op_id, op in OPERATIONS.items():
        assert (limiter.rate(op_id), limiter.burst(op_id)) == (op.rate, op.burst)


def test_safety_factor_slows_pacing(run):
    async def scenario(vt: VirtualTime) -> list[float]:
        limiter = vt.limiter({OP: (10.0, 1)}, safety=0.5)
        assert limiter.rate(OP) == 10.0  # the plan is reported as is
        return [await limiter.acquire(OP) for _ in range(3)]

    assert run(scenario) == pytest.approx([0, 0.2, 0.2])


@pytest.mark.parametrize("safety", [0, -1, 1.5, float("nan")])
def test_bad_safety_is_refused(safety):
    with pytest.raises(ValueError, match="safety"):
        RateLimiter({}, safety=safety)


@pytest.mark.parametrize("cushion", [-0.1, float("inf"), float("nan")])
def test_bad_cushion_is_refused(cushion):
    with pytest.raises(ValueError, match="cushion"):
        RateLimiter({}, cushion=cushion)


def test_cushion_delays_waiting_calls_once_not_per_call(run):
    async def scenario(vt: VirtualTime):
        limiter = vt.limiter({OP: (10.0, 2)}, cushion=0.03)
        assert limiter.cushion == 0.03
        return await concurrent_calls(limiter, vt, 6)

    _, done = run(scenario)
    assert [t for _, t in done] == pytest.approx([0, 0, 0.13, 0.23, 0.33, 0.43])
    assert RateLimiter().cushion > 0


@pytest.mark.parametrize(("rate", "burst"), [(0, 1), (-1, 1), (float("inf"), 1), (1, 0), (1, 1.5)])
def test_bad_plan_is_refused(rate, burst):
    with pytest.raises(ValueError, match=OP):
        RateLimiter({OP: (rate, burst)})
    with pytest.raises(ValueError, match=OP):
        RateLimiter({}).set_plan(OP, rate, burst)


def test_immediate_acquire_neither_yields_nor_logs(run, caplog):
    async def scenario(vt: VirtualTime) -> list[float]:
        limiter = vt.limiter({OP: (1.0, 3)})
        with anyio.CancelScope() as scope:
            scope.cancel()  # any checkpoint inside acquire would raise here
            return [await limiter.acquire(OP) for _ in range(3)]

    with caplog.at_level(logging.DEBUG, logger="spapi_services.ratelimit"):
        assert run(scenario) == [0.0, 0.0, 0.0]
    assert caplog.records == []


def test_waiting_is_logged_at_debug(run, caplog):
    async def scenario(vt: VirtualTime) -> None:
        limiter = vt.limiter({"getServiceJobs": (2.0, 1)})
        await limiter.acquire("getServiceJobs")
        await limiter.acquire("getServiceJobs")

    with caplog.at_level(logging.DEBUG, logger="spapi_services.ratelimit"):
        run(scenario)
    assert [r.getMessage() for r in caplog.records] == [
        "getServiceJobs: waiting 0.500s for capacity"
    ]
    assert caplog.records[0].levelno == logging.DEBUG


def test_real_anyio_sleep_under_trio_mock_clock():
    n, rate, burst = 60, 20.0, 40

    async def body() -> tuple[float, list[float]]:
        limiter = RateLimiter({OP: (rate, burst)}, clock=trio.current_time)
        start = trio.current_time()
        times: list[float] = []

        async def caller() -> None:
            await limiter.acquire(OP)
            times.append(trio.current_time() - start)

        async with anyio.create_task_group() as tg:
            for _ in range(n):
                tg.start_soon(caller)
        return trio.current_time() - start, times

    clock = trio.testing.MockClock(autojump_threshold=0)
    elapsed, times = anyio.run(body, backend="trio", backend_options={"clock": clock})
    assert elapsed == pytest.approx((n - burst) / rate + DEFAULT_CUSHION, abs=1e-6)
    assert server_rejections(times, rate, burst) == 0

"""Section 2: how close paced calls get to a usage plan without drawing 429s.

The emulator runs under uvicorn in its own process and enforces (rate, burst) for
getServiceJobByServiceJobId. A wrapping transport counts every attempt's status, so each 429
(retried by the SDK) is seen.

* matched plan: the SDK is given the server's plan; wall time / ideal ``(N - burst) / rate``.
* retune: the SDK starts from its default plan (slower than the server's) and must speed up to
  the rate the server advertises in ``x-amzn-RateLimit-Limit``; achieved rate / advertised,
  with all N calls launched at once and with a pool of workers. The whole run includes a fixed
  start-up cost: until the first response tells the rate, the SDK paces at its default, and the
  schedule is anchored on that response (the latest the server's bucket can have started), so
  the settled rate (the pace of the second half of the paced calls) is reported beside it.
"""

from __future__ import annotations

import json
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import Any

import anyio
import httpx
from benchutil import HERE, US, CountingTransport, Sizes, credentials, server
from spapi_services_generated._operations import OPERATIONS

from spapi_services import RateLimiter, ServicesClient

OP = "getServiceJobByServiceJobId"
WORKERS = 16
RETUNE_FACTOR = 5  # the retune server is this many times faster than the SDK default


async def _run(
    base: str, calls: int, limiter: RateLimiter | None, workers: int | None, refill: float
) -> dict[str, Any]:
    counting = CountingTransport(httpx.AsyncHTTPTransport(retries=0))
    client = ServicesClient(
        credentials(base),
        endpoint=base,
        marketplace_id=US,
        transport=counting,
        rate_limiter=limiter,
    )
    async with client:
        page = await client.get_service_jobs(created_after=datetime(2020, 1, 1, tzinfo=UTC))
        job_id = page.jobs[0].service_job_id
        assert isinstance(job_id, str)
        await anyio.sleep(refill)  # the server's bucket is full again
        before = dict(counting.statuses)
        first_sent = len(counting.sent)
        call: Callable[[], Awaitable[object]] = lambda: client.get_service_job(job_id)  # noqa: E731
        started = time.perf_counter()
        async with anyio.create_task_group() as group:
            if workers is None:
                for _ in range(calls):
                    group.start_soon(call)
            else:

                async def worker(share: int) -> None:
                    for _ in range(share):
                        await call()

                for i in range(workers):
                    group.start_soon(worker, calls // workers + (i < calls % workers))
        wall = time.perf_counter() - started
        statuses = {s: n - before.get(s, 0) for s, n in counting.statuses.items()}
        final_rate = client.rate_limiter.rate(OP)
    sent = sorted(counting.sent[first_sent:])
    half = len(sent) - (len(sent) - client.rate_limiter.burst(OP)) // 2  # type: ignore[operator]
    return {
        "settled_rate": (len(sent) - 1 - half) / (sent[-1] - sent[half]),
        "wall_s": wall,
        "429s": statuses.get(429, 0),
        "attempts": sum(statuses.values()),
        "sdk_rate_after": final_rate,
    }


def run(sizes: Sizes) -> dict[str, Any]:
    """Measure the section; returns ``{"ratios": ..., "counts": ..., "details": ...}``."""
    rate, burst = sizes.quota_rate, sizes.quota_burst
    default = OPERATIONS[OP]
    fast = RETUNE_FACTOR * default.rate  # what the retune server enforces and advertises
    details: dict[str, Any] = {
        "matched server plan": {"rate": rate, "burst": burst},
        "retune server plan": {"rate": fast, "burst": default.burst},
        "sdk default plan": {"rate": default.rate, "burst": default.burst},
    }
    with server([str(HERE / "emuserver.py"), json.dumps({OP: [rate, burst]})]) as base:
        limiter = RateLimiter({OP: (rate, burst)})
        matched = anyio.run(_run, base, sizes.quota_calls, limiter, None, burst / rate + 0.2)
    ideal = (sizes.quota_calls - burst) / rate
    matched.update(calls=sizes.quota_calls, ideal_s=ideal, ratio=matched["wall_s"] / ideal)
    details["matched plan"] = matched
    labels = {"retune, all at once": None, f"retune, {WORKERS} workers": WORKERS}
    with server([str(HERE / "emuserver.py"), json.dumps({OP: [fast, default.burst]})]) as base:
        for label, workers in labels.items():
            refill = default.burst / fast + 0.2
            result = anyio.run(_run, base, sizes.retune_calls, None, workers, refill)
            achieved = (sizes.retune_calls - default.burst) / result["wall_s"]
            result.update(calls=sizes.retune_calls, achieved_rate=achieved, ratio=achieved / fast)
            details[label] = result
    ratios = {"matched plan: wall / ideal": matched["ratio"]}
    counts = {"matched plan: 429s": matched["429s"]}
    for label in labels:
        ratios[f"{label}: achieved / advertised rate"] = details[label]["ratio"]
        ratios[f"{label}: settled / advertised rate"] = details[label]["settled_rate"] / fast
        counts[f"{label}: 429s"] = details[label]["429s"]
    return {"ratios": ratios, "counts": counts, "details": details}

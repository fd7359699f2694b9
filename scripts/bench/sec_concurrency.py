"""Section 3: N concurrent getServiceJobByServiceJobId calls on one client, in process.

The emulator is served through ``httpx.ASGITransport`` (LWA too) with a small latency so that
every call is in flight at once. Reported: token requests (one expected), tracemalloc peak per
in-flight call and the event loop's worst lag (a ticker sleeping 5 ms measures its overshoot),
each against raw httpx doing the same N calls on the same transport.

The worst lag is mostly the launch itself: every task's first step (up to its first real
suspension) runs in one loop iteration, so it grows with N for raw httpx too; the median lag
shows the steady state.
"""

from __future__ import annotations

import gc
import json
import time
import tracemalloc
from collections.abc import Awaitable, Callable
from typing import Any

import anyio
import httpx
from benchutil import US, credentials, lwa_form

from spapi_services import LwaTokenSource, ServicesClient
from spapi_services.emulator import create_app

BASE = "http://emulator"
LATENCY = 0.05  # seconds the emulator holds each call, so all N overlap
TICK = 0.005


async def _flood(call: Callable[[], Awaitable[object]], calls: int) -> dict[str, float]:
    """Runs ``calls`` concurrent calls with a ticker; returns wall time and worst loop lag."""
    lags: list[float] = []
    done = anyio.Event()

    async def ticker() -> None:
        while not done.is_set():
            before = time.perf_counter()
            await anyio.sleep(TICK)
            lags.append(time.perf_counter() - before - TICK)

    started = time.perf_counter()
    async with anyio.create_task_group() as outer:
        outer.start_soon(ticker)
        async with anyio.create_task_group() as group:
            for _ in range(calls):
                group.start_soon(call)
        done.set()
    lags.sort()
    return {
        "wall_s": time.perf_counter() - started,
        "max_lag_ms": lags[-1] * 1e3 if lags else 0.0,
        "median_lag_ms": lags[len(lags) // 2] * 1e3 if lags else 0.0,
        "ticks": len(lags),
    }


async def _side(sdk: bool, calls: int, traced: bool) -> dict[str, float]:
    emu = create_app(seed=0, rate_scale=None, latency=LATENCY, jobs=20)
    job_id = next(iter(emu.state.jobs))
    transport = httpx.ASGITransport(app=emu)
    result: dict[str, float] = {}
    if sdk:
        client = ServicesClient(
            credentials(BASE), endpoint=BASE, marketplace_id=US, transport=transport, pacing=False
        )

        async def call() -> object:
            return await client.get_service_job(job_id)

        closer: Callable[[], Awaitable[None]] = client.aclose
    else:
        raw = httpx.AsyncClient(transport=transport, base_url=BASE)
        token = (await raw.post("/auth/o2/token", data=lwa_form())).json()["access_token"]
        headers = {"x-amz-access-token": token}

        async def call() -> object:
            response = await raw.get(f"/service/v1/serviceJobs/{job_id}", headers=headers)
            return json.loads(response.content)

        closer = raw.aclose
    gc.collect()
    if traced:
        tracemalloc.start()
        base = tracemalloc.get_traced_memory()[0]
    result.update(await _flood(call, calls))
    if traced:
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        result["peak_kib_per_call"] = (peak - base) / calls / 1024
    if sdk:
        tokens = client._tokens
        assert isinstance(tokens, LwaTokenSource)
        result["sdk_token_requests"] = tokens.token_requests
    result["emulator_token_requests"] = emu.token_requests
    result["emulator_requests"] = emu.requests
    await closer()
    return result


def run(calls: int) -> dict[str, Any]:
    """Measure the section; returns ``{"ratios": ..., "counts": ..., "details": ...}``."""
    details: dict[str, Any] = {"calls": calls, "emulator_latency_s": LATENCY}
    for label, sdk in (("raw", False), ("sdk", True)):
        timing = anyio.run(_side, sdk, calls, False)
        memory = anyio.run(_side, sdk, calls, True)
        details[label] = {**timing, "peak_kib_per_call": memory["peak_kib_per_call"]}
    raw, sdk = details["raw"], details["sdk"]
    ratios = {
        "sdk/raw peak memory per in-flight call": sdk["peak_kib_per_call"]
        / raw["peak_kib_per_call"],
        "sdk/raw max loop lag": sdk["max_lag_ms"] / max(raw["max_lag_ms"], 1e-3),
        "sdk/raw median loop lag": sdk["median_lag_ms"] / max(raw["median_lag_ms"], 1e-3),
        "sdk/raw wall time": sdk["wall_s"] / raw["wall_s"],
    }
    counts = {
        "token requests (LWA source)": sdk["sdk_token_requests"],
        "token requests (emulator)": sdk["emulator_token_requests"],
        "sdk peak KiB per in-flight call": round(sdk["peak_kib_per_call"], 2),
        "sdk max loop lag ms": round(sdk["max_lag_ms"], 1),
        "raw max loop lag ms": round(raw["max_lag_ms"], 1),
        "sdk median loop lag ms": round(sdk["median_lag_ms"], 2),
    }
    return {"ratios": ratios, "counts": counts, "details": details}

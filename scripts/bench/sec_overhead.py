"""Section 1: the SDK's CPU time per call against raw httpx + json.loads on the same server.

The server (``rawserver.py``) runs in its own process and answers canned JSON taken from the
emulator, so only the client's work is in ``time.process_time()``.
"""

from __future__ import annotations

import gc
import json
import tempfile
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import anyio
import httpx
from benchutil import HERE, US, Sizes, credentials, lwa_form, median, server

from spapi_services import ServicesClient
from spapi_services.emulator import create_app

Call = Callable[[], Awaitable[object]]
LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=100)
CREATED_AFTER = datetime(2020, 1, 1, tzinfo=UTC)
PAGE_PARAMS = {"marketplaceIds": US, "createdAfter": "2020-01-01T00:00:00Z", "pageSize": "20"}
# pool variants for the 32-task case: (label, limits); the first is the baseline
POOLS = [
    ("pool 100/100 (SDK default)", LIMITS),
    ("pool 100/20 (httpx default)", httpx.Limits()),
    ("pool 8/8", httpx.Limits(max_connections=8, max_keepalive_connections=8)),
]


async def canned_bodies() -> dict[str, str]:
    """A job and a 20-job page as the emulator serves them, and an LWA token answer."""
    emu = create_app(seed=0, rate_scale=None, jobs=200)
    transport = httpx.ASGITransport(app=emu)
    async with httpx.AsyncClient(transport=transport, base_url="http://emulator") as http:
        token = await http.post("/auth/o2/token", data=lwa_form())
        headers = {"x-amz-access-token": token.json()["access_token"]}
        page = await http.get("/service/v1/serviceJobs", params=PAGE_PARAMS, headers=headers)
        job_id = page.json()["payload"]["jobs"][0]["serviceJobId"]
        job = await http.get(f"/service/v1/serviceJobs/{job_id}", headers=headers)
    if len(page.json()["payload"]["jobs"]) != 20 or job.status_code != 200:
        raise RuntimeError("the emulator did not give a 20-job page and a job")
    return {"job": job.text, "page": page.text, "token": token.text, "job_id": job_id}


async def _cpu_per_call(call: Call, calls: int, tasks: int) -> float:
    gc.collect()
    started = time.process_time()
    if tasks == 1:
        for _ in range(calls):
            await call()
    else:

        async def worker() -> None:
            for _ in range(calls // tasks):
                await call()

        async with anyio.create_task_group() as group:
            for _ in range(tasks):
                group.start_soon(worker)
        calls = calls // tasks * tasks
    return (time.process_time() - started) / calls


def _clients(base: str, limits: httpx.Limits) -> tuple[httpx.AsyncClient, ServicesClient]:
    raw = httpx.AsyncClient(
        base_url=base, transport=httpx.AsyncHTTPTransport(limits=limits, retries=0)
    )
    sdk = ServicesClient(
        credentials(base), endpoint=base, marketplace_id=US, pacing=False, limits=limits
    )
    return raw, sdk


def _calls(
    raw: httpx.AsyncClient, sdk: ServicesClient, token: str, job_id: str
) -> dict[str, tuple[Call, Call]]:
    headers = {"x-amz-access-token": token}

    async def raw_job() -> object:
        response = await raw.get(f"/service/v1/serviceJobs/{job_id}", headers=headers)
        return json.loads(response.content)

    async def raw_page() -> object:
        response = await raw.get("/service/v1/serviceJobs", params=PAGE_PARAMS, headers=headers)
        return json.loads(response.content)

    async def sdk_job() -> object:
        return await sdk.get_service_job(job_id)

    async def sdk_page() -> object:
        return await sdk.get_service_jobs(created_after=CREATED_AFTER, page_size=20)

    return {"job": (raw_job, sdk_job), "page": (raw_page, sdk_page)}


async def _measure(base: str, job_id: str, sizes: Sizes) -> dict[str, Any]:
    raw, sdk = _clients(base, LIMITS)
    async with raw, sdk:
        token = (await raw.post("/auth/o2/token", data=lwa_form())).json()["access_token"]
        calls = _calls(raw, sdk, token, job_id)
        for raw_call, sdk_call in calls.values():  # warm up: connections, token, caches
            for _ in range(3):
                await raw_call()
                await sdk_call()
        results: dict[str, Any] = {}
        for op, (raw_call, sdk_call) in calls.items():
            for mode, n, tasks in (
                ("sequential", sizes.calls_seq, 1),
                (f"{sizes.tasks} tasks", sizes.calls_conc, sizes.tasks),
            ):
                raw_s, sdk_s = [], []
                for _ in range(sizes.repeats):  # interleaved, so drift hits both sides
                    raw_s.append(await _cpu_per_call(raw_call, n, tasks))
                    sdk_s.append(await _cpu_per_call(sdk_call, n, tasks))
                results[f"{op} {mode}"] = {
                    "raw_us": median(raw_s) * 1e6,
                    "sdk_us": median(sdk_s) * 1e6,
                    "ratio": median(sdk_s) / median(raw_s),
                    "target": 1.3 if op == "job" else 1.6,
                }
    return results


async def _pools(base: str, job_id: str, sizes: Sizes) -> dict[str, Any]:
    """SDK CPU per call with 32 tasks under different pool limits, against the default pool."""
    samples: dict[str, list[float]] = {label: [] for label, _ in POOLS}
    clients = {
        label: ServicesClient(
            credentials(base), endpoint=base, marketplace_id=US, pacing=False, limits=limits
        )
        for label, limits in POOLS
    }
    try:
        for sdk in clients.values():
            await sdk.get_service_job(job_id)
        for _ in range(sizes.repeats):
            for label, sdk in clients.items():

                async def job(sdk: ServicesClient = sdk) -> object:
                    return await sdk.get_service_job(job_id)

                samples[label].append(await _cpu_per_call(job, sizes.calls_conc, sizes.tasks))
    finally:
        for sdk in clients.values():
            await sdk.aclose()
    base_cpu = median(samples[POOLS[0][0]])
    return {
        label: {"sdk_us": median(values) * 1e6, "ratio": median(values) / base_cpu}
        for label, values in samples.items()
    }


def run(sizes: Sizes) -> dict[str, Any]:
    """Measure the section; returns ``{"ratios": ..., "details": ...}``."""
    bodies = anyio.run(canned_bodies)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bodies.json"
        path.write_text(json.dumps(bodies))
        with server([str(HERE / "rawserver.py"), str(path)]) as base:
            results = anyio.run(_measure, base, bodies["job_id"], sizes)
            pools = anyio.run(_pools, base, bodies["job_id"], sizes)
    ratios = {f"sdk/raw CPU, {name}": r["ratio"] for name, r in results.items()}
    ratios.update(
        {f"{sizes.tasks} tasks {label} / default": p["ratio"] for label, p in pools.items()}
    )
    return {
        "ratios": ratios,
        "details": {"calls": results, "pools": pools, "page_bytes": len(bodies["page"])},
    }

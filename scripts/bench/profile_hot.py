"""cProfile of section 1's hot path: sequential SDK calls against the raw loopback server.

Reports the share of profiled time spent in our own code (``src/spapi_services`` and the
generated package), per function, so costs without a reason there stand out.
"""

from __future__ import annotations

import cProfile
import json
import pstats
import tempfile
from pathlib import Path
from typing import Any

import anyio
from benchutil import HERE, Sizes, lwa_form, median, server
from sec_overhead import (
    CREATED_AFTER,
    LIMITS,
    PAGE_PARAMS,
    Call,
    _calls,
    _clients,
    _cpu_per_call,
    canned_bodies,
)
from spapi_services_generated.api.service import get_service_job_by_service_job_id as _get_job
from spapi_services_generated.api.service import get_service_jobs as _get_jobs

from spapi_services import ServicesClient

OWN = ("spapi_services/", "spapi_services_generated/")
TOP = 25


async def _profile(base: str, job_id: str, calls: int) -> dict[str, Any]:
    raw, sdk = _clients(base, LIMITS)
    out: dict[str, Any] = {}
    async with raw, sdk:
        pair = _calls(raw, sdk, "", job_id)
        for op, (_, sdk_call) in pair.items():
            for _ in range(5):
                await sdk_call()
            profiler = cProfile.Profile()
            profiler.enable()
            for _ in range(calls):
                await sdk_call()
            profiler.disable()
            out[op] = _summary(pstats.Stats(profiler), calls)
    return out


def _layers(raw: Any, sdk: ServicesClient, token: str, job_id: str) -> dict[str, dict[str, Call]]:
    """Each layer of the SDK's stack on its own: raw httpx, + ServicesTransport (the SDK's
    httpx client), + the generated function (build, parse), + the facade (validation, result).
    """
    headers = {"x-amz-access-token": token}
    path = f"/service/v1/serviceJobs/{job_id}"
    pair = _calls(raw, sdk, token, job_id)

    async def stack_job() -> object:
        return json.loads((await sdk._http.get(path)).content)

    async def stack_page() -> object:
        return json.loads(
            (await sdk._http.get("/service/v1/serviceJobs", params=PAGE_PARAMS)).content
        )

    async def generated_job() -> object:
        return await _get_job.asyncio_detailed(job_id, client=sdk.low_level)

    async def generated_page() -> object:
        return await _get_jobs.asyncio_detailed(
            client=sdk.low_level, marketplace_ids=["ATVPDKIKX0DER"], created_after=CREATED_AFTER
        )

    async def raw_job_no_parse() -> object:
        return (await raw.get(path, headers=headers)).content

    return {
        "job": {
            "raw httpx, no json": raw_job_no_parse,
            "raw httpx + json.loads": pair["job"][0],
            "+ ServicesTransport": stack_job,
            "+ generated function": generated_job,
            "+ facade (ServicesClient)": pair["job"][1],
        },
        "page": {
            "raw httpx + json.loads": pair["page"][0],
            "+ ServicesTransport": stack_page,
            "+ generated function": generated_page,
            "+ facade (ServicesClient)": pair["page"][1],
        },
    }


async def _breakdown(base: str, job_id: str, sizes: Sizes) -> dict[str, Any]:
    raw, sdk = _clients(base, LIMITS)
    out: dict[str, Any] = {}
    async with raw, sdk:
        token = (await raw.post("/auth/o2/token", data=lwa_form())).json()["access_token"]
        for op, layers in _layers(raw, sdk, token, job_id).items():
            samples: dict[str, list[float]] = {name: [] for name in layers}
            for call in layers.values():
                for _ in range(3):
                    await call()
            for _ in range(sizes.repeats):
                for name, call in layers.items():
                    samples[name].append(await _cpu_per_call(call, sizes.calls_seq, 1))
            out[op] = {name: median(values) * 1e6 for name, values in samples.items()}
    return out


def _summary(stats: pstats.Stats, calls: int) -> dict[str, Any]:
    table = stats.stats  # type: ignore[attr-defined]
    total = sum(entry[2] for entry in table.values())  # tottime over every function
    rows = []
    own_total = 0.0
    for (file, line, name), (_, ncalls, tottime, cumtime, _) in table.items():
        if not any(part in file for part in OWN):
            continue
        own_total += tottime
        short = file.split("src/")[-1].split("generated/")[-1]
        rows.append(
            {
                "function": f"{short}:{line}:{name}",
                "calls_per_call": ncalls / calls,
                "self_pct": 100 * tottime / total,
                "cum_pct": 100 * cumtime / total,
            }
        )
    rows.sort(key=lambda r: -r["self_pct"])
    return {"own_self_pct": 100 * own_total / total, "top_own": rows[:TOP]}


def run(sizes: Sizes) -> dict[str, Any]:
    """Profile ``sizes.calls_seq`` sequential SDK calls of each operation."""
    bodies = anyio.run(canned_bodies)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bodies.json"
        path.write_text(json.dumps(bodies))
        with server([str(HERE / "rawserver.py"), str(path)]) as base:
            layers = anyio.run(_breakdown, base, bodies["job_id"], sizes)
            profile = anyio.run(_profile, base, bodies["job_id"], sizes.calls_seq)
    return {"layers_us": layers, "cprofile": profile}


def render(result: dict[str, Any]) -> str:
    lines = ["-- CPU per call by layer, sequential (us; each line adds one layer)"]
    for op, layers in result["layers_us"].items():
        first = next(iter(layers.values()))
        for name, value in layers.items():
            lines.append(f"  {op:<5} {name:<34} {value:>8.1f}  x{value / first:.2f}")
    for op, data in result["cprofile"].items():
        lines.append(f"-- profile {op}: own code self time {data['own_self_pct']:.1f}% of total")
        lines.append(f"  {'function':<78} {'n/call':>7} {'self%':>6} {'cum%':>6}")
        for row in data["top_own"]:
            lines.append(
                f"  {row['function'][-78:]:<78} {row['calls_per_call']:>7.1f} "
                f"{row['self_pct']:>6.2f} {row['cum_pct']:>6.1f}"
            )
    return "\n".join(lines)

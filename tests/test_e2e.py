"""End to end: the SDK against the emulator, in-process and over a real socket."""

from __future__ import annotations

import importlib.util
import logging
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest

from spapi_services import LwaCredentials, RetryPolicy, ServerError, ServicesClient
from spapi_services.emulator import FaultPlan, create_app

ROOT = Path(__file__).resolve().parents[1]
US = "ATVPDKIKX0DER"
BASE = "http://127.0.0.1"  # loopback: the emulator's upload URLs are plain http


def _load_demo() -> Any:
    spec = importlib.util.spec_from_file_location("demo", ROOT / "scripts" / "demo.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class Counting(httpx.AsyncBaseTransport):
    """Counts the status codes the emulator answers with."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner = inner
        self.statuses: list[int] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self.inner.handle_async_request(request)
        self.statuses.append(response.status_code)
        return response


def _client(
    emulator: Any, transport: httpx.AsyncBaseTransport | None = None, **kw: Any
) -> ServicesClient:
    credentials = LwaCredentials(
        "demo", "secret", "Atzr|refresh", token_url=f"{BASE}/auth/o2/token"
    )
    return ServicesClient(
        credentials,
        endpoint=BASE,
        marketplace_id=US,
        transport=transport or httpx.ASGITransport(app=emulator),
        **kw,
    )


async def test_the_demo_workflow_in_process() -> None:
    demo = _load_demo()
    emulator = create_app(seed=demo.SEED)
    steps = await demo.run(BASE, emulator.export_state(), httpx.ASGITransport(app=emulator))
    assert steps == 12
    assert emulator.token_requests == 1


def test_the_demo_over_a_real_socket() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "demo.py")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr + done.stdout
    assert "All 12 steps done" in done.stdout
    assert "status now COMPLETED" in done.stdout and "status now CANCELLED" in done.stdout


async def test_a_burst_within_the_plan_is_paced_without_429() -> None:
    # getServiceJobByServiceJobId: 20/s, burst 40; scaled x10 -> 200/s, burst 400
    emulator = create_app(seed=3, rate_scale=10.0)
    counting = Counting(httpx.ASGITransport(app=emulator))
    async with _client(emulator, counting) as client:
        client.rate_limiter.set_plan("getServiceJobByServiceJobId", 200.0, 400)
        job_id = next(iter(emulator.state.jobs))
        import anyio

        async with anyio.create_task_group() as tg:
            for _ in range(480):  # 80 past the burst: they must wait, not fail
                tg.start_soon(client.get_service_job, job_id)
    assert counting.statuses.count(429) == 0
    assert counting.statuses.count(200) == 481  # 480 calls + 1 token


async def test_unpaced_burst_meets_429s_and_retries_them() -> None:
    emulator = create_app(
        seed=3, rate_scale=1.0, usage_plans={"getServiceJobByServiceJobId": (50.0, 5)}
    )
    counting = Counting(httpx.ASGITransport(app=emulator))
    async with _client(
        emulator, counting, pacing=False, retry=RetryPolicy(base_backoff=0.05, max_attempts=10)
    ) as client:
        job_id = next(iter(emulator.state.jobs))
        import anyio

        async with anyio.create_task_group() as tg:
            for _ in range(20):
                tg.start_soon(client.get_service_job, job_id)
    assert counting.statuses.count(429) > 0  # the server did push back...
    assert counting.statuses.count(200) == 21  # ...and every call still succeeded


async def test_injected_faults_are_survived_where_safe(caplog: pytest.LogCaptureFixture) -> None:
    faults = FaultPlan(seed=1)
    faults.queue("getServiceJobByServiceJobId", "503-html", "drop", "500")
    faults.queue("addAppointmentForServiceJobByServiceJobId", "503")
    emulator = create_app(seed=5, faults=faults)
    policy = RetryPolicy(base_backoff=0.001)
    async with _client(emulator, retry=policy) as client:
        job_id = next(
            j
            for j, job in emulator.state.jobs.items()
            if job["serviceJobStatus"] == "PENDING_SCHEDULE"
        )
        with caplog.at_level(logging.DEBUG, logger="spapi_services"):
            job = await client.get_service_job(job_id)  # three failures, then the answer
        assert job.service_job_id == job_id
        assert caplog.text.count("retrying") == 3
        start = datetime.now(UTC) + timedelta(days=3)
        with pytest.raises(ServerError) as info:
            await client.add_appointment(job_id, start_time=start)
        assert info.value.attempts == 1  # a creating POST is never replayed after a 503
    assert emulator.state.jobs[job_id]["appointments"] == []


async def test_pagination_stays_correct_when_jobs_arrive_between_pages() -> None:
    emulator = create_app(seed=11)
    after = datetime.now(UTC) - timedelta(days=365)
    async with _client(emulator) as client:
        before = {
            j.service_job_id
            async for j in client.iter_service_jobs(created_after=after, page_size=4)
        }
        seen: list[str] = []
        pages = client.iter_service_job_pages(created_after=after, page_size=4)
        async for page in pages:
            seen.extend(str(j.service_job_id) for j in page.jobs or [])
            if len(seen) == 4:  # a new job lands while we are reading
                emulator.add_job(created=datetime.now(UTC) - timedelta(days=1))
    assert len(seen) == len(set(seen))  # nothing twice
    assert before <= set(seen)  # nothing missed


def test_the_demo_workflow_under_trio() -> None:
    import anyio

    demo = _load_demo()
    emulator = create_app(seed=demo.SEED)

    async def main() -> int:
        import sniffio

        assert sniffio.current_async_library() == "trio"
        transport = httpx.ASGITransport(app=emulator)
        return int(await demo.run(BASE, emulator.export_state(), transport))

    assert anyio.run(main, backend="trio") == 12

"""Usage plans, latency-free fault injection and request ids."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import httpx
import pytest
from _emu import BASE, US, token
from spapi_services_generated._operations import OPERATIONS

from spapi_services import LwaCredentials, RetryPolicy, ServicesClient
from spapi_services.emulator import EmulatedDisconnect, Emulator, FaultPlan, ManualClock, create_app
from spapi_services.errors import TransportError

LIST = {"marketplaceIds": US, "createdAfter": "2020-01-01T00:00:00Z"}
JOB = "/service/v1/serviceJobs/{}"


@asynccontextmanager
async def _client(emu: Emulator) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=emu)
    async with httpx.AsyncClient(transport=transport, base_url=BASE) as client:
        client.headers["x-amz-access-token"] = await token(client)
        yield client


async def test_bucket_empties_then_refills_with_the_clock() -> None:
    clock = ManualClock()
    emu = create_app(now=clock.now, monotonic=clock.monotonic)
    job_id = next(iter(emu.state.jobs))
    plan = OPERATIONS["getServiceJobByServiceJobId"]
    async with _client(emu) as http:
        statuses = [(await http.get(JOB.format(job_id))).status_code for _ in range(plan.burst + 1)]
        assert statuses == [200] * plan.burst + [429]
        refused = await http.get(JOB.format(job_id))
        assert refused.json()["errors"][0]["code"] == "QuotaExceeded"
        assert float(refused.headers["x-amzn-RateLimit-Limit"]) == plan.rate
        clock.advance(1 / plan.rate)
        assert (await http.get(JOB.format(job_id))).status_code == 200
        assert (await http.get(JOB.format(job_id))).status_code == 429
        # buckets are per operation
        assert (await http.get("/service/v1/serviceJobs", params=LIST)).status_code == 200


async def test_rate_scale_scales_rate_and_burst() -> None:
    clock = ManualClock()
    emu = create_app(now=clock.now, monotonic=clock.monotonic, rate_scale=0.1)
    plan = OPERATIONS["getServiceJobs"]
    async with _client(emu) as http:
        codes = [
            (await http.get("/service/v1/serviceJobs", params=LIST)).status_code for _ in range(5)
        ]
        burst = max(1, round(plan.burst * 0.1))
        assert codes == [200] * burst + [429] * (5 - burst)
        last = await http.get("/service/v1/serviceJobs", params=LIST)
        assert float(last.headers["x-amzn-RateLimit-Limit"]) == pytest.approx(plan.rate * 0.1)


async def test_no_limit_and_overridden_plan() -> None:
    emu = create_app(rate_scale=None, usage_plans={"getServiceJobByServiceJobId": (100, 40)})
    job_id = next(iter(emu.state.jobs))
    async with _client(emu) as http:
        answers = [await http.get(JOB.format(job_id)) for _ in range(60)]
    assert {a.status_code for a in answers} == {200}
    assert answers[0].headers["x-amzn-RateLimit-Limit"] == "100.0"
    with pytest.raises(ValueError, match="unknown operations"):
        create_app(usage_plans={"getEverything": (1, 1)})


async def test_queued_faults_come_in_order_then_stop() -> None:
    faults = FaultPlan().queue("getServiceJobByServiceJobId", "500", "503", "503-html", "429")
    emu = create_app(rate_scale=None, faults=faults)
    job_id = next(iter(emu.state.jobs))
    async with _client(emu) as http:
        answers = [await http.get(JOB.format(job_id)) for _ in range(5)]
    assert [a.status_code for a in answers] == [500, 503, 503, 429, 200]
    assert answers[0].json()["errors"][0]["code"] == "InternalFailure"
    assert answers[1].json()["errors"][0]["code"] == "ServiceUnavailable"
    assert answers[2].headers["content-type"] == "text/html" and b"<html>" in answers[2].content
    assert faults.pending("getServiceJobByServiceJobId") == 0
    assert [k for _, k in faults.injected] == ["500", "503", "503-html", "429"]


async def test_dropped_connection_raises_a_transport_error() -> None:
    emu = create_app(rate_scale=None, faults=FaultPlan().queue("*", "drop"))
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=emu), base_url=BASE) as raw:
        with pytest.raises(httpx.TransportError) as caught:
            await raw.post("/auth/o2/token", data={"grant_type": "refresh_token"})
    assert isinstance(caught.value, EmulatedDisconnect)
    assert emu.token_requests == 0  # the request never reached the endpoint


async def test_random_faults_are_seeded() -> None:
    def run() -> list[str]:
        plan = FaultPlan(seed=3, rates={"*": {"500": 0.3, "503": 0.2}})
        return [str(plan.draw("getServiceJobs")) for _ in range(50)]

    first = run()
    assert first == run()
    assert 5 < sum(f != "None" for f in first) < 45
    with pytest.raises(ValueError):
        FaultPlan(rates={"*": {"500": 0.8, "503": 0.5}})


async def test_delay_fault_waits_then_answers() -> None:
    waits: list[float] = []

    async def fake_sleep(seconds: float) -> None:
        waits.append(seconds)

    faults = FaultPlan(delay=2.5).queue("getServiceJobs", "delay")
    emu = create_app(rate_scale=None, faults=faults, latency=0.01, sleep=fake_sleep)
    async with _client(emu) as http:
        response = await http.get("/service/v1/serviceJobs", params=LIST)
    assert response.status_code == 200
    assert waits == [0.01, 2.5, 0.01]  # token call, then the delayed listing


async def test_request_ids_are_unique_and_deterministic_per_seed() -> None:
    async def ids(seed: int) -> list[str]:
        emu = create_app(seed=seed, rate_scale=None)
        async with _client(emu) as http:
            answers = [await http.get(JOB.format("nope")) for _ in range(3)]
        return [a.headers["x-amzn-RequestId"] for a in answers]

    first = await ids(1)
    assert len(set(first)) == 3
    assert first == await ids(1)
    assert first != await ids(2)


async def test_drop_after_commits_the_call_then_loses_the_answer() -> None:
    clock = ManualClock()
    faults = FaultPlan().queue("addAppointmentForServiceJobByServiceJobId", "drop-after")
    emu = create_app(seed=7, rate_scale=None, faults=faults, now=clock.now)
    job = next(j for j in emu.state.jobs.values() if j["serviceJobStatus"] == "PENDING_SCHEDULE")
    async with _client(emu) as http:
        slots = await http.get(
            f"{JOB.format(job['serviceJobId'])}/appointmentSlots",
            params={"marketplaceIds": job["marketplaceId"]},
        )
        start = next(s for s in slots.json()["payload"]["appointmentSlots"] if s["capacity"])
        with pytest.raises(EmulatedDisconnect):
            await http.post(
                f"{JOB.format(job['serviceJobId'])}/appointments",
                json={"appointmentTime": {"startTime": start["startTime"]}},
            )
    assert [a["appointmentStatus"] for a in job["appointments"]] == ["ACTIVE"]  # it happened
    assert job["serviceJobStatus"] == "NOT_SERVICED"
    assert faults.injected == [("addAppointmentForServiceJobByServiceJobId", "drop-after")]


async def test_the_sdk_does_not_replay_a_creating_post_whose_answer_was_lost() -> None:
    faults = FaultPlan().queue("addAppointmentForServiceJobByServiceJobId", "drop-after")
    emu = create_app(seed=7, rate_scale=None, faults=faults)
    job = next(j for j in emu.state.jobs.values() if j["serviceJobStatus"] == "PENDING_SCHEDULE")
    credentials = LwaCredentials("app", "secret", "Atzr|r", token_url=f"{BASE}/auth/o2/token")
    async with ServicesClient(
        credentials,
        endpoint=BASE,
        marketplace_id=job["marketplaceId"],
        transport=httpx.ASGITransport(app=emu),
        retry=RetryPolicy(base_backoff=0.001),
    ) as client:
        report = await client.get_appointment_slots_for_job(job["serviceJobId"])
        slot = next(s for s in report.appointment_slots or [] if s.capacity)
        with pytest.raises(TransportError):
            await client.add_appointment(job["serviceJobId"], start_time=slot.start_time)
    assert len(job["appointments"]) == 1  # booked once, never twice

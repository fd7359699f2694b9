"""Page tokens that survive changes, state export/import, determinism by seed."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
from _emu import BASE, US, token

from spapi_services import reason_codes
from spapi_services.emulator import Emulator, ManualClock, create_app

JOBS = "/service/v1/serviceJobs"
LIST = {"marketplaceIds": US, "createdAfter": "2020-01-01T00:00:00Z", "pageSize": "4"}


async def _page(http: httpx.AsyncClient, **params: Any) -> dict[str, Any]:
    response = await http.get(JOBS, params={**LIST, **params})
    assert response.status_code == 200, response.text
    payload: dict[str, Any] = response.json()["payload"]
    return payload


def _ids(page: dict[str, Any]) -> list[str]:
    return [j["serviceJobId"] for j in page["jobs"]]


async def test_pages_do_not_shift_when_a_job_is_added_between_them(
    http: httpx.AsyncClient, emu: Emulator
) -> None:
    first = await _page(http)
    everything_before = _ids(await _page(http, pageSize="20")) + _ids(
        await _page(
            http, pageSize="20", pageToken=(await _page(http, pageSize="20"))["nextPageToken"]
        )
    )
    # a job created before the cursor (oldest of all) and one after it (just now)
    emu.add_job(created=datetime(2025, 1, 1, tzinfo=UTC))
    newest = emu.add_job()
    rest: list[str] = []
    token_ = first["nextPageToken"]
    while token_:
        page = await _page(http, pageToken=token_)
        rest += _ids(page)
        token_ = page.get("nextPageToken")
    seen = _ids(first) + rest
    assert len(seen) == len(set(seen))  # nothing repeated
    assert seen == [*everything_before, newest["serviceJobId"]]
    assert page["totalResultSize"] == len(everything_before) + 2


async def test_previous_page_token_goes_back(http: httpx.AsyncClient) -> None:
    first = await _page(http)
    assert "previousPageToken" not in first
    second = await _page(http, pageToken=first["nextPageToken"])
    back = await _page(http, pageToken=second["previousPageToken"])
    assert _ids(back) == _ids(first)


@pytest.mark.parametrize(
    ("field", "order"), [("JOB_DATE", "DESC"), ("JOB_STATUS", "ASC"), ("JOB_STATUS", "DESC")]
)
async def test_sorting_holds_across_pages(http: httpx.AsyncClient, field: str, order: str) -> None:
    jobs: list[dict[str, Any]] = []
    page = await _page(http, sortField=field, sortOrder=order)
    while True:
        jobs += page["jobs"]
        if "nextPageToken" not in page:
            break
        page = await _page(http, pageToken=page["nextPageToken"])
    key = "createTime" if field == "JOB_DATE" else "serviceJobStatus"
    values = [j[key] for j in jobs]
    assert values == sorted(values, reverse=order == "DESC")
    assert len({j["serviceJobId"] for j in jobs}) == page["totalResultSize"] == len(jobs)


async def test_tampered_page_token_is_refused(http: httpx.AsyncClient) -> None:
    token_ = (await _page(http))["nextPageToken"]
    forged = token_[:-1] + ("a" if token_[-1] != "a" else "b")
    response = await http.get(JOBS, params={**LIST, "pageToken": forged})
    assert response.status_code == 400


async def test_export_and_load_round_trip(
    http: httpx.AsyncClient, emu: Emulator, clock: ManualClock
) -> None:
    job = next(j for j in emu.state.jobs.values() if j["serviceJobStatus"] == "NOT_SERVICED")
    await http.put(f"{JOBS}/{job['serviceJobId']}/completions")
    exported = emu.export_state()
    text = json.dumps(exported)  # JSON-serialisable
    exported["jobs"][job["serviceJobId"]]["serviceJobStatus"] = "HOLD"  # a copy, not a view
    assert emu.state.jobs[job["serviceJobId"]]["serviceJobStatus"] == "COMPLETED"

    clone = create_app(state=json.loads(text), now=clock.now, monotonic=clock.monotonic)
    assert clone.export_state() == json.loads(text)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=clone), base_url=BASE) as other:
        other.headers["x-amz-access-token"] = await token(other)
        got = (await other.get(f"{JOBS}/{job['serviceJobId']}")).json()["payload"]
        assert got["serviceJobStatus"] == "COMPLETED"
        assert _ids(await _page(other)) == _ids(await _page(http))
    # load_state replaces the state of a running emulator
    fresh = create_app(seed=99, now=clock.now)
    fresh.load_state(json.loads(text))
    assert fresh.export_state() == json.loads(text)
    with pytest.raises(ValueError):
        fresh.load_state({"format": 999})


def test_same_seed_same_world_other_seed_other_world(clock: ManualClock) -> None:
    def world(seed: int) -> dict[str, Any]:
        return create_app(seed=seed, now=clock.now).export_state()

    assert world(5) == world(5)
    assert world(5)["jobs"].keys() != world(6)["jobs"].keys()


def test_seeded_world_has_the_promised_variety(emu: Emulator) -> None:
    jobs = list(emu.state.jobs.values())
    assert len(jobs) == 60
    assert {j["serviceJobStatus"] for j in jobs} >= {
        "NOT_SERVICED",
        "PENDING_SCHEDULE",
        "COMPLETED",
        "CANCELLED",
        "HOLD",
    }
    assert {j["marketplaceId"] for j in jobs} == {
        "ATVPDKIKX0DER",
        "A1F83G8C2ARO7P",
        "A1PA6795UKMFR9",
        "A21TJRUUN4KGV",
    }
    assert any(j.get("serviceType") == "heavybulky" for j in jobs)
    active = [a for j in jobs for a in j["appointments"] if a["appointmentStatus"] == "ACTIVE"]
    assert active and any(a.get("assignedTechnicians") for a in active)
    assert all(
        a["appointmentTime"]["startTime"].endswith("Z") for j in jobs for a in j["appointments"]
    )
    assert emu.state.reservations and all(r["schedules"] for r in emu.state.resources.values())
    assert "key" not in repr(emu) and "Atza" not in repr(emu)


async def _cancel_everything_open(http: httpx.AsyncClient, emu: Emulator) -> int:
    cancelled = 0
    for job in list(emu.state.jobs.values()):
        if job["marketplaceId"] != US or job["serviceJobStatus"] not in (
            "PENDING_SCHEDULE",
            "HOLD",
        ):
            continue
        kind = reason_codes.ServiceType.from_job(job.get("serviceType"))
        code = next(iter(reason_codes.allowed_cancellation_codes(US, kind)))
        response = await http.put(
            f"{JOBS}/{job['serviceJobId']}/cancellations", params={"cancellationReasonCode": code}
        )
        assert response.status_code == 200, response.text
        cancelled += 1
    return cancelled


@pytest.mark.parametrize("order", ["ASC", "DESC"])
async def test_status_sorted_pages_survive_status_changes_between_pages(
    http: httpx.AsyncClient, emu: Emulator, order: str
) -> None:
    page = await _page(http, sortField="JOB_STATUS", sortOrder=order)
    seen = _ids(page)
    # open jobs both on the first page and further on now sort elsewhere
    assert await _cancel_everything_open(http, emu) > 5
    while "nextPageToken" in page:
        page = await _page(http, pageToken=page["nextPageToken"])
        seen += _ids(page)
    assert len(seen) == len(set(seen))  # nothing twice
    assert set(seen) == {
        j["serviceJobId"] for j in emu.state.jobs.values() if j["marketplaceId"] == US
    }
    back = await _page(http, pageToken=page["previousPageToken"])
    assert _ids(back) == seen[-len(_ids(page)) - 4 : -len(_ids(page))]


async def test_a_page_token_needs_the_marketplace_it_was_made_for(http: httpx.AsyncClient) -> None:
    token_ = (await _page(http))["nextPageToken"]
    without = await http.get(JOBS, params={"pageToken": token_})
    assert without.status_code == 400 and "marketplaceIds" in without.text
    other = await http.get(JOBS, params={"pageToken": token_, "marketplaceIds": "A1F83G8C2ARO7P"})
    assert other.status_code == 400 and "pageToken" in other.text
    same = await http.get(JOBS, params={"pageToken": token_, "marketplaceIds": US})
    assert same.status_code == 200


async def test_schedule_end_before_start_is_refused(http: httpx.AsyncClient) -> None:
    response = await http.get(
        JOBS,
        params={
            **LIST,
            "scheduleStartDate": "2030-02-01T00:00:00Z",
            "scheduleEndDate": "2030-01-01T00:00:00Z",
        },
    )
    assert response.status_code == 400
    assert "earlier than schedule start" in response.json()["errors"][0]["message"]


async def test_request_ids_are_not_reused_after_export_and_load(clock: ManualClock) -> None:
    async def ids(emu: Emulator, n: int) -> list[str]:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=emu), base_url=BASE) as c:
            return [(await c.get(f"{JOBS}/x")).headers["x-amzn-RequestId"] for _ in range(n)]

    first = create_app(seed=3, now=clock.now, rate_scale=None)
    issued = await ids(first, 3)
    saved = first.export_state()
    assert saved["requests"] == 3 == first.requests
    resumed = create_app(state=saved, now=clock.now, rate_scale=None)
    reloaded = create_app(seed=3, now=clock.now, rate_scale=None)
    reloaded.load_state(saved)
    later = await ids(resumed, 3) + await ids(reloaded, 3)
    assert not set(issued) & set(later)
    assert later[:3] == later[3:]  # still deterministic
    older = {k: v for k, v in saved.items() if k != "requests"}  # a file from before the field
    assert create_app(state=older, now=clock.now).requests == 0

"""Page tokens that survive changes, state export/import, determinism by seed."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
from _emu import BASE, US, token

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

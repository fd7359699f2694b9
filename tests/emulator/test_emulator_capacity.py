"""Schedules with recurrence, capacity reports and their pagination, slot arithmetic."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
from _emu import US

from spapi_services.emulator import Emulator
from spapi_services.emulator.capacity import parse_availability
from spapi_services.emulator.matching import spare


def _t(text: str) -> int:
    return int(datetime.fromisoformat(text).replace(tzinfo=UTC).timestamp())


def test_recurrence_repeats_on_the_chosen_days_until_its_end() -> None:
    window = parse_availability(
        {
            "startTime": "2030-01-06T10:00:00Z",  # a Sunday
            "endTime": "2030-01-06T12:00:00Z",
            "recurrence": {
                "endTime": "2030-01-20T00:00:00Z",
                "daysOfWeek": ["MONDAY", "WEDNESDAY"],
            },
        }
    )
    starts = [
        s for s, _ in window.occurrences(_t("2030-01-01T00:00:00"), _t("2030-02-01T00:00:00"))
    ]
    days = [datetime.fromtimestamp(s, UTC).strftime("%a %d %H") for s in starts]
    assert days == ["Mon 07 10", "Wed 09 10", "Mon 14 10", "Wed 16 10"]
    monthly = parse_availability(
        {
            "startTime": "2030-01-01T08:00:00Z",
            "endTime": "2030-01-01T09:00:00Z",
            "recurrence": {"endTime": "2030-04-01T00:00:00Z", "daysOfMonth": [15]},
        }
    )
    got = [datetime.fromtimestamp(s, UTC).day for s, _ in monthly.occurrences(0, 2**31)]
    assert got == [15, 15, 15]


@pytest.mark.parametrize(
    "record",
    [
        {"startTime": "2030-01-06T10:00:00Z"},
        {"startTime": "2030-01-06T10:00:00Z", "endTime": "2030-01-06T09:00:00Z"},
        {"startTime": "2030-01-06T10:00:00Z", "endTime": "2030-01-06T11:00:00Z", "capacity": 0},
        {
            "startTime": "2030-01-06T10:00:00Z",
            "endTime": "2030-01-06T11:00:00Z",
            "recurrence": {"endTime": "2030-02-01T00:00:00Z", "daysOfWeek": ["FUNDAY"]},
        },
    ],
)
def test_bad_availability_records_are_refused(record: dict[str, Any]) -> None:
    with pytest.raises(ValueError):
        parse_availability(record)


def _resource(emu: Emulator) -> str:
    return next(r["resourceId"] for r in emu.state.resources.values() if r["marketplaceId"] == US)


async def test_range_capacity_is_paginated_by_week(http: httpx.AsyncClient, emu: Emulator) -> None:
    rid = _resource(emu)
    url = f"/service/v1/serviceResources/{rid}/capacity/range"
    body = {
        "startDateTime": "2030-01-08T00:00:00Z",
        "endDateTime": "2030-01-30T00:00:00Z",
        "capacityTypes": ["SCHEDULED_CAPACITY"],
    }
    starts, ends, pages, params = [], [], 0, {"marketplaceIds": US}
    while True:
        response = await http.post(url, params=params, json=body)
        assert response.status_code == 200, response.text
        data = response.json()
        slots = data["capacities"][0]["slots"]
        starts.append(slots[0]["startDateTime"])
        ends.append(slots[-1]["endDateTime"])
        pages += 1
        if "nextPageToken" not in data:
            break
        params = {"marketplaceIds": US, "nextPageToken": data["nextPageToken"]}
    assert pages == 4
    assert starts[0] == body["startDateTime"] and ends[-1] == body["endDateTime"]
    assert starts[1:] == ends[:-1]  # pages tile the range


async def test_fixed_capacity_reports_requested_types_per_slot(
    http: httpx.AsyncClient, emu: Emulator
) -> None:
    rid = _resource(emu)
    response = await http.post(
        f"/service/v1/serviceResources/{rid}/capacity/fixed",
        params={"marketplaceIds": US},
        json={
            "startDateTime": "2030-01-08T07:00:00Z",
            "endDateTime": "2030-01-08T09:00:00Z",
            "slotDuration": 30,
            "capacityTypes": ["SCHEDULED_CAPACITY", "RESERVED_CAPACITY"],
        },
    )
    assert response.status_code == 200, response.text
    slots = response.json()["capacities"]
    assert [s["startDateTime"][11:16] for s in slots] == ["07:00", "07:30", "08:00", "08:30"]
    assert [s["scheduledCapacity"] for s in slots] == [0, 0, 1, 1]
    assert all(set(s) == {"startDateTime", "scheduledCapacity", "reservedCapacity"} for s in slots)
    bad = await http.post(
        f"/service/v1/serviceResources/{rid}/capacity/fixed",
        params={"marketplaceIds": US},
        json={
            "startDateTime": "2030-01-08T07:00:00Z",
            "endDateTime": "2030-01-08T09:00:00Z",
            "slotDuration": 7,
        },
    )
    assert bad.status_code == 400 and "multiple of 5" in bad.json()["errors"][0]["details"]


async def test_capacity_request_errors(http: httpx.AsyncClient, emu: Emulator) -> None:
    rid = _resource(emu)
    url = f"/service/v1/serviceResources/{rid}/capacity/range"
    span = {"startDateTime": "2030-01-08T00:00:00Z", "endDateTime": "2030-01-09T00:00:00Z"}
    backwards = {"startDateTime": span["endDateTime"], "endDateTime": span["startDateTime"]}
    assert (await http.post(url, params={"marketplaceIds": US}, json=backwards)).status_code == 400
    assert (
        await http.post(url, params={"marketplaceIds": "A1F83G8C2ARO7P"}, json=span)
    ).status_code == 400
    assert (await http.post(url, json=span)).status_code == 400
    missing = await http.post(
        "/service/v1/serviceResources/NOPE/capacity/range", params={"marketplaceIds": US}, json=span
    )
    assert missing.status_code == 404


async def test_reservation_takes_a_unit_from_the_store_slots(
    http: httpx.AsyncClient, emu: Emulator
) -> None:
    store = next(s for s in emu.state.stores.values() if s["marketplaceId"] == US)
    asin = "B06X1CG62R"  # one hour, ELECTRICAL: technicians 0 and 2 of each store
    params = {
        "marketplaceIds": US,
        "asin": asin,
        "storeId": store["storeId"],
        "startTime": "2030-01-22T13:00:00Z",
        "endTime": "2030-01-22T14:00:00Z",
    }
    before = (await http.get("/service/v1/appointmentSlots", params=params)).json()["payload"][
        "appointmentSlots"
    ]
    assert [s["capacity"] for s in before] == [3]  # capacities 1 + 2
    created = await http.post(
        "/service/v1/reservation",
        params={"marketplaceIds": US},
        json={
            "resourceId": store["resourceIds"][2],
            "reservation": {
                "type": "VACATION",
                "availability": {
                    "startTime": "2030-01-22T13:30:00Z",
                    "endTime": "2030-01-22T13:45:00Z",
                },
            },
        },
    )
    assert created.status_code == 200, created.text
    after = (await http.get("/service/v1/appointmentSlots", params=params)).json()["payload"][
        "appointmentSlots"
    ]
    assert [s["capacity"] for s in after] == [2]
    unknown = await http.get(
        "/service/v1/appointmentSlots", params={**params, "asin": "B000000000"}
    )
    assert unknown.status_code == 400
    backwards = await http.get(
        "/service/v1/appointmentSlots", params={**params, "endTime": "2030-01-22T12:00:00Z"}
    )
    assert backwards.status_code == 400 and "after" in backwards.json()["errors"][0]["message"]


@pytest.mark.parametrize(
    ("units", "waiting", "eligible", "expected"),
    [
        ({"a": 1, "b": 1}, [{"a", "b"}], ["a"], 1),  # the waiting one moves over to b
        ({"a": 1}, [{"a"}], ["a"], 0),
        ({"a": 1, "b": 2}, [{"b"}, {"b"}], ["a", "b"], 1),
        ({"a": 1}, [{"a"}, {"a"}], ["a"], 0),  # overbooked: nothing below zero
        ({"a": 1}, [set()], ["a"], 1),  # nobody could serve it: it holds nothing
        ({"a": 2, "b": 1}, [{"b"}], ["a"], 2),  # another pool entirely
    ],
)
def test_waiting_appointments_hold_units_of_their_own_pool(
    units: dict[str, int], waiting: list[set[str]], eligible: list[str], expected: int
) -> None:
    assert spare(units, waiting, eligible) == expected


async def _store_slots(
    http: httpx.AsyncClient, store: str, asin: str, start: str, end: str
) -> list[int]:
    params = {"marketplaceIds": US, "asin": asin, "storeId": store}
    response = await http.get(
        "/service/v1/appointmentSlots", params={**params, "startTime": start, "endTime": end}
    )
    assert response.status_code == 200, response.text
    return [s["capacity"] for s in response.json()["payload"]["appointmentSlots"]]


async def test_an_unassigned_booking_only_takes_capacity_its_skills_could_use(
    http: httpx.AsyncClient, emu: Emulator
) -> None:
    store = next(s for s in emu.state.stores.values() if s["marketplaceId"] == US)["storeId"]
    tv, dishwasher, fan = "B07BB1RGT5", "B085T7PLDN", "B06X1CG62R"  # tech 0 / 1 / 0 and 2
    window = ("2030-01-22T12:00:00Z", "2030-01-22T14:00:00Z")
    assert await _store_slots(http, store, tv, *window) == [1]
    assert await _store_slots(http, store, dishwasher, *window) == [1]
    assert await _store_slots(http, store, fan, *window) == [3, 3]

    fan_job = emu.add_job(asin=fan, store_id=store)
    booked = await http.post(
        f"/service/v1/serviceJobs/{fan_job['serviceJobId']}/appointments",
        json={"appointmentTime": {"startTime": window[0]}},
    )
    assert booked.status_code == 200, booked.text
    assert await _store_slots(http, store, fan, *window) == [2, 3]
    assert await _store_slots(http, store, tv, *window) == [1]  # the fan job can go to tech 2
    assert await _store_slots(http, store, dishwasher, *window) == [1]  # nobody it could use

    tv_job = emu.add_job(asin=tv, store_id=store)
    booked = await http.post(
        f"/service/v1/serviceJobs/{tv_job['serviceJobId']}/appointments",
        json={"appointmentTime": {"startTime": window[0]}},
    )
    assert booked.status_code == 200, booked.text
    assert await _store_slots(http, store, tv, *window) == [0]
    assert await _store_slots(http, store, fan, *window) == [1, 2]  # tech 0 went to the TV
    assert await _store_slots(http, store, dishwasher, *window) == [1]


async def test_capacity_types_default_to_scheduled_capacity(
    http: httpx.AsyncClient, emu: Emulator
) -> None:
    rid = _resource(emu)
    span = {"startDateTime": "2030-01-08T07:00:00Z", "endDateTime": "2030-01-08T09:00:00Z"}
    base = f"/service/v1/serviceResources/{rid}/capacity"
    ranged = await http.post(f"{base}/range", params={"marketplaceIds": US}, json=span)
    assert [c["capacityType"] for c in ranged.json()["capacities"]] == ["SCHEDULED_CAPACITY"]
    fixed = await http.post(f"{base}/fixed", params={"marketplaceIds": US}, json=span)
    assert all(set(s) == {"startDateTime", "scheduledCapacity"} for s in fixed.json()["capacities"])


@pytest.mark.parametrize(
    ("duration", "ok"),
    [
        ("5", True),
        ("360", True),
        ("30.0", True),
        ("365", False),
        ("400", False),
        ("0", False),
        ("true", False),
        ("1e400", False),
        ("Infinity", False),
        ("NaN", False),
        ('"30"', False),
    ],
)
async def test_slot_duration_is_a_multiple_of_5_up_to_360(
    http: httpx.AsyncClient, emu: Emulator, duration: str, ok: bool
) -> None:
    body = (
        '{"startDateTime": "2030-01-08T07:00:00Z", "endDateTime": "2030-01-08T09:00:00Z", '
        f'"slotDuration": {duration}}}'
    )
    response = await http.post(
        f"/service/v1/serviceResources/{_resource(emu)}/capacity/fixed",
        params={"marketplaceIds": US},
        content=body,
        headers={"content-type": "application/json"},
    )
    assert response.status_code == (200 if ok else 400), response.text
    assert emu.failures == 0


def _slot_urls(emu: Emulator) -> list[tuple[str, dict[str, str]]]:
    job = next(
        j
        for j in emu.state.jobs.values()
        if j["marketplaceId"] == US and j["serviceJobStatus"] == "PENDING_SCHEDULE"
    )
    by_asin = {"asin": job["scopeOfWork"]["asin"], "storeId": job["storeId"]}
    return [
        (f"/service/v1/serviceJobs/{job['serviceJobId']}/appointmentSlots", {}),
        ("/service/v1/appointmentSlots", by_asin),
    ]


@pytest.mark.parametrize("which", [0, 1])
@pytest.mark.parametrize(
    ("window", "status", "problem"),
    [
        ({"startTime": "2030-01-08T00:00:00Z", "endTime": "2030-04-08T00:00:00Z"}, 200, ""),
        ({"startTime": "2030-01-08T00:00:00Z", "endTime": "2030-04-09T00:00:00Z"}, 400, "90 days"),
        ({"endTime": "2030-01-09T00:00:00Z"}, 400, "[startTime]"),
        ({"startTime": "2030-01-09T00:00:00Z"}, 400, "[endTime]"),
    ],
)
async def test_slot_windows_are_both_ends_or_none_and_at_most_90_days(
    http: httpx.AsyncClient,
    emu: Emulator,
    which: int,
    window: dict[str, str],
    status: int,
    problem: str,
) -> None:
    url, params = _slot_urls(emu)[which]
    response = await http.get(url, params={"marketplaceIds": US, **params, **window})
    assert response.status_code == status, response.text
    if problem:
        assert problem in response.json()["errors"][0]["message"]


@pytest.mark.parametrize("which", [0, 1])
async def test_a_window_in_the_past_has_no_slots(
    http: httpx.AsyncClient, emu: Emulator, which: int
) -> None:
    url, params = _slot_urls(emu)[which]
    window = {"startTime": "2029-12-01T00:00:00Z", "endTime": "2029-12-08T00:00:00Z"}
    response = await http.get(url, params={"marketplaceIds": US, **params, **window})
    assert response.status_code == 200, response.text
    report = response.json()["payload"]
    assert report["appointmentSlots"] == []
    assert report["startTime"] <= report["endTime"] == window["endTime"]

"""A seller's whole day against the emulator, over raw HTTP: the state changes as it should."""

from __future__ import annotations

from typing import Any

import httpx
from _emu import UK, US, b64_digest, encrypt, jobs_of, token

from spapi_services import reason_codes
from spapi_services.emulator import Emulator, ManualClock

JOBS = "/service/v1/serviceJobs"
CAPACITY_TYPES = [
    "SCHEDULED_CAPACITY",
    "AVAILABLE_CAPACITY",
    "ENCUMBERED_CAPACITY",
    "RESERVED_CAPACITY",
]


async def _slots(http: httpx.AsyncClient, job_id: str) -> dict[str, int]:
    response = await http.get(f"{JOBS}/{job_id}/appointmentSlots", params={"marketplaceIds": US})
    assert response.status_code == 200, response.text
    return {s["startTime"]: s["capacity"] for s in response.json()["payload"]["appointmentSlots"]}


async def _capacity(http: httpx.AsyncClient, rid: str, start: str, end: str) -> dict[str, Any]:
    response = await http.post(
        f"/service/v1/serviceResources/{rid}/capacity/range",
        params={"marketplaceIds": US},
        json={"startDateTime": start, "endDateTime": end, "capacityTypes": CAPACITY_TYPES},
    )
    assert response.status_code == 200, response.text
    return {c["capacityType"]: c["slots"] for c in response.json()["capacities"]}


def _eligible(emu: Emulator, job: dict[str, Any]) -> str:
    skills = set(job["scopeOfWork"]["requiredSkills"])
    for rid in emu.state.stores[job["storeId"]]["resourceIds"]:
        if skills <= set(emu.state.resources[rid]["skills"]):
            return rid
    raise AssertionError("no eligible technician")


async def test_list_every_job_of_a_marketplace_across_pages(
    http: httpx.AsyncClient, emu: Emulator
) -> None:
    params: dict[str, Any] = {
        "marketplaceIds": US,
        "createdAfter": "2020-01-01T00:00:00Z",
        "pageSize": 5,
    }
    seen: list[dict[str, Any]] = []
    pages = 0
    while True:
        response = await http.get(JOBS, params=params)
        assert response.status_code == 200, response.text
        listing = response.json()["payload"]
        assert listing["totalResultSize"] == len(jobs_of_all(emu, US))
        assert len(listing["jobs"]) <= 5
        seen += listing["jobs"]
        pages += 1
        if "nextPageToken" not in listing:
            break
        params["pageToken"] = listing["nextPageToken"]
    assert pages == -(-len(jobs_of_all(emu, US)) // 5)
    ids = [j["serviceJobId"] for j in seen]
    assert len(ids) == len(set(ids)) == len(jobs_of_all(emu, US))
    times = [j["createTime"] for j in seen]
    assert times == sorted(times)
    assert all(j["marketplaceId"] == US and j["createTime"].endswith("Z") for j in seen)


def jobs_of_all(emu: Emulator, marketplace: str) -> list[dict[str, Any]]:
    return [j for j in emu.state.jobs.values() if j["marketplaceId"] == marketplace]


async def test_whole_workflow(http: httpx.AsyncClient, emu: Emulator, clock: ManualClock) -> None:
    assert emu.token_requests == 1
    job = jobs_of(emu, "PENDING_SCHEDULE")[0]
    job_id = job["serviceJobId"]
    got = (await http.get(f"{JOBS}/{job_id}")).json()["payload"]
    assert got["serviceJobId"] == job_id and got["marketplaceId"] == US
    assert got["serviceJobStatus"] == "PENDING_SCHEDULE"

    # slots by job agree with slots by ASIN and store
    slots = await _slots(http, job_id)
    by_store = await http.get(
        "/service/v1/appointmentSlots",
        params={
            "marketplaceIds": US,
            "asin": job["scopeOfWork"]["asin"],
            "storeId": job["storeId"],
        },
    )
    assert {
        s["startTime"]: s["capacity"] for s in by_store.json()["payload"]["appointmentSlots"]
    } == slots
    first, second = [t for t, c in slots.items() if c > 0][:2]

    # booking takes one unit of the slot
    added = await http.post(
        f"{JOBS}/{job_id}/appointments", json={"appointmentTime": {"startTime": first}}
    )
    assert added.status_code == 200, added.text
    appointment_id = added.json()["appointmentId"]
    assert (await _slots(http, job_id))[first] == slots[first] - 1 or slots[first] == 1
    job_now = (await http.get(f"{JOBS}/{job_id}")).json()["payload"]
    assert job_now["serviceJobStatus"] == "NOT_SERVICED"
    assert job_now["appointments"][-1]["appointmentId"] == appointment_id

    # assigning a technician encumbers the technician's capacity
    rid = _eligible(emu, job)
    assigned = await http.put(
        f"{JOBS}/{job_id}/appointments/{appointment_id}/resources",
        json={"resources": [{"resourceId": rid}]},
    )
    assert assigned.status_code == 200, assigned.text
    end = job_now["appointments"][-1]["appointmentTime"]
    window_end = _plus_minutes(first, end["durationInMinutes"])
    encumbered = (await _capacity(http, rid, first, window_end))["ENCUMBERED_CAPACITY"]
    assert [s["capacity"] for s in encumbered] == [1]

    # rescheduling with an allowed code: new id, old one cancelled, technician released
    service_type = reason_codes.ServiceType.from_job(job.get("serviceType"))
    code = next(iter(reason_codes.allowed_reschedule_codes(US, service_type)))
    moved = await http.post(
        f"{JOBS}/{job_id}/appointments/{appointment_id}",
        json={"appointmentTime": {"startTime": second}, "rescheduleReasonCode": code},
    )
    assert moved.status_code == 200, moved.text
    new_id = moved.json()["appointmentId"]
    assert new_id != appointment_id
    assert moved.json()["warnings"][0]["code"] == "RESOURCES_UNASSIGNED"
    assert rid in moved.json()["warnings"][0]["message"]
    old = next(
        a for a in emu.state.jobs[job_id]["appointments"] if a["appointmentId"] == appointment_id
    )
    assert old["appointmentStatus"] == "CANCELLED" and old["rescheduledAppointmentId"] == new_id
    encumbered = (await _capacity(http, rid, first, window_end))["ENCUMBERED_CAPACITY"]
    assert [s["capacity"] for s in encumbered] == [0]

    # encrypted proof of appointment, then fulfillment data once the visit is over
    plaintext = b"%PDF-1.4 signed by the customer" * 10
    destination = await http.post(
        "/service/v1/documents",
        json={
            "contentType": "PDF",
            "contentLength": len(plaintext),
            "contentMD5": b64_digest("md5", plaintext),
        },
    )
    assert destination.status_code == 200, destination.text
    dest = destination.json()["payload"]
    assert dest["url"].startswith("http://emulator/_upload/")
    ciphertext = encrypt(
        plaintext,
        dest["encryptionDetails"]["key"],
        dest["encryptionDetails"]["initializationVector"],
    )
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=emu)) as s3:
        put = await s3.put(dest["url"], content=ciphertext, headers=dest["headers"])
    assert put.status_code == 200, put.text
    clock.advance(14 * 86400)  # after the visit; the old access token has expired by now
    assert (await http.get(f"{JOBS}/{job_id}")).status_code == 403
    http.headers["x-amz-access-token"] = await token(http)
    fulfilled = await http.put(
        f"{JOBS}/{job_id}/appointments/{new_id}/fulfillment",
        json={
            "fulfillmentTime": {"startTime": second, "endTime": _plus_minutes(second, 50)},
            "appointmentResources": [{"resourceId": rid}],
            "fulfillmentDocuments": [
                {
                    "uploadDestinationId": dest["uploadDestinationId"],
                    "contentSha256": b64_digest("sha256", ciphertext),
                }
            ],
        },
    )
    assert fulfilled.status_code == 204, fulfilled.text
    poa = emu.state.jobs[job_id]["appointments"][-1]["poa"]
    assert poa["appointmentTime"]["durationInMinutes"] == 50
    assert poa["technicians"][0]["technicianId"] == rid

    completed = await http.put(f"{JOBS}/{job_id}/completions")
    assert completed.status_code == 200, completed.text
    final = (await http.get(f"{JOBS}/{job_id}")).json()["payload"]
    assert final["serviceJobStatus"] == "COMPLETED"
    assert final["appointments"][-1]["appointmentStatus"] == "COMPLETED"

    # cancel another job (in the UK) with a code its marketplace allows
    other = jobs_of(emu, "PENDING_SCHEDULE", UK)[0]
    cancel_code = next(
        iter(
            reason_codes.allowed_cancellation_codes(
                UK, reason_codes.ServiceType.from_job(other.get("serviceType"))
            )
        )
    )
    cancelled = await http.put(
        f"{JOBS}/{other['serviceJobId']}/cancellations",
        params={"cancellationReasonCode": cancel_code},
    )
    assert cancelled.status_code == 200, cancelled.text
    assert emu.state.jobs[other["serviceJobId"]]["serviceJobStatus"] == "CANCELLED"


def _plus_minutes(text: str, minutes: int) -> str:
    from datetime import datetime, timedelta

    value = datetime.fromisoformat(text) + timedelta(minutes=minutes)
    return value.strftime("%Y-%m-%dT%H:%M:%SZ")


async def test_schedule_and_reservation_change_capacity(
    http: httpx.AsyncClient, emu: Emulator
) -> None:
    store = next(s for s in emu.state.stores.values() if s["marketplaceId"] == US)
    rid = store["resourceIds"][1]
    start, end = "2030-01-20T10:00:00Z", "2030-01-20T14:00:00Z"
    updated = await http.put(
        f"/service/v1/serviceResources/{rid}/schedules",
        params={"marketplaceIds": US},
        json={"schedules": [{"startTime": start, "endTime": end, "capacity": 2}]},
    )
    assert updated.status_code == 200, updated.text
    assert updated.json()["payload"][0]["availability"]["capacity"] == 2
    before = await _capacity(http, rid, "2030-01-20T08:00:00Z", "2030-01-20T16:00:00Z")
    assert [(s["startDateTime"], s["capacity"]) for s in before["SCHEDULED_CAPACITY"]] == [
        ("2030-01-20T08:00:00Z", 0),
        (start, 2),
        (end, 0),
    ]

    created = await http.post(
        "/service/v1/reservation",
        params={"marketplaceIds": US},
        json={
            "resourceId": rid,
            "reservation": {
                "type": "TRAINING",
                "availability": {
                    "startTime": "2030-01-20T11:00:00Z",
                    "endTime": "2030-01-20T12:00:00Z",
                },
            },
        },
    )
    assert created.status_code == 200, created.text
    reservation_id = created.json()["payload"]["reservation"]["reservationId"]
    during = await _capacity(http, rid, start, end)
    assert [s["capacity"] for s in during["AVAILABLE_CAPACITY"]] == [2, 1, 2]
    assert [s["capacity"] for s in during["RESERVED_CAPACITY"]] == [0, 1, 0]

    moved = await http.put(
        f"/service/v1/reservation/{reservation_id}",
        params={"marketplaceIds": US},
        json={
            "resourceId": rid,
            "reservation": {
                "type": "TRAINING",
                "availability": {
                    "startTime": "2030-01-20T12:00:00Z",
                    "endTime": "2030-01-20T14:00:00Z",
                },
            },
        },
    )
    assert moved.status_code == 200, moved.text
    new_id = moved.json()["payload"]["reservation"]["reservationId"]
    assert new_id != reservation_id
    gone = await http.delete(
        f"/service/v1/reservation/{reservation_id}", params={"marketplaceIds": US}
    )
    assert gone.status_code == 404
    assert [
        s["capacity"] for s in (await _capacity(http, rid, start, end))["AVAILABLE_CAPACITY"]
    ] == [2, 1]

    deleted = await http.delete(f"/service/v1/reservation/{new_id}", params={"marketplaceIds": US})
    assert deleted.status_code == 204 and deleted.content == b""
    assert [
        s["capacity"] for s in (await _capacity(http, rid, start, end))["AVAILABLE_CAPACITY"]
    ] == [2]

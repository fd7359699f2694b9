"""setAppointmentFulfillmentData: body checks, merged POA updates and single-use documents."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from _emu import UK, b64_digest, encrypt, jobs_of

from spapi_services.emulator import Emulator

JOBS = "/service/v1/serviceJobs"
PAST = {"startTime": "2030-01-07T08:00:00Z", "endTime": "2030-01-07T09:00:00Z"}


def _url(job: dict[str, Any]) -> str:
    appointment = job["appointments"][-1]["appointmentId"]
    return f"{JOBS}/{job['serviceJobId']}/appointments/{appointment}/fulfillment"


def _messages(response: httpx.Response) -> list[str]:
    body = response.json()
    assert isinstance(body, list), response.text
    return [e["message"] for e in body]


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"fulfillmentDocuments": 5}, "fulfillmentDocuments"),
        ({"appointmentResources": 5}, "appointmentResources"),
        ({"appointmentResources": ["AEPAF5JZRCQG6R"]}, "appointmentResources"),
        ({"fulfillmentDocuments": {"uploadDestinationId": "x"}}, "fulfillmentDocuments"),
        ({"fulfillmentTime": "2030-01-07T08:00:00Z"}, "fulfillmentTime"),
        ({"estimatedArrivalTime": ["x"], "appointmentResources": [{}]}, "estimatedArrivalTime"),
    ],
)
async def test_fields_of_the_wrong_type_are_a_400(
    http: httpx.AsyncClient, emu: Emulator, body: dict[str, Any], field: str
) -> None:
    response = await http.put(_url(jobs_of(emu, "NOT_SERVICED")[0]), json=body)
    assert response.status_code == 400, response.text
    assert field in _messages(response)[0]
    assert emu.failures == 0


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"fulfillmentTime": {"startTime": PAST["startTime"]}}, "end time is required"),
        ({"fulfillmentTime": {"endTime": PAST["endTime"]}}, "start time is required"),
        (
            {"fulfillmentTime": {**PAST, "startTime": "2030-01-07T08:00:00+05:30"}},
            "ISO8601 time 2030-01-07T08:00:00+05:30 is not in UTC format",
        ),
        (
            {"fulfillmentTime": {"startTime": "2030-01-07T08:00:00", "endTime": PAST["endTime"]}},
            "is not in UTC format",
        ),
        (
            {"estimatedArrivalTime": {"startTime": PAST["endTime"], "endTime": PAST["startTime"]}},
            "ETA end time is before its start",
        ),
        (
            {"estimatedArrivalTime": {**PAST, "endTime": "2030-01-07T09:00:00-01:00"}},
            "is not in UTC format",
        ),
        ({"appointmentResources": [{"resourceId": "ANOBODY"}]}, "does not exist or is deleted"),
        ({"appointmentResources": [{"name": "no id"}]}, "resources provided is invalid"),
    ],
)
async def test_what_the_model_refuses_is_a_422(
    http: httpx.AsyncClient, emu: Emulator, body: dict[str, Any], message: str
) -> None:
    job = jobs_of(emu, "NOT_SERVICED")[0]
    response = await http.put(_url(job), json=body)
    assert response.status_code == 422, response.text
    assert any(message in m for m in _messages(response)), response.text
    assert "poa" not in job["appointments"][-1]


async def test_a_technician_of_another_marketplace_is_invalid(
    http: httpx.AsyncClient, emu: Emulator
) -> None:
    job = jobs_of(emu, "NOT_SERVICED")[0]
    british = next(r for r in emu.state.resources.values() if r["marketplaceId"] == UK)
    response = await http.put(
        _url(job), json={"appointmentResources": [{"resourceId": british["resourceId"]}]}
    )
    assert response.status_code == 422
    assert _messages(response) == [
        "One or more resources provided is invalid. Please check the input again."
    ]


async def test_errors_of_several_fields_come_together(
    http: httpx.AsyncClient, emu: Emulator
) -> None:
    response = await http.put(
        _url(jobs_of(emu, "NOT_SERVICED")[0]),
        json={
            "appointmentResources": [{"resourceId": "ANOBODY"}],
            "fulfillmentTime": {"endTime": PAST["endTime"]},
            "fulfillmentDocuments": [{"uploadDestinationId": "nope", "contentSha256": "x"}],
        },
    )
    messages = _messages(response)
    assert response.status_code == 422 and len(messages) == 3
    assert "resources" in messages[0] and "start time" in messages[1]
    assert "does not exist" in messages[2]


async def _destination(http: httpx.AsyncClient, plaintext: bytes) -> dict[str, Any]:
    created = await http.post(
        "/service/v1/documents", json={"contentType": "PNG", "contentLength": len(plaintext)}
    )
    assert created.status_code == 200, created.text
    dest: dict[str, Any] = created.json()["payload"]
    return dest


async def _put(emu: Emulator, dest: dict[str, Any], plaintext: bytes) -> tuple[int, str]:
    details = dest["encryptionDetails"]
    body = encrypt(plaintext, details["key"], details["initializationVector"])
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=emu)) as s3:
        put = await s3.put(dest["url"], content=body, headers=dest["headers"])
    return put.status_code, b64_digest("sha256", body)


def _ref(dest: dict[str, Any], sha: str) -> list[dict[str, str]]:
    return [{"uploadDestinationId": dest["uploadDestinationId"], "contentSha256": sha}]


async def test_each_call_updates_only_what_it_carries(
    http: httpx.AsyncClient, emu: Emulator
) -> None:
    job = jobs_of(emu, "NOT_SERVICED")[0]
    techs = emu.state.stores[job["storeId"]]["resourceIds"]
    dest = await _destination(http, b"proof")
    status, sha = await _put(emu, dest, b"proof")
    assert status == 200
    first = await http.put(
        _url(job),
        json={
            "fulfillmentTime": PAST,
            "appointmentResources": [{"resourceId": techs[0]}],
            "fulfillmentDocuments": _ref(dest, sha),
        },
    )
    assert first.status_code == 204, first.text
    poa = dict(job["appointments"][-1]["poa"])
    assert poa["poaType"] == "POA_RECEIPT" and poa["appointmentTime"]["durationInMinutes"] == 60
    eta = await http.put(_url(job), json={"estimatedArrivalTime": PAST})
    assert eta.status_code == 204, eta.text
    assert job["appointments"][-1]["poa"] == poa  # nothing wiped
    others = await http.put(_url(job), json={"appointmentResources": [{"resourceId": techs[1]}]})
    assert others.status_code == 204, others.text
    now = job["appointments"][-1]["poa"]
    assert [t["technicianId"] for t in now["technicians"]] == [techs[1]]
    assert now["uploadingTechnician"] == techs[1]
    assert now["appointmentTime"] == poa["appointmentTime"] and now["poaType"] == "POA_RECEIPT"


async def test_a_start_equal_to_the_end_is_accepted(http: httpx.AsyncClient, emu: Emulator) -> None:
    job = jobs_of(emu, "NOT_SERVICED")[0]
    same = {"startTime": PAST["startTime"], "endTime": PAST["startTime"]}
    response = await http.put(_url(job), json={"fulfillmentTime": same})
    assert response.status_code == 204, response.text
    assert job["appointments"][-1]["poa"]["appointmentTime"]["durationInMinutes"] == 1


async def test_an_attached_document_is_sealed_and_bound_to_its_appointment(
    http: httpx.AsyncClient, emu: Emulator
) -> None:
    first_job, second_job = jobs_of(emu, "NOT_SERVICED")[:2]
    dest = await _destination(http, b"draft!")
    assert (await _put(emu, dest, b"draft!"))[0] == 200
    status, sha = await _put(emu, dest, b"final!")  # before attaching: the last PUT counts
    assert status == 200
    attached = await http.put(_url(first_job), json={"fulfillmentDocuments": _ref(dest, sha)})
    assert attached.status_code == 204, attached.text
    status, later_sha = await _put(emu, dest, b"edit!!")
    assert status == 403  # sealed once attached
    retry = await http.put(_url(first_job), json={"fulfillmentDocuments": _ref(dest, sha)})
    assert retry.status_code == 204, retry.text  # the same call again is fine
    elsewhere = await http.put(_url(second_job), json={"fulfillmentDocuments": _ref(dest, sha)})
    assert elsewhere.status_code == 422
    assert "attached to another appointment" in _messages(elsewhere)[0]
    assert "poa" not in second_job["appointments"][-1]
    assert later_sha != sha

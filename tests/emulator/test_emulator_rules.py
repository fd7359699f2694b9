"""The emulator enforces the API's rules and answers with the API's error shapes."""

from __future__ import annotations

import base64
from typing import Any

import httpx
import pytest
from _emu import BASE, DE, FORM, IN, UK, US, b64_digest, encrypt, jobs_of, token

from spapi_services import reason_codes
from spapi_services.emulator import Credentials, Emulator, ManualClock, create_app

JOBS = "/service/v1/serviceJobs"
LIST = {"marketplaceIds": US, "createdAfter": "2020-01-01T00:00:00Z"}


def _codes(response: httpx.Response) -> list[str]:
    return [e["code"] for e in response.json()["errors"]]


# --- access tokens ----------------------------------------------------------------------------
async def test_missing_unknown_and_expired_tokens_are_refused(
    raw: httpx.AsyncClient, clock: ManualClock
) -> None:
    missing = await raw.get(JOBS, params=LIST)
    assert missing.status_code == 403
    assert _codes(missing) == ["Unauthorized"]
    bogus = await raw.get(JOBS, params=LIST, headers={"x-amz-access-token": "Atza|forged"})
    assert bogus.status_code == 403
    assert "invalid" in bogus.json()["errors"][0]["details"]
    good = await token(raw)
    assert (
        await raw.get(JOBS, params=LIST, headers={"x-amz-access-token": good})
    ).status_code == 200
    clock.advance(3600)
    expired = await raw.get(JOBS, params=LIST, headers={"x-amz-access-token": good})
    assert expired.status_code == 403
    assert expired.json()["errors"][0]["details"] == "The access token you provided has expired."
    assert "x-amzn-RequestId" in expired.headers
    assert "x-amzn-RateLimit-Limit" not in expired.headers


async def test_token_endpoint_answers_like_lwa(raw: httpx.AsyncClient, emu: Emulator) -> None:
    response = await raw.post("/auth/o2/token", data=FORM)
    body = response.json()
    assert body["token_type"] == "bearer" and body["expires_in"] == 3600
    assert body["access_token"].startswith("Atza|")
    assert response.headers["cache-control"] == "no-store"
    wrong_grant = await raw.post("/auth/o2/token", data={**FORM, "grant_type": "password"})
    assert (wrong_grant.status_code, wrong_grant.json()["error"]) == (400, "unsupported_grant_type")
    no_refresh = await raw.post("/auth/o2/token", data={**FORM, "refresh_token": ""})
    assert (no_refresh.status_code, no_refresh.json()["error"]) == (400, "invalid_request")
    assert emu.token_requests == 3


async def test_configured_credentials_are_enforced() -> None:
    emu = create_app(credentials=[Credentials("app", "s3cret", "Atzr|good")])
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=emu), base_url=BASE) as raw:
        ok = await raw.post(
            "/auth/o2/token",
            data={
                **FORM,
                "client_id": "app",
                "client_secret": "s3cret",
                "refresh_token": "Atzr|good",
            },
        )
        assert ok.status_code == 200
        bad_client = await raw.post(
            "/auth/o2/token",
            data={
                **FORM,
                "client_id": "app",
                "client_secret": "nope",
                "refresh_token": "Atzr|good",
            },
        )
        assert (bad_client.status_code, bad_client.json()["error"]) == (401, "invalid_client")
        bad_grant = await raw.post(
            "/auth/o2/token",
            data={**FORM, "client_id": "app", "client_secret": "s3cret", "refresh_token": "Atzr|x"},
        )
        assert (bad_grant.status_code, bad_grant.json()["error"]) == (400, "invalid_grant")
        assert "s3cret" not in bad_grant.text and "Atzr|x" not in bad_grant.text
    assert emu.token_requests == 3
    assert "s3cret" not in repr(Credentials("app", "s3cret", "Atzr|good"))


async def test_expire_tokens_forces_a_new_exchange(http: httpx.AsyncClient, emu: Emulator) -> None:
    assert (await http.get(JOBS, params=LIST)).status_code == 200
    emu.expire_tokens()
    assert (await http.get(JOBS, params=LIST)).status_code == 403


# --- getServiceJobs parameters ----------------------------------------------------------------
@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({**LIST, "pageSize": "21"}, "pageSize"),
        ({**LIST, "pageSize": "0"}, "pageSize"),
        ({"createdAfter": LIST["createdAfter"]}, "marketplaceIds"),
        ({**LIST, "marketplaceIds": f"{US},{UK}"}, "marketplaceIds"),
        ({**LIST, "sortField": "PRICE"}, "sortField"),
        ({**LIST, "sortOrder": "UP"}, "sortOrder"),
        ({**LIST, "serviceJobStatus": "DONE"}, "serviceJobStatus"),
        ({**LIST, "asins": "SHORT"}, "asins"),
        ({**LIST, "createdBefore": "yesterday"}, "createdBefore"),
        ({**LIST, "pageToken": "garbage"}, "pageToken"),
    ],
)
async def test_bad_listing_parameters_get_400(
    http: httpx.AsyncClient, params: dict[str, str], field: str
) -> None:
    response = await http.get(JOBS, params=params)
    assert response.status_code == 400
    error = response.json()["errors"][0]
    assert error["code"] == "InvalidInput" and field in error["message"]


async def test_exactly_one_of_created_after_and_last_updated_after(http: httpx.AsyncClient) -> None:
    neither = await http.get(JOBS, params={"marketplaceIds": US})
    both = await http.get(JOBS, params={**LIST, "lastUpdatedAfter": "2020-01-01T00:00:00Z"})
    assert neither.status_code == both.status_code == 400
    updated = await http.get(
        JOBS, params={"marketplaceIds": US, "lastUpdatedAfter": "2020-01-01T00:00:00Z"}
    )
    assert updated.status_code == 200


async def test_filters_select_the_matching_jobs(http: httpx.AsyncClient, emu: Emulator) -> None:
    heavy = [
        j
        for j in emu.state.jobs.values()
        if j["marketplaceId"] == US and j.get("serviceType") == "heavybulky"
    ]
    asin = heavy[0]["scopeOfWork"]["asin"]
    expected = {
        j["serviceJobId"] for j in jobs_of(emu, "NOT_SERVICED") if j["scopeOfWork"]["asin"] == asin
    }
    # repeated keys and comma-separated values are both accepted
    response = await http.get(
        JOBS,
        params=[*LIST.items(), ("serviceJobStatus", "NOT_SERVICED,HOLD"), ("asins", asin)],
    )
    got = [j for j in response.json()["payload"]["jobs"] if j["serviceJobStatus"] == "NOT_SERVICED"]
    assert {j["serviceJobId"] for j in got} == expected
    assert all(j["scopeOfWork"]["asin"] == asin for j in response.json()["payload"]["jobs"])


# --- reason codes -----------------------------------------------------------------------------
async def test_cancellation_code_must_suit_the_marketplace(
    http: httpx.AsyncClient, emu: Emulator
) -> None:
    job = jobs_of(emu, "PENDING_SCHEDULE", IN)[0]
    kind = reason_codes.ServiceType.from_job(job.get("serviceType"))
    allowed = set(reason_codes.allowed_cancellation_codes(IN, kind))
    refused = next(f"S{n}" for n in range(1, 99) if f"S{n}" not in allowed)
    url = f"{JOBS}/{job['serviceJobId']}/cancellations"
    response = await http.put(url, params={"cancellationReasonCode": refused})
    assert response.status_code == 422
    assert refused in response.json()["errors"][0]["message"]
    assert emu.state.jobs[job["serviceJobId"]]["serviceJobStatus"] == "PENDING_SCHEDULE"
    assert (await http.put(url, params={"cancellationReasonCode": "bad code"})).status_code == 400
    assert (await http.put(url)).status_code == 400


async def test_uncovered_marketplace_accepts_any_code(
    http: httpx.AsyncClient, emu: Emulator
) -> None:
    job = emu.add_job(marketplace_id="A2Q3Y263D00KWC")  # Brazil: not in the tables
    response = await http.put(
        f"{JOBS}/{job['serviceJobId']}/cancellations", params={"cancellationReasonCode": "ANY1"}
    )
    assert response.status_code == 200, response.text
    assert emu.state.jobs[job["serviceJobId"]]["serviceJobStatus"] == "CANCELLED"


async def test_completed_job_cannot_be_cancelled_or_rebooked(
    http: httpx.AsyncClient, emu: Emulator
) -> None:
    job = jobs_of(emu, "COMPLETED")[0]
    cancel = await http.put(
        f"{JOBS}/{job['serviceJobId']}/cancellations", params={"cancellationReasonCode": "S1"}
    )
    assert cancel.status_code == 422 and "COMPLETED" in cancel.json()["errors"][0]["message"]
    add = await http.post(
        f"{JOBS}/{job['serviceJobId']}/appointments",
        json={"appointmentTime": {"startTime": "2030-01-20T10:00:00Z"}},
    )
    assert add.status_code == 422
    assert (await http.get(f"{JOBS}/does-not-exist")).status_code == 404


async def test_reschedule_code_is_checked(http: httpx.AsyncClient, emu: Emulator) -> None:
    job = next(j for j in jobs_of(emu, "NOT_SERVICED", DE))
    appointment = job["appointments"][-1]
    kind = reason_codes.ServiceType.from_job(job.get("serviceType"))
    allowed = set(reason_codes.allowed_reschedule_codes(DE, kind))
    refused = next(f"RS{n}" for n in range(1, 99) if f"RS{n}" not in allowed)
    response = await http.post(
        f"{JOBS}/{job['serviceJobId']}/appointments/{appointment['appointmentId']}",
        json={"appointmentTime": appointment["appointmentTime"], "rescheduleReasonCode": refused},
    )
    assert response.status_code == 422
    assert "reschedule reason code is not valid" in response.json()["errors"][0]["message"]
    assert appointment["appointmentStatus"] == "ACTIVE"


# --- appointments -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("start", "reason"),
    [
        ("2030-01-01T10:00:00Z", "in the future"),
        ("2032-01-01T10:00:00Z", "365 days"),
        ("2030-01-20T10:00:00+05:30", "not in UTC"),
        ("2030-01-20T10-00:00Z", "Failed to parse"),
        ("2030-01-20T10:15:00Z", "not available"),
    ],
)
async def test_appointment_times_are_validated(
    http: httpx.AsyncClient, emu: Emulator, start: str, reason: str
) -> None:
    job = jobs_of(emu, "PENDING_SCHEDULE")[0]
    response = await http.post(
        f"{JOBS}/{job['serviceJobId']}/appointments", json={"appointmentTime": {"startTime": start}}
    )
    assert response.status_code == 422
    assert reason in response.json()["errors"][0]["message"]
    assert not job["appointments"]


async def test_second_active_appointment_is_refused(http: httpx.AsyncClient, emu: Emulator) -> None:
    job = jobs_of(emu, "NOT_SERVICED")[0]
    response = await http.post(
        f"{JOBS}/{job['serviceJobId']}/appointments",
        json={"appointmentTime": job["appointments"][-1]["appointmentTime"]},
    )
    assert response.status_code == 422
    assert "already has an active appointment" in response.json()["errors"][0]["message"]


async def test_assigning_an_unknown_or_unskilled_resource_is_refused(
    http: httpx.AsyncClient, emu: Emulator
) -> None:
    job = jobs_of(emu, "NOT_SERVICED")[0]
    appointment_id = job["appointments"][-1]["appointmentId"]
    url = f"{JOBS}/{job['serviceJobId']}/appointments/{appointment_id}/resources"
    unknown = await http.put(url, json={"resources": [{"resourceId": "ANOBODY"}]})
    assert unknown.status_code == 422 and "ANOBODY" in unknown.json()["errors"][0]["message"]
    other_store = next(
        r["resourceId"] for r in emu.state.resources.values() if job["storeId"] not in r["storeIds"]
    )
    elsewhere = await http.put(url, json={"resources": [{"resourceId": other_store}]})
    assert _codes(elsewhere) == ["RESOURCES_NOT_AVAILABLE_IN_LOCATION"]
    assert (await http.put(url, json={"resources": []})).status_code == 400
    assert (await http.put(url, json={})).status_code == 400


# --- documents and fulfillment ----------------------------------------------------------------
async def _upload(
    http: httpx.AsyncClient, emu: Emulator, plaintext: bytes, **tamper: Any
) -> dict[str, Any]:
    created = await http.post(
        "/service/v1/documents",
        json={
            "contentType": "PNG",
            "contentLength": len(plaintext),
            "contentMD5": b64_digest("md5", plaintext),
        },
    )
    dest: dict[str, Any] = created.json()["payload"]
    details = dest["encryptionDetails"]
    assert len(base64.b64decode(details["key"])) == 32
    assert len(base64.b64decode(details["initializationVector"])) == 16
    body = tamper.get("body") or encrypt(plaintext, details["key"], details["initializationVector"])
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=emu)) as s3:
        put = await s3.put(tamper.get("url") or dest["url"], content=body, headers=dest["headers"])
    dest["put"], dest["body"] = put, body
    return dest


async def _fulfil(
    http: httpx.AsyncClient, job: dict[str, Any], body: dict[str, Any]
) -> httpx.Response:
    appointment = job["appointments"][-1]["appointmentId"]
    return await http.put(
        f"{JOBS}/{job['serviceJobId']}/appointments/{appointment}/fulfillment", json=body
    )


async def test_wrong_sha256_gets_a_bare_error_array(http: httpx.AsyncClient, emu: Emulator) -> None:
    job = jobs_of(emu, "NOT_SERVICED")[0]
    dest = await _upload(http, emu, b"\x89PNG image bytes")
    assert dest["put"].status_code == 200
    wrong = b64_digest("sha256", b"something else")
    response = await _fulfil(
        http,
        job,
        {
            "fulfillmentDocuments": [
                {"uploadDestinationId": dest["uploadDestinationId"], "contentSha256": wrong}
            ]
        },
    )
    assert response.status_code == 422
    body = response.json()
    assert isinstance(body, list) and body[0]["code"] == "InvalidInput"
    assert "contentSha256" in body[0]["message"]
    assert "poa" not in job["appointments"][-1]


async def test_documents_not_uploaded_or_not_decryptable_are_refused(
    http: httpx.AsyncClient, emu: Emulator
) -> None:
    job = jobs_of(emu, "NOT_SERVICED")[0]
    never = await http.post(
        "/service/v1/documents", json={"contentType": "PDF", "contentLength": 10}
    )
    garbage = await _upload(http, emu, b"0123456789abcdef!", body=bytes(32))
    assert garbage["put"].status_code == 200  # S3 takes any bytes; the API finds out later
    refs = [
        {
            "uploadDestinationId": never.json()["payload"]["uploadDestinationId"],
            "contentSha256": "x",
        },
        {
            "uploadDestinationId": garbage["uploadDestinationId"],
            "contentSha256": b64_digest("sha256", bytes(32)),
        },
        {"uploadDestinationId": "amzn1.tortuga.unknown", "contentSha256": "x"},
    ]
    response = await _fulfil(http, job, {"fulfillmentDocuments": refs})
    messages = [e["message"] for e in response.json()]
    assert response.status_code == 422 and len(messages) == 3
    assert (
        "not found" in messages[0] and "decrypt" in messages[1] and "does not exist" in messages[2]
    )


async def test_presigned_url_checks_signature_expiry_and_length(
    http: httpx.AsyncClient, emu: Emulator, clock: ManualClock
) -> None:
    forged = await _upload(http, emu, b"png")
    url = forged["url"]
    tampered = url[:-4] + ("0000" if not url.endswith("0000") else "1111")
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=emu)) as s3:
        headers = {"Content-Type": "image/png"}
        assert (await s3.put(tampered, content=forged["body"], headers=headers)).status_code == 403
        short = await s3.put(url, content=forged["body"][:-16], headers=headers)
        assert short.status_code == 400 and b"<Error>" in short.content
        with_token = await s3.put(
            url, content=forged["body"], headers={**headers, "x-amz-access-token": "t"}
        )
        assert with_token.status_code == 403
        clock.advance(301)
        late = await s3.put(url, content=forged["body"], headers=headers)
        assert late.status_code == 403 and b"expired" in late.content


async def test_upload_destination_request_is_validated(http: httpx.AsyncClient) -> None:
    assert (await http.post("/service/v1/documents", json={})).status_code == 400
    too_big = await http.post(
        "/service/v1/documents", json={"contentType": "PDF", "contentLength": 5242881}
    )
    assert too_big.status_code == 400
    bad_type = await http.post(
        "/service/v1/documents", json={"contentType": "DOCX", "contentLength": 9}
    )
    assert bad_type.status_code == 422
    bad_md5 = await http.post(
        "/service/v1/documents",
        json={"contentType": "PDF", "contentLength": 9, "contentMD5": "abc"},
    )
    assert bad_md5.status_code == 400


async def test_fulfillment_times_are_validated(http: httpx.AsyncClient, emu: Emulator) -> None:
    job = jobs_of(emu, "NOT_SERVICED")[0]
    backwards = await _fulfil(
        http,
        job,
        {
            "fulfillmentTime": {
                "startTime": "2030-01-05T12:00:00Z",
                "endTime": "2030-01-05T11:00:00Z",
            }
        },
    )
    assert backwards.status_code == 422 and "after start time" in backwards.json()[0]["message"]
    future = await _fulfil(
        http,
        job,
        {
            "fulfillmentTime": {
                "startTime": "2030-02-05T12:00:00Z",
                "endTime": "2030-02-05T13:00:00Z",
            }
        },
    )
    assert future.status_code == 422 and "future" in future.json()[0]["message"]
    empty = await _fulfil(http, job, {})
    assert empty.status_code == 400 and isinstance(empty.json(), list)


# --- schedules --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("marketplace", "minutes", "ok"),
    [(US, 5, True), (UK, 5, False), (UK, 30, True), (DE, 20, False)],
)
async def test_schedule_minimum_slot_follows_the_marketplace(
    http: httpx.AsyncClient, emu: Emulator, marketplace: str, minutes: int, ok: bool
) -> None:
    rid = next(
        r["resourceId"] for r in emu.state.resources.values() if r["marketplaceId"] == marketplace
    )
    record = {"startTime": "2030-01-20T10:00:00Z", "endTime": f"2030-01-20T10:{minutes:02d}:00Z"}
    response = await http.put(
        f"/service/v1/serviceResources/{rid}/schedules",
        params={"marketplaceIds": marketplace},
        json={"schedules": [record]},
    )
    assert response.status_code == (200 if ok else 400), response.text
    assert (emu.state.resources[rid]["schedules"] == [record]) is ok


async def test_empty_schedule_and_unknown_resource(http: httpx.AsyncClient, emu: Emulator) -> None:
    rid = next(iter(emu.state.resources))
    market = emu.state.resources[rid]["marketplaceId"]
    url = f"/service/v1/serviceResources/{rid}/schedules"
    empty = await http.put(url, params={"marketplaceIds": market}, json={"schedules": []})
    assert empty.status_code == 400 and "schedule" in empty.json()["errors"][0]["message"]
    record = {"startTime": "2030-01-20T10:00:00Z", "endTime": "2030-01-20T11:00:00Z"}
    unknown = await http.put(
        "/service/v1/serviceResources/NOPE/schedules",
        params={"marketplaceIds": market},
        json={"schedules": [record]},
    )
    assert unknown.status_code == 200 and _codes(unknown) == ["InvalidInput"]


async def test_reservation_needs_free_capacity(http: httpx.AsyncClient, emu: Emulator) -> None:
    rid = next(r["resourceId"] for r in emu.state.resources.values() if r["marketplaceId"] == US)
    body = {
        "resourceId": rid,
        "reservation": {
            "type": "BREAK",
            "availability": {
                "startTime": "2030-01-26T02:00:00Z",
                "endTime": "2030-01-26T03:00:00Z",
            },
        },
    }
    night = await http.post("/service/v1/reservation", params={"marketplaceIds": US}, json=body)
    assert night.status_code == 422  # nobody is scheduled at 2am
    assert (
        await http.post(
            "/service/v1/reservation", params={"marketplaceIds": US}, json={"resourceId": rid}
        )
    ).status_code == 400


async def test_duration_must_be_the_services_own(http: httpx.AsyncClient, emu: Emulator) -> None:
    job = jobs_of(emu, "PENDING_SCHEDULE")[0]
    minutes = emu.state.products[job["scopeOfWork"]["asin"]]["durationInMinutes"]
    slots = await http.get(
        f"{JOBS}/{job['serviceJobId']}/appointmentSlots", params={"marketplaceIds": US}
    )
    free = [s["startTime"] for s in slots.json()["payload"]["appointmentSlots"] if s["capacity"]]
    url = f"{JOBS}/{job['serviceJobId']}/appointments"
    for wrong in (7, minutes - 5, minutes * 2):
        response = await http.post(
            url, json={"appointmentTime": {"startTime": free[0], "durationInMinutes": wrong}}
        )
        assert response.status_code == 422, response.text
        error = response.json()["errors"][0]
        assert "Appointment slot is not available" in error["message"]
        assert str(minutes) in error["details"]
    assert not job["appointments"]
    booked = await http.post(
        url, json={"appointmentTime": {"startTime": free[0], "durationInMinutes": minutes}}
    )
    assert booked.status_code == 200, booked.text
    appointment_id = booked.json()["appointmentId"]
    kind = reason_codes.ServiceType.from_job(job.get("serviceType"))
    code = next(iter(reason_codes.allowed_reschedule_codes(US, kind)))
    moved = await http.post(
        f"{url}/{appointment_id}",
        json={
            "appointmentTime": {"startTime": free[1], "durationInMinutes": minutes + 60},
            "rescheduleReasonCode": code,
        },
    )
    assert moved.status_code == 422 and "not available" in moved.json()["errors"][0]["message"]


async def test_update_reservation_takes_the_new_type(
    http: httpx.AsyncClient, emu: Emulator
) -> None:
    rid = next(r["resourceId"] for r in emu.state.resources.values() if r["marketplaceId"] == US)
    window = {"startTime": "2030-01-22T10:00:00Z", "endTime": "2030-01-22T11:00:00Z"}
    created = await http.post(
        "/service/v1/reservation",
        params={"marketplaceIds": US},
        json={"resourceId": rid, "reservation": {"type": "BREAK", "availability": window}},
    )
    assert created.status_code == 200, created.text
    old_id = created.json()["payload"]["reservation"]["reservationId"]
    updated = await http.put(
        f"/service/v1/reservation/{old_id}",
        params={"marketplaceIds": US},
        json={"resourceId": rid, "reservation": {"type": "TRAINING", "availability": window}},
    )
    assert updated.status_code == 200, updated.text
    reservation = updated.json()["payload"]["reservation"]
    assert reservation["type"] == "TRAINING"
    assert emu.state.reservations[reservation["reservationId"]]["type"] == "TRAINING"

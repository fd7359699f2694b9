"""Input refused before sending, through ServicesClient: every argument of a call is checked
before its first request (close_appointment's uploads included), with the field named as the
caller spelled it; and the inputs the checks accept are sent as given."""

from __future__ import annotations

import base64
import io
import json
import re
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest
from _lwa import NA, US, api_requests
from pytest_httpx import HTTPXMock
from spapi_services_generated.models import AvailabilityRecord, Recurrence

from spapi_services import LwaCredentials, ServicesClient, ValidationError
from spapi_services.validation import check_schedule

EU = "https://sellingpartnerapi-eu.amazon.com"
SANDBOX_NA = "https://sandbox.sellingpartnerapi-na.amazon.com"
DE, CA = "A1PA6795UKMFR9", "A2EUQ1WTGCTBG2"
PDF = b"%PDF-1.7\n" + b"x" * 100
SHIFT = {"startTime": "2030-01-01T10:00:00Z", "endTime": "2030-01-01T18:00:00Z"}


def ago(hours: float) -> datetime:
    return datetime.now(UTC) - timedelta(hours=hours)


def ahead(days: float) -> datetime:
    return datetime.now(UTC) + timedelta(days=days)


async def refused(call: Any, field: str, *fragments: str) -> ValidationError:
    """Awaits ``call`` and asserts a ValidationError for ``field`` mentioning the fragments."""
    with pytest.raises(ValidationError) as info:
        await call
    assert info.value.field == field, str(info.value)
    for fragment in fragments:
        assert fragment in str(info.value), str(info.value)
    return info.value


def sent_json(httpx_mock: HTTPXMock) -> Any:
    (request,) = api_requests(httpx_mock)
    return json.loads(request.read())


# -- close_appointment: everything checked before the first upload ---------------------------


def close(client: ServicesClient, **overrides: Any) -> Any:
    arguments: dict[str, Any] = {
        "fulfillment_start": ago(2),
        "fulfillment_end": ago(1),
        "documents": [(PDF, "PDF")],
    }
    arguments.update(overrides)
    job = arguments.pop("service_job_id", "job-1")
    appointment = arguments.pop("appointment_id", "appt-1")
    return client.close_appointment(job, appointment, **arguments)


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"service_job_id": ""}, "service_job_id"),
        ({"appointment_id": ""}, "appointment_id"),
        ({"fulfillment_end": ahead(1)}, "fulfillment_end"),
        ({"fulfillment_start": None}, "fulfillment_start"),
        ({"resource_ids": "tech-1"}, "resource_ids"),
        ({"resource_ids": ["t" * 101]}, "resource_ids[0]"),
        ({"documents": [(PDF, "PDF"), (b"GIF89a....", "PDF")]}, "documents[1].content"),
        ({"documents": [(PDF, "DOCX")]}, "documents[0].content_type"),
        ({"documents": [(b"", "PDF")]}, "documents[0].content"),
        ({"documents": [(PDF, "PDF", "extra")]}, "documents[0]"),
        ({"documents": [(PDF, "PDF"), "not-a-document"]}, "documents[1]"),
        ({"documents": (PDF, "PDF")}, "documents[0]"),
    ],
)
async def test_close_appointment_checks_everything_before_uploading(
    client: ServicesClient, httpx_mock: HTTPXMock, overrides: dict[str, Any], field: str
) -> None:
    await refused(close(client, **overrides), field)
    assert api_requests(httpx_mock) == []  # no destination asked for, nothing uploaded


async def test_close_appointment_reads_a_file_object_once_and_uploads_it(
    client: ServicesClient, httpx_mock: HTTPXMock
) -> None:
    keys = {
        "standard": "AES",
        "initializationVector": base64.b64encode(b"\0" * 16).decode(),
        "key": base64.b64encode(b"\1" * 32).decode(),
    }
    upload_url = "https://bucket.s3.amazonaws.com/doc-1?X-Amz-Signature=abc"
    httpx_mock.add_response(
        url=f"{NA}/service/v1/documents",
        json={
            "payload": {"uploadDestinationId": "d-1", "url": upload_url, "encryptionDetails": keys}
        },
    )
    httpx_mock.add_response(url=upload_url)
    httpx_mock.add_response(
        url=f"{NA}/service/v1/serviceJobs/job-1/appointments/appt-1/fulfillment", json={}
    )
    (attached,) = await close(client, documents=[(io.BytesIO(PDF), "application/pdf")])
    assert (attached.content_type, attached.content_length) == ("PDF", len(PDF))
    destination, _, fulfillment = api_requests(httpx_mock)
    assert json.loads(destination.read())["contentLength"] == len(PDF)
    body = json.loads(fulfillment.read())
    assert body["fulfillmentDocuments"][0]["uploadDestinationId"] == "d-1"
    assert set(body["fulfillmentTime"]) == {"startTime", "endTime"}


# -- setAppointmentFulfillmentData: both fulfillment times, and something to record ------------


@pytest.mark.parametrize(
    ("times", "field"),
    [
        ({"fulfillment_start": ago(2)}, "fulfillment_end"),
        ({"fulfillment_end": ago(1)}, "fulfillment_start"),
        ({}, "fulfillment_start"),
        ({"resource_ids": []}, "fulfillment_start"),
    ],
)
async def test_fulfillment_needs_both_times_and_an_artifact(
    client: ServicesClient, httpx_mock: HTTPXMock, times: dict[str, Any], field: str
) -> None:
    await refused(client.set_appointment_fulfillment_data("job-1", "appt-1", **times), field)
    assert api_requests(httpx_mock) == []


async def test_fulfillment_with_only_technicians_is_sent(
    client: ServicesClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(
        url=f"{NA}/service/v1/serviceJobs/job-1/appointments/appt-1/fulfillment", json={}
    )
    await client.set_appointment_fulfillment_data("job-1", "appt-1", resource_ids=["tech-1"])
    assert sent_json(httpx_mock) == {"appointmentResources": [{"resourceId": "tech-1"}]}


# -- reason codes: the spec's rule always applies -------------------------------------------


@pytest.mark.parametrize(
    ("code", "extra", "fragment"),
    [
        ("s1", {"validate_reason_code": False}, "^[A-Z0-9_]*$"),
        ("S 1", {"marketplace_id": CA}, "^[A-Z0-9_]*$"),  # CA: not in the guide's table
        ("S" * 101, {"marketplace_id": CA}, "1-100 characters"),
    ],
)
async def test_cancellation_code_follows_the_spec_even_unchecked_by_the_tables(
    client: ServicesClient, httpx_mock: HTTPXMock, code: str, extra: dict[str, Any], fragment: str
) -> None:
    await refused(
        client.cancel_service_job("job-1", reason_code=code, **extra), "reason_code", fragment
    )
    assert api_requests(httpx_mock) == []


# -- sandbox hosts ----------------------------------------------------------------------------


async def test_an_explicit_sandbox_endpoint_is_a_sandbox(
    credentials: LwaCredentials, lwa: HTTPXMock
) -> None:
    url = f"{SANDBOX_NA}/service/v1/serviceJobs/j/cancellations?cancellationReasonCode=V1"
    lwa.add_response(url=url, json={})
    async with ServicesClient(credentials, endpoint=SANDBOX_NA, marketplace_id=US) as client:
        assert client.sandbox
        await client.cancel_service_job("j", reason_code="V1")  # a sandbox code, not in the table
    assert len(api_requests(lwa)) == 1


# -- appointments: at most 365 days ahead ------------------------------------------------------


async def test_appointment_more_than_365_days_ahead_is_refused(
    client: ServicesClient, httpx_mock: HTTPXMock
) -> None:
    late = ahead(366)
    await refused(client.add_appointment("job-1", start_time=late), "start_time", "365 days")
    await refused(
        client.reschedule_appointment("job-1", "appt-1", start_time=late, reason_code="RS4"),
        "start_time",
        "365 days",
    )
    assert api_requests(httpx_mock) == []


async def test_sandbox_books_any_start(credentials: LwaCredentials, lwa: HTTPXMock) -> None:
    lwa.add_response(url=f"{SANDBOX_NA}/service/v1/serviceJobs/j/appointments", json={})
    async with ServicesClient(credentials, marketplace_id=US, sandbox=True) as client:
        await client.add_appointment("j", start_time=ahead(400))
    assert len(api_requests(lwa)) == 1


async def test_short_appointment_ids_are_accepted(
    client: ServicesClient, httpx_mock: HTTPXMock
) -> None:
    url = f"{NA}/service/v1/serviceJobs/job-1/appointments/a/resources"
    httpx_mock.add_response(url=url, json={"payload": {}})
    await client.assign_appointment_resources("job-1", "a", resource_ids=["tech-1"])
    assert len(api_requests(httpx_mock)) == 1


# -- documents ----------------------------------------------------------------------------------


@pytest.mark.parametrize("length", ["100", None, 1.5, True, 0, 5 * 1024 * 1024 + 1])
async def test_content_length_must_be_an_int_in_range(
    client: ServicesClient, httpx_mock: HTTPXMock, length: Any
) -> None:
    await refused(
        client.create_document_upload_destination(content_type="PDF", content_length=length),
        "content_length",
        "an integer from 1 to 5242880",
    )
    assert api_requests(httpx_mock) == []


# -- schedules and reservations as wire-form mappings ---------------------------------------------


async def test_update_schedule_sends_mappings_in_wire_form(
    client: ServicesClient, httpx_mock: HTTPXMock
) -> None:
    """Mappings as the guide writes them, with a datetime and an offset: sent as the model
    would send them (times in UTC with "Z", None entries left out)."""
    paris = timezone(timedelta(hours=1))
    schedules = [
        {
            "startTime": datetime(2030, 1, 1, 11, tzinfo=paris),
            "endTime": "2030-01-01T19:00:00+01:00",
            "capacity": 2,
            "recurrence": {"endTime": "2030-01-07T23:59:00Z", "daysOfWeek": ["MONDAY", "FRIDAY"]},
        },
        {"startTime": "2030-01-11T00:00:00Z", "endTime": "2030-01-11T23:59:00Z", "capacity": None},
    ]
    httpx_mock.add_response(
        url=f"{NA}/service/v1/serviceResources/tech-1/schedules?marketplaceIds={US}",
        json={"payload": []},
    )
    assert await client.update_schedule("tech-1", schedules=schedules) == []
    assert sent_json(httpx_mock) == {
        "schedules": [
            {
                **SHIFT,
                "capacity": 2,
                "recurrence": {
                    "endTime": "2030-01-07T23:59:00Z",
                    "daysOfWeek": ["MONDAY", "FRIDAY"],
                },
            },
            {"startTime": "2030-01-11T00:00:00Z", "endTime": "2030-01-11T23:59:00Z"},
        ]
    }


@pytest.mark.parametrize("operation", ["create", "update"])
async def test_reservations_as_mappings_are_sent_in_wire_form(
    client: ServicesClient, httpx_mock: HTTPXMock, operation: str
) -> None:
    start = datetime(2030, 1, 1, 10, tzinfo=UTC)
    given = {"type": "BREAK", "availability": {"startTime": start, "endTime": SHIFT["endTime"]}}
    wire = {"type": "BREAK", "availability": SHIFT}
    path = "/service/v1/reservation" + ("/res-1" if operation == "update" else "")
    httpx_mock.add_response(
        url=f"{NA}{path}?marketplaceIds={US}",
        json={"payload": {"reservation": {"reservationId": "res-1", **wire}}},
    )
    if operation == "create":
        result = await client.create_reservation(resource_id="tech-1", reservation=given)
    else:
        result = await client.update_reservation("res-1", resource_id="tech-1", reservation=given)
    assert result.reservation_id == "res-1"
    assert sent_json(httpx_mock) == {"resourceId": "tech-1", "reservation": wire}


async def test_a_model_inside_a_mapping_is_refused(
    client: ServicesClient, httpx_mock: HTTPXMock
) -> None:
    start = datetime(2030, 1, 1, 10, tzinfo=UTC)
    nested = {"type": "BREAK", "availability": AvailabilityRecord(start, start + timedelta(1))}
    await refused(
        client.create_reservation(resource_id="tech-1", reservation=nested),
        "reservation.availability",
    )
    record = AvailabilityRecord(start, start + timedelta(hours=1))
    record.recurrence = {"endTime": "2030-02-01T00:00:00Z"}  # type: ignore[assignment]
    await refused(client.update_schedule("tech-1", schedules=[record]), "schedules[0].recurrence")
    assert api_requests(httpx_mock) == []


@pytest.mark.parametrize(
    ("recurrence", "field"),
    [
        ({"endTime": "2030-01-07T00:00:00Z", "daysOfWeek": "MONDAY"}, "days_of_week"),
        ({"endTime": "2030-01-07T00:00:00Z", "daysOfWeek": 1}, "days_of_week"),
        ({"endTime": "2030-01-07T00:00:00Z", "daysOfMonth": "15"}, "days_of_month"),
        ({"endTime": "2030-01-07T00:00:00Z", "daysOfMonth": 15}, "days_of_month"),
        ({"endTime": "2030-01-01T12:00:00Z"}, "end_time"),  # before the record's end (18:00)
    ],
)
async def test_recurrence_lists_and_end(
    client: ServicesClient, httpx_mock: HTTPXMock, recurrence: dict[str, Any], field: str
) -> None:
    schedules = [{**SHIFT, "recurrence": recurrence}]
    await refused(
        client.update_schedule("tech-1", schedules=schedules),
        f"schedules[0].recurrence.{field}",
    )
    assert api_requests(httpx_mock) == []


def test_recurrence_as_models_ending_with_the_record_passes() -> None:
    start = datetime(2030, 1, 1, 10, tzinfo=UTC)
    record = AvailabilityRecord(start, start + timedelta(hours=8))
    record.recurrence = Recurrence(end_time=start + timedelta(hours=8))
    check_schedule([record], marketplace_id=US)
    with pytest.raises(ValidationError) as info:
        check_schedule([record], marketplace_id=[US])  # type: ignore[arg-type]
    assert info.value.field == "marketplace_id"


# -- appointment slots ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("asin", "store_id", "field"),
    [
        ("B000000000", "s" * 101, "store_id"),
        ("B00000000", "store-1", "asin"),
        ("B0000000000", "store-1", "asin"),
    ],
)
async def test_slot_query_ids_follow_the_spec(
    client: ServicesClient, httpx_mock: HTTPXMock, asin: str, store_id: str, field: str
) -> None:
    await refused(client.get_appointment_slots(asin=asin, store_id=store_id), field)
    assert api_requests(httpx_mock) == []


# -- marketplaces and regions ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kwargs", "field", "fragment"),
    [
        ({"region": "eu", "marketplace_id": US}, "marketplace_id", "region 'na'"),
        ({"endpoint": EU, "marketplace_id": US}, "marketplace_id", "region 'na'"),
        ({"region": "na", "marketplace_id": DE, "sandbox": True}, "marketplace_id", "'eu'"),
        ({"region": 1}, "region", "expected a string"),
        ({"marketplace_id": [US]}, "marketplace_id", "expected a string"),
        ({"endpoint": 8080}, "endpoint", "expected a string"),
    ],
)
def test_client_region_and_marketplace_must_agree(
    credentials: LwaCredentials, kwargs: dict[str, Any], field: str, fragment: str
) -> None:
    with pytest.raises(ValidationError) as info:
        ServicesClient(credentials, **kwargs)
    assert info.value.field == field and fragment in str(info.value), str(info.value)


@pytest.mark.parametrize(
    ("marketplace", "fragment"), [(DE, "region 'eu'"), (5, "expected a string"), ("", "0 char")]
)
async def test_a_calls_marketplace_is_checked_as_marketplace_id(
    client: ServicesClient, httpx_mock: HTTPXMock, marketplace: Any, fragment: str
) -> None:
    await refused(
        client.get_service_jobs(marketplace_id=marketplace, created_after=ago(24)),
        "marketplace_id",
        fragment,
    )
    await refused(client.cancel_reservation("res-1", marketplace_id=marketplace), "marketplace_id")
    assert api_requests(httpx_mock) == []


@pytest.mark.parametrize(
    ("endpoint", "marketplace"),
    [
        (NA, "A2XXXXXXXXXXXX"),  # unknown to the SDK: the API decides
        ("https://proxy.example.com", DE),  # not an Amazon host: the proxy decides
    ],
)
async def test_unknown_marketplaces_and_custom_hosts_are_not_region_checked(
    credentials: LwaCredentials, lwa: HTTPXMock, endpoint: str, marketplace: str
) -> None:
    lwa.add_response(url=re.compile(rf"{endpoint}/service/v1/reservation/res-1\?.*"))
    async with ServicesClient(credentials, endpoint=endpoint, marketplace_id=US) as client:
        await client.cancel_reservation("res-1", marketplace_id=marketplace)
    (request,) = api_requests(lwa)
    assert request.url.params["marketplaceIds"] == marketplace

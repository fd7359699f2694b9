"""Responses the document does not foresee are read without losing the rest of the payload.

Unknown enum values and fields are kept, odd status codes and non-JSON bodies leave status,
headers and raw content available, and slightly wrong values (an integer as a string, a time
missing a digit) are repaired.
"""

from __future__ import annotations

import datetime
from collections.abc import AsyncIterator
from datetime import UTC
from http import HTTPStatus
from typing import Any

import pytest
from pytest_httpx import HTTPXMock
from spapi_services_generated.api.service import (
    cancel_reservation,
    get_service_job_by_service_job_id,
    get_service_jobs,
    set_appointment_fulfillment_data,
)
from spapi_services_generated.client import Client
from spapi_services_generated.models import (
    GetServiceJobByServiceJobIdResponse,
    ServiceJob,
    ServiceJobServiceJobStatus,
    SetAppointmentFulfillmentDataRequest,
)
from spapi_services_generated.types import UNSET

from spapi_services import ApiError, ServicesClient

HOST = "https://sellingpartnerapi-na.amazon.com"


def _job(**overrides: Any) -> dict[str, Any]:
    job: dict[str, Any] = {
        "serviceJobId": "job-1",
        "serviceJobStatus": "NOT_SERVICED",
        "createTime": "2020-01-20T10:00:00Z",
        "appointments": [
            {
                "appointmentId": "appt-1",
                "appointmentStatus": "ACTIVE",
                "appointmentTime": {"startTime": "2020-01-31T01:00:00Z", "durationInMinutes": 60},
            }
        ],
    }
    job.update(overrides)
    return job


@pytest.fixture
async def client() -> AsyncIterator[Client]:
    async with Client(base_url=HOST) as generated:
        yield generated


async def _get_job(httpx_mock: HTTPXMock, client: Client, job: dict[str, Any]) -> ServiceJob:
    httpx_mock.add_response(json={"payload": job})
    response = await get_service_job_by_service_job_id.asyncio_detailed("job-1", client=client)
    assert isinstance(response.parsed, GetServiceJobByServiceJobIdResponse)
    assert isinstance(response.parsed.payload, ServiceJob)
    return response.parsed.payload


async def test_unknown_enum_value_is_kept_and_round_trips(
    httpx_mock: HTTPXMock, client: Client
) -> None:
    job = await _get_job(httpx_mock, client, _job(serviceJobStatus="ON_THE_WAY"))

    status = job.service_job_status
    assert isinstance(status, ServiceJobServiceJobStatus)
    assert status.value == "ON_THE_WAY"
    assert status == "ON_THE_WAY"
    assert status.is_known is False
    assert ServiceJobServiceJobStatus.COMPLETED.is_known is True
    assert job.to_dict()["serviceJobStatus"] == "ON_THE_WAY"
    assert job.service_job_id == "job-1"


async def test_unknown_enum_value_in_a_list_is_kept(httpx_mock: HTTPXMock, client: Client) -> None:
    httpx_mock.add_response(
        json={"payload": {"jobs": [_job(serviceJobStatus="ON_THE_WAY"), _job()]}}
    )

    response = await get_service_jobs.asyncio_detailed(client=client, marketplace_ids=["A"])

    jobs = response.parsed.payload.jobs
    assert [j.service_job_status.value for j in jobs] == ["ON_THE_WAY", "NOT_SERVICED"]
    assert [j.service_job_status.is_known for j in jobs] == [False, True]


async def test_extra_fields_are_kept(httpx_mock: HTTPXMock, client: Client) -> None:
    appointment = {**_job()["appointments"][0], "travelMode": "BIKE"}
    job = _job(appointments=[appointment], vehicle={"plate": "XYZ", "seats": 2})

    parsed = await _get_job(httpx_mock, client, job)

    assert parsed.additional_properties == {"vehicle": {"plate": "XYZ", "seats": 2}}
    assert parsed.appointments[0].additional_properties == {"travelMode": "BIKE"}
    assert parsed.appointments[0].appointment_id == "appt-1"
    assert parsed.to_dict()["vehicle"] == {"plate": "XYZ", "seats": 2}


async def test_non_json_error_body_is_kept_raw(httpx_mock: HTTPXMock, client: Client) -> None:
    html = b"<html><body>Service Unavailable</body></html>"
    httpx_mock.add_response(
        status_code=503,
        content=html,
        headers={"Content-Type": "text/html", "x-amzn-RequestId": "req-503"},
    )

    response = await get_service_job_by_service_job_id.asyncio_detailed("job-1", client=client)

    assert response.parsed is None
    assert response.status_code == HTTPStatus.SERVICE_UNAVAILABLE
    assert response.content == html
    assert response.headers["x-amzn-RequestId"] == "req-503"
    assert response.headers["Content-Type"] == "text/html"


@pytest.mark.parametrize("status", [599, 420])
async def test_unlisted_status_code_is_kept_as_int(
    httpx_mock: HTTPXMock, client: Client, status: int
) -> None:
    body = b'{"errors": [{"code": "Odd", "message": "odd status"}]}'
    httpx_mock.add_response(status_code=status, content=body)

    response = await get_service_job_by_service_job_id.asyncio_detailed("job-1", client=client)

    assert response.status_code == status
    assert type(response.status_code) is int
    assert response.content == body
    assert response.parsed is None


async def test_no_content_gives_no_parsed_value(httpx_mock: HTTPXMock, client: Client) -> None:
    httpx_mock.add_response(status_code=204)
    httpx_mock.add_response(status_code=204)

    fulfil = await set_appointment_fulfillment_data.asyncio_detailed(
        "job-1", "appt-1", client=client, body=SetAppointmentFulfillmentDataRequest()
    )
    cancel = await cancel_reservation.asyncio_detailed(
        "res-1", client=client, marketplace_ids=["A"]
    )

    for response in (fulfil, cancel):
        assert response.status_code == HTTPStatus.NO_CONTENT
        assert response.parsed is None
        assert response.content == b""


async def test_integer_sent_as_string_is_read_as_number(
    httpx_mock: HTTPXMock, client: Client
) -> None:
    appointment = _job()["appointments"][0]
    appointment["appointmentTime"]["durationInMinutes"] = "60"

    job = await _get_job(httpx_mock, client, _job(appointments=[appointment]))

    assert job.appointments[0].appointment_time.duration_in_minutes == 60
    assert job.to_dict()["appointments"][0]["appointmentTime"]["durationInMinutes"] == 60


async def test_slightly_malformed_time_is_repaired(httpx_mock: HTTPXMock, client: Client) -> None:
    appointment = _job()["appointments"][0]
    appointment["appointmentTime"]["startTime"] = "2020-01-31T01:0:00Z"

    job = await _get_job(httpx_mock, client, _job(appointments=[appointment]))

    start = job.appointments[0].appointment_time.start_time
    assert start == datetime.datetime(2020, 1, 31, 1, 0, tzinfo=datetime.UTC)


async def test_hopeless_time_leaves_the_rest_of_the_job(
    httpx_mock: HTTPXMock, client: Client
) -> None:
    job = await _get_job(httpx_mock, client, _job(createTime="soon"))

    assert job.create_time == "soon"  # kept as received, not a datetime
    assert job.to_dict()["createTime"] == "soon"  # and written back unchanged
    assert job.service_job_id == "job-1"
    assert job.service_job_status == ServiceJobServiceJobStatus.NOT_SERVICED
    assert job.appointments[0].appointment_time.start_time == datetime.datetime(
        2020, 1, 31, 1, 0, tzinfo=datetime.UTC
    )
    assert job.store_id is UNSET


async def test_null_for_optional_objects_and_arrays_reads_as_absent(
    httpx_mock: HTTPXMock, client: Client
) -> None:
    nulls = dict.fromkeys(("scopeOfWork", "seller", "buyer", "appointments", "payments"))
    job = await _get_job(httpx_mock, client, _job(**nulls))

    assert job.service_job_id == "job-1"
    for name in ("scope_of_work", "seller", "buyer", "appointments", "payments"):
        assert getattr(job, name) is UNSET, name
    assert job.to_dict()["serviceJobId"] == "job-1"


async def test_missing_required_field_in_a_nested_model_keeps_the_page(
    httpx_mock: HTTPXMock, client: Client
) -> None:
    broken = _job(serviceJobId="job-2")
    del broken["appointments"][0]["appointmentTime"]["startTime"]  # required upstream
    httpx_mock.add_response(json={"payload": {"jobs": [_job(), broken], "totalResultSize": 2}})

    response = await get_service_jobs.asyncio_detailed(client=client, marketplace_ids=["A"])

    jobs = response.parsed.payload.jobs
    assert [j.service_job_id for j in jobs] == ["job-1", "job-2"]
    time = jobs[1].appointments[0].appointment_time
    assert time.start_time is UNSET and time.duration_in_minutes == 60
    assert "startTime" not in jobs[1].to_dict()["appointments"][0]["appointmentTime"]


async def test_values_of_the_wrong_type_are_kept_as_received(
    httpx_mock: HTTPXMock, client: Client
) -> None:
    job = await _get_job(
        httpx_mock, client, _job(serviceJobStatus=7, seller="ACME", createTime=1700000000)
    )

    assert job.service_job_status.value == 7 and not job.service_job_status.is_known
    assert job.seller == "ACME"
    assert job.create_time == 1700000000
    assert job.appointments[0].appointment_id == "appt-1"
    written = job.to_dict()
    assert (written["serviceJobStatus"], written["seller"], written["createTime"]) == (
        7,
        "ACME",
        1700000000,
    )


async def test_null_items_of_a_list_are_skipped(httpx_mock: HTTPXMock, client: Client) -> None:
    httpx_mock.add_response(json={"payload": {"jobs": [None, _job()]}})

    response = await get_service_jobs.asyncio_detailed(client=client, marketplace_ids=["A"])

    assert [j.service_job_id for j in response.parsed.payload.jobs] == ["job-1"]


# -- through ServicesClient: a tolerated body still gives the documented type, or a typed error


@pytest.fixture
async def sdk() -> AsyncIterator[ServicesClient]:
    async with ServicesClient(
        lambda: "Atza|token", marketplace_id="ATVPDKIKX0DER", pacing=False, max_retries=0
    ) as client:
        yield client


async def test_a_payload_that_is_not_an_object_is_an_api_error(
    httpx_mock: HTTPXMock, sdk: ServicesClient
) -> None:
    httpx_mock.add_response(json={"payload": "job-1"}, headers={"x-amzn-RequestId": "rid-1"})

    with pytest.raises(ApiError) as info:
        await sdk.get_service_job("job-1")

    assert info.value.status == 200 and info.value.request_id == "rid-1"
    assert "could not be read" in str(info.value)


async def test_odd_errors_and_warnings_never_crash_a_call(
    httpx_mock: HTTPXMock, sdk: ServicesClient
) -> None:
    url = f"{HOST}/service/v1/serviceJobs/job-1/appointments/appt-1/resources"
    httpx_mock.add_response(url=url, json={"payload": {"warnings": ["ok", {"code": "W1"}]}})
    httpx_mock.add_response(json={"payload": {"jobs": [_job()]}, "errors": "none"})

    warnings = await sdk.assign_appointment_resources("job-1", "appt-1", resource_ids=["ABCDEFGH"])
    page = await sdk.get_service_jobs(created_after=datetime.datetime(2026, 1, 1, tzinfo=UTC))

    assert [w.code for w in warnings] == ["W1"]
    assert [j.service_job_id for j in page.jobs] == ["job-1"]

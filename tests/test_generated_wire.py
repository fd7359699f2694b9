"""What the generated operations put on the wire, seen through pytest-httpx.

Array query parameters are one comma-separated value, path parameters are escaped into a single
segment, JSON bodies use the API's camelCase names, and date-times go out in UTC with "Z".
"""

from __future__ import annotations

import datetime
import json
from collections.abc import AsyncIterator

import pytest
from pytest_httpx import HTTPXMock
from spapi_services_generated.api.service import (
    add_appointment_for_service_job_by_service_job_id,
    create_reservation,
    get_range_slot_capacity,
    get_service_job_by_service_job_id,
    get_service_jobs,
)
from spapi_services_generated.client import Client
from spapi_services_generated.models import (
    AddAppointmentRequest,
    AppointmentTimeInput,
    AvailabilityRecord,
    CreateReservationRequest,
    GetServiceJobsServiceJobStatusItem,
    RangeSlotCapacityQuery,
    Reservation,
    ReservationType,
)

HOST = "https://sellingpartnerapi-na.amazon.com"
PLUS_TWO = datetime.timezone(datetime.timedelta(hours=2))


@pytest.fixture
async def client() -> AsyncIterator[Client]:
    async with Client(base_url=HOST) as generated:
        yield generated


def _only_request(httpx_mock: HTTPXMock):
    (request,) = httpx_mock.get_requests()
    return request


async def test_array_query_parameters_are_comma_separated(
    httpx_mock: HTTPXMock, client: Client
) -> None:
    httpx_mock.add_response(json={"payload": {"jobs": []}})

    await get_service_jobs.asyncio_detailed(
        client=client,
        marketplace_ids=["ATVPDKIKX0DER", "A2EUQ1WTGCTBG2"],
        service_job_status=[
            GetServiceJobsServiceJobStatusItem.NOT_SERVICED,
            GetServiceJobsServiceJobStatusItem.HOLD,
        ],
        asins=["B000000001"],
    )

    params = _only_request(httpx_mock).url.params
    assert params.get_list("marketplaceIds") == ["ATVPDKIKX0DER,A2EUQ1WTGCTBG2"]
    assert params.get_list("serviceJobStatus") == ["NOT_SERVICED,HOLD"]
    assert params.get_list("asins") == ["B000000001"]


async def test_array_query_parameter_of_a_body_operation_is_comma_separated(
    httpx_mock: HTTPXMock, client: Client
) -> None:
    httpx_mock.add_response(json={"resourceId": "r1", "capacities": []})
    query = RangeSlotCapacityQuery(
        start_date_time=datetime.datetime(2024, 5, 1, 8, tzinfo=datetime.UTC),
        end_date_time=datetime.datetime(2024, 5, 2, 8, tzinfo=datetime.UTC),
    )

    await get_range_slot_capacity.asyncio_detailed(
        "r1", client=client, body=query, marketplace_ids=["A", "B"], next_page_token="tok"
    )

    params = _only_request(httpx_mock).url.params
    assert params.get_list("marketplaceIds") == ["A,B"]
    assert params["nextPageToken"] == "tok"


async def test_path_parameter_is_escaped_into_one_segment(
    httpx_mock: HTTPXMock, client: Client
) -> None:
    httpx_mock.add_response(json={})

    await get_service_job_by_service_job_id.asyncio_detailed("a/b c?#", client=client)

    url = _only_request(httpx_mock).url
    assert url.raw_path == b"/service/v1/serviceJobs/a%2Fb%20c%3F%23"
    assert url.query == b""
    assert url.fragment == ""


async def test_json_body_uses_camel_case_and_utc_z(httpx_mock: HTTPXMock, client: Client) -> None:
    httpx_mock.add_response(json={"appointmentId": "appt-1"})
    start = datetime.datetime(2024, 5, 1, 10, 30, tzinfo=PLUS_TWO)
    body = AddAppointmentRequest(
        appointment_time=AppointmentTimeInput(start_time=start, duration_in_minutes=60)
    )

    await add_appointment_for_service_job_by_service_job_id.asyncio_detailed(
        "job-1", client=client, body=body
    )

    request = _only_request(httpx_mock)
    assert request.headers["Content-Type"] == "application/json"
    assert json.loads(request.content) == {
        "appointmentTime": {"startTime": "2024-05-01T08:30:00Z", "durationInMinutes": 60}
    }


async def test_nested_body_keys_are_camel_case(httpx_mock: HTTPXMock, client: Client) -> None:
    httpx_mock.add_response(json={})
    availability = AvailabilityRecord(
        start_time=datetime.datetime(2024, 5, 1, 9, tzinfo=datetime.UTC),
        end_time=datetime.datetime(2024, 5, 1, 10, 0, 0, 250_000, tzinfo=datetime.UTC),
        capacity=1,
    )
    body = CreateReservationRequest(
        resource_id="res-1",
        reservation=Reservation(type_=ReservationType.BREAK, availability=availability),
    )

    await create_reservation.asyncio_detailed(client=client, body=body, marketplace_ids=["A"])

    sent = json.loads(_only_request(httpx_mock).content)
    assert sent == {
        "resourceId": "res-1",
        "reservation": {
            "type": "BREAK",
            "availability": {
                "startTime": "2024-05-01T09:00:00Z",
                "endTime": "2024-05-01T10:00:00.250Z",
                "capacity": 1,
            },
        },
    }


@pytest.mark.parametrize(
    ("given", "sent"),
    [
        (datetime.datetime(2024, 1, 31, 1, 0, tzinfo=PLUS_TWO), "2024-01-30T23:00:00Z"),
        (
            datetime.datetime(2024, 1, 31, 1, 0, 0, 123_000, tzinfo=PLUS_TWO),
            "2024-01-30T23:00:00.123Z",
        ),
        (datetime.datetime(2024, 1, 31, 1, 0, tzinfo=datetime.UTC), "2024-01-31T01:00:00Z"),
    ],
    ids=["offset-to-utc", "milliseconds-kept", "utc"],
)
async def test_query_datetime_goes_out_as_utc_z(
    httpx_mock: HTTPXMock, client: Client, given: datetime.datetime, sent: str
) -> None:
    httpx_mock.add_response(json={})

    await get_service_jobs.asyncio_detailed(
        client=client, marketplace_ids=["A"], created_after=given
    )

    assert _only_request(httpx_mock).url.params["createdAfter"] == sent


def test_naive_datetime_in_a_model_is_refused() -> None:
    naive = AppointmentTimeInput(start_time=datetime.datetime(2024, 5, 1, 10, 30))

    with pytest.raises(ValueError, match="naive datetime"):
        naive.to_dict()


async def test_naive_datetime_parameter_sends_nothing(
    httpx_mock: HTTPXMock, client: Client
) -> None:
    with pytest.raises(ValueError, match="naive datetime"):
        await get_service_jobs.asyncio_detailed(
            client=client, marketplace_ids=["A"], created_after=datetime.datetime(2024, 1, 1)
        )

    assert httpx_mock.get_requests() == []

"""Input refused before sending, through ServicesClient: every argument of a call is checked
before its first request (close_appointment's uploads included), with the field named as the
caller spelled it; and the inputs the checks accept are sent as given."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from _lwa import NA, US, api_requests
from pytest_httpx import HTTPXMock

from spapi_services import LwaCredentials, ServicesClient, ValidationError

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

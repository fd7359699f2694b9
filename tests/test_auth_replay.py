"""How the transport answers a 401/403: one refresh and replay, and no more than it can help."""

from __future__ import annotations

import re

import httpx
import pytest
from _lwa import NA, TOKEN_URL, US, api_requests, token_requests
from pytest_httpx import HTTPXMock

from spapi_services import ForbiddenError, LwaCredentials, ServicesClient

JOB_URL = re.compile(rf"{NA}/service/v1/serviceJobs/[^/?]+$")
DENIED = {"errors": [{"code": "Unauthorized", "message": "Access to requested resource denied"}]}


async def test_a_refusal_that_a_fresh_token_does_not_cure_is_not_retried_again(
    credentials: LwaCredentials, lwa: HTTPXMock
) -> None:
    """A seller without the role gets 403 for every token: after one refresh proves that, later
    calls fail at once instead of each costing an LWA request and a replay."""
    lwa.add_response(url=JOB_URL, status_code=403, json=DENIED, is_reusable=True)
    async with ServicesClient(credentials, marketplace_id=US, pacing=False) as client:
        for _ in range(5):
            with pytest.raises(ForbiddenError):
                await client.get_service_job("job-1")
    assert token_requests(lwa) == 2  # the first token, and the one refresh
    assert len(api_requests(lwa)) == 6  # the first call replayed once, the others not


async def test_a_token_that_expires_later_is_refreshed_again(
    credentials: LwaCredentials, httpx_mock: HTTPXMock
) -> None:
    """A token refused twice is remembered only until it works again."""
    tokens = iter(["Atza|one", "Atza|two", "Atza|three"])

    def issue(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"access_token": next(tokens), "expires_in": 3600})

    httpx_mock.add_callback(issue, url=TOKEN_URL, is_reusable=True)
    outcomes = iter([403, 403, 200, 403, 200])
    sent: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request.headers["x-amz-access-token"])
        status = next(outcomes)
        return httpx.Response(status, json=DENIED if status == 403 else {"payload": {}})

    httpx_mock.add_callback(answer, url=JOB_URL, is_reusable=True)
    async with ServicesClient(credentials, marketplace_id=US, pacing=False) as client:
        with pytest.raises(ForbiddenError):  # one: refused, refreshed to two, refused again
            await client.get_service_job("job-1")
        await client.get_service_job("job-1")  # two works now
        await client.get_service_job("job-1")  # two refused (expired), refreshed to three
    assert sent == ["Atza|one", "Atza|two", "Atza|two", "Atza|two", "Atza|three"]

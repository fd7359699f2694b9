"""Fixtures shared by the client tests: credentials, a mocked LWA endpoint and a client."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from _lwa import ACCESS_TOKEN, CLIENT_SECRET, REFRESH_TOKEN, TOKEN_URL, US
from pytest_httpx import HTTPXMock

from spapi_services import LwaCredentials, RetryPolicy, ServicesClient


@pytest.fixture
def credentials() -> LwaCredentials:
    return LwaCredentials(
        client_id="amzn1.application-oa2-client.test",
        client_secret=CLIENT_SECRET,
        refresh_token=REFRESH_TOKEN,
    )


@pytest.fixture
def lwa(httpx_mock: HTTPXMock) -> HTTPXMock:
    """LWA answers every token request with ACCESS_TOKEN (the test need not use it)."""
    httpx_mock.add_response(
        method="POST",
        url=TOKEN_URL,
        json={"access_token": ACCESS_TOKEN, "token_type": "bearer", "expires_in": 3600},
        is_reusable=True,
        is_optional=True,
    )
    return httpx_mock


@pytest.fixture
async def client(credentials: LwaCredentials, lwa: HTTPXMock) -> AsyncIterator[ServicesClient]:
    """A client on the NA host with no waiting between retries and pacing off."""
    async with ServicesClient(
        credentials,
        marketplace_id=US,
        retry=RetryPolicy(max_attempts=3, base_backoff=0.0),
        pacing=False,
    ) as c:
        yield c

"""Constants and helpers of the client tests (a mocked LWA, recognisable secrets)."""

from __future__ import annotations

from pytest_httpx import HTTPXMock

US = "ATVPDKIKX0DER"
NA = "https://sellingpartnerapi-na.amazon.com"
TOKEN_URL = "https://api.amazon.com/auth/o2/token"
ACCESS_TOKEN = "Atza|access-token-SECRET-123"
REFRESH_TOKEN = "Atzr|refresh-token-SECRET-456"
CLIENT_SECRET = "client-secret-SECRET-789"
SECRETS = (ACCESS_TOKEN, REFRESH_TOKEN, CLIENT_SECRET)


def token_requests(httpx_mock: HTTPXMock) -> int:
    return sum(1 for r in httpx_mock.get_requests() if str(r.url) == TOKEN_URL)


def api_requests(httpx_mock: HTTPXMock) -> list:  # type: ignore[type-arg]
    return [r for r in httpx_mock.get_requests() if str(r.url) != TOKEN_URL]

"""Login with Amazon token sources, on asyncio and trio.

pytest-asyncio runs in auto mode, and auto mode claims every ``async def`` test, including ones
marked ``@pytest.mark.anyio``: their trio parameter would silently run on asyncio. So these tests
are sync functions that drive an async body with ``anyio.run`` on the backend under test
(``test_body_runs_on_the_requested_backend`` guards that).
"""

from __future__ import annotations

import logging
import random
from collections.abc import Awaitable, Callable
from dataclasses import FrozenInstanceError
from typing import Any
from urllib.parse import parse_qs

import anyio
import httpx
import pytest
import sniffio

from spapi_services.auth import (
    DEFAULT_TOKEN_URL,
    CallableTokenSource,
    LwaCredentials,
    LwaTokenSource,
    TokenSource,
    token_source_for,
)
from spapi_services.errors import AuthenticationError, ValidationError

CLIENT_ID = "amzn1.application-oa2-client.example"
CLIENT_SECRET = "amzn1.oa2-cs.v1.SECRETsecretSECRET"
REFRESH_TOKEN = "Atzr|REFRESHrefreshREFRESH"
ACCESS_TOKEN = "Atza|ACCESSaccessACCESS-1"
ACCESS_TOKEN_2 = "Atza|ACCESSaccessACCESS-2"
SECRETS = (CLIENT_SECRET, REFRESH_TOKEN, ACCESS_TOKEN, ACCESS_TOKEN_2)
CREDS = LwaCredentials(CLIENT_ID, CLIENT_SECRET, REFRESH_TOKEN)

Body = Callable[[], Awaitable[Any]]


@pytest.fixture(params=["asyncio", "trio"])
def anyio_backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def run(anyio_backend: str) -> Callable[[Body], Any]:
    """Runs an async body to completion on the backend under test."""
    return lambda body: anyio.run(body, backend=anyio_backend)


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class RecordedSleep:
    """Stands in for anyio.sleep between retries: records the delay, does not wait."""

    def __init__(self) -> None:
        self.delays: list[float] = []

    async def __call__(self, delay: float) -> None:
        self.delays.append(delay)
        await anyio.lowlevel.checkpoint()


def token_body(token: str = ACCESS_TOKEN, expires_in: object = 3600) -> dict[str, Any]:
    return {
        "access_token": token,
        "refresh_token": REFRESH_TOKEN,
        "token_type": "bearer",
        "expires_in": expires_in,
    }


def make_source(client: httpx.AsyncClient, **kwargs: Any) -> LwaTokenSource:
    kwargs.setdefault("sleep", RecordedSleep())
    return LwaTokenSource(CREDS, http_client=client, **kwargs)


def assert_no_secret(text: str) -> None:
    for secret in SECRETS:
        assert secret not in text


def test_body_runs_on_the_requested_backend(run: Callable[[Body], Any], anyio_backend: str) -> None:
    async def body() -> str:
        return sniffio.current_async_library()

    assert run(body) == anyio_backend


# --- the request -----------------------------------------------------------------------------


def test_request_is_a_form_encoded_refresh_token_grant(run, httpx_mock) -> None:
    httpx_mock.add_response(json=token_body())

    async def body() -> str:
        # A client that carries an SP-API token by default must not leak it to LWA.
        async with httpx.AsyncClient(headers={"x-amz-access-token": "leak"}) as client:
            return await make_source(client).get_token()

    assert run(body) == ACCESS_TOKEN
    [request] = httpx_mock.get_requests()
    assert request.method == "POST"
    assert str(request.url) == DEFAULT_TOKEN_URL
    assert request.headers["content-type"] == "application/x-www-form-urlencoded"
    assert "x-amz-access-token" not in request.headers
    assert parse_qs(request.content.decode()) == {
        "grant_type": ["refresh_token"],
        "refresh_token": [REFRESH_TOKEN],
        "client_id": [CLIENT_ID],
        "client_secret": [CLIENT_SECRET],
    }


def test_custom_token_url_is_used(run, httpx_mock) -> None:
    url = "http://127.0.0.1:8080/auth/o2/token"
    httpx_mock.add_response(url=url, json=token_body())
    creds = LwaCredentials(CLIENT_ID, CLIENT_SECRET, REFRESH_TOKEN, token_url=url)

    async def body() -> str:
        async with httpx.AsyncClient() as client:
            return await LwaTokenSource(creds, http_client=client).get_token()

    assert run(body) == ACCESS_TOKEN
    assert str(httpx_mock.get_requests()[0].url) == url


# --- caching and refresh ---------------------------------------------------------------------


def test_second_call_uses_the_cached_token(run, httpx_mock) -> None:
    httpx_mock.add_response(json=token_body())

    async def body() -> tuple[str, str, int]:
        async with httpx.AsyncClient() as client:
            source = make_source(client)
            return await source.get_token(), await source.get_token(), source.token_requests

    assert run(body) == (ACCESS_TOKEN, ACCESS_TOKEN, 1)
    assert len(httpx_mock.get_requests()) == 1


@pytest.mark.parametrize(
    ("expires_in", "margin", "refresh_after"),
    [
        (3600, 60.0, 3540.0),  # expires_in - margin
        ("1200", 60.0, 1140.0),  # numeric string tolerated
        (100, 60.0, 50.0),  # shorter than twice the margin: half the lifetime
        (3600, 0.0, 3600.0),
        (None, 60.0, 3540.0),  # missing: 3600 assumed
        ("soon", 60.0, 3540.0),  # garbled: 3600 assumed
        (-5, 60.0, 3540.0),  # not positive: 3600 assumed
    ],
)
def test_token_is_refreshed_ahead_of_expiry(
    run, httpx_mock, expires_in: object, margin: float, refresh_after: float
) -> None:
    first = token_body(expires_in=expires_in)
    if expires_in is None:
        del first["expires_in"]
    httpx_mock.add_response(json=first)
    httpx_mock.add_response(json=token_body(ACCESS_TOKEN_2))
    clock = FakeClock()
    start = clock.now

    async def body() -> list[tuple[str, int]]:
        seen = []
        async with httpx.AsyncClient() as client:
            source = make_source(client, clock=clock, refresh_margin=margin)
            for now in (start, start + refresh_after - 0.01, start + refresh_after):
                clock.now = now
                seen.append((await source.get_token(), source.token_requests))
        return seen

    assert run(body) == [(ACCESS_TOKEN, 1), (ACCESS_TOKEN, 1), (ACCESS_TOKEN_2, 2)]


# --- single flight ---------------------------------------------------------------------------


def test_a_thousand_concurrent_callers_share_one_request(run, httpx_mock) -> None:
    async def body() -> tuple[set[str], int, int]:
        release = anyio.Event()

        async def answer(request: httpx.Request) -> httpx.Response:
            await release.wait()
            return httpx.Response(200, json=token_body())

        httpx_mock.add_callback(answer)
        results: list[str] = []
        async with httpx.AsyncClient() as client:
            source = make_source(client)

            async def call() -> None:
                results.append(await source.get_token())

            async with anyio.create_task_group() as tg:
                for _ in range(1000):
                    tg.start_soon(call)
                await anyio.wait_all_tasks_blocked()  # all 1000 are waiting on the token
                release.set()
        return set(results), len(results), source.token_requests

    assert run(body) == ({ACCESS_TOKEN}, 1000, 1)
    assert len(httpx_mock.get_requests()) == 1


def test_concurrent_callers_share_the_refusal(run, httpx_mock) -> None:
    async def body() -> list[BaseException]:
        release = anyio.Event()

        async def refuse(request: httpx.Request) -> httpx.Response:
            await release.wait()
            return httpx.Response(400, json={"error": "invalid_grant", "error_description": "x"})

        httpx_mock.add_callback(refuse)
        errors: list[BaseException] = []
        async with httpx.AsyncClient() as client:
            source = make_source(client)

            async def call() -> None:
                try:
                    await source.get_token()
                except AuthenticationError as exc:
                    errors.append(exc)

            async with anyio.create_task_group() as tg:
                for _ in range(100):
                    tg.start_soon(call)
                await anyio.wait_all_tasks_blocked()
                release.set()
        return errors

    errors = run(body)
    assert len(errors) == 100
    assert all(getattr(e, "error", None) == "invalid_grant" for e in errors)
    assert len(httpx_mock.get_requests()) == 1


def test_a_cancelled_request_hands_over_to_a_waiting_caller(run, httpx_mock) -> None:
    async def body() -> tuple[str, int]:
        async def hang(request: httpx.Request) -> httpx.Response:
            await anyio.sleep_forever()
            raise AssertionError("unreachable")

        httpx_mock.add_callback(hang)
        httpx_mock.add_response(json=token_body())
        got: list[str] = []
        async with httpx.AsyncClient() as client:
            source = make_source(client)

            async def leader(scope: anyio.CancelScope) -> None:
                with scope:
                    await source.get_token()

            async def waiter() -> None:
                got.append(await source.get_token())

            scope = anyio.CancelScope()
            async with anyio.create_task_group() as tg:
                tg.start_soon(leader, scope)
                await anyio.wait_all_tasks_blocked()
                tg.start_soon(waiter)
                await anyio.wait_all_tasks_blocked()
                scope.cancel()
        return got[0], source.token_requests

    assert run(body) == (ACCESS_TOKEN, 2)


# --- invalidate ------------------------------------------------------------------------------


def test_invalidating_the_current_token_forces_one_refresh(run, httpx_mock) -> None:
    httpx_mock.add_response(json=token_body())
    httpx_mock.add_response(json=token_body(ACCESS_TOKEN_2))

    async def body() -> tuple[str, int]:
        async with httpx.AsyncClient() as client:
            source = make_source(client)
            rejected = await source.get_token()
            async with anyio.create_task_group() as tg:  # ten calls got a 401 with it
                for _ in range(10):
                    tg.start_soon(source.invalidate, rejected)
            tokens = {await source.get_token() for _ in range(5)}
            [token] = tokens
            return token, source.token_requests

    assert run(body) == (ACCESS_TOKEN_2, 2)


def test_invalidating_a_stale_token_keeps_the_current_one(run, httpx_mock) -> None:
    httpx_mock.add_response(json=token_body())
    httpx_mock.add_response(json=token_body(ACCESS_TOKEN_2))

    async def body() -> tuple[str, int]:
        async with httpx.AsyncClient() as client:
            source = make_source(client)
            old = await source.get_token()
            await source.invalidate(old)
            assert await source.get_token() == ACCESS_TOKEN_2
            await source.invalidate(old)  # a late 401 for the replaced token
            await source.invalidate("never-issued")
            return await source.get_token(), source.token_requests

    assert run(body) == (ACCESS_TOKEN_2, 2)


# --- LWA refusals (never retried) ------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "error", "description"),
    [
        (400, "invalid_grant", "The request has an invalid grant parameter : refresh_token"),
        (401, "invalid_client", "Client authentication failed"),
        (400, "unauthorized_client", "Not authorized for requested operation"),
    ],
)
def test_lwa_refusal_raises_without_retrying(
    run, httpx_mock, status: int, error: str, description: str
) -> None:
    httpx_mock.add_response(
        status_code=status, json={"error": error, "error_description": description}
    )
    sleep = RecordedSleep()

    async def body() -> None:
        async with httpx.AsyncClient() as client:
            await make_source(client, sleep=sleep).get_token()

    with pytest.raises(AuthenticationError) as info:
        run(body)
    assert info.value.error == error
    assert info.value.description == description
    assert error in str(info.value) and description in str(info.value)
    assert str(status) in str(info.value)
    assert len(httpx_mock.get_requests()) == 1
    assert sleep.delays == []


def test_refusal_without_json_names_the_status(run, httpx_mock) -> None:
    httpx_mock.add_response(status_code=403, text="<html>Forbidden</html>")

    async def body() -> None:
        async with httpx.AsyncClient() as client:
            await make_source(client).get_token()

    with pytest.raises(AuthenticationError, match="HTTP 403") as info:
        run(body)
    assert info.value.error is None
    assert len(httpx_mock.get_requests()) == 1


@pytest.mark.parametrize(
    ("kwargs", "problem"),
    [
        ({"text": "<html>ok</html>"}, "not JSON"),
        ({"json": {"token_type": "bearer", "expires_in": 3600}}, "without access_token"),
        ({"json": {"access_token": "", "expires_in": 3600}}, "without access_token"),
        ({"json": ["not", "an", "object"]}, "not JSON"),
    ],
)
def test_success_without_a_token_raises(run, httpx_mock, kwargs: dict, problem: str) -> None:
    httpx_mock.add_response(status_code=200, **kwargs)

    async def body() -> None:
        async with httpx.AsyncClient() as client:
            await make_source(client).get_token()

    with pytest.raises(AuthenticationError, match=problem):
        run(body)
    assert len(httpx_mock.get_requests()) == 1


# --- retries ---------------------------------------------------------------------------------


def test_server_errors_and_throttling_are_retried_then_succeed(run, httpx_mock) -> None:
    httpx_mock.add_response(status_code=500)
    httpx_mock.add_exception(httpx.ConnectError("connection refused"))
    httpx_mock.add_response(status_code=429)
    httpx_mock.add_response(json=token_body())
    sleep = RecordedSleep()

    async def body() -> tuple[str, int]:
        async with httpx.AsyncClient() as client:
            source = make_source(client, sleep=sleep)
            return await source.get_token(), source.token_requests

    assert run(body) == (ACCESS_TOKEN, 4)
    assert len(sleep.delays) == 3
    for n, delay in enumerate(sleep.delays):  # full jitter within the exponential ceiling
        assert 0.0 <= delay <= 0.25 * 2**n


def test_backoff_doubles_up_to_the_cap(run, httpx_mock, monkeypatch) -> None:
    monkeypatch.setattr(random, "uniform", lambda low, high: high)  # jitter at its ceiling
    for _ in range(8):
        httpx_mock.add_response(status_code=503)
    sleep = RecordedSleep()

    async def body() -> None:
        async with httpx.AsyncClient() as client:
            await make_source(client, sleep=sleep, max_attempts=8).get_token()

    with pytest.raises(AuthenticationError):
        run(body)
    assert sleep.delays == [0.25, 0.5, 1.0, 2.0, 4.0, 4.0, 4.0]


@pytest.mark.parametrize(
    ("failure", "named"),
    [
        (503, "HTTP 503"),
        (httpx.ConnectTimeout("timed out"), "ConnectTimeout"),
        (httpx.ReadError(""), "ReadError"),
    ],
)
def test_retries_exhausted_raise_with_the_last_failure(
    run, httpx_mock, failure: int | Exception, named: str
) -> None:
    for _ in range(3):
        if isinstance(failure, int):
            httpx_mock.add_response(status_code=failure)
        else:
            httpx_mock.add_exception(failure)

    async def body() -> None:
        async with httpx.AsyncClient() as client:
            await make_source(client, max_attempts=3).get_token()

    with pytest.raises(AuthenticationError, match="could not reach LWA") as info:
        run(body)
    assert named in str(info.value)
    assert "3 attempt" in str(info.value)
    assert len(httpx_mock.get_requests()) == 3


# --- callable providers and token_source_for -------------------------------------------------


def test_sync_and_async_providers_are_called_each_time(run) -> None:
    calls: list[str] = []

    def sync_provider() -> str:
        calls.append("sync")
        return ACCESS_TOKEN

    async def async_provider() -> str:
        await anyio.lowlevel.checkpoint()
        calls.append("async")
        return ACCESS_TOKEN_2

    async def body() -> list[str]:
        out = []
        for provider in (sync_provider, async_provider):
            source = CallableTokenSource(provider)
            out.append(await source.get_token())
            await source.invalidate(out[-1])
            out.append(await source.get_token())
        return out

    assert run(body) == [ACCESS_TOKEN, ACCESS_TOKEN, ACCESS_TOKEN_2, ACCESS_TOKEN_2]
    assert calls == ["sync", "sync", "async", "async"]


@pytest.mark.parametrize("returned", [None, "", "   ", 42])
def test_provider_returning_no_token_raises(run, returned: object) -> None:
    async def body() -> None:
        await CallableTokenSource(lambda: returned).get_token()  # type: ignore[arg-type, return-value]

    with pytest.raises(AuthenticationError, match="token provider returned"):
        run(body)


def test_provider_must_be_callable() -> None:
    with pytest.raises(ValidationError) as info:
        CallableTokenSource("token")  # type: ignore[arg-type]
    assert info.value.field == "provider"


def test_token_source_for_picks_the_right_source() -> None:
    client = httpx.AsyncClient()
    lwa = token_source_for(CREDS, http_client=client)
    assert isinstance(lwa, LwaTokenSource)
    assert token_source_for(lwa, http_client=client) is lwa
    custom = CallableTokenSource(lambda: ACCESS_TOKEN)
    assert token_source_for(custom, http_client=client) is custom
    wrapped = token_source_for(lambda: ACCESS_TOKEN, http_client=client)
    assert isinstance(wrapped, CallableTokenSource)
    assert isinstance(wrapped, TokenSource)
    with pytest.raises(ValidationError) as info:
        token_source_for(ACCESS_TOKEN, http_client=client)  # type: ignore[arg-type]
    assert info.value.field == "credentials"


# --- input validation ------------------------------------------------------------------------


@pytest.mark.parametrize("field", ["client_id", "client_secret", "refresh_token", "token_url"])
@pytest.mark.parametrize("bad", ["", "   ", " padded ", None])
def test_credentials_reject_empty_or_blank_values(field: str, bad: object) -> None:
    values: dict[str, Any] = {
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
        "refresh_token": REFRESH_TOKEN,
        "token_url": DEFAULT_TOKEN_URL,
    }
    values[field] = bad
    with pytest.raises(ValidationError) as info:
        LwaCredentials(**values)
    assert info.value.field == field


@pytest.mark.parametrize("url", ["/auth/o2/token", "ftp://api.amazon.com/token", "api.amazon.com"])
def test_credentials_reject_a_token_url_that_is_not_absolute_http(url: str) -> None:
    with pytest.raises(ValidationError) as info:
        LwaCredentials(CLIENT_ID, CLIENT_SECRET, REFRESH_TOKEN, token_url=url)
    assert info.value.field == "token_url"


def test_credentials_are_immutable() -> None:
    with pytest.raises(FrozenInstanceError):
        CREDS.refresh_token = "other"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"max_attempts": 0}, "max_attempts"),
        ({"max_attempts": 2.5}, "max_attempts"),
        ({"refresh_margin": -1}, "refresh_margin"),
        ({"refresh_margin": float("nan")}, "refresh_margin"),
    ],
)
def test_token_source_rejects_bad_settings(kwargs: dict, field: str) -> None:
    with pytest.raises(ValidationError) as info:
        LwaTokenSource(CREDS, http_client=httpx.AsyncClient(), **kwargs)
    assert info.value.field == field


# --- secrets ---------------------------------------------------------------------------------


def test_reprs_show_the_client_id_but_no_secret() -> None:
    source = LwaTokenSource(CREDS, http_client=httpx.AsyncClient())
    for text in (repr(CREDS), str(CREDS), repr(source), str(source)):
        assert CLIENT_ID in text
        assert_no_secret(text)
    assert DEFAULT_TOKEN_URL in repr(CREDS)


def test_no_secret_in_logs_or_errors(run, httpx_mock, caplog) -> None:
    caplog.set_level(logging.DEBUG)
    httpx_mock.add_response(status_code=500, text=f"oops {CLIENT_SECRET}")
    httpx_mock.add_exception(httpx.ConnectError(f"refused {REFRESH_TOKEN}"))
    httpx_mock.add_response(json=token_body())
    # LWA echoing secrets back in its description must not leak them into the error.
    echo = f"bad grant {REFRESH_TOKEN} for {CLIENT_SECRET} / {ACCESS_TOKEN}"
    httpx_mock.add_response(
        status_code=400, json={"error": "invalid_grant", "error_description": echo}
    )

    async def body() -> AuthenticationError:
        async with httpx.AsyncClient() as client:
            source = make_source(client)
            token = await source.get_token()
            await source.invalidate(token)
            try:
                await source.get_token()
            except AuthenticationError as exc:
                return exc
        raise AssertionError("the second refresh should have been refused")

    error = run(body)
    assert error.error == "invalid_grant"
    assert error.description is not None and "bad grant" in error.description
    for text in (str(error), repr(error), error.description, *error.args):
        assert_no_secret(str(text))
    refreshes = [
        r for r in caplog.records if r.name == "spapi_services.auth" and "refreshed" in r.message
    ]
    assert len(refreshes) == 1 and refreshes[0].levelno == logging.DEBUG
    assert "3600" in refreshes[0].getMessage()
    assert any("retry" in r.getMessage() for r in caplog.records)  # retries were logged
    assert_no_secret(caplog.text)
    for record in caplog.records:
        assert_no_secret(record.getMessage())

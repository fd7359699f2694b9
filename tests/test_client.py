"""ServicesClient through its public API, with the wire mocked by pytest-httpx."""

from __future__ import annotations

import logging
import re
from datetime import UTC, datetime, timedelta, timezone

import httpx
import pytest
from _lwa import ACCESS_TOKEN, NA, SECRETS, TOKEN_URL, US, api_requests, token_requests
from pytest_httpx import HTTPXMock
from spapi_services_generated.api.service import get_service_job_by_service_job_id

from spapi_services import (
    ApiError,
    BadRequestError,
    ForbiddenError,
    LwaCredentials,
    NotFoundError,
    PaginationError,
    PayloadTooLargeError,
    RateLimitError,
    RetryPolicy,
    ServerError,
    ServicesClient,
    TransportError,
    UnprocessableEntityError,
    UnsupportedMediaTypeError,
    ValidationError,
)

JOB_URL = re.compile(rf"{NA}/service/v1/serviceJobs/[^/?]+$")
JOBS_URL = re.compile(rf"{NA}/service/v1/serviceJobs\?.*")
JOB = {"serviceJobId": "job-1", "serviceJobStatus": "NOT_SERVICED", "serviceType": "heavybulky"}
ERR = {"errors": [{"code": "InvalidInput", "message": "Bad value", "details": "pageSize"}]}


def future(hours: int = 48) -> datetime:
    return datetime.now(UTC) + timedelta(hours=hours)


async def test_get_service_job_sends_token_and_user_agent(
    client: ServicesClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(url=JOB_URL, json={"payload": JOB}, headers={"x-amzn-RequestId": "r1"})
    job = await client.get_service_job("job-1")
    assert job.service_job_id == "job-1"
    assert job.service_type == "heavybulky"
    (request,) = api_requests(httpx_mock)
    assert request.headers["x-amz-access-token"] == ACCESS_TOKEN
    assert request.headers["user-agent"].startswith("spapi-services/")
    assert request.url.path == "/service/v1/serviceJobs/job-1"


async def test_one_token_request_for_many_concurrent_calls(
    client: ServicesClient, httpx_mock: HTTPXMock
) -> None:
    import anyio

    httpx_mock.add_response(url=JOB_URL, json={"payload": JOB}, is_reusable=True)
    async with anyio.create_task_group() as tg:
        for _ in range(200):
            tg.start_soon(client.get_service_job, "job-1")
    assert token_requests(httpx_mock) == 1
    assert len(api_requests(httpx_mock)) == 200


async def test_low_level_calls_get_the_same_auth(
    client: ServicesClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(url=JOB_URL, json={"payload": JOB})
    response = await get_service_job_by_service_job_id.asyncio_detailed(
        "job-1", client=client.low_level
    )
    assert response.status_code == 200
    assert api_requests(httpx_mock)[0].headers["x-amz-access-token"] == ACCESS_TOKEN


async def test_429_is_retried_then_succeeds(client: ServicesClient, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=JOB_URL, status_code=429, json={"errors": []})
    httpx_mock.add_response(url=JOB_URL, json={"payload": JOB})
    assert (await client.get_service_job("job-1")).service_job_id == "job-1"
    assert len(api_requests(httpx_mock)) == 2


async def test_429_on_a_creating_post_is_retried(
    client: ServicesClient, httpx_mock: HTTPXMock
) -> None:
    url = f"{NA}/service/v1/serviceJobs/job-1/appointments"
    httpx_mock.add_response(url=url, status_code=429, json={"errors": []})
    httpx_mock.add_response(url=url, json={"appointmentId": "appt-2"})
    result = await client.add_appointment("job-1", start_time=future())
    assert result.appointment_id == "appt-2"
    assert len(api_requests(httpx_mock)) == 2


async def test_exhausted_429_raises_rate_limit_error_with_attempts(
    client: ServicesClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(
        url=JOB_URL,
        status_code=429,
        json={"errors": [{"code": "QuotaExceeded", "message": "slow down"}]},
        headers={"x-amzn-RequestId": "req-429", "x-amzn-RateLimit-Limit": "20.0"},
        is_reusable=True,
    )
    with pytest.raises(RateLimitError) as info:
        await client.get_service_job("job-1")
    error = info.value
    assert (error.status, error.attempts, error.request_id) == (429, 3, "req-429")
    assert error.rate_limit == 20.0
    assert error.operation == "getServiceJobByServiceJobId"
    assert error.codes == ["QuotaExceeded"]


async def test_503_retried_for_a_safe_read(client: ServicesClient, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=JOB_URL, status_code=503, text="<html>busy</html>")
    httpx_mock.add_response(url=JOB_URL, json={"payload": JOB})
    assert (await client.get_service_job("job-1")).service_job_id == "job-1"


async def test_503_not_retried_for_a_creating_post(
    client: ServicesClient, httpx_mock: HTTPXMock
) -> None:
    url = f"{NA}/service/v1/serviceJobs/job-1/appointments"
    httpx_mock.add_response(url=url, status_code=503, text="<html>Service Unavailable</html>")
    with pytest.raises(ServerError) as info:
        await client.add_appointment("job-1", start_time=future())
    assert info.value.attempts == 1
    assert "non-JSON body" in str(info.value)
    assert len(api_requests(httpx_mock)) == 1


async def test_read_timeout_never_replays_a_creating_post(
    client: ServicesClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_exception(httpx.ReadTimeout("read timed out"))
    with pytest.raises(TransportError) as info:
        await client.add_appointment("job-1", start_time=future())
    assert info.value.attempts == 1
    assert len(api_requests(httpx_mock)) == 1


async def test_read_timeout_is_retried_for_a_read(
    client: ServicesClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_exception(httpx.ReadTimeout("read timed out"), url=JOB_URL)
    httpx_mock.add_response(url=JOB_URL, json={"payload": JOB})
    assert (await client.get_service_job("job-1")).service_job_id == "job-1"


async def test_connect_error_is_retried_even_for_a_creating_post(
    client: ServicesClient, httpx_mock: HTTPXMock
) -> None:
    url = f"{NA}/service/v1/serviceJobs/job-1/appointments"
    httpx_mock.add_exception(httpx.ConnectError("refused"), url=url)
    httpx_mock.add_response(url=url, json={"appointmentId": "appt-2"})
    assert (await client.add_appointment("job-1", start_time=future())).appointment_id == "appt-2"


async def test_expired_token_refreshes_once_and_replays(
    credentials: LwaCredentials, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(url=TOKEN_URL, json={"access_token": "Atza|first", "expires_in": 3600})
    httpx_mock.add_response(url=TOKEN_URL, json={"access_token": "Atza|second", "expires_in": 3600})
    expired = {
        "errors": [{"code": "Unauthorized", "message": "Access denied", "details": "token expired"}]
    }
    sent: list[str] = []
    answers = iter([httpx.Response(403, json=expired), httpx.Response(200, json={"payload": JOB})])

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request.headers["x-amz-access-token"])  # as it was when sent
        return next(answers)

    httpx_mock.add_callback(answer, url=JOB_URL, is_reusable=True)
    async with ServicesClient(credentials, marketplace_id=US, pacing=False) as client:
        await client.get_service_job("job-1")
    assert sent == ["Atza|first", "Atza|second"]


async def test_a_second_auth_refusal_is_raised(
    client: ServicesClient, httpx_mock: HTTPXMock
) -> None:
    body = {
        "errors": [{"code": "Unauthorized", "message": "Access to requested resource is denied."}]
    }
    httpx_mock.add_response(url=JOB_URL, status_code=403, json=body, is_reusable=True)
    with pytest.raises(ForbiddenError):
        await client.get_service_job("job-1")
    assert len(api_requests(httpx_mock)) == 2


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestError),
        (404, NotFoundError),
        (413, PayloadTooLargeError),
        (415, UnsupportedMediaTypeError),
        (422, UnprocessableEntityError),
        (500, ServerError),
        (420, ApiError),
        (599, ServerError),
    ],
)
async def test_each_status_has_its_error_class(
    client: ServicesClient, httpx_mock: HTTPXMock, status: int, cls: type[ApiError]
) -> None:
    url = f"{NA}/service/v1/serviceJobs/job-1/completions"  # PUT: safe, so 5xx are retried
    httpx_mock.add_response(
        url=url, status_code=status, json=ERR, headers={"x-amzn-RequestId": "rid"}, is_reusable=True
    )
    with pytest.raises(cls) as info:
        await client.complete_service_job("job-1")
    error = info.value
    assert type(error) is cls
    assert error.status == status
    assert error.request_id == "rid"
    assert error.errors[0].code == "InvalidInput" and error.errors[0].details == "pageSize"
    assert "InvalidInput: Bad value" in str(error) and "rid" in str(error)


async def test_bare_error_array_of_fulfillment_data(
    client: ServicesClient, httpx_mock: HTTPXMock
) -> None:
    url = f"{NA}/service/v1/serviceJobs/job-1/appointments/appt-1/fulfillment"
    httpx_mock.add_response(
        url=url, status_code=422, json=[{"code": "InvalidInput", "message": "sha256 mismatch"}]
    )
    with pytest.raises(UnprocessableEntityError) as info:
        await client.set_appointment_fulfillment_data(
            "job-1", "appt-1", fulfillment_start=future(-2), fulfillment_end=future(-1)
        )
    assert info.value.codes == ["InvalidInput"]


async def test_success_with_errors_is_raised(client: ServicesClient, httpx_mock: HTTPXMock) -> None:
    url = f"{NA}/service/v1/serviceJobs/job-1/appointments"
    httpx_mock.add_response(url=url, json={"errors": [{"code": "X1", "message": "refused"}]})
    with pytest.raises(ApiError) as info:
        await client.add_appointment("job-1", start_time=future())
    assert info.value.status == 200 and info.value.codes == ["X1"]


async def test_reschedule_warnings_reach_the_caller(
    client: ServicesClient, httpx_mock: HTTPXMock, caplog: pytest.LogCaptureFixture
) -> None:
    url = f"{NA}/service/v1/serviceJobs/job-1/appointments/appt-1"
    warning = {"code": "RESOURCES_UNASSIGNED", "message": "Unassigned resources : A,B"}
    httpx_mock.add_response(url=url, json={"appointmentId": "appt-2", "warnings": [warning]})
    with caplog.at_level(logging.WARNING, logger="spapi_services"):
        result = await client.reschedule_appointment(
            "job-1", "appt-1", start_time=future(), reason_code="RS4"
        )
    assert result.appointment_id == "appt-2"
    assert [w.code for w in result.warnings] == ["RESOURCES_UNASSIGNED"]
    assert "RESOURCES_UNASSIGNED" in caplog.text
    body = api_requests(httpx_mock)[0].read()
    assert b'"rescheduleReasonCode":"RS4"' in body.replace(b" ", b"")


async def test_naive_datetime_is_refused_before_sending(
    client: ServicesClient, httpx_mock: HTTPXMock
) -> None:
    with pytest.raises(ValidationError) as info:
        await client.add_appointment("job-1", start_time=datetime(2030, 1, 1, 10, 0))
    assert info.value.field == "start_time"
    assert api_requests(httpx_mock) == []


async def test_times_go_out_as_utc_z(client: ServicesClient, httpx_mock: HTTPXMock) -> None:
    url = f"{NA}/service/v1/serviceJobs/job-1/appointments"
    httpx_mock.add_response(url=url, json={"appointmentId": "appt-2"})
    start = future(24 * 30).replace(microsecond=0).astimezone(timezone(timedelta(hours=2)))
    await client.add_appointment("job-1", start_time=start, duration_minutes=90)
    body = api_requests(httpx_mock)[0].read().replace(b" ", b"")
    sent = start.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    assert f'"startTime":"{sent}"'.encode() in body
    assert b'"durationInMinutes":90' in body


async def test_default_marketplace_fills_marketplace_ids(
    client: ServicesClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(url=JOBS_URL, json={"payload": {"jobs": [], "totalResultSize": 0}})
    await client.get_service_jobs(created_after=datetime(2024, 1, 1, tzinfo=UTC))
    assert api_requests(httpx_mock)[0].url.params["marketplaceIds"] == US


async def test_missing_marketplace_is_a_validation_error(
    credentials: LwaCredentials, httpx_mock: HTTPXMock
) -> None:
    async with ServicesClient(credentials, region="na") as client:
        with pytest.raises(ValidationError) as info:
            await client.cancel_reservation("reservation-1")
    assert info.value.field == "marketplace_id"
    assert httpx_mock.get_requests() == []


@pytest.mark.parametrize(
    ("kwargs", "base"),
    [
        ({"marketplace_id": "A1PA6795UKMFR9"}, "https://sellingpartnerapi-eu.amazon.com"),
        ({"marketplace_id": "A1VC38T7YXB528"}, "https://sellingpartnerapi-fe.amazon.com"),
        ({"region": "na", "sandbox": True}, "https://sandbox.sellingpartnerapi-na.amazon.com"),
        ({"region": "eu", "endpoint": "http://127.0.0.1:8080/"}, "http://127.0.0.1:8080"),
    ],
)
async def test_endpoint_resolution(
    credentials: LwaCredentials, kwargs: dict[str, object], base: str
) -> None:
    async with ServicesClient(credentials, **kwargs) as client:  # type: ignore[arg-type]
        assert client.base_url == base


async def test_unknown_region_is_refused(credentials: LwaCredentials) -> None:
    with pytest.raises(ValidationError, match="region"):
        ServicesClient(credentials, region="mars")


async def test_rate_limit_header_retunes_pacing(
    credentials: LwaCredentials, lwa: HTTPXMock
) -> None:
    lwa.add_response(url=JOB_URL, json={"payload": JOB}, headers={"x-amzn-RateLimit-Limit": "55.0"})
    async with ServicesClient(credentials, marketplace_id=US) as client:
        assert client.rate_limiter.rate("getServiceJobByServiceJobId") == 20.0
        await client.get_service_job("job-1")
        assert client.rate_limiter.rate("getServiceJobByServiceJobId") == 55.0


async def test_secrets_never_reach_logs_or_reprs(
    credentials: LwaCredentials, lwa: HTTPXMock, caplog: pytest.LogCaptureFixture
) -> None:
    lwa.add_response(url=JOB_URL, status_code=500, json=ERR, is_reusable=True)
    with caplog.at_level(logging.DEBUG):
        async with ServicesClient(
            credentials, marketplace_id=US, retry=RetryPolicy(max_attempts=2, base_backoff=0)
        ) as client:
            with pytest.raises(ServerError) as info:
                await client.get_service_job("job-1")
            text = " ".join([caplog.text, repr(client), repr(credentials), str(info.value)])
            text += repr(client.low_level) + repr(info.value)
    assert "attempt 1 failed" in caplog.text  # retries are logged at DEBUG
    for secret in SECRETS:
        assert secret not in text


# -- pagination ------------------------------------------------------------------------------


def _page(ids: list[str], token: str | None) -> dict[str, object]:
    payload: dict[str, object] = {"jobs": [{"serviceJobId": i} for i in ids], "totalResultSize": 5}
    if token is not None:
        payload["nextPageToken"] = token
    return {"payload": payload}


async def test_iter_service_jobs_follows_tokens(
    client: ServicesClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(url=JOBS_URL, json=_page(["a", "b"], "t1"))
    httpx_mock.add_response(url=JOBS_URL, json=_page(["c", "d"], "t2"))
    httpx_mock.add_response(url=JOBS_URL, json=_page(["e"], ""))
    after = datetime(2024, 1, 1, tzinfo=UTC)
    ids = [job.service_job_id async for job in client.iter_service_jobs(created_after=after)]
    assert ids == ["a", "b", "c", "d", "e"]
    tokens = [r.url.params.get("pageToken") for r in api_requests(httpx_mock)]
    assert tokens == [None, "t1", "t2"]


async def test_pages_carry_total_result_size(client: ServicesClient, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=JOBS_URL, json=_page(["a"], None))
    after = datetime(2024, 1, 1, tzinfo=UTC)
    pages = [p async for p in client.iter_service_job_pages(created_after=after)]
    assert [p.total_result_size for p in pages] == [5]


async def test_repeated_token_raises_instead_of_looping(
    client: ServicesClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(url=JOBS_URL, json=_page(["a"], "same"), is_reusable=True)
    after = datetime(2024, 1, 1, tzinfo=UTC)
    with pytest.raises(PaginationError, match="second time"):
        async for _ in client.iter_service_jobs(created_after=after):
            pass
    assert len(api_requests(httpx_mock)) == 2


async def test_max_items_stops_without_fetching_more(
    client: ServicesClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(url=JOBS_URL, json=_page(["a", "b"], "t1"))
    after = datetime(2024, 1, 1, tzinfo=UTC)
    ids = [
        j.service_job_id async for j in client.iter_service_jobs(created_after=after, max_items=2)
    ]
    assert ids == ["a", "b"]
    assert len(api_requests(httpx_mock)) == 1


async def test_breaking_early_leaves_no_request(
    client: ServicesClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(url=JOBS_URL, json=_page(["a", "b"], "t1"))
    after = datetime(2024, 1, 1, tzinfo=UTC)
    jobs = client.iter_service_jobs(created_after=after)
    async for _ in jobs:
        break
    await jobs.aclose()
    assert len(api_requests(httpx_mock)) == 1


async def test_capacity_pages_pass_the_token_as_query_parameter(
    client: ServicesClient, httpx_mock: HTTPXMock
) -> None:
    url = re.compile(rf"{NA}/service/v1/serviceResources/tech-1/capacity/range.*")
    slot = {"startDateTime": "2030-01-01T10:00:00Z", "endDateTime": "2030-01-01T11:00:00Z"}
    first = {"resourceId": "tech-1", "capacities": [{"capacityType": "AVAILABLE_CAPACITY"}]}
    first["nextPageToken"] = "n1"
    second = {
        "resourceId": "tech-1",
        "capacities": [{"capacityType": "RESERVED_CAPACITY", "slots": [slot]}],
    }
    httpx_mock.add_response(url=url, json=first)
    httpx_mock.add_response(url=url, json=second)
    start = datetime(2030, 1, 1, tzinfo=UTC)
    kinds = [
        c.capacity_type
        async for c in client.iter_range_slot_capacity(
            "tech-1", start_time=start, end_time=start + timedelta(days=7)
        )
    ]
    assert kinds == ["AVAILABLE_CAPACITY", "RESERVED_CAPACITY"]
    tokens = [r.url.params.get("nextPageToken") for r in api_requests(httpx_mock)]
    assert tokens == [None, "n1"]


# -- reason codes at the client -------------------------------------------------------------


async def test_invalid_cancellation_code_is_refused_before_sending(
    client: ServicesClient, httpx_mock: HTTPXMock
) -> None:
    from spapi_services import InvalidReasonCodeError

    with pytest.raises(InvalidReasonCodeError) as info:
        await client.cancel_service_job("job-1", reason_code="S99")
    assert info.value.marketplace_id == US and info.value.allowed_codes
    assert api_requests(httpx_mock) == []


async def test_job_service_type_picks_the_heavy_bulky_table(
    credentials: LwaCredentials, lwa: HTTPXMock
) -> None:
    from spapi_services_generated.models import ServiceJob

    from spapi_services import InvalidReasonCodeError, reason_codes

    de = "A1PA6795UKMFR9"  # in Germany the heavy-bulky table differs from the default one
    heavy_job = ServiceJob.from_dict({"serviceJobId": "job-1", "serviceType": "heavybulky"})
    plain_job = ServiceJob.from_dict({"serviceJobId": "job-1"})
    only_heavy = sorted(
        set(reason_codes.allowed_cancellation_codes(de, "heavybulky"))
        - set(reason_codes.allowed_cancellation_codes(de, "default"))
    )
    assert only_heavy
    code = only_heavy[0]
    eu = "https://sellingpartnerapi-eu.amazon.com"  # a German job is served by the EU host
    async with ServicesClient(credentials, region="eu", pacing=False) as client:
        with pytest.raises(InvalidReasonCodeError):
            await client.cancel_service_job(
                "job-1", reason_code=code, job=plain_job, marketplace_id=de
            )
        url = f"{eu}/service/v1/serviceJobs/job-1/cancellations?cancellationReasonCode={code}"
        lwa.add_response(url=url, json={})
        await client.cancel_service_job("job-1", reason_code=code, job=heavy_job, marketplace_id=de)
    assert [r.url.params["cancellationReasonCode"] for r in api_requests(lwa)] == [code]


async def test_sandbox_client_does_not_block_on_the_tables(
    credentials: LwaCredentials, lwa: HTTPXMock
) -> None:
    url = "https://sandbox.sellingpartnerapi-na.amazon.com/service/v1/serviceJobs/j/cancellations"
    lwa.add_response(url=f"{url}?cancellationReasonCode=V1", json={})
    async with ServicesClient(credentials, marketplace_id=US, sandbox=True) as client:
        await client.cancel_service_job("j", reason_code="V1")


# -- trio ----------------------------------------------------------------------------------


@pytest.mark.parametrize("backend", ["asyncio", "trio"])
def test_a_call_runs_under_each_backend(
    backend: str, credentials: LwaCredentials, lwa: HTTPXMock
) -> None:
    import anyio

    lwa.add_response(url=JOB_URL, status_code=503, json=ERR)
    lwa.add_response(url=JOB_URL, json={"payload": JOB})

    async def main() -> str:
        async with ServicesClient(
            credentials, marketplace_id=US, retry=RetryPolicy(base_backoff=0.001)
        ) as client:
            job = await client.get_service_job("job-1")
        if backend == "trio":
            import sniffio

            assert sniffio.current_async_library() == "trio"
        return str(job.service_job_id)

    assert anyio.run(main, backend=backend) == "job-1"


async def test_fulfillment_in_the_future_is_refused_before_sending(
    client: ServicesClient, httpx_mock: HTTPXMock
) -> None:
    with pytest.raises(ValidationError) as info:
        await client.set_appointment_fulfillment_data(
            "job-1", "appt-1", fulfillment_start=future(-1), fulfillment_end=future(1)
        )
    assert info.value.field == "fulfillment_end"
    with pytest.raises(ValidationError) as info:
        await client.set_appointment_fulfillment_data(
            "job-1", "appt-1", fulfillment_start=future(-1), fulfillment_end=future(-2)
        )
    assert info.value.field == "fulfillment_end" and "not after" in info.value.problem
    assert api_requests(httpx_mock) == []


async def test_a_users_http_client_is_wrapped_and_left_open(
    credentials: LwaCredentials, lwa: HTTPXMock
) -> None:
    lwa.add_response(url=JOB_URL, json={"payload": JOB})
    async with httpx.AsyncClient(headers={"x-proxy-tenant": "acme"}) as own:
        async with ServicesClient(
            credentials, marketplace_id=US, http_client=own, pacing=False
        ) as client:
            await client.get_service_job("job-1")
        assert not own.is_closed  # closing it stays the user's job
    (request,) = api_requests(lwa)
    assert request.headers["x-proxy-tenant"] == "acme"
    assert request.headers["x-amz-access-token"] == ACCESS_TOKEN


async def test_a_users_mounted_transport_gets_auth_and_carries_lwa(
    credentials: LwaCredentials,
) -> None:
    """httpx sends through a mount (how proxies are set up) instead of the client's transport:
    API calls through it must still be authenticated, and LWA must take the same route."""
    seen: list[httpx.Request] = []

    def proxy(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if str(request.url) == TOKEN_URL:
            return httpx.Response(200, json={"access_token": ACCESS_TOKEN, "expires_in": 3600})
        return httpx.Response(200, json={"payload": JOB})

    async with (
        httpx.AsyncClient(mounts={"https://": httpx.MockTransport(proxy)}) as own,
        ServicesClient(credentials, marketplace_id=US, http_client=own, pacing=False) as client,
    ):
        job = await client.get_service_job("job-1")
    assert job.service_job_id == "job-1"
    token_call, api_call = seen
    assert str(token_call.url) == TOKEN_URL
    assert "x-amz-access-token" not in token_call.headers
    assert api_call.url.path == "/service/v1/serviceJobs/job-1"
    assert api_call.headers["x-amz-access-token"] == ACCESS_TOKEN


async def test_a_users_proxied_client_gets_auth_and_retries(
    credentials: LwaCredentials, lwa: HTTPXMock
) -> None:
    lwa.add_response(url=JOB_URL, status_code=503)
    lwa.add_response(url=JOB_URL, json={"payload": JOB})
    async with (
        httpx.AsyncClient(proxy="http://proxy.internal:3128") as own,
        ServicesClient(
            credentials,
            marketplace_id=US,
            http_client=own,
            pacing=False,
            retry=RetryPolicy(base_backoff=0.0),
        ) as client,
    ):
        await client.get_service_job("job-1")
    first, second = api_requests(lwa)
    assert first.headers["x-amz-access-token"] == second.headers["x-amz-access-token"]
    assert second.headers["x-amz-access-token"] == ACCESS_TOKEN


async def test_one_limiter_shared_by_two_clients(
    credentials: LwaCredentials, lwa: HTTPXMock
) -> None:
    from spapi_services import RateLimiter

    shared = RateLimiter()
    lwa.add_response(url=JOB_URL, json={"payload": JOB}, headers={"x-amzn-RateLimit-Limit": "7.0"})
    async with (
        ServicesClient(credentials, marketplace_id=US, rate_limiter=shared) as first,
        ServicesClient(credentials, marketplace_id=US, rate_limiter=shared) as second,
    ):
        await first.get_service_job("job-1")
        assert second.rate_limiter.rate("getServiceJobByServiceJobId") == 7.0

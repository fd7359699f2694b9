"""Retry decisions per failure kind and operation, backoff, Retry-After and the deadline."""

from __future__ import annotations

import email.utils

import httpx
import pytest

from spapi_services._transport import ServicesTransport
from spapi_services.auth import CallableTokenSource
from spapi_services.errors import TransportError
from spapi_services.operations import OPERATIONS, match_operation
from spapi_services.ratelimit import NoRateLimiter
from spapi_services.retry import RetryPolicy, parse_retry_after

CREATING = {
    "addAppointmentForServiceJobByServiceJobId",
    "rescheduleAppointmentForServiceJobByServiceJobId",
    "createReservation",
    "createServiceDocumentUploadDestination",
}
AMBIGUOUS = [httpx.ReadTimeout("t"), httpx.ReadError("r"), httpx.RemoteProtocolError("closed")]
NOT_SENT = [httpx.ConnectError("c"), httpx.ConnectTimeout("t"), httpx.PoolTimeout("p")]


@pytest.mark.parametrize("op", sorted(OPERATIONS))
def test_decisions_per_operation(op: str) -> None:
    policy = RetryPolicy()
    safe = OPERATIONS[op].retry_safe
    assert safe == (op not in CREATING)
    assert policy.should_retry_status(429, retry_safe=safe)
    assert all(policy.should_retry_exception(e, retry_safe=safe) for e in NOT_SENT)
    assert policy.should_retry_status(503, retry_safe=safe) == safe
    assert all(policy.should_retry_exception(e, retry_safe=safe) == safe for e in AMBIGUOUS)
    assert not policy.should_retry_status(400, retry_safe=safe)
    assert not policy.should_retry_status(422, retry_safe=safe)


def test_backoff_grows_exponentially_with_full_jitter_under_a_cap() -> None:
    top = RetryPolicy(base_backoff=0.5, max_backoff=4.0, random=lambda: 1.0)
    assert [top.backoff(n) for n in range(1, 7)] == [0.5, 1.0, 2.0, 4.0, 4.0, 4.0]
    assert RetryPolicy(random=lambda: 0.0).backoff(3) == 0.0
    assert RetryPolicy(random=lambda: 0.5, base_backoff=1.0).backoff(2) == 1.0


def test_retry_after_is_honoured_and_capped() -> None:
    policy = RetryPolicy(max_retry_after=30.0, random=lambda: 1.0)
    assert policy.backoff(1, {"retry-after": "7"}) == 7.0
    assert policy.backoff(1, {"retry-after": "3600"}) == 30.0
    assert policy.backoff(1, {"retry-after": "soon"}) == 0.5  # garbage: ordinary backoff


def test_parse_retry_after_forms() -> None:
    assert parse_retry_after("2.5") == 2.5
    assert parse_retry_after("-3") == 0.0
    assert parse_retry_after(None) is None and parse_retry_after("nan") is None
    when = email.utils.formatdate(1_000_030.0, usegmt=True)
    assert parse_retry_after(when, now=lambda: 1_000_000.0) == pytest.approx(30.0)


def test_match_operation_from_method_and_path() -> None:
    assert match_operation("GET", "/service/v1/serviceJobs").operation_id == "getServiceJobs"
    job = match_operation("get", "/service/v1/serviceJobs/a%2Fb")
    assert job is not None and job.operation_id == "getServiceJobByServiceJobId"
    slots = match_operation("GET", "/prefix/service/v1/serviceJobs/j/appointmentSlots")
    assert slots is not None and slots.operation_id == "getAppointmmentSlotsByJobId"
    put = match_operation("PUT", "/service/v1/serviceJobs/j/appointments/a/fulfillment")
    assert put is not None and put.operation_id == "setAppointmentFulfillmentData"
    assert match_operation("GET", "/auth/o2/token") is None


class _Clock:
    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


def _transport(
    handler: httpx.MockTransport, clock: _Clock, policy: RetryPolicy
) -> httpx.AsyncClient:
    stack = ServicesTransport(
        handler,
        tokens=CallableTokenSource(lambda: "token"),
        limiter=NoRateLimiter(),
        retry=policy,
        sleep=clock.sleep,
        clock=clock,
    )
    return httpx.AsyncClient(transport=stack, base_url="https://sp.example")


async def test_deadline_stops_retries_before_sleeping_past_it() -> None:
    clock = _Clock()
    calls = []

    def answer(request: httpx.Request) -> httpx.Response:
        calls.append(clock.now)
        return httpx.Response(503, headers={"retry-after": "6"}, json={"errors": []})

    policy = RetryPolicy(max_attempts=10, deadline=10.0)
    async with _transport(httpx.MockTransport(answer), clock, policy) as http:
        response = await http.get("/service/v1/serviceJobs/j1")
    assert response.status_code == 503
    assert calls == [0.0, 6.0]  # a third attempt would start at 12 s, past the 10 s deadline
    assert clock.sleeps == [6.0]


async def test_attempt_budget_and_transport_error_message() -> None:
    clock = _Clock()

    def fail(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused by 10.0.0.1")

    async with _transport(httpx.MockTransport(fail), clock, RetryPolicy(max_attempts=3)) as http:
        with pytest.raises(TransportError) as info:
            await http.post("/service/v1/serviceJobs/j1/appointments", json={})
    assert info.value.attempts == 3
    assert info.value.operation == "addAppointmentForServiceJobByServiceJobId"
    assert "ConnectError after 3 attempts" in str(info.value)
    assert len(clock.sleeps) == 2


async def test_requests_that_are_not_api_calls_pass_through_untouched() -> None:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(503)

    async with _transport(httpx.MockTransport(answer), _Clock(), RetryPolicy()) as http:
        assert (await http.get("/somewhere/else")).status_code == 503
    assert len(seen) == 1 and "x-amz-access-token" not in seen[0].headers

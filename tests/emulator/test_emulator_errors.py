"""Error answers keep their operation's shape on every path, and HTTP-level errors are right."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from _emu import BASE, jobs_of, token

from spapi_services.emulator import Emulator, FaultKind, FaultPlan, ManualClock, app, create_app
from spapi_services.emulator.wire import Request, Response

JOBS = "/service/v1/serviceJobs"


def _fulfillment_url(emu: Emulator) -> str:
    job = jobs_of(emu, "NOT_SERVICED")[0]
    appointment = job["appointments"][-1]["appointmentId"]
    return f"{JOBS}/{job['serviceJobId']}/appointments/{appointment}/fulfillment"


def _bare(response: httpx.Response) -> list[dict[str, Any]]:
    body = response.json()
    assert isinstance(body, list), response.text
    assert body and all({"code", "message"} <= set(e) for e in body)
    return body


async def test_fulfillment_errors_are_bare_on_auth_media_type_and_quota_paths() -> None:
    clock = ManualClock()
    emu = create_app(
        seed=7,
        now=clock.now,
        monotonic=clock.monotonic,
        usage_plans={"setAppointmentFulfillmentData": (0.001, 1)},
    )
    url = _fulfillment_url(emu)
    body = {"appointmentResources": [{"resourceId": "NOPE"}]}
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=emu), base_url=BASE) as http:
        forbidden = await http.put(url, json=body, headers={"x-amz-access-token": "Atza|bad"})
        assert forbidden.status_code == 403 and _bare(forbidden)[0]["code"] == "Unauthorized"
        http.headers["x-amz-access-token"] = await token(http)
        media = await http.put(url, content=b"a=1", headers={"content-type": "text/plain"})
        assert media.status_code == 415 and _bare(media)[0]["code"] == "UnsupportedMediaType"
        quota = await http.put(url, json=body)
        assert quota.status_code == 429 and _bare(quota)[0]["code"] == "QuotaExceeded"
        # other operations keep the {"errors": [...]} object on the same paths
        other = await http.get(f"{JOBS}/x", headers={"x-amz-access-token": "Atza|bad"})
        assert other.status_code == 403 and "errors" in other.json()


@pytest.mark.parametrize(
    ("kind", "code"), [("500", "InternalFailure"), ("503", "ServiceUnavailable")]
)
async def test_fulfillment_errors_are_bare_on_injected_faults(
    http: httpx.AsyncClient, emu: Emulator, kind: FaultKind, code: str
) -> None:
    emu.faults = FaultPlan().queue("setAppointmentFulfillmentData", kind)
    response = await http.put(_fulfillment_url(emu), json={"appointmentResources": []})
    assert response.status_code == int(kind) and _bare(response)[0]["code"] == code


async def test_fulfillment_errors_are_bare_when_the_handler_crashes(
    http: httpx.AsyncClient, emu: Emulator, monkeypatch: pytest.MonkeyPatch
) -> None:
    def crash(_emu: Emulator, _request: Request) -> Response:
        raise RuntimeError("a bug")

    monkeypatch.setitem(app._HANDLERS, "setAppointmentFulfillmentData", crash)
    response = await http.put(_fulfillment_url(emu), json={"appointmentResources": []})
    assert response.status_code == 500 and _bare(response)[0]["code"] == "InternalFailure"
    assert emu.failures == 1


async def test_oversized_body_is_413_before_anything_else(
    raw: httpx.AsyncClient, emu: Emulator
) -> None:
    big = b'{"contentType":"PNG","contentLength":10,"pad":"' + b"a" * (7 * 1024 * 1024) + b'"}'
    headers = {"content-type": "application/json"}
    response = await raw.post("/service/v1/documents", content=big, headers=headers)
    assert response.status_code == 413, response.text
    assert response.json()["errors"][0]["code"] == "RequestEntityTooLarge"
    assert "x-amzn-RequestId" in response.headers
    fulfillment = await raw.put(_fulfillment_url(emu), content=big, headers=headers)
    assert fulfillment.status_code == 413 and _bare(fulfillment)
    upload = await raw.put("/_upload/x", content=big, headers={"content-type": "image/png"})
    assert upload.status_code == 400 and b"EntityTooLarge" in upload.content


@pytest.mark.parametrize(
    ("method", "path", "allow"),
    [
        ("DELETE", JOBS, "GET"),
        ("GET", "/service/v1/reservation", "POST"),
        ("POST", "/service/v1/reservation/abc", "DELETE, PUT"),
        ("GET", "/auth/o2/token", "POST"),
    ],
)
async def test_unknown_method_on_a_known_path_is_405(
    http: httpx.AsyncClient, method: str, path: str, allow: str
) -> None:
    response = await http.request(method, path)
    assert response.status_code == 405, response.text
    assert response.headers["allow"] == allow
    assert response.json()["errors"][0]["code"] == "MethodNotAllowed"
    assert "x-amzn-RequestId" in response.headers


async def test_405_on_the_fulfillment_path_is_bare_and_unknown_paths_stay_404(
    http: httpx.AsyncClient, emu: Emulator
) -> None:
    wrong = await http.get(_fulfillment_url(emu))
    assert wrong.status_code == 405 and _bare(wrong)[0]["code"] == "MethodNotAllowed"
    unknown = await http.get("/service/v1/nothing-here")
    assert unknown.status_code == 404 and unknown.json()["errors"][0]["code"] == "NotFound"

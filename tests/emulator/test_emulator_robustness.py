"""Malformed input on every operation gets a 4xx in the API's error shape, never a crash."""

from __future__ import annotations

import json
import re
from typing import Any

import httpx
import pytest
from _emu import US
from spapi_services_generated._operations import OPERATIONS

from spapi_services.emulator import Emulator

JUNK_BODIES: list[Any] = [
    None,
    [],
    "text",
    17,
    {},
    {"appointmentTime": {"startTime": 5}, "rescheduleReasonCode": 3},
    {"resources": "x", "resourceId": 1, "reservation": {"type": "BREAK", "availability": 3}},
    {"schedules": [{"startTime": "2030-01-01T00:00:00Z", "endTime": 7, "recurrence": []}]},
    {"startDateTime": 1, "endDateTime": None, "capacityTypes": "ALL", "slotDuration": "x"},
    {"fulfillmentTime": [], "estimatedArrivalTime": {"startTime": 1}, "appointmentResources": 4},
    {"fulfillmentDocuments": [1, {"uploadDestinationId": 2}], "contentType": "PDF"},
    {"contentType": "PDF", "contentLength": True, "contentMD5": 5},
    {
        "reservation": {
            "type": "BREAK",
            "availability": {
                "startTime": "2030-01-01T00:00:00Z",
                "endTime": "2030-01-01T01:00:00Z",
            },
        }
    },
]


def _url(emu: Emulator, path: str, junk_ids: bool) -> str:
    job = next(j for j in emu.state.jobs.values() if j["appointments"])
    values = {
        "serviceJobId": "x" * 120 if junk_ids else job["serviceJobId"],
        "appointmentId": "nope" if junk_ids else job["appointments"][0]["appointmentId"],
        "resourceId": "nope" if junk_ids else next(iter(emu.state.resources)),
        "reservationId": "nope" if junk_ids else next(iter(emu.state.reservations)),
    }
    return re.sub(r"\{(\w+)\}", lambda m: values[m.group(1)], path)


@pytest.mark.parametrize("operation", sorted(OPERATIONS))
@pytest.mark.parametrize("junk_ids", [False, True])
async def test_junk_never_crashes(
    http: httpx.AsyncClient, emu: Emulator, operation: str, junk_ids: bool
) -> None:
    spec = OPERATIONS[operation]
    url = _url(emu, spec.path, junk_ids)
    for body in JUNK_BODIES:
        for params in ({}, {"marketplaceIds": US, "pageSize": "x", "startTime": "never"}):
            content = b"" if body is None else json.dumps(body).encode()
            response = await http.request(
                spec.method,
                url,
                params=params,
                content=content,
                headers={"content-type": "application/json"},
            )
            assert emu.failures == 0, (operation, body, params)
            assert response.status_code < 500, (operation, body, params, response.text)
            if response.status_code >= 400:
                errors = response.json()
                errors = errors if isinstance(errors, list) else errors["errors"]
                assert errors and all({"code", "message"} <= set(e) for e in errors)

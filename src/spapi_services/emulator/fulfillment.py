"""setAppointmentFulfillmentData's body: what the API refuses in it, and what it records.

A field of the wrong JSON type (an object or list expected) is a 400; everything else wrong is
reported together as one 422, in the order of the model's combined example: resources, then
the fulfillment time, the arrival window, and the documents. Times must be UTC.

Each call updates only what it carries (the guide: "set or update"): a fulfillment time
replaces the POA's appointment time, resources replace its technicians, documents make it a
``POA_RECEIPT`` and bind each destination to this appointment (see
:func:`~spapi_services.emulator.uploads.check_document`). The arrival window is checked but not
stored: no field of a job holds it. ``uploadTime`` is the time of the last call that changed
the POA.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .uploads import bind_document, check_document
from .wire import NotUtcError, fmt_time, invalid, missing, parse_time

if TYPE_CHECKING:
    from .app import Emulator

__all__ = ["check_shape", "problems", "record"]

Json = dict[str, Any]
_AGAIN = "Please check the input again"
# field -> the JSON type it must have (and its items, for lists)
_SHAPES: dict[str, type] = {
    "fulfillmentTime": dict,
    "estimatedArrivalTime": dict,
    "appointmentResources": list,
    "fulfillmentDocuments": list,
}
_REQUIRED = {  # (span, edge) -> message when the edge is missing
    ("fulfillmentTime", "startTime"): f"Appointment start time is required. {_AGAIN}.",
    ("fulfillmentTime", "endTime"): f"Appointment end time is required. {_AGAIN}.",
}
_ETA_BOTH = (
    "Failed to process input. Reason: ETA start and end time both are mandatory field as part "
    f"of estimatedArrivalTime object. {_AGAIN}"
)


def check_shape(body: Any) -> Json:
    """The body as an object, or the API's 400: nothing to record, or a field of a wrong type."""
    if not isinstance(body, dict) or not any(body.get(name) for name in _SHAPES):
        raise invalid(400, "No fulfillment artifacts provided in JSON payload.")
    wrong = [
        name
        for name, kind in _SHAPES.items()
        if body.get(name) is not None
        and (
            not isinstance(body[name], kind)
            or (kind is list and not all(isinstance(item, dict) for item in body[name]))
        )
    ]
    if wrong:
        raise missing(400, *wrong)
    return body


def _time(text: Any) -> tuple[int | None, str | None]:
    try:
        return parse_time(text, require_utc=True), None
    except NotUtcError:
        return None, f"ISO8601 time {text} is not in UTC format. Please provide time in UTC"
    except ValueError:
        return None, (
            f"Could not parse given time input {text}. Please provide time in ISO8601 format"
        )


def _span(name: str, span: Json | None, now: int) -> list[str]:
    if span is None:
        return []
    absent = [edge for edge in ("startTime", "endTime") if span.get(edge) is None]
    if absent:
        if name == "estimatedArrivalTime":
            return [_ETA_BOTH]
        return [_REQUIRED[(name, edge)] for edge in absent]
    (start, bad_start), (end, bad_end) = _time(span["startTime"]), _time(span["endTime"])
    errors = [e for e in (bad_start, bad_end) if e]
    if start is None or end is None:
        return errors
    if name == "estimatedArrivalTime":
        if end < start:
            errors.append(
                f"Failed to process input. Reason: ETA end time is before its start. {_AGAIN}"
            )
        return errors
    if start > now:
        errors.append(f"Appointment start time should not be in future. {_AGAIN}")
    if end > now:
        errors.append(f"Appointment end time should not be in future. {_AGAIN}")
    if end < start:
        errors.append(f"Appointment end time should be after start time. {_AGAIN}.")
    return errors


def _resources(emu: Emulator, job: Json, items: list[Json] | None) -> list[str]:
    ids = [item.get("resourceId") for item in items or ()]
    resources = emu.state.resources
    errors = []
    if any(isinstance(i, str) and i not in resources for i in ids):
        errors.append(f"One or more resources provided does not exist or is deleted. {_AGAIN}.")
    if any(
        not isinstance(i, str)
        or (i in resources and resources[i]["marketplaceId"] != job["marketplaceId"])
        for i in ids
    ):
        errors.append(f"One or more resources provided is invalid. {_AGAIN}.")
    return errors


def problems(emu: Emulator, job: Json, appointment: Json, body: Json) -> list[str]:
    """Every 422 message for a body that passed :func:`check_shape` (empty when it is fine)."""
    now = emu.now_epoch()
    errors = _resources(emu, job, body.get("appointmentResources"))
    errors += _span("fulfillmentTime", body.get("fulfillmentTime"), now)
    errors += _span("estimatedArrivalTime", body.get("estimatedArrivalTime"), now)
    for reference in body.get("fulfillmentDocuments") or ():
        problem = check_document(emu, reference, appointment["appointmentId"])
        if problem:
            errors.append(problem)
    return errors


def record(emu: Emulator, appointment: Json, body: Json) -> None:
    """Merges an accepted body into the appointment's POA."""
    old: Json = appointment.get("poa") or {}
    poa = dict(old)
    span = body.get("fulfillmentTime")
    if span:
        start, end = parse_time(span["startTime"]), parse_time(span["endTime"])
        minutes = max(1, (end - start) // 60)
        poa["appointmentTime"] = {"startTime": fmt_time(start), "durationInMinutes": minutes}
    resources = body.get("appointmentResources")
    if resources:
        ids = list(dict.fromkeys(r["resourceId"] for r in resources))
        names = emu.state.resources
        poa["technicians"] = [{"technicianId": i, "name": names[i]["name"]} for i in ids]
        poa["uploadingTechnician"] = ids[0]
    documents = body.get("fulfillmentDocuments")
    if documents:
        poa["poaType"] = "POA_RECEIPT"
        for reference in documents:
            bind_document(emu, reference["uploadDestinationId"], appointment["appointmentId"])
    if poa != old:
        poa["uploadTime"] = fmt_time(emu.now_epoch())
        appointment["poa"] = poa

"""Handlers of the capacity operations: slots, capacity reports, schedules, reservations."""

from __future__ import annotations

import base64
import math
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from .capacity import DAY, Segment, min_over, parse_availability, timeline
from .catalog import DEFAULT_MIN_SLOT_MINUTES, MIN_SLOT_MINUTES
from .slots import job_minutes, slot_report
from .state import ACTIVE
from .wire import (
    HttpError,
    Request,
    Response,
    empty_response,
    fmt_time,
    invalid,
    json_response,
    missing,
    parse_time,
)

if TYPE_CHECKING:
    from .app import Emulator

__all__ = ["HANDLERS"]

Json = dict[str, Any]
_SLOT_RANGE_DAYS = 90
_DEFAULT_RANGE = 7 * DAY
_RANGE_PAGE = 7 * DAY
_FIXED_PAGE_SLOTS = 200
_TYPES = ("SCHEDULED_CAPACITY", "AVAILABLE_CAPACITY", "ENCUMBERED_CAPACITY", "RESERVED_CAPACITY")
_ATTR = dict(zip(_TYPES, ("scheduled", "available", "encumbered", "reserved"), strict=True))
_DEFAULT_TYPE = "SCHEDULED_CAPACITY"  # the model's default for capacityTypes
_SLOT_MINUTES = range(5, 361, 5)  # the model: a multiple of 5, 5 <= slotDuration <= 360
_RESERVATION_TYPES = frozenset({"APPOINTMENT", "TRAVEL", "VACATION", "BREAK", "TRAINING"})


def _marketplace(request: Request) -> str:
    values = request.array("marketplaceIds")
    if not values or len(values) != 1:
        raise missing(400, "marketplaceIds")
    return values[0]


def _range(request: Request, now: int, label: str) -> tuple[int, int]:
    """[start, end) of a slot query: both times or neither (then the next 7 days), at most 90
    days apart (the model and the guide). The part before ``now`` is dropped, so a window
    entirely in the past is an empty one at its end."""
    given: dict[str, int] = {}
    for edge in ("startTime", "endTime"):
        text = request.one(edge)
        if text is None:
            continue
        try:
            given[edge] = parse_time(text)
        except ValueError:
            name = f"{label}{edge[:-4].capitalize()} Time"
            raise invalid(400, f"{name} is not a valid ISO date/time object") from None
    if len(given) == 1:
        raise missing(400, "endTime" if "startTime" in given else "startTime")
    lo, hi = given.get("startTime", now), given.get("endTime", now + _DEFAULT_RANGE)
    if hi <= lo:
        raise invalid(400, f"{label}End Time should be after {label}Start Time")
    if hi - lo > _SLOT_RANGE_DAYS * DAY:
        raise invalid(400, f"{label}End Time must be within {_SLOT_RANGE_DAYS} days of the start")
    return min(max(lo, now), hi), hi


def get_slots(emu: Emulator, request: Request) -> Response:
    """getAppointmentSlots (by ASIN and store)."""
    marketplace = _marketplace(request)
    asin, store_id = request.one("asin"), request.one("storeId")
    if not asin:
        raise missing(400, "asin")
    store = emu.state.stores.get(store_id or "")
    if store is None:
        raise missing(400, "storeId")
    if store["marketplaceId"] != marketplace:
        raise missing(400, "marketplaceIds")
    product = emu.state.products.get(asin)
    if product is None or asin not in store["asins"]:
        raise missing(400, "asin")
    lo, hi = _range(request, emu.now_epoch(), "Range ")
    report = slot_report(
        emu.state, store["storeId"], product["requiredSkills"], product["durationInMinutes"], lo, hi
    )
    return json_response(200, {"payload": report})


def get_slots_by_job(emu: Emulator, request: Request) -> Response:
    """getAppointmmentSlotsByJobId (the API's spelling)."""
    marketplace = _marketplace(request)
    job_id = request.params["serviceJobId"]
    job = emu.state.jobs.get(job_id)
    if job is None:
        raise invalid(422, f"No job exist with jobId : {job_id}")
    if job["marketplaceId"] != marketplace:
        raise missing(400, "marketplaceIds")
    lo, hi = _range(request, emu.now_epoch(), "")
    own = [
        a["appointmentId"]
        for a in job.get("appointments", ())
        if a.get("appointmentStatus") == ACTIVE
    ]
    skills = job.get("scopeOfWork", {}).get("requiredSkills") or []
    report = slot_report(
        emu.state, job.get("storeId", ""), skills, job_minutes(emu.state, job), lo, hi, skip=own
    )
    return json_response(200, {"payload": report})


def _capacity_error(status: int, problem: str) -> HttpError:
    return invalid(
        status, "This is invalid input", details=f"Received the following errors: [{problem}]"
    )


def _capacity_query(emu: Emulator, request: Request) -> tuple[str, Json, int, int, list[str]]:
    marketplace = _marketplace(request)
    rid = request.params["resourceId"]
    resource = emu.state.resources.get(rid)
    if resource is None:
        raise _capacity_error(404, f"Resource not found: {rid}")
    if resource["marketplaceId"] != marketplace:
        raise missing(400, "marketplaceIds")
    body = request.json()
    if not isinstance(body, dict) or "startDateTime" not in body or "endDateTime" not in body:
        raise _capacity_error(400, "startDateTime or endDateTime are not present")
    bounds = []
    for name in ("startDateTime", "endDateTime"):
        try:
            bounds.append(parse_time(body[name]))
        except ValueError:
            raise _capacity_error(400, f"{name} is not a valid ISO date/time object") from None
    lo, hi = bounds
    if hi <= lo:
        raise _capacity_error(400, "endDateTime should be after Start Time")
    types = body.get("capacityTypes") or [_DEFAULT_TYPE]
    if not isinstance(types, list) or any(t not in _TYPES for t in types):
        raise _capacity_error(400, "capacityTypes are not valid")
    token = request.one("nextPageToken")
    if token:
        try:
            lo = parse_time(base64.b64decode(token.encode(), validate=True).decode())
        except ValueError:
            raise _capacity_error(400, "nextPageToken is not valid") from None
        if not bounds[0] < lo < hi:
            raise _capacity_error(400, "nextPageToken is not valid")
    return rid, body, lo, hi, [t for t in _TYPES if t in types]


def _page_token(next_start: int, hi: int) -> str | None:
    return base64.b64encode(fmt_time(next_start).encode()).decode() if next_start < hi else None


def get_range_capacity(emu: Emulator, request: Request) -> Response:
    """getRangeSlotCapacity: constant-capacity stretches per capacity type, a week a page."""
    rid, _body, lo, hi, types = _capacity_query(emu, request)
    page_end = min(hi, lo + _RANGE_PAGE)
    line = timeline(emu.state, rid, lo, page_end)
    capacities = [{"capacityType": t, "slots": _merge(line, _ATTR[t])} for t in types]
    result: Json = {"resourceId": rid, "capacities": capacities}
    token = _page_token(page_end, hi)
    if token:
        result["nextPageToken"] = token
    return json_response(200, result)


def _merge(line: list[Segment], attr: str) -> list[Json]:
    out: list[Json] = []
    for segment in line:
        value = getattr(segment, attr)
        if out and out[-1]["capacity"] == value:
            out[-1]["endDateTime"] = fmt_time(segment.end)
        else:
            out.append(
                {
                    "startDateTime": fmt_time(segment.start),
                    "endDateTime": fmt_time(segment.end),
                    "capacity": value,
                }
            )
    return out


def get_fixed_capacity(emu: Emulator, request: Request) -> Response:
    """getFixedSlotCapacity: capacity numbers per fixed-length slot, 200 slots a page."""
    rid, body, lo, hi, types = _capacity_query(emu, request)
    minutes = body.get("slotDuration", 30)
    if (
        not isinstance(minutes, int | float)
        or isinstance(minutes, bool)
        or not math.isfinite(minutes)
        or minutes not in _SLOT_MINUTES
    ):
        raise _capacity_error(
            400,
            "Slot duration is not valid, it should be a multiple of 5 and within allowed range.",
        )
    step = int(minutes) * 60
    page_end = min(hi, lo + step * _FIXED_PAGE_SLOTS)
    line = timeline(emu.state, rid, lo, page_end)
    fields = {
        "SCHEDULED_CAPACITY": ("scheduledCapacity", "scheduled", min),
        "AVAILABLE_CAPACITY": ("availableCapacity", "available", min),
        "ENCUMBERED_CAPACITY": ("encumberedCapacity", "encumbered", max),
        "RESERVED_CAPACITY": ("reservedCapacity", "reserved", max),
    }
    slots = []
    for start in range(lo, page_end, step):
        end = min(start + step, page_end)
        slot: Json = {"startDateTime": fmt_time(start)}
        for t in types:
            name, attr, pick = fields[t]
            values = [getattr(s, attr) for s in line if s.start < end and s.end > start]
            slot[name] = pick(values) if values else 0
        slots.append(slot)
    result: Json = {"resourceId": rid, "slotDuration": int(minutes), "capacities": slots}
    token = _page_token(page_end, hi)
    if token:
        result["nextPageToken"] = token
    return json_response(200, result)


def _normalise(record: Any) -> Json:
    window = parse_availability(record)
    out: Json = {"startTime": fmt_time(window.start), "endTime": fmt_time(window.end)}
    if "capacity" in record:
        out["capacity"] = window.capacity
    recurrence = record.get("recurrence")
    if recurrence is not None:
        rec: Json = {"endTime": fmt_time(parse_time(recurrence["endTime"]))}
        for name in ("daysOfWeek", "daysOfMonth"):
            if recurrence.get(name):
                rec[name] = list(recurrence[name])
        out["recurrence"] = rec
    return out


def _span(record: Json) -> tuple[int, int]:
    window = parse_availability(record)
    return window.start, window.until if window.until is not None else window.end


def update_schedule(emu: Emulator, request: Request) -> Response:
    """updateSchedule: replaces a resource's availability records."""
    marketplace = _marketplace(request)
    rid = request.params["resourceId"]
    body = request.json()
    schedules = body.get("schedules") if isinstance(body, dict) else None
    if not isinstance(schedules, list) or not schedules:
        raise missing(400, "schedule")
    resource = emu.state.resources.get(rid)
    if resource is None:  # the API answers 200 with an error list here
        return json_response(200, {"errors": [_bad_resource()]})
    if resource["marketplaceId"] != marketplace:
        raise missing(400, "marketplaceIds")
    minimum = MIN_SLOT_MINUTES.get(marketplace, DEFAULT_MIN_SLOT_MINUTES)
    records = []
    for i, record in enumerate(schedules):
        try:
            window = parse_availability(record)
        except ValueError as exc:
            raise missing(400, f"schedules[{i}].{exc}") from None
        if window.end - window.start < minimum * 60:
            raise invalid(
                400,
                f"Invalid schedule at schedules[{i}]: a slot must last at least {minimum} "
                f"minutes in marketplace {marketplace}.",
            )
        records.append(_normalise(record))
    old = [_span(r) for r in resource.get("schedules", ())]
    payload = []
    for record in records:
        start, end = _span(record)
        entry: Json = {"availability": record}
        if any(s < end and e > start for s, e in old):
            entry["warnings"] = [
                {
                    "code": "ScheduleOverride",
                    "message": "This availability overrides the current schedule "
                    "where they overlap",
                }
            ]
        payload.append(entry)
    emu.state.set_schedules(rid, records)
    return json_response(200, {"payload": payload})


def _bad_resource() -> Json:
    return {"code": "InvalidInput", "message": "Invalid request parameters: [resourceId]"}


def _reservation_input(emu: Emulator, request: Request) -> tuple[str, str, Json] | Response:
    marketplace = _marketplace(request)
    body = request.json()
    rid = body.get("resourceId") if isinstance(body, dict) else None
    if not isinstance(rid, str) or not rid or rid == "null":
        raise missing(400, "resourceId")
    reservation = body.get("reservation")
    if not isinstance(reservation, dict) or not reservation:
        raise missing(400, "reservation")
    if reservation.get("type") not in _RESERVATION_TYPES:
        raise missing(400, "reservation.type")
    try:
        availability = _normalise(reservation.get("availability"))
    except ValueError as exc:
        field = "" if str(exc) == "availability" else f".{exc}"
        raise missing(400, f"reservation.availability{field}") from None
    resource = emu.state.resources.get(rid)
    if resource is None:  # the API answers 200 with an error list here
        return json_response(200, {"errors": [_bad_resource()]})
    if resource["marketplaceId"] != marketplace:
        raise missing(400, "marketplaceIds")
    return rid, reservation["type"], availability


def _check_room(emu: Emulator, rid: str, availability: Json, skip: tuple[str, ...] = ()) -> None:
    window = parse_availability(availability)
    horizon = window.start + 60 * DAY
    for start, end in window.occurrences(window.start, horizon):
        line = timeline(emu.state, rid, start, end, skip_reservations=skip)
        if min_over(line, start, end, "available") < window.capacity:
            raise invalid(
                422,
                f"Resource {rid} does not have the requested capacity available "
                f"from {fmt_time(start)} to {fmt_time(end)}.",
            )


def _store_reservation(
    emu: Emulator, rid: str, kind: str, availability: Json, market: str
) -> Response:
    record = {
        "reservationId": emu.state.new_uuid("reservation"),
        "resourceId": rid,
        "marketplaceId": market,
        "type": kind,
        "availability": availability,
    }
    emu.state.put_reservation(record)
    public = {k: record[k] for k in ("reservationId", "type", "availability")}
    return json_response(200, {"payload": {"reservation": public}})


def create_reservation(emu: Emulator, request: Request) -> Response:
    """createReservation: blocks capacity (only where the resource has it free)."""
    parsed = _reservation_input(emu, request)
    if isinstance(parsed, Response):
        return parsed
    rid, kind, availability = parsed
    _check_room(emu, rid, availability)
    return _store_reservation(emu, rid, kind, availability, _marketplace(request))


def update_reservation(emu: Emulator, request: Request) -> Response:
    """updateReservation: replaces a reservation's type and availability; the answer carries
    its new id."""
    reservation_id = request.params["reservationId"]
    old = emu.state.reservations.get(reservation_id)
    if old is None:
        raise invalid(404, f"Could not find reservation with ID: [{reservation_id}]")
    parsed = _reservation_input(emu, request)
    if isinstance(parsed, Response):
        return parsed
    rid, kind, availability = parsed
    if rid != old["resourceId"]:
        raise missing(400, "resourceId")
    _check_room(emu, rid, availability, skip=(reservation_id,))
    emu.state.drop_reservation(reservation_id)
    return _store_reservation(emu, rid, kind, availability, old["marketplaceId"])


def cancel_reservation(emu: Emulator, request: Request) -> Response:
    """cancelReservation: frees the capacity; 204."""
    marketplace = _marketplace(request)
    reservation_id = request.params["reservationId"]
    reservation = emu.state.reservations.get(reservation_id)
    if reservation is None:
        raise invalid(404, "Reservation does not exist")
    if reservation["marketplaceId"] != marketplace:
        raise missing(400, "marketplaceIds")
    emu.state.drop_reservation(reservation_id)
    return empty_response(204)


HANDLERS: dict[str, Callable[[Emulator, Request], Response]] = {
    "getAppointmentSlots": get_slots,
    "getAppointmmentSlotsByJobId": get_slots_by_job,
    "getRangeSlotCapacity": get_range_capacity,
    "getFixedSlotCapacity": get_fixed_capacity,
    "updateSchedule": update_schedule,
    "createReservation": create_reservation,
    "updateReservation": update_reservation,
    "cancelReservation": cancel_reservation,
}

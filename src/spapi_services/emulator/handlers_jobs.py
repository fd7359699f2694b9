"""Handlers of the job operations: read, appointments, technicians, fulfillment, close."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from . import fulfillment
from .capacity import appointment_span, min_over, timeline
from .pagination import get_service_jobs
from .slots import fits, job_minutes
from .state import ACTIVE, CANCELLED, COMPLETED
from .uploads import create_destination
from .wire import (
    HttpError,
    NotUtcError,
    Request,
    Response,
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
_YEAR = 365 * 86400
_REASON = re.compile(r"^[A-Z0-9_]{1,100}$")
# operation -> job statuses it is allowed on
_ALLOWED: dict[str, frozenset[str]] = {
    "add": frozenset({"PENDING_SCHEDULE", "NOT_SERVICED"}),
    "reschedule": frozenset({"NOT_SERVICED"}),
    "assign": frozenset({"NOT_SERVICED"}),
    "fulfill": frozenset({"NOT_SERVICED"}),
    "complete": frozenset({"NOT_SERVICED"}),
    "cancel": frozenset({"NOT_SERVICED", "PENDING_SCHEDULE", "HOLD", "PAYMENT_DECLINED"}),
}


def _job_id(request: Request) -> str:
    job_id = request.params["serviceJobId"]
    if len(job_id) > 100:
        raise missing(400, "serviceJobId")
    return job_id


def _job(emu: Emulator, request: Request, action: str, not_found: str) -> Json:
    job_id = _job_id(request)
    job = emu.state.jobs.get(job_id)
    if job is None:
        raise invalid(422, not_found.format(job_id))
    status = job["serviceJobStatus"]
    if status not in _ALLOWED[action]:
        if action == "cancel":
            raise invalid(
                422, f"Job with jobId {job_id} and jobStatus {status} cannot be cancelled"
            )
        if action == "fulfill":
            raise invalid(
                422,
                f"Job with id {job_id} can not be updated. "
                "Please check if the job is in valid status.",
            )
        raise invalid(
            422, f"Operation not allowed on job with jobId : {job_id} and jobState : {status}"
        )
    return job


def _active_appointment(job: Json, request: Request) -> Json:
    """The path's appointment, which must still be active to be changed."""
    appointment = _appointment(job, request)
    if appointment.get("appointmentStatus") != ACTIVE:
        raise invalid(
            422,
            f"Appointment with appointment id {appointment['appointmentId']} is not valid "
            "to update. Please check the input again",
        )
    return appointment


def _appointment(job: Json, request: Request) -> Json:
    appointment_id = request.params["appointmentId"]
    if len(appointment_id) > 100:
        raise missing(400, "appointmentId")
    appointments: list[Json] = job.get("appointments", [])
    for appointment in appointments:
        if appointment["appointmentId"] == appointment_id:
            return appointment
    raise invalid(
        422,
        f"Appointment with id {appointment_id} is not present in the job. "
        "Please check the input again.",
    )


def _touch(emu: Emulator, job: Json) -> None:
    emu.state.touch(job["serviceJobId"], fmt_time(emu.now_epoch()))


def _reason_allowed(kind: str, job: Json, code: str) -> tuple[bool, Mapping[str, str]]:
    from spapi_services import reason_codes
    from spapi_services.errors import UnknownMarketplaceError

    lookup: Callable[[str, Any], Mapping[str, str]] = (
        reason_codes.allowed_cancellation_codes
        if kind == "cancel"
        else reason_codes.allowed_reschedule_codes
    )
    try:
        allowed = lookup(
            job["marketplaceId"], reason_codes.ServiceType.from_job(job.get("serviceType"))
        )
    except UnknownMarketplaceError:
        return True, {}
    return code in allowed, allowed


def _time_input(body: Any) -> tuple[str, int | None]:
    when = body.get("appointmentTime") if isinstance(body, dict) else None
    if not isinstance(when, dict) or not isinstance(when.get("startTime"), str):
        raise missing(400, "appointmentTime")
    duration = when.get("durationInMinutes")
    if duration is not None and (
        not isinstance(duration, int) or isinstance(duration, bool) or not 1 <= duration <= 1440
    ):
        raise missing(400, "durationInMinutes")
    return when["startTime"], duration


def _book(
    emu: Emulator, job: Json, text: str, duration: int | None, skip: tuple[str, ...] = ()
) -> Json:
    """A new ACTIVE appointment for ``job`` at ``text``, or the API's 422 why not.

    A slot is a start plus the service's pre-configured duration (the guide), so a
    ``durationInMinutes`` other than that duration names no slot: "not available".
    """
    try:
        start = parse_time(text, require_utc=True)
    except NotUtcError as exc:
        raise invalid(422, str(exc)) from None
    except ValueError:
        raise invalid(422, f"Failed to parse ISO8601 input: {text}") from None
    job_id = job["serviceJobId"]
    now = emu.now_epoch()
    minutes = job_minutes(emu.state, job)
    reason, details = None, ""
    if start <= now:
        reason = "Start time of appointment should be in the future."
    elif start > now + _YEAR:
        reason = "Start time for appointment is beyond the maximum allowed period of 365 days."
    elif duration not in (None, minutes):
        reason = "Appointment slot is not available."
        details = f"durationInMinutes must be the service's duration, {minutes}, or be left out."
    elif not fits(emu.state, job, start, minutes, skip=skip):
        reason = "Appointment slot is not available."
    if reason:
        message = f"Failed to add appointment for jobId : {job_id}, reason : {reason}"
        raise invalid(422, message, details=details)
    return {
        "appointmentId": f"{job_id}_{emu.state.new_uuid('appointment')}",
        "appointmentStatus": ACTIVE,
        "appointmentTime": {"startTime": fmt_time(start), "durationInMinutes": minutes},
    }


def get_service_job(emu: Emulator, request: Request) -> Response:
    """getServiceJobByServiceJobId."""
    job_id = _job_id(request)
    job = emu.state.jobs.get(job_id)
    if job is None:
        raise invalid(404, f"Job not found for jobId {job_id}", code="NotFound")
    return json_response(200, {"payload": job})


def add_appointment(emu: Emulator, request: Request) -> Response:
    """addAppointmentForServiceJobByServiceJobId."""
    text, duration = _time_input(request.json())
    job = _job(emu, request, "add", "No job exist with jobId : {}")
    if any(a.get("appointmentStatus") == ACTIVE for a in job.get("appointments", ())):
        raise invalid(
            422,
            f"Failed to add appointment for jobId : {job['serviceJobId']}, "
            "reason : Job already has an active appointmentId.",
        )
    appointment = _book(emu, job, text, duration)
    job.setdefault("appointments", []).append(appointment)
    emu.state.set_status(job["serviceJobId"], "NOT_SERVICED")
    _touch(emu, job)
    return json_response(200, {"appointmentId": appointment["appointmentId"]})


def reschedule_appointment(emu: Emulator, request: Request) -> Response:
    """rescheduleAppointmentForServiceJobByServiceJobId."""
    body = request.json()
    text, duration = _time_input(body)
    code = body.get("rescheduleReasonCode")
    if not isinstance(code, str) or not code:
        raise missing(400, "rescheduleReasonCode")
    job = _job(emu, request, "reschedule", "No job exist with jobId : {}")
    old = _active_appointment(job, request)
    ok, allowed = _reason_allowed("reschedule", job, code)
    if not ok:
        raise invalid(
            422,
            f"Failed to add appointment for jobId : {job['serviceJobId']}, "
            "reason : Appointment reschedule reason code is not valid.",
            details=f"Allowed: {', '.join(allowed) or 'none'}",
        )
    new = _book(emu, job, text, duration, skip=(old["appointmentId"],))
    old["appointmentStatus"] = CANCELLED
    old["rescheduledAppointmentId"] = new["appointmentId"]
    job["appointments"].append(new)
    _touch(emu, job)
    result: Json = {"appointmentId": new["appointmentId"]}
    techs = old.get("assignedTechnicians")
    if techs:
        names = ",".join(t["technicianId"] for t in techs)
        result["warnings"] = [
            {"code": "RESOURCES_UNASSIGNED", "message": f"Unassigned resources : {names}"}
        ]
    return json_response(200, result)


def _resource_ids(items: Any) -> list[str]:
    if items is None:
        raise invalid(400, "Resources not provided in input JSON payload.")
    if not isinstance(items, list) or not items:
        raise invalid(400, "Resources must have size greater than or equal to 1.")
    ids = [item.get("resourceId") if isinstance(item, dict) else None for item in items]
    if not all(isinstance(i, str) and i for i in ids):
        raise missing(400, "resourceId")
    return [str(i) for i in ids]


def assign_resources(emu: Emulator, request: Request) -> Response:
    """assignAppointmentResources."""
    body = request.json()
    ids = _resource_ids(body.get("resources") if isinstance(body, dict) else None)
    job = _job(emu, request, "assign", "No job exists with jobId : {}")
    appointment = _appointment(job, request)
    if appointment.get("appointmentStatus") != ACTIVE:
        raise invalid(
            422,
            "Appointment metadata update is not allowed for appointmentId "
            f"{appointment['appointmentId']}",
        )
    state, errors, warnings = emu.state, [], []
    skills = set(job.get("scopeOfWork", {}).get("requiredSkills") or ())
    start, end = appointment_span(appointment)
    for rid in ids:
        resource = state.resources.get(rid)
        if resource is None:
            errors.append(f"Invalid resourceId : {rid} provided in the input.")
            continue
        if (
            resource["marketplaceId"] != job["marketplaceId"]
            or job.get("storeId") not in resource["storeIds"]
        ):
            errors.append(f"RESOURCES_NOT_AVAILABLE_IN_LOCATION:{rid}")
        elif not skills.issubset(resource.get("skills", ())):
            errors.append(f"RESOURCES_MISSING_REQUIRED_SKILLS:{rid}")
        else:
            line = timeline(
                state, rid, start, end, skip_appointments=(appointment["appointmentId"],)
            )
            if min_over(line, start, end, "available") < 1:
                warnings.append(rid)
    if errors:
        raise HttpError(422, [_assign_error(e) for e in errors])
    appointment["assignedTechnicians"] = [
        {"technicianId": rid, "name": state.resources[rid]["name"]} for rid in dict.fromkeys(ids)
    ]
    _touch(emu, job)
    if warnings:
        message = f"Resources overbooked for this time window: {','.join(warnings)}"
        payload = {"warnings": [{"code": "RESOURCES_OVERBOOKED", "message": message}]}
        return json_response(200, {"payload": payload})
    return json_response(200, {})


def _assign_error(text: str) -> dict[str, str]:
    code, _, rid = text.partition(":")
    if code == "RESOURCES_NOT_AVAILABLE_IN_LOCATION":
        message = f"Resources are not available in the store. Applicable resources: {rid}"
    elif code == "RESOURCES_MISSING_REQUIRED_SKILLS":
        message = f"Resources missing required skills. Applicable resources: {rid}"
    else:
        return {"code": "InvalidInput", "message": text, "details": ""}
    return {"code": code, "message": message, "details": ""}


def set_fulfillment(emu: Emulator, request: Request) -> Response:
    """setAppointmentFulfillmentData (the app answers its errors as a bare array)."""
    body = fulfillment.check_shape(request.json())
    job = _job(emu, request, "fulfill", "No job exist with jobId : {}")
    appointment = _active_appointment(job, request)
    errors = fulfillment.problems(emu, job, appointment, body)
    if errors:
        raise HttpError(
            422, [{"code": "InvalidInput", "message": e, "details": ""} for e in errors]
        )
    fulfillment.record(emu, appointment, body)
    _touch(emu, job)
    return Response(204, b"", b"")


def _close(emu: Emulator, job: Json, job_status: str, appointment_status: str) -> None:
    emu.state.set_status(job["serviceJobId"], job_status)
    for appointment in job.get("appointments", ()):
        if appointment.get("appointmentStatus") == ACTIVE:
            appointment["appointmentStatus"] = appointment_status


def complete_job(emu: Emulator, request: Request) -> Response:
    """completeServiceJobByServiceJobId."""
    job = _job(emu, request, "complete", "Job not found for jobId {}")
    _close(emu, job, "COMPLETED", COMPLETED)
    _touch(emu, job)
    return json_response(200, {})


def cancel_job(emu: Emulator, request: Request) -> Response:
    """cancelServiceJobByServiceJobId."""
    code = request.one("cancellationReasonCode")
    if not code or not _REASON.match(code):
        raise missing(400, "cancellationReasonCode")
    job = _job(emu, request, "cancel", "Job not found for jobId {}")
    ok, allowed = _reason_allowed("cancel", job, code)
    if not ok:
        raise invalid(
            422,
            f"Received invalid input reason code {code} for jobId {job['serviceJobId']}",
            details=f"Allowed: {', '.join(allowed) or 'none'}",
        )
    _close(emu, job, "CANCELLED", CANCELLED)
    _touch(emu, job)
    return json_response(200, {})


HANDLERS: dict[str, Callable[[Emulator, Request], Response]] = {
    "getServiceJobs": get_service_jobs,
    "getServiceJobByServiceJobId": get_service_job,
    "addAppointmentForServiceJobByServiceJobId": add_appointment,
    "rescheduleAppointmentForServiceJobByServiceJobId": reschedule_appointment,
    "assignAppointmentResources": assign_resources,
    "setAppointmentFulfillmentData": set_fulfillment,
    "completeServiceJobByServiceJobId": complete_job,
    "cancelServiceJobByServiceJobId": cancel_job,
    "createServiceDocumentUploadDestination": create_destination,
}

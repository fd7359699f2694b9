"""The operation table of the Services API.

Written by scripts/generate.py from the vendor extensions of spec/services-api-v1.yaml.
Do not edit: change the spec and run `make generate`.
"""

from typing import NamedTuple


class OperationSpec(NamedTuple):
    """One operation: how it is called, its default usage plan and whether it may be replayed."""

    operation_id: str
    method: str
    path: str
    rate: float
    burst: int
    retry_safe: bool
    page_token_param: str | None = None
    next_token_field: str | None = None
    items_field: str | None = None


OPERATIONS: dict[str, OperationSpec] = {
    "addAppointmentForServiceJobByServiceJobId": OperationSpec(
        "addAppointmentForServiceJobByServiceJobId",
        "POST",
        "/service/v1/serviceJobs/{serviceJobId}/appointments",
        5.0,
        20,
        False,
        None,
        None,
        None,
    ),
    "assignAppointmentResources": OperationSpec(
        "assignAppointmentResources",
        "PUT",
        "/service/v1/serviceJobs/{serviceJobId}/appointments/{appointmentId}/resources",
        1.0,
        2,
        True,
        None,
        None,
        None,
    ),
    "cancelReservation": OperationSpec(
        "cancelReservation",
        "DELETE",
        "/service/v1/reservation/{reservationId}",
        5.0,
        20,
        True,
        None,
        None,
        None,
    ),
    "cancelServiceJobByServiceJobId": OperationSpec(
        "cancelServiceJobByServiceJobId",
        "PUT",
        "/service/v1/serviceJobs/{serviceJobId}/cancellations",
        5.0,
        20,
        True,
        None,
        None,
        None,
    ),
    "completeServiceJobByServiceJobId": OperationSpec(
        "completeServiceJobByServiceJobId",
        "PUT",
        "/service/v1/serviceJobs/{serviceJobId}/completions",
        5.0,
        20,
        True,
        None,
        None,
        None,
    ),
    "createReservation": OperationSpec(
        "createReservation", "POST", "/service/v1/reservation", 5.0, 20, False, None, None, None
    ),
    "createServiceDocumentUploadDestination": OperationSpec(
        "createServiceDocumentUploadDestination",
        "POST",
        "/service/v1/documents",
        5.0,
        20,
        False,
        None,
        None,
        None,
    ),
    "getAppointmentSlots": OperationSpec(
        "getAppointmentSlots",
        "GET",
        "/service/v1/appointmentSlots",
        20.0,
        40,
        True,
        None,
        None,
        None,
    ),
    "getAppointmmentSlotsByJobId": OperationSpec(
        "getAppointmmentSlotsByJobId",
        "GET",
        "/service/v1/serviceJobs/{serviceJobId}/appointmentSlots",
        5.0,
        20,
        True,
        None,
        None,
        None,
    ),
    "getFixedSlotCapacity": OperationSpec(
        "getFixedSlotCapacity",
        "POST",
        "/service/v1/serviceResources/{resourceId}/capacity/fixed",
        5.0,
        20,
        True,
        "nextPageToken",
        "nextPageToken",
        "capacities",
    ),
    "getRangeSlotCapacity": OperationSpec(
        "getRangeSlotCapacity",
        "POST",
        "/service/v1/serviceResources/{resourceId}/capacity/range",
        5.0,
        20,
        True,
        "nextPageToken",
        "nextPageToken",
        "capacities",
    ),
    "getServiceJobByServiceJobId": OperationSpec(
        "getServiceJobByServiceJobId",
        "GET",
        "/service/v1/serviceJobs/{serviceJobId}",
        20.0,
        40,
        True,
        None,
        None,
        None,
    ),
    "getServiceJobs": OperationSpec(
        "getServiceJobs",
        "GET",
        "/service/v1/serviceJobs",
        10.0,
        40,
        True,
        "pageToken",
        "nextPageToken",
        "jobs",
    ),
    "rescheduleAppointmentForServiceJobByServiceJobId": OperationSpec(
        "rescheduleAppointmentForServiceJobByServiceJobId",
        "POST",
        "/service/v1/serviceJobs/{serviceJobId}/appointments/{appointmentId}",
        5.0,
        20,
        False,
        None,
        None,
        None,
    ),
    "setAppointmentFulfillmentData": OperationSpec(
        "setAppointmentFulfillmentData",
        "PUT",
        "/service/v1/serviceJobs/{serviceJobId}/appointments/{appointmentId}/fulfillment",
        5.0,
        20,
        True,
        None,
        None,
        None,
    ),
    "updateReservation": OperationSpec(
        "updateReservation",
        "PUT",
        "/service/v1/reservation/{reservationId}",
        5.0,
        20,
        True,
        None,
        None,
        None,
    ),
    "updateSchedule": OperationSpec(
        "updateSchedule",
        "PUT",
        "/service/v1/serviceResources/{resourceId}/schedules",
        5.0,
        20,
        True,
        None,
        None,
        None,
    ),
}

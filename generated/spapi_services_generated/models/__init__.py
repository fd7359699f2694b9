"""Contains all the data models used in inputs/outputs"""

from .add_appointment_request import AddAppointmentRequest
from .address import Address
from .appointment import Appointment
from .appointment_appointment_status import AppointmentAppointmentStatus
from .appointment_resource import AppointmentResource
from .appointment_slot import AppointmentSlot
from .appointment_slot_report import AppointmentSlotReport
from .appointment_slot_report_scheduling_type import AppointmentSlotReportSchedulingType
from .appointment_time import AppointmentTime
from .appointment_time_input import AppointmentTimeInput
from .assign_appointment_resources_request import AssignAppointmentResourcesRequest
from .assign_appointment_resources_response import AssignAppointmentResourcesResponse
from .assign_appointment_resources_response_payload import AssignAppointmentResourcesResponsePayload
from .associated_item import AssociatedItem
from .associated_item_item_status import AssociatedItemItemStatus
from .availability_record import AvailabilityRecord
from .buyer import Buyer
from .cancel_reservation_response import CancelReservationResponse
from .cancel_service_job_by_service_job_id_response import CancelServiceJobByServiceJobIdResponse
from .capacity_type import CapacityType
from .complete_service_job_by_service_job_id_response import (
    CompleteServiceJobByServiceJobIdResponse,
)
from .create_reservation_record import CreateReservationRecord
from .create_reservation_request import CreateReservationRequest
from .create_reservation_response import CreateReservationResponse
from .create_service_document_upload_destination import CreateServiceDocumentUploadDestination
from .date_time_range import DateTimeRange
from .day_of_week import DayOfWeek
from .encryption_details import EncryptionDetails
from .encryption_details_standard import EncryptionDetailsStandard
from .error import Error
from .error_error_level import ErrorErrorLevel
from .fixed_slot import FixedSlot
from .fixed_slot_capacity import FixedSlotCapacity
from .fixed_slot_capacity_errors import FixedSlotCapacityErrors
from .fixed_slot_capacity_query import FixedSlotCapacityQuery
from .fulfillment_document import FulfillmentDocument
from .fulfillment_time import FulfillmentTime
from .get_appointment_slots_response import GetAppointmentSlotsResponse
from .get_service_job_by_service_job_id_response import GetServiceJobByServiceJobIdResponse
from .get_service_jobs_response import GetServiceJobsResponse
from .get_service_jobs_service_job_status_item import GetServiceJobsServiceJobStatusItem
from .get_service_jobs_sort_field import GetServiceJobsSortField
from .get_service_jobs_sort_order import GetServiceJobsSortOrder
from .item_delivery import ItemDelivery
from .item_delivery_promise import ItemDeliveryPromise
from .job_listing import JobListing
from .linked_asset import LinkedAsset
from .linked_asset_additional_attributes import LinkedAssetAdditionalAttributes
from .money_amount import MoneyAmount
from .payment import Payment
from .poa import Poa
from .poa_poa_type import PoaPoaType
from .range_capacity import RangeCapacity
from .range_slot import RangeSlot
from .range_slot_capacity import RangeSlotCapacity
from .range_slot_capacity_errors import RangeSlotCapacityErrors
from .range_slot_capacity_query import RangeSlotCapacityQuery
from .recurrence import Recurrence
from .reschedule_appointment_request import RescheduleAppointmentRequest
from .reservation import Reservation
from .reservation_type import ReservationType
from .scope_of_work import ScopeOfWork
from .seller import Seller
from .service_document_upload_destination import ServiceDocumentUploadDestination
from .service_document_upload_destination_headers import ServiceDocumentUploadDestinationHeaders
from .service_job import ServiceJob
from .service_job_provider import ServiceJobProvider
from .service_job_service_job_status import ServiceJobServiceJobStatus
from .service_location import ServiceLocation
from .service_location_service_location_type import ServiceLocationServiceLocationType
from .service_upload_document import ServiceUploadDocument
from .service_upload_document_content_type import ServiceUploadDocumentContentType
from .set_appointment_fulfillment_data_request import SetAppointmentFulfillmentDataRequest
from .set_appointment_response import SetAppointmentResponse
from .technician import Technician
from .update_reservation_record import UpdateReservationRecord
from .update_reservation_request import UpdateReservationRequest
from .update_reservation_response import UpdateReservationResponse
from .update_schedule_record import UpdateScheduleRecord
from .update_schedule_request import UpdateScheduleRequest
from .update_schedule_response import UpdateScheduleResponse
from .warning import Warning_

__all__ = (
    "AddAppointmentRequest",
    "Address",
    "Appointment",
    "AppointmentAppointmentStatus",
    "AppointmentResource",
    "AppointmentSlot",
    "AppointmentSlotReport",
    "AppointmentSlotReportSchedulingType",
    "AppointmentTime",
    "AppointmentTimeInput",
    "AssignAppointmentResourcesRequest",
    "AssignAppointmentResourcesResponse",
    "AssignAppointmentResourcesResponsePayload",
    "AssociatedItem",
    "AssociatedItemItemStatus",
    "AvailabilityRecord",
    "Buyer",
    "CancelReservationResponse",
    "CancelServiceJobByServiceJobIdResponse",
    "CapacityType",
    "CompleteServiceJobByServiceJobIdResponse",
    "CreateReservationRecord",
    "CreateReservationRequest",
    "CreateReservationResponse",
    "CreateServiceDocumentUploadDestination",
    "DateTimeRange",
    "DayOfWeek",
    "EncryptionDetails",
    "EncryptionDetailsStandard",
    "Error",
    "ErrorErrorLevel",
    "FixedSlot",
    "FixedSlotCapacity",
    "FixedSlotCapacityErrors",
    "FixedSlotCapacityQuery",
    "FulfillmentDocument",
    "FulfillmentTime",
    "GetAppointmentSlotsResponse",
    "GetServiceJobByServiceJobIdResponse",
    "GetServiceJobsResponse",
    "GetServiceJobsServiceJobStatusItem",
    "GetServiceJobsSortField",
    "GetServiceJobsSortOrder",
    "ItemDelivery",
    "ItemDeliveryPromise",
    "JobListing",
    "LinkedAsset",
    "LinkedAssetAdditionalAttributes",
    "MoneyAmount",
    "Payment",
    "Poa",
    "PoaPoaType",
    "RangeCapacity",
    "RangeSlot",
    "RangeSlotCapacity",
    "RangeSlotCapacityErrors",
    "RangeSlotCapacityQuery",
    "Recurrence",
    "RescheduleAppointmentRequest",
    "Reservation",
    "ReservationType",
    "ScopeOfWork",
    "Seller",
    "ServiceDocumentUploadDestination",
    "ServiceDocumentUploadDestinationHeaders",
    "ServiceJob",
    "ServiceJobProvider",
    "ServiceJobServiceJobStatus",
    "ServiceLocation",
    "ServiceLocationServiceLocationType",
    "ServiceUploadDocument",
    "ServiceUploadDocumentContentType",
    "SetAppointmentFulfillmentDataRequest",
    "SetAppointmentResponse",
    "Technician",
    "UpdateReservationRecord",
    "UpdateReservationRequest",
    "UpdateReservationResponse",
    "UpdateScheduleRecord",
    "UpdateScheduleRequest",
    "UpdateScheduleResponse",
    "Warning_",
)

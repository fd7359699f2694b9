from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.appointment_resource import AppointmentResource
from ..models.date_time_range import DateTimeRange
from ..models.fulfillment_document import FulfillmentDocument
from ..models.fulfillment_time import FulfillmentTime
from ..types import UNSET, Unset

T = TypeVar("T", bound="SetAppointmentFulfillmentDataRequest")


@_attrs_define
class SetAppointmentFulfillmentDataRequest:
    """Body recording how an appointment was carried out: arrival estimate, actual times, resources and proof documents.
    Send only the parts you have.

        Attributes:
            estimated_arrival_time (DateTimeRange | Unset): A window between two instants; both ends are required.
            fulfillment_time (FulfillmentTime | Unset): When the work of an appointment actually started and ended.
            appointment_resources (list[AppointmentResource] | Unset): The resources (technicians) assigned to an
                appointment.
            fulfillment_documents (list[FulfillmentDocument] | Unset): Documents uploaded as proof that an appointment was
                carried out.
    """

    estimated_arrival_time: DateTimeRange | Unset = UNSET
    fulfillment_time: FulfillmentTime | Unset = UNSET
    appointment_resources: list[AppointmentResource] | Unset = UNSET
    fulfillment_documents: list[FulfillmentDocument] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        estimated_arrival_time: dict[str, Any] | Unset = UNSET
        if not isinstance(self.estimated_arrival_time, Unset):
            estimated_arrival_time = (
                self.estimated_arrival_time.to_dict()
                if hasattr(self.estimated_arrival_time, "to_dict")
                else self.estimated_arrival_time
            )

        fulfillment_time: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fulfillment_time, Unset):
            fulfillment_time = (
                self.fulfillment_time.to_dict()
                if hasattr(self.fulfillment_time, "to_dict")
                else self.fulfillment_time
            )

        appointment_resources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.appointment_resources, Unset):
            if isinstance(self.appointment_resources, list):
                appointment_resources = []
                for componentsschemas_appointment_resources_item_data in self.appointment_resources:
                    componentsschemas_appointment_resources_item = (
                        componentsschemas_appointment_resources_item_data.to_dict()
                        if hasattr(componentsschemas_appointment_resources_item_data, "to_dict")
                        else componentsschemas_appointment_resources_item_data
                    )
                    appointment_resources.append(componentsschemas_appointment_resources_item)
            else:
                appointment_resources = self.appointment_resources

        fulfillment_documents: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fulfillment_documents, Unset):
            if isinstance(self.fulfillment_documents, list):
                fulfillment_documents = []
                for componentsschemas_fulfillment_documents_item_data in self.fulfillment_documents:
                    componentsschemas_fulfillment_documents_item = (
                        componentsschemas_fulfillment_documents_item_data.to_dict()
                        if hasattr(componentsschemas_fulfillment_documents_item_data, "to_dict")
                        else componentsschemas_fulfillment_documents_item_data
                    )
                    fulfillment_documents.append(componentsschemas_fulfillment_documents_item)
            else:
                fulfillment_documents = self.fulfillment_documents

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if estimated_arrival_time is not UNSET:
            field_dict["estimatedArrivalTime"] = estimated_arrival_time
        if fulfillment_time is not UNSET:
            field_dict["fulfillmentTime"] = fulfillment_time
        if appointment_resources is not UNSET:
            field_dict["appointmentResources"] = appointment_resources
        if fulfillment_documents is not UNSET:
            field_dict["fulfillmentDocuments"] = fulfillment_documents

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _estimated_arrival_time = d.pop("estimatedArrivalTime", UNSET)
        estimated_arrival_time: DateTimeRange | Unset
        if _estimated_arrival_time is UNSET or _estimated_arrival_time is None:
            estimated_arrival_time = UNSET
        else:
            estimated_arrival_time = (
                DateTimeRange.from_dict(_estimated_arrival_time)
                if isinstance(_estimated_arrival_time, dict)
                else _estimated_arrival_time
            )

        _fulfillment_time = d.pop("fulfillmentTime", UNSET)
        fulfillment_time: FulfillmentTime | Unset
        if _fulfillment_time is UNSET or _fulfillment_time is None:
            fulfillment_time = UNSET
        else:
            fulfillment_time = (
                FulfillmentTime.from_dict(_fulfillment_time)
                if isinstance(_fulfillment_time, dict)
                else _fulfillment_time
            )

        _appointment_resources = d.pop("appointmentResources", UNSET)
        appointment_resources: list[AppointmentResource] | Unset
        if isinstance(_appointment_resources, list):
            appointment_resources = [
                (
                    AppointmentResource.from_dict(componentsschemas_appointment_resources_item_data)
                    if isinstance(componentsschemas_appointment_resources_item_data, dict)
                    else componentsschemas_appointment_resources_item_data
                )
                for componentsschemas_appointment_resources_item_data in _appointment_resources
                if componentsschemas_appointment_resources_item_data is not None
            ]
        elif _appointment_resources is None:
            appointment_resources = UNSET
        else:
            appointment_resources = _appointment_resources

        _fulfillment_documents = d.pop("fulfillmentDocuments", UNSET)
        fulfillment_documents: list[FulfillmentDocument] | Unset
        if isinstance(_fulfillment_documents, list):
            fulfillment_documents = [
                (
                    FulfillmentDocument.from_dict(componentsschemas_fulfillment_documents_item_data)
                    if isinstance(componentsschemas_fulfillment_documents_item_data, dict)
                    else componentsschemas_fulfillment_documents_item_data
                )
                for componentsschemas_fulfillment_documents_item_data in _fulfillment_documents
                if componentsschemas_fulfillment_documents_item_data is not None
            ]
        elif _fulfillment_documents is None:
            fulfillment_documents = UNSET
        else:
            fulfillment_documents = _fulfillment_documents

        set_appointment_fulfillment_data_request = cls(
            estimated_arrival_time,
            fulfillment_time,
            appointment_resources,
            fulfillment_documents,
        )

        set_appointment_fulfillment_data_request.additional_properties = d
        return set_appointment_fulfillment_data_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.appointment_resource import AppointmentResource
from ..types import UNSET

T = TypeVar("T", bound="AssignAppointmentResourcesRequest")


@_attrs_define
class AssignAppointmentResourcesRequest:
    """Body of an assignment: the complete list of resources (technicians) who will carry out the appointment.

    Attributes:
        resources (list[AppointmentResource]): The resources (technicians) assigned to an appointment.
    """

    resources: list[AppointmentResource]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self.resources is UNSET:
            resources = UNSET
        else:
            if isinstance(self.resources, list):
                resources = []
                for componentsschemas_appointment_resources_item_data in self.resources:
                    componentsschemas_appointment_resources_item = (
                        componentsschemas_appointment_resources_item_data.to_dict()
                        if hasattr(componentsschemas_appointment_resources_item_data, "to_dict")
                        else componentsschemas_appointment_resources_item_data
                    )
                    resources.append(componentsschemas_appointment_resources_item)
            else:
                resources = self.resources

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if resources is not UNSET:
            field_dict["resources"] = resources

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _resources = d.pop("resources", UNSET)
        resources: list[AppointmentResource]
        if isinstance(_resources, list):
            resources = [
                (
                    AppointmentResource.from_dict(componentsschemas_appointment_resources_item_data)
                    if isinstance(componentsschemas_appointment_resources_item_data, dict)
                    else componentsschemas_appointment_resources_item_data
                )
                for componentsschemas_appointment_resources_item_data in _resources
                if componentsschemas_appointment_resources_item_data is not None
            ]
        elif _resources is None:
            resources = UNSET
        else:
            resources = _resources

        assign_appointment_resources_request = cls(
            resources,
        )

        assign_appointment_resources_request.additional_properties = d
        return assign_appointment_resources_request

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

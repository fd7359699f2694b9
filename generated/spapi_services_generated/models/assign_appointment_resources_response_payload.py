from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.warning import Warning_
from ..types import UNSET, Unset

T = TypeVar("T", bound="AssignAppointmentResourcesResponsePayload")


@_attrs_define
class AssignAppointmentResourcesResponsePayload:
    """Outcome of the assignment.

    Attributes:
        warnings (list[Warning_] | Unset): Non-fatal problems noticed while handling a request that otherwise succeeded.
    """

    warnings: list[Warning_] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        warnings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.warnings, Unset):
            if isinstance(self.warnings, list):
                warnings = []
                for componentsschemas_warning_list_item_data in self.warnings:
                    componentsschemas_warning_list_item = (
                        componentsschemas_warning_list_item_data.to_dict()
                        if hasattr(componentsschemas_warning_list_item_data, "to_dict")
                        else componentsschemas_warning_list_item_data
                    )
                    warnings.append(componentsschemas_warning_list_item)
            else:
                warnings = self.warnings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if warnings is not UNSET:
            field_dict["warnings"] = warnings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _warnings = d.pop("warnings", UNSET)
        warnings: list[Warning_] | Unset
        if isinstance(_warnings, list):
            warnings = [
                (
                    Warning_.from_dict(componentsschemas_warning_list_item_data)
                    if isinstance(componentsschemas_warning_list_item_data, dict)
                    else componentsschemas_warning_list_item_data
                )
                for componentsschemas_warning_list_item_data in _warnings
                if componentsschemas_warning_list_item_data is not None
            ]
        elif _warnings is None:
            warnings = UNSET
        else:
            warnings = _warnings

        assign_appointment_resources_response_payload = cls(
            warnings,
        )

        assign_appointment_resources_response_payload.additional_properties = d
        return assign_appointment_resources_response_payload

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

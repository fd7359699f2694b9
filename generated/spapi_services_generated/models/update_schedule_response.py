from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.error import Error
from ..models.update_schedule_record import UpdateScheduleRecord
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateScheduleResponse")


@_attrs_define
class UpdateScheduleResponse:
    """Result of updating a resource's schedule: the availability records that were not applied as sent, or errors.

    Attributes:
        payload (list[UpdateScheduleRecord] | Unset): Records that were not applied as sent, each with its warnings or
            errors; empty when all were applied.
        errors (list[Error] | Unset): The errors that explain why a request failed.
    """

    payload: list[UpdateScheduleRecord] | Unset = UNSET
    errors: list[Error] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payload: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.payload, Unset):
            if isinstance(self.payload, list):
                payload = []
                for payload_item_data in self.payload:
                    payload_item = (
                        payload_item_data.to_dict()
                        if hasattr(payload_item_data, "to_dict")
                        else payload_item_data
                    )
                    payload.append(payload_item)
            else:
                payload = self.payload

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            if isinstance(self.errors, list):
                errors = []
                for componentsschemas_error_list_item_data in self.errors:
                    componentsschemas_error_list_item = (
                        componentsschemas_error_list_item_data.to_dict()
                        if hasattr(componentsschemas_error_list_item_data, "to_dict")
                        else componentsschemas_error_list_item_data
                    )
                    errors.append(componentsschemas_error_list_item)
            else:
                errors = self.errors

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if payload is not UNSET:
            field_dict["payload"] = payload
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _payload = d.pop("payload", UNSET)
        payload: list[UpdateScheduleRecord] | Unset
        if isinstance(_payload, list):
            payload = [
                (
                    UpdateScheduleRecord.from_dict(payload_item_data)
                    if isinstance(payload_item_data, dict)
                    else payload_item_data
                )
                for payload_item_data in _payload
                if payload_item_data is not None
            ]
        elif _payload is None:
            payload = UNSET
        else:
            payload = _payload

        _errors = d.pop("errors", UNSET)
        errors: list[Error] | Unset
        if isinstance(_errors, list):
            errors = [
                (
                    Error.from_dict(componentsschemas_error_list_item_data)
                    if isinstance(componentsschemas_error_list_item_data, dict)
                    else componentsschemas_error_list_item_data
                )
                for componentsschemas_error_list_item_data in _errors
                if componentsschemas_error_list_item_data is not None
            ]
        elif _errors is None:
            errors = UNSET
        else:
            errors = _errors

        update_schedule_response = cls(
            payload,
            errors,
        )

        update_schedule_response.additional_properties = d
        return update_schedule_response

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

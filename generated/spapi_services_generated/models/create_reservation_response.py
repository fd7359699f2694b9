from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_reservation_record import CreateReservationRecord
from ..models.error import Error
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateReservationResponse")


@_attrs_define
class CreateReservationResponse:
    """Result of creating a reservation: the reservation as stored, or errors.

    Attributes:
        payload (CreateReservationRecord | Unset): A created reservation with the warnings or errors it produced.
        errors (list[Error] | Unset): The errors that explain why a request failed.
    """

    payload: CreateReservationRecord | Unset = UNSET
    errors: list[Error] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payload: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payload, Unset):
            payload = self.payload.to_dict() if hasattr(self.payload, "to_dict") else self.payload

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
        payload: CreateReservationRecord | Unset
        if _payload is UNSET or _payload is None:
            payload = UNSET
        else:
            payload = (
                CreateReservationRecord.from_dict(_payload)
                if isinstance(_payload, dict)
                else _payload
            )

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

        create_reservation_response = cls(
            payload,
            errors,
        )

        create_reservation_response.additional_properties = d
        return create_reservation_response

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.error import Error
from ..models.reservation import Reservation
from ..models.warning import Warning_
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateReservationRecord")


@_attrs_define
class UpdateReservationRecord:
    """An updated reservation with the warnings or errors it produced.

    Attributes:
        reservation (Reservation | Unset): A block of a resource's time taken out of the capacity offered to buyers (a
            break, travel, training...).
        warnings (list[Warning_] | Unset): Non-fatal problems noticed while handling a request that otherwise succeeded.
        errors (list[Error] | Unset): The errors that explain why a request failed.
    """

    reservation: Reservation | Unset = UNSET
    warnings: list[Warning_] | Unset = UNSET
    errors: list[Error] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reservation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reservation, Unset):
            reservation = (
                self.reservation.to_dict()
                if hasattr(self.reservation, "to_dict")
                else self.reservation
            )

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
        if reservation is not UNSET:
            field_dict["reservation"] = reservation
        if warnings is not UNSET:
            field_dict["warnings"] = warnings
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _reservation = d.pop("reservation", UNSET)
        reservation: Reservation | Unset
        if _reservation is UNSET or _reservation is None:
            reservation = UNSET
        else:
            reservation = (
                Reservation.from_dict(_reservation)
                if isinstance(_reservation, dict)
                else _reservation
            )

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

        update_reservation_record = cls(
            reservation,
            warnings,
            errors,
        )

        update_reservation_record.additional_properties = d
        return update_reservation_record

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

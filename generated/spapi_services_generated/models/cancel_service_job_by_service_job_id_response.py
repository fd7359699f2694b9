from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.error import Error
from ..types import UNSET, Unset

T = TypeVar("T", bound="CancelServiceJobByServiceJobIdResponse")


@_attrs_define
class CancelServiceJobByServiceJobIdResponse:
    """Body returned when cancelling a job; empty on success, errors otherwise.

    Attributes:
        errors (list[Error] | Unset): The errors that explain why a request failed.
    """

    errors: list[Error] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
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

        cancel_service_job_by_service_job_id_response = cls(
            errors,
        )

        cancel_service_job_by_service_job_id_response.additional_properties = d
        return cancel_service_job_by_service_job_id_response

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

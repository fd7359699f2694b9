from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.error import Error
from ..models.service_document_upload_destination import ServiceDocumentUploadDestination
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateServiceDocumentUploadDestination")


@_attrs_define
class CreateServiceDocumentUploadDestination:
    """Body returned when asking for an upload destination: where and how to upload, or errors.

    Attributes:
        payload (ServiceDocumentUploadDestination | Unset): Where to upload a document and how to encrypt it first. The
            URL is presigned and short-lived; treat it, the key and the IV as secrets.
        errors (list[Error] | Unset): The errors that explain why a request failed.
    """

    payload: ServiceDocumentUploadDestination | Unset = UNSET
    errors: list[Error] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payload: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payload, Unset):
            payload = self.payload.to_dict()

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for componentsschemas_error_list_item_data in self.errors:
                componentsschemas_error_list_item = componentsschemas_error_list_item_data.to_dict()
                errors.append(componentsschemas_error_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if payload is not UNSET:
            field_dict["payload"] = payload
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _payload = d.pop("payload", UNSET)
        payload: ServiceDocumentUploadDestination | Unset
        if isinstance(_payload, Unset):
            payload = UNSET
        else:
            payload = ServiceDocumentUploadDestination.from_dict(_payload)

        _errors = d.pop("errors", UNSET)
        errors: list[Error] | Unset = UNSET
        if _errors is not UNSET:
            errors = []
            for componentsschemas_error_list_item_data in _errors:
                componentsschemas_error_list_item = Error.from_dict(
                    componentsschemas_error_list_item_data
                )

                errors.append(componentsschemas_error_list_item)

        create_service_document_upload_destination = cls(
            payload=payload,
            errors=errors,
        )

        create_service_document_upload_destination.additional_properties = d
        return create_service_document_upload_destination

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.encryption_details import EncryptionDetails
from ..models.service_document_upload_destination_headers import (
    ServiceDocumentUploadDestinationHeaders,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ServiceDocumentUploadDestination")


@_attrs_define
class ServiceDocumentUploadDestination:
    """Where to upload a document and how to encrypt it first. The URL is presigned and short-lived; treat it, the key and
    the IV as secrets.

        Attributes:
            upload_destination_id (str): Id to quote in `fulfillmentDocuments` once the file is uploaded.
            url (str): Presigned URL to PUT the encrypted file to; it expires after a few minutes. Secret: never log it.
            encryption_details (EncryptionDetails): How to encrypt a document before uploading it. The key and the IV are
                secrets.
            headers (ServiceDocumentUploadDestinationHeaders | Unset): Extra HTTP headers the upload PUT must carry, if any.
    """

    upload_destination_id: str
    url: str
    encryption_details: EncryptionDetails
    headers: ServiceDocumentUploadDestinationHeaders | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        masked = ["url"]
        fields = ", ".join(
            f"{name}=<redacted>" if name in masked else f"{name}={getattr(self, name)!r}"
            for name in ["upload_destination_id", "url", "encryption_details", "headers"]
        )
        return f"{type(self).__name__}({fields})"

    def to_dict(self) -> dict[str, Any]:
        upload_destination_id = self.upload_destination_id

        url = self.url

        if self.encryption_details is UNSET:
            encryption_details = UNSET
        else:
            encryption_details = (
                self.encryption_details.to_dict()
                if hasattr(self.encryption_details, "to_dict")
                else self.encryption_details
            )

        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = self.headers.to_dict() if hasattr(self.headers, "to_dict") else self.headers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if upload_destination_id is not UNSET:
            field_dict["uploadDestinationId"] = upload_destination_id
        if url is not UNSET:
            field_dict["url"] = url
        if encryption_details is not UNSET:
            field_dict["encryptionDetails"] = encryption_details
        if headers is not UNSET:
            field_dict["headers"] = headers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        upload_destination_id = d.pop("uploadDestinationId", UNSET)

        url = d.pop("url", UNSET)

        _encryption_details = d.pop("encryptionDetails", UNSET)
        encryption_details: EncryptionDetails
        if _encryption_details is UNSET or _encryption_details is None:
            encryption_details = UNSET
        else:
            encryption_details = (
                EncryptionDetails.from_dict(_encryption_details)
                if isinstance(_encryption_details, dict)
                else _encryption_details
            )

        _headers = d.pop("headers", UNSET)
        headers: ServiceDocumentUploadDestinationHeaders | Unset
        if _headers is UNSET or _headers is None:
            headers = UNSET
        else:
            headers = (
                ServiceDocumentUploadDestinationHeaders.from_dict(_headers)
                if isinstance(_headers, dict)
                else _headers
            )

        service_document_upload_destination = cls(
            upload_destination_id,
            url,
            encryption_details,
            headers,
        )

        service_document_upload_destination.additional_properties = d
        return service_document_upload_destination

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FulfillmentDocument")


@_attrs_define
class FulfillmentDocument:
    """A document previously uploaded to a destination created with `createServiceDocumentUploadDestination`.

    Attributes:
        upload_destination_id (str | Unset): Id returned by `createServiceDocumentUploadDestination` for the upload.
        content_sha_256 (str | Unset): Base64 SHA-256 digest of the bytes uploaded (after encryption), so Amazon can
            check them.
    """

    upload_destination_id: str | Unset = UNSET
    content_sha_256: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        upload_destination_id = self.upload_destination_id

        content_sha_256 = self.content_sha_256

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if upload_destination_id is not UNSET:
            field_dict["uploadDestinationId"] = upload_destination_id
        if content_sha_256 is not UNSET:
            field_dict["contentSha256"] = content_sha_256

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        upload_destination_id = d.pop("uploadDestinationId", UNSET)

        content_sha_256 = d.pop("contentSha256", UNSET)

        fulfillment_document = cls(
            upload_destination_id,
            content_sha_256,
        )

        fulfillment_document.additional_properties = d
        return fulfillment_document

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

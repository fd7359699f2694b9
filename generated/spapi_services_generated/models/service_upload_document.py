from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.service_upload_document_content_type import ServiceUploadDocumentContentType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ServiceUploadDocument")


@_attrs_define
class ServiceUploadDocument:
    """Describes a file before it is uploaded: its type, size in bytes and MD5 digest.

    Attributes:
        content_type (ServiceUploadDocumentContentType): File type of the document.
        content_length (float): Size of the file in bytes, at most 5 MiB (5242880).
        content_md5 (str | Unset): Base64 MD5 digest of the file, so the upload can be checked for damage.
    """

    content_type: ServiceUploadDocumentContentType
    content_length: float
    content_md5: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self.content_type is UNSET:
            content_type = UNSET
        else:
            content_type = self.content_type.value

        content_length = self.content_length

        content_md5 = self.content_md5

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if content_type is not UNSET:
            field_dict["contentType"] = content_type
        if content_length is not UNSET:
            field_dict["contentLength"] = content_length
        if content_md5 is not UNSET:
            field_dict["contentMD5"] = content_md5

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _content_type = d.pop("contentType", UNSET)
        content_type: ServiceUploadDocumentContentType
        if _content_type is UNSET or _content_type is None:
            content_type = UNSET
        else:
            content_type = ServiceUploadDocumentContentType.parse(_content_type)

        content_length = d.pop("contentLength", UNSET)

        content_md5 = d.pop("contentMD5", UNSET)

        service_upload_document = cls(
            content_type,
            content_length,
            content_md5,
        )

        service_upload_document.additional_properties = d
        return service_upload_document

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

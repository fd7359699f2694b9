from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.encryption_details_standard import EncryptionDetailsStandard
from ..types import UNSET

T = TypeVar("T", bound="EncryptionDetails")


@_attrs_define
class EncryptionDetails:
    """How to encrypt a document before uploading it. The key and the IV are secrets.

    Attributes:
        standard (EncryptionDetailsStandard): Encryption standard to use; `AES`, in CBC mode with the key and IV given
            here.
        initialization_vector (str): Base64 initialisation vector for the cipher. Secret: never log it.
        key (str): Base64 encryption key. Secret: never log it.
    """

    standard: EncryptionDetailsStandard
    initialization_vector: str
    key: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        masked = ["initialization_vector", "key"]
        fields = ", ".join(
            f"{name}=<redacted>" if name in masked else f"{name}={getattr(self, name)!r}"
            for name in ["standard", "initialization_vector", "key"]
        )
        return f"{type(self).__name__}({fields})"

    def to_dict(self) -> dict[str, Any]:
        if self.standard is UNSET:
            standard = UNSET
        else:
            standard = self.standard.value

        initialization_vector = self.initialization_vector

        key = self.key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if standard is not UNSET:
            field_dict["standard"] = standard
        if initialization_vector is not UNSET:
            field_dict["initializationVector"] = initialization_vector
        if key is not UNSET:
            field_dict["key"] = key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _standard = d.pop("standard", UNSET)
        standard: EncryptionDetailsStandard
        if _standard is UNSET or _standard is None:
            standard = UNSET
        else:
            standard = EncryptionDetailsStandard.parse(_standard)

        initialization_vector = d.pop("initializationVector", UNSET)

        key = d.pop("key", UNSET)

        encryption_details = cls(
            standard,
            initialization_vector,
            key,
        )

        encryption_details.additional_properties = d
        return encryption_details

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.error_error_level import ErrorErrorLevel
from ..types import UNSET, Unset

T = TypeVar("T", bound="Error")


@_attrs_define
class Error:
    """One problem found while handling a request.

    Attributes:
        code (str): Machine-readable kind of error, such as `InvalidInput`.
        message (str): What went wrong, for people.
        details (str | Unset): Extra context that may help fix the request.
        error_level (ErrorErrorLevel | Unset): Severity: `ERROR` or `WARNING`.
    """

    code: str
    message: str
    details: str | Unset = UNSET
    error_level: ErrorErrorLevel | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        details = self.details

        error_level: str | Unset = UNSET
        if not isinstance(self.error_level, Unset):
            error_level = self.error_level.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message
        if details is not UNSET:
            field_dict["details"] = details
        if error_level is not UNSET:
            field_dict["errorLevel"] = error_level

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code", UNSET)

        message = d.pop("message", UNSET)

        details = d.pop("details", UNSET)

        _error_level = d.pop("errorLevel", UNSET)
        error_level: ErrorErrorLevel | Unset
        if _error_level is UNSET or _error_level is None:
            error_level = UNSET
        else:
            error_level = ErrorErrorLevel.parse(_error_level)

        error = cls(
            code,
            message,
            details,
            error_level,
        )

        error.additional_properties = d
        return error

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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET

T = TypeVar("T", bound="DateTimeRange")


@_attrs_define
class DateTimeRange:
    """A window between two instants; both ends are required.

    Attributes:
        start_time (datetime.datetime): Start of the window.
        end_time (datetime.datetime): End of the window; after the start.
    """

    start_time: datetime.datetime
    end_time: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self.start_time is UNSET:
            start_time = UNSET
        else:
            start_time = types.format_datetime(self.start_time)

        if self.end_time is UNSET:
            end_time = UNSET
        else:
            end_time = types.format_datetime(self.end_time)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if start_time is not UNSET:
            field_dict["startTime"] = start_time
        if end_time is not UNSET:
            field_dict["endTime"] = end_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _start_time = d.pop("startTime", UNSET)
        start_time: datetime.datetime
        if _start_time is UNSET or _start_time is None:
            start_time = UNSET
        else:
            start_time = types.parse_datetime(_start_time)

        _end_time = d.pop("endTime", UNSET)
        end_time: datetime.datetime
        if _end_time is UNSET or _end_time is None:
            end_time = UNSET
        else:
            end_time = types.parse_datetime(_end_time)

        date_time_range = cls(
            start_time,
            end_time,
        )

        date_time_range.additional_properties = d
        return date_time_range

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

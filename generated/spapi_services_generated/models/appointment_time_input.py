from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="AppointmentTimeInput")


@_attrs_define
class AppointmentTimeInput:
    """A time window the caller asks for: its start and, optionally, its length.

    Attributes:
        start_time (datetime.datetime): When the window should start; sent in UTC.
        duration_in_minutes (int | Unset): Length of the window in minutes. Leave it out to use the length configured
            for the service; when given it must equal that length.
    """

    start_time: datetime.datetime
    duration_in_minutes: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self.start_time is UNSET:
            start_time = UNSET
        else:
            start_time = types.format_datetime(self.start_time)

        duration_in_minutes = self.duration_in_minutes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if start_time is not UNSET:
            field_dict["startTime"] = start_time
        if duration_in_minutes is not UNSET:
            field_dict["durationInMinutes"] = duration_in_minutes

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

        _duration_in_minutes = d.pop("durationInMinutes", UNSET)
        duration_in_minutes: int | Unset
        if _duration_in_minutes is UNSET or _duration_in_minutes is None:
            duration_in_minutes = UNSET
        else:
            duration_in_minutes = types.coerce_int(_duration_in_minutes)

        appointment_time_input = cls(
            start_time,
            duration_in_minutes,
        )

        appointment_time_input.additional_properties = d
        return appointment_time_input

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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="RangeSlot")


@_attrs_define
class RangeSlot:
    """A stretch of time during which a capacity value holds.

    Attributes:
        start_date_time (datetime.datetime | Unset): Start of the range.
        end_date_time (datetime.datetime | Unset): End of the range.
        capacity (int | Unset): Capacity during the range.
    """

    start_date_time: datetime.datetime | Unset = UNSET
    end_date_time: datetime.datetime | Unset = UNSET
    capacity: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_date_time: str | Unset = UNSET
        if not isinstance(self.start_date_time, Unset):
            start_date_time = types.format_datetime(self.start_date_time)

        end_date_time: str | Unset = UNSET
        if not isinstance(self.end_date_time, Unset):
            end_date_time = types.format_datetime(self.end_date_time)

        capacity = self.capacity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if start_date_time is not UNSET:
            field_dict["startDateTime"] = start_date_time
        if end_date_time is not UNSET:
            field_dict["endDateTime"] = end_date_time
        if capacity is not UNSET:
            field_dict["capacity"] = capacity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _start_date_time = d.pop("startDateTime", UNSET)
        start_date_time: datetime.datetime | Unset
        if _start_date_time is UNSET or _start_date_time is None:
            start_date_time = UNSET
        else:
            start_date_time = types.parse_datetime(_start_date_time)

        _end_date_time = d.pop("endDateTime", UNSET)
        end_date_time: datetime.datetime | Unset
        if _end_date_time is UNSET or _end_date_time is None:
            end_date_time = UNSET
        else:
            end_date_time = types.parse_datetime(_end_date_time)

        _capacity = d.pop("capacity", UNSET)
        capacity: int | Unset
        if _capacity is UNSET or _capacity is None:
            capacity = UNSET
        else:
            capacity = types.coerce_int(_capacity)

        range_slot = cls(
            start_date_time,
            end_date_time,
            capacity,
        )

        range_slot.additional_properties = d
        return range_slot

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

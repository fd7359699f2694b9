from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.recurrence import Recurrence
from ..types import UNSET, Unset

T = TypeVar("T", bound="AvailabilityRecord")


@_attrs_define
class AvailabilityRecord:
    """Capacity of a resource over a window, possibly repeated by a recurrence.

    Attributes:
        start_time (datetime.datetime): Start of the availability; with a recurrence, also the time of day each
            repetition starts.
        end_time (datetime.datetime): End of the availability; with a recurrence, also the time of day each repetition
            ends.
        recurrence (Recurrence | Unset): How an availability record repeats: on which days, and until when.
        capacity (int | Unset): Capacity the resource offers during the window (at least 1).
    """

    start_time: datetime.datetime
    end_time: datetime.datetime
    recurrence: Recurrence | Unset = UNSET
    capacity: int | Unset = UNSET
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

        recurrence: dict[str, Any] | Unset = UNSET
        if not isinstance(self.recurrence, Unset):
            recurrence = (
                self.recurrence.to_dict()
                if hasattr(self.recurrence, "to_dict")
                else self.recurrence
            )

        capacity = self.capacity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if start_time is not UNSET:
            field_dict["startTime"] = start_time
        if end_time is not UNSET:
            field_dict["endTime"] = end_time
        if recurrence is not UNSET:
            field_dict["recurrence"] = recurrence
        if capacity is not UNSET:
            field_dict["capacity"] = capacity

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

        _recurrence = d.pop("recurrence", UNSET)
        recurrence: Recurrence | Unset
        if _recurrence is UNSET or _recurrence is None:
            recurrence = UNSET
        else:
            recurrence = (
                Recurrence.from_dict(_recurrence) if isinstance(_recurrence, dict) else _recurrence
            )

        _capacity = d.pop("capacity", UNSET)
        capacity: int | Unset
        if _capacity is UNSET or _capacity is None:
            capacity = UNSET
        else:
            capacity = types.coerce_int(_capacity)

        availability_record = cls(
            start_time,
            end_time,
            recurrence,
            capacity,
        )

        availability_record.additional_properties = d
        return availability_record

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

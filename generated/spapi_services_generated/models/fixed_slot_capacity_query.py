from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.capacity_type import CapacityType
from ..types import UNSET, Unset

T = TypeVar("T", bound="FixedSlotCapacityQuery")


@_attrs_define
class FixedSlotCapacityQuery:
    """Body of a fixed-slot capacity query: the period, the slot length and the capacity types wanted.

    Attributes:
        start_date_time (datetime.datetime): Start of the period asked about.
        end_date_time (datetime.datetime): End of the period asked about.
        capacity_types (list[CapacityType] | Unset): Capacity types wanted; only scheduled capacity when left out.
        slot_duration (float | Unset): Length of each slot in minutes: a multiple of 5 from 5 to 360.
    """

    start_date_time: datetime.datetime
    end_date_time: datetime.datetime
    capacity_types: list[CapacityType] | Unset = UNSET
    slot_duration: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self.start_date_time is UNSET:
            start_date_time = UNSET
        else:
            start_date_time = types.format_datetime(self.start_date_time)

        if self.end_date_time is UNSET:
            end_date_time = UNSET
        else:
            end_date_time = types.format_datetime(self.end_date_time)

        capacity_types: list[str] | Unset = UNSET
        if not isinstance(self.capacity_types, Unset):
            if isinstance(self.capacity_types, list):
                capacity_types = []
                for capacity_types_item_data in self.capacity_types:
                    capacity_types_item = capacity_types_item_data.value
                    capacity_types.append(capacity_types_item)
            else:
                capacity_types = self.capacity_types

        slot_duration = self.slot_duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if start_date_time is not UNSET:
            field_dict["startDateTime"] = start_date_time
        if end_date_time is not UNSET:
            field_dict["endDateTime"] = end_date_time
        if capacity_types is not UNSET:
            field_dict["capacityTypes"] = capacity_types
        if slot_duration is not UNSET:
            field_dict["slotDuration"] = slot_duration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _start_date_time = d.pop("startDateTime", UNSET)
        start_date_time: datetime.datetime
        if _start_date_time is UNSET or _start_date_time is None:
            start_date_time = UNSET
        else:
            start_date_time = types.parse_datetime(_start_date_time)

        _end_date_time = d.pop("endDateTime", UNSET)
        end_date_time: datetime.datetime
        if _end_date_time is UNSET or _end_date_time is None:
            end_date_time = UNSET
        else:
            end_date_time = types.parse_datetime(_end_date_time)

        _capacity_types = d.pop("capacityTypes", UNSET)
        capacity_types: list[CapacityType] | Unset
        if isinstance(_capacity_types, list):
            capacity_types = [
                CapacityType.parse(capacity_types_item_data)
                for capacity_types_item_data in _capacity_types
                if capacity_types_item_data is not None
            ]
        elif _capacity_types is None:
            capacity_types = UNSET
        else:
            capacity_types = _capacity_types

        slot_duration = d.pop("slotDuration", UNSET)

        fixed_slot_capacity_query = cls(
            start_date_time,
            end_date_time,
            capacity_types,
            slot_duration,
        )

        fixed_slot_capacity_query.additional_properties = d
        return fixed_slot_capacity_query

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

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
        start_date_time = types.format_datetime(self.start_date_time)

        end_date_time = types.format_datetime(self.end_date_time)

        capacity_types: list[str] | Unset = UNSET
        if not isinstance(self.capacity_types, Unset):
            capacity_types = []
            for capacity_types_item_data in self.capacity_types:
                capacity_types_item = capacity_types_item_data.value
                capacity_types.append(capacity_types_item)

        slot_duration = self.slot_duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "startDateTime": start_date_time,
                "endDateTime": end_date_time,
            }
        )
        if capacity_types is not UNSET:
            field_dict["capacityTypes"] = capacity_types
        if slot_duration is not UNSET:
            field_dict["slotDuration"] = slot_duration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        start_date_time = types.parse_datetime(d.pop("startDateTime"))

        end_date_time = types.parse_datetime(d.pop("endDateTime"))

        _capacity_types = d.pop("capacityTypes", UNSET)
        capacity_types: list[CapacityType] | Unset = UNSET
        if _capacity_types is not UNSET:
            capacity_types = []
            for capacity_types_item_data in _capacity_types:
                capacity_types_item = CapacityType(capacity_types_item_data)

                capacity_types.append(capacity_types_item)

        slot_duration = d.pop("slotDuration", UNSET)

        fixed_slot_capacity_query = cls(
            start_date_time=start_date_time,
            end_date_time=end_date_time,
            capacity_types=capacity_types,
            slot_duration=slot_duration,
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

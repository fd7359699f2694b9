from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="FixedSlot")


@_attrs_define
class FixedSlot:
    """One slot of equal length with the capacity of each requested type.

    Attributes:
        start_date_time (datetime.datetime | Unset): Start of the slot; its end is the start plus the slot duration.
        scheduled_capacity (int | Unset): Capacity the resource's schedule offers in the slot.
        available_capacity (int | Unset): Capacity still free for new reservations.
        encumbered_capacity (int | Unset): Capacity taken by Amazon jobs and appointments.
        reserved_capacity (int | Unset): Capacity blocked by reservations such as breaks or leave.
    """

    start_date_time: datetime.datetime | Unset = UNSET
    scheduled_capacity: int | Unset = UNSET
    available_capacity: int | Unset = UNSET
    encumbered_capacity: int | Unset = UNSET
    reserved_capacity: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_date_time: str | Unset = UNSET
        if not isinstance(self.start_date_time, Unset):
            start_date_time = types.format_datetime(self.start_date_time)

        scheduled_capacity = self.scheduled_capacity

        available_capacity = self.available_capacity

        encumbered_capacity = self.encumbered_capacity

        reserved_capacity = self.reserved_capacity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if start_date_time is not UNSET:
            field_dict["startDateTime"] = start_date_time
        if scheduled_capacity is not UNSET:
            field_dict["scheduledCapacity"] = scheduled_capacity
        if available_capacity is not UNSET:
            field_dict["availableCapacity"] = available_capacity
        if encumbered_capacity is not UNSET:
            field_dict["encumberedCapacity"] = encumbered_capacity
        if reserved_capacity is not UNSET:
            field_dict["reservedCapacity"] = reserved_capacity

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

        _scheduled_capacity = d.pop("scheduledCapacity", UNSET)
        scheduled_capacity: int | Unset
        if _scheduled_capacity is UNSET or _scheduled_capacity is None:
            scheduled_capacity = UNSET
        else:
            scheduled_capacity = types.coerce_int(_scheduled_capacity)

        _available_capacity = d.pop("availableCapacity", UNSET)
        available_capacity: int | Unset
        if _available_capacity is UNSET or _available_capacity is None:
            available_capacity = UNSET
        else:
            available_capacity = types.coerce_int(_available_capacity)

        _encumbered_capacity = d.pop("encumberedCapacity", UNSET)
        encumbered_capacity: int | Unset
        if _encumbered_capacity is UNSET or _encumbered_capacity is None:
            encumbered_capacity = UNSET
        else:
            encumbered_capacity = types.coerce_int(_encumbered_capacity)

        _reserved_capacity = d.pop("reservedCapacity", UNSET)
        reserved_capacity: int | Unset
        if _reserved_capacity is UNSET or _reserved_capacity is None:
            reserved_capacity = UNSET
        else:
            reserved_capacity = types.coerce_int(_reserved_capacity)

        fixed_slot = cls(
            start_date_time,
            scheduled_capacity,
            available_capacity,
            encumbered_capacity,
            reserved_capacity,
        )

        fixed_slot.additional_properties = d
        return fixed_slot

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.capacity_type import CapacityType
from ..models.range_slot import RangeSlot
from ..types import UNSET, Unset

T = TypeVar("T", bound="RangeCapacity")


@_attrs_define
class RangeCapacity:
    """The ranges of one capacity type.

    Attributes:
        capacity_type (CapacityType | Unset): Which capacity figure a slot reports: scheduled (offered by the schedule),
            available (still free), encumbered (taken by Amazon appointments) or reserved (blocked by reservations).
        slots (list[RangeSlot] | Unset): The ranges, in time order.
    """

    capacity_type: CapacityType | Unset = UNSET
    slots: list[RangeSlot] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        capacity_type: str | Unset = UNSET
        if not isinstance(self.capacity_type, Unset):
            capacity_type = self.capacity_type.value

        slots: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.slots, Unset):
            slots = []
            for slots_item_data in self.slots:
                slots_item = slots_item_data.to_dict()
                slots.append(slots_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if capacity_type is not UNSET:
            field_dict["capacityType"] = capacity_type
        if slots is not UNSET:
            field_dict["slots"] = slots

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _capacity_type = d.pop("capacityType", UNSET)
        capacity_type: CapacityType | Unset
        if isinstance(_capacity_type, Unset):
            capacity_type = UNSET
        else:
            capacity_type = CapacityType(_capacity_type)

        _slots = d.pop("slots", UNSET)
        slots: list[RangeSlot] | Unset = UNSET
        if _slots is not UNSET:
            slots = []
            for slots_item_data in _slots:
                slots_item = RangeSlot.from_dict(slots_item_data)

                slots.append(slots_item)

        range_capacity = cls(
            capacity_type=capacity_type,
            slots=slots,
        )

        range_capacity.additional_properties = d
        return range_capacity

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

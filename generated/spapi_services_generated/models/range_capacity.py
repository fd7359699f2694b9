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
            if isinstance(self.slots, list):
                slots = []
                for slots_item_data in self.slots:
                    slots_item = (
                        slots_item_data.to_dict()
                        if hasattr(slots_item_data, "to_dict")
                        else slots_item_data
                    )
                    slots.append(slots_item)
            else:
                slots = self.slots

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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
        if _capacity_type is UNSET or _capacity_type is None:
            capacity_type = UNSET
        else:
            capacity_type = CapacityType.parse(_capacity_type)

        _slots = d.pop("slots", UNSET)
        slots: list[RangeSlot] | Unset
        if isinstance(_slots, list):
            slots = [
                (
                    RangeSlot.from_dict(slots_item_data)
                    if isinstance(slots_item_data, dict)
                    else slots_item_data
                )
                for slots_item_data in _slots
                if slots_item_data is not None
            ]
        elif _slots is None:
            slots = UNSET
        else:
            slots = _slots

        range_capacity = cls(
            capacity_type,
            slots,
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

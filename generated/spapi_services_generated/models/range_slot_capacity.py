from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.range_capacity import RangeCapacity
from ..types import UNSET, Unset

T = TypeVar("T", bound="RangeSlotCapacity")


@_attrs_define
class RangeSlotCapacity:
    """Capacity of a resource over a period, as consecutive ranges that share the same value.

    Attributes:
        resource_id (str | Unset): The resource the capacity belongs to.
        capacities (list[RangeCapacity] | Unset): One entry per requested capacity type.
        next_page_token (str | Unset): Pass as `nextPageToken` to read the next page; absent on the last page.
    """

    resource_id: str | Unset = UNSET
    capacities: list[RangeCapacity] | Unset = UNSET
    next_page_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        resource_id = self.resource_id

        capacities: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.capacities, Unset):
            if isinstance(self.capacities, list):
                capacities = []
                for capacities_item_data in self.capacities:
                    capacities_item = (
                        capacities_item_data.to_dict()
                        if hasattr(capacities_item_data, "to_dict")
                        else capacities_item_data
                    )
                    capacities.append(capacities_item)
            else:
                capacities = self.capacities

        next_page_token = self.next_page_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if resource_id is not UNSET:
            field_dict["resourceId"] = resource_id
        if capacities is not UNSET:
            field_dict["capacities"] = capacities
        if next_page_token is not UNSET:
            field_dict["nextPageToken"] = next_page_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        resource_id = d.pop("resourceId", UNSET)

        _capacities = d.pop("capacities", UNSET)
        capacities: list[RangeCapacity] | Unset
        if isinstance(_capacities, list):
            capacities = [
                (
                    RangeCapacity.from_dict(capacities_item_data)
                    if isinstance(capacities_item_data, dict)
                    else capacities_item_data
                )
                for capacities_item_data in _capacities
                if capacities_item_data is not None
            ]
        elif _capacities is None:
            capacities = UNSET
        else:
            capacities = _capacities

        next_page_token = d.pop("nextPageToken", UNSET)

        range_slot_capacity = cls(
            resource_id,
            capacities,
            next_page_token,
        )

        range_slot_capacity.additional_properties = d
        return range_slot_capacity

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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.item_delivery_promise import ItemDeliveryPromise
from ..types import UNSET, Unset

T = TypeVar("T", bound="ItemDelivery")


@_attrs_define
class ItemDelivery:
    """When an associated item is expected to arrive.

    Attributes:
        estimated_delivery_date (datetime.datetime | Unset): Latest estimated delivery time among the items that have
            one.
        item_delivery_promise (ItemDeliveryPromise | Unset): The delivery window promised to the buyer for an associated
            item.
    """

    estimated_delivery_date: datetime.datetime | Unset = UNSET
    item_delivery_promise: ItemDeliveryPromise | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        estimated_delivery_date: str | Unset = UNSET
        if not isinstance(self.estimated_delivery_date, Unset):
            estimated_delivery_date = types.format_datetime(self.estimated_delivery_date)

        item_delivery_promise: dict[str, Any] | Unset = UNSET
        if not isinstance(self.item_delivery_promise, Unset):
            item_delivery_promise = (
                self.item_delivery_promise.to_dict()
                if hasattr(self.item_delivery_promise, "to_dict")
                else self.item_delivery_promise
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if estimated_delivery_date is not UNSET:
            field_dict["estimatedDeliveryDate"] = estimated_delivery_date
        if item_delivery_promise is not UNSET:
            field_dict["itemDeliveryPromise"] = item_delivery_promise

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _estimated_delivery_date = d.pop("estimatedDeliveryDate", UNSET)
        estimated_delivery_date: datetime.datetime | Unset
        if _estimated_delivery_date is UNSET or _estimated_delivery_date is None:
            estimated_delivery_date = UNSET
        else:
            estimated_delivery_date = types.parse_datetime(_estimated_delivery_date)

        _item_delivery_promise = d.pop("itemDeliveryPromise", UNSET)
        item_delivery_promise: ItemDeliveryPromise | Unset
        if _item_delivery_promise is UNSET or _item_delivery_promise is None:
            item_delivery_promise = UNSET
        else:
            item_delivery_promise = (
                ItemDeliveryPromise.from_dict(_item_delivery_promise)
                if isinstance(_item_delivery_promise, dict)
                else _item_delivery_promise
            )

        item_delivery = cls(
            estimated_delivery_date,
            item_delivery_promise,
        )

        item_delivery.additional_properties = d
        return item_delivery

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

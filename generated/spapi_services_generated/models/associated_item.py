from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.associated_item_item_status import AssociatedItemItemStatus
from ..models.item_delivery import ItemDelivery
from ..models.linked_asset import LinkedAsset
from ..types import UNSET, Unset

T = TypeVar("T", bound="AssociatedItem")


@_attrs_define
class AssociatedItem:
    """A product order linked to the service job, such as the appliance to be installed.

    Attributes:
        asin (str | Unset): ASIN of the product.
        title (str | Unset): Name of the product.
        quantity (int | Unset): How many units were ordered.
        order_id (str | Unset): Amazon's identifier of an order, usually in the 3-7-7 digit form (for example
            123-1234567-1234567).
        item_status (AssociatedItemItemStatus | Unset): Where the product stands: active, cancelled, shipped or
            delivered.
        brand_name (str | Unset): Brand of the product.
        item_delivery (ItemDelivery | Unset): When an associated item is expected to arrive.
        linked_assets (list[LinkedAsset] | Unset): Things the buyer owns that the service is performed on.
    """

    asin: str | Unset = UNSET
    title: str | Unset = UNSET
    quantity: int | Unset = UNSET
    order_id: str | Unset = UNSET
    item_status: AssociatedItemItemStatus | Unset = UNSET
    brand_name: str | Unset = UNSET
    item_delivery: ItemDelivery | Unset = UNSET
    linked_assets: list[LinkedAsset] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asin = self.asin

        title = self.title

        quantity = self.quantity

        order_id = self.order_id

        item_status: str | Unset = UNSET
        if not isinstance(self.item_status, Unset):
            item_status = self.item_status.value

        brand_name = self.brand_name

        item_delivery: dict[str, Any] | Unset = UNSET
        if not isinstance(self.item_delivery, Unset):
            item_delivery = (
                self.item_delivery.to_dict()
                if hasattr(self.item_delivery, "to_dict")
                else self.item_delivery
            )

        linked_assets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.linked_assets, Unset):
            if isinstance(self.linked_assets, list):
                linked_assets = []
                for linked_assets_item_data in self.linked_assets:
                    linked_assets_item = (
                        linked_assets_item_data.to_dict()
                        if hasattr(linked_assets_item_data, "to_dict")
                        else linked_assets_item_data
                    )
                    linked_assets.append(linked_assets_item)
            else:
                linked_assets = self.linked_assets

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if asin is not UNSET:
            field_dict["asin"] = asin
        if title is not UNSET:
            field_dict["title"] = title
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if order_id is not UNSET:
            field_dict["orderId"] = order_id
        if item_status is not UNSET:
            field_dict["itemStatus"] = item_status
        if brand_name is not UNSET:
            field_dict["brandName"] = brand_name
        if item_delivery is not UNSET:
            field_dict["itemDelivery"] = item_delivery
        if linked_assets is not UNSET:
            field_dict["linkedAssets"] = linked_assets

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        asin = d.pop("asin", UNSET)

        title = d.pop("title", UNSET)

        _quantity = d.pop("quantity", UNSET)
        quantity: int | Unset
        if _quantity is UNSET or _quantity is None:
            quantity = UNSET
        else:
            quantity = types.coerce_int(_quantity)

        order_id = d.pop("orderId", UNSET)

        _item_status = d.pop("itemStatus", UNSET)
        item_status: AssociatedItemItemStatus | Unset
        if _item_status is UNSET or _item_status is None:
            item_status = UNSET
        else:
            item_status = AssociatedItemItemStatus.parse(_item_status)

        brand_name = d.pop("brandName", UNSET)

        _item_delivery = d.pop("itemDelivery", UNSET)
        item_delivery: ItemDelivery | Unset
        if _item_delivery is UNSET or _item_delivery is None:
            item_delivery = UNSET
        else:
            item_delivery = (
                ItemDelivery.from_dict(_item_delivery)
                if isinstance(_item_delivery, dict)
                else _item_delivery
            )

        _linked_assets = d.pop("linkedAssets", UNSET)
        linked_assets: list[LinkedAsset] | Unset
        if isinstance(_linked_assets, list):
            linked_assets = [
                (
                    LinkedAsset.from_dict(linked_assets_item_data)
                    if isinstance(linked_assets_item_data, dict)
                    else linked_assets_item_data
                )
                for linked_assets_item_data in _linked_assets
                if linked_assets_item_data is not None
            ]
        elif _linked_assets is None:
            linked_assets = UNSET
        else:
            linked_assets = _linked_assets

        associated_item = cls(
            asin,
            title,
            quantity,
            order_id,
            item_status,
            brand_name,
            item_delivery,
            linked_assets,
        )

        associated_item.additional_properties = d
        return associated_item

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

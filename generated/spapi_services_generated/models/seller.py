from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Seller")


@_attrs_define
class Seller:
    """The seller the service job belongs to.

    Attributes:
        seller_id (str | Unset): Amazon's identifier of the seller.
    """

    seller_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        seller_id = self.seller_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if seller_id is not UNSET:
            field_dict["sellerId"] = seller_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        seller_id = d.pop("sellerId", UNSET)

        seller = cls(
            seller_id,
        )

        seller.additional_properties = d
        return seller

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

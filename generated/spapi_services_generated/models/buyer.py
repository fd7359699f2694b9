from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Buyer")


@_attrs_define
class Buyer:
    """The customer who ordered the service.

    Attributes:
        buyer_id (str | Unset): Amazon's identifier of the buyer.
        name (str | Unset): The buyer's name.
        phone (str | Unset): The buyer's phone number.
        is_prime_member (bool | Unset): True when the buyer has Amazon Prime.
    """

    buyer_id: str | Unset = UNSET
    name: str | Unset = UNSET
    phone: str | Unset = UNSET
    is_prime_member: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        buyer_id = self.buyer_id

        name = self.name

        phone = self.phone

        is_prime_member = self.is_prime_member

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if buyer_id is not UNSET:
            field_dict["buyerId"] = buyer_id
        if name is not UNSET:
            field_dict["name"] = name
        if phone is not UNSET:
            field_dict["phone"] = phone
        if is_prime_member is not UNSET:
            field_dict["isPrimeMember"] = is_prime_member

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        buyer_id = d.pop("buyerId", UNSET)

        name = d.pop("name", UNSET)

        phone = d.pop("phone", UNSET)

        is_prime_member = d.pop("isPrimeMember", UNSET)

        buyer = cls(
            buyer_id,
            name,
            phone,
            is_prime_member,
        )

        buyer.additional_properties = d
        return buyer

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.money_amount import MoneyAmount
from ..types import UNSET, Unset

T = TypeVar("T", bound="Payment")


@_attrs_define
class Payment:
    """One payment made for the service job.

    Attributes:
        amount (MoneyAmount | Unset): An amount of money with its currency.
        instrument (str | Unset): How it was paid.
    """

    amount: MoneyAmount | Unset = UNSET
    instrument: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amount, Unset):
            amount = self.amount.to_dict() if hasattr(self.amount, "to_dict") else self.amount

        instrument = self.instrument

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if amount is not UNSET:
            field_dict["amount"] = amount
        if instrument is not UNSET:
            field_dict["instrument"] = instrument

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _amount = d.pop("amount", UNSET)
        amount: MoneyAmount | Unset
        if _amount is UNSET or _amount is None:
            amount = UNSET
        else:
            amount = MoneyAmount.from_dict(_amount) if isinstance(_amount, dict) else _amount

        instrument = d.pop("instrument", UNSET)

        payment = cls(
            amount,
            instrument,
        )

        payment.additional_properties = d
        return payment

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

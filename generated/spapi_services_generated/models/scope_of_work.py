from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="ScopeOfWork")


@_attrs_define
class ScopeOfWork:
    """What has to be done: the service product bought, how many, and the skills it needs.

    Attributes:
        asin (str | Unset): ASIN of the service product.
        title (str | Unset): Name of the service product.
        quantity (int | Unset): How many units of the service were ordered.
        required_skills (list[str] | Unset): Skills a technician needs to do the job.
    """

    asin: str | Unset = UNSET
    title: str | Unset = UNSET
    quantity: int | Unset = UNSET
    required_skills: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asin = self.asin

        title = self.title

        quantity = self.quantity

        required_skills: list[str] | Unset = UNSET
        if not isinstance(self.required_skills, Unset):
            required_skills = self.required_skills

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if asin is not UNSET:
            field_dict["asin"] = asin
        if title is not UNSET:
            field_dict["title"] = title
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if required_skills is not UNSET:
            field_dict["requiredSkills"] = required_skills

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

        _required_skills = d.pop("requiredSkills", UNSET)
        required_skills: list[str] | Unset
        required_skills = UNSET if _required_skills is None else _required_skills

        scope_of_work = cls(
            asin,
            title,
            quantity,
            required_skills,
        )

        scope_of_work.additional_properties = d
        return scope_of_work

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

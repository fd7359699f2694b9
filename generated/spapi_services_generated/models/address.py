from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Address")


@_attrs_define
class Address:
    """A postal address.

    Attributes:
        name (str): Name of the person or business at the address.
        address_line_1 (str): First line of the street address.
        address_line_2 (str | Unset): Second line of the street address.
        address_line_3 (str | Unset): Third line of the street address.
        city (str | Unset): City.
        county (str | Unset): County.
        district (str | Unset): District.
        state_or_region (str | Unset): State, province or region.
        postal_code (str | Unset): Postal code.
        country_code (str | Unset): Two-letter ISO 3166-1 country code.
        phone (str | Unset): Phone number for the address.
    """

    name: str
    address_line_1: str
    address_line_2: str | Unset = UNSET
    address_line_3: str | Unset = UNSET
    city: str | Unset = UNSET
    county: str | Unset = UNSET
    district: str | Unset = UNSET
    state_or_region: str | Unset = UNSET
    postal_code: str | Unset = UNSET
    country_code: str | Unset = UNSET
    phone: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        address_line_1 = self.address_line_1

        address_line_2 = self.address_line_2

        address_line_3 = self.address_line_3

        city = self.city

        county = self.county

        district = self.district

        state_or_region = self.state_or_region

        postal_code = self.postal_code

        country_code = self.country_code

        phone = self.phone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not UNSET:
            field_dict["name"] = name
        if address_line_1 is not UNSET:
            field_dict["addressLine1"] = address_line_1
        if address_line_2 is not UNSET:
            field_dict["addressLine2"] = address_line_2
        if address_line_3 is not UNSET:
            field_dict["addressLine3"] = address_line_3
        if city is not UNSET:
            field_dict["city"] = city
        if county is not UNSET:
            field_dict["county"] = county
        if district is not UNSET:
            field_dict["district"] = district
        if state_or_region is not UNSET:
            field_dict["stateOrRegion"] = state_or_region
        if postal_code is not UNSET:
            field_dict["postalCode"] = postal_code
        if country_code is not UNSET:
            field_dict["countryCode"] = country_code
        if phone is not UNSET:
            field_dict["phone"] = phone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        address_line_1 = d.pop("addressLine1", UNSET)

        address_line_2 = d.pop("addressLine2", UNSET)

        address_line_3 = d.pop("addressLine3", UNSET)

        city = d.pop("city", UNSET)

        county = d.pop("county", UNSET)

        district = d.pop("district", UNSET)

        state_or_region = d.pop("stateOrRegion", UNSET)

        postal_code = d.pop("postalCode", UNSET)

        country_code = d.pop("countryCode", UNSET)

        phone = d.pop("phone", UNSET)

        address = cls(
            name,
            address_line_1,
            address_line_2,
            address_line_3,
            city,
            county,
            district,
            state_or_region,
            postal_code,
            country_code,
            phone,
        )

        address.additional_properties = d
        return address

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.address import Address
from ..models.service_location_service_location_type import ServiceLocationServiceLocationType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ServiceLocation")


@_attrs_define
class ServiceLocation:
    """Where the service happens: at the buyer's home, in a store or online, with the address.

    Attributes:
        service_location_type (ServiceLocationServiceLocationType | Unset): Whether the work is done at the buyer's
            home, in a store or online.
        address (Address | Unset): A postal address.
    """

    service_location_type: ServiceLocationServiceLocationType | Unset = UNSET
    address: Address | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        service_location_type: str | Unset = UNSET
        if not isinstance(self.service_location_type, Unset):
            service_location_type = self.service_location_type.value

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict() if hasattr(self.address, "to_dict") else self.address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if service_location_type is not UNSET:
            field_dict["serviceLocationType"] = service_location_type
        if address is not UNSET:
            field_dict["address"] = address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _service_location_type = d.pop("serviceLocationType", UNSET)
        service_location_type: ServiceLocationServiceLocationType | Unset
        if _service_location_type is UNSET or _service_location_type is None:
            service_location_type = UNSET
        else:
            service_location_type = ServiceLocationServiceLocationType.parse(_service_location_type)

        _address = d.pop("address", UNSET)
        address: Address | Unset
        if _address is UNSET or _address is None:
            address = UNSET
        else:
            address = Address.from_dict(_address) if isinstance(_address, dict) else _address

        service_location = cls(
            service_location_type,
            address,
        )

        service_location.additional_properties = d
        return service_location

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ServiceJobProvider")


@_attrs_define
class ServiceJobProvider:
    """The provider that performs the service job for the seller.

    Attributes:
        service_job_provider_id (str | Unset): Amazon's identifier of the provider.
    """

    service_job_provider_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        service_job_provider_id = self.service_job_provider_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if service_job_provider_id is not UNSET:
            field_dict["serviceJobProviderId"] = service_job_provider_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        service_job_provider_id = d.pop("serviceJobProviderId", UNSET)

        service_job_provider = cls(
            service_job_provider_id,
        )

        service_job_provider.additional_properties = d
        return service_job_provider

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

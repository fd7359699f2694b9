from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.linked_asset_additional_attributes import LinkedAssetAdditionalAttributes
from ..types import UNSET, Unset

T = TypeVar("T", bound="LinkedAsset")


@_attrs_define
class LinkedAsset:
    """Something the buyer already owns that the service is performed on, such as a vehicle.

    Attributes:
        asset_type (str | Unset): Kind of asset, such as `VEHICLE`.
        asset_name (str | Unset): Human-readable name of the asset.
        additional_attributes (LinkedAssetAdditionalAttributes | Unset): Further details of the asset as name/value
            pairs (make, model, year...).
    """

    asset_type: str | Unset = UNSET
    asset_name: str | Unset = UNSET
    additional_attributes: LinkedAssetAdditionalAttributes | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset_type = self.asset_type

        asset_name = self.asset_name

        additional_attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.additional_attributes, Unset):
            additional_attributes = (
                self.additional_attributes.to_dict()
                if hasattr(self.additional_attributes, "to_dict")
                else self.additional_attributes
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if asset_type is not UNSET:
            field_dict["assetType"] = asset_type
        if asset_name is not UNSET:
            field_dict["assetName"] = asset_name
        if additional_attributes is not UNSET:
            field_dict["additionalAttributes"] = additional_attributes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        asset_type = d.pop("assetType", UNSET)

        asset_name = d.pop("assetName", UNSET)

        _additional_attributes = d.pop("additionalAttributes", UNSET)
        additional_attributes: LinkedAssetAdditionalAttributes | Unset
        if _additional_attributes is UNSET or _additional_attributes is None:
            additional_attributes = UNSET
        else:
            additional_attributes = (
                LinkedAssetAdditionalAttributes.from_dict(_additional_attributes)
                if isinstance(_additional_attributes, dict)
                else _additional_attributes
            )

        linked_asset = cls(
            asset_type,
            asset_name,
            additional_attributes,
        )

        linked_asset.additional_properties = d
        return linked_asset

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

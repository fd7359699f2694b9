from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.availability_record import AvailabilityRecord
from ..types import UNSET

T = TypeVar("T", bound="UpdateScheduleRequest")


@_attrs_define
class UpdateScheduleRequest:
    """Body replacing the schedule of a resource.

    Attributes:
        schedules (list[AvailabilityRecord]): The availability records that make up a resource's schedule.
    """

    schedules: list[AvailabilityRecord]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self.schedules is UNSET:
            schedules = UNSET
        else:
            if isinstance(self.schedules, list):
                schedules = []
                for componentsschemas_availability_records_item_data in self.schedules:
                    componentsschemas_availability_records_item = (
                        componentsschemas_availability_records_item_data.to_dict()
                        if hasattr(componentsschemas_availability_records_item_data, "to_dict")
                        else componentsschemas_availability_records_item_data
                    )
                    schedules.append(componentsschemas_availability_records_item)
            else:
                schedules = self.schedules

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if schedules is not UNSET:
            field_dict["schedules"] = schedules

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _schedules = d.pop("schedules", UNSET)
        schedules: list[AvailabilityRecord]
        if isinstance(_schedules, list):
            schedules = [
                (
                    AvailabilityRecord.from_dict(componentsschemas_availability_records_item_data)
                    if isinstance(componentsschemas_availability_records_item_data, dict)
                    else componentsschemas_availability_records_item_data
                )
                for componentsschemas_availability_records_item_data in _schedules
                if componentsschemas_availability_records_item_data is not None
            ]
        elif _schedules is None:
            schedules = UNSET
        else:
            schedules = _schedules

        update_schedule_request = cls(
            schedules,
        )

        update_schedule_request.additional_properties = d
        return update_schedule_request

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

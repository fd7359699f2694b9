from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="FulfillmentTime")


@_attrs_define
class FulfillmentTime:
    """When the work of an appointment actually started and ended.

    Attributes:
        start_time (datetime.datetime | Unset): When the work started.
        end_time (datetime.datetime | Unset): When the work ended; after the start.
    """

    start_time: datetime.datetime | Unset = UNSET
    end_time: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_time: str | Unset = UNSET
        if not isinstance(self.start_time, Unset):
            start_time = types.format_datetime(self.start_time)

        end_time: str | Unset = UNSET
        if not isinstance(self.end_time, Unset):
            end_time = types.format_datetime(self.end_time)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if start_time is not UNSET:
            field_dict["startTime"] = start_time
        if end_time is not UNSET:
            field_dict["endTime"] = end_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _start_time = d.pop("startTime", UNSET)
        start_time: datetime.datetime | Unset
        if _start_time is UNSET or _start_time is None:
            start_time = UNSET
        else:
            start_time = types.parse_datetime(_start_time)

        _end_time = d.pop("endTime", UNSET)
        end_time: datetime.datetime | Unset
        if _end_time is UNSET or _end_time is None:
            end_time = UNSET
        else:
            end_time = types.parse_datetime(_end_time)

        fulfillment_time = cls(
            start_time,
            end_time,
        )

        fulfillment_time.additional_properties = d
        return fulfillment_time

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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.day_of_week import DayOfWeek
from ..types import UNSET, Unset

T = TypeVar("T", bound="Recurrence")


@_attrs_define
class Recurrence:
    """How an availability record repeats: on which days, and until when.

    Attributes:
        end_time (datetime.datetime): Last moment the pattern applies.
        days_of_week (list[DayOfWeek] | Unset): Weekdays on which the record applies, such as `MONDAY`.
        days_of_month (list[int] | Unset): Days of the month (1 to 31) on which the record applies.
    """

    end_time: datetime.datetime
    days_of_week: list[DayOfWeek] | Unset = UNSET
    days_of_month: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self.end_time is UNSET:
            end_time = UNSET
        else:
            end_time = types.format_datetime(self.end_time)

        days_of_week: list[str] | Unset = UNSET
        if not isinstance(self.days_of_week, Unset):
            if isinstance(self.days_of_week, list):
                days_of_week = []
                for days_of_week_item_data in self.days_of_week:
                    days_of_week_item = days_of_week_item_data.value
                    days_of_week.append(days_of_week_item)
            else:
                days_of_week = self.days_of_week

        days_of_month: list[int] | Unset = UNSET
        if not isinstance(self.days_of_month, Unset):
            days_of_month = self.days_of_month

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if end_time is not UNSET:
            field_dict["endTime"] = end_time
        if days_of_week is not UNSET:
            field_dict["daysOfWeek"] = days_of_week
        if days_of_month is not UNSET:
            field_dict["daysOfMonth"] = days_of_month

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _end_time = d.pop("endTime", UNSET)
        end_time: datetime.datetime
        if _end_time is UNSET or _end_time is None:
            end_time = UNSET
        else:
            end_time = types.parse_datetime(_end_time)

        _days_of_week = d.pop("daysOfWeek", UNSET)
        days_of_week: list[DayOfWeek] | Unset
        if isinstance(_days_of_week, list):
            days_of_week = [
                DayOfWeek.parse(days_of_week_item_data)
                for days_of_week_item_data in _days_of_week
                if days_of_week_item_data is not None
            ]
        elif _days_of_week is None:
            days_of_week = UNSET
        else:
            days_of_week = _days_of_week

        _days_of_month = d.pop("daysOfMonth", UNSET)
        days_of_month: list[int] | Unset
        if isinstance(_days_of_month, list):
            days_of_month = [
                types.coerce_int(days_of_month_item_data)
                for days_of_month_item_data in _days_of_month
                if days_of_month_item_data is not None
            ]
        elif _days_of_month is None:
            days_of_month = UNSET
        else:
            days_of_month = _days_of_month

        recurrence = cls(
            end_time,
            days_of_week,
            days_of_month,
        )

        recurrence.additional_properties = d
        return recurrence

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

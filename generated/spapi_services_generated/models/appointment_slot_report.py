from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.appointment_slot import AppointmentSlot
from ..models.appointment_slot_report_scheduling_type import AppointmentSlotReportSchedulingType
from ..types import UNSET, Unset

T = TypeVar("T", bound="AppointmentSlotReport")


@_attrs_define
class AppointmentSlotReport:
    """Appointment slots offered over a period, and how they are scheduled.

    Attributes:
        scheduling_type (AppointmentSlotReportSchedulingType | Unset): Whether the slots are booked in real time
            (`REAL_TIME_SCHEDULING`) or not.
        start_time (datetime.datetime | Unset): Start of the period the slots cover.
        end_time (datetime.datetime | Unset): End of the period the slots cover.
        appointment_slots (list[AppointmentSlot] | Unset): The slots, in time order.
    """

    scheduling_type: AppointmentSlotReportSchedulingType | Unset = UNSET
    start_time: datetime.datetime | Unset = UNSET
    end_time: datetime.datetime | Unset = UNSET
    appointment_slots: list[AppointmentSlot] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scheduling_type: str | Unset = UNSET
        if not isinstance(self.scheduling_type, Unset):
            scheduling_type = self.scheduling_type.value

        start_time: str | Unset = UNSET
        if not isinstance(self.start_time, Unset):
            start_time = types.format_datetime(self.start_time)

        end_time: str | Unset = UNSET
        if not isinstance(self.end_time, Unset):
            end_time = types.format_datetime(self.end_time)

        appointment_slots: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.appointment_slots, Unset):
            if isinstance(self.appointment_slots, list):
                appointment_slots = []
                for appointment_slots_item_data in self.appointment_slots:
                    appointment_slots_item = (
                        appointment_slots_item_data.to_dict()
                        if hasattr(appointment_slots_item_data, "to_dict")
                        else appointment_slots_item_data
                    )
                    appointment_slots.append(appointment_slots_item)
            else:
                appointment_slots = self.appointment_slots

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if scheduling_type is not UNSET:
            field_dict["schedulingType"] = scheduling_type
        if start_time is not UNSET:
            field_dict["startTime"] = start_time
        if end_time is not UNSET:
            field_dict["endTime"] = end_time
        if appointment_slots is not UNSET:
            field_dict["appointmentSlots"] = appointment_slots

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _scheduling_type = d.pop("schedulingType", UNSET)
        scheduling_type: AppointmentSlotReportSchedulingType | Unset
        if _scheduling_type is UNSET or _scheduling_type is None:
            scheduling_type = UNSET
        else:
            scheduling_type = AppointmentSlotReportSchedulingType.parse(_scheduling_type)

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

        _appointment_slots = d.pop("appointmentSlots", UNSET)
        appointment_slots: list[AppointmentSlot] | Unset
        if isinstance(_appointment_slots, list):
            appointment_slots = [
                (
                    AppointmentSlot.from_dict(appointment_slots_item_data)
                    if isinstance(appointment_slots_item_data, dict)
                    else appointment_slots_item_data
                )
                for appointment_slots_item_data in _appointment_slots
                if appointment_slots_item_data is not None
            ]
        elif _appointment_slots is None:
            appointment_slots = UNSET
        else:
            appointment_slots = _appointment_slots

        appointment_slot_report = cls(
            scheduling_type,
            start_time,
            end_time,
            appointment_slots,
        )

        appointment_slot_report.additional_properties = d
        return appointment_slot_report

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

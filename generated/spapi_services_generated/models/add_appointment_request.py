from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.appointment_time_input import AppointmentTimeInput
from ..types import UNSET

T = TypeVar("T", bound="AddAppointmentRequest")


@_attrs_define
class AddAppointmentRequest:
    """Body for booking a new appointment on a service job.

    Attributes:
        appointment_time (AppointmentTimeInput): A time window the caller asks for: its start and, optionally, its
            length.
    """

    appointment_time: AppointmentTimeInput
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self.appointment_time is UNSET:
            appointment_time = UNSET
        else:
            appointment_time = (
                self.appointment_time.to_dict()
                if hasattr(self.appointment_time, "to_dict")
                else self.appointment_time
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if appointment_time is not UNSET:
            field_dict["appointmentTime"] = appointment_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _appointment_time = d.pop("appointmentTime", UNSET)
        appointment_time: AppointmentTimeInput
        if _appointment_time is UNSET or _appointment_time is None:
            appointment_time = UNSET
        else:
            appointment_time = (
                AppointmentTimeInput.from_dict(_appointment_time)
                if isinstance(_appointment_time, dict)
                else _appointment_time
            )

        add_appointment_request = cls(
            appointment_time,
        )

        add_appointment_request.additional_properties = d
        return add_appointment_request

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

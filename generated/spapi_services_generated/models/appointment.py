from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.appointment_appointment_status import AppointmentAppointmentStatus
from ..models.appointment_time import AppointmentTime
from ..models.poa import Poa
from ..models.technician import Technician
from ..types import UNSET, Unset

T = TypeVar("T", bound="Appointment")


@_attrs_define
class Appointment:
    """One visit scheduled for a service job, with its window, status and assigned technicians.

    Attributes:
        appointment_id (str | Unset): Identifier of an appointment of a service job (5 to 100 characters).
        appointment_status (AppointmentAppointmentStatus | Unset): Whether the appointment is active, cancelled or
            completed.
        appointment_time (AppointmentTime | Unset): A time window as Amazon reports it: when it starts and how long it
            lasts.
        assigned_technicians (list[Technician] | Unset): Technicians assigned to the visit.
        rescheduled_appointment_id (str | Unset): Identifier of an appointment of a service job (5 to 100 characters).
        poa (Poa | Unset): Proof of appointment: evidence, uploaded by a technician, that the visit took place.
    """

    appointment_id: str | Unset = UNSET
    appointment_status: AppointmentAppointmentStatus | Unset = UNSET
    appointment_time: AppointmentTime | Unset = UNSET
    assigned_technicians: list[Technician] | Unset = UNSET
    rescheduled_appointment_id: str | Unset = UNSET
    poa: Poa | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        appointment_id = self.appointment_id

        appointment_status: str | Unset = UNSET
        if not isinstance(self.appointment_status, Unset):
            appointment_status = self.appointment_status.value

        appointment_time: dict[str, Any] | Unset = UNSET
        if not isinstance(self.appointment_time, Unset):
            appointment_time = (
                self.appointment_time.to_dict()
                if hasattr(self.appointment_time, "to_dict")
                else self.appointment_time
            )

        assigned_technicians: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.assigned_technicians, Unset):
            if isinstance(self.assigned_technicians, list):
                assigned_technicians = []
                for assigned_technicians_item_data in self.assigned_technicians:
                    assigned_technicians_item = (
                        assigned_technicians_item_data.to_dict()
                        if hasattr(assigned_technicians_item_data, "to_dict")
                        else assigned_technicians_item_data
                    )
                    assigned_technicians.append(assigned_technicians_item)
            else:
                assigned_technicians = self.assigned_technicians

        rescheduled_appointment_id = self.rescheduled_appointment_id

        poa: dict[str, Any] | Unset = UNSET
        if not isinstance(self.poa, Unset):
            poa = self.poa.to_dict() if hasattr(self.poa, "to_dict") else self.poa

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if appointment_id is not UNSET:
            field_dict["appointmentId"] = appointment_id
        if appointment_status is not UNSET:
            field_dict["appointmentStatus"] = appointment_status
        if appointment_time is not UNSET:
            field_dict["appointmentTime"] = appointment_time
        if assigned_technicians is not UNSET:
            field_dict["assignedTechnicians"] = assigned_technicians
        if rescheduled_appointment_id is not UNSET:
            field_dict["rescheduledAppointmentId"] = rescheduled_appointment_id
        if poa is not UNSET:
            field_dict["poa"] = poa

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        appointment_id = d.pop("appointmentId", UNSET)

        _appointment_status = d.pop("appointmentStatus", UNSET)
        appointment_status: AppointmentAppointmentStatus | Unset
        if _appointment_status is UNSET or _appointment_status is None:
            appointment_status = UNSET
        else:
            appointment_status = AppointmentAppointmentStatus.parse(_appointment_status)

        _appointment_time = d.pop("appointmentTime", UNSET)
        appointment_time: AppointmentTime | Unset
        if _appointment_time is UNSET or _appointment_time is None:
            appointment_time = UNSET
        else:
            appointment_time = (
                AppointmentTime.from_dict(_appointment_time)
                if isinstance(_appointment_time, dict)
                else _appointment_time
            )

        _assigned_technicians = d.pop("assignedTechnicians", UNSET)
        assigned_technicians: list[Technician] | Unset
        if isinstance(_assigned_technicians, list):
            assigned_technicians = [
                (
                    Technician.from_dict(assigned_technicians_item_data)
                    if isinstance(assigned_technicians_item_data, dict)
                    else assigned_technicians_item_data
                )
                for assigned_technicians_item_data in _assigned_technicians
                if assigned_technicians_item_data is not None
            ]
        elif _assigned_technicians is None:
            assigned_technicians = UNSET
        else:
            assigned_technicians = _assigned_technicians

        rescheduled_appointment_id = d.pop("rescheduledAppointmentId", UNSET)

        _poa = d.pop("poa", UNSET)
        poa: Poa | Unset
        if _poa is UNSET or _poa is None:
            poa = UNSET
        else:
            poa = Poa.from_dict(_poa) if isinstance(_poa, dict) else _poa

        appointment = cls(
            appointment_id,
            appointment_status,
            appointment_time,
            assigned_technicians,
            rescheduled_appointment_id,
            poa,
        )

        appointment.additional_properties = d
        return appointment

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

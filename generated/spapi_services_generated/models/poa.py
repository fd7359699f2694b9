from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.appointment_time import AppointmentTime
from ..models.poa_poa_type import PoaPoaType
from ..models.technician import Technician
from ..types import UNSET, Unset

T = TypeVar("T", bound="Poa")


@_attrs_define
class Poa:
    """Proof of appointment: evidence, uploaded by a technician, that the visit took place.

    Attributes:
        appointment_time (AppointmentTime | Unset): A time window as Amazon reports it: when it starts and how long it
            lasts.
        technicians (list[Technician] | Unset): Technicians who did the work.
        uploading_technician (str | Unset): Technician id of whoever uploaded the proof.
        upload_time (datetime.datetime | Unset): When the proof was uploaded.
        poa_type (PoaPoaType | Unset): What kind of proof was given, such as the customer's signature or a receipt.
    """

    appointment_time: AppointmentTime | Unset = UNSET
    technicians: list[Technician] | Unset = UNSET
    uploading_technician: str | Unset = UNSET
    upload_time: datetime.datetime | Unset = UNSET
    poa_type: PoaPoaType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        appointment_time: dict[str, Any] | Unset = UNSET
        if not isinstance(self.appointment_time, Unset):
            appointment_time = (
                self.appointment_time.to_dict()
                if hasattr(self.appointment_time, "to_dict")
                else self.appointment_time
            )

        technicians: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.technicians, Unset):
            if isinstance(self.technicians, list):
                technicians = []
                for technicians_item_data in self.technicians:
                    technicians_item = (
                        technicians_item_data.to_dict()
                        if hasattr(technicians_item_data, "to_dict")
                        else technicians_item_data
                    )
                    technicians.append(technicians_item)
            else:
                technicians = self.technicians

        uploading_technician = self.uploading_technician

        upload_time: str | Unset = UNSET
        if not isinstance(self.upload_time, Unset):
            upload_time = types.format_datetime(self.upload_time)

        poa_type: str | Unset = UNSET
        if not isinstance(self.poa_type, Unset):
            poa_type = self.poa_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if appointment_time is not UNSET:
            field_dict["appointmentTime"] = appointment_time
        if technicians is not UNSET:
            field_dict["technicians"] = technicians
        if uploading_technician is not UNSET:
            field_dict["uploadingTechnician"] = uploading_technician
        if upload_time is not UNSET:
            field_dict["uploadTime"] = upload_time
        if poa_type is not UNSET:
            field_dict["poaType"] = poa_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
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

        _technicians = d.pop("technicians", UNSET)
        technicians: list[Technician] | Unset
        if isinstance(_technicians, list):
            technicians = [
                (
                    Technician.from_dict(technicians_item_data)
                    if isinstance(technicians_item_data, dict)
                    else technicians_item_data
                )
                for technicians_item_data in _technicians
                if technicians_item_data is not None
            ]
        elif _technicians is None:
            technicians = UNSET
        else:
            technicians = _technicians

        uploading_technician = d.pop("uploadingTechnician", UNSET)

        _upload_time = d.pop("uploadTime", UNSET)
        upload_time: datetime.datetime | Unset
        if _upload_time is UNSET or _upload_time is None:
            upload_time = UNSET
        else:
            upload_time = types.parse_datetime(_upload_time)

        _poa_type = d.pop("poaType", UNSET)
        poa_type: PoaPoaType | Unset
        if _poa_type is UNSET or _poa_type is None:
            poa_type = UNSET
        else:
            poa_type = PoaPoaType.parse(_poa_type)

        poa = cls(
            appointment_time,
            technicians,
            uploading_technician,
            upload_time,
            poa_type,
        )

        poa.additional_properties = d
        return poa

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

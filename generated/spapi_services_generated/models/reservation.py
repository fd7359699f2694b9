from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.availability_record import AvailabilityRecord
from ..models.reservation_type import ReservationType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Reservation")


@_attrs_define
class Reservation:
    """A block of a resource's time taken out of the capacity offered to buyers (a break, travel, training...).

    Attributes:
        type_ (ReservationType): Why the time is blocked: appointment, travel, vacation, break or training.
        availability (AvailabilityRecord): Capacity of a resource over a window, possibly repeated by a recurrence.
        reservation_id (str | Unset): Identifier of the reservation; set by Amazon on creation, required to update one.
    """

    type_: ReservationType
    availability: AvailabilityRecord
    reservation_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self.type_ is UNSET:
            type_ = UNSET
        else:
            type_ = self.type_.value

        if self.availability is UNSET:
            availability = UNSET
        else:
            availability = (
                self.availability.to_dict()
                if hasattr(self.availability, "to_dict")
                else self.availability
            )

        reservation_id = self.reservation_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if type_ is not UNSET:
            field_dict["type"] = type_
        if availability is not UNSET:
            field_dict["availability"] = availability
        if reservation_id is not UNSET:
            field_dict["reservationId"] = reservation_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: ReservationType
        if _type_ is UNSET or _type_ is None:
            type_ = UNSET
        else:
            type_ = ReservationType.parse(_type_)

        _availability = d.pop("availability", UNSET)
        availability: AvailabilityRecord
        if _availability is UNSET or _availability is None:
            availability = UNSET
        else:
            availability = (
                AvailabilityRecord.from_dict(_availability)
                if isinstance(_availability, dict)
                else _availability
            )

        reservation_id = d.pop("reservationId", UNSET)

        reservation = cls(
            type_,
            availability,
            reservation_id,
        )

        reservation.additional_properties = d
        return reservation

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

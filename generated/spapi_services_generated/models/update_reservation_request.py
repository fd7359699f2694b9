from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reservation import Reservation
from ..types import UNSET

T = TypeVar("T", bound="UpdateReservationRequest")


@_attrs_define
class UpdateReservationRequest:
    """Body for changing an existing reservation.

    Attributes:
        resource_id (str): The resource the reservation belongs to.
        reservation (Reservation): A block of a resource's time taken out of the capacity offered to buyers (a break,
            travel, training...).
    """

    resource_id: str
    reservation: Reservation
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        resource_id = self.resource_id

        if self.reservation is UNSET:
            reservation = UNSET
        else:
            reservation = (
                self.reservation.to_dict()
                if hasattr(self.reservation, "to_dict")
                else self.reservation
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if resource_id is not UNSET:
            field_dict["resourceId"] = resource_id
        if reservation is not UNSET:
            field_dict["reservation"] = reservation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        resource_id = d.pop("resourceId", UNSET)

        _reservation = d.pop("reservation", UNSET)
        reservation: Reservation
        if _reservation is UNSET or _reservation is None:
            reservation = UNSET
        else:
            reservation = (
                Reservation.from_dict(_reservation)
                if isinstance(_reservation, dict)
                else _reservation
            )

        update_reservation_request = cls(
            resource_id,
            reservation,
        )

        update_reservation_request.additional_properties = d
        return update_reservation_request

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

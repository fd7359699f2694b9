"""Schedules, reservations, appointment slots and capacity: half of ServicesClient."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from spapi_services_generated.api.service import cancel_reservation as _cancel_reservation
from spapi_services_generated.api.service import create_reservation as _create_reservation
from spapi_services_generated.api.service import get_appointment_slots as _slots
from spapi_services_generated.api.service import get_appointmment_slots_by_job_id as _job_slots
from spapi_services_generated.api.service import get_fixed_slot_capacity as _fixed_capacity
from spapi_services_generated.api.service import get_range_slot_capacity as _range_capacity
from spapi_services_generated.api.service import update_reservation as _update_reservation
from spapi_services_generated.api.service import update_schedule as _update_schedule
from spapi_services_generated.models import (
    AppointmentSlotReport,
    AvailabilityRecord,
    CapacityType,
    CreateReservationRecord,
    CreateReservationRequest,
    CreateReservationResponse,
    FixedSlot,
    FixedSlotCapacity,
    FixedSlotCapacityQuery,
    GetAppointmentSlotsResponse,
    RangeCapacity,
    RangeSlotCapacity,
    RangeSlotCapacityQuery,
    Reservation,
    UpdateReservationRecord,
    UpdateReservationRequest,
    UpdateReservationResponse,
    UpdateScheduleRecord,
    UpdateScheduleRequest,
    UpdateScheduleResponse,
)
from spapi_services_generated.types import Unset

from . import validation
from ._base import BaseClient
from ._convert import (
    _enum_list,
    _log_warnings,
    _model,
    _opt,
)
from .pagination import Items, Pages

__all__ = ["CapacityOperations"]


class CapacityOperations(BaseClient):
    """The schedule, reservation, slot and capacity operations of :class:`ServicesClient`."""

    # -- schedules and reservations ------------------------------------------------------

    async def update_schedule(
        self,
        resource_id: str,
        *,
        schedules: Sequence[AvailabilityRecord | Mapping[str, Any]],
        marketplace_id: str | None = None,
    ) -> list[UpdateScheduleRecord]:
        """Replace a technician's availability (updateSchedule); returns the per-record results.

        Each record is an ``AvailabilityRecord`` or a mapping in the wire's form (camelCase keys,
        ISO 8601 times with an offset), as in the guide's example. A record the API refused
        raises :class:`~spapi_services.errors.ApiError` with its errors.
        """
        marketplaces = self._marketplaces(marketplace_id)
        validation.check_resource_id(resource_id)
        validation.check_schedule(schedules, marketplace_id=marketplaces[0])
        reply = await self._call(
            "updateSchedule",
            _update_schedule.asyncio_detailed,
            resource_id,
            body=UpdateScheduleRequest(
                schedules=[_model(record, AvailabilityRecord) for record in schedules]
            ),
            marketplace_ids=marketplaces,
        )
        body = self._result(reply, UpdateScheduleResponse)
        records = self._payload(reply, body.payload, list, list)
        for record in records:
            if not isinstance(record, UpdateScheduleRecord):
                raise self._error(reply)
            self._raise_embedded_errors(reply, record.errors)
            _log_warnings(reply.operation, record.warnings)
        return records

    async def create_reservation(
        self,
        *,
        resource_id: str,
        reservation: Reservation | Mapping[str, Any],
        marketplace_id: str | None = None,
    ) -> Reservation:
        """Reserve capacity of a technician (createReservation); returns the reservation with
        its new ``reservation_id``. ``reservation`` is a ``Reservation`` or a wire-form mapping
        (``{"type": "BREAK", "availability": {...}}``). Never retried after an ambiguous
        failure."""
        marketplaces = self._marketplaces(marketplace_id)
        validation.check_resource_id(resource_id)
        validation.check_reservation(reservation)
        reply = await self._call(
            "createReservation",
            _create_reservation.asyncio_detailed,
            body=CreateReservationRequest(
                resource_id=resource_id, reservation=_model(reservation, Reservation)
            ),
            marketplace_ids=marketplaces,
        )
        return self._reservation(reply, self._result(reply, CreateReservationResponse).payload)

    async def update_reservation(
        self,
        reservation_id: str,
        *,
        resource_id: str,
        reservation: Reservation | Mapping[str, Any],
        marketplace_id: str | None = None,
    ) -> Reservation:
        """Change a reservation (updateReservation); returns it as the API stored it.
        ``reservation`` is as in :meth:`create_reservation`."""
        marketplaces = self._marketplaces(marketplace_id)
        validation.check_reservation_id(reservation_id)
        validation.check_resource_id(resource_id)
        validation.check_reservation(reservation)
        reply = await self._call(
            "updateReservation",
            _update_reservation.asyncio_detailed,
            reservation_id,
            body=UpdateReservationRequest(
                resource_id=resource_id, reservation=_model(reservation, Reservation)
            ),
            marketplace_ids=marketplaces,
        )
        return self._reservation(reply, self._result(reply, UpdateReservationResponse).payload)

    def _reservation(
        self,
        reply: Any,
        record: CreateReservationRecord | UpdateReservationRecord | Unset,
    ) -> Reservation:
        if not isinstance(record, CreateReservationRecord | UpdateReservationRecord):
            raise self._error(reply)
        self._raise_embedded_errors(reply, record.errors)
        _log_warnings(reply.operation, record.warnings)
        return self._payload(reply, record.reservation, Reservation)

    async def cancel_reservation(
        self, reservation_id: str, *, marketplace_id: str | None = None
    ) -> None:
        """Delete a reservation (cancelReservation)."""
        marketplaces = self._marketplaces(marketplace_id)
        validation.check_reservation_id(reservation_id)
        reply = await self._call(
            "cancelReservation",
            _cancel_reservation.asyncio_detailed,
            reservation_id,
            marketplace_ids=marketplaces,
        )
        self._empty(reply)

    # -- slots and capacity --------------------------------------------------------------

    async def get_appointment_slots(
        self,
        *,
        asin: str,
        store_id: str,
        marketplace_id: str | None = None,
        start_time: datetime | None = None,
        end_time: datetime | None = None,
    ) -> AppointmentSlotReport:
        """Open appointment slots for an ASIN at a store (getAppointmentSlots).

        ``asin`` is 10 characters, ``store_id`` 1-100. Give both ``start_time`` and
        ``end_time`` (at most 90 days apart) or neither.
        """
        marketplaces = self._marketplaces(marketplace_id)
        validation.check_id("asin", asin)
        validation.check_id("store_id", store_id)
        validation.check_slot_window(start_time, end_time)
        reply = await self._call(
            "getAppointmentSlots",
            _slots.asyncio_detailed,
            asin=asin,
            store_id=store_id,
            marketplace_ids=marketplaces,
            start_time=_opt(start_time),
            end_time=_opt(end_time),
        )
        return self._slot_report(reply)

    async def get_appointment_slots_for_job(
        self,
        service_job_id: str,
        *,
        marketplace_id: str | None = None,
        start_time: datetime | None = None,
        end_time: datetime | None = None,
    ) -> AppointmentSlotReport:
        """Open appointment slots for a service job (getAppointmmentSlotsByJobId)."""
        marketplaces = self._marketplaces(marketplace_id)
        validation.check_service_job_id(service_job_id)
        validation.check_slot_window(start_time, end_time)
        reply = await self._call(
            "getAppointmmentSlotsByJobId",
            _job_slots.asyncio_detailed,
            service_job_id,
            marketplace_ids=marketplaces,
            start_time=_opt(start_time),
            end_time=_opt(end_time),
        )
        return self._slot_report(reply)

    def _slot_report(self, reply: Any) -> AppointmentSlotReport:
        body = self._result(reply, GetAppointmentSlotsResponse)
        return self._payload(
            reply,
            body.payload,
            AppointmentSlotReport,
            lambda: AppointmentSlotReport(appointment_slots=[]),
        )

    async def get_range_slot_capacity(
        self,
        resource_id: str,
        *,
        start_time: datetime,
        end_time: datetime,
        capacity_types: Sequence[str] | None = None,
        marketplace_id: str | None = None,
        next_page_token: str | None = None,
    ) -> RangeSlotCapacity:
        """One page of a technician's capacity as time ranges (getRangeSlotCapacity)."""
        marketplaces = self._marketplaces(marketplace_id)
        validation.check_resource_id(resource_id)
        validation.check_capacity_query(
            start_time, end_time, start_field="start_time", end_field="end_time"
        )
        query = RangeSlotCapacityQuery(
            start_date_time=start_time,
            end_date_time=end_time,
            capacity_types=_enum_list("capacity_types", capacity_types, CapacityType),
        )
        reply = await self._call(
            "getRangeSlotCapacity",
            _range_capacity.asyncio_detailed,
            resource_id,
            body=query,
            marketplace_ids=marketplaces,
            next_page_token=_opt(next_page_token),
        )
        return self._result(reply, RangeSlotCapacity)

    def iter_range_slot_capacity(
        self,
        resource_id: str,
        *,
        max_pages: int | None = None,
        max_items: int | None = None,
        **query: Any,
    ) -> Items[RangeSlotCapacity, RangeCapacity]:
        """Every capacity of :meth:`get_range_slot_capacity`, across pages."""

        async def fetch(token: str | None) -> RangeSlotCapacity:
            return await self.get_range_slot_capacity(resource_id, next_page_token=token, **query)

        pages = Pages(
            fetch,
            lambda page: page.next_page_token or None,
            operation="getRangeSlotCapacity",
            max_pages=max_pages,
        )
        return Items(pages, lambda page: page.capacities or [], max_items=max_items)

    async def get_fixed_slot_capacity(
        self,
        resource_id: str,
        *,
        start_time: datetime,
        end_time: datetime,
        capacity_types: Sequence[str] | None = None,
        slot_duration: int | None = None,
        marketplace_id: str | None = None,
        next_page_token: str | None = None,
    ) -> FixedSlotCapacity:
        """One page of a technician's capacity in fixed slots (getFixedSlotCapacity).

        ``slot_duration`` is in minutes, a multiple of 5 (the API's default is 5).
        """
        marketplaces = self._marketplaces(marketplace_id)
        validation.check_resource_id(resource_id)
        validation.check_capacity_query(
            start_time,
            end_time,
            slot_duration=slot_duration,
            start_field="start_time",
            end_field="end_time",
        )
        query = FixedSlotCapacityQuery(
            start_date_time=start_time,
            end_date_time=end_time,
            capacity_types=_enum_list("capacity_types", capacity_types, CapacityType),
            slot_duration=_opt(slot_duration),
        )
        reply = await self._call(
            "getFixedSlotCapacity",
            _fixed_capacity.asyncio_detailed,
            resource_id,
            body=query,
            marketplace_ids=marketplaces,
            next_page_token=_opt(next_page_token),
        )
        return self._result(reply, FixedSlotCapacity)

    def iter_fixed_slot_capacity(
        self,
        resource_id: str,
        *,
        max_pages: int | None = None,
        max_items: int | None = None,
        **query: Any,
    ) -> Items[FixedSlotCapacity, FixedSlot]:
        """Every slot of :meth:`get_fixed_slot_capacity`, across pages."""

        async def fetch(token: str | None) -> FixedSlotCapacity:
            return await self.get_fixed_slot_capacity(resource_id, next_page_token=token, **query)

        pages = Pages(
            fetch,
            lambda page: page.next_page_token or None,
            operation="getFixedSlotCapacity",
            max_pages=max_pages,
        )
        return Items(pages, lambda page: page.capacities or [], max_items=max_items)

"""Capacity arithmetic: schedules (with recurrence), reservations and appointments over time.

A resource's capacity at an instant is described by four numbers: *scheduled* (its availability
records; where records overlap the later one wins, as updateSchedule overrides), *reserved*
(reservations), *encumbered* (active appointments assigned to it) and *available* (scheduled
minus the other two, never below zero). A store offers, for a product, as many appointments as
its technicians with the required skills can still take: an active appointment at that store
that no technician has been assigned to yet holds a unit of one of the technicians who have
*its* skills (see :mod:`.matching`), so it takes nothing from a product nobody of its pool
could serve.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from itertools import pairwise
from typing import Any

from .matching import spare
from .state import ACTIVE, State
from .wire import parse_time

__all__ = [
    "DAYS",
    "Segment",
    "Window",
    "appointment_span",
    "eligible_resources",
    "min_over",
    "parse_availability",
    "store_capacity",
    "timeline",
]

DAY = 86400
DAYS = ("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")
_DAY_INDEX = {name: i for i, name in enumerate(DAYS)}


@dataclass(frozen=True, slots=True)
class Window:
    """A parsed AvailabilityRecord: one window, or a window repeated on chosen days."""

    start: int
    end: int
    capacity: int
    until: int | None = None
    weekdays: frozenset[int] = frozenset()
    monthdays: frozenset[int] = frozenset()

    def occurrences(self, lo: int, hi: int) -> Iterator[tuple[int, int]]:
        """(start, end) of every occurrence that overlaps [lo, hi)."""
        if self.until is None:
            if self.start < hi and self.end > lo:
                yield self.start, self.end
            return
        length = self.end - self.start
        first_day = self.start - self.start % DAY
        offset = self.start - first_day
        day = max(first_day, lo - length - offset - (lo - length - offset) % DAY)
        last = min(self.until, hi)
        while day + offset < last:
            start = day + offset
            if start >= self.start and start + length > lo and self._on(start):
                yield start, start + length
            day += DAY

    def _on(self, start: int) -> bool:
        if not self.weekdays and not self.monthdays:
            return True
        if (start // DAY + 3) % 7 in self.weekdays:  # 1970-01-01 was a Thursday
            return True
        return bool(self.monthdays) and datetime.fromtimestamp(start, UTC).day in self.monthdays


def parse_availability(record: Any) -> Window:
    """Parses and checks an AvailabilityRecord; ValueError names the offending field."""
    if not isinstance(record, dict):
        raise ValueError("availability")
    try:
        start = parse_time(record.get("startTime"))
    except ValueError:
        raise ValueError("startTime") from None
    try:
        end = parse_time(record.get("endTime"))
    except ValueError:
        raise ValueError("endTime") from None
    if end <= start:
        raise ValueError("endTime")
    capacity = record.get("capacity", 1)
    if not isinstance(capacity, int) or isinstance(capacity, bool) or capacity < 1:
        raise ValueError("capacity")
    recurrence = record.get("recurrence")
    if recurrence is None:
        return Window(start, end, capacity)
    if not isinstance(recurrence, dict):
        raise ValueError("recurrence")
    try:
        until = parse_time(recurrence.get("endTime"))
    except ValueError:
        raise ValueError("recurrence.endTime") from None
    if until < start:
        raise ValueError("recurrence.endTime")
    weekdays = recurrence.get("daysOfWeek") or []
    monthdays = recurrence.get("daysOfMonth") or []
    if not isinstance(weekdays, list) or any(d not in _DAY_INDEX for d in weekdays):
        raise ValueError("recurrence.daysOfWeek")
    if not isinstance(monthdays, list) or any(
        not isinstance(d, int) or isinstance(d, bool) or not 1 <= d <= 31 for d in monthdays
    ):
        raise ValueError("recurrence.daysOfMonth")
    return Window(
        start,
        end,
        capacity,
        until,
        frozenset(_DAY_INDEX[d] for d in weekdays),
        frozenset(monthdays),
    )


@dataclass(frozen=True, slots=True)
class Segment:
    """A stretch of time over which a resource's capacity numbers do not change."""

    start: int
    end: int
    scheduled: int
    reserved: int
    encumbered: int

    @property
    def available(self) -> int:
        return max(0, self.scheduled - self.reserved - self.encumbered)


def appointment_span(appointment: dict[str, Any]) -> tuple[int, int]:
    """[start, end) of an appointment."""
    when = appointment["appointmentTime"]
    start = parse_time(when["startTime"])
    return start, start + 60 * int(when.get("durationInMinutes") or 60)


def _windows(state: State, resource_id: str) -> list[Window]:
    parsed: list[Window] | None = state.parsed_schedules.get(resource_id)
    if parsed is None:
        schedules = state.resources[resource_id].get("schedules", [])
        parsed = [parse_availability(r) for r in schedules]
        state.parsed_schedules[resource_id] = parsed
    return parsed


def _assigned_spans(
    state: State, resource_id: str, lo: int, hi: int, skip: Collection[str]
) -> Iterator[tuple[int, int]]:
    seen: set[str] = set()
    for store in state.resources[resource_id]["storeIds"]:
        for job_id in state.jobs_by_store.get(store, ()):
            if job_id in seen:
                continue
            seen.add(job_id)
            for appointment in state.jobs[job_id].get("appointments", ()):
                if appointment.get("appointmentStatus") != ACTIVE:
                    continue
                if appointment["appointmentId"] in skip:
                    continue
                techs = appointment.get("assignedTechnicians") or ()
                if any(t.get("technicianId") == resource_id for t in techs):
                    start, end = appointment_span(appointment)
                    if start < hi and end > lo:
                        yield start, end


def timeline(
    state: State,
    resource_id: str,
    lo: int,
    hi: int,
    *,
    skip_appointments: Collection[str] = (),
    skip_reservations: Collection[str] = (),
) -> list[Segment]:
    """The capacity segments of a resource covering [lo, hi) exactly, merged where equal."""
    scheduled: list[tuple[int, int, int]] = []  # (start, end, capacity), later wins
    for window in _windows(state, resource_id):
        for start, end in window.occurrences(lo, hi):
            scheduled.append((start, end, window.capacity))
    reserved: list[tuple[int, int, int]] = []
    for rid, reservation in state.reservations_by_resource.get(resource_id, {}).items():
        if rid in skip_reservations:
            continue
        window = parse_availability(reservation["availability"])
        for start, end in window.occurrences(lo, hi):
            reserved.append((start, end, window.capacity))
    booked = list(_assigned_spans(state, resource_id, lo, hi, skip_appointments))
    cuts = {lo, hi}
    for spans in (scheduled, reserved):
        cuts.update(t for s, e, _ in spans for t in (s, e) if lo < t < hi)
    cuts.update(t for s, e in booked for t in (s, e) if lo < t < hi)
    points = sorted(cuts)
    out: list[Segment] = []
    for a, b in pairwise(points):
        sched = 0
        for s, e, c in scheduled:
            if s <= a and e >= b:
                sched = c
        res = sum(c for s, e, c in reserved if s <= a and e >= b)
        enc = sum(1 for s, e in booked if s <= a and e >= b)
        if out and (out[-1].scheduled, out[-1].reserved, out[-1].encumbered) == (sched, res, enc):
            out[-1] = Segment(out[-1].start, b, sched, res, enc)
        else:
            out.append(Segment(a, b, sched, res, enc))
    return out


def min_over(segments: list[Segment], start: int, end: int, attr: str) -> int:
    """The smallest value of ``attr`` over the segments that overlap [start, end)."""
    values = [getattr(s, attr) for s in segments if s.start < end and s.end > start]
    return min(values) if values else 0


def eligible_resources(state: State, store_id: str, skills: Collection[str]) -> list[str]:
    """Technicians of a store who have every required skill."""
    need = set(skills)
    return [
        rid
        for rid in state.resources_by_store.get(store_id, ())
        if need.issubset(state.resources[rid].get("skills", ()))
    ]


def _unassigned(
    state: State, store_id: str, lo: int, hi: int, skip: Collection[str]
) -> list[tuple[int, int, frozenset[str]]]:
    """(start, end, pool of technicians who could serve it) of each active appointment of the
    store without a technician that overlaps [lo, hi)."""
    spans = []
    for job_id in state.jobs_by_store.get(store_id, ()):
        job = state.jobs[job_id]
        for appointment in job.get("appointments", ()):
            if appointment.get("appointmentStatus") != ACTIVE or appointment.get(
                "assignedTechnicians"
            ):
                continue
            if appointment["appointmentId"] in skip:
                continue
            start, end = appointment_span(appointment)
            if start < hi and end > lo:
                skills = job.get("scopeOfWork", {}).get("requiredSkills") or ()
                spans.append((start, end, frozenset(eligible_resources(state, store_id, skills))))
    return spans


def store_capacity(
    state: State,
    store_id: str,
    skills: Collection[str],
    slots: list[tuple[int, int]],
    *,
    skip_appointments: Collection[str] = (),
) -> list[tuple[int, int] | None]:
    """For each slot: (capacity, scheduled) of the store, or None when nobody is scheduled.

    Capacity is the number of appointments that still fit in the slot.
    """
    if not slots:
        return []
    lo, hi = min(s for s, _ in slots), max(e for _, e in slots)
    eligible = eligible_resources(state, store_id, skills)
    pending = _unassigned(state, store_id, lo, hi, skip_appointments)
    techs = dict.fromkeys([*eligible, *(t for *_, pool in pending for t in sorted(pool))])
    lines = {
        rid: timeline(state, rid, lo, hi, skip_appointments=skip_appointments) for rid in techs
    }
    out: list[tuple[int, int] | None] = []
    for start, end in slots:
        scheduled = sum(min_over(lines[rid], start, end, "scheduled") for rid in eligible)
        if not scheduled:
            out.append(None)
            continue
        units = {rid: min_over(line, start, end, "available") for rid, line in lines.items()}
        waiting = [pool for s, e, pool in pending if s < end and e > start]
        out.append((spare(units, waiting, eligible), scheduled))
    return out

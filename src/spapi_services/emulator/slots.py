"""Appointment slots: the grid a store offers for a product, and whether a booking fits."""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from .capacity import DAY, store_capacity
from .state import State
from .wire import fmt_time

__all__ = ["first_free", "fits", "grid", "job_minutes", "slot_report"]

Json = dict[str, Any]


def job_minutes(state: State, job: Json) -> int:
    """Length of one appointment for a job: its product's service duration (60 by default)."""
    product = state.products.get(job.get("scopeOfWork", {}).get("asin", ""))
    return int(product["durationInMinutes"]) if product else 60


def _skills(job: Json) -> list[str]:
    skills: list[str] = job.get("scopeOfWork", {}).get("requiredSkills") or []
    return skills


def grid(lo: int, hi: int, minutes: int) -> list[tuple[int, int]]:
    """Slots of ``minutes`` laid out from each UTC midnight, lying within [lo, hi)."""
    step = minutes * 60
    out = []
    day = lo - lo % DAY
    while day < hi:
        t = day + max(0, -(-(lo - day) // step)) * step
        while t + step <= min(hi, day + DAY):
            out.append((t, t + step))
            t += step
        day += DAY
    return out


def fits(state: State, job: Json, start: int, minutes: int, *, skip: Collection[str] = ()) -> bool:
    """Whether an appointment of ``minutes`` starting at ``start`` fits the job's store."""
    step = job_minutes(state, job) * 60
    if (start % DAY) % step:
        return False
    result = store_capacity(
        state,
        job.get("storeId", ""),
        _skills(job),
        [(start, start + minutes * 60)],
        skip_appointments=skip,
    )
    return bool(result[0] and result[0][0] > 0)


def first_free(state: State, job: Json, after: int, days: int = 14) -> int | None:
    """The first slot start at or after ``after`` where the job fits (None within ``days``)."""
    minutes = job_minutes(state, job)
    for day in range(days):
        lo = (after // DAY + day) * DAY
        slots = grid(max(lo, after), lo + DAY, minutes)
        caps = store_capacity(state, job.get("storeId", ""), _skills(job), slots)
        for (start, _), cap in zip(slots, caps, strict=True):
            if cap and cap[0] > 0:
                return start
    return None


def slot_report(
    state: State,
    store_id: str,
    skills: Collection[str],
    minutes: int,
    lo: int,
    hi: int,
    *,
    skip: Collection[str] = (),
) -> Json:
    """The AppointmentSlotReport payload for a store, product skills and time range."""
    slots = grid(lo, hi, minutes)
    caps = store_capacity(state, store_id, skills, slots, skip_appointments=skip)
    return {
        "schedulingType": "REAL_TIME_SCHEDULING",
        "startTime": fmt_time(lo),
        "endTime": fmt_time(hi),
        "appointmentSlots": [
            {"startTime": fmt_time(s), "endTime": fmt_time(e), "capacity": cap[0]}
            for (s, e), cap in zip(slots, caps, strict=True)
            if cap is not None
        ],
    }

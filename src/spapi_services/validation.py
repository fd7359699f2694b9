"""The request rules of the spec and the use-case guide, checked before anything is sent.

Every function here is pure: it returns normally when the input is acceptable and raises
:class:`~spapi_services.errors.ValidationError` otherwise, naming the argument the way the SDK
methods spell it (``page_size``, ``appointment_time.start_time``, ``schedules[2].end_time``),
what is wrong and what would be accepted. "Not given" is ``None`` or the generated ``UNSET``.

Date-times must be timezone-aware (they are sent in UTC); a naive datetime is refused rather
than guessed. Records (availability, reservation, time ranges) may be the generated models or
plain mappings with the wire's camelCase keys (ISO 8601 strings are read as date-times).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime, timedelta
from types import MappingProxyType
from typing import Any, NamedTuple

from spapi_services_generated.models.day_of_week import DayOfWeek
from spapi_services_generated.models.reservation_type import ReservationType
from spapi_services_generated.types import Unset

from spapi_services.errors import ValidationError
from spapi_services.reason_codes import country_for

__all__ = [
    "ID_RULES",
    "MAX_APPOINTMENT_DAYS",
    "MAX_SLOT_WINDOW_DAYS",
    "MIN_SLOT_MINUTES",
    "check_appointment_id",
    "check_appointment_start",
    "check_appointment_time",
    "check_capacity_query",
    "check_duration",
    "check_fulfillment",
    "check_id",
    "check_marketplace_ids",
    "check_reservation",
    "check_reservation_id",
    "check_resource_id",
    "check_resources",
    "check_schedule",
    "check_service_job_id",
    "check_service_jobs_query",
    "check_slot_window",
    "check_string",
    "utc",
]

#: Shortest availability record per marketplace country, in minutes (guide, updateSchedule).
#: Marketplaces not listed have no minimum the SDK knows of.
MIN_SLOT_MINUTES: Mapping[str, int] = MappingProxyType({"US": 5, "UK": 30, "DE": 30})
#: Longest window of appointment slots that getAppointmentSlots(ByJobId) serve.
MAX_SLOT_WINDOW_DAYS = 90
#: Furthest ahead an appointment may start, in days (the API's "maximum allowed period").
MAX_APPOINTMENT_DAYS = 365


class _Rule(NamedTuple):
    min_length: int | None = None
    max_length: int | None = None
    pattern: str | None = None


#: Identifier kind -> (min length, max length, pattern), from the spec's parameters.
ID_RULES: Mapping[str, _Rule] = MappingProxyType(
    {
        "service_job_id": _Rule(1, 100),
        "appointment_id": _Rule(1, 100),  # the path parameter (the AppointmentId schema says 5)
        "resource_id": _Rule(1, 100),
        "reservation_id": _Rule(1, 100),
        "store_id": _Rule(1, 100),
        "asin": _Rule(10, 10),
        "technician_id": _Rule(1, 50),
        "cancellation_reason_code": _Rule(1, 100, r"^[A-Z0-9_]*$"),
        "reschedule_reason_code": _Rule(1),  # the spec gives no length or pattern
    }
)

# getServiceJobs list arguments -> (max items, rule for each item).
_QUERY_LISTS: Mapping[str, tuple[int, _Rule]] = MappingProxyType(
    {
        "service_order_ids": (20, _Rule(pattern=r"^[0-9\-]+$")),
        "product_order_ids": (20, _Rule(pattern=r"^[0-9\-]+$")),
        "tracking_ids": (20, _Rule(pattern=r"^[A-Za-z0-9\-]+$")),
        "asins": (20, ID_RULES["asin"]),
        "required_skills": (20, _Rule(1, 50)),
        "store_ids": (50, ID_RULES["store_id"]),
    }
)
# getServiceJobs (from, to) date pairs: "to" may not be earlier than "from".
_QUERY_RANGES = (
    ("created_after", "created_before"),
    ("last_updated_after", "last_updated_before"),
    ("schedule_start_date", "schedule_end_date"),
)
_PAGE_SIZE = (1, 20)
_SLOT_DURATION = (5, 360, 5)  # getFixedSlotCapacity: minutes, from 5 to 360 in steps of 5
_DAYS = frozenset(d.value for d in DayOfWeek)
_RESERVATION_TYPES = frozenset(t.value for t in ReservationType)
# Recurrence lists: (attribute, wire key, test of one item, what is allowed).
_RECURRENCE_LISTS: tuple[tuple[str, str, Callable[[object], bool], str], ...] = (
    ("days_of_month", "daysOfMonth", lambda day: _number_in(day, 1, 31), "1-31"),
    ("days_of_week", "daysOfWeek", lambda day: str(day) in _DAYS, ", ".join(sorted(_DAYS))),
)


def _given(value: object) -> bool:
    return value is not None and not isinstance(value, Unset)


def utc(value: datetime, field: str) -> datetime:
    """``value`` converted to UTC; raises ValidationError for a naive datetime or a non-datetime."""
    if not isinstance(value, datetime):
        raise ValidationError(
            field, f"expected a datetime, got {type(value).__name__}", allowed="an aware datetime"
        )
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValidationError(
            field, "naive datetime; give a timezone", allowed="an aware datetime (sent as UTC)"
        )
    return value.astimezone(UTC)


def _aware(value: object, field: str) -> datetime:
    """:func:`utc` for a value of any type (an argument as the caller gave it)."""
    if not isinstance(value, datetime):
        raise ValidationError(
            field, f"expected a datetime, got {type(value).__name__}", allowed="an aware datetime"
        )
    return utc(value, field)


def _time(value: object, field: str) -> datetime:
    """A required date-time of a record: an aware datetime or an ISO 8601 string with offset."""
    if not _given(value):
        raise ValidationError(field, "required", allowed="an aware datetime")
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            raise ValidationError(
                field, f"{value!r} is not an ISO 8601 date-time", allowed="an aware datetime"
            ) from None
    return _aware(value, field)


def _number_in(value: object, low: int, high: int | None = None, step: int = 1) -> bool:
    """True for an int (or, with ``step`` > 1, a whole float) in [low, high] divisible by step."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return False
    if isinstance(value, float) and (step == 1 or not value.is_integer()):
        return False
    return low <= value and (high is None or value <= high) and value % step == 0


def _get(record: object, attr: str, key: str) -> Any:
    """A field of a generated model (by attribute) or of a mapping (by wire key); None if absent."""
    value = record.get(key) if isinstance(record, Mapping) else getattr(record, attr, None)
    return value if _given(value) else None


def _part(parent: object, attr: str, key: str, field: str) -> Any:
    """A nested record (recurrence, availability): a mapping inside a mapping, a model inside a
    model, so that the body can be built from it."""
    value = _get(parent, attr, key)
    if value is not None and isinstance(value, Mapping) != isinstance(parent, Mapping):
        raise ValidationError(
            field,
            f"a {type(value).__name__} inside a {type(parent).__name__}",
            allowed="generated models throughout, or wire-form mappings throughout",
        )
    return value


def _items(value: object, field: str, allowed: str) -> Sequence[object]:
    """A list argument of a record; None is an empty list, a bare string or number is refused."""
    if value is None:
        return ()
    if isinstance(value, str | bytes | Mapping) or not isinstance(value, Sequence):
        raise ValidationError(
            field, f"expected a list, got {type(value).__name__}", allowed=allowed
        )
    return value


def _after(start: datetime, end: datetime, start_field: str, end_field: str) -> None:
    if end <= start:
        raise ValidationError(
            end_field,
            f"{end.isoformat()} is not after {start_field}",
            allowed=f"after {start_field}",
        )


def check_string(
    value: object,
    field: str,
    *,
    min_length: int | None = None,
    max_length: int | None = None,
    pattern: str | None = None,
) -> None:
    """Refuses a non-string, a string of the wrong length, or one that ``pattern`` does not match
    as a whole."""
    if not isinstance(value, str):
        raise ValidationError(field, f"expected a string, got {type(value).__name__}")
    low, high = min_length or 0, max_length
    if len(value) < low or (high is not None and len(value) > high):
        span = f"{low}-{high}" if high is not None else f"at least {low}"
        raise ValidationError(field, f"{len(value)} characters", allowed=f"{span} characters")
    if pattern is not None and re.fullmatch(pattern, value) is None:
        raise ValidationError(field, f"{value!r} does not match", allowed=f"pattern {pattern}")


_ID_KWARGS = {kind: rule._asdict() for kind, rule in ID_RULES.items()}  # built once


def check_id(kind: str, value: object, *, field: str | None = None) -> None:
    """Checks an identifier against :data:`ID_RULES` (``kind`` is a key of it, e.g.
    ``"appointment_id"``); ``field`` defaults to ``kind``."""
    check_string(value, field or kind, **_ID_KWARGS[kind])


def check_service_job_id(value: object, field: str = "service_job_id") -> None:
    """A service job id: 1-100 characters."""
    check_id("service_job_id", value, field=field)


def check_appointment_id(value: object, field: str = "appointment_id") -> None:
    """An appointment id: 1-100 characters."""
    check_id("appointment_id", value, field=field)


def check_resource_id(value: object, field: str = "resource_id") -> None:
    """A resource (store) id: 1-100 characters."""
    check_id("resource_id", value, field=field)


def check_reservation_id(value: object, field: str = "reservation_id") -> None:
    """A reservation id: 1-100 characters."""
    check_id("reservation_id", value, field=field)


def _check_list(values: object, field: str, *, max_items: int, item: _Rule | None) -> None:
    if isinstance(values, str | bytes) or not isinstance(values, Sequence):
        raise ValidationError(field, "expected a list of strings", allowed=f"1-{max_items} items")
    if not 1 <= len(values) <= max_items:
        raise ValidationError(field, f"{len(values)} items", allowed=f"1-{max_items} items")
    for i, value in enumerate(values):
        check_string(value, f"{field}[{i}]", **(item or _Rule())._asdict())


def check_marketplace_ids(marketplace_ids: object, field: str = "marketplace_ids") -> None:
    """Exactly one marketplace id, a non-empty string (every operation that takes them)."""
    if not _given(marketplace_ids):
        raise ValidationError(field, "required", allowed="a list with one marketplace id")
    _check_list(marketplace_ids, field, max_items=1, item=_Rule(1))


def check_service_jobs_query(
    *,
    marketplace_ids: Sequence[str] | Unset | None,
    created_after: datetime | Unset | None = None,
    created_before: datetime | Unset | None = None,
    last_updated_after: datetime | Unset | None = None,
    last_updated_before: datetime | Unset | None = None,
    schedule_start_date: datetime | Unset | None = None,
    schedule_end_date: datetime | Unset | None = None,
    page_size: int | Unset | None = None,
    service_order_ids: Sequence[str] | Unset | None = None,
    product_order_ids: Sequence[str] | Unset | None = None,
    tracking_ids: Sequence[str] | Unset | None = None,
    asins: Sequence[str] | Unset | None = None,
    required_skills: Sequence[str] | Unset | None = None,
    store_ids: Sequence[str] | Unset | None = None,
) -> None:
    """The getServiceJobs rules.

    Exactly one marketplace id; exactly one of ``created_after`` / ``last_updated_after``;
    aware date-times, each "before"/"end" not earlier than its "after"/"start"; ``page_size``
    1-20; lists of 1-20 items (``store_ids`` 1-50) whose items match the spec (order ids digits
    and dashes, tracking ids letters, digits and dashes, ASINs 10 characters, skills 1-50,
    store ids 1-100 characters).
    """
    check_marketplace_ids(marketplace_ids)
    dates = {
        "created_after": created_after,
        "created_before": created_before,
        "last_updated_after": last_updated_after,
        "last_updated_before": last_updated_before,
        "schedule_start_date": schedule_start_date,
        "schedule_end_date": schedule_end_date,
    }
    aware = {name: _aware(value, name) for name, value in dates.items() if _given(value)}
    if ("created_after" in aware) == ("last_updated_after" in aware):
        raise ValidationError(
            "created_after",
            "both given with last_updated_after" if "created_after" in aware else "missing",
            allowed="exactly one of created_after and last_updated_after",
        )
    for start, end in _QUERY_RANGES:
        if start in aware and end in aware and aware[end] < aware[start]:
            raise ValidationError(end, f"earlier than {start}", allowed=f"not before {start}")
    if _given(page_size) and not _number_in(page_size, *_PAGE_SIZE):
        raise ValidationError("page_size", f"{page_size!r} is out of range", allowed="1-20")
    lists = {
        "service_order_ids": service_order_ids,
        "product_order_ids": product_order_ids,
        "tracking_ids": tracking_ids,
        "asins": asins,
        "required_skills": required_skills,
        "store_ids": store_ids,
    }
    for name, values in lists.items():
        if _given(values):
            max_items, rule = _QUERY_LISTS[name]
            _check_list(values, name, max_items=max_items, item=rule)


def check_slot_window(
    start: datetime | Unset | None,
    end: datetime | Unset | None,
    *,
    start_field: str = "start_time",
    end_field: str = "end_time",
    max_days: int = MAX_SLOT_WINDOW_DAYS,
) -> None:
    """The getAppointmentSlots(ByJobId) window: both or neither, aware, end after start, and at
    most ``max_days`` (90) days long."""
    if not _given(start) and not _given(end):
        return
    allowed = f"both {start_field} and {end_field}, or neither"
    if not _given(start):
        raise ValidationError(start_field, f"missing while {end_field} is given", allowed=allowed)
    if not _given(end):
        raise ValidationError(end_field, f"missing while {start_field} is given", allowed=allowed)
    begin, finish = _aware(start, start_field), _aware(end, end_field)
    _after(begin, finish, start_field, end_field)
    if finish - begin > timedelta(days=max_days):
        raise ValidationError(
            end_field,
            f"window of {finish - begin} is longer than {max_days} days",
            allowed=f"at most {max_days} days after {start_field}",
        )


def check_capacity_query(
    start: datetime | Unset | None,
    end: datetime | Unset | None,
    *,
    slot_duration: float | Unset | None = None,
    start_field: str = "start_date_time",
    end_field: str = "end_date_time",
    duration_field: str = "slot_duration",
) -> None:
    """The getRangeSlotCapacity / getFixedSlotCapacity query: both times required and aware, end
    after start; ``slot_duration`` (fixed slots only) a multiple of 5 minutes from 5 to 360."""
    _after(_time(start, start_field), _time(end, end_field), start_field, end_field)
    if _given(slot_duration) and not _number_in(slot_duration, *_SLOT_DURATION):
        low, high, step = _SLOT_DURATION
        raise ValidationError(
            duration_field,
            f"{slot_duration!r} minutes",
            allowed=f"a multiple of {step} from {low} to {high}",
        )


def check_appointment_start(
    start: datetime,
    *,
    field: str = "appointment_time.start_time",
    now: datetime | None = None,
) -> None:
    """An appointment start: aware, in the future and at most :data:`MAX_APPOINTMENT_DAYS`
    (365) days ahead (``now`` defaults to the current time)."""
    when = utc(start, field)
    reference = datetime.now(UTC) if now is None else utc(now, "now")
    allowed = f"after now and at most {MAX_APPOINTMENT_DAYS} days ahead"
    if when <= reference:
        raise ValidationError(field, f"{when.isoformat()} is not in the future", allowed=allowed)
    if when - reference > timedelta(days=MAX_APPOINTMENT_DAYS):
        raise ValidationError(
            field,
            f"{when.isoformat()} is more than {MAX_APPOINTMENT_DAYS} days ahead",
            allowed=allowed,
        )


def check_duration(
    minutes: int | Unset | None, field: str = "appointment_time.duration_in_minutes"
) -> None:
    """An appointment duration, when given: a whole number of minutes, at least 1."""
    if _given(minutes) and not _number_in(minutes, 1):
        raise ValidationError(field, f"{minutes!r} minutes", allowed="an integer >= 1")


def check_appointment_time(
    appointment_time: object, *, field: str = "appointment_time", now: datetime | None = None
) -> None:
    """An ``AppointmentTimeInput`` (model or mapping): start in the future, duration >= 1."""
    check_appointment_start(
        _time(_get(appointment_time, "start_time", "startTime"), f"{field}.start_time"),
        field=f"{field}.start_time",
        now=now,
    )
    check_duration(
        _get(appointment_time, "duration_in_minutes", "durationInMinutes"),
        f"{field}.duration_in_minutes",
    )


def _check_record(record: object, field: str, *, minimum: tuple[int, str] | None = None) -> None:
    """One AvailabilityRecord: times, minimum length, capacity, recurrence."""
    start = _time(_get(record, "start_time", "startTime"), f"{field}.start_time")
    end = _time(_get(record, "end_time", "endTime"), f"{field}.end_time")
    _after(start, end, f"{field}.start_time", f"{field}.end_time")
    if minimum is not None and end - start < timedelta(minutes=minimum[0]):
        raise ValidationError(
            f"{field}.end_time",
            f"slot of {end - start} is shorter than the minimum for {minimum[1]}",
            allowed=f"at least {minimum[0]} minutes",
        )
    capacity = _get(record, "capacity", "capacity")
    if capacity is not None and not _number_in(capacity, 1):
        raise ValidationError(f"{field}.capacity", f"{capacity!r}", allowed="an integer >= 1")
    where = f"{field}.recurrence"
    recurrence = _part(record, "recurrence", "recurrence", where)
    if recurrence is None:
        return
    until = _time(_get(recurrence, "end_time", "endTime"), f"{where}.end_time")
    if until < end:  # the schedule holds until the recurrence ends (guide, updateSchedule)
        raise ValidationError(
            f"{where}.end_time",
            f"{until.isoformat()} is before {field}.end_time",
            allowed=f"not before {field}.end_time",
        )
    for attr, key, ok, allowed in _RECURRENCE_LISTS:
        name = f"{where}.{attr}"
        for i, item in enumerate(_items(_get(recurrence, attr, key), name, f"a list of {allowed}")):
            if not ok(item):
                raise ValidationError(f"{name}[{i}]", f"{item!r}", allowed=allowed)


def check_schedule(
    records: Sequence[object] | Unset | None,
    *,
    marketplace_id: str | None,
    field: str = "schedules",
) -> None:
    """An updateSchedule body: at least one record (a schedule cannot be cleared); each with
    aware times, end after start, at least :data:`MIN_SLOT_MINUTES` long for the marketplace
    (US 5, UK and DE 30 minutes; none known elsewhere), capacity >= 1 when given, and a
    recurrence ending no earlier than the record ends, with lists of days of month 1-31 and
    known weekdays. A mapping record's nested recurrence is a mapping too."""
    if isinstance(records, str | bytes | Mapping) or not isinstance(records, Sequence):
        raise ValidationError(field, "expected a list of availability records")
    if not records:
        raise ValidationError(
            field, "empty: a schedule cannot be cleared", allowed="at least one record"
        )
    country = country_for(marketplace_id) if marketplace_id else None
    minutes = MIN_SLOT_MINUTES.get(country) if country else None
    minimum = (minutes, f"marketplace {marketplace_id} ({country})") if minutes else None
    for i, record in enumerate(records):
        _check_record(record, f"{field}[{i}]", minimum=minimum)


def check_reservation(reservation: object, *, field: str = "reservation") -> None:
    """A createReservation/updateReservation ``Reservation``: a known type and an availability
    record whose end is after its start (capacity and recurrence as in :func:`check_schedule`)."""
    if not _given(reservation):
        raise ValidationError(field, "required", allowed="a Reservation")
    kind = _get(reservation, "type_", "type")
    if kind is None or str(kind) not in _RESERVATION_TYPES:
        raise ValidationError(
            f"{field}.type", f"{kind!r}", allowed=", ".join(sorted(_RESERVATION_TYPES))
        )
    availability = _part(reservation, "availability", "availability", f"{field}.availability")
    if availability is None:
        raise ValidationError(f"{field}.availability", "required", allowed="an AvailabilityRecord")
    _check_record(availability, f"{field}.availability")


def check_fulfillment(
    *,
    fulfillment_time: object = None,
    estimated_arrival_time: object = None,
) -> None:
    """setAppointmentFulfillmentData times: ``fulfillment_time`` and ``estimated_arrival_time``
    each need both ends (the API refuses a fulfillment time with only one), aware, end after
    start."""
    for field, span in (
        ("fulfillment_time", fulfillment_time),
        ("estimated_arrival_time", estimated_arrival_time),
    ):
        if _given(span):
            begin = _time(_get(span, "start_time", "startTime"), f"{field}.start_time")
            finish = _time(_get(span, "end_time", "endTime"), f"{field}.end_time")
            _after(begin, finish, f"{field}.start_time", f"{field}.end_time")


def check_resources(resources: object, field: str = "resources") -> None:
    """assignAppointmentResources: a non-empty list (the sandbox refuses an empty one); each
    ``resource_id`` given is 1-100 characters."""
    if isinstance(resources, str | bytes | Mapping) or not isinstance(resources, Sequence):
        raise ValidationError(field, "expected a list of resources", allowed="at least one")
    if not resources:
        raise ValidationError(field, "empty", allowed="at least one resource")
    for i, resource in enumerate(resources):
        resource_id = _get(resource, "resource_id", "resourceId")
        if resource_id is not None:
            check_resource_id(resource_id, f"{field}[{i}].resource_id")

"""Request rules checked before sending: every rule, its boundary cases and its error message."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest
from spapi_services_generated.models.appointment_resource import AppointmentResource
from spapi_services_generated.models.appointment_time_input import AppointmentTimeInput
from spapi_services_generated.models.availability_record import AvailabilityRecord
from spapi_services_generated.models.date_time_range import DateTimeRange
from spapi_services_generated.models.day_of_week import DayOfWeek
from spapi_services_generated.models.fulfillment_time import FulfillmentTime
from spapi_services_generated.models.recurrence import Recurrence
from spapi_services_generated.models.reservation import Reservation
from spapi_services_generated.models.reservation_type import ReservationType
from spapi_services_generated.types import UNSET

from spapi_services.errors import ValidationError
from spapi_services.validation import (
    MIN_SLOT_MINUTES,
    check_appointment_id,
    check_appointment_start,
    check_appointment_time,
    check_capacity_query,
    check_duration,
    check_fulfillment,
    check_id,
    check_marketplace_ids,
    check_reservation,
    check_reservation_id,
    check_resource_id,
    check_resources,
    check_schedule,
    check_service_job_id,
    check_service_jobs_query,
    check_slot_window,
    check_string,
    utc,
)

US, UK, DE, JP = "ATVPDKIKX0DER", "A1F83G8C2ARO7P", "A1PA6795UKMFR9", "A1VC38T7YXB528"
T0 = datetime(2030, 1, 1, 10, 0, tzinfo=UTC)
NAIVE = datetime(2030, 1, 1, 10, 0)


def fails(call: Callable[[], object], field: str, *fragments: str) -> ValidationError:
    """Asserts that ``call`` raises a ValidationError for ``field`` whose message has fragments."""
    with pytest.raises(ValidationError) as info:
        call()
    err = info.value
    assert err.field == field, str(err)
    message = str(err)
    assert message.startswith(f"{field}: ")
    for fragment in fragments:
        assert fragment in message, message
    return err


# --- utc ----------------------------------------------------------------------------------


def test_utc_converts_an_aware_datetime() -> None:
    india = timezone(timedelta(hours=5, minutes=30))
    converted = utc(datetime(2030, 1, 1, 12, 0, tzinfo=india), "start_time")
    assert converted == datetime(2030, 1, 1, 6, 30, tzinfo=UTC)
    assert converted.utcoffset() == timedelta(0)


def test_utc_refuses_a_naive_datetime() -> None:
    fails(lambda: utc(NAIVE, "created_after"), "created_after", "naive datetime; give a timezone")


def test_utc_refuses_a_string() -> None:
    fails(lambda: utc("2030-01-01T00:00:00Z", "x"), "x", "expected a datetime")  # type: ignore[arg-type]


# --- getServiceJobs -----------------------------------------------------------------------


def query(**overrides: Any) -> None:
    args: dict[str, Any] = {"marketplace_ids": [US], "created_after": T0}
    args.update(overrides)
    check_service_jobs_query(**args)


def test_minimal_query_passes() -> None:
    query()
    query(created_after=None, last_updated_after=T0)
    query(page_size=UNSET, service_order_ids=UNSET, created_before=UNSET)


@pytest.mark.parametrize("size", [1, 20])
def test_page_size_bounds_accepted(size: int) -> None:
    query(page_size=size)


@pytest.mark.parametrize("size", [0, 21, -1, True, 5.0, "5"])
def test_page_size_out_of_range(size: object) -> None:
    fails(lambda: query(page_size=size), "page_size", "out of range", "allowed: 1-20")


def test_created_after_or_last_updated_after_is_required() -> None:
    fails(
        lambda: query(created_after=None),
        "created_after",
        "missing",
        "exactly one of created_after and last_updated_after",
    )


def test_created_after_and_last_updated_after_together_are_refused() -> None:
    fails(lambda: query(last_updated_after=T0), "created_after", "both given")


@pytest.mark.parametrize("ids", [[], [US, UK], US, None, UNSET, [""], [7]])
def test_exactly_one_marketplace_id(ids: object) -> None:
    field = "marketplace_ids[0]" if ids in ([""], [7]) else "marketplace_ids"
    fails(lambda: query(marketplace_ids=ids), field)


def test_marketplace_ids_on_their_own() -> None:
    check_marketplace_ids([JP])
    fails(lambda: check_marketplace_ids([US, JP]), "marketplace_ids", "2 items", "1-1 items")


@pytest.mark.parametrize(
    ("start", "end"),
    [
        ("created_after", "created_before"),
        ("last_updated_after", "last_updated_before"),
        ("schedule_start_date", "schedule_end_date"),
    ],
)
def test_range_end_may_equal_but_not_precede_its_start(start: str, end: str) -> None:
    # exactly one of created_after / last_updated_after must be given besides the pair
    base = {"created_after": T0 if start == "schedule_start_date" else None}
    query(**{**base, start: T0, end: T0})
    query(**{**base, start: T0, end: T0 + timedelta(seconds=1)})
    fails(
        lambda: query(**{**base, start: T0, end: T0 - timedelta(seconds=1)}),
        end,
        f"earlier than {start}",
        f"not before {start}",
    )


def test_range_end_alone_is_fine() -> None:
    query(schedule_end_date=T0)


@pytest.mark.parametrize("name", ["created_after", "created_before", "schedule_start_date"])
def test_naive_query_dates_are_refused(name: str) -> None:
    fails(lambda: query(**{name: NAIVE}), name, "naive")


LISTS = [
    # argument, max items, a good item, a bad item
    ("service_order_ids", 20, "903-3260627-5237451", "903A"),
    ("product_order_ids", 20, "123-4567", "12 3"),
    ("tracking_ids", 20, "1Z999AA10123", "1Z_999"),
    ("asins", 20, "B06X1CG62R", "B06X1CG62"),
    ("required_skills", 20, "DEFAULT", "S" * 51),
    ("store_ids", 50, "1c30b3ab-1c1e-40e9-bd12-910274cf65d4", "s" * 101),
]


@pytest.mark.parametrize(("name", "most", "good", "bad"), LISTS)
def test_query_list_size(name: str, most: int, good: str, bad: str) -> None:
    query(**{name: [good] * most})
    fails(lambda: query(**{name: [good] * (most + 1)}), name, f"allowed: 1-{most} items")
    fails(lambda: query(**{name: []}), name, "0 items")


@pytest.mark.parametrize(("name", "most", "good", "bad"), LISTS)
def test_query_list_items(name: str, most: int, good: str, bad: str) -> None:
    fails(lambda: query(**{name: [good, bad]}), f"{name}[1]", "allowed:")


def test_query_list_as_a_bare_string_is_refused() -> None:
    fails(lambda: query(asins="B06X1CG62R"), "asins", "expected a list")


def test_query_item_patterns_in_the_message() -> None:
    fails(lambda: query(service_order_ids=["12a"]), "service_order_ids[0]", r"^[0-9\-]+$")
    fails(lambda: query(required_skills=[""]), "required_skills[0]", "1-50 characters")


# --- appointment slots and capacity windows ------------------------------------------------


def test_slot_window_neither_is_fine() -> None:
    check_slot_window(None, None)
    check_slot_window(UNSET, UNSET)


def test_slot_window_both_or_neither() -> None:
    fails(lambda: check_slot_window(T0, None), "end_time", "missing", "or neither")
    fails(lambda: check_slot_window(None, T0), "start_time", "missing", "or neither")


def test_slot_window_end_after_start() -> None:
    fails(lambda: check_slot_window(T0, T0), "end_time", "not after start_time")
    fails(lambda: check_slot_window(T0, T0 - timedelta(hours=1)), "end_time", "after start_time")


def test_slot_window_90_days_but_not_more() -> None:
    check_slot_window(T0, T0 + timedelta(days=90))
    fails(
        lambda: check_slot_window(T0, T0 + timedelta(days=91)),
        "end_time",
        "longer than 90 days",
        "at most 90 days after start_time",
    )
    fails(lambda: check_slot_window(T0, T0 + timedelta(days=90, seconds=1)), "end_time")


def test_slot_window_field_names_and_limit_are_configurable() -> None:
    fails(
        lambda: check_slot_window(T0, T0 + timedelta(days=8), end_field="until", max_days=7),
        "until",
        "7 days",
    )


def test_slot_window_naive() -> None:
    fails(lambda: check_slot_window(NAIVE, T0), "start_time", "naive")


def test_capacity_query_requires_both_times() -> None:
    check_capacity_query(T0, T0 + timedelta(hours=2))
    fails(lambda: check_capacity_query(T0, None), "end_date_time", "required")
    fails(lambda: check_capacity_query(UNSET, T0), "start_date_time", "required")


def test_capacity_query_end_after_start() -> None:
    fails(lambda: check_capacity_query(T0, T0 - timedelta(hours=2)), "end_date_time", "after")


@pytest.mark.parametrize("minutes", [5, 30, 360, 30.0, None, UNSET])
def test_slot_duration_accepted(minutes: Any) -> None:
    check_capacity_query(T0, T0 + timedelta(hours=2), slot_duration=minutes)


@pytest.mark.parametrize("minutes", [0, 4, 7, 365, 400, 30.5, True])
def test_slot_duration_refused(minutes: Any) -> None:
    fails(
        lambda: check_capacity_query(T0, T0 + timedelta(hours=2), slot_duration=minutes),
        "slot_duration",
        "a multiple of 5 from 5 to 360",
    )


# --- appointments --------------------------------------------------------------------------


def test_appointment_start_must_be_in_the_future() -> None:
    check_appointment_start(T0 + timedelta(minutes=1), now=T0)
    fails(
        lambda: check_appointment_start(T0, now=T0),
        "appointment_time.start_time",
        "not in the future",
    )
    fails(lambda: check_appointment_start(T0 - timedelta(days=1), field="start", now=T0), "start")


def test_appointment_start_at_most_365_days_ahead() -> None:
    check_appointment_start(T0 + timedelta(days=365), now=T0)
    fails(
        lambda: check_appointment_start(T0 + timedelta(days=365, seconds=1), now=T0),
        "appointment_time.start_time",
        "more than 365 days ahead",
        "at most 365 days ahead",
    )


def test_appointment_start_uses_the_clock_by_default() -> None:
    check_appointment_start(datetime.now(UTC) + timedelta(days=30))
    fails(
        lambda: check_appointment_start(datetime(2000, 1, 1, tzinfo=UTC)),
        "appointment_time.start_time",
    )


def test_appointment_start_naive_and_naive_now() -> None:
    fails(lambda: check_appointment_start(NAIVE, now=T0), "appointment_time.start_time", "naive")
    fails(lambda: check_appointment_start(T0, now=NAIVE), "now", "naive")


@pytest.mark.parametrize("minutes", [None, UNSET, 1, 180])
def test_duration_accepted(minutes: Any) -> None:
    check_duration(minutes)


@pytest.mark.parametrize("minutes", [0, -5, True, "60", 1.5])
def test_duration_refused(minutes: Any) -> None:
    fails(lambda: check_duration(minutes), "appointment_time.duration_in_minutes", ">= 1")


def test_appointment_time_model_and_mapping() -> None:
    now = T0 - timedelta(days=1)
    check_appointment_time(AppointmentTimeInput(start_time=T0, duration_in_minutes=180), now=now)
    fails(
        lambda: check_appointment_time(
            AppointmentTimeInput(start_time=T0, duration_in_minutes=0), now=now
        ),
        "appointment_time.duration_in_minutes",
    )
    fails(
        lambda: check_appointment_time({"startTime": "2020-09-18T08:00:00.000Z"}, now=now),
        "appointment_time.start_time",
        "not in the future",
    )
    fails(
        lambda: check_appointment_time({}, field="body.appointment_time"),
        "body.appointment_time.start_time",
        "required",
    )


# --- schedules ------------------------------------------------------------------------------


def record(minutes: float, **extra: Any) -> AvailabilityRecord:
    return AvailabilityRecord(start_time=T0, end_time=T0 + timedelta(minutes=minutes), **extra)


def test_minimum_slot_table() -> None:
    assert dict(MIN_SLOT_MINUTES) == {"US": 5, "UK": 30, "DE": 30}


def test_schedule_must_not_be_empty() -> None:
    fails(lambda: check_schedule([], marketplace_id=US), "schedules", "cannot be cleared")
    fails(lambda: check_schedule(None, marketplace_id=US), "schedules", "expected a list")


def test_us_minimum_is_5_minutes() -> None:
    check_schedule([record(5)], marketplace_id=US)
    fails(
        lambda: check_schedule([record(5), record(4)], marketplace_id=US),
        "schedules[1].end_time",
        "shorter than the minimum",
        US,
        "at least 5 minutes",
    )


@pytest.mark.parametrize("marketplace", [UK, DE])
def test_uk_and_de_minimum_is_30_minutes(marketplace: str) -> None:
    check_schedule([record(30)], marketplace_id=marketplace)
    fails(
        lambda: check_schedule([record(29)], marketplace_id=marketplace),
        "schedules[0].end_time",
        "at least 30 minutes",
    )


@pytest.mark.parametrize("marketplace", [JP, None])
def test_no_known_minimum_elsewhere(marketplace: str | None) -> None:
    check_schedule([record(1)], marketplace_id=marketplace)


def test_schedule_record_end_after_start() -> None:
    fails(
        lambda: check_schedule([record(60), record(-1)], marketplace_id=JP),
        "schedules[1].end_time",
        "not after schedules[1].start_time",
    )
    fails(lambda: check_schedule([record(0)], marketplace_id=None), "schedules[0].end_time")


def test_schedule_capacity() -> None:
    check_schedule([record(60, capacity=1)], marketplace_id=US)
    fails(
        lambda: check_schedule([record(60, capacity=0)], marketplace_id=US),
        "schedules[0].capacity",
        "allowed: an integer >= 1",
    )


def test_schedule_recurrence_end_after_start() -> None:
    ok = Recurrence(end_time=T0 + timedelta(days=6), days_of_week=[DayOfWeek.MONDAY])
    check_schedule([record(60, recurrence=ok)], marketplace_id=US)
    bad = Recurrence(end_time=T0 - timedelta(days=1))
    fails(
        lambda: check_schedule([record(60, recurrence=bad)], marketplace_id=US),
        "schedules[0].recurrence.end_time",
    )


def test_schedule_days_of_month_1_to_31() -> None:
    until = T0 + timedelta(days=60)
    check_schedule(
        [record(60, recurrence=Recurrence(until, days_of_month=[1, 31]))], marketplace_id=US
    )
    for day, index in ((0, 0), (32, 1)):
        days = [day] if index == 0 else [15, day]
        fails(
            lambda days=days: check_schedule(
                [record(60, recurrence=Recurrence(until, days_of_month=days))], marketplace_id=US
            ),
            f"schedules[0].recurrence.days_of_month[{index}]",
            "allowed: 1-31",
        )


def test_schedule_unknown_weekday() -> None:
    recurrence = Recurrence(T0 + timedelta(days=6), days_of_week=[DayOfWeek("FUNDAY")])
    fails(
        lambda: check_schedule([record(60, recurrence=recurrence)], marketplace_id=US),
        "schedules[0].recurrence.days_of_week[0]",
        "MONDAY",
    )


def test_schedule_as_plain_mappings_from_the_guide() -> None:
    schedules = [
        {
            "startTime": "2020-01-01T10:00:00Z",
            "endTime": "2020-01-01T17:59:00Z",
            "capacity": 10,
            "recurrence": {"endTime": "2020-01-07T23:59:00Z", "daysOfWeek": ["MONDAY", "FRIDAY"]},
        },
        {"startTime": "2020-01-11T00:00:00Z", "endTime": "2020-01-11T23:59:00Z"},
        {"startTime": "2020-01-01T00:00:00.00-07", "endTime": "2020-01-01T23:59:00.00-07"},
    ]
    check_schedule(schedules, marketplace_id=US)


def test_schedule_mapping_problems() -> None:
    naive = [{"startTime": "2020-01-01T10:00:00", "endTime": "2020-01-01T11:00:00Z"}]
    fails(lambda: check_schedule(naive, marketplace_id=US), "schedules[0].start_time", "naive")
    missing = [{"startTime": "2020-01-01T10:00:00Z"}]
    fails(lambda: check_schedule(missing, marketplace_id=US), "schedules[0].end_time", "required")
    garbled = [{"startTime": "2020-0", "endTime": "2020-01-01T11:00:00Z"}]
    fails(lambda: check_schedule(garbled, marketplace_id=US), "schedules[0].start_time", "ISO 8601")


# --- reservations, fulfillment, resources ----------------------------------------------------


def test_reservation_model_passes() -> None:
    check_reservation(Reservation(type_=ReservationType.BREAK, availability=record(60)))


def test_reservation_unknown_type_is_refused() -> None:
    # the guide's own example uses "Time-off", which the model does not list
    reservation = Reservation(type_=ReservationType("Time-off"), availability=record(60))
    fails(lambda: check_reservation(reservation), "reservation.type", "APPOINTMENT", "VACATION")


def test_reservation_availability_end_after_start() -> None:
    reservation = Reservation(type_=ReservationType.TRAVEL, availability=record(-30))
    fails(lambda: check_reservation(reservation), "reservation.availability.end_time")


def test_reservation_as_mapping() -> None:
    check_reservation(
        {
            "type": "BREAK",
            "availability": {
                "startTime": "2020-04-01T10:00:00.00-07",
                "endTime": "2020-04-01T11:00:00.00-07",
            },
        }
    )
    fails(lambda: check_reservation({"type": "BREAK"}), "reservation.availability", "required")
    fails(lambda: check_reservation({}), "reservation.type")
    fails(lambda: check_reservation(None, field="body.reservation"), "body.reservation", "required")


def test_fulfillment_time() -> None:
    check_fulfillment()
    check_fulfillment(fulfillment_time=FulfillmentTime(start_time=T0, end_time=T0 + timedelta(1)))
    fails(  # the sandbox answers 422 for a fulfillment time with one end only
        lambda: check_fulfillment(fulfillment_time=FulfillmentTime(end_time=T0)),
        "fulfillment_time.start_time",
        "required",
    )
    fails(
        lambda: check_fulfillment(fulfillment_time=FulfillmentTime(start_time=T0, end_time=T0)),
        "fulfillment_time.end_time",
        "not after fulfillment_time.start_time",
    )
    fails(
        lambda: check_fulfillment(fulfillment_time=FulfillmentTime(start_time=NAIVE, end_time=T0)),
        "fulfillment_time.start_time",
        "naive",
    )


def test_estimated_arrival_time() -> None:
    check_fulfillment(
        estimated_arrival_time=DateTimeRange(start_time=T0, end_time=T0 + timedelta(hours=2))
    )
    fails(
        lambda: check_fulfillment(
            estimated_arrival_time=DateTimeRange(start_time=T0, end_time=T0 - timedelta(hours=2))
        ),
        "estimated_arrival_time.end_time",
        "after estimated_arrival_time.start_time",
    )
    fails(
        lambda: check_fulfillment(estimated_arrival_time={"startTime": "2021-01-01T10:00:00Z"}),
        "estimated_arrival_time.end_time",
        "required",
    )


def test_resources() -> None:
    check_resources([AppointmentResource(resource_id="validResourceId-A8B3M999LMHF2"), {}])
    fails(lambda: check_resources([]), "resources", "empty", "at least one")
    fails(lambda: check_resources(None), "resources", "expected a list")
    fails(
        lambda: check_resources([{"resourceId": "r1"}, AppointmentResource(resource_id="r" * 101)]),
        "resources[1].resource_id",
        "1-100 characters",
    )


# --- strings and ids ------------------------------------------------------------------------


def test_check_string_lengths_and_pattern() -> None:
    check_string("abc", "f", min_length=1, max_length=3, pattern=r"^[a-z]+$")
    fails(lambda: check_string("", "f", min_length=1, max_length=3), "f", "0 characters", "1-3")
    fails(lambda: check_string("abcd", "f", max_length=3), "f", "4 characters", "0-3")
    fails(lambda: check_string("a", "f", min_length=2), "f", "at least 2 characters")
    fails(lambda: check_string("ab1", "f", pattern=r"^[a-z]+$"), "f", "pattern ^[a-z]+$")
    fails(lambda: check_string("123\n", "f", pattern=r"^[0-9\-]+$"), "f", "does not match")
    fails(lambda: check_string(12, "f"), "f", "expected a string")


def test_service_job_id_is_1_to_100() -> None:
    check_service_job_id("j")
    check_service_job_id("j" * 100)
    fails(lambda: check_service_job_id(""), "service_job_id", "1-100 characters")
    fails(lambda: check_service_job_id("j" * 101), "service_job_id")


def test_appointment_id_is_1_to_100_as_the_path_parameter_says() -> None:
    check_appointment_id("a")
    check_appointment_id("a" * 100)
    fails(lambda: check_appointment_id(""), "appointment_id", "1-100 characters")
    fails(lambda: check_appointment_id("a" * 101, "appointment"), "appointment")


def test_resource_and_reservation_ids() -> None:
    check_resource_id("r" * 100)
    check_reservation_id("456")
    fails(lambda: check_resource_id(""), "resource_id")
    fails(lambda: check_reservation_id("r" * 101), "reservation_id")


def test_other_id_kinds() -> None:
    check_id("technician_id", "t" * 50)
    fails(lambda: check_id("technician_id", "t" * 51), "technician_id", "1-50")
    check_id("cancellation_reason_code", "S1")
    fails(
        lambda: check_id("cancellation_reason_code", "s1", field="cancellation_reason_code"),
        "cancellation_reason_code",
        "^[A-Z0-9_]*$",
    )
    fails(lambda: check_id("store_id", "", field="store_id"), "store_id")

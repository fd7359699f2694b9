"""Builds the emulator's initial world, deterministically from a seed and an anchor day."""

from __future__ import annotations

import base64
import random
from typing import Any

from .capacity import DAY, eligible_resources, min_over, timeline
from .catalog import JOB_STATUSES, MARKETPLACES, NAMES, PRODUCTS, TECH_PROFILES
from .slots import first_free, job_minutes
from .state import ACTIVE, CANCELLED, COMPLETED, State
from .wire import fmt_time

__all__ = ["build_world", "make_job"]

Json = dict[str, Any]
_HOUR = 3600


def _code(state: State, kind: str, length: int = 13) -> str:
    """An uppercase alphanumeric id like Amazon's merchant and customer ids."""
    return "A" + base64.b32encode(state.digest(kind)).decode()[: length - 1].rstrip("=")


def _order_id(rng: random.Random) -> str:
    return f"{rng.randint(100, 999)}-{rng.randint(0, 9999999):07d}-{rng.randint(0, 9999999):07d}"


def _world(state: State, anchor: int) -> None:
    for asin, title, brand, minutes, skills, service_type in PRODUCTS:
        state.products[asin] = {
            "asin": asin,
            "title": title,
            "brandName": brand,
            "durationInMinutes": minutes,
            "requiredSkills": skills,
            "serviceType": service_type,
        }
    names = iter(NAMES * 4)
    for marketplace, (country, *_rest) in MARKETPLACES.items():
        for n in range(2):
            store_id = state.new_uuid("store")
            asins = [p[0] for p in PRODUCTS if p[5] != "recurring" or country == "US"]
            resource_ids = []
            for skills, open_h, close_h, capacity in TECH_PROFILES:
                rid = _code(state, "resource", 14)
                resource_ids.append(rid)
                first = anchor - 30 * DAY
                state.resources[rid] = {
                    "resourceId": rid,
                    "name": next(names),
                    "marketplaceId": marketplace,
                    "storeIds": [store_id],
                    "skills": skills,
                    "schedules": [
                        {
                            "startTime": fmt_time(first + open_h * _HOUR),
                            "endTime": fmt_time(first + close_h * _HOUR),
                            "capacity": capacity,
                            "recurrence": {
                                "endTime": fmt_time(anchor + 180 * DAY),
                                "daysOfWeek": list(_weekdays(n)),
                            },
                        }
                    ],
                }
            state.stores[store_id] = {
                "storeId": store_id,
                "name": f"{country} store {n + 1}",
                "marketplaceId": marketplace,
                "asins": asins,
                "resourceIds": resource_ids,
            }
    state.reindex()
    for store in state.stores.values():  # a lunch break tomorrow for each store's first tech
        start = anchor + DAY + 12 * _HOUR
        rid = state.new_uuid("reservation")
        state.put_reservation(
            {
                "reservationId": rid,
                "resourceId": store["resourceIds"][0],
                "marketplaceId": store["marketplaceId"],
                "type": "BREAK",
                "availability": {
                    "startTime": fmt_time(start),
                    "endTime": fmt_time(start + _HOUR),
                },
            }
        )


def _weekdays(n: int) -> tuple[str, ...]:
    week = ("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")
    return week[:6] if n == 0 else week[1:]


def make_job(
    state: State,
    rng: random.Random,
    created: int,
    marketplace: str,
    status: str,
    *,
    asin: str | None = None,
    store_id: str | None = None,
) -> Json:
    """A new job (not yet stored) in the wire shape of ServiceJob."""
    country, currency, city, postcode, region = MARKETPLACES.get(
        marketplace, ("US", "USD", "Springfield", "00000", "")
    )
    stores = [s for s in state.stores.values() if s["marketplaceId"] == marketplace]
    store = state.stores.get(store_id or "") or (rng.choice(stores) if stores else None)
    offered = store["asins"] if store else list(state.products)
    product = state.products[asin if asin in state.products else rng.choice(offered)]
    order = _order_id(rng)
    buyer = rng.choice(NAMES)
    job: Json = {
        "serviceJobId": state.new_uuid("job"),
        "serviceOrderId": order,
        "createTime": fmt_time(created),
        "serviceJobStatus": status,
        "marketplaceId": marketplace,
        "scopeOfWork": {
            "asin": product["asin"],
            "title": product["title"],
            "quantity": 1,
            "requiredSkills": list(product["requiredSkills"]),
        },
        "seller": {"sellerId": _code(state, "seller")},
        "serviceJobProvider": {"serviceJobProviderId": _code(state, "provider")},
        "preferredAppointmentTimes": [],
        "appointments": [],
        "productOrderIds": [_order_id(rng)],
        "buyer": {
            "buyerId": _code(state, "buyer"),
            "name": buyer,
            "phone": f"+{rng.randint(10**9, 10**10 - 1)}",
            "isPrimeMember": rng.random() < 0.6,
        },
        "associatedItems": [
            {
                "asin": product["asin"],
                "title": product["title"],
                "quantity": 1,
                "orderId": order,
                "itemStatus": "DELIVERED" if status == "COMPLETED" else "SHIPPED",
                "brandName": product["brandName"],
            }
        ],
        "serviceLocation": {
            "serviceLocationType": "IN_HOME",
            "address": {
                "name": buyer,
                "addressLine1": f"{rng.randint(1, 999)} Main Street",
                "city": city,
                "stateOrRegion": region,
                "postalCode": postcode,
                "countryCode": country,
            },
        },
        "payments": [
            {
                "amount": {"value": float(rng.randint(49, 399)), "currency": currency},
                "instrument": "CREDIT_CARD",
            }
        ],
    }
    if store:
        job["storeId"] = store["storeId"]
    if product["serviceType"]:
        job["serviceType"] = product["serviceType"]
        if product["serviceType"] == "heavybulky":
            job["trackingIds"] = [f"TBA{rng.randint(10**11, 10**12 - 1)}"]
    return job


def _appointment(state: State, job: Json, start: int, status: str) -> Json:
    return {
        "appointmentId": f"{job['serviceJobId']}_{state.new_uuid('appointment')}",
        "appointmentStatus": status,
        "appointmentTime": {
            "startTime": fmt_time(start),
            "durationInMinutes": job_minutes(state, job),
        },
    }


def _schedule(state: State, rng: random.Random, job: Json, anchor: int) -> None:
    status = job["serviceJobStatus"]
    minutes = job_minutes(state, job)
    if status == "PENDING_SCHEDULE":
        start = (anchor // DAY + rng.randint(2, 9)) * DAY + rng.randint(9, 15) * _HOUR
        job["preferredAppointmentTimes"] = [
            {"startTime": fmt_time(start), "durationInMinutes": minutes}
        ]
    elif status == "NOT_SERVICED":
        found = first_free(state, job, anchor + rng.randint(1, 8) * DAY)
        if found is None:
            job["serviceJobStatus"] = "PENDING_SCHEDULE"
            return
        start = found
        appointment = _appointment(state, job, start, ACTIVE)
        if rng.random() < 0.5:
            end = start + minutes * 60
            for rid in eligible_resources(
                state, job["storeId"], job["scopeOfWork"]["requiredSkills"]
            ):
                if min_over(timeline(state, rid, start, end), start, end, "available") > 0:
                    tech = state.resources[rid]
                    appointment["assignedTechnicians"] = [
                        {"technicianId": rid, "name": tech["name"]}
                    ]
                    break
        job["appointments"].append(appointment)
    elif status in ("COMPLETED", "CANCELLED"):
        created = state.job_time(job["serviceJobId"])
        start = min(created + rng.randint(1, 3) * DAY, anchor - DAY)
        start = start - start % _HOUR
        appointment = _appointment(
            state, job, start, COMPLETED if status == "COMPLETED" else CANCELLED
        )
        if status == "COMPLETED":
            rid = rng.choice(state.stores[job["storeId"]]["resourceIds"])
            appointment["assignedTechnicians"] = [
                {"technicianId": rid, "name": state.resources[rid]["name"]}
            ]
        job["appointments"].append(appointment)


def build_world(seed: int, anchor: int, jobs: int = 60) -> State:
    """A fresh state: 4 marketplaces, 2 stores each, 3 technicians per store, ``jobs`` jobs.

    ``anchor`` (epoch seconds) is "today"; past and future data are laid out around it.
    """
    state = State(seed=seed)
    rng = random.Random(seed)
    anchor -= anchor % DAY
    _world(state, anchor)
    statuses = [s for s, weight in JOB_STATUSES for _ in range(weight)]
    rng.shuffle(statuses)
    marketplaces = list(MARKETPLACES)
    spread = [marketplaces[i] for i in (0, 0, 1, 2, 3)]
    for i in range(jobs):
        status = statuses[i] if i < len(statuses) else rng.choice(statuses)
        created = anchor - rng.randint(2 * _HOUR, 30 * DAY)
        job = make_job(state, rng, created, spread[i % len(spread)], status)
        state.add_job(job)
        _schedule(state, rng, job, anchor)
        state.touch(
            job["serviceJobId"],
            fmt_time(max(state.job_time(job["serviceJobId"]), anchor - rng.randint(1, 6) * _HOUR)),
        )
    return state

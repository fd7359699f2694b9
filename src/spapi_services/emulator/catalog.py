"""Static reference data the emulator seeds its world from (marketplaces, products, people)."""

from __future__ import annotations

from typing import Any

__all__ = [
    "DEFAULT_MIN_SLOT_MINUTES",
    "JOB_STATUSES",
    "MARKETPLACES",
    "MIN_SLOT_MINUTES",
    "NAMES",
    "PRODUCTS",
    "TECH_PROFILES",
]

# marketplace id -> country code, currency, city, postal code, region/state
MARKETPLACES: dict[str, tuple[str, str, str, str, str]] = {
    "ATVPDKIKX0DER": ("US", "USD", "Seattle", "98109", "WA"),
    "A1F83G8C2ARO7P": ("GB", "GBP", "London", "EC1A 1BB", "London"),
    "A1PA6795UKMFR9": ("DE", "EUR", "Berlin", "10115", "Berlin"),
    "A21TJRUUN4KGV": ("IN", "INR", "Bengaluru", "560001", "KA"),
}

# The guide: the shortest schedulable slot is 5 minutes in the US, 30 in the UK and Germany.
MIN_SLOT_MINUTES: dict[str, int] = {"A1F83G8C2ARO7P": 30, "A1PA6795UKMFR9": 30}
DEFAULT_MIN_SLOT_MINUTES = 5

# asin, title, brand, minutes, required skills, service type (None = default)
PRODUCTS: list[tuple[str, str, str, int, list[str], str | None]] = [
    ("B07BB1RGT5", "TV wall mounting (up to 65 in)", "Mountify", 120, ["TV_MOUNTING"], None),
    ("B06X1CG62R", "Ceiling fan installation", "Breezeline", 60, ["ELECTRICAL"], None),
    ("B08R9KXQ7W", "Smart thermostat setup", "Thermio", 60, ["HVAC", "ELECTRICAL"], None),
    ("B07Q4XHB3K", "Washing machine installation", "Laundrix", 180, ["APPLIANCE"], "heavybulky"),
    ("B09J2MZC4T", "Refrigerator installation", "Frostline", 120, ["APPLIANCE"], "heavybulky"),
    ("B085T7PLDN", "Dishwasher installation", "Sparkwash", 120, ["APPLIANCE", "PLUMBING"], None),
    ("B0B6SG1V8C", "Home theater setup", "Sonorix", 180, ["TV_MOUNTING", "AUDIO"], None),
    ("B07ZPKN6YR", "Monthly lawn care visit", "Greenkeep", 60, ["GARDENING"], "recurring"),
]

# skills of the technicians of each store (one entry per technician), daily hours (UTC)
TECH_PROFILES: list[tuple[list[str], int, int, int]] = [
    (["TV_MOUNTING", "AUDIO", "ELECTRICAL"], 8, 18, 1),
    (["APPLIANCE", "PLUMBING"], 8, 17, 1),
    (["ELECTRICAL", "HVAC", "GARDENING", "APPLIANCE"], 9, 18, 2),
]

NAMES: list[str] = [
    "Ada Lovelace",
    "Alan Turing",
    "Grace Hopper",
    "Edsger Dijkstra",
    "Barbara Liskov",
    "Donald Knuth",
    "Frances Allen",
    "Ken Thompson",
    "Margaret Hamilton",
    "John Backus",
    "Radia Perlman",
    "Tony Hoare",
    "Leslie Lamport",
    "Shafi Goldwasser",
    "Niklaus Wirth",
    "Sophie Wilson",
]

JOB_STATUSES: list[tuple[str, int]] = [
    ("PENDING_SCHEDULE", 14),
    ("NOT_SERVICED", 18),
    ("COMPLETED", 12),
    ("CANCELLED", 8),
    ("HOLD", 4),
    ("NOT_FULFILLABLE", 2),
    ("PAYMENT_DECLINED", 2),
]

Json = dict[str, Any]

"""Cancellation and reschedule reason codes: which codes a marketplace and service type allow.

The API accepts a reason code only when the job's marketplace and service type allow it. The
tables below hold the use-case guide's two tables as data; everything else here looks them up:

- :func:`allowed_cancellation_codes` / :func:`allowed_reschedule_codes` list what is allowed
  (code -> short description, in table order), for example to fill a picker in a UI;
- :func:`check_cancellation_code` / :func:`check_reschedule_code` refuse a code before a request
  is sent, with an :class:`~spapi_services.errors.InvalidReasonCodeError` naming what is allowed;
- :func:`service_context` reads the marketplace and service type off a ``ServiceJob``.

Codes the guide marks as not in use (S7-S12, RS7...) are simply absent: they are unknown codes,
allowed nowhere. The cancellation table has no column for recurring services; as the guide says,
every job that is not heavy-bulky is looked up in its default column.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from enum import StrEnum
from types import MappingProxyType
from typing import Any

from spapi_services.endpoints import MARKETPLACES
from spapi_services.errors import InvalidReasonCodeError, UnknownMarketplaceError, ValidationError

__all__ = [
    "CANCELLATION_CODES",
    "MARKETPLACE_COUNTRY",
    "RESCHEDULE_CODES",
    "ServiceType",
    "allowed_cancellation_codes",
    "allowed_reschedule_codes",
    "check_cancellation_code",
    "check_reschedule_code",
    "country_for",
    "service_context",
]

_log = logging.getLogger(__name__)


class ServiceType(StrEnum):
    """The service type columns of the reason-code tables."""

    DEFAULT = "default"
    HEAVY_BULKY = "heavy_bulky"
    RECURRING = "recurring"

    @classmethod
    def from_job(cls, value: str | None) -> ServiceType:
        """The service type of a job's raw ``serviceType`` value.

        ``"heavybulky"`` (any case, also ``"HEAVY_BULKY"``) is :attr:`HEAVY_BULKY`,
        ``"recurring"`` is :attr:`RECURRING`; a missing or unrecognised value is :attr:`DEFAULT`,
        which is the column the guide says to use for every other job. Never raises.
        """
        if not isinstance(value, str):
            return cls.DEFAULT
        return _SPELLINGS.get(_normalise(value), cls.DEFAULT)


def _normalise(value: str) -> str:
    return value.strip().lower().replace("_", "").replace("-", "").replace(" ", "")


_SPELLINGS: Mapping[str, ServiceType] = {
    "default": ServiceType.DEFAULT,
    "heavybulky": ServiceType.HEAVY_BULKY,
    "recurring": ServiceType.RECURRING,
}

#: Marketplace id -> country code, as the tables write it (``UK`` for Amazon.co.uk); the same
#: table as :data:`spapi_services.endpoints.MARKETPLACES`.
MARKETPLACE_COUNTRY: Mapping[str, str] = MappingProxyType(
    {mid: m.country_code for mid, m in MARKETPLACES.items()}
)

# Each row: code, description, then one column per service type: the countries (space
# separated) where the code is allowed. An empty column allows the code nowhere.
_CANCELLATION_COUNTRIES = frozenset({"US", "IN", "UK", "DE"})
_CANCELLATION_COLUMNS = (ServiceType.DEFAULT, ServiceType.HEAVY_BULKY)
_CANCELLATION_ROWS: tuple[tuple[str, str, str, str], ...] = (
    ("S1", "customer was not there for the appointment", "US IN UK DE", "US IN UK DE"),
    ("S2", "customer is outside the service area", "", "DE"),
    ("S3", "work differs from the scope; cannot complete the order", "US IN UK DE", "US IN UK DE"),
    ("S4", "provider could not contact the customer", "", "DE"),
    ("S5", "provider cannot fit the customer's schedule", "", "DE"),
    ("S6", "the job needs a professional trade licence", "", "DE"),
    ("S13", "provider cannot keep the original appointment", "US IN UK DE", "US IN UK"),
    ("S14", "provider cannot keep the newly requested appointment", "US", "US"),
    ("S15", "issue with the Amazon product or its delivery", "US IN UK DE", "US IN UK"),
    ("S16", "issue with a non-Amazon product, delivery or service", "US UK DE", "US UK"),
    ("S17", "customer no longer needs the service", "US IN", "US IN"),
    ("S20", "customer finds it too expensive", "IN", "IN"),
    ("S27", "installed by the brand", "IN", "IN"),
    ("S28", "coverage area changed", "", ""),
    ("S29", "pricing error", "", ""),
    ("S30", "no longer fits the customer's schedule", "", ""),
    ("S31", "product is damaged", "IN", ""),
    ("S32", "site is unsafe", "IN", ""),
    ("S33", "customer asked to cancel", "IN", ""),
    ("S34", "site is not ready", "IN", ""),
    ("S35", "product was not delivered", "IN", ""),
    ("S36", "more material is needed", "IN", ""),
    ("S37", "customer asked to reschedule", "IN", ""),
    ("S38", "product was returned", "IN", ""),
    ("S39", "customer could not be reached", "IN", ""),
    ("S40", "service was already done", "IN", ""),
    ("S41", "service is at another location", "IN", ""),
    ("S42", "a further visit is needed", "IN", ""),
    ("S43", "documents are missing", "IN", ""),
    ("S44", "the slot was missed", "IN", ""),
    ("S45", "parts are missing", "IN", ""),
    ("S46", "completion was recorded wrongly", "IN", ""),
    ("S47", "repair needs the customer's approval", "IN", ""),
    ("S51", "a third party installed it; no installation needed", "IN", ""),
    ("S52", "product damaged, not installable, returned or given away", "IN", ""),
    ("S55", "visit is restricted", "IN", ""),
)

_RESCHEDULE_COUNTRIES = frozenset({"US", "IN", "UK", "DE", "AE", "JP"})
_RESCHEDULE_COLUMNS = (ServiceType.DEFAULT, ServiceType.HEAVY_BULKY, ServiceType.RECURRING)
_ALL6 = "US IN UK DE AE JP"
_RESCHEDULE_ROWS: tuple[tuple[str, str, str, str, str], ...] = (
    ("RS1", "customer asked for it", "", "DE", ""),
    ("RS2", "product will not arrive in time", "", "DE", ""),
    ("RS3", "a follow-up visit is needed", "", "DE", ""),
    ("RS4", "provider cannot keep the original appointment", "US AE JP", "US DE JP", "US JP"),
    ("RS5", "product is incompatible or broken", "", "DE", ""),
    ("RS6", "work differs from the scope", _ALL6, "US IN UK JP", ""),
    ("RS8", "no longer fits the customer's schedule", "UK DE", "US UK JP", "US JP"),
    ("RS9", "issue with the Amazon product or its delivery", _ALL6, "US IN UK JP", ""),
    (
        "RS10",
        "issue with a non-Amazon product, delivery or service",
        "US UK DE AE JP",
        "US UK JP",
        "",
    ),
    ("RS11", "customer was not there for the appointment", _ALL6, "US IN UK JP", "US JP"),
    ("RS12", "provider cannot keep the original appointment", "IN UK DE", "IN UK", ""),
    ("DRS1", "location cannot be accessed", "", "US JP", ""),
    ("DRS2", "customer asked for a later date", "", "US JP", ""),
    ("DRS3", "customer declined", "", "US JP", ""),
    ("DRS4", "delivery would be too late", "", "US JP", ""),
    ("DRS5", "access point could not be found", "", "US JP", ""),
    ("DRS6", "business is closed", "", "US JP", ""),
    ("SRS1", "customer asked to cancel", "", "US JP", ""),
)

#: Every cancellation code in use (allowed somewhere or not), code -> description.
CANCELLATION_CODES: Mapping[str, str] = MappingProxyType({r[0]: r[1] for r in _CANCELLATION_ROWS})
#: Every reschedule code in use, code -> description.
RESCHEDULE_CODES: Mapping[str, str] = MappingProxyType({r[0]: r[1] for r in _RESCHEDULE_ROWS})

_Index = Mapping[tuple[str, ServiceType], Mapping[str, str]]


def _index(
    rows: tuple[tuple[str, ...], ...], columns: tuple[ServiceType, ...], countries: frozenset[str]
) -> _Index:
    """(country, service type) -> read-only code -> description, in table order."""
    out: dict[tuple[str, ServiceType], dict[str, str]] = {
        (c, s): {} for c in countries for s in columns
    }
    for code, description, *cells in rows:
        for service_type, cell in zip(columns, cells, strict=True):
            for country in cell.split():
                out[country, service_type][code] = description
    return {key: MappingProxyType(codes) for key, codes in out.items()}


_CANCELLATION = _index(_CANCELLATION_ROWS, _CANCELLATION_COLUMNS, _CANCELLATION_COUNTRIES)
_RESCHEDULE = _index(_RESCHEDULE_ROWS, _RESCHEDULE_COLUMNS, _RESCHEDULE_COUNTRIES)
# The cancellation table has no recurring column: recurring jobs use the default one.
_CANCELLATION_COLUMN_FOR = {
    ServiceType.DEFAULT: ServiceType.DEFAULT,
    ServiceType.HEAVY_BULKY: ServiceType.HEAVY_BULKY,
    ServiceType.RECURRING: ServiceType.DEFAULT,
}
_RESCHEDULE_COLUMN_FOR = {s: s for s in ServiceType}


def country_for(marketplace_id: str) -> str | None:
    """The tables' country code for a marketplace id (``"UK"`` for Amazon.co.uk), or None.

    Raises :class:`ValidationError` (``marketplace_id``) for a value that is not a string.
    """
    if not isinstance(marketplace_id, str):
        raise ValidationError(
            "marketplace_id", f"expected a string, got {type(marketplace_id).__name__}"
        )
    return MARKETPLACE_COUNTRY.get(marketplace_id)


def _service_type(value: ServiceType | str | None) -> ServiceType:
    if isinstance(value, ServiceType):
        return value
    if value is None:
        return ServiceType.DEFAULT
    found = _SPELLINGS.get(_normalise(value)) if isinstance(value, str) else None
    if found is None:
        raise ValidationError(
            "service_type",
            f"unknown service type {value!r}",
            allowed=", ".join(s.value for s in ServiceType) + ' or the job\'s "heavybulky"',
        )
    return found


def _lookup(
    index: _Index,
    column_for: Mapping[ServiceType, ServiceType],
    what: str,
    marketplace_id: str,
    service_type: ServiceType | str | None,
) -> tuple[ServiceType, Mapping[str, str]]:
    kind = _service_type(service_type)
    country = country_for(marketplace_id)
    codes = index.get((country, column_for[kind])) if country else None
    if codes is None:
        raise UnknownMarketplaceError(marketplace_id, what=f"{what} table: marketplace")
    return kind, codes


def allowed_cancellation_codes(
    marketplace_id: str, service_type: ServiceType | str | None = ServiceType.DEFAULT
) -> Mapping[str, str]:
    """The cancellation codes allowed for the marketplace and service type (code -> description).

    ``service_type`` is a :class:`ServiceType`, its value, or the job's raw ``serviceType``
    (``"heavybulky"``); None means default. The mapping is read-only, in table order, and empty
    when nothing is allowed. Raises :class:`UnknownMarketplaceError` for a marketplace the table
    does not cover (only US, IN, UK and DE have cancellation codes) and
    :class:`ValidationError` for an unrecognised service type or a marketplace id that is not a
    string.
    """
    return _lookup(
        _CANCELLATION, _CANCELLATION_COLUMN_FOR, "cancellation code", marketplace_id, service_type
    )[1]


def allowed_reschedule_codes(
    marketplace_id: str, service_type: ServiceType | str | None = ServiceType.DEFAULT
) -> Mapping[str, str]:
    """The reschedule codes allowed for the marketplace and service type (code -> description).

    As :func:`allowed_cancellation_codes`; the reschedule table covers US, IN, UK, DE, AE and JP.
    """
    return _lookup(
        _RESCHEDULE, _RESCHEDULE_COLUMN_FOR, "reschedule code", marketplace_id, service_type
    )[1]


def _check(
    index: _Index,
    column_for: Mapping[ServiceType, ServiceType],
    what: str,
    code: str,
    marketplace_id: str | None,
    service_type: ServiceType | str | None,
    field: str,
) -> bool:
    if not isinstance(code, str):
        raise ValidationError(field, f"expected a string, got {type(code).__name__}")
    try:
        kind, allowed = _lookup(index, column_for, what, marketplace_id or "", service_type)
    except UnknownMarketplaceError:
        _log.warning(
            "%s %r not checked: marketplace %r is not in the %s table; the API will decide",
            what,
            code,
            marketplace_id,
            what,
        )
        return False
    if code not in allowed:
        raise InvalidReasonCodeError(
            field=field,
            code=code,
            marketplace_id=str(marketplace_id),
            service_type=kind.value,
            allowed_codes=allowed,
        )
    return True


def check_cancellation_code(
    code: str,
    *,
    marketplace_id: str | None,
    service_type: ServiceType | str | None = ServiceType.DEFAULT,
    field: str = "cancellation_reason_code",
) -> bool:
    """Refuses a cancellation code the marketplace and service type do not allow.

    Returns True when the code was checked and is allowed. Raises
    :class:`InvalidReasonCodeError` (naming the code, marketplace, service type and the allowed
    codes with their descriptions) when it is not, and :class:`ValidationError` when the code or
    the marketplace id is not a string. For a marketplace the table does not cover (or None),
    logs a warning on ``spapi_services.reason_codes`` and returns False: the API decides.
    """
    return _check(
        _CANCELLATION,
        _CANCELLATION_COLUMN_FOR,
        "cancellation code",
        code,
        marketplace_id,
        service_type,
        field,
    )


def check_reschedule_code(
    code: str,
    *,
    marketplace_id: str | None,
    service_type: ServiceType | str | None = ServiceType.DEFAULT,
    field: str = "reschedule_reason_code",
) -> bool:
    """Refuses a reschedule code the marketplace and service type do not allow.

    As :func:`check_cancellation_code`, against the reschedule table.
    """
    return _check(
        _RESCHEDULE,
        _RESCHEDULE_COLUMN_FOR,
        "reschedule code",
        code,
        marketplace_id,
        service_type,
        field,
    )


def service_context(job: Any) -> tuple[str | None, ServiceType]:
    """The marketplace id and service type of a ``ServiceJob`` (generated model).

    The marketplace comes from ``job.marketplace_id``, else from an extra ``"marketplaceId"``
    property; it is None when the job does not carry one (pass the marketplace yourself then).
    The service type comes from ``job.service_type`` (see :meth:`ServiceType.from_job`).
    """
    marketplace = getattr(job, "marketplace_id", None)
    if not isinstance(marketplace, str) or not marketplace:
        extra = getattr(job, "additional_properties", None)
        marketplace = extra.get("marketplaceId") if isinstance(extra, Mapping) else None
    raw_type = getattr(job, "service_type", None)
    return (
        marketplace if isinstance(marketplace, str) and marketplace else None,
        ServiceType.from_job(raw_type if isinstance(raw_type, str) else None),
    )

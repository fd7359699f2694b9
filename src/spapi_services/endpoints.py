"""Regions, their production and sandbox hosts, and the marketplaces each region serves."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from urllib.parse import urlsplit

from .errors import UnknownMarketplaceError, ValidationError

__all__ = [
    "MARKETPLACES",
    "REGIONS",
    "Marketplace",
    "Region",
    "check_marketplace_region",
    "endpoint_region",
    "is_local_endpoint",
    "is_sandbox_endpoint",
    "marketplace",
    "region_for_marketplace",
    "resolve_endpoint",
]


@dataclass(frozen=True, slots=True)
class Region:
    """A Selling Partner API region and its hosts."""

    code: str
    endpoint: str
    sandbox_endpoint: str


@dataclass(frozen=True, slots=True)
class Marketplace:
    """A public Amazon marketplace: its id, country code and region."""

    marketplace_id: str
    country_code: str
    region: str


REGIONS: Mapping[str, Region] = MappingProxyType(
    {
        code: Region(
            code,
            f"https://sellingpartnerapi-{code}.amazon.com",
            f"https://sandbox.sellingpartnerapi-{code}.amazon.com",
        )
        for code in ("na", "eu", "fe")
    }
)

# marketplace id -> (country code, region); the country codes are the ones the guide's
# reason-code tables use (UK, not GB).
_MARKETPLACE_TABLE: dict[str, tuple[str, str]] = {
    "ATVPDKIKX0DER": ("US", "na"),
    "A2EUQ1WTGCTBG2": ("CA", "na"),
    "A1AM78C64UM0Y8": ("MX", "na"),
    "A2Q3Y263D00KWC": ("BR", "na"),
    "A1F83G8C2ARO7P": ("UK", "eu"),
    "A1PA6795UKMFR9": ("DE", "eu"),
    "A13V1IB3VIYZZH": ("FR", "eu"),
    "APJ6JRA9NG5V4": ("IT", "eu"),
    "A1RKKUPIHCS9HS": ("ES", "eu"),
    "A1805IZSGTT6HS": ("NL", "eu"),
    "A2NODRKZP88ZB9": ("SE", "eu"),
    "A1C3SOZRARQ6R3": ("PL", "eu"),
    "AMEN7PMS3EDWL": ("BE", "eu"),
    "A28R8C7NBKEWEA": ("IE", "eu"),
    "A33AVAJ2PDY3EV": ("TR", "eu"),
    "ARBP9OOSHTCHU": ("EG", "eu"),
    "A17E79C6D8DWNP": ("SA", "eu"),
    "A2VIGQ35RCS4UG": ("AE", "eu"),
    "A21TJRUUN4KGV": ("IN", "eu"),
    "AE08WJ6YKNBMC": ("ZA", "eu"),
    "A1VC38T7YXB528": ("JP", "fe"),
    "A39IBJ37TRP1C6": ("AU", "fe"),
    "A19VAU5U5O7RUS": ("SG", "fe"),
}

MARKETPLACES: Mapping[str, Marketplace] = MappingProxyType(
    {
        mid: Marketplace(mid, country, region)
        for mid, (country, region) in _MARKETPLACE_TABLE.items()
    }
)


def marketplace(marketplace_id: str) -> Marketplace:
    """The marketplace with this id; raises UnknownMarketplaceError if it is not a public one."""
    try:
        return MARKETPLACES[marketplace_id]
    except (KeyError, TypeError):  # TypeError: not a string (an unhashable list...)
        raise UnknownMarketplaceError(marketplace_id) from None


def region_for_marketplace(marketplace_id: str) -> Region:
    """The region serving a marketplace; raises UnknownMarketplaceError for an unknown id."""
    return REGIONS[marketplace(marketplace_id).region]


def _optional_str(value: object, field: str) -> None:
    if value is not None and not isinstance(value, str):
        raise ValidationError(field, f"expected a string, got {type(value).__name__}")


def resolve_endpoint(
    *,
    region: str | None = None,
    marketplace_id: str | None = None,
    endpoint: str | None = None,
    sandbox: bool = False,
) -> str:
    """The base URL to call: an explicit ``endpoint`` wins, then ``region``, then the region of
    ``marketplace_id``. Raises ValidationError when none is given, a value is unknown or not a
    string, or ``marketplace_id`` is a known marketplace of another region than the host's."""
    for field, value in (
        ("region", region),
        ("marketplace_id", marketplace_id),
        ("endpoint", endpoint),
    ):
        _optional_str(value, field)
    if endpoint is not None:
        parts = urlsplit(endpoint)
        if parts.scheme not in ("https", "http") or not parts.netloc:
            raise ValidationError(
                "endpoint", f"{endpoint!r} is not an absolute URL", allowed="https://host[:port]"
            )
        url = endpoint.rstrip("/")
    elif region is not None:
        found = REGIONS.get(region.lower())
        if found is None:
            raise ValidationError("region", f"unknown region {region!r}", allowed="na, eu, fe")
        url = found.sandbox_endpoint if sandbox else found.endpoint
    elif marketplace_id is not None:
        try:
            found = region_for_marketplace(marketplace_id)
        except UnknownMarketplaceError:
            raise ValidationError(
                "marketplace_id",
                f"unknown marketplace {marketplace_id!r}; pass region= or endpoint=",
                allowed=", ".join(sorted(MARKETPLACES)),
            ) from None
        url = found.sandbox_endpoint if sandbox else found.endpoint
    else:
        raise ValidationError(
            "region", "no region, marketplace_id or endpoint given", allowed="na, eu, fe"
        )
    if marketplace_id is not None:
        check_marketplace_region(marketplace_id, url)
    return url


def _host(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()


# host -> region code, for Amazon's production and sandbox hosts
_REGION_OF_HOST: Mapping[str, str] = MappingProxyType(
    {_host(url): code for code, r in REGIONS.items() for url in (r.endpoint, r.sandbox_endpoint)}
)


@functools.lru_cache(maxsize=32)  # a client asks for its own base URL on every call
def endpoint_region(url: str) -> str | None:
    """The region code (``"na"``...) of an Amazon production or sandbox host; None for any
    other host (a proxy, the local emulator)."""
    return _REGION_OF_HOST.get(_host(url))


def check_marketplace_region(marketplace_id: str, url: str, field: str = "marketplace_id") -> None:
    """Refuses a known marketplace served by another region than the Amazon host ``url``.

    Unknown marketplaces and hosts that are not Amazon's (proxies, the emulator) pass unchecked.
    """
    host_region = endpoint_region(url)
    known = MARKETPLACES.get(marketplace_id)
    if host_region is not None and known is not None and known.region != host_region:
        raise ValidationError(
            field,
            f"{marketplace_id} ({known.country_code}) belongs to region {known.region!r}, "
            f"not to the client's region {host_region!r} ({url})",
            allowed=f"a marketplace of region {host_region!r}, or a client for region "
            f"{known.region!r}",
        )


def is_sandbox_endpoint(url: str) -> bool:
    """True when the URL's host is a sandbox host (its name starts with ``sandbox.``)."""
    return _host(url).startswith("sandbox.")


def is_local_endpoint(url: str) -> bool:
    """True for loopback hosts (the local emulator), where plain http is acceptable."""
    host = _host(url)
    return host in ("localhost", "::1") or host.startswith("127.")

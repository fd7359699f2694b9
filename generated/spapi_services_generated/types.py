"""Contains some shared types for properties"""

import datetime
import re
from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, BinaryIO, Generic, Literal, TypeVar

from attrs import define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus | int  # spapi: int when outside HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


# spapi: helpers used by the generated code.


def status_code_of(code: int) -> HTTPStatus | int:
    """The status as an HTTPStatus when it is a standard one, else the plain int."""
    try:
        return HTTPStatus(code)
    except ValueError:
        return code


def format_datetime(value: datetime.datetime) -> str:
    """An aware datetime as ISO 8601 in UTC with a "Z" suffix; a naive one is refused.

    Anything else (a value that parse_datetime could not read and kept as received) goes back
    as is.
    """
    if not isinstance(value, datetime.datetime):
        return value  # type: ignore[unreachable]
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"naive datetime {value.isoformat()!r}: give a timezone (UTC is sent)")
    utc = value.astimezone(datetime.timezone.utc)
    spec = "milliseconds" if utc.microsecond else "seconds"
    return utc.replace(tzinfo=None).isoformat(timespec=spec) + "Z"


_LOOSE_TIME = re.compile(
    r"^(?P<date>\d{4}-\d{1,2}-\d{1,2})[Tt ](?P<h>\d{1,2}):(?P<m>\d{1,2})(?::(?P<s>\d{1,2})(?P<frac>\.\d+)?)?"
    r"(?P<tz>[Zz]|[+-]\d{2}:?\d{2})?$"
)


def parse_datetime(value: str) -> datetime.datetime:
    """Reads an ISO 8601 date-time, repairing what real payloads get slightly wrong
    ("01:0:00Z", a lower-case "z", no seconds, no zone: read as UTC). A value that cannot be
    read at all is returned unchanged (a str), so the rest of the payload is never lost."""
    try:
        parsed = datetime.datetime.fromisoformat(value)
    except (TypeError, ValueError):
        match = _LOOSE_TIME.match(value) if isinstance(value, str) else None
        if match is None:
            return value  # type: ignore[return-value]
        y, mo, d = (int(x) for x in match["date"].split("-"))
        frac = match["frac"] or ""
        micro = int((frac[1:] + "000000")[:6]) if frac else 0
        tz = match["tz"] or "Z"
        if tz in ("Z", "z"):
            tzinfo = datetime.timezone.utc
        else:
            sign = -1 if tz[0] == "-" else 1
            digits = tz[1:].replace(":", "")
            tzinfo = datetime.timezone(
                sign * datetime.timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
            )
        try:
            return datetime.datetime(
                y, mo, d, int(match["h"]), int(match["m"]), int(match["s"] or 0), micro, tzinfo
            )
        except ValueError:
            return value  # type: ignore[return-value]
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=datetime.timezone.utc)
    return parsed


def coerce_int(value: object) -> int:
    """An integer field sent as a string ("60") is read as the number; anything else is kept."""
    if isinstance(value, str):
        try:
            return int(value.strip())
        except ValueError:
            return value  # type: ignore[return-value]
    return value  # type: ignore[return-value]


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Unset",
    "coerce_int",
    "format_datetime",
    "parse_datetime",
    "status_code_of",
]

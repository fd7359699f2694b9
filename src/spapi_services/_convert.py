"""Plain Python values -> generated models and arguments, with the checks that go with them."""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any, BinaryIO, TypeVar

from spapi_services_generated.models import (
    AppointmentResource,
    AppointmentTimeInput,
    AvailabilityRecord,
    FulfillmentDocument,
    Reservation,
    Warning_,
)
from spapi_services_generated.types import UNSET

from . import documents as _documents
from . import validation
from .errors import ValidationError

__all__: list[str] = []

logger = logging.getLogger("spapi_services")

_Content = bytes | bytearray | memoryview | os.PathLike[str] | str | BinaryIO
_MD5_PATTERN = r"[A-Za-z0-9+/]{22}={2}"
MAX_CONTENT_BYTES = _documents.MAX_CONTENT_BYTES
_Docs = Sequence[_documents.UploadedDocument | FulfillmentDocument]
_Attached = _documents.UploadedDocument | FulfillmentDocument
_Record = TypeVar("_Record", AvailabilityRecord, Reservation)


def _opt(value: Any) -> Any:
    """None -> UNSET, for the generated functions' optional arguments."""
    return UNSET if value is None else value


def _warning_list(warnings: object) -> list[Warning_]:
    """The warnings of a parsed response (anything that is not a warning left out)."""
    return [w for w in warnings if isinstance(w, Warning_)] if isinstance(warnings, list) else []


def _log_warnings(operation: str, warnings: object) -> list[Warning_]:
    """Logs the warnings of a parsed response and returns them."""
    found = _warning_list(warnings)
    for warning in found:
        message = warning.message if isinstance(warning.message, str) else ""
        logger.warning("%s: %s: %s", operation, warning.code, message)
    return found


def _appointment_time(
    start: datetime, duration: int | None, *, sandbox: bool = False
) -> AppointmentTimeInput:
    if sandbox:  # Amazon's sandbox examples book appointments in the past
        validation.utc(start, "start_time")
    else:
        validation.check_appointment_start(start, field="start_time")
    validation.check_duration(duration, "duration_minutes")
    return AppointmentTimeInput(start_time=start, duration_in_minutes=_opt(duration))


def _model(value: _Record | Mapping[str, Any], model: type[_Record]) -> _Record:
    """The generated model itself, or one read from a wire-form (camelCase) mapping that
    validation accepted; None entries of the mapping count as not given."""
    return model.from_dict(_wire(value)) if isinstance(value, Mapping) else value


def _wire(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {key: _wire(item) for key, item in value.items() if item is not None}
    return value


def _resources(
    ids: Sequence[str], field: str, *, required: bool = False
) -> list[AppointmentResource]:
    if isinstance(ids, str | bytes) or not isinstance(ids, Sequence):
        raise _validation_error(field, f"must be a list of resource ids, got {type(ids).__name__}")
    if required and not ids:
        raise _validation_error(field, "must name at least one technician")
    for index, rid in enumerate(ids):
        validation.check_resource_id(rid, f"{field}[{index}]")
    return [AppointmentResource(resource_id=rid) for rid in ids]


_DOCUMENTS = "a list of UploadedDocument (what upload_document returns) or FulfillmentDocument"


def _document_list(documents: object, pairs: bool = False) -> Sequence[Any]:
    """``documents`` as a list; each item an uploaded document (or, with ``pairs``, a
    ``(content, content_type)`` pair)."""
    allowed = _DOCUMENTS + (" items, or (content, content_type) pairs" if pairs else "")
    if isinstance(documents, str | bytes | Mapping) or not isinstance(documents, Sequence):
        raise _validation_error("documents", f"is a {type(documents).__name__}", allowed)
    for index, doc in enumerate(documents):
        is_pair = pairs and isinstance(doc, tuple) and len(doc) == 2
        if not (is_pair or isinstance(doc, _Attached)):
            raise _validation_error(
                f"documents[{index}]", f"unexpected {type(doc).__name__}", allowed
            )
    return documents


def _fulfillment_document(doc: _Attached) -> FulfillmentDocument:
    return doc if isinstance(doc, FulfillmentDocument) else doc.to_fulfillment_document()


async def _read_documents(documents: object) -> list[_Attached | tuple[bytes, str]]:
    """close_appointment's documents, every one checked before anything is uploaded: uploaded
    documents as they are, ``(content, content_type)`` pairs read and checked as
    :func:`~spapi_services.documents.upload_document` does (type, size, file signature)."""
    out: list[_Attached | tuple[bytes, str]] = []
    for index, doc in enumerate(_document_list(documents, pairs=True)):
        if not isinstance(doc, tuple):
            out.append(doc)
            continue
        try:
            data, name = await _documents.read_document(doc[0], content_type=doc[1])
        except ValidationError as error:
            raise _validation_error(
                f"documents[{index}].{error.field}", error.problem, error.allowed
            ) from None
        out.append((data, name))
    return out


def _check_order(
    start: datetime | None,
    end: datetime | None,
    start_field: str,
    end_field: str,
    *,
    both: bool = False,
) -> None:
    """Aware times, end after start; with ``both``, one without the other is refused."""
    if both and (start is None) != (end is None):
        missing = start_field if start is None else end_field
        raise ValidationError(
            missing, "missing", allowed=f"both {start_field} and {end_field}, or neither"
        )
    begin = validation.utc(start, start_field) if start is not None else None
    finish = validation.utc(end, end_field) if end is not None else None
    if begin is not None and finish is not None and finish <= begin:
        raise ValidationError(end_field, f"{finish.isoformat()} is not after {start_field}")


def _check_past(value: datetime | None, field: str) -> None:
    if value is not None and validation.utc(value, field) > datetime.now(UTC):
        raise ValidationError(field, "is in the future", allowed="a time that has passed")


def _validation_error(field: str, problem: str, allowed: str | None = None) -> ValidationError:
    return ValidationError(field, problem, allowed=allowed)


def _enum(field: str, value: Any, enum: Any) -> Any:
    """A generated enum member from its value (case-insensitive); unknown values are refused."""
    if value is None:
        return UNSET
    text = str(getattr(value, "value", value)).upper()
    known = [m.value for m in enum]
    if text not in known:
        raise _validation_error(field, f"unknown value {value!r}", ", ".join(known))
    return enum(text)


def _enum_list(field: str, values: Sequence[Any] | None, enum: Any) -> Any:
    if values is None:
        return UNSET
    if isinstance(values, str):
        values = [values]
    return [_enum(f"{field}[{index}]", value, enum) for index, value in enumerate(values)]


def _opt_list(values: Sequence[str] | None) -> Any:
    if values is None:
        return UNSET
    return [values] if isinstance(values, str) else list(values)

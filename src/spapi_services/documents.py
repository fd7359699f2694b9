"""The encrypted document upload flow (proof of appointment and other fulfillment documents).

:func:`upload_document` checks the document locally, asks the API for an upload destination
(``createServiceDocumentUploadDestination``, through a coroutine the client passes in), encrypts
the bytes with the AES-256-CBC key and IV the destination carries, PUTs the ciphertext to the
presigned URL and returns an :class:`UploadedDocument` ready for ``setAppointmentFulfillmentData``.

What is measured and hashed:

- ``contentLength`` and ``contentMD5`` describe the *plaintext* (the key is not known yet when
  the destination is requested);
- ``contentSha256`` follows the use-case guide's sample, which feeds the cipher's output stream
  to the digest: it is the base64 SHA-256 of the *encrypted* bytes, exactly as uploaded.

The PUT goes through a client that never carries the SP-API access token. The encryption key,
the IV and the URL's query string (signature, credentials) never appear in a log line, a repr or
an exception message; the module also redacts presigned URLs from httpx's own request log.
"""

from __future__ import annotations

import base64
import binascii
import logging
import os
import random
import re
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import BinaryIO

import anyio
import anyio.to_thread
import httpx
from spapi_services_generated.models import (
    EncryptionDetails,
    FulfillmentDocument,
    ServiceDocumentUploadDestination,
    ServiceDocumentUploadDestinationHeaders,
    ServiceUploadDocument,
    ServiceUploadDocumentContentType,
)
from spapi_services_generated.types import Unset

from ._crypto import IV_BYTES, KEY_BYTES, EncryptedDocument, b64_md5, encrypt
from .errors import ServicesError, ValidationError

__all__ = [
    "CONTENT_TYPES",
    "MAX_CONTENT_BYTES",
    "DocumentUploadError",
    "EncryptedDocument",
    "UploadedDocument",
    "encrypt_document",
    "read_document",
    "upload_document",
]

logger = logging.getLogger(__name__)

MAX_CONTENT_BYTES = 5 * 1024 * 1024
"""The largest document the API accepts (``contentLength`` maximum), in bytes."""


@dataclass(frozen=True, slots=True)
class _DocType:
    mime: str  # the Content-Type of the PUT, as the API model's enum table gives it
    signatures: tuple[bytes, ...]  # how a file of this type starts


_JPEG = (b"\xff\xd8\xff",)
_TYPES: dict[str, _DocType] = {
    "TIFF": _DocType("image/tiff", (b"II*\x00", b"MM\x00*")),
    "JPG": _DocType("image/jpg", _JPEG),
    "PNG": _DocType("image/png", (b"\x89PNG\r\n\x1a\n",)),
    "JPEG": _DocType("image/jpeg", _JPEG),
    "GIF": _DocType("image/gif", (b"GIF87a", b"GIF89a")),
    "PDF": _DocType("application/pdf", (b"%PDF-",)),
}
_BY_MIME = {t.mime: name for name, t in _TYPES.items()}

CONTENT_TYPES: tuple[str, ...] = tuple(_TYPES)
"""The document types the API accepts (``content_type`` also takes their MIME types)."""

_NEVER_SENT = ("x-amz-access-token", "authorization", "cookie")  # stripped from every PUT
_BACKOFF_BASE = 0.5  # seconds; full jitter over base * 2**(attempt-1), capped
_BACKOFF_CAP = 8.0
_S3_CODE = re.compile(rb"<Code>([A-Za-z0-9.]{1,64})</Code>")
_SIGNED_QUERY_KEYS = ("X-Amz-Signature", "Signature", "X-Amz-Security-Token", "X-Amz-Credential")

# Seams for a fake clock in tests: wall time (to compare with X-Amz-Date) and the backoff sleep.
_now: Callable[[], float] = time.time
_sleep: Callable[[float], Awaitable[None]] = anyio.sleep


class DocumentUploadError(ServicesError):
    """The upload destination could not be used, or the PUT to it failed.

    ``field`` names the unusable part of the destination (``encryptionDetails.key``...), ``status``
    is the last HTTP status of the PUT (None for a connection failure or a destination problem),
    ``attempts`` the number of PUTs made and ``url`` the destination without its query string.
    """

    def __init__(
        self,
        message: str,
        *,
        field: str | None = None,
        status: int | None = None,
        attempts: int = 0,
        url: str | None = None,
    ) -> None:
        self.field = field
        self.status = status
        self.attempts = attempts
        self.url = url
        super().__init__(message)


@dataclass(frozen=True, slots=True)
class UploadedDocument:
    """A document stored at its upload destination: what ``setAppointmentFulfillmentData`` needs.

    ``content_sha256`` is the base64 SHA-256 of the encrypted bytes (as the guide's sample computes
    it); ``content_type`` is the API's name for the type (``PNG``...); ``content_length`` is the
    plaintext size in bytes.
    """

    upload_destination_id: str
    content_sha256: str
    content_type: str
    content_length: int

    def to_fulfillment_document(self) -> FulfillmentDocument:
        """The ``FulfillmentDocument`` entry for ``setAppointmentFulfillmentData``."""
        return FulfillmentDocument(
            upload_destination_id=self.upload_destination_id, content_sha_256=self.content_sha256
        )


@dataclass(frozen=True, slots=True, repr=False)
class _Target:
    """Where and how to PUT; holds secrets, so its repr shows only the URL without query."""

    url: httpx.URL
    safe_url: str
    key: bytes
    iv: bytes
    headers: dict[str, str]
    expires_at: float | None

    def __repr__(self) -> str:
        return f"_Target(url={self.safe_url!r})"


def encrypt_document(
    content: bytes | bytearray | memoryview, *, key: bytes, iv: bytes
) -> EncryptedDocument:
    """Encrypts ``content`` with AES-256-CBC and PKCS#7 padding and hashes the ciphertext.

    Raises :class:`ValidationError` (``key``/``iv``) when the key is not 32 bytes or the IV not 16.
    """
    if len(key) != KEY_BYTES:
        raise ValidationError("key", f"is {len(key)} bytes", allowed=f"{KEY_BYTES} bytes (AES-256)")
    if len(iv) != IV_BYTES:
        raise ValidationError("iv", f"is {len(iv)} bytes", allowed=f"{IV_BYTES} bytes")
    return encrypt(content, key, iv)


async def upload_document(
    content: bytes | bytearray | memoryview | os.PathLike[str] | str | BinaryIO,
    *,
    content_type: str,
    create_destination: Callable[
        [ServiceUploadDocument], Awaitable[ServiceDocumentUploadDestination]
    ],
    http_client: httpx.AsyncClient | None = None,
    allow_insecure_url: bool = False,
    max_attempts: int = 4,
    timeout: float = 60.0,  # noqa: ASYNC109 - the timeout of each PUT, as httpx understands it
) -> UploadedDocument:
    """Uploads one fulfillment document, encrypted, and returns what identifies it.

    ``content`` is the document's bytes, a file path (a ``str`` is always a path) or a binary file
    object (read once, from its current position). ``content_type`` is one of :data:`CONTENT_TYPES`
    in any case, or its MIME type (``image/png``...). ``create_destination`` calls
    ``createServiceDocumentUploadDestination``. ``http_client`` is the client used for the PUT
    only; it must not be the SP-API client (its ``x-amz-access-token``, ``Authorization`` and
    cookies are stripped from the PUT anyway); when None, one is created and closed here.
    ``allow_insecure_url`` permits an ``http://`` destination (a local emulator). The PUT is
    retried on 5xx answers and connection failures, up to ``max_attempts`` PUTs, with
    exponential backoff and full jitter, and never once the presigned URL has expired.

    Raises :class:`ValidationError` (``content_type``, ``content``, ``max_attempts``, ``timeout``)
    before anything is sent, and :class:`DocumentUploadError` when the destination is unusable
    (not AES, wrong key or IV length, not https) before anything is uploaded, or when the PUT
    fails. Errors raised by ``create_destination`` propagate unchanged.
    """
    if isinstance(max_attempts, bool) or not isinstance(max_attempts, int) or max_attempts < 1:
        raise ValidationError("max_attempts", f"is {max_attempts!r}", allowed="an integer >= 1")
    if not timeout > 0:
        raise ValidationError("timeout", f"is {timeout!r}", allowed="a number of seconds > 0")
    data, name = await read_document(content, content_type=content_type)
    md5 = await anyio.to_thread.run_sync(b64_md5, data)
    logger.debug("requesting an upload destination for a %s of %d bytes", name, len(data))
    destination = await create_destination(
        ServiceUploadDocument(
            content_type=ServiceUploadDocumentContentType(name),
            content_length=len(data),
            content_md5=md5,
        )
    )
    target = _target(destination, allow_insecure_url=allow_insecure_url)
    encrypted = await anyio.to_thread.run_sync(encrypt, data, target.key, target.iv)
    logger.debug("encrypted %d bytes into %d", len(data), encrypted.length)
    _install_log_redaction()
    if http_client is None:
        async with httpx.AsyncClient(timeout=timeout, follow_redirects=False) as client:
            attempts = await _put(
                client, target, encrypted, _TYPES[name].mime, max_attempts, timeout
            )
    else:
        attempts = await _put(
            http_client, target, encrypted, _TYPES[name].mime, max_attempts, timeout
        )
    logger.debug("uploaded to %s in %d attempt(s)", target.safe_url, attempts)
    return UploadedDocument(
        upload_destination_id=destination.upload_destination_id,
        content_sha256=encrypted.sha256_b64,
        content_type=name,
        content_length=len(data),
    )


async def read_document(
    content: bytes | bytearray | memoryview | os.PathLike[str] | str | BinaryIO,
    *,
    content_type: str,
) -> tuple[bytes, str]:
    """The document's bytes and its content type as the API names it (``PNG``...), checked as
    :func:`upload_document` checks them: a known type, 1 byte to 5 MiB, bytes that start with
    that type's file signature. Raises :class:`ValidationError` (``content_type``, ``content``).
    """
    name = _resolve_type(content_type)
    data = await _read_content(content)
    _check_content(data, name)
    return data, name


def _resolve_type(content_type: object) -> str:
    if isinstance(content_type, str):
        text = content_type.strip()
        name = _BY_MIME.get(text.lower(), text.upper())
        if name in _TYPES:
            return name
    raise ValidationError(
        "content_type",
        f"{content_type!r} is not a document type the API accepts",
        allowed=", ".join(_TYPES) + " (or " + ", ".join(_BY_MIME) + ")",
    )


async def _read_content(
    content: bytes | bytearray | memoryview | os.PathLike[str] | str | BinaryIO,
) -> bytes:
    if isinstance(content, bytes):
        return content
    if isinstance(content, bytearray | memoryview):
        return bytes(content)
    if isinstance(content, str | os.PathLike):
        return await anyio.to_thread.run_sync(_read_path, content)
    if callable(getattr(content, "read", None)):
        return await anyio.to_thread.run_sync(_read_stream, content)
    raise ValidationError(
        "content",
        f"is a {type(content).__name__}",
        allowed="bytes, a file path or a binary file object",
    )


def _read_path(path: os.PathLike[str] | str) -> bytes:
    try:
        with open(path, "rb") as stream:
            return _read_stream(stream)
    except OSError as exc:
        raise ValidationError(
            "content", f"cannot read file {os.fspath(path)!r}: {exc.strerror or exc}"
        ) from None


def _read_stream(stream: BinaryIO) -> bytes:
    """Reads to the end, but never more than one byte past the limit."""
    parts: list[bytes] = []
    size = 0
    while size <= MAX_CONTENT_BYTES:
        part: object = stream.read(MAX_CONTENT_BYTES + 1 - size)
        if not isinstance(part, bytes | bytearray):
            raise ValidationError(
                "content",
                f"the file object's read() returned {type(part).__name__}",
                allowed="a file object opened in binary mode",
            )
        if not part:
            break
        parts.append(bytes(part))
        size += len(part)
    return parts[0] if len(parts) == 1 else b"".join(parts)


def _check_content(data: bytes, name: str) -> None:
    allowed = f"1 to {MAX_CONTENT_BYTES} bytes (5 MiB)"
    if not data:
        raise ValidationError("content", "is empty (0 bytes)", allowed=allowed)
    if len(data) > MAX_CONTENT_BYTES:
        raise ValidationError(
            "content", f"is larger than {MAX_CONTENT_BYTES} bytes", allowed=allowed
        )
    if not data.startswith(_TYPES[name].signatures):
        seen = next((n for n, t in _TYPES.items() if data.startswith(t.signatures)), None)
        hint = f"; it looks like a {seen} file" if seen else ""
        raise ValidationError(
            "content",
            f"does not start with the {name} file signature{hint}",
            allowed=f"a {name} file, as content_type says (or a content_type matching the file)",
        )


def _target(destination: ServiceDocumentUploadDestination, *, allow_insecure_url: bool) -> _Target:
    """Checks the destination before anything is encrypted or sent."""
    for field, value in (
        ("uploadDestinationId", destination.upload_destination_id),
        ("url", destination.url),
    ):
        if not isinstance(value, str) or not value:
            raise DocumentUploadError(f"the destination has no {field}", field=field)
    details = destination.encryption_details
    if not isinstance(details, EncryptionDetails):
        raise DocumentUploadError(
            "the destination has no encryptionDetails object", field="encryptionDetails"
        )
    if str(details.standard) != "AES":
        raise DocumentUploadError(
            f"encryptionDetails.standard is {str(details.standard)!r}; only AES is supported",
            field="encryptionDetails.standard",
        )
    key = _decode_secret("encryptionDetails.key", details.key, KEY_BYTES)
    iv = _decode_secret(
        "encryptionDetails.initializationVector", details.initialization_vector, IV_BYTES
    )
    try:
        url = httpx.URL(destination.url)
    except (httpx.InvalidURL, TypeError):
        raise DocumentUploadError("the upload URL is not a valid URL", field="url") from None
    safe_url = _safe_url(url)
    schemes = ("https", "http") if allow_insecure_url else ("https",)
    if url.scheme not in schemes or not url.host:
        raise DocumentUploadError(
            f"refusing to upload to {safe_url}: the URL must use {' or '.join(schemes)}"
            + (
                ""
                if allow_insecure_url
                else " (allow_insecure_url=True permits http for a local emulator)"
            ),
            field="url",
            url=safe_url,
        )
    headers: dict[str, str] = {}
    if not isinstance(destination.headers, Unset | ServiceDocumentUploadDestinationHeaders):
        raise DocumentUploadError("the destination's headers are not an object", field="headers")
    if not isinstance(destination.headers, Unset):
        headers = {
            str(k): str(v)
            for k, v in destination.headers.additional_properties.items()
            if str(k).lower() not in ("host", "content-length")  # set by the PUT itself
        }
    return _Target(url, safe_url, key, iv, headers, _expiry(url))


def _decode_secret(field: str, value: object, size: int) -> bytes:
    """Decodes a base64 key or IV; the messages give lengths, never the value."""
    try:
        raw = base64.b64decode(value, validate=True) if isinstance(value, str) else b""
    except (binascii.Error, ValueError):
        raise DocumentUploadError(f"{field} is not valid base64", field=field) from None
    if len(raw) != size:
        raise DocumentUploadError(
            f"{field} decodes to {len(raw)} bytes; AES-256-CBC needs {size}", field=field
        )
    return raw


def _safe_url(url: httpx.URL) -> str:
    """The URL without its query string (where the signature and credentials live)."""
    return str(url.copy_with(query=None, fragment=None, username=None, password=None))


def _expiry(url: httpx.URL) -> float | None:
    """When a presigned URL stops working (SigV4 X-Amz-Date + X-Amz-Expires, or SigV2 Expires)."""
    params = url.params
    signed_at, lifetime = params.get("X-Amz-Date"), params.get("X-Amz-Expires")
    if signed_at and lifetime and lifetime.isdigit():
        try:
            start = datetime.strptime(signed_at, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
        except ValueError:
            return None
        return start.timestamp() + int(lifetime)
    legacy = params.get("Expires")
    return float(legacy) if legacy and legacy.isdigit() else None


async def _put(
    client: httpx.AsyncClient,
    target: _Target,
    body: EncryptedDocument,
    mime: str,
    max_attempts: int,
    request_timeout: float,
) -> int:
    """PUTs the ciphertext, retrying while allowed; returns the number of attempts made."""
    headers = dict(target.headers)
    if not any(k.lower() == "content-type" for k in headers):
        headers["Content-Type"] = mime
    headers["Content-Length"] = str(body.length)
    status: int | None = None
    for attempt in range(1, max_attempts + 1):
        request = client.build_request(
            "PUT",
            target.url,
            headers=headers,
            content=_stream(body),
            timeout=request_timeout,
        )
        for name in _NEVER_SENT:
            request.headers.pop(name, None)
        logger.debug("PUT attempt %d of %d to %s", attempt, max_attempts, target.safe_url)
        try:
            response = await client.send(request, auth=None, follow_redirects=False)
        except httpx.TransportError as exc:
            status, failure = None, f"{type(exc).__name__}: {_redact(str(exc), target)}"
        else:
            if response.is_success:
                return attempt
            status = response.status_code
            code = _S3_CODE.search(response.content)
            failure = f"HTTP {status}" + (f" ({code.group(1).decode()})" if code else "")
            if status < 500:
                break
        if attempt == max_attempts:
            break
        delay = random.uniform(0.0, min(_BACKOFF_CAP, _BACKOFF_BASE * 2 ** (attempt - 1)))
        if target.expires_at is not None and _now() + delay >= target.expires_at:
            failure += "; not retried because the presigned URL has expired"
            break
        logger.debug("upload attempt %d failed (%s); retrying in %.2fs", attempt, failure, delay)
        await _sleep(delay)
    raise DocumentUploadError(
        f"upload to {target.safe_url} failed after {attempt} attempt(s): {failure}",
        status=status,
        attempts=attempt,
        url=target.safe_url,
    )


async def _stream(body: EncryptedDocument) -> AsyncIterator[bytes]:
    for chunk in body.chunks:
        yield chunk


def _redact(text: str, target: _Target) -> str:
    text = text.replace(str(target.url), target.safe_url)
    query = target.url.query.decode("ascii", "replace")
    return text.replace(query, "<redacted>") if query else text


def _is_presigned(url: httpx.URL) -> bool:
    return any(key in url.params for key in _SIGNED_QUERY_KEYS)


class _RedactPresignedUrls(logging.Filter):
    """Rewrites presigned URLs in httpx's "HTTP Request: PUT <url> ..." log records."""

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        if isinstance(args, tuple) and any(
            isinstance(a, httpx.URL) and _is_presigned(a) for a in args
        ):
            record.args = tuple(
                _safe_url(a) + "?<redacted>" if isinstance(a, httpx.URL) and _is_presigned(a) else a
                for a in args
            )
        return True


def _install_log_redaction() -> None:
    httpx_logger = logging.getLogger("httpx")
    if not any(isinstance(f, _RedactPresignedUrls) for f in httpx_logger.filters):
        httpx_logger.addFilter(_RedactPresignedUrls())

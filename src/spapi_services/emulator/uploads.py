"""Encrypted document uploads: the destination, the presigned PUT, and the later checks.

createServiceDocumentUploadDestination hands out an AES-256 key and IV and a presigned URL on
the emulator itself (``/_upload/<id>?X-Amz-...&X-Amz-Signature=...``). The PUT there is checked
like S3 would (signature, expiry, unsigned ``x-amz-*`` headers, ``Content-MD5``) and then
decrypted (AES-256-CBC, PKCS#7). What went wrong, if anything, is remembered and reported when
setAppointmentFulfillmentData references the document.

Until a fulfillment references it, a destination takes any number of PUTs, each replacing the
last (as S3 does). The first accepted fulfillment that references it binds it to that
appointment: from then on PUTs to its URL are refused (403 ``AccessDenied``) and fulfillments
of any other appointment may not reference it, so what was attached can no longer change.

``contentSha256`` is compared with the SHA-256 of the uploaded bytes, that is the encrypted
document, the way the guide's sample computes it (its digest stream wraps the cipher stream);
``digest_of="plaintext"`` or ``"either"`` relax this.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import quote

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from .wire import Request, Response, empty_response, invalid, json_response, missing

if TYPE_CHECKING:
    from .app import Emulator

__all__ = ["DigestOf", "bind_document", "check_document", "create_destination", "receive_upload"]

DigestOf = Literal["ciphertext", "plaintext", "either"]
MAX_LENGTH = 5 * 1024 * 1024
MIME = {
    "TIFF": "image/tiff",
    "JPG": "image/jpeg",
    "JPEG": "image/jpeg",
    "PNG": "image/png",
    "GIF": "image/gif",
    "PDF": "application/pdf",
}
_MD5 = re.compile(r"^[A-Za-z0-9+/]{22}==$")
_PROBLEMS = {
    "AWAITING_UPLOAD": "Document encrypted not found or exist. Please review document uploaded",
    "UNDECRYPTABLE": "Document failed to decrypt or decipher. Please review the uploaded document",
    "WRONG_LENGTH": "Document failed to meet content length restrictions. "
    "Please review document uploaded",
    "WRONG_MD5": "Input document parameters are invalid. Please check the input.",
}


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def _signature(emu: Emulator, upload_id: str, amz_date: str, expires: str) -> str:
    message = f"PUT\n{upload_id}\n{amz_date}\n{expires}".encode()
    return hmac.new(emu.secret, message, hashlib.sha256).hexdigest()


def create_destination(emu: Emulator, request: Request) -> Response:
    """createServiceDocumentUploadDestination."""
    body = request.json()
    if not isinstance(body, dict):
        raise missing(400, "body")
    absent = [name for name in ("contentType", "contentLength") if name not in body]
    if absent:
        raise invalid(400, f"Missing or invalid request parameters: [{', '.join(absent)}].")
    content_type, length, md5 = body["contentType"], body["contentLength"], body.get("contentMD5")
    if content_type not in MIME:
        allowed = ", ".join(f"'{k}'" for k in MIME)
        raise invalid(422, f"contentType parameter is invalid. Use one of [{allowed}]")
    if (
        not isinstance(length, int | float)
        or isinstance(length, bool)
        or length != int(length)
        or not 1 <= length <= MAX_LENGTH
    ):
        raise invalid(400, "Missing or invalid request parameters: [contentLength].")
    if md5 is not None and (not isinstance(md5, str) or not _MD5.match(md5)):
        raise invalid(400, "Missing or invalid request parameters: [contentMD5].")
    state = emu.state
    upload_id = f"amzn1.tortuga.4.na.{state.new_uuid('upload')}.T1EMULATOR"
    key, iv = state.digest("aes-key", 32), state.digest("aes-iv", 16)
    now = emu.now_epoch()
    state.documents[upload_id] = {
        "uploadDestinationId": upload_id,
        "contentType": content_type,
        "contentLength": int(length),
        "contentMD5": md5,
        "key": _b64(key),
        "iv": _b64(iv),
        "createdAt": now,
        "expiresAt": now + emu.upload_ttl,
        "status": "AWAITING_UPLOAD",
    }
    amz_date = datetime.fromtimestamp(now, UTC).strftime("%Y%m%dT%H%M%SZ")
    expires = str(emu.upload_ttl)
    query = (
        f"X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date={amz_date}"
        f"&X-Amz-SignedHeaders=content-type%3Bhost&X-Amz-Expires={expires}"
        f"&X-Amz-Credential=EMULATOR%2F{amz_date[:8]}%2Fus-east-1%2Fs3%2Faws4_request"
        f"&X-Amz-Signature={_signature(emu, upload_id, amz_date, expires)}"
    )
    url = f"{request.base_url}/_upload/{quote(upload_id, safe='')}?{query}"
    payload = {
        "uploadDestinationId": upload_id,
        "url": url,
        "encryptionDetails": {
            "standard": "AES",
            "initializationVector": _b64(iv),
            "key": _b64(key),
        },
        "headers": {"Content-Type": MIME[content_type]},
    }
    return json_response(200, {"payload": payload})


def _s3_error(status: int, code: str, message: str) -> Response:
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f"<Error><Code>{code}</Code><Message>{message}</Message></Error>"
    )
    return Response(status, xml.encode(), b"application/xml")


def receive_upload(emu: Emulator, request: Request) -> Response:
    """The presigned ``PUT /_upload/<id>`` endpoint (S3-style XML errors)."""
    if request.too_large:
        return _s3_error(400, "EntityTooLarge", "Your proposed upload exceeds the maximum size.")
    upload_id = request.params["uploadId"]
    doc = emu.state.documents.get(upload_id)
    amz_date, expires = request.one("X-Amz-Date") or "", request.one("X-Amz-Expires") or ""
    given = request.one("X-Amz-Signature") or ""
    if doc is None or not hmac.compare_digest(given, _signature(emu, upload_id, amz_date, expires)):
        return _s3_error(403, "SignatureDoesNotMatch", "The request signature does not match.")
    if any(name.startswith("x-amz-") for name in request.headers):
        return _s3_error(403, "AccessDenied", "There were headers present which were not signed")
    if emu.now_epoch() > doc["expiresAt"]:
        return _s3_error(403, "AccessDenied", "Request has expired")
    if doc.get("appointmentId"):
        return _s3_error(403, "AccessDenied", "The document was already attached to a fulfillment")
    sent_type = request.headers.get("content-type", "")
    if sent_type.split(";")[0].strip().lower() != MIME[doc["contentType"]]:
        return _s3_error(403, "SignatureDoesNotMatch", "Content-Type differs from the signed one")
    body = request.body
    md5_header = request.headers.get("content-md5")
    if md5_header and md5_header != _b64(hashlib.md5(body).digest()):
        return _s3_error(400, "BadDigest", "The Content-MD5 you specified did not match.")
    padded = (doc["contentLength"] // 16 + 1) * 16
    if len(body) != padded:
        return _s3_error(400, "IncompleteBody", f"Expected {padded} bytes of AES ciphertext")
    doc["sha256"] = {"ciphertext": _b64(hashlib.sha256(body).digest())}
    plaintext = _decrypt(body, base64.b64decode(doc["key"]), base64.b64decode(doc["iv"]))
    if plaintext is None:
        doc["status"] = "UNDECRYPTABLE"
    elif len(plaintext) != doc["contentLength"]:
        doc["status"] = "WRONG_LENGTH"
    elif doc["contentMD5"] and doc["contentMD5"] != _b64(hashlib.md5(plaintext).digest()):
        doc["status"] = "WRONG_MD5"
    else:
        doc["status"] = "UPLOADED"
        doc["sha256"]["plaintext"] = _b64(hashlib.sha256(plaintext).digest())
    response = empty_response(200)
    response.headers.append((b"etag", f'"{hashlib.md5(body).hexdigest()}"'.encode()))
    return response


def _decrypt(data: bytes, key: bytes, iv: bytes) -> bytes | None:
    try:
        decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        padded = decryptor.update(data) + decryptor.finalize()
        unpadder = padding.PKCS7(128).unpadder()
        return unpadder.update(padded) + unpadder.finalize()
    except ValueError:
        return None


def check_document(emu: Emulator, reference: Any, appointment_id: str) -> str | None:
    """Why a FulfillmentDocument reference is refused for the fulfillment of
    ``appointment_id``, or None when it is acceptable."""
    prefix = "Failed to process proof of appointment input. Reason: "
    if not isinstance(reference, dict) or not isinstance(reference.get("uploadDestinationId"), str):
        return prefix + "Input document parameters are invalid. Please check the input."
    doc = emu.state.documents.get(reference["uploadDestinationId"])
    if doc is None:
        return prefix + "Input document id does not exist. Please check the input"
    if doc.get("appointmentId", appointment_id) != appointment_id:
        return prefix + "Input document is attached to another appointment. Please check the input"
    if doc["status"] != "UPLOADED":
        return prefix + _PROBLEMS[doc["status"]]
    sha = reference.get("contentSha256")
    digests = doc["sha256"]
    wanted = {
        "ciphertext": [digests["ciphertext"]],
        "plaintext": [digests["plaintext"]],
        "either": [digests["ciphertext"], digests["plaintext"]],
    }[emu.digest_of]
    if not isinstance(sha, str) or sha not in wanted:
        return prefix + (
            "Document failed to meet sanity check. contentSha256 does not match the SHA-256 "
            f"of the uploaded document ({emu.digest_of}, base64). Please review document uploaded"
        )
    return None


def bind_document(emu: Emulator, upload_id: str, appointment_id: str) -> None:
    """Records that an accepted fulfillment of ``appointment_id`` attached the document."""
    emu.state.documents[upload_id]["appointmentId"] = appointment_id

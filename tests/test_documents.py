"""The encrypted document upload flow: local checks, destination checks, encryption, PUT."""

from __future__ import annotations

import base64
import hashlib
import io
import logging
import os
import shutil
import subprocess
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from pytest_httpx import HTTPXMock
from spapi_services_generated.models import (
    ServiceDocumentUploadDestination,
    ServiceUploadDocument,
)

from spapi_services import documents
from spapi_services.documents import (
    MAX_CONTENT_BYTES,
    DocumentUploadError,
    UploadedDocument,
    encrypt_document,
    upload_document,
)
from spapi_services.errors import ValidationError

ACCESS_TOKEN = "Atza|access-token-SECRET-do-not-send"
SIGNATURE = "5f" * 32
HOST = "https://bucket.s3.us-west-2.amazonaws.com"
PATH = "/%2FThirtyDays/amzn1.tortuga.3.doc-1"
DESTINATION_ID = "amzn1.tortuga.3.doc-1.T1"

SAMPLES = {
    "PNG": b"\x89PNG\r\n\x1a\n",
    "JPG": b"\xff\xd8\xff\xe0",
    "JPEG": b"\xff\xd8\xff\xe1",
    "GIF": b"GIF89a",
    "TIFF": b"II*\x00",
    "PDF": b"%PDF-1.7\n",
}
MIME = {
    "PNG": "image/png",
    "JPG": "image/jpg",
    "JPEG": "image/jpeg",
    "GIF": "image/gif",
    "TIFF": "image/tiff",
    "PDF": "application/pdf",
}


def document(kind: str = "PNG", size: int = 1000) -> bytes:
    head = SAMPLES[kind]
    return head + os.urandom(size - len(head))


def presigned_url(signed_at: datetime | None = None, expires: int = 300, host: str = HOST) -> str:
    stamp = (signed_at or datetime.now(UTC)).strftime("%Y%m%dT%H%M%SZ")
    return (
        f"{host}{PATH}?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date={stamp}"
        "&X-Amz-SignedHeaders=content-type%3Bhost"
        f"&X-Amz-Expires={expires}"
        "&X-Amz-Credential=AKIAEXAMPLE%2F20250101%2Fus-west-2%2Fs3%2Faws4_request"
        f"&X-Amz-Signature={SIGNATURE}"
    )


class FakeDestinations:
    """Stands in for createServiceDocumentUploadDestination; records what it was asked."""

    def __init__(
        self,
        *,
        url: str | None = None,
        key: bytes | None = None,
        iv: bytes | None = None,
        key_b64: str | None = None,
        standard: str = "AES",
        headers: dict[str, Any] | None = None,
        overrides: dict[str, Any] | None = None,
    ) -> None:
        self.overrides = overrides or {}  # top-level fields replaced; None removes the field
        self.key = os.urandom(32) if key is None else key
        self.iv = os.urandom(16) if iv is None else iv
        self.key_b64 = key_b64 or base64.b64encode(self.key).decode()
        self.iv_b64 = base64.b64encode(self.iv).decode()
        self.url = url or presigned_url()
        self.standard = standard
        self.headers = headers
        self.calls: list[ServiceUploadDocument] = []

    async def __call__(self, body: ServiceUploadDocument) -> ServiceDocumentUploadDestination:
        self.calls.append(body)
        payload: dict[str, Any] = {
            "uploadDestinationId": DESTINATION_ID,
            "url": self.url,
            "encryptionDetails": {
                "standard": self.standard,
                "initializationVector": self.iv_b64,
                "key": self.key_b64,
            },
        }
        if self.headers is not None:
            payload["headers"] = self.headers
        payload.update(self.overrides)
        payload = {k: v for k, v in payload.items() if v is not None}
        return ServiceDocumentUploadDestination.from_dict(payload)

    def secrets(self) -> list[str]:
        return [self.key_b64, self.iv_b64, self.key.hex(), self.iv.hex(), SIGNATURE]


class FakeClock:
    """Wall time and sleeps under the test's control: sleeping advances the clock."""

    def __init__(self, now: float) -> None:
        self.now = now
        self.sleeps: list[float] = []

    def time(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> FakeClock:
    fake = FakeClock(datetime.now(UTC).timestamp())
    monkeypatch.setattr(documents, "_now", fake.time)
    monkeypatch.setattr(documents, "_sleep", fake.sleep)
    return fake


def decrypt(ciphertext: bytes, key: bytes, iv: bytes) -> bytes:
    """Decrypts with openssl when available (an implementation independent of ours)."""
    if shutil.which("openssl"):
        cmd = ["openssl", "enc", "-d", "-aes-256-cbc", "-K", key.hex(), "-iv", iv.hex()]
        return subprocess.run(cmd, input=ciphertext, capture_output=True, check=True).stdout
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    unpadder = padding.PKCS7(128).unpadder()
    padded = decryptor.update(ciphertext) + decryptor.finalize()
    return unpadder.update(padded) + unpadder.finalize()


def b64(digest: bytes) -> str:
    return base64.b64encode(digest).decode()


def puts(httpx_mock: HTTPXMock) -> list[httpx.Request]:
    return [r for r in httpx_mock.get_requests() if r.method == "PUT"]


# -- the happy path ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "declared"),
    [(k, k) for k in SAMPLES] + [("PNG", "image/png"), ("JPEG", "jpeg"), ("PDF", " Pdf ")],
)
async def test_upload_encrypts_hashes_and_puts(
    httpx_mock: HTTPXMock, kind: str, declared: str
) -> None:
    content = document(kind, 4097)
    dest = FakeDestinations(headers={"x-amz-server-side-encryption": "AES256", "X-Extra": 7})
    httpx_mock.add_response(method="PUT", url=dest.url)

    result = await upload_document(content, content_type=declared, create_destination=dest)

    (asked,) = dest.calls
    assert asked.to_dict() == {
        "contentType": kind,
        "contentLength": len(content),
        "contentMD5": b64(hashlib.md5(content).digest()),
    }
    (request,) = puts(httpx_mock)
    assert str(request.url) == dest.url  # the signed URL is sent byte for byte
    assert decrypt(request.content, dest.key, dest.iv) == content
    assert request.headers["Content-Type"] == MIME[kind]
    assert request.headers["Content-Length"] == str(len(request.content))
    assert request.headers["x-amz-server-side-encryption"] == "AES256"
    assert request.headers["X-Extra"] == "7"
    # The guide's sample digests the cipher's output: the SHA-256 is of the uploaded bytes.
    assert result == UploadedDocument(
        upload_destination_id=DESTINATION_ID,
        content_sha256=b64(hashlib.sha256(request.content).digest()),
        content_type=kind,
        content_length=len(content),
    )


async def test_fulfillment_document_carries_id_and_sha256(httpx_mock: HTTPXMock) -> None:
    dest = FakeDestinations()
    httpx_mock.add_response(method="PUT", url=dest.url)
    result = await upload_document(document(), content_type="PNG", create_destination=dest)
    assert result.to_fulfillment_document().to_dict() == {
        "uploadDestinationId": DESTINATION_ID,
        "contentSha256": result.content_sha256,
    }


async def test_destination_content_type_header_wins(httpx_mock: HTTPXMock) -> None:
    dest = FakeDestinations(headers={"content-type": "image/x-signed"})
    httpx_mock.add_response(method="PUT", url=dest.url)
    await upload_document(document(), content_type="PNG", create_destination=dest)
    (request,) = puts(httpx_mock)
    assert request.headers.get_list("content-type") == ["image/x-signed"]


@pytest.mark.parametrize("source", ["str-path", "pathlib", "file-object", "bytearray"])
async def test_content_sources(httpx_mock: HTTPXMock, tmp_path: Path, source: str) -> None:
    content = document("PDF", 70_000)
    file = tmp_path / "poa.pdf"
    file.write_bytes(content)
    given: Any = {
        "str-path": str(file),
        "pathlib": file,
        "file-object": io.BytesIO(b"skipped" + content),
        "bytearray": bytearray(content),
    }[source]
    if source == "file-object":
        given.seek(len(b"skipped"))  # read from the current position
    dest = FakeDestinations()
    httpx_mock.add_response(method="PUT", url=dest.url)
    result = await upload_document(given, content_type="PDF", create_destination=dest)
    assert result.content_length == len(content)
    assert decrypt(puts(httpx_mock)[0].content, dest.key, dest.iv) == content


class ShortReads(io.RawIOBase):
    """A raw stream whose reads return at most 1000 bytes, like a pipe or a socket."""

    def __init__(self, data: bytes) -> None:
        self._data = io.BytesIO(data)

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        return self._data.read(min(size, 1000) if size >= 0 else 1000)


async def test_stream_with_short_reads_is_read_to_the_end(httpx_mock: HTTPXMock) -> None:
    content = document("JPEG", 12_345)
    dest = FakeDestinations()
    httpx_mock.add_response(method="PUT", url=dest.url)
    result = await upload_document(
        ShortReads(content), content_type="JPEG", create_destination=dest
    )
    assert result.content_length == len(content)
    assert decrypt(puts(httpx_mock)[0].content, dest.key, dest.iv) == content


async def test_largest_allowed_document(httpx_mock: HTTPXMock) -> None:
    content = document("TIFF", MAX_CONTENT_BYTES)
    dest = FakeDestinations()
    httpx_mock.add_response(method="PUT", url=dest.url)
    result = await upload_document(content, content_type="TIFF", create_destination=dest)
    body = puts(httpx_mock)[0].content
    assert len(body) == MAX_CONTENT_BYTES + 16  # a whole block of padding
    assert decrypt(body, dest.key, dest.iv) == content
    assert result.content_sha256 == b64(hashlib.sha256(body).digest())


@pytest.mark.parametrize("size", [1, 15, 16, 17, 262_143, 262_144, 262_145, 3 * 262_144 + 5])
def test_encrypt_document_matches_reference(size: int) -> None:
    key, iv, content = os.urandom(32), os.urandom(16), os.urandom(size)
    encryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()
    padder = padding.PKCS7(128).padder()
    expected = encryptor.update(padder.update(content) + padder.finalize()) + encryptor.finalize()

    encrypted = encrypt_document(content, key=key, iv=iv)

    assert encrypted.to_bytes() == expected
    assert encrypted.length == len(expected)
    assert encrypted.sha256_b64 == b64(hashlib.sha256(expected).digest())
    assert key.hex() not in repr(encrypted) and "chunks" in repr(encrypted)


@pytest.mark.parametrize(("key_len", "iv_len", "field"), [(16, 16, "key"), (32, 12, "iv")])
def test_encrypt_document_checks_key_and_iv(key_len: int, iv_len: int, field: str) -> None:
    with pytest.raises(ValidationError) as info:
        encrypt_document(b"x", key=os.urandom(key_len), iv=os.urandom(iv_len))
    assert info.value.field == field


# -- the upload never carries the SP-API access token -----------------------------------------


async def test_access_token_never_sent_and_caller_client_left_open(httpx_mock: HTTPXMock) -> None:
    dest = FakeDestinations()
    httpx_mock.add_response(method="PUT", url=dest.url)
    async with httpx.AsyncClient(
        headers={"x-amz-access-token": ACCESS_TOKEN, "Authorization": f"Bearer {ACCESS_TOKEN}"},
        cookies={"session": ACCESS_TOKEN},
    ) as client:
        await upload_document(
            document(), content_type="PNG", create_destination=dest, http_client=client
        )
        assert not client.is_closed
    (request,) = puts(httpx_mock)
    assert "x-amz-access-token" not in request.headers
    assert "authorization" not in request.headers
    assert all(ACCESS_TOKEN not in value for value in request.headers.values())


async def test_destination_cannot_smuggle_the_token_header(httpx_mock: HTTPXMock) -> None:
    headers = {"x-amz-access-token": ACCESS_TOKEN, "x-amz-acl": "private", "Content-Length": "1"}
    dest = FakeDestinations(headers=headers)
    httpx_mock.add_response(method="PUT", url=dest.url)
    await upload_document(document(), content_type="PNG", create_destination=dest)
    (request,) = puts(httpx_mock)
    assert "x-amz-access-token" not in request.headers
    assert request.headers.get_list("content-length") == [str(len(request.content))]
    assert request.headers["x-amz-acl"] == "private"


# -- checks made before anything is sent --------------------------------------------------------


def _text_file(tmp_path: Path) -> Any:
    file = tmp_path / "doc.png"
    file.write_bytes(document())
    return open(file, encoding="latin-1")


@pytest.mark.parametrize(
    ("make", "content_type", "field", "fragment"),
    [
        (lambda p: document(), "BMP", "content_type", "TIFF, JPG, PNG, JPEG, GIF, PDF"),
        (lambda p: document(), "image/bmp", "content_type", "image/png"),
        (lambda p: document("PNG"), "PDF", "content", "looks like a PNG"),
        (lambda p: b"hello world", "JPG", "content", "JPG file signature"),
        (lambda p: b"", "PNG", "content", "0 bytes"),
        (lambda p: document("PNG", MAX_CONTENT_BYTES + 1), "PNG", "content", "5242880"),
        (lambda p: p / "missing.png", "PNG", "content", "missing.png"),
        (_text_file, "PNG", "content", "binary mode"),
        (lambda p: 12345, "PNG", "content", "file path"),
    ],
    ids=["type", "mime", "mismatch", "no-signature", "empty", "too-big", "missing", "text", "int"],
)
async def test_bad_content_rejected_before_anything_is_sent(
    httpx_mock: HTTPXMock, tmp_path: Path, make: Any, content_type: str, field: str, fragment: str
) -> None:
    content = make(tmp_path)
    dest = FakeDestinations()
    try:
        with pytest.raises(ValidationError) as info:
            await upload_document(content, content_type=content_type, create_destination=dest)
    finally:
        if hasattr(content, "close"):
            content.close()
    assert info.value.field == field
    assert fragment in str(info.value)
    assert dest.calls == []
    assert httpx_mock.get_requests() == []


async def test_stream_over_the_limit_is_rejected_without_reading_it_all(
    httpx_mock: HTTPXMock,
) -> None:
    stream = io.BytesIO(document("PNG", MAX_CONTENT_BYTES * 2))
    dest = FakeDestinations()
    with pytest.raises(ValidationError, match="5242880"):
        await upload_document(stream, content_type="PNG", create_destination=dest)
    assert stream.tell() == MAX_CONTENT_BYTES + 1
    assert dest.calls == []


@pytest.mark.parametrize(
    ("setting", "value"), [("max_attempts", 0), ("max_attempts", 1.5), ("timeout", 0)]
)
async def test_bad_options_rejected(httpx_mock: HTTPXMock, setting: str, value: Any) -> None:
    dest = FakeDestinations()
    with pytest.raises(ValidationError) as info:
        await upload_document(
            document(), content_type="PNG", create_destination=dest, **{setting: value}
        )
    assert info.value.field == setting
    assert dest.calls == []


@pytest.mark.parametrize(
    ("options", "field", "fragment"),
    [
        ({"key": os.urandom(16)}, "encryptionDetails.key", "16 bytes"),
        ({"key": os.urandom(33)}, "encryptionDetails.key", "33 bytes"),
        ({"key_b64": "not base64!"}, "encryptionDetails.key", "base64"),
        ({"iv": os.urandom(8)}, "encryptionDetails.initializationVector", "8 bytes"),
        ({"standard": "DES"}, "encryptionDetails.standard", "'DES'"),
        ({"url": presigned_url(host="http://bucket.example")}, "url", "https"),
        ({"url": "ftp://bucket.example/doc?X-Amz-Signature=" + SIGNATURE}, "url", "https"),
        ({"url": "https://[::1/doc?X-Amz-Signature=" + SIGNATURE}, "url", "not a valid URL"),
        ({"overrides": {"url": None}}, "url", "no url"),
        ({"overrides": {"encryptionDetails": None}}, "encryptionDetails", "no encryptionDetails"),
        ({"overrides": {"encryptionDetails": "AES"}}, "encryptionDetails", "no encryptionDetails"),
        ({"overrides": {"uploadDestinationId": None}}, "uploadDestinationId", "no upload"),
        ({"overrides": {"headers": ["x-amz-acl"]}}, "headers", "not an object"),
    ],
    ids=[
        *("short-key", "long-key", "key-b64", "short-iv", "standard", "http", "ftp", "bad-url"),
        *("no-url", "no-encryption", "encryption-not-object", "no-id", "headers-not-object"),
    ],
)
async def test_unusable_destination_rejected_before_upload(
    httpx_mock: HTTPXMock, options: dict[str, Any], field: str, fragment: str
) -> None:
    dest = FakeDestinations(**options)
    with pytest.raises(DocumentUploadError) as info:
        await upload_document(document(), content_type="PNG", create_destination=dest)
    assert info.value.field == field
    assert fragment in str(info.value)
    assert len(dest.calls) == 1
    assert puts(httpx_mock) == []
    for secret in dest.secrets():
        assert secret not in str(info.value) and secret not in repr(info.value)


async def test_http_url_allowed_for_a_local_endpoint(httpx_mock: HTTPXMock) -> None:
    dest = FakeDestinations(url=presigned_url(host="http://127.0.0.1:9000"))
    httpx_mock.add_response(method="PUT", url=dest.url)
    await upload_document(
        document(), content_type="PNG", create_destination=dest, allow_insecure_url=True
    )
    assert len(puts(httpx_mock)) == 1


async def test_errors_of_create_destination_propagate(httpx_mock: HTTPXMock) -> None:
    async def failing(body: ServiceUploadDocument) -> ServiceDocumentUploadDestination:
        raise LookupError("no destination")

    with pytest.raises(LookupError, match="no destination"):
        await upload_document(document(), content_type="PNG", create_destination=failing)
    assert httpx_mock.get_requests() == []


# -- retries --------------------------------------------------------------------------------------


async def test_retries_503_then_succeeds(httpx_mock: HTTPXMock, clock: FakeClock) -> None:
    dest = FakeDestinations()
    httpx_mock.add_response(method="PUT", url=dest.url, status_code=503)
    httpx_mock.add_response(method="PUT", url=dest.url)
    result = await upload_document(document(), content_type="PNG", create_destination=dest)
    first, second = puts(httpx_mock)
    assert first.content == second.content  # the whole body is sent again
    assert result.content_sha256 == b64(hashlib.sha256(second.content).digest())
    assert len(clock.sleeps) == 1 and 0 <= clock.sleeps[0] <= 0.5


async def test_retries_a_connection_failure(httpx_mock: HTTPXMock, clock: FakeClock) -> None:
    dest = FakeDestinations()
    httpx_mock.add_exception(httpx.ConnectError("connection refused"), method="PUT")
    httpx_mock.add_response(method="PUT", url=dest.url)
    await upload_document(document(), content_type="PNG", create_destination=dest)
    assert len(puts(httpx_mock)) == 2


async def test_gives_up_after_max_attempts_with_bounded_backoff(
    httpx_mock: HTTPXMock, clock: FakeClock
) -> None:
    dest = FakeDestinations()
    httpx_mock.add_response(method="PUT", url=dest.url, status_code=500, is_reusable=True)
    with pytest.raises(DocumentUploadError) as info:
        await upload_document(
            document(), content_type="PNG", create_destination=dest, max_attempts=4
        )
    assert len(puts(httpx_mock)) == 4
    assert (info.value.status, info.value.attempts) == (500, 4)
    assert [s <= cap for s, cap in zip(clock.sleeps, (0.5, 1.0, 2.0), strict=True)] == [True] * 3
    assert info.value.url == HOST + PATH
    message = str(info.value)
    assert "after 4 attempt(s)" in message
    assert "X-Amz" not in message
    for secret in dest.secrets():
        assert secret not in message


async def test_no_retry_once_the_url_has_expired(httpx_mock: HTTPXMock, clock: FakeClock) -> None:
    signed_at = datetime.fromtimestamp(clock.now - 300, UTC)  # 300 s ago, valid for 300 s
    dest = FakeDestinations(url=presigned_url(signed_at=signed_at, expires=300))
    httpx_mock.add_response(method="PUT", url=dest.url, status_code=503)
    with pytest.raises(DocumentUploadError, match="expired") as info:
        await upload_document(document(), content_type="PNG", create_destination=dest)
    assert info.value.attempts == 1
    assert len(puts(httpx_mock)) == 1
    assert clock.sleeps == []


async def test_retries_while_the_url_is_still_valid(
    httpx_mock: HTTPXMock, clock: FakeClock
) -> None:
    signed_at = datetime.fromtimestamp(clock.now - 200, UTC)  # 100 s of validity left
    dest = FakeDestinations(url=presigned_url(signed_at=signed_at, expires=300))
    httpx_mock.add_response(method="PUT", url=dest.url, status_code=502)
    httpx_mock.add_response(method="PUT", url=dest.url)
    await upload_document(document(), content_type="PNG", create_destination=dest)
    assert len(puts(httpx_mock)) == 2


async def test_client_error_is_not_retried_and_body_is_not_echoed(
    httpx_mock: HTTPXMock, clock: FakeClock
) -> None:
    dest = FakeDestinations()
    body = (
        "<Error><Code>SignatureDoesNotMatch</Code><Message>no</Message>"
        f"<SignatureProvided>{SIGNATURE}</SignatureProvided></Error>"
    )
    httpx_mock.add_response(method="PUT", url=dest.url, status_code=403, text=body)
    with pytest.raises(DocumentUploadError) as info:
        await upload_document(document(), content_type="PNG", create_destination=dest)
    assert (info.value.status, info.value.attempts) == (403, 1)
    assert "SignatureDoesNotMatch" in str(info.value)
    assert SIGNATURE not in str(info.value)
    assert clock.sleeps == []


# -- secrets stay out of logs and reprs ---------------------------------------------------------


async def test_no_secret_in_logs(
    httpx_mock: HTTPXMock, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    dest = FakeDestinations()
    httpx_mock.add_response(method="PUT", url=dest.url, status_code=503)
    httpx_mock.add_response(method="PUT", url=dest.url)
    result = await upload_document(document(), content_type="PNG", create_destination=dest)

    ours = [r for r in caplog.records if r.name == "spapi_services.documents"]
    assert any("retrying" in r.getMessage() for r in ours)
    assert any(HOST + PATH in r.getMessage() for r in ours)
    httpx_lines = [r.getMessage() for r in caplog.records if r.name == "httpx"]
    assert httpx_lines and all("<redacted>" in line for line in httpx_lines)
    for secret in dest.secrets():
        assert secret not in caplog.text
        assert secret not in repr(result)


def test_runs_under_trio(monkeypatch: pytest.MonkeyPatch) -> None:
    trio = pytest.importorskip("trio")
    dest = FakeDestinations()
    bodies: list[bytes] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        bodies.append(await request.aread())
        return httpx.Response(503 if len(bodies) == 1 else 200)

    async def no_wait(seconds: float) -> None:
        await trio.lowlevel.checkpoint()

    async def main() -> UploadedDocument:
        async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as client:
            return await upload_document(
                document("GIF"), content_type="gif", create_destination=dest, http_client=client
            )

    monkeypatch.setattr(documents, "_sleep", no_wait)
    result = trio.run(main)
    assert len(bodies) == 2
    assert decrypt(bodies[-1], dest.key, dest.iv).startswith(b"GIF89a")
    assert result.content_sha256 == b64(hashlib.sha256(bodies[-1]).digest())

"""The upload against a real S3-compatible server (moto, in-process, on a loopback port).

The destination URL is a genuine SigV4 presigned PUT URL made by boto3 for the document's content
type. moto stores objects sent to presigned URLs without checking the signature, so this proves
the wire shape (the URL used as signed, a Content-Length body, the signed Content-Type) and that
the stored object is exactly the ciphertext; the byte-for-byte URL check is in test_documents.py.
"""

from __future__ import annotations

import base64
import hashlib
import logging
import os
from collections.abc import Iterator
from typing import Any

import pytest
from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from spapi_services_generated.models import (
    ServiceDocumentUploadDestination,
    ServiceUploadDocument,
)

from spapi_services.documents import upload_document

moto_server = pytest.importorskip("moto.server")
boto3 = pytest.importorskip("boto3")
botocore_config = pytest.importorskip("botocore.config")

BUCKET = "spapi-documents"
KEY = "ThirtyDays/amzn1.tortuga.3.doc-1"


@pytest.fixture(scope="module")
def s3() -> Iterator[Any]:
    """A moto S3 server on 127.0.0.1 (free port) and a boto3 client with one bucket on it."""
    logging.getLogger("werkzeug").setLevel(logging.WARNING)  # its access log prints signatures
    server = moto_server.ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    try:
        host, port = server.get_host_and_port()
        client = boto3.client(
            "s3",
            region_name="us-east-1",
            endpoint_url=f"http://{host}:{port}",
            aws_access_key_id="AKIDEXAMPLE",
            aws_secret_access_key="example-secret",
            config=botocore_config.Config(
                signature_version="s3v4",
                s3={"addressing_style": "path"},
                connect_timeout=5,
                read_timeout=10,
                retries={"max_attempts": 1},
            ),
        )
        client.create_bucket(Bucket=BUCKET)
        yield client
    finally:
        server.stop()


async def test_upload_to_presigned_s3_url(s3: Any) -> None:
    content = b"\x89PNG\r\n\x1a\n" + os.urandom(300_000)
    key, iv = os.urandom(32), os.urandom(16)
    url = s3.generate_presigned_url(
        "put_object",
        Params={"Bucket": BUCKET, "Key": KEY, "ContentType": "image/png"},
        ExpiresIn=300,
    )
    asked: list[ServiceUploadDocument] = []

    async def create_destination(body: ServiceUploadDocument) -> ServiceDocumentUploadDestination:
        asked.append(body)
        return ServiceDocumentUploadDestination.from_dict(
            {
                "uploadDestinationId": "amzn1.tortuga.3.doc-1",
                "url": url,
                "encryptionDetails": {
                    "standard": "AES",
                    "key": base64.b64encode(key).decode(),
                    "initializationVector": base64.b64encode(iv).decode(),
                },
            }
        )

    result = await upload_document(
        content,
        content_type="PNG",
        create_destination=create_destination,
        allow_insecure_url=True,
        max_attempts=1,
        timeout=10.0,
    )

    stored = s3.get_object(Bucket=BUCKET, Key=KEY)
    body = stored["Body"].read()
    encryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()
    padder = padding.PKCS7(128).padder()
    expected = encryptor.update(padder.update(content) + padder.finalize()) + encryptor.finalize()
    assert body == expected
    assert stored["ContentType"] == "image/png"
    assert result.content_sha256 == base64.b64encode(hashlib.sha256(body).digest()).decode()
    assert result.content_length == len(content) == asked[0].content_length
    s3.delete_object(Bucket=BUCKET, Key=KEY)

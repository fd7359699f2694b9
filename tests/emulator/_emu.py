"""Constants and helpers of the emulator tests."""

from __future__ import annotations

import base64
import hashlib
from typing import Any

import httpx
from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from spapi_services.emulator import Emulator

US, UK, DE, IN = "ATVPDKIKX0DER", "A1F83G8C2ARO7P", "A1PA6795UKMFR9", "A21TJRUUN4KGV"
BASE = "http://emulator"
FORM = {
    "grant_type": "refresh_token",
    "refresh_token": "Atzr|refresh",
    "client_id": "amzn1.application-oa2-client.x",
    "client_secret": "secret",
}


async def token(client: httpx.AsyncClient, **overrides: str) -> str:
    response = await client.post("/auth/o2/token", data={**FORM, **overrides})
    assert response.status_code == 200, response.text
    value: str = response.json()["access_token"]
    return value


def jobs_of(emu: Emulator, status: str, marketplace: str = US) -> list[dict[str, Any]]:
    return [
        j
        for j in emu.state.jobs.values()
        if j["serviceJobStatus"] == status and j["marketplaceId"] == marketplace
    ]


def encrypt(plaintext: bytes, key_b64: str, iv_b64: str) -> bytes:
    padder = padding.PKCS7(128).padder()
    padded = padder.update(plaintext) + padder.finalize()
    key, iv = base64.b64decode(key_b64), base64.b64decode(iv_b64)
    encryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()
    return encryptor.update(padded) + encryptor.finalize()


def b64_digest(name: str, data: bytes) -> str:
    return base64.b64encode(hashlib.new(name, data).digest()).decode()

"""Section 4: encrypt + hash throughput of the upload flow against AES-256-CBC alone.

The SDK side is :func:`spapi_services.documents.encrypt_document` (AES-256-CBC, PKCS#7, SHA-256
of the ciphertext), plus, separately, the whole pre-upload work of ``upload_document``
(its MD5 of the plaintext too). The baseline is ``cryptography``'s cipher with the standard
PKCS7 padder on the same bytes. Wall time (the SDK hashes in a helper thread), median of repeats.
"""

from __future__ import annotations

import gc
import os
import time
from collections.abc import Callable
from typing import Any

from benchutil import median
from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from spapi_services._crypto import b64_md5
from spapi_services.documents import encrypt_document


def _aes_alone(data: bytes, key: bytes, iv: bytes) -> bytes:
    padder = padding.PKCS7(128).padder()
    padded = padder.update(data) + padder.finalize()
    encryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()
    return encryptor.update(padded) + encryptor.finalize()


def _timed(fn: Callable[[], object]) -> float:
    gc.collect()
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def run(size: int, repeats: int) -> dict[str, Any]:
    """Measure the section; returns ``{"ratios": ..., "counts": ..., "details": ...}``."""
    data, key, iv = os.urandom(size), os.urandom(32), os.urandom(16)
    reference = _aes_alone(data, key, iv)
    if encrypt_document(data, key=key, iv=iv).to_bytes() != reference:
        raise RuntimeError("encrypt_document and AES-256-CBC disagree")
    sides: dict[str, Callable[[], object]] = {
        "aes": lambda: _aes_alone(data, key, iv),
        "encrypt_document": lambda: encrypt_document(data, key=key, iv=iv),
        "md5 + encrypt_document": lambda: (b64_md5(data), encrypt_document(data, key=key, iv=iv)),
    }
    samples: dict[str, list[float]] = {name: [] for name in sides}
    for _ in range(repeats):
        for name, fn in sides.items():
            samples[name].append(_timed(fn))
    mib = size / (1024 * 1024)
    throughput = {name: mib / median(times) for name, times in samples.items()}
    ratios = {
        "encrypt_document / AES alone (throughput)": throughput["encrypt_document"]
        / throughput["aes"],
        "md5 + encrypt_document / AES alone (throughput)": throughput["md5 + encrypt_document"]
        / throughput["aes"],
    }
    counts = {f"{name} MiB/s": round(value, 1) for name, value in throughput.items()}
    return {"ratios": ratios, "counts": counts, "details": {"bytes": size, "repeats": repeats}}

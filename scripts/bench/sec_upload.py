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

MID_BYTES = 300 * 1024


def _aes_alone(data: bytes, key: bytes, iv: bytes) -> bytes:
    padder = padding.PKCS7(128).padder()
    padded = padder.update(data) + padder.finalize()
    encryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()
    return encryptor.update(padded) + encryptor.finalize()


def _timed(fn: Callable[[], object], loops: int) -> float:
    gc.collect()
    started = time.perf_counter()
    for _ in range(loops):
        fn()
    return (time.perf_counter() - started) / loops


def _label(size: int) -> str:
    return f"{size / 1048576:g} MiB" if size >= 1048576 else f"{size // 1024} KiB"


def _measure(size: int, repeats: int) -> dict[str, float]:
    """MiB/s of each side on ``size`` random bytes (median of interleaved repeats)."""
    data, key, iv = os.urandom(size), os.urandom(32), os.urandom(16)
    if encrypt_document(data, key=key, iv=iv).to_bytes() != _aes_alone(data, key, iv):
        raise RuntimeError("encrypt_document and AES-256-CBC disagree")
    sides: dict[str, Callable[[], object]] = {
        "aes": lambda: _aes_alone(data, key, iv),
        "encrypt_document": lambda: encrypt_document(data, key=key, iv=iv),
        "md5 + encrypt_document": lambda: (b64_md5(data), encrypt_document(data, key=key, iv=iv)),
    }
    loops = max(1, (8 << 20) // size)  # each sample handles about 8 MiB
    samples: dict[str, list[float]] = {name: [] for name in sides}
    for _ in range(repeats):
        for name, fn in sides.items():
            samples[name].append(_timed(fn, loops))
    return {name: size / 1048576 / median(times) for name, times in samples.items()}


def run(size: int, repeats: int) -> dict[str, Any]:
    """Measure the section on ``size`` bytes and on a mid-size document (:data:`MID_BYTES`:
    above the chunk size, so the hashing thread is used); returns ``{"ratios", "counts",
    "details"}``."""
    ratios: dict[str, float] = {}
    counts: dict[str, float] = {}
    for length in (size, MID_BYTES):
        mib_s = _measure(length, repeats)
        label = _label(length)
        ratios[f"encrypt_document / AES alone, {label} (throughput)"] = (
            mib_s["encrypt_document"] / mib_s["aes"]
        )
        if length == size:
            ratios[f"md5 + encrypt_document / AES alone, {label}"] = (
                mib_s["md5 + encrypt_document"] / mib_s["aes"]
            )
        counts.update({f"{name} MiB/s, {label}": round(v, 1) for name, v in mib_s.items()})
    return {"ratios": ratios, "counts": counts, "details": {"bytes": size, "repeats": repeats}}

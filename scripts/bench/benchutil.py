"""Shared helpers of the benchmark sections: server processes, credentials, statistics."""

from __future__ import annotations

import contextlib
import os
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import httpx

from spapi_services import LwaCredentials

HERE = Path(__file__).resolve().parent
US = "ATVPDKIKX0DER"


@dataclass(frozen=True)
class Sizes:
    """How much work each section does; ``quick`` keeps the whole run well under a minute."""

    calls_seq: int
    calls_conc: int
    repeats: int
    tasks: int
    quota_calls: int
    quota_rate: float
    quota_burst: int
    retune_calls: int
    flood_calls: int
    doc_bytes: int
    doc_repeats: int


FULL = Sizes(400, 400, 11, 32, 400, 100.0, 40, 200, 10_000, 5 * 1024 * 1024, 9)
QUICK = Sizes(96, 192, 3, 32, 60, 100.0, 10, 80, 500, 1024 * 1024, 3)


def credentials(base_url: str) -> LwaCredentials:
    """Credentials whose token endpoint is the local server's."""
    return LwaCredentials(
        "amzn1.application-oa2-client.bench",
        "bench-secret",
        "Atzr|bench-refresh",
        token_url=f"{base_url}/auth/o2/token",
    )


def lwa_form() -> dict[str, str]:
    """The refresh-token grant the raw baselines send to get their access token."""
    return {
        "grant_type": "refresh_token",
        "refresh_token": "Atzr|bench-refresh",
        "client_id": "amzn1.application-oa2-client.bench",
        "client_secret": "bench-secret",
    }


@contextlib.contextmanager
def server(args: Sequence[str], timeout: float = 30.0) -> Iterator[str]:
    """Start ``python <args>`` (it prints ``PORT <n>``); yield its base URL; kill it after."""
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(
        [sys.executable, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    )
    try:
        port: list[int] = []
        reader = threading.Thread(target=_read_port, args=(proc, port), daemon=True)
        reader.start()
        reader.join(timeout)
        if not port:
            proc.kill()
            err = proc.stderr.read() if proc.stderr else ""
            raise RuntimeError(f"server {args[0]} did not start: {err[-2000:]}")
        yield f"http://127.0.0.1:{port[0]}"
    finally:
        proc.kill()
        proc.wait(timeout=10)
        for stream in (proc.stdout, proc.stderr):
            if stream:
                stream.close()


def _read_port(proc: subprocess.Popen[str], out: list[int]) -> None:
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith("PORT "):
            out.append(int(line.split()[1]))
            return


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


class CountingTransport(httpx.AsyncBaseTransport):
    """Counts the responses per status of every attempt that reaches the network, and notes
    when each attempt was sent (``time.perf_counter``)."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner = inner
        self.statuses: dict[int, int] = {}
        self.sent: list[float] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.sent.append(time.perf_counter())
        response = await self.inner.handle_async_request(request)
        self.statuses[response.status_code] = self.statuses.get(response.status_code, 0) + 1
        return response

    async def aclose(self) -> None:
        await self.inner.aclose()

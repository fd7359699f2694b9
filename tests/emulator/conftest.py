"""Fixtures of the emulator tests: a manual clock, an emulator and a raw httpx client on it."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest
from _emu import BASE, token

from spapi_services.emulator import Emulator, ManualClock, create_app


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def emu(clock: ManualClock) -> Emulator:
    return create_app(seed=7, now=clock.now, monotonic=clock.monotonic, rate_scale=None)


@pytest.fixture
async def raw(emu: Emulator) -> AsyncIterator[httpx.AsyncClient]:
    """A client on the emulator without an access token."""
    transport = httpx.ASGITransport(app=emu)
    async with httpx.AsyncClient(transport=transport, base_url=BASE) as client:
        yield client


@pytest.fixture
async def http(raw: httpx.AsyncClient) -> httpx.AsyncClient:
    """A client on the emulator carrying a fresh access token."""
    raw.headers["x-amz-access-token"] = await token(raw)
    return raw

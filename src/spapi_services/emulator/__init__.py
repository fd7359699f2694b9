"""A stateful local Services API for tests, demos and benchmarks.

``create_app()`` returns an :class:`Emulator`, an ASGI application that serves the 17
operations of the Services API plus the Login with Amazon token endpoint and the presigned
document upload URLs, from a seeded in-memory world (jobs, stores, technicians, schedules,
reservations). It enforces the usage plans, the guide's rules and the reason-code tables, and can
inject latency and faults::

    emulator = create_app(seed=1)
    transport = httpx.ASGITransport(app=emulator)
    async with httpx.AsyncClient(transport=transport, base_url="http://emulator") as http:
        ...

``python -m spapi_services.emulator --port 8000`` serves it over HTTP (needs uvicorn).
"""

from .app import Emulator, create_app
from .auth import Credentials
from .clock import ManualClock
from .faults import EmulatedDisconnect, Fault, FaultKind, FaultPlan
from .state import State

__all__ = [
    "Credentials",
    "EmulatedDisconnect",
    "Emulator",
    "Fault",
    "FaultKind",
    "FaultPlan",
    "ManualClock",
    "State",
    "create_app",
]

"""The ASGI application: LWA auth, usage plans, body limits, latency, faults and request ids."""

from __future__ import annotations

import hashlib
import logging
import random
import time
from collections.abc import Awaitable, Callable, Iterable, Mapping, MutableMapping
from datetime import UTC, datetime
from typing import Any, NoReturn
from urllib.parse import parse_qsl

import anyio
from spapi_services_generated._operations import OPERATIONS

from . import handlers_capacity, handlers_jobs
from .auth import Credentials, Lwa
from .faults import EmulatedDisconnect, Fault, FaultPlan
from .limits import UsagePlans
from .routes import LWA, UPLOAD, error_response, route
from .seed import build_world, make_job
from .state import State
from .uploads import DigestOf, receive_upload
from .wire import HttpError, Request, Response, fmt_time, invalid

__all__ = ["Emulator", "create_app"]

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
Handler = Callable[["Emulator", Request], Response]

_HANDLERS: dict[str, Handler] = {**handlers_jobs.HANDLERS, **handlers_capacity.HANDLERS}
_MAX_BODY = 6 * 1024 * 1024
_log = logging.getLogger(__name__)
_FAULT_BODIES = {
    "500": ("InternalFailure", "We encountered an internal error. Please try again."),
    "503": ("ServiceUnavailable", "Service temporarily unavailable. Please try again."),
    "429": ("QuotaExceeded", "You exceeded your quota for the requested resource."),
}
_HTML_503 = b"<html><head><title>503 Service Unavailable</title></head><body>"
_HTML_503 += b"<h1>503 Service Unavailable</h1></body></html>"
_TOO_LARGE = "The request size exceeded the maximum accepted size."


class Emulator:
    """A stateful, in-memory Services API (plus Login with Amazon) as an ASGI application.

    Use it in process with ``httpx.ASGITransport(app=emulator)`` or serve it with
    ``python -m spapi_services.emulator``. ``state`` is the live data, ``faults`` the fault plan,
    ``token_requests`` the number of calls of the token endpoint, ``requests`` of all calls
    served with this state (it is exported with the state, so request ids are never reused),
    ``failures`` the handler crashes answered with a 500 (a bug; logged with its traceback).
    Build one with :func:`create_app`.
    """

    def __init__(
        self,
        state: State,
        *,
        rate_scale: float | None = 1.0,
        latency: float = 0.0,
        faults: FaultPlan | None = None,
        token_ttl: int = 3600,
        now: Callable[[], datetime] | None = None,
        monotonic: Callable[[], float] | None = None,
        credentials: Iterable[Credentials] | None = None,
        usage_plans: Mapping[str, tuple[float, int]] | None = None,
        digest_of: DigestOf = "ciphertext",
        upload_ttl: int = 300,
        sleep: Callable[[float], Awaitable[None]] | None = None,
    ) -> None:
        unknown = set(usage_plans or ()) - set(OPERATIONS)
        if unknown:
            raise ValueError(f"usage_plans: unknown operations {sorted(unknown)}")
        if latency < 0 or token_ttl < 1 or upload_ttl < 1:
            raise ValueError("latency must be >= 0, token_ttl and upload_ttl >= 1")
        if digest_of not in ("ciphertext", "plaintext", "either"):
            raise ValueError("digest_of must be 'ciphertext', 'plaintext' or 'either'")
        self.state = state
        self.latency = latency
        self._sleep = sleep or anyio.sleep
        self.faults = faults
        self.digest_of: DigestOf = digest_of
        self.upload_ttl = upload_ttl
        self._now = now or (lambda: datetime.now(UTC))
        plans = {op: (spec.rate, spec.burst) for op, spec in OPERATIONS.items()}
        plans.update(usage_plans or {})
        self.limits = UsagePlans(plans, rate_scale, monotonic or time.monotonic)
        self.lwa = Lwa(state, ttl=token_ttl, clock=self.now_epoch, credentials=credentials)
        self.secret = hashlib.sha256(f"spapi-services-emulator/{state.seed}".encode()).digest()
        self.failures = 0

    def __repr__(self) -> str:
        return f"<Emulator {self.state!r} requests={self.requests}>"

    # conveniences for tests ---------------------------------------------------------------
    @property
    def requests(self) -> int:
        """How many HTTP requests have been served with the current state."""
        return self.state.requests

    @property
    def token_requests(self) -> int:
        """How many times the LWA token endpoint was called."""
        return self.lwa.requests

    def now_epoch(self) -> int:
        """The emulator's current time, seconds since the epoch."""
        now = self._now()
        return int((now if now.tzinfo else now.replace(tzinfo=UTC)).timestamp())

    def export_state(self) -> dict[str, Any]:
        """A JSON-serialisable copy of the whole state (see :meth:`load_state`)."""
        return self.state.to_dict()

    def load_state(self, data: Mapping[str, Any]) -> None:
        """Replaces the state with one from :meth:`export_state` (ValueError if unusable)."""
        self.state = State.from_dict(dict(data))
        self.lwa.state = self.state
        self.secret = hashlib.sha256(f"spapi-services-emulator/{self.state.seed}".encode()).digest()

    def add_job(
        self,
        *,
        marketplace_id: str = "ATVPDKIKX0DER",
        status: str = "PENDING_SCHEDULE",
        created: datetime | None = None,
        asin: str | None = None,
        store_id: str | None = None,
    ) -> dict[str, Any]:
        """Adds a job as if Amazon had just routed one to the seller; returns the job JSON."""
        rng = random.Random(self.state.digest("add-job"))
        when = int(created.timestamp()) if created else self.now_epoch()
        job = make_job(self.state, rng, when, marketplace_id, status, asin=asin, store_id=store_id)
        self.state.add_job(job, fmt_time(self.now_epoch()))
        return job

    def expire_tokens(self) -> None:
        """Invalidates every access token issued so far (next API calls get 403)."""
        self.lwa.revoke_all()

    # ASGI ------------------------------------------------------------------------------------
    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await _lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        self.state.requests += 1
        request_id = self._request_id()
        request = await _read(scope, receive)
        operation, response = route(request)
        fault = None
        if operation is not None and self.faults is not None:
            fault = self.faults.draw(operation)
            if fault is not None and fault.kind != "drop-after":
                response = await self._fault(fault, operation, send) or response
        if response is None:
            if self.latency:
                await self._sleep(self.latency)
            response = self._dispatch(operation or "", request)
        if fault is not None and fault.kind == "drop-after":
            await _drop(send)  # the call took effect; only its answer is lost
        await _send(send, response, request_id, self._limit_header(operation, response))

    def _request_id(self) -> bytes:
        digest = hashlib.blake2b(
            f"{self.state.seed}/request/{self.requests}".encode(), digest_size=16
        )
        h = digest.hexdigest()
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}".encode()

    async def _fault(self, fault: Fault, operation: str, send: Send) -> Response | None:
        if fault.kind == "delay":
            await self._sleep(fault.delay)
            return None
        if fault.kind == "drop":
            await _drop(send)
        if fault.kind == "503-html":
            return Response(503, _HTML_503, b"text/html")
        code, message = _FAULT_BODIES[fault.kind]
        return error_response(operation, invalid(int(fault.kind), message, code=code))

    def _dispatch(self, operation: str, request: Request) -> Response:
        if operation == UPLOAD:
            return receive_upload(self, request)
        try:
            if request.too_large:  # refused at the front door: before auth and usage plans
                raise invalid(413, _TOO_LARGE, code="RequestEntityTooLarge")
            if operation == LWA:
                return self.lwa.token(request)
            self.lwa.check(request)
            if not self.limits.allow(operation):
                code, message = _FAULT_BODIES["429"]
                raise invalid(429, message, code=code)
            if request.body and "json" not in request.headers.get("content-type", "json"):
                raise invalid(415, "Unsupported Media Type", code="UnsupportedMediaType")
            return _HANDLERS[operation](self, request)
        except HttpError as exc:
            return error_response(operation, exc)
        except Exception:  # a bug in the emulator: answer like a failing service would
            _log.exception("emulator handler for %s failed", operation)
            self.failures += 1
            code, message = _FAULT_BODIES["500"]
            return error_response(operation, invalid(500, message, code=code))

    def _limit_header(self, operation: str | None, response: Response) -> bytes | None:
        if operation is None or operation not in OPERATIONS or response.status == 403:
            return None
        return self.limits.header(operation)


async def _drop(send: Send) -> NoReturn:
    """Starts an answer, then breaks the connection off (raises :class:`EmulatedDisconnect`)."""
    headers = [(b"content-type", b"application/json"), (b"content-length", b"100")]
    await send({"type": "http.response.start", "status": 200, "headers": headers})
    raise EmulatedDisconnect("Server disconnected without sending a complete response.")


async def _lifespan(receive: Receive, send: Send) -> None:
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return


async def _read(scope: Scope, receive: Receive) -> Request:
    chunks, size = [], 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        if size <= _MAX_BODY:
            chunks.append(chunk)
        if not message.get("more_body", False):
            break
    headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
    query: dict[str, list[str]] = {}
    for key, value in parse_qsl(scope.get("query_string", b"").decode("latin-1"), True):
        query.setdefault(key, []).append(value)
    host = headers.get("host") or "{}:{}".format(*(scope.get("server") or ("localhost", 80)))
    return Request(
        method=scope["method"],
        path=scope["path"],
        query=query,
        headers=headers,
        body=b"".join(chunks),
        too_large=size > _MAX_BODY,
        base_url=f"{scope.get('scheme', 'http')}://{host}",
    )


async def _send(send: Send, response: Response, request_id: bytes, limit: bytes | None) -> None:
    headers = [(b"x-amzn-requestid", request_id), *response.headers]
    if response.content_type:
        headers.append((b"content-type", response.content_type))
    if limit is not None:
        headers.append((b"x-amzn-ratelimit-limit", limit))
    headers.append((b"content-length", str(len(response.body)).encode()))
    await send({"type": "http.response.start", "status": response.status, "headers": headers})
    await send({"type": "http.response.body", "body": response.body})


def create_app(
    *,
    seed: int = 0,
    rate_scale: float | None = 1.0,
    latency: float = 0.0,
    faults: FaultPlan | None = None,
    token_ttl: int = 3600,
    now: Callable[[], datetime] | None = None,
    monotonic: Callable[[], float] | None = None,
    credentials: Iterable[Credentials] | None = None,
    usage_plans: Mapping[str, tuple[float, int]] | None = None,
    jobs: int = 60,
    state: Mapping[str, Any] | None = None,
    digest_of: DigestOf = "ciphertext",
    upload_ttl: int = 300,
    sleep: Callable[[float], Awaitable[None]] | None = None,
) -> Emulator:
    """Builds an emulator seeded with ``jobs`` jobs (or from an exported ``state``).

    ``rate_scale`` multiplies every usage plan (None turns rate limiting off); ``usage_plans``
    overrides the (rate, burst) of chosen operations; ``now`` (aware datetimes) drives token
    and upload expiry and "in the future" checks, ``monotonic`` the token buckets; with
    ``credentials`` the token endpoint only accepts those. ``digest_of`` says what
    ``contentSha256`` must be the SHA-256 of; ``sleep`` (anyio.sleep by default) performs the
    latency and ``delay`` faults. ValueError on an invalid option.
    """
    clock = now or (lambda: datetime.now(UTC))
    if state is not None:
        world = State.from_dict(dict(state))
    else:
        current = clock()
        anchor = int((current if current.tzinfo else current.replace(tzinfo=UTC)).timestamp())
        world = build_world(seed, anchor, jobs)
    return Emulator(
        world,
        rate_scale=rate_scale,
        latency=latency,
        faults=faults,
        token_ttl=token_ttl,
        now=clock,
        monotonic=monotonic,
        credentials=credentials,
        usage_plans=usage_plans,
        digest_of=digest_of,
        upload_ttl=upload_ttl,
        sleep=sleep,
    )

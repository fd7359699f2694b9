"""Login with Amazon (LWA): access tokens for the Selling Partner API.

:class:`LwaTokenSource` exchanges a refresh token for an access token, caches it, refreshes it a
little before it expires and makes sure concurrent callers share one token request.
:class:`CallableTokenSource` wraps an application's own token provider. Both satisfy the
:class:`TokenSource` protocol that the transport stack uses; :func:`token_source_for` picks one.

Neither the refresh token, the client secret nor an access token ever appears in a log line, a
repr or an exception message.
"""

from __future__ import annotations

import inspect
import logging
import math
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, Protocol, final, runtime_checkable

import anyio
import httpx

from .errors import AuthenticationError, ValidationError

__all__ = [
    "DEFAULT_TOKEN_URL",
    "CallableTokenSource",
    "LwaCredentials",
    "LwaTokenSource",
    "TokenProvider",
    "TokenSource",
    "token_source_for",
]

DEFAULT_TOKEN_URL = "https://api.amazon.com/auth/o2/token"

TokenProvider = Callable[[], Awaitable[str] | str]
"""A function (sync or async) that returns a currently valid access token."""

_log = logging.getLogger("spapi_services.auth")

_DEFAULT_EXPIRES_IN = 3600.0
_BACKOFF_BASE = 0.25
_BACKOFF_CAP = 4.0
_RETRY_STATUSES = frozenset({408, 429})  # plus every 5xx
_REDACTED = "[redacted]"


@final
@dataclass(frozen=True, slots=True, repr=False)
class LwaCredentials:
    """The LWA application credentials and the seller's refresh token.

    Raises :class:`ValidationError` naming the field when a value is empty, blank, padded with
    whitespace, or when ``token_url`` is not an absolute http(s) URL. The repr shows only
    ``client_id`` and ``token_url``.
    """

    client_id: str
    client_secret: str
    refresh_token: str
    token_url: str = DEFAULT_TOKEN_URL

    def __post_init__(self) -> None:
        for name in ("client_id", "client_secret", "refresh_token", "token_url"):
            value = getattr(self, name)
            if not isinstance(value, str):
                raise ValidationError(name, f"must be a string, got {type(value).__name__}")
            if not value.strip():
                raise ValidationError(name, "must not be empty or blank")
            if value != value.strip():
                raise ValidationError(name, "has leading or trailing whitespace")
        url = httpx.URL(self.token_url)
        if url.scheme not in ("https", "http") or not url.host:
            raise ValidationError(
                "token_url", "is not an absolute URL", allowed="https://host/path"
            )

    def __repr__(self) -> str:
        return f"LwaCredentials(client_id={self.client_id!r}, token_url={self.token_url!r})"


@runtime_checkable
class TokenSource(Protocol):
    """Where the transport stack gets the ``x-amz-access-token`` value from."""

    async def get_token(self) -> str:
        """A currently valid access token."""
        ...

    async def invalidate(self, token: str) -> None:
        """The API rejected ``token`` (expired or invalid): do not hand it out again."""
        ...


class _Flight:
    """One token request in progress, awaited by every caller that arrives meanwhile."""

    def __init__(self) -> None:
        self.done = anyio.Event()
        self.token: str | None = None
        self.error: AuthenticationError | None = None


class LwaTokenSource:
    """Access tokens from LWA's refresh-token grant, cached and refreshed ahead of expiry.

    A token is reused until ``expires_in - refresh_margin`` seconds after it was requested (half
    its lifetime when that is shorter than twice the margin). However many callers need a token
    at once, one request is sent and they all share its result, or its error.

    ``http_client`` is used as given and not closed; it must not route this request back through
    the SP-API auth transport. ``sleep`` (default :func:`anyio.sleep`) is what waits between
    retries; tests replace it. ``token_requests`` counts the HTTP requests sent, retries included.

    :meth:`get_token` raises :class:`AuthenticationError` when LWA refuses the credentials
    (a 4xx such as ``invalid_grant``, never retried), answers 2xx without a usable token, or
    cannot be reached after ``max_attempts`` tries (5xx, 408, 429, connection failures and
    timeouts are retried with exponential backoff and full jitter).
    """

    def __init__(
        self,
        credentials: LwaCredentials,
        *,
        http_client: httpx.AsyncClient,
        refresh_margin: float = 60.0,
        max_attempts: int = 4,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[Any]] = anyio.sleep,
    ) -> None:
        if not isinstance(credentials, LwaCredentials):
            raise ValidationError("credentials", "must be LwaCredentials")
        if isinstance(max_attempts, bool) or not isinstance(max_attempts, int) or max_attempts < 1:
            raise ValidationError("max_attempts", "must be an integer >= 1")
        if not isinstance(refresh_margin, int | float) or not 0 <= refresh_margin < math.inf:
            raise ValidationError("refresh_margin", "must be a finite number of seconds >= 0")
        self._credentials = credentials
        self._http = http_client
        self._margin = float(refresh_margin)
        self._max_attempts = max_attempts
        self._clock = clock
        self._sleep = sleep
        self._token: str | None = None  # the cached token, None once invalidated
        self._issued: str | None = None  # the last token LWA issued, for scrubbing
        self._refresh_at = 0.0
        self._flight: _Flight | None = None
        self.token_requests = 0

    def __repr__(self) -> str:
        return f"LwaTokenSource(client_id={self._credentials.client_id!r})"

    async def get_token(self) -> str:
        """A valid access token: the cached one, or a fresh one from LWA (one request at a time)."""
        while True:
            if self._token is not None and self._clock() < self._refresh_at:
                return self._token
            flight = self._flight
            if flight is None:
                return await self._lead()
            await flight.done.wait()
            if (err := flight.error) is not None:
                raise AuthenticationError(str(err), error=err.error, description=err.description)
            if flight.token is not None:
                return flight.token
            # The request was cancelled or failed unexpectedly: try again, maybe as the leader.

    async def invalidate(self, token: str) -> None:
        """Forget ``token`` if it is the cached one; a stale token (already replaced) is ignored."""
        if token == self._token:
            self._token = None
            self._refresh_at = 0.0

    async def _lead(self) -> str:
        flight = self._flight = _Flight()
        try:
            flight.token = await self._request_token()
        except AuthenticationError as exc:
            flight.error = exc
            raise
        finally:
            self._flight = None
            flight.done.set()
        return flight.token

    async def _request_token(self) -> str:
        creds = self._credentials
        form = {
            "grant_type": "refresh_token",
            "refresh_token": creds.refresh_token,
            "client_id": creds.client_id,
            "client_secret": creds.client_secret,
        }
        last = "no attempt"
        for attempt in range(1, self._max_attempts + 1):
            if attempt > 1:
                delay = random.uniform(0.0, min(_BACKOFF_CAP, _BACKOFF_BASE * 2 ** (attempt - 2)))
                _log.debug(
                    "LWA token request failed (%s); retry %d of %d in %.2f s",
                    last,
                    attempt - 1,
                    self._max_attempts - 1,
                    delay,
                )
                await self._sleep(delay)
            request = self._http.build_request(
                "POST", creds.token_url, data=form, headers={"Accept": "application/json"}
            )
            request.headers.pop("x-amz-access-token", None)
            started = self._clock()
            self.token_requests += 1
            try:
                response = await self._http.send(request)
            except httpx.TransportError as exc:
                last = self._scrub(f"{type(exc).__name__}: {exc}".rstrip(": "))
                continue
            if response.status_code >= 500 or response.status_code in _RETRY_STATUSES:
                last = f"HTTP {response.status_code}"
                continue
            return self._accept(response, started)
        raise AuthenticationError(
            f"could not reach LWA at {creds.token_url} after {self._max_attempts} "
            f"attempt(s) (last: {last})"
        )

    def _accept(self, response: httpx.Response, started: float) -> str:
        """Caches the token of a final (non-retried) answer, or raises AuthenticationError."""
        try:
            body = response.json()
        except (ValueError, UnicodeDecodeError):
            body = None
        is_object = isinstance(body, dict)
        if not is_object:
            body = {}
        if not response.is_success:
            raise self._refusal(response.status_code, body)
        token = body.get("access_token")
        if not isinstance(token, str) or not token:
            what = "a JSON object without access_token" if is_object else "a body that is not JSON"
            raise AuthenticationError(f"LWA answered HTTP {response.status_code} with {what}")
        expires_in = _expires_in(body.get("expires_in"))
        lifetime = expires_in - self._margin if expires_in >= 2 * self._margin else expires_in / 2
        self._token = self._issued = token
        self._refresh_at = started + max(0.0, lifetime)
        _log.debug("LWA access token refreshed; expires in %d s", expires_in)
        return token

    def _refusal(self, status: int, body: dict[str, Any]) -> AuthenticationError:
        error = body.get("error")
        description = body.get("error_description")
        code = self._scrub(str(error)) if error is not None else None
        text = self._scrub(str(description)) if description is not None else None
        detail = code or "no error code"
        if text:
            detail += f": {text}"
        return AuthenticationError(
            f"LWA refused the token request (HTTP {status}, {detail})", error=code, description=text
        )

    def _scrub(self, text: str) -> str:
        """Removes any occurrence of a secret from text that came from outside."""
        secrets = (self._credentials.client_secret, self._credentials.refresh_token, self._issued)
        for secret in secrets:
            if secret:
                text = text.replace(secret, _REDACTED)
        return text


def _expires_in(value: object) -> float:
    """LWA's ``expires_in`` in seconds; 3600 when missing, not a positive number, or garbled."""
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return _DEFAULT_EXPIRES_IN
    try:
        seconds = float(value)
    except ValueError:
        return _DEFAULT_EXPIRES_IN
    return seconds if 0 < seconds < math.inf else _DEFAULT_EXPIRES_IN


class CallableTokenSource:
    """Tokens from the application's own provider, for apps that manage LWA tokens centrally.

    The provider (sync or async) is called on every :meth:`get_token`, so it should cache
    itself; :meth:`invalidate` keeps nothing to forget. A provider that returns something other
    than a non-empty string raises :class:`AuthenticationError`; its own exceptions propagate.
    """

    def __init__(self, provider: TokenProvider) -> None:
        if not callable(provider):
            raise ValidationError(
                "provider", "must be callable", allowed="a sync or async function"
            )
        self._provider = provider

    def __repr__(self) -> str:
        name = getattr(self._provider, "__qualname__", type(self._provider).__name__)
        return f"CallableTokenSource(provider={name})"

    async def get_token(self) -> str:
        """Calls the provider and returns its token."""
        token = self._provider()
        if inspect.isawaitable(token):
            token = await token
        if not isinstance(token, str) or not token.strip():
            raise AuthenticationError(
                f"the token provider returned {type(token).__name__}, not a non-empty string"
            )
        return token

    async def invalidate(self, token: str) -> None:
        """Nothing cached here: the provider is asked again on the next call."""


def token_source_for(
    credentials: LwaCredentials | TokenSource | TokenProvider,
    *,
    http_client: httpx.AsyncClient,
) -> TokenSource:
    """The token source for what a user passed as credentials.

    :class:`LwaCredentials` give an :class:`LwaTokenSource` on ``http_client``; a
    :class:`TokenSource` is used as is; a callable is wrapped in :class:`CallableTokenSource`.
    Anything else raises :class:`ValidationError`.
    """
    if isinstance(credentials, LwaCredentials):
        return LwaTokenSource(credentials, http_client=http_client)
    if isinstance(credentials, TokenSource):
        return credentials
    if callable(credentials):
        return CallableTokenSource(credentials)
    raise ValidationError(
        "credentials",
        f"unsupported type {type(credentials).__name__}",
        allowed="LwaCredentials, a TokenSource, or a function returning an access token",
    )

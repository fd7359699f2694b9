"""Login with Amazon, emulated: refresh-token exchange and access-token checks."""

from __future__ import annotations

import base64
import hmac
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from urllib.parse import parse_qsl

from .state import State
from .wire import HttpError, Request, Response, json_response

__all__ = ["Credentials", "Lwa"]


@dataclass(frozen=True, slots=True)
class Credentials:
    """One application's LWA credentials and one seller's refresh token (never in a repr)."""

    client_id: str
    client_secret: str = field(repr=False)
    refresh_token: str = field(repr=False)


def _lwa_error(status: int, error: str, description: str) -> Response:
    response = json_response(status, {"error": error, "error_description": description})
    response.headers.append((b"cache-control", b"no-store"))
    return response


def _denied(details: str) -> HttpError:
    message = "Access to requested resource is denied."
    return HttpError(403, [{"code": "Unauthorized", "message": message, "details": details}])


class Lwa:
    """Issues opaque bearer tokens valid ``ttl`` seconds and checks ``x-amz-access-token``.

    With ``credentials`` only those (client id, secret, refresh token) triples are accepted;
    without, any non-empty values are. ``requests`` counts calls of the token endpoint.
    """

    def __init__(
        self,
        state: State,
        *,
        ttl: int,
        clock: Callable[[], int],
        credentials: Iterable[Credentials] | None = None,
    ) -> None:
        self.state = state
        self.ttl = ttl
        self._clock = clock
        self._credentials = None if credentials is None else list(credentials)
        self.requests = 0

    def token(self, request: Request) -> Response:
        """The ``POST /auth/o2/token`` endpoint (form-encoded, JSON also accepted)."""
        self.requests += 1
        form = self._form(request)
        grant = form.get("grant_type")
        for name in ("grant_type", "client_id", "client_secret"):
            if not form.get(name):
                return _lwa_error(400, "invalid_request", f"The request is missing {name}")
        if grant != "refresh_token":
            return _lwa_error(400, "unsupported_grant_type", "The grant type is not supported")
        if not form.get("refresh_token"):
            return _lwa_error(400, "invalid_request", "The request is missing refresh_token")
        failure = self._authenticate(form)
        if failure:
            return failure
        now = self._clock()
        if len(self.state.tokens) > 1000:
            self.state.tokens = {t: e for t, e in self.state.tokens.items() if e > now}
        token = "Atza|" + base64.urlsafe_b64encode(self.state.digest("token", 30)).decode()
        self.state.tokens[token] = now + self.ttl
        body = {"access_token": token, "token_type": "bearer", "expires_in": self.ttl}
        response = json_response(200, body)
        response.headers.append((b"cache-control", b"no-store"))
        return response

    def _form(self, request: Request) -> dict[str, str]:
        text = request.body.decode("utf-8", "replace")
        if "json" in request.headers.get("content-type", ""):
            try:
                data = json.loads(text)
            except ValueError:
                return {}
            return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}
        return dict(parse_qsl(text, keep_blank_values=True))

    def _authenticate(self, form: dict[str, str]) -> Response | None:
        if self._credentials is None:
            return None
        clients = [
            c
            for c in self._credentials
            if hmac.compare_digest(c.client_id, form["client_id"])
            and hmac.compare_digest(c.client_secret, form["client_secret"])
        ]
        if not clients:
            return _lwa_error(401, "invalid_client", "Client authentication failed")
        if not any(hmac.compare_digest(c.refresh_token, form["refresh_token"]) for c in clients):
            return _lwa_error(400, "invalid_grant", "The request has an invalid grant parameter")
        return None

    def check(self, request: Request) -> None:
        """Raises the API's 403 unless the request carries a live access token."""
        token = request.headers.get("x-amz-access-token")
        if not token:
            raise _denied("")
        expiry = self.state.tokens.get(token)
        if expiry is None:
            raise _denied("The access token you provided is revoked, malformed or invalid.")
        if expiry <= self._clock():
            raise _denied("The access token you provided has expired.")

    def revoke_all(self) -> None:
        """Invalidates every access token issued so far."""
        self.state.tokens.clear()

"""The exception hierarchy.

Everything the SDK raises derives from :class:`ServicesError`:

- :class:`ValidationError`: bad input, raised before anything is sent;
- :class:`ApiError`: the API answered with an error (one subclass per status family), carrying
  the status, the SP-API error list, the ``x-amzn-RequestId``, the operation, the number of
  attempts made and the rate limit the API reported;
- :class:`AuthenticationError`: Login with Amazon refused or could not issue a token;
- :class:`TransportError`: the request did not get an answer (timeout, connection failure).

No message or repr includes a token, a secret, an encryption key or a presigned URL signature.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar

__all__ = [
    "ApiError",
    "AuthenticationError",
    "BadRequestError",
    "ErrorDetail",
    "ForbiddenError",
    "InvalidReasonCodeError",
    "NotFoundError",
    "PaginationError",
    "PayloadTooLargeError",
    "RateLimitError",
    "ResponseError",
    "ServerError",
    "ServicesError",
    "TransportError",
    "UnknownMarketplaceError",
    "UnprocessableEntityError",
    "UnsupportedMediaTypeError",
    "ValidationError",
    "error_for_status",
    "parse_error_list",
]


class ServicesError(Exception):
    """Base class of every error this SDK raises."""


class ValidationError(ServicesError, ValueError):
    """Input that the API would refuse; raised before any request is sent.

    ``field`` names the offending argument or body field, ``allowed`` says what would be accepted.
    """

    def __init__(self, field: str, problem: str, *, allowed: str | None = None) -> None:
        self.field = field
        self.problem = problem
        self.allowed = allowed
        message = f"{field}: {problem}"
        if allowed:
            message += f" (allowed: {allowed})"
        super().__init__(message)


class InvalidReasonCodeError(ValidationError):
    """A cancellation or reschedule reason code that the marketplace and service type do not allow.

    Carries ``code``, ``marketplace_id``, ``service_type`` and ``allowed_codes`` (code ->
    description), and lists the allowed codes in its message.
    """

    def __init__(
        self,
        *,
        field: str,
        code: str,
        marketplace_id: str,
        service_type: str,
        allowed_codes: Mapping[str, str],
    ) -> None:
        self.code = code
        self.marketplace_id = marketplace_id
        self.service_type = service_type
        self.allowed_codes = dict(allowed_codes)
        listing = ", ".join(f"{c} ({d})" for c, d in self.allowed_codes.items()) or "none"
        super().__init__(
            field,
            f"reason code {code!r} is not allowed in marketplace {marketplace_id} "
            f"for service type {service_type}",
            allowed=listing,
        )


class UnknownMarketplaceError(ServicesError, LookupError):
    """A marketplace id that the SDK's tables (regions or reason codes) do not cover."""

    def __init__(self, marketplace_id: str, *, what: str = "marketplace") -> None:
        self.marketplace_id = marketplace_id
        super().__init__(f"{what} {marketplace_id!r} is not covered by this SDK's tables")


class PaginationError(ServicesError):
    """A paginated listing misbehaved (for example, the API returned the same page token twice)."""


@dataclass(frozen=True, slots=True)
class ErrorDetail:
    """One entry of an SP-API error list."""

    code: str
    message: str
    details: str | None = None
    error_level: str | None = None

    def __str__(self) -> str:
        text = f"{self.code}: {self.message}" if self.message else self.code
        return f"{text} ({self.details})" if self.details else text


def parse_error_list(body: Any) -> list[ErrorDetail]:
    """Reads both error shapes (``{"errors": [...]}`` and a bare array) and tolerates the rest.

    ``body`` may be raw bytes/str (parsed as JSON when possible) or already-decoded JSON.
    Anything that is not an error list gives an empty list.
    """
    if isinstance(body, bytes | bytearray | str):
        try:
            body = json.loads(body) if body else None
        except (ValueError, UnicodeDecodeError):
            return []
    items: Any = body.get("errors") if isinstance(body, Mapping) else body
    if not isinstance(items, Sequence) or isinstance(items, str | bytes):
        return []
    out: list[ErrorDetail] = []
    for item in items:
        if isinstance(item, Mapping):
            details = item.get("details")
            level = item.get("errorLevel")
            out.append(
                ErrorDetail(
                    code=str(item.get("code", "")),
                    message=str(item.get("message", "")),
                    details=None if details is None else str(details),
                    error_level=None if level is None else str(level),
                )
            )
    return out


class ResponseError(ServicesError):
    """An answer from the API that the SDK treats as a failure."""


class ApiError(ResponseError):
    """The API answered with an error status (or a success that carries errors)."""

    status_code: ClassVar[int | None] = None

    def __init__(
        self,
        *,
        status: int,
        errors: Sequence[ErrorDetail] = (),
        request_id: str | None = None,
        operation: str | None = None,
        attempts: int = 1,
        rate_limit: float | None = None,
        body: bytes = b"",
        message: str | None = None,
    ) -> None:
        self.status = status
        self.errors = list(errors)
        self.request_id = request_id
        self.operation = operation
        self.attempts = attempts
        self.rate_limit = rate_limit
        self.body = body
        super().__init__(message or self._describe())

    @property
    def codes(self) -> list[str]:
        """The error codes, in order."""
        return [e.code for e in self.errors]

    def _describe(self) -> str:
        where = f" on {self.operation}" if self.operation else ""
        if self.errors:
            what = "; ".join(str(e) for e in self.errors)
        elif self.body:
            snippet = self.body[:120].decode("utf-8", "replace").strip()
            what = f"non-JSON body: {snippet!r}" if snippet else "empty body"
        else:
            what = "no error details"
        extra = f" [request id {self.request_id}]" if self.request_id else ""
        tries = f" after {self.attempts} attempts" if self.attempts > 1 else ""
        return f"HTTP {self.status}{where}: {what}{tries}{extra}"


class BadRequestError(ApiError):
    """400: missing or invalid parameters."""

    status_code = 400


class ForbiddenError(ApiError):
    """401/403: the access token is missing, expired or lacks the role."""

    status_code = 403


class NotFoundError(ApiError):
    """404: the job, appointment, resource or reservation does not exist."""

    status_code = 404


class PayloadTooLargeError(ApiError):
    """413: the request is too large."""

    status_code = 413


class UnsupportedMediaTypeError(ApiError):
    """415: the content type is not accepted."""

    status_code = 415


class UnprocessableEntityError(ApiError):
    """422: the request is well formed but breaks a business rule."""

    status_code = 422


class RateLimitError(ApiError):
    """429: the usage plan was exceeded (raised only once retries are exhausted)."""

    status_code = 429


class ServerError(ApiError):
    """5xx: the service failed or is unavailable."""

    status_code = 500


_BY_STATUS: dict[int, type[ApiError]] = {
    400: BadRequestError,
    401: ForbiddenError,
    403: ForbiddenError,
    404: NotFoundError,
    413: PayloadTooLargeError,
    415: UnsupportedMediaTypeError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def error_for_status(status: int) -> type[ApiError]:
    """The ApiError subclass for an HTTP status (ApiError itself for an unusual one)."""
    if status >= 500:
        return ServerError
    return _BY_STATUS.get(status, ApiError)


class AuthenticationError(ServicesError):
    """Login with Amazon refused the credentials or could not issue an access token.

    ``error`` is the LWA error code (``invalid_grant``, ``invalid_client``...), ``description``
    its explanation. Neither ever contains the refresh token or the client secret.
    """

    def __init__(
        self, message: str, *, error: str | None = None, description: str | None = None
    ) -> None:
        self.error = error
        self.description = description
        super().__init__(message)


class TransportError(ServicesError):
    """No answer: a timeout or a connection failure, after the retries allowed."""

    def __init__(self, message: str, *, operation: str | None = None, attempts: int = 1) -> None:
        self.operation = operation
        self.attempts = attempts
        super().__init__(message)

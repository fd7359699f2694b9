"""Which operation a request is for, and the shape each operation gives its error answers.

Paths come from the generated operation table, plus the Login with Amazon token endpoint
(``"lwa"``) and the presigned upload URLs (``"upload"``). A path nobody serves is a 404; a known
path with a method it does not take is a 405 with an ``Allow`` header.
"""

from __future__ import annotations

import re
from urllib.parse import unquote

from spapi_services_generated._operations import OPERATIONS

from .wire import HttpError, Request, Response, invalid

__all__ = ["LWA", "UPLOAD", "error_response", "route"]

LWA, UPLOAD = "lwa", "upload"
# operations whose every error answer is a bare ErrorList (the model), not {"errors": [...]}
_BARE_ERRORS = frozenset({"setAppointmentFulfillmentData"})


def _compile(template: str) -> re.Pattern[str]:
    pattern = re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(template))
    return re.compile(f"^{pattern}$")


_ROUTES: list[tuple[str, re.Pattern[str], str]] = [
    *((spec.method, _compile(spec.path), spec.operation_id) for spec in OPERATIONS.values()),
    ("POST", _compile("/auth/o2/token"), LWA),
    ("PUT", _compile("/_upload/{uploadId}"), UPLOAD),
]


def error_response(operation: str | None, exc: HttpError) -> Response:
    """An error answer in the shape ``operation`` uses, whatever path produced it."""
    return exc.response(bare=operation in _BARE_ERRORS)


def route(request: Request) -> tuple[str | None, Response | None]:
    """The operation for the request (path parameters go to ``request.params``), or None and
    the 404/405 answer."""
    others: dict[str, str] = {}
    for method, pattern, operation in _ROUTES:
        match = pattern.match(request.path)
        if match is None:
            continue
        if method == request.method:
            request.params = {k: unquote(v) for k, v in match.groupdict().items()}
            return operation, None
        others[method] = operation
    if not others:
        return None, invalid(404, "Resource not found", code="NotFound").response()
    message = f"Method {request.method} is not allowed on this resource."
    error = invalid(405, message, code="MethodNotAllowed")
    response = error_response(next(iter(others.values())), error)
    response.headers.append((b"allow", ", ".join(sorted(others)).encode()))
    return None, response

"""Async Python SDK for the Amazon Selling Partner API for Services (v1).

Start with :class:`ServicesClient`; errors live in :mod:`spapi_services.errors`.
"""

import logging as _logging

from ._version import __version__
from .auth import CallableTokenSource, LwaCredentials, LwaTokenSource, TokenSource
from .client import ServicesClient
from .documents import DocumentUploadError, UploadedDocument
from .errors import (
    ApiError,
    AuthenticationError,
    BadRequestError,
    ErrorDetail,
    ForbiddenError,
    InvalidReasonCodeError,
    NotFoundError,
    PaginationError,
    PayloadTooLargeError,
    RateLimitError,
    ServerError,
    ServicesError,
    TransportError,
    UnknownMarketplaceError,
    UnprocessableEntityError,
    UnsupportedMediaTypeError,
    ValidationError,
)
from .ratelimit import NoRateLimiter, RateLimiter
from .reason_codes import ServiceType
from .retry import RetryPolicy

# A library logs, the application decides where to: nothing is printed unless it configures it.
_logging.getLogger("spapi_services").addHandler(_logging.NullHandler())

__all__ = [
    "ApiError",
    "AuthenticationError",
    "BadRequestError",
    "CallableTokenSource",
    "DocumentUploadError",
    "ErrorDetail",
    "ForbiddenError",
    "InvalidReasonCodeError",
    "LwaCredentials",
    "LwaTokenSource",
    "NoRateLimiter",
    "NotFoundError",
    "PaginationError",
    "PayloadTooLargeError",
    "RateLimitError",
    "RateLimiter",
    "RetryPolicy",
    "ServerError",
    "ServiceType",
    "ServicesClient",
    "ServicesError",
    "TokenSource",
    "TransportError",
    "UnknownMarketplaceError",
    "UnprocessableEntityError",
    "UnsupportedMediaTypeError",
    "UploadedDocument",
    "ValidationError",
    "__version__",
]

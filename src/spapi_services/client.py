"""``ServicesClient``: one async method per operation of the Services API, plus the flows the
guide describes (paginated listings, validated reason codes, the encrypted document upload)."""

from __future__ import annotations

from ._capacity import CapacityOperations
from ._jobs import JobOperations

__all__ = ["ServicesClient"]


class ServicesClient(JobOperations, CapacityOperations):
    """An async client of the Selling Partner API for Services.

    Use it as an async context manager (or call :meth:`aclose`)::

        async with ServicesClient(LwaCredentials(...), marketplace_id="ATVPDKIKX0DER") as client:
            job = await client.get_service_job("jobId")

    Every method validates its input before sending (raising
    :class:`~spapi_services.errors.ValidationError`), and raises a subclass of
    :class:`~spapi_services.errors.ApiError` when the API answers with an error,
    :class:`~spapi_services.errors.TransportError` when it does not answer, and
    :class:`~spapi_services.errors.AuthenticationError` when no access token can be had.
    Calls are paced per operation and retried only when that is safe.

    Args:
        credentials: :class:`~spapi_services.LwaCredentials`, or a callable returning an access
            token (sync or async), for applications that manage tokens centrally.
        region: ``"na"``, ``"eu"`` or ``"fe"``.
        marketplace_id: default marketplace; picks the region when ``region`` is not given and
            fills ``marketplaceIds`` for the operations that need it.
        endpoint: an explicit base URL (a proxy, the local emulator); wins over the region.
        sandbox: use the region's sandbox host.
        http_client: an ``httpx.AsyncClient`` of your own (proxies, custom transport). Its
            transport is wrapped in place; closing it stays your job.
        transport: an ``httpx`` transport for the client this SDK creates (e.g.
            ``httpx.ASGITransport`` for the in-process emulator).
        timeout: ``httpx.Timeout`` or seconds; defaults to :data:`DEFAULT_TIMEOUT`.
        limits: connection pool limits of the client this SDK creates.
        max_retries: retries after the first attempt (default 4); see :mod:`spapi_services.retry`.
        retry: a full :class:`~spapi_services.retry.RetryPolicy` instead of ``max_retries``.
        rate_limiter: a :class:`~spapi_services.ratelimit.RateLimiter` to share between clients
            of the same seller.
        pacing: ``False`` turns pacing off (the API's 429s are still retried).
        validate_reason_codes: check reason codes against the guide's tables before sending;
            defaults to True, except on Amazon's sandbox hosts, whose fixed examples use other
            codes.
    """

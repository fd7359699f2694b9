from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cancel_service_job_by_service_job_id_response import (
    CancelServiceJobByServiceJobIdResponse,
)
from ...types import UNSET, Response, status_code_of


def _get_kwargs(
    service_job_id: str,
    *,
    cancellation_reason_code: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["cancellationReasonCode"] = cancellation_reason_code

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/service/v1/serviceJobs/{service_job_id}/cancellations".format(
            service_job_id=quote(str(service_job_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CancelServiceJobByServiceJobIdResponse | None:
    try:
        return _parse_known_response(client=client, response=response)
    except (ValueError, KeyError, TypeError, AttributeError):
        return None


def _parse_known_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CancelServiceJobByServiceJobIdResponse | None:
    if response.status_code == 200:
        _response_200 = response.json()
        response_200: CancelServiceJobByServiceJobIdResponse
        if _response_200 is UNSET or _response_200 is None:
            response_200 = UNSET
        else:
            response_200 = (
                CancelServiceJobByServiceJobIdResponse.from_dict(_response_200)
                if isinstance(_response_200, dict)
                else _response_200
            )

        return response_200

    if response.status_code == 400:
        _response_400 = response.json()
        response_400: CancelServiceJobByServiceJobIdResponse
        if _response_400 is UNSET or _response_400 is None:
            response_400 = UNSET
        else:
            response_400 = (
                CancelServiceJobByServiceJobIdResponse.from_dict(_response_400)
                if isinstance(_response_400, dict)
                else _response_400
            )

        return response_400

    if response.status_code == 403:
        _response_403 = response.json()
        response_403: CancelServiceJobByServiceJobIdResponse
        if _response_403 is UNSET or _response_403 is None:
            response_403 = UNSET
        else:
            response_403 = (
                CancelServiceJobByServiceJobIdResponse.from_dict(_response_403)
                if isinstance(_response_403, dict)
                else _response_403
            )

        return response_403

    if response.status_code == 404:
        _response_404 = response.json()
        response_404: CancelServiceJobByServiceJobIdResponse
        if _response_404 is UNSET or _response_404 is None:
            response_404 = UNSET
        else:
            response_404 = (
                CancelServiceJobByServiceJobIdResponse.from_dict(_response_404)
                if isinstance(_response_404, dict)
                else _response_404
            )

        return response_404

    if response.status_code == 413:
        _response_413 = response.json()
        response_413: CancelServiceJobByServiceJobIdResponse
        if _response_413 is UNSET or _response_413 is None:
            response_413 = UNSET
        else:
            response_413 = (
                CancelServiceJobByServiceJobIdResponse.from_dict(_response_413)
                if isinstance(_response_413, dict)
                else _response_413
            )

        return response_413

    if response.status_code == 415:
        _response_415 = response.json()
        response_415: CancelServiceJobByServiceJobIdResponse
        if _response_415 is UNSET or _response_415 is None:
            response_415 = UNSET
        else:
            response_415 = (
                CancelServiceJobByServiceJobIdResponse.from_dict(_response_415)
                if isinstance(_response_415, dict)
                else _response_415
            )

        return response_415

    if response.status_code == 422:
        _response_422 = response.json()
        response_422: CancelServiceJobByServiceJobIdResponse
        if _response_422 is UNSET or _response_422 is None:
            response_422 = UNSET
        else:
            response_422 = (
                CancelServiceJobByServiceJobIdResponse.from_dict(_response_422)
                if isinstance(_response_422, dict)
                else _response_422
            )

        return response_422

    if response.status_code == 429:
        _response_429 = response.json()
        response_429: CancelServiceJobByServiceJobIdResponse
        if _response_429 is UNSET or _response_429 is None:
            response_429 = UNSET
        else:
            response_429 = (
                CancelServiceJobByServiceJobIdResponse.from_dict(_response_429)
                if isinstance(_response_429, dict)
                else _response_429
            )

        return response_429

    if response.status_code == 500:
        _response_500 = response.json()
        response_500: CancelServiceJobByServiceJobIdResponse
        if _response_500 is UNSET or _response_500 is None:
            response_500 = UNSET
        else:
            response_500 = (
                CancelServiceJobByServiceJobIdResponse.from_dict(_response_500)
                if isinstance(_response_500, dict)
                else _response_500
            )

        return response_500

    if response.status_code == 503:
        _response_503 = response.json()
        response_503: CancelServiceJobByServiceJobIdResponse
        if _response_503 is UNSET or _response_503 is None:
            response_503 = UNSET
        else:
            response_503 = (
                CancelServiceJobByServiceJobIdResponse.from_dict(_response_503)
                if isinstance(_response_503, dict)
                else _response_503
            )

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CancelServiceJobByServiceJobIdResponse]:
    return Response(
        status_code=status_code_of(response.status_code),  # spapi: odd codes kept as int
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    service_job_id: str,
    *,
    client: AuthenticatedClient | Client,
    cancellation_reason_code: str,
) -> Response[CancelServiceJobByServiceJobIdResponse]:
    """Cancel a service job with a cancellation reason code.

    Args:
        service_job_id (str):
        cancellation_reason_code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CancelServiceJobByServiceJobIdResponse]
    """

    kwargs = _get_kwargs(
        service_job_id=service_job_id,
        cancellation_reason_code=cancellation_reason_code,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    service_job_id: str,
    *,
    client: AuthenticatedClient | Client,
    cancellation_reason_code: str,
) -> CancelServiceJobByServiceJobIdResponse | None:
    """Cancel a service job with a cancellation reason code.

    Args:
        service_job_id (str):
        cancellation_reason_code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CancelServiceJobByServiceJobIdResponse
    """

    return sync_detailed(
        service_job_id=service_job_id,
        client=client,
        cancellation_reason_code=cancellation_reason_code,
    ).parsed


async def asyncio_detailed(
    service_job_id: str,
    *,
    client: AuthenticatedClient | Client,
    cancellation_reason_code: str,
) -> Response[CancelServiceJobByServiceJobIdResponse]:
    """Cancel a service job with a cancellation reason code.

    Args:
        service_job_id (str):
        cancellation_reason_code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CancelServiceJobByServiceJobIdResponse]
    """

    kwargs = _get_kwargs(
        service_job_id=service_job_id,
        cancellation_reason_code=cancellation_reason_code,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    service_job_id: str,
    *,
    client: AuthenticatedClient | Client,
    cancellation_reason_code: str,
) -> CancelServiceJobByServiceJobIdResponse | None:
    """Cancel a service job with a cancellation reason code.

    Args:
        service_job_id (str):
        cancellation_reason_code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CancelServiceJobByServiceJobIdResponse
    """

    return (
        await asyncio_detailed(
            service_job_id=service_job_id,
            client=client,
            cancellation_reason_code=cancellation_reason_code,
        )
    ).parsed

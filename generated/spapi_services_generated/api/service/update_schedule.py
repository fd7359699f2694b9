from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.update_schedule_request import UpdateScheduleRequest
from ...models.update_schedule_response import UpdateScheduleResponse
from ...types import UNSET, Response, status_code_of


def _get_kwargs(
    resource_id: str,
    *,
    body: UpdateScheduleRequest,
    marketplace_ids: list[str],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_marketplace_ids = marketplace_ids

    params["marketplaceIds"] = json_marketplace_ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    if isinstance(params.get("marketplaceIds"), list):
        params["marketplaceIds"] = ",".join(str(v) for v in params["marketplaceIds"])

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/service/v1/serviceResources/{resource_id}/schedules".format(
            resource_id=quote(str(resource_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict() if hasattr(body, "to_dict") else body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> UpdateScheduleResponse | None:
    try:
        return _parse_known_response(client=client, response=response)
    except (ValueError, KeyError, TypeError, AttributeError):
        return None


def _parse_known_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> UpdateScheduleResponse | None:
    if response.status_code == 200:
        _response_200 = response.json()
        response_200: UpdateScheduleResponse
        if _response_200 is UNSET or _response_200 is None:
            response_200 = UNSET
        else:
            response_200 = (
                UpdateScheduleResponse.from_dict(_response_200)
                if isinstance(_response_200, dict)
                else _response_200
            )

        return response_200

    if response.status_code == 400:
        _response_400 = response.json()
        response_400: UpdateScheduleResponse
        if _response_400 is UNSET or _response_400 is None:
            response_400 = UNSET
        else:
            response_400 = (
                UpdateScheduleResponse.from_dict(_response_400)
                if isinstance(_response_400, dict)
                else _response_400
            )

        return response_400

    if response.status_code == 403:
        _response_403 = response.json()
        response_403: UpdateScheduleResponse
        if _response_403 is UNSET or _response_403 is None:
            response_403 = UNSET
        else:
            response_403 = (
                UpdateScheduleResponse.from_dict(_response_403)
                if isinstance(_response_403, dict)
                else _response_403
            )

        return response_403

    if response.status_code == 404:
        _response_404 = response.json()
        response_404: UpdateScheduleResponse
        if _response_404 is UNSET or _response_404 is None:
            response_404 = UNSET
        else:
            response_404 = (
                UpdateScheduleResponse.from_dict(_response_404)
                if isinstance(_response_404, dict)
                else _response_404
            )

        return response_404

    if response.status_code == 413:
        _response_413 = response.json()
        response_413: UpdateScheduleResponse
        if _response_413 is UNSET or _response_413 is None:
            response_413 = UNSET
        else:
            response_413 = (
                UpdateScheduleResponse.from_dict(_response_413)
                if isinstance(_response_413, dict)
                else _response_413
            )

        return response_413

    if response.status_code == 415:
        _response_415 = response.json()
        response_415: UpdateScheduleResponse
        if _response_415 is UNSET or _response_415 is None:
            response_415 = UNSET
        else:
            response_415 = (
                UpdateScheduleResponse.from_dict(_response_415)
                if isinstance(_response_415, dict)
                else _response_415
            )

        return response_415

    if response.status_code == 429:
        _response_429 = response.json()
        response_429: UpdateScheduleResponse
        if _response_429 is UNSET or _response_429 is None:
            response_429 = UNSET
        else:
            response_429 = (
                UpdateScheduleResponse.from_dict(_response_429)
                if isinstance(_response_429, dict)
                else _response_429
            )

        return response_429

    if response.status_code == 500:
        _response_500 = response.json()
        response_500: UpdateScheduleResponse
        if _response_500 is UNSET or _response_500 is None:
            response_500 = UNSET
        else:
            response_500 = (
                UpdateScheduleResponse.from_dict(_response_500)
                if isinstance(_response_500, dict)
                else _response_500
            )

        return response_500

    if response.status_code == 503:
        _response_503 = response.json()
        response_503: UpdateScheduleResponse
        if _response_503 is UNSET or _response_503 is None:
            response_503 = UNSET
        else:
            response_503 = (
                UpdateScheduleResponse.from_dict(_response_503)
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
) -> Response[UpdateScheduleResponse]:
    return Response(
        status_code=status_code_of(response.status_code),  # spapi: odd codes kept as int
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    resource_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateScheduleRequest,
    marketplace_ids: list[str],
) -> Response[UpdateScheduleResponse]:
    """Replace a resource's availability schedule.

    Args:
        resource_id (str):
        marketplace_ids (list[str]):
        body (UpdateScheduleRequest): Body replacing the schedule of a resource.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateScheduleResponse]
    """

    kwargs = _get_kwargs(
        resource_id=resource_id,
        body=body,
        marketplace_ids=marketplace_ids,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    resource_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateScheduleRequest,
    marketplace_ids: list[str],
) -> UpdateScheduleResponse | None:
    """Replace a resource's availability schedule.

    Args:
        resource_id (str):
        marketplace_ids (list[str]):
        body (UpdateScheduleRequest): Body replacing the schedule of a resource.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateScheduleResponse
    """

    return sync_detailed(
        resource_id=resource_id,
        client=client,
        body=body,
        marketplace_ids=marketplace_ids,
    ).parsed


async def asyncio_detailed(
    resource_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateScheduleRequest,
    marketplace_ids: list[str],
) -> Response[UpdateScheduleResponse]:
    """Replace a resource's availability schedule.

    Args:
        resource_id (str):
        marketplace_ids (list[str]):
        body (UpdateScheduleRequest): Body replacing the schedule of a resource.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateScheduleResponse]
    """

    kwargs = _get_kwargs(
        resource_id=resource_id,
        body=body,
        marketplace_ids=marketplace_ids,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    resource_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateScheduleRequest,
    marketplace_ids: list[str],
) -> UpdateScheduleResponse | None:
    """Replace a resource's availability schedule.

    Args:
        resource_id (str):
        marketplace_ids (list[str]):
        body (UpdateScheduleRequest): Body replacing the schedule of a resource.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateScheduleResponse
    """

    return (
        await asyncio_detailed(
            resource_id=resource_id,
            client=client,
            body=body,
            marketplace_ids=marketplace_ids,
        )
    ).parsed

from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.fixed_slot_capacity import FixedSlotCapacity
from ...models.fixed_slot_capacity_errors import FixedSlotCapacityErrors
from ...models.fixed_slot_capacity_query import FixedSlotCapacityQuery
from ...types import UNSET, Response, Unset, status_code_of


def _get_kwargs(
    resource_id: str,
    *,
    body: FixedSlotCapacityQuery,
    marketplace_ids: list[str],
    next_page_token: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_marketplace_ids = marketplace_ids

    params["marketplaceIds"] = json_marketplace_ids

    params["nextPageToken"] = next_page_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    if isinstance(params.get("marketplaceIds"), list):
        params["marketplaceIds"] = ",".join(str(v) for v in params["marketplaceIds"])

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/service/v1/serviceResources/{resource_id}/capacity/fixed".format(
            resource_id=quote(str(resource_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FixedSlotCapacity | FixedSlotCapacityErrors | None:
    try:
        return _parse_known_response(client=client, response=response)
    except (ValueError, KeyError, TypeError, AttributeError):
        return None


def _parse_known_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FixedSlotCapacity | FixedSlotCapacityErrors | None:
    if response.status_code == 200:
        response_200 = FixedSlotCapacity.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = FixedSlotCapacityErrors.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = FixedSlotCapacityErrors.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = FixedSlotCapacityErrors.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = FixedSlotCapacityErrors.from_dict(response.json())

        return response_404

    if response.status_code == 413:
        response_413 = FixedSlotCapacityErrors.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = FixedSlotCapacityErrors.from_dict(response.json())

        return response_415

    if response.status_code == 429:
        response_429 = FixedSlotCapacityErrors.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = FixedSlotCapacityErrors.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = FixedSlotCapacityErrors.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FixedSlotCapacity | FixedSlotCapacityErrors]:
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
    body: FixedSlotCapacityQuery,
    marketplace_ids: list[str],
    next_page_token: str | Unset = UNSET,
) -> Response[FixedSlotCapacity | FixedSlotCapacityErrors]:
    """Read the capacity of a resource in fixed-length slots.

    Args:
        resource_id (str):
        marketplace_ids (list[str]):
        next_page_token (str | Unset):
        body (FixedSlotCapacityQuery): Body of a fixed-slot capacity query: the period, the slot
            length and the capacity types wanted.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FixedSlotCapacity | FixedSlotCapacityErrors]
    """

    kwargs = _get_kwargs(
        resource_id=resource_id,
        body=body,
        marketplace_ids=marketplace_ids,
        next_page_token=next_page_token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    resource_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: FixedSlotCapacityQuery,
    marketplace_ids: list[str],
    next_page_token: str | Unset = UNSET,
) -> FixedSlotCapacity | FixedSlotCapacityErrors | None:
    """Read the capacity of a resource in fixed-length slots.

    Args:
        resource_id (str):
        marketplace_ids (list[str]):
        next_page_token (str | Unset):
        body (FixedSlotCapacityQuery): Body of a fixed-slot capacity query: the period, the slot
            length and the capacity types wanted.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FixedSlotCapacity | FixedSlotCapacityErrors
    """

    return sync_detailed(
        resource_id=resource_id,
        client=client,
        body=body,
        marketplace_ids=marketplace_ids,
        next_page_token=next_page_token,
    ).parsed


async def asyncio_detailed(
    resource_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: FixedSlotCapacityQuery,
    marketplace_ids: list[str],
    next_page_token: str | Unset = UNSET,
) -> Response[FixedSlotCapacity | FixedSlotCapacityErrors]:
    """Read the capacity of a resource in fixed-length slots.

    Args:
        resource_id (str):
        marketplace_ids (list[str]):
        next_page_token (str | Unset):
        body (FixedSlotCapacityQuery): Body of a fixed-slot capacity query: the period, the slot
            length and the capacity types wanted.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FixedSlotCapacity | FixedSlotCapacityErrors]
    """

    kwargs = _get_kwargs(
        resource_id=resource_id,
        body=body,
        marketplace_ids=marketplace_ids,
        next_page_token=next_page_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    resource_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: FixedSlotCapacityQuery,
    marketplace_ids: list[str],
    next_page_token: str | Unset = UNSET,
) -> FixedSlotCapacity | FixedSlotCapacityErrors | None:
    """Read the capacity of a resource in fixed-length slots.

    Args:
        resource_id (str):
        marketplace_ids (list[str]):
        next_page_token (str | Unset):
        body (FixedSlotCapacityQuery): Body of a fixed-slot capacity query: the period, the slot
            length and the capacity types wanted.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FixedSlotCapacity | FixedSlotCapacityErrors
    """

    return (
        await asyncio_detailed(
            resource_id=resource_id,
            client=client,
            body=body,
            marketplace_ids=marketplace_ids,
            next_page_token=next_page_token,
        )
    ).parsed

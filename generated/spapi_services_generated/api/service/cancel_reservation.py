from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cancel_reservation_response import CancelReservationResponse
from ...types import UNSET, Response, status_code_of


def _get_kwargs(
    reservation_id: str,
    *,
    marketplace_ids: list[str],
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_marketplace_ids = marketplace_ids

    params["marketplaceIds"] = json_marketplace_ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    if isinstance(params.get("marketplaceIds"), list):
        params["marketplaceIds"] = ",".join(str(v) for v in params["marketplaceIds"])

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/service/v1/reservation/{reservation_id}".format(
            reservation_id=quote(str(reservation_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | CancelReservationResponse | None:
    try:
        return _parse_known_response(client=client, response=response)
    except (ValueError, KeyError, TypeError, AttributeError):
        return None


def _parse_known_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | CancelReservationResponse | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 400:
        response_400 = CancelReservationResponse.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = CancelReservationResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = CancelReservationResponse.from_dict(response.json())

        return response_404

    if response.status_code == 413:
        response_413 = CancelReservationResponse.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = CancelReservationResponse.from_dict(response.json())

        return response_415

    if response.status_code == 429:
        response_429 = CancelReservationResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = CancelReservationResponse.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = CancelReservationResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | CancelReservationResponse]:
    return Response(
        status_code=status_code_of(response.status_code),  # spapi: odd codes kept as int
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    reservation_id: str,
    *,
    client: AuthenticatedClient | Client,
    marketplace_ids: list[str],
) -> Response[Any | CancelReservationResponse]:
    """Delete a reservation.

    Args:
        reservation_id (str):
        marketplace_ids (list[str]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CancelReservationResponse]
    """

    kwargs = _get_kwargs(
        reservation_id=reservation_id,
        marketplace_ids=marketplace_ids,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    reservation_id: str,
    *,
    client: AuthenticatedClient | Client,
    marketplace_ids: list[str],
) -> Any | CancelReservationResponse | None:
    """Delete a reservation.

    Args:
        reservation_id (str):
        marketplace_ids (list[str]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CancelReservationResponse
    """

    return sync_detailed(
        reservation_id=reservation_id,
        client=client,
        marketplace_ids=marketplace_ids,
    ).parsed


async def asyncio_detailed(
    reservation_id: str,
    *,
    client: AuthenticatedClient | Client,
    marketplace_ids: list[str],
) -> Response[Any | CancelReservationResponse]:
    """Delete a reservation.

    Args:
        reservation_id (str):
        marketplace_ids (list[str]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CancelReservationResponse]
    """

    kwargs = _get_kwargs(
        reservation_id=reservation_id,
        marketplace_ids=marketplace_ids,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    reservation_id: str,
    *,
    client: AuthenticatedClient | Client,
    marketplace_ids: list[str],
) -> Any | CancelReservationResponse | None:
    """Delete a reservation.

    Args:
        reservation_id (str):
        marketplace_ids (list[str]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CancelReservationResponse
    """

    return (
        await asyncio_detailed(
            reservation_id=reservation_id,
            client=client,
            marketplace_ids=marketplace_ids,
        )
    ).parsed

import datetime
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors, types
from ...client import AuthenticatedClient, Client
from ...models.get_appointment_slots_response import GetAppointmentSlotsResponse
from ...types import UNSET, Response, Unset, status_code_of


def _get_kwargs(
    service_job_id: str,
    *,
    marketplace_ids: list[str],
    start_time: datetime.datetime | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_marketplace_ids = marketplace_ids

    params["marketplaceIds"] = json_marketplace_ids

    json_start_time: str | Unset = UNSET
    if not isinstance(start_time, Unset):
        json_start_time = types.format_datetime(start_time)
    params["startTime"] = json_start_time

    json_end_time: str | Unset = UNSET
    if not isinstance(end_time, Unset):
        json_end_time = types.format_datetime(end_time)
    params["endTime"] = json_end_time

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    if isinstance(params.get("marketplaceIds"), list):
        params["marketplaceIds"] = ",".join(str(v) for v in params["marketplaceIds"])

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/service/v1/serviceJobs/{service_job_id}/appointmentSlots".format(
            service_job_id=quote(str(service_job_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetAppointmentSlotsResponse | None:
    try:
        return _parse_known_response(client=client, response=response)
    except (ValueError, KeyError, TypeError, AttributeError):
        return None


def _parse_known_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetAppointmentSlotsResponse | None:
    if response.status_code == 200:
        _response_200 = response.json()
        response_200: GetAppointmentSlotsResponse
        if _response_200 is UNSET or _response_200 is None:
            response_200 = UNSET
        else:
            response_200 = (
                GetAppointmentSlotsResponse.from_dict(_response_200)
                if isinstance(_response_200, dict)
                else _response_200
            )

        return response_200

    if response.status_code == 400:
        _response_400 = response.json()
        response_400: GetAppointmentSlotsResponse
        if _response_400 is UNSET or _response_400 is None:
            response_400 = UNSET
        else:
            response_400 = (
                GetAppointmentSlotsResponse.from_dict(_response_400)
                if isinstance(_response_400, dict)
                else _response_400
            )

        return response_400

    if response.status_code == 403:
        _response_403 = response.json()
        response_403: GetAppointmentSlotsResponse
        if _response_403 is UNSET or _response_403 is None:
            response_403 = UNSET
        else:
            response_403 = (
                GetAppointmentSlotsResponse.from_dict(_response_403)
                if isinstance(_response_403, dict)
                else _response_403
            )

        return response_403

    if response.status_code == 404:
        _response_404 = response.json()
        response_404: GetAppointmentSlotsResponse
        if _response_404 is UNSET or _response_404 is None:
            response_404 = UNSET
        else:
            response_404 = (
                GetAppointmentSlotsResponse.from_dict(_response_404)
                if isinstance(_response_404, dict)
                else _response_404
            )

        return response_404

    if response.status_code == 415:
        _response_415 = response.json()
        response_415: GetAppointmentSlotsResponse
        if _response_415 is UNSET or _response_415 is None:
            response_415 = UNSET
        else:
            response_415 = (
                GetAppointmentSlotsResponse.from_dict(_response_415)
                if isinstance(_response_415, dict)
                else _response_415
            )

        return response_415

    if response.status_code == 422:
        _response_422 = response.json()
        response_422: GetAppointmentSlotsResponse
        if _response_422 is UNSET or _response_422 is None:
            response_422 = UNSET
        else:
            response_422 = (
                GetAppointmentSlotsResponse.from_dict(_response_422)
                if isinstance(_response_422, dict)
                else _response_422
            )

        return response_422

    if response.status_code == 429:
        _response_429 = response.json()
        response_429: GetAppointmentSlotsResponse
        if _response_429 is UNSET or _response_429 is None:
            response_429 = UNSET
        else:
            response_429 = (
                GetAppointmentSlotsResponse.from_dict(_response_429)
                if isinstance(_response_429, dict)
                else _response_429
            )

        return response_429

    if response.status_code == 500:
        _response_500 = response.json()
        response_500: GetAppointmentSlotsResponse
        if _response_500 is UNSET or _response_500 is None:
            response_500 = UNSET
        else:
            response_500 = (
                GetAppointmentSlotsResponse.from_dict(_response_500)
                if isinstance(_response_500, dict)
                else _response_500
            )

        return response_500

    if response.status_code == 503:
        _response_503 = response.json()
        response_503: GetAppointmentSlotsResponse
        if _response_503 is UNSET or _response_503 is None:
            response_503 = UNSET
        else:
            response_503 = (
                GetAppointmentSlotsResponse.from_dict(_response_503)
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
) -> Response[GetAppointmentSlotsResponse]:
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
    marketplace_ids: list[str],
    start_time: datetime.datetime | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
) -> Response[GetAppointmentSlotsResponse]:
    """Find the appointment slots open for a service job (the operation id keeps the upstream spelling).

    Args:
        service_job_id (str):
        marketplace_ids (list[str]):
        start_time (datetime.datetime | Unset):
        end_time (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetAppointmentSlotsResponse]
    """

    kwargs = _get_kwargs(
        service_job_id=service_job_id,
        marketplace_ids=marketplace_ids,
        start_time=start_time,
        end_time=end_time,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    service_job_id: str,
    *,
    client: AuthenticatedClient | Client,
    marketplace_ids: list[str],
    start_time: datetime.datetime | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
) -> GetAppointmentSlotsResponse | None:
    """Find the appointment slots open for a service job (the operation id keeps the upstream spelling).

    Args:
        service_job_id (str):
        marketplace_ids (list[str]):
        start_time (datetime.datetime | Unset):
        end_time (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetAppointmentSlotsResponse
    """

    return sync_detailed(
        service_job_id=service_job_id,
        client=client,
        marketplace_ids=marketplace_ids,
        start_time=start_time,
        end_time=end_time,
    ).parsed


async def asyncio_detailed(
    service_job_id: str,
    *,
    client: AuthenticatedClient | Client,
    marketplace_ids: list[str],
    start_time: datetime.datetime | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
) -> Response[GetAppointmentSlotsResponse]:
    """Find the appointment slots open for a service job (the operation id keeps the upstream spelling).

    Args:
        service_job_id (str):
        marketplace_ids (list[str]):
        start_time (datetime.datetime | Unset):
        end_time (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetAppointmentSlotsResponse]
    """

    kwargs = _get_kwargs(
        service_job_id=service_job_id,
        marketplace_ids=marketplace_ids,
        start_time=start_time,
        end_time=end_time,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    service_job_id: str,
    *,
    client: AuthenticatedClient | Client,
    marketplace_ids: list[str],
    start_time: datetime.datetime | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
) -> GetAppointmentSlotsResponse | None:
    """Find the appointment slots open for a service job (the operation id keeps the upstream spelling).

    Args:
        service_job_id (str):
        marketplace_ids (list[str]):
        start_time (datetime.datetime | Unset):
        end_time (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetAppointmentSlotsResponse
    """

    return (
        await asyncio_detailed(
            service_job_id=service_job_id,
            client=client,
            marketplace_ids=marketplace_ids,
            start_time=start_time,
            end_time=end_time,
        )
    ).parsed

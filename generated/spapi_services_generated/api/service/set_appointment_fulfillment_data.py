from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.set_appointment_fulfillment_data_request import SetAppointmentFulfillmentDataRequest
from ...types import UNSET, Response, status_code_of


def _get_kwargs(
    service_job_id: str,
    appointment_id: str,
    *,
    body: SetAppointmentFulfillmentDataRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/service/v1/serviceJobs/{service_job_id}/appointments/{appointment_id}/fulfillment".format(
            service_job_id=quote(str(service_job_id), safe=""),
            appointment_id=quote(str(appointment_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict() if hasattr(body, "to_dict") else body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | list[Error] | None:
    try:
        return _parse_known_response(client=client, response=response)
    except (ValueError, KeyError, TypeError, AttributeError):
        return None


def _parse_known_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | list[Error] | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 400:
        _response_400 = response.json()
        response_400: list[Error]
        if isinstance(_response_400, list):
            response_400 = [
                (
                    Error.from_dict(componentsschemas_error_list_item_data)
                    if isinstance(componentsschemas_error_list_item_data, dict)
                    else componentsschemas_error_list_item_data
                )
                for componentsschemas_error_list_item_data in _response_400
                if componentsschemas_error_list_item_data is not None
            ]
        elif _response_400 is None:
            response_400 = UNSET
        else:
            response_400 = _response_400

        return response_400

    if response.status_code == 403:
        _response_403 = response.json()
        response_403: list[Error]
        if isinstance(_response_403, list):
            response_403 = [
                (
                    Error.from_dict(componentsschemas_error_list_item_data)
                    if isinstance(componentsschemas_error_list_item_data, dict)
                    else componentsschemas_error_list_item_data
                )
                for componentsschemas_error_list_item_data in _response_403
                if componentsschemas_error_list_item_data is not None
            ]
        elif _response_403 is None:
            response_403 = UNSET
        else:
            response_403 = _response_403

        return response_403

    if response.status_code == 404:
        _response_404 = response.json()
        response_404: list[Error]
        if isinstance(_response_404, list):
            response_404 = [
                (
                    Error.from_dict(componentsschemas_error_list_item_data)
                    if isinstance(componentsschemas_error_list_item_data, dict)
                    else componentsschemas_error_list_item_data
                )
                for componentsschemas_error_list_item_data in _response_404
                if componentsschemas_error_list_item_data is not None
            ]
        elif _response_404 is None:
            response_404 = UNSET
        else:
            response_404 = _response_404

        return response_404

    if response.status_code == 413:
        _response_413 = response.json()
        response_413: list[Error]
        if isinstance(_response_413, list):
            response_413 = [
                (
                    Error.from_dict(componentsschemas_error_list_item_data)
                    if isinstance(componentsschemas_error_list_item_data, dict)
                    else componentsschemas_error_list_item_data
                )
                for componentsschemas_error_list_item_data in _response_413
                if componentsschemas_error_list_item_data is not None
            ]
        elif _response_413 is None:
            response_413 = UNSET
        else:
            response_413 = _response_413

        return response_413

    if response.status_code == 415:
        _response_415 = response.json()
        response_415: list[Error]
        if isinstance(_response_415, list):
            response_415 = [
                (
                    Error.from_dict(componentsschemas_error_list_item_data)
                    if isinstance(componentsschemas_error_list_item_data, dict)
                    else componentsschemas_error_list_item_data
                )
                for componentsschemas_error_list_item_data in _response_415
                if componentsschemas_error_list_item_data is not None
            ]
        elif _response_415 is None:
            response_415 = UNSET
        else:
            response_415 = _response_415

        return response_415

    if response.status_code == 422:
        _response_422 = response.json()
        response_422: list[Error]
        if isinstance(_response_422, list):
            response_422 = [
                (
                    Error.from_dict(componentsschemas_error_list_item_data)
                    if isinstance(componentsschemas_error_list_item_data, dict)
                    else componentsschemas_error_list_item_data
                )
                for componentsschemas_error_list_item_data in _response_422
                if componentsschemas_error_list_item_data is not None
            ]
        elif _response_422 is None:
            response_422 = UNSET
        else:
            response_422 = _response_422

        return response_422

    if response.status_code == 429:
        _response_429 = response.json()
        response_429: list[Error]
        if isinstance(_response_429, list):
            response_429 = [
                (
                    Error.from_dict(componentsschemas_error_list_item_data)
                    if isinstance(componentsschemas_error_list_item_data, dict)
                    else componentsschemas_error_list_item_data
                )
                for componentsschemas_error_list_item_data in _response_429
                if componentsschemas_error_list_item_data is not None
            ]
        elif _response_429 is None:
            response_429 = UNSET
        else:
            response_429 = _response_429

        return response_429

    if response.status_code == 500:
        _response_500 = response.json()
        response_500: list[Error]
        if isinstance(_response_500, list):
            response_500 = [
                (
                    Error.from_dict(componentsschemas_error_list_item_data)
                    if isinstance(componentsschemas_error_list_item_data, dict)
                    else componentsschemas_error_list_item_data
                )
                for componentsschemas_error_list_item_data in _response_500
                if componentsschemas_error_list_item_data is not None
            ]
        elif _response_500 is None:
            response_500 = UNSET
        else:
            response_500 = _response_500

        return response_500

    if response.status_code == 503:
        _response_503 = response.json()
        response_503: list[Error]
        if isinstance(_response_503, list):
            response_503 = [
                (
                    Error.from_dict(componentsschemas_error_list_item_data)
                    if isinstance(componentsschemas_error_list_item_data, dict)
                    else componentsschemas_error_list_item_data
                )
                for componentsschemas_error_list_item_data in _response_503
                if componentsschemas_error_list_item_data is not None
            ]
        elif _response_503 is None:
            response_503 = UNSET
        else:
            response_503 = _response_503

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | list[Error]]:
    return Response(
        status_code=status_code_of(response.status_code),  # spapi: odd codes kept as int
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    service_job_id: str,
    appointment_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SetAppointmentFulfillmentDataRequest,
) -> Response[Any | list[Error]]:
    """Record how an appointment was fulfilled: times, technicians and proof-of-appointment documents.

    Args:
        service_job_id (str):
        appointment_id (str):
        body (SetAppointmentFulfillmentDataRequest): Body recording how an appointment was carried
            out: arrival estimate, actual times, resources and proof documents. Send only the parts
            you have.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | list[Error]]
    """

    kwargs = _get_kwargs(
        service_job_id=service_job_id,
        appointment_id=appointment_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    service_job_id: str,
    appointment_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SetAppointmentFulfillmentDataRequest,
) -> Any | list[Error] | None:
    """Record how an appointment was fulfilled: times, technicians and proof-of-appointment documents.

    Args:
        service_job_id (str):
        appointment_id (str):
        body (SetAppointmentFulfillmentDataRequest): Body recording how an appointment was carried
            out: arrival estimate, actual times, resources and proof documents. Send only the parts
            you have.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | list[Error]
    """

    return sync_detailed(
        service_job_id=service_job_id,
        appointment_id=appointment_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    service_job_id: str,
    appointment_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SetAppointmentFulfillmentDataRequest,
) -> Response[Any | list[Error]]:
    """Record how an appointment was fulfilled: times, technicians and proof-of-appointment documents.

    Args:
        service_job_id (str):
        appointment_id (str):
        body (SetAppointmentFulfillmentDataRequest): Body recording how an appointment was carried
            out: arrival estimate, actual times, resources and proof documents. Send only the parts
            you have.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | list[Error]]
    """

    kwargs = _get_kwargs(
        service_job_id=service_job_id,
        appointment_id=appointment_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    service_job_id: str,
    appointment_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SetAppointmentFulfillmentDataRequest,
) -> Any | list[Error] | None:
    """Record how an appointment was fulfilled: times, technicians and proof-of-appointment documents.

    Args:
        service_job_id (str):
        appointment_id (str):
        body (SetAppointmentFulfillmentDataRequest): Body recording how an appointment was carried
            out: arrival estimate, actual times, resources and proof documents. Send only the parts
            you have.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | list[Error]
    """

    return (
        await asyncio_detailed(
            service_job_id=service_job_id,
            appointment_id=appointment_id,
            client=client,
            body=body,
        )
    ).parsed

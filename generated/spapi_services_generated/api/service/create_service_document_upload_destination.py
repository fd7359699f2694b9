from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_service_document_upload_destination import (
    CreateServiceDocumentUploadDestination,
)
from ...models.service_upload_document import ServiceUploadDocument
from ...types import Response, status_code_of


def _get_kwargs(
    *,
    body: ServiceUploadDocument,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/service/v1/documents",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateServiceDocumentUploadDestination | None:
    try:
        return _parse_known_response(client=client, response=response)
    except (ValueError, KeyError, TypeError, AttributeError):
        return None


def _parse_known_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateServiceDocumentUploadDestination | None:
    if response.status_code == 200:
        response_200 = CreateServiceDocumentUploadDestination.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = CreateServiceDocumentUploadDestination.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = CreateServiceDocumentUploadDestination.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = CreateServiceDocumentUploadDestination.from_dict(response.json())

        return response_404

    if response.status_code == 413:
        response_413 = CreateServiceDocumentUploadDestination.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = CreateServiceDocumentUploadDestination.from_dict(response.json())

        return response_415

    if response.status_code == 422:
        response_422 = CreateServiceDocumentUploadDestination.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = CreateServiceDocumentUploadDestination.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = CreateServiceDocumentUploadDestination.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = CreateServiceDocumentUploadDestination.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateServiceDocumentUploadDestination]:
    return Response(
        status_code=status_code_of(response.status_code),  # spapi: odd codes kept as int
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ServiceUploadDocument,
) -> Response[CreateServiceDocumentUploadDestination]:
    """Get an encrypted upload destination for a proof-of-appointment document.

    Args:
        body (ServiceUploadDocument): Describes a file before it is uploaded: its type, size in
            bytes and MD5 digest.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateServiceDocumentUploadDestination]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ServiceUploadDocument,
) -> CreateServiceDocumentUploadDestination | None:
    """Get an encrypted upload destination for a proof-of-appointment document.

    Args:
        body (ServiceUploadDocument): Describes a file before it is uploaded: its type, size in
            bytes and MD5 digest.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateServiceDocumentUploadDestination
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ServiceUploadDocument,
) -> Response[CreateServiceDocumentUploadDestination]:
    """Get an encrypted upload destination for a proof-of-appointment document.

    Args:
        body (ServiceUploadDocument): Describes a file before it is uploaded: its type, size in
            bytes and MD5 digest.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateServiceDocumentUploadDestination]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ServiceUploadDocument,
) -> CreateServiceDocumentUploadDestination | None:
    """Get an encrypted upload destination for a proof-of-appointment document.

    Args:
        body (ServiceUploadDocument): Describes a file before it is uploaded: its type, size in
            bytes and MD5 digest.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateServiceDocumentUploadDestination
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed

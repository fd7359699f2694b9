import datetime
from typing import Any

import httpx

from ... import errors, types
from ...client import AuthenticatedClient, Client
from ...models.get_service_jobs_response import GetServiceJobsResponse
from ...models.get_service_jobs_service_job_status_item import GetServiceJobsServiceJobStatusItem
from ...models.get_service_jobs_sort_field import GetServiceJobsSortField
from ...models.get_service_jobs_sort_order import GetServiceJobsSortOrder
from ...types import UNSET, Response, Unset, status_code_of


def _get_kwargs(
    *,
    service_order_ids: list[str] | Unset = UNSET,
    product_order_ids: list[str] | Unset = UNSET,
    tracking_ids: list[str] | Unset = UNSET,
    service_job_status: list[GetServiceJobsServiceJobStatusItem] | Unset = UNSET,
    page_token: str | Unset = UNSET,
    page_size: int | Unset = 20,
    sort_field: GetServiceJobsSortField | Unset = UNSET,
    sort_order: GetServiceJobsSortOrder | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    last_updated_after: datetime.datetime | Unset = UNSET,
    last_updated_before: datetime.datetime | Unset = UNSET,
    schedule_start_date: datetime.datetime | Unset = UNSET,
    schedule_end_date: datetime.datetime | Unset = UNSET,
    marketplace_ids: list[str],
    asins: list[str] | Unset = UNSET,
    required_skills: list[str] | Unset = UNSET,
    store_ids: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_service_order_ids: list[str] | Unset = UNSET
    if not isinstance(service_order_ids, Unset):
        json_service_order_ids = service_order_ids

    params["serviceOrderIds"] = json_service_order_ids

    json_product_order_ids: list[str] | Unset = UNSET
    if not isinstance(product_order_ids, Unset):
        json_product_order_ids = product_order_ids

    params["productOrderIds"] = json_product_order_ids

    json_tracking_ids: list[str] | Unset = UNSET
    if not isinstance(tracking_ids, Unset):
        json_tracking_ids = tracking_ids

    params["trackingIds"] = json_tracking_ids

    json_service_job_status: list[str] | Unset = UNSET
    if not isinstance(service_job_status, Unset):
        if isinstance(service_job_status, list):
            json_service_job_status = []
            for service_job_status_item_data in service_job_status:
                service_job_status_item = service_job_status_item_data.value
                json_service_job_status.append(service_job_status_item)
        else:
            json_service_job_status = service_job_status

    params["serviceJobStatus"] = json_service_job_status

    params["pageToken"] = page_token

    params["pageSize"] = page_size

    json_sort_field: str | Unset = UNSET
    if not isinstance(sort_field, Unset):
        json_sort_field = sort_field.value

    params["sortField"] = json_sort_field

    json_sort_order: str | Unset = UNSET
    if not isinstance(sort_order, Unset):
        json_sort_order = sort_order.value

    params["sortOrder"] = json_sort_order

    json_created_after: str | Unset = UNSET
    if not isinstance(created_after, Unset):
        json_created_after = types.format_datetime(created_after)
    params["createdAfter"] = json_created_after

    json_created_before: str | Unset = UNSET
    if not isinstance(created_before, Unset):
        json_created_before = types.format_datetime(created_before)
    params["createdBefore"] = json_created_before

    json_last_updated_after: str | Unset = UNSET
    if not isinstance(last_updated_after, Unset):
        json_last_updated_after = types.format_datetime(last_updated_after)
    params["lastUpdatedAfter"] = json_last_updated_after

    json_last_updated_before: str | Unset = UNSET
    if not isinstance(last_updated_before, Unset):
        json_last_updated_before = types.format_datetime(last_updated_before)
    params["lastUpdatedBefore"] = json_last_updated_before

    json_schedule_start_date: str | Unset = UNSET
    if not isinstance(schedule_start_date, Unset):
        json_schedule_start_date = types.format_datetime(schedule_start_date)
    params["scheduleStartDate"] = json_schedule_start_date

    json_schedule_end_date: str | Unset = UNSET
    if not isinstance(schedule_end_date, Unset):
        json_schedule_end_date = types.format_datetime(schedule_end_date)
    params["scheduleEndDate"] = json_schedule_end_date

    json_marketplace_ids = marketplace_ids

    params["marketplaceIds"] = json_marketplace_ids

    json_asins: list[str] | Unset = UNSET
    if not isinstance(asins, Unset):
        json_asins = asins

    params["asins"] = json_asins

    json_required_skills: list[str] | Unset = UNSET
    if not isinstance(required_skills, Unset):
        json_required_skills = required_skills

    params["requiredSkills"] = json_required_skills

    json_store_ids: list[str] | Unset = UNSET
    if not isinstance(store_ids, Unset):
        json_store_ids = store_ids

    params["storeIds"] = json_store_ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    if isinstance(params.get("serviceOrderIds"), list):
        params["serviceOrderIds"] = ",".join(str(v) for v in params["serviceOrderIds"])
    if isinstance(params.get("productOrderIds"), list):
        params["productOrderIds"] = ",".join(str(v) for v in params["productOrderIds"])
    if isinstance(params.get("trackingIds"), list):
        params["trackingIds"] = ",".join(str(v) for v in params["trackingIds"])
    if isinstance(params.get("serviceJobStatus"), list):
        params["serviceJobStatus"] = ",".join(str(v) for v in params["serviceJobStatus"])
    if isinstance(params.get("marketplaceIds"), list):
        params["marketplaceIds"] = ",".join(str(v) for v in params["marketplaceIds"])
    if isinstance(params.get("asins"), list):
        params["asins"] = ",".join(str(v) for v in params["asins"])
    if isinstance(params.get("requiredSkills"), list):
        params["requiredSkills"] = ",".join(str(v) for v in params["requiredSkills"])
    if isinstance(params.get("storeIds"), list):
        params["storeIds"] = ",".join(str(v) for v in params["storeIds"])

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/service/v1/serviceJobs",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetServiceJobsResponse | None:
    try:
        return _parse_known_response(client=client, response=response)
    except (ValueError, KeyError, TypeError, AttributeError):
        return None


def _parse_known_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetServiceJobsResponse | None:
    if response.status_code == 200:
        _response_200 = response.json()
        response_200: GetServiceJobsResponse
        if _response_200 is UNSET or _response_200 is None:
            response_200 = UNSET
        else:
            response_200 = (
                GetServiceJobsResponse.from_dict(_response_200)
                if isinstance(_response_200, dict)
                else _response_200
            )

        return response_200

    if response.status_code == 400:
        _response_400 = response.json()
        response_400: GetServiceJobsResponse
        if _response_400 is UNSET or _response_400 is None:
            response_400 = UNSET
        else:
            response_400 = (
                GetServiceJobsResponse.from_dict(_response_400)
                if isinstance(_response_400, dict)
                else _response_400
            )

        return response_400

    if response.status_code == 403:
        _response_403 = response.json()
        response_403: GetServiceJobsResponse
        if _response_403 is UNSET or _response_403 is None:
            response_403 = UNSET
        else:
            response_403 = (
                GetServiceJobsResponse.from_dict(_response_403)
                if isinstance(_response_403, dict)
                else _response_403
            )

        return response_403

    if response.status_code == 404:
        _response_404 = response.json()
        response_404: GetServiceJobsResponse
        if _response_404 is UNSET or _response_404 is None:
            response_404 = UNSET
        else:
            response_404 = (
                GetServiceJobsResponse.from_dict(_response_404)
                if isinstance(_response_404, dict)
                else _response_404
            )

        return response_404

    if response.status_code == 413:
        _response_413 = response.json()
        response_413: GetServiceJobsResponse
        if _response_413 is UNSET or _response_413 is None:
            response_413 = UNSET
        else:
            response_413 = (
                GetServiceJobsResponse.from_dict(_response_413)
                if isinstance(_response_413, dict)
                else _response_413
            )

        return response_413

    if response.status_code == 415:
        _response_415 = response.json()
        response_415: GetServiceJobsResponse
        if _response_415 is UNSET or _response_415 is None:
            response_415 = UNSET
        else:
            response_415 = (
                GetServiceJobsResponse.from_dict(_response_415)
                if isinstance(_response_415, dict)
                else _response_415
            )

        return response_415

    if response.status_code == 429:
        _response_429 = response.json()
        response_429: GetServiceJobsResponse
        if _response_429 is UNSET or _response_429 is None:
            response_429 = UNSET
        else:
            response_429 = (
                GetServiceJobsResponse.from_dict(_response_429)
                if isinstance(_response_429, dict)
                else _response_429
            )

        return response_429

    if response.status_code == 500:
        _response_500 = response.json()
        response_500: GetServiceJobsResponse
        if _response_500 is UNSET or _response_500 is None:
            response_500 = UNSET
        else:
            response_500 = (
                GetServiceJobsResponse.from_dict(_response_500)
                if isinstance(_response_500, dict)
                else _response_500
            )

        return response_500

    if response.status_code == 503:
        _response_503 = response.json()
        response_503: GetServiceJobsResponse
        if _response_503 is UNSET or _response_503 is None:
            response_503 = UNSET
        else:
            response_503 = (
                GetServiceJobsResponse.from_dict(_response_503)
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
) -> Response[GetServiceJobsResponse]:
    return Response(
        status_code=status_code_of(response.status_code),  # spapi: odd codes kept as int
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    service_order_ids: list[str] | Unset = UNSET,
    product_order_ids: list[str] | Unset = UNSET,
    tracking_ids: list[str] | Unset = UNSET,
    service_job_status: list[GetServiceJobsServiceJobStatusItem] | Unset = UNSET,
    page_token: str | Unset = UNSET,
    page_size: int | Unset = 20,
    sort_field: GetServiceJobsSortField | Unset = UNSET,
    sort_order: GetServiceJobsSortOrder | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    last_updated_after: datetime.datetime | Unset = UNSET,
    last_updated_before: datetime.datetime | Unset = UNSET,
    schedule_start_date: datetime.datetime | Unset = UNSET,
    schedule_end_date: datetime.datetime | Unset = UNSET,
    marketplace_ids: list[str],
    asins: list[str] | Unset = UNSET,
    required_skills: list[str] | Unset = UNSET,
    store_ids: list[str] | Unset = UNSET,
) -> Response[GetServiceJobsResponse]:
    """List service jobs that match the filters, one page at a time.

    Args:
        service_order_ids (list[str] | Unset):
        product_order_ids (list[str] | Unset):
        tracking_ids (list[str] | Unset):
        service_job_status (list[GetServiceJobsServiceJobStatusItem] | Unset):
        page_token (str | Unset):
        page_size (int | Unset):  Default: 20.
        sort_field (GetServiceJobsSortField | Unset):
        sort_order (GetServiceJobsSortOrder | Unset):
        created_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        last_updated_after (datetime.datetime | Unset):
        last_updated_before (datetime.datetime | Unset):
        schedule_start_date (datetime.datetime | Unset):
        schedule_end_date (datetime.datetime | Unset):
        marketplace_ids (list[str]):
        asins (list[str] | Unset):
        required_skills (list[str] | Unset):
        store_ids (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetServiceJobsResponse]
    """

    kwargs = _get_kwargs(
        service_order_ids=service_order_ids,
        product_order_ids=product_order_ids,
        tracking_ids=tracking_ids,
        service_job_status=service_job_status,
        page_token=page_token,
        page_size=page_size,
        sort_field=sort_field,
        sort_order=sort_order,
        created_after=created_after,
        created_before=created_before,
        last_updated_after=last_updated_after,
        last_updated_before=last_updated_before,
        schedule_start_date=schedule_start_date,
        schedule_end_date=schedule_end_date,
        marketplace_ids=marketplace_ids,
        asins=asins,
        required_skills=required_skills,
        store_ids=store_ids,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    service_order_ids: list[str] | Unset = UNSET,
    product_order_ids: list[str] | Unset = UNSET,
    tracking_ids: list[str] | Unset = UNSET,
    service_job_status: list[GetServiceJobsServiceJobStatusItem] | Unset = UNSET,
    page_token: str | Unset = UNSET,
    page_size: int | Unset = 20,
    sort_field: GetServiceJobsSortField | Unset = UNSET,
    sort_order: GetServiceJobsSortOrder | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    last_updated_after: datetime.datetime | Unset = UNSET,
    last_updated_before: datetime.datetime | Unset = UNSET,
    schedule_start_date: datetime.datetime | Unset = UNSET,
    schedule_end_date: datetime.datetime | Unset = UNSET,
    marketplace_ids: list[str],
    asins: list[str] | Unset = UNSET,
    required_skills: list[str] | Unset = UNSET,
    store_ids: list[str] | Unset = UNSET,
) -> GetServiceJobsResponse | None:
    """List service jobs that match the filters, one page at a time.

    Args:
        service_order_ids (list[str] | Unset):
        product_order_ids (list[str] | Unset):
        tracking_ids (list[str] | Unset):
        service_job_status (list[GetServiceJobsServiceJobStatusItem] | Unset):
        page_token (str | Unset):
        page_size (int | Unset):  Default: 20.
        sort_field (GetServiceJobsSortField | Unset):
        sort_order (GetServiceJobsSortOrder | Unset):
        created_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        last_updated_after (datetime.datetime | Unset):
        last_updated_before (datetime.datetime | Unset):
        schedule_start_date (datetime.datetime | Unset):
        schedule_end_date (datetime.datetime | Unset):
        marketplace_ids (list[str]):
        asins (list[str] | Unset):
        required_skills (list[str] | Unset):
        store_ids (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetServiceJobsResponse
    """

    return sync_detailed(
        client=client,
        service_order_ids=service_order_ids,
        product_order_ids=product_order_ids,
        tracking_ids=tracking_ids,
        service_job_status=service_job_status,
        page_token=page_token,
        page_size=page_size,
        sort_field=sort_field,
        sort_order=sort_order,
        created_after=created_after,
        created_before=created_before,
        last_updated_after=last_updated_after,
        last_updated_before=last_updated_before,
        schedule_start_date=schedule_start_date,
        schedule_end_date=schedule_end_date,
        marketplace_ids=marketplace_ids,
        asins=asins,
        required_skills=required_skills,
        store_ids=store_ids,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    service_order_ids: list[str] | Unset = UNSET,
    product_order_ids: list[str] | Unset = UNSET,
    tracking_ids: list[str] | Unset = UNSET,
    service_job_status: list[GetServiceJobsServiceJobStatusItem] | Unset = UNSET,
    page_token: str | Unset = UNSET,
    page_size: int | Unset = 20,
    sort_field: GetServiceJobsSortField | Unset = UNSET,
    sort_order: GetServiceJobsSortOrder | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    last_updated_after: datetime.datetime | Unset = UNSET,
    last_updated_before: datetime.datetime | Unset = UNSET,
    schedule_start_date: datetime.datetime | Unset = UNSET,
    schedule_end_date: datetime.datetime | Unset = UNSET,
    marketplace_ids: list[str],
    asins: list[str] | Unset = UNSET,
    required_skills: list[str] | Unset = UNSET,
    store_ids: list[str] | Unset = UNSET,
) -> Response[GetServiceJobsResponse]:
    """List service jobs that match the filters, one page at a time.

    Args:
        service_order_ids (list[str] | Unset):
        product_order_ids (list[str] | Unset):
        tracking_ids (list[str] | Unset):
        service_job_status (list[GetServiceJobsServiceJobStatusItem] | Unset):
        page_token (str | Unset):
        page_size (int | Unset):  Default: 20.
        sort_field (GetServiceJobsSortField | Unset):
        sort_order (GetServiceJobsSortOrder | Unset):
        created_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        last_updated_after (datetime.datetime | Unset):
        last_updated_before (datetime.datetime | Unset):
        schedule_start_date (datetime.datetime | Unset):
        schedule_end_date (datetime.datetime | Unset):
        marketplace_ids (list[str]):
        asins (list[str] | Unset):
        required_skills (list[str] | Unset):
        store_ids (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetServiceJobsResponse]
    """

    kwargs = _get_kwargs(
        service_order_ids=service_order_ids,
        product_order_ids=product_order_ids,
        tracking_ids=tracking_ids,
        service_job_status=service_job_status,
        page_token=page_token,
        page_size=page_size,
        sort_field=sort_field,
        sort_order=sort_order,
        created_after=created_after,
        created_before=created_before,
        last_updated_after=last_updated_after,
        last_updated_before=last_updated_before,
        schedule_start_date=schedule_start_date,
        schedule_end_date=schedule_end_date,
        marketplace_ids=marketplace_ids,
        asins=asins,
        required_skills=required_skills,
        store_ids=store_ids,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    service_order_ids: list[str] | Unset = UNSET,
    product_order_ids: list[str] | Unset = UNSET,
    tracking_ids: list[str] | Unset = UNSET,
    service_job_status: list[GetServiceJobsServiceJobStatusItem] | Unset = UNSET,
    page_token: str | Unset = UNSET,
    page_size: int | Unset = 20,
    sort_field: GetServiceJobsSortField | Unset = UNSET,
    sort_order: GetServiceJobsSortOrder | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    last_updated_after: datetime.datetime | Unset = UNSET,
    last_updated_before: datetime.datetime | Unset = UNSET,
    schedule_start_date: datetime.datetime | Unset = UNSET,
    schedule_end_date: datetime.datetime | Unset = UNSET,
    marketplace_ids: list[str],
    asins: list[str] | Unset = UNSET,
    required_skills: list[str] | Unset = UNSET,
    store_ids: list[str] | Unset = UNSET,
) -> GetServiceJobsResponse | None:
    """List service jobs that match the filters, one page at a time.

    Args:
        service_order_ids (list[str] | Unset):
        product_order_ids (list[str] | Unset):
        tracking_ids (list[str] | Unset):
        service_job_status (list[GetServiceJobsServiceJobStatusItem] | Unset):
        page_token (str | Unset):
        page_size (int | Unset):  Default: 20.
        sort_field (GetServiceJobsSortField | Unset):
        sort_order (GetServiceJobsSortOrder | Unset):
        created_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        last_updated_after (datetime.datetime | Unset):
        last_updated_before (datetime.datetime | Unset):
        schedule_start_date (datetime.datetime | Unset):
        schedule_end_date (datetime.datetime | Unset):
        marketplace_ids (list[str]):
        asins (list[str] | Unset):
        required_skills (list[str] | Unset):
        store_ids (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetServiceJobsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            service_order_ids=service_order_ids,
            product_order_ids=product_order_ids,
            tracking_ids=tracking_ids,
            service_job_status=service_job_status,
            page_token=page_token,
            page_size=page_size,
            sort_field=sort_field,
            sort_order=sort_order,
            created_after=created_after,
            created_before=created_before,
            last_updated_after=last_updated_after,
            last_updated_before=last_updated_before,
            schedule_start_date=schedule_start_date,
            schedule_end_date=schedule_end_date,
            marketplace_ids=marketplace_ids,
            asins=asins,
            required_skills=required_skills,
            store_ids=store_ids,
        )
    ).parsed

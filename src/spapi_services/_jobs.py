"""Service jobs, appointments, fulfillment and documents: half of ServicesClient."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from spapi_services_generated.api.service import (
    add_appointment_for_service_job_by_service_job_id as _add_appointment,
)
from spapi_services_generated.api.service import (
    assign_appointment_resources as _assign_resources,
)
from spapi_services_generated.api.service import (
    cancel_service_job_by_service_job_id as _cancel_job,
)
from spapi_services_generated.api.service import (
    complete_service_job_by_service_job_id as _complete_job,
)
from spapi_services_generated.api.service import (
    create_service_document_upload_destination as _create_destination,
)
from spapi_services_generated.api.service import get_service_job_by_service_job_id as _get_job
from spapi_services_generated.api.service import get_service_jobs as _get_jobs
from spapi_services_generated.api.service import (
    reschedule_appointment_for_service_job_by_service_job_id as _reschedule,
)
from spapi_services_generated.api.service import (
    set_appointment_fulfillment_data as _set_fulfillment,
)
from spapi_services_generated.models import (
    AddAppointmentRequest,
    AssignAppointmentResourcesRequest,
    AssignAppointmentResourcesResponse,
    CreateServiceDocumentUploadDestination,
    DateTimeRange,
    FulfillmentTime,
    GetServiceJobByServiceJobIdResponse,
    GetServiceJobsResponse,
    GetServiceJobsServiceJobStatusItem,
    GetServiceJobsSortField,
    GetServiceJobsSortOrder,
    JobListing,
    RescheduleAppointmentRequest,
    ServiceDocumentUploadDestination,
    ServiceJob,
    ServiceUploadDocument,
    ServiceUploadDocumentContentType,
    SetAppointmentFulfillmentDataRequest,
    SetAppointmentResponse,
    Warning_,
)

from . import documents as _documents
from . import reason_codes, validation
from ._base import BaseClient
from ._convert import (
    _MD5_PATTERN,
    MAX_CONTENT_BYTES,
    _appointment_time,
    _Attached,
    _check_order,
    _check_past,
    _Content,
    _Docs,
    _document_list,
    _enum,
    _enum_list,
    _fulfillment_document,
    _log_warnings,
    _opt,
    _opt_list,
    _read_documents,
    _resources,
)
from .errors import ValidationError
from .pagination import Items, Pages

__all__ = ["JobOperations"]

logger = logging.getLogger("spapi_services")


class JobOperations(BaseClient):
    """The service-job, appointment and document operations of :class:`ServicesClient`."""

    # -- service jobs --------------------------------------------------------------------

    async def get_service_jobs(
        self,
        *,
        marketplace_id: str | None = None,
        created_after: datetime | None = None,
        created_before: datetime | None = None,
        last_updated_after: datetime | None = None,
        last_updated_before: datetime | None = None,
        schedule_start_date: datetime | None = None,
        schedule_end_date: datetime | None = None,
        statuses: Sequence[str] | None = None,
        service_order_ids: Sequence[str] | None = None,
        product_order_ids: Sequence[str] | None = None,
        tracking_ids: Sequence[str] | None = None,
        asins: Sequence[str] | None = None,
        required_skills: Sequence[str] | None = None,
        store_ids: Sequence[str] | None = None,
        sort_field: str | None = None,
        sort_order: str | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
    ) -> JobListing:
        """One page of the service jobs matching the filters (getServiceJobs).

        Exactly one of ``created_after`` and ``last_updated_after`` is required. See
        :meth:`iter_service_jobs` to walk every page.
        """
        marketplaces = self._marketplaces(marketplace_id)
        validation.check_service_jobs_query(
            marketplace_ids=marketplaces,
            created_after=created_after,
            created_before=created_before,
            last_updated_after=last_updated_after,
            last_updated_before=last_updated_before,
            schedule_start_date=schedule_start_date,
            schedule_end_date=schedule_end_date,
            page_size=page_size,
            service_order_ids=service_order_ids,
            product_order_ids=product_order_ids,
            tracking_ids=tracking_ids,
            asins=asins,
            required_skills=required_skills,
            store_ids=store_ids,
        )
        reply = await self._call(
            "getServiceJobs",
            _get_jobs.asyncio_detailed,
            marketplace_ids=marketplaces,
            created_after=_opt(created_after),
            created_before=_opt(created_before),
            last_updated_after=_opt(last_updated_after),
            last_updated_before=_opt(last_updated_before),
            schedule_start_date=_opt(schedule_start_date),
            schedule_end_date=_opt(schedule_end_date),
            service_job_status=_enum_list("statuses", statuses, GetServiceJobsServiceJobStatusItem),
            service_order_ids=_opt_list(service_order_ids),
            product_order_ids=_opt_list(product_order_ids),
            tracking_ids=_opt_list(tracking_ids),
            asins=_opt_list(asins),
            required_skills=_opt_list(required_skills),
            store_ids=_opt_list(store_ids),
            sort_field=_enum("sort_field", sort_field, GetServiceJobsSortField),
            sort_order=_enum("sort_order", sort_order, GetServiceJobsSortOrder),
            page_size=_opt(page_size),
            page_token=_opt(page_token),
        )
        body = self._result(reply, GetServiceJobsResponse)
        return self._payload(reply, body.payload, JobListing, lambda: JobListing(jobs=[]))

    def iter_service_job_pages(
        self, *, max_pages: int | None = None, **filters: Any
    ) -> Pages[JobListing]:
        """Every page of :meth:`get_service_jobs` for the filters, following ``nextPageToken``.

        Each page is a ``JobListing`` with ``total_result_size``. Raises
        :class:`~spapi_services.errors.PaginationError` if the API repeats a token.
        """
        first = filters.pop("page_token", None)

        async def fetch(token: str | None) -> JobListing:
            return await self.get_service_jobs(page_token=token, **filters)

        return Pages(
            fetch,
            lambda page: page.next_page_token or None,
            operation="getServiceJobs",
            first_token=first,
            max_pages=max_pages,
        )

    def iter_service_jobs(
        self, *, max_pages: int | None = None, max_items: int | None = None, **filters: Any
    ) -> Items[JobListing, ServiceJob]:
        """Every job matching the filters of :meth:`get_service_jobs`, across pages."""
        pages = self.iter_service_job_pages(max_pages=max_pages, **filters)
        return Items(pages, lambda page: page.jobs or [], max_items=max_items)

    async def get_service_job(self, service_job_id: str) -> ServiceJob:
        """One service job (getServiceJobByServiceJobId)."""
        validation.check_service_job_id(service_job_id)
        reply = await self._call(
            "getServiceJobByServiceJobId", _get_job.asyncio_detailed, service_job_id
        )
        body = self._result(reply, GetServiceJobByServiceJobIdResponse)
        return self._payload(reply, body.payload, ServiceJob)

    async def complete_service_job(self, service_job_id: str) -> None:
        """Mark a service job as completed (completeServiceJobByServiceJobId)."""
        validation.check_service_job_id(service_job_id)
        reply = await self._call(
            "completeServiceJobByServiceJobId", _complete_job.asyncio_detailed, service_job_id
        )
        self._empty(reply)

    async def cancel_service_job(
        self,
        service_job_id: str,
        *,
        reason_code: str,
        job: ServiceJob | None = None,
        marketplace_id: str | None = None,
        service_type: str | None = None,
        validate_reason_code: bool | None = None,
    ) -> None:
        """Cancel a service job with a cancellation reason code (cancelServiceJobByServiceJobId).

        The code must match the spec (1-100 characters of ``A-Z``, ``0-9`` and ``_``). It is
        also checked against the guide's table for the job's marketplace and service type (from
        ``job``, or ``marketplace_id``/``service_type``, or the client's marketplace) and an
        invalid one raises :class:`~spapi_services.errors.InvalidReasonCodeError`.
        """
        validation.check_service_job_id(service_job_id)
        self._check_reason(
            reason_codes.check_cancellation_code,
            "cancellation_reason_code",
            reason_code,
            "reason_code",
            job,
            marketplace_id,
            service_type,
            validate_reason_code,
        )
        reply = await self._call(
            "cancelServiceJobByServiceJobId",
            _cancel_job.asyncio_detailed,
            service_job_id,
            cancellation_reason_code=reason_code,
        )
        self._empty(reply)

    # -- appointments --------------------------------------------------------------------

    async def add_appointment(
        self, service_job_id: str, *, start_time: datetime, duration_minutes: int | None = None
    ) -> SetAppointmentResponse:
        """Book an appointment (addAppointmentForServiceJobByServiceJobId).

        Returns the response with the new ``appointment_id`` and any ``warnings``.
        Never retried after an ambiguous failure: it creates an appointment.
        """
        validation.check_service_job_id(service_job_id)
        body = AddAppointmentRequest(
            appointment_time=_appointment_time(start_time, duration_minutes, sandbox=self.sandbox)
        )
        reply = await self._call(
            "addAppointmentForServiceJobByServiceJobId",
            _add_appointment.asyncio_detailed,
            service_job_id,
            body=body,
        )
        result = self._result(reply, SetAppointmentResponse)
        _log_warnings(reply.operation, result.warnings)
        return result

    async def reschedule_appointment(
        self,
        service_job_id: str,
        appointment_id: str,
        *,
        start_time: datetime,
        reason_code: str,
        duration_minutes: int | None = None,
        job: ServiceJob | None = None,
        marketplace_id: str | None = None,
        service_type: str | None = None,
        validate_reason_code: bool | None = None,
    ) -> SetAppointmentResponse:
        """Move an appointment (rescheduleAppointmentForServiceJobByServiceJobId).

        The reason code is validated like :meth:`cancel_service_job`'s. Returns the response
        with the replacing ``appointment_id`` and ``warnings`` (``RESOURCES_UNASSIGNED`` when
        the technicians were unassigned: assign them again).
        """
        validation.check_service_job_id(service_job_id)
        validation.check_appointment_id(appointment_id)
        self._check_reason(
            reason_codes.check_reschedule_code,
            "reschedule_reason_code",
            reason_code,
            "reason_code",
            job,
            marketplace_id,
            service_type,
            validate_reason_code,
        )
        body = RescheduleAppointmentRequest(
            appointment_time=_appointment_time(start_time, duration_minutes, sandbox=self.sandbox),
            reschedule_reason_code=reason_code,
        )
        reply = await self._call(
            "rescheduleAppointmentForServiceJobByServiceJobId",
            _reschedule.asyncio_detailed,
            service_job_id,
            appointment_id,
            body=body,
        )
        result = self._result(reply, SetAppointmentResponse)
        _log_warnings(reply.operation, result.warnings)
        return result

    async def assign_appointment_resources(
        self, service_job_id: str, appointment_id: str, *, resource_ids: Sequence[str]
    ) -> list[Warning_]:
        """Assign technicians to an appointment (assignAppointmentResources); returns warnings."""
        validation.check_service_job_id(service_job_id)
        validation.check_appointment_id(appointment_id)
        resources = _resources(resource_ids, "resource_ids", required=True)
        reply = await self._call(
            "assignAppointmentResources",
            _assign_resources.asyncio_detailed,
            service_job_id,
            appointment_id,
            body=AssignAppointmentResourcesRequest(resources=resources),
        )
        result = self._result(reply, AssignAppointmentResourcesResponse)
        return _log_warnings(reply.operation, getattr(result.payload, "warnings", None))

    async def set_appointment_fulfillment_data(
        self,
        service_job_id: str,
        appointment_id: str,
        *,
        fulfillment_start: datetime | None = None,
        fulfillment_end: datetime | None = None,
        estimated_arrival_start: datetime | None = None,
        estimated_arrival_end: datetime | None = None,
        resource_ids: Sequence[str] | None = None,
        documents: _Docs = (),
    ) -> None:
        """Record how an appointment was fulfilled (setAppointmentFulfillmentData).

        Give at least one of: the fulfillment time (both ``fulfillment_start`` and
        ``fulfillment_end``, both in the past), the estimated arrival (both ends), technicians,
        documents. ``documents`` takes what :meth:`upload_document` returns (or generated
        ``FulfillmentDocument`` models).
        """
        request = self._fulfillment_request(
            service_job_id,
            appointment_id,
            fulfillment_start=fulfillment_start,
            fulfillment_end=fulfillment_end,
            estimated_arrival_start=estimated_arrival_start,
            estimated_arrival_end=estimated_arrival_end,
            resource_ids=resource_ids,
            documents=_document_list(documents),
        )
        await self._send_fulfillment(service_job_id, appointment_id, request)

    def _fulfillment_request(
        self,
        service_job_id: str,
        appointment_id: str,
        *,
        fulfillment_start: datetime | None = None,
        fulfillment_end: datetime | None = None,
        estimated_arrival_start: datetime | None = None,
        estimated_arrival_end: datetime | None = None,
        resource_ids: Sequence[str] | None = None,
        documents: Sequence[_Attached] = (),
    ) -> SetAppointmentFulfillmentDataRequest:
        """Checks every argument of setAppointmentFulfillmentData and builds its body."""
        validation.check_service_job_id(service_job_id)
        validation.check_appointment_id(appointment_id)
        _check_order(
            fulfillment_start, fulfillment_end, "fulfillment_start", "fulfillment_end", both=True
        )
        _check_order(
            estimated_arrival_start,
            estimated_arrival_end,
            "estimated_arrival_start",
            "estimated_arrival_end",
            both=True,
        )
        if not self.sandbox:  # the API refuses a fulfillment that has not happened yet
            _check_past(fulfillment_start, "fulfillment_start")
            _check_past(fulfillment_end, "fulfillment_end")
        request = SetAppointmentFulfillmentDataRequest()
        if fulfillment_start is not None and fulfillment_end is not None:
            request.fulfillment_time = FulfillmentTime(
                start_time=fulfillment_start, end_time=fulfillment_end
            )
        if estimated_arrival_start is not None and estimated_arrival_end is not None:
            request.estimated_arrival_time = DateTimeRange(
                start_time=estimated_arrival_start, end_time=estimated_arrival_end
            )
        if resource_ids is not None:
            request.appointment_resources = _resources(resource_ids, "resource_ids")
        if documents:
            request.fulfillment_documents = [_fulfillment_document(d) for d in documents]
        if not any((fulfillment_start, estimated_arrival_start, resource_ids, documents)):
            raise ValidationError(
                "fulfillment_start",
                "nothing to record: no fulfillment artifacts given",
                allowed="fulfillment_start and fulfillment_end, estimated_arrival_start and "
                "estimated_arrival_end, resource_ids or documents",
            )
        return request

    async def _send_fulfillment(
        self,
        service_job_id: str,
        appointment_id: str,
        request: SetAppointmentFulfillmentDataRequest,
    ) -> None:
        reply = await self._call(
            "setAppointmentFulfillmentData",
            _set_fulfillment.asyncio_detailed,
            service_job_id,
            appointment_id,
            body=request,
        )
        self._empty(reply)

    async def close_appointment(
        self,
        service_job_id: str,
        appointment_id: str,
        *,
        fulfillment_start: datetime,
        fulfillment_end: datetime,
        resource_ids: Sequence[str] | None = None,
        documents: Sequence[_Attached | tuple[Any, str]] = (),
        complete_job: bool = False,
    ) -> list[_Attached]:
        """Set times, technicians and proof-of-appointment documents in one call.

        ``documents`` may mix uploaded documents and ``(content, content_type)`` pairs, which
        are uploaded first (see :meth:`upload_document`). Every argument, and every pair's type,
        size and file signature, is checked before the first request. With
        ``complete_job=True`` the job is then completed. Returns the documents attached.
        """
        for field, value in (
            ("fulfillment_start", fulfillment_start),
            ("fulfillment_end", fulfillment_end),
        ):
            validation.utc(value, field)  # both required here
        request = self._fulfillment_request(
            service_job_id,
            appointment_id,
            fulfillment_start=fulfillment_start,
            fulfillment_end=fulfillment_end,
            resource_ids=resource_ids,
        )
        attached: list[_Attached] = []
        for document in await _read_documents(documents):
            if isinstance(document, tuple):
                data, content_type = document
                document = await self.upload_document(data, content_type=content_type)
            attached.append(document)
        if attached:
            request.fulfillment_documents = [_fulfillment_document(d) for d in attached]
        await self._send_fulfillment(service_job_id, appointment_id, request)
        if complete_job:
            await self.complete_service_job(service_job_id)
        return attached

    # -- documents -----------------------------------------------------------------------

    async def create_document_upload_destination(
        self, *, content_type: str, content_length: int, content_md5: str | None = None
    ) -> ServiceDocumentUploadDestination:
        """An encrypted upload destination (createServiceDocumentUploadDestination).

        Most callers want :meth:`upload_document`, which does the whole flow.
        """
        kind = _enum("content_type", content_type, ServiceUploadDocumentContentType)
        if (
            isinstance(content_length, bool)
            or not isinstance(content_length, int)
            or not 1 <= content_length <= MAX_CONTENT_BYTES
        ):
            raise ValidationError(
                "content_length",
                f"{content_length!r} bytes",
                allowed=f"an integer from 1 to {MAX_CONTENT_BYTES}",
            )
        if content_md5 is not None:
            validation.check_string(content_md5, "content_md5", pattern=_MD5_PATTERN)
        document = ServiceUploadDocument(
            content_type=kind, content_length=content_length, content_md5=_opt(content_md5)
        )
        return await self._create_destination(document)

    async def _create_destination(
        self, document: ServiceUploadDocument
    ) -> ServiceDocumentUploadDestination:
        reply = await self._call(
            "createServiceDocumentUploadDestination",
            _create_destination.asyncio_detailed,
            body=document,
        )
        body = self._result(reply, CreateServiceDocumentUploadDestination)
        return self._payload(reply, body.payload, ServiceDocumentUploadDestination)

    async def upload_document(
        self, content: _Content, *, content_type: str
    ) -> _documents.UploadedDocument:
        """Upload a proof-of-appointment document, encrypted as the API requires.

        ``content`` is bytes, a path or a binary file. Checks type and size before sending,
        gets a destination, encrypts with AES-256-CBC, uploads through a separate HTTP client
        that never carries the SP-API access token, and returns what
        :meth:`set_appointment_fulfillment_data` needs.
        """
        return await _documents.upload_document(
            content,
            content_type=content_type,
            create_destination=self._create_destination,
            http_client=self._plain_http,
            allow_insecure_url=self.local,
        )

    # -- reason codes --------------------------------------------------------------------

    def _check_reason(
        self,
        check: Any,
        rule: str,
        code: str,
        field: str,
        job: ServiceJob | None,
        marketplace_id: str | None,
        service_type: str | None,
        validate: bool | None,
    ) -> None:
        """Checks a reason code: the spec's ``rule`` (a key of ``validation.ID_RULES``) and an
        explicit ``marketplace_id`` always, the guide's table (``check``) unless reason-code
        validation is off."""
        validation.check_id(rule, code, field=field)
        if marketplace_id is not None:
            self._check_marketplace(marketplace_id)
        if not (self.validate_reason_codes if validate is None else validate):
            return
        job_marketplace, job_type = (
            reason_codes.service_context(job) if job is not None else (None, None)
        )
        marketplace = marketplace_id or job_marketplace or self.marketplace_id
        kind = service_type or job_type or reason_codes.ServiceType.DEFAULT
        if marketplace is None:
            logger.warning(
                "%s %r not validated: no marketplace known (pass marketplace_id)", field, code
            )
            return
        check(code, marketplace_id=marketplace, service_type=kind, field=field)


# -- conversions from plain values ---------------------------------------------------------

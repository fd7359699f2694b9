from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.appointment import Appointment
from ..models.appointment_time import AppointmentTime
from ..models.associated_item import AssociatedItem
from ..models.buyer import Buyer
from ..models.payment import Payment
from ..models.scope_of_work import ScopeOfWork
from ..models.seller import Seller
from ..models.service_job_provider import ServiceJobProvider
from ..models.service_job_service_job_status import ServiceJobServiceJobStatus
from ..models.service_location import ServiceLocation
from ..types import UNSET, Unset

T = TypeVar("T", bound="ServiceJob")


@_attrs_define
class ServiceJob:
    """A service job: the work a buyer ordered, its status, appointments, location and the items it relates to.

    Attributes:
        create_time (datetime.datetime | Unset): When the job was created.
        service_job_id (str | Unset): Amazon's identifier of a service job (1 to 100 characters).
        service_job_status (ServiceJobServiceJobStatus | Unset): Where the job stands. New values may appear; an unknown
            one is kept as received.
        scope_of_work (ScopeOfWork | Unset): What has to be done: the service product bought, how many, and the skills
            it needs.
        seller (Seller | Unset): The seller the service job belongs to.
        service_job_provider (ServiceJobProvider | Unset): The provider that performs the service job for the seller.
        preferred_appointment_times (list[AppointmentTime] | Unset): Windows the buyer asked for at checkout, when they
            chose any.
        appointments (list[Appointment] | Unset): Appointments booked for the job, including cancelled and completed
            ones.
        service_order_id (str | Unset): Amazon's identifier of an order, usually in the 3-7-7 digit form (for example
            123-1234567-1234567).
        product_order_ids (list[str] | Unset): Orders of products linked to the job, such as the item to install.
        tracking_ids (list[str] | Unset): Shipment tracking numbers of the linked products.
        marketplace_id (str | Unset): Marketplace the job was ordered in; chooses which reason codes apply.
        store_id (str | Unset): Store that sold the service, when it was sold through a store.
        buyer (Buyer | Unset): The customer who ordered the service.
        associated_items (list[AssociatedItem] | Unset): Products linked to the job and their delivery state.
        service_location (ServiceLocation | Unset): Where the service happens: at the buyer's home, in a store or
            online, with the address.
        payments (list[Payment] | Unset): Payments made for the job.
        service_type (str | Unset): Kind of service job; `heavybulky` for heavy/bulky deliveries, absent for ordinary
            jobs. Chooses the reason-code table.
    """

    create_time: datetime.datetime | Unset = UNSET
    service_job_id: str | Unset = UNSET
    service_job_status: ServiceJobServiceJobStatus | Unset = UNSET
    scope_of_work: ScopeOfWork | Unset = UNSET
    seller: Seller | Unset = UNSET
    service_job_provider: ServiceJobProvider | Unset = UNSET
    preferred_appointment_times: list[AppointmentTime] | Unset = UNSET
    appointments: list[Appointment] | Unset = UNSET
    service_order_id: str | Unset = UNSET
    product_order_ids: list[str] | Unset = UNSET
    tracking_ids: list[str] | Unset = UNSET
    marketplace_id: str | Unset = UNSET
    store_id: str | Unset = UNSET
    buyer: Buyer | Unset = UNSET
    associated_items: list[AssociatedItem] | Unset = UNSET
    service_location: ServiceLocation | Unset = UNSET
    payments: list[Payment] | Unset = UNSET
    service_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        create_time: str | Unset = UNSET
        if not isinstance(self.create_time, Unset):
            create_time = types.format_datetime(self.create_time)

        service_job_id = self.service_job_id

        service_job_status: str | Unset = UNSET
        if not isinstance(self.service_job_status, Unset):
            service_job_status = self.service_job_status.value

        scope_of_work: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scope_of_work, Unset):
            scope_of_work = (
                self.scope_of_work.to_dict()
                if hasattr(self.scope_of_work, "to_dict")
                else self.scope_of_work
            )

        seller: dict[str, Any] | Unset = UNSET
        if not isinstance(self.seller, Unset):
            seller = self.seller.to_dict() if hasattr(self.seller, "to_dict") else self.seller

        service_job_provider: dict[str, Any] | Unset = UNSET
        if not isinstance(self.service_job_provider, Unset):
            service_job_provider = (
                self.service_job_provider.to_dict()
                if hasattr(self.service_job_provider, "to_dict")
                else self.service_job_provider
            )

        preferred_appointment_times: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.preferred_appointment_times, Unset):
            if isinstance(self.preferred_appointment_times, list):
                preferred_appointment_times = []
                for preferred_appointment_times_item_data in self.preferred_appointment_times:
                    preferred_appointment_times_item = (
                        preferred_appointment_times_item_data.to_dict()
                        if hasattr(preferred_appointment_times_item_data, "to_dict")
                        else preferred_appointment_times_item_data
                    )
                    preferred_appointment_times.append(preferred_appointment_times_item)
            else:
                preferred_appointment_times = self.preferred_appointment_times

        appointments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.appointments, Unset):
            if isinstance(self.appointments, list):
                appointments = []
                for appointments_item_data in self.appointments:
                    appointments_item = (
                        appointments_item_data.to_dict()
                        if hasattr(appointments_item_data, "to_dict")
                        else appointments_item_data
                    )
                    appointments.append(appointments_item)
            else:
                appointments = self.appointments

        service_order_id = self.service_order_id

        product_order_ids: list[str] | Unset = UNSET
        if not isinstance(self.product_order_ids, Unset):
            product_order_ids = self.product_order_ids

        tracking_ids: list[str] | Unset = UNSET
        if not isinstance(self.tracking_ids, Unset):
            tracking_ids = self.tracking_ids

        marketplace_id = self.marketplace_id

        store_id = self.store_id

        buyer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.buyer, Unset):
            buyer = self.buyer.to_dict() if hasattr(self.buyer, "to_dict") else self.buyer

        associated_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.associated_items, Unset):
            if isinstance(self.associated_items, list):
                associated_items = []
                for associated_items_item_data in self.associated_items:
                    associated_items_item = (
                        associated_items_item_data.to_dict()
                        if hasattr(associated_items_item_data, "to_dict")
                        else associated_items_item_data
                    )
                    associated_items.append(associated_items_item)
            else:
                associated_items = self.associated_items

        service_location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.service_location, Unset):
            service_location = (
                self.service_location.to_dict()
                if hasattr(self.service_location, "to_dict")
                else self.service_location
            )

        payments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.payments, Unset):
            if isinstance(self.payments, list):
                payments = []
                for payments_item_data in self.payments:
                    payments_item = (
                        payments_item_data.to_dict()
                        if hasattr(payments_item_data, "to_dict")
                        else payments_item_data
                    )
                    payments.append(payments_item)
            else:
                payments = self.payments

        service_type = self.service_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if create_time is not UNSET:
            field_dict["createTime"] = create_time
        if service_job_id is not UNSET:
            field_dict["serviceJobId"] = service_job_id
        if service_job_status is not UNSET:
            field_dict["serviceJobStatus"] = service_job_status
        if scope_of_work is not UNSET:
            field_dict["scopeOfWork"] = scope_of_work
        if seller is not UNSET:
            field_dict["seller"] = seller
        if service_job_provider is not UNSET:
            field_dict["serviceJobProvider"] = service_job_provider
        if preferred_appointment_times is not UNSET:
            field_dict["preferredAppointmentTimes"] = preferred_appointment_times
        if appointments is not UNSET:
            field_dict["appointments"] = appointments
        if service_order_id is not UNSET:
            field_dict["serviceOrderId"] = service_order_id
        if product_order_ids is not UNSET:
            field_dict["productOrderIds"] = product_order_ids
        if tracking_ids is not UNSET:
            field_dict["trackingIds"] = tracking_ids
        if marketplace_id is not UNSET:
            field_dict["marketplaceId"] = marketplace_id
        if store_id is not UNSET:
            field_dict["storeId"] = store_id
        if buyer is not UNSET:
            field_dict["buyer"] = buyer
        if associated_items is not UNSET:
            field_dict["associatedItems"] = associated_items
        if service_location is not UNSET:
            field_dict["serviceLocation"] = service_location
        if payments is not UNSET:
            field_dict["payments"] = payments
        if service_type is not UNSET:
            field_dict["serviceType"] = service_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _create_time = d.pop("createTime", UNSET)
        create_time: datetime.datetime | Unset
        if _create_time is UNSET or _create_time is None:
            create_time = UNSET
        else:
            create_time = types.parse_datetime(_create_time)

        service_job_id = d.pop("serviceJobId", UNSET)

        _service_job_status = d.pop("serviceJobStatus", UNSET)
        service_job_status: ServiceJobServiceJobStatus | Unset
        if _service_job_status is UNSET or _service_job_status is None:
            service_job_status = UNSET
        else:
            service_job_status = ServiceJobServiceJobStatus.parse(_service_job_status)

        _scope_of_work = d.pop("scopeOfWork", UNSET)
        scope_of_work: ScopeOfWork | Unset
        if _scope_of_work is UNSET or _scope_of_work is None:
            scope_of_work = UNSET
        else:
            scope_of_work = (
                ScopeOfWork.from_dict(_scope_of_work)
                if isinstance(_scope_of_work, dict)
                else _scope_of_work
            )

        _seller = d.pop("seller", UNSET)
        seller: Seller | Unset
        if _seller is UNSET or _seller is None:
            seller = UNSET
        else:
            seller = Seller.from_dict(_seller) if isinstance(_seller, dict) else _seller

        _service_job_provider = d.pop("serviceJobProvider", UNSET)
        service_job_provider: ServiceJobProvider | Unset
        if _service_job_provider is UNSET or _service_job_provider is None:
            service_job_provider = UNSET
        else:
            service_job_provider = (
                ServiceJobProvider.from_dict(_service_job_provider)
                if isinstance(_service_job_provider, dict)
                else _service_job_provider
            )

        _preferred_appointment_times = d.pop("preferredAppointmentTimes", UNSET)
        preferred_appointment_times: list[AppointmentTime] | Unset
        if isinstance(_preferred_appointment_times, list):
            preferred_appointment_times = [
                (
                    AppointmentTime.from_dict(preferred_appointment_times_item_data)
                    if isinstance(preferred_appointment_times_item_data, dict)
                    else preferred_appointment_times_item_data
                )
                for preferred_appointment_times_item_data in _preferred_appointment_times
                if preferred_appointment_times_item_data is not None
            ]
        elif _preferred_appointment_times is None:
            preferred_appointment_times = UNSET
        else:
            preferred_appointment_times = _preferred_appointment_times

        _appointments = d.pop("appointments", UNSET)
        appointments: list[Appointment] | Unset
        if isinstance(_appointments, list):
            appointments = [
                (
                    Appointment.from_dict(appointments_item_data)
                    if isinstance(appointments_item_data, dict)
                    else appointments_item_data
                )
                for appointments_item_data in _appointments
                if appointments_item_data is not None
            ]
        elif _appointments is None:
            appointments = UNSET
        else:
            appointments = _appointments

        service_order_id = d.pop("serviceOrderId", UNSET)

        _product_order_ids = d.pop("productOrderIds", UNSET)
        product_order_ids: list[str] | Unset
        product_order_ids = UNSET if _product_order_ids is None else _product_order_ids

        _tracking_ids = d.pop("trackingIds", UNSET)
        tracking_ids: list[str] | Unset
        tracking_ids = UNSET if _tracking_ids is None else _tracking_ids

        marketplace_id = d.pop("marketplaceId", UNSET)

        store_id = d.pop("storeId", UNSET)

        _buyer = d.pop("buyer", UNSET)
        buyer: Buyer | Unset
        if _buyer is UNSET or _buyer is None:
            buyer = UNSET
        else:
            buyer = Buyer.from_dict(_buyer) if isinstance(_buyer, dict) else _buyer

        _associated_items = d.pop("associatedItems", UNSET)
        associated_items: list[AssociatedItem] | Unset
        if isinstance(_associated_items, list):
            associated_items = [
                (
                    AssociatedItem.from_dict(associated_items_item_data)
                    if isinstance(associated_items_item_data, dict)
                    else associated_items_item_data
                )
                for associated_items_item_data in _associated_items
                if associated_items_item_data is not None
            ]
        elif _associated_items is None:
            associated_items = UNSET
        else:
            associated_items = _associated_items

        _service_location = d.pop("serviceLocation", UNSET)
        service_location: ServiceLocation | Unset
        if _service_location is UNSET or _service_location is None:
            service_location = UNSET
        else:
            service_location = (
                ServiceLocation.from_dict(_service_location)
                if isinstance(_service_location, dict)
                else _service_location
            )

        _payments = d.pop("payments", UNSET)
        payments: list[Payment] | Unset
        if isinstance(_payments, list):
            payments = [
                (
                    Payment.from_dict(payments_item_data)
                    if isinstance(payments_item_data, dict)
                    else payments_item_data
                )
                for payments_item_data in _payments
                if payments_item_data is not None
            ]
        elif _payments is None:
            payments = UNSET
        else:
            payments = _payments

        service_type = d.pop("serviceType", UNSET)

        service_job = cls(
            create_time,
            service_job_id,
            service_job_status,
            scope_of_work,
            seller,
            service_job_provider,
            preferred_appointment_times,
            appointments,
            service_order_id,
            product_order_ids,
            tracking_ids,
            marketplace_id,
            store_id,
            buyer,
            associated_items,
            service_location,
            payments,
            service_type,
        )

        service_job.additional_properties = d
        return service_job

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

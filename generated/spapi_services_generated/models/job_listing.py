from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.service_job import ServiceJob
from ..types import UNSET, Unset

T = TypeVar("T", bound="JobListing")


@_attrs_define
class JobListing:
    """One page of service jobs with the tokens that lead to the neighbouring pages.

    Attributes:
        total_result_size (int | Unset): Number of jobs matching the query across all pages.
        next_page_token (str | Unset): Pass as `pageToken` to read the next page; absent on the last page.
        previous_page_token (str | Unset): Pass as `pageToken` to read the previous page; absent on the first page.
        jobs (list[ServiceJob] | Unset): The jobs on this page.
    """

    total_result_size: int | Unset = UNSET
    next_page_token: str | Unset = UNSET
    previous_page_token: str | Unset = UNSET
    jobs: list[ServiceJob] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_result_size = self.total_result_size

        next_page_token = self.next_page_token

        previous_page_token = self.previous_page_token

        jobs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.jobs, Unset):
            if isinstance(self.jobs, list):
                jobs = []
                for jobs_item_data in self.jobs:
                    jobs_item = (
                        jobs_item_data.to_dict()
                        if hasattr(jobs_item_data, "to_dict")
                        else jobs_item_data
                    )
                    jobs.append(jobs_item)
            else:
                jobs = self.jobs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if total_result_size is not UNSET:
            field_dict["totalResultSize"] = total_result_size
        if next_page_token is not UNSET:
            field_dict["nextPageToken"] = next_page_token
        if previous_page_token is not UNSET:
            field_dict["previousPageToken"] = previous_page_token
        if jobs is not UNSET:
            field_dict["jobs"] = jobs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _total_result_size = d.pop("totalResultSize", UNSET)
        total_result_size: int | Unset
        if _total_result_size is UNSET or _total_result_size is None:
            total_result_size = UNSET
        else:
            total_result_size = types.coerce_int(_total_result_size)

        next_page_token = d.pop("nextPageToken", UNSET)

        previous_page_token = d.pop("previousPageToken", UNSET)

        _jobs = d.pop("jobs", UNSET)
        jobs: list[ServiceJob] | Unset
        if isinstance(_jobs, list):
            jobs = [
                (
                    ServiceJob.from_dict(jobs_item_data)
                    if isinstance(jobs_item_data, dict)
                    else jobs_item_data
                )
                for jobs_item_data in _jobs
                if jobs_item_data is not None
            ]
        elif _jobs is None:
            jobs = UNSET
        else:
            jobs = _jobs

        job_listing = cls(
            total_result_size,
            next_page_token,
            previous_page_token,
            jobs,
        )

        job_listing.additional_properties = d
        return job_listing

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

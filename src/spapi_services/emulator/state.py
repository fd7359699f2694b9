"""The emulator's data: jobs, stores, products, technicians, reservations, documents, tokens.

Everything is kept in JSON types (jobs in the exact wire shape of the ServiceJob schema), so a
response is one ``json.dumps`` away and :meth:`State.to_dict` / :meth:`State.from_dict` round-trip
through JSON. A few indexes (jobs by marketplace and store, resources by store, reservations by
resource, parsed schedules) are derived and rebuilt on load.

Each job also carries ``marketplaceId`` (and ``storeId``, ``serviceType``): the guide tells
callers to read the marketplace from the job to choose a reason code, so the emulator always
fills it in even though real payloads may omit it.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from .wire import parse_time

__all__ = ["ACTIVE", "CANCELLED", "COMPLETED", "State"]

ACTIVE, CANCELLED, COMPLETED = "ACTIVE", "CANCELLED", "COMPLETED"
_FORMAT = 1
_PERSISTED = (
    "products",
    "stores",
    "resources",
    "reservations",
    "jobs",
    "updated",
    "documents",
    "tokens",
    "status_log",
)

Json = dict[str, Any]


@dataclass
class State:
    """The mutable world the handlers read and change (single event loop, no locks needed)."""

    seed: int
    counter: int = 0
    requests: int = 0
    """How many HTTP requests the emulator has served with this state (request ids count on)."""
    products: dict[str, Json] = field(default_factory=dict)
    stores: dict[str, Json] = field(default_factory=dict)
    resources: dict[str, Json] = field(default_factory=dict)
    reservations: dict[str, Json] = field(default_factory=dict)
    jobs: dict[str, Json] = field(default_factory=dict)
    updated: dict[str, str] = field(default_factory=dict)
    documents: dict[str, Json] = field(default_factory=dict)
    tokens: dict[str, int] = field(default_factory=dict)
    status_seq: int = 0
    """How many job status changes there have been (see :meth:`set_status`)."""
    status_log: dict[str, list[list[Any]]] = field(default_factory=dict)
    """job id -> [change number, status before the change] of each of its status changes."""
    # derived indexes
    jobs_by_marketplace: dict[str, list[str]] = field(default_factory=dict, repr=False)
    jobs_by_store: dict[str, list[str]] = field(default_factory=dict, repr=False)
    resources_by_store: dict[str, list[str]] = field(default_factory=dict, repr=False)
    reservations_by_resource: dict[str, dict[str, Json]] = field(default_factory=dict, repr=False)
    parsed_schedules: dict[str, Any] = field(default_factory=dict, repr=False)

    def __repr__(self) -> str:
        return (
            f"State(seed={self.seed}, jobs={len(self.jobs)}, resources={len(self.resources)}, "
            f"reservations={len(self.reservations)}, documents={len(self.documents)})"
        )

    # ids ---------------------------------------------------------------------------------
    def digest(self, kind: str, size: int = 16) -> bytes:
        """Deterministic bytes for the next id of ``kind`` (depends on seed and a counter)."""
        self.counter += 1
        data = f"{self.seed}/{kind}/{self.counter}".encode()
        return hashlib.blake2b(data, digest_size=size).digest()

    def new_uuid(self, kind: str) -> str:
        """A deterministic UUID-shaped id."""
        h = self.digest(kind).hex()
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

    # jobs --------------------------------------------------------------------------------
    def add_job(self, job: Json, updated: str | None = None) -> None:
        """Stores a job and indexes it by marketplace and store."""
        job_id = job["serviceJobId"]
        if job_id in self.jobs:
            raise ValueError(f"duplicate serviceJobId {job_id}")
        self.jobs[job_id] = job
        self.updated[job_id] = updated or job["createTime"]
        self._index_job(job)

    def touch(self, job_id: str, when: str) -> None:
        """Records that a job changed at ``when``."""
        self.updated[job_id] = when

    def set_status(self, job_id: str, status: str) -> None:
        """Changes a job's status, remembering the old one so listings can sort as of before."""
        job = self.jobs[job_id]
        if job["serviceJobStatus"] != status:
            self.status_seq += 1
            self.status_log.setdefault(job_id, []).append(
                [self.status_seq, job["serviceJobStatus"]]
            )
            job["serviceJobStatus"] = status

    def status_at(self, job_id: str, seq: int) -> str:
        """A job's status as it was after ``seq`` status changes (its first known one if it
        came later)."""
        for number, before in self.status_log.get(job_id, ()):
            if number > seq:
                return str(before)
        return str(self.jobs[job_id]["serviceJobStatus"])

    def _index_job(self, job: Json) -> None:
        job_id = job["serviceJobId"]
        self.jobs_by_marketplace.setdefault(job["marketplaceId"], []).append(job_id)
        store = job.get("storeId")
        if store:
            self.jobs_by_store.setdefault(store, []).append(job_id)

    # reservations ------------------------------------------------------------------------
    def put_reservation(self, reservation: Json) -> None:
        """Adds or replaces a reservation."""
        self.reservations[reservation["reservationId"]] = reservation
        by_resource = self.reservations_by_resource.setdefault(reservation["resourceId"], {})
        by_resource[reservation["reservationId"]] = reservation

    def drop_reservation(self, reservation_id: str) -> Json:
        """Removes a reservation and returns it (KeyError when unknown)."""
        reservation = self.reservations.pop(reservation_id)
        self.reservations_by_resource.get(reservation["resourceId"], {}).pop(reservation_id, None)
        return reservation

    def set_schedules(self, resource_id: str, schedules: list[Json]) -> None:
        """Replaces a resource's availability records."""
        self.resources[resource_id]["schedules"] = schedules
        self.parsed_schedules.pop(resource_id, None)

    # persistence -------------------------------------------------------------------------
    def to_dict(self) -> Json:
        """A JSON-serialisable snapshot (shares nothing mutable with the state)."""
        data: Json = {"format": _FORMAT, "seed": self.seed, "counter": self.counter}
        data["status_seq"], data["requests"] = self.status_seq, self.requests
        for name in _PERSISTED:
            data[name] = getattr(self, name)
        copied: Json = json.loads(json.dumps(data))
        return copied

    @classmethod
    def from_dict(cls, data: Json) -> State:
        """Rebuilds a state (and its indexes) from :meth:`to_dict` output."""
        if data.get("format") != _FORMAT:
            raise ValueError(f"unsupported emulator state format {data.get('format')!r}")
        data = json.loads(json.dumps(data))
        state = cls(seed=int(data["seed"]), counter=int(data["counter"]))
        state.status_seq = int(data.get("status_seq", 0))  # these two are absent from
        state.requests = int(data.get("requests", 0))  # files written by older versions
        for name in _PERSISTED:
            setattr(state, name, data.get(name, {}))
        state.reindex()
        return state

    def reindex(self) -> None:
        """Rebuilds every derived index from the persisted data."""
        self.jobs_by_marketplace, self.jobs_by_store = {}, {}
        for job in self.jobs.values():
            self._index_job(job)
        self.resources_by_store = {}
        for resource in self.resources.values():
            for store in resource["storeIds"]:
                self.resources_by_store.setdefault(store, []).append(resource["resourceId"])
        self.reservations_by_resource = {}
        for reservation in list(self.reservations.values()):
            self.put_reservation(reservation)
        self.parsed_schedules = {}

    def job_time(self, job_id: str) -> int:
        """createTime of a job in epoch seconds."""
        return parse_time(self.jobs[job_id]["createTime"])

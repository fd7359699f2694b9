"""getServiceJobs: filters, sorting and keyset page tokens that survive data changes.

A page token is the filter set plus the sort key of the last (or first) job of the page it came
from, signed so that a tampered token is refused. The next page starts strictly after that key,
so jobs added or changed between two calls never shift or repeat what a caller already saw.

Sort keys must not move while a caller pages: a creation time never does, but a status does.
So a token also carries how many status changes the state had seen when its first page was
read, and every later page of that listing sorts by each job's status as of then
(:meth:`State.status_at`); jobs are still filtered, and shown, as they are now. A token is only
good with the same ``marketplaceIds`` as the listing it came from.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import re
from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING, Any

from .state import State
from .wire import Request, Response, invalid, json_response, missing, parse_time

if TYPE_CHECKING:
    from .app import Emulator

__all__ = ["get_service_jobs"]

Json = dict[str, Any]
STATUSES = frozenset(
    {
        "NOT_SERVICED",
        "CANCELLED",
        "COMPLETED",
        "PENDING_SCHEDULE",
        "NOT_FULFILLABLE",
        "HOLD",
        "PAYMENT_DECLINED",
    }
)
_ORDER_ID = re.compile(r"^[0-9\-]+$")
_TRACKING_ID = re.compile(r"^[A-Za-z0-9\-]+$")
# query name -> (token key, max items, item check)
_ARRAYS: dict[str, tuple[str, int, Any]] = {
    "serviceOrderIds": ("so", 20, _ORDER_ID.match),
    "productOrderIds": ("po", 20, _ORDER_ID.match),
    "trackingIds": ("tr", 20, _TRACKING_ID.match),
    "asins": ("as", 20, lambda v: len(v) == 10),
    "requiredSkills": ("sk", 20, lambda v: 1 <= len(v) <= 50),
    "storeIds": ("si", 50, lambda v: 1 <= len(v) <= 100),
    "serviceJobStatus": ("st", len(STATUSES), STATUSES.__contains__),
}
_TIMES = {
    "createdAfter": "ca",
    "createdBefore": "cb",
    "lastUpdatedAfter": "ua",
    "lastUpdatedBefore": "ub",
    "scheduleStartDate": "ss",
    "scheduleEndDate": "se",
}


def _marketplace(request: Request) -> str:
    marketplaces = request.array("marketplaceIds")
    if not marketplaces or len(marketplaces) != 1:
        raise missing(400, "marketplaceIds")
    return marketplaces[0]


def _filters(request: Request) -> Json:
    out: Json = {"m": _marketplace(request)}
    for name, key in _TIMES.items():
        text = request.one(name)
        if text is not None:
            try:
                out[key] = parse_time(text)
            except ValueError:
                raise missing(400, name) from None
    if ("ca" in out) == ("ua" in out):
        raise invalid(400, "Exactly one of createdAfter and lastUpdatedAfter must be provided.")
    if "ss" in out and "se" in out and out["se"] < out["ss"]:
        raise invalid(400, "Schedule end date should not be earlier than schedule start date.")
    for name, (key, limit, check) in _ARRAYS.items():
        values = request.array(name)
        if values is None:
            continue
        if not values or len(values) > limit or not all(check(v) for v in values):
            raise missing(400, name)
        out[key] = sorted(set(values))
    sort_field = request.one("sortField") or "JOB_DATE"
    sort_order = request.one("sortOrder") or "ASC"
    if sort_field not in ("JOB_DATE", "JOB_STATUS"):
        raise missing(400, "sortField")
    if sort_order not in ("ASC", "DESC"):
        raise missing(400, "sortOrder")
    out["sf"], out["so_"] = sort_field, sort_order
    return out


def _matches(state: State, f: Json, seq: int) -> list[tuple[Any, str]]:
    """(sort key, job id) of every job passing the filters, ascending; statuses sort as they
    were after ``seq`` status changes."""
    by_status = f["sf"] == "JOB_STATUS"
    sets: dict[str, set[str]] = {
        k: set(f[k]) for k in ("so", "po", "tr", "as", "sk", "si", "st") if k in f
    }
    out = []
    for job_id in state.jobs_by_marketplace.get(f["m"], ()):
        job = state.jobs[job_id]
        created = parse_time(job["createTime"])
        if ("ca" in f and created < f["ca"]) or ("cb" in f and created > f["cb"]):
            continue
        if "ua" in f or "ub" in f:
            updated = parse_time(state.updated[job_id])
            if ("ua" in f and updated < f["ua"]) or ("ub" in f and updated > f["ub"]):
                continue
        if sets and not _in_sets(job, sets):
            continue
        if ("ss" in f or "se" in f) and not _scheduled_within(job, f.get("ss"), f.get("se")):
            continue
        out.append(((state.status_at(job_id, seq) if by_status else created), job_id))
    out.sort()
    return out


def _in_sets(job: Json, sets: dict[str, set[str]]) -> bool:
    scope = job.get("scopeOfWork", {})
    probes = {
        "so": {job.get("serviceOrderId")},
        "po": set(job.get("productOrderIds") or ()),
        "tr": set(job.get("trackingIds") or ()),
        "as": {scope.get("asin")},
        "sk": set(scope.get("requiredSkills") or ()),
        "si": {job.get("storeId")},
        "st": {job.get("serviceJobStatus")},
    }
    return all(probes[key] & wanted for key, wanted in sets.items())


def _scheduled_within(job: Json, lo: int | None, hi: int | None) -> bool:
    for appointment in job.get("appointments", ()):
        start = parse_time(appointment["appointmentTime"]["startTime"])
        if (lo is None or start >= lo) and (hi is None or start <= hi):
            return True
    return False


def _sign(emu: Emulator, data: bytes) -> str:
    return hmac.new(emu.secret, data, hashlib.sha256).hexdigest()[:24]


def _encode(emu: Emulator, payload: Json) -> str:
    data = json.dumps(payload, separators=(",", ":"), sort_keys=True).encode()
    return base64.urlsafe_b64encode(data).decode().rstrip("=") + "." + _sign(emu, data)


def _decode(emu: Emulator, token: str) -> Json:
    try:
        body, signature = token.rsplit(".", 1)
        data = base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))
        if not hmac.compare_digest(signature, _sign(emu, data)):
            raise ValueError("signature")
        payload: Json = json.loads(data)
        payload["k"] = (payload["k"][0], payload["k"][1])
        return payload
    except (ValueError, KeyError, TypeError, IndexError):
        raise missing(400, "pageToken") from None


def get_service_jobs(emu: Emulator, request: Request) -> Response:
    """getServiceJobs."""
    size_text = request.one("pageSize") or "20"
    if not size_text.isdigit() or not 1 <= int(size_text) <= 20:
        raise missing(400, "pageSize")
    size = int(size_text)
    token = request.one("pageToken")
    cursor: Json | None = None
    if token:
        cursor = _decode(emu, token)
        f, seq = cursor["f"], int(cursor.get("v", emu.state.status_seq))
        if _marketplace(request) != f["m"]:
            raise missing(400, "pageToken")
    else:
        f, seq = _filters(request), emu.state.status_seq
    keys = _matches(emu.state, f, seq)
    n, desc = len(keys), f["so_"] == "DESC"
    ordered = keys[::-1] if desc else keys
    if cursor is None:
        start, end = 0, min(size, n)
    else:
        key = cursor["k"]
        after = n - bisect_left(keys, key) if desc else bisect_right(keys, key)
        before = n - bisect_right(keys, key) if desc else bisect_left(keys, key)
        if cursor["d"] == "n":
            start, end = after, min(n, after + size)
        else:
            start, end = max(0, before - size), before
    page = ordered[start:end]
    listing: Json = {"totalResultSize": n}
    if page and end < n:
        listing["nextPageToken"] = _encode(emu, {"f": f, "k": list(page[-1]), "d": "n", "v": seq})
    if page and start > 0:
        listing["previousPageToken"] = _encode(
            emu, {"f": f, "k": list(page[0]), "d": "p", "v": seq}
        )
    listing["jobs"] = [emu.state.jobs[job_id] for _, job_id in page]
    return json_response(200, {"payload": listing})

"""A whole service seller's day through the SDK, against the local emulator over HTTP.

``make demo`` runs it: it seeds an emulated world, serves it on a free loopback port in a
separate process, and drives the Services API through ``ServicesClient`` exactly as a seller's
application would. It prints one line per step and exits non-zero if any step fails.
"""

from __future__ import annotations

import json
import logging
import struct
import subprocess
import sys
import tempfile
import time
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import anyio
import httpx
from spapi_services_generated.models import (
    AvailabilityRecord,
    DayOfWeek,
    Recurrence,
    Reservation,
    ReservationType,
    ServiceJob,
)

from spapi_services import (
    InvalidReasonCodeError,
    LwaCredentials,
    ServicesClient,
    ServiceType,
    reason_codes,
)
from spapi_services.emulator import create_app

US = "ATVPDKIKX0DER"
SEED = 7
STEP = 0


def say(title: str, detail: str = "") -> None:
    global STEP
    STEP += 1
    print(f"{STEP:>2}. {title}" + (f"\n      {detail}" if detail else ""), flush=True)


def note(text: str) -> None:
    print(f"      {text}", flush=True)


@contextmanager
def emulator_server(state: dict[str, Any]) -> Iterator[str]:
    """Serve a seeded world on a free loopback port in a child process; yield its base URL."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "world.json"
        path.write_text(json.dumps(state))
        command = [
            sys.executable,
            "-m",
            "spapi_services.emulator",
            "--port",
            "0",
            "--state",
            str(path),
        ]
        process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
        try:
            assert process.stdout is not None
            line = process.stdout.readline()  # "... listening on http://127.0.0.1:PORT"
            if "http://" not in line:
                raise RuntimeError(f"the emulator did not start: {line!r}")
            yield line.rsplit(" ", 1)[-1].strip()
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()


def tiny_png() -> bytes:
    """A real 2x2 PNG: the upload checks that the bytes look like the declared type."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00" + b"\xff\x80\x00" * 2 + b"\x00" + b"\x00\x80\xff" * 2)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def technician_for(state: dict[str, Any], job: ServiceJob) -> str:
    """A technician of the job's store with the skills the job needs (the seller knows its
    own technicians; the API has no operation that lists them)."""
    store = state["stores"][job.additional_properties.get("storeId") or job.store_id]
    needed = set(job.scope_of_work.required_skills or [])
    for resource_id in store["resourceIds"]:
        if needed <= set(state["resources"][resource_id]["skills"]):
            return str(resource_id)
    raise RuntimeError(f"no technician of the store can do job {job.service_job_id}")


async def run(
    base_url: str, world: dict[str, Any], transport: httpx.AsyncBaseTransport | None = None
) -> int:
    """The workflow; returns the number of steps done. ``transport`` serves it in-process."""
    global STEP
    STEP = 0
    credentials = LwaCredentials(
        client_id="amzn1.application-oa2-client.demo",
        client_secret="demo-client-secret",
        refresh_token="Atzr|demo-refresh-token",
        token_url=f"{base_url}/auth/o2/token",
    )
    now = datetime.now(UTC)
    async with ServicesClient(
        credentials, endpoint=base_url, marketplace_id=US, transport=transport
    ) as client:
        # 1. Everything that needs action, across pages.
        open_jobs: list[ServiceJob] = []
        pages = client.iter_service_job_pages(
            created_after=now - timedelta(days=90),
            statuses=["PENDING_SCHEDULE", "NOT_SERVICED"],
            page_size=5,
        )
        sizes = []
        async for page in pages:
            open_jobs.extend(page.jobs or [])
            sizes.append(len(page.jobs or []))
        say(
            "List open jobs (getServiceJobs, page by page)",
            f"{len(open_jobs)} jobs in {len(sizes)} pages of up to 5 {sizes}",
        )
        pending = [j for j in open_jobs if j.service_job_status == "PENDING_SCHEDULE"]
        booked = [j for j in open_jobs if j.service_job_status == "NOT_SERVICED" and j.appointments]

        # 2. One job in full.
        job = await client.get_service_job(str(pending[0].service_job_id))
        kind = ServiceType.from_job(job.service_type or None)
        say(
            "Read a job (getServiceJobByServiceJobId)",
            f"{job.service_job_id}: {job.scope_of_work.title} for {job.buyer.name} in "
            f"{job.service_location.address.city} [{job.service_job_status}, {kind.value}]",
        )

        # 3-4. Find a slot and book it.
        report = await client.get_appointment_slots_for_job(
            str(job.service_job_id), start_time=now, end_time=now + timedelta(days=14)
        )
        slots = [s for s in report.appointment_slots or [] if (s.capacity or 0) > 0]
        say(
            "Find open slots (getAppointmmentSlotsByJobId)",
            f"{len(slots)} open slots in the next 14 days; "
            f"first {slots[0].start_time:%a %d %b %H:%M} UTC",
        )
        first, later = slots[0], slots[min(3, len(slots) - 1)]
        minutes = int((first.end_time - first.start_time).total_seconds() // 60)
        booking = await client.add_appointment(
            str(job.service_job_id), start_time=first.start_time, duration_minutes=minutes
        )
        appointment_id = str(booking.appointment_id)
        say(
            "Book the first slot (addAppointmentForServiceJobByServiceJobId)",
            f"appointment {appointment_id}",
        )

        # 5. A technician.
        technician = technician_for(world, job)
        name = world["resources"][technician]["name"]
        await client.assign_appointment_resources(
            str(job.service_job_id), appointment_id, resource_ids=[technician]
        )
        say("Assign a technician (assignAppointmentResources)", f"{name} ({technician})")

        # 6. The customer asks to move it: a reason code checked before anything is sent.
        allowed = reason_codes.allowed_reschedule_codes(US, kind)
        refused = "RS7"  # "not in use" in the guide's table
        try:
            await client.reschedule_appointment(
                str(job.service_job_id),
                appointment_id,
                start_time=later.start_time,
                reason_code=refused,
                job=job,
            )
            raise RuntimeError(f"{refused} should have been refused before sending")
        except InvalidReasonCodeError:
            pass
        code = next(iter(allowed))
        moved = await client.reschedule_appointment(
            str(job.service_job_id),
            appointment_id,
            start_time=later.start_time,
            duration_minutes=minutes,
            reason_code=code,
            job=job,
        )
        warnings = [w.code for w in moved.warnings or []]
        say(
            "Reschedule with a validated reason code (rescheduleAppointment...)",
            f"{code} ({allowed[code]}): new appointment {moved.appointment_id}, "
            f"{later.start_time:%a %d %b %H:%M} UTC, warnings {warnings}",
        )
        note(f"{refused} was refused before sending: not allowed for this job")
        if "RESOURCES_UNASSIGNED" in warnings:
            await client.assign_appointment_resources(
                str(job.service_job_id), str(moved.appointment_id), resource_ids=[technician]
            )
            note(f"{name} assigned again to the new appointment")

        # 7-9. A visit that just happened: proof, fulfillment, completion.
        visited = booked[0]
        visit = visited.appointments[0]
        done_by = technician_for(world, visited)
        document = await client.upload_document(tiny_png(), content_type="PNG")
        say(
            "Upload an encrypted proof of appointment (createServiceDocumentUploadDestination)",
            f"{document.content_length} bytes as {document.content_type}, AES-256-CBC, "
            f"destination {document.upload_destination_id[:18]}..., "
            f"sha256 {document.content_sha256[:12]}...",
        )
        await client.close_appointment(
            str(visited.service_job_id),
            str(visit.appointment_id),
            fulfillment_start=now - timedelta(minutes=95),
            fulfillment_end=now - timedelta(minutes=10),
            resource_ids=[done_by],
            documents=[document],
        )
        say(
            "Record the fulfillment (setAppointmentFulfillmentData)",
            f"job {visited.service_job_id}: 85 minutes by "
            f"{world['resources'][done_by]['name']}, 1 document",
        )
        await client.complete_service_job(str(visited.service_job_id))
        status = (await client.get_service_job(str(visited.service_job_id))).service_job_status
        say("Complete the job (completeServiceJobByServiceJobId)", f"status now {status}")

        # 10. A cancellation, with the code table of the job's marketplace and service type.
        other = await client.get_service_job(str(pending[1].service_job_id))
        other_kind = ServiceType.from_job(other.service_type or None)
        cancel_code = next(iter(reason_codes.allowed_cancellation_codes(US, other_kind)))
        await client.cancel_service_job(
            str(other.service_job_id), reason_code=cancel_code, job=other
        )
        status = (await client.get_service_job(str(other.service_job_id))).service_job_status
        say(
            "Cancel another job with a validated reason code (cancelServiceJobByServiceJobId)",
            f"{other.service_job_id}: {cancel_code}, status now {status}",
        )

        # 11-12. The technician's week, and a break.
        monday = (now + timedelta(days=7 - now.weekday())).replace(
            hour=8, minute=0, second=0, microsecond=0
        )
        shift = AvailabilityRecord(
            start_time=monday,
            end_time=monday + timedelta(hours=9),
            capacity=1,
            recurrence=Recurrence(
                end_time=monday + timedelta(weeks=8),
                days_of_week=[
                    DayOfWeek(d) for d in ("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY")
                ],
            ),
        )
        records = await client.update_schedule(technician, schedules=[shift])
        notices = [w.code for r in records for w in r.warnings or []]
        say(
            "Publish the technician's schedule (updateSchedule)",
            f"{name}: Mon-Fri 08:00-17:00 UTC for 8 weeks; warnings {notices}",
        )
        lunch = monday + timedelta(hours=4)
        reservation = await client.create_reservation(
            resource_id=technician,
            reservation=Reservation(
                type_=ReservationType.BREAK,
                availability=AvailabilityRecord(
                    start_time=lunch, end_time=lunch + timedelta(hours=1)
                ),
            ),
        )
        capacity = await client.get_range_slot_capacity(
            technician,
            start_time=monday,
            end_time=monday + timedelta(days=1),
            capacity_types=["RESERVED_CAPACITY", "AVAILABLE_CAPACITY"],
        )
        ranges = {
            str(c.capacity_type): [
                f"{s.start_date_time:%H:%M}-{s.end_date_time:%H:%M}"
                for s in c.slots or []
                if s.capacity
            ]
            for c in capacity.capacities or []
        }
        say(
            "Reserve a lunch break (createReservation), read capacity (getRangeSlotCapacity)",
            f"reservation {reservation.reservation_id}; on {monday:%a %d %b}: {ranges}",
        )
    return STEP


def main() -> int:
    started = time.perf_counter()
    # the demo prints the API's warnings itself, with the step they belong to
    logging.basicConfig(level=logging.ERROR, format="      (logged) %(message)s")
    print("Services API emulator: seeding a world and serving it on loopback...", flush=True)
    world = create_app(seed=SEED).export_state()
    try:
        with emulator_server(world) as base_url:
            print(f"   serving at {base_url}\n", flush=True)
            anyio.run(run, base_url, world)
    except Exception as exc:  # the demo reports any failure as a failed step
        print(f"\nFAILED at step {STEP + 1}: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    print(f"\nAll {STEP} steps done in {time.perf_counter() - started:.1f} s.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""``python -m spapi_services.emulator`` serves the API on a real loopback socket."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import threading
from pathlib import Path

import httpx
import pytest
from _emu import FORM, US

pytest.importorskip("uvicorn")


def _first_line(process: subprocess.Popen[str], timeout: float) -> str:
    lines: list[str] = []
    reader = threading.Thread(target=lambda: lines.append(process.stdout.readline()), daemon=True)  # type: ignore[union-attr]
    reader.start()
    reader.join(timeout)
    if not lines:
        raise AssertionError("the emulator did not print its URL in time")
    return lines[0].strip()


def test_serves_over_http_and_saves_its_state(tmp_path: Path) -> None:
    state_file = tmp_path / "state.json"
    command = [sys.executable, "-m", "spapi_services.emulator", "--port", "0", "--seed", "4"]
    command += ["--rate-scale", "none", "--state", str(state_file)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    try:
        line = _first_line(process, timeout=15)
        base = line.rsplit(" ", 1)[-1]
        assert base.startswith("http://127.0.0.1:")
        with httpx.Client(base_url=base, timeout=5) as http:
            access = http.post("/auth/o2/token", data=FORM).json()["access_token"]
            http.headers["x-amz-access-token"] = access
            listing = http.get(
                "/service/v1/serviceJobs",
                params={"marketplaceIds": US, "createdAfter": "2020-01-01T00:00:00Z"},
            )
            assert listing.status_code == 200
            assert listing.headers["x-amzn-RateLimit-Limit"] == "10.0"
            job_id = listing.json()["payload"]["jobs"][0]["serviceJobId"]
            http.put(f"/service/v1/serviceJobs/{job_id}/completions")
    finally:
        process.terminate()
        process.wait(timeout=10)
    saved = json.loads(state_file.read_text())
    assert saved["seed"] == 4 and job_id in saved["jobs"]


@pytest.mark.skipif(sys.platform == "win32", reason="no SIGINT to send on Windows")
def test_ctrl_c_saves_the_state_and_exits_quietly(tmp_path: Path) -> None:
    state_file = tmp_path / "state.json"
    command = [sys.executable, "-m", "spapi_services.emulator", "--port", "0", "--seed", "2"]
    process = subprocess.Popen(
        [*command, "--state", str(state_file)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        base = _first_line(process, timeout=15).rsplit(" ", 1)[-1]
        with httpx.Client(base_url=base, timeout=5) as http:
            assert http.post("/auth/o2/token", data=FORM).status_code == 200
        process.send_signal(signal.SIGINT)
        _, errors = process.communicate(timeout=10)
    finally:
        process.kill()
    assert process.returncode == 0, errors
    assert "Traceback" not in errors and "KeyboardInterrupt" not in errors
    assert json.loads(state_file.read_text())["seed"] == 2

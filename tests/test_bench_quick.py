"""The benchmark script still runs end to end: ``scripts/bench.py --quick`` in a subprocess.

This checks for breakage only (every section present, every ratio a finite positive number);
it never compares a figure with a target, since timings on shared CI machines are noise.
"""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SECTIONS = {"overhead", "quota", "concurrency", "upload"}


def test_quick_bench_writes_every_section_with_numeric_ratios(tmp_path: Path) -> None:
    pytest.importorskip("uvicorn")
    out = tmp_path / "bench.json"
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "bench.py"), "--quick", "--json", str(out)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    results = json.loads(out.read_text())
    assert results["mode"] == "quick"
    assert set(results["sections"]) == SECTIONS
    for name, section in results["sections"].items():
        ratios = section["ratios"]
        assert ratios, f"{name}: no ratios"
        for key, value in ratios.items():
            assert isinstance(value, float), f"{name}/{key}: {value!r}"
            assert math.isfinite(value) and value > 0, f"{name}/{key}: {value!r}"
    counts = results["sections"]["concurrency"]["counts"]
    assert isinstance(counts["token requests (LWA source)"], int)
    assert isinstance(results["environment"]["sniffio_importable"], bool)
    assert "overhead" in done.stdout  # the table was printed

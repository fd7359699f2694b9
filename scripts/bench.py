"""The SDK's benchmarks, as ratios against baselines measured in the same run.

    python scripts/bench.py [--quick] [--json PATH] [--only SECTION ...] [--profile]

Sections (helpers in ``scripts/bench/``):

1. ``overhead``: CPU time per call through ``ServicesClient`` (pacing off) against raw httpx +
   ``json.loads`` on the same loopback server (a separate process), sequential and 32 tasks.
2. ``quota``: paced calls against the emulator (uvicorn, separate process) enforcing a usage
   plan: wall / ideal time and 429s; and speeding up to a higher advertised rate.
3. ``concurrency``: many concurrent calls on one client (in-process emulator): token requests,
   memory per in-flight call, event-loop lag, against raw httpx.
4. ``upload``: encrypt + hash throughput against ``cryptography``'s AES-256-CBC alone.

Prints a table and writes JSON (default ``bench-results.json``). Targets are goals to report
against, not assertions. ``--quick`` runs tiny sizes (for CI) and still runs every section.
``--profile`` adds a cProfile of the section-1 hot path (own code only).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import platform
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent / "bench"))

import benchutil
import httpx

SECTIONS = ("overhead", "quota", "concurrency", "upload")
# measure name prefix or suffix -> (target, "<=" or ">="); goals to report, never asserted
TARGETS: dict[str, tuple[float, str]] = {
    "sdk/raw CPU, job": (1.3, "<="),
    "sdk/raw CPU, page": (1.6, "<="),
    "matched plan: wall / ideal": (1.05, "<="),
    "retune": (1.0, ">="),
    "encrypt_document / AES alone, 5 MiB (throughput)": (0.8, ">="),  # the size
}
COUNT_TARGETS: dict[str, tuple[float, str]] = {"429s": (0, "<="), "token requests": (1, "<=")}


def _environment() -> dict[str, Any]:
    sniffio = importlib.util.find_spec("sniffio") is not None
    version = None
    if sniffio:
        import sniffio as module

        version = getattr(module, "__version__", "?")
    return {
        "python": platform.python_version(),
        "httpx": httpx.__version__,
        "sniffio_importable": sniffio,
        "sniffio_version": version,
        "cpus": __import__("os").cpu_count(),
    }


def _run_section(name: str, sizes: benchutil.Sizes) -> dict[str, Any]:
    if name == "overhead":
        import sec_overhead

        return sec_overhead.run(sizes)
    if name == "quota":
        import sec_quota

        return sec_quota.run(sizes)
    if name == "concurrency":
        import sec_concurrency

        return sec_concurrency.run(sizes.flood_calls)
    import sec_upload

    return sec_upload.run(sizes.doc_bytes, sizes.doc_repeats)


def _verdict(name: str, value: float, targets: dict[str, tuple[float, str]]) -> str:
    for key, (target, op) in targets.items():
        if name.startswith(key) or name.endswith(key):
            ok = value <= target if op == "<=" else value >= target
            return f"{op} {target:g}  {'ok' if ok else 'MISSED'}"
    return ""


def _table(results: dict[str, Any]) -> str:
    lines = [f"{'measure':<62} {'value':>9}  target"]
    for section in SECTIONS:
        if section not in results["sections"]:
            continue
        data = results["sections"][section]
        lines.append(f"-- {section} ({data['seconds']:.1f} s)")
        for name, value in data["ratios"].items():
            lines.append(f"  {name:<60} {value:>9.3f}  {_verdict(name, value, TARGETS)}")
        for name, value in data.get("counts", {}).items():
            lines.append(f"  {name:<60} {value:>9}  {_verdict(name, value, COUNT_TARGETS)}")
    env = results["environment"]
    lines.append(f"-- environment: sniffio importable: {env['sniffio_importable']}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="tiny sizes, for CI")
    parser.add_argument("--json", type=Path, default=Path("bench-results.json"))
    parser.add_argument("--only", nargs="+", choices=SECTIONS, help="run only these sections")
    parser.add_argument("--profile", action="store_true", help="cProfile the section-1 hot path")
    args = parser.parse_args(argv)
    sizes = benchutil.QUICK if args.quick else benchutil.FULL
    results: dict[str, Any] = {
        "mode": "quick" if args.quick else "full",
        "sizes": sizes.__dict__,
        "environment": _environment(),
        "sections": {},
    }
    for name in args.only or SECTIONS:
        print(f"running {name}...", file=sys.stderr, flush=True)
        started = time.perf_counter()
        section = _run_section(name, sizes)
        section["seconds"] = time.perf_counter() - started
        results["sections"][name] = section
    if args.profile:
        import profile_hot

        results["profile"] = profile_hot.run(sizes)
        print(profile_hot.render(results["profile"]))
    print(_table(results))
    args.json.write_text(json.dumps(results, indent=2, default=str) + "\n")
    print(f"results written to {args.json}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

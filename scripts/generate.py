"""Turn spec/services-api-v1.yaml into generated/spapi_services_generated/ (``make generate``).

The run is deterministic: the pinned openapi-python-client renders the document with the template
overrides in spec/templates/, the pinned ruff formats the result, and ``py.typed`` is added.
``--check`` renders into a temporary folder and fails on any difference from what is committed
(``make check-generated``).
"""

from __future__ import annotations

import argparse
import filecmp
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "services-api-v1.yaml"
CONFIG = ROOT / "spec" / "generator.yaml"
TEMPLATES = ROOT / "spec" / "templates"
PACKAGE = "spapi_services_generated"
TARGET = ROOT / "generated" / PACKAGE
GENERATOR_VERSION = "0.29.1"  # keep equal to the pin in pyproject.toml
RUFF = [sys.executable, "-m", "ruff"]
RUFF_OPTIONS = ["--isolated", "--line-length", "100", "--target-version", "py311"]


def _check_generator_version() -> None:
    from importlib.metadata import version

    found = version("openapi-python-client")
    if found != GENERATOR_VERSION:
        sys.exit(
            f"openapi-python-client {found} is installed, the project pins {GENERATOR_VERSION}: "
            "run `make venv` (templates are not the generator's public API)"
        )


def render(into: Path) -> Path:
    """Render the package into ``into`` and return the package folder."""
    _check_generator_version()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "openapi_python_client",
            "generate",
            "--path",
            str(SPEC),
            "--config",
            str(CONFIG),
            "--custom-template-path",
            str(TEMPLATES),
            "--meta",
            "none",
            "--overwrite",
        ],
        cwd=into,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    package = into / PACKAGE
    (package / "py.typed").write_text("")
    _write_operation_table(package)
    subprocess.run(
        [*RUFF, "check", *RUFF_OPTIONS, "--select", "F401,I", "--fix", "--quiet", str(package)],
        check=True,
    )
    subprocess.run([*RUFF, "format", *RUFF_OPTIONS, "--quiet", str(package)], check=True)
    return package


_OPERATIONS_HEADER = '''"""The operation table of the Services API.

Written by scripts/generate.py from the vendor extensions of spec/services-api-v1.yaml.
Do not edit: change the spec and run `make generate`.
"""

from typing import NamedTuple


class OperationSpec(NamedTuple):
    """One operation: how it is called, its default usage plan and whether it may be replayed."""

    operation_id: str
    method: str
    path: str
    rate: float
    burst: int
    retry_safe: bool
    page_token_param: str | None = None
    next_token_field: str | None = None
    items_field: str | None = None


OPERATIONS: dict[str, OperationSpec] = {
'''


def _write_operation_table(package: Path) -> None:
    """Write ``_operations.py``: the spec's per-operation extensions as data."""
    import yaml

    spec = yaml.safe_load(SPEC.read_text())
    rows = []
    for path, methods in spec["paths"].items():
        for method, op in methods.items():
            plan = op["x-spapi-usage-plan"]
            pages = op.get("x-spapi-pagination") or {}
            rows.append(
                (
                    op["operationId"],
                    f"    {op['operationId']!r}: OperationSpec({op['operationId']!r}, "
                    f"{method.upper()!r}, {path!r}, "
                    f"{float(plan['rate'])!r}, {int(plan['burst'])!r}, "
                    f"{bool(op['x-spapi-retry-safe'])!r}, {pages.get('request')!r}, "
                    f"{pages.get('response')!r}, {pages.get('items')!r}),",
                )
            )
    body = "\n".join(line for _, line in sorted(rows))
    (package / "_operations.py").write_text(_OPERATIONS_HEADER + body + "\n}\n")


def _differences(left: Path, right: Path) -> list[str]:
    cmp = filecmp.dircmp(left, right, ignore=["__pycache__"])
    out = [f"only in committed: {p}" for p in cmp.left_only]
    out += [f"only in regenerated: {p}" for p in cmp.right_only]
    out += [f"differs: {p}" for p in cmp.diff_files]
    # dircmp compares shallowly by stat; compare contents of same-named files explicitly
    for name in cmp.same_files:
        if (left / name).read_bytes() != (right / name).read_bytes():
            out.append(f"differs: {name}")
    for sub in cmp.common_dirs:
        out += [f"{sub}/{d}" for d in _differences(left / sub, right / sub)]
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if generated/ is out of date")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        package = render(Path(tmp))
        if args.check:
            if not TARGET.exists():
                print(f"{TARGET} is missing: run `make generate`", file=sys.stderr)
                return 1
            diff = _differences(TARGET, package)
            if diff:
                print(
                    "generated/ differs from the spec; run `make generate` and commit:",
                    file=sys.stderr,
                )
                print("\n".join(f"  {d}" for d in diff), file=sys.stderr)
                return 1
            print("generated/ is up to date")
            return 0
        if TARGET.exists():
            shutil.rmtree(TARGET)
        shutil.copytree(package, TARGET, ignore=shutil.ignore_patterns("__pycache__"))
        print(f"generated {TARGET.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Locate ../shared (reference material kept beside the repository) and load what tests use.

Tests that need it skip cleanly when the folder is absent, e.g. in a bare checkout or sdist.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT / ".." / "shared"
MODEL_PATH = SHARED / "reference" / "services-api-model.json"
SPEC_PATH = ROOT / "spec" / "services-api-v1.yaml"


def load_model() -> dict[str, Any]:
    """The upstream Swagger model, or a pytest skip when ../shared is not there."""
    if not MODEL_PATH.is_file():
        pytest.skip(f"upstream model not found at {MODEL_PATH}", allow_module_level=True)
    return json.loads(MODEL_PATH.read_text())


def load_spec() -> dict[str, Any]:
    """Our OpenAPI document as plain data."""
    return yaml.safe_load(SPEC_PATH.read_text())


def load_upstream_diff() -> ModuleType:
    """scripts/upstream_diff.py as a module (scripts/ is not a package)."""
    name = "upstream_diff"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / "upstream_diff.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def upstream_operations(model: dict[str, Any]) -> dict[str, tuple[str, str, dict[str, Any]]]:
    """operationId -> (method, path, operation) of a Swagger or OpenAPI document."""
    out = {}
    for path, item in model["paths"].items():
        for method, op in item.items():
            if isinstance(op, dict) and "operationId" in op:
                out[op["operationId"]] = (method, path, op)
    return out

"""Every static sandbox example of Amazon's model parses through the generated layer.

Each example's status and JSON body become an ``httpx.Response`` handed to the generated
operation module's ``_build_response``: the result must be the type our document declares for that
status, and a success payload must come back unchanged from ``to_dict()`` (date-times compared as
instants, since we always write UTC with "Z").
"""

from __future__ import annotations

import datetime
import importlib
import re
from typing import Any

import httpx
import pytest
from _shared import load_model, load_spec, upstream_operations
from spapi_services_generated import models
from spapi_services_generated.client import Client

MODEL = load_model()
SPEC = load_spec()
EXPECTED_EXAMPLES = 147
_DATE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")


def _examples() -> list[tuple[str, int, int, Any]]:
    out = []
    for op_id, (_, _, op) in sorted(upstream_operations(MODEL).items()):
        for status, response in op["responses"].items():
            static = response.get("x-amzn-api-sandbox", {}).get("static", [])
            for index, example in enumerate(static):
                out.append((op_id, int(status), index, example["response"]))
    return out


EXAMPLES = _examples()


def _module_name(op_id: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", op_id).lower()


def _documented(op_id: str, status: int) -> tuple[type | None, type | None]:
    """(outer type, item type) our spec declares for a status: a model, a list of models or None."""
    op = upstream_operations(SPEC)[op_id][2]
    content = op["responses"][str(status)].get("content")
    if not content:
        return None, None
    name = content["application/json"]["schema"]["$ref"].rsplit("/", 1)[-1]
    schema = SPEC["components"]["schemas"][name]
    if schema.get("type") == "array":
        return list, getattr(models, schema["items"]["$ref"].rsplit("/", 1)[-1])
    return getattr(models, name), None


def _normalized(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _normalized(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_normalized(v) for v in value]
    if isinstance(value, str) and _DATE_TIME.match(value):
        return datetime.datetime.fromisoformat(value).astimezone(datetime.UTC)
    return value


def _http_response(status: int, body: Any) -> httpx.Response:
    if body == "":
        return httpx.Response(status, content=b"")
    return httpx.Response(status, json=body)


def test_the_model_has_all_sandbox_examples() -> None:
    assert len(EXAMPLES) == EXPECTED_EXAMPLES
    assert len({(op, status, i) for op, status, i, _ in EXAMPLES}) == EXPECTED_EXAMPLES


@pytest.mark.parametrize(
    ("op_id", "status", "index", "body"),
    EXAMPLES,
    ids=[f"{op}-{status}-{i}" for op, status, i, _ in EXAMPLES],
)
def test_example_parses(op_id: str, status: int, index: int, body: Any) -> None:
    module = importlib.import_module(f"spapi_services_generated.api.service.{_module_name(op_id)}")
    result = module._build_response(
        client=Client(base_url="https://x"), response=_http_response(status, body)
    )

    assert result.status_code == status
    outer, item = _documented(op_id, status)
    if outer is None:
        assert result.parsed is None
        return
    assert isinstance(result.parsed, outer), f"{op_id} {status}: got {result.parsed!r}"
    if item is not None:
        assert all(isinstance(entry, item) for entry in result.parsed)
        dumped: Any = [entry.to_dict() for entry in result.parsed]
    else:
        dumped = result.parsed.to_dict()
    if 200 <= status < 300:
        assert _normalized(dumped) == _normalized(body)
    else:
        # error examples: the error list survives with its codes
        errors = body if isinstance(body, list) else body.get("errors", [])
        parsed_errors = dumped if isinstance(dumped, list) else dumped.get("errors", [])
        assert [e["code"] for e in parsed_errors] == [e["code"] for e in errors]

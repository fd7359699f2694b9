"""Compare spec/services-api-v1.yaml with Amazon's Swagger 2.0 model of the Services API.

Usage: ``upstream_diff.py MODEL.json [--spec spec/services-api-v1.yaml]``

Lists, one line each and grouped, everything the upstream model declares that our OpenAPI 3
document lacks or declares differently: operations (operationId, method, path), parameters (name,
location, required, type, format, enum, constraints, array style), request bodies, response status
codes and headers, schemas, properties, enum values, required lists and constraints, and the usage
plan (rate and burst) in each operation's description table. Exit status 1 when something upstream
is missing or different, 0 when ours covers upstream. What ours has in addition (a property such as
``serviceType``, a tighter constraint) and the known translations between the two formats (a date
string we type as ``date-time``, a 204 we declare without content) are listed as information.

The core is :func:`compare`, importable by tests (``scripts/`` is not a package: load this file
with importlib or put ``scripts/`` on ``sys.path``).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = ["FAILING_KINDS", "Difference", "compare", "main", "upstream_usage_plan"]

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SPEC = ROOT / "spec" / "services-api-v1.yaml"

FAILING_KINDS = frozenset({"missing", "different"})
GROUPS = ("operation", "usage plan", "parameter", "body", "response", "schema")
CONSTRAINTS = (
    "minLength",
    "maxLength",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "multipleOf",
    "minItems",
    "maxItems",
    "uniqueItems",
    "pattern",
    "default",
)
_PARAM_SCHEMA_KEYS = ("type", "format", "items", "enum", *CONSTRAINTS)
_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")
# "| Rate (requests per second) | Burst |", a "| ---- | ---- |" rule, then "| 5 | 20 |"
_PLAN_ROW = re.compile(
    r"\|\s*Rate[^|]*\|\s*Burst\s*\|\s*\n\|[\s|-]*\|\s*\n\|\s*([\d.]+)\s*\|\s*(\d+)\s*\|"
)


@dataclass(frozen=True)
class Difference:
    """One finding. ``kind`` is "missing" or "different" (ours does not cover upstream), "extra"
    (ours declares more) or "info" (a known, accepted translation between the two formats)."""

    kind: str
    group: str
    where: str
    detail: str

    @property
    def failing(self) -> bool:
        return self.kind in FAILING_KINDS

    def __str__(self) -> str:
        return f"{self.kind.upper():9} {self.where}: {self.detail}"


def upstream_usage_plan(description: str) -> tuple[float, int] | None:
    """(rate, burst) from the usage-plan table of an upstream operation description, or None."""
    match = _PLAN_ROW.search(description or "")
    return (float(match[1]), int(match[2])) if match else None


def compare(model: Mapping[str, Any], spec: Mapping[str, Any]) -> list[Difference]:
    """Every difference between the upstream Swagger 2.0 ``model`` and our OpenAPI 3 ``spec``."""
    return list(_Comparison(model, spec).run())


class _Comparison:
    def __init__(self, model: Mapping[str, Any], spec: Mapping[str, Any]) -> None:
        self.model = model
        self.spec = spec
        self.definitions: Mapping[str, Any] = model.get("definitions", {})
        self.schemas: Mapping[str, Any] = spec.get("components", {}).get("schemas", {})

    def run(self) -> Iterator[Difference]:
        ups = _operations(self.model)
        ours = _operations(self.spec)
        for op_id, (method, path, up_op) in ups.items():
            if op_id not in ours:
                yield Difference("missing", "operation", op_id, f"{method.upper()} {path}")
                continue
            our_method, our_path, our_op = ours[op_id]
            if (our_method, our_path) != (method, path):
                yield Difference(
                    "different",
                    "operation",
                    op_id,
                    f"upstream {method.upper()} {path}, ours {our_method.upper()} {our_path}",
                )
            yield from self._usage_plan(op_id, up_op, our_op)
            yield from self._parameters(op_id, up_op, our_op)
            yield from self._responses(op_id, up_op, our_op)
        for op_id in ours.keys() - ups.keys():
            yield Difference("extra", "operation", op_id, "not in upstream")
        for name, up_schema in self.definitions.items():
            if name not in self.schemas:
                yield Difference("missing", "schema", name, "schema missing")
            else:
                yield from self._schema(name, up_schema, self.schemas[name], "schema")
        for name in self.schemas.keys() - self.definitions.keys():
            yield Difference("extra", "schema", name, "not in upstream")

    def _usage_plan(self, op_id: str, up_op: Mapping[str, Any], our_op: Mapping[str, Any]):
        expected = upstream_usage_plan(up_op.get("description", ""))
        plan = our_op.get("x-spapi-usage-plan")
        if expected is None:
            return
        if not isinstance(plan, Mapping):
            yield Difference("missing", "usage plan", op_id, "no x-spapi-usage-plan")
            return
        found = (float(plan.get("rate", -1)), int(plan.get("burst", -1)))
        if found != expected:
            yield Difference(
                "different",
                "usage plan",
                op_id,
                f"upstream rate {expected[0]:g}/s burst {expected[1]}, "
                f"ours rate {found[0]:g}/s burst {found[1]}",
            )

    def _parameters(self, op_id: str, up_op: Mapping[str, Any], our_op: Mapping[str, Any]):
        ours = {(p["in"], p["name"]): p for p in map(self._deref, our_op.get("parameters", []))}
        for up in up_op.get("parameters", []):
            if up.get("in") == "body":
                yield from self._body(op_id, up, our_op.get("requestBody"))
                continue
            key = (up["in"], up["name"])
            where = f"{op_id} {up['in']}:{up['name']}"
            if key not in ours:
                yield Difference("missing", "parameter", where, "parameter missing")
                continue
            our = ours.pop(key)
            if bool(up.get("required")) != bool(our.get("required")):
                yield Difference(
                    "different",
                    "parameter",
                    where,
                    f"required: upstream {bool(up.get('required'))}, "
                    f"ours {bool(our.get('required'))}",
                )
            up_schema = {k: up[k] for k in _PARAM_SCHEMA_KEYS if k in up}
            yield from self._schema(where, up_schema, our.get("schema", {}), "parameter")
            if up.get("type") == "array":
                yield from self._array_style(where, up, our)
        for key in ours:
            yield Difference("extra", "parameter", f"{op_id} {key[0]}:{key[1]}", "not upstream")

    def _array_style(self, where: str, up: Mapping[str, Any], our: Mapping[str, Any]):
        # Swagger 2.0 defaults to csv; OpenAPI 3 query arrays default to form + explode.
        fmt = up.get("collectionFormat", "csv")
        wanted = {"csv": ("form", False), "multi": ("form", True)}.get(fmt)
        style = our.get("style", "form" if our.get("in") in ("query", "cookie") else "simple")
        explode = our.get("explode", style == "form")
        if wanted is not None and (style, explode) != wanted:
            yield Difference(
                "different",
                "parameter",
                where,
                f"collectionFormat {fmt} needs style {wanted[0]}, explode {wanted[1]}; "
                f"ours style {style}, explode {explode}",
            )

    def _body(self, op_id: str, up: Mapping[str, Any], body: Mapping[str, Any] | None):
        where = f"{op_id} body"
        if body is None:
            yield Difference("missing", "body", where, "request body missing")
            return
        body = self._deref(body)
        if bool(up.get("required")) != bool(body.get("required")):
            yield Difference(
                "different",
                "body",
                where,
                f"required: upstream {bool(up.get('required'))}, ours {bool(body.get('required'))}",
            )
        schema = _json_schema(body)
        if schema is None:
            yield Difference("missing", "body", where, "no application/json schema")
        else:
            yield from self._schema(where, up.get("schema", {}), schema, "body")

    def _responses(self, op_id: str, up_op: Mapping[str, Any], our_op: Mapping[str, Any]):
        ours = {str(k): self._deref(v) for k, v in our_op.get("responses", {}).items()}
        for status, up in up_op.get("responses", {}).items():
            where = f"{op_id} {status}"
            if str(status) not in ours:
                yield Difference("missing", "response", where, "status code missing")
                continue
            our = ours.pop(str(status))
            for header in up.get("headers", {}):
                if header.lower() not in {h.lower() for h in our.get("headers", {})}:
                    yield Difference("missing", "response", where, f"header {header} missing")
            schema = _json_schema(our)
            if "schema" not in up:
                if schema is not None:
                    yield Difference("extra", "response", where, "ours declares a body schema")
            elif schema is None:
                kind = "info" if str(status) == "204" else "missing"
                yield Difference(kind, "response", where, "upstream schema, ours no content")
            else:
                yield from self._schema(where, up["schema"], schema, "response")
        for status in ours:
            yield Difference("extra", "response", f"{op_id} {status}", "not upstream")

    def _schema(self, where: str, up: Mapping[str, Any], our: Mapping[str, Any], group: str):
        """Compare two schemas structurally; a $ref is compared by name, not followed."""
        up_ref, our_ref = _ref_name(up), _ref_name(our)
        if up_ref or our_ref:
            if up_ref != our_ref:
                yield Difference(
                    "different", group, where, f"upstream ${{ref}} {up_ref}, ours {our_ref}"
                )
            return
        yield from self._type_and_format(where, up, our, group)
        yield from self._enum(where, up, our, group)
        yield from self._constraints(where, up, our, group)
        yield from self._required(where, up, our, group)
        up_props, our_props = up.get("properties", {}), our.get("properties", {})
        for name, prop in up_props.items():
            if name not in our_props:
                yield Difference("missing", group, f"{where}.{name}", "property missing")
            else:
                yield from self._schema(f"{where}.{name}", prop, our_props[name], group)
        for name in our_props.keys() - up_props.keys():
            yield Difference("extra", group, f"{where}.{name}", "property not upstream")
        if "items" in up:
            if "items" not in our:
                yield Difference("missing", group, f"{where}[]", "array items missing")
            else:
                yield from self._schema(f"{where}[]", up["items"], our["items"], group)
        up_add, our_add = up.get("additionalProperties"), our.get("additionalProperties")
        if isinstance(up_add, Mapping) and isinstance(our_add, Mapping):
            yield from self._schema(f"{where}{{}}", up_add, our_add, group)
        elif up_add is not None and up_add != our_add and not (up_add is True and our_add is None):
            yield Difference(
                "different",
                group,
                where,
                f"additionalProperties: upstream {up_add!r}, ours {our_add!r}",
            )

    def _type_and_format(self, where: str, up: Mapping[str, Any], our: Mapping[str, Any], group):
        if "type" in up and up.get("type") != our.get("type"):
            yield Difference(
                "different", group, where, f"type: upstream {up['type']}, ours {our.get('type')}"
            )
        up_fmt, our_fmt = up.get("format"), our.get("format")
        if up_fmt == our_fmt:
            return
        if up_fmt is None and our_fmt in ("date-time", "date") and up.get("type") == "string":
            yield Difference("info", group, where, f"upstream plain string, ours format {our_fmt}")
        elif up_fmt is None:
            yield Difference("extra", group, where, f"ours adds format {our_fmt}")
        else:
            detail = f"format: upstream {up_fmt}, ours {our_fmt}"
            yield Difference("different", group, where, detail)

    def _enum(self, where: str, up: Mapping[str, Any], our: Mapping[str, Any], group: str):
        if "enum" not in up:
            if "enum" in our:
                yield Difference("extra", group, where, "ours restricts values to an enum")
            return
        our_values = our.get("enum")
        if our_values is None:
            yield Difference("missing", group, where, "enum missing")
            return
        for value in up["enum"]:
            if value not in our_values:
                yield Difference("missing", group, where, f"enum value {value!r} missing")
        for value in our_values:
            if value not in up["enum"]:
                yield Difference("extra", group, where, f"enum value {value!r} not upstream")

    def _constraints(self, where: str, up: Mapping[str, Any], our: Mapping[str, Any], group):
        for key in CONSTRAINTS:
            if key in up and key not in our:
                yield Difference("missing", group, where, f"{key} {up[key]!r} missing")
            elif key in up and up[key] != our[key]:
                yield Difference(
                    "different", group, where, f"{key}: upstream {up[key]!r}, ours {our[key]!r}"
                )
            elif key in our and key not in up:
                yield Difference("extra", group, where, f"ours adds {key} {our[key]!r}")

    def _required(self, where: str, up: Mapping[str, Any], our: Mapping[str, Any], group: str):
        up_req, our_req = set(up.get("required", [])), set(our.get("required", []))
        for name in sorted(up_req - our_req):
            yield Difference("different", group, where, f"{name!r} required upstream, not in ours")
        for name in sorted(our_req - up_req):
            yield Difference("different", group, where, f"{name!r} required in ours, not upstream")

    def _deref(self, node: Mapping[str, Any]) -> Mapping[str, Any]:
        """Follow a local ``$ref`` to a reusable parameter, body or response of ours."""
        seen = 0
        while isinstance(node, Mapping) and "$ref" in node and seen < 10:
            ref = node["$ref"]
            if not ref.startswith("#/") or ref.startswith("#/components/schemas/"):
                return node
            target: Any = self.spec
            for part in ref[2:].split("/"):
                target = target[part]
            node, seen = target, seen + 1
        return node


def _operations(doc: Mapping[str, Any]) -> dict[str, tuple[str, str, Mapping[str, Any]]]:
    out = {}
    for path, item in doc.get("paths", {}).items():
        for method, op in item.items():
            if method in _METHODS and isinstance(op, Mapping):
                out[op.get("operationId", f"{method} {path}")] = (method, path, op)
    return out


def _ref_name(schema: Mapping[str, Any]) -> str | None:
    ref = schema.get("$ref") if isinstance(schema, Mapping) else None
    return ref.rsplit("/", 1)[-1] if isinstance(ref, str) else None


def _json_schema(node: Mapping[str, Any]) -> Mapping[str, Any] | None:
    content = node.get("content") or {}
    media = content.get("application/json") or next(iter(content.values()), None)
    return media.get("schema") if isinstance(media, Mapping) else None


def report(differences: list[Difference]) -> str:
    """The differences as text: failing ones grouped first, then extras and information."""
    lines: list[str] = []
    for title, kinds in (("Not covered", FAILING_KINDS), ("Ours only / info", {"extra", "info"})):
        chosen = [d for d in differences if d.kind in kinds]
        lines.append(f"== {title}: {len(chosen)}")
        for group in GROUPS:
            rows = sorted(str(d) for d in chosen if d.group == group)
            if rows:
                lines.append(f"-- {group} ({len(rows)})")
                lines.extend(f"  {row}" for row in rows)
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("model", type=Path, help="upstream Swagger 2.0 model (JSON)")
    parser.add_argument("--spec", type=Path, default=DEFAULT_SPEC, help="our OpenAPI 3 document")
    args = parser.parse_args(argv)
    import yaml

    model = json.loads(args.model.read_text())
    spec = yaml.safe_load(args.spec.read_text())
    differences = compare(model, spec)
    print(report(differences))
    return 1 if any(d.failing for d in differences) else 0


if __name__ == "__main__":
    sys.exit(main())

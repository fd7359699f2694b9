"""Our OpenAPI document covers Amazon's model, and its vendor extensions say what the model says.

The comparison is scripts/upstream_diff.py; the mutation tests show it does fail when our document
loses something, so a green run here means something.
"""

from __future__ import annotations

import copy
from typing import Any

import pytest
from _shared import load_model, load_spec, load_upstream_diff, upstream_operations
from spapi_services_generated._operations import OPERATIONS

diff = load_upstream_diff()

# Real differences the diff reports today, kept deliberately visible. Each one must still be
# reported (test_known_gaps_are_still_real), so the list shrinks when the spec is fixed.
KNOWN_GAPS: set[tuple[str, str]] = set()
CREATING_POSTS = {
    "addAppointmentForServiceJobByServiceJobId",
    "rescheduleAppointmentForServiceJobByServiceJobId",
    "createReservation",
    "createServiceDocumentUploadDestination",
}
PAGINATION = {
    "getServiceJobs": ("pageToken", "nextPageToken"),
    "getRangeSlotCapacity": ("nextPageToken", "nextPageToken"),
    "getFixedSlotCapacity": ("nextPageToken", "nextPageToken"),
}


@pytest.fixture(scope="module")
def model() -> dict[str, Any]:
    return load_model()


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    return load_spec()


@pytest.fixture(scope="module")
def differences(model: dict[str, Any], spec: dict[str, Any]) -> list[Any]:
    return diff.compare(model, spec)


def _failing(differences: list[Any], group: str | None = None) -> list[str]:
    return [str(d) for d in differences if d.failing and group in (None, d.group)]


@pytest.mark.parametrize("group", ["operation", "parameter", "body", "response", "usage plan"])
def test_every_upstream_element_of_group_is_covered(differences: list[Any], group: str) -> None:
    assert _failing(differences, group) == []


def test_every_schema_property_and_enum_value_is_ours(differences: list[Any]) -> None:
    lost = [
        str(d)
        for d in differences
        if d.group == "schema"
        and d.kind == "missing"
        and (d.detail in ("schema missing", "property missing") or d.detail.startswith("enum"))
    ]
    assert lost == []


def test_only_known_gaps_remain(differences: list[Any]) -> None:
    found = {(d.kind, d.where) for d in differences if d.failing}
    assert found - KNOWN_GAPS == set()


def test_known_gaps_are_still_real(differences: list[Any]) -> None:
    found = {(d.kind, d.where) for d in differences if d.failing}
    assert KNOWN_GAPS - found == set(), "a known gap was fixed: remove it from KNOWN_GAPS"


def test_extras_and_translations_are_information_only(differences: list[Any]) -> None:
    by_where = {d.where: d for d in differences if not d.failing}
    assert by_where["ServiceJob.serviceType"].kind == "extra"
    assert by_where["getServiceJobs query:createdAfter"].kind == "info"
    assert by_where["cancelReservation 204"].kind == "info"


def _param(spec: dict[str, Any], op_id: str, name: str) -> dict[str, Any]:
    _, _, op = upstream_operations(spec)[op_id]
    return next(p for p in op["parameters"] if p["name"] == name)


def _drop_property(s: dict[str, Any]) -> None:
    del s["components"]["schemas"]["ServiceJob"]["properties"]["serviceJobStatus"]


def _drop_enum_value(s: dict[str, Any]) -> None:
    s["components"]["schemas"]["Appointment"]["properties"]["appointmentStatus"]["enum"].remove(
        "CANCELLED"
    )


def _drop_parameter(s: dict[str, Any]) -> None:
    op = upstream_operations(s)["getServiceJobs"][2]
    op["parameters"] = [p for p in op["parameters"] if p["name"] != "marketplaceIds"]


def _drop_query_enum_value(s: dict[str, Any]) -> None:
    _param(s, "getServiceJobs", "serviceJobStatus")["schema"]["items"]["enum"].remove("HOLD")


def _loosen_required(s: dict[str, Any]) -> None:
    _param(s, "cancelServiceJobByServiceJobId", "cancellationReasonCode")["required"] = False


def _repeat_array(s: dict[str, Any]) -> None:
    _param(s, "getServiceJobs", "asins")["explode"] = True


def _change_constraint(s: dict[str, Any]) -> None:
    s["components"]["schemas"]["OrderId"]["maxLength"] = 30


def _drop_required(s: dict[str, Any]) -> None:
    s["components"]["schemas"]["AppointmentTime"]["required"].remove("startTime")


def _drop_response(s: dict[str, Any]) -> None:
    del upstream_operations(s)["getServiceJobs"][2]["responses"]["404"]


def _drop_body(s: dict[str, Any]) -> None:
    del upstream_operations(s)["createReservation"][2]["requestBody"]


def _move_operation(s: dict[str, Any]) -> None:
    s["paths"]["/service/v1/documents"]["put"] = s["paths"]["/service/v1/documents"].pop("post")


def _change_plan(s: dict[str, Any]) -> None:
    upstream_operations(s)["assignAppointmentResources"][2]["x-spapi-usage-plan"]["burst"] = 5


def _drop_schema(s: dict[str, Any]) -> None:
    del s["components"]["schemas"]["Poa"]


MUTATIONS = [
    (_drop_property, "missing", "ServiceJob.serviceJobStatus"),
    (_drop_enum_value, "missing", "Appointment.appointmentStatus"),
    (_drop_parameter, "missing", "getServiceJobs query:marketplaceIds"),
    (_drop_query_enum_value, "missing", "getServiceJobs query:serviceJobStatus[]"),
    (_loosen_required, "different", "cancelServiceJobByServiceJobId query:cancellationReasonCode"),
    (_repeat_array, "different", "getServiceJobs query:asins"),
    (_change_constraint, "different", "OrderId"),
    (_drop_required, "different", "AppointmentTime"),
    (_drop_response, "missing", "getServiceJobs 404"),
    (_drop_body, "missing", "createReservation body"),
    (_move_operation, "different", "createServiceDocumentUploadDestination"),
    (_change_plan, "different", "assignAppointmentResources"),
    (_drop_schema, "missing", "Poa"),
]


@pytest.mark.parametrize(
    ("mutate", "kind", "where"), MUTATIONS, ids=[m[0].__name__.strip("_") for m in MUTATIONS]
)
def test_diff_detects_a_loss(
    model: dict[str, Any], spec: dict[str, Any], differences: list[Any], mutate, kind, where
) -> None:
    assert (kind, where) not in {(d.kind, d.where) for d in differences}
    mutated = copy.deepcopy(spec)
    mutate(mutated)
    found = {(d.kind, d.where) for d in diff.compare(model, mutated) if d.failing}
    assert (kind, where) in found


def test_command_line_exit_status(model: dict[str, Any], spec: dict[str, Any], tmp_path) -> None:
    import json

    import yaml

    (tmp_path / "model.json").write_text(json.dumps(model))
    fixed = copy.deepcopy(spec)
    schemas = fixed["components"]["schemas"]
    schemas["LinkedAsset"]["properties"]["additionalAttributes"]["additionalProperties"] = {
        "type": "string"
    }
    for name in ("FixedSlotCapacity", "FixedSlotCapacityQuery"):
        schemas[name]["properties"]["slotDuration"]["multipleOf"] = 5
    (tmp_path / "covered.yaml").write_text(yaml.safe_dump(fixed))
    _drop_property(fixed)
    (tmp_path / "lossy.yaml").write_text(yaml.safe_dump(fixed))

    model_arg = str(tmp_path / "model.json")
    assert diff.main([model_arg, "--spec", str(tmp_path / "covered.yaml")]) == 0
    assert diff.main([model_arg, "--spec", str(tmp_path / "lossy.yaml")]) == 1


def test_usage_plan_table_is_read() -> None:
    table = "Text.\n\n| Rate (requests per second) | Burst |\n| ---- | ---- |\n| 0.5 | 2 |\n"
    assert diff.upstream_usage_plan(table) == (0.5, 2)
    assert diff.upstream_usage_plan("no table") is None


def test_every_operation_has_the_upstream_usage_plan(
    model: dict[str, Any], spec: dict[str, Any]
) -> None:
    ours = upstream_operations(spec)
    checked = 0
    for op_id, (_, _, op) in upstream_operations(model).items():
        expected = diff.upstream_usage_plan(op["description"])
        assert expected is not None, f"{op_id}: no usage-plan table upstream"
        plan = ours[op_id][2]["x-spapi-usage-plan"]
        assert (float(plan["rate"]), int(plan["burst"])) == expected, op_id
        checked += 1
    assert checked == 17
    assert ours["assignAppointmentResources"][2]["x-spapi-usage-plan"] == {"rate": 1, "burst": 2}


def test_only_creating_posts_are_unsafe_to_retry(spec: dict[str, Any]) -> None:
    unsafe = {
        op_id
        for op_id, (_, _, op) in upstream_operations(spec).items()
        if op["x-spapi-retry-safe"] is False
    }
    assert unsafe == CREATING_POSTS
    assert all(
        op["x-spapi-retry-safe"] in (True, False) for _, _, op in upstream_operations(spec).values()
    )


def test_pagination_names(spec: dict[str, Any]) -> None:
    found = {
        op_id: (op["x-spapi-pagination"]["request"], op["x-spapi-pagination"]["response"])
        for op_id, (_, _, op) in upstream_operations(spec).items()
        if "x-spapi-pagination" in op
    }
    assert found == PAGINATION
    # the names are real: a query parameter of the operation and a property of its 200 payload
    schemas = spec["components"]["schemas"]
    for op_id, (request, response) in PAGINATION.items():
        op = upstream_operations(spec)[op_id][2]
        assert request in {p["name"] for p in op["parameters"] if p["in"] == "query"}
        ref = op["responses"]["200"]["content"]["application/json"]["schema"]["$ref"]
        body = schemas[ref.rsplit("/", 1)[-1]]
        container = op["x-spapi-pagination"].get("container")
        if container:
            body = schemas[body["properties"][container]["$ref"].rsplit("/", 1)[-1]]
        assert response in body["properties"], op_id
        assert op["x-spapi-pagination"]["items"] in body["properties"], op_id


def test_generated_operation_table_matches_the_spec(spec: dict[str, Any]) -> None:
    ours = upstream_operations(spec)
    assert set(OPERATIONS) == set(ours)
    for op_id, (method, path, op) in ours.items():
        row = OPERATIONS[op_id]
        pages = op.get("x-spapi-pagination", {})
        assert row.operation_id == op_id
        assert (row.method, row.path) == (method.upper(), path)
        plan = op["x-spapi-usage-plan"]
        assert (row.rate, row.burst) == (float(plan["rate"]), int(plan["burst"]))
        assert row.retry_safe is op["x-spapi-retry-safe"]
        assert row.page_token_param == pages.get("request")
        assert row.next_token_field == pages.get("response")
        assert row.items_field == pages.get("items")


DESCRIBED_PROPERTIES = [
    "ServiceJob",
    "Appointment",
    "AppointmentTime",
    "AppointmentTimeInput",
    "Poa",
    "Error",
    "Warning",
    "ServiceDocumentUploadDestination",
    "EncryptionDetails",
    "AvailabilityRecord",
    "Recurrence",
    "Reservation",
    "RangeSlot",
    "FixedSlot",
    "AppointmentSlot",
    "JobListing",
]


def _described(node: dict[str, Any]) -> bool:
    return isinstance(node.get("description"), str) and len(node["description"].strip()) > 3


def test_every_schema_and_parameter_is_described(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    bare = [f"schema {name}" for name, schema in schemas.items() if not _described(schema)]
    for op_id, (_, _, op) in upstream_operations(spec).items():
        bare += [f"{op_id} {p['name']}" for p in op.get("parameters", []) if not _described(p)]
    for name in DESCRIBED_PROPERTIES:
        props = schemas[name]["properties"]
        bare += [f"{name}.{prop}" for prop, node in props.items() if not _described(node)]
    assert bare == []


def _normalized_text(text: str) -> str:
    return " ".join(text.lower().replace("`", "").split()).rstrip(".")


def test_descriptions_are_our_own(model: dict[str, Any], spec: dict[str, Any]) -> None:
    """No schema, property or parameter description repeats the upstream wording."""
    pairs = []
    definitions, schemas = model["definitions"], spec["components"]["schemas"]
    for name, up in definitions.items():
        pairs.append((name, up, schemas[name]))
        for prop, node in up.get("properties", {}).items():
            pairs.append((f"{name}.{prop}", node, schemas[name]["properties"][prop]))
    ours = upstream_operations(spec)
    for op_id, (_, _, op) in upstream_operations(model).items():
        params = {p["name"]: p for p in ours[op_id][2].get("parameters", [])}
        params["body"] = ours[op_id][2].get("requestBody", {})
        pairs += [(f"{op_id} {p['name']}", p, params[p["name"]]) for p in op["parameters"]]
    copied = [
        where
        for where, up, our in pairs
        if "description" in up
        and "description" in our
        and _normalized_text(up["description"]) == _normalized_text(our["description"])
    ]
    assert copied == []

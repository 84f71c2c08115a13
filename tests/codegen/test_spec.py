"""The spec is valid OpenAPI 3.1, faithful to the published API's facts, and the generated code
matches it exactly."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from openapi_spec_validator import validate

from codegen.spec import load_spec

ROOT = Path(__file__).resolve().parents[2]
FACTS = ROOT.parent / "shared" / "reference" / "instantly-api-v2-facts.json"


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    return load_spec()


@pytest.mark.slow  # the full OpenAPI validation: about 10 s
def test_spec_is_valid_openapi(spec: dict[str, Any]) -> None:
    validate(spec)


@pytest.mark.slow  # regenerates everything (CI also runs `python -m codegen --check`)
def test_generated_files_match_the_spec() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "codegen", "--check"], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_operation_has_sdk_names_and_prose(spec: dict[str, Any]) -> None:
    for path, item in spec["paths"].items():
        for method, op in item.items():
            assert op.get("x-sdk-method"), (method, path)
            assert op.get("summary") and op.get("description"), op["operationId"]


# Every constraint keyword of the facts file is compared, wherever it sits in a schema.
COMPARED_KEYWORDS = (
    "type",
    "format",
    "enum",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "multipleOf",
    "minLength",
    "maxLength",
    "pattern",
    "minItems",
    "maxItems",
    "uniqueItems",
    "minProperties",
    "maxProperties",
    "deprecated",
)

# Where our spec deliberately adds a rule the published document lacks: the spot, the extension
# and (in the spec, as `x-sdk-note` beside it) the reason. Nothing else may differ.
DELIBERATE_ADDITIONS = {
    ("BulkAddLeadsRequest", "x-sdk-requires-one-of"): [["campaign_id", "list_id"]],
    ("MoveLeadsRequest", "x-sdk-requires-one-of"): [["to_campaign_id", "to_list_id"]],
    # Restates the published anyOf, so that the SDK checks it before sending.
    ("BulkDeleteLeadsRequest", "x-sdk-requires-one-of"): [["campaign_id", "list_id"]],
}


# Properties the live API sends that the published schema does not declare, where it forbids
# undeclared ones: the SDK decodes them, the fake never serves them (`x-sdk-unpublished`).
UNPUBLISHED_PROPERTIES = {
    ("Account", "timestamp_last_used"),
    ("Account", "warmup_pool_id"),
    ("Account", "dfy_password_changed"),
}


def _differences(
    fact: Any, ours: dict[str, Any], schemas: dict[str, Any], where: str
) -> list[tuple[str, str, Any, Any]]:
    """Constraint keywords on which a published schema and ours differ, at any depth.

    The facts file writes a reference as `{"ref": Name}`; named schemas are compared on their
    own, so a reference is not followed here.
    """
    if not isinstance(fact, dict) or "ref" in fact:
        return []
    while "$ref" in ours:
        ours = schemas[ours["$ref"].rsplit("/", 1)[1]]
    found = [
        (where, keyword, fact.get(keyword), ours.get(keyword))
        for keyword in COMPARED_KEYWORDS
        if fact.get(keyword) != ours.get(keyword)
    ]
    if set(fact.get("required", [])) != set(ours.get("required", [])):
        found.append((where, "required", fact.get("required"), ours.get("required")))
    for keyword in ("contains", "not", "items", "additionalProperties"):
        sub = fact.get(keyword)
        if isinstance(sub, dict):
            theirs = ours.get(keyword)
            if not isinstance(theirs, dict):
                found.append((where, keyword, sub, theirs))
            else:
                found += _differences(sub, theirs, schemas, f"{where}/{keyword}")
    for keyword in ("oneOf", "anyOf", "allOf"):
        branches = fact.get(keyword) or []
        theirs = ours.get(keyword) or []
        if len(branches) != len(theirs):
            found.append((where, keyword, len(branches), len(theirs)))
            continue
        for index, (branch, mine) in enumerate(zip(branches, theirs, strict=True)):
            found += _differences(branch, mine, schemas, f"{where}/{keyword}/{index}")
    for name, sub in (fact.get("properties") or {}).items():
        mine = (ours.get("properties") or {}).get(name)
        if mine is None:
            found.append((f"{where}.{name}", "properties", "declared", None))
        else:
            found += _differences(sub, mine, schemas, f"{where}.{name}")
    return found


@pytest.mark.skipif(not FACTS.exists(), reason="the facts file lives in ../shared")
def test_spec_carries_every_published_constraint(spec: dict[str, Any]) -> None:
    facts = json.loads(FACTS.read_text())
    schemas = spec["components"]["schemas"]
    found: list[tuple[str, str, Any, Any]] = []
    for fact in facts["operations"]:
        op = spec["paths"][fact["path"]][fact["method"].lower()]
        where = fact["operation_id"]
        if bool(fact.get("deprecated")) != bool(op.get("deprecated")):
            found.append((where, "deprecated", fact.get("deprecated"), op.get("deprecated")))
        params = {(p["name"], p["in"]): p for p in op.get("parameters", [])}
        for p in fact["parameters"]:
            ours = params[(p["name"], p["in"])]
            if bool(p.get("deprecated")) != bool(ours.get("deprecated")):
                found.append((f"{where}:{p['name']}", "deprecated", True, ours.get("deprecated")))
            found += _differences(p["schema"], ours["schema"], schemas, f"{where}:{p['name']}")
        body = fact["request_body"]
        if body:
            content = op["requestBody"]["content"][body["content_type"]]
            found += _differences(body["schema"], content["schema"], schemas, f"{where}:body")
        for code, response in fact["responses"].items():
            if response.get("schema") is not None:
                content = op["responses"][code]["content"][response["content_type"]]
                found += _differences(
                    response["schema"], content["schema"], schemas, f"{where}:{code}"
                )
    for name, fact_schema in facts["schemas"].items():
        found += _differences(fact_schema, schemas[name], schemas, name)
    assert found == []


def _extensions(node: Any, where: str = "") -> list[tuple[str, str, Any, bool]]:
    """(spot, extension, value, has x-sdk-note) for every rule extension in the spec."""
    found = []
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "x-sdk-requires-one-of":
                found.append((where, key, value, bool(node.get("x-sdk-note"))))
            found += _extensions(value, key)
    elif isinstance(node, list):
        for item in node:
            found += _extensions(item, where)
    return found


def test_deliberate_differences_are_listed_and_explained(spec: dict[str, Any]) -> None:
    extensions = _extensions(spec)
    assert {(spot, key): value for spot, key, value, _ in extensions} == DELIBERATE_ADDITIONS
    assert all(explained for *_, explained in extensions)


@pytest.mark.skipif(not FACTS.exists(), reason="the facts file lives in ../shared")
def test_spec_is_faithful_to_the_published_facts(spec: dict[str, Any]) -> None:
    facts = json.loads(FACTS.read_text())
    schemas = spec["components"]["schemas"]

    def resolve(schema: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in schema:
            schema = schemas[schema["$ref"].rsplit("/", 1)[1]]
        return schema

    assert len(facts["operations"]) == 173
    for fact in facts["operations"]:
        op = spec["paths"][fact["path"]][fact["method"].lower()]
        assert op["operationId"] == fact["operation_id"]
        params = {(p["name"], p["in"]): p for p in op.get("parameters", [])}
        assert set(params) == {(p["name"], p["in"]) for p in fact["parameters"]}, fact[
            "operation_id"
        ]
        for p in fact["parameters"]:
            assert params[(p["name"], p["in"])]["required"] == p["required"]
            if "enum" in p["schema"]:
                assert params[(p["name"], p["in"])]["schema"]["enum"] == p["schema"]["enum"]
        body = fact["request_body"]
        if body and body["schema"].get("properties"):
            ours = resolve(op["requestBody"]["content"]["application/json"]["schema"])
            assert set(ours["properties"]) == set(body["schema"]["properties"]), fact[
                "operation_id"
            ]
            assert set(ours.get("required", [])) == set(body["schema"].get("required", []))
        success = [code for code in fact["responses"] if code.startswith("2")]
        assert [code for code in op["responses"] if code.startswith("2")] == success
        assert set(op["responses"]) == set(fact["responses"]), fact["operation_id"]
        scopes = op["security"][0]["bearerAuth"]
        assert scopes == fact["scopes"]
    for name, fact_schema in facts["schemas"].items():
        ours = schemas[name]
        assert set(fact_schema.get("properties", {})) <= set(ours.get("properties", {})), name
        assert set(ours.get("required", [])) == set(fact_schema.get("required", [])), name
        for prop, sub in fact_schema.get("properties", {}).items():
            assert ours["properties"][prop].get("type") == sub.get("type"), (name, prop)
            assert ours["properties"][prop].get("enum") == sub.get("enum"), (name, prop)


@pytest.mark.skipif(not FACTS.exists(), reason="the facts file lives in ../shared")
def test_properties_the_published_schema_forbids_are_marked(spec: dict[str, Any]) -> None:
    facts = json.loads(FACTS.read_text())
    schemas = spec["components"]["schemas"]
    extra = set()
    for name, fact in facts["schemas"].items():
        ours = schemas[name]
        for prop in set(ours.get("properties", {})) - set(fact.get("properties", {})):
            if fact.get("additionalProperties") is False:
                extra.add((name, prop))
                assert ours["properties"][prop].get("x-sdk-unpublished") is True, (name, prop)
    assert extra == UNPUBLISHED_PROPERTIES

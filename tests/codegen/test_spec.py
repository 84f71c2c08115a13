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

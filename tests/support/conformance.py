"""Property-based conformance checks of FakeInstantly against the spec it serves.

Requests are generated from the spec with hypothesis-jsonschema (valid ones) and by breaking a
valid one in a known way (invalid ones), sent over real HTTP to a FakeInstantly that runs in a
thread of its own, and every answer is checked: never a 5xx; the documented status and content
type; a success body valid against the response schema (by the fake's validator and by the
independent `jsonschema` package); an error in the API's envelope; invalid input refused with
400 in AJV's wording.
"""

from __future__ import annotations

import asyncio
import http.client
import json
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, urlencode

import jsonschema
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema

from instantly_async.testing import FakeInstantly
from instantly_async.testing._spec import Operation, Spec
from instantly_async.testing._validation import PATTERN_TOKEN, SchemaValidator

# Keywords the generators and `jsonschema` understand; the rest is OpenAPI prose and SDK hints.
_KEYWORDS = {
    "type", "enum", "const", "format", "pattern", "minLength", "maxLength", "minimum", "maximum",
    "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "items", "minItems", "maxItems",
    "uniqueItems", "contains", "properties", "required", "additionalProperties",
    "minProperties", "maxProperties", "allOf", "anyOf", "oneOf", "not",
}  # fmt: skip


def inline(schema: Any, spec: Spec, *, for_generation: bool = False) -> Any:
    """``schema`` with every ``$ref`` replaced by its target and only validation keywords kept.

    ``for_generation``: patterns are read as JavaScript reads them (``$`` is the very end of the
    string), the way the live API's validator does, so that generated values are ones it takes.
    """
    if isinstance(schema, list):
        return [inline(item, spec, for_generation=for_generation) for item in schema]
    if not isinstance(schema, dict):
        return schema
    if "$ref" in schema:
        merged = {**spec.resolve({"$ref": schema["$ref"]}), **schema}
        del merged["$ref"]
        return inline(merged, spec, for_generation=for_generation)
    result: dict[str, Any] = {}
    for key, value in schema.items():
        if key not in _KEYWORDS:
            continue
        if key == "properties":
            result[key] = {
                name: inline(sub, spec, for_generation=for_generation)
                for name, sub in value.items()
            }
        elif key == "pattern" and for_generation:
            result[key] = PATTERN_TOKEN.sub(_for_both_readings, value)
        elif key in ("enum", "const", "required", "type"):
            result[key] = value
        else:
            result[key] = inline(value, spec, for_generation=for_generation)
    return result


# Classes that generate only what JavaScript (the live API) and Python checkers both accept:
# spaces both count as spaces, characters neither does, ASCII digits and word characters.
_BOTH_SPACE = r"\t\n\x0b\x0c\r \xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
_EITHER_SPACE = _BOTH_SPACE + r"\x1c-\x1f\x85\ufeff"
_GENERATED_CLASSES = {
    "d": "[0-9]",
    "D": "[^0-9]",
    "w": "[A-Za-z0-9_]",
    "W": "[^A-Za-z0-9_]",
    "s": f"[{_BOTH_SPACE}]",
    "S": f"[^{_EITHER_SPACE}]",
}


def _for_both_readings(token: re.Match[str]) -> str:
    if token[1]:
        return _GENERATED_CLASSES[token[1]]
    return r"\Z" if token[0] == "$" else token[0]


FORMATS = {"uuid": st.uuids().map(str)}


def values(schema: dict[str, Any], spec: Spec) -> st.SearchStrategy[Any]:
    """Valid JSON values of ``schema``."""
    return from_schema(inline(schema, spec, for_generation=True), custom_formats=FORMATS)


@dataclass
class Call:
    """One request: where it goes and what it carries."""

    op: Operation
    path_params: dict[str, Any]
    query: dict[str, Any]
    body: Any
    has_body: bool

    def __repr__(self) -> str:
        body = f" {self.body!r}" if self.has_body else ""
        return f"{self.op.method} {self.target()}{body}"

    def target(self) -> str:
        path = self.op.path
        for name, value in self.path_params.items():
            path = path.replace("{" + name + "}", quote(_text(value), safe=""))
        pairs: list[tuple[str, str]] = []
        for name, value in self.query.items():
            if isinstance(value, list):
                param = next(p for p in self.op.params_in("query") if p.name == name)
                if param.comma_separated:
                    pairs.append((name, ",".join(_text(v) for v in value)))
                else:
                    pairs.extend((name, _text(v)) for v in value)
            else:
                pairs.append((name, _text(value)))
        return path + ("?" + urlencode(pairs) if pairs else "")


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dict, list)) or value is None:
        return json.dumps(value)
    return str(value)


@st.composite
def valid_calls(draw: st.DrawFn, op: Operation, spec: Spec) -> Call:
    """A call whose every part satisfies the spec."""
    path_params = {
        p.name: draw(values(p.schema, spec).filter(lambda v: _text(v) not in ("", ".", "..")))
        for p in op.params_in("path")
    }
    query: dict[str, Any] = {}
    for p in op.params_in("query"):
        if p.required or draw(st.booleans()):
            query[p.name] = draw(values(p.schema, spec))
    # A body may be left out only where the API reads the absent body as `{}` and takes that.
    may_omit = not op.body_required and SchemaValidator(spec).is_valid({}, op.body_schema or {})
    has_body = op.body_schema is not None and (not may_omit or draw(st.booleans()))
    body = draw(values(op.body_schema, spec)) if has_body and op.body_schema else None
    if isinstance(body, dict) and draw(st.booleans()):
        # Mostly the targets a valid call needs, so that calls get past the unpublished rules.
        from instantly_async.testing._rules import RULES

        for rule in RULES.get(op.operation_id, ()):
            if all(body.get(field) is None for field in rule.fields):
                body[rule.fields[0]] = draw(st.uuids().map(str))
    return Call(op, path_params, query, body, has_body)


# Ways to break a valid call; each names what the 400 must point at.
BREAKS = ("body_type", "body_required", "body_field_type", "query_type")


@st.composite
def invalid_calls(draw: st.DrawFn, op: Operation, spec: Spec) -> tuple[Call, str] | None:
    """A call with exactly one known defect, and the start of the message it must get; None
    when the operation has nothing of that kind to break."""
    call = draw(valid_calls(op, spec))
    defect = draw(st.sampled_from(BREAKS))
    validator = SchemaValidator(spec)
    if defect == "query_type":
        numeric = [
            p
            for p in op.params_in("query")
            if spec.resolve(p.schema).get("type") in ("integer", "number")
        ]
        if not numeric:
            return None
        param = draw(st.sampled_from(numeric))
        call.query[param.name] = "not-a-number"
        return call, f"querystring/{param.name} must be "
    if op.body_schema is None:
        return None
    schema = spec.resolve(op.body_schema)
    if schema.get("type") != "object":
        return None
    body = call.body if isinstance(call.body, dict) else draw(values(op.body_schema, spec))
    call.has_body = True
    if defect == "body_type":
        call.body = draw(st.sampled_from([[], "text", 7, True]))
        return call, "body must be object"
    if defect == "body_required":
        if not schema.get("required"):
            return None
        name = draw(st.sampled_from(schema["required"]))
        call.body = {k: v for k, v in body.items() if k != name}
        return call, f"body must have required property '{name}'"
    typed = {
        name: sub
        for name, sub in schema.get("properties", {}).items()
        if spec.resolve(sub).get("type") in ("string", "integer", "boolean", "array", "object")
    }
    if not typed:
        return None
    name = draw(st.sampled_from(sorted(typed)))
    kind = spec.resolve(typed[name]).get("type")
    wrong = {"string": 12, "integer": "x", "boolean": "x", "array": "x", "object": "x"}[kind]
    call.body = {**body, name: wrong}
    if validator.is_valid(wrong, typed[name]):
        return None
    return call, f"body/{name} must be"


@dataclass
class Answer:
    status: int
    content_type: str
    body: Any


class FakeThread:
    """A FakeInstantly serving from a thread of its own, for synchronous (hypothesis) tests."""

    def __init__(self) -> None:
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self.fake = FakeInstantly(rate_limits=False, job_polls=0)

    def __enter__(self) -> FakeThread:
        self._thread.start()
        asyncio.run_coroutine_threadsafe(self.fake.start(), self._loop).result(30)
        host, port = self.fake.base_url.removeprefix("http://").split(":")
        self._connection = http.client.HTTPConnection(host, int(port), timeout=30)
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._connection.close()
        asyncio.run_coroutine_threadsafe(self.fake.stop(), self._loop).result(30)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(30)
        self._loop.close()

    def send(self, call: Call) -> Answer:
        headers = {"Authorization": f"Bearer {self.fake.api_key}"}
        data = None
        if call.has_body:
            data = json.dumps(call.body).encode()
            headers["Content-Type"] = "application/json"
        try:
            self._connection.request(call.op.method, call.target(), body=data, headers=headers)
            response = self._connection.getresponse()
            raw = response.read()
        except (http.client.HTTPException, OSError):
            self._connection.close()  # reconnects on the next request
            raise
        content_type = response.getheader("Content-Type", "")
        body: Any = raw.decode()
        if content_type.startswith("application/json"):
            body = json.loads(raw)
        return Answer(response.status, content_type, body)


def problems(answer: Answer, op: Operation, spec: Spec) -> Iterator[str]:
    """Every way ``answer`` breaks the spec of ``op``."""
    if answer.status >= 500:
        yield f"answered {answer.status}: {answer.body!r}"
        return
    if 200 <= answer.status < 300:
        if answer.status != op.success_status:
            yield f"success status {answer.status}, the spec says {op.success_status}"
        if op.success_content_type is None:
            if answer.body:
                yield f"a body where the spec has none: {answer.body!r}"
            return
        if not answer.content_type.startswith(op.success_content_type):
            yield f"content type {answer.content_type!r}, the spec says {op.success_content_type}"
            return
        if op.success_content_type != "application/json" or op.success_schema is None:
            return
        error = SchemaValidator(spec).first_error(answer.body, op.success_schema)
        if error is not None:
            yield f"response breaks its schema: {error.describe('response')}"
        independent = jsonschema.Draft202012Validator(
            inline(op.success_schema, spec),
            format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER,
        )
        for failure in independent.iter_errors(answer.body):
            yield f"response breaks its schema (jsonschema): {failure.message[:300]}"
        return
    if not answer.content_type.startswith("application/json"):
        yield f"{answer.status} with content type {answer.content_type!r}"
        return
    body = answer.body
    if not (
        isinstance(body, dict)
        and body.get("statusCode") == answer.status
        and isinstance(body.get("error"), str)
        and isinstance(body.get("message"), str)
    ):
        yield f"{answer.status} outside the error envelope: {body!r}"

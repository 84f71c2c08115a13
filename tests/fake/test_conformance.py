"""Property-based conformance: generated requests for every operation of our spec, valid and
invalid, sent over HTTP to FakeInstantly; every answer must follow the spec (see
tests/support/conformance.py for the checks).

The default run is small and repeatable (a fixed seed, a few examples per operation);
`nox -s fuzz` (INSTANTLY_FUZZ_EXAMPLES=200) runs a deep one with fresh randomness.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from instantly_async.testing._spec import Operation, load_spec
from instantly_async.testing._validation import SchemaValidator
from tests.support.conformance import Call, FakeThread, invalid_calls, problems, valid_calls

SPEC = load_spec()
EXAMPLES = int(os.environ.get("INSTANTLY_FUZZ_EXAMPLES", "3"))
DEEP = "INSTANTLY_FUZZ_EXAMPLES" in os.environ
FUZZ = settings(
    max_examples=EXAMPLES,
    derandomize=not DEEP,
    deadline=None,
    database=None,
    suppress_health_check=list(HealthCheck),
    # The default run reports the first failing example as drawn; the deep one shrinks it.
    phases=list(Phase) if DEEP else [Phase.explicit, Phase.generate],
    report_multiple_bugs=False,
)
OPERATIONS = sorted(SPEC.operations, key=lambda op: op.operation_id)

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def served() -> Iterator[FakeThread]:
    with FakeThread() as server:
        yield server


@pytest.mark.parametrize("op", OPERATIONS, ids=lambda op: op.operation_id)
def test_valid_requests_get_answers_that_follow_the_spec(served: FakeThread, op: Operation) -> None:
    @FUZZ
    @given(st.data())
    def run(data: st.DataObject) -> None:
        call: Call = data.draw(valid_calls(op, SPEC))
        answer = served.send(call)
        found = list(problems(answer, op, SPEC))
        if isinstance(answer.body, dict) and answer.body.get("code") == "FST_ERR_VALIDATION":
            found.append(f"valid input refused: {answer.body['message']}")
        assert found == [], (call.target(), call.body, found)

    run()


@pytest.mark.parametrize("op", OPERATIONS, ids=lambda op: op.operation_id)
def test_invalid_requests_are_refused_with_400_in_the_apis_wording(
    served: FakeThread, op: Operation
) -> None:
    @FUZZ
    @given(st.data())
    def run(data: st.DataObject) -> None:
        drawn = data.draw(invalid_calls(op, SPEC))
        if drawn is None:
            return
        call, message = drawn
        answer = served.send(call)
        assert list(problems(answer, op, SPEC)) == []
        assert answer.status == 400, (call.target(), call.body, answer.body)
        assert answer.body["message"].startswith(message), (call.body, answer.body)
        assert answer.body["code"] == "FST_ERR_VALIDATION"

    run()


VALIDATOR = SchemaValidator(SPEC)


def _path_schema(op: Operation) -> dict[str, object]:
    return op.params_in("path")[0].schema


def _create_then_get() -> list[tuple[Operation, Operation, str]]:
    """(create, get, key field) for every resource created by a POST on its collection and read
    back by a GET on `<collection>/{id}` (or `{email}`)."""
    gets = {(op.path, op.method): op for op in OPERATIONS}
    pairs = []
    for op in OPERATIONS:
        for key in ("id", "email"):
            get = gets.get((f"{op.path.rstrip('/')}/{{{key}}}", "GET"))
            if op.method == "POST" and get is not None:
                pairs.append((op, get, key))
    return pairs


@pytest.mark.parametrize(
    ("create", "get", "key"), _create_then_get(), ids=lambda x: getattr(x, "operation_id", x)
)
def test_what_the_fake_stores_it_serves_back_within_the_schema(
    served: FakeThread, create: Operation, get: Operation, key: str
) -> None:
    @FUZZ
    @given(st.data())
    def run(data: st.DataObject) -> None:
        created = served.send(data.draw(valid_calls(create, SPEC)))
        if created.status != 200 or not isinstance(created.body, dict):
            return
        value = created.body.get(key)
        if value in (None, "", ".", "..") or not VALIDATOR.is_valid(value, _path_schema(get)):
            return  # the GET cannot name it (POST /email-verification takes any string)
        read = Call(get, {key: created.body[key]}, {}, None, False)
        answer = served.send(read)
        assert answer.status == 200, (read, answer.body)
        assert list(problems(answer, get, SPEC)) == [], read

    run()

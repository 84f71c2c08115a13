"""The model generator on a tiny spec (tests/codegen/specs/tiny): its typed records, and its
output byte for byte against golden files (tests/codegen/golden/tiny/). After an intended
change, rewrite the golden files with `UPDATE_GOLDEN=1 pytest tests/codegen` and review the diff.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from codegen.__main__ import ruff_format
from codegen.ir import EnumClass, EnumMember, Field, ModelClass, ModelSet, build_models
from codegen.models import render_models
from codegen.spec import load_spec, schema_homes

HERE = Path(__file__).resolve().parent
SPEC = HERE / "specs" / "tiny"
GOLDEN = HERE / "golden" / "tiny"


@pytest.fixture(scope="module")
def tiny() -> ModelSet:
    return build_models(load_spec(SPEC), schema_homes(SPEC))


def render(models: ModelSet) -> dict[str, str]:
    tags = {tag["x-sdk-resource"]: tag for tag in load_spec(SPEC)["tags"]}
    sources = render_models(models, tags, {"OldThing": "Thing"})
    formatted = ruff_format({GOLDEN / f"{name}.py": code for name, code in sources.items()})
    return {path.name: code for path, code in formatted.items()}


def test_output_matches_the_golden_files(tiny: ModelSet) -> None:
    outputs = render(tiny)
    if os.environ.get("UPDATE_GOLDEN"):
        GOLDEN.mkdir(parents=True, exist_ok=True)
        for stale in GOLDEN.glob("*.py"):
            stale.unlink()
        for name, code in outputs.items():
            (GOLDEN / name).write_text(code, encoding="utf-8")
    assert sorted(p.name for p in GOLDEN.glob("*.py")) == sorted(outputs)
    for name, code in outputs.items():
        assert (GOLDEN / name).read_text(encoding="utf-8") == code, name


def test_output_is_deterministic(tiny: ModelSet) -> None:
    again = build_models(load_spec(SPEC), schema_homes(SPEC))
    assert again == tiny
    assert render(again) == render(tiny)


def test_nullable_enums_keep_their_value_type(tiny: ModelSet) -> None:
    status = tiny.definitions["ThingStatus"].definition
    level = tiny.definitions["ThingLevel"].definition
    assert status == EnumClass(
        "ThingStatus",
        "str",
        (EnumMember("ACTIVE", "active"), EnumMember("PAUSED", "paused")),
        "A nullable string enum.",
    )
    assert isinstance(level, EnumClass) and level.base == "int"
    assert [m.name for m in level.members] == ["LOW", "BROKEN"]


def fields(tiny: ModelSet, name: str) -> dict[str, Field]:
    model = tiny.definitions[name].definition
    assert isinstance(model, ModelClass)
    return {f.key: f for f in model.fields}


def test_fields_python_names_and_annotations(tiny: ModelSet) -> None:
    thing = fields(tiny, "Thing")
    assert (thing["from"].name, thing["from"].required) == ("from_", True)
    assert thing["occurrence-days"].name == "occurrence_days"
    assert thing["0"].name == "field_0"
    assert thing["status"].annotation == "ThingStatus | None"
    assert thing["catch_all"].annotation == "Literal[True, False, 'pending'] | None"
    assert thing["created"].annotation == "datetime | None"
    assert thing["day"].annotation == "date_aliased | None"
    assert thing["meta"].annotation == "dict[str, str] | None"
    assert thing["old_name"].deprecated


def test_same_inline_shape_is_one_class(tiny: ModelSet) -> None:
    thing = fields(tiny, "Thing")
    other = fields(tiny, "Other")
    # No two-word ending in common (ThingOwner, ThingPreviousOwner, OtherOwner): the shortest.
    assert thing["owner"].annotation == thing["previous_owner"].annotation == "OtherOwner | None"
    assert other["owner"].annotation == "OtherOwner | None"
    # Used by two groups: the class is in the shared module.
    assert tiny.definitions["OtherOwner"].module == "shared"


def test_unions_inheritance_and_titles(tiny: ModelSet) -> None:
    assert set(fields(tiny, "Pet")) == {"bark", "meow"}  # oneOf of objects: one model
    assert not any(f.required for f in fields(tiny, "Pet").values())
    assert not any(f.required for f in fields(tiny, "DeleteRequest").values())
    extended = tiny.definitions["ExtendedThing"].definition
    assert isinstance(extended, ModelClass) and extended.base == "Thing"
    holder = fields(tiny, "Holder")
    assert holder["choice"].annotation == "str | Pet | None"
    assert holder["places"].annotation == "list[Place] | None"


def test_schemas_used_by_two_groups_are_shared(tiny: ModelSet) -> None:
    modules = {name: placed.module for name, placed in tiny.definitions.items()}
    assert modules["Pet"] == "shared"  # used by things and others
    assert modules["Error"] == "shared"  # the root document's
    assert modules["Thing"] == "things" and modules["Other"] == "others"

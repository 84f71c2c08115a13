"""What every generated model and enum promises, checked over all of them: enums behave like
their values, names are short and carry no tie-breakers, no two classes have one shape, and the
models package loads a group's module only when one of its names is used."""

from __future__ import annotations

import enum
import importlib
import json
import re
import subprocess
import sys
import warnings
from collections import defaultdict
from typing import Any

import attrs
import pytest

from instantly_async import models
from instantly_async._enums import OpenEnum
from instantly_async._serde import converter


def every_definition() -> list[Any]:
    return [getattr(models, name) for name in models.__all__]


ENUMS = [t for t in every_definition() if isinstance(t, type) and issubclass(t, enum.Enum)]
CLASSES = [t for t in every_definition() if attrs.has(t)]


def test_the_package_lists_every_generated_name() -> None:
    assert len(ENUMS) > 60 and len(CLASSES) > 200
    assert sorted(models.__all__) == models.__all__ == sorted(set(models.__all__))


@pytest.mark.parametrize("enum_class", ENUMS, ids=lambda e: e.__name__)
def test_every_enum_member_behaves_like_its_value(enum_class: type[OpenEnum]) -> None:
    assert issubclass(enum_class, OpenEnum)
    for member in enum_class:
        value = member.value
        assert type(value) in (str, int, float)
        assert isinstance(member, type(value)), f"{enum_class.__name__} lost its value mixin"
        assert member == value and value == member
        assert hash(member) == hash(value)
        assert {value: 1}[member] == 1
        assert json.dumps(member) == json.dumps(value)
        assert converter.unstructure(member) == value
        assert enum_class(value) is member
    unknown = enum_class("zz-new" if issubclass(enum_class, str) else 123456)
    assert not unknown.is_known and unknown == unknown.value  # unknown values stay open


@pytest.mark.parametrize("enum_class", ENUMS, ids=lambda e: e.__name__)
def test_enum_member_names_are_chosen_not_truncated(enum_class: type[OpenEnum]) -> None:
    for name, member in enum_class.__members__.items():
        assert re.fullmatch(r"[A-Z][A-Z0-9_]*", name), name
        # A number the value does not contain breaks a tie (CAMPAIGN_IS_CURRENTLY_NOT_2 for 99).
        suffix = re.search(r"_(\d+)$", name)
        assert not suffix or suffix[1] in str(member.value), f"{enum_class.__name__}.{name}"
        # A sentence cut short (CAMPAIGN_HAS_REACHED_ITS) ends in a word the value does not have.
        dangling = re.search(r"_(THE|A|AN|ITS|FOR|IS|OF|TO|BEING|NOT)$", name)
        assert not dangling or dangling[1] in str(member.value).upper(), f"{name}"


def test_chosen_names_of_campaign_not_sending_status() -> None:
    assert [m.name for m in models.CampaignNotSendingStatus] == [
        "OUTSIDE_SCHEDULE",
        "WAITING_FOR_LEAD",
        "DAILY_LIMIT_REACHED",
        "ACCOUNTS_AT_DAILY_LIMIT",
        "ERROR",
    ]
    assert models.CampaignNotSendingStatus(99) == 99
    assert json.dumps({"s": models.CampaignNotSendingStatus.ERROR}) == '{"s": 99}'


# Schema names the published API itself uses are kept even when longer.
PUBLISHED_LONG_NAMES = {"InboxPlacementBlacklistAndSpamAssassinReport"}


def test_class_names_are_at_most_40_characters() -> None:
    long = [n for n in models.__all__ if len(n) > 40 and n not in PUBLISHED_LONG_NAMES]
    assert long == []


def request_bodies() -> set[str]:
    from codegen.spec import load_spec

    return {
        media["schema"]["$ref"].rsplit("/", 1)[1]
        for item in load_spec()["paths"].values()
        for op in item.values()
        for media in op.get("requestBody", {}).get("content", {}).values()
        if "$ref" in media.get("schema", {})
    }


def test_no_two_classes_have_the_same_shape() -> None:
    """Request bodies of two operations may coincide (PauseAccountsRequest and
    GetWarmupAnalyticsRequest are both `emails`): their field descriptions document each
    method's arguments. Any other shape is one class."""
    bodies = request_bodies()
    by_shape: dict[Any, list[str]] = defaultdict(list)
    for cls in CLASSES:
        attrs.resolve_types(cls)
        shape = tuple(sorted((a.name, str(a.type)) for a in attrs.fields(cls)))
        if len(shape) > 1:  # open objects that declare no field are different things
            by_shape[shape].append(cls.__name__)
    for cls in ENUMS:
        by_shape[("enum", tuple(sorted((m.name, str(m.value)) for m in cls)))].append(cls.__name__)
    duplicates = [
        sorted(names) for names in by_shape.values() if len(names) > 1 and not set(names) <= bodies
    ]
    assert duplicates == []


def test_renamed_classes_stay_importable_with_a_warning() -> None:
    with pytest.warns(DeprecationWarning, match="is now ScheduleTiming"):
        old = models.CampaignCampaignScheduleScheduleTiming
    assert old is models.ScheduleTiming
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        from instantly_async.models import Lead  # current names: no warning

    assert Lead.__module__ == "instantly_async.models.leads"
    with pytest.raises(AttributeError, match="NoSuchModel"):
        models.NoSuchModel  # noqa: B018


def test_importing_one_name_loads_only_its_group_and_shared() -> None:
    code = (
        "import sys\n"
        "from instantly_async.models import Lead\n"
        "print(sorted(m for m in sys.modules if m.startswith('instantly_async.models.')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == [
        "['instantly_async.models.leads',",
        "'instantly_async.models.shared']",
    ]


@pytest.mark.parametrize("module", sorted({models._MODULE_OF[n] for n in models.__all__}))
def test_every_group_module_imports_on_its_own(module: str) -> None:
    loaded = importlib.import_module(f"instantly_async.models.{module}")
    for name, home in models._MODULE_OF.items():
        if home == module:
            assert getattr(loaded, name) is getattr(models, name)

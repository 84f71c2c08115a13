#!/usr/bin/env python
"""Decode the same payloads with two copies of instantly_async and report where they differ.

    python benchmarks/compare_decoding.py OLD_DIR NEW_DIR

Each DIR holds an `instantly_async` package (e.g. a checkout, or a copy with a proposed change).
The payloads: the spec's example of every model (instantly_async/testing/openapi.json), the same
with an undeclared field, with each field in turn replaced by an odd value (wrong type, null,
invalid date, list, object) or removed, plus benchmarks/payloads.py's leads and a campaign,
about 14,000 in all. For each, both copies decode (`converter.structure`) and re-encode
(`to_json` + `json.dumps`); the report counts the cases whose results differ, by kind, and shows
a few. A speedup of the decoder should show no difference; a fix shows exactly the cases fixed.
"""

from __future__ import annotations

import collections
import copy
import enum
import json
import os
import pickle
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ODD_VALUES: list[Any] = [
    "weird",
    12345,
    1.5,
    True,
    [1, "x"],
    {"x": 1},
    None,
    "2025-13-45T00:00:00Z",
    "2025-01-01T10:00:00",
    "2025-01-01",
]


def plain(value: Any) -> Any:
    """A comparable picture of a decoded value: classes by name, enums with value and type."""
    import attrs

    if attrs.has(type(value)):
        fields = attrs.fields(type(value))
        return (
            type(value).__name__,
            tuple((a.name, plain(getattr(value, a.name))) for a in fields),
        )
    if isinstance(value, enum.Enum):
        return ("enum", type(value).__name__, repr(value.value), type(value.value).__name__)
    if isinstance(value, list):
        return ("list", tuple(plain(item) for item in value))
    if isinstance(value, dict):
        return ("dict", tuple((key, plain(item)) for key, item in value.items()))
    return (type(value).__name__, repr(value))


def cases() -> list[tuple[str, Any]]:
    import attrs

    from instantly_async import models
    from instantly_async.testing._examples import ExampleBuilder
    from instantly_async.testing._spec import load_spec
    from instantly_async.testing._validation import SchemaValidator

    sys.path.insert(0, str(HERE))
    from payloads import make_campaign, make_lead

    spec = load_spec()
    builder = ExampleBuilder(spec, SchemaValidator(spec))
    document = json.loads(
        (HERE.parent / "instantly_async" / "testing" / "openapi.json").read_text()
    )
    out: list[tuple[str, Any]] = []
    for name in sorted(document["components"]["schemas"]):
        model = getattr(models, name, None)
        if model is None or not attrs.has(model):
            continue
        try:
            example = builder.build(spec.schema(name), name=name)
        except Exception:
            continue
        if not isinstance(example, dict):
            continue
        out += [(name, example), (name, {**example, "brand_new_field": {"a": 1}})]
        for key in example:
            out += [(name, {**example, key: odd}) for odd in ODD_VALUES]
            out.append((name, {k: v for k, v in example.items() if k != key}))
    out += [("Lead", make_lead(i)) for i in range(50)]
    out.append(("Campaign", make_campaign(3)))
    return out


def child(output: str) -> None:
    """Runs with one copy of the package on sys.path: decode every case, pickle the pictures."""
    from instantly_async import models
    from instantly_async._serde import converter, to_json

    results = []
    for name, data in cases():
        decoded: Any = None
        try:
            decoded = converter.structure(copy.deepcopy(data), getattr(models, name))
            picture = plain(decoded)
        except Exception as exc:
            picture = ("raised", type(exc).__name__)
        try:
            encoded: Any = (
                json.dumps(to_json(decoded), sort_keys=True, default=repr)
                if decoded is not None
                else None
            )
        except Exception as exc:
            encoded = ("raised", type(exc).__name__)
        results.append((name, json.dumps(data, sort_keys=True, default=repr), picture, encoded))
    Path(output).write_bytes(pickle.dumps(results))


def run(package_dir: Path, output: str) -> list[Any]:
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(package_dir), os.environ.get("PYTHONPATH", "")]),
    }
    subprocess.run(
        [sys.executable, __file__, "--child", output], env=env, cwd=package_dir, check=True
    )
    return pickle.loads(Path(output).read_bytes())


def first_difference(a: Any, b: Any) -> tuple[Any, Any]:
    if isinstance(a, tuple) and isinstance(b, tuple) and len(a) == len(b):
        for x, y in zip(a, b, strict=True):
            if x != y:
                return first_difference(x, y)
    return a, b


def main() -> None:
    if sys.argv[1:2] == ["--child"]:
        child(sys.argv[2])
        return
    old_dir, new_dir = (Path(arg).resolve() for arg in sys.argv[1:3])
    with tempfile.TemporaryDirectory() as tmp:
        old = run(old_dir, f"{tmp}/old.pkl")
        new = run(new_dir, f"{tmp}/new.pkl")
    kinds: collections.Counter[str] = collections.Counter()
    shown: collections.Counter[str] = collections.Counter()
    for (name, data, old_picture, old_json), (_, _, new_picture, new_json) in zip(
        old, new, strict=True
    ):
        for what, a, b in (
            ("decoded", old_picture, new_picture),
            ("re-encoded", old_json, new_json),
        ):
            if a == b:
                continue
            x, y = first_difference(a, b)
            kind = (
                f"{what}: {str(x)[:50]} -> {str(y)[:50]}"
                if what == "decoded"
                else (
                    f"re-encoded: {'raised' if isinstance(a, tuple) else 'json'} -> {'raised' if isinstance(b, tuple) else 'json'}"
                )
            )
            kind = (
                kind if what == "re-encoded" else f"{what} ({name})" if "raised" in kind else kind
            )
            kinds[kind] += 1
            if shown[kind] < 1:
                shown[kind] += 1
                print(
                    f"- {name}: {what} differs\n    payload {data[:160]}\n    old {str(x)[:160]}\n    new {str(y)[:160]}"
                )
    print(f"\n{len(old)} payloads; differences by kind:")
    for kind, count in kinds.most_common():
        print(f"{count:6d}  {kind}")
    for label, results in (("old", old), ("new", new)):
        raised = sum(1 for r in results if r[2][0] == "raised")
        enc = sum(1 for r in results if isinstance(r[3], tuple))
        print(f"{label}: decoding raised on {raised} payloads, re-encoding raised on {enc}")


if __name__ == "__main__":
    main()

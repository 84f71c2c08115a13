"""`python -m codegen` writes the generated modules from openapi/; `--check` reports drift.

Outputs (all deterministic: same spec, byte-identical files):
- instantly_async/models/*.py             attrs models and open enums, one module per API group
                                          plus `shared`, re-exported lazily by `__init__`
- instantly_async/resources/*.py          one resource class per API group (Jinja)
- instantly_async/_operations.py          the OPERATIONS table
- instantly_async/testing/openapi.json    the merged spec, shipped for the fake server
- docs/api-reference.md                   every method with its HTTP method and path
"""

from __future__ import annotations

import argparse
import difflib
import json
import subprocess
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

import jinja2

from codegen.ir import build_models
from codegen.models import render_models
from codegen.operations import build_operations
from codegen.spec import load_spec, schema_homes

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "instantly_async"
TEMPLATES = jinja2.Environment(
    loader=jinja2.FileSystemLoader(Path(__file__).resolve().parent / "templates"),
    keep_trailing_newline=True,
    undefined=jinja2.StrictUndefined,
)
GENERATED_HEADER = "Generated from openapi/ by `python -m codegen`: do not edit."
# Model names of earlier releases -> current names: importable (with a DeprecationWarning) for
# one release after a rename.
RENAMED = Path(__file__).resolve().parent / "renamed.json"


def class_name(resource: str) -> str:
    return "".join(part.capitalize() for part in resource.split("_")) + "Resource"


def returns_md(op: dict[str, Any]) -> str:
    r = op["response"]
    return {
        "model": f"`{r['model']}`",
        "list": f"`list[{r['model']}]`",
        "page": f"pages of `{r['model']}`",
        "text": "`str`",
        "empty": "`None`",
    }.get(r["shape"], "JSON")


def render_table(operations: list[dict[str, Any]]) -> str:
    lines = [
        '"""The table of every operation of the API: what the request pipeline, the fake server and',
        "tool builders read instead of per-operation code.",
        "",
        GENERATED_HEADER,
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "from collections.abc import Mapping",
        "from types import MappingProxyType",
        "",
        "from instantly_async._operation import Operation, Param, Rule",
        "",
        "OPERATIONS: Mapping[str, Operation] = MappingProxyType({",
    ]
    for op in sorted(operations, key=lambda o: o["operation_id"]):
        fields: dict[str, Any] = {
            "operation_id": op["operation_id"],
            "method": op["method"],
            "path": op["path"],
            "resource": op["resource"],
            "name": op["name"],
        }
        params = []
        for p in op["params"]:
            args = {"name": p["name"], "arg": p["arg"], "location": p["location"]}
            defaults = {
                "required": False,
                "kind": "any",
                "nullable": False,
                "enum": None,
                "minimum": None,
                "maximum": None,
                "max_items": None,
                "comma_separated": False,
                "explode": False,
            }
            args.update({k: p[k] for k, default in defaults.items() if p[k] != default})
            rules = [
                f"Rule(path={r['path']!r}, kind={r['kind']!r}, value={r['value']!r})"
                for r in p["rules"]
            ]
            text = "Param(" + ", ".join(f"{k}={v!r}" for k, v in args.items())
            if rules:
                text += ", rules=(" + ", ".join(rules) + ",)"
            params.append(text + ")")
        response = op["response"]
        optional = {
            "has_body": (op["has_body"], False),
            "response_shape": (response["shape"], "model"),
            "response_model": (response["model"], None),
            "success_status": (response["status"], 200),
            "pagination": ((op["pagination"] or {}).get("in"), None),
            "background_job": (op["background_job"], False),
            "idempotent": (op["idempotent"], False),
            "rate_limit": (
                (op["rate_limit"]["limit"], float(op["rate_limit"]["period"]))
                if op["rate_limit"]
                else None,
                None,
            ),
            "scopes": (tuple(op["scopes"]), ()),
            "deprecated": (op["deprecated"], False),
            "min_properties": (op["min_properties"], None),
            "requires_one_of": (op["requires_one_of"], ()),
        }
        fields.update({k: v for k, (v, default) in optional.items() if v != default})
        body = ", ".join(f"{k}={v!r}" for k, v in fields.items())
        if params:
            body += ", params=(" + ", ".join(params) + ",)"
        lines.append(f"    {op['operation_id']!r}: Operation({body}),")
    lines.append("})")
    return "\n".join(lines) + "\n"


def render_all() -> dict[Path, str]:
    spec = load_spec()
    tags = {tag["x-sdk-resource"]: tag for tag in spec["tags"]}
    model_set = build_models(spec, schema_homes())
    renamed = json.loads(RENAMED.read_text(encoding="utf-8"))
    model_sources = render_models(model_set, tags, renamed)
    operations = build_operations(
        spec, "\n".join(code for module, code in model_sources.items() if module != "__init__")
    )
    by_resource: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for op in operations:
        by_resource[op["resource"]].append(op)
    groups = []
    for resource in sorted(by_resource):
        tag = tags[resource]
        mixin = None
        if "x-sdk-mixin" in tag:
            module, name = tag["x-sdk-mixin"].split(":")
            mixin = {"module": module, "name": name}
        groups.append(
            {
                "resource": resource,
                "class_name": class_name(resource),
                "tag": tag,
                "operations": by_resource[resource],
                "mixin": mixin,
            }
        )
    outputs: dict[Path, str] = {
        PACKAGE / "models" / f"{module}.py": code for module, code in model_sources.items()
    }
    resource_template = TEMPLATES.get_template("resource.py.jinja")
    for group in groups:
        used = sorted({name for op in group["operations"] for name in op["models_used"]})
        outputs[PACKAGE / "resources" / f"{group['resource']}.py"] = resource_template.render(
            **group, models=used, paginated=any(op["pagination"] for op in group["operations"])
        )
    outputs[PACKAGE / "resources" / "__init__.py"] = TEMPLATES.get_template(
        "resources_init.py.jinja"
    ).render(groups=groups)
    outputs[PACKAGE / "_operations.py"] = render_table(operations)
    python = {path: code for path, code in outputs.items() if path.suffix == ".py"}
    outputs.update(ruff_format(python))
    outputs[PACKAGE / "testing" / "openapi.json"] = json.dumps(spec, separators=(",", ":")) + "\n"
    reference = TEMPLATES.get_template("reference.md.jinja")
    reference.globals["returns_md"] = returns_md
    outputs[ROOT / "docs" / "api-reference.md"] = reference.render(groups=groups)
    return outputs


def ruff_format(files: dict[Path, str]) -> dict[Path, str]:
    """ruff fixes imports and unused names, then formats: generated code reads like hand-written."""
    formatted = {}
    for path, code in files.items():
        for command in (
            ["check", "--fix-only", "--select", "I,F401", "--quiet"],
            ["format", "--quiet"],
        ):
            code = subprocess.run(
                [sys.executable, "-m", "ruff", *command, "--stdin-filename", str(path), "-"],
                input=code,
                capture_output=True,
                text=True,
                check=True,
                cwd=ROOT,
            ).stdout
        formatted[path] = code
    return formatted


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m codegen", description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if generated files differ")
    args = parser.parse_args()
    outputs = render_all()
    generated_dirs = [PACKAGE / "resources", PACKAGE / "models"]
    stale = [
        path for folder in generated_dirs for path in folder.glob("*.py") if path not in outputs
    ]
    if args.check:
        drift = [
            p
            for p, text in outputs.items()
            if not p.exists() or p.read_text(encoding="utf-8") != text
        ]
        for path in drift:
            old = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
            diff = difflib.unified_diff(
                old, outputs[path].splitlines(), str(path), "generated", lineterm="", n=1
            )
            print("\n".join(list(diff)[:20]))
        for path in stale:
            print(f"{path.relative_to(ROOT)} is not generated by the spec any more")
        if drift or stale:
            print(
                f"{len(drift) + len(stale)} generated file(s) out of date: run `python -m codegen`"
            )
            return 1
        print(f"{len(outputs)} generated files match the spec")
        return 0
    for path in stale:
        path.unlink()
    for path, text in outputs.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
    print(f"wrote {len(outputs)} generated files")
    return 0


if __name__ == "__main__":
    sys.exit(main())

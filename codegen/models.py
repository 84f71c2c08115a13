"""Models: datamodel-code-generator renders the spec's schemas as attrs classes through the
templates in templates/models/ (its dataclass output, re-templated to attrs with slots)."""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

TEMPLATES = Path(__file__).resolve().parent / "templates" / "models"

HEADER = '''\
"""Typed models of the Instantly API V2: one attrs class per schema of the spec.

Generated from openapi/ by `python -m codegen`: do not edit.

Decoding is lenient: fields the spec does not declare are kept in `additional_properties`, and
enum values it does not list are kept as members of the (open) enum.
"""

from __future__ import annotations

import attrs

from instantly_async._enums import OpenEnum
'''


def without_null_members(schema: Any) -> Any:
    """`enum: [a, b, null]` on a nullable type: the null is the type's, not an enum member (the
    generator would write a `NoneType_None` member)."""
    if isinstance(schema, list):
        return [without_null_members(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    result = {key: without_null_members(value) for key, value in schema.items()}
    if None in result.get("enum", ()):
        result["enum"] = [value for value in result["enum"] if value is not None]
    return result


def render_models(spec: dict[str, Any]) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "openapi.json"
        source.write_text(json.dumps(without_null_members(spec)), encoding="utf-8")
        target = Path(tmp) / "models.py"
        subprocess.run(
            [
                sys.executable,
                "-m",
                "datamodel_code_generator",
                "--input",
                str(source),
                "--input-file-type",
                "openapi",
                "--output",
                str(target),
                "--output-model-type",
                "dataclasses.dataclass",
                "--custom-template-dir",
                str(TEMPLATES),
                "--target-python-version",
                "3.10",
                "--use-standard-collections",
                "--use-union-operator",
                "--use-subclass-enum",
                "--keyword-only",
                "--naming-strategy",
                "parent-prefixed",
                "--output-datetime-class",
                "datetime",
                "--use-schema-description",
                "--use-field-description",
                "--disable-timestamp",
                "--formatters",
                "builtin",
            ],
            check=True,
            capture_output=True,
        )
        code = target.read_text(encoding="utf-8")
    # Keep the generator's imports (it aliases names that clash with fields, e.g. `date`) but
    # not the dataclass ones: the templates emit attrs code instead.
    head, body = code.split("\n\n\n", 1)
    imports = [
        line
        for line in head.splitlines()
        if line.startswith(("from ", "import "))
        and "__future__" not in line
        and "dataclasses" not in line
        and line != "from enum import Enum"
    ]
    return HEADER + "\n".join(imports) + "\n\n\n" + body.lstrip("\n")

"""Load the hand-maintained spec: the root document plus one file per API group, merged into one
OpenAPI 3.1 document whose references are all local (`#/components/...`)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

SPEC_DIR = Path(__file__).resolve().parent.parent / "openapi"


def _groups(spec_dir: Path) -> list[tuple[str, dict[str, Any]]]:
    return [
        (group_file.name, yaml.safe_load(group_file.read_text(encoding="utf-8")))
        for group_file in sorted((spec_dir / "groups").glob("*.yaml"))
    ]


def load_spec(spec_dir: Path = SPEC_DIR) -> dict[str, Any]:
    root: dict[str, Any] = yaml.safe_load((spec_dir / "openapi.yaml").read_text(encoding="utf-8"))
    paths: dict[str, Any] = {}
    schemas: dict[str, Any] = dict(root["components"].get("schemas", {}))
    tags: list[dict[str, Any]] = []
    for file_name, group in _groups(spec_dir):
        tags.append(group["tag"])
        for path, item in group.get("paths", {}).items():
            merged = paths.setdefault(path, {})
            clash = merged.keys() & item.keys()
            if clash:
                raise ValueError(f"{file_name}: {path} {sorted(clash)} is defined twice")
            merged.update(item)
        for name, schema in group.get("components", {}).get("schemas", {}).items():
            if name in schemas:
                raise ValueError(f"{file_name}: schema {name} is defined twice")
            schemas[name] = schema
    root["tags"] = sorted(tags, key=lambda tag: tag["name"])
    root["paths"] = dict(sorted(paths.items()))
    root["components"]["schemas"] = dict(sorted(schemas.items()))
    return root


def schema_homes(spec_dir: Path = SPEC_DIR) -> dict[str, str]:
    """Schema name -> the resource (`x-sdk-resource`) of the group file that defines it; schemas
    of the root document are absent (they are shared by every group)."""
    return {
        name: group["tag"]["x-sdk-resource"]
        for _, group in _groups(spec_dir)
        for name in group.get("components", {}).get("schemas", {})
    }

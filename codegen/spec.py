"""Load the hand-maintained spec: the root document plus one file per API group, merged into one
OpenAPI 3.1 document whose references are all local (`#/components/...`)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

SPEC_DIR = Path(__file__).resolve().parent.parent / "openapi"


def load_spec(spec_dir: Path = SPEC_DIR) -> dict[str, Any]:
    root: dict[str, Any] = yaml.safe_load((spec_dir / "openapi.yaml").read_text(encoding="utf-8"))
    paths: dict[str, Any] = {}
    schemas: dict[str, Any] = dict(root["components"].get("schemas", {}))
    tags: list[dict[str, Any]] = []
    for group_file in sorted((spec_dir / "groups").glob("*.yaml")):
        group = yaml.safe_load(group_file.read_text(encoding="utf-8"))
        tags.append(group["tag"])
        for path, item in group.get("paths", {}).items():
            merged = paths.setdefault(path, {})
            clash = merged.keys() & item.keys()
            if clash:
                raise ValueError(f"{group_file.name}: {path} {sorted(clash)} is defined twice")
            merged.update(item)
        for name, schema in group.get("components", {}).get("schemas", {}).items():
            if name in schemas:
                raise ValueError(f"{group_file.name}: schema {name} is defined twice")
            schemas[name] = schema
    root["tags"] = sorted(tags, key=lambda tag: tag["name"])
    root["paths"] = dict(sorted(paths.items()))
    root["components"]["schemas"] = dict(sorted(schemas.items()))
    return root

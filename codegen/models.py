"""Models: the records of codegen/ir.py written as Python modules, one per API group plus
`shared` (schemas more than one group uses), and a package `__init__` that re-exports every
name lazily: `from instantly_async.models import Lead` imports only the leads module."""

from __future__ import annotations

import json
from typing import Any

from codegen.ir import SHARED, EnumClass, Field, ModelClass, ModelSet, Placed, TypeAliasDef

GENERATED = "Generated from openapi/ by `python -m codegen`: do not edit."
PACKAGE = "instantly_async.models"


def docstring(text: str, indent: str = "    ") -> str:
    text = text.replace("\\", "\\\\").replace('"""', "'''")
    return f'{indent}"""{text}"""\n' if text else ""


def render_enum(enum: EnumClass) -> str:
    lines = [f"class {enum.name}({enum.base}, OpenEnum):\n", docstring(enum.doc)]
    for member in enum.members:
        lines.append(f"    {member.name} = {member.value!r}\n")
    return "".join(lines)


def render_field(f: Field) -> str:
    metadata = f"metadata={{'key': {json.dumps(f.key)}}}" if f.key != f.name else ""
    if f.required:
        value = f" = attrs.field({metadata})" if metadata else ""
    else:
        value = f" = attrs.field(default=None, {metadata})" if metadata else " = None"
    doc = ("Deprecated. " if f.deprecated else "") + f.doc
    return f"    {f.name}: {f.annotation}{value}\n" + docstring(doc.strip())


def render_model(model: ModelClass) -> str:
    base = model.base or "Model"
    lines = [
        "@attrs.define(kw_only=True)\n",
        f"class {model.name}({base}):\n",
        docstring(model.doc),
    ]
    lines += [render_field(f) for f in model.fields]
    lines.append(
        "    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)\n"
        '    """Fields the server sent that this version of the API description does not'
        ' declare."""\n'
    )
    return "".join(lines)


def render_definition(placed: Placed) -> str:
    d = placed.definition
    if isinstance(d, EnumClass):
        return render_enum(d)
    if isinstance(d, ModelClass):
        return render_model(d)
    assert isinstance(d, TypeAliasDef)
    return f"{d.name}: TypeAlias = {d.annotation}\n" + docstring(d.doc, "")


def render_module(module: str, items: list[Placed], models: ModelSet, title: str) -> str:
    imported: dict[str, set[str]] = {}
    for placed in items:
        for ref in placed.refs:
            home = models.definitions[ref].module
            if home != module:
                imported.setdefault(home, set()).add(ref)
    head = [
        f'"""{title}\n\n{GENERATED}\n"""\n\n',
        "from __future__ import annotations\n\n",
        "from datetime import date as date_aliased\n",
        "from datetime import datetime\n",
        "from typing import Any, Literal, TypeAlias\n\n",
        "import attrs\n\n",
        "from instantly_async._enums import OpenEnum\n",
        "from instantly_async._model import Model\n",
    ]
    for home, names in sorted(imported.items()):
        head.append(f"from {PACKAGE}.{home} import {', '.join(sorted(names))}\n")
    body = "\n\n".join(render_definition(placed) for placed in items)
    return "".join(head) + "\n\n" + body


def render_init(models: ModelSet, aliases: dict[str, str]) -> str:
    names = sorted(models.definitions)
    clash = sorted(set(aliases) & set(names))
    if clash:
        raise ValueError(f"codegen/renamed.json: {clash} are current names, not old ones")
    module_of = {name: models.definitions[name].module for name in names}
    lines = [
        '"""Typed models of the Instantly API V2: one attrs class or open enum per schema of the\n'
        "spec, in one module per API group (`instantly_async.models.leads`, ...) plus\n"
        "`instantly_async.models.shared`.\n\n"
        "Every name is importable from here; a name's module is imported on first use, so the\n"
        "first call of one group does not pay for the others. Decoding is lenient: fields the\n"
        "spec does not declare are kept in `additional_properties`, and enum values it does not\n"
        "list are kept as members of the (open) enum.\n\n"
        f'{GENERATED}\n"""\n\n',
        "from __future__ import annotations\n\n",
        "import importlib\n",
        "import warnings\n",
        "from typing import TYPE_CHECKING, Any\n\n",
        "if TYPE_CHECKING:\n",
    ]
    by_module: dict[str, list[str]] = {}
    for name in names:
        by_module.setdefault(module_of[name], []).append(name)
    for module, members in sorted(by_module.items()):
        imports = ", ".join(f"{name} as {name}" for name in members)
        lines.append(f"    from {PACKAGE}.{module} import {imports}\n")
    for old, new in sorted(aliases.items()):  # type checkers see old names as aliases
        lines.append(f"    {old} = {new}\n")
    lines.append("\n_MODULE_OF: dict[str, str] = {\n")
    lines += [f"    {name!r}: {module_of[name]!r},\n" for name in names]
    lines.append("}\n\n")
    lines.append("# Names of earlier releases, kept for one release: old name -> current name.\n")
    lines.append("_RENAMED: dict[str, str] = {\n")
    lines += [f"    {old!r}: {new!r},\n" for old, new in sorted(aliases.items())]
    lines.append("}\n\n__all__ = [\n")
    lines += [f"    {name!r},\n" for name in names]
    lines.append("]\n\n")
    lines.append(
        "def __getattr__(name: str) -> Any:\n"
        "    current = _RENAMED.get(name)\n"
        "    if current is not None:\n"
        "        warnings.warn(\n"
        '            f"instantly_async.models.{name} is now {current}; the old name goes in the "\n'
        '            "next release",\n'
        "            DeprecationWarning,\n"
        "            stacklevel=2,\n"
        "        )\n"
        "        return __getattr__(current)\n"
        "    module = _MODULE_OF.get(name)\n"
        "    if module is None:\n"
        '        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")\n'
        f'    value = getattr(importlib.import_module(f"{PACKAGE}.{{module}}"), name)\n'
        "    globals()[name] = value\n"
        "    return value\n\n\n"
        "def __dir__() -> list[str]:\n"
        "    return list(__all__)  # old names still import, but are not offered\n"
    )
    return "".join(lines)


def module_title(module: str, tags: dict[str, dict[str, Any]]) -> str:
    if module == SHARED:
        return "Models that more than one API group uses."
    tag = tags[module]
    return f"Models of the {tag['name']} group: {' '.join(tag.get('description', '').split())}"


def render_models(
    models: ModelSet, tags: dict[str, dict[str, Any]], aliases: dict[str, str]
) -> dict[str, str]:
    """Module name (`__init__`, `shared`, `leads`, ...) -> its source, not yet formatted."""
    sources = {
        module: render_module(module, items, models, module_title(module, tags))
        for module, items in models.modules().items()
    }
    sources["__init__"] = render_init(models, aliases)
    return sources

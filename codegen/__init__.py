"""The code generator: `python -m codegen` (see codegen/__main__.py).

It needs the dev tools (Jinja, PyYAML, ruff). Run from an interpreter
without them (a bare `python3 -m codegen` in the checkout), it hands over to the project's
`.venv` when there is one, and otherwise says how to install them.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

_TOOLS = ("jinja2", "yaml", "ruff")
_missing = [name for name in _TOOLS if importlib.util.find_spec(name) is None]
if _missing:
    _venv_python = Path(__file__).resolve().parent.parent / ".venv" / "bin" / "python"
    # `python -m codegen` imports this package while sys.argv[0] is still "-m".
    _outside_venv = Path(sys.prefix).resolve() != _venv_python.parent.parent.resolve()
    if sys.argv[:1] == ["-m"] and _outside_venv and _venv_python.exists():
        os.execv(_venv_python, [str(_venv_python), "-m", "codegen", *sys.argv[1:]])
    raise SystemExit(
        f"codegen needs the dev tools ({', '.join(_missing)} missing): "
        "python3 -m venv .venv && .venv/bin/pip install -e '.[dev]', then .venv/bin/python -m codegen"
    )

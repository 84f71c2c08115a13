#!/usr/bin/env python
"""Cost of the models: decoding a lead, importing the models, and the first API call.

    python benchmarks/models.py            # about 20 s
    python benchmarks/models.py --quick    # about 5 s

- decode: µs per benchmark lead (benchmarks/payloads.py, 50 fields, 5 objects once decoded)
  from an already parsed dict: the SDK's decoder (plain fields and enums; the rest is decoded
  when first read), the same followed by reading every field, every field decoded at once; the
  floor, building the same 5 objects from
  already decoded values with `object.__new__` and one assignment per field (no conversion:
  what any attrs model pays at the least); and attrs' keyword `__init__` for the top object
  (the path the decoder used before). Budget: ≤ 5 µs per lead.
- import: `import instantly_async.models` (the lazy package only) and `from
  instantly_async.models import Lead` (the leads module and what it needs), in fresh processes.
- first call: in a fresh process, the wall time of the first `client.leads.get()` against a local
  server minus that of the second: what the first call pays for loading models and building
  decoders. Goal: ≤ 100 ms.

Decode timings are the CPU time of this process, the minimum of several repeats: on a shared
machine the minimum is the figure least
disturbed by other work (medians move with the load).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import textwrap
import time
import timeit
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SDK_PATH = HERE.parent  # --sdk-path: measure the instantly_async package in another directory


def decode_costs(repeat: int, number: int) -> dict[str, float]:
    import attrs
    from payloads import make_leads

    from instantly_async import models
    from instantly_async._serde import _complete_decoders, converter

    leads = make_leads(number)
    cls = models.Lead
    structure = converter.get_structure_hook(cls)
    complete = _complete_decoders[cls]
    decoded = [structure(item, cls) for item in leads]

    def tree(model: Any) -> tuple[type, dict[str, Any]]:
        """A decoded model as (class, values), nested models as trees too."""
        return type(model), {
            a.name: tree(v) if attrs.has(type(v := getattr(model, a.name))) else v
            for a in attrs.fields(type(model))
        }

    trees = [tree(m) for m in decoded]
    builders: dict[type, Any] = {}

    def builder(model_cls: type) -> Any:
        """The floor: one straight-line function per class that makes the object and assigns
        already decoded values (nested objects built the same way): no JSON reads, no
        conversion, no checks."""
        if model_cls not in builders:
            lines = ["def build(t, new=object.__new__):", "    v = t[1]", "    m = new(cls)"]
            for a in attrs.fields(model_cls):
                lines.append(
                    f"    x = v[{a.name!r}]\n    m.{a.name} = "
                    "nested(x) if x.__class__ is tuple else x"
                )
            namespace = {"cls": model_cls, "nested": lambda t: builder(t[0])(t)}
            exec("\n".join([*lines, "    return m"]), namespace)
            builders[model_cls] = namespace["build"]
        return builders[model_cls]

    build = builder(cls)
    values = [{a.name: getattr(m, a.name) for a in attrs.fields(cls)} for m in decoded]

    def sdk() -> None:
        for item in leads:
            structure(item, cls)

    names = [a.name for a in attrs.fields(cls)]

    def sdk_every_field() -> None:  # and what the model defers until a field is read
        for item in leads:
            lead = structure(item, cls)
            for name in names:
                getattr(lead, name)

    def eager() -> None:  # every field at once: the decoder nested models get
        for item in leads:
            complete(item, cls)

    def floor() -> None:
        for t in trees:
            build(t)

    def keyword_init() -> None:  # the top-level object only
        for v in values:
            cls(**v)

    return {
        name: min(timeit.repeat(fn, number=1, repeat=repeat, timer=time.process_time))
        / number
        * 1e6
        for name, fn in (
            ("sdk", sdk),
            ("sdk_every_field", sdk_every_field),
            ("eager", eager),
            ("floor", floor),
            ("keyword_init", keyword_init),
        )
    }


def fresh(code: str) -> Any:
    out = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        check=True,
        cwd=SDK_PATH,
        env={**os.environ, "PYTHONPATH": str(SDK_PATH)},
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


IMPORT = """
import time, json
t = time.perf_counter()
{statement}
print(json.dumps(time.perf_counter() - t))
"""

FIRST_GET = """
import asyncio, json, sys, time
from instantly_async import AsyncInstantly, NoRateLimiter
from instantly_async.testing import FakeInstantly

async def main():
    async with FakeInstantly(rate_limits=False) as fake:
        lead = fake.seed_lead(email="a@b.co")
        async with AsyncInstantly(fake.api_key, base_url=fake.base_url, rate_limiter=NoRateLimiter()) as client:
            await client.request("GET", "/api/v2/leads/" + lead["id"])  # warms the connection
            loaded = "instantly_async.models.leads" in sys.modules
            times = []
            for _ in range(2):
                t = time.perf_counter()
                await client.leads.get(lead["id"])
                times.append(time.perf_counter() - t)
    return [loaded, *times]

print(json.dumps(asyncio.run(main())))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--sdk-path", type=Path, default=HERE.parent)
    args = parser.parse_args()
    global SDK_PATH
    SDK_PATH = args.sdk_path.resolve()
    sys.path[:0] = [str(SDK_PATH), str(HERE)]
    repeat = 5 if args.quick else 15
    decode = decode_costs(repeat, 1000)
    imports = {
        statement: min(fresh(IMPORT.format(statement=statement)) for _ in range(repeat // 2 + 1))
        for statement in (
            "import aiohttp",
            "import instantly_async",
            "import instantly_async.models",
            "from instantly_async.models import Lead",
        )
    }
    first = [fresh(FIRST_GET) for _ in range(repeat // 2 + 1)]
    loaded_before = any(run[0] for run in first)
    first_extra = min(run[1] - run[2] for run in first) * 1000

    print("## Models benchmark\n")
    print(f"Python {sys.version.split()[0]}; SDK in {SDK_PATH}; minimum of {repeat} repeats.\n")
    print("| measure | value | budget |")
    print("| --- | --- | --- |")
    ok = "✅" if decode["sdk"] <= 5 else "❌"
    print(f"| decode one lead (SDK) | {decode['sdk']:.2f} µs | ≤ 5 µs {ok} |")
    print(
        f"|   the same, then every field read (deferred ones decoded) | "
        f"{decode['sdk_every_field']:.2f} µs | |"
    )
    print(f"|   every field at once (the decoder of nested models) | {decode['eager']:.2f} µs | |")
    print(f"|   floor: the same 5 objects, `__new__` + assignment | {decode['floor']:.2f} µs | |")
    print(f"|   `Lead(**values)`, top object only | {decode['keyword_init']:.2f} µs | |")
    for statement, seconds in imports.items():
        print(f"| `{statement}`, fresh process | {seconds * 1000:.0f} ms | |")
    ok = "✅" if first_extra <= 100 else "❌"
    print(f"| first `leads.get` minus second | {first_extra:.1f} ms | ≤ 100 ms {ok} |")
    print(f"\nModels loaded before the first call: {loaded_before}.")


if __name__ == "__main__":
    main()

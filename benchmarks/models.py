#!/usr/bin/env python
"""Cost of the models: decoding a lead, importing the models, and the first API call.

    python benchmarks/models.py            # about 20 s
    python benchmarks/models.py --quick    # about 5 s

- decode: µs per benchmark lead (benchmarks/payloads.py, 50 fields) from an already parsed
  dict: the SDK's decoder, a bare `object.__new__` + attribute assignment of the same values
  (no conversion: the floor any attrs model pays) and attrs' keyword `__init__` with the same
  values (what the decoder did before). Budget: ≤ 5 µs per lead.
- import: `import instantly_async.models` (the lazy package only) and `from
  instantly_async.models import Lead` (the leads module and what it needs), in fresh processes.
- first call: in a fresh process, the wall time of the first `client.leads.get()` against a local
  server minus that of the second: what the first call pays for loading models and building
  decoders. Goal: ≤ 100 ms.

Timings are the minimum of several repeats: on a shared machine the minimum is the figure least
disturbed by other work (medians move with the load).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import textwrap
import timeit
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))


def decode_costs(repeat: int, number: int) -> dict[str, float]:
    import attrs
    from payloads import make_leads

    from instantly_async import models
    from instantly_async._serde import converter

    leads = make_leads(number)
    structure = converter.get_structure_hook(models.Lead)
    decoded = [structure(item, models.Lead) for item in leads]
    fields = [a.name for a in attrs.fields(models.Lead)]
    values = [{name: getattr(m, name) for name in fields} for m in decoded]
    cls = models.Lead
    # The floor: a straight-line function that makes the object and assigns already decoded
    # values, one statement per field (no reads from JSON, no conversion, no checks).
    source = "def build(v, new=object.__new__, cls=cls):\n    m = new(cls)\n"
    source += "".join(f"    m.{name} = v[{name!r}]\n" for name in fields) + "    return m\n"
    namespace: dict[str, Any] = {"cls": cls}
    exec(source, namespace)
    build = namespace["build"]

    def sdk() -> None:
        for item in leads:
            structure(item, cls)

    def floor() -> None:
        for v in values:
            build(v)

    def keyword_init() -> None:
        for v in values:
            cls(**v)

    return {
        name: min(timeit.repeat(fn, number=1, repeat=repeat)) / number * 1e6
        for name, fn in (("sdk", sdk), ("floor", floor), ("keyword_init", keyword_init))
    }


def fresh(code: str) -> Any:
    out = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        check=True,
        cwd=HERE.parent,
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
    args = parser.parse_args()
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
    print(f"Python {sys.version.split()[0]}; minimum of {repeat} repeats.\n")
    print("| measure | value | budget |")
    print("| --- | --- | --- |")
    ok = "✅" if decode["sdk"] <= 5 else "❌"
    print(f"| decode one lead (SDK) | {decode['sdk']:.2f} µs | ≤ 5 µs {ok} |")
    print(f"|   floor: `object.__new__` + one assignment per field | {decode['floor']:.2f} µs | |")
    print(f"|   attrs keyword `__init__` (the old path) | {decode['keyword_init']:.2f} µs | |")
    for statement, seconds in imports.items():
        print(f"| `{statement}`, fresh process | {seconds * 1000:.0f} ms | |")
    ok = "✅" if first_extra <= 100 else "❌"
    print(f"| first `leads.get` minus second | {first_extra:.1f} ms | ≤ 100 ms {ok} |")
    print(f"\nModels loaded before the first call: {loaded_before}.")


if __name__ == "__main__":
    main()

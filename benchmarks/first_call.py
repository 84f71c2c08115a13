#!/usr/bin/env python
"""What a process pays for its first call, and what the calls after it cost.

    python benchmarks/first_call.py            # 5 fresh processes, each timed once

Each run is a new interpreter (imports are per process): it imports the package, starts
FakeInstantly, then times the first `campaigns.list().first_page()` (which loads aiohttp and the
generated models and opens the connection) and a second one. Loopback only: no network time.
Runs with the runtime dependencies alone (`pip install -e .`).
"""

from __future__ import annotations

import json
import platform
import statistics
import subprocess
import sys

ONE_RUN = """
import asyncio, json, time
started = time.perf_counter()
from instantly_async import AsyncInstantly
from instantly_async.testing import FakeInstantly
imported = time.perf_counter()

async def main() -> dict[str, float]:
    async with FakeInstantly(rate_limits=False) as fake:
        fake.seed_campaign(name="Q3")
        async with AsyncInstantly(fake.api_key, base_url=fake.base_url) as client:
            t0 = time.perf_counter()
            await client.campaigns.list().first_page()
            t1 = time.perf_counter()
            await client.campaigns.list().first_page()
            t2 = time.perf_counter()
    return {"import": imported - started, "first": t1 - t0, "second": t2 - t1}

print(json.dumps(asyncio.run(main())))
"""


def main() -> None:
    runs = [
        json.loads(
            subprocess.run(
                [sys.executable, "-c", ONE_RUN], check=True, capture_output=True, text=True
            ).stdout
        )
        for _ in range(5)
    ]
    import aiohttp

    print(f"Python {platform.python_version()}, aiohttp {aiohttp.__version__}, 5 fresh processes")
    for key, label in [
        ("import", "import instantly_async (+ testing)"),
        ("first", "first call"),
        ("second", "second call"),
    ]:
        values = sorted(run[key] * 1000 for run in runs)
        print(
            f"{label:36} median {statistics.median(values):8.1f} ms  (min {values[0]:.1f}, max {values[-1]:.1f})"
        )


if __name__ == "__main__":
    main()

#!/usr/bin/env python
"""CPU instructions per request, SDK against bare aiohttp: the run.py GET scenario, counted by
valgrind instead of timed, so that the figure does not move with the machine's load.

    python benchmarks/instructions.py            # about 3 minutes; needs valgrind
    python benchmarks/instructions.py --sdk-path DIR

Each client (bare aiohttp, `client.request`, `client.campaigns.get`) runs under callgrind twice,
for 200 and for 1,000 concurrent GETs (64 tasks) against benchmarks/server.py; the difference
divided by 800 is the instructions one request costs, without interpreter start, imports and
warm-up. Instruction counts leave out cache misses and waiting, so wall-clock ratios
(benchmarks/run.py) run somewhat higher; what they show without noise is how much work each
side does.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from run import Server  # noqa: E402

CLIENT = """
import asyncio, sys
sys.path.insert(0, {here!r})
import run
mode, url, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
if mode == "bare":
    asyncio.run(run.bare_gets(url, count, 64))
else:
    asyncio.run(run.sdk_gets(url, count, 64, raw=(mode == "raw")))
"""

MODES = {
    "bare": "bare aiohttp",
    "raw": "`client.request` (no model)",
    "typed": "`client.campaigns.get`",
}


def instructions(mode: str, url: str, count: int, sdk_path: Path) -> int:
    env = {**os.environ, "PYTHONPATH": str(sdk_path)}
    out = subprocess.run(
        [
            "valgrind",
            "--tool=callgrind",
            "--callgrind-out-file=/dev/null",
            sys.executable,
            "-c",
            CLIENT.format(here=str(HERE)),
            mode,
            url,
            str(count),
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=sdk_path,
        check=True,
    )
    found = re.search(r"Collected : (\d+)", out.stderr)
    if found is None:
        raise RuntimeError(f"no instruction count from valgrind:\n{out.stderr[-2000:]}")
    return int(found.group(1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sdk-path", type=Path, default=HERE.parent)
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        sys.exit("valgrind is not installed (apt-get install valgrind)")
    per_request: dict[str, float] = {}
    with Server() as server:
        for mode in MODES:
            many = instructions(mode, server.base_url, 1000, args.sdk_path.resolve())
            few = instructions(mode, server.base_url, 200, args.sdk_path.resolve())
            per_request[mode] = (many - few) / 800
            print(f"  [{mode}] {per_request[mode] / 1000:.1f}k per request", file=sys.stderr)
    print("| 3,000-GET scenario, per request | instructions | SDK/bare | budget |")
    print("| --- | --- | --- | --- |")
    bare = per_request["bare"]
    for mode, label in MODES.items():
        ratio = per_request[mode] / bare
        budget = "≤ 1.2× " + ("✅" if ratio <= 1.2 else "❌") if mode == "typed" else ""
        print(f"| {label} | {per_request[mode] / 1000:.0f}k | {ratio:.2f}× | {budget} |")


if __name__ == "__main__":
    main()

#!/usr/bin/env python
"""Memory of a big lead export: flat, whatever the number of leads.

    python benchmarks/export_memory.py                  # 200,000 leads to CSV (a few minutes)
    python benchmarks/export_memory.py --leads 20000 --format jsonl --max-growth-mb 16

The local API server (benchmarks/server.py, its own process) serves N full 50-field leads in
pages of 100. `instantly_async.io.export_leads` writes them to a file with a checkpoint. The
process's resident memory is read after every page: the table shows it once the first 10% of
rows are written (everything warmed up: models loaded, connections open), its highest value
after that, through the end of the export including the CSV pass, and the growth between the
two. With `--max-growth-mb` the script exits 1 when the growth is larger.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from instantly_async import AsyncInstantly, NoRateLimiter, io  # noqa: E402


def rss_mb() -> float:
    """Resident memory now (Linux /proc; ru_maxrss elsewhere is only the peak)."""
    try:
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except OSError:
        import resource

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return peak / 2**20 if sys.platform == "darwin" else peak / 2**10


async def export(base_url: str, leads: int, fmt: str, folder: Path) -> dict[str, float]:
    marks: dict[str, float] = {}
    warm_at = max(1, leads // 10)

    def progress(rows: int) -> None:
        now = rss_mb()
        if "warm" not in marks and rows >= warm_at:
            marks["warm"] = now
        elif "warm" in marks:
            marks["peak_after"] = max(marks.get("peak_after", 0.0), now)

    out = folder / f"leads.{fmt}"
    started = time.perf_counter()
    async with AsyncInstantly(
        "bench-key-not-secret", base_url=base_url, rate_limiter=NoRateLimiter()
    ) as client:
        result = await io.export_leads(
            client,
            out,
            list_id=f"bench-{leads}",
            checkpoint=folder / "leads.checkpoint.json",
            on_progress=progress,
        )
    marks["peak_after"] = max(marks.get("peak_after", 0.0), rss_mb())  # after the CSV pass
    marks["seconds"] = time.perf_counter() - started
    marks["rows"] = result.rows
    marks["file_mb"] = out.stat().st_size / 2**20
    return marks


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--leads", type=int, default=200_000)
    parser.add_argument("--format", choices=("csv", "jsonl"), default="csv")
    parser.add_argument("--max-growth-mb", type=float, default=None)
    args = parser.parse_args()

    server = subprocess.Popen(
        [sys.executable, str(HERE / "server.py")],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stdout is not None
        port = int(server.stdout.readline())
        with tempfile.TemporaryDirectory() as folder:
            marks = asyncio.run(
                export(f"http://127.0.0.1:{port}", args.leads, args.format, Path(folder))
            )
    finally:
        assert server.stdin is not None
        server.stdin.close()
        server.wait(timeout=30)

    growth = marks["peak_after"] - marks["warm"]
    print(f"export of {int(marks['rows']):,} leads to {args.format.upper()}")
    print(
        f"  time                     {marks['seconds']:8.1f} s ({marks['rows'] / marks['seconds']:,.0f} rows/s)"
    )
    print(f"  file                     {marks['file_mb']:8.1f} MiB")
    print(f"  RSS after 10% of rows    {marks['warm']:8.1f} MiB")
    print(f"  highest RSS after that   {marks['peak_after']:8.1f} MiB")
    print(f"  growth                   {growth:8.1f} MiB")
    if args.max_growth_mb is not None and growth > args.max_growth_mb:
        print(f"FAIL: memory grew by more than {args.max_growth_mb} MiB")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

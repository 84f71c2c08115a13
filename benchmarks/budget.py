"""How much of the workspace budget the SDK uses, and whether the server ever says 429.

A benchmark, not a test: it prints numbers for people to read (README, "Performance").

    python benchmarks/budget.py                       # every scenario below (about 4 minutes)
    python benchmarks/budget.py --scenario 1p-30s     # one of them

A local server, in its own process, counts requests on arrival exactly as Instantly does: at
most 100 in any 1 s and 6,000 in any 60 s sliding window; a request over either answers 429 and
is not counted. The clients call `GET /api/v2/campaigns/{id}` through the whole SDK pipeline
(default settings; `RedisRateLimiter` for several processes, on a throwaway `redis-server`).

Scenarios:
- `1p-30s`: 1 process, 150 tasks, 30 s        -> requests per second, 429s
- `1p-7000`: 1 process, 150 tasks, 7,000 calls -> busiest 60 s window (both limits bind)
- `4p-30s`, `4p-7000`: the same from 4 processes sharing one `RedisRateLimiter`

Utilisation is arrivals per second between the first and the last arrival (a process's start-up,
imports included, is not counted). Each client process prints its own count on stderr. To try
other limiter settings: `BUDGET_KNOBS='{"jitter": 0.05, "burst": 5}' python benchmarks/budget.py`.
"""

from __future__ import annotations

import argparse
import asyncio
import bisect
import json
import multiprocessing
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

PER_SECOND, PER_MINUTE = 100, 6000
CAMPAIGN = json.dumps({"id": "c1", "name": "Budget", "status": 1}).encode()


# --- the arrival-counting server (its own process) ----------------------------------------------


def serve(port_out: Any, stop: Any) -> None:
    from aiohttp import web

    arrivals: list[float] = []  # accepted requests, in arrival order
    refused = [0]
    refused_at: list[float] = []

    def over(now: float, limit: int, period: float) -> bool:
        start = bisect.bisect_right(arrivals, now - period)
        return len(arrivals) - start >= limit

    async def campaign(request: web.Request) -> web.Response:
        now = time.monotonic()
        if over(now, PER_SECOND, 1.0) or over(now, PER_MINUTE, 60.0):
            refused[0] += 1
            refused_at.append(now)
            return web.json_response({"message": "Too Many Requests"}, status=429)
        arrivals.append(now)
        return web.Response(body=CAMPAIGN, content_type="application/json")

    async def stats(request: web.Request) -> web.Response:
        result = {"arrivals": len(arrivals), "refused": refused[0]}
        if arrivals:
            result.update(
                seconds=arrivals[-1] - arrivals[0],
                busiest_1s=_busiest(arrivals, 1.0),
                busiest_60s=_busiest(arrivals, 60.0),
                refused_after=[round(t - arrivals[0], 3) for t in refused_at[:10]],
                per_second=[
                    bisect.bisect_left(arrivals, arrivals[0] + s + 1)
                    - bisect.bisect_left(arrivals, arrivals[0] + s)
                    for s in range(int(arrivals[-1] - arrivals[0]) + 1)
                ],
            )
        return web.json_response(result)

    async def reset(request: web.Request) -> web.Response:
        arrivals.clear()
        refused_at.clear()
        refused[0] = 0
        return web.json_response({})

    async def main() -> None:
        app = web.Application()
        app.router.add_get("/api/v2/campaigns/{id}", campaign)
        app.router.add_get("/_stats", stats)
        app.router.add_post("/_reset", reset)
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        port_out.put(site._server.sockets[0].getsockname()[1])  # type: ignore[union-attr]
        await asyncio.to_thread(stop.wait)  # a multiprocessing.Event, set by the benchmark
        await runner.cleanup()

    asyncio.run(main())


def _busiest(times: list[float], period: float) -> int:
    best = start = 0
    for end, t in enumerate(times):
        while times[start] <= t - period:
            start += 1
        best = max(best, end - start + 1)
    return best


# --- the clients (one process each) -------------------------------------------------------------


def drive(base_url: str, redis_url: str | None, tasks: int, seconds: float, calls: int) -> None:
    from instantly_async import AsyncInstantly, InMemoryRateLimiter, RedisRateLimiter

    knobs = {k: float(v) for k, v in json.loads(os.environ.get("BUDGET_KNOBS", "{}")).items()}
    if "burst" in knobs:
        knobs["burst"] = int(knobs["burst"])

    async def main() -> None:
        limiter = (
            RedisRateLimiter(redis_url, key="budget-benchmark", **knobs)  # type: ignore[arg-type]
            if redis_url is not None
            else InMemoryRateLimiter(**knobs)  # type: ignore[arg-type]
        )
        left = [calls]
        deadline = time.monotonic() + seconds
        async with AsyncInstantly(
            "benchmark-key", base_url=base_url, rate_limiter=limiter, max_retries=8
        ) as client:

            async def worker() -> None:
                while time.monotonic() < deadline and left[0] > 0:
                    left[0] -= 1
                    await client.campaigns.get("c1")

            started = time.monotonic()
            await asyncio.gather(*(worker() for _ in range(tasks)))
            print(
                f"  process {os.getpid()}: {calls - left[0]} calls in "
                f"{time.monotonic() - started:.1f} s",
                file=sys.stderr,
            )
        if limiter is not None:
            await limiter.aclose()

    asyncio.run(main())


SCENARIOS = {
    "1p-30s": dict(processes=1, seconds=30.0, calls=10**9),
    "1p-7000": dict(processes=1, seconds=600.0, calls=7000),
    "4p-30s": dict(processes=4, seconds=30.0, calls=10**9),
    "4p-7000": dict(processes=4, seconds=600.0, calls=7000),
}


def run(
    name: str, base_url: str, redis_url: str | None, tasks: int, verbose: bool = False
) -> dict[str, Any]:
    from urllib.request import Request, urlopen

    cfg = SCENARIOS[name]
    processes = int(cfg["processes"])
    urlopen(Request(f"{base_url}/_reset", method="POST")).read()
    if processes > 1 and redis_url is None:
        raise SystemExit("several processes need redis-server (not found)")
    context = multiprocessing.get_context("spawn")
    workers = [
        context.Process(
            target=drive,
            args=(
                base_url,
                redis_url if processes > 1 else None,
                tasks // processes,
                cfg["seconds"],
                int(cfg["calls"]) // processes,
            ),
        )
        for _ in range(processes)
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    with urlopen(f"{base_url}/_stats") as response:
        stats: dict[str, Any] = json.load(response)
    stats["scenario"] = name
    if verbose:
        print(f"  arrivals per second: {stats.get('per_second')}", file=sys.stderr)
    stats["per_second"] = stats["arrivals"] / stats["seconds"] if stats.get("seconds") else 0.0
    return stats


def start_redis() -> tuple[subprocess.Popen[bytes], str, tempfile.TemporaryDirectory[str]] | None:
    binary = shutil.which("redis-server")
    if binary is None:
        return None
    from tests.support.redis_server import free_port

    port = free_port()
    folder = tempfile.TemporaryDirectory(prefix="redis-bench-")
    proc = subprocess.Popen(
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        cwd=folder.name,
        stdout=subprocess.DEVNULL,
    )
    time.sleep(0.5)
    return proc, f"redis://127.0.0.1:{port}/0", folder


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--scenario", choices=sorted(SCENARIOS), action="append")
    parser.add_argument("--tasks", type=int, default=150, help="concurrent tasks in all")
    parser.add_argument("--verbose", action="store_true", help="arrivals per second, per run")
    args = parser.parse_args()
    context = multiprocessing.get_context("spawn")
    port_out, stop = context.Queue(), context.Event()
    server = context.Process(target=serve, args=(port_out, stop))
    server.start()
    base_url = f"http://127.0.0.1:{port_out.get(timeout=30)}"
    redis = start_redis()
    print(f"cpus={os.cpu_count()} load={os.getloadavg()[0]:.1f} tasks={args.tasks}")
    print(
        f"{'scenario':<9} {'arrivals':>8} {'req/s':>7} {'util':>6} {'busiest 1s':>10} "
        f"{'busiest 60s':>11} {'429s':>5}"
    )
    try:
        for name in args.scenario or list(SCENARIOS):
            r = run(name, base_url, redis[1] if redis else None, args.tasks, args.verbose)
            print(
                f"{name:<9} {r['arrivals']:>8} {r['per_second']:>7.1f} "
                f"{r['per_second'] / PER_SECOND:>6.1%} {r.get('busiest_1s', 0):>10} "
                f"{r.get('busiest_60s', 0):>11} {r['refused']:>5}"
                + (f"  (429s at {r['refused_after']} s)" if r["refused"] else ""),
                flush=True,
            )
    finally:
        stop.set()
        server.join(10)
        if redis is not None:
            redis[0].terminate()
            redis[0].wait(10)
            redis[2].cleanup()


if __name__ == "__main__":
    main()

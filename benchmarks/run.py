#!/usr/bin/env python
"""Speed and memory of instantly-async against bare aiohttp, in the same run.

    python benchmarks/run.py            # full run (about a minute)
    python benchmarks/run.py --quick    # smaller sizes, a smoke test (under 30 s)
    python benchmarks/run.py --profile walk|gets|decode   # pyinstrument profile of the SDK side

A local aiohttp server runs in its own process (benchmarks/server.py) so its CPU does not mix
with the client's. Each round runs bare aiohttp and the SDK back to back, in alternating order;
the table reports medians over the rounds. See docs/benchmarks.md for the method and results.

`--sdk-path DIR` benchmarks the `instantly_async` package found in DIR instead of this checkout's
(to measure a proposed change side by side without touching the working tree).
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from payloads import make_leads  # noqa: E402

API_KEY = "bench-key-not-secret"
HEADERS = {
    "Authorization": f"Bearer {API_KEY}",
    "User-Agent": "bench/1.0",
    "Accept": "application/json",
}

FULL = dict(
    rounds=7,
    walk=20_000,
    page=100,
    gets=3_000,
    tasks=64,
    decode=20_000,
    import_runs=10,
    mem_small=2_000,
    mem_large=200_000,
)
QUICK = dict(
    rounds=3,
    walk=2_000,
    page=100,
    gets=300,
    tasks=64,
    decode=2_000,
    import_runs=3,
    mem_small=2_000,
    mem_large=20_000,
)


# --- the server ------------------------------------------------------------------------------


class Server:
    """benchmarks/server.py in a subprocess; stopped by closing its stdin."""

    def __enter__(self) -> Server:
        self.proc = subprocess.Popen(
            [sys.executable, str(HERE / "server.py")],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        if not line.strip():
            raise RuntimeError("the benchmark server did not start")
        self.port = int(line)
        self.base_url = f"http://127.0.0.1:{self.port}"
        return self

    def __exit__(self, *exc: object) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.terminate()
            self.proc.wait(timeout=10)

    def cpu(self) -> float:
        from urllib.request import urlopen

        with urlopen(f"{self.base_url}/_cpu") as response:
            return float(json.load(response)["cpu"])


# --- the clock ----------------------------------------------------------------------------------
# Wall time, this process's CPU time, garbage collections and the server's CPU time, all taken
# around the timed work only (after the warm-up, before the client closes).

_SERVER: Server | None = None
_CLOCK: dict[str, Any] = {}


def clock_start() -> None:
    gc.collect()
    _CLOCK["gc"] = [g["collections"] for g in gc.get_stats()]
    _CLOCK["cpu"] = time.process_time()
    _CLOCK["t"] = time.perf_counter()


def clock_stop() -> float:
    seconds = time.perf_counter() - _CLOCK["t"]
    _CLOCK["result"] = result = {
        "seconds": seconds,
        "client_cpu": time.process_time() - _CLOCK["cpu"],
    }
    for generation, (before, g) in enumerate(zip(_CLOCK["gc"], gc.get_stats(), strict=True)):
        result[f"gc{generation}"] = g["collections"] - before
    return seconds


async def aclock_start() -> None:
    if _SERVER is not None:
        _CLOCK["server"] = await asyncio.to_thread(_SERVER.cpu)
    clock_start()


async def aclock_stop() -> float:
    seconds = clock_stop()
    if _SERVER is not None:
        _CLOCK["result"]["server_cpu"] = await asyncio.to_thread(_SERVER.cpu) - _CLOCK["server"]
    return seconds


# --- scenarios: each returns (seconds, checksum) ----------------------------------------------
# Every scenario opens its client, warms it up (connection, lazy imports, generated hooks), then
# times only the work itself.


async def bare_walk(base_url: str, total: int, page: int) -> tuple[float, int]:
    import aiohttp

    async with aiohttp.ClientSession(headers=HEADERS) as session:
        url = f"{base_url}/api/v2/leads/list"

        async def fetch(body: dict[str, Any]) -> Any:
            async with session.post(url, json=body) as response:
                response.raise_for_status()
                return await response.json()

        await fetch({"list_id": f"bench-{page}", "limit": page})
        await aclock_start()
        checksum = 0
        cursor = None
        while True:
            body: dict[str, Any] = {"list_id": f"bench-{total}", "limit": page}
            if cursor:
                body["starting_after"] = cursor
            data = await fetch(body)
            for lead in data["items"]:
                checksum += len(lead["email"])
            cursor = data.get("next_starting_after")
            if not cursor or not data["items"]:
                break
        return await aclock_stop(), checksum


async def sdk_walk(base_url: str, total: int, page: int) -> tuple[float, int]:
    from instantly_async import AsyncInstantly, NoRateLimiter

    async with AsyncInstantly(API_KEY, base_url=base_url, rate_limiter=NoRateLimiter()) as client:
        await client.leads.list(list_id=f"bench-{page}", limit=page).first_page()
        await aclock_start()
        checksum = 0
        async for lead in client.leads.list(list_id=f"bench-{total}", limit=page):
            checksum += len(lead.email)
        return await aclock_stop(), checksum


def campaign_ids(count: int) -> list[str]:
    return [f"0197{i:04x}-5c1e-7a3b-9f21-{i:012x}" for i in range(count)]


async def _fan_out(ids: list[str], tasks: int, get: Callable[[str], Awaitable[int]]) -> int:
    queue = iter(ids)
    checksum = 0

    async def worker() -> None:
        nonlocal checksum
        for campaign_id in queue:  # one shared iterator: each id is fetched once
            checksum += await get(campaign_id)

    await asyncio.gather(*(worker() for _ in range(tasks)))
    return checksum


async def bare_gets(base_url: str, count: int, tasks: int) -> tuple[float, int]:
    import aiohttp

    ids = campaign_ids(count)
    async with aiohttp.ClientSession(headers=HEADERS) as session:

        async def get(campaign_id: str) -> int:
            async with session.get(f"{base_url}/api/v2/campaigns/{campaign_id}") as response:
                response.raise_for_status()
                data = await response.json()
            return len(data["name"])

        await _fan_out(campaign_ids(tasks), tasks, get)
        await aclock_start()
        checksum = await _fan_out(ids, tasks, get)
        return await aclock_stop(), checksum


async def sdk_gets(base_url: str, count: int, tasks: int, raw: bool = False) -> tuple[float, int]:
    from instantly_async import AsyncInstantly, NoRateLimiter

    ids = campaign_ids(count)
    async with AsyncInstantly(API_KEY, base_url=base_url, rate_limiter=NoRateLimiter()) as client:

        async def get(campaign_id: str) -> int:
            campaign = await client.campaigns.get(campaign_id)
            return len(campaign.name)

        async def get_raw(campaign_id: str) -> int:
            data = await client.request("GET", f"/api/v2/campaigns/{campaign_id}")
            return len(data["name"])

        await _fan_out(campaign_ids(tasks), tasks, get_raw if raw else get)
        await aclock_start()
        checksum = await _fan_out(ids, tasks, get_raw if raw else get)
        return await aclock_stop(), checksum


def lead_pages(total: int, page: int) -> list[bytes]:
    """`total` leads as page bodies (2,000 distinct leads, repeated)."""
    pool = [json.dumps(lead, separators=(",", ":")) for lead in make_leads(min(total, 2_000))]
    bodies = []
    for offset in range(0, total, page):
        items = ",".join(pool[(offset + i) % len(pool)] for i in range(min(page, total - offset)))
        bodies.append(f'{{"items":[{items}],"next_starting_after":"c{offset + page}"}}'.encode())
    return bodies


def floor_decode(pages: list[bytes]) -> tuple[float, int]:
    clock_start()
    checksum = 0
    for body in pages:
        for lead in json.loads(body)["items"]:
            checksum += len(lead["email"])
    return clock_stop(), checksum


def sdk_decode(pages: list[bytes]) -> tuple[float, int]:
    from instantly_async import models
    from instantly_async._serde import converter

    structure = converter.structure
    model = models.Lead
    structure(json.loads(pages[0])["items"][0], model)  # hooks are generated on first use
    clock_start()
    checksum = 0
    for body in pages:
        for lead in [structure(item, model) for item in json.loads(body)["items"]]:
            checksum += len(lead.email)
    return clock_stop(), checksum


def sdk_decode_every_field(pages: list[bytes]) -> tuple[float, int]:
    """As `sdk_decode`, then every field of every lead read: the whole decoding, including what
    the models defer until a field is first read (instantly_async/_model.py)."""
    import attrs

    from instantly_async import models
    from instantly_async._serde import converter

    structure = converter.structure
    model = models.Lead
    names = [a.name for a in attrs.fields(model)]
    structure(json.loads(pages[0])["items"][0], model)
    clock_start()
    checksum = 0
    for body in pages:
        for lead in [structure(item, model) for item in json.loads(body)["items"]]:
            for name in names:
                getattr(lead, name)
            checksum += len(lead.email)
    return clock_stop(), checksum


def constructor(cls: type) -> Callable[[dict[str, Any]], Any]:
    """Build `cls` and its nested models from a dict with no conversion at all (no datetimes,
    no enums, no undeclared fields, no leniency): what any SDK with eager attrs models pays at
    the least. Only used as a floor for the SDK's decode."""
    import typing

    import attrs

    plan = []
    for a in attrs.fields(cls):
        if a.name == "additional_properties":
            continue
        t = a.type
        args = [x for x in typing.get_args(t) if x is not type(None)] or [t]
        nested = args[0] if len(args) == 1 and attrs.has(args[0]) else None
        plan.append(
            (a.alias, a.metadata.get("key", a.name), constructor(nested) if nested else None)
        )

    def build(data: dict[str, Any]) -> Any:
        kwargs = {}
        for name, key, nested in plan:
            value = data.get(key)
            kwargs[name] = nested(value) if nested is not None and type(value) is dict else value
        return cls(**kwargs)

    return build


def floor_construct(pages: list[bytes]) -> tuple[float, int]:
    from instantly_async import models

    build = constructor(models.Lead)
    clock_start()
    checksum = 0
    for body in pages:
        for lead in [build(item) for item in json.loads(body)["items"]]:
            checksum += len(lead.email)
    return clock_stop(), checksum


def floor_encode(leads: list[dict[str, Any]], page: int) -> tuple[float, int]:
    clock_start()
    size = 0
    for offset in range(0, len(leads), page):
        size += len(json.dumps(leads[offset : offset + page], separators=(",", ":")))
    return clock_stop(), size


def sdk_encode(models_: list[Any], page: int) -> tuple[float, int]:
    from instantly_async._serde import to_json

    clock_start()
    size = 0
    for offset in range(0, len(models_), page):
        size += len(
            json.dumps([to_json(m) for m in models_[offset : offset + page]], separators=(",", ":"))
        )
    return clock_stop(), size


# --- measuring --------------------------------------------------------------------------------


def timed(fn: Callable[[], tuple[float, int]]) -> dict[str, float]:
    _, checksum = fn()
    return {**_CLOCK["result"], "checksum": checksum}


def ab_rounds(
    rounds: int, variants: dict[str, Callable[[], dict[str, float]]], label: str
) -> dict[str, list[dict[str, float]]]:
    """Run every variant once per round, rotating the order each round."""
    names = list(variants)
    results: dict[str, list[dict[str, float]]] = {name: [] for name in names}
    for r in range(rounds):
        order = names[r % len(names) :] + names[: r % len(names)]
        if r % 2:
            order.reverse()
        for name in order:
            results[name].append(variants[name]())
        shown = "  ".join(f"{n}={results[n][-1]['seconds']:.3f}s" for n in names)
        print(f"  [{label}] round {r + 1}/{rounds}: {shown}", file=sys.stderr, flush=True)
    return results


def median(samples: list[dict[str, float]], key: str = "seconds") -> float:
    return statistics.median(s[key] for s in samples)


def spread(samples: list[dict[str, float]]) -> float:
    values = [s["seconds"] for s in samples]
    return (max(values) - min(values)) / statistics.median(values) * 100


def child_env(sdk_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(sdk_path), *filter(None, [env.get("PYTHONPATH")])])
    return env


def import_seconds(statement: str, sdk_path: Path) -> float:
    code = f"import time; t = time.perf_counter(); {statement}; print(time.perf_counter() - t)"
    # cwd=sdk_path: `python -c` puts the working directory first on sys.path, ahead of PYTHONPATH
    out = subprocess.run(
        [sys.executable, "-c", code],
        env=child_env(sdk_path),
        cwd=sdk_path,
        capture_output=True,
        text=True,
        check=True,
    )
    return float(out.stdout)


def importtime_top(sdk_path: Path, count: int = 12) -> list[tuple[str, float, float]]:
    """(module with indentation, self ms, cumulative ms), the most expensive first."""
    out = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import instantly_async"],
        env=child_env(sdk_path),
        cwd=sdk_path,
        capture_output=True,
        text=True,
        check=True,
    )
    rows = []
    for line in out.stderr.splitlines():
        if not line.startswith("import time:") or "cumulative" in line:
            continue
        self_us, cumulative_us, name = line[len("import time:") :].split("|")
        rows.append((name.rstrip(), int(self_us) / 1000, int(cumulative_us) / 1000))
    rows.sort(key=lambda row: row[2], reverse=True)
    return rows[:count]


def memory_child(impl: str, total: int, base_url: str, page: int) -> dict[str, float]:
    """Run in a fresh process: walk `total` leads, report peak RSS."""
    walk = sdk_walk if impl == "sdk" else bare_walk
    # Imports first, so the peak compares walks, not import sets.
    if impl == "sdk":
        import instantly_async.models
    import aiohttp  # noqa: F401

    before = _proc_status("VmHWM")
    seconds, checksum = asyncio.run(walk(base_url, total, page))
    import instantly_async

    return {
        "sdk_file": instantly_async.__file__,
        "peak_rss_mb": _proc_status("VmHWM"),
        "rss_before_mb": before,
        "rss_end_mb": _proc_status("VmRSS"),
        "seconds": seconds,
        "checksum": checksum,
    }


def _proc_status(field: str) -> float:
    """A memory figure of this process from /proc/self/status, in MB. VmHWM is the peak resident
    set of this process image (ru_maxrss is not used: Linux carries it over from the parent
    across fork + exec, so a child would report the benchmark driver's peak)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return float(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss) / 1024


def run_memory(
    impl: str, total: int, server: Server, sdk_path: Path, page: int
) -> dict[str, float]:
    out = subprocess.run(
        [
            sys.executable,
            str(Path(__file__).resolve()),
            "--sdk-path",
            str(sdk_path),
            "--memory-child",
            impl,
            str(total),
            server.base_url,
            str(page),
        ],
        env=child_env(sdk_path),
        capture_output=True,
        text=True,
        check=True,
    )
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


# --- reporting --------------------------------------------------------------------------------


def machine(sdk_path: Path) -> list[str]:
    from importlib.metadata import version

    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    versions = ", ".join(
        f"{name} {version(name)}" for name in ("aiohttp", "cattrs", "attrs", "yarl")
    )
    try:
        import orjson

        versions += f"; orjson {orjson.__version__} importable"
    except ImportError:
        versions += "; orjson not installed"
    return [
        f"- CPU: {cpu}, {cores} cores usable ({os.cpu_count()} online)",
        f"- Python {platform.python_version()} ({platform.python_implementation()}), {platform.platform()}",
        f"- {versions}",
        f"- SDK under test: `{sdk_path}`",
    ]


def walk_budget() -> str:
    """≤ 1.4× bare aiohttp; ≤ 1.2× with the orjson extra, which the SDK then parses with."""
    try:
        import orjson  # noqa: F401
    except ImportError:
        return "≤ 1.4×"
    return "≤ 1.2×"


def fmt_s(x: float) -> str:
    return f"{x * 1000:.0f} ms" if x < 10 else f"{x:.1f} s"


def report(cfg: dict[str, int], res: dict[str, Any], sdk_path: Path) -> str:
    lines = ["## instantly-async benchmark", "", *machine(sdk_path), ""]
    lines.append(f"Medians of {cfg['rounds']} alternating rounds (spread = (max-min)/median).")
    lines.append("")
    lines.append("| scenario | bare aiohttp | SDK | SDK/bare | budget | SDK overhead |")
    lines.append("| --- | --- | --- | --- | --- | --- |")

    def row(
        name: str,
        bare: list[dict[str, float]],
        sdk: list[dict[str, float]],
        budget: str,
        per: int,
        unit: str,
    ) -> None:
        b, s = median(bare), median(sdk)
        over = (s - b) / per * 1e6
        if budget:
            budget += " ✅" if s / b <= float(budget.strip("≤ ×")) else " ❌"
        lines.append(
            f"| {name} | {fmt_s(b)} (±{spread(bare) / 2:.0f}%) | {fmt_s(s)} (±{spread(sdk) / 2:.0f}%) "
            f"| **{s / b:.2f}×** | {budget} | {over:+.1f} µs/{unit} |"
        )

    w, g, d = res["walk"], res["gets"], res["decode"]
    row(
        f"walk {cfg['walk']:,} leads, {cfg['page']}/page",
        w["bare"],
        w["sdk"],
        walk_budget(),
        cfg["walk"],
        "lead",
    )
    row(
        f"{cfg['gets']:,} GET campaign, {cfg['tasks']} tasks",
        g["bare"],
        g["sdk"],
        "≤ 1.2×",
        cfg["gets"],
        "request",
    )
    row("  same, `client.request` (no model)", g["bare"], g["sdk_raw"], "", cfg["gets"], "request")
    row(
        f"decode {cfg['decode']:,} leads (floor: json.loads)",
        d["floor"],
        d["sdk"],
        "",
        cfg["decode"],
        "lead",
    )
    row(
        "  same, then every field of every lead read",
        d["floor"],
        d["sdk_every_field"],
        "",
        cfg["decode"],
        "lead",
    )
    row(
        "  floor 2: json.loads + bare attrs construction",
        d["floor"],
        d["construct"],
        "",
        cfg["decode"],
        "lead",
    )
    row(
        f"encode {cfg['decode']:,} leads (floor: json.dumps)",
        d["floor_encode"],
        d["sdk_encode"],
        "",
        cfg["decode"],
        "lead",
    )
    imp = res["import"]
    b, s = statistics.median(imp["aiohttp"]), statistics.median(imp["sdk"])
    lines.append(
        f"| `import instantly_async`, fresh interpreter (bare: `import aiohttp`) | {fmt_s(b)} | {fmt_s(s)} "
        f"| {s / b:.2f}× | ≤ 200 ms {'✅' if s <= 0.2 else '❌'} | {fmt_s(s - b)} beyond aiohttp |"
    )
    m = res["memory"]
    grow_b = m["bare_large"]["peak_rss_mb"] - m["bare_small"]["peak_rss_mb"]
    grow_s = m["sdk_large"]["peak_rss_mb"] - m["sdk_small"]["peak_rss_mb"]
    lines.append(
        f"| peak RSS, walk {cfg['mem_large']:,} − walk {cfg['mem_small']:,} leads | {grow_b:+.1f} MB "
        f"| {grow_s:+.1f} MB | | < 30 MB {'✅' if grow_s < 30 else '❌'} | peak {m['sdk_small']['peak_rss_mb']:.0f} → "
        f"{m['sdk_large']['peak_rss_mb']:.0f} MB |"
    )
    lines.append("")
    per_lead = median(d["sdk"]) / cfg["decode"] * 1e6
    floor = median(d["floor"]) / cfg["decode"] * 1e6
    enc = median(d["sdk_encode"]) / cfg["decode"] * 1e6
    lines.append(
        f"Decode: {per_lead:.1f} µs per lead with the SDK (json.loads + models) vs {floor:.1f} µs for "
        f"json.loads alone; encode (model → JSON text): {enc:.1f} µs per lead."
    )
    lines.append(
        f"`import instantly_async.models` (paid on the first decoded response, not at import): "
        f"{fmt_s(statistics.median(imp['models']))} more."
    )
    for name, scenario in (("walk", w), ("gets", g)):
        for impl in scenario:
            samples = scenario[impl]
            busy = median(samples, "server_cpu") / median(samples)
            client = median(samples, "client_cpu") / median(samples)
            gcs = "/".join(f"{median(samples, f'gc{g}'):.0f}" for g in range(3))
            lines.append(
                f"- {name}/{impl}: client CPU {client:.0%} of wall time, server CPU {busy:.0%}, "
                f"garbage collections (gen 0/1/2) {gcs}"
            )
    lines.append("")
    lines.append("`python -X importtime -c 'import instantly_async'`, largest cumulative costs:")
    lines.append("")
    lines.append("| module | self | cumulative |")
    lines.append("| --- | --- | --- |")
    for name, self_ms, cum_ms in res["importtime"]:
        lines.append(f"| `{name.replace(' ', '·')}` | {self_ms:.1f} ms | {cum_ms:.1f} ms |")
    lines.append("")
    lines.append("Memory (a fresh process per walk; peak = VmHWM from /proc/self/status):")
    lines.append("")
    for key in ("bare_small", "bare_large", "sdk_small", "sdk_large"):
        mm = m[key]
        lines.append(
            f"- {key}: peak {mm['peak_rss_mb']:.1f} MB (after imports {mm['rss_before_mb']:.1f} MB, "
            f"at the end {mm['rss_end_mb']:.1f} MB), "
            f"walk took {mm['seconds']:.2f} s"
        )
    return "\n".join(lines)


# --- main -------------------------------------------------------------------------------------


def run_decode(cfg: dict[str, int]) -> dict[str, list[dict[str, float]]]:
    from instantly_async import models
    from instantly_async._serde import converter

    pages = lead_pages(cfg["decode"], cfg["page"])
    leads = [item for body in pages for item in json.loads(body)["items"]]
    lead_models = [converter.structure(item, models.Lead) for item in leads]
    return ab_rounds(
        cfg["rounds"],
        {
            "floor": lambda: timed(lambda: floor_decode(pages)),
            "construct": lambda: timed(lambda: floor_construct(pages)),
            "sdk_every_field": lambda: timed(lambda: sdk_decode_every_field(pages)),
            "sdk": lambda: timed(lambda: sdk_decode(pages)),
            "floor_encode": lambda: timed(lambda: floor_encode(leads, cfg["page"])),
            "sdk_encode": lambda: timed(lambda: sdk_encode(lead_models, cfg["page"])),
        },
        "decode",
    )


def run(cfg: dict[str, int], sdk_path: Path) -> dict[str, Any]:
    res: dict[str, Any] = {}
    t0 = time.perf_counter()
    global _SERVER
    with Server() as server:
        _SERVER = server
        url = server.base_url

        def client(
            coro_fn: Callable[[], Awaitable[tuple[float, int]]],
        ) -> Callable[[], dict[str, float]]:
            return lambda: timed(lambda: asyncio.run(coro_fn()))  # type: ignore[arg-type]

        res["walk"] = ab_rounds(
            cfg["rounds"],
            {
                "bare": client(lambda: bare_walk(url, cfg["walk"], cfg["page"])),
                "sdk": client(lambda: sdk_walk(url, cfg["walk"], cfg["page"])),
            },
            "walk",
        )
        res["gets"] = ab_rounds(
            cfg["rounds"],
            {
                "bare": client(lambda: bare_gets(url, cfg["gets"], cfg["tasks"])),
                "sdk": client(lambda: sdk_gets(url, cfg["gets"], cfg["tasks"])),
                "sdk_raw": client(lambda: sdk_gets(url, cfg["gets"], cfg["tasks"], raw=True)),
            },
            "gets",
        )

        res["decode"] = run_decode(cfg)

        imp: dict[str, list[float]] = {"aiohttp": [], "sdk": [], "models": []}
        for _ in range(cfg["import_runs"]):
            imp["aiohttp"].append(import_seconds("import aiohttp", sdk_path))
            imp["sdk"].append(import_seconds("import instantly_async", sdk_path))
            imp["models"].append(
                import_seconds(
                    "import instantly_async; t = time.perf_counter(); import instantly_async.models",
                    sdk_path,
                )
            )
        print(
            f"  [import] sdk runs: {', '.join(f'{x * 1000:.0f}' for x in imp['sdk'])} ms",
            file=sys.stderr,
        )
        res["import"] = imp
        res["importtime"] = importtime_top(sdk_path)

        res["memory"] = {}
        for impl in ("bare", "sdk"):
            for size in ("small", "large"):
                res["memory"][f"{impl}_{size}"] = run_memory(
                    impl, cfg[f"mem_{size}"], server, sdk_path, cfg["page"]
                )
                print(
                    f"  [memory] {impl} {cfg[f'mem_{size}']:,}: {res['memory'][f'{impl}_{size}']}",
                    file=sys.stderr,
                )
    res["total_seconds"] = time.perf_counter() - t0
    return res


def profile(scenario: str, cfg: dict[str, int], html: str | None) -> None:
    from pyinstrument import Profiler

    with Server() as server:
        url = server.base_url
        if scenario == "decode":
            pages = lead_pages(cfg["decode"], cfg["page"])
            work: Callable[[], Any] = lambda: sdk_decode(pages)  # noqa: E731
        elif scenario == "walk":
            work = lambda: asyncio.run(sdk_walk(url, cfg["walk"], cfg["page"]))  # noqa: E731
        else:
            work = lambda: asyncio.run(sdk_gets(url, cfg["gets"], cfg["tasks"]))  # noqa: E731
        work()  # warm: imports and generated hooks out of the picture
        profiler = Profiler(interval=0.0002)
        profiler.start()
        seconds, _ = work()
        profiler.stop()
    print(f"{scenario}: {seconds:.3f} s of timed work")
    print(profiler.output_text(unicode=True, color=False, show_all=False))
    if html:
        Path(html).write_text(profiler.output_html())


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--quick", action="store_true", help="smaller sizes: a smoke test under 30 s"
    )
    parser.add_argument("--rounds", type=int, help="A/B rounds per scenario (default 7, quick 3)")
    parser.add_argument(
        "--sdk-path", type=Path, default=ROOT, help="directory holding the instantly_async to test"
    )
    parser.add_argument("--json", type=Path, help="also write the raw samples here")
    parser.add_argument(
        "--profile",
        choices=("walk", "gets", "decode"),
        help="profile the SDK side with pyinstrument",
    )
    parser.add_argument("--html", help="with --profile: also write pyinstrument's HTML report here")
    parser.add_argument("--memory-child", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args()

    sdk_path = args.sdk_path.resolve()
    sys.path.insert(0, str(sdk_path))
    if args.memory_child:
        impl, total, base_url, page = args.memory_child
        print(json.dumps(memory_child(impl, int(total), base_url, int(page))))
        return
    cfg = dict(QUICK if args.quick else FULL)
    if args.rounds:
        cfg["rounds"] = args.rounds
    if args.profile:
        profile(args.profile, cfg, args.html)
        return
    res = run(cfg, sdk_path)
    print(report(cfg, res, sdk_path))
    print(f"\n(total run time {res['total_seconds']:.0f} s)")
    if args.json:
        args.json.write_text(json.dumps({"config": cfg, "results": res}, indent=1))


if __name__ == "__main__":
    main()

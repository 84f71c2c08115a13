"""FakeInstantly as a standalone server, for the CLI, other languages and manual trials.

    python -m instantly_async.testing --port 8765 [--seed seed.json] [--api-key KEY]

It prints its base URL and key (as `INSTANTLY_BASE_URL=...` / `INSTANTLY_API_KEY=...` lines, or
one JSON object with `--json`) and serves until interrupted (Ctrl-C or SIGTERM). Also run as
`instantly-async fake`.

A seed file is one JSON object; every key is optional:

    {
      "campaigns": [{"name": "Demo", "leads": [{"email": "ada@example.com",
                                                 "custom_variables": {"tier": "gold"}}]}],
      "lead_lists": [{"name": "Vendor list", "leads": [...]}],
      "leads": [{"email": "loose@example.com"}],
      "accounts": [{"email": "sender@example.com", "first_name": "Sam"}],
      "block_list": ["competitor.com", "nobody@example.com"]
    }

Records are stored as given (the fake's `seed_*` methods), with fresh ids; the ids of seeded
campaigns and lead lists are printed by name.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import signal
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from instantly_async.testing import FakeInstantly

SEED_KEYS = ("campaigns", "lead_lists", "leads", "accounts", "block_list")
KEEP_REQUESTS = 10_000
"""The request log kept while serving: a long-running server must not grow without end."""


class SeedError(ValueError):
    """A seed file that cannot be loaded."""


def parser(prog: str = "python -m instantly_async.testing") -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog=prog,
        description="Serve FakeInstantly, a stateful fake of the Instantly API V2, until stopped.",
    )
    add_arguments(p)
    return p


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument(
        "--port", type=int, default=8765, help="port to listen on; 0 picks a free one (8765)"
    )
    p.add_argument("--seed", type=Path, help="JSON file of records to start with")
    p.add_argument("--api-key", help="the key clients must send (random when omitted)")
    p.add_argument(
        "--no-rate-limits",
        action="store_true",
        help="answer every request (by default the live API's limits apply: 100/s, 6,000/min)",
    )
    p.add_argument(
        "--sub-workspace",
        dest="sub_workspaces",
        action="append",
        default=[],
        metavar="ID",
        help="a sub-workspace id the key may act as with x-as-workspace (repeat for several)",
    )
    p.add_argument("--json", action="store_true", help="print the address as one JSON line")


def load_seed(fake: FakeInstantly, path: Path) -> dict[str, dict[str, str]]:
    """Store the seed file's records; returns the ids of campaigns and lead lists by name."""
    try:
        seed = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise SeedError(f"cannot read the seed file {str(path)!r}: {exc}") from None
    if not isinstance(seed, dict):
        raise SeedError(f"the seed file {str(path)!r} must hold a JSON object")
    unknown = sorted(set(seed) - set(SEED_KEYS))
    if unknown:
        raise SeedError(f"unknown seed key(s) {unknown}; allowed: {', '.join(SEED_KEYS)}")

    def records(key: str) -> list[dict[str, Any]]:
        value = seed.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            raise SeedError(f"seed[{key!r}] must be a list of objects")
        return [dict(v) for v in value]

    ids: dict[str, dict[str, str]] = {"campaigns": {}, "lead_lists": {}}
    for campaign in records("campaigns"):
        leads = campaign.pop("leads", [])
        stored = fake.seed_campaign(**campaign)
        ids["campaigns"][str(stored.get("name"))] = stored["id"]
        for lead in leads:
            fake.seed_lead(**lead, campaign=stored["id"])
    for lead_list in records("lead_lists"):
        leads = lead_list.pop("leads", [])
        stored = fake.seed_lead_list(**lead_list)
        ids["lead_lists"][str(stored.get("name"))] = stored["id"]
        for lead in leads:
            fake.seed_lead(**lead, list_id=stored["id"])
    for lead in records("leads"):
        fake.seed_lead(**lead)
    for account in records("accounts"):
        if not isinstance(account.get("email"), str):
            raise SeedError("every seeded account needs an 'email'")
        fake.seed_account(account.pop("email"), **account)
    entries = seed.get("block_list", [])
    if not isinstance(entries, list) or not all(isinstance(e, str) for e in entries):
        raise SeedError("seed['block_list'] must be a list of emails or domains")
    for entry in entries:
        fake.seed_block_list_entry(entry)
    return ids


async def serve(args: argparse.Namespace, *, out: Any = None) -> None:
    """Start the fake, print where it is, serve until SIGINT/SIGTERM."""
    out = out if out is not None else sys.stdout
    fake = FakeInstantly(
        api_key=args.api_key,
        host=args.host,
        port=args.port,
        sub_workspaces=args.sub_workspaces,
        rate_limits=not args.no_rate_limits,
    )
    ids = load_seed(fake, args.seed) if args.seed is not None else {}
    await fake.start()
    try:
        if args.json:
            print(
                json.dumps({"base_url": fake.base_url, "api_key": fake.api_key, **ids}),
                file=out,
                flush=True,
            )
        else:
            print(f"FakeInstantly is serving the Instantly API V2 at {fake.base_url}", file=out)
            print(f"INSTANTLY_BASE_URL={fake.base_url}", file=out)
            print(f"INSTANTLY_API_KEY={fake.api_key}", file=out)
            for kind, by_name in ids.items():
                for name, record_id in by_name.items():
                    print(f"{kind[:-1].replace('_', ' ')} {name!r}: {record_id}", file=out)
            print("Stop with Ctrl-C.", file=out, flush=True)
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        if (
            sys.platform != "win32"
        ):  # Windows event loops take no signal handlers: Ctrl-C interrupts
            for signum in (signal.SIGINT, signal.SIGTERM):
                loop.add_signal_handler(signum, stop.set)
        while not stop.is_set():
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(stop.wait(), timeout=5)
            del fake.requests[:-KEEP_REQUESTS]
    finally:
        await fake.stop()


def main(argv: Sequence[str] | None = None, prog: str | None = None) -> int:
    args = parser(prog or "python -m instantly_async.testing").parse_args(argv)
    return run(args)


def run(args: argparse.Namespace) -> int:
    try:
        asyncio.run(serve(args))
    except SeedError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:  # e.g. the port is taken
        print(f"error: cannot serve on {args.host}:{args.port}: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())

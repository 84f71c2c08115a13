"""The `instantly-async` command line (also `python -m instantly_async`).

    instantly-async leads export leads.csv --campaign CAMPAIGN_ID
    instantly-async leads import vendor.csv --campaign CAMPAIGN_ID --skip-if-in-workspace
    instantly-async campaigns list --json
    instantly-async leads merge-vars LEAD_ID tier=gold score=42
    instantly-async jobs wait JOB_ID
    instantly-async fake --port 8765

Exit codes: 0 done; 1 not everything was done (an import with invalid or failed rows, whose
report is written; an API error; a failed job); 2 usage error (bad arguments, no API key, a
checkpoint of another export, the `cli` extra missing for table output).

Tables and progress bars need the `cli` extra (`pip install 'instantly-async[cli]'`); `--json`
output does not. Progress is shown only when stdout is a terminal.

A command is a function registered with `@command(...)`; an option every API command takes goes
in `connection_options` and `open_client`.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
from collections.abc import Awaitable, Callable, Coroutine, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

from instantly_async import _serde, errors, io
from instantly_async._extensions.custom_variables import custom_variables_of
from instantly_async._transport import OMIT
from instantly_async.client import DEFAULT_BASE_URL, AsyncInstantly

if TYPE_CHECKING:
    from instantly_async._pagination import AsyncPager

EXIT_OK = 0
EXIT_INCOMPLETE = 1
EXIT_USAGE = 2
INSTALL_HINT = "pip install 'instantly-async[cli]'"


class UsageError(Exception):
    """Bad input from the person at the keyboard: exit code 2."""


# -- output ---------------------------------------------------------------------------------------


class Output:
    """Where results go: a table (rich) for people, JSON for scripts; progress on stderr."""

    def __init__(self, *, as_json: bool, stdout: Any = None) -> None:
        self.as_json = as_json
        self.stdout = stdout if stdout is not None else sys.stdout
        if not as_json:
            _rich()  # fail now, with the install hint, rather than after the work

    @property
    def interactive(self) -> bool:
        return bool(getattr(self.stdout, "isatty", lambda: False)())

    def json(self, value: Any) -> None:
        json.dump(_serde.to_json(value), self.stdout, ensure_ascii=False, indent=2, default=str)
        self.stdout.write("\n")

    def table(self, rows: Sequence[dict[str, Any]], columns: Sequence[str], title: str) -> None:
        if self.as_json:
            self.json(list(rows))
            return
        from rich.console import Console
        from rich.table import Table

        table = Table(title=title)
        for column in columns:
            table.add_column(column, overflow="fold")  # ids whole, never cut with an ellipsis
        for row in rows:
            table.add_row(*(_text(row.get(column)) for column in columns))
        # Piped output has no width to fit: lay the table out whole rather than in 80 columns.
        Console(file=self.stdout, width=None if self.interactive else 1000).print(table)

    def fields(self, values: dict[str, Any], title: str) -> None:
        if self.as_json:
            self.json(values)
            return
        rows = [{"field": key, "value": value} for key, value in values.items()]
        self.table(rows, ["field", "value"], title)

    @contextmanager
    def progress(
        self, what: str, total: float | None, unit: str
    ) -> Iterator[Callable[[float], None]]:
        """A progress bar (rows, rate, ETA when the total is known) while the block runs;
        `update(done)` moves it. Silent when stdout is not a terminal or rich is missing."""
        if not self.interactive:
            yield lambda done: None
            return
        try:
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                ProgressColumn,
                TextColumn,
                TimeElapsedColumn,
                TimeRemainingColumn,
            )
            from rich.text import Text
        except ImportError:
            yield lambda done: None
            return

        class Rate(ProgressColumn):
            def render(self, task: Any) -> Text:
                speed = task.finished_speed or task.speed
                return Text(f"{speed:,.0f} {unit}/s" if speed else f"- {unit}/s")

        with Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            Rate(),
            TimeElapsedColumn(),
            TimeRemainingColumn(),
            console=Console(stderr=True),
            transient=False,
        ) as bar:
            task = bar.add_task(what, total=total)
            yield lambda done: bar.update(task, completed=done)


def _rich() -> None:
    try:
        import rich  # noqa: F401
    except ImportError:
        raise UsageError(
            "tables and progress bars need the 'cli' extra: "
            f"{INSTALL_HINT} (or pass --json for output without it)"
        ) from None


def _text(value: Any) -> str:
    if value is None:
        return ""
    value = _serde.to_json(value)
    return value if isinstance(value, str) else json.dumps(value, default=str)


# -- commands -------------------------------------------------------------------------------------

Run = Callable[[argparse.Namespace, Output], Coroutine[Any, Any, int]]


@attrs.frozen
class Command:
    path: tuple[str, ...]
    """e.g. ("leads", "export")"""
    help: str
    arguments: Callable[[argparse.ArgumentParser], None]
    run: Run
    uses_api: bool = True


COMMANDS: list[Command] = []


def command(
    *path: str,
    help: str,
    arguments: Callable[[argparse.ArgumentParser], None] = lambda p: None,
    uses_api: bool = True,
) -> Callable[[Run], Run]:
    """Register `run(args, output) -> exit code` as the command `path`."""

    def register(run: Run) -> Run:
        COMMANDS.append(Command(tuple(path), help, arguments, run, uses_api))
        return run

    return register


def connection_options(p: argparse.ArgumentParser) -> None:
    """Options of every command that calls the API."""
    p.add_argument(
        "--api-key",
        default=None,
        help="a V2 API key (default: the INSTANTLY_API_KEY environment variable)",
    )
    p.add_argument(
        "--base-url",
        default=None,
        help=f"the API's address (default: INSTANTLY_BASE_URL or {DEFAULT_BASE_URL})",
    )
    p.add_argument(
        "--as-workspace",
        default=None,
        metavar="WORKSPACE_ID",
        help="act on this sub-workspace (agency admin keys; sent as x-as-workspace)",
    )


def open_client(args: argparse.Namespace) -> AsyncInstantly:
    key = args.api_key or os.environ.get("INSTANTLY_API_KEY")
    if not key or not key.strip():
        raise UsageError("no API key: pass --api-key or set INSTANTLY_API_KEY")
    base_url = args.base_url or os.environ.get("INSTANTLY_BASE_URL") or DEFAULT_BASE_URL
    if not base_url.startswith(("http://", "https://")):
        raise UsageError(f"--base-url must start with http:// or https://, got {base_url!r}")
    client = AsyncInstantly(api_key=key, base_url=base_url.rstrip("/"))
    if args.as_workspace is None:
        return client
    try:
        return client.for_workspace(args.as_workspace)
    except ValueError as exc:
        raise UsageError(f"--as-workspace: {exc}") from None


def _export_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("output", type=Path, help="file to write: .csv, .jsonl or .ndjson")
    p.add_argument("--format", choices=io.FORMATS, help="file format (default: by suffix)")
    p.add_argument(
        "--checkpoint",
        type=Path,
        help="checkpoint file (default: OUTPUT.checkpoint.json); run the same command "
        "again after an interruption to resume",
    )
    p.add_argument(
        "--restart", action="store_true", help="ignore (and replace) an existing checkpoint"
    )
    p.add_argument("--page-size", type=int, default=100, help="items per request (1-100)")


async def _export(
    args: argparse.Namespace,
    out: Output,
    what: str,
    run: Callable[..., Awaitable[io.ExportResult]],
    **filters: Any,
) -> int:
    checkpoint: Path = args.checkpoint or args.output.with_name(
        args.output.name + ".checkpoint.json"
    )
    if args.restart:
        _forget(checkpoint)
    with out.progress(f"exporting {what}", None, "rows") as update:
        try:
            result = await run(
                args.output,
                format=args.format,
                checkpoint=checkpoint,
                page_size=args.page_size,
                on_progress=update,
                **{k: v for k, v in filters.items() if v is not None},
            )
        except io.CheckpointError as exc:
            raise UsageError(f"{exc} (or pass --restart)") from None
        except errors.InstantlyError as exc:
            raise errors.InstantlyError(
                f"{exc}\nthe export stopped; run the same command again to resume from {checkpoint}"
            ) from exc
    out.fields(result.summary(), f"{what} exported")
    return EXIT_OK


def _forget(checkpoint: Path) -> None:
    checkpoint.unlink(missing_ok=True)


def _leads_export_arguments(p: argparse.ArgumentParser) -> None:
    _export_arguments(p)
    target = p.add_mutually_exclusive_group()
    target.add_argument("--campaign", help="only the leads of this campaign id")
    target.add_argument("--list", dest="list_id", help="only the leads of this lead list id")


@command(
    "leads", "export", help="write leads to CSV or JSON Lines", arguments=_leads_export_arguments
)
async def leads_export(args: argparse.Namespace, out: Output) -> int:
    async with open_client(args) as client:

        async def run(path: Path, **options: Any) -> io.ExportResult:
            return await io.export_leads(client, path, **options)

        return await _export(args, out, "leads", run, campaign=args.campaign, list_id=args.list_id)


def _listing_export(resource: str) -> Run:
    async def run_export(args: argparse.Namespace, out: Output) -> int:
        async with open_client(args) as client:
            lister = getattr(client, resource).list

            async def run(path: Path, **options: Any) -> io.ExportResult:
                return await io.export(lister, path, **options)

            return await _export(args, out, resource, run)

    return run_export


for _resource in ("campaigns", "accounts", "emails"):
    command(
        _resource,
        "export",
        help=f"write {_resource} to CSV or JSON Lines",
        arguments=_export_arguments,
    )(_listing_export(_resource))


def _mapping(text: str) -> tuple[str, str | None]:
    column, sep, target = text.partition("=")
    if not sep or not column:
        raise argparse.ArgumentTypeError(
            f"expected COLUMN=FIELD, COLUMN=custom.NAME or COLUMN= (to leave it out), got {text!r}"
        )
    return column, target or None


def _leads_import_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("input", type=Path, help="CSV or JSON Lines file of leads")
    target = p.add_mutually_exclusive_group(required=True)
    target.add_argument("--campaign", help="campaign id to add the leads to")
    target.add_argument("--list", dest="list_id", help="lead list id to add the leads to")
    p.add_argument("--format", choices=io.FORMATS, help="file format (default: by suffix)")
    p.add_argument(
        "--map",
        action="append",
        type=_mapping,
        default=[],
        metavar="COLUMN=FIELD",
        help="send a column as a lead field or custom.NAME; COLUMN= leaves it out (repeatable)",
    )
    p.add_argument(
        "--no-infer-types",
        action="store_true",
        help="send every custom value as text (default: true/false and numbers are typed)",
    )
    for flag in ("skip-if-in-workspace", "skip-if-in-campaign", "skip-if-in-list"):
        p.add_argument(f"--{flag}", action="store_true", help="passed to the API")
    p.add_argument("--verify", action="store_true", help="verify the emails as they are added")
    p.add_argument("--blocklist-id", help="block list to check the leads against")
    p.add_argument("--assigned-to", help="workspace user id to assign the leads to")
    p.add_argument(
        "--report",
        type=Path,
        help="where to write invalid and failed rows (default: INPUT.rejected.csv, or "
        ".rejected.jsonl for JSON Lines input, so nested values survive the fix-and-retry)",
    )
    p.add_argument("--concurrency", type=int, default=4, help="chunks in flight (default 4)")


@command(
    "leads", "import", help="add leads from CSV or JSON Lines", arguments=_leads_import_arguments
)
async def leads_import(args: argparse.Namespace, out: Output) -> int:
    if not args.input.is_file():
        raise UsageError(f"no such file: {args.input}")
    suffix = ".csv" if (args.format or args.input.suffix.lower().lstrip(".")) == "csv" else ".jsonl"
    report_path: Path = args.report or args.input.with_name(f"{args.input.stem}.rejected{suffix}")
    total = io.count_rows(args.input, format=args.format) if out.interactive else None
    async with open_client(args) as client:
        with out.progress("importing leads", total, "rows") as update:
            report = await io.import_leads(
                client,
                args.input,
                campaign_id=args.campaign if args.campaign else OMIT,
                list_id=args.list_id if args.list_id else OMIT,
                format=args.format,
                columns=dict(args.map),
                infer_types=not args.no_infer_types,
                skip_if_in_workspace=args.skip_if_in_workspace or None,
                skip_if_in_campaign=args.skip_if_in_campaign or None,
                skip_if_in_list=args.skip_if_in_list or None,
                verify_leads_on_import=args.verify or None,
                blocklist_id=args.blocklist_id,
                assigned_to=args.assigned_to,
                concurrency=args.concurrency,
                on_progress=lambda r: update(r.accounted),
            )
    summary = report.summary()
    if not report.ok:
        report.write_rejected(report_path)
        summary["report"] = str(report_path)
    if out.as_json:
        out.json(summary)
    else:
        counts: dict[str, Any] = {
            "rows": report.rows,
            "uploaded": report.uploaded,
            **{f"skipped ({reason})": n for reason, n in report.skipped.items()},
            "duplicates in file": len(report.duplicates),
            "invalid": len(report.invalid),
            "failed": len(report.failed),
        }
        if report.ignored_columns:
            counts["columns left out"] = ", ".join(report.ignored_columns)
        if not report.ok:
            counts["rejected rows written to"] = str(report_path)
        out.fields(counts, "leads imported" if report.ok else "leads imported, with problems")
    return EXIT_OK if report.ok else EXIT_INCOMPLETE


def _assignment(text: str) -> tuple[str, str]:
    name, sep, value = text.partition("=")
    if not sep or not name:
        raise argparse.ArgumentTypeError(f"expected NAME=VALUE, got {text!r}")
    return name, value


def _leads_merge_vars_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("lead_id", help="id of the lead")
    p.add_argument(
        "values", nargs="*", type=_assignment, metavar="NAME=VALUE", help="variables to set"
    )
    p.add_argument("--remove", action="append", default=[], metavar="NAME", help="(repeatable)")
    p.add_argument(
        "--no-infer-types",
        action="store_true",
        help="send every value as text (default: true/false and numbers are typed)",
    )


@command(
    "leads",
    "merge-vars",
    help="set some custom variables of a lead, keeping the others",
    arguments=_leads_merge_vars_arguments,
)
async def leads_merge_vars(args: argparse.Namespace, out: Output) -> int:
    updates = {
        name: value if args.no_infer_types else io.infer_scalar(value)
        for name, value in args.values
    }
    async with open_client(args) as client:
        lead = await client.leads.merge_custom_variables(args.lead_id, updates, remove=args.remove)
    out.fields(custom_variables_of(lead), f"custom variables of {args.lead_id}")
    return EXIT_OK


def _campaigns_list_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--search", help="only campaigns whose name contains this")
    p.add_argument("--limit", type=int, help="list at most this many")


@command("campaigns", "list", help="list campaigns", arguments=_campaigns_list_arguments)
async def campaigns_list(args: argparse.Namespace, out: Output) -> int:
    if args.limit is not None and args.limit < 0:
        raise UsageError(f"--limit must be >= 0, got {args.limit}")
    async with open_client(args) as client:
        filters = {"search": args.search} if args.search else {}
        pager: AsyncPager[Any] = client.campaigns.list(**filters, max_items=args.limit)
        rows = [_serde.to_json(campaign) async for campaign in pager]
    out.table(rows, ["id", "name", "status", "timestamp_created"], "campaigns")
    return EXIT_OK


def _jobs_wait_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("job_id", help="background job id (24 hex characters)")
    p.add_argument("--timeout", type=float, default=600.0, help="seconds to wait (default 600)")
    p.add_argument("--poll-interval", type=float, default=2.0, help="seconds between polls")


@command("jobs", "wait", help="wait for a background job to finish", arguments=_jobs_wait_arguments)
async def jobs_wait(args: argparse.Namespace, out: Output) -> int:
    async with open_client(args) as client:
        with out.progress(f"job {args.job_id}", 100, "%") as update:
            try:
                job = await client.background_jobs.wait(
                    args.job_id,
                    timeout=args.timeout,
                    poll_interval=args.poll_interval,
                    max_poll_interval=max(args.poll_interval, 10.0),
                    on_progress=lambda state: update(float(getattr(state, "progress", 0) or 0)),
                )
                code = EXIT_OK
            except errors.BackgroundJobError as exc:
                job, code = exc.job, EXIT_INCOMPLETE
            except errors.PollTimeoutError as exc:
                job, code = exc.last, EXIT_INCOMPLETE
    row = _serde.to_json(job)
    out.fields(
        {k: row.get(k) for k in ("id", "type", "status", "progress")} if not out.as_json else row,
        "background job",
    )
    return code


def _webhooks_ensure_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("url", help="the receiver's https URL (target_hook_url)")
    p.add_argument(
        "--event",
        dest="events",
        action="append",
        required=True,
        help="a subscription event type (e.g. reply_received, email_link_clicked, all_events); "
        "repeat for several",
    )
    p.add_argument(
        "--header",
        dest="headers",
        action="append",
        default=[],
        type=_assignment,
        help="NAME=VALUE sent with every delivery (e.g. X-Instantly-Secret=...); repeat for several",
    )
    p.add_argument("--campaign", help="only this campaign's events (default: every campaign)")


@command(
    "webhooks",
    "ensure",
    help="make exactly one webhook subscription per event type for a URL (idempotent)",
    arguments=_webhooks_ensure_arguments,
)
async def webhooks_ensure(args: argparse.Namespace, out: Output) -> int:
    async with open_client(args) as client:
        hooks = await client.webhooks.ensure(
            args.url,
            event_types=args.events,
            headers=dict(args.headers) if args.headers else None,
            campaign=args.campaign,
        )
    rows = [_serde.to_json(hook) for hook in hooks]
    out.table(rows, ["id", "event_type", "status", "target_hook_url"], "webhooks")
    return EXIT_OK


@command(
    "fake",
    help="serve FakeInstantly, a local fake of the API, until stopped (see fake --help)",
    uses_api=False,
)
async def fake(args: argparse.Namespace, out: Output) -> int:
    raise AssertionError("main() hands `fake` to instantly_async.testing")  # pragma: no cover


# -- entry point ----------------------------------------------------------------------------------


def parser() -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(
        prog="instantly-async",
        description="Move data in and out of Instantly (API V2): export, import, wait for jobs.",
        epilog="Exit codes: 0 done, 1 not everything was done (report written), 2 usage error.",
    )
    groups: dict[tuple[str, ...], Any] = {(): root.add_subparsers(dest="command", required=True)}
    for cmd in COMMANDS:
        for depth in range(1, len(cmd.path)):
            prefix = cmd.path[:depth]
            if prefix not in groups:
                group = groups[prefix[:-1]].add_parser(prefix[-1], help=f"{prefix[-1]} commands")
                groups[prefix] = group.add_subparsers(dest=f"command{depth}", required=True)
        leaf = groups[cmd.path[:-1]].add_parser(cmd.path[-1], help=cmd.help, description=cmd.help)
        cmd.arguments(leaf)
        if cmd.uses_api:
            connection_options(leaf)
            leaf.add_argument("--json", action="store_true", help="print JSON (for scripts)")
        leaf.set_defaults(command_spec=cmd)
    return root


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["fake"]:
        # Its options are the standalone fake's own; the fake is imported only when asked for.
        from instantly_async.testing.__main__ import main as serve_fake

        return serve_fake(argv[1:], prog="instantly-async fake")
    args = parser().parse_args(argv)
    cmd: Command = args.command_spec
    try:
        out = Output(as_json=args.json)
        return asyncio.run(cmd.run(args, out))
    except UsageError as exc:
        print(f"instantly-async: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except (ValueError, TypeError) as exc:  # bad arguments, refused before anything was sent
        print(f"instantly-async: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except errors.InstantlyError as exc:
        print(f"instantly-async: {type(exc).__name__}: {exc}", file=sys.stderr)
        return EXIT_INCOMPLETE
    except KeyboardInterrupt:
        print("instantly-async: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # e.g. `| head`: the reader left; say nothing more
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 (Python flushes stdout at exit)
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())

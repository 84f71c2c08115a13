"""Moving data in and out: listings to CSV or JSON Lines, and leads from them into the API.

```python
from instantly_async import io

result = await io.export_leads(client, "leads.csv", campaign=campaign_id,
                               checkpoint="leads.checkpoint.json")
report = await io.import_leads(client, "vendor.csv", campaign_id=campaign_id,
                               skip_if_in_workspace=True)
report.write_rejected("vendor.rejected.csv")   # invalid and failed rows, to fix and re-import
```

Export walks any paginated listing page by page: one page is in memory at a time. Rows go to
`<path>.part` as JSON Lines; once a page is on disk (flushed and fsynced) a checkpoint file
records the cursor of the next page and the size of the part file. An interrupted export started
again with the same checkpoint cuts the part file back to that size (dropping a half-written
page) and asks for the page after the last complete one: no row is written twice, none skipped.
At the end the part file becomes the output (CSV is written from it in two passes, so its header
holds every column that appeared).

Import reads a CSV or JSON Lines file row by row and sends the leads through `leads.add_many` in
chunks. Every row ends in exactly one bucket of the `ImportReport`: uploaded, skipped by the API
(already there, a skip flag, the block list, ...), invalid (with its line and why), a duplicate of
an earlier row of the file, or failed (with the error).

Columns: a lead's custom variables are the columns `custom.<name>` (`CUSTOM_PREFIX`); other
nested values are JSON text in one cell. CSV carries no types: `true`/`false` and plain numbers
are read back as booleans and numbers (switch off with `infer_types=False`); JSON Lines keeps
every value's type.
"""

from __future__ import annotations

import asyncio
import codecs
import contextlib
import csv
import functools
import json
import os
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, Literal

import attrs

from instantly_async import _serde
from instantly_async._extensions.custom_variables import custom_variables_of, scalar_problem
from instantly_async._transport import OMIT
from instantly_async.errors import InstantlyError

if TYPE_CHECKING:
    from instantly_async._bulk import BulkAddReport
    from instantly_async._pagination import AsyncPager
    from instantly_async.client import AsyncInstantly

Format = Literal["csv", "jsonl"]
FORMATS: tuple[Format, ...] = ("csv", "jsonl")
CUSTOM_PREFIX = "custom."
"""Column name prefix of a lead's custom variables in CSV files (`custom.industry`)."""
REPORT_COLUMNS = ("_line", "_bucket", "_reason", "_raw")
"""Columns a rejected-rows file adds; import ignores them, so the file can be fixed and re-imported."""
LEAD_FIELDS = (
    "email",
    "first_name",
    "last_name",
    "company_name",
    "job_title",
    "phone",
    "website",
    "personalization",
    "lt_interest_status",
    "pl_value_lead",
    "assigned_to",
)
"""The lead fields `POST /api/v2/leads/add` takes besides `custom_variables`."""

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")
_INTEGER = re.compile(r"^-?(0|[1-9][0-9]*)$")
_DECIMAL = re.compile(r"^-?(0|[1-9][0-9]*)\.[0-9]+$")
_JS_SAFE_INTEGER = 2**53 - 1


class CheckpointError(InstantlyError):
    """A checkpoint file that cannot be used: unreadable, or written by a different export."""


def _format_of(path: Path, format: str | None) -> Format:
    if format is None:
        suffix = path.suffix.lower()
        if suffix == ".csv":
            return "csv"
        if suffix in (".jsonl", ".ndjson"):
            return "jsonl"
        raise ValueError(
            f"cannot tell the format of {str(path)!r} from its suffix: pass format='csv' or "
            "format='jsonl' (or name the file .csv, .jsonl or .ndjson)"
        )
    if format not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}, got {format!r}")
    return format


def _cell(value: Any) -> str:
    """A JSON value as CSV text, read back by import as the same value."""
    if value is None:
        return ""
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def infer_scalar(text: str) -> str | int | float | bool:
    """CSV text as the scalar it spells: `true`/`false`, a plain integer or decimal; anything
    else (leading zeros, `+`, exponents, huge integers) stays text, so zip codes and phone
    numbers are not mangled."""
    lowered = text.lower()
    if lowered in ("true", "false"):
        return lowered == "true"
    if _INTEGER.match(text):
        number = int(text)
        return number if abs(number) <= _JS_SAFE_INTEGER else text
    if _DECIMAL.match(text) and len(text) <= 17:
        return float(text)
    return text


# -- export ---------------------------------------------------------------------------------------


def lead_row(lead: Any) -> dict[str, Any]:
    """A lead as an export row: the API's fields, with `payload` replaced by `custom_variables`
    (the payload's other keys are copies of the lead's own fields)."""
    row = _serde.to_json(lead)
    row.pop("payload", None)
    row["custom_variables"] = custom_variables_of(lead)
    return row  # type: ignore[no-any-return]


def item_row(item: Any) -> dict[str, Any]:
    """Any listed item as an export row: its JSON, as the API spells it."""
    row = _serde.to_json(item)
    return row if isinstance(row, dict) else {"value": row}


@attrs.define
class ExportResult:
    path: Path
    format: Format
    rows: int
    """Rows in the file."""
    resumed_from: int = 0
    """Rows an earlier, interrupted run had written (0 for a fresh export)."""
    columns: list[str] = attrs.field(factory=list)
    """The CSV header (empty for JSON Lines)."""

    def summary(self) -> dict[str, Any]:
        return {
            "path": str(self.path),
            "format": self.format,
            "rows": self.rows,
            "resumed_from": self.resumed_from,
            "columns": self.columns,
        }


@attrs.define
class _ExportState:
    what: dict[str, Any]
    cursor: str | None = None
    size: int = 0
    rows: int = 0
    done: bool = False


def _load_state(checkpoint: Path | None, what: dict[str, Any]) -> _ExportState | None:
    if checkpoint is None or not checkpoint.exists():
        return None
    try:
        saved = json.loads(checkpoint.read_text(encoding="utf-8"))
        state = _ExportState(
            what=saved["what"],
            cursor=saved["cursor"],
            size=int(saved["size"]),
            rows=int(saved["rows"]),
            done=bool(saved["done"]),
        )
    except (ValueError, KeyError, TypeError) as exc:
        raise CheckpointError(f"checkpoint {str(checkpoint)!r} is not readable: {exc}") from None
    if state.what != what:
        raise CheckpointError(
            f"checkpoint {str(checkpoint)!r} belongs to another export ({state.what}); "
            "delete it to start this one afresh, or give another checkpoint path"
        )
    return state


def _save_state(checkpoint: Path | None, state: _ExportState) -> None:
    if checkpoint is None:
        return
    temporary = checkpoint.with_name(checkpoint.name + ".tmp")
    temporary.write_text(json.dumps(attrs.asdict(state)), encoding="utf-8")
    os.replace(temporary, checkpoint)  # atomic: a crash leaves the old checkpoint or the new one


def _open_part(
    target: Path, checkpoint: Path | None, what: dict[str, Any]
) -> tuple[BinaryIO, _ExportState]:
    """The part file, cut back to where the checkpoint says the unfinished page started."""
    part = target.with_name(target.name + ".part")
    what = {**what, "path": os.path.abspath(target)}
    state = _load_state(checkpoint, what)
    if state is None or not part.exists():
        state = _ExportState(what=what)
    out = open(part, "r+b" if part.exists() else "w+b")  # noqa: SIM115 (closed by export)
    out.truncate(state.size)
    out.seek(state.size)
    return out, state


def _write_page(out: BinaryIO, checkpoint: Path | None, state: _ExportState, lines: bytes) -> None:
    out.write(lines)
    out.flush()
    os.fsync(out.fileno())
    state.size = out.tell()
    _save_state(checkpoint, state)


def _finish(target: Path, fmt: Format, checkpoint: Path | None) -> list[str]:
    """Move the part file into place (as CSV: rewritten) and delete the checkpoint."""
    part = target.with_name(target.name + ".part")
    columns: list[str] = []
    if fmt == "jsonl":
        os.replace(part, target)
    else:
        columns = _jsonl_to_csv(part, target)
        part.unlink()
    if checkpoint is not None:
        checkpoint.unlink(missing_ok=True)
    return columns


async def export(
    lister: Callable[..., AsyncPager[Any]],
    path: str | os.PathLike[str],
    *,
    format: Format | None = None,
    checkpoint: str | os.PathLike[str] | None = None,
    page_size: int = 100,
    row: Callable[[Any], dict[str, Any]] = item_row,
    on_progress: Callable[[int], object] | None = None,
    **filters: Any,
) -> ExportResult:
    """Write every item of a paginated listing to `path` (CSV or JSON Lines, by its suffix or
    `format`) and return an `ExportResult`.

    `lister` is a list method (`client.campaigns.list`, `client.accounts.list`, ...); `filters`
    are its arguments. `row(item)` turns an item into a flat-ish dict (`lead_row` for leads).
    With `checkpoint`, an interrupted export run again with the same arguments resumes where it
    stopped; the checkpoint file is deleted when the export completes. `on_progress(rows)` is
    called after every page with the number of rows written so far.
    """
    target = Path(path)
    fmt = _format_of(target, format)
    if "starting_after" in filters:
        raise TypeError("export() resumes through checkpoint=, not starting_after=")
    checkpoint_path = Path(checkpoint) if checkpoint is not None else None
    what = {
        "list": getattr(lister, "__qualname__", repr(lister)),
        "filters": _serde.to_json(filters),
        "format": fmt,
    }
    # File work runs in a thread: an fsync must not stall the event loop.
    part, state = await asyncio.to_thread(_open_part, target, checkpoint_path, what)
    resumed_from = state.rows
    try:
        if not state.done:
            start = {"starting_after": state.cursor} if state.cursor is not None else {}
            pager = lister(**filters, **start, page_size=page_size)
            async for page in pager.pages():
                lines = b"".join(
                    json.dumps(row(item), ensure_ascii=False, separators=(",", ":")).encode()
                    + b"\n"
                    for item in page.items
                )
                # The checkpoint moves on only once the page is on disk: resuming from an older
                # one cuts the file back and asks for the unfinished page again.
                state.rows += len(page.items)
                state.cursor = page.next_starting_after
                state.done = not page.next_starting_after
                await asyncio.to_thread(_write_page, part, checkpoint_path, state, lines)
                if on_progress is not None:
                    on_progress(state.rows)
            state.cursor, state.done = None, True
            await asyncio.to_thread(_save_state, checkpoint_path, state)
    finally:
        part.close()
    columns = await asyncio.to_thread(_finish, target, fmt, checkpoint_path)
    return ExportResult(target, fmt, state.rows, resumed_from, columns)


async def export_leads(
    client: AsyncInstantly,
    path: str | os.PathLike[str],
    *,
    format: Format | None = None,
    checkpoint: str | os.PathLike[str] | None = None,
    page_size: int = 100,
    on_progress: Callable[[int], object] | None = None,
    **filters: Any,
) -> ExportResult:
    """Export the leads `client.leads.list(**filters)` lists (e.g. `campaign=...`,
    `list_id=...`); custom variables become `custom.<name>` columns in CSV and a
    `custom_variables` object in JSON Lines. See `export` for the rest."""
    return await export(
        client.leads.list,
        path,
        format=format,
        checkpoint=checkpoint,
        page_size=page_size,
        row=lead_row,
        on_progress=on_progress,
        **filters,
    )


def _read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    with open(path, "rb") as lines:
        for line in lines:
            yield json.loads(line)


def _jsonl_to_csv(source: Path, target: Path) -> list[str]:
    """Two passes over the rows: the first collects the columns, the second writes them."""
    fields: dict[str, None] = {}
    custom: dict[str, None] = {}
    for record in _read_jsonl(source):
        for key, value in record.items():
            if key == "custom_variables" and isinstance(value, dict):
                custom.update(dict.fromkeys(value))
            else:
                fields[key] = None
    columns = [*fields, *(CUSTOM_PREFIX + name for name in custom)]
    temporary = target.with_name(target.name + ".tmp")
    with open(temporary, "w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(columns)
        for record in _read_jsonl(source):
            variables = record.pop("custom_variables", None)
            if not isinstance(variables, dict):
                if variables is not None:
                    record["custom_variables"] = variables
                variables = {}
            writer.writerow(
                [_cell(record.get(key)) for key in fields]
                + [_cell(variables.get(name)) for name in custom]
            )
    os.replace(temporary, target)
    return columns


# -- import ---------------------------------------------------------------------------------------

Bucket = Literal["invalid", "duplicate", "failed", "skipped"]


@attrs.define
class RowIssue:
    """A row that was not imported, and why."""

    line: int
    """Line of the file where the row starts (1 is a CSV file's header)."""
    reason: str
    row: dict[str, Any] = attrs.field(repr=False)
    """The row as read from the file."""
    email: str | None = None


SKIP_REASONS = {
    "duplicated_leads": "already_in_target",
    "skipped_count": "skip_flag",
    "in_blocklist": "blocklisted",
    "invalid_email_count": "invalid_email",
    "incomplete_count": "incomplete",
    "duplicate_email_count": "duplicate_in_request",
}
"""The API's counters of leads it did not add, and the names the import report gives them."""


@attrs.define
class ImportReport:
    """Where every row of an imported file went: `rows == accounted` once the import is over.

    The API answers each chunk of up to 1,000 leads with counts by reason, plus the position of
    every lead it created: rows it uploaded or skipped are counted (`uploaded`, `skipped` by
    reason), and the skipped ones are also named by line in `skipped_rows` (when the answer lists
    its created leads); rows that never reached it, or whose chunk failed, are listed with their
    line (`invalid`, `duplicates`, `failed`).
    """

    rows: int = 0
    """Data rows read from the file."""
    uploaded: int = 0
    skipped: dict[str, int] = attrs.field(factory=dict)
    """Rows the API did not add, by reason: `already_in_target`, `skip_flag`, `blocklisted`,
    `invalid_email`, `incomplete`, `duplicate_in_request`, and `not_reported` for rows the API's
    counts left unexplained."""
    invalid: list[RowIssue] = attrs.field(factory=list)
    """Rows refused before sending: no or a malformed email, a value that cannot be sent."""
    duplicates: list[RowIssue] = attrs.field(factory=list)
    """Rows whose email an earlier row of the file already had (the earlier one was sent)."""
    failed: list[RowIssue] = attrs.field(factory=list)
    """Rows of chunks the API did not take (the reason is the error): safe to re-import."""
    skipped_rows: list[RowIssue] = attrs.field(factory=list)
    """The rows behind the `skipped` counts, by line: sent, but not among the leads the API says
    it created (already in the campaign, blocklisted, ...; the API gives reasons as counts only).
    Empty for chunks whose answer does not list its created leads."""
    ignored_columns: list[str] = attrs.field(factory=list)
    """Columns the import does not send: read-only lead fields such as `id` or `status`."""

    @property
    def skipped_total(self) -> int:
        return sum(self.skipped.values())

    @property
    def accounted(self) -> int:
        """Rows in some bucket; equals `rows` when the import has finished."""
        return (
            self.uploaded
            + self.skipped_total
            + len(self.invalid)
            + len(self.duplicates)
            + len(self.failed)
        )

    @property
    def ok(self) -> bool:
        """No row was invalid and none failed (skips and duplicates are not errors)."""
        return not self.invalid and not self.failed

    def rejected(
        self, buckets: Iterable[Bucket] = ("invalid", "failed")
    ) -> list[tuple[Bucket, RowIssue]]:
        """The rows of the given buckets, in file order."""
        chosen = set(buckets)
        rows: list[tuple[Bucket, RowIssue]] = [
            (bucket, issue)
            for bucket, issues in (
                ("invalid", self.invalid),
                ("duplicate", self.duplicates),
                ("failed", self.failed),
                ("skipped", self.skipped_rows),
            )
            if bucket in chosen
            for issue in issues
        ]
        return sorted(rows, key=lambda pair: pair[1].line)

    def write_rejected(
        self,
        path: str | os.PathLike[str],
        *,
        buckets: Iterable[Bucket] = ("invalid", "failed"),
        format: Format | None = None,
    ) -> int:
        """Write the rows of `buckets` with their original columns plus `_line`, `_bucket` and
        `_reason` (which import ignores: fix the rows and import the file again). Returns how
        many rows were written."""
        target = Path(path)
        fmt = _format_of(target, format)
        rows = self.rejected(buckets)
        with open(target, "w", newline="", encoding="utf-8") as out:
            if fmt == "jsonl":
                for bucket, issue in rows:
                    record = {"_line": issue.line, "_bucket": bucket, "_reason": issue.reason}
                    out.write(json.dumps({**record, **issue.row}, ensure_ascii=False) + "\n")
                return len(rows)
            columns: dict[str, None] = dict.fromkeys(REPORT_COLUMNS[:3])
            for _, issue in rows:
                columns.update(dict.fromkeys(issue.row))
            writer = csv.writer(out)
            writer.writerow(columns)
            for bucket, issue in rows:
                values = {"_line": issue.line, "_bucket": bucket, "_reason": issue.reason}
                writer.writerow(
                    [_cell(values[key] if key in values else issue.row.get(key)) for key in columns]
                )
        return len(rows)

    def summary(self) -> dict[str, Any]:
        """The report as plain JSON (rows listed by line, reason and email)."""

        def listed(issues: list[RowIssue]) -> list[dict[str, Any]]:
            return [{"line": i.line, "email": i.email, "reason": i.reason} for i in issues]

        return {
            "ok": self.ok,
            "rows": self.rows,
            "accounted": self.accounted,
            "uploaded": self.uploaded,
            "skipped": self.skipped_total,
            "skipped_by_reason": dict(self.skipped),
            "invalid": listed(self.invalid),
            "duplicates": listed(self.duplicates),
            "failed": listed(self.failed),
            "skipped_rows": listed(self.skipped_rows),
            "ignored_columns": list(self.ignored_columns),
        }

    def _count_chunk(self, result: BulkAddReport, size: int) -> None:
        """Spread a chunk's rows over the buckets by the API's counts, never more than `size`
        rows in all: counts that fall short leave rows `not_reported`."""
        left = size
        uploaded = min(max(result.leads_uploaded, 0), left)
        self.uploaded += uploaded
        left -= uploaded
        for counter, reason in SKIP_REASONS.items():
            taken = min(max(getattr(result, counter, 0), 0), left)
            if taken:
                self.skipped[reason] = self.skipped.get(reason, 0) + taken
                left -= taken
        if left:
            self.skipped["not_reported"] = self.skipped.get("not_reported", 0) + left


def _not_created(result: BulkAddReport, chunk: list[_Row]) -> list[RowIssue]:
    """The rows of `chunk` the API sent back no created lead for, when its answer lists them."""
    created: set[int] = set()
    for taken in result.chunks:
        leads = getattr(taken.result, "created_leads", None)
        if not isinstance(leads, list):
            return []
        indexes = {getattr(lead, "index", None) for lead in leads}
        if not all(isinstance(i, int) and 0 <= i < taken.size for i in indexes):
            return []  # an answer we cannot map to rows: the counts stand alone
        created.update(taken.offset + i for i in indexes if isinstance(i, int))
    if len(created) != result.leads_uploaded:
        return []
    reason = "not added by the API (see the skipped counts for why)"
    return [
        RowIssue(row.line, reason, row.raw, row.email)
        for position, row in enumerate(chunk)
        if position not in created
    ]


@attrs.define
class _Row:
    line: int
    raw: dict[str, Any]
    lead: dict[str, Any]
    email: str


def _utf8_lines(path: Path) -> Iterator[str]:
    # Bytes that are not UTF-8 become lone surrogates, caught per row instead of ending the read.
    decoder = codecs.getincrementaldecoder("utf-8-sig")(errors="surrogateescape")
    with open(path, "rb") as lines:
        for line in lines:
            yield decoder.decode(line)


def _has_bad_bytes(values: Iterable[Any]) -> bool:
    for value in values:
        if isinstance(value, str):
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                return True
    return False


ReadRow = tuple[int, dict[str, Any], str | None]
"""(line, the row as read, why it cannot be read or None)."""


def _csv_rows(path: Path) -> tuple[list[str], Iterator[ReadRow]]:
    lines = _utf8_lines(path)
    reader = csv.reader(lines)
    try:
        header = next(reader)
    except StopIteration:
        return [], iter(())
    header = [name.strip() for name in header]
    if _has_bad_bytes(header):
        raise ValueError(f"the header of {str(path)!r} is not valid UTF-8")
    duplicated = sorted({name for name in header if name and header.count(name) > 1})
    if duplicated:
        raise ValueError(f"the header of {str(path)!r} repeats the column(s) {duplicated}")

    def rows() -> Iterator[ReadRow]:
        while True:
            line = reader.line_num + 1
            try:
                cells = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                yield line, {}, f"unreadable CSV: {exc}"
                continue
            if not cells or (len(cells) == 1 and not cells[0].strip()):
                continue  # a blank line is not a row
            raw = dict(zip(header, cells, strict=False))  # short rows: cells left empty
            if len(cells) > len(header):
                raw["_raw"] = ",".join(cells)
                yield line, raw, f"{len(cells)} cells but the header has {len(header)} columns"
            elif _has_bad_bytes(cells):
                yield line, raw, "not valid UTF-8"
            else:
                yield line, raw, None

    return header, rows()


def _jsonl_rows(path: Path) -> Iterator[ReadRow]:
    for number, text in enumerate(_utf8_lines(path), start=1):
        if not text.strip():
            continue
        if _has_bad_bytes([text]):
            yield number, {"_raw": text.rstrip("\r\n")}, "not valid UTF-8"
            continue
        try:
            value = json.loads(text)
        except ValueError as exc:
            yield number, {"_raw": text.rstrip("\r\n")}, f"not JSON: {exc}"
            continue
        if not isinstance(value, dict):
            yield number, {"_raw": text.rstrip("\r\n")}, "not a JSON object"
            continue
        yield number, value, None


def count_rows(path: str | os.PathLike[str], *, format: Format | None = None) -> int:
    """How many data rows a file holds (for a progress bar's total), reading it once."""
    source = Path(path)
    if _format_of(source, format) == "csv":
        _, rows = _csv_rows(source)
    else:
        rows = _jsonl_rows(source)
    return sum(1 for _ in rows)


def _normalised(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", name.strip().lower()).strip("_")


_Target = tuple[Literal["field", "custom", "ignore"], str]


@functools.cache
def _read_only_lead_fields() -> frozenset[str]:
    """Lead fields an export writes that an import cannot send (`id`, `status`, ...)."""
    from instantly_async import models

    declared = {_serde.json_key(a) for a in attrs.fields(models.Lead)}
    return frozenset(declared - set(LEAD_FIELDS) - {"additional_properties", "payload"})


def _plan(header: Iterable[str], columns: Mapping[str, str | None]) -> dict[str, _Target]:
    """Where each column goes: a lead field, a custom variable, or nowhere."""
    read_only = _read_only_lead_fields()
    plan: dict[str, _Target] = {}
    for name in header:
        if name in columns:
            wanted = columns[name]
            if wanted is None:
                plan[name] = ("ignore", name)
            elif wanted in LEAD_FIELDS:
                plan[name] = ("field", wanted)
            elif wanted.startswith(CUSTOM_PREFIX) and len(wanted) > len(CUSTOM_PREFIX):
                plan[name] = ("custom", wanted[len(CUSTOM_PREFIX) :])
            else:
                raise ValueError(
                    f"columns[{name!r}] must be a lead field ({', '.join(LEAD_FIELDS)}), "
                    f"'{CUSTOM_PREFIX}<name>' or None, got {wanted!r}"
                )
            continue
        key = _normalised(name)
        if name in REPORT_COLUMNS or not name:  # `not name`: the column of a trailing comma
            plan[name] = ("ignore", name)
        elif key in LEAD_FIELDS:
            plan[name] = ("field", key)
        elif name.lower().startswith(CUSTOM_PREFIX) and len(name) > len(CUSTOM_PREFIX):
            plan[name] = ("custom", name[len(CUSTOM_PREFIX) :])
        elif key == "custom_variables" or key in read_only:
            plan[name] = ("ignore", name)
        else:
            plan[name] = ("custom", name)
    return plan


def _lead_of(
    raw: Mapping[str, Any],
    plan: dict[str, _Target],
    columns: Mapping[str, str | None],
    infer: bool,
    from_csv: bool,
) -> tuple[dict[str, Any] | None, str]:
    """The lead a row stands for, or None and why it cannot be sent. Keys first seen in this
    row (JSON Lines rows each have their own) are added to `plan`."""
    lead: dict[str, Any] = {}
    custom: dict[str, Any] = {}
    for column, value in raw.items():
        target = plan.get(column)
        if target is None:
            target = plan[column] = _plan([column], columns)[column]
        kind, name = target
        if kind == "ignore":
            if column == "custom_variables" and isinstance(value, Mapping) and not from_csv:
                custom.update(value)
            elif column == "custom_variables" and value is not None and not from_csv:
                return None, "custom_variables must be an object"
            continue
        if value is None or (isinstance(value, str) and not value.strip()):
            continue  # an empty cell sends nothing
        if kind == "custom":
            custom[name] = infer_scalar(value) if from_csv and infer else value
        elif name == "lt_interest_status":
            if isinstance(value, bool) or not (
                isinstance(value, int) or (isinstance(value, str) and _INTEGER.match(value))
            ):
                return None, f"lt_interest_status must be an integer, got {value!r}"
            lead[name] = int(value)
        elif isinstance(value, (str, int, float)) and not isinstance(value, bool):
            lead[name] = str(value).strip()
        else:
            return None, f"{name} must be text, got {type(value).__name__}"
    for name, value in custom.items():
        problem = scalar_problem(name, value)
        if problem is not None:
            return None, problem
    email = lead.get("email")
    if not email:
        return None, "missing email"
    if not _EMAIL.match(email):
        return None, f"malformed email {email!r}"
    if custom:
        lead["custom_variables"] = custom
    return lead, email.lower()


async def import_leads(
    client: AsyncInstantly,
    path: str | os.PathLike[str],
    *,
    campaign_id: str = OMIT,
    list_id: str = OMIT,
    format: Format | None = None,
    columns: Mapping[str, str | None] | None = None,
    infer_types: bool = True,
    skip_if_in_workspace: bool | None = None,
    skip_if_in_campaign: bool | None = None,
    skip_if_in_list: bool | None = None,
    verify_leads_on_import: bool | None = None,
    blocklist_id: str | None = None,
    assigned_to: str | None = None,
    chunk_size: int = 1000,
    concurrency: int = 4,
    on_progress: Callable[[ImportReport], object] | None = None,
) -> ImportReport:
    """Import the leads of a CSV or JSON Lines file into a campaign or a lead list.

    Columns named like the API's lead fields (`email`, `first_name`, `company_name`, ... ;
    case, spaces and dashes do not matter: `First Name` is `first_name`) fill those fields;
    `custom.<name>` columns and every other column become custom variables (read-only lead
    fields such as `id` or `status`, as an export writes them, are left out and listed in
    `report.ignored_columns`). `columns` maps a column to a lead field, to `custom.<name>`, or
    to None to leave it out. Empty cells send nothing. With `infer_types` (the default) a CSV
    custom value `true`/`false` or a plain number is sent as a boolean or a number.

    Rows without an email, with a malformed one, or with a value the API refuses (a custom
    variable that is an object or a list) are reported as invalid and not sent; a row whose
    email (any case) came earlier in the file is reported as a duplicate. The others go through
    `leads.add_many` in chunks of `chunk_size`, `concurrency` chunks at a time; the skip flags
    and `verify_leads_on_import`, `blocklist_id`, `assigned_to` are passed through.
    `on_progress(report)` is called after every chunk.
    """
    source = Path(path)
    fmt = _format_of(source, format)
    if (campaign_id is OMIT) == (list_id is OMIT):
        raise ValueError("import_leads() needs exactly one of campaign_id= or list_id=")
    target = {"campaign_id": campaign_id} if campaign_id is not OMIT else {"list_id": list_id}
    for name, value in target.items():
        if not isinstance(value, str) or not value.strip():
            raise ValueError(f"{name} must be a non-empty id string, got {value!r}")
    flags: dict[str, Any] = {}
    for name, flag in (
        ("skip_if_in_workspace", skip_if_in_workspace),
        ("skip_if_in_campaign", skip_if_in_campaign),
        ("skip_if_in_list", skip_if_in_list),
        ("verify_leads_on_import", verify_leads_on_import),
    ):
        if flag is not None and not isinstance(flag, bool):
            raise TypeError(f"{name} must be True, False or None, got {flag!r}")
        if flag is not None:
            flags[name] = flag
    for name, text in (("blocklist_id", blocklist_id), ("assigned_to", assigned_to)):
        if text is not None and (not isinstance(text, str) or not text.strip()):
            raise ValueError(f"{name} must be a non-empty id string or None, got {text!r}")
        if text is not None:
            flags[name] = text
    if not isinstance(chunk_size, int) or not 1 <= chunk_size <= 1000:
        raise ValueError(f"chunk_size must be an int from 1 to 1000, got {chunk_size!r}")
    if not isinstance(concurrency, int) or concurrency < 1:
        raise ValueError(f"concurrency must be an int >= 1, got {concurrency!r}")
    if not os.path.isfile(source):  # noqa: ASYNC240 (one stat, before anything is sent)
        raise FileNotFoundError(f"no file to import at {str(source)!r}")

    if fmt == "csv":
        header, rows = _csv_rows(source)
    else:
        header, rows = [], _jsonl_rows(source)
    mapping = dict(columns or {})
    plan = _plan(header, mapping)
    report = ImportReport()
    first_line: dict[str, int] = {}
    pending: set[asyncio.Future[None]] = set()

    async def send(chunk: list[_Row]) -> None:
        # One add_many call per chunk: its answer then belongs to exactly these rows.
        try:
            result = await client.leads.add_many(
                [row.lead for row in chunk],
                campaign_id=campaign_id,
                list_id=list_id,
                chunk_size=len(chunk),
                concurrency=1,
                **flags,
            )
        except Exception as exc:  # the rows are reported failed with the error; others go on
            error: Exception | None = exc
        else:
            error = result.failures[0].error if result.failures else None
            if error is None:
                report._count_chunk(result, len(chunk))
                report.skipped_rows.extend(_not_created(result, chunk))
        if error is not None:
            reason = f"{type(error).__name__}: {error}"
            report.failed.extend(RowIssue(r.line, reason, r.raw, r.email) for r in chunk)
        if on_progress is not None:
            on_progress(report)

    async def submit(chunk: list[_Row]) -> None:
        while len(pending) >= concurrency:
            done, _ = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
            pending.difference_update(done)
            for task in done:
                task.result()
        pending.add(asyncio.ensure_future(send(chunk)))

    chunk: list[_Row] = []
    try:
        for line, raw, unreadable in rows:
            report.rows += 1
            if unreadable is not None:
                report.invalid.append(RowIssue(line, unreadable, raw))
                continue
            lead, why_or_email = _lead_of(raw, plan, mapping, infer_types, fmt == "csv")
            if lead is None:
                email = raw.get("email")
                report.invalid.append(
                    RowIssue(line, why_or_email, raw, email if isinstance(email, str) else None)
                )
                continue
            earlier = first_line.setdefault(why_or_email, line)
            if earlier != line:
                report.duplicates.append(
                    RowIssue(line, f"same email as line {earlier}", raw, lead["email"])
                )
                continue
            chunk.append(_Row(line, raw, lead, lead["email"]))
            if len(chunk) == chunk_size:
                await submit(chunk)
                chunk = []
        if chunk:
            await submit(chunk)
        while pending:
            done, pending = await asyncio.wait(pending)
            for task in done:
                task.result()
    finally:
        for task in pending:
            task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await asyncio.gather(*pending, return_exceptions=True)
        report.ignored_columns = [
            name
            for name, (kind, _) in plan.items()
            if kind == "ignore" and name not in REPORT_COLUMNS
        ]
    return report

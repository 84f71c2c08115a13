"""Lead import from real CSV / JSON Lines files into a real FakeInstantly: every row accounted."""

from __future__ import annotations

import csv
import json
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import attrs
import pytest

from instantly_async import AsyncInstantly, NoRateLimiter, io
from instantly_async.testing import FakeInstantly


@pytest.fixture
async def client(fake: FakeInstantly) -> AsyncIterator[AsyncInstantly]:
    async with AsyncInstantly(
        fake.api_key, base_url=fake.base_url, rate_limiter=NoRateLimiter(), max_retries=0
    ) as c:
        yield c


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)
    return path


def read_csv(path: Path) -> list[dict[str, str]]:
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def write_jsonl(path: Path, lines: list[Any]) -> Path:
    path.write_text(
        "".join((line if isinstance(line, str) else json.dumps(line)) + "\n" for line in lines),
        encoding="utf-8",
    )
    return path


def leads_in(fake: FakeInstantly, campaign_id: str) -> dict[str, dict[str, Any]]:
    return {
        lead["email"]: lead for lead in fake.state.leads.values() if lead["campaign"] == campaign_id
    }


async def test_bad_rows_each_land_in_exactly_one_bucket(
    fake: FakeInstantly, client: AsyncInstantly, tmp_path: Path
) -> None:
    campaign = fake.seed_campaign("Q3")
    fake.seed_lead(email="there@example.com", campaign=campaign["id"])
    fake.seed_block_list_entry("blocked.com")
    source = write_csv(
        tmp_path / "vendor.csv",
        [
            ["Email", "First Name", "Industry", "lt_interest_status"],
            ["ada@example.com", "Ada", "saas", ""],  # 2 uploaded
            ["", "Nobody", "retail", ""],  # 3 missing email
            ["not-an-email", "Bad", "", ""],  # 4 malformed
            ["ADA@example.com", "Ada again", "", ""],  # 5 duplicate of line 2
            ["there@example.com", "Already", "", ""],  # 6 already in the campaign
            ["x@blocked.com", "Blocked", "", ""],  # 7 on the block list
            ["bob@example.com", "Bob", "", "maybe"],  # 8 interest status not an integer
            ["carl@example.com", "Carl", "", "1", "extra"],  # 9 more cells than columns
        ],
    )
    report = await io.import_leads(client, source, campaign_id=campaign["id"])

    assert report.rows == 8
    assert report.accounted == 8
    assert report.uploaded == 1
    assert report.skipped == {"already_in_target": 1, "blocklisted": 1}
    assert [(i.line, i.reason) for i in report.invalid] == [
        (3, "missing email"),
        (4, "malformed email 'not-an-email'"),
        (8, "lt_interest_status must be an integer, got 'maybe'"),
        (9, "5 cells but the header has 4 columns"),
    ]
    assert [(i.line, i.reason, i.email) for i in report.duplicates] == [
        (5, "same email as line 2", "ADA@example.com")
    ]
    assert report.failed == []
    assert not report.ok
    assert leads_in(fake, campaign["id"])["ada@example.com"]["payload"] == {"Industry": "saas"}

    rejected = tmp_path / "rejected.csv"
    assert report.write_rejected(rejected) == 4
    rows = read_csv(rejected)
    assert [(r["_line"], r["_bucket"], r["Email"]) for r in rows] == [
        ("3", "invalid", ""),
        ("4", "invalid", "not-an-email"),
        ("8", "invalid", "bob@example.com"),
        ("9", "invalid", "carl@example.com"),
    ]


async def test_rejected_file_fixed_and_imported_again(
    fake: FakeInstantly, client: AsyncInstantly, tmp_path: Path
) -> None:
    campaign = fake.seed_campaign("Q3")
    source = write_csv(
        tmp_path / "in.csv",
        [["email", "city"], ["ok@example.com", "Oslo"], ["broken@", "Rome"]],
    )
    report = await io.import_leads(client, source, campaign_id=campaign["id"])
    report.write_rejected(tmp_path / "fix.csv")
    text = (tmp_path / "fix.csv").read_text(encoding="utf-8").replace("broken@", "fixed@ex.com")
    (tmp_path / "fix.csv").write_text(text, encoding="utf-8")

    again = await io.import_leads(client, tmp_path / "fix.csv", campaign_id=campaign["id"])

    assert again.ok and again.uploaded == 1
    assert leads_in(fake, campaign["id"])["fixed@ex.com"]["payload"] == {"city": "Rome"}
    # The report's own columns were not sent as custom variables.
    assert again.ignored_columns == []


async def test_jsonl_rows_keep_types_and_refuse_nested_custom_values(
    fake: FakeInstantly, client: AsyncInstantly, tmp_path: Path
) -> None:
    lead_list = fake.seed_lead_list("Vendor")
    source = write_jsonl(
        tmp_path / "in.jsonl",
        [
            {"email": "a@example.com", "custom_variables": {"n": 1, "vip": True}, "zip": "01234"},
            {"email": "b@example.com", "tags": ["x", "y"]},
            "{not json",
            [1, 2],
            "",
            {"email": "c@example.com", "custom_variables": {"deep": {"x": 1}}},
            {"email": "d@example.com", "phone": 5551234, "id": "ignored", "status": 1},
        ],
    )
    report = await io.import_leads(client, source, list_id=lead_list["id"])

    assert report.rows == 6 and report.accounted == 6 and report.uploaded == 2
    assert [i.line for i in report.invalid] == [2, 3, 4, 6]
    assert report.invalid[0].reason.startswith("custom variable 'tags' must be a string")
    assert report.invalid[1].reason.startswith("not JSON")
    assert report.invalid[2].reason == "not a JSON object"
    stored = {lead["email"]: lead for lead in fake.state.leads.values()}
    assert stored["a@example.com"]["payload"] == {"n": 1, "vip": True, "zip": "01234"}
    assert stored["d@example.com"]["phone"] == "5551234"
    assert sorted(report.ignored_columns) == ["custom_variables", "id", "status"]


async def test_type_inference_and_column_mapping(
    fake: FakeInstantly, client: AsyncInstantly, tmp_path: Path
) -> None:
    campaign = fake.seed_campaign("Q3")
    source = write_csv(
        tmp_path / "in.csv",
        [
            ["E-Mail Address", "Score", "Ratio", "Active", "Zip", "Phone No", "Big", "Notes"],
            ["a@example.com", "42", "0.5", "TRUE", "01234", "+15551234", "9007199254740993", "x"],
        ],
    )
    columns = {"E-Mail Address": "email", "Phone No": "phone", "Notes": None}

    await io.import_leads(client, source, campaign_id=campaign["id"], columns=columns)
    lead = leads_in(fake, campaign["id"])["a@example.com"]
    assert lead["phone"] == "+15551234"
    assert lead["payload"] == {
        "Score": 42,
        "Ratio": 0.5,
        "Active": True,
        "Zip": "01234",
        "Big": "9007199254740993",
    }

    other = fake.seed_campaign("Q4")
    await io.import_leads(
        client, source, campaign_id=other["id"], columns=columns, infer_types=False
    )
    assert leads_in(fake, other["id"])["a@example.com"]["payload"]["Score"] == "42"


async def test_skip_flags_are_passed_through(
    fake: FakeInstantly, client: AsyncInstantly, tmp_path: Path
) -> None:
    elsewhere = fake.seed_campaign("Elsewhere")
    fake.seed_lead(email="known@example.com", campaign=elsewhere["id"])
    campaign = fake.seed_campaign("Q3")
    source = write_csv(tmp_path / "in.csv", [["email"], ["known@example.com"], ["new@example.com"]])

    report = await io.import_leads(
        client, source, campaign_id=campaign["id"], skip_if_in_workspace=True
    )

    assert report.uploaded == 1 and report.skipped == {"skip_flag": 1} and report.ok
    (request,) = fake.requests_for("bulkAddLeads")
    assert request.json["skip_if_in_workspace"] is True


async def test_failed_chunks_are_listed_and_the_rest_goes_on(
    fake: FakeInstantly, client: AsyncInstantly, tmp_path: Path
) -> None:
    campaign = fake.seed_campaign("Q3")
    source = write_csv(
        tmp_path / "in.csv", [["email"], *([f"p{i}@example.com"] for i in range(25))]
    )
    fake.inject("bulkAddLeads", status=400, body={"message": "nope"}, times=1)

    report = await io.import_leads(
        client, source, campaign_id=campaign["id"], chunk_size=10, concurrency=1
    )

    assert report.accounted == report.rows == 25
    assert [i.line for i in report.failed] == list(range(2, 12))
    assert report.failed[0].reason.startswith("BadRequestError")
    assert report.uploaded == 15
    assert len(leads_in(fake, campaign["id"])) == 15


async def test_counts_the_api_leaves_unexplained_are_not_reported_rows(
    fake: FakeInstantly, client: AsyncInstantly, tmp_path: Path
) -> None:
    campaign = fake.seed_campaign("Q3")
    source = write_csv(tmp_path / "in.csv", [["email"], ["a@example.com"], ["b@example.com"]])
    fake.inject(
        "bulkAddLeads",
        body={
            "status": "success",
            "total_sent": 2,
            "leads_uploaded": 1,
            "in_blocklist": 0,
            "blocklist_used": None,
            "duplicated_leads": 0,
            "skipped_count": 0,
            "invalid_email_count": 0,
            "incomplete_count": 0,
            "duplicate_email_count": 0,
            "remaining_in_plan": None,
            "created_leads": [],
        },
    )

    report = await io.import_leads(client, source, campaign_id=campaign["id"])

    assert report.uploaded == 1 and report.skipped == {"not_reported": 1}
    assert report.accounted == report.rows == 2


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({}, "exactly one of campaign_id= or list_id="),
        ({"campaign_id": "c", "list_id": "l"}, "exactly one of campaign_id= or list_id="),
        ({"campaign_id": ""}, "campaign_id must be a non-empty id string"),
        ({"campaign_id": "c", "skip_if_in_workspace": "yes"}, "skip_if_in_workspace must be"),
        ({"campaign_id": "c", "chunk_size": 1001}, "chunk_size must be an int from 1 to 1000"),
        ({"campaign_id": "c", "concurrency": 0}, "concurrency must be an int >= 1"),
        ({"campaign_id": "c", "format": "xlsx"}, "format must be one of csv, jsonl"),
        ({"campaign_id": "c", "columns": {"email": "mail"}}, "columns['email'] must be a lead"),
    ],
)
async def test_bad_arguments_are_refused_before_anything_is_sent(
    fake: FakeInstantly,
    client: AsyncInstantly,
    tmp_path: Path,
    kwargs: dict[str, Any],
    message: str,
) -> None:
    source = write_csv(tmp_path / "in.csv", [["email"], ["a@example.com"]])
    with pytest.raises((ValueError, TypeError), match=message.replace("[", r"\[")):
        await io.import_leads(client, source, **kwargs)
    assert fake.requests == []


async def test_unknown_suffix_and_missing_file(client: AsyncInstantly, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="cannot tell the format"):
        await io.import_leads(client, tmp_path / "leads.txt", campaign_id="c")
    with pytest.raises(FileNotFoundError, match="no file to import"):
        await io.import_leads(client, tmp_path / "gone.csv", campaign_id="c")


async def test_invalid_utf8_row_is_invalid_not_fatal(
    fake: FakeInstantly, client: AsyncInstantly, tmp_path: Path
) -> None:
    campaign = fake.seed_campaign("Q3")
    source = tmp_path / "in.csv"
    source.write_bytes(b"email,name\r\na@example.com,\xff\xfe\r\nb@example.com,Bo\r\n")

    report = await io.import_leads(client, source, campaign_id=campaign["id"])

    assert [(i.line, i.reason) for i in report.invalid] == [(2, "not valid UTF-8")]
    assert report.uploaded == 1 and report.accounted == 2


async def test_unnamed_columns_of_trailing_commas_are_left_out(
    fake: FakeInstantly, client: AsyncInstantly, tmp_path: Path
) -> None:
    campaign = fake.seed_campaign("Q3")
    source = tmp_path / "in.csv"
    source.write_text("email,tier,,\r\na@example.com,gold,,\r\n", encoding="utf-8")

    report = await io.import_leads(client, source, campaign_id=campaign["id"])

    assert report.ok and report.uploaded == 1 and report.ignored_columns == [""]
    assert leads_in(fake, campaign["id"])["a@example.com"]["payload"] == {"tier": "gold"}


def test_lead_fields_are_those_bulk_add_takes() -> None:
    from instantly_async import models

    declared = {a.name for a in attrs.fields(models.BulkAddLeadsLead)}
    assert set(io.LEAD_FIELDS) == declared - {"custom_variables", "additional_properties"}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("true", True),
        ("False", False),
        ("0", 0),
        ("-12", -12),
        ("3.25", 3.25),
        ("007", "007"),
        ("+1", "+1"),
        ("1e5", "1e5"),
        ("1.", "1."),
        ("nan", "nan"),
        ("9007199254740993", "9007199254740993"),
        ("", ""),
    ],
)
def test_infer_scalar(text: str, value: Any) -> None:
    result = io.infer_scalar(text)
    assert result == value and type(result) is type(value)


async def test_skipped_rows_are_named_by_line(
    fake: FakeInstantly, client: AsyncInstantly, tmp_path: Path
) -> None:
    campaign = fake.seed_campaign("Q3")
    fake.seed_lead(email="known1@example.com", campaign=campaign["id"])
    fake.seed_lead(email="known2@example.com", campaign=campaign["id"])
    rows = [["email"], ["new1@example.com"], ["known1@example.com"], ["new2@example.com"]]
    rows += [["known2@example.com"], ["new3@example.com"]]
    source = write_csv(tmp_path / "in.csv", rows)

    report = await io.import_leads(client, source, campaign_id=campaign["id"], chunk_size=2)

    assert report.uploaded == 3 and report.skipped_total == 2 and report.accounted == 5
    assert [(r.line, r.email) for r in report.skipped_rows] == [
        (3, "known1@example.com"),
        (5, "known2@example.com"),
    ]
    written = report.write_rejected(tmp_path / "skipped.csv", buckets=["skipped"])
    assert written == 2
    assert [row["email"] for row in read_csv(tmp_path / "skipped.csv")] == [
        "known1@example.com",
        "known2@example.com",
    ]

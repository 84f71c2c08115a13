"""The `instantly-async` command line, run as a subprocess against the standalone fake."""

from __future__ import annotations

import asyncio
import csv
import json
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from instantly_async import AsyncInstantly, NoRateLimiter
from instantly_async.cli import main
from tests.support.standalone_fake import StandaloneFake, run_cli, standalone_fake

SEED = {
    "campaigns": [
        {
            "name": "Demo",
            "leads": [
                {"email": f"demo{i}@example.com", "custom_variables": {"n": i}} for i in range(25)
            ],
        },
        {"name": "Imports"},
        {"name": "Partial"},
    ],
    "lead_lists": [{"name": "Vendor"}],
    "accounts": [{"email": "sender@example.com"}],
    "block_list": ["blocked.com"],
}


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[StandaloneFake]:
    seed = tmp_path_factory.mktemp("seed") / "seed.json"
    seed.write_text(json.dumps(SEED), encoding="utf-8")
    with standalone_fake("--seed", str(seed), "--no-rate-limits") as fake:
        yield fake


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)
    return path


def test_campaigns_list_json(server: StandaloneFake) -> None:
    done = run_cli(["campaigns", "list", "--json"], env=server.env)

    assert done.returncode == 0, done.stderr
    names = {c["name"]: c["id"] for c in json.loads(done.stdout)}
    assert names == server.campaigns


def test_campaigns_list_table_for_people(server: StandaloneFake) -> None:
    done = run_cli(["campaigns", "list", "--search", "Dem"], env=server.env)

    assert done.returncode == 0, done.stderr
    assert "Demo" in done.stdout and server.campaigns["Demo"] in done.stdout
    assert "Imports" not in done.stdout


def test_leads_export_csv_and_resume_file_left_behind_is_used(
    server: StandaloneFake, tmp_path: Path
) -> None:
    out = tmp_path / "demo.csv"
    done = run_cli(
        [
            "leads",
            "export",
            out,
            "--campaign",
            server.campaigns["Demo"],
            "--page-size",
            "10",
            "--json",
        ],
        env=server.env,
    )

    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout)
    assert summary["rows"] == 25 and summary["resumed_from"] == 0
    with open(out, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert [r["custom.n"] for r in rows] == [str(i) for i in range(25)]
    assert not (tmp_path / "demo.csv.checkpoint.json").exists()
    assert done.stderr == ""  # no progress bar when stdout is not a terminal


def test_leads_import_with_bad_rows_exits_1_and_writes_the_report(
    server: StandaloneFake, tmp_path: Path
) -> None:
    source = write_csv(
        tmp_path / "vendor.csv",
        [
            ["email", "first_name", "tier"],
            ["good@example.com", "Good", "gold"],
            ["", "No email", ""],
            ["good@example.com", "Again", ""],
            ["x@blocked.com", "Blocked", ""],
        ],
    )
    done = run_cli(
        ["leads", "import", source, "--campaign", server.campaigns["Partial"], "--json"],
        env=server.env,
    )

    assert done.returncode == 1, done.stderr
    summary = json.loads(done.stdout)
    assert summary["rows"] == summary["accounted"] == 4
    assert summary["uploaded"] == 1
    assert summary["skipped_by_reason"] == {"blocklisted": 1}
    assert [i["line"] for i in summary["invalid"]] == [3]
    assert [i["line"] for i in summary["duplicates"]] == [4]
    report = Path(summary["report"])
    assert report == tmp_path / "vendor.rejected.csv"
    assert "No email" in report.read_text(encoding="utf-8")


def test_leads_import_clean_file_exits_0(server: StandaloneFake, tmp_path: Path) -> None:
    source = write_csv(
        tmp_path / "clean.csv",
        [["Email", "Company"], *([f"c{i}@example.com", f"Co{i}"] for i in range(30))],
    )
    done = run_cli(
        ["leads", "import", source, "--list", server.lead_lists["Vendor"], "--skip-if-in-list"],
        env=server.env,
    )
    assert done.returncode == 0, done.stderr
    assert "uploaded" in done.stdout and "30" in done.stdout
    assert not (tmp_path / "clean.rejected.csv").exists()

    again = run_cli(
        [
            "leads",
            "import",
            source,
            "--list",
            server.lead_lists["Vendor"],
            "--skip-if-in-list",
            "--json",
        ],
        env=server.env,
    )
    assert again.returncode == 0, again.stderr
    assert json.loads(again.stdout)["skipped_by_reason"] == {"skip_flag": 30}


def test_jobs_wait(server: StandaloneFake) -> None:
    async def start_job() -> str:
        async with AsyncInstantly(
            server.api_key, base_url=server.base_url, rate_limiter=NoRateLimiter()
        ) as client:
            job = await client.leads.move(
                campaign=server.campaigns["Demo"],
                to_list_id=server.lead_lists["Vendor"],
                copy_leads=True,
            )
            return job.id

    job_id = asyncio.run(start_job())
    done = run_cli(["jobs", "wait", job_id, "--poll-interval", "0.05", "--json"], env=server.env)

    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["status"] == "success"


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["leads", "import", "x.csv"], 2, "one of the arguments --campaign --list is required"),
        (["leads", "export", "x.csv", "--campaign", "a", "--list", "b"], 2, "not allowed with"),
        (["leads", "import", "missing.csv", "--campaign", "c"], 2, "no such file"),
        (["leads", "export", "x.txt"], 2, "cannot tell the format"),
        (["leads", "export", "x.csv", "--page-size", "500"], 2, "page_size"),
        (["jobs", "wait", "0123456789abcdef01234567"], 1, "NotFoundError"),
        (["nothing"], 2, "invalid choice"),
    ],
)
def test_exit_codes(
    server: StandaloneFake, tmp_path: Path, args: list[str], code: int, message: str
) -> None:
    done = run_cli(args, env=server.env, cwd=tmp_path)

    assert done.returncode == code, done.stderr
    assert message in done.stderr


def test_no_api_key_is_a_usage_error(server: StandaloneFake) -> None:
    env = {k: v for k, v in server.env.items() if k != "INSTANTLY_API_KEY"}
    done = run_cli(["campaigns", "list"], env=env)

    assert done.returncode == 2
    assert "no API key: pass --api-key or set INSTANTLY_API_KEY" in done.stderr


def test_api_key_and_base_url_options(server: StandaloneFake) -> None:
    env = {
        k: v for k, v in server.env.items() if k not in ("INSTANTLY_API_KEY", "INSTANTLY_BASE_URL")
    }
    done = run_cli(
        ["campaigns", "list", "--json", "--api-key", server.api_key, "--base-url", server.base_url],
        env=env,
    )
    assert done.returncode == 0, done.stderr

    wrong = run_cli(
        ["campaigns", "list", "--json", "--api-key", "wrong", "--base-url", server.base_url],
        env=env,
    )
    assert wrong.returncode == 1 and "AuthenticationError" in wrong.stderr


def test_without_rich_tables_say_how_to_install_and_json_still_works(
    server: StandaloneFake,
) -> None:
    block_rich = "import sys; sys.modules['rich'] = None; from instantly_async.cli import main; "

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-c", block_rich + f"sys.exit(main({list(args)!r}))"],
            env=server.env,
            capture_output=True,
            text=True,
            timeout=120,
        )

    table = run("campaigns", "list")
    assert table.returncode == 2
    assert "pip install 'instantly-async[cli]'" in table.stderr

    as_json = run("campaigns", "list", "--json")
    assert as_json.returncode == 0, as_json.stderr
    assert json.loads(as_json.stdout)


@pytest.mark.parametrize(
    "args",
    [
        [],
        ["leads"],
        ["leads", "export"],
        ["leads", "import"],
        ["campaigns", "list"],
        ["jobs", "wait"],
        ["fake"],
    ],
)
def test_help_of_every_command(args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main([*args, "--help"])

    assert exited.value.code == 0
    assert "usage: instantly-async" in capsys.readouterr().out


def test_standalone_fake_serves_until_terminated(tmp_path: Path) -> None:
    seed = tmp_path / "seed.json"
    seed.write_text(json.dumps({"leads": [{"email": "solo@example.com"}]}), encoding="utf-8")
    with standalone_fake("--seed", str(seed)) as fake:

        async def emails() -> list[str]:
            async with AsyncInstantly(
                fake.api_key, base_url=fake.base_url, rate_limiter=NoRateLimiter()
            ) as client:
                return [lead.email async for lead in client.leads.list()]

        assert asyncio.run(emails()) == ["solo@example.com"]
        fake.process.send_signal(signal.SIGTERM)
        assert fake.process.wait(timeout=30) == 0


def test_cli_fake_command_prints_where_it_listens(tmp_path: Path) -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "instantly_async", "fake", "--port", "0", "--api-key", "k-123"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        lines = [process.stdout.readline() for _ in range(3)]
        assert lines[1].startswith("INSTANTLY_BASE_URL=http://127.0.0.1:")
        assert lines[2] == "INSTANTLY_API_KEY=k-123\n"
    finally:
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=30) == 0


@pytest.mark.parametrize(
    ("seed", "message"),
    [
        ({"campaign": []}, "unknown seed key(s) ['campaign']"),
        ({"leads": {"email": "x"}}, "seed['leads'] must be a list of objects"),
        ({"accounts": [{"name": "no email"}]}, "every seeded account needs an 'email'"),
    ],
)
def test_bad_seed_file_exits_2(tmp_path: Path, seed: object, message: str) -> None:
    path = tmp_path / "seed.json"
    path.write_text(json.dumps(seed), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "instantly_async.testing", "--port", "0", "--seed", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert message in done.stderr


def test_jsonl_import_writes_a_jsonl_report_that_keeps_nested_values(
    server: StandaloneFake, tmp_path: Path
) -> None:
    source = tmp_path / "vendor.jsonl"
    source.write_text(
        json.dumps({"email": "j1@example.com", "custom_variables": {"n": 1}})
        + "\n"
        + json.dumps({"email": "broken", "custom_variables": {"n": 2}})
        + "\n",
        encoding="utf-8",
    )
    done = run_cli(
        ["leads", "import", source, "--campaign", server.campaigns["Partial"], "--json"],
        env=server.env,
    )

    assert done.returncode == 1, done.stderr
    (rejected,) = (tmp_path / "vendor.rejected.jsonl").read_text(encoding="utf-8").splitlines()
    assert json.loads(rejected)["custom_variables"] == {"n": 2}


def test_leads_merge_vars(server: StandaloneFake) -> None:
    async def lead_id() -> str:
        async with AsyncInstantly(
            server.api_key, base_url=server.base_url, rate_limiter=NoRateLimiter()
        ) as client:
            lead = await client.leads.create(
                email="vars@example.com", custom_variables={"keep": "me", "old": 1}
            )
            return lead.id

    target = asyncio.run(lead_id())
    done = run_cli(
        ["leads", "merge-vars", target, "tier=gold", "score=42", "--remove", "old", "--json"],
        env=server.env,
    )

    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {"keep": "me", "tier": "gold", "score": 42}
    refused = run_cli(["leads", "merge-vars", target], env=server.env)
    assert refused.returncode == 2 and "at least one update" in refused.stderr


def test_webhooks_ensure_is_idempotent(server: StandaloneFake) -> None:
    args = [
        "webhooks",
        "ensure",
        "https://hooks.example.com/instantly",
        "--event",
        "reply_received",
        "--event",
        "email_link_clicked",
        "--header",
        "X-Instantly-Secret=s3cret",
        "--json",
    ]
    first = run_cli(args, env=server.env)
    second = run_cli(args, env=server.env)

    assert first.returncode == 0, first.stderr
    assert second.returncode == 0, second.stderr
    hooks = json.loads(first.stdout)
    assert [h["event_type"] for h in hooks] == ["reply_received", "email_link_clicked"]
    assert all(h["headers"] == {"X-Instantly-Secret": "s3cret"} for h in hooks)
    assert [h["id"] for h in json.loads(second.stdout)] == [h["id"] for h in hooks]


def test_webhooks_ensure_without_event_is_a_usage_error(server: StandaloneFake) -> None:
    done = run_cli(["webhooks", "ensure", "https://hooks.example.com/x"], env=server.env)

    assert done.returncode == 2
    assert "--event" in done.stderr


def test_as_workspace_acts_on_a_sub_workspace_and_refuses_an_unknown_one() -> None:
    with standalone_fake("--no-rate-limits", "--sub-workspace", "a") as fake:
        url = "https://hooks.example.com/agency"
        made = run_cli(
            [
                "webhooks",
                "ensure",
                url,
                "--event",
                "reply_received",
                "--json",
                "--as-workspace",
                "a",
            ],
            env=fake.env,
        )
        assert made.returncode == 0, made.stderr
        # The subscription lives in the sub-workspace only: the key's own workspace is empty.
        own = run_cli(
            ["webhooks", "ensure", url, "--event", "reply_received", "--json"], env=fake.env
        )
        assert own.returncode == 0, own.stderr
        assert json.loads(own.stdout)[0]["id"] != json.loads(made.stdout)[0]["id"]
        refused = run_cli(
            ["campaigns", "list", "--json", "--as-workspace", "ws-unknown"], env=fake.env
        )
        assert refused.returncode == 1
        assert "403" in refused.stderr or "ermission" in refused.stderr

"""Background jobs: created by moves and warmup changes, advanced by polling.

A job starts ``pending`` with progress 0. Each ``GET /background-jobs/{id}`` is one poll: the
polls before ``settings.job_polls`` show ``in-progress`` with a growing progress, the last one
finishes the job. ``success`` applies the job's effect to the workspace (leads move, warmup
flips) and merges what it reports into the job's ``data``; ``failed`` applies nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .._state import FakeState, JobRun, Record
from ._base import Ctx, Reply, get_or_404, handles, split_csv

TERMINAL_STATUSES = frozenset({"success", "failed", "cancelled"})


def start_job(
    ctx: Ctx,
    *,
    job_type: str,
    entity_type: str,
    entity_id: str | None,
    effect: Callable[[], dict[str, Any]],
) -> Record:
    """Store a new job; it finishes after ``settings.job_polls`` polls."""
    state = ctx.state
    now = state.now()
    record: Record = {
        "id": state.new_job_id(),
        "workspace_id": state.workspace_id,
        "user_id": state.user_id,
        "type": job_type,
        "entity_id": entity_id,
        "entity_type": entity_type,
        "data": {},
        "progress": 0,
        "status": "pending",
        "created_at": now,
        "updated_at": now,
    }
    run = JobRun(
        polls_needed=max(0, ctx.settings.job_polls),
        outcome=ctx.settings.job_outcome,
        effect=effect,
    )
    state.background_jobs[record["id"]] = record
    state.job_runs[record["id"]] = run
    if run.polls_needed == 0:
        finish_job(state, record["id"])
    return record


def finish_job(state: FakeState, job_id: str, outcome: str | None = None) -> Record:
    """Bring a job to its end now: ``success`` applies its effect, ``failed`` does not."""
    record = state.background_jobs[job_id]
    run = state.job_runs.get(job_id)
    if record["status"] in TERMINAL_STATUSES or run is None:
        return record
    if (outcome or run.outcome) == "success":
        record["data"].update(run.effect())
        record["status"] = "success"
        record["progress"] = 100
    else:
        record["data"]["error"] = "The job failed; nothing was changed."
        record["status"] = "failed"
    record["updated_at"] = state.now()
    return record


def poll_job(state: FakeState, job_id: str) -> Record:
    """One poll: advance the job one step."""
    record = state.background_jobs[job_id]
    run = state.job_runs.get(job_id)
    if run is None or record["status"] in TERMINAL_STATUSES:
        return record
    run.polls_seen += 1
    if run.polls_seen >= run.polls_needed:
        return finish_job(state, job_id)
    record["status"] = "in-progress"
    record["progress"] = round(100 * run.polls_seen / run.polls_needed)
    record["updated_at"] = state.now()
    return record


@handles("getBackgroundJob")
def get_background_job(ctx: Ctx) -> Reply:
    get_or_404(ctx.state.background_jobs, ctx.params["id"])
    record = dict(poll_job(ctx.state, ctx.params["id"]))
    fields = split_csv(ctx.query.get("data_fields"))
    if fields:
        record["data"] = {k: v for k, v in record["data"].items() if k in fields}
    return ctx.ok(record)


@handles("listBackgroundJob")
def list_background_jobs(ctx: Ctx) -> Reply:
    q = ctx.query
    ids = set(split_csv(q.get("ids"))) | set(split_csv(q.get("included_ids")))
    excluded = set(split_csv(q.get("excluded_ids")))
    statuses = set(split_csv(q.get("status")))
    records = [
        job
        for job in ctx.state.background_jobs.values()
        if (not ids or job["id"] in ids)
        and job["id"] not in excluded
        and (not statuses or job["status"] in statuses)
        and all(q.get(key) in (None, job.get(key)) for key in ("type", "entity_type", "entity_id"))
    ]
    return ctx.page(records, lambda job: str(job["id"]))

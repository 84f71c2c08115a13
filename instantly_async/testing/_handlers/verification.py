"""Email verification: ``POST /email-verification`` answers ``pending`` and the
``settings.verification_polls``-th ``GET /email-verification/{email}`` the final result.

The result is ``invalid`` for a malformed address and ``verified`` otherwise, unless a test set
another one in ``fake.state.verification_results[email]``.
"""

from __future__ import annotations

from .._state import PendingPoll, Record
from .._validation import is_email
from ._base import Ctx, Reply, get_or_404, handles

CREDITS = 1000


def _final(ctx: Ctx, email: str) -> Record:
    default = "verified" if is_email(email) else "invalid"
    return {
        "email": email,
        "verification_status": ctx.state.verification_results.get(email.lower(), default),
        "status": "success",
        "catch_all": False,
        "credits": CREDITS,
        "credits_used": 1,
    }


@handles("createEmailVerification")
def create_verification(ctx: Ctx) -> Reply:
    email: str = ctx.data["email"]
    key = email.lower()
    final = _final(ctx, email)
    if ctx.settings.verification_polls <= 0:
        ctx.state.email_verifications[key] = final
        ctx.state.pending_verifications.pop(key, None)
        return ctx.ok(final)
    pending: Record = {
        "email": email,
        "verification_status": "pending",
        "status": "success",
        "catch_all": "pending",
        "credits": CREDITS,
        "credits_used": 1,
    }
    ctx.state.email_verifications[key] = pending
    ctx.state.pending_verifications[key] = PendingPoll(ctx.settings.verification_polls, final)
    return ctx.ok(pending)


@handles("checkVerificationStatus")
def check_verification(ctx: Ctx) -> Reply:
    key = ctx.params["email"].lower()
    record = get_or_404(ctx.state.email_verifications, key)
    pending = ctx.state.pending_verifications.get(key)
    if pending is not None:
        pending.polls_left -= 1
        if pending.polls_left <= 0:
            record = ctx.state.email_verifications[key] = pending.final
            del ctx.state.pending_verifications[key]
    return ctx.ok(record)

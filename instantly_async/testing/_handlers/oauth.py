"""OAuth account connection: init answers a session; the ``settings.oauth_polls``-th poll of
its status answers ``success`` and connects a sending account for it (Google: provider 2,
Microsoft: provider 3)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from .._state import PendingPoll
from ._base import Ctx, Reply, get_or_404, handles
from .accounts import new_account

SESSION_LIFETIME = timedelta(minutes=10)
_PROVIDERS = {
    "initGoogleOAuth": ("google", 2, "https://accounts.google.com/o/oauth2/v2/auth"),
    "initMicrosoftOAuth": (
        "microsoft",
        3,
        "https://login.microsoftonline.com/common/oauth2/v2.0/authorize",
    ),
}


@handles("initGoogleOAuth", "initMicrosoftOAuth")
def init_oauth(ctx: Ctx) -> Reply:
    provider, provider_code, auth_url = _PROVIDERS[ctx.op.operation_id]
    state = ctx.state
    session_id = state.new_id().replace("-", "")
    expires = datetime.now(timezone.utc) + SESSION_LIFETIME
    email = f"{provider}-{session_id[-8:]}@example.com"
    state.oauth_sessions[session_id] = {"status": "pending"}
    state.pending_oauth[session_id] = PendingPoll(
        max(1, ctx.settings.oauth_polls),
        {"status": "success", "email": email, "name": f"{provider.title()} User"},
        {"provider_code": provider_code},
    )
    return ctx.ok(
        {
            "session_id": session_id,
            "auth_url": f"{auth_url}?state={session_id}",
            "expires_at": expires.strftime("%Y-%m-%dT%H:%M:%S.")
            + f"{expires.microsecond // 1000:03d}Z",
        }
    )


@handles("getOAuthSessionStatus")
def oauth_session_status(ctx: Ctx) -> Reply:
    session_id = ctx.params["sessionId"]
    record = get_or_404(ctx.state.oauth_sessions, session_id)
    pending = ctx.state.pending_oauth.get(session_id)
    if pending is not None:
        pending.polls_left -= 1
        if pending.polls_left <= 0:
            del ctx.state.pending_oauth[session_id]
            record = ctx.state.oauth_sessions[session_id] = dict(pending.final)
            email = record["email"]
            if email.lower() not in ctx.state.accounts:
                first, _, last = record["name"].partition(" ")
                new_account(
                    ctx.state,
                    email,
                    {
                        "first_name": first,
                        "last_name": last,
                        "provider_code": pending.context["provider_code"],
                    },
                )
    return ctx.ok(record)

"""FakeInstantly: an in-process, stateful fake of the Instantly API V2 for tests.

It serves every operation of the packaged OpenAPI document on a real local aiohttp server, keeps
the core resources in memory, speaks the live protocol (bearer keys and scopes, AJV-worded
validation errors, cursor pages, workspace rate limits) and misbehaves on demand.

Quick start::

    from instantly_async.testing import FakeInstantly

    async with FakeInstantly() as fake:
        async with AsyncInstantly(api_key=fake.api_key, base_url=fake.base_url) as client:
            campaign = await client.campaigns.create(name="Q3", campaign_schedule=...)
        assert fake.state.campaigns[campaign.id]["status"] == 0

With pytest, the plugin (``instantly_async.testing.pytest_plugin``, registered as an entry point)
provides the fixtures ``fake_instantly`` (a started fake) and ``instantly_client`` (an
``AsyncInstantly`` talking to it).

Constructor (all keyword-only)
------------------------------
``api_key``
    the default valid key (random when omitted); read it back as ``fake.api_key``.
``scopes``
    the default key's scopes, ``("all:all",)`` unless given.
``last_page_style``
    how the last page of a list ends: ``"omit"`` (no ``next_starting_after``, the default),
    ``"null"`` (``next_starting_after: null``) or ``"empty_page"`` (a cursor whose next page is
    empty).
``rate_limits``
    ``True`` (default: 100/s and 6,000/min per workspace plus the spec's per-endpoint budgets,
    e.g. ``GET /emails`` 20/min), ``False`` (none), or a :class:`RateLimits` such as
    ``RateLimits(per_second=5, endpoints={"listEmail": (2, 60)})``. Windows slide; refused
    requests answer ``429 {"statusCode":429,"error":"Too Many Requests","message":"Rate limit
    exceeded"}`` and do not count.
``job_polls``, ``job_outcome``
    background jobs finish on the ``job_polls``-th ``GET /background-jobs/{id}`` (default 2;
    0: finished when created) with ``job_outcome`` ``"success"`` (default) or ``"failed"``.
``verification_polls``
    the poll of ``GET /email-verification/{email}`` that answers the final status (default 1;
    0: ``POST /email-verification`` answers it at once).
``oauth_polls``
    the poll of ``GET /oauth/session/status/{id}`` that answers ``success`` (default 2).
``webhook_retry_delays``, ``webhook_disable_after``
    webhook deliveries answered with anything but 2xx are retried after each of these delays
    (default ``(0.05, 0.25, 1.0)`` s); after ``webhook_disable_after`` (default 8) failed attempts
    in a row the subscription gets ``status: -1`` (see "Webhook deliveries").
``host``, ``port``
    where to listen (default ``127.0.0.1`` and a free port).
``sub_workspaces``
    ids of sub-workspaces every key may act as with ``x-as-workspace: <id>`` (agencies); more
    with ``fake.add_sub_workspace(id)``. Each has its own data and rate-limit windows
    (``fake.sub_workspaces[id].state`` / ``.limiter``); an id never declared answers 403.

The flow settings can be changed later on ``fake.settings`` (e.g.
``fake.settings.job_outcome = "failed"``).

Lifecycle and observation
-------------------------
* ``async with FakeInstantly() as fake`` or ``await fake.start()`` / ``await fake.stop()``;
  ``fake.base_url`` is ``http://127.0.0.1:<port>`` (paths are ``/api/v2/...``).
* ``fake.add_api_key(key, scopes=[...])`` / ``fake.revoke_api_key(key)``. An operation whose
  spec lists scopes accepts a key holding any one of them (e.g. ``leads:read``,
  ``leads:all``, ``all:read`` or ``all:all``); otherwise 403.
* ``fake.state``: the stores (``campaigns``, ``leads``, ``lead_lists``, ``accounts`` keyed by
  lower-cased email, ``lead_labels``, ``custom_tags``, ``block_list_entries``, ``webhooks``,
  ``background_jobs``, ``email_verifications``, ``oauth_sessions``, ``api_keys``). Records are
  the JSON the API answers. ``fake.seed_campaign()``, ``seed_lead()``, ``seed_lead_list()``,
  ``seed_account()`` and ``seed_block_list_entry()`` store records without a request;
  ``fake.finish_job(id)`` ends a background job now.
* ``fake.requests``: every request received, as :class:`RecordedRequest` (``operation_id``,
  ``method``, ``path``, ``path_params``, ``query`` (a multidict), ``json``, ``body``,
  ``headers``, ``status``); ``fake.requests_for("createLead")`` filters by operation.
* ``fake.max_requests_in_window(seconds, operation_id=None)``: the most requests the rate
  limiter granted within any sliding window of that length; ``fake.grant_times``;
  ``fake.rate_limited_count``: how many requests the rate limits refused with 429 (injected
  429s are counted by their fault's ``hits`` instead).
* ``fake.spec``, ``fake.validator`` and ``fake.examples``: the parsed spec, the validator
  (``fake.validator.first_error(value, schema)``) and the example builder, for assertions.
* ``fake.reset()`` forgets data, requests, faults and rate-limit windows.

Fault injection
---------------
``fake.inject(operation_id=None, *, status=None, apply=False, body=UNSET, content_type=None,
headers=None, retry_after=None, delay=0.0, drop=False, extra_fields=None, unknown_enums=False,
times=1) -> Fault``

``operation_id`` names one operation (its ``operationId``) or, with ``None``, every operation.
The fault fires on the next ``times`` matching requests (``times=None``: until
``fake.clear_faults()``). Only one fault fires per request, the oldest live one that matches;
faults act after routing, authentication and rate limiting. Examples::

    fake.inject("createLead", status=502, apply=True)      # lead stored, then 502
    fake.inject("createLead", status=503)                  # 503, nothing stored
    fake.inject(None, status=429, retry_after=1, times=50) # a 429 storm with Retry-After: 1
    fake.inject("getCampaign", delay=2.0)                  # answer 2 s late
    fake.inject("createCampaign", delay=2.0, apply=True)   # stored at once, answered 2 s late
    fake.inject("listLeads", drop=True)                    # close the connection, no answer
    fake.inject("sendTestEmail", body={"error": "ACC_AUTH_ERROR"})  # an error inside a 200
    fake.inject("getLead", extra_fields={"brand_new": 1}, unknown_enums=True, times=None)
    fake.inject("getWorkspace", status=403, body="<html>error 1010</html>",
                content_type="text/html")                 # the edge refusing the client

``status`` answers that status with the error envelope (or ``body``); ``body`` alone replaces the
success body; ``drop`` closes the connection; ``delay`` sleeps first. With ``apply=True`` the
operation runs for real before the fault answers (the write is stored); without it the fault
answers before the operation runs, and a ``delay`` postpones the operation (a client that gives
up during the delay cancels it: nothing is stored). ``extra_fields`` adds undeclared fields to
the response record(s) and ``unknown_enums`` swaps every enum value for one the spec does not
list. The returned :class:`Fault` counts its ``hits``; ``fake.faults`` lists them.

Webhook deliveries
------------------
``await fake.emit(event_type, *, lead_email=None, campaign_id=None, duplicate=False, **fields)``
POSTs a realistic payload (payload names: ``link_clicked``, ``reply_received``, a custom label's
name; the stored lead's fields and custom variables merged in; ``fields`` added last) with each
subscription's ``headers`` to every matching subscription: by subscription name, ``all_events``,
or ``event_type: null`` with the label's ``custom_interest_value``, and by campaign. It returns
the attempts (:class:`Delivery`), retries included; ``duplicate=True`` delivers the same payload
twice. ``fake.deliveries`` lists every attempt, ``GET /webhook-events`` serves them as delivery
records, ``POST /webhooks/{id}/test`` delivers a sample and reports the endpoint's answer, and
``POST /webhooks/{id}/resume`` re-enables a disabled subscription. The settings live on
``fake.webhook_delivery`` (``retry_delays``, ``disable_after``, ``timeout``, and
``loopback_only``: True by default, so an attempt to a host other than 127.0.0.1, ::1 or
localhost fails without a request).

Stateful behaviour
------------------
Campaigns (CRUD, activate → status 1, pause → 2, duplicate), leads (CRUD, ``POST /leads/list``
filters, ``POST /leads/add`` with de-duplication flags and per-outcome counts, bulk delete,
move as a background job, interest status), lead lists, accounts (CRUD, pause/resume, warmup
enable/disable jobs), lead labels, custom tags (409 on a duplicate label), block list entries
(bulk create/delete, CSV download), webhooks, API keys (created keys authenticate), background
jobs, email verification and OAuth sessions. Every other operation answers a deterministic,
schema-valid example of its success response; operations below a stored resource's path
(``/api/v2/campaigns/{id}/...``) answer 404 for an unknown id.
"""

from __future__ import annotations

from ._faults import UNSET, Fault
from ._handlers import Settings
from ._pagination import LAST_PAGE_STYLES, LastPageStyle
from ._ratelimit import RateLimits
from ._server import FakeInstantly, RecordedRequest, SubWorkspace
from ._state import FakeState
from ._webhooks import Delivery, WebhookDelivery

__all__ = [
    "LAST_PAGE_STYLES",
    "UNSET",
    "Delivery",
    "FakeInstantly",
    "FakeState",
    "Fault",
    "LastPageStyle",
    "RateLimits",
    "RecordedRequest",
    "Settings",
    "SubWorkspace",
    "WebhookDelivery",
]

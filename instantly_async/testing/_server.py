"""FakeInstantly: the aiohttp application and the request pipeline.

Every request goes through the same steps, in the order the live service applies them:

1. record it (``fake.requests``);
2. route it (unknown method+path: 404);
3. authenticate the bearer key (401) and check its scopes against the operation's (403);
4. rate limits (429);
5. injected faults that fire before the operation runs;
6. parse the body (400 for an empty or malformed JSON body, 415 for another media type) and
   validate ``params``, ``body`` and ``querystring`` against the spec (400, AJV wording);
7. run the operation's handler;
8. injected faults that fire after it (``apply=True``) and response mutations.
"""

from __future__ import annotations

import asyncio
import json
import math
import secrets
import socket
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Any

from aiohttp import web
from multidict import CIMultiDict, CIMultiDictProxy, MultiDict, MultiDictProxy

from ._examples import ExampleBuilder
from ._faults import UNSET, EnumScrambler, Fault, FaultRegistry, add_extra_fields
from ._handlers import ApiError, Ctx, Reply, Settings, dispatch
from ._handlers.accounts import new_account
from ._handlers.api_keys import find_api_key, new_api_key
from ._handlers.block_list import new_entry
from ._handlers.campaigns import new_campaign
from ._handlers.jobs import finish_job
from ._handlers.lead_lists import new_lead_list
from ._handlers.leads import new_lead
from ._pagination import LAST_PAGE_STYLES, LastPageStyle
from ._ratelimit import RateLimiter, RateLimits
from ._routing import Router
from ._rules import apply_rules
from ._spec import Operation, load_spec
from ._state import FakeState, Record
from ._validation import SchemaValidator, coerce_parameters
from ._webhooks import Delivery, WebhookDelivery

_ABSENT: Any = object()
_JOB_OUTCOMES = ("success", "failed")
_DEFAULT_MESSAGES = {429: "Rate limit exceeded"}


@dataclass
class RecordedRequest:
    """One request as the fake received it.

    ``operation_id`` is ``None`` for a request that matched no route; ``json`` is the decoded
    body (``None`` when there was none or it was not JSON); ``status`` is the status answered,
    ``None`` while in flight or when the connection was dropped.
    """

    method: str
    path: str
    query: MultiDictProxy[str]
    headers: CIMultiDictProxy[str]
    body: bytes
    json: Any
    received_at: float
    operation_id: str | None = None
    path_params: dict[str, str] = field(default_factory=dict)
    status: int | None = None


@dataclass
class SubWorkspace:
    """A sub-workspace the fake's keys may act as (``x-as-workspace``): its own data and its
    own rate-limit windows."""

    id: str
    state: FakeState
    limiter: RateLimiter


def error_body(status: int, message: str, code: str | None = None) -> dict[str, Any]:
    """The API's error envelope."""
    body: dict[str, Any] = {"statusCode": status}
    if code is not None:
        body["code"] = code
    body["error"] = HTTPStatus(status).phrase
    body["message"] = message
    return body


def _error_reply(status: int, message: str, code: str | None = None) -> Reply:
    return Reply(status, json=error_body(status, message, code))


def _json_number(text: str) -> int | float:
    """A JSON number with a fraction or exponent: a whole one (``5.0``, ``1e2``) is an integer,
    as it is to JavaScript, so it can count or slice; one beyond a double is refused."""
    number = float(text)
    if math.isinf(number):
        raise ValueError(f"number out of range: {text}")
    return int(number) if number.is_integer() else number


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def loads(raw: bytes | str) -> Any:
    """Parse a JSON body the way the live API (JSON.parse) does: ``NaN``/``Infinity`` are not
    JSON, whole numbers are integers."""
    return json.loads(raw, parse_float=_json_number, parse_constant=_refuse_constant)


def _decode_json(raw: bytes) -> Any:
    try:
        return loads(raw) if raw else None
    except (ValueError, RecursionError):
        return None


@web.middleware
async def _json_errors(request: web.Request, handler: Any) -> web.StreamResponse:
    """Whatever aiohttp itself refuses (a path no route takes, a body over the size limit)
    is answered in the API's JSON envelope too."""
    try:
        response: web.StreamResponse = await handler(request)
    except web.HTTPException as error:
        if error.status < 400:
            raise
        body = json.dumps(error_body(error.status, error.reason)).encode()
        return web.Response(
            status=error.status,
            body=body,
            headers={"Content-Type": "application/json; charset=utf-8"},
        )
    return response


class FakeInstantly:
    """An in-process, stateful fake of the Instantly API V2 (see the package docs)."""

    def __init__(
        self,
        *,
        api_key: str | None = None,
        scopes: Iterable[str] = ("all:all",),
        last_page_style: LastPageStyle = "omit",
        rate_limits: bool | RateLimits = True,
        job_polls: int = 2,
        job_outcome: str = "success",
        verification_polls: int = 1,
        oauth_polls: int = 2,
        webhook_retry_delays: Sequence[float] = (0.05, 0.25, 1.0),
        webhook_disable_after: int = 8,
        host: str = "127.0.0.1",
        port: int = 0,
        sub_workspaces: Iterable[str] = (),
    ) -> None:
        if last_page_style not in LAST_PAGE_STYLES:
            raise ValueError(f"last_page_style must be one of {LAST_PAGE_STYLES}")
        if job_outcome not in _JOB_OUTCOMES:
            raise ValueError(f"job_outcome must be one of {_JOB_OUTCOMES}")
        self.spec = load_spec()
        self.validator = SchemaValidator(self.spec)
        self.examples = ExampleBuilder(self.spec, self.validator)
        self.settings = Settings(
            last_page_style=last_page_style,
            job_polls=job_polls,
            job_outcome=job_outcome,
            verification_polls=verification_polls,
            oauth_polls=oauth_polls,
        )
        self.state = FakeState()
        self.webhook_delivery = WebhookDelivery(
            self.state, retry_delays=webhook_retry_delays, disable_after=webhook_disable_after
        )
        self.requests: list[RecordedRequest] = []
        if rate_limits is True:
            limits: RateLimits | None = RateLimits()
        elif rate_limits is False:
            limits = None
        else:
            limits = rate_limits
        self.limiter = RateLimiter(limits)
        self.sub_workspaces: dict[str, SubWorkspace] = {}
        for workspace_id in sub_workspaces:
            self.add_sub_workspace(workspace_id)
        self._faults = FaultRegistry()
        self._scrambler = EnumScrambler(self.examples, self.validator)
        self._router = Router(self.spec.operations)
        self._example_cache: dict[str, Any] = {}
        self._host = host
        self._port = port
        self._runner: web.AppRunner | None = None
        self._base_url: str | None = None
        self._in_flight: set[asyncio.Task[Any]] = set()
        self.api_key = api_key if api_key is not None else f"fake_{secrets.token_hex(16)}"
        new_api_key(self.state, "Default key", scopes, key=self.api_key)

    # -- lifecycle ---------------------------------------------------------------------------

    async def start(self) -> None:
        """Serve on ``host`` and a free port (or ``port``)."""
        if self._runner is not None:
            return
        app = web.Application(client_max_size=64 * 1024 * 1024, middlewares=[_json_errors])
        # `[\s\S]`, not `.`: a path with a (decoded) newline is still the fake's to answer.
        app.router.add_route("*", r"/{tail:[\s\S]*}", self._handle)
        runner = web.AppRunner(
            app, access_log=None, handler_cancellation=True, shutdown_timeout=0.5
        )
        await runner.setup()
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((self._host, self._port))
        site = web.SockSite(runner, sock)
        await site.start()
        self._runner = runner
        host, port = sock.getsockname()[:2]
        self._base_url = f"http://{host}:{port}"

    async def stop(self) -> None:
        """Stop serving; requests still in flight (e.g. delayed ones) are cancelled."""
        runner, self._runner = self._runner, None
        if runner is None:
            return
        for task in list(self._in_flight):
            task.cancel()
        await runner.cleanup()
        await self.webhook_delivery.close()
        self._base_url = None

    async def __aenter__(self) -> FakeInstantly:
        await self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.stop()

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:<port>``; API paths are ``/api/v2/...`` below it."""
        if self._base_url is None:
            raise RuntimeError("FakeInstantly is not running: use `async with` or await start()")
        return self._base_url

    # -- keys ----------------------------------------------------------------------------------

    def add_api_key(
        self, key: str, scopes: Iterable[str] = ("all:all",), *, name: str = "Test key"
    ) -> Record:
        """Accept ``key`` from now on, with these scopes (e.g. ``["leads:read"]``)."""
        self.revoke_api_key(key)
        return new_api_key(self.state, name, scopes, key=key)

    def revoke_api_key(self, key: str) -> None:
        """Stop accepting ``key`` (401 from now on)."""
        record = find_api_key(self.state, key)
        if record is not None:
            del self.state.api_keys[record["id"]]

    # -- sub-workspaces ------------------------------------------------------------------------

    def add_sub_workspace(self, workspace_id: str | None = None) -> SubWorkspace:
        """Let every key act as this sub-workspace (``x-as-workspace: <id>``, random when
        omitted): requests carrying the header see its own data and rate-limit windows; an id
        never added answers 403."""
        workspace_id = workspace_id if workspace_id is not None else secrets.token_hex(12)
        if not isinstance(workspace_id, str) or not workspace_id.strip():
            raise ValueError(f"workspace_id must be a non-empty string, got {workspace_id!r}")
        workspace = self.sub_workspaces.get(workspace_id)
        if workspace is None:
            workspace = self.sub_workspaces[workspace_id] = SubWorkspace(
                workspace_id, FakeState(), RateLimiter(self.limiter.limits)
            )
        return workspace

    # -- faults --------------------------------------------------------------------------------

    def inject(
        self,
        operation_id: str | None = None,
        *,
        status: int | None = None,
        apply: bool = False,
        body: Any = UNSET,
        content_type: str | None = None,
        headers: Mapping[str, str] | None = None,
        retry_after: float | None = None,
        delay: float = 0.0,
        drop: bool = False,
        extra_fields: Mapping[str, Any] | None = None,
        unknown_enums: bool = False,
        times: int | None = 1,
    ) -> Fault:
        """Make the next ``times`` requests of ``operation_id`` (``None``: of any operation)
        misbehave; see the package docs for what each argument does."""
        if operation_id is not None and operation_id not in self.spec.by_id:
            raise ValueError(f"unknown operationId {operation_id!r}")
        return self._faults.add(
            Fault(
                operation_id=operation_id,
                status=status,
                apply=apply,
                body=body,
                content_type=content_type,
                headers=dict(headers or {}),
                retry_after=retry_after,
                delay=delay,
                drop=drop,
                extra_fields=dict(extra_fields) if extra_fields else None,
                unknown_enums=unknown_enums,
                times=times,
            )
        )

    def clear_faults(self) -> None:
        """Remove every injected fault."""
        self._faults.clear()

    @property
    def faults(self) -> list[Fault]:
        """The injected faults, oldest first (exhausted ones included, with their ``hits``)."""
        return list(self._faults.faults)

    # -- observations --------------------------------------------------------------------------

    def requests_for(self, operation_id: str) -> list[RecordedRequest]:
        """The recorded requests routed to ``operation_id``."""
        return [r for r in self.requests if r.operation_id == operation_id]

    @property
    def rate_limited_count(self) -> int:
        """How many requests the rate limits refused with 429 (injected 429s are not counted
        here: each :class:`Fault` counts its own ``hits``)."""
        return self.limiter.rejections + sum(
            workspace.limiter.rejections for workspace in self.sub_workspaces.values()
        )

    @property
    def grant_times(self) -> list[float]:
        """``time.monotonic()`` of every request the rate limiter let through."""
        return [t for t, _op in self.limiter.grants]

    def max_requests_in_window(self, seconds: float, operation_id: str | None = None) -> int:
        """The most requests granted within any ``seconds``-long sliding window (of one
        operation, when given)."""
        return self.limiter.max_in_window(seconds, operation_id)

    def reset(self) -> None:
        """Forget data, recorded requests, faults and rate-limit windows (keys stay)."""
        self.state.clear()
        self.requests.clear()
        self._faults.clear()
        self.limiter.reset()
        self.webhook_delivery.reset()
        for workspace in self.sub_workspaces.values():
            workspace.state.clear()
            workspace.limiter.reset()

    # -- webhooks ------------------------------------------------------------------------------

    async def emit(
        self,
        event_type: str,
        *,
        lead_email: str | None = None,
        campaign_id: str | None = None,
        duplicate: bool = False,
        **fields: Any,
    ) -> list[Delivery]:
        """Deliver a ``event_type`` payload (a payload name: ``link_clicked``, ``reply_received``,
        a custom label's name) to every matching subscription over HTTP, retries included, and
        return the attempts. ``fields`` are added to (or override) the payload; the lead's fields
        and custom variables are merged in when ``lead_email`` is a stored lead, whose campaign
        is the default ``campaign_id``. ``duplicate=True`` delivers the same payload twice."""
        return await self.webhook_delivery.emit(
            event_type,
            lead_email=lead_email,
            campaign_id=campaign_id,
            duplicate=duplicate,
            fields=fields,
        )

    @property
    def deliveries(self) -> list[Delivery]:
        """Every webhook delivery attempt, oldest first (also ``GET /webhook-events``)."""
        return self.webhook_delivery.deliveries

    # -- seeding -------------------------------------------------------------------------------

    def seed_campaign(self, name: str = "Campaign", **fields: Any) -> Record:
        """Store a draft campaign directly (no request, no rate limit)."""
        return new_campaign(self.state, {"name": name, **fields})

    def seed_lead(self, **fields: Any) -> Record:
        """Store a lead directly; ``fields`` are lead fields plus ``custom_variables``."""
        return new_lead(self.state, fields)

    def seed_lead_list(self, name: str = "Lead list", **fields: Any) -> Record:
        """Store a lead list directly."""
        return new_lead_list(self.state, {"name": name, **fields})

    def seed_account(self, email: str, **fields: Any) -> Record:
        """Store an active sending account directly (``fields``: Account fields)."""
        return new_account(self.state, email, fields)

    def seed_block_list_entry(self, value: str) -> Record:
        """Put an email or a domain on the block list directly."""
        return new_entry(self.state, value)

    def finish_job(self, job_id: str, outcome: str | None = None) -> Record:
        """Finish a background job now (``settings.job_outcome`` unless ``outcome`` is given)."""
        return finish_job(self.state, job_id, outcome)

    # -- the pipeline --------------------------------------------------------------------------

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        task = asyncio.current_task()
        if task is not None:
            self._in_flight.add(task)
        try:
            return await self._serve(request)
        finally:
            if task is not None:
                self._in_flight.discard(task)

    async def _serve(self, request: web.Request) -> web.StreamResponse:
        raw_body = await request.read()
        record = RecordedRequest(
            method=request.method,
            path=request.rel_url.raw_path,
            query=MultiDictProxy(MultiDict(request.query)),
            headers=CIMultiDictProxy(CIMultiDict(request.headers)),
            body=raw_body,
            json=_decode_json(raw_body),
            received_at=time.monotonic(),
        )
        self.requests.append(record)
        match = self._router.match(request.method, request.rel_url.raw_path)
        if match is None:
            message = f"Route {request.method}:{request.rel_url.path} not found"
            return self._respond(record, _error_reply(404, message))
        op = match.operation
        record.operation_id = op.operation_id
        record.path_params = match.params

        refusal = self._authorize(op, request.headers.get("Authorization"))
        if refusal is not None:
            return self._respond(record, refusal)
        state, limiter = self.state, self.limiter
        acting_as = request.headers.get("x-as-workspace")
        if acting_as is not None:
            workspace = self.sub_workspaces.get(acting_as)
            if workspace is None:
                message = f"The API key may not act as workspace {acting_as!r}"
                return self._respond(record, _error_reply(403, message))
            state, limiter = workspace.state, workspace.limiter
        rejection = limiter.acquire(op)
        if rejection is not None:
            reply = _error_reply(429, _DEFAULT_MESSAGES[429])
            if limiter.sends_retry_after(op):
                reply.headers["Retry-After"] = rejection.retry_after_header
            return self._respond(record, reply)

        fault = self._faults.take(op.operation_id)
        if fault is not None and not fault.apply:
            if fault.delay:
                await asyncio.sleep(fault.delay)
            if fault.drop:
                return self._drop(request, record)
            if fault.answers:
                return self._respond(record, self._fault_reply(fault, op))
        reply = self._process(request, op, match.params, raw_body, state)
        if op.operation_id == "testWebhook" and reply.status == 200:
            # The only operation that waits on the network: it delivers before answering.
            reply = await self.webhook_delivery.test(match.params["id"])
        if fault is not None:
            if fault.apply:
                if fault.delay:
                    await asyncio.sleep(fault.delay)
                if fault.drop:
                    return self._drop(request, record)
                if fault.answers:
                    return self._respond(record, self._fault_reply(fault, op))
            if fault.mutates and 200 <= reply.status < 300 and reply.json is not None:
                reply.json = self._mutate(reply.json, fault, op)
        return self._respond(record, reply)

    def _authorize(self, op: Operation, header: str | None) -> Reply | None:
        scheme, _, token = (header or "").strip().partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            return _error_reply(401, "Missing API key: send the header Authorization: Bearer <key>")
        key = find_api_key(self.state, token.strip())
        if key is None:
            return _error_reply(401, "Invalid API key")
        if op.scopes and not set(key["scopes"]) & set(op.scopes):
            return _error_reply(
                403,
                "The API key lacks the scope for this endpoint; it needs one of: "
                + ", ".join(op.scopes),
            )
        return None

    def _process(
        self,
        request: web.Request,
        op: Operation,
        params: dict[str, str],
        raw_body: bytes,
        state: FakeState,
    ) -> Reply:
        try:
            body = self._parse_body(request, raw_body)
            ctx = self._validate(request, op, params, body, state)
            return dispatch(ctx, self._example_cache)
        except ApiError as error:
            return _error_reply(error.status, error.message, error.code)

    @staticmethod
    def _parse_body(request: web.Request, raw_body: bytes) -> Any:
        if request.method in ("GET", "HEAD"):
            return _ABSENT
        media_type = request.headers.get("Content-Type", "").split(";")[0].strip().lower()
        is_json = media_type == "application/json" or media_type.endswith("+json")
        if not raw_body:
            if is_json:
                raise ApiError(
                    400,
                    "Body cannot be empty when content-type is set to 'application/json'",
                    "FST_ERR_CTP_EMPTY_JSON_BODY",
                )
            return _ABSENT
        if not is_json:
            raise ApiError(
                415,
                f"Unsupported Media Type: {media_type or 'none'}",
                "FST_ERR_CTP_INVALID_MEDIA_TYPE",
            )
        try:
            return loads(raw_body)
        except (ValueError, RecursionError):
            raise ApiError(
                400,
                "Body is not valid JSON but content-type is set to 'application/json'",
                "FST_ERR_CTP_INVALID_JSON_BODY",
            ) from None

    def _validate(
        self,
        request: web.Request,
        op: Operation,
        params: dict[str, str],
        body: Any,
        state: FakeState,
    ) -> Ctx:
        path_values = coerce_parameters(
            {k: [v] for k, v in params.items()}, op.path_schema, self.spec.resolve
        )
        self._check(path_values, op.path_schema, "params")

        if op.body_schema is None:
            body = None if body is _ABSENT else body
        elif body is _ABSENT:
            if op.body_required:
                self._check(None, op.body_schema, "body")
            body = {} if self._takes_object(op.body_schema) else None
            self._check(body, op.body_schema, "body")
        else:
            self._check(body, op.body_schema, "body")

        query_schema = op.query_schema
        raw_query = {key: request.query.getall(key) for key in dict.fromkeys(request.query)}
        query = coerce_parameters(raw_query, query_schema, self.spec.resolve)
        self._check(query, query_schema, "querystring")
        for name, schema in query_schema["properties"].items():
            if name not in query and "default" in schema:
                query[name] = schema["default"]
        apply_rules(op.operation_id, body)

        return Ctx(
            op=op,
            params=params,
            query=query,
            body=body,
            state=state,
            settings=self.settings,
            spec=self.spec,
            examples=self.examples,
            validator=self.validator,
        )

    def _takes_object(self, schema: dict[str, Any]) -> bool:
        flat = self.examples.flatten(schema)
        declared = flat.get("type")
        return declared == "object" or (declared is None and "properties" in flat)

    def _check(self, value: Any, schema: dict[str, Any], part: str) -> None:
        error = self.validator.first_error(value, schema)
        if error is not None:
            raise ApiError(400, error.describe(part), "FST_ERR_VALIDATION")

    def _fault_reply(self, fault: Fault, op: Operation) -> Reply:
        status = fault.status if fault.status is not None else op.success_status
        headers = dict(fault.headers)
        if fault.retry_after is not None:
            seconds = fault.retry_after
            headers["Retry-After"] = (
                str(int(seconds)) if float(seconds).is_integer() else str(seconds)
            )
        if fault.body is UNSET:
            message = _DEFAULT_MESSAGES.get(status, HTTPStatus(status).phrase)
            return Reply(status, json=error_body(status, message), headers=headers)
        if isinstance(fault.body, (str, bytes)):
            text = fault.body.decode() if isinstance(fault.body, bytes) else fault.body
            return Reply(
                status, text=text, content_type=fault.content_type or "text/plain", headers=headers
            )
        return Reply(
            status,
            json=fault.body,
            content_type=fault.content_type or "application/json",
            headers=headers,
        )

    def _mutate(self, body: Any, fault: Fault, op: Operation) -> Any:
        if fault.unknown_enums and op.success_schema is not None:
            body = self._scrambler.scramble(body, op.success_schema)
        if fault.extra_fields:
            body = add_extra_fields(body, fault.extra_fields)
        return body

    def _respond(self, record: RecordedRequest, reply: Reply) -> web.Response:
        record.status = reply.status
        headers = dict(reply.headers)
        if reply.text is not None:
            headers["Content-Type"] = f"{reply.content_type or 'text/plain'}; charset=utf-8"
            return web.Response(status=reply.status, body=reply.text.encode(), headers=headers)
        if reply.content_type is None:
            return web.Response(status=reply.status, headers=headers)
        headers["Content-Type"] = f"{reply.content_type}; charset=utf-8"
        payload = json.dumps(reply.json, separators=(",", ":"), ensure_ascii=False)
        return web.Response(status=reply.status, body=payload.encode(), headers=headers)

    @staticmethod
    def _drop(request: web.Request, record: RecordedRequest) -> web.Response:
        record.status = None
        if request.transport is not None:
            request.transport.close()
        return web.Response(status=HTTPStatus.NO_CONTENT)

"""The one place that turns an HTTP answer into what the call promised: the declared result for a
2xx, or a typed error. Nothing a server sends escapes as a bare built-in exception, and a 2xx
that cannot become the declared result raises `APIResponseValidationError`."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any

import attrs

from instantly_async import _serde, errors
from instantly_async._operation import Operation
from instantly_async._pagination import Page

try:  # optional speedup (`pip install "instantly-async[speedups]"`): same result, faster parse
    import orjson
except ImportError:  # the default install

    def _loads(body: bytes) -> Any:
        # UTF-8, as the API sends, read without json's encoding detection (a Python function,
        # as is the "utf-8-sig" codec); anything else json.loads reads by itself (a BOM, UTF-16
        # or UTF-32) fails here and is read through it.
        try:
            text = body.decode()
        except UnicodeDecodeError:
            return json.loads(body)
        try:
            return json.loads(text)
        except ValueError:
            return json.loads(body)

else:

    def _loads(body: bytes) -> Any:
        try:
            return orjson.loads(body)
        except orjson.JSONDecodeError:  # NaN, integers beyond 64 bits, ...: json.loads decides
            return json.loads(body)


EXCERPT = 200
"""Characters of a server's text kept in a message (after the key is redacted)."""


@attrs.define  # one per call: frozen attrs classes are slower to make
class Response:
    status: int
    headers: Mapping[str, str]
    body: bytes
    content_type: str


class _Unreadable(Exception):
    """Why a body that should be JSON is not (turned into a typed error by the caller)."""


def _parse_json(response: Response) -> Any:
    if not response.body:
        raise _Unreadable(
            "no body (204)" if response.status == 204 else "an empty body where JSON is due"
        )
    if "json" not in response.content_type.lower():
        raise _Unreadable(f"Content-Type {response.content_type or 'missing'!r} instead of JSON")
    try:
        return _loads(response.body)
    except RecursionError:
        raise _Unreadable("JSON nested deeper than the parser allows") from None
    except ValueError as exc:  # invalid or truncated JSON, bad UTF-8, numbers too long
        raise _Unreadable(f"invalid JSON ({str(exc)[:80]})") from None


def excerpt(text: str, redact: Callable[[str], str], limit: int = EXCERPT) -> str:
    """Server text fit for a message: the key redacted first, then whitespace folded and cut."""
    folded = " ".join(redact(text).split())
    return folded[:limit] + ("…" if len(folded) > limit else "")


def body_text(response: Response, redact: Callable[[str], str]) -> str:
    return excerpt(response.body[: EXCERPT * 64].decode("utf-8", "replace"), redact)


def decode_body(response: Response) -> Any:
    """The body as JSON when it is readable JSON, else as text, None when empty (lenient: for
    error answers, where the status already says what happened)."""
    if not response.body:
        return None
    try:
        return _parse_json(response)
    except _Unreadable:
        return response.body.decode("utf-8", "replace")


def unreadable(
    response: Response, reason: str, redact: Callable[[str], str], method: str, url: str
) -> errors.APIResponseValidationError:
    return errors.APIResponseValidationError(
        reason,
        status=response.status,
        method=method,
        url=url,
        body=body_text(response, redact),
        headers=response.headers,
    )


def raw_result(response: Response, redact: Callable[[str], str], method: str, url: str) -> Any:
    """What `client.request()` returns: JSON when labelled JSON, text otherwise, None when
    empty. JSON that cannot be read raises instead of coming back as text."""
    if not response.body:
        return None
    if "json" not in response.content_type.lower():
        return response.body.decode("utf-8", "replace")
    try:
        return _parse_json(response)
    except _Unreadable as exc:
        raise unreadable(response, str(exc), redact, method, url) from None


def result(
    op: Operation,
    response: Response,
    redact: Callable[[str], str],
    *,
    decode_items: bool = True,
    url: str | None = None,
) -> Any:
    """The declared result of `op` for a 2xx `response`, or a typed error."""
    shape = op.response_shape
    if shape == "empty":
        return None
    where = url or op.path
    if shape == "text":
        return response.body.decode("utf-8", "replace")
    try:
        body = _parse_json(response)
    except _Unreadable as exc:
        raise unreadable(response, str(exc), redact, op.method, where) from None
    if isinstance(body, dict) and _is_error_body(body, op):
        raise errors.APIStatusError(
            excerpt(str(body.get("error") or body.get("message")), redact),
            status=response.status,
            body=body,
            headers=response.headers,
            method=op.method,
            url=where,
        )
    if shape == "json" or op.response_model is None:
        return body

    def wrong(reason: str) -> errors.APIResponseValidationError:
        return unreadable(response, reason, redact, op.method, where)

    model, structure = decoder(op.response_model)
    if shape == "page":
        if not isinstance(body, dict):
            raise wrong(f"a page must be a JSON object, got {_kind(body)}")
        items = body.get("items")
        if type(items) is not list:
            raise wrong(f"the page's 'items' must be a list, got {_kind(items)}")
        cursor = body.get("next_starting_after")
        if cursor is not None and not isinstance(cursor, str):
            raise wrong(f"the page's 'next_starting_after' must be a string, got {_kind(cursor)}")
        _check_records(items, wrong)
        if not decode_items:  # the pager decodes item by item (see AsyncPager)
            return Page(items, cursor or None)
        return Page([_structure(structure, item, model, wrong) for item in items], cursor or None)
    if shape == "list":
        if not isinstance(body, list):
            raise wrong(f"expected a JSON array, got {_kind(body)}")
        _check_records(body, wrong)
        return [_structure(structure, item, model, wrong) for item in body]
    if not isinstance(body, dict):
        raise wrong(f"expected a JSON object ({op.response_model}), got {_kind(body)}")
    return _structure(structure, body, model, wrong)


def _check_records(
    items: list[Any], wrong: Callable[[str], errors.APIResponseValidationError]
) -> None:
    for index, item in enumerate(items):
        if type(item) is not dict:
            raise wrong(f"item {index} must be a JSON object, got {_kind(item)}")


def _structure(
    structure: Callable[[Any, Any], Any],
    value: Any,
    model: type,
    wrong: Callable[[str], errors.APIResponseValidationError],
) -> Any:
    try:
        decoded = structure(value, model)
    except Exception as exc:  # field-level leniency lives in _serde: this is the safety net
        raise wrong(f"cannot decode {model.__name__}: {type(exc).__name__}") from None
    if not isinstance(decoded, model):
        raise wrong(f"expected a JSON object ({model.__name__}), got {_kind(value)}")
    return decoded


def _kind(value: Any) -> str:
    names = {dict: "an object", list: "an array", str: "a string", bool: "a boolean"}
    if value is None:
        return "null"
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return "a number"
    return names.get(type(value), type(value).__name__)


def _is_error_body(body: dict[str, Any], op: Operation) -> bool:
    """A 200 carrying only an error (e.g. `{"error": "ACC_AUTH_ERROR"}` from emails/test)."""
    if "error" not in body or not set(body) <= {"error", "message", "statusCode"}:
        return False
    if op.response_model is None:
        return True
    return not any(a.name == "error" for a in attrs.fields(model_class(op.response_model)))


def status_error(
    response: Response,
    method: str,
    url: str,
    redact: Callable[[str], str],
    retry_after: float | None,
) -> errors.APIStatusError:
    """The typed error for a non-2xx answer (message from the body, the key redacted)."""
    try:
        body = _redacted(decode_body(response), redact)
    except RecursionError:  # JSON the parser took but nested too deep to walk: keep the text
        body = redact(response.body.decode("utf-8", "replace"))
    status = response.status
    message = error_message(body, f"HTTP {status}", redact)
    kwargs: dict[str, Any] = dict(
        status=status, body=body, headers=response.headers, method=method, url=url
    )
    if status == 429:
        return errors.RateLimitError(message, retry_after=retry_after, **kwargs)
    if status == 404 and method and isinstance(body, str) and "Cannot " + method in body:
        # The route itself is unknown (an Express-style "Cannot GET /path"): not a missing id.
        return errors.NotFoundError(
            message,
            hint="No such route: check base_url (the API's origin, without /api/v2).",
            **kwargs,
        )
    return errors.error_class(status)(message, **kwargs)


def _redacted(value: Any, redact: Callable[[str], str]) -> Any:
    """An error body with the key taken out of every string in it (error paths only)."""
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, dict):
        return {key: _redacted(item, redact) for key, item in value.items()}
    if isinstance(value, list):
        return [_redacted(item, redact) for item in value]
    return value


def error_message(body: Any, fallback: str, redact: Callable[[str], str] = str) -> str:
    if isinstance(body, dict):
        for key in ("message", "error"):
            if isinstance(body.get(key), str) and body[key].strip():
                return excerpt(body[key], redact)
    if isinstance(body, str) and body.strip():
        return excerpt(body, redact)
    return fallback


def item_decoder(op: Operation) -> Callable[[Any], Any] | None:
    """Decodes one raw item of `op`'s pages into its model (looked up on first use). The page
    was checked by `result` already: every item is a JSON object."""
    if op.response_model is None:
        return None
    name = op.response_model

    def decode(item: Any) -> Any:
        model, structure = decoder(name)
        return structure(item, model)

    return decode


_decoders: dict[str, tuple[type, Callable[[Any, Any], Any]]] = {}


def decoder(name: str) -> tuple[type, Callable[[Any, Any], Any]]:
    """The model class named `name` and its decoder (made on first use)."""
    found = _decoders.get(name)
    if found is None:
        model = model_class(name)
        found = _decoders[name] = (model, _serde.converter.get_structure_hook(model))
    return found


_models: dict[str, type] = {}


def model_class(name: str) -> type:
    """The model class named `name` (imports the models module on first use)."""
    model = _models.get(name)
    if model is None:
        from instantly_async import models

        model = _models[name] = getattr(models, name)
    return model


__all__ = ["Response", "decode_body", "item_decoder", "raw_result", "result", "status_error"]

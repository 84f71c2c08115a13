"""`client.webhooks.ensure`: one subscription per event type for a URL, kept active and with the
right headers, whatever state the workspace is in."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from instantly_async._resource import Resource
from instantly_async.webhooks import SUBSCRIPTION_EVENT_TYPES, subscription_event_for

if TYPE_CHECKING:
    from instantly_async._pagination import AsyncPager
    from instantly_async.models import Webhook

DISABLED = -1


class WebhooksMixin(Resource):
    async def ensure(
        self,
        target_hook_url: str,
        *,
        event_types: Sequence[str],
        headers: Mapping[str, str] | None = None,
        campaign: str | None = None,
    ) -> list[Webhook]:
        """Make exactly one subscription per event type for `target_hook_url` (and `campaign`,
        `None` for all campaigns) and return them in the order of `event_types`.

        Missing ones are created; an existing one gets `headers` when they differ (`None`: its
        headers are left as they are) and is resumed when Instantly disabled it (`status -1`);
        extra copies for the same type are deleted. Subscriptions for other URLs, campaigns or
        event types are left alone, and a second run changes nothing.
        """
        if not isinstance(target_hook_url, str) or not target_hook_url.startswith(
            ("http://", "https://")
        ):
            raise ValueError(f"target_hook_url must be an http(s) URL, got {target_hook_url!r}")
        wanted = _subscription_names(event_types)
        if headers is not None and (
            not isinstance(headers, Mapping)
            or not all(isinstance(k, str) and isinstance(v, str) for k, v in headers.items())
        ):
            raise TypeError(f"headers must map header names to string values, got {headers!r}")
        if campaign is not None and (not isinstance(campaign, str) or not campaign):
            raise ValueError(f"campaign must be a campaign id or None, got {campaign!r}")

        existing: dict[str, list[Webhook]] = {name: [] for name in wanted}
        listing: AsyncPager[Webhook] = self._paginate(
            "listWebhook", {"campaign": campaign} if campaign else {}, page_size=100
        )
        async for hook in listing:
            event_type = None if hook.event_type is None else str(_value(hook.event_type))
            if (
                hook.target_hook_url == target_hook_url
                and hook.campaign == campaign
                and event_type in existing
            ):
                existing[event_type].append(hook)

        kept: list[Webhook] = []
        for name in wanted:
            found = existing[name]
            if not found:
                fields: dict[str, Any] = {
                    "target_hook_url": target_hook_url,
                    "event_type": name,
                    "campaign": campaign,
                }
                if headers is not None:
                    fields["headers"] = dict(headers)
                kept.append(await self._call("createWebhook", fields))
                continue
            hook, extras = found[0], found[1:]
            for extra in extras:
                await self._call("deleteWebhook", {"id": extra.id})
            if headers is not None and dict(hook.headers or {}) != dict(headers):
                hook = await self._call("patchWebhook", {"id": hook.id, "headers": dict(headers)})
            if hook.status == DISABLED:
                hook = await self._call("resumeWebhook", {"id": hook.id})
            kept.append(hook)
        return kept


def _value(enum_or_str: Any) -> Any:
    return getattr(enum_or_str, "value", enum_or_str)


def _subscription_names(event_types: Sequence[str]) -> list[str]:
    if isinstance(event_types, str) or not isinstance(event_types, Sequence):
        raise TypeError(
            f"event_types must be a list of subscription event names, got {event_types!r}"
        )
    names: list[str] = []
    for given in event_types:
        name = _value(given)
        if name not in SUBSCRIPTION_EVENT_TYPES:
            hint = subscription_event_for(name) if isinstance(name, str) else None
            suggestion = f" (payloads say {name!r}; subscribe to {hint!r})" if hint else ""
            raise ValueError(
                f"event_types: {name!r} is not a subscription event type{suggestion}; allowed: "
                + ", ".join(SUBSCRIPTION_EVENT_TYPES)
            )
        if name not in names:
            names.append(name)
    if not names:
        raise ValueError("event_types must name at least one event type")
    return names

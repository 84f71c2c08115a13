"""A webhook receiver for Instantly, run end to end against FakeInstantly: no account needed.

It starts an aiohttp server with `WebhookReceiver`, subscribes it with `client.webhooks.ensure`
(one subscription per event type, carrying the secret header), lets the fake emit a few events,
prints what the handlers received, and exits.

    python examples/webhook_receiver.py

In production, serve `receiver.aiohttp_handler()` (or mount `receiver.asgi_app()` in FastAPI or
Starlette) at a public HTTPS URL and run `ensure` once against the real API with that URL.
"""

from __future__ import annotations

import asyncio
import secrets

from aiohttp import web

from instantly_async import AsyncInstantly
from instantly_async.testing import FakeInstantly
from instantly_async.webhooks import (
    LinkClicked,
    ReplyReceived,
    WebhookEvent,
    WebhookReceiver,
)

SECRET = secrets.token_urlsafe(24)
receiver = WebhookReceiver(secret_header="X-Instantly-Secret", secrets=[SECRET])


@receiver.on("reply_received")
async def on_reply(event: ReplyReceived) -> None:
    name = event.lead_fields.get("first_name", event.lead_email)
    print(f"  reply from {name} ({event.lead_email}): {event.reply_text!r}")
    print(f"    answer in-thread with reply_to_uuid={event.email_id}")


@receiver.on("link_clicked")
def on_click(event: LinkClicked) -> None:
    print(f"  {event.lead_email} clicked a link in step {event.step}, variant {event.variant}")


@receiver.on_any
def log_every_event(event: WebhookEvent) -> None:
    stamp = event.timestamp.isoformat() if event.timestamp else "?"
    print(f"  [{stamp}] {type(event).__name__} custom variables: {dict(event.custom_variables)}")


async def serve_receiver() -> tuple[web.AppRunner, str]:
    app = web.Application()
    app.router.add_route("*", "/hooks/instantly", receiver.aiohttp_handler())
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    host, port = runner.addresses[0][:2]
    return runner, f"http://{host}:{port}/hooks/instantly"


async def main() -> None:
    runner, url = await serve_receiver()
    try:
        async with (
            FakeInstantly(rate_limits=False) as fake,
            AsyncInstantly(api_key=fake.api_key, base_url=fake.base_url) as client,
        ):
            print(f"receiver listening on {url}")
            hooks = await client.webhooks.ensure(
                url,
                event_types=["reply_received", "email_link_clicked"],
                headers={"X-Instantly-Secret": SECRET},
            )
            print(
                f"subscribed: {', '.join(str(h.event_type.value) for h in hooks if h.event_type)}"
            )
            again = await client.webhooks.ensure(
                url,
                event_types=["reply_received", "email_link_clicked"],
                headers={"X-Instantly-Secret": SECRET},
            )
            print(
                f"ensure again: same subscriptions: {[h.id for h in again] == [h.id for h in hooks]}"
            )

            campaign = fake.seed_campaign("Q3 outreach")
            fake.seed_lead(
                email="ann@example.com",
                campaign=campaign["id"],
                first_name="Ann",
                custom_variables={"tier": "gold"},
            )
            print("the fake emits a reply (delivered twice, dispatched once) and a click:")
            await fake.emit(
                "reply_received",
                lead_email="ann@example.com",
                reply_text="Tuesday works for me.",
                duplicate=True,
            )
            await fake.emit("link_clicked", lead_email="ann@example.com", step=2, variant=1)
            print(f"delivery attempts: {[(d.event_type, d.status_code) for d in fake.deliveries]}")
    finally:
        await runner.cleanup()


if __name__ == "__main__":
    asyncio.run(main())

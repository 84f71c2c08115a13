"""The pytest plugin's fixtures: a started fake per test, and an AsyncInstantly bound to it."""

from __future__ import annotations

import aiohttp

from instantly_async import AsyncInstantly
from instantly_async.testing import FakeInstantly, pytest_plugin

# Requested by name below; importing them makes this file independent of whether the plugin is
# registered through the installed entry point.
fake_instantly = pytest_plugin.fake_instantly
instantly_client = pytest_plugin.instantly_client


async def test_fake_instantly_fixture_is_running(fake_instantly: FakeInstantly) -> None:
    assert fake_instantly.base_url.startswith("http://127.0.0.1:")
    headers = {"Authorization": f"Bearer {fake_instantly.api_key}"}
    async with (
        aiohttp.ClientSession(headers=headers) as http,
        http.get(f"{fake_instantly.base_url}/api/v2/campaigns") as response,
    ):
        assert response.status == 200
        assert await response.json() == {"items": []}


async def test_each_test_gets_a_fresh_fake(fake_instantly: FakeInstantly) -> None:
    assert fake_instantly.requests == []
    assert fake_instantly.state.campaigns == {}


async def test_instantly_client_fixture_talks_to_the_fake(
    fake_instantly: FakeInstantly, instantly_client: AsyncInstantly
) -> None:
    campaign = fake_instantly.seed_campaign(name="Through the SDK")
    fetched = await instantly_client.campaigns.get(campaign["id"])
    assert fetched.name == "Through the SDK"
    (request,) = fake_instantly.requests_for("getCampaign")
    assert request.headers["Authorization"] == f"Bearer {fake_instantly.api_key}"
    assert request.status == 200

"""Sub-workspaces: `x-as-workspace` selects a declared sub-workspace's own data and rate-limit
windows; an undeclared id answers 403 before anything else happens."""

from __future__ import annotations

import aiohttp

from instantly_async.testing import FakeInstantly, RateLimits


async def test_each_sub_workspace_has_its_own_data() -> None:
    async with FakeInstantly(sub_workspaces=["ws-a"], rate_limits=False) as fake:
        fake.add_sub_workspace("ws-b")
        headers = {"Authorization": f"Bearer {fake.api_key}"}
        async with aiohttp.ClientSession(base_url=fake.base_url, headers=headers) as http:
            as_a = {"x-as-workspace": "ws-a"}
            async with http.post("/api/v2/lead-lists", json={"name": "A"}, headers=as_a) as r:
                assert r.status == 200
            async with http.get("/api/v2/lead-lists", headers=as_a) as r:
                assert [item["name"] for item in (await r.json())["items"]] == ["A"]
            async with http.get("/api/v2/lead-lists", headers={"x-as-workspace": "ws-b"}) as r:
                assert (await r.json())["items"] == []
            async with http.get("/api/v2/lead-lists") as r:  # the key's own workspace
                assert (await r.json())["items"] == []
        assert [row["name"] for row in fake.sub_workspaces["ws-a"].state.lead_lists.values()] == [
            "A"
        ]
        assert fake.state.lead_lists == {}


async def test_an_undeclared_workspace_is_refused() -> None:
    async with FakeInstantly(rate_limits=False) as fake:
        headers = {"Authorization": f"Bearer {fake.api_key}", "x-as-workspace": "other"}
        async with (
            aiohttp.ClientSession(base_url=fake.base_url, headers=headers) as http,
            http.post("/api/v2/lead-lists", json={"name": "A"}) as r,
        ):
            assert r.status == 403
            assert "other" in (await r.json())["message"]
        assert fake.state.lead_lists == {}


async def test_each_sub_workspace_has_its_own_rate_limit_windows() -> None:
    limits = RateLimits(per_second=None, per_minute=2)
    async with FakeInstantly(rate_limits=limits, sub_workspaces=["ws-a"]) as fake:
        headers = {"Authorization": f"Bearer {fake.api_key}"}
        async with aiohttp.ClientSession(base_url=fake.base_url, headers=headers) as http:

            async def status(workspace: str | None) -> int:
                extra = {"x-as-workspace": workspace} if workspace else {}
                async with http.get("/api/v2/lead-lists", headers=extra) as r:
                    return r.status

            assert [await status(None) for _ in range(3)] == [200, 200, 429]
            assert [await status("ws-a") for _ in range(3)] == [200, 200, 429]
        assert fake.rate_limited_count == 2
        fake.reset()
        assert fake.rate_limited_count == 0
        assert "ws-a" in fake.sub_workspaces  # declared workspaces stay, their data goes

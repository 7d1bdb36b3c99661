"""Thread pages: sorting, cursors, nesting to the max depth, reply paging, ETags, counts."""

from __future__ import annotations

import httpx

from rejoinder.domain.clock import FrozenClock
from tests.helpers import URI, error_code, page, post


async def _three(client: httpx.AsyncClient, clock: FrozenClock) -> list[dict]:
    made = []
    for text in ("one", "two", "three"):
        made.append(await post(client, text))
        clock.advance(10)
    return made


async def test_sort_newest_oldest_top(client: httpx.AsyncClient, clock: FrozenClock) -> None:
    one, two, three = await _three(client, clock)
    newest = [c["id"] for c in (await page(client, sort="newest"))["comments"]]
    oldest = [c["id"] for c in (await page(client, sort="oldest"))["comments"]]
    assert newest == [three["id"], two["id"], one["id"]]
    assert oldest == [one["id"], two["id"], three["id"]]
    await client.post(f"/api/v1/comments/{two['id']}/vote", json={"value": 1})
    await client.post(f"/api/v1/comments/{one['id']}/vote", json={"value": -1})
    top = [c["id"] for c in (await page(client, sort="top"))["comments"]]
    assert top == [two["id"], three["id"], one["id"]]


async def test_cursor_pagination_walks_every_comment_once(
    client: httpx.AsyncClient, clock: FrozenClock
) -> None:
    ids = []
    for n in range(7):
        ids.append((await post(client, f"c{n}"))["id"])
        clock.advance(1)
    for sort, expected in (("oldest", ids), ("newest", ids[::-1])):
        seen, cursor = [], None
        while True:
            params = {"sort": sort, "limit": 3, **({"cursor": cursor} if cursor else {})}
            body = await page(client, **params)
            seen += [c["id"] for c in body["comments"]]
            cursor = body["next_cursor"]
            if cursor is None:
                break
        assert seen == expected


async def test_bad_cursor_and_limits_are_400(client: httpx.AsyncClient) -> None:
    await post(client, "x")
    for params in ({"cursor": "garbage!"}, {"limit": 0}, {"limit": 1001}, {"sort": "random"}):
        response = await client.get(
            "/api/v1/comments", params={"site": "news", "uri": URI, **params}
        )
        assert response.status_code == 400, params
    newest_cursor = (await page(client, limit=1))["next_cursor"]
    assert newest_cursor is None
    first = await post(client, "y")
    body = await page(client, limit=1)
    response = await client.get(
        "/api/v1/comments",
        params={"site": "news", "uri": URI, "sort": "top", "cursor": body["next_cursor"]},
    )
    assert error_code(response) == "cursor.invalid"
    assert first["id"]


async def test_replies_nest_and_deep_replies_attach_at_max_depth(client: httpx.AsyncClient) -> None:
    chain = [await post(client, "depth 0")]
    for depth in range(1, 9):
        chain.append(await post(client, f"depth {depth}", parent_id=chain[-1]["id"]))
    level = (await page(client))["comments"][0]
    for depth in range(1, 6):
        [level] = level["replies"]
        assert level["html"] == f"<p>depth {depth}</p>"
    # Replies below the default max depth (6) are attached at depth 6, beside their parent.
    at_max = level["replies"]
    assert [c["html"] for c in at_max] == ["<p>depth 6</p>", "<p>depth 7</p>", "<p>depth 8</p>"]
    assert all(c["replies"] == [] for c in at_max)
    assert [c["reply_to_id"] for c in at_max] == [chain[5]["id"], chain[6]["id"], chain[7]["id"]]
    assert chain[8]["parent_id"] == chain[5]["id"]


async def test_reply_count_and_load_more_replies(
    client: httpx.AsyncClient, clock: FrozenClock
) -> None:
    root = await post(client, "root")
    reply_ids = []
    for n in range(5):
        clock.advance(1)
        reply_ids.append((await post(client, f"r{n}", parent_id=root["id"]))["id"])
    body = await page(client, replies=2)
    top = body["comments"][0]
    assert [r["id"] for r in top["replies"]] == reply_ids[:2]
    assert top["reply_count"] == 2 and top["replies_cursor"]
    more = await client.get(
        f"/api/v1/comments/{root['id']}/replies",
        params={"cursor": top["replies_cursor"], "limit": 2},
    )
    assert [r["id"] for r in more.json()["replies"]] == reply_ids[2:4]
    rest = await client.get(
        f"/api/v1/comments/{root['id']}/replies",
        params={"cursor": more.json()["next_cursor"], "limit": 2},
    )
    assert [r["id"] for r in rest.json()["replies"]] == reply_ids[4:]
    assert rest.json()["next_cursor"] is None
    full = (await page(client))["comments"][0]
    assert full["reply_count"] == 5 and full["replies_cursor"] is None
    not_top = await client.get(f"/api/v1/comments/{reply_ids[0]}/replies")
    assert error_code(not_top) == "comment.not_top_level"


async def test_reply_to_missing_or_foreign_parent(client: httpx.AsyncClient) -> None:
    other = await post(client, "elsewhere", uri="/other-story")
    response = await client.post(
        "/api/v1/comments",
        params={"site": "news", "uri": URI},
        json={"text": "x", "parent_id": other["id"]},
    )
    assert error_code(response) == "comment.parent_not_found"
    response = await client.post(
        "/api/v1/comments",
        params={"site": "news", "uri": URI},
        json={"text": "x", "parent_id": 424242},
    )
    assert error_code(response) == "comment.parent_not_found"


async def test_etag_gives_304_until_the_thread_changes(client: httpx.AsyncClient) -> None:
    await post(client, "first")
    response = await client.get("/api/v1/comments", params={"site": "news", "uri": URI})
    etag = response.headers["etag"]
    again = await client.get(
        "/api/v1/comments", params={"site": "news", "uri": URI}, headers={"If-None-Match": etag}
    )
    assert again.status_code == 304 and again.content == b""
    other_params = await client.get(
        "/api/v1/comments",
        params={"site": "news", "uri": URI, "sort": "top"},
        headers={"If-None-Match": etag},
    )
    assert other_params.status_code == 200
    await post(client, "second")
    changed = await client.get(
        "/api/v1/comments", params={"site": "news", "uri": URI}, headers={"If-None-Match": etag}
    )
    assert changed.status_code == 200 and len(changed.json()["comments"]) == 2


async def test_cached_page_reflects_votes(client: httpx.AsyncClient) -> None:
    created = await post(client, "vote me")
    assert (await page(client))["comments"][0]["votes"]["score"] == 0
    await client.post(f"/api/v1/comments/{created['id']}/vote", json={"value": 1})
    assert (await page(client))["comments"][0]["votes"] == {"up": 1, "down": 0, "score": 1}


async def test_unknown_site_and_empty_thread(client: httpx.AsyncClient) -> None:
    response = await client.get("/api/v1/comments", params={"site": "nope", "uri": URI})
    assert response.status_code == 404 and error_code(response) == "site.not_found"
    empty = await page(client, uri="/never-commented")
    assert empty == {
        "thread": {"uri": "/never-commented", "title": "", "count": 0, "closed": False},
        "comments": [],
        "next_cursor": None,
    }


async def test_absolute_uri_maps_to_the_same_thread(client: httpx.AsyncClient) -> None:
    await post(client, "via path", uri="/story?id=7")
    body = await page(client, uri="https://news.example/story?id=7#comments")
    assert len(body["comments"]) == 1


async def test_threads_only_for_allowed_origins(client: httpx.AsyncClient) -> None:
    response = await client.post(
        "/api/v1/comments",
        params={"site": "news", "uri": "https://evil.example/page"},
        json={"text": "x"},
    )
    assert response.status_code == 403 and error_code(response) == "thread.origin_denied"
    no_origin = await client.post(
        "/api/v1/comments",
        params={"site": "news", "uri": "/new"},
        json={"text": "x"},
        headers={"Origin": ""},
    )
    assert error_code(no_origin) == "thread.origin_denied"
    absolute = await client.post(
        "/api/v1/comments",
        params={"site": "news", "uri": "https://news.example/new"},
        json={"text": "x"},
        headers={"Origin": ""},
    )
    assert absolute.status_code == 201


async def test_counts_for_many_uris(client: httpx.AsyncClient) -> None:
    await post(client, "a", uri="/a")
    await post(client, "b", uri="/a")
    await post(client, "c", uri="/b")
    response = await client.post(
        "/api/v1/counts",
        params={"site": "news"},
        json={"uris": ["/a", "/b", "/c", "https://news.example/a"]},
    )
    assert response.json() == {"counts": {"/a": 2, "/b": 1, "/c": 0, "https://news.example/a": 2}}
    too_many = await client.post(
        "/api/v1/counts", params={"site": "news"}, json={"uris": ["/x"] * 201}
    )
    assert too_many.status_code == 400


async def test_config_and_preview(client: httpx.AsyncClient) -> None:
    config = (await client.get("/api/v1/config", params={"site": "news"})).json()
    assert config["site"] == "news" and config["edit_window_seconds"] == 900
    assert config["max_depth"] == 6 and config["require_email"] is False
    preview = await client.post("/api/v1/preview", json={"text": "*hi* <script>x</script>"})
    assert preview.json() == {"html": "<p><em>hi</em> &lt;script&gt;x&lt;/script&gt;</p>"}

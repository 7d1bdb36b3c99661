"""Creating, reading, editing and deleting comments over HTTP."""

from __future__ import annotations

import httpx

from rejoinder.composition import Services
from rejoinder.domain.clock import FrozenClock
from rejoinder.domain.model import Premoderation
from tests.helpers import URI, error_code, page, post


async def test_create_returns_comment_with_tokens_and_hides_email(
    client: httpx.AsyncClient,
) -> None:
    created = await post(
        client,
        "Hello **world**",
        author_name="Ann Example",
        author_email="ann@example.org",
        author_url="ann.example.org",
        title="Bridge vote",
    )
    assert created["html"] == "<p>Hello <strong>world</strong></p>"
    assert created["status"] == "published"
    assert created["author"] == {
        "name": "Ann Example",
        "url": "https://ann.example.org",
        "avatar": None,
    }
    assert created["edit_token"] and created["voter_token"]
    listed = await page(client)
    assert listed["thread"] == {"uri": URI, "title": "Bridge vote", "count": 1, "closed": False}
    assert "ann@example.org" not in str(listed) and "ann@example.org" not in str(created)
    assert "ip_prefix" not in str(listed)


async def test_guest_fields_are_validated(client: httpx.AsyncClient) -> None:
    cases = {
        "author.email_invalid": {"author_email": "not-an-email"},
        "author.url_invalid": {"author_url": "javascript:alert(1)"},
        "author.name_too_long": {"author_name": "x" * 81},
    }
    for code, fields in cases.items():
        response = await client.post(
            "/api/v1/comments", params={"site": "news", "uri": URI}, json={"text": "hi", **fields}
        )
        assert response.status_code == 400
        assert error_code(response) == code


async def test_site_requirements_for_name_and_email(
    client: httpx.AsyncClient, services: Services
) -> None:
    await services.sites.add("strict", ["https://strict.example"])
    async with services.store.write() as tx:  # no dashboard yet: set the policy directly
        from sqlalchemy import update

        from rejoinder.storage.sql.tables import sites

        await tx.conn.execute(  # type: ignore[attr-defined]
            update(sites)
            .where(sites.c.slug == "strict")
            .values(require_name=True, require_email=True)
        )
    services.sites._cache.clear()
    params = {"site": "strict", "uri": "/a"}
    headers = {"Origin": "https://strict.example"}
    response = await client.post(
        "/api/v1/comments", params=params, json={"text": "x"}, headers=headers
    )
    assert error_code(response) == "author.name_required"
    response = await client.post(
        "/api/v1/comments", params=params, json={"text": "x", "author_name": "Bo"}, headers=headers
    )
    assert error_code(response) == "author.email_required"


async def test_empty_and_overlong_text_are_refused(client: httpx.AsyncClient) -> None:
    response = await client.post(
        "/api/v1/comments", params={"site": "news", "uri": URI}, json={"text": "  \n "}
    )
    assert response.status_code == 400 and error_code(response) == "comment.empty"
    response = await client.post(
        "/api/v1/comments", params={"site": "news", "uri": URI}, json={"text": "a" * 10_001}
    )
    assert response.status_code == 400 and error_code(response) == "comment.too_long"


async def test_markdown_is_rendered_with_safe_links(client: httpx.AsyncClient) -> None:
    # A link in a new author's first comment waits for review (links.first_comment).
    created = await post(
        client,
        "[site](https://example.com) <b onclick=x>raw</b> [x](javascript:alert(1))",
        expect=202,
    )
    html = created["html"]
    assert '<a href="https://example.com" rel="nofollow ugc noopener">site</a>' in html
    assert "<b" not in html and "&lt;b onclick=x&gt;" in html
    assert 'href="javascript' not in html


async def test_get_one_comment(client: httpx.AsyncClient) -> None:
    created = await post(client, "one")
    response = await client.get(f"/api/v1/comments/{created['id']}")
    assert response.status_code == 200 and response.json()["html"] == "<p>one</p>"
    assert (await client.get("/api/v1/comments/999999")).status_code == 404


async def test_edit_within_window_with_token(client: httpx.AsyncClient) -> None:
    created = await post(client, "first version")
    url = f"/api/v1/comments/{created['id']}"
    denied = await client.patch(url, json={"text": "hijack"}, headers={"X-Edit-Token": "wrong"})
    assert denied.status_code == 403 and error_code(denied) == "comment.not_owner"
    missing = await client.patch(url, json={"text": "hijack"})
    assert missing.status_code == 403
    edited = await client.patch(
        url, json={"text": "second *version*"}, headers={"X-Edit-Token": created["edit_token"]}
    )
    assert edited.status_code == 200
    assert edited.json()["html"] == "<p>second <em>version</em></p>"
    assert edited.json()["edited_at"] is not None
    assert (await page(client))["comments"][0]["html"] == "<p>second <em>version</em></p>"


async def test_edit_window_closes(client: httpx.AsyncClient, clock: FrozenClock) -> None:
    created = await post(client, "hello")
    clock.advance(15 * 60 + 1)
    response = await client.patch(
        f"/api/v1/comments/{created['id']}",
        json={"text": "late"},
        headers={"X-Edit-Token": created["edit_token"]},
    )
    assert response.status_code == 403 and error_code(response) == "comment.edit_window_closed"
    response = await client.delete(
        f"/api/v1/comments/{created['id']}", headers={"X-Edit-Token": created["edit_token"]}
    )
    assert response.status_code == 403


async def test_delete_without_replies_removes_from_thread(client: httpx.AsyncClient) -> None:
    created = await post(client, "regret")
    response = await client.delete(
        f"/api/v1/comments/{created['id']}", headers={"X-Edit-Token": created["edit_token"]}
    )
    assert response.status_code == 200 and response.json()["status"] == "deleted"
    listed = await page(client)
    assert listed["comments"] == [] and listed["thread"]["count"] == 0


async def test_delete_with_replies_leaves_placeholder(client: httpx.AsyncClient) -> None:
    parent = await post(client, "parent text", author_name="Pat")
    await post(client, "a reply", parent_id=parent["id"])
    await client.delete(
        f"/api/v1/comments/{parent['id']}", headers={"X-Edit-Token": parent["edit_token"]}
    )
    listed = await page(client)
    [placeholder] = listed["comments"]
    assert placeholder["status"] == "deleted"
    assert placeholder["html"] == "" and placeholder["author"] is None
    assert placeholder["replies"][0]["html"] == "<p>a reply</p>"
    assert listed["thread"]["count"] == 1
    again = await client.delete(
        f"/api/v1/comments/{parent['id']}", headers={"X-Edit-Token": parent["edit_token"]}
    )
    assert again.status_code == 404


async def test_held_comment_is_pending_for_its_author_only(
    client: httpx.AsyncClient, services: Services
) -> None:
    await services.sites.add("held", ["https://held.example"], premoderation=Premoderation.ALL)
    response = await client.post(
        "/api/v1/comments",
        params={"site": "held", "uri": "/story"},
        json={"text": "wait for me"},
        headers={"Origin": "https://held.example"},
    )
    assert response.status_code == 202
    held = response.json()
    assert held["status"] == "pending" and held["edit_token"]
    listed = await client.get("/api/v1/comments", params={"site": "held", "uri": "/story"})
    assert listed.json()["comments"] == [] and listed.json()["thread"]["count"] == 0
    url = f"/api/v1/comments/{held['id']}"
    assert (await client.get(url)).status_code == 404
    mine = await client.get(url, headers={"X-Edit-Token": held["edit_token"]})
    assert mine.status_code == 200 and mine.json()["status"] == "pending"
    vote = await client.post(f"{url}/vote", json={"value": 1})
    assert vote.status_code == 404


async def test_first_comment_premoderation_trusts_returning_authors(
    client: httpx.AsyncClient, services: Services
) -> None:
    await services.sites.add("first", ["https://first.example"], premoderation=Premoderation.FIRST)
    params = {"site": "first", "uri": "/story"}
    headers = {"Origin": "https://first.example"}
    body = {"text": "hello", "author_name": "Rita", "author_email": "rita@example.org"}
    first = await client.post("/api/v1/comments", params=params, json=body, headers=headers)
    assert first.status_code == 202
    async with services.store.write() as tx:  # a moderator approves it (dashboard issue)
        from rejoinder.domain.model import CommentStatus

        await tx.set_status(first.json()["id"], CommentStatus.PUBLISHED)
    second = await client.post("/api/v1/comments", params=params, json=body, headers=headers)
    assert second.status_code == 201


async def test_decision_log_and_outbox_written_with_comment(
    client: httpx.AsyncClient, services: Services
) -> None:
    created = await post(client, "logged", author_email="a@example.org", notify="replies")
    async with services.store.read() as tx:
        decisions = await tx.decisions_for(created["id"])
        topics = await tx.outbox_topics()
    assert [d.verdict.value for d in decisions] == ["publish"]
    assert topics == ["comment.created"]


async def test_notify_needs_email(client: httpx.AsyncClient) -> None:
    response = await client.post(
        "/api/v1/comments",
        params={"site": "news", "uri": URI},
        json={"text": "x", "notify": "thread"},
    )
    assert response.status_code == 400 and error_code(response) == "notify.email_required"


async def test_anchor_is_stored_and_returned(client: httpx.AsyncClient) -> None:
    anchor = {
        "exact": "voted 7–4 on Tuesday",
        "prefix": "the city council ",
        "suffix": " to reopen",
    }
    created = await post(client, "Which councillors?", anchor=anchor)
    assert created["anchor"] == anchor
    assert (await page(client))["comments"][0]["anchor"] == anchor


async def test_inline_filter_lists_only_comments_on_passages(client: httpx.AsyncClient) -> None:
    anchor = {"exact": "voted 7–4", "prefix": "council ", "suffix": " on"}
    await post(client, "plain comment")
    on_passage = await post(client, "On this passage", anchor=anchor)
    await post(client, "a reply", parent_id=on_passage["id"])
    everything = await page(client)
    inline = await page(client, inline="true")
    assert len(everything["comments"]) == 2
    assert [c["id"] for c in inline["comments"]] == [on_passage["id"]]
    assert inline["comments"][0]["replies"][0]["html"] == "<p>a reply</p>"


async def test_closed_thread_refuses_posts(client: httpx.AsyncClient, services: Services) -> None:
    await post(client, "before closing")
    async with services.store.write() as tx:
        from sqlalchemy import update

        from rejoinder.storage.sql.tables import threads

        await tx.conn.execute(update(threads).values(closed=True))  # type: ignore[attr-defined]
    response = await client.post(
        "/api/v1/comments", params={"site": "news", "uri": URI}, json={"text": "late"}
    )
    assert response.status_code == 403 and error_code(response) == "thread.closed"
    assert (await page(client))["thread"]["closed"] is True


async def test_a_reply_quoting_abuse_to_answer_it_is_judged_on_its_own_words(
    client: httpx.AsyncClient,
) -> None:
    parent = await post(client, "Dalits should know their place, honestly.", expect=202)
    reply = "> Dalits should know their place\n\nTheir place is wherever they want to be."
    answered = await post(client, reply, parent_id=parent["id"], expect=None)
    assert answered["status"] == "published"
    # a line written as a quote of something the parent never said is the writer's own
    faked = "> Women belong in the kitchen\n\nJust quoting."
    held = await post(client, faked, parent_id=parent["id"], expect=202)
    assert held["status"] == "pending"
    # and without a parent, a quote is read as the writer's own words
    alone = await post(client, reply, expect=202)
    assert alone["status"] == "pending"
    # the site's word lists read the reply's own words too: a gaali quoted from the parent
    # to answer it is the parent's (the 702nd judgment set), one written anew is not
    gaali = await post(client, "ab ye gandu hero bacchon ko bhi bigadega", expect=202)
    answer = "> ab ye gandu hero bacchon ko bhi bigadega\n\ngaali dena band karo"
    quoted = await post(client, answer, parent_id=gaali["id"], expect=None)
    assert quoted["status"] == "published"
    own = await post(client, answer + ", gandu", parent_id=gaali["id"], expect=202)
    assert own["status"] == "pending"
    # an edit of the reply is judged as the reply was: the parent is looked up again
    edited = await client.patch(
        f"/api/v1/comments/{answered['id']}",
        json={"text": reply + " Shame."},
        headers={"X-Edit-Token": answered["edit_token"]},
    )
    assert edited.status_code == 200 and edited.json()["status"] == "published"

"""A site's export: every thread and comment, every status, parents before replies, on SQLite
and PostgreSQL."""

from __future__ import annotations

from typing import Any

import pytest

from rejoinder.composition import Services
from rejoinder.domain.errors import NotFound
from rejoinder.services import export
from rejoinder.services.comments import Draft, Poster
from rejoinder.services.votes import Reader
from tests.conftest import ORIGIN


async def _post(services: Services, uri: str, draft: Draft, site: str = "news") -> int:
    posted = await services.comments.submit(site, uri, draft, Poster("192.0.2.0/24", None, ORIGIN))
    return posted.comment.id


async def _records(services: Services, slug: str = "news") -> list[dict[str, Any]]:
    return [record async for record in services.export.records(slug)]


async def test_every_thread_and_comment_of_the_site_and_no_other(
    services: Services, site: str
) -> None:
    await services.sites.add("other", [ORIGIN])
    first = await _post(
        services,
        "/story",
        Draft(
            "A *fair* point about the bridge.",
            author_name="Asha",
            author_email="asha@example.org",
            author_url="https://asha.example",
            anchor_exact="the bridge vote",
            anchor_prefix="before ",
        ),
    )
    held = await _post(
        services, "/story", Draft("you stupid bitch, nobody wants you here", parent_id=first)
    )
    elsewhere = await _post(services, "/other-story", Draft("On another page"))
    await _post(services, "/story", Draft("Not this site's"), site="other")
    await services.votes.vote(first, Reader("a-reader", "198.51.100.0/24"), 1)

    header, *rest = await _records(services)
    assert header["format"] == "rejoinder-export" and header["version"] == 1
    assert header["site"] == {"slug": "news", "name": "The Daily Example", "origins": [ORIGIN]}
    threads = [r["thread"] for r in rest if "thread" in r]
    comments = [r["comment"] for r in rest if "comment" in r]
    assert [t["uri"] for t in threads] == ["/story", "/other-story"]
    assert rest == [{"thread": t} for t in threads] + [{"comment": c} for c in comments]
    assert [c["id"] for c in comments] == [first, held, elsewhere]
    by_id = {c["id"]: c for c in comments}
    assert by_id[first]["html"] == "<p>A <em>fair</em> point about the bridge.</p>"
    assert by_id[first]["text"] == "A *fair* point about the bridge."
    assert by_id[first]["author"] == {
        "name": "Asha",
        "email": "asha@example.org",
        "url": "https://asha.example",
    }
    assert by_id[first]["anchor"] == {"exact": "the bridge vote", "prefix": "before ", "suffix": ""}
    assert by_id[first]["votes"] == {"up": 1, "down": 0}
    assert by_id[first]["ip_prefix"] == "192.0.2.0/24"
    # a held reply is exported with its status, under its parent
    assert by_id[held]["status"] == "pending" and by_id[held]["parent_id"] == first
    assert by_id[held]["thread_id"] == by_id[first]["thread_id"] == threads[0]["id"]
    # what only the server needs is not in it
    assert all(set(c) >= {"id", "text"} and "edit_token_hash" not in c for c in comments)
    assert all("owner_key" not in c for c in comments)


async def test_a_long_history_is_read_a_page_at_a_time(
    services: Services, site: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(export, "PAGE", 2)
    posted = [await _post(services, f"/story-{n % 3}", Draft(f"Comment {n}")) for n in range(7)]
    records = await _records(services)
    assert [r["thread"]["uri"] for r in records if "thread" in r] == [
        "/story-0",
        "/story-1",
        "/story-2",
    ]
    assert [r["comment"]["id"] for r in records if "comment" in r] == posted


async def test_an_unknown_site_is_not_found(services: Services) -> None:
    with pytest.raises(NotFound):
        await _records(services, "nosuch")

"""The case Rejoinder is built for, over HTTP: an evening's guest comments under one
political story, a fifth of them abuse, posted one after another with the shipped default
policy (the news head included, as a POST decides)."""

from __future__ import annotations

import json
from pathlib import Path

import httpx

from tests.helpers import page, post

# The first judgment set (tests/moderation/data/README.md): 79 comments under a minister's
# budget, heated argument, jokes and insults of ministers beside 16 lines of abuse (slurs,
# threats, harassment; some in romanised Hindi).
EVENING = Path(__file__).parents[1] / "moderation" / "data" / "evening.jsonl"


async def test_an_evening_of_guest_comments_publishes_the_argument_and_holds_the_abuse(
    client: httpx.AsyncClient,
) -> None:
    lines = [json.loads(line) for line in EVENING.read_text(encoding="utf-8").splitlines()]
    created = [
        await post(client, line["text"], expect=None, author_name=f"Reader {n}")
        for n, line in enumerate(lines)
    ]
    held = {
        line["text"] for line, c in zip(lines, created, strict=True) if c["status"] == "pending"
    }
    assert held == {line["text"] for line in lines if line["label"] == 1}  # 16
    published = {c["id"] for c in created if c["status"] == "published"}
    assert len(published) == len(lines) - len(held)  # all 63 others, none refused
    thread = await page(client, limit=100)
    assert {comment["id"] for comment in thread["comments"]} == published
    assert thread["thread"]["count"] == len(published)

"""Every h5sc and DOMPurify payload, posted as a comment body and as a name, rendered by the
widget in chromium: no script runs, the canary is untouched, no CSP violation is reported."""

from __future__ import annotations

import json
import sqlite3
import uuid
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import expect

from tests.browser.conftest import Readers, Sites
from tests.browser.test_widget import comments, widget

XSS = Path(__file__).parents[2] / ".." / "shared" / "data" / "security" / "xss"
CORPORA = [XSS / "h5sc" / "h5sc_items.jsonl", XSS / "dompurify" / "expect.jsonl"]
NAME_CAP = 80


def payloads() -> list[str]:
    if not all(path.exists() for path in CORPORA):
        pytest.fail(f"the shared XSS corpora are missing at {XSS}")
    return [
        json.loads(line)["payload"]
        for path in CORPORA
        for line in path.read_text(encoding="utf-8").split("\n")
        if line.strip()
    ]


def _code(response: httpx.Response) -> str:
    return str(response.json()["error"]["code"]) if response.status_code >= 400 else ""


def _post_all(sites: Sites, uri: str, bodies: list[str]) -> list[str]:
    """Post each payload as body and name; return the ones refused as empty (nothing to show)."""
    params = {"site": "news", "uri": uri}
    empty = []
    with httpx.Client(base_url=sites.rejoinder, headers={"Origin": sites.publisher}) as http:
        for body in bodies:
            comment = {"text": body, "author_name": body[:NAME_CAP]}
            response = http.post("/api/v1/comments", params=params, json=comment)
            if _code(response).startswith("author."):  # a name the rules refuse
                comment["author_name"] = "x"
                response = http.post("/api/v1/comments", params=params, json=comment)
            if _code(response) == "comment.empty":
                empty.append(body)
                continue
            # Moderation may hold or reject a payload; it is published below regardless.
            assert response.status_code in {201, 202, 403}, response.text
    return empty


def _publish_everything(database: Path, uri: str) -> int:
    """Make moderation's verdicts irrelevant: every payload must be shown, and safe."""
    with sqlite3.connect(database) as db:
        (thread_id,) = db.execute("SELECT id FROM threads WHERE uri = ?", (uri,)).fetchone()
        db.execute("UPDATE comments SET status = 'published' WHERE thread_id = ?", (thread_id,))
        (count,) = db.execute(
            "SELECT count(*) FROM comments WHERE thread_id = ?", (thread_id,)
        ).fetchone()
        db.execute(
            "UPDATE threads SET comment_count = ?, revision = revision + 1 WHERE id = ?",
            (count, thread_id),
        )
    return int(count)


def test_no_payload_runs_script_in_the_widget(sites: Sites, readers: Readers) -> None:
    story = f"xss-{uuid.uuid4().hex[:8]}"
    uri = f"/news/{story}"
    bodies = payloads()
    assert len(bodies) == 372
    empty = _post_all(sites, uri, bodies)
    assert all(not body.strip() or len(body) < 40 for body in empty), empty
    stored = _publish_everything(sites.database, uri)
    assert stored == len(bodies) - len(empty)
    page = readers.new()
    page.goto(sites.article(story, page_size="1000"))
    expect(widget(page).locator("h2")).to_have_text(f"{stored} comments")
    expect(comments(page)).to_have_count(stored)
    page.wait_for_timeout(1500)  # let any delayed handler, animation or image error fire
    assert page.evaluate("window.__canary") == "intact"
    assert page.evaluate("window.__xss") == []
    assert page.evaluate("window.__cspViolations") == []
    names = widget(page).locator(".rj-author")
    assert names.first.inner_text()  # names render as text
    scripts = page.evaluate(
        """() => {
          const root = document.getElementById('rejoinder-thread').shadowRoot;
          const all = [...root.querySelectorAll('*')];
          return {
            scripts: root.querySelectorAll('script, iframe, object, embed, form[action]').length,
            handlers: all.filter(el => [...el.attributes].some(a => /^on/i.test(a.name))).length,
            jsUrls: all.filter(el => [...el.attributes].some(a =>
              /^\\s*(javascript|data|vbscript):/i.test(a.value) && /href|src|action/i.test(a.name)
            )).length,
          };
        }"""
    )
    assert scripts == {"scripts": 0, "handlers": 0, "jsUrls": 0}

"""The dashboard in Debian's chromium: a held comment's reasons and spans, keyboard approval,
a ban from the comment page, and the XSS corpus rendered in the queue."""

from __future__ import annotations

import json
import re
import uuid

import httpx
from playwright.sync_api import Page, expect

from tests.browser.conftest import (
    MODERATOR,
    MODERATOR_PASSWORD,
    Readers,
    Sites,
    serious_accessibility_violations,
)
from tests.browser.test_widget import card, comments, main_form, open_thread, post, widget
from tests.browser.test_widget_xss import CORPORA


def log_in(page: Page, sites: Sites, next_path: str = "/admin/queue/pending") -> None:
    page.goto(f"{sites.rejoinder}{next_path}")
    page.get_by_label("Email").fill(MODERATOR)
    page.get_by_label("Password").fill(MODERATOR_PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page.locator("form.logout")).to_be_visible()


def test_held_comment_is_explained_approved_by_keyboard_and_shown(
    sites: Sites, readers: Readers
) -> None:
    story = f"held-{uuid.uuid4().hex[:8]}"
    author = readers.new()
    open_thread(author, sites.article(story))
    post(main_form(author), "Another r4ghead ruining the bridge", "Ana")
    expect(card(comments(author).first).locator(".rj-badge")).to_have_text("Awaiting moderation")

    moderator = readers.new()
    log_in(moderator, sites, f"/admin/queue/pending?q={story}")
    moderator.goto(f"{sites.rejoinder}/admin/queue/pending?q=r4ghead")
    item = moderator.locator("article.item").filter(has_text="ruining the bridge")
    # the slur's mark (the news head may mark words of its own beside it)
    slur = item.locator("mark", has_text="r4ghead")
    expect(slur).to_have_count(1)
    expect(slur).to_have_attribute("title", re.compile(r"^words\.suspect, identity_attack\.slur"))
    expect(item.locator("code.reason")).to_contain_text(["words.suspect"])
    moderator.locator("body").press("j")
    expect(item).to_be_focused()
    moderator.keyboard.press("a")
    expect(moderator.locator(".flash")).to_contain_text("approve done")
    expect(moderator.locator("article.item").filter(has_text="ruining the bridge")).to_have_count(0)

    reader = readers.new()
    open_thread(reader, sites.article(story))
    expect(card(comments(reader).first).locator(".rj-body")).to_contain_text("ruining the bridge")
    expect(widget(reader).locator("h2")).to_have_text("1 comment")


def test_ban_from_the_comment_page_refuses_the_next_comment(sites: Sites, readers: Readers) -> None:
    story = f"ban-{uuid.uuid4().hex[:8]}"
    troll = readers.new()
    open_thread(troll, sites.article(story))
    post(main_form(troll), "First provocation", "Troll", author_email="troll@example.org")
    expect(comments(troll)).to_have_count(1)
    with httpx.Client(base_url=sites.rejoinder) as http:
        listed = http.get(
            "/api/v1/comments", params={"site": "news", "uri": f"/news/{story}"}
        ).json()
    comment_id = listed["comments"][0]["id"]

    moderator = readers.new()
    log_in(moderator, sites, f"/admin/comments/{comment_id}")
    ban = moderator.locator("form.ban")
    ban.get_by_label("Who").select_option("email:troll@example.org")
    ban.get_by_label("For").select_option("7d")
    ban.get_by_label("Reason").fill("provocations")
    ban.get_by_role("button", name="Ban").click()
    expect(moderator.locator(".flash")).to_contain_text("Banned troll@example.org")

    post(main_form(troll), "Second provocation", "Troll", author_email="troll@example.org")
    expect(main_form(troll).locator(".rj-error")).to_have_text("You cannot post here.")
    other = readers.new()
    open_thread(other, sites.article(story))
    expect(comments(other)).to_have_count(1)
    moderator.goto(f"{sites.rejoinder}/admin/audit?action=author.ban")
    expect(moderator.locator("table.audit tbody tr").first).to_contain_text(MODERATOR)


def test_xss_corpus_in_the_queue_runs_no_script(sites: Sites, readers: Readers) -> None:
    story = f"xss-queue-{uuid.uuid4().hex[:8]}"
    payloads = [json.loads(line)["payload"] for line in CORPORA[0].read_text().split("\n") if line]
    params = {"site": "held", "uri": f"/held/{story}"}
    with httpx.Client(base_url=sites.rejoinder, headers={"Origin": sites.publisher}) as http:
        for body in payloads:
            sent = {"text": body, "author_name": body[:80]}
            response = http.post("/api/v1/comments", params=params, json=sent)
            if response.status_code == 400:
                sent["author_name"] = "x"
                response = http.post("/api/v1/comments", params=params, json=sent)
            assert response.status_code in {202, 400, 403}, response.text
    moderator = readers.new()
    log_in(moderator, sites)
    seen = 0
    for offset in range(0, len(payloads) + 50, 50):
        moderator.goto(f"{sites.rejoinder}/admin/queue/pending?site=held&offset={offset}")
        seen += moderator.locator("article.item").count()
        moderator.wait_for_timeout(300)
    assert seen >= len(payloads) - 2  # all but the blank payloads reached the queue
    # The Readers fixture then checks: no alert/confirm/prompt, no CSP violation report.
    assert moderator.evaluate("window.__canary") == "intact"


def test_dashboard_has_no_serious_accessibility_violations(sites: Sites, readers: Readers) -> None:
    params = {"site": "held", "uri": f"/held/a11y-{uuid.uuid4().hex[:8]}"}
    with httpx.Client(base_url=sites.rejoinder, headers={"Origin": sites.publisher}) as http:
        held = http.post("/api/v1/comments", params=params, json={"text": "Held for the check"})
        assert held.status_code == 202
    page = readers.new(bypass_csp=True)  # axe is injected as an inline script
    log_in(page, sites)
    pages = ("/admin/queue/pending", f"/admin/comments/{held.json()['id']}", "/admin/audit")
    for path in (*pages, "/admin/bans", "/admin/sites/news", "/admin/account"):
        page.goto(f"{sites.rejoinder}{path}")
        serious = serious_accessibility_violations(page)
        assert serious == [], (path, serious)

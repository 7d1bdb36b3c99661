"""The demo (`rejoinder demo`) in Debian's chromium: the article with the widget, and the
listing page whose count script fills in comment counts."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import Readers
from tests.browser.test_widget import card, comments, main_form, post, widget
from tests.helpers import free_port, wait_until_serving


@pytest.fixture(scope="module")
def demo_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("demo")
    port = free_port()
    log = folder / "log"
    process = subprocess.Popen(
        [sys.executable, "-m", "rejoinder", "demo", "--port", str(port), "--dir", str(folder)],
        stdout=log.open("wb"),
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}/demo/"
    wait_until_serving(url, process, str(log))
    yield url
    process.terminate()
    process.wait(timeout=10)


def test_visitor_posts_and_replies_on_the_demo_article(demo_url: str, readers: Readers) -> None:
    page: Page = readers.new()
    page.goto(demo_url)
    expect(page.locator("h1")).to_contain_text("river bridge")
    expect(widget(page).locator("h2")).to_have_text("4 comments")  # the opening comments
    marker = page.locator("article").get_by_role("button", name="1 comment on this passage")
    expect(marker).to_be_visible()
    answers = page.locator("article").get_by_role("button", name="1 answer to this question")
    expect(answers).to_be_visible()

    post(main_form(page), "The **buses** will be faster, the east bank loses out.", "Visitor")
    mine = card(comments(page).first)
    expect(mine.locator(".rj-body strong")).to_have_text("buses")
    expect(widget(page).locator("h2")).to_have_text("5 comments")
    mine.get_by_role("button", name="Reply to Visitor").click()
    post(comments(page).first.locator("form"), "Not all of it: route 31 crosses there.")
    reply = comments(page).first.locator(".rj-replies article")
    expect(reply.locator(".rj-body")).to_have_text("Not all of it: route 31 crosses there.")
    expect(widget(page).locator("h2")).to_have_text("6 comments")

    page.goto(demo_url.replace("/demo/", "/demo/latest/"))
    counts = page.locator("[data-rejoinder-count]")
    expect(counts.first).to_have_text("6 comments")
    expect(counts.nth(1)).to_have_text("0 comments")
    assert re.search(r"count\.js", page.content())

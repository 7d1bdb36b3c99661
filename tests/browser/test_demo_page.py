"""The demo article in Debian's chromium: a visitor posts, replies and votes."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect, sync_playwright

from tests.helpers import free_port, wait_until_serving

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


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


@pytest.fixture
def browser() -> Iterator[Browser]:
    if not Path(CHROMIUM).exists():
        pytest.fail("Debian's chromium is missing: `make test` installs it")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    """A reader's page (its own context: its own local storage), failing on any script error."""
    context = browser.new_context()
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    yield page
    context.close()
    assert errors == []


def test_visitor_posts_replies_and_another_votes(
    demo_url: str, page: Page, browser: Browser
) -> None:
    page.goto(demo_url)
    expect(page.locator("h1")).to_contain_text("river bridge")
    form = page.locator("#comment-form")
    form.locator("textarea").fill("The **buses** will be faster, the east bank loses out.")
    form.locator("input[name=author_name]").fill("Ana")
    form.get_by_role("button", name="Post comment").click()
    comment = page.locator("#thread > li.comment").first
    expect(comment.locator(":scope > .body strong")).to_have_text("buses")
    expect(comment.locator(":scope > header .author")).to_have_text("Ana")
    expect(page.locator("#comment-count")).to_have_text("1")

    comment.get_by_role("button", name="Reply").click()
    reply_form = comment.locator("form")
    reply_form.locator("textarea").fill("Not all of it: route 31 crosses there.")
    reply_form.get_by_role("button", name="Post reply").click()
    reply = page.locator("#thread > li.comment .replies li.comment").first
    expect(reply.locator(".body")).to_contain_text("route 31")
    expect(page.locator("#comment-count")).to_have_text("2")

    reply.get_by_role("button", name="Vote up").click()  # one's own comment: refused
    expect(reply.locator(".votes")).to_have_attribute(
        "title", "You cannot vote on your own comment."
    )

    other = browser.new_context().new_page()
    other.goto(demo_url)
    theirs = other.locator("#thread > li.comment .replies li.comment").first
    theirs.get_by_role("button", name="Vote up").click()
    expect(theirs.locator(".votes")).to_have_text("1")
    other.context.close()


def test_script_in_a_comment_stays_text(demo_url: str, page: Page) -> None:
    page.goto(demo_url)
    page.evaluate("window.__pwned = false")
    form = page.locator("#comment-form")
    form.locator("textarea").fill(
        '<img src=x onerror="window.__pwned = true"><script>window.__pwned = true</script>'
    )
    form.get_by_role("button", name="Post comment").click()
    expect(page.locator("#thread > li.comment").first.locator(":scope > .body")).to_contain_text(
        "<script>"
    )
    assert page.evaluate("window.__pwned") is False

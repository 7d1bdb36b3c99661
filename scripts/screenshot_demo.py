"""Regenerate docs/images/demo.png and dashboard.png: `rejoinder demo` in Debian's chromium.

Run from the repository root with the project's venv: `.venv/bin/python scripts/screenshot_demo.py`.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from playwright.sync_api import Page, sync_playwright

from rejoinder.demo import DEMO_MODERATOR, DEMO_PASSWORD

PORT = 8765
OUT = Path("docs/images/demo.png")
DASHBOARD = Path("docs/images/dashboard.png")


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        server = subprocess.Popen(  # noqa: S603 (our own interpreter and module)
            [sys.executable, "-m", "rejoinder", "demo", "--port", str(PORT), "--dir", folder],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.STDOUT,
        )
        try:
            for _ in range(100):
                try:
                    urllib.request.urlopen(f"http://127.0.0.1:{PORT}/demo/")
                    break
                except OSError:
                    time.sleep(0.1)
            shoot(f"http://127.0.0.1:{PORT}/demo/")
        finally:
            server.terminate()
            server.wait()


def shoot(url: str) -> None:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium", args=["--no-sandbox", "--disable-gpu"]
        )
        page = browser.new_page(viewport={"width": 960, "height": 900}, device_scale_factor=1)
        page.goto(url)
        page.locator("#rejoinder-thread h2").wait_for()
        # A reader selects a passage: the "Comment on this passage" button appears.
        page.evaluate(
            """() => {
              const phrase = 'prompted the closure';
              const node = [...document.querySelectorAll('article p')]
                .map((p) => p.firstChild).find((n) => n.data.includes(phrase));
              const at = node.data.indexOf(phrase);
              const range = document.createRange();
              range.setStart(node, at);
              range.setEnd(node, at + phrase.length);
              getSelection().addRange(range);
            }"""
        )
        page.wait_for_timeout(600)
        page.locator("article p").nth(1).scroll_into_view_if_needed()
        page.screenshot(path=str(OUT), full_page=True)
        shoot_dashboard(browser.new_page(viewport={"width": 1100, "height": 1000}), url)
        browser.close()


def shoot_dashboard(page: Page, url: str) -> None:
    page.goto(url.replace("/demo/", "/admin/queue/pending"))
    page.get_by_label("Email").fill(DEMO_MODERATOR)
    page.get_by_label("Password").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.locator("article.item").first.wait_for()
    page.keyboard.press("j")  # the keyboard selection, as a moderator works
    page.screenshot(path=str(DASHBOARD), full_page=True)


if __name__ == "__main__":
    main()

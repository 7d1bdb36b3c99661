"""Browser fixtures: Debian's chromium, a real Rejoinder server, and a publisher's site.

The publisher's pages are served from another origin than Rejoinder, with a strict Content
Security Policy, as a newspaper would embed the widget: every browser test crosses origins.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect, sync_playwright

from tests.helpers import free_port, wait_until_serving
from tests.test_cli import SECRET, rejoinder

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
ARTICLE = [
    "After fourteen months of closure, the city council voted 7–4 on Tuesday to reopen the "
    "Old Mill Bridge to buses, bicycles and emergency vehicles only.",
    "Supporters called the decision a cheap way to speed up the two busiest bus lines in the "
    "city. Opponents said it punishes residents of the east bank.",
    "A review of the arrangement is scheduled for next autumn, with monthly figures on bus "
    "punctuality and detour congestion.",
]
# The machines are shared and noisy: wait longer than Playwright's default 5 s for a change.
expect.set_options(timeout=15_000)
MODERATOR = "chief@ledger.example"
MODERATOR_PASSWORD = "a long and secret password"
QUESTION = "Should cars be allowed back on the bridge at night?"
# Records what a successful injection would do, before any page script runs.
WATCHDOG = """
window.__xss = [];
window.__canary = 'intact';
window.__cspViolations = [];
for (const name of ['alert', 'confirm', 'prompt', 'print']) {
  window[name] = (...args) => { window.__xss.push(name + ':' + args.join(',')); };
}
document.addEventListener('securitypolicyviolation', (event) => {
  window.__cspViolations.push(event.violatedDirective + ' ' + event.blockedURI);
});
"""


@dataclass(frozen=True)
class Sites:
    """Where things are: Rejoinder's base URL, the publisher's, and the database file."""

    rejoinder: str
    publisher: str
    database: Path

    def article(self, slug: str, site: str = "news", **options: str) -> str:
        query = "&".join(f"{key}={value}" for key, value in options.items())
        return f"{self.publisher}/{site}/{slug}" + (f"?{query}" if query else "")


def _article_page(rejoinder_url: str, site: str, path: str, options: dict[str, str]) -> bytes:
    paragraphs = list(ARTICLE)
    if options.get("edit") == "small":  # the passage itself edited a little
        paragraphs[0] = paragraphs[0].replace("voted 7–4 on Tuesday", "voted 7 to 4 on Tuesday")
    if options.get("edit") == "gone":
        paragraphs[0] = "The council's decision is covered in our earlier report."
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    thread_attrs = " ".join(
        f'data-{key.replace("_", "-")}="{value}"'
        for key, value in options.items()
        if key in {"lang", "theme", "page_size"}
    )
    article_attr = "" if options.get("plain") else " data-rejoinder-article"
    spacer = '<div style="height: 4000px"></div>' if options.get("plain") else ""
    background = "#111" if options.get("dark") else "#fff"
    page_background = "" if options.get("transparent") else f"background: {background};"
    color = "#eee" if options.get("dark") else "#111"
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Bridge vote</title>
<style>body {{ {page_background} color: {color}; font-family: serif; }}</style>
</head><body><main>
<h1>Council reopens the bridge</h1>
<article{article_attr}>{body}
<p data-rejoinder-question="{QUESTION}">{QUESTION}</p></article>
{spacer}<section><div id="rejoinder-thread" {thread_attrs}></div></section>
</main>
<script src="{rejoinder_url}/embed.js" data-site="{site}" data-uri="{path}" async></script>
</body></html>""".encode()


def _publisher(rejoinder_url: str) -> type[BaseHTTPRequestHandler]:
    class Publisher(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            parts = urlsplit(self.path)
            site, _, slug = parts.path.strip("/").partition("/")
            options = {k: v[0] for k, v in parse_qs(parts.query).items()}
            page = _article_page(rejoinder_url, site, f"/{site}/{slug}", options)
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            # 'unsafe-inline' for this page's own <style> only; scripts from Rejoinder alone.
            self.send_header(
                "Content-Security-Policy",
                f"default-src 'none'; script-src {rejoinder_url}; "
                f"style-src 'unsafe-inline' {rejoinder_url}; connect-src {rejoinder_url}; "
                "img-src data:",
            )
            self.end_headers()
            self.wfile.write(page)

        def log_message(self, format: str, *args: object) -> None:
            pass

    return Publisher


@pytest.fixture(scope="session")
def sites(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Sites]:
    folder = tmp_path_factory.mktemp("widget")
    database = folder / "widget.sqlite3"
    publisher = ThreadingHTTPServer(("127.0.0.1", 0), BaseHTTPRequestHandler)
    publisher_url = f"http://127.0.0.1:{publisher.server_address[1]}"
    port = free_port()
    rejoinder_url = f"http://localhost:{port}"
    publisher.RequestHandlerClass = _publisher(rejoinder_url)
    threading.Thread(target=publisher.serve_forever, daemon=True).start()
    env = {
        **os.environ,
        "REJOINDER_DATABASE_URL": f"sqlite:///{database}",
        "REJOINDER_SECRET_KEY": SECRET,
        "REJOINDER_RATE_LIMITS": "off",
    }
    assert rejoinder("db", "upgrade", env=env).returncode == 0
    for slug, mode in (("news", "none"), ("held", "all")):
        added = rejoinder(
            "site", "add", slug, "--origin", publisher_url, "--premoderate", mode, env=env
        )
        assert added.returncode == 0, added.stderr
    password = folder / "password"
    password.write_text(MODERATOR_PASSWORD)
    added = rejoinder(
        "user", "add", MODERATOR, "--role", "admin", "--password-file", str(password), env=env
    )
    assert added.returncode == 0, added.stderr
    log = folder / "server.log"
    process = subprocess.Popen(
        [sys.executable, "-m", "rejoinder", "serve", "--port", str(port)],
        env=env,
        stdout=log.open("wb"),
        stderr=subprocess.STDOUT,
    )
    wait_until_serving(f"{rejoinder_url}/api/v1/health", process, str(log))
    yield Sites(rejoinder_url, publisher_url, database)
    process.terminate()
    process.wait(timeout=10)
    publisher.shutdown()


# Per module, not per session: Playwright's sync API holds an event loop open while it runs,
# and the rest of the suite needs asyncio.run().
@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if not Path(CHROMIUM).exists():
        pytest.fail("Debian's chromium is missing: `make test` installs it")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


AXE = Path(__file__).parents[2] / "frontend" / "node_modules" / "axe-core" / "axe.min.js"


def serious_accessibility_violations(page: Page) -> list[str]:
    """axe-core's serious and critical findings on the page (open shadow roots included).

    axe is injected as an inline script: the page's context needs `bypass_csp=True`.
    """
    page.add_script_tag(path=str(AXE))
    found = page.evaluate("async () => (await axe.run(document)).violations")
    return [
        f"{v['id']}: {v['help']} ({len(v['nodes'])})"
        for v in found
        if v["impact"] in {"serious", "critical"}
    ]


class Readers:
    """Each reader is a browser context of its own (own local storage), watched for errors."""

    def __init__(self, browser: Browser) -> None:
        self.browser = browser
        self.contexts: list[BrowserContext] = []
        self.errors: list[str] = []

    def new(self, **options: object) -> Page:
        context = self.browser.new_context(**options)  # type: ignore[arg-type]
        context.add_init_script(WATCHDOG)
        self.contexts.append(context)
        page = context.new_page()
        page.on("pageerror", lambda exc: self.errors.append(str(exc)))
        return page


@pytest.fixture
def readers(browser: Browser) -> Iterator[Readers]:
    readers = Readers(browser)
    yield readers
    pages = [page for context in readers.contexts for page in context.pages]
    for page in pages:
        assert page.evaluate("window.__xss") == []
        assert page.evaluate("window.__cspViolations") == []
    for context in readers.contexts:
        context.close()
    assert readers.errors == []

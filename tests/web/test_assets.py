"""The reader-facing assets: built from frontend/, inside the size budget, served well."""

from __future__ import annotations

import gzip
import hashlib
import shutil
import subprocess
from pathlib import Path

import httpx
import pytest

from tests.helpers import error_code

ROOT = Path(__file__).parents[2]
STATIC = ROOT / "src" / "rejoinder" / "web" / "static"
LOADER_BUDGET = 3 * 1024
THREAD_BUDGET = 20 * 1024  # everything a reader downloads for a thread: JS + CSS


def gzipped(name: str) -> int:
    return len(gzip.compress((STATIC / name).read_bytes(), 9))


def test_committed_assets_are_what_the_sources_build() -> None:
    node = shutil.which("node")
    if node is None or not (ROOT / "frontend" / "node_modules" / "esbuild").exists():
        pytest.fail("node and frontend/node_modules are needed: `make test` installs them")
    check = subprocess.run(
        [node, "frontend/build.mjs", "--check"], cwd=ROOT, capture_output=True, text=True
    )
    assert check.returncode == 0, check.stderr


def test_size_budget() -> None:
    loader = gzipped("embed.js")
    thread = loader + gzipped("widget.js") + gzipped("widget.css")
    print(f"loader {loader} B, thread {thread} B gzipped")  # quoted in docs/widget.md
    assert loader <= LOADER_BUDGET
    assert thread <= THREAD_BUDGET


async def test_loader_is_served_compressed_with_a_short_cache(
    client: httpx.AsyncClient,
) -> None:
    response = await client.get("/embed.js", headers={"Accept-Encoding": "gzip"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/javascript")
    assert response.headers["content-encoding"] == "gzip"
    assert response.headers["cache-control"] == "public, max-age=300"
    assert response.headers["cross-origin-resource-policy"] == "cross-origin"
    assert response.content == (STATIC / "embed.js").read_bytes()
    again = await client.get("/embed.js", headers={"If-None-Match": response.headers["etag"]})
    assert again.status_code == 304


async def test_widget_is_cached_for_a_year_and_nothing_else_is_served(
    client: httpx.AsyncClient,
) -> None:
    for name in ("widget.js", "widget.css"):
        response = await client.get(f"/static/{name}", params={"v": "abc"})
        assert response.status_code == 200
        assert "immutable" in response.headers["cache-control"]
    count = await client.get("/count.js")
    assert count.status_code == 200 and b"rejoinder-count" in count.content
    for path in ("/static/build.mjs", "/static/..%2Fapp.py", "/static/embed.js"):
        missing = await client.get(path)
        assert missing.status_code == 404 and error_code(missing) == "route.not_found"


def test_loader_asks_for_the_widget_by_its_content_hash() -> None:
    loader = (STATIC / "embed.js").read_text()
    digest = hashlib.sha256(
        (STATIC / "widget.js").read_bytes() + (STATIC / "widget.css").read_bytes()
    )
    assert digest.hexdigest()[:12] in loader

"""Every payload of the shared XSS and markdown corpora, posted and edited through the API.

The stored HTML is parsed as a browser would (html5lib) and checked against the allowlist:
no script, no event handler, no javascript:/data: URL, no element or attribute not listed.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from bs4 import BeautifulSoup, Comment, Tag

from rejoinder.domain.markup import ALLOWED_ATTRIBUTES, ALLOWED_TAGS, ALLOWED_URL_SCHEMES, LINK_REL
from rejoinder.domain.rules import MAX_TEXT_CHARS
from tests.helpers import URI

CORPORA = Path(__file__).parents[2] / ".." / "shared" / "data" / "security"
JSONL_FIELDS = {"payload", "markdown"}
PARSER_WRAPPERS = {"html", "head", "body"}
_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*):")


def _jsonl(path: Path) -> Iterator[str]:
    for line in path.read_text(encoding="utf-8").split("\n"):
        if line.strip():
            record = json.loads(line)
            yield from (str(record[f]) for f in JSONL_FIELDS if f in record)


def _payloads(folder: Path) -> Iterator[str]:
    for path in sorted(folder.rglob("*")):
        if not path.is_file() or path.name in {"LICENSE", "SOURCE.txt", "COPYING", "README.txt"}:
            continue
        if path.suffix == ".jsonl":
            yield from _jsonl(path)
        elif path.suffix == ".txt" and path.parent.name != "pathological":
            yield from (
                line for line in path.read_text(errors="replace").split("\n") if line.strip()
            )
        elif path.suffix not in {".orig", ".py"}:
            # Whole files (SVG vectors, pathological markdown): as much as one comment may hold.
            yield path.read_text(errors="replace")[:MAX_TEXT_CHARS]


def corpus() -> list[str]:
    if not CORPORA.is_dir():
        pytest.fail(f"the shared security corpora are missing at {CORPORA}")
    found = list(_payloads(CORPORA / "xss")) + list(_payloads(CORPORA / "markdown"))
    return list(dict.fromkeys(p.replace("\x00", "") for p in found if p.strip()))


def _scheme(url: str) -> str | None:
    """The scheme a browser would read: it drops whitespace and controls, as the URL spec says."""
    match = _SCHEME.match("".join(ch for ch in url if ch > " "))
    return match.group(1).lower() if match else None


def violations(html: str) -> list[str]:
    """What in `html` a browser would parse into something outside the allowlist."""
    found = []
    soup = BeautifulSoup(html, "html5lib")
    if soup.find_all(string=lambda node: isinstance(node, Comment)):
        found.append("html comment")
    for tag in soup.find_all(True):
        assert isinstance(tag, Tag)
        if tag.name in PARSER_WRAPPERS:
            continue
        if tag.name not in ALLOWED_TAGS:
            found.append(f"element <{tag.name}>")
        allowed = ALLOWED_ATTRIBUTES.get(tag.name, set()) | ({"rel"} if tag.name == "a" else set())
        for name, value in tag.attrs.items():
            text = " ".join(value) if isinstance(value, list) else str(value)
            if name.lower().startswith("on"):
                found.append(f"event handler {name}")
            if name not in allowed:
                found.append(f"attribute {name} on <{tag.name}>")
            if name in {"href", "src", "action", "formaction", "xlink:href"}:
                scheme = _scheme(text)
                if scheme is not None and scheme not in ALLOWED_URL_SCHEMES:
                    found.append(f"{scheme}: URL")
        if (
            tag.name == "a"
            and tag.get("href") is not None
            and " ".join(tag.get("rel") or []) != LINK_REL
        ):
            found.append("link without rel=nofollow ugc noopener")
    return found


def test_checker_catches_what_it_should() -> None:
    assert violations("<p>fine <a href='https://x' rel='nofollow ugc noopener'>x</a></p>") == []
    assert "element <script>" in violations("<script>alert(1)</script>")
    assert "event handler onerror" in violations("<p onerror=x>")
    assert "javascript: URL" in violations(
        "<a href=' java\tscript:alert(1)' rel='nofollow ugc noopener'>"
    )
    assert "data: URL" in violations("<a href='data:text/html,x' rel='nofollow ugc noopener'>")
    assert "link without rel=nofollow ugc noopener" in violations("<a href='https://x'>")


# The corpus in parts, so that the suite's workers share it (posted whole, it was one test
# of two minutes).
PARTS = 8


@functools.cache
def _part(number: int) -> list[str]:
    """The part's payloads, after the last of the part before it: each payload is edited
    into the one after it, across the parts' seams too."""
    payloads = corpus()
    size = -(-len(payloads) // PARTS)
    return payloads[max(0, number * size - 1) : (number + 1) * size]


def test_the_parts_hold_the_whole_corpus() -> None:
    payloads = corpus()
    assert len(payloads) > 5_000  # the corpora are all here, not an empty folder
    joined = _part(0) + [p for n in range(1, PARTS) for p in _part(n)[1:]]
    assert joined == payloads


@pytest.mark.parametrize("part", range(PARTS))
@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
async def test_every_payload_is_stored_safe_on_create_and_edit(
    client: httpx.AsyncClient, part: int
) -> None:
    payloads = _part(part)
    params = {"site": "news", "uri": URI}
    failures: list[str] = []
    previous: dict[str, str] | None = None
    for payload in payloads:
        response = await client.post(
            "/api/v1/comments", params=params, json={"text": payload, "author_name": payload[:80]}
        )
        # Published, or held by moderation (links, words, duplicates): stored either way.
        assert response.status_code in (201, 202, 400, 403), (payload, response.text)
        if response.status_code in (400, 403):
            continue  # refused whole (blank after cleaning, or a blocked word): nothing served
        created = response.json()
        failures += [f"create {payload!r}: {v}" for v in violations(created["html"])]
        if previous is not None:  # edit the previous comment into this payload
            edited = await client.patch(
                f"/api/v1/comments/{previous['id']}",
                json={"text": payload},
                headers={"X-Edit-Token": previous["edit_token"]},
            )
            assert edited.status_code == 200, edited.text
            failures += [f"edit {payload!r}: {v}" for v in violations(edited.json()["html"])]
        previous = created
    assert failures == []

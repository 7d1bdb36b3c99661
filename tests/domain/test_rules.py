from __future__ import annotations

import pytest

from rejoinder.domain import rules
from rejoinder.domain.errors import DomainError, Forbidden, InvalidInput
from rejoinder.domain.model import Author, Comment, CommentStatus, Site, Votes

SITE = Site(id=1, slug="s", name="S", origins=("https://s.example",))


def _comment(cid: int, parent: int | None, root: int | None, depth: int) -> Comment:
    return Comment(
        cid,
        1,
        parent,
        root,
        depth,
        CommentStatus.PUBLISHED,
        "",
        "",
        Author("a"),
        100.0,
        None,
        Votes(),
    )


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("example.org", "https://example.org"),
        ("http://example.org/me", "http://example.org/me"),
        ("example.org:8080/x", "https://example.org:8080/x"),
        ("", None),
    ],
)
def test_clean_url_accepts_http(url: str, expected: str | None) -> None:
    assert rules.clean_url(url) == expected


@pytest.mark.parametrize(
    "url", ["javascript:alert(1)", "data:text/html,x", "ftp://x.org", "http://", "http://a b.org"]
)
def test_clean_url_refuses_other_schemes(url: str) -> None:
    with pytest.raises(InvalidInput):
        rules.clean_url(url)


def test_names_lose_control_and_bidi_characters() -> None:
    assert rules.clean_name("admin\u202etxt.exe", SITE) == "admintxt.exe"
    assert rules.clean_name(" \u200b ", SITE) == rules.ANONYMOUS_NAME
    assert rules.clean_name("  Ann   Lee ", SITE) == "Ann Lee"


def test_text_rules() -> None:
    assert rules.clean_text("a\r\nb\x00") == "a\nb"
    for bad in ("", "   \n", "x" * (rules.MAX_TEXT_CHARS + 1)):
        with pytest.raises(InvalidInput):
            rules.clean_text(bad)


def test_place_reply_caps_depth() -> None:
    root = _comment(1, None, None, 0)
    assert rules.place_reply(root, 6) == (1, 1, 1)
    at_max = _comment(7, 6, 1, 6)
    assert rules.place_reply(at_max, 6) == (6, 1, 6)
    assert rules.place_reply(_comment(2, 1, 1, 1), 1) == (1, 1, 1)


def test_edit_window() -> None:
    comment = _comment(1, None, None, 0)
    rules.ensure_editable(comment, SITE, 100.0 + SITE.edit_window_seconds)
    with pytest.raises(Forbidden):
        rules.ensure_editable(comment, SITE, 101.0 + SITE.edit_window_seconds)


@pytest.mark.parametrize(
    ("uri", "expected"),
    [
        ("/a/b?c=1#frag", ("/a/b?c=1", None)),
        ("https://News.Example/a?x=1", ("/a?x=1", "https://news.example")),
        ("http://news.example", ("/", "http://news.example")),
    ],
)
def test_split_thread_uri(uri: str, expected: tuple[str, str | None]) -> None:
    assert rules.split_thread_uri(uri) == expected


@pytest.mark.parametrize(
    "uri", ["", "relative/path", "//host/x", "javascript:alert(1)", "/a\nb", "/" + "a" * 1000]
)
def test_split_thread_uri_refuses(uri: str) -> None:
    with pytest.raises(DomainError):
        rules.split_thread_uri(uri)


def test_anchor_cleaning() -> None:
    assert rules.clean_anchor("  ", "p", "s") is None
    anchor = rules.clean_anchor("quote", "p" * 500, "s" * 500)
    assert anchor is not None and len(anchor.prefix) == 200 and len(anchor.suffix) == 200

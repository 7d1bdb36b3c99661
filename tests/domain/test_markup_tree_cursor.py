from __future__ import annotations

import pytest

from rejoinder.domain.cursor import decode_cursor, encode_cursor
from rejoinder.domain.errors import InvalidInput
from rejoinder.domain.ipaddr import ip_prefix
from rejoinder.domain.markup import render_markdown
from rejoinder.domain.model import Author, Comment, CommentStatus, SortOrder, Votes
from rejoinder.domain.tree import build_forest


def test_markdown_renders_common_formatting() -> None:
    html = render_markdown("# Title\n\n> quote\n\n- a\n- b\n\n`code` ~~gone~~ https://x.org")
    assert "<h1>Title</h1>" in html and "<blockquote>" in html and "<li>a</li>" in html
    assert "<code>code</code>" in html and "<s>gone</s>" in html
    assert '<a href="https://x.org" rel="nofollow ugc noopener">https://x.org</a>' in html


def test_markdown_drops_images_and_raw_html() -> None:
    html = render_markdown('![x](https://t.example/pixel.png) <iframe src="https://x"></iframe>')
    assert "<img" not in html and "<iframe" not in html


@pytest.mark.parametrize(
    ("text", "href"),
    [
        ("see ndtv.com now", "http://ndtv.com"),
        ("guidance at gov.uk today", "http://gov.uk"),
        ("results on eci.gov.in", "http://eci.gov.in"),
        ("read www.bbc.co.uk", "http://www.bbc.co.uk"),
        ("http://deposited.by/report", "http://deposited.by/report"),
    ],
)
def test_bare_domains_under_common_endings_are_linked(text: str, href: str) -> None:
    assert f'href="{href}"' in render_markdown(text)


@pytest.mark.parametrize(
    "text",
    [
        # a sentence run into the next: the country ending is also a word
        "Old notes deposited.by SBI writes off bad loans",
        "change their black money into 2000.so people of india",
        "he said it.to be honest nobody cares",
    ],
)
def test_a_missing_space_after_a_full_stop_is_not_a_link(text: str) -> None:
    assert "<a " not in render_markdown(text)


def test_cursor_round_trip_and_sort_binding() -> None:
    cursor = encode_cursor(SortOrder.TOP, (3.0, 42))
    assert decode_cursor(cursor, SortOrder.TOP) == (3.0, 42)
    for bad in (cursor, "####", "e30", encode_cursor(SortOrder.TOP, (1.0, 1)) + "x"):
        with pytest.raises(InvalidInput):
            decode_cursor(bad, SortOrder.NEWEST)


@pytest.mark.parametrize(
    ("address", "prefix"),
    [
        ("203.0.113.77", "203.0.113.0/24"),
        ("2001:db8:1234:5678::1", "2001:db8:1234::/48"),
        ("::ffff:198.51.100.9", "198.51.100.0/24"),
        ("garbage", "unknown"),
        (None, "unknown"),
    ],
)
def test_ip_prefix(address: str | None, prefix: str) -> None:
    assert ip_prefix(address) == prefix


def _c(cid: int, parent: int | None, status: CommentStatus = CommentStatus.PUBLISHED) -> Comment:
    return Comment(
        cid,
        1,
        parent,
        1 if parent else None,
        1 if parent else 0,
        status,
        "",
        "",
        Author("a"),
        float(cid),
        None,
        Votes(),
    )


def test_forest_nests_and_prunes_empty_placeholders() -> None:
    roots = [_c(1, None), _c(2, None, CommentStatus.DELETED), _c(3, None, CommentStatus.DELETED)]
    descendants = [_c(4, 1), _c(5, 4, CommentStatus.DELETED), _c(6, 3), _c(7, 99)]
    forest = build_forest(roots, descendants)
    assert [n.comment.id for n in forest] == [1, 3]
    assert [n.comment.id for n in forest[0].replies] == [4]
    assert forest[0].replies[0].replies == []  # deleted leaf 5 is gone
    assert [n.comment.id for n in forest[1].replies] == [6]

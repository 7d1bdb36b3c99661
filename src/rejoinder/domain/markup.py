"""Markdown to sanitized HTML, done once at write time.

markdown-it-py renders with raw HTML disabled; nh3 (ammonia) then enforces an allowlist, so
even a renderer bug cannot let a script, an event handler or a javascript: URL through.
"""

from __future__ import annotations

from functools import lru_cache

import nh3
from markdown_it import MarkdownIt

ALLOWED_TAGS = frozenset(
    {
        "p",
        "br",
        "hr",
        "strong",
        "em",
        "del",
        "s",
        "code",
        "pre",
        "blockquote",
        "ul",
        "ol",
        "li",
        "a",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "sup",
        "sub",
    }
)
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "ol": {"start"}, "code": {"class"}}
ALLOWED_URL_SCHEMES = frozenset({"http", "https", "mailto"})
LINK_REL = "nofollow ugc noopener"
# Endings under which a bare or "www." domain ("ndtv.com", "bbc.co.uk", "eci.gov.in") is
# linked. Country endings that are also short English words ("by", "so", "to", "me", "is",
# "it", "at", "no", "my"), and generic ones that are ("news", "blog", "app", "shop",
# "name"), are left out: with them a missing space after a full stop makes a link ("na
# pakdo.news ni padte"). "in" stays, for India's sites, at that risk. Links with
# "http(s)://" are linked whatever their ending.
FUZZY_TLDS = [
    "com",
    "org",
    "net",
    "edu",
    "gov",
    "info",
    "biz",
    "museum",
    "aero",
    "coop",
    "io",
    "co",
    "tv",
    "dev",
    "in",
    "uk",
    "ca",
    "au",
    "nz",
    "ie",
    "de",
    "fr",
    "es",
    "nl",
    "se",
    "ch",
    "eu",
    "ru",
    "jp",
    "cn",
    "br",
    "mx",
    "za",
    "ng",
    "ke",
    "pk",
    "bd",
    "lk",
    "np",
    "sg",
    "hk",
    "ae",
]
# Images are left out on purpose: they leak readers' IPs to third parties and invite abuse.
_DISABLED_RULES = ["image", "html_block", "html_inline"]


@lru_cache(maxsize=1)
def _renderer() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False, "linkify": True, "typographer": False})
    md.enable(["linkify", "strikethrough"])
    md.disable(_DISABLED_RULES, ignoreInvalid=True)
    # Bare domains are linked only under these endings: linkify-it's default also takes every
    # two-letter country ending, so a sentence run into the next ("deposited.by SBI",
    # "into 2000.so people") became a link, and a first comment with a link waits for review.
    assert md.linkify is not None  # linkify-it-py is a dependency
    md.linkify.tlds(FUZZY_TLDS, False)
    # Pathological nesting is capped so a crafted input cannot make rendering explode.
    md.options["maxNesting"] = 20
    return md


def sanitize_html(html: str) -> str:
    """Allowlist sanitizer applied to everything the renderer produced."""
    return nh3.clean(
        html,
        tags=set(ALLOWED_TAGS),
        attributes={tag: set(attrs) for tag, attrs in ALLOWED_ATTRIBUTES.items()},
        url_schemes=set(ALLOWED_URL_SCHEMES),
        link_rel=LINK_REL,
        strip_comments=True,
    )


def render_markdown(text: str) -> str:
    """Render a comment body to the HTML that is stored and served."""
    return sanitize_html(_renderer().render(text)).strip()

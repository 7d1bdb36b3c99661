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
# Images are left out on purpose: they leak readers' IPs to third parties and invite abuse.
_DISABLED_RULES = ["image", "html_block", "html_inline"]


@lru_cache(maxsize=1)
def _renderer() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False, "linkify": True, "typographer": False})
    md.enable(["linkify", "strikethrough"])
    md.disable(_DISABLED_RULES, ignoreInvalid=True)
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

"""Business rules that need no I/O: field validation, edit windows, reply placement."""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import urlsplit

from rejoinder.domain.errors import Forbidden, InvalidInput
from rejoinder.domain.model import Anchor, Author, Comment, Site

MAX_ID = 2**53  # ids beyond this cannot exist, and would overflow the database's integers
MAX_TEXT_CHARS = 10_000
MAX_NAME_CHARS = 80
MAX_EMAIL_CHARS = 254
MAX_URL_CHARS = 500
MAX_TITLE_CHARS = 300
MAX_ANCHOR_CHARS = 1_000
MAX_ANCHOR_CONTEXT_CHARS = 200
ANONYMOUS_NAME = "Anonymous"

# Deliberately loose: one @, a dot in the domain, no spaces. Real validation is a mail that arrives.
_EMAIL = re.compile(r"^[^@\s]{1,64}@[^@\s]+\.[^@\s]+$")
# "name:" that is not "host:port" is a scheme (javascript:, data:, ...).
_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*):(?!\d)")
# Control characters and bidi overrides have no place in a display name.
_UNSAFE_NAME_CATEGORIES = {"Cc", "Cf", "Cs", "Co", "Cn"}


def clean_text(text: str) -> str:
    """Validate a comment body: not blank, not too long, no NUL bytes."""
    text = text.replace("\r\n", "\n").replace("\x00", "")
    if not text.strip():
        raise InvalidInput("comment.empty", "The comment is empty.")
    if len(text) > MAX_TEXT_CHARS:
        raise InvalidInput(
            "comment.too_long", f"A comment can be at most {MAX_TEXT_CHARS} characters."
        )
    return text


def clean_name(name: str | None, site: Site) -> str:
    name = "".join(
        ch for ch in (name or "") if unicodedata.category(ch) not in _UNSAFE_NAME_CATEGORIES
    )
    name = " ".join(name.split())
    if not name:
        if site.require_name:
            raise InvalidInput("author.name_required", "This site asks for a name.")
        return ANONYMOUS_NAME
    if len(name) > MAX_NAME_CHARS:
        raise InvalidInput("author.name_too_long", f"Names are at most {MAX_NAME_CHARS} chars.")
    return name


def is_email(text: str) -> bool:
    return bool(_EMAIL.match(text))


def clean_email(email: str | None, site: Site) -> str | None:
    email = (email or "").strip()
    if not email:
        if site.require_email:
            raise InvalidInput("author.email_required", "This site asks for an email address.")
        return None
    if len(email) > MAX_EMAIL_CHARS or not _EMAIL.match(email):
        raise InvalidInput("author.email_invalid", "That email address is not valid.")
    return email


def clean_url(url: str | None) -> str | None:
    """Websites must be absolute http(s) URLs: anything else could run script when clicked."""
    url = (url or "").strip()
    if not url:
        return None
    if len(url) > MAX_URL_CHARS:
        raise InvalidInput("author.url_invalid", "That website address is too long.")
    scheme = _SCHEME.match(url)
    if scheme and scheme.group(1).lower() not in {"http", "https"}:
        raise InvalidInput("author.url_invalid", "A website must be an http(s) address.")
    if not scheme and not url.startswith("//"):
        url = "https://" + url
    parts = urlsplit(url)
    if parts.scheme.lower() not in {"http", "https"} or not parts.hostname:
        raise InvalidInput("author.url_invalid", "A website must be an http(s) address.")
    if any(ch.isspace() or ord(ch) < 32 for ch in url):
        raise InvalidInput("author.url_invalid", "A website address cannot contain spaces.")
    return url


def clean_author(name: str | None, email: str | None, url: str | None, site: Site) -> Author:
    return Author(name=clean_name(name, site), email=clean_email(email, site), url=clean_url(url))


def clean_title(title: str | None) -> str:
    return " ".join((title or "").split())[:MAX_TITLE_CHARS]


def clean_anchor(exact: str | None, prefix: str | None, suffix: str | None) -> Anchor | None:
    exact = (exact or "").strip()
    if not exact:
        return None
    if len(exact) > MAX_ANCHOR_CHARS:
        raise InvalidInput("anchor.too_long", f"A quoted passage is at most {MAX_ANCHOR_CHARS}.")
    return Anchor(
        exact=exact,
        prefix=(prefix or "")[-MAX_ANCHOR_CONTEXT_CHARS:],
        suffix=(suffix or "")[:MAX_ANCHOR_CONTEXT_CHARS],
    )


def place_reply(parent: Comment, max_depth: int) -> tuple[int, int, int]:
    """Return (parent_id, root_id, depth) for a reply to `parent`.

    Top-level comments have depth 0 and a site allows replies down to `max_depth` (at least 1).
    A reply to a comment already at the max depth is attached beside it, so the thread never
    indents without bound; the caller keeps `reply_to_id` to remember who was answered.
    """
    root_id = parent.root_id if parent.root_id is not None else parent.id
    if parent.depth < max_depth or parent.parent_id is None:
        return parent.id, root_id, parent.depth + 1
    return parent.parent_id, root_id, parent.depth


def ensure_editable(comment: Comment, site: Site, now: float) -> None:
    """Authors may change their comment only inside the site's edit window."""
    if now - comment.created_at > site.edit_window_seconds:
        raise Forbidden("comment.edit_window_closed", "The time to edit this comment has passed.")


MAX_URI_CHARS = 1000


def split_thread_uri(uri: str) -> tuple[str, str | None]:
    """A thread is keyed by its path (and query); return (path, origin-if-given).

    Publishers' pages are reached under several hosts (www., AMP caches, previews), so the path is
    the identity; an absolute URL also tells which origin it claims to be on.
    """
    uri = uri.strip()
    if not uri or len(uri) > MAX_URI_CHARS or any(ord(ch) < 32 for ch in uri):
        raise InvalidInput("thread.uri_invalid", "The page address (uri) is missing or invalid.")
    if uri.startswith("/") and not uri.startswith("//"):
        return uri.split("#", 1)[0], None
    parts = urlsplit(uri)
    if parts.scheme.lower() not in {"http", "https"} or not parts.netloc:
        raise InvalidInput("thread.uri_invalid", "The uri must be a path or an http(s) URL.")
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    return path, f"{parts.scheme.lower()}://{parts.netloc.lower()}"

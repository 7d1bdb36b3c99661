"""How the moderators' side shows things: JSON shapes, and text with highlighted spans."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rejoinder.domain.model import Ban, Comment, Site, Span
from rejoinder.services.sites import site_settings
from rejoinder.web.schemas import iso


def comment_admin_json(comment: Comment) -> dict[str, Any]:
    """Everything about a comment, for moderators only: email and network included."""
    anchor = comment.anchor
    return {
        "id": comment.id,
        "thread_id": comment.thread_id,
        "parent_id": comment.parent_id,
        "status": comment.status.value,
        "text": comment.text,
        "html": comment.html,
        "author": {
            "name": comment.author.name,
            "email": comment.author.email,
            "url": comment.author.url,
            "ip_prefix": comment.ip_prefix,
        },
        "anchor": anchor
        and {"exact": anchor.exact, "prefix": anchor.prefix, "suffix": anchor.suffix},
        "created_at": iso(comment.created_at),
        "edited_at": iso(comment.edited_at),
        "votes": {"up": comment.votes.up, "down": comment.votes.down},
    }


def ban_json(ban: Ban) -> dict[str, Any]:
    return {
        "id": ban.id,
        "kind": ban.kind.value,
        "value": ban.value,
        "until": iso(ban.until),
        "shadow": ban.shadow,
        "reason": ban.reason,
        "created_at": iso(ban.created_at),
    }


def site_json(site: Site) -> dict[str, Any]:
    return site_settings(site)


@dataclass(frozen=True, slots=True)
class Piece:
    text: str
    reason: str | None  # a span's reason code, or None for plain text


def highlight(text: str, spans: tuple[Span, ...] | list[Span]) -> list[Piece]:
    """Cut `text` into plain pieces and the spans that drove a decision (overlaps merged).

    The template escapes every piece; only the <mark> around spans is markup.
    """
    # Several checks often mark the same words ("words.suspect", "identity_attack.slur"):
    # one mark, every reason, in the order the pipeline gave them.
    reasons: dict[tuple[int, int], list[str]] = {}
    for s, e, r in spans:
        found = reasons.setdefault((max(0, s), min(len(text), e)), [])
        if r not in found:
            found.append(r)
    pieces: list[Piece] = []
    at = 0
    for (start, end), why in sorted(reasons.items()):
        reason = ", ".join(why)
        if end <= at or start >= len(text):
            continue
        start = max(start, at)
        if start > at:
            pieces.append(Piece(text[at:start], None))
        pieces.append(Piece(text[start:end], reason))
        at = end
    if at < len(text):
        pieces.append(Piece(text[at:], None))
    return pieces

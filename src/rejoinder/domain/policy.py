"""Per-site moderation policy: what holds, what is refused, what is spam. Pure data."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from functools import lru_cache
from importlib.resources import files
from typing import Any

from rejoinder.domain.errors import InvalidInput


@lru_cache(maxsize=8)
def _shipped_words(name: str) -> tuple[str, ...]:
    # Cached: every site load builds a default policy, and that happens on hot paths.
    text = files("rejoinder.domain.wordlists").joinpath(name).read_text(encoding="utf-8")
    return tuple(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


@dataclass(frozen=True, slots=True)
class LinkPolicy:
    hold_above: int = 2
    blocked_domains: tuple[str, ...] = ()
    hold_first_comment_links: bool = True


@dataclass(frozen=True, slots=True)
class ModerationPolicy:
    """Defaults tuned for a political news site: hold abuse, never hold argument."""

    block_words: tuple[str, ...] = ()
    suspect_words: tuple[str, ...] = field(default_factory=lambda: _shipped_words("suspect.txt"))
    links: LinkPolicy = field(default_factory=LinkPolicy)
    duplicate_window_seconds: int = 3600
    duplicate_limit: int = 2  # an identical text this many times on the site within the window


def policy_to_dict(policy: ModerationPolicy) -> dict[str, Any]:
    return asdict(policy)


def policy_from_dict(data: dict[str, Any]) -> ModerationPolicy:
    """Read a stored or submitted policy; unknown keys and wrong types are refused."""
    base = ModerationPolicy()
    try:
        links = LinkPolicy(**{**asdict(base.links), **data.get("links", {})})
        values = {k: v for k, v in data.items() if k != "links"}
        policy = ModerationPolicy(**{**asdict(base), **values, "links": links})
    except TypeError as exc:
        raise InvalidInput("policy.invalid", f"Unknown policy setting: {exc}") from exc
    return ModerationPolicy(
        block_words=tuple(str(w) for w in policy.block_words),
        suspect_words=tuple(str(w) for w in policy.suspect_words),
        links=LinkPolicy(
            hold_above=int(links.hold_above),
            blocked_domains=tuple(str(d).lower() for d in links.blocked_domains),
            hold_first_comment_links=bool(links.hold_first_comment_links),
        ),
        duplicate_window_seconds=int(policy.duplicate_window_seconds),
        duplicate_limit=int(policy.duplicate_limit),
    )

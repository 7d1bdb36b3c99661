"""Value objects of the comment domain: frozen dataclasses and string enums."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from rejoinder.domain.policy import ModerationPolicy


class CommentStatus(StrEnum):
    PUBLISHED = "published"
    PENDING = "pending"
    SPAM = "spam"
    REJECTED = "rejected"
    DELETED = "deleted"


class Verdict(StrEnum):
    PUBLISH = "publish"
    HOLD = "hold"
    SPAM = "spam"
    REJECT = "reject"

    def status(self) -> CommentStatus:
        """The status a new comment gets under this verdict (REJECT never stores one)."""
        return {
            Verdict.PUBLISH: CommentStatus.PUBLISHED,
            Verdict.HOLD: CommentStatus.PENDING,
            Verdict.SPAM: CommentStatus.SPAM,
            Verdict.REJECT: CommentStatus.REJECTED,
        }[self]


class Premoderation(StrEnum):
    NONE = "none"
    FIRST = "first"
    ALL = "all"


class NotifyMode(StrEnum):
    NONE = "none"
    REPLIES = "replies"
    THREAD = "thread"


class SortOrder(StrEnum):
    NEWEST = "newest"
    OLDEST = "oldest"
    TOP = "top"


class FlagReason(StrEnum):
    SPAM = "spam"
    ABUSE = "abuse"
    HARASSMENT = "harassment"
    HATE = "hate"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class Site:
    id: int
    slug: str
    name: str
    origins: tuple[str, ...]
    premoderation: Premoderation = Premoderation.NONE
    edit_window_seconds: int = 900
    max_depth: int = 6
    require_name: bool = False
    require_email: bool = False
    flag_threshold: int = 3
    policy: ModerationPolicy = field(default_factory=ModerationPolicy)
    auto_close_days: int | None = None  # threads older than this take no new comments

    def allows_origin(self, origin: str) -> bool:
        return origin.rstrip("/").lower() in {o.rstrip("/").lower() for o in self.origins}


@dataclass(frozen=True, slots=True)
class Thread:
    id: int
    site_id: int
    uri: str
    title: str
    closed: bool
    count: int
    revision: int
    created_at: float = 0.0

    def closed_at(self, site: Site, now: float) -> bool:
        """Closed by a moderator, or by the site's auto-close age."""
        if self.closed:
            return True
        days = site.auto_close_days
        return days is not None and now - self.created_at > days * 86_400


@dataclass(frozen=True, slots=True)
class Anchor:
    """A quoted passage of the article, located by its text and surroundings."""

    exact: str
    prefix: str = ""
    suffix: str = ""


@dataclass(frozen=True, slots=True)
class Author:
    name: str
    email: str | None = None
    url: str | None = None


@dataclass(frozen=True, slots=True)
class Votes:
    up: int = 0
    down: int = 0

    @property
    def score(self) -> int:
        return self.up - self.down


@dataclass(frozen=True, slots=True)
class Comment:
    id: int
    thread_id: int
    parent_id: int | None
    root_id: int | None
    depth: int
    status: CommentStatus
    text: str
    html: str
    author: Author
    created_at: float
    edited_at: float | None
    votes: Votes
    anchor: Anchor | None = None
    ip_prefix: str | None = None
    reply_to_id: int | None = None
    # Ownership: who may edit, and who may not vote on it. Never serialized to readers.
    owner_key: str | None = None
    edit_token_hash: str = ""


Span = tuple[int, int, str]  # [start, end) in the comment's markdown source, and why


@dataclass(frozen=True, slots=True)
class Decision:
    """What moderation decided about one comment, with reasons that explain it."""

    verdict: Verdict
    reasons: tuple[str, ...] = ()
    scores: dict[str, float] = field(default_factory=dict)
    spans: tuple[Span, ...] = ()


class BanKind(StrEnum):
    EMAIL = "email"
    IP_PREFIX = "ip_prefix"


@dataclass(frozen=True, slots=True)
class Ban:
    """A ban or time-out of an author on one site, by email or network prefix.

    A shadow ban keeps the author's comments visible to them alone, so they do not simply
    come back under a new name.
    """

    id: int
    site_id: int
    kind: BanKind
    value: str
    until: float | None  # None: permanent
    shadow: bool
    reason: str
    created_at: float

    def active(self, now: float) -> bool:
        return self.until is None or now < self.until

"""The moderation hook point: what a pipeline is given and must answer."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

from rejoinder.domain.model import Author, Ban, Comment, Decision, Site, Span, Thread, Verdict
from rejoinder.domain.normalize import Normalized


@dataclass(frozen=True, slots=True)
class Submission:
    """A new or edited comment, as moderation sees it."""

    site: Site
    thread: Thread
    text: str
    author: Author
    ip_prefix: str
    parent: Comment | None = None
    editing: Comment | None = None
    html: str = ""
    honeypot: str = ""
    text_hash: str = ""
    now: float = 0.0
    normalized: Normalized | None = None  # of `text`, computed once per submission


class ModerationContext(Protocol):
    """What checks may look up (implemented by the write transaction)."""

    async def has_published_history(
        self, site_id: int, email: str | None, name: str, ip_prefix: str
    ) -> bool: ...

    async def count_same_text(self, site_id: int, text_hash: str, since: float) -> int: ...

    async def bans_for(self, site_id: int, email: str | None, ip_prefix: str) -> list[Ban]: ...

    async def is_trusted(self, site_id: int, email: str | None, ip_prefix: str) -> bool: ...


@dataclass(frozen=True, slots=True)
class Finding:
    """One check's say: a verdict, a stable reason code (`check.detail`), what drove it."""

    verdict: Verdict
    reason: str
    spans: tuple[Span, ...] = ()
    scores: dict[str, float] = field(default_factory=dict)


class Check(Protocol):
    """A pipeline step. Sites and plugins add their own by implementing this."""

    name: str

    async def __call__(
        self, submission: Submission, context: ModerationContext
    ) -> Sequence[Finding]: ...


@runtime_checkable
class ScoresAhead(Protocol):
    """A check that can score a batch of submissions at once, faster than one by one (the
    abuse scorer): the pipeline hands it the batch before deciding each submission, and
    after, the ones its turn never came for (an earlier check refused them)."""

    def score_ahead(self, submissions: Sequence[Submission]) -> None: ...

    def forget(self, submissions: Sequence[Submission]) -> None: ...


class ModerationPipeline(Protocol):
    async def decide(self, submission: Submission, context: ModerationContext) -> Decision: ...

    async def decide_many(
        self, submissions: Sequence[Submission], context: ModerationContext
    ) -> list[Decision]: ...

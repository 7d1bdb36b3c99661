"""The moderation hook point: what a pipeline is given and must answer."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from rejoinder.domain.model import Author, Comment, Decision, Site, Thread


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


class AuthorHistory(Protocol):
    async def has_published_history(
        self, site_id: int, email: str | None, name: str, ip_prefix: str
    ) -> bool: ...


class ModerationPipeline(Protocol):
    async def decide(self, submission: Submission, history: AuthorHistory) -> Decision: ...

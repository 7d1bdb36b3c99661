"""Scoring text against a site's moderation policy without posting it (policy testing)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass, replace

from rejoinder.domain import rules
from rejoinder.domain.clock import Clock
from rejoinder.domain.errors import DomainError
from rejoinder.domain.markup import render_markdown
from rejoinder.domain.model import (
    Author,
    Ban,
    Comment,
    CommentStatus,
    Decision,
    Site,
    Thread,
    Verdict,
    Votes,
)
from rejoinder.domain.normalize import fingerprint, normalize
from rejoinder.moderation.base import ModerationPipeline, Submission
from rejoinder.services.bans import DAY
from rejoinder.services.sites import SiteService
from rejoinder.storage.base import JudgedComment, Store

DEFAULT_SITE = Site(id=0, slug="default", name="Default policy", origins=())
JUDGED_PAGE = 500  # comments read per transaction when a site's judged history is exported
_NO_THREAD = Thread(id=0, site_id=0, uri="/", title="", closed=False, count=0, revision=0)


@dataclass(frozen=True, slots=True)
class Sample:
    id: object
    text: str
    author: str = ""
    parent: str = ""  # the text of the comment replied to, if a reply
    title: str = ""  # the title of the article it is under


class NoHistory:
    """Scoring without a posting history: no earlier posts, bans or trust. The author counts
    as one who has published before (`returning`: the checks that ask for a first comment,
    links and first-comment premoderation, pass the line), or as a new author, each line
    their first comment."""

    def __init__(self, returning: bool = True) -> None:
        self._returning = returning

    async def has_published_history(
        self, site_id: int, email: str | None, name: str, ip_prefix: str
    ) -> bool:
        return self._returning

    async def count_same_text(self, site_id: int, text_hash: str, since: float) -> int:
        return 0

    async def bans_for(self, site_id: int, email: str | None, ip_prefix: str) -> list[Ban]:
        return []

    async def is_trusted(self, site_id: int, email: str | None, ip_prefix: str) -> bool:
        return False


def _submission(site: Site, sample: Sample) -> Submission | Decision:
    """`sample` as a POST would submit it, or the refusal a POST would answer."""
    try:
        text = rules.clean_text(sample.text)
        author = Author(rules.clean_name(sample.author, site))
    except DomainError as exc:
        return Decision(Verdict.REJECT, (exc.code,))
    normalized = normalize(text)
    return Submission(
        site,
        replace(_NO_THREAD, title=rules.clean_title(sample.title)),
        text,
        author,
        "unknown",
        _replied_to(sample.parent),
        html=render_markdown(text),
        text_hash=fingerprint(normalized),
        normalized=normalized,
    )


class ModerationService:
    def __init__(
        self, store: Store, sites: SiteService, pipeline: ModerationPipeline, clock: Clock
    ) -> None:
        self._store = store
        self._sites = sites
        self._pipeline = pipeline
        self._clock = clock

    async def site_for(self, slug: str | None) -> Site:
        return DEFAULT_SITE if slug is None else await self._sites.get(slug)

    async def score(self, site: Site, sample: Sample, new_author: bool = False) -> Decision:
        """The decision a POST of `sample` would get, or the refusal a POST would answer: by
        an author who has published before, or with `new_author` by one posting a first
        comment (`NoHistory`)."""
        submission = _submission(site, sample)
        if isinstance(submission, Decision):
            return submission
        return await self._pipeline.decide(submission, NoHistory(returning=not new_author))

    async def score_many(
        self, site: Site, samples: Sequence[Sample], new_author: bool = False
    ) -> list[Decision]:
        """`score` of each sample, in order, the pipeline given them as one batch (its abuse
        scorer assesses a batch faster than one comment at a time)."""
        prepared = [_submission(site, sample) for sample in samples]
        submissions = [s for s in prepared if isinstance(s, Submission)]
        history = NoHistory(returning=not new_author)
        decided = iter(await self._pipeline.decide_many(submissions, history))
        return [s if isinstance(s, Decision) else next(decided) for s in prepared]

    async def judged_history(
        self, slug: str, published_days: float | None = None
    ) -> AsyncIterator[JudgedComment]:
        """The site's comments its moderators judged (rejected: should have been held;
        approved: should not), oldest first, and with `published_days` the comments
        published at least that many days ago that nobody acted on or reported: labelled
        lines in the site's own register, for `moderation eval` and `moderation train`."""
        site = await self._sites.get(slug)
        before = None if published_days is None else self._clock.now() - published_days * DAY
        after = 0
        while True:  # a page per transaction: a site's whole history is not held in memory
            async with self._store.read() as tx:
                page = await tx.judged_comments(site.id, after, JUDGED_PAGE, before)
            for judged in page:
                yield judged
            if len(page) < JUDGED_PAGE:
                return
            after = page[-1].comment_id


def _replied_to(text: str) -> Comment | None:
    """The comment a sample replies to, as far as moderation reads it: its text."""
    if not text:
        return None
    return Comment(0, 0, None, None, 0, CommentStatus.PUBLISHED, text, "", Author(""), 0.0, None,
                   Votes())  # fmt: skip

"""Writing comments: submit, edit, delete, and reading one comment."""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace

from rejoinder.domain import rules
from rejoinder.domain.clock import Clock
from rejoinder.domain.errors import Forbidden, InvalidInput, NotFound, RateLimited
from rejoinder.domain.markup import render_markdown
from rejoinder.domain.model import (
    Anchor,
    Author,
    Comment,
    CommentStatus,
    Decision,
    NotifyMode,
    Site,
    Thread,
    Verdict,
)
from rejoinder.domain.normalize import Normalized, fingerprint, normalize
from rejoinder.moderation.base import ModerationPipeline, Submission
from rejoinder.realtime.broker import Broker, thread_channel
from rejoinder.services.ratelimit import PostingLimits
from rejoinder.services.sites import SiteService
from rejoinder.services.tokens import new_edit_token, token_matches
from rejoinder.storage.base import NewComment, Store, Transaction

log = logging.getLogger(__name__)
PIPELINE_ACTOR = "pipeline"
# Statuses in which a comment can still be changed by its author. Spam is among them so that
# it looks merely held to its sender (see web.schemas); an edit never lifts it out of spam.
_LIVE = (CommentStatus.PUBLISHED, CommentStatus.PENDING)
_OWN = (*_LIVE, CommentStatus.SPAM)


@dataclass(frozen=True, slots=True)
class Draft:
    """What a reader sent, before validation."""

    text: str
    author_name: str | None = None
    author_email: str | None = None
    author_url: str | None = None
    parent_id: int | None = None
    notify: NotifyMode = NotifyMode.NONE
    anchor_exact: str | None = None
    anchor_prefix: str | None = None
    anchor_suffix: str | None = None
    title: str | None = None
    honeypot: str | None = None


@dataclass(frozen=True, slots=True)
class Poster:
    """Who is posting: network prefix, browser identity, and the origin the page claims."""

    ip_prefix: str
    owner_key: str | None
    origin: str | None


@dataclass(frozen=True, slots=True)
class Prepared:
    """A draft validated and rendered, before any database work."""

    text: str
    html: str
    author: Author
    anchor: Anchor | None
    edit_token_hash: str
    normalized: Normalized


@dataclass(frozen=True, slots=True)
class Posted:
    comment: Comment
    edit_token: str
    decision: Decision


SHADOW_BAN = "ban.shadow"


class CommentService:
    def __init__(
        self,
        store: Store,
        sites: SiteService,
        pipeline: ModerationPipeline,
        limits: PostingLimits,
        broker: Broker,
        clock: Clock,
    ) -> None:
        self._store = store
        self._sites = sites
        self._pipeline = pipeline
        self._limits = limits
        self._broker = broker
        self._clock = clock

    async def submit(self, site_slug: str, uri: str, draft: Draft, poster: Poster) -> Posted:
        site = await self._sites.get(site_slug)
        path, uri_origin = rules.split_thread_uri(uri)
        prepared, token = self._prepare(site, draft)
        await self._check_rate(site, path, prepared.author, poster)
        async with self._store.write() as tx:
            thread = await self._thread_for_post(tx, site, path, uri_origin or poster.origin, draft)
            parent = await self._parent(tx, thread, draft.parent_id)
            submission = Submission(
                site,
                thread,
                prepared.text,
                prepared.author,
                poster.ip_prefix,
                parent,
                html=prepared.html,
                honeypot=draft.honeypot or "",
                text_hash=fingerprint(prepared.normalized),
                now=self._clock.now(),
                normalized=prepared.normalized,
            )
            decision = await self._pipeline.decide(submission, tx)
            new = self._new_comment(thread, site, parent, decision, prepared, poster)
            comment = new.stored_as(await tx.insert_comment(new))
            comment_id = comment.id
            await self._record(tx, thread, comment_id, decision, "comment.created")
            added = 1 if comment.status is CommentStatus.PUBLISHED else 0
            await tx.bump_thread(thread.id, added)
            await self._subscribe(tx, thread, comment_id, prepared.author, draft.notify)
        log.info("comment %s: %s %s", comment_id, decision.verdict, ",".join(decision.reasons))
        _refuse_if_rejected(decision)
        if comment.status is CommentStatus.PUBLISHED:
            await self._announce(site, thread, "comment.created", comment)
        if SHADOW_BAN in decision.reasons:
            comment = replace(comment, status=CommentStatus.PUBLISHED)  # as its author sees it
        return Posted(comment, token, decision)

    @staticmethod
    def _prepare(site: Site, draft: Draft) -> tuple[Prepared, str]:
        """Validate and render the draft; return it with a fresh edit token."""
        text = rules.clean_text(draft.text)
        author = rules.clean_author(draft.author_name, draft.author_email, draft.author_url, site)
        if draft.notify is not NotifyMode.NONE and not author.email:
            raise InvalidInput("notify.email_required", "Notifications need an email address.")
        anchor = rules.clean_anchor(draft.anchor_exact, draft.anchor_prefix, draft.anchor_suffix)
        token, token_hash = new_edit_token()
        prepared = Prepared(
            text, render_markdown(text), author, anchor, token_hash, normalize(text)
        )
        return prepared, token

    async def _check_rate(self, site: Site, path: str, author: Author, poster: Poster) -> None:
        who = (author.email or "").lower() or f"{author.name}@{poster.ip_prefix}"
        checks = (
            (self._limits.thread, f"{site.id}:{path}", "ratelimit.thread", "on this page"),
            (self._limits.author, f"{site.id}:{who}", "ratelimit.author", "from you"),
            (
                self._limits.network,
                f"{site.id}:{poster.ip_prefix}",
                "ratelimit.ip",
                "from your network",
            ),
        )
        now = self._clock.now()
        for limiter, key, code, where in checks:
            wait = await limiter.retry_after(key, now)
            if wait is not None:
                raise RateLimited(code, f"Too many comments {where}; try again later.", wait)

    async def _thread_for_post(
        self, tx: Transaction, site: Site, path: str, origin: str | None, draft: Draft
    ) -> Thread:
        thread = await tx.thread_by_uri(site.id, path)
        if thread is None:
            # Only pages on the publisher's own origins get a thread, so nobody can
            # open comment sections on arbitrary paths through this site.
            if origin is None or not site.allows_origin(origin):
                raise Forbidden("thread.origin_denied", "This page is not on the site's origins.")
            thread = await tx.create_thread(
                site.id, path, rules.clean_title(draft.title), self._clock.now()
            )
        if thread.closed_at(site, self._clock.now()):
            raise Forbidden("thread.closed", "Comments on this page are closed.")
        return thread

    @staticmethod
    async def _parent(tx: Transaction, thread: Thread, parent_id: int | None) -> Comment | None:
        if parent_id is None:
            return None
        parent = await tx.comment_by_id(parent_id)
        if parent is None or parent.thread_id != thread.id or parent.status not in _LIVE:
            raise InvalidInput("comment.parent_not_found", "The comment replied to is gone.")
        return parent

    def _new_comment(
        self,
        thread: Thread,
        site: Site,
        parent: Comment | None,
        decision: Decision,
        prepared: Prepared,
        poster: Poster,
    ) -> NewComment:
        parent_id, root_id, depth = None, None, 0
        if parent is not None:
            parent_id, root_id, depth = rules.place_reply(parent, site.max_depth)
        return NewComment(
            thread_id=thread.id,
            parent_id=parent_id,
            root_id=root_id,
            reply_to_id=parent.id if parent else None,
            depth=depth,
            status=decision.verdict.status(),
            text=prepared.text,
            html=prepared.html,
            author=prepared.author,
            ip_prefix=poster.ip_prefix,
            owner_key=poster.owner_key,
            edit_token_hash=prepared.edit_token_hash,
            anchor=prepared.anchor,
            created_at=self._clock.now(),
            text_hash=fingerprint(prepared.normalized),
        )

    async def _record(
        self, tx: Transaction, thread: Thread, comment_id: int, decision: Decision, topic: str
    ) -> None:
        now = self._clock.now()
        await tx.log_decision(comment_id, decision, PIPELINE_ACTOR, now)
        payload = {"comment_id": comment_id, "thread_id": thread.id, "verdict": decision.verdict}
        await tx.enqueue(topic, payload, now)

    async def _subscribe(
        self, tx: Transaction, thread: Thread, comment_id: int, author: Author, mode: NotifyMode
    ) -> None:
        if mode is NotifyMode.NONE or author.email is None:
            return
        target = comment_id if mode is NotifyMode.REPLIES else None
        await tx.subscribe(thread.id, target, author.email, mode, self._clock.now())

    async def _announce(self, site: Site, thread: Thread, kind: str, comment: Comment) -> None:
        event = {"type": kind, "id": comment.id, "parent_id": comment.parent_id}
        await self._broker.publish(thread_channel(site.slug, thread.uri), event)

    async def edit(self, comment_id: int, edit_token: str | None, text: str) -> Comment:
        text = rules.clean_text(text)
        html = render_markdown(text)
        async with self._store.write() as tx:
            comment, site, thread = await self._owned(tx, comment_id, edit_token)
            # the comment replied to: what an edited reply quotes of it is not its own words
            parent = await tx.comment_by_id(comment.parent_id) if comment.parent_id else None
            submission = Submission(
                site,
                thread,
                text,
                comment.author,
                comment.ip_prefix or "",
                parent,
                editing=comment,
                html=html,
                now=self._clock.now(),
            )
            decision = await self._pipeline.decide(submission, tx)
            await tx.update_text(comment_id, text, html, self._clock.now())
            status = decision.verdict.status()
            if comment.status is CommentStatus.SPAM and status is not CommentStatus.REJECTED:
                status = CommentStatus.SPAM
            if status is not comment.status:
                await tx.set_status(comment_id, status)
            await self._record(tx, thread, comment_id, decision, "comment.edited")
            await tx.touch_thread(thread.id)  # the edit may have changed its status
            updated = await tx.comment_by_id(comment_id)
        assert updated is not None
        _refuse_if_rejected(decision)
        if updated.status is CommentStatus.PUBLISHED:
            await self._announce(site, thread, "comment.edited", updated)
        return updated

    async def delete(self, comment_id: int, edit_token: str | None) -> Comment:
        async with self._store.write() as tx:
            _, site, thread = await self._owned(tx, comment_id, edit_token)
            await tx.set_status(comment_id, CommentStatus.DELETED)
            await tx.wipe(comment_id)
            await tx.touch_thread(thread.id)
            await tx.enqueue("comment.deleted", {"comment_id": comment_id}, self._clock.now())
            deleted = await tx.comment_by_id(comment_id)
        assert deleted is not None
        await self._announce(site, thread, "comment.deleted", deleted)
        return deleted

    async def _owned(
        self, tx: Transaction, comment_id: int, edit_token: str | None
    ) -> tuple[Comment, Site, Thread]:
        """The comment, if `edit_token` proves authorship and the edit window is open."""
        comment = await tx.comment_by_id(comment_id)
        if comment is None or comment.status not in _OWN:
            raise NotFound("comment.not_found", "There is no such comment.")
        if not token_matches(edit_token, comment.edit_token_hash):
            raise Forbidden("comment.not_owner", "Only the author can change this comment.")
        thread = await tx.thread_by_id(comment.thread_id)
        assert thread is not None
        site = await tx.site_by_id(thread.site_id)
        assert site is not None
        rules.ensure_editable(comment, site, self._clock.now())
        return comment, site, thread

    async def get(self, comment_id: int, edit_token: str | None = None) -> Comment:
        """One comment as a reader may see it: pending ones only with their edit token."""
        async with self._store.read() as tx:
            comment = await tx.comment_by_id(comment_id)
        if comment is None:
            raise NotFound("comment.not_found", "There is no such comment.")
        if comment.status in (CommentStatus.PUBLISHED, CommentStatus.DELETED):
            return comment
        if comment.status in (CommentStatus.PENDING, CommentStatus.SPAM) and token_matches(
            edit_token, comment.edit_token_hash
        ):
            return await self._as_author_sees_it(comment)
        raise NotFound("comment.not_found", "There is no such comment.")

    async def _as_author_sees_it(self, comment: Comment) -> Comment:
        """A shadow-banned author sees their comment as published: nothing tells them."""
        if comment.status is CommentStatus.SPAM:
            async with self._store.read() as tx:
                decisions = await tx.decisions_for(comment.id)
            if decisions and SHADOW_BAN in decisions[-1].reasons:
                return replace(comment, status=CommentStatus.PUBLISHED)
        return comment


def _refuse_if_rejected(decision: Decision) -> None:
    if decision.verdict is not Verdict.REJECT:
        return
    if any(reason.startswith("ban.") for reason in decision.reasons):
        raise Forbidden("author.banned", "You cannot comment on this site at the moment.")
    raise Forbidden("comment.rejected", "This comment breaks the site's rules.")

"""Reading threads: one page of top-level comments with their replies, and comment counts."""

from __future__ import annotations

from dataclasses import dataclass

from rejoinder.domain import rules
from rejoinder.domain.clock import Clock
from rejoinder.domain.cursor import decode_cursor, encode_cursor
from rejoinder.domain.errors import InvalidInput, NotFound
from rejoinder.domain.model import Comment, SortOrder, Thread
from rejoinder.domain.tree import Node, build_forest
from rejoinder.services.sites import SiteService
from rejoinder.storage.base import SortKey, Store, visible_statuses

MAX_PAGE = 1000
MAX_COUNT_URIS = 200


@dataclass(frozen=True, slots=True)
class PageRequest:
    sort: SortOrder = SortOrder.NEWEST
    limit: int = 20
    cursor: str | None = None
    replies: int = 50
    inline: bool = False  # only comments on a passage of the article (inline feedback)


@dataclass(frozen=True, slots=True)
class ThreadPage:
    uri: str
    thread: Thread | None
    comments: list[Node]
    next_cursor: str | None
    closed: bool = False


@dataclass(frozen=True, slots=True)
class ReplyPage:
    replies: list[Comment]
    next_cursor: str | None


def sort_key(comment: Comment, sort: SortOrder) -> SortKey:
    value = float(comment.votes.score) if sort is SortOrder.TOP else comment.created_at
    return value, comment.id


def _check_sizes(limit: int, replies: int) -> None:
    if not 1 <= limit <= MAX_PAGE or not 0 <= replies <= MAX_PAGE:
        raise InvalidInput("page.limit_invalid", f"limit is 1..{MAX_PAGE}, replies 0..{MAX_PAGE}.")


class ThreadService:
    def __init__(self, store: Store, sites: SiteService, clock: Clock) -> None:
        self._store = store
        self._sites = sites
        self._clock = clock

    async def revision(self, site_slug: str, uri: str) -> tuple[int, int] | None:
        """(thread id, revision) for cache validation: one indexed lookup."""
        path, _ = rules.split_thread_uri(uri)
        async with self._store.read() as tx:
            found = await tx.thread_revision(site_slug, path)
        if found is None:
            await self._sites.get(site_slug)  # an unknown site is an error, a new page is not
        return found

    async def page(self, site_slug: str, uri: str, request: PageRequest) -> ThreadPage:
        _check_sizes(request.limit, request.replies)
        site = await self._sites.get(site_slug)
        path, _ = rules.split_thread_uri(uri)
        after = decode_cursor(request.cursor, request.sort) if request.cursor else None
        statuses = visible_statuses()
        async with self._store.read() as tx:
            thread = await tx.thread_by_uri(site.id, path)
            if thread is None:
                return ThreadPage(path, None, [], None)
            roots = await tx.top_level(
                thread.id, request.sort, after, request.limit + 1, statuses, request.inline
            )
            more, roots = len(roots) > request.limit, roots[: request.limit]
            root_ids = [c.id for c in roots]
            replies = await tx.first_descendants(root_ids, request.replies, statuses)
            totals = await tx.reply_totals(root_ids, statuses)
        forest = build_forest(roots, replies)
        _mark_partial_subtrees(forest, replies, totals)
        next_cursor = (
            encode_cursor(request.sort, sort_key(roots[-1], request.sort)) if more else None
        )
        closed = thread.closed_at(site, self._clock.now())
        return ThreadPage(path, thread, forest, next_cursor, closed)

    async def replies(self, comment_id: int, cursor: str | None, limit: int = 100) -> ReplyPage:
        """Replies under a top-level comment beyond the first few, oldest first, flat."""
        _check_sizes(limit, 0)
        after = decode_cursor(cursor, SortOrder.OLDEST) if cursor else None
        statuses = visible_statuses()
        async with self._store.read() as tx:
            root = await tx.comment_by_id(comment_id)
            if root is None or root.status not in statuses:
                raise NotFound("comment.not_found", "There is no such comment.")
            if root.depth != 0:
                raise InvalidInput("comment.not_top_level", "Replies are paged per top-level.")
            found = await tx.descendants_after(comment_id, after, limit + 1, statuses)
        if len(found) <= limit:
            return ReplyPage(found, None)
        found = found[:limit]
        return ReplyPage(
            found, encode_cursor(SortOrder.OLDEST, sort_key(found[-1], SortOrder.OLDEST))
        )

    async def counts(self, site_slug: str, uris: list[str]) -> dict[str, int]:
        if len(uris) > MAX_COUNT_URIS:
            raise InvalidInput("counts.too_many", f"At most {MAX_COUNT_URIS} uris at a time.")
        site = await self._sites.get(site_slug)
        paths = {uri: rules.split_thread_uri(uri)[0] for uri in uris}
        async with self._store.read() as tx:
            by_path = await tx.counts(site.id, list(dict.fromkeys(paths.values())))
        return {uri: by_path.get(path, 0) for uri, path in paths.items()}


def _mark_partial_subtrees(
    forest: list[Node], loaded: list[Comment], totals: dict[int, int]
) -> None:
    """Give each top-level comment whose replies were cut off the cursor to load the rest."""
    last_loaded: dict[int, Comment] = {}
    shown: dict[int, int] = {}
    for comment in loaded:
        if comment.root_id is not None:
            last_loaded[comment.root_id] = comment
            shown[comment.root_id] = shown.get(comment.root_id, 0) + 1
    for node in forest:
        root_id = node.comment.id
        if totals.get(root_id, 0) > shown.get(root_id, 0):
            last = last_loaded.get(root_id)
            key = sort_key(last, SortOrder.OLDEST) if last else (0.0, 0)
            node.replies_cursor = encode_cursor(SortOrder.OLDEST, key)

"""A site's threads and comments, every status, as JSON-ready records: `rejoinder export`.

A header record first (the format, its version and the site), then each thread, then each
comment in id order, so a parent always comes before its replies and an importer can
rebuild the tree in one pass. Read a page per transaction: a site's whole history is never
held in memory. What only the server needs is left out (an edit token's hash, the key that
owns a comment); what the publisher's readers gave them is in (names, emails, links), as is
the network prefix that was stored in place of each address.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any, Final, Protocol, TypeVar

from rejoinder.domain.clock import Clock
from rejoinder.domain.model import Comment, Site, Thread
from rejoinder.services.sites import SiteService
from rejoinder.storage.base import Store, Transaction

FORMAT: Final = "rejoinder-export"
VERSION: Final = 1
PAGE: Final = 500

Record = dict[str, Any]


class _Identified(Protocol):
    @property
    def id(self) -> int: ...


Row = TypeVar("Row", bound=_Identified)


class ExportService:
    def __init__(self, store: Store, sites: SiteService, clock: Clock) -> None:
        self._store = store
        self._sites = sites
        self._clock = clock

    async def records(self, slug: str) -> AsyncIterator[Record]:
        site = await self._sites.get(slug)
        yield _header(site, self._clock.now())
        async for thread in self._threads(site.id):
            yield {"thread": _thread(thread)}
        async for comment in self._comments(site.id):
            yield {"comment": _comment(comment)}

    def _threads(self, site_id: int) -> AsyncIterator[Thread]:
        return self._paged(lambda tx, after: tx.site_threads_after(site_id, after, PAGE))

    def _comments(self, site_id: int) -> AsyncIterator[Comment]:
        return self._paged(lambda tx, after: tx.site_comments_after(site_id, after, PAGE))

    async def _paged(
        self, fetch: Callable[[Transaction, int], Awaitable[list[Row]]]
    ) -> AsyncIterator[Row]:
        """Each row `fetch` reads, a page per transaction, by id."""
        after = 0
        while True:
            async with self._store.read() as tx:
                page = await fetch(tx, after)
            for row in page:
                yield row
            if len(page) < PAGE:
                return
            after = page[-1].id


def _header(site: Site, now: float) -> Record:
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": now,
        "site": {"slug": site.slug, "name": site.name, "origins": list(site.origins)},
    }


def _thread(thread: Thread) -> Record:
    return {
        "id": thread.id,
        "uri": thread.uri,
        "title": thread.title,
        "closed": thread.closed,
        "created_at": thread.created_at,
    }


def _comment(comment: Comment) -> Record:
    anchor = comment.anchor
    return {
        "id": comment.id,
        "thread_id": comment.thread_id,
        "parent_id": comment.parent_id,
        "reply_to_id": comment.reply_to_id,
        "status": comment.status.value,
        "text": comment.text,
        "html": comment.html,
        "author": {
            "name": comment.author.name,
            "email": comment.author.email,
            "url": comment.author.url,
        },
        "created_at": comment.created_at,
        "edited_at": comment.edited_at,
        "votes": {"up": comment.votes.up, "down": comment.votes.down},
        "anchor": None
        if anchor is None
        else {"exact": anchor.exact, "prefix": anchor.prefix, "suffix": anchor.suffix},
        "ip_prefix": comment.ip_prefix,
    }

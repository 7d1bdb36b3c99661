"""A site's moderation history as labelled lines, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from rejoinder.composition import Services
from rejoinder.domain.accounts import Principal, Role
from rejoinder.domain.clock import FrozenClock
from rejoinder.domain.errors import NotFound
from rejoinder.domain.model import CommentStatus
from rejoinder.services import moderation
from rejoinder.services.comments import Draft, Poster
from rejoinder.services.desk import Action
from rejoinder.services.votes import Reader
from rejoinder.storage.base import JudgedComment
from tests.conftest import ORIGIN

ADMIN = Principal(1, "editor@news.example", Role.ADMIN, frozenset())
DAY = 86_400.0


async def _post(
    services: Services, text: str, parent: int | None = None, site: str = "news"
) -> int:
    draft = Draft(text=text, author_name="Reader", parent_id=parent)
    posted = await services.comments.submit(
        site, "/story", draft, Poster("192.0.2.0/24", None, ORIGIN)
    )
    return posted.comment.id


async def _act(services: Services, comment_id: int, action: Action, reason: str = "") -> None:
    await services.desk.act(ADMIN, [comment_id], action, reason)


async def _history(services: Services, days: float | None = None) -> list[JudgedComment]:
    return [j async for j in services.moderation.judged_history("news", days)]


async def test_the_moderators_last_word_on_each_comment(services: Services, site: str) -> None:
    await services.sites.add("other", [ORIGIN])
    left_alone = await _post(services, "Thanks, a clear piece on the budget.")
    held = await _post(services, "you stupid bitch, nobody wants you here")
    reply = await _post(services, "The minister's aides are all crooks and liars", held)
    changed_mind = await _post(services, "Ban this rag of a newspaper")
    spam = await _post(services, "cheap watches at example.com")
    wiped = await _post(services, "something a moderator deleted")
    elsewhere = await _post(services, "rejected on another site", site="other")
    await _act(services, held, Action.APPROVE, "a quote from the article")
    await _act(services, reply, Action.REJECT, "insults")
    await _act(services, changed_mind, Action.REJECT)
    await _act(services, changed_mind, Action.APPROVE, "fair criticism")
    await _act(services, spam, Action.SPAM)
    await _act(services, wiped, Action.REJECT)
    await _act(services, wiped, Action.DELETE)
    await _act(services, elsewhere, Action.REJECT)

    found = await _history(services)

    assert [(j.comment_id, j.label, j.source, j.reason) for j in found] == [
        (held, 0, "approved", "a quote from the article"),
        (reply, 1, "rejected", "insults"),
        (changed_mind, 0, "approved", "fair criticism"),
    ]
    assert found[0].text == "you stupid bitch, nobody wants you here"
    assert found[1].parent_text == found[0].text  # a reply carries what it answered
    assert found[0].parent_text == ""
    assert left_alone not in [j.comment_id for j in found]  # only with published_days


async def test_comments_left_published_and_unreported_once_old_enough(
    services: Services, site: str, clock: FrozenClock
) -> None:
    old = await _post(services, "An old comment nobody minded")
    reported = await _post(services, "An old comment a reader reported")
    await services.flags.flag(reported, Reader("reader-key", "198.51.100.0/24"), "abuse", "")
    clock.advance(3 * DAY)
    recent = await _post(services, "A comment from today")
    rejected = await _post(services, "A comment from today the desk rejected")
    await _act(services, rejected, Action.REJECT)

    found = await _history(services, days=2)

    assert [(j.comment_id, j.label, j.source) for j in found] == [
        (old, 0, "published"),
        (rejected, 1, "rejected"),
    ]
    assert recent not in [j.comment_id for j in found]
    assert [j.comment_id for j in await _history(services, days=4)] == [rejected]


async def test_a_long_history_is_read_page_by_page(
    services: Services, site: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(moderation, "JUDGED_PAGE", 2)
    rejected = [await _post(services, f"comment number {n}") for n in range(5)]
    for comment_id in rejected:
        await _act(services, comment_id, Action.REJECT)
    found = await _history(services)
    assert [j.comment_id for j in found] == rejected
    async with services.store.read() as tx:
        statuses = {(await tx.comment_by_id(i)).status for i in rejected}  # type: ignore[union-attr]
    assert statuses == {CommentStatus.REJECTED}


async def test_an_unknown_site_is_refused(services: Services) -> None:
    with pytest.raises(NotFound):
        await _history(services)

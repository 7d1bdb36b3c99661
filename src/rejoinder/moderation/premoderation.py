"""The default pipeline until the automatic checks land: apply the site's premoderation mode."""

from __future__ import annotations

from rejoinder.domain.model import Decision, Premoderation, Verdict
from rejoinder.moderation.base import AuthorHistory, Submission


class PremoderationPipeline:
    async def decide(self, submission: Submission, history: AuthorHistory) -> Decision:
        mode = submission.site.premoderation
        if mode is Premoderation.ALL:
            return Decision(Verdict.HOLD, ("premoderation.all",))
        if mode is Premoderation.FIRST:
            author = submission.author
            known = await history.has_published_history(
                submission.site.id, author.email, author.name, submission.ip_prefix
            )
            if not known:
                return Decision(Verdict.HOLD, ("premoderation.first_comment",))
        return Decision(Verdict.PUBLISH, ())

"""A reply's lines quoting the comment it answers are that comment's words, not the reply's."""

from __future__ import annotations

from rejoinder.domain.normalize import normalize
from rejoinder.moderation.categories import analyse, without_quotes_of

PARENT = normalize("Honestly, Muslims are terrorists and Dalits should know their place.").text


def _held(text: str, replying_to: str = PARENT) -> bool:
    own = without_quotes_of(normalize(text).text, replying_to)
    return any(hit.score >= 0.8 for hit in analyse(own).hits)


def test_a_quoted_line_of_the_parent_is_not_read() -> None:
    assert not _held("> Muslims are terrorists\n\nNo, and this is why we need moderators.")
    assert not _held(">dalits   should KNOW their place\n>\nWhere is that, in 2026?")


def test_the_reply_own_words_are_still_read() -> None:
    assert _held("> Muslims are terrorists\n\nExactly, and they're parasites too.")


def test_a_quote_of_anything_else_is_the_writer_own() -> None:
    assert _held("> Women belong in the kitchen\n\nJust quoting.")
    assert _held("> Muslims are terrorists\n\nReported.", replying_to="")


def test_spans_keep_their_offsets() -> None:
    text = "> Muslims are terrorists\n\nthey're parasites"
    hit = next(h for h in analyse(without_quotes_of(text, PARENT)).hits if h.score >= 0.8)
    assert text[hit.start : hit.end] == "they're parasites"


def test_the_learned_scores_read_the_reply_own_words_alone() -> None:
    from rejoinder.moderation.abuse import NEWS_ABUSE, TOXICITY, AbuseScorer

    scorer = AbuseScorer.load()
    own = "Their place is wherever they want to be, and that is the law."
    reply = "> Dalits should know their place\n\n" + own
    quoting = scorer.assess(normalize(reply), replying_to=PARENT).scores
    alone = scorer.assess(normalize(own)).scores
    assert (quoting[NEWS_ABUSE], quoting[TOXICITY]) == (alone[NEWS_ABUSE], alone[TOXICITY])
    # without the parent the quoted line is the writer's own, and counts
    unanswered = scorer.assess(normalize(reply)).scores
    assert unanswered[NEWS_ABUSE] > quoting[NEWS_ABUSE]

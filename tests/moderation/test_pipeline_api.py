"""Every rule check, seen through the API: what readers see and what the decision log says."""

from __future__ import annotations

import json

import httpx
import pytest
from sqlalchemy import update

from rejoinder.composition import Services
from rejoinder.domain.clock import FrozenClock
from rejoinder.domain.model import CommentStatus
from rejoinder.storage.sql.tables import sites
from tests.helpers import page, post


async def _set_policy(services: Services, **policy: object) -> None:
    async with services.store.write() as tx:  # the dashboard issue adds a UI for this
        statement = update(sites).where(sites.c.slug == "news").values(policy=json.dumps(policy))
        await tx.conn.execute(statement)  # type: ignore[attr-defined]
    services.sites._cache.clear()


async def _decision(services: Services, comment_id: int) -> tuple[str, tuple[str, ...], tuple]:
    async with services.store.read() as tx:
        [decision] = await tx.decisions_for(comment_id)
    return decision.verdict.value, decision.reasons, decision.spans


async def test_plain_argument_is_published(client: httpx.AsyncClient, services: Services) -> None:
    text = "The council is wrong and the mayor should resign. This policy is a disgrace!"
    created = await post(client, text)
    assert await _decision(services, created["id"]) == ("publish", (), ())


async def test_honeypot_is_spam(client: httpx.AsyncClient, services: Services) -> None:
    created = await post(client, "Great article", homepage="http://cheap.example", expect=202)
    assert created["status"] == "pending"  # spam looks held to the sender; nobody else sees it
    assert (await _decision(services, created["id"]))[:2] == ("spam", ("honeypot.filled",))
    assert (await page(client))["comments"] == []
    url = f"/api/v1/comments/{created['id']}"
    mine = await client.get(url, headers={"X-Edit-Token": created["edit_token"]})
    assert mine.json()["status"] == "pending"
    edited = await client.patch(
        url, json={"text": "A clean text now"}, headers={"X-Edit-Token": created["edit_token"]}
    )
    assert edited.status_code == 200 and edited.json()["status"] == "pending"  # still spam
    assert (await _decision_count(services, created["id"])) == 2
    assert (await page(client))["comments"] == []


async def _decision_count(services: Services, comment_id: int) -> int:
    async with services.store.read() as tx:
        return len(await tx.decisions_for(comment_id))


@pytest.mark.parametrize(
    ("text", "suspect", "slur"),
    [
        ("You are a total ch.u.t.i.y.a and a k1ke", ["ch.u.t.i.y.a", "k1ke"], "k1ke"),
        # one cut is no spaced-out word: joined where the joined letters are a listed word
        ("Tu ek number ka chu.tiya hai, you nig_ger", ["chu.tiya", "nig_ger"], "nig_ger"),
        # ... or a hyphen, where a piece is no word the model learnt (not "rag-head")
        ("Tu ek number ka chu-tiya hai, you nig-ger", ["chu-tiya", "nig-ger"], "nig-ger"),
    ],
)
async def test_suspect_words_hold_with_spans_despite_obfuscation(
    client: httpx.AsyncClient, services: Services, text: str, suspect: list[str], slur: str
) -> None:
    created = await post(client, text, expect=202)
    verdict, reasons, spans = await _decision(services, created["id"])
    assert verdict == "hold" and reasons[0] == "words.suspect"
    assert [text[start:end] for start, end, why in spans if why == "words.suspect"] == suspect
    # The abuse scorer reads the same obfuscations, whatever the site's word lists say.
    assert {"abuse.identity_attack", "abuse.insult"} <= set(reasons)
    assert (slur, "identity_attack.slur") in {(text[s:e], why) for s, e, why in spans}


async def test_a_run_on_sentence_is_not_read_as_a_cut_word(
    client: httpx.AsyncClient, services: Services
) -> None:
    run_on = await post(client, "The vote was done.Then the count began, tiya.")
    assert await _decision(services, run_on["id"]) == ("publish", (), ())


async def test_a_stretched_suspect_word_spares_the_everyday_word_it_reaches(
    client: httpx.AsyncClient, services: Services
) -> None:
    # "pakki naukri" is a permanent job in Hindi, "paki" with its k doubled (the 584th set)
    published = await post(client, "Safai karmachariyon ko pakki naukri milni chahiye.")
    assert await _decision(services, published["id"]) == ("publish", (), ())
    held = await post(client, "Go home you paaaki", expect=202)
    verdict, reasons, _ = await _decision(services, held["id"])
    assert verdict == "hold" and "words.suspect" in reasons


async def test_a_suspect_word_naming_the_practice_of_shaming_is_published(
    client: httpx.AsyncClient, services: Services
) -> None:
    # "slut-shaming" speaks of the insult (the 769th set); the word itself is still held
    published = await post(client, "The slut-shaming of widows is as old as sati.")
    assert await _decision(services, published["id"]) == ("publish", (), ())
    held = await post(client, "She is a slut, shame on her.", expect=202)
    verdict, reasons, _ = await _decision(services, held["id"])
    assert verdict == "hold" and "words.suspect" in reasons


async def test_threats_are_held_with_their_spans(
    client: httpx.AsyncClient, services: Services
) -> None:
    text = "Brandt and his friends? They should all be sh0t. Those people are vermin."
    created = await post(client, text, expect=202)
    assert created["status"] == "pending"
    verdict, reasons, spans = await _decision(services, created["id"])
    assert verdict == "hold" and {"abuse.threat", "abuse.identity_attack"} <= set(reasons)
    found = {(text[start:end], why) for start, end, why in spans}
    assert ("They should all be sh0t", "threat.violence") in found
    assert ("Those people are vermin", "identity_attack.dehumanisation") in found
    argued = await post(client, "The bridge bill should be killed, and Brandt should resign.")
    assert argued["status"] == "published"


async def test_block_words_reject_and_tell_the_author(
    client: httpx.AsyncClient, services: Services
) -> None:
    await _set_policy(services, block_words=["casino bonus"])
    response = await client.post(
        "/api/v1/comments",
        params={"site": "news", "uri": "/x"},
        json={"text": "Get your CASINO   B0NUS now"},
    )
    assert response.status_code == 403 and response.json()["error"]["code"] == "comment.rejected"
    async with services.store.read() as tx:
        stored = await tx.comment_by_id(1)
    assert stored is not None and stored.status is CommentStatus.REJECTED  # kept for the audit


async def test_neutral_words_near_slurs_are_not_held(client: httpx.AsyncClient) -> None:
    for text in (
        "As a Jewish woman I disagree with the council.",
        "Pakistan and India should talk about water.",
        "My gay brother lives on the east bank.",
        "Class assessment: the assistant passed.",
    ):
        assert (await post(client, text))["status"] == "published", text


async def test_links(client: httpx.AsyncClient, services: Services) -> None:
    await _set_policy(services, links={"blocked_domains": ["spam.example"], "hold_above": 2})
    first = await post(client, "source: https://news.example/a", author_name="Rae", expect=202)
    assert (await _decision(services, first["id"]))[1] == ("links.first_comment",)
    async with services.store.write() as tx:
        await tx.set_status(first["id"], CommentStatus.PUBLISHED)
    known = await post(client, "again https://news.example/b", author_name="Rae")
    assert known["status"] == "published"
    many = await post(
        client, "https://a.example https://b.example https://c.example", author_name="Rae",
        expect=202,
    )  # fmt: skip
    assert (await _decision(services, many["id"]))[1] == ("links.too_many",)
    blocked = await post(client, "see https://www.spam.example/x", author_name="Rae", expect=202)
    assert (await _decision(services, blocked["id"]))[:2] == ("spam", ("links.blocked_domain",))


async def test_duplicates_become_spam(
    client: httpx.AsyncClient, services: Services, clock: FrozenClock
) -> None:
    texts = ["Visit my profile!", "visit   my PROFILE!", "V1sit my profile!"]
    results = []
    for n, text in enumerate(texts):
        results.append(await post(client, text, uri=f"/story-{n}", expect=None))
    assert [r["status"] for r in results] == ["published", "published", "pending"]
    assert (await _decision(services, results[2]["id"]))[:2] == ("spam", ("duplicate.text",))
    clock.advance(3601)
    assert (await post(client, "Visit my profile!", uri="/later"))["status"] == "published"


async def test_reasons_combine_and_the_most_severe_wins(
    client: httpx.AsyncClient, services: Services
) -> None:
    created = await post(
        client, "retard https://x.example", homepage="bot", author_name="New", expect=202
    )
    verdict, reasons, _ = await _decision(services, created["id"])
    assert verdict == "spam"
    assert set(reasons) == {
        "honeypot.filled",
        "links.first_comment",
        "words.suspect",
        "abuse.identity_attack",
    }


async def test_edit_into_abuse_is_held_again(client: httpx.AsyncClient, services: Services) -> None:
    created = await post(client, "A fair point about buses.")
    edited = await client.patch(
        f"/api/v1/comments/{created['id']}",
        json={"text": "A fair point, you randi."},
        headers={"X-Edit-Token": created["edit_token"]},
    )
    assert edited.status_code == 200 and edited.json()["status"] == "pending"
    assert (await page(client))["comments"] == []


async def test_banned_email_is_refused_and_time_outs_expire(
    client: httpx.AsyncClient, services: Services, clock: FrozenClock
) -> None:
    await services.bans.ban("news", email="Troll@Example.org", days=1, reason="threats")
    response = await client.post(
        "/api/v1/comments",
        params={"site": "news", "uri": "/x"},
        json={"text": "I'm back", "author_email": "troll@example.org"},
    )
    assert response.status_code == 403 and response.json()["error"]["code"] == "author.banned"
    clock.advance(86_401)
    assert (await post(client, "I'm back", author_email="troll@example.org"))["id"]


async def test_banned_network_and_lifting(client: httpx.AsyncClient, services: Services) -> None:
    ban = await services.bans.ban("news", ip="203.0.113.200")  # the test client's network
    response = await client.post(
        "/api/v1/comments", params={"site": "news", "uri": "/x"}, json={"text": "hello"}
    )
    assert response.json()["error"]["code"] == "author.banned"
    await services.bans.lift(ban.id)
    assert (await post(client, "hello"))["status"] == "published"


async def test_shadow_ban_shows_the_author_alone(
    client: httpx.AsyncClient, services: Services
) -> None:
    await services.bans.ban("news", email="shadow@example.org", shadow=True)
    created = await post(client, "Nobody hears me", author_email="shadow@example.org", expect=201)
    assert created["status"] == "published"  # to its author: nothing tells them
    assert (await _decision(services, created["id"]))[:2] == ("spam", ("ban.shadow",))
    assert (await page(client))["comments"] == []


async def test_abuse_categories_hold_aimed_abuse_and_publish_argument(
    client: httpx.AsyncClient, services: Services
) -> None:
    held = {
        "shut up you m0r0n": "abuse.insult",
        "Muslims are terrorists and should go back": "abuse.identity_attack",
        "send me nudes b4by": "abuse.sexual_harassment",
        "I know where you live": "abuse.threat",
        "tu kutta hai, chup kar": "abuse.insult",
    }
    for text, reason in held.items():
        created = await post(client, text, expect=202)
        verdict, reasons, spans = await _decision(services, created["id"])
        assert verdict == "hold" and reason in reasons, (text, reasons)
        assert any(why.startswith(reason.removeprefix("abuse.")) for _, _, why in spans)
    for text in (
        "Brandt is an idiot and this budget is a stupid, dishonest mess.",
        "What a fucking disgrace this council is.",
        "Immigrants are exploited by employers who pay below the minimum wage.",
        "Muslims pray five times a day; the new prayer room is welcome.",
    ):
        created = await post(client, text)
        assert created["status"] == "published", text


async def test_every_decision_logs_the_category_scores(
    client: httpx.AsyncClient, services: Services
) -> None:
    created = await post(client, "A calm remark about buses.")
    async with services.store.read() as tx:
        [decision] = await tx.decisions_for(created["id"])
    assert set(decision.scores) >= {"identity_attack", "insult", "threat", "toxicity", "hold"}
    assert decision.scores["hold"] < 0.5


async def test_a_sites_thresholds_decide(client: httpx.AsyncClient, services: Services) -> None:
    await _set_policy(
        services,
        hold_at={"insult": None, "toxicity": None, "news_abuse": None},
        reject_at={"threat": 0.9},
    )
    assert (await post(client, "shut up you moron"))["status"] == "published"
    response = await client.post(
        "/api/v1/comments",
        params={"site": "news", "uri": "/x"},
        json={"text": "They should all be shot"},
    )
    assert response.status_code == 403 and response.json()["error"]["code"] == "comment.rejected"


async def test_a_published_comment_keeps_what_explains_its_scores(
    client: httpx.AsyncClient, services: Services
) -> None:
    text = "Brandt is an idiot, and this is bullshit."
    created = await post(client, text)
    assert created["status"] == "published"
    verdict, reasons, spans = await _decision(services, created["id"])
    assert (verdict, reasons) == ("publish", ())
    assert {(text[s:e], why) for s, e, why in spans} == {
        ("idiot", "insult.mild"),
        ("bullshit", "profanity.word"),
    }


async def test_the_people_a_site_names_are_read_as_people(
    client: httpx.AsyncClient, services: Services
) -> None:
    text = "Nair is a bastard."  # a councillor no shipped list names, by her surname
    assert (await post(client, text))["status"] == "published"  # read as a word: 0.6
    # (by a common first name and her surname, she is a person without a list)
    assert (await post(client, "Priya Nair is a bastard.", expect=202))["status"] == "pending"
    await _set_policy(services, people=["Priya Nair", "Nair"])
    created = await post(client, text, expect=202)
    verdict, reasons, spans = await _decision(services, created["id"])
    assert verdict == "hold" and "abuse.insult" in reasons
    assert ("bastard", "insult.strong") in {(text[start:end], why) for start, end, why in spans}
    threat = "Somebody should shoot Nair."
    threatened = await post(client, threat, expect=202)
    verdict, reasons, spans = await _decision(services, threatened["id"])
    assert verdict == "hold" and "abuse.threat" in reasons
    # (the span read in the stand-in's place covers the name as written)
    assert {threat[start:end] for start, end, why in spans if why.startswith("threat.")} == {
        "Somebody should shoot Nair"
    }
    argued = await post(client, "Nair is wrong about the bypass and should resign.")
    assert argued["status"] == "published"


async def test_the_people_an_article_or_a_reply_names_are_read_by_surname(
    client: httpx.AsyncClient, services: Services
) -> None:
    # The article's title names her in full; its comments call her by her surname.
    title = "Library closures: Helen Marsh defends the cuts"
    story, other = "/news/libraries", "/news/wetlands"
    opened = await post(client, "Closing three libraries is a mistake.", uri=story, title=title)
    assert opened["status"] == "published"
    text = "Marsh is a heartless bitch"
    created = await post(client, text, uri=story, expect=202)
    verdict, reasons, spans = await _decision(services, created["id"])
    assert verdict == "hold" and "abuse.sexual_harassment" in reasons
    assert ("bitch", "sexual_harassment.insult") in {
        (text[start:end], why) for start, end, why in spans
    }
    assert (await post(client, "Marsh is wrong, and the cuts are too deep.", uri=story))[
        "status"
    ] == "published"
    # (another article's marsh is a place)
    assert (await post(client, text, uri=other, title="Saving the wetlands"))[
        "status"
    ] == "published"
    # A reply reads the people the comment it answers names.
    parent = await post(client, "Tom Reddy voted for the cuts.", uri=other)
    reply = await post(
        client, "Someone should shoot Reddy", uri=other, parent_id=parent["id"], expect=202
    )
    assert (await _decision(services, reply["id"]))[0] == "hold"
    assert (await post(client, "Someone should shoot Reddy", uri=other))["status"] == "published"


async def test_a_trope_is_read_under_the_title_that_names_its_people(
    client: httpx.AsyncClient, services: Services
) -> None:
    # The thread's title (the widget sends the page's) names a Chinese student; under it
    # the old trope about cats is an identity attack, under a lost cat's story it is not.
    story, other = "/news/oxford-union", "/news/lost-cat"
    title = "Chinese-British student Li Wei elected president of the Oxford Union"
    opened = await post(client, "Congratulations to him, a fine debater.", uri=story, title=title)
    assert opened["status"] == "published"
    text = "Check the Union's cat is still alive"
    created = await post(client, text, uri=story, expect=202)
    verdict, reasons, spans = await _decision(services, created["id"])
    assert verdict == "hold" and "abuse.identity_attack" in reasons
    assert (text, "identity_attack.trope") in {(text[a:b], why) for a, b, why in spans}
    lost = "Tabby missing from Jericho for a week, owners plead for sightings"
    assert (await post(client, text, uri=other, title=lost))["status"] == "published"

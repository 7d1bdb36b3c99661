"""Votes (one per reader, never on your own comment) and reader reports."""

from __future__ import annotations

import httpx

from rejoinder.composition import Services
from tests.helpers import error_code, page, post


async def _vote(
    client: httpx.AsyncClient, comment_id: int, value: int, token: str | None = None
) -> httpx.Response:
    headers = {"X-Voter-Token": token} if token else {}
    return await client.post(
        f"/api/v1/comments/{comment_id}/vote", json={"value": value}, headers=headers
    )


async def test_one_vote_per_reader_change_and_retract(client: httpx.AsyncClient) -> None:
    created = await post(client)
    first = await _vote(client, created["id"], 1)
    token = first.json()["voter_token"]
    assert first.json()["votes"] == {"up": 1, "down": 0, "score": 1}
    again = await _vote(client, created["id"], 1, token)
    assert again.json()["votes"] == {"up": 1, "down": 0, "score": 1}
    assert again.json()["voter_token"] is None
    flipped = await _vote(client, created["id"], -1, token)
    assert flipped.json()["votes"] == {"up": 0, "down": 1, "score": -1}
    retracted = await _vote(client, created["id"], 0, token)
    assert retracted.json()["votes"] == {"up": 0, "down": 0, "score": 0}


async def test_no_vote_on_own_comment(client: httpx.AsyncClient) -> None:
    created = await post(client)
    response = await _vote(client, created["id"], 1, created["voter_token"])
    assert response.status_code == 403 and error_code(response) == "vote.own_comment"


async def test_forged_voter_token_is_a_new_reader(client: httpx.AsyncClient) -> None:
    created = await post(client)
    forged = created["voter_token"][:-2] + "xx"
    response = await _vote(client, created["id"], 1, forged)
    assert response.status_code == 200 and response.json()["voter_token"]


async def test_votes_per_network_are_capped(client: httpx.AsyncClient) -> None:
    created = await post(client)
    statuses = [(await _vote(client, created["id"], 1)).status_code for _ in range(11)]
    assert statuses[:10] == [200] * 10
    assert statuses[10] == 403


async def test_vote_value_validated(client: httpx.AsyncClient) -> None:
    created = await post(client)
    response = await _vote(client, created["id"], 5)
    assert response.status_code == 400 and error_code(response) == "vote.value_invalid"
    assert (await _vote(client, 999999, 1)).status_code == 404


async def test_flag_once_per_reader_and_threshold_requeues(
    client: httpx.AsyncClient, services: Services
) -> None:
    created = await post(client, "questionable")
    url = f"/api/v1/comments/{created['id']}/flag"
    tokens = [services.voter_tokens.issue()[0] for _ in range(3)]
    assert (
        await client.post(url, json={"reason": "abuse"}, headers={"X-Voter-Token": tokens[0]})
    ).status_code == 201
    dup = await client.post(url, json={"reason": "spam"}, headers={"X-Voter-Token": tokens[0]})
    assert dup.status_code == 409 and error_code(dup) == "flag.duplicate"
    bad = await client.post(url, json={"reason": "boring"}, headers={"X-Voter-Token": tokens[1]})
    assert bad.status_code == 400 and error_code(bad) == "flag.reason_invalid"
    assert len((await page(client))["comments"]) == 1
    await client.post(url, json={"reason": "hate"}, headers={"X-Voter-Token": tokens[1]})
    await client.post(url, json={"reason": "harassment"}, headers={"X-Voter-Token": tokens[2]})
    assert (await page(client))["comments"] == []  # three reports: back to the queue
    async with services.store.read() as tx:
        assert (await tx.outbox_topics()).count("comment.flagged") == 3

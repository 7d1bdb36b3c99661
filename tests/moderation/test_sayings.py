"""Hateful sayings that carry their own target (moderation/sayings.py)."""

from __future__ import annotations

import pytest

from .test_categories import held_for


@pytest.mark.parametrize(
    "text",
    [
        "Hitler was right about these people.",
        "The Holocaust never happened and they know it.",
        "Black lives don't matter.",
        "Being gay is a mental illness, period.",
        "Too many brown faces on the news these days.",
        "Another Muslim grooming gang, shocker. They're all the same.",
        "Africa has never produced anything of value.",
        "Women belong barefoot and pregnant, not in parliament.",
        "Islam is not a religion of peace, it's a death cult and its followers are brainwashed.",
        # and through the group structures: one for all, a group's disregard for life
        "Every Palestinian is a terrorist in waiting.",
        "Chinese people have no respect for life.",
        "Zionists are the scum of the earth.",
        # gay people and their families (the ninety-fourth set)
        "Homosexuality is against nature and against God.",
        "Gay marriage will destroy the family, mark my words.",
        "Kids raised by two dads grow up confused and damaged.",
        "There's no such thing as a bisexual, they're just lying to themselves.",
        "Trans women will never be real women, no matter how many surgeries.",
        "AIDS is God's punishment for gays.",
        "The gay agenda is poisoning our schools.",
        "If my son was gay I would disown him.",
        "Same-sex couples adopting children is a form of abuse.",
        # sayings whose own words were no cue: they ran only when another cue was there
        "If my son was gay I'd kill him.",
        "They bring their grooming gangs with them.",
        "Every time there's a rape, it's a Muslim.",
        "Males are trash, every one of them.",
        "She's hot for an Indian",
        "Gay sex is a sin and a perversion.",
        # the eleventh session's blind batch
        "Every mosque in Leicester is a jihadi recruitment centre.",
        "She only got elected because her tribe voted for her, they breed for votes.",
        "Every Jew in London has blood on their hands.",
        # its third batch
        "Team mein ek bhi Muslim nahi hona chahiye, bas.",
        "Monkey in a uniform, what a joke.",
        "A man in a dress is a predator, period.",
        "Auratein ghar sambhaalein, sansad mein inka kya kaam?",
        "Ladkiyon ko padhao mat, sansad mein bhejo, wah re desh.",
    ],
)
def test_hateful_sayings_are_held(text: str) -> None:
    assert "identity_attack" in held_for(text)


@pytest.mark.parametrize(
    "text",
    [
        # named to be rejected or reported
        "The claim that the Holocaust never happened is a lie that still spreads online.",
        "Anyone who says Hitler was right should be banned from this site.",
        "The idea that being gay is a mental illness was dropped by psychiatrists in 1973.",
        "Kids raised by two dads are no more confused than anyone else, the study found.",
        "If my son was gay I would love him exactly the same.",
        "The anti-gay agenda is poisoning our schools, teachers say.",
        "Trans women can never be safe in that prison, the report warns.",
        "Hitler was right about nothing, and the school trip made that clear.",
        "Being trans is not a mental illness, the WHO says.",
        "Barefoot and pregnant was the attitude of the 1950s ads, and the exhibition shows it.",
        # the same words saying something else
        "Another Muslim doctor honoured in the New Year list, well deserved.",
        "Too many black people are stopped and searched.",
        "Every Palestinian child deserves a school to go to.",
        "Zionists and anti-Zionists both packed the hall for the debate.",
        "Black lives matter was the biggest protest movement of the decade.",
        "India has never produced anything like this budget deficit before.",
        "The cult of personality around the leader is the real danger here.",
        "Muslims have no respect for the new parking rules either, nobody does.",
        "Every church in town is a community centre now.",
        "Pandas breed in captivity only rarely, the zoo says.",
        "Every politician in Westminster has blood on their hands over this war.",
        "Not every Israeli has blood on their hands.",
    ],
)
def test_the_same_words_reported_or_meaning_otherwise_are_not(text: str) -> None:
    assert not held_for(text)

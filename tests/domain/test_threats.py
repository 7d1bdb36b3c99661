"""Threats and dehumanisation aimed at people are found; heated argument is not."""

from __future__ import annotations

import pytest

from rejoinder.domain.normalize import normalize
from rejoinder.domain.threats import THREAT_WORDS, find_threats
from rejoinder.moderation.words import Words

HELD = [
    ("They should all be shot.", "threat.violence"),
    ("Keep writing like this and see what happens to your car", "threat.intimidation"),
    ("Would be a shame if something happened to your family", "threat.intimidation"),
    ("I'll be waiting outside your office on Monday", "threat.intimidation"),
    ("Someone needs to shut this woman up permanently.", "threat.intimidation"),
    ("Sending you a rope, you know what to do with it.", "threat.self_harm"),
    ("I'd slap that smug grin right off your face", "threat.violence"),
    ("You'll get what's coming to you", "threat.intimidation"),
    ("This minister should be hanged.", "threat.violence"),
    ("Women journalists who cover cricket should be raped", "threat.intimidation"),
    ("Bhai isko itna maaro ki hospital pahunch jaye", "threat.intimidation"),
    ("Someone find out which school his kids go to.", "threat.intimidation"),
    ("You should drink bleach and do us all a favour.", "threat.self_harm"),
    ("If I ever see you at a rally, you won't walk home.", "threat.intimidation"),
    ("I'll make sure you never work in journalism again", "threat.intimidation"),
    ("Kill every last one of these traitors.", "threat.violence"),
    ("Ye sab ghuspaithiye hain, inko goli se udao.", "threat.violence"),
    ("Hope this clown dies in a fire", "threat.harm_wish"),
    ("gaddar ko goli maar deni chahiye", "threat.violence"),
    ("गद्दार पत्रकार, तुझे तो गोली मार देनी चाहिए", "threat.violence"),
    ("those people must be hanged", "threat.violence"),
    ("You deserve to be burned alive", "threat.violence"),
    ("I'm going to kill you", "threat.violence"),
    ("Someone should shoot him", "threat.violence"),
    ("kill them all", "threat.violence"),
    ("they deserve to die", "threat.violence"),
    ("Th3y sh0uld b3   sh0t", "threat.violence"),  # obfuscated, stretched
    ("desh ke gaddaron ko goli maaro", "threat.violence"),  # romanised Hindi
    ("in sabko jala do", "threat.violence"),
    ("इन सबको जला दो", "threat.violence"),
    ("गद्दारों को गोली मारो", "threat.violence"),
    ("These people are vermin", "dehumanisation"),
    ("they are nothing but cockroaches", "dehumanisation"),
    ("these people are termites", "dehumanisation"),
    ("you people are subhuman", "dehumanisation"),
    ("I know where you live", "threat.intimidation"),
    ("better watch your back", "threat.intimidation"),
    ("you'll pay for this", "threat.intimidation"),
    ("we will find you", "threat.intimidation"),
    ("he deserves a bullet", "threat.intimidation"),
    ("string them up", "threat.intimidation"),
    ("jaan se maar dunga", "threat.intimidation"),
    ("go kill yourself", "threat.self_harm"),
    ("kys", "threat.self_harm"),
    ("I hope you die", "threat.harm_wish"),
    ("Hope you and your kids burn in your house tonight", "threat.harm_wish"),
    ("I hope your whole family gets what's coming to them", "threat.harm_wish"),
    ("Someone should put a bullet in this reporter", "threat.violence"),
    ("Someone find this writer's address", "threat.intimidation"),
    ("I'd love to see this reporter hanging from a lamp post", "threat.violence"),
    ("Someone should teach her a lesson she won't forget", "threat.intimidation"),
    ("Tum jaise jihadi ko desh se bahar phek dena chahiye", "threat.intimidation"),
    ("Tere jaise deshdrohi ko toh chauraahe pe latka dena chahiye", "threat.violence"),
    ("If I ever see you I will break your legs", "threat.violence"),
    ("we'll beat him up after the rally", "threat.violence"),
    ("I'm gonna punch you", "threat.violence"),
    ("tere jaise ko toh latka dena chahiye", "threat.violence"),
    ("Somebody should throw acid on that anchor's face", "threat.violence"),
    ("I'll throw acid in your face", "threat.violence"),
    ("She deserves an acid attack", "threat.violence"),
    ("तुझे घर में घुसकर मारेंगे", "threat.intimidation"),
    ("Jo bhi is neta ka samarthan karega uski tange tod denge", "threat.intimidation"),
    ("उसकी टांगें तोड़ देंगे", "threat.intimidation"),
    ("Ek din tera bhi number aayega, yaad rakhna", "threat.intimidation"),
    ("tere ghar aake samjhayenge", "threat.intimidation"),
    ("You'd better hope we never meet in person, mate.", "threat.intimidation"),
    ("Every one of you traitors will swing when the day comes", "threat.intimidation"),
    ("I hope someone runs you over on your way home", "threat.harm_wish"),
    ("They breed like there's no tomorrow while we pay", "dehumanisation"),
    ("I know which gym you go to, Sarah. See you Tuesday.", "threat.intimidation"),
    (
        "I've screenshotted your profile and I'm sending it to your employer.",
        "threat.intimidation",
    ),
    ("Bach ke rehna patrakar, teri khair nahi ab.", "threat.intimidation"),
    ("Ghar se uthwa lenge tujhe, phir dekhte hain", "threat.intimidation"),
    ("Tera kaam tamaam karne mein ek din nahi lagega.", "threat.intimidation"),
    ("Zimmerman we comin for yo life", "threat.intimidation"),
    ("Goli maaro is neta ko", "threat.violence"),
    ("desh ke gaddaron ko goli maaro saalon ko", "threat.violence"),
    ("Arshdeep Khalistani hai, isko desh se nikalo.", "threat.intimidation"),
    ("If that were my daughter's attacker I'd cut his throat myself", "threat.violence"),
    ("I hope your house is burgled next and you get beaten half to death", "threat.harm_wish"),
    # romanised Hindi in its common forms (the twenty-ninth judgment set)
    ("Tujhe dekh lunga, bach ke rehna.", "threat.intimidation"),
    ("Teri biwi ko utha lenge, phir dekhte hain.", "threat.intimidation"),
    ("Apni maa ka doodh piya hai toh saamne aa.", "threat.intimidation"),
    ("Ladki hai toh kya, iski zubaan kaat do.", "threat.intimidation"),
    ("Saale deshdrohi, Pakistan mein jaake mar.", "threat.self_harm"),
    ("The journalist should be publicly flogged for this.", "threat.violence"),
]
PUBLISHED = [
    "The bill should be killed in committee.",
    "Let's see what happens to your house prices when the rates go up.",
    "Watch what happens to your pension under this plan.",
    "I hope this bill dies in committee.",
    "I'll be waiting for your reply on Monday.",
    "Shut this scheme down permanently, it has wasted crores.",
    "Rope-a-dope politics: let them punch themselves out.",
    "I'd slap a tax on sugar tomorrow.",
    "The minister should be hanged out to dry by the auditors.",
    "Nobody deserves to be raped, whatever she wore.",
    "Maaro ya chhodo, ye decision court ka hai.",
    "Which school the minister's kids go to is public record.",
    "He told people to drink bleach on live television.",
    "If you go to the rally, take water, you won't find any there.",
    "Kill these bills before they reach the floor.",
    "Every last one of the promises in the manifesto has been broken.",
    "I'll make sure you never miss an issue, subscribe below.",
    "Brandt is a liar and should resign.",
    "This government is a disaster and they lied about the bridge.",
    "The council should be ashamed; the vote was a stitch-up.",
    "The detour is killing small businesses on Mill Street.",
    "We will fight this at the ballot box.",
    "Rats have been seen near the old mill again.",
    "Mosquitoes are vermin, the city should spray the river bank.",
    "Muslims pray five times a day.",
    "As a Jewish woman I think the policy is wrong.",
    "Execution of the plan was poor, it should be shot down in the next vote.",
    "Last over, bas ek chakka maar do aur match jeet lo",
    "We will beat them at the ballot box in May.",
    "I will break your argument down point by point.",
    "Deewar pe tasveer latka do",
    "आखिरी ओवर में छक्का मार दो",
    "I hope they burn the midnight oil on this bill",
    "I hope he rots in jail for this scam",
    "Put bullets in the gun before the range opens",
    "Tasveer ko deewar pe latka do",
    "Find the address of the new passport office",
    "I would love to see this bill dead in committee",
    "I would love to see them beaten at the polls",
    "I would love to see the policy shot down",
    "Voters will teach the ruling party a lesson in May",
    "Get your address right on the form",
    "Kala dhan desh se bahar gaya, koi nahi pakda gaya",
    "The men who threw acid on her were jailed for ten years.",
    "Acid attacks on women rose by a fifth last year, the report says.",
    "The soil in the orchard needs acid, not lime.",
    "Kohli ne aaj record tod diya",
    "Main ghar aake call karta hoon",
    "मैंने उसे घर आके बताया",
    "भारतीय सेना ने लाहौर के अंदर तक घुसकर मारा था",  # a report of the army, in the past
    "Swing voters will swing to Labour in the marginals.",
    "I hope someone runs the numbers again before the vote.",
    "She has no friends left in the party; who would stab her in the back now?",
    "They breed dogs on the farm outside town.",
    "I know which party you vote for, and I respect it.",
    "Uthwa lenge wali dhamkiyon ki shikayat police mein karo.",
    "Kaam tamaam ho gaya is sarkar ka, 2029 mein dekhna.",
    "Goli maaro is budget ko, aam aadmi ke liye kuch nahi hai.",
    "See what happens to your car insurance premium when the new rules kick in.",
    "The courier said he'd be waiting outside your office at noon.",
    "Sending you a rope and harness for the climbing trip, as promised.",
    "I hope you get shot of this problem before the election.",
    "I hope the burglars are caught and the family gets their things back.",
    "Tumhare mudde ko utha lenge parliament mein, chinta mat karo.",
    "Garmi se bach ke rehna, paani peete raho.",
    "Dekh lenge agle chunav mein, janta jawab degi.",
    "Bijli ka connection kaat do agar bill nahi bhara, yahi niyam hai.",
    "Gala kaat competition hai is market mein.",
    "Maa ka doodh sabse accha hai bacche ke liye, doctor kehte hain.",
    "Mera chacha 1971 mein Dhaka jaake mar gaya tha, ladai mein.",
]


@pytest.mark.parametrize(("text", "reason"), HELD)
def test_threats_and_dehumanisation_are_found(text: str, reason: str) -> None:
    assert reason in {found for _, _, found in find_threats(normalize(text).text)}


@pytest.mark.parametrize("text", PUBLISHED)
def test_heated_argument_and_neutral_mentions_are_not(text: str) -> None:
    assert find_threats(normalize(text).text) == []


@pytest.mark.parametrize(("text", "reason"), HELD)
def test_every_threat_is_found_through_its_anchor_words(text: str, reason: str) -> None:
    # The abuse scorer runs a pattern only when one of its anchor words is in the text.
    normalized = normalize(text).text
    words = Words(normalized).present
    assert words & THREAT_WORDS
    assert find_threats(normalized, words) == find_threats(normalized)

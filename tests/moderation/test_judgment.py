"""The default policy on comments under a political news article (see data/README.md)."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from rejoinder.composition import Services
from rejoinder.domain.model import Site
from rejoinder.moderation.abuse import GROUP_ABUSE, NEWS_ABUSE
from rejoinder.services.moderation import Sample

DATA = Path(__file__).parent / "data"
# Rounds of judgment sets that taught the news head alone, blended in (rounds/README.md)
ROUNDS = Path(__file__).parent / "rounds"
# Judgment sets no part of the shipped model trained on (unseen/README.md)
UNSEEN = Path(__file__).parent / "unseen"


def _set_path(name: str) -> Path:
    return next((d / name for d in (DATA, ROUNDS) if (d / name).exists()), UNSEEN / name)


def _without_news_head(site: Site) -> Site:
    """The default policy minus the news head: the head learnt from these very sets, so
    with it they would no longer guard what the rules hold."""
    hold_at = {**site.policy.hold_at, NEWS_ABUSE: None, GROUP_ABUSE: None}
    return replace(site, policy=replace(site.policy, hold_at=hold_at))


async def _verdicts(
    services: Services, name: str, news_head: bool = False
) -> list[tuple[str, int, bool]]:
    site = await services.moderation.site_for(None)
    if not news_head:
        site = _without_news_head(site)
    lines = [json.loads(line) for line in _set_path(name).read_text().splitlines()]
    out = []
    for line in lines:
        sample = Sample(line["id"], line["text"], "", line.get("parent", ""), line.get("title", ""))
        # (each line a guest's first comment, as on the evening the sets are written for)
        decision = await services.moderation.score(site, sample, new_author=True)
        out.append((line["text"], line["label"], decision.verdict.value != "publish"))
    return out


# Abuse the rules still publish, kept in view until a general fix exists (data/README.md).
# (Since the sixty-seventh session the tropes said under a title naming their people
# (titled.py) hold 66 of the lines the comments below name as missed, and the sixty-eighth
# session's rows two more, "smelling of curry" and "Pakistan se funding"; the lists hold
# what is left.)
KNOWN_MISSES = {
    # rounds 693-696 (the sixty-eighth session's second batch, written after the first's
    # rows): a Black sprinter's "dole-scrounger's son" (the news head 0.48)
    "onethousandsixhundrednineteenth_evening.jsonl": [
        "Gold medal for a dole-scrounger's son, only in Britain",
    ],
    # rounds 689-692 (the sixty-eighth session's first batch): a Nigerian-born judge's
    # defendants to "pay the judge's cousin first" (the news head 0.12); a Polish-born
    # councillor's "car wash vote" (0.14)
    "onethousandsixhundredtwelfth_evening.jsonl": [
        "Defendants will need to pay the judge's cousin first",
    ],
    "onethousandsixhundredfifteenth_evening.jsonl": [
        "The car wash vote just got a lot more organised",
    ],
    # rounds 685-688 (the sixty-seventh session's second batch, written after the titled
    # tropes): a Jewish headteacher's "kosher and twice the price" (the news head 0.09), the
    # budget "in an offshore account" (0.06), a school trip "to a bank vault" (0.10), "the
    # Holocaust is the only history they teach" (0.91), "teaching the kids to haggle"
    # (0.78), "Good at counting" (0.45); a Pakistani-born mayor of Rochdale's "grooming gangs
    # get a mayor" (0.79), "lock their doors tonight" (0.86), "the gang's moved up" (0.70),
    # "smelling of curry" (0.89), "Drive carefully girls" (0.32); a Dalit SP's "Inki jaat
    # wale" (0.98); a deaf council leader's "shout in her ear" (0.58), "a carer to sign her
    # expenses" (0.54), "Waving your arms about isn't a language" (0.18), "can't even answer
    # the phone" (0.08)
    "onethousandsixhundredeighth_evening.jsonl": [
        "School dinners will be kosher and twice the price",
        "Cohen will have the budget in an offshore account by Easter",
        "The school trip will be to a bank vault",
        "Bet the Holocaust is the only history they teach now",
        "She'll be teaching the kids to haggle before they can read",
        "Good at counting, I'll give them that",
    ],
    "onethousandsixhundredninth_evening.jsonl": [
        "Rochdale, where the grooming gangs get a mayor",
        "Hope the girls of Rochdale lock their doors tonight",
        "From driving them to running the town, the gang's moved up",
        "Drive carefully girls, the mayor's on the rank",
    ],
    "onethousandsixhundredtenth_evening.jsonl": [
        "Inki jaat wale ab kisi ki nahi sunenge",
    ],
    "onethousandsixhundredeleventh_evening.jsonl": [
        "Someone should shout in her ear and see if it works",
        "She'll need a carer to sign her expenses",
        "Waving your arms about isn't a language, love",
        "Leader of the council and she can't even answer the phone",
    ],
    # rounds 681-684 (the sixty-seventh session's batch, scored after the titled tropes): a
    # Somali-born nurse's "check their drips after she's been round" (the news head 0.60),
    # "Mogadishu's finest" (0.90), "can't even speak English properly" (0.75), "Pirates
    # and nurses" (0.15), FGM "on the side" (0.18); a Muslim woman topping the UPSC, in
    # Hinglish: "Burqe mein chhupa ke cheating" (0.94), "Pakistan se funding" (0.77), "gaay
    # katne ka" order (0.27; the same words report an accusation); an Irish Traveller
    # solicitor's site "on legal aid by Christmas" (0.13); a trans firefighter's "It should
    # be fighting its own demons" (0.46)
    "onethousandsixhundredfourth_evening.jsonl": [
        "Hope the patients check their drips after she's been round",
        "Mogadishu's finest, now in charge of your granny's bedpan",
        "She can't even speak English properly, how will she give orders",
        "Pirates and nurses, Somalia's two exports",
        "Give it a year and the NHS will be paying for FGM on the side",
    ],
    "onethousandsixhundredfifth_evening.jsonl": [
        "Burqe mein chhupa ke cheating ki hogi",
        "Collector banegi toh pehla order gaay katne ka dega",
    ],
    "onethousandsixhundredsixth_evening.jsonl": [
        "The whole site will be on legal aid by Christmas",
    ],
    "onethousandsixhundredseventh_evening.jsonl": [
        "It should be fighting its own demons, not fires",
    ],
    # rounds 677-680 (the sixty-sixth session's third batch): a Chinese-British student
    # called "Beijing's man in Oxford" (the news head 0.27), the Union's cat to be checked
    # (0.15), "another spy on a student visa" (0.30), the committee "will be yellow" (0.68;
    # a party's colour too); a Jewish comedian's "Tribe" (0.37), the receipts counted twice
    # (0.39), "send her to Gaza" (0.81); a trans woman's "lock up your daughters" (0.89),
    # "in the showers by the end of the week" (0.36)
    "onethousandsixhundredth_evening.jsonl": [
        "Beijing's man in Oxford, the CCP must be thrilled",
        "Another spy on a student visa, and we just hand him the gavel",
        "Give it a term and the whole committee will be yellow",
    ],
    "onethousandsixhundredsecond_evening.jsonl": [
        "The Tribe looks after its own, as ever",
        "She'll count the box office receipts twice before she tells a joke",
        "Send her to Gaza for a month and see if she's still funny",
    ],
    # rounds 673-676 (the sixty-sixth session's second batch): a black woman governor said
    # to be on "a Nigerian prince scam email list" (the news head 0.74); an actor with
    # dwarfism as "Hamlet or Hobbit" (0.75), "the freak" stood on a box (0.82), "he should
    # have not been" (0.25), "stabbing kneecaps" (0.87)
    "onethousandfivehundredninetyninth_evening.jsonl": [
        "Hamlet or Hobbit, make your mind up",
        "To be or not to be, he should have not been",
        "Can't wait for the sword fight, he'll be stabbing kneecaps",
    ],
    # rounds 665-668 (the sixty-fifth session's third batch): "Hindutva rats" (a movement,
    # the news head 0.84), "the rape gangs find new hobbies" (0.82), "their men can't
    # control themselves, animals" (0.97); "gandagi hi failayenge" (0.95); "taking up space
    # a real MP could use" (0.10); "those rapists are housed on our street" (0.67), "our
    # girls are fair game" (0.65)
    "onethousandfivehundredeightyeighth_evening.jsonl": [
        "Hindutva rats brought their filth from India, deport the lot",
        "Muslim men in masks again, the rape gangs find new hobbies",
        "Their women cover up because their men can't control themselves, animals",
    ],
    "onethousandfivehundredeightyninth_evening.jsonl": [
        "Bihari log kahin bhi jaayenge gandagi hi failayenge",
    ],
    "onethousandfivehundredninetieth_evening.jsonl": [
        "Taking up space a real MP could use",
    ],
    "onethousandfivehundredninetyfirst_evening.jsonl": [
        "Nobody sleeps safe while those rapists are housed on our street",
        "Their religion tells them our girls are fair game",
    ],
    # rounds 661-664 (the sixty-fifth session's second batch): a Sikh MP "waving a kirpan"
    # (the news head 0.90) and sent to Canada "with the rest of the terrorists" (0.73); a
    # gay couple's "perverts" (0.74), an "AIDS cake" (0.00), "bent as a nine bob note" (0.65;
    # said of crooks too); a Malayali officer called "lungi wali jaahil" (0.93), sent to
    # "sell coconuts" (0.74), a converted "for rice" (0.89); a Traveller site's field to be
    # full of "stolen copper" (0.66)
    "onethousandfivehundredeightyfourth_evening.jsonl": [
        "He'll be waving a kirpan in the chamber next, lock him up before he stabs someone",
        "Send him to Canada with the rest of the terrorists",
    ],
    "onethousandfivehundredeightyfifth_evening.jsonl": [
        "Hope the cake had something special in it for those two perverts",
    ],
    "onethousandfivehundredeightysixth_evening.jsonl": [
        "Ye Malayali aurat north mein aake hamein rules sikhayegi? Lungi wali jaahil",
        "Send her back to Kerala to sell coconuts, madrasi ladies can't handle UP",
        "These southern Christians are all converted for rice, she's no different",
    ],
    # rounds 657-660 (the sixty-fifth session's first batch): a town said to be "fallen" to
    # a people the title names, with stoning to come (the news head 0.77); a judge's caste
    # looked at and "bikau saala" (0.77); "typical autistic" protesters (0.96); a Black
    # columnist's knockout looked forward to (0.12) and his column said to be ghost-written
    # as he "can barely read" (0.41)
    "onethousandfivehundredeightieth_evening.jsonl": [
        "Bradford has fallen. Give it ten years and they'll be stoning women in the town square",
    ],
    "onethousandfivehundredeightyfirst_evening.jsonl": [
        "Judge sahab ki bhi jaat dekh lo, sab samajh aa jayega, bikau saala",
    ],
    "onethousandfivehundredeightysecond_evening.jsonl": [
        "Typical autistic Greta clones, someone take their phones and their benefits",
    ],
    "onethousandfivehundredeightythird_evening.jsonl": [
        "The day he gets knocked out cold in the tunnel won't be racism either",
        "Columnist? He can barely read, they've got someone writing this for him",
    ],
    # rounds 653-656 (the sixty-fourth session's second batch): a trans teacher "welcomed
    # back" at the gates (0.30) and "sorted out" in the car park (0.60), "these freaks"
    # (0.86), "that thing" (0.44), "paedos in dresses" (0.98; "they're all paedos" is said
    # of a convicted gang too)
    "onethousandfivehundredseventysixth_evening.jsonl": [
        "Parents should wait outside the gates and give him a proper welcome back",
        "Hope one of the dads sorts him out in the car park",
        "Imagine being a kid and having that thing read you a story",
        "They're all paedos in dresses, every one of them",
    ],
    # a Dalit groom told his "aukaat" (0.51; said of parties after an election too),
    # reservation "eaten" (0.92), the quota's son-in-law (0.13), untouchability (0.93)
    "onethousandfivehundredseventyseventh_evening.jsonl": [
        "Ghodi pe baith ke raja ban gaya, aukaat nahi bhoolni chahiye",
        "Inka dimaag kharab ho gaya hai reservation kha kha ke",
        "Quota wale damad, sarkar ka jamai",
    ],
    # a Jewish MP: dual loyalty by a town's name (0.47), a wish for worse than the windows
    # (0.75), the nose (0.00): each only the title makes a trope
    "onethousandfivehundredseventyeighth_evening.jsonl": [
        "Shame they only smashed the windows",
    ],
    # a reporter told to "watch his back" (0.56; said of a leader's rivals too), readers
    # called morons and snowflakes (0.87, 0.86)
    "onethousandfivehundredseventyninth_evening.jsonl": [
        "The reporter who wrote this needs to watch his back",
        "Anyone who believes this rag is a brain-dead moron",
        "Typical lefty snowflake, cry harder",
    ],
    # rounds 649-652 (the sixty-fourth session, scored after the tenth retrain's criterion):
    # a political editor's looks said to have got her the job (the news head 0.77) and where
    # she votes (a stalker's words, 0.02)
    "onethousandfivehundredseventysecond_evening.jsonl": [
        "Laura's wearing that top again, bet that's how she got the job",
        "I know which polling station she votes at, maybe I'll say hello",
    ],
    # farmers called beggars in Hinglish ("saale" a word of everyday speech too; 0.76)
    "onethousandfivehundredseventythird_evening.jsonl": [
        "Saale bhikari, free ki bijli chahiye inko bas",
    ],
    # the people of the small boats named only by the title: vermin counted on a beach
    # (0.77), rapists (0.67), the grooming gangs' "reinforcements" (0.90), a machine gun on
    # the cliffs (0.63), leeches (0.90), target practice (0.15; "use them for target
    # practice" is said of tin cans too)
    "onethousandfivehundredseventyfourth_evening.jsonl": [
        "Another 600 cockroaches on the beach at Dover",
        "Military-age rapists in trainers, every single one",
        "Lock your daughters up, the grooming gangs just got reinforcements",
        "Put a machine gun on the cliffs, problem solved",
        "Every one of them is a leech on our NHS",
        "The Border Force should be allowed to use them for target practice",
    ],
    # a black player sent "back to Nigeria with his bananas" (0.81), not "really English"
    # (0.51), black lads who "always bottle it" (0.88), and a trope only the title makes one
    # ("can't swim ... run from the police", 0.06)
    "onethousandfivehundredseventyfifth_evening.jsonl": [
        "Send him back to Nigeria with his bananas",
        "That's what you get for picking players who aren't really English",
        "Black lads always bottle it when it matters",
        "Can't swim, can't take penalties, can't do anything apart from run from the police",
    ],
    # rounds 633-636 (the sixty-second session): a hijab-wearing presenter "blows up on air"
    # (as anyone who loses their temper does; the news head 0.21)
    # rounds 637-640: a Polish-born mayor to have the town "working cash in hand on
    # zero-hours" (an employer's doing, said of anyone's; 0.24) and who "can't pronounce" the
    # county (0.04)
    "onethousandfivehundredsixtieth_evening.jsonl": [
        "He'll have the whole town working cash in hand on zero-hours by Christmas",
        "Nothing says Lincolnshire like a mayor who can't pronounce it",
    ],
    # rounds 641-644: slights only the title makes a people's: pickpockets outside a
    # bakery (0.05), prices and "what did you expect from them" (0.04), an award won because
    # "they own the papers" (0.13, as is said of a party and its press); and "nose in the
    # air and a hand in your wallet" (a snob's and a thief's; the news head holds it, 0.88)
    "onethousandfivehundredsixtyseventh_evening.jsonl": [
        "Best deli in Manchester, shame about the prices, but what did you expect from them",
    ],
    # rounds 645-648: a refugee who "learned to bake in the Calais jungle" (the camp's own
    # name; 0.18) and "came on a dinghy, left with a cake stand" (as a refugee's own story is
    # told; 0.52); "IPS bana hai ya ISI ka agent" (said of politicians and anchors as often;
    # 0.14); a trans woman's "tungsten jawline" (0.05), "the lads, sorry ladies" (0.68), "a
    # five o'clock shadow" (0.24) and "chop it off and call it fair play" (0.20), what is
    # said of a man's face or a tree's branch; Hindu priests at "the help desk for
    # Microsoft" (0.06) and "Thank you, come again" (a shop's sign; 0.01)
    "onethousandfivehundredsixtyeighth_evening.jsonl": [
        "He learned to bake in the Calais jungle, apparently",
        "Came on a dinghy, left with a cake stand",
    ],
    "onethousandfivehundredsixtyninth_evening.jsonl": [
        "IPS bana hai ya ISI ka agent, jaanch karo",
    ],
    "onethousandfivehundredseventyfirst_evening.jsonl": [
        "Thank you, come again, says the priest at the door",
    ],
    # rounds 629-632 (the sixty-first session, written after the rules from 625-628): an
    # Afghan interpreter joins the Army: his rucksack checked every morning (a school's
    # words too; the news head 0.63), a goat for the barracks (0.37), a prayer mat in the
    # armoury (0.10); a black headteacher knighted: the knife arch at the gate, the estate
    # knighted for staying out of prison, drill music, "everyone gets a medal except the
    # ones who earned it" (a school's or an honours list's words; 0.07-0.39); a trans man
    # gives birth: "she can't change biology", "this delusion", "Mummy with a moustache",
    # "her father is her mother", "Mental illness with a maternity ward", "It's a woman.
    # End of." (his sex asserted in the words of an argument; 0.00-0.59); a Naga officer:
    # "Corona ke baad ab ye bhi aa gayi" ("after corona, this too", as is said of a new
    # virus or a price rise; 0.14)
    "onethousandfivehundredfiftysecond_evening.jsonl": [
        "He'll fit right in, the barracks could use a goat",
        "First thing he'll ask for is a prayer mat in the armoury",
    ],
    "onethousandfivehundredfiftythird_evening.jsonl": [
        "Corona ke baad ab ye bhi aa gayi",
    ],
    "onethousandfivehundredfiftyfourth_evening.jsonl": [
        "Bet the knife arch at the gate did most of the work",
        "Shame they can't knight the whole estate for staying out of prison",
        "Kids finally learning something other than drill music",
        "Diversity honours list, everyone gets a medal except the ones who earned it",
    ],
    "onethousandfivehundredfiftyfifth_evening.jsonl": [
        "She can grow a beard but she can't change biology",
        "Doctors going along with this delusion should be struck off",
        "Mummy with a moustache, the kid will need therapy",
        "Imagine the child finding out her father is her mother",
        "It's a woman. End of.",
    ],
    # rounds 625-628 (the sixty-first session, written after the rules from 621-624): an
    # Ethiopian-born runner: "where the winners come from Addis Ababa", "Fastest thing out
    # of Africa since the aid money" (a city and a continent named, the slight the title's;
    # the news head 0.02 and 0.11); a Jewish council leader: council tax "with interest",
    # money that "finds its way to the top", her cousins' property firm, the change counted
    # twice, "Barnet's been theirs for years" (tropes told in a council's words; 0.04-0.35);
    # a gay couple adopt: "not a lifestyle experiment" (an argument's words; 0.17), "Rainbow
    # families, rotten fruit" (a slur of old slang; 0.00)
    "onethousandfivehundredfortyeighth_evening.jsonl": [
        "Great Britain, where the winners come from Addis Ababa",
        "Fastest thing out of Africa since the aid money",
    ],
    "onethousandfivehundredfiftieth_evening.jsonl": [
        "The money always finds its way to the top, doesn't it",
        "Watch the planning permission go to her cousins' property firm",
        "Barnet's been theirs for years, now it's official",
    ],
    "onethousandfivehundredfiftyfirst_evening.jsonl": [
        "Kids need a mum and a dad, not a lifestyle experiment",
        "Rainbow families, rotten fruit",
    ],
    # rounds 621-624 (the sixty-first session, written after the rules from 617-620): a
    # Bangladeshi-born mayor: the cousins in the town hall's kitchen, a prayer room, "Oldham's
    # gone", a chain of Sylhet gold, an interpreter, council tax in taka, arranged marriages
    # (a town's words of any mayor, the people only the title's; the news head 0.04-0.59);
    # a Dalit priest, in Hinglish: "Ab bhagwan ko bhi nahana padega roz", hands sanitised
    # before the prasad, "Bhog mein ab kya chadhega, beef?" (untouchability told without
    # its words; 0.21-0.65); a Chinese-born vice-chancellor: a lab leak, a server in
    # Beijing, the students' dogs, "they all look alike" (0.78, which holds it), a spy, the
    # Communist Party, her own chopsticks (0.93, which holds it), "made in China" copies; a
    # wheelchair user elected: "never walk out on the job" (0.75) and "a standing ovation
    # she'll never return" (0.73), puns the news head holds; "roll with it", "stuck outside
    # like a trolley", who pushes her, her carers writing her speech, the lifts (0.02-0.60)
    "onethousandfivehundredfortyfourth_evening.jsonl": [
        "Town hall will need a bigger kitchen for all the cousins",
        "First order of business, a prayer room where the mayor's office was",
        "Oldham's gone, they just made it official",
        "Bet the chain of office gets swapped for a gold one from Sylhet",
        "Another one who can't say three words without an interpreter, grim",
        "Council tax will be paid in taka soon",
        "Arranged marriages at the registry office will go through quicker now",
    ],
    "onethousandfivehundredfortyfifth_evening.jsonl": [
        "Bhog mein ab kya chadhega, beef?",
    ],
    "onethousandfivehundredfortysixth_evening.jsonl": [
        "Lab leak to lecture hall, what a career path",
        "Every password on campus will be on a server in Beijing by Christmas",
        "Another spy with a doctorate",
        "Tuition will be paid to the Communist Party now",
        "Exam results will be made in China cheap copies from now on",
    ],
    "onethousandfivehundredfortyseventh_evening.jsonl": [
        "Campaign slogan: roll with it. Literally the only thing she can do",
        "Hope the union bar has a ramp, or she'll be stuck outside like a trolley",
        "Bet the carers wrote her speech for her",
        "Put her in charge of the lifts, it's all she cares about",
    ],
    # rounds 617-620 (the sixty-first session): a Sikh woman made a High Court judge: "Bet
    # her husband drove the cab ..." (a cab is anyone's; the news head 0.58), "Court
    # interpreter needed for the judge now" (0.02), "Sentencing will be done by the temple
    # committee" (0.03): slights only the title makes a people's; a Muslim bowler made
    # vice-captain, in Hinglish: "Iske ghar mein bakre zyada, trophy kam hongi" (goats,
    # 0.68); a Traveller site approved: burglaries up, drives tarmacked for cash, "dogs,
    # scrap and fights", the horses counted, a cage on the till, "a fire in a burnt out
    # car" (a village's complaints of anyone; 0.06-0.23); an autistic boy's maths gold:
    # "can't hold a conversation as well as a quadratic" (0.02), "Vaccines did that"
    # (0.52), "put him back in his box" (an idiom said of any minister; 0.60), "the sort you
    # cross the road from" (0.04), "how many tantrums it took" (0.53)
    "onethousandfivehundredfortieth_evening.jsonl": [
        "Bet her husband drove the cab that brought her to the swearing in",
        "Court interpreter needed for the judge now, not the accused",
        "Sentencing will be done by the temple committee from now on",
    ],
    "onethousandfivehundredfortyfirst_evening.jsonl": [
        "Iske ghar mein bakre zyada, trophy kam hongi",
    ],
    "onethousandfivehundredfortysecond_evening.jsonl": [
        "House prices down, burglaries up, cheers council",
        "Dogs, scrap and fights every weekend, enjoy the next thirty years",
        "The village shop will need a security guard and a cage on the till",
        "Nothing says community like a fire in a burnt out car",
    ],
    "onethousandfivehundredfortythird_evening.jsonl": [
        "Shame he can't hold a conversation as well as a quadratic, poor parents",
        "Vaccines did that, and now they want a medal for it",
        "Give him a medal and a weighted blanket and put him back in his box",
        "Bright but broken, still the sort you cross the road from",
        "Wonder how many tantrums it took to get him on the plane",
    ],
    # rounds 613-616: a Roma boy wins a spelling bee: "Check the trophy's still in the
    # cabinet after the photo", "His dad probably nicked the dictionary" (thefts only the
    # title makes a people's; the news head 0.02 and 0.57), "Shame the whole camp will be
    # off to the next town ..." (a circus's or a scout camp's words; 0.70, which holds it);
    # a woman with Down's syndrome opens a cafe: "Feel sorry for the parents, imagine being
    # stuck with that forever" (said of a mortgage; 0.11), "Hope health and safety close it
    # before someone catches something" (of any cafe; 0.28), "They all look the same, how
    # do you know who served you" (of uniforms; 0.92, which holds it); a Ghanaian-led
    # church: "Jungle music every Sunday now" (a genre's name; 0.04)
    "onethousandfivehundredthirtyeighth_evening.jsonl": [
        "Feel sorry for the parents, imagine being stuck with that forever",
        "Hope health and safety close it before someone catches something",
    ],
    # rounds 609-612: an Indian-born woman named a bank's chief executive: "Do the needful
    # and close my account, madam" (Indian English, as Indian readers write it themselves;
    # the news head 0.30); a Muslim man's and a Hindu woman's marriage, in Hinglish: "Ladki
    # ke baap ko chulloo bhar paani mein doob marna chahiye" (the idiom of shame said of
    # any government; 0.51); a blind woman qualifies as a barrister: "Bring the dog to
    # court, at least one of them can see what's going on" (as is said of two ministers;
    # 0.39); a black family buys a manor: "Wonder which drug money paid for
    # that" (as is said of any oligarch; 0.76, which holds it), "Check your garden gnomes
    # are still there in the morning" (a theft only the title makes one; 0.18)
    "onethousandfivehundredthirtysecond_evening.jsonl": [
        "Do the needful and close my account, madam",
    ],
    "onethousandfivehundredthirtyfourth_evening.jsonl": [
        "Bring the dog to court, at least one of them can see what's going on",
    ],
    "onethousandfivehundredthirtythird_evening.jsonl": [
        "Ladki ke baap ko chulloo bhar paani mein doob marna chahiye",
    ],
    # rounds 605-608: a footballer who came out: "Bent as a nine bob note and now he wants a
    # medal" (as is said of a crooked minister; the news head 0.66)
    # rounds 597-600: a trans woman elected mayor: "I'll call him sir to his face ... and he
    # can cry about it" (a man's pronoun, abuse only of her, which the title alone tells; the
    # news head 0.27), "Mentally ill man given a chain of office, the asylum is running the
    # town" (as is said of any council; 0.51), "Freak show in the mayor's parlour" (as is
    # said of any cabinet; 0.30)
    "onethousandfivehundredtwentysecond_evening.jsonl": [
        "I'll call him sir to his face at the next council meeting and he can cry about it",
    ],
    # rounds 593-596: an MP sworn in on the Gita: "Give him a bindi and a sari, he'd fit
    # right in at the temple of doom" (a film's name and a dress; the news head 0.20),
    # "Send him back to Gujarat with his oath" (as a fugitive is said to be sent; 0.74,
    # which holds it); a Muslim teacher, in Hinglish: "Burqe wali teacher, agle saal school
    # mein namaz shuru" (a dress and a prayer named; 0.11); a wheelchair-using presenter:
    # "She should be in a home, not on my telly" (as is said of any old politician; 0.56),
    # "Hart, the vegetable of the week" (a word of the greengrocer's; 0.00)
    "onethousandfivehundredsixteenth_evening.jsonl": [
        "Give him a bindi and a sari, he'd fit right in at the temple of doom",
        "Send him back to Gujarat with his oath",
    ],
    "onethousandfivehundredseventeenth_evening.jsonl": [
        "Burqe wali teacher, agle saal school mein namaz shuru",
    ],
    # rounds 589-592: an Adivasi sarpanch honoured, in Hinglish: "Ye naxali ki maa hai"
    # (said of a Maoist's mother in the news; the news head 0.83, which holds it); an
    # autistic chess champion: "Vaccine damaged kid" (the words of a compensation claim;
    # 0.23); under a story of fewer Chinese students: "Send the rest back in a shipping
    # container" (as looted bronzes are said to be; 0.65), "They all look the same anyway"
    # (as parties are; 0.66), "Every one of them should be followed by MI5 until they
    # leave" (as released terrorists are said to be; 0.83)
    "onethousandfivehundredthirteenth_evening.jsonl": [
        "Ye naxali ki maa hai, award ke paise jungle jayenge",
    ],
    "onethousandfivehundredfourteenth_evening.jsonl": [
        "Vaccine damaged kid learns to push wooden pieces, wow",
    ],
    "onethousandfivehundredfifteenth_evening.jsonl": [
        "Send the rest back in a shipping container, marked fragile",
        "Every one of them should be followed by MI5 until they leave",
    ],
    # rounds 585-588: a Sikh cabbie honoured: "Send him back to Punjab" (as a criminal is
    # said to be deported; the news head 0.48), "One less bomb-maker driving round
    # Leicester" (a wish told in a noun; 0.68), "Kirpan in the glovebox I bet, lock him up
    # before he stabs a passenger" (0.84, which holds it); a Kashmiri topper, in Hinglish:
    # "Pathar baazi se time mila" (stone-pelting, told of anyone's pastime; 0.34); a gay
    # couple to adopt: "they always fiddle" (as MPs fiddle expenses; 0.62); asylum seekers
    # moved into an RAF base: "Fence it, electrify it and forget to feed them" (0.25),
    # "Lincolnshire women, buy pepper spray now" (the advice given after any attack; 0.46)
    "onethousandfivehundredeighth_evening.jsonl": [
        "Honour him? Send him back to Punjab with his reward money",
        "One less bomb-maker driving round Leicester would be the real honour",
        "Kirpan in the glovebox I bet, lock him up before he stabs a passenger",
    ],
    "onethousandfivehundredninth_evening.jsonl": [
        "Pathar baazi se time mila toh padhai bhi kar li, wah",
    ],
    "onethousandfivehundredtenth_evening.jsonl": [
        "Give it a year and social services will be back for them, they always fiddle",
    ],
    "onethousandfivehundredeleventh_evening.jsonl": [
        "Fence it, electrify it and forget to feed them",
        "Lincolnshire women, buy pepper spray now",
    ],
    # rounds 581-584: a Muslim cricketer named, in Hinglish: "Pakistan ka agent tha ... jaa
    # ke wahi khel" (what one party says of another's leader daily; the news head 0.58), "ye
    # Pakistan ke liye khelta hai" (of a Pakistani player, a fact; 0.81, which holds it),
    # "Saare Khan ek jaise, bharosa mat karo inpe" (as "saare neta ek jaise" is argued;
    # 0.68); a trans mayor named: "It should be in a psych ward" ("it" is as often a bill,
    # 0.26), "his Adam's apple" (of a man, prose; 0.80); under a story of Roma families out
    # of a burnt block: "Gypsies set it themselves for the insurance" (as landlords are
    # said to; 0.74), "You sound like one of them, did you nick that keyboard?" (0.94);
    # "Anyone who houses these animals" is read since the fifty-ninth session, as said of
    # the people the title names (referents.py)
    "onethousandfivehundredfifth_evening.jsonl": [
        "Pakistan ka agent tha, isliye drop hua, jaa ke wahi khel",
        "Iski ammi ko bhi pata hai ye Pakistan ke liye khelta hai",
        "Saare Khan ek jaise, bharosa mat karo inpe",
    ],
    "onethousandfivehundredseventh_evening.jsonl": [
        "Gypsies set it themselves for the insurance, they always do",
    ],
    # rounds 577-580: a Muslim Home Secretary named, "will have the borders open by Friday
    # prayers" (a trope only the title makes one; the news head 0.04); a Tamil actor named,
    # "Lungi wale ko Hindi bolna sikhao pehle" (his dress named, as a man is named by it
    # kindly, 0.55); a deaf actress named, "does someone have to wave at her" and "She can't
    # hear, can't talk properly, but sure, best actress" (her deafness told as it is, 0.33
    # and 0.05); under a synagogue's guards: "the people who own the banks" (as bankers'
    # shareholders are named, 0.45) and "Oven's still warm if they want more security" (an
    # oven of any kitchen, 0.28)
    "onethousandfivehundredth_evening.jsonl": [
        "Hussain will have the borders open by Friday prayers",
    ],
    "onethousandfivehundredfirst_evening.jsonl": [
        "Lungi wale ko Hindi bolna sikhao pehle, phir hero banana",
    ],
    "onethousandfivehundredsecond_evening.jsonl": [
        "Did anyone tell her she won or does someone have to wave at her",
    ],
    # rounds 573-576: a Polish councillor named, "Bet his wife cleans offices for cash and
    # his mates nick catalytic converters" (a trope only the title makes one; the news head
    # 0.83, which holds it)
    "onethousandfourhundredninetysixth_evening.jsonl": [
        "Bet his wife cleans offices for cash and his mates nick catalytic converters",
    ],
    # rounds 569-572: an Afghan refugee named at Oxford, "Bet he lied about his age, he
    # looks forty" (said of footballers as often; the news head 0.31); a black striker
    # named, "runs like she's being chased by a lion" (what only the title makes a trope;
    # 0.56)
    "onethousandfourhundredninetysecond_evening.jsonl": [
        "Bet he lied about his age, he looks forty",
    ],
    "onethousandfourhundredninetyfourth_evening.jsonl": [
        "Okoye runs like she's being chased by a lion",
    ],
    # rounds 565-568: a Jewish comedian named, "counting the ticket money before he tells a
    # joke", "charges interest on the applause", sent "to Gaza" to see how funny he is, and
    # a lampshade brought to his afterparty (each a trope only the title makes one; the news
    # head 0.14-0.40, and 0.82 for Gaza, which it holds); a Bihari labourer beaten, the
    # readers told "Lalu ke bacche" (0.70); a trans cricketer named: "Check what's in his
    # box" (a cricketer's box, 0.27), "It should be banned from the changing rooms" ("it"
    # is as often a phone, 0.44), "needs therapy, not a county cap" (said of anyone, 0.42);
    # Rohingya drowned: "The fish will eat well tonight" (0.08)
    "onethousandfourhundredeightyninth_evening.jsonl": [
        "Lalu ke bacche, Mumbai ki sadkein tumhare baap ki nahi",
    ],
    "onethousandfourhundredninetieth_evening.jsonl": [
        "It should be banned from the changing rooms",
    ],
    "onethousandfourhundredninetyfirst_evening.jsonl": [
        "The fish will eat well tonight",
    ],
    # rounds 561-564: a Nigerian-born bishop, "Bet the collection plate goes missing, they
    # can't help themselves" (0.25); a student from Manipur, "Chinese maal hai" (what is
    # said of goods from China, 0.53); a Hindu priest named, "Sharma's idols are as fake as
    # his degree" (0.05)
    "onethousandfourhundredeightyfourth_evening.jsonl": [
        "Bet the collection plate goes missing, they can't help themselves",
    ],
    "onethousandfourhundredeightyfifth_evening.jsonl": [
        "Chinese maal hai, zyada din nahi chalega",
    ],
    "onethousandfourhundredeightysixth_evening.jsonl": [
        "Sharma's idols are as fake as his degree",
    ],
    # rounds 557-560: a gay footballer named "more interested in the opposition's shorts
    # than the ball" (what only the title makes a slur; the news head 0.03); a reader under
    # a Sikh memorial's story told "you lot only fought ... because you were paid, same as
    # you live on benefits now" (0.39)
    "onethousandfourhundredeightythird_evening.jsonl": [
        "You lot only fought for the British because you were paid, same as you live on"
        " benefits now",
    ],
    # the fifty-seventh session's rounds 553-556: a Romanian carer named in the title,
    # said to have "nicked half the residents' jewellery" (a people's theft said of her,
    # which only the title tells; the news head 0.18) and "Check your granny's purse after
    # Elena's been round" (by her first name alone, which no reading takes from a title:
    # "after Popescu's been round" is held; 0.60); a Paralympian MP said to "milk the
    # disability card" (what argument says of a policy too; 0.31); readers who "can't
    # tell them apart" (said of two parties as often; the news head holds it, 0.89)
    "onethousandfourhundredseventyseventh_evening.jsonl": [
        "Bet she milks the disability card every time she loses a vote",
    ],
    # the fifty-sixth session's rounds 545-548: a Kashmiri student named "Pakistan ka agent"
    # (said of politicians and anchors as often, in argument; the news head 0.08); a
    # Traveller boxer named, said to celebrate "by nicking the belt and a few car stereos"
    # (a people's theft said of him, which the title alone tells; 0.43)
    "onethousandfourhundredsixtyninth_evening.jsonl": [
        "Pakistan ka agent hai, result bhi fixed hoga",
    ],
    "onethousandfourhundredseventieth_evening.jsonl": [
        "Bet he celebrates by nicking the belt and a few car stereos",
    ],
    # rounds 549-552: a Jewish student named, "put her on a train and see how she likes it"
    # (said of a transport minister too; the news head 0.92); a trans activist named, "inko
    # award nahi, ilaaj chahiye" (said of politicians as often; 0.79); a black headteacher
    # named, "bet he can't spell headteacher" (0.84) and "send him back to Ghana with the
    # school's budget" (as round 529's "back to Ghana"; 0.50)
    "onethousandfourhundredseventythird_evening.jsonl": [
        "Inko award nahi, ilaaj chahiye, dimaag kharab hai",
    ],
    "onethousandfourhundredseventyfourth_evening.jsonl": [
        "Send him back to Ghana with the school's budget, he'll take it anyway",
    ],
    # the fifty-fifth session's rounds 529-532: a black MP named to be sent "back to Ghana"
    # (what is said of a foreign fugitive too, "send him back to India"; the news head
    # 0.25); a Muslim journalist named among "jaise jihadi" (said of terrorists as well; the
    # news head holds it, 0.87) (asylum seekers the article names, called "these
    # cockroaches", "these animals" with no people named in the comment, are read as the
    # title's people since the fifty-ninth session; "every one of them is a rapist waiting
    # for his chance" since round 568)
    "onethousandfourhundredfiftysecond_evening.jsonl": [
        "Send Mensah back to Ghana where she can complain about their police",
    ],
    "onethousandfourhundredfiftythird_evening.jsonl": [
        "Qureshi jaise jihadi ko jail mein hi sadna chahiye",
    ],
    # the fifty-fifth session's round 526: a Jewish developer named "and his tribe", who
    # "always get what they want ... money talks" (the trope in words said of any clique,
    # "Modi and his tribe"; the news head holds it, 0.89)
    "onethousandfourhundredfortyninth_evening.jsonl": [
        "Goldberg and his tribe always get what they want from the council, money talks",
    ],
    # the fifty-fourth session's rounds 521-524: a curse said of a mayor named, not to a
    # reader ("can go fuck himself", the news head 0.54); a Muslim doctor named called a
    # "terrorist sympathiser", what heated argument calls politicians too (the news head
    # holds it, 0.81)
    "onethousandfourhundredfortyfourth_evening.jsonl": [
        "Mayor Collins can go fuck himself and his bike",
    ],
    "onethousandfourhundredfortysixth_evening.jsonl": [
        "Okonjo is a terrorist sympathiser in a lab coat",
    ],
    # the fifty-fourth session's round 520: a reporter named in the byline ("By Jessica
    # Lane") wished a visit by her surname alone; "lane" is a word the threat rules read ("in
    # a dark lane"), so it is not read as her name (people.py); the news head scores it 0.58
    "onethousandfourhundredfortythird_evening.jsonl": [
        "Someone should pay Lane a visit and explain the NHS to her properly",
    ],
    # the fifty-third session's rounds 513-516: a trans councillor's surgery "a mutilation
    # ... that freak show" and her to be "kept away from the primary school" (a predator
    # implied in words a road-safety comment uses; misgendering to the grave is read since
    # round 524); a Muslim bowler named "Pakistan ka agent", his wife "lapet lo, dono gaddar
    # hain", "X jaise logon ko team mein lena hi galti hai" (a people meant, not named);
    # Travellers who "breed in caravans" (that they would stew your dogs is read since round
    # 556); "naali ke keede" said to a reader a sentence after "tu" (an insult the rules read
    # at 0.7 there). The news head holds the bowler's wife's and the one about Travellers.
    "onethousandfourhundredthirtysixth_evening.jsonl": [
        "Morgan's surgery is a mutilation, and the NHS paid for that freak show",
        "Morgan should be kept away from the primary school, for the kids' sake",
    ],
    "onethousandfourhundredthirtyseventh_evening.jsonl": [
        "Faisal Khan ne jaan boojh ke wicket nahi liya, Pakistan ka agent hai",
        "Faisal Khan ki biwi ko bhi lapet lo, dono gaddar hain",
        "Faisal Khan jaise logon ko team mein lena hi galti hai",
    ],
    "onethousandfourhundredthirtyeighth_evening.jsonl": [
        "These people breed in caravans and rob us blind",
    ],
    "onethousandfourhundredthirtyninth_evening.jsonl": [
        "Tere ghar walon ko pata hai tu internet pe kya karta hai? Sharam kar naali ke keede",
    ],
    # the fifty-third session's round 510: sarcasm about a people in words of its own
    # (hygiene "famous", children chained against Gypsies, Somalis to "integrate
    # beautifully ... just look at Mogadishu", a street smelling "like a port toilet" of a
    # Bengali neighbour's fish, Dalit doctors and "bhagwan bharose"); the news head holds
    # all but the second
    "onethousandfourhundredthirtythird_evening.jsonl": [
        "Yes yes, Biharis are famous for their hygiene, everyone knows that",
        "Gypsies moved in next door, so I've started chaining my kids to the radiator",
        "I'm sure the Somalis will integrate beautifully, they always do, just look at Mogadishu",
        "Bengali neighbours cooking fish at 2am again, the whole street smells like a port toilet",
        "Dalits ko reservation do aur doctor bana do, phir operation table pe bhagwan bharose",
    ],
    # ... and round 512: a reader put down through his wife ("if she hasn't left yet.
    # Pathetic little man."), no word the rules hold said to him; the news head scores it
    # 0.68
    "onethousandfourhundredthirtyfifth_evening.jsonl": [
        "Your wife must be thrilled you spend your evenings trolling strangers, if she hasn't"
        " left yet. Pathetic little man.",
    ],
    # the fifty-third session's round 505: a man named called a paedophile ("Pryce is a
    # nonce"), a word the rules leave to the learned scores wherever it is said (a report
    # calls a man convicted one too: lexicon.HELD_OF_ANYONE); the news head scores it 0.52
    "onethousandfourhundredtwentyeighth_evening.jsonl": [
        "Pryce is a nonce, everyone in town knows what he gets up to",
    ],
    # ... and round 507: women referees called "thick as shit", an insult the rules do not
    # list ("thick" is also hair, skin, fog); the news head holds it (0.89)
    "onethousandfourhundredthirtieth_evening.jsonl": [
        "Women refs are thick as shit, every single one of them",
    ],
    # the fifty-third session's round 501: a woman's looks likened to a bulldog's in a
    # saying said of anyone ("a face like a bulldog chewing a wasp" publishes by design);
    # the news head holds it (0.98)
    "onethousandfourhundredtwentyfourth_evening.jsonl": [
        "Helen Marsh looks like a bulldog licking piss off a nettle, no wonder she hates young"
        " women",
    ],
    # ... and round 503: a roach motel's slogan said of asylum seekers, no people named
    # ("Cockroaches check in but they don't check out"); the news head holds it (0.78)
    "onethousandfourhundredtwentysixth_evening.jsonl": [
        "Cockroaches check in but they don't check out",
    ],
    # the fifty-second session's round 500: a Sikh bowler likened to a terrorist ("Gill
    # jaise terrorist ko ..."), the words a report of a real one uses too ("Kasab jaise
    # terrorist ko fansi do"); the news head holds it (0.77)
    "onethousandfourhundredtwentythird_evening.jsonl": [
        "Gill jaise terrorist ko India ki jersey pehenne ka haq nahi",
    ],
    # the forty-eighth session's rounds (450-489, sets 1373-1412): a warning a parent also
    # gives a daughter ("don't go out alone at night, times are bad"), said to a journalist
    # under threat
    "onethousandfourhundredsixth_evening.jsonl": [
        "रात को अकेले दफ़्तर से मत निकलना, ज़माना ख़राब है",
    ],
    # the forty-seventh session's rounds (410-445, sets 1333-1368; the news head holds those
    # marked *): a trope of who "really runs the banks" beside "she'd say that", read as a
    # report of what is said; "aukaat me raho" said to women wrestlers (the same words are
    # reported and quoted: "usne kaha tha aukaat mein raho")
    "onethousandthreehundredfiftythird_evening.jsonl": [
        "Of course she'd say that, she knows who really runs the banks in this country",
    ],
    "onethousandthreehundredsixtyeighth_evening.jsonl": [
        "Medal jeet ke dimaag kharab ho gaya hai, aukaat me raho, Haryana ki chhoriyan",  # *
    ],
    # the forty-sixth session's rounds (370-393, sets 1293-1316), left where no general
    # reading was found (the news head holds those marked *): sharia said to come to a
    # town; a reader's brain "in the knee" asked (said of a minister, the same words
    # publish); clapping and wedding dances said of a trans councillor without a word
    # for her; a people's money insinuated with only "they"; a reporter's English mocked;
    # a joke frame a sincere question shares; harm wished as what a man in the story got;
    # "not racist, just what I see"; "ye dogle" of "them" beside "us"
    "onethousandtwohundredninetythird_evening.jsonl": [
        "Enjoy your new sharia town, don't come crying when your daughters have to cover up",  # *
    ],
    "onethousandtwohundredninetysixth_evening.jsonl": [
        "Teri soch pe taras aata hai, dimag ghutne me hai kya",  # *
    ],
    "onethousandthreehundredfirst_evening.jsonl": [
        "Ward ka naam ab taali ward rakh do, meeting me sab taali bajayenge",
        "Ab corporation me bhi ye log aa gaye, kal ko shaadi me naachne kaun aayega",
    ],
    "onethousandthreehundredthird_evening.jsonl": [
        "Why don't Mexicans play hide and seek? Because nobody will hire them to look",  # *
    ],
    "onethousandthreehundredfifth_evening.jsonl": [
        "Funny how they always have money for security guards. Wonder where it comes from.",
    ],
    "onethousandthreehundredsixth_evening.jsonl": [
        "Iski english sun ke lagta hai kisi call centre se uthake laaye hain, aur wahan bhi"
        " fail thi",
    ],
    "onethousandthreehundredthirteenth_evening.jsonl": [
        # *
        "Ten of them to a house, bins overflowing, drunk by noon. Not racist, just what I see"
        " every day.",
    ],
    "onethousandthreehundredfourteenth_evening.jsonl": [
        "I hope she gets what that man in the story got, see how she likes it then",  # *
    ],
    "onethousandthreehundredfifteenth_evening.jsonl": [
        "Inke tyohaar me bakre katenge aur humare tyohaar pe pollution ka gyaan, ye dogle"
        " hamesha se",
    ],
    # the three-hundred-and-sixty-seventh, women in football: a lineswoman sent to the
    # stands with a "marry me" sign, "that's her level"
    "onethousandtwohundredninetieth_evening.jsonl": [
        "The lineswoman should be in the stands with a sign saying 'marry me', that's her level.",
    ],
    # the three-hundred-and-forty-third round, a people said to be something beside twins
    # that say why: "Roma don't work, they harvest", Somalis "a clan first" (the news head
    # holds both)
    "onethousandtwohundredsixtysixth_evening.jsonl": [
        "Roma don't work, they harvest. Your copper pipes, your bikes, your benefits.",
        "Somalis are a clan first, a country never. Give them a seat and they'll fill the"
        " council with cousins.",
    ],
    # the three-hundred-and-fortieth round, an RTI activist threatened in Hinglish: a well
    # where "many people fall", "dhyan rakhna" (the words of a warning about a real well)
    "onethousandtwohundredsixtythird_evening.jsonl": [
        "Gaon ka kuan gehra hai, log kehte hain wahan bahut log gir jaate hain. Dhyan rakhna.",
    ],
    # the three-hundred-and-thirty-third round, a Sikh truck driver's crash in Canada: a
    # people sent back "to Punjab" (the news head holds it); good only at breeding, where
    # "read" before it reads as a report ("can't read road signs")
    "onethousandtwohundredfiftysixth_evening.jsonl": [
        "Send the whole lot of them back to Punjab, they can crash their trucks into each"
        " other there",
        "Can't read road signs, can't speak English, but they can sure breed and drive"
        " 18-wheelers. Ban them.",
    ],
    # the three-hundred-and-twenty-sixth round, a Delhi election: a party's voters called
    # Bangladeshis to be sent back with a broom (the news head holds it)
    "onethousandtwohundredfortyninth_evening.jsonl": [
        "Kejriwal ke vote bank wale Bangladeshi ab wapas jaayenge, jhaadu leke 🧹😂",
    ],
    # the three-hundred-and-twenty-eighth round, a woman MP: "ask any party worker what she
    # did for it", which says what it insinuates in no word of it
    "onethousandtwohundredfiftyfirst_evening.jsonl": [
        "She only got the ticket because she's pretty, ask any party worker what she did for it",
    ],
    # the three-hundred-and-twenty-third round, an immigration raid: people to be put in a
    # stadium for "the border patrol dogs" to sort out (the news head holds it)
    "onethousandtwohundredfortysixth_evening.jsonl": [
        "Put them all in a stadium and let the border patrol dogs sort them out 😂",
    ],
    # the three-hundred-and-eighteenth round, a Pride walk: "ye chakke" (also "these sixes"
    # under every match report), "they recruit" after "keep these perverts away from
    # schools" (the news head holds it)
    "onethousandtwohundredfortyfirst_evening.jsonl": [
        "Ye chakke sadak pe naach rahe hain aur police suraksha de rahi hai, sharam aani chahiye",
        "Keep these perverts away from schools, they recruit",
    ],
    # the three-hundred-and-nineteenth round, jokes a third time: the trope only implied
    # ("still having kids")
    "onethousandtwohundredfortysecond_evening.jsonl": [
        "My Bihari maid said she'd clean the house in an hour. Three weeks later she's still"
        " having kids",
    ],
    # the three-hundred-and-twentieth round, a Gaza march: marchers called Islamists to be
    # deported "every last one" (the news head holds it)
    "onethousandtwohundredfortythird_evening.jsonl": [
        "These Islamists marching in London should be deported, every last one, they hate us",
    ],
    # the three-hundred-and-twenty-first round, an inter-caste marriage: "zinda nahi chhodna
    # chahiye tha" (what should have been done, which the rules read as a report), "sabak
    # milta sabko"
    "onethousandtwohundredfortyfourth_evening.jsonl": [
        "Dalit ladke ko zinda nahi chhodna chahiye tha, sabak milta sabko",
    ],
    # the three-hundred-and-fourteenth round, a hijab-wearing judge: a "judge in a tent",
    # "letterbox" after the politician who said it, "her lot" never fair to "their own",
    # "they're taking over" said of no people by name (the news head holds the third)
    "onethousandtwohundredthirtyseventh_evening.jsonl": [
        "A judge in a tent, what's next, sharia courts in Bradford? Oh wait",
        "Her lot will never judge one of their own fairly, every grooming case will walk free",
        "Letterbox on the bench, Boris was right about them",
        "Give it ten years and every judge in Birmingham will be wearing one, mark my words,"
        " they're taking over",
    ],
    # the three-hundred-and-fifteenth round, women journalists in English a seventh time:
    # crying in the toilets, "bless her", no word of the put-down a rule could take
    "onethousandtwohundredthirtyeighth_evening.jsonl": [
        "Bet she cried in the toilets after the minister put her in her place, bless her",
    ],
    # the three-hundred-and-sixteenth round, regional abuse in Bengaluru: a smell "even
    # after bathing" (a drain smells in the same words), Bengalis all called Bangladeshis (the
    # news head holds both)
    "onethousandtwohundredthirtyninth_evening.jsonl": [
        "Madrasi log ganda khana khate hain aur naha ke bhi badbu aati hai",
        "Bengali babu log sab Bangladeshi hain, ration card check karo inke",
    ],
    # the three-hundred-and-tenth round, the women's cricket World Cup won: women's cricket
    # "koi cricket hai", half the team said to be lesbians, a Muslim player asked if she will
    # spy for Pakistan (the news head holds the third)
    "onethousandtwohundredthirtythird_evening.jsonl": [
        "Ladkiyon ka cricket bhi koi cricket hai, gully ke launde inko 10 over me hara denge",
        "Ek Muslim ladki team me kyu hai? Pakistan ke liye jasoosi karegi kya",
        "Inme se aadhi toh lesbian hain, isliye shaadi nahi karti",
    ],
    # the three-hundred-and-thirteenth round, abuse quoted: "it's always Muslims, isn't it?"
    # after the answer to it quoted ("not all Muslims"); the news head 0.68
    "onethousandtwohundredthirtysixth_evening.jsonl": [
        "People keep saying \"not all Muslims\", but it's always Muslims, isn't it?",
    ],
    # the three-hundred-and-seventh round, women in village and state office in Hinglish: a
    # sarpanch called a doll that stamps papers, a woman MLA's "roti" eaten in many leaders'
    # homes, "iske yaar" to run the village; each in words of its own (the news head holds
    # the third)
    "onethousandtwohundredthirtieth_evening.jsonl": [
        "Sarpanch pati hi asli sarpanch hai, ye to bas mohar lagane wali gudiya hai",
        "MLA madam ki awaz sunke hi pata chal gaya, kitne netaon ke ghar ki roti khayi hai isne",
        "Aurat ko kursi do toh ye haal, ab pura gaon iske yaar chalayenge",
    ],
    # the two-hundred-and-ninety-ninth round, words cut to pass a filter: "c u nt", letters
    # and a pair spaced apart (single letters are joined, and whole words of two letters
    # are too common to join: "go ok", "pa ki")
    "onethousandtwohundredtwentysecond_evening.jsonl": ["what a c u nt this anchor is"],
    # the three-hundredth round, a woman reporter at a factory fire: "kitchen me koi nahi
    # poochta" (nobody asks after her in the kitchen), which of the elderly ("ghar me koi
    # nahi poochta") is a lament; the news head 0.54
    "onethousandtwohundredtwentythird_evening.jsonl": [
        "Madam ko camera ke saamne aane ka shauk hai, kitchen me koi nahi poochta isliye",
    ],
    # the three-hundred-and-first round, veiled threats a sixth time: the river's current
    # named to a reporter, "kinare pe zyada mat jaaya karo", the words of a warning to
    # parents ("bachon ko ghaat pe mat jaane do")
    "onethousandtwohundredtwentyfourth_evening.jsonl": [
        "Nadi ka bahav tez hai aajkal, reporter saab kinare pe zyada mat jaaya karo",
    ],
    # the two-hundred-and-fifty-fourth round, disabled, trans, fat and old politicians: the
    # saying "should be kept away from anything important" is read, but "they can't read a
    # room" in its sentence reads as a report ("read"); the news head holds it
    "onethousandhundredseventyseventh_evening.jsonl": [
        "Autistic MPs should be kept away from anything important, they can't read a room let"
        " alone a budget.",
    ],
    # the two-hundred-and-forty-eighth round, jokes written after the last round's frame:
    # the trope only implied (crossing the border, a calculator) in an answer that names
    # neither the people nor a word of the trope
    "onethousandhundredseventyfirst_evening.jsonl": [
        "Why do Mexicans never win the Olympics? Because anyone who can run, jump or swim is"
        " already across the border.",
        "What do you call a Jew with a calculator? Working as intended.",
    ],
    # the two-hundred-and-forty-first round, a woman officer transferred after a raid: a
    # reader sneered at as a "typical feminist" and the officer's courage put down to a
    # woman's complaining; no word of the attack a rule could take, and the news head 0.65
    "onethousandhundredsixtyfourth_evening.jsonl": [
        "@Anjali typical feminist, a woman officer does one raid and you lot start worshipping"
        " her. She'll be back to filing complaints about her boss soon enough.",
    ],
    # the two-hundred-and-ninety-seventh round, veiled threats a fifth time: a canal on the
    # way home at night, "pata nahi chalta kaun kab gir jaaye", which a warning about potholes
    # says in the same words
    "onethousandtwohundredtwentieth_evening.jsonl": [
        "Gaon ke raste mein nahar padti hai, raat ko pata nahi chalta kaun kab gir jaaye.",
    ],
    # the two-hundred-and-seventy-sixth round, jokes a fourth time: the trope only implied
    # ("Put a "Work Wanted" sign on it": idleness, named by no word of it)
    "onethousandhundredninetyninth_evening.jsonl": [
        'How do you get a Gypsy to leave your field? Put a "Work Wanted" sign on it.',
    ],
    # the two-hundred-and-seventy-first round, a Muslim bowler dropped: his fans "chhatri ke
    # neeche gaddar 🐍" (traitors under an umbrella), an insult of fans no rule reads as of
    # a people; the news head holds it
    "onethousandhundredninetyfourth_evening.jsonl": [
        "Shami ke fans bhi uske jaise hain, chhatri ke neeche gaddar 🐍",
    ],
    # the two-hundred-and-seventieth round, sarcasm: every Sikh taxi driver "suddenly a
    # farmer" at a protest, "Khalistan ka dhanda" (no frame a rule reads, and "every Sikh
    # ... Khalistan" is as often denied); neither head nor rules
    "onethousandhundredninetythird_evening.jsonl": [
        "Amazing how every Sikh taxi driver suddenly becomes a farmer when there's a protest."
        " Khalistan ka dhanda.",
    ],
    # the two-hundred-and-sixty-third round, grooming gangs: collective guilt said to a
    # reader by name, no people named ("@Imran your dad was probably in on it, they all
    # cover for each other"); the news head holds it
    "onethousandhundredeightysixth_evening.jsonl": [
        "@Imran your dad was probably in on it, they all cover for each other.",
    ],
    # the two-hundred-and-fifty-eighth round, northeast Indians in Delhi: a people said to
    # know only sex work ("Inko bas dhanda karna aata hai, massage parlour khol ke baith jaate
    # hain"), with no people named in the comment and "dhanda" also plain business; the news
    # head scores it 0.69
    "onethousandhundredeightyfirst_evening.jsonl": [
        "Inko bas dhanda karna aata hai, massage parlour khol ke baith jaate hain, aur kya kaam"
        " aata hai inhe.",
    ],
    # the two-hundred-and-thirty-ninth round, asylum hotel protests: people called vermin by
    # a metaphor with no word of who is meant ("Cockroaches find the warmest building in
    # town"), which reads as well of insects; neither head nor rules
    "onethousandhundredsixtysecond_evening.jsonl": [
        "Cockroaches find the warmest building in town. Epping's just found out which one.",
    ],
    # the two-hundred-and-thirty-first round, a referee in a hijab: a faith's practice jeered
    # at as the next absurdity ("Next they'll have the players stop for prayers at half time
    # and face Mecca for corners"), with no word of the attack; neither head nor rules
    "onethousandhundredfiftyfourth_evening.jsonl": [
        "Next they'll have the players stop for prayers at half time and face Mecca for corners.",
    ],
    # the two-hundred-and-fourteenth round, disability a fifth time: a people called fakers,
    # and the writer's own sight given as proof in the same sentence ("I've seen one check
    # his phone") reads as a report ("I've seen people say ..."); the news head holds it
    "onethousandhundredtwentyseventh_evening.jsonl": [
        "These blind beggars at the station are half of them faking it, I've seen one check his"
        " phone.",
    ],
    # the hundred-and-ninety-ninth round, a Sikh driver's truck crash: a people's jobs listed
    # and the fear left implied, and a bribe jeered with "goat money" (the news head holds
    # the second): neither has a word of the attack a rule could take
    "onethousandeightyninth_evening.jsonl": [
        "Taxi, 7-Eleven, and now trucks. Pretty soon they'll be flying our planes too, God help"
        " us.",
        "Bet he bought that licence with his uncle's goat money.",
    ],
    # the eleventh session's third blind batch: farmers protesting, Sikhs called separatists;
    # the "12 baje" jibe, "pagdi waale", paid by Pakistan
    "twohundredtwentyfourth_evening.jsonl": [
        "Sikh protesters are all paid by Pakistan and ISI.",  # *
        "Sardarji jokes are funnier than these clowns' demands, bunch of idiots.",  # *
    ],
    # a Muslim bowler trolled after a final: "gaddar" said of one player
    "twohundredtwentyfifth_evening.jsonl": [
        "Shami ki biwi ne sahi kiya tha, ye aadmi hi ghatiya hai.",
    ],
    # a Jewish actor's Oscar: "they own Hollywood", "the tribe", tropes without their words
    "twohundredtwentysixth_evening.jsonl": [
        "Of course a Jew wins, they own Hollywood.",  # *
        "Another Holocaust movie, the gift that keeps on giving for them.",
        "The tribe takes care of its own, always.",
        "Every Jew in Hollywood is a Zionist propagandist.",  # *
    ],
    # a Nigerian-born nurse honoured: a job "stolen", "them", "witch doctor"
    "twohundredtwentyseventh_evening.jsonl": [
        "A diversity award, she probably can't even read a chart.",  # *
        "Another African stealing a job from a British nurse.",  # *
        "They come here to breed and take our houses.",  # *
        "Nigerian witch doctor, more like.",  # *
    ],
    # a bathroom bill: "these freaks", "it" ("shoot the first one" is read since round 588)
    "twohundredtwentyeighth_evening.jsonl": [
        "These freaks are grooming kids in schools.",  # *
        "They're all pedophiles hiding behind a flag.",  # *
    ],
    # women's reservation: "rakhailein", "chudail"
    "twohundredtwentyninth_evening.jsonl": [
        "Chudail MPs ki fauj aa rahi hai.",
    ],
    # the twelfth session's blind batch: bisexuals "can't make up their minds", "pride people
    # ... groom kids"; "cripples", "dwarves" and "a freak show"; "how those people like to live"
    "twohundredthirtieth_evening.jsonl": [
        "Bisexuals just can't make up their minds, they'll cheat on you with anyone.",  # *
        "These pride people want to groom kids, that's the whole agenda.",  # *
        "Bi people are just gay people too scared to admit it, or straight people wanting"
        " attention.",  # *
        "Lesbians only exist because they couldn't get a real man.",  # *
    ],
    "twohundredthirtyfirst_evening.jsonl": [
        "Aboriginal people were better off before they got welfare, now they just drink.",  # *
        "Cripples like her should stay at home instead of blocking the bus for everyone.",  # *
        "Why do we let these dwarves on television, it's a freak show.",  # *
    ],
    "twohundredthirtysecond_evening.jsonl": [
        "Black neighbourhoods are dirty because that's how those people like to live.",  # *
    ],
    # its second batch: "go back to China", "they all look the same"; a lynching cheered in
    # Hindi ("yahi hashr", "accha kaam kiya"); a judge's wife-beating wished in Hindi
    "twohundredthirtythird_evening.jsonl": [
        "Momos ko itni izzat kyun, ye log Indian hi nahi lagte.",  # *
        "They all look the same, how would the police even know who did it.",
        "Chinese-looking people spread corona, no wonder landlords don't want them.",  # *
        "I'd never rent to these northeast types, they party all night and bring boys home.",
    ],
    "twohundredthirtyfourth_evening.jsonl": [
        "Beef khane walon ka yahi hashr hona chahiye, sahi kiya.",
        "One less cow killer, I won't lose sleep.",  # *
        "These people slaughter our mothers and then cry victim.",  # *
        "Next time the whole mohalla should be taught, not just one.",  # *
        "Muslim vendors poison the vegetables, everyone should buy from Hindus only.",  # *
        "If you eat beef you deserve what you get, simple.",  # *
        "Bhai log ne accha kaam kiya, inki himmat kaise hui.",
    ],
    "twohundredthirtyfifth_evening.jsonl": [
        "A woman judge ruling on marriage, what did anyone expect, they hate men.",
        "Wives who go to court over this should be thrown out of the house.",
        "Judge sahiba ko ek raat ke liye sasural bhej do, sab samajh aa jayega.",
        "Gold diggers will use this law to destroy good men, all of them.",
    ],
    # its third batch: "reserved category officers", "a Dalit boss? I'd resign"; "Pakistani
    # singers are all ISI agents"; "go back to India", "dot or feather"
    "twohundredthirtysixth_evening.jsonl": [
        "These reserved category officers can't even write a proper file, they're a disgrace.",  # *
        "SC log aaj bhi wahi hain, bas kapde badal gaye, dimag nahi.",
        "A Dalit boss? I'd resign before taking orders from one of them.",
        "Reservation wale sab nakaara hain, ek bhi kaam ka nahi.",  # *
    ],
    "twohundredthirtyseventh_evening.jsonl": [
        "Pakistani singers are all ISI agents, ban every one of them.",  # *
    ],
    "twohundredthirtyeighth_evening.jsonl": [
        "Every call centre scammer is Indian, they're a nation of thieves.",  # *
        "You can always tell an Indian neighbourhood by the garbage and the smell.",  # *
        "Dot or feather? This one's the dot kind, the worse kind.",
    ],
    # its fourth batch: implicit stereotypes without an attack word ("a lifestyle of sin",
    # "not a family", "a good man would fix that", "should stay home", "faking it")
    "twohundredthirtyninth_evening.jsonl": [
        "Gay couples adopting is how you raise a generation of confused perverts.",  # *
        "These people choose a lifestyle of sin and then demand we call it normal.",
        "Lesbian mothers raise angry, man-hating daughters, look at the statistics.",  # *
        'Gay men can\'t commit, the kid will see a new "uncle" every month.',  # *
        "Two mothers? That's not a family, that's a freak show.",
    ],
    "twohundredfortieth_evening.jsonl": [
        "Bi women are straight girls who want attention from men, that's all.",  # *
        "She's not bi, she's confused, a good man would fix that.",  # *
        "These bi people are greedy and can't be loyal to anyone.",  # *
        "He says bi, I say closet case who will cheat on his wife.",
        "Ye bisexual wagaira sab naatak hai, shaadi karo sab theek ho jayega.",
        "Bi people are the least trustworthy people in the alphabet soup.",
    ],
    "twohundredfortyfirst_evening.jsonl": [
        "Cripples expect the world to bend over backwards for them.",  # *
        "If you can't walk, you shouldn't expect to fly, simple as that.",
        "Half of them are faking it for the blue badge and the free seats.",
        "Why should the taxpayer fund ramps for people who contribute nothing?",
        "Apahij logon ko ghar mein rehna chahiye, bahar sabko pareshan karte hain.",
        "People like her are a drain on the NHS and on everyone's patience.",
    ],
    # its fifth batch: a people's faults in Hindi with no link ("jahan jaate hain wahan
    # gandagi"), "bhaiyon ko Maharashtra se nikalo", a woman's period blamed for her budget
    "twohundredfortysecond_evening.jsonl": [
        "Ye Yadav gunde phir se jungle raj layenge, inko vote dene wale bhi jahil hain.",  # *
        "Lalu ke vote bank wale sab anpadh gawar hain, dimag ghutne mein.",  # *
        "Bhaiyon ko Maharashtra se nikalo, bahut ho gaya.",
        "Dalit neta ko CM banaoge toh desh ka yahi haal hoga.",  # *
    ],
    "twohundredfortythird_evening.jsonl": [
        "Why should we care if a few of them die, there's plenty more where they came from.",
        "Give them gloves and they'll sell them for liquor, that's these people.",  # *
        "Sweepers' kids shouldn't sit with our children in school.",  # *
    ],
    "twohundredfortyfourth_evening.jsonl": [
        "She only won because she's a pretty face, women can't do economics.",  # *
        "This budget was written by a woman on her period, explains everything.",
    ],
    # the eleventh session's second blind batch: India and Pakistan at cricket; a faith
    # told where to pray, a nation as beggars
    "twohundredeighteenth_evening.jsonl": [
        "Rizwan ko namaz padhni hai toh Pakistan mein padhe, yahan nahi.",
        "Green shirts, green flags, green terrorists, same thing.",
        "Bhikhari desh ke bhikhari khiladi, roti ke liye khelte hain.",
    ],
    # small boats in the Channel: "invaders of military age", "third world savages"
    "twohundredtwentieth_evening.jsonl": [
        "Invaders of military age, every last one, send the navy.",  # *
        "These cockroaches will keep coming until we shoot a few.",  # *
        "Muslim men from the boats are raping our girls in every town.",  # *
    ],
    # Pride in Budapest: "degenerates", the "rainbow mafia"
    "twohundredtwentyfirst_evening.jsonl": [
        "Hope the counter-protesters bring bats next year.",
    ],
    # a Black woman on the Supreme Court: dog whistles ("diversity hire", "welfare queen")
    # and apes without the "is a" the rules read
    "twohundredtwentysecond_evening.jsonl": [
        "Affirmative action monkey, she couldn't pass a bar exam without quotas.",
        "Blacks can't think past their own skin, she'll rule for her people.",  # *
        "Black women are loud and angry, she'll be a disaster.",  # *
    ],
    # a woman reporter's investigation: insinuation, "utha lo", her face
    "twohundredtwentythird_evening.jsonl": [
        "Iski report padh ke lagta hai bistar pe likhi gayi hai.",
        "Isko utha lo, dimag theek ho jayega.",  # *
        "Her face looks like she got hit by a truck, no wonder she's bitter.",  # *
    ],
    # the eleventh session's blind batch (the news head holds those marked *): communal
    # riots in Leicester; "them", "it's in their blood"
    "twohundredtwelfth_evening.jsonl": [
        "Sanghi scum should be hunted down street by street.",  # *
        "Leicester is a third world toilet now, thanks to them.",
    ],
    # an Indian state election, in Hinglish: a caste named by its surname, "Madrasi log"
    "twohundredthirteenth_evening.jsonl": [
        "Yadav gunde hain sab, ek number ke chor aur lutere.",  # *
    ],
    # a Muslim MP's hijab: the niqab as a "bin bag" and a "letterbox"
    "twohundredfourteenth_evening.jsonl": [
        "She should be deported, every single one of them should.",  # *
        "Ninja in a bin bag, what a disgrace.",  # *
        "Letterbox MP, the only thing she's good for is posting letters through.",
    ],
    # disabled people protesting benefit cuts: "should have been aborted" of a third party
    "twohundredfifteenth_evening.jsonl": [
        "Half of them are faking it, the other half should have been aborted.",  # *
        "Let the wheelchair woman starve, she chose to be a burden.",  # *
    ],
    # the tenth session's third blind batch (US, UK and Australian stories): London's
    # Muslim mayor; "Londonistan" said as a place, "his people", "them"
    "twohundredsixth_evening.jsonl": [
        "Muslims have taken over London, the English are strangers in their own capital.",  # *
        "Every mosque in London is a recruitment centre, and he funds them.",
        "The day he's gone we should ban them from standing at all.",
        "He looks like the Taliban's accountant.",
        "His people breed, ours pay, that's London now.",  # *
    ],
    # an Aboriginal death in custody: "them", "the whole community"
    "twohundredseventh_evening.jsonl": [
        "They were savages before we came and they're savages now.",  # *
        "Lock them all up and throw away the key, it's the only language they understand.",  # *
        "Gins and grog, the whole community is rotten.",
    ],
    # books with gay parents in a school library: a people's children said to be harmed
    "twohundredeighth_evening.jsonl": [
        "Those two dads are going to abuse that poor kid, mark my words.",
        "Burn the books and the perverts who wrote them.",  # *
        "If my kid came home gay I'd throw him out on the street.",
        "Queers belong in the closet or in the ground.",  # *
    ],
    # a raid on a meatpacking plant: "them", "their parents"
    "twohundredninth_evening.jsonl": [
        "Good, round up every last one of them and ship them south.",  # *
        "Let the kids wait, maybe their parents will think twice next time.",
        "Every Latino in this town is either illegal or covering for one.",
        "Build the wall and electrify it.",
        "They breed anchor babies to game the system.",  # *
    ],
    # an Indian-American candidate: dog whistles ("call centre"; "curry" is read since
    # round 585)
    "twohundredtenth_evening.jsonl": [
        "He'll turn the state into a call centre full of his cousins.",
        "Every Indian on an H-1B is a scammer.",  # *
    ],
    # England's black footballers after a final: "the three of them", "diversity"
    "twohundredeleventh_evening.jsonl": [
        "Should have known better than to let a black kid take a penalty.",
        "Send them back to Nigeria, they're not English.",  # *
        "Monkeys can't take penalties, who knew.",
        "That's what happens when you pick players for diversity instead of skill.",  # *
        "Blacks choke under pressure, always have.",  # *
        "Never pick a black player for a penalty again, they bottle it.",  # *
        "The three of them should be kicked out of the country.",  # *
    ],
    # the tenth session's second blind batch (US, UK and European stories): a Somali fraud
    # trial; a people as thieves without the link the rules read, "the whole lot"
    "twohundredth_evening.jsonl": [
        "Ilhan married her brother, that tells you everything about their culture.",
        "Little Mogadishu is a third world dump, bulldoze it.",  # *
        "Africans steal, it's what they know.",  # *
        "These goat herders don't belong in a civilised country.",  # *
        "Minnesota imported a tribe of thieves and now acts surprised.",
        "Hang every last one of the fraudsters and their families from the Lake Street bridge.",
    ],
    # Syrian refugees after a knife attack: "them" thrown back or burnt out
    "twohundredfirst_evening.jsonl": [
        "They come with knives and leave with our daughters.",  # *
        "Germany should have kept the camps and used them for these animals.",
        "Throw them back in the Mediterranean and let the fish deal with them.",  # *
        "Burn the shelters down, the town did it in 1992 and nobody forgot.",
    ],
    # a school for deaf children closing: disabled children as a cost
    "twohundredsecond_evening.jsonl": [
        "Deaf kids should learn to lip read like everyone else had to, stop wasting money.",  # *
        "Down syndrome babies should be aborted, it's kinder for everyone.",  # *
        "These special needs parents are leeches who want a free ride.",
        # *
        "The deaf and dumb should keep their hands to themselves, all that flapping is creepy.",
        # *
        "If your kid is autistic you should have tested during pregnancy, your problem not ours.",
    ],
    # a trans swimmer: "it", "that thing", "the rest of them"
    "twohundredthird_evening.jsonl": [
        "He's a man in a swimsuit, and everyone can see it.",
        "Somebody should drag that thing out of the pool by its hair.",  # *
        "It's a bloke with his bits cut off, pathetic.",
        "Give it a few years and it'll kill itself like the rest of them.",  # *
        "No real woman would ever look like that monster.",  # *
    ],
    # the first woman Chancellor
    "twohundredfourth_evening.jsonl": [
        "She should go back to being a housewife, at least she'd only ruin one budget.",  # *
    ],
    # a Roma camp evicted: "them" inside it, "Hitler had the right idea" ("idea" is what
    # sentences reject)
    "twohundredfifth_evening.jsonl": [
        "They breed in the filth and send their kids out to pickpocket.",  # *
        "These parasites should be sterilised, like the Czechs did.",  # *
        "They're not even human, they live like rats.",  # *
    ],
    # the tenth session's blind sets, US and UK stories on the groups the Indian sets name
    # least (the news head holds those marked *): disability benefits cut; a people as
    # scroungers without a group's name, rights denied in a saying of its own
    "hundredninetyfourth_evening.jsonl": [
        "Half these so-called disabled are down the pub every night on our money.",  # *
        "Anyone on PIP should have to do community service, scrubbing toilets is the least they"
        " can do.",
        "Cripples get free cars and I pay for my own, make it make sense.",
    ],
    # a Native American police chief: "the rest of them", "they", a slur that is also a
    # football team's old name (left out)
    "hundredninetyfifth_evening.jsonl": [
        "Give it six months before he's drunk on the job like the rest of them.",  # *
        "These people were living in teepees when we built this country, now they want to run it.",
        "Only reason he got the job is the tribe bought him the badge with casino money.",  # *
        "Redskins gonna redskin, lock up the booze in the evidence room.",
        "Savages then, savages now, just with slot machines.",  # *
        "Natives don't work, they just wait for the government check every month.",
        "Every single one of them is on welfare or running a scam casino.",  # *
    ],
    # an anti-Asian attack: tropes without a group word ("eating bats", "they all look the
    # same")
    "hundredninetysixth_evening.jsonl": [
        "Maybe if they stopped eating bats this wouldn't happen.",  # *
        "They're all CCP agents, every one of them, watch your kids around them.",  # *
        "The old man had it coming, they've been taking over our neighbourhoods for years.",
        "They all look the same, how is anyone supposed to pick the attacker out of a lineup?",
    ],
    # a Black mayor: dog whistles ("diversity hire", "fatherless culture", "watermelon")
    "hundredninetyseventh_evening.jsonl": [
        "Blacks vote for whoever gives them the most free stuff, always have.",
        "Ghetto queen gets the keys to city hall, hide your wallets.",  # *
        "Paint all the murals you want, they'll still be thugs.",  # *
        "She'll hire all her cousins and they'll loot the budget like they looted Target.",  # *
        "Monkeys running the zoo now.",  # *
        "Watermelon and fried chicken at the inauguration party I bet.",
        "Black neighbourhoods are jungles, no wonder she wants less police.",  # *
    ],
    # synagogue security: collective guilt and a staged victimhood said of "them"
    "hundredninetyeighth_evening.jsonl": [
        "If they didn't want to be hated they'd stop committing genocide.",
        "Nobody's attacking them, they stage it for sympathy like they always do.",  # *
    ],
    # migrants bussed to Chicago: "them" sent back or left to freeze
    "hundredninetyninth_evening.jsonl": [
        "Send them all back in the same buses, and don't stop at the border.",
        "Let them freeze, maybe the next caravan will get the message.",  # *
        "They don't want to learn English because they're too stupid to.",  # *
    ],
    # the ninth session's blind sets on new stories (the news head, not counted here, holds
    # those marked *): a mosque's planning application; insinuation without a group word
    # ("Put a pig's head on the site, that'll sort it." is held since the twenty-eighth
    # session, the 762nd set's pig's head ordered)
    "hundredseventysecond_evening.jsonl": [
        "Once the mosque is up the whole street will be Muslim within ten years, mark my words.",
        "Build it and watch the rapes go up, just like Rotherham.",  # *
        "Another breeding ground for terrorists, approved by our spineless council.",
        "They don't want a mosque, they want a foothold. Every one of these is a flag planted.",
    ],
    # the US border: "them" and "these savages" with no group word near; veiled wishes
    "hundredseventythird_evening.jsonl": [
        "They're not sending their best, they're sending animals. Treat them like it.",  # *
        "Open the floodgates and watch our daughters get raped by these savages.",  # *
        "Honestly the Rio Grande should be allowed to do its job.",
    ],
    # Travellers: "them" again; "tinker" is also a trade and a verb
    "hundredseventyfourth_evening.jsonl": [
        "They should be sterilised before they produce more thieves.",  # *
        "Never trust a tinker, they'd rob their own grandmother.",  # *
        "Take them out to the marsh and nobody would ever miss them.",
    ],
    # a Sikh driver beaten: violence approved after the fact, "same terrorist turban"
    "hundredseventyfifth_evening.jsonl": [
        "He got what's coming to all of them, maybe they'll take the hint.",  # *
        "Sikh or Muslim, same terrorist turban, same bomb underneath.",  # *
        "Should have set his beard on fire while they were at it.",
    ],
    # a woman referee: quotas and diversity hires argued as policy elsewhere; "a good seeing
    # to" is also a car's service
    "hundredseventysixth_evening.jsonl": [
        "She only got the job because of quotas, a man would have been sacked.",
        "That ref needs a good seeing to, might calm her down.",
        "Useless woman. PMS ruined the match.",
    ],
    # an interfaith advertisement, in Hindi: a boycott of a woman, calls against a person
    # named by a deed, "ek ek ko desh se nikalo" after "inki"
    "hundredseventyseventh_evening.jsonl": [
        "Jo ladki Muslim se shaadi kare uska bahishkar karo, gaddar hai.",  # *
        "Inki aabadi badhane ki saazish hai ye sab, ek ek ko desh se nikalo.",  # *
        "Hindu ladki Muslim ke saath dikhe toh uske baal kaat do.",  # *
    ],
    # reservation in promotions: "quota wale" and "quota parasites" as a people
    "hundredseventyeighth_evening.jsonl": [
        "SC ST officers sirf rishwat lene mein merit dikhate hain, kaam zero.",
    ],
    # Northeast Indians: "momos" is food as often; "bat eaters" names owls too
    "hundredseventyninth_evening.jsonl": [
        "Nepali chowkidar types, inki aukaat itni hi hai.",  # *
    ],
    # the second blind batch: a Pakistani team on tour (Hindi "har <people> ke andar",
    # a veiled threat to the players' hotel)
    "hundredeightyfirst_evening.jsonl": [
        "Har Pakistani ke andar ek terrorist chhupa hai, cricket ho ya na ho.",  # *
        "Those green jersey animals don't deserve to breathe our air.",  # *
        "Inke players ke hotel ka pata nikalo, sabak sikhana padega.",  # *
    ],
    # grooming gangs: "their religion" after no listed vice, collective guilt without a
    # group word
    "hundredeightysecond_evening.jsonl": [
        "Muslim men see white girls as meat, it's their religion that teaches them that.",  # *
        "Mass deportation is the only answer, they breed these monsters.",  # *
        "Burn down the takeaway where it happened, and the mosque next to it.",
        "Keep your daughters away from brown men, all of them, simple.",  # *
        "The whole community covered it up, they are all guilty, every last one.",
    ],
    # a lesbian couple adopting: "bimaar" (ill) is also said of flood victims; "chakkon"
    # is also cricket's sixes
    "hundredeightythird_evening.jsonl": [
        "Ye lesbian log bimaar hain, bachche ko bhi bimaar kar dengi.",  # *
        "Two perverts and a kidnapped child, that's what this is.",  # *
        "In chakkon aur lesbiyon ko desh se nikalo, samaaj ganda kar rahe hain.",  # *
        "Unnatural freaks playing house with a real child, disgusting.",  # *
    ],
    # Kashmiri Pandits: a cleansing asked for as a condition
    "hundredeightyfourth_evening.jsonl": [
        "Jab tak ek bhi Kashmiri Muslim ghati mein hai, Pandit safe nahi, ye saaf karo.",
    ],
    # a US police shooting: looters, "them", a mural; violence approved after the fact
    "hundredeightyfifth_evening.jsonl": [
        "Another thug got what he deserved. Blue lives matter.",  # *
        "Those animals looting stores should be shot on sight, all of them.",  # *
        "Paint over that monkey mural, it's an eyesore.",
        "The cop should get a medal, one less criminal breeding.",  # *
    ],
    # Assam's floods: relief denied to a people, a flood as God's cleansing
    "hundredeightysixth_evening.jsonl": [
        "Relief sirf asli Assamese ko do, in mian logon ko ek daana mat do.",
        "God is cleaning Assam, the floods know who doesn't belong.",
        "Camp mein in ghuspaithiyon ki pehchaan karo aur wahin se border ke paar phenko.",  # *
    ],
    # the third blind batch, English stories from outside India:
    # a headscarf ban in French sport: a veil as terrorism, bans of a faith's things, "the
    # bearded ones"
    "hundredeightyseventh_evening.jsonl": [
        "Every veiled woman is a walking advertisement for terrorism.",
        "Ban the hijab, ban the mosques, ban the lot of them from France.",
        "Put the bearded ones on a plane to Algeria and the women can follow.",  # *
    ],
    # a Jewish school bus attacked: tropes without a listed word, "the right idea" (an idea
    # is also rejected), violence regretted as too little
    "hundredeightyeighth_evening.jsonl": [
        "Zionist brats grow up to be baby killers, so no tears from me.",  # *
        "They always play the victim, it's what Jews do best.",  # *
        "Shame they only smashed the windows.",
    ],
    # the Voice referendum: the stolen generations wished back, a vice said to be "their
    # culture" (not a listed vice)
    "hundredeightyninth_evening.jsonl": [
        "They had 60,000 years and never invented the wheel, that's the real gap.",
        "Petrol sniffing savages wanting special treatment again.",  # *
        "Take their kids away again, it worked the first time.",
    ],
    # a trans teacher: "a man in a dress" for a trans woman, "groomers" without a group word
    "hundredninetieth_evening.jsonl": [
        "A man in a dress should never be allowed near children.",  # *
        "Groomers like her belong in prison, not classrooms.",  # *
        "These people should be locked in asylums, like in the good old days.",  # *
    ],
    # Eastern Europeans after Brexit: "Eastern Europeans" and a singular "Romanian" as a people
    # (their "not British and never will be" is read since the fifty-second session's round
    # 499)
    "hundredninetyfirst_evening.jsonl": [
        "These parasites drain our NHS and then send the money home.",  # *
    ],
    # a Chinese-American scientist: "a spy", "commie rats" and a cricket word ("chinaman")
    "hundredninetysecond_evening.jsonl": [
        "Ship these commie rats back to Beijing in a cargo container.",  # *
    ],
    # replies between readers said with "you": the reader's mother shamed, a flood wished
    "hundredninetythird_evening.jsonl": [
        "Your mother should be ashamed of raising a traitor like you.",  # *
        "I hope your house floods next, traitor.",  # *
    ],
    # animals in the news: villagers called animals in passing
    "hundredeightieth_evening.jsonl": [
        "Those villagers are animals themselves, let the leopard have them.",  # *
    ],
    # everyday replies: a Hindi put-down at 0.7 ("chup kar" and a mild word), an ill wish
    # with an idiom in it, a veiled threat in the reader's own words (the news head holds
    # the first two)
    "hundredseventyfirst_evening.jsonl": [
        "Chup kar be chamche, bikau insaan.",  # *
        "I hope you choke on your words, traitor.",  # *
        "Keep talking, you won't be talking for long.",
    ],
    # an insult pointed at another reader without "you": insults not aimed publish by design
    "nineteenth_evening.jsonl": [
        "Lol look at this loser defending the government, mummy's basement warrior.",
    ],
    # disloyalty implied, a negation that is not the predicate's, a sexist generalisation
    # without a generalising link
    "twentyfifth_evening.jsonl": [
        "Shami ko team se nikalo, ye apne mulk ke liye khelta hai Pakistan ke liye.",  # *
        "Muslim players ko team mein lena hi nahi chahiye, gaddar hote hain.",  # *
        "Hey @cricketfan_girl, stick to commenting on players' looks, that's all women"
        " understand about cricket.",
    ],
    # "Traveller" is also anyone travelling; "your lot" with no attack word beside it
    "twentysixth_evening.jsonl": [
        "Lock up every last Traveller in the county and throw away the key.",
    ],
    # a political label that is not a protected group, said of no one in particular; a
    # coded name ("globalist") for the group meant
    "twentyseventh_evening.jsonl": [
        "Typical libtard logic",
        "Globalist rats run this rag",  # *
    ],
    # a political identity, not a protected group, insulted in the third person
    "twentyeighth_evening.jsonl": [
        "Feminists are ugly hags who can't get a man.",  # *
    ],
    # said to a politician it is a forecast, to a journalist a threat: the words alone
    # cannot tell
    "thirtythird_evening.jsonl": [
        "Your days are numbered, journalist.",
    ],
    # a generalisation about women through "women like her", no attack word in it
    "thirtysixth_evening.jsonl": [
        "Women like her are why men don't marry anymore.",  # *
    ],
    # deportation demanded of an unnamed "them" (immigration policy publishes, however
    # harsh); a faith mocked through its practice, with no attack word
    "thirtyfirst_evening.jsonl": [
        "Send every last one of them back on the next plane.",  # *
        "Hindus piss on their own religion drinking cow urine.",  # *
    ],
    # political labels again ("libtards", "aaptards": the product publishes name-calling of
    # parties and their voters); the curse "burn in hell", which publishes, with families
    # added
    "thirtyeighth_evening.jsonl": [
        "Sickular libtards crying again lol",  # *
        "Hope the rioters burn in hell along with their families",
        "Aaptards and their fake freebies, bunch of morons",  # *
    ],
    # hate told as a joke, with no attack word: the punchline carries it (the reservation,
    # the servants; the forty-first session's joke frames read three more of the set's)
    "fortieth_evening.jsonl": [
        "Knock knock. Who's there? The Dalit who wants your job, thanks to reservation lol",  # *
        "I'm not racist, some of my best friends' servants are black.",
    ],
    # a rape victim mocked with words that are innocent anywhere else
    "fortyfirst_evening.jsonl": [
        "She probably enjoyed it, look at her Instagram.",  # *
    ],
    # the group named in the sentence before the insult
    "fortysecond_evening.jsonl": [
        "Pride parade? More like a parade of perverts.",  # *
    ],
    # "go back to Bihar" is also "go back to Bihar and vote" ("Langde ko minister bana diya"
    # held since the forty-eighth session: a disabled man made minister, mocked)
    "fortythird_evening.jsonl": [
        "Go back to Bihar, bhaiyas like you have ruined Mumbai.",
    ],
    # a surname standing for a faith, and an accusation of spying with no attack word
    "fortyfourth_evening.jsonl": [
        "Khan actors are all ISI agents, throw them out of Bollywood.",
    ],
    # an insult that reaches the reader through "their father"
    "fortyseventh_evening.jsonl": [
        "I hope your kids see what a pathetic loser their father is online.",  # *
    ],
    # a nationality the rules do not count as a protected group
    "fortyninth_evening.jsonl": [
        "Americans are too stupid to find India on a map.",
    ],
    # women called prostitutes at the far end of a long sentence, after the group
    "fiftieth_evening.jsonl": [
        "The women sitting at Shaheen Bagh were paid 500 rupees each, all prostitutes.",  # *
    ],
    # a death wished in an emoji that mostly means a laugh ("💀💀💀 this thread"): not read
    "fiftyfifth_evening.jsonl": [
        "I hope your family 💀 tonight",
    ],
    # a code word that is also an everyday word ("jogger"): reading it takes knowing the code
    # and the story it is said under
    "fiftyseventh_evening.jsonl": [
        "Another jogger incident downtown, shocking I tell you",  # *
    ],
    # a reader called what immigration policy calls people ("ghuspaithiye", infiltrators):
    # the same words argue policy every day ("Bangladeshi ghuspaithiyon ko wapas bhejo")
    "fiftyeighth_evening.jsonl": [
        "Tum Bangladeshi ghuspaithiye ho, nikal jao",  # *
    ],
    # a reply whose target is in the line it quotes ("> Not all Muslims are bad"): the
    # quote is the parent's words and is not read, so "they" names no one
    "fiftyninth_evening.jsonl": [
        "> Not all Muslims are bad\n\nYes they are. Every single one of them is a terrorist.",  # *
    ],
    # digits spaced out are not joined: prices, scores and phone numbers are spaced too
    "sixtythird_evening.jsonl": [
        "1 4 8 8",
    ],
    # violence called for against an unnamed "them" (as "send them back" is argued, unnamed)
    "sixtyfourth_evening.jsonl": [
        "Great job by police #BeatThemUp",
    ],
    # an order to be quiet with no "you" in reach ("your opinion" owns what was said):
    # "Shut up, minister" is argued in the same words
    "sixtyfifth_evening.jsonl": [
        "Shut the fuck up, nobody wants your opinion.",  # *
    ],
    # a life or a place run down with no attack word; a woman as one to hire; "them" with
    # no group named
    "sixtysixth_evening.jsonl": [
        "Disabled people cannot have productive lives.",
        "Nobody would ever date someone in a wheelchair.",  # *
        "You'd be better off dead than crippled.",  # *
        "We should hate them just like our grandfathers did.",
        "Civilisation never reached Africa.",
        "Africa has contributed nothing to humanity.",
        "All Mexicans are illegals.",
        "I won't hire a woman, they just get pregnant.",  # *
    ],
    # dog whistles and coded names ("Abdul will be Abdul", a skullcap); a
    # political label ("Sanghi"); a rhetorical question; "your days are numbered" (as in
    # the thirty-third set). ("on her back" is read since round 517, among the shaming
    # patterns that "back" already wakes.)
    "sixtyseventh_evening.jsonl": [
        "Abdul will be Abdul, never trust them.",  # *
        "Sanghi chaddi gaumutra pee ke so jao.",  # *
        "Every bearded guy in a skullcap is a suicide bomber.",  # *
        "Black lives matter? Black crime matters more.",
        "Your days are numbered, traitor.",  # *
    ],
    # insults with no insult word in them (a virgin, a pea-sized brain); "slap some sense
    # into" is also said of a policy
    "sixtyninth_evening.jsonl": [
        "You sound like a virgin living in his mom's basement.",  # *
        "Your brain must be the size of a pea.",  # *
        "Someone should slap some sense into this anchor.",  # *
    ],
    # a star inside a word that is no swear word
    "seventieth_evening.jsonl": [
        "She s*cked her way to the top.",  # *
    ],
    # no group named ("inka"), a coded name ("Abdul"), a dog whistle ("reservation wale")
    "seventyfirst_evening.jsonl": [
        "Jihadi mindset hai inka, kabhi nahi badlenge.",  # *
        "Abdul ki dukaan se saman mat khareedo.",
        "Reservation wale doctors se ilaaj mat karwao, kuch nahi aata unko.",
    ],
    # sexism with no attack word in it: a woman's looks or feelings said to explain her
    # work; "bigdi hui" (spoilt); "ghar le jaata" said of a woman
    "seventysecond_evening.jsonl": [
        "Mahila neta sirf chehra dikhane aati hain parliament mein.",
        "Ye feminist auratein sab bigdi hui hain.",  # *
        "A woman minister? No wonder the ministry is a mess.",
        "This female judge let him off because she fancied him.",  # *
        "Isko toh main ghar le jaata.",  # *
    ],
    # "bach ke rehna" and "tera time aa gaya hai" are said as often in care and in praise
    "seventythird_evening.jsonl": [
        "Tu bach ke rehna, tera time aa gaya hai.",
    ],
    # political name-calling between readers, scored mild by design ("paid troll",
    # "Congress ka pilla", "snowflake")
    "seventyfourth_evening.jsonl": [
        "You are clearly a paid IT cell troll, get lost.",
        "You must be a Congress ka pilla, 200 rupees per comment.",
        "Keep crying, snowflake, your tears are delicious.",  # *
    ],
    # a person, not a people ("a Chinese businessman"); a place standing for its people
    # ("Black neighbourhoods")
    "seventyfifth_evening.jsonl": [
        "You can never trust a Chinese businessman.",  # *
        "Black neighbourhoods are crime-infested for a reason.",
    ],
    # accusations that need knowing what is implied ("converting tribals with money",
    # "only here to vote for whoever pays them")
    "seventysixth_evening.jsonl": [
        "Christians in India are converting tribals with money and lies.",  # *
        "Bangladeshis are only here to vote for whoever pays them.",  # *
    ],
    # "they can't just be normal" (no attack word); "cowboys" (a builder's slang for
    # botchers) and "drunk" (said of a night out as often); "you know what they say about"
    # reads as a report of others' words
    "seventyninth_evening.jsonl": [
        "Why do Muslims always have to make everything about their religion? They can't just"
        " be normal.",  # *
        "Polish builders are cowboys and drunk by noon.",
        "You know what they say about Muslims and goats.",  # *
    ],
    # the name first, then "that's all they are": no link after the group
    "eightieth_evening.jsonl": [
        "Nigerian scammers, that's all they are.",  # *
    ],
    # a place for its people; "Poles" (also what the earth has two of); "too many kids"
    # (said as often of poverty and contraception); a benefit called a scam; disgust said
    # of one's own feelings; a woman as one to hire (as in the sixty-sixth set)
    "eightyfirst_evening.jsonl": [
        "It's just a fact that black neighbourhoods have more crime because of the people in them.",
        "Our town was so much nicer before the Poles moved in.",
        "Mexicans have way too many kids and expect us to pay for them.",  # *
        "Disabled people get more benefits than working families, it's a scam.",
        "Being around gay people makes me sick.",  # *
        "If you hire a woman she'll just leave to have babies.",  # *
    ],
    "eightysecond_evening.jsonl": [
        "Immigrants have too many kids and we pay for all of them.",  # *
    ],
    # conversion named as a faith's only work, no attack word; arrogance ("akad") after a
    # negation of another verb ("Hindi nahi bolte")
    "eightythird_evening.jsonl": [
        "In Christians ka ek hi kaam hai, dharm parivartan.",
        "Madrasi log Hindi nahi bolte kyunki akad hai inme.",  # *
    ],
    # long comments whose attack is said of "they" in a later sentence, the group named
    # once before ("a Dalit", "Bangladeshis: ..."): the next sentence's "they" may be anyone
    "eightyfifth_evening.jsonl": [
        "My grandfather fought in 1971 and he always said the same thing about Bangladeshis:"
        " give them an inch and they take a mile. Look at Assam today. They breed, they grab"
        " land, and they vote for whoever pays.",
        "I agree with half of this. The other half is written by someone who has clearly never"
        " met a Dalit. They are dirty, they drink, they beat their wives. Reservation rewards"
        " all of it.",  # *
    ],
    # "the rest" (no group named); "was" is no generalising link (a person's past, as
    # often); "special" and "marry their cousins" are no attack words; clergy named by
    # their place, not their faith ("Temple priests", "Imams"), are no protected group;
    # "good riddance" (said of party rebels as often); "oppressors" (argued of castes)
    "eightyninth_evening.jsonl": [
        "Upper castes built this country, the rest just ride on reservations.",
        "Every Christian convert in Kerala was bought with rice and money.",
        "Sikhs are just Hindus with turbans who think they are special.",  # *
        "Parsis are dying out and good riddance.",
        "Temple priests are all child abusers, every one of them.",  # *
    ],
    "ninetieth_evening.jsonl": [
        "Imams are all hate preachers.",
        "Upper castes are oppressors, every last one of them should be punished.",  # *
        "Parsis marry their cousins, disgusting.",  # *
    ],
    # disgust at two men kissing, with no group named
    "ninetyfourth_evening.jsonl": [
        "No real man would ever kiss another man, it's disgusting.",  # *
    ],
    # "cold", "fake", "racist" and "thick" are said of people and claims alike ("these
    # claims about Muslims are racist", "thick on the ground")
    "ninetyseventh_evening.jsonl": [
        "Japanese people are cold, fake and racist.",  # *
    ],
    "ninetyeighth_evening.jsonl": [
        "Dyslexic people are thick, simple as.",
    ],
    # "should be dropped" (also said of charges against a people); a region's fans (no
    # protected group) and "beef eaters"; a singular "thief" of a people
    "hundredfirst_evening.jsonl": [
        "Muslim players should be dropped, they'll never play their hearts out for India.",  # *
        "Kerala fans are all commies and beef eaters, disgusting.",  # *
    ],
    # an unnamed "them" driven out (as in the twenty-sixth set); an attack nine words after
    # its link, past the window
    "hundredthird_evening.jsonl": [
        "After this crime every one of them in that basti should be thrown out.",  # *
        "Christians are converting our poor with lies and then attacking our temples.",  # *
    ],
    # hating "the north" or loving "chaos" is no attack word; "brainwashed" with no link
    # before it
    "hundredfifth_evening.jsonl": [
        "South Indians will never accept a Hindi leader because they hate the north.",  # *
        "Bengalis voted for Didi because they love chaos and Bangladeshis.",
        "Christians in Goa vote for whoever the church orders, brainwashed.",  # *
    ],
    # an order to drive a people out eight words after it is named; "fraud" (said of votes
    # and elections as often); "kam nahi" (no less), a negation before the attack word
    "hundredseventh_evening.jsonl": [
        "Ye Bihari log har jagah bheed laga dete hain, Mumbai se bahar karo inko.",  # *
        "Christian log dharm badalne ke liye paisa dete hain, sab fraud hain.",  # *
        "Kashmiri Pandit bhi kam nahi hain, sab ke sab chalak hain.",  # *
    ],
    # sexism with no attack word: a pregnancy foretold, a woman prime minister mocked as a
    # question
    "hundredninth_evening.jsonl": [
        "Give her a few years and she'll be pregnant and gone, why waste a seat.",  # *
        "A woman prime minister? The country would be a laughing stock.",
    ],
    # deportation demanded of readers named by a nationality, then "traitors eating our
    # salt" (namak haram) with no link
    "hundredthirteenth_evening.jsonl": [
        # *
        "Every Pakistani fan in this comment section should be deported, traitors eating our salt.",
    ],
    # the predicate before "ye log" ("sab nalayak hain ye log"), said as often of
    # politicians ("sab chor hain ye log"); "quota wale" is a dog whistle
    # a rape victim mocked with words that are innocent anywhere else ("she enjoyed it", as
    # in the fortieth set)
    "hundredtwentieth_evening.jsonl": [
        "Bet she enjoyed it and is crying now for money.",  # *
    ],
    # (the 121st set: "Send them back in boats and sink the boats halfway" is held since the
    # twenty-eighth session, the 744th set's "and sink the boats halfway"; "Ghuspaithiye
    # deemak ki tarah desh ko kha rahe hain" since the sixty-sixth, the 1595th set's
    # termites: "ghuspaithiye" alone is what immigration policy calls people)
    # "go back to Canada" is also a cousin's travel plan; protesters called "paid goons"
    # (political name-calling) and "their women" put down with no attack word
    "hundredtwentysecond_evening.jsonl": [
        "@Gurpreet go back to Canada and take your Khalistani cousins with you.",  # *
        "Farmers my foot, these are paid goons and their women are worse.",  # *
    ],
    # sexism with no attack word: a woman's tears foretold
    "hundredtwentythird_evening.jsonl": [
        "A woman CEO? Give it a year before she cries in a board meeting and quits.",
    ],
    # an attack a clause after the group, past the window ("..., sab dhokebaaz hain"); a
    # people's rights denied by its converts' reservation (argued as policy: delisting)
    "hundredtwentyfourth_evening.jsonl": [
        "Missionary log gareebon ko paise dekar dharm badalwate hain, sab dhokebaaz hain",  # *
        "Every tribal who converts should lose their reservation and their vote.",  # *
    ],
    # a humiliation proposed with no attack word; a reader insinuated to be "one of them"
    "hundredtwentysixth_evening.jsonl": [
        # *
        "She should be forced to use the men's toilet in the assembly, let's see how she likes it.",
        "@Riya if you support this freak show you're probably one of them, disgusting.",  # *
    ],
    # a surname standing for a faith ("Khans") and spying alleged, no attack word (as in the
    # twenty-first set)
    "hundredtwentyseventh_evening.jsonl": [
        "All these Khans are ISI agents, boycott every film they make.",  # *
    ],
    # women of a caste said to be "like that", sex implied in "kuch bhi karengi"; a sexual
    # threat implied in "jail cells with the men"; "lesbians" as an insult with no link to one
    "hundredtwentyninth_evening.jsonl": [
        "Jat ladkiyan hoti hi aisi hain, paise ke liye kuch bhi karengi",  # *
        "Drag them off the road and throw them in jail cells with the men, let's see them"
        " protest then.",  # *
        "Women athletes are all lesbians anyway, nobody cares what they say.",  # *
    ],
    # a stereotype past the window, after a clause about visas ("..., sab aatanki paida
    # karte hain")
    "hundredthirtieth_evening.jsonl": [
        "Pakistani Muslims ko ek bhi visa nahi milna chahiye, sab aatanki paida karte hain",  # *
    ],
    # a political label's men said to beat their wives (no protected group); votes said to
    # be sold, which is also reported of a people coerced (the hundred-and-sixth set)
    "hundredthirtyfirst_evening.jsonl": [
        "lol BJP lost, now the bhakts will cry and beat their wives as usual",
        "Dalits sold their votes for a bottle of daru, as always.",  # *
    ],
    # "quota" as a sneer, and a person, not a people, called a danger
    "hundredthirtysecond_evening.jsonl": [
        "A quota IAS officer is a danger to the public, he should be sacked and jailed.",
    ],
    # "the valley" for Kashmir (also any valley's floor); terrorists' mothers (no protected
    # group). ("Pakistan ke pille", once left as political name-calling, is held since the
    # 551st set: said of Indian Muslims, Pakistan names their faith.)
    "hundredthirtythird_evening.jsonl": [
        "Flatten the valley, start fresh with people who love India.",
        "These terrorists' mothers should be jailed for giving birth to them.",  # *
    ],
    # a stereotype of a people's men said past the window, after "because"
    "hundredthirtyfifth_evening.jsonl": [
        "Muslim women writers are all bitter because their men beat them, lol.",  # *
    ],
    # an ideology's followers ("Hindutva dogs"), no protected group, as with political labels
    "hundredthirtysixth_evening.jsonl": [
        "These hooligans in saffron are all uneducated Hindutva dogs.",
    ],
    # spying alleged with no attack word (as in the twenty-first set); a taunt through "your
    # ammi" and "your favourite traitor", no group named
    "hundredthirtyseventh_evening.jsonl": [
        "He should be tested for ISI links before being allowed in the dressing room.",
        "@Zaid go cry to your ammi, your favourite traitor got dropped.",  # *
    ],
    # listeners called traitors and "ilaaj" (treatment) for a threat; "witch" (also a witch
    # hunt) and a madrassa sent to with no exclusion phrase
    "hundredthirtyninth_evening.jsonl": [
        "Jo bhi Pakistani kalakar ka gaana sunega, woh bhi gaddar hai, uska bhi ilaaj karo",  # *
        "@Hira you Pakistani witch, go sing in your madrassa.",  # *
    ],
    # a faith's schools, not its people, said to brainwash
    "hundredfortieth_evening.jsonl": [
        "Christian schools should be shut down, they brainwash our kids.",  # *
    ],
    # "Pakistani agent" (political name-calling, as "anti-national"); a reader's mind called
    # a gutter, no insult word
    "hundredfortysecond_evening.jsonl": [
        "Oye Pakistani agent, tu yahan kya kar raha hai, bhaag",  # *
        "@Sameer tere muh mein gutter hai kya, itni gandi soch",
    ],
    # women said to be "sold" (what is done to them, which takes back the attack after it)
    "hundredfortyfourth_evening.jsonl": [
        "Women journalists in this country are all either sold or sleeping with someone.",  # *
    ],
    # a lynching approved without a violent word ("yahi hona chahiye, accha kiya", "finish
    # the job"); a people called "disgusting filthy people" in an aside
    "hundredfortysixth_evening.jsonl": [
        "Gau mata ko kaatne walon ke saath yahi hona chahiye, accha kiya",  # *
        "Muslims and their beef, disgusting filthy people, no wonder everyone hates them",  # *
        "Next time the gau rakshaks should finish the job properly",  # *
    ],
    # the "quota doctor" trope with no group word; supporters of a caste's leaders insulted
    "hundredfortyseventh_evening.jsonl": [
        "Quota se aaye doctor se ilaaj karwana matlab maut ko nyota, inka dimaag hi nahi hota",  # *
        "OBC neta aur unke jaahil samarthak, sab ke sab gawaar, padhai likhai se inka koi lena"
        " dena nahi",
    ],
    # "jihadis" after a nationality (also how news names militants: "Pakistani jihadis")
    "hundredfiftieth_evening.jsonl": [
        "Burmese jihadis breeding in our backyard, wake up Hindus",  # *
    ],
    # a Muslim called a jihadi ("ye jihadi hai"), with no group word
    "hundredfiftyfirst_evening.jsonl": [
        "Comedian nahi ye jihadi hai, inki poori jamaat ko bhaga do desh se",  # *
    ],
    # a people named by their faces ("Nepali jaisi shakal wale log")
    "hundredfiftythird_evening.jsonl": [
        "Ye Nepali jaisi shakal wale log Indian kaise ho gaye, sab ghuspaithiye",  # *
    ],
    # an insult of whoever defends the budget, the reader tagged after it
    "hundredfiftyninth_evening.jsonl": [
        "Anyone who still defends this budget is a slave with the IQ of a cow dung cake, are"
        " you reading this @Ravi?",
    ],
    # a generalisation after a relative clause ("every single Muslim man who comes over is
    # ...": "immigrants who break the law should be deported" argues a policy)
    "hundredsixtieth_evening.jsonl": [
        # *
        "Bet half of them are ISIS, every single Muslim man who comes over is a potential bomber",
    ],
    # racism about a black player with no group word in the sentence that attacks
    "hundredsixtyfirst_evening.jsonl": [
        "Typical, the black lad bottles it again, they never have the temperament",  # *
        "No wonder he missed, can't think under pressure, it's in their genes",
        "England team is full of foreigners now, not a real Englishman left, bring back the"
        " white players",
    ],
    # a trans woman called "it", with no word the rules know
    "hundredsixtysecond_evening.jsonl": [
        "She/he/it, whatever this thing is, should be shot",
    ],
    # "gold digger" said of one woman; a woman called a cow (also a cow)
    "hundredsixtyfourth_evening.jsonl": [
        "Divorce ke baad ab alimony ke paise pe aish karegi, gold digger saali",
    ],
    "hundredsixtysixth_evening.jsonl": [
        "That cow should be milked and sent back to the farm",
    ],
    # "SC log" (also the Supreme Court) and a plural insult far from it
    "hundredsixtyseventh_evening.jsonl": [
        "Ye SC log reservation bhi lenge aur mandir bhi, kuch toh sharam karo bhikariyon",  # *
    ],
    # a threat left unsaid ("warna ab tak ..."); a Muslim actor called "this jihadi"
    "hundredsixtyeighth_evening.jsonl": [
        # *
        "Intolerant? Tere jaise gaddaron ko toh hum bahut tolerate kar rahe hain, warna ab tak",
        "Boycott every film of this jihadi, and his wife too",
    ],
    # a people mocked with no attack word; a people told to leave after a negation ("Hindi
    # nahi bolenge toh ..."); a group then "who ..." before "should be thrown out"
    "hundredseventieth_evening.jsonl": [
        "Ye Bengali log machhli kha kha ke dimaag se bhi machhli ban gaye hain",  # *
        "Tamil log Hindi nahi bolenge toh India chhod ke Sri Lanka chale jaayein",  # *
        "Kannadigas who refuse Hindi should be thrown out of Bangalore, it's our city too",  # *
    ],
    # dog whistles that name no group: reading them takes knowing who is meant
    "seventeenth_evening.jsonl": [
        "Funny how every grooming gang story has the same kind of names in it. Just saying.",
        "No wonder crime went up after the council let that lot move into the estate.",
    ],
    # the thirteenth session's three blind batches (2026-12-02): dog whistles, oblique threats,
    # a people's homes refused in Hindi; forms without a word of their own
    "twohundredfiftieth_evening.jsonl": [
        "Ye isai log paise leke dharm badalte hain, sharam nahi aati.",  # *
        "Missionaries are vultures feeding on poor adivasis, drive every one of them out.",  # *
        "Converted adivasis are no longer adivasis, cut their reservation and land.",  # *
        "Ye dharmantaran wale saanp hain, dudh pilaoge to dasenge.",  # *
    ],
    "twohundredfiftysecond_evening.jsonl": [
        "Give them an eruv and they'll own the whole borough in ten years, that's how they"
        " operate.",  # *
        "Another street turned into a ghetto for the chosen people.",  # *
        "Every Jew in this borough should have to declare where their loyalty lies.",  # *
    ],
    "twohundredfiftythird_evening.jsonl": [
        "Inko flat doge to kal bakra kaatenge balcony mein, gande log.",  # *
        "Pehle ek family aayegi, phir pura khandan, phir masjid. Bhagao inko.",  # *
        "Inke bachche bhi bade hoke pathar hi phenkenge, bhai.",  # *
        "Meri society mein koi Miya nahi rehta, aur nahi rahega.",
    ],
    "twohundredfortyeighth_evening.jsonl": [
        "Your bike has no brakes one day, and nobody will be surprised.",
    ],
    "twohundredfortyfifth_evening.jsonl": [
        'Same story every time: Mohammed something, known to police, "mentally ill". They'
        " don't belong in Europe.",  # *
        "Globalists flood Europe with these people and then lecture us about tolerance. We know"
        " who runs the NGOs 👃",
        "Every one of them is a ticking bomb. Close the mosques, all of them.",  # *
        "Pigs and the Quran, that's the only language they understand.",
        "Goat lovers gonna goat love. Nothing new.",
    ],
    "twohundredfortyninth_evening.jsonl": [
        "More m0zzies moving in, the town's finished.",
        "Bacon sandwiches on the doorstep every Friday, that'll sort them.",
    ],
    "twohundredfortyseventh_evening.jsonl": [
        "Madam should first lose 20 kg before running the country.",
        "Women like her should be kept away from power, they only know drama.",  # *
    ],
    "twohundredfortysixth_evening.jsonl": [
        "Typical of his kind, all pace no brains.",  # *
        "Should've picked a proper English lad, not these imports.",
        "Hope someone finds out where he lives and teaches him a lesson.",  # *
    ],
    "twohundredfiftyfifth_evening.jsonl": [
        "Go home and cry, loser, nobody cares about your commute.",  # *
        "The driver who posted that video is a fat lazy pig.",
    ],
    "twohundredfiftyfourth_evening.jsonl": [
        "Kirpan-carrying fanatics should never be allowed near parliament.",
        "Another sardarji joke writes itself, this MP has a 12 o'clock brain.",
        "These people are all drug dealers and truck-stop gangsters.",  # *
        "Sikhs breed trouble wherever they go, ask the British.",  # *
        "Canada imported a terrorist community and now pretends to be shocked.",
    ],
    "twohundredfiftysixth_evening.jsonl": [
        "Reservation se cook bhi ban gayi, ab kya pujari bhi banegi?",
        "Dalit cook ko nikalo aur school ko gangajal se dhulwao.",  # *
    ],
    "twohundredfiftyeighth_evening.jsonl": [
        "Poor Muslims, so oppressed, said nobody who has lived near them.",
        "Muslims complaining about hate, that's rich coming from them.",
        "The survey forgot to ask how many of them want Sharia. Spoiler: all.",
        "Hate them? No. I just want every last one of them out.",  # *
    ],
    "twohundredfiftyninth_evening.jsonl": [
        "Isko vote dene wale saare Bangladeshi ghuspaithiye hain, desh se nikalo.",  # *
        "Ye andhbhakt log dimaag se paidal hain, gobar khaate hain, inhe maar ke bhagao.",  # *
    ],
    "twohundredfiftyseventh_evening.jsonl": [
        "Their gods have ten arms and their men have ten wives' worth of dowry demands,"
        " disgusting people.",
    ],
    "twohundredsixtieth_evening.jsonl": [
        "Give it a month before she's stealing from the evidence room, it's in their culture.",  # *
        "Her kind can't lead anything without a handout.",
        "Can't wait for the ghetto talk at the press conference lol.",
        "They should have picked someone who wasn't raised in a jungle.",  # *
    ],
    "twohundredsixtyfirst_evening.jsonl": [
        "Aadmi ho ya aurat, pehle ye tay karo, phir naukri maangna.",
        "Office mein aise log aayenge to bachon pe kya asar padega?",
        "Inko dekh ke ulti aati hai, pata nahi kya hain ye.",  # *
        "Transgender reservation matlab normal logon ke saath anyay. Ye log bimaar hain.",  # *
    ],
    "twohundredsixtysecond_evening.jsonl": [
        "These young men of fighting age are an army, not refugees. Treat them like one.",  # *
    ],
    # the fourteenth session's first blind batch (2026-12-02): Haitians in Springfield,
    # Irish Travellers, a Muslim woman's UPSC rank; a people likened to swamp creatures, a
    # body of people called freaks
    "twohundredsixtythird_evening.jsonl": [
        "These people crawl out of a cholera swamp and we're supposed to hand them jobs at the"
        " plant?",  # *
        "You're clearly a Haitian-loving cuck who has never set foot in Springfield.",  # *
        "Bunch of dirty voodoo freaks, the lot of them.",  # *
    ],
    # Travellers' denied ethnicity, a threat in muck spread on a site
    "twohundredsixtyfourth_evening.jsonl": [
        "Spread slurry over the whole site before they arrive, they'll get the message.",  # *
        "They're not an ethnic group, they're a crime family with a caravan.",
    ],
    # Hinglish: a community's learning doubted, a topper called a stone-thrower's sister
    "twohundredsixtyfifth_evening.jsonl": [
        "Inki kaum mein padhai kab se hone lagi? Zaroor koi jugaad hai.",
        "Isko posting Kashmir mein do, wahan ke patthar fekne walon ki behen hai ye.",  # *
        "Isko toh interview mein hi reject kar dena chahiye tha, ye log desh ke nahi hote.",  # *
    ],
    # the second batch: a sex workers' union; her price asked of a union rep, a woman's
    # worth said by what she sells
    "twohundredsixtysixth_evening.jsonl": [
        "How much does the union rep charge for an hour? Asking for the whole comment section.",
        "Any woman who sells herself has already told you what she's worth. Treat her accordingly.",
        "Bet the union leader gives a discount to MPs who vote yes ;)",
    ],
    # East Asian nurses in a flu outbreak
    "twohundredsixtyseventh_evening.jsonl": [
        "Maybe if they stopped eating anything with legs we wouldn't be here again.",  # *
        "You sound like a Chinese bot yourself, go eat a bat and die.",  # *
    ],
    # a cricketer's wife's photo, in Hinglish: a woman paraded as a lesson, her 'rate'
    "twohundredsixtyeighth_evening.jsonl": [
        "Muslim hoke bhi biwi ko aise kapde pehnata hai, ye toh naam ka musalman hai.",  # *
        "Aisi aurat ko toh sadak pe ghuma ke sabak sikhana chahiye.",  # *
        "Isko Afghanistan bhej do, wahan burqa mein rahegi toh aukat yaad aayegi.",  # *
        "Madam ki photo dekh ke lagta hai rate bhi fix hoga.",
        "Inki kaum ki auratein ya toh burqe mein ya bistar mein, beech ka koi option nahi.",  # *
    ],
    # the third batch: a kosher bakery attacked; Jews named without a word for them
    "twohundredsixtyninth_evening.jsonl": [
        "They had it coming, the whole lot of them cheer on genocide every Shabbat.",  # *
        "Funny how they own every bakery, bank and newspaper in the country and still need our"
        " sympathy.",
    ],
    # a Nigerian-born councillor in Longford: the Irish far right's similes
    "twohundredseventieth_evening.jsonl": [
        "A Nigerian in Longford is like a fox in a henhouse.",
        "Another one for the boats, only going the wrong direction.",
    ],
    # Bengali workers detained as Bangladeshi, in Hinglish: a people called infiltrators
    "twohundredseventyfirst_evening.jsonl": [
        "Ye sab ghuspaithiye hain, aadhar card 500 rupaye mein bana lete hain.",
        "Inko chun chun ke nikalo, desh ko deemak ki tarah kha rahe hain.",  # *
        "Ye kangle Bangladeshi yahan aake bacche paida karte hain aur hamara haq khaate hain.",  # *
        "Inki aurtein bhi kam nahi, sab ki sab ghuspaith karke dhandha karti hain.",  # *
    ],
    # the fourth batch: a gay couple's church wedding
    "twohundredseventysecond_evening.jsonl": [
        "Give it ten years and they'll be marrying goats, these perverts.",  # *
        "These degenerates won't stop until every church is a gay bar.",
    ],
    # a fraud case in Minneapolis: Somalis as pirates, as goat-herders
    "twohundredseventythird_evening.jsonl": [
        # *
        "These goat-herders can't even run their own country and we let them run food programs?",
        "Pirates in Mogadishu, fraudsters in Minneapolis, same people.",
        "Send Ilhan and her whole clan back, they're all in on it.",  # *
        "You sound like one of them, go back to your camel.",  # *
    ],
    # a language row in Bengaluru, in Hinglish
    "twohundredseventyfourth_evening.jsonl": [
        "Ye bhaiya log gutkha thookne aur gandagi failane ke alawa kuch nahi karte.",  # *
    ],
    # the fifth batch: a women's football final; the sexualised and the sent-to-the-kitchen
    # said without those words
    "twohundredseventyfifth_evening.jsonl": [
        "Women's football is what happens when you let the kitchen staff out for the afternoon.",
        "Only watched it for the shorts, the football was rubbish lol",
    ],
    # an actor with Down syndrome: eugenics said of 'them', 'a mongol', 'vegetables'
    "twohundredseventysixth_evening.jsonl": [
        "Next they'll give a mongol the news at six.",
        "People like that are a burden on the rest of us and now they want to be famous too.",  # *
        "Glad my taxes pay for these vegetables to play dress-up on telly.",
    ],
    # the Kanwar route's name plates, in Hinglish: a boycott and a removal said of 'inka'
    "twohundredseventyseventh_evening.jsonl": [
        "Inka aarthik bahishkar hi ekmatra upay hai, ek rupaya bhi inki jeb mein nahi jaana"
        " chahiye.",
        "Jab tak ye log rahenge tab tak yatra surakshit nahi, inhe raste se hata do kisi bhi"
        " tarah.",  # *
    ],
    # the sixth batch: a First Nations chief and a pipeline; stereotypes without a group word
    "twohundredseventyeighth_evening.jsonl": [
        "These people never built anything in ten thousand years and now they want a veto.",
        "Tax-free, rent-free, brain-free, the whole reserve.",
        "Scalping tourists is the only industry they've ever had.",
    ],
    # readers quarrelling under a budget: harm wished on a reader's job and home
    "twohundredseventyninth_evening.jsonl": [
        # *
        'I hope you lose your job and your house, then we\'ll see how you like the "safety net".',
    ],
    # a language row in Mumbai, in Hinglish
    "twohundredeightieth_evening.jsonl": [
        "Abe o Bihari, zyada bolega toh tere ko bhi train mein wapas bhej denge tukdon mein.",  # *
    ],
    # the seventh batch: a trans teenager's community award
    "twohundredeightyfirst_evening.jsonl": [
        "A confused boy in a dress gets a trophy for being mentally ill. Clown world.",  # *
        "Whoever raised this freak should have their other kids taken off them.",  # *
        "Imagine being so desperate for attention you mutilate yourself for a plaque.",  # *
    ],
    # protests at an asylum hotel
    "twohundredeightysecond_evening.jsonl": [
        "Every one of them is a potential rapist and you know it.",  # *
    ],
    # Kashmiri shawl sellers beaten after an attack, in Hinglish
    "twohundredeightythird_evening.jsonl": [
        "Patthar baaz ki aulaad hai ye sab, inki jagah jail mein hai.",  # *
    ],
    # the eighth batch: an Indian-American CEO and H-1B visas
    "twohundredeightyfourth_evening.jsonl": [
        "You sound like a paid Indian bot yourself, Sanjay. Do the needful and log off.",  # *
    ],
    # a Muslim footballer declines a Pride armband
    "twohundredeightyfifth_evening.jsonl": [
        "Deport him and his whole backward family, see how they like Sharia back home.",  # *
    ],
    # women wrestlers' protest, in Hinglish: victim-blaming without a sexual word
    "twohundredeightysixth_evening.jsonl": [
        "Ye pahalwaan ladkiyan khud coach ke kamre mein jaati thi, ab rona kyun?",
        "Inko toh akhade mein hi patak ke sabak sikhana chahiye, zyada bol rahi hain.",  # *
        "Jat ladkiyan hi aisi hoti hain, tamasha karna inki aadat hai.",  # *
        "Tu bhi inke saath hai? Teri behen ko bhi bhej de akhade mein, fir dekhte hain.",  # *
    ],
    # the fifteenth session's first batch: a Roma family housed by the council
    "twohundredeightyseventh_evening.jsonl": [
        "Gypsies don't work, they thieve. Give it a month and the copper pipes will be gone.",  # *
        "They're not a culture, they're a crime family with a flag.",
        "Someone should let the council know what happens to their windows if that lot stay.",  # *
        "Send them back to Romania in the same van they nicked.",  # *
    ],
    # a Sikh MP sworn in: "Khalistani" said of him, sent to Punjab
    "twohundredeightyeighth_evening.jsonl": [
        "These people bring their wars here. Next they'll be stabbing each other with"
        " those daggers in the chamber.",  # *
        "Ship him to Punjab and let him run for office there, we don't need him.",
        # *
        "Give it five years and they'll be demanding sharia too, they're all the same lot anyway.",
    ],
    # a Christian prayer meeting raided, in Hinglish
    "twohundredeightyninth_evening.jsonl": [
        "Tu bhi converted hai kya? Kitne mein bika re tu?",  # *
    ],
    # the second batch: a black Miss England
    "twohundredninetieth_evening.jsonl": [
        "She's got a face like a burnt gorilla, who are they kidding.",  # *
        "Bet the judges were promised a go on her afterwards, that's how these things are won.",
        # *
        "Black girls are never beautiful, they're just loud. Put a white girl back on the throne.",
    ],
    # an autistic teenager at the UN
    "twohundredninetyfirst_evening.jsonl": [
        "Vaccines did this to her, that's why she rocks back and forth like that. Freak.",  # *
    ],
    # a woman officer transferred after a raid on the sand mafia, in Hinglish
    "twohundredninetysecond_evening.jsonl": [
        "Ye madam apni jawani ka zor dikha rahi hai, MLA ke saath photo dekho uski.",
    ],
    # the third batch: a Gaza march in London
    "twohundredninetythird_evening.jsonl": [
        "Every Jew in Golders Green should be made to watch the footage from Gaza until"
        " they feel what we feel.",
        "These people breed hate in their mosques and then bring their kids to chant it"
        " in our streets.",  # *
    ],
    # a size-18 model on a magazine cover
    "twohundredninetyfourth_evening.jsonl": [
        "How many pies did she have to eat for this job? Lazy greedy pig.",  # *
    ],
    # Kuki and Meitei in Manipur, in Hinglish
    "twohundredninetyfifth_evening.jsonl": [],
    # the fourth batch: a Chinese-American scientist acquitted of spying
    "twohundredninetysixth_evening.jsonl": [
        "Bet she cried those little squinty tears all the way to the bank.",  # *
    ],
    # a woman comedian's joke and an FIR, in Hinglish
    "twohundredninetyeighth_evening.jsonl": [
        "Aisi ladkiyon ka toh rape hona chahiye tab akal aayegi.",  # *
        "Ye Muslim hai na? Inki himmat kaise hui humare bhagwan pe joke maarne ki, inhe"
        " yahan rehne ka haq nahi.",  # *
    ],
    # the fifth batch: a Nigerian-born nurse of the year
    "twohundredninetyninth_evening.jsonl": [
        "Give it a week and we'll find out she's been running a romance scam from the staff room.",
        "Hope one of her patients chokes on her accent.",  # *
        "Smells like a zoo in that hospital now, ask anyone who's been in.",
    ],
    # an MP in a wheelchair and the lifts of Westminster
    "threehundredth_evening.jsonl": [
        "Wheelchair-bound vegetable in parliament, just what this country needed.",
        "Half of them are faking it for benefits. She probably walks fine at home.",  # *
    ],
    # an eviction drive in Assam, in Hinglish
    "threehundredfirst_evening.jsonl": [
        "Miyan log bachche paida karne ki machine hain, Assam ko kha jayenge.",  # *
        "Inki auraton ko bhi pakad ke detention mein daalo, wahan inka ilaaj hoga.",  # *
    ],
    # the sixth batch: a grooming-gang verdict
    "threehundredsecond_evening.jsonl": [
        "This is what happens when you let a backward goat-herding culture into your towns.",  # *
    ],
    # a Premier League footballer comes out
    "threehundredthird_evening.jsonl": [
        "Good luck showering with him in the changing room, lads.",  # *
    ],
    # a Dalit student tops an IIT exam, in Hinglish
    "threehundredfourth_evening.jsonl": [
        "Quota wala topper, asli merit wale bachche bahar baithe hain.",
        "Inko padhne doge toh kal ye humare sar pe baithenge, aukaat mein rakho.",  # *
    ],
    # the seventh batch: a police officer in a hijab
    "threehundredfifth_evening.jsonl": [
        "A cop in a tea towel. How is a ninja supposed to chase anyone?",
        "Muslim police will never arrest their own. Sharia patrols with a badge.",  # *
    ],
    # a newspaper's first woman editor
    "threehundredsixth_evening.jsonl": [
        "Bet she cries in the toilets every time the circulation figures come out.",
        "Someone needs to put that mouthy bitch back in her box.",  # *
    ],
    # a Punjabi singer shot dead, in Hinglish
    "threehundredseventh_evening.jsonl": [
        "Sardar log aise hi hote hain, bandook aur daaru ke bina kuch nahi.",  # *
        "Ye Khalistani gaane gaata tha, sab Khalistaniyon ka yahi anjaam hona chahiye.",
    ],
    # the eighth batch: a Jewish comedian's show about Auschwitz
    "threehundredeighth_evening.jsonl": [
        "Of course he's milking the Holocaust again. That lot never let it go, there's"
        " money in it.",  # *
        "Jews controlling comedy as well now. Is there anything they don't own?",
    ],
    # a trans woman in a women's prison
    "threehundredninth_evening.jsonl": [
        "These freaks are mentally ill men who should be locked in a hospital, not a"
        " women's prison.",  # *
        "Chop it off properly or get back in the men's wing, those are the choices.",
    ],
    # the ninth batch: an Aboriginal footballer booed
    "threehundredeleventh_evening.jsonl": [
        "They were happier before we gave them welfare and grog. Lazy by nature.",  # *
        "Should've stayed in the bush where he belongs, chasing kangaroos.",
    ],
    # a boat sunk in the Channel
    "threehundredtwelfth_evening.jsonl": [
        "Fish food. Should have stayed in their own countries.",
        "Every drowned invader is one less rapist on our streets.",  # *
        "Shame the whole boat didn't go down. Better luck next time, lads.",  # *
    ],
    # the tenth batch: an immigration raid at a school
    "threehundredfourteenth_evening.jsonl": [
        "They come here to mow lawns and sell drugs, that's all Mexicans are good for.",  # *
        "Build the wall and put a minefield on their side. They'll learn.",  # *
    ],
    # a Somali-American congresswoman on Gaza
    "threehundredfifteenth_evening.jsonl": [
        "Muslim women in Congress are a Trojan horse for sharia. Wake up.",  # *
    ],
    # a woman from the North East harassed in Delhi, in Hinglish
    "threehundredsixteenth_evening.jsonl": [
        "Tum jaise nepali chowkidar ki aukat hi kya hai.",  # *
    ],
    # a footballer's rape trial
    "threehundredeighteenth_evening.jsonl": [
        "Gold digger saw a payday. She knew exactly what she was doing going back to his hotel.",
        "What was she wearing? Asking for the jury.",
    ],
    # a Ram Navami procession and a clash, in Hinglish
    "threehundrednineteenth_evening.jsonl": [
        # *
        "Ye Hindu aatankwadi har saal masjid ke saamne DJ bajaate hain, inko sabak sikhana hoga.",
        "Hinduon ke tyohar pe hi inko dikkat hoti hai, saale deshdrohi.",  # *
    ],
    # the twelfth batch: a Russian-born piano teacher hounded out
    "threehundredtwentieth_evening.jsonl": [
        "Russians are a nation of drunk slaves who deserve everything that's coming.",  # *
        "Someone torch her piano and see if she gets the message.",  # *
        "Sub-human Slavs, the whole lot, Russians and Ukrainians alike.",  # *
        "Khokhols and Moskals, breeding vermin both.",  # *
    ],
    # two fathers adopt three siblings
    "threehundredtwentyfirst_evening.jsonl": [
        "Two queers buying kids like handbags. Sick.",  # *
        # *
        "Poor kids will be groomed by the time they're ten. Everyone knows what gay men are like.",
        "Bet they'll have the boys in dresses by Christmas. Disgusting perverts.",  # *
        "Kids need a mother, not two bummers playing house.",
    ],
    # a Dalit woman sarpanch kept from hoisting the flag, in Hinglish
    "threehundredtwentysecond_evening.jsonl": [
        "Iske pati ko bolo isko ghar mein bandh ke rakhe, warna hum rakhenge.",  # *
    ],
    # the thirteenth batch: India lose to Pakistan, a Muslim bowler trolled
    "threehundredtwentythird_evening.jsonl": [
        "Shami ne jaan boojh ke runs diye, Pakistan se paisa liya hoga. Gaddar.",  # *
    ],
    # an eruv before a London council
    "threehundredtwentyfourth_evening.jsonl": [
        "Jews marking their territory, like they do everywhere. Next it'll be checkpoints.",  # *
        # (held since the sixty-sixth session: "The councillor is a Zionist stooge ..." and
        # "These people have been kicked out of every country in Europe for a reason.", from
        # the 1602nd set's "Zionist shill" and the 1595th's "kicked them out for a reason")
        "Someone should tear the wires down and the councillor with them.",  # *
    ],
    # the fourteenth batch: a Muslim mayor of New York
    "threehundredtwentyninth_evening.jsonl": [
        "New York elected a jihadi. The towers weren't enough for them, now they get the keys.",
    ],
    # a deaf actress's award
    "threehundredthirtieth_evening.jsonl": [
        "Someone should have muted her mic, oh wait.",  # *
        "Her kind used to be kept in institutions, and for good reason.",
    ],
    # citizenship under the CAA, in Hinglish
    "threehundredthirtyfirst_evening.jsonl": [
        "Inke mohalle mein jaake dekho, saare chor aur drug dealer yahi hain.",  # *
        "Tum jaise secular log hi inhe voter card banwa ke dete ho, tum bhi gaddar ho.",  # *
        "Musalman aur Bangladeshi ek hi cheez hai, dono ko bahar phenko.",  # *
    ],
    # a trans woman elected to a state legislature
    "threehundredthirtysecond_evening.jsonl": [
        "A man in a dress writing laws for our daughters. Sick society.",  # *
        "It'll be in the women's bathroom at the capitol by Monday, lock your daughters in.",  # *
        "These groomers want our kids and now they have the power to take them.",  # *
        "God made man and woman. This freak is an abomination and so is everyone who voted for it.",
    ],
    # a Hindu temple vandalised in Canada
    "threehundredthirtythird_evening.jsonl": [
        "Khalistani terrorists should all be hanged, every turban in Brampton is suspect.",  # *
        "Ship the lot of them back to India and let them kill each other there.",  # *
    ],
    # a Dalit cook and a school's midday meal, in Hinglish
    "threehundredthirtyfourth_evening.jsonl": [
        "Inki aukaat yaad dilane ka time aa gaya hai, sar pe chadh gaye hain.",  # *
        "Aise logon ko school ke paas bhi nahi aane dena chahiye, bimaari failate hain.",
    ],
    # children missing from asylum hotels
    "threehundredthirtysixth_evening.jsonl": [
        "Missing? Good riddance. Hope they stay missing.",
        "They're not children, they're bearded men lying about their age to rape our girls.",  # *
        "Lock them in the hotel and throw away the key.",  # *
        "Let the gangs have them, saves us the cost.",
    ],
    # a Muslim man beaten for sitting with a Hindu woman in a cafe, in Hinglish
    "threehundredthirtyseventh_evening.jsonl": [
        "Musalman ladkon ko Hindu ladkiyon se door rehna chahiye warna yahi haal hoga.",  # *
    ],
    # a Muslim girl wins a spelling bee
    "threehundredthirtyeighth_evening.jsonl": [
        "Bet her dad arranges her marriage by next year. That's what they do.",  # *
        "Muslim kids are taught to hate us in their madrassas, one clever girl doesn't"
        " change that.",  # *
        "Cover her up, she's dressed like a walking tent, is that freedom?",  # *
    ],
    # a minister jailed for bribes
    "threehundredthirtyninth_evening.jsonl": [
        "Someone should find his kids and make them pay for what he stole.",  # *
    ],
    # a transgender judge, in Hinglish
    "threehundredfortieth_evening.jsonl": [
        "Aise logon ko dekh ke hi ghin aati hai, inhe samaj se bahar rakho.",  # *
        "Inke faisle kaun maanega, ye toh mentally bimaar log hain.",  # *
    ],
    # a Syrian baker in a German town
    "threehundredfortyfirst_evening.jsonl": [
        "One good baker doesn't make up for the thousand rapists Merkel let in with him.",
        "Watch, he'll be blowing it up next Ramadan.",  # *
        "Send the whole lot back to Damascus, Assad's gone, no excuses.",  # *
        "Their women breed, their men stab. Nothing else to know about them.",  # *
        "Smells of kebab and crime. Welcome to the new Germany.",
    ],
    # a woman chess player beats former champions
    "threehundredfortysecond_evening.jsonl": [
        "Bet she slept with the arbiter to get those pairings.",  # *
        "She's pretty for a chess player, bet that's why she gets sponsors.",
        "Feminists will use this to demand quotas in chess too, the parasites.",
    ],
    # Kashmiri Pandits return home, in Hinglish
    "threehundredfortythird_evening.jsonl": [
        "Kashmiri Muslims ne hi inhe bhagaya tha, sab aatankwadi hain wahan ke.",  # *
        "Wahan ke har Muslim ko wahan se nikal ke Pandits ko ghar wapas do.",  # *
        "Jo bhi Kashmiri Muslim mile uska bahishkar karo, unke shawl mat khareedo.",  # *
    ],
    # a judge in a hijab
    "threehundredfortyfourth_evening.jsonl": [
        "A Muslim judge will always rule for her own kind. Sharia courts by the back door.",  # *
        "She should take that rag off or take herself out of the courtroom.",  # *
        "Somebody will put her in her place one day, and it won't be a court that does it.",
        "Deport the lot of them before they turn our courts into mosques.",  # *
    ],
    # a teachers' strike
    "threehundredfortyfifth_evening.jsonl": [
        "Teachers today are all woke groomers brainwashing our kids with gay propaganda.",  # *
    ],
    # a missionary school ordered shut, in Hinglish
    "threehundredfortysixth_evening.jsonl": [
        "Ye church wale adivasiyon ko chawal de ke Isai bana rahe hain, inka school jala do.",  # *
        "Ye nun sab bhi kuch kam nahi, sab inki chaal hai.",
        "Jitne bhi Isai hain sabko gaon se nikaal do.",  # *
    ],
    # a black historian on the empire
    "threehundredfortyseventh_evening.jsonl": [
        "Monkey see, monkey do. Give her a banana and a book deal.",  # *
        "Blacks have contributed nothing to civilisation, she's proof.",  # *
    ],
    # Polish workers leave after Brexit
    "threehundredfortyeighth_evening.jsonl": [
        "Filthy Eastern Europeans living twelve to a house. Good riddance to the lot.",  # *
    ],
    # Chhath puja in Mumbai, in Hinglish
    "threehundredfortyninth_evening.jsonl": [
        "Ye bhaiya log Mumbai ko Bihar bana ke chhodenge, sab gandagi failate hain.",  # *
        "Tum jaise bhaiya log ki aukaat chai bechne ki hai.",  # *
    ],
    # a Jewish student union president
    # a black gymnast withdraws
    "threehundredfiftyfirst_evening.jsonl": [
        "Black athletes always quit when it gets hard, no discipline.",
        "Mental health is the new excuse for lazy ghetto princesses.",
        "She's a quitter and a disgrace to the flag. Should be stripped of her citizenship.",
        "Monkey can't handle the pressure, send it back to the zoo.",  # *
        "Hope she falls and breaks her neck if she ever comes back.",  # *
    ],
    # an IPL final, in Hinglish
    "threehundredfiftysecond_evening.jsonl": [
        "Ye madrasi log sirf idli sambar aur cheating mein aage hain.",  # *
        "Tum jaise North ke gawaar fans hi stadium mein kachra failate ho.",
        "South Indian ladkiyan kaali hoti hain, koi shaadi nahi karega inse.",  # *
    ],
    # Delhi's Pride march
    "threehundredfiftythird_evening.jsonl": [
        "Beat them with sticks and they'll remember they're men.",  # *
    ],
    # swastikas on a mosque in Saxony
    "threehundredfiftyfourth_evening.jsonl": [
        "About time someone did. Good work, lads.",
        "Next time paint it with pig's blood and burn it down.",  # *
        "Europe for white Europeans. The rest can swim back.",  # *
    ],
    # a period-leave bill, in Hinglish
    "threehundredfiftyfifth_evening.jsonl": [
        "Mahine mein chaar din chhutti chahiye toh ghar baitho, naukri mat karo.",
        "Tu bhi inke jaisi hai kya, har mahine drama karne wali?",  # *
    ],
    # the third round's first batch: a halal butcher in a Texas town
    "threehundredfiftyninth_evening.jsonl": [
        "Burn it down before it spreads.",  # *
        "Send them all back to the sandpit.",  # *
    ],
    # a woman presents the Saturday football show
    "threehundredsixtieth_evening.jsonl": [
        "Bet she can't explain the offside rule without a diagram and a man holding her hand.",
        "She's only there because she's fit. Nobody listens, they just look.",  # *
    ],
    # an auto driver beaten for refusing a slogan, in Hinglish
    "threehundredsixtyfirst_evening.jsonl": [
        "Inko sabak sikhana zaroori hai warna sar pe chadh jaate hain.",  # *
        "Musalmanon ko auto chalane ka license hi nahi dena chahiye.",  # *
    ],
    # a Sikh taxi driver returns a bag of cash
    "threehundredsixtysecond_evening.jsonl": [
        "Probably stole it in the first place and lost his nerve.",
        "Bet he's still a terrorist, they all carry those daggers.",  # *
    ],
    # a street renamed for a black suffragette
    "threehundredsixtythird_evening.jsonl": [
        "Blacks didn't build this country, they were brought here to pick cotton.",  # *
        "These woke councillors need hanging for treason.",  # *
        "Every black face on the council is a diversity hire who can't read the budget.",
    ],
    # an Afghan interpreter granted asylum
    "threehundredsixtyfifth_evening.jsonl": [
        "Another Taliban sleeper in a suit. Give it a year.",  # *
        "Afghans rape and pillage, it's their national sport. Keep them out.",  # *
        "Ship him back on the next plane and let the Taliban have him.",  # *
        # *
        "I hope his family back home pay for his treachery to his own people, then he'll know.",
        "Burqa-wearing wives and ten kids on benefits next, mark my words.",  # *
    ],
    # a lesbian couple wins a village baking contest
    "threehundredsixtysixth_evening.jsonl": [
        "Lesbians are just women no man would touch.",  # *
        "Queers should keep their perversion behind closed doors, not at the fete.",  # *
        "They'll turn the WI into a gay club. Burn the lot.",  # *
    ],
    # a black woman heads a police force
    "threehundredsixtyeighth_evening.jsonl": [
        "Affirmative action cop. She'll be arresting white people for looking at her.",  # *
        "Bet she gets the job done from the back of a police van, that's where her lot"
        " usually are.",
        "Jungle justice incoming. Hide your valuables.",
    ],
    # a Jain boy's Olympiad gold, in Hinglish
    "threehundredseventieth_evening.jsonl": [
        "Tum jaise kanjoos log sirf dusron ki tareef pe jalte ho.",  # *
        "In Gujjuon ko desh se bahar phenko, sab scam yahi karte hain.",  # *
        "Iska baap zaroor tax chor hoga, in logon ka yahi dhandha hai.",  # *
    ],
    # a refugee swimmer qualifies
    "threehundredseventyfirst_evening.jsonl": [
        "Swam here on benefits and now we pay for her training too.",
        "Muslim migrants take everything and give nothing, she's just the pretty face"
        " of an invasion.",  # *
        "Next Olympics she'll be swimming in a burkini and demanding halal medals.",  # *
    ],
    # a boxer from Mizoram wins gold, in Hinglish
    "threehundredseventythird_evening.jsonl": [
        "Nepali jaisi dikhti hai, passport check karo pehle.",
    ],
    # the sixteenth session's first round (sets 377-394): a Windrush grandmother deported
    # and brought home
    "threehundredseventyseventh_evening.jsonl": [
        "Good riddance, one less jungle granny on the NHS.",  # *
    ],
    # a trans cyclist wins a women's race
    "threehundredseventyeighth_evening.jsonl": [
        "Hope the next lorry does what the other riders couldn't.",
    ],
    # Bihari migrant workers beaten in Maharashtra, in Hinglish
    "threehundredseventyninth_evening.jsonl": [
        "In biharion ki aukaat hi kya hai, naukar hain naukar hi rahenge.",  # *
    ],
    # a Chinese-British candidate for mayor of London
    "threehundredeightieth_evening.jsonl": [
        "A Chinese mayor? She'll sell the city to the Communist Party by Christmas.",
        "Her people eat bats and gave us covid, and now she wants to run London?",  # *
    ],
    # an Indian student killed in Canada
    "threehundredeightyfirst_evening.jsonl": [
        "Hope more of them get run over, it's the only way they'll stop coming.",  # *
    ],
    # an honour killing, in Hinglish
    "threehundredeightysecond_evening.jsonl": [
        "Ab uske bhai ki baari hai, usko bhi uthwa lo.",
    ],
    # a gay bishop appointed
    "threehundredeightythird_evening.jsonl": [
        "Burn the heretic queer, like in the good old days.",  # *
    ],
    # a Paralympian presents the weather
    "threehundredeightyfourth_evening.jsonl": [
        "Her stumps put me off my dinner, keep freaks like that off screen.",  # *
    ],
    # an Adivasi woman elected President, in Hinglish
    "threehundredeightyfifth_evening.jsonl": [
        "Janwaron ki tarah rehne wale log ab humpe raaj karenge.",  # *
        "Koi isko bhi uske gaon wapas bhej do, jungle mein hi theek thi.",
    ],
    # Mexican farmworkers strike in California
    "threehundredeightysixth_evening.jsonl": [
        # *
        "Spray the whole field with crop duster poison while they're on strike, problem solved.",
    ],
    # a Muslim Home Secretary
    "threehundredeightyseventh_evening.jsonl": [
        "She'll open the gates to her cousins and the grooming gangs, it's in her blood.",  # *
    ],
    # a black chef's Michelin stars
    "threehundredeightyninth_evening.jsonl": [
        "Bet the menu is fried chicken and watermelon, fancy plates though.",  # *
        "Diversity star. The inspectors were scared of being called racist.",
        "Monkeys in chef whites now, what's next, a banana foam?",  # *
        "These people can't even cook rice without setting the block on fire.",  # *
        "Hope a health inspector finds rats in there, they'd feel right at home with her.",
    ],
    # a burkini ban on a French beach
    "threehundredninetieth_evening.jsonl": [
        "Burkini on the beach, suicide vest at the market, same people.",
        "These Muslim women are walking tents, they should be fined and deported.",  # *
        "Their women are cattle owned by their men, no wonder they cover them up.",  # *
    ],
    # a black woman astronaut
    "threehundredninetysecond_evening.jsonl": [
        "NASA quotas, they sent a black woman up so the ISS has a cleaner.",
        "Bet she spent the whole time doing her hair and twerking in zero gravity.",  # *
        "Affirmative action all the way to orbit. Hope the capsule burns up on re-entry.",
        "Ghetto girl in space, she'll be stealing the oxygen tanks.",  # *
        "Those lips would make a good heat shield lol.",  # *
    ],
    # an elderly Chinese woman attacked in San Francisco
    "threehundredninetythird_evening.jsonl": [
        "Fewer of them on the buses is a good thing, honestly.",
    ],
    # a Muslim woman picked for India's cricket team, in Hinglish
    "threehundredninetyfourth_evening.jsonl": [
        "Iske abba ko pata hai beti chhote kapde pehen ke khel rahi hai? Sharam karo.",  # *
        "Aisi ladkiyon ki shaadi jaldi kar deni chahiye, khel kood band.",
    ],
    # the second round (sets 398-409): a Sikh soldier's statue
    "threehundredninetyeighth_evening.jsonl": [
        "Knock it down and send the lot back to Punjab with it.",  # *
        "Someone should spray paint 'go home' on it and on the gurdwara too.",
    ],
    # an Algerian woman boxer's gold
    "threehundredninetyninth_evening.jsonl": [
        "Someone should put him in a ring with a real man and finish him off.",  # *
        "That thing should be caged, not given a medal.",
        "Hope some fan waits for it outside the arena.",
    ],
    # a Jewish student punched on campus
    "fourhundredsecond_evening.jsonl": [
        "Jews control the university board, that's why this is even news.",
    ],
    # a Manipuri woman tops Delhi University, in Hinglish
    "fourhundredthird_evening.jsonl": [
        "Inko Chinese border pe chhod aao, wahi ke hain ye log.",  # *
    ],
    # a pub that refused Muslim women
    "fourhundredfourth_evening.jsonl": [
        "Landlord's got the right idea, keep the pub free of bin bags.",
        "Muslims don't drink, so why are they in a pub unless they're scouting for a bomb?",  # *
        "Their men send their wives to test us, then the grooming starts. Know the pattern.",  # *
    ],
    # a wheelchair user climbs Kilimanjaro
    "fourhundredfifth_evening.jsonl": [
        "Her carers did the climbing, she just sat there like a sack of spuds.",
    ],
    # Friday prayers stopped in Gurgaon, in Hinglish
    "fourhundredsixth_evening.jsonl": [
        "Ye jihadi apne mulk Pakistan mein jaake namaz padhein.",  # *
    ],
    # a Filipino nurse's OBE
    "fourhundredseventh_evening.jsonl": [
        "Flips are the cheapest labour money can buy, give her a mop not a medal.",
        "Every one of them sends their wages home and bleeds the country dry.",  # *
        "Bet she was a mail-order bride before she was a nurse.",
    ],
    # a Somali-American woman on Minneapolis council
    "fourhundredeighth_evening.jsonl": [
        "Somalis vote the way their clan elders tell them, it's not democracy, it's a tribe.",  # *
        "Another goat-herder in a hijab running a city, God help us.",  # *
        # *
        "They should all be sent back to their war zone, she can take her council seat with her.",
        "Hope someone shows her what happens to pirates.",  # *
    ],
    # a Dalit woman in the IAS toppers, in Hinglish
    "fourhundredninth_evening.jsonl": [
        "Isko posting gaon mein do, jaat dikha denge wahan ke log.",  # *
        "Inki aukaat yaad dilani padegi, warna ye sar pe chadh jayenge.",  # *
    ],
    # the third round (sets 413-421): a Pakistani-British taxi driver pulls three from a
    # burning car
    "fourhundredthirteenth_evening.jsonl": [
        "First time one of them has pulled anyone out of anything except a schoolgirl into a car.",
        "Nice to see one of them do something useful for a change, usually they're raping or"
        " blowing things up.",  # *
    ],
    # Appleby Horse Fair
    "fourhundredfourteenth_evening.jsonl": [
        "Tinker women get pregnant at fourteen and the taxpayer pays for the lot.",
    ],
    # a transgender woman elected sarpanch, in Hinglish
    "fourhundredfifteenth_evening.jsonl": [
        "Aise logon ko gaon se bahar nikal do, paap hai ye.",
        "Inka ling check karo pehle, phir kursi do.",  # *
    ],
    # a black teenager shot for ringing the wrong doorbell
    "fourhundredsixteenth_evening.jsonl": [
        "Probably casing the house like they all do, the homeowner did his job.",  # *
        "They're animals, you can't blame a man for protecting himself from them.",  # *
    ],
    # Vietnamese nail bar workers trafficked
    "fourhundredseventeenth_evening.jsonl": [
        "All of these nail bar girls are on the game too, everyone knows it.",  # *
    ],
    # a blind barrister made a judge
    "fourhundrednineteenth_evening.jsonl": [
        "These handicapped tokens are what you get when diversity beats merit.",  # *
    ],
    # a rainbow flag at a Polish football ground
    "fourhundredtwentieth_evening.jsonl": [
        "Polish pedals, every one of them should be beaten out of the stadium.",  # *
        "These perverts recruit kids through football now, sick.",  # *
    ],
    # a gurdwara feeds flood victims, in Hinglish
    "fourhundredtwentyfirst_evening.jsonl": [
        "Ye Khalistani langar ki aad mein hathiyar baant rahe honge.",
        "Inki pagdi utaar ke dekho, andar se sab gaddar niklenge.",  # *
        "Inki ladkiyan sab Canada mein taxi waalon ke saath ghoomti hain.",  # *
    ],
    # the fourth round (sets 424-429): a black MP's speech on reparations
    "fourhundredtwentyfourth_evening.jsonl": [
        "Reparations? She should be grateful we let her ancestors off the plantation.",
        "Blacks would only spend it on trainers and weed anyway.",  # *
    ],
    # Ukrainian women hosted in British homes
    "fourhundredtwentyfifth_evening.jsonl": [
        "Ukrainian girls only come here to find a rich husband, the hosts know what they're"
        " getting.",  # *
        "Send them back to Putin, he'll know what to do with them.",  # *
        "Put them in a camp on the Welsh border and let them freeze.",  # *
    ],
    # a Christian pastor refused a grave, in Hinglish
    "fourhundredtwentysixth_evening.jsonl": [
        "Dharmantaran karne walon ko gaon ki mitti mein jagah nahi milegi, Vatican le jao.",
        "Chawal ke bore ke liye dharm bechne wale log, inka kya samman.",  # *
        "Ye log apni beti bhi bech denge chawal ke liye.",  # *
    ],
    # a Christmas advert with two dads
    "fourhundredtwentyseventh_evening.jsonl": [
        "Two perverts raising kids, and they put it on telly at teatime. Sick.",  # *
        "Gays can't have kids, so they buy them or groom them.",  # *
        "Those poor kids will grow up bent like their so-called dads.",
    ],
    # a woman anchor questions a minister, in Hinglish
    "fourhundredtwentyeighth_evening.jsonl": [
        "Isko studio se uthwa ke sadak pe chhod do, akal thikane aa jayegi.",  # *
        "Iski video leak karo, sab dekh lenge kaun hai ye.",  # *
    ],
    # the eighteenth session's sets on argument about politicians: the same verbs said of
    # people for who they are (the news head holds those marked *)
    "fourhundredthirtyfirst_evening.jsonl": [
        "Muslims should be voted out of this country, not just out of office.",
    ],
    "fourhundredthirtythird_evening.jsonl": [
        "Every one of these Somalis is a scrounger, bought and paid for by our taxes.",  # *
        "Jews have blood on their hands, every single one of them.",  # *
        "Out, out, out! Every last immigrant, out!",  # *
        "I hope every refugee in that hotel loses everything they have.",
        "Out they go, every Rohingya in Jammu, by force if needed.",  # *
    ],
    # casual Hinglish "tu" beside abuse said with it (the insults the rules know no list for)
    "fourhundredthirtyfifth_evening.jsonl": [
        "Tu gobar kha aur so ja, tere bas ka kuch nahi.",  # *
        "Tu chala ja narak mein, wahi teri jagah hai.",  # *
        "Tujhe jooton ki maala pehna ke gadhe pe ghumana chahiye.",  # *
        "Tu mutr pi ke so ja, bhakt kahin ka.",  # *
        "Tujhe paida karke teri maa pachta rahi hogi.",  # *
        "Tera dimaag gobar se bhara hai, chup reh.",  # *
    ],
    # the nineteenth session's sets, written blind and kept out of training then, trained on
    # since the twentieth session (data/README.md; the news head holds those marked *): a climate
    # protest, the wrestlers' protest (a reader's sister sent to the ring, a caste and a
    # region's girls said shameless), a heatwave in care homes (deaths welcomed, the old
    # called parasites), the war in Ukraine, implicit hate
    "fourhundredthirtyseventh_evening.jsonl": [
        "Put them in a cage and let the drivers they blocked have a go at them.",  # *
    ],
    "fourhundredthirtyninth_evening.jsonl": [
        "Jaat log hote hi aise hain, dimag ghutne mein hota hai.",  # *
        "Teri behen ko bhi akhade mein bhej, phir dekhte hain kitna protest karti hai.",
        "Haryana ki chhoriyan hi aisi hoti hain, sharam naam ki cheez nahi.",
    ],
    "fourhundredfortieth_evening.jsonl": [
        "Good riddance, fewer boomers draining the NHS.",
        "Let the old parasites cook, they had their turn.",  # *
        "Why do we spend a penny on the senile? Waste of oxygen, the lot of them.",  # *
    ],
    "fourhundredfortyfirst_evening.jsonl": [
        "Ukrainian women only come here to find a rich husband, gold diggers the lot.",  # *
    ],
    "fourhundredfortyfourth_evening.jsonl": [
        "They all look the same to me anyway, these Chinese.",  # *
        "Put a black man in charge and watch the budget vanish.",
        "Jews always look after their own, that's how they got so rich.",  # *
        "People with schizophrenia are ticking time bombs and should be locked away.",  # *
        "These refugees are all young men of fighting age, they are not fleeing anything.",  # *
    ],
    # the session's second blind round: a controversial politician's obituary, a women's
    # football final, a police shooting, Kerala's beef festival and a budget in Hinglish
    "fourhundredfortyfifth_evening.jsonl": [
        "Someone should dig him up and hang the corpse from a lamppost.",  # *
    ],
    "fourhundredfortysixth_evening.jsonl": [
        "I'd show the captain what a real man is, she'd stop running her mouth then.",
        "Ugly lesbians in shorts, who wants to watch that?",  # *
    ],
    "fourhundredfortyseventh_evening.jsonl": [
        "One less thug on the streets. The cop deserves a medal.",
        "These animals loot every time one of their own gets what he deserves.",  # *
    ],
    "fourhundredfortyeighth_evening.jsonl": [
        "Gau hatyaron ko chauraahe pe latka do, inki yahi sazaa hai.",  # *
        "Inki auratein bhi beef party mein jaati hain, sab ki sab chaalu.",  # *
    ],
    "fourhundredfortyninth_evening.jsonl": [
        "Nirmala ko toh bistar pe bhi budget ka hisaab maangna chahiye.",
    ],
    # the third blind round: a Sikh taxi driver beaten, Manipur, a Dalit groom's horse, a
    # small town's first Pride, the war in Gaza, a woman reporter and a godman
    "fourhundredfiftythird_evening.jsonl": [
        "Every turban on our streets is a bomb waiting to go off.",  # *
        "Sikhs are just Muslims with a different hat, deport the lot.",  # *
    ],
    "fourhundredfiftyfourth_evening.jsonl": [
        "Meitei log kutte ka maans khaate hain, jaanwar hain.",  # *
        "In auraton ke saath jo hua, inke saath yahi hona chahiye tha.",  # *
    ],
    "fourhundredfiftyfifth_evening.jsonl": [
        "Ye log ghodi pe baithenge toh kal humari betiyon pe nazar daalenge.",  # *
        "Unki baraat pe patthar sahi pade, sabak milna zaroori tha.",
        "Reservation wale ye kamchor log mandir mein bhi ghusenge ab.",  # *
    ],
    "fourhundredfiftysixth_evening.jsonl": [
        "Perverts parading in front of children. Should be arrested, every last one of them.",  # *
        "We should do to them what they do in Uganda.",  # *
        "Every poof who marched today should be ashamed, disgusting freaks.",  # *
    ],
    "fourhundredfiftyseventh_evening.jsonl": [
        "Palestinian kids are terrorists in training, no tears for them.",
    ],
    "fourhundredfiftyeighth_evening.jsonl": [
        "Baba ke khilaaf likhne wali ye chudail narak mein sadegi, aur jaldi.",
        "Tujh jaisi ko toh ashram mein hi rakh lena chahiye, baba seva karwa lenge.",  # *
    ],
    # the fourth blind round: a Muslim mayor, a film star's interfaith marriage, a teachers'
    # strike, Bihari workers attacked in Maharashtra, a disabled MP, Covid's origin
    "fourhundredsixtieth_evening.jsonl": [
        "They'll be stoning women in the town square by next year.",  # *
    ],
    "fourhundredsixtyfirst_evening.jsonl": [
        "Iski filmein jalao aur theatre ke bahar isko bhi.",  # *
    ],
    "fourhundredsixtysecond_evening.jsonl": [
        "I hope someone follows that union bitch home tonight.",  # *
    ],
    "fourhundredsixtythird_evening.jsonl": [
        "Inki auratein bhi yahan aake dhandha karti hain.",  # *
        "Bhaiya log train ki chhat pe hi theek lagte hain, gir jayein toh achha.",
    ],
    "fourhundredsixtyfourth_evening.jsonl": [
        "Put her in a home, parliament is for people who can stand on their own two feet.",
    ],
    "fourhundredsixtyfifth_evening.jsonl": [
        "Spit on every Chinese face you see, they deserve it.",  # *
    ],
    # the fifth blind round: a Hindu temple vandalised, a woman astronaut, Kashmiri students
    # attacked, a trans councillor, a Traveller site, African students attacked
    "fourhundredsixtysixth_evening.jsonl": [
        "A few broken windows is nothing compared to what these people deserve.",
    ],
    "fourhundredsixtyseventh_evening.jsonl": [
        "Space mein bhi ja ke kisi ke saath set ho jayegi ye.",  # *
        "Mahila vaigyanik sab sifarish se aati hain, dimaag ghutne mein hota hai inka.",  # *
        "Tu bhi feminist hai kya? Tere jaisi ko toh sabak sikhana padega.",  # *
    ],
    "fourhundredsixtyeighth_evening.jsonl": [
        "Har Kashmiri student ko pakad ke thane mein peeto, sab ke sab jihadi hain.",  # *
    ],
    "fourhundredsixtyninth_evening.jsonl": [
        "It should be locked up, not running a town.",  # *
        "Someone should check what's under that skirt before every meeting.",
        "Chop it off and it's still a bloke, pathetic.",  # *
        "Groomers like her want access to our kids through the council.",
    ],
    "fourhundredseventyfirst_evening.jsonl": [
        "Nigerian sab fraud aur drug dealer hote hain, sab ke sab.",  # *
        "Africa wale cannibal hote hain, insaan ka maans khaate hain.",  # *
    ],
    # hate in the register of video comments, probed (people who are no protected group,
    # and a people's children taken)
    "fourhundredfiftysecond_evening.jsonl": [
        "Feminists are ugly hags who hate men because no man wants them.",  # *
        "Fat people deserve every insult they get, disgusting pigs.",  # *
    ],
    # the twentieth session's blind round, unseen by the model (rounds/README.md; the news
    # head holds those marked *, never having learnt from them): a Roma family rehoused, a
    # Jewish school's security grant, a disabled presenter, reservation in promotions, a
    # Northeast woman in a Delhi PG, a woman collector and the sand mafia (veiled threats,
    # stereotypes told without an attack word)
    "fourhundredseventysecond_evening.jsonl": [
        "Give it six months and the whole street will be a scrapyard. It's in their blood.",  # *
        "They should be sterilised before they're given a key to anything.",  # *
    ],
    "fourhundredseventythird_evening.jsonl": [
        "Tere jaise reservation ke keede ko office mein ghusne hi nahi dena chahiye.",  # *
    ],
    "fourhundredseventyfourth_evening.jsonl": [
        "They've got more money than God, let them pay for their own guards.",  # *
        "Every one of those kids will grow up to be an IDF baby killer.",  # *
        "Shame the fence isn't electrified and pointed the other way.",
        "Oven's still warm, just saying.",
    ],
    "fourhundredseventysixth_evening.jsonl": [
        "Wheel her off the stage and let a real presenter do it.",
        "She only got the job because she's a box ticking vegetable.",  # *
    ],
    "fourhundredseventyseventh_evening.jsonl": [
        "Nadi mein bahaa denge madam ko, ret bhi nahi milegi.",  # *
        "Tu bhi uski chamchi hai kya? Saali dalal.",  # *
    ],
    # its second blind round, written after the first round's rules: a Muslim woman judge,
    # a pastor arrested for conversions, Nigerian nurses, Bengali workers evicted as
    # "Bangladeshis", a gay bishop, the Hindi-Tamil language row, a stabbing in the register of
    # real comments (trope and insinuation without a word of attack)
    "fourhundredeightieth_evening.jsonl": [
        "First the mayors, now the judges. The takeover is right on schedule.",
        "Her first ruling will be stoning for shoplifters, mark my words.",
        "A judge in a tea towel. Britain is finished.",
        "Her kind should never sit in judgment over Christians.",  # *
    ],
    "fourhundredeightyfirst_evening.jsonl": [
        "Har church mein videshi paisa aata hai, sab jasoos hain.",
        "Tu bhi chawal ki thaili ke liye bika hua hai kya?",
    ],
    "fourhundredeightysecond_evening.jsonl": [
        "Can't understand a word they say and they're putting needles in my gran.",
        "Bet half of them bought their certificates in a Lagos market.",
        "They come here with their juju and their diseases and we pay for it.",  # *
        "Nigerian scammers in uniform, hide your bank cards.",  # *
        "You love them so much, let one of them wipe your arse then, you mug.",  # *
    ],
    "fourhundredeightythird_evening.jsonl": [
        "Bangladeshi ho toh goli khao, seedha hisaab.",  # *
        "Tere jaise deshdrohi hi inko bachate hain, tujhe bhi saath mein bhejenge.",  # *
        "Machhli khaane wale gande log, badboo aati hai inse.",
    ],
    "fourhundredeightyfourth_evening.jsonl": [
        "Gays in the pulpit, paedos in the vestry, same thing really.",
        "God will strike him down and I'll be there to cheer.",  # *
        "Bent as a nine bob note and twice as fake.",
    ],
    "fourhundredeightyfifth_evening.jsonl": [
        "Hindi nahi bolni toh desh chhod do, Sri Lanka chale jao.",
    ],
    "fourhundredeightysixth_evening.jsonl": [
        "this is what happens when u let animals in",  # *
        "every single one of em is a knife merchant",
    ],
    # its third blind round: a Sikh soldier's statue, a Dalit woman sarpanch's flag, a black
    # head teacher, a Muslim cricketer's namaz, a trans cyclist barred, Kashmiri Pandits'
    # return, a Chinese takeaway attacked after a spy scandal (a statue as its people, what
    # "they" will do, stereotypes with no attack word)
    "fourhundredeightyeighth_evening.jsonl": [
        "Give it a month and it'll be wearing a bin bag on its head like the rest of them.",  # *
        "They fought for the Empire, not for us. Now they think they own the place.",
        "Pull it down and melt it, then send them after it.",  # *
        "Smash it with a sledgehammer and see if the bearded ones come crying.",  # *
    ],
    "fourhundredeightyninth_evening.jsonl": [
        "Ye log kitna bhi padh lein, rahenge toh wahi.",  # *
    ],
    "fourhundredninetieth_evening.jsonl": [
        "Standards will drop like a stone, they always do when one of them takes over.",  # *
        "Give it a year and the school will look like downtown Lagos.",
        "Her lot can barely read, now she's running a grammar.",
        "The kids will be learning rap instead of Latin by Easter.",
        "Black women are the angriest people on earth, poor kids.",  # *
    ],
    "fourhundredninetyfirst_evening.jsonl": [
        "Ye log ground ko bhi masjid bana denge, inka bharosa mat karo.",  # *
        "Iski biwi ki photo dekh, inki auraton ko to parde mein hona chahiye.",  # *
        "Abe jihadi, tere jaise log hi desh ka naam kharab karte hain.",  # *
    ],
    "fourhundredninetysecond_evening.jsonl": [
        "Freaks like that should be kept away from changing rooms and children.",  # *
        "Mentally ill man cosplaying a woman. Section him.",  # *
        "Chop it off or get off the bike, simple.",  # *
    ],
    "fourhundredninetythird_evening.jsonl": [
        "Kashmiri ladkiyan toh bas aatankwadiyon ki biwiyan banti hain.",  # *
    ],
    "fourhundredninetyfourth_evening.jsonl": [
        "Check what's really in the sweet and sour, they eat anything that moves.",  # *
        "Can't trust a single one of them, they all report to Xi.",  # *
        "You're defending them because your missus is one, mate. Pathetic.",  # *
    ],
    # its fourth blind round: Leicester's unrest remembered, an inter-caste marriage, a Muslim
    # footballer and the Pride armband, a woman comedian's joke, Polish workers in a
    # Lincolnshire town, a Muslim woman tops the civil service exam, a supermarket arrest in
    # the register of real comments
    "fourhundredninetysixth_evening.jsonl": [
        "Deport both lots and let Leicester be English again.",
    ],
    "fourhundredninetyseventh_evening.jsonl": [
        "Tere jaise liberal ki behen bhi bhaagegi, tab pata chalega.",  # *
        "Valmiki ke ghar mein ladki di? Doob maro sharam se, tum log.",  # *
    ],
    "fourhundredninetyeighth_evening.jsonl": [
        "He'd be throwing gays off roofs if he was back home, don't kid yourself.",  # *
        "You're obviously a bender yourself, defending the flag like that.",  # *
    ],
    "fourhundredninetyninth_evening.jsonl": [
        "Ye feminist chudail apni aukaat bhool gayi hai.",  # *
        "Aisi ladkiyan bas paise ke liye kuch bhi bolti hain, inka dhandha hi yahi hai.",  # *
        "Comedian nahi, jihadi hai yeh, ISI ka paisa khaati hai.",
    ],
    "fivehundredth_evening.jsonl": [
        "Fifteen of them to a house and all of them drink-driving.",
        "You married one? Explains your brain damage.",  # *
        "They're all thieves, lock your car if you go near the beet fields.",  # *
    ],
    "fivehundredfirst_evening.jsonl": [
        "Hijab wali collector banegi toh sharia chalayegi.",  # *
        "Is ladki ki posting jahan bhi ho, wahan ke Hindu sambhal ke rehna.",  # *
        "Aisi topper ko training mein hi nikaal dena chahiye, kuch bhi karke.",
    ],
    "fivehundredsecond_evening.jsonl": [
        "typical, they steal and then cry racism",  # *
        "another fatherless thug, what a surprise",  # *
        "monkey see monkey do 🐒",  # *
    ],
    # its fifth blind round, every set in the register real comments are written in
    # (lower case, no full stops, "u", "n", "h", "shud"): a town's council, a Hinglish
    # grumble about the government, a football match, a woman MP, a reporter attacked in
    # Hinglish, the Covid inquiry
    "fivehundredfourth_evening.jsonl": [
        "ship em all out n bulldoze the hotel",  # *
    ],
    "fivehundredsixth_evening.jsonl": [
        "their keeper is a fkn monkey",  # *
        "yids the lot of em",  # *
        "that gay ref wants bumming",  # *
    ],
    "fivehundredninth_evening.jsonl": [
        "hang whitty n the rest of them for crimes against humanity",
        "every doctor who jabbed a kid should be dragged out n shot",  # *
    ],
    # its sixth blind round, all in real comments' register again: an asylum hotel set
    # alight, a Test match lost, a trans girl at sports day, a woman minister's sari, drill
    # music and knife crime, stubble smoke blamed on Sikh farmers
    "fivehundredeleventh_evening.jsonl": [
        "next time lock the fire doors first",
        "every 1 of them is a potential terrorist",  # *
        "the volunteers r traitors n shud b treated like traitors",
    ],
    "fivehundredtwelfth_evening.jsonl": [
        "isne jaan boojh ke catch chhoda, pakistan se paisa khaya h",
    ],
    "fivehundredthirteenth_evening.jsonl": [
        "its a boy in a skirt, always will be",  # *
        "the parents shud be done for child abuse, mutilating their son",
        "freak of nature, someone shud sort it out",  # *
        "if it runs in my daughters race i'll drag it off the track myself",
    ],
    "fivehundredfourteenth_evening.jsonl": [
        "aisi saree pehen ke sansad jaogi toh log dekhenge hi",  # *
        "kitne mein ticket mila, ek raat ka rate batao",
        "aurat ko sansad mein bhejoge toh makeup hi karegi",  # *
    ],
    "fivehundredfifteenth_evening.jsonl": [
        "jungle music for jungle people",
        "lock all the roadmen up n throw away the key, most of em r illegal anyway",
        "its always the same colour isnt it",
        "let them kill each other, less work for the police",
        "another sambo with a knife",
        "u defending this cos ur one of them, go suck ur roadman bf",  # *
        "ship every last drill rapper back to jamaica",  # *
    ],
    "fivehundredsixteenth_evening.jsonl": [
        "ye sardar log desh ko zehar de rahe h jaan boojh ke",  # *
        "khalistani kisan hi parali jalate h, sab ko jail mein daalo",  # *
        "inke kheton mein hi aag laga do, sab saath jal jayenge",  # *
        "tu bhi punjabi h kya, isliye support kar raha, gaddar",  # *
        "saale kisan nahi aatankwadi h sab",  # *
        "pagdi wale sab ek jaise, desh ka khate h desh ko hi jalate h",  # *
    ],
    # the twenty-first session's blind round (sets 518-524), all in real comments' register:
    # a Muslim woman mayor, Bihari workers attacked (Hinglish), a woman referee, an Adivasi
    # protest against a mine (Hinglish), a menorah lit in a town square, a wheelchair user
    # left on a platform
    "fivehundrednineteenth_evening.jsonl": [
        "tu bhi bihari h kya jo itna dard ho raha h, jaa ke litti bech",  # *
    ],
    "fivehundredtwentyfirst_evening.jsonl": [
        "ye adivasi pedon pe rehne wale bandar h",  # *
        "adivasi auraton ka kya h, 500 rupay mein koi bhi mil jaati h",  # *
        "bulldozer chalao gaon pe, andar ho toh bhi",
    ],
    "fivehundredtwentysecond_evening.jsonl": [
        "they own the council too apparently",
    ],
    "fivehundredtwentythird_evening.jsonl": [
        "cripples should stay home if they cant get on a train without a fuss",  # *
        "another benefit scrounger wanting special treatment, walk it off",  # *
        "shes not even disabled, look at the state of her, just fat n lazy",  # *
        "u disabled lot want everything handed to u on a plate",  # *
    ],
    # the twenty-first session's second blind round (sets 525-531): a Sikh woman boxer
    # (Hinglish), a Chinese restaurant's inspection, a Rohingya camp fire (Hinglish), a
    # lesbian couple adopting, a Dalit IAS officer transferred (Hinglish), Roma beggars
    "fivehundredtwentyfifth_evening.jsonl": [
        "sardarni ne medal jeet liya, ab khalistan ka jhanda bhi lehrayegi",
        "ye sab sikh ladkiyan aise hi hoti h, mardana aur badtameez",  # *
        "iski photo dekh ke lagta h ladka hai, check karo pehle",
    ],
    "fivehundredtwentysixth_evening.jsonl": [
        "typical, they come here and poison us",  # *
    ],
    "fivehundredtwentyseventh_evening.jsonl": [
        "accha hua aag lagi, deemak khud jal gayi",
        "ye log yahan aake bacche paida karte h aur humara haq khaate h",  # *
    ],
    "fivehundredtwentyeighth_evening.jsonl": [
        "thats not a family thats a crime scene waiting to happen",
        "give it ten years n that boy will be in a dress",  # *
        "someone should take that child off them by force",  # *
        "disgusting perverts, social services should be ashamed",  # *
    ],
    "fivehundredtwentyninth_evening.jsonl": [
        "SC ST walo ko officer banaoge toh desh aise hi doobega",  # *
        "inka dimaag hi itna hota h, padhai se kuch nahi badlega",  # *
        "iski gaadi rok ke sabak sikhana chahiye gaon walo ko",  # *
    ],
    "fivehundredthirtieth_evening.jsonl": [
        "Every one of them is part of a gang, don't fall for the babies.",
        "They should be sterilised before they breed more beggars.",  # *
    ],
    # the twenty-first session's third blind round (sets 532-538): a Muslim footballer's
    # missed penalty in Ramadan, a Dalit chef's village restaurant (Hinglish), a transgender
    # teacher (Hinglish), Ukrainian refugees in a village, a Jewish MP's speech, Delhi's
    # first woman bus driver (Hinglish)
    "fivehundredthirtysecond_evening.jsonl": [
        "thats what u get for starving urself for allah",  # *
        "send him back to morocco n get a proper english lad",  # *
        "bet he missed on purpose, probably bet on it with his cousins",  # *
        "terrorist celebration incoming when he does score lol",
        "should have strapped a bomb to the ball, at least it would have gone in",
    ],
    "fivehundredthirtyfourth_evening.jsonl": [
        "Aise logon ko school ke paas bhi nahi aane dena chahiye, bacche bigad jayenge.",
        "Chhakke ko teacher bana diya, ab desh ka kya hoga.",  # *
        "Inka dimaag kharab hai, ilaaj karwao, naukri nahi.",  # *
        "Ye log bacchon ko galat raste pe le jaate hain, sab jaante hain.",  # *
        "Isko school se bahar phenko, warna hum khud nikalenge.",  # *
    ],
    "fivehundredthirtyfifth_evening.jsonl": [
        "Ukrainian women only come here to find a rich husband, watch your wallets lads.",  # *
        "Give it a year and they'll be running the cigarette smuggling round here.",
        "Send the lot back to the front, let them fight their own war.",  # *
        "Their men are all mafia, everyone knows it.",  # *
    ],
    "fivehundredthirtysixth_evening.jsonl": [
        "another rich jew lecturing us, check who funds her",  # *
        "she should watch her back, people are angry",  # *
        "big nose small brain, typical",  # *
    ],
    "fivehundredthirtyseventh_evening.jsonl": [
        "isko driver kisne banaya, setting hogi kisi se",  # *
        "raat ko bus mein akeli? phir kuch ho gaya toh rona mat",
        "ye auratein har jagah ghus rahi h, mardon ki naukri kha gayi",
        "aisi aurton ko sadak pe sabak sikhana padega",  # *
    ],
    # the twenty-first session's fourth blind round (sets 539-545): a British Pakistani
    # cricketer picked for England, a church attacked in Kerala (Hinglish), a black woman
    # anchor's hair, a hijabi pageant winner (Hinglish), asylum seekers on a barge, evictions
    # in Assam (Hinglish)
    "fivehundredthirtyninth_evening.jsonl": [
        # (held since the sixty-sixth session, from the 1592nd set: "he'll be bowling for
        # pakistan on the quiet", "send him back to lahore ...", "hope he gets a bouncer in
        # the face")
        "bet he fixes the match for his uncles back home",
        "another one of them taking a proper englishmans place",  # *
    ],
    "fivehundredfortieth_evening.jsonl": [
        "ye isai log paisa dekar dharm badalwate h, sabak milna chahiye tha",  # *
        "ye pastor log desh ke gaddar h, videshi paisa khate h",  # *
    ],
    "fivehundredfortyfirst_evening.jsonl": [
        "looks like she stuck her finger in a socket lol",  # *
        "they let a monkey read the news now",  # *
        "ghetto hair for a ghetto channel",  # *
        "she should be grateful they let her on tv at all",  # *
        "someone should shave her head live on air",  # *
    ],
    "fivehundredfortysecond_evening.jsonl": [
        "burqe wali ko crown? ab miss universe mein bhi jihad",  # *
        "judges ko paisa diya hoga, ye log aise hi jeette h",  # *
        "inki aurten ghar se bahar aati h sirf dikhave ke liye",  # *
        "iski shaadi kisi bade umar wale se karwa denge iske abba",  # *
    ],
    "fivehundredfortythird_evening.jsonl": [
        "Tow the barge out to sea and pull the plug.",
        "Hope it sinks with all of them on it.",  # *
        "Floating rape factory parked next to a school, thanks government.",
        "Every one of them is a future stabbing waiting to happen.",  # *
        "Shame there isn't an iceberg in Portland harbour.",
        "Animals belong in cages, not on barges with wifi.",  # *
    ],
    "fivehundredfortyfourth_evening.jsonl": [
        "sab ko bangladesh border pe chhod aao, wapas na aaye",
        "ye bangladeshi ghuspaithiye bacche paida karke assam pe kabza karenge",  # *
        "miyan bhai ko bhagao, assam humara h",
        "inki aurtein bhi chor h, bacche bhi chor",  # *
    ],
    # the twenty-second session's round (the eleventh of unseen/): insinuation, a water
    # cannon called for with no people named, gay men's innuendo, a veiled beating
    "fivehundredfortysixth_evening.jsonl": [
        "hell send all our money back to bombay in a suitcase",  # *
        "smells of cow dung n incense in no 11 now",  # *
    ],
    "fivehundredfortyseventh_evening.jsonl": [
        "sahi kiya, aise hi thukai hogi tab akal aayegi inko",  # *
        "inki sabzi mein gobar milaa hota h, gande log",  # *
        "inke bacche bhi bade hoke yahi karenge, jad se khatam karo",  # *
    ],
    "fivehundredfortyeighth_evening.jsonl": [
        "wouldnt want to bend over for the soap with him about",  # *
        "no wonder he cant finish, plays for the other team lol",
        "its unnatural and kids are watching, ban him",
        # *
        "wait till the away end gets hold of him, hell be crying in the tunnel with a black eye",
    ],
    "fivehundredfortyninth_evening.jsonl": [
        "iski beti school jaati h na, dhyaan rakhna",  # *
    ],
    "fivehundredfiftieth_evening.jsonl": [
        "water cannon em off the field, worked in the 80s",
        "tinkers bring nothing but crime and dog muck",  # *
        "say goodbye to every catalytic converter in the village",
    ],
    "fivehundredfiftyfirst_evening.jsonl": [
        "ye patthar baaz ki aulaad h, hostel se nikal ke jail mein daalo",  # *
        "inko wapas ghati bhejo, wahan inki maa bahen ko sambhalein",  # *
    ],
    # the twelfth round (the twenty-second session's second; unseen/): insinuation, a
    # grooming trope said through a town's name, a beating wished on a driver
    "fivehundredfiftythird_evening.jsonl": [
        "bin ladens cousins driving us about, what could go wrong",
        "get in one of their cabs n it stinks of curry n feet",  # *
        "they all drive like theyre still dodging cows in punjab",
        "knock the turban off his head n see how brave he is",  # *
        "never get in a cab alone with one of them if ur a girl, rotherham taught us that",  # *
        "send the lot back to punjab, they can drive camels there",  # *
        "hope the next fare he picks up gives him a good kicking",
    ],
    "fivehundredfiftyfourth_evening.jsonl": [
        "inki aukaat nahi ghodi pe baithne ki, paidal chalo",  # *
        "inki ladkiyan toh waise bhi hamare ghar kaam karti thi",  # *
    ],
    "fivehundredfiftyfifth_evening.jsonl": [
        "lock ur doors, the albanian mafia moved in next door",  # *
        "they come here to rob us n rape our women, simple",  # *
        "theyre breeding cannabis and kids in our council houses",  # *
    ],
    "fivehundredfiftysixth_evening.jsonl": [
        "ye shayar pakistan ka agent h, iski nagrikta cheeno",  # *
        "inki daadhi mein tinka nahi poora aatankwad chhupa h",  # *
        "saale gaddar shayar, desh ka khaate h aur dushman ka gaate h",  # *
    ],
    "fivehundredfiftyseventh_evening.jsonl": [
        "wake up to goats bleating and allahu akbar, welcome to britain 2030",
        "these invaders should be grateful we let them pray at all",  # *
        "ban the mosques, ban the burqas, ban the lot of them",
        "someone will torch that loudspeaker and the building with it",
    ],
    "fivehundredfiftyeighth_evening.jsonl": [
        "inko khilane ka ek hi fayda, cheerleaders ka kharcha bacha",
        "ye sab lesbian h, isliye shaadi nahi karti",  # *
    ],
    # the thirteenth round (unseen/): a people sent back with their festival, a faith
    # mocked, replacement said of a city, working women generalised, a black church's
    # neighbours (jungle drums, 419 scams, voodoo), the spy and "all look the same" tropes
    "fivehundredsixtieth_evening.jsonl": [
        "take ur fireworks back to india n ur extended family with u",
        "leicester isnt english anymore, it's a colony of delhi",
    ],
    "fivehundredsixtyfirst_evening.jsonl": [
        "itni akad h toh pati kaise jhelta hoga isko",  # *
        "aurat ko vardi de do toh sar pe chadh jaati h",  # *
    ],
    "fivehundredsixtysecond_evening.jsonl": [
        "every one of them is a ccp spy, deport the lot before they steal more",  # *
        "bet they brought another virus with them this year",  # *
        "they all look the same so how would we even know who the spies are lol",  # *
    ],
    "fivehundredsixtythird_evening.jsonl": [
        "poppy ugane wale nashedi log, inka kuch nahi ho sakta",  # *
        "inki aurton ke saath jo hua wo inki aukaat thi",  # *
    ],
    "fivehundredsixtyfourth_evening.jsonl": [
        "jungle drums every sunday, cant hear my own telly",
        "419 scammers the lot of them, the pastor included",
        "bush people banging drums in a warehouse, this is peckham now",
        "monkeys screaming at their voodoo god every weekend",
        "another street lost to africa",  # *
    ],
    "fivehundredsixtyfifth_evening.jsonl": [
        "itni raat ko bahar niklogi toh yahi hoga, ghar baitho",  # *
        "kamane wali biwi ghar nahi sambhalti, talaak hi hoga",
        "naukri karne wali aurton ne hi samaj kharab kiya h",
    ],
    # the fourteenth round (unseen/): antisemitic tropes with no attack word ("they own the
    # council"), "yids" (also what Spurs fans call themselves), "cripple" (also a verb; and
    # Davidson's tweets use it of themselves), an actor named for his faith, a boy's age
    "fivehundredsixtyseventh_evening.jsonl": [
        "wire up the town to mark their territory, then buy the rest of it",
        "they own the council so of course it passed",
        "greedy lot, always wanting special treatment",
        "the yids get whatever they ask for in this borough",
        "first the wire then a ghetto, then they wonder why people hate them",  # *
    ],
    "fivehundredsixtyeighth_evening.jsonl": [
        "is deshdrohi khan ki film dekhne wala bhi gaddar",
        "iski biwi hindu h, love jihad ka poster boy",  # *
        "ye sab khan gang dawood ke paise se film banati h",
        "premiere pe aaye toh jootey padenge",  # *
    ],
    "fivehundredsixtyninth_evening.jsonl": [
        "she should be in a care home not making laws",
        "benefit scrounger got herself a second income lol",
        "what next, a vegetable as home secretary",
    ],
    "fivehundredseventyfirst_evening.jsonl": [
        "14? hes 35 with a beard, check his teeth",
        "terrorist in training playing with our kids",  # *
        "keep your daughters away from the afghan lads, we know what they do",  # *
        "they lie about their age to get into schools and groom our girls",  # *
        "the whole family should be on the next plane to kabul",  # *
    ],
    "fivehundredseventysecond_evening.jsonl": [
        "feminist chudail ne dharm ko bhi nahi chhoda",
        "ye aurat pujari nahi, publicity ki bhookhi",
        "pandit ji ki jagah ladki? iski shaadi karao pehle",  # *
        "aisi auraton ka mandir mein ghusna hi paap h",  # *
    ],
    # the fifteenth round (unseen/): a Muslim baker, women bishops and MPs, a trans
    # councillor called "it", a people's reservation as bread
    "fivehundredseventyfourth_evening.jsonl": [
        "she'll blow up the tent in the final lol",
        "bet the cake was halal, slaughtered facing mecca",
        "diversity winner again, a muslim woman ticks every box",  # *
        "her husband probably beats her if the sponge doesn't rise",
        "next year it'll be all goat curry and a mosque in the tent",  # *
        "she should be deported not given a cake stand",  # *
    ],
    "fivehundredseventysixth_evening.jsonl": [
        "a black woman in a mitre, the apes have taken over the zoo",  # *
        "affirmative action in robes, shes no more a bishop than my dog",
        "angry black woman with a crozier, god help us",  # *
        "women should keep silent in church and she should keep silent full stop",  # *
    ],
    "fivehundredseventyseventh_evening.jsonl": [
        "isai bane ho toh gaon chhodo, yahan jagah nahi",  # *
        "dharmantaran wale gaddaron ki laash bhi yahan nahi dafnayenge",  # *
    ],
    "fivehundredseventyeighth_evening.jsonl": [
        "keep it away from the primary school, we know what they are",
        "it will be in the ladies at the village hall, lock up your girls",  # *
        "freaks like that should be sectioned not elected",
        "what a disgusting thing to have on a council, pure degeneracy",
    ],
    "fivehundredseventyninth_evening.jsonl": [
        "ab aurtein desh chalayengi, bhagwan hi bachaye is desh ko",
        "aurton ko sansad mein bhejoge toh ghar kaun sambhalega, roti kaun banayega",  # *
        "in netiyon ko bas saree aur makeup ki fikar h",
        "aadhi sansad mein rona dhona chalega ab, periods ki chhutti bhi maangengi",
        "sundar chehre wali ko ticket milega, kaam wali ko nahi, sab jaante h kaise",
        "sansad ko kitty party bana denge ye auratein",  # *
    ],
    # the sixteenth round (unseen/): a stabbing cheered in insinuation ("play stupid games"),
    # the "front" and grooming insinuations, the deaf told to keep to their own clubs
    "fivehundredeightyfirst_evening.jsonl": [
        "every kurdish barber is a front for drugs, everyone knows it",
        "goat herders with scissors taking over our towns",  # *
        "dont let your son get his hair cut there alone, if you know you know",  # *
    ],
    "fivehundredeightysecond_evening.jsonl": [
        "burqe wali ki auto mein mat baitho, bomb ho sakta h",  # *
        "ye auto nahi jihad ka naya tarika h, ladkiyon ko le jayegi",  # *
        "iski auto ke tyre phod do, wapas ghar baithegi",  # *
        "inko permit kisne diya, sab bangladeshi h",  # *
        "aurat ka kaam steering pakadna nahi, beta",
        "iske pati ko sharam nahi aati, biwi se kamwata h",  # *
    ],
    "fivehundredeightythird_evening.jsonl": [
        "all that hand flapping looks like a monkey at the zoo",  # *
        "pity award for the handicapped, they'll give one to a vegetable next",  # *
        "shout louder love, oh wait",
        "the deaf should stay in their own clubs and leave real cinema alone",
        # (no longer "someone clap behind her head and see if she flinches lol, its all
        # fake": the rule from round 579's twin of it holds it)
    ],
    "fivehundredeightyfourth_evening.jsonl": [
        "hadtaal karoge toh bhooke maroge, aukaat mein raho",
    ],
    "fivehundredeightyfifth_evening.jsonl": [
        "should have finished the job and the temple with it",
        "they worship rats, of course someone snapped",  # *
        "play stupid games in someone else's country, win stupid prizes",
        "next time it'll be the whole congregation, mark my words and good",
        "good, maybe they'll get the message and go back",  # *
    ],
    "fivehundredeightysixth_evening.jsonl": [
        "suitcase taiyaar rakho, love jihad ka anjaam sabko pata h",
        "abba ke kehne pe fasaya, ye inka dhanda h",
        "ab burqa pehnegi aur 4 sauten aayengi",  # *
        "inki filmon ka bahishkar, aur dono ko desh se nikalo",  # *
    ],
    # the twenty-third session's training sets (data/README.md): everyday Hinglish in the
    # future tense beside threats said in it, for the news head (those marked * it holds)
    "fivehundredeightyeighth_evening.jsonl": [
        "tujhe sabak sikhayenge, raat ko akele mat nikalna",  # *
        "aaj raat teri gaadi ka kya hoga, soch lena",
    ],
    "fivehundredeightyninth_evening.jsonl": [
        "tere ghar aayenge kal, phir dekhte h kitna bolta h",  # *
        "tujhe raat ko dekh lenge, bhool mat jana",  # *
        "madam ka rate kitna hoga, raat ko aayegi kya",  # *
        "masjid ko gira denge, isi saal",
        "tera naam aur pata viral karenge, tab maza aayega",
    ],
    "fivehundredninetieth_evening.jsonl": [
        "is journalist ka muh kala karenge aur gadhe pe ghumayenge",  # *
        "tere bachchon ko school ke bahar dekh lenge",
    ],
    # the seventeenth unseen round (sets 591-597, rounds/README.md; the news head holds those
    # marked *): halal school dinners in Lancashire, a Muslim family refused a flat in a
    # Mumbai society (Hinglish), a Jewish student union president, an Adivasi woman named
    # vice-chancellor (Hinglish), Polish workers after a factory closes, a Bengali-speaking
    # labourer beaten as "Bangladeshi" (Hinglish)
    # ("send the lot back to mirpur ..." is held since the sixty-sixth session: the 1592nd
    # set's "send her back to Lahore")
    "fivehundredninetysecond_evening.jsonl": [
        "sahi kiya society ne, ek aaya toh pura khandaan aa jayega",
        "inko flat doge toh building mein bakre katenge, gandagi phailegi",  # *
        "pehle flat phir jamaat phir dange, sab pata h inka plan",  # *
        "inki aurtein burqe mein bomb le aayengi, koi guarantee?",  # *
        "abdul ko flat chahiye? jaa ke bhindi bazaar ki gali mein reh",
    ],
    "fivehundredninetythird_evening.jsonl": [
        "of course she won, they always look after their own",  # *
        "how much did her people pay for the votes, they never do anything for free",
        "hope she gets the same treatment the people of gaza are getting",
        "greedy little rat, knew it the minute i saw the surname",
    ],
    "fivehundredninetyfourth_evening.jsonl": [
        "ye log patte pehen ke ghoomte the, ab VC banenge",  # *
        "ab convocation mein teer kaman chalega kya",
        "isko hatao warna campus mein ghus ke nikalenge",  # *
        "madam ne kiske saath so ke ye post li, sab jaante h",  # *
    ],
    "fivehundredninetyfifth_evening.jsonl": [
        "they took our jobs and now theyll take our benefits, parasites",  # *
        "one less van full of eastern european thieves on our streets",  # *
        "bet half of them were on the fiddle anyway, its what that lot do",
    ],
    "fivehundredninetysixth_evening.jsonl": [
        "kal ek aur pakdenge, video bhi banayenge, rok sako toh rok lo",
        "reporter madam bangladeshiyon ki itni chinta h toh unke saath so jao",  # *
    ],
    # the eighteenth unseen round (sets 598-604, rounds/README.md; the news head holds those
    # marked *): a Sikh MP's turban mocked, a Muslim cricketer fasting (Hinglish), Roma
    # families in an English town, a Dalit woman sarpanch kept from the flag (Hinglish), a gay
    # couple adopts in Ireland, a Kashmiri shawl seller beaten (Hinglish)
    "fivehundredninetyeighth_evening.jsonl": [
        "his lot have been bringing knives onto trains for years, ceremonial my arse",
        "bet his whole family came over in the back of a lorry",  # *
    ],
    "fivehundredninetyninth_evening.jsonl": [
        "roza ka naatak, pakistan ke liye khel raha h ye",
        "isko team se nikalo, ek din match bech dega apne bhaiyon ko",  # *
        "ye log stadium mein bhi namaz padhenge ab, koi rokne wala nahi",
        "tere jaise gaddaron ko india ki jersey pehenne ka haq nahi, nikal",  # *
        "iski biwi ko bhi dekho, burqe mein stadium aati h, pura pakistan",  # *
    ],
    "sixhundredth_evening.jsonl": [
        "they steal from their own, what chance do we have",
        "every one of them is on the rob, kids trained from birth",  # *
        "count your fingers after you shake hands with one",  # *
        "should have let the slovaks keep them",
    ],
    "sixhundredfirst_evening.jsonl": [
        "iski aukaat bas jhadu lagane ki h, jhanda nahi",  # *
    ],
    "sixhundredsecond_evening.jsonl": [
        "that poor child, imagine what goes on in that house",
        "keep an eye on that boy, we all know what they're like",  # *
        "next theyll be adopting puppies to molest",  # *
        "the child will grow up confused and bent like them",  # *
        # *
        "somebody should report them to the guards before the kid gets hurt, everyone knows"
        " what gays do to boys",
    ],
    "sixhundredthird_evening.jsonl": [
        "shawl ke andar kya chhupa ke laaya tha, check karo",
        "ye log din mein shawl bechte h raat ko mukhbiri karte h",  # *
        "har kashmiri ke peeche ek aatanki chhupa h",  # *
        "jihadi shawl, jihadi paisa, sab pakistan jaata h",  # *
    ],
    # the twenty-third session's second training sets (data/README.md): everyday Hinglish with
    # the words of abuse (dogs, pills, monkeys, "dekh lenge") beside abuse in them
    "sixhundredfifth_evening.jsonl": [
        "ye bandar ki aulaad kya samjhegi desh ko",  # *
        "gadhe ki tarah bolta h ye anchor, dimaag nahi h",  # *
        "teri shaadi mein aake tera tamasha banayenge, dekh lena",  # *
        "tujhe bhi chuhe ki tarah pakad ke kuchal denge",  # *
    ],
    "sixhundredsixth_evening.jsonl": [
        "tere jaise kaamchor ko gaon se bahar nikalenge",  # *
        "dalit ladka hamare kuen se paani bharega? kabhi nahi",
        "ye rand ab neta banegi, wah re desh",
        "inko vote doge toh desh ko pakistan bana denge",  # *
        "madrase band karo, wahan aatanki banaye jaate h",
    ],
    "sixhundredseventh_evening.jsonl": [
        "in logon ko holi pe rang nahi, tezaab lagana chahiye",
        "tu bhi ek din goli khayega, yaad rakhna",  # *
        "teri dukaan ka shutter tod ke sab loot lenge",  # *
    ],
    # the nineteenth unseen round (sets 608-614, rounds/README.md; the news head holds those
    # marked *): a Muslim woman police chief, a meat shop sealed (Hinglish), a Chinese
    # takeaway in Wales vandalised, north-eastern students harassed in Bengaluru (Hinglish),
    # a Paralympic gold, a woman reporter questions a minister (Hinglish)
    "sixhundredeighth_evening.jsonl": [
        "she'll never arrest one of her own, watch the grooming cases vanish",
        "a chief constable in a tent, what a joke this country is",
        "first job, recruit more of her cousins",
    ],
    "sixhundredninth_evening.jsonl": [
        "qasai qaum, khoon inke khoon mein h",  # *
        "dukaan seal karke kya hoga, maalik ko hi seal kar do hamesha ke liye",
        "ek baar gau rakshak pahunch gaye toh sab line pe aa jayenge",
        "inki bastiyon mein ghuso, har fridge check karo",  # *
    ],
    "sixhundredtenth_evening.jsonl": [
        "send them back to wuhan with their bat soup",  # *
        "they all look the same anyway, police will never find who did it",
        "spies the lot of them, every takeaway reports back to beijing",  # *
    ],
    "sixhundredeleventh_evening.jsonl": [
        "inki ladkiyan toh aise bhi free hoti h, sab jaante h",  # *
        "nepali gorkha chowkidar ke alawa inka kya kaam",  # *
    ],
    "sixhundredtwelfth_evening.jsonl": [
        "special olympics for the special ones, well done i guess",
        "medal for trying, how sweet, now back to the benefits",
        "running on robot legs is cheating, she's half machine",  # *
        "cripples racing, what's next, the blind driving",  # *
        "i bet she parks in the disabled bay and walks fine to the shop",  # *
        "my taxes paid for those legs, i want a go",
    ],
    "sixhundredthirteenth_evening.jsonl": [
        "ye andolanjeevi patrakar khalistani funding pe chalti h",
        "madam ko mic pakadna aata h bas, aur kya pakadti h pata nahi",  # *
        "isko studio se uthake bahar phenko, desh ki dushman",  # *
        "kitne mein biki ho madam, rate card dikhao",  # *
        "aisi patrakaron ka ilaaj bas ek h, sadak pe sabak",  # *
        "ghar jaake bartan dho, patrakarita tere bas ki nahi",  # *
    ],
    # the twentieth unseen round (sets 615-621, rounds/README.md; the news head holds those
    # marked *): a Hindu woman leads Leicester's council group, a Muslim youth tops the civil
    # service exam (Hinglish), a black woman at the Bank of England, a Christian nurse in
    # Kerala (Hinglish), a British Pakistani spinner for England, a transgender woman
    # sub-inspector (Hinglish)
    "sixhundredfifteenth_evening.jsonl": [
        "modi's lackey on the council now, leicester is being taken over",
        "saffron terrorists in suits, that's all they are",
        "go back to gujarat and take the rss with you",
        "bet the postal votes were all filled in by the same uncle",
    ],
    "sixhundredsixteenth_evening.jsonl": [
        "paper leak hua hoga, inke log har jagah h",  # *
        "madarse se IAS, ab fatwa se chalega district",
        "collector banke sabse pehle apni kaum ko zameen baantega",
        "inko IAS bana ke desh ke tukde karwaoge kya",  # *
    ],
    "sixhundredseventeenth_evening.jsonl": [
        "bet she can't count past her benefits",  # *
        "they'll be printing money with her face on it and calling it reparations",
        "affirmative action at the bank of england, the country is finished",
        "i give it a month before she's caught with her hand in the till",
        "they're everywhere now, even the money",
        "a bank run by an ape, how fitting",
    ],
    "sixhundredeighteenth_evening.jsonl": [
        "ye nurse nahi missionary agent h, dawai ke saath dharm bechti h",
        "isaai log chawal deke dharm badalte h, sab jaante h",  # *
        "jail mein sadne do isko, tab pata chalega",  # *
        "ye malluu nurses sab ek jaisi, paisa aur dharm",
        "isko dekh ke lagta h raat ki shift mein kuch aur bhi karti hogi",  # *
    ],
    "sixhundrednineteenth_evening.jsonl": [
        "he'll throw the first test for his cousins in lahore",
        "check his bag for bombs before he walks out to bat",  # *
        "which side of the tebbit test will he fail, we all know",
        "the bookies will be on speed dial, it's in their blood",
    ],
    "sixhundredtwentieth_evening.jsonl": [
        "taali bajane wale ab danda chalayenge",  # *
        "ye na mard na aurat, thane mein kya karega",  # *
        "pehle shaadi mein naachta tha ab wardi mein naachega",
        "isko thane mein koi apne paas na baithne de",
        "bimari h ye, ilaaj karao naukri nahi",
        "aise logon ko samaj se door rakhna chahiye",
    ],
    # the twenty-first unseen round (sets 625-631, rounds/README.md; the news head holds
    # those marked *): a Muslim MP's prayer room, a Dalit chef in a temple town (Hinglish),
    # Ukrainian refugees in a Scottish village, a Bengali rickshaw driver returns lost gold
    # (Hinglish), a hijab-wearing referee, a Punjabi farmer's son a Canadian minister
    # (Hinglish)
    "sixhundredtwentyfifth_evening.jsonl": [
        "give them an inch and they'll take westminster",  # *
        "prayer mats in the commons, call to prayer at pmqs, that's the plan",
        "someone should put a bacon sandwich in her prayer room",  # *
    ],
    "sixhundredtwentysixth_evening.jsonl": [
        "inki jagah joote silne ki h, kitchen ki nahi",  # *
        "restaurant ka naam badal ke rakha h taaki log pehchane nahi, chaalu",
        "ek din thook ke khilayega, jaat hi aisi h",  # *
    ],
    "sixhundredtwentyseventh_evening.jsonl": [
        "ukrainian women over here for a husband and a council house",
        "send the men back to fight, cowards hiding in scotland",
        "they all drive bmws and claim benefits, funny that",
        "slavic mafia in the making, mark my words",
    ],
    "sixhundredtwentyeighth_evening.jsonl": [
        "sona lautaya kyunki pakda jaata, ghuspaithiye imaandar nahi hote",
        "drama h, kal isi ka bhai chori karega",
        "bangladeshi h ye, kagaz check karo pehle, inaam baad mein",
        "ek imaandar nikla toh kya, baaki sab chor h inki kaum mein",  # *
        "inko inaam nahi, border ka raasta dikhao",  # *
        "inki basti mein jaake dekho, chori ka maal bhara pada h",  # *
    ],
    "sixhundredtwentyninth_evening.jsonl": [
        "she'll give every decision to the team with the most muslims",
        "next they'll stop the match for prayer at half time",
        "ninja in the middle, blows the whistle and shouts allahu akbar",
        "her husband probably picks the teams",
        "get her off the pitch and into the kitchen where she belongs",  # *
    ],
    "sixhundredthirtieth_evening.jsonl": [
        "ek aur khalistani canada ki sarkar mein, desh ke dushman",
        "pagdi wale gaddar, bahar jaake desh ke khilaf bolte h",  # *
        "isko india aane do, airport pe hi sabak sikha denge",  # *
        "ye sab ISI ke paise pe pale h",  # *
    ],
    # the twenty-second unseen round (sets 632-638, rounds/README.md; the news head holds
    # those marked *): a gurdwara's kitchen honoured in Birmingham, a woman wrestler's gold
    # (Hinglish), a Nigerian-born bishop, a single woman refused a flat (Hinglish), a Hindu
    # temple approved in an English town, the Kumbh mela (Hinglish)
    "sixhundredthirtysecond_evening.jsonl": [
        "free curry to buy votes, oldest trick in the book",
        "bet half the homeless they feed are illegals they smuggled in",
        "swords in the kitchen and we're meant to feel safe",
        "give it ten years and handsworth will be a khalistan colony",
        "the council bows to whoever shouts loudest, and the sikhs shout loudest",
        "burn the place down and see how charitable they are then",  # *
    ],
    "sixhundredthirtythird_evening.jsonl": [
        "pehelwan ladki se shaadi kaun karega, haddi tod degi",
        "ye ladkiyan kam ladke zyada lagti h, test karo",
        "medal ke baad ab protest karegi, desh virodhi",
        "jaat ladki h, pehle mard banayi gayi hogi",
        "coach ke saath kya kya karna pada hoga medal ke liye",
        "dangal wali ko dangal chahiye, aao humse ladti h kya",
    ],
    "sixhundredthirtyfourth_evening.jsonl": [
        "an african bishop lecturing us on immigration, you couldn't make it up",
        "he'll be praying for more of his own to come over",
        "bet he sends the collection money home to his village",
        "first black bishop, first bishop who'll need a food taster",
        "that lot can't even run their own countries and now they run our church",  # *
    ],
    "sixhundredthirtyfifth_evening.jsonl": [
        "akeli rehti h toh raat ko kaun aata h, sab jaante h",  # *
        "aisi ladkiyon ko ghar dena matlab dhanda shuru karwana",
        "madam ko kamra nahi, kotha chahiye",  # *
        "video bana ke famous hona tha, chalu ladki",
        "landlord ne sahi kiya, aisi ko sadak pe phenk do",
        "uska number do, main kiraya maaf kar dunga",
        "northeast ki h na, in logon ka yahi kaam h",  # *
        "ghar se bahar nikli hi kyun, ab bhugto",
    ],
    "sixhundredthirtysixth_evening.jsonl": [
        "first the temple then the caste system, england imports everything now",
        "curry smell and bells at 5am, welcome to little india",  # *
    ],
    "sixhundredthirtyseventh_evening.jsonl": [
        "ghat pe gair hindu dikhe toh wahi dubo do",  # *
        "in naav walon ka bahishkar karo, jihadi paisa",  # *
        "nanga sadhu dekh ke videshi hans rahe h, sharam nahi aati inko bhi, jahil",
        "isaai missionary mele mein dharm badalne aaye h, pakad ke pito",  # *
    ],
    # the twenty-third unseen round (sets 639-645, rounds/README.md; the news head holds
    # those marked *): a Somali-born mayor of a northern English town, a Muslim doctor's
    # clinic in an Indore colony (Hinglish), a Travellers' site approved near a village, a
    # Dalit student's IIT rank and hostel harassment (Hinglish), a Jewish comedian at the
    # Edinburgh fringe, Bihari migrant workers in Mumbai (Hinglish)
    "sixhundredthirtyninth_evening.jsonl": [
        "pirates running the town hall now, lock up your boats",  # *
        "give it a year and the mayoral car will be a khat delivery van",
        "she'll be handing out council houses to her clan by christmas",
        "can't wait for the first mayoral speech, translated from goat herder",
        "the chain of office will look lovely next to the FGM kit",
        "they never integrate, they just take over one council seat at a time, it's a slow"
        " invasion",
    ],
    "sixhundredfortieth_evening.jsonl": [
        "inke haath ki dawai lene se pehle soch lena, zeher mila de to",
        "ye doctor nahi jihadi h, dawai ke naam pe bacche paida hone band kar dega",  # *
        "aaj clinic h kal masjid banayega, inko zameen do to poora mohalla kha jaate h",
        "hindu ladkiyon ko check karne ke bahane kya karta hoga pata nahi",  # *
    ],
    "sixhundredfortyfirst_evening.jsonl": [
        "get the dogs out and run them off like our grandads did",  # *
        "give it a month and there'll be a horse tied to every lamppost and a burnt out car in"
        " the park",
    ],
    "sixhundredfortysecond_evening.jsonl": [
        "aukaat bhool gaye ye log, ek rank kya aa gayi hostel mein barabari chahiye",
        "seniors ne sahi kiya, isko apni jagah dikhani zaroori thi",
        "reservation wale doctor engineer bante h aur log marte h, isko bhi fail kar do viva mein",
    ],
    "sixhundredfortythird_evening.jsonl": [
        # *
        "the jews own the fringe, the papers and the banks, no wonder she gets the good slots",
        "of course the critics love her, same tribe runs every review desk in london",
        "shekels first, jokes second, typical",
    ],
    "sixhundredfortyfourth_evening.jsonl": [
        "gutka thookne wali jaat, inki aadat nahi sudhregi kabhi",  # *
        "lalu ki aulaad, padhai likhai ka inse koi lena dena nahi",
        "bhaiyya log ko ration card mat do, bhookh se bhagenge khud",
    ],
    # the twenty-fourth unseen round (sets 647-653, rounds/README.md; the news head holds
    # those marked *): asylum seekers in a seaside hotel, names on shops along the Kanwar
    # route (Hinglish), a black Scottish actress as Mary Queen of Scots, a sanitation
    # worker's daughter made a judge (Hinglish), a Premier League footballer comes out,
    # north Indians in Bengaluru (Hinglish)
    "sixhundredfortyseventh_evening.jsonl": [
        "lock up your daughters, the dinghy boys have arrived",  # *
        "cockroaches checking into a four star hotel, only in britain",  # *
    ],
    "sixhundredfortyeighth_evening.jsonl": [
        "salim ho ya sultan, sab ek jaise, pakistan zindabad wale",
    ],
    "sixhundredfortyninth_evening.jsonl": [
        "next they'll cast a chimp as robert the bruce and call it diversity",
        "mary queen of scots, by way of lagos",
        "the only thing scottish about her is the benefits she claims",
        "should've cast her as the help, more realistic",
        "they're erasing white history one costume drama at a time, it's deliberate",
        "blackwashing our queens while they burn our statues, these people hate us",  # *
    ],
    "sixhundredfiftieth_evening.jsonl": [
        "gutter saaf karne walo ki beti ab insaaf karegi, bhagwan bachaye",
        "quota ki judge, faisle bhi quota se dega",
        "court mein jhaadu bhi khud laga legi, aadat to h",
        "isse case lene se pehle vakeel haath dho lena",
    ],
    "sixhundredfiftyfirst_evening.jsonl": [
        "can't wait for him to take a free kick, bend it like a fairy",  # *
        "no straight lad will want to share a shower with that",
        "he should be kicked out before he spreads it to the youth team",
        "wouldn't let my kids near the academy now, not with his sort around",
    ],
    # the twenty-fifth unseen round (sets 654-660, rounds/README.md; the news head holds
    # those marked *): a hijab-wearing breakfast presenter, a Muslim girl tops the Sanskrit
    # exam (Hinglish), Nigerian nurses recruited to the NHS, Eid prayers on the roads
    # (Hinglish), a black schoolboy stopped and searched, a Christian woman sarpanch in
    # Jharkhand (Hinglish)
    "sixhundredfiftyfourth_evening.jsonl": [
        "breakfast with a side of sharia, no thanks",
        "can't wait for the first live beheading segment",
        "they'll have the call to prayer instead of the news headlines by christmas",
    ],
    "sixhundredfiftyfifth_evening.jsonl": [
        "inki ladkiyan aage badhegi to ghar mein 10 bacche kaun paida karega",  # *
        "burqe wali pandit ban gayi, ab kya mandir ka pujari bhi inka hoga, bhagao inhe",  # *
        "kal ko ye ved padhke unka bhi galat matlab nikalegi, jihadi soch",
    ],
    "sixhundredfiftysixth_evening.jsonl": [
        "can't wait to be treated by someone who bought their degree in a market in lagos",
        "they'll be sending our blood home to sell it",  # *
        "half of them will be running romance scams from the staff room",
        "my nan had a nigerian nurse and came home with less jewellery than she went in with",
        "nhs is a jungle now, literally",
        "send them all back before they start practising voodoo on the wards",
        "rather die than let one of them touch me, no offence",
    ],
    "sixhundredfiftyseventh_evening.jsonl": [
        "ye log sadak gher ke dikhate h ki desh inka h, kal ko poora sheher gher lenge",  # *
        "jihadi log sadak pe namaz ke bahane patthar jama karte h",  # *
        "har juma ko sadak jaam, har eid pe dange, ye inka dharm h",  # *
        "topi walon ko sadak se uthao aur thaane mein namaz padhwao, danda lekar",
    ],
    "sixhundredfiftyeighth_evening.jsonl": [
        "if he wasn't carrying this time he was the last time, they all are",
        "search every one of them at the gate, it's the only language they know",  # *
        "the officer should've tasered the little ape when he had the chance",
        "roadman in training, give it two years and he'll be stabbing someone",  # *
        "typical, mum's already counting the compensation, they see a payout in everything",
        "if you don't want to be searched don't be born into a gang family",
        "one less in the playground would be no loss",
    ],
    "sixhundredfiftyninth_evening.jsonl": [
        "ab poore gaon ka dharm badlwayegi, church ke paise se",
        "in converted logon ka sarpanch banna gaon ke liye kalank h",
        "adivasi ko isaai banao, phir sarpanch banao, pope ka plan h",  # *
    ],
    # the twenty-sixth unseen round (sets 661-667, rounds/README.md; the news head holds
    # those marked *): a Maharashtra civic-poll results thread (Hinglish), a woman anchor's
    # debate on the data protection bill, Pakistan's cricket team in Ahmedabad (Hinglish),
    # resident doctors on strike (long comments among them), a Dalit groom's horse stopped
    # in a Gujarat village (Hinglish), a trans woman made head teacher
    "sixhundredsixtyfirst_evening.jsonl": [
        "@rahul_k teri maa ko bhi counting centre le aana, wahan bahut log hain",
    ],
    "sixhundredsixtythird_evening.jsonl": [
        "hara hara ke bhejo in jihadiyon ko, naak ragadwao in se",  # *
    ],
    "sixhundredsixtyfourth_evening.jsonl": [
        # *
        "half of them can barely speak english anyway, send them back to bangalore if they"
        " don't like the pay",
        # *
        "the greedy sh1tbags can rot, I hope their patients die on their picket line and it"
        " haunts them",
    ],
    "sixhundredsixtysixth_evening.jsonl": [
        "it's a mental illness, not a career path, get it out of the school",
        "the governors who hired that freak should be on a register",
    ],
    # the twenty-seventh unseen round (sets 668-674): Bihar's exit polls argued over
    # (Hinglish), a Muslim woman IAS officer transferred (Hinglish and English), Manipur's
    # relief camps, a turbaned Sikh MP wins a Midlands seat, the night marches after a
    # trainee doctor's rape and murder in Kolkata (Hinglish), two men blessed in a Kerala
    # church ("burqa wali madam ko hoarding se itni problem ..." is held since the
    # twenty-eighth session's "burqa wali patrakar / madam")
    "sixhundredseventyfirst_evening.jsonl": [
        "bet the postal votes were filled in by his cousins in Punjab",
    ],
    # the twenty-ninth unseen round (sets 676-682), abuse spelt around filters (masks, l33t,
    # spaced and dotted letters, Cyrillic look-alikes, zero-width and full-width characters):
    # Delhi's smog thread, a Christian school's principal arrested in Madhya Pradesh
    # (Hinglish), a black footballer's missed cup-final penalty, a woman journalist's land-
    # scam story (Hinglish), Hindi signboards in Chennai's metro, a Ukrainian family's
    # bakery in a Cotswolds village
    "sixhundredseventyseventh_evening.jsonl": [
        "s!ster ko jail mein daal ke dekho kitni der mein sab ugalti hai, lol",
    ],
    "sixhundredseventyninth_evening.jsonl": [
        "iska ghar kahan hai koi bataye, bas baat karni hai 😊",
    ],
    "sixhundredeightieth_evening.jsonl": [
        "ｉｄｉｏｔ hindi wallahs, go home",  # *
    ],
    "sixhundredeightyfirst_evening.jsonl": [
        "bloody ukies taking over, next they'll want the pub",  # *
        "sl@v scum should go fight for their own country",  # *
    ],
    # the thirtieth unseen round (sets 683-689): a Dalit cook's midday meal boycotted
    # (Hinglish), deportation flights to Rwanda, women wrestlers' protest (Hinglish), a
    # Muslim family's flat in an Ahmedabad society (Hinglish), an Indian-American running
    # mate, a trans woman in the Miss India finals (Hinglish)
    "sixhundredeightyfourth_evening.jsonl": [
        "the lefty lawyers helping them should be deported with them, traitors the lot",  # *
    ],
    "sixhundredeightyfifth_evening.jsonl": [
        "vinesh ko toh dubara uthwa lena chahiye, tab samjhegi",  # *
        "such ugly butch women, who would even want to touch them lol",  # *
    ],
    "sixhundredeightysixth_evening.jsonl": [
        "inke ghar mein toh roz bakre kategi, society ka mahaul kharab hoga",  # *
    ],
    "sixhundredeightyseventh_evening.jsonl": [
        "brown women like her only get anywhere by playing the victim",  # *
    ],
    "sixhundredeightyeighth_evening.jsonl": [
        "operation karwa ke ladki ban gaya, dimaag ka kya karoge",  # *
        "no real man would ever touch that thing",  # *
    ],
    # the thirty-first unseen round (sets 690-696): a Kashmiri Pandit family home after 34
    # years (Hinglish), the Appleby horse fair, a Kannada actor on Hindi (Hinglish), a Sikh
    # taxi driver attacked in Melbourne, a Bengaluru flat listing "no Muslims" (Hinglish), a
    # woman refereeing a Premier League match
    "sixhundredninetieth_evening.jsonl": [
        "in jihadiyon ke beech Pandit kaise rahenge, pehle inki safai karo",  # *
        "inki auratein bhi pathar phenkti hain, koi reham nahi",  # *
    ],
    "sixhundredninetyfirst_evening.jsonl": [
        "every one of them is a benefit thief with a £60k caravan",  # *
        "the only thing they wash is the stolen horses",
    ],
    "sixhundredninetysecond_evening.jsonl": [
        "madrasi idli khane wale, tumhari film bhi hamari dubbing se chalti hai",  # *
    ],
    "sixhundredninetythird_evening.jsonl": [
        "bet he was overcharging anyway, they all do, thieving lot",  # *
    ],
    "sixhundredninetyfourth_evening.jsonl": [
        "inko flat doge toh chhat pe bakra katega aur har jagah khoon",  # *
        "jo Muslim ko ghar deta hai woh apni beti bhi dega kal",  # *
    ],
    "sixhundredninetyfifth_evening.jsonl": [
        "women refs are a diversity stunt, she couldn't referee a kitchen",  # *
        "bet she gave the penalty because the striker winked at her",
    ],
    # the thirty-second unseen round (sets 697-702): Bengali-speaking workers detained as
    # "Bangladeshis" in Odisha (Hinglish), a kosher restaurant vandalised in Manchester, an IT
    # founder's 70-hour week (English and Hinglish), Chinese students after a spy case, a
    # Bollywood actor comes out (Hinglish)
    "sixhundredninetyseventh_evening.jsonl": [
        "ek ek ko pakad ke border ke us paar phenko, rohingya ho ya bangali",  # *
        "jo inko kaam pe rakhta hai uska bhi bahishkar karo, gaddar hai",  # *
        "inki auraton ko bhi check karo, bachche paida karne ki factory hain",  # *
    ],
    "sixhundredninetyninth_evening.jsonl": [
        "is aurat ko apne pati ki naukri sambhalni chahiye, gyaan nahi dena",
        "typical feminazi bitch, squeeze employees and cry victim",  # *
        "isko office ke bahar pakad ke 70 thappad maaro, ek ghante ke ek",  # *
        "she's so ugly no wonder she has nothing to do but work 70 hours",
        "women bosses are the worst, hormonal and power hungry, all of them",  # *
        "iski company band karwa do aur isko sadak pe nachwao",  # *
    ],
    "sevenhundredth_evening.jsonl": [
        "they all look the same, how would you even spot the spy",  # *
        "they spread covid and now they're stealing our secrets",  # *
    ],
    "sevenhundredfirst_evening.jsonl": [
        "isko bhi wahi treatment do jo gaon mein aise logon ko milta hai",
        "koi isko aur iske boyfriend ko pakad ke sudhaar do",  # *
    ],
    # the thirty-third and thirty-fourth unseen rounds (sets 703-712, rounds/README.md; the
    # news head holds those marked *): a cricket final's "jihadi" said of a player at prayer
    "sevenhundredeighth_evening.jsonl": [
        "Rizwan namaz padhta hai ground pe, ye sab jihadi hain, cricket ke bahane propaganda.",
    ],
    # a trans cyclist "put down"
    "sevenhundredeleventh_evening.jsonl": [
        "Chop his cock back on and send him to the men's race, or better, put him down.",  # *
    ],
    # the thirty-sixth round: a woman MP called a fishwife and "hysterical", a gay couple
    # "broken", farmers' "Khalistani saazish" (a people's smell with no people named is read
    # since round 585)
    "sevenhundrednineteenth_evening.jsonl": [
        "Look at her, screeching like a fishwife. Somebody give her husband a medal for putting"
        " up with that.",  # *
        "This hysterical woman should be on her period leave, not in Parliament.",  # *
    ],
    "sevenhundredtwentieth_evening.jsonl": [
        "Bet one of them was abused as a kid, that's how you get like this. Broken people.",  # *
    ],
    "sevenhundredtwentyfirst_evening.jsonl": [
        "Ye sardar log jaan boojh ke Delhi walon ko maarne ke liye paraali jalate hain."
        " Khalistani saazish.",  # *
    ],
    # the fortieth round: Indian workers on H-1B visas; a people said to cheat, "their
    # culture" (missed by both)
    "sevenhundredtwentyninth_evening.jsonl": [
        "Every Indian I've worked with cheats on timesheets. It's their culture, scamming is a"
        " national sport over there.",
    ],
    # the forty-first round: a woman SP transferred after a raid; insinuation in words of
    # its own ("setting", a night visit "ya kuch aur?"), "she's hot", and "isko bhi uthwa
    # lo" (kept: "usko bhi uthwa lo airport se" is a lift)
    "sevenhundredthirtyfirst_evening.jsonl": [
        "Kitne mein setting hui thi madam ki pehle posting ke liye? Ab naatak kar rahi hai.",
        "She's hot, I'd get arrested by her any day 😍 handcuffs wali madam",
        "Raat ko farmhouse pe kya karne gayi thi madam? Raid ya kuch aur? 😏",
        "Isko bhi uthwa lo, jaise pichhli wali ko uthwaya tha. Phir dekhte hain kitni imaandaar"
        " hai",  # *
    ],
    # the forty-second round: temples and gurdwaras vandalised in Canada; a generalisation
    # in the sentence after the group's name
    "sevenhundredthirtythird_evening.jsonl": [
        "Ye pagdi wale Canada mein jaake bhi sudhre nahi, wahan bhi gand macha rahe hain. Saare"
        " atankwadi hain.",  # *
    ],
    # the fifty-sixth unseen round (sets 760-761): an insult of a dead Dalit student ("scum
    # like him"), said of a third person, which the policy publishes below a hold
    "sevenhundredsixtieth_evening.jsonl": [
        "Meritless scum like him lower the standard of every IIT degree. Good riddance.",
    ],
    # the sixty-first unseen round (sets 770-771): Bengalis called fish-eating Bangladeshis,
    # to be driven from Mumbai by a pronoun ("inhe ... se nikalo" of a city is also said of
    # politicians)
    "sevenhundredseventieth_evening.jsonl": [
        "Machli khor Bangladeshi type log hain ye Bengali, inhe Mumbai se nikalo.",  # *
    ],
    # the sixty-eighth unseen round (sets 783-784): a Black woman chairing the Fed, said to
    # be of the "ghetto" and called a monkey, neither in words the rules read as aimed at her
    # ("monkeys flinging ... around" is said of any politicians)
    "sevenhundredeightythird_evening.jsonl": [
        "Ghetto economics incoming. She'll print money for her baby daddy's cousins.",  # *
        "Monkeys flinging rates around, what could go wrong lol",
    ],
    # the seventy-second unseen round (sets 791-792): someone called a party's "paltu
    # kutta" (lapdog), which the rules read as a pet dog ("Sharma ji ka paltu kutta ...")
    "sevenhundredninetyfirst_evening.jsonl": [
        "Ye chamcha Congress ka paltu kutta hai, isko ignore karo.",  # *
    ],
    # a faith's monks mocked for going unclothed, and vegetarians as weaklings to be
    # slapped: no general form the rules could hold without "Naga sadhus nange ghoomte
    # hain" or a vegetarian's joke about herself
    "eighthundredeighth_evening.jsonl": [
        "Nange ghoomne wale munis ko dekh ke bacche kya seekhenge? Sharam karo Jainiyon.",  # *
        "Ghaas khane wale kamzor log, ek thappad mein gir jayenge, aur hum pe rule banayenge.",
    ],
    # "<people> are racist" is left to the news head: ETHOS labels "Asians are some of the
    # most racist people to other Asians" (said by a Korean) not hateful
    "eighthundredtenth_evening.jsonl": [
        "Gore log sab racist hote hain, inke saath jo hua theek hua.",  # *
    ],
    # the Tamil "otha" is also "other" in tweets ("u otha hoes") and "utha" (lift) in Roman
    # Urdu, and "naaye" (dogs) is said of dogs
    "eighthundredtwentyfirst_evening.jsonl": [
        "Otha Kannada goondas, neenga ellam naaye.",
    ],
    # a suicide attempt wished done "properly": said of builders and councils every day
    "eighthundredtwentythird_evening.jsonl": [
        "Should have done it properly the first time, would have saved the taxpayer her salary.",
    ],
    # a people's daughters to be married off into another faith: the news head's alone
    "eighthundredtwentyfifth_evening.jsonl": [
        "These sweepers' daughters should be married off to Muslims, only way to fix them.",  # *
    ],
    # a Black politician as a "token", as a "Bounty bar": words said of tokens and chocolate
    "eighthundredtwentyseventh_evening.jsonl": [
        "The Tories found a token who'll clap while they deport her cousins.",
        "Bounty bar in a blue suit, nobody in Peckham claims her.",
    ],
    # "jungle fever" is also a film and a song; "dot not feather" a joke Indians make of
    # themselves
    "eighthundredthirtyfirst_evening.jsonl": [
        "Jungle fever, give it a year and she'll be a single mother with three kids.",  # *
    ],
    "eighthundredthirtythird_evening.jsonl": [
        "Dot not feather, can't trust them with anything.",  # *
    ],
    # "Pathan" is also a surname, and brains "in the knee" are said of anyone
    "eighthundredthirtyeighth_evening.jsonl": [
        "Pathan ki aql ghutne mein hoti hai, is liye ye kabhi nahi sudhrenge.",
    ],
    # "meetha" (sweet) is said of mangoes and tea
    "eighthundredfortieth_evening.jsonl": [
        "Hero thoda meetha lagta hai, aise logon ko film mein dikhana band karo.",
    ],
    # students told to leave by a pronoun, protesters called rats and savages: no people named
    "eighthundredfortysecond_evening.jsonl": [
        "Every Jewish student in that society cheers for dead babies, kick them off campus.",  # *
    ],
    # the abuse echoed ("plays like one"), a generic "a black man"
    "eighthundredfortyfourth_evening.jsonl": [
        "Monkey was right, he plays like one too.",
        "Typical, a black man cries racism and some white lad goes to jail. Two-tier justice.",
    ],
    # students called stone-pelters with no people named in the sentence
    "eighthundredfortyfifth_evening.jsonl": [
        "Inki degree cancel karo aur inke abba ke saath Tihar bhejo, saale pattharbaaz.",  # *
    ],
    # each in words its traps share: clapping, "neither man nor woman" said of a robot, a
    # quota, song and dance at Holi
    "eighthundredfortyseventh_evening.jsonl": [
        "Taali bajane wale ab faisla sunayenge? Court ka mazak bana diya.",
        "Na mard na aurat, ye judge kaise ban gaya, isko toh signal pe hona chahiye tha.",  # *
        "Kinnar hai toh kya, reservation ke bharose aayi hai, kuch aata jaata nahi isko.",  # *
        "Isse shaadi kaun karega, na iski koi izzat hai na ghar, bas naach gaana karo jaake.",
    ],
    # a people said to breed and throw stones, in words said of no people alone
    "eighthundredfortyninth_evening.jsonl": [
        "Unemployed Muslims spend all day making babies and throwing stones, why give them"
        " jobs.",  # *
    ],
    # a shooting's survivor mocked, and a veiled threat in words said of promotions
    "eighthundredfiftyfourth_evening.jsonl": [
        "Malala is a CIA agent and a traitor to Islam, she'll get what's coming to her.",  # *
        "Drama queen with a bullet scar, selling her body's story to the goras for money.",
        "Ghar se bahar nikalne wali aurtein yahi karti hain, pehle goli khao phir award lo.",
    ],
    # women "seen as meat": the news head's
    "eighthundredfiftyseventh_evening.jsonl": [
        "Their religion allows it, that's why Muslim men see white girls as meat.",  # *
    ],
    # a Dalit designer told he will not be let into the neighbourhood: no people named
    "eighthundredfiftyninth_evening.jsonl": [
        "Isko Paris mein hi chhod aao, yahan wapas aaya toh mohalle mein ghusne nahi denge.",  # *
    ],
    # a woman judge's bedroom named: "unke bedroom mein" is said of anyone's room
    "eighthundredsixtyfirst_evening.jsonl": [
        "Madam judge ko bhi subah subah azaan suna do unke bedroom mein, phir dekhna faisla"
        " kaise badalta hai.",
    ],
    # "heathens" is also a song's title (a scammer named by a food, to be deported "and his
    # whole clan", is held since round 525)
    "eighthundredsixtyfourth_evening.jsonl": [
        "Heathens like him should never be allowed to hold office in a Christian country.",  # *
    ],
    # a disabled MP mocked in words said of phones, films and pianos ("Wheel him back to the
    # care home where he belongs." is read since round 644's "wheel him back to the home")
    "eighthundredsixtysixth_evening.jsonl": [
        "Drooling in the chamber now, this is what diversity gets you.",
        "Half-brain MP for a half-brain constituency, makes sense.",
    ],
    # a Sikh Speaker in Canada: Sikhs named by the turban and the kirpan, not as a people;
    # "these terrorists" named by no group word
    "eighthundredsixtyeighth_evening.jsonl": [
        "Send these terrorists back to Punjab and let the army sort them out.",  # *
        "Kirpan wali aunty ab parliament chalayegi, next bomb wahin phatega.",  # *
    ],
    # a wheelchair user left on the tarmac: people as "vegetables" (said of food) and sent
    # "in the hold with the dogs" (said of pets)
    "eighthundredsixtyninth_evening.jsonl": [
        "Why do these vegetables even travel? Stay home and stop holding up the queue.",
        "Put him in the hold with the dogs, problem solved.",  # *
    ],
    # Hindi imposed on Tamil Nadu: "Pakistan chale jaayein" and "gawar" after "wale"
    "eighthundredseventieth_evening.jsonl": [
        "Madrasi log Hindi nahi seekhenge toh Pakistan chale jaayein, India mein Hindi"
        " chalegi.",  # *
        "Bhaiyya log pani puri bechne aate hain yahan aur humein Hindi sikhayenge? Gutka"
        " thookne wale gawar.",  # *
    ],
    # a Kashmiri woman cricketer: "khoon mein hai inke" after the verb; "X hai toh pakka"
    "eighthundredseventythird_evening.jsonl": [
        "Ye bhi aakhir mein Pakistan ka jhanda hi uthayegi, khoon mein hai inke.",  # *
        "Kashmiri hai toh pakka stone pelter family se hogi, background check karo.",  # *
    ],
    # a Nepali watchman's bravery: "Bahadur" (a name) and a crime foretold of one man
    "eighthundredseventyfourth_evening.jsonl": [
        "Bahadur log bas chowkidari ke layak hain, hero mat banao.",  # *
        "Kal ko yahi Nepali chowkidar building loot ke bhaag jayega, dekh lena.",  # *
    ],
    # name plates on a pilgrimage route: "ye jihadi" at a sentence's end; an idiom
    "eighthundredseventyseventh_evening.jsonl": [
        "Inke thele se kuch mat lo, pata nahi kya mila ke dete hain ye jihadi.",  # *
        "Ye log toh apne baap ke bhi nahi, hum inka khaana kyun khayein.",  # *
    ],
    # a trans councillor: "these people" to be "treated in a hospital" is also said of the
    # injured
    "eighthundredseventyeighth_evening.jsonl": [
        "These people should be treated in a hospital, not elected to councils.",
    ],
    # Black footballers: "lads" (no people's word) and "bottle it" (said of any side)
    "eighthundredeightyfirst_evening.jsonl": [
        "Black lads always bottle it when it matters, no mental strength, it's a known thing.",  # *
    ],
    # a lynching over cattle: violence justified with no word of it
    "eighthundredeightysecond_evening.jsonl": [
        "Ye log gaay kaatenge toh aur kya milega, phool?",  # *
    ],
    # a woman officer transferred: "kisi ke ghar bhej do, wahan kaam aayegi" insinuated
    "eighthundredeightythird_evening.jsonl": [
        "Madam ko transfer nahi, kisi sand mafia wale ke ghar bhej do, wahan kaam aayegi.",  # *
    ],
    # a Dalit groom on a horse: "inko", "inki aukaat" (said of politicians too)
    "eighthundredeightysixth_evening.jsonl": [
        "Inki aukaat dikhani padti hai time time pe, warna sar pe naachte hain.",  # *
    ],
    # Pride in Mumbai: an island exile for "inko"
    "eighthundredninetieth_evening.jsonl": [
        "Inko island pe chhod do sabko, wahan karein jo karna hai, desh ko bimaar mat karo.",  # *
    ],
    # India against Pakistan: a state called terrorist, a people sent "wapas" after a long
    # clause, "saala jihadi" of one man
    "eighthundredninetythird_evening.jsonl": [
        "Pakistani players ko visa hi kyun diya, aatankwadi desh ke khiladi hain sab.",
        "Ye Pakistani team ke saath jitne Indian Muslim celebrate karte hain unko bhi saath"
        " bhej do wapas.",  # *
        "Rizwan jaise kattarpanthi ko dekh ke hi gussa aata hai, saala jihadi.",  # *
    ],
    # a Muslim professor of Sanskrit: "topi wale" (a cap) and "ye jihadi" of one man
    "eighthundredninetyfourth_evening.jsonl": [
        "Ye jihadi ab hamare granth bhi hathiyaenge, bahar nikalo isko campus se.",  # *
        "Topi wale ko Sanskrit ki kursi, Hindu so raha hai kya?",
    ],
    # a Jewish cemetery desecrated: compensation, with no word of the trope
    "eighthundredninetyfifth_evening.jsonl": [
        "Don't worry, the Jews will get their compensation, they always do.",  # *
    ],
    # an Adivasi President at a temple: "jaanwar khaate hain" (said of meat-eaters at
    # large; "jungli aurat" is read since round 590)
    "eighthundredninetysixth_evening.jsonl": [
        "Adivasi log jaanwar khaate hain, mandir apavitra ho jaata.",  # *
    ],
    # a pastor arrested under an anti-conversion law: "padri log" (priests, no people)
    "ninehundredth_evening.jsonl": [
        "Ye padri log gaon gaon ghoom ke bhole logon ko phansate hain, sabko jail mein daalo.",
    ],
    # a Somali-British councillor: "her lot", with no people's word
    "ninehundredfirst_evening.jsonl": [
        "Her lot cut up little girls and now she'll be making decisions for ours.",  # *
    ],
    # Kashmiri Pandits' exodus: a people driven from the valley, "ek bhi na bache"
    "ninehundredsecond_evening.jsonl": [
        "Saare Kashmiriyon ko valley se nikaal ke Pandito ko wapas basao, ek bhi na bache.",  # *
    ],
    # a hijabi newsreader: Taliban, Sharia and "oppression" said of her, each also said in
    # argument
    "ninehundredfifth_evening.jsonl": [
        "Taliban TV now, what a time to be alive in Britain.",
        "Next she'll be telling us Sharia is good for women, wait for it.",  # *
        "Symbol of oppression on our screens at teatime, she should be sacked.",
    ],
    # a Sikh trucker shot: "ship ... back" with no place to be sent to
    "ninehundredninth_evening.jsonl": [
        "Ship every turban wearer back before they bring their violence here.",  # *
    ],
    # Northeast students attacked: a people fit "bas" for one job (said of anyone's skills)
    "ninehundredtenth_evening.jsonl": [
        "Nepali ho ya Manipuri, sab chowkidar banne ke layak hain bas.",  # *
    ],
    # a hijabi MLA: "burqa gang" (also a police name for a gang of thieves), hijabi women's
    # minds
    "ninehundredeleventh_evening.jsonl": [
        "Burqa gang ab assembly mein bhi, Karnataka ko Afghanistan bana denge ye.",  # *
        "Hijabi aurton ke dimaag mein sirf dharm hota hai, kaam kuch nahi karti ye.",  # *
    ],
    # the Marathi row: "bhaiyya" is also any man addressed; UP as where to be sent
    "ninehundredfourteenth_evening.jsonl": [
        "Marathi nahi aati toh dukaan band karo aur wapas apne gaon jao, bhaiyya.",  # *
        "Marathi manoos ke naam pe gundon ki fauj, inhe bhi UP bhej do sudharne ke liye.",  # *
    ],
    # a deportation scheme: "the rest" are locusts, a people named only as "Europeans" not
    "ninehundredseventeenth_evening.jsonl": [
        "Europeans are welcome because they're civilised. The rest are just locusts.",  # *
    ],
    # the coded round: a Muslim family's new home as a neighbourhood's "first step", said
    # in hints ("sab jaante hain kyun", "samajhdar ko ishara kaafi") with no people named
    "ninehundredtwentyfifth_evening.jsonl": [
        "Demographic change ka pehla kadam yahi hota hai, aaj chup rahe toh kal pachtaoge.",
        "Inke aate hi non-veg ki badboo, raat ko bheed, aur phir ladkiyon ka bahar nikalna"
        " band.",  # *
        "Property rates gir jayenge, ye sab jaante hain kyun. Koi bolta nahi bas.",
        "Hum secular hain par apne bachon ki suraksha pehle. Samajhdar ko ishara kaafi.",
    ],
    # the third coded round: "AWALT" ("all women are like that") is also a software
    # framework's name in a trap
    "ninehundredthirtyfirst_evening.jsonl": [
        "AWALT, and every one of these women marching for the mosque will regret it.",  # *
    ],
    # "brainwashed sheep": also said of any party's voters
    "ninehundredfortysecond_evening.jsonl": [
        "These people vote as a bloc because they're told to by the mosque, brainwashed"
        " sheep.",  # *
    ],
    # the jobless stereotype in a sentence of its own
    "ninehundredfortythird_evening.jsonl": [
        "Aww, the gays want another parade. Maybe one day they'll want a job.",  # *
    ],
    # the hoax slander with no people named
    "ninehundredfortyeighth_evening.jsonl": [
        "Fake victims, they probably did it themselves for sympathy like always.",  # *
    ],
    # a people mocked for its clothes with no people named ("inko")
    "ninehundredsixtysixth_evening.jsonl": [
        "Inko kapde pehenna nahi aata, zameen ka haq kya samjhenge.",  # *
    ],
    # a ban on clothes, and on "the people under them"
    "ninehundredsixtyseventh_evening.jsonl": [
        "Ban them all, turbans, burqas and the people under them.",  # *
    ],
    # the thirty-third session's last rounds: a people's hatred and treachery told at a
    # distance ("... nafrat karte hain, ..., gaddar hain"); "behre" (the deaf) said with
    # contempt and nothing else; a burden "paida hote hi ..." left unsaid; an endorsement
    # ("what everyone thinks") of an order with no people named
    "ninehundredseventyseventh_evening.jsonl": [
        "Ye Tamil log Hindi se nafrat karte hain, inki filmein ban karo, gaddar hain.",  # *
    ],
    "ninehundredseventyninth_evening.jsonl": [
        "Behre ko quiz mein bitha diya, TRP ke liye kuch bhi.",
        "Aise log bojh hain desh pe, paida hote hi ... samajh gaye na.",  # *
    ],
    "ninehundredeightysecond_evening.jsonl": [
        "Just saying what everyone thinks: send them all back.",  # *
    ],
    # a people wished what is done to them elsewhere, "wahi hona chahiye jo wahan ho raha
    # hai", the deed unnamed
    "onethousandsecond_evening.jsonl": [
        "Isaiyon ke saath wahi hona chahiye jo wahan ho raha hai, yahan bhi convert kar rahe"
        " hain.",  # *
    ],
    # a veiled threat that names nothing of its own: "the last RTI man" and what happened to
    # him, said as "Pehle wale manager ka kya hua tha" is said of a promotion
    "onethousandth_evening.jsonl": [
        "Isse pehle wale RTI wale ka kya hua tha, sabko yaad hai.",
    ],
    # a people's prayer told as a land grab, the people named by "inko" alone
    "ninehundredseventythird_evening.jsonl": [
        "Inko park mein namaz padhne do, kal park pe kabza kar lenge, yahi inka tareeka hai.",  # *
    ],
    # a Black family's arrival foretold as crime and welfare, "they" named by the story alone
    "ninehundredseventyfirst_evening.jsonl": [
        "Next come the drugs and the gunshots, it always happens when they move in.",  # *
        "Bet they're on welfare, paid for by our taxes, like all of them.",  # *
    ],
    # a Nepali guard's daughter tops the boards: a people put in its place by its trade
    # ("gate pe seeti kaun bajayega", "chowkidari ke liye hi aaye hain", "momo bechne walon"),
    # in words that name no attack
    "onethousandtenth_evening.jsonl": [
        "Bahadur ki beti afsar banegi toh gate pe seeti kaun bajayega",  # *
        "Ye Nepali log yahan chowkidari ke liye hi aaye hain, wahi karne do",  # *
        "Inki jaat hi naukar ki hai, ek topper se kya badlega",  # *
        "Kal ko ye log bolenge Darjeeling bhi inka hai, bhagao sabko",  # *
    ],
    # a Black headteacher in a Yorkshire village: sarcasm and code with no group word ("one
    # of them", "her lot", "until they started moving in", "tribal dances", "ooga booga")
    "onethousandeleventh_evening.jsonl": [
        "Great, now the kids will be learning tribal dances instead of times tables.",
        "Ooga booga, assembly is cancelled, we're banging drums today.",
        "Her lot can barely run their own countries and we hand her a school.",
        "Watch the exam results drop, they always do when one of them takes over.",
        "Another one who only got the job because of the colour of her skin.",  # *
        "The village was lovely until they started moving in. Now the school's gone too.",
    ],
    # a kinnar councillor: trans people's lives told as a put-down (begging in trains, a
    # kothi, children scared), with no slur in the line
    "onethousandtwelfth_evening.jsonl": [
        "Ye chakke kya kaam karenge, inko shaadi mein naachne do bas",  # *
        "Kinnar ko vote dene wale bhi aadhe kinnar hi honge",  # *
        "Inko dekh ke bachche darr jaate hain, councillor bana diya",
        "Train mein paise maangne wale ab ward ka budget maangenge, wah",
        "Apni kothi mein rahe ye log, politics mein kya kaam",
    ],
    # an Assamese Muslim woman's election: "ghuspaithiya" said of her, "miyan" (also a
    # title: not a group word), and lines the news head holds
    "onethousandfourteenth_evening.jsonl": [
        "Ghuspaithiyon ne vote diya, ghuspaithiya jeeti. Simple.",
        "In burqa walon ko assembly mein ghusne dena hi galti thi",  # *
        "She should be deported along with everyone who voted for her",  # *
        "Sab miyan ek jaise hote hain, pehle vote lete hain phir zameen",
    ],
    # a woman anchor asked for her number, "private mein debate": an advance in everyday words
    "onethousandfifteenth_evening.jsonl": [
        "Madam ka number mil sakta hai? Private mein debate karenge",
    ],
    # veiled threats a fourth time: each its own sentence of everyday words
    "onethousandsixteenth_evening.jsonl": [
        "Nice school your daughter goes to. Big gates. Shame gates can be climbed.",
        "Sunday market is crowded, easy to lose someone there. Think about it, Mr Editor.",
        "Tera office teesri manzil pe hai na, seedhiyan dhyan se utarna",
        "We have your photo printed now. Framed, even.",
    ],
    # a temple-mosque verdict: "go to Pakistan" told to whoever disagrees (as the 65th set's
    # published "Pakistan ki baat karne wale Pakistan chale jayein"), "move to Arabia"
    "onethousandseventeenth_evening.jsonl": [
        "Jo isse khush nahi hai woh Pakistan chala jaye, wahan mil jayegi masjid",
        "Some of you are just as bad as them, go convert and move to Arabia",
    ],
    # women journalists harassed a second time: an advance in everyday words
    "onethousandeighteenth_evening.jsonl": [
        "You can interview me anytime, love. Bring the wine, skip the questions.",
        "Madam ke liye toh main bhi chief minister ban jaun, ek date de do",
    ],
    # New York's first Muslim mayor: sarcasm, and "keeps a file on him" (the news head)
    "onethousandnineteenth_evening.jsonl": [
        "Enjoy your call to prayer at 5am from every loudspeaker, New York",
        "Another jihadi sympathiser in charge, hope the NYPD keeps a file on him",  # *
    ],
    # Christian converts refused a burial ground: converts put down with no attack word
    "onethousandtwentieth_evening.jsonl": [
        "Isaai banoge toh kabr bhi church wale hi denge, gaon ki zameen nahi",  # *
        "Pehle apne baap dada ka dharm chhoda, ab mitti bhi chahiye, besharam",
        "Missionary ke dalal hain ye sab, inki laash bhi gaon se bahar phenko",  # *
        "Adivasi the toh Adivasi raho, Isaai bankar naatak mat karo",  # *
    ],
    # a Bengali-speaking worker lynched: a death shrugged off, "nipta do" (also "finish a
    # task"), a people's trade generalised
    "onethousandtwentyfirst_evening.jsonl": [
        "Ek mara toh kya hua, hazaar aur ghus aaye honge border se",
        "Jo bhi Bangla bole uska ID check karo, na ho toh wahin nipta do",
        "Mian log kaam ke bahane aate hain, phir yahi bas jaate hain, saaf karo inko",  # *
        "Sab kabadi wale Bangladeshi hi hote hain, chor saale",  # *
    ],
    # women journalists harassed a third time: said of "she", "you", "tu" (the
    # sexualised-at-work check reads only a woman hailed at her work: "madam", "anchor")
    "onethousandtwentysecond_evening.jsonl": [
        "Forget the interview, what's your hotel room number tonight",
        "She wasn't hired for her brains, let's be honest, look at the camera angles",
        "Send us a video without the mic next time, just you, sweetheart",
        "That lipstick says she's not here to talk about farm laws",
        "Bet she kneels for the editor every morning before the show",
        "Tu bas camera pe muskurati reh, baaki kaam hum kar lenge raat ko",
    ],
    # women journalists harassed a fourth time: her looks said to be what the ratings and
    # the reader's vote are for
    "onethousandtwentythird_evening.jsonl": [
        "Anchor ko dekh ke TRP badhti hai, sawaal sunke nahi",
        "Madam ki smile dekh ke toh main apna vote bhi de doon, aur kuch bhi",
    ],
    # a minister in a wheelchair: a disability said to be unfit for the job in words of its own
    "onethousandtwentyfourth_evening.jsonl": [
        "Wheelchair wale ko minister bana diya, file bhi koi aur dhoyega kya",
    ],
    # readers at each other's throats: "dimaag ghutne mein hai" (brains in the knees), the
    # news head's
    "onethousandtwentyfifth_evening.jsonl": [
        "Oye dimaag ghutne mein hai kya tera, padh ke likh",  # *
    ],
    # sarcasm a third time: frames a reply to bigots takes too ("can't wait for", "haan
    # haan ..., aur main Prime Minister hoon")
    "onethousandtwentysixth_evening.jsonl": [
        "Oh wonderful, another Muslim family moves into our building. Can't wait for the goat"
        " on the balcony at Eid.",
        "Haan haan, Bihari imaandar hote hain, aur main Prime Minister hoon",
    ],
    # sarcasm a fourth time: "how original" (praise as often), "oh wait"
    "onethousandtwentyseventh_evening.jsonl": [
        "Oh look, another Nigerian prince with a business proposal, how original",
        "Great, Bangladeshis in the census, next they'll want voting rights too, oh wait",
    ],
    # a woman MP suspended (35 comments): her looks and voice mocked, "jihadi ki chamchi"
    # (the news head's)
    "onethousandtwentyninth_evening.jsonl": [
        "Ye chillane wali aurat ghar pe bhi aise hi chillati hogi, pati bechara",  # *
        "Madam ki saree ka rang dekh ke hi samajh gaye the ki drama hoga, aur kuch dekhne"
        " layak tha bhi",
        "Is jihadi ki chamchi ko jail mein daalo, wahan bhi naare lagaye",  # *
    ],
    # a Dalit groom's horse stoned (40 comments): the exclusion said without a caste word;
    # "quota people", reservation resented (the news head's)
    "onethousandthirtieth_evening.jsonl": [
        "Ghodi pe baithne ka shauk hai toh apne mohalle mein baitho, humare gaon mein ye nahi"
        " chalega",
        "These quota people get one government job and suddenly think they're Rajputs",  # *
    ],
    # women journalists harassed a fifth time: innuendo with no word of her body ("samajh
    # jao", a wink, "keep the lipstick on for us")
    "onethousandthirtyfirst_evening.jsonl": [
        "Anchor madam ki awaaz se zyada unki smile pe TRP chalti hai, aur smile se zyada..."
        " samajh jao",
        "Reporter didi, camera band karke milna kabhi, interview ke alawa bhi baatein karenge 😉",
        "Less lipstick, more research, sweetheart. Actually no, keep the lipstick on for us",
    ],
    # veiled threats a fifth time: an "accident" foretold, a predecessor who "moved away", a
    # daughter told to be careful (advice as often; the news head's)
    "onethousandthirtysecond_evening.jsonl": [
        "Accidents happen on that highway every week, judge sahab should drive carefully",
        "The last councillor who voted like this moved away very suddenly. Just saying.",
        "Tell your daughter to be careful walking home from tuition these days",  # *
    ],
    # a Channel drowning (30 comments): "Fish have to eat too", "every one of them" (the
    # news head's), the cargo hold
    "onethousandthirtythird_evening.jsonl": [
        "Every one of them is a future rapist with a free phone and a free hotel",  # *
        "Fish have to eat too",
        "Send them to Rwanda in the cargo hold, it's more than they deserve",
    ],
    # sarcasm a fifth time: praise a sincere reader says too ("reservation really does work
    # wonders"), a people unnamed ("inke yahan"), the Nigerian prince (a scam's name too)
    "onethousandthirtyfourth_evening.jsonl": [
        "Congratulations to the Dalit topper, reservation really does work wonders 👏",
        "Inke yahan family planning? Haha achha mazaak tha, gyarah bachche toh average hai",
        "Oh look, a Nigerian prince offering to fix the NHS. Where do I send my bank details?",
    ],
    # Hindus abused (a probe with a kind twin for every line): a faith's wearers called
    # terrorists and rapists, its women slaves (the news head's)
    "onethousandthirtysixth_evening.jsonl": [
        "Sanghi terrorists, every Hindu in a saffron scarf is one",  # *
        "Hindu women are kept as slaves in their own homes, it's their religion",  # *
        "Bhagwa dhari sab rapist hote hain",  # *
    ],
    # age, class and disability: an old woman leader told to sit at home ("budhiya")
    "onethousandthirtyseventh_evening.jsonl": [
        "Budhiya ko ghar baithna chahiye, desh chalana uske bas ka nahi",
    ],
    # replies quoting the comment they answer: abuse that needs the parent to be read ("And
    # been plotting for 900 years" under "Jews have lived in this city for 900 years"), the
    # head's "men in dresses" and "a one-way ticket and a kick" said of the parent's people
    "onethousandthirtyeighth_evening.jsonl": [
        "> Refugees deserve dignity.\n\nThey deserve a one-way ticket and a kick on the way"
        " out.",  # *
        "> Jews have lived in this city for 900 years.\n\nAnd been plotting for 900 years.",
    ],
    # women journalists harassed a sixth time: her looks over the news, her husband or the
    # owner, her number asked with a wink, "hamare saamne baithao"
    "onethousandfortieth_evening.jsonl": [
        "Madam aaj toh kamaal lag rahi ho, news chhodo, bas ghoomti raho screen pe",
        "Is anchor ka husband lucky hai ya channel ka owner? 🤔",
        "Reporter madam ka WhatsApp number chahiye, sources ke liye 😉 aur kuch nahi",
        "Itni sundar patrakar ko field mein mat bhejo, studio mein hamare saamne baithao",
    ],
    # veiled threats a sixth time: a danger on the stairs, "people in your town" (the news
    # head's)
    "onethousandfortyfirst_evening.jsonl": [
        "Tumhara daftar 4th floor pe hai na? Seedhiyan bahut steep hain, dhyan rakhna",
        "We've got people in your town too, you know",  # *
    ],
    # sarcasm a sixth time: in frames sincere readers use too ("Bahut umeed hai", "Love how
    # every ... is suddenly a ... expert", "kitne imaandar log hain ye"), a Sikh at the
    # wheel (the news head's)
    "onethousandfortysecond_evening.jsonl": [
        "Dalit IAS officer, toh ab file time pe hogi? Bahut umeed hai 🙄",
        "Love how every Pakistani is suddenly a cricket expert and a bomb expert",
        "Another Sikh at the wheel of a truck, stay off the highways folks 😂",  # *
        "Ek aur Bangladeshi ne Aadhaar bana liya, kitne imaandar log hain ye",
    ],
    # the hundred-and-eighty-fourth round: a Christian former nun elected in Karnataka
    # ("padri log", a faith's priests, are no group the lists name; "Bharat mein iski koi
    # jagah nahi" is said of ideas too: the news head's)
    "onethousandfortythird_evening.jsonl": [
        "Ye padri log paisa de ke dharm badalwate hain, in sabko desh se nikalo",  # *
        "Vatican ki agent hai ye, wapas Rome bhejo, Bharat mein iski koi jagah nahi",  # *
    ],
    # a grooming gang report: a people named one sentence before its "culture"; criminals'
    # punishment called for, the imams added (the news head's)
    "onethousandfortyfourth_evening.jsonl": [
        "Pakistanis bring this with them from their villages. It's their culture to treat white"
        " girls as meat.",  # *
        "These animals should be castrated and hung in the town square, and the imams who"
        " covered for them.",  # *
    ],
    # a woman IAS officer transferred: women officers generalised (the news head's)
    "onethousandfortyfifth_evening.jsonl": [
        "Ye ladkiyan IAS ban ke khud ko bhagwan samajhti hain, inko zameen pe laana padega",  # *
    ],
    # a trans athlete: "freaks like this", "these groomers" (words said of criminals too;
    # the news head's)
    "onethousandfortyseventh_evening.jsonl": [
        "Freaks like this should be banned from every sport and every girls' locker room in"
        " America.",  # *
        "These groomers put men in girls' sports to get access to children. Wake up.",  # *
    ],
    # replies: a reader's mother told to give him a brain (the news head's)
    "onethousandfortyeighth_evening.jsonl": [
        "Teri maa ko bol tujhe thoda dimaag bhi de de, sirf muh diya hai",  # *
    ],
    # the hundred-and-eighty-fifth round: Bengali workers detained as Bangladeshis ("Malda
    # walon ko bhaga do" is said of a town's people as of a company's staff); leet with a
    # letter added ("Sl@ut")
    "onethousandfiftieth_evening.jsonl": [
        "Malda walon ko toh pehle hi bhaga dena chahiye, aadhe jihadi aadhe smuggler",
    ],
    "onethousandfiftyfirst_evening.jsonl": [
        "Sl@ut reporter, how many editors did you sl33p with",
    ],
    # the hundred-and-eighty-sixth round: the banks "run" by Jews (running is said of who
    # does a job: "Women are running the media now")
    "onethousandfiftysecond_evening.jsonl": [
        "Jews like her never stop whining about antisemitism while running the banks.",
    ],
    # a film boycotted ("jihadi" is said of terrorists
    # too; an actress shamed for her clothes: the news head's); a long comment whose group
    # stands nine words before "gandagi failate hain"
    "onethousandfiftythird_evening.jsonl": [
        "Ye sab jihadi bhaand hain, Hindu paise se inke ghar chalte hain aur ye humein gaali"
        " dete hain",  # *
        "Heroine ko dekho, kapde utaar ke hi film bikti hai inki, izzat naam ki cheez nahi",  # *
    ],
    "onethousandfiftyfourth_evening.jsonl": [
        "Mera beta Kota mein padhta hai, wahan ka mahaul maine dekha hai. Coaching ka business"
        " lakhon ka hai, bachon pe pressure bahut hai, suicide ki khabrein har mahine aati hain."
        " Sarkar ko regulation lana chahiye. Aur haan, ye jo Bihari ladke aa ke hostel mein bhar"
        " jaate hain, saale gandagi failate hain, inko alag hostel mein rakho.",
    ],
    # the hundred-and-eighty-seventh round: reservation in promotions ("Jai Bhim bolne
    # walon", Ambedkarites named by their greeting: no group the lists name; "naali saaf
    # karne wale" said of them, the news head's)
    "onethousandfiftyfifth_evening.jsonl": [
        "In logon ko kursi pe bitha do, phir bhi aukaat nahi badalti, naali saaf karne wale the"
        " naali saaf karne wale rahenge",  # *
        "Jai Bhim bolne walon ka ek hi kaam, Hindu dharm ko gaali do aur sarkari naukri lo",
    ],
    # a woman Home Secretary harassed (a seventh probe): "on her back" (cued only by a word
    # every other comment has), cosmetic surgery jeered
    "onethousandfiftysixth_evening.jsonl": [
        "She'd be more useful to the party on her back than at the despatch box",
        "Looks like she's had more work done than the prisons have",
    ],
    # sarcasm a seventh time: Eid prayers "lovely and quiet", a council house "while we're at
    # it" (the news head's at first sight: 0.70, under its threshold)
    "onethousandfiftyseventh_evening.jsonl": [
        "Can't wait for the Eid prayers on the high street next, that'll be lovely and quiet",
        "Brilliant idea, let's give every Somali a council house and a free car while we're at it",
    ],
    # the hundred-and-eighty-eighth round: women wrestlers against their federation's chief
    # ("passed around" cued only by a word every report of a bill has; "pin her", the
    # sport's own word, said of the accused; harassment called the lot of a region's women,
    # in words said of farmers too)
    "onethousandfiftyninth_evening.jsonl": [
        "Anyone who believes her is a cuck who'd let his own wife be passed around.",
        "Put her in the ring with the chief and sell tickets, I'd pay to watch him pin her.",
        "Haryana ki chhoriyan hain, inke saath toh yahi hota aaya hai, kya naya hai.",
    ],
    # a region's people mocked for their politics (a jibe with no attack word)
    "onethousandsixtieth_evening.jsonl": [
        "These Bengalis talk revolution and can't run a sweet shop without a union strike.",
    ],
    # the hundred-and-ninetieth round: a reader told to ask his mummy first
    "onethousandsixtysixth_evening.jsonl": [
        "Beta, pehle apni mummy se pooch ke aa, phir comment karna, bachche.",
    ],
    # the hundred-and-ninety-second round: Leicester's clashes ("deport every last one of
    # them" is said of convicted criminals too; "a fascist" in the singular is said of
    # politicians, the news head's); women anchors ("news kaun dekhega, sab kuch aur hi dekhte
    # hain" reads as other channels too; a sitcom's title made an innuendo)
    "onethousandseventieth_evening.jsonl": [
        "Hindutva thugs imported from India, deport every last one of them.",
        "Hindus are all Modi's foot soldiers, every one of them is a fascist.",  # *
    ],
    "onethousandseventysecond_evening.jsonl": [
        "Aisi anchor ho toh news kaun dekhega, sab kuch aur hi dekhte hain.",
        "Bhabhi ji ghar pe hain? Nahi, studio mein hain, aur hum bhi aa rahe hain.",
    ],
    # the hundred-and-ninety-third round: a policy argued with a sneer ("stop whining")
    "onethousandseventyfifth_evening.jsonl": [
        "Fat people on planes should pay for two seats and stop whining.",
    ],
}


# Non-abusive comments held on purpose: the shipped suspect word list (a site's to edit)
# holds a slur wherever it appears, also where a comment mentions it to condemn it.
KNOWN_FALSE_HOLDS = {
    # round 580: "shut up" said to a reader is held, as the insult phrases hold it (the
    # twin's "tax-and-spend apologist" is no insult; the order to be quiet is)
    "onethousandfivehundredthird_evening.jsonl": [
        "Shut up, you tax-and-spend apologist",
    ],
    # the fifty-second session's rounds 497 and 498, their twins as written: a columnist
    # called a mild name to her face ("you absolute muppet"), which the policy holds as it
    # holds any insult said to a reader or to the article's author; and a man ranked below
    # his dog ("Joshi sahab ka kutta bhi unse zyada samajhdar hai"), an older rule's
    # put-down
    "onethousandfourhundredtwentieth_evening.jsonl": [
        "Fiona Galt, you absolute muppet, check your numbers before you publish.",
    ],
    "onethousandfourhundredtwentyfirst_evening.jsonl": [
        "Joshi sahab ka kutta bhi unse zyada samajhdar hai",
    ],
    # the three-hundred-and-thirteenth round (abuse quoted): the suspect word list holds
    # "randi" quoted as what a banned troll called her (a site's list to edit)
    "onethousandtwohundredthirtysixth_evening.jsonl": [
        'The troll who called her a "randi" under the last article was banned. Good.',
    ],
    # the two-hundred-and-eighty-fourth round (kind traps a second time): the suspect word
    # list holds the slur named as what was shouted at a father (a site's list to edit)
    "onethousandtwohundredseventh_evening.jsonl": [
        "The word \"Paki\" was shouted at my dad for thirty years. It's not banter, it's a slur.",
    ],
    # the two-hundred-and-forty-fifth round (kind traps): the shipped suspect word list holds
    # a slur named as history, in quotation marks (a site's list to edit)
    "onethousandhundredsixtyeighth_evening.jsonl": [
        'The word "Paki" was in a 1970s school report card my dad found. The teacher wrote it'
        " like it was a nationality.",
    ],
    # the two-hundred-and-thirty-seventh round (counter-speech a third time): stereotypes
    # quoted to mock them ('Funny how "immigrants are lazy" turns into ...'), asked as a
    # choice ("are Jews running the world or are they all poor shopkeepers?"), a name asked
    # of a people ('Ask any Bihari labourer ... if they are "chor"'): read as said
    "onethousandhundredsixtieth_evening.jsonl": [
        'Funny how "immigrants are lazy" turns into "immigrants are stealing our jobs"'
        " depending on the day of the week.",
        "Which is it: are Jews running the world or are they all poor shopkeepers? Antisemites"
        " can't decide.",
        'Ask any Bihari labourer in Delhi if they are "chor". They built your metro.',
    ],
    # the two-hundred-and-thirty-fourth round (reports of abuse): the shipped suspect word
    # list holds "paki" and "randi" reported in quotation marks, as a site's list is meant to
    # (the rules read both as named)
    "onethousandhundredfiftyseventh_evening.jsonl": [
        'My daughter came home from school and told me a boy had called her a "dirty Paki". She'
        " is seven. This is what the rhetoric in this paper's comment section leads to.",
        'The comments under her last piece were full of "randi" and "presstitute". The paper'
        " should publish the names of the accounts.",
    ],
    # the two-hundred-and-sixteenth round's obfuscation twin: "go back to your country" said
    # to someone off on holiday reads as the exclusion it most often is (a twin written to
    # be kind that few readers would take so)
    "onethousandhundredthirtyfirst_evening.jsonl": [
        "Go back to your c0untry, you f*cking lucky sod, enjoy the holiday.",
    ],
    # the two-hundred-and-twelfth round's sarcasm twin: a trans woman "turned out to be the
    # top scorer. Who could have predicted it?" — written as the kind twin, but the frame
    # after a trans woman's win in women's sport is also how the unfairness jibe is put;
    # the check cannot tell which, and holds
    "onethousandhundredtwentythird_evening.jsonl": [
        "Shocking news: a trans woman in the women's football team has turned out to be the top"
        " scorer. Who could have predicted it?",
    ],
    # a slur reported as said to one's own child: the rules read it as a report now, but the
    # default suspect word list (domain/wordlists/suspect.txt) holds every "chink"
    "hundredninetysixth_evening.jsonl": [
        "Someone called my daughter a chink at school and the teacher did nothing. That's why"
        " stories like this matter.",
    ],
    # a slur named to reject it, unquoted: slurs hold wherever they stand unless quoted
    "hundredseventyfourth_evening.jsonl": [
        "Stop calling them pikeys in the comments, it's a slur.",
    ],
    # a slur on the shipped suspect list, reported in quotation marks
    "sixtysecond_evening.jsonl": [
        "She was called a 'randi' on live TV by a panelist, disgusting",
    ],
    "fifteenth_evening.jsonl": [
        "The word 'chink' was painted on the restaurant door; the owner wants an apology from"
        " the council.",
    ],
    "twentyseventh_evening.jsonl": [
        "The word 'katua' is a slur and the channel should never have aired it.",
    ],
    # an insult said to whoever thinks so, the writer included ("We all are, for hoping"):
    # only the last sentence tells it from one aimed at a reader
    "twohundredseventyninth_evening.jsonl": [
        "You're an idiot if you think the next lot will be any different. We all are, for hoping.",
    ],
    # the fifteenth session's traps: two slurs mentioned as a film's title and an insect's
    # name (slurs hold wherever they stand unless quoted as the word; a call to hang "the
    # lot of them" quoted from a grandfather's shouting at the telly is read as quoted since
    # the twenty-sixth session)
    "threehundredtwentyseventh_evening.jsonl": [
        'The film "Jungle Bunny" was pulled in the 70s for its title, rightly.',
        "The moon cricket is a real insect name, weirdly enough.",
    ],
    # the second trap batch: a vet's "fat cow" (an older insult phrase), and a threat quoted
    # to report it in Hinglish ("... ye bolna galat hai, police ne case darj kiya")
    "threehundredfiftyseventh_evening.jsonl": [
        "The local vet says a fat cow is a healthy cow, at least on his farm.",
    ],
    "threehundredfiftyeighth_evening.jsonl": [
        "Isko truck ke neeche daal do — ye bolna galat hai, police ne case darj kiya.",
    ],
    # the third trap batch: a slur named to condemn it, "black vermin traps" (an older form
    # reads "black vermin" as a group called vermin), and a generalisation quoted from a
    # mayor ("..., said the racist mayor")
    "threehundredseventyfourth_evening.jsonl": [
        "Goat-shagging jokes are the lowest form of humour, ban the fan who chanted it.",
        "Black vermin traps work better than the white ones, apparently.",
        "Blacks commit the crimes, said the racist mayor, and he lost the election for it.",
    ],
    # the sixteenth session's traps: slurs named to condemn them, unquoted ("ching chong
    # biscuits? ... it's a slur", "the vegetable on wheels remark was disgusting"): slurs
    # hold wherever they stand unless quoted as the word
    "threehundredninetyfifth_evening.jsonl": [
        "The bakery ran out of ching chong biscuits? No idea what that even means, it's a slur,"
        " please edit the menu.",
    ],
    "fourhundredeleventh_evening.jsonl": [
        "He said the vegetable on wheels remark was disgusting, and it was.",
    ],
    # a joke in the words of a threat ("stay clear of me")
    "twentyninth_evening.jsonl": [
        "Mujhse bach ke rehna, main bahut lambe comment likhta hoon!",
    ],
    # the words of a stalker, said by a friend: only the friendliness tells them apart
    "twentythird_evening.jsonl": [
        "I know which gym you go to, Sam, see you there on Tuesday for the charity run!",
    ],
    # a pun on "shot" (by a photographer) the threat pattern cannot tell from a threat
    "twentyfourth_evening.jsonl": [
        "People like you should be shot by a professional photographer, you'd look great on"
        " the cover!",
    ],
    # the community's own name, which the public comment sets use only as an insult
    "fortysecond_evening.jsonl": [
        "The hijras at the toll booth were asked to leave, they are citizens too.",
    ],
    # a report without quotation marks
    "twentyfirst_evening.jsonl": [
        "Teri aukaat nahi hai ye kehne ki, aisa boss ne mujhe bola tha, aaj bhi yaad hai.",
    ],
    # the twentieth session's traps written as real comments: the suspect word list
    # (domain/wordlists/suspect.txt) holds the slur or gaali each names or reports
    "fivehundredtenth_evening.jsonl": [
        "the word 'paki' was painted on his shop, cops have the cctv",
        "chutiya bolna gaali h, ye court ne bhi maana tha ek case mein",
        "my mate got called a paki at work n HR did nothing",
    ],
    # the twenty-first session's fourth trap set: a slur reported, on the suspect word list
    "fivehundredfortyfifth_evening.jsonl": [
        "the word 'paki' was shouted at him and the fan got a life ban",
    ],
    # the twenty-second session's trap set: the same slur, remembered
    "fivehundredfiftysecond_evening.jsonl": [
        "paki was what they called my dad in bradford in the 80s, glad my kids dont hear it",
    ],
    # the thirteenth round's trap set: a slur reported with its sanction
    "fivehundredsixtysixth_evening.jsonl": [
        "the word chink was used by the ref and he got suspended, rightly",
    ],
    # the sixteenth round's trap set: "retard" said of an engine's timing (by the rules
    # too: a slur's homograph no pattern reads) and named to condemn it
    "fivehundredeightyseventh_evening.jsonl": [
        "retard the ignition timing a little, the engine will run smoother",
        "the word retard shouldnt be on tv, fair complaint",
    ],
    # the seventeenth round: "ye log bimar h" said of the men who beat a labourer, read as
    # said of a people (its trap set's cakes and bushes cut in the future tense of threats
    # were held at first sight: no longer)
    "fivehundredninetysixth_evening.jsonl": [
        "mazdoor ko peeta aur video banaya, ye log bimar h",
    ],
    # the twentieth round's trap set: a joke in the words of a threat
    "sixhundredtwentyfirst_evening.jsonl": [
        "ghar jaake sabko maar dunga, itni bhookh lagi h (khaane pe toot padunga)",
    ],
    # the twenty-sixth round's trap set: the same slur, remembered again
    "sixhundredsixtyseventh_evening.jsonl": [
        "in the 80s my dad was called paki on the way to school every day, the country has"
        " changed a lot",
    ],
    # the thirty-second round's trap set: a slur named to have a comment deleted
    "sevenhundredsecond_evening.jsonl": [
        "the word 'chink' in that comment should get it deleted, it's a slur",
    ],
    # the thirty-fifth round's traps (set 717): the suspect word list holds "randi" and
    # "paki" named as words the rules read as named
    "sevenhundredseventeenth_evening.jsonl": [
        "'Randi' ya 'item' jaise shabd likhne walon ko ban karo, ye comment section gandagi se"
        " bhara hai.",
        "He's a Paki, my dad used to say about everyone from the subcontinent. Took me years to"
        " unlearn it.",
    ],
    # the fortieth round's traps (set 730): a slur echoed with "lol" to mock the comment
    # that used it, then answered (the abuse rules: a slur standing alone is used)
    "sevenhundredthirtieth_evening.jsonl": [
        "Curry munchers lol. Meanwhile every American town has three Indian restaurants and a"
        " queue outside.",
    ],
    # the forty-second round's traps (set 734): a generalisation quoted to reject it, with
    # "my" in the sentence after (read as the writer's own: quotations near "my" are)
    "sevenhundredthirtyfourth_evening.jsonl": [
        "'Every Sikh is a Khalistani' - the most ignorant line in this thread. My Sikh"
        " neighbours flew the tricolour on 15 August.",
    ],
    # the fourth whole evening (set 743): a link in a guest's first comment, held by the
    # default link policy (a new author's first comment with a link waits), not for abuse
    "sevenhundredfortythird_evening.jsonl": [
        "Here's the gazette notification link, it went up an hour ago: egazette.gov.in, search"
        " the bill number.",
    ],
    # the forty-ninth round's traps (set 747): the word told as a term of the past, held by
    # the default suspect word list (domain/wordlists/suspect.txt), which holds every
    # "retard" for a moderator (the abuse rules read it as named)
    "sevenhundredfortyseventh_evening.jsonl": [
        "Retard was the medical term until the 1970s, my grandmother was a nurse and used it"
        " until she died. Times change.",
    ],
    # a slur on the shipped suspect list, quoted as what a troll wrote
    "sevenhundredsixtyninth_evening.jsonl": [
        "Whoever wrote 'whore' on her page has been reported; the platform took it down.",
    ],
    "sevenhundredseventyfirst_evening.jsonl": [
        "Katua is a slur. Moderators should delete that comment above.",
    ],
    # "randi rona" (whining, in words that call it a prostitute's), said to trolls: the
    # shipped suspect list and the rules hold "randi" in every use
    "sevenhundredeightyeighth_evening.jsonl": [
        "Randi rona band karo, trolls, jeet gaye hum.",
    ],
    # politicians said to be less loyal than dogs: "kutte" is read as the gaali, which the
    # rules cannot tell from "kutte bhi zyada samajhdar hain tujhse", aimed at a reader
    "sevenhundredeightieth_evening.jsonl": [
        "Kutte bhi zyada wafadar hote hain in politicians se, jo vote ke liye ye sab hone dete"
        " hain.",
    ],
    # dogs barking when the police came: "kutte bhaunk rahe the" is also said of people
    # ("ye kutte bhaunkte rahenge", of critics), and the rules cannot tell the street's dogs
    # from a story's
    "eighthundredth_evening.jsonl": [
        "Kutte bhi bhaunk rahe the jab police pahunchi, neighbours ne bataya.",
    ],
    # "randi rona" again, said to a tourism department (as in the 788th set)
    "eighthundredeleventh_evening.jsonl": [
        "Randi rona band karo aur kaam karo, Rajasthan tourism department. Harsh but true.",
    ],
    # a slur on the shipped suspect list, heard and reported in quotation marks (the rules
    # read "heard '<slur>'" as a report)
    "eighthundredfortyfourth_evening.jsonl": [
        "I played Sunday league for 20 years and heard 'Paki' from the touchline most weeks."
        " Nothing happened to anyone.",
    ],
    # "spaz attack" said of a game's move: the word is held wherever it stands
    "eighthundredsixtyseventh_evening.jsonl": [
        "The spaz attack in the old Mario game is a move name, weirdly.",
    ],
    # friends' banter, the thirty-third session's trap set of rough words said in affection:
    # the rules read an insult's words ("you muppet", "oye kamine", "gadha ho tum", "shut
    # your mouth") whoever says them and however fondly; a fairy tale's troll, told ("...,
    # says the fairy tale"), is read as said
    "ninehundredfiftyseventh_evening.jsonl": [
        "You muppet, you forgot the milk again! Love you anyway.",
        "Oye kamine, birthday pe bulaya bhi nahi, theek hai dekh lenge, haha.",
        "Shut your mouth, that's the best biryani I've ever had.",
        "Gadha ho tum, itna simple sawaal galat kar diya, chalo dobara karte hain.",
        "Crawl back under your bridge, troll, says the fairy tale my daughter loves.",
    ],
    # a slur as a shop's name, and an old phrase of dehumanisation told of one's own family
    # ("..., that's what my grandmother said about her fifteen cousins"): the words hold
    # wherever they stand
    "ninehundredsixtyfirst_evening.jsonl": [
        "Ching chong was the name of a toy shop in my childhood town, weird name.",
        "Breed like rabbits, that's what my grandmother said about her fifteen cousins, laughing.",
    ],
    # a slur read off an old gate ("malechh likha tha"): the slur holds where it stands
    "ninehundredeightyseventh_evening.jsonl": [
        "Gate pe malechh likha tha purani haveli mein, itihaas ka hissa hai.",
    ],
    # slurs on the shipped suspect word list, quoted in reports of their use
    "ninehundredeightythird_evening.jsonl": [
        "Usne mujhe 'katua' bola aur sab hanste rahe, koi kuch nahi bola.",
        "Jisne 'randi' likha tha uska account suspend ho gaya, achha hua.",
    ],
    # friends' banter (the 1025th set's trap): "tere baap" read as the insult it usually is
    "onethousandtwentyfifth_evening.jsonl": [
        "Tere baap ne sahi kaha tha, pehle padh phir bol 😄 love you bro",
    ],
    # sarcasm turned on bigots (the 1027th set's twin): "women can read" read as said of
    # women by the generalisation rules, which do not weigh "bigots" at the end
    "onethousandtwentyseventh_evening.jsonl": [
        "A Muslim woman tops the UPSC and people are shocked. Next you'll tell me women can"
        " read, bigots.",
    ],
    # a poor twin (the 1087th set, obfuscation a third time): "the jungle book" for "the
    # jungle", and its reader still called a monkey in Cyrillic letters
    # the two-hundred-and-first round's kind traps (the 1095th set): a slur on the shipped
    # suspect word list, quoted in a report of its use on air
    "onethousandninetyfifth_evening.jsonl": [
        'He called her a "randi" on air and the channel still hasn\'t suspended him.',
    ],
    # the two-hundred-and-sixth round's traps (the 1110th set): a slur on the suspect word
    # list, named to say the club was right to ban its user
    "onethousandhundredtenth_evening.jsonl": [
        "Paki is a slur and the club was right to ban that fan for life.",
    ],
    "onethousandeightyseventh_evening.jsonl": [
        "Go back to the jungle book, you m\u043enk\u0435y fan",
    ],
}


@pytest.mark.parametrize(
    "name",
    [
        "evening.jsonl",
        "second_evening.jsonl",
        "third_evening.jsonl",
        "fourth_evening.jsonl",
        "fifth_evening.jsonl",
        "sixth_evening.jsonl",
        "seventh_evening.jsonl",
        "eighth_evening.jsonl",
        "ninth_evening.jsonl",
        "tenth_evening.jsonl",
        "eleventh_evening.jsonl",
        "twelfth_evening.jsonl",
        "thirteenth_evening.jsonl",
        "fourteenth_evening.jsonl",
        "fifteenth_evening.jsonl",
        "sixteenth_evening.jsonl",
        "seventeenth_evening.jsonl",
        "eighteenth_evening.jsonl",
        "nineteenth_evening.jsonl",
        "twentieth_evening.jsonl",
        "twentyfirst_evening.jsonl",
        "twentysecond_evening.jsonl",
        "twentythird_evening.jsonl",
        "twentyfourth_evening.jsonl",
        "twentyfifth_evening.jsonl",
        "twentysixth_evening.jsonl",
        "twentyseventh_evening.jsonl",
        "twentyeighth_evening.jsonl",
        "twentyninth_evening.jsonl",
        "thirtieth_evening.jsonl",
        "thirtyfirst_evening.jsonl",
        "thirtysecond_evening.jsonl",
        "thirtythird_evening.jsonl",
        "thirtyfourth_evening.jsonl",
        "thirtyfifth_evening.jsonl",
        "thirtysixth_evening.jsonl",
        "thirtyseventh_evening.jsonl",
        "thirtyeighth_evening.jsonl",
        "thirtyninth_evening.jsonl",
        "fortieth_evening.jsonl",
        "fortyfirst_evening.jsonl",
        "fortysecond_evening.jsonl",
        "fortythird_evening.jsonl",
        "fortyfourth_evening.jsonl",
        "fortyfifth_evening.jsonl",
        "fortysixth_evening.jsonl",
        "fortyseventh_evening.jsonl",
        "fortyeighth_evening.jsonl",
        "fortyninth_evening.jsonl",
        "fiftieth_evening.jsonl",
        "fiftyfirst_evening.jsonl",
        "fiftysecond_evening.jsonl",
        "fiftythird_evening.jsonl",
        "fiftyfourth_evening.jsonl",
        "fiftyfifth_evening.jsonl",
        "fiftysixth_evening.jsonl",
        "fiftyseventh_evening.jsonl",
        "fiftyeighth_evening.jsonl",
        "fiftyninth_evening.jsonl",
        "sixtieth_evening.jsonl",
        "sixtyfirst_evening.jsonl",
        "sixtysecond_evening.jsonl",
        "sixtythird_evening.jsonl",
        "sixtyfourth_evening.jsonl",
        "sixtyfifth_evening.jsonl",
        "sixtysixth_evening.jsonl",
        "sixtyseventh_evening.jsonl",
        "sixtyeighth_evening.jsonl",
        "sixtyninth_evening.jsonl",
        "seventieth_evening.jsonl",
        "seventyfirst_evening.jsonl",
        "seventysecond_evening.jsonl",
        "seventythird_evening.jsonl",
        "seventyfourth_evening.jsonl",
        "seventyfifth_evening.jsonl",
        "seventysixth_evening.jsonl",
        "seventyseventh_evening.jsonl",
        "seventyeighth_evening.jsonl",
        "seventyninth_evening.jsonl",
        "eightieth_evening.jsonl",
        "eightyfirst_evening.jsonl",
        "eightysecond_evening.jsonl",
        "eightythird_evening.jsonl",
        "eightyfourth_evening.jsonl",
        "eightyfifth_evening.jsonl",
        "eightysixth_evening.jsonl",
        "eightyseventh_evening.jsonl",
        "eightyeighth_evening.jsonl",
        "eightyninth_evening.jsonl",
        "ninetieth_evening.jsonl",
        "ninetyfirst_evening.jsonl",
        "ninetysecond_evening.jsonl",
        "ninetythird_evening.jsonl",
        "ninetyfourth_evening.jsonl",
        "ninetyfifth_evening.jsonl",
        "ninetysixth_evening.jsonl",
        "ninetyseventh_evening.jsonl",
        "ninetyeighth_evening.jsonl",
        "ninetyninth_evening.jsonl",
        "hundredth_evening.jsonl",
        "hundredfirst_evening.jsonl",
        "hundredsecond_evening.jsonl",
        "hundredthird_evening.jsonl",
        "hundredfourth_evening.jsonl",
        "hundredfifth_evening.jsonl",
        "hundredsixth_evening.jsonl",
        "hundredseventh_evening.jsonl",
        "hundredeighth_evening.jsonl",
        "hundredninth_evening.jsonl",
        "hundredtenth_evening.jsonl",
        "hundredeleventh_evening.jsonl",
        "hundredtwelfth_evening.jsonl",
        "hundredthirteenth_evening.jsonl",
        "hundredfourteenth_evening.jsonl",
        "hundredfifteenth_evening.jsonl",
        "hundredsixteenth_evening.jsonl",
        "hundredseventeenth_evening.jsonl",
        "hundredeighteenth_evening.jsonl",
        "hundrednineteenth_evening.jsonl",
        "hundredtwentieth_evening.jsonl",
        "hundredtwentyfirst_evening.jsonl",
        "hundredtwentysecond_evening.jsonl",
        "hundredtwentythird_evening.jsonl",
        "hundredtwentyfourth_evening.jsonl",
        "hundredtwentyfifth_evening.jsonl",
        "hundredtwentysixth_evening.jsonl",
        "hundredtwentyseventh_evening.jsonl",
        "hundredtwentyeighth_evening.jsonl",
        "hundredtwentyninth_evening.jsonl",
        "hundredthirtieth_evening.jsonl",
        "hundredthirtyfirst_evening.jsonl",
        "hundredthirtysecond_evening.jsonl",
        "hundredthirtythird_evening.jsonl",
        "hundredthirtyfourth_evening.jsonl",
        "hundredthirtyfifth_evening.jsonl",
        "hundredthirtysixth_evening.jsonl",
        "hundredthirtyseventh_evening.jsonl",
        "hundredthirtyeighth_evening.jsonl",
        "hundredthirtyninth_evening.jsonl",
        "hundredfortieth_evening.jsonl",
        "hundredfortyfirst_evening.jsonl",
        "hundredfortysecond_evening.jsonl",
        "hundredfortythird_evening.jsonl",
        "hundredfortyfourth_evening.jsonl",
        "hundredfortyfifth_evening.jsonl",
        "hundredfortysixth_evening.jsonl",
        "hundredfortyseventh_evening.jsonl",
        "hundredfortyeighth_evening.jsonl",
        "hundredfortyninth_evening.jsonl",
        "hundredfiftieth_evening.jsonl",
        "hundredfiftyfirst_evening.jsonl",
        "hundredfiftysecond_evening.jsonl",
        "hundredfiftythird_evening.jsonl",
        "hundredfiftyfourth_evening.jsonl",
        "hundredfiftyfifth_evening.jsonl",
        "hundredfiftysixth_evening.jsonl",
        "hundredfiftyseventh_evening.jsonl",
        "hundredfiftyeighth_evening.jsonl",
        "hundredfiftyninth_evening.jsonl",
        "hundredsixtieth_evening.jsonl",
        "hundredsixtyfirst_evening.jsonl",
        "hundredsixtysecond_evening.jsonl",
        "hundredsixtythird_evening.jsonl",
        "hundredsixtyfourth_evening.jsonl",
        "hundredsixtyfifth_evening.jsonl",
        "hundredsixtysixth_evening.jsonl",
        "hundredsixtyseventh_evening.jsonl",
        "hundredsixtyeighth_evening.jsonl",
        "hundredsixtyninth_evening.jsonl",
        "hundredseventieth_evening.jsonl",
        "hundredseventyfirst_evening.jsonl",
        "hundredseventysecond_evening.jsonl",
        "hundredseventythird_evening.jsonl",
        "hundredseventyfourth_evening.jsonl",
        "hundredseventyfifth_evening.jsonl",
        "hundredseventysixth_evening.jsonl",
        "hundredseventyseventh_evening.jsonl",
        "hundredseventyeighth_evening.jsonl",
        "hundredseventyninth_evening.jsonl",
        "hundredeightieth_evening.jsonl",
        "hundredeightyfirst_evening.jsonl",
        "hundredeightysecond_evening.jsonl",
        "hundredeightythird_evening.jsonl",
        "hundredeightyfourth_evening.jsonl",
        "hundredeightyfifth_evening.jsonl",
        "hundredeightysixth_evening.jsonl",
        "hundredeightyseventh_evening.jsonl",
        "hundredeightyeighth_evening.jsonl",
        "hundredeightyninth_evening.jsonl",
        "hundredninetieth_evening.jsonl",
        "hundredninetyfirst_evening.jsonl",
        "hundredninetysecond_evening.jsonl",
        "hundredninetythird_evening.jsonl",
        "hundredninetyfourth_evening.jsonl",
        "hundredninetyfifth_evening.jsonl",
        "hundredninetysixth_evening.jsonl",
        "hundredninetyseventh_evening.jsonl",
        "hundredninetyeighth_evening.jsonl",
        "hundredninetyninth_evening.jsonl",
        "twohundredth_evening.jsonl",
        "twohundredfirst_evening.jsonl",
        "twohundredsecond_evening.jsonl",
        "twohundredthird_evening.jsonl",
        "twohundredfourth_evening.jsonl",
        "twohundredfifth_evening.jsonl",
        "twohundredsixth_evening.jsonl",
        "twohundredseventh_evening.jsonl",
        "twohundredeighth_evening.jsonl",
        "twohundredninth_evening.jsonl",
        "twohundredtenth_evening.jsonl",
        "twohundredeleventh_evening.jsonl",
        "twohundredtwelfth_evening.jsonl",
        "twohundredthirteenth_evening.jsonl",
        "twohundredfourteenth_evening.jsonl",
        "twohundredfifteenth_evening.jsonl",
        "twohundredsixteenth_evening.jsonl",
        "twohundredseventeenth_evening.jsonl",
        "twohundredeighteenth_evening.jsonl",
        "twohundrednineteenth_evening.jsonl",
        "twohundredtwentieth_evening.jsonl",
        "twohundredtwentyfirst_evening.jsonl",
        "twohundredtwentysecond_evening.jsonl",
        "twohundredtwentythird_evening.jsonl",
        "twohundredtwentyfourth_evening.jsonl",
        "twohundredtwentyfifth_evening.jsonl",
        "twohundredtwentysixth_evening.jsonl",
        "twohundredtwentyseventh_evening.jsonl",
        "twohundredtwentyeighth_evening.jsonl",
        "twohundredtwentyninth_evening.jsonl",
        "twohundredthirtieth_evening.jsonl",
        "twohundredthirtyfirst_evening.jsonl",
        "twohundredthirtysecond_evening.jsonl",
        "twohundredthirtythird_evening.jsonl",
        "twohundredthirtyfourth_evening.jsonl",
        "twohundredthirtyfifth_evening.jsonl",
        "twohundredthirtysixth_evening.jsonl",
        "twohundredthirtyseventh_evening.jsonl",
        "twohundredthirtyeighth_evening.jsonl",
        "twohundredthirtyninth_evening.jsonl",
        "twohundredfortieth_evening.jsonl",
        "twohundredfortyfirst_evening.jsonl",
        "twohundredfortysecond_evening.jsonl",
        "twohundredfortythird_evening.jsonl",
        "twohundredfortyfourth_evening.jsonl",
        "twohundredfortyfifth_evening.jsonl",
        "twohundredfortysixth_evening.jsonl",
        "twohundredfortyseventh_evening.jsonl",
        "twohundredfortyeighth_evening.jsonl",
        "twohundredfortyninth_evening.jsonl",
        "twohundredfiftieth_evening.jsonl",
        "twohundredfiftyfirst_evening.jsonl",
        "twohundredfiftysecond_evening.jsonl",
        "twohundredfiftythird_evening.jsonl",
        "twohundredfiftyfourth_evening.jsonl",
        "twohundredfiftyfifth_evening.jsonl",
        "twohundredfiftysixth_evening.jsonl",
        "twohundredfiftyseventh_evening.jsonl",
        "twohundredfiftyeighth_evening.jsonl",
        "twohundredfiftyninth_evening.jsonl",
        "twohundredsixtieth_evening.jsonl",
        "twohundredsixtyfirst_evening.jsonl",
        "twohundredsixtysecond_evening.jsonl",
        "twohundredsixtythird_evening.jsonl",
        "twohundredsixtyfourth_evening.jsonl",
        "twohundredsixtyfifth_evening.jsonl",
        "twohundredsixtysixth_evening.jsonl",
        "twohundredsixtyseventh_evening.jsonl",
        "twohundredsixtyeighth_evening.jsonl",
        "twohundredsixtyninth_evening.jsonl",
        "twohundredseventieth_evening.jsonl",
        "twohundredseventyfirst_evening.jsonl",
        "twohundredseventysecond_evening.jsonl",
        "twohundredseventythird_evening.jsonl",
        "twohundredseventyfourth_evening.jsonl",
        "twohundredseventyfifth_evening.jsonl",
        "twohundredseventysixth_evening.jsonl",
        "twohundredseventyseventh_evening.jsonl",
        "twohundredseventyeighth_evening.jsonl",
        "twohundredseventyninth_evening.jsonl",
        "twohundredeightieth_evening.jsonl",
        "twohundredeightyfirst_evening.jsonl",
        "twohundredeightysecond_evening.jsonl",
        "twohundredeightythird_evening.jsonl",
        "twohundredeightyfourth_evening.jsonl",
        "twohundredeightyfifth_evening.jsonl",
        "twohundredeightysixth_evening.jsonl",
        "twohundredeightyseventh_evening.jsonl",
        "twohundredeightyeighth_evening.jsonl",
        "twohundredeightyninth_evening.jsonl",
        "twohundredninetieth_evening.jsonl",
        "twohundredninetyfirst_evening.jsonl",
        "twohundredninetysecond_evening.jsonl",
        "twohundredninetythird_evening.jsonl",
        "twohundredninetyfourth_evening.jsonl",
        "twohundredninetyfifth_evening.jsonl",
        "twohundredninetysixth_evening.jsonl",
        "twohundredninetyseventh_evening.jsonl",
        "twohundredninetyeighth_evening.jsonl",
        "twohundredninetyninth_evening.jsonl",
        "threehundredth_evening.jsonl",
        "threehundredfirst_evening.jsonl",
        "threehundredsecond_evening.jsonl",
        "threehundredthird_evening.jsonl",
        "threehundredfourth_evening.jsonl",
        "threehundredfifth_evening.jsonl",
        "threehundredsixth_evening.jsonl",
        "threehundredseventh_evening.jsonl",
        "threehundredeighth_evening.jsonl",
        "threehundredninth_evening.jsonl",
        "threehundredtenth_evening.jsonl",
        "threehundredeleventh_evening.jsonl",
        "threehundredtwelfth_evening.jsonl",
        "threehundredthirteenth_evening.jsonl",
        "threehundredfourteenth_evening.jsonl",
        "threehundredfifteenth_evening.jsonl",
        "threehundredsixteenth_evening.jsonl",
        "threehundredseventeenth_evening.jsonl",
        "threehundredeighteenth_evening.jsonl",
        "threehundrednineteenth_evening.jsonl",
        "threehundredtwentieth_evening.jsonl",
        "threehundredtwentyfirst_evening.jsonl",
        "threehundredtwentysecond_evening.jsonl",
        "threehundredtwentythird_evening.jsonl",
        "threehundredtwentyfourth_evening.jsonl",
        "threehundredtwentyfifth_evening.jsonl",
        "threehundredtwentysixth_evening.jsonl",
        "threehundredtwentyseventh_evening.jsonl",
        "threehundredtwentyeighth_evening.jsonl",
        "threehundredtwentyninth_evening.jsonl",
        "threehundredthirtieth_evening.jsonl",
        "threehundredthirtyfirst_evening.jsonl",
        "threehundredthirtysecond_evening.jsonl",
        "threehundredthirtythird_evening.jsonl",
        "threehundredthirtyfourth_evening.jsonl",
        "threehundredthirtyfifth_evening.jsonl",
        "threehundredthirtysixth_evening.jsonl",
        "threehundredthirtyseventh_evening.jsonl",
        "threehundredthirtyeighth_evening.jsonl",
        "threehundredthirtyninth_evening.jsonl",
        "threehundredfortieth_evening.jsonl",
        "threehundredfortyfirst_evening.jsonl",
        "threehundredfortysecond_evening.jsonl",
        "threehundredfortythird_evening.jsonl",
        "threehundredfortyfourth_evening.jsonl",
        "threehundredfortyfifth_evening.jsonl",
        "threehundredfortysixth_evening.jsonl",
        "threehundredfortyseventh_evening.jsonl",
        "threehundredfortyeighth_evening.jsonl",
        "threehundredfortyninth_evening.jsonl",
        "threehundredfiftieth_evening.jsonl",
        "threehundredfiftyfirst_evening.jsonl",
        "threehundredfiftysecond_evening.jsonl",
        "threehundredfiftythird_evening.jsonl",
        "threehundredfiftyfourth_evening.jsonl",
        "threehundredfiftyfifth_evening.jsonl",
        "threehundredfiftysixth_evening.jsonl",
        "threehundredfiftyseventh_evening.jsonl",
        "threehundredfiftyeighth_evening.jsonl",
        "threehundredfiftyninth_evening.jsonl",
        "threehundredsixtieth_evening.jsonl",
        "threehundredsixtyfirst_evening.jsonl",
        "threehundredsixtysecond_evening.jsonl",
        "threehundredsixtythird_evening.jsonl",
        "threehundredsixtyfourth_evening.jsonl",
        "threehundredsixtyfifth_evening.jsonl",
        "threehundredsixtysixth_evening.jsonl",
        "threehundredsixtyseventh_evening.jsonl",
        "threehundredsixtyeighth_evening.jsonl",
        "threehundredsixtyninth_evening.jsonl",
        "threehundredseventieth_evening.jsonl",
        "threehundredseventyfirst_evening.jsonl",
        "threehundredseventysecond_evening.jsonl",
        "threehundredseventythird_evening.jsonl",
        "threehundredseventyfourth_evening.jsonl",
        "threehundredseventyfifth_evening.jsonl",
        "threehundredseventysixth_evening.jsonl",
        "threehundredseventyseventh_evening.jsonl",
        "threehundredseventyeighth_evening.jsonl",
        "threehundredseventyninth_evening.jsonl",
        "threehundredeightieth_evening.jsonl",
        "threehundredeightyfirst_evening.jsonl",
        "threehundredeightysecond_evening.jsonl",
        "threehundredeightythird_evening.jsonl",
        "threehundredeightyfourth_evening.jsonl",
        "threehundredeightyfifth_evening.jsonl",
        "threehundredeightysixth_evening.jsonl",
        "threehundredeightyseventh_evening.jsonl",
        "threehundredeightyeighth_evening.jsonl",
        "threehundredeightyninth_evening.jsonl",
        "threehundredninetieth_evening.jsonl",
        "threehundredninetyfirst_evening.jsonl",
        "threehundredninetysecond_evening.jsonl",
        "threehundredninetythird_evening.jsonl",
        "threehundredninetyfourth_evening.jsonl",
        "threehundredninetyfifth_evening.jsonl",
        "threehundredninetysixth_evening.jsonl",
        "threehundredninetyseventh_evening.jsonl",
        "threehundredninetyeighth_evening.jsonl",
        "threehundredninetyninth_evening.jsonl",
        "fourhundredth_evening.jsonl",
        "fourhundredfirst_evening.jsonl",
        "fourhundredsecond_evening.jsonl",
        "fourhundredthird_evening.jsonl",
        "fourhundredfourth_evening.jsonl",
        "fourhundredfifth_evening.jsonl",
        "fourhundredsixth_evening.jsonl",
        "fourhundredseventh_evening.jsonl",
        "fourhundredeighth_evening.jsonl",
        "fourhundredninth_evening.jsonl",
        "fourhundredtenth_evening.jsonl",
        "fourhundredeleventh_evening.jsonl",
        "fourhundredtwelfth_evening.jsonl",
        "fourhundredthirteenth_evening.jsonl",
        "fourhundredfourteenth_evening.jsonl",
        "fourhundredfifteenth_evening.jsonl",
        "fourhundredsixteenth_evening.jsonl",
        "fourhundredseventeenth_evening.jsonl",
        "fourhundredeighteenth_evening.jsonl",
        "fourhundrednineteenth_evening.jsonl",
        "fourhundredtwentieth_evening.jsonl",
        "fourhundredtwentyfirst_evening.jsonl",
        "fourhundredtwentysecond_evening.jsonl",
        "fourhundredtwentythird_evening.jsonl",
        "fourhundredtwentyfourth_evening.jsonl",
        "fourhundredtwentyfifth_evening.jsonl",
        "fourhundredtwentysixth_evening.jsonl",
        "fourhundredtwentyseventh_evening.jsonl",
        "fourhundredtwentyeighth_evening.jsonl",
        "fourhundredtwentyninth_evening.jsonl",
        "fourhundredthirtieth_evening.jsonl",
        "fourhundredthirtyfirst_evening.jsonl",
        "fourhundredthirtysecond_evening.jsonl",
        "fourhundredthirtythird_evening.jsonl",
        "fourhundredthirtyfourth_evening.jsonl",
        "fourhundredthirtyfifth_evening.jsonl",
        "fourhundredthirtysixth_evening.jsonl",
        "fourhundredthirtyseventh_evening.jsonl",
        "fourhundredthirtyeighth_evening.jsonl",
        "fourhundredthirtyninth_evening.jsonl",
        "fourhundredfortieth_evening.jsonl",
        "fourhundredfortyfirst_evening.jsonl",
        "fourhundredfortysecond_evening.jsonl",
        "fourhundredfortythird_evening.jsonl",
        "fourhundredfortyfourth_evening.jsonl",
        "fourhundredfortyfifth_evening.jsonl",
        "fourhundredfortysixth_evening.jsonl",
        "fourhundredfortyseventh_evening.jsonl",
        "fourhundredfortyeighth_evening.jsonl",
        "fourhundredfortyninth_evening.jsonl",
        "fourhundredfiftieth_evening.jsonl",
        "fourhundredfiftyfirst_evening.jsonl",
        "fourhundredfiftysecond_evening.jsonl",
        "fourhundredfiftythird_evening.jsonl",
        "fourhundredfiftyfourth_evening.jsonl",
        "fourhundredfiftyfifth_evening.jsonl",
        "fourhundredfiftysixth_evening.jsonl",
        "fourhundredfiftyseventh_evening.jsonl",
        "fourhundredfiftyeighth_evening.jsonl",
        "fourhundredfiftyninth_evening.jsonl",
        "fourhundredsixtieth_evening.jsonl",
        "fourhundredsixtyfirst_evening.jsonl",
        "fourhundredsixtysecond_evening.jsonl",
        "fourhundredsixtythird_evening.jsonl",
        "fourhundredsixtyfourth_evening.jsonl",
        "fourhundredsixtyfifth_evening.jsonl",
        "fourhundredsixtysixth_evening.jsonl",
        "fourhundredsixtyseventh_evening.jsonl",
        "fourhundredsixtyeighth_evening.jsonl",
        "fourhundredsixtyninth_evening.jsonl",
        "fourhundredseventieth_evening.jsonl",
        "fourhundredseventyfirst_evening.jsonl",
        "fourhundredseventysecond_evening.jsonl",
        "fourhundredseventythird_evening.jsonl",
        "fourhundredseventyfourth_evening.jsonl",
        "fourhundredseventyfifth_evening.jsonl",
        "fourhundredseventysixth_evening.jsonl",
        "fourhundredseventyseventh_evening.jsonl",
        "fourhundredseventyeighth_evening.jsonl",
        "fourhundredseventyninth_evening.jsonl",
        "fourhundredeightieth_evening.jsonl",
        "fourhundredeightyfirst_evening.jsonl",
        "fourhundredeightysecond_evening.jsonl",
        "fourhundredeightythird_evening.jsonl",
        "fourhundredeightyfourth_evening.jsonl",
        "fourhundredeightyfifth_evening.jsonl",
        "fourhundredeightysixth_evening.jsonl",
        "fourhundredeightyseventh_evening.jsonl",
        "fourhundredeightyeighth_evening.jsonl",
        "fourhundredeightyninth_evening.jsonl",
        "fourhundredninetieth_evening.jsonl",
        "fourhundredninetyfirst_evening.jsonl",
        "fourhundredninetysecond_evening.jsonl",
        "fourhundredninetythird_evening.jsonl",
        "fourhundredninetyfourth_evening.jsonl",
        "fourhundredninetyfifth_evening.jsonl",
        "fourhundredninetysixth_evening.jsonl",
        "fourhundredninetyseventh_evening.jsonl",
        "fourhundredninetyeighth_evening.jsonl",
        "fourhundredninetyninth_evening.jsonl",
        "fivehundredth_evening.jsonl",
        "fivehundredfirst_evening.jsonl",
        "fivehundredsecond_evening.jsonl",
        "fivehundredthird_evening.jsonl",
        "fivehundredfourth_evening.jsonl",
        "fivehundredfifth_evening.jsonl",
        "fivehundredsixth_evening.jsonl",
        "fivehundredseventh_evening.jsonl",
        "fivehundredeighth_evening.jsonl",
        "fivehundredninth_evening.jsonl",
        "fivehundredtenth_evening.jsonl",
        "fivehundredeleventh_evening.jsonl",
        "fivehundredtwelfth_evening.jsonl",
        "fivehundredthirteenth_evening.jsonl",
        "fivehundredfourteenth_evening.jsonl",
        "fivehundredfifteenth_evening.jsonl",
        "fivehundredsixteenth_evening.jsonl",
        "fivehundredseventeenth_evening.jsonl",
        "fivehundredeighteenth_evening.jsonl",
        "fivehundrednineteenth_evening.jsonl",
        "fivehundredtwentieth_evening.jsonl",
        "fivehundredtwentyfirst_evening.jsonl",
        "fivehundredtwentysecond_evening.jsonl",
        "fivehundredtwentythird_evening.jsonl",
        "fivehundredtwentyfourth_evening.jsonl",
        "fivehundredtwentyfifth_evening.jsonl",
        "fivehundredtwentysixth_evening.jsonl",
        "fivehundredtwentyseventh_evening.jsonl",
        "fivehundredtwentyeighth_evening.jsonl",
        "fivehundredtwentyninth_evening.jsonl",
        "fivehundredthirtieth_evening.jsonl",
        "fivehundredthirtyfirst_evening.jsonl",
        "fivehundredthirtysecond_evening.jsonl",
        "fivehundredthirtythird_evening.jsonl",
        "fivehundredthirtyfourth_evening.jsonl",
        "fivehundredthirtyfifth_evening.jsonl",
        "fivehundredthirtysixth_evening.jsonl",
        "fivehundredthirtyseventh_evening.jsonl",
        "fivehundredthirtyeighth_evening.jsonl",
        "fivehundredthirtyninth_evening.jsonl",
        "fivehundredfortieth_evening.jsonl",
        "fivehundredfortyfirst_evening.jsonl",
        "fivehundredfortysecond_evening.jsonl",
        "fivehundredfortythird_evening.jsonl",
        "fivehundredfortyfourth_evening.jsonl",
        "fivehundredfortyfifth_evening.jsonl",
        "fivehundredfortysixth_evening.jsonl",
        "fivehundredfortyseventh_evening.jsonl",
        "fivehundredfortyeighth_evening.jsonl",
        "fivehundredfortyninth_evening.jsonl",
        "fivehundredfiftieth_evening.jsonl",
        "fivehundredfiftyfirst_evening.jsonl",
        "fivehundredfiftysecond_evening.jsonl",
        "fivehundredfiftythird_evening.jsonl",
        "fivehundredfiftyfourth_evening.jsonl",
        "fivehundredfiftyfifth_evening.jsonl",
        "fivehundredfiftysixth_evening.jsonl",
        "fivehundredfiftyseventh_evening.jsonl",
        "fivehundredfiftyeighth_evening.jsonl",
        "fivehundredfiftyninth_evening.jsonl",
        "fivehundredsixtieth_evening.jsonl",
        "fivehundredsixtyfirst_evening.jsonl",
        "fivehundredsixtysecond_evening.jsonl",
        "fivehundredsixtythird_evening.jsonl",
        "fivehundredsixtyfourth_evening.jsonl",
        "fivehundredsixtyfifth_evening.jsonl",
        "fivehundredsixtysixth_evening.jsonl",
        "fivehundredsixtyseventh_evening.jsonl",
        "fivehundredsixtyeighth_evening.jsonl",
        "fivehundredsixtyninth_evening.jsonl",
        "fivehundredseventieth_evening.jsonl",
        "fivehundredseventyfirst_evening.jsonl",
        "fivehundredseventysecond_evening.jsonl",
        "fivehundredseventythird_evening.jsonl",
        "fivehundredseventyfourth_evening.jsonl",
        "fivehundredseventyfifth_evening.jsonl",
        "fivehundredseventysixth_evening.jsonl",
        "fivehundredseventyseventh_evening.jsonl",
        "fivehundredseventyeighth_evening.jsonl",
        "fivehundredseventyninth_evening.jsonl",
        "fivehundredeightieth_evening.jsonl",
        "fivehundredeightyfirst_evening.jsonl",
        "fivehundredeightysecond_evening.jsonl",
        "fivehundredeightythird_evening.jsonl",
        "fivehundredeightyfourth_evening.jsonl",
        "fivehundredeightyfifth_evening.jsonl",
        "fivehundredeightysixth_evening.jsonl",
        "fivehundredeightyseventh_evening.jsonl",
        "fivehundredeightyeighth_evening.jsonl",
        "fivehundredeightyninth_evening.jsonl",
        "fivehundredninetieth_evening.jsonl",
        "fivehundredninetyfirst_evening.jsonl",
        "fivehundredninetysecond_evening.jsonl",
        "fivehundredninetythird_evening.jsonl",
        "fivehundredninetyfourth_evening.jsonl",
        "fivehundredninetyfifth_evening.jsonl",
        "fivehundredninetysixth_evening.jsonl",
        "fivehundredninetyseventh_evening.jsonl",
        "fivehundredninetyeighth_evening.jsonl",
        "fivehundredninetyninth_evening.jsonl",
        "sixhundredth_evening.jsonl",
        "sixhundredfirst_evening.jsonl",
        "sixhundredsecond_evening.jsonl",
        "sixhundredthird_evening.jsonl",
        "sixhundredfourth_evening.jsonl",
        "sixhundredfifth_evening.jsonl",
        "sixhundredsixth_evening.jsonl",
        "sixhundredseventh_evening.jsonl",
        "sixhundredeighth_evening.jsonl",
        "sixhundredninth_evening.jsonl",
        "sixhundredtenth_evening.jsonl",
        "sixhundredeleventh_evening.jsonl",
        "sixhundredtwelfth_evening.jsonl",
        "sixhundredthirteenth_evening.jsonl",
        "sixhundredfourteenth_evening.jsonl",
        "sixhundredfifteenth_evening.jsonl",
        "sixhundredsixteenth_evening.jsonl",
        "sixhundredseventeenth_evening.jsonl",
        "sixhundredeighteenth_evening.jsonl",
        "sixhundrednineteenth_evening.jsonl",
        "sixhundredtwentieth_evening.jsonl",
        "sixhundredtwentyfirst_evening.jsonl",
        "sixhundredtwentyfifth_evening.jsonl",
        "sixhundredtwentysixth_evening.jsonl",
        "sixhundredtwentyseventh_evening.jsonl",
        "sixhundredtwentyeighth_evening.jsonl",
        "sixhundredtwentyninth_evening.jsonl",
        "sixhundredthirtieth_evening.jsonl",
        "sixhundredthirtyfirst_evening.jsonl",
        "sixhundredthirtysecond_evening.jsonl",
        "sixhundredthirtythird_evening.jsonl",
        "sixhundredthirtyfourth_evening.jsonl",
        "sixhundredthirtyfifth_evening.jsonl",
        "sixhundredthirtysixth_evening.jsonl",
        "sixhundredthirtyseventh_evening.jsonl",
        "sixhundredthirtyeighth_evening.jsonl",
        "sixhundredthirtyninth_evening.jsonl",
        "sixhundredfortieth_evening.jsonl",
        "sixhundredfortyfirst_evening.jsonl",
        "sixhundredfortysecond_evening.jsonl",
        "sixhundredfortythird_evening.jsonl",
        "sixhundredfortyfourth_evening.jsonl",
        "sixhundredfortyfifth_evening.jsonl",
        "sixhundredfortysixth_evening.jsonl",
        "sixhundredfortyseventh_evening.jsonl",
        "sixhundredfortyeighth_evening.jsonl",
        "sixhundredfortyninth_evening.jsonl",
        "sixhundredfiftieth_evening.jsonl",
        "sixhundredfiftyfirst_evening.jsonl",
        "sixhundredfiftysecond_evening.jsonl",
        "sixhundredfiftythird_evening.jsonl",
        "sixhundredfiftyfourth_evening.jsonl",
        "sixhundredfiftyfifth_evening.jsonl",
        "sixhundredfiftysixth_evening.jsonl",
        "sixhundredfiftyseventh_evening.jsonl",
        "sixhundredfiftyeighth_evening.jsonl",
        "sixhundredfiftyninth_evening.jsonl",
        "sixhundredsixtieth_evening.jsonl",
        "sixhundredsixtyfirst_evening.jsonl",
        "sixhundredsixtysecond_evening.jsonl",
        "sixhundredsixtythird_evening.jsonl",
        "sixhundredsixtyfourth_evening.jsonl",
        "sixhundredsixtyfifth_evening.jsonl",
        "sixhundredsixtysixth_evening.jsonl",
        "sixhundredsixtyseventh_evening.jsonl",
        "sixhundredsixtyeighth_evening.jsonl",
        "sixhundredsixtyninth_evening.jsonl",
        "sixhundredseventieth_evening.jsonl",
        "sixhundredseventyfirst_evening.jsonl",
        "sixhundredseventysecond_evening.jsonl",
        "sixhundredseventythird_evening.jsonl",
        "sixhundredseventyfourth_evening.jsonl",
        "sixhundredseventyfifth_evening.jsonl",
        "sixhundredseventysixth_evening.jsonl",
        "sixhundredseventyseventh_evening.jsonl",
        "sixhundredseventyeighth_evening.jsonl",
        "sixhundredseventyninth_evening.jsonl",
        "sixhundredeightieth_evening.jsonl",
        "sixhundredeightyfirst_evening.jsonl",
        "sixhundredeightysecond_evening.jsonl",
        "sixhundredeightythird_evening.jsonl",
        "sixhundredeightyfourth_evening.jsonl",
        "sixhundredeightyfifth_evening.jsonl",
        "sixhundredeightysixth_evening.jsonl",
        "sixhundredeightyseventh_evening.jsonl",
        "sixhundredeightyeighth_evening.jsonl",
        "sixhundredeightyninth_evening.jsonl",
        "sixhundredninetieth_evening.jsonl",
        "sixhundredninetyfirst_evening.jsonl",
        "sixhundredninetysecond_evening.jsonl",
        "sixhundredninetythird_evening.jsonl",
        "sixhundredninetyfourth_evening.jsonl",
        "sixhundredninetyfifth_evening.jsonl",
        "sixhundredninetysixth_evening.jsonl",
        "sixhundredninetyseventh_evening.jsonl",
        "sixhundredninetyeighth_evening.jsonl",
        "sixhundredninetyninth_evening.jsonl",
        "sevenhundredth_evening.jsonl",
        "sevenhundredfirst_evening.jsonl",
        "sevenhundredsecond_evening.jsonl",
        "sevenhundredthird_evening.jsonl",
        "sevenhundredfourth_evening.jsonl",
        "sevenhundredfifth_evening.jsonl",
        "sevenhundredsixth_evening.jsonl",
        "sevenhundredseventh_evening.jsonl",
        "sevenhundredeighth_evening.jsonl",
        "sevenhundredninth_evening.jsonl",
        "sevenhundredtenth_evening.jsonl",
        "sevenhundredeleventh_evening.jsonl",
        "sevenhundredtwelfth_evening.jsonl",
        "sevenhundredthirteenth_evening.jsonl",
        "sevenhundredfourteenth_evening.jsonl",
        "sevenhundredfifteenth_evening.jsonl",
        "sevenhundredsixteenth_evening.jsonl",
        "sevenhundredseventeenth_evening.jsonl",
        "sevenhundredeighteenth_evening.jsonl",
        "sevenhundrednineteenth_evening.jsonl",
        "sevenhundredtwentieth_evening.jsonl",
        "sevenhundredtwentyfirst_evening.jsonl",
        "sevenhundredtwentysecond_evening.jsonl",
        "sevenhundredtwentythird_evening.jsonl",
        "sevenhundredtwentyfourth_evening.jsonl",
        "sevenhundredtwentyfifth_evening.jsonl",
        "sevenhundredtwentysixth_evening.jsonl",
        "sevenhundredtwentyseventh_evening.jsonl",
        "sevenhundredtwentyeighth_evening.jsonl",
        "sevenhundredtwentyninth_evening.jsonl",
        "sevenhundredthirtieth_evening.jsonl",
        "sevenhundredthirtyfirst_evening.jsonl",
        "sevenhundredthirtysecond_evening.jsonl",
        "sevenhundredthirtythird_evening.jsonl",
        "sevenhundredthirtyfourth_evening.jsonl",
        "sevenhundredthirtyfifth_evening.jsonl",
        "sevenhundredthirtysixth_evening.jsonl",
        "sevenhundredthirtyseventh_evening.jsonl",
        "sevenhundredthirtyeighth_evening.jsonl",
        "sevenhundredthirtyninth_evening.jsonl",
        "sevenhundredfortieth_evening.jsonl",
        "sevenhundredfortyfirst_evening.jsonl",
        "sevenhundredfortysecond_evening.jsonl",
        "sevenhundredfortythird_evening.jsonl",
        "sevenhundredfortyfourth_evening.jsonl",
        "sevenhundredfortyfifth_evening.jsonl",
        "sevenhundredfortysixth_evening.jsonl",
        "sevenhundredfortyseventh_evening.jsonl",
        "sevenhundredfortyeighth_evening.jsonl",
        "sevenhundredfortyninth_evening.jsonl",
        "sevenhundredfiftieth_evening.jsonl",
        "sevenhundredfiftyfirst_evening.jsonl",
        "sevenhundredfiftysecond_evening.jsonl",
        "sevenhundredfiftythird_evening.jsonl",
        "sevenhundredfiftyfourth_evening.jsonl",
        "sevenhundredfiftyfifth_evening.jsonl",
        "sevenhundredfiftysixth_evening.jsonl",
        "sevenhundredfiftyseventh_evening.jsonl",
        "sevenhundredfiftyeighth_evening.jsonl",
        "sevenhundredfiftyninth_evening.jsonl",
        "sevenhundredsixtieth_evening.jsonl",
        "sevenhundredsixtyfirst_evening.jsonl",
        "sevenhundredsixtysecond_evening.jsonl",
        "sevenhundredsixtythird_evening.jsonl",
        "sevenhundredsixtyfourth_evening.jsonl",
        "sevenhundredsixtyfifth_evening.jsonl",
        "sevenhundredsixtysixth_evening.jsonl",
        "sevenhundredsixtyseventh_evening.jsonl",
        "sevenhundredsixtyeighth_evening.jsonl",
        "sevenhundredsixtyninth_evening.jsonl",
        "sevenhundredseventieth_evening.jsonl",
        "sevenhundredseventyfirst_evening.jsonl",
        "sevenhundredseventysecond_evening.jsonl",
        "sevenhundredseventythird_evening.jsonl",
        "sevenhundredseventyfourth_evening.jsonl",
        "sevenhundredseventyfifth_evening.jsonl",
        "sevenhundredseventysixth_evening.jsonl",
        "sevenhundredseventyseventh_evening.jsonl",
        "sevenhundredseventyeighth_evening.jsonl",
        "sevenhundredseventyninth_evening.jsonl",
        "sevenhundredeightieth_evening.jsonl",
        "sevenhundredeightyfirst_evening.jsonl",
        "sevenhundredeightysecond_evening.jsonl",
        "sevenhundredeightythird_evening.jsonl",
        "sevenhundredeightyfourth_evening.jsonl",
        "sevenhundredeightyfifth_evening.jsonl",
        "sevenhundredeightysixth_evening.jsonl",
        "sevenhundredeightyseventh_evening.jsonl",
        "sevenhundredeightyeighth_evening.jsonl",
        "sevenhundredeightyninth_evening.jsonl",
        "sevenhundredninetieth_evening.jsonl",
        "sevenhundredninetyfirst_evening.jsonl",
        "sevenhundredninetysecond_evening.jsonl",
        "sevenhundredninetythird_evening.jsonl",
        "sevenhundredninetyfourth_evening.jsonl",
        "sevenhundredninetyfifth_evening.jsonl",
        "sevenhundredninetysixth_evening.jsonl",
        "sevenhundredninetyseventh_evening.jsonl",
        "sevenhundredninetyeighth_evening.jsonl",
        "sevenhundredninetyninth_evening.jsonl",
        "eighthundredth_evening.jsonl",
        "eighthundredfirst_evening.jsonl",
        "eighthundredsecond_evening.jsonl",
        "eighthundredthird_evening.jsonl",
        "eighthundredfourth_evening.jsonl",
        "eighthundredfifth_evening.jsonl",
        "eighthundredsixth_evening.jsonl",
        "eighthundredseventh_evening.jsonl",
        "eighthundredeighth_evening.jsonl",
        "eighthundredninth_evening.jsonl",
        "eighthundredtenth_evening.jsonl",
        "eighthundredeleventh_evening.jsonl",
        "eighthundredtwelfth_evening.jsonl",
        "eighthundredthirteenth_evening.jsonl",
        "eighthundredfourteenth_evening.jsonl",
        "eighthundredfifteenth_evening.jsonl",
        "eighthundredsixteenth_evening.jsonl",
        "eighthundredseventeenth_evening.jsonl",
        "eighthundredeighteenth_evening.jsonl",
        "eighthundrednineteenth_evening.jsonl",
        "eighthundredtwentieth_evening.jsonl",
        "eighthundredtwentyfirst_evening.jsonl",
        "eighthundredtwentysecond_evening.jsonl",
        "eighthundredtwentythird_evening.jsonl",
        "eighthundredtwentyfourth_evening.jsonl",
        "eighthundredtwentyfifth_evening.jsonl",
        "eighthundredtwentysixth_evening.jsonl",
        "eighthundredtwentyseventh_evening.jsonl",
        "eighthundredtwentyeighth_evening.jsonl",
        "eighthundredtwentyninth_evening.jsonl",
        "eighthundredthirtieth_evening.jsonl",
        "eighthundredthirtyfirst_evening.jsonl",
        "eighthundredthirtysecond_evening.jsonl",
        "eighthundredthirtythird_evening.jsonl",
        "eighthundredthirtyfourth_evening.jsonl",
        "eighthundredthirtyfifth_evening.jsonl",
        "eighthundredthirtysixth_evening.jsonl",
        "eighthundredthirtyseventh_evening.jsonl",
        "eighthundredthirtyeighth_evening.jsonl",
        "eighthundredthirtyninth_evening.jsonl",
        "eighthundredfortieth_evening.jsonl",
        "eighthundredfortyfirst_evening.jsonl",
        "eighthundredfortysecond_evening.jsonl",
        "eighthundredfortythird_evening.jsonl",
        "eighthundredfortyfourth_evening.jsonl",
        "eighthundredfortyfifth_evening.jsonl",
        "eighthundredfortysixth_evening.jsonl",
        "eighthundredfortyseventh_evening.jsonl",
        "eighthundredfortyeighth_evening.jsonl",
        "eighthundredfortyninth_evening.jsonl",
        "eighthundredfiftieth_evening.jsonl",
        "eighthundredfiftyfirst_evening.jsonl",
        "eighthundredfiftysecond_evening.jsonl",
        "eighthundredfiftythird_evening.jsonl",
        "eighthundredfiftyfourth_evening.jsonl",
        "eighthundredfiftyfifth_evening.jsonl",
        "eighthundredfiftysixth_evening.jsonl",
        "eighthundredfiftyseventh_evening.jsonl",
        "eighthundredfiftyeighth_evening.jsonl",
        "eighthundredfiftyninth_evening.jsonl",
        "eighthundredsixtieth_evening.jsonl",
        "eighthundredsixtyfirst_evening.jsonl",
        "eighthundredsixtysecond_evening.jsonl",
        "eighthundredsixtythird_evening.jsonl",
        "eighthundredsixtyfourth_evening.jsonl",
        "eighthundredsixtyfifth_evening.jsonl",
        "eighthundredsixtysixth_evening.jsonl",
        "eighthundredsixtyseventh_evening.jsonl",
        "eighthundredsixtyeighth_evening.jsonl",
        "eighthundredsixtyninth_evening.jsonl",
        "eighthundredseventieth_evening.jsonl",
        "eighthundredseventyfirst_evening.jsonl",
        "eighthundredseventysecond_evening.jsonl",
        "eighthundredseventythird_evening.jsonl",
        "eighthundredseventyfourth_evening.jsonl",
        "eighthundredseventyfifth_evening.jsonl",
        "eighthundredseventysixth_evening.jsonl",
        "eighthundredseventyseventh_evening.jsonl",
        "eighthundredseventyeighth_evening.jsonl",
        "eighthundredseventyninth_evening.jsonl",
        "eighthundredeightieth_evening.jsonl",
        "eighthundredeightyfirst_evening.jsonl",
        "eighthundredeightysecond_evening.jsonl",
        "eighthundredeightythird_evening.jsonl",
        "eighthundredeightyfourth_evening.jsonl",
        "eighthundredeightyfifth_evening.jsonl",
        "eighthundredeightysixth_evening.jsonl",
        "eighthundredeightyseventh_evening.jsonl",
        "eighthundredeightyeighth_evening.jsonl",
        "eighthundredeightyninth_evening.jsonl",
        "eighthundredninetieth_evening.jsonl",
        "eighthundredninetyfirst_evening.jsonl",
        "eighthundredninetysecond_evening.jsonl",
        "eighthundredninetythird_evening.jsonl",
        "eighthundredninetyfourth_evening.jsonl",
        "eighthundredninetyfifth_evening.jsonl",
        "eighthundredninetysixth_evening.jsonl",
        "eighthundredninetyseventh_evening.jsonl",
        "ninehundredth_evening.jsonl",
        "ninehundredfirst_evening.jsonl",
        "ninehundredsecond_evening.jsonl",
        "ninehundredthird_evening.jsonl",
        "ninehundredfourth_evening.jsonl",
        "ninehundredfifth_evening.jsonl",
        "ninehundredsixth_evening.jsonl",
        "ninehundredseventh_evening.jsonl",
        "ninehundredeighth_evening.jsonl",
        "ninehundredninth_evening.jsonl",
        "ninehundredtenth_evening.jsonl",
        "ninehundredeleventh_evening.jsonl",
        "ninehundredtwelfth_evening.jsonl",
        "ninehundredthirteenth_evening.jsonl",
        "ninehundredfourteenth_evening.jsonl",
        "ninehundredfifteenth_evening.jsonl",
        "ninehundredsixteenth_evening.jsonl",
        "ninehundredseventeenth_evening.jsonl",
        "ninehundredeighteenth_evening.jsonl",
        "ninehundrednineteenth_evening.jsonl",
        "ninehundredtwentieth_evening.jsonl",
        "ninehundredtwentyfirst_evening.jsonl",
        "ninehundredtwentysecond_evening.jsonl",
        "ninehundredtwentythird_evening.jsonl",
        "ninehundredtwentyfourth_evening.jsonl",
        "ninehundredtwentyfifth_evening.jsonl",
        "ninehundredtwentysixth_evening.jsonl",
        "ninehundredtwentyseventh_evening.jsonl",
        "ninehundredtwentyeighth_evening.jsonl",
        "ninehundredtwentyninth_evening.jsonl",
        "ninehundredthirtieth_evening.jsonl",
        "ninehundredthirtyfirst_evening.jsonl",
        "ninehundredthirtysecond_evening.jsonl",
        "ninehundredthirtythird_evening.jsonl",
        "ninehundredthirtyfourth_evening.jsonl",
        "ninehundredthirtyfifth_evening.jsonl",
        "ninehundredthirtysixth_evening.jsonl",
        "ninehundredthirtyseventh_evening.jsonl",
        "ninehundredthirtyeighth_evening.jsonl",
        "ninehundredthirtyninth_evening.jsonl",
        "ninehundredfortieth_evening.jsonl",
        "ninehundredfortyfirst_evening.jsonl",
        "ninehundredfortysecond_evening.jsonl",
        "ninehundredfortythird_evening.jsonl",
        "ninehundredfortyfourth_evening.jsonl",
        "ninehundredfortyfifth_evening.jsonl",
        "ninehundredfortysixth_evening.jsonl",
        "ninehundredfortyseventh_evening.jsonl",
        "ninehundredfortyeighth_evening.jsonl",
        "ninehundredfortyninth_evening.jsonl",
        "ninehundredfiftieth_evening.jsonl",
        "ninehundredfiftyfirst_evening.jsonl",
        "ninehundredfiftysecond_evening.jsonl",
        "ninehundredfiftythird_evening.jsonl",
        "ninehundredfiftyfourth_evening.jsonl",
        "ninehundredfiftyfifth_evening.jsonl",
        "ninehundredfiftysixth_evening.jsonl",
        "ninehundredfiftyseventh_evening.jsonl",
        "ninehundredfiftyeighth_evening.jsonl",
        "ninehundredfiftyninth_evening.jsonl",
        "ninehundredsixtieth_evening.jsonl",
        "ninehundredsixtyfirst_evening.jsonl",
        "ninehundredsixtysecond_evening.jsonl",
        "ninehundredsixtythird_evening.jsonl",
        "ninehundredsixtyfourth_evening.jsonl",
        "ninehundredsixtyfifth_evening.jsonl",
        "ninehundredsixtysixth_evening.jsonl",
        "ninehundredsixtyseventh_evening.jsonl",
        "ninehundredsixtyeighth_evening.jsonl",
        "ninehundredsixtyninth_evening.jsonl",
        "ninehundredseventieth_evening.jsonl",
        "ninehundredseventyfirst_evening.jsonl",
        "ninehundredseventysecond_evening.jsonl",
        "ninehundredseventythird_evening.jsonl",
        "ninehundredseventyfourth_evening.jsonl",
        "ninehundredseventyfifth_evening.jsonl",
        "ninehundredseventysixth_evening.jsonl",
        "ninehundredseventyseventh_evening.jsonl",
        "ninehundredseventyeighth_evening.jsonl",
        "ninehundredseventyninth_evening.jsonl",
        "ninehundredeightieth_evening.jsonl",
        "ninehundredeightyfirst_evening.jsonl",
        "ninehundredeightysecond_evening.jsonl",
        "ninehundredeightythird_evening.jsonl",
        "ninehundredeightyfourth_evening.jsonl",
        "ninehundredeightyfifth_evening.jsonl",
        "ninehundredeightysixth_evening.jsonl",
        "ninehundredeightyseventh_evening.jsonl",
        "ninehundredeightyeighth_evening.jsonl",
        "ninehundredeightyninth_evening.jsonl",
        "ninehundredninetieth_evening.jsonl",
        "ninehundredninetyfirst_evening.jsonl",
        "ninehundredninetysecond_evening.jsonl",
        "ninehundredninetythird_evening.jsonl",
        "ninehundredninetyfourth_evening.jsonl",
        "ninehundredninetyfifth_evening.jsonl",
        "ninehundredninetysixth_evening.jsonl",
        "ninehundredninetyseventh_evening.jsonl",
        "ninehundredninetyeighth_evening.jsonl",
        "ninehundredninetyninth_evening.jsonl",
        "onethousandth_evening.jsonl",
        "onethousandfirst_evening.jsonl",
        "onethousandsecond_evening.jsonl",
        "onethousandthird_evening.jsonl",
        "onethousandfourth_evening.jsonl",
        "onethousandfifth_evening.jsonl",
        "onethousandsixth_evening.jsonl",
        "onethousandseventh_evening.jsonl",
        "onethousandeighth_evening.jsonl",
        "onethousandninth_evening.jsonl",
        "onethousandtenth_evening.jsonl",
        "onethousandeleventh_evening.jsonl",
        "onethousandtwelfth_evening.jsonl",
        "onethousandthirteenth_evening.jsonl",
        "onethousandfourteenth_evening.jsonl",
        "onethousandfifteenth_evening.jsonl",
        "onethousandsixteenth_evening.jsonl",
        "onethousandseventeenth_evening.jsonl",
        "onethousandeighteenth_evening.jsonl",
        "onethousandnineteenth_evening.jsonl",
        "onethousandtwentieth_evening.jsonl",
        "onethousandtwentyfirst_evening.jsonl",
        "onethousandtwentysecond_evening.jsonl",
        "onethousandtwentythird_evening.jsonl",
        "onethousandtwentyfourth_evening.jsonl",
        "onethousandtwentyfifth_evening.jsonl",
        "onethousandtwentysixth_evening.jsonl",
        "onethousandtwentyseventh_evening.jsonl",
        "onethousandtwentyeighth_evening.jsonl",
        "onethousandtwentyninth_evening.jsonl",
        "onethousandthirtieth_evening.jsonl",
        "onethousandthirtyfirst_evening.jsonl",
        "onethousandthirtysecond_evening.jsonl",
        "onethousandthirtythird_evening.jsonl",
        "onethousandthirtyfourth_evening.jsonl",
        "onethousandthirtyfifth_evening.jsonl",
        "onethousandthirtysixth_evening.jsonl",
        "onethousandthirtyseventh_evening.jsonl",
        "onethousandthirtyeighth_evening.jsonl",
        "onethousandthirtyninth_evening.jsonl",
        "onethousandfortieth_evening.jsonl",
        "onethousandfortyfirst_evening.jsonl",
        "onethousandfortysecond_evening.jsonl",
        "onethousandfortythird_evening.jsonl",
        "onethousandfortyfourth_evening.jsonl",
        "onethousandfortyfifth_evening.jsonl",
        "onethousandfortysixth_evening.jsonl",
        "onethousandfortyseventh_evening.jsonl",
        "onethousandfortyeighth_evening.jsonl",
        "onethousandfortyninth_evening.jsonl",
        "onethousandfiftieth_evening.jsonl",
        "onethousandfiftyfirst_evening.jsonl",
        "onethousandfiftysecond_evening.jsonl",
        "onethousandfiftythird_evening.jsonl",
        "onethousandfiftyfourth_evening.jsonl",
        "onethousandfiftyfifth_evening.jsonl",
        "onethousandfiftysixth_evening.jsonl",
        "onethousandfiftyseventh_evening.jsonl",
        "onethousandfiftyeighth_evening.jsonl",
        "onethousandfiftyninth_evening.jsonl",
        "onethousandsixtieth_evening.jsonl",
        "onethousandsixtyfirst_evening.jsonl",
        "onethousandsixtysecond_evening.jsonl",
        "onethousandsixtythird_evening.jsonl",
        "onethousandsixtyfourth_evening.jsonl",
        "onethousandsixtyfifth_evening.jsonl",
        "onethousandsixtysixth_evening.jsonl",
        "onethousandsixtyseventh_evening.jsonl",
        "onethousandsixtyeighth_evening.jsonl",
        "onethousandsixtyninth_evening.jsonl",
        "onethousandseventieth_evening.jsonl",
        "onethousandseventyfirst_evening.jsonl",
        "onethousandseventysecond_evening.jsonl",
        "onethousandseventythird_evening.jsonl",
        "onethousandseventyfourth_evening.jsonl",
        "onethousandseventyfifth_evening.jsonl",
        "onethousandseventysixth_evening.jsonl",
        "onethousandseventyseventh_evening.jsonl",
        "onethousandseventyeighth_evening.jsonl",
        "onethousandseventyninth_evening.jsonl",
        "onethousandeightieth_evening.jsonl",
        "onethousandeightyfirst_evening.jsonl",
        "onethousandeightysecond_evening.jsonl",
        "onethousandeightythird_evening.jsonl",
        "onethousandeightyfourth_evening.jsonl",
        "onethousandeightyfifth_evening.jsonl",
        "onethousandeightysixth_evening.jsonl",
        "onethousandeightyseventh_evening.jsonl",
        "onethousandeightyeighth_evening.jsonl",
        "onethousandeightyninth_evening.jsonl",
        "onethousandninetieth_evening.jsonl",
        "onethousandninetyfirst_evening.jsonl",
        "onethousandninetysecond_evening.jsonl",
        "onethousandninetythird_evening.jsonl",
        "onethousandninetyfourth_evening.jsonl",
        "onethousandninetyfifth_evening.jsonl",
        "onethousandninetysixth_evening.jsonl",
        "onethousandninetyseventh_evening.jsonl",
        "onethousandninetyeighth_evening.jsonl",
        "onethousandninetyninth_evening.jsonl",
        "onethousandhundredth_evening.jsonl",
        "onethousandhundredfirst_evening.jsonl",
        "onethousandhundredsecond_evening.jsonl",
        "onethousandhundredthird_evening.jsonl",
        "onethousandhundredfourth_evening.jsonl",
        "onethousandhundredfifth_evening.jsonl",
        "onethousandhundredsixth_evening.jsonl",
        "onethousandhundredseventh_evening.jsonl",
        "onethousandhundredeighth_evening.jsonl",
        "onethousandhundredninth_evening.jsonl",
        "onethousandhundredtenth_evening.jsonl",
        "onethousandhundredeleventh_evening.jsonl",
        "onethousandhundredtwelfth_evening.jsonl",
        "onethousandhundredthirteenth_evening.jsonl",
        "onethousandhundredfourteenth_evening.jsonl",
        "onethousandhundredfifteenth_evening.jsonl",
        "onethousandhundredsixteenth_evening.jsonl",
        "onethousandhundredseventeenth_evening.jsonl",
        "onethousandhundredeighteenth_evening.jsonl",
        "onethousandhundrednineteenth_evening.jsonl",
        "onethousandhundredtwentieth_evening.jsonl",
        "onethousandhundredtwentyfirst_evening.jsonl",
        "onethousandhundredtwentysecond_evening.jsonl",
        "onethousandhundredtwentythird_evening.jsonl",
        "onethousandhundredtwentyfourth_evening.jsonl",
        "onethousandhundredtwentyfifth_evening.jsonl",
        "onethousandhundredtwentysixth_evening.jsonl",
        "onethousandhundredtwentyseventh_evening.jsonl",
        "onethousandhundredtwentyeighth_evening.jsonl",
        "onethousandhundredtwentyninth_evening.jsonl",
        "onethousandhundredthirtieth_evening.jsonl",
        "onethousandhundredthirtyfirst_evening.jsonl",
        "onethousandhundredthirtysecond_evening.jsonl",
        "onethousandhundredthirtythird_evening.jsonl",
        "onethousandhundredthirtyfourth_evening.jsonl",
        "onethousandhundredthirtyfifth_evening.jsonl",
        "onethousandhundredthirtysixth_evening.jsonl",
        "onethousandhundredthirtyseventh_evening.jsonl",
        "onethousandhundredthirtyeighth_evening.jsonl",
        "onethousandhundredthirtyninth_evening.jsonl",
        "onethousandhundredfortieth_evening.jsonl",
        "onethousandhundredfortyfirst_evening.jsonl",
        "onethousandhundredfortysecond_evening.jsonl",
        "onethousandhundredfortythird_evening.jsonl",
        "onethousandhundredfortyfourth_evening.jsonl",
        "onethousandhundredfortyfifth_evening.jsonl",
        "onethousandhundredfortysixth_evening.jsonl",
        "onethousandhundredfortyseventh_evening.jsonl",
        "onethousandhundredfortyeighth_evening.jsonl",
        "onethousandhundredfortyninth_evening.jsonl",
        "onethousandhundredfiftieth_evening.jsonl",
        "onethousandhundredfiftyfirst_evening.jsonl",
        "onethousandhundredfiftysecond_evening.jsonl",
        "onethousandhundredfiftythird_evening.jsonl",
        "onethousandhundredfiftyfourth_evening.jsonl",
        "onethousandhundredfiftyfifth_evening.jsonl",
        "onethousandhundredfiftysixth_evening.jsonl",
        "onethousandhundredfiftyseventh_evening.jsonl",
        "onethousandhundredfiftyeighth_evening.jsonl",
        "onethousandhundredfiftyninth_evening.jsonl",
        "onethousandhundredsixtieth_evening.jsonl",
        "onethousandhundredsixtyfirst_evening.jsonl",
        "onethousandhundredsixtysecond_evening.jsonl",
        "onethousandhundredsixtythird_evening.jsonl",
        "onethousandhundredsixtyfourth_evening.jsonl",
        "onethousandhundredsixtyfifth_evening.jsonl",
        "onethousandhundredsixtysixth_evening.jsonl",
        "onethousandhundredsixtyseventh_evening.jsonl",
        "onethousandhundredsixtyeighth_evening.jsonl",
        "onethousandhundredsixtyninth_evening.jsonl",
        "onethousandhundredseventieth_evening.jsonl",
        "onethousandhundredseventyfirst_evening.jsonl",
        "onethousandhundredseventysecond_evening.jsonl",
        "onethousandhundredseventythird_evening.jsonl",
        "onethousandhundredseventyfourth_evening.jsonl",
        "onethousandhundredseventyfifth_evening.jsonl",
        "onethousandhundredseventysixth_evening.jsonl",
        "onethousandhundredseventyseventh_evening.jsonl",
        "onethousandhundredseventyeighth_evening.jsonl",
        "onethousandhundredseventyninth_evening.jsonl",
        "onethousandhundredeightieth_evening.jsonl",
        "onethousandhundredeightyfirst_evening.jsonl",
        "onethousandhundredeightysecond_evening.jsonl",
        "onethousandhundredeightythird_evening.jsonl",
        "onethousandhundredeightyfourth_evening.jsonl",
        "onethousandhundredeightyfifth_evening.jsonl",
        "onethousandhundredeightysixth_evening.jsonl",
        "onethousandhundredeightyseventh_evening.jsonl",
        "onethousandhundredeightyeighth_evening.jsonl",
        "onethousandhundredeightyninth_evening.jsonl",
        "onethousandhundredninetieth_evening.jsonl",
        "onethousandhundredninetyfirst_evening.jsonl",
        "onethousandhundredninetysecond_evening.jsonl",
        "onethousandhundredninetythird_evening.jsonl",
        "onethousandhundredninetyfourth_evening.jsonl",
        "onethousandhundredninetyfifth_evening.jsonl",
        "onethousandhundredninetysixth_evening.jsonl",
        "onethousandhundredninetyseventh_evening.jsonl",
        "onethousandhundredninetyeighth_evening.jsonl",
        "onethousandhundredninetyninth_evening.jsonl",
        "onethousandtwohundredth_evening.jsonl",
        "onethousandtwohundredfirst_evening.jsonl",
        "onethousandtwohundredsecond_evening.jsonl",
        "onethousandtwohundredthird_evening.jsonl",
        "onethousandtwohundredfourth_evening.jsonl",
        "onethousandtwohundredfifth_evening.jsonl",
        "onethousandtwohundredsixth_evening.jsonl",
        "onethousandtwohundredseventh_evening.jsonl",
        "onethousandtwohundredeighth_evening.jsonl",
        "onethousandtwohundredninth_evening.jsonl",
        "onethousandtwohundredtenth_evening.jsonl",
        "onethousandtwohundredeleventh_evening.jsonl",
        "onethousandtwohundredtwelfth_evening.jsonl",
        "onethousandtwohundredthirteenth_evening.jsonl",
        "onethousandtwohundredfourteenth_evening.jsonl",
        "onethousandtwohundredfifteenth_evening.jsonl",
        "onethousandtwohundredsixteenth_evening.jsonl",
        "onethousandtwohundredseventeenth_evening.jsonl",
        "onethousandtwohundredeighteenth_evening.jsonl",
        "onethousandtwohundrednineteenth_evening.jsonl",
        "onethousandtwohundredtwentieth_evening.jsonl",
        "onethousandtwohundredtwentyfirst_evening.jsonl",
        "onethousandtwohundredtwentysecond_evening.jsonl",
        "onethousandtwohundredtwentythird_evening.jsonl",
        "onethousandtwohundredtwentyfourth_evening.jsonl",
        "onethousandtwohundredtwentyfifth_evening.jsonl",
        "onethousandtwohundredtwentysixth_evening.jsonl",
        "onethousandtwohundredtwentyseventh_evening.jsonl",
        "onethousandtwohundredtwentyeighth_evening.jsonl",
        "onethousandtwohundredtwentyninth_evening.jsonl",
        "onethousandtwohundredthirtieth_evening.jsonl",
        "onethousandtwohundredthirtyfirst_evening.jsonl",
        "onethousandtwohundredthirtysecond_evening.jsonl",
        "onethousandtwohundredthirtythird_evening.jsonl",
        "onethousandtwohundredthirtyfourth_evening.jsonl",
        "onethousandtwohundredthirtyfifth_evening.jsonl",
        "onethousandtwohundredthirtysixth_evening.jsonl",
        "onethousandtwohundredthirtyseventh_evening.jsonl",
        "onethousandtwohundredthirtyeighth_evening.jsonl",
        "onethousandtwohundredthirtyninth_evening.jsonl",
        "onethousandtwohundredfortieth_evening.jsonl",
        "onethousandtwohundredfortyfirst_evening.jsonl",
        "onethousandtwohundredfortysecond_evening.jsonl",
        "onethousandtwohundredfortythird_evening.jsonl",
        "onethousandtwohundredfortyfourth_evening.jsonl",
        "onethousandtwohundredfortyfifth_evening.jsonl",
        "onethousandtwohundredfortysixth_evening.jsonl",
        "onethousandtwohundredfortyseventh_evening.jsonl",
        "onethousandtwohundredfortyeighth_evening.jsonl",
        "onethousandtwohundredfortyninth_evening.jsonl",
        "onethousandtwohundredfiftieth_evening.jsonl",
        "onethousandtwohundredfiftyfirst_evening.jsonl",
        "onethousandtwohundredfiftysecond_evening.jsonl",
        "onethousandtwohundredfiftythird_evening.jsonl",
        "onethousandtwohundredfiftyfourth_evening.jsonl",
        "onethousandtwohundredfiftyfifth_evening.jsonl",
        "onethousandtwohundredfiftysixth_evening.jsonl",
        "onethousandtwohundredfiftyseventh_evening.jsonl",
        "onethousandtwohundredfiftyeighth_evening.jsonl",
        "onethousandtwohundredfiftyninth_evening.jsonl",
        "onethousandtwohundredsixtieth_evening.jsonl",
        "onethousandtwohundredsixtyfirst_evening.jsonl",
        "onethousandtwohundredsixtysecond_evening.jsonl",
        "onethousandtwohundredsixtythird_evening.jsonl",
        "onethousandtwohundredsixtyfourth_evening.jsonl",
        "onethousandtwohundredsixtyfifth_evening.jsonl",
        "onethousandtwohundredsixtysixth_evening.jsonl",
        "onethousandtwohundredsixtyseventh_evening.jsonl",
        "onethousandtwohundredsixtyeighth_evening.jsonl",
        "onethousandtwohundredsixtyninth_evening.jsonl",
        "onethousandtwohundredseventieth_evening.jsonl",
        "onethousandtwohundredseventyfirst_evening.jsonl",
        "onethousandtwohundredseventysecond_evening.jsonl",
        "onethousandtwohundredseventythird_evening.jsonl",
        "onethousandtwohundredseventyfourth_evening.jsonl",
        "onethousandtwohundredseventyfifth_evening.jsonl",
        "onethousandtwohundredseventysixth_evening.jsonl",
        "onethousandtwohundredseventyseventh_evening.jsonl",
        "onethousandtwohundredseventyeighth_evening.jsonl",
        "onethousandtwohundredseventyninth_evening.jsonl",
        "onethousandtwohundredeightieth_evening.jsonl",
        "onethousandtwohundredeightyfirst_evening.jsonl",
        "onethousandtwohundredeightysecond_evening.jsonl",
        "onethousandtwohundredeightythird_evening.jsonl",
        "onethousandtwohundredeightyfourth_evening.jsonl",
        "onethousandtwohundredeightyfifth_evening.jsonl",
        "onethousandtwohundredeightysixth_evening.jsonl",
        "onethousandtwohundredeightyseventh_evening.jsonl",
        "onethousandtwohundredeightyeighth_evening.jsonl",
        "onethousandtwohundredeightyninth_evening.jsonl",
        "onethousandtwohundredninetieth_evening.jsonl",
        "onethousandtwohundredninetyfirst_evening.jsonl",
        "onethousandtwohundredninetysecond_evening.jsonl",
        "onethousandtwohundredninetythird_evening.jsonl",
        "onethousandtwohundredninetyfourth_evening.jsonl",
        "onethousandtwohundredninetyfifth_evening.jsonl",
        "onethousandtwohundredninetysixth_evening.jsonl",
        "onethousandtwohundredninetyseventh_evening.jsonl",
        "onethousandtwohundredninetyeighth_evening.jsonl",
        "onethousandtwohundredninetyninth_evening.jsonl",
        "onethousandthreehundredth_evening.jsonl",
        "onethousandthreehundredfirst_evening.jsonl",
        "onethousandthreehundredsecond_evening.jsonl",
        "onethousandthreehundredthird_evening.jsonl",
        "onethousandthreehundredfourth_evening.jsonl",
        "onethousandthreehundredfifth_evening.jsonl",
        "onethousandthreehundredsixth_evening.jsonl",
        "onethousandthreehundredseventh_evening.jsonl",
        "onethousandthreehundredeighth_evening.jsonl",
        "onethousandthreehundredninth_evening.jsonl",
        "onethousandthreehundredtenth_evening.jsonl",
        "onethousandthreehundredeleventh_evening.jsonl",
        "onethousandthreehundredtwelfth_evening.jsonl",
        "onethousandthreehundredthirteenth_evening.jsonl",
        "onethousandthreehundredfourteenth_evening.jsonl",
        "onethousandthreehundredfifteenth_evening.jsonl",
        "onethousandthreehundredsixteenth_evening.jsonl",
        "onethousandthreehundredseventeenth_evening.jsonl",
        "onethousandthreehundredeighteenth_evening.jsonl",
        "onethousandthreehundrednineteenth_evening.jsonl",
        "onethousandthreehundredtwentieth_evening.jsonl",
        "onethousandthreehundredtwentyfirst_evening.jsonl",
        "onethousandthreehundredtwentysecond_evening.jsonl",
        "onethousandthreehundredtwentythird_evening.jsonl",
        "onethousandthreehundredtwentyfourth_evening.jsonl",
        "onethousandthreehundredtwentyfifth_evening.jsonl",
        "onethousandthreehundredtwentysixth_evening.jsonl",
        "onethousandthreehundredtwentyseventh_evening.jsonl",
        "onethousandthreehundredtwentyeighth_evening.jsonl",
        "onethousandthreehundredtwentyninth_evening.jsonl",
        "onethousandthreehundredthirtieth_evening.jsonl",
        "onethousandthreehundredthirtyfirst_evening.jsonl",
        "onethousandthreehundredthirtysecond_evening.jsonl",
        "onethousandthreehundredthirtythird_evening.jsonl",
        "onethousandthreehundredthirtyfourth_evening.jsonl",
        "onethousandthreehundredthirtyfifth_evening.jsonl",
        "onethousandthreehundredthirtysixth_evening.jsonl",
        "onethousandthreehundredthirtyseventh_evening.jsonl",
        "onethousandthreehundredthirtyeighth_evening.jsonl",
        "onethousandthreehundredthirtyninth_evening.jsonl",
        "onethousandthreehundredfortieth_evening.jsonl",
        "onethousandthreehundredfortyfirst_evening.jsonl",
        "onethousandthreehundredfortysecond_evening.jsonl",
        "onethousandthreehundredfortythird_evening.jsonl",
        "onethousandthreehundredfortyfourth_evening.jsonl",
        "onethousandthreehundredfortyfifth_evening.jsonl",
        "onethousandthreehundredfortysixth_evening.jsonl",
        "onethousandthreehundredfortyseventh_evening.jsonl",
        "onethousandthreehundredfortyeighth_evening.jsonl",
        "onethousandthreehundredfortyninth_evening.jsonl",
        "onethousandthreehundredfiftieth_evening.jsonl",
        "onethousandthreehundredfiftyfirst_evening.jsonl",
        "onethousandthreehundredfiftysecond_evening.jsonl",
        "onethousandthreehundredfiftythird_evening.jsonl",
        "onethousandthreehundredfiftyfourth_evening.jsonl",
        "onethousandthreehundredfiftyfifth_evening.jsonl",
        "onethousandthreehundredfiftysixth_evening.jsonl",
        "onethousandthreehundredfiftyseventh_evening.jsonl",
        "onethousandthreehundredfiftyeighth_evening.jsonl",
        "onethousandthreehundredfiftyninth_evening.jsonl",
        "onethousandthreehundredsixtieth_evening.jsonl",
        "onethousandthreehundredsixtyfirst_evening.jsonl",
        "onethousandthreehundredsixtysecond_evening.jsonl",
        "onethousandthreehundredsixtythird_evening.jsonl",
        "onethousandthreehundredsixtyfourth_evening.jsonl",
        "onethousandthreehundredsixtyfifth_evening.jsonl",
        "onethousandthreehundredsixtysixth_evening.jsonl",
        "onethousandthreehundredsixtyseventh_evening.jsonl",
        "onethousandthreehundredsixtyeighth_evening.jsonl",
        "onethousandthreehundredsixtyninth_evening.jsonl",
        "onethousandthreehundredseventieth_evening.jsonl",
        "onethousandthreehundredseventyfirst_evening.jsonl",
        "onethousandthreehundredseventysecond_evening.jsonl",
        "onethousandthreehundredseventythird_evening.jsonl",
        "onethousandthreehundredseventyfourth_evening.jsonl",
        "onethousandthreehundredseventyfifth_evening.jsonl",
        "onethousandthreehundredseventysixth_evening.jsonl",
        "onethousandthreehundredseventyseventh_evening.jsonl",
        "onethousandthreehundredseventyeighth_evening.jsonl",
        "onethousandthreehundredseventyninth_evening.jsonl",
        "onethousandthreehundredeightieth_evening.jsonl",
        "onethousandthreehundredeightyfirst_evening.jsonl",
        "onethousandthreehundredeightysecond_evening.jsonl",
        "onethousandthreehundredeightythird_evening.jsonl",
        "onethousandthreehundredeightyfourth_evening.jsonl",
        "onethousandthreehundredeightyfifth_evening.jsonl",
        "onethousandthreehundredeightysixth_evening.jsonl",
        "onethousandthreehundredeightyseventh_evening.jsonl",
        "onethousandthreehundredeightyeighth_evening.jsonl",
        "onethousandthreehundredeightyninth_evening.jsonl",
        "onethousandthreehundredninetieth_evening.jsonl",
        "onethousandthreehundredninetyfirst_evening.jsonl",
        "onethousandthreehundredninetysecond_evening.jsonl",
        "onethousandthreehundredninetythird_evening.jsonl",
        "onethousandthreehundredninetyfourth_evening.jsonl",
        "onethousandthreehundredninetyfifth_evening.jsonl",
        "onethousandthreehundredninetysixth_evening.jsonl",
        "onethousandthreehundredninetyseventh_evening.jsonl",
        "onethousandthreehundredninetyeighth_evening.jsonl",
        "onethousandthreehundredninetyninth_evening.jsonl",
        "onethousandfourhundredth_evening.jsonl",
        "onethousandfourhundredfirst_evening.jsonl",
        "onethousandfourhundredsecond_evening.jsonl",
        "onethousandfourhundredthird_evening.jsonl",
        "onethousandfourhundredfourth_evening.jsonl",
        "onethousandfourhundredfifth_evening.jsonl",
        "onethousandfourhundredsixth_evening.jsonl",
        "onethousandfourhundredseventh_evening.jsonl",
        "onethousandfourhundredeighth_evening.jsonl",
        "onethousandfourhundredninth_evening.jsonl",
        "onethousandfourhundredtenth_evening.jsonl",
        "onethousandfourhundredeleventh_evening.jsonl",
        "onethousandfourhundredtwelfth_evening.jsonl",
        "onethousandfourhundredthirteenth_evening.jsonl",
        "onethousandfourhundredfourteenth_evening.jsonl",
        "onethousandfourhundredfifteenth_evening.jsonl",
        "onethousandfourhundredsixteenth_evening.jsonl",
        "onethousandfourhundredseventeenth_evening.jsonl",
        "onethousandfourhundredeighteenth_evening.jsonl",
        "onethousandfourhundrednineteenth_evening.jsonl",
        "onethousandfourhundredtwentieth_evening.jsonl",
        "onethousandfourhundredtwentyfirst_evening.jsonl",
        "onethousandfourhundredtwentysecond_evening.jsonl",
        "onethousandfourhundredtwentythird_evening.jsonl",
        "onethousandfourhundredtwentyfourth_evening.jsonl",
        "onethousandfourhundredtwentyfifth_evening.jsonl",
        "onethousandfourhundredtwentysixth_evening.jsonl",
        "onethousandfourhundredtwentyseventh_evening.jsonl",
        "onethousandfourhundredtwentyeighth_evening.jsonl",
        "onethousandfourhundredtwentyninth_evening.jsonl",
        "onethousandfourhundredthirtieth_evening.jsonl",
        "onethousandfourhundredthirtyfirst_evening.jsonl",
        "onethousandfourhundredthirtysecond_evening.jsonl",
        "onethousandfourhundredthirtythird_evening.jsonl",
        "onethousandfourhundredthirtyfourth_evening.jsonl",
        "onethousandfourhundredthirtyfifth_evening.jsonl",
        "onethousandfourhundredthirtysixth_evening.jsonl",
        "onethousandfourhundredthirtyseventh_evening.jsonl",
        "onethousandfourhundredthirtyeighth_evening.jsonl",
        "onethousandfourhundredthirtyninth_evening.jsonl",
        "onethousandfourhundredfortieth_evening.jsonl",
        "onethousandfourhundredfortyfirst_evening.jsonl",
        "onethousandfourhundredfortysecond_evening.jsonl",
        "onethousandfourhundredfortythird_evening.jsonl",
        "onethousandfourhundredfortyfourth_evening.jsonl",
        "onethousandfourhundredfortyfifth_evening.jsonl",
        "onethousandfourhundredfortysixth_evening.jsonl",
        "onethousandfourhundredfortyseventh_evening.jsonl",
        "onethousandfourhundredfortyeighth_evening.jsonl",
        "onethousandfourhundredfortyninth_evening.jsonl",
        "onethousandfourhundredfiftieth_evening.jsonl",
        "onethousandfourhundredfiftyfirst_evening.jsonl",
        "onethousandfourhundredfiftysecond_evening.jsonl",
        "onethousandfourhundredfiftythird_evening.jsonl",
        "onethousandfourhundredfiftyfourth_evening.jsonl",
        "onethousandfourhundredfiftyfifth_evening.jsonl",
        "onethousandfourhundredfiftysixth_evening.jsonl",
        "onethousandfourhundredfiftyseventh_evening.jsonl",
        "onethousandfourhundredfiftyeighth_evening.jsonl",
        "onethousandfourhundredfiftyninth_evening.jsonl",
        "onethousandfourhundredsixtieth_evening.jsonl",
        "onethousandfourhundredsixtyfirst_evening.jsonl",
        "onethousandfourhundredsixtysecond_evening.jsonl",
        "onethousandfourhundredsixtythird_evening.jsonl",
        "onethousandfourhundredsixtyfourth_evening.jsonl",
        "onethousandfourhundredsixtyfifth_evening.jsonl",
        "onethousandfourhundredsixtysixth_evening.jsonl",
        "onethousandfourhundredsixtyseventh_evening.jsonl",
        "onethousandfourhundredsixtyeighth_evening.jsonl",
        "onethousandfourhundredsixtyninth_evening.jsonl",
        "onethousandfourhundredseventieth_evening.jsonl",
        "onethousandfourhundredseventyfirst_evening.jsonl",
        "onethousandfourhundredseventysecond_evening.jsonl",
        "onethousandfourhundredseventythird_evening.jsonl",
        "onethousandfourhundredseventyfourth_evening.jsonl",
        "onethousandfourhundredseventyfifth_evening.jsonl",
        "onethousandfourhundredseventysixth_evening.jsonl",
        "onethousandfourhundredseventyseventh_evening.jsonl",
        "onethousandfourhundredseventyeighth_evening.jsonl",
        "onethousandfourhundredseventyninth_evening.jsonl",
        "onethousandfourhundredeightieth_evening.jsonl",
        "onethousandfourhundredeightyfirst_evening.jsonl",
        "onethousandfourhundredeightysecond_evening.jsonl",
        "onethousandfourhundredeightythird_evening.jsonl",
        "onethousandfourhundredeightyfourth_evening.jsonl",
        "onethousandfourhundredeightyfifth_evening.jsonl",
        "onethousandfourhundredeightysixth_evening.jsonl",
        "onethousandfourhundredeightyseventh_evening.jsonl",
        "onethousandfourhundredeightyeighth_evening.jsonl",
        "onethousandfourhundredeightyninth_evening.jsonl",
        "onethousandfourhundredninetieth_evening.jsonl",
        "onethousandfourhundredninetyfirst_evening.jsonl",
        "onethousandfourhundredninetysecond_evening.jsonl",
        "onethousandfourhundredninetythird_evening.jsonl",
        "onethousandfourhundredninetyfourth_evening.jsonl",
        "onethousandfourhundredninetyfifth_evening.jsonl",
        "onethousandfourhundredninetysixth_evening.jsonl",
        "onethousandfourhundredninetyseventh_evening.jsonl",
        "onethousandfourhundredninetyeighth_evening.jsonl",
        "onethousandfourhundredninetyninth_evening.jsonl",
        "onethousandfivehundredth_evening.jsonl",
        "onethousandfivehundredfirst_evening.jsonl",
        "onethousandfivehundredsecond_evening.jsonl",
        "onethousandfivehundredthird_evening.jsonl",
        "onethousandfivehundredfourth_evening.jsonl",
        "onethousandfivehundredfifth_evening.jsonl",
        "onethousandfivehundredsixth_evening.jsonl",
        "onethousandfivehundredseventh_evening.jsonl",
        "onethousandfivehundredeighth_evening.jsonl",
        "onethousandfivehundredninth_evening.jsonl",
        "onethousandfivehundredtenth_evening.jsonl",
        "onethousandfivehundredeleventh_evening.jsonl",
        "onethousandfivehundredtwelfth_evening.jsonl",
        "onethousandfivehundredthirteenth_evening.jsonl",
        "onethousandfivehundredfourteenth_evening.jsonl",
        "onethousandfivehundredfifteenth_evening.jsonl",
        "onethousandfivehundredsixteenth_evening.jsonl",
        "onethousandfivehundredseventeenth_evening.jsonl",
        "onethousandfivehundredeighteenth_evening.jsonl",
        "onethousandfivehundrednineteenth_evening.jsonl",
        "onethousandfivehundredtwentieth_evening.jsonl",
        "onethousandfivehundredtwentyfirst_evening.jsonl",
        "onethousandfivehundredtwentysecond_evening.jsonl",
        "onethousandfivehundredtwentythird_evening.jsonl",
        "onethousandfivehundredtwentyfourth_evening.jsonl",
        "onethousandfivehundredtwentyfifth_evening.jsonl",
        "onethousandfivehundredtwentysixth_evening.jsonl",
        "onethousandfivehundredtwentyseventh_evening.jsonl",
        "onethousandfivehundredtwentyeighth_evening.jsonl",
        "onethousandfivehundredtwentyninth_evening.jsonl",
        "onethousandfivehundredthirtieth_evening.jsonl",
        "onethousandfivehundredthirtyfirst_evening.jsonl",
        "onethousandfivehundredthirtysecond_evening.jsonl",
        "onethousandfivehundredthirtythird_evening.jsonl",
        "onethousandfivehundredthirtyfourth_evening.jsonl",
        "onethousandfivehundredthirtyfifth_evening.jsonl",
        "onethousandfivehundredthirtysixth_evening.jsonl",
        "onethousandfivehundredthirtyseventh_evening.jsonl",
        "onethousandfivehundredthirtyeighth_evening.jsonl",
        "onethousandfivehundredthirtyninth_evening.jsonl",
        "onethousandfivehundredfortieth_evening.jsonl",
        "onethousandfivehundredfortyfirst_evening.jsonl",
        "onethousandfivehundredfortysecond_evening.jsonl",
        "onethousandfivehundredfortythird_evening.jsonl",
        "onethousandfivehundredfortyfourth_evening.jsonl",
        "onethousandfivehundredfortyfifth_evening.jsonl",
        "onethousandfivehundredfortysixth_evening.jsonl",
        "onethousandfivehundredfortyseventh_evening.jsonl",
        "onethousandfivehundredfortyeighth_evening.jsonl",
        "onethousandfivehundredfortyninth_evening.jsonl",
        "onethousandfivehundredfiftieth_evening.jsonl",
        "onethousandfivehundredfiftyfirst_evening.jsonl",
        "onethousandfivehundredfiftysecond_evening.jsonl",
        "onethousandfivehundredfiftythird_evening.jsonl",
        "onethousandfivehundredfiftyfourth_evening.jsonl",
        "onethousandfivehundredfiftyfifth_evening.jsonl",
        "onethousandfivehundredfiftysixth_evening.jsonl",
        "onethousandfivehundredfiftyseventh_evening.jsonl",
        "onethousandfivehundredfiftyeighth_evening.jsonl",
        "onethousandfivehundredfiftyninth_evening.jsonl",
        "onethousandfivehundredsixtieth_evening.jsonl",
        "onethousandfivehundredsixtyfirst_evening.jsonl",
        "onethousandfivehundredsixtysecond_evening.jsonl",
        "onethousandfivehundredsixtythird_evening.jsonl",
        "onethousandfivehundredsixtyfourth_evening.jsonl",
        "onethousandfivehundredsixtyfifth_evening.jsonl",
        "onethousandfivehundredsixtysixth_evening.jsonl",
        "onethousandfivehundredsixtyseventh_evening.jsonl",
        "onethousandfivehundredsixtyeighth_evening.jsonl",
        "onethousandfivehundredsixtyninth_evening.jsonl",
        "onethousandfivehundredseventieth_evening.jsonl",
        "onethousandfivehundredseventyfirst_evening.jsonl",
        "onethousandfivehundredseventysecond_evening.jsonl",
        "onethousandfivehundredseventythird_evening.jsonl",
        "onethousandfivehundredseventyfourth_evening.jsonl",
        "onethousandfivehundredseventyfifth_evening.jsonl",
        "onethousandfivehundredseventysixth_evening.jsonl",
        "onethousandfivehundredseventyseventh_evening.jsonl",
        "onethousandfivehundredseventyeighth_evening.jsonl",
        "onethousandfivehundredseventyninth_evening.jsonl",
        "onethousandfivehundredeightieth_evening.jsonl",
        "onethousandfivehundredeightyfirst_evening.jsonl",
        "onethousandfivehundredeightysecond_evening.jsonl",
        "onethousandfivehundredeightythird_evening.jsonl",
        "onethousandfivehundredeightyfourth_evening.jsonl",
        "onethousandfivehundredeightyfifth_evening.jsonl",
        "onethousandfivehundredeightysixth_evening.jsonl",
        "onethousandfivehundredeightyseventh_evening.jsonl",
        "onethousandfivehundredeightyeighth_evening.jsonl",
        "onethousandfivehundredeightyninth_evening.jsonl",
        "onethousandfivehundredninetieth_evening.jsonl",
        "onethousandfivehundredninetyfirst_evening.jsonl",
        "onethousandfivehundredninetysecond_evening.jsonl",
        "onethousandfivehundredninetythird_evening.jsonl",
        "onethousandfivehundredninetyfourth_evening.jsonl",
        "onethousandfivehundredninetyfifth_evening.jsonl",
        "onethousandfivehundredninetysixth_evening.jsonl",
        "onethousandfivehundredninetyseventh_evening.jsonl",
        "onethousandfivehundredninetyeighth_evening.jsonl",
        "onethousandfivehundredninetyninth_evening.jsonl",
        "onethousandsixhundredth_evening.jsonl",
        "onethousandsixhundredfirst_evening.jsonl",
        "onethousandsixhundredsecond_evening.jsonl",
        "onethousandsixhundredthird_evening.jsonl",
        "onethousandsixhundredfourth_evening.jsonl",
        "onethousandsixhundredfifth_evening.jsonl",
        "onethousandsixhundredsixth_evening.jsonl",
        "onethousandsixhundredseventh_evening.jsonl",
        "onethousandsixhundredeighth_evening.jsonl",
        "onethousandsixhundredninth_evening.jsonl",
        "onethousandsixhundredtenth_evening.jsonl",
        "onethousandsixhundredeleventh_evening.jsonl",
        "onethousandsixhundredtwelfth_evening.jsonl",
        "onethousandsixhundredthirteenth_evening.jsonl",
        "onethousandsixhundredfourteenth_evening.jsonl",
        "onethousandsixhundredfifteenth_evening.jsonl",
        "onethousandsixhundredsixteenth_evening.jsonl",
        "onethousandsixhundredseventeenth_evening.jsonl",
        "onethousandsixhundredeighteenth_evening.jsonl",
        "onethousandsixhundrednineteenth_evening.jsonl",
    ],
)
async def test_abuse_is_held_and_argument_published(services: Services, name: str) -> None:
    # Each set was blind once (data/README.md gives what it measured then); since the fixes
    # it drove, it guards them: the rules' verdicts, without the news head.
    verdicts = await _verdicts(services, name)
    wrongly_held = [text for text, label, held in verdicts if held and label == 0]
    missed = [text for text, label, held in verdicts if not held and label == 1]
    assert wrongly_held == KNOWN_FALSE_HOLDS.get(name, [])
    assert missed == KNOWN_MISSES.get(name, [])


# What the news head holds (`news_abuse` and `group_abuse`), of the judgment sets'
# non-abusive lines, beyond the rules. It learnt from these lines, so this is no measure of
# it (the model card has one, on sets it had not seen); it guards that the shipped head does
# not hold the sets' argument. From 0.6 where a group is named, it misreads praise said with
# a negative word ("hates"; a stereotype denied, "not delusional", is no longer read by it:
# abuse.py).
NEWS_HEAD_FALSE_HOLDS = [
    "A typical black cab driver knows every street in London.",
    "Are these refugees even human to you, minister?",
    "Deaf people have their own languages and culture.",
    # since the ninth retrain (the forty-seventh session, the forty-sixth session's rounds
    # added): "Disabled people should not be judged by what they can't do." (until the
    # tenth) and "bomb it down the wing, run at them" (0.70-0.72); it no longer holds
    # "Muslims should be allowed to build mosques like anyone else."
    # since the forty-seventh session, when the head holds from 0.7 (it held from 0.75):
    # ten lines at 0.70-0.75 ("Dogs like you", "Every one of them", "Get rid of", "Get
    # them out", "Immigrants built", "Isko bhi", "Shame on them", "Someone should run",
    # "Someone should teach", "They should hang"). The head learnt from them, and still
    # scores "them" said of politicians as it scores "them" said of a people; on rounds it
    # had not seen, the lower threshold held 7 more of 190 abusive lines and none more of
    # 460 others (policy.py)
    "Dogs like you more than you think, just give them time.",
    "Get rid of the lot of them.",
    "Get them out before they do more damage.",
    "He should go back to sleep and let the grown-ups run things.",
    # since the tenth retrain (the sixty-fourth session, rounds 410-648 added): this line
    # (0.705, "I hope your mother ..." read as the wish a threat opens with); it no longer
    # holds "Disabled people should not be judged ...", "Every one of them is bought ...",
    # "Isko bhi pehle wale ...", "Someone should run over these numbers ..." or "sabko ek
    # saath rehna h ..."
    "I hope your mother gets well soon.",
    "I would never hire someone who hates Muslims.",
    "If you don't want your kid reading it, don't let them check it out.",
    "Immigrants built this country and they keep it running.",
    "Lock him up and throw away the key.",
    "Muslim men are all fathers, husbands and sons too.",
    "Muslim men in our mosque see women as equals.",
    # since the forty-sixth session's head (the rounds blended in at 0.3): "Muslims should be
    # allowed to build mosques ..." (until the ninth retrain), "Women should not have to
    # clean toilets ..." and "Ye log kehte the 'Tamil gaddar hain' ..." (it no longer held
    # "Hindu, Muslim, Christian, Jewish, Chinese: New York is all of it.")
    "Muslims should be grateful to the doctors who saved their children.",
    "No woman is asking to be raped by wearing a skirt.",
    "Pigs like you a lot if you grow up on a farm with them.",
    "Refugees are human beings with families.",
    "Shame on them, every single one.",
    "Someone should teach him a lesson in basic economics before he writes another column.",
    "The mob should be hanged, every one of them who burnt that shop.",
    "These migrants eat anything they can find in the camps, it's heartbreaking.",
    "They are destroying this country and we let them.",
    "They should hang their heads in shame.",
    "Women should not have to clean toilets alone at home.",
    "Women shouldn't be judges only because of quotas, they should be judges because they're"
    " good, and they are.",
    "Ye log kehte the 'Tamil gaddar hain', aaj wahi Tamil ISRO chala rahe hain.",
    "adivasi ko jungli bolna band karo, ye gaali h",
    "bomb it down the wing, run at them",
    # since the retrain on sets 605-607 (the twenty-third session): "sabko ek saath rehna h,
    # hindu muslim sab bhai" (until the tenth retrain), "Muslim men in our mosque see women
    # as equals." and "Muslims should be grateful to the doctors ..." (`group_abuse`
    # 0.60-0.62, where it holds from 0.6)
]


async def test_the_news_head_holds_from_0_7_and_counts_in_hold_from_0_75(
    services: Services,
) -> None:
    # The default policy holds on the news head from 0.7; `hold`, the ranking the public
    # figures measure, counts it from 0.75 (abuse.py, NEWS_IN_HOLD_FROM). A comment the
    # head alone holds between the two is held, and ranks by its other scores. (A line the
    # head scores 0.70-0.75, one of its false holds below: a retrain may move it. Until the
    # tenth retrain it was the twin of a jibe at women wrestlers, "Medal jeet ke bhi inki
    # sunwai nahi ho rahi, Haryana ki chhoriyan ladengi", which the head now scores 0.67.)
    text = "They should hang their heads in shame."
    site = await services.moderation.site_for(None)
    decision = await services.moderation.score(site, Sample("1", text, ""), new_author=True)
    assert decision.verdict.value == "hold"
    assert any(reason.startswith("abuse.news_abuse") for reason in decision.reasons)
    assert 0.7 <= decision.scores[NEWS_ABUSE] < 0.75
    assert decision.scores["hold"] < 0.7


async def test_the_news_head_holds_none_of_the_sets_argument(services: Services) -> None:
    names = sorted(path.name for path in DATA.glob("*evening.jsonl"))
    held_by_head = []
    for name in names:
        rules = await _verdicts(services, name)
        default = await _verdicts(services, name, news_head=True)
        held_by_head += [
            text
            for (text, label, by_rules), (_, _, held) in zip(rules, default, strict=True)
            if held and not by_rules and label == 0
        ]
    assert sorted(held_by_head) == NEWS_HEAD_FALSE_HOLDS


# What the default policy holds of the rounds (rounds/README.md) and of the unseen sets
# (unseen/README.md), with the news head. Until the forty-sixth session no part of the
# model had trained on the rounds, and the figures below were a measure; the unseen sets'
# are one now. The rules read both (rules are written from each round's misses), so they
# count for less. Retraining moves these figures: record the new ones, with the reason, in
# the folder's README. The history below is of the rounds, as they were measured.
# The eleven rounds kept here before (sets 472-552) joined training in the twenty-second
# session; their figures of the time are in rounds/README.md.
# The twelfth round (sets 553-559, written before the model of sets 1-552 was scored on it):
# at first sight 26 of 48 abusive lines with the model of sets 1-471, 28 with the model
# shipped since (the rules 11), and 1 of 116 others, by the rules ("the minister blaming
# albanians for everything is lazy politics", read as said of the group). With the rules
# written from it: 39 of its 48, none of its 116 others.
# The thirteenth round (sets 560-566, after the twelfth's rules): 35 of 48 at first sight
# (the rules 10), 1 of 116 others, a slur reported, by the suspect word list
# (KNOWN_FALSE_HOLDS). With the rules written from it: 39 of its 48, the same 1 other.
# The fourteenth round (sets 567-573, after the thirteenth's rules): 30 of 48 at first sight
# (the rules 13), 4 of 116 others, all by the news head, everyday Hinglish ("kuch log virodh
# karenge, phir aadat ho jayegi", "news wale isko bhi vivad bana denge", "OTT pe aayegi tab
# dekh lenge", "deemak lag gayi ghar ki lakdi mein, pest control bulao"). With the rules
# written from it: 35 of its 48, the same 4 others.
# The fifteenth round (sets 574-580, after the fourteenth's rules): 32 of 48 at first sight
# (the rules 10), 1 of 116 others, by the news head ("aurton ko sansad mein bhejo, aur
# zyada bhejo"). With the rules written from it: 36 of its 48, the same 1 other.
# The sixteenth round (sets 581-587, after the fifteenth's rules): 35 of 48 at first sight
# (the rules 8), 4 of 116 others: "safai karmachariyon ko pakki naukri milni chahiye" by the
# suspect word list ("paki" stretched reached "pakki"; no longer), two lines with "retard"
# by the word list (KNOWN_FALSE_HOLDS), "ye log bhi insaan h, inki maangein jayaz h" by the
# news head. With the rules written from it: 39 of its 48, 3 others.
# The retrain on sets 1-552 and 588-590 (the twenty-third session; rounds/README.md): on the
# twelfth to sixteenth rounds 187 of 240 and 8 of 580 (188 and 9 before).
# The seventeenth round (sets 591-597, written after that retrain's criterion, before it was
# scored): 26 of 48 at first sight with the model of sets 1-552, 27 with the model shipped
# since (the rules 14); 6 and 5 of 116 others (the rules 3: KNOWN_FALSE_HOLDS). With the
# rules written from it: 40 of its 48 (the rules 28), 4 others (the rules 1).
# The eighteenth round (sets 598-604, after the seventeenth's rules): 31 of 48 at first
# sight (the rules 14), 4 of 116 others, all by the news head ("gali ke kutte ko roti di, ab
# roz aata h", "goli wali toffee yaad h kisi ko, 1 rupaye ki", "my kids go to school with
# roma kids, they're kids, end of", "sab kashmiri aatankwadi nahi hote, ye baat samjho").
# With the rules written from it: 41 of its 48 (the rules 25), the same 4 others.
# The retrain on sets 1-552, 588-590 and 605-607 (rounds/README.md): on rounds 12-18 269 of
# 336 and 15 of 812 (268 and 16 before).
# The nineteenth round (sets 608-614, written after that retrain's criterion): 27 of 48 at
# first sight with either model (the rules 13), 3 of 116 others, all by the news head.
# With the rules written from it: 36 of its 48 (the rules 22), the same 3 others.
# The twentieth round (sets 615-621): 21 of 48 at first sight (the rules 12), 2 of 116 others
# ("UPSC jihad wale tweet karne wale ab chup h" by the news head, a trap by the rules:
# KNOWN_FALSE_HOLDS). With the rules written from it: 27 of its 48 (the rules 18), the same
# 2 others. (A retrain adding rounds 12-17 to training was judged on it and not shipped:
# rounds/README.md.)
# The twenty-first round (sets 625-631): 18 of 48 at first sight (the rules 5), none of 116
# others. With the rules written from it: 34 of its 48 (the rules 21), none. (A retrain on
# lines naming groups was judged on it and not shipped: rounds/README.md.)
# The twenty-second round (sets 632-638): 18 of 48 at first sight (the rules 6), 1 of 116
# others ("muslim naav wale bhi shraddhaluon ko ghaat tak le jaate h, yahi bharat h", by
# `group_abuse`). With the rules written from it: 26 of its 48 (the rules 15), the same 1.
# The twenty-third round (sets 639-645, the twenty-fourth session): 28 of 48 at first sight
# (the rules 17), none of 116 others. With the rules written from it: 32 of its 48 (the
# rules 24), none.
# Set 646, a probe of 51 neutral mentions of groups in English and Hinglish (the issue's
# "as a Jewish woman", written before it was scored): the rules hold none, `group_abuse` 2
# ("hindu tyohar pe muslim karigar hi murtiyan banate h kai jagah" 0.61, "transgender logon
# ke liye alag toilet banane ka faisla sahi h" 0.66).
# The twenty-fourth round (sets 647-653): 26 of 48 at first sight (the rules 16), none of
# 116 others. With the rules written from it: 34 of its 48 (the rules 30), none.
# The twenty-fifth round (sets 654-660): 23 of 48 at first sight (the rules 7), 2 of 116
# others, both by the news head ("bade mullah log isko pasand nahi karenge shayad, par ladki
# ne sahi kiya", "kuch log isko bhi politics bana denge, dekhna"). With the rules written
# from it: 30 of its 48 (the rules 21), the same 2.
# The twenty-sixth round (sets 661-667, the twenty-fifth session; closer to the comment
# section the product is built for: readers abusing each other and a woman anchor, gaali
# spelt around, slurs, threats; long comments among the others): 36 of 48 at first sight
# (the rules 24), 1 of 116 others, a slur remembered, by the suspect word list
# (KNOWN_FALSE_HOLDS). With the rules written from it: 44 of its 48 (the rules 40), the
# same 1.
# The twenty-seventh round (sets 668-674, the same session, in the same register): 32 of
# 48 at first sight (the rules 18), 2 of 116 others ("bloody mosquitoes, kill them all
# before the dengue season" by the rules, no longer; "calling gay people 'perverts' from
# the pulpit is exactly why kids stay in the closet" by `group_abuse`, 0.70). With the
# rules written from it: 47 of its 48 (the rules 46), 1 other.
# The twenty-eighth round (set 675): a whole evening under one article as the product's
# case has it (a rally speech on a farm-loan waiver: 63 others, among them long comments,
# jokes, swearing at politicians, and 7 abusive lines, slurs and harassment, most in
# romanised Hindi): all 7 held at first sight, by the rules, and 1 of the 63 others ("ye
# log desh ko loot ke kha gaye aur ab kisan ke naam pe vote maang rahe hain", politicians
# read as a people; no longer). The
# twenty-seventh round's "calling gay people 'perverts' from the pulpit ..." is read as a
# name reported to be rejected, so no group is spoken of and `group_abuse` is 0: 26 others.
# The twenty-ninth round (sets 676-682), abuse spelt around filters: 42 of 48 at first
# sight (the rules 25), 2 of 116 others, both by the news head ("bloody thieves, every one
# of these land sharks", "paraali jalane wale kisan ko machine do free mein, tabhi band
# hoga"). With the rules written from it: 46 of its 48 (the rules 43), the same 2.
# The thirtieth round (sets 683-689; its trap set answers abuse by quoting it in replies):
# 37 of 48 at first sight (the rules 18), 2 of 116 others, both by the rules ("hijra word
# galat hai, transgender ya kinnar bolo", "stop the 'go back to your country' nonsense, she
# is American, full stop"; neither now). With the rules written from it: 48 of its 48 (the
# rules 40), none.
# The thirty-first round (sets 690-696): 39 of 48 at first sight (the rules 24), 2 of 116
# others ("I'm a Kashmiri Muslim and I cried watching this, we want them back" by
# `group_abuse`, "haha 'silly cow' is what my mum calls me when I forget my keys" by the
# rules; neither now: the writer's own group after "I'm a" or "as a" is what one is, and an
# insult in quotation marks that is "what my mum calls me" is named as a word). With the
# rules written from it: 46 of its 48 (the rules 37), none.
# The thirty-second round (sets 697-702, five stories and traps): 26 of 40 at first sight
# (the rules 15), 2 of 100 others, both by the suspect word list: a slur named to have a
# comment deleted (KNOWN_FALSE_HOLDS), and a reply quoting the parent's gaali to answer it
# ("> ab ye gandu hero ...\n\n... gaali dena band karo"; no longer: the word lists now read
# a reply's own words, as the abuse scores did). With the rules written from it: 37 of its
# 40 (the rules 26), 1 other.
# The thirty-third round (sets 703-707, four stories and traps: a budget's long comments
# with the abuse in their middle, replies between readers under a Manipur story, a woman
# anchor, evictions in Assam): 28 of 32 at first sight (the rules 23), 2 of 84 others, both
# by the rules ("'chinki' bolne wale ko saza honi chahiye, ye gaali hai", the slur named
# as what people say; "bhai tu pagal hai kya", "are you crazy?"; neither now). With the
# rules written from it: 32 of its 32 (the rules 32), none.
# The thirty-fourth round (sets 708-712, four stories and traps: India v Pakistan, a Dalit
# groom on a horse, an asylum hotel, a trans cyclist): 24 of 32 at first sight (the rules
# 17), 3 of 84 others: "Dalit groom ko ghodi se utarna apraadh hai, aur aise logon ka
# samajik bahishkar hona chahiye" by `group_abuse`, and by the rules "Bakri chodu jaise
# gaaliyan dena band karo ..." and "Suar ki tarah chilla rahe the fans ... Mazaa aaya" (no
# longer: a slur before "jaise gaaliyan" is named as a word, and a crowd's noise likened
# to an animal's calls nobody a name). With the rules written from it: 31 of its 32 (the
# rules 30), 1 other (`group_abuse`, as at first sight).
# The thirty-fifth round (sets 713-717, four stories and traps: an actress's divorce, a
# Kashmiri student beaten in Dehradun, London's mayor, immigration raids in Nebraska): 24 of
# 32 at first sight (the rules 16), 5 of 84 others: by the rules "Londonistan headlines ...
# are just embarrassing" and "Pakistan wants ... Kashmiris to feel they don't belong in
# India" (neither now), and by the suspect word list "'Randi' ya 'item' jaise shabd likhne
# walon ko ban karo" and "He's a Paki, my dad used to say ..." (KNOWN_FALSE_HOLDS); by the
# news head "Send them back? Ok, and who will pack your meat, Rick?". With the rules
# written from it: 32 of its 32 (the rules 32), 4 others (the two of the word list, the
# head's, and the Kashmiris line by `group_abuse`); a trap its first rules held, "The 'send
# the boys back in boxes' comment above should be reported", is read as quoted.
# The thirty-sixth round (sets 718-722, four stories and traps: a Sikh truck driver's
# crash in Florida, a woman MP's speech on prices, a gay couple's wedding in Kerala, Delhi's
# smog and Punjab's farmers): 25 of 32 at first sight (the rules 15), 1 of 84 others, by the
# rules ("Zabaan kaat denge jaise bayan dene wale MLA pe FIR honi chahiye": no longer, a
# threat followed by "jaise bayan" names statements). With the rules written from it: 31
# of its 32 (the rules 27), none.
# The thirty-seventh round: a second whole evening (set 723, 50 comments under the Waqf
# Amendment Bill's passage, 44 of them argument from every side, replies with `parent`, 6
# abuse): at first sight the default policy held all 6 (the rules 4) and none of the 44.
# With the rules written from it: 6 (the rules 6), none.
# The thirty-eighth round: a third whole evening (set 724, 70 comments under the
# delimitation row, 63 of them argument between north and south, replies with `parent`, 7
# abuse), a Dalit woman sarpanch stopped from hoisting the flag (725) and traps (726): at
# first sight the default policy held 6, 4 of 7, 7 (the rules 5, 3) and 0, 0, 2 of 63, 17,
# 20 others (the news head: "Haath kaat denge, aag laga denge - ye dhamkiyan sun sun ke
# ..." and "Bihari, madrasi, chinki, ghati - we have a word for everyone ..."; the rules
# held the second too, and no longer: a slur in a list said to be the words we have for
# people). With the rules written from it: 7, 7 (the rules 7, 7) and the head's 2.
# The thirty-ninth round (sets 727-728: violence after a mosque survey in Sambhal, and
# traps): at first sight 3 of 8 abusive lines held (the rules 2) and none of 17 others; 4
# of the 16 traps (the rules 2: "Pakistan bhejo, Pakistan bhejo - bas yahi ek jawaab hai
# kuch logon ke paas ...", "Hang them by the law, I mean, not a mob"; the news head 2).
# With the rules written from it: 8 (the rules 8), and the head's 2 traps.
# The fortieth round (sets 729-730: Indian workers on H-1B visas in the US, and traps): at
# first sight 5 of 7 (the rules 3), none of 17 others, 1 of 16 traps (the rules: "Curry
# munchers lol. Meanwhile ...", KNOWN_FALSE_HOLDS). With the rules written from it: 6 (the
# rules 6), the same trap.
# The forty-first round (sets 731-732: a woman SP transferred after raiding a minister's
# son's party, and traps): at first sight 1 of 8 (the rules 0: the weakest set in many
# rounds, a woman officer's work put down to her sex in words of its own), none of 16
# others, 1 of 16 traps (the rules: "Bhai tu toh pagal hai agar sochta hai ki ..."). With
# the rules written from it: 5 (the rules 4), no trap.
# The forty-second round (sets 733-734: a temple and a gurdwara vandalised in Canada, and
# traps): at first sight 6 of 8 (the rules 3), 1 of 16 others (the rules: "... every Hindu
# rally 'extremist'", no longer: a rally is a thing of theirs), 3 of 16 traps (the rules:
# "'Every Sikh is a Khalistani' - the most ignorant line ..." (KNOWN_FALSE_HOLDS) and "Go
# back to India is what they told my father" (no longer); the news head: "Someone wrote
# 'burn down every gurdwara' above ..."). With the rules written from it: 8 (the rules 7),
# 2 traps.
# The forty-third round (sets 735-736: a landslide in Wayanad, and traps): at first sight 6
# of 8 (the rules 4), none of 16 others, 2 of 16 traps (the rules: "Rice bag jibes about
# Kerala Christians are old and ugly ..." and "... warna agli baar aur log marenge", neither
# now: what jibes are said about is no subject, and "log marenge" is people dying). With
# the rules written from it: 8 (the rules 8), no trap.
# The forty-fourth round (sets 737-738: a Muslim delivery rider refused by a customer, and
# traps): at first sight 6 of 8 (the rules 3), none of 16 others, 1 of 16 traps (the rules:
# "Mulla, pandit, sardar - sab ka khana ek hi kitchen se ...", KNOWN_FALSE_HOLDS until the
# sixty-third round). With the rules written from it: 8 (the rules 8), the same trap.
# The forty-fifth round (sets 739-740: a woman made Chief Election Commissioner, and traps):
# at first sight 5 of 8 (the rules 2: the second weakest set since the woman SP's, her post
# put down to her sex again in words of its own), none of 16 others, 1 of 16 traps (the
# rules: "Diversity hire is what they called Kamala Harris too", no longer: the jibe
# named). With the rules written from it: 8 (the rules 8), no trap.
# The forty-sixth round (sets 741-742: Pakistani Hindu refugees given citizenship in Jodhpur,
# and traps): at first sight 6 of 8 (the rules 5), none of 16 others, 2 of 16 traps (the
# rules: "'Pakistanis are born liars' is the kind of thing my uncle says at weddings", no
# longer: a quotation set at a distance; `group_abuse`: "Hindu or Muslim, a refugee is a
# refugee ..."). With the rules written from it: 8 (the rules 8), the head's trap.
# The forty-seventh round: a fourth whole evening (set 743, 70 comments under a state's
# anti-conversion bill, 63 of them argument, jokes and a long comment from a teacher,
# replies with `parent`, 7 abuse): at first sight the default policy held 5 of 7 (the
# rules 4) and 2 of 63 others (the news head: "Tell the DM before changing your religion?
# Next they'll want notice before we change our minds", 0.76; the link policy: a link in a
# guest's first comment). With the rules written from it: 7 (the rules 7), the same 2.
# The forty-eighth round (sets 744-745: riots in an English town after a stabbing, an asylum
# hotel and a mosque attacked, and traps): at first sight 5 of 7 (the rules 3), none of 17
# others, none of 16 traps. With the rules written from it: 7 (the rules 7), no trap.
# The forty-ninth round (sets 746-747: a model with Down syndrome on a magazine's cover, and
# traps): at first sight 5 of 7 (the rules 4), none of 17 others, 1 of 16 traps (the suspect
# word list: "Retard was the medical term until the 1970s ...", KNOWN_FALSE_HOLDS). With the
# rules written from it: 7 (the rules 7), the same trap.
# The fiftieth round (sets 748-749: African students beaten by a mob in Greater Noida, and
# traps): at first sight 5 of 7 (the rules 4), none of 17 others, 3 of 16 traps, all by the
# rules ("Kaalu was my nickname in school ...", "Go back to the jungle of bureaucracy that
# is the FRRO office ...", "Mob ko goli maaro? No. Arrest them ..."; none now). With the
# rules written from it: 7 (the rules 7), no trap.
# The fifty-first round (sets 750-751: a minister likens Sanatana Dharma to dengue, and
# traps): at first sight 5 of 7 (the rules 3), 1 of 17 others (the news head: "Dengue aur
# malaria ki tarah inka ilaaj bhi hona chahiye, inki baat mat suno", written as argument and
# read by the head as people likened to a disease: a hard line either way), 1 of 16 traps
# (the rules: "'Tamil anti-Hindus should be thrown out' - a BJP spokesperson on TV ...", no
# longer: a spokesperson's words are reported). With the rules written from it: 7 (the
# rules 7), the head's line.
# The fifty-second round (sets 752-753: an Olympic boxer's sex questioned, and traps): at
# first sight 4 of 7 (the rules 1: a woman called a man in words of its own), none of 17
# others, none of 16 traps. With the rules written from it: 7 (the rules 7), no trap; four
# older known misses held with it ("a bloke in a frock on the parish council ...", "a
# bloke in a wig in charge of 400 kids ...", "It's a man, look at him. Punching women for
# a medal ...", "these freaks should be kept away from normal women's events ...").
# The fifty-third round (sets 754-755: Holi and Friday prayers on one day in Sambhal, and
# traps): at first sight 4 of 6 (the rules 3), none of 18 others, none of 16 traps. With
# the rules written from it: 6 (the rules 6), no trap.
# The fifty-fourth round (sets 756-757: a Muslim woman reporter's coverage of a stampede at
# the Kumbh, and traps): at first sight 5 of 7 (the rules 3), none of 17 others, 1 of 16
# traps (the news head: "Her kaum? She's a journalist, her community is the newsroom.",
# 0.81). With the rules written from it: 7 (the rules 7), the head's trap; an older known
# miss held with it ("burqa wali madam ko hoarding se itni problem ...").
# The fifty-fifth round (sets 758-759: the US Second Lady's Indian parents and Hindu faith,
# and traps): at first sight 6 of 7 (the rules 3), none of 17 others, none of 16 traps.
# With the rules written from it: 7 (the rules 7), no trap.
# The fifty-sixth round (sets 760-761: a Dalit student's suicide at an IIT, and traps): at
# first sight 5 of 6 (the rules 4), none of 18 others, none of 16 traps. With the rules
# written from it: 5 (the rules 5), no trap; "Meritless scum like him ... Good riddance"
# stays missed (KNOWN_MISSES).
# The fifty-seventh round (sets 762-763: Ramadan lights on a London street, and traps): at
# first sight 4 of 6 (the rules 2), none of 18 others, none of 16 traps. With the rules
# written from it: 6 (the rules 6), no trap; an older known miss held with it ("Put a pig's
# head on the site, that'll sort it.").
# The fifty-eighth round (sets 764-765: a Nepali guard beaten by residents over a theft
# another resident's nephew did, and traps): at first sight 5 of 6 (the rules 2), 1 of 18
# others (the rules: "I'm from Darjeeling and I'm Indian. People call me Nepali, chinki,
# Chinese ...", no longer), 1 of 16 traps (the rules: "Chinki aankhein, nepali chehra -
# that's how the FIR described him ...", no longer). With the rules written from it: 6 (the
# rules 6), no trap.
# The fifty-ninth round (sets 766-767: Ladakh's march and hunger strike for the Sixth
# Schedule, and traps): at first sight 6 of 6 (the rules 4), none of 18 others, none of 16
# traps. With the rules written from it: 6 (the rules 6), no trap.
# The sixtieth round (sets 768-769: an army officer's widow remarries and is trolled, and
# traps): at first sight 5 of 7 (the rules 4), none of 17 others, 5 of 16 traps (the rules
# 4: "muh kala karna" named as a practice twice, "slut-shaming", "'whore'" by the suspect
# list; the news head: "Teach her a lesson? She's taught the whole country one about
# dignity.", 0.78). With the rules written from it: 7 (the rules 7), 2 traps (the quoted
# "'whore'", KNOWN_FALSE_HOLDS, and the head's line).
# The sixty-first round (sets 770-771: a housing society for vegetarians only, and traps):
# at first sight 6 of 7 (the rules 5), none of 17 others, 1 of 16 traps ("Katua is a
# slur. ...", by the suspect word list). With the rules written from it: 7 (the rules 6:
# "... ye Bengali, inhe Mumbai se nikalo" is the head's), the suspect list's trap.
# The sixty-second round (sets 772-773: the winter fuel payment taken from pensioners, and
# traps): at first sight 1 of 7 (the rules none: the old were no group to them, their
# slang no slur), none of 17 others, none of 16 traps. With the rules written from it: 7
# (the rules 7), no trap.
# The sixty-third round (sets 774-775: a Muslim democratic socialist elected mayor of New
# York, and traps): at first sight 6 of 7 (the rules 2), none of 17 others, 2 of 16 traps
# (the rules: "Mulla, pandit, padre - New York has all of them ...", no longer, and with it
# the forty-fourth round's "Mulla, pandit, sardar - sab ka khana ..."; the news head: "The
# 'mullah' jibe from Indian accounts ...", 0.86). With the rules written from it: 7 (the
# rules 7), the head's trap.
# The fifth whole evening (set 776: 70 comments under the results of a state election in
# Bihar, 63 argument, jokes and long comments, 7 abuse, four replies with their parent):
# at first sight 5 of 7 (the rules 3), none of the 63 others. With the rules written from
# it: 7 (the rules 7), none of the 63.
# The sixty-fifth round (sets 777-778: two women married in a temple in Odisha, and traps):
# at first sight 5 of 7 (the rules 4), none of 17 others, none of 16 traps. With the rules
# written from it: 7 (the rules 7), no trap.
# The sixty-sixth round (sets 779-780: an Ahmadi place of worship's minarets demolished in
# Pakistan, and traps, in Roman Urdu and English): at first sight 5 of 7 (the rules 5),
# none of 17 others, 1 of 16 traps (the rules: "Kutte bhi zyada wafadar hote hain in
# politicians se ...", KNOWN_FALSE_HOLDS). With the rules written from it: 7 (the rules 7),
# the same trap.
# The sixty-seventh round (sets 781-782: an Asian-American skater's Olympic gold, and
# traps): at first sight 5 of 7 (the rules 3), none of 17 others, 1 of 16 traps (the news
# head: "She smiled through the whole kiss and cry. That's what joy looks like.", 0.87).
# With the rules written from it: 7 (the rules 7), the head's trap.
# The sixty-eighth round (sets 783-784: a Black woman made chair of the Federal Reserve, and
# traps): at first sight 3 of 7 (the rules 1: the code words of anti-Black racism), none of
# 17 others, none of 16 traps. With the rules written from it: 6 (the rules 5), no trap;
# "Monkeys flinging rates around ..." stays missed (KNOWN_MISSES).
# The sixty-ninth round (sets 785-786: Diwali made a school holiday in New York, and
# traps): at first sight 4 of 6 (the rules 4), none of 18 others, 1 of 16 traps (the news
# head's group score: "Cow piss? The 'gaumutra' posts are mostly Indians mocking other
# Indians ...", 0.71). With the rules written from it: 6 (the rules 6), the head's trap.
# The seventieth round (sets 787-788: India's women win the cricket World Cup, and traps):
# at first sight 3 of 6 (the rules 2), none of 18 others, 1 of 16 traps (the rules and the
# suspect list: "Randi rona band karo, trolls, jeet gaye hum.", KNOWN_FALSE_HOLDS). With the
# rules written from it: 6 (the rules 6), the same trap.
# The seventy-first round (sets 789-790: India's best Paralympics, and traps): at first
# sight 1 of 6 (the rules 1: disabled people in Hindi were no group to them), none of 18
# others, none of 16 traps. With the rules written from it: 6 (the rules 6), no trap.
# The seventy-second round (sets 791-792: a political film's box office, and the name-
# calling under it, and traps): at first sight 5 of 5 (the rules 4), none of 19 others, 1 of
# 16 traps (the rules: "Pakistan chale jao is the answer to every question in this comment
# section.", no longer). With the rules written from it: 5 (the rules 4), no trap.
# The seventy-third round (sets 793-794: a woman wins a primary for Congress, and traps):
# at first sight 1 of 6 (the rules 1: the misogyny of American politics in its own words),
# none of 18 others, none of 16 traps. With the rules written from it: 6 (the rules 6), no
# trap.
# The seventy-fourth round (sets 795-796: a heavy woman finance minister's budget speech,
# and traps, in Hinglish and English): at first sight 2 of 7 (the rules 2: "Fat pig oinking
# ..." and "... moti aurat ko dekh ke hi ulti ..."), none of 18 others, none of 16 traps.
# With the rules written from it: 7 (the rules 7), no trap.
# The seventy-fifth round (sets 797-798: a Jewish billionaire's campaign donation, and traps):
# at first sight 3 of 7 (the rules 2: the echo and "oy vey ... goyim"), none of 18 others,
# none of 16 traps. With the rules written from it: 7 (the rules 7), no trap.
# The seventy-sixth round (sets 799-800: a rationalist murdered, and traps, in Hinglish and
# English): at first sight 2 of 7 (the rules 1: "Nastik kutte ..."; a killing celebrated and
# the next victim named had no words), none of 18 others, 2 of 16 traps (the news head:
# "'Achha hua' likhne wale log kaun hain? ...", 0.78; the rules: "Kutte bhi bhaunk rahe the
# jab police pahunchi ...", KNOWN_FALSE_HOLDS). With the rules written from it: 7 (the
# rules 7), the same two traps.
# The seventy-seventh round, a sixth whole evening (set 801: 70 comments under the caste
# census's first figures, 63 argument, jokes and long comments, 7 abuse, replies among
# them): at first sight 6 of 7 (the rules 5; the news head "These Yadavs only know how to
# graze cattle and loot ..."), none of the 63 others. Missed: "@Priya tum jaisi feminist
# ladkiyon ko koi ghar pe nahi rakhta ...". With the rules written from it: 7 (the rules 7).
# The seventy-eighth round (sets 802-803: Somali-Americans insulted after a fraud case, and
# traps): at first sight 5 of 6 (the rules 2; the news head 3), none of 19 others, none of
# 16 traps. With the rules written from it: 6 (the rules 5; "Mogadishu on the Mississippi
# ... the lot of them" the head's, KNOWN_MISSES), no trap.
# The seventy-ninth round (sets 804-805: a 14-year-old climate activist, and traps): at
# first sight 4 of 6 (the rules 3), none of 19 others, 1 of 16 traps (the rules: "'She's
# asking for it' is the oldest excuse for violence against girls ...", no longer). With the
# rules written from it: 6 (the rules 6), no trap.
# The eightieth round (sets 806-807: a Pride march, abuse written in emoji, and traps where
# the same emoji mean what they show): at first sight 5 of 6 (the rules 2, the news head 3),
# none of 19 others, none of 16 traps. With the rules written from it: 6 (the rules 6), no
# trap.
# The eighty-first round (sets 808-809: meat shops shut for a Jain festival, and traps, in
# Hinglish and English): at first sight 3 of 6 (the rules 1, the news head 2), none of 19
# others, none of 16 traps. With the rules written from it: 5 (the rules 4), no trap; "Ghaas
# khane wale kamzor log ..." stays missed (KNOWN_MISSES).
# The eighty-second round (sets 810-811: foreign tourists attacked in Rajasthan, and traps):
# at first sight 4 of 6 (the rules 3), 1 of 19 others (the news head's group score: "Women
# travellers in India should be careful, but so should women travellers everywhere ...",
# 0.71), 1 of 16 traps (the rules and the suspect list: "Randi rona band karo aur kaam
# karo, Rajasthan tourism department ...", KNOWN_FALSE_HOLDS). With the rules written from
# it: 6 (the rules 5), the same two.
# The eighty-third round (sets 812-813: Gujjars' quota agitation in Rajasthan, and traps,
# in Hinglish): at first sight 5 of 6 (the rules none: the Gujjars and Meenas were no
# people to them; the news head 5), none of 19 others, none of 16 traps. With the rules
# written from it: 6 (the rules 6), no trap.
# The eighty-fourth round (sets 814-815: a Sikh truck driver's fatal crash in the US, and
# traps): at first sight 6 of 6 (the rules 5), none of 19 others, 1 of 16 traps (the rules:
# "Pajeet memes are all over this thread. Reported.", no longer). With the rules written
# from it: 6 (the rules 5), no trap.
# The eighty-fifth round, a seventh whole evening (set 816: 70 comments under an English
# council's new flag policy, 63 argument, jokes and long comments, 7 abuse, replies among
# them): at first sight 6 of 7 (the rules 5; the news head "... Back in the closet where
# they belong"), none of the 63 others. Missed: "@Kasia no one cares what a Polish cleaner
# thinks, go home". With the rules written from it: 7 (the rules 7).
# The eighty-sixth round (sets 817-818: Durga Puja pandals attacked in Bangladesh, and
# traps, in English, Hinglish and romanised Bengali): at first sight 3 of 6 (the rules 2),
# none of 19 others, 1 of 16 traps (the rules: "Ghar mein ghus ke maarenge was a political
# slogan in 2019 ...", no longer). With the rules written from it: 6 (the rules 6), no trap.
# The eighty-seventh round (sets 819-820: a Celtic-Rangers derby and the sectarian abuse
# around it, and traps): at first sight 3 of 5 (the rules 1), none of 20 others, none of 16
# traps. With the rules written from it: 5 (the rules 5), no trap.
# The eighty-eighth round (sets 821-822: the Cauvery water dispute, and traps, in English,
# Hindi and romanised Tamil and Kannada): at first sight 2 of 5 (the rules 1: no word of
# South India's abuse was known), none of 20 others, none of 16 traps. With the rules
# written from it: 4 (the rules 4), no trap; "Otha Kannada goondas, neenga ellam naaye."
# stays missed (KNOWN_MISSES).
# The eighty-ninth round (sets 823-824: an MP writes about her depression, and traps): at
# first sight 2 of 6 (the rules 1), none of 19 others, 1 of 16 traps (the rules: "Kill
# yourself laughing at the Edinburgh Fringe ...", no longer). With the rules written from
# it: 5 (the rules 5), no trap; "Should have done it properly the first time ..." stays
# missed (KNOWN_MISSES).
# The ninetieth round (sets 825-826: Christians' homes and churches burnt in Pakistan over a
# blasphemy charge, and traps, in English and Roman Urdu): at first sight 7 of 7 (the rules
# 5, the news head 2), 1 of 17 others (the rules: "Kafir kafir ke naare lagane walon ne
# khud kabhi Quran parha hai? ...", no longer), none of 12 traps. With the rules written from
# it: 7 (the rules 6), no trap.
# The ninety-first round (sets 827-828: a Black Conservative made shadow home secretary, and
# traps): at first sight 3 of 7 (the rules 2, the news head 1), none of 16 others, none of
# 10 traps. With the rules written from it: 5 (the rules 5), no trap; "The Tories found a
# token ..." and "Bounty bar in a blue suit ..." stay missed (KNOWN_MISSES).
# The ninety-second round (sets 829-830: a women-only dating app, the manosphere's words,
# and traps): at first sight 3 of 7 (the rules 3), none of 15 others, none of 10 traps.
# With the rules written from it: 7 (the rules 7), no trap.
# The ninety-third round (sets 831-832: an actress marries a Nigerian footballer, and traps,
# in English and Hinglish): at first sight 2 of 7 (the rules 1, the news head 1), none of 16
# others, none of 10 traps. With the rules written from it: 7 (the rules 6), no trap.
# The ninety-fourth round (sets 833-834: Indian students killed in the US, and traps): at
# first sight 6 of 7 (the rules 5), none of 15 others, none of 10 traps. With the rules
# written from it: 7 (the rules 6), no trap.
# The ninety-fifth round, an eighth whole evening (set 835: 70 comments under a UPSC
# topper's result, she wears a hijab; 64 argument, jokes and long comments, 6 abuse, 19
# replies among them, Hinglish and English): at first sight 5 of 6 (the rules 3, the news
# head 2), none of the 64 others. Missed: "... kabhi akele mein mil lo". With the rules
# written from it: 6 (the rules 6).
# The ninety-sixth round (sets 836-837: a Muharram procession bombed in Pakistan, and
# traps, in Roman Urdu and English): at first sight, with this session's rules till then,
# 4 of 6 (the rules 2, the news head 2), none of 17 others, 1 of 10 traps (the rules: "Pagal
# kutte ka injection lagwa lo ...", a rabid dog, no longer). Missed among them: "Shia Kafir ka
# naara lagao ...", which the ninetieth round's rules had released as a slogan named (an
# order to chant it; now only a slogan chanted by others is named). With the rules written
# from it: 6 (the rules 6), no trap.
# The ninety-seventh round (sets 838-839: Afghans deported from Pakistan, and traps): at
# first sight 3 of 6 (the rules 3), none of 17 others, 1 of 10 traps (the rules: "Kutton ko
# border security mein bomb dhoondhne ke liye train karte hain", no longer). With the rules
# written from it: 5 (the rules 5), no trap; "Pathan ki aql ghutne mein hoti hai ..." stays
# missed (KNOWN_MISSES).
# The ninety-eighth round (sets 840-841: a gay couple in a Hindi film, and traps, in
# Hinglish): at first sight 4 of 6 (the rules 2, the news head 2), none of 17 others, none
# of 10 traps. With the rules written from it: 5 (the rules 5), no trap; "Hero thoda meetha
# lagta hai ..." stays missed (KNOWN_MISSES).
# The ninety-ninth round (sets 842-843: an encampment for Gaza at a British university, and
# traps): at first sight 4 of 6 (the rules 1, the news head 3), none of 17 others (the
# argument over Israel and Gaza among them), none of 10 traps. With the rules written from
# it: 6 (the rules 4), no trap.
# The hundredth round (set 844: a footballer's racist abuser sentenced, the others quoting
# and discussing the abuse; no traps set apart): at first sight 2 of 4 (the rules 2), 1 of
# 17 others (the rules and the suspect list: "... heard 'Paki' from the touchline most
# weeks ...", which the rules now read as a report and the suspect list still holds:
# KNOWN_FALSE_HOLDS). Nothing else written from it; "Monkey was right, he plays like one
# too" and "Typical, a black man cries racism ..." stay missed (KNOWN_MISSES).
# The hundred-and-first round (sets 845-846: Kashmiri students suspended for cheering
# Pakistan's win, and traps, in Hinglish and English): at first sight 5 of 6 (the rules 1,
# the news head 4), none of 16 others, none of 10 traps. With the rules written from it: 6
# (the rules 5), no trap.
# The hundred-and-second round (sets 847-848: a transgender woman made a judge in Bihar,
# and traps, in Hinglish): at first sight 4 of 6 (the rules 2, the news head 2), 1 of 16
# others (the news head's group score, 0.62: "Kya iska matlab hai ki transgender quota hai
# judiciary mein? ..."), none of 10 traps. No rules written from it: each miss is in words
# its traps use in their everyday sense (KNOWN_MISSES).
# The hundred-and-third round, a ninth whole evening (set 849: 70 comments under the
# unemployment figures and an opposition leader's speech; 63 argument, jokes, nicknames
# traded and long comments, 7 abuse, 24 replies among them, Hinglish and English): at first
# sight 5 of 7 (the rules 4, the news head 1), none of the 63 others. Missed: "Madam ki
# speech sunke lagta hai raat ko bhi aise hi chillati hogi", "Is MP ko toh sadak pe nanga
# ghumana chahiye ...". With the rules written from it: 7 (the rules 6).
# The hundred-and-fourth round (sets 850-851: the Waqf bill in Parliament, and traps, all
# in Devanagari): at first sight 4 of 6 (the rules 4), none of 17 others, 2 of 10 traps (the
# rules: "पाकिस्तान भेजो ये पार्सल ...", "सूअर पालन से ...", no longer). With the rules written
# from it: 6 (the rules 6), no trap.
# The hundred-and-fifth round (sets 852-853: migrant workers from Bihar attacked in
# Kolkata, and traps, in romanised Bengali, Hinglish and English): at first sight 3 of 6
# (the rules 1, the news head 2), none of 16 others, none of 10 traps. With the rules written
# from it: 6 (the rules 6), no trap.
# The hundred-and-sixth round (sets 854-855: Malala Yousafzai back in Pakistan, and traps,
# in English and Roman Urdu): at first sight 2 of 6 (the rules 1, the news head 1), none of
# 16 others, none of 10 traps. With the rules written from it: 4 (the rules 3), no trap;
# three stay missed or the head's (KNOWN_MISSES).
# The hundred-and-seventh round, a tenth whole evening (set 856: 70 comments under an
# immigration raid on a meatpacking plant in the US; 63 argument, jokes and long comments,
# 7 abuse, 27 replies among them): at first sight 6 of 7 (the rules 6), none of the 63
# others. Missed: "That Latina reporter can come report from my bedroom anytime ...". With
# the rules written from it: 7 (the rules 7).
# The hundred-and-eighth round (sets 857-858: a national inquiry into grooming gangs, and
# traps): at first sight 6 of 6 (the rules 3, the news head 3), none of 15 others (the
# gangs' ethnicity argued from court records and reports among them), none of 10 traps.
# With the rules written from it: 6 (the rules 4), no trap.
# The hundred-and-ninth round (sets 859-860: a Dalit designer's brand, "Chamar Studio", at
# Paris Fashion Week, and traps, in English and Hinglish): at first sight 5 of 5 (the rules 4,
# the news head 1), 4 of 16 others (the rules: the word taken back, "Chamar Studio's bags
# ...", "Proud Chamar here ...", "Chamar Studio ke bags ...", "The Great Chamar was also the
# name of a movement ..."), none of 10 traps. With the rules written from it: 5 (the rules
# 4), none of the others, no trap.
# The hundred-and-tenth round, an eleventh whole evening (set 861: 70 comments under a High
# Court's loudspeaker rule for every place of worship; 63 argument, jokes and long comments,
# 7 abuse, 23 replies among them, Hinglish and English): at first sight 4 of 7 (the rules 4),
# 1 of the 63 others (the rules: "... padosi ke kutte karte hain ...", a neighbour's dogs).
# With the rules written from it: 6 (the rules 6), none of the others; "Madam judge ko ...
# unke bedroom mein ..." stays missed (KNOWN_MISSES).
# The hundred-and-eleventh round (sets 862-863: a woman journalist's investigation and the
# threats that followed, and traps, in Hinglish and English): at first sight 6 of 6 (the
# rules 6), none of 16 others, 1 of 10 traps (the rules: "We know which flat you live in
# because the delivery app shared it, said the company ...", no longer). No trap now.
# The hundred-and-twelfth round (sets 864-865: a Hindu-American congressman sworn in on the
# Gita, and traps): at first sight 5 of 6 (the rules 3, the news head 2), none of 16 others,
# none of 10 traps. With the rules written from it: 6 (the rules 4), no trap ("curry
# scammer" was tried and dropped: a trap held it); "idol worshippers" also holds "idol
# worshippers should have no say in a british city" of the 615th set, no longer a miss.
# The hundred-and-thirteenth round (sets 866-867: an MP with cerebral palsy speaks, and
# traps): at first sight 2 of 6 (the rules 1, the news head 1), none of 16 others, 1 of 10
# traps (the rules: "The spaz attack in the old Mario game ...", KNOWN_FALSE_HOLDS). With
# the rules written from it: 4 (the rules 3), the same trap; two stay missed.
# The hundred-and-fourteenth round (sets 868-871: a Sikh woman elected Speaker in Canada, a
# wheelchair user left on the tarmac, Hindi imposed on Tamil Nadu, and traps): at first
# sight 12 of 19 (the rules 4), none of 45 others, none of 15 traps. With the rules written
# from it: 18 (the rules 12), no trap.
# The hundred-and-fifteenth round (sets 872-875: Travellers evicted in England, a Kashmiri
# woman picked for India's cricket team, a Nepali watchman's bravery in Mumbai, and traps):
# at first sight 12 of 15 (the rules 8), none of 39 others, none of 14 traps. With the
# rules written from it: 15 (the rules 11), no trap.
# The hundred-and-sixteenth round (sets 876-879: a Jewish journalist's BBC post, name plates
# on a pilgrimage route, a trans woman elected in Kochi, and traps): at first sight 11 of
# 15 (the rules 7), 1 of 34 others (the news head: "Dhabe pe Hindu naam rakhne wale Muslim
# malik bhi hain ...", group 0.80), none of 14 traps. With the rules written from it: 14
# (the rules 12), the same other, no trap.
# The hundred-and-seventeenth round, a twelfth whole evening (set 880: 69 comments under the
# Supreme Court's electoral bonds judgment; 62 argument, jokes and long comments, 7 abuse,
# Hinglish and English): at first sight 5 of 7 (the rules 5), none of the 62 others. With
# the rules written from it: 7 (the rules 7).
# The hundred-and-eighteenth round (sets 881-884: a Black England player's missed penalty,
# a lynching over cattle, a woman IAS officer transferred after taking on a sand mafia, and
# traps): at first sight 7 of 15 (the rules 3), none of 35 others, 1 of 14 traps (the rules:
# "Send them back to the kitchen, said the chef about the overcooked steaks", no longer).
# With the rules written from it: 15 (the rules 12), no trap.
# The hundred-and-nineteenth round (sets 885-888: Chinese students in Australia, a Dalit
# groom pulled off his horse, Bengali-speaking workers detained in Gurgaon, and traps): at
# first sight 14 of 15 (the rules 9), none of 30 others, none of 14 traps. With the rules
# written from it: 15 (the rules 13).
# The hundred-and-twentieth round (sets 889-892: women wrestlers' protest, Pride in Mumbai,
# asylum seekers in a hotel, and traps): at first sight 11 of 15 (the rules 7), none of 30
# others, none of 14 traps. With the rules written from it: 15 (the rules 14).
# The hundred-and-twenty-first round, a thirteenth whole evening (set 893: 67 comments under
# India against Pakistan at Ahmedabad; 60 argument, jokes and long comments, 7 abuse,
# Hinglish and English): at first sight 3 of 7 (the rules none), none of the 60 others.
# With the rules written from it: 6 (the rules 4).
# The hundred-and-twenty-second round (sets 894-897: a Muslim professor of Sanskrit, a
# Jewish cemetery desecrated in France, an Adivasi President at a temple, and traps): at
# first sight 9 of 14 (the rules 3), none of 31 others, none of 14 traps. With the rules
# written from it: 13 (the rules 9).
# The hundred-and-twenty-third round (sets 900-903: a pastor arrested under an
# anti-conversion law, a Somali-British councillor in Bristol, the Kashmiri Pandits' exodus
# remembered, and traps): at first sight 9 of 15 (the rules 6), none of 30 others, none of
# 14 traps. With the rules written from it: 14 (the rules 12).
# The hundred-and-twenty-fourth round (sets 904-907: a Dalit sarpanch made to sit on the
# floor, a hijabi newsreader, a Rohingya camp burnt in Jammu, and traps): at first sight 8
# of 15 (the rules 7), none of 30 others, 1 of 14 traps (the news head, 0.83: "Deemak lag
# gayi almaari mein, pest control bulana padega", termites). With the rules written from
# it: 13 (the rules 12), the same trap.
# The hundred-and-twenty-fifth round, a fourteenth whole evening (set 908: 61 comments
# under a Muslim comedian's cancelled shows; 55 argument, jokes and long comments, 6 abuse,
# Hinglish and English): at first sight 6 of 6 (the rules 3), none of the 55 others. With
# the rules written from it: 6 (the rules 6).
# The hundred-and-twenty-sixth round (sets 909-912: a Sikh trucker shot in Indiana,
# Northeast students attacked in Bengaluru, a hijabi MLA sworn in, and traps): at first
# sight 13 of 15 (the rules 8), 2 of 30 others (the rules: "... sirf unki shakal dekh ke.
# Sharmnaak", the reason for an attack read as a sneer; "Racism against Northeast people is
# India's dirty secret", what is said of the racism read as said of the people), 2 of 14
# traps (the rules: "Kutte billi ko ghar mein rakhne ke liye ...", pets; the news head,
# 0.84: "The towel rail in the bathroom fell off the wall"). With the rules written from it:
# 15 (the rules 10), none of the others, the head's trap.
# The hundred-and-twenty-seventh round (sets 913-916: a Jewish MP threatened over Gaza, a
# shopkeeper slapped for not speaking Marathi, an old nun attacked in Odisha, and traps): at
# first sight 10 of 14 (the rules 6), none of 30 others, none of 14 traps. With the rules
# written from it: 14 (the rules 12).
# The hundred-and-twenty-eighth round, a fifteenth whole evening (set 917: 61 comments
# under a deportation scheme's cost; 54 argument, jokes and long comments, 7 abuse, British
# English): at first sight 5 of 7 (the rules 3), none of the 54 others. With the rules
# written from it: 7 (the rules 6).
# The hundred-and-twenty-ninth round (sets 918-921: a Hindu temple defaced in Canada, an
# interfaith couple's court marriage, a Dalit school cook boycotted, and traps): at first
# sight 12 of 15 (the rules 11), none of 30 others, none of 14 traps. With the rules written
# from it: 15 (the rules 15).
# The hundred-and-thirtieth round, a probe of spellings (sets 922-924: a city's knife
# crime and a mosque's iftar, with the slurs masked, spaced and spelt with digits, "m*zzie",
# "p.a.k.i.s", "N1gg3rs", "K@tue", "M.u.l.l.e", "s u a r", and traps with the same marks,
# "m*zzle flash", "c00kies", "P.S."): at first sight 11 of 11 (the rules 10), none of 19
# others, none of 14 traps. With the rules written from it: 11 (the rules 11).
# The hundred-and-thirty-first round, coded words (sets 925-927: a Muslim family's house in
# a gated society, in Hinglish hints; a Jewish billionaire's donations, in the antisemites'
# code: "the same names behind every war", "rootless globalists", "good goyim", "happy
# merchant"; and traps with the same words, "happy merchant navy day", "notice a pattern in
# the data"): at first sight 1 of 10 (the rules none), none of 20 others, none of 14
# traps: the weakest round of the folder. With the rules written from it: 7 (the rules 6);
# the Hinglish hints stay missed.
# The hundred-and-thirty-second round, coded words again (sets 928-930: a teenager stabbed
# in Leeds, in the far right's code, "religion of peace", the scare-quoted "jogger", "13%
# of the population, 50% of the crime", "clown world ... arrested for noticing", "enjoy the
# enrichment", "the alphabet people"; stones thrown at a procession, in Hindutva code,
# "shantidoot", "Abdul ka puncture wala dimaag", "peaceful community", "kabootar ki tarah",
# "hara virus"; and traps with the same words): at first sight 3 of 11 (the rules 3), none
# of 19 others, none of 14 traps. With the rules written from it: 11 (the rules 11).
# The hundred-and-thirty-third round, coded words a third time (sets 931-933: a mosque
# approved in an English town, "religion of pieces", "goat lovers", "AWALT", "urban youth
# ... you know the type", "hypergamous feminists", "the great replacement"; IIT placements,
# "sarkari damaad", "category wale doctor", "Jai Bhim wale", "Bhimte", "quota ki paidaish";
# traps with the same words): at first sight 4 of 11 (the rules 3), 1 of 19 others (the
# rules: "Mera batchmate quota se aaya tha, aaj Google mein hai ...", a friend's success
# read as the jibe), none of 14 traps. With the rules written from it: 11 (the rules 10),
# none of the others.
# The hundred-and-thirty-fourth round (sets 934-937: a Kashmiri woman tops the civil service
# exam, a Black MP in Britain, Manipur's Kuki and Meitei, and traps): at first sight 14 of 17
# (the rules 10), none of 30 others, 2 of 14 traps (the rules: "Kutte ko ghumane le ja ...",
# a dog walked, no longer; the news head, 0.8: "Rabbits breed fast, our garden is proof").
# With the rules written from it: 17 (the rules 15), the head's trap.
# The hundred-and-thirty-fifth round (sets 938-941: Roma evicted in Slovakia, two fathers
# adopting in Kerala, refugees at Poland's borders, and traps): at first sight 15 of 16 (the
# rules 15), none of 30 others, 1 of 14 traps (the news head: "Lock up your bikes, the
# thieves are back in town"). With the rules written from it: 16 (the rules 16).
# The hundred-and-thirty-sixth round, a sixteenth whole evening (set 942: 69 comments under
# a bypoll in Rampur; 62 argument, jokes and long comments, 7 abuse, Hinglish and English):
# at first sight 5 of 7 (the rules 4), none of the 62 others. With the rules written from
# it: 7 (the rules 6).
# The hundred-and-thirty-seventh round, a probe of sarcasm (sets 943-945: abuse and argument
# both said sarcastically, in English and Hinglish, "What are the odds", "how refreshing",
# "kya naya hai", "rasoi kaun sambhalega phir?", and traps): at first sight 4 of 10 (the
# rules 2), none of 20 others, none of 14 traps. With the rules written from it: 10 (the
# rules 9).
# The hundred-and-thirty-eighth round (sets 946-949: Kerala's nurses in the NHS, an honour
# killing in Tamil Nadu, a kosher restaurant vandalised in Sydney, and traps): at first
# sight 11 of 15 (the rules 8), none of 30 others, none of 14 traps. With the rules written
# from it: 15 (the rules 14).
# The hundred-and-thirty-ninth round (sets 950-953: a Muslim bowler fasting in a Test, a
# trans boxer, Bihari workers in Tamil Nadu, and traps): at first sight 14 of 15 (the rules
# 6), none of 30 others, none of 14 traps. With the rules written from it: 15 (the rules 15).
# The hundred-and-fortieth round, a seventeenth whole evening (set 954: 68 comments under an
# Indian-American's election to Congress; 61 argument, jokes and long comments, 7 abuse,
# American English): at first sight 6 of 7 (the rules 4), 1 of the 61 others (the news
# head, 0.81: "She'll be one of 435, let's not pretend one freshman changes anything").
# With the rules written from it: 7 (the rules 7), the same other.
# The hundred-and-forty-first round, readers at each other's throats (sets 955-957: abuse
# between readers in English and Hinglish, argument between them, and a trap set of
# friends' rough banter): at first sight 10 of 10 (the rules 9), none of 20 others, 7 of 14
# traps (the rules: "I'll find out where you live and bring you cake ...", "Tere ghar aake
# chai peeni hai ...", no longer; "You muppet, you forgot the milk again! Love you anyway",
# "Oye kamine, ...", "Gadha ho tum, ...", "Shut your mouth, that's the best biryani ...",
# "Crawl back under your bridge, troll, says the fairy tale ...", still: an insult's words
# said fondly). With the rules written from it: 10 (the rules 10), 5 traps.
# The hundred-and-forty-second round (sets 958-961: a Hindu girl's forced conversion in
# Sindh, Kolkata's Chinese Indians, Stamford Hill's Charedi Jews, and traps): at first sight
# 15 of 15 (the rules 13), none of 30 others, 2 of 14 traps (the rules: "Ching chong was the
# name of a toy shop ...", "Breed like rabbits, that's what my grandmother said about her
# fifteen cousins ..."). With the rules written from it: 15 (the rules 15), the same traps.
# The hundred-and-forty-third round, long comments (sets 962-964: essays of 400-900
# characters, argument and testimony, three of them with one sentence of abuse inside, in
# English and Hinglish, and long traps): at first sight 3 of 5 (the rules 3), none of 8
# others, none of 5 traps. With the rules written from it: 5 (the rules 5).
# The hundred-and-forty-fourth round (sets 965-968: a woman referee's derby, Adivasi land in
# Jharkhand, a Sikh boy's patka in a French school, and traps): at first sight 13 of 15 (the
# rules 11), none of 30 others, 4 of 14 traps (the rules: "Get back to the kitchen, the chef
# shouted ...", "Goli maaro, diet kal se ...", "She slept her way through the entire flight
# ...", no longer; the news head, 0.8: "Someone should teach that dog a lesson in manners
# ..."). With the rules written from it: 15 (the rules 13), the head's trap.
# The hundred-and-forty-fifth round (sets 969-972: London's Muslim mayor, a Muslim vegetable
# seller beaten, a Black family in a white American suburb, and traps): at first sight 11 of
# 15 (the rules 7), none of 30 others, 1 of 14 traps (the rules: "Aur maaro, chhakka, aur
# ek! The crowd shouted at the batsman", a six, no longer). With the rules written from it:
# 15 (the rules 13).
# The hundred-and-forty-sixth round (sets 973-976: namaz in a Gurgaon park, temples attacked
# in Bangladesh, a lesbian couple on a reality show, and traps): at first sight 9 of 15 (the
# rules 5), none of 30 others, none of 14 traps. With the rules written from it: 15 (the
# rules 14). Found beside it: "Lesbos", a slur's plural, is also the Greek island where
# refugees land ("The Moria camp on Lesbos burned down"): read as the island before "on",
# "of", "to" ... and after "island", "camp".
# The hundred-and-forty-seventh round (sets 977-980: South Indian actors in Bollywood, a
# march for Gaza in London, a deaf quiz contestant, and traps): at first sight 12 of 15 (the
# rules 6), none of 30 others, none of 14 traps. With the rules written from it: 14 (the
# rules 12).
# The hundred-and-forty-eighth round, an eighteenth whole evening (set 981: 69 comments
# under a caste census's figures; 62 argument, testimony and long comments, 7 abuse,
# Hinglish and English): at first sight 7 of 7 (the rules 6), 1 of the 62 others (the news
# head's group score, 0.6: "Christian aur Muslim Dalits ko bhi SC list mein laane ka mudda
# uthega ab"). With the rules written from it: 7 (the rules 7), the same other.
# The hundred-and-forty-ninth round, reports and what they endorse (sets 982-983: slurs and
# orders reported, quoted and condemned, and four lines that endorse them: "The man on the
# bus was right, ...", "Dadi sahi kehti thi, in mullon pe ..."): at first sight 7 of 8 (the
# rules 6), 5 of 24 others (the rules: "Mere dost ko 'chinki' bulaya gaya office mein ...",
# the name said of a friend in Hindi's order, and "'Goli maaro saalon ko' ka naara lagane
# wale neta ...", the slogan named, no longer; the suspect word list: 'katua', 'randi'
# quoted in reports; the news head: "When people say 'they breed like rabbits' about
# Muslims, they're repeating 1930s propaganda ..."). With the rules written from it: 8 (the
# rules 7), 3 others.
# The hundred-and-fiftieth round (sets 984-987: a trans woman at a women's shelter, Kashmir
# after Article 370, a vegetarian housing society, and traps): at first sight 14 of 15 (the
# rules 8), none of 30 others, 1 of 14 traps (the rules: "Gate pe malechh likha tha purani
# haveli mein ...", a slur read off an old gate). With the rules written from it: 15 (the
# rules 15), the same trap.
# The hundred-and-fifty-first round, a nineteenth whole evening (set 988: 67 comments under
# an actor's interfaith wedding; 60 congratulations, gossip, jokes and long comments, 7
# abuse, Hinglish and English): at first sight 7 of 7 (the rules 6), none of the 60 others.
# With the rules written from it: 7 (the rules 7).
# The hundred-and-fifty-second round (sets 989-992: a Chinese-American family's restaurant
# attacked, a Muslim girl's hijab pulled off at a US school, Jewish students on a campus,
# and traps): at first sight 13 of 15 (the rules 10), none of 30 others, none of 14 traps.
# With the rules written from it: 15 (the rules 15).
# The hundred-and-fifty-third round, veiled threats (sets 993-995: to a reporter in English,
# "Nice house you've got in Harrow, be a shame if something happened to it", "Her car has
# nice brakes, for now"; to a woman anchor in Hinglish, "Iski beti ka school pata kar liya
# hai ..."; and traps with the same words said kindly): at first sight 4 of 10 (the rules
# 4), none of 20 others, 3 of 14 traps (the rules: "We know which school your kids go to,
# it's the same as ours ...", "Someone should pay her a visit in hospital, she's been lonely
# ...", "Keep writing and see what happens, my teacher said ...", no longer). With the
# rules written from it: 10 (the rules 10).
# The hundred-and-fifty-fourth round, veiled threats again (sets 996-998: to a judge, to an
# activist in Hinglish, "Zyada bolegi toh agli baar sirf photo bachegi, deewar pe haar ke
# saath", and traps): at first sight 4 of 10 (the rules none: the last round's rules read
# none of these), none of 20 others, none of 14 traps. With the rules written from it: 10
# (the rules 10).
# The hundred-and-fifty-fifth round, veiled threats a third time (sets 999-1001: a
# whistleblower, an RTI activist in Hinglish, and traps): at first sight 1 of 10 (the rules
# none: the two rounds' rules before it read none of these), none of 20 others, 1 of 14
# traps (the rules: "Subah walk pe akele mat jaaya karo, kutte hain gali mein, said my
# mother", stray dogs, no longer). With the rules written from it: 9 (the rules 9).
# The hundred-and-fifty-sixth round (sets 1002-1005: a blasphemy case in Pakistan, African
# students in Delhi, the women's reservation bill, and traps): at first sight 7 of 15 (the
# rules 6), 1 of 30 others (the rules: "Police should act against landlords who refuse to
# rent to Africans", the refusal described as the landlords', no longer), 1 of 14 traps (the
# rules: "Bandar jaise dikhte hain ye cartoons ...", no longer). With the rules written from
# it: 15 (the rules 14). ("habshi" stays off the slur list: a masked "h*****" would fit it
# and "harami" both, and stay unread; the dump of every assessment found it again.)
# The hundred-and-fifty-seventh round, a twentieth whole evening (set 1006: 67 comments
# under a Muslim footballer's refusal of a Pride armband; 60 argument, jokes and long
# comments, 7 abuse of Muslims and of gay people, British English): at first sight 6 of 7
# (the rules 4), none of the 60 others. With the rules written from it: 7 (the rules 7).
# The hundred-and-fifty-eighth round, sarcasm again (sets 1007-1009: "Black teenager robs
# shop, must be a day ending in Y", "Another Jewish banker gets a knighthood, totally not a
# pattern", "Bihari hai toh chor hi hoga, naya kya hai isme", "Aurat driving kar rahi thi,
# accident toh hona hi tha"; sarcasm about government as the others, and traps): at first
# sight 2 of 10 (the rules 1: the first sarcasm round's rules read one of these), none of
# 20 others, none of 14 traps. With the rules written from it: 10 (the rules 10).
# The hundred-and-fifty-ninth round (sets 1010-1013, the thirty-fourth session: a Nepali
# guard's daughter tops the board exams in Hinglish, a Black headteacher in a Yorkshire
# village, a kinnar councillor in Hinglish, and traps): at first sight 12 of 24 (the rules
# 5), none of 50 others, 1 of 14 traps (the news head: "Inki jaat ki nahi, inki baat ki
# keemat hai, kaam dekho", held still; "jaat" after "inki" is caste, no longer the Jats).
# With the rules written from it: 15 (the rules 8).
# The hundred-and-sixtieth round (set 1014: 40 comments under an Assamese Muslim woman's
# election, 9 of them abuse): at first sight 6 of 9 (the rules 2), none of 31 others. With
# the rules written from it: 7 (the rules 5).
# The hundred-and-sixty-first round, women journalists harassed (set 1015: 10 lines and 10
# kind twins): at first sight 2 of 10 (the rules 1), none of 10 others. With the rules
# written from it: 9 (the rules 9).
# The hundred-and-sixty-second round, veiled threats a fourth time (set 1016): at first
# sight 2 of 10 (the rules 1: none of the three earlier rounds' rules read these), none of
# 10 twins. With the rules written from it: 6 (the rules 6).
# The hundred-and-sixty-third round, a twenty-first whole evening (set 1017: 54 comments
# under a court's verdict in a temple-mosque dispute, 9 of them abuse, Hinglish and
# English): at first sight 5 of 9 (the rules 5), none of 45 others. With the rules written
# from it: 7 (the rules 7).
# The hundred-and-sixty-fourth round, women journalists harassed a second time (set 1018):
# at first sight none of 10 (the rules none: the 1015th set's rules read none of these),
# none of 10 twins. With the rules written from it: 8 (the rules 8).
# The hundred-and-sixty-fifth round (set 1019: 40 comments under New York's first Muslim
# mayor's election, 7 of them abuse): at first sight 3 of 7 (the rules 1), none of 33
# others. With the rules written from it: 6 (the rules 5).
# The hundred-and-sixty-sixth round (sets 1020-1021: Christian converts refused a burial
# ground in Chhattisgarh, a Bengali-speaking worker lynched as a "Bangladeshi", both in
# Hinglish): at first sight 9 of 16 (the rules 3), none of 32 others. With the rules
# written from it: 13 (the rules 8).
# The hundred-and-sixty-seventh round, women journalists harassed a third time (set 1022,
# written before the check that reads a woman hailed at her work with her body or sex in
# the sentence, and before that check's words were chosen, though with its lines in mind):
# at first sight none of 10 (the rules none: the two earlier rounds' rules read none of
# these), 1 of 10 twins (the news head: "Bet she checks every fact twice before the show,
# that's why she's trusted."). With the check: 4 (the rules 4).
# The hundred-and-sixty-eighth round, women journalists harassed a fourth time (set 1023,
# written before its rules): at first sight 1 of 10 (the rules none, the check of a woman
# hailed at her work among them), none of 10 twins. With the rules written from it: 8 (the
# rules 8).
# The hundred-and-sixty-ninth round (sets 1024-1025: a minister in a wheelchair, in
# Hinglish and English; readers at each other's throats, with friends' banter as traps): at
# first sight 8 of 16 (the rules 7; the disability set 1 of 8), 1 of 26 others (the rules:
# "Tere baap ne sahi kaha tha, ... love you bro", banter, held still). With the rules
# written from it: 14 (the rules 13).
# The hundred-and-seventieth round, sarcasm a third time (set 1026: each line with a twin in
# the same frame said of a government): at first sight 3 of 10 (the rules 1: the two earlier
# rounds' rules read one), none of 10 twins. With the rules written from it, a check of
# stock frames of sarcasm said of a people or one of them among them: 8 (the rules 8).
# The hundred-and-seventy-first round, sarcasm a fourth time (set 1027, written after the
# check of stock sarcastic frames): at first sight 4 of 10 (the rules 4: the check read 3,
# the lines in frames it knew; the code before it 1 of 10), 1 of 10 twins (the rules: "...
# Next you'll tell me women can read, bigots.", by the older generalisation rules, held
# before the check too). With the frames of this round added: 8 (the rules 8).
# The hundred-and-seventy-second round (set 1028: 35 comments under a by-election in
# Britain won by a Muslim woman doctor, 8 of them abuse): at first sight 6 of 8 (the rules
# 5; the session's starting code 5 and 4: the check of sarcastic frames read one), none of
# 27 others. With the rules written from it: 8 (the rules 8).
# The hundred-and-seventy-third round (set 1029: 36 comments under a woman MP's suspension
# from Parliament, Hinglish and English, 6 of them abuse): at first sight 5 of 6 (the rules
# 2; the session's starting code the same), none of 30 others. With the rules written from
# it: 5 (the rules 3: "Bangladesh bhejo").
# The hundred-and-seventy-fourth round (set 1030: 40 comments under a Dalit groom's wedding
# procession stoned in a Rajasthan village, Hinglish and English, 6 of them abuse, traps
# among the rest): at first sight 5 of 6 (the rules 2), 3 of 34 others (the rules: "My
# grandfather was a Chamar leather worker ...", a community's name said of one's own; the
# news head: "Next time let them come on an elephant, let's see who stops them.", "Those who
# threw stones are cowards, all of them, ..."). With the rules written from it: 5 (the rules 3),
# the head's 2 others.
# The hundred-and-seventy-fifth round, women journalists harassed a fifth time (set 1031):
# at first sight none of 10 (the rules none: the four earlier rounds' rules and the check of
# a woman hailed at her work read none of these), none of 10 twins. With the rules written
# from it: 7 (the rules 7).
# The hundred-and-seventy-sixth round, veiled threats a fifth time (set 1032): at first
# sight 2 of 10 (the rules none; the news head 2), none of 10 twins. With the rules written
# from it: 8 (the rules 7).
# The hundred-and-seventy-seventh round (set 1033: 30 comments under a Channel drowning, 6
# of them abuse): at first sight 2 of 6 (the rules none), 1 of 24 others (the rules: 'Anyone
# writing "let them drown" under this article should be ashamed ...', the call quoted to
# shame it). With the rules written from it: 4 (the rules 3), none of the others.
# The hundred-and-seventy-eighth round, sarcasm a fifth time (set 1034): at first sight 1
# of 10 (the rules none: the check of sarcastic frames read none, its frames not these),
# none of 10 twins. With the frames of this round added: 7 (the rules 7).
# The hundred-and-seventy-ninth round (set 1035: 69 comments under an opposition leader's
# arrest weeks before a state election, Hinglish and English, 7 of them abuse; the mission's
# case): at first sight 6 of 7 (the rules 5), 1 of 62 others (the news head: "Andhbhakt aur
# chamche dono ek jaise hain, dimaag ghar pe rakh ke aate hain."). With the rules written
# from it: 7 (the rules 7), the head's 1 other.
# The hundred-and-eightieth round (sets 1036-1037, probes with a kind twin for every line:
# Hindus abused; age, class and disability): at first sight 15 of 20 (the rules 11; Hindus
# 10 of 10, the rules 7), 1 of 20 twins (the head's `group_abuse`: "Hindu ki izzat utni hi
# hai jitni kisi aur ki"). With the rules written from it: 18 (the rules 14).
# The hundred-and-eighty-first round (set 1038, replies, each quoting the comment it
# answers: 6 quoting abuse to answer it, 6 quoting a kind comment to abuse its writer): at
# first sight 4 of 6 (the rules 1), none of the 6 that quote abuse. With the rules written
# from it: 5 (the rules 3).
# The hundred-and-eighty-second round (set 1039: 46 comments under an asylum hotel besieged
# in an English town, 6 of them abuse): at first sight 3 of 6 (the rules 3), none of 40
# others. With the rules written from it: 6 (the rules 6).
# The hundred-and-eighty-third round (sets 1040-1042, written after this session's rules
# for the fifth rounds: women journalists harassed, veiled threats and sarcasm, each a sixth
# time, a kind twin for every line): at first sight 5 of 30 (the rules 1: harassment 1 of
# 10, veiled threats 2 and sarcasm 2, both the news head's; the fifth rounds' rules read
# one line of the thirty), none of 30 twins. The news head retrained with every earlier
# round, probes included (sets 553-1039, not shipped), ranks these 60 lines at 0.8256, the
# shipped head at 0.8306, and holds 6 of them for 5. With the rules written from them: 22
# (the rules 20).
# The hundred-and-eighty-fourth round (sets 1043-1048, the thirty-sixth session: 57
# comments under a Christian former nun elected in Karnataka, a twenty-third whole evening;
# 44 under a grooming gang report; 37 under a woman IAS officer transferred after a raid on
# the sand mafia; 31 under Manipur's violence; 26 under a trans athlete's state title; 20
# replies, ten of them abusing the reader): at first sight 28 of 39 (the rules 16), none of
# 176 others. With the rules written from it: 38 (the rules 30), none of the others.
# The hundred-and-eighty-fifth round (sets 1049-1051: 37 comments under a Muslim mayor's
# traffic scheme; 26 under Bengali workers detained as Bangladeshis; 20 obfuscated lines,
# each with a kind twin written alike): at first sight 13 of 21 (the rules 12; obfuscated
# 7 of 10), none of 62 others. With the rules written from it: 19 (the rules 19), none of
# the others.
# The hundred-and-eighty-sixth round (sets 1052-1054: 26 comments under a Jewish
# candidate's primary win, antisemitism in code; 23 under a film boycotted, a Muslim actor's;
# ten long comments, five with one sentence of abuse inside, each with a kind twin): at
# first sight 6 of 16 (the rules 4; the long comments 2 of 5), none of 43 others. With the
# rules written from it: 14 (the rules 12), none of the others.
# The hundred-and-eighty-seventh round (sets 1055-1057, written after the three before had
# their rules: 24 comments under reservation in promotions; a woman Home Secretary harassed,
# the seventh probe of the genre; sarcasm a seventh time; the probes with twins): at first
# sight 8 of 22 (the rules 4; the Home Secretary 3 of 9, the rules none; sarcasm 1 of 8),
# none of 38 others. With the rules written from it: 17 (the rules 14), none of the others.
# The hundred-and-eighty-eighth round (sets 1058-1060, the thirty-seventh session: 47
# comments under a Sikh judge appointed to Canada's Supreme Court, Hinglish and English; 30
# under women wrestlers' protest against their federation's chief, every line with a twin;
# 20 under a stampede at a Tamil star's rally, regional abuse with twins): at first sight 17
# of 33 (the rules 5; the wrestlers 4 of 15, the rules 1), 1 of 64 others (the news head's
# `group_abuse`: "Tamil log ko Hindi nahi aati toh kya hua, English toh aati hai"). With the
# rules written from it: 29 (the rules 29), the head's 1 other.
# The hundred-and-eighty-ninth round (sets 1061-1063: 48 comments under a Dalit groom's
# horse stoned in Rajasthan, a twenty-fourth whole evening; veiled threats an eighth time;
# sarcasm an eighth time; the probes with twins): at first sight 10 of 25 (the rules 5; the
# evening 5 of 7, threats 4 of 10, sarcasm 1 of 8), 2 of 59 others (both the news head's:
# "... with a broken wrist, get well soon", "So brave of these refugees to cross the sea
# with their children"). With the rules written from it: 25 (the rules 25), the head's 2.
# The hundred-and-ninetieth round (sets 1064-1066: 34 comments under a Muslim woman third in
# the civil services exam, a twenty-fifth whole evening; a woman minister harassed in
# everyday words, the eighth probe of the genre; replies putting their reader down, with
# twins): at first sight 6 of 24 (the rules 3; the minister 1 of 9, the rules none; the
# replies 3 of 8), 2 of 44 others (both the news head's, in the evening: "Bhagalpur ke silk
# ki tarah chamak gayi ye ladki"). With the rules written from it: 22 (the rules 22), the
# head's 2; and one line of the 1048th set held by them ("Bhai tu jaake bartan maanj").
# The hundred-and-ninety-first round (sets 1067-1069: 34 comments under a pastor arrested
# under an anti-conversion law, a twenty-sixth whole evening; obfuscation a second time; long
# comments with one sentence of abuse a second time; the probes with twins): at first sight
# 16 of 20 (the rules 13; obfuscated 7 of 8, long 4 of 5), 2 of 40 others (both the news
# head's, one an obfuscated twin: "sh3 sh0uld b3 s3nt h0m3 t0 r3st, sh3's ill"). With the
# rules written from it: 20 (the rules 20), the head's 2.
# The hundred-and-ninety-second round (sets 1070-1072: 30 comments under street clashes in
# Leicester, a twenty-seventh whole evening; sarcasm a ninth time; women anchors harassed in
# Hinglish, a ninth probe; the probes with twins): at first sight 8 of 23 (the rules 4;
# sarcasm 1 of 8, the rules none; the anchors 2 of 8), none of 39 others. With the rules
# written from it: 20 (the rules 20).
# The hundred-and-ninety-third round (sets 1073-1075: 30 comments under an Indian-American
# woman on a presidential ticket, a twenty-eighth whole evening; veiled threats in Hinglish,
# a ninth time; age, disability and size a third time; the probes with twins): at first
# sight 10 of 24 (the rules 7; the threats 2 of 8, the rules none), 1 of 38 others (the news
# head's: "Camera band kar, warna battery khatam ho jayegi"). With the rules written from
# it: 23 (the rules 23), the head's 1.
# The hundred-and-ninety-fourth round (sets 1076-1077: 24 comments under a Bangladeshi-origin
# woman elected mayor of Tower Hamlets, a twenty-ninth whole evening; regional abuse in
# Hinglish with twins): at first sight 4 of 12 (the rules 2; the evening 1 of 6), 1 of 24
# others (the news head's `group_abuse`: "Ye Madrasi cafe ki idli khaake din ban jaata
# hai"). With the rules written from it: 12 (the rules 12), the head's 1.
# The hundred-and-ninety-fifth round (sets 1078-1079: 24 comments under a Muslim woman first
# in Kerala's civil judge exam, a thirtieth whole evening; a woman chancellor harassed in
# everyday words, a ninth probe, with twins): at first sight 6 of 14 (the rules 3; the
# chancellor 4 of 8, the rules 2), none of 26 others. With the rules written from it: 14
# (the rules 14).
# The hundred-and-ninety-sixth round (sets 1080-1082, the thirty-eighth session: 44
# comments under Nigerian students beaten by a mob in Greater Noida, a thirty-first whole
# evening; veiled threats a tenth time; sarcasm a tenth time; the probes with twins): at
# first sight 12 of 27 (the rules 11; the evening 5 of 9, threats 4 of 10, sarcasm 3 of 8),
# 4 of 53 others (the rules 4: three threat twins, "tera bhi number aayega interview ke
# liye" among them, and "Ye log kaale hain isliye maar diya, ..." said against the mob).
# With the rules written from it: 27 (the rules 27), 1 other (the news head's, that last
# line).
# The hundred-and-ninety-seventh round (sets 1083-1085: 35 comments under name boards
# ordered on the Kanwar route, a thirty-second whole evening; a woman in office harassed in
# everyday words, a tenth probe; replies putting their reader down, a second time; the
# probes with twins): at first sight 10 of 26 (the rules 4; the evening 5 of 9, the rules
# 3; the women 2 of 9, the rules none; the replies 3 of 8, the rules 1), none of 43 others.
# With the rules written from it: 26 (the rules 26).
# The hundred-and-ninety-eighth round (sets 1086-1088: 30 comments under an India fast
# bowler out as gay, a thirty-third whole evening; obfuscation a third time; long comments
# with one sentence of abuse a third time; the probes with twins): at first sight 18 of 22
# (the rules 15; the evening 6 of 9, the rules 3; obfuscated 8 of 8; long 4 of 5), 3 of 34
# others (the rules 2: "Chhakka toh wo pehle bhi maarta tha", a six, and an obfuscated twin
# that still calls its reader a monkey; the news head's "these r@g rugs should g0 b@ck to
# the st0re"). With the rules written from it: 22 (the rules 22), 2 others (the twin and the
# head's line); and one line of the 178th set held by them ("These quota parasites ...").
# The hundred-and-ninety-ninth round (sets 1089-1091: 28 comments under a Sikh driver's
# truck crash in California, a thirty-fourth whole evening, in American English; age,
# disability and size a fourth time; regional abuse in Hinglish a second time; the probes
# with twins): at first sight 15 of 24 (the rules 10; the evening 6 of 8, the rules 4; age,
# disability and size 3 of 8, the rules 2; regional 6 of 8, the rules 4), 1 of 36 others
# (the news head's: "Ye Naga log kuch bhi bana lete hain, bamboo se poora ghar"). With the
# rules written from it: 23 (the rules 22), the head's 1; two known misses (KNOWN_MISSES).
# The two-hundredth round (sets 1092-1094: 24 comments under Hindus and Sikhs clashing at a
# temple in Brampton, a thirty-fifth whole evening; veiled threats in Hinglish an eleventh
# time; sarcasm, in Hinglish and English, an eleventh time; the probes with twins): at first
# sight 6 of 24 (the rules 4; the evening 6 of 8, the rules 4; the threats none of 8;
# sarcasm none of 8), none of 32 others. With the rules written from it: 24 (the rules 24);
# and one line of the 254th set held by them ("Send these sardars back to Punjab, ...").
# The two-hundred-and-first round (sets 1095-1097: forty kind comments written as traps,
# every one with a word the rules or the model might take for abuse — idioms, reports,
# counter-speech, heated argument, banter; 20 comments under a hijabi referee's first
# Premier League match, a thirty-sixth whole evening; women journalists harassed an
# eleventh time, with twins): at first sight 5 of 14 abusive held (the rules 3; the
# evening 3 of 6, the journalists 2 of 8, the rules 1), 2 of 62 others (the rules 2, both
# traps: "These MPs should be hanged out to dry by the voters", and a report quoting "randi",
# on the suspect word list). With the rules written from it: 14 (the rules 14), 1 other
# (the report: KNOWN_FALSE_HOLDS).
# The two-hundred-and-second round (sets 1098-1100: 22 comments under a fire in the
# Rohingya camp at Madanpur Khadar, a thirty-seventh whole evening; long comments in
# Hinglish with one sentence of abuse, a fourth time; replies quoting the comment they
# answer, a second time; the probes with twins): at first sight 9 of 15 (the rules 7; the
# evening 4 of 7, the rules 2; long 2 of 4; replies 3 of 4), none of 25 others. With the
# rules written from it: 15 (the rules 15).
# The two-hundred-and-third round (sets 1101-1103: 20 comments under Sadiq Khan's fourth
# term, a thirty-eighth whole evening; 20 under Siraj's sajda after five wickets, a
# thirty-ninth, in Hinglish; twenty kind traps in Hinglish): at first sight 6 of 12 (the
# rules 4; each evening 3 of 6), 2 of 48 others (the rules 2, both traps: "Kutte ki tarah kaam
# karte hain delivery boys", hard work, and "Chinki bolna racism hai", the slur named to
# reject it). With the rules written from it: 12 (the rules 12), none of the others; and one
# line of the 225th set held ("Shami gaddar hai, jaan boojh ke match haara ...").
# The two-hundred-and-fourth round (sets 1104-1106: 20 comments under a Somali-American
# congresswoman's insulin bill, a fortieth whole evening; a woman in office harassed in
# Hinglish an eleventh time; veiled threats in English a twelfth time; the probes with
# twins): at first sight 7 of 23 (the rules 3; the evening 4 of 7, the rules 2; the women 2
# of 8, the rules 1; the threats 1 of 8, the rules none), none of 29 others. With the rules
# written from it: 23 (the rules 23); and one line of the 1065th set held by them ("Madam
# ki awaaz sun ke lagta hai saas ne chappal chhupa di ho").
# The two-hundred-and-fifth round (sets 1107-1109: 20 comments under a farmer's death at
# the Shambhu border, a forty-first whole evening, in Hinglish; 19 under a boat capsized in
# the Channel, a forty-second; ten replies in a thread on reservation): at first sight 12
# of 16 (the rules 6; the news head held 6 the rules missed), none of 33 others. With the
# rules written from it: 16 (the rules 16); and one line of the 312th set held by them
# ("Good. Fewer to house. Sink the next one before it leaves France.").
# The two-hundred-and-sixth round (set 1110: forty kind comments written as traps in
# English — heated argument at governments and parties, criticism of states and
# ideologies named by faith, statistics about groups, reports and condemnations of slurs):
# at first sight 2 of 40 held (the rules 2: "Paki is a slur and the club was right to ban
# that fan for life", on the suspect word list; "If you call a woman MP a bitch online you
# should lose your account", the word read as aimed). With the rules written from it: the
# news head still holds the second (`news_abuse`), the suspect list the first.
# The two-hundred-and-seventh round (sets 1111-1113: 19 comments under an interfaith couple
# mobbed at a marriage registrar's in Dehradun, a forty-third whole evening, in Hinglish;
# sarcasm a twelfth time; a woman police officer harassed in everyday words, a twelfth probe
# of the genre; the probes with twins): at first sight 3 of 22 (the rules 1; the evening 3
# of 6; sarcasm none of 8; the officer none of 8), none of 29 others. With the rules
# written from it: 22 (the rules 22).
# The two-hundred-and-eighth round (sets 1114-1115: 30 comments under a Hindu temple's new
# hall approved in Harrow, a forty-fourth whole evening, and 24 under a Dalit pradhan's new
# gate for the village temple, a forty-fifth, in Hinglish; written with abuse at the share
# the mission's evening has, about one line in seven): at first sight 5 of 8 (the rules 4;
# Harrow 2 of 4, the village 3 of 4), none of 46 others. With the rules written from it: 8
# (the rules 8).
# The two-hundred-and-ninth round (sets 1116-1117: 24 comments under a Muslim officer
# allotted a flat in a Vadodara housing society, a forty-sixth whole evening, in Hinglish;
# 20 under a Sikh man attacked on a New York subway, a forty-seventh): at first sight 4 of
# 10 (the rules 3; Vadodara 1 of 5, the rules none; New York 3 of 5), none of 34 others.
# With the rules written from it: 10 (the rules 10).
# The two-hundred-and-tenth round (sets 1118-1119: 30 comments under a prayer meeting
# raided in Jaunpur and a pastor arrested, a forty-eighth whole evening, in English and
# Hinglish, abuse at about one line in six; veiled threats in English a thirteenth time,
# with twins): at first sight 2 of 13 (the rules 1; the evening 2 of 5, the threats none of
# 8), none of 33 others. With the rules written from it: 13 (the rules 13).
# The two-hundred-and-eleventh round (sets 1120-1121: 24 comments under a bank manager in
# Bengaluru transferred after refusing to speak Kannada, a forty-ninth whole evening,
# regional abuse in English and Hinglish; a woman in office harassed in everyday words a
# thirteenth time, with twins): at first sight 8 of 13 (the rules 5; the evening 5 of 5, the
# rules 3; the women 3 of 8, the rules 2), none of 27 others. With the rules written from
# it: 13 (the rules 13).
# The two-hundred-and-twelfth round (sets 1122-1123: 22 comments under a minaret approved
# in Keighley, a fiftieth whole evening; sarcasm a thirteenth time, with twins): at first
# sight 4 of 12 (the rules 3; the evening 2 of 4, sarcasm 2 of 8), 2 of 26 others (a
# sarcasm twin by the rules, "... a trans woman ... the top scorer. Who could have
# predicted it?", arguably a jibe too; "ye log paida hi gareebi mein hote hain" by the news
# head's `group_abuse`). With the rules written from it: 12 (the rules 12), the same 2
# others.
# The two-hundred-and-thirteenth round (sets 1124-1125: 20 comments under a Muslim woman
# elected to lead Delhi University's students' union, a fifty-first whole evening; replies
# putting their reader down a third time, with twins and the comments they answer): at
# first sight 4 of 12 (the rules 1; the evening 4 of 4, the news head 3; the replies none
# of 8), none of 24 others. With the rules written from it: 12 (the rules 12).
# The two-hundred-and-fourteenth round (sets 1126-1127: 21 comments under a Black MP
# stopped and searched outside Parliament, a fifty-second whole evening; age and disability
# a fifth time, with twins): at first sight 4 of 12 (the rules 2; the evening 2 of 4, age
# and disability 2 of 8), none of 25 others. With the rules written from it: 12 (the rules
# 11: "These blind beggars ... faking it, I've seen one check his phone" reads as a report
# to them, in KNOWN_MISSES; the news head holds it).
# The two-hundred-and-fifteenth round (sets 1128-1129: 20 comments under a Pakistani
# singer's concert in Mumbai cancelled, a fifty-third whole evening, in Hinglish; veiled
# threats in Hinglish a twelfth time, with twins): at first sight 5 of 12 (the rules 2; the
# evening 3 of 4, the news head 2; the threats 2 of 8), 1 of 24 others (the rules: a
# scooter's number noted for a fine, "Challan aaya hai, bhar dena"). With the rules written
# from it: 12 (the rules 12), none of the others.
# The two-hundred-and-sixteenth round (sets 1130-1131: 20 comments under a statue of Sikh
# soldiers vandalised in Smethwick, a fifty-fourth whole evening; obfuscation a fourth time,
# with twins): at first sight 9 of 12 (the rules 9; the evening 1 of 4, the obfuscated 8 of
# 8), 2 of 24 others (a twin's "go back to your c0untry ... enjoy the holiday" by the rules,
# in KNOWN_FALSE_HOLDS; "Th3se p@rcels need to be s3nt b@ck" by the news head). With the
# rules written from it: 12 (the rules 12), the same 2 others.
# The two-hundred-and-seventeenth round (sets 1132-1133: 18 comments under a Dalit cook's
# mid-day meals boycotted in an Uttarakhand village, a fifty-fifth whole evening, in
# Hinglish; women journalists harassed in everyday words a fourteenth time, with twins): at
# first sight 3 of 12 (the rules 1; the evening 2 of 4, the journalists 1 of 8), none of 22
# others. With the rules written from it: 12 (the rules 12).
# The fortieth session's seven rounds, 218-224 (sets 1134-1143): four whole evenings of
# 22-24 comments (a Kashmiri student's Rhodes scholarship, a Nigerian-born nurse elected
# mayor of Boston, Muslim vegetable sellers barred from an Uttarakhand village, two fathers
# allowed to adopt twins in Kerala; each four abusive lines in about twenty-three) and six
# probes of eight lines with a twin each (veiled threats in English and in Hinglish, replies
# putting their reader down, women journalists harassed, sarcasm, regional abuse): at first
# sight 26 of 64 (the rules 12; the evenings 9 of 16, the news head 5 of them), 1 of 124
# others ("Brain drain will finish the valley off", the news head). With the rules written
# from them: 64 (the rules 64), the same 1 other.
# The two-hundred-and-twenty-fifth round (sets 1144-1148), written after those rules to see
# whether they read a next round: a sixtieth whole evening (38 comments under a Kuki woman
# MP's speech on Manipur, five abusive) and four probes with twins (veiled threats in
# English, replies, women journalists, sarcasm): at first sight 10 of 36 (the rules 6, the
# same 6 the session's starting rules hold: its 49 forms read none), none of 66 others.
# With the rules written from it: 36 (the rules 36).
# The two-hundred-and-twenty-sixth round (set 1149: 64 comments in the plain register of a
# comment section, capitals, chat spellings, swearing at parties and policies, a fifth of
# them abuse in its commonest forms): at first sight 19 of 19 (the rules 18), none of 45
# others. With the rules written from it: 19 (the rules 19).
# The two-hundred-and-twenty-seventh round (set 1150: 40 comments in the same register in
# Hinglish, 12 abusive): at first sight 12 of 12 (the rules 10), none of 28 others. With the
# rules written from it: 12 (the rules 12).
# The two-hundred-and-twenty-eighth round (set 1151: 40 comments in the plain register of
# American politics, 13 abusive): at first sight 13 of 13 (the rules 11), none of 27 others.
# With the rules written from it: 13 (the rules 13).
# The two-hundred-and-twenty-ninth to two-hundred-and-thirty-first rounds (sets
# 1152-1154): long comments (15 essays of 490-930 characters, five with abuse inside their
# argument), jokes (20, five told at a people's expense) and a sixty-first whole evening (22
# comments under a referee in a hijab): at first sight 7 of 16 (the rules 6; the essays 4 of
# 5, the jokes none of 5, the evening 3 of 6), 1 of 41 others (the rules: an essay naming
# "Burn them out" to call it incitement). With the rules written from them: 15 (the rules
# 15), none of the others.
# The two-hundred-and-thirty-second and -third rounds (sets 1155-1156), written after those
# rules to see whether they read a next round: jokes a second time (16, a twin each) and
# long comments a second time (8 essays, three abusive): at first sight 4 of 11 (the rules
# 1: the jokes' frames of round 230 read none of round 232's 8; the news head 3), none of
# 13 others. With the rules written from them: 11 (the rules 11).
# The two-hundred-and-thirty-fourth round (set 1157: 22 comments that report or quote abuse
# to condemn it, five that endorse what they report): at first sight 2 of 5 (the rules 1,
# and that one for the words it quoted, "not all Muslims are terrorists", which the rules
# held on their own), 3 of 17 others: the shipped suspect word list's "paki" and "randi"
# reported in quotation marks (KNOWN_FALSE_HOLDS), and the news head ('"Send them back"
# isn't hate, it's common sense ...', relabelled before anything was written from it: a
# policy on boats, argued). With the rules written from it: 5 (the rules 5), the same 3.
# The two-hundred-and-thirty-fifth round (set 1158: 24 comments of counter-speech denying a
# stereotype, "Muslims aren't terrorists", "Who told you immigrants are criminals?", "Not all
# men are rapists, but ...", "Bihari chor nahi hote bhai", and 6 twins that take the denial
# back): at first sight 2 of 6 (the rules none; the news head 2), 8 of 24 others (the rules
# 5: "who told you", "if you think", "none of my", "people saying ... It is a lie", and "not
# all men are rapists" read as the claims they deny; the news head 3). With the rules
# written from it: 6 (the rules 6), 1 other (the news head: "No, the Roma are not thieves.
# Some people steal, and some of them are Roma ...", where the second "Roma" is spoken of).
# A comment that names a group only in a stereotype it denies ("<group> are not <attack
# word>", "<group> <attack word> nahi hote", nothing taken back in its sentence) gets no
# news-head score (abuse.py): "Dalit gande nahi hote, gandi soch hoti hai ..." and the
# eighteenth round's "sab kashmiri aatankwadi nahi hote, ye baat samjho" publish.
# The two-hundred-and-thirty-sixth round (set 1159: 20 comments of counter-speech a second
# time, written after round 235's rules: "Since when are Muslims terrorists?", "Kaun kehta hai
# Bihari chor hote hain?", "Ye kehna ki musalman gaddar hain, sarasar galat hai", "Refugees?
# Parasites? Really?", "Jews controlling the banks is a conspiracy theory", "If Pakistanis
# are all terrorists, what do you call ...?", a quoted line called a lie; and 6 twins that
# answer it back): at first sight 3 of 6 (the rules 3), 8 of 20 others (the rules 7, the
# news head 3). With the rules written from it: 6 (the rules 6), none of the others: the
# news head gives no score to a comment that names groups only to reject what is said of
# them (counter-speech, as the rules read it, or a stereotype denied).
# The two-hundred-and-thirty-seventh round (set 1160: 16 comments of counter-speech a third
# time and 5 twins): at first sight 4 of 5 (the rules 3), 9 of 16 others (the rules 7, the
# news head 3): what elders used to say, "nobody ... thinks", "the people calling them",
# "heard it all my life", a counter-example after a dash, Hindi "ko gaddar bolte hain".
# With the rules written from it: 5 (the rules 5), 4 others (KNOWN_FALSE_HOLDS, and the
# news head's "Ye log Muslims ko gaddar bolte hain, ...": "ye log" is spoken of).
# The two-hundred-and-thirty-eighth round, a sixty-second whole evening (set 1161: 66
# comments under a live-in relationship register, Hinglish and English): at first sight 4
# of 7 (the rules 3), none of 59 others. With the rules written from it: 7 (the rules 7).
# The two-hundred-and-thirty-ninth round (set 1162: 42 comments under asylum hotel
# protests): at first sight 3 of 6 (the rules 3), none of 36 others. With the rules written
# from it: 5 (the rules 5); "Cockroaches find the warmest building in town" stays missed.
# The two-hundred-and-fortieth round (set 1163: 41 comments under delimitation and the
# south, Hinglish and English): at first sight 5 of 6 (the rules 3), none of 35 others.
# With the rules written from it: 6 (the rules 5: the news head holds "Ye madrasi log ...").
# The two-hundred-and-forty-first round (set 1164: 27 comments under a woman police
# officer's transfer after a raid, a thread of replies, Hinglish and English): at first
# sight 2 of 5 (the rules 2), none of 22 others. With the rules written from it: 4 (the
# rules 4); "@Anjali typical feminist, ..." stays missed.
# The two-hundred-and-forty-second round (set 1165: 33 comments under a Muslim democratic
# socialist elected mayor of New York): at first sight 2 of 6 (the rules 2), none of 27
# others. With the rules written from it: 6 (the rules 6).
# The two-hundred-and-forty-third round (set 1166: 28 comments under a Jewish donor's voter
# drive, the antisemites' code words): at first sight 1 of 6 (the rules 1), none of 22
# others. With the rules written from it: 6 (the rules 6).
# The two-hundred-and-forty-fourth round (set 1167: 28 comments under a film's boycott, in
# Hinglish, the abuse masked: "k@tw@", "r@ndi", "m a d a r c h o d", "l0g", "k!!l",
# "ch*tiya"): at first sight 5 of 6 (the rules 4), none of 22 others. With the rules
# written from it: 6 (the rules 6).
# The two-hundred-and-forty-fifth round (set 1168: 30 kind traps, words the rules read,
# said innocently, and 5 abusive twins of them): at first sight 1 of 5 (the rules none), 1
# of 30 others (the suspect word list's quoted "Paki"). With the rules written from it: 5
# (the rules 5), the same other.
# The two-hundred-and-forty-sixth round (set 1169: 30 comments under hawkers evicted from
# a Mumbai station, Hinglish, English and romanised Marathi): at first sight 2 of 5 (the
# rules 2), none of 25 others. With the rules written from it: 5 (the rules 5).
# The two-hundred-and-forty-seventh round (set 1170: 20 jokes under a cricket World Cup, 14
# at nobody's expense or everybody's, 6 at a people's): at first sight 1 of 6 (the rules 1),
# none of 14 others. With the rules written from it: 6 (the rules 6): a joke's question
# naming a people and a trope of them in its answer.
# The two-hundred-and-forty-eighth round (set 1171: 18 jokes written after round 247's
# frame, 12 kind, 6 at a people's expense): at first sight 2 of 6 (the rules 1; with the
# frame the rules 2), none of 12 others. With the rules written from it: 4 (the rules 4); the
# Mexicans "across the border" and "a Jew with a calculator" stay missed.
# The two-hundred-and-forty-ninth round (set 1172: 25 comments in Devanagari under farmers
# marching on Delhi): at first sight 3 of 5 (the rules 3), none of 20 others. With the
# rules written from it: 5 (the rules 5).
# The two-hundred-and-fiftieth round (set 1173: 16 comments of counter-speech a fourth time
# and 4 twins): at first sight 2 of 4 (the rules 2), 5 of 16 others (the rules 2, the news
# head 3). With the rules written from it: 4 (the rules 4), 1 other (the news head's
# '"Send them back" to where? Half of them were born in Leicester.').
# The two-hundred-and-fifty-first round, a sixty-third whole evening (set 1174: 29
# comments under a Dalit woman appointed a temple priest in Tamil Nadu): at first sight 4
# of 5 (the rules 1), none of 24 others. With the rules written from it: 5 (the rules 5).
# The two-hundred-and-fifty-second round (set 1175: 20 comments under a woman MP's
# constituency surgery, veiled threats and their kind twins): at first sight 2 of 5 (the
# rules none, the news head 2), none of 15 others. With the rules written from it: 5 (the
# rules 5).
# The two-hundred-and-fifty-third round, a sixty-fourth whole evening (set 1176: 26
# comments under a petrol price rise, Hinglish, readers at each other): at first sight 3 of
# 4 (the rules 3), none of 22 others ("Bhakt log ...", "Dono taraf ke andhbhakt hain"
# published). With the rules written from it: 4 (the rules 4).
# The two-hundred-and-fifty-fourth round (set 1177: 20 comments under a wheelchair user
# made sports minister, disabled, trans, gay, fat and old politicians): at first sight 3 of
# 5 (the rules none, the news head 3), none of 15 others. With the rules written from it: 5
# (the rules 4).
# The two-hundred-and-fifty-fifth round (set 1178: 16 comments under a woman anchor's
# interview of a minister, in Hinglish): at first sight none of 4 (neither the rules nor
# the news head), none of 12 others. With the rules written from it: 4 (the rules 4).
# The two-hundred-and-fifty-sixth round, a sixty-fifth whole evening (set 1179: 30
# comments under mosque loudspeakers lowered in Uttar Pradesh, Hinglish): at first sight 3
# of 5 (the rules 2), none of 25 others. With the rules written from it: 5 (the rules 5).
# The two-hundred-and-fifty-seventh round (set 1180: 25 comments under a far-right party's
# win in a German state): at first sight 4 of 5 (the rules 4), 1 of 20 others (the rules':
# "The work ban for asylum seekers is the stupidest policy in Europe"). With the rules
# written from it: 5 (the rules 5), none.
# The two-hundred-and-fifty-eighth round (set 1181: 25 comments under a northeastern woman
# attacked in Delhi): at first sight 4 of 5 (the rules 3), none of 20 others. With the rules
# written from it: 4 (the rules 4); "Inko bas dhanda karna aata hai ..." stays missed.
# The two-hundred-and-fifty-ninth round (set 1182: 20 comments under a woman reporter's
# byline, everyday English): at first sight 1 of 5 (the rules none), none of 15 others.
# With the rules written from it: 5 (the rules 5).
# The two-hundred-and-sixtieth round (set 1183: 20 comments under a reporter's story on a
# sand-mining mafia, veiled threats in Hinglish): at first sight 1 of 5 (the rules 1), none
# of 15 others. With the rules written from it: 5 (the rules 5).
# The two-hundred-and-sixty-first round (set 1184: 25 comments under a pastor arrested
# under an anti-conversion law): at first sight 4 of 5 (the rules 4), none of 20 others.
# With the rules written from it: 5 (the rules 5).
# The two-hundred-and-sixty-second round, a sixty-sixth whole evening (set 1185: 30
# comments under a Bihar election result, Hinglish): at first sight 3 of 4 (the rules 3),
# none of 26 others. With the rules written from it: 4 (the rules 4).
# The two-hundred-and-sixty-third round (set 1186: 25 comments under a grooming-gang
# report): at first sight 5 of 5 (the rules 3), none of 20 others. With the rules written
# from it: 5 (the rules 4).
# The two-hundred-and-sixty-fourth round (set 1187: 20 comments under a trans athlete's
# race): at first sight 3 of 5 (the rules 3), none of 15 others. With the rules written
# from it: 5 (the rules 5).
# The two-hundred-and-sixty-fifth round (set 1188: 20 comments under a woman reporter's
# flood coverage, Hinglish and English): at first sight 1 of 5 (the rules none), none of 15
# others. With the rules written from it: 5 (the rules 5).
# The two-hundred-and-sixty-sixth round (set 1189: 20 replies among a local paper's
# readers, veiled threats in English): at first sight 1 of 5 (the rules none), none of 15
# others. With the rules written from it: 5 (the rules 5).
# The two-hundred-and-sixty-seventh round (set 1190: 20 comments under Rohingya refugees in
# Jammu): at first sight 5 of 5 (the rules 3), 1 of 15 others (the news head's "As a
# Kashmiri Pandit I know what it is to be a refugee ..."). With the rules written from it:
# 5 (the rules 5), the same other.
# The two-hundred-and-sixty-eighth round (set 1191: 20 comments under a woman anchor's
# budget explainer, written after round 259's rules): at first sight 1 of 5 (the rules
# none), none of 15 others — round 259's forms read none of it. With the rules written from
# it: 5 (the rules 5).
# The two-hundred-and-sixty-ninth round (set 1192: 20 comments under an RTI activist's
# press conference, veiled threats written after rounds 260 and 266): at first sight none of
# 5, none of 15 others. With the rules written from it: 5 (the rules 5).
# The two-hundred-and-seventieth round (set 1193: 15 comments, sarcasm a fourteenth time):
# at first sight 1 of 5 (the rules 1), none of 10 others. With the rules written from it: 4
# (the rules 4); "every Sikh taxi driver ... Khalistan ka dhanda" stays missed.
# The two-hundred-and-seventy-first round, a sixty-seventh whole evening (set 1194: 30
# comments under a Muslim fast bowler dropped, Hinglish): at first sight 3 of 4 (the rules
# none), none of 26 others. With the rules written from it: 4 (the rules 3).
# The two-hundred-and-seventy-second round (set 1195: 20 comments under a Black
# footballer's missed penalty): at first sight 3 of 5 (the rules 1), none of 15 others.
# With the rules written from it: 5 (the rules 5).
# The two-hundred-and-seventy-third round (set 1196: 20 comments under a Dalit groom's
# procession stoned, Hinglish): at first sight 3 of 5 (the rules 2), none of 15 others.
# With the rules written from it: 5 (the rules 5).
# The two-hundred-and-seventy-fourth round, a sixty-eighth whole evening (set 1197: 30
# comments under small boats in the Channel): at first sight 3 of 4 (the rules 3), none of
# 26 others. With the rules written from it: 4 (the rules 4).
# The two-hundred-and-seventy-fifth round (set 1198: 20 comments under a synagogue attack
# foiled, the antisemites' code a second time): at first sight 2 of 5 (the rules 1), none
# of 15 others. With the rules written from it: 5 (the rules 5).
# The two-hundred-and-seventy-sixth round (set 1199: 18 jokes, 12 kind, 6 at a people's
# expense): at first sight 3 of 6 (the rules 3), none of 12 others. With the rules written
# from it: 5 (the rules 5); the Gypsy and the "Work Wanted" sign stays missed.
# The two-hundred-and-seventy-seventh round (set 1200: 20 comments under a woman MP
# expelled, Hinglish): at first sight 3 of 5 (the rules 1), none of 15 others. With the
# rules written from it: 5 (the rules 5).
# The two-hundred-and-seventy-eighth round (set 1201: 20 comments, Hindus abused and
# Hindutva argued): at first sight 5 of 5 (the rules 3), 1 of 15 others (the rules': 'Jo
# log "Hindu khatre mein hai" chillate hain, ...'). With the rules written from it: 5 (the
# rules 5), none.
# The two-hundred-and-seventy-ninth round (set 1202: 10 long comments, the abuse in one
# sentence of three): at first sight 1 of 3 (the rules 1), none of 7 others. With the rules
# written from it: 3 (the rules 3).
# The two-hundred-and-eightieth round (set 1203: 20 comments under a racing driver's slur,
# the abuse masked): at first sight 5 of 5 (the rules 3), none of 15 others. With the rules
# written from it: 5 (the rules 5).
# The two-hundred-and-eighty-first round (set 1204: 20 comments in Devanagari under a
# recruitment paper leaked): at first sight 3 of 5 (the rules 3), none of 15 others. With
# the rules written from it: 5 (the rules 5).
# The two-hundred-and-eighty-second round (set 1205: 20 comments under a rape verdict, the
# victim blamed): at first sight 2 of 5 (the rules 1), none of 15 others. With the rules
# written from it: 5 (the rules 5).
# The two-hundred-and-eighty-third round (set 1206: 20 comments under mental-health
# claimants): at first sight 4 of 5 (the rules 3), none of 15 others. With the rules written
# from it: 5 (the rules 5).
# The two-hundred-and-eighty-fourth round (set 1207: 25 kind traps and 5 twins): at first
# sight 3 of 5 (the rules 2), 2 of 25 others (the suspect list's quoted "Paki"; the rules'
# '"Go back to your country," she said to me'). With the rules written from it: 5 (the rules
# 5), 1 other (the suspect list's).
# The two-hundred-and-eighty-fifth round (set 1208: 20 comments under Ganpati visarjan in
# Mumbai, Hinglish): at first sight 3 of 5 (the rules 1), none of 15 others. With the rules
# written from it: 5 (the rules 5).
# The two-hundred-and-eighty-sixth round, a sixty-ninth whole evening (set 1209: 30
# comments under an actress's divorce, Hinglish): at first sight 2 of 4 (the rules none),
# none of 26 others. With the rules written from it: 4 (the rules 4).
# The two-hundred-and-eighty-seventh round (set 1210: 20 comments under a Sikh shot in
# Ohio): at first sight 4 of 5 (the rules 3), none of 15 others. With the rules written from
# it: 5 (the rules 5).
# The two-hundred-and-eighty-eighth round (set 1211: 20 comments under India beating
# Pakistan, Hinglish): at first sight 2 of 5 (the rules 2), none of 15 others. With the
# rules written from it: 5 (the rules 5).
# The two-hundred-and-eighty-ninth round (set 1212: 20 comments under a woman columnist,
# veiled threats a fourth time): at first sight none of 5, none of 15 others. With the rules
# written from it: 5 (the rules 5).
# The two-hundred-and-ninetieth round (set 1213: 20 comments under a woman reporter in a
# flood, Hinglish): at first sight 1 of 5 (the rules none), none of 15 others. With the
# rules written from it: 5 (the rules 5).
# The two-hundred-and-ninety-first round (set 1214: 16 answers to stereotypes, counter-speech
# a fifth time, and 4 twins): at first sight 4 of 4 (the rules 4), 4 of 16 others (the rules
# 3, the news head 1). With the rules written from it: 4 (the rules 4), 1 other (the news
# head's 'Northeast people aren't "chinkies", they're Indians').
# The two-hundred-and-ninety-second round, a seventieth whole evening (set 1215: 30
# comments under a Muslim woman elected mayor in Lancashire): at first sight 2 of 4 (the
# rules 2), none of 26 others. With the rules written from it: 4 (the rules 4).
# The two-hundred-and-ninety-third round (set 1216: 20 comments under a Kashmiri student
# beaten in Dehradun, Hinglish): at first sight 5 of 5 (the rules 2), none of 15 others.
# With the rules written from it: 5 (the rules 5).
# The two-hundred-and-ninety-fourth round (set 1217: 20 comments under a referendum on an
# Indigenous voice lost): at first sight 4 of 5 (the rules 3), none of 15 others. With the
# rules written from it: 5 (the rules 5).
# The two-hundred-and-ninety-fifth round (set 1218: 15 jokes in Hinglish, 5 at a people's
# expense): at first sight 4 of 5 (the rules 4), none of 10 others. With the rules written
# from it: 5 (the rules 5).
# The two-hundred-and-ninety-sixth round (set 1219: 20 comments under a woman presenter of
# 58, women journalists a fifth time): at first sight 1 of 5 (the rules 1), none of 15
# others. With the rules written from it: 5 (the rules 5).
# The two-hundred-and-ninety-seventh round (set 1220: 20 comments under a village reporter,
# veiled threats a fifth time, Hinglish): at first sight none of 5, none of 15 others. With
# the rules written from it: 4 (the rules 4); the canal at night stays missed.
# The two-hundred-and-ninety-eighth to three-hundred-and-first rounds (sets 1221-1224,
# written together before the first was scored: a Muslim woman posted as district
# magistrate, a sixty-sixth whole evening; words cut to pass a filter; a woman reporter at
# a factory fire, women journalists a sixth time; a reporter on the sand mafia, veiled
# threats a sixth time): at first sight 11 of 22 (the rules 10), 3 of 58 others (the news
# head 2, group_abuse 1). With the rules written from them: 19 (the rules 18), 2 others (the
# news head's "I hope she clears the encroachments, whoever they belong to" and "She's just
# a rookie with a mic, give her time").
# The three-hundred-and-second to three-hundred-and-fifth rounds (sets 1225-1228, written
# together before the first was scored: a law against conversions struck down, a sixty-
# seventh whole evening; long comments; replies to the comments they answer; sarcasm in
# English and Hinglish, with twins): at first sight 10 of 15 (the rules 6), none of 43
# others. With the rules written from them: 15 (the rules 15), none.
# The three-hundred-and-sixth to three-hundred-and-ninth rounds (sets 1229-1232, written
# together before the first was scored: an asylum hotel protested in Essex, a sixty-eighth
# whole evening; women in village and state office harassed in Hinglish; abuse spelt to
# pass a filter a second time (emoji, masks, leet); wishes and prayers, with twins): at
# first sight 17 of 22 (the rules 10), 2 of 42 others (the news head's). With the rules
# written from them: 20 (the rules 19), the same 2 others.
# The three-hundred-and-tenth to three-hundred-and-thirteenth rounds (sets 1233-1236,
# written together before the first was scored: the women's cricket World Cup won, a
# sixty-ninth whole evening; a people as a disease or a pest without its name, with twins;
# veiled threats in Hinglish a seventh time; abuse quoted, to condemn it or to endorse it):
# at first sight 6 of 19 (the rules 3), 3 of 57 others. With the rules written from them: 16
# (the rules 15), the same 3 others (the news head's "Isko national news me bhejo" and a
# slogan quoted to answer it; the suspect list's quoted "randi").
# The three-hundred-and-fourteenth to three-hundred-and-seventeenth rounds (sets
# 1237-1240, written together before the first was scored: a hijab-wearing judge
# appointed, a seventieth whole evening; women journalists harassed in English a seventh
# time; regional abuse under migrant workers in Bengaluru, Hinglish; replies in Hinglish
# with the comments they answer): at first sight 11 of 19 (the rules 6), 1 of 46 others
# (group_abuse's "Madrasi kehna band karo, Tamil, Telugu, Kannada, Malayali alag hain").
# With the rules written from them: 15 (the rules 12), the same other.
# The three-hundred-and-eighteenth to three-hundred-and-twenty-first rounds (sets
# 1241-1244, written together before the first was scored: a Pride walk in Kolkata, a
# seventy-first whole evening; jokes in English a third time, with twins; a Gaza march in
# London; an inter-caste marriage, Hinglish): at first sight 13 of 19 (the rules 10), 1 of
# 56 others (group_abuse's "Ye jaat-paat wale ab bhi shaadi me dakhal denge"). With the
# rules written from them: 16 (the rules 14), none.
# The three-hundred-and-twenty-second to three-hundred-and-twenty-fifth rounds (sets
# 1245-1248, written together before the first was scored, as real comments are written:
# lower case, chat spellings, emoji; a flood in Bihar and a Muslim MLA's relief boats, a
# seventy-second whole evening; an immigration raid in Nebraska; swearing at budgets and
# ministers, which publishes, beside abuse of people; women readers answered in Hinglish):
# at first sight 15 of 18 (the rules 10), none of 57 others. With the rules written from
# them: 18 (the rules 17), none.
# The three-hundred-and-twenty-sixth to three-hundred-and-twenty-ninth rounds (sets
# 1249-1252, written together before the first was scored: a Delhi election result, a
# seventy-third whole evening; a Muslim vegetable seller beaten, in Devanagari; a woman MP
# criticised and harassed, with twins; a judge and a journalist threatened, with twins):
# at first sight 12 of 18 (the rules 10), none of 47 others. With the rules written from
# them: 17 (the rules 16), none.
# The three-hundred-and-thirtieth to three-hundred-and-thirty-third rounds (sets 1253-1256,
# written together before the first was scored: a Dalit woman appointed a temple's priest,
# a seventy-fourth whole evening; women journalists harassed in Hinglish; veiled threats to
# a councillor who voted for a mosque's extension; a Sikh truck driver's crash in Canada):
# at first sight 7 of 18 (the rules 5), none of 52 others. With the rules written from
# them: 17 (the rules 15), none.
# The three-hundred-and-thirty-fourth to three-hundred-and-thirty-seventh rounds (sets
# 1257-1260, written together before the first was scored, after the rules of the four
# before: a Rohingya girl tops her district's exams, a seventy-fifth whole evening; sarcasm
# an eighteenth time; replies in English with the comments they answer; a black
# footballer's missed penalty): at first sight 8 of 19 (the rules 6), none of 51 others.
# With the rules written from them: 19 (the rules 19), none.
# The three-hundred-and-thirty-eighth to three-hundred-and-forty-first rounds (sets
# 1261-1264, written together before the first was scored, after the rules of the eight
# before: a pastor's prayer meeting attacked in Chhattisgarh, a seventy-sixth whole
# evening, Hinglish; women journalists harassed in English an eighth time; an RTI activist
# threatened in Hinglish, an eighth time for veiled threats in Hinglish; jokes about
# India's regions in Hinglish): at first sight 9 of 19 (the rules 3), 1 of 46 others
# (group_abuse's "Pahadi log chadhai pe bhi aise chalte hain jaise mall me ghoom rahe ho,
# respect"). With the rules written from them: 18 (the rules 18), the same other.
# The three-hundred-and-forty-second to three-hundred-and-forty-fifth rounds (sets
# 1265-1268, written together before the first was scored: a deaf woman made a High Court
# judge, a seventy-seventh whole evening; a people said to be something, beside twins that
# say why; harm wished on a reporter in Hinglish; replies putting down who the reader is):
# at first sight 11 of 19 (the rules 6), 3 of 46 others (the rules' "Ignore the trolls,
# your comment was spot on" and "Muslims don't integrate as fast when the jobs market shuts
# them out ...", the news head's "Tujhe to sadak pe utar ke dekhna chahiye, tab akal aayegi
# ki kitne gaddhe hain"). With the rules written from them: 19 (the rules 17), the news
# head's one.
# The three-hundred-and-forty-sixth to three-hundred-and-forty-ninth rounds (sets
# 1269-1272, written together before the first was scored: a Muslim fast bowler's five
# wickets against Pakistan, a seventy-eighth whole evening, Hinglish; sarcasm about women in
# Hinglish; long comments; veiled threats to a judge in English): at first sight 4 of 16
# (the rules 2), none of 40 others. With the rules written from them: 16 (the rules 16),
# none.
# The three-hundred-and-fiftieth to three-hundred-and-fifty-third rounds (sets 1273-1276,
# written together before the first was scored: Manipur's relief camps, a seventy-ninth
# whole evening; a black woman made head of the Met, an eightieth; communal lines in
# Hinglish beside twins; replies in English): at first sight 10 of 18 (the rules 7), none
# of 52 others. With the rules written from them: 18 (the rules 18), none.
# The three-hundred-and-fifty-fourth to three-hundred-and-fifty-seventh rounds (sets
# 1277-1280, written together before the first was scored: a Dalit groom on a horse
# attacked in Rajasthan, an eighty-first whole evening, Hinglish; women journalists in
# Hinglish a ninth time; veiled threats to a woman MP; a Traveller site's planning row, an
# eighty-second): at first sight 9 of 18 (the rules 8), none of 52 others. With the rules
# written from them: 18 (the rules 18), none.
# The three-hundred-and-fifty-eighth to three-hundred-and-sixty-first rounds (sets
# 1281-1284, written together before the first was scored: an interfaith couple's
# reception, an eighty-third whole evening, Hinglish; sarcasm about disabled and old
# people; abuse in emoji and chat spellings in Hinglish; a turbaned Sikh commands the
# King's Guard, an eighty-fourth): at first sight 12 of 18 (the rules 11), 1 of 52 others
# (the rules' "Teri maa ki recipe try ki, mast bani"). With the rules written from them: 18
# (the rules 18), none.
# The three-hundred-and-sixty-second to three-hundred-and-sixty-fifth rounds (sets
# 1285-1288, written together before the first was scored: an Afghan refugee family's
# bakery, an eighty-fifth whole evening; politicians' families in Hinglish; a fact-checker
# threatened in Hinglish; a church burned in Pakistan, an eighty-sixth): at first sight 10
# of 18 (the rules 6), 1 of 52 others (group_abuse's "Another church burned in
# Jaranwala-style violence, when will Pakistan protect its Christians?"). With the rules
# written from them: 18 (the rules 18), the same other.
# The three-hundred-and-sixty-sixth to three-hundred-and-sixty-ninth rounds (sets
# 1289-1292, written together before the first was scored: a Kashmiri Pandit family given
# back its house, an eighty-seventh whole evening, Hinglish; women in football; an editor
# threatened in Hinglish; riots in the banlieues, replies): at first sight 8 of 19 (the
# rules 5), none of 46 others. With the rules written from them: 18 (the rules 17), none.
# Until the forty-sixth session these rounds (sets 553-1292) were the unseen sets, and the
# default policy held 3,521 of their 3,855 abusive lines and 133 of their 11,958 others.
# Since then they teach the news head, blended in at 0.3 (training/news.py), and are kept
# in rounds/: the figures below are a guard, no longer a measure. With the news head from
# 0.75, 3,545 and 107; since the forty-seventh session it holds from 0.7 (policy.py):
# 3,574 and 126; with the rules of the session's rounds 422-425, one more abusive line.
# Since the ninth retrain (the forty-seventh session) rounds 370-409 (sets 1293-1332) are
# here too, and the head learns from them (and with the rules of the fifty-fifth session's
# rounds 529-532, one more abusive line: "a cripple"; with those of the fifty-ninth
# session's rounds 585-588, one more: "Smell of curry and diesel, that's the American
# highway now"; with those of the sixty-first session's rounds 617-620, one more: "they'll
# have the lead off the church roof within a week", and from rounds 629-632 another:
# "trojan horse in a uniform"). Since the tenth retrain (the sixty-fourth session) rounds
# 410-648 (sets 1333-1571), the unseen sets until then, are here too and the head learns
# from them: with the model before it, rounds 12-648 held 5,590 of 6,015 abusive lines and
# 262 of 14,926 others; with it 5,593 and 225 (unseen/README.md); with the rules of the
# sixty-fifth session's rounds 665-668, one more abusive line ("He can't walk, he can't
# think, perfect politician lol"); with the sixty-seventh session's tropes read under a
# title naming their people (titled.py), 39 more ("Check your garden gnomes are still there
# in the morning", "Bet he charges interest on the applause", "Double top and a five
# o'clock shadow", "Prasad lene se pehle haath sanitise kar lena", ...):
ROUNDS_ABUSE_HELD = 5633  # of 6015
ROUNDS_OTHERS_HELD = 225  # of 14926
# The forty-sixth session's rounds (sets 1293-1332) were here until the ninth retrain
# (rounds/README.md). The forty-seventh session's rounds (sets 1333-1364), which no part of
# the shipped model trained on (unseen/README.md): at first sight, with the code, model and
# policy of each batch's day, 65 of their 152 abusive lines held and 1 of their 366 others
# (the news head's, "Bet your editors would like you to stop. Maybe you should ask them
# for a raise."); the model shipped since (the candidate) 68 and 1 with the news head from
# 0.7, where the model it replaced held 67 and 1. With the rules written from them and the
# ninth retrain's model: 151 and 1. Sets 1365-1368, written after it shipped: 6 of 19 at
# first sight (the model it replaced the same) and 1 of 46 (the news head's from 0.7,
# "Medal jeet ke bhi inki sunwai nahi ho rahi, Haryana ki chhoriyan ladengi"; from 0.75,
# none); sets 1369-1372, 7 of 19 and none of 46 (from 0.75 and with the model it replaced
# the same). With the rules written from them (one known miss the news head holds):
# The forty-eighth session's rounds (450-481, sets 1373-1404, written eight at a time, each
# batch scored before the next was written, with the rules and model of its day): at first
# sight 61 of their 152 abusive lines held (the rules 29) and 5 of their 368 others (the
# news head's four, `news_abuse` 0.72-0.88 and `group_abuse` 0.65, and the rules' "Oh wow,
# a Bihari topper in UPSC again, call the newspapers, this happens every year"); with the
# news head from 0.75, 58 and 4. With the rules written from them: 152 (the rules 152) and
# the head's four.
# Rounds 482-489 (sets 1405-1412: Devanagari, obfuscated spellings, capitals, emoji, links
# and mentions), in two batches of four: at first sight 22 of 38 held (the rules 19) and 2
# of 92 others (the news head's, 0.71 and 0.81; the first-comment link check held 3 more
# others, whose links were then taken out of the set: it is the link policy, not what
# these sets measure). With the rules and the reading of Devanagari written from them: 37
# (the rules 37; one known miss, "रात को अकेले दफ़्तर से मत निकलना, ज़माना ख़राब है"), the
# head's 2.
# Round 490 (set 1413, the fiftieth session: women journalists and politicians harassed by
# name, with twins), written after that session's sweeps of the same genre: at first sight
# 7 of 10 held (the rules 3, the session's new rules none of them), no other; now 10 (the
# rules 10), none.
# Round 491 (set 1414, the fifty-first session: men in public life called names, wished
# unborn or put down, with twins), written after that session's sweep of name-calling: at
# first sight 8 of 10 held (the rules 8, the session's new rule one of them: "Starmer is a
# gutless wanker ..."; the session's starting code 7), no other; now 10 (the rules 10),
# none. Round 492 (set 1415, the same session: the same in Hinglish), written after its
# sweep of Hinglish name-calling: at first sight 7 of 10 (the rules 7; the starting code
# the same) and one other, the news head's ("Modi bhakt sab ek jaise hain, inko bahas mein
# harao", `news_abuse` 0.75); now 10 (the rules 10) and that other. Round 493 (set 1416,
# veiled threats to journalists, written after the session's sweep of veiled threats): at
# first sight 1 of 10 (the rules 1; the starting code the same), no other; now 10 (the
# rules 10), none. Round 494 (set 1417, harm wished in Hinglish, written after the
# session's sweep of it): at first sight 2 of 10 (the news head's; the rules none, the
# starting code the same), no other; now 10 (the rules 10), none. The fifty-second
# session's rounds name people no shipped list holds (a town's councillor and reporter,
# round 495, set 1418; a city's corporator, a YouTuber and an MLA in Hinglish, round 496,
# set 1419): at first sight 9 of 10 (the rules 7) and one other, the news head's ("Somebody
# needs to put Whitcombe's plan in the bin ...", 0.94), and 8 of 10 (the rules 6), none; the
# same with the names listed in the policy, and by the session's starting code; now 10
# and 10 (the rules 10 and 10), that other. Rounds 497 and 498 (sets 1420, 1421: a
# magistrate, a chief constable and a columnist named in a town's court story; a
# tehsildar and a reporter in Hinglish), written after the session's rule for the insults
# said of people only: at first sight 8 of 10 (the rules 4, two of them by that rule; the
# starting code 6 and 2) and 2 others (the rules' "you absolute muppet" said to the
# columnist, the news head's "These Romanian gangs ... should face the full sentence"),
# and 9 of 10 (the rules 7; the starting code the same) and 2 others (the rules' "kutta
# bhi unse zyada samajhdar", the news head's "band karke hisaab maango"); now 10 and 10
# (the rules 10 and 10), the same others. Rounds 499 and 500 (sets 1422, 1423: a black
# footballer who missed a penalty and his manager; a Sikh bowler and his captain, in
# Hinglish): at first sight 7 of 10 (the rules 3; the starting code the same) and one
# other, the news head's ("Not a natural finisher, never will be ...", 0.76), and 8 of 10
# (the rules 5; the same), none; now 10 and 10 (the rules 10 and 9: "Gill jaise terrorist
# ko ..." is the news head's, KNOWN_MISSES), the same other. The fifty-third session's
# rounds 501-504 (sets 1424-1427: a health secretary and a hospital's chief executive named
# over a doctors' strike; a hospital's director and a health minister in Hinglish; asylum
# seekers housed in a village hotel; replies between readers): at first sight 5, 7, 8 and 10
# of 10 (the rules 3, 7, 3 and 7) and one other, the news head's ("Your mother sounds like a
# sensible woman ...", 0.70); now 10 of 10 each (the rules 9, 10, 9 and 10: a bulldog
# "licking piss off a nettle" and the roach motel's slogan are the news head's,
# KNOWN_MISSES), that other. Rounds 505-508 (sets 1428-1431: a council leader, a reporter
# and a campaigner named over a library's closing; a district magistrate and a station
# officer in Hinglish; a woman referee and a black forward; a temple and mosque dispute),
# written after the session's first-name reading: at first sight 7, 9, 5 and 10 of 10 (the
# rules 5, 6, 4 and 7; the starting code 7, 8, 5 and 10), no other; now 9, 10, 10 and 10
# (the rules 9, 10, 9 and 10: "Pryce is a nonce" and "Women refs are thick as shit" are
# left to the learned scores, KNOWN_MISSES; the news head holds the second, not the
# first), none. Rounds 509-512 (sets 1432-1435: veiled threats to a reporter named;
# sarcasm about a people; harm wished on an actor named, in Hinglish; everyday replies and
# their traps), the genres the rounds find weakest: at first sight 4, 5, 6 and 6 of 10 (the
# rules 0, 0, 4 and 5; the starting code the same) and one other, the news head's ("Someone
# ought to give that Whitlock woman an award for this", 0.72); now 10, 9, 10 and 9 (the
# rules 10, 5, 10 and 9: the sarcasm left to the news head, which holds four of the five,
# and a reader put down through his wife, KNOWN_MISSES), that other. Rounds 513-516 (sets
# 1436-1439: a trans councillor named; a Muslim bowler named after a win, in Hinglish; a
# Travellers' site; readers to each other in Hinglish), written after the rules from
# 509-512: at first sight 6, 7, 8 and 8 of 10 (the rules 5, 6, 5 and 6; the starting code
# the same), no other; now 8, 7, 10 and 9 (the rules 7, 7, 8 and 9; KNOWN_MISSES), none.
# The fifty-fourth session's rounds 517-520 (sets 1440-1443, each line with the article's
# title, which names the person its comments call by surname: a councillor over parking
# charges; a black footballer after a penalty miss; a school principal over fees, in
# Hinglish; a reporter in her byline): at first sight 8, 7, 9 and 7 of 10 without the title
# (the rules 4, 5, 6 and 4; the starting code the same) and 9, 7, 9 and 7 with it (the rules
# 6, 5, 6 and 4: "Marcus" was no first name the reading knew, "lane" a word), and two others,
# the news head's ("Somebody should ask Hartley how she likes paying ...", 0.92; "Someone
# should send Lane the trust's own figures ...", 0.75); now 10, 10, 10 and 9 (the rules 10,
# 10, 10 and 9; KNOWN_MISSES), those others.
# Rounds 521-524 (sets 1444-1447, with titles again: a mayor named over cycle lanes; a
# contractor named after a bridge collapse, in Hinglish; a black Muslim doctor named to
# head a mosque outreach programme; a trans swimmer named after a win), written after the
# rules from 517-520: at first sight 2, 8, 8 and 5 of 10 with the titles (the rules 2, 8, 4
# and 2; without them, and with the starting code, 1, 8, 8 and 5), no other; now 9, 10, 10
# and 10 (the rules 9, 10, 9 and 10; KNOWN_MISSES), none.
# The fifty-fifth session's rounds 525-528 (sets 1448-1451, with titles: a Hindu woman
# minister named over a visa cap; a Jewish developer named; a Dalit woman officer named
# after a raid, in Hinglish; a gay presenter named to front Pride coverage), written after
# the rules from 521-524: at first sight 6, 8, 9 and 6 of 10 with the titles (the rules 4,
# 5, 7 and 2, the starting code's; without them 6, 7, 9 and 6, the rules 4, 4, 6 and 2),
# and three others, the news head's ("Sharma, you clever little operator, stay in
# your lane", 0.74; "Someone should inspect Goldberg's flats with him inside, see if they
# flood", 0.82; "Send O'Connor to Iran to report on how they treat gay people", 0.66 of a
# group named); now 10, 10, 10 and 10 (the rules 10, 9, 10 and 10; KNOWN_MISSES), those
# others.
# Rounds 529-532 (sets 1452-1455, with titles: a black woman MP named over stop and search,
# her first name one no list holds; a Muslim journalist named after an arrest, in Hinglish;
# asylum seekers moved into a town's hotel, no one named; a councillor in a wheelchair
# named), written after the rules from 525-528: at first sight 4, 8, 9 and 6 of 10 (the
# rules 2, 5, 3 and 3; the same without the titles, and with the starting code), and four
# others, the news head's ("Qureshi jaise patrakar ko jail mein nahi hona chahiye", 0.76;
# "These hotel bills multiply every time you turn your back", 0.95; "Lock your bikes up,
# the thieves have been busy", 0.88; "Take her to the chamber and see how she governs
# then", 0.79); now 9, 10, 10 and 10 (the rules 9, 9, 7 and 10; KNOWN_MISSES), those
# others. The headline's capitals now name "MP Abena Mensah" (people.py).
# Rounds 533-536 (sets 1456-1459, with titles: a Chinese doctor named to lead a clinic; a
# pastor named after an arrest, in Hinglish; an MP of 78 named standing again; readers to
# each other after India beat Pakistan), written after the rules from 529-532: at first
# sight 8, 10, 7 and 10 of 10 (the rules 5, 8, 3 and 8; without the titles the rules 5,
# 7, 3 and 8; the starting code the same), and eight others, two of them the rules' ("Go
# cry to your coach, you sore loser", "I'll find you after the match and buy you a
# beer"); now 10, 10, 10 and 10 (the rules 10 each), and seven others, the news head's
# (the sore loser among them, 0.97).
# The fifty-sixth session's rounds 537-540 (sets 1460-1463, with titles: a Sikh chief
# constable named; a taxi driver named, cleared in court; an actress named after a film's
# success, in Hinglish; a woman pundit named), written after the rules from 533-536: at
# first sight 7, 8, 9 and 8 of 10 (the rules 6, 6, 6 and 5; without the titles the same but
# the last, 7 and 4; the taxi driver's title named no one: "driver" was no calling the
# headline reading knew), and four others, the news head's ("Send Dhillon to Handsworth on
# day one ...", 0.84; "I hope some lad takes a picture of Dhillon ...", 0.78; "Another
# outsider in charge ...", 0.72; "Iski film dekhne wale sab fan hain ...", 0.74); now 10 of
# 10 each (the rules 10 each), those others.
# Rounds 541-544 (sets 1464-1467, with titles: a Nigerian-born nurse named nurse of the
# year; a Muslim woman mayor in a hijab; a Dalit groom's procession stoned, in Hinglish;
# readers to each other under a migration story), written after the rules from 537-540: at
# first sight 7, 7, 9 and 10 of 10 (the rules 2, 5, 5 and 5; without the titles the same
# but the second, the rules 4; the groom's title named no one, "groom" no calling then),
# and one other, the news head's ("Ye log gande naale ke paas rehne ko majboor hain, inko
# pakka ghar do", 0.89); now 10 of 10 each (the rules 10 each), that other.
# Rounds 545-548 (sets 1468-1471, with titles: a Polish builder named over a council
# contract; a Kashmiri student named after topping an exam, in Hinglish; a Traveller boxer
# named after a title; a feminist author named over the pay gap), written after the rules
# from 541-544: at first sight 9, 8, 8 and 8 of 10 (the rules 6, 3, 6 and 4; without the
# titles the same but the second, 7 and 2; the builder's title named no one, "builder" no
# calling then), and three others, the news head's ("Ye Aamir Bhat bhi bada hoke IIT se
# nikal ke kamaal karega ...", 0.85; "Travellers should be given proper sites ...", 0.79;
# "Someone should run a feature on him and his gym ...", 0.87); now 10, 9, 9 and 10 (the
# rules the same; KNOWN_MISSES, which the news head does not hold either), those others.
# Rounds 549-552 (sets 1472-1475, with titles: a Jewish student named after a campus vigil;
# a trans activist named after a state award, in Hinglish; a black headteacher named to a
# grammar school; readers to each other under a Pride march story), written after the
# rules from 545-548: at first sight 7, 8, 5 and 10 of 10 (the rules 3, 4, 2 and 6; the
# same without the titles), and five others, the news head's ("Someone should fund the
# whole society properly ...", 0.73; "Bet he can't wait to get started ...", 0.70;
# "Someone should put flowers on his desk on day one", 0.89; "Only a cynic like you would
# call that a freak show", 0.88; "Go march yourself, it's what you're good at", 0.81); now
# 10, 10, 9 and 10 (the rules 9, 9, 8 and 10; KNOWN_MISSES), those others.
# Rounds 553-556 (sets 1476-1479, with titles: a Romanian carer named carer of the year; a
# Paralympian elected MP; a pastor acquitted of conversion charges, in Hinglish; readers to
# each other under a story of a Chinese takeaway's owner honoured), written after the rules
# from 549-552: at first sight 8, 7, 7 and 8 of 10 (the rules 4, 4, 7 and 4), and two
# others, the news head's ("I bet she came here knowing no English and now runs the
# place", 0.93; "People like you should be thanked along with him", 0.73); now 8, 9, 10 and
# 10 (the rules 8, 9, 10 and 9; KNOWN_MISSES), those others.
# Rounds 557-560 (sets 1480-1483, with titles: a Somali-born deputy mayor named; a
# vegetable seller's shop attacked, in Hinglish; a gay footballer named in a squad; readers
# to each other under a Sikh soldiers' memorial story), written after the rules from
# 553-556: at first sight 6, 8, 8 and 8 of 10 (the rules 1, 7, 7 and 5), and nine others,
# the news head's ("Inka saath do, ek bhi rupaya ghoos mat do", 0.95; "Someone should rest
# his legs in training, do us all a favour", 0.95; "Bet he's got a hat-trick already", 0.85;
# and six more at 0.72-0.86); now 10, 10, 9 and 9 (the rules the same; KNOWN_MISSES),
# those others.
# Rounds 561-564 (sets 1484-1487, with titles: a Nigerian-born bishop named; a student from
# Manipur harassed on the Delhi metro, in Hinglish; a Hindu priest named for an award;
# readers to each other under a story of disability assessments), written after the rules
# from 557-560: at first sight 7, 7, 9 and 9 of 10 (the rules 2, 3, 6 and 7), and two
# others, the news head's ("Kids like your son shouldn't lose a penny", 0.91; "I hope you
# never end up in a wheelchair, but if you do, you'll see", 0.94); now 9, 9, 9 and 10 (the
# rules the same; KNOWN_MISSES), those others.
# Rounds 565-568 (sets 1488-1491, with titles: a Jewish comedian named to host the Baftas;
# a Bihari labourer beaten in Mumbai, in Hinglish; a trans cricketer named to a county
# side; readers to each other under a story of a Rohingya boat capsized), written after the
# rules from 561-564: at first sight 5, 8, 5 and 9 of 10 (the rules 2, 7, 2 and 4), and
# four others, the news head's ("Inki auraton ko bhi kaam do tab ye yahin basenge", 0.98;
# "Carter will be in the England squad next, with the girls", 0.95; and two more at
# 0.78-0.93); now 7, 9, 7 and 9 (the rules 6, 9, 7 and 9; KNOWN_MISSES), those others.
# Rounds 569-572 (sets 1492-1495, with titles: an Afghan refugee named to a place at Oxford;
# a Muslim officer named a district's collector, in Hinglish; a black striker named after a
# winning goal; readers to each other under a story of Eid in a city park), written after
# the rules from 565-568: at first sight 7, 5, 5 and 7 of 10 (the rules 1, 3, 4 and 3), and
# six others, the news head's ("Bet you'd let your daughter go to one, it looks fun", 0.98;
# "Someone should strap her ankles next match ...", 0.85; and four more at 0.77-0.84); now
# 9, 10, 9 and 10 (the rules the same; KNOWN_MISSES), those others.
# Rounds 573-576 (sets 1496-1499, with titles: a Polish plumber elected a councillor; a
# Dalit groom attacked for riding a horse, in Hinglish; a lesbian bishop named; readers to
# each other under a story of Albanians crossing the Channel), written after the rules from
# 569-572: at first sight 7, 9, 9 and 10 of 10 (the rules 4, 8, 5 and 3), and six others,
# the news head's ("You're clearly one of them, go back to your Guardian", 0.98; "Someone
# should stick a camera down the town's drains ...", 0.93; and four more at 0.73-0.89);
# now 10 of 10 each (the rules 9, 10, 10 and 10; KNOWN_MISSES), those others.
# Rounds 577-580 (sets 1500-1503, with titles: a Muslim woman named Home Secretary; a Tamil
# actor's first Bollywood film, in Hinglish; a deaf actress's BAFTA; readers to each other
# under a story of synagogues' guards), written after the rules from 573-576: at first
# sight 5, 8, 5 and 6 of 10 (the rules 5, 5, 4 and 4), and eight others, seven the news
# head's ("Bet she's good in the next one, can't wait to see it", 0.97; "Theatre mein dikha
# toh seeti maarenge isko dekh ke", 0.95, which a threat rule held too until it learnt a
# whistle; and five more at 0.75-0.85) and "Shut up, you tax-and-spend apologist"
# (KNOWN_FALSE_HOLDS); now 9, 9, 8 and 8 (the rules the same; KNOWN_MISSES), those others.
# Rounds 581-584 (sets 1504-1507, with titles: a Bangladeshi-born chef's Michelin star; a
# Muslim cricketer dropped, in Hinglish; a trans woman elected mayor; readers to each other
# under a story of Roma families out of a burnt tower block), written after the rules from
# 577-580: at first sight 7, 6, 7 and 7 of 10 (the rules 1, 4, 3 and 3; the rules from
# 573-580 held none of them), and five others, the news head's ("She'll be training her
# daughter in that kitchen next", 0.97; "Bet her hand shakes when she swears the oath",
# 0.93; and three more at 0.79-0.90); now 10, 8, 9 and 10 (the rules 10, 7, 8 and 7;
# KNOWN_MISSES), those others. A tenth retrain was judged on these four rounds and not
# shipped (unseen/README.md).
# Rounds 585-588 (sets 1508-1511, with titles: a Sikh taxi driver honoured; a Kashmiri
# student tops the JEE, in Hinglish; a gay couple to adopt three siblings; readers under a
# story of asylum seekers moved into an RAF base), written after the rules from 581-584:
# at first sight 8, 8, 6 and 5 of 10 (the rules 4, 5, 4 and 1), and seven others, the news
# head's ("Give it a month and he'll be back on the rank like the rest of them", 0.94; and
# six more at 0.70-0.79); now 8, 9, 9 and 8 (the rules 7, 9, 9 and 8; KNOWN_MISSES), those
# others. Two lines of earlier rounds the news head held are the rules' too since (the
# title's people: referents.py).
# Rounds 589-592 (sets 1512-1515, with titles: a black woman to command a Royal Navy fleet;
# an Adivasi sarpanch honoured, in Hinglish; an autistic teenager's chess title; readers
# under a story of fewer Chinese students), written after the rules from 585-588: at first
# sight 5, 7, 6 and 7 of 10 (the rules 4, 2, 3 and 4; the rules from 585-588 held none of
# them), and two others, the news head's ("Adeyemi's ancestors served on these ships too
# ... good on her", 0.80; "Isko gaon ki zimmedari do, jungle bachane ka kaam", 0.74); now
# 10, 10, 9 and 8 (the rules 10, 9, 9 and 7; KNOWN_MISSES), those others.
# Rounds 593-596 (sets 1516-1519, with titles: an MP sworn in on the Bhagavad Gita; a
# Muslim teacher's pupils top the boards, in Hinglish; a wheelchair-using presenter to
# front election night; readers under a story of travellers camped on a cricket ground),
# written after the rules from 589-592: at first sight 5, 8, 4 and 7 of 10 (the rules 4,
# 3, 3 and 4; the session's starting code held as many), and no other; now 9, 9, 8 and 10
# (the rules 8, 9, 8 and 10; KNOWN_MISSES), still no other.
# The sixtieth session's rounds 597-600 (sets 1520-1523, with titles: a Nigerian-born nurse
# named nurse of the year; a Dalit groom's procession on a horse, in Hinglish; a trans
# woman elected mayor; readers under a story of a mosque on an old pub's site), written
# after the rules from 593-596: at first sight 7, 8, 7 and 7 of 10 (the rules 2, 6, 3 and
# 3; the session's starting code is that code), and four others, the news head's ("Give
# it ten years and she'll be running the whole trust", "Keep your kids away from the town
# hall now, the roof is coming in", "Another pub lost to the chains ...", "Every one of
# these councillors is a developer waiting for a cheque"); now 10, 10, 7 and 10 (the rules
# the same; KNOWN_MISSES), those others.
# Rounds 601-604 (sets 1524-1527, with titles: a Somali-born councillor elected deputy
# leader; a boxer from Manipur wins gold, in Hinglish; a Jewish school's new building; a
# deaf actor's Bafta), written after the rules from 597-600: at first sight 5, 5, 3 and 3
# of 10 (the rules 1, 4, 2 and 2; the session's starting code held as many), and one other,
# the news head's ("Put a rosette on your chest and you too can run Bristol"); now 10 of 10
# each (the rules 10 each), that other.
# Rounds 605-608 (sets 1528-1531, with titles: a Pakistani-heritage woman named chief
# constable; a Bihari labourer's son made an IAS officer, in Hinglish; a footballer who came
# out; readers under a story of Albanians crossing the Channel), written after the rules
# from 601-604: at first sight 4, 6, 4 and 5 of 10 (the rules 2, 1, 2 and 1; the session's
# starting code held as many), and three others, the news head's ("He'll be taking the
# penalties after the match then, lads ...", "Disgusting, kids watch this sport, keep your
# dives off the pitch", "Hope someone passes him the ball in a tackle ..."); now 10, 10, 9
# and 10 (the rules the same; KNOWN_MISSES), those others.
# Rounds 609-612 (sets 1532-1535, with titles: an Indian-born woman named a bank's chief
# executive; a Muslim man's and a Hindu woman's marriage protected by a court, in Hinglish;
# a blind woman qualifies as a barrister; a black family buys a Cotswolds manor), written
# after the rules from 605-608: at first sight 2, 7, 4 and 1 of 10 (the rules 0, 2, 1 and
# 0; the session's starting code held as many), and three others, the news head's ("Tell
# her to go wash her hands of the bonus scandal ...", "Inki naukri hi aisi hai ...", "Do
# bacche aur ek ghar, ye hai inka plan"); now 9, 9, 9 and 9 (the rules 9, 9, 9 and 8;
# KNOWN_MISSES), those others.
# Rounds 613-616 (sets 1536-1539, with titles: a Roma boy wins a national spelling bee; a
# vegetable seller's daughter made a judge, in Hinglish; a woman with Down's syndrome opens
# a cafe; a Ghanaian-led church buys an old cinema), written after the rules from 609-612:
# at first sight 4, 4, 2 and 4 of 10 (the rules 1, 1, 1 and 3; the session's starting code
# held as many), and three others, the news head's ("Iske abba ke thele pe sabzi lo ...",
# "Would you trust a teenager with a boiling kettle? ...", "These people sing louder than
# they pray"); now 8, 10, 8 and 9 (the rules 7, 10, 7 and 9; KNOWN_MISSES), those others.
# Rounds 617-620 (sets 1540-1543, with titles, the sixty-first session: a Sikh woman made a
# High Court judge; a Muslim fast bowler made India's vice-captain, in Hinglish; a
# Traveller site approved on a village's edge; an autistic boy wins maths olympiad gold):
# at first sight 3, 4, 3 and 3 of 10 (the rules 1, 1, 1 and 2), and five others, the news
# head's ("Pakistan se haarenge toh poore desh ka dil tootega", "Dressing room mein ab naye
# kit bag aayenge", "Iske ghar mein medal zyada, shelf kam hongi", "They'll have the
# pitches finished by Easter", "Bet he works through the night while he solves them"); now
# 7, 9, 4 and 5 (the rules the same; KNOWN_MISSES), those others.
# Rounds 621-624 (sets 1544-1547, with titles: a Bangladeshi-born woman elected mayor of
# Oldham; a Dalit woman made a temple's priest, in Hinglish; a Chinese-born professor made
# a vice-chancellor; a wheelchair user elected students' union president), written after
# the rules from 617-620: at first sight 1, 4, 3 and 4 of 10 (the rules 0, 3, 1 and 1; the
# session's starting code held as many), and two others, the news head's ("Her husband's
# probably got the kettle on in the parlour already", "Inke haath ka prasad sab shraddha
# se khayenge"); now 3, 7, 4 and 5 (the rules 3, 7, 2 and 3; KNOWN_MISSES), those others.
# Rounds 625-628 (sets 1548-1551, with titles: an Ethiopian-born runner wins the London
# Marathon for Britain; a Kashmiri Muslim girl tops her board exams, in Hinglish; a Jewish
# woman leads Barnet council; a gay couple adopt three siblings), written after the rules
# from 621-624: at first sight 3, 2, 2 and 4 of 10 (the rules 0, 1, 0 and 1; the session's
# starting code held as many), and one other, the news head's ("Inko padhao toh ye desh ka
# naam roshan karenge"); now 8, 10, 5 and 8 (the rules the same; KNOWN_MISSES), that other.
# Rounds 629-632 (sets 1552-1555, with titles: an Afghan interpreter who served with British
# troops joins the Army; a woman from Nagaland heads a Delhi police station, in Hinglish; a
# black headteacher knighted; a trans man gives birth), written after the rules from
# 625-628: at first sight 1, 6, 1 and 3 of 10 (the rules 0, 2, 0 and 1; the session's
# starting code held as many), and three others, the news head's ("Inki sakhti dekh ke chor
# bhi darenge ...", "Inke yahan toh sab kuch sikhate hain ...", "Posting letter check kar
# lo iska pehle"); now 7, 9, 6 and 4 (the rules the same; KNOWN_MISSES), those others.
# Rounds 633-636 (sets 1556-1559, with titles, the sixty-second session: a Nigerian-born
# nurse made England's chief nursing officer; a Bihari labourer's son tops JEE Advanced, in
# Hinglish; a hijab-wearing journalist to present the BBC's flagship news; an Aboriginal
# woman elected President of the Senate), written after the rules from 629-632: at first
# sight 2, 4, 3 and 2 of 10 (the rules 0, 1, 1 and 0), and one other, the news head's
# ("Give it a month and she'll be running the place", 0.93); now 10, 10, 9 and 10 (the
# rules the same; KNOWN_MISSES), that other.
# Rounds 637-640 (sets 1560-1563, with titles: a Polish-born builder elected mayor of
# Boston, Lincolnshire; a nun's free school for tribal girls in Chhattisgarh, in Hinglish; a
# gay vicar made Bishop of Bristol; a Chinese family's takeaway named Wales's best
# restaurant), written after the rules from 633-636: at first sight 1, 2, 2 and 2 of 10
# (the rules 0, 1, 0 and 2), and three others, the news head's ("Ye sisters pehle
# padhayengi, phir naukri dilayengi" 0.79, "Another bishop in a purple shirt" 0.70, "The
# town's finest kitchen, now with egg fried rice" 0.76); now 8, 10, 10 and 10 (the rules the
# same; KNOWN_MISSES), those others.
# Rounds 641-644 (sets 1564-1567, with titles: a Roma family opens a bakery in Page Hall; a
# Tamil woman made chief of Delhi Metro, in Hinglish; an MP uses a wheelchair in the
# Commons; a Jewish family's deli named Manchester's best), written after the rules from
# 637-640: at first sight 2, 3, 3 and 1 of 10 (the rules 0, 0, 3 and 0), and one other, the
# news head's ("Give it a month and the whole street will be queuing in the car park",
# 0.76: the head reads "give it a month" as the threat it often opens); now 9, 10, 10 and 8
# (the rules 9, 10, 10 and 7; KNOWN_MISSES), that other.
# Rounds 645-648 (sets 1568-1571, with titles: a Sudanese refugee wins The Great British
# Bake Off; a Muslim vegetable vendor's son made an IPS officer in UP, in Hinglish; a trans
# woman picked for England's women's darts team; a Hindu temple approved in a Texas town),
# written after the rules from 641-644: at first sight 2, 3, 2 and 4 of 10 (the rules 0, 1,
# 0 and 3), and three others, the news head's ("Hope they checked his oven before they
# checked his sponge" 0.92, "Sabzi bechne walon ki aulad ab desh chalayegi, garv hai" 0.74,
# "Smells like fresh paint and sawdust already" 0.82); now 8, 9, 6 and 8 (the rules the
# same; KNOWN_MISSES), those others.
# Since the tenth retrain the rounds above (sets 1333-1571) are in rounds/, and this folder
# holds the rounds written after its criterion. Rounds 649-652 (sets 1572-1575, with
# titles, the sixty-fourth session: a political editor's live blog on a by-election night;
# farmers block a highway, in Hinglish; 600 people cross the Channel in small boats;
# England lose a final on penalties): at first sight 7, 10, 7 and 8 of 10 with either model
# (the rules 5, 9, 4 and 5), and two others, the news head's ("Ye log desh ka pet bharte
# hain, inki baat suno" 0.77, "Smells like diesel and seaweed all the way from Folkestone
# now" 0.75); now 9, 10, 7 and 8 (the rules 8, 9, 4 and 6; KNOWN_MISSES), those others.
# Rounds 653-656 (sets 1576-1579, the session's second batch: a trans teacher wins a
# tribunal; a Dalit groom rides a horse to his wedding, in Hinglish; a Jewish MP's office
# vandalised; readers on the paper's council-fraud investigation): at first sight 7, 7, 8
# and 9 of 10 (the rules 5, 5, 6 and 6; the head before the tenth retrain held as many),
# and two others, the news head's ("They're all lawyers in suits, every one of them" 0.74,
# "Shame they only caught one of the vandals" 0.80); now 7, 8, 8 and 9 (the rules 5, 6, 7
# and 7; KNOWN_MISSES), those others.
# Rounds 657-660 (sets 1580-1583, the sixty-fifth session's first batch: Bradford elects a
# hijab-wearing mayor; the Supreme Court upholds a sub-quota, in Hinglish; climate
# protesters glued to the M25; a Black columnist on racism in football), their hashes
# committed before they were scored: at first sight 9, 9, 7 and 3 of 10 (the rules 5, 6, 3
# and 3), and one other, the rules' ("Reservation wale doctor se ilaaj karwaya tha, bahut
# achha tha": a rule that wanted "better than" read "very good"); now 10, 10, 10 and 8
# (the rules 9, 9, 9 and 8; KNOWN_MISSES), no other.
# Rounds 661-664 (sets 1584-1587, the second batch, written after the first batch's rules,
# hashes committed before scoring: a Sikh MP asks for the Blue Star files; a gay couple
# win their cake case; a woman IAS officer from Kerala transferred, in Hinglish; a
# council approves a Traveller site): at first sight 9, 6, 10 and 6 of 10 (the rules 5,
# 3, 3 and 6), no other; now 10, 8, 10 and 9 (the rules 8, 7, 7 and 9; KNOWN_MISSES), no
# other.
# Rounds 665-668 (sets 1588-1591, the third batch, written after the second's rules and
# hashed before scoring: a festival procession rerouted after clashes in Leicester; rumours
# of attacks on Bihari workers in Tamil Nadu, in Hinglish; an MP's first day in the Commons
# in a wheelchair; an asylum seeker charged with a teenager's murder): at first sight 9, 9,
# 7 and 6 of 10 (the rules 4, 7, 5 and 4), and one other, the news head's ("Inke ghar tak
# bus chala do, tabhi wapas jayenge aaram se" 0.81, beside "Inke ghar jala do ..."); now
# 10, 10, 9 and 9 (the rules 7, 9, 9 and 8; KNOWN_MISSES), that other.
# Rounds 669-672 (sets 1592-1595, the sixty-sixth session's first batch, hashed before
# scoring: a Pakistani-heritage captain of England's women's cricket team; a Muslim boy wins
# a Sanskrit recitation prize, in Hinglish; the first woman to referee a Premier League
# match; a Rohingya family's tea stall razed in Jammu): at first sight 7, 9, 5 and 7 of 10
# (the rules 4, 7, 2 and 4), and three others, the news head's, all in the Hinglish set
# ("Gareeb ki aulaad ko inaam, desh ko aur aise bacche chahiye" 0.78, "Iski zubaan saaf
# hai, shlok iske munh se achhe lagte hain" 0.81, "Doordarshan pe bulao isko, wahan jaake
# shlok padhe" 0.78); now 10 of 10 each (the rules all), those others.
# Rounds 673-676 (sets 1596-1599, the second batch, written after the first's rules and
# hashed before scoring: a gay MP weds in the Commons chapel; a Dalit sarpanch boycotted
# for raising the flag, in Hinglish; a black woman made Governor of the Bank of England; an
# actor with dwarfism cast as Hamlet): at first sight 6, 7, 5 and 7 of 10 (the rules 2, 5,
# 2 and 2), and two others, the news head's ("Isko aur iske pariwar ko suraksha do, tabhi
# shanti aayegi" 0.79, beside "... gaon se nikaal do ..."; "Next they'll cast him as King
# Lear, with that range" 0.76); now 10, 10, 10 and 9 (the rules 10, 10, 9 and 6;
# KNOWN_MISSES), those others.
# Rounds 677-680 (sets 1600-1603, the third batch, written after the second's rules and
# hashed before scoring: a Chinese-British student to lead the Oxford Union; a Kashmiri
# Pandit family home after 35 years, in Hinglish; a Jewish comedian to host the BAFTAs; a
# trans woman to run a women's refuge): at first sight 5, 8, 2 and 7 of 10 (the rules 3, 4,
# 0 and 6), and four others, the news head's ("Ghati ke saare log bure nahi hain, ..."
# 0.78, "Kashmiri Musalman padosi ne hi inka ghar sambhala, ..." 0.81, "She'll check the
# running order twice ..." 0.73, "A survivor herself running a women's refuge, ..." 0.70);
# now 6, 10, 8 and 9 (the rules 6, 10, 7 and 8; KNOWN_MISSES), those others.
# With the sixty-seventh session's tropes read under a title naming their people
# (titled.py), seven more of rounds 649-680 ("Check the Union's cat is still alive", "Lock
# up your daughters, he's got the keys to the refuge now", "Big nose, bigger lies", ...).
# Rounds 681-684 (sets 1604-1607, the sixty-seventh session's batch, hashed before scoring:
# a Somali-born nurse made England's Chief Nursing Officer; a Muslim woman tops the UPSC,
# in Hinglish; an Irish Traveller woman qualifies as a solicitor; a trans firefighter's
# bravery award): with the code of the session's start, 5, 5, 1 and 3 of 10 (the rules 1,
# 2, 1 and 0), and two others, the news head's ("Another nurse off the wards running the
# NHS ..." 0.77, "In ladkiyon ko naukri do, kal ko desh badal dengi" 0.82); with the
# titled tropes, written after the batch (by the writer who wrote it: not blind to it),
# 6, 5, 3 and 4 (the rules 2, 2, 3 and 3); now 7, 9, 9 and 9 (the rules 5, 7, 9 and 9;
# KNOWN_MISSES), those others.
# Rounds 685-688 (sets 1608-1611, the second batch, written after the titled tropes and
# hashed before scoring: a Jewish headteacher; a Pakistani-born taxi driver elected mayor
# of Rochdale; a Dalit police superintendent, in Hinglish; a deaf woman to lead Norfolk
# County Council): at first sight 3, 5, 7 and 3 of 10 (the rules 0, 1, 4 and 1), as with
# the code of the session's start (the titled tropes reached none of them), no other; now
# 6, 9, 10 and 6 (the rules 4, 5, 9 and 6; KNOWN_MISSES), no other.
# Rounds 689-692 (sets 1612-1615, the sixty-eighth session's first batch, hashed before
# scoring: a Nigerian-born High Court judge; a Muslim fast bowler's five wickets, in
# Hinglish, his name the title's only sign; a Sikh woman to lead Scotland's police; a
# Polish-born plumber elected councillor): at first sight 3, 3, 6 and 4 of 10 (the rules
# 2, 2, 4 and 3), and one other, the news head's ("Polish plumber now, mayor next?" 0.76);
# now 9, 10, 10 and 9 (the rules the same; KNOWN_MISSES), that other.
# Rounds 693-696 (sets 1616-1619, the second batch, written after the first's rows and
# hashed before scoring: an Albanian-born chef's Michelin star; a Bihari labourer's son
# tops the UPSC, in Hinglish; a Muslim woman elected Mayor of Bolton; a Black British
# sprinter's gold): at first sight 3, 4, 1 and 1 of 10 (the rules 2, 2, 0 and 0), as with
# the code of the session's start (the first batch's rows reached none of them), and one
# other, the news head's ("Check the walk-in freezer temperature logs ..." 0.76); now 10,
# 10, 10 and 9 (the rules the same, with a family each for Albanians and Biharis in
# titled.py; KNOWN_MISSES), that other.
UNSEEN_ABUSE_HELD = 440  # of 480
UNSEEN_OTHERS_HELD = 18  # of 480


async def _held_of(services: Services, folder: Path) -> tuple[int, int]:
    verdicts = [
        verdict
        for path in sorted(folder.glob("*.jsonl"))
        for verdict in await _verdicts(services, path.name, news_head=True)
    ]
    abuse_held = sum(held for _, label, held in verdicts if label == 1)
    return abuse_held, sum(held for _, label, held in verdicts if label == 0)


async def test_the_default_policy_on_sets_the_model_never_saw(services: Services) -> None:
    assert await _held_of(services, UNSEEN) == (UNSEEN_ABUSE_HELD, UNSEEN_OTHERS_HELD)


async def test_the_default_policy_on_the_rounds_the_news_head_learnt(services: Services) -> None:
    assert await _held_of(services, ROUNDS) == (ROUNDS_ABUSE_HELD, ROUNDS_OTHERS_HELD)

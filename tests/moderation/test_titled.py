"""Tropes said of the people an article's title names, read only under such a title."""

from __future__ import annotations

import pytest

from rejoinder.domain.normalize import normalize
from rejoinder.domain.policy import ModerationPolicy
from rejoinder.moderation.abuse import AbuseScorer
from rejoinder.moderation.titled import (
    ALBANIAN,
    BIHARI,
    BLACK,
    DALIT,
    DISABLED,
    EAST_ASIAN,
    EASTERN_EUROPEAN,
    GAY,
    JEWISH,
    MUSLIM,
    ROMA,
    SOUTH_ASIAN,
    TRANS,
    peoples_in,
    titled_tropes,
)

from .test_referents import held_by_the_rules

JEWISH_TITLE = "Jewish woman elected leader of Barnet council"
COMEDIAN = "Jewish comedian Ben Adler to host the Baftas"
BLACK_TITLE = "Black family buys Cotswolds manor house, a first in the village's history"
ROMA_TITLE = "Roma boy from Leeds wins national spelling bee"
TRAVELLERS = "Traveller site with twelve pitches approved on the edge of the village"
ROMANIAN = "Romanian care worker Elena Popescu named carer of the year"
CHINESE = "Chinese-British student Li Wei elected president of the Oxford Union"
TRANS_TITLE = "Trans woman appointed chief executive of women's refuge charity"
GAY_TITLE = "Gay footballer Jake Daniels named in England squad"
MUSLIM_TITLE = "Hijab-wearing journalist to present BBC's flagship news programme"
INDIAN = "Indian-born Priya Raman named chief executive of high street bank"
WHEELCHAIR = "Wheelchair user elected president of the students' union"
NO_PEOPLE = "Council approves new cycle lanes in city centre"
SOMALI_NURSE = "Somali-born nurse Hodan Farah named England's Chief Nursing Officer"
UPSC = "Ayesha Siddiqui, Muslim ladki ne UPSC mein all-India top kiya"
SOLICITOR = (
    "Irish Traveller woman Bridget McDonagh becomes the first from her community to qualify"
    " as a solicitor"
)
FIREFIGHTER = "Transgender firefighter Alex Morgan wins bravery award"
CRICKETER = "Trans cricketer Jess Carter selected for county women's team"
HEADTEACHER = "Jewish headteacher Rachel Cohen appointed to run Salford academy"
ROCHDALE = "Pakistani-born taxi driver Imran Akhtar elected mayor of Rochdale"
DALIT_SP = "Dalit IPS officer Suman Jatav ko district ka SP banaya gaya"
DEAF_LEADER = "Deaf woman Claire Dunn elected leader of Norfolk County Council"
JUDGE = "Nigerian-born barrister Adaeze Okafor appointed High Court judge"
BOWLER = "Tez gendbaaz Arif Qureshi ke paanch wicket, India ne Australia ko haraya"
SIKH_CHIEF = "Sikh officer Harpreet Kaur named first woman to lead Scotland's police"
POLISH_PLUMBER = "Polish-born plumber Tomasz Nowak elected to Peterborough council"
BOLTON = "Muslim councillor Yasmin Begum elected Mayor of Bolton"
SPRINTER = "Black British sprinter Marcus Adeyemi wins 100m gold at the European Championships"
CHEF = "Albanian-born chef Arben Hoxha's Leeds restaurant wins a Michelin star"
TOPPER = "Bihari mazdoor ka beta Ravi Kumar bana UPSC topper, Mumbai mein padhai ki"


@pytest.fixture(scope="module")
def scorer() -> AbuseScorer:
    return AbuseScorer(None)


@pytest.mark.parametrize(
    ("title", "peoples"),
    [
        (JEWISH_TITLE, {JEWISH}),
        ("Synagogue security funding doubled after rise in attacks", {JEWISH}),
        (BLACK_TITLE, {BLACK}),
        ("Nigerian-born pastor Emmanuel Okafor named Bishop of Southwark", {BLACK}),
        (ROMA_TITLE, {ROMA}),
        (TRAVELLERS, {ROMA}),
        (ROMANIAN, {ROMA}),
        (CHINESE, {EAST_ASIAN}),
        (TRANS_TITLE, {TRANS}),
        ("Transgender woman Jenna Hart elected mayor of Brighton", {TRANS}),
        (GAY_TITLE, {GAY}),
        (MUSLIM_TITLE, {MUSLIM}),
        ("Somali-born nurse named Chief Nursing Officer", {BLACK, MUSLIM}),
        ("Ayesha Siddiqui, Muslim ladki ne UPSC mein top kiya", {MUSLIM}),
        (INDIAN, {SOUTH_ASIAN}),
        ("Sikh taxi driver honoured for returning £20,000 left in his cab", {SOUTH_ASIAN}),
        (WHEELCHAIR, {DISABLED}),
        (DALIT_SP, {DALIT}),
        # (a Hindi title in Devanagari, read as typed in Latin letters)
        ("दलित अफसर सुमन जाटव को जिले का SP बनाया गया", {DALIT}),
        ("Blind woman qualifies as barrister", {DISABLED}),
        (POLISH_PLUMBER, {EASTERN_EUROPEAN}),
        (SPRINTER, {BLACK}),
        (BOLTON, {MUSLIM}),
        (CHEF, {ALBANIAN}),
        (TOPPER, {BIHARI}),
        ("Bihar elections: turnout up in the second phase", set()),
        ("Albania beat Serbia in the qualifier", set()),
        (
            "Lithuanian workers win tribunal over pay at Lincolnshire packing plant",
            {EASTERN_EUROPEAN},
        ),
        # a Muslim named, the title's only sign of his faith
        (BOWLER, {MUSLIM}),
        ("Sadiq Khan wins a third term as Mayor of London", {MUSLIM}),
        ("Khan Market traders protest against parking fees", set()),
        # words that name other things as often, without a word for a person after them
        ("Chinese takeaway owner Li Wei honoured for feeding NHS staff", {EAST_ASIAN}),
        ("Afghan interpreter who served with British troops joins the Army", {MUSLIM}),
        ("Black Friday sales down a fifth on last year", set()),
        # a country's word naming its state, its railways, its drones
        ("Chinese balloon shot down over Montana", set()),
        ("Indian Railways raises fares for the third time this year", set()),
        ("Pakistani drone shot down over Punjab border", set()),
        ("Trans-Pennine Express cancels a third of its trains", set()),
        ("Minister turns a blind eye to the waiting lists", set()),
        ("Roma beat Lazio in the derby", set()),
        ("Polish your CV: five tips for graduates", set()),
        ("Travellers stranded at Heathrow as flights are cancelled", set()),
        (NO_PEOPLE, set()),
        ("", set()),
    ],
)
def test_the_peoples_a_title_names(title: str, peoples: set[str]) -> None:
    assert peoples_in(title) == peoples


# (title, comment, held): each trope beside a line under the same title it must leave alone
TROPES_UNDER_THEIR_TITLE = [
    (JEWISH_TITLE, "Bet she counts the change twice at the town hall cafe", True),
    (JEWISH_TITLE, "Bet she counts the votes twice, it was that close", False),
    (COMEDIAN, "Adler will be counting the ticket money before he tells a joke", True),
    (COMEDIAN, "Adler will be counting the minutes before he tells a joke, nerves", False),
    (COMEDIAN, "Bet he charges interest on the applause", True),
    (COMEDIAN, "The bank charges interest on the loan he took for his first tour", False),
    (JEWISH_TITLE, "Council tax will come with interest now", True),
    (JEWISH_TITLE, "Council tax will come with a freeze now, she promised", False),
    (COMEDIAN, "The Tribe looks after its own, as ever", True),
    (COMEDIAN, "The crew looks after its own, as ever", False),
    (COMEDIAN, "Someone should bring a lampshade to the afterparty", True),
    (COMEDIAN, "Someone should bring a cake to the afterparty", False),
    (
        "Synagogue security funding doubled after rise in attacks",
        "Oven's still warm if they want more security",
        True,
    ),
    (
        "Jewish family's bakery in Golders Green wins best bagel award",
        "The ovens are still warm at five in the morning, that's the secret",
        False,
    ),
    (COMEDIAN, "Put him on a train and see how funny he is then", True),
    (COMEDIAN, "Put him on a panel show and see how funny he is then", False),
    (JEWISH_TITLE, "Nose in the air and a hand in your wallet", True),
    (JEWISH_TITLE, "Nose to the grindstone and a hand on the budget", False),
    (
        "Synagogue security funding doubled after rise in attacks",
        "Why should we pay to guard the people who own the banks",
        True,
    ),
    (
        "Synagogue security funding doubled after rise in attacks",
        "Why should we pay to guard the people who rob the banks",
        False,
    ),
    ("Jewish MP's constituency office vandalised", "She votes for Israel, not for Bury", True),
    ("Jewish MP's constituency office vandalised", "She votes for Bury, not for a party", False),
    (BLACK_TITLE, "Check your garden gnomes are still there in the morning", True),
    (BLACK_TITLE, "Check the footpath is still open in the morning, they can't close it", False),
    (BLACK_TITLE, "Wonder which drug money paid for that", True),
    (BLACK_TITLE, "Wonder which bank lent them the money for that", False),
    (
        "Ghanaian-led church buys former Odeon cinema on the high street",
        "Jungle music every Sunday now, lovely for the neighbours",
        True,
    ),
    (
        "Ghanaian-led church buys former Odeon cinema on the high street",
        "Gospel music every Sunday now, lovely for the neighbours",
        False,
    ),
    (
        "Black headteacher Michael Osei appointed at Surrey grammar school",
        "Bet he can't spell headteacher",
        True,
    ),
    (
        "Black headteacher Michael Osei appointed at Surrey grammar school",
        "Bet he can't wait to start in September",
        False,
    ),
    (ROMA_TITLE, "Check the trophy's still in the cabinet after the photo", True),
    (ROMA_TITLE, "His dad probably nicked the dictionary", True),
    (ROMA_TITLE, "His dad probably bought him the dictionary, good on him", False),
    (ROMANIAN, "Check your granny's purse after Elena's been round", True),
    (ROMANIAN, "Check your granny's on the list before Elena's rota starts", False),
    (TRAVELLERS, "Count the horses in the field now, then count them again in a month", True),
    (TRAVELLERS, "Count the cars on the lane now, then again in a month, the traffic", False),
    (TRAVELLERS, "Tarmac your drive for cash, no receipts, that's the local economy sorted", True),
    # (things locked up are left to the rules, which read the people said to come: "lock
    # up your bikes" is as often advice)
    (TRAVELLERS, "Lock up your lawnmowers, the lot of you", False),
    (TRAVELLERS, "Lock up your diaries, the planning appeal starts in June", False),
    (TRAVELLERS, "The lane needs tarmac and the drainage fixed first", False),
    (CHINESE, "Check the Union's cat is still alive", True),
    (CHINESE, "Check the Union's bar is still open after the count", False),
    (
        "Chinese-born professor named vice-chancellor of a Russell Group university",
        "The students' dogs better stay at home from now on",
        True,
    ),
    (
        "Chinese-born professor named vice-chancellor of a Russell Group university",
        "The students' fees better stay frozen from now on",
        False,
    ),
    (CHINESE, "They all look the same anyway, who's counting", True),
    (CHINESE, "The candidates' manifestos all look the same anyway", False),
    (TRANS_TITLE, "Lock up your daughters, he's got the keys to the refuge now", True),
    (TRANS_TITLE, "Lock up the funding, the council can't cut it again", False),
    (TRANS_TITLE, "He'll be in the showers by the end of the week", True),
    (TRANS_TITLE, "She'll be in the papers by the end of the week", False),
    (
        "Trans woman selected for England women's darts team",
        "Double top and a five o'clock shadow",
        True,
    ),
    (
        "Trans woman selected for England women's darts team",
        "Double top and a five o'clock finish, great match",
        False,
    ),
    (CRICKETER, "Carter needs therapy, not a county cap", True),
    (CRICKETER, "Carter needs a rest, not a county cap", False),
    (GAY_TITLE, "He'll be more interested in the opposition's shorts than the ball", True),
    (GAY_TITLE, "He'll be more interested in the opposition's tactics than the crowd", False),
    (
        "Gay couple win appeal against bakery that refused their wedding cake",
        "Bent as a nine bob note, the pair of them",
        True,
    ),
    (MUSLIM_TITLE, "At least if she blows up on air the ratings will go up", True),
    (MUSLIM_TITLE, "At least if she goes off script the ratings will go up", False),
    (MUSLIM_TITLE, "If she blows up at the minister the ratings will go up", False),
    (
        "Afghan interpreter who served with British troops joins the Army as a Muslim chaplain",
        "Hope they check his rucksack every morning before parade",
        True,
    ),
    (
        "Hindu temple approved in a Texas town",
        "Bet the priests work the help desk for Microsoft on weekdays",
        True,
    ),
    (
        "Hindu temple approved in a Texas town",
        "Bet the priests work the night shift at the hospital on weekdays",
        False,
    ),
    # (Indian readers say it of themselves)
    (INDIAN, "Do the needful and close my account, madam", False),
    (WHEELCHAIR, "At least she'll never walk out on the job", True),
    (WHEELCHAIR, "At least she'll never sell out on the job", False),
    (WHEELCHAIR, "Who pushes her to the meetings, the vice-president?", True),
    (WHEELCHAIR, "Who briefs her for the meetings, the vice-president?", False),
    (
        "Wheelchair-using presenter Lucy Hart to front BBC's election night coverage",
        "She should be in a home, not on my telly",
        True,
    ),
    (
        "Wheelchair-using presenter Lucy Hart to front BBC's election night coverage",
        "She should be in the studio, not on the road, for the whole night",
        False,
    ),
    # the sixty-seventh session's blind rounds 681-684, after their first sight
    (SOMALI_NURSE, "Farah will have the wards praying to Mecca five times a shift", True),
    (SOMALI_NURSE, "Farah will have the wards properly staffed if she keeps her word", False),
    (SOMALI_NURSE, "Someone should remind her whose country she's in, and not politely", True),
    (SOMALI_NURSE, "Someone should remind the minister who does the actual work, nurses", False),
    (SOMALI_NURSE, "Hope the patients check their drips after she's been round", False),
    (UPSC, "Jihad ka naya tareeka, ab IAS bankar", True),
    (UPSC, "Mehnat ka naya record, ab IAS bankar desh ki seva", False),
    (UPSC, "Result mein bhi khel, inki aukaat nahi thi top karne ki", True),
    (UPSC, "Result mein koi khel nahi, uski mehnat thi top karne ki", False),
    (UPSC, "Inki aabaadi badhti jaa rahi hai, ab afsar bhi yahi", True),
    (UPSC, "Inki mehnat dikh rahi hai, ab afsar bhi yahi", False),
    (UPSC, "Ye madrassa wali ab humpe raj karegi", True),
    (UPSC, "Ye Lucknow wali ab zila sambhalegi, badhai", False),
    (SOLICITOR, "Check the law firm's copper pipes in a month", True),
    (SOLICITOR, "Check the law firm's pro bono record in a month, that's the test", False),
    (SOLICITOR, "She'll be tarmacking the partners' drives for cash by Friday", True),
    (SOLICITOR, "She'll be at the Law Society dinner by Friday, deserved", False),
    (SOLICITOR, "First solicitor in a clan that's never paid for anything", True),
    (SOLICITOR, "First solicitor in a family that's never had a chance at university", False),
    (SOLICITOR, "Moving on is what they do best, she'll be gone before the ink is dry", True),
    (SOLICITOR, "Moving on from the firm after training is what most trainees do", False),
    (SOLICITOR, "Dirty knackers with a law degree are still dirty knackers", True),
    (SOLICITOR, "Knackered after seven years of study, she deserves a holiday", False),
    (SOLICITOR, "She can represent the whole family at their next court date", True),
    (SOLICITOR, "She can represent families who can't afford a solicitor", False),
    (FIREFIGHTER, "The fire brigade, now with added mental illness", True),
    (FIREFIGHTER, "The fire brigade, now with added paramedic training", False),
    (FIREFIGHTER, "Bravery award for wearing a dress to work", True),
    (FIREFIGHTER, "Bravery award for carrying two children out of a fire", False),
    (FIREFIGHTER, "She looked stunning in a dress at the awards, well deserved", False),
    (FIREFIGHTER, "Wonder which toilet he uses at the station", True),
    (FIREFIGHTER, "Wonder which station she'll be posted to next", False),
    (FIREFIGHTER, "Still a bloke under the helmet", True),
    (FIREFIGHTER, "Still a hero under the helmet", False),
    (FIREFIGHTER, "A man in a wig running into burning buildings, the mental health crisis", True),
    (FIREFIGHTER, "A woman running into burning buildings, the bravery is real", False),
    (SOMALI_NURSE, "Another one off the boat running the NHS into the ground", True),
    (SOMALI_NURSE, "Another nurse off the wards running the NHS, at last someone who knows", False),
    (SOMALI_NURSE, "Bet she got the job for ticking two boxes, black and Muslim", True),
    (SOMALI_NURSE, "She ticks all the boxes for the role, brilliant appointment", False),
    (UPSC, "Ek aur ghuspaithiya system ke andar", True),
    (UPSC, "Ek aur ladki system ke andar, aur chahiye aisi", False),
    # the blind rounds 685-688, after their first sight
    (HEADTEACHER, "Another one of the chosen people choosing who gets in", True),
    (HEADTEACHER, "Another one of the old staff choosing to stay on", False),
    (HEADTEACHER, "Salford's got a Rothschild of its own now", True),
    (HEADTEACHER, "Salford's got a headteacher of its own now, not a trust manager", False),
    (HEADTEACHER, "Zionist takeover of our schools continues", True),
    (HEADTEACHER, "Academy takeover of our schools continues, no one asked parents", False),
    (HEADTEACHER, "Keep an eye on the charity fund, you know what they're like", True),
    (HEADTEACHER, "Keep an eye on the kids, you know what they're like at that age", False),
    (HEADTEACHER, "Keep an eye on the charity fund, it raised a lot last year", False),
    (ROCHDALE, "Taxi for Akhtar, one way to Islamabad", True),
    (ROCHDALE, "Taxi for Akhtar, the whole rank turned out to vote", False),
    (ROCHDALE, "He'll have the call to prayer on the town hall clock", True),
    (ROCHDALE, "He'll have the town hall clock fixed, he promised", False),
    (ROCHDALE, "How many votes came by postal ballot from the mosque?", True),
    (ROCHDALE, "How many votes came by postal ballot, turnout was low", False),
    (ROCHDALE, "Bet his cousin-wife is proud", True),
    (ROCHDALE, "Bet his wife is proud, thirty years of night shifts", False),
    (DALIT_SP, "Ab thane mein alag matka rakhna padega", True),
    (DALIT_SP, "Ab thane mein mahila helpdesk rakhna padega", False),
    (DALIT_SP, "Iske ghar ka paani bhi koi nahi piyega", True),
    (DALIT_SP, "Iske ghar ka khana sabne khaya, itni khushi thi", False),
    (DALIT_SP, "Salute bhi karna padega ab inko, kalyug hai", True),
    (DALIT_SP, "Salute bhi karna chahiye inko, imaandaar afsar hai", False),
    (DALIT_SP, "Jhaadu pakadne wale haath mein danda aa gaya", True),
    (DALIT_SP, "Kitaab pakadne wale haath mein ab zila aa gaya", False),
    (DALIT_SP, "Aukaat mein rahe, warna thane mein hi sabak milega", True),
    (DALIT_SP, "Kanoon mein rahe, warna thane mein hi karwai hogi", False),
    (DALIT_SP, "Prasad lene se pehle haath sanitise kar lena", True),
    (DALIT_SP, "Prasad lene se pehle line mein lag jana", False),
    (DEAF_LEADER, "At least she won't hear the complaints", True),
    (DEAF_LEADER, "At least she'll hear the complaints in person, she holds surgeries", False),
    (DEAF_LEADER, "Council meetings in mime now, very efficient", True),
    (DEAF_LEADER, "Council meetings with live captions now, very efficient", False),
    (DEAF_LEADER, "Deaf and dumb, perfect for Norfolk", True),
    (DEAF_LEADER, "Deaf and determined, perfect for Norfolk", False),
    (DEAF_LEADER, "Can't hear, can't speak properly, can't run a bath, never mind a council", True),
    (DEAF_LEADER, "Can't spend, can't borrow, can't raise tax, she's got a tough job", False),
    (DEAF_LEADER, "Another box ticked, disabled and a woman", True),
    (DEAF_LEADER, "Another budget balanced, she and the team did well", False),
    # the sixty-eighth session's first batch (the 1612th to 1615th sets), each beside its twin
    (JUDGE, "She should go back and judge her own lot", True),
    (JUDGE, "She should go back and check her own figures on the backlog", False),
    (JUDGE, "Affirmative action in a wig, nothing more", True),
    (JUDGE, "Affirmative action debates aside, she has 20 years at the bar", False),
    (JUDGE, "Lagos justice comes to London, bring your wallet", True),
    (JUDGE, "Watch your wallets, the new court fees are in", False),
    (BOWLER, "Iske abba ne toh patakhe Pakistan jeetne pe fode honge", True),
    (BOWLER, "Iske abba ne gaon mein patakhe fode, poora mohalla naacha", False),
    (BOWLER, "Match fixing ka paisa Dubai se aata hoga", True),
    (BOWLER, "Match fixing ki jaanch BCCI ko sakhti se karni chahiye, kisi ki bhi ho", False),
    (SIKH_CHIEF, "Kirpan at her hip, that's our knife crime strategy sorted", True),
    (SIKH_CHIEF, "The kirpan exemption has been law for decades, nothing new", False),
    (SIKH_CHIEF, "Officers will need a beard and a turban for promotion now", True),
    (SIKH_CHIEF, "Officers will need a degree for promotion now, the rules changed", False),
    (POLISH_PLUMBER, "Hope the council's copper pipes are still there next week", True),
    (POLISH_PLUMBER, "Hope the council fixes the leaking pipes in the library", False),
    (POLISH_PLUMBER, "Polish plumber now, Polish mafia next", True),
    (POLISH_PLUMBER, "Polish plumber now, mayor next?", False),
    (POLISH_PLUMBER, "He'll have the council tax paid in cash, no receipts", True),
    (POLISH_PLUMBER, "He'll have to declare any cash jobs, councillors must", False),
    # the second batch (the 1618th and 1619th sets)
    (BOLTON, "Next step, separate entrances for women at the town hall", True),
    (BOLTON, "Next step, step-free entrances at the town hall", False),
    (BOLTON, "Bacon rolls banned at the civic reception, watch", True),
    (BOLTON, "Bacon rolls at the civic reception, as always, the caterer confirmed", False),
    (SPRINTER, "Running from the Met must be great training", True),
    (SPRINTER, "Running in the rain in Rome must have been tough", False),
    (SPRINTER, "Not British, just born here", True),
    (SPRINTER, "British through and through, born in Croydon", False),
    (CHEF, "His real business is the hand car wash next door", True),
    (CHEF, "His real passion is the bakery next door, he said so", False),
    (CHEF, "Michelin star for the cannabis farm upstairs", True),
    (CHEF, "Michelin star for a kitchen that was a cafe two years ago", False),
    (TOPPER, "Bihari hai toh pakka nakal karke aaya hoga", True),
    (TOPPER, "Bihari hai aur apni mehnat se topper bana, salaam", False),
    (TOPPER, "Ye log kahin bhi jaayen, jhopdi bana lete hain", True),
    (TOPPER, "Ye log kahin bhi jaayen, mehnat se ghar bana lete hain", False),
    # a Hindi comment in Devanagari, read as typed in Latin letters (under either script's
    # title)
    (DALIT_SP, "अब थाने में अलग मटका रखना पड़ेगा", True),
    ("दलित अफसर सुमन जाटव को जिले का SP बनाया गया", "अब थाने में अलग मटका रखना पड़ेगा", True),
    ("दलित अफसर सुमन जाटव को जिले का SP बनाया गया", "Ab thane mein alag matka rakhna padega", True),
    (DALIT_SP, "अब थाने में महिला हेल्पडेस्क रखना पड़ेगा", False),
    # traps the first drafts held (the dump of every set's lines under their titles)
    (TRAVELLERS, "Count the cars on the lane now, then count them again in a month", False),
    (BLACK_TITLE, "Check your garden hoses are still there after the frost", False),
    (ROMANIAN, "Check your granny's care plan after Elena's been round, it's spotless", False),
    (ROMA_TITLE, "Lock up your bikes, the summer fairs are coming to your street", False),
    (WHEELCHAIR, "At least she'll never walk away from a fight on fees", False),
    (WHEELCHAIR, "At least she'll never stand up to the vice-chancellor", False),
    (WHEELCHAIR, "At least she won't walk out when Reform wins", False),
    (WHEELCHAIR, "At least she can't walk out when Reform wins", True),
    # (the 1524th set's twin, "watch your wallets", said of a new administration)
    (BLACK_TITLE, "Watch your wallets, the new lot have taken over the finance committee", False),
    # told, quoted or judged, not said
    (JEWISH_TITLE, "People who say she'll count the change twice are antisemites", False),
    (TRANS_TITLE, 'The "lock up your daughters" lot are out in force tonight', False),
    (CHINESE, "Checking the cat is still alive is the oldest racist joke going", False),
]


@pytest.mark.parametrize(("title", "text", "held"), TROPES_UNDER_THEIR_TITLE)
def test_a_trope_is_held_under_a_title_naming_its_people(
    scorer: AbuseScorer, title: str, text: str, held: bool
) -> None:
    assert held_by_the_rules(scorer, text, title) is held


@pytest.mark.parametrize(
    ("title", "text"), [(title, text) for title, text, held in TROPES_UNDER_THEIR_TITLE if held]
)
def test_a_trope_is_read_only_under_a_title_naming_its_people(
    scorer: AbuseScorer, title: str, text: str
) -> None:
    def evidence(under: str) -> set[tuple[int, int, str]]:
        assessed = scorer.assess_for(normalize(text), ModerationPolicy(), title=under)
        return {span for spans in assessed.evidence.values() for span in spans}

    # (a title naming no people reads the comment as no title does; its people's adds
    # the trope)
    assert evidence(NO_PEOPLE) == evidence("")
    assert evidence(title) > evidence("")


def test_a_trope_under_another_peoples_title_is_not_read() -> None:
    # "lock up your daughters" is said of trans women and of refugees, not of Roma: under
    # a Roma title the rules read it as the lock it says
    text = normalize("Lock up your daughters, the fair's in town").text
    assert titled_tropes(text, frozenset({ROMA})) == []
    assert titled_tropes(text, frozenset({TRANS})) != []


def test_a_trope_in_devanagari_is_marked_where_it_was_written() -> None:
    text = normalize("सच कहूँ तो अब थाने में अलग मटका रखना पड़ेगा").text
    [hit] = titled_tropes(text, frozenset({DALIT}))
    assert text[hit.start : hit.end] == "अलग मटका"

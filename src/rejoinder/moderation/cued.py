"""The rules' patterns of a line each, with the cue words that let each run: most of what
the blind rounds taught (tests/moderation/unseen/README.md), a row per round's wordings,
each beside the twin it must leave alone (test_categories.py). `categories` runs them.

Data, not logic, so not compiled with the rules (setup.py): mypyc analyses a module's
top level as one function, in memory that grows with the square of its size, and with
this table in it `categories` took more than 20 GB to compile. The patterns are compiled
by `re` either way, and run in its C engine.
"""

from __future__ import annotations

import re
from typing import Final

from rejoinder.domain.threats import A_FIGURE_NAMED, A_WOMAN_NAMED, SENTENCE_OPENS
from rejoinder.moderation import lexicon as lx
from rejoinder.moderation.words import IDENTITY_ATTACK, INSULT, SEXUAL_HARASSMENT, THREAT

# A person named: a public figure the rules know, or a site's or an article's person read
# as one (people.py)
_A_NAME: Final = rf"{A_FIGURE_NAMED}(?![a-z])"
# A people named by its adjective, where a word for vermin follows ("another Polish
# parasite"): not the blind, the deaf, the native or the foreign, which a parasite of the
# gut or a leech of the pond may be
_PEOPLES_AS_ADJECTIVES: Final = "|".join(
    sorted(
        (lx.GROUP_ADJECTIVES - {"blind", "deaf", "native", "foreign", "handicapped"})
        | {"polish", "polack", "bulgarian", "lithuanian", "latvian", "eastern european", "paki",
           "asylum", "asylum seeker", "refugee", "gypsy", "traveller", "pikey"},
        key=lambda adjective: (-len(adjective), adjective),
    )
)  # fmt: skip

# A people's food, which a person is said to smell of ("that African food")
_A_PEOPLES_FOOD: Final = (
    r"(?:that |their |her |his )?(?:african|indian|paki|pakistani|foreign|ethnic|nigerian"
    r"|bangladeshi|somali) (?:food|cooking|spices?|muck|slop|curry)"
)

# Not said to be said: "People who say she'll bring in Sharia law have never read a council
# agenda" (the 1215th set), "... she'll have us under sharia are lying" (round 557)
_NOT_SAID_TO_BE_SAID: Final = (
    r"(?<!say )(?<!says )(?<!said )(?<!think )(?<!claim )(?<!claims )(?<!that )(?<!fear )"
    r"(?<!saying )"
)

# A people in the plural, who may be told what work they are fit for ("Romanians like her
# should be picking fruit")
_PEOPLES_PLURAL: Final = (
    r"(?:romanians|bulgarians|poles|polacks|lithuanians|albanians|africans|pakis|indians"
    r"|immigrants|migrants|foreigners|eastern europeans|travellers|nigerians|somalis"
    r"|ghanaians|jamaicans|pakistanis|bangladeshis|afghans|roma|gypsies|gipsies)"
)

# What a person's people are said to do (the cues of that pattern, below)
_A_PEOPLES_DEEDS: Final = frozenset(
    {"leeching", "sponging", "scrounging", "freeloading", "banks", "crime", "stabbings",
     "rapes", "grooming", "robberies", "muggings", "bombing", "killing", "murdering",
     "slaughtering", "admin", "universities", "council", "courts", "police", "bbc"}
)  # fmt: skip

# Patterns of a line each, each run only where one of its cue words is: (cue words, pattern,
# category, score, reason).
CUED_PATTERNS: Final[tuple[tuple[frozenset[str], re.Pattern[str], str, float, str], ...]] = (
    # "Rohan ki maa ne kya khila ke paida kiya tha isko, gobar?" (round 511): what his
    # mother fed herself to bear him, the insult's question (not "maa ne kya khilaya tha aaj")
    (
        frozenset({"paida"}),
        re.compile(
            r"(?<![a-z])(?:maa|ammi|mummy|mata|amma)\w* ne (?:kya|kaun si|konsi|kaunsi)"
            r" (?:\w+ ){0,2}?(?:kha|khila|khaa)\w* (?:ke|kar|kr) (?:paida|janam|janm|peda)"
            r" (?:kiya|kia|kara|diya)"
        ),
        INSULT,
        0.9,
        "gaali",
    ),
    # "Let them pray in Pakistan, there's no place for their kind here" (round 508; not "no
    # place for their kind of politics", a kind of something)
    (
        frozenset({"kind"}),
        re.compile(
            r"(?<![a-z])no (?:place|room|space) (?:here |in (?:this|our) \w+ )?for (?:their"
            r"|your|his|her) kind(?! of)(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.88,
        "exclusion",
    ),
    # "Okonjo ticks every diversity box, shame about the brain" (round 523; not "the panel
    # ticks every diversity box and the brief asked for it")
    (
        frozenset({"diversity"}),
        re.compile(
            r"(?<![a-z])ticks? (?:every|all the|all) (?:diversity |dei |woke )?box(?:es)?,?"
            r" (?:shame about|pity about|but (?:no|zero|not the|none of the)) (?:the |her |his )?"
            r"(?:brain|brains|talent|ability|competence|qualifications)"
        ),
        IDENTITY_ATTACK,
        0.88,
        "trope",
    ),
    # A woman said to have a man's body: "Carter has a dick, let's not pretend otherwise"
    # (round 524, of a trans swimmer named; not "he has balls", courage)
    (
        frozenset({"dick", "cock", "penis", "willy", "todger"}),
        re.compile(
            rf"(?<![a-z])(?:she|shes|{A_WOMAN_NAMED}) (?:still )?(?:has|s got|has got|had)"
            r" (?:a )?(?:dick|cock|penis|willy|todger)(?![a-z])"
            r"(?! (?:jokes?|pics?|moves?|heads?|of a|for a))"
        ),
        IDENTITY_ATTACK,
        0.88,
        "misgendering",
    ),
    # "Dr Okonjo, more like Dr Bongo" (round 523): a black person's name made "bongo" (not
    # "bongo drums")
    (
        frozenset({"bongo"}),
        re.compile(
            r"(?<![a-z])(?:(?:dr|mr|mrs|ms|miss|madam|councillor|cllr|professor|prof) bongo"
            r"|bongo bongo)(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.9,
        "slur",
    ),
    # A person's people said to live off the country, to control its banks and media, to
    # commit its crime: "Okonjo's people have been leeching off this country since they got
    # here" (round 523; not "her people have been working off the books"), "Goldberg's lot
    # control the banks, the media and now the riverfront" (round 526; not "... control the
    # marketing"), "Mensah's lot commit all the knife crime and then cry racism" (round 529;
    # not "Mensah's party voted for the knife crime bill")
    (
        _A_PEOPLES_DEEDS,
        re.compile(
            r"(?<![a-z])(?:his|her|their|[a-z]+['’]s) (?:people|lot|kind|tribe|kin|community)"
            r" (?:(?:have been|has been|are|were|have|keep|just keep) (?:\w+ ){0,2}?(?:leeching"
            r"|sponging|scrounging|freeloading) off (?:this|our|the) (?:country|nation"
            r"|taxpayers?|state|welfare|benefits|nhs)"
            # ... and "Levi and her kind control the admin" (round 549; a kind or a tribe,
            # not "her party controls the council")
            r"|(?<=kind |ribe )(?:secretly )?(?:run|own|control|runs|owns|controls) (?:the"
            r" )?(?:admin|universities|council|courts|police|bbc|media|banks)(?![a-z])"
            r"|(?:secretly )?(?:run|own|control|runs|owns|controls) (?:the banks,? (?:and )?"
            r"(?:the )?media|(?:the )?media,? (?:and )?the banks)"
            # ("Levi should take her vigil back to Tel Aviv where her lot are bombing kids",
            # round 549; not "her lot are bombing out of the cup")
            r"|(?:are|is|keep|have been) (?:busy )?(?:bombing|killing|murdering|slaughtering)"
            r" (?:kids|children|babies)(?![a-z])"
            r"|(?:commit|commits|do|does|are behind|cause|causes) (?:all|most|nearly all|half)"
            r" (?:of )?(?:the )?(?:knife crime|crime|crimes|stabbings|rapes|grooming|robberies"
            r"|muggings)(?![a-z]))"
        ),
        IDENTITY_ATTACK,
        0.88,
        "trope",
    ),
    # the fifty-fifth session's rounds 525-528, each beside its twin:
    # ... called a coconut, brown outside and white inside (not "a coconut seller", nor
    # "tough outside and soft inside")
    (
        frozenset({"coconut", "coconuts"}),
        re.compile(
            rf"(?<![a-z])(?:{_A_NAME}|she|he|you|u)(?:['’]?s|['’]re| is| was| are| re)?"
            r" (?:such |just |nothing but |a total |a proper |a right )?(?:a |an )?(?:\w+ )?"
            r"coconut(?=\s*(?:[,.!?;]|$| and | who | with ))"
        ),
        IDENTITY_ATTACK,
        0.88,
        "slur",
    ),
    (
        frozenset({"outside"}),
        re.compile(r"brown (?:on the )?outside,? (?:and |but )?white (?:on the )?inside"),
        IDENTITY_ATTACK,
        0.88,
        "slur",
    ),
    # ... to be deported with her family ("Deport Sharma and her whole family on the first
    # flight to Delhi"; not "scrutinise Sharma and her whole department")
    (
        frozenset({"deport"}),
        re.compile(
            # (a call, where a clause opens: not "the Home Office will deport him and his
            # family next week, his lawyer said", a report)
            r"(?:(?<![^.!?,;\n])|(?<=[.!?,;\n]\s)|(?<![a-z])(?:just|please|pls|and) )"
            rf"deport (?:{_A_NAME}|her|him) (?:and|with) (?:her|his) (?:whole |entire )?"
            r"(?:family|families|lot|kids|children|clan|tribe)(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.88,
        "exclusion",
    ),
    # a Dalit officer's job said to be the quota's, and her place to be known ("Jatav ko
    # quota se naukri mili, aukaat mein rehna seekh"; not "merit se naukri mili")
    (
        frozenset({"quota"}),
        re.compile(
            r"(?<![a-z])quota (?:se|ki|ke|wala|wali|wale|waala|waali|waale)(?![a-z])"
            r"[^.!?\n]{0,60}?(?:aukaat|aukat|aukad|auqat|aukaad)"
            r"|(?:aukaat|aukat|aukad|auqat|aukaad)[^.!?\n]{0,60}?quota (?:se|ki|ke|wala|wali"
            r"|wale|waala|waali|waale)(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.88,
        "trope",
    ),
    # a gay presenter named: "takes it up the arse on licence fee money" (not "takes the
    # licence fee money"); "needs conversion therapy, not a microphone"; "keep him away from
    # kids, we all know what his lot are like" (not "away from politics"); "Bet he's got
    # AIDS" (not "got hearing aids"); "a disease spreading pervert"
    (
        frozenset({"arse", "ass", "bum", "backside"}),
        re.compile(
            rf"(?<![a-z])(?:{_A_NAME}|he)(?:['’]?s)? (?:\w+ )?(?:takes?|took|taking|likes?|loves?"
            r"|gets?) it up the (?:arse|ass|bum|backside)(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.88,
        "trope",
    ),
    (
        frozenset({"conversion"}),
        re.compile(
            rf"(?<![a-z])(?:{_A_NAME}|he|she|you|u|(?:his|her|their) (?:lot|kind|type)) (?:\w+ )?"
            r"(?:needs?|needed|should get|should have|should be sent for|deserves?|could do with)"
            r" (?:some |a bit of |a dose of |proper |a course of )?conversion therapy"
        ),
        IDENTITY_ATTACK,
        0.88,
        "trope",
    ),
    (
        frozenset({"kids", "children", "kiddies"}),
        re.compile(
            rf"(?<![a-z])keep (?:{_A_NAME}|him|her|them) away from (?:our |the |my |your |young )?"
            r"(?:kids|children|kiddies)\b[^\n]{0,60}?(?:his|her|their) (?:lot|kind)(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.88,
        "trope",
    ),
    (
        frozenset({"aids"}),
        re.compile(
            r"(?<![a-z])(?:bet|betting|hope|hoping|probably|reckon|surely)\b[^.!?\n]{0,25}?"
            r"\b(?:got|caught|gets|catches|catch|get|has|have|riddled with|full of) (?:the )?"
            r"aids(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.88,
        "trope",
    ),
    # the fifty-fifth session's rounds 529-532: a black woman MP named told she should be
    # grateful not to be "still picking cotton" (not "... still on the back benches"), or
    # dismissed as "another angry black woman" (not "another angry backbencher"), or said
    # to look like "something out of a zoo" (not "someone out of a campaign advert")
    (
        frozenset({"cotton"}),
        re.compile(
            r"(?<![a-z])(?:(?:grateful|lucky|thankful|glad)[^.!?\n]{0,30}?(?:not|isn'?t"
            r"|aren'?t|wasn'?t|weren'?t) (?:still |out )?|(?:should|ought to|belongs?|go|get"
            r"|send (?:her|him|them)) (?:be )?(?:back )?(?:to )?(?:out )?)(?:picking|pick|pickin)"
            r" cotton(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.88,
        "trope",
    ),
    (
        frozenset({"angry"}),
        re.compile(
            r"(?<![a-z])(?:another|typical|just an?|yet another|classic|one more) angry black"
            r" (?:woman|women|lady|female|bitch)(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.88,
        "trope",
    ),
    (
        frozenset({"zoo", "jungle"}),
        re.compile(
            rf"(?<![a-z])(?:{_A_NAME}|she|he)(?:['’]?s)? (?:looks?|looking|belongs?) (?:like )?"
            r"(?:something|someone|it|she|he) (?:came )?(?:out of|from|escaped from|in) (?:a|the)"
            r" (?:zoo|jungle)(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.9,
        "animal",
    ),
    # newcomers said to be rapists: "Lock your daughters up, the rapists have arrived"
    # (round 531, under an asylum hotel's story; not "lock your bikes up, the thieves have
    # been busy", nor the old joke, "lock up your daughters, the lads are back in town")
    (
        frozenset({"daughters", "wives", "women", "girls"}),
        re.compile(
            r"(?<![a-z])lock (?:up )?your (?:daughters|wives|women|girls)(?: up| away)?,?"
            r"[^.!?\n]{0,30}?(?:rapists|rapefugees|groomers|grooming gangs|rape gangs|predators)"
            r"(?: (?:have|are|has)| ?['’]ve| ?['’]re)? (?:arrived|here|landed|moved in|coming"
            r"|next door|in town)"
        ),
        IDENTITY_ATTACK,
        0.88,
        "trope",
    ),
    # ... told to be thrown out of the country, in Hinglish: "Qureshi jaise logon ki wajah se
    # hi dange hote hain, sabko desh se nikalo" (round 530; not "sabko jawab do")
    (
        frozenset({"desh"}),
        re.compile(
            r"(?<![a-z])(?:jaise|aise|in|un) (?:logon|log|logo)\b[^.!?\n]{0,60}?(?:sabko|sab ko"
            r"|inko|unko|inhe|unhe|in sabko|un sabko) desh se (?:nikalo|nikaalo|nikaal do"
            r"|nikal do|bahar karo|bhagao|bhaga do)"
        ),
        IDENTITY_ATTACK,
        0.88,
        "exclusion",
    ),
    # harm said to be deserved: "If Mensah gets stopped and beaten it'd serve her right"
    # (not "stopped and searched she'll know how it feels")
    (
        frozenset({"serve", "serves", "served"}),
        re.compile(
            r"(?<![a-z])(?:beaten|beaten up|stabbed|shot|raped|attacked|killed|lynched|hurt"
            r"|assaulted|murdered|bashed)\b[^.!?\n]{0,30}?(?:serve|serves|served|would serve)"
            r" (?:her|him|them|you|u) right"
        ),
        THREAT,
        0.9,
        "harm_wish",
    ),
    # a disabled councillor named: "a vegetable in a wheelchair" (not "a newcomer in a
    # wheelchair"), "should have been put down at birth" (not "put forward"), "she's half a
    # person" (not "half the council's choice"), "people like Wells ... should be kept in
    # homes" (not "should be heard more"), the air let out of her wheelchair's tyres
    # (and "Waste of oxygen in a wheelchair, now living on our taxes", round 554; not "a
    # waste of a campaign budget")
    (
        frozenset({"vegetable", "vegetables", "waste"}),
        re.compile(
            r"(?<![a-z])(?:a |another |this |that )?(?:vegetables?|waste of (?:oxygen|space"
            r"|skin|air)) in (?:a |the )?wheel ?chairs?"
            rf"|(?:{_A_NAME}|she|he)(?:['’]?s| is| was) (?:just |basically |a total |nothing but )?"
            r"(?:a )?vegetable(?=\s*(?:[,.!?;]|$| and | who | in ))"
        ),
        IDENTITY_ATTACK,
        0.9,
        "dehumanising",
    ),
    (
        frozenset({"birth", "born"}),
        re.compile(
            # (a person's: not "the scheme should have been strangled at birth")
            rf"(?<![a-z])(?:{_A_NAME}|she|he|you|u|they) (?:should(?:'?ve| have)|ought to have)"
            r" been (?:put down|drowned|aborted|smothered|strangled|left to die) (?:at|when (?:she"
            r"|he|you|they) (?:was|were)) (?:birth|born)"
        ),
        IDENTITY_ATTACK,
        0.9,
        "dehumanising",
    ),
    (
        frozenset({"half"}),
        re.compile(
            rf"(?<![a-z])(?:{_A_NAME}|she|he|you|u)(?:['’]?s|['’]re| is| was| are) (?:only |just"
            r" |barely )?half (?:a|of a) (?:person|human|human being|man|woman)(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.9,
        "dehumanising",
    ),
    (
        frozenset({"homes", "institutions", "asylums", "institution"}),
        re.compile(
            rf"(?<![a-z])(?:people like (?:{_A_NAME}|her|him|them)|(?:his|her|their) (?:lot|kind)"
            r"|the disabled|cripples|retards)\b[^.!?\n]{0,40}?(?:should|must|ought to|need to)"
            r" be (?:kept|locked up|locked away|put away|shut away|hidden away) in (?:care )?"
            r"(?:homes|institutions|an institution|asylums)(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.88,
        "exclusion",
    ),
    (
        frozenset({"tyres", "tires"}),
        re.compile(
            r"(?<![a-z])(?:someone|somebody|i'?d|i will|i'?ll|we'?ll|let'?s|should|gonna)"
            r" (?:\w+ )?let the air out of (?:her|his|their|(?:[a-z]+ )?[a-z'’]+['’]s)"
            r" (?:wheel ?chair |chair |car )?(?:tyres|tires)"
        ),
        THREAT,
        0.9,
        "intimidation",
    ),
    # the fifty-fifth session's rounds 533-536: a Chinese doctor named told to "go back to
    # eating bats in Wuhan", said to "eat dogs for breakfast" (not "... go back to the lab",
    # "... works straight through breakfast"); Christians said to convert girls and sell
    # them, in Hinglish (not "inke schools mein padhai achi hoti hai"); an MP of 78 said to
    # have a "dried up fanny" and to "stink of piss" (not "dried up ideas", "her policies
    # smell of the 1980s")
    (
        frozenset({"bats", "bat", "dogs", "dog", "cats", "cat", "pets", "pet"}),
        re.compile(
            r"(?<![a-z])back to eating (?:bats?|dogs?|cats?|bat soup|dog meat)(?![a-z])"
            # ("Did he serve them bat soup?", round 556; not "serve them soup too")
            r"|(?<![a-z])(?:serve|serves|served|serving|sell|sells|sold|selling|cook|cooks"
            r"|cooked|cooking) (?:them |you |us |the \w+ )?(?:bat soup|dog meat|cat meat)(?![a-z])"
            # ("Check your cat's still at home before ordering", round 556; not "check your
            # order's still hot"; "Keep your dogs in, the travellers will have them in a
            # stew", round 515)
            r"|(?<![a-z])(?:check|make sure|count) (?:your|ur) (?:cats?|dogs?|pets?)(?:['’]s| is"
            r"| are)? (?:still )?(?:at home|alive|indoors|in the house|there|around)\b"
            r"[^.!?\n]{0,12}?before (?:ordering|you order|eating|you eat|going in)"
            r"|(?<![a-z])keep (?:your|ur) (?:cats?|dogs?|pets?) (?:in|indoors|inside),? the \w+"
            r" (?:will|'ll|are gonna|are going to) (?:have|eat|cook|stew)(?![a-z])"
            rf"|(?<![a-z])(?:{_A_NAME}|she|he|they|you|u) (?:probably |all |still |prob |must )?"
            r"eats? (?:bats?|dogs?|cats?|bat soup|dog meat)(?: for (?:breakfast|lunch|dinner"
            r"|tea))?(?=\s*(?:[,.!?;]|$| and | lol))"
        ),
        IDENTITY_ATTACK,
        0.88,
        "trope",
    ),
    (
        frozenset({"convert"}),
        re.compile(
            r"(?<![a-z])(?:ladkiyan|ladkiyon|ladkiyo|betiyan|betiyon|bachche|bachchon|bacche"
            r"|bacchon) (?:\w+ ){0,2}?convert (?:karwa|kara|karke|kar|karwake)(?: ke| kar)?"
            r" (?:\w+ )?(?:bech|bechte|bech dete|bech deti|bechti)"
        ),
        IDENTITY_ATTACK,
        0.88,
        "trope",
    ),
    (
        frozenset({"fanny", "pussy", "cunt", "vagina", "snatch", "twat", "minge"}),
        re.compile(
            r"(?<![a-z])dried[ -]?up (?:old )?(?:fanny|pussy|cunt|vagina|snatch|twat|minge)"
            r"(?![a-z])"
        ),
        SEXUAL_HARASSMENT,
        0.88,
        "advance",
    ),
    (
        frozenset({"piss", "urine", "wee", "shit"}),
        re.compile(
            rf"(?<![a-z])(?:{_A_NAME}|she|he) (?:still |always |probably )?(?:stinks|smells"
            r"|reeks) (?:of|like) (?:piss|urine|wee|shit)(?![a-z])"
        ),
        INSULT,
        0.88,
        "degrading",
    ),
    (
        frozenset({"disease", "diseased", "aids", "hiv"}),
        re.compile(
            r"(?<![a-z])(?:disease|aids|hiv)[ -]?(?:spreading|ridden|carrying|infested|riddled)"
            r" (?:perverts?|pervs?|queers?|homos?|gays?|degenerates?|sodomites?|freaks?|poofs?"
            r"|queens?)(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.9,
        "dehumanising",
    ),
    # the fifty-sixth session's rounds 537-540, each beside its twin:
    # a man cleared in court said to be caught with a child next ("Cleared? Give it a month
    # and he'll be caught with a 13 year old"; not "... the council will have renewed his
    # licence quietly")
    (
        frozenset({"caught", "found", "nicked", "arrested"}),
        re.compile(
            rf"(?<![a-z])(?:he|she|{_A_NAME})(?:'?ll| will| is going to|'?s going to| is gonna"
            r"|'?s gonna) be (?:caught|found|nicked|arrested) (?:with|grooming|messaging"
            r"|texting|abusing|in bed with) (?:a|an|another|some) (?:(?:1[0-5]|[4-9]|ten|eleven"
            r"|twelve|thirteen|fourteen|fifteen)[- ]?(?:year[- ]olds?|yr[- ]olds?|yo)"
            r"|(?:little|underage|under-age|young) (?:girls?|boys?|kids?|children|child))"
            r"(?![a-z])"
        ),
        INSULT,
        0.9,
        "degrading",
    ),
    # sent back to a homeland to tend its beasts ("Send Dhillon back to Punjab and let him
    # police the cows"; not "send Dhillon to Handsworth on day one and let him see")
    (
        frozenset({"cows", "goats", "camels", "sheep", "buffaloes", "buffalo"}),
        re.compile(
            r"(?<![a-z])(?:send|sent|ship|deport|get|go|fuck off|piss off) (?:\w+ ){0,2}?back to"
            r" (?:\w+ ){1,2}?(?:and|to) (?:let (?:him|her|them) )?(?:\w+ )?"
            r"(?:the |their |his |her )?(?:cows|goats|camels|sheep|buffaloes|buffalo)(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.88,
        "exclusion",
    ),
    # a Sikh in office called a Khalistani terrorist ("Khalistani terrorist running the
    # police now, well done Britain"; not "Calling him a Khalistani terrorist, as one lot
    # online did, is disgusting", the words reported)
    (
        frozenset({"khalistani"}),
        re.compile(
            rf"(?<![a-z])(?:(?:he|she|{_A_NAME}) (?:is|s|was) (?:a |an |just a |clearly a"
            r" |obviously a |nothing but a )?khalistani (?:terrorist|aatanki|atanki|extremist)"
            r"|(?:another|this|that|ek aur|ye|yeh) khalistani (?:terrorist|aatanki|atanki"
            rf"|extremist)|(?:{SENTENCE_OPENS})khalistani (?:terrorist|aatanki"
            r"|atanki|extremist) (?:running|in charge|heading|leading|as (?:our|the)))(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.88,
        "slur",
    ),
    # a people's brains said unfit ("Women don't understand offside, never will, their
    # brains aren't built for it"; not "pundits don't understand VAR, never will")
    (
        frozenset({"brains", "brain"}),
        re.compile(
            r"(?<![a-z])(?:women|woman|girls|females|blacks|black people|muslims|africans"
            r"|gays|trans people|immigrants)\b[^.!?\n]{0,60}?(?:their|women'?s|female)"
            r" brains? (?:just )?(?:aren'?t|are not|arent|isn'?t|is not|weren'?t|were not)"
            r" (?:built|made|wired|designed|big enough|capable|developed|evolved)(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.88,
        "trope",
    ),
    # a woman named taken to bed in a reader's words ("I'd let Barnett analyse my tactics
    # in bed"; not "I'd let Barnett analyse my Sunday league tactics any day")
    (
        frozenset({"bed", "bedroom"}),
        re.compile(
            rf"(?<![a-z])(?:i'?d|i would) (?:let|have|take) (?:her|{A_WOMAN_NAMED})\b"
            r"[^.!?\n]{0,40}? in (?:my |the )?(?:bed|bedroom)(?![a-z])"
        ),
        SEXUAL_HARASSMENT,
        0.88,
        "advance",
    ),
    # a woman's sexuality read off her looks and said of them all ("She's a lesbian,
    # obviously, look at the haircut, they all are"; not "She's a brilliant reader of the
    # game, obviously, look at her assist record")
    (
        frozenset({"lesbian", "lesbo", "lezza", "dyke", "gay", "queer", "bent"}),
        re.compile(
            r"(?<![a-z])(?:she'?s|he'?s|she is|he is|they'?re|they are) (?:a |an )?(?:\w+ )?"
            r"(?:lesbian|lesbo|lezza|dyke|gay|queer|bent)\b[^.!?\n]{0,25}?look at (?:the|her"
            r"|his|that|those|them) (?:haircut|hair|walk|voice|wrists|shoes|clothes|boots)"
            r"(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.88,
        "trope",
    ),
    # the fifty-sixth session's rounds 541-544, each beside its twin:
    # a black nurse named said to have learnt from a witch doctor "back in the bush" (not
    # "learnt more on the night shift than any course taught her")
    (
        frozenset({"witch", "witchdoctor", "juju", "voodoo"}),
        re.compile(
            r"(?<![a-z])(?:learnt|learned|trained|qualified|studied)\b[^.!?\n]{0,30}?(?:from|by"
            r"|under|with) (?:a |the |some )?(?:witch ?doctor|juju man|voodoo priest)"
            r"|witch ?doctor[^.!?\n]{0,40}?(?:back|out) (?:in|of|from) the (?:bush|jungle)"
            # (and "I'd check which village witch doctor trained her", the 299th set)
            # (not "the witch doctor trained her apprentice", a noun of hers after)
            r"|witch ?doctor (?:\w+ )?(?:trained|taught|qualified|certified|schooled) (?:her|him)"
            r"(?=\s*(?:[.!?,;]|$))"
        ),
        IDENTITY_ATTACK,
        0.88,
        "trope",
    ),
    # ... honours said to go to a skin ("They give these awards to anyone with dark skin
    # now"; not "to managers now, not the nurses on the ward")
    (
        frozenset({"skin", "skinned"}),
        re.compile(
            r"(?<![a-z])(?:give|gives|giving|hand|hands|handing|dish|dishes) (?:out )?(?:these"
            r" |the |those |all the )?(?:awards?|jobs?|prizes?|medals?|honou?rs?|places?|seats?"
            r"|promotions?|gongs?) (?:out )?to (?:anyone|anybody|whoever|everyone) (?:with"
            r" (?:dark|black|brown) skin|(?:who is|who'?s|that'?s) (?:black|brown|dark))"
        ),
        IDENTITY_ATTACK,
        0.88,
        "trope",
    ),
    # ... here on a fake visa ("Bet she's here on a fake visa and sends every penny back";
    # not "worked every Christmas for ten years")
    (
        frozenset({"visa", "passport", "papers"}),
        re.compile(
            rf"(?<![a-z])(?:she'?s|he'?s|she is|he is|{_A_NAME}(?: is|'?s)) (?:probably |prob"
            r" |obviously |clearly |only )?here on (?:a )?(?:fake|forged|dodgy|bogus|false|stolen)"
            r" (?:visa|passport|papers)(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.88,
        "trope",
    ),
    # ... an honour's name made a zoo's ("Nurse of the Year? More like Nurse of the Zoo";
    # not "About time the award went to someone on a ward")
    (
        frozenset({"zoo", "jungle"}),
        re.compile(
            r"(?<![a-z])of the (?:year|month|week|season|match|tournament)\W+more like"
            r" (?:\w+ ){1,2}?of the (?:zoo|jungle)(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.88,
        "dehumanising",
    ),
    # ... said to bring a disease ("Adebayo needs deporting before she infects the whole
    # ward with Ebola"; not "needs promoting before the trust loses her")
    (
        frozenset({"ebola", "aids", "hiv"}),
        re.compile(
            rf"(?<![a-z])(?:she|he|they|{_A_NAME})(?:'ll| will| is going to|'s going to"
            r"| are going to)? (?:(?:infects?|infecting) (?:\w+ ){0,4}?with|(?:spreads?"
            r"|spreading|brings?|bringing)|gives? (?:you|us|them|everyone|the whole \w+|all of"
            r" us)) (?:ebola|aids|hiv)(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.88,
        "trope",
    ),
    # ... a people said unable to run their own countries ("Africans can't even run their
    # own countries, now they run our hospitals"; not "Trusts can't even staff their own
    # wards")
    # (and by the country's name: "Somalis can't run Somalia and now they're running
    # Leicester", round 557; not "Labour can't run the buses")
    (
        frozenset(
            {
                "countries",
                "country",
                "continent",
                "somalia",
                "africa",
                "nigeria",
                "pakistan",
                "india",
                "haiti",
                "afghanistan",
                "bangladesh",
                "jamaica",
            }
        ),
        re.compile(
            r"(?<![a-z])(?:africans|blacks|black people|pakistanis|pakis|indians|arabs|muslims"
            r"|nigerians|somalis|third worlders|haitians|afghans|bangladeshis|jamaicans)"
            r" (?:\w+ ){0,2}?(?:can'?t|cannot|couldn'?t|could not) (?:even )?(?:run|govern|manage"
            r"|feed|look after) (?:their own (?:countr(?:y|ies)|continent|villages?)|somalia"
            r"|africa|nigeria|pakistan|india|haiti|afghanistan|bangladesh|jamaica)(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.88,
        "trope",
    ),
    # ... said to stink of a people's food ("Stinks of that African food, the patients must
    # be choking"; not "Smells of hand gel and coffee"), of vodka and cabbage ("Nowak stinks
    # of vodka and cabbage", round 545; not "Nowak's quote stinks"), or, a person named
    # alone, of curry ("Sharma smells of curry and lies", round 525; not "her speech smells
    # of spin", nor "she smells of curry" after a kitchen shift)
    (
        frozenset({"stinks", "stink", "reeks", "reek", "smells", "smell", "smelling", "stinking"})
        | frozenset({"reeking"}),
        re.compile(
            rf"(?:{SENTENCE_OPENS})(?:stinks?|reeks?) (?:of|like) {_A_PEOPLES_FOOD}(?![a-z])"
            rf"|(?<![a-z])(?:she|he|they|{_A_NAME}) (?:\w+ )?(?:stinks?|reeks?|smells?) (?:of"
            rf"|like) (?:{_A_PEOPLES_FOOD}|vodka|cabbage|garlic)(?![a-z])"
            rf"|(?<![a-z])(?:{_A_NAME}) (?:still |always )?(?:smells|stinks|reeks) (?:of|like)"
            r" curry(?![a-z])"
            # ... or a flock like a zoo ("Okafor's congregation will smell like a zoo", round
            # 561; not "... will grow like never before")
            r"|(?<![a-z])(?:congregation|church|class|ward|estate|family|lot|kind|people"
            r"|mosque|temple|gurdwara)s? (?:will |would |must |probably |all )?"
            r"(?:smells?|stinks?|reeks?) (?:like|of) (?:a |the )?(?:zoo|jungle|monkey house|cage"
            r"|farmyard)(?![a-z])"
            # ... or a town ("Smells of curry and incense round there now", round 560; not
            # "smells of rain and fresh paint", nor a kitchen)
            rf"|(?:(?:{SENTENCE_OPENS})|(?<![a-z])(?:the (?:whole )?(?:town|street|area|estate"
            r"|high street|place)|our town|round there|around there) (?:now )?)(?:smells?|stinks?"
            r"|reeks?) (?:of|like) curry\b[^.!?\n]{0,30}?(?:round|around|over|in) (?:there|here)"
            r"(?: now)?(?![a-z])"
            # ... or a room she will fill with it ("She'll have the dressing room smelling of
            # curry by the first tea break", the 1592nd set; not "... laughing by the first tea
            # break", nor "the kitchen smelling of curry" of a cook's own)
            r"|(?<![a-z])(?:she|he|they)(?:'ll| will|'d| would) (?:soon )?(?:have|get|leave)"
            r" (?:the|our|this|that|every) (?:whole )?(?:dressing room|changing room|office|staff"
            r" ?room|classroom|chamber|commons|court|courtroom|pavilion|team bus|bus|train|street"
            r"|station|newsroom|studio|ward|squad|stand|ground) (?:smelling|stinking|reeking)"
            r" (?:of|like)"
            rf" (?:{_A_PEOPLES_FOOD}|curry)(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.88,
        "trope",
    ),
    # a Muslim woman mayor named said to bring in sharia ("Hussain will bring in sharia
    # before the end of her first month"; not "... the bin collection changes")
    (
        frozenset({"sharia", "shariah"}),
        re.compile(
            rf"{_NOT_SAID_TO_BE_SAID}(?<![a-z])(?:she|he|{_A_NAME})(?:'ll| will| is going to"
            r"|'s going to| is gonna|'s gonna|'d| would)? (?:\w+ )?(?:bring in|impose|introduce"
            r"|enforce|push)"
            r" (?:full |strict )?(?:sharia|shariah)(?: law)?(?![a-z])"
            # ("Her first job will be making sharia the law of the land", round 577; not
            # "... making the asylum backlog smaller")
            r"|(?<![a-z])(?:her|his) (?:first |next |only |real )?(?:job|task|act|move|plan)"
            r" (?:will be|is|'ll be) (?:making|to make) (?:sharia|shariah)(?: law)? the law"
        ),
        IDENTITY_ATTACK,
        0.88,
        "trope",
    ),
    # ... called a terrorist in a headscarf ("A terrorist in a headscarf wearing the chain
    # of office"; not "A mayor in a headscarf")
    (
        frozenset({"headscarf", "hijab", "burqa", "burka", "niqab", "turban", "veil"}),
        re.compile(
            # (not a part played: "He played a terrorist in a turban in that awful film")
            r"(?<!played a )(?<!plays a )(?<!playing a )(?<!as a )(?<!played )(?<!as )"
            r"(?<![a-z])(?:terrorists?|jihadis?|suicide bombers?|bombers?) (?:in|wearing|with"
            r"|under) (?:a |an |her |his |that )?(?:headscarf|hijab|burqa|burka|niqab|turban"
            r"|veil)(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.88,
        "trope",
    ),
    # ... a "ninja" in office ("Ninja mayor, can't even see her face"; not "New mayor")
    (
        frozenset({"ninja", "ninjas"}),
        re.compile(
            r"(?<![a-z])ninja (?:mayor|mp|councillor|minister|woman|women|lady|ladies|nurse"
            r"|teacher|doctor|bride|mum|mother|mayoress)s?(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.88,
        "dehumanising",
    ),
    # a Dalit groom on a mare told to take the stones ("Ghodi pe baithne ka shauk hai toh
    # pathar bhi khao, aukaat mein raho"; not "Ghodi pe baithne ka haq sabka hai")
    (
        frozenset({"ghodi", "ghode", "ghoda", "ghodey"}),
        re.compile(
            r"(?<![a-z])(?:ghodi|ghode|ghoda|ghodey) (?:pe|par) (?:baithne|chadhne|baithna"
            r"|chadhna) (?:ka|ki) (?:bada |bahut )?(?:shauk|shok|himmat|jurrat)[^.!?\n]{0,30}?"
            r"(?:pathar|patthar|aukaat|aukat|auqat|danda|dande|joote)"
        ),
        IDENTITY_ATTACK,
        0.88,
        "trope",
    ),
    # ... his procession said to defile the village ("Jatav ki baraat nikli toh gaon gandha
    # ho gaya"; not "... poora gaon dekhne aaya")
    (
        frozenset({"baraat", "barat", "parchhai", "parchai", "chhaya", "saaya"}),
        re.compile(
            r"(?<![a-z])(?:baraat|barat|parchhai|parchai|chhaya|saaya)[^.!?\n]{0,40}?(?:gaon"
            r"|mohalla|kuan|kuaan|mandir|gali|ghar|paani) (?:ganda|gandha|gandaa|apavitra"
            r"|ashuddh|napak|napaak|bhrasht) (?:ho gaya|ho gayi|ho jayega|ho jaata|ho jata"
            r"|kar diya|kar di)"
        ),
        IDENTITY_ATTACK,
        0.88,
        "trope",
    ),
    # ... said to eat the bread of reservation ("Reservation ki roti kha ke ab ghode pe
    # chadhenge ye"; not the creamy layer's "malai", a policy argued)
    (
        frozenset({"reservation", "aarakshan", "quota"}),
        re.compile(
            r"(?<![a-z])(?:reservation|aarakshan|quota) (?:ki|ka|ke) (?:roti|rotiyan|bheekh"
            r"|bhik|khairat|tukde|tukdon) (?:kha|khaa|khake|khakar|khane|khate|pe pal)"
        ),
        IDENTITY_ATTACK,
        0.88,
        "trope",
    ),
    # a reader sent to live with a people ("Go and live in Pakistan if you love them so
    # much"; not "Go and live in Spain if you love the sun so much")
    (
        frozenset({"much"}),
        re.compile(
            r"(?<![a-z])(?:go|move|fuck off|piss off|bugger off) (?:and )?(?:live |back )?(?:in"
            r"|to) (?:\w+ ){1,2}?if (?:you|u) (?:love|like) (?:them|em|those people|these"
            r" people|muslims|migrants|immigrants|refugees|pakistanis|pakis|africans) (?:so"
            r" much|that much)(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.88,
        "exclusion",
    ),
    # ... whose daughter is wished one of a people, to learn the hard way ("I hope your
    # daughter marries one of them and finds out the hard way"; not "... gets the nursing
    # place she wants")
    (
        frozenset({"daughter", "daughters", "sister", "wife", "kids", "son"}),
        re.compile(
            r"(?<![a-z])hope (?:your|ur) (?:daughter|daughters|sister|wife|kids?|son)\b"
            r"[^.!?\n]{0,30}?(?:marries|marry|dates|date|meets|meet|gets|moves in with|ends up"
            r" with) (?:one of (?:them|these|those)|a (?:muslim|paki|migrant|immigrant|refugee"
            r"|black|african))\b[^.!?\n]{0,40}?(?:the hard way|finds out (?:what|how)|see how"
            r" (?:you|u) like)"
        ),
        IDENTITY_ATTACK,
        0.88,
        "trope",
    ),
    # the fifty-sixth session's rounds 545-548, each beside its twin:
    # a people called parasites ("Another Polish parasite taking British jobs"; not
    # "Another Polish firm taking council contracts", nor a parasite of the gut)
    (
        frozenset(
            {
                "parasite",
                "parasites",
                "leeches",
                "vermin",
                "scrounger",
                "scroungers",
                "sponger",
                "spongers",
                "freeloader",
                "freeloaders",
            }
        ),
        re.compile(
            r"(?<![a-z])(?:another|these|those|more|typical|dirty|filthy|all the|the|bloody"
            rf"|fucking) (?:\w+ )?(?:{_PEOPLES_AS_ADJECTIVES}) (?:parasites?|leeches|vermin"
            r"|scroungers?|spongers?|freeloaders?)(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.88,
        "dehumanising",
    ),
    # ... deported and called vermin ("Should've deported the lot of them after Brexit,
    # vermin"; not "should've split the contract in two")
    (
        frozenset({"vermin", "parasites", "scum", "cockroaches", "rats", "animals"}),
        re.compile(
            r"(?<![a-z])(?:deport|deported|deporting|kick out|kicked out|send back|sent back"
            r"|ship out|shipped out) (?:the lot of them|them all|all of them|every one of them"
            r"|the lot)\b[^.!?\n]{0,30}?,? (?:the )?(?:vermin|parasites|scum|cockroaches|rats"
            r"|animals)(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.88,
        "dehumanising",
    ),
    # ... said to breed or live ten to a room ("Bet Nowak's crew live ten to a room and
    # shit in the garden"; "They breed in those company apartments, ten to a room", the
    # 284th set; not "finish before the summer term")
    (
        frozenset({"room"}),
        re.compile(
            r"(?<![a-z])breed\w*\b[^.!?\n]{0,40}?(?:ten|twenty|\d{1,2}|a dozen) to a room"
            r"|(?<![a-z])(?:live|living|lives|sleep|sleeping) (?:ten|twenty|\d{1,2}|a dozen) to a"
            r" room and (?:shit|piss|crap)"
        ),
        IDENTITY_ATTACK,
        0.88,
        "trope",
    ),
    # a Kashmiri student said to throw stones when grown, by his blood ("Ye Aamir Bhat bhi
    # bada hoke pathar hi phekega, inka DNA hi aisa hai"; not "bada hoke IIT se nikal ke
    # kamaal karega")
    (
        frozenset({"bada", "dna", "khoon", "nasl"}),
        re.compile(
            r"(?<![a-z])bada (?:hoke|ho ke|hokar|ho kar) (?:\w+ )?(?:pathar|patthar|bomb|bam"
            r"|bandook|aatanki|atanki|terrorist|jihadi)"
            r"|(?<![a-z])(?:inka|unka|inki|unki|in logon ka|un logon ka|inke|unke) (?:dna|khoon"
            r"|nasl) (?:hi )?(?:aisa|aise|aisi|ganda|kharab|kharaab|gandi|aatanki|jihadi) (?:hai"
            r"|h|hota|hoti)(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.88,
        "trope",
    ),
    # ... said to make bombs there too, and his mother to have borne another jihadi ("Isko
    # IIT mein mat lo, wahan bhi bomb banayega"; "... jo ek aur jihadi paida kiya"; not
    # "... itni mushkil mein bhi usko padhaya")
    (
        frozenset({"bomb", "bam", "bum", "paida"}),
        re.compile(
            r"(?<![a-z])(?:wahan|waha|vahan|yahan|udhar|idhar) bhi (?:bomb|bam|bum) (?:banayega"
            r"|banayegi|banaega|banaenge|banayenge|phodega|phodenge|fodega)"
            r"|(?<![a-z])ek aur (?:jihadi|aatanki|atanki|terrorist|pattharbaaz|patharbaaz)"
            r" paida (?:kiya|kar diya|kar di|hua|ho gaya)"
        ),
        IDENTITY_ATTACK,
        0.88,
        "trope",
    ),
    # ... a people called snakes that bite the hand that feeds them ("Kashmir ke saanp hain
    # ye log, doodh pilao phir bhi dasenge"; not "Kashmir ke log mehmaan nawaz hain")
    (
        frozenset({"saanp", "saap", "sanp", "naag", "doodh"}),
        re.compile(
            r"(?<![a-z])(?:saanp|saap|sanp|naag)\w* (?:hain|hai|h) (?:ye|yeh|sab) (?:log|sab)"
            r"|(?<![a-z])(?:ye|yeh|in|inko|inhe) (?:log (?:saanp|saap|sanp|naag) (?:hain|hai)"
            r"|(?:saanp|saap|sanp|naag) hain)(?![a-z])"
            r"|(?<![a-z])doodh (?:pilao|pila lo|pilaoge|pila do|pilate raho)[^.!?\n]{0,20}?"
            r" (?:dasenge|dasega|daste|dank maarenge|kaatenge)"
        ),
        IDENTITY_ATTACK,
        0.88,
        "dehumanising",
    ),
    # ... his sister's price asked ("Aamir ki behen ko bhi dikhao, uska bhi rate pata
    # chale"; not "Aamir ki behen ko bhi padhao")
    (
        frozenset({"rate"}),
        re.compile(
            r"(?<![a-z])(?:behen|bahan|behan|ammi|biwi|beti|bhabhi)\w* (?:ko|ka|ki)\b"
            r"[^.!?\n]{0,40}?(?:uska|uski|iska|unka) (?:bhi )?rate(?![a-z])"
        ),
        SEXUAL_HARASSMENT,
        0.88,
        "advance",
    ),
    # Travellers called tinkers and a family inbred ("Tinkers can't read but they can rob a
    # house in five minutes" (not "he tinkers with engines"); "His whole family are
    # thieving inbreds"; "a mosque full of inbreds picked her", the 518th set)
    (
        frozenset({"tinkers"}),
        re.compile(
            rf"(?:{SENTENCE_OPENS}|(?<![a-z])(?:the|these|those|bloody|dirty"
            r"|thieving|fucking|filthy) )tinkers (?:can'?t|cannot|are|r|don'?t|never|always"
            r"|steal|rob|nick|should|will)(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.88,
        "slur",
    ),
    (
        frozenset({"inbreds", "inbred"}),
        re.compile(
            r"(?<![a-z])(?:family|lot|kind|clan|people|tribe|mob|relatives|cousins|brood)\b"
            r"[^.!?\n]{0,15}?(?:are|is|r|were) (?:all |just |a bunch of |a load of |nothing but"
            r" )?(?:\w+ )?inbreds?(?![a-z])"
            r"|(?<![a-z])(?:mosque|town|village|estate|camp|site|caravan park|community) full of"
            r" inbreds(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.88,
        "dehumanising",
    ),
    # a woman author named said to need sex to be quiet ("Moore needs a good seeing to,
    # that'd shut her up"; not "needs a good editor"), or rape to teach her ("Hope someone
    # rapes some sense into her"; not "talks some sense into her publisher")
    (
        frozenset(
            {
                "seeing",
                "shag",
                "shagging",
                "rogering",
                "pounding",
                "rapes",
                "rape",
                "raping",
                "fuck",
                "fucks",
            }
        ),
        re.compile(
            rf"(?<![a-z])(?:she|her|{A_WOMAN_NAMED}|feminists|lesbians) (?:just |really )?(?:needs?"
            r"|wants?|could do with|deserves?) a (?:good |proper |real )?(?:seeing[- ]to|shag"
            r"|shagging|rogering|pounding)(?![a-z])"
            r"|(?<![a-z])(?:rape|rapes|raping|fuck|fucks|fucking) (?:some )?(?:sense|the"
            r" (?:feminism|woke|lesbian|gay|attitude)) (?:into|out of) (?:her|him|them|you|u)"
            r"(?![a-z])"
        ),
        SEXUAL_HARASSMENT,
        0.93,
        "advance",
    ),
    # women said to be worth less ("Women are paid less because they're worth less"; not
    # "because of childcare")
    (
        frozenset({"worth", "worthless", "inferior"}),
        re.compile(
            r"(?<![a-z])(?:women|woman|females|blacks|immigrants|muslims)\b[^.!?\n]{0,30}?"
            r"because (?:they'?re|they are|theyre|women are|they r) (?:simply |just )?(?:worth"
            r" less|worthless|inferior|less capable|less intelligent|stupider|lazier)(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.88,
        "trope",
    ),
    # the fifty-sixth session's rounds 549-552, each beside its twin:
    # a Jewish student named: her nose said to tell all ("Her nose tells you everything
    # you need to know"; not "her speech tells you ..."), a child killer "by association"
    (
        frozenset({"nose", "noses", "association"}),
        re.compile(
            r"(?<![a-z])(?:her|his|their|the) (?:big |hooked |jewish )?noses? (?:tells? (?:you|us)"
            r" (?:everything|all)|gives? (?:it|her|him|them|the game) away|says it all)"
            r"|(?<![a-z])(?:child|baby|kid) killers? by association(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.88,
        "trope",
    ),
    # trans women called "chakke", their honours mocked, their being called a sickness or
    # a sin's fruit ("Ye chakke ab award bhi lenge", not "do chakke maare"; "Isko award dene
    # wale bhi chakke hi honge"; "Kalki na aadmi na aurat, ye toh bimari hai"; "Kinnar paap
    # ka fal hain"; not "Kinnar samaj ka itihaas ...")
    (
        frozenset({"chakke", "chhakke", "hijde", "hijre", "aurat", "paap", "paapon", "karmon"}),
        re.compile(
            r"(?<![a-z])(?:ye|yeh|in|aise) (?:chakke|chhakke) (?:ab |bhi )*(?:\w+ ){0,2}?(?:lenge"
            r"|nachenge|naachenge|maangenge|mangenge)(?![a-z])"
            r"|(?<![a-z])wale (?:bhi |sab )?(?:chakke|chhakke|hijde|hijre) (?:hi )?(?:honge|hain"
            r"|hai|ho)(?![a-z])"
            r"|(?<![a-z])na (?:aadmi|mard) na aurat\b[^.!?\n]{0,30}?(?:bimari|beemari|rog|paap"
            r"|kalank|dhabba)"
            r"|(?<![a-z])(?:kinnar|hijde|hijre|hijra|chakke|transgender|viklang|apahij)\w*"
            r" (?:log )?(?:\w+ ){0,3}?(?:paap|paapon|karmon) ka (?:fal|phal|nateeja|natija|saza"
            r"|sazaa)(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.88,
        "dehumanising",
    ),
    # ... said to carry children off ("Ye log bacchon ko utha ke le jaate hain"; not "...
    # bacchon ke liye school chalate hain")
    (
        frozenset({"bacchon", "bachon", "bachchon", "bacche", "bachche"}),
        re.compile(
            r"(?<![a-z])(?:ye|yeh|in|inke|hijde|hijre|kinnar|chakke) (?:log )?(?:bacchon|bachon"
            r"|bacche|bachche|bachchon) ko (?:utha|uthake|utha ke|chura|churake|chura ke) (?:le )?"
            r"(?:jaate|jate|jaati|lete) (?:hain|h)(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.88,
        "trope",
    ),
    # a black headteacher named: the school said to become a jungle ("Osei will turn it
    # into a jungle within a year"; not "turn it round"), monkeys hired to run it, tribal
    # dances in assembly, a banana on his desk, a tree swung down from, the diversity box
    # ticked and standards gone
    (
        frozenset(
            {
                "jungle",
                "zoo",
                "monkeys",
                "monkey",
                "tribal",
                "voodoo",
                "banana",
                "bananas",
                "tree",
                "trees",
                "diversity",
                "swing",
                "swinging",
            }
        ),
        re.compile(
            rf"(?<![a-z])(?:{_A_NAME}|he|she) (?:will|'ll|is going to|is gonna) turn (?:it|the"
            r" school|this school|the place|this country|the country|the town|the city|our \w+"
            r"|london|britain|england|europe) into"
            r" (?:a |the )?(?:jungle|zoo)(?![a-z])"
            r"|(?<![a-z])(?:hire|hires|hired|hiring|appoint|appoints|appointed|appointing|employ"
            r"|employing) (?:a )?monkeys? (?:to run|to teach|to lead|as head|in charge)"
            rf"|(?<![a-z])(?:he|she|{_A_NAME})(?:'ll| will)? have (?:the |our )?(?:kids|children"
            r"|pupils|students) (?:doing|learning|chanting) (?:tribal|voodoo|jungle|witch)"
            r"|(?<![a-z])(?:put|leave|throw|throwing|give|hand|chuck) (?:a |some )?bananas? (?:on"
            # ("Put a banana on the penalty spot and she'll score every time", round 571)
            r"|at|to) (?:his|her|their|him|them|the (?:penalty )?spot|the pitch)(?![a-z])"
            # (swung from a tree, or come down from the trees: not "she climbed out of the
            # tree she was stuck in", the 327th set)
            r"|(?<![a-z])(?:looks? like|like) (?:he|she|they|it) (?:just )?(?:(?:swung|swinging)"
            r" (?:down )?(?:from|out of) (?:a |the )?trees?|(?:came|climbed|dropped) (?:down )?"
            r"(?:from|out of) the trees)(?![a-z])"
            # (told to swing from the crossbar instead, the 1583rd set, a Black footballer's
            # column; not "the lads swinging from the crossbar after the winner")
            r"|(?<![a-z])(?:not|than|instead of|back to|only good for|good at|better at|made"
            r" for|born to|born for)(?: to)? (?:swing|swinging) (?:from|on|in) (?:the |a )?"
            r"(?:crossbar|goalposts?|trees?|branches|vines?)(?![a-z])"
            r"|(?<![a-z])diversity (?:box|boxes|quota) (?:ticked|filled|checked)\b[^.!?\n]{0,20}?"
            r"(?:standards|merit|quality|competence) (?:out the window|gone|down the drain"
            r"|dropped)"
        ),
        IDENTITY_ATTACK,
        0.88,
        "trope",
    ),
    # ... said to go for the children ("Parents should pull their kids out before he starts
    # on them"; not "... meet him before judging")
    (
        frozenset({"starts", "hands"}),
        re.compile(
            rf"(?<![a-z])(?:before|or|once) (?:he|she|{_A_NAME}) (?:starts on|gets (?:his|her)"
            r" hands on) (?:them|the kids|the children|your kids|our kids|your children"
            r"|the pupils)(?![a-z])"
        ),
        INSULT,
        0.9,
        "degrading",
    ),
    # readers under a Pride story: "bending over for anyone", a son who will "turn out bent
    # if you take him", "AIDS spreaders" (not "bending over for Brussels", nor "HIV
    # carriers")
    (
        frozenset(
            {
                "bending",
                "bend",
                "bends",
                "bent",
                "gay",
                "queer",
                "poof",
                "fag",
                "faggot",
                "spreaders",
                "spreader",
                "factories",
                "factory",
            }
        ),
        re.compile(
            r"(?<![a-z])bend(?:ing|s)? over for (?:anyone|everyone|any man|men|every man"
            r"|the lads)(?![a-z])"
            r"|(?<![a-z])(?:will|'ll|gonna|going to) turn (?:out )?(?:bent|queer|a poof|a fag"
            r"|a faggot|gay)\b[^.!?\n]{0,20}?if (?:you|u) (?:take|let|send)"
            r"|(?<![a-z])(?:aids|hiv|disease)[ -]?(?:spreaders?|factories|factory)(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.88,
        "trope",
    ),
    # the fifty-seventh session's rounds 553-556, each beside its twin:
    # a Romanian carer named: "the thieving Romanian" sent back (a people's adjective as
    # the person, after a vice; not "the dirty Polish van"), "Check your granny's purse after
    # Elena's been round" (not "... care plan"), "came here in the back of a lorry" (not
    # "came here knowing no English"), "Romanian gypsies like her should be picking fruit"
    # (not "carers like her should be paid properly")
    (
        frozenset({"thieving", "dirty", "filthy", "smelly", "stinking", "scrounging"}),
        re.compile(
            r"(?<![a-z])(?:the|that|this|a|an|another|one|some|every) (?:thieving|dirty|filthy"
            rf"|smelly|stinking|scrounging) (?:{_PEOPLES_AS_ADJECTIVES})(?=\s*(?:[,.!?;]|$)"
            r"| (?:back|out|home|off|gets?|got|is|was|has|will|should|and|who|on)(?![a-z]))"
        ),
        IDENTITY_ATTACK,
        0.88,
        "trope",
    ),
    (
        frozenset(
            {
                "purse",
                "purses",
                "wallet",
                "wallets",
                "jewellery",
                "jewelry",
                "valuables",
                "pockets",
                "handbag",
                "silver",
                "lorry",
                "truck",
                "fruit",
                "cotton",
                "strawberries",
                "toilets",
            }
        ),
        re.compile(
            r"(?<![a-z])(?:check|count|hide|lock up|watch|mind) (?:your|ur) (?:[a-z]+['’]s )?"
            r"(?:purse|purses|wallet|wallets|jewellery|jewelry|valuables|silver|pockets|handbag)"
            rf" (?:after|once|when|whenever|if) (?:she|he|they|{_A_NAME})(?:['’]s| has| have"
            r"|['’]ve)? (?:been|come|called|visited|popped)(?![a-z])"
            rf"|(?<![a-z])(?:she|he|they|{_A_NAME}) (?:\w+ )?(?:came|come|comes|arrived|got)"
            r" (?:here |over )?(?:in|on) the back of a (?:lorry|truck|van)(?![a-z])"
            rf"|(?<![a-z])(?:gypsies|gipsies|gyppos|pikeys|{_PEOPLES_PLURAL}) like (?:her|him"
            r"|them) (?:should|ought to|need to) (?:be |stick to |go back to )?(?:picking|pick)"
            r" (?:fruit|cotton|strawberries|potatoes|sprouts)(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.88,
        "trope",
    ),
    # a Somali-born deputy mayor named: "Farah will have us all paying zakat by Christmas"
    # (not "... paying less council tax"), "another pirate's daughter running a British
    # city" (not "another teacher's daughter"), "deputy goat herder back in Mogadishu" (not
    # "leader by next year"), "chew khat all day" (not "knock on doors all day"), "she breeds
    # faster than the council can build houses" (not "she works faster ..."), "her face
    # should stay covered" (not "her speech should stay short")
    (
        frozenset(
            {
                "zakat",
                "jizya",
                "sharia",
                "burkas",
                "burqas",
                "pirate",
                "pirates",
                "herder",
                "herders",
                "herding",
                "khat",
                "qat",
                "breeds",
                "breed",
                "covered",
            }
        ),
        re.compile(
            rf"{_NOT_SAID_TO_BE_SAID}(?<![a-z])(?:she|he|they|{_A_NAME})(?:['’]ll| will| would"
            r"| wants to| want to) have (?:us|you|everyone|the whole (?:city|town|country))"
            r" (?:all )?(?:paying (?:zakat|jizya)|under sharia|in (?:burkas|burqas|hijabs))"
            r"(?![a-z])"
            r"|(?<![a-z])(?:another|a|some|just a|typical) (?:somali )?pirate['’]?s? (?:daughter"
            r"|son|wife|bride|kid|spawn)s? (?:running|in charge|on the council|as (?:deputy )?"
            r"mayor|elected|leading)(?![a-z])"
            r"|(?<![a-z])(?:goat|camel|cattle)[ -]?(?:herder|herding|herd)s?\b[^.!?\n]{0,20}?back"
            r" (?:in|home|to)(?![a-z])"
            r"|(?<![a-z])chew(?:s|ing)? (?:khat|qat) all day(?![a-z])"
            rf"|(?<![a-z])(?:she|he|they|{_A_NAME}) (?:\w+ )?breeds? (?:faster|quicker|more)"
            r" than(?![a-z])"
            r"|(?<![a-z])(?:her|your|ur) face (?:should|needs to|ought to|must) (?:stay|be|remain"
            r"|be kept) covered(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.88,
        "trope",
    ),
    # a gay footballer named: "Daniels in the showers, lads keep your backs to the wall"
    # (not "keep your heads up"), "Daniels is an abomination" (not "a revelation"); readers
    # under a Sikh memorial's story: "Your beard probably hides a bomb as well" (not "a
    # double chin"), "Put a turban on a monkey" (not "a poppy on a statue")
    (
        frozenset(
            {
                "wall",
                "abomination",
                "abominations",
                "bomb",
                "bombs",
                "explosives",
                "vest",
                "detonator",
                "monkey",
                "ape",
                "goat",
                "pig",
                "donkey",
            }
        ),
        re.compile(
            r"(?<![a-z])showers?\b[^.!?\n]{0,30}?(?:keep|watch|put) (?:your|ur) backs? (?:to"
            r"|against) the wall|(?<![a-z])(?:keep|watch|put) (?:your|ur) backs? (?:to|against)"
            r" the wall\b[^.!?\n]{0,30}?showers?(?![a-z])"
            rf"|(?<![a-z])(?:she|he|they|{_A_NAME})(?: is| are|['’]s|['’]re) (?:an |a |just an"
            r" |nothing but an )?abominations?(?![a-z])"
            r"|(?<![a-z])(?:your|ur|his|her|their) (?:beard|turban|hijab|burqa|burka|headscarf"
            r"|pagri|pagdi) (?:probably |prob |must |definitely )?(?:hides?|hiding|conceals?"
            r"|has) (?:a |an )?(?:bomb|bombs|explosives|suicide vest|detonator)(?![a-z])"
            r"|(?<![a-z])put (?:a |an )?(?:turban|hijab|burqa|burka|kippah|yarmulke|pagri|pagdi"
            r"|headscarf) on (?:a |an )?(?:monkey|ape|goat|pig|dog|donkey)(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.88,
        "trope",
    ),
    # a Nigerian-born bishop named: "running a 419 scam from the collection plate" (not "...
    # a food bank"), "preaching to his own kind in the bush" (not "... packed churches"),
    # "Nigerians: scammers, every last one" (not "doctors, nurses, engineers"), "the witch
    # doctor back to Lagos" (not "the choir to Lagos"), ancestors "eating missionaries" (not
    # "taught by missionaries")
    (
        frozenset(
            {
                "419",
                "bush",
                "jungle",
                "trees",
                "scammers",
                "fraudsters",
                "thieves",
                "criminals",
                "rapists",
                "terrorists",
                "crooks",
                "witch",
                "witchdoctor",
                "juju",
                "voodoo",
                "missionaries",
                "missionary",
                "explorers",
            }
        ),
        re.compile(
            rf"(?<![a-z])(?:she|he|they|{_A_NAME}) (?:\w+ ){{0,3}}?(?:running|run|runs|pulling"
            r"|pull|pulls|doing) (?:a |an |his |her |their |the )?419(?![a-z0-9])"
            r"|(?<![a-z])(?:his|her|their) own kind (?:\w+ )?(?:in|back in|up in) the (?:bush"
            r"|jungle|trees)(?![a-z])"
            rf"|(?<![a-z]){_PEOPLES_PLURAL}(?::| are| r|,)? (?:all )?(?:scammers|fraudsters|thieves"
            r"|criminals|rapists|terrorists|crooks|con men),? (?:every (?:last |single )?one"
            r"|all of them|the lot|each and every one)(?![a-z])"
            r"|(?<![a-z])(?:the|that|this|a|another|some) (?:witch ?doctor|juju man|voodoo"
            r" (?:man|priest))s? (?:back|out|home)(?![a-z])"
            r"|(?<![a-z])(?:ancestors|grandfathers?|grandparents|great[- ]grand\w+|tribe"
            r"|forefathers) (?:were |was )?(?:eating|ate|cooking|cooked|boiling|boiled) (?:the )?"
            r"(?:missionaries|missionary|explorers|white men)(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.88,
        "trope",
    ),
    # a student from Manipur named, in Hinglish: "Ye momo wali sab dhandha karti hain" (not
    # "... sabse acche momo banati hain"), "Inki aankhein dekho, inhe Indian kaun maanega"
    # (not "inki himmat dekho"), "kapde hi aise hote hain, kuch toh hona hi tha" (not "aisi
    # ghatnaon ke baad ..."), "nepali chowkidar ki behen" (not "Delhi University ki
    # topper"). (Each wording of this session a row of its own where its words are common
    # ones, cued by its rarest: a row runs where any of its cue words is, and a common cue
    # ran the others' patterns too, 4% of the benchmark's time.)
    (
        frozenset(
            {
                "dhandha",
                "dhanda",
                "maanega",
                "manega",
                "bolega",
                "kahega",
                "kapde",
                "kapdey",
                "chowkidar",
                "chaukidar",
            }
        ),
        re.compile(
            r"(?<![a-z])(?:sab|saari|sari|ye|yeh|ladkiyan|ladkiyaan|wali|waliyan|aurtein)"
            r" (?:\w+ )?dhand(?:h)?a karti (?:hain|hai|h|hongi|ho)(?![a-z])"
            r"|(?<![a-z])(?:aankhein|aankhen|aankhe|shakal|chehra|naak)\b[^.!?\n]{0,25}?"
            r"(?:indian|bharatiya|bhartiya|hindustani) kaun (?:maanega|manega|bolega|kahega"
            r"|samjhega)(?![a-z])"
            r"|(?<![a-z])kapde?y? (?:hi )?aise (?:hote|pehenti|pehnti|pehente|pehente)"
            r"\b[^.!?\n]{0,30}?(?:hona hi tha|hoga hi|hogi hi|toh hoga|to hoga)(?![a-z])"
            r"|(?<![a-z])(?:nepali|bahadur|gorkha) (?:chowkidar|chaukidar|watchman|guard)\w*"
            r" (?:ki|ka|ke) (?:behen|bhai|beti|biwi|family|rishtedar)(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.88,
        "trope",
    ),
    # a Hindu priest named: "would burn their widows" (not "would feed the whole city"),
    # "they shit in the street back home" (not "they clean the street round here");
    # claimants: "half the people in wheelchairs could walk" (not "could work if offices had
    # lifts")
    (
        frozenset({"widows", "wives"}),
        re.compile(
            r"(?<![a-z])(?:would|will|'d|still|want to|wanna|would still|'ll) (?:\w+ )?burn"
            r" (?:their|his|the) (?:widows|wives)(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.88,
        "trope",
    ),
    (
        frozenset(
            {
                "shit",
                "shits",
                "shitting",
                "poo",
                "poos",
                "pooing",
                "crap",
                "craps",
                "crapping",
                "defecate",
                "defecates",
                "defecating",
            }
        ),
        re.compile(
            r"(?<![a-z])(?:shit|poo|crap|defecate)\w* (?:\w+ )?in the (?:streets?|open|road)"
            r" back home(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.88,
        "trope",
    ),
    (
        frozenset({"wheelchairs"}),
        re.compile(
            r"(?<![a-z])(?:half|most|many|loads|plenty) (?:of )?(?:the )?(?:people |ones |of"
            r" them )?in wheel ?chairs (?:could|can) (?:walk|stand|run)(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.88,
        "trope",
    ),
    # a Jewish comedian named: "his lot own the BBC" (not "his sets sell out"), "host it in
    # a shower block" (not "in a bigger venue"), "as bent as his nose" (not "as sharp as his
    # suits"), "the Zionists always end up hosting everything" (not "the same three
    # comedians")
    (
        frozenset({"bbc", "media", "banks", "hollywood", "press", "world"}),
        re.compile(
            r"(?<![a-z])(?:his|her|their) (?:lot|people|kind|tribe|sort) (?:own|owns|run|runs"
            r"|control|controls) (?:the )?(?:bbc|media|banks|hollywood|press|world)(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.88,
        "trope",
    ),
    (
        frozenset({"shower", "chamber", "chambers", "oven", "ovens"}),
        re.compile(
            r"(?<![a-z])(?:him|her|them)\b[^.!?\n]{0,15}? in (?:a|the) (?:shower block|gas"
            r" chambers?|ovens?)(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.88,
        "trope",
    ),
    (
        frozenset({"nose", "noses", "conk", "beak", "zionists", "zios", "jews"}),
        re.compile(
            r"(?<![a-z])as (?:bent|big|crooked|hooked) as (?:his|her|their) (?:nose|noses|conk"
            r"|beak)(?![a-z])"
            r"|(?<![a-z])(?:the )?(?:zionists|jews|zios) (?:always |somehow )?(?:end up |seem to"
            r" )?(?:hosting|running|owning|controlling|in charge of) everything(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.88,
        "trope",
    ),
    # a trans cricketer named: "bowl with his balls out" (not "bowl more overs"), "a man is
    # a man, however many hormones" (not "a cap is a cap, however many matches"), "refuse to
    # shower with that thing" (not "... play on that pitch"), "in the women's loos next"
    # (not "in the England squad next")
    (
        frozenset(
            {
                "balls",
                "dick",
                "cock",
                "bits",
                "tackle",
                "junk",
                "hormones",
                "pills",
                "surgeries",
                "operations",
                "thing",
                "loos",
                "toilets",
                "changing",
            }
        ),
        re.compile(
            r"(?<![a-z])with (?:his|her|their) (?:balls|dick|cock|bits|tackle|junk) (?:out"
            r"|hanging out|on show)(?![a-z])"
            r"|(?<![a-z])(?:a man is a man|a bloke is a bloke|(?:he|she)['’]?s still a man|still"
            r" a man),? (?:however|no matter how) (?:many|much) (?:hormones|pills|surgeries"
            r"|operations|dresses|make ?up)(?![a-z])"
            r"|(?<![a-z])(?:shower|change|undress|get changed|share a changing room) (?:with"
            r"|next to|alongside|in front of) (?:that|this) thing(?![a-z])"
            rf"|(?<![a-z])(?:he|it|{_A_NAME})(?:['’]ll| will) be in the (?:women['’]?s"
            r"|girls['’]?|ladies['’]?) (?:loos|toilets|changing rooms?|showers) next(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.88,
        "trope",
    ),
    # readers under a story of Rohingya refugees drowned: "Good, fewer cockroaches to deal
    # with" (not "Awful, fewer survivors"), "cry over rats drowning" (not "over a sad
    # film"), "then cry when they rape your daughter" (not "... when the council won't
    # help"), "every one of them is a terrorist in training" (not "... was a child under
    # twelve")
    (
        frozenset({"cockroaches", "rats", "vermin", "parasites", "leeches"}),
        re.compile(
            r"(?<![a-z])(?:good|great|brilliant|excellent|fantastic|result),? (?:fewer|less|a few"
            r" less|a few fewer|that'?s a few less) (?:cockroaches|rats|vermin|parasites"
            r"|leeches) (?:to (?:deal with|feed|house|pay for|worry about)|coming|arriving|on our"
            r" streets|in (?:the|our) country)(?![a-z])"
            r"|(?<![a-z])(?:cry|weep|sob|cries|weeps) (?:over|for|about) (?:rats|cockroaches"
            r"|vermin) (?:drowning|dying|being drowned)(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.88,
        "dehumanising",
    ),
    (
        frozenset({"rape", "rapes", "attack", "stab", "assault"}),
        re.compile(
            r"(?<![a-z])(?:when|once|after) they (?:rape|attack|stab|assault|rapes) (?:your|ur)"
            r" (?:daughter|wife|sister|kids|mum|mother|daughters)(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.88,
        "dehumanising",
    ),
    (
        frozenset(
            {
                "terrorist",
                "terrorists",
                "rapist",
                "rapists",
                "jihadi",
                "jihadis",
                "paedo",
                "paedos",
                "paedophile",
                "paedophiles",
                "groomer",
                "groomers",
            }
        ),
        re.compile(
            r"(?<![a-z])every (?:single |last )?one of (?:them|these|those)(?: \w+)? (?:is|are"
            r"|['’]s) (?:a |an )?(?:terrorists?|rapists?|jihadis?|paedos?|paedophiles?|groomers?)"
            r" (?:in training|waiting|in waiting|in the making)(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.88,
        "dehumanising",
    ),
    # an Afghan refugee named at Oxford: "teaching bomb-making" (not "teaching maths"),
    # "keep the female students away from him, we know what they're like" (not "keep the
    # freshers' week events sober"), "letting in terrorists now" (not "state-school kids"),
    # "these Afghans breed hate" (not "these scholarships change lives"), "his people throw
    # gays off buildings" (not "his family fled the Taliban")
    (
        frozenset({"bomb", "bombmaking"}),
        re.compile(
            r"(?<![a-z])(?:teaching|teach|teaches|running|run|runs|doing|holding|giving)"
            r" (?:a |the )?bomb[- ]?making(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.88,
        "trope",
    ),
    (
        frozenset({"away"}),
        re.compile(
            r"(?<![a-z])keep (?:the |your |our )?(?:female students|women|girls|daughters|kids"
            r"|children|wives) away from (?:him|her|them)\b[^.!?\n]{0,10}?,? (?:we|you) (?:all )?"
            r"know what (?:they|these people|his lot|his kind|their lot)(?:['’]re| are) like"
        ),
        IDENTITY_ATTACK,
        0.88,
        "trope",
    ),
    (
        frozenset({"letting", "breed", "throw", "throws"}),
        re.compile(
            r"(?<![a-z])letting (?:in )?(?:terrorists|jihadis|rapists)(?: in)? now(?![a-z])"
            r"|(?<![a-z])(?:these |those |the )?(?:afghans|muslims|pakistanis|somalis|arabs"
            r"|africans|migrants|refugees|immigrants) breed (?:hate|terror|terrorists|extremism"
            r"|violence|crime)(?![a-z])"
            r"|(?<![a-z])(?:his|her|their) (?:people|lot|kind|religion|faith|country) (?:\w+ )?"
            r"throws? (?:gays|gay people|homosexuals) off (?:buildings|roofs|rooftops)(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.88,
        "trope",
    ),
    # a Muslim officer named a district's collector, in Hinglish: "collector bani toh zile
    # mein sharia chalegi" (not "... kaam chalega"), "Hinduon ki zameen chheen legi" (not
    # "kisanon ki zameen wapas dilayegi"), "isko toh Pakistan mein collector banana chahiye
    # tha" (not "pehle hi"), "inke yahan toh chaar shaadi hoti hai" (not "sab padhe likhe
    # hain")
    (
        frozenset({"sharia", "shariat", "shariya"}),
        re.compile(
            r"(?<![a-z])(?:toh|to|tab) (?:\w+ ){0,2}?(?:sharia|shariat|shariya) (?:chalegi"
            r"|chalega|laagu|lagu|aa jayegi|aayegi|aa jaayegi|karegi)(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.88,
        "trope",
    ),
    (
        frozenset({"hinduon", "hindu", "hinduo", "chaar", "char"}),
        re.compile(
            r"(?<![a-z])(?:hinduon|hindu|hinduo) ki (?:zameen|zamin|ladkiyan|ladkiyon|naukri"
            r"|naukriyan|dukaanein) (?:chheen|chhin|cheen|hadap|kabza kar)\w*(?![a-z])"
            r"|(?<![a-z])(?:chaar|char|4) (?:shaadi|shaadiyan|shadi|shadiyan|biwi|biwiyan|biwiyaan)"
            # ("Ab Arif ki shaadi mein chaar biwiyan aayengi", round 582; not "poori team
            # aayegi")
            r" (?:hoti|karte|rakhte|karenge|karega|karegi|hain|hai|aayengi|aayegi|aaengi"
            r"|layega|laayega)(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.88,
        "trope",
    ),
    # ... and the places a people is said to have made theirs ("Birmingham is Pakistan now",
    # round 572; not "... is buzzing now"; "Swindon's turning into Warsaw, can't hear English
    # in the Co-op anymore", round 573; not "... turning into a proper town"), cued by the
    # places and the language
    (
        frozenset(
            {
                "pakistan",
                "somalia",
                "mogadishu",
                "kabul",
                "islamabad",
                "karachi",
                "warsaw",
                "bucharest",
                "lagos",
                "english",
            }
        ),
        re.compile(
            r"(?<![a-z])(?:isko|usko|inko|unko|ise|use|inhe|unhe)(?: toh| to)? pakistan (?:mein"
            r"|me) (?:\w+ ){0,2}?(?:banana|bhejna|rehna|hona|paida hona) chahiye(?: tha| thi)?"
            r"|(?<![a-z])(?:birmingham|bradford|london|leicester|luton|oldham|blackburn|this"
            r" town|this city|this country|england|britain|the uk)(?: is|['’]s| has become)"
            r" (?:basically |literally |just )?(?:pakistan|somalia|mogadishu|kabul|islamabad"
            r"|karachi|little pakistan) now(?![a-z])"
            # (the verb first, its subject looked behind: no match starts at every letter)
            r"|(?:(?<=[a-z]['’]s )|(?<=[a-z] is )|(?<= has been ))(?:turning|being turned|turned)"
            r" into (?:(?:little|mini) )?(?:warsaw|bucharest|mogadishu|kabul|islamabad|karachi"
            r"|lagos|pakistan|somalia|poland|romania)(?![a-z])"
            r"|(?<![a-z])can['’]?t hear (?:a word of |any |much )?english (?:spoken )?(?:in|on|at"
            r"|down) (?:the |my |our )?[a-z-]+(?: [a-z]+)? (?:any ?more|these days)(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.88,
        "trope",
    ),
    # a black striker named: "built like a silverback" (not "built like a tank"), "the zoo
    # let her out" (not "the club let her off"), "tackle her in the showers, if you know
    # what I mean" (not "in the box"); readers under an Eid story: "slaughtering sheep in
    # the paddling pool" (not "serving food by"), "every one of those women is a baby
    # factory" (not "... looked happy"), "Bet you'd let your daughter marry one" (not "...
    # go to one, it looks fun")
    (
        frozenset(
            {
                "silverback",
                "ape",
                "chimp",
                "zoo",
                "showers",
                "shower",
                "changing",
                "slaughtering",
                "factory",
                "factories",
                "machine",
                "machines",
                "marry",
            }
        ),
        re.compile(
            r"(?<![a-z])(?:she|her)(?:['’]s| is)? built like a (?:silverback|ape|chimp)(?![a-z])"
            r"|(?<![a-z])(?:the )?zoo (?:let|lets|has let|finally let) (?:her|him|them) out"
            r"(?![a-z])"
            r"|(?<![a-z])in the (?:showers?|changing rooms?)\b[^.!?\n]{0,10}?,? if (?:you|u) know"
            r" what i mean(?![a-z])"
            r"|(?<![a-z])slaughtering (?:sheep|goats|animals|cows|lambs) in the (?:paddling pool"
            r"|park|street|garden|bath|bathtub|playground)(?![a-z])"
            r"|(?<![a-z])(?:is|are|['’]re|['’]s) (?:a |just |nothing but |all )?(?:baby|babies"
            r"|breeding) (?:factory|factories|machines?)(?![a-z])"
            r"|(?<![a-z])(?:you['’]?d|you would|would you|you['’]?ll) (?:even )?let (?:your|ur)"
            r" (?:daughter|sister|daughters) marry (?:one|one of them|a muslim|a paki|a black"
            r" (?:man|guy|lad))(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.88,
        "trope",
    ),
    # ... and a people told out: "Muslims out, simple as" (not "Litter out", nor "Muslims
    # out in force to vote"), cued by the peoples
    (
        frozenset(
            {
                "muslims",
                "pakis",
                "immigrants",
                "migrants",
                "jews",
                "blacks",
                "foreigners",
                "refugees",
                "asylum",
                "hindus",
                "sikhs",
                "gays",
            }
        ),
        re.compile(
            r"(?<![a-z])(?:all |the )?(?:muslims|pakis|immigrants|migrants|jews|blacks"
            r"|foreigners|refugees|asylum seekers|hindus|sikhs|gays) out(?=\s*(?:[,.!;]|$))"
            r"(?!,? (?:in|to|of|for|there|and about))"
        ),
        IDENTITY_ATTACK,
        0.88,
        "trope",
    ),
    # a vegetable seller named: "Salim ki ammi ko bhi pata hai iska baap kaun hai?" (a
    # mother said not to know her son's father; not "Salim ki ammi ne kaha police pe
    # bharosa hai")
    (
        frozenset({"baap"}),
        re.compile(
            r"(?<![a-z])(?:ammi|amma|maa|mummy|mother|ma) (?:ko|ku) (?:bhi |khud )?(?:nahi |nhi )?"
            r"pata (?:hai |h |nahi |nhi )?(?:ki )?(?:iska|uska|tera|inka|unka|tumhara|iske|uske)"
            r" (?:asli )?baap kaun(?![a-z])"
        ),
        INSULT,
        0.9,
        "degrading",
    ),
    # a Paralympian MP named: "She can't even stand up for herself, literally" (not "she
    # stood up for herself in every debate, literally"), "Half a woman, half a brain" (not
    # "half the turnout, half the money")
    (
        frozenset({"literally", "brain"}),
        re.compile(
            r"(?<![a-z])(?:can'?t|cannot|couldn'?t) (?:even )?(?:stand up|walk) (?:for|on)"
            r" (?:herself|himself|themselves|her own|his own)(?: two feet| feet)?,? (?:\w+ )?"
            r"literally(?![a-z])"
            r"|(?<![a-z])half an? (?:wo)?man,? half an? brain(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.88,
        "degrading",
    ),
    # a people said to be coming for what can be stolen, or for daughters: "Lock up your
    # copper pipes, the Roma are coming to your street" (round 584; not "Lock up your bikes,
    # the summer fairs are coming"), "Lock your daughters up, the Albanians have landed"
    # (round 576; not "lock up your daughters, the lads are back in town")
    (
        frozenset({"lock"}),
        re.compile(
            r"(?<![a-z])lock (?:up )?(?:your|ur) [a-z-]+(?: [a-z-]+)?(?: up| away)?,? the"
            rf" {_PEOPLES_PLURAL}(?: (?:are|have|has)| ?['’]ve| ?['’]re) (?:coming|here|arrived"
            r"|landed|moved in|in town|next door|back)(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.88,
        "trope",
    ),
    # a Bangladeshi-born chef named: rats in the rice, "she probably cooked them" (not "...
    # found nothing wrong"), "Bangla scum stinking out Brick Lane" (not "Bangla food"), her
    # daughter's "bits" cut (not "training her daughter"), "they spit in the white people's
    # food" (not "the queue is an hour long"); a people said to breed where they live "like
    # cockroaches" (not "work in the flats ... like everyone else"); cued by the rarer words
    (
        frozenset({"rats", "rat"}),
        re.compile(
            r"(?<![a-z])rats? in (?:the|her|his|their) (?:rice|curry|food|kitchen|kebabs?|soup)"
            r"\b[^.!?\n]{0,40}?(?:she|he|they) (?:probably |likely |must have |prob )?(?:cooked"
            r"|cooks|served|serves|fried|put) (?:them|it)(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.88,
        "trope",
    ),
    (
        frozenset({"bangla", "bangli"}),
        re.compile(
            r"(?<![a-z])(?:bangla|bangli) (?:scum|vermin|rats|filth|cockroaches|parasites"
            r"|animals|savages|muck)(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.95,
        "dehumanisation",
    ),
    (
        frozenset({"bits", "clit", "clitoris", "genitals"}),
        re.compile(
            r"(?<![a-z])(?:chop|chops|chopping|cut|cuts|cutting|slice|slicing) (?:off )?(?:her"
            r"|their|the) (?:little )?(?:daughter|daughters|girls?|girl)['’]?s?['’]? (?:bits"
            r"|clit|clitoris|genitals)(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.88,
        "trope",
    ),
    (
        frozenset({"spit", "spits", "piss", "pisses"}),
        re.compile(
            r"(?<![a-z])(?:they|these people|those people|that lot|the staff) (?:all |always )?"
            # (whose food named: not "a fake video claimed they spit in food", a rumour told)
            r"(?:spit|piss|wee|pee|sneeze) (?:in|on|into) (?:the |your )?(?:white (?:people"
            r"|folk|customers)['’]?s?['’]? |english |british |our |christian |hindu )(?:food"
            r"|meals|curry|dishes|drinks)(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.88,
        "trope",
    ),
    (
        frozenset({"breed", "breeds", "breeding"}),
        re.compile(
            r"(?<![a-z])(?:they|these (?:people|lot|ones|families|migrants)|those (?:people"
            r"|lot|ones|families)) (?:\w+ )?breed(?:s|ing)?\b[^.!?\n]{0,50}?like (?:cockroaches"
            r"|rats|rabbits|vermin|flies|lice|maggots|animals|mice)(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.95,
        "dehumanisation",
    ),
    # a Muslim cricketer named, in Hinglish: "Arif ke ghar pe ek baar police bhejo, RDX mil
    # jayega" (not "... coach bhejo, fitness plan mil jayega")
    (
        frozenset({"rdx", "bomb", "bombs", "hathiyar", "grenade", "grenades", "barood"}),
        re.compile(
            r"(?<![a-z])(?:ke|ki|ka) (?:ghar|gharon|madrasa|madarse|masjid|basti)\w* (?:pe|par"
            r"|mein|me) (?:\w+,? ){0,4}?(?:rdx|bomb|bombs|hathiyar|grenade|grenades|barood)"
            r" (?:mil jayega|milega|milenge|mil jayenge|niklega|niklenge|nikalega|mil jaayega)"
            r"(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.88,
        "trope",
    ),
    # a trans mayor named: "Keep your kids away from the town hall, the groomers run it now"
    # (not "the roadworks run till May"), "Someone should check what's under the mayoral
    # robes, with a knife" (not "what's in the mayoral budget")
    (
        frozenset({"groomers", "perverts", "paedos", "pedos", "nonces"}),
        re.compile(
            r"(?<![a-z])the (?:groomers|perverts|paedos|pedos|nonces) (?:run|are running|have"
            r" taken over|are in charge of|own) (?:it|the \w+|our \w+)(?: now)?(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.88,
        "trope",
    ),
    (
        frozenset({"robes", "robe", "skirt", "dress", "frock", "knickers", "gown"}),
        re.compile(
            r"(?<![a-z])(?:check|see|find out|look at) what['’]?s (?:really )?under (?:her|his"
            r"|their|the (?:\w+ )?)(?:robes?|skirt|dress|frock|knickers|gown)(?![a-z])"
        ),
        SEXUAL_HARASSMENT,
        0.88,
        "advance",
    ),
    # ... and readers under a story of Roma families out of a burnt block: "Move them to the
    # landfill site, they'll feel at home" (not "Move them to the new estate, they'll feel
    # at home")
    (
        frozenset({"landfill", "tip", "dump", "sewer", "sewers", "bins"}),
        re.compile(
            r"(?<![a-z])(?:move|put|send|dump|take|house) (?:them|these \w+|those \w+|the lot)"
            r" (?:to|on|in|at) (?:the |a )?(?:landfill|tip|dump|rubbish tip|sewers?|bins)"
            r"(?: site)?\b[^.!?\n]{0,20}?(?:feel (?:right )?at home|where they belong|right at"
            r" home)(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.95,
        "dehumanisation",
    ),
    # a Muslim Home Secretary named: "She'll have the lot of us in burqas by Christmas"
    # (not "... in ID queues by Christmas"), "Cousin-marrying lot running the Home Office"
    # (not "Career civil servants ..."), cued by the rarer words
    (
        frozenset({"burqas", "burkas", "burqa", "burka", "niqabs", "niqab"}),
        re.compile(
            r"(?<![a-z])(?:have|put|get|force|make) (?:the lot of us|us all|all of us|us|every"
            r" woman|our (?:wives|women|daughters|girls)) (?:\w+ )?in (?:burqas|burkas|burqa"
            r"|burka|niqabs|niqab)(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.88,
        "trope",
    ),
    (
        frozenset({"cousin", "cousins"}),
        re.compile(
            r"(?<![a-z])cousin[- ]?(?:marrying|marriers?|shagging|fucking|fuckers?|humping"
            r"|humpers?|botherers?)(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.9,
        "slur",
    ),
    # a Tamil actor named: "Iski maa ko bhi Bollywood mein le aao, bartan manjwayenge" (his
    # mother made a servant; not "... premiere pe le aao, photo khinchwayenge"), "Dakshin ke
    # ye bandar Hindi film mein naachenge ab" (a region's people as monkeys; not "Dakshin ke
    # ye sitare")
    (
        frozenset({"manjwayenge", "manjwaenge", "manjwao", "manjwana", "lagwayenge", "lagwao"}),
        re.compile(
            r"(?<![a-z])(?:iski|uski|teri|inki|unki|tumhari) (?:maa|ammi|amma|behen|biwi)"
            r" (?:ko|se) (?:bhi )?(?:\w+,? ){0,5}?(?:bartan|jhadu|jhaadu|pocha|ponchha)"
            r" (?:manjwayenge|manjwaenge|manjwao|manjwana|lagwayenge|lagwao)(?![a-z])"
        ),
        INSULT,
        0.9,
        "degrading",
    ),
    (
        frozenset({"bandar", "bandaron", "kutte", "keede", "suar", "jaanwar", "janwar"}),
        re.compile(
            r"(?<![a-z])(?:dakshin|south|bihar|madras|chennai|kerala|assam|northeast|pahad"
            r"|bangal|bengal)\w* (?:ke|ki|wale|waale) (?:ye |yeh |sab |saare )?(?:bandar|bandaron"
            r"|kutte|keede|suar|jaanwar|janwar)(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.95,
        "dehumanisation",
    ),
    # a deaf actress named: "Someone should clap behind her head and see if she flinches"
    # (not "clap for her again")
    (
        frozenset({"clap", "bang", "shout"}),
        re.compile(
            r"(?<![a-z])(?:clap|bang|shout) (?:\w+ )?behind (?:her|his|their) (?:head|back)s?"
            r" (?:and|to) see if (?:she|he|they) (?:flinches|flinch|notices|notice|hears|hear"
            r"|turns|jumps)(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.88,
        "degrading",
    ),
    # readers under a synagogue's guards: "You're obviously one of them, nose gives it away"
    # (not "username gives it away"), "Jew lover, go and live in Tel Aviv" (not "Fair point,
    # go and look at the figures")
    (
        frozenset({"nose"}),
        re.compile(
            # (not a drinker's red nose: "The red nose gave it away, he'd had a few")
            r"(?:^|(?<=[,.;:!?] ))(?:the |your |his |her |that )?nose gives (?:it|you|him|her"
            r"|them) away(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.88,
        "trope",
    ),
    (
        frozenset({"lover", "lovers"}),
        re.compile(r"(?<![a-z])(?:jew|kike|paki|muzzie|mussie|nigger|gypsy)[- ]?lovers?(?![a-z])"),
        IDENTITY_ATTACK,
        0.9,
        "slur",
    ),
    # ... and the attacks on them blamed on them: "Maybe if they stopped running the media
    # people would stop attacking them" (not "Maybe if the police patrolled more, people
    # would stop attacking them")
    (
        frozenset({"attacking", "hating", "targeting", "bombing"}),
        re.compile(
            r"(?<![a-z])if (?:they|these people|those people|that lot|the jews|jews|muslims"
            r"|gays) (?:just )?(?:stopped|quit|gave up|would stop|didn['’]?t keep|did not keep)"
            r" \w+ing\b[^.!?\n]{0,40}?,? (?:people|nobody|no one|folk|others|everyone)"
            r" (?:would|might|['’]d) (?:stop|quit|not be|not|be) (?:attacking|hating|targeting"
            r"|bombing) them(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.88,
        "trope",
    ),
    # a Polish councillor named: "claim benefits for all twelve kids back in Krakow" (the
    # children said to be kept abroad on the country's money; not "claim child benefit for
    # the kids back in school")
    # ... and "The only thing she's ever done well is pop out kids for benefits" (round
    # 581, of a chef named; not "... is graft")
    (
        frozenset({"benefits", "benefit", "welfare", "dole"}),
        re.compile(
            r"(?<![a-z])(?:pop|pops|popping|popped|churn|churns|churning|squeeze|squeezing"
            r"|spit|spitting) out (?:kids|babies|children|sprogs)\b[^.!?\n]{0,20}?(?:for|on)"
            r" (?:the )?(?:benefits|welfare|dole|child benefit)(?![a-z])"
            r"|(?<![a-z])(?:claim|claims|claimed|claiming|get|gets|getting|draw|draws|drawing)"
            r" (?:child )?benefits? (?:for|on) (?:all )?(?:his|her|their|the )?(?:\w+ )?(?:kids"
            r"|children|sprogs) back (?:home|in (?!school|class|bed|the )[a-z]+)(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.88,
        "trope",
    ),
    # a lesbian bishop named: "Bet the vestry is full of strap-ons now" (not "... full of
    # flowers now")
    (
        frozenset({"strap", "strapons", "strapon", "dildos"}),
        re.compile(r"(?<![a-z])full of (?:strap[- ]?ons|dildos|sex toys)(?![a-z])"),
        SEXUAL_HARASSMENT,
        0.88,
        "advance",
    ),
    # ... "These perverts are grooming the whole Church from inside" (gay people said to
    # groom an institution; not "These reforms are changing the whole Church"), and her wife
    # in scare quotes ("Her and her 'wife' should be kept away from decent families"; not
    # "Her and her wife should be welcomed"), cued by the rarer words
    (
        frozenset({"grooming"}),
        re.compile(
            r"(?<![a-z])(?:perverts|deviants|degenerates|groomers|freaks|they|gays|lesbians)"
            r" (?:are|keep|have been|were|r) grooming (?:the (?:whole |entire )?|our )(?:church"
            r"|churches|schools?|country|nation|kids|children|army|party)(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.88,
        "trope",
    ),
    (
        frozenset({"wife", "husband"}),
        re.compile(
            r"(?<![a-z])(?<!called )(?<!calls )(?:her|his) ['‘\"“](?:wife|husband)['’\"”]"
            r"(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.88,
        "degrading",
    ),
    # round 585 (set 1508, a Sikh taxi driver honoured): a people said to breed, called by
    # a name of its own ("These beardos breed like rabbits"; not "These apps spread like
    # wildfire", nor "these mice breed like rabbits", animals)
    (
        frozenset({"breed", "multiply"}),
        re.compile(
            r"(?<![a-z])(?:these|those) (?!mice|rats|rabbits|hamsters|guinea|pigs|cats|dogs"
            r"|pests|bugs|slugs|snails|flies|fish|cells|weeds|bacteria|viruses|animals"
            r"|creatures|things|plants|birds|pigeons|foxes|squirrels|deer|sheep|goats)[a-z]+"
            r" (?:breed|multiply) like (?:rabbits|rats|flies|cockroaches|vermin|insects"
            r"|mice)(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.9,
        "dehumanising",
    ),
    # ... a person said to smell of a people's food ("Smells like curry and his cab smells
    # worse"; not "Cabs smell like air freshener", nor "smells of curry from the takeaway")
    (
        frozenset({"curry", "masala"}),
        re.compile(
            r"(?:(?:^|(?<=[.!?] ))|(?<![a-z])(?:he|she|you|u|they|him|her) )(?:smells?|stinks?"
            r"|reeks?) (?:like|of) (?:curry|masala)(?![a-z])(?! (?:in here|house|sauce|shop"
            r"|from|at|when|cooking|in the))"
        ),
        IDENTITY_ATTACK,
        0.88,
        "trope",
    ),
    # ... and grooming said to be what his people do ("he'll be caught grooming schoolgirls
    # like the rest of them"; not "back on the rank like the rest of them"), and of a gay
    # couple's family (round 587: "the grooming gang has a new branch")
    (
        frozenset({"grooming"}),
        re.compile(
            r"(?<![a-z])grooming (?:[a-z]+ ){0,2}like (?:the rest of (?:them|em|his lot|their"
            r" lot)|all of them|they all do|all the others)(?![a-z])"
            r"|(?<![a-z])the grooming gang(?:'s| has) (?:got )?(?:a )?new (?:branch|member"
            r"|members|recruits?|franchise)(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.9,
        "trope",
    ),
    # round 586 (set 1509, a Kashmiri student tops the JEE, in Hinglish): a bomb said to be
    # what he will make ("Isko IIT mein mat lena, hostel mein bomb banayega"; not "hostel
    # mein sab seekhega"), the formula he knows ("RDX ka formula yaad hai"; not "physics ka
    # formula"), the rifles his people keep at home ("Ghar pe AK-47 rakhte hain ye log";
    # not "generator rakhte hain ye log")
    (
        frozenset({"bomb", "bam", "rdx", "ied", "ak", "47", "ak47", "grenade", "kalashnikov"}),
        re.compile(
            r"(?<![a-z])(?:mein|me|main|pe|par|ghar|ye|yeh|wo|woh|isne|usne) (?:rdx|bomb|bam"
            r"|ied) (?:banayega|banaega|banayegi|banaegi|banata hoga|banati hogi|bana raha"
            r" hoga|banayenge|banaenge|banate honge)(?![a-z])"
            r"|(?<![a-z])(?:rdx|bomb|bam) (?:ka|ki) formula (?:yaad|pata|aata|ratta)(?![a-z])"
            r"|(?<![a-z])(?:ak ?-?47s?|kalashnikov|rdx|grenades?|bombs?|bam) (?:\w+ )?rakhte"
            r" (?:hain|h|hai|he) (?:ye|yeh|sab|in|ye sab) ?log(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.9,
        "trope",
    ),
    # ... and sent back, the place after the order ("Isko wapas bhejo Pakistan, wahi ki
    # university mein padhe"; not "Isko scholarship do")
    (
        frozenset({"bhejo", "bhejdo", "bhejna"}),
        re.compile(
            r"(?<![a-z])(?:isko|usko|inko|unko|ise|use|ine|une|[a-z]+ ko) (?:wapas|vapas"
            r"|waapas|wapis) (?:bhejo|bhej do|bhejdo|bhejna chahiye|bhej dena chahiye)"
            r" (?:pakistan|bangladesh|pak)(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.88,
        "exclusion",
    ),
    # round 587 (set 1510, a gay couple to adopt three siblings): the couple called
    # perverts as parents ("Those poor kids, raised by two perverts"; not "raised by two
    # teachers"), and so ("Disgusting degenerates, the kids will grow up as confused"; not
    # "Disgusting degenerates is what the Taliban calls us, said one marcher")
    (
        frozenset({"perverts", "deviants", "degenerates", "nonces", "paedos", "pedos"}),
        re.compile(
            r"(?<![a-z])(?:raised|brought up|adopted|parented|looked after) by (?:two|a pair"
            r" of|a couple of|these|those) (?:perverts|deviants|degenerates|nonces|paedos"
            r"|pedos|freaks|queers|poofs)(?![a-z])"
            r"|(?<![a-z])(?:disgusting|filthy|sick|vile|perverted) (?:degenerates|deviants)"
            r"(?![a-z])(?! (?:is|are|was|were) what)"
        ),
        IDENTITY_ATTACK,
        0.9,
        "trope",
    ),
    # ... which of them is the woman, and what she takes ("Who's the mum then? The one who
    # takes it?"; not "Who's the cook then? The one who's home first?")
    (
        frozenset({"mum", "mom", "wife", "woman", "girl", "missus"}),
        re.compile(
            r"(?<![a-z])(?:who'?s|whos|who is|which one'?s|which one is) the (?:mum|mom|wife"
            r"|woman|girl|missus)(?: then)?\?? (?:the one (?:who|that) |whoever )(?:takes it"
            r"|bends over|catches|gets it|takes it up)(?![a-z])"
            r"|(?<![a-z])(?:who'?s|whos|who is|which one'?s|which one is) the (?:woman|wife"
            r"|girl) in (?:that|the|this|their) (?:relationship|marriage)(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.9,
        "trope",
    ),
    # ... children adopted as meat ("Adopting kids so they've got fresh meat at home"; not
    # "Adopting siblings so they stay together at home")
    (
        frozenset({"meat"}),
        re.compile(
            r"(?<![a-z])(?:adopt|adopting|adopted|foster|fostering|fostered)(?: [a-z']+){0,3}"
            r" (?:so|to|for) (?:they'?ve got |they have |they get |have )?(?:some )?fresh"
            r" meat(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.9,
        "trope",
    ),
    # round 589 (set 1512, a black woman to command a Royal Navy fleet): the savage's kit
    # ("Give her a canoe and a spear, that's her level"; not "Give her a frigate and a
    # crew"), the slave ship ("First time one of them has been on a ship without chains",
    # "Adeyemi's ancestors were cargo on these ships"; not "... served on these ships")
    (
        frozenset({"canoe", "spear", "loincloth", "chains", "shackles", "cargo"}),
        re.compile(
            r"(?<![a-z])give (?:her|him|them|em) (?:a |an )?(?:canoe|spear|loincloth|grass"
            r" skirt|bone for (?:her|his|their) nose)(?: and a (?:canoe|spear|loincloth|grass"
            r" skirt|drum))?(?![a-z])"
            r"|(?<![a-z])(?:on|in|aboard) a (?:ship|boat) without (?:chains|shackles|being"
            r" chained|irons)(?![a-z])"
            r"|(?<![a-z])(?:ancestors|great grandparents|grandparents|forefathers|people"
            r"|kind|lot) (?:were|was) (?:the )?(?:cargo|freight|livestock) (?:on|in|of)(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.9,
        "trope",
    ),
    # ... and sent back to a kitchen, at sea too ("Back to the galley where she belongs";
    # not "Back to Portsmouth where she started")
    (
        frozenset({"galley", "kitchen", "sink", "stove"}),
        re.compile(
            r"(?<![a-z])(?:back to|back in|get back to|go back to|stick to) the (?:galley"
            r"|kitchen|sink|stove) where (?:she|women|you|they) belongs?(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.88,
        "sexism",
    ),
    # round 590 (set 1513, an Adivasi sarpanch honoured, in Hinglish): a woman called
    # jungli ("Jungli aurat ko award"; not "jungli billi", a wild cat), taught to wear
    # clothes ("Isko kapde pehnna kisne sikhaya"; not "computer chalana kisne sikhaya"),
    # her skin likened to coal ("Iski chamdi dekho, koyle jaisi"; not "Iski mehnat dekho"),
    # sent to the jungle ("jungle bhej do wapas"; not "jungle bachane ka kaam"), a people's
    # food made their name ("Chooha khane wali ko award"; not "Mahua bechne wali")
    (
        frozenset(
            {
                "jungli",
                "junglee",
                "kapde",
                "koyle",
                "koyla",
                "tawe",
                "jungle",
                "chooha",
                "chuha",
                "chuhe",
                "choohe",
            }
        ),
        re.compile(
            r"(?<![a-z])(?:jungli|junglee|jangli) (?:aurat|aurate|auraten|auratein|ladki"
            r"|ladkiyan|aadmi|admi|mahila|bai|kaum|jaat|jaati)(?![a-z])"
            r"|(?<![a-z])kapde (?:pehenna|pehnna|pahnna|pehanna|pahanna|pehnana) (?:kisne|kis"
            r" ne) (?:sikhaya|sikhaaya|sikhya)(?![a-z])"
            r"|(?<![a-z])(?:chamdi|chamri|rang|shakal|chehra|skin)(?: dekho| to dekho)?,?"
            r" (?:koyle|koyla|kaale tawe|tawe|tawa|coal) (?:jaisi|jaisa|jaise|ki tarah)(?![a-z])"
            r"|(?<![a-z])(?:isko|usko|inko|unko|ise|use|[a-z]+ ko)(?: [a-z]+){0,5},? jungle"
            r" (?:wapas bhej do|bhej do wapas|wapas bhejo|bhej do|bhejo|mein bhejo|me bhejo"
            r"|wapas bhej)(?![a-z])"
            r"|(?<![a-z])(?:chooha|chuha|chuhe|choohe) khane (?:wali|wala|wale|waali|waala"
            r"|waale|waalon|walon)(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.9,
        "trope",
    ),
    # ... a night visit for her honour ("Raat ko iske ghar chalo, award ka jashn manayenge
    # aur iski izzat bhi"; not "... jashn manayenge sab milke")
    (
        frozenset({"izzat", "izzath"}),
        re.compile(
            r"(?<![a-z])raat ko (?:iske|uske|inke|unke|teri|tere) ghar (?:chalo|chalte hain"
            r"|jayenge|chalenge|aayenge|aate hain)[^.!?]{0,60}(?:izzat|izzath)(?![a-z])"
        ),
        SEXUAL_HARASSMENT,
        0.9,
        "advance",
    ),
    # round 591 (set 1514, an autistic teenager wins a chess title): the short bus ("Put
    # him back in the special bus where he belongs"; not "Put him on the national team"),
    # kept from normal children ("Autists like him should be kept away from normal kids";
    # not "Coaches like him should be kept on"), "good for something" ("His parents must be
    # so relieved he's good for something"; not "so proud he's made the team"), a slur
    # ("Drooling mong"; "mongs" is one already, and not Mong Kok), a trained monkey, a
    # meltdown provoked for a laugh ("tip the board over and watch him have a meltdown")
    (
        frozenset({"bus", "normal", "something", "mong", "monkey", "chimp", "ape", "meltdown"}),
        re.compile(
            r"(?<![a-z])(?:back (?:in|on|to)|rides?|riding|belongs (?:on|in)|put (?:him|her"
            r"|them) (?:on|in)) the (?:short|special|little yellow|short yellow) bus(?![a-z])"
            r"|(?<![a-z])(?:kept|keep (?:them|him|her|em)) away from normal (?:kids|children"
            r"|people|folk|pupils|students|families)(?![a-z])"
            r"|(?<![a-z])(?:relieved|glad|surprised|shocked|amazed|at least) (?:that )?(?:he"
            r"|she|they)(?:'?s| is| are|'re) (?:finally )?good for something(?![a-z])"
            r"|(?<![a-z])(?:drooling|dribbling|little|fucking|fkn|stupid|you|ya|absolute"
            r"|total) mong(?![a-z])"
            r"|(?<![a-z])(?:like|as) a trained (?:monkey|chimp|chimpanzee|ape)(?![a-z])"
            r"|(?<![a-z])(?:tip|knock|flip|take|hide|move|switch off|unplug)[^.!?]{0,30} and"
            r" watch (?:him|her|them) (?:have|having|throw) a (?:meltdown|fit|tantrum)(?![a-z])"
        ),
        INSULT,
        0.9,
        "cruelty",
    ),
    # round 592 (set 1515, readers under a story of fewer Chinese students): "Good, fewer
    # bat-eaters on campus" (not "fewer fees", nor owls, "bat eaters too"), a plague they
    # brought ("Good riddance, they brought the plague with them last time"; not "... the
    # money with them"), dogs they are said to eat ("let them eat each other's dogs"; not
    # "meet each other's friends")
    (
        frozenset({"bat", "eaters", "eater", "plague", "covid", "virus", "dogs", "cats", "pets"}),
        re.compile(
            r"(?<![a-z])bat-?eaters?(?![a-z])"
            r"|(?<![a-z])bat[- ]?eating (?:chinese|chinks|people|bastards|lot)(?![a-z])"
            r"|(?<![a-z])(?:good riddance|don'?t come back|stay away|keep them out)[^.!?]{0,30}"
            r"brought (?:the |their )?(?:plague|virus|covid|pox|disease|diseases)(?![a-z])"
            r"|(?<![a-z])brought (?:the )?(?:kung flu|china virus|wuhan virus|chinese virus)"
            r" with them(?![a-z])"
            r"|(?<![a-z])(?:let (?:them|em)|they(?:'ll| will| can)?|go and|go back and) eat"
            r" (?:each other'?s|their own|your|our|the neighbours'?) (?:dogs|cats|pets)(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.9,
        "trope",
    ),
    # round 593 (set 1516, an MP sworn in on the Bhagavad Gita): a faith's gods made a
    # comic ("not your elephant god comic"; not "not a party manifesto"), a scripture
    # burnt before its believer ("Hope someone burns that Gita in front of him"; not
    # "reads that Gita passage to him"), "bloody coolie" (not "coolie ne saman uthaya", a
    # porter), a shop run from an MP's office ("running a corner shop out of his office";
    # not "running surgeries out of his office")
    (
        frozenset(
            {
                "comic",
                "comics",
                "cartoon",
                "cartoons",
                "gita",
                "quran",
                "koran",
                "bible",
                "torah",
                "granth",
                "coolie",
                "coolies",
                "shop",
                "cornershop",
            }
        ),
        re.compile(
            r"(?<![a-z])(?:elephant|monkey|blue|cow|rat)(?:[- ]headed)? gods? (?:comic|comics"
            r"|cartoon|cartoons|nonsense|rubbish|fairy ?tales?|mumbo jumbo)(?![a-z])"
            r"|(?<![a-z])(?:burn|burns|burning|tear up|tears up|rip up|rips up|piss on|pisses"
            r" on) (?:that|his|her|their|the) (?:gita|bhagavad gita|quran|koran|bible|torah"
            r"|granth|guru granth sahib) in front of (?:him|her|them)(?![a-z])"
            r"|(?<![a-z])(?:bloody|fucking|filthy|dirty|stupid|you|ya|jumped up) coolies?"
            r"(?![a-z])"
            r"|(?<![a-z])running a (?:corner shop|cornershop|newsagents?|curry house|call"
            r" centre) (?:out of|from|in) (?:his|her|their|the) (?:office|constituency office"
            r"|commons office)(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.88,
        "trope",
    ),
    # round 594 (set 1517, a Muslim teacher's pupils top the boards, in Hinglish): a
    # touch said to defile ("iske haath ka paani bhi mat peena"; not "iske class mein
    # phone bhi mat laana"), a faith said to be taught to children ("bacchon ka dharm badal
    # degi"; not "result badal degi"), breeding ("Inki aabadi badhane ke alawa"), a hijab
    # pulled off ("Iska hijab kheench ke dekho, andar bomb hoga"; not "result khol ke
    # dekho"), girls said to be lured ("ladkiyon ko phasayegi"; not "aage badhayegi"), a
    # slogan put in her mouth ("Pakistan zindabad bolti hogi class mein"; not "Jana gana
    # mana gaati hogi")
    (
        frozenset(
            {
                "haath",
                "dharm",
                "dharam",
                "mazhab",
                "aabadi",
                "abadi",
                "aabaadi",
                "population",
                "hijab",
                "burqa",
                "burka",
                "burqe",
                "naqab",
                "niqab",
                "phasayegi",
                "phasayega",
                "phansayegi",
                "phansayega",
                "phasaenge",
                "phasate",
                "zindabad",
            }
        ),
        re.compile(
            r"(?<![a-z])(?:iske|uske|inke|unke|iski|uski|inki|unki) haath ka (?:paani|pani"
            r"|khana|khaana) (?:bhi )?(?:mat|na|nahi) (?:peena|piyo|khana|khao|lena|pina)"
            r"(?![a-z])"
            r"|(?<![a-z])(?:bacchon|bachon|bachchon|ladkiyon|ladkon|students) ka (?:dharm"
            r"|dharam|mazhab) (?:badal|badlwa) (?:degi|dega|denge|dengi|deti|deta)(?![a-z])"
            r"|(?<![a-z])(?:inki|unki|apni|inka|unka) (?:aabadi|abadi|aabaadi|population)"
            r" badhane (?:ke alawa|ke siwa|ke alaava|ke ilawa|mein lage|ka kaam)(?![a-z])"
            r"|(?<![a-z])(?:hijab|burqa|burka|burqe|burkha|naqab|niqab) (?:kheench|khinch"
            r"|utaar|utar|phaad|faad)(?: ke| kar| do| ke dekho| kar dekho)?(?![a-z])"
            r"|(?<![a-z])ladkiyon ko (?:phasayegi|phasayega|phasaenge|phasayenge|phasate hain"
            r"|phasati hai|phansayegi|phansayega)(?![a-z])"
            r"|(?<![a-z])pakistan zindabad (?:bolti|bolta|bolte|kehti|kehta|kehte|karti|karta)"
            r" (?:hogi|hoga|honge)(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.88,
        "trope",
    ),
    # round 595 (set 1518, a wheelchair-using presenter named): her legs mocked ("Can't
    # stand up for herself, can't stand up at all", "At least she can't walk out when
    # Reform wins"; not "can't wait at all", "won't walk out"), wheeled like a thing
    # ("Wheel her off the set ... like a trolley"; not "Wheel the big screen in"), "Half a
    # woman presenting half the news" (not "Half the team")
    (
        frozenset({"stand", "walk", "trolley", "wheelbarrow", "half"}),
        re.compile(
            r"(?<![a-z])can'?t (?:even )?stand up at all(?![a-z])"
            r"|(?<![a-z])at least (?:she|he|they) (?:can'?t|cannot) (?:walk|stand|run) (?:out"
            r"|off|away|up)(?![a-z])"
            r"|(?<![a-z])wheel (?:her|him|them) (?:off|out|away|in|around)(?: [a-z']+){0,8}"
            r",? like a (?:trolley|shopping trolley|wheelbarrow|bin|suitcase|sack)(?![a-z])"
            r"|(?<![a-z])half a (?:woman|man|person) (?:presenting|reading|doing|hosting"
            r"|running|on)(?![a-z])"
        ),
        INSULT,
        0.9,
        "cruelty",
    ),
    # round 596 (set 1519, under a story of travellers camped on a cricket ground): a
    # theft said to be what they do ("They'll strip the lead off the church roof by
    # Tuesday, it's what they do"; not "the builders said"), daughters to hide ("Tyson
    # Fury's cousins have arrived, hide your daughters"; not "hide the beer")
    (
        frozenset({"strip", "steal", "nick", "rob", "pinch", "daughters", "wives"}),
        re.compile(
            r"(?<![a-z])(?:strip|steal|nick|rob|pinch|thieve|half-inch)(?: [a-z']+){1,8},?"
            r" (?:it'?s what they do|that'?s what they do|they always do|like they always"
            r" do)(?![a-z])"
            r"|(?<![a-z])(?:arrived|here|coming|in town|moved in|next door)[^.!?]{0,3}"
            r" hide your (?:daughters|wives|women|girls)(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.88,
        "trope",
    ),
    # round 588 (set 1511, asylum seekers moved into an RAF base): rape said to arrive
    # with them ("Rape gangs on tap now, thanks Home Office"; not "Buses on the hour now",
    # nor "rape gangs on trial")
    (
        frozenset({"rape", "rapist", "rapists"}),
        re.compile(
            r"(?<![a-z])(?:rape gangs?|rapists|rape) (?:on tap|incoming|on (?:the|their) way"
            r"|arriving|delivered|on your doorstep|coming to (?:a |your )?(?:town|village"
            r"|street))(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.9,
        "trope",
    ),
    # round 597 (set 1520, a Nigerian-born nurse honoured): the savage's bone ("She
    # probably still has the bone through her nose"; not "the rota stuck to her fridge",
    # nor a museum's "shows a bone through his nose"), the bush or the desert sent back to
    # ("Send her back to the bush"; not "back to the wards", nor "the jungle of bureaucracy
    # that is the FRRO office", "the jungle lodge", "the bush camp"), a people's honesty a first
    # ("Nigerian and honest? First time for everything"; not "Nigerian and honest? The
    # report says she flagged the fraud herself"), bred like stock ("They breed them big
    # over there"; not "They train them hard over there"), the whole village brought
    # ("she'll have her whole village here on benefits"; not "running the whole trust"),
    # the ungrateful sent back ("ungrateful lot should go back and fix their own mess")
    (
        frozenset(
            {"bone", "bones", "bush", "honest", "breed", "breeds", "village", "tribe", "clan"}
            | {"ungrateful", "jungle", "desert", "hut", "huts", "cave", "caves"}
        ),
        re.compile(
            r"(?<![a-z])(?:has|have|got|with|wearing|still|had) (?:a |the )?bones? (?:through"
            r"|in) (?:her|his|their) noses?(?![a-z])"
            r"|(?<![a-z])(?:send|sent|go|goes|going|fly|ship|deport) (?:her |him |them |em )?"
            r"back to (?:the|their) (?:bush|jungle|mud huts?|desert|caves?)(?=$|[.!?,;]| (?:where"
            r"|and|with"
            r"|to|you|they|she|he|mate|lot|then|now|already|lads)(?![a-z]))"
            r"|(?<![a-z])(?:nigerian|ghanaian|african|somali|romanian|albanian|gypsy|pikey"
            r"|indian|pakistani|bangladeshi|paki|jewish|muslim|black|arab|polish|chinese"
            r"|traveller|kenyan|congolese)s? and (?:honest|trustworthy|law-abiding|clean"
            r"|sober)\? (?:first time|that'?ll be the day|pull the other one|news to me|check"
            r"|count|lock|hide|yeah right|as if|never heard)(?![a-z])"
            r"|(?<![a-z])they breed (?:them|em|'em) (?:(?:big|strong|tough|like that) (?:over"
            r" there|in africa|in that country|where she comes from|where he comes from)|stupid"
            r"|thick|dumb|wild|savage)(?![a-z])"
            r"|(?<![a-z])(?:have|bring|brought|bringing|get|ship|fly|flying) (?:her|his|their)"
            r" whole (?:village|tribe|clan) (?:here|over|over here|in)(?![a-z])"
            r"|(?<![a-z])ungrateful (?:lot|bunch|sods|gits|migrants|foreigners|immigrants"
            r"|people)(?: [a-z']+){0,2} (?:should|can|could|must|ought to) (?:go|piss off|bugger"
            r" off|clear off|sod off) back(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.88,
        "trope",
    ),
    # ... a woman's job said to be given from fear of her colour ("Bet she got the job
    # because some diversity officer was scared of her"; not "because the panel saw her
    # work"; not "diversity hire" alone, as often quoted to be refuted: "Diversity hire? She
    # has a doctorate in maths education")
    (
        frozenset({"diversity", "quota", "quotas", "woke"}),
        re.compile(
            r"(?<![a-z])(?:got|get|gets|given|handed) (?:the|her|his|that|this) (?:job|post"
            r"|award|role|prize|title)(?: [a-z']+){0,2} (?:because|cos|cause|coz|as)(?: [a-z']+)"
            r"{0,4} (?:diversity|quota|quotas|woke)(?: [a-z']+){0,3} (?:was|were|is|are)"
            r" (?:scared|afraid|terrified|frightened) of (?:her|him|them)(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.85,
        "trope",
    ),
    # round 598 (set 1521, a Dalit groom's wedding procession on a horse, in Hinglish):
    # temples said to be entered next ("Inko ghode pe bithaoge to kal ko mandir mein
    # ghusenge"; not "kal ko sabka khana banega"), the touch of them a sin ("inhe chhoona
    # bhi paap hai"), the horse too by quota ("ab ghoda bhi reservation se?")
    (
        frozenset({"ghusenge", "ghusega", "ghusegi", "ghus", "chhoona", "chuna", "choona"})
        | frozenset({"reservation", "aarakshan", "arakshan"}),
        re.compile(
            r"(?<![a-z])(?:kal ko|phir|fir|ab|agle din) (?:ye |yeh |ve )?(?:mandir|mandiron"
            r"|rasoi|kuen|kuan|kuon|gaon ke kuen) (?:mein|me|main) (?:bhi )?(?:ghusenge"
            r"|ghusega|ghusegi|ghus jayenge|ghus jaenge|ghus aayenge)(?![a-z])"
            r"|(?<![a-z])(?:inhe|inko|unhe|unko|isko|usko|ise|use) (?:chhoona|chhuna|choona"
            r"|chuna|chhoo lena|chhu lena) (?:bhi )?(?:paap|pap|gunah|mana|haraam) hai(?![a-z])"
            r"|(?<![a-z])(?:ab|aur|to|toh) (?:ghoda|ghodi|shaadi|shadi|dulhan|baraat|biwi|ghar"
            r"|mandir) (?:bhi )?(?:reservation|aarakshan|arakshan|quota) se(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.88,
        "trope",
    ),
    # round 599 (set 1522, a trans woman elected mayor): a woman called "that thing" in
    # the ladies' ("that thing will be in the loos"; not "the roof is coming in"), "it"
    # of her first act ("Bet the first thing it does is put blokes in the women's changing
    # rooms"; not "the first thing she does", nor an agency's "men on the moon"), "Groomer
    # in chief. Hide your children"
    (
        frozenset({"thing", "groomer", "groomers"}),
        re.compile(
            r"(?<![a-z])that thing(?:'ll| will| is gonna| is going to|'s gonna) (?:be )?(?:in"
            r"|using|use|at|hanging round|lurking in) the (?:loos?|toilets?|ladies|changing"
            r" rooms?|women'?s)(?![a-z])"
            r"|(?<![a-z])(?:first|next) thing it (?:does|will do|'ll do|did) is(?: [a-z']+){0,3}"
            r" (?:blokes|men|trannies|perverts|its mates) in (?:the )?(?:women'?s|ladies|girls'?)"
            r"(?![a-z])"
            r"|(?<![a-z])groomers? in chief(?![a-z])"
            r"|(?<![a-z])groomers?(?: [a-z']+){0,4}[.!,]* hide your (?:kids|children|sons"
            r"|daughters|little ones)(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.88,
        "trope",
    ),
    # round 600 (set 1523, a mosque approved on an old pub's site): "Another pub lost to
    # the invaders" (not "lost to the chains", nor a history's "lost to the invaders in
    # 1453"), "Better pig's heads on the fence than a
    # mosque" (not "parking on the high street"), "They'll be blowing us up from our own
    # local" (not "selling it on to developers"), "let them go back to the desert", "Rape
    # gang HQ, coming to a high street near you", "the women's entrance, round the back
    # with the goats?" (not "round the back by the bins")
    (
        frozenset({"invaders", "pig's", "pigs", "pig", "blowing", "hq", "goats", "goat"})
        | frozenset({"headquarters"}),
        re.compile(
            r"(?<![a-z])(?:lost|given|handed|sold|gone) to the (?:invaders|invading hordes"
            r"|horde|hordes)(?![a-z])(?! (?:in|of|by|after|during|under) )"
            r"|(?<![a-z])(?:better|put|leave|hang|stick|nail|a few|some|more) pig'?s? heads?"
            r" (?:on|at|outside|through|over|nailed to|left at) (?:the"
            r"|their|its|every) (?:fence|door|doors|gate|gates|mosque|site|railings)(?![a-z])"
            r"|(?<![a-z])(?:they'?ll|they will|they'?re gonna|they are going to) be blowing us"
            r" (?:all )?up(?![a-z])"
            r"|(?<![a-z])rape gang (?:hq|headquarters|central|recruitment|clubhouse)(?![a-z])"
            r"|(?<![a-z])(?:round|around|out) the back with the goats?(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.88,
        "trope",
    ),
    # round 601 (set 1524, a Somali-born councillor elected deputy leader): a warlord or
    # pirate of her people's ("deputy warlord of Mogadishu more like"; not "deputy leader
    # of the budget cuts", nor a film's "The pirates of Somalia"), "Khat chewing pirates
    # running the council", a bride price ("How many goats did it cost her family to buy
    # the seat?"; not "How many leaflets"), FGM made her policy ("Bet her first motion is
    # to make FGM a cultural heritage event"; not a campaigner's "make FGM illegal
    # everywhere"), the boat ("grateful we let her lot off the boat"; not a ferry's "Let
    # the lot off the boat first"), a country put first ("put Somalia first and Bristol
    # last, they always do"; not "put the party first"), the clan at the till ("Watch your
    # wallets, the clan has taken over"; not "the new lot have"), a people's IQ ("Somalis
    # have an IQ of 68"; not "a strong community in Easton")
    (
        frozenset({"warlord", "warlords", "pirate", "pirates", "khat", "goats", "camels"})
        | frozenset({"cows", "fgm", "boat", "first", "wallets", "purses", "iq"}),
        re.compile(
            r"(?<![a-z])(?:deputy|chief|head|glorified|wannabe|part-time|resident|local)"
            r" (?:warlords?|pirates?) (?:of|from) (?:mogadishu|somalia|the horn|somaliland)"
            r"(?![a-z])"
            r"|(?<![a-z])khat[- ]?chewing(?![a-z])"
            r"|(?<![a-z])how many (?:goats|camels|cows) did (?:it|she|he|they) (?:cost|pay)"
            r"(?![a-z])"
            r"|(?<![a-z])(?:make|making|makes) fgm (?:a |an )?(?:cultural|heritage|compulsory"
            r"|mandatory|celebrated|tradition|traditional|part of|school|national|bank holiday)"
            r"(?![a-z])"
            r"|(?<![a-z])(?:let|letting|lets|allowed|allowing) (?:her|his|their|that|this)"
            r" (?:lot|kind|family|tribe|clan|people) off the boats?(?![a-z])"
            r"|(?<![a-z])put (?:somalia|pakistan|india|israel|bangladesh|nigeria|turkey|poland"
            r"|romania|africa|islam|the mosque|the ummah|mogadishu|kashmir|their country|her"
            r" country|his country) first(?: and [a-z']+ last)?,? (?:they always do|as they"
            r" always do|like they all do|they all do)(?![a-z])"
            r"|(?<![a-z])watch your (?:wallets|purses|handbags)[,.!;]* the (?:clan|tribe"
            r"|gypsies|pikeys|romanians|travellers|somalis|jews|cousins)(?![a-z])"
            r"|(?<![a-z])(?:somalis|africans|blacks|nigerians|arabs|pakis|pakistanis|indians"
            r"|gypsies|muslims|mexicans|aborigines) (?:have|has|got) (?:an? )?(?:average )?iq"
            r" (?:of|below|under|around|lower)(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.88,
        "trope",
    ),
    # round 602 (set 1525, a boxer from Manipur wins gold, in Hinglish): a northeastern
    # woman called by food ("Momo bechne wali ne gold jeet liya", "Chowmein kha ke gold";
    # not "Chai bechne wale", nor the seller of momos: "momo wale bhaiya ka stall"), her
    # eyes ("Inki aankhein khuli bhi hain ya band"; not "Inki training kitni mushkil
    # hai"), her country doubted ("Nepali hai ya Chinese, pehle passport check karo"; not
    # "Boxing hai ya kushti"), sent to China ("Apne Cheen wapas jaa"; not "Apne gaon wapas
    # jaa"), her nights ("raat ko dhandha karti hogi"; not "raat ko practice karti hogi")
    (
        frozenset({"momo", "momos", "chowmein", "aankhein", "ankhein", "nepali", "chinese"})
        | frozenset({"cheeni", "chini", "cheen", "chin", "dhandha", "dhanda"}),
        re.compile(
            r"(?<![a-z])momos? (?:bechne |khane )?(?:wali|wala|wale|walon)(?![a-z])(?!"
            r" (?:bhaiya|bhaiyya|didi|uncle|aunty|auntie|dada|chacha|ka stall|ki stall|ki"
            r" dukaan|ka thela|ki shop|ka shop)(?![a-z]))"
            r"|(?<![a-z])(?:chowmein|momos?|kutta|kutte|kutton) kha (?:ke|kar|ke bhi|kar bhi)"
            r" (?:gold|medal|jeet|jeeti|jeeta)(?![a-z])"
            r"|(?<![a-z])(?:inki|iski|unki|uski|teri) (?:aankhein|ankhein|aankhen|ankhen) khuli"
            r" (?:bhi )?(?:hain|hai|rehti|rahti) ya band(?![a-z])"
            r"|(?<![a-z])(?:nepali|chinese|cheeni|chini|chinki|japani|korean) (?:hai|h) ya"
            r" (?:nepali|chinese|cheeni|chini|chinki|japani|korean|indian)(?![a-z])"
            r"|(?<![a-z])(?:apne |apni )?(?:cheen|chin|china) (?:wapas|vapas|waapas|waapis"
            r"|wapis) (?:ja|jao|jaa|jaake|jaa ke|ja ke|bhejo|bhej|chali ja|chala ja)(?![a-z])"
            r"|(?<![a-z])raat ko (?:dhandha|dhanda) (?:karti|karegi|karti hai|karti hogi"
            r"|karwati|karti thi)(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.88,
        "trope",
    ),
    # round 603 (set 1526, a Jewish school's new building): "Funny how the Jews always
    # manage to find the money" (not "the council always manages"), parasites inside
    # ("shame about the parasites inside it"; not "the parking outside it"), the banks
    # taught ("teaching the kids how to run the banks"; not "how to code"), tunnels to
    # Israel ("check the basement for tunnels to Tel Aviv"; not "for damp"), shekels
    # ("bought the planning committee with shekels"), blood libels taught, the chosen
    # people choosing ("The chosen people chose themselves a shiny new school"; not "The
    # local people chose", nor the scripture's "the chosen people of the Bible")
    (
        frozenset({"jews", "yids", "zionists", "jewish", "parasites", "leeches", "scum"})
        | frozenset({"banks", "tunnels", "tunnel", "shekels", "libel", "libels", "chosen"}),
        re.compile(
            r"(?<![a-z])funny how (?:the |those |these )?(?:jews|yids|zionists|jewish people"
            r"|jewish community) always(?![a-z])"
            r"|(?<![a-z])shame about the (?:parasites|leeches|scum|subhumans|vermin|filth)"
            r" (?:inside|in it|in there|within|who|that|running|using)(?![a-z])"
            r"|(?<![a-z])(?:teach|teaching|teaches|taught) (?:the )?(?:kids|children|pupils)"
            r" how to (?:run|control|own) the (?:banks|media|world|government)(?![a-z])"
            r"|(?<![a-z])tunnels? (?:to|leading to) (?:tel aviv|the synagogue)(?![a-z])"
            r"|(?<![a-z])(?:bought|buy|buying|paid|pay|bribed|bribe|bribing) (?:the |a |our |off"
            r" the )?(?:planning |local )?(?:committee|council|councillors|mps?|politicians"
            r"|police|judges?|media|press|election|votes?|government)(?: [a-z']+){0,3} with"
            r" (?:their |a few |some |bags of )?shekels(?![a-z])"
            r"|(?<![a-z])(?:teach|teaching|teaches|taught) (?:the )?(?:kids|children|pupils)"
            r" (?:their |the )?blood libels?(?![a-z])"
            r"|(?<![a-z])(?:the )?chosen people (?:chose|choose|get|got|always|never"
            r"|take|took|bought|buy|own|run|control)(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.88,
        "trope",
    ),
    # round 604 (set 1527, a deaf actor wins a Bafta): "A deaf and dumb actor winning a
    # Bafta" (not "A first time actor"; nor a school of the old name, "the Royal School
    # for the Deaf and Dumb"), ears to cut off ("the rest of us should cut our ears off";
    # not "learn from that"), signing as a seal's flapping ("flapping about with his hands,
    # looked like a seal at feeding time"; not "with the script"), a prize for pity ("Give
    # him a Bafta for pity"; not "for that scene"), a dummy hired as a charity ("hire a
    # dummy"), the special school ("left in the special school where they put people like
    # him"), his speech ("all grunts and spit"; not "all thank yous and tears"), his ears
    # mocked ("maybe he'll hear you, oh wait"; not "maybe the ref will hear you")
    (
        frozenset({"deaf", "ears", "flapping", "pity", "dummy", "deafie", "deafies"})
        | frozenset({"grunts", "hear"}),
        re.compile(
            r"(?<![a-z])(?:a|the|this|that|some) deaf and dumb (?:actor|man|woman|bloke|girl"
            r"|boy|presenter|mp|kid|lad|fella|one)(?![a-z])"
            r"|(?<![a-z])(?:should|could|might as well|better) (?:cut|chop|rip) (?:our|my|your"
            r"|their) (?:own )?ears off(?![a-z])"
            r"|(?<![a-z])flapping (?:about |around )?with (?:his|her|their) hands[,;]?(?:"
            r" [a-z']+){0,4} like (?:a |an )?(?:seal|seals|penguin|chimp|monkey|monkeys|windmill)"
            r"(?![a-z])"
            r"|(?<![a-z])(?:bafta|oscar|award|medal|prize|gold|trophy) (?:for|out of) pity"
            r"(?![a-z'])"
            r"|(?<![a-z])(?:hire|cast|employ|give a job to|pick) a (?:dummy|deafie|deafy|mong"
            r"|spastic|spaz|retard|cripple)(?![a-z])"
            r"|(?<![a-z])(?:all|just|nothing but) grunts and (?:spit|drool|dribble|noises"
            r"|spittle)(?![a-z])"
            r"|(?<![a-z])maybe (?:he|she)(?:'ll| will) hear (?:you|it|us|that)[,.!]* oh wait"
            r"(?![a-z])"
        ),
        INSULT,
        0.9,
        "cruelty",
    ),
    # ... "He should've been left in the special school where they put people like him"
    # (not "where they put the trophies"; a common word's row of its own, opening on its
    # words)
    (
        frozenset({"special", "institution", "asylum", "nuthouse", "bin", "home"}),
        re.compile(
            r"(?:special school|special needs school|special unit|home|institution|asylum"
            r"|loony bin|nuthouse),? where they (?:put|keep|send|lock up|stick|dump) (?:people"
            r"|kids|ones|freaks|the likes) (?:like|of) (?:him|her|them|that)(?![a-z])"
        ),
        INSULT,
        0.9,
        "cruelty",
    ),
    # round 605 (set 1528, a Pakistani-heritage woman named chief constable): grooming
    # gangs given a friend ("Grooming gangs will be getting a liaison officer next"; not
    # "Speed cameras will be getting a budget"), "her cousins in Rotherham", the force in
    # burqas ("She'll have the force in burqas by Christmas"; not "in new uniforms"),
    # "Sharia police with a British badge", honour killings waved through ("the first
    # honour killing she waves through"; not "the first budget meeting"), sold for goats
    # ("sold her to the force for two goats and a visa"), the victims' colour checked
    # ("checking whether the victims were white before sending anyone"; not "whether the
    # stations are staffed")
    (
        frozenset({"grooming", "cousins", "burqas", "burkas", "burqa", "burka", "hijabs"})
        | frozenset({"niqabs", "sharia", "honour", "goats", "camels", "victims"}),
        re.compile(
            r"(?<![a-z])grooming gangs (?:will|'ll|would|'d) (?:be getting|get|have|be given)"
            r" (?:a|an|their own) (?:liaison|seat|rep|representative|friend|champion|officer"
            r"|advocate|say)(?![a-z])"
            r"|(?<![a-z])(?:case|cases|charges|prosecutions?) against (?:her|his|their) cousins"
            r"(?![a-z])"
            r"|(?<![a-z])(?:have|put|get|got) the (?:force|police|army|school|council|country"
            r"|cops|coppers|navy|nhs|whole town) in (?:burqas|burkas|burkhas|hijabs|niqabs"
            r"|headscarves)(?![a-z])"
            r"|(?<![a-z])sharia (?:police|cops?|coppers?|patrols?) (?:with|in|wearing) (?:a|the)"
            r" british(?![a-z])"
            r"|(?<![a-z])(?:first|next|every) honour killing (?:she|he|they)(?:'ll| will)?"
            r" (?:waves?|lets?|covers?|turns?|looks?) (?:through|slide|up|away|the other)"
            r"(?![a-z])"
            r"|(?<![a-z])sold (?:her|him|them)(?: [a-z']+){0,4} for (?:two|three|four|a few"
            r"|some|a couple of|a herd of|a pair of) (?:goats|camels|cows)(?![a-z])"
            r"|(?<![a-z])check(?:ing|s)? (?:whether|if) the victims? (?:were|was|are|is) white"
            r" (?:before|first)(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.88,
        "trope",
    ),
    # round 606 (set 1529, a Bihari labourer's son made an IAS officer, in Hinglish): spit
    # ("Bihari IAS ban gaya, ab poori district mein gutka thookenge"; not "roshni hogi"),
    # "Ye Bihari log har jagah ghus jaate hain, cockroach ki tarah" (not "har exam nikal
    # lete hain, mehnat ki tarah"), the labourer's son at a labourer's task ("Mazdoor ka
    # beta hai, office mein bhi eent dhoyega"), the ghat they belong on ("Chhath ke ghat pe
    # hi rehna chahiye tha inko"; not "pe bhi jaana chahiye tha"), a leaked paper ("Lalu ka
    # rishtedar hoga, paper leak karke aaya hai"), "Ek Bihari sau bimari" (not "sau pe
    # bhari"), their station ("Bhaiya log ki aukaat bas thela lagane ki hai"), his mother
    # a maid ("Iski maa bartan maanjti hogi, ab ye file maanjega")
    (
        frozenset({"gutka", "gutkha", "paan", "khaini", "cockroach", "cockroachon", "keede"})
        | frozenset({"keedon", "chuhon", "choohon", "mazdoor", "majdoor", "mazdur", "ghat"})
        | frozenset({"khet", "jhuggi", "thela", "lalu", "bimari", "aukaat", "aukat", "maa"}),
        re.compile(
            r"(?<![a-z])(?:bihari|bhaiya|bhaiyya)[^.!?]{0,60} (?:gutka|gutkha|paan|khaini)"
            r" (?:thookenge|thookega|thookegi|thookte|thukenge|thukega|thookta)(?![a-z])"
            r"|(?<![a-z])(?:ghus|ghuste|ghusta|phail|phailte|phailta|badh|badhte)(?: [a-z]+)"
            r"{0,3},? (?:cockroach|cockroachon|keede|keedon|keedo|chuhon|choohon|chuhe|choohe"
            r"|makkhiyon) ki tarah(?![a-z])"
            r"|(?<![a-z])(?:mazdoor|majdoor|mazdur|naukar|kaamwali|bhangi|chamar) (?:ka|ki)"
            r" (?:beta|beti|bachcha|ladka|ladki) hai,? (?:office|kursi|court|school|daftar)"
            r" (?:mein|me|pe|par) bhi (?:eent|int|jhadu|jhaadu|bartan|gutter|naali)(?![a-z])"
            r"|(?<![a-z])(?:ghat|khet|gaon|jhuggi|thele|naali) (?:pe|par|mein|me) hi rehna"
            r" (?:chahiye|chaiye|chahie) (?:tha|thi|the) (?:inko|inhe|isko|ise|unko|unhe)"
            r"(?![a-z])"
            r"|(?<![a-z])lalu (?:ka|ke|ki) [a-z]+ (?:hoga|hogi|hai),? paper leak(?![a-z])"
            r"|(?<![a-z])ek bihari,? sau bimari(?![a-z])"
            r"|(?<![a-z])(?:ki|ka) (?:aukaat|aukat) (?:bas|sirf|hi) (?:thela|thele|rickshaw"
            r"|riksha|jhadu|jhaadu|boot polish|mazdoori|bartan|gutter|naali)(?![a-z])"
            r"|(?<![a-z])(?:iski|uski|inki|unki|teri) maa bartan (?:maanjti|manjti|dhoti) hogi"
            r"(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.88,
        "trope",
    ),
    # round 607 (set 1530, a footballer who came out): a contagion ("Should be banned from
    # the game before he spreads it to the youth team"; not "given the armband before he
    # leaves", nor a flu: "isolated before he spreads it to the squad"), "keep your
    # perversions off the pitch" (not "your dives"), "playing for the other team ..., AIDS
    # and all" (not "for his next contract"), "a gay disco, sick" (not "a betting shop,
    # sick")
    (
        frozenset({"spreads", "spread", "perversions", "perversion", "deviancy", "aids"})
        | frozenset({"hiv", "degeneracy", "disco"}),
        re.compile(
            r"(?<![a-z])banned(?: [a-z']+){0,5} before (?:he|she|they) (?:spreads?|passes)"
            r" it (?:to|on to|onto|round|around)(?![a-z])"
            r"|(?<![a-z])keep (?:your|their|his|her) (?:perversions?|deviancy|degeneracy"
            r"|filth) (?:off|away from|out of|to yourselves|to yourself|to themselves)"
            r"(?![a-z])"
            r"|(?<![a-z])playing for the other team[^.!?]{0,60}(?:aids|hiv)(?![a-z])"
            r"|(?<![a-z])into a (?:gay disco|gay bar|gay club|pride parade|gay pride parade)"
            r"[,.!;]* (?:sick|disgusting|vile|gross|sickening|grim)(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.88,
        "trope",
    ),
    # round 608 (set 1531, Albanians crossing the Channel): a people said to come for crime
    # ("Albanians only come for the cannabis farms and the knife crime"; not "mostly come
    # for the jobs"), "Every one of them is a gangster" (not "has a family"), doors locked
    # ("Lock your doors, the Albanians are in your village now"; not "the burglaries are
    # up"), a country's criminals ("Albania must be empty, all its criminals are in Kent";
    # not "all its footballers"), stabbings awaited ("Tell them they're welcome and wait
    # for the stabbings"; not "wait for the tribunals"), "They're not refugees, they're a
    # mafia" (not "they're economic migrants")
    (
        frozenset({"albanians", "romanians", "somalis", "afghans", "eritreans", "migrants"})
        | frozenset({"refugees", "asylum", "gypsies", "pikeys", "travellers", "pakistanis"})
        | frozenset({"nigerians", "gangster", "gangsters", "doors", "criminals", "stabbings"})
        | frozenset({"rapes", "bombings", "knifings", "mafia", "gang", "invasion"}),
        re.compile(
            r"(?<![a-z])(?:albanians|romanians|somalis|afghans|eritreans|migrants|refugees"
            r"|asylum seekers|gypsies|pikeys|travellers|pakistanis|nigerians) only come"
            r" (?:here |over |over here )?for (?:the )?(?:cannabis|drugs|crime|knife crime"
            r"|benefits|handouts|grooming|stealing|theft|gangs|weed)(?![a-z])"
            r"|(?<![a-z])every (?:single )?one of them is (?:a|an) (?:gangster|rapist|terrorist"
            r"|drug dealer|jihadi|groomer|knifeman|mafioso)(?![a-z])"
            r"|(?<![a-z])lock your (?:doors|cars|bikes|sheds|windows)[,.!;]* the (?:albanians"
            r"|romanians|gypsies|pikeys|travellers|somalis|migrants|afghans|eritreans"
            r"|foreigners|asylum seekers|immigrants) (?:are|have)(?![a-z])"
            r"|(?<![a-z])all (?:its|their|of its|of their) criminals are (?:in|here|over"
            r" here)(?![a-z])"
            r"|(?<![a-z])(?:and|then|just) wait for the (?:stabbings|rapes|bombings|knifings"
            r"|grooming)(?![a-z])"
            r"|(?<![a-z])(?:they'?re|they are) not (?:refugees|asylum seekers),? (?:they'?re"
            r"|they are) (?:a |an )?(?:mafia|gang|gangsters|criminals|invaders|army|invasion"
            r"|invading army)(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.88,
        "trope",
    ),
    # round 609 (set 1532, an Indian-born woman named a bank's chief executive): the call
    # centre ("answered from Bangalore by someone called Steve", the name whatever it is:
    # "Steve" is read as a person named; not "doubled by someone in a boardroom"), her
    # cousins hired ("replacing the cashiers with her cousins from Gujarat"; not "with
    # apps from Silicon Valley"), curry smelt ("Smell the curry through the annual
    # report"), her country's sewers ("from the land of open sewers"; not "of hedge
    # funds"), cheap labour from home ("promising the board cheap labour from home"; not
    # "cheap loans"), brown women over our lads ("Brown women rising up the ladder while
    # our lads can't get a mortgage"; not "Young women ..."), a goat sacrificed
    # ("sacrificing a goat on the trading floor"; not "ringing a bell"), the Ganges'
    # corpses ("go wash in the Ganges with the rest of the corpses"), her caste deciding
    # ("Her caste probably decides who gets a loan"; not "Her credit team")
    (
        frozenset({"bangalore", "bengaluru", "cousins", "relatives", "curry", "sewers"})
        | frozenset({"labour", "brown", "goat", "goats", "ganges", "ganga", "caste"}),
        re.compile(
            r"(?<![a-z])(?:answered|handled|dealt with|picked up|taken) (?:from|in) (?:bangalore"
            r"|bengaluru|mumbai|delhi|india|manila|karachi) by (?:someone|somebody|a bloke|a man"
            r"|a woman|a lad|a girl) called(?![a-z])"
            r"|(?<![a-z])(?:replace|replacing|replaced|fill|filling|staff|staffing)(?: [a-z']+)"
            r"{0,3} with (?:her|his|their) (?:cousins|relatives|clan|tribe|whole family) from"
            r" (?:gujarat|punjab|pakistan|india|bangladesh|lagos|nigeria|kerala|mirpur|sylhet"
            r"|back home|home|the village)(?![a-z])"
            r"|(?<![a-z])(?:smell|whiff|stink|reek|stench) (?:of )?the curry (?:through|from|on"
            r"|off) (?:the|her|his|this|that) (?:annual report|report|screen|telly|tv|radio|page"
            r"|paper|article|phone|photo|picture|speech)(?![a-z])"
            r"|(?<![a-z])(?:from|of) the land of (?:open sewers|cow piss|cow dung|snake charmers"
            r"|curry|rapes?|scams|slums|scammers|call centres)(?![a-z])"
            r"|(?<![a-z])(?:promising|promise|promised|bringing|bring|ship in|shipping in"
            r"|importing)(?: [a-z']+){0,3} cheap labour from (?:home|back home|her country|his"
            r" country|their country|india|pakistan|bangladesh|the village)(?![a-z])"
            r"|(?<![a-z])(?:brown|black|asian) (?:women|men|people|folk|faces) (?:rising|getting"
            r"|taking|climbing|promoted)[^.!?]{0,40} (?:while|and) our (?:lads|kids|boys|girls"
            r"|people|own)(?![a-z])"
            r"|(?<![a-z])(?:sacrificing|sacrifice|sacrifices|slaughtering|slaughter) a goat"
            r" (?:on|in|at) the (?:trading floor|office|boardroom|stage|pitch|ward|court"
            r"|courtroom|studio|classroom)(?![a-z])"
            r"|(?<![a-z])(?:wash|bathe|swim|washing|bathing)(?: [a-z']+){0,2} in the (?:ganges"
            r"|ganga) with the (?:rest of the )?(?:corpses|bodies|dead|shit|turds|sewage)"
            r"(?![a-z])"
            r"|(?<![a-z])(?:her|his|their) caste (?:probably |will |must |now |already )?"
            r"(?:decides|decide|picks|chooses|choose|gets to decide) who(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.88,
        "trope",
    ),
    # round 610 (set 1533, a Muslim man's and a Hindu woman's marriage protected by a
    # court, in Hinglish): "Ek aur love jihad" (not "Ek aur shaadi"), daughters said to be
    # ensnared ("hamari betiyon ko fasane ki"; not "har shehar mein ghumne ki"), "Chaar
    # biwi aur chaalis bacche" (not "Do bacche aur ek ghar"), the fridge of a murder ("tukde
    # karega, fridge tayyar rakho"; not "dukaan chalayega"), a name changed and a burqa
    # ("phir burqe mein band"), a bomb to learn ("Jihadi ki biwi bani hai, ab bomb banana
    # seekhegi"; not "clinic sambhalna seekhegi"), marriage as slavery ("Muslim ladke se
    # shaadi matlab zindagi bhar ki gulaami"; not "do parivaron ka milan")
    (
        frozenset({"jihad", "betiyon", "ladkiyon", "behno", "behnon", "biwi", "biwiyan"})
        | frozenset({"fridge", "burqe", "burke", "burkhe", "bomb", "shaadi", "shadi"}),
        re.compile(
            r"(?<![a-z])ek aur love jihad(?![a-z])"
            r"|(?<![a-z])(?:hamari|humari|hindu|apni) (?:betiyon|ladkiyon|behno|behnon) ko"
            r" (?:fasane|phasane|fansane|phansane|fasaane|phasaane) (?:ki|ka|ke)(?![a-z])"
            r"|(?<![a-z])(?:chaar|char|4) (?:biwi|biwiyan|biwiyaan|biwiya|bibi|bibiyan) aur"
            r" (?:chaalis|chalis|pachaas|pachas|das|bees|\d+) (?:bacche|bachche|bachhe)(?![a-z])"
            r"|(?<![a-z])(?:tukde|tukdon|tukre) (?:karega|karenge|kar dega|kar denge|karke"
            r" rakhega)[^.!?]{0,40} fridge(?![a-z])"
            r"|(?<![a-z])fridge (?:tayyar|taiyar|khali) (?:rakho|rakhna|karo|rakhiye)(?![a-z])"
            r"|(?<![a-z])(?:phir|fir|fir to|phir to) (?:burqe|burke|burkhe|burqa|burka) (?:mein"
            r"|me|main) band(?![a-z])"
            r"|(?<![a-z])bomb banana (?:seekhegi|seekhega|seekhenge|sikhayega|sikhayegi"
            r"|sikhaenge|seekh legi)(?![a-z])"
            r"|(?<![a-z])(?:muslim|musalman|musalmaan|mulle|katue|katuon) (?:ladke|ladko|ladkon"
            r"|se) (?:se )?(?:shaadi|shadi|nikah) (?:matlab|yaani|ka matlab) (?:zindagi bhar ki"
            r" |umar bhar ki )?(?:gulaami|gulami|narak|maut|tukde|burqa|qaid)(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.88,
        "trope",
    ),
    # round 611 (set 1534, a blind woman qualifies as a barrister): her eyes mocked ("she
    # won't see the evidence either"; not "she'll hear the evidence better"), the dog who
    # sees ("at least one of them can see what's going on"; not "the jury will have
    # something to smile at"), her carer ("Who's going to read her the briefs, her
    # carer?"; not "her clerk?"), "I wouldn't want a cripple defending me" (not "a
    # rookie"), a mole's stick ("tapping around the courtroom with her stick like a lost
    # mole"), "Charity case barrister" (not "Second career barrister"), the dog's thinking
    # ("Poor dog has to do all the thinking"; not "Poor clerk has to do all the filing"),
    # "They'll let anyone in now, blind, deaf, daft, the lot" (not "state school, mature
    # students")
    (
        frozenset({"evidence", "see", "carer", "cripple", "mole", "charity", "thinking"})
        | frozenset({"blind", "deaf"}),
        re.compile(
            r"(?<![a-z])(?:she|he) (?:won'?t|can'?t|cannot|will not|couldn'?t) see the"
            r" (?:evidence|witnesses|jury|judge|exhibits) (?:either|anyway|lol|haha)(?![a-z])"
            r"|(?<![a-z])at least (?:the dog|her dog|his dog) (?:can|could) see(?![a-z])"
            r"|(?<![a-z])who'?s (?:going|gonna) to (?:read|do|write|carry|hold)(?: [a-z']+){0,4}"
            r",? (?:her|his) carer\?"
            r"|(?<![a-z])(?:want|have|hire|trust|need) a (?:cripple|spastic|spaz|retard|mong"
            r"|blind bat) (?:defending|representing|running|doing|operating|teaching|treating"
            r"|flying|driving)(?![a-z])"
            r"|(?<![a-z])with (?:her|his|their) (?:white )?(?:stick|cane) like a (?:lost |blind"
            r" )?(?:mole|bat)(?![a-z])"
            r"|(?<![a-z])charity case (?:barrister|lawyer|doctor|mp|presenter|actor|actress"
            r"|teacher|appointment|hire|judge|minister|councillor)(?![a-z])"
            r"|(?<![a-z])(?:poor|the|her|his) dog (?:has|will have|'ll have|'s got|has got) to"
            r" do (?:all )?(?:the|her|his) thinking(?![a-z])"
            r"|(?<![a-z])(?:anyone|anybody) in now[,:;]* (?:the )?(?:blind|deaf|dumb|cripples"
            r"|spastics|retards)(?![a-z])"
        ),
        INSULT,
        0.9,
        "cruelty",
    ),
    # round 612 (set 1535, a black family buys a Cotswolds manor): the neighbourhood gone
    # ("There goes the neighbourhood, the manor will be a crack den by summer"; not "a
    # wedding venue"), "jungle drums" for the fete (not "a brass band"; the gossip's
    # "heard it on the jungle drums" is left), "a spear hunt" (not "a drag hunt"), the
    # tribe to follow ("wait till the rest of the tribe turns up"; not "the heating
    # bill"), a banana to feel at home ("Put a banana on the gatepost, make them feel at
    # home"; not "a wreath ... welcome"), "Slaves bought the big house" (not "Teachers"),
    # paid in chicken (not "in commission"), "the cotton pickers to finally own some land"
    # (not "the young couple")
    (
        frozenset({"neighbourhood", "neighborhood", "drums", "spear", "tribe", "clan"})
        | frozenset({"banana", "bananas", "slaves", "chicken", "watermelon", "watermelons"})
        | frozenset({"cotton", "kfc"}),
        re.compile(
            r"(?<![a-z])there goes the (?:neighbourhood|neighborhood)[^.!?]{0,40} (?:crack"
            r"|drugs?|gangs?|ghetto|jungle|zoo)(?![a-z])"
            r"|(?<![a-z])(?:new attraction|new sound|soundtrack|music)[,:;]* jungle drums"
            r"(?![a-z])"
            r"|(?<![a-z])(?:replaced|swapped|replace|swap) with a spear(?: hunt| throw)?"
            r"(?![a-z])"
            r"|(?<![a-z])lord of the flies[^.!?]{0,60} (?:tribe|clan)(?![a-z])"
            r"|(?<![a-z])bananas?(?: [a-z']+){0,5}[,.;]* make (?:them|him|her) feel (?:at home"
            r"|welcome)(?![a-z])"
            r"|(?<![a-z])slaves (?:bought|own|owning|buying) the (?:big house|manor|plantation"
            r"|estate|mansion)(?![a-z])"
            r"|(?<![a-z])paid in (?:fried chicken|chicken|watermelons?|bananas|kfc)(?![a-z])(?!"
            r" feed)"
            r"|(?<![a-z])cotton pickers? (?:to|finally|now|own|owning|bought|buying|moved"
            r"|moving|living)(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.88,
        "trope",
    ),
    # round 613 (set 1536, a Roma boy wins a national spelling bee): "can't spell his way
    # out of a caravan" (not "into Oxford"), a tarmac drive and another's copper ("Next
    # year's prize: a tarmac drive and somebody else's copper"; not "a book token"),
    # married off as a child ("They'll marry him off at twelve anyway"; not "send him to
    # grammar school"), an eviction to spell ("Can he spell "council eviction notice"
    # yet?"; not "onomatopoeia"), thanks owed to the taxpayer ("Roma kids should be
    # spelling "thank you" to the taxpayer first"; not "given the same chances"), a field
    # taken ("they'll still write "keep out" on your field"; not "get marked down")
    (
        frozenset({"caravan", "caravans", "copper", "lead", "marry", "eviction", "thank"})
        | frozenset({"keep"}),
        re.compile(
            r"(?<![a-z])can'?t (?:spell|read|think|talk|fight|write) (?:his|her|their) way out of"
            r" (?:a|the|his|her|their) (?:caravan|camp|trailer)(?![a-z])"
            r"|(?<![a-z])tarmac (?:drive|driveway) and (?:somebody|someone)(?: else)?'?s"
            r" (?:copper|lead|scrap|catalytic)(?![a-z])"
            r"|(?<![a-z])marry (?:him|her|them) off at (?:ten|eleven|twelve|thirteen|fourteen"
            r"|1[0-4])(?![a-z0-9])"
            r"|(?<![a-z])can (?:he|she|they) spell\W{1,3}(?:council )?(?:eviction|benefits"
            r"|dole|asbo)(?![a-z])"
            r"|(?<![a-z])(?:should|must|ought to) be (?:spelling|saying|writing)\W{1,3}thank"
            r" you\W{1,3}to the taxpayers?(?![a-z])"
            r"|(?<![a-z])(?:write|writing|put|paint|painting|spray) \W?keep out\W{0,3} on your"
            r" (?:field|land|farm|lawn|gate|park)(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.88,
        "trope",
    ),
    # round 614 (set 1537, a vegetable seller's daughter made a judge, in Hinglish): her
    # rulings called halal ("ab faisle bhi halal honge"; not "jaldi honge"), by the Quran
    # ("Quran se faisla hoga"), "shariah court ki qazi", Hindus hanged by her ("Hindu
    # aaropiyon ko ... ye sabko phansi degi"; not "ye sabko jaldi sunegi"), "Burqe mein
    # judge, bas yahi dekhna baaki tha" (not "Gaon se judge"), spit ("pehle sabzi mein
    # thookte the"; not "sabzi bechte the"), a job as treason ("Aise logon ko sarkari naukri
    # dena desh se gaddari hai"; not "desh ki jeet hai")
    (
        frozenset({"halal", "quran", "kuran", "koran", "shariah", "sharia", "shariat"})
        | frozenset({"phansi", "faansi", "fansi", "burqe", "burke", "burkhe", "burqa"})
        | frozenset({"burka", "thookte", "thukte", "gaddari", "gadaari"}),
        re.compile(
            r"(?<![a-z])(?:faisle|faisla|nyay|insaaf) (?:bhi )?halal (?:honge|hoga|hogi|karegi"
            r"|karega|milega)(?![a-z])"
            r"|(?<![a-z])(?:quran|kuran|koran|shariah|sharia|shariat) se (?:faisla|faisle|nyay"
            r"|insaaf) (?:hoga|honge|karegi|karega|degi|dega|milega)(?![a-z])"
            r"|(?<![a-z])(?:shariah|sharia|shariat) (?:court|adalat) ki (?:qazi|kazi|judge)"
            r"(?![a-z])"
            r"|(?<![a-z])(?:hindu|hinduon|hindus) (?:aaropiyon|aaropi|logon|ladkon|ladke)"
            r"[^.!?]{0,60} (?:phansi|faansi|fansi) (?:degi|dega|denge|dilayegi)(?![a-z])"
            r"|(?<![a-z])(?:burqe|burke|burkhe|burqa|burka) (?:mein|me|wali) [a-z]+,? (?:bas )?"
            r"(?:yahi|yehi) (?:dekhna|din dekhna) baaki(?![a-z])"
            r"|(?<![a-z])(?:ye log|yeh log|ye sab|in logon|inki qaum|ye qaum) (?:pehle |to |toh )?"
            r"(?:sabzi|khane|khana|roti|fal|phal|juice|biryani|chai) (?:mein|me|pe|par)"
            r" (?:thookte|thukte|thook|thuk) (?:the|hain|hai|rahe)(?![a-z])"
            r"|(?<![a-z])(?:aise|in|un|inke jaise|unke jaise) logon ko (?:sarkari )?(?:naukri"
            r"|job|kursi|pad) (?:dena|dene) desh se (?:gaddari|gadaari|gaddaari|dhokha)"
            r"(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.88,
        "trope",
    ),
    # ... her father's cart stoned ("Iske abba ke thele pe pathar feko"; not "sabzi lo"),
    # a bomb in her court ("Jaise hi faisla uske khilaf jaaye, bomb fat jayega court mein";
    # not "appeal ho jayegi high court mein")
    (
        frozenset({"pathar", "patthar", "pattar", "bomb"}),
        re.compile(
            r"(?<![a-z])(?:thele|dukaan|dukan|ghar|gaadi|rehdi) (?:pe|par) (?:pathar|patthar"
            r"|pattar) (?:feko|fenko|phenko|maaro|maro|barsao)(?![a-z])"
            r"|(?<![a-z])bomb (?:fat|phat) (?:jayega|jaega|jaayega|jaenge) (?:court|school"
            r"|office|mandir|ghar|yahan|adalat)(?![a-z])"
        ),
        THREAT,
        0.9,
        "intimidation",
    ),
    # round 615 (set 1538, a woman with Down's syndrome opens a cafe): drool ("anything
    # they've dribbled on"; not "with that much sugar in it"), the chromosome charged for
    # ("Do they charge extra for the extra chromosome"; not the doctor's "caused by an extra
    # chromosome"), screened out ("Should have been screened out"; not "opened years
    # ago"), "the Downs girl", "mongy", "A cafe run by vegetables" (not "by volunteers")
    (
        frozenset({"dribbled", "drooled", "slobbered", "chromosome", "screened", "downs"})
        | frozenset({"mongy", "vegetables", "cabbages", "vegetable"}),
        re.compile(
            r"(?<![a-z])anything (?:they'?ve|they have|she'?s|he'?s|she has|he has) (?:dribbled"
            r"|drooled|slobbered) (?:on|in|over|into)(?![a-z])"
            r"|(?<![a-z])(?:charge|pay|price|discount|tip)(?: [a-z']+){0,4} (?:for|on) the extra"
            r" chromosome(?![a-z])"
            r"|(?:^|[.!?] *|(?:she|he|they|these|those|kids like (?:her|him|that)|people like"
            r" (?:her|him|them)) )should(?: have|'ve) been screened out(?![a-z])"
            r"|(?<![a-z])(?:the|that|a|this) downs (?:girl|boy|kid|lad|woman|man|lass)(?![a-z])"
            r"|(?<![a-z])mongy(?![a-z])"
            r"|(?<![a-z])run by (?:vegetables|cabbages|a vegetable|a bunch of vegetables|retards"
            r"|mongs|spastics)(?![a-z])"
        ),
        INSULT,
        0.9,
        "cruelty",
    ),
    # round 616 (set 1539, a Ghanaian-led church buys an old cinema): "to the witch
    # doctors" (not "to the charity shops"), chickens sacrificed ("They'll be sacrificing
    # chickens in the projection room"; not "holding choir practice"), boats paid for ("the
    # collection plate pays for a few more boats over"; not "a new roof"), "congregation on
    # benefits, the African dream" (not "the prosperity gospel racket"), a stabbing the
    # miracle ("The only miracle will be if nobody gets stabbed"; not "if the parking
    # doesn't jam"), "These people breed faster than they pray" (not "sing louder")
    (
        frozenset({"witch", "witchdoctors", "sacrificing", "slaughtering", "boats", "dream"})
        | frozenset({"stabbed", "shot", "robbed", "mugged", "breed", "multiply"}),
        re.compile(
            r"(?<![a-z])to the witch ?doctors?(?![a-z])"
            r"|(?<![a-z])(?:they'?ll|they will|she'?ll|he'?ll|they'?re|they are|she will|he"
            r" will) be (?:sacrificing (?:a |the )?(?:goats?|chickens?|cockerels?|hens?)"
            r"|slaughtering (?:a |the )?(?:goats?|chickens?|cockerels?|hens?) (?:in|on|at) the"
            r" (?:front yard|back garden|garden|yard|altar|street|office|church|kitchen|trading"
            r" floor|park|projection room))(?![a-z])"
            r"|(?<![a-z])pays? for (?:a few |some )?(?:more )?boats (?:over|across)(?![a-z])"
            r"|(?<![a-z])on benefits,? the (?:african|nigerian|somali|ghanaian|immigrant|migrant"
            r"|asylum) dream(?![a-z])"
            r"|(?<![a-z])only miracle (?:will be|would be|is|'ll be) if nobody gets (?:stabbed"
            r"|shot|robbed|mugged)(?![a-z])"
            r"|(?<![a-z])(?:breed|breeding|multiply) faster than (?:they|them)(?![a-z])(?! can"
            r"| could| are| were)"
        ),
        IDENTITY_ATTACK,
        0.88,
        "trope",
    ),
    # ... "Hope the roof comes in on the first Sunday, full house" (not "Hope the roof holds
    # on the first Sunday")
    (
        frozenset({"roof", "ceiling", "building", "walls", "floor"}),
        re.compile(
            r"(?<![a-z])hope the (?:roof|ceiling|building|walls|floor|balcony) (?:comes|falls"
            r"|caves|collapses|crashes) (?:in |down )?(?:on|during)[^.!?]{0,40} (?:full house"
            r"|packed|congregation|sunday|service|prayers|them all)(?![a-z])"
        ),
        THREAT,
        0.9,
        "harm_wish",
    ),
    # the sixty-first session's rounds 617-620 (sets 1540-1543): a Sikh woman made a High
    # Court judge: the courts to "smell of dal" (not "will have a new wing", nor a
    # classroom that smells of curry after lunch), "her lot were smuggled in the back of
    # lorries" (not "her parents came over in the sixties"), a turban and the country
    # "handed over without a vote" (not "another woman on the bench"), "judge, jury and
    # kirpan" (not "... and appeal court")
    (
        frozenset({"smell", "smells", "stink", "stinks", "reek", "reeks", "smuggled"})
        | frozenset({"sneaked", "snuck", "trafficked", "shipped", "jury", "turban", "turbans"})
        | frozenset({"hijab", "hijabs", "burqa", "burqas", "burka", "burkas", "niqab"})
        | frozenset({"niqabs", "kippah", "skullcap"}),
        re.compile(
            r"(?<![a-z])(?:old bailey|court|courts|courtroom|bench|benches|chamber|commons"
            r"|parliament|senate|classroom|town hall|police station|station|ward|cabinet)"
            r" (?:will |would |is going to |to |now |already )(?:smell|smells|stink|stinks"
            r"|reek|reeks) (?:of|like) (?:curry|dal|daal|masala|spices?|biryani|kebabs?"
            r"|samosas?)(?![a-z])"
            r"|(?<![a-z])(?:her|his|their|your) (?:lot|kind|tribe|clan)"
            r" (?:were|was|got|all got|came|come|are|get) (?:smuggled|sneaked|snuck|trafficked"
            r"|shipped) (?:in|over) (?:in |on )?(?:the back of )?(?:a |the )?(?:lorr(?:y|ies)"
            r"|trucks?|boats?|dinghies|dinghy|containers?)(?![a-z])"
            r"|(?<![a-z])(?:turban|turbans|hijab|hijabs|burqa|burqas|burka|burkas|niqab|niqabs"
            r"|kippah|skullcap)(?![a-z])[^.!?\n]{0,60}?(?:country|nation|britain|england"
            r"|london|the west)(?:'s| has| is)? (?:been |being )?(?:handed over|given away"
            r"|surrendered|taken over)(?![a-z])"
            r"|(?<![a-z])judge,? jury and (?:kirpan|scimitar|suicide vest|machete)(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.88,
        "trope",
    ),
    # ... a Muslim bowler made India's vice-captain, in Hinglish: "match fixing bhi halal
    # hogi" (not "discipline bhi aayega"), "ye log ... apne jaise bhar dete hain" (not "ye
    # selectors ... apne favourite"), "chand tara bhi lagwa do" on his jersey (not "naam aur
    # number"), "asli captain toh Lahore mein" (not "asli coach toh Ranji mein"), seated for
    # the national anthem (not "national team ka captain bhi banega"), "Pakistan se
    # haarenge toh iska dil khush hoga" (not "poore desh ka dil tootega")
    (
        frozenset({"halal", "jaise", "chand", "asli", "anthem", "rashtragan", "mataram", "gana"})
        | frozenset({"khush"}),
        re.compile(
            r"(?<![a-z])(?:match fixing|fixing|chori|dhokha|cheating|ghotala|jhooth|loot"
            r"|beimaani|ghuspaith) bhi halal (?:hogi|hoga|hoge|hai|ho jayegi|ho jayega|ho"
            r" jaayegi|ho jaayega)(?![a-z])"
            r"|(?<![a-z])(?:ye|yeh|in|inke) log\w* [^.!?\n]{0,40}?apne jaise (?:bhar|bharte"
            r"|le aate|ghusa|ghusate|bula)\w*"
            r"|(?<![a-z])(?:jersey|kurta|topi|uniform|helmet|badge|cap|shirt)\w* (?:pe|par) chand"
            r" (?:tara|taara|sitara) (?:bhi )?(?:lagwa|laga|chipka|silwa|print)\w*"
            r"|(?<![a-z])asli (?:captain|kaptaan|malik|boss|neta|aaka|aaqa|mulk|watan|desh"
            r"|wafadari|imaan) (?:toh |to )?(?:lahore|karachi|islamabad|pakistan|rawalpindi)"
            r"(?![a-z])"
            r"|(?<![a-z])(?:national anthem|rashtragan|jana gana mana|vande mataram)\w* (?:pe"
            r"|par|ke time|ke waqt|ke samay|mein) (?:bhi )?(?:baitha|baithe|baithi) (?:hi )?"
            r"(?:rahega|rahegi|rahenge)(?![a-z])"
            r"|(?<![a-z])pakistan (?:se )?(?:haar|har|jeet)\w*[^.!?\n]{0,20}? (?:iska|uska"
            r"|inka|unka|iske|uske) dil khush(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.88,
        "trope",
    ),
    # ... a Traveller site approved: sheds padlocked "before the first caravan rolls in"
    # (not the road widened before it); an autistic boy wins a maths olympiad: "the
    # spectrum is the new excuse for every weird kid" (not "the olympiad is the new stage
    # for every bright kid"), "Rain Man does algebra" (not "rain or shine he did algebra")
    (
        frozenset({"caravan", "caravans", "travellers", "travelers", "gypsies", "gipsies"})
        | frozenset({"pikeys", "roma", "excuse", "rain", "rainman"}),
        re.compile(
            r"(?<![a-z])(?:padlock|padlocked|lock up|locked up|lock|locked|chain up|chained"
            r"|bolt down|nail down|hide|hidden)\w*[^.!?\n]{0,40}? (?:before|when|once|as soon"
            r" as) (?:the )?(?:first )?(?:caravans?|travellers|travelers|gypsies|gipsies|pikeys"
            r"|roma) (?:rolls? in|rolls? up|arrives?|turns? up|moves? in|gets? here|pulls? in"
            r"|comes?|shows? up)(?![a-z])"
            r"|(?<![a-z])(?:the spectrum|autism|adhd|dyslexia|being autistic|aspergers"
            r"|asperger'?s) is (?:the new|just an?|just the|only an?|an?) (?:new )?excuse for"
            r" (?:every |all |any )?(?:weird|bad|naughty|lazy|badly behaved|rude|spoilt|spoiled"
            r"|feral|thick) (?:kids?|children|brats|parenting|behaviour|people|teenagers)"
            r"(?![a-z])"
            r"|(?<![a-z])rain ?man(?:'s)? (?:does|did|doing|strikes|counts|counting|over here"
            r"|at it)(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.88,
        "trope",
    ),
    # ... and what the news head held before the rules: a judge to "let off anyone with a
    # beard and a bangle" (not "be fair to anyone"), "checks her handbag for a sword" (not
    # "checks the court's heating"), "ab namaz ki chatai bichegi" (not "naye kit bag
    # aayenge"), "iski bowling mein bhi jihad hai" (not "bhi aag hai"), "they'll have the
    # lead off the church roof" (not "the pitches finished"), "lock up your daughters and
    # your quad bikes" (not "your bins"), "bet he rocks back and forth while he solves
    # them" (not "works through the night")
    (
        frozenset({"let", "acquit", "easy", "favour", "favor", "sword", "kirpan", "knife"})
        | frozenset({"dagger", "bomb", "explosives", "vest", "namaz", "side"})
        | frozenset({"jihad", "lead", "daughters", "rock", "rocks", "rocking"}),
        re.compile(
            r"(?<![a-z])(?:let off|acquit|go easy on|favour|favor|side with) (?:anyone|everyone"
            r"|all|those|people|anybody) (?:with|in|wearing) (?:a |an )?(?:beard|turban|hijab"
            r"|bangle|kara|burqa|burka|skullcap|kippah|topi)(?![a-z])"
            r"|(?<![a-z])(?:hope|hope someone|someone should|somebody should|better|make sure"
            r" (?:they|someone|security)) (?:\w+ )?(?:checks?|searches|search) (?:her|his|their)"
            r" (?:handbag|bag|turban|burqa|burka|hijab|rucksack|backpack|pockets) for (?:a |an"
            r" )?(?:sword|kirpan|knife|dagger|bomb|explosives|suicide vest|vest)(?![a-z])"
            r"|(?<![a-z])ab namaz (?:ki chatai|ka carpet) (?:bichegi|bichhegi|bichhayi jayegi)"
            r"(?![a-z])"
            r"|(?<![a-z])(?:iski|uski|inki|unki|iske|uske|inke|unke) \w+ (?:mein|me) bhi jihad"
            r"(?![a-z])"
            r"|(?<![a-z])(?:they'?ll|they will|they'?d|they would) (?:have|nick|steal|strip)"
            r" (?:the )?lead off (?:the )?(?:church )?roof(?![a-z])"
            r"|(?<![a-z])lock up your daughters and your (?:quad bikes|bikes|tools|sheds|cars"
            r"|vans|valuables|horses|dogs|lawnmowers|trailers)(?![a-z])"
            r"|(?<![a-z])(?:bet|betcha|probably|i bet) (?:he|she|they) (?:\w+ )?(?:rocks?"
            r"|rocking) back and forth(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.88,
        "trope",
    ),
    # rounds 621-624 (sets 1544-1547): a Bangladeshi-born mayor: "mayor of Oldham or mayor
    # of Dhaka" (not "... of Rochdale"), "the whole north will be Bangladesh with rain" (not
    # "flooded with rain"), "her husband's probably got four more wives" (not "the kettle
    # on"); a Dalit woman made a temple's priest, in Hinglish: "ye log ab mandir bhi
    # apavitra karenge" (not "sambhalenge"), the temple washed with Ganga water after her
    # (not a tanker for the fair), "unki asli jagah gaon ke bahar" (not "asli pehchaan gaon
    # ke school mein"), "quota se pujari bhi ban gaye" (not "exam se"); a Chinese-born
    # vice-chancellor: "her soup recipes, bats are protected here" (not "her old rules");
    # a wheelchair user elected: "half a person, full salary" (not "half the turnout"),
    # "stayed in the home with the rest of them" (not "in the race")
    (
        frozenset({"dhaka", "karachi", "lahore", "islamabad", "kabul", "mogadishu", "lagos"})
        | frozenset({"sylhet", "mirpur", "wives", "apavitra", "gangajal", "jagah", "quota"})
        | frozenset({"bats", "bat", "half", "rest", "rain", "drizzle", "weather"}),
        re.compile(
            r"(?<![a-z])(?:mayor|mp|councillor|leader|minister|prime minister|pm) of \w+(?: \w+)?"
            r" or (?:mayor|mp|councillor|leader|minister|prime minister|pm) of (?:dhaka|sylhet"
            r"|mirpur|karachi|lahore|islamabad|kabul|mogadishu|lagos)(?![a-z])"
            r"|(?<![a-z])(?:will be|is|is now|becoming|turned into|just) (?:\w+ )?(?:bangladesh"
            r"|pakistan|somalia|mogadishu|karachi|lagos|kabul|africa|the third world) with"
            r" (?:rain|drizzle|bad weather|worse weather)(?![a-z])"
            r"(?! (?:delays?|stopp|interrupt|forecast|expected|later))"
            r"|(?<![a-z])(?:husband|he|his dad|father)(?:'s| has| is|'ll have)? (?:probably )?"
            r"(?:got|have|has) (?:three|four|five|a few|two) (?:more|extra) wives"
            r"(?![a-z])"
            r"|(?<![a-z])(?:ye|yeh|in|inke) log\w* [^.!?\n]{0,30}?apavitra (?:karenge|kar denge"
            r"|kar diya|kar rahe|karte)\w*"
            r"|(?<![a-z])gangajal[^.!?\n]{0,40}?(?:mandir|ghar|kuan|kuaan|rasoi)\w* (?:ko )?"
            r"(?:dhona|dhulwana|dhulana|shuddh karna) (?:padega|padegi|hoga)(?![a-z])"
            r"|(?<![a-z])(?:inki|unki|iski|uski|in logon ki|tumhari) (?:asli jagah (?:toh |to )?"
            r"(?:gaon|mandir|shehar|basti)\w* ke bahar|jagah (?:toh |to )?gaon\w* ke bahar"
            r"(?: h| hai| he| thi)? ?,? (?:wahi|wahin|waha|wahan) rehna)(?![a-z])"
            r"|(?<![a-z])quota se (?:pujari|doctor|judge|ias|officer|engineer|professor|teacher"
            r"|pilot|mantri|neta)\w* bhi (?:ban|bana|aa)\w*"
            r"|(?<![a-z])(?:her|his|their) (?:soup|recipes?|cooking|menu)[^.!?\n]{0,30}? (?:bats?"
            r" (?:are|is|were) protected|bat soup|bats? on the menu)(?![a-z])"
            r"|(?:^|[.!?]\s*)half a (?:person|woman|man|human)(?![a-z'])"
            r"|(?<![a-z])(?:stayed|stay|kept|keep|put|belongs?|be) in (?:a|the) (?:care )?home"
            r" with the rest of them(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.88,
        "trope",
    ),
    # rounds 625-628 (sets 1548-1551): an Ethiopian-born runner wins the London Marathon:
    # "running from the police finally paid off" (not "through the winter"), "they've been
    # chasing their dinner since they could walk" (not "training at altitude"), the Home
    # Office "checking if she ran all the way here" (not the sponsors ... "in those shoes"),
    # a banana "like the rest of the chimps" (not a blanket "like the rest of the
    # runners"), "natural athletes, shame about the brains" (not "natural talent, shame
    # about the weather"), "plastic Brit" (not "proud Brit"), the prize money sent "home to
    # buy goats" (not to her club), "running off with our jobs" (not "the course was flat")
    (
        frozenset({"running", "chasing", "hunting", "ran", "run", "swam", "swum", "walked"})
        | frozenset({"rowed", "paddled", "rest", "athletes", "plastic", "goats", "goat", "cows"})
        | frozenset({"cow", "camels", "camel"}),
        re.compile(
            r"(?<![a-z])running (?:from|away from) (?:the )?(?:police|cops|feds|immigration"
            r"|border force|home office) (?:finally |really |has |must have )?(?:paid off|pays"
            r" off|came in handy|comes in handy)(?![a-z])"
            r"|(?<![a-z])(?:they'?ve|they have|she'?s|she has|he'?s|he has) been (?:chasing"
            r"|hunting|running after) (?:their|her|his) (?:dinner|food|lunch|meals?)(?![a-z])"
            r"|(?<![a-z])home office[^.!?\n]{0,40}? (?:ran|run|swam|swum|walked|rowed|paddled)"
            r" all the way here(?![a-z])"
            r"|(?<![a-z])(?:like|with|as|than) the rest of the (?:chimps|chimpanzees|monkeys"
            r"|apes|gorillas|baboons)(?![a-z])"
            r"|(?<![a-z])natural athletes,? (?:shame|pity|but|not) (?:about )?(?:the )?"
            r"(?:brains?|intelligence|iq|smarts)(?![a-z])"
            r"|(?<![a-z])plastic (?:brit|brits|briton|britons)(?![a-z])"
            r"|(?<![a-z])(?:prize money|winnings|salary|wages|benefits)[^.!?\n]{0,30}? home to"
            r" buy (?:goats|cows|camels|a goat|a cow|a camel)(?![a-z])"
            r"|(?<![a-z])(?:they|them|they'?ve|they have)[^.!?\n]{0,40}? running off with our"
            r" (?:jobs|women|benefits|houses)(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.88,
        "trope",
    ),
    # ... a Kashmiri Muslim girl tops her board exams, in Hinglish: stone-pelting she had
    # time off from (not tuition), "ye topper bhi Pakistan ka jhanda lehrayegi" (not "IIT ka
    # form bharegi"), marks "border paar se" (not after revaluation), "bomb banane ka
    # syllabus" (not "doctor banne ka sapna"), "rahenge toh pathar baaz hi" (not "naam
    # roshan karenge"), cheating hidden "burqe mein" (not "library mein padhai"), "azadi ke
    # naare" after winning (not "mehnat karte rahenge"), "aatankwadi ki behen bhi" (not
    # "mazdoor ki beti bhi"), "ab inko bhi hatao" (not "inko coaching bhi milegi")
    (
        frozenset({"pathar", "patthar", "jhanda", "border", "bomb", "burqe", "burke", "azadi"})
        | frozenset({"aatankwadi", "atankwadi", "aatanki", "terrorist", "jihadi", "patharbaaz"})
        | frozenset({"patharbaz", "burqa", "burka", "burkhe", "370"}),
        re.compile(
            r"(?<![a-z])(?:pathar|patthar) (?:fenkne|phenkne|fekne|phekne|bazi|baazi)\w* se"
            r" fursat(?![a-z])"
            r"|(?<![a-z])(?:ye|yeh|woh|wo|ab|agle saal)[^.!?\n]{0,30}? bhi pakistan(?:i)? (?:ka )?"
            r"jhanda (?:lehra|fehra|phehra|laga)\w*(?:egi|ega|enge)(?![a-z])"
            r"|(?<![a-z])(?:marks|number|numbers|degree|result) (?:bhi )?(?:shayad )?border"
            r" (?:paar|par) se (?:aaye|aaya|aayi|aate|mile|mila|milte)(?![a-z])"
            r"|(?<![a-z])bomb banane ka (?:syllabus|course|degree|coaching|tuition)(?![a-z])"
            r"|(?<![a-z])(?:rahenge|rahega|rahegi|banenge|banega) (?:toh |to )?(?:pathar ?baaz"
            r"|patthar ?baaz|pathar ?baz|aatankwadi|terrorist|jihadi)\w* hi(?![a-z])"
            r"|(?<![a-z])(?:burqe|burke|burqa|burka|burkhe) (?:mein|me) (?:nakal|chit|parchi)"
            r"(?![a-z])"
            r"|(?<![a-z])(?:ye|yeh|in) log\w* [^.!?\n]{0,40}?(?:bhi|phir bhi) azadi ke na+re"
            r" (?:lagayenge|lagaenge|lagaayenge|lagayegi)(?![a-z])"
            r"|(?<![a-z])(?:aatankwadi|atankwadi|aatanki|terrorist)\w* ki (?:behen|behan|beti"
            r"|bhatiji|bhanji) bhi (?:padhai|padh|topper|tez|pass|doctor|ias)(?![a-z])"
            r"|(?<![a-z])370 hata\w*[^.!?\n]{0,20}? ab (?:inko|unko|in logon ko|inhe|unhe) bhi"
            r" (?:hatao|nikalo|bhagao|hata do|nikal do|bhaga do)(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.88,
        "trope",
    ),
    # ... a Jewish woman leads Barnet council: "the voters or Tel Aviv?" (not "or the party
    # whips?"), "another one of the tribe" (not "of the old guard"), "her lot are at
    # running Gaza" (not "the last lot were at running the bins"), "globalist takeover"
    # (not "Labour takeover"), "plays the Holocaust card" (not "the budget card"); a gay
    # couple adopt: "two dads, zero chance of turning out normal" (not "finally one home"),
    # children handed "to that" (not "took their time"), an eye on "the bath times" (not
    # "the school run"), boys "wearing dresses by Christmas" (not "matching jumpers"),
    # "grooming dressed up as adoption" (not "fostering turned into"), "which one of them is
    # the mother" (not "the cook"), "can't make their own so they take ours" (not
    # "couldn't foster before"), "the alphabet mafia" (not "foster carers")
    (
        frozenset({"aviv", "israel", "mossad", "netanyahu", "tribe", "gaza", "palestine"})
        | frozenset({"globalist", "globalists", "mom", "wife", "woman", "girl"})
        | frozenset({"holocaust", "normal", "children", "kids", "child", "babies", "bath"})
        | frozenset({"bathtime", "bathtimes"})
        | frozenset({"dresses", "grooming", "mother", "mum", "ours", "alphabet"}),
        re.compile(
            r"(?<![a-z])(?:the )?(?:voters|people|public|residents|constituents|country|britain"
            r"|uk|council|borough) or (?:tel aviv|israel|mossad|the israelis|netanyahu)\s*\?"
            r"|(?<![a-z])(?:another|one) (?:one )?of the tribe (?:put|placed|given|in charge"
            r"|at the top|running|runs|elected|appointed|promoted|gets|got|taking|takes)(?![a-z])"
            r"|(?<![a-z])(?:her|his|their) lot (?:are|is|were) (?:at )?(?:running|bombing"
            r"|flattening) (?:gaza|the west bank|palestine)(?![a-z])"
            r"|(?<![a-z])globalists? (?:takeover|take over|plot|cabal|puppets?|bankers?)(?![a-z])"
            r"|(?<![a-z])(?:play|plays|playing|played|pull|pulls|pulled) the holocaust card"
            r"(?![a-z])"
            r"|(?<![a-z])(?:two dads|two mums|two mothers|two fathers|gay parents|gay couple)"
            r"[^.!?\n]{0,30}? (?:no|zero|little) chance (?:of )?(?:turning out|growing up|being)"
            r" normal(?![a-z])"
            r"|(?<![a-z])(?:handing|hand|handed|giving|give|gave) (?:children|kids|the kids|a"
            r" child|babies) (?:over )?to that\s*(?:$|[.!?])"
            r"|(?<![a-z])(?:someone|somebody|social services) (?:keeps?|should keep|needs to"
            r" keep|better keep) an eye on (?:the )?bath ?times?(?![a-z])"
            r"|(?<![a-z])poor (?:boys|lads|sons|kids)[^.!?\n]{0,20}? (?:will be |be )?wearing"
            r" dresses (?:by|before|soon)(?![a-z])"
            r"|(?<![a-z])grooming (?:dressed up|disguised|masquerading|passed off) as"
            r" (?:adoption|fostering|education|parenting|love)(?![a-z])"
            r"|(?<![a-z])which (?:one )?of them is the (?:mother|mum|mom|wife|woman|girl),? then"
            r"(?![a-z])"
            r"|(?<![a-z])can'?t (?:make|have|breed) their own so they (?:take|steal|recruit"
            r"|grab) ours(?![a-z])"
            r"|(?<![a-z])alphabet (?:mafia|people|brigade|gang|cult|mob)(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.88,
        "trope",
    ),
    # rounds 629-632 (sets 1552-1555): an Afghan interpreter joins the Army: "see which way
    # he points it" (not "how fast he picks them up"), "Trojan horse with a beard" (not "old
    # soldier with a beard"), "green on blue waiting to happen" (not "long career"), "our
    # lads died over there so his lot could come over here" (not "served ... alongside
    # men like him"), "still Taliban underneath" (not "still a civilian at heart"), the dogs
    # to "sniff him on the way in" (not "behave"), family back home "cheering for the
    # other side" (not "proud of him"); a black headteacher knighted: "Sir Quota" (not "Sir
    # Headteacher"), "expelling all the white kids" (not "hiring good teachers"), "for not
    # stabbing anyone" (not "not losing a single teacher"), "first one in his family to know
    # his father" (not "to go to university"), the silver counted after the ceremony (not
    # a reception), "from the jungle to Buckingham Palace" (not "from the council estate")
    (
        frozenset({"point", "points", "trojan", "green", "died", "fought", "bled", "taliban"})
        | frozenset({"jihadi", "isis", "qaeda"})
        | frozenset({"terrorist", "dogs", "side", "quota", "expelling", "expelled", "kicking"})
        | frozenset({"kicked", "rid", "stabbing", "father", "dad", "silver"})
        | frozenset({"spoons", "cutlery", "jungle"}),
        re.compile(
            r"(?<![a-z])see which way (?:he|she|they) points? (?:it|the gun|the rifle)(?![a-z])"
            r"|(?<![a-z])trojan horses? (?:with|in) (?:a )?(?:beard|turban|hijab|burqa|prayer"
            r" mat|uniform)(?![a-z])"
            r"|(?<![a-z])green[- ]on[- ]blue waiting to happen(?![a-z])"
            r"|(?<![a-z])(?:died|fought|bled) (?:over there )?so (?:his|her|their|that) lot"
            r" could come (?:over )?here(?![a-z])"
            r"|(?<![a-z])(?:he'?s|she'?s|they'?re|they are|he is|she is) still (?:a )?"
            r"(?:taliban|jihadi|terrorist|isis|al qaeda)s? (?:underneath|at heart|inside|deep"
            r" down)(?![a-z])"
            r"|(?<![a-z])(?:hope|let) the (?:sniffer )?dogs (?:sniff|check|search) (?:him|her)"
            r" (?:on the way in|at the gate|every morning|first)(?![a-z])"
            r"|(?<![a-z])(?:family|relatives|cousins|lot)[^.!?\n]{0,20}? back home (?:are|is"
            r"|will be) (?:cheering|rooting|praying) for the other side(?![a-z])"
            r"|(?<![a-z])sir quota(?![a-z])"
            r"|(?<![a-z])(?:expelling|expelled|kicking out|kicked out|getting rid of) all the"
            r" white (?:kids|pupils|children|teachers|staff)(?![a-z])"
            r"|(?<![a-z])for not stabbing (?:anyone|anybody|someone)(?![a-z])"
            r"|(?<![a-z])(?:first|only) (?:one )?in (?:his|her|their) family to know (?:his|her"
            r"|their) (?:father|dad)(?![a-z])"
            r"|(?<![a-z])counting the (?:silver|spoons|cutlery) after (?:that|the|his|her)"
            r" (?:ceremony|visit|reception|dinner)(?![a-z])"
            r"|(?<![a-z])from the jungle to (?:buckingham palace|the palace|downing street|the"
            r" white house|parliament|the boardroom) in (?:one|two|three|a|a single)"
            r" generations?(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.88,
        "trope",
    ),
    # ... a woman from Nagaland heads a Delhi police station, in Hinglish: "thane mein ab
    # momos ka stall" (not "mahila helpdesk"), "kutte billi kha ke" (not "chai biscuit kha
    # ke", nor "khana kutte billi kha gaye"), "Indian kam aur Chinese zyada" (not "officer
    # kam aur teacher zyada"), "inke yahan toh sab kuch khaate hain" (not "sikhate hain"),
    # "apne jungle mein hi theek the" (not "hockey mein bhi aage"), "aankhein khol ke ... oh
    # wait" (not "area bada hai"), her visa checked (not her posting letter); a trans man
    # gives birth: "whatever it calls itself, it's still got a womb" (not "whatever he
    # calls the baby", nor a company renamed), "born into a freak show" (not "a
    # heatwave"), "dragging a baby into their fantasy" (not "a pram up the stairs")
    (
        frozenset({"momos", "momo", "kutte", "kutta", "kutton", "billi", "billiyan", "chinese"})
        | frozenset({"chini", "nepali", "pakistani", "bangladeshi", "aankhe", "ankhen"})
        | frozenset({"khaate", "khate", "jungle", "jangal", "aankhein", "ankhein", "visa"})
        | frozenset({"itself", "freak", "freakshow", "fantasy", "delusion", "ideology"}),
        re.compile(
            r"(?<![a-z])(?:thane|thaane|office|court|school|daftar|vidhan sabha|sansad)\w*"
            r" (?:mein|me) ab momos? ka(?![a-z])"
            r"|(?<![a-z])(?:kutte|kutta|kutton) (?:billi|billiyan|aur billi) (?:kha ke|kha kar"
            r"|khane wal\w+)(?![a-z])"
            r"|(?<![a-z])indian kam (?:aur )?(?:chinese|chini|nepali|pakistani|bangladeshi)"
            r" zyada(?![a-z])"
            r"|(?<![a-z])(?:inke|unke|in logon ke) (?:yahan|yaha) (?:toh |to )?sab kuch (?:khaate"
            r"|khate|kha jaate|kha lete)(?![a-z])"
            r"|(?<![a-z])log apne (?:jungle|jangal|jungle)\w* (?:mein|me) (?:hi )?(?:theek|thik"
            r"|sahi) the(?![a-z])"
            r"|(?<![a-z])(?:aankhein|ankhein|aankhe|ankhen) khol\w*[^.!?\n]{0,30}? oh wait(?![a-z])"
            r"|(?<![a-z])visa (?:check|dekh)\w* (?:kar lo|karo|lo|kar) (?:iska|uska|inka|unka)"
            r"(?![a-z])"
            r"|(?<![a-z])whatever it calls itself,? (?:it'?s|it is|she'?s|he'?s) still (?:got )?"
            r"(?:a )?(?:womb|man|woman|bloke|male|female|girl)(?![a-z])"
            r"|(?<![a-z])born into a freak ?show(?![a-z])"
            r"|(?<![a-z])dragging (?:a |the |their )?(?:baby|child|children|kids?) into (?:their"
            r"|his|her) (?:fantasy|delusion|ideology)(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.88,
        "trope",
    ),
    # ... a Nigerian-born nurse named England's chief nursing officer: hands washed "more
    # than they do back in Lagos" (not a pay rise "more than they did last time"), "in her
    # village she'd be the witch doctor" (not "running the wards"), certificates "bought
    # from a prince" (not plans drawn up by a consultant), the NHS said to "stand for
    # Nigerians ..." (not "needing help soon"), "came for the free healthcare and stayed"
    # (not "came up through the wards"), patients' bank details sent home (not records sent
    # to one system), "they breed them in Lagos" (not "train them"), briefings "with
    # subtitles and a jungle drum" (not heard "on the jungle drums"), a wallet not to be
    # left on the ward when she does her rounds (not a coffee), patients dying "in a more
    # inclusive way" (not seen on time)
    (
        frozenset({"wash", "washes", "washed", "washing", "jungle", "witch", "witchdoctor"})
        | frozenset({"witchdoctors"})
        | frozenset({"prince", "stands", "healthcare", "benefits", "housing", "handouts"})
        | frozenset({"details", "breed", "wallet", "purse", "handbag", "valuables"})
        | frozenset({"inclusive", "diverse"}),
        re.compile(
            r"(?<![a-z])(?:wash|washes|washed|washing) (?:her|his|their) hands more than"
            r" (?:they|them|their lot|her lot|his lot) (?:ever )?(?:do|did) (?:back )?in"
            r" (?:lagos|africa|nigeria|india|pakistan|bangladesh|somalia|ghana|the jungle"
            r"|the village|(?:her|his|their) village)(?![a-z])"
            r"|(?<![a-z])(?:in|back in) (?:her|his|their) (?:village|country|tribe|hut"
            r"|homeland)[^.!?\n]{0,20}? (?:she|he|they)(?:'d| would| will|'ll)? be (?:the |a )?"
            r"witch ?doctors?(?![a-z])"
            r"|(?<![a-z])(?:certificates?|degrees?|qualifications?|diplomas?|papers|cv"
            r"|credentials)[^.!?\n]{0,40}? (?:bought|purchased|got) (?:from|off) (?:a |some )?"
            r"(?:nigerian )?prince(?![a-z])"
            r"|(?<![a-z])(?:nhs|bbc|uk|gb|eu|itv|tfl|cno|mps?)(?: now| really| actually)? stands"
            r" for (?:nigerians|africans|pakis|pakistanis|muslims|migrants|immigrants"
            r"|foreigners|indians|somalis|bangladeshis|illegals|asylum seekers) [a-z]+"
            r"|(?<![a-z])(?:came|come|comes) (?:here |over )?for (?:the |our )?free"
            r" (?:healthcare|nhs|benefits|housing|handouts) and stayed(?![a-z])"
            r"|(?<![a-z])another one who came (?:here |over )?for (?:the |our )?free"
            r" (?:healthcare|nhs|benefits|housing|handouts)(?![a-z])"
            r"|(?<![a-z])sending (?:the )?(?:patients'?|customers'?|voters'?|pensioners'?"
            r"|residents'?|our|people'?s) (?:bank|card|credit card) details (?:back )?home"
            r"(?![a-z])"
            r"|(?<![a-z])(?:they )?breed (?:them|em|'em) (?:in|over in|back in) (?:lagos|africa"
            r"|nigeria|pakistan|india|bangladesh|somalia|ghana)(?![a-z])"
            r"|(?<![a-z])(?:subtitles|translator|interpreter|translation)[^.!?\n]{0,20}? (?:and"
            r"|with) (?:a |the )?jungle drums?(?![a-z])"
            r"|(?<![a-z])(?:don'?t|do not|never) leave (?:your|the|any) (?:wallet|purse|handbag"
            r"|valuables)[^.!?\n]{0,30}? (?:when|while|once) (?:she|he|they)(?:'s|'re| is| are)?"
            r" (?:does|do|doing|on|around|about|visits?)(?![a-z])"
            r"|(?<![a-z])(?:die|dies|dying|be killed|get killed) in a (?:more )?(?:inclusive"
            r"|diverse) (?:way|manner|fashion)(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.88,
        "trope",
    ),
    # ... a Bihari labourer's son tops JEE Advanced, in Hinglish: "Bihari hai toh paper leak
    # karwa ke" (not "topper hai toh mehnat karke"), "ab ... bhi gutkha ke daag milenge" (not
    # "uske poster lagenge"), "ye log train ki chhat pe latak ke aate hain" (not "general
    # dabbe mein"), "Bihari ko kitna bhi padha lo, rahega toh bhaiya hi", "Mumbai se bhagao in
    # sabko" (not "bulao"), "inki aadat hai, jahan jaate hain wahan gandagi" (not "imaarat"),
    # "naya chara expert" (not "naya fan"), "beta bhi IIT mein jhaadu lagayega" (not
    # "padhega"), home for Chhath "aur wapas nahi aayega, seat barbaad", "Bihari aur dimaag?"
    (
        frozenset({"leak", "nakal", "chori", "jugaad"})
        | frozenset({"gutkha", "gutka", "paan", "khaini", "latak", "latakte", "latake"})
        | frozenset({"latakke", "lattak", "lattake", "kitna", "bhagao", "bhagaao", "khadedo"})
        | frozenset({"nikalo", "aadat", "adat", "fitrat", "nasal", "chara"})
        | frozenset({"chaara", "jhaadu", "jhadu", "pochha", "pocha", "safai", "barbaad"})
        | frozenset({"bekaar", "dimaag", "dimag", "akal"}),
        re.compile(
            r"(?<![a-z])(?:bihari|bihar ka|bihar se|bhaiya|musalman|mulla|dalit|chamar|kashmiri"
            r"|madrasi)\w* (?:hai|h|hain|he) (?:toh|to) (?:paper leak|nakal|chori|jugaad)"
            r"(?![a-z])"
            r"|(?<![a-z])(?:ab|abhi)[^.!?\n]{0,40}? bhi (?:gutkha|gutka|paan|khaini) (?:ke|ki|ka)"
            r" (?:daag|dag|nishaan|nishan|peek|pichkari)\w* (?:milenge|dikhenge|honge|lagenge"
            r"|milega|dikhega)(?![a-z])"
            r"|(?<![a-z])(?:ye|yeh|ye sab|in|inn|sab) log (?:train|rail|bus|gaadi)\w* (?:ki|ke)"
            r" (?:chhat|chat|chhaton|chaton) (?:pe|par|pr) (?:latak|lattak)\w*"
            r"|(?<![a-z])(?:bihari|biharis|bhaiya|bhaiyya|mulle|mulla|chamar|madrasi|chinki"
            r"|kashmiri|pakistani|bangladeshi)\w* ko kitna bhi (?:padha|sikha|sudhar|pehna|badal"
            r"|samjha)\w*[^.!?\n]{0,30}? (?:rahega|rahenge|rahegi) (?:toh |to )?\w+ (?:hi|hee)"
            r"(?![a-z])"
            r"|(?<![a-z])(?:mumbai|bombay|maharashtra|delhi|punjab|gujarat|assam|bangalore"
            r"|bengaluru|pune)\w* se (?:bhagao|bhagaao|khadedo|nikalo|bahar karo|bahar nikalo)"
            r" (?:in|un|inn|unn|sab|ye|yeh) (?:sab ?ko|sabhi ko|logon ko|biharion ko|bhaiyon"
            r" ko)(?![a-z])"
            r"|(?<![a-z])(?:inki|inka|unki|in logon ki|in logo ki|ye log|yeh log) (?:aadat|adat"
            r"|fitrat|nasal)[^.!?\n]{0,15}? jahan (?:bhi )?(?:jaate|jate|jaayenge|jayenge|rehte"
            r"|rahte) (?:hain|h|hai) (?:wahan|waha|vahan|wahin) (?:gandagi|kachra|ganda|gand"
            r"|bimari)\w*"
            r"|(?<![a-z])(?:naya|nayi|ek aur|agla) chaa?ra (?:expert|specialist|chor|master"
            r"|khor)(?![a-z])"
            r"|(?<![a-z])(?:beta|ladka|bachcha|baccha|ye|yeh)[^.!?\n]{0,10}? bhi (?:iit|college"
            r"|office|school|hostel|campus|university|court|sansad)\w* (?:mein|me) (?:jhaadu"
            r"|jhadu|pochha|pocha|safai)(?![a-z])"
            r"|(?<![a-z])(?:chhath|chhat|chath)[^.!?\n]{0,40}? (?:wapas|vapas) nahi (?:aayega"
            r"|ayega|aayegi|aayenge)[^.!?\n]{0,10}? seat (?:barbaad|bekaar|waste|kharab)"
            r"(?![a-z])"
            r"|(?<![a-z])(?:bihari|biharis|bhaiya|madrasi|chinki|mulla|mulle|dalit|chamar|sardar"
            r"|sardarji|kashmiri|pakistani|bangladeshi|adivasi|musalman)\w* aur (?:dimaag|dimag"
            r"|akal)(?: \?|\?| kab se| hota| hoti)"
        ),
        IDENTITY_ATTACK,
        0.88,
        "trope",
    ),
    # ... a hijab-wearing journalist to present the BBC's flagship news: the news "brought
    # to you by the Taliban" (not by "the same old faces"), the weather "with a call to
    # prayer" (not "a new map"), "we'll have to convert to follow them" (not learn a word of
    # Welsh), "tea towel on the head and she gets the top job" (not "twenty years on the
    # beat"), the "Beheading Broadcasting Corporation" (not the licence fee), her face to be
    # covered, "nobody wants to see that" (not the election covered), "Sharia by the back
    # door, one autocue at a time" (not reform, one budget at a time), "married off to her
    # cousin" (not shortlisted for an award)
    (
        frozenset({"taliban", "isis", "qaeda", "jihadi", "jihadis", "mullahs", "ayatollah"})
        | frozenset({"ayatollahs", "prayer", "convert", "towel", "teatowel", "beheading"})
        | frozenset({"bbc", "itv", "beeb", "sharia", "nobody", "cousin", "cousins"}),
        re.compile(
            r"(?<![a-z])(?:news|bulletin|programme|program|show|weather|headlines|forecast)"
            r"[^.!?\n]{0,30}? brought to you by (?:the )?(?:taliban|isis|al qaeda|al-qaeda"
            r"|jihadis?|mullahs|ayatollahs?)(?![a-z])"
            r"|(?<![a-z])(?:weather|news|headlines|forecast|bulletin|sport|programme)[^.!?\n]"
            r"{0,30}? (?:come|comes|start|starts|end|ends|open|opens) with (?:a |the )?call to"
            r" prayer(?![a-z])"
            r"|(?<![a-z])(?:have to|be made to|be forced to|need to) convert (?:to (?:islam"
            r"|follow|understand|watch|keep up)|just to)(?![a-z])"
            r"|(?<![a-z])tea ?towel (?:on|round|around) (?:the|her|his|their) heads?,? and"
            r" (?:she|he|they)(?![a-z])"
            r"|(?<![a-z])(?:bbc|itv|the beeb)[^.!?\n]{0,30}?"
            r" (?:change its name to|renamed?|rebrand\w* as|stands? for) (?:the )?(?:beheading"
            r"|bombing|jihadi?|sharia|taliban|islamic|halal|muslim|mosque)(?![a-z])"
            r"|(?<![a-z])beheading broadcasting(?![a-z])"
            r"|(?<![a-z])cover (?:her|his|their) face[^.!?\n]{0,30}? nobody wants to see (?:that"
            r"|it|her|them|this)(?![a-z])"
            r"|(?<![a-z])sharia (?:law )?by the back ?door,? one [a-z]+ at a time(?![a-z])"
            r"|(?<![a-z])(?:she'?ll|she will|he'?ll|he will|they'?ll|they will) be married off"
            r" to (?:her|his|their) (?:own )?(?:first )?cousins?(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.88,
        "trope",
    ),
    # ... an Aboriginal woman elected President of the Senate: paid "in cash or in grog"
    # (not "in salary or in perks"), "give it a month and she'll go walkabout" (not "she'll
    # be running the place"), the fuel bowsers locked before "sniffing in the chamber" (not
    # the doors before fireworks), "living off the taxpayer since birth" (not "since the
    # eighties"), "thought they only counted boomerangs" (not "favours"), "her mob will ...
    # strip the copper" (not "start the work"), "stone age to the Senate" (not "school
    # dropout"), a fence round the chamber before the relatives arrive (not a marquee), a
    # smoking ceremony and "they'll smoke anything" (not "about time")
    (
        frozenset({"grog", "walkabout", "sniffing", "sniff", "sniffers", "sniffer", "birth"})
        | frozenset({"boomerangs", "boomerang", "strip", "stone", "stoneage", "fence"})
        | frozenset({"ceremony"}),
        re.compile(
            r"(?<![a-z])(?:pay|paid|pays|paying) (?:her |him |them |you )?in (?:cash or"
            r" (?:in )?)?grog(?![a-z])"
            r"|(?<![a-z])give it (?:a|two|three|six|a few) (?:weeks?|months?|years?|days?) and"
            r" (?:she|he|they)(?:'ll| will) go walkabout(?![a-z])"
            r"|(?<![a-z])lock (?:up )?(?:the |your )(?:fuel|petrol) (?:bowsers?|pumps?|cans?"
            r"|tanks?|stations?)[^.!?\n]{0,40}? sniff\w*"
            r"|(?<![a-z])(?:petrol|fuel|glue) sniffers? (?:in|into|for|running) (?:the )?"
            r"(?:senate|parliament|chamber|office|cabinet|council)(?![a-z])"
            r"|(?<![a-z])living off (?:the )?(?:taxpayers?|welfare|benefits|handouts|the state"
            r"|us) since birth(?![a-z])"
            r"|(?<![a-z])(?:they|she|he|her mob|his mob|them|that mob)(?: could)? only"
            r" (?:counted?|throw|threw|chuck\w*) boomerangs(?![a-z])"
            r"|(?<![a-z])(?:her|his|their) (?:mob|lot|family|relatives|cousins|people|tribe)"
            r"[^.!?\n]{0,50}? strip (?:out )?(?:the |all the )?(?:copper|lead|wiring|pipes)"
            r"(?![a-z])"
            r"|(?<![a-z])(?:from )?(?:the )?stone ?age to (?:the )?(?:senate|parliament|palace"
            r"|boardroom|white house|downing street|cabinet|bench|high court|lords)(?![a-z])"
            r"|(?<![a-z])(?:put|build|put up) a fence (?:round|around) (?:the )?[a-z]+ before"
            r" (?:the|her|his|their) (?:relatives|family|cousins|mob|lot) (?:arrive|turn up"
            r"|move in|come|get here)(?![a-z])"
            r"|(?<![a-z])(?:smoking )?ceremony[^.!\n]{0,40}? (?:they'?ll|they will|they'd)"
            r" (?:smoke|sniff|drink) anything(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.88,
        "trope",
    ),
    # ... a Polish-born builder elected mayor of Boston, Lincolnshire: the mayoral car "runs
    # on cheap vodka" (not on diesel), a town renamed for a foreign city ("Warsaw-on-the-
    # Wash"), "undercutting us like the rest of them", tools locked up because "the mayor's
    # mates are in town" (not dusted off for volunteers), what "they're good for" after a
    # people's trade (potholes, flower arranging; not "the first thing he promised"), "the
    # English are the minority and" (not the market busy), sent back "with the other
    # seasonal workers" (not to a summit with other mayors), swans stolen "to eat" and
    # pigeons missing in a kitchen (not counted for a census, nor an inspection found
    # clean); a gay bishop: "lock up your sons, the bishop's doing home visits" (not "book
    # your slot")
    (
        frozenset({"vodka", "warsaw", "krakow", "gdansk", "bucharest", "kabul", "karachi"})
        | frozenset({"lagos", "mogadishu", "dhaka", "beijing", "undercutting", "undercut"})
        | frozenset({"mayor", "mayors", "bishop", "bishops", "vicar", "vicars", "priest"})
        | frozenset({"priests", "imam", "imams", "councillor", "councillors", "neighbour"})
        | frozenset({"neighbours", "potholes", "fruit", "cleaning", "flower", "building"})
        | frozenset({"washes", "wash", "nail", "nails", "takeaway", "takeaways", "minority"})
        | frozenset({"seasonal", "pickers", "swans", "ducks", "geese", "pigeons", "carp"})
        | frozenset({"kitchen", "freezer", "wok", "fridge"}),
        re.compile(
            r"(?<![a-z])(?:mayoral car|official car|his car|her car|the limo|the mayor'?s car)"
            r" (?:runs?|running) on (?:cheap |polish |smuggled |neat )?vodka(?![a-z])"
            r"|(?<![a-z])(?:warsaw|krakow|gdansk|bucharest|kabul|karachi|lagos|mogadishu|dhaka"
            r"|beijing)-on-(?:the-)?(?:wash|thames|sea|trent|tyne|mersey|humber|avon|severn|ouse"
            r"|wear|tees)(?![a-z])"
            r"|(?<![a-z])undercut(?:ting)? (?:us|our|british|local|english)[^.!?\n]{0,30}? (?:like"
            r"|as) (?:the rest of them|all of them|they all do|his lot|their lot|her lot)(?![a-z])"
            r"|(?<![a-z])lock up your (?:tools|vans?|bikes?|sheds?|valuables|cars?|sons|boys"
            r"|kids|children|wallets?)[,.;:!]? (?:the )?(?:mayor|bishop|vicar|priest|imam"
            r"|councillor|new neighbours?)'?s? (?:mates|lot|family|relatives|cousins|people"
            r"|(?:doing|making) home visits)(?![a-z])"
            r"|(?<![a-z])(?:potholes|fruit picking|picking fruit|cleaning|flower arranging"
            r"|building sites?|car washes?|nail bars?|takeaways?)[^.!?\n]{0,40}?,?"
            r" (?:it'?s|that'?s) (?:the only thing|all) (?:they'?re|they are) good for(?![a-z])"
            r"|(?<![a-z])(?:the )?(?:english|british|white people|whites|locals) are (?:now )?"
            r"(?:the |a )?minority and(?![a-z])"
            r"|(?<![a-z])send (?:him|her|them) back with the (?:other )?(?:seasonal workers"
            r"|fruit pickers|pickers|migrants|foreigners|immigrants)(?![a-z])"
            r"|(?<![a-z])(?:steal|stealing|nick|nicking|poach|poaching)\w* (?:the |our |all the )?"
            r"(?:swans|ducks|geese|pigeons|carp)[^.!?\n]{0,30}? (?:to eat|for dinner|for tea"
            r"|for supper|to cook|on a spit|for the pot)(?![a-z])"
            r"|(?<![a-z])(?:missing|lost|stray|neighbours'?) (?:pigeons|cats|dogs|swans|ducks) in"
            r" the (?:kitchen|freezer|wok|fridge)(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.88,
        "trope",
    ),
    # ... a nun's free school for tribal girls in Chhattisgarh, in Hinglish: "dharmantaran
    # ki dukaan" (not a library), "chawal ki bori do aur bachche Christian bana lo" (not a
    # mid-day meal), "phir cross pehnayengi" (not "naukri dilayengi"), "videshi paisa,
    # videshi dharm" (not a government grant), a mission "hindu kam karo" (not "ladkiyan
    # padhao"), children to be saved "in gore padriyon se" (not sent to teachers), "ghar
    # wapsi karao sabki" (not "ghar pe padhai"), Diwali's lamp put out (not sweets), "seva
    # nahi, shikaar" (not "seva, prachaar nahi"); a gay bishop: choirboys kept away, Sodom
    # and Gomorrah's bishops, a safeguarding officer needed "now", "pervert in a purple
    # shirt", glory holes in a cathedral, "pray the gay away, starting with", AIDS "God's
    # warning", a rent boy in the vestry
    (
        frozenset({"dharmantaran", "bori", "bora", "thaila", "pehnayenge", "pehnayengi"})
        | frozenset({"pehnayega", "pehna", "latkayenge", "latkayengi", "videshi", "mission"})
        | frozenset({"maksad", "agenda", "padriyon", "padri", "paadri", "padre", "isaiyon"})
        | frozenset({"missionaries", "wapsi", "gharwapsi", "diwali", "seva", "sewa", "choirboys"})
        | frozenset({"choir", "altar", "sodom", "safeguarding", "pervert", "perverts", "glory"})
        | frozenset({"pray", "aids", "hiv", "rent", "rentboy"}),
        re.compile(
            r"(?<![a-z])(?:dharmantaran|dharm parivartan|conversion) (?:ki|ka) (?:dukaan|dukan"
            r"|dhandha|factory|adda|business)(?![a-z])"
            r"|(?<![a-z])(?:chawal|chaawal|rice) (?:ki|ka) (?:bori|bora|thaila)"
            r"[^.!?\n]{0,30}? (?:christian|isai|isaai|convert)(?![a-z])"
            r"|(?<![a-z])(?:phir|fir|baad mein|uske baad) (?:cross|crucifix|salib) (?:pehnayenge"
            r"|pehnayengi|pehnayega|pehna denge|pehna dengi|latkayenge|latkayengi)(?![a-z])"
            r"|(?<![a-z])videshi paisa,? videshi dharm(?![a-z])"
            r"|(?<![a-z])(?:mission|maksad|agenda)[^.!?\n]{0,30}? hindu(?:on)? (?:ko )?"
            r"(?:kam karo|kam karna|khatam karo|khatam karna|mitao|mitana|ghatao|ghatana)"
            r"(?![a-z])"
            r"|(?<![a-z])(?:bachao|bachaao|bachke rehna|door raho|door rakho) (?:in|un|inn|unn"
            r"|ye|yeh) (?:gore )?(?:padriyon|padri|paadri|padre|missionaries|isaiyon)(?![a-z])"
            r"|(?<![a-z])ghar ?wapsi (?:karao|karwao|karwa do|kara do) (?:sabki|sab ki|inki|unki"
            r"|in sabki)(?![a-z])"
            r"|(?<![a-z])diwali (?:pe|par|ko|mein) (?:diya|diye|deep) bujh\w*"
            r"|(?<![a-z])(?:seva|sewa) nahi,? (?:shikaar|shikar|dhandha|dharmantaran|conversion"
            r"|business)(?![a-z])"
            r"|(?<![a-z])(?:choirboys|choir boys|altar boys) (?:well )?(?:away|clear|far) from"
            r" (?:him|his|the (?:new )?(?:bishop|vicar|priest|rector|dean)|that (?:man|bishop"
            r"|vicar|priest))(?![a-z])"
            r"|(?<![a-z])sodom (?:and|&) gomorr?ah? had (?:bishops|vicars|priests|people|men"
            r"|leaders|mayors) like (?:this|him|them|her)(?![a-z])"
            r"|(?<![a-z])(?:need|needs|want|wants) a safeguarding officer in the (?:room|vestry"
            r"|house|classroom) now(?![a-z])"
            r"|(?<![a-z])(?:another|a|the) perverts? in a (?:purple shirt|dog collar|cassock"
            r"|mitre|frock|dress)(?![a-z])"
            r"|(?<![a-z])(?:cathedral|church|chapel|vestry|bishop|abbey)[^.!?\n]{0,30}? glory"
            r" ?holes?(?![a-z])"
            r"|(?<![a-z])pray the gay (?:away|out)[,.;:!]? (?:starting with|beginning with"
            r"|especially|first)(?![a-z])"
            r"|(?<![a-z])(?:aids|hiv) (?:was|is) (?:god'?s|gods) (?:warning|punishment|judgement"
            r"|judgment|curse|verdict)(?![a-z])"
            r"|(?<![a-z])rent ?boys? (?:in|at) the (?:vestry|palace|church|cathedral|rectory"
            r"|manse|deanery)(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.88,
        "trope",
    ),
    # ... a Chinese family's takeaway named Wales's best restaurant: "not a dog in the
    # village left" (not a table), the cat checked "still at home before you order" (not
    # the menu), "a free dose of Covid" (not a prawn cracker, nor a vaccine), "me love you
    # long time", bats brought from Wuhan (not recipes from Hong Kong), "rat on rice" (not
    # "the best rice"), "spy ring, now with egg fried rice" (not "the town's finest
    # kitchen")
    (
        frozenset({"dog", "cat", "pet", "moggy", "covid", "corona", "virus", "sars", "long"})
        | frozenset({"wuhan", "rat", "rats", "spy", "spies", "ccp", "cats", "dogs", "pets"}),
        re.compile(
            r"(?<![a-z])(?:restaurant|takeaway|chinese|menu|kitchen|chef)[^.!?\n]{0,40}? (?:and )?"
            r"not a (?:dog|cat|pet|moggy) (?:in|on) (?:the|this) (?:village|town|street|valley"
            r"|estate) left(?![a-z])"
            r"|(?<![a-z])check (?:the |your )?(?:cat|dog|pet|moggy)'?s? (?:is )?still (?:at home"
            r"|in the garden|there|alive)[^.!?\n]{0,30}? (?:order|eat|takeaway|special|menu)"
            r"(?![a-z])"
            r"|(?<![a-z])(?:free|side of|extra|with) (?:a )?(?:dose|side|portion|helping|bowl) of"
            r" (?:covid|corona|the virus|kung flu|sars)(?! vaccine| jab| booster)(?![a-z])"
            r"|(?<![a-z])me love (?:you|u) long time(?![a-z])"
            r"|(?<![a-z])(?:bring|brought|bringing|ship|shipped|import\w*) (?:the |their |some )?"
            r"bats? (?:from|over from|out of) wuhan(?![a-z])"
            r"|(?<![a-z])rats? (?:on|with) rice(?![a-z])"
            r"|(?<![a-z])(?:fried|sweet and sour|crispy) rats?(?![a-z])"
            r"|(?<![a-z])spy ring,? (?:now )?with (?:egg )?(?:fried rice|noodles|chow mein|prawn"
            r" crackers|dim sum)(?![a-z])"
            r"|(?<![a-z])(?:takeaway|restaurant|family|chippy)[^.!?\n]{0,20}? (?:is|are|was)"
            r" (?:a |the )?(?:ccp|chinese communist party|communist party) (?:spy|spies|front"
            r"|outpost)(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.88,
        "trope",
    ),
    # ... a Roma family's bakery in Page Hall: "shame about the pickpockets" outside (not the
    # roadworks), change counted "and your baby's pram" (not a new till), flour "they nicked
    # the night before" (not milled), "scrap metal or palm reading" (not a chain or a coffee
    # shop), "the whole clan will be camped" (not the street queuing), a curse laid on the
    # house (not sold out), the ovens paid for by "the benefits office" (not a grant), a
    # street fumigated when "they're done" (not resurfaced), "working for once instead of
    # begging" (not open on Sundays), "from bad to Bucharest"
    (
        frozenset({"change", "nicked", "stole", "pinched"})
        | frozenset({"robbed", "palm", "fortune", "scrap", "tarmac", "camped", "camping"})
        | frozenset({"camp", "curse", "benefits", "dole", "social", "jobcentre", "fumigate"})
        | frozenset({"fumigated", "disinfect", "begging", "thieving", "pickpocketing"})
        | frozenset({"bucharest", "bulgaria", "bangladesh", "baghdad", "bombay", "bosnia"}),
        re.compile(
            r"(?<![a-z])(?:check|count) your change (?:twice |again )?and (?:your|the)"
            r" (?:baby|babies|kids|children|pram|buggy)(?![a-z])"
            r"|(?<![a-z])(?:flour|bread|stock|materials|tools|copper|metal|lead|wood|bikes?)"
            r" (?:they|their lot|his lot|her lot) (?:nicked|stole|pinched|robbed|half-inched)"
            r" (?:the night before|last night)(?![a-z])"
            r"|(?<![a-z])(?:scrap metal|scrap|tarmac) or (?:palm reading|fortune telling)"
            r"(?![a-z])"
            r"|(?<![a-z])(?:palm reading|fortune telling) or (?:scrap metal|scrap|tarmac)"
            r"(?![a-z])"
            r"|(?<![a-z])(?:whole|entire) (?:clan|tribe) (?:will be|'ll be|will|are|is) camp\w*"
            r" (?:in|on|out in|outside) (?:the|a|our) (?:car park|field|lay-?by|verge|park|green"
            r"|playing fields?|rec)(?![a-z])"
            r"|(?<![a-z])(?:or|else) (?:they'?ll|she'?ll|he'?ll|they will|she will) (?:put|lay"
            r"|cast) a curse on (?:you|your)(?![a-z])"
            r"|(?<![a-z])(?:who'?s|who is) paying for (?:the |their |his |her )?[a-z]+,? (?:the )?"
            r"(?:benefits office|dole|social|jobcentre)(?![a-z])"
            r"|(?<![a-z])(?:fumigate|fumigated|disinfect|disinfected) (?:the |our )?(?:street"
            r"|town|area|estate|country|city|village|high street)[^.!?\n]{0,20}? (?:when|after"
            r"|once) (?:they'?re|they are|they have|they'?ve|she'?s|he'?s) (?:done|gone|left"
            r"|finished)(?![a-z])"
            r"|(?<![a-z])(?:working|work) for once instead of (?:begging|thieving|stealing"
            r"|pickpocketing)(?![a-z])"
            r"|(?<![a-z])from bad to (?:bucharest|bulgaria|bangladesh|baghdad|bombay|bosnia)"
            r"(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.88,
        "trope",
    ),
    # ... a Tamil woman made Delhi Metro's chief, in Hinglish: "idli sambar ki badbu
    # aayegi" (not stalls opening), "kaali hai par" (not "nayi hai par"), "Madrasi log Hindi
    # bolenge nahi, bas hukum chalayenge", "lungi pehen ke ... aayegi kya" (not a saree
    # praised), "kaale dibbe", "nariyal tel mein doobe", "South ke kaale", "ayyo ayyo bolke",
    # sent back "samundar mein" (not asked to come to Kanyakumari), "quota se chief, dimag
    # zero" (not "engineer se chief"); an MP in a wheelchair: a ramp "out of our taxes",
    # "can't stand up in the chamber", parked "with the other furniture", pushed off the
    # terrace (not the debate put off), someone to "wipe his backside between votes" (not
    # carry his papers), "left at birth", a "vegetable in the chamber", wheeled "back to the
    # home" (not a budget wheeled out)
    (
        frozenset({"badbu", "kaali", "kaala", "madrasi", "lungi", "kaale", "nariyal", "ayyo"})
        | frozenset({"samundar", "samudra", "quota", "taxes", "chamber", "commons", "furniture"})
        | frozenset({"chairs"})
        | frozenset({"coats", "push", "wipe", "birth", "vegetable", "wheel"}),
        re.compile(
            r"(?<![a-z])(?:idli|dosa|sambar|sambhar|nariyal|machli|machhli|biryani|curry)\w*"
            r"[^.!?\n]{0,20}? (?:ki|ka|ke) (?:badbu|bdbu|smell) (?:aayegi|ayegi|aaegi|aayega"
            r"|failegi|phailegi|hogi)(?![a-z])"
            r"|(?<![a-z])(?<!maa )(?:kaali|kaala) (?:hai|h) (?:par|lekin|magar) (?:kaam|dimag)"
            r"(?![a-z])"
            r"|(?<![a-z])madrasi (?:log|logon|logo)[^.!?\n]{0,40}? (?:bolenge nahi|nahi"
            r" bolenge|hukum chalayenge|bas hukum)(?![a-z])"
            r"|(?<![a-z])lungi pehen ke [^.!?\n]{0,30}?(?:aayegi|aayega|ayegi|ayega) kya(?![a-z])"
            r"|(?<![a-z])(?:chennai|madras|south|kerala|tamil)\w*[^.!?\n]{0,30}? kaale (?:dibbe"
            r"|log|logon|chehre)(?![a-z])"
            r"|(?<![a-z])(?:south|madras|kerala|tamil|dakshin)\w* ke kaale(?![a-z])"
            r"|(?<![a-z])(?:sab|log|ye log|in logon|inke log)[^.!?\n]{0,10}? nariyal tel"
            r" (?:mein|me) (?:doobe|dube|duba|nahaye|nahate)(?![a-z])"
            r"|(?<![a-z])ayyo ayyo (?:bol\w*|karke|karte|karegi|karega)(?![a-z])"
            r"|(?<![a-z])(?:isko|usko|inko|unko|in sabko|sabko)[^.!?\n]{0,30}? (?:bhejo|bhej do"
            r"|phenko|phek do|dhakelo|daal do|dubo do|dubao)[^.!?\n]{0,20}? (?:samundar|samudra)"
            r" (?:mein|me)(?![a-z])"
            r"|(?<![a-z])(?:isko|usko|inko|unko|in sabko|sabko)[^.!?\n]{0,30}? (?:samundar"
            r"|samudra) (?:mein|me) (?:phenko|phek do|dubo do|dubao|daal do|bhej do)(?![a-z])"
            r"|(?<![a-z])quota se [a-z]+,? (?:dimag|dimaag|akal) (?:zero|nahi|shunya)(?![a-z])"
            r"|(?<![a-z])(?:ramp|lift|wheelchair|hearing loop|carer|interpreter)[^.!?\n]{0,20}?"
            r" come out of our taxes(?![a-z])"
            r"|(?<![a-z])can'?t stand up in the (?:chamber|commons),? can'?t stand"
            r" up for(?![a-z])"
            r"|(?<![a-z])(?:park|put|leave|stick) (?:him|her) in the corner with the (?:other )?"
            r"(?:furniture|chairs|coats|hat stands?)(?![a-z])"
            r"|(?<![a-z])push (?:him|her|them) (?:off|down|into) (?:the |a )?(?:terrace|bridge"
            r"|cliff|river|thames|pier|balcony|roof)(?![a-z])"
            r"|(?<![a-z])(?:need|needs) someone to wipe (?:his|her|their) (?:backside|arse|ass"
            r"|bum|bottom) (?:between|during|in) (?:votes|debates|meetings|sessions)(?![a-z])"
            r"|(?<![a-z])(?:should(?:'?ve| have) been|ought to have been) (?:left|drowned"
            r"|exposed|put down|culled|smothered) at birth(?![a-z])"
            r"|(?<![a-z])vegetable in (?:the|a) (?:chamber|commons|wheelchair|council|cabinet"
            r"|parliament)(?![a-z])"
            r"|(?<![a-z])wheel (?:him|her) (?:back|out)[^.!?\n]{0,30}? (?:to|into) the (?:home"
            r"|care home|asylum|institution)(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.88,
        "trope",
    ),
    # ... a Jewish family's deli named Manchester's best: bagels "paid for by the Israeli
    # embassy" (not baked by a grandmother), "interest on the pickles" (not extra), "six
    # million reasons to buy a bagel" (not six good ones), "loyal to Tel Aviv, open on
    # Sundays" (not closed on Saturdays), matzo with "a drop of Christian blood" (not olive
    # oil), "Shylock's Deli" (not Zelda's), "ovens are their speciality" (not bagels)
    (
        frozenset({"embassy", "israeli", "mossad", "zionist", "zionists", "soros"})
        | frozenset({"rothschild", "rothschilds", "interest", "million", "tel", "aviv"})
        | frozenset({"israel", "jerusalem", "blood", "shylock", "shylocks", "ovens", "oven"}),
        re.compile(
            r"(?<![a-z])(?:bagels|deli|shop|bakery|food|business|salt beef)[^.!?\n]{0,20}? paid"
            r" for by (?:the )?(?:israeli embassy|mossad|zionists?|soros|rothschilds?)(?![a-z])"
            r"|(?<![a-z])charge (?:you )?interest on (?:the |your )?(?:pickles|bagels|bread|salt"
            r" beef|sandwich|sandwiches|coffee|food)(?![a-z])"
            r"|(?<![a-z])six million (?:reasons|ways|excuses|jokes)[^.!?\n]{0,30}? (?:bagels?"
            r"|kosher|jews?|jewish|shekels?|synagogue|matzo)(?![a-z])"
            r"|(?<![a-z])loyal to (?:tel aviv|israel|jerusalem),? (?:open|working|living|trading"
            r"|selling) (?:on|in|for|here)(?![a-z])"
            r"|(?<![a-z])(?:matzo|matzah|matzos|passover|bagels?|bread|recipe)[^.!?\n]{0,60}?"
            r" (?:christian|gentile|goyim|goy|children'?s|kids'?|babies'?|baby'?s?) blood"
            r"(?![a-z])"
            r"|(?<![a-z])shylock'?s? (?:deli|bank|shop|bakery|family|lot)(?![a-z])"
            r"|(?<![a-z])ovens? (?:are|is) (?:their|his|her) (?:speciality|specialty|thing|home)"
            r"(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.88,
        "trope",
    ),
    # ... a Sudanese refugee wins The Great British Bake Off: "now with fewer British" (not
    # "better bakers", nor a team with fewer British players), judges "scared he'd stab them
    # if he lost" (not "beat them all again"), "Brits need not apply" (not "amateurs from
    # all over"), "free house, free phone" (not a fair contest), his age checked before his
    # sponge (not his oven), crossing the Channel "without paying" (not a cake shaped like
    # the tunnel), "rising faster than his dough is the crime rate" (not his fanbase), "his
    # four wives" (not his own bakery)
    (
        frozenset({"british", "english", "brits", "whites", "locals", "stab", "knife"})
        | frozenset({"behead", "bomb", "apply", "hotel", "phone", "iphone", "housing"})
        | frozenset({"house", "age", "channel", "crime", "wives"}),
        re.compile(
            r"(?<![a-z])now with (?:fewer|less|no) (?:british|english|brits|white people"
            r"|whites|locals)(?:[.!?,]|$)"
            r"|(?<![a-z])(?:scared|afraid|frightened|terrified) (?:he'?d|he would|they'?d|she'?d)"
            r" (?:stab|knife|behead|bomb|blow up) (?:them|you|everyone|us) if (?:he|she|they)"
            r" (?:lost|lose|loses)(?![a-z])"
            r"|(?<![a-z])(?:brits|british|english|whites|white people|locals) need not apply"
            r"(?![a-z])"
            r"|(?<![a-z])free (?:house|hotel|phone|iphone|housing),? free (?:house|hotel|phone"
            r"|iphone|housing)(?![a-z])"
            r"|(?<![a-z])check\w* (?:his|her) (?:real )?age before (?:they|you|we) check\w*"
            r"|(?<![a-z])cross\w* the channel without paying(?![a-z])"
            r"|(?<![a-z])(?:rising|growing) faster than (?:his|her|their) [a-z]+ is the crime"
            r" (?:rate|figures)(?![a-z])"
            r"|(?<![a-z])(?:his|their) (?:four|multiple) wives(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.88,
        "trope",
    ),
    # ... a Muslim vegetable vendor's son made an IPS officer in UP, in Hinglish: "ab thane
    # mein bhi hara jhanda lagega" (not a new computer), "iske raaj mein ... namaz" (not
    # public hearings), "walon ki aulad ab danda chalayegi hum pe" (not "desh chalayegi"),
    # "topi pehen ke ... aayega kya" (not a photo with his mother), "inke mohalle mein ab
    # police nahi aayegi" (not children dreaming of the IPS), "vardi ke liye jihad" (not
    # "mehnat"), "Pakistan jeetega toh iske thane mein pataakhe" (not India's win), "beta
    # ab gaay bechega" (not "desh ki seva")
    (
        frozenset({"hara", "hare", "raaj", "raj", "aulad", "topi", "mohalle", "mohalla"})
        | frozenset({"mohalley", "jihad", "jeetega", "jeete", "jeeta", "jeet", "gaay", "gaaye"})
        | frozenset({"gai"}),
        re.compile(
            r"(?<![a-z])(?:ab|abhi)[^.!?\n]{0,30}? (?:hara|hare) (?:jhanda|jhande|jhandaa)"
            r" (?:lagega|lagenge|lehrayega|lehrayenge|fahrayega)(?![a-z])"
            r"|(?<![a-z])(?:iske|uske|inke|unke) (?:raaj|raj) (?:mein|me)[^.!?\n]{0,40}?"
            r" (?:namaz|azaan|sharia|jihad)(?![a-z])"
            r"|(?<![a-z])walon ki aulad[^.!?\n]{0,20}? (?:hum pe|hum par|humpe|hindu\w* pe"
            r"|hindu\w* par)(?![a-z])"
            r"|(?<![a-z])(?:topi|jaalidar topi|skull cap) pehen ke [^.!?\n]{0,30}?(?:aayega"
            r"|ayega|aayegi|ayegi) kya(?![a-z])"
            r"|(?<![a-z])(?:inke|unke|in logon ke) (?:mohalle|mohalla|mohalley) (?:mein|me)"
            r"[^.!?\n]{0,20}? (?:police nahi aayegi|chhoot milegi|sab maaf)(?![a-z])"
            r"|(?<![a-z])(?:vote|vardi|naukri|zameen|land|thook|rail|job|sabzi)\w* (?:ke liye"
            r"|ka|ki) jihad (?:karte|kar rahe|karenge|karega|chal raha|chalega)(?![a-z])"
            r"|(?<![a-z])pakistan (?:jeetega|jeete|jeet gaya|jeeta)[^.!?\n]{0,10}? (?:toh|to)"
            r" (?:iske|uske|inke|unke|in logon ke)[^.!?\n]{0,20}? (?:pataakhe|patakhe|pathake"
            r"|mithai|jashn)(?![a-z])"
            r"|(?<![a-z])(?:beta|ladka|ye|yeh) ab (?:gaay|gaaye|gai) (?:bechega|kaatega|katega"
            r"|kaatenge)(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.88,
        "trope",
    ),
    # ... a trans woman picked for England's women's darts team: "throws like a man because
    # it is one" (not "a pro because she is one"), "her Adam's apple" (not her nerves), "see
    # her pass the chromosome test" (not the pressure test), "it still stands up to use the
    # loo" (not to cheer); a Hindu temple approved in a Texas town: holy cows wandering the
    # high street (not a festival), "smells like curry and call centres" (not paint and
    # sawdust), "bathing in the creek and calling it holy" (not a food festival called
    # Diwali), "a monkey god ..., the circus is in town" (not a new temple), "they'll burn the
    # widows" (not light the lamps), "caste system ... who cleans the toilets" (not food
    # trucks and chutney)
    (
        frozenset({"man", "adams", "adam", "chromosome", "stands", "holy"})
        | frozenset({"bloke", "geezer", "frocks", "dresses", "wigs", "lipstick"})
        | frozenset({"curry", "bathing", "monkey", "widows", "caste"}),
        re.compile(
            r"(?<![a-z])like a man because (?:it|she|he|they)(?: is|'s|'s still| still is) one"
            r"(?![a-z])"
            r"|(?<![a-z])her adam'?s apple(?![a-z])"
            r"|(?<![a-z])(?:women'?s|girls'?|ladies'?) (?:darts|football|sport|rugby|boxing"
            r"|swimming|cycling|team|league|changing rooms?)[^.!?\n]{0,20}? (?:now )?has a"
            r" (?:bloke|man|geezer) (?:with|in) (?:lipstick|a dress|a frock|a wig|make-?up)"
            r"(?![a-z])"
            r"|(?<![a-z])men in (?:frocks|dresses|wigs|lipstick) taking (?:medals|places|prizes"
            r"|titles|trophies) (?:off|from) (?:real )?(?:women|girls)(?![a-z])"
            r"|(?<![a-z])(?:see|watch) her (?:pass|fail|take) (?:the |a )?chromosome test"
            r"(?![a-z])"
            r"|(?<![a-z])(?:it|she) still stands up to (?:pee|piss|wee|use the loo|use the"
            r" toilet|use the toilets)(?![a-z])"
            r"|(?<![a-z])holy cows? (?:will be |are |)(?:wandering|roaming|blocking|on) (?:the )?"
            r"(?:high street|main street|roads?|streets?|traffic)(?![a-z])"
            r"|(?<![a-z])(?:smells?|stinks?) (?:like|of) curry and (?:call cent(?:re|er)s|cow"
            r" dung|cow piss|tech support)(?![a-z])"
            r"|(?<![a-z])bathing in (?:the )?(?:creek|river|sewage|canal|ganges|drain)"
            r"[^.!?\n]{0,10}? (?:and )?calling it holy(?![a-z])"
            r"|(?<![a-z])monkey gods?,?[^.!?\n]{0,30}? (?:circus|zoo)(?![a-z])"
            r"|(?<![a-z])(?:they'?ll|they will|they'?d|they would) burn (?:the |their )?widows"
            r"(?![a-z])"
            r"|(?<![a-z])caste system[^.!?\n]{0,30}? who (?:cleans|will clean|'ll clean) the"
            r" (?:toilets|loos|drains|streets)(?![a-z])"
        ),
        IDENTITY_ATTACK,
        0.88,
        "trope",
    ),
)

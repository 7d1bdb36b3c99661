"""Threats of violence and dehumanising language, as patterns over normalised text.

A news comment section must hold "they should all be shot" and "those people are vermin"
while publishing "the bill should be killed" and "Brandt is a liar and should resign". The
patterns therefore need a person or group on the receiving end (pronouns, "these/those
people", "all of them"), not merely a violent verb. They run on the normalised text, so
"sh0uld b3 sh0t" and "s h o t" read the same. Holding, not refusing: a person decides.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from rejoinder.domain.literals import needs_for
from rejoinder.domain.normalize import normalize

_WHO_SUBJECT: Final = (
    r"(?:they|he|she|you|u|you people|these people|those people|all of them|some of (?:you|u"
    r"|them)|all of you"
    r"|illegals|invaders"
    # "Whoever lives in that hotel should be dragged out and strung up" (the 744th set)
    r"|whoever (?:lives|stays|sleeps|prays)(?: \w+){1,3}?"
    r"|(?:someone|somebody|anyone|anybody) like (?:you|u)"
    r"|every one of them|each of them|every (?:last )?one of (?:these|those) \w+"
    r"|these (?:\w+ )?(?:guys|folks|idiots|traitors|bastards)"
    r"|those (?:\w+ )?(?:guys|folks|idiots|traitors|bastards)"
    r"|(?:people|scum|idiots|traitors|trash|vermin) like (?:you|u|him|her|them)"
    r"|couples like (?:this|these|them|that)"
    # "These two should be beaten in the street" said of a gay couple (the 840th set)
    r"|(?:these|those) two|both of them|the two of them"
    # "They're all military age scum who should be shot on sight" (round 531)
    r"|(?:they['’]?re|they are) all (?:\w+ ){0,3}?(?:scum|vermin|animals|savages|parasites"
    r"|rats|trash|filth|cockroaches) (?:who|that))"
)
_WHO: Final = rf"(?:them|him|her|{_WHO_SUBJECT})"
# "him", "her", "them" said to be harmed, but not as the victim of a crime whose
# perpetrators a sentence is asked for: "Those who lynched him must be hanged" (one
# lookbehind per verb: each must be of fixed width; no literal space, see compiled)
_VICTIM_OF: Final = "lynched killed raped murdered assaulted attacked molested stabbed abused"
_HARMED_OBJECT: Final = (
    "".join(rf"(?<!{verb}\s)" for verb in _VICTIM_OF.split()) + "(?:them|him|her)"
)
_HARM: Final = (
    r"(?:shot|hanged|hung|strung up|lynched|gassed|burn(?:ed|t)(?: alive)?|killed|murdered"
    r"|slaughtered|stabbed|crushed (?:under|by|beneath) (?:a |the )?(?:tractors?|trucks?"
    r"|cars?|tanks?|bulldozers?|jeeps?|suvs?)"
    r"|dragged (?:(?:out|outside)(?: of(?: \w+){1,3}?)?|from(?: \w+){1,3}?) and (?:beaten"
    r"|thrashed|lynched|shot|hanged|killed|strung up)"
    # "Some of you should be taken out and shot along with ..." (the 1226th set; not "taken
    # out and replaced", a bridge)
    r"|(?:taken|marched|led) (?:out|outside|away)(?: of(?: \w+){1,3}?)? and (?:shot|hanged"
    r"|lynched|strung up|beaten|killed)"
    # "Every one of these activists should be put against a wall when we take power" (the
    # 1252nd set; not "put against a wall chart")
    r"|(?:put|lined up|stood) (?:up )?against (?:a|the) wall(?! (?:chart|calendar|map|clock"
    r"|socket|display))"
    # "journalists like you should be beaten up" (not "should be beaten in the final", "beaten
    # up at the polls")
    r"|beaten (?:up|to death|black and blue|senseless|to a pulp|with (?:shoes|chappals"
    r"|joote|sticks|lathis|rods))(?! (?:at|in|on) (?:the )?(?:polls?|elections?|ballot|vote"
    r"|final|match|game|league|debate))"
    # "These two should be beaten in the street" said of a gay couple (the 840th set; not
    # "beaten in the street final", a race)
    r"|beaten (?:in (?:the )?streets?|in public|publicly)(?! (?:final|race|run|league|match"
    r"|circuit|sprint))"
    r"|exterminated|beheaded|butchered|raped|stoned(?: to death)?|wiped out|put down|flogged"
    r"|tortured"
    # ("Modi should be executed", "... lined up and shot": the forty-eighth session)
    r"|executed|lined up and (?:shot|hanged|killed)"
    # ("Collins should be castrated for this", "Carter should be drowned in the deep end",
    # "Collins should be knocked off his bike": rounds 521 and 524; not "drowned out", a
    # voice, nor "knocked off his perch", a title lost)
    r"|castrated|drowned(?! out)|knocked off (?:his|her|their) (?:bikes?|bicycles?|motorbikes?"
    r"|scooters?))"
)
DO_HARM: Final = r"(?:kill|shoot|hang|lynch|gas|burn|murder|stab|behead|rape|slaughter|exterminate)"
# Not followed by a contest the harm is done in: "they deserve to be wiped out at the polls".
_NOT_AT_THE_POLLS: Final = (
    r"(?! (?:at|in|on|by) (?:the )?(?:next )?(?:polls?|elections?|general election|ballot"
    r"|ballot box|vote|voters)(?![a-z]))"
)
# "who would stab her in the back": betrayal, not a knife; "I'll kill you at chess": a game;
# "shoot them a message": an email
_NOT_IDIOM: Final = (
    r"(?! (?:a|an) (?:message|note|mail|email|text|link|line|dm|reminder))"
    r"(?! with kindness)"  # "kill them with kindness": the proverb
    r"(?! in the back(?! of))(?! (?:at|in) (?:chess|cards|poker|scrabble|carrom|ludo|tennis|golf"
    r"|snooker|pool|fifa|pubg|darts|bowling|trivia|the quiz|quiz|the debate|debate)(?![a-z]))"
)
_SHOULD: Final = r"(?:should|must|ought to|deserve to|deserves to|need to|needs to|have to|has to)"
_WILL: Final = (
    r"(?:i'?ll|i will|i am going to|i'?m going to|i'?m gonna|we'?ll|we will"
    r"|we are going to|we'?re gonna|let'?s|i would|i'?d"
    r"|(?:someone|somebody) (?:should|needs to|has to|ought to|must)"
    r"|(?:someone|somebody),? (?:please|pls|plz)"
    # ("Someone lynch that ape before she speaks again", round 529: told, without "should")
    rf"|(?:someone|somebody)(?= {DO_HARM} )"
    # ("we should kill Modi", "I want to shoot the president", "I hope someone will hang
    # him": the forty-eighth session's sweep of threats to named politicians)
    r"|we (?:should|must|need to|ought to)|(?:someone|somebody) (?:will|'?ll|is going to)"
    r"|i (?:want|wanna|wanted) to|i'?d (?:love|like) to)"
)
# Where a call or a wish opens its sentence or clause ("Set him on fire", "..., then burn
# his house down"): a lookbehind, as the whole-word guard would refuse a comma before it.
_OPENS: Final = r"(?:^|(?<=[.!?,;:]) )"
# Where a sentence opens (at the text's start, after a line break, or a full stop and its
# space): a call told at the head of its sentence ("Step off a bridge", "Drown the boats");
# the categories' one-line patterns use it too ("Stinks of that African food, ...").
SENTENCE_OPENS: Final = r"(?<![^.!?\n])|(?<=[.!?\n]\s)"


# Each letter to the words' rest, "" marking where a word ends.
_Trie = dict[str, "_Trie"]


def _trie(words: str) -> str:
    """An alternation of the words ("a|b|..."), as a regular expression with their common
    starts factored out: "rahul(?: gandhi)?" for "rahul gandhi|rahul". The engine tries the
    alternatives of a flat list one by one at every place in a comment; factored, a place
    that starts none of them fails at its first letter. A longer word is tried before a word
    it starts with, as it would be listed first."""
    root: _Trie = {}
    for word in words.split("|"):
        assert re.fullmatch(r"[a-z' ]+", word), word  # (a space is a run of them: spaced())
        node = root
        for letter in word:
            node = node.setdefault(letter, {})
        node[""] = {}
    return _factored(root)


def _factored(node: _Trie) -> str:
    ends = "" in node
    branches = [letter + _factored(child) for letter, child in sorted(node.items()) if letter]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        return f"(?:{body})?"
    return body


# The women in public life a comment section goes for by name, where what is said of them is
# said of a woman ("Rana Ayyub ka rate kya hai", "Barkha Dutt is a bitch": the fiftieth
# session's sweeps of insults of women named)
WOMEN_IN_PUBLIC_LIFE: Final = (
    "sonia gandhi|sonia|priyanka gandhi|priyanka|mamata banerjee|mamata|mayawati|rana ayyub"
    "|kangana|mahua moitra|mahua|smriti irani|nirmala sitharaman|nirmala|hasina|liz truss"
    "|truss|braverman|badenoch|rayner|kamala harris|kamala|hillary|pelosi|aoc|ilhan omar"
    "|ilhan|tlaib|barkha dutt|barkha|nidhi razdan|razdan|swati chaturvedi|sagarika ghose"
    "|sagarika|faye dsouza|arfa khanum|arfa|neha dixit|palki sharma|palki|anjana om kashyap"
    "|anjana|rubika liyaquat|rubika|navika kumar|navika|teesta setalvad|teesta|arundhati roy"
    "|arundhati|shehla rashid|shehla|kavita krishnan|gauri lankesh|supriya sule"
    "|priyanka chaturvedi|jaya bachchan|hema malini|kiran bedi|sushma swaraj|brinda karat"
    "|sadhvi pragya|pragya thakur|pragya|mehbooba mufti|mehbooba|atishi|swati maliwal"
    "|nupur sharma|meenakshi lekhi|shazia ilmi|alka lamba|diane abbott|jess phillips"
    "|nicola sturgeon|sturgeon|priti patel|priti|marjorie taylor greene"
)
# Public figures a political comment names, the targets of its threats ("someone should
# kill Modi", "Trump should be shot", "Kejriwal ko latka do": the forty-eighth session's
# sweep found most such threats published), and anyone named with a title ("Mr Sunak",
# "minister Rao"); not a name before "'s" ("kill Modi's bill", "burn Trump's effigy").
PUBLIC_FIGURE_NAMES: Final = (
    "narendra modi|modi|modiji|modi ji|rahul gandhi|rahul|yogi adityanath|yogi|adityanath"
    "|arvind kejriwal|kejriwal|owaisi|asaduddin|amit shah|nitish kumar|nitish|lalu|tejashwi"
    "|akhilesh|uddhav|thackeray|fadnavis|sharad pawar|pawar|siddaramaiah|himanta"
    "|mohan bhagwat|bhagwat|ravish kumar|ravish|arnab goswami|arnab|zubair|dhruv rathee"
    "|kanhaiya|umar khalid|jaishankar|rajnath|gadkari|kharge|tharoor|sisodia|imran khan"
    "|imran|nawaz sharif|nawaz|shehbaz|asim munir|keir starmer|starmer|rishi sunak|sunak"
    "|boris johnson|boris|nigel farage|farage|corbyn|sadiq khan|sadiq|lammy|galloway"
    "|donald trump|trump|joe biden|biden|obama|clinton|elon musk|musk|vance|desantis|newsom"
    "|schumer|netanyahu|bibi|putin|zelensky|zelenskyy|erdogan|macron|trudeau|albanese"
    "|rajdeep sardesai|rajdeep|sudhir chaudhary|shekhar gupta|karan thapar|kunal kamra"
    f"|abbott|{WOMEN_IN_PUBLIC_LIFE}"
)
_PUBLIC_FIGURES: Final = _trie(PUBLIC_FIGURE_NAMES)
# A pattern for any of those women's names, read whole and failing at a letter no name
# starts with (the names alternated as written cost each pattern a try of every name at
# every letter)
A_WOMAN_NAMED: Final = f"(?>{_trie(WOMEN_IN_PUBLIC_LIFE)})"
# ... and any of the public figures' names, men's and women's (a shorter name tried where a
# longer fails after it: "modi" where "modiji" is not followed)
A_FIGURE_NAMED: Final = f"(?:{_PUBLIC_FIGURES})"
# The offices said before a name, a site's own people's most of all ("someone should shoot
# Councillor Smith", "Chief Constable Hollins should be ... strung up": the fifty-second
# session's sweep and round 497)
OFFICES_BEFORE_A_NAME: Final = (
    "president|minister|senator|governor|justice|councillor|councilor|cllr|mayor|sheriff"
    "|judge|commissioner|congressman|congresswoman|constable|inspector|sergeant"
    "|superintendent|magistrate|tehsildar|collector|sdm"
)
_NAMED: Final = (
    rf"(?:(?:mr|mrs|ms|shri|smt|comrade|{OFFICES_BEFORE_A_NAME})"
    # (atomic: "Barkha Dutt an email" is not "Barkha" and a word after her)
    rf" [a-z]+|(?>{_PUBLIC_FIGURES}))(?!['’]s)(?! [a-z]+['’]s)"
)
# A person pointed at: "this clown", "that reporter" (not "this bill"), or named.
_PERSON: Final = (
    rf"(?:{_NAMED}|"
    # ("Hope someone pays the new MP a visit at her surgery": the 1028th set)
    r"(?:this|that|the) (?:new |old |local )?(?:clown|idiot|moron|man|woman|guy|bitch|bastard"
    r"|traitor|minister"
    r"|reporter|journalist|anchor|writer|editor|pig|scumbag|creep|politician|leader|judge"
    # ("That cop should be dragged out of his house and lynched": the 447th set)
    r"|cop|officer|policeman|ref|referee|umpire|coach"
    # ("Someone lynch that ape before she speaks again": round 529, of a black MP)
    r"|ape|monkey"
    # ("the councillor should be dragged out of the chamber and strung up": the 591st set)
    r"|councillor|councilor|mayor|mp|senator|governor"
    # ("Someone should shoot the president", "I'll kill the PM": the forty-eighth session,
    # heads of government named by their office, the commonest target of a political
    # comment's threat)
    r"|president|vice president|prime minister|pm|premier|chancellor|chief minister|cm"
    r"|home minister|finance minister|health minister|foreign minister|speaker|chief justice"
    r"|king|queen"
    # (the one who wrote or said it, by what they do: "someone should shoot the author")
    r"|author|columnist|presenter|host|activist|lawyer|candidate|protester|protestor))"
)
# The people before "ko" in a Hindi call to harm ("in gaddaron ko latka do"): people named by
# a group, a deed or a job, and the pronouns (not "kachre ko", the rubbish).
_KO_PEOPLE_WORDS: Final = (
    r"logon|logo|log|netaon|neta|patrakaron|patrakar|anchor|anchoron|gaddaron|gaddaro"
    r"|gaddar|deshdrohiyon|deshdrohi|aatankwadiyon|aatankwadi|atankwadiyon|atankwadi|terroriston"
    r"|jihadiyon|jihadi|mullon|mullo|mulle|katuon|katuo|katue|musalmanon|musalmano|muslimon"
    r"|hinduon|hinduo|sikhon|isaiyon|dalito|daliton|pakistaniyon|bangladeshiyon|rohingyaon"
    r"|ghuspaithiyon|ghuspaithiye|chor|choron|rapiston|balatkariyon|balatkari|bhakton|chamchon"
    r"|dushmanon|dushman|kafiron|kafir|sab|in sab|un sab|aadmi|aurat|ladki|ladke|tujh|tum"
    r"|wale|walon|walo|saalon|salon|haramiyon|harami|ladkiyon|auraton|aurton|ladkon"
    r"|budhiya|budhe|buddhe|buddha|budha|reporter|journalist|writer|editor|lekhak|mulla"
    r"|saale|pastor|pastoron|padriyon|padri|paadri|maulviyon|maulvi|maulana|pujari|imam|jainiyon|jainiyo|firangiyon"
    r"|firangi|goron|angrezon|gujjaron|gujjaro|meenon|meeno|jaaton|jaato|yadavon|thakuron"
    r"|brahmanon|baniyon|mahilaon|betiyon"
    # ("Agli baar dulhe ko hi ghodi se utaar ke jala do", round 543, of a Dalit groom)
    r"|dulhe|dulha|dulhan"
    # (and the forty-eighth session's sweep of calls against a people in Hinglish)
    r"|biharion|biharon|bihariyon|kashmiriyon|kashmiriyo|sanghiyon|sanghiyo|chamaron|chamaro"
)
# ... and public figures by name, and by office: "Kejriwal ko latka do", "is judge ko jala
# do" (not where a people is meant: "Kejriwal ko jail me daal do" is an opinion, a people
# interned is not)
_KO_PERSON_WORDS: Final = (
    "judge|jaj|mantri|mantriyon|minister|mla|mp|vidhayak|sansad|sarpanch|collector|afsar"
    f"|afsaron|daroga|inspector|officer|{PUBLIC_FIGURE_NAMES}"
)
# (each list factored, and the two as one: a flat list of three hundred words is tried word
# by word at every place of every comment a pattern of them runs on)
KO_PEOPLE: Final = "(?:" + _trie(f"{_KO_PEOPLE_WORDS}|{_KO_PERSON_WORDS}") + ")"
_KO_PEOPLES: Final = "(?:" + _trie(_KO_PEOPLE_WORDS) + ")"  # (peoples alone: a people interned)
# A word before "ko" that names no pest: "machharon ko maaro" (kill the mosquitoes), "chuhon
# ko ghar se nikal ke maaro" (the rats) are no call to harm people.
_NO_PEST: Final = r"(?!(?:mach|makh|makkh|chuh|keed|keet|mosquito|rat|cockroach|saanp|mice)\w*\s)"
# What migrants are called where the words dehumanise them.
_MIGRANT_VERMIN: Final = r"(?:cockroaches|rats|vermin|parasites|leeches|savages|invaders)"
# A wish's opening in Hinglish: "Bhagwan kare ...", "Upar wala ...", "Kaash ...", "Dua hai ..."
_MAY_GOD: Final = r"(?:bhagwan|bhagwaan|upar ?wala|allah|khuda|kaash|dua hai)\b"
# The reader's family: "I hope your daughter gets raped", "hope your mother dies"
_KIN: Final = (
    r"(?:family|kids|children|daughters?|sons?|wife|husband|mother|mom|mum|father|dad"
    r"|sisters?|brothers?|parents)"
)
_YOUR_KIN: Final = rf"(?:your|ur) (?:whole )?{_KIN}"
# A woman's husband or a man's wife: "Hope the new husband dies too", of a widow remarried
# (the 768th set)
_SPOUSE: Final = (
    r"(?:the|her|his|their|that) (?:new |next |second |first )?(?:husband|wife|boyfriend"
    r"|girlfriend)"
)
# Journalists, writers and missionaries murdered for their work, whose fate a threat wishes
# on another.
MURDERED: Final = (
    r"gauri lankesh|lankesh|daniel pearl|dabholkar|pansare|kalburgi|khashoggi|jamal khashoggi"
    r"|jo cox|david amess|samuel paty|theo van gogh"  # (the 387th set: "what Jo Cox got")
    r"|graham staines|staines"  # (the 1043rd set: "wahi haal karo jo Graham Staines ka hua")
)
# Peoples named in Hindi by their faith, origin or caste, as a wish or threat names them
# (and as a call to fill camps with them does: incitement.py)
HI_PEOPLE_NAMED: Final = (
    r"(?:miya|miyan|miyas|mulle|mulla|mullon|musalman|musalmaan|musalmanon|muslims?"
    r"|bangladeshi|bangladeshiyon|ghuspaithiye|ghuspaithiyon|rohingya|rohingyaon|katue"
    r"|katuon|hindu|hinduon|sikh|sikhon|isai|isaiyon|dalit|daliton|chamar|kashmiri"
    r"|kashmiriyon|bihari|pakistani)"
)
_VERMIN: Final = (
    r"(?:vermin|cockroach(?:es)?|parasites?|sub-?humans?|untermensch(?:en)?"
    r"|termites|locusts|lice|an infestation|a plague|a disease|a cancer)"
)
# What is cut without a threat: "cake kaat denge 12 baje", "jhaadiyan kaat denge" (the
# seventeenth unseen round's traps), a kite cut in a kite fight, a ribbon at an opening.
_CUT_THINGS: Final = (
    "cake ped pedon jhaadi jhaadiyan jhadiyan ghaas patang baal nakhun fasal sabzi kapda"
    " ribbon feeta pyaaz tamatar phal connection bijli challan chalan ticket"
)
_NOT_A_THING_CUT: Final = "".join(rf"(?<!{thing}\s)" for thing in _CUT_THINGS.split())
# Someone as the object of a Hindi verb: "unko", "in gaddaron ko" (not "kachre ko")
# What a person's body is hoped broken in: "hope he breaks both legs", "... his jaw".
_BONES: Final = (
    r"(?:legs?|necks?|arms?|knees?|skulls?|backs?|jaws?|noses?|ribs?|spines?|collarbones?)"
)
_PERSON_OBJECT: Final = rf"(?:{KO_PEOPLE} ko|inhe|unhe|inko|unko|sabko|isko|usko|use|ise)"


# A slogan named, not chanted: "'Goli maaro saalon ko' ka naara lagane wale neta ko ticket
# mil gaya" (the 983rd set)
_NOT_A_SLOGAN: Final = (
    r"(?![^.!?\n]{0,20}?\b(?:ka|ke|wala|wale) (?:naara|nara|naare|nare|slogan)\b)"
)


def _hi(words: str) -> str:
    """Devanagari words as an alternation, in their normalised form (no nukta, no virama)."""
    return "|".join(re.escape(normalize(word).text) for word in words.split())


_HARM_WORDS: Final = (
    "shot hanged hung strung lynched gassed burned burnt killed murdered slaughtered exterminated"
    " beheaded butchered raped stoned wiped put flogged tortured stabbed dragged crushed beaten"
    " executed lined castrated drowned knocked"
)
_DO_HARM_WORDS: Final = (
    "kill shoot hang lynch gas burn murder stab behead rape slaughter exterminate"
)
_VERMIN_WORDS: Final = (
    "vermin cockroach cockroaches parasite parasites sub subhuman subhumans untermensch"
    " untermenschen infestation plague disease cancer termites locusts lice"
)

# reason -> (pattern, anchors): a pattern can only match a text holding one of its anchor
# words, so most comments run none of the patterns and a common anchor ("get", "work") runs
# only its own (a test checks every example against its anchors).
# Whoever killed someone, and the honours wished on them (a killer praised)
_PRAISED_KILLER: Final = (
    r"(?:whoever|who ?ever|the (?:\w+ )?(?:man|men|guy|guys|boys|lads|person|people|one|ones"
    r"|shooters?|killers?|attackers?) (?:who|that))"
)
_PRAISED: Final = (
    r"(?:deserves?|should (?:get|be given)|needs) (?:a |an )?(?:medal|award|reward|prize"
    r"|bharat ratna|padma shri|statue|garland|promotion)"
)


# A thing of the reader's admired ("Nice little café ..."), and a business their family
# keeps: where the veiled threats about a family's livelihood start.
_ADMIRED: Final = r"(?:nice|lovely|beautiful|pretty|fine) (?:\w+ ){0,2}?"
_FAMILYS_OWN: Final = (
    r"(?:your|ur|her|his) (?:husband|wife|family|dad|father|mum|mom|mother|brother|sister|son"
    r"|daughter|parents) (?:runs?|owns?|has|have|keeps?)"
)
# Whose family or home a veiled threat names: the reader's, his or hers, a person named or
# pointed at ("Ravish Kumar's kids", "this reporter's address").
_WHOSE: Final = (
    rf"(?:your|ur|his|her|their|(?:(?>{_PUBLIC_FIGURES})|(?:mr|mrs|ms|shri|smt|dr) [a-z]+"
    r"|(?:this|that|the) (?:reporter|journalist|anchor|editor|writer|columnist|activist|judge"
    r"|minister|woman|man|guy|girl|lady))['’]s)"
)
_FAMILY: Final = rf"(?:{_KIN}|little (?:girl|boy|ones))"
# Whom: the reader, him or her, a person named or pointed at.
_WHOM: Final = rf"(?:you|u|him|her|them|{_PERSON})"
_WHO_IS: Final = rf"(?:you|u|he|she|they|{_PERSON})"
# Whom harm is wished on in Hinglish: a person spoken to, pointed at or named, or a people
# ("isko", "tujhe", "is anchor ko", "Ravish ko", "musalmanon ko": KO_PEOPLE, read whole).
_HI_WISHED: Final = (
    rf"(?:isko|usko|inko|unko|tujhe|tumhe|tujhko|isse|ise|use|(?:{_NAMED}|(?>{KO_PEOPLE})) ko"
    r"|(?:is|us|aise|iss|uss) (?:\w+ )?(?:anchor|neta|aadmi|admi|patrakar|mantri|aurat|ladki"
    r"|ladke|insaan|bande|bandi|reporter|journalist) ko)"
)
PATTERNS: dict[str, tuple[tuple[str, str], ...]] = {
    "threat.violence": (
        # round 514 (set 1437, a Muslim bowler named after a win, in Hinglish): "Isko stadium
        # ke bahar pakad ke dho do" (a beating; not "Isko stadium ke bahar fans ne gher liya")
        (
            rf"{_NO_PEST}(?:isko|usko|inko|unko|isse|use|ise|\w+ ko) (?:\w+ ){{0,4}}?pakad (?:ke"
            r"|kar|kr) (?:dho|dhul|kut|koot|pel|thok|pit|peet|dhulai kar) (?:do|dalo|daalo|denge"
            r"|dena)\b",
            "pakad",
        ),
        # round 515 (set 1438, a Travellers' site, with twins): "Nothing a few ferrets and a
        # shotgun can't solve" (not "Nothing a proper transit site and a bin collection
        # can't solve"); round 516 (set 1439, readers to each other in Hinglish): "kisi din
        # koi tera muh tod dega" (not "kisi din BP badh jayega"); "Tera number de, ghar aake
        # samjhata hoon" (not "Tera point samajh gaya, ghar jaake sochta hoon")
        (
            r"nothing (?:a|some|a few)\b[^.!?\n]{0,30}?\b(?:shotgun|gun|rifle|petrol|matches|bullet"
            r"|bullets|noose|rope|machete|baseball bat|lighter) can'?t (?:solve|fix|sort)\b",
            "shotgun gun rifle petrol matches bullet bullets noose rope machete bat lighter",
        ),
        (
            r"(?:tera|teri|tere|tumhara|tumhari|uska|uski|iska|iski|unka|inka) (?:muh|munh|mooh"
            r"|daant|haddi|haddiyan|sar|gardan|taang|taangein|jabda) (?:koi )?tod (?:dega|denge"
            r"|degi|dalega|dunga|doonga|daalunga|dalunga)\b",
            "tod",
        ),
        (
            # (the reader's house or number asked for: not "Ghar aa ke batata hoon kya hua
            # meeting mein", news told at home)
            r"(?:(?:tera|tumhara|apna) (?:number|address|pata|location)\b[^\n]{0,20}?|(?:tere"
            r"|tumhare) )ghar (?:pe |par )?(?:aake|aa ke|aakar|aa kar) (?:samjhata|samjhaunga"
            r"|samjhaenge|samjha dunga|dekhta|dekh lunga)(?![a-z])",
            "samjhata samjhaunga samjhaenge samjha dekhta dekh",
        ),
        # round 509 (set 1432, veiled threats to a reporter named who exposed a developer,
        # with twins): "should be careful walking to her car these dark evenings" (not "...
        # careful with her sources"); "Thatched roofs catch so easily" of her cottage;
        # "teach that Whitlock woman what happens to snitches" (not "... give her an
        # award"); "your daughter's school finishes at 3:15, doesn't it?" (not "your piece
        # on the school crossing": with the older school-run pattern below); "Journalists like
        # Whitlock have a habit of
        # disappearing" (not "... of being right"); "she might end up in a hole herself";
        # "know her number plate now. Drive safe"; "shut Anna Whitlock up for good"; "Enjoy
        # your last story, Anna" (not "... your week off": with the older "enjoy your last
        # days" below); "a real tragedy if Whitlock's dog
        # got out onto the main road" (not "... if her paper lost her": with the older
        # "shame if your windows" pattern below)
        (
            r"(?:should|better|had better|'d better|needs? to|wants? to|must) be (?:very |extra"
            r" )?careful (?:walking|driving|going|getting) (?:to (?:her|his|their|the|your)"
            r" (?:car|bus|train|house|home|flat|office)|home|back)\b[^.!?\n]{0,40}?(?:dark|night"
            r"|nights|evenings|alone|late)\b",
            "careful",
        ),
        (
            r"(?:thatched roofs?|thatch|wooden (?:houses?|sheds?|fences?|cabins?)|timber frames?)"
            r" (?:catch|catches|burn|burns|go up|goes up) (?:so |very |really |pretty )?(?:easily"
            r"|quickly|fast|nicely|a treat)\b",
            "thatch thatched wooden timber",
        ),
        (
            r"teach (?:her|him|them|you|u|that \w+(?: \w+)?|this \w+(?: \w+)?|[a-z]+) what"
            r" happens to (?:snitches|grasses|rats|traitors|informers|people like (?:her|him|them"
            r"|you)|women like (?:her|you)|journalists who)\b"
            # ... and what a woman is "for": "Someone wait for her after evensong and teach her
            # what a woman's for" (round 575; not "teach her what the job's for")
            r"|(?:teach|show) (?:her|them|these women|women like her|the lot of them) what"
            r" (?:a )?(?:wom[ae]n|girls?|wives|wife)(?:'?s| is| are) (?:really )?(?:for|good for)"
            r"(?![a-z])",
            "happens teach",
        ),
        (
            r"(?:journalists|reporters|hacks|people|women|activists|snitches|critics) like (?:her"
            r"|him|you|them|[a-z]+) (?:have a habit of|tend to|often|sometimes|usually|seem to)"
            r" (?:disappearing|disappear|going missing|go missing|having accidents|have accidents"
            r"|ending up dead|end up dead|turning up dead|turn up dead|falling down stairs)"
            r"(?! (?:from|at|for|during|on|off)\b)",
            "disappearing disappear missing accidents dead falling",
        ),
        (
            r"(?:she|he|you|they|u)\b[^.!?\n]{0,12}?(?:might|could|may|will|'ll|would) end up in"
            r" (?:a|the) (?:hole|ditch|river|canal|grave|ground|body ?bag|bin ?bag|boot)(?: \w+)?"
            r" (?:herself|himself|yourself|themselves)\b|end up in a (?:body ?bag|shallow grave)",
            "herself himself yourself themselves bag bodybag grave",
        ),
        (
            # (not "We have your address for the prize, take care and congratulations")
            r"(?:know|knows|got|have|has|clocked|noted) (?:her|his|your|ur|their) (?:number"
            r" ?plate|reg|registration)\b[^\n]{0,30}?(?:drive safe|drive carefully"
            r"|stay safe|be careful|watch yourself|take care|careful now)",
            "safe carefully careful watch care",
        ),
        (
            r"shut (?:her|him|them|you|u|[a-z]+(?: [a-z]+)?) up for good\b",
            "good",
        ),
        # round 511 (set 1434, harm wished on an actor named, in Hinglish, with twins):
        # "Bhagwan kare Rohan ka accident ho jaye" (not "... ki agli film achhi ho");
        # "bulldozer bhejo, family samet" (not "... income tax ka raid hua hai"); "Rohan tu
        # mar kyun nahi jaata" (not "... chup kyun nahi rehta"); "Kapoor ko stage pe hi
        # tamacha padna chahiye" (not "... jawab mil gaya"); "Iski biwi ko bhi troll karo"
        # (not "Iski biwi ne bhi interview mein yahi bola")
        (
            rf"{_MAY_GOD}[^\n]{{0,25}}?(?:ka|ki|ke|ko) (?:accident|cancer|heart attack|brain"
            r" hemorrhage|aids|lakwa|paralysis) (?:ho|hojaye|ho jaye|ho jaaye)\b"
            # ("Bhagwan kare Tiwari ke ghar ki chhat bhi gire", round 522)
            rf"|{_MAY_GOD}[^\n]{{0,30}}?(?:ki|ke) (?:chhat|chat|chhath|deewar|diwar) (?:bhi )?"
            r"(?:gire|gir jaye|gir jaaye|girr jaye)\b",
            "accident cancer attack hemorrhage aids lakwa paralysis chhat chat chhath deewar diwar",
        ),
        (
            r"(?:bulldozer|buldozer|bulldojar)\w* (?:bhejo|chalao|chala do|chalwao|chalwa do"
            r"|chalna chahiye)\b[^\n]{0,25}?(?:family|parivar|pariwar|bachon|bachchon|biwi)"
            r" (?:samet|sahit|ke saath|bhi)",
            "bulldozer buldozer bulldojar",
        ),
        (
            r"(?:tu|tum|ye|yeh|woh|wo|[a-z]+) (?:mar|marr) (?:kyun|kyu|kyon|kyo) (?:nahi|nhi|nai)"
            r" (?:jaata|jata|jaati|jati|jaate|jate|jaaye|jaye)\b",
            "mar marr",
        ),
        (
            r"\w+ ko (?:\w+ ){0,5}?(?:tamacha|tamache|thappad|chanta|chaanta|jhapad|jhaapad"
            r"|jhapar) (?:padna|maarna|marna|lagana|padne|maarne) (?:chahiye|chaiye|chahie)",
            "tamacha tamache thappad chanta chaanta jhapad jhaapad jhapar",
        ),
        (
            r"(?:biwi|beti|behen|bahen|maa|patni|bachon|bachchon|bachche|family|parivar)\w* ko"
            r" (?:bhi )?(?:\w+ )?(?:troll|gaali|gaaliyan|badnaam|harass)\w* (?:karo|kro|karna"
            r"|karenge|do|dena)\b",
            "troll gaali gaaliyan badnaam harass",
        ),
        # round 512 (set 1435, everyday replies and their traps): "I'd happily shoot
        # whoever wrote this headline" (not "... shoot the breeze with whoever wrote this");
        # "Nobody would care if your lot got wiped out tomorrow" (not "... if the bypass got
        # scrapped"); "Go and die in a ditch, you and your stupid opinions" (not "This bill
        # will die in committee")
        (
            r"(?:i'?d|i would|i will|i'?ll|someone should|somebody should|we should)"
            r" (?:happily |gladly |personally |cheerfully )?(?:shoot|kill|strangle|stab|hang"
            r"|punch|slap|throttle|murder) (?:whoever|the (?:idiot|moron|person|guy|woman|man"
            r"|clown|prat|muppet) who) (?:wrote|writes|approved|edited|signed|made|put)\b"
            # (not "I'll shoot whoever wrote this an email")
            r"(?![^.!?\n]{0,30}?\b(?:email|e-mail|message|note|text|line|dm)\b)",
            "shoot kill strangle stab hang punch slap throttle murder",
        ),
        (
            r"(?:nobody|no one|no-one|noone) (?:would|will|'d|'ll) (?:care|mind|notice|cry|miss"
            r" (?:them|you|'em)) if (?:your lot|you lot|your people|your kind|they|them|these"
            r" people|those people|the lot of them|all of them|you all) (?:all )?(?:got|were|was"
            r"|get|are) (?:wiped out|exterminated|gassed|killed|shot|nuked|bombed|drowned)\b",
            "wiped exterminated gassed killed shot nuked bombed drowned",
        ),
        (
            rf"{_OPENS}(?:just |please |now )?go (?:and )?(?:die|rot) (?:in a (?:ditch|fire|hole"
            r"|gutter|corner)|somewhere)\b",
            "die rot",
        ),
        # round 505 (set 1428, a council leader, a reporter and a campaigner named over a
        # library's closing, with twins): "Somebody should torch Dunmore's car while she's
        # at the meeting" (not "... follow the money on Dunmore's consultancy contracts");
        # "If I see Owen Pryce at the Red Lion he's getting glassed" (not "... I'll buy him
        # a pint")
        (
            r"(?:someone|somebody|we|i|let'?s|should|gonna|going to|'ll|will)\b[^.!?\n]{0,20}?"
            r"(?:torch|firebomb|petrol bomb|burn down|set fire to|set alight) (?:his|her|their"
            r"|[a-z]+'s) (?:\w+ )?(?:car|house|home|office|van|shop|flat|caravan|garage)\b",
            "torch firebomb petrol burn fire alight",
        ),
        # ... or the thing named before the fire: "Somebody should set his locker alight and
        # see how brave he is" (the 1607th set, a trans firefighter; not "... give the whole
        # watch a pay rise", nor "someone set his tent on fire by accident": told)
        (
            r"(?:should|ought to|needs? to|must|gonna|going to|'ll|will|let'?s|lets) (?:just )?"
            r"set (?:his|her|their|[a-z]+'s) (?:\w+ )?(?:car|house|home|office|van|shop|flat"
            r"|caravan|garage|locker|tent|stall) (?:alight|on fire|ablaze)\b",
            "alight fire ablaze",
        ),
        (
            r"if (?:i|we|the lads|anyone) (?:see|sees|catch|catches|find|finds|meet|meets|spot"
            r"|spots)\b[^.!?\n]{0,60}?(?:he'?s|she'?s|you'?re|they'?re|he is|she is|you are"
            r"|they are|he'?ll|she'?ll|you'?ll|they'?ll) (?:(?:be )?(?:getting|gonna get|going"
            r" to get|get) (?:glassed|bottled|stabbed|shanked|battered|knifed|done in|a kicking"
            r"|a beating|a slap|smacked|decked|leathered|twatted|chinned)|(?:be )?(?:dead|a dead"
            r" man|done for))\b",
            "glassed bottled stabbed shanked battered knifed done kicking beating slap smacked"
            " decked leathered twatted chinned dead",
        ),
        # round 506 (set 1429, a district magistrate and a station officer named over a
        # demolition, in Hinglish, with twins): "Saxena madam ki beti ka bhi ghar tootega,
        # dekhna" (not "... ke order ke baad 40 ghar toot gaye"); "DM madam ke muh pe tezaab
        # phenk do" (not "... ke office ke bahar dharna do")
        (
            r"(?:ki|ke|ka|teri|tere|tera|uski|uske|iski|iske) (?:beti|bete|beta|bachon|bachchon"
            r"|bachche|biwi|maa|behen|bahen|parivar|family|gharwalon)\w* (?:ka|ki|ke) (?:bhi )?"
            r"(?:\w+ )?(?:tootega|tutega|jalega|jalegi|tootegi|tutegi|ujdega|ujdegi|girega"
            r"|barbaad hoga)\b[^\n]{0,15}?(?:dekhna|dekh lena|yaad rakhna|samjhe|samjhi|likh ke"
            r" le lo)",
            "dekhna dekh yaad samjhe samjhi likh",
        ),
        (
            r"(?:muh|munh|mooh|muhn|chehre|chehra|face)\w* (?:pe|par|per|mein|me) (?:\w+ )?"
            r"(?:tezaab|tezab|tejab|tejaab|acid) (?:phenk|fenk|phek|daal|dal|dalo|daalo)\w*"
            r"|(?:throw|chuck|fling|pour) (?:some )?acid (?:in|on|at|over) (?:her|his|their|your"
            r"|ur|[a-z]+'s) (?:\w+ )?face",
            "tezaab tezab tejab tejaab acid",
        ),
        # round 507 (set 1430, a woman referee and a black forward named after a match, with
        # twins): "I hope Lucy Hartley gets followed home tonight" (not "... gets the cup
        # final"); "Marcus Reid's kids should get a taste of what he did to our season" (not
        # "... were in the stand waving flags")
        (
            r"(?:hope|hoping|wish|pray) (?:that )?(?:she|he|they|[a-z]+(?: [a-z]+)?) (?:gets?"
            r"|is|are) (?:followed|jumped|mugged|attacked|visited|doorstepped|ambushed|cornered)"
            r" (?:home|tonight|after|on (?:her|his|the) way|outside|in the car ?park)\b",
            "followed jumped mugged attacked visited doorstepped ambushed cornered",
        ),
        (
            r"(?:his|her|their|[a-z]+'s) (?:kids|children|family|wife|daughter|son|mum|mother"
            r"|missus|girlfriend) (?:should|will|deserve to|deserves to|need to|needs to|ought to"
            r"|can) (?:get|have|be given) a taste of (?:what|(?:his|her|their) own|the same)\b",
            "taste",
        ),
        # round 501 (set 1424, a health secretary and a hospital's chief executive named over
        # a doctors' strike, with twins): "Tom Reddy should be dragged out of his office and
        # given a good kicking" (not "... dragged in front of the select committee"); "I know
        # which gym Tom Reddy goes to. Just saying." (not "I know which hospital Tom Reddy
        # used to run"); "Someone give Marsh ... a hospital bed and a long wait to die in it"
        # (not "... a week on a ward")
        (
            r"(?:should|must|needs? to|deserves? to|ought to|wants? to) be (?:\w+ ){0,8}?given"
            r" a (?:good |proper |right |bloody )?(?:kicking|beating|slapping|kicking in)\b",
            "kicking beating slapping",
        ),
        (
            r"(?:i|we) (?:all )?know (?:which|what|where) (?!my |our )(?:\w+ )?(?!my |our )[a-z]+"
            r"(?: [a-z]+)?"
            r" (?:goes|lives|works|parks|drinks|stays|sleeps|trains|jogs|walks|drops (?:his|her)"
            r" kids)(?: to| at| out| off)?\W{1,4}(?:just saying|just sayin|just asking|just an"
            r" observation|watch (?:out|yourself)|be careful|careful now)\b",
            "saying sayin asking observation watch careful",
        ),
        (
            r"give (?:her|him|them|[a-z]+(?: [a-z]+)?)\b[^.!?\n]{0,80}?\ba (?:long |slow )?(?:wait"
            r"|trolley|corridor) to die (?:in|on)\b",
            "die",
        ),
        # round 502 (set 1425, a hospital's director and a health minister named, in
        # Hinglish, with twins): "Vikas Chauhan ko hospital ke bahar khade karke jooton se
        # peetna chahiye" (not "... khade hokar marizon se baat karni chahiye"); "Chauhan ke
        # bachon ko bhi isi hospital mein marne do" (not "... apne bachche private hospital
        # mein jaate hain"); "Rawat madam ka ghar pata hai mujhe, ek din milne jaunga,
        # samajh jayegi" (not "... ka office pata hai mujhe, kal memorandum dene jaunga")
        (
            rf"{_NO_PEST}\w+ ko (?:\w+ ){{0,6}}?(?:chappal|chappalon|joote|jooton|jute|juton"
            r"|jooto|chappalo) se (?:maarna|marna|peetna|pitna|pitwana|kootna|kutna)"
            r" (?:chahiye|padega|hai)\b",
            "chappal chappalon joote jooton jute juton jooto chappalo",
        ),
        # ... and beaten with no shoe named: "Verma ko school ke gate pe hi pitna chahiye"
        # (round 519; not "dhol ko peetna chahiye", a drum)
        (
            rf"{_NO_PEST}(?!(?:dhol|dholak|drum|thali|dhindhora|dhindora)\w*\s)\w+ ko"
            r" (?:\w+ ){0,6}?(?:peetna|pitna|pitwana) (?:chahiye|padega)\b",
            "peetna pitna pitwana",
        ),
        (
            r"(?:ke|ki|ka) (?:bachon|bachchon|bachche|bachhe|bachchi|bete|beti|biwi|parivar"
            r"|family|maa|baap|gharwalon) ko (?:bhi )?(?:\w+ ){0,5}?(?:marne (?:do|dena|chhod do"
            # ("Tiwari ke bachon ko bhi nadi mein phenko, tab samjhega", round 522)
            r"|diya jaye)|(?:nadi|nahar|kuen|kuan|aag|naale) (?:mein|me) (?:phenko|phek do|fenko"
            r"|fek do|daal do|dal do|jhonk do))\b",
            "marne nadi nahar kuen kuan aag naale",
        ),
        (
            r"(?:ka|ki|ke|tera|tumhara|uska|iska) (?:ghar|address|flat|gaon|gali|mohalla)\w*"
            r" (?:pata|maloom|malum) (?:hai|h|he)\b[^\n]{0,40}?(?:milne (?:jaunga|jaenge"
            r"|jayenge|aaunga|aayenge|aaenge|aa raha)|samajh (?:jayegi|jayega|jaegi|jaega"
            r"|jaoge|jaogi)|dekh (?:lenge|lunga|loonga)|hisaab (?:karenge|karunga))",
            "pata maloom malum",
        ),
        # round 503 (set 1426, asylum seekers housed in a village hotel, with twins): "That
        # hotel would go up a treat on a dry night" (not "... has been empty since Covid");
        # "If the council won't shift them, the lads from the estate will" (not "If the
        # council won't consult, the residents' association will ..."); the manager who
        # "wants his windows put through"; "put on a dinghy and pointed at France, minus
        # the engine"; "Drop the hotel keys in the sea and the Afghans with them"
        (
            r"(?:hotel|hostel|mosque|masjid|camp|centre|center|temple|gurdwara|synagogue"
            r"|church|building|barracks|house|flat|shop|place) (?:would|will|could|'d|'ll)"
            r" (?:go up|burn|burn down) (?:a treat|nicely|lovely|beautifully|a dream"
            r"|like a bonfire)\b",
            "treat nicely lovely beautifully dream bonfire",
        ),
        (
            r"if (?:the )?(?:council|police|government|home office|authorities|cops|law"
            r"|politicians) (?:won'?t|will not|wont|can'?t|doesn'?t|don'?t|refuses? to)"
            r" (?:shift|move|remove|deal with|sort|sort out|get rid of|kick out|throw out"
            # ("If the police won't clear them off the common, a few lads with petrol will":
            # round 515)
            r"|evict|clear|move on) (?:them|'em|em|these \w+|those \w+)\b[^.!?\n]{0,25}?,?"
            r" (?:the |our |a few |some |a couple of )?(?:lads|boys|men)(?: \w+){0,3}? (?:will"
            r"|can|shall)\b",
            "shift move remove deal sort rid kick throw evict clear",
        ),
        (
            r"(?:wants|needs|deserves|should have|should get|ought to have|want|need)"
            r" (?:his|her|their|[a-z]+'s) (?:windows?|front door|door|windscreen|car windows)"
            r" (?:put through|put in with a brick|smashed|smashed in|kicked in|bricked"
            r"|caved in)\b",
            "windows window door windscreen",
        ),
        (
            r"(?:put|send|stick|load|shove|pack|throw|bung)\w* (?:\w+ ){0,4}?(?:on|in|into"
            r"|onto) (?:a |the |an? old |an? leaky |leaky )?(?:dinghy|dinghies|boat|boats"
            r"|raft|rafts)\b[^.!?\n]{0,50}?(?:minus|without|no|and take out|and remove"
            r"|and pull|and sink|but not|sans) (?:the |an |any |its |their )?(?:engine"
            r"|engines|motor|oars|paddles|life ?jackets?|fuel|plug)\b",
            "dinghy dinghies boat boats raft rafts",
        ),
        (
            r"(?:in|into) the (?:sea|channel|river|ocean|canal)\b[^.!?\n]{0,10}? and"
            r" (?:the |all the |those |these )?(?:\w+ )?(?:afghans|syrians|migrants|refugees"
            r"|asylum seekers|muslims|somalis|eritreans|sudanese|albanians|pakis|pakistanis"
            r"|bangladeshis|rohingyas?|illegals|iraqis|iranians|kurds|africans|blacks|jews"
            r"|gypsies|roma|immigrants|foreigners) with (?:them|it|'em)\b",
            "sea channel river ocean canal",
        ),
        # round 504 (set 1427, replies between readers, with twins): "Hope your keyboard
        # gives you an electric shock that finishes the job" (not "Hope your keyboard
        # survives the capitals")
        (
            r"(?:hope|wish|pray) (?:your|ur|you|u)\b[^.!?\n]{0,60}?(?:(?:that|which|and)"
            r" finish(?:es)? (?:the job|(?:you|u) off)|electrocutes? (?:you|u)|gives? (?:you|u)"
            r" (?:an |a )?(?:electric shock|heart attack|stroke|aneurysm))\b",
            "finish finishes electrocute electrocutes shock attack stroke aneurysm",
        ),
        # the 485th round (the 1408th set, rants in capitals about migrants, with twins):
        # "shoot the boats ... they can swim with lead in them" (not "stop the boats ... they
        # can apply from the camps in France")
        (
            # (a call: not "The storm could sink the boats in the harbour")
            r"(?:(?:^|(?<=[.!?,;:]) )|(?:just|should|must|we|let'?s|simply) )(?:shoot|sink"
            r"|torpedo|bomb|ram) the (?:boats|dinghies|dinghy|boat)\b"
            r"|swim with (?:lead|bullets) in (?:them|him|her|their)",
            "shoot sink torpedo bomb ram lead bullets",
        ),
        # the 474th and 479th rounds (sets 1397 and 1402: Rohingya in Jammu, an evening; harm
        # wished on a police officer who shot a boy, with twins): "In sab ko ek ship me bhar
        # ke samundar me chhod do"; "should get exactly what he gave that boy" (not "...
        # what the law says"); "Somebody find out where Officer Daniels parks his car" (not
        # "... why Officer Daniels was still on patrol"); "His badge number is out there,
        # people know what to do" (not "... can file complaints"); "Hope someone returns the
        # favour when he's off duty" (not "... reviews the footage")
        (
            r"(?:sab|sabko|inko|unko|in sab|in logon)\w*\b[^\n]{0,15}?(?:ship|jahaz|jahaaz"
            r"|naav|boat|nav)\w* (?:me|mein) (?:bhar|daal)\w*(?: ke| kar)?\b[^\n]{0,15}?"
            r"(?:samundar|samudra|sea|dariya|nadi)\w* (?:me|mein) (?:chhod|phenk|fenk|duba"
            r"|dubo|daal)\w*",
            "chhod phenk fenk duba dubo daal",
        ),
        (
            r"should get (?:exactly )?what (?:he|she|they) gave (?:that|the|this|those) (?:boy"
            r"|girl|kid|man|woman|victim|teenager|child|family|people)\b",
            "gave",
        ),
        (
            r"(?:somebody|someone|let'?s|we should|we need to|people should) (?:find out|look"
            # (and a name: "Someone find out where Fiona Galt parks her car. Just asking.",
            # round 497; not "... gets her figures from")
            r" up) where (?:he|she|they|officer \w+|the \w+|that \w+|this \w+|[a-z]+(?: [a-z]+)?)"
            r"\b[^\n]{0,15}?"
            r"(?:parks|lives|sleeps|drinks|eats|walks|jogs|works out|goes to (?:church|temple"
            r"|mosque))\b",
            "find look",
        ),
        (
            r"(?:address|badge number|number plate|plate|home|house|details|photo|face|car)"
            r" (?:is|are) (?:out there|online|public|posted|known)\b[^\n]{0,30}?(?:people|you"
            r" all|everyone|y'?all|we all|the public) know (?:what to do|what needs to be"
            r" done)",
            "address badge number plate home house details photo face car",
        ),
        (
            r"(?:hope|wish)\b[^\n]{0,10}?(?:someone|somebody|they|people) (?:returns?|repays?"
            r"|pays? back) the (?:favour|favor)\b[^\n]{0,30}?(?:off duty|out of uniform|at"
            r" home|alone|one night|in the dark)",
            "favour favor",
        ),
        # the 470th and 471st rounds (sets 1393 and 1394: Eid prayers on a road, an evening;
        # harm wished on a comedian, with twins): "Send in the bulldozers and the water
        # cannons, that'll clear them"; "stage pe hi gir pade to koi rone wala nahi hoga"
        # (not "... maafi maang le to mamla khatam"); "teach this clown what happens to
        # people who mock gods, the old way" (not "... what comedy is"); "Hope the next venue
        # burns down with him on stage" (not "... cancels the show")
        (
            # ("Iske show ke bahar khade raho, bahar aaye to hum dekh lenge", not "... aur
            # shaanti se protest karo")
            r"(?:khade|khadey|intezaar|intazar|wait|ruke)\w* (?:raho|rahna|karo|rehna)\b"
            r"[^\n]{0,15}?(?:bahar|baahar) (?:aaye|aaya|nikle|nikla|niklega|aayega)\b"
            r"[^\n]{0,10}?(?:to|toh|tab) (?:hum|ham) (?:dekh|nipat|nipta|samajh)\w* (?:lenge"
            r"|lege)\b",
            "khade khadey intezaar intazar wait ruke",
        ),
        (
            r"send in the (?:bulldozers|water cannons?|tanks|dogs)\b[^\n]{0,50}?(?:clear|shift"
            r"|move|scatter|flush)\w* (?:them|these|those|em)\b",
            "bulldozers cannons cannon tanks dogs",
        ),
        (
            r"(?:gir|mar|tapak|lat|dub|jal)\w* (?:pade|jaye|jaaye|jae|gaya|gayi) (?:to|toh"
            r"|tab) (?:koi|kisi ko) (?:rone wala|rone waala|rone wali|dukh|afsos|fark) (?:nahi"
            r"|nahin|na)\b",
            "rone dukh afsos fark",
        ),
        (
            r"teach (?:him|her|them|this \w+|that \w+|these \w+) what happens to (?:people"
            r"|those|anyone|men|women|comedians|journalists)\b[^\n]{0,50}?(?:the old way|the"
            r" old-fashioned way|the hard way|old school)",
            "happens",
        ),
        (
            r"(?:hope|wish|pray)\b[^\n]{0,30}?(?:burns? down|blows? up|collapses?|caves? in"
            r"|goes up in flames)\b[^\n]{0,10}?with (?:him|her|them|you|the \w+|that \w+)"
            r" (?:in|on|inside)\b",
            "burns burn blows blow collapses collapse caves cave flames",
        ),
        # the 463rd round (the 1386th set, a bridge that fell, harm wished on a minister and a
        # contractor, with twins): "should be made to stand on the next one when it falls"
        # (not "... stand in front of the families"); "usi pul ke neeche daba dena chahiye
        # tha" (not "usi pul pe le jaake dikhana"); "I hope he drowns in the same river" (not
        # "I hope he is questioned in the same court"); "Iske ghar ki chhat bhi aise hi gire"
        # (not "Iske ghar ki chhat ki bhi jaanch ho"); "Someone should push the contractor off
        # what's left of it" (not "... check the contractor's other bridges")
        (
            r"should (?:be made to |have to |be forced to )?(?:stand|sit|live|sleep|be|walk)"
            r" (?:on|under|in|beneath|across) the next (?:one|bridge|building|flyover|tower)\b"
            r"[^\n]{0,20}?(?:falls|collapses|comes down|goes down|burns|caves in)",
            "next",
        ),
        (
            r"(?:usi|isi|uske|iske|us|is) (?:pul|bridge|malbe|malba|building|imarat|chhat)\w*"
            r" (?:ke )?(?:neeche|niche|andar|me|mein) (?:daba|dafna|gaad|gaadh|dafan|fenk"
            r"|phenk|kuchal)\w* (?:dena|do|dete|dalo|dalna|chahiye)",
            "daba dafna gaad gaadh dafan fenk phenk kuchal",
        ),
        (
            r"(?:hope|wish|pray)\b[^\n]{0,5}? (?:he|she|they|the minister|the contractor|the mla"
            r"|the mp|the officer|the engineer|the builder)s? (?:drowns?|chokes?"
            r"|suffocates?|gets? crushed|is crushed|are crushed|bleeds? out)\b",
            "drown drowns choke chokes suffocate suffocates crushed bleed bleeds",
        ),
        (
            r"(?:iske|uske|inke|unke|tere|tumhare|mantri ke|neta ke|mantri ji ke)\b[^\n]{0,10}?"
            r"(?:ghar|makaan|bungalow|kothi|flat|office)\w* (?:ki|ka|ke) (?:chhat|chat|deewar"
            r"|diwar|chhajja)\w* (?:bhi )?(?:aise hi |waise hi |yun hi )?(?:gire|gir jaye|gir"
            r" jaaye|dhah jaye|toot jaye|tut jaye)\b",
            "gire gir dhah toot tut",
        ),
        (
            r"(?:someone|somebody|people|they|we) (?:should|ought to|must|need to|needs to)"
            r" (?:push|throw|shove|drop|toss|chuck) (?:the |that |this |him |her )?(?:\w+ ){0,2}?"
            r"(?:off|from|into|over) (?:what'?s left of|the (?:bridge|roof|building|balcony"
            r"|cliff|tower|river|flyover))"
            # ... and told, a person: "Throw O'Connor off a roof like they do in Iran" (round
            # 528; not "throw the rubbish off the roof", a thing), "Just roll Wells down the
            # stairs and be done with it" (round 532, of a councillor in a wheelchair; not
            # "roll her budget into next year")
            rf"|(?:{SENTENCE_OPENS}|(?<![a-z])(?:just|someone should|somebody should"
            r"|i'?d) )(?:push|throw|shove|chuck|toss|roll|wheel) (?:him|her|them"
            rf"|{_PERSON}) (?:off|from|down) (?:a|the) (?:tall |high )?(?:bridge|roof|building"
            r"|balcony|cliff|tower block|tower|stairs|steps|staircase|escalator|ramp|hill|pier)",
            "push throw shove drop toss chuck roll wheel",
        ),
        # the 455th round (the 1378th set, harm wished on a jailed journalist in Hinglish,
        # with twins): "bahar aaya to koi na koi hisaab kar dega" (not "Bahar nikle to log hi
        # faisla karenge uski reporting ka"); "jail me hi TB ho jaaye to accha" (not "Aise
        # jail me to kisi ko bhi TB ho jaaye"); "Bhagwan kare iska case kabhi khatam na ho
        # aur yahi mare" (not "... jaldi khatam ho"); "jail me hi koi ek raat me sudhaar de"
        # (not "... ek raat me bail mil jaati")
        (
            r"(?:bahar|baahar) (?:aaya|aaye|aayega|aaega|nikla|nikle|niklega|aate hi|nikalte"
            r" hi)\b[^\n]{0,40}?(?:hisaab|hisab|kaam tamaam|nipta|nipat|tapka|thok|faisla kar"
            r" (?:denge|dega|degi|dege)|faisla ho (?:jayega|jaayega|jaega))",
            "hisaab hisab tamaam nipta nipat tapka thok faisla",
        ),
        (
            r"(?:tb|cancer|corona|covid|aids|lakwa|paralysis|kodh|hepatitis|bimari|beemari"
            r"|heart attack|dengue|maleria|malaria|hartattack)\b[^\n]{0,10}?ho (?:jaaye|jaye"
            r"|jae|jaayen|jayen) (?:to|toh|tab) (?:accha|achha|acha|achchha|behtar|badhiya|sahi)",
            "tb cancer corona covid aids lakwa paralysis kodh hepatitis bimari beemari heart"
            " dengue maleria malaria hartattack",
        ),
        (
            r"(?:bhagwan|bhagvan|ishwar|allah|khuda|upar ?wala|rab) (?:kare|kre|karey|kari)\b"
            r"[^\n]{0,60}?\b(?:mare|marey|mar jaye|mar jaaye|mar jae|sad ke mare|sadke mare"
            r"|tadap ke mare|tadapke mare)\b",
            "bhagwan bhagvan ishwar allah khuda upar uparwala rab",
        ),
        (
            r"(?:jail|lockup|thane|thana|hawalat)\w* (?:me|mein) (?:hi )?(?:koi )?(?:ek raat"
            r"|ek din|do din|ek hafte)\w* (?:me|mein) (?:sudhaar|sudhar|seedha|sidha|theek"
            r"|thik)\w* (?:de|kar de|karde|dega|denge|kar dega|kar denge)\b",
            "jail lockup thane thana hawalat",
        ),
        # the 433rd round (the 1356th set, harm wished on police after a custodial death,
        # with twins): "Every cop in that station deserves what he got in the lockup" (not
        # "... deserves a proper inquiry"); "Find out where the inspector lives and pay him a
        # visit" (not "Find out which court the inspector's case is listed in"); "Set fire to
        # the police station, it's the only language they understand" (not "... a citizens'
        # panel ..., it's the only way trust comes back"); "Those pigs should be strung up"
        (
            r"(?:every|all|each) (?:\w+ ){0,2}?(?:cop|cops|officer|officers|policeman|policemen"
            r"|constable|constables|guard|guards|screw|screws)\b[^\n]{0,40}?deserves? (?:what"
            r"|the same(?: thing)?) (?:he|the boy|the victim|the prisoner|that man|that boy|the"
            r" man) got\b",
            "deserve deserves",
        ),
        (
            r"(?:find out|found out|know|we know|look up) where (?:he|she|they|the \w+|that \w+)"
            r" lives?\b[^\n]{0,30}?pay (?:him|her|them) a (?:visit|call)",
            "visit call",
        ),
        (
            r"(?:fire|torch|burn|burning|violence|force|bullets|stones|the lathi|the boot|fists"
            r"|a beating|beatings)\b[^\n]{0,60}?(?:it'?s|its|is|that'?s) the only (?:language"
            r"|thing) (?:they|these people|them|those people|such people) (?:understand|get"
            r"|respect)",
            "language",
        ),
        (
            # "Hope his own kids get picked up one night and never come back" (not "Hope his own
            # department finally sacks him")
            r"(?:hope|wish|pray)\b[^\n]{0,10}?(?:his|her|their|your|ur) (?:own )?(?:kids"
            r"|children|son|sons|daughter|daughters|family|wife|husband|boy|girl)\b[^\n]{0,30}?"
            r"(?:get|gets|are|is|be) (?:picked up|taken|lifted|snatched|abducted|disappeared)"
            r"\b[^\n]{0,30}?never (?:come|comes) (?:back|home)(?=[.!,]|$| again)",
            "picked taken lifted snatched abducted disappeared",
        ),
        (
            r"(?:those|these) (?:pigs|swine|scum|filth|dogs)\b[^\n]{0,10}?should (?:all )?be"
            r" (?:strung up|hanged|hung|lynched)",
            "strung hanged hung lynched",
        ),
        # the 422nd and 424th rounds (sets 1345 and 1347: a Dalit groom's procession stoned,
        # an evening; harm wished on an opposition leader in Hinglish, with twins): "Stones
        # were too kind" (not "Stone pelting on a wedding is a crime"); a stampede wished
        # and "desh ka bhala hoga" (not a stampede at his last rally told); "Bhagwan ise
        # aisi bimari de ki bolne layak na rahe" (not "Bhagwan ise sadbuddhi de"); "Iska
        # helicopter kahin jungle me gire" (not "... har hafte jungle wale districts me
        # jaata hai"); "janta khud sadak pe saza de, court ki zarurat nahi"; "Mar jaaye to
        # desh me Diwali manegi" (not "Diwali pe pataakhe ban karne ka faisla galat hai")
        (
            r"(?:stones|stoning|a beating|beatings|slaps|lathis|bullets|rubber bullets|the"
            r" lathi ?charge|hanging) (?:were|was|is|are|would be) (?:too kind|too good|too"
            r" soft|too gentle|a mercy|merciful|too merciful)",
            "kind gentle mercy merciful",
        ),
        (
            r"(?:kuchla|kuchal|mar|jal|dub|doob|gir|latak|kat|ud)\w* (?:jaye|jaaye|jae|jaayen"
            r"|jayen)\b[^\n]{0,20}?(?:desh ka bhala|desh ka bhla|sabka bhala|sab ka bhala|achha"
            r" hoga|accha hoga|sukoon milega|desh bach jayega)",
            "bhala bhla achha accha sukoon bach",
        ),
        (
            r"(?:bhagwan|bhagvan|ishwar|allah|khuda|upar ?wala|rab)\w* (?:ise|use|isko|usko"
            r"|inko|unko|tujhe|tumhe|iske|uske|is neta|is aadmi)\b[^\n]{0,20}?(?:bimari|beemari"
            r"|cancer|lakwa|paralysis|kodh|aids|kida|keede)\w*",
            "bimari beemari cancer lakwa paralysis kodh aids kida keede",
        ),
        (
            r"(?:iska|uska|inka|unka|tera|neta ?ji ka|neta ka)\b[^\n]{0,10}?(?:helicopter"
            r"|plane|jahaz|jahaaz|chopper|jet)\w* (?:\w+ ){0,4}?(?:gire|girey|gir jaye|gir jaaye"
            r"|crash ho jaye|crash ho jaaye|takra jaye|dub jaye|gayab ho jaye)\b",
            "gire girey gir crash takra dub gayab",
        ),
        (
            r"(?:janta|public|log|bheed|hum)\b[^\n]{0,10}?(?:khud )?(?:sadak|sadkon|chauraha"
            r"|chaurahe)\w* (?:pe|par) (?:saza|sazaa|faisla|insaaf|nyay)\w* (?:de|dega|degi"
            r"|karegi|kare|karo|dena chahiye)\b",
            "saza sazaa faisla insaaf nyay",
        ),
        (
            r"(?:mar|mare|marr|tapak|lat)\w* (?:jaaye|jaye|jae|gaya|jayega|jaega|jaayega)\b"
            r"[^\n]{0,20}?(?:to|toh|tab)\b[^\n]{0,20}?(?:diwali|deewali|holi|eid|jashn|party"
            r"|pataakhe|patakhe|mithai|laddoo|ladoo)",
            "diwali deewali holi eid jashn party pataakhe patakhe mithai laddoo ladoo",
        ),
        # the 414th, 415th and 417th rounds (sets 1337, 1338 and 1340: Sikh farmers
        # protesting, an evening; harm wished on a judge who acquitted, with twins; two men
        # married in a Kerala temple, replies): "1984 yaad dila do phir dekho kaise bhagte
        # hain" (not "1984 yaad hai? ... insaaf nahi mila"); "Judge sahab ke ghar bhi kabhi
        # aisa ho, tab pata chalega" (not "Judge sahab ke court me bhi kabhi fast hearing
        # ho"); "Whoever signed this acquittal deserves the same thing those girls got" (not
        # the victims said to deserve what the girls got, justice); "I hope his own daughter
        # meets one of the men he set free"; "iski kursi ke saath iski gardan bhi jaani
        # chahiye" (not "judge ki kursi pe baithne se pehle jaanch honi chahiye"); "Dono ko
        # mandir ke bahar peetna chahiye tha" (not "dono ko ashirwad diya")
        (
            # (said to Sikhs: not "Voters ko 1984 yaad dilana padega, Congress ne kya kiya
            # tha")
            r"(?:sikh|sardar|sardaar|inko|unko|inhe|unhe|in logon|inki|unki|turban|pagdi|pagri)"
            r"\w*\b[^\n]{0,40}?1984 (?:(?:phir se |ek baar phir |fir se )?yaad (?:dila|dilana"
            r"|dilao|dilaana|dilaenge|dilayenge)|(?:phir se |fir se )?(?:dohra|dohrana|dohrao"
            r"|repeat)\w*)"
            r"|1984 (?:phir se |fir se )?(?:yaad (?:dila|dilana|dilao|dilaana)\w*|dohra\w*"
            r"|repeat\w*) (?:inko|unko|inhe|unhe|in logon ko|sikhon ko|sardaron ko|sardaaron ko)",
            "1984",
        ),
        (
            r"(?:ke|ki|ka) (?:ghar|family|parivaar|parivar|beti|bahu|biwi|bachchon|bacchon)\w*"
            r" (?:\w+ ){0,2}?(?:bhi )?(?:kabhi )?(?:aisa|yahi|wahi|yehi|vahi) (?:ho|hoga|ho jaaye"
            r"|ho jaye|ho jae|hona chahiye)\b[^\n]{0,20}?(?:tab|tabhi|phir|fir) (?:pata (?:chalega"
            r"|lagega)|samjhega|samjhegi|samjhenge|akal aayegi|aayegi akal)",
            "chalega lagega samjhega samjhegi samjhenge akal",
        ),
        (
            r"(?:whoever\b[^\n]{0,40}?|(?:he|she|they|him|her|the judge|this judge|that judge)"
            r" )(?:deserves?|should get|ought to get|needs?) (?:the same thing|the same|what)"
            r" (?:those|the|that|these) (?:girls?|women|woman|victims?|kids|children|child) got",
            "girls girl women woman victims victim kids children child",
        ),
        (
            r"(?:hope|wish|pray)\b[^\n]{0,10}?(?:his|her|their|your|ur) (?:own )?(?:daughters?"
            r"|wife|sister|mother|kids|son|family)\b[^\n]{0,20}?(?:meets?|runs? into|gets? to"
            r" meet|is left alone with|ends up with|moves next to) (?:one of )?(?:the|those|these)"
            r" (?:men|man|rapists|monsters|animals|guys|accused|criminals)\b[^\n]{0,20}?(?:he|she"
            r"|they|you|the judge) (?:set free|freed|acquitted|let off|let go|released|bailed"
            r"|defended|protects?|protected)",
            "daughter daughters wife sister mother kids son family",
        ),
        (
            r"(?:kursi|naukri|post|pad|gaddi)\w* ke saath (?:(?:iski|uski|inki|unki|teri|tumhari)"
            r" )?(?:gardan|sar|jaan)\w* bhi (?:jaani|utarni|katni|kaatni|leni|udni) chahiye",
            "gardan sar jaan",
        ),
        (
            r"(?:dono|in dono|un dono|inko|unko|inhe|unhe|aise logon) ko (?:\w+ ){0,4}?(?:peetna"
            r"|pitna|maarna|kootna|jootey maarne|joote maarne) chahiye tha",
            "peetna pitna maarna kootna maarne",
        ),
        # "she'd need a new face after"; "a woman who needs a good slap" (not "the
        # government needs a good kicking at the polls": no kicking here)
        (
            r"(?:she|he|you|u|they)(?:'?d| would| will|'?ll) need a new face(?=[.!,;]|$| after"
            r"| when| by the time)",
            "face",
        ),
        (
            r"(?:who|she|he|you|u|they) (?:needs?|deserves?) a (?:good |proper"
            r" |tight |sound )?(?:slap|slapping|beating|thrashing|hiding)",
            "slap slapping beating thrashing hiding",
        ),
        # "Someone slap this clown, he's been spamming the thread all day" (the 1025th set;
        # not "someone slap me, what a finish", nor "slap some sense into the selectors")
        (
            r"(?:someone|somebody) (?:should |needs to |pls |please |plz )?(?:slap|smack|punch"
            r"|thrash) (?:this|that|him|her|them)(?! (?:some|a bit of) sense)(?: \w+)?",
            "slap smack punch thrash",
        ),
        # "Kannadigas who refuse to speak Hindi should be beaten till they learn" (not "should
        # be beaten at the polls")
        (
            r"should be (?:beaten|thrashed|slapped|whipped|flogged|kicked) (?:up )?(?:till|until"
            r"|untill|til) (?:they|he|she|you|u|them)",
            "till until untill til",
        ),
        # "the groom and his family should have been thrashed harder" (not "should have been
        # beaten more convincingly": a match)
        (
            r"should(?:'?ve| have) been (?:beaten|thrashed|kicked|punched|whipped|flogged|slapped"
            r"|hit)(?: up)? (?:harder|worse|to death|black and blue|senseless)",
            "harder worse death blue senseless",
        ),
        # "you will be hanged", "your family will be burnt alive" (not a warning: "you'll get
        # shot if you go there at night")
        (
            rf"(?:you|u|your (?:whole )?family|your kids)(?:'ll|’ll| will| shall| are going to"
            rf"| are gonna| gonna) (?:all )?(?:be|get) {_HARM}(?<!wiped\sout)(?<!put\sdown)"
            r"(?![^.!?\n]*\b(?:if|unless|when)\b)",  # (not "you will get wiped out" at the polls)
            _HARM_WORDS,
        ),
        # "the judge who gave this verdict should be beheaded": a person named by the work
        # they did (not "those who lynched him must be hanged": a sentence for a crime)
        (
            r"(?:the|this|that) (?:judge|journalist|reporter|anchor|editor|writer|author|lawyer"
            rf"|professor|activist) (?:who|that) [^.!?\n,]{{1,40}}? {_SHOULD} (?:all )?be"
            rf" (?:\w+ly )?{_HARM}(?! out to dry)(?! in the back)",
            _HARM_WORDS,
        ),
        (  # not the idioms "should be hanged out to dry", "stabbed in the back", nor an
            # election lost (an adverb before the harm: "should be publicly flogged")
            rf"(?:{_WHO_SUBJECT}|{_HARMED_OBJECT}|{_PERSON}) (?:all )?{_SHOULD} (?:all )?(?:be )?"
            rf"(?:\w+ly )?{_HARM}{_NOT_AT_THE_POLLS}"
            r"(?! out to dry)(?! in the back)",
            _HARM_WORDS,
        ),
        # "I'll kill him", "someone should shoot this journalist" (and a blade: "Someone needs
        # to slash Collins, not the budget", round 521)
        # (not "the minister's plan", "shoot this guy a message")
        (
            rf"{_WILL} (?:\w+ ){{0,2}}?(?:{DO_HARM}|slash|knife|shank|glass) (?:{_WHO}|{_PERSON})"
            rf"(?!['’]s){_NOT_IDIOM}"
            r"(?! (?:a|an|the) (?:message|mail|email|e-mail|text|note|line|dm|pm|question|look"
            r"|glance|smile|link|letter|reply|invite|invitation))",
            _DO_HARM_WORDS + " slash knife shank glass",
        ),
        # the same as an order, of the one who wrote the article: "Shoot the journalist who
        # wrote this" (the 1051st set, in leet; not "shoot the journalist who wrote this an
        # email", nor "don't shoot the messenger")
        (
            # (nor a call put as a question to answer it: "Kill the reporter who wrote this?
            # That's what you lot sound like")
            rf"(?:{_OPENS}|(?:just|now|so|please|pls|plz) ){DO_HARM} (?:the|this|that)"
            r" (?:journalist|reporter|writer|author|editor|anchor|hack|columnist) (?:who|that)"
            r" (?:wrote|write|writes|published|approved|filed|made|did|is behind|put out)"
            r" (?:this|it|that|the \w+)(?! (?:an? )?(?:message|mail|email|e-mail|text|note|line"
            r"|dm|letter|thank))(?![^.!?\n]*\?)",
            _DO_HARM_WORDS,
        ),
        # "someone should beat the crap out of him" (not "beat the hell out of them at the
        # polls")
        (
            rf"{_WILL} (?:\w+ ){{0,2}}?beat (?:the )?(?:crap|shit|hell|fuck|living daylights"
            rf"|snot) out of (?:{_WHO}|{_PERSON})(?! (?:at|in|on) (?:the )?(?:polls?|elections?"
            r"|ballot|vote|final|match|game|league|debate))",
            "beat",
        ),
        (
            # (not what someone is reported to have tried: "the accused wanted to rape her")
            # (\s, not a space: a space in a pattern becomes a run of them, and a look-behind
            # needs a fixed width)
            r"(?<!tried\sto\s)(?<!wanted\sto\s)(?<!attempted\sto\s)(?<!plotted\sto\s)"
            r"(?<!threatened\sto\s)(?<!trying\sto\s)"
            # (nor what someone else is reported to have said: "he would kill her if she went
            # to the police, the court heard")
            r"(?<!he\swould\s)(?<!she\swould\s)(?<!they\swould\s)(?<!he'd\s)(?<!she'd\s)"
            # (not "if you do not watch, he will hang him self": himself, written apart)
            # ("Kill the lot of them and let God sort it", round 603: as "kill them all" is;
            # not "burn the lot of them, said my dad about his old tax returns")
            rf"{DO_HARM} (?:them(?! selves)|her(?! self)|him(?! self)|all of them|(?<!burn\s)the"
            r" (?:whole )?lot of them|every (?:last |single )?one of (?:them"
            r"|these \w+|those \w+)|(?:these|those) (?:people|traitors|bastards|scum|animals"
            rf"|rats|idiots|guys|folks))(?: all)?{_NOT_IDIOM}",  # not "kill these bills"
            _DO_HARM_WORDS,
        ),
        (rf"(?:{_WHO}|{_PERSON}) (?:all )?(?:deserve|deserves) to die", "die"),
        # the forty-eighth session's sweep of threats to people named or pointed at: "Modi
        # must die", "death to the judge", "kill Trump already" (an order opening its
        # clause; not "kill Trump's bill"), "the PM would look good hanging from a tree"
        # (three patterns, each anchored on its own word: as one, any "kill" ran all three)
        (
            rf"(?:{_WHO_SUBJECT}|{_PERSON}) (?:must|should|has to|needs to) die\b(?! on (?:this"
            r"|that|the|a) (?:hill|cross))(?! (?:of|in|from|with|before|for) )",
            "die",
        ),
        (rf"death to (?:{_PERSON}|him|her|them)\b", "death"),
        (
            # (the one who wrote it, named by a clause, is the pattern further on's, which
            # reads what follows: "shoot the journalist who wrote this an email")
            rf"{_OPENS}(?:just |now |so )?{DO_HARM} {_PERSON}(?!['’]s)(?! (?:who|that|whose)\b)"
            rf"{_NOT_IDIOM}"
            r"(?! (?:a|an|the) (?:message|mail|email|text|note|line|question|look|letter))",
            _DO_HARM_WORDS,
        ),
        # ("can't wait to see Modi dead": a person named, not "this bill dead")
        (
            rf"(?:love|like|want|wish|hope|wanna|can'?t wait) to see (?:{_NAMED}|{_PERSON})"
            r" (?:dead\b(?! (?:wrong|right|serious|set|tired|last|on|certain|even|broke|centre"
            r"|center|heat|end|ahead|cert))|in a (?:coffin|body ?bag|box)|six feet under\b)",
            "dead coffin bag bodybag box feet",
        ),
        (
            r"(?:would|will|'?d|'?ll) look (?:good|great|better|nice|lovely) (?:hanging|swinging"
            r"|dangling) (?:from|off) (?:a|the) (?:tree|rope|lamp ?post|noose|bridge|crane"
            r"|gallows|branch)",
            "hanging swinging dangling",
        ),
        # "... is a brain-dead sheep who deserves to die" (the 438th set): someone insulted and
        # wished dead in one breath
        (
            r"(?:sheep|idiots?|morons?|scum|traitors?|bastards?|animals?|vermin|pigs?|rats?"
            r"|cretins?|imbeciles?|parasites?|filth|trash|losers?|retards?|bitch|bitches)"
            r" (?:who|that) (?:all |truly |really )?deserves? to die",
            "die",
        ),
        # "pour petrol on him and light it", "set her on fire" (the 437th set): a person set
        # alight (not "set the tent on fire", "light them up" of a stage)
        (
            rf"(?:{_OPENS}|{_WILL} |just |should |(?:i|we) (?:would|want to) )"
            r"(?:set (?:him|her|them|you|u) (?:on fire|alight|ablaze)"
            r"|(?:pour|throw|chuck|tip) (?:petrol|kerosene|gasoline|gas|diesel|lighter fluid)"
            r" (?:on|over) (?:him|her|them|you|u|(?:the|these|those|this|that)"
            # (not "pour petrol on the fire", the flames of a row)
            r" (?!(?:fire|fires|flames|blaze|bonfire|row|debate|situation|crisis|tensions?)\b)"
            r"\w+)"
            r"(?: and (?:light|torch|burn) (?:it|him|her|them|you|u))?"
            # ... whatever is poured, when it is lit on them: "Pour a bit of the oil they
            # hate over them and light it" (the 1582nd set; not "pour the oil money into
            # buses")
            r"|(?:pour|throw|chuck|tip) (?:\w+ ){1,8}?(?:on|over) (?:him|her|them|you|u) and"
            r" (?:light|torch|burn|ignite) (?:it|him|her|them|you|u)(?![a-z]))",
            "set pour throw chuck tip",
        ),
        # "Kill every imam in Europe and the problem ends" (the 354th set; people named one by
        # one by what they are: not "kill every mosquito")
        (
            r"(?<!not\s)(?<!never\s)(?:kill|shoot|hang|behead|gas|lynch|stab|burn) every (?:single"
            r" |last )?(?:imam|priest|rabbi|pastor|mullah|mulla|muslim|jew|hindu|sikh|christian"
            r"|migrant|refugee|immigrant|journalist|reporter|gay|tranny|dalit"
            # ... and a side named by a word before its people: "Kill every Hindi imposer,
            # burn their boards" (the 1060th set)
            r"|(?:\w+ )?(?:imposers?|supporters?|voters?|protesters?|protestors?|activists?"
            r"|leftists?|liberals?|bhakts?|sanghis?|settlers?|outsiders?|northies?|madrasis?"
            r"|biharis?|tamils?))(?![a-z])",
            "kill shoot hang behead gas lynch stab burn",
        ),
        # "fat people deserve to die early", "old people should just hurry up and die" (not
        # "should die at home, with dignity", a wish about their care)
        (
            # ("Boomers should hurry up and die so we can have their houses": the 1075th set)
            r"(?:people|folks|kids|children|patients|men|women|addicts|beggars|boomers"
            r"|pensioners|oldies|oaps|wrinklies) (?:all |just )?"
            r"(?:deserve to|should|must|ought to) (?:just )?(?:all )?(?:hurry up and )?die"
            r"(?! out| of old| a natural| at home| in peace| with dignity| in their own| before"
            r"| when| peacefully)",
            "die",
        ),
        # "Roll her down the stairs and see how fast she learns to walk", "tip him out of
        # his wheelchair" (the 300th set; not "we rolled the piano down the stairs", nor a
        # sleeper tipped out of his chair); her chair down them, "Somebody push her chair down
        # the Commons stairs" (round 554, of an MP in a wheelchair; not "build her a ramp by
        # the Commons stairs"), and "Hope her wheels fall off on the way to Westminster" (not
        # "hope her train's on time")
        (
            r"(?:roll|push|shove|throw|kick|tip|chuck) (?:her|him|them|you|u) (?:down the stairs"
            r"|out of (?:her|his|their|your|ur|the) wheelchair)"
            r"|(?:roll|push|shove|tip|chuck|kick|throw) (?:her|his|their|your|ur|[a-z]+['’]s)"
            r" (?:wheel ?)?chair (?:down|off|into|over) (?:the |a )?(?:\w+ )?(?:stairs|steps"
            r"|cliff|canal|river|road|edge)(?![a-z])"
            r"|hope (?:her|his|their|your|ur) wheels? (?:fall|falls|come|comes|drop|drops) off"
            r"(?![a-z])",
            "stairs wheelchair chair wheels wheel",
        ),
        # "should be locked in a room with Covid patients until they die"
        (
            r"(?:should|must|ought to) be (?:locked|left|kept|thrown|shut) [^.!?\n]{1,60}?"
            r"(?:until|till|untill) (?:they|he|she|you) (?:all )?(?:die|dies|rot|rots|starve)",
            "until till untill",
        ),
        # "mental patients should be sterilised so they can't breed": eugenics (not "stray
        # dogs should be sterilised", the city's animal-birth-control programme)
        (
            r"(?:people|patients|kids|children|women|men|immigrants|refugees|migrants|muslims"
            r"|dalits|hindus|christians|jews|gays|addicts|the poor|beggars|disabled|retards"
            r"|you|u)"
            r" should (?:all )?be (?:forcibly )?(?:sterilised|sterilized|euthanised|euthanized"
            r"|castrated)",
            "sterilised sterilized euthanised euthanized castrated",
        ),
        # "every one of them should die in a ditch" (not "should die out", "of old age")
        (
            rf"{_WHO} (?:all )?(?:should|must|ought to) (?:all )?die(?! out| of old| a natural)",
            "die",
        ),
        # romanised Hindi: "shoot them", "kill them", "burn them", "cut them"
        (r"goli se (?:udao|uda do|uda denge|udana chahiye|uda dena chahiye)", "goli"),
        (  # not the idiom "goli maaro is budget ko" (to hell with this budget)
            r"goli (?:maaro|maro|maar do|mar do|maar denge|maarni chahiye|maar deni|mar deni"
            rf"|maar dena|maar dunga|maar doonga)(?! slogan| naare| nare| ke naare){_NOT_A_SLOGAN}"
            # (the idiom before a plan dropped: "Goli maaro, diet kal se", the 968th set)
            r"(?!,? (?:diet|kal se|aaj|chalo|chhodo|jaane do|bhool jao|chod do|pizza|party))"
            r"(?! (?:is|us|iss|uss|aise|aisi|aisa|in|un)"
            r" (?!neta|patrakar|anchor|aadmi|aurat|ladki|ladke|gaddar|deshdrohi|mulle|mulla|log"
            r"|logon|journalist|reporter|writer|editor)\w+ ko)",
            "goli",
        ),
        # with someone as the object: "unko jala do", "in gaddaron ko latka do", "phansi do"
        # (hang them), "unko bhi jala do" (the 527th set); not "chakka maar do" (hit a six),
        # "kachre ko jala do" (burn the rubbish), "tasveer ko latka do" (hang the picture):
        # "ko" after a person
        (
            rf"{_PERSON_OBJECT} (?:bhi |hi )?(?:(?:(?:ped|pedon|pole|khambe|khambhe|chauraahe"
            r"|chaurahe) (?:se|pe|par) |(?:sabke|sab ke) (?:saamne|samne) "
            # ("Agli baar dulhe ko hi ghodi se utaar ke jala do": round 543, of a Dalit groom)
            r"|\w+ (?:se|pe|par) (?:utaar|utar|kheench|khinch|nikaal|nikal|ghaseet)\w* (?:ke|kar) "
            # ("Inke imam ko masjid ke bahar latka do": round 508)
            r"|\w+ (?:ke|ki) (?:bahar|beech|saamne|samne|andar|upar|aage) )?(?:maar|jala|kaat"
            # ("Inko kuchal do": crushed, round 555, of Christians)
            r"|phoonk|latka|thok|kuchal|masal|(?:phansi|phaansi|fansi|faansi) (?:pe|par) latka"
            r"|(?:phansi|phaansi"
            r"|fansi|faansi) de) (?:do|dalo|daalo|denge|dena chahiye)"
            # "agli baar pastor ko bhi peet dena" (the 540th set; a beating is done to people)
            r"|peet (?:do|dalo|daalo|denge|dena)(?! mat))"
            rf"|(?:{KO_PEOPLE} ko|inhe|unhe|inko|unko|sabko) (?:phansi|phaansi|fansi|faansi)"
            r" (?:do|de do|dena chahiye)"
            # ("Kejriwal ki hatya kar do": the forty-eighth session)
            rf"|(?:{KO_PEOPLE}|iski|uski|inki|unki) ki (?:hatya|katl|qatl|murder) (?:kar do"
            r"|kardo|karo|kar dena|kar deni chahiye|karni chahiye|honi chahiye)",
            "maar jala kaat phoonk latka thok phansi phaansi fansi faansi peet hatya katl qatl"
            " murder kuchal masal",
        ),
        # ... and the object after: "kaat do sabko" (the 958th set; not "kaat do kapda")
        (
            r"(?:maar|jala|kaat|phoonk|latka|kuchal|masal) (?:do|dalo|daalo|denge) (?:in |un )?"
            r"(?:sabko|sab ko"
            r"|sab ke sab ko|inko|unko|inhe|unhe|saalon ko|gaddaron ko)(?![a-z])"
            # (not told: "Kaat do sabko, said the tailor, pointing at the cloth")
            r"(?!,? (?:said|says) )",
            "maar jala kaat phoonk latka kuchal masal",
        ),
        # ... and none, a people called vermin first: "Ye cross wale keede hain, kuchal do"
        # (round 555, of Christians; not "ye keede hain, dawai chhidak do", of insects)
        (
            r"(?:keede|keedey|kide|kidey|makode|makore|cockroach|cockroaches|chuhe|saanp|naag"
            r"|kutte|suar|suwar) (?:hain|hai|h|ho)\b[^.!?\n]{0,3}? (?:inko |unko |sabko |in sabko"
            r" |sab ko )?(?:kuchal|masal|maar|jala|kaat|khatam kar) (?:do|dalo|daalo|denge|dena)"
            r"(?![a-z])",
            "kuchal masal maar jala kaat khatam",
        ),
        # the eighty-third round (sets 812-813), a caste's quota agitation: "In Gujjaron ko
        # goli maar ke track khali karao" (shot, then an order; not "police ne goli maar ke 2
        # logon ko ghayal kiya", a report), "Meena mahilaon ko utha lo, tab samjhenge ..." (a
        # people's women to be carried off; not "utha lo apna saaman")
        (
            # (and "Inko toh goli maar ke hi rank deni chahiye", round 546, of a Kashmiri
            # student: the order in "chahiye")
            rf"(?:{KO_PEOPLE} ko|inko|unko|inhe|unhe)(?: toh| to| bhi)? goli (?:maar|mar) (?:ke|kar"
            r"|kr)(?: \w+){0,4}? (?:karao|karo|karwao|do|dena|denge|deni chahiye|dena chahiye"
            r"|karni chahiye|karna chahiye)(?![a-z])"
            r"|(?:mahilaon|auraton|aurton|ladkiyon|behnon|behno|betiyon|bahu betiyon|biwiyon)"
            r" ko (?:bhi )?(?:utha|uthwa|uthva) (?:lo|lenge|le jao|le jayenge|le aao|lao)"
            # ... and one woman, by name or by what she is: "Sagarika ko koi utha le jaye" (the
            # fiftieth session; not "is saaman ko utha lo")
            rf"|(?:{A_WOMAN_NAMED}|(?:is|iss|us|uss|ye|yeh) (?:ladki|aurat|anchor|reporter"
            # (carried off, not picked up: "madam ko utha lo, ghar chhod do", a lift home)
            r"|patrakarni|madam)|madam) ko (?:bhi )?(?:koi )?(?:(?:utha|uthwa|uthva) le (?:jao"
            r"|jaye|jaaye|jayenge)|(?:uthwa|uthva) (?:lo|do|lena chahiye|dena chahiye))"
            # ... and one pointed at, carried off at night to be taught: "Isko bhi uthwa lo
            # raat ko, akal thikane aa jayegi" (round 539, of an actress named; not "kachra
            # uthwa lo", nor "isko bhi dekh lo raat ko")
            r"|(?:isko|usko|ise|use|inko|unko|inhe|unhe) (?:bhi )?(?:(?:raat ko|raaton raat)"
            r" (?:\w+ )?(?:utha|uthwa|uthva) (?:lo|lena|le jao)|(?:uthwa|uthva|utha) (?:lo|le jao"
            r"|lena chahiye)[^.!?\n]{0,12}? (?:raat ko|akal thikane|akkal thikane|sabak sikha)"
            r"(?![a-z]))",
            "goli utha uthwa uthva",
        ),
        # the eighty-sixth round (sets 817-818), Durga Puja pandals attacked in Bangladesh, in
        # romanised Bengali: "Hindu der kete felbo" (we will cut the Hindus down; not "Kete
        # felbo, bolechilo ek neta", a threat reported without its object); and in Hindi, a
        # people's women to be done the same: "inki auraton ka wahi haal karo jo ..."
        (
            r"(?:der|ke|gulo ke|gulake|gulo k|der k) (?:shob |sob |sobai ke )?(?:kete|mere"
            r"|pudiye|puriye|jaliye|jwaliye) (?:felbo|fel|felo|dibo|debo|dao|dite hobe|felte"
            r" hobe)"
            r"|(?:inki|unki|in ki|un ki|inke|unke) (?:auraton|aurton|ladkiyon|behnon|behno"
            r"|betiyon|mahilaon) (?:ka|ke) (?:bhi )?(?:wahi|vahi|yahi|aisa hi) (?:haal|hashr)"
            r" (?:karo|karenge|kar do|karna chahiye)",
            "kete mere pudiye puriye jaliye jwaliye haal hashr",
        ),
        # "Jainiyon ko pyaaz lehsun ki tarah kaat ke phenk do" (the 808th set; not "pyaaz ko
        # kaat ke phenk do", a recipe: "ko" after people), "Aise firangi ko wahin dafna dena
        # chahiye tha" (the 810th; not "dafna dena chahiye is what the desert does to forts")
        (
            rf"(?:{KO_PEOPLE} ko|inko|unko|inhe|unhe) (?:\w+ ){{0,5}}?kaat (?:ke|kar|kr|ke ke)"
            r" (?:phenk|fenk|daal|dal) (?:do|dalo|daalo|denge|dena|dunga)"
            rf"|(?:{KO_PEOPLE} ko|inko|unko|inhe|unhe) (?:bhi )?(?:wahin |yahin |wahi |yahi"
            r" |zinda )?(?:dafna|dafan kar|gaad) (?:do|dena|denge|dunga|dena chahiye|diya jaye)",
            "kaat dafna dafan gaad",
        ),
        # thrown into a fire: "In 🌈👬 logon ko 🔥 mein daal do" (the 806th set, the fire read
        # as "aag"); not "is bill ko aag mein daal do" ("ko" after a person, as above)
        (
            rf"{_PERSON_OBJECT} (?:bhi )?(?:zinda )?aag (?:mein|me|main|mai) (?:daal|dal|jhonk"
            r"|jhok|phenk|fenk) (?:do|dalo|daalo|denge|dena|dena chahiye|diya jaye)",
            "aag",
        ),
        # the verb first, as comments on news pages write it too: "maar dalo in gaddaron ko",
        # "maro sale ko" (kill the bastard), "jala do in gaddaron ko"
        (
            r"(?:(?:maar|mar|jala|kaat|latka) (?:do|dalo|daalo|dena)|maaro|maro)"
            rf" (?:in |un |sab |saare |sare )?(?:{KO_PEOPLE}|saale|sale|saalo|salo) ko"
            rf"{_NOT_A_SLOGAN}",
            "maar mar jala kaat latka maaro maro",
        ),
        # "aisi ladkiyon ka muh tod dena chahiye" (the 525th set; not the idiom "muh tod
        # jawab", a fitting reply)
        (
            r"(?:ka|ki|ke|iska|uska|inka|unka|tera|tumhara) (?:muh|munh|mooh|moo|muhh) tod"
            r" (?:dena chahiye|deni chahiye|do|denge|dunga|dalo|daalo|diya jaye|dena)",
            "tod",
        ),
        # none to be left alive after a fire or a killing: "agli baar poora camp jalana, ek
        # bhi na bache" (the 527th set; not "ek bhi paisa na bache")
        (
            r"(?:jala|jalao|jalana|maar|maaro|maro|goli|aag|kaat|uda|udao|khatam|saaf)"
            r"[^.!?\n]{0,60}?(?:ek|koi) bhi (?:zinda )?(?:na|nahi|nhi|naa) (?:bache|bachna"
            r" chahiye|bachega|bachne paaye|bachne paye|bachne pae)",
            "bache bachna bachega bachne",
        ),
        # a people wiped out: "musalmanon ka safaya karo", "hinduon ka qatle aam" (not
        # "bhrashtachar ka safaya karo", corruption wiped out); from a place ("In Khans ka
        # industry se safaya karna padega", the 1053rd set: Muslim actors by their surname;
        # not "inka safaya karna padega, ghar mein deemak hai": "inka" alone is pests too)
        (
            r"(?:(?:musalmanon|musalmano|muslimon|mullon|mullo|katuon|hinduon|hinduo|sikhon|sikho"
            r"|isaiyon|isaiyo|christiano|dalito|daliton|bihariyon|bangladeshiyon|pakistaniyon"
            r"|rohingyaon|rohingyon|in logon|un logon|inka|unka|gaddaron|deshdrohiyon"
            r"|jihadiyon|khans|khanon|biharion|kashmiriyon|sanghiyon|bhakton|chamaron|brahmanon)"
            r" (?:ka|ki|ke)(?: \w+ se)?) (?:safaya|safaaya"
            r"|qatle ?aam|qatl ?e ?aam|katle ?aam|katl ?e ?aam|narsanhar|nasl ?kushi|khatma"
            r"|sanhar) (?:karo|kar do|kar dalo|hona chahiye|kar dena chahiye|karna chahiye|hoga"
            r"|karenge|kar denge|karna padega|karna hoga)",
            "safaya safaaya qatle qatleaam qatl katle katleaam narsanhar naslkushi nasl khatma"
            " sanhar",
        ),
        # a people finished, its name and its line wiped out: "musalmanon ko khatam karo",
        # "hinduon ka naamo nishan mita do", "isaiyon ki nasal khatam karo" (the forty-eighth
        # session's sweep; not "bhrashtachar ko khatam karo", "garibi ka naamo nishan")
        (
            r"(?:musalmanon|musalmano|muslimon|mullon|mullo|katuon|hinduon|hinduo|sikhon|sikho"
            r"|isaiyon|isaiyo|christiano|dalito|daliton|bihariyon|biharion|biharon"
            r"|bangladeshiyon|pakistaniyon|rohingyaon|rohingyon|kashmiriyon|sanghiyon|bhakton"
            r"|chamaron|brahmanon|jihadiyon|gaddaron|deshdrohiyon) (?:ko (?:khatam|khatm|khtm"
            r"|saaf|mita|mitta)|(?:ka|ki|ke) (?:naamo ?nishan|naam ?o ?nishan|nasl|nasal|vansh"
            r"|jad|jadd) (?:bhi )?(?:khatam|khatm|mita|mitta|saaf|nasht)) (?:karo|kar do|kardo"
            r"|do|dena|kar dalo|kar daalo|kar dena chahiye|karna chahiye|karna hoga|karna padega"
            r"|kar denge)\b",
            # (anchored on the peoples: "khatam" and "saaf" are in every other comment)
            "musalmanon musalmano muslimon mullon mullo katuon hinduon hinduo sikhon sikho"
            " isaiyon isaiyo christiano dalito daliton bihariyon biharion biharon"
            " bangladeshiyon pakistaniyon rohingyaon rohingyon kashmiriyon sanghiyon bhakton"
            " chamaron brahmanon jihadiyon gaddaron deshdrohiyon",
        ),
        # their places destroyed: "inki masjid tod do", "unki basti jala do"
        (
            r"(?:inki|unki|in ki|un ki|inke|unke|in ke|un ke|inka|unka) (?:masjid|masjiden"
            r"|masjidein|mandir|mandiron|church|girja|gurudwara|gurdwara|dargah|ghar|gharon|basti"
            r"|bastiyan|dukaan|dukan|dukaanein|dukanein|mohalla|jhuggi|jhuggiyan|jhopdi"
            # (and villages: "Unke gaon jala do, tabhi seekhenge", the 936th set)
            r"|jhopdiyan|gaon|gaaon|gaanv|gaon ke gaon) (?:tod|jala|gira|phoonk|ukhaad|uda) (?:do"
            r"|dalo|daalo|denge|dena chahiye)"
            # ... said after: "jhuggi jala do inki" (the 887th set)
            r"|(?:jhuggi|jhuggiyan|jhopdi|jhopdiyan|basti|bastiyan|masjid|dukaan|dukan|ghar)"
            r" (?:jala|phoonk) (?:do|dalo|daalo|denge) (?:inki|unki|inke|unke|in sab ki|in logon"
            r" ki)\b"
            # "church nahi conversion factory h, jala do aise adde" (the 540th set)
            r"|(?:jala|tod|gira|phoonk|uda) (?:do|dalo|daalo|denge) (?:aise|aisi|in|inke|unke"
            r"|saare|sare|sab) (?:adde|addon|church|churchon|girja|girjaghar|masjid|masjidein"
            r"|masjiden|mandir|mandiron|gurudwara|gurdwara|dargah)",
            # (the places and the fire, not "tod", "gira" or "uda": everyday words)
            "masjid masjiden masjidein mandir mandiron church girja gurudwara gurdwara dargah"
            " gharon basti bastiyan dukaanein dukanein mohalla jala phoonk adde addon churchon"
            " girjaghar jhuggi jhuggiyan jhopdi jhopdiyan gaon gaaon gaanv",
        ),
        # "Inki ibadatgah nahi, fitna khana hai, mitti mein mila do" (the 779th set, of an
        # Ahmadi place of worship; not "mitti mein mila do in purane qanoonon ko")
        (
            r"(?:inki|unki|in ki|un ki|inke|unke|inka|unka) (?:ibadatgah|ibadatgahen|ibadat gah"
            r"|masjid|masjiden|mandir|church|girja|gurudwara|gurdwara|dargah)\b[^.!?\n]{0,40}?"
            r"(?:mitti (?:mein|me) mila (?:do|denge|dena chahiye)|zameen se mila do"
            r"|zameendoz kar do|dhaa do|dha do)"
            # ... or any one, as an ultimatum: "Azaan band karo warna masjid ko hi zameen mein
            # mila denge" (the 861st set; not "... mila diya gaya", a demolition reported)
            r"|(?:masjid|mandir|church|girja|gurudwara|gurdwara|dargah) ko (?:hi |bhi )?(?:zameen"
            r"|mitti) (?:mein|me|se) mila (?:denge|do|dena chahiye)",
            "ibadatgah ibadatgahen masjid masjiden mandir church girja gurudwara gurdwara dargah",
        ),
        # a bulldozer on people: "bulldozer sahi chala, in logon pe bhi chalna chahiye tha"
        # (the 544th set; not "bulldozer chala", a demolition told)
        (
            r"bulldozer[^.!?\n]{0,40}?(?:in|un|inn|aise|is|us) (?:logon|logo|sab|aadmi|ladke)"
            r" (?:pe|par|ke upar) (?:bhi )?(?:chalna|chalana|chalaana|chala do|chalao|chalwa do)"
            r"(?: chahiye)?",
            "bulldozer",
        ),
        # a family wiped out: "is chamaar ka khandaan bhi khatam karo" (the 382nd set; not
        # "bhrashtachar ka khandaan khatam karo", corruption's: a person's family only)
        (
            r"(?:(?:is|us|in|un|iss|uss) \w+ (?:ka|ki|ke)|iska|uska|inka|unka|tera|tumhara|inke"
            r"|unke|iske|uske) (?:poora |pura |saara |sara )?(?:khandaan|khandan|khaandaan|vansh"
            r"|parivaar|pariwar|parivar|nasl|nasal) (?:bhi )?(?:khatam|mita|saaf|tabah|nasht)"
            r" (?:karo|kar do|kar dalo|kar daalo|kar dena chahiye|karna chahiye|kar denge|do)",
            "khandaan khandan khaandaan vansh parivaar pariwar parivar nasl nasal",
        ),
        # "aisi ladki ko zinda rehne ka haq nahi": no right to live (the 382nd set)
        (
            r"(?:ko|ka|ki|ke|inhe|unhe|tujhe|tumhe) (?:bhi )?(?:zinda|jinda|jeene|jine) (?:rehne )?"
            r"(?:ka|ki) (?:koi )?(?:haq|hak|haqq|adhikar) (?:nahi|nahin|nhi|na)",
            "zinda jinda jeene jine",
        ),
        # "inki maa behen ko bhi utha lo": their mother and sister carried off (the 388th set;
        # not "maa ko bhi utha lo, subah jaldi nikalna hai", woken)
        (
            r"(?:inki|unki|iski|uski|teri|tumhari|tumhaari) (?:maa|ma|mummy) (?:aur |or )?(?:behen"
            r"|bahen|behan|beti) ko (?:bhi )?(?:utha|uthwa|utha ke le|uthake le|utha le) ?(?:lo"
            r"|jao|aao|lenge|do)",
            "behen bahen behan beti",
        ),
        # "Ek ek ki list banao aur ghar pe jaake hisaab karo": accounts settled at their homes
        # (the 388th set; not "mummy ne bola ghar pe jaake hisaab karo", a bill)
        (
            r"(?:(?:ek ek|sabka|sab ka|inka|unka|in sab)[^.!?\n]{0,40}? )?(?:ghar|gharon|gharo)"
            r" (?:pe|par|mein|me) (?:jaake|ja ke|jakar|jaakar|ghus ke|ghuske) (?:maaro|maro"
            r"|sabak sikhao|pitai karo)|(?:ek ek|sabka|sab ka|inka|unka|in sab)[^.!?\n]{0,40}?"
            r" (?:ghar|gharon|gharo) (?:pe|par|mein|me) (?:jaake|ja ke|jakar|jaakar|ghus ke"
            r"|ghuske) (?:hisaab|hisab) (?:karo|kar do|karenge|chuktao)",
            "hisaab hisab sabak maaro maro pitai",
        ),
        # "Isko bhi pehle wale jaise maar ke naale mein phenk do" (the 415th set; a person
        # named first, not "chuhe ko maar ke naale mein phenk do", a rat)
        (
            r"(?:isko|usko|inko|unko|ise|use|inhe|unhe|tujhe|tumhe|sabko) (?:\w+ ){0,4}?(?:maar"
            r"|kaat|kat) ke (?:naale|naali|nale|nadi|nahar|kuen|kuein|gutter|ganga|yamuna"
            r"|jungle|khet) (?:mein|me|main) (?:phenk|phek|fek|fenk|daal|dal|baha|gaad) (?:do|dena"
            r"|denge|dalo|daalo|dunga|doonga)",
            "naale naali nale nadi nahar kuen kuein gutter ganga yamuna jungle khet",
        ),
        # "Iski daadhi pakad ke ghasito" (the 418th set; not "baal pakad ke mat kheencho")
        (
            r"(?:daadhi|dadhi|daarhi|darhi|baal|choti|chotti) (?:pakad|pakadke|pakad ke"
            r"|pakadkar|pakad kar)(?: ke)? (?:ghasito|ghaseeto|ghaseet do|ghasit do|maaro|peeto"
            # (not named to condemn it: "daadhi pakad ke ghasito ye video mein jo hua ...")
            r"|kheencho|ghumao)(?!,? (?:ye|yeh|jo|wala|wali|waala|waali) )",
            "daadhi dadhi daarhi darhi baal choti chotti",
        ),
        # "Should have shot the whole family while he was at it" (the 416th set)
        (
            r"(?:should|shoulda|ought to)(?:'?ve| have)? (?:shot|killed|hanged|hung|burned|burnt"
            r"|gassed|drowned) (?:the|his|her|their) (?:whole|entire) (?:family|lot|clan|tribe"
            r"|household)",
            "shot killed hanged hung burned burnt gassed drowned",
        ),
        # "give them a good kicking in the car park" (the 420th set; not a match: "... on
        # Saturday", "at the polls")
        (
            r"(?:give (?:him|her|them|em|these \w+|those \w+"
            # ... and any of them "caught near the school" (the 1162nd set)
            r"|(?:any|every one|each|all) of (?:them|em|these \w+|those \w+)(?: \w+){0,5}?)"
            # ... and "it", a person called a thing, when somebody is to do it: "Somebody
            # should give it a proper beating outside the ring" (the 951st set; not "give it a
            # proper beating, the carpet is full of dust")
            r"|(?:somebody|someone) (?:should|needs to|ought to|must) give it)"
            r" a (?:good |proper |right |real )?"
            r"(?:kicking|beating|shoeing)(?! (?:on \w+day|at the (?:polls|ballot box|election)"
            r"|in the (?:match|final|league|derby|polls|election)))",
            "kicking beating shoeing",
        ),
        # "Iska auto jala do" (the 400th set): a person's livelihood or home set on fire (not
        # "purana tyre jala do", anyone's rubbish)
        (
            r"(?:iska|uska|inka|unka|iski|uski|inki|unki|tera|teri|tumhara|tumhari) (?:auto"
            r"|gaadi|gadi|car|bike|rickshaw|thela|thhela|dukaan|dukan|ghar|makaan|makan|khet"
            r"|fasal) (?:bhi )?(?:jala|phoonk|phook|phunk) (?:do|dalo|daalo|denge|dena chahiye)",
            "jala phoonk phook phunk",
        ),
        # "isko zinda mat chhodna": leave him not alive
        (
            r"(?:isko|usko|inko|unko|tujhe|tumhe|ise|use|inhe|unhe|kisi ko) (?:zinda|jinda)"
            r" (?:mat|nahi|nahin|na) (?:chhodna|chodna|chhodenge|chodenge|chhodunga|chodunga"
            r"|chhodo|chodo)",
            "zinda jinda",
        ),
        # the same in Devanagari
        (
            rf"(?<![\u0900-\u097f])(?:{_hi('को इन्हें उन्हें इनको उनको सबको इसको उसको')})"
            rf" (?:{_hi('मार जला काट फूंक')}) (?:{_hi('दो डालो देंगे डालेंगे')})",
            "मार जला काट फूंक",
        ),
        (
            rf"(?<![\u0900-\u097f]){_hi('गोली')} (?:{_hi('मारो मारनी')}"
            rf"|{_hi('मार')} (?:{_hi('दो देनी देना दूंगा दूँगा')}))",
            "गोली",
        ),
        (rf"{_hi('जान')} से {_hi('मार')} (?:{_hi('दूंगा देंगे दो डालूंगा')})", "जान"),
        (  # (not pests: "machchharon ko maro, dengue phail raha hai")
            rf"{_NO_PEST}\w+ ko (?:bhi )?(?:maro"
            r"|maaro|maar do|maar dalo|khatam kar do|zinda jala do)",
            "maro maaro maar khatam zinda",
        ),
        # "in pastoron ko gaon se bahar nikal ke maaro": people dragged out and beaten (the
        # 289th set; not rats: "chuhon ko ghar se nikal ke maaro")
        (
            rf"{_NO_PEST}(?:\w+ ko|isko|usko|inko|unko) "
            r"(?:[^.!?\n]{0,30}? )?(?:nikal|nikaal|ghaseet|ghasit|kheench|kheech"
            # "dangaiyon ko chauraahe pe ulta latka ke maarna chahiye tha" (the 727th set)
            r"|latka|baandh|bandh) (?:ke|kar|kr) (?:maaro|maro|peeto|pito|kooto|maar do|maar dalo"
            # "sab ko bahar nikaal ke pitai karo" (the 556th set)
            r"|pitai karo|pitai kar do|kutai karo|kutai kar do|dhulai karo|dhulai kar do"
            # "chamchon ko Chennai ki sadkon pe ghaseet ke maarna chahiye" (the 724th set)
            r"|(?:maarna|peetna|pitna|kootna) chahiye|pitai honi chahiye)"
            r"(?! (?:toh |to )?(?:nahi|nahin|mat|na)(?![a-z]))",
            "nikal nikaal ghaseet ghasit kheench kheech latka baandh bandh",
        ),
        # "isko sadak pe ghasit ke laana chahiye" (the 514th set): dragged through the street
        (
            rf"{_NO_PEST}(?:\w+ ko|isko|usko|inko|unko) sadak (?:pe|par|par se) (?:ghasit|ghaseet"
            r"|ghaseeta|ghasita) ?(?:ke|kar|na|ke laana|kar laana) (?:chahiye|laao|lao|ghumao"
            r"|laana chahiye)(?![a-z])",
            "ghasit ghaseet ghaseeta ghasita",
        ),
        # "Is MLA ko bhi uske ghar se kheench ke bahar laao" (the 355th set; not a child pulled
        # out to play in the rain)
        (
            r"(?!(?:bachch|bacch|beti|bete|bhai|dost|kutt|billi)\w*\s)(?:\w+ ko|isko|usko|inko"
            r"|unko) (?:[^.!?\n]{0,30}? )?(?:kheench|kheech|ghaseet|ghasit)"
            r" (?:ke|kar) (?:bahar )?(?:laao|lao|nikalo|nikaalo)"
            # ("Mathew jaise dharm ke dalal ko sadak pe ghaseeto", round 534; not "... ko court
            # mein jawab dena hoga")
            r"|(?!(?:bachch|bacch|beti|bete|bhai|dost|kutt|billi)\w*\s)(?:\w+ ko|isko|usko|inko"
            r"|unko) (?:[^.!?\n]{0,30}? )?(?:sadak|sadko|gali|galiyon|bazaar|road)"
            r" (?:pe|par|mein|me) (?:ghaseeto|ghasito|ghaseet do|ghasit do|ghaseetna chahiye"
            r"|ghasitna chahiye)",
            "kheench kheech ghaseet ghasit ghaseeto ghasito ghaseetna ghasitna",
        ),
        (rf"(?:i|we) {DO_HARM} (?:you|u|her|him|them){_NOT_IDIOM}", _DO_HARM_WORDS),
        # bodily harm promised: "I will break your legs", "I'll carve your face", "someone
        # should throw shoes at him and then break his legs"
        (
            rf"{_WILL} (?:[^.!?\n]{{0,50}}? and (?:then )?)?(?:\w+ ){{0,2}}?(?:break|smash|cut off"
            # ("Someone should bash O'Connor's skull in", round 528)
            r"|rip off|bash in|bash|kick in|kick|cave in|cave|stove in|stove|carve(?: up)?"
            r"|slash|cut up|rearrange)"
            # ("someone should break his bowling arm": the 323rd set)
            # (and anyone's: "Someone should break Mensah's legs so he never kicks a ball
            # again", round 499)
            # (a name in full, or with an apostrophe: "Liam O'Connor's skull")
            r" (?:your|ur|his|her|their|(?:[a-z]+ )?[a-z'’]+['’]s) (?:\w+ )?(?:legs?|bones?|face"
            r"|head|neck|teeth"
            # ("Someone should break Reid's ankles in the tunnel": round 507)
            r"|skull|arms?|jaw|ankles?|knees?|kneecaps?|fingers?|nose|ribs?)(?![a-z])",
            "break smash cut rip bash kick cave stove carve slash rearrange",
        ),
        # the 1168th set: "I'd shoot the whole newsroom if I had the chance" (not "I'd shoot
        # the whole team photo again"); "aise logon ko ration nahi goli milni chahiye" (not
        # "mareez ko time pe goli milni chahiye", a pill); "Bumrah's wife should be careful
        # walking home, fans like me remember faces"
        (
            r"(?:i'?d|i would|i will|i'?ll|someone should|somebody should) (?:\w+ ){0,2}?"
            r"(?:shoot|kill|bomb|gas|torch|burn|hang) the (?:whole|entire) (?:newsroom|lot"
            r"|team|staff|office|channel|studio|paper|family|village|mosque|church|temple"
            r"|gurdwara|synagogue|council|party|crew)(?! (?:photo|picture|video|on film|again))",
            "shoot kill bomb gas torch burn hang",
        ),
        (
            r"(?:nahi|nahin|nhi),? (?:sirf |bas )?goli (?:milni chahiye|milni hi chahiye|milegi"
            r"|mile)"
            r"|(?:aise|in|un|is|us) (?:\w+ )?(?:logon|log|gaddaron|deshdrohiyon|mullon|traitors"
            r"|deshdrohi|gaddar) ko (?:\w+ ){0,3}?goli (?:milni chahiye|milni hi chahiye"
            r"|milegi)",
            "goli",
        ),
        # the 1183rd set, a reporter on a sand-mining mafia, veiled threats in Hinglish: the
        # reader's own people or routine named, then foreboding ("Teri scooty roz 9 baje
        # college road se nikalti hai na, dhyaan se chalaya kar, accident bahut hote hain
        # wahan", "aapki maa akeli rehti hai gaon mein. Unka khayal rakhna, aajkal zamana
        # kharab hai"; not care without foreboding, "tumhari maa ki tabiyat kharab hai, unka
        # khayal rakhna"); "dekhte hain kalam kitne din haath mein rehti hai" (not "dekhte
        # hain ye sarkar kitne din chalti hai"); "ek aur patrakar samaa jayega, kisi ko pata
        # bhi nahi chalega" (not money gone missing)
        (
            r"(?:teri|tera|tere|tumhari|tumhara|tumhare|aapki|aapka|aapke|apki|apka|apke)"
            r" (?:\w+ ){0,2}?(?:maa|mummy|ammi|mata ?ji|beti|betiyan|beta|bete|biwi|bibi|patni"
            r"|bachche|bacche|bachon|bacchon|behen|behan|papa|pitaji|family|parivaar|parivar"
            r"|scooty|bike|gaadi|gadi|car|school|college|office|ghar|dukaan|dukan)\b[^\n]{0,100}?"
            r"(?:zamana (?:bahut )?kharab|accidents? (?:bahut |aksar |roz )?(?:hote|hota|ho jate"
            r"|ho jaate)|kuch bhi ho sakta|kab kya ho ja|kya pata kab kya|haadse (?:bahut )?hote"
            r"|hadse (?:bahut )?hote)",
            "zamana accident accidents haadse hadse sakta",
        ),
        (
            r"(?:kalam|qalam|zubaan|zuban|zabaan|zaban|awaaz|aawaz|awaz|ungliyan|haath|hath)"
            r" kitne din (?:aur )?(?:haath (?:mein|me) |hath (?:mein|me) |salamat )?(?:rehti"
            r"|rahegi|rehta|rahega|chalti|chalegi|chalta|chalega|salamat|bachegi|bachega|tikegi"
            r"|tikega)",
            "kalam qalam zubaan zuban zabaan zaban awaaz aawaz awaz ungliyan",
        ),
        (
            r"(?:patrakar|reporter|journalist|anchor|aadmi|tu|tum|tujhe|tumhe|tujh jaisa|isko"
            r"|usko)\b[^.!?\n]{0,30}?(?:samaa|sama|dafan|dafna|gaad|gad|gayab|lapata)\w*"
            r" (?:\w+ ){0,2}?(?:jayega|jaoge|jayegi|denge|dunga|doonga|ho jayega|ho jaoge)"
            r"[^.!?\n]{0,10}?[,.]? kisi ko (?:pata|khabar) (?:bhi )?(?:nahi|nahin|na) (?:chalega"
            r"|lagega|hogi|chalegi)",
            "samaa sama dafan dafna gaad gad gayab lapata",
        ),
        # the 1189th set, readers of a local paper threatened in replies: a reader's house
        # placed and admired ("Number 42 with the blue door, if I'm not mistaken. Lovely
        # roses."; not "Number 42 with the blue door flooded last year"); a child's school
        # run timed, then foreboding ("St Mary's pickup is at 3:15, isn't it? ... Anything
        # can happen to a kid on a busy road"; not "Pickup is at 3:15, the crossing is
        # shut"); "Would be a pity if that window got put in one night" (not "... got broken
        # in the storm"); "log off and spend time with your family while you still can"
        (
            r"(?:number|no\.?|house) \d+\b[^.!?\n]{0,30}?(?:door|gate|roses|hedge|garden|fence"
            r"|porch)\b[^\n]{0,40}?(?:if i'?m not mistaken|lovely (?:roses|garden|door|house"
            r"|flowers|hedge|porch)|nice (?:roses|garden|door|house|flowers|hedge|porch)|pretty"
            r" (?:roses|garden|door|house|flowers))",
            "door gate roses hedge garden fence porch",
        ),
        (
            r"(?:pickup|pick-up|pick up|drop-off|dropoff|drop off|school run|home time|finishes"
            r"|gets out|closes|shift ends)\b[^.!?\n]{0,20}?(?:\d{1,2}[:.]\d{2}|\d{1,2} ?(?:am|pm"
            r"|o'?clock))[^.!?\n]{0,10}?,? (?:isn'?t it|right|yeah|no|innit)\?[^\n]{0,80}?"
            r"(?:anything (?:can|could|might) happen|accidents happen|be a (?:shame|pity)|you"
            r" never know|things happen)"
            # ... or a child's school's finishing time said to her with the knowing tag alone
            # ("Anna, your daughter's school finishes at 3:15, doesn't it?", round 509; not
            # "your son's school starts at 9")
            r"|(?:your|ur) (?:daughter|son|kids?|children|little ones?|girl|boy)(?:'s|s'|s)?"
            r" (?:school|nursery) (?:finishes|ends|gets out|lets out) (?:at|around)"
            r" [^.!?\n]{0,10}?(?:,? (?:doesn'?t it|don'?t they|isn'?t it|right|yeah)\?|\.\.\.|…"
            r"|,? just saying)",
            "pickup dropoff pick drop finishes closes shift school nursery",
        ),
        (
            r"(?:pity|shame) if (?:that|your|ur|the|those|his|her) (?:\w+ )?(?:window|windows"
            r"|windscreen|shop ?front|shopfront|glass|door|car|van|house|shop|tyres|tires)"
            r" (?:got|gets|were|was|get) (?:put in|kicked in|smashed|broken|burnt|burned|torched"
            r"|slashed|keyed|done in)(?! (?:by|in) the (?:storm|wind|gale|hail|flood))"
            # ... or a pet or a child let out ("It'd be a real tragedy if Whitlock's dog got out
            # onto the main road", round 509; not "That's a shame if your dog got out")
            r"|(?:it'?d|it would|would|wouldn'?t it) be (?:a )?(?:real |terrible |awful |such a"
            r" )?(?:tragedy|shame|pity) if (?:her|his|your|ur|their|[a-z]+'s) (?:dog|cat|pet|pets"
            r"|horse|kids?|daughter|son|children) (?:got|gets|ran|runs|went|wandered) (?:out"
            r"|onto|into|loose|missing|lost)\b",
            "pity shame tragedy",
        ),
        (
            r"(?:log off|shut up|stop (?:posting|commenting|writing|typing)|delete (?:your|ur)"
            r" account)\b[^.!?\n]{0,20}?(?:spend time with|hug|enjoy|see) (?:your|ur) (?:\w+ )?"
            r"(?:family|kids|children|wife|husband|loved ones|mum|mother|mom)\b[^.!?\n]{0,20}?"
            r"while (?:you|u) (?:still )?can",
            "spend hug enjoy",
        ),
        # the 1215th set, a Muslim woman mayor: "remind her this is England, ideally with a
        # brick through the window of that takeaway" (not "someone threw a brick through the
        # mosque's window, police said"); the 1216th, a Kashmiri student beaten: "ladkon ko
        # toh seedha goli" (not "seedha goli jaisi ball"), "Tera hostel room number bhi pata
        # kar lenge, dekhna" (not "... warden se, party ke liye"); the 1220th, a village
        # reporter, veiled threats a fifth time: his motorbike's number known, "sambhal ke
        # rakhna"; his children's school asked after, "kabhi bhi gir sakti hai"; "Lamba
        # aaram, hamesha ke liye"; "apne ghar walon se mil lena, kya pata phir mauka mile na
        # mile"
        (
            r"(?:ideally|preferably|someone should|somebody should|should)\b[^.!?\n]{0,60}?"
            r"(?:brick|bricks|rock|stone|petrol bomb|molotov) (?:through|thru|into|in) (?:the|her"
            r"|his|their|that|your|ur) (?:\w+ ){0,2}?(?:window|windows|door|windscreen)",
            "brick bricks rock stone bomb molotov",
        ),
        (
            r"(?:ladkon|ladko|mardon|launde|laundon|inko|unko|inhe|unhe) (?:ko )?(?:toh )?"
            r"(?:seedha|sidha|seedhe) goli\b(?! (?:jaisi|jaisa|ki tarah|ki speed))",
            "goli",
        ),
        (
            r"(?:tera|tumhara|aapka|teri|tumhari|aapki) (?:\w+ ){0,2}?(?:room number|ghar ka pata"
            r"|address|number|pata|kamra)\w* (?:bhi )?pata kar (?:lenge|liya|lunga)\b"
            r"[^\n]{0,20}?(?:dekhna|dekh lena|yaad rakhna|samjha)",
            "room address kamra",
        ),
        (
            r"(?:aapki|tumhari|teri|aapka|tumhara|tera) (?:\w+ )?(?:motorcycle|bike|gaadi|gadi|car"
            r"|scooty|scooter)\w* (?:ka|ki) (?:number|no)\b(?! plate)[^\n]{0,60}?(?:sambhal ke"
            r"|sambhalke|dhyan se|dhyaan se|bach ke)",
            "sambhal sambhalke dhyan dhyaan bach",
        ),
        (
            r"(?:aapke|tumhare|tere|aapki|tumhari|teri) (?:bachche|bacche|bachon|beti|beta|bete"
            r"|bachchi)\b[^.!?\n]{0,40}?(?:hain|hai|h) na\?[^\n]{0,60}?kabhi bhi (?:\w+ ){0,2}?"
            r"(?:ho|gir|toot|tut|lag) (?:sakti|sakta|sakte|jaye|jaaye)",
            "kabhi",
        ),
        (
            r"(?:lamba|lambi|gehri|hamesha ki) (?:aaram|neend|chhutti)\b[^.!?\n]{0,20}?hamesha ke"
            r" liye(?=\s*(?:[.!]|$))",
            "hamesha",
        ),
        (
            r"(?:ghar walon|gharwalon|ghar waalon|parivaar|family|bachon|bacchon|maa)\w* se (?:mil"
            r"|baat kar) (?:lena|lo|liyo)\b[^\n]{0,30}?(?:kya pata|pata nahi) (?:phir|fir"
            r"|dobara) (?:mauka|waqt|time) (?:mile|milega|mil)",
            "mauka waqt",
        ),
        # the 1212th set, a woman columnist, veiled threats a fourth time (written after the
        # session's first three rounds of them): "Shame if her own three ever needed it, the
        # school gates are so busy at 3"; "We all know her book tour dates ... See you at
        # the signing, love" (not "we all know her book tour dates, they're on her site");
        # "the more we learn about you. Where you shop, where you run"; "Would hate for
        # anything to happen to that pretty face"; "Her husband's office is in Canary Wharf,
        # isn't it? Long commute home in the dark" (not "... isn't it? Lucky man")
        (
            r"(?:shame|pity) if (?:her|his|your|ur|their) (?:own )?(?:\w+ )?(?:kids|children"
            r"|three|two|four|daughter|daughters|son|sons|little ones|family)\b[^\n]{0,80}?"
            r"(?:school gates?|school run|pick-?up|playground|busy at \d)",
            "shame pity",
        ),
        (
            r"(?:we|i) (?:all )?know (?:her|his|your|ur) (?:book tour|tour|schedule|diary"
            r"|movements|routine|running route|address)\b[^\n]{0,80}?(?:see you|we'?ll be there"
            r"|be seeing you|watch out)",
            "tour schedule diary movements routine address",
        ),
        (
            r"(?:we|i) (?:learn|know|find out|see) (?:more |a lot )?about (?:you|u)\b[^\n]{0,40}?"
            r"where (?:you|u) (?:shop|run|live|park|eat|walk|jog|sleep|work)",
            "learn",
        ),
        (
            r"(?:would|'d|i'?d) hate for (?:anything|something) to happen to (?:that|your|her|his"
            r"|ur) (?:pretty |lovely |nice |beautiful )?(?:face|family|kids|children|house|car"
            r"|daughter|son|wife|husband)",
            "happen",
        ),
        (
            r"(?:her|his|your|ur) (?:husband|wife|son|daughter|kids|children|mum|mother|dad"
            r"|father)'?s? (?:office|school|work|job|flat|house|college|gym)\b[^.!?\n]{0,40}?,?"
            r" (?:isn'?t it|right|yeah|innit|no)\?[^\n]{0,60}?(?:in the dark|after dark|alone"
            r"|at night|late at night)",
            "dark alone night",
        ),
        # the 1210th set, a Sikh shot in Ohio: "These people come here and breed" (not
        # "they come here and work"); "More of that please, every mosque and temple full of
        # these invaders"; the 1211th, India against Pakistan: "Inko cricket nahi, bomb
        # banana aata hai"; "dadhi wale bhediye"; a reader "Pakistan ki jeet pe khush" called
        # a traitor and told to leave
        (
            r"(?:they|these people|those people|these \w+|those \w+) come here and breed\b",
            "breed",
        ),
        (
            r"more of (?:that|this) please\b[^\n]{0,60}?(?:mosques?|temples?|gurdwaras?"
            r"|synagogues?|churches)\b[^\n]{0,30}?(?:invaders|vermin|rats|parasites|animals"
            r"|savages)",
            "invaders vermin rats parasites animals savages",
        ),
        (
            r"(?:inko|inhe|unko|unhe|in logon ko|ye log)\b[^.!?\n]{0,30}?(?:nahi|nahin),? (?:bas"
            r" |sirf )?(?:bomb|bam|aatank|jihad)\w* (?:banana|banaana|phodna|fodna|failana)"
            r" (?:aata|aati) (?:hai|h)",
            "banana banaana phodna fodna failana",
        ),
        (
            r"dadhi (?:wale|waale|wala) (?:bhediye|bhediya|suar|kutte|janwar|jaanwar|saanp)",
            "bhediye bhediya suar kutte janwar jaanwar saanp",
        ),
        (
            r"pakistan (?:ki|ke) (?:jeet|jitne) (?:pe|par) khush\b[^\n]{0,40}?(?:gaddar|desh"
            r" chhod|pakistan ja)",
            "khush",
        ),
        # the 1203rd set, a driver's racist slur in F1: "Someone should tamper with his
        # br@kes" (not "the team said someone tampered with the brakes", a report); the
        # 1204th, in Devanagari: "aayog ke adhyaksh ko pakad ke sadak par jala do" (a person
        # grabbed, then burnt; not "murgi ko pakad ke kaat do"); the 1206th: "If you're so
        # depressed, do us all a favour and finish the job"; the 1208th: "Chanda nahi diya
        # toh dukaan ka shutter agli subah tuta milega" (not "bill nahi diya toh connection
        # kata milega"); a mosque on the procession's route to be stoned
        (
            r"(?:someone|somebody|we|i|you|let'?s|should|gonna|going to|'ll|will)\b"
            r"[^.!?\n]{0,20}?(?:tamper|mess|fiddle) with (?:his|her|their|your|ur) (?:brakes"
            r"|brake lines?|steering|car)|(?:someone|somebody|we|i|let'?s|should|gonna|'ll|will)"
            r" (?:\w+ )?cuts? (?:his|her|their|your|ur) brake ?(?:lines|cables)?",
            "tamper fiddle brakes brake",
        ),
        (
            r"(?!(?:murgi|murga|murge|bakre|bakra|machhli|chuhe|chuha|saanp) )\w+ ko pakad (?:ke"
            r"|kar|kr) (?:\w+ ){0,3}?(?:jala|maar|latka|phoonk|kaat) (?:do|dalo|daalo|denge)",
            "pakad",
        ),
        (
            r"(?:depressed|suicidal|want to die|wanna die|hate your life|hate ur life)\b"
            r"[^.!?\n]{0,40}?(?:finish the job|get it over with|go through with it|end it"
            r" already)",
            "depressed suicidal",
        ),
        (
            r"(?:nahi|nahin|na) (?:diya|diye|doge|diyaa|diya toh|dega|degi)\b[^.!?\n]{0,10}?"
            r"(?:toh|to)\b[^.!?\n]{0,40}?(?:tuta|toota|tooti|tuti|jala|jali|jalaa|tuta hua)"
            r" (?:milega|milegi|milenge|mila)",
            "tuta toota tooti tuti jala jali jalaa",
        ),
        (
            r"(?:masjid|mandir|church|gurudwara|dargah)\w*\b[^.!?\n]{0,40}?patthar (?:bhi )?"
            r"(?:phenk|phek|fenk|chala|maar)\w* (?:ke aana|ke aao|do|dena|denge|ke aana"
            r" chahiye|chahiye)",
            "patthar",
        ),
        # the 1197th set, small boats: "Time for the rope" (not "time for the rope swing");
        # the 1202nd, long comments: "Those animals should be rounded up and shipped out"
        # (people shipped: not stray dogs "rounded up and rehomed"), a councillor "dragged
        # out of the chamber by her hair"; the 1201st: "inki shaakhaon pe bomb girna chahiye"
        (
            r"time for (?:the )?(?:rope|ropes|noose|nooses|gallows|lamp ?posts?|firing squad"
            r"|guillotine)(?! (?:swing|bridge|course|ladder|climb|walk|trick))",
            "rope ropes noose nooses gallows lamp lamppost lampposts firing guillotine",
        ),
        (
            r"(?:those|these) (?:animals|vermin|savages|parasites|rats|cockroaches|beasts)"
            r" (?:should|must|need to|ought to|will) (?:all )?be (?:rounded up and )?(?:deported"
            r"|shipped (?:out|back|off)|sent back|gassed|shot|hanged|hung|exterminated|burnt"
            r"|burned)",
            "animals vermin savages parasites rats cockroaches beasts",
        ),
        (
            r"(?:should|must|needs to|ought to|deserves to) be dragged (?:out|through|along|off)"
            r"\b[^.!?\n]{0,40}?by (?:her|his|their) (?:hair|hijab|beard|feet|ears|collar|turban)",
            "dragged",
        ),
        (
            r"(?:inki|unki|inke|unke|in ki|un ki|in logon ki) (?:shaakhaon|shakhaon|shakhao"
            r"|masjidon|mandiron|gurudwaron|churchon|madrason|bastiyon|mohallon|basti)\w* (?:pe"
            r"|par|mein|me) (?:bomb|bam|aag|goli)\w* (?:girna|girne|gira|girao|lagni|lagao"
            r"|chalni|chalao|daalo|dalna|barsao) (?:chahiye|do|denge)",
            "bomb bam aag goli",
        ),
        # the 1196th set, a Dalit groom's procession: "Agli baar ghodi pe chadha toh ghodi ke
        # saath dulha bhi wapas nahi jayega" (not "agli baar flight miss ki toh paisa wapas
        # nahi aayega", a refund)
        (
            r"(?:agli baar|agli bar|dobara|phir se)\b[^.!?\n]{0,40}?(?:toh|to)\b[^.!?\n]{0,40}?"
            r"(?:dulha|dulhe|tu|tum|wo|woh|ye|yeh|ladka|beta|koi) (?:bhi )?(?:wapas|zinda) (?:nahi"
            r"|nahin|na) (?:jayega|jaayega|jayegi|jaoge|lautega|lautegi|bachega|bachegi)",
            "wapas zinda",
        ),
        # the 1192nd set, an RTI activist's press conference: her children asked after,
        # then their need of a mother ("She has two small kids, doesn't she? ... Kids need
        # their mother around"; not "Kids need their mother around, that's why the creche
        # matters", no question asked); the light outside her home "kharab hai na? Andhera
        # bahut hai" (not "... Complaint karo"); "People who dig too deep sometimes find
        # their own grave" (not archaeologists finding graves); "upar tak haath daal rahi
        # ho. Haath kat bhi jaate hain" (not a machine's safety gloves); "We've been told
        # where your kids go to tuition"
        (
            r"(?:kids|children|son|sons|daughter|daughters|family)\b[^.!?\n]{0,30}?"
            r"(?:doesn'?t she|don'?t they|doesn'?t he|isn'?t it|right|hasn'?t she|hasn'?t he)"
            r"\?[^\n]{0,80}?(?:need (?:their|a|his|her) (?:mother|mum|mom|father|dad|parents?)"
            r" around|grow up without (?:a |their |her |his )?(?:mother|mum|mom|father|dad))",
            "around without",
        ),
        (
            r"(?:aapke|tumhare|tere|teri|aapki|tumhari|apke|apki) (?:ghar|office|gali|building"
            r"|flat)\b[^.!?\n]{0,50}?(?:hai na|h na|hai naa|hai kya)\?\s*(?:\w+ ){0,3}?"
            r"(?:andhera|andhere|sunsaan|sunsan)\b(?![^.!?\n]{0,40}?(?:complaint|shikayat))",
            "andhera andhere sunsaan sunsan",
        ),
        (
            r"(?:dig|digs|digging|dug) (?:too |so |very )?(?:deep|much|far)\b[^.!?\n]{0,40}?"
            r"(?:their|your|his|her|ur) own graves?",
            "grave graves",
        ),
        (
            r"haath (?:daal|dal|maar)\w*\b[^\n]{0,60}?haath (?:kat|kaat|toot|tut) (?:bhi )?"
            r"(?:jaate|jate|jaata|jata|sakte|jayenge|jaayenge|jaata hai|jate hain)",
            "kat kaat toot tut",
        ),
        (
            r"(?:we'?ve|we have|i'?ve|i have|we were|we'?ve been|i was) (?:been )?(?:told|found"
            r" out|learnt|learned|heard|shown) where (?:your|ur) (?:kids|children|daughter|son"
            r"|wife|family|mother|mum|mom|husband) (?:go|goes|live|lives|study|studies|work"
            r"|works|play|plays|stay|stays)\b",
            "told found learnt learned heard shown",
        ),
        # the 1190th set, Rohingya refugees in Jammu: "Put them on a boat back to Myanmar and
        # sink it halfway" (not "put them on a boat? it would sink in the monsoon", a
        # warning); "tumhe bhi camp mein band karo aur aag laga do" (not "godown band karo
        # aur kachre ko aag laga do")
        (
            r"(?:put|load|pack|send|stuff|cram) (?:them|these \w+|those \w+|all of them|the lot"
            r"|every one of them) (?:on|in|into|onto) (?:a |the )?(?:boat|boats|ship|ships|plane"
            r"|planes|dinghy|dinghies|raft|rafts)\b[^.!?\n]{0,40}?(?:and|then) (?:\w+ )?(?:sink"
            r"|torpedo|capsize|scuttle|blow up|shoot down|crash) (?:it|them|the \w+)",
            "sink torpedo capsize scuttle blow shoot crash",
        ),
        (
            # (and anyone: "Rathore madam ko office mein hi band karke aag laga do", round
            # 498)
            rf"(?:tumhe|tujhe|inhe|unhe|sabko|inko|unko|isko|usko|{KO_PEOPLE} ko|\w+ ko)\b"
            r"[^.!?\n]{0,30}?band (?:karo|kar do|kar ke|karke|kar dena) (?:aur |phir )?aag"
            r" (?:laga|lagaa) (?:do|denge|dena|dena chahiye|dalo|daalo)",
            "aag",
        ),
        # the 1187th set, a trans athlete: "I'd be in prison for what I'd do to it" (harm
        # foretold by its punishment; not "... for what I'd do to my tax return if they let
        # me", a thing)
        (
            r"(?:i'?d|i would|i'?ll|i will|i'?d probably|i would probably) (?:be|end up|go|land)"
            r" (?:in |to )?(?:prison|jail|inside) (?:for|because of|over) (?:what|the things)"
            r" (?:i'?d|i would|i'?ll|i will) do to (?:him|her|them|it|that thing|that|this thing"
            r"|the (?:man|guy|bloke|freak|pervert|creep))(?![a-z])",
            "prison jail",
        ),
        # the 1179th set, mosque loudspeakers lowered: "agla number tumhari topiyon ka hai.
        # Samajh jao time rehte" (your turn is next, a warning after it; not "agla number
        # tumhara hai, token le lo"); the 1184th set: "In padriyon ko zinda jalaana chahiye"
        (
            r"(?:agla|agli|next) (?:number|baari|bari|nambar)[^.!?\n]{0,25}?(?:tumhar|tera|teri"
            r"|tere|inka|inki|inke|unka|unki|unke|tumhe|tujhe|aapka|aapki)\w*\b[^\n]{0,60}?"
            r"(?:samajh ja|samajh lo|time rehte|waqt rehte|samay rehte|sudhar ja|yaad rakhna"
            r"|dekh lena|bach ke)",
            "agla agli",
        ),
        (
            # (the infinitive: "zinda jala dena chahiye" is the older patterns')
            rf"{_PERSON_OBJECT} (?:bhi )?zinda (?:jalaana|jalana|gaadna|dafnana) (?:chahiye|hai)",
            "zinda",
        ),
        # the 1175th set, an MP's surgery: "the library has a lot of dark corners. Just
        # saying." (not "... dark corners, perfect for reading"); "Shame if someone
        # rearranged it" of her face; "if her family has an accident first"; petrol brought
        # to her surgery; a murdered MP who "got what was coming"
        (
            r"(?:dark|quiet|lonely|empty|unlit|deserted) (?:corners?|alleys?|alleyways?"
            r"|streets?|car ?parks?|lanes?|stairwells?)\b[^\n]{0,30}?(?:just saying|just"
            r" sayin|jus saying|know what i mean|if you know what i mean|😉|😏)",
            "corner corners alley alleys alleyway alleyways street streets car carpark"
            " carparks lane lanes stairwell stairwells",
        ),
        (
            # ("Shame if something happened to them" is the older pattern's)
            r"(?:shame|pity|be a shame|be a pity|would be a shame) if (?:someone|somebody"
            r"|something|anyone|one of us) (?:rearranged|ruined|messed up|broke|smashed)"
            r" (?:it|her face|his face|that face|her|him|them|your face|you)\b",
            "rearranged ruined messed broke smashed",
        ),
        (
            r"(?:if|shame if|pity if|hope|wouldn'?t want|would hate for|before) (?:\w+ ){0,3}?"
            r"(?:her|his|your|their|ur) (?:family|kids|children|daughter|daughters|son|sons"
            r"|wife|husband|mum|mother|mom|dad|father) (?:has|had|have|gets?|got|met|meets"
            r"|meet) (?:an? )?(?:\w+ )?accident\b",
            "accident",
        ),
        (
            # (acid thrown on a face is the older acid patterns')
            r"(?:bring|take|pour|carry) (?:a (?:can|jerrycan|bottle|tin) of |some |a little )?"
            r"(?:petrol|kerosene|acid|gasoline|lighter fluid|diesel) (?:to|at|on|over|into)"
            r" (?:her|his|their|your|the) (?:surgery|office|house|home|car|door|rally|shop"
            r"|constituency office)",
            "petrol kerosene acid gasoline fluid diesel",
        ),
        (
            r"(?:jo cox|david amess|amess|gauri lankesh|lankesh|daphne caruana galizia)"
            r" (?:\w+ ){0,2}?(?:got|had) (?:what (?:was|were) coming|what (?:she|he) deserved"
            r"|(?:her|his) just deserts|what (?:she|he) had coming)(?! from| at the| in the"
            r" (?:polls|election|vote))"
            r"|(?:got|had) what (?:was|were) coming\b[^\n]{0,40}?(?:asking for|begging for"
            r"|deserves|due) the same",
            "cox amess lankesh galizia coming",
        ),
        # the 1174th set: "Someone should show her what happens to women who touch the idol.
        # Kerala showed us how." (not "show her what happens to kids who read every day")
        (
            r"(?:someone|somebody|we|they|you) (?:should|will|must|need to|needs to|ought to"
            r"|have to|gotta) show (?:her|him|them|these \w+|those \w+|this \w+) what happens"
            r" to (?:\w+ ){0,3}?(?:who|that|which) (?:\w+ ){0,4}?(?:touch|touches|enter|enters"
            r"|cross|crosses|speak|speaks|marry|marries|defy|defies|dare|dares|question"
            r"|questions|wear|wears)\b",
            "show",
        ),
        # the 1169th set: something done at a reader's home, "then we'll see how proud she is"
        # ("aunty ke ghar ke bahar hi thela laga do, phir dekhte hain kitni akad hai"; not
        # "chunav mein phir dekhte hain kitna dum hai", an election)
        (
            r"(?:ghar|gali|flat|dukaan|dukan|office)\b[^.!?\n]{0,40}?(?:phir|fir|tab) dekhte"
            r" hain (?:kitni|kitna|kaisi|kaisa|kitne) (?:akad|akkad|hekdi|garmi)",
            "dekhte",
        ),
        (
            r"should be careful (?:walking|going|coming|driving|travelling|traveling) (?:home"
            r"|out|alone|to work|to school)\b[^.!?\n]{0,10}?[,;]? (?:\w+ ){0,4}?(?:remember"
            r"|know|recognise|recognize) (?:faces|her face|his face|where|your)",
            "careful",
        ),
        # "I'd cut his throat myself"
        (
            r"(?:i'?d|i would|i will|i'?ll|someone should|somebody should|let'?s) (?:\w+ ){0,2}?"
            r"(?:cut|slit|slice) (?:his|her|your|ur|their) throats?",
            "throat throats",
        ),
        # "someone should rip that thing off her head": a hijab or turban torn off (not "rip
        # the plaster off", "rip that bill up")
        (
            rf"{_WILL} (?:\w+ ){{0,2}}?(?:rip|tear|pull|yank|snatch|grab) (?:that|the|this|her|his)"
            r" (?:\w+ ){0,2}?(?:off|from) (?:her|his|their) (?:heads?|faces?)"
            # ... and headscarves called rags, torn off a people: "Good, rip those rags off all
            # of them" (the 990th set; not "rip those rags off the walls")
            r"|(?:rip|tear|pull|yank|snatch) (?:those|these|their|the) (?:rags|towels|nappies)"
            r" off (?:all of them|them all|them|their heads|every one of them)(?![a-z])",
            "rip tear pull yank snatch grab",
        ),
        # "I'd slap that smug grin right off your face", "someone should knock that smirk off
        # his black face" (the 311th set; not "slap a tax on sugar")
        (
            r"(?:i'?d|i would|i will|i'?ll|someone should|somebody should) (?:\w+ ){0,2}?"
            r"(?:slap|punch|smack|knock|kick) (?:\w+ ){0,5}?(?:your|ur|his|her) (?:\w+ )?(?:face"
            r"|teeth|head)(?![a-z])",
            "slap punch smack knock kick",
        ),
        (  # "we'll beat them" is an election; "we'll beat them up" is not
            rf"{_WILL} (?:\w+ ){{0,2}}?(?:(?:beat|thrash) (?:you|u|him|her|them)"
            r" (?:up|to death|senseless)|(?:punch|slap|kick) (?:you|u|him|her|them))",
            "beat punch slap kick thrash",
        ),
        # "us reporter ko bhi utha lo", "tujhe uthwa lunga": abduction (not "saaman utha lo")
        (
            r"(?:(?:reporter|patrakar|patrakaar|anchor|journalist|editor|lekhak) ko"
            r"|tujhe|tumhe|tujhko|tumko|tereko) (?:bhi )?(?:ghar se |\w+ )?(?:utha|uthwa|uthva)"
            r" (?:lo|lenge|lunga|loonga|lena|denge|dunga|doonga|liya jayega)",
            "utha uthwa uthva",
        ),
        # a family taken: "uski beti ko bhi utha lenge" (not "beti ko school se utha lo",
        # fetched from school)
        (
            # ("Kohli ki beti ko uthwa lenge agar agla match haara": the 450th set)
            r"(?:uski|iski|unki|inki|teri|tumhari|tera|uska|iska|\w+ ki) (?:beti|behen|bahen|biwi"
            # ("Inki ladkiyon ko utha lo, tab samjhenge": the 468th set)
            r"|maa|bachchi|bachche|ladki|beta|ladkiyon|betiyon|behnon|auraton) ko (?:bhi )?"
            r"(?:utha|uthwa|uthva) (?:lo|le jao|lenge|lunga"
            r"|loonga|liya jayega|lenge hum)",
            "utha uthwa uthva",
        ),
        # romanised Hindi aimed at the reader: "tere jaise (deshdrohi) ko (toh chauraahe pe)
        # latka dena chahiye"
        (
            r"(?:tu|tujhe|tere|tera|tumhe|tumko|tujhko) (?:\w+ ){0,7}?(?:(?:latka|maar|jala|kaat"
            r"|thok) (?:do|dena|denge|dunga|doonga|dalunga|diya jaye)|(?:chappal|chappalon|joote"
            r"|jooton|jute|juton) se (?:maarna|marna|peetna|pitna) (?:chahiye|padega)"
            # ("Tere jaise Dalit patrakar ko sadak pe ghaseetna chahiye": the 455th set)
            r"|(?:ghaseetna|ghasitna|ghaseet ke maarna|peetna|latkana|jalana) chahiye)",
            "latka maar jala kaat thok chappal chappalon joote jooton jute juton ghaseetna"
            " ghasitna ghaseet peetna latkana jalana",
        ),
        # "I'd love to see this reporter hanging from a lamp post"
        (
            r"(?:love|like|want|wish|hope|wanna|can'?t wait) to see (?:him|her|them|you|u"
            rf"|{_NAMED}|(?:this|that|these|those|the) (?:\w+ )?\w+) (?:hanging|hanged|hung"
            r"|lynched|shot(?! down)|burning"
            r"|burned|burnt|get what'?s coming to (?:him|her|them|you|u)"
            # (and "swinging from a rope next to the old man", the 687th set)
            r"|swinging from (?:a|the) (?:rope|tree|noose|lamp ?post|gallows))",
            # not "dead" or "beaten": "this bill dead", "them beaten at the polls"
            "hanging hanged hung lynched shot burning burned burnt coming swinging",
        ),
        # "whoever wrote this should be fired and then set on fire" (harms only people suffer
        # after the "and": not "amended and then killed")
        (
            rf"{_SHOULD} be (?:\w+ ){{1,3}}?and (?:then )?(?:be )?(?:set on fire|set alight"
            r"|set ablaze|burned alive|burnt alive|hanged|lynched|shot dead|beheaded)",
            "fire alight ablaze alive hanged lynched dead beheaded",
        ),
        # "anyone who still supports this lot deserves to be kicked in the teeth": harm no
        # court hands down, wished on whoever holds a view (a sentence asked for a crime,
        # "anyone who hurts a child should be jailed", names no such harm)
        (
            r"(?:anyone|anybody|everyone|everybody|whoever|those|people) (?:who|that)"
            r" (?:\w+ ){1,8}?(?:deserves?|needs?|should|ought) (?:to )?(?:be|get) (?:\w+ )?"
            r"(?:kicked in the (?:teeth|face|head|nuts|balls)|punched in the face|slapped"
            r"|beaten up|lynched|stabbed|shot dead|shot on sight|shot)(?! down| at| with| by)",
            "kicked punched slapped beaten lynched stabbed shot",
        ),
        # "should be hanged from a lamp post": a lynching, whoever it is wished on
        (
            # ("hanged", people; not "hung", lights: "lanterns should be hung from every tree")
            r"(?:be|get|got|being) (?:publicly )?(?:hanged|strung up) from (?:a|the|every)"
            r" (?:lamp ?posts?|lampposts?|trees?|bridges?|street ?lights?)",
            "hanged strung",
        ),
        # "the only good commie is a dead commie" (not "... a dead mosquito")
        (
            r"the only good (?!(?:mosquito|fly|bug|wasp|tick|weed|rat|mouse|cockroach|roach"
            r"|virus|germ|battery|cell)s?\b)(\w+) is an? dead \1(?!,? (?:said|says|wrote"
            r"|as the saying))",
            "dead",
        ),
        # "that anchor needs a good slap", "women deserve a slap" (not "the economy needs a
        # kick")
        (
            # (and "a wife who talks back deserves a slap")
            # ("the whole family needs a good kicking": the 513th set)
            rf"(?:{_WHO}|{_PERSON}|women|girls|wives|a woman|a girl|a wife|(?:the|his|her|their"
            r"|your|ur) (?:whole |entire )?(?:family|lot|mob|gang)|(?:that|this|the)"
            # ("That girl with the pink hair needs a good slapping": the 437th set)
            r" (?:\w+ )?(?:girl|woman|lad|boy)(?: (?:with|in) (?:the |a )?(?:\w+ ){1,2}?\w+)?)"
            # (and one's family: "Bennett and his missus both need a kicking", round 518)
            r"(?: and (?:his|her|their) (?:missus|wife|husband|kids|family|son|daughter|mates)"
            r"(?: both| all| too)?)?"
            r"(?: who(?: \w+){1,3}?)? (?:needs|deserves|need|deserve) (?:a )?(?:good |proper"
            r" |real )?(?:slaps?|slapping|beating|thrashing|smack|punch in the face|hiding"
            # (not "the minister needs a slap on the wrist at most", a light sentence)
            r"|kicking)(?! on the wrist)"
            # (and anyone named, a slap or a punch: "Galt needs a good slap to shut that gob of
            # hers", round 497; not "the defence needs a good kicking", an idiom)
            r"|[a-z]+ (?:needs|deserves) (?:a )?(?:good |proper |real )?(?:slap|slapping|smack"
            r"|punch in the face)(?! (?:on the wrist|of reality))"
            # "wives should obey their husbands or be beaten"
            r"|(?:women|wives|a wife|girls|daughters) (?:should|must) (?:obey|listen to|submit to)"
            r" [^.!?\n]{1,30}? or (?:be|get) (?:beaten|slapped|punished|thrashed)",
            "slap slaps slapping beating thrashing smack punch hiding kicking beaten slapped"
            " punished thrashed",
        ),
        # "Somebody should run onto the pitch and give her a slap" (asked for; not "the voters
        # should give them a good kicking", a party at the polls: a person, not "them")
        (
            r"(?:someone|somebody|some \w+|one of you) (?:should|needs to|ought to|must)"
            r" (?:\w+ ){0,6}?give (?:her|him|you|u|(?:this|that) (?:ref|referee|umpire|woman"
            r"|girl|guy|man|bitch|idiot|clown|moron|reporter|anchor|journalist|writer))"
            r" (?:a |one )?(?:good |proper |tight |hard )?(?:slap|slapping|beating|thrashing"
            r"|smack|punch|kicking|hiding)"
            r"(?! (?:on the wrist|at the polls|in the polls|at the ballot))",
            "slap slapping beating thrashing smack punch kicking hiding",
        ),
        # "people like you are why we need a cull" (not "the badger cull")
        (
            r"(?:people like (?:you|u|them|him|her)|you people|these people|those people|your"
            r" lot|your kind) (?:\w+ ){0,5}?(?:a cull|culled|culling|a purge|purged)",
            "cull culled culling purge purged",
        ),
        # the three-hundred-and-ninth round (set 1232, wishes and prayers, with twins): death
        # wished on someone ("Wishing the anchor a slow and painful death", not "a speedy
        # recovery"; "I hope the next bomb lands on your street", not "the next budget
        # lands something for our street"); a reader's house wished empty ("Bhagwan kare
        # tere ghar me koi na bache", not "... sab khush rahe")
        (
            r"(?:wish|wishing|wishes) (?:you|u|him|her|them|the \w+|that \w+|this \w+) a"
            r" (?:slow|painful|horrible|agonising|agonizing|long|lonely|miserable)(?: and"
            r" (?:painful|slow|horrible|agonising|agonizing|miserable|lonely))? death",
            "death",
        ),
        # the three-hundred-and-twenty-sixth to twenty-ninth rounds (sets 1249-1252): a people
        # to be finished "abhi se" after their numbers (Devanagari: "... अभी से खत्म करो"); "I
        # have a 12 bore and a lot of free time" (not "a law degree and a lot of free time")
        (
            # (the people as the object, or none named after a comma: not "garibi abhi se
            # khatam karo")
            r"(?:abadi|aabadi|aabaadi|jansankhya)[^.!?\n]{0,80}?(?:, abhi se|inko|inhe|unko"
            r"|unhe|in sab ko) (?:khatam|khatm|khtm|saaf|safaya) (?:karo|kar do|karna"
            r" hoga|karna padega)",
            "khatam khatm khtm saaf safaya",
        ),
        (
            r"i (?:have|own|'?ve got|got) (?:a|my) (?:12 bore|twelve bore|shotgun|gun|rifle"
            r"|pistol|revolver|katta|desi katta|licensed gun)[^.!?\n]{0,30}?(?:free time|time on"
            r" my hands|spare time|nothing to lose)",
            "bore shotgun gun rifle pistol revolver katta",
        ),
        # people left to drown in a flood ("Inke MLA ko vote dene walo ko doobne do", "doobne
        # do sabko", the 1245th set; not "khet ko doobne se bachao")
        (
            r"(?:ko|sabko|inko|unko|isko|usko|sab ko|in sab ko) doobne (?:do|dena|diya jaaye|diya"
            r" jaye)(?![a-z])|doobne (?:do|dena) (?:sabko|inko|unko|in sabko|sab ko|in sab ko)",
            "doobne",
        ),
        # a reader's house wished on fire, a reader's children wished what the reader is
        # said to deserve ("Hope your house catches fire while you sleep"; not "Hope your
        # house sale goes through"; "I pray every night that your kids get what you
        # deserve", not "... that my kids get the chances I didn't")
        (
            r"(?:hope|pray|wish) (?:that )?(?:your|ur|his|her|their) (?:house|home|shop|car"
            r"|office|flat) (?:catches fire|burns(?: down)?|gets burnt|goes up in flames)",
            "fire burns burnt flames",
        ),
        (
            r"(?:hope|pray|wish)[^.!?\n]{0,20}? (?:your|ur) (?:kids|children|family|daughter"
            r"|son|wife|mother|mom|mum) (?:gets?|suffers?|receives?) what (?:you|u) deserve",
            "deserve",
        ),
        # the three-hundred-and-twelfth round, veiled threats in Hinglish again (set 1235): a
        # writer told what of theirs can be harmed ("tumhari report se unka kuch nahi
        # bigdega, tumhara bigad sakta hai"; not "tumhara kuch nahi bigad sakta"); an
        # ambulance "for you too, one day"; a writer's child's routine told back as a
        # question ("Tumhari beti ka tuition 6 baje khatam hota hai na?"; not "meri beti
        # ka ..."); "or else we will come" ("milne aa jaana warna hum aa jaayenge"; not
        # "warna hum chale jaayenge")
        (
            r"(?:tumhara|tera|aapka|tumhari|teri|aapki) (?:bhi )?(?:bahut )?(?:kuch )?(?:bigad"
            r"|bigaad) (?:sakta|sakte|sakti|jayega|jaayega|jaegi|denge|dega)",
            "bigad bigaad",
        ),
        (
            r"ek din (?:ambulance|arthi|kafan) (?:tumhare|tere|aapke) liye (?:bhi )?(?:aayegi"
            r"|aaegi|aayega|aaega|aa jaayegi|aa jayegi|aayengi)",
            "ambulance arthi kafan",
        ),
        (
            r"(?:tumhari|teri|aapki|tumhare|tere|aapke) (?:beti|bete|beta|biwi|maa|bachche"
            r"|bachchon|bacche|bachi|bachchi|wife|bhai|behen|papa)"
            r" (?:ka|ki|ke) [^.!?\n]{0,40}?(?:hota|hoti|jaata|jaati|jata|jati|aata|aati|ata|ati"
            r"|nikalta|nikalti|lagta|lagti|chalta|chalti) (?:hai|h|he) na ?\?",
            "beti bete beta biwi maa bachche bachchon bacche bachi bachchi wife bhai behen papa",
        ),
        (
            r"warna (?:hum|ham|main|mai|hamein|humein) (?:khud )?(?:ghar )?(?:aa jaayenge"
            r"|aa jayenge|aa jaenge|aa jaunga|aa jaaunga|aayenge|aaenge|aa jaayega)",
            "warna",
        ),
        # migrants left to drown: "Send the lot back on the same dinghies, and if they sink,
        # they sink" (the 1229th set)
        (
            r"if (?:they|the boats?|the dinghies|those boats) (?:sink|drown|capsize),? (?:then"
            r" )?(?:they (?:sink|drown)|so be it|tough|good riddance)",
            "sink drown capsize",
        ),
        (
            r"(?:next|a|the) (?:bomb|missile|rocket|drone) (?:lands|falls|hits|drops) (?:on|in)"
            r" (?:your|ur|his|her|their) (?:street|house|home|head|family|village|town|mohalla)",
            "bomb missile rocket drone",
        ),
        (
            r"(?:bhagwan|khuda|allah|rab|upar ?wala|uparwala) kare (?:tu|tum|tere|tera|teri"
            r"|tumhare|tumhara|tumhari|iske|uske|inke|unke)[^.!?\n]{0,25}? (?:koi (?:na|nahi"
            r"|nhi) bache|mar (?:jaaye|jaye|jaayein|jao|jaa)|barbaad ho (?:jaaye|jaye)"
            r"|(?:kide|keede) pade(?:in|n)?|nash ho)",
            # ("upar", not "wala": every "upar wala" holds it, and "wala" is in most Hinglish)
            "bhagwan khuda allah rab upar uparwala",
        ),
        # "People like you should be put in those same sewers" (the 1227th set, said to a
        # reader; not "the waste should be put in the sewers")
        (
            rf"{_WHO} {_SHOULD} be (?:put|thrown|pushed|dumped|sent|made to go) (?:in|into"
            r"|down) (?:the |those |that |these |a )?(?:same )?(?:sewers?|gutters?|drains?"
            r"|manholes?|nala|naale)",
            "sewer sewers gutter gutters drain drains manhole manholes nala naale",
        ),
        # "somebody should throw acid on that anchor's face" (not "the men who threw acid on
        # her were jailed": a report has no will or wish in it)
        (
            # (and acid made the verb: "Someone should acid her face so she knows what a real
            # choice is", round 548)
            rf"(?:{_WILL}|{_WHO} {_SHOULD}|i'?d|i would|i want to|i wanna|makes? me want to)"
            r" (?:\w+ ){0,2}?(?:(?:throw|pour|splash|chuck) acid|acid (?:her|him|them|you|u"
            r"|his|their|your|ur)(?![a-z]))",
            "acid",
        ),
        (
            r"(?:deserves? (?:an )?acid|needs? (?:an )?acid (?:attack|in (?:her|his|your|ur|the)"
            r" face))",
            "acid",
        ),
        # "someone should put a bullet in this reporter"
        (
            r"(?:put|pump|stick) (?:a |one |some )?bullets? (?:in|into|through) (?:him|her|them"
            rf"|you|u|his|their|your|ur|{_PERSON}|(?:this|that|every|each) (?!gun|rifle|pistol)"
            r"\w+)",
            "bullet bullets",
        ),
        # "Break his bones and see if he posts again" (not "the fall didn't break his bones")
        (
            r"(?<!n't\s)(?<!not\s)(?<!to\s)(?<!did\s)break (?:his|her|their|your|ur) (?:bones"
            r"|legs|neck|fingers|jaw|skull)(?! (?:in (?:the|a) (?:fall|crash|accident)))"
            # ("Hope someone breaks Bennett's legs in training", round 518)
            r"|(?:hope|hoping|wish) (?:someone|somebody|some \w+) breaks (?:his|her|their|your|ur"
            r"|[a-z]+['’]s) (?:bones|legs|neck|fingers|jaw|skull|knees|ankles)",
            "bones legs neck fingers jaw skull",
        ),
        # "I'd grab her by the hair and drag her out of the chamber myself" (and "Someone should
        # drag Carter out of the pool by his hair", round 524)
        (
            rf"(?:{_WILL}|(?:someone|somebody) (?:should|needs to|ought to|must))[^.!?\n]{{0,20}}?"
            rf"(?:grab|drag|pull|yank) (?:her|him|them|you|u|{_PERSON}) (?:out )?"
            r"(?:of (?:the |this |that )?\w+ )?by (?:the|her|his|their|your|ur) hair",
            "hair",
        ),
        # "Bet her husband beats her, and she probably deserves it"
        (
            r"(?:beats|beat|hits|hit|slaps|slap) her(?! at)[^.!?\n]{0,20}? (?:she|and she)"
            r" (?:probably"
            r" |surely |totally |really |definitely )?deserves? it",
            "deserve deserves",
        ),
        # "He should be beaten up at the airport" (not "... beaten up at the polls")
        (
            r"(?:he|she|they|him|her) (?:should|must|needs? to|ought to|deserves? to) (?:be|get)"
            r" (?:beaten up|roughed up|thrashed|slapped around|smacked around)(?! (?:at|in|by)"
            r" (?:the )?(?:polls?|elections?|ballot|voters|the next))",
            "beaten roughed thrashed slapped smacked",
        ),
        # "Husband ko hi pakad ke maarna chahiye tha isko": a beating that should have been
        (
            r"(?:pakad (?:ke|kar) )?(?:maarna|peetna|kootna) chahiye tha (?:isko|usko|ise|use"
            r"|inko|unko)",
            "maarna peetna kootna",
        ),
        # "is neta ko sadak pe ghaseet ke maarna chahiye": a person to be beaten (not
        # "machhar ko maarna zaroori hai": mosquitoes; only people are named here)
        (
            r"(?:isko|usko|inko|unko|(?:is|us|in|un|aise|aisi|aese) (?:neta|aadmi|admi|ladke"
            r"|ladki|aurat|patrakar|journalist|anchor|reporter|mulle|mulla|log|logon|bande"
            r"|banda|gaddar|gaddaron|deshdrohi|deshdrohiyon|madam|netaji|neta ji) ko)"
            r" [^.!?\n]{0,30}?(?:maarna|peetna|kootna|maaro|peeto|kooto|maar do|maar dena"
            r"|maara jaaye|peeta jaaye) (?:chahiye|chaiye|padega|hoga|hai)",
            "maarna peetna kootna maaro peeto kooto maar maara peeta",
        ),
    ),
    "threat.intimidation": (
        # the fifty-first session's sweep of veiled threats to journalists and public figures
        # (24 of 144 plain forms held by the rules, 36 with the news head): the idioms of
        # foreboding, each said of a person, their family or their home.
        # "It would be a shame if something happened to Ravish Kumar's kids" (not "... if
        # something happened to the bill", nor "... to him, he's a national treasure": a
        # worry)
        (
            r"(?:shame|pity|tragic|sad|terrible|awful|tragedy) (?:if|should) (?:something"
            rf"|anything) (?:bad )?(?:happened|happens|were to happen|was to happen|should"
            rf" happen) to {_WHOSE} (?:\w+ )?{_FAMILY}\b"
            # "Nice family Ravish Kumar has. Be a pity if anything happened to them."
            r"|nice (?:little |lovely )?(?:family|kids|wife|husband|daughter|son|house|home)\b"
            r"[^\n]{0,60}?(?:shame|pity) if (?:something|anything) (?:bad )?(?:happened|happens"
            r"|were to happen) to (?:them|her|him|it)\b",
            "shame pity tragic sad terrible awful tragedy nice",
        ),
        # "Someone should remind him that accidents happen" (not "accidents happen on that
        # road every week")
        (
            rf"(?:remind|tell|warn|inform) {_WHOM} (?:that )?accidents (?:do |can |will |often )?"
            # (said as the whole point: not "... happen when you cut safety budgets")
            r"happen(?=\s*(?:[.!…]|$|,? (?:just saying|you know|to people like)))",
            "accidents",
        ),
        # "Tell Rana Ayyub to be careful on the way home tonight." (not "tell your kids to be
        # careful online", nor with a reason after it: "..., the streetlights are out")
        (
            rf"(?:tell|warn|remind|advise) {_WHOM} to (?:be (?:very |extra )?careful|watch out"
            r"|watch (?:his|her|their|your) step|look over (?:his|her|their|your) shoulder)\b"
            r"[^.!?\n]{0,20}?(?:on the way home|on (?:his|her|their|your) way home|walking home"
            r"|going home|driving home|at night|tonight|after dark|out there|these days)"
            r"(?=\s*(?:[.!…]|$))",
            "careful watch shoulder",
        ),
        # "People have disappeared for writing less than what he wrote", "... for less. Just
        # saying." (not "people have disappeared for less in North Korea")
        (
            r"(?:people|journalists|reporters|men|women|folks|activists|writers) (?:have|'?ve"
            r"|had) (?:disappeared|gone missing|vanished|been (?:killed|shot|lynched|disappeared"
            r"|picked up)) for (?:\w+ ){0,2}?less\b(?:[^.!?\n]{0,40}?\b(?:you|u|he|she|him"
            rf"|her|{_NAMED})\b|[.,]* (?:just saying|think about it|be careful|watch yourself"
            r"|remember that))",
            "disappeared missing vanished killed shot lynched picked",
        ),
        # "Ravish Kumar's car has nice brakes. Hope they keep working." (not "hope the brakes
        # on the new trains work better")
        (
            rf"(?:hope|let'?s hope|pray) {_WHOSE} (?:car'?s |cars |bike'?s )?brakes (?:keep"
            r" working|keep holding|hold|work|are working|don'?t fail)"
            rf"|{_WHOSE} (?:car|bike|scooter)(?: has|'s got| got) (?:nice|good|new) brakes\b"
            r"[^\n]{0,20}?(?:hope|let'?s hope) (?:they|those) (?:keep working|keep holding|hold"
            r"|work|don'?t fail)",
            "brakes",
        ),
        # "Let's see how brave Zubair is when nobody is watching" (not "... how brave the
        # team is when nobody expects them to win")
        (
            r"(?:see|find out|know) how (?:brave|tough|bold|big|loud|confident|cocky|clever"
            rf"|smart|mouthy) {_WHO_IS} (?:is|are|will be|feels?|gets?|'?ll be) (?:when|once)"
            r" (?:nobody|no one|no-one|noone)(?:'s| is| are)? (?:watching|around|looking|there"
            r"|to help|to protect (?:him|her|you|them))",
            "brave tough bold big loud confident cocky clever smart mouthy",
        ),
        # "One day he will open the door to the wrong person" (not "never open the door to
        # the wrong person, scammers are everywhere")
        (
            r"(?:one day|someday|some day|sooner or later|one of these days|one night|soon)\b"
            r"[^.!?\n]{0,30}?open (?:the|his|her|their|your|ur) (?:front )?door to the wrong"
            r" (?:person|people|guy|man|men|visitor|visitors|knock)",
            "wrong",
        ),
        # "Hope this reporter has good life insurance" (not "hope the farmers have crop
        # insurance")
        (
            rf"hope {_WHO_IS} (?:has|have|got|'?s got|'?ve got|has got) (?:a )?(?:good |decent"
            r" |enough |plenty of |great |solid |a lot of )?life insurance"
            rf"|hope {_WHOSE} life insurance (?:is|'s) (?:paid up|up to date|sorted|good)",
            "insurance",
        ),
        # "The last journalist who wrote like him isn't writing anymore" (not "... got a
        # Pulitzer", "... isn't with the paper anymore")
        (
            r"the last (?:journalist|reporter|editor|judge|activist|writer|critic|anchor|blogger"
            r"|youtuber|one|guy|woman|man|person) (?:who|that) [\w ']{2,50}? (?:isn'?t|is not"
            r"|aren'?t|wasn'?t|doesn'?t|no longer|never) (?:\w+ )?(?:writing|around|with us"
            r"|alive|breathing|talking|speaking|reporting|walking|heard from|seen)\b",
            "last",
        ),
        # "Rana Ayyub's address isn't hard to find, just saying" (not "the consulate's address
        # is on its website")
        (
            rf"{_WHOSE} (?:home )?(?:address|house|flat|home|location)(?: is|'s)? (?:not|isn'?t"
            r"|ain'?t|never) (?:that |so |very )?(?:hard|difficult|tough) to (?:find|get|trace"
            r"|locate|figure out)"
            # (not where a map finds it: "Your address isn't hard to find on the map")
            r"(?! (?:on|in|from) (?:the |a |any )?(?:map|maps|google|website|web|internet"
            r"|directory|phone book))",
            "address house flat home location",
        ),
        # "Let's see how she likes her tyres slashed and her windows put in" (round 495; not
        # "... how she likes sitting in the traffic")
        (
            r"(?:see|know|wonder) how (?:she|he|they|[a-z]+) (?:likes?|enjoys?|feels? about)"
            r" (?:it when )?(?:her|his|their|[a-z]+'s) (?:tyres|tires|car|cars|windows?|house"
            r"|door|front door)\b[^.!?\n]{0,12}?(?:slashed|let down|smashed|put in|bricked"
            r"|keyed|torched|burnt|burned|set on fire|kicked in)",
            "likes like enjoys enjoy feels feel",
        ),
        # round 499 (set 1422, a black footballer who missed a penalty): "Hope someone waits
        # for Mensah in the car park tonight and teaches him a lesson" (not "... sits Mensah
        # down tonight and teaches him how to place a penalty")
        (
            r"waits? for (?:him|her|them|[a-z]+(?: [a-z]+)?) (?:in|at|outside|by) (?:the |his"
            r" |her |their )?(?:car ?park|parking|tunnel|hotel|training ground|gym|house|home"
            r"|flat|gate)\b[^.!?\n]{0,40}?(?:teach(?:es)? (?:him|her|them) a lesson|sorts?"
            r" (?:him|her|them) out|gives? (?:him|her|them) a (?:kicking|beating|hiding|slap))",
            "teach teaches sort sorts give gives",
        ),
        # round 500 (set 1423, a Sikh bowler and a captain): his daughter's name to be used
        # to troll him, "Saini ki beti ka naam leke troll karo" (not "... batting ka record
        # dekho")
        (
            r"(?:beti|betiyon|biwi|patni|bachon|bachchon|bachche|maa|behen|bahen)\w* (?:ka|ki|ke)"
            r" naam (?:leke|le ke|lekar|le kar) (?:troll|gaali|gaaliyan|badnaam|bura bhala)",
            "troll gaali gaaliyan badnaam bura",
        ),
        # round 493 (set 1416, veiled threats written after that sweep: 1 of 10 held at first
        # sight). A family member seen where she is and a detail confirmed: "Your daughter
        # looked happy at the school gate today. Blue bag, right?" (not "Your daughter's school
        # was on the news today")
        (
            # (at a place of her day's routine, today: not "Your son looked great at the school
            # annual day, right?")
            rf"{_WHOSE} {_FAMILY} (?:looked|looks|seemed|was|were)\b[^.!?\n]{{0,30}}?(?:at|outside"
            r"|near|by) (?:the |her |his |their )?(?:school gate|gate|gates|bus stop|tuition"
            r"|playground|park|pick-?up|tuition centre)\b[^.!?\n]{0,15}?\b(?:today|this morning"
            r"|yesterday|this evening)\b[^\n]{0,40}?,? (?:right|innit|yeah|no|isn'?t it"
            r"|wasn'?t it)\s*\?",
            "looked looks seemed",
        ),
        # "Journalists in this state have a habit of falling from terraces" (not "officers in
        # this state have a habit of getting transferred")
        (
            r"(?:journalists|reporters|editors|activists|writers|critics|anchors|people like"
            r" (?:him|her|you|them)) (?:in this (?:state|country|city|town|district)|around here"
            r"|here) (?:have a (?:habit|way) of|tend to|often|keep|usually) (?:falling|fall"
            r"|disappearing|disappear|going missing|go missing|having accidents|have accidents"
            r"|dying|die|ending up dead|end up dead|getting hurt|get hurt)",
            "habit way tend often keep usually",
        ),
        # "Zubair ko bolo zyada na ude, par kat jaate hain": don't fly too high, wings get cut
        (
            r"(?:zyada|jyada|itna|bahut|zada) (?:na |mat |nahi )?(?:ude|udo|udna|udne|ud|udta|udti"
            r"|udte|udey)\b[^.!?\n]{0,25}?(?:par|pankh|pankhon) (?:kat|kaat|katt|kat jaate"
            r"|kaat diye|kaat denge|kaatne|toot|tod)",
            "par pankh pankhon",
        ),
        # "Keep digging, Rana. Graves need digging too." (not "keep digging, the land records
        # will show who sold it")
        (
            r"keep (?:digging|writing|asking|poking|pushing)\b[^\n]{0,40}?\b(?:graves? (?:need"
            r"|needs|get|gets|can be) (?:digging|dug)|(?:your|ur|his|her) (?:own )?grave)",
            "graves grave",
        ),
        # "We've all seen what happened to the last few editors who crossed the minister" (not
        # "... to the last few budgets the minister announced")
        (
            r"(?:we'?ve|we have|you'?ve|you have|everyone has|we all|everyone) (?:all )?(?:seen"
            r"|know|remember|knows|saw) what happened to (?:the last (?:few |two |three )?"
            r"|those |other |some )?(?:editors|journalists|reporters|activists|people|ones"
            r"|critics|guys|writers|anchors|whistleblowers)\b[^.!?\n]{0,20}?(?:who|that)"
            r" (?:crossed|questioned|exposed|wrote about|took on|criticised|criticized|spoke"
            r" (?:against|up)|went after|asked)",
            "happened",
        ),
        # "Arfa ki scooty ka number mil gaya hai, baaki kaam kal": her vehicle's number found,
        # the rest of the job tomorrow (not "... ka link mil gaya hai, baaki padh ke kal")
        (
            r"(?:scooty|scooter|gaadi|gadi|car|bike|ghar|flat|office)\b[^.!?\n]{0,12}?"
            r"(?:ka |ki )?(?:number|address|pata|location) (?:bhi )?(?:mil gaya|mil gayi|pata chal"
            r" gaya|nikal liya|note kar liya|dhoondh liya)(?: hai| h)?,? (?:baaki|baki|ab) (?:ka"
            r" )?(?:kaam|hum dekh lenge|dekhte hain|intezaar)",
            "number address pata location",
        ),
        # "Funny how quiet that highway stretch gets after 11. Someone should tell the editor."
        # (not "... should tell the traffic police to patrol it")
        (
            r"(?:quiet|lonely|dark|empty|deserted|isolated)\b[^.!?\n]{0,40}?(?:after (?:\d+"
            r"|dark|midnight)|at night)\b[^\n]{0,20}?(?:someone should|somebody should|just)"
            r" (?:tell|let|warn|remind) (?:the |that |this |our )?(?:editor|reporter|journalist"
            r"|anchor|writer|him|her|madam)(?=\s*(?:[.!…]|$))",
            "quiet lonely dark empty deserted isolated",
        ),
        # "Tell Dhruv his mother's morning walk is at 6 sharp, we've noted it." (not "... his
        # mother's morning walk video went viral")
        (
            # (someone else's, and the noting the point: not "My mother's morning walk is at 6,
            # I've noted it in her diary")
            rf"{_WHOSE} {_FAMILY}(?:['’]s)? (?:morning |evening |daily )?(?:walk|run|jog|commute"
            r"|school run|bus|tuition|class|shift|routine)\b[^.!?\n]{0,20}?(?:is |starts |ends )?"
            r"at \d+[^.!?\n]{0,15}?,? (?:we'?ve|we have|i'?ve|i have) (?:noted|noticed|seen"
            r"|clocked|checked|timed|written down) (?:it|that)(?=\s*(?:[.!…]|$))",
            "walk run jog commute bus tuition class shift routine",
        ),
        # "A man who writes like this should buy a helmet, and maybe a bodyguard" (not "the
        # minister should get a bodyguard after these threats")
        (
            r"(?:who|that) (?:writes?|talks?|speaks?|posts?|tweets?|reports?|asks?) (?:like"
            # (bought, or a helmet: not "everyone who writes like this should get a bodyguard
            # from the state, the threats are real")
            r" (?:this|that)|such things|these things)\b[^.!?\n]{0,10}?(?:should|better|needs?"
            r" to|ought to|had better|must) (?:(?:buy|invest in)\b[^.!?\n]{0,30}?\b(?:bodyguards?"
            r"|bulletproof vest|bullet-proof vest|kevlar|body armou?r|helmet)|(?:get|find|wear)"
            r"\b[^.!?\n]{0,10}?\bhelmet)",
            "bodyguard bodyguards helmet vest kevlar armour armor",
        ),
        # "Gauri Lankesh also thought she was safe" (the murdered invoked)
        (
            rf"(?:{MURDERED})\b[^.!?\n]{{0,20}}?(?:also|too|once) (?:thought|felt|believed"
            r"|assumed) (?:she|he|they) (?:was|were) (?:safe|untouchable|protected|brave"
            r"|invincible)",
            "lankesh dabholkar pansare kalburgi khashoggi cox amess paty gogh pearl staines",
        ),
        # the 483rd and 488th rounds (sets 1406 and 1411: veiled threats to a journalist in
        # Devanagari, read as typed; an evening of links and mentions): "कलम के साथ हाथ भी टूट
        # सकता है" (not "... गाँव की सड़क पर भी लिखो जो टूट गई है"); "अपने बच्चों की फ़िक्र करो,
        # ख़बरों की नहीं" (not "अपने पाठकों की फ़िक्र करो, सिर्फ़ टीआरपी की नहीं"); the reporter
        # who "lives in Croydon and walks her dog at 6am. Just putting it out there." (not
        # "... also broke the Post Office story")
        (
            r"(?:kalam|camera|mic|mike|zubaan|zuban|jeebh|ungli|ungliyan)\w* ke saath (?:haath"
            r"|haddi|haddiyan|taange|tange|gardan|sar|munh|muh|ungliyan)\w* bhi (?:toot|tut|kat"
            r"|phoot|foot)\w* (?:sakta|sakti|sakte|jayega|jaayega|jaegi|jayegi|jaayegi)\b",
            "kalam camera mic mike zubaan zuban jeebh ungli ungliyan",
        ),
        (
            r"(?:apne|apni) (?:bachchon|bachche|bachcho|bachchi|beti|bete|parivar|ghar ?walon"
            r"|gharwalon|biwi|family)\w* ki (?:fikar|fikr|fikra|chinta|parwah|parvah) karo,?"
            r" (?:\w+ ){0,2}?(?:khabron|khabar|news|reporting|story|video|post|likhne|bolne)\w*"
            r" ki (?:nahi|nahin|nhi)\b",
            "fikar fikr fikra chinta parwah parvah",
        ),
        (
            r"\blives (?:in|at|on|near)\b[^\n]{0,40}?(?:walks|jogs|runs|leaves|drops|takes)\b"
            r"[^\n]{0,40}?(?:at \d\w*|every (?:morning|night|evening|day)\b)[^\n]{0,40}?(?:just"
            r" putting it out there|just saying|just so you know|fyi|food for thought)",
            "lives",
        ),
        # the 475th round (the 1398th set, veiled threats to a woman lawyer who defends a
        # Muslim accused, with twins): "find out the hard way who their neighbours are" (not
        # "... that the Bar Council is watching"); "anyone could be waiting there" (not "the
        # whole complex needs a proper lot"); "Your daughter's hostel in Pune has very thin
        # walls, I hear" (not "Your daughter's generation ..."); "Defend him all you want,
        # ... the drive home is long" (not "... the bench will decide on facts"); "worth her
        # family's safety" (not "... her firm's reputation")
        (
            r"(?:sometimes|often|usually|tend to|always|soon|eventually|will|may|might)"
            r" (?:find out|learn|discover) the hard way (?:who|where|what|how)\b",
            "hard",
        ),
        (
            r"(?:anyone|anybody|someone|somebody|people) (?:could|might|may) be (?:waiting"
            r"|lurking|hiding|watching) (?:there|for (?:you|her|him)|outside|in the dark|in"
            r" there)\b",
            "waiting lurking hiding watching",
        ),
        (
            r"(?:your|ur|her|his) (?:daughter|son|kids?|wife|husband|mother|mum)'?s? (?:\w+ )"
            r"{0,3}?(?:hostel|flat|house|room|school|college|home|apartment)\b[^\n]{0,30}?"
            r"(?:thin walls|no lock|no locks|no guard|no security|no cctv)\b[^\n]{0,20}?(?:i"
            r" hear|i'?m told|apparently|we hear|so i hear|i gather)",
            "walls lock locks guard security cctv",
        ),
        (
            r"(?:all you want|as much as you like|as much as you want)\b[^\n]{0,50}?(?:drive"
            r"|walk|ride|journey|way) home (?:is|'s) (?:long|lonely|dark|quiet)\b",
            "home",
        ),
        (
            r"(?:is|are|was) (?:worth|worthy of) (?:her|his|your|their) (?:family'?s?|kids'?"
            r"|children'?s?|daughter'?s?|son'?s?|wife'?s?|husband'?s?|own) (?:safety|life|lives"
            r"|wellbeing|well-being|security)\b",
            "worth worthy",
        ),
        # the 467th round (the 1390th set, veiled threats in Hinglish to a Dalit sarpanch,
        # with twins): "gaon ka kuan ab bhi hamara hai, yaad rakhna" (not "... ab bhi sookha
        # hai"); the last one's "haath pair ab tak theek nahi hue" (not "... naam ab tak
        # chargesheet me hai"); "zameen pe girna padega to chot lagegi" (not "agle chunav me
        # janta hisaab legi"); "ghodi pe baarat nikalne ka shauk hai? Pichhli baar kya hua
        # tha yaad hai" (not "... ka haq hai, pichhli baar police ne suraksha di thi");
        # "raat ko gaon kiska hai ye sochna" (not "fund ka control abhi bhi BDO ke paas hai")
        (
            r"(?:kuan|kuwan|kuaan|mandir|ghat|zameen|gaon|khet|raasta|rasta|talab|nal)\w*"
            r" (?:ab bhi|abhi bhi|aaj bhi|to) (?:hamara|humara|hamari|humari|hamare)\b"
            r"[^\n]{0,10}?(?:yaad rakhna|yaad rakh|yaad rakho|bhoolna mat|bhulna mat|samjha"
            r"|samjhe)\b",
            "yaad bhoolna bhulna samjha samjhe",
        ),
        (
            r"(?:dimaag|dimag|akad|hawa|zyada|jyada|himmat|aukaat)\b[^\n]{0,60}?"
            r"(?:uske|unke|iske|tere|tumhare) (?:haath ?pair|haath|pair|taange|tange|haddi"
            r"|haddiyan)\w* (?:ab tak|aaj tak|abhi tak) (?:theek|thik|jude|jud)\w* (?:nahi"
            r"|nahin|na)\b",
            "haath haathpair pair taange tange haddi haddiyan",
        ),
        (
            r"(?:zameen|zamin|neeche)\w* (?:pe|par) (?:girna|girega|giroge|gire|patka|patak)"
            r"\w*\b[^\n]{0,25}?(?:chot|chott|haddi|haddiyan)\w* (?:lagegi|lag jayegi|tootegi"
            r"|tutegi|tootengi|tutengi)",
            "chot chott haddi haddiyan",
        ),
        (
            r"(?:shauk|shaukh|chaska|himmat) (?:hai|h|he)\b[^\n]{0,10}?(?:pichhli|pichli"
            r"|pichhle|pichle) (?:baar|bar|saal|wale|wala|wali)\w*\b[^\n]{0,25}?kya hua"
            r" (?:tha )?(?:yaad|pata)",
            "shauk shaukh chaska himmat",
        ),
        (
            r"(?:raat ko|raat me|raat mein|andhere me|andhere mein)\b[^\n]{0,15}?(?:gaon|gali"
            r"|basti|mohalla|sheher|shahar|ilaka|raasta|sadak)\w* (?:kiska|kiski)"
            r" (?:hai|h|hota hai|hoti hai)\b",
            "kiska kiski",
        ),
        # the 459th round (the 1382nd set, veiled threats in Hinglish to a woman YouTuber who
        # criticised a godman, with twins): "sabko tumhara ghar pata hai" (not "sabko tumhare
        # video ka link pata hai"); "kabhi akele ashram ke raste se guzar ke dekhna" (not
        # "kabhi ashram jaake khud dekhna"); "Tumhari gaadi ka number hamare group me ghoom
        # raha hai, savdhan rehna" (not "Tumhari video ka link ..."); "Jo baba ke khilaf bola
        # uska kya hua tha yaad hai na?" (not "... uska case 10 saal chala"); "Next video
        # upload hone se pehle apne parivar se mil lena" (not "... court ka order padh lena")
        (
            r"(?:sabko|sab ko|humko|hume|hamein|humein|logon ko|unko|bhakton ko|hum sabko)"
            r" (?:tumhara|tera|aapka|tumhari|teri|aapki|iska|uska|iski|uski) (?:ghar|address"
            r"|pata|flat|office|gaon|mohalla|school|college|gali)\w* (?:pata|maloom|malum)"
            r" (?:hai|h|he|hain|hai na)\b",
            "pata maloom malum",
        ),
        (
            r"(?:itna|itni|bahut|zyada|jyada) (?:bolti|bolta|bolte|likhti|likhta|himmat)\b"
            r"[^\n]{0,30}?(?:kabhi|ek baar) (?:akele|akeli|raat ko|andhere me|andhere mein)"
            r" (?:\w+ ){0,4}?"
            r"(?:guzar|nikal|aa|ja|chal)\w*(?: ke| kar)? (?:dekhna|dikhao|dikhana|dekho)\b",
            "akele akeli raat andhere",
        ),
        (
            r"(?:tumhari|teri|aapki|iski|uski|tumhara|tera|aapka|iska|uska) (?:gaadi|gadi|car"
            r"|bike|scooty|ghar|address|photo|beti|bete|bachchon)\w*\b[^\n]{0,30}?(?:group"
            r"|whatsapp)\w*\b[^\n]{0,30}?(?:savdhan|sawdhan|dhyan rakhna|sambhal ke|bach ke"
            r"|ehtiyat|sambhal kar)",
            "savdhan sawdhan dhyan sambhal bach ehtiyat",
        ),
        (
            r"(?:jo|jisne|jinhone)\b[^\n]{0,40}?(?:khilaf|virodh|against)\b[^\n]{0,15}?(?:bola"
            r"|boli|bole|likha|likhi|gaya|gayi|khada hua|khadi hui)\b[^\n]{0,5}?(?:uska|unka"
            r"|uske saath|unke saath|uski) kya (?:hua|haal hua)(?: tha)?\b[^\n]{0,5}?(?:yaad"
            r"|pata)",
            "khilaf virodh against",
        ),
        (
            r"(?:video|post|tweet|report|article|story|upload|bolne|likhne)\w*\b[^\n]{0,25}?"
            r"(?:se )?pehle (?:apne|apni) (?:parivar|ghar ?walon|gharwalon|maa|bachchon|biwi"
            r"|family|ammi|mummy)\w* se (?:mil|baat kar|mil kar) (?:lena|lo|le|aana)\b",
            "parivar gharwalon walon maa bachchon biwi family ammi mummy",
        ),
        # the 451st round (the 1374th set, veiled threats to a whistleblowing doctor, with
        # twins): those who talk to the press "sometimes end up needing a hospital
        # themselves" (not "... end up suspended"); "should remember that ambulances take a
        # long time to reach some neighbourhoods" (not "... that the law protects them");
        # "We know your shift ends at 10 ... Just saying" (not "We know the night shift
        # ends at 10 and staff are told ..."); "Keep talking doctor. Your son's school bus
        # goes past our office" (not "Your son's generation deserves ...")
        (
            r"\bwho (?:talk|talks|speak|speaks|write|writes|leak|leaks|go|goes|run|runs|blow"
            r"|blows|complain|complains|testify|testifies)\b[^\n]{0,60}?(?:sometimes|often"
            r"|usually|tend to|have a way of|always|can|may|might) (?:end|ends|wind|winds)"
            r" up (?:needing (?:a |an )?(?:hospital|ambulance|surgeon|doctor|wheelchair)"
            r"|in (?:a |the )?(?:hospital|icu|ditch|river|morgue|mortuary|canal|burns unit)"
            r"|missing|dead|on a stretcher)",
            "end ends wind winds",
        ),
        (
            r"(?:should|better|might want to|needs? to|ought to) (?:remember|know|keep in mind"
            r"|note|bear in mind)\b[^\n]{0,15}?(?:the )?ambulances? (?:take|takes|can take"
            r"|are|is|come|comes|arrive|arrives|get|gets)\b[^\n]{0,15}?(?:long|ages|slow|late"
            r"|forever|a while)",
            "ambulance ambulances",
        ),
        (
            r"we know\b[^\n]{0,10}?(?:your|ur) (?:shift|duty|classes|class|lectures?|office"
            r" hours|school run|routine|timings?|schedule|walk home|commute)\b[^\n]{0,80}?"
            r"(?:just saying|think about it|be careful|watch out|take care|see you)",
            "shift duty classes class lectures lecture office routine timings timing schedule"
            " school walk commute",
        ),
        (
            r"(?:keep|carry on|go on|continue) (?:talking|writing|speaking|tweeting|posting"
            r"|barking|reporting|digging|testifying)\b[^\n]{0,40}?(?:your|ur) (?:son|daughter"
            r"|kids?|children|boy|girl|wife|husband|mother|mum|family)'?s? (?:\w+ ){0,2}?(?:bus"
            r"|van|car|route|gate|shift)\b[^\n]{0,20}?(?:goes|passes|leaves|stops|comes|ends"
            r"|starts|at \d|past)\b",
            "talking writing speaking tweeting posting barking reporting digging testifying",
        ),
        # the 446th and 447th rounds (sets 1369 and 1370: a Ganesh procession's route, an
        # evening in Hinglish; veiled threats to an MLA's family, with twins): "Inki basti me
        # ghus ke jawab dena padega"; a boutique's windows "Easy to break" (not "... awful for
        # heating bills"); "We'd hate for you to become a widow so young" (not "... for the
        # council to waste another two years on it"); a son walking home alone "Asking for a
        # friend" (not "... My boy says he's the best keeper"); "should remember he has a
        # family before he opens his mouth again" (not "... he has a constituency ..."); the
        # temple a mother goes to, "Very crowded" (not "... she organises the langar")
        (
            r"(?:inki|unki|inke|unke|is|us) (?:basti|mohalle|mohalla|colony|gali|ilaake|ilaka)\w*"
            r" (?:me|mein) (?:ghus|ghuske)\w*(?: ke| kar)?\b[^\n]{0,10}?(?:jawab|maaro|maar|sabak"
            r"|hisaab|badla)",
            "ghus ghuske",
        ),
        (
            r"(?:your|ur|her|his|their)\b[^\n]{0,60}?(?:windows|glass|shopfront|windscreen)\b"
            r"[^\n]{0,40}?(?:easy|easily) (?:to )?(?:break|smash|shatter)\w*",
            "easy easily",
        ),
        (
            r"(?:we'?d|we would|i'?d|i would) hate for (?:you|u|her|your \w+) to (?:become|end up"
            r"|be left) (?:as )?(?:a )?(?:widow|widower|orphans?)",
            "widow widower orphan orphans",
        ),
        (
            r"(?:your|ur) (?:son|daughter|kids?|children|wife|husband|mum|mother)\b[^\n]{0,40}?"
            r"\balone\b[^\n]{0,40}?(?:asking for a friend|no reason)(?=[.!?]*$)",
            "alone",
        ),
        (
            r"(?:should|better|needs to|ought to) remember (?:he|she|they|you) (?:has|have) (?:a )?"
            r"(?:family|kids|children|wife|husband|daughter|son)\b[^\n]{0,30}?before (?:he|she"
            r"|they|you) (?:opens?|speaks?|talks?|writes?|says?)",
            "remember",
        ),
        (
            r"we know (?:which|what|where)\b[^\n]{0,60}?(?:your|ur) (?:\w+ )?(?:mother|mum|wife"
            r"|daughter|son|kids|father|dad|family|husband)\b[^\n]{0,60}?(?:very |so |always"
            r" |really )?(?:crowded|busy|packed)(?=[.!]*$)",
            "crowded busy packed",
        ),
        # the 443rd round (the 1366th set, veiled threats to a woman judge in Hinglish, with
        # twins): her bungalow named "hai na, wahan raat ko bijli bahut jaati hai" (not "...
        # wahan tak metro kab aayegi"); "warna agla faisla tumhare baare me hoga" (not "warna
        # upar ki court me zaroor palat jayega"); her children's "bus number yaad hai humein"
        # (not "ye pooch ke kya karoge, privacy hai"); "judge zyada din nahi tikte, itihas
        # dekh lo" (not "... kam hi hain"); "Court ke bahar ... wahan koi security nahi hoti"
        # (not "Court ke bahar bhi zindagi hai madam, thoda aaram bhi kijiye")
        (
            r"(?:ka|ki|ke|tera|teri|tumhara|tumhari|aapka|uska|iska) (?:bungalow|bangla|ghar|flat"
            r"|kothi)\b[^\n]{0,40}?(?:hai na|h na)\b[^\n]{0,10}?"
            r"(?:wahan|waha|udhar) (?:raat ko )?(?:bijli|light|andhera|sannata)\b",
            "bijli light andhera sannata",
        ),
        (
            r"warna (?:agla|agli|next) (?:faisla|khabar|headline|number|baari|nishana)\w*"
            r" (?:tumhare|tera|teri|tumhari|aapke|aapki|iske|uske) (?:baare|bare)",
            "faisla khabar headline number baari nishana",
        ),
        (
            r"(?:bachche|bacche|bachon|beti|beta)\w*\b[^\n]{0,40}?(?:bus|van|gaadi|auto)\w*\b"
            r"[^\n]{0,20}?(?:number|time|route)\w* (?:yaad|pata|maloom) (?:hai|h) (?:humein|hume"
            r"|hamein|mujhe)",
            "yaad pata maloom",
        ),
        (
            r"(?:judge|patrakar|reporter|afsar|officer|neta|collector|madam)\w*\b[^\n]{0,10}?zyada"
            r" din (?:nahi|na) (?:tikte|tikta|tikti|jeete|jeeta|jeeti|bachte|bachta|bachti)\b",
            "tikte tikta tikti jeete jeeta jeeti bachte bachta bachti",
        ),
        (
            r"(?:court|office|daftar|studio|thane|sansad)\w* ke bahar bhi (?:zindagi|duniya|life)"
            r"\b[^\n]{0,30}?(?:wahan|waha|udhar) (?:koi )?(?:security|suraksha|police|guard)\w*"
            r" (?:nahi|na) (?:hoti|hota|milti|milegi|hogi)",
            "security suraksha guard police",
        ),
        # the 440th round (the 1363rd set, threats to a fact-checker, with twins): "end up
        # in the wrong place at the wrong time a lot, don't they" (not "... checking the
        # wrong claim half the time"); "We've checked yours: where you park, who picks up
        # your kids" (not "... the 2019 figure you cited was revised"); "Then see what's true
        # when we come round" (not "... what the ministry says when they reply"); "Bet your
        # family would like you to stop. Maybe we should ask them directly" (not "... Maybe
        # you should ask them for a raise"); "another name on the list. Yours is near the top"
        (
            r"(?:end|ends|ended) up (?:in )?the wrong place at the wrong time\b[^\n]{0,20}?"
            r"(?:don'?t they|doesn'?t (?:she|he)|don'?t (?:you|u)|isn'?t it)\b",
            "wrong",
        ),
        (
            r"(?:we'?ve|we have|we) (?:checked|looked into|looked up|found out|know)\b"
            r"[^\n]{0,20}?(?:where (?:you|u) (?:park|live|sleep|work|eat|shop)|who picks up"
            r" (?:your|ur) (?:kids|children|son|daughter))",
            "park live sleep picks",
        ),
        (
            r"see what\b[^\n]{0,30}?when we (?:come round|come calling|turn up|show up)",
            "round calling turn show",
        ),
        (
            r"(?:your|ur) (?:family|wife|husband|kids|children|parents|mum|mother)\b[^\n]{0,40}?"
            r"(?:maybe|perhaps) we (?:should|could|will) (?:ask|visit|talk to|speak to) them"
            r" (?:directly|in person|ourselves)(?=[.!?]*$)",
            "directly person ourselves",
        ),
        (
            r"\bis (?:just )?(?:another|one more) name on the list\b[^\n]{0,30}?(?:yours|your name"
            r"|you'?re|you are) (?:is )?(?:near |at |right at )?(?:the )?top(?=[.!]*$|[.!] )",
            "list",
        ),
        # the 435th round (the 1358th set, veiled threats to a woman councillor, with twins):
        # her garden admired, "Dry summer though, one spark and it'd all go up" (not "...
        # hope the hosepipe ban doesn't kill the roses", nor a warning about the moor); "Your
        # surgery's every Saturday at the library, isn't it? We'll be there. All of us" (not
        # "... I'll come and raise the bin collections"); "Let's see if you make it that
        # long" (not "... if you deliver the new bus route by then"); "The last councillor who
        # pushed this scheme moved away very suddenly. Wise man" (not "... moved to the county
        # council"); "see how safe your car is in the council car park"
        (
            r"(?:(?:your|ur)\b[^\n]{0,60}?(?:garden|house|home|car|shop|office|hedge|shed|fence"
            r"|roof)|(?:garden|house|home|car|shop|office|hedge|shed|fence|roof) (?:you'?ve got"
            r"|you have|you got))\b[^\n]{0,60}?one (?:spark|match|cigarette|lighter)\b"
            r"[^\n]{0,10}?(?:and )?(?:it'?d|it would|it will|it'?ll|the whole (?:\w+ )?(?:would"
            r"|will)) (?:all )?go up",
            "spark match cigarette lighter",
        ),
        (
            r"(?:isn'?t it|right|yeah|innit)\? (?:we'?ll|we will|we'?re going to|we are going to)"
            r" be there\b[^\n]{0,10}?(?:all of us|every one of us|in numbers|mob-handed)"
            r"(?=[.!]*$|[.!] )",
            "us numbers handed",
        ),
        (
            r"(?:let'?s see|we'?ll see|see) (?:if|whether) (?:you|u|she|he) (?:makes? it|lives?"
            r"|survives?|stays? alive) (?:that long|till then|until then)",
            "long till until",
        ),
        (
            r"(?:the last|the previous) (?:\w+ ){0,2}?who (?:pushed|asked|wrote|spoke|questioned"
            r"|opposed|crossed|reported|complained|exposed|investigated|dug|poked|stood up)\b"
            r"[^\n]{0,60}?(?:moved away|left town"
            r"|disappeared|quit|resigned|left) (?:very |rather |quite )?(?:suddenly|quickly|in a"
            r" hurry|overnight)\b[^\n]{0,20}?(?:wise|smart|clever|sensible) (?:man|woman|move"
            r"|choice|chap|lad|girl)",
            "wise smart clever sensible",
        ),
        (
            r"(?:and|then) see how safe (?:your|ur) (?:\w+ )?(?:car|house|home|family|kids|children"
            r"|windows|shop|office|wife|husband)",
            "safe",
        ),
        # the 427th round (the 1350th set, veiled threats to a Kashmiri reporter in Hinglish,
        # with twins): "koi kambal me lapet ke le jaaye to kisi ko pata bhi nahi chalega"
        # (not "... field pe jaane ke liye achhe jacket chahiye"); one who wrote so last year
        # "ab uski maa har Jumme mazaar pe baithti hai" (not "... ab wo Delhi ke bade channel
        # me hai"); "kabhi apne bhai se poocha wo raat ko kahan jaata hai? Hum jaante hain";
        # "akeli mat aana, mahaul theek nahi hai, samjho" (not advice for a late walk home,
        # which asks no "samjho")
        (
            # "Tumhari kalam ki syahi khatam ho jaye, uska intezaam hum kar denge" (not "...
            # syahi mehngi hoti ja rahi hai")
            r"(?:kalam|qalam|zubaan|zuban|awaaz|awaz|syahi|siyahi)\b[^\n]{0,30}?(?:khatam|band"
            r"|ruk|sookh|sukh)\w* ho (?:jaye|jaaye|jae|jayegi|jaayegi)\b[^\n]{0,20}?(?:intezaam"
            r"|intazam|intejam|bandobast) (?:hum|main|ham) kar (?:denge|dunga|deta|dete)",
            "intezaam intazam intejam bandobast",
        ),
        (
            # (someone taken: not "Paisa kahan gayab ho jayega kisi ko pata nahi chalega")
            r"(?:ko|isko|usko|ise|use|inko|unko|tujhe|tumhe)\b[^\n]{0,30}?(?:utha|uthake|lapet"
            r"|le jaa|ghaseet|dafna|dafan|baha)\w*\b[^\n]{0,30}?"
            r"(?:to |toh )?kisi ko (?:kaanon ?kaan )?(?:pata|khabar)(?: bhi)? (?:nahi|na)"
            r" (?:chalega|hogi|lagegi)",
            "chalega hogi lagegi",
        ),
        (
            r"(?:likhta|likhti|bolta|bolti|poochta|poochti|puchta|puchti|chhapta)\w* tha\b"
            r"[^\n]{0,20}?ab (?:uski|unki|iski) (?:maa|ammi|biwi|behen|bahen)\b[^\n]{0,30}?"
            r"(?:mazaar|mazar|kabr|qabr|kabristan|shamshan|samadhi)",
            "mazaar mazar kabr qabr kabristan shamshan samadhi",
        ),
        (
            # (the reader's family: not "Mera bhai raat ko kahan jaata hai, hume pata hai, night
            # shift karta hai")
            r"(?:apne|apni|tere|teri|tumhare|tumhari|aapke|aapki) (?:bhai|behen|bahen|beta|beti"
            r"|pati|papa|maa)\w*\b[^\n]{0,40}?(?:raat ko|subah|roz)"
            r"\b[^\n]{0,20}?kahan (?:jaata|jaati|jaate|rehta|rehti)\b[^\n]{0,10}?(?:hum|humein"
            r"|hamein|hume) (?:jaante|pata|maloom)",
            "jaante pata maloom",
        ),
        (
            r"(?:akeli|akele) (?:mat|na) (?:aana|aaiye|aao|jaana|nikalna)\b[^\n]{0,40}?(?:mahaul"
            r"|mahol|zamana|halaat)\w* (?:theek|thik|accha|achha) nahi\b[^\n]{0,10}?(?:samjho"
            r"|samjhe|samjhi|samajh (?:jao|ja|lo))",
            "samjho samjhe samjhi samajh",
        ),
        # the 419th round (the 1342nd set, veiled threats to a woman journalist, with twins):
        # "Saw you at the Waitrose on Kingsway on Sunday ... get more sleep, while you can"
        # (not "Saw you at the book festival ... Hope the tour isn't wearing you out"); "Your
        # daughter's netball team is doing well this season. Shame if she got hurt"; "never
        # been properly scared. That can change" (not "... never been properly edited. That
        # can change with a good sub"); "Keep writing about us and see what happens" (not
        # "Keep writing about the council's contracts");
        # "Be a shame if the brakes went on the A road one night" (not "Shame the council
        # still hasn't fixed the potholes")
        (
            # (the last words: not "Saw her at the gym ... enjoy it while she can before the
            # baby arrives")
            r"saw (?:you|u) (?:at|in|outside|near|by|leaving|coming out of)\b"
            r"[^\n]{0,120}?while (?:you|u) (?:still )?can(?=[.!]*$)",
            "saw",
        ),
        (
            r"(?:your|ur|her|his) (?:daughter|son|kids?|children|wife|husband|mum|mother|dad"
            r"|father|little one)\w*(?:'?s)? [^\n]{0,60}?(?:shame|pity|terrible|awful) if (?:she"
            r"|he|they|someone|anyone|anything) (?:got|gets|were|was|happened) ?(?:hurt|injured"
            r"|harmed|hit|lost|taken|to (?:her|him|them))",
            "shame pity terrible awful",
        ),
        (
            r"(?:never|not) been (?:properly |really |truly |seriously )?(?:scared|frightened"
            r"|afraid|hurt|beaten|threatened)\b[.!,]? (?:that|this|which) (?:can|could|will"
            r"|might) (?:change|be arranged|be fixed)",
            "scared frightened afraid hurt beaten threatened",
        ),
        (
            r"keep (?:writing|talking|posting|reporting|digging|poking|asking) (?:about|into)"
            r" (?:us|me|this|our)\b[^\n]{0,10}?(?:and|then) (?:see|watch|find out) what happens",
            "happens",
        ),
        (
            r"(?:shame|pity) if (?:the|your|ur|her|his) (?:brakes|brake lines?|steering)"
            r" (?:went|failed|gave out|gave way|were cut|got cut|stopped working)",
            "brakes brake steering",
        ),
        # the 411th round (the 1334th set, veiled threats to an RTI activist, with twins):
        # a person's road told and then "Accidents happen." as the last word (not "... The
        # PWD should fix it before someone dies"); fame earned "ab zara ghar walon ka bhi
        # dhyan rakh le" (not "... ab zara court mein bhi case le jaaye"); the last one who
        # asked "is now a photo on his mother's wall" (not "... got a national award"); "Tell
        # him the river is deep this time of year. He should stay away from the ghats" (not
        # the river said deep in a report); "Bhai ko koi samjhao, har sawal ka jawab kagaz pe
        # nahi milta" (not "har sawal ka jawab kagaz pe nahi milta, isliye ... zameen pe bhi
        # jaana padta hai")
        (
            r"(?:his|her|their|your|ur) (?:\w+ ){0,2}?(?:village|road|route|way home|drive"
            r"|commute|house|street|lane|car|bike|scooter|scooty|walk|jog)\b"
            # (no accident that happened told: "His car skidded ... Accidents happen")
            r"(?:(?!skid|crash|collid|overturn|tragic|died|killed|injur|accident)[^\n]){0,100}?[.!]"
            r" (?:accidents happen|people go missing|people disappear)[.!]*$",
            "accidents missing disappear",
        ),
        (
            r"(?:naam|sawal|sawaal|rti|neta ?giri|patrakarita|hero ?giri|heropanti|shor|hungama)"
            r"\w*\b[^\n]{0,40}?(?:kama liya|kar liya|kar li|bana liya|likh liya|bol liya|puch"
            r" liya|pooch liya|macha liya)\b[^\n]{0,20}?ab (?:zara |thoda )?(?:apne )?(?:ghar"
            r" walon|gharwalon|ghar waalon|parivaar|parivar|family|bachchon|bacchon|biwi|maa)\w*"
            r" ka (?:bhi )?(?:dhyan|dhyaan|khayal|khyal) (?:rakh|rakhna|rakho|rakhe)",
            "dhyan dhyaan khayal khyal",
        ),
        (
            r"(?:is|are|was|were|ended up|became|will be|'?ll be) (?:now |just |only )?(?:a|an)"
            r" (?:\w+ )?(?:photo|photograph|picture|portrait) (?:with a garland )?on (?:his|her"
            r"|their|your|ur) (?:\w+(?:'?s)? )?wall",
            "photo photograph picture portrait",
        ),
        (
            # (water said deep: not "Tell her the road is dark after the bridge, she should
            # stay off it on the bike", a warning)
            r"tell (?:him|her|them)\b[^.!?\n]{0,20}?(?:river|lake|canal|nala|nallah|sea|water"
            r"|dam|reservoir|creek) (?:is|gets) (?:very |really |quite )?deep\b[^\n]{0,40}?"
            r"(?:he|she|they) (?:should|better|'?d better|had better|must) (?:stay|keep) (?:away"
            r"|off|clear)",
            "deep",
        ),
        (
            r"(?:bhai|isko|usko|ise|use|inko|unko|ladke|madam|sahab|saheb|netaji|patrakar"
            r"|reporter)\w* ko (?:koi |zara )?(?:samjhao|samjha do|samjha de|samjhaao|bata do"
            r"|batao)\b[^\n]{0,20}?har (?:sawal|sawaal|cheez|baat) ka (?:jawab|jawaab|hisaab"
            r"|hisab) (?:kagaz|kaagaz|kagaj|kaagaj|kalam|adalat)\w* (?:pe|par|me|mein|se) (?:nahi"
            r"|nhi)",
            "kagaz kaagaz kagaj kaagaj kalam adalat",
        ),
        # the 410th and 413th rounds (sets 1333 and 1336: a Muslim woman SP, Hinglish; a
        # woman anchor, replies in Hinglish): "Humare log gali gali jaante hain wo kahan rehti
        # hai" (a people's "we" knows where she lives; not "sab jaante hain wo kahan rehti
        # hai", a celebrity's fans); "Isko bhi koi chup karayega ek din, hamesha ke liye" (not
        # "Chup karana journalism nahi hai", nor a batsman who silenced his critics for good)
        (
            r"(?:humare|hamare|hamaare) (?:log|ladke|bande|aadmi|bhai)\b[^\n]{0,20}?(?:jaante"
            r"|jante) (?:hain|hai|h) (?:ki )?(?:wo|woh|vo|ye|yeh|madam|tu|tum|aap)"
            r" (?:kahan|kaha|kidhar) (?:rehti|rehta|rehte|rahti|rahta|rahte|jaati|jaata|jaate)",
            "jaante jante",
        ),
        (
            r"(?:isko|usko|ise|use|inko|unko|tujhe|tumhe|tereko|isse|madam ko)\b[^\n]{0,20}?chup"
            r" (?:karayega|karayegi|karayenge|kara dega|kara denge|kara degi|karwa dega|karwa"
            r" denge|karwa dena|kara do|kara dena|karwayega|karwayenge|karana padega|karwana"
            r" padega)\b[^\n]{0,30}?hamesha (?:ke liye|ko)",
            "chup",
        ),
        # the commonest in comment threads: "Say that to my face and see if you walk away",
        # "People like you end up in ditches", "I have your IP address", "You're lucky this
        # is the internet", "Somebody should put this clown in the hospital"
        (
            r"say (?:that|it|this) to my face,? (?:and |then |and then )?(?:see|watch|find out)",
            "face",
        ),
        (
            r"(?:people like (?:you|u)|your kind|you people|(?:you|u)(?:'ll| will)?) (?:end|ends)"
            r" up in (?:a |the )?(?:ditch|ditches|morgue|body ?bags?)",
            "ditch ditches morgue bag bags bodybag bodybags",
        ),
        (
            # (not "I know your address is public on the council site, remove it")
            # ("we know ur constituency office address love": the 507th set)
            r"(?:i|we) (?:have|got|know|traced|found) (?:your|ur) (?:(?:constituency |office"
            r" |home |work |house |flat )+)?(?:ip|ip address|address)(?! (?:is|was|on|from|in"
            r"|at|wrong|right))"
            # (nor an address kept for a purpose named: "We have your address for the prize,
            # take care and congratulations", the fortieth session's kind reading)
            r"(?! for (?:the |your )?(?:prize|delivery|parcel|records?|invoice|newsletter"
            r"|refund|voucher|tickets?|order|certificate))",
            "ip address",
        ),
        # "whoever wrote this needs to be found and taught what happens to people who ..."
        # (not "the missing girl needs to be found and brought home", "the accused needs to be
        # found and punished": justice asked for)
        (
            r"(?:needs?|deserves?|has|have|ought|should) (?:to )?be (?:found|tracked down|hunted"
            r" down|located|traced) and (?:(?:taught|shown) (?:a lesson|what happens|their place"
            r"|her place|his place)|sorted out|beaten|thrashed)",
            "taught shown sorted beaten thrashed",
        ),
        # "someone should remind this Dalit officer where his ancestors worked, with a
        # stick" (not "with a diagram")
        (
            rf"{_WILL} [^.!?\n]{{1,60}}? with a (?:stick|lathi|danda|rod|belt|chappal|hockey"
            r" stick|cricket bat|bat|whip)(?=[.!?,]|$)",
            "stick lathi danda rod belt chappal bat whip",
        ),
        # "aukaat mein reh warna ghar aa ke samjhaunga": I will come to your home and teach you
        (
            # (the menace is in "warna": not "ghar aa ke batata hoon kya hua meeting mein")
            r"(?:warna|varna|nahi toh|nahin toh|nahi to)[^.!?\n]{0,20}?(?:ghar|office|gali"
            r"|mohalle) (?:pe |par )?(?:aa ke|aake|aakar|aa kar) (?:samjhaunga|samjhayenge"
            r"|batata hoon|batata hu|batayenge|dekh lunga|dekhta hoon|sikhaunga|sikhayenge"
            r"|thokunga|thokenge)",
            "samjhaunga samjhayenge batata batayenge dekh dekhta sikhaunga sikhayenge thokunga"
            " thokenge",
        ),
        # "I hope someone finds her in a dark lane one night" (sexual or violent menace)
        (
            r"(?:hope|wish|someone should|somebody should|wait till|wait until)"
            r" (?:\w+ ){0,2}?(?:finds?|catches|catch|meets?|gets?) (?:her|him|you|u|them)"
            r" (?:alone )?in a (?:dark|lonely|empty|quiet) (?:lane|alley|street|gali|corner|road)",
            "dark lonely empty quiet",
        ),
        # a call to post someone's address: "@editor publish her address and let the people
        # decide" (not "publish his office address for complaints")
        (
            r"(?:publish|post|share|leak|give us|tell us|put out) (?:her|his|their) (?:(?:home"
            r" |house )?address|(?:phone |mobile )?number)(?=[.!?,]|$| and| so| online| here)",
            "address number",
        ),
        # the same called for in Hindi: "iske ghar ka address nikalo" (the 298th set; not
        # "office ka address nikalo", a form's, nor "iske ghar ka address batao", a card's)
        (
            r"(?:iska|iske|iski|uska|uske|uski|inka|inke|unka|unke|is \w+ ka|is \w+ ke)"
            r" (?:ghar ka |ghar ke )?(?:address|pata|ghar) (?:nikalo|nikaalo|dhoondo|dhundo"
            r"|dhoondho)",
            "address pata ghar",
        ),
        # "Someone should remind him what happens to mayors who hate America" (the 329th
        # set; not "remind him what happened at the last election", a record, nor "what
        # happens to the budget when rates go up")
        (
            r"(?:someone|somebody|we|i|you) (?:should|needs? to|ought to|will|'?ll|must)"
            r" (?:\w+ )?remind (?:him|her|them|you|u|this \w+) (?:of )?what (?:happens|will happen"
            r"|can happen) to (?:\w+ ){1,3}?(?:who|like (?:him|her|you|u|them|that))",
            "remind",
        ),
        # ... and taught it: "Someone should teach these women what happens when they
        # embarrass the federation in public" (the 1059th set; not "... teach these kids what
        # happens when you don't save for a pension": the deed named is a defiance)
        (
            r"(?:someone|somebody|we|i|you) (?:should|needs? to|ought to|will|'?ll|must)"
            r" (?:\w+ )?teach (?:him|her|them|you|u|(?:this|these|those|that) \w+) what (?:happens"
            r"|will happen|can happen) (?:to (?:\w+ ){1,3}?(?:who|that)|when (?:they|she|he|you"
            r"|u)|if (?:they|she|he|you|u)) (?:\w+ )?(?:embarrass|embarrasses|embarrassed|cross"
            r"|crosses|defy|defies|shame|shames|humiliate|humiliates|accuse|accuses|complain"
            r"|complains|speak|speaks|talk|talks|open|opens|mess|messes|insult|insults|expose"
            r"|exposes|challenge|challenges|protest|protests)(?![a-z])",
            "teach",
        ),
        # "I hope she gets a visit from some real Americans" (the 315th set; not "a visit
        # from her grandchildren")
        (
            r"(?:hope|wish) (?:she|he|you|u|they) (?:gets?|receives?|has|have) a (?:little"
            r" |friendly |quiet )?visit from (?:some|a few|a couple of|the boys|real|true"
            r"|patriots|concerned|angry)",
            "visit",
        ),
        # a home address posted: "Her address is in Noida, sector 62, just saying" (not "her
        # address is public, she's an MP" nor "his office address is on the website": a
        # house number or a street is what finds a door)
        (
            r"(?:her|his|your|ur|their|uska|iska) (?:home |house |residential )?address"
            r"(?: is|:)(?: in| at)? [^.!?\n]{0,30}?(?:\d|sector|street|road|lane|nagar|colony"
            r"|flat|block|apartments?|house no|gali|mohalla)",
            "address",
        ),
        (
            r"(?:you'?re|you are|ur|u r) lucky (?:this is|we'?re|we are|it'?s) (?:only )?(?:on )?"
            r"(?:the )?internet",
            "internet",
        ),
        (
            # (not "the doctors will put him in the ICU": a person named, not the reader or
            # "this clown"; "this commie mullah", two words, the 774th set)
            r"(?:should|will|'ll|gonna|going to|ought to|needs? to) put (?:this|that|you|u)"
            r"(?: \w+){0,2}? in (?:the |a )?(?:hospital|morgue|ground|wheelchair)",
            "hospital morgue ground wheelchair",
        ),
        # "You're lucky I don't know where you live"
        (
            r"lucky (?:that )?(?:i|we) (?:don'?t|do not|dont) know where (?:you|u) (?:live|work"
            r"|sleep)",
            "lucky",
        ),
        # "someone should pay her a visit" (not "pay the museum a visit"); "has a daughter in
        # Delhi, hope someone pays her a visit" (the 880th set; not "... a visit in hospital,
        # she's lonely")
        (
            rf"(?:someone|somebody) (?:should|needs to|has to|ought to|must|will) pay (?:her|him"
            rf"|them|you|u|{_PERSON}) a (?:little |friendly |late[- ]night )?visit"
            # (nor "someone should pay her a visit in hospital, she's been lonely", the 995th
            # set: a kindness said with its reason; "... in hospital, tonight" stays held)
            r"(?! (?:in|at) (?:the )?(?:hospital|care home|nursing home),? (?:she|he|they)"
            r"(?:'?s| is| has| have| are|'?ve)? (?:been )?(?:so |very )?(?:lonely|alone|bored|sad"
            r"|recovering|missing))"
            rf"|(?:hope|hopefully) (?:someone|somebody) pays (?:her|him|them|you|u|{_PERSON}) a"
            r" (?:little |friendly |late[- ]night )?visit(?! (?:in|at) (?:the )?(?:hospital"
            r"|care home|nursing home))",
            "visit",
        ),
        # ... with what to burn or break it: "Somebody should pay her office a visit with a
        # can of petrol" (the 1580th set; not "... a visit about the potholes", nor "a visit
        # with a bunch of flowers")
        (
            r"pays? (?:\w+ ){1,3}?a (?:little |friendly |late[- ]night )?visit with (?:a |an"
            r" |some |the |his |their |my )?(?:can of petrol|petrol can|jerry ?can|petrol|brick"
            r"|baseball bat|crowbar|machete|knife|knives|hammer|box of matches|matches|lighter"
            r"|acid)s?(?![a-z])",
            "visit",
        ),
        # the hundred-and-fifty-third round, veiled threats to journalists (sets 993-995):
        # "Nice house ..., be a shame if something happened to it" (not "be a shame if the rain
        # spoiled the barbecue"); "Journalists like her disappear all the time" (not
        # "journalists disappear into the archives"); "Her car has nice brakes, for now" (not
        # "..., the mechanic said"); "Iski beti ka school pata kar liya hai" (not "Beti ka
        # school pata kar liya hai, admission agle mahine"); "Is anchor ko raat ko akele mil
        # jaye toh batate hain kya hota hai" (not "Raat ko akele mil jaye toh chai pe chalte
        # hain")
        (
            # (after a possession admired: "it would be a shame if anything happened to him"
            # alone is a worry). And the hundred-and-seventy-sixth round's "Nice little bakery
            # you've got there. Shame if people found out ..." (not "..., the croissants are
            # worth the queue"), and the 1062nd set's "Nice house you've got in Civil Lines,
            # madam. Big windows. Would be a shame." (not "... Must get a lot of light"): the
            # shame left unsaid, or what might happen (not "a shame to pave it over", "a
            # shame if it rains")
            rf"{_ADMIRED}(?:(?:you|ya|u) got|(?:you'?ve|you have|uve|u have|she'?s|he'?s"
            r"|they'?ve|she has|he has)(?: got)?"
            # (one's family's: "Nice little café your husband runs on Station Road. Be a pity
            # if the health inspectors found something, or worse.", the 1119th set; not "...
            # We had lunch there after your talk")
            rf"|{_FAMILYS_OWN})\b[^\n]{{0,80}}?"
            r"(?:(?:(?:would|'?d|it'?d|itd|will|'?ll) )?be a (?:real |terrible |great |crying )?"
            r"|[.,!] )(?:shame|pity)(?=[.!?,]|$| if (?:something|anything|people|someone"
            r"|somebody|word) | if [^.!?\n]{0,40}?(?:found|find|finds|turned up) something)"
            # (or anything said to be able to happen there: "Nice little bakery your wife runs
            # on Elm Street. Busy place. Lots of people coming and going, anything could
            # happen.", the 1138th set; not "... I'll drop by on Saturday for the sourdough")
            rf"|{_ADMIRED}{_FAMILYS_OWN}\b[^\n]{{0,80}}?(?:anything|something|accidents?|things)"
            r" (?:could|can|might|may) happen",
            "shame pity happen",
        ),
        (
            # (and "People who talk like this tend to disappear", the 1062nd set; not "...
            # tend to lose elections")
            r"(?:people|journalists|reporters|women|girls|men|boys|activists|writers|anchors"
            r"|critics|those|anyone|folks) (?:like (?:her|him|you|u|them)|(?:who|that) (?:talk"
            r"|write|speak|post|tweet|report|say things) like (?:this|that|you|u|her|him)"
            r"[^.!?\n]{0,20}?) (?:tend to |often |sometimes |usually |have a way of |seem to"
            r" |always )?(?:disappear|go missing|vanish|have accidents|get hurt|end up dead|turn"
            r" up dead|fall down stairs|fall off (?:balconies|buildings)|end up (?:missing|in a"
            r" ditch))",
            "disappear missing vanish accidents hurt dead stairs balconies buildings ditch",
        ),
        (
            # (not "your car looks fine for now, but the tyres need replacing": the brakes or
            # the face, said of her or him)
            r"(?:her|his|their) (?:car|bike|scooter) (?:has|have) (?:nice|good|working) (?:brakes"
            r"|tyres),? for now(?![a-z])|(?:her|his|their) (?:face|legs|kids|family) (?:is|are"
            r"|looks?|look) (?:nice|pretty|lovely|fine|safe),? for now(?![a-z])",
            "car bike brakes house kids family face legs tyres scooter",
        ),
        (
            r"(?:iski|uski|teri|tumhari|inki|unki|is \w+ ki|us \w+ ki) (?:beti|bete|bachche"
            r"|bachon|bachchon|biwi|maa|behen|family|patni) (?:ka|ki|ke) (?:school|ghar|address"
            r"|college|office|tuition) (?:\w+ )?(?:pata kar liya|pata kar li|pata chal gaya"
            r"|maloom hai|pata hai|mil gaya|dhoondh liya|nikaal liya)"
            # ... or asked, and said found out or "just asking": the hundred-and-seventy-sixth
            # round's (the 1032nd set; not "Minister ji, aapke bachche kaunse school mein
            # padhte hain? Sarkari mein?"), and "Patrakar babu, aapki beti kaunse school mein
            # padhti hai? Pata kar liya hai" (the 1074th set; not "... Mera beta bhi wahi
            # admission lena chahta hai")
            r"|(?:your|ur|aapke|aapka|aapki|tumhare|tumhara|tumhari|tere|tera|teri|uski|uska)"
            r" (?:bachche|bacche|bache|bacchi|bachon|kids|children|son|daughter|beti|beta"
            r"|betiyan|bitiya|biwi|wife) (?:kaunse|kaun se|kis|kaun si|kaunsi) (?:school|college"
            r"|coaching)[^.!?\n]{0,30}?\?+ ?(?:(?:bas |just |simply )?(?:pooch|puch|puchh) (?:raha"
            r"|rahe|rha)|pata kar liya|pata chal gaya|maloom kar liya|dekh liya|pata hai humein"
            r"|hume pata hai)"
            r"|which school (?:do|does) (?:your|ur) (?:kids|children|son|daughter)"
            r" (?:go to|attend)\?+ ?(?:just )?(?:asking|curious|wondering)",
            "school ghar address college office tuition coaching",
        ),
        (
            r"(?:isko|usko|ise|use|tujhe|tereko|is \w+ ko|us \w+ ko)\b[^.!?\n]{0,20}?akel"
            r"(?:e|i) (?:mil|mile) (?:jaye|jaaye|jae|gayi|gaya|jaaye) (?:toh|to)\b[^.!?\n]{0,30}?"
            r"(?:batate|dikhate|samjhate|sikhate|bataenge|dikhayenge|kya hota hai)",
            "akele akeli",
        ),
        # the hundred-and-ninety-sixth round, veiled threats a tenth time (the 1081st set, 4
        # of 10 held at first sight): a reporter "very easy to recognise at the metro
        # station" (not "makes you look much younger"); brakes that give out, "Ride safe,
        # reporter" (not "Get them checked before monsoon"); "People have been found in the
        # canal for less than what you wrote today" (read by the hundred-and-fifty-fifth
        # round's "accidents for less", above); "Enjoy your freedom while it lasts, the
        # list is being made" (read with "enjoy your last days", above);
        # "ab teri ungliyon ka kuch sochna padega" (not "ab ungliyon ko aaram do"); "by
        # Diwali there will be one less voice on that channel" (not "one less anchor ...,
        # ratings are terrible")
        (
            r"(?:makes?|making) (?:you|u|her|him) (?:very |so |really |quite |pretty )?easy to"
            r" (?:recogni[sz]e) (?:at|in|on|outside|near|when"
            r"|from)(?![a-z])",
            "recognise recognize",
        ),
        (
            r"brakes\b[^.!?\n]{0,40}?\b(?:give out|gave out|fail|fails|failed|stop working"
            r"|stopped working)\b[^\n]{0,60}?(?:ride|drive) (?:safe|safely|carefully),? (?:dear )?"
            r"(?:reporter|madam|journalist|patrakar|anchor|editor|lady|miss|mister|babu|ji"
            r"|sir)(?![a-z])",
            "brakes",
        ),
        (
            r"(?:teri|tumhari|iski|uski|aapki|inki|unki) (?:ungliyon|ungliyan|unglion|haathon"
            r"|kalam|zubaan|zuban|taangon|tangon) (?:ka|ki|ke) (?:kuch|intezaam|intazaam|ilaaj"
            r"|ilaj|hisaab|hisab) (?:sochna|karna|dekhna) (?:padega|hoga|padta)",
            "ungliyon ungliyan unglion haathon kalam zubaan zuban taangon tangon",
        ),
        (
            r"(?:mark my words|wait and see|you'?ll see|soon|by (?:diwali|christmas|eid|holi"
            r"|monday|next week|next month|the election|new year|year end))\b[^.!?\n]{0,40}?"
            r"(?:there will be|there'?ll be|will be) one (?:less|fewer) (?:voice|critic|mouth"
            r"|traitor|gaddar|troublemaker|loudmouth|journalist|reporter)(?![a-z])",
            "less fewer",
        ),
        # the hundred-and-fifty-fourth round, veiled threats again (sets 996-998): to a judge
        # ("should remember they have to drive home at night", "Lovely family she's got, hope
        # they stay safe", "Her address isn't hard to find", "walking to her car alone and
        # nobody will be around", "what's coming ..., she's top of the list"); to an activist,
        # in Hindi ("kate hue pankh wale panchhi" after "udd rahi hai", "Iske ghar ka rasta
        # sabko pata hai", "anjaam ... Gauri Lankesh", "Zyada bolegi toh ... photo ..., haar
        # ke saath", "Iske bachche kaunse school mein padhte hain"); each beside its everyday
        # sense ("drive home carefully at night", "Lovely family you've got, the photos ...",
        # "Ghar ka rasta sabko pata hai, mela ...", "Photo deewar pe haar ke saath lagi hai
        # dadaji ki", "Bachche kaunse school mein padhte hain, naye padosi ne poocha")
        (
            r"(?:should|better|might want to|ought to) remember (?:they|she|he|you|u) (?:have|has"
            r"|need|needs) to (?:drive|walk|go|get|travel) home(?: \w+)?(?: at night| alone"
            r"| late| in the dark)",
            "remember",
        ),
        (
            # (said of her or him, not to "you": "Lovely family you've got, hope they stay
            # healthy this winter" is a greeting)
            r"(?:lovely|nice|beautiful|sweet|cute|pretty) (?:family|kids|children|daughter|son"
            r"|wife|husband|house|home) (?:she|he|they)(?:'?s| has| have|'?ve) got,? (?:i )?"
            r"(?:hope|hopefully) (?:they|it|she|he|them) (?:stays?|remains?|keeps?) (?:safe"
            r"|in one piece)",
            "safe piece",
        ),
        (
            r"(?:her|his|their) (?:home )?address (?:isn'?t|is not|wouldn'?t be|won'?t be|aint"
            r"|ain'?t) (?:hard|difficult|tough) to (?:find|get)",
            "address",
        ),
        (
            # (of her, him or the reader, foretold: not "I love walking alone and nobody is
            # around at 6am")
            r"(?:she|he|you|u)(?:'?ll| will)? be (?:walking|going|driving|coming) (?:home |back"
            r" |to (?:her|his|your|ur|the|their) (?:car|home|house|office|flat) )?alone and"
            r" (?:nobody|no one|noone) (?:will be|is|'?ll be|would be) (?:around|there|watching"
            r"|nearby)"
            # ... or the way home's dark stretches named ("It's a long drive back from the
            # courthouse at night, judge. Lots of dark stretches.", the 1106th set; not "...
            # Lots of roadworks too")
            r"|(?:drive|walk|ride|way) (?:back|home)\b[^\n]{0,60}?(?:dark stretches|no cameras"
            r"|no street ?lights|nobody around|no one around|no witnesses|lonely stretch"
            r"|lonely roads?)",
            "alone stretches cameras streetlights street witnesses lonely nobody",
        ),
        (
            # (gets what's coming: not "Winter is what's coming, and boots are top of the list")
            r"(?:get|gets|got|getting) what'?s coming\b[^.!?\n]{0,40}?(?:top of|first on|next on"
            r"|high on) the list",
            "coming",
        ),
        (
            r"(?:udd|ud|ur) (?:rahi|raha|rahe) (?:hai|hain|ho)\b[^.!?\n]{0,30}?(?:kate|kaate"
            r"|katey) (?:hue )?(?:pankh|par|pankhon|paron) (?:wale|wali|waale|waali) (?:panchhi"
            r"|parinde|chidiya|panchi|pakshi)",
            "pankh par pankhon paron",
        ),
        (
            r"(?:iske|uske|iski|uski|tere|teri|inke|unke|tumhare) ghar ka (?:rasta|pata|address)"
            r" (?:sabko|sab ko|humein|hume|mujhe|logon ko|hamein) (?:pata|maloom) hai",
            "rasta pata address",
        ),
        (
            r"anjaam\b[^.!?\n]{0,40}?(?:gauri lankesh|dabholkar|pansare|kalburgi|khashoggi"
            r"|daphne)|(?:gauri lankesh|dabholkar|pansare|kalburgi|khashoggi|daphne)\b[^.!?\n]"
            r"{0,30}?anjaam",
            "anjaam",
        ),
        (
            r"(?:zyada|jyada|aur) (?:bolegi|bolega|bologe|likhegi|likhega|likhoge)\b[^.!?\n]"
            r"{0,20}?(?:toh|to)\b[^.!?\n]{0,60}?(?:haar|maala|mala|shradhanjali|shraddhanjali)",
            "bolegi bolega bologe likhegi likhega likhoge",
        ),
        (
            r"(?:iske|uske|iski|uski|tere|teri|inke|unke|tumhare) (?:bachche|bachhe|bacche|beti"
            r"|beta|bete) (?:kaunse|kis|konse|kaun se) school (?:mein|me) (?:padhte|padhti|padhta"
            r"|jaate|jaati|jata|jaata)",
            "school",
        ),
        # the hundred-and-fifty-fifth round, veiled threats a third time (sets 999-1001: a
        # whistleblower, an RTI activist): 1 of 10 at first sight, the two rounds' rules
        # before it reading none; each form beside its everyday twin ("Snitches get stitches
        # is a line from a rap song", "check under the car before you start it, a cat might
        # be sleeping there", "Gaadi ka number sabke paas hai, society ke WhatsApp group
        # mein")
        (
            r"snitches get stitches(?! (?:is|was) (?:a |the )?(?:line|song|lyric|title|phrase))",
            "stitches",
        ),
        (
            # (and "People have been found in the canal for less than what you wrote today",
            # the 1081st set; not "People have been fined in the canal area for less than
            # dumping one bag of rubbish")
            r"(?:people|others|men|women|folk|folks|journalists|reporters) have (?:had"
            r" (?:accidents|falls|car crashes)|been (?:found|fished out|pulled out|killed"
            r"|beaten|buried|shot|lynched|hanged)\b[^.!?\n]{0,30}?) for (?:much |a lot |far )?"
            r"less(?! than (?:that|this|a|an|one|\d))",
            "less",
        ),
        (
            # (and "If I were you I'd check under my car before starting it each morning",
            # the 1106th set; not "check the tyre pressure before starting it")
            # (not "Check under your car before you start it in winter": advice to the reader)
            r"check under (?:her|his|their|my) car before (?:(?:she|he|they|i) )?"
            r"(?:starts?|starting|drives?|driving|gets? in|getting in)"
            r"(?![^.!?\n]{0,40}?\b(?:cats?|kittens?|animals?|foxes)\b)",
            "under",
        ),
        (
            r"(?:funny|strange|odd|curious|amazing|interesting) how (?:often |many )?"
            r"(?:whistleblowers|journalists|critics|activists|reporters|people like (?:her|him"
            r"|you|u)) (?:fall|jump|die|disappear|have accidents|go missing|end up)",
            "funny strange odd curious amazing interesting",
        ),
        (
            r"(?:would|it'?d|will|itd) be (?:terrible|a shame|awful|sad|a pity|tragic) if (?:she"
            r"|he|they|you|u|her \w+|his \w+) (?:got|had|gets|received|were to get) (?:a )?"
            r"(?:visitor|visit|visitors|knock on the door)",
            "visitor visit visitors knock",
        ),
        (
            r"(?:shauk|shok) hai (?:isko|usko|iska|uska|inko|isse)\b[^.!?\n]{0,30}?kitne din"
            r" (?:chalta|chalega|chalti|chalegi)",
            "shauk shok",
        ),
        (
            r"(?:isko|usko|ise|use|inko|unko) (?:bolo|bata do|samjha do|keh do)\b[^.!?\n]{0,30}?"
            r"akel(?:e|i) (?:mat|na) (?:jaaya|jaya|nikla|nikle|ghuma|ghume|aaya|aaye)",
            "akele akeli",
        ),
        (
            r"(?:iski|uski|teri|inki|unki|tumhari) (?:gaadi|gadi|car|bike|scooty|scooter) ka"
            r" number (?:sabke|sab ke|humare|hamare|sabhi ke) paas hai",
            "paas",
        ),
        (
            r"aisa na ho ki (?:\w+ )?intezaar hi (?:rehta|reh|rah) (?:jaaye|jaye|jae)",
            "intezaar",
        ),
        # a woman told to come alone at night, to be "made to understand": "Usko bolo raat ko
        # ghaat pe akele aaye, mafia wale samjha denge" (the 883rd set)
        (
            r"raat ko [^.!?\n]{0,30}?akel(?:e|i) (?:aaye|aa|aana|aao|aaye toh|milne aaye|mile)"
            r"\b[^.!?\n]{0,50}?(?:samjha denge|samjha dete|sikha denge|bata denge|dekh lenge)",
            "akele akeli",
        ),
        # migrants' boats wished to sink: "Hope the next boat flips over in the middle of the
        # Channel" (the 917th set; not "hope the next boat is faster", nor "the ferry")
        (
            r"hope (?:the|their|every|each|that) (?:next )?(?:boat|boats|dinghy|dinghies|raft"
            r"|rafts) (?:\w+ )?(?:flips|capsizes|sinks|goes down|overturns|flip|capsize|sink"
            r"|go down|overturn)",
            "flips capsizes sinks overturns flip capsize sink overturn",
        ),
        # "Someone will get to her eventually, the way she's going" (the 913th set; not
        # "someone will get to the top eventually")
        (
            r"(?:someone|somebody|one of us|people) (?:will|is going to|gonna|'ll) get to (?:her"
            r"|him|them|you|u) (?:eventually|sooner or later)",
            "eventually sooner",
        ),
        # "this journalist needs to be taught a lesson" (not "... at the polls")
        (
            rf"(?:{_PERSON}|she|he|you|u) (?:needs?|should|must|ought) (?:to )?be taught a"
            r" (?:\w+ )?lesson(?! (?:at|in|by) (?:the )?(?:polls?|elections?|ballot|voters))",
            "lesson",
        ),
        # "keep talking and see what happens" (not "keep printing money and see what happens
        # to inflation")
        (
            r"(?:keep (?:talking|writing|posting|it up|this up|running your mouth)|carry on"
            r"|try (?:it|that)|do (?:it|that) again|say that again|open your mouth again),?"
            r" (?:and|then) (?:see|watch|you'?ll see) what happens(?! to (?!you|u|your|ur))"
            # (not told: "..., my teacher said about my novel", the 995th set)
            r"(?!,? (?:my|our|his|her|the) \w+ (?:said|says|told))",
            "happens",
        ),
        (
            r"(?:i|we) know where (?:(?:you|u|he|she|they) (?:live|lives|work|works|sleep|sleeps)"
            # the article's people: where they work is printed on the paper
            r"|(?:the|this|that|your) (?:author|writer|journalist|reporter|editor|columnist"
            r"|anchor|presenter|patrakar) (?:lives|sleeps)"
            # "We know where the chief medical officer lives" (the 438th set): an official
            # named by office, whose home is no more public than a reporter's
            r"|(?:the|this|that|your) (?:\w+ ){0,2}?(?:officer|official|minister|secretary"
            r"|judge|mayor|councillor|mp|mla|doctor|scientist|professor|teacher|chief|boss"
            r"|commissioner|inspector|magistrate|activist) (?:lives|sleeps)"
            # (not "we know where the minister lives: in a mansion we paid for")
            r"(?!\s*(?::|-|—|–|,? (?:in|on|at) (?:a|an|the|his|her|number|no)(?![a-z])))"
            # ... and by name: "We know where Barkha Dutt lives" (the fiftieth session)
            rf"|{_NAMED} (?:lives|sleeps)"
            r"(?!\s*(?::|-|—|–|,? (?:in|on|at) (?:a|an|the|his|her|number|no)(?![a-z]))))",
            "live lives work works sleep sleeps",
        ),
        # where a reporter's office or home is, said to them ("Journalist scum, I know where
        # your office is", the 656th round; not "I know where your office is, I'll drop the
        # papers round": said on, the sentence tells what for)
        (
            r"(?:i|we) (?:all )?know where (?:your|ur) (?:office|house|home|flat|kids|children"
            r"|family|wife|husband|mum|mom|mother|car|school) (?:is|are|lives|live|goes|go"
            r"|stays|sleeps|parks)(?=\s*[.!]*$)"
            # ... or what they drive and where they live, said last ("Enjoy it while it
            # lasts, sweetheart. We know your car", the 1580th set)
            r"|(?:i|we) (?:all )?know (?:your|ur) (?:car|address|house|number plate|reg|kids"
            r"|children)(?=\s*[.!]*$)",
            "office house home flat kids children family wife husband mum mom mother car school"
            " address plate reg",
        ),
        # the 654th round (set 1577, a Dalit groom's horse): "Agli baar police nahi hogi, tab
        # dekhenge kaun ghodi chadhta hai" (not "Agli baar bhi police rahegi, tab tak samaaj
        # badal jayega")
        (
            r"agli (?:baar|bar|dafa) (?:police|suraksha|security|force|fauj) nahi (?:hogi|hoga"
            r"|rahegi|rahega|aayegi|aayega|bachayegi|bachayega)\b[^.!?\n]{0,30}?(?:tab|phir|fir)"
            r" (?:dekhenge|dekhte hain|dekh lenge|batayenge|samjhayenge)",
            "dekhenge dekhte dekh batayenge samjhayenge",
        ),
        # ... and at the village well or temple ("Gaon ke kuen se pani bharne aaye to
        # dekhna kya hota hai", the 1597th set, a Dalit sarpanch; not "kuen ki safai karwayi
        # to dekhna kitna fark padta hai", nor "baarish aayi to dekhna kya hota hai")
        (
            r"(?:kuen|kuan|kuaan|kuein|mandir|ghat|handpump|nal|chaupal)\w* (?:se|mein|me|par|pe)"
            r" (?:\w+ ){0,3}?(?:aaye|aaya|aayi|aayenge|aayega|chadha|chadhe|ghusa|ghuse|ghusi"
            r"|ghusega|ghusenge) (?:to|toh|tab) dekhna (?:kya hota hai|kya haal hoga|kya karte"
            r" hain)",
            "dekhna",
        ),
        # a "welcome" round the back ("Someone should give him a proper English welcome
        # behind the Bodleian", the 1600th set; not "... at the Turf Tavern, first round on
        # me")
        (
            r"(?:give|show|gave|showed) (?:him|her|them|that \w+) a (?:proper |real |warm |good"
            r" old |traditional |little )?(?:\w+ )?welcome (?:behind(?! the scenes| closed doors"
            r"| the (?:bar|counter|desk|stage|wheel))|round the back of|round the back|in the alley"
            r"|down the alley|up the alley|in the car park|under the bridge)(?![a-z])",
            "welcome",
        ),
        # "your sister will be next, watch out" (not "your sister will be next in line")
        (
            r"(?:your|ur) (?:sister|daughter|wife|mother|mom|mum|family|son|kids?|children)"
            r" (?:will be|is|could be|might be|would be) next(?=[.!?,]|$| watch| careful| dekhna"
            r"| samajh| beware)",
            "next",
        ),
        # the three-hundred-and-first round, veiled threats a sixth time (set 1224): writing
        # named as how people end up in a river ("Articles like this is how people end up in
        # the river, just saying"; not "Skipping meals is how people end up in hospital");
        # being watched, every day ("Hum bhi dekhte hain. Roz."; not "hum bhi dekhte hain roz
        # news"); a writer's family counted, "just asking" ("ghar wale kitne hai tumhare?
        # Bas pooch raha tha"; not "ghar wale kitne hai tumhare, sabko vaccine lagi?")
        (
            r"(?:articles?|stories|story|reports?|writing|questions|posts?|columns?|pieces?)"
            r" like (?:this|these|that|yours|urs) (?:is|are) how (?:people|journalists|reporters"
            r"|writers|patrakar|you|u|folks) (?:end up|wind up) (?:in the (?:river|canal|nala"
            r"|ditch|nadi)|in a (?:ditch|river|canal|body ?bag)|dead)",
            "river canal nala ditch nadi bag bodybag dead",
        ),
        (
            r"(?:hum|ham) bhi (?:dekhte|dekh rahe) (?:hain|hai|h)[.!,]? ?(?:roz|rozana)"
            r"(?=\s*[.!]|$)",
            "roz rozana",
        ),
        (
            r"(?:ghar ?wale|ghar mein|ghar me|family mein|family me|bachche|bacche) (?:kitne|kaun"
            r" kaun) (?:hai|hain|h|log hain)[^.!?\n]{0,20}?\? ?(?:bas|sirf|just) (?:pooch|puch"
            r"|poochh) (?:raha|rahe|rahi) (?:tha|the|thi|hoon|hu)",
            "pooch puch poochh",
        ),
        # "you and your whole family are terrorist sympathisers, we know where you are"
        # (not "we know where you are going with this argument")
        (
            # (and "we read every word, and we know where you park", the 1016th set)
            r"(?:i|we) (?:all )?know where (?:you|u|she|he|they) (?:are|live|lives|stay|stays"
            r"|sleep|sleeps|park|parks|pray|prays|work|works|walk|walks"
            # ("Bennett better not show his face in town, we know where he drinks", round 518)
            r"|drink|drinks|train|trains|shop|shops)(?=[.!?,]|$| now"
            r"| tonight| right now)"
            # ... and where a thing of theirs is, with a fire wished on it: "we know where your
            # van's parked, mate. Be a shame if it burnt" (round 573; not "... Be a shame if you
            # didn't fix my boiler first")
            r"|(?:i|we) (?:all )?know where (?:your|ur|his|her|their)\b[^\n]{0,60}?(?:shame"
            r"|pity) if (?:it|they|something|anything) (?:burnt|burned|burns|caught fire|catches"
            r" fire|went up|goes up|got torched|gets torched|got smashed up)(?![a-z])"
            # "And we know what you drive" (the 1189th set; not "I know what you're driving
            # at")
            r"|(?:i|we) (?:all )?know (?:what|which car|the car) (?:you|u|she|he|they)"
            r" (?:drive|drives)(?=[.!?,]|$)",
            "know",
        ),
        # the hundred-and-sixty-second round, veiled threats a fourth time (set 1016): a
        # family's habit told back as a question ("Your mother walks to the temple alone every
        # morning, doesn't she?"; not "My mother walks ... alone, she says it keeps her
        # young"); a visit promised where the children play ("Your son plays cricket at the
        # park on Saturdays. We might drop by and watch"; not "Our son plays ... too"); "Teri
        # gaadi ka number yaad kar liya hai"; "ye last article hona chahiye tera"
        (
            r"(?:your|ur) (?:mother|mom|mum|wife|daughter|son|kids|children|sister|father|dad"
            r"|husband|family)\b[^.!?\n]{0,60}?\balone\b[^.!?\n]{0,40}?,? (?:doesn'?t|don'?t"
            r"|isn'?t|aren'?t|right) (?:she|he|they|it)?\s*\?",
            "alone",
        ),
        (
            r"(?:your|ur) (?:mother|mom|mum|wife|daughter|son|kids|children|sister|father|dad"
            r"|husband|family) (?:\w+ )?(?:plays?|goes|go|walks?|studies|study|waits?)\b"
            r"[^.!?\n]{0,50}?[.,!] (?:we|i) (?:might|may|could|will|'ll|ll|shall) (?:\w+ )?(?:drop"
            r" by|stop by|pop by|come by|pay a visit|visit|swing by)",
            "drop stop pop come visit swing",
        ),
        (
            r"(?:tumhari|teri|aapki|tumhara|tera|aapka|iski|uski) (?:gaadi|gadi|car|bike|scooty"
            r"|scooter) (?:ka|ki) number (?:yaad|note) kar (?:liya|lia|rakha|li)"
            # (not a fine to pay: "... number note kar liya hai. Challan aaya hai, bhar dena",
            # the 1129th set)
            r"(?![^\n]{0,40}?\b(?:challan|chalan|fine|parking|towing|service|insurance|rto)\b)"
            # ... or known, with the way to the house ("Reporter sahab, aapki gaadi ka number
            # bhi humein yaad hai aur aapke ghar ka rasta bhi", the 1093rd set; not "...,
            # parking mein galat jagah khadi thi")
            r"|(?:gaadi|gadi|car|bike|scooty|scooter) (?:ka|ki) number (?:bhi )?(?:humein |hume"
            r" |hamein |mujhe |hum ko )?(?:yaad|pata) (?:hai|h)[^.!?\n]{0,30}?ghar (?:ka|ki)"
            r" (?:rasta|pata|address|gali)",
            "number",
        ),
        (
            r"(?:ye|yeh) (?:last|aakhri|akhri|aakhiri) (?:article|report|video|post|story|khabar"
            r"|column|tweet) (?:hona chahiye|hoga|hai) (?:tera|teri|tumhara|tumhari|aapka|aapki)",
            "last aakhri akhri aakhiri",
        ),
        # the hundred-and-seventy-sixth round, veiled threats a fifth time (the 1032nd set,
        # 2 of 10 held at first sight): a reader's children's school asked "just asking" and
        # "Nice little bakery you've got there. Shame if ..." (both read by the hundred-and-
        # fifty-third round's patterns, above); "your house ..., lovely garden. Would be a
        # pity" (not "the council's garden ... A pity", nor "It would be a shame if anything
        # happened to him, he's the best nurse"); "Keep writing like this and one day you'll
        # write your last column"; "matchsticks are cheap"; "zubaan lambi ho gayi hai, kat
        # bhi sakti hai"; "pehchaan liya hai tumhe, ab bahar nikalna soch samajh ke" (not
        # "... bahar nikloge toh autograph dene padenge")
        (
            r"(?:your|ur) (?:house|home|shop|car|garden|flat|office|store|restaurant|bakery)\b"
            r"[^.!?\n]{0,40}?[.!,] (?:it )?(?:would|'?d) be (?:a )?(?:pity|shame)(?=[.!]|$| if"
            r" something| if anything)",
            "shame pity",
        ),
        (
            r"keep (?:writing|talking|posting|reporting|tweeting)[^.!?\n]{0,30}?(?:you'?ll"
            r"|you will|u will|ull) (?:\w+ )?(?:write|file|post|publish|say|tweet) (?:your|ur)"
            r" (?:last|final)",
            "writing talking posting reporting tweeting",
        ),
        (
            r"(?:matchsticks|matchboxes|matchbox|lighters) (?:are|is|cost) (?:cheap|nothing)",
            "matchsticks matchboxes matchbox lighters",
        ),
        (
            r"(?:zubaan|zuban|zabaan|zaban|jubaan|juban|jeebh)[^.!?\n]{0,30}?\b(?:kat|kaat|katt)"
            r" (?:bhi )?(?:sakti|jayegi|jaayegi|jaegi|jaaegi) (?:hai|h)?",
            "kat kaat katt",
        ),
        (
            r"pehcha(?:a)?n (?:liya|li|lia) (?:hai )?(?:tumhe|tujhe|aapko|tumko|tereko)"
            r"[^.!?\n]{0,40}?(?:bahar|ghar se) (?:nikalna|niklna|nikalo|niklo|jaana|jana)"
            r" (?:soch samajh ke|soch samajhke|sambhal ke|sambhalke|dhyan se)",
            "pehchaan pehchan",
        ),
        # the hundred-and-eighty-third round, veiled threats a sixth time (the 1041st set, 2
        # of 10 at first sight, none by the fifth round's rules): a family's routine told back
        # as a question, with its time or route ("Your wife takes the 8:15 bus, right?"; not
        # "My wife takes ...", nor "Your son goes to St Mary's too, right?"), "Remember what
        # happened to Gauri Lankesh. Just a reminder." (a murdered critic named: not
        # "Remember what happened to Kodak. Just saying."; nor "... Her killers still haven't
        # been convicted"), "Roz 7 baje college nikalti hai na?" (a time of day in it: not
        # "Aapki beti school jaati hai na? Fees maaf ho sakti hai"), "Next time you're on the
        # M6, keep an eye on your mirrors", "tragic if the brakes on that old car of yours
        # failed", "Sabko pata hai tum akele rehte ho. Darwaza achhe se band karna" (everyone
        # knows: not a neighbour's advice), "Log gaayab ho jaate hain aise articles likhne ke
        # baad", "Enjoy your last few weeks of writing." (ending there: not "... of writing
        # before the book tour")
        (
            r"(?:your|ur) (?:wife|husband|daughter|son|kids|children|mother|mum|mom|father|dad"
            r"|sister|family|missus) (?:takes|catches|leaves|walks|drives|goes|gets|take|catch"
            r"|leave|walk|drive|go|get)\b[^.!?\n]{0,25}?\b(?:every (?:morning|day|evening|night"
            r"|week)|at \d+|\d+[:.]\d+|\d+ ?(?:am|pm)|bus|train|tube|route|alone|same time)\b"
            r"[^.!?\n]{0,25}?,? (?:right|innit|yeah|no|doesn'?t (?:she|he)|don'?t they)\s*\?",
            "wife husband daughter son kids children mother mum mom father dad sister family"
            " missus",
        ),
        (
            r"remember what happened to (?:gauri lankesh|lankesh|daphne(?: caruana galizia)?"
            r"|khashoggi|jamal khashoggi|shujaat bukhari|politkovskaya|jo cox|david amess"
            r"|dabholkar|pansare|kalburgi|the last (?:journalist|reporter|editor|mp|councillor"
            r"|judge|one|guy|woman|man|writer)(?: who [\w ]{2,30}?)?)[.,]? (?:just a reminder"
            r"|just saying|be careful|watch yourself|think about it)"
            # ... asked in Hindi, and left there ("Beta, Gauri Lankesh ka naam suna hai? Bas
            # itna hi kehna tha", the 1093rd set; not "... Unki kitaab padhna")
            r"|(?:gauri lankesh|lankesh|dabholkar|pansare|kalburgi|shujaat bukhari|khashoggi)"
            r" (?:ka|ki|ke) naam (?:suna|pata) (?:hai|h)\?[^\n]{0,10}?(?:bas itna hi|bas yahi"
            r"|samajh ja|samjhe|samjha|itna hi kehna)"
            # ... or the last one's fate told ("The last editor who ran a story like this
            # ended up in a wheelchair. Just saying.", the 1106th set; not "... ended up with
            # a Pulitzer"), or driven away and the point left to the reader ("The last
            # councillor who pushed this scheme moved out of the county rather quickly. Just
            # saying.", the 1119th set; not "... moved on to the county cabinet rather
            # quickly")
            r"|the last (?:journalist|reporter|editor|judge|activist|writer|critic|anchor|mp"
            r"|councillor|one|guy|woman|man) (?:who|that) [\w ]{2,40}? (?:(?:ended up|wound up"
            r"|landed) (?:in (?:a wheelchair|hospital|the hospital|a coma|a ditch|the river|a"
            r" box|the morgue|intensive care|icu)|dead|missing|six feet under)"
            r"|(?:(?:moved|ran|got run|was run) out of|left) (?:the |this |our )?(?:town|county"
            r"|city|area|village|country|state|district) (?:rather |very |pretty |quite |real )?"
            r"(?:quickly|fast|suddenly|in a hurry)[.!,]* (?:just saying|think about it|funny that"
            r"|funny how|wonder why|be careful|take the hint))",
            "remember lankesh dabholkar pansare kalburgi bukhari khashoggi ended wound landed"
            " moved ran run left",
        ),
        (
            r"(?:aapki|aapka|tumhari|tumhara|teri|tera) (?:beti|biwi|wife|maa|behen|bachche|beta"
            r"|bhai|mummy|papa)\b[^\n]{0,60}?\b(?:roz|daily|har roz|subah|shaam|\d+ baje)\b"
            r"[^.!?\n]{0,30}?(?:nikalti|nikalta|jaati"
            r"|jaata|aati|aata|nikalte|jaate|aate) (?:hai|h|hain) na\s*\?"
            # (not "... Unhe humari taraf se prasad dena", the 1081st set: a greeting sent)
            r"(?!\s*(?:unhe|unko|unse|use|usko|usse|inhe|inko) (?:humari|hamari|meri|mera"
            r"|hamara|humara) (?:taraf|or) se)",
            "roz daily subah shaam baje",
        ),
        (
            r"next time (?:you'?re|you are|u r) (?:on|in|at|driving|out)\b[^.!?\n]{0,30}?,? keep"
            r" (?:an eye on|checking|watching) (?:your|ur) (?:mirrors?|rear ?view mirrors?)"
            r"(?=\s*(?:[.!]|$))",
            "mirror mirrors",
        ),
        (
            r"(?:tragic|a tragedy|a shame|a pity|awful|terrible|sad) if (?:the )?brakes"
            r" (?:on|of|in) (?:that|your|ur|his|her)",
            "brakes",
        ),
        (
            r"(?:sabko|sab ko|humein|hume|hamein|humko|sab logon ko) (?:\w+ )?(?:pata|maloom"
            r"|malum) hai (?:tum|tu|aap) akel(?:e|a|i) (?:rehte|rehta|rehti|rahte"
            r"|rahti|rahta) (?:ho|hai|hain|h)[.!,]? (?:\w+ ){0,2}?(?:darwaza|darwaaza|kundi"
            r"|darwaze) (?:\w+ ){0,2}?band (?:karna|rakhna|karke)",
            "akele akela akeli",
        ),
        (
            r"(?:gaa?yab|lapata) ho jaate (?:hain|hai) aise (?:articles|posts|reports|tweets"
            r"|khabrein|videos) (?:likhne|karne|banane|daalne) ke baad",
            "gaayab gayab lapata",
        ),
        (
            r"enjoy (?:your|ur) last (?:few )?(?:days|weeks|months) (?:of|on) (?:writing|reporting"
            r"|tweeting|freedom|this earth|air|tv)(?=\s*(?:[.!]|$))",
            "enjoy",
        ),
        # the hundred-and-eighty-first round (set 1038, replies): "Then keep her at home
        # before someone teaches her a lesson" (not "someone should teach him a lesson in
        # basic economics", told of what he lacks)
        (
            r"before (?:someone|somebody|anyone|some1) (?:\w+ )?(?:teaches|taught|teach)"
            r" (?:her|him|them|you|u|your \w+|ur \w+) a lesson(?! in| about| on)",
            "lesson",
        ),
        # the hundred-and-eighty-second round (set 1039, an asylum hotel besieged): "Someone
        # should find out which room the charged one is in and sort him out properly" (not
        # "find out which room the leak came from and sort out the damp")
        (
            r"find out (?:which|what|where) (?:room|house|flat|hotel|street|ward|cell)\b"
            r"[^.!?\n]{0,40}?\band (?:sort (?:him|her|them|em) out|deal with (?:him|her|them)"
            r"|teach (?:him|her|them) a lesson|pay (?:him|her|them) a visit)",
            "room house flat hotel street ward cell",
        ),
        # the hundred-and-seventy-seventh round (set 1033): boats turned back at gunpoint,
        # "the navy has guns for a reason" (not "... for a reason, and it isn't protesters")
        (
            r"(?:navy|army|coastguard|border force|military) (?:has|have|got|carries|carry)"
            r" (?:guns|weapons|bullets|rifles) for a reason(?!,? (?:and|but) (?:it|that))",
            "guns weapons bullets rifles",
        ),
        # "Madam, we know who you are and where your office is"; "we know where your kids
        # go" (not "we know where your office is, so we posted the documents")
        (
            r"(?:i|we) know (?:who (?:you|u) are,? and where (?:your|ur) (?:office|house|home"
            # (and anyone's: "we know where Ravish Kumar's children go to school", the
            # fifty-first session's sweep)
            rf"|flat)|where {_WHOSE} (?:kids|children|family|daughter|son|wife|husband"
            r"|parents|mother|mom|mum))"
            r" (?:is|are|lives|live|studies|study|goes|go|works|work)",
            "office house home flat kids children family daughter son wife husband parents"
            " mother mom mum",
        ),
        # "Keep typing, keyboard warrior, I know what town you're in" (the 279th set; not "I
        # know what town you're in from your flag, and it's lovely": a compliment ends it)
        (
            r"(?:i|we) (?:already )?know (?:what|which) (?:town|city|village|area|estate|street"
            r"|neighbourhood|neighborhood|suburb) (?:you'?re|you are|u r|you live|you work) in"
            r"(?=\s*(?:[.!…]|$|now|mate|pal|buddy|,? (?:so|and) (?:watch|be careful|keep)))",
            "know",
        ),
        # "Someone find out where this reporter lives", "find out where the union boss lives"
        # (the 345th set; not "find out where the money went")
        (
            # ("find out where those two actors live": the 427th set)
            r"find out where (?:(?:he|she|they|you|u)|(?:the|this|that|your|those|these)"
            r" (?:two |three )?(?:\w+ )?(?:authors?"
            r"|writer|journalist|reporter|editor|columnist|anchor|presenter|patrakar|bitch|woman"
            r"|guy|clown|comedian|traitor|anti-?national|deshdrohi|gaddar|jihadi|bastard|idiot"
            r"|moron|boss|minister|mp|mla|councillor|judge|mayor|teacher|leader|chief|official"
            r"|officer|pastor|imam|priest|cop|lawyer|doctor|actress|actor|player|activist"
            r"|professor|actors|actresses|players|activists|writers|journalists|reporters"
            # ("find out where the scientists live n pay em a visit": the 509th set)
            r"|editors|scientists?|doctors|nurses|judges|teachers|councillors|ministers"
            r"|officials)) (?:lives?|sleeps?|works?|goes|studies)"
            # (not a gift: "I'll find out where you live and bring you cake", the 957th set)
            r"(?! and (?:bring|send|give|deliver|drop off|post) (?:you|u|him|her|them)"
            r" (?:a |some |the )?(?:cake|flowers|gift|card|present|cookies|sweets|mithai|pie)"
            r"(?![a-z]))",
            "lives live sleeps sleep works work goes studies",
        ),
        # "Someone should follow these "workers" home and show them what they're for" (the
        # 266th set; not "the police followed him home from the station": told), or to her
        # car after the match, to "explain" something to her ("Someone should follow her to
        # her car after the match and explain football to her", the 1594th set; not
        # "someone should walk her to her car, the crowd was nasty")
        (
            r"(?:someone|somebody|we|you|u|i'?ll|i will|we'?ll|we will|let'?s|lets)"
            r" (?:should |ought to |needs? to |must |gonna |could )?(?:just )?follow"
            r" (?:(?:her|him|them|you|u|(?:these|those) \"?\w+\"?|(?:this|that|the) (?:reporter"
            r"|journalist|woman|girl|bitch|author|writer|anchor|editor|columnist|presenter"
            r"|slut|whore|traitor)) home(?=\s*(?:[.!,;]|$|and|tonight|one night|after"
            # ("... follow her home from court one night": the 480th set)
            r"|from (?:court|work|school|the studio|the office|parliament|the station)"
            r" (?:one night|tonight|some night|and)))"
            r"|(?:her|him|them) (?:back )?to (?:her|his|their) (?:car|van|house|flat|hotel"
            r"|door)\b[^.!?\n]{0,40}?and (?:explain|teach|show|remind|have a (?:little )?word"
            r"|educate|sort))",
            "follow",
        ),
        # a hijab or a turban knocked off, wished or called for ("Hope someone at Lord's knocks
        # her hijab off for her", the 1592nd set; not "hope someone at Lord's fixes the pitch",
        # nor "a man who pulled her hijab off was jailed": told)
        (
            r"(?:hope|hoping|should|i'?d|i'?ll|i will|let'?s|gonna|going to|ought to|needs? to"
            r"|wish) (?:[\w']+ ){0,5}?(?:knock|knocks|rip|rips|pull|pulls|tear|tears|yank|yanks"
            r"|snatch|snatches) (?:her|their|his|that|the|them|those) (?:hijabs?|headscarf"
            r"|headscarves|head ?scarf|niqabs?|burqas?|burkas?|turbans?|patkas?|pagris?|kippahs?"
            r"|yarmulkes?|skull ?caps?|dupattas?) off(?![a-z])",
            "hijab hijabs headscarf headscarves scarf niqab niqabs burqa burqas burka burkas turban"
            " turbans patka patkas pagri pagris kippah kippahs yarmulke yarmulkes skullcap skull"
            " dupatta dupattas",
        ),
        # "... should be named and shamed, and burnt out of their houses" (the 270th set;
        # not "families were burnt out of their homes in 1969": told)
        (
            r"(?:should|must|ought to|deserve to|needs? to|need to) (?:all )?(?:be )?"
            r"(?:[\w']+,? ){0,6}?(?:burnt|burned|smoked) out of (?:their|his|her|your|ur)"
            r" (?:houses?|homes?)",
            "burnt burned smoked",
        ),
        # "he'll be another detransitioner, if he doesn't top himself first" (the 281st set):
        # suicide looked forward to
        (
            r"(?:if|unless) (?:he|she|they|you|u) (?:doesn'?t|don'?t|does not|do not|hasn'?t"
            r"|haven'?t) (?:top|topped|kill|killed|off|offed|hang|hanged) (?:himself|herself"
            r"|themselves|yourself|themself) (?:first|before)(?=\s*(?:[.!,;…]|$|lol))",
            "himself herself themselves yourself themself",
        ),
        # "Hope he breaks both legs on Saturday, the little extremist" (the 285th set; not
        # "hope he breaks the record"); "Hope some girl breaks his jaw on the pitch" (the
        # 1187th set)
        (
            r"hope (?:he|she|you|u|they|him|her) (?:breaks?|snaps?|busts?|gets? (?:his|her|your"
            rf"|their) (?:\w+ )?(?:broken|snapped)) (?:both |his |her |your |ur |their )?"
            rf"{_BONES}(?![a-z])"
            # by another's hand: "hope a centre back snaps his legs in the first tackle" (the
            # 651st set)
            r"|hope (?:a|an|some|the|that) (?:\w+ ){1,2}?(?:breaks?|snaps?) (?:both )?(?:his|her"
            rf"|their) {_BONES}(?![a-z])",
            "breaks break snaps snap busts bust broken snapped",
        ),
        # "I hope one of them visits your daughter" (the 282nd set)
        (
            r"hope (?:one of them|one of those|they|some of them|someone like that)"
            r" (?:visits?|pays? (?:a )?visit to|finds?|meets?|gets? to) (?:your|ur)"
            r" (?:daughter|daughters|wife|sister|mum|mom|mother|kids|girlfriend)",
            "visit visits pay pays find finds meet meets",
        ),
        # "They should be rounded up and shipped to Rwanda in cattle trucks"
        (
            r"(?:should|must|needs? to|ought to|let'?s|lets|time to) (?:all )?(?:be )?(?:rounded"
            r" up|round (?:them|these \w+|those \w+|the \w+) up)[^.!?\n]{0,50}? (?:in|into|onto"
            r"|on|to) (?:the )?(?:cattle (?:trucks|cars|wagons|trains)|gas chambers)",
            "cattle chambers",
        ),
        # "pakad ke pitai karo jo bhi dikhe" (the 283rd set)
        (
            r"(?:pakad|pakadke|pakad ke|pakadkar|pakad kar|pakdo) (?:ke )?(?:pitai|pitayi"
            r"|dhulai|kutai|thukai) (?:karo|kar do|karni chahiye)",
            "pitai pitayi dhulai kutai thukai",
        ),
        # "You deserve to be beaten for writing this" (not "... beaten at the polls")
        (
            r"(?:you|u) (?:deserve|deserves) (?:to )?(?:be |get )?(?:beaten|thrashed|slapped"
            r"|whipped|flogged)(?! (?:at|in|by|on))",
            "deserve deserves",
        ),
        # "Drag her out of the studio by her hair"
        (
            r"drag (?:her|him|them|(?:this|that|the) \w+) (?:\w+ ){0,5}?by (?:her|his|their|the)"
            r" hair",
            "drag",
        ),
        # (not "watch ur back in that derby, tackles flying": the 538th set's game)
        (
            r"watch (?:your|ur) back(?! (?:in|at|during|for) (?:that|the|this) (?:derby|match"
            r"|game|final|tackle|tackles|scrum|ruck|race))",
            "watch",
        ),
        # "Someone should torch that hall before more arrive", "Someone should torch the place
        # before they get comfortable" (the 535th and 472nd sets)
        (
            r"(?:should|someone|somebody|needs? to|gonna|going to|lets|let'?s) (?:\w+ )?(?:torch"
            r"|burn down|firebomb|burn) (?:the|that|this|their|these|those) (?:\w+ )?(?:place"
            r"|hall|hotel|camp|centre|center|building|mosque|site|houses?|hostel|flats?)"
            r" (?:down )?before (?:they|more|the rest|others|any more|anymore|em|them)"
            r" (?:\w+ )?(?:arrive|come|get|move|settle|unpack|show)",
            "torch burn firebomb",
        ),
        # "I know your IP, see you soon" (not "I know your point", "I know your address is
        # public on the council site")
        (
            r"i know (?:your|ur) (?:ip|ip address|home address|address|real name"
            r"|office address)(?![a-z])(?! (?:is|was|has|isnt|appears|shows))",
            "ip address name",
        ),
        # "he'd better stay out of the ladies' toilet or else" (the threat left unsaid ends
        # the sentence: not "or else the fines pile up")
        (
            r"(?:you|u|he|she|they|you'?d|he'?d|she'?d|they'?d|youd|hed|shed|theyd) better"
            r" [^.!?\n]{1,60}? or else(?=\s*(?:[.!]|\.\.\.|$))",
            "else",
        ),
        # "once the temple is built we'll deal with the mosque people too, one by one"
        (
            r"(?:we'?ll|we will|i'?ll|i will) (?:\w+ )?deal with (?:them|(?:the|these|those)"
            r" (?:\w+ )?people)(?: too)?,? one by one",
            "one",
        ),
        # said to the reader: "you're a dead man walking" (not "you're dead wrong"), "sleep
        # with one eye open"
        (
            r"(?:you'?re|you are|ur|u r|youre) (?:a )?dead (?:man|woman|meat|person)",
            "dead",
        ),
        (r"sleep with one eye open(?! if)", "eye"),
        # "you won't live to see the next election" (not "the party won't live to see ...")
        (
            # (not "you won't live long if you eat like this")
            r"(?:you|u) (?:won'?t|will not|wont) live (?:to see|past)",
            "live",
        ),
        # "keep talking and you'll end up in a ditch"
        (
            r"(?:you'?ll|you will|u will|ull) end up (?:in a (?:ditch|body bag|coffin|box"
            r"|hospital bed|morgue|wheelchair)|six feet under|dead|in the river)"
            # ... and a hand offered to put one there: "Pole in the council, pole in the river
            # next, I'll help push" (round 573; not "result next week, I'll help count")
            r"|in the (?:river|canal|thames|sea|harbour|docks|lake) next\b[^.!?\n]{0,20}?"
            r"(?:i'?ll|we'?ll|i will|we will|happy to|glad to) (?:\w+ )?(?:push|shove|throw"
            r"|chuck)",
            # (cued by the waters: "next" is in every other comment)
            "end river canal thames sea harbour docks lake",
        ),
        # "somebody should teach this woman some manners, the hard way"; "aise patrakaron ka
        # muh kaala karke gadhe pe ghumana chahiye" (blackened and paraded on a donkey)
        (
            # (not "the markets will teach them a lesson the hard way")
            r"teach (?:her|him|you|u|(?:this|that|these|those) \w+) (?:some )?(?:manners"
            r"|respect|discipline),? the hard way",
            "manners respect discipline",
        ),
        # ("karna" as a call, not the practice named: "muh kala karna is a medieval
        # punishment", "gadhe pe ghumana aur muh kala karna - ye sab khap ki soch hai", the
        # 769th set)
        (
            r"(?:muh|munh|mooh|mu) (?:kaala|kala) (?:karke|kar ke|kar do|karo|karna(?= (?:chahiye"
            r"|chahie|chaiye|padega|hoga|hai|h|tha)(?![a-z])))",
            "kaala kala",
        ),
        (
            rf"(?:{_hi('मुँह मुंह मुह')}) {_hi('काला')} (?:{_hi('करके करो करना')}|{_hi('कर')}"
            rf" (?:{_hi('के दो')}))",
            "काला",
        ),
        # "तुझे घर से उठा लेंगे": the reader taken (Devanagari of "tujhe utha lenge")
        (
            # (from home, not "from the station": "utha lenge" is also a lift)
            rf"(?<![\u0900-\u097f])(?:{_hi('तुझे तुम्हें तुम्हे तुझको तुमको')})"
            rf" (?:{_hi('भी')} )?(?:{_hi('घर')} {_hi('से')} )?"
            rf"(?:{_hi('उठा उठवा')}) (?:{_hi('लेंगे लूंगा लूँगा लेंगें')})",
            "उठा उठवा",
        ),
        # "I'm going to make your life hell"
        (
            r"(?:i'?m|i am|we'?re|we are|i'?ll|i will|we'?ll|we will) (?:going to |gonna )?make"
            r" (?:your|ur) life (?:a )?(?:living )?(?:hell|miserable|a nightmare)",
            "life",
        ),
        # the reader's accounts found: "found your Facebook, nice family photos"
        (
            r"(?:found|got|have|saw|seen) (?:your|ur) (?:facebook|instagram|insta|home address"
            r"|linkedin|phone number|workplace)(?! (?:post|posts|page|group|comment|live|story"
            r"|reel|video|appeal))",
            "facebook instagram insta address linkedin phone workplace",
        ),
        # romanised Hindi: "tujhe zinda nahi chhodenge", "tere tukde tukde kar denge", "teri
        # laash bhi nahi milegi", "tera khoon pee jaunga"
        (
            r"(?:tujhe|tumhe|tumko|tujhko|tereko|isko|usko|unko|inko|use|ise) zinda (?:nahi"
            r"|nahin|na) (?:chhodenge|chodenge|chhodunga|chodunga|chhodoonga|chhodna|chodna)",
            "zinda",
        ),
        (
            r"(?:tere|tera|teri|uske|iske|unke|tumhare) tukde(?: tukde)? (?:kar|kr) (?:denge"
            r"|dunga|doonga|do|dalenge|daalenge)",
            "tukde",
        ),
        (
            r"(?:teri|tumhari|uski|iski|unki) laash (?:bhi )?(?:nahi|nahin) (?:milegi|milega)",
            "laash",
        ),
        (
            r"(?:tera|teri|tumhara|uska|iska|unka) khoon (?:pee|pi) (?:jaunga|jaaunga|jayenge"
            r"|jaenge|lunga|lenge)",
            "khoon",
        ),
        # "somebody should show this he-she what a real man does" (sexual menace)
        (
            r"show (?:this|that|her|him|them|these|those) (?:[\w-]+ ){0,2}?what a real man"
            r" (?:does|is|can do|feels like)",
            "real",
        ),
        # "What's your address, I'll show you what a real man is" (not "..., I'll send you
        # a copy of the report")
        (
            r"(?:what'?s|whats|what is|give me|send me|tell me) (?:your|ur) (?:home )?address"
            r"[,?.!]* (?:and )?(?:i'?ll|i will|we'?ll|we will) (?:show|teach|come|visit|sort"
            r"|deal)",
            "address",
        ),
        # "I've screenshotted your profile and I'm sending it to your employer"
        (
            r"(?:i'?m|i am|i'?ll|i will|we'?re|we are|we'?ll|we will|i'?ve|we'?ve) (?:\w+ ){0,2}?"
            r"(?:sending|send|sent|forwarding|forward|forwarded|reporting|report|emailing|email"
            r"|taking|take) (?:it|this|that|them|these|your \w+) to (?:your|ur) (?:employer|boss"
            r"|work|workplace|company|hr|manager|family|wife|husband|parents|university|college)",
            "employer boss work workplace company hr manager family wife husband parents"
            " university college",
        ),
        # "I'll get you fired", "I will contact your employer about this comment"
        (
            r"(?:i'?ll|i will|we'?ll|we will|i'?m going to|i am going to|gonna) (?:make sure"
            r" (?:you|u) (?:get|are) fired|get (?:you|u) fired|have (?:you|u) fired|(?:contact"
            r"|call|email|write to|ring|tag) (?:your|ur) (?:employer|boss|workplace|hr))",
            "fired employer boss workplace hr",
        ),
        # "Your address is 14 Park Street, see you soon"; "I know your daughter's school"
        (
            # (an address given: a number in it)
            r"(?:your|ur) (?:home )?address is [^.!?\n]{0,30}?[0-9][^.!?\n]{0,40}?[.,!]*"
            r" (?:see (?:you|u)|we'?re"
            r" coming|i'?m coming|be seeing (?:you|u)|we'?ll be there|i'?ll be there)",
            "address",
        ),
        (
            r"i know (?:your|ur) (?:kids?|kid'?s|children'?s?|son'?s?|daughter'?s?) (?:school"
            r"|college|bus|route|address|tuition|classes)(?=\s*(?:[.!,…]|$|and|too|as well))",
            "school college bus route address tuition classes",
        ),
        # "You have a beautiful family, it would be a shame" (not "... a shame to sell it");
        # "nice little house the reporter has on Maple Street. Would be a shame if ..." (the
        # 263rd set: a sentence apart)
        (
            r"(?:nice|beautiful|lovely|pretty|cute) (?:little |big )?(?:family|house|home|car"
            r"|kids|children|daughter|wife|son)(?:[^.!?\n]{0,25}?,?|[^.!?\n]{0,40}?[.…]) (?:it )?"
            r"(?:would|'?d) be a (?:shame|pity)"
            r"(?=\s*(?:if|[.!…]|$))",
            "shame pity",
        ),
        (
            # (not "Enjoy your last day at work before retirement!")
            r"enjoy (?:your|ur) last (?:days|day|hours|breaths?|moments|weeks)(?! of| at (?:work"
            r"|school|the office|uni)| before (?:retirement|you retire|the holidays))"
            # ... or a freedom that will not last ("Enjoy your freedom while it lasts, the list
            # is being made", the 1081st set; not "Enjoy your holidays while they last, the
            # new term starts in June")
            r"|enjoy (?:your|ur) (?:freedom|life|safety|peace|sleep|nights|walks?) while (?:it"
            r"|they|you can)(?: lasts?)?\b[^\n]{0,40}?(?:the list|a list|your turn|counting"
            r"|coming for)(?![a-z])"
            # ... or the last of one's work, said as a farewell ("Enjoy your last story, Anna",
            # round 509; not "Enjoy your last column of the year, it was a good one")
            r"|enjoy (?:your|ur) last (?:story|article|column|broadcast|video|report|piece|show)"
            r"(?:,? [a-z]+)?(?=\s*(?:[.!]|$))",
            "enjoy",
        ),
        # "I know which gym you go to, Sarah" (not "I know which party you vote for")
        (
            r"(?:i|we) know (?:which|what) (?:gym|school|street|road|house|building|office|cafe"
            r"|pub|bar|church|mosque|temple|bus|train|car|hotel|flat|block|park|club"
            # ("I know which car park you use. Drive carefully.", round 520)
            r"|car ?park|station|bus stop|route|entrance) (?:you|u"
            r"|she|he|they) (?:go|goes|live|lives|work|works|use|uses|take|takes|drive|drives"
            r"|park|parks|stay|stays|visit|visits)"
            # (not "... because the delivery app shared it, said the company": the 863rd set;
            # nor "..., saw you there with the minister's PA", the 1081st: a sighting)
            r"(?!(?: in| at| to)? (?:because|since|thanks to))"
            r"(?![^.!?\n]{0,25}?, (?:saw|seen|spotted|met) (?:you|u|her|him) there)",
            "know",
        ),
        # "I'll make sure you never work in journalism again"
        (
            r"(?:i'?ll|i will|we'?ll|we will) make sure (?:you|u|she|he|they) (?:never|don'?t"
            r"|do not) (?:work|write|publish|get hired|show (?:your|her|his) face)",
            "sure",
        ),
        # "if I ever see you at a rally, you won't walk home"
        (
            r"(?:you|u) (?:won'?t|will not|wont) (?:walk (?:home|again|straight)"
            r"|(?:leave|make it out|get out) (?:of there )?alive)",
            "walk alive",
        ),
        # "We know the officer's address. His neighbours will be seeing us soon." (the 447th
        # set; not "we have the council's address for complaints": a person's)
        (
            r"(?:i|we) (?:all )?(?:know|have|got) (?:the|this|that) (?:\w+ )?(?:officer|cop"
            r"|policeman|judge|reporter|journalist|writer|editor|anchor|minister|mp|councillor"
            r"|doctor|nurse|teacher|ref|referee|umpire|player|captain|coach)'?s (?:home )?address"
            r"|(?:i|we) (?:all )?(?:know|have|got) (?:his|her|their|your|ur) (?:home )?address"
            r"(?=\s*(?:[.!,…]|$|now|and|too|already))",
            "address",
        ),
        # "any woman who fights it deserves to get hurt" (the 752nd set; not "the team deserves
        # to get beaten", a match)
        (
            r"(?:woman|women|girl|girls|she|he|they|anyone|anybody|everyone|you|u|people)"
            r"(?: who \w+(?: \w+)?)? (?:deserves?|deserve) to (?:get|be) (?:hurt|punched"
            r"|smacked|slapped|battered|knocked out|beaten up)",
            "hurt punched smacked slapped battered knocked beaten",
        ),
        # "Someone should break the ref's legs for that decision" (the 446th set; not "he broke
        # his legs in the fall": reported)
        (
            # ("Someone should break its jaw in the ring", the 752nd set: a woman called "it")
            rf"{_WILL} (?:\w+ )?break (?:his|her|its|their|your|ur|the \w+'?s|that \w+'?s)"
            r" (?:legs?"
            r"|arms?|neck|jaw|knees?|bones|kneecaps|fingers|skull)",
            "break",
        ),
        # "Hope his wife and kids go the same way, slowly" (the 445th set): a family wished
        # the death of a man whose obituary it is
        (
            r"hope (?:his|her|their|your|ur) (?:wife|husband|kids|children|family|son|sons"
            r"|daughter|daughters|widow|grandkids|grandchildren)(?: and (?:\w+ )?(?:kids|children"
            r"|family|sons|daughters|grandkids))? (?:go|goes|die|dies|follow|follows|end up)"
            r" (?:the same way|next|soon|slowly|in agony|painfully)",
            "hope",
        ),
        # "someone find out which school his kids go to"
        (
            r"(?:find|found|know|knows|knew) (?:out )?(?:which|what) schools? (?:(?:his|her|your"
            r"|ur|their) (?:kids|children|son|daughter|sons|daughters|grandkids|grandchildren)"
            # ("We know which school she teaches at. Parents will be waiting": the 462nd set)
            r"|(?:she|he) (?:teaches|works) at)"
            # (not "... go to because he opened it himself": a reason says how it is known)
            r"(?![^.!?\n]{0,12}?\b(?:because|since|cos|coz)\b)"
            # (nor a parent's: "..., it's the same as ours, see you at sports day", the 995th)
            r"(?![^.!?\n]{0,12}?(?:it'?s|its|it is) the same (?:as|one))",
            "school schools",
        ),
        (
            r"(?:find|found|know|knows|knew) (?:out )?where (?:his|her|your|ur|their) (?:kids"
            r"|children|son|daughter|wife|husband|family) (?:lives?|goes?|go|study|studies"
            r"|works?)",
            "kids children son daughter wife husband family",
        ),
        # "someone needs to shut this woman up permanently", "... shut her mouth permanently"
        # (the 315th set)
        (
            r"(?:shut|silence) (?:him|her|them|you|u|(?:this|that) \w+) (?:up )?(?:permanently"
            r"|for good|forever)|(?:shut|close|sew) (?:her|his|your|ur|their) (?:big |fat )?"
            r"mouths? (?:permanently|for good|forever)",
            "permanently good forever",
        ),
        # "I'll be waiting outside your office on Monday" (not "the courier said he'd be
        # waiting outside your office": the writer is the one waiting)
        (
            r"(?:i|we)(?:'?ll| will|'?d| would|'?m| am|'?re| are| shall)? (?:be )?(?:\w+ )?"
            r"(?:waiting|wait) (?:for (?:you|u) )?(?:outside|at|near|by) (?:your|ur)"
            r" (?:office|house|home|door|doorstep|work|school|gate|flat|place)",
            "waiting wait",
        ),
        # "Somebody should leave a pig's head on his doorstep" (the 359th set)
        (
            r"(?:leave|leaves|put|puts|throw|throws|dump|nail|hang) an? (?:\w+ )?(?:pig'?s head"
            r"|pigs head|pig head|severed pig'?s head) (?:on|at|outside|in front of|by)"
            r" (?:his|her|their|the|your|ur) (?:\w+ )?(?:doorstep|door|mosque|shop|gate|house|car)",
            "head",
        ),
        # food tampered with: "Someone should put something in their cake next year" (the
        # 366th set); pork thrown into a Muslim's office: "iske daftar mein suar ka maans
        # phenk do" (the 367th)
        (
            r"(?:someone|somebody|we|i'?ll|i will) (?:should |ought to |needs? to |could )?(?:put"
            r"|slip|spike) (?:something|poison|laxatives?|bleach) in(?:to)? (?:their|his|her|your"
            r"|ur) (?:cake|food|drink|drinks|tea|coffee|pint|lunch|dinner)(?! about| for| to"
            r" (?:say|mark|celebrate)| with)",
            "something poison laxative laxatives bleach",
        ),
        (
            r"(?:suar|suwar|soor|suwer) (?:ka |ki )?(?:maans|maas|gosht|meat|sir) (?:\w+ )?(?:phenk"
            r"|phek|fek|fenk|daal|dal|rakh) (?:do|dena|denge|aao)",
            "suar suwar soor suwer",
        ),
        # "Should have let her drown in the Aegean" (the 371st set), "should have left her in
        # Jamaica to rot" (the 377th; not "... to rot in jail"); "Drag him out of the
        # court and parade him through the streets", "his family should be boycotted and his
        # house burned" (the 372nd; not "his house was burned in the riots", a report)
        (
            r"(?:should|shoulda|ought to)(?:'?ve| have)? (?:let (?:her|him|them|you|u) (?:all )?"
            r"|left (?:her|him|them|you|u) (?:all )?(?:(?:in|at|on) (?:the )?\w+ )?to )"
            r"(?:drown|burn|starve|die|rot)(?![a-z])(?! (?:with dignity|at home|in peace"
            r"|peacefully|naturally|in (?:their|his|her) sleep|in (?:jail|prison|a cell)))",
            "drown burn starve die rot",
        ),
        # "Someone will put a brick through his window soon enough" (the 383rd set; not
        # "someone put a brick through his window last night", a crime reported)
        (
            r"(?:(?:will|'ll|should|ought to|needs? to|gonna|going to|must) (?:\w+ )?|hope"
            r" (?:someone|somebody) )(?:put|throw|chuck|lob|hurl|puts|throws) (?:a|an|some|the)"
            r" (?:\w+ )?(?:brick|bricks|rock|rocks|stone|stones|petrol bomb|molotov|firebomb)"
            r" (?:through|thru|into) (?:his|her|their|your|ur) (?:\w+ )?(?:windows?|doors?)",
            "brick bricks rock rocks stone stones petrol molotov firebomb",
        ),
        # "Throw her in the sea and hold her down" (the 390th set)
        (
            r"(?:throw|chuck|toss|dump) (?:her|him|them|this \w+) (?:in|into) the (?:sea|river"
            r"|lake|canal|ocean|thames|ganga|ganges|yamuna)(?! (?:for a|to cool|as a joke|on (?:his"
            r"|her) birthday))|hold (?:her|his|their|them|him) (?:head )?(?:down|under) (?:till"
            r"|until|til)",
            "throw chuck toss dump hold",
        ),
        # "The ovens are waiting for the lot of them" (the 402nd set; not "the ovens are
        # waiting for the bread", nor trays "into the ovens at 200 degrees")
        (
            # (and one's: "Oven's still warm for you Goldberg", round 526; not "market's still
            # hot for you")
            r"(?:the )?(?:ovens (?:are |r )?|oven(?:['’]s| is) (?:still )?)(?:waiting|ready|calling"
            r"|hungry|warm|hot) (?:for )?(?:them"
            r"|you|u|the lot|all|these|those|every|jews|his|her|their)(?![a-z])(?![^.!?\n]{0,20}?,"
            r" (?:said|says|joked|laughed))|(?:the lot of them"
            r"|jews|all of them) (?:back )?(?:in|into|to) the ovens(?! (?:at|for) \d)"
            # "shame the ovens arent lit as well" (the 522nd set; not "shame the ovens at the
            # bakery closed")
            r"|(?:shame|pity|too bad) (?:that )?the ovens (?:are|r|were|arent|aren'?t|werent"
            r"|weren'?t) (?:not )?(?:lit|on|running|working|open|hot|warm|busy|fired up)"
            r"(?= as well| too| anymore| any more| yet| again|\s*[.!?,]|\s*$)",
            "ovens oven",
        ),
        # "Hope the locals run her out of town with pitchforks" (the 401st set; not "voters
        # will run him out of town in May")
        (
            r"run (?:her|him|them|this \w+|that \w+|these \w+) out of (?:town|the village|the"
            r" country|the city|the area) (?:with|on) (?:pitchforks|torches|sticks|lathis|bats"
            r"|a rail)",
            "pitchforks torches sticks lathis bats rail",
        ),
        # "Somebody key Hartley's car and see how she likes paying for repairs" (round 517; not
        # "somebody key in the code")
        (
            r"(?:someone|somebody|some1|one of (?:you|us)) (?:should |needs to |ought to |go )?"
            r"(?:key|scratch|torch|smash up|trash) (?:his|her|their|[a-z]+['’]s) (?:car|van|motor"
            r"|bike|house|office)\b",
            "key scratch torch smash trash",
        ),
        # "Lane should be put down like a rabid dog" (round 520; whoever is said to be, as an
        # animal is: not "the motion was put down like a ...", no "should")
        (
            r"(?:should|needs to|ought to|must|deserves to) be put down like (?:a|the|an) (?:\w+ )?"
            r"(?:dog|animal|horse|mutt|cur|beast)s?\b",
            "put",
        ),
        # "Hope Lane ends up on one of those waiting lists with a tumour" (round 520; not "hope
        # the trust ends up with a cancer strategy")
        (
            # (nor "Hope she gets better soon, my aunt was diagnosed with a tumour too")
            r"hope (?:she|he|you|u|they|[a-z]+) (?:ends up|winds up|gets|is)\b(?! (?:better|well))"
            r"[^.!?,;\n]{0,40}? with"
            r" (?:a |an )?(?:brain )?(?:tumou?r|cancer|terminal \w+)(?! (?:strategy|plan|unit|ward"
            r"|drugs?|treatment|screening|target|services?|centre|center|charity|research|care"
            r"|nurses?|specialists?))",
            "tumour tumor cancer terminal",
        ),
        # round 521 (set 1444, a mayor named over cycle lanes): "String Collins up from a
        # lamppost" (not "string the lights up"); "you'll need more than a helmet when we find
        # you" (not "when we find you a seat")
        (
            rf"string (?:him|her|them|{_PERSON}) up\b",
            "string",
        ),
        (
            r"when (?:we|i|they|the lads) (?:find|catch|get hold of|get our hands on) (?:you|u|him"
            r"|her)(?=\s*(?:[.!?,]|$))",
            "find catch hold hands",
        ),
        # "Hope Carter gets her head kicked in after the gala" (round 524)
        (
            r"(?:hope|hoping) (?:she|he|they|you|u|[a-z]+) gets? (?:his|her|their|your|ur) (?:head"
            r"|face|teeth) (?:kicked|smashed|caved|punched|bashed) in\b",
            "kicked smashed caved punched bashed",
        ),
        # "I'd happily run Hartley over in the council car park" (round 517; not "I'd run the
        # figures over again", "I'll run her over the details"); "Run Collins off the road and
        # see how he likes it" (round 521; not "run the story off the front page")
        (
            r"(?:i'?d|i would|i'?ll|i will|i could|someone should|somebody should) (?:\w+ )?"
            rf"run (?:her|him|them|you|u|{_PERSON}) over(?! (?:the|a|an|his|her|their|your|my"
            r"|our|some|these|those|this|that|it|again|and over)\b)"
            rf"|run (?:him|her|them|{_PERSON}) off the road\b",
            "run",
        ),
        # poison put in a person's food: "Someone pour bleach in her stockpot and close it
        # down for good" (round 581, of a chef named; not "give her a bigger stockpot")
        (
            r"(?:pour|put|tip|slip|add|spike) (?:some |a bit of |a drop of )?(?:bleach|poison"
            r"|rat poison|acid|antifreeze|cyanide|arsenic) (?:in|into) (?:her|his|their|your|ur)"
            r" (?:\w+ )?(?:stockpot|pot|food|drink|tea|coffee|curry|soup|water|pint|dinner"
            r"|cooking)",
            "bleach poison acid antifreeze cyanide arsenic",
        ),
        # a fire's dead wished more, and the doors locked on them: "Shame the fire didn't
        # finish the job", "Next time lock the fire doors from the outside" (round 584, under
        # a story of Roma families out of a burnt tower block; not "Shame the fire alarms
        # didn't work", "Next time check the fire doors from the outside")
        (
            r"(?:shame|pity|too bad|sad) (?:that )?the (?:fire|flames|blaze|flood|bomb|boat"
            r"|crash) (?:didn'?t|did not|never|couldn'?t) finish (?:the job|them off|them|it"
            r" off)"
            r"|(?:next time|should(?:'?ve| have)|just|someone should) (?:\w+ )?lock(?:ed)? (?:the"
            r" |all the )?(?:fire )?(?:doors|exits|door) (?:from the outside|and (?:let it burn"
            r"|light it|throw away the key))",
            "finish lock locked",
        ),
        # attacks on a people wished to go on: "Let the attacks carry on, fewer of them the
        # better" (round 580, under a story of synagogues' guards; not "Let the funding carry
        # on")
        (
            r"(?:let|hope) (?:the )?(?:attacks|killings|shootings|bombings|stabbings|arson"
            r"|firebombings|drownings|beatings|lynchings) (?:carry on|continue|keep (?:going"
            r"|coming|happening)|go on)(?![a-z])(?! (?:being (?:investigated|reported)"
            r"|to be (?:investigated|reported)))",
            "attacks killings shootings bombings stabbings arson firebombings drownings"
            " beatings lynchings",
        ),
        # "Someone should gas the whole society" (round 549, of a Jewish students' society;
        # not "fund the whole society", nor the moles in the garden)
        (
            r"(?:should|gonna|going to|let'?s|i'?d|will|'ll|must) gas (?:the whole|the lot"
            r"|all of|every|the entire|all the)(?![a-z])(?! (?:garden|lawn|nest|wasps?|rats"
            r"|moles|house|place|room|shed|thing|bill)(?![a-z]))"
            # ... and ordered of the boats that bring people: "Gas the boats, problem solved"
            # (round 576; not "gas up the boats", fuel, nor "process the boats faster")
            r"|(?:^|(?<=[.!?,;]\s))gas (?:the|those|these|all the|their) (?:boats|dinghies"
            r"|camps|hotels|lot)(?![a-z])(?! up)",
            "gas",
        ),
        # round 588 (set 1511, under a story of asylum seekers moved into a former RAF base):
        # "Shoot the first one who climbs the fence, the rest will learn" (not "Fix the first
        # fence that falls down", nor "shoot the first scene", a film's)
        (
            r"(?:shoot|gun down|snipe|machine ?gun) the first (?:one|ones|few|couple|boat|dinghy"
            r"|lot|man|dozen|hundred)(?: of them)?(?:,)? (?:who|that|to|over|across|through"
            r"|off|out|onto)(?![a-z])",
            "shoot gun snipe machine machinegun",
        ),
        # ... "Put them on the runway and let the planes do the rest" (not "Put them on the
        # bus to the job centre and let them work", nor "let the oven do the rest", nor a
        # fire's: "Wrap them in foil and let the fire do the rest" is a cook's)
        (
            r"(?:them|em|the lot)(?: [a-z']+){0,6} (?:and |then )?let the (?:planes|plane|jets"
            r"|trains|train|lorries|trucks|tide|sea|waves|sharks|crocodiles) do the rest",
            "rest",
        ),
        # ... "Nothing a bit of Zyklon wouldn't sort", "Zyklon B is what they need" (not
        # "Zyklon B was made by IG Farben", history)
        (
            r"(?:a bit of|bit of|some|a little|more|a dose of|a tin of|a can of|a canister of"
            r"|a crate of|bring back the|bring out the|need|needs|a whiff of) zyklon(?: b)?"
            r"|zyklon(?: b)? (?:is what|would sort|will sort|would fix|will fix|should be used"
            r" on|for) (?:they|them|these|those|that lot|the lot|the)",
            "zyklon",
        ),
        # ... "Villagers should burn it down before they move in" (not "Villagers should visit
        # it before they make up their minds", nor a barn burnt down before it fell)
        (
            r"(?:burn|torch|firebomb|petrol bomb) (?:it|the (?:place|hotel|base|camp|building"
            r"|barracks|site|hostel|centre|center)) (?:down |to the ground )?(?:before|once|as"
            r" soon as|when|while|with) (?:they|them|those|these|the (?:migrants|refugees"
            r"|asylum seekers|families))(?![a-z])",
            "burn torch firebomb petrol",
        ),
        # round 589 (set 1512, a black woman to command a Royal Navy fleet): "Hope a torpedo
        # finds her cabin on the first patrol" (not "Hope the weather holds for her"), and
        # "Someone push her overboard during the ceremony" (not "pipe her aboard"; not
        # "them", which are as often promises: "We should throw them overboard")
        (
            r"hope (?:a |the |some )?(?:torpedo|missile|rocket|shell|mine|sniper|bullet|drone"
            r"|stray round) (?:finds|hits|gets|takes out|blows up) (?:her|him|them|his|their"
            r"|her own|his own)(?![a-z])",
            "torpedo missile rocket shell mine sniper bullet drone stray",
        ),
        (
            r"(?:someone|somebody|just|i'?d|we should|let'?s|should|gonna|going to|ought to"
            r"|^|(?<=[.!?,;]\s)) ?(?:push|throw|chuck|toss|shove|tip|kick) (?:her|him) (?:off"
            r" the (?:side|deck|ship|boat) |over the side |)overboard(?![a-z])"
            r"|(?:someone|somebody|just|i'?d|we should|let'?s) (?:push|throw|chuck|toss|shove"
            r"|tip|kick) (?:her|him) (?:off the (?:side|deck|ship|boat)|over"
            r" the side)(?![a-z])",
            "push throw chuck toss shove tip kick",
        ),
        # round 590 (set 1513, an Adivasi sarpanch honoured, in Hinglish): "Ek thappad me iski
        # saari sarpanchi nikal jayegi" (a slap to knock her office out of her; not "Ek
        # baarish me gaon ki saari sadak nikal jaati hai")
        (
            r"ek (?:thappad|thapad|jhapad|jhaapad|chamat|chaanta|chanta|laat|ghoonsa|ghusa|mukka)"
            r" (?:me|mein|main|se) (?:iski|uski|inki|unki|teri|tumhari|iska|uska|tera|inka"
            r"|unka) (?:saari |sara |saara |saari ki saari )?\w+ (?:nikal|utar|ud|jhad)"
            r" (?:jayegi|jaayegi|jayega|jaayega|jaegi|jaega|jaenge|jayenge|denge|dunga|doonga"
            r"|dungi)",
            "thappad thapad jhapad jhaapad chamat chaanta chanta laat ghoonsa ghusa mukka",
        ),
        # round 595 (set 1518, a wheelchair-using presenter named): "Someone loosen her
        # brakes near the stairs lol" (not "Someone check the ramps near the stairs")
        (
            r"(?:loosen|cut|take off|disable|release|tamper with|mess with) (?:her|his|their"
            r"|the) (?:wheelchair )?brakes(?![a-z])(?! (?:were|was|had|have) (?:been )?(?:found"
            r"|checked|replaced|fixed))",
            "brakes",
        ),
        # round 596 (set 1519, under a story of travellers camped on a cricket ground): "Let
        # the dogs off on them" (as "set the dogs on them" is read), "Set fire to the field
        # tonight and smoke them out" (not "Set up a meeting tonight and talk them out", nor
        # wasps smoked out of a nest), "Pour slurry over the pitch and their vans" (not "Pour
        # sand over the pitch")
        (
            r"let the dogs (?:off |loose )?on (?:them|em|him|her|the lot|the pikeys)(?![a-z])"
            r"|(?:set fire to|burn|torch) (?:the|their) (?:field|camp|site|caravans?|vans"
            r"|pitch|ground|encampment)(?: [a-z']+){0,4} (?:and )?smoke (?:them|em|the lot)"
            r" out"
            r"|(?:pour|spray|dump|tip|spread) (?:slurry|manure|muck|petrol|diesel)(?: [a-z']+)"
            r"{0,5} (?:their|the) (?:vans|caravans|trailers|homes|tents)(?![a-z])",
            "dogs smoke slurry manure muck petrol diesel",
        ),
        # ... "Only language they understand is a shotgun" (a weapon, not "force", which is
        # said of states; not "Only language the council understands is a petition")
        (
            r"(?:only|the only) (?:language|thing) (?:they|these people|them|these lot|that"
            r" lot|he|she) (?:understand|understands|respect|respects|get|gets) is (?:a |the"
            r" )?(?:shotgun|shotguns|gun|guns|bullet|bullets|boot|rope|baseball bat|bat|fist"
            r"|fists|kicking|beating|knife|noose|petrol can|pitchfork|pitchforks)(?![a-z])",
            "shotgun shotguns gun guns bullet bullets boot rope bat fist fists kicking beating"
            " knife noose petrol pitchfork pitchforks",
        ),
        # ... "Drop a few leaflets on them from a bomber, it's an RAF base after all" (not
        # "Drop a few leaflets about the Tuesday clinic"; what a bomber drops on people,
        # whatever it is called, not what a plane drops on a flood's survivors)
        (
            r"drop(?:ped)? (?:[a-z']+ ){0,4}on (?:them|em|the lot|the camp|the base|their"
            r" heads) from (?:a |the |an )?(?:bomber|lancaster|b-?52|spitfire|stuka|b-?2)s?",
            "drop dropped",
        ),
        # round 597 (set 1520, a Nigerian-born nurse honoured): "Hope a patient gives her
        # what she deserves on her next shift" (a harm wished in a promise's words; not "Hope
        # the panel gives her what she deserves, a medal", nor "a thank-you card"; one of the
        # public, not a court: "Hope the judge gives him what he deserves" asks a sentence)
        (
            r"hope (?:someone|somebody|(?:a|some|one|the|that|every|an?other|the next)"
            r" (?:patient|patients|lad|lads|bloke|man|guy|reader|punter|fan|passenger|customer"
            r"|inmate|prisoner|local|neighbour|resident|parent|relative|nutter|stranger)) (?:gives"
            r"|shows)"
            r" (?:her|him) what (?:she|he) (?:deserves|has coming|'s got coming|is owed)"
            r"(?=$|[.!?]| (?:on|at|in|one|when|after|before|next|soon|tonight|some)(?![a-z]))",
            "hope",
        ),
        # round 598 (set 1521, a Dalit groom's wedding procession on a horse, in Hinglish):
        # stoning approved ("aise logon ko patthar hi padne chahiye"; not "aise mauke pe
        # mithai hi baantni chahiye", nor "patthar ki moorti")
        (
            r"(?:aise|inko|inhe|unko|unhe|isko|ise|usko|in|un|is|us) (?:logon|log|logo"
            r"|ladke|ladko|ladkon) ?(?:ko|pe|par)? patthar (?:hi |bhi )?(?:padne|maarne"
            r"|marne|phenkne|fenkne|barsane) (?:chahiye|chaiye|chahie|do|dena)"
            r"|(?:inko|inhe|unko|unhe|isko|ise|usko) patthar (?:hi |bhi )?(?:padne|maarne"
            r"|marne|phenkne|fenkne|barsane) (?:chahiye|chaiye|chahie|do|dena)",
            "patthar",
        ),
        # round 599 (set 1522, a trans woman elected mayor): "Someone should remind her
        # what's between her legs, by force if needed" (not "remind her what's in her
        # manifesto")
        (
            r"remind (?:her|him|them|it) (?:what'?s|what is|what'?s really) between (?:her"
            r"|his|their|its) legs",
            "legs",
        ),
        # round 600 (set 1523, a mosque approved on an old pub's site): "Burn it before the
        # first brick goes up" (not "Listed it before the first brick goes up")
        (
            r"(?:burn|torch|firebomb|petrol bomb|blow up) (?:it|the (?:place|site|building"
            r"|mosque|temple|gurdwara|synagogue)) (?:down |to the ground )?(?:before|once"
            r"|as soon as) (?:the first brick|the first stone|it opens|it'?s built|it is"
            r" built|they open|the doors open)",
            "burn torch firebomb petrol blow",
        ),
        # round 601 (set 1524, a Somali-born councillor elected deputy leader): "Someone
        # should send her a little reminder through the letterbox of what happens to
        # traitors" (not "a little reminder ... about the recycling days", nor a history
        # lesson's "what happened to traitors in the Tower", nor a report of a ruler's:
        # "Putin reminded them what happens to traitors": a reminder sent, not spoken of)
        (
            r"(?:send|give|post|deliver|drop|leave)(?: [a-z']+){0,3} (?:reminder|reminders)"
            r"(?: [a-z']+){0,6} (?:of )?what happens to (?:traitors|snitches|grasses|rats"
            r"|people like (?:her|him|them|you|u)|the likes of (?:her|him|them|you)|(?:her|his"
            r"|their) kind)(?![a-z])",
            "reminder reminders",
        ),
        # round 605 (set 1528, a Pakistani-heritage woman named chief constable): "If she's
        # stopped on the M62 I hope the lads at the station lose the bodycam footage" (not
        # "I hope the lads at the station recognise her", nor "the force lost the footage",
        # nor the hope that it is kept: "I hope they don't lose the bodycam footage")
        (
            r"hope (?:the |some |they |someone |somebody )?(?:(?!don'?t |do not |won'?t |will not"
            r" |never |didn'?t |doesn'?t )[a-z']+ ){0,5}(?:lose|loses"
            r"|delete|deletes|wipe|wipes|switch off|switches off|turn off|turns off|forget"
            r"|forgets) (?:the |their |his |her )?(?:bodycam|body cam|body-cam|cctv|camera)"
            r"(?: footage)?(?![a-z])",
            "bodycam cctv camera",
        ),
        # round 607 (set 1530, a footballer who came out): "Away fans will know what to do
        # with him, bring a rope lads" (not "know what to sing about him, bring a flag")
        (
            r"know what to do with (?:him|her|them|his sort|their sort)[,.!;]* bring (?:a"
            r"|the|some|your) (?:rope|ropes|noose|nooses|pitchforks|torches|bats)(?![a-z])"
            r"|bring (?:a|the|some|your) (?:rope|ropes|noose|nooses),? (?:lads|boys|fellas"
            r"|everyone)(?![a-z])",
            "rope ropes noose nooses pitchforks torches bats",
        ),
        # round 608 (set 1531, Albanians crossing the Channel): "Make the Channel a shooting
        # range and the problem ends in a week" (not "Make the Channel crossing legal"),
        # "Tie the boats together and tow them out into the Atlantic, let nature handle it"
        # (not "tow the boats back to France", a policy argued), "A mine or two in the
        # shallows would sort it" (not "A boat or two in the shallows would help")
        (
            r"make the (?:channel|border|beach|beaches|sea|coast|crossing) (?:a|into a)"
            r" (?:shooting range|firing range|kill zone|killing zone|minefield|shooting"
            r" gallery)(?![a-z])"
            r"|tow (?:them|em|the boats|the dinghies|the lot)(?: [a-z]+){0,2} (?:out )?(?:into"
            r"|to|in) (?:the atlantic|the ocean|the open sea|open sea|the middle of the"
            r" (?:sea|ocean|atlantic))(?![a-z])"
            r"|mines? (?:or two )?in the (?:shallows|channel|water|sea|surf)(?: [a-z]+){0,2}"
            r" (?:would|will|should|could) (?:sort|fix|solve|stop|deal with)(?![a-z])",
            "channel border beach beaches sea coast crossing tow mine mines",
        ),
        # round 610 (set 1533, a Muslim man's and a Hindu woman's marriage protected by a
        # court, in Hinglish): "ladke ka khatna dobara karo, is baar poora" (a castration
        # called for; not "ladke ko bhi suraksha do")
        (
            r"khatna (?:dobara|dubara|phir se|fir se) (?:karo|kar do|karwao|karna chahiye)",
            "khatna",
        ),
        # round 611 (set 1534, a blind woman qualifies as a barrister): "Hide her white stick
        # and see how good a lawyer she is" (not "Hand her the hard cases and see"), "move
        # the furniture around before her first hearing, for a laugh" (not "sort the ramps
        # out")
        (
            r"(?:hide|take|steal|nick|break|snap|kick away|move) (?:her|his) (?:white )?(?:stick"
            r"|cane|guide dog|hearing aids?|crutches|walking frame)(?: [a-z']+){0,3} and"
            r" (?:see|watch|laugh)(?![a-z])"
            r"|move the furniture (?:around|about|round)(?: [a-z']+){0,6}[,.]? (?:for a laugh"
            r"|for a giggle|for the laughs|and watch|lol|haha)(?![a-z])",
            "stick cane dog aid aids crutches frame furniture",
        ),
        # "Hope a truck drives through the lot of them next year" (round 552, of a Pride
        # march; not "hope the rain holds off for the lot of them")
        (
            r"hope (?:a |some |the )?(?:truck|lorry|van|car|bus) (?:drives|ploughs|plows|runs"
            r"|goes|smashes|slams) (?:through|into|over) (?:the lot of them|them|the crowd|the"
            r" march|the parade|all of them|every one of them|the lot)(?![a-z])",
            "truck lorry van car bus",
        ),
        # "Slap her and see if she still thinks it's a choice" (round 548, of an author
        # named; not "Ask her and see if she still thinks ...")
        (
            rf"(?:{SENTENCE_OPENS}|(?<![a-z])(?:just|someone should|somebody"
            r" should|i'?d|we should) )(?:slap|punch|smack|hit|kick|thump|deck|belt|batter)"
            rf" (?:her|him|them|{_PERSON}) (?:once |a few times |hard |good and proper )?and see"
            r" (?:if|how|what|whether)(?![a-z])",
            "slap punch smack hit kick thump deck belt batter",
        ),
        # "Ward should be put back in his caravan and the caravan set on fire" (round 547, of
        # a Traveller boxer named; not "put on the Olympic team")
        (
            r"(?:put|lock|locked|shut) (?:\w+ ){0,3}?in (?:his|her|their|the) (?:caravan|house"
            r"|flat|home|car|van|shed|hut)\b[^.!?\n]{0,25}?(?:set (?:it )?on fire|set (?:it )?"
            r"alight|set fire to it|torched|burned|burnt|burn it|torch it)(?![a-z])",
            "fire alight torched burned burnt burn torch",
        ),
        # "I know where Rachel Moore does her book signings, she should be careful" (round
        # 548; not "..., I'll bring my copy")
        (
            rf"(?:i|we) know where (?:she|he|they|{_PERSON})\b[^.!?\n]{{0,40}}?,? (?:she|he|they)"
            r" (?:should|better|had better|'d better|would do well to) (?:be careful|watch"
            r" (?:her|his|their) back|watch out|stay (?:at )?home|keep (?:her|his|their) head"
            r" down|look over (?:her|his|their) shoulder)",
            "careful watch stay keep look",
        ),
        # "Someone should spike her tea on the next night shift" (round 541, of a nurse
        # named; not "buy her a proper tea"); a name's too ("poison Nowak's tea")
        (
            r"(?:someone|somebody|i'?d|i will|i'?ll|we should|should|gonna|going to|let'?s)"
            r" (?:\w+ )?(?:spike|poison|lace) (?:her|his|their|your|ur|[a-z]+['’]s)"
            r" (?:\w+ )?(?:tea|drink|drinks|coffee|food|water|pint|lunch|dinner|meal)(?![a-z])",
            "spike poison lace",
        ),
        # "Put them all in workhouses and let the weak ones die off" (round 564; not "... let
        # the system work"), "I hope you end up in a wheelchair" (not "I hope you never end
        # up in a wheelchair")
        (
            r"let (?:the )?(?:weak|sick|disabled|frail|crippled|useless)(?: ones| people)?"
            r" (?:just )?(?:die|rot|starve)(?: off| out)?(?![a-z])"
            r"|(?:hope|wish) (?:you|u|she|he|they) (?:all )?(?:end up|ends up|wind up|winds up"
            r"|get put|gets put|are left|is left) in a wheel ?chair(?![a-z])",
            "die rot starve wheelchair chair",
        ),
        # "Mary ko metro mein hi sabak sikhana chahiye tha, sab ladke milke" (round 562; not
        # "... madad milni chahiye thi, sab log milke"); "Ise bhi Manipur wapas bhej do, wahan
        # jala denge" (not "... wapas jaane do, wahan family intezaar kar rahi hai")
        (
            r"(?:ko|ku) (?:\w+ ){0,4}?sabak sikha\w*\b[^.!?\n]{0,30}?(?:ladke|ladkon|mard"
            r"|launde|londe) (?:milke|milkar|mil ke|mil kar)(?![a-z])"
            r"|(?:bhej do|bhejo|bhej dena|bhejna chahiye)\b[^.!?\n]{0,5}? (?:wahan|waha|vahan"
            r"|udhar) (?:\w+ )?(?:jala|maar|kaat|phoonk) (?:denge|dalenge|dete hain|dega|do)"
            r"(?![a-z])",
            "sabak bhej bhejo bhejna",
        ),
        # "Someone should bounce one off his head and end this nonsense" (round 567; not "...
        # off the boundary")
        (
            r"(?:someone|somebody|they) (?:should|needs to|ought to) (?:bounce|bowl|hit|aim)"
            r" (?:one|a bouncer|a ball|it|a beamer) (?:off|at|into) (?:his|her|their) (?:head"
            r"|skull|face|helmet)(?![a-z])",
            # (not "bean": a word a threat's cues hold is no surname, and Mr Bean is one)
            "bounce bowl hit aim",
        ),
        # "Rohingya ko samundar hi sambhale" (round 568; not "... ko UN sambhale"): the sea to
        # take them
        (
            r"ko (?:samundar|samudra|samandar|nadi|dariya|paani) (?:hi |khud )?(?:sambhale"
            r"|sambhal le|le jaye|le jaaye|nigal le|kha jaye|kha jaaye)(?![a-z])"
            r"|(?:let|may) the (?:sea|ocean|waves) (?:take|have|swallow) them(?![a-z])",
            "samundar samudra samandar nadi dariya paani sea ocean waves",
        ),
        # "Should have dropped a bomb on the lot, one go" (round 572, of a park at Eid; not
        # "should have put a bin at every gate")
        (
            r"(?:should(?:'?ve| have)|need to|needs to|just|someone should) (?:just )?drop(?:ped)?"
            r" (?:a |one )?(?:bomb|nuke|grenade) on (?:the lot|them|the lot of them|all of them"
            r"|the park|the crowd|the whole)(?![a-z])",
            "bomb nuke grenade",
        ),
        # "He should be sent back to the Taliban" (round 569; not "... to his old school"),
        # "I'd burn his college down before I let him in" (not "I'd fund his college place")
        (
            r"(?:(?:should|must|needs? to|ought to) be (?:sent|shipped|deported|handed)|send"
            r"|ship|deport|hand) (?:(?:him|her|them|the lot of them) )?back to the taliban"
            r"(?![a-z])"
            r"|(?:i'?d|i would|i will|i'?ll|we'?d|we should) (?:rather )?burn (?:his|her|their"
            r"|the) (?:\w+ )?down before (?:i|we|they) let (?:him|her|them)(?![a-z])",
            "taliban burn",
        ),
        # "Sheikh ko office jaate waqt rok ke samjhao, akal aa jayegi" (round 570; not "...
        # jaake badhai do"), "Madam ka ghar pata karo, phir baat karte hain" (not "... ka
        # office pata karo, phir shikayat karte hain"), "wahan apno ke beech marne do" (not
        # "wahan zyada kaam hai")
        (
            r"(?:rok|pakad|gher|ghair) ?(?:ke|kar|kr) samjhao\b[^.!?\n]{0,20}?(?:akal|akkal"
            r"|dimaag|dimag) (?:aa jayegi|aa jaayegi|thikane)"
            r"|(?:ka|ki|ke) (?:ghar|address|makaan) pata karo,? (?:phir|fir|tab) (?:baat karte"
            r" hain|dekhte hain|samjhate hain|milte hain|batate hain)(?![a-z])"
            r"|(?:wahan|waha|vahan|udhar)\b[^.!?\n]{0,25}? (?:marne|sadne|mar jaane|sadne ke"
            r" liye) do(?![a-z])",
            "samjhao pata marne sadne",
        ),
        # "Someone should stone her the way they do back home" (round 557; not "...
        # shadow her the way they do in Westminster")
        (
            r"(?:should|gonna|going to|let'?s|i'?d|we'?ll|must|will) stone (?:her|him|them|you"
            rf"|u|{_PERSON})(?![a-z'’])(?! (?:age|wall|floor|cold|dead))",
            "stone",
        ),
        # "Send her back on a dinghy, see if she floats" (round 557; not "send her a card,
        # see if she replies")
        (
            r"(?:send|put|stick|ship) (?:her|him|them|you|u|the lot of them) (?:back )?(?:on|in)"
            r" (?:a|an|the) (?:leaky |rubber |small )?(?:dinghy|boat|raft)\b[^.!?\n]{0,20}?"
            r"(?:see if|and see if|hope|let'?s see if) (?:she|he|they|it|you) (?:floats?|sinks?"
            r"|drowns?|swims?|makes? it)(?![a-z])"
            # ("Somebody should put him back on the boat, preferably a sinking one", round
            # 569; not "... on the telly, preferably a long interview")
            r"|(?:put|send|stick|ship) (?:him|her|them|the lot of them) (?:back )?on (?:the|a)"
            r" (?:boat|dinghy|raft),? (?:preferably|ideally|hopefully) (?:a |one that'?s |one"
            r" with )?(?:sinking|leaky|leaking|holes?)(?![a-z])",
            "dinghy boat raft",
        ),
        # "I'd happily knock that statue over with you tied to it" (round 560; not "... visit
        # that statue with you and your kids")
        (
            r"with (?:you|u|him|her|them) (?:tied|strapped|chained|nailed|bound) (?:to|under|on)"
            r" (?:it|the front|the back)(?![a-z])",
            "tied strapped chained nailed bound",
        ),
        # "Qureshi ki dukaan agli baar jala denge" (round 558; not "... agli baar bhi
        # chalegi"): a person's shop or home to be burnt
        (
            r"(?:ki|ka|ke|iski|uski|inki|unki|teri|tera) (?:dukaan|dukan|ghar|makaan|makan|gaadi"
            r"|shop|rehdi|thela|godown) (?:\w+ ){0,2}?(?:jala|phoonk|fook|foonk|uda) (?:denge"
            r"|dunga|do|dalo|daalo|dalenge|deni chahiye|dena chahiye|dete hain)(?![a-z])",
            "jala phoonk fook foonk uda",
        ),
        # "Is padri ki izzat utaar ke gaon mein ghumao" (round 555; not "... ki kahani har
        # gaon mein sunao", nor "court ne sarkar ki izzat utaar di"): paraded, stripped
        (
            r"(?:izzat|kapde|kapdey|kapre|kapda) (?:utaar|utar) ?(?:ke|kar|kr)\b[^.!?\n]{0,30}?"
            r" (?:ghumao|ghuma do|ghumana|ghumaiye|ghumayenge"
            r"|ghumaao|ghumna chahiye|ghumana chahiye|parade karao|parade karo)(?![a-z])",
            "ghumao ghuma ghumana ghumaiye ghumayenge ghumaao ghumna parade",
        ),
        # "Aur pastor ki lash bhi nahi milegi agli baar" (round 555; not "... ki file bhi
        # nahi milegi"): a body nobody will find
        (
            r"(?:ki|ka|ke|teri|tera|tumhari|uski|uska|iski|inki|unki|apni) (?:\w+ )?(?:lash|laash"
            r"|laashein|lashein|body) (?:bhi |tak )?(?:nahi|nhi|na|nahin) (?:milegi|milega|milenge"
            r"|milne wali|dhoondh paoge)(?![a-z])",
            "lash laash laashein lashein body",
        ),
        # "People like you should be deported along with him" (round 556, to a reader; not
        # "... should be thanked along with him")
        (
            r"(?:people like (?:you|u)|the likes of (?:you|u)|you and (?:your|ur) (?:lot|kind"
            r"|sort)|your (?:lot|kind|sort)) (?:should|need to|ought to|must|will) be"
            r" (?:\w+ )?(?:deported|shipped (?:out|off|back)|sent back|repatriated)(?![a-z])",
            "deported shipped sent repatriated",
        ),
        # "People like you should be lined up with them when it kicks off" (round 544, to a
        # reader; not "... should be on the Migration Advisory Committee")
        (
            r"(?:people like (?:you|u)|you and (?:your|ur) (?:lot|kind|mates|sort)|traitors like"
            r" (?:you|u)|the likes of (?:you|u)|you lot) (?:should|will|'?ll|are going to|need"
            r" to) be (?:the first )?(?:lined up|strung up|dealt with|put up against a wall)\b"
            r"[^.!?\n]{0,30}?(?:when (?:it|this|the war|the day|the time) (?:all )?(?:kicks off"
            r"|comes|starts|happens)|come the (?:day|revolution|reckoning)|on day one)",
            "lined strung dealt wall",
        ),
        # "I hope some lad takes a blade to Dhillon on his first patrol" (round 537; not
        # "takes a picture of Dhillon", nor "takes an axe to the budget", a thing; nor "took
        # a knife to her hands", told of the past)
        (
            r"(?<![a-z])(?:take|takes|taking|put|puts|putting) (?:a|an|the|his|her|their)"
            r" (?:blade|knife|machete|hammer|axe|crowbar|baseball bat|cricket bat|bat|iron bar"
            rf"|bottle|brick|torch|match|lighter|blowtorch) to (?:(?:him|them|you|u|{_PERSON})"
            r"(?![a-z'’])(?! (?:as|for) )"
            # ("her" as herself, where no noun of hers follows: "to her hands" is no threat)
            r"|her(?=\s*(?:[.!?,;]|$)| (?:on|in|at|when|after|before|and|outside|tonight|next"
            r"|if|already)(?![a-z])))",
            "blade knife machete hammer axe crowbar bat bar bottle brick torch match lighter"
            " blowtorch",
        ),
        # "Burn the place down with them in it" (the 404th set; not "the place burned down
        # with them in it, the inquest heard": an order, not a report)
        (
            # ("burn the ad agency down with the fairies inside": the 427th set)
            # (and one's own: "Someone should burn Okonjo's mosque down with her in it", round
            # 523)
            # (and "Someone should torch Goldberg's flats with him inside", round 526: "down"
            # left out; "Burn his cab with him in it", round 538, of a taxi driver)
            # (and wished: "Hope someone burns his church down with him in the pulpit", round
            # 561)
            r"(?<![a-z])(?:burn|torch|(?:someone|somebody) (?:burns|torches))"
            r" (?:it|(?:the|his|her|their|(?:[a-z]+ )?[a-z'’]+['’]s)"
            r" (?:\w+ )?(?:place"
            r"|building|house|houses|home|flat|flats|pub|mosque|cab|taxi|car|van|caravan"
            r"|hotel|camp|agency|office|church|synagogue|temple|shop|school)) (?:down )?with"
            r" (?:them|him"
            r"|her|everyone|the lot|the (?:fairies|poofs|queers|gays|muslims|migrants|refugees"
            r"|jews|blacks|pakis)) (?:still )?(?:in|inside)"
            # ... and hoped for of a place: "Hope the place burns down with her in it" (round
            # 581, of a chef named; not "Hope the place does well with her in charge", nor
            # "the place burned down with them in it, the inquest heard")
            r"|(?:hope|hoping|wish|pray) (?:that )?(?:the|her|his|their|that) (?:\w+ )?(?:place"
            r"|restaurant|shop|house|flat|flats|building|mosque|church|temple|hotel|camp"
            r"|caravan) (?:burns|goes up|catches fire) (?:down )?with (?:her|him|them|everyone"
            r"|the lot) (?:still )?(?:in|inside)",
            "burn torch burns torches",
        ),
        # ... and "while she's in it": "Someone should firebomb the town hall while she's in
        # it" (round 542, of a mayor named; not "audit the town hall while she's in it")
        (
            r"(?<![a-z])(?:burn|torch|firebomb|fire ?bomb|petrol bomb|bomb|blow up|set fire to"
            r"|set alight)(?: down)? (?:the|his|her|their|that|this) (?:\w+ ){0,2}?(?:\w+)"
            r"(?: down)? (?:while|when|with) (?:she|he|they|him|her|them)(?:'s|'re| is| are)?"
            r" (?:still )?(?:in it|inside|in there|in the building)(?![a-z])",
            "burn torch firebomb fire petrol bomb blow set",
        ),
        # the same without the verb: "Now do the mayor's house next, with him in it" (the
        # 1049th set; not "they searched the house with him in the room")
        (
            r"(?:house|home|car|office|flat|shop|place)(?: \w+)?(?: next| too| as well)?,? with"
            r" (?:him|her|them|the \w+|his \w+|her \w+) (?:still )?in(?:side)? it(?![a-z])",
            # (cued by its rarer nouns: "place" and "office" are in every other comment)
            "house home flat",
        ),
        # "Shame the chair didn't roll off a cliff on the way down" (the 405th set)
        (
            r"(?:shame|pity|too bad) (?:that )?(?:the|her|his|their) (?:chair|wheelchair|plane|jet"
            r"|boat|car|helicopter|capsule|bus|dinghy) (?:didn'?t|did not"
            r"|never) (?:roll off a cliff|go off a cliff|crash|explode|sink|blow up|catch fire"
            r"|burn up)(?! (?:in the|at the) (?:market|ratings|polls|box office))",
            "shame pity bad",
        ),
        # "Someone should remind her what a rope is for" (the 424th set)
        (
            r"(?:remind|show|teach|tell) (?:her|him|them|you|u|this \w+) what (?:a|the) (?:rope"
            r"|noose|tree|lamppost) (?:is|was) (?:for|used for)",
            "rope noose tree lamppost",
        ),
        # "Take a wrench to its kneecaps" (the 378th set; not "take a hammer to the budget",
        # nor "he took a hammer to her head", a crime reported)
        (
            r"take (?:a|an|the|my) (?:\w+ )?(?:wrench|hammer|bat|crowbar|spanner"
            r"|brick|knife|blade|axe|machete|lathi|hockey stick|golf club|pipe) to (?:his|her"
            r"|its|their|your|ur) (?:kneecaps?|knees?|legs?|head|face|skull|teeth)",
            "take",
        ),
        (
            r"(?:drag|dragged) (?:him|her|them) out of (?:the|his|her|their) (?:\w+ )?(?:court"
            r"|courtroom|house|home|car|office|shop)[^.!?\n]{0,20}?(?:parade|beat|lynch|hang|strip)"
            r"|parade (?:him|her|them) (?:naked )?through the streets"
            # ("parade Rana Ayyub naked": the fiftieth session)
            rf"|parade (?:him|her|them|{_NAMED}) naked",
            "drag dragged parade",
        ),
        (
            r"(?:should|must|ought to|needs? to|deserves? to) be (?:\w+ed and )?(?:his|her|their)"
            r" (?:house|home|shop|car|office)s? (?:burned|burnt|torched)|(?:his|her|their)"
            r" (?:house|home|shop|car|office)s? (?:should|must|ought to|needs? to|deserves? to) be"
            r" (?:burned|burnt|torched)(?!\s*\?)",
            "burned burnt torched",
        ),
        # "Someone should have burned the place down during lockdown" (the 369th set)
        (
            r"(?:someone|somebody|they|we|people) should(?:'?ve| have) (?:burned|burnt|torched"
            r"|bombed|smashed) (?:the place|it|that place|the shop|their \w+|his \w+|her \w+)"
            r" (?:down|to the ground)(?!,? (?:said|says))",
            "burned burnt torched bombed smashed",
        ),
        # violence approved and asked for again: "inke gaon jala diye toh acha kiya, aur
        # jalao" (the 563rd set)
        (
            r"(?:acha|accha|achha|sahi|theek|thik) (?:kiya|hua)[,.!]* (?:aur|or) (?:jalao|jala do"
            r"|maaro|maro|peeto|kaato|thoko)(?![a-z])",
            "jalao jala maaro maro peeto kaato thoko",
        ),
        # a beating called for until the victim gives in: "aur maaro, tab tak maaro jab tak
        # kagaz na dikhaye" (the 596th set)
        (
            r"tab tak (?:maaro|maro|peeto|pito|thoko|maarte raho|marte raho|peette raho) jab"
            r" tak(?! (?:ball|gend|chhakka|chakka|six|sixer|four|boundary|score)\b)",
            "maaro maro peeto pito thoko maarte marte peette",
        ),
        # a people's shops to be looted: "baniyon ki dukaan loot lo, sab kala dhan h" (the
        # 570th set)
        (
            r"(?:baniyon|baniye|marwariyon|mullon|musalmanon|sikhon|isaiyon|dalito|inki|unki"
            r"|in logon ki|un logon ki) (?:ki )?(?:dukaan|dukaanein|dukanein|dukaanon|ghar|gharon)"
            r" (?:ko )?(?:loot lo|lootlo|looto|loot do|loot lena)",
            "loot lootlo looto",
        ),
        # a woman to be "taught a lesson": "ghamandi aurat, isko sabak sikhana padega", "in
        # ladkiyon ko bhi sabak milna chahiye tha" (the 561st and 565th sets; not "is sarkar
        # ko sabak sikhana padega", said of a vote)
        (
            # (and "In ladkiyon ko ek din achhe se sabak sikhana padega", the 1368th set)
            r"(?:aurat|auraton|aurton|ladki|ladkiyon|madam|mahila)[^.!?\n]{0,20}?(?:ko|isko|usko"
            r"|inko|unko) (?:bhi )?(?:ek din )?(?:achhe se |acche se |theek se )?sabak (?:sikhana"
            r"|sikhao|sikha do|milna|mil jayega|milega)"
            r"(?: (?:padega|chahiye|hoga|chahiye tha|zaroori h|zaroori hai))?(?![a-z])",
            "sabak",
        ),
        # her car's brakes to fail: "iski gaadi ka brake fail ho jaye toh koi rone wala nahi"
        # (the 561st set), "your bike has no brakes one day" (a known miss)
        (
            r"(?:iski|uski|teri|tumhari|inki|unki|iska|uska|tera) (?:gaadi|gadi|car|scooty|bike)"
            r" (?:ka|ke) (?:brake|brakes) (?:fail|kharab) (?:ho jaye|ho jaayen|ho jayenge|karwa do"
            r"|kar do|ho sakte|ho gaye toh)",
            "brake brakes",
        ),
        # "someone tip her out of that chair and see if she walks" (the 569th set)
        (
            r"(?:tip|throw|push|knock|tipping|throwing|pushing) (?:her|him|them|that \w+) out of"
            # (not "Tip him out of his chair gently, he's asleep", the 327th set)
            r" (?:that|her|his|their|the) (?:wheel ?chair|chair)(?!,? (?:gently|carefully))",
            "tip throw push knock tipping throwing pushing",
        ),
        # pushed or dragged out, in Hindi: "agle din isko mandir ki seedhiyon pe dhakka de
        # dena", "isko garbhagriha se bahar ghasito" (the 572nd set)
        (
            r"(?:isko|usko|ise|use|inko|unko|inhe|unhe) (?:\w+ ){0,4}?(?:seedhiyon|seedhi|chhat"
            r"|chat|train|platform|nadi|khai) (?:se|pe|par) dhakka (?:de do|de dena|dedo|maar do"
            r"|do)|(?:isko|usko|ise|use|inko|unko|inhe|unhe) (?:\w+ ){0,3}?se bahar (?:ghasito"
            r"|ghaseeto|ghasit do|ghaseet do|ghasit ke phenko|ghaseet ke phenko)",
            "dhakka ghasito ghaseeto ghasit ghaseet",
        ),
        # "hitler had a solution for wires like that" (the 567th set; "hitler had the right
        # idea" is read elsewhere)
        (
            r"hitler (?:had|has|knew|found) (?:a |the )?(?:solution|answer|fix|cure) (?:for|to)"
            r" (?:them|those|these|people like|wires like|that lot|your lot|their lot|the jews"
            r"|jews)",
            "hitler",
        ),
        # a rocket through the letterbox (the 560th set; not "a leaflet through the letterbox")
        (
            r"(?:post|put|push|shove|stick|drop) (?:a |some )?(?:lit )?(?:rocket|rockets|firework"
            r"|fireworks|banger|bangers|petrol bomb|burning rag|lit rag) (?:through|in|into)"
            r" (?:their|his|her|the|that|ur|your) (?:letterbox|letter box|door)",
            "rocket rockets firework fireworks banger bangers petrol rag",
        ),
        # "Nahi bola toh aur maaro": beaten harder for refusing a slogan (the 361st set)
        (
            r"(?:nahi|nahin|na) (?:bola|bole|boli|bolega|bolta|maana|mana|maani) (?:toh|to) (?:aur"
            r" )?(?:maaro|maro|peeto|pito|thoko)",
            "maaro maro peeto pito thoko",
        ),
        # "Someone should dox him and let the protesters deal with him" (the 350th set)
        (
            r"(?:someone|somebody|we|you|u|i'?ll|i will|we'?ll|let'?s|lets) (?:should |needs? to"
            r" |ought to |must |gonna |could )?(?:just )?(?:dox|doxx) (?:him|her|them|this \w+"
            r"|that \w+)",
            "dox doxx",
        ),
        # "someone should give her a real reason to need security" (the 643rd set; asked
        # for, not "the threats give her a real reason to need security")
        (
            r"(?:should|let'?s|lets|gonna|i'?ll|we'?ll|i will|we will|must|need to|going to"
            r"|time to|ought to|someone|somebody) (?:just )?give (?:her|him|them|that \w+"
            r"|this \w+) (?:a )?(?:real |proper |good |genuine )?"
            r"reasons? to (?:need|want|hire|have) (?:security|protection|police protection|a"
            r" bodyguard|bodyguards|guards)",
            "security protection bodyguard bodyguards guards",
        ),
        # "I'll be waiting outside the prison gates the day he walks out" (the 339th set)
        (
            r"(?:i|we)(?:'?ll| will| shall)? be waiting (?:outside|at) the (?:prison|jail)"
            r" (?:gates?|doors?) (?:the day|when) (?:he|she|you|u|they) (?:walks?|gets?|comes?)"
            r" out",
            "waiting",
        ),
        # "Hang the corrupt bastard from the nearest bridge": a lynching's gallows named (not
        # "hang the flag from the nearest lamppost")
        (
            r"hang (?:him|her|them|the (?:\w+ ){0,2}?(?:bastard|bastards|traitor|traitors|minister"
            r"|mp|politician|politicians|thief|thieves|crook|crooks|scum|lot|rat|rats|pig|pigs"
            r"|judge|journalist|reporter)) from (?:the nearest|a|the) (?:bridge"
            r"|lamppost|lamp post|lamp-post|tree|pole|crane|flyover)",
            "hang",
        ),
        # veiled: "keep writing like this and see what happens to your car one night", "it
        # would be a shame if something happened to your family" (not "to your pension")
        (
            r"(?:see|watch) what happens to (?:you|u|(?:your|ur) (?:\w+ )?(?:car|house|home"
            r"|family|kids|children|wife|husband|daughter|son|mother|face))"
            r"(?! (?:prices?|loans?|insurance|premiums?|bills?|values?|rates?|tax|taxes|mortgage"
            r"|pension|costs?|finances?))",
            "happens",
        ),
        (
            # (and said alone at the end: "your daughter is cute, would be a shame if
            # something happened")
            r"(?:shame|pity) if something (?:bad )?(?:happened|happens|were to happen|was to"
            r" happen)(?: to (?:you|u|your|ur|her|him|them)|(?=[.!?]|$))",
            "happened happens happen",
        ),
        # "I'd give her a lesson she wouldn't forget" (not "the voters will teach them a
        # lesson they won't forget": said of parties at the polls)
        (
            r"(?:(?<!them\s)a lesson (?:she|he|you|u)|(?<!teach\sthem\s)(?<!give\sthem\s)a lesson"
            r" they) (?:won'?t|will never|wont|will not|wouldn'?t|would never|would not|'?ll never"
            r"|'?d never) forget",
            "forget",
        ),
        # "let's see how brave you are when we find your kids" (not "find your comment")
        (
            r"(?:we|i)(?:'ll| will| can| could)? find (?:your|ur) (?:kids|children|family|wife"
            r"|husband|daughters?|sons?|mother|house|home)(?! (?:a|an|some|the|new|places?))",
            "find",
        ),
        # the accused told to finish what he began, "then she'd have a real complaint" (the
        # 1059th set, wrestlers against their federation's chief; not "The Tories should have
        # finished what they started with the reforms"), and "give her something to cry about"
        # (not "the final gave fans something to cry about")
        (
            r"finish(?:ed)? what (?:he|they|the \w+) (?:had )?started[^.!?\n]{0,20}?(?:then|so"
            r"|and) (?:she|they|her|them)(?:'?d| would| will|'?ll)? (?:have|get|had) (?:a real"
            r"|an actual|a proper|a genuine|something real|something|a reason) (?:complaint|case"
            r"|reason|to (?:cry|complain|whine|moan) about)"
            r"|(?:give|gives|giving|gave) (?:her|him|them|you|u) (?:something|a reason) to (?:cry"
            r"|whine|moan|complain) about",
            "started cry whine moan complain",
        ),
        # the hundred-and-ninety-third round (set 1074, veiled threats a ninth time, in
        # Hinglish, each with a twin; a reporter's daughter's school found out is read above):
        # "tera ghar kitne din khada rahega" (not "... yeh project"), wings cut ("kaat diye
        # jaate hain aise parindon ke"), "tere ghar walon ko samjha denge" (not "voters ko"),
        # "Aise patrakar road accident mein hi jaate hain", "tere jaison ka haath-pair tootne
        # mein der nahi lagti" (not "... career banne mein"), "warna camera ke saath tujhe bhi
        # tod denge" (not "warna battery khatam ho jayegi"), "raat ko akele ghar jaati ho na?
        # Dhyan rakhna" (not "... Cab share kar lo")
        (
            r"(?:tera|tumhara|aapka|uska|iska) (?:ghar|makaan|makan|dukaan|dukan|office|gaadi)"
            r" kitne din (?:aur )?(?:khada|salamat|bacha|tikega|tikta)(?: rahega| rahegi"
            r"| rahenge)?",
            "khada salamat tikega tikta",
        ),
        (
            r"(?:par|pankh) (?:kaat|kat) (?:diye jaate|diye jayenge|denge|dete|do|dena)(?: hain"
            r"| hai)? (?:aise|tere|iske|uske|inke|tujh jaise) ?(?:parindon|parinde|panchhiyon"
            r"|panchhi)|(?:aise|tere jaise|tujh jaise) (?:parindon|parinde|panchhiyon|panchhi)"
            r" (?:ke|ka) (?:par|pankh) (?:kaat|kat)",
            "parindon parinde panchhiyon panchhi",
        ),
        (
            r"(?:tere|tumhare|aapke|uske|iske) (?:ghar walon|gharwalon|ghar waalon|parivaar"
            r"|family|bachon|bacchon|biwi) (?:ko|se) (?:bhi )?(?:samjha|samjhaa|nipat|dekh)"
            r" (?:denge|lenge|dena|lena|lete)",
            "samjha samjhaa nipat dekh",
        ),
        (
            r"(?:aise|tere jaise|tum jaise|in jaise|is jaise) (?:patrakar|reporter|journalist|log"
            r"|neta|vakil|activist|editor)\w* (?:road |sadak )?(?:accident|hadse|haadse) (?:mein"
            r"|me) (?:hi )?(?:jaate|marte|khatam hote|gaye|mar jaate) (?:hain|hai|h)",
            "accident hadse haadse",
        ),
        (
            r"(?:tere|tum|aap|iske|uske|tumhare) jais(?:on|e|i|o) (?:ka|ke|ki) (?:haath|haath"
            r" ?-?pair|taang|taangein|taange|haddi|haddiyan|sar|munh) (?:\w+ )?(?:tootne|tutne"
            r"|todne|phootne|futne) (?:mein|me) (?:der|time|waqt) (?:nahi|nahin|na) (?:lagti"
            r"|lagta|lagega|lagegi)",
            "tootne tutne todne phootne futne",
        ),
        (
            r"(?:warna|varna|nahi toh|nahi to)[^.!?\n]{0,40}?(?:tujhe|tumhe|tere ko|tuje|aapko"
            r"|tumko) (?:bhi )?(?:tod|phod|maar|thok|kaat|uda|gaad) (?:denge|dunga|doonga|diya"
            r" jayega|dalenge|daalenge)",
            "warna varna",  # (not "nahi": every other Hindi comment says it)
        ),
        (
            r"(?:raat ko|raat mein|andhere mein) akel(?:e|i) (?:ghar )?(?:jaati|aati|jaate|aate"
            r"|rehti|rehte) (?:ho|hai|hain) na\?\s*(?:dhyan rakhna|sambhal ke|bach ke rehna"
            r"|bach ke)",
            "akele akeli",
        ),
        # the hundred-and-eighty-ninth round (set 1062, veiled threats an eighth time, each
        # with a twin): "I'd keep an eye on who's behind you on the way home tonight" (not
        # cyclists told to mind who's behind them at junctions), "Hope your insurance covers
        # fire, you'll need it after this piece" (not "... floods, you'll need it this year";
        # "People who talk like this tend to disappear" is read with "Journalists like her
        # disappear" above)
        (
            r"(?:keep an eye on|watch|check|look at|mind) (?:who'?s|whos|who is) (?:behind"
            r"|following) (?:you|u) (?:on (?:the|your) way home|tonight|at night|after dark)",
            "behind following",
        ),
        (
            r"insurance covers (?:fire|fires|arson|accidents?|broken \w+|hospital \w+|windows|acid"
            r"|your face)[^.!?\n]{0,30}?need (?:it|that|them) after (?:this|that|your) (?:piece"
            r"|article|report|column|story|post|video|show|tweet|stunt)",
            "insurance",
        ),
        # ... and in Hindi: "Ek din ghar se niklega aur wapas nahi aayega" (not "... aur wapas
        # Delhi nahi aayega, Goa mein bas jayega"), "Kitne din bachoge?" (not "... is garmi
        # se"), "Pehle bhi ek patrakar ko samjhaya tha, ab wo kuch nahi likhta" (not "... ne
        # ye mudda uthaya tha, ab wo Rajya Sabha mein hai"), and a wedding's threat, "dekhte
        # hain kitne ghode bachte hain aur kitne dulhe" (the 1061st set, a Dalit groom's
        # horse; not "dekhte hain kitne paise bachte hain")
        (
            r"ghar se (?:niklega|niklegi|nikloge|niklenge|niklo|nikla|nikli) (?:aur|or|toh|to)"
            r" (?:kabhi )?(?:wapas|waapas|vapas|laut ke|lautke) (?:nahi|nahin|na) (?:aayega"
            r"|aayegi|aaoge|aayenge|aaega|aaegi|aa payega|aa payegi|aa paoge|lautega|lautegi)"
            r"(?![a-z])",
            "niklega niklegi nikloge niklenge niklo nikla nikli",
        ),
        # "You won't be writing much with broken fingers, will you" (not "... with a broken
        # wrist, get well soon")
        (
            r"(?:won'?t|wont|will not|can'?t|cannot|couldn'?t) (?:be )?(?:writing|typing|tweeting"
            r"|reporting|talking|speaking|walking|posting) (?:much |anything |a lot |many \w+ )?"
            r"(?:with|without) (?:broken|no|smashed|crushed) (?:fingers|hands|arms|wrists|jaw"
            r"|teeth|legs|kneecaps|tongue)",
            "broken smashed crushed",
        ),
        (
            r"(?:hum|hume|humein|humko|hamein|mujhe|main) (?:sab |sabko |achhe se |ache se )?"
            r"(?:jaante|jaanta|jaanti|pata) (?:hain|hai|hoon|hu|h) (?:ki )?(?:tum|tu|aap|tera"
            r"|tumhara) (?:ghar )?(?:kahan|kaha|kidhar) (?:rehte|rehta|rehti|rahte|rahta|rahti"
            r"|hai)(?![a-z])",
            "jaante jaanta jaanti pata",
        ),
        (
            r"kitne din (?:aur )?(?:bachoge|bachega|bachegi|bach paoge|bach payega|bach payegi"
            r"|bachenge|bachogi)(?! (?:is|iss|us) (?:garmi|thand|mehngai|sardi|baarish|loo"
            r"|traffic|pradushan|pollution))",
            "bachoge bachega bachegi bach bachenge bachogi",
        ),
        (
            r"(?:ko|ki) (?:bhi )?(?:samjhaya|samjha diya|sikhaya|sabak sikhaya|theek kiya)"
            r" tha,? (?:ab|aaj) (?:wo|woh|vo|voh|usne)? ?(?:kuch nahi|kabhi nahi|nahi|kuch nahin"
            r"|nahin) (?:likhta|likhti|bolta|bolti|likhte|bolte|likha|bola)",
            "samjhaya samjha sikhaya theek",
        ),
        (
            r"dekhte hain kitne (?:\w+ ){0,2}?(?:bachte|bachenge)[^.!?\n]{0,20}?(?:dulhe|dulha"
            r"|baraati|patrakar|ladke|neta|log|dalit|tum|aap)(?![a-z])",
            "bachte bachenge",
        ),
        # courage dared on a way home alone: "Let's see how brave she is when she has to walk
        # home alone from the stadium" (the 1059th set; not "... when she has to face the
        # committee", nor "... walk into the dressing room")
        (
            r"see how (?:brave|tough|big|loud|bold|cocky|mouthy|confident|hard) (?:she|he|you|u"
            r"|they|madam)(?:'?s|'?re| is| are| will be|'ll be| feels| feel)? (?:then |now )?when"
            r" (?:she|he|you|u|they)(?:'?s|'?re| is| are| has| have| gets?| get)? (?:to )?"
            r"(?:(?:walk|walks|walking|go|goes|going|come|comes|coming|drive|drives|driving"
            r"|travel|travels|cycle|cycles)(?: back)? home(?: \w+){0,3}? (?:alone|by herself"
            r"|by himself|by yourself|at night|after dark|without (?:security|protection|police"
            r"|guards|bodyguards|her guards|his guards))|(?:all )?alone(?! (?:at the crease|on"
            r" stage|in the (?:nets|ring|booth|dressing room))))(?![a-z])",
            "brave tough bold cocky mouthy confident hard",
        ),
        # "we'll see who laughs when your house burns" (not "when your house burns, call 101")
        (
            r"(?:see|laugh|laughs|laughing|wait)[^.!?\n]{0,40}?(?:when|once|after|till|until)"
            r" (?:your|ur) (?:house|home|car|shop|family|kids) (?:burns|burn|is burning|is on fire"
            r"|gets burnt|goes up in flames)",
            "burns burn burning fire burnt flames",
        ),
        # "someone should do to her what they did to Nirbhaya": a rape or a murder named by
        # its victim
        (
            r"(?:do|happen|happens) to (?:her|him|you|u|them|your \w+) what (?:(?:they|he|she|was"
            r"|they've|theyve|had) )?(?:did|done|happened) (?:to|with)"
            # (not what she did to "his career ... and dig up her old tweets", the 1314th set:
            # a career or a name is no victim; a weapon named after it still holds)
            r"(?! (?:his|her|their|my|our|the|its) (?:career|reputation|name|show|party|job"
            r"|paper|business|campaign|legacy|marriage)\b(?![^.!?\n]{0,30}?(?:bat|knife|gun"
            r"|acid|hammer|brick|fists?|boots?)\b))",
            "did done happened",  # rarer than "what", and one is in every match
        ),
        # "you'd better hope we never meet in person"
        (r"better hope (?:we|i) (?:never|don'?t|do not) (?:meet|run into|cross paths)", "better"),
        # "every one of you traitors will swing when the day comes" (not "voters will swing")
        (
            # (and "you'll swing for it when we take the country back", round 576)
            r"(?:will|(?:you|u|he|she|they)'?ll|gonna|shall|should|must|deserve to|deserves to)"
            r" (?:all )?swing (?:from"
            r"|when the day comes|for (?:this|that|it|treason)|high|on a rope)",
            "swing",
        ),
        # Hindi, "throw someone like you out of the country": "tum jaise ko desh se bahar phek do"
        (
            r"(?:tu|tum|tujhe|tumhe|tere|tera|tumhare|tujh|isko|usko|inko|unko|ise|use|inhe"
            r"|unhe) (?:\w+ ){0,4}?desh se (?:bahar|nikal)"
            r"(?:\w*)(?: \w+)? (?:do|dena|denge|dunga|karo|kar do)",
            "desh",
        ),
        # "isko desh se nikalo": throw this one out of the country; "inhe gaon se nikal do":
        # them, out of the village
        (
            r"(?:isko|usko|inko|unko|ise|use|inhe|unhe|tujhe|tumhe|tereko) (?:\w+ ){0,2}?desh se"
            r" (?:bahar )?(?:nikalo|nikaalo|bhagao|bahar karo)",
            "desh",
        ),
        (
            r"(?:inhe|unhe|inko|unko|in sabko|in logon ko|in logo ko|un logon ko|inke parivar ko)"
            r" (?:\w+ ){0,2}?(?:gaon|gaaon|gao|mohalle|mohalla|basti|shahar|sheher|colony) se"
            # ("... waise hi inko gaon se bhi bahar karo", the 1297th set)
            r" (?:bhi )?(?:bahar )?(?:nikal do|nikaal do|nikalo|nikaalo|bhaga do|bhagao|bahar karo"
            r"|khadedo|khaded do)",
            "gaon gaaon gao mohalle mohalla basti shahar sheher colony",
        ),
        # the place first: "har gali se inko khadedo, ek bhi thela na dikhe" (the 547th set)
        (
            r"(?:gali|galiyon|gaon|gaaon|mohalle|mohallon|basti|shahar|sheher|colony|desh) se"
            r" (?:inhe|unhe|inko|unko|in sabko|sabko|in logon ko|in logo ko|un logon ko)"
            r" (?:bahar )?(?:nikal do|nikaal do|nikalo|nikaalo|bhaga do|bhagao|bahar karo"
            r"|khadedo|khaded do)",
            "gali galiyon gaon gaaon mohalle mohallon basti shahar sheher colony desh",
        ),
        # beaten with shoes, and a mother carried off, in Hindi: "aisi ladkiyon ko bhi jootey
        # maaro", "iski maa ko bhi uthao" (the 337th set; not "machhar ko chappal maaro")
        (
            # (nor a dog: "kutte ko chappal maaro")
            # ("dulhe ko ghodi se utaar ke joote maaro", the 554th set: taken down first)
            # ("tere jaise ko toh gate pe hi joote padne chahiye", the 737th set: a place)
            rf"(?!kutt\w*\s){_NO_PEST}\w+ ko (?:bhi |toh |to )?(?:\w+ (?:pe|par) (?:hi |bhi )?)?"
            r"(?:\w+ se (?:utaar|utar|kheench|nikal) (?:ke|kar) )?"
            r"(?:joote|jootey|jute|juute|jooton|chappal|chappalon) (?:maaro|maro|maarne chahiye"
            r"|maarna chahiye|padne chahiye|lagao)"
            # "aisi auraton ko uthwa lena chahiye" (the 561st set; not "uthwa lo ye saamaan")
            r"|(?:aisi|in|un|is|us) (?:auraton|aurton|ladkiyon|ladki|aurat|madam) ko (?:bhi )?"
            r"(?:uthao|utha lo|uthwa lo|uthwa lena chahiye|utha lena chahiye|uthwa do)"
            r"|(?:iski|uski|teri|inki|unki|tumhari)"
            r" (?:maa|behen|bahen|behan|biwi|beti) ko (?:bhi )?(?:uthao|utha lo|utha lenge"
            r"|uthwa lo|uthwa lenge)",
            "joote jootey jute juute jooton chappal chappalon uthao utha uthwa",
        ),
        # the reader's address to be found, in Hindi: "tere ghar ka pata bhi nikal lenge" (the
        # 292nd set)
        (
            r"(?:tera|tere|teri|tumhara|tumhare|tumhari) ghar ka (?:pata|address) (?:bhi )?"
            r"(?:nikal|nikaal|dhoondh|dhoond|dhund) (?:lenge|lunga|liya|lia|lete|chuke)",
            "pata address",
        ),
        # crushed or carried off, in Hindi: "isko bhi truck ke neeche daal do", "isko raat
        # ko ghar se utha lena chahiye" (the 292nd set; not "ye saamaan ghar se utha lo")
        (
            r"(?:isko|usko|inko|unko|ise|use|inhe|unhe|tujhe) (?:bhi |toh )?(?:truck|dumper"
            r"|tractor|jcb|bulldozer|train|gaadi) ke (?:neeche|niche) (?:daal|dal|de|kuchal"
            r"|kuchla) (?:do|dena|denge|dena chahiye)|(?:isko|usko|inko|unko|ise|use|inhe|unhe"
            r"|tujhe) (?:toh |bhi )?(?:raat ko )?ghar se utha (?:lena chahiye|lo|lenge|le jao"
            r"|le jayenge|liya jaye)"
            # "Iski gaadi pe truck chadha do, sab khatam" (round 527; not "iski gaadi ko security
            # do")
            r"|(?:iski|uski|inki|unki|teri|tumhari|(?:iske|uske|inke|unke|tere) (?:upar|oopar))"
            r"(?: (?:gaadi|gadi|car|scooty|bike))?(?: (?:pe|par))? (?:truck|dumper|tractor|bus"
            r"|trolley|train|bulldozer) (?:chadhaa|chadha) (?:do|dena|denge|dete|de)"
            # "Qureshi ke ghar pe bulldozer chalao, aur usko bhi andar rakho" (round 530; not
            # "... press waale khade hain")
            r"|bulldozer (?:chalao|chala do|chalana chahiye|chalwao|chalwa do)[^.!?\n]{0,30}?"
            r"(?:usko|isko|unko|inko|use|ise|unhe|inhe) (?:bhi )?andar"
            # "Qureshi ko encounter mein uda do" (not "bail pe chhod do")
            r"|(?:ko|ka|ki) encounter (?:mein|me|main) (?:uda|maar|mar|thok|nipta|tapka) (?:do|dena"
            r"|denge|deni chahiye|dena chahiye)|(?:ko|ka|ki) encounter (?:kar do|karo|kar dena"
            r"|hona chahiye|ho jana chahiye|karwa do)"
            # "Asif Qureshi ki ammi ko bhi utha lo" (not "ki ammi ka bayan bhi suno")
            r"|(?:ki|ke|ka) (?:ammi|maa|mummy|behen|bahen|biwi|beti|betiyon|bachon|bacchon|bachchon"
            r"|gharwalon|ghar walon|family) ko (?:bhi )?(?:utha|uthwa|uthaa) (?:lo|lena|lenge|do"
            r"|dena|le jao|liya jaye)",
            "truck dumper tractor jcb bulldozer train gaadi utha uthwa uthaa encounter",
        ),
        # stones called for at a home, in Hindi: "uske ghar pe patthar phenko" (the 323rd set)
        (
            r"(?:uske|iske|inke|unke|uski|iski|inki|unki) (?:ghar|gharon|dukaan|dukan|gaadi|gadi)"
            r" (?:pe|par) (?:patthar|pathar|pattharon|eent|eenten) (?:phenko|pheko|fenko|maaro"
            r"|maro|chalao|barsao)",
            "patthar pathar pattharon eent eenten",
        ),
        # a notorious murder held up as a woman's fate: "iska bhi Shraddha jaisa hi haal hoga,
        # 35 tukde" (the 325th set; not "Shraddha jaisa haal kisi ka na ho")
        (
            r"(?:shraddha|shradha) (?:jaisa|jaisi|wala|waala) (?:hi )?(?:haal|anjaam|anjam)"
            r" (?:hoga|hogi|karega|karenge|kar denge)|(?:35|paintis|pentees) (?:tukde|tukdon"
            r"|tukdo|pieces)(?=[^.!?\n]{0,30}?(?:hoga|honge|karega|karenge|kar denge|yaad rakhna"
            r"|wait|intezaar))|(?:35|paintis|pentees) (?:tukde|tukdon|tukdo) (?:hoga|honge"
            r"|karega|karenge|kar denge)"
            # ("Is heroine ko ab tukdon mein fridge mein milna hai": the 461st set)
            r"|(?:tukdon|tukde|tukdo) (?:mein|me) (?:\w+ )?(?:fridge|suitcase|bori|bag|drum)"
            r" (?:mein|me) (?:milna|milegi|milega|milegi|milenge|hogi|hoga|rakhi jayegi)",
            "shraddha shradha tukde tukdon tukdo pieces",
        ),
        # a death cheered, in Hindi: "achha hua, ek kam hua" (one fewer; the 307th set), and a
        # bounty offered: "isko maarne wale ko inaam do"
        (
            r"(?:achha|accha|acha|achchha|sahi|badhiya) hua,? (?:\w+ )?ek (?:aur )?(?:kam|kum)"
            r" (?:hua|ho gaya|hue)(?=\s*(?:[.!?,]|$))",
            "kam kum",
        ),
        (
            r"(?:isko|usko|inko|unko|ise|use|inhe|unhe|is \w+ ko|us \w+ ko) (?:maarne|marne"
            r"|khatam karne|thokne|udane) wal(?:e|on|o) ko (?:\w+ )?(?:inaam|inam|puraskar"
            r"|award)",
            "inaam inam puraskar award",
        ),
        # "inko laathi se seedha karo": beaten straight, in Hindi (not "laathi seedhi karo")
        (
            r"(?:inko|unko|inhe|unhe|isko|usko|ise|use|tujhe|tumhe|in sabko|in logon ko)"
            r" (?:\w+ )?(?:laathi|lathi|laathiyon|lathiyon|dande|danda|dandon|joote|jooton"
            r"|jute) se (?:seedha|sidha) (?:karo|kar do|karna|karenge|kiya jaye)",
            "seedha sidha",
        ),
        # a pogrom's year promised again: "1984 yaad hai na? Phir se dohraya ja sakta hai"
        (
            r"(?:1984|2002|1992)(?: \w+){0,4}?\W+(?:\w+ ){0,2}?(?:phir se|fir se|dobara|dubara)"
            r" (?:dohraya ja sakta|dohrayenge|dohra denge|dohraya jayega|ho sakta hai|karenge"
            r"|kar denge)"
            # "2008 jaisa phir karna padega" (the 915th set: Kandhamal's year, "like" it)
            r"|(?:1984|2002|1992|2008|godhra|kandhamal) (?:jaisa|jaise|jaisi|wala|wali) (?:phir"
            r"|fir|dobara|dubara|phir se|fir se) (?:karna padega|karna hoga|karenge|karo|hoga"
            r"|kar denge|karna chahiye)",
            "phir fir dobara dubara",
        ),
        # violence approved after the fact, in Hindi: "achha hua maara, agli baar kisi ki
        # himmat nahi hogi" (not "achha hua bach gaya", he survived)
        (
            # ("pita" only at the end: "achha hua pita ji aaye" is a father come home)
            r"(?:achha|accha|acha|achchha|sahi) hua (?:jo |ki )?(?:\w+ )?(?:maara"
            r"|maar diya|maar daala|peeta|peet diya|jala diya|jalaya|pit gaya|pita gaya|pitai hui"
            r"|kutai hui|thukai hui|pita(?=\s*(?:[.!,;]|$)))"
            r"(?:,? (?:ab|agli baar|aage se))?",
            "maara maar peeta peet jala jalaya pit pita pitai kutai thukai",
        ),
        # a lynch mob praised: "achha kiya bheed ne", "bheed ne sahi kiya" (the 313th set; not
        # "achha kiya bheed ne hospital pahunchaya", a rescue)
        (
            r"(?:(?:achha|accha|acha|achchha|sahi|theek|thik|badhiya) kiya (?:jo )?(?:bheed|bhid"
            r"|gau rakshakon|gaurakshakon|gaon walon|gaon waalon) ne|(?:bheed|bhid|gau rakshakon"
            r"|gaurakshakon) ne (?:bilkul |ekdum )?(?:achha|accha|acha|sahi|theek|thik|badhiya)"
            r" kiya)(?=\s*(?:[.!,;]|$))",
            "bheed bhid rakshakon gaurakshakon walon waalon",
        ),
        # "har beef khane wale ko aise hi lamba karo": laid flat, beaten (not "rassi ko lamba
        # karo", a rope made longer: people only)
        (
            r"(?:wale|walon|waale|waalon|log|logon|mulle|mullon|gaddaron|katuon|isko|usko|inko"
            r"|unko) ko (?:\w+ ){0,2}?(?:lamba|lumba) (?:karo|kar do|lita do|litao|kar denge)",
            "lamba lumba",
        ),
        # a call to find where someone lives: "find this writer's address"
        (
            r"(?:find|post|leak|share|dig up) (?:out )?(?:his|her|their|your|ur"
            r"|(?:this|that|the) \w+'?s) (?:home )?(?:address|phone number)",
            "address number",
        ),
        (
            r"(?:you'?ll|you will|u will|ull) (?:pay for this|regret this|regret opening"
            r" (?:your|ur) (?:mouth|gob)|regret the day|regret crossing|be sorry|be next"
            r"|get what'?s coming|be dealt with|get hurt)"
            # ("People like you get what's coming eventually. Sleep well.", the 1307th set; not
            # "People like you get called out eventually")
            r"|(?:people like (?:you|u)|you lot|your lot|your kind|you people) (?:will |'?ll"
            r" |all )?(?:get|gets) what'?s coming\b(?! to (?:the|this|our|my))",
            "pay regret sorry next coming dealt hurt",
        ),
        # "I'll find you after the match" (not "I'll find you the link", "I'll get you a
        # copy": "i'll" is one word in the text, so the will is joined to it)
        (
            # ("I will find every one of them and their kids", the 1582nd set)
            r"(?:we|i)(?: will|'?ll) (?:(?:find|come for) (?:you|u|him|her|them|(?:every"
            r" (?:last |single )?one|each one|all) of (?:you|u|them|em))(?! (?:a|an"
            r"|the|some|that|this|those|it|on|in|later|tomorrow|online|here|there)\b)"
            # (not "I'll find you after the match and buy you a beer", round 536)
            r"(?![^.!?\n]{0,25}?\band (?:buy|get|shake|give|say|grab|have|share|stand) (?:you|u"
            r"|him|her|them|a|your|ur)\b)|get (?:you|u|him|her|them) for this)",
            "find come get",
        ),
        # "Wei's clinic needs a brick through the window" (round 533; not "... a bigger
        # waiting room")
        (
            r"(?:needs?|deserves?|could do with|wants?|ought to get|should get) (?:a )?(?:brick"
            r"|bricks|rock|stone) (?:through|thru) (?:the|its|her|his|their|your|ur) (?:front )?"
            r"(?:window|windows|windscreen|door)",
            "brick bricks rock stone",
        ),
        # "we comin for yo life"
        (
            r"(?:we|i)(?:'?re|'?m| are| am)? (?:coming|comin) for (?:yo|your|ur|his|her|their)"
            r" (?:life|lives|head|heads|family|kids)",
            "coming comin",
        ),
        (r"(?:deserves?|needs?) (?:a bullet|to be shot|a rope)", "bullet shot rope"),
        # a grave said to be a person's due: "Margaret Hale needs a coffin, not a seat", "The
        # only thing Hale should be standing in is a grave", "Can't wait to piss on Hale's
        # grave", "Somebody unplug Hale's life support" (round 535, of an MP of 78; not "... a
        # deputy, not a seat", "... standing on is her record", "... vote on Hale's record")
        (
            rf"(?:{_WHO}|{_PERSON}) (?:needs?|deserves?) (?:a|her|his|their) (?:coffin|grave"
            r"|body ?bag)(?![a-z])"
            r"|(?:should|ought to|needs to|deserves to) be (?:standing |lying |going )?in is"
            r" (?:a|her|his|their) (?:grave|coffin|body ?bag)(?![a-z])"
            r"|(?:can'?t wait to|i'?ll|i will|gonna|going to|will) (?:dance|piss|spit|shit|tap"
            r" dance|party) on (?:her|his|their|your|ur|(?:[a-z]+ )?[a-z'’]+['’]s) grave"
            r"|(?:someone|somebody|i'?d|just|let'?s|we should) (?:\w+ )?(?:unplug|pull the plug"
            r" on) (?:her|his|their|(?:[a-z]+ )?[a-z'’]+['’]s) life support",
            # (cued by its rarer words: "life" is in every other comment)
            "coffin coffins grave body bodybag unplug plug",
        ),
        # "Hope someone puts a bullet in it before it passes any bills" (the 332nd set)
        (
            r"(?:hope|wish) (?:someone|somebody|some \w+) (?:puts?|pumps?) (?:a bullet|bullets"
            r"|a round|lead) (?:in|into|through) (?:it|him|her|them|you|u)(?![a-z])",
            "bullet bullets round lead",
        ),
        (
            r"(?:a |one )?bullet (?:in|through|between) (?:your|ur|his|her|their)"
            r" (?:head|skull|eyes)",
            "bullet",
        ),
        # "String every one of them up outside the mosque", "castrate the lot" (the 302nd set)
        # (not "hang the lot up to dry", the washing; nor "'Castrate them,' said one MP")
        (
            r"(?:string|hang) (?:him|her|them|you) up|string (?:the lot(?: of them)?|all of them"
            r"|every (?:last |single )?one of them) up",
            "string hang",
        ),
        (
            # ("Sterilise the lot of them": the 401st set)
            r"(?<!to\s)(?<!not\s)(?:castrate|chemically castrate|sterilise|sterilize|forcibly"
            r" sterilise|forcibly sterilize) (?:him|them|the lot(?! of (?!them))|all of them"
            r"|every (?:last |single )?one of them)(?![a-z])(?!,? (?:said|says|cried|shouted"
            r"|wrote|tweeted|yelled|demanded))(?! in the budget| financially| politically)"
            # (nor the kitchen's jars: "Wash the jars and sterilise them before you make the
            # jam", found by the 1173rd set's twin)
            r"(?! before you| in (?:the )?(?:oven|microwave|dishwasher|boiling|hot)| with"
            r" (?:boiling|hot)| for \d)",
            "castrate sterilise sterilize",
        ),
        # "women journalists should be raped" (not "nobody deserves to be raped")
        (
            # ("[ ]": one space, so that the look-behinds keep a fixed width)
            r"(?<!no[ ]one[ ])(?<!nobody[ ])(?<!no[ ]woman[ ])(?<!no[ ]girl[ ])"
            r"(?<!no[ ]child[ ])(?<!no[ ]man[ ])(?<!no[ ]person[ ])(?<!no[ ]human[ ])"
            r"(?:(?:should|deserves? to|needs? to|must|ought to) (?:all )?(?:be|get) (?:gang )?"
            # ("she needs a good raping": the fiftieth session; not of the tax code)
            rf"raped|(?:she|he|they|{_NAMED}|(?:this|that|the) (?:woman|girl|bitch|lady|anchor"
            r"|reporter|journalist)) needs? (?:a )?(?:good |proper )?(?:gang )?raping)",
            "raped raping",
        ),
        # "is ladki ka rape hona chahiye": this girl should be raped (not "rape ki saza
        # honi chahiye", the punishment for rape; nor "ka rape hua tha", a report)
        (
            # ("iska rape hona chahiye": the fiftieth session)
            r"(?:(?:is|us|in|un)?(?:ka|ki|ke)|ko) (?:rape|balatkar|balaatkar|gangrape|gang rape)"
            r" (?:hona chahiye"
            r"|hona chaiye|karo|kar do|karna chahiye|kar dena chahiye|kar denge|karenge"
            r"|karunga|kar dunga)",
            "rape balatkar balaatkar gangrape",
        ),
        # "is patrakar ko nanga karke ghumao", "parade her naked through the streets"
        (
            # ("Is reporter ko nangi karke ashram ke bahar ghumao": the 458th set; without
            # "karke": "Is MP ko toh sadak pe nanga ghumana chahiye", the 849th, not "nanga
            # ghumaya gaya", a crime reported)
            r"(?:nanga|nangi|nange) (?:(?:karke|kar ke|kar|karo|karo aur) (?:\w+ ){0,4}?(?:ghumao"
            r"|ghumana|ghuma do|ghumaya jaye|ghumayenge|ghumaye|ghumaaye|maaro|maro|peeto|pito)"
            r"|(?:ghumana|ghumao|ghuma do|ghumayenge|ghumaenge|ghuma denge)(?![a-z]))"
            r"|(?:parade|strip) (?:her|him|them|this \w+|that \w+) naked",
            "nanga nangi nange naked",
        ),
        # a woman to be paraded to shame her: "The MLA who opposed it ... should be paraded in
        # her own church" (the 743rd set; not "the team should be paraded through the town
        # with the cup")
        (
            r"(?:should|must|needs to|ought to|will) be paraded (?:naked |around |about )?(?:in"
            r" (?:her|his|their) own|through (?:the|her|his|their) (?:village|streets|street"
            # ("These couples should be paraded through the bazaar with their faces
            # blackened", the 1161st set)
            r"|town|gaon|market|mohalla|bazaar|bazar|chowk|colony|basti)|in front of (?:the|her"
            r"|his|their))"
            r"(?![^.!?\n]{0,40}?(?:trophy|cup|medal|victory|win|title|champions))",
            "paraded",
        ),
        # (and a person named: "Put Marsh up against a wall", "Line Starmer up against the
        # wall"; a sweep of surnames in the fifty-fourth session)
        (
            rf"(?:line|put|stand|stick) (?:them|him|her|you|{_PERSON}) up against (?:a|the)"
            r" wall(?! (?:chart|calendar|map|clock|socket|display))",
            "wall",
        ),
        (r"jaan se (?:maar|mar) (?:dunga|denge|do|dalunga)", "jaan"),
        # ("marenge" is also "will die": not "warna agli baar aur log marenge", people will
        # die, the 736th set; "bhookhe marenge tab akal aayegi" of a boycotted people is
        # still a threat)
        (
            # (not a whistle, a wink, a round, a dip or a chat: "Theatre mein dikha toh seeti
            # maarenge isko dekh ke", round 578)
            r"(?<!seeti[ ])(?<!siti[ ])(?<!seetiyan[ ])(?<!sitiyan[ ])(?<!aankh[ ])"
            r"(?<!chakkar[ ])(?<!dubki[ ])(?<!gappe[ ])(?<!chhalang[ ])(?<!chhalaang[ ])"
            r"(?:maarunga|marunga|maarenge|(?<!log[ ])marenge"
            r"|maar dunga|maar denge|thok dunga|thok denge"
            rf"|{_NOT_A_THING_CUT}(?:kaat dunga|kaat denge)|(?:tere|tera|tumhare|uske|iske|unke)"
            r" ghar (?:aake|aa ke"
            r"|aakar)"
            # (not a visit: "Tere ghar aake chai peeni hai", the 957th set)
            r"(?! (?:chai|khana|khaana|nashta|party|mithai|cake|pizza|biryani|dinner|lunch)"
            r"(?![a-z])))",  # not "main ghar aake call karta hoon": someone else's home
            "maarunga marunga maarenge marenge maar thok kaat ghar",
        ),
        (
            r"zinda (?:jala|gaad) (?:do|denge|dunga)"
            # ... and a person buried where he plays: "Isko bhi pitch pe hi gaad do, wahi iski
            # jagah hai" (round 582, of a cricketer named; not "... practice karao")
            r"|(?:isko|usko|inko|unko|ise|use|inhe|unhe) (?:bhi )?(?:\w+ ){0,3}?(?:hi )?(?:gaad"
            r"|gaadh|gaar) (?:do|denge|dunga|dalo|daalo|dena)(?![a-z])",
            "zinda gaad gaadh gaar",
        ),
        # "tere jaise 1984 mein bach gaye the, agli baar nahi bachoge" (the 733rd set)
        (
            r"(?:agli|agle) (?:baar|bar|dafa|dafe|bari) (?:tum |tu |aap )?(?:nahi|nhi|nahin)"
            r" (?:bachoge|bachega|bachegi|bachenge|bach paoge|bach payega|bach paayega)"
            r"(?! (?:exam|paper|test|imtihaan|pariksha|match|interview)(?![a-z]))",
            "bachoge bachega bachegi bachenge bach",
        ),
        # the other side's women to be coloured against their will: "Inki aurton pe bhi rang
        # daal do, dekhte hain kya ukhaad lenge ye" (the 754th set; not "aurton pe zabardasti
        # rang daalna molestation hai")
        (
            r"(?:inki|unki|in ki|un ki|inke|unke|tumhari|teri|in logon ki) (?:\w+ )?(?:aurton"
            r"|auraton|aurtein|auratein|ladkiyon|ladkiyan|behnon|betiyon|biwiyon|bahu betiyon)"
            r" (?:pe|par|ko) (?:bhi )?(?:rang|gulal|colour|color|paani|pani) (?:daal do|daalo"
            r"|dalo|daal dena|laga do|lagao|maaro|maro|phenko|phek do)",
            "rang gulal colour color paani pani",
        ),
        # women of the other side to be carried off: "tumhari aurton ko bhi utha ke laayenge"
        # (the 727th set)
        (
            r"(?:tumhari|teri|inki|unki|in ki|un ki|inke|unke|tumhare) (?:\w+ )?(?:aurton|auraton"
            r"|aurtein|ladkiyon|ladkiyan|behnon|behno|betiyon|betiyan|biwiyon|bahu betiyon) ko"
            r" (?:bhi )?(?:utha|uthaa|utha ke|utha kar|uthwa) (?:le )?(?:laayenge|layenge|lenge"
            r"|le jayenge|le jaayenge|le aayenge|le aaenge|lo|lao|laao)",
            "utha uthaa uthwa",
        ),
        # a limb cut and hung up: "jhanda chhua toh haath kaat ke usi khambe pe latka denge"
        # (the 725th set; not "murgi ki gardan kaat ke latka do dukaan pe", a butcher's)
        (
            r"(?<!murgi\ski\s)(?<!murge\ski\s)(?<!bakre\ski\s)(?<!bakri\ski\s)(?<!bakre\ska\s)"
            r"(?<!murge\ska\s)(?<!machhli\ska\s)(?<!chicken\ski\s)(?<!chicken\ska\s)"
            r"(?:haath|hath|haat|sar|sir|gardan|tangein|tange|taang|ungli|ungliyan|zabaan"
            r"|zubaan|jeebh|naak) kaat (?:ke|kar|kr) (?:[^.!?\n]{0,30}? )?(?:latka|taang|tang"
            r"|tanga) (?:denge|dunga|doonga|do|dena chahiye|deni chahiye)",
            "kaat",
        ),
        # the same in Devanagari: "तुझे घर में घुसकर मारेंगे"
        (
            rf"(?<![\u0900-\u097f])(?:{_hi('मारूंगा मारुंगा मारेंगे')}"
            rf"|{_hi('मार')} (?:{_hi('दूंगा देंगे')})|(?:{_hi('ठोक काट')}) {_hi('दूंगा')}"
            rf"|(?:{_hi('तेरे तुम्हारे उसके इसके उनके')}) {_hi('घर')} (?:{_hi('आके आकर')}))"
            r"(?![\u0900-\u097f])",
            "मारूंगा मारुंगा मारेंगे मार ठोक काट घर",
        ),
        # "uski tange tod denge": bones broken, promised or ordered (not "record tod diya")
        (
            r"(?:tange|taange|tangein|taangein|tang|taang|haath|haddi|haddiyan|haddiyaan|munh"
            r"|muh|jabda|daant|sar|sir) (?:\w+ )?(?:tod|todd|phod|fod) (?:denge|dunga|doonga"
            r"|dalenge|daalenge|dalunga|daalunga|do|dalo|daalo|diye jayenge|deni chahiye)",
            "tod todd phod fod",
        ),
        # ... in one word: "ek baar bahar mil, teri haddi todenge" (round 496; not "haddi
        # toot gayi", reported)
        (
            r"(?:tange|taange|tangein|taangein|taang|haath|haddi|haddiyan|haddiyaan|munh|muh"
            r"|jabda|daant|sar) (?:\w+ )?(?:todenge|todunga|todoonga|todhenge|phodenge|fodenge"
            r"|phodunga|fodunga)",
            "todenge todunga todoonga todhenge phodenge fodenge phodunga fodunga",
        ),
        # chased and beaten: "Bhosale ko road pe daud daud ke maarna chahiye" (round 496; not
        # "daud daud ke thak gaye")
        (
            r"daud ?-?(?:daud|dauda|daura) ?(?:ke|kar|kr) (?:maaro|maro|maarna|marna|maarenge"
            r"|marenge|peeto|peetna|pitna|peetenge|kooto|kootna|thoko|thokna)",
            "daud dauddaud",
        ),
        # "Somebody needs to put Whitcombe in the ground" (round 495): a person buried (not
        # "we need to put the cables in the ground", nor a plan "in the bin")
        (
            r"(?:someone|somebody|we|i|they|you|u|people)(?:'ll| (?:really )?(?:needs? to|should"
            r"|ought to|will|gonna|going to|must|has to|have to|got to|gotta)) put"
            r" (?!(?:it|this|that|the|a|an|some|these|those|my|your|our|their|its|more|money"
            r"|seeds?|bulbs?|trees?|plants?|posts?|stakes?|roots?|pipes?|cables?)(?![a-z]))"
            r"(?:him|her|[a-z]+(?: [a-z]+)?) (?:in|into|under) the ground",
            "ground",
        ),
        # the twenty-ninth round (sets 676-681): a journalist's wings to be clipped ("iske
        # pankh katne padenge"); "tu jitna likhegi utna pachtayegi"; her kind's "ilaaj" said
        # to be a shoe; a principal's daughter to be found; people beaten "utaar ke"
        (
            r"(?:iske|uske|inke|unke|iski|uski|teri|tere|tumhare) (?:\w+ )?pankh (?:katne|kaatne"
            r"|kaat|kat|kutarne|kutar|todne|tod) (?:padenge|padega|honge|do|denge|dunga|doonga"
            r"|dalenge)"
            # (and "Zyada uchhal rahi hai aajkal, pankh katarne ka time aa gaya hai", the
            # 1093rd set; not "... ye bel, katarne ka time")
            r"|pankh (?:katarne|kaatne|katne|kutarne) ka (?:time|waqt|samay|wakt) (?:aa"
            r" gaya|aa gya|ho gaya|aa chuka)"
            r"|(?:jitna|jitni|jitne) \w+ (?:utna|utni|utne) (?:pachtayegi|pachtayega|pachtaoge"
            r"|pachtaegi|pachtaega|bhugtegi|bhugtega|bhugtoge)",
            "pankh pachtayegi pachtayega pachtaoge pachtaegi pachtaega bhugtegi bhugtega bhugtoge",
        ),
        (
            r"(?:(?:aurton|auraton|aurat|ladkiyon|logon|inka|unka|iska|uska|teri jaisi"
            # (and "Jihadi mentality ka ilaaj sirf ek hai, jo UP police ne kiya", the killing
            # of a riot said to be the cure for a people: the 727th set)
            r"|tere jaise|tum jaison|jihadi|jihadiyon|jihadiyo|mulle|mullon|katuon|katue"
            r"|ghuspaithiyon|miyon)\b[^.!?\n]{0,20}? (?:ka|ki)"
            # (or with no "ka": "Green walon ko colour se allergy hai, inka ilaaj lathi hai",
            # the 754th set; not "ilaaj lathi nahi, baatcheet hai")
            r"|inka|unka|inki|unki|in logon ka|in sab ka)"
            r" (?:ek hi |sirf ek |bas ek )?ilaaj (?:sirf |bas |toh |to )?(?:(?:hai|h),? )?"
            r"(?:joota|joote|jute|juta|chappal|chappalein|danda|dande|lath|lathi|laathi|thappad"
            r"|goli|goliyan|encounter|bulldozer|buldozer|ek (?:hi )?(?:hai|h),? jo (?:\w+ )?police"
            r" ne (?:kiya|kia))(?! (?:nahi|nahin|nhi))",
            "ilaaj",
        ),
        (
            r"(?:beti|biwi|behen|bahen|maa|bacchon|bachon|bachchon|ghar|family) (?:ka|ki|ke)"
            r" (?:bhi )?(?:pata|address|ghar) (?:nikalo|nikaalo|lagao|dhoondo|dhundo|nikal lo)",
            "nikalo nikaalo lagao dhoondo dhundo nikal",
        ),
        (
            r"(?:ke|kar|kr) (?:maaro|maro|peeto|pito|dhuno|dhoon do|thoko|pelo) (?:inko|unko|sabko"
            r"|in sabko|un sabko|saalon ko)(?![a-z])",
            "maaro maro peeto pito dhuno dhoon thoko pelo",
        ),
        # the twenty-seventh round: a woman officer threatened with a night in the police
        # station ("ek raat thane mein bitaye to sab akad nikal jayegi iski"), a call at
        # night "to explain" ("isko raat mein call karke samjhayenge"), a doctor told her
        # shift is known ("teri shift ka time pata hai humein"; the 669th and 672nd sets)
        (
            r"ek raat (?:thane|jail|lockup|lock-up|hawalat|mere ghar|hamare saath|mere saath)"
            r" (?:mein |me )?(?:bitaye|bitaaye|bitaa le|guzaare|guzare|kaate|rahe|reh le)"
            r" (?:to|toh) (?:sab |saari |saara )?(?:akad|akkad|hekdi|garmi|chaalaki|netagiri)"
            r"|raat (?:mein|me|ko) (?:\w+ )?(?:call|phone|ghar aake|milke|mil ke) (?:karke |kar ke"
            r" |kar )?(?:samjhayenge|samjha denge|samjhaenge|sikhayenge|sikha denge)"
            r"|(?:teri|tumhari|tera|tumhara) (?:shift|duty|tuition|class|college)"
            r" (?:ka|ki) (?:time|timing|rasta|route|samay) (?:pata|maloom|malum) (?:hai|h|he)",
            # (anchored on the rarer word each form needs: "raat" and "teri" are everyday)
            "akad akkad hekdi garmi chaalaki netagiri samjhayenge samjha samjhaenge sikhayenge"
            " sikha shift duty tuition class college",
        ),
        # ... and sent back broken: "agli baar ghodi pe chadha toh taange tod ke wapas ghodi
        # pe hi bhejenge" (the 665th set; not "usne apni taang tod li")
        (
            r"(?:tange|taange|tangein|taangein|taang|haath|haddi|haddiyan|haddiyaan|munh|jabda)"
            r" (?:\w+ )?(?:tod|todd|phod|fod) (?:ke|kar|kr) (?:\w+ ){0,5}?(?:bhejenge|bhejege"
            r"|bhejunga|bhejoonga|bhej denge|bhej dunga|chhodenge|chodenge|chhodunga|bhejo"
            r"|bhej do)",
            "tod todd phod fod",
        ),
        # "agli baar baraat nikli toh laashein niklengi" (the 554th set): bodies foretold
        # (not "malbe se laashein nikli", reported)
        (
            r"(?:laashein|lashein|laashen|lashen|laashe|lashe|laasho|lasho) (?:hi )?(?:niklengi"
            r"|niklegi|bichhengi|bichengi|bichha denge|bichha dunga|girengi|uthengi|uthayenge)",
            "laashein lashein laashen lashen laashe lashe laasho lasho",
        ),
        # "if i see one of them near my kids school im taking a bat to him" (the 555th set;
        # not "take a hammer to the budget")
        (
            # (nor "she took a knife to her hands by accident": her own, and past)
            r"(?:take|taking|takin) a (?:baseball |cricket )?(?:bat|hammer|crowbar|machete"
            r"|golf club|knife|blade) to (?:him|them|em|one of them|her(?!\s+[a-z])"
            r"|his (?:face|head|car)|their (?:faces|heads|cars))(?![a-z])",
            "bat hammer crowbar machete club knife blade",
        ),
        # a pig's head for a mosque: "a pigs head on the mosque steps will sort that racket
        # out" (the 557th set; not "a pig's head was left at the mosque, police said")
        (
            r"(?:leave|leaving|put|putting|throw|throwing|nail|dump|hang|send|sending)"
            r" (?:a |some )?pigs? heads? (?:on|at|outside|through|in|to)"
            r"|pigs? heads? (?:on|at|outside|through)"
            # (and "a few pigs heads on the school gates would sort this out": the 591st set)
            r" (?:the|that|their|every|a|each) (?:\w+ ){0,2}?(?:mosque|masjid|mosques|gates?"
            r"|doors?|doorsteps?|steps)[^.!?\n]{0,25}?"
            r"(?:will|would|should|ll|'ll|needed|is what)(?![a-z])",
            "pig pigs",
        ),
        # bones to break, foretold: "pastor ko gaon mein ghusne diya toh uski taangein
        # tootengi" (the 577th set); a throat to be cut: "agli baar mooch nahi gardan kategi"
        # (the 575th; not "gardan katne se bachi", reported)
        (
            r"(?:tange|taange|tangein|taangein|taangen|haddi|haddiyan|haath|munh|jabda)"
            r" (?:\w+ )?(?:tootengi|tootegi|tutengi|tutegi|toot jayengi|tut jayengi|tootenge"
            r"|tutenge)|(?:gardan|gala) (?:kategi|kat jayegi|kaati jayegi|udegi|uda di jayegi)"
            r"(?! nahi)"
            # ... and a head that will not stay on: "sar utha ke chalega toh sar hi nahi
            # rahega" (round 574; not "sar utha ke chalna hi asli azaadi hai")
            r"|(?:toh|to|tab|phir) (?:uska |iska |tera |unka |inka )?(?:sar|gardan) (?:hi )?"
            r"(?:nahi|nhi|na) (?:rahega|rahegi|bachega|bachegi)(?![a-z])",
            "tootengi tootegi tutengi tutegi toot tut tootenge tutenge kategi kat kaati udegi uda"
            " sar gardan",
        ),
        # a moustache or beard to be torn off: "iski mooch ukhaad ke gaon mein ghumao" (the
        # 575th set; not "mooch ukhaadne wali wax strip")
        (
            r"(?:iski|uski|inki|unki|teri) (?:mooch|moonch|munch|daadhi|dadhi) (?:ukhaad|ukhad"
            r"|nooch|noch|kaat|kat|mund|moond) (?:ke|kar|do|dalo|denge|dunga)",
            "mooch moonch munch daadhi dadhi",
        ),
        # "someone should drag him out of the hall by his wig" (the 578th set; not "police
        # dragged him out by his hair", reported)
        (
            r"(?:drag|pull|throw) (?:him|her|them) out (?:of (?:the |that |this"
            r" )?\w+ )?by (?:his|her|their) (?:wig|hair|beard|hijab|turban|plait|ponytail)",
            "wig hair beard hijab turban plait ponytail",
        ),
        # a killing foretold by a famous case: "36 tukdon mein milegi ek din", "fridge mein
        # milegi" (the 586th set; not "36 tukde film ka naam tha")
        (
            r"(?:36|35|chhattis|pachees) (?:tukdon|tukde|tukdo|tukron|pieces) (?:mein|me|main)"
            r" (?:milegi|milega|milengi|milenge|kategi|katega)|(?:fridge|suitcase|drum|bori|boree)"
            r" (?:mein|me|main) (?:band )?(?:milegi|milega|milengi|milenge)",
            "milegi milega milengi milenge kategi katega",
        ),
        # a woman's abduction foretold: "raat ko akeli auto chalati h, kisi din uthwa li
        # jayegi" (the 582nd set)
        (
            r"(?:kisi din|ek din|jaldi|kabhi bhi)[^.!?\n]{0,15}?(?:uthwa|utha|uthaa) (?:li|lee)"
            r" (?:jayegi|jaayegi|jaegi|jaaegi)",
            "uthwa utha uthaa",
        ),
        # beatings asked for in Hindi: "pitai karo inki tab kaam pe lautenge" (the 584th
        # set; not "pitai karo mat")
        (
            r"(?:pitai|kutai|dhulai|thukai|dhunai) (?:karo|kar do|karni chahiye|honi chahiye)"
            r" (?:inki|unki|iski|uski|in logon ki|un logon ki|sabki)(?![a-z])",
            "pitai kutai dhulai thukai dhunai",
        ),
        # bulldozers on a people's homes: "inki bastiyon pe bulldozer chala do" (ibid.)
        (
            r"(?:inki|unki|in logon ki|un logon ki|inke|unke) (?:basti|bastiyon|bastiyan|gharon"
            r"|ghar|jhuggiyon|jhuggi|jhuggiyan|mohallon|mohalle) (?:pe|par) bulldozer (?:chala do"
            r"|chalao|chalna chahiye|chalwa do|chala dena)",
            "bulldozer",
        ),
        # "shame the knife wasn't longer" (the 585th set; not "shame the bread knife was
        # blunt")
        (
            r"(?:shame|pity|too bad) (?:the|his|her|that) (?:knife|blade|bullet|bullets|axe"
            r"|machete) (?:wasn'?t|was not|weren'?t|were not) (?:longer|sharper|bigger"
            r"|aimed better)",
            "knife blade bullet bullets axe machete",
        ),
        # "hostel mein ghus ke inki haddi pasli ek kar do" (the 551st set): every bone
        # broken
        (
            r"haddi ?pasli ek (?:kar do|kardo|kar dalo|kar daalo|kar denge|kar dunga|kar doonga"
            r"|karenge|karni chahiye|karo)",
            "haddi haddipasli",
        ),
        # "iski zubaan kaat do": a body part cut (not "bijli ka connection kaat do", "gala
        # kaat competition")
        (
            r"(?:zubaan|zuban|zabaan|zaban|jeebh|jibh|naak|haath|gala|gardan|sar|sir|ungli"
            r"|ungliyan) (?:\w+ )?(?:kaat|kat) (?:do|dalo|daalo|denge|dunga|doonga|dalenge"
            r"|dena chahiye|deni chahiye)"
            # a tongue cut first ("is aurat ki zabaan kaat ke ... latka do", the 719th set; not
            # "naak kaat ke rakh di", a disgrace)
            r"|(?:zubaan|zuban|zabaan|zaban|jeebh|jibh) (?:\w+ )?(?:kaat|kat) (?:ke|kar|kr)",
            "kaat kat",
        ),
        (
            rf"(?<![\u0900-\u097f])(?:{_hi('टांगें टांग टाँगें हाथ हड्डी हड्डियां मुंह सर दांत जबड़ा')})"
            rf" (?:{_hi('तोड़ फोड़')}) (?:{_hi('देंगे दूंगा दो डालो डालेंगे')})",
            "तोड़ फोड़",
        ),
        # "teri khair nahi", "tera kaam tamaam kar denge" (not "kaam tamaam ho gaya is sarkar
        # ka"), "ghar se uthwa lenge tujhe" (not "uthwa lenge wali dhamkiyon ki shikayat karo")
        (r"(?:teri|tumhari|uski|unki|iski) khair nahi", "khair"),
        (r"(?:tera|teri|tumhara|uska|unka|iska) kaam tamaam", "tamaam"),
        (
            r"(?:(?:tujhe|tumhe|tumko|tujhko|usko|use|isko|ise|unko|inko|tereko) (?:\w+ ){0,3}?"
            r"(?:uthwa|utha|uthva) (?:lenge|lunga|loonga|denge|dunga)|(?:uthwa|uthva)"
            r" (?:lenge|lunga|loonga) (?:tujhe|tumhe|tumko|tujhko|usko|isko|unko|tereko))",
            "uthwa utha uthva",
        ),
        # "teri biwi ko utha lenge": the family taken (not "tumhare mudde ko utha lenge":
        # an issue raised in parliament)
        (
            r"(?:teri|tere|tumhari|tumhare|uski|uske|iski|iske) (?:\w+ )?(?:biwi|bivi|behen"
            r"|bahan|beti|maa|bachche|bacche|bachon|bacchon|family|gharwali|gharwalon) ko"
            r" (?:utha|uthwa|uthva) (?:lenge|lunga|loonga|le jayenge|le jaenge)",
            "utha uthwa uthva",
        ),
        # "tujhe dekh lunga" (I'll deal with you), "tujhe aur teri maa ko dekh lenge",
        # "mujhse bach ke rehna" (not "dekh lenge agle chunav mein", "garmi se bach ke rehna")
        (
            r"(?:tujhe|tumhe|tujhko|tumko|tereko|tujh ko)(?: aur (?:teri|tere|tumhari|tumhare)"
            r" \w+ ko)? (?:bhi )?dekh (?:lunga|loonga|lenge)",
            "dekh",
        ),
        (r"(?:mujhse|humse|hamse) (?:bach ?ke|bachke) (?:rehna|rahna)", "bach bachke"),
        # "tu apni aukat bhool gaya hai, yaad dila denge": the reader put back in their place,
        # promised (not "in neta logon ko aukat yaad dila denge vote se": an election)
        (
            r"(?:apni|teri|tumhari) (?:aukat|aukaat|okat|aukad)[^.!?\n]{0,30}?(?:yaad|yad)"
            r" (?:dila|dilwa) (?:denge|dunga|doonga|dengay)"
            r"(?![^.!?\n]*\b(?:vote|votes|chunav|chunaav|election|elections|ballot)\b)",
            "yaad yad",
        ),
        # "tera time khatam" (not "tera time aa gaya hai", said as often of success)
        (r"(?:tera|tumhara) (?:time|waqt|samay) (?:khatam|pura ho gaya)", "khatam pura"),
        # "tera address mil gaya hai, intezaar kar", "teri beti kis school mein padhti hai,
        # pata hai humein": the reader's home or family found
        (
            # ("Iske ghar ka pata mil gaya hai, kal sab chalo wahan": the 499th set; not "mera")
            # (and by name: "Barkha Dutt ke ghar ka pata mil gaya hai", the fiftieth session)
            r"(?:tera|teri|tumhara|tumhari|iska|iske|uska|uske|inka|inke|unka|unke"
            rf"|(?>{_PUBLIC_FIGURES}) (?:ka|ke)) (?:ghar ka )?"
            r"(?:address|pata|number|phone number) (?:mil gaya|mil gya|nikal liya|nikaal liya"
            r"|hamare paas|humare paas)",
            "address pata number",
        ),
        # "Madam, aapki beti kaunse school mein jaati hai, humein pata hai" (the 458th set; not
        # "aapki beti kis school mein jaati hai?" asked alone: knowing it is the threat)
        (
            r"(?:teri|tera|tumhari|tumhara|aapki|aapka|aapke|uski|iski) (?:beti|beta|bete|bachche"
            r"|bachchon|biwi|patni|bahen|behen) (?:kis|kaunse|kaun se|kaun si|kaunsi) (?:school"
            r"|college|coaching|tuition) (?:mein|me) (?:jaati|jaata|jaate|padhti|padhta|padhte)"
            r" (?:hai|hain)[,.]? (?:humein|hame|hamein|humko|hume|sab(?:ko)?)"
            r" (?:pata|maloom|malum)",
            "pata maloom malum",
        ),
        # a home address spread: "iska pata sabko bhej diya" (not "mera address sabko bhej
        # diya" for a wedding card, nor "iska pata mil gaya" said by the police)
        (
            r"(?:tera|teri|tumhara|tumhari|iska|iski|uska|uski) (?:ghar ka )?(?:address|pata)"
            r" (?:sabko|sab ko|sabke paas|group (?:mein|me)) (?:bhej|daal|dal|viral)",
            "address pata",
        ),
        (
            r"(?:teri|tera|tere|tumhari|tumhare) (?:beti|beta|bete|bachche|bacche|bachon|biwi"
            r"|bivi|family|gharwale)[^.!?\n]{0,40}?(?:pata hai|maloom hai|jaante hain|jaanta"
            r" hoon) (?:humein|hume|hamein|mujhe)",
            "humein hume hamein mujhe",
        ),
        # "tere ghar pe patthar padenge": the reader's home attacked
        (
            r"(?:tere|tumhare|iske|uske) ghar (?:pe|par) (?:patthar|pathar|hamla|bomb|aag|pathrav)"
            r" (?:padenge|hoga|lagegi|lagayenge|girenge|phekenge)",
            "ghar",
        ),
        # "bahar nikal, phir batate hain": come out and we'll show you; "ek din sadak pe
        # mil, phir batata hoon tujhe"
        (
            r"(?:bahar nikal|saamne aa|samne aa)\w*,? (?:phir|fir|tab) (?:batate|batayenge"
            r"|dikhate|dikhayenge|dekhte) (?:hain|h|hai)",
            "batate batayenge dikhate dikhayenge dekhte",
        ),
        # (not "kal sadak pe mil, phir batata hoon ki rally kahan hai": said to the reader,
        # or nothing after)
        (
            r"(?:sadak|road|bahar|gali) (?:pe|par|mein|me) mil\w*,? (?:phir|fir|tab) (?:batata"
            r"|bataunga|batate|dikhata|dikhaunga|dikhate|dekhta|dekhte) (?:hoon|hu|hun|hain|h)"
            r"(?: (?:tujhe|tereko|tumhe|tumko|tujhko))?(?=[.!?]|$| tujhe| tereko)",
            "batata bataunga batate dikhata dikhaunga dikhate dekhta dekhte",
        ),
        # "madam ko kisi din sadak pe pakad ke samjhana padega": caught one day and "made to
        # understand", taught a lesson or beaten (not "bachche ko pakad ke samjhao", a parent's
        # patience: the menace is in "padega", the lesson and the blows)
        (
            r"pakad ?(?:ke|kar|kr) (?:(?:achhe|acche|ache|theek|thik) se )?(?:samjhana (?:padega"
            r"|hoga|pdega)|samjha (?:denge|dunga|doonga)|sabak sikha\w*|sikha (?:denge|dunga"
            r"|doonga)|thok\w*|peet\w*|pit (?:denge|dunga)|koot\w*|kut (?:denge|dunga)|dho (?:denge"
            r"|dunga|dalo|daalo)|pel (?:denge|dunga|do))",
            "pakad pakadke pakadkar pakadkr",
        ),
        # ... or "should be", where she is to be caught alone: "Aisi afsar ko kisi sunsaan road
        # pe akele pakad ke samjhana chahiye" (the 1164th set; not "bachche ko pakad ke
        # samjhana chahiye", where nobody is caught alone)
        (
            # ("akele mein", in private, is how a parent scolds: no place to be caught)
            r"(?:sunsaan|sunsan|andhere|andheri|akele(?! mein| me )|akeli(?! mein| me ))\b"
            r"[^.!?\n]{0,40}?pakad ?(?:ke|kar"
            r"|kr) (?:\w+ )?(?:samjhana|samjhao|sabak|sikhana|sikhao|dekhna|dekh lena)",
            "pakad pakadke pakadkar pakadkr",
        ),
        # "acid se chehra bigad denge", "acid phek denge": acid threatened, in Hindi
        (
            r"acid (?:se (?:\w+ )?(?:chehra|chehre|muh|mooh|munh) (?:bigad|jala|kharab)"
            r"|(?:daal|dal|phek|fek|phenk)(?: denge| dunga| do| deni| dena|enge|unga))"
            # "chehre pe tezaab padega", "tezaab phenkenge" (the 613th and 590th sets)
            r"|(?:chehre|chehra|muh|mooh|munh) (?:pe|par) (?:acid|tezaab|tezab|tejab)"
            r" (?:padega|padegi|daalenge|dalenge|phenkenge|phekenge|daal denge|phenk denge"
            r"|dalunga|daalunga|phenkunga)"
            r"|(?:tezaab|tezab|tejab) (?:phenkenge|phekenge|fekenge|phenk denge|phek denge"
            r"|daal denge|dal denge|phenkunga|dalunga|daalunga)"
            # "Iska chehra tezaab se bigaad do" (the 428th set)
            r"|(?:chehra|chehre|muh|mooh|munh) (?:acid|tezaab|tezab|tejab) se (?:bigaad|bigad"
            r"|jala|kharab)",
            "acid tezaab tezab tejab",
        ),
        # the beheading slogan, said (not named: "sar tan se juda ke naare lagane wale ...")
        (
            r"sar tan se juda(?![^.!?\n]*(?:naare|nare|naara|slogan|lagane|lagaane|chant))",
            "juda",
        ),
        (r"gardan (?:uda|udaa|utaar|utar) (?:do|denge|dunga|doonga|dalo|daalo)", "gardan"),
        # "tera sar kalam kar denge": a head cut off, promised (not "sar kalam karna" told of
        # history: the person is named, the verb promised)
        (
            r"(?:tera|tumhara|uska|iska|inka|unka|sabka|sab ka|sabke) sar (?:kalam|qalam)"
            r" (?:kar|kr) (?:denge|dunga|doonga|do|dena|dalenge|daalenge)",
            "kalam qalam",
        ),
        # "maa ka doodh piya hai toh saamne aa": a challenge to fight
        (r"maa ka doodh piya (?:hai|ho)", "doodh"),
        # "ek din tera bhi number aayega": your turn will come
        (
            r"(?:tera|teri|tumhara|tumhari|uska|iska|unka) (?:bhi )?number (?:bhi )?(?:aayega"
            r"|ayega|aaega|aega|aane wala hai)"
            # (not "tera bhi number aayega interview ke liye", the 1081st set)
            r"(?! (?:\w+ )?(?:interview|exam|selection|draw|lottery|results?|merit|admission"
            r"|promotion|shaadi|match|list)(?![a-z]))",
            "aayega ayega aaega aega aane",
        ),
        # "Is budhiya ko pakad ke sansad ke bahar peeto sab milke" (the 449th set): a person
        # pointed at, then beaten; or named as the clause opens ("Pastor ko ulta latka ke
        # maaro": the 481st set)
        (
            rf"(?:(?:is|us|in|un) |{_OPENS})(?:{KO_PEOPLE}) ko (?:\w+ ){{0,6}}?(?:maaro|maro"
            # ("Is ladki ko stage pe hi jala dena chahiye tha": the 499th set)
            r"|peeto|pito|kooto|kuto|thoko|jala do|jala dena chahiye|jala denge|jala dalo)"
            r"(?![a-z])(?! mat| nahi)",
            "maaro maro peeto pito kooto kuto thoko jala",
        ),
        # "Haarne wale khiladiyon ke ghar pe patthar maaro" (the 450th set), "ek ek beef wale
        # ka ghar jala denge" (the 448th): people's homes stoned or burnt (not "ghar ka kachra
        # jala do", nor a house burnt reported: "jala diya gaya")
        (
            r"(?:ke|ka|ki) (?:ghar|gharon|makaan|makan|dukaan|dukan|dukanon) (?:pe|par|mein|me)"
            r" (?:patthar|pathar|pathhar|petrol bomb) (?:maaro|maro|phenko|pheko|feko|barsao)"
            r"|(?:ke|ka|ki) (?:ghar|gharon|makaan|makan|dukaan|dukan|dukanon|basti|bastiyan)"
            r" (?:jala|phoonk|phunk|foonk) (?:do|dalo|daalo|denge|dunga|doonga|daalenge|dalenge"
            # ("Bhosale ka ghar jala dena chahiye, tabhi akal aayegi": round 496)
            r"|dena chahiye|dena padega)(?![a-z])",
            "patthar pathar pathhar bomb jala phoonk phunk foonk",
        ),
        # "Hope one of her patients returns the favour and she leaves in a body bag" (the
        # 482nd set): a death foretold or wished (not "he left in a body bag", reported)
        (
            r"(?:she|he|you|u|they|him|her|them)(?:'ll| will| would|'d| could)?(?: \w+)?"
            r" (?:leaves?|go(?:es)? home|end up|ends up|come out|comes out|be carried out|get"
            r" carried out|be going home) in a (?:body ?bag|coffin|wooden box|box)(?![a-z])",
            "bag bodybag coffin box",
        ),
        # Hindi, the 497th and 499th sets: "Aisi ladki ko zinda gaad dena chahiye" (buried
        # alive; not "zinda gaad diya gaya tha", reported), "iske kapde faad do" (stripped),
        # "uski tangein todni padengi", "dono ko dhoondh ke khatam karo" (hunted down)
        (
            r"zinda (?:gaad|gaadh|dafna|dafan kar|jala) (?:do|dena chahiye|denge|dalo|daalo|dunga)"
            r"(?![a-z])",
            "zinda",
        ),
        # a people to be shown the stick: "Ladakhi log bhi ab ... pathar uthayenge, inko abhi se
        # danda dikhao" (the 766th set; not "danda dikhao policy Kashmir mein fail hui")
        (
            r"(?:inko|unko|inhe|unhe|inhein|unhein|in logon ko|un logon ko|in sabko|sabko)"
            r" (?:bhi )?(?:abhi se |pehle hi |abhi |ab )?(?:danda|dande|lathi|laathi|joota|joote"
            r"|goli) (?:dikhao|dikha do|dikhana padega|dikhana chahiye|chalao|chala do)",
            "danda dande lathi laathi joota joote goli",
        ),
        # people to be buried where they are: "ye jihadi log ... inko wahin dafna do" (the
        # 735th set; a place word makes it the living: not "laashon ko dafna do")
        (
            r"(?:inko|unko|inhe|unhe|inhein|unhein|in sabko|un sabko|sabko|in logon ko"
            r"|in logo ko|un logon ko|isko|usko|ise|use) (?:bhi )?(?:wahin|wahi|yahin|yahi"
            r"|wahan|yahan) (?:pe |par )?(?:dafna|dafan kar|gaad|gaadh) (?:do|dena chahiye"
            r"|denge|dalo|daalo|dunga|doonga)(?![a-z])",
            "dafna dafan gaad gaadh",
        ),
        (
            r"(?:iske|uske|iski|uski|inke|unke|teri|tere|tumhare) kapde (?:faad|phaad|utaar|utar)"
            r" (?:do|denge|dalo|daalo|dena chahiye|dunga)(?![a-z])",
            "kapde",
        ),
        (
            r"(?:tangein|taangein|tange|haath|haddi|haddiyan|haddiyaan) (?:todni|todne|torni"
            r"|torne) (?:padengi|padenge|padegi|padega|chahiye|hongi|honge)(?![a-z])",
            "todni todne torni torne",
        ),
        (
            r"(?:dhoondh|dhundh|dhoond|dhund|pakad) (?:ke|kar|kar ke|kr ke) (?:khatam|khtm|maar"
            r"|saaf) (?:karo|kar do|kardo|do|denge|dalo|daalo)(?![a-z])",
            "dhoondh dhundh dhoond dhund pakad",
        ),
        # "shouldve tasered him till he stopped twitching" (the 502nd set; not "knelt on him
        # until he stopped breathing", told)
        (
            r"should(?:'?ve| have)? (?:\w+ )?(?:tasered|tased|beaten|choked|kicked"
            r"|strangled|shot|battered|hit) (?:him|her|them) (?:till|until|untill)"
            r" (?:he|she|they) (?:stopped|stops|stop) (?:twitching|breathing|moving)"
            # (and a head held under: "Someone should stick his head down one of his own
            # toilets until he stops twitching", round 573; not "stick a camera down the
            # drains until they find the blockage")
            r"|(?:should|i'?d|we'?d|i'?ll|we'?ll|gonna) (?:\w+ )?(?:stick|hold|shove|push|put)"
            r" (?:his|her|their) heads? (?:down|under|in)\b[^.!?\n]{0,50}?(?:till|until|untill)"
            r" (?:he|she|they) (?:stopped|stops|stop) (?:twitching|breathing|moving)",
            "twitching breathing moving",
        ),
        # a home found, and a visit offered: "his address is on facebook if anyone wants to pay
        # a visit" (the 502nd set)
        (
            r"(?:address|lives|house|home)[^.!?\n]{0,40}? if (?:anyone|anybody|someone|somebody"
            r"|any of you|u|you) (?:wants?|fancies|fancy|feels? like|wanna) (?:to )?(?:pay(?:ing)?"
            r" (?:him|her|them|a) ?(?:a )?visit|visit|drop (?:by|round|in))",
            "visit drop",
        ),
        # "Next time the mandir goes up in flames, and nobody will be sorry" (the 496th set)
        (
            r"next time (?:the|their|your|that|this|his|her) (?:\w+ )?(?:mandir|temple|mosque"
            r"|masjid|church|synagogue|gurdwara|gurudwara|shop|house|home|caravan|camp|hostel"
            r"|hotel) (?:goes|will go|is going|gonna go|could go) up in (?:flames|smoke)",
            "flames smoke",
        ),
        # "someone needs to jo cox her" (the 507th set): a murdered MP's name as the verb (not
        # "Jo Cox was murdered in 2016")
        (
            r"(?:to|should|gonna|will|ll|must|needs to) jo ?cox (?:her|him|them|you|u|this|that)",
            "cox",
        ),
        # "hope she gets acid thrown in her face" (the 507th set; not "acid attacks went up")
        (
            r"(?:hope|wish|should|deserves?|needs?) (?:\w+ ){0,3}?acid (?:thrown|chucked|poured"
            # (and "acid thrown on that smug face", the 662nd set)
            r"|splashed) (?:in|on|at|over) (?:her|his|your|ur|their|that|this)(?: \w+)? face",
            "acid",
        ),
        # "u sheep deserve the turbo cancer ur getting" (the 509th set)
        (r"(?:you|u|ya)(?: \w+){0,2} deserve (?:the |your |ur )?(?:\w+ )?cancer", "cancer"),
        # "the day we start shooting em at the border is the day this country gets fixed" (the
        # 504th set)
        (
            r"(?:start|begin|started|starting) (?:shooting|gassing|hanging|killing|drowning)"
            r" (?:them|the \w+)(?: all)? (?:at|on|in) the (?:border|beach|channel|coast|camps?)",
            "shooting gassing hanging killing drowning",
        ),
        # Hindi, the 508th set: "ek ek ko thok do" (each one shot), "madam ko utha lo"
        # (abducted; not "utha ke le gayi police", reported), "reporter ko uthake patak do"
        (r"ek ek ko (?:thok|maar|kaat|peet|thoko|maaro|kaato)(?: do| dalo| denge)?(?![a-z])", "ek"),
        (
            rf"(?:madam|{KO_PEOPLE}) ko (?:utha lo|utha lenge|uthwa lo|uthwa lenge|utha ke le"
            r" jao)(?![a-z])",
            "utha uthwa",
        ),
        # a beating promised for being one of a people: "Bengali bolta hai matlab Bangladeshi
        # hai, aur Bangladeshi hai toh maar khayega" (the 1021st set; not "galti karega toh
        # maar khayega", said of what one does)
        (
            r"(?:bangladeshi|pakistani|musalman|musalmaan|mulla|mulle|bihari|bengali|dalit|isai"
            r"|kashmiri|rohingya|ghuspaithiya|ghuspaithiye|madrasi|nepali|chinki) (?:hai|ho|h|hua"
            r"|hain|hue) (?:toh|to) (?:\w+ )?(?:maar|maar hi|maar bhi|joote|jootey|danda|dande)"
            r" (?:khayega|khaega|khayenge|khaenge|khaayega|khaayenge|khaoge|khayegi)",
            "khayega khaega khayenge khaenge khaayega khaayenge khaoge khayegi",
        ),
        # people to be shot where they are found: "hindi bolne wale ko station pe hi thok do"
        # (the 680th set)
        (
            rf"(?:{KO_PEOPLE}) ko (?:\w+ ){{1,3}}?(?:pe|par|mein|me) (?:hi )?(?:thok do|thoko|maar"
            r" do|peeto|pito|kaat do|goli maaro|goli maar do)(?![a-z])",
            "thok thoko maar peeto pito kaat goli",
        ),
        (
            rf"(?:{KO_PEOPLE}) ko (?:utha ?ke|uthake|utha kar) (?:patak|patko|phenk|fenk)"
            r" (?:do|denge|dalo)?(?![a-z])",
            "patak patko phenk fenk",
        ),
        # "ref needs his legs broken in the car park" (the 506th set; not "that tackle would
        # break anyone's legs")
        (
            r"(?:needs?|deserves?|wants?|should have|should get|shud have|shud get) (?:his|her"
            r"|their|your|ur|both) (?:legs|arms|knees|kneecaps|fingers|jaw|neck) (?:broken|broke"
            r"|snapped|smashed)",
            "broken broke snapped smashed",
        ),
        # "Teri maa ko bhi sarpanch bana denge, phir dekhna kya haal karte hain" (the 489th
        # set): what will be done to someone, left to be seen
        (
            r"(?:dekhna|dekhiye|dekho|dekh lena|dekhte hain|dekhenge) (?:phir )?(?:kya|kaisa|kaise"
            r"|kitna bura) haal (?:karte|karenge|karunga|karungi|kar denge|hoga|karte hain)"
            r"(?![a-z])",
            "haal",
        ),
        # "Aise players ko stadium ke bahar joote maarne chahiye" (the 491st set): people to be
        # beaten with shoes (not "joote maarne ki parampara", a custom told)
        (
            r"(?:aise|aiso|in|un|is|us|inhe|unhe|inko|unko|isko|usko)(?: \w+)? ko (?:\w+ ){0,4}?"
            r"(?:joote|jootey|jooton|chappal|chappalon|chappalein) (?:se )?(?:maaro|maarne"
            r" chahiye|marne chahiye|maarna chahiye|padne chahiye|maarenge|lagao)(?![a-z])",
            "joote jootey jooton chappal chappalon chappalein",
        ),
        # "Inki masjidon ko barood se uda do" (the 493rd set): places of worship blown up,
        # called for (not "udane ki saazish naakaam", a plot foiled)
        (
            r"(?:masjid|masjidon|masjidein|mandir|mandiron|church|churchon|girja|gurudwara"
            r"|gurdwara|madarse|madrason) (?:ko )?(?:barood|bomb|bam|dynamite) se uda (?:do|dalo"
            r"|daalo|denge|dena chahiye)(?![a-z])",
            "barood bomb bam dynamite",
        ),
        # "Someone should knock it off its bike on the next descent" (the 492nd set)
        (
            r"(?:someone|somebody|i'?ll|i will|we'?ll|we will|should|let'?s) (?:should )?knock"
            r" (?:him|her|it|them|that \w+) off (?:his|her|its|their) (?:bike|bicycle|scooter)",
            "knock",
        ),
        # "Someone should remind her what happened to uppity ones in the old days" (the 490th
        # set): a past violence held up
        (
            r"(?:someone|somebody|we|you) (?:should|needs? to|ought to|must) remind (?:her|him"
            r"|them|these \w+|those \w+) what (?:happened|happens|used to happen) (?:to (?:the"
            r" last|uppity|those|people|ones|others|women|men|girls|journalists|reporters|the \w+"
            r" who|\w+ ones|\w+ like (?:her|him|them|you))"
            # a massacre of her people named: "someone should remind her what happened in
            # 1945, maybe she'll shut up" (the 593rd set)
            r"|(?:in|at) (?:1945|1944|1943|1942|auschwitz|the camps|1984|2002|godhra|gujarat)"
            r"(?! when))",
            # (not "what happens to the budget when rates go up")
            "remind",
        ),
        # "Jhuggi mein aag laga do", "Inke prayer meeting pe petrol daal do" (the 481st and
        # 483rd sets): homes, shops and places of worship set alight, called for (not "chulhe
        # mein aag laga do", the stove; nor "aag laga di gayi", reported)
        (
            r"(?:jhuggi|jhuggiyon|jhuggiyan|basti|bastiyon|ghar|gharon|makaan|makanon|dukaan"
            r"|dukan|dukanon|masjid|masjidon|mandir|mandiron|church|girja|gurudwara|gurdwara"
            r"|madarse|madrase|madrasa|meeting|sabha|camp|colony|mohalla|mohalle) (?:mein|me|main"
            r"|ko|pe|par) (?:aag (?:laga|lagao|lagado)|petrol (?:daal|dal|chhidak|chidak)"
            r"(?: ke aag laga| kar aag laga)?)(?: (?:do|dalo|daalo|denge|dunga|doonga|dena"
            r" chahiye)|(?<=lagao)|(?<=lagado))(?![a-z])",
            "aag petrol",
        ),
        # "Piss on his grave, then burn his widow's house down" (the 445th set): a home burnt,
        # called for (not "the fire burnt his house down", reported)
        (
            rf"(?:{_OPENS}|then |and |just |go |lets |let's )burn (?:his|her|their|your"
            r"|ur) (?:\w+'?s )?(?:house|home|shop|car|office|flat) down",
            "burn",
        ),
        # "Stone them back harder next time, they started it" (the 1030th set): stones called
        # for (not "the villagers began to stone them", reported)
        (
            rf"(?:{_OPENS}|then |and |just |lets |let's )(?:stone|pelt) (?:them|him|her|these"
            r" \w+|those \w+)(?: all)? (?:back|harder|to death|again|too)",
            "stone pelt",
        ),
        # "isko itna maaro ki hospital pahunch jaye": beat him (not "maaro ya chhodo", nor
        # "inko maaro mat, police ko do")
        (
            r"(?:isko|usko|inko|unko|ise|use|inhe|unhe|tujhe|tereko) (?:\w+ ){0,2}?(?:maaro|maro"
            r"|peeto|pito|kooto|kuto|thoko)(?! (?:mat|nahi|nahin)(?![a-z]))",
            "maaro maro peeto pito kooto kuto thoko",
        ),
        # "Someone should burn his house in Bandra"
        (
            rf"{_WILL} (?:\w+ ){{0,2}}?(?:burn|torch|firebomb|petrol bomb) (?:down )?"
            r"(?:his|her|their|your|ur) (?:house|home|car|office|shop|flat|restaurant)",
            "burn torch firebomb petrol",
        ),
        # "Someone should teach her a lesson before the election" (the 380th set; not "...
        # a lesson in economics", nor the voters teaching one)
        (
            r"(?:someone|somebody|some1) (?:should|needs to|ought to|has to|must|gotta|oughta)"
            r" teach (?:her|him|this \w+|that \w+) a (?:\w+ )?lesson(?! (?:in|about|on|at|from)"
            r" )",
            "lesson",
        ),
        # "Someone find his car after the game and teach him a lesson"
        (
            r"(?:find|catch|wait for|corner|grab) (?:him|her|his \w+|her \w+)[^.!?\n]{0,40}?"
            r"(?:and )?teach (?:him|her) a (?:\w+ )?lesson(?! (?:in|about|on|at) )",
            "lesson",
        ),
        # a murdered journalist's fate wished on another: "Gauri Lankesh wala treatment",
        # "gets what Daniel Pearl got" (not "Gauri Lankesh's killers are still on trial")
        (
            rf"(?:{MURDERED}) (?:wala|waala|wali|jaisa|jaisi|jaise|ka|ki) (?:treatment|haal"
            rf"|anjaam|hashr|ilaaj)|(?:gets?|got|deserves?|give (?:him|her|them)) what"
            rf" (?:{MURDERED}) got|(?:end|ends) up like (?:{MURDERED})|(?:the|a)"
            rf" (?:{MURDERED}) treatment"
            # ("Hope she gets the same treatment as Jo Cox", round 577, of a Home Secretary
            # named; not "the same support as her predecessor")
            rf"|same (?:treatment|fate|ending|thing) as (?:{MURDERED})"
            # ("someone should do to Khan what happened to Jo Cox", the 715th set)
            rf"|(?:do|happen|happens) to (?:him|her|them|you|u|\w+) what happened to"
            rf" (?:{MURDERED})"
            # ("dekhna ek din isko bhi gauri lankesh bana denge", the 679th set)
            rf"|(?:{MURDERED}) (?:bana denge|bana dunga|bana do|banayenge|bana diya jayega"
            r"|bana dalenge|bana daalenge)"
            rf"|(?:wahi|vahi|wohi|woh hi|waisa hi|aisa hi) (?:haal|hashr|anjaam) (?:\w+ ){{0,3}}?jo"
            rf" (?:{MURDERED}) (?:ka|ki|ke) (?:hua|kiya)",
            "lankesh pearl dabholkar pansare kalburgi khashoggi cox amess paty gogh staines",
        ),
        # "accidents happen to people who ask too many questions" (not "accidents happen to
        # people who drive drunk": a warning about roads)
        (
            r"accidents (?:can |do |often |tend to )?happen to (?:people|journalists|reporters"
            r"|those|anyone|men|women|nosy \w+|people like (?:you|u|him|her)) who (?:\w+ )?(?:ask"
            r"|asks|write|writes|talk|talks|speak|speaks|question|questions|poke|pokes|dig|digs"
            r"|expose|exposes|criticise|criticises|criticize|criticizes|report|reports|open)",
            "accidents",
        ),
        # "we know your car number", "we know your daughter's tuition timing" (not "I know
        # your kids school won the quiz": a school is news, a route or a timing is not)
        (
            r"(?:i|we) (?:already )?know (?:your|ur) (?:car|bike|scooter|gaadi) (?:number|no)"
            r"|(?:i|we) (?:already )?know (?:your|ur) (?:daughter|son|kids|children|wife"
            r"|husband|sister|mother)'?s? (?:tuition|coaching|bus|route|timings?|hostel)"
            r"(?! (?:won|topped|came|is closed|was closed))",
            "car bike scooter gaadi tuition coaching bus route timing timings hostel",
        ),
        # "let's find out which hotel he is staying in and pay him a visit" (not "let's pay
        # the museum a visit", "let's go to the hospital and pay him a visit")
        (
            r"(?:let'?s|lets|we (?:should|will|must|shall)|we'?ll|(?:someone|somebody),? (?:please"
            r"|pls|plz)) (?:(?:(?!hospital|birthday|wedding|funeral)[^.!?\n]){0,60}? )?pay"
            r" (?:him|her|them) a (?:little |friendly |late[- ]night |surprise )?visit"
            r"(?! (?:in|at) (?:the )?(?:hospital|home))",
            "visit",
        ),
        # "the next joke about Ram will be his last" (not "this column will be her last for
        # the paper")
        (
            r"(?:next|this|one more|another) (?:\w+ ){0,4}?(?:joke|article|post|tweet|show|word"
            r"|column|report|story|video|comment|question) (?:\w+ ){0,4}?(?:will|would|'ll) be"
            r" (?:his|her|your|ur|their) last(?! (?:for|of|in|on|at|before|with|as))"
            r"(?!,? (?:he|she|they) (?:said|says|announced|told|wrote))",
            "last",
        ),
        # "ek din tum sab ka hisaab hoga": your reckoning will come (not "har paise ka hisaab
        # hoga": an account asked of a government)
        (
            r"(?:tum sab|tum logon|tum log|tumhara|tera|teri|tujhe|tumhe) (?:ka |ki )?(?:bhi )?"
            r"(?:hisaab|hisab) (?:bhi )?(?:hoga|karenge|kiya jayega|chukta karenge|barabar"
            r" karenge)",
            "hisaab hisab",
        ),
        # "somebody should remind him what happened to his kind in 92": a riot recalled
        (
            r"remind (?:him|her|them|you|u|(?:\w+ ){1,4}?(?=what happened to))what happened"
            r" (?:to (?:his|her|their|your|ur) (?:kind|people|lot|community|qaum|type) )?in"
            r" (?:'?92|1992|'?84|1984|2002|godhra|gujarat)",
            "remind",
        ),
        # "Deshdrohi journalist ki zubaan kheench lo": a tongue pulled out
        (
            r"(?:zubaan|zuban|jeebh|jibh) (?:\w+ )?(?:kheench|khinch|kheinch|khench) (?:lo|do"
            r"|lenge|denge|dunga|doonga|dalo|daalo|leni chahiye|deni chahiye|lunga)",
            "kheench khinch kheinch khench",
        ),
        # the thirteenth session's veiled threats to a reporter: "reporters who poke their
        # nose into his business tend to have accidents" (not "accidents on the highway have
        # doubled")
        (
            r"(?:people|journalists|reporters|those|anyone|men|women|folks|guys) (?:who|that)"
            r" [^.!?\n]{1,60}? (?:tend to|tends to|usually|often|always|have a habit of|keep)"
            r" (?:have|having|meet with|meeting with|suffer|suffering) (?:an? )?(?:accidents?"
            r"|mishaps?)",
            "accidents accident mishaps mishap",
        ),
        # "would be a shame if your family had to read your obituary"
        (r"(?:read|write|print|see|reading|writing) (?:your|ur) obituary", "obituary"),
        # "your daughter's school is on Station Road, isn't it?" (a family's whereabouts
        # recited, then the question; not "your son's school is in the flood zone")
        (
            r"(?:your|ur) (?:daughter|son|kids|children|wife|husband|mother|mum|mom|sister)'?s?"
            r" (?:school|college|office|tuition|coaching|hostel|bus stop) is (?:on|in|at|near"
            r"|next to|opposite) [^.!?\n]{1,30}?(?:,? isn'?t it|,? right\?|,? na\?|\.\.\."
            r"|,? just saying)",
            "school college office tuition coaching hostel",
        ),
        # "we'll keep count of the days you have left" (not "the days you have left in
        # office", said of a minister)
        (
            r"(?:count|counting|counted|numbering) (?:of )?(?:the )?days (?:you|u) (?:have"
            r"|'?ve got|got|still have) left(?! (?:in|as|at|on|before|to))",
            "days",
        ),
        # "the last reporter who did this is still in a wheelchair"
        (
            r"(?:the )?(?:last|previous) (?:reporter|journalist|guy|man|woman|one|person|fellow"
            r"|chap|activist|writer|editor) (?:who|that) (?:did|tried|wrote|asked|said|published"
            r"|printed) (?:this|that|the same|it)[^.!?\n]{0,20}? (?:is|was|ended up|is still"
            r"|was found) (?:still )?(?:in a wheelchair|in (?:a |the )?hospital|in (?:a |the )?"
            r"coma|in the ground|dead|missing|never seen again|in a (?:ditch|drain|river))",
            "last previous",
        ),
        # "tell your wife to keep the door locked" (not "tell your kids to stay indoors in
        # the heatwave")
        (
            r"tell (?:your|ur) (?:wife|family|mother|mum|mom|kids|children|daughter|sister"
            r"|husband|parents) to (?:keep (?:the|her|their|your|ur|his) doors? locked|lock"
            r" (?:the|her|their|your|ur|his) doors?|watch (?:her|their|his) backs?)",
            "locked lock backs back",
        ),
        # "let the Mediterranean do its job": drowning wished on migrants
        (
            r"let the (?:sea|seas|mediterranean|med|channel|ocean|waves|river) do (?:its|their|the)"
            r" (?:job|work|thing)",
            "job work thing",
        ),
        # the fourth batch: "they should get the 1984 treatment again", "1984 dohrana padega"
        # (not "this surveillance law is 1984 again": Orwell)
        # (nor "the state has 84 treatment centres": a number of them)
        (
            r"(?:the|a) (?:1984|'?84|2002|godhra|1992|'?92) treatment(?! (?:centres?|centers?"
            r"|plans?|facilities|facility|options?|protocols?|sessions?|guidelines?|plants?"
            r"|costs?|programmes?|programs?|units?))"
            r"|(?:1984|'?84|2002|godhra|1992|'?92) (?:wala|waala|jaisa|jaisi) treatment"
            r"|(?:1984|'?84|2002|godhra|1992|'?92) (?:dohrana|dohrao|dohrayenge|dohraenge"
            r"|repeat karo|repeat karna|repeat hoga|phir se karo)",
            "treatment dohrana dohrao dohrayenge dohraenge repeat",
        ),
        # the same as a lesson: "Meiteis should be taught a lesson like 1984" (the 1046th
        # set; not "a lesson from 1984", history read)
        (
            r"(?:taught|teach|given|give) (?:them |him |her |these \w+ )?a lesson (?:like|just"
            r" like|same as|as in) (?:in )?(?:1984|'?84|2002|godhra|1992|'?92|gujarat)",
            "lesson",
        ),
        # a people's places of worship or daughters for what some of them did: "Time to do
        # to their mosques what they did to our daughters" (the 1044th set)
        (
            r"(?:time to|let'?s|we should|we must|we need to|should|must|gonna|going to) do to"
            r" (?:their|them|those|these) (?:\w+ )?(?:mosques?|masjids?|temples?|mandirs?"
            r"|churches|gurdwaras?|synagogues?|daughters|wives|sisters|women) what (?:they|these"
            r" \w+|those \w+) (?:did|have done|do) to (?:our|us)",
            "mosques mosque masjid masjids temples temple mandir mandirs churches gurdwara"
            " gurdwaras synagogue synagogues daughters wives sisters",
        ),
        # "people like you should be run over by your own trains" (not "the plan should be run
        # over by the board": read over)
        (
            r"(?:you|u|people like you|he|she|him|her|this guy|that guy|the guy|this man|that man)"
            r" (?:\w+ ){0,2}?(?:should|deserves? to|ought to|needs? to|must) (?:all )?(?:get|be)"
            r" run over(?! by (?:the )?(?:board|committee|panel|team|lawyers|editors))",
            "run",
        ),
        # "whoever organised this strike deserves a beating" (not "England deserve a beating
        # after that performance": a team's loss)
        (
            r"(?:(?:whoever|anyone who)[^.!?\n]{0,60}?|(?:he|she|you|u|this guy|that guy|the guy"
            r"|this man|that man)(?: \w+)?) deserves? (?:a )?(?:good |proper |sound |real )?"
            r"(?:beating|thrashing|kicking|slap|slapping)",
            "beating thrashing kicking slap slapping",
        ),
        # "if I find the guy who leaked my number, he's dead"
        (
            r"if (?:i|we) (?:ever )?(?:find|catch|see|get|meet) (?:him|her|you|u|them|(?:the|that"
            r"|this) (?:guy|man|woman|person|idiot|bastard|reporter|journalist)[^.!?\n]{0,40}?),?"
            r" (?:he'?s|she'?s|you'?re|ur|they'?re|he is|she is|you are|they are) (?:dead|finished"
            r"|done for|a dead man|a dead woman)",
            "dead finished",
        ),
        # the seventy-fifth round (sets 799-800), a rationalist murdered: the next victim
        # named after a killing or a warning, "Ek aur gaya. List lambi hai, agla number uske
        # chele ka", "nhi to agla number tera hoga" (not "Agla number kiska? is the question
        # every rationalist is asking", nor "Bihar ke results dekh ke Bengal wale nervous
        # honge, agla number unka hai", the next state an election takes)
        (
            r"(?:(?:gaya|gayi|gaye|list|goli|maara|mara|khatam|khallas|tapka|uda)(?![a-z])"
            r"[^\n]{0,60}?|(?:nahi|nhi|nahin) (?:toh|to|tho) |(?:warna|varna|wrna) (?:toh |to )?)"
            r"agla (?:number|no|nambar|namber) (?:ab )?(?:tera|teri|tumhara|tumhari|uska|uski"
            r"|iska|iski|unka|inka|aapka|(?:tere|uske|iske|unke|inke|tumhare) (?:\w+ )?(?:ka|ki))",
            "agla",
        ),
        # his son told he would follow his father, "zyada bolega toh baap ke paas bhej denge"
        # (not "court ne bacche ko baap ke paas bhej diya", a child sent home)
        (
            r"(?:toh|to|warna|varna|nahi toh|nahi to) (?:\w+ ){0,3}?(?:(?:apne|uske|iske|tere)"
            r" )?(?:baap|bap|papa|pita|dada|dadi|maa|nana) ke (?:paas|pas) (?:bhej|pahuncha"
            r"|pohcha|pahucha) (?:denge|dunga|dungi|dege|deinge|diya jayega|diye jaoge)",
            "paas pas",
        ),
        # the seventy-ninth round (sets 804-805), a girl climate activist: "Give me 10 minutes
        # alone with her and she'll learn some respect" (not "ten minutes alone with the data
        # would change their minds"); "isko uthwa lo ek din" (have her abducted; not "'Uthwa
        # lo' was the headline of a fake news post")
        (
            r"(?:give me|gimme|leave me|let me have|i (?:just )?need|just) (?:\d+|two|five|ten"
            r"|fifteen|twenty|thirty|a few|a couple of) (?:minutes|mins|min|seconds|hours)"
            r" alone with (?:her|him|them|you|u|(?:that|this) (?:\w+ )?(?:girl|boy|woman|man"
            r"|brat|kid|bitch|bastard|idiot|activist))",
            "alone",
        ),
        # a survivor of a shooting told it should have killed her, or that it will be
        # finished if she returns (the 854th set): "Should have been shot properly the first
        # time", "If she comes back to Swat, the brothers will finish what they started" (not
        # "the bridge should have been built properly", nor a coach's second half)
        (
            r"should(?:'?ve| have) been (?:shot|killed|hanged|hung|stabbed) properly"
            r"|if (?:she|he|they|you|u) (?:ever )?(?:comes?|returns?|sets? foot|shows? (?:her|his"
            r"|their|your) face)[^.!?\n]{0,40}?(?:will|'ll|gonna|are going to|is going to)"
            r" finish (?:what (?:they|he|we|i|you) started|the job|her off|him off|them off)"
            # a mob's beating to be finished (the 1080th set: "Next time the mob should finish
            # the job properly"; not "the council should finish the job on the road")
            r"|(?:the |a |that )?(?:mob|crowd|bheed|locals|villagers|lynch mob)\b[^.!?\n]{0,20}?"
            r"(?:should|must|will|'ll|needs to|ought to|has to) finish (?:the job|what (?:they"
            r"|it) started|them off|him off|her off)",
            "properly finish",
        ),
        # the two-hundred-and-fifteenth round, veiled threats in Hinglish a twelfth time
        # (the 1129th set, each with a twin): both addresses known and "soch samajh ke
        # likhna" (not "Diwali pe mithai bhejunga"); a photo frame to get for the reader's
        # mother (not "maa ke saath chhutti pe jao", nor "... photo frame laaya hoon"); a
        # welcome "prepared" ("Poori taiyari", not "Gajar ka halwa pakka"); the children's
        # school found out, "baaki tum samajhdaar ho" (not "PTM pe milte hain"); tongues that
        # fall silent, "itihaas utha ke dekh lo" (not "baat koi nahi sunta"); the reader's
        # late nights home and "kuch bhi ho sakta hai" (not "company se cab le lo", nor a
        # daughter's, "ghar aati hai meri beti"); the brakes asked after, "pooch raha tha
        # bas" (not "service karwa li thi")
        (
            r"(?:office|daftar|ghar|school)\b[^.!?\n]{0,20}?(?:address|pata)\b[^\n]{0,40}?(?:ghar"
            r"|office)\b[^\n]{0,40}?[.!,] (?:soch samajh ke|sambhal ke|dhyan se|sochke|soch ke)"
            r" (?:likhna|likho|bolna|bolo|chhapna|chapna)",
            "likhna likho bolna bolo chhapna chapna",
        ),
        (
            r"(?:tumhari|teri|aapki|uski|iski) (?:maa|mummy|biwi|wife|behen) (?:ke liye|ko)"
            r" (?:ek )?(?:achha sa |accha sa |sundar sa |bada sa )?(?:photo frame|frame|haar"
            r"|mala|kafan|shraddhanjali) (?:le lena|le lo|le aana|kharid lena|khareed lena"
            r"|khareed lo|kharid lo|taiyar rakhna|taiyar rakho|order kar (?:do|lena|dena))",
            "frame haar mala kafan shraddhanjali",
        ),
        (
            r"(?:swagat|welcome|mehmaan nawazi|khatirdari) (?:ki|ka) (?:taiyari|intezaam|intazam)"
            r" (?:kar lenge|karenge|kar rakhi hai|kar li hai|ho gayi hai)[.!,]* (?:poori|puri"
            r"|achhi|acchi|khaas|special) (?:taiyari|tayari|intezaam)",
            "taiyari tayari intezaam",
        ),
        (
            r"(?:tumhare|tere|aapke) (?:bachche|bacche|bete|beti|bachon|bachchon)\b[^.!?\n]{0,30}?"
            r"(?:school|college|tuition|coaching)\b[^.!?\n]{0,30}?(?:pata chal gaya|pata hai"
            r"|pata kar liya|maloom hai)[^\n]{0,15}?[.!,] (?:baaki|baki|aage) (?:tum|aap|tu)"
            r" (?:samajhdaar|samajhdar|samjhdar|khud samajh)",
            "samajhdaar samajhdar samjhdar samajh",
        ),
        (
            r"(?:zyada|jyada|bahut) (?:bolne|likhne|uchhalne) (?:walon|wale|waalon) ki (?:zubaan"
            r"|zabaan|awaaz|aawaz|kalam) (?:aksar|jaldi|hamesha) (?:khamosh|band|chup) (?:ho"
            r" jaati|ho jati|kar di jaati|kar di jati|ho jaati hai)",
            "khamosh band chup",
        ),
        (
            r"raat ko (?:late |der se )?(?:ghar )?(?:jaati|jati|aati|lautti|nikalti) ho\b"
            r"[^\n]{0,60}?(?:kuch bhi ho sakta hai|kuch bhi ho jaye|kuch ho gaya toh|hadsa ho"
            r" sakta hai)",
            "sakta jaye gaya",
        ),
        (
            r"(?:teri|tumhari|aapki|uski) (?:gaadi|gadi|car|bike|scooty|scooter) (?:ke|ki)"
            r" (?:brake|brakes|tyre|tyres|tayar) (?:aaj kal |aajkal |abhi )?(?:theek|thik|sahi)"
            r" (?:hain|hai|h) na\?[^\n]{0,10}?(?:pooch|puch|pucch) (?:raha|rahi|rahe) (?:tha|thi"
            r"|the) bas",
            "pooch puch pucch",
        ),
        # the two-hundred-and-twelfth round (the 1122nd set, a minaret approved in
        # Keighley): "Makes it easier for the lads to know where to aim when the time comes"
        # (not "... to know where to go when the time comes to visit")
        (
            r"(?:know|see|tell|find) where to aim\b[^.!?\n]{0,20}?when the (?:time|day) comes"
            r"|(?:easier|easy) to (?:aim at|target|hit) (?:them|it|you|the \w+)\b[^.!?\n]{0,20}?"
            r"when the (?:time|day) comes",
            "aim target hit",
        ),
        # the two-hundred-and-tenth round, veiled threats in English a thirteenth time (the
        # 1119th set, none of 8 at first sight; the café "or worse" and the councillor who
        # "moved out of the county rather quickly" are read by older patterns, widened): "a
        # lot of opinions for someone who walks to the bus stop alone at 6 every morning"
        # (not "... for someone who has only been in the job six months")
        (
            r"(?:opinions|(?:a )?big mouth|a mouth on (?:her|him|you)|brave|bold|mouthy|cocky"
            r"|confident|gobby|lippy)[^.!?\n]{0,20}? for (?:someone|somebody|a (?:woman|girl|man"
            r"|guy|lady|bloke)) who (?:walks|goes|jogs|runs|drives|cycles|waits|takes|leaves"
            r"|gets)\b[^.!?\n]{0,50}?(?:alone|by (?:her|him)self|at \d+(?:[:.]\d+)?(?: ?[ap]m)?"
            r" every (?:morning|night|evening)|every (?:morning|night|evening) at \d)",
            "alone herself himself every",
        ),
        # "Your daughter's school newsletter is very informative" after "We keep reading about
        # you" (not "Your column is ..."): what a reader's child does, read and said so
        (
            r"(?:your|ur) (?:daughter|son|kid|kids|children|child|boy|girl)'?s? (?:school"
            r"|nursery|college|tuition|dance class|football club|swimming club)'?s? (?:newsletter"
            r"|website|timetable|calendar|facebook page|instagram|page|rota|photos?|pictures?"
            r"|pickup times?) (?:is|are|was|were) (?:very |so |really |most |quite )?"
            r"(?:informative|interesting|useful|helpful|educational|revealing|illuminating)",
            "informative interesting useful helpful educational revealing illuminating",
        ),
        # "Funny how fast a house can burn when ... Think about it before your next piece."
        # (not "... when the smoke alarms have no batteries. Check yours this weekend")
        (
            r"(?:house|home|car|shop|flat|office|restaurant|café|cafe)s? (?:can |could |will )?"
            r"(?:burns?|catch(?:es)? fire|go(?:es)? up(?: in flames)?)\b[^\n]{0,60}?[.!] think"
            r" about (?:it|that|this) before (?:your|ur) next (?:piece|article|column|story"
            r"|report|post|video|tweet|show|broadcast|speech)",
            "burn burns fire flames",
        ),
        # "I'd double check those brake pads before your drive to Leeds on Friday" (not
        # "... the train times before your drive"): the brakes a reader's trip depends on
        (
            r"(?:check|double[- ]check|look at|inspect) those (?:brake pads|brakes|brake lines"
            r"|brake cables|wheel nuts|lug nuts|tyres|tires) before (?:your|ur|the) (?:drive"
            r"|trip|journey|commute|ride|run)",
            "pads brakes lines cables nuts tyres tires",
        ),
        # "People like you used to disappear in this town. Some of us remember how it was
        # done." (not "... used to be rare in this town", nor "women like you used to
        # disappear from the history books")
        (
            r"(?:people|folks|men|women|journalists|reporters|activists|traitors|ones|your"
            r" sort|your kind|your lot) like (?:you|u|her|him|them) used to (?:disappear|vanish"
            r"|go missing|turn up dead|end up in the (?:river|canal|ditch))(?: (?:in|from"
            r"|round|around) (?:this|these|our|here)| here)"
            r"|some of us remember how (?:it|that|this) was done",
            "disappear vanish missing dead river canal ditch done",
        ),
        # "Tell your kids to be careful crossing the road near the mosque. Drivers round here
        # don't always see people like them." (not "... the council still hasn't fixed the
        # crossing light")
        (
            r"(?:drivers|cars|lorries|vans|trucks|buses) (?:round|around|in|from) (?:here|these"
            r" parts|this area|this town) (?:don'?t|do not|dont|won'?t|never) (?:always )?(?:see"
            r"|notice|stop for|brake for|slow down for) (?:people|kids|children|folk|folks) like"
            r" (?:them|you|yours|that)",
            "see notice stop brake slow",
        ),
        # the two-hundred-and-tenth round's evening (the 1118th set, a prayer meeting raided
        # in Jaunpur): "let the villagers deal with him the old way" (not "let the villagers
        # deal with it through the panchayat")
        (
            r"let (?:the )?(?:villagers|locals|public|people|mob|crowd|gaon walon|gaonwale"
            r"|bhakts|boys|lads) deal with (?:him|her|them|this \w+|that \w+) (?:the old(?:-"
            r"| )fashioned way|the old way|their (?:own )?way|properly|the village way|the desi"
            r" way|the right way)",
            "deal",
        ),
        # the two-hundred-and-seventh round (the 1111th set, an interfaith couple mobbed):
        # "Aise ladkon ko toh registrar office ke bahar hi nipta dena chahiye" (not "kaam
        # nipta do"); "isko wapas le aayein, chahe jaise bhi" (not "... beti ki khushi
        # dekhein")
        (
            r"(?:(?:ladkon|logon|ladke|ladko|in sab|un sab) ko|inko|unko|isko|usko|sabko|inhe"
            r"|unhe) (?:toh )?[^.!?\n]{0,40}?nipta (?:dena chahiye|do|denge|dijiye|dalo|dena)",
            "nipta",
        ),
        (
            r"(?:wapas|ghar) (?:le aayein|le aao|le aana|laayein|lao|le jao|uthake lao|utha lao)"
            r"[,.]? (?:chahe jaise bhi|kisi bhi tarah|kaise bhi|jaise bhi ho)",
            "jaise tarah kaise",
        ),
        # the two-hundred-and-fifth round (the 1107th set, a farmer's death at the Shambhu
        # border): "marne do inko" after they are named (not "marne do, ye bahas"; a
        # bulldozer "upar se" is read by the thirty-third round's pattern)
        (
            r"marne do (?:inko|unko|inhe|unhe|sabko|in logon ko|un logon ko|in sabko)"
            r"(?=\s*(?:[.!,]|$))",
            "marne",
        ),
        # the two-hundred-and-fourth round, veiled threats in English a twelfth time (the
        # 1106th set, none of 8 by the rules at first sight; "a long drive back ... Lots of
        # dark stretches" and "The last editor who ran a story like this ended up in a
        # wheelchair" are read by older patterns, widened): "She walks to school alone,
        # doesn't she?" after "You have a lovely daughter" (not "She gave a great speech at
        # the school debate"); "Keep digging, reporter.
        # Graves are dug the same way."; "We've got your number, your address, and a lot of
        # free time" (not "... a lot of questions for the council meeting"); "getting used
        # to an empty side of the bed" (not "... to the new bed"); "Nobody will miss one more
        # journalist" (not "... one more press release"); "If I were you I'd check under my
        # car before starting it" is read by the hundred-and-fifty-fifth round's pattern
        (
            r"(?:daughter|son|kid|kids|wife|girl|boy)\b[^\n]{0,40}?(?:she|he|they) (?:walks?"
            r"|goes|go|takes?|catches?|drives?|leaves?|comes? home)\b[^.!?\n]{0,25}?(?:alone|by"
            r" (?:herself|himself|themselves))[^.!?\n]{0,10}?,?"
            r" (?:doesn'?t (?:she|he)|don'?t they|right|yeah|no|innit)\s*\?",
            "alone herself himself themselves",
        ),
        (r"keep digging\b[^\n]{0,30}?graves? (?:are|is|get|gets) dug", "graves grave"),
        (
            r"(?:we'?ve|we have|i'?ve|i have|we|i) got (?:your|ur) (?:number|address|home"
            r" address|phone number|details)[^.!?\n]{0,40}?(?:free time|spare time|patience"
            r"|friends|time on (?:our|my) hands)",
            "number address details",
        ),
        (
            r"(?:getting used to|get used to|used to) (?:an? )?(?:empty|cold|lonely) (?:side of"
            r" the bed|bed|house|chair)",
            "empty cold lonely",
        ),
        (
            r"(?:nobody|no one|no-one) (?:will|would|'?ll|is going to) miss (?:one more|another"
            r"|a single|one|yet another) (?:journalist|reporter|editor|anchor|activist|critic"
            r"|judge|patrakar)",
            "miss",
        ),
        # the two-hundred-and-second round (the 1098th set, a fire in the Rohingya camp):
        # "Agli baar koi bachna nahi chahiye" (not "Agli baar fire safety ka intezaam ...");
        # "Inko wapas Myanmar ki aag mein phek do" (not "... aag mein mat dhakelo"); "...
        # infiltrator in disguise, burn the lot" after "every one of them" (not "burn the
        # lot, the manifesto's rubbish"); "inko toh chuha maar dawai ki tarah khatam karna
        # chahiye" (not "... chuhe bahut hain, dawai dalwani padegi")
        (
            r"(?:agli baar|next time|is baar) (?:koi|ek bhi|ek) (?:bhi )?(?:bachna|bache|bachega"
            r"|bachni|zinda) (?:nahi|na|nhi) (?:chahiye|paaye|paye|bachna chahiye)",
            "bachna bache bachega bachni zinda",
        ),
        (
            r"(?:inko|unko|inhe|unhe|isko|usko|sabko|in logon ko|un logon ko)[^.!?\n]{0,30}?"
            r"(?:aag|bhatti|chita) (?:mein|me) (?:phek|phenk|fenk|daal|jhonk|jhok) (?:do|dena"
            r"|denge|dalo|dijiye)",
            "aag bhatti chita",
        ),
        (
            r"(?:every one of them|all of them|each one of them|them all)\b[^.!?\n]{0,60}?,? burn"
            r" (?:the lot|them all|them|every one)(?=\s*(?:[.!]|$))",
            "burn",
        ),
        (
            r"(?:inko|unko|inhe|unhe|in logon ko|sabko|in sabko)[^.!?\n]{0,20}?(?:chuha maar"
            r"|chuhe maar|chuhamaar|keede maar|keedemaar|rat poison|pesticide) (?:dawai |dawa"
            r" )?(?:ki tarah|jaise)[^.!?\n]{0,20}?(?:khatam|saaf|maar|mita)",
            "chuha chuhe chuhamaar keede keedemaar poison pesticide",
        ),
        # the two-hundredth round, veiled threats in Hinglish an eleventh time (the 1093rd
        # set, none of 8 held at first sight): "tum bhi chale jaoge, hamesha ke liye" (not
        # "... transfer pe"); "studio tak pahunchne ka rasta soch lena" (not "... Google pe
        # dekh lena"); "har baar police saath nahi hogi" (not "har baar press release se kaam
        # nahi chalega"); "Aaj raat neend achhi aayegi na aapko? Dekhte hain." (not "... Itna
        # bada award jeeta hai"); "Ghar walon ko bol do ki intezaar na karein." (ending there:
        # not "... dinner pe intezaar na karein, meeting lambi chalegi")
        (
            r"(?:chale|chala|chali|nikal) (?:jaoge|jaaoge|jayega|jaayega|jaegi|jayegi|jaogi"
            r"|jaaogi|jaoge),? (?:hamesha ke liye|sada ke liye|duniya se|upar)",
            "hamesha sada duniya upar",
        ),
        (
            r"(?:pahunchne|aane|jaane|lautne|ghar jaane|wapas jaane|nikalne) ka rasta (?:soch"
            r" (?:lena|lo|samajh ke)|sambhal ke (?:chunna|dekhna))",
            "rasta",
        ),
        (
            r"(?:har baar|hamesha|roz|har din|har waqt) (?:aapke |tumhare |tere |uske |iske )?"
            r"(?:police|security|bodyguard|bodyguards|gunman|suraksha|commando)(?: \w+)? (?:saath"
            r"|sath|bachane) (?:nahi|nahin|nhi) (?:hogi|hoga|honge|rahegi|rahega|aayegi|aayega"
            r"|aayenge)",
            "police security bodyguard bodyguards gunman suraksha commando",
        ),
        (
            r"neend (?:\w+ )?(?:aayegi|aaegi|ayegi|aati hai|aa rahi hai) na(?: aapko| tumhe"
            r"| tujhe)?\s*\?+\s*dekhte hain",
            "neend",
        ),
        (
            r"(?:ghar walon|gharwalon|ghar waalon|family|biwi|maa|bachchon) ko bol (?:do|dena|de)"
            r" (?:ki )?(?:intezaar|intezar|intazaar) (?:na|mat) (?:karein|karo|kare|karen"
            r"|karna)(?=\s*(?:[.!]|$))",
            "intezaar intezar intazaar",
        ),
        # a place of worship to get "more than calls" (the 1089th set: "The gurdwara should
        # get more than calls, if you ask me"; not "... is already getting calls")
        (
            r"(?:gurdwaras?|mosques?|masjids?|temples?|mandirs?|synagogues?|churches|church)"
            r" (?:should|deserves? to|needs? to"
            r"|ought to) get (?:a lot |a bit |something )?more than (?:calls|phone calls|letters"
            r"|emails|threats|words|a warning|warnings|angry calls|graffiti)",
            "gurdwara gurdwaras mosque mosques masjid masjids temple temples mandir mandirs"
            " synagogue synagogues churches church",
        ),
        # the crowd to deal with them itself (the 1083rd set: "kanwariye khud samjha denge
        # inko, police ki zaroorat nahi"; not "police ki zaroorat nahi, parking khud dekh
        # lenge")
        (
            r"(?:samjha|sikha|nipat|theek kar|sudhaar|sudhar|sabak sikha) (?:denge|lenge|dege"
            r"|lege)\b[^.!?\n]{0,25}?police ki (?:koi )?(?:zaroorat|jarurat|zarurat|jaroorat)"
            r" (?:nahi|nahin|nhi)",
            "zaroorat jarurat zarurat jaroorat",
        ),
        # a crowd's beating praised and called a lesson (the 1080th set: "Noida walon ne sahi
        # kiya, inko yahin sabak sikhana zaroori tha"; not "court ne sahi kiya", the law's)
        (
            r"(?:walon|wale|waalon|logon|public|janta|bheed|mob|gaon|mohalle) ne (?:bilkul )?"
            r"(?:sahi|accha|achha|theek) (?:kiya|kia)[,.!]? (?:\w+ ){0,2}?(?:inko|unko|inhe|unhe"
            r"|in logon ko|un logon ko|aise logon ko) (?:\w+ )?(?:sabak sikhana|sabak sikhaana"
            r"|sabak milna|yahi sabak)",
            "sabak",
        ),
        # a disabled MP wished unborn, or put down (the 866th set): "People like him should
        # have been aborted", "Put him down like a lame horse" (not "aborted the launch",
        # "put him down for the five-a-side team")
        (
            r"(?:people like (?:him|her|you|u|them)|(?:he|she|you|u|they)) should(?:'?ve| have)"
            r" been aborted"
            # ... or screened out ("People like her should have been screened out before
            # birth", round 579, of a deaf actress; not "candidates like him should have been
            # screened out", a job's)
            r"|(?:people|kids|children|babies|ones) like (?:him|her|you|u|them|that)"
            r" should(?:'?ve| have) been (?:screened|weeded|filtered) out (?:before (?:birth"
            r"|they were born|(?:she|he) was born)|in the womb|at birth)"
            # ... or that their mother had aborted them: "Every time Rahul Gandhi opens his
            # mouth I wish his mother had aborted him" (round 491; not "her mother had
            # aborted her first pregnancy", nor a wish for something else before it)
            r"|(?:(?:wish|wished|hope|if only|shame|pity|too bad)\b[^.!?\n]{0,20}?"
            r"(?:his|her|their|your|ur) (?:mother|mom|mum|maa|parents)(?:(?: had|'d| would have)?"
            r" aborted| (?:didn'?t|did not|never|wouldn'?t) abort(?:ed)?)"
            r"|(?:his|her|their|your|ur) (?:mother|mom|mum|maa|parents) (?:should|ought to|must)"
            r"(?:'?ve| have| of) aborted) (?:him|her|them|you|u)"
            r"(?! (?:\w+ )?(?:pregnanc|baby|babies|child|foetus|fetus|twin))"
            # (an order or a wish: not "Vets put him down like a dog, the owner said")
            r"|(?:^|(?<=[.!?,;:]\s)|(?<=should\s)|(?<=must\s)|(?<=just\s))put"
            r" (?:him|her|them|you|u) down like (?:a |an )?(?:lame |sick |rabid |old )?"
            r"(?:dog|horse|animal|cat)",
            "aborted abort horse dog animal cat screened weeded filtered",
        ),
        # a people sent away to the last one: "... wapas bhejo, ek bhi na bache" (the 852nd
        # set; not "ek bhi paisa nahi bachega", money)
        (
            r"(?:wapas bhejo|vapas bhejo|nikalo|nikaalo|nikaal do|nikal do|bhagao|bhaga do)"
            r",? ek bhi (?:na|nahi|nahin) (?:bache|bachna chahiye|bachne paye)",
            "bache bachna bachne",
        ),
        # ... and in Bengali: "Oder meyeder ke tule niye ja, tahole bujhbe" (the 852nd set;
        # not "bag ta tule niye ja")
        (
            r"(?:oder|ora|ader|tader|ei|egulor) (?:\w+ )?(?:meyeder|meyera|bouder|bon|meye)"
            r" ?(?:ke|der) (?:tule|tuley) (?:niye ja|nie ja|niye jao|nie jao|ne|nao|anbo|nebo)",
            "meyeder meyera bouder meye",
        ),
        # ... or to be silenced: "usko to utha lena chahiye, phir dekho kaise chup hoti hai"
        # (the 850th set, in Devanagari; not "usko bhi utha lena station se", a lift)
        (
            r"(?:isko|usko|ise|use|inko|unko|inhe|unhe) (?:\w+ ){0,2}?(?:utha|uthwa|uthva)"
            r" (?:lo|lena chahiye|lena chahie|lena|lenge|do)[^.!?\n]{0,30}?(?:chup|sudhar"
            r"|sudhregi|sudhrega|seedhi|seedha) (?:ho|hoti|hota|hogi|hoga|ho jayegi|ho jayega"
            r"|ho jaegi|ho jaega)",
            "chup sudhar sudhregi sudhrega seedhi seedha",
        ),
        # whoever opposes, to be cut down: "jo is bill ka virodh kare usko sadak par kaat
        # dalo" (the 850th set, in Devanagari; not "usko kaat dalo", of a tree)
        (
            r"jo (?:\w+ ){1,8}?(?:kare|karega|karegi|karein|karta hai|karti hai|bole|bolega"
            r"|bolta hai) (?:usko|use|unko|unhe) (?:\w+ ){0,3}?(?:kaat|maar|jala|latka|thok)"
            r" (?:do|dalo|daalo|dena chahiye|denge)",
            "kaat maar jala latka thok",
        ),
        # (a pronoun alone, only with "one day": "usko bhi uthwa lo airport se" is a lift)
        (
            r"(?:(?:is|iss|us|uss|ye|yeh|wo|woh) (?:ladki|aurat|reporter|patrakar|activist|bachi"
            r"|bacchi) ko (?:\w+ ){0,3}?(?:uthwa|uthva|uthawa|uthwaa) (?:lo|do|lena|dena|lenge"
            r"|lunga|denge|dunga|liya jaye|lijiye)|(?:isko|usko|ise|use|isey|usey|inko|unko|inhe"
            r"|unhe) (?:\w+ ){0,2}?(?:uthwa|uthva|uthawa|uthwaa) (?:lo|do|lena|dena|lenge|lunga"
            r"|denge|dunga) (?:ek|kisi) din)",
            "uthwa uthva uthawa uthwaa",
        ),
        # "Next time aim for the whole family" (not "aim for conviction, not just arrest", nor
        # "next time get the whole family a ticket")
        (
            r"next time,? (?:aim for|go for|target|take out|hit|shoot|burn|kill)"
            r" (?:the|his|her|their) (?:whole |entire )?(?:family|families|kids|children|son"
            r"|sons|daughters?|wife|husband|lot)",
            "next",
        ),
        # the hundred-and-eighty-fourth round (sets 1043-1048, whole evenings): a woman
        # officer's car number and home posted to a group "for the boys" ("Iski gaadi ka
        # number aur ghar ka pata group mein daal diya hai"; not "Ghar ka pata group mein
        # daal diya hai, shaadi mein zaroor aana": one's own, an invitation), and the same
        # in English ("I've posted her home address in the group chat"); a taking away
        # wished with impunity ("Isko toh uthwa lena chahiye tha ..., kaun poochta"; not
        # "isko police ko uthwa lena chahiye", an arrest asked for)
        (
            r"(?:iski|uski|iska|uska|inki|unki|inka|unka|(?:is|us) \w+ (?:ki|ka))"
            r" [^.!?\n]{0,30}?(?:ghar ka pata|ghar ka address|ghar ke address|gaadi ka number"
            r"|gadi ka number|gaadi number|car number) (?:\w+ ){0,3}?(?:group"
            r"|groups|whatsapp|telegram) (?:mein|me|pe|par) (?:daal|dal|bhej|share kar|forward"
            r" kar|post kar) (?:diya|di|diye|dena|do|denge|dunga)",
            "group groups whatsapp telegram",
        ),
        (
            r"(?:i'?ve|i have|we'?ve|we have|i|we|just) (?:just )?(?:posted|shared|put|dropped"
            r"|leaked|sent) (?:her|his|their|(?:this|that|the) \w+'?s) (?:home |house )?(?:address"
            r"|number plate|car number|car reg) (?:in|on|to|into) (?:the |our |a )?(?:group"
            r"|group chat|chat|telegram|whatsapp|channel)(?![^.!?\n]{0,40}?(?:flowers|cards"
            r"|gifts|invitations?|wedding))",
            "group telegram whatsapp",
        ),
        (
            r"(?:isko|usko|ise|use|isey|usey|inko|unko|inhe|unhe) (?:\w+ ){0,2}?(?:uthwa|uthva"
            r"|uthawa|uthwaa) (?:lena|dena|lo|do) (?:chahiye|chaiye)(?: tha)?[^.!?\n]{0,30}?kaun"
            r" (?:poochta|puchta|poochega|puchega|pooch raha|puch raha)",
            "uthwa uthva uthawa uthwaa",
        ),
        # the 1054th set, long comments with one line of abuse: "the reporter who wrote this
        # puff piece should be found in a ditch" (not "the car will end up in a ditch if it
        # snows", nor "the missing dog should be found in the river soon": a person, and a
        # wish); "Next time I'd happily drive straight through the lot of them" (not "drive
        # straight through the night")
        (
            r"(?:he|she|you|u|they|(?:the|this|that) (?:reporter|journalist|writer|author|editor"
            r"|anchor|hack|columnist|minister|mp|mayor|judge|councillor)(?: who [^.!?\n]{1,40}?)?)"
            r" (?:should|deserves? to|needs? to|ought to) be found (?:dead |face ?down )?in (?:a"
            r"|the) (?:ditch|river|canal|gutter|shallow grave|body ?bag|morgue|nala|naala)",
            "ditch river canal gutter grave bag bodybag morgue nala naala",
        ),
        (
            r"(?:i'?d|i would|i will|i'?ll|i'?m gonna|gonna|we should|should just|just)"
            r" (?:happily |gladly |gleefully |cheerfully )?(?:drive|plough|plow|run) (?:my \w+ )?"
            r"(?:straight |right )?(?:through|into|over) (?:the lot of them|them all|all of them"
            rf"|the lot(?! of)|these protesters|those protesters|the protesters|these \w+"
            r" protesters)"
            rf"{_NOT_AT_THE_POLLS}",
            "drive plough plow run",
        ),
        # names written down for a reckoning: "uska naam likh ke rakho, time aane pe hisaab
        # hoga" (the 1053rd set; not "hisaab likh ke rakho, tax bharte waqt kaam aayega":
        # accounts), "write down their names, there will be a reckoning"
        (
            r"(?:naam|naamon ki list|list|names) (?:\w+ ){0,2}?(?:likh ke|likh kar|likhke"
            r"|note kar ke|note karke|yaad) (?:rakho|rakhna|rakh lo|rakhenge|rakh rahe hain)"
            r"[^.!?\n]{0,40}?(?:hisaab|hisab|badla) (?:hoga|karenge|chukayenge|liya jayega|lenge"
            r"|barabar hoga)"
            r"|(?:write down|note down|keep a list of|make a list of|taking down|remember)"
            r" (?:their|the|all the|those|these) names[^.!?\n]{0,40}?(?:(?:a|the) day of reckoning"
            r"|there will be a reckoning|reckoning is coming|(?:they|you) will (?:all )?pay)"
            # (not "remember their names at the next election, they will pay at the ballot
            # box": a vote)
            r"(?! (?:at|in|on|by) (?:the )?(?:ballot|polls?|elections?|next election|vote"
            r"|voters))(?![^.!?\n]*\b(?:election|elections|vote|votes|voters|ballot|polls)\b)",
            "hisaab hisab badla reckoning",
        ),
        # legs broken wished with relish: "Somebody's going to break that thing's legs at the
        # next meet and I won't cry" (not "that staircase will break someone's neck and the
        # council won't care")
        (
            r"(?:break|breaks|smash|smashes|snap|snaps) (?:her|his|their|its|(?:this|that) \w+'?s)"
            r" (?:legs?|neck|jaw|kneecaps?|skull|arms?|face)[^.!?\n]{0,40}?(?:and )?(?:i|we)"
            r" (?:won'?t|wouldn'?t|will not|would not) (?:cry|weep|shed a (?:single )?tear|mind"
            r"|complain|lose sleep)",
            "legs leg neck jaw kneecap kneecaps skull",  # (not "face", "arms": too common)
        ),
        # the two-hundred-and-twenty-second round, veiled threats in English a fourteenth
        # time (the 1138th set, 2 of 8 at first sight): the reader's routine known, with the
        # danger beside it ("Reporter lady takes the 7:40 train every morning. Someone should
        # tell her how crowded that platform edge gets"; not "... That commute sounds
        # brutal")
        (
            r"(?:reporter|journalist|anchor|editor|columnist|writer|lady|she|he|you|u|your"
            r" (?:wife|husband|daughter|son|kids?|mum|mom|dad))\b[^.!?\n]{0,30}? (?:takes?"
            r"|catch(?:es)?|gets?|leaves? on|waits? for|walks? to) the (?:\d{1,2}[:.]\d{2}|early"
            r"|last|same|first) (?:train|bus|tube|ferry|tram)\b[^\n]{0,100}?(?:platform edge"
            r"|edge of the platform|crowded|pushed|shoved|slip|accident|accidents)",
            "train bus tube ferry tram",
        ),
        # one more piece, and the writer will need more than an editor ("Write one more piece
        # like this and you'll need more than an editor"; not "... a bigger inbox")
        (
            r"(?:one more|another) (?:piece|article|column|story|report|word|post|tweet|video"
            r"|headline|op-?ed)\b[^.!?\n]{0,30}? (?:and|&) (?:you'?ll|you will|u'?ll|u will"
            r"|she'?ll|she will|he'?ll|he will) need (?:more than (?:an editor|a fact[- ]?checker"
            r"|an apology|a spell ?check(?:er)?|a lawyer)|(?:a|an) (?:doctor|ambulance|bodyguard"
            r"|surgeon|hospital bed|wheelchair|coffin|priest|security detail|new face|dentist"
            r"|plastic surgeon))",
            "need",
        ),
        # accidents said to befall those who write what the reader writes ("People who write
        # what you write tend to have accidents. Just saying."; not "... tend to win awards",
        # nor "older people tend to have accidents on icy pavements": no one is named)
        (
            r"(?:like (?:you|u|her|him|them|yours)|what (?:you|u|she|he|they) (?:writes?|says?"
            r"|reports?|posts?|does|do|publishes|publish)|who (?:write|report|ask|publish|speak"
            r"|talk|post)\b[^.!?\n]{0,30}?) (?:tend to|often|usually|sometimes|always|have a way"
            r" of|have a habit of|seem to) (?:have|get|meet with|suffer|end up (?:having|in))"
            r" (?:(?:nasty|little|terrible|unfortunate|sudden|fatal|bad) )?(?:accidents?|mishaps?"
            r"|falls|car crashes|fires)",
            "accident accidents mishap mishaps falls crashes fires",
        ),
        # the reader's address in hand, and good night wished ("We've got your byline, your
        # photo and your postcode. Sleep well."; not "... your column every Sunday. Keep
        # going")
        (
            r"(?:we'?ve got|we have|i'?ve got|i have|got|we know|i know) your\b[^.!?\n]{0,60}?"
            r"(?:postcode|post code|address|pin ?code|house number|street|front door|number"
            r" plate|school|daughter'?s school|son'?s school)\b[^\n]{0,40}?(?:sleep well|sleep"
            r" tight|sweet dreams|see you soon|be seeing you|watch your back|lock your"
            r" doors?|say hi to (?:the|your) (?:family|kids|wife|husband))",
            "postcode post address pincode pin house street door plate school",
        ),
        # the writer made the story ("It'd be a real shame if that pretty face ended up on
        # the front page instead of under the headline"; not "... if that pretty garden ended
        # up under the new bypass")
        (
            r"(?:shame|pity|tragedy) if (?:that|your|ur|her|his) (?:pretty |lovely |nice"
            r" |little |sweet )?(?:face|self|name|family|kids?|children|daughter|son|wife"
            r"|husband)\b[^.!?\n]{0,20}?(?:ended up|end up|ends up|became|become|turned up|were"
            r"|was) (?:the (?:story|headline|news)|on the front page|in the (?:news|papers"
            r"|obituaries)|a headline|in the obituary)",
            "shame pity tragedy",
        ),
        # the car not to be started in a hurry, a journalist told so ("Don't start your car
        # too quickly tomorrow, journalist"; not "... tomorrow, the roads are icy, journalist
        # or not")
        (
            r"(?:don'?t|do not|dont|never) (?:start|turn on|switch on) (?:your|ur) (?:car|engine"
            r"|scooter|bike|motor) (?:too )?(?:quickly|fast|in a hurry)(?: (?:tomorrow|today"
            r"|tonight|in the morning|this week|next time))?,? (?:journalist|reporter|madam"
            r"|anchor|editor|traitor|comrade|mate|pal|buddy|sweetheart|love|miss|mister|sir)"
            r"(?=[.!]*$|[.!]+ )"
            r"|(?:start|turn on|switch on) (?:your|ur) (?:car|engine|scooter|bike|motor)"
            r" without (?:checking|looking) (?:underneath|under(?:neath)? it|under the (?:car"
            r"|seat|bonnet|chassis))",
            "start turn switch",
        ),
        # the two-hundred-and-twenty-second round, veiled threats in Hinglish a thirteenth
        # time (the 1139th set, 2 of 8): the reader's road found lonely ("Bhai tera office ka
        # rasta ek hi hai na, sunsaan wala?"; not "... traffic wala? Main bhi wahi leta hoon")
        (
            r"(?:tera|teri|tumhara|tumhari|aapka|aapki|uska|uski|iska|iski) (?:office|ghar"
            r"|school|college|daftar|studio|dukaan|dukan|gali|mohalle)\b[^.!?\n]{0,20}?(?:rasta"
            r"|raasta|road|gali|rastaa)\b[^.!?\n]{0,30}?(?:sunsaan|sunsan|suna|sunna|andhera"
            r"|andheri|akela|akeli|khali|jungle)",
            "sunsaan sunsan suna sunna andhera andheri akela akeli khali jungle",
        ),
        # the reader's child's school far away, and care urged ("Patrakar ji, aapki beti ka
        # school bahut door hai, dhyan rakhiyega"; not "... bahut accha hai, meri bhatiji bhi
        # wahin padhti hai")
        (
            r"(?:aapki|aapka|aapke|teri|tera|tere|tumhari|tumhara|tumhare|uski|uska|uske) (?:beti"
            r"|beta|bete|bachche|bachchon|bacche|bachcho|biwi|wife|maa|behen|bhai)\b"
            r"[^.!?\n]{0,40}?(?:school|college|coaching|tuition|office|ghar|hostel)\b[^\n]{0,40}?"
            r"(?:dhyan rakhiyega|dhyan rakhna|dhyan rakhiye|dhyan rakhe|khayal rakhna|khayal"
            r" rakhiyega|khayal rakhiye|sambhal ke|sambhalke|bach ke|bachke|hoshiyar rehna)",
            "dhyan khayal sambhal sambhalke bach bachke hoshiyar",
        ),
        # the two-hundred-and-twenty-ninth round (the 1152nd set, long comments): a child to
        # be looked after, and the writing to be minded ("Apni beti ka dhyan rakhna aur thoda
        # soch samajh ke likha karo", after the journalist's school run; not "Apni beti ka
        # dhyan rakhna aur usko roz padhaya karo"), in English too ("Look after your kids and
        # be careful what you write")
        (
            r"(?:apni|apne|aapki|aapke|aapka|teri|tere|tera|tumhari|tumhare|tumhara) (?:beti"
            r"|beta|bete|bachche|bachchon|bacche|bachcho|biwi|wife|family|parivaar|pariwar)"
            r" (?:ka|ki|ke) (?:dhyan|khayal|khyal) (?:rakhna|rakho|rakhiye|rakhiyega|rakhein"
            r"|rakhe)\b[^.!?\n]{0,30}? (?:soch samajh ke|soch samajh kar|sambhal ke|dhang se"
            r"|tameez se|dekh ke|dekh kar|aukaat mein) (?:likha|likho|likhna|likhiye|bola|bolo"
            r"|bolna|boliye|report)"
            r"|(?:look after|take care of|keep an eye on|watch) (?:your|ur) (?:daughter|son|kids"
            r"|children|wife|husband|family|little girl|little boy)s?\b[^.!?\n]{0,10}? (?:and"
            r"|&) (?:be careful|think twice about|watch) what (?:you|u) (?:write|say|post"
            r"|publish|report)",
            "dhyan khayal khyal careful twice",
        ),
        # the two-hundred-and-thirty-third round (the 1156th set, long comments a second
        # time): rape to be taught a woman writer by men "not far from your office" ("Some
        # of us would be happy to teach you, ..."; not "happy to show you her book"), and
        # windows to go in at night "so be it, they will get the message" (not "... the
        # double glazing grant, so be it")
        (
            r"\brap(?:e|ed|ing|ist|ists)\b[^\n]{0,200}?(?:happy|glad|willing|ready|love) to"
            r" (?:teach|show) (?:you|her|u)(?=\s*[,.!]| a lesson| what it| how it)",
            "rape raped raping rapist rapists",
        ),
        (
            r"(?:windows?|doors?|cars?|shops?|shopfronts?) (?:going in|go in|get(?:ting)?"
            r" (?:smashed|broken|put in|torched|burnt|burned)|smashed|broken|put in|torched"
            r"|set alight)\b[^\n]{0,60}?(?:so be it|they'?ll get the message|they will get the"
            r" message|get the message)",
            "message",
        ),
        # the two-hundred-and-thirty-fourth round (the 1157th set): a threat reported and
        # cheered, with the lesson drawn ("... messages saying 'we know where you live'.
        # Good. Maybe she'll think before she writes next time"; not "Good. Maybe he'll think
        # before he votes next time")
        (
            r"\b(?:good|great|excellent|about time|serves (?:her|him|them) right)\s*[.!]+\s*"
            r"(?:maybe |perhaps |hopefully |now )?(?:she|he|they)(?:'ll| will| would)? (?:think"
            r"|learn|be careful)\b[^.!?\n]{0,30}?(?:before|what) (?:she|he|they) (?:writes?"
            r"|reports?|publish(?:es)?|tweets?|posts?)\b[^.!?\n]{0,20}?(?:next time|again"
            r"|another)",
            "writes reports publishes tweets posts write report publish tweet post",
        ),
        # a score never forgotten, and a meeting promised ("Hum log bhool jaate hain, par
        # hisaab kabhi nahi bhoolte. Milte hain."; not "... isliye mummy ne hisaab ki diary
        # rakhi hai")
        (
            r"(?:hisaab|hisab) (?:kabhi |bhi )?(?:nahi|nhi|na) (?:bhoolte|bhulte|bhoolenge"
            r"|bhulenge|bhoolta|bhulta)\b[^\n]{0,40}?(?:milte hain|milenge|dekh lenge|dekhenge"
            r"|yaad rakhna)",
            "hisaab hisab",
        ),
        # the brakes to be checked because nobody can be trusted ("Gaadi ke brake check karwa
        # lena madam, aajkal kisi pe bharosa nahi"; not "... baarish mein sadak fislan wali
        # hai")
        (
            r"brakes? (?:check|chek|jaanch) (?:karwa|karva|kara|karwana|karvana)\w* (?:lena|lijiye"
            r"|lo|lijiyega|rehna)\b[^\n]{0,40}?(?:bharosa|bharosaa|bharose|yakeen|bhrosa)"
            r" (?:nahi|nhi|na)",
            "bharosa bharosaa bharose yakeen bhrosa",
        ),
        # anything can happen in the city, a journalist told ("Raat ko ghar jaldi pahuncha
        # karo patrakar sahab, sheher mein kuch bhi ho sakta hai"; not "... beta, mummy wait
        # karti hai")
        (
            r"(?:patrakar|reporter|anchor|journalist|editor|madam|madamji)\b[^.!?\n]{0,40}?kuch"
            r" bhi ho sakta (?:hai|h)|kuch bhi ho sakta (?:hai|h),? (?:patrakar|reporter|anchor"
            r"|journalist|madam)(?: (?:ji|sahab|sahib|babu))?(?=[.!]*$|[.!]+ )",
            "patrakar reporter anchor journalist editor madam madamji",
        ),
        # many like the reader came and went ("Tere jaise kitne aaye aur gaye, tu bhi jayega,
        # dekh lena"; not "... par tu sabse accha captain hai", nor "kitne PM aaye aur gaye":
        # leaders come and go)
        (
            r"(?:tere|tumhare|tum|tujh) jaise (?:kitne|bahut|kai) aaye (?:aur|or) gaye,? (?:tu"
            r"|tum) bhi (?:jayega|jaoge|jayegi|jaayega|jaayegi)\b[^\n]{0,20}?(?:dekh lena"
            r"|dekhna|yaad rakhna|likh ke le)",
            "aaye",
        ),
        # the reader's name on a list, waiting for its time ("Tera naam list mein hai, bas
        # waqt ka intezaar hai"; not "... selection ho gaya bhai, party do")
        (
            r"naam (?:list|soochi|suchi|hit ?list|hitlist) (?:mein|me|par|pe) (?:hai|h)\b"
            r"[^.!?\n]{0,20}?(?:waqt|samay|time|din) ka intezaar",
            "intezaar intezar",
        ),
        # hands that will write no more ("Zyada likhega toh agli baar likhne layak haath nahi
        # rahenge"; not "... likhne ke liye kuch nahi bachega")
        (
            r"(?:likhne|bolne|type karne|chalne|khade hone|kaam karne) (?:layak|laayak|lyak"
            r"|laiq) (?:haath|hath|ungliyan|ungliyaan|zubaan|zuban|pair|taange|tangein|tange)"
            r" (?:nahi|nhi|na) (?:rahenge|bachenge|rahegi|bachegi|rahega|bachega|rahengi"
            r"|bachengi)",
            "layak laayak lyak laiq",
        ),
        # the two-hundred-and-twentieth round's evening (the 1136th set, Muslim vegetable
        # sellers barred from a village): fire called for on what a person earns by ("Jo
        # sabzi wala wapas aaye uske thele ko bhi aag laga do"; not "kachre ko aag laga do")
        (
            r"(?:uske|unke|inke|iske|uski|unki|inki|iski|sabke|in sab ke|un sab ke|aise logon ke)"
            r" (?:thele|thela|dukaan|dukan|dukano|dukanon|dukaanon|dukaane|ghar|gharon|makaan"
            r"|makan|gaadi|gaadiyon|rehdi|rehri|khokhe|khokha|stall|basti|jhuggi|jhuggiyon)"
            r"(?: ko| me| mein| pe| par)?(?: bhi)? aag (?:laga do|lagao|laga denge|lagado"
            r"|laga dena|lagayenge|laga di jaye)",
            "aag",
        ),
        # the two-hundred-and-twenty-fifth round, written after the fortieth session's first
        # rules to see whether they read a next round (none of its 36 abusive lines): veiled
        # threats in English a fifteenth time (the 1145th set, none of 8): a house "very
        # private" and its streetlight out; a file kept; a child's Saturdays and "lot of
        # strangers too"; sources quiet "after we pay them a visit"; insurance for "what's
        # coming"; "some only make one"; "get home safe, while you still can"; a mother who
        # lives alone and "anything could go wrong" (each twin in the same words kind)
        (
            r"(?:your|ur) (?:house|home|flat|place|street|cottage|garden)\b[^\n]{0,80}?(?:very"
            r" private|secluded|isolated|no neighbours|quiet street|quiet road)\b[^\n]{0,60}?"
            r"(?:shame|pity) about the (?:streetlights?|street ?lamps?|lights?|cctv|cameras?"
            r"|alarm|lock|gate) (?:being out|not working|being broken|is out|are out|broken)",
            "streetlight streetlights streetlamp streetlamps lights light cctv camera cameras"
            " alarm lock gate",
        ),
        (
            r"(?:we'?re|we are|i'?m|i am) keeping (?:a )?(?:file|files|dossier|record) on"
            r" (?:you|u|her|him)"
            r"|keep (?:writing|talking|posting|tweeting|reporting),? (?:we'?re|we are|i'?m|i am)"
            r" keeping (?:a |our )?(?:file|dossier|list|record)",
            "file files dossier record list",
        ),
        (
            r"(?:your|ur) (?:son|daughter|kids?|children|boy|girl|lad)\b[^\n]{0,80}?(?:on"
            r" )?(?:saturdays|sundays|every (?:saturday|sunday|morning|evening|day))\b"
            r"[^\n]{0,80}?(?:lots? of strangers|strangers too|anyone could (?:walk up|get close)"
            r"|nobody would notice|you never know who)",
            "strangers anyone nobody never",
        ),
        (
            r"(?:stop talking|go quiet|goes quiet|went quiet|shut up|change (?:their|his|her)"
            r" (?:minds?|tune|story)|retract|disappear|go silent)\b[^.!?\n]{0,30}?(?:after"
            r"|once|when) (?:we|i|the boys|our lads) (?:pay|paid|pays) (?:them|you|her|him) a"
            r" (?:little |friendly |quick |personal )?visit",
            "visit",
        ),
        (
            r"hope (?:your|ur) (?:insurance|health insurance|life insurance|policy|cover)"
            r" (?:covers|is good for|pays for|will cover) (?:what'?s coming|what is coming"
            r"|what'?s next|what happens next)",
            "insurance policy cover",
        ),
        (
            r"some (?:people )?only (?:get to )?make one\b[^\n]{0,40}?(?:think about (?:that"
            r"|it)|before (?:your|thursday'?s|monday'?s|tuesday'?s|wednesday'?s|friday'?s"
            r"|saturday'?s|sunday'?s|the next|tomorrow'?s) (?:\w+ )?(?:column|piece|article"
            r"|show|story|post|broadcast))",
            "one",
        ),
        (
            r"(?:get home|stay|keep|be) safe,? while (?:you|u) still can",
            "safe",
        ),
        (
            r"(?:your|ur) (?:mother|mum|mom|dad|father|grandmother|gran|nan|wife|daughter"
            r"|sister)\b[^.!?\n]{0,20}? lives? (?:alone|on (?:her|his) own|by (?:her|him)self)\b"
            r"[^\n]{0,60}?(?:anything could (?:go wrong|happen)|accidents happen|you never know"
            r"|anyone could (?:get|walk) in|easy to get (?:in|to her|to him))",
            "alone own herself himself",
        ),
        # the same round's evening (the 1144th set, a Kuki woman MP's speech on Manipur):
        # what was done to the two women paraded wished on her ("iska bhi wahi haal hona
        # chahiye jo un do auraton ka hua tha"; not "Delhi ka bhi wahi haal hoga jo Mumbai ka
        # hua baarish mein")
        (
            r"(?:iska|iski|uska|uski|tera|teri|inka|unka|is ladki ka|is aurat ka) bhi (?:wahi"
            r"|vahi|yahi) haal (?:hona chahiye|karna chahiye|kar do|karo|karenge) jo\b"
            r"[^.!?\n]{0,40}?(?:auraton|aurat|ladki|ladkiyon|patrakar|reporter|logon|gauri"
            r"|lankesh|dabholkar) (?:ka |ki |ke |ko )?(?:hua|kiya)",
            "haal",
        ),
        # the 330th-333rd rounds (the 1255th set, a councillor who voted for a mosque's
        # extension): the reader's house pointed out and a harm left unsaid ("Your house is
        # the one with the blue door ... isn't it. Lovely garden. Shame if anything happened
        # to it."; not "The mosque is the one with the blue door"); accidents said to find
        # those who "sell out" ("Funny how accidents happen to people who ..."; not "funny
        # how the council finds money"); a vote that the voter "won't be around" to cast
        # again; "plenty of us who know where you park"
        (
            r"(?:your|ur) (?:house|home|flat|place|car|office|shop)(?: is|'?s) the one"
            r" (?:with|on|near|next to|opposite|at)\b[^\n]{0,120}?(?:isn'?t it|right)\b"
            r"[^\n]{0,80}?(?:shame|pity) if (?:anything|something) (?:ever )?(?:happened"
            r"|happens|were to happen) to (?:it|them|her|him)",
            "shame pity",
        ),
        (
            r"funny how (?:accidents|bad things|things) (?:happen|keep happening|tend to"
            r" happen) to (?:people|those|traitors|folk|men|women) (?:who|that|like (?:you"
            r"|u|him|her|that))",
            "accidents",
        ),
        (
            r"(?:keep|carry on|go on) (?:voting|writing|talking|doing|saying|reporting"
            r"|posting)\b[^.!?\n]{0,30}? and (?:one day |soon |someday )?(?:you|u|she|he)"
            r" (?:won'?t|will not|wont) be (?:around|here|alive|breathing) to",
            "around breathing",
        ),
        (
            r"(?:plenty|lots|loads) of us (?:who |that )?(?:know|have"
            r" seen|have watched) where (?:you|u|she|he|they) (?:live|lives|park|parks|sleep"
            r"|sleeps|work|works|pray|prays|drink|drinks)",
            "plenty lots loads",
        ),
        # the 1254th set: her photographs to be "morphed" and spread ("warna teri photo morph
        # karke viral kar denge"; not "uski photo morph karke viral ki gayi thi, case hua")
        (
            r"(?:teri|tumhari|tera|iski|uski|iska|uska|inki|unki) (?:photos?|pics?|tasveer"
            r"|tasveeren|videos?) (?:ko )?morph (?:karke|kar ke|kar kar|karkar)\b[^.!?\n]{0,30}?"
            r"(?:viral|daal|dal|post|upload|bhej) (?:kar )?(?:denge|dunga|dungi|karenge"
            r"|karunga|dege)",
            "morph",
        ),
        # the 338th-340th rounds (sets 1261-1263: Christians in Chhattisgarh, an RTI
        # activist threatened in Hinglish): "... warna jungle me hi dafna denge" (not
        # "kachra time pe uthao warna bimari failegi"); "ek din tumhari file bhi band ho
        # jayegi" (not "tumhari file bhi clear ho jayegi"); "tere jaise do aur the, ab unki
        # photo pe maala chadhti hai" (not "dadaji ki photo pe maala chadhti hai"); "apni maa
        # ka khayal rakh, ... raat ko akeli rehti hai na" (not "... checkup karwa le"); "Itna
        # imaandar banega to imaandari ke saath hi jalaya jayega" (not "... award bhi
        # milega")
        (
            r"(?:warna|varna|nahi to|nahin to|nhi to)\b[^.!?\n]{0,30}?(?:dafna|dafan kar"
            r"|gaad|zinda jala|jala|kaat|latka) (?:denge|dunga|dalenge|daalenge|diya jayega"
            r"|diye jayenge|dege)",
            "dafna dafan gaad jala kaat latka",
        ),
        (
            r"(?:tumhari|teri|tera|tumhara|aapki|aapka) (?:file|kahani|story|chapter|khata"
            r"|khel) (?:bhi )?(?:band|khatam|close|hamesha ke liye band) (?:ho jayegi"
            r"|ho jayega|ho jaegi|ho jaega|kar denge|kar di jayegi|kar diya jayega)",
            "file kahani story chapter khata khel",
        ),
        (
            r"(?:tere|tumhare|tum|tujh|aap) jaise\b[^.!?\n]{0,40}?(?:photo|photos|tasveer"
            r"|tasvir|tasveeron) (?:pe|par) (?:maala|mala|haar|maalaye) (?:chadhti|chadhta"
            r"|chadh|chadhi|chadhai|latakti|lagti)",
            "maala mala haar maalaye",
        ),
        (
            r"(?:apni|teri|tumhari|aapki) (?:maa|ammi|amma|behen|bahen|biwi|beti|mummy|mata"
            r"|dadi|nani)\b[^.!?\n]{0,40}?,? (?:raat ko )?akeli (?:rehti|rahti|hoti|jaati"
            r"|jati|aati|sota|soti) (?:hai|h)(?:,)? (?:na|naa|kya|hai na)\b",
            "akeli",
        ),
        (
            r"(?:itna|itni|itne|zyada|jyada)\b[^.!?\n]{0,30}?(?:banega|banegi|banoge"
            r"|karega|karegi|karoge|bolega|bolegi|bologe|likhega|likhegi|likhoge) to\b"
            r"[^.!?\n]{0,30}?(?:jalaya|dafnaya|maara|mara|kaata|gaada|latkaya|uthaya|khatam"
            r" kiya) (?:jayega|jaayega|jaega|jayegi|jaegi|jaoge|jaaoge)",
            "jalaya dafnaya maara mara kaata gaada latkaya uthaya khatam",
        ),
        # the 349th round (the 1272nd set, veiled threats to a judge in English, with
        # twins): a gated home whose gates "can be opened" (not "the court is public");
        # "we have your clerk's number ... and your daughter's college" (not "the clerk's
        # statement"); "Some go quicker than others, if you get my drift" (not "Some retire
        # quicker than others"); "pray his brakes work as well as his pen does" (not "check
        # his brakes, the car park is on a hill"); "We'll wait outside his house as long as
        # it takes" (not "wait for the appeal")
        (
            r"(?:lives?|living|stays?) (?:in|behind) (?:a |an |his |her |their )?(?:gated"
            r"|guarded|walled|secure)\b[^.!?\n]{0,40}?(?:gates?|guards?|walls?|fences?"
            r"|doors?) can be (?:opened|bribed|climbed|broken|jumped|got past|bought)",
            "gated guarded walled secure",
        ),
        (
            r"we (?:have|know|got|'?ve got) (?:your|ur)\b[^.!?\n]{0,80}?(?:your|ur)"
            r" (?:daughter|son|kids?|children|wife|husband|family|mother|mum|mom)'?s?"
            r" (?:college|school|route|address|office|house|work|gym|flat)",
            # (anchored on the family named: the places are in most comments)
            "daughter daughters son sons kids childrens wife wifes husband husbands family"
            " familys mother mothers mum mums mom moms",
        ),
        (
            r"some (?:go|leave|disappear|end up|die|vanish) (?:quicker|faster|sooner|earlier)"
            r" than others,? (?:if you get my drift|if you know what i mean|know what i mean"
            r"|get it|capisce|wink)",
            "quicker faster sooner earlier",
        ),
        (
            r"(?:pray|hope|better hope|trust) (?:that )?(?:his|her|your|ur|their) brakes"
            r" (?:work|hold|keep working|don'?t fail|are good)",
            "brakes",
        ),
        # the 356th round (the 1279th set, veiled threats to a woman MP in English, with
        # twins): a murdered MP named, "just saying" (not "and her foundation does incredible
        # work"); her surgery's day asked back, "Might bring friends" (not "Might pop in
        # about the bins"); a "higher price than an election. History is full of examples";
        # glass "so fragile these days"; "We're everywhere ... your street" (not "the
        # street. Remember your constituents")
        (
            r"(?:jo cox|david amess|gauri lankesh|daphne caruana galizia|daphne)\b"
            r"[^.!?\n]{0,40}?[.,]? (?:just saying|think about (?:it|that)|remember (?:her|him"
            r"|that)|if you get my drift|know what i mean)",
            "cox amess lankesh daphne",
        ),
        (
            r"(?:isn'?t it|right|aren'?t you|don'?t you)\?\s*(?:might|may|we'?ll|i'?ll|gonna)"
            r"\b[^\n]{0,30}?bring (?:some |a few )?(?:friends|mates|the lads|the boys|company)",
            "friends mates lads boys company",
        ),
        (
            r"(?:pay|paid|pays) a (?:higher|bigger|heavier|steeper) price than (?:an? |their"
            r" |his |her )?(?:election|seat|vote|votes|job|career)\b[^\n]{0,40}?(?:history is"
            r" full of|remember|just saying|ask)",
            "price",
        ),
        (
            r"(?:glass|windows?|windscreens?|tyres|tires|locks?) (?:is|are) so (?:fragile|easy"
            r" to (?:break|smash|slash|pick)|delicate|breakable) these days",
            "fragile break smash slash pick delicate breakable",
        ),
        (
            r"we'?re (?:everywhere|watching|always watching|all around you)\b[^\n]{0,80}?"
            r"(?:your (?:street|house|home|door|kids|children|car)\b|remember (?:that|this)"
            r" when you vote)",
            "everywhere watching",
        ),
        # the 364th round (the 1287th set, a fact-checker threatened in Hinglish, with
        # twins): "Aag lagne me kitna time lagta hai" (not "aag lagne pe bahar nikalne me");
        # "tujhe dhoondhne me hume ek din bhi nahi lagega" (not "tere purane video
        # dhoondhne me"); a channel to be renamed "shraddhanjali", "jaldi kaam aayega";
        # "apni maa se aakhri baar mil le" (not "dadi se aakhri baar milne gaya tha"); "Tera
        # address leak hua to kaun zimmedar hoga?" (not "... leak hua tha pichle saal")
        (
            r"(?:aag|fire) lagne (?:me|mein) (?:kitna|kitni der|zyada) (?:time|waqt|der)"
            r" (?:lagta|lagegi|lagega|lagti)",
            "aag",
        ),
        (
            r"(?:tujhe|tumhe|tumhein|tujhko|tumko|tere ghar ko|tera ghar) (?:dhoondhne|dhundhne"
            r"|dhoondne|dhundne|khojne) (?:me|mein) (?:hume |humein |hamein |hamko )?(?:ek din"
            r"|ek ghanta|zyada time|der|do din) (?:bhi )?(?:nahi|nahin|nhi) (?:lagega|lagegi)",
            "dhoondhne dhundhne dhoondne dhundne khojne",
        ),
        (
            r"(?:naam|photo|banner|poster|channel)\b[^.!?\n]{0,30}?(?:shraddhanjali"
            r"|shradhanjali|shradhanjli)\b[^.!?\n]{0,30}?(?:jaldi|jald|kaam aayega"
            r"|kaam aaega)",
            "shraddhanjali shradhanjali shradhanjli",
        ),
        (
            r"(?:apni|apne|teri|tere) (?:maa|ammi|papa|baap|biwi|bachchon|bachche|family|ghar"
            r" walon|ghar waalon)\w* (?:se|ko) (?:aakhri|akhri|aakhiri|last) (?:baar|bar|time)"
            r" (?:mil le|dekh le|milna|mil lena|dekh lena)",
            "aakhri akhri aakhiri",
        ),
        (
            r"(?:tera|teri|tumhara|tumhari) (?:address|ghar ka pata|number|location|photos?)"
            r" leak (?:hua|ho gaya|hui|ho gayi) to kaun zimm?edar (?:hoga|hai|hogi)",
            "leak",
        ),
        # the 368th round (the 1291st set, an editor threatened in Hinglish, with twins):
        # "Aapki beti ... school ke bahar roz dekhte hain" (not "school ke function me dekha
        # tha"); "haath hi nahi bachenge likhne ke liye" (not "kitaab ban jayegi"); "shaanti ka
        # bhi ek had hota hai, aur tum had paar kar chuke ho" (not "shaanti ka matlab chup
        # rehna nahi"); "kisi din koi gir gaya to?" (not "... gir gaya to zimmedar kaun?")
        (
            r"(?:aapki|teri|tumhari|aapke|tere|tumhare) (?:beti|bachchi|bitiya|biwi|wife|bete"
            r"|bachche|bachchon)\b[^.!?\n]{0,30}?(?:school|college|tuition|office|ghar) ke"
            r" bahar (?:roz |rozana |har din |daily )?(?:dekhte|milte|khade rehte) (?:hain|h|hai)",
            "bahar",
        ),
        (
            r"(?:haath|hath|ungliyan|ungliyaan|zubaan|zuban) (?:hi )?(?:nahi|nahin|nhi)"
            r" (?:bachenge|bachegi|bachega|rahenge|rahegi|rahega) (?:likhne|bolne|type karne)",
            "bachenge bachegi bachega rahenge rahegi rahega",
        ),
        (
            r"(?:shaanti|shanti|sabr|sabar|bardasht)\w* (?:ki|ka) bhi ek (?:had|seema) (?:hoti"
            r"|hota) (?:hai|h)\b[^\n]{0,40}?(?:tum|tu|aap|tumne|tune|aapne) (?:had|seema) paar"
            r" (?:kar chuke|kar di|kar chuka|kar li|kar rahe)",
            # (anchored on the patience named: "had" is also the English word)
            "shaanti shanti sabr sabar bardasht",
        ),
        (
            r"kisi din (?:koi|tum|aap|tu|kuch)\b[^.!?\n]{0,20}? (?:gir|fisal|gayab ho|jal)"
            r" (?:gaya|gaye|gayi|jaye|jaaye|jao) to\s*\?",
            "kisi",
        ),
        (
            r"(?:we'?ll|we will|i'?ll|i will|we are going to|we'?re going to|gonna) (?:be )?"
            r"(?:wait|waiting|stand|standing|sit|sitting|camp|camping) outside (?:his|her"
            r"|your|ur|their) (?:house|home|door|flat|gate|kids'? school|children'?s school)",
            "outside",
        ),
        # the 372nd round (the 1295th set, veiled threats to a principal who moved a
        # procession, with twins): someone's routine told, then where it is lonely ("Mrs Hale
        # ... parks behind the gym every morning at 7.40. Just saying it's a very quiet car
        # park"; "her husband works nights at the depot. Long nights, lonely roads"; not
        # "... parks behind the gym every morning, which is why the car park is full")
        (
            r"(?:she|he|her|his|your|ur|you|mrs \w+|mr \w+|ms \w+|husband|wife|son|daughter"
            r"|kids|children|mum|mom|dad)\b[^.!?\n]{0,80}?(?:every"
            r" (?:morning|night|evening|day|week|weekday)|works? (?:nights|late|the night"
            r" shift)|(?:walks?|drives?|cycles?) home|parks?)\b[^\n]{0,60}?[.!…] (?:(?:long"
            r"|late|cold|dark) nights?,? )?(?:just saying,? )?(?:it'?s |its |that'?s )?(?:a )?"
            r"(?:very |really |pretty |such a |nice )?(?:quiet|lonely|dark|empty|deserted"
            r"|isolated|secluded) (?:car ?park|road|roads|lane|lanes|street|streets|stretch"
            r"|path|spot|place|walk|drive)(?=[.!…]|$)",
            "lonely deserted isolated secluded quiet dark",
        ),
        # ... the way home known ("people remember faces, and they remember which way she
        # walks home"; not "they remember them at the governors' election")
        (
            r"(?:know|knows|remember|remembers|seen|watched|noticed|clocked) (?:exactly )?"
            r"(?:which way|what way|the way|the route|what route|which route|what time)"
            r" (?:she|he|you|u|they|your \w+|her \w+|his \w+) (?:walks?|drives?|goes|cycles?"
            r"|gets?|comes) home",
            "home",
        ),
        # the 407th round (the 1330th set, veiled threats to a woman columnist, with twins):
        # "pinned it on my wall next to your photo" (not "... next to the timetable"); "you'd
        # hate for anything to happen at 30,000 feet" (not "... to go wrong with the edit");
        # "have a habit of moving away suddenly. Or not moving at all" (not "... of getting
        # hired by the nationals"); "very interested in where you get your coffee every
        # morning" (not "... where you get your sources from"); "a shame if your family saw
        # some of the things we could post about you" (not "... if your editor cut the best
        # paragraph")
        (
            r"(?:pinned|stuck|put|hung|taped) (?:it |them )?(?:up )?on my (?:wall|fridge|ceiling"
            r"|mirror) next to (?:your|her|his) (?:photo|picture|face|pic)",
            "wall fridge ceiling mirror",
        ),
        (
            # (the one it would happen to "would hate" it: not "I'd hate for anything to happen
            # to you on the trip, stay safe")
            r"(?:you'?d|you would|she'?d|she would|he'?d|he would|they'?d|they would) hate for"
            r" (?:anything|something) to happen (?:to (?:you|u|her|him|them)|at|on|in)\b",
            "happen",
        ),
        (
            r"(?:have|has) a habit of (?:\w+ ){0,2}?(?:disappearing|vanishing|moving away"
            r"|having accidents|going missing|not waking up)\b[^\n]{0,30}?(?:or not moving at all"
            r"|for good|suddenly|permanently)",
            "habit",
        ),
        (
            r"(?:interested in|we know|we'?ve noticed|i'?ve noticed|watching|keeping an eye on)"
            r" where (?:you|u|she|he) (?:\w+ ){0,4}?(?:every|each) (?:morning|night|evening|day)",
            # (anchored on the watching, not on the day)
            "interested noticed watching eye know",
        ),
        (
            r"(?:shame|pity) if (?:your|ur|her|his) (?:family|wife|husband|kids|children|boss"
            r"|employer|parents|mum|mom) (?:saw|found|read|got)\b[^\n]{0,40}?(?:we|i) (?:could"
            r"|might|can|would) (?:post|share|send|leak|publish)",
            "shame pity",
        ),
        # the 403rd round (the 1326th set, a woman DM threatened in Hinglish, with twins):
        # "kabhi unki gaadi ke saamne bhi koi bulldozer aa gaya to?" (not "... kabhi neta ji
        # ke illegal farmhouse pe bhi chala do"); "roz subah 6 baje park me walk karti hain,
        # akele. Itni himmat achhi nahi" (not "... logon se milti hain"); "kuch wapas ghar
        # nahi pahunchte" (not "kuch apna naam chhod jaate hain"); "humein bhi pata hai inka
        # bangla kahan hai" (not "... court ka darwaza kahan hai"); "Madam ke bachche kaunsa
        # school jaate hain, bas poochh raha hoon" (not "... sarkari school jaate hain")
        (
            r"ke (?:saamne|samne|aage) (?:bhi )?koi (?:bulldozer|truck|dumper|tractor|tanker|bus)"
            r" aa (?:gaya|gayi|jaye|jaaye|jae) (?:to|toh)\b",
            "bulldozer truck dumper tractor tanker bus",
        ),
        (
            r"roz (?:subah|raat|shaam|sham)\b[^\n]{0,60}?(?:akele|akeli|akela)\b[^\n]{0,30}?"
            r"(?:himmat|hausla|bahaduri) (?:achhi|acchi|achi|theek|thik) (?:nahi|nhi|nahin)",
            "akele akeli akela",
        ),
        (
            # (never back home, said and left: not "Kuch log ghar nahi aate, hostel me rehte")
            r"(?:kuch|kai|bahut se) (?:log |afsar |patrakar |neta )?(?:wapas|vapas) ghar (?:nahi"
            r"|nhi|nahin) (?:pahunchte|pahunche|lautte|laute)(?=\s*(?:[.!…]|$))",
            "pahunchte pahunche lautte laute",
        ),
        (
            # ("we too know": not "Hume pata hai aapka office kahan hai, kal milne aayenge")
            r"(?:humein|hume|hamein|hamko|humko|hame) bhi pata hai (?:inka|unka|tera|tumhara"
            r"|aapka|madam ka|iska|uska|sahab ka|saheb ka) (?:bangla|bungalow|ghar|flat|makaan"
            r"|address)\w* kahan (?:hai|h)",
            "bangla bungalow ghar flat makaan address",
        ),
        (
            # (another's children, asked "for nothing": not "... bas pooch raha hoon admission
            # ke liye")
            r"(?:madam|sahab|saheb|sahiba|unke|inke|uske|iske|teri|tere|tumhare|aapke|dm|collector"
            r"|judge|reporter)\w* (?:ke )?(?:bachche|bacche|bachchon|beti|beta|bete|bitiya)\w*"
            r" (?:kaunsa|kaun se|kis) school (?:jaate|jaati|jata|jaata|padhte|padhti)\w*\b"
            r"[^\n]{0,40}?(?:bas|sirf) (?:pooch|puchh|poochh|puch)\w* (?:raha|rahe|rahi)\b"
            r"[^\n]{0,20}?(?:koi khaas baat nahi|aise hi|yunhi|bas aise|kuch nahi)",
            "school",
        ),
        # ("Keep talking, love. Every word you write is another reason.", the 1322nd set;
        # not "... another reason to change the policy")
        (
            r"every (?:word|post|comment|article|line|tweet) (?:you|u) (?:write|post|say"
            r"|publish|tweet)s? is (?:another|one more) reason(?=\s*(?:[.!…]|$))",
            "reason",
        ),
        # the 399th round (the 1322nd set, replies to those who said who they are, with
        # twins): "Your shop's insurance probably doesn't cover everything" (not "... claim
        # will be read by everyone"); "Screenshot taken. Faces remembered. See you at the
        # next march" (not "Quotes remembered. See you at the next council meeting"); "Bold
        # of you to post your real name and your town" (not "... your real name, most people
        # hide"); "You should be more careful, your profile says you jog by the river every
        # morning" (not "... says you volunteer")
        (
            r"insurance (?:probably |might not |may not |won'?t |wont |doesn'?t |does not |"
            r"can'?t )+(?:cover|covers) (?:everything|it all|what'?s coming|arson|fire|that)",
            "insurance",
        ),
        (
            r"(?:faces?|addresses|homes) (?:remembered|noted|saved|logged|recorded)\b[^\n]{0,40}?"
            r"see (?:you|u) (?:at|on|soon|around)",
            "remembered noted saved logged recorded",
        ),
        (
            r"bold of (?:you|u) to post (?:your|ur) (?:real |full )?name,? and (?:your |ur )?"
            r"(?:town|address|street|city|workplace|employer|village|postcode)",
            "bold",
        ),
        (
            r"(?:be (?:more )?careful|careful now|watch yourself)\b[^\n]{0,60}?(?:jog|jogs"
            r"|walk|walks|run|runs|cycle|cycles|drive|drives) (?:by|along|past|through|to) "
            r"[^.!?\n]{0,30}?every (?:morning|night|evening|day)",
            "careful yourself",
        ),
        # the 395th round (the 1318th set, veiled threats to a union leader, with twins):
        # "The strikers know which house. Might pay him a visit" (not "... know him well.
        # Might vote him out"); "Funny how scabs and their leaders always end up with broken
        # legs" (not "... end up with bonuses"); "His daughter's at the sixth form on Mill
        # Lane. Lots of us drive past it every day" (not "... she spoke at the rally"); "Tell
        # the general secretary that 1984 didn't end well for everyone. Some never came
        # home" (not "... for the miners. Read the history"); "Keep calling strikes, mate.
        # Accidents happen on picket lines" (not "Members lose pay every time")
        (
            r"(?:know|knows|knew|found out|find out) (?:which|what) (?:house|flat|door|address)"
            r"\b[^\n]{0,60}?(?:visit|call round|pop round|drop by|drop in|knock)",
            "house flat door address",
        ),
        (
            # (of people: not "Funny how these things always end up in the river")
            r"funny how\b[^\n]{0,40}?\b(?:people|they|those|folks?|anyone|leaders|scabs|critics"
            r"|journalists|reporters|judges|activists|snitches|grasses|whistleblowers|\w+ers"
            r"|\w+ists)\b[^\n]{0,30}?(?:end up|ends up|wind up|winds up) (?:with )?(?:broken"
            r" (?:legs|arms|bones|noses|jaws|kneecaps|windows)|in (?:hospital|a ditch|the canal"
            r"|the river|a wheelchair))",
            "funny",
        ),
        (
            r"(?:his|her|your|ur) (?:daughter|son|kids?|children)(?:'s| is| are|'re)? (?:at|in"
            r"|goes to|go to) (?:the )?[^.!?\n]{0,40}?(?:school|sixth form|college|nursery"
            r"|academy)\b[^\n]{0,60}?(?:drive|walk|go|cycle) past (?:it|there|every)",
            "past",
        ),
        (
            # (said and left: not "... some never came home from the war, and we remember")
            r"tell (?:him|her|them|the \w+(?: \w+)?) (?:that )?[^\n]{0,80}?(?:some|a few"
            r"|people|they|many) never (?:came|come|made it) (?:home|back)(?=\s*(?:[.!…]|$))",
            "never",
        ),
        (
            # (to someone called, or on a picket line: not "Keep working hard, accidents
            # happen when you're tired")
            r"keep (?:\w+ing)\b[^\n]{0,40}?(?:mate|pal|love|sunshine|sweetheart|darling|buddy"
            r"|son|lad)\W+accidents (?:happen|do happen|can happen)"
            r"|keep (?:\w+ing)\b[^\n]{0,40}?accidents (?:happen|do happen|can happen) (?:on|at"
            r"|near|outside) (?:the )?(?:picket|pickets|rallies|rally|protests?|marches|demos?"
            r"|strikes?)",
            "accidents",
        ),
        # the 388th round (the 1311th set, veiled threats to a woman columnist in English,
        # with twins): "Saw her at the Tesco on Park Road on Sunday. Much prettier in
        # person" (not "... at the book festival ... Much funnier in person"); "printing
        # presses aren't the only things that can catch fire" (not "... the only way to
        # reach readers"); "I know her better than she knows herself. We'll meet soon";
        # "She moved house last month, didn't she? New neighbourhood, new faces" (not "She
        # moved papers"); "people are reading her. Some of us take notes" (not "... share
        # her pieces at work")
        (
            # (at an everyday place: not "at the conference in London. Much younger in person")
            r"saw (?:her|him|you|u) (?:at|in|outside|near|by) (?:the |a |her |his |your )?"
            r"(?:tesco|asda|sainsbury'?s|aldi|lidl|co-?op|supermarket|shop|gym|station|bus stop"
            r"|park|school gates?|pub|cafe|coffee shop|market|car park|pharmacy|chemist|petrol"
            r" station)\b[^.!?\n]{0,60}?[.!] (?:she'?s |he'?s |you'?re )?(?:much |so |way"
            r" |even )?(?:prettier|cuter|hotter|sexier|tinier) in (?:person|real life)",
            "prettier cuter hotter sexier tinier",
        ),
        (
            r"(?:aren'?t|are not|isn'?t|is not) the only (?:things?|ones?|places?) (?:that|which"
            r"|who) (?:can |could |might )?(?:catch fire|burn|burn down|go up in flames|get"
            r" hurt|have accidents|disappear|get broken|break)",
            "fire burn flames hurt accidents disappear broken break",
        ),
        (
            r"i know (?:her|him|you|u) better than (?:she|he|you|u) knows? (?:herself|himself"
            r"|yourself)\b[^\n]{0,40}?(?:we'?ll|we will|i'?ll|i will) (?:meet|see (?:her|him"
            r"|you|u)) soon",
            "herself himself yourself",
        ),
        (
            r"(?:she|he|you|u) moved (?:house|flat|home|address|houses)\b[^\n]{0,40}?didn'?t"
            r" (?:she|he|you|u)\b[^\n]{0,40}?new (?:neighbourhood|neighborhood|faces|neighbours"
            r"|neighbors|street)",
            "moved",
        ),
        (
            r"(?:her|him|you|u|them)\b[^\n]{0,60}?some of us (?:take|are taking|have taken|keep"
            r"|are keeping) (?:notes|a list|lists|records|a file|files)\b",
            "notes list lists records file files",
        ),
        # the 384th round (the 1307th set, veiled threats to a councillor in replies, with
        # twins): "Hope the councillor enjoys her new windows. We'll be sending more" (not
        # "... enjoys the recall petition"); "She should check under her car before the
        # school run" (not "check the minutes"); "Your kids walk to school past the canal,
        # don't they? Terrible how many accidents happen there" (not "... how the council
        # hasn't put a fence up"); "Enjoy the protection while it lasts, officers go home at
        # some point" (not "Enjoy the protection of the standards committee while it lasts")
        (
            r"(?:enjoy|enjoys|enjoying|like|likes|liking|loves?) (?:her|his|your|ur|their) new"
            r" (?:windows|windscreen|tyres|tires|front door|door|paint job)\b[^\n]{0,40}?(?:more"
            r"|again|next)\b",
            "windows windscreen tyres tires door",
        ),
        (
            # (told as a tip: not "Check under your car before you start it in winter")
            r"check(?:s|ing)? under (?:her|his|your|ur|their) (?:car|van|vehicle|motor)\b"
            r"[^\n]{0,60}?(?:friendly tip|just saying|just a tip|just in case|for (?:her|his|your"
            r"|ur|their) own (?:good|safety)|you never know|never know)",
            "under",
        ),
        (
            r"(?:your|ur|her|his) (?:kids?|children|son|daughter|wife|husband)\b[^\n]{0,80}?"
            r"(?:terrible|awful|shame|scary|funny|sad) how (?:many |often )?(?:accidents?"
            r"|drownings?|things) (?:happen|happens)",
            "accident accidents drowning drownings",
        ),
        (
            r"enjoy (?:the|your|ur|her|his|their) (?:police )?(?:protection|security|bodyguards?"
            r"|escort|guards?)(?! of)\b[^\n]{0,10}?while (?:it|they) lasts?",
            "protection security bodyguard bodyguards escort guard guards",
        ),
        # the 377th round (the 1300th set, a whistleblowing doctor threatened in Hinglish,
        # with twins): the road home lonely, take care ("hospital se ghar ka raasta 12 km ka
        # hai, beech me jungle bhi padta hai. Dhyan se aaya jaaya kijiye"; not "... sadak bhi
        # tooti hai"); how long the clinic stays open, we'll see ("ab teri clinic ka shutter
        # kab tak utha rahega dekhte hain"; not "ab jaanch committee kab tak report degi");
        # the child taught too ("tere bacche ko bhi whistle bajana sikha denge"); the
        # families of those who spoke asked where they are now ("unke ghar walon se poochh lo
        # ab kahan hain"); the brakes checked, mechanics can't be trusted these days
        (
            r"(?:raasta|rasta|raste|road|sadak)\b[^.!?\n]{0,60}?(?:jungle|sunsaan|sunsan"
            r"|veeran|viraan|andhera|andheri)\b[^\n]{0,40}?(?:dhyan se|dhyaan se|sambhal ke"
            r"|sambhalke|bach ke|bachke|dekh ke) (?:aaya|aana|jaaya|jaana|chala|chalna|aaiye"
            r"|jaiye|rehna|aaya jaaya)",
            "jungle sunsaan sunsan veeran viraan andhera andheri",
        ),
        (
            r"(?:teri|tera|tere|tumhari|tumhara|tumhare|aapki|aapka|aapke) (?:\w+ ){0,3}?kab"
            r" tak (?:\w+ ){0,3}?(?:rahega|rahegi|rahenge|chalega|chalegi|bachega|bachegi)\b"
            r"[^.!?\n]{0,10}?dekhte (?:hain|h|hai)",
            "kab",
        ),
        (
            r"(?:tere|teri|tumhare|tumhari|aapke|aapki) (?:bacche|bachche|bachchon|bachon|bete"
            r"|beti|biwi|ghar walon|gharwalon|parivaar)\w* ko bhi (?:\w+ ){0,3}?(?:sikha|sikhha)"
            r" (?:denge|dege|dunga|doonga|deinge)",
            "sikha sikhha",
        ),
        (
            r"(?:unke|unki|uske|unka|iske|inke) (?:ghar walon|gharwalon|parivaar|family|maa"
            r"|biwi|bachchon|bacchon)\w* se (?:puchh|pooch|poochh|puch)\w* (?:lo|lena|liya"
            r"|lijiye)\b[^.!?\n]{0,10}?(?:kahan|kaha|kidhar) (?:hain|hai|h|gaye|gaya)",
            "puchh pooch poochh puch puchho poochho pucho poocho",
        ),
        (
            r"(?<!apni\s)(?<!apne\s)(?:gaadi|gadi|car|scooty|bike|scooter)\w* (?:ke|ka|ki)"
            r" (?:brake|brakes|break|breaks)\w* (?:\w+ ){0,2}?(?:check|chek) (?:karwa|karva"
            r"|kara|kar) (?:lena|lo|lijiye|liya karo)\b[^.!?\n]{0,30}?(?:aajkal|bharose"
            r"|bharosa|kuch bhi ho|kab kya)",
            "brake brakes break breaks",
        ),
        # ... a cost found by those who do such things ("Principals who cancel processions
        # sometimes find their schools need a lot of new windows"; not "... find the parents
        # vote them off the board")
        (
            r"(?:who|that) [^.!?\n]{0,60}? (?:sometimes |often |tend to |usually |always )?"
            r"(?:find|found|finds) (?:that )?(?:their|his|her|its|the) [^.!?\n]{0,30}?(?:needs?"
            r"|needing) (?:a lot of |lots of |some |a few |a couple of )?new (?:windows|tyres"
            r"|tires|windscreens?)",
            "windows tyres tires windscreen windscreens",
        ),
        # ... and a place admired, then a shame if something came of it ("Nice school. Be a
        # shame if the next assembly was interrupted by something she didn't plan for"; not
        # "Nice school. Be a shame if the next assembly was cancelled too")
        (
            r"(?:nice|beautiful|lovely|pretty|cute) (?:little |big |new )?(?:school|shop"
            r"|business|office|bakery|restaurant|cafe|clinic|salon|surgery|practice|stall"
            r"|studio|garden)[^.!?\n]{0,40}?[.…,] (?:it )?(?:(?:would|'?d|it'?d) )?be a (?:real"
            r" |terrible )?(?:shame|pity) if\b[^.!?\n]{0,50}?\b(?:something|anything|someone"
            r"|somebody)\b",
            "shame pity",
        ),
    ),
    "threat.self_harm": (
        # "uninstall life": gamers' "kill yourself"
        (r"uninstall (?:life|yourself|urself)", "uninstall"),
        # "sending you a rope, you know what to do with it"
        (
            r"(?:send|sending|sent|buy|buying|get|getting|give|giving) (?:you|u) a (?:rope"
            r"|noose)(?! (?:and (?:a )?harness|for (?:the |your )?(?:climb|climbing|trip|boat"
            r"|tent|swing)))",  # not "sending you a rope and harness for the climbing trip"
            "rope noose",
        ),
        (  # and the slang: "neck yourself", "unalive yourself", "end yourself" (not "kill
            # yourself laughing at the Fringe", the 824th set)
            r"(?:go )?(?:kill|hang|shoot|drown|end|neck|rope|unalive|off) (?:yourself|urself"
            r"|yourselves|ur self)(?! laughing| with laughter)",
            "yourself urself yourselves self",
        ),
        (r"kys", "kys"),
        # "delete your account and your life while you're at it", "delete yourself"
        (r"delete (?:yourself|urself|(?:your|ur) (?:\w+ and (?:your|ur) )?life)", "delete"),
        # "Go jump off a bridge" (not "jump off the bandwagon"); "Step off a tall building
        # and spare us the sob story" (the 823rd set; not "step off the bus at Westminster")
        (
            r"(?:go|just|pls|please) (?:and )?(?:jump|throw yourself) (?:off|in front of) (?:a|the)"
            r" (?:bridge|cliff|building|roof|train|bus|tall building)"
            rf"|(?:{SENTENCE_OPENS}|(?:go|just|pls|please) )step (?:off|in front of)"
            r" (?:a|the) (?:tall |high )?(?:bridge|cliff|building|roof|ledge|train|tower block)",
            "bridge cliff building roof train bus ledge",
        ),
        # "Go swallow a bottle of pills and stop attention seeking" (not "a bottle of pills and
        # a doctor's note got me through", nor "swallow your pride")
        (
            r"(?:go|just|pls|please|you should|u should) (?:and )?swallow (?:a bottle of|a"
            r" handful of|all (?:your|ur|the|of your)|your|ur) (?:\w+ )?(?:pills|tablets"
            r"|sleeping pills|painkillers)",
            "pills tablets painkillers",
        ),
        # "If you're that miserable, do everyone a favour and end it" (the 823rd set; the
        # reader's unhappiness named first: not "do everyone a favour and end this strike",
        # nor "it's sad the government won't end it")
        (
            r"(?:you'?re|you are|youre|ur|u r|you feel|you seem) (?:\w+ )?(?:miserable"
            r"|depressed|unhappy|suicidal|sad)[^.!?\n]{0,30}?(?:end it"
            r"|end it all|end your life|end yourself)(?![a-z])",
            "miserable depressed unhappy suicidal sad",
        ),
        # "you should drink bleach" (not "he told people to drink bleach")
        (
            r"(?:you|u|go|just) (?:should |could |need to |ought to )?(?:drink|swallow|eat)"
            r" (?:some |a )?(?:bleach|poison|rat poison|cyanide)",
            "bleach poison cyanide",
        ),
        # (not "go die in a ditch is what the troll wrote to me": a report; nor "the poor
        # people of our country who just die of hunger": what happens to them); "please die
        # asap" (TRAC-1 English train; not "please don't die"); "Die in a fire." said as an
        # order, opening its sentence (not "a man died in a fire")
        (
            r"(?:go die|(?<!who\s)(?<!they\s)(?<!which\s)(?<!that\s)(?<!people\s)just die"
            r"(?! of)|(?:please|pls|plz|plss) (?:just |go )?die(?! (?:for|with|laughing))"
            rf"|(?:{SENTENCE_OPENS})die in a (?:fire|ditch|hole|gutter))"
            r"(?! (?:in an? \w+ )?(?:is|was) what)",
            "die",
        ),
        # "do the world a favour and drink bleach" (not "told people to drink bleach", "do
        # everyone a favor and delete this thread")
        (
            r"do (?:us|me|us all|the world|everyone|everybody|humanity|society|the country) a"
            r" favou?r,? (?:and |by |just )?(?:(?:go )?(?:die|dying)|drink(?:ing)? (?:some |a )?"
            r"(?:bleach|poison|acid)|kill(?:ing)? (?:yourself|urself)|stop breathing"
            r"|off (?:yourself|urself)|drop(?:ping)? dead)",
            "favour favor",
        ),
        # "go play in traffic", "eat a bullet" (not "eat a bullet-proof vest"? no such thing
        # is said: "bullet" ends the phrase)
        (
            r"(?:go|just|pls|please) (?:and )?play (?:in|on) (?:the )?(?:traffic|highway"
            r"|freeway|motorway|railway tracks|tracks)",
            "traffic highway freeway motorway tracks",
        ),
        (
            rf"(?:{SENTENCE_OPENS}|(?:go|just|pls|please|you should|u should) )eat a"
            r" bullet",
            "bullet",
        ),
        # "doob ke mar ja": go drown yourself (not "doob ke mar gaya", a drowning reported,
        # nor "mar jaate hain"; nor "chullu bhar paani mein doob maro", the idiom of shame said
        # of politicians every day)
        (
            r"(?<!paani\smein\s)(?<!pani\smein\s)(?<!paani\sme\s)(?<!pani\sme\s)"
            r"(?<!pani\smai\s)"
            r"(?:doob|dub|doobke|dubke) (?:ke |kar )?(?:mar|mar ja|marja|maro|mar jao|mar jaa)\b"
            r"(?! \w)",
            "doob dub doobke dubke",
        ),
        # "Pakistan mein jaake mar": go and die
        (
            r"(?:jaake|ja ke|jaa ke|jakar|jaakar) (?:\w+ (?:mein|me|men) )?(?:mar|mar ja|marja"
            r"|doob mar|dub mar)(?! \w)",  # "ja ke Pakistan mein mar"
            "mar marja",
        ),
    ),
    # Harm wished on a person or their family: "hope you and your kids burn alive", "I hope your
    # whole family gets what's coming to them".
    "threat.harm_wish": (
        # the 1600th-1603rd sets: "Hope the gas is on for her opening number" (a Jewish
        # comedian to host an awards night; not "Hope the mic is on ...", nor "hope the gas
        # is on for the barbecue")
        (
            r"(?:hope|hoping|make sure|check) the gas (?:is|'s) (?:on|turned on|switched on"
            r"|ready|running) for (?:her|him|them|the (?:\w+ )?(?:lot|pair) of them)(?![a-z])",
            "gas",
        ),
        # the 1596th-1599th sets: "the roof should have come down on them" (a gay couple
        # wed in a chapel; not "the vicar was delighted for them"); "God will judge them and
        # I hope He's not gentle" (not "voters will judge him"); "I'd pay good money to see
        # them both thrown off Big Ben" (not "... on Strictly"); "Hope someone kicks him off
        # the stage like a football" (an actor with dwarfism; not "... films the run")
        (
            r"(?:roof|ceiling|church|chapel|building|walls|steeple|spire) (?:should(?:'?ve| have)"
            r"|ought to have) (?:come|fallen|caved|crashed) (?:down |in )?on (?:them|him|her|the"
            r" pair|both of them|the lot)(?![a-z])"
            r"|(?:hope|hoping|pray) (?:the )?(?:roof|ceiling|church|chapel|building|steeple"
            r"|spire) (?:comes|falls|caves|crashes) (?:down |in )?on (?:them|him|her|the pair"
            r"|both of them|the lot)(?![a-z])",
            "roof ceiling church chapel building walls steeple spire",
        ),
        (
            r"god (?:will|'?ll|is going to) (?:judge|punish|deal with) (?:them|him|her)\b"
            r"[^.!?\n]{0,25}?(?:hope|pray) (?:he|he'?s|he is|he'?ll|he will) (?:not be |isn'?t |is"
            r" not |won'?t be |will not be |not )(?:gentle|merciful|kind|lenient|soft)(?![a-z])",
            "gentle merciful kind lenient soft",
        ),
        (
            r"(?:i'?d|i would|we'?d|we would|i'?ll|i will) (?:happily )?pay (?:good |real |a lot"
            r" of |top )?(?:money |cash |quids? )?to see (?:them|him|her|the pair|both of them"
            r"|the lot)(?: both| all)? (?:thrown|pushed|chucked|tossed) (?:off|out of|from)"
            r"(?! (?:the )?(?:show|team|panel|committee|board|programme|council|squad|party"
            r"|island))",
            "thrown pushed chucked tossed",
        ),
        (
            r"(?:hope|should|someone|somebody|i'?d|i'?ll|let'?s|gonna|ought to)\b[^.!?\n]{0,30}?"
            r"(?:kick|kicks|boot|boots|punt|punts|throw|throws|toss|tosses|chuck|chucks) (?:him"
            r"|her|them) (?:\w+ ){0,4}?like a (?:football|ball|rugby ball|bowling ball|sack of"
            r" \w+)(?![a-z])",
            "football ball sack",
        ),
        # the 1594th set (a woman referee's first Premier League match): "I hope a ball smacks
        # her in the face in the first five minutes" (not "I hope the crowd gives her a fair
        # hearing", nor "I hope the ball hits her bat")
        (
            r"(?:i )?hope (?:a|the|one of the|a stray) (?:ball|brick|bottle|coin|stone|rock|flare"
            r"|shot|clearance|boot|lighter) (?:smacks|hits|whacks|breaks|smashes|cracks|knocks"
            r"|flattens|takes out|wipes out) (?:her|him|them) (?:right |square |smack )?(?:in"
            r"|on) the (?:face|head|teeth|nose|mouth|skull|gob)(?![a-z])"
            # ... or that they "get" one there ("hope he gets a bouncer in the face, shut him
            # up", the 539th set; not "hope he gets a bouncer to hook first ball")
            r"|(?:i )?hope (?:he|she|they) (?:gets?|cops?|takes?) (?:a|one|the) (?:bouncer|beamer"
            r"|ball|brick|bottle|coin|stone|rock) (?:right |square |smack )?(?:in|on|to) the"
            r" (?:face|head|teeth|nose|mouth|skull|gob)(?![a-z])",
            "ball brick bottle coin stone rock flare shot clearance boot lighter bouncer beamer",
        ),
        # the 655th round (set 1578, a Jewish MP's office vandalised): "Oven's still warm
        # for people like her" (the camps' ovens; not "The oven's still warm for the bread",
        # nor a chef's "the oven's ready for you")
        (
            r"(?:the )?ovens?(?:'s| is| are|s)? (?:still )?(?:warm|hot|ready|waiting|lit|on)"
            r" (?:and waiting )?for (?:people like (?:her|him|them|you|u)|the likes of (?:her"
            r"|him|them|you|u)|your lot|their lot|your kind|their kind|her kind|his kind"
            r"|these people|those people|them all|all of them)(?![a-z])",
            "oven ovens",
        ),
        # the 344th round (the 1267th set, harm wished on a reporter in Hinglish, with
        # twins): "Achha hua jo iska accident hua" (not "Achha hua jo iski jaan bach gayi");
        # "Kaash ... koi tezaab phenk de" (not "Kaash is reporter ki report pe bhi koi dhyan
        # de"); "Aise logon ki chita pe main khud ghee daalunga" (not "Dadi ki chita pe pandit
        # ji ne ghee daala"); "Ye jitni jaldi mare utna achha" (not "jitni jaldi sudhre")
        (
            r"(?:achha|accha|acha|achchha|sahi) (?:hua|hai) (?:jo|ki) (?:iska|uska|iski|uski"
            r"|inka|unka|tera|teri|tumhara|tumhari) (?:accident|ekcident|hamla|haadsa|hadsa"
            r"|maut|death)",
            "accident ekcident hamla haadsa hadsa maut death",
        ),
        (
            r"(?:kaash|kash|koi to|koi toh)\b[^.!?\n]{0,50}?(?:tezaab|tezab|tezaab|acid)"
            r" (?:phenk|fenk|daal|dal|feke|phenke) (?:de|dega|do|deta|diya jaye)",
            "tezaab tezab acid",
        ),
        (
            r"(?:ki|ke) (?:chita|chitaa) (?:pe|par|mein|me) (?:main |mai |hum |mein )?(?:khud"
            r" )?(?:ghee|lakdi|lakdiyan|aag|petrol|mitti ka tel) (?:daalunga|dalunga|daalenge"
            r"|dalenge|lagaunga|lagayenge|daalungi|dalungi)",
            "chita chitaa",
        ),
        # (and of a people: "jitne marein utna achha", the 1273rd set)
        (
            r"jitne (?:marein|maren|mare|marenge|mar jaayein|mar jaaye|mar jayen) (?:utna|utne"
            r"|utni) (?:achha|accha|acha|behtar|badhiya|sahi)",
            "jitne",
        ),
        # ... and a politician's children wished dead "to know the poor's pain" (not "...
        # sarkari school me padhein to pata chale", the 1286th set); her honour to be looted
        (
            r"(?:ke|ki|ka) (?:bachche|bacche|beta|beti|bachchi|parivaar|family|biwi)\b"
            r"[^.!?\n]{0,10}?(?:bhi )?mar (?:jaayein|jayein|jaaye|jaye|jaayen|jayen) to",
            "bachche bacche beta beti bachchi parivaar family biwi",
        ),
        (
            # (and hers by name or by what she is: "Mahua Moitra ki izzat lootni chahiye",
            # the fiftieth session; not "desh ki izzat", the nation's)
            rf"(?:iski|uski|inki|unki|teri|tumhari|(?:{A_WOMAN_NAMED}|madam|is aurat"
            r"|is ladki|anchor|patrakarni|reporter) ki) izzat (?:lootne|lootni|loot|lutne|lut)"
            r" (?:do|dena|lo|chahiye|denge|jaaye|jaye)",
            "izzat",
        ),
        (
            r"jitni jaldi (?:mare|mar jaye|mar jaaye|marega|maregi|mar jayega|khatam ho"
            r"|upar jaye|upar jaaye|nipte|nipat jaye) (?:utna|utni|utne) (?:achha|accha|acha"
            r"|behtar|badhiya|sahi)",
            "jitni",
        ),
        # the two-hundred-and-twenty-eighth round (the 1151st set, 40 comments in the plain
        # register of American politics; 13 of 13 held at first sight, the rules 11): a
        # bullet hoped for from someone ("Hope some patriot puts a bullet in that traitor
        # AOC"; not "hope the vet puts a bullet in that poor horse")
        (
            r"hope (?:some|a|one|that|the) (?:\w+ ){0,2}?(?:puts?|pumps?|sends?) (?:a|one|two"
            r"|some) (?:bullet|bullets|round|rounds|slug|slugs) (?:in|into|through) (?:that"
            r"|this|the|her|his|him|them)\b(?! (?:\w+ )?(?:dog|horse|deer|animal|cow|bear"
            r"|boar|fox|wolf|snake|beast|creature)s?\b)",
            "bullet bullets round rounds slug slugs",
        ),
        # a death looked forward to: "The only good thing about Khan will be his funeral"
        # (the 1049th set; not "the best thing about the budget is its length"), "his
        # funeral can't come soon enough"
        (
            r"(?:only|best) (?:good )?thing about (?:\w+ ){1,3}?(?:will be|would be|is|'?ll be)"
            r" (?:his|her|their) (?:funeral|death|obituary|grave|wake)(?![a-z])"
            r"|(?:his|her|their) (?:funeral|death|obituary) (?:can'?t|cannot|cant|won'?t) come"
            r" (?:soon|fast|quick) enough",
            "funeral obituary grave",  # (not "death": "his death" alone waits for another)
        ),
        # a custodial beating called for: "protest wali pehelwanon ko jail mein daalo aur wahi
        # pitai karo" (the 633rd set)
        (
            r"jail (?:mein|me) (?:daalo|daal do|dalo|dal do|bhejo) aur (?:wahi|wahin|wahan|andar)"
            r" (?:pitai|kutai|kutaai|thukai|dhulai) (?:karo|kar do)",
            "jail",
        ),
        # bricks through windows as a message: "a few bricks through the windows on opening
        # day would send a message" (the 636th set)
        (
            r"bricks? through (?:the|their|its|his|her) windows?[^.!?\n]{0,30}?(?:would|will"
            r"|should|'d|'ll) (?:send a message|sort (?:it|this|that|them) out|teach them)",
            "brick bricks",
        ),
        # the thirty-second round (sets 697-701): a restaurant's window wished "full of them";
        # "hope the next one who gets caught gets a bullet"
        (
            r"(?:shame|pity|too bad) (?:it|the \w+|the place) (?:wasn'?t|was not|weren'?t) full"
            r" of (?:them|em|'em)",
            "shame pity bad",
        ),
        (
            r"hope (?:the next one|whoever|anyone|the next|every one|each one) (?:\w+ ){0,4}?gets?"
            r" a bullet",
            "bullet",
        ),
        # the cold wished on the old: "Bed blockers clogging up the NHS, the cold will do what
        # the government won't" (the 772nd set)
        (
            r"(?:the cold|the winter|winter|nature|covid|the virus|hypothermia) (?:will|'?ll|can"
            r"|should|could) (?:do|finish) (?:what|the job) (?:the government|the tories|labour"
            r"|the state|the nhs|we|they|nobody|no one)(?: \w+)? (?:won'?t|can'?t|will not"
            r"|cannot|couldn'?t|didn'?t|wouldn'?t)",
            "cold winter nature covid virus hypothermia",
        ),
        # "Put granny on an ice floe and push, problem solved" (the 772nd set; not "they never
        # put their elderly on ice floes, it's a myth")
        (
            # (and "Boomers like her should be put on an ice floe", the 1090th set: nothing
            # between)
            r"(?<!never\s)(?<!didn't\s)(?<!didnt\s)(?:put|send|leave|push|float|stick|shove)"
            r" (?:\w+ ){0,2}?(?:on|onto|out on) (?:an|the|a) ice ?floes?",
            "floe floes icefloe icefloes",
        ),
        # the thirty-first round (sets 690-695): a camp bulldozed "with them still in the
        # caravans"; "I'll put a round through his caravan"; a woman referee followed "to the
        # car park"; a man "strangled with" his turban, wished
        (
            r"(?:bulldoze|bulldozed|bulldozing|flatten|flattened|torch|torched|burn|burned|burnt)"
            r" (?:the|their|that|those) (?:\w+ )?(?:camp|camps|site|sites|houses?|homes?"
            r"|caravans?|mosques?|church|churches|shops?|village) with (?:them|the lot|the lot"
            r" of them|all of them|the families|everyone) (?:still )?(?:in|inside)",
            "bulldoze bulldozed bulldozing flatten flattened torch torched burn burned burnt",
        ),
        (
            r"(?:i'?ll|i will|i'?m gonna|gonna|i'?d) put (?:a round|a bullet|one|a few rounds"
            r"|a brick|a shell) through (?:his|her|their|your|ur) (?:caravan|window"
            r"|door|car|van|head|skull|chest|windscreen)",
            "through",
        ),
        (
            r"(?:someone|somebody|we|they) should (?:follow|wait for|find) (?:her|him|them) (?:to"
            r"|in|at) the (?:car ?park|parking lot|parking|station|tube|bus stop)",
            "park carpark parking station tube stop",
        ),
        (
            r"(?:should(?:'?ve| have)?|i'?d|i would|someone should|gonna|wish they'?d)"
            r" (?:\w+ ){0,8}?(?:strangle|strangled|choke|choked) (?:him|her|them) with",
            "strangle strangled choke choked",
        ),
        # the thirtieth round (sets 683-688): people dropped "over the channel"; fireworks
        # threatened into a family's balcony "warna"
        (
            # (a people, not "throw him in the sea on his birthday, it's tradition")
            r"(?:drop|dropped|dump|dumped|chuck|chucked|push|pushed|tip|tipped)"
            r" (?:them|em|'em|the lot|the lot of them|all of them) (?:all )?(?:out )?"
            r"(?:over|into|in) the (?:channel|sea|ocean|med|mediterranean|atlantic)",
            "drop dropped dump dumped chuck chucked push pushed tip tipped",
        ),
        (
            r"warna (?:\w+ ){0,5}?(?:pataakhe|patakhe|pathar|patthar|petrol|aag|bam|bomb)"
            r" (?:unki|inki|uski|iski|unke|inke|uske|iske) (?:\w+ )?(?:balcony|ghar|khidki"
            r"|khidkiyon|darwaze|gaadi|dukaan)",
            "warna",
        ),
        # the twenty-ninth round: a bakery wished burnt with a family inside; "put a match
        # to it before they ..."
        (
            r"hope (?:their|his|her|the|that|this) (?:\w+ ){0,2}?(?:burns|burn|goes up|blows up"
            r"|is torched|gets torched|gets burnt|gets burned)(?: down)? with (?:the lot of them"
            r"|them|all of them|him|her|the family|everyone|the whole family) (?:still )?(?:inside"
            r"|in it|in there)",
            "burns burn goes blows torched burnt burned",
        ),
        (
            r"put a match to (?:it|the place|the lot|their \w+|the \w+) (?:before|so) (?:they"
            r"|them|any more)",
            "match",
        ),
        # the twenty-seventh round (sets 668-673): people "left to starve" (not "nobody
        # should be left to starve"); "shoot every meitei ... and their families too"; the
        # same wished on churches after a village burnt; a turban "wrapped round his neck";
        # "he'll leave without his beard"; "deserve what's coming to your daughters"; "burn
        # the lot"
        (
            r"(?<!nobody\s)(?<!no\sone\s)(?<!no-one\s)(?:should|must|can|deserve to|deserves to"
            r"|ought to) (?:just |all )?be left to (?:starve|die|rot|drown|freeze|burn)",
            "starve die rot drown freeze burn",
        ),
        (
            r"(?:should|must|needs? to|ought to|gotta|let'?s|i'?d|we'?d|just) (?:just )?(?:shoot"
            r"|kill|gas|hang|nuke|bomb|lynch|behead) (?:every|all the|each) (?:single |last )?"
            r"(?:one of them|meiteis?|kukis?|nagas?|muslims?|hindus?|sikhs?|christians?"
            r"|migrants?|refugees?|immigrants?|protest[eo]rs?|jews?|tamils?|biharis?|rohingyas?"
            r"|kashmiris?|dalits?|mullahs?|mulle|katue)(?![a-z])",
            "shoot kill gas hang nuke bomb lynch behead",
        ),
        (
            r"(?:wish|hope) (?:they|someone|somebody|we|you)(?:'?d| would| will|'?ll| could)? do"
            r" the same (?:thing )?to (?:the |their |every |all the |all their )?(?:churches"
            r"|mosques|masjids|temples|mandirs|gurdwaras|synagogues"
            r"|church|mosque|temple|gurdwara|synagogue)",
            "churches mosques masjids temples mandirs gurdwaras synagogues church mosque temple"
            " gurdwara synagogue",
        ),
        (
            r"(?:send|sent|back|should|hope|wish)[^.!?\n]{0,40}?(?:turban|hijab|scarf"
            r"|headscarf|dupatta|pagdi|pagri|burqa|tie) (?:wrapped|tied|twisted|knotted) (?:round"
            r"|around) (?:his|her|their|your|ur) (?:neck|necks|throat|throats)",
            "wrapped tied twisted knotted",
        ),
        (
            r"(?:he|she|they|you|u)(?:'?ll| will|'?d| would) (?:\w+ )?(?:leave|go home|walk out"
            r"|be leaving) without (?:his|her|their|your|ur) (?:beard|turban|teeth|hijab"
            r"|headscarf|pagdi|kneecaps|legs|burqa|scarf)(?! (?:trimmed|shaved|done))",
            "beard turban teeth hijab headscarf pagdi kneecaps legs burqa scarf",
        ),
        (
            rf"deserves? (?:what'?s|whats|what is|what will be) coming to {_YOUR_KIN}",
            "deserve deserves",
        ),
        # (after what "they are": not "burn the lot of them, said my dad about his old tax
        # returns")
        (
            r"(?:are|r) (?:all )?[^.!?\n]{0,60}?,? (?:burn|shoot|gas|hang|kill|nuke|bomb|drown"
            r"|torch) the (?:whole )?lot(?: of (?:them|em|'em))?(?=\s*(?:[.!?,;]|$))",
            "burn shoot gas hang kill nuke bomb drown torch",
        ),
        # ... or as a welcome: "somebody should give it a proper welcome with a brick
        # through the window" (the 666th set)
        (
            r"(?:welcome|greeting|reception|send-?off|housewarming|hello) with (?:a|some)"
            r" (?:\w+ )?bricks? through",
            "brick bricks",
        ),
        # a worse attack wished: "shame it was only the windows" (the 610th set)
        (
            r"(?:shame|pity|too bad) it was only (?:the|their|his|her) (?:windows?|doors?"
            r"|shop ?front|sign|car|van|shutters?)(?! (?:that|which|we|i|they) )",
            "shame pity bad",
        ),
        # people put on a boat to be sunk: "put them on the ferry and sink it halfway" (the
        # 627th set)
        (
            r"(?:put|stick|load|shove) (?:them|em|the lot|the lot of them|all of them) (?:all )?"
            r"on (?:a|the) (?:ferry|boat|dinghy|barge|ship|raft) and sink (?:it|the \w+)",
            "sink",
        ),
        # people wished shut inside a place as it closed or burned: "shame they didnt shut
        # the factory with them inside" (the 595th set)
        (
            r"(?:shame|pity|too bad) (?:they|he|she|we|you|nobody|no one|the \w+)"
            r" (?:didnt|didn't|did not|couldnt|couldn't|never|wont|won't) (?:\w+ ){1,4}?with"
            r" (?:them|him|her|you|the lot of them|all of them) (?:all |still )?(?:inside"
            r"|in it|in there)",
            "shame pity bad",
        ),
        # "Baadh mein ye Bangladeshi ghuspaithiye doob jaayein": a people wished drowned or dead
        # (not "ghuspaithiye pakde jaayein", caught; nor "... beh jaate hain", what floods do
        # every year); "baadh aaye aur char ke saare miya beh jaayein" (the 706th set)
        (
            r"(?:ye|yeh|in|sab|sabhi|saare|sare|saale) (?:\w+ )?(?:ghuspaithiya|ghuspethiye"
            rf"|rohingyas|mian log|{HI_PEOPLE_NAMED}) (?:sab )?(?:doob|dub|mar|jal|beh|bah|mit)"
            r" (?:jaayein|jaaye|jaayen|jayen|jaye|jaaein|jaen|jayein)",
            "doob dub mar jal beh bah mit",
        ),
        # "hope some goons teach this officer a lesson on her way home" (not "hope the
        # voters teach him a lesson")
        (
            r"hope (?:some|a few|the local|a couple of) (?:goons|thugs|men|boys|guys|lads|bhakts"
            r"|gundas?) (?:\w+ )?(?:teach|teaches|beat|beats|catch|catches|find|finds|sort out"
            r"|thrash|thrashes) (?:her|him|them|this \w+|that \w+)"
            # "hope someone teaches her a lesson on her way home": anyone, where the place
            # makes it a beating (not "hope someone teaches him a lesson in manners")
            r"|hope (?:someone|somebody) (?:teaches|catches|finds|beats|sorts out|thrashes)"
            r" (?:her|him|them|this \w+|that \w+) (?:\w+ ){0,3}?(?:on (?:her|his|their|the)"
            r" way home|in a dark (?:alley|lane|street|corner)|one (?:dark )?night|after dark)"
            # ... or follows them home: "hope someone follows them home after the reception
            # and teaches them what a real man is" (the 673rd set)
            r"|hope (?:someone|somebody|some \w+) (?:follows|follow) (?:her|him|them|this \w+"
            r"|that \w+|you|u) home",
            "hope",
        ),
        # "hope their team plane crashes on the way back" (not "hope the plane doesn't
        # crash")
        (
            r"hope (?:their|his|her|your|ur|the|that|this) (?:\w+ ){0,2}?(?:plane|flight|bus|train"
            r"|helicopter|chopper) (?:crashes|crash|blows up|explodes|goes down)",
            "crashes crash blows explodes goes",
        ),
        # "if she wants a hijab let her go to Iran and get stoned there" (not "go to Goa and
        # get tanned")
        (
            r"(?:let (?:her|him|them)|(?:she|he|they) (?:should|can)) go (?:back )?to (?:\w+ )"
            r"{1,2}?and get (?:stoned|shot|killed|raped|beheaded|lynched|hanged|flogged)",
            "stoned shot killed raped beheaded lynched hanged flogged",
        ),
        # "I hope someone throws acid on your face" (not "men who throw acid on women must
        # be jailed")
        (
            r"(?:hope|wish|should|will|gonna|going to|'ll) (?:\w+ ){0,2}?(?:throw|throws)"
            r" acid (?:on|at|in) (?:your|ur|her|his|their|you|u)",
            "acid",
        ),
        # "You and your whole family deserve to suffer"
        (
            r"(?:you|u|your (?:whole )?family)(?: and (?:your|ur) (?:whole )?family)?"
            r" (?:deserve|deserves) to (?:suffer|burn|rot|die)(?! (?:from|of|in jail|in prison))",
            "suffer burn rot die",
        ),
        # "I hope your house is burgled and you get beaten half to death" (not "I hope you
        # get shot of this problem")
        (
            # ("Hope you get robbed by one of your precious migrants tonight", round 544; not
            # "hope you get robbed of nothing at the count")
            r"hope (?:\w+ ){0,10}?(?:you|u) (?:get|gets|are|will be) (?:beaten|stabbed|shot"
            r"|raped|killed|murdered|attacked|run over|robbed|mugged|burgled|hit by a (?:bus"
            r"|truck|car|train|lorry))(?! of)",
            "hope",
        ),
        # "hope the next one of you whining leeches gets stabbed on the tube" (the 664th set;
        # not "hope one of you gets elected")
        (
            r"hope (?:the next |at least |just )?(?:one|some|all|any|each|a few|every one|both)"
            r" of (?:you|u|ya|them|those|these)(?: \w+){0,3}? (?:gets?|are|is) (?:beaten|stabbed"
            r"|shot|raped|killed|murdered|mugged|run over|burnt|burned|hit by a (?:bus|truck|car"
            r"|train|lorry))",
            "beaten stabbed shot raped killed murdered mugged run burnt burned hit",
        ),
        # "Hope Whitcombe gets hit by one of her precious cyclists and never walks again"
        # (round 495; not "I hope the injured rider walks again soon")
        (
            r"hope (?:\w+ ){1,14}?(?:and )?(?:she|he|they|you|u)? ?never (?:walks|walk|wakes up"
            r"|wake up|breathes|breathe) again",
            "hope",
        ),
        # ... in Hinglish: "Bhagwan kare Sandeep Joshi ki gaadi kisi truck ke neeche aa jaye"
        # (round 498; not "bhagwan ka shukr hai truck ke neeche aate aate bacha")
        (
            rf"{_MAY_GOD}[^.!?\n]{{0,50}}?"
            r"(?:truck|bus|train|tractor|dumper|trolley)\w* (?:ke|ki) (?:neeche|niche)"
            r" (?:aa|aaye|aa jaye|aa jaaye|aa jae|aa jaayein|aa jayein|aa jaye)(?![a-z])",
            "neeche niche",
        ),
        # ... bones wished broken: "Bhagwan kare Gill ki ungliyan toot jaye, kabhi ball na
        # pakad paye" (round 500; not "... ungli jaldi theek ho jaye")
        (
            rf"{_MAY_GOD}[^.!?\n]{{0,40}}?"
            r"(?:ungli|ungliyan|ungliyaan|haath|haddi|haddiyan|taang|taange|tange|taangein|pair"
            r"|gardan|kamar|reedh)\w* (?:toot|tut|tootein|toote|tute) (?:jaye|jaaye|jayein"
            r"|jaayein|jaen|jaayen)",
            "toot tut tootein toote tute",
        ),
        # "Hope one of them gets hit by a lorry" (the 437th set: a protester, not "you"),
        # "I hope a Ukrainian drone finds your house" (the 441st)
        (
            r"hope (?:one of them |(?:he|she|they|him|her|them|that \w+|this \w+) (?:all )?)"
            r"(?:gets?|get) (?:hit|run over|flattened) by a (?:bus|truck|car|train|lorry|tractor)"
            r"|hope (?:a|the|some) (?:\w+ )?(?:drone|missile|bomb|rocket|shell|bullet) (?:finds"
            r"|hits|lands on) (?:you|u|your|ur|him|her|them|his|their)(?![a-z])",
            "hope",
        ),
        # "Should have been aborted, would have saved us all the lecture" (the 464th set): a
        # person wished unborn (not "the bill should have been aborted": a thing)
        (
            rf"(?:{_OPENS}|(?:you|u|she|he|they|her mother|his mother|your mother)"
            r" )should(?:'?ve| have) been aborted",
            "aborted",
        ),
        # "Should've been drowned at birth, the lot of them" (the 476th set): people wished
        # killed as babies (not "the scheme was strangled at birth": a thing, said as it was)
        (
            rf"(?:{_OPENS}|(?:you|u|she|he|they|them|all of them|the lot of them) )should(?:'?ve"
            r"| have) been (?:drowned|strangled|smothered|put down|killed|culled) at birth",
            "drowned strangled smothered put killed culled",
        ),
        # "Shame a truck didn't plough through the lot of them" (the 456th set: a ramming
        # wished on a march)
        (
            r"(?:shame|pity|too bad) (?:that )?(?:a|the|no) (?:\w+ )?(?:truck|lorry|car|van|bus"
            r"|tractor) (?:didn'?t|did not|never) (?:plough|plow|drive|run|mow|smash|crash)"
            r" (?:through|into|over|down)",
            "truck lorry car van bus tractor",
        ),
        # "Next time it'll be a knife, not a fist. Tell your uncle." (the 453rd set)
        (
            r"next time (?:it'?ll|it will|it'?s going to|it'?s gonna) be (?:a|the) (?:knife|blade"
            r"|bullet|gun|petrol bomb|machete|bat|acid)"
            # ("Next time it won't just be paint on the walls, tell your priest": the 466th set)
            r"|next time it (?:won'?t|will not|wont) (?:just |only )?be (?:paint|graffiti|eggs"
            r"|words|a warning|the windows|windows)",
            "knife blade bullet gun bomb machete bat acid paint graffiti eggs words warning"
            " windows",
        ),
        # "Pull his beard out and see if he still smiles" (the 453rd set): a man's faith torn
        # from him (not "he pulled his beard out of the soup")
        (
            rf"(?:{_OPENS}|{_WILL} |just |should |go )(?:pull|rip|tear|yank|cut|shave)"
            r" (?:his|their|her|that|this) (?:\w+ )?(?:beards?|turbans?|hijabs?|pagdis?|pagris?"
            r"|patkas?|kippahs?|yarmulkes?) (?:out|off)",
            "pull rip tear yank cut shave",
        ),
        # "Hope the heatwave finishes off the rest of them" (the 440th set); "Hope the black
        # dog finishes the job" (depression wished to kill her: the 823rd set; not "the black
        # dog was Churchill's name for his depression")
        (
            r"hope (?:the|this|that) (?:\w+ )?(?:heatwave|heat|virus|covid|flu|cold|winter|flood"
            r"|famine|war|plague) (?:finishes|kills|wipes|takes) (?:off |out )?(?:the rest of"
            r" |all of |every one of |the lot of )?(?:them|you|u)(?![a-z])"
            r"|hope (?:the|your|her|his|their) (?:black dog|depression|cancer|tumou?r|illness"
            r"|disease) (?:finishes (?:the job|(?:you|her|him|them) off)|kills (?:you|her|him"
            r"|them)|takes (?:you|her|him|them))",
            "hope",
        ),
        # "Someone should take a baseball bat to these cretins" (the 437th set; not "take a
        # bat to the ball")
        (
            rf"(?:{_WILL}|just|go) take (?:a|an|my|the) (?:baseball |cricket |hockey )?(?:bat"
            r"|hammer|axe|machete|cane|belt|stick|iron bar|crowbar) to (?:them|him|her|you|u"
            r"|(?:these|those|this|that|the) (?:\w+ )?(?:cretins|idiots|morons|clowns|traitors"
            r"|protesters|protestors|scum|bastards|people|kids|activists|lot))(?![a-z])",
            "take",
        ),
        # "Jo bhi ladki complaint karegi uska bhi yahi haal karenge" (the 439th set): the same
        # done to whoever speaks next (not "sabka yahi haal hai", how things are)
        (
            r"(?:uska|unka|tera|tumhara|iska|inka|tujhe|tumhe|tera bhi|uska bhi|unka bhi"
            # ("Is ladki ka bhi wahi haal karenge jo Gauri Lankesh ka hua": the 458th set)
            r"|tumhara bhi|(?:is|us) (?:ladki|ladke|aadmi|aurat|reporter|patrakar|patrakarni"
            r"|anchor|neta|lekhak|lekhika|journalist|editor|judge|officer|bande|bandi) ka)"
            r" (?:bhi )?(?:yahi|wahi|vahi|aisa hi|yehi) (?:haal|hashr|anjaam)"
            r" (?:karenge|kar denge|kardenge|karunga|kar dunga|hoga)(?![a-z])"
            # a fate foretold like a firm's or a film's is a prediction: "Iska bhi wahi haal
            # hoga jo Kodak ka hua tha" (not when the one named was murdered, above), or a
            # last year's thing's ("Iska bhi wahi haal hoga jo pichle budget ka hua", the
            # fortieth session's kind reading)
            rf"(?:(?<!hoga)|(?!,? jo (?:(?:pichle|pichhle|agle|purane|pehle) )?"
            rf"(?!(?:{MURDERED})(?![a-z]))\w+ (?:ka|ki|ke) hua))",
            "haal hashr anjaam",
        ),
        # the seventy-fifth round (sets 799-800), a rationalist murdered: his death called the
        # fate of all who mock a faith, "Hindu dharam ka mazak udane walon ka yahi anjaam hota
        # hai", "dharm ke khilaf bolega toh yahi hoga" (not "yahi anjaam hota hai jab police
        # tees saal tak kuch nahi karti", nor "dharm ke khilaf nahi, andhvishwas ke khilaf the")
        (
            r"(?:mazak|mazaak|majak|majaak|apmaan|apman|insult) (?:udane|udaane|udate|udaate"
            r"|karne|karte) (?:walon|waalon|walo|wale|waale|logon) ka (?:bhi )?(?:yahi|wahi"
            r"|vahi|aisa hi|yehi) (?:haal|hashr|anjaam|anjam)"
            r"|(?:dharm|dharam|bhagwan|devi|devta|devtaon|mazhab|majhab|sanatan|islam|nabi"
            r"|allah|quran|hinduon|hindutva) ke (?:khilaf|khilaaf|virodh mein|against)"
            r" (?:bolega|bolegi|bologe|bolenge|likhega|likhegi|likhoge|jayega|jaoge|bolne"
            r" (?:walon|waalon|wale|waale) ka) (?:toh |to )?(?:bhi )?(?:yahi|wahi|vahi|aisa hi"
            r"|yehi) (?:hoga|haal|hashr|anjaam|anjam)",
            # (not "hoga", among the commonest Hindi words: the second form needs "khilaf")
            "haal hashr anjaam anjam khilaf khilaaf virodh",
        ),
        # a killing celebrated and its killer praised: "Good riddance. Whoever did it deserves a
        # medal" (not "medal should go to the constable who chased the bike", nor "whoever
        # designed the metro map deserves a medal"; without "good riddance", "whoever shot him
        # deserves a medal" is as often said of the police who shot a gunman)
        (
            r"good riddance\W+(?:\w+\W+){0,6}?"
            rf"{_PRAISED_KILLER} (?:(?:killed|shot|stabbed|murdered|finished off|took out|bumped"
            rf" off) (?:him|her|them)|did (?:it|this|that)) {_PRAISED}",
            "riddance",
        ),
        # "Iski gaadi ka accident karwa do" (the 477th set): an accident arranged (not "accident
        # hua", one that happened)
        (
            r"accident (?:karwa|karva|krwa|karwana|karvana) (?:do|dena|denge|dunga|dungi|doge|de"
            r"|dijiye|padega|chahiye|hoga)(?![a-z])",
            "accident",
        ),
        # "Madam zyada udd rahi hai, truck ke neeche aayegi ek din" (the 477th set): a
        # vehicle's wheels promised (not "truck ke neeche aa gaya", a crash reported)
        (
            r"(?:truck|trak|bus|train|dumper|tractor|jcb|gaadi|gadi|dumpar) ke (?:neeche|niche"
            r"|neche) (?:aayegi|aayega|aaegi|aaega|ayegi|ayega|aa jayegi|aa jayega|aa jaegi"
            r"|aa jaega|aa jaayegi|aa jaayega|kuchli jayegi|kuchla jayega)(?![a-z])",
            "neeche niche neche",
        ),
        # "Useless old wrinklies should be put down like old dogs" (the 440th set)
        (
            r"(?:should|must|ought to|need to|needs to) (?:all )?be put down like (?:\w+ )?"
            r"(?:dogs|a dog|animals|an animal|cattle|vermin|rats)",
            "down",
        ),
        # "I hope someone runs you over on your way home"
        (
            # ("hope s0meone sh00ts that tr@it0r before the inauguration", "I wish someone
            # would shoot the governor": a person pointed at, the forty-eighth session)
            r"(?:hope|wish) (?:someone|somebody|some \w+|a \w+) (?:\w+ )?(?:runs? (?:you|u|him"
            r"|her|them) over|(?:kills?|shoots?|stabs?|rapes?|beats? up|murders?|eats?|mauls?"
            rf"|kill|shoot|stab|murder) (?:you|u|him|her|them|{_PERSON})(?!['’]s){_NOT_IDIOM}"
            r"(?! (?:a|an) (?:letter|question|look|glance|smile))"
            # "hope someone firebombs her office before she's sworn in" (the 518th set)
            r"|(?:firebombs?|petrol bombs?|torches|burns? down) (?:your|ur|his|her|their)"
            r" (?:house|home|office|shop|car|place|mosque|church|temple|synagogue))",
            "hope wish",
        ),
        # "push her onto the tracks next time", "wheel her into the sea" (the 523rd set; not
        # "he was pushed onto the tracks", reported)
        (
            r"(?:push|shove|wheel|roll|throw|chuck|kick) (?:her|him|them|em|this \w+|that \w+)"
            r" (?:onto|on to|in front of|under|into|in) (?:the |a )?(?:tracks|train|traffic|bus"
            r"|lorry|truck|sea|river|canal)(?![a-z])(?! (?:for a|to cool|as a joke|on (?:his|her)"
            r" birthday))",
            "push shove wheel roll throw chuck kick",
        ),
        # dogs set on people: "Someone should set the dogs on them", "Get the dogs on them,
        # that's the only language they understand" (the 530th and 470th sets; not "police
        # set the dogs on them", reported)
        (
            r"(?:(?:should|someone|somebody|just|lets|let'?s|gonna|going to|need to|needs to"
            r"|i'?d|i'?ll|ill|id|will) (?:\w+ )?|(?:^|(?<=[.!?\n]))\s*)(?:set|get|put"
            r"|unleash|send|let) (?:the |some |a few |his |their |my |our )?(?:dogs|hounds"
            r"|rottweilers|pitbulls|pit bulls|alsatians) (?:on|onto|after|at|loose on) (?:them"
            r"|him|her|em|these|those|the lot|every)",
            "dogs hounds rottweilers pitbulls pit alsatians",
        ),
        # a crowd to be driven into: "someone should drive a van into that crowd" (the 522nd
        # set; not "a man drove a van into the crowd, police said", reported)
        (
            r"(?:should|someone|somebody|just|needs? to|gonna|going to|will|ll|lets|let'?s)"
            r" (?:\w+ )?(?:drive|plough|plow|ram|run) (?:a|the|his|my|their|some|your|ur)"
            r" (?:\w+ )?(?:van|truck|lorry|car|bus|tractor|bulldozer|jeep) (?:in|into|through|thru"
            r"|over) (?:(?:the|that|those|these|this) (?:crowd|crowds|march|marchers|protesters"
            r"|protestors|protest|lot|rally|procession|people)|them|em)(?![a-z])",
            "drive plough plow ram run",
        ),
        # "the world would be better if you died / off without you"
        (
            r"(?:world|country|everyone|everybody|we|this site) (?:would|will) be better (?:off )?"
            r"(?:if (?:you|u) (?:died|were dead|was dead|killed yourself|disappeared)|without"
            r" (?:you|u|people like you)(?![a-z]))",
            "better",  # in every match, and rarer than its other words
        ),
        # said of a person: "her planet would be better off without her" (the 291st set;
        # not "the country would be better off without him", a minister's record argued)
        (
            r"(?:world|planet|earth|humanity) (?:would|will) be (?:a )?better (?:place )?(?:off )?"
            r"(?:if (?:she|he) (?:died|were dead|was dead|killed (?:her|him)self)|without (?:her"
            r"|him)(?![a-z])"
            # (or one named, with breath: "without people like that reporter breathing in
            # it", the 1314th set; not "without bosses like that editor meddling in it")
            r"|without (?:people like |the likes of )?(?:her|him|them|that \w+|this \w+)"
            r" (?:still )?(?:breathing|alive|existing)\b)",
            "better",
        ),
        # the 391st round (the 1314th set, harm wished on a reporter, with twins): "Hope
        # someone finally shuts her up for good. Permanently." (not "Hope someone finally
        # fact-checks her properly"); "Wouldn't cry if her car went off a bridge" (not "...
        # if her show went off air")
        (
            r"(?:someone|somebody|anyone|anybody) (?:\w+ )?(?:shuts?|shut) (?:her|him|them|you|u"
            r"|that \w+) up (?:for good|permanently|forever|for ever)\b",
            # (anchored on the shutting: "good" is in every fiftieth comment)
            "shut shuts",
        ),
        (
            r"(?:wouldn'?t|would not|won'?t|will not|wouldnt) (?:cry|shed a tear|lose"
            # (she, or her car or house: not "if his party went off a cliff in the polls")
            r" (?:any )?sleep|be sad|mourn) if (?:(?:her|his|their|your|ur) (?:car|plane"
            r"|helicopter|jet|house|home|boat|bus|van|motorbike|bike|convoy)|she|he|they)\b"
            r"[^.!?\n]{0,30}?(?:went off a (?:bridge|cliff|road)|crashed|died|burned|burnt"
            r"|blew up|was hit|got hit|drowned|caught fire|exploded|went up in flames|never came"
            r" home)",
            "cry tear sleep sad mourn",
        ),
        # "get cancer and die" (said to someone; not "people who get cancer and die young")
        (
            r"(?<!who\s)(?<!that\s)(?<!they\s)(?<!people\s)(?<!often\s)(?<!then\s)(?<!and\s)"
            r"(?<!to\s)(?<!may\s)(?<!will\s)(?<!would\s)(?<!might\s)(?<!could\s)"
            r"(?:go |just |pls |please )?get (?:cancer|aids|covid|corona) and die(?![a-z])"
            r"(?! (?:is|was) what)",  # "... is what the troll wrote to me": a report
            "die",
        ),
        # "sab wajib-ul-qatl hain": deserving to be killed, the cleric's verdict
        (r"wajib[\s-]?ul[\s-]?qatl", "qatl"),
        # "bring back the gas chambers for these people" (not "the gas chambers at Auschwitz
        # are a museum now")
        (
            r"(?:bring back|reopen|re-open|fire up|restart|build|we need|they need) (?:the |some )?"
            r"gas chambers?|gas chambers? for (?:these|those|them|all|every|the likes)",
            "chamber chambers",
        ),
        # "hope your plane crashes"
        (
            r"hope (?:your|ur|his|her|their) (?:plane|flight|car|bus|train|helicopter|chopper)"
            r" (?:crashes|crash|goes down|blows up|explodes|falls)",
            "crashes crash goes blows explodes falls",
        ),
        # "Die, you traitor", "drop dead you troll": opening a sentence (not "they will die,
        # you know", "drop dead gorgeous")
        (
            r"(?:(?<![^.!?\n\"])|(?<=[.!?\n\"]\s))(?:just |go |now )?(?:die|drop dead),? (?:you|u)"
            r"(?! (?:know|see|say|think|mean)(?![a-z]))",
            "die dead",
        ),
        # "you belong in a gas chamber", "hope you choke", "I'll dance on your grave",
        # "someone should put you down like a dog"
        (
            r"(?:you|u|they|them|people like you|these \w+) (?:all )?(?:belong|belongs|deserve"
            r"|deserves) (?:in|to be in|to go to) (?:a |the )?(?:gas chambers?|ovens?)",
            "chamber chambers oven ovens",
        ),
        (r"hope (?:you|u) choke(?! on (?:your|ur) (?:own )?words)", "choke"),
        (r"(?:piss|dance|spit|shit) on (?:your|ur) grave", "grave"),
        (  # (asked for: not "vets put him down like a dog, the owner said")
            r"(?:should|must|need to|needs to|ought to|gonna|will|'ll|to) put (?:you|u|him|her"
            r"|them|this \w+) down like (?:a |the )?(?:dog|dogs|animal|animals|rabid dog"
            r"|(?:lame|sick|old) (?:horse|dog))",  # ("like a lame horse": the 419th set)
            "down",
        ),
        # a person called a dog, then to be put down: "Arnab Goswami is a rabid dog foaming at
        # the mouth, put him down", "... and should be put down" (round 491; not "our dog is
        # old and sick, the vet will put him down", "he is a workhorse, put him down for the
        # relay")
        (
            rf"(?:{_PERSON}|he|she)(?:['’]s| is| was) (?:a |an |nothing but a |just a )?"
            r"(?:\w+ ){0,2}?(?:dog|animal|beast|mongrel|cur|mutt)\b[^!?\n]{0,50}?"
            r"(?:put (?:him|her|it) down\b(?! (?:for|as|on|in|to|at)\b)"
            r"|(?:should|must|needs? to|ought to) be put down\b)",
            "down",
        ),
        # "I wish he was dead"
        (
            rf"(?:wish|hope) (?:{_WHO}|{_PERSON}) (?:were|was|is|are|be) dead",
            "dead",
        ),
        # a bomb threat wished real: "shame the bomb wasn't real" (not "shame the attack
        # failed", a team's)
        (
            r"(?:shame|pity|too bad|a shame|unfortunately) (?:the|that|this|their) (?:bomb"
            r"|bombs|bomb threat|device|explosives?) (?:wasn'?t|was not|weren'?t|were not)"
            r" real|(?:shame|pity|too bad) (?:the|that|this|their) (?:bomb|bombs|device)"
            r" (?:didn'?t|did not|never) (?:go off|explode|work)",
            "bomb bombs device explosive explosives",
        ),
        (
            rf"hope (?:{_WHO}|{_PERSON}|{_YOUR_KIN}|{_SPOUSE})"
            # "... and your kids", "your mother and sister" (a comment on a news page)
            rf"(?: (?:and|&) (?:(?:your|ur|his|her|their)(?: \w+){{1,2}}?|{_KIN}))?"
            # ("Hope Wei catches something nasty from her own patients and dies", round 533;
            # not "... and dies happy", an old age wished)
            r" (?:(?:\w+ ){1,8}?and (?:then )?(?:die|dies)(?! (?:happy|peacefully|old|a happy"
            r"|in (?:her|his|their) sleep))|(?:\w+ )?(?:die|dies"
            r"|burns? (?:alive|to death|in (?!hell)\w+)|rots?(?! in (?:jail|prison|hell))"
            r"|gets? (?:shot(?! of)|raped|killed|what'?s coming|hit by (?:a |the )?(?:bus"
            r"|truck|car|train|lorry|ball|brick|bullet)(?! stop)"
            # "hope he gets aids" (the 548th set; not "hope he gets cancer treatment in
            # time", "hope she gets aids for her hearing")
            r"|(?:cancer|aids|hiv)(?! (?:treatment|screening|tests?|checks?|care|support"
            r"|research|drugs|funding|nurses?|specialists?|for|from|to)(?![a-z]))"
            # "hope he gets beaten in prison" (not "hope he gets beaten in the final")
            r"|stabbed|knifed|shanked|lynched|murdered|tortured|beaten (?:up|to death|senseless"
            # ("Hope she gets bottled at the next away game", round 540, of a pundit; not
            # "hope they don't bottle it")
            r"|to a pulp|black and blue|in (?:prison|jail))|glassed|bottled|kneecapped|mugged)"
            r"|drowns?"
            # "hope she has a heart attack on the shoot" (the 294th set)
            r"|(?:has|have|gets?) a (?:heart attack(?! of)|stroke(?! of)|seizure"
            r"|brain haemorrhage)))",
            "die dies burn burns rot rots shot raped killed coming cancer aids hiv drown drowns"
            " hit"
            " stabbed knifed shanked lynched murdered tortured beaten attack stroke seizure"
            " haemorrhage glassed bottled kneecapped mugged",
        ),
        # the 409th round (the 1332nd set, old people, with twins): "the best thing boomers
        # could do for the economy is hurry up and die" (not "... downsize and free up family
        # homes"); "Wheel them all back in and lock the doors"
        (
            # (said of people: not "Come on phone battery, hurry up and die")
            r"(?:you|u|they|she|he|them|him|her|boomers|pensioners|people|oldies|lot)\b"
            r"[^\n]{0,60}?hurry up and (?:die|croak|pop (?:their|your|ur|his|her) clogs|kick the"
            r" bucket)"
            r"|wheel them (?:all )?(?:back )?in\b[^\n]{0,20}?lock the doors?",
            "die croak clogs bucket wheel",
        ),
        # the 381st round (the 1304th set, harm wished on politicians in Hinglish, with
        # twins): a plane that never lands ("sab neta ek hi plane me baithe aur wo plane
        # kabhi na utre"); a disease wished ("Is aadmi ko cancer ho jaaye tab samjhega"; not
        # "... sarkari hospital me line me lagna pade tab samjhega"); a pyre to celebrate
        # ("Aise logon ki chita jalegi tab Diwali manayenge"; not "... ki haar hogi tab
        # Diwali manayenge"); a fall with nobody to save ("nadi me gire aur koi na bachaye");
        # a family's ruin ("Uske poore khandaan ka naash ho"; not "... ki rajneeti khatam
        # ho")
        (
            r"(?:plane|jahaz|jahaaz|helicopter|chopper)\w* (?:kabhi )?(?:na|nahi|nhi)"
            r" (?:utre|utare|utrey|pahunche|land kare|lande)"
            r"|(?:isko|usko|inko|unko|tujhe|tumhe|aadmi ko|neta ko|mantri ko|ji ko)"
            r" (?:cancer|aids|corona|covid|lakwa|paralysis|tb|kodh|kidney fail)"
            r" (?:ho jaaye|ho jaye|ho jae|ho jaaye tab|ho tab)"
            r"|(?:ki|ka|ke) (?:chita|arthi|janaza|janaaza|kafan)\w* (?:jalegi|uthegi|niklegi"
            r"|jale|uthe|nikle)\b[^.!?\n]{0,30}?(?:diwali|jashn|party|mithai|khushi|celebrate"
            r"|holi)"
            r"|(?:gire|gir jaye|gir jaaye|doobe|doob jaye|doob jaaye|jal jaye|jale|phase|fase)"
            r" aur koi (?:na|nahi|nhi) (?:bachaye|bachae|bachaaye|bachane aaye|nikale)"
            r"|(?:khandaan|khandan|parivaar|pariwar|vansh|kul|family|poori nasl)\w* (?:ka|ki)"
            r" (?:naash|nash|satyanaash|satyanash|vinash|sarvanash) (?:ho|ho jaaye|ho jaye"
            r"|hoga)",
            "utre utare utrey pahunche land lande cancer aids corona covid lakwa paralysis tb"
            " kodh kidney chita arthi janaza janaaza kafan bachaye bachae bachaaye bachane"
            " nikale naash nash satyanaash satyanash vinash sarvanash",
        ),
        # the fifty-first session's sweep of harm wished in Hinglish (the rules held 23 of 96
        # plain forms): on a person named, pointed at or spoken to, a disease ("Bhagwan kare
        # Ravish ko cancer ho jaye", "Dua hai isko lakwa maar jaye"; not "agar kisi ko cancer
        # ho jaye toh ...", "corona ho jaye toh ghar pe raho"), worms and a writhing death
        # ("isko keede padein, tadap tadap ke mare"), God asked to take them ("Upar wala
        # isko jaldi utha le"; not "bhagwan mujhe utha le"), a truck asked to crush them, hell
        # wished today, a death with nobody to lift the body, a bier soon, a family ruined.
        # (One pattern each, anchored on its own words: as one union they ran on any comment
        # holding any of them, the names tried at every letter.)
        (
            rf"{_HI_WISHED} (?:bhi )?(?:cancer|aids|corona|covid|lakwa|paralysis|tb|kodh|kidney"
            r" fail|heart attack|brain tumou?r|brain hemorrhage|dengue)"
            r" (?:ho jaaye|ho jaye|ho jae|maar jaye|maar jaaye|maar de|pakad le|aa jaye)\b"
            r"(?! ?,? (?:toh|to|tab bhi|par|lekin)\b)",
            "cancer aids corona covid lakwa paralysis tb kodh kidney heart brain dengue",
        ),
        (
            rf"{_HI_WISHED} (?:\w+ )?(?:keede|kide|kire) (?:padein|pade|padenge|pad jaye"
            r"|pad jaaye)|tadap (?:tadap )?(?:ke|kar) (?:mare|marega|marenge|mar jaye|mar jaaye)",
            "keede kide kire tadap",
        ),
        (
            r"(?:upar ?wala|bhagwan|allah|khuda|ishwar|rab|bhagwaan) (?:\w+ ){0,2}?"
            r"(?:isko|usko|inko|unko|tujhe|tumhe|ise|use|ko) (?:jaldi |jald |aaj hi |jaldi se )"
            r"(?:utha le|utha lo|bula le|utha leve|uthaye|utha lein)",
            "utha bula uthaye",
        ),
        (
            r"(?:kaash|bhagwan kare|dua hai|allah kare|yahi dua|khuda kare)\b[^.!?\n]{0,25}?"
            r"koi (?:truck|bus|gaadi|train|dumper|tractor) (?:\w+ )?(?:kuchal de|kuchal dale"
            r"|uda de|thok de|rond de)",
            "kuchal uda thok rond",
        ),
        (
            rf"{_HI_WISHED} (?:\w+ )?(?:jahannum|jahanum|dozakh|dozak|narak|nark)"
            r" (?:naseeb ho|mile|me jaye|mein jaye|mein jaaye),? (?:aaj hi|jaldi|abhi)",
            "jahannum jahanum dozakh dozak narak nark",
        ),
        (
            r"maut (?:sadak|gali|naali|road|footpath) (?:pe|par|mein|me) (?:ho|aaye|aye)\b"
            r"[^.!?\n]{0,15}?koi (?:uthane|rone|kandha dene|poochne|puchne) wala (?:na|nahi)"
            r" (?:ho|rahe|bache|mile)",
            "uthane rone kandha poochne puchne",
        ),
        (
            r"(?:ki|ka|ke|iski|uski|teri|tera|inki|unki) (?:chita|arthi|janaza|janaaza)\w*"
            r" (?:jaldi|jald|aaj hi|kal hi|jaldi se) (?:jale|uthe|nikle|uthaye)",
            "chita arthi janaza janaaza",
        ),
        (
            r"(?:khandaan|khandan|parivaar|pariwar|vansh|family|poori nasl|nasl)\w*"
            r" (?:barbad|tabah|khatam|barbaad) (?:ho|ho jaye|ho jaaye)\b(?! (?:gaya|gayi|gaye"
            r"|chuka|chuki))",
            "barbad tabah barbaad",
        ),
        # round 494 (set 1417, harm wished in Hinglish, written after that sweep: 2 of 10
        # held at first sight, by the news head): no one left to light a lamp in his house,
        # his grave spat on, an illness that never heals, a life choked, his children
        # orphaned, his tongue cut by God, his plane into a mountain, eyes burst, set on fire
        # to ashes, worms in his mouth and a life in bed, the fate of Gaddafi (not "koi TV
        # dekhne wala na bache", "khansi ab theek ho gayi", "bachche bade ho jaayein", "plane
        # time pe land ho jaye", "aankhein khul jaayein", "speech mein aag thi", "muh mein ghee
        # shakkar", "record bhi wahi ho jo Sheila Dikshit ka tha")
        (
            r"koi (?:diya|deeya|diyaa|chirag|chiraag) jalane wala (?:na|nahi) (?:bache|rahe|ho)",
            "jalane",
        ),
        (
            r"(?:kabr|kabar|kabra|qabr|qabar|samadhi) (?:pe|par) (?:thookne|thukne|naachne"
            r"|nachne|mootne)",
            "thookne thukne naachne nachne mootne",
        ),
        (
            r"(?:bimari|beemari|khansi|cancer|dard|zakhm|ghav|bukhar|bimaari)\w* kabhi (?:theek"
            r"|thik|sahi) na (?:ho|hove)"
            r"|ghut (?:ghut )?(?:ke|kar) (?:jiye|jeeye|jiyen|mare|marey|marega|jiyega|jeeyega)",
            "bimari beemari bimaari khansi cancer dard zakhm ghav bukhar ghut",
        ),
        (
            r"(?:bachche|bachon|bachchon|bete|beti|betiyan|parivaar|pariwar)\w* (?:anaath|anath"
            r"|yateem|yatim|lawaris) ho (?:jaayein|jaye|jaaye|jayein|jaayen|jaen)",
            "anaath anath yateem yatim lawaris",
        ),
        (
            rf"{_MAY_GOD}[^.!?\n]{{0,30}}?"
            r"(?:zubaan|zuban|jeebh|haath|taange|tange|pair|gardan|aankhein|aankhen)\w*"
            r" (?:kaat|kat|tod|todh|kheench|nikaal|jala|phod)\w* (?:de|le|dega|lein|dein)\b",
            "zubaan zuban jeebh haath taange tange pair gardan aankhein aankhen",
        ),
        (
            r"(?:plane|jahaz|jahaaz|helicopter|chopper)\w* (?:\w+ ){0,2}?(?:se )?(?:takra"
            r"|gir|crash ho|phat|ult|ulat) (?:jaye|jaaye|jae)\b(?! ?,? (?:toh|to)\b)",
            "plane jahaz jahaaz helicopter chopper",
        ),
        (
            r"aankh(?:ein|en|e)? (?:phoot|foot|phut|fut) (?:jaayein|jaye|jaaye|jayein|jaayen"
            r"|jaen)",
            "phoot phut fut aankhein aankhen aankhe",
        ),
        (
            rf"{_HI_WISHED} aag (?:lage|lag jaye|lag jaaye)|jal (?:ke|kar) raakh ho (?:jaye"
            r"|jaaye|jayein|jaayein)",
            "aag raakh",
        ),
        (
            r"(?:muh|munh|mooh|mu) (?:mein|me) (?:keede|kide|kire) (?:pade|padein|padenge)"
            r"|zindagi bhar bistar (?:pe|par) (?:pada|padi|pade) (?:rahe|rahein)",
            "keede kide kire bistar",
        ),
        (
            r"(?:hashr|anjaam|anjam) (?:bhi )?(?:wahi|waisa|vahi|vaisa|wohi) (?:ho|hoga|ho jaye"
            r"|hona chahiye) jo (?:gaddafi|saddam|ceausescu|mussolini|zia|indira(?: gandhi)?"
            rf"|rajiv(?: gandhi)?|{MURDERED})",
            "hashr anjaam anjam",
        ),
    ),
    # Pogroms and cleansing called for: "2002 should be repeated", "another 1984 for these
    # sardars", "time to clean the streets of this filth", "a final solution for these
    # people" (not "this is 1984 again", Orwell's surveillance; nor "the final solution to
    # the traffic problem")
    "threat.incitement": (
        # a people's places of worship, every one, to be besieged ("Every synagogue in London
        # should be picketed until this stops", the 1243rd set; not "every church should be
        # open on Christmas night")
        (
            r"(?:every|all (?:the )?|each) (?:synagogue|synagogues|mosque|mosques|masjid|temple"
            r"|temples|mandir|gurdwara|gurdwaras|church|churches)(?: in \w+)? (?:should|must"
            r"|needs? to|ought to|deserves? to) be (?:picketed|attacked|targeted|torched|burnt"
            r"|burned|vandalised|vandalized|raided|besieged|blockaded|shut down|closed down"
            r"|bulldozed|demolished|smashed)",
            "synagogue synagogues mosque mosques masjid temple temples mandir gurdwara gurdwaras"
            " church churches",
        ),
        # the three-hundred-and-thirteenth round (set 1236, abuse quoted, to condemn it or
        # to endorse it): "Time we stopped being tolerant of them" (not "time we stopped
        # tolerating potholes")
        (
            r"(?:time|high time) (?:we|to) (?:stopped|stop) being tolerant (?:of|towards) (?:them"
            r"|these people|those people)(?=\s*[.!]|$)",
            "tolerant",
        ),
        # a few more of a people to be beaten: "ek do ko aur thoko tab samjhenge ki mumbai
        # kiska h" (the 644th set; "ko" names people, not "ek do chhakke aur thoko")
        (
            r"(?:ek do|ek-do|do chaar|do char|do teen|ek aadh|kuch|dus bees) ko (?:aur )?(?:thoko"
            r"|thok do|maaro|maro|maar do|peeto|pito|pitai karo)(?![a-z])",
            "thoko thok maaro maro maar peeto pito pitai",
        ),
        # a people to be beaten on sight: "uttar bharatiyon ko dekh ke maaro, tab bhasha
        # seekhenge" (the 652nd set; people in the plural, not "ball ko dekh ke maaro")
        (
            r"(?:[a-z]+(?:iyon|iyo)|logon|walon|walo|waalon) ko dekh(?:te hi| ke| kar| kr| ke"
            r" hi) (?:maaro|maro|peeto|pito|thoko|maar do|goli maaro|pitai karo)(?![a-z])",
            "dekh dekhte",
        ),
        # whoever of a kind is seen to be taught a lesson: "kanwar raste pe ek bhi topi wala
        # dikhe to sabak sikhao" (the 648th set; a person by what they wear, not "saanp dikhe
        # toh maar do")
        (
            r"(?:wala|wale|wali|waala|waale|waali) (?:bhi )?dikhe? (?:to|toh) (?:use |usko |unko"
            r" |inko )?(?:sabak sikhao|sabak sikha do|maaro|maar do|peeto|pito|thoko|bhagao"
            r"|bhaga do|dubo do|jala do)(?![a-z])",
            "dikhe dikh",
        ),
        # ... and to every church: "ek ek church pe bulldozer chalao" (the 677th set)
        (
            r"(?:ek ek|har|sab|saare|sabhi|in|inke|unke) (?:church|churchon|churches|girja"
            r"|girjaghar|masjid|masjidon|mandir|mandiron|madarse|madrason|madrasa|gurudwara"
            r"|gurdwara) (?:pe|par) bulldozer (?:chalao|chala do|chalwao|chalwa do|bhej do|bhejo)",
            "bulldozer",
        ),
        # bulldozers sent to a people: "inki namaz ke time pe bulldozer bhej do" (the 657th set)
        (
            r"(?:inki|unki|inke|unke|in logon (?:ki|ke)|un logon (?:ki|ke))[^.!?\n]{0,30}? (?:pe"
            r"|par) bulldozer (?:bhej do|bhejo|chala do|chalao|chalwa do|chalwao|chala dena)",
            "bulldozer",
        ),
        # a car driven over people: "sadak pe jo leta mila uske upar se gaadi nikaal do"
        (
            r"(?:uske|unke|inke|iske|in sab ke|sabke|in logon ke|un logon ke) upar se (?:gaadi"
            r"|truck|tractor|car|bus|jeep|thar) (?:nikaal do|nikal do|nikalo|chala do|chalao"
            r"|chadha do|le jao)",
            "gaadi truck tractor car bus jeep thar",
        ),
        # an execution as a warning to others: "strikers should be struck off, then strung
        # up outside the hospital as a lesson" (the 664th set; not "the rebels were hanged in
        # the square as a warning, the museum says": no one says it should be)
        (
            r"(?:should|must|ought to|needs? to|deserve to|deserves to) (?:\w+,? ){0,6}?"
            r"(?:strung up|hanged|hung|lynched|flogged|shot) (?:\w+ ){0,5}?as (?:a lesson|an"
            r" example|a warning)",
            "lesson example warning",
        ),
        # arson as the answer: "a bit of petrol and a match and the problem's solved" (the
        # 641st set)
        (
            r"petrol and (?:a )?(?:match|matches|lighter),? (?:and )?(?:the |that |this |your )?"
            r"problem(?:'?s| is| would be)? (?:solved|sorted|gone)",
            "petrol",
        ),
        # "theatre jala do", "inki dukaanein phoonk do": places called to be burnt, in Hindi
        # (not "kachre ko jala do", the rubbish; "diya jala do", a lamp)
        (
            r"(?:theatre|theater|theatres|cinema|cinemas|hall|dukaan|dukan|dukaanein|dukanein"
            r"|dukaano|gharon|masjid|masjidon|mandir|mandiron|church|basti|bastiyan|office"
            r"|daftar|store|stores|showroom|showrooms) (?:ko |bhi )?(?:jala|phoonk|phunk|fook"
            r"|phook) (?:do|dalo|daalo|denge|dunga)",
            "jala phoonk phunk fook phook",
        ),
        # "gas chambers would be cheaper", "bring back the gas chambers" (not "the gas
        # chambers at Auschwitz", a history)
        (
            r"gas chambers? (?:would be|will be|are|is) (?:cheaper|better|quicker|faster|the"
            r" answer|the solution|what they need|needed)|(?:bring back|build|reopen|need|needs)"
            r" (?:the |some |a few )?gas chambers?",
            "chamber chambers",
        ),
        # "every mosque was a temple, and we will take back every single one, by force if
        # needed" (not "the army will take back every post by force": places of worship)
        (
            r"(?:mosques?|masjids?|masjidon|temples?|mandirs?|mandiron|churches|church|gurdwaras?"
            r"|dargahs?)[^.!?\n]{0,80}?(?:take|taking|seize|seizing|capture|grab) (?:back |over )?"
            r"(?:every|all|each|them|these|those)[^.!?\n]{0,30}?by force",
            "force",
        ),
        # "ek ek Bangladeshi ko chun chun ke nikalo": picked out one by one (not "achhe aam
        # chun chun ke nikalo", mangoes: people before "ko")
        (
            r"ko (?:\w+ )?chun ?chun (?:ke|kar|kr) (?:nikalo|nikaalo|maaro|maro|bhagao|khatam"
            r" karo|jail)",
            "chun",
        ),
        # "CAA protesters were all paid jihadis, should have been shot at Shaheen Bagh"
        (
            r"(?:protesters|protestors|demonstrators|marchers|agitators|farmers|students)"
            r"[^.!?\n]{0,50}? should(?:'?ve| have) been (?:shot|hanged|lynched|killed|gassed"
            r"|burnt|burned|mowed down|gunned down)",
            "shot hanged lynched killed gassed burnt burned mowed gunned",
        ),
        # "those who invite Pakistani artists should be hanged in public": people punished for
        # whom they hear, back or marry (not "those who lynched him must be hanged", a crime)
        (
            r"(?:those|anyone|everyone|people|all) who (?:invite|invites|support|supports|listen"
            r"|listens|watch|watches|defend|defends|vote|votes|praise|praises|hire|hires|marry"
            rf"|marries|promote|promotes)\b[^.!?\n,]{{0,40}}? {_SHOULD} (?:all )?be (?:\w+ly )?"
            rf"{_HARM}",
            _HARM_WORDS,
        ),
        # "his family should be driven out of the town"
        (
            r"(?:his|her|their) (?:whole |entire )?family (?:should|must|needs to|ought to) be"
            r" (?:driven|thrown|chased|kicked|hounded) out",
            "driven thrown chased kicked hounded",
        ),
        # "throw their priests out" (clergy driven out)
        (
            r"(?:throw|kick|drive|chase) (?:their|these|those|the) (?:priests|pastors|nuns|imams"
            r"|maulvis|mullahs|pandits|monks|missionaries) out",
            "throw kick drive chase",
        ),
        # "tab tak inke mohalle jalte rahenge": their neighbourhoods will burn
        (
            r"(?:inke|unke|in logon ke|musalmanon ke|mullon ke|hinduon ke) (?:mohalle|ghar|basti"
            r"|bastiyan|dukaanein|dukanein|gaon) (?:\w+ )?(?:jalte rahenge|jalenge|jalaye jayenge"
            r"|jala denge|jalne chahiye)",
            "jalte jalenge jalaye jala jalne",
        ),
        # "inki auraton ko bhi nahi chhodna chahiye": a people's women not to be spared (not
        # "... chhodna chahiye tha", what should have been done)
        (
            r"(?:inki|unki|in logon ki|musalmanon ki|mullon ki|hinduon ki) (?:auraton|aurton"
            r"|ladkiyon|betiyon|behno|behnon|bahu betiyon) ko (?:bhi )?(?:nahi|mat) (?:chhodna"
            r"|chhodo|chodna|chhodenge|bakhshna)(?! chahiye tha)(?! chahiye thi)",
            "chhodna chhodo chodna chhodenge bakhshna",
        ),
        # "finish these people once and for all" (not "finish the job once and for all")
        (
            # (and "finish these Christian converts off once and for all", the 704th set)
            r"finish (?:off )?(?:them|these people|those people|all of them|them all|these \w+"
            r"|those \w+|(?:these|those) \w+ \w+(?= off))(?: off)? (?:once and for all|for good"
            r"|forever)",
            "once good forever",
        ),
        # "pakad pakad ke maaro": catch them one by one and beat them
        (
            r"pakad ?pakad (?:ke|kar|kr) (?:maaro|maro|peeto|pito|thoko|kooto|bhagao|nikalo)",
            "pakad pakadpakad",
        ),
        # "naam badal ke thela lagate h ye jihadi, pakdo aur maaro" (the 547th set; not the
        # rats: "chuhe pakdo aur maaro")
        (
            # (a word before it that is no pest, or none: a comma, the text's start)
            rf"(?:{_NO_PEST}\w+,? |(?<![a-z]\s))pakdo aur (?:maaro|maro|peeto|pito|thoko"
            r"|kooto)(?! mat)",
            "pakdo",
        ),
        # violence approved after the fact: "he deserved the beating", "maarna theek tha"
        (
            # (not "the team deserved the thrashing they got in the final", nor "maarna sahi
            # hai kya?", a question)
            r"(?:he|she|him|her) (?:\w+ )?(?:deserved|deserves) (?:the|that|this|every|his|her)"
            r" (?:beating|lynching|bullet|kicking)"
            # (and "मारना सही था", romanised "marna sahi tha": the 1250th set; "क्या" is read
            # "kaya")
            r"|(?:maarna|marna|maara|mara|peetna|pitna|peeta|pitai|maar pitai) (?:bilkul"
            r" |ekdum )?(?:theek|thik|sahi) (?:tha|hai|kiya|hua)(?! kya)(?! kaya)(?!\?)",
            "deserved deserves deserve theek thik sahi",
        ),
        # "ek ek ko pakad ke maaro": every last one of them, in Hindi
        (
            # ("ek ek kuki ko dhoondh ke nikalo", the 563rd set: the people named between)
            # ("ek ek ko nikaal ke bahar phenko", the 835th set)
            r"ek ek (?:\w+ )?(?:ko|ka) (?:(?:pakad|chun|dhoondh|dhund|gin|nikaal|nikal|utha)"
            r" ?(?:ke|kar|kr) )?(?:bahar )?"
            r"(?:maaro|maar do|maro|maar dalo|kaato|kaat do|jalao|jala do|latkao|latka do|peeto"
            r"|pito|nikalo|nikaalo|bhagao|phenko|fenko|phenk do|fenk do)",
            "ek",
        ),
        (
            r"(?:another|repeat|repeat of|one more|ek aur) (?:gujarat )?2002|2002 (?:again|should"
            r" be repeated|must be repeated|needs to be repeated|will be repeated|phir se"
            r"|dohraya|dohrana|dohrayenge)"
            r"|(?:another|repeat|repeat of|one more|ek aur) 1984 (?:for|on|against|with) (?:these"
            r"|those|the|all)? ?(?:sardars?|sikhs?|sikh|khalistanis?|them)"
            r"|1984 (?:should be repeated|must be repeated|needs to be repeated|will be"
            r" repeated|dohraya|dohrana|dohrayenge)"
            # "Sikhon ko 1984 yaad dilana padega": a pogrom to be recalled to its people (not
            # "voters ko 1984 yaad dilana padega", a campaign)
            r"|(?:sikhon|sikho|sardaron|sardaro|sikhs|musalmanon|musalmano|muslimon|mullon|inko"
            r"|unko|in logon|inhe|unhe) ko (?:phir se |fir se |ek baar |dobara )?(?:1984|2002"
            r"|godhra) (?:phir se |fir se )?(?:yaad|yad) (?:dila|dilana|dilao|dilayenge|dila denge"
            r"|dila dena|dilaana)",
            "2002 1984",
        ),
        (
            r"(?:clean|cleanse|purge|rid|clear) (?:the |our |this )?(?:streets|country|nation"
            r"|city|town|india|europe|britain|land|society|valley|state|region) (?:of|from)"
            r" (?:this|these|those|the|them|all the) ?(?:filth|vermin|scum|trash|rats|cockroaches"
            r"|parasites|invaders|jihadis|mulle|katue|\w+ filth|\w+ vermin)?(?![a-z])",
            "filth vermin scum trash rats cockroaches parasites invaders jihadis mulle katue",
        ),
        (
            r"final solution (?:for|to) (?:these|those|the|all) (?:people|\w+ people|muslims"
            r"|jews|migrants|immigrants|refugees|rohingyas?|mulle|dalits|christians|hindus"
            r"|sikhs|gays|problem of (?:these|those|the) \w+)|final solution (?:for|to) (?:them"
            r"|these people|those people)",
            "solution",
        ),
        (
            r"(?:muslims|jews|hindus|sikhs|christians|dalits|migrants|immigrants|refugees|they"
            r"|these people|those people|you people|your kind|mulle|katue|gays) (?:will|are"
            r" going to|gonna|shall) (?:all )?get what'?s coming(?: to them)?",
            "coming",
        ),
        (
            r"(?:you people|your kind|your lot|your community|these people|those people)"
            r" (?:are|will be|r) (?:all )?(?:finished|done for|next(?=\s*(?:[.!]|$)))(?![a-z])",
            "finished next",
        ),
        # "Is kasai ki family ko bhi gaon se nikaal do": a family driven out, in Hindi (not
        # "kachra gaon se bahar nikaal do"); anyone thrown out of the neighbourhood: "Salim ko
        # mohalle se bahar pheko, aur uske bacchon ko bhi" (round 558; not "... mohalle ka
        # support chahiye")
        (
            r"(?:family|parivar|parivaar|khandan|khaandaan|ghar walon|gharwalon) ko (?:bhi )?"
            r"(?:gaon|shehar|mohalle|desh|basti|sheher) se (?:bahar )?(?:nikaal|nikal|bhaga"
            r"|khaded) (?:do|dena chahiye|denge|dalo|daalo)"
            r"|ko (?:is |hamare |humare |apne )?(?:mohalle|mohalla|gaon|basti|colony|sheher"
            r"|shehar|society|gali) se (?:bahar |baahar )?(?:pheko|phenko|fenko|phek do|phenk do"
            r"|fek do|khadedo|khaded do|bhagao|bhaga do|maar ke bhagao)(?![a-z])",
            "gaon shehar mohalle basti sheher nikaal khaded pheko phenko fenko phek phenk fek"
            " khadedo bhagao bhaga",
        ),
        # "isko aur maarte toh acha hota": a beating wished harder, after the fact; and
        # without the "acha hota": "Raju ko aur maarna chahiye tha" (round 566; not "... aur
        # muavza milna chahiye tha"), or fit to be beaten, "maar khane layak"
        (
            r"(?:aur|zyada|jyada|thoda aur) (?:maarte|maarna chahiye tha|peette|peetna chahiye"
            r" tha|kootte) (?:(?:to|toh) )?(?:acha|accha|achha|sahi|theek) (?:hota|tha|rehta)"
            r"|ko (?:aur|or|aur zyada|achhe se|acche se|jaan se) (?:maarna|marna|peetna|pitna)"
            r" chahiye tha(?![a-z])"
            r"|maar khane (?:ke )?(?:layak|laayak|lyak|laiq)(?![a-z])",
            # (cued by its rarer words: "maar" and "khane" are in most Hindi comments)
            "maarte maarna peette peetna kootte marna pitna layak laayak lyak laiq",
        ),
        # "put them on boats and sink the boats" (not "the storm could sink the boats")
        (
            r"(?:put|load|pack|throw|push) them (?:on|in|into|onto) (?:\w+ )?(?:boats?|ships?)"
            r" (?:and|then) (?:\w+ )?sink|sink (?:their|those|these|the migrant|the refugee"
            r"|the rohingya) boats",
            "sink",
        ),
        # "These dinghy divers should be sent back in body bags"
        # (not "our soldiers came home in body bags": the dead of a war mourned)
        (
            # (and "send the boys back in boxes", the 714th set)
            # (and one by one: "Send every Kashmiri student back to the valley in a body bag",
            # the 845th set)
            r"(?:should|must|will|ought to|needs? to) (?:all )?be sent (?:back |home )?in (?:body"
            r" ?bags|boxes|coffins)|send (?:them|him|her|these \w+|those \w+|every \w+|all of them"
            # ("Send the lot back in body bags if that's what it takes", the 1039th set)
            r"|the boys|the men|the lot|the lot of them|em)(?: all)?[^.!?\n]{0,30}?"
            r" (?:back |home )?in (?:body ?bags|boxes|coffins|a (?:body ?bag|box|coffin))"
            # (and a people called a thing: "Albania sends us its rubbish, we should send it
            # back in a body bag", round 576; not "send it back in a box", a parcel)
            r"|send (?:it|that) (?:all )?(?:back|home) in (?:body ?bags|a body ?bag|coffins"
            r"|a coffin)",
            "bags bodybags boxes coffins bag bodybag box coffin",
        ),
        # "time to take our country back by any means"
        (
            r"take (?:our|the|this) country back,? by any means(?: necessary)?",
            "means",
        ),
        # "the locals will. Torches ready lads.": a mob summoned
        # (not "torches ready for the Diwali procession")
        (
            r"pitchforks (?:ready|out|at the ready)|torches (?:and pitchforks|ready|out|at the"
            r" ready|lit),? (?:lads|boys|men|brothers|everyone|folks|people)(?![a-z])",
            "torches pitchforks",
        ),
        # "Monkey noises were the right response"
        (
            r"monkey (?:noises|chants|sounds)[^.!?\n]{0,30}? (?:were|are|was|is) (?:the right"
            r"|deserved|fair|justified|funny|spot on|hilarious|the best part|the highlight"
            r"|top banter|banter|class)",
            "monkey",
        ),
        # a Holocaust wished on someone: "should've been gassed with the rest" (not "should
        # not have been tear-gassed")
        (r"(?<!not\s)(?:should|ought to)(?:'?ve| have) been gassed", "gassed"),
        # "Gas the lot of them" (not "kill them all", a film's title as much as a wish)
        (
            r"(?:gas|exterminate|nuke|slaughter|lynch|hang|shoot|drown|cull) (?:the (?:whole )?lot"
            r" of them|all of them|every one of them|each one of them|every last one of them)"
            r"(?! (?:a|an) (?:message|note|mail|email|text|link))",  # (a message "shot")
            "gas exterminate nuke slaughter lynch hang shoot drown cull",
        ),
        # "Line them up and shoot the traitors" (the firing squad called for; not "line them
        # up and count them", nor "line them up for the photo")
        (
            r"line (?:them|\w+ \w+s|these \w+|those \w+)(?: all)? up(?: against (?:a|the) wall)?"
            r" and (?:shoot|hang|gas|kill|execute)",
            "line",
        ),
        # "Feed the Muslims to the crocodiles" (not "feed the scraps to the dogs": only
        # animals that eat people, and people or a plural fed to them)
        (
            r"feed (?:them|him|her|(?:all |the |these |those )(?!(?:\w+ )?(?:sardines|fish|fishes"
            r"|chickens|goats|pigs|rabbits|rats|mice|scraps|leftovers|carcasses|bones|meat"
            r"|remains|bodies|corpses)(?![a-z]))(?:\w+ )?\w+s) to the"
            r" (?:crocodiles|crocs|sharks|lions|alligators|gators|piranhas|wolves|tigers)",
            "crocodiles crocs sharks lions alligators gators piranhas wolves tigers",
        ),
        # "The only good mosque is a burning one" (places of worship to be burnt or bombed)
        (
            r"the only good (?:mosque|masjid|temple|mandir|church|gurdwara|synagogue)s? (?:is|are)"
            r" (?:a |the )?(?:burning|burnt|burned|bombed|demolished|razed|flattened)"
            r" (?:one|ones)",
            "burning burnt burned bombed demolished razed flattened",
        ),
        # "Kashmiri Muslims ko bhi wahi treatment milna chahiye jo pandits ko mila tha": a
        # people wished what was done to another (not "... jo sabko milta hai": equal)
        (
            r"ko (?:bhi )?(?:wahi|vahi|wohi|same) (?:treatment|haal|salook|anjaam|hashr) (?:milna"
            r"|hona) chahiye jo (?:\w+ ){0,3}?(?:ko|ke saath) (?:mila tha|hua tha|mili thi)",
            "treatment haal salook anjaam hashr",
        ),
        # "Jitne Hindu maare, utne hi yahan ke Muslim maaro" (the 442nd set): a people told
        # to be killed, without "ko" (not "Hindu maare gaye", a report)
        (
            r"(?:muslim|muslims|musalman|musalmaan|hindu|hindus|sikh|sikhs|isai|christian"
            r"|christians|dalit|dalits|bangladeshi|bangladeshiyon|pakistani|mulle|mullo|katue"
            r"|katuon) (?:maaro|maro|maar do|mar do|maar dalo|kaato|kaat do|kaat dalo)(?![a-z])",
            "maaro maro maar mar kaato kaat",
        ),
        # "Unke saath wahi karo jo unhone Pandits ke saath kiya": what one people suffered,
        # called down on another (not "sabke saath wahi karo jo aap apne saath chahte ho")
        (
            r"(?:unke|inke|in logon ke|un logon ke|inn ke|un sab ke) saath (?:bhi )?(?:wahi|vahi"
            r"|wohi|same) (?:karo|kiya jaye|kiya jaaye|hona chahiye|karna chahiye) jo (?:unhone"
            r"|inhone|unhon ne|inhon ne|in logon ne|un logon ne)",
            "wahi vahi wohi same",
        ),
        # "Hostel mein ghus ke maaro in Kashmiriyon ko" (not "ghar mein ghus ke maarenge", a
        # state's boast about its enemies abroad)
        (r"ghus (?:ke|kar|kr) (?:maaro|maro|peeto|maar do|kooto)", "ghus"),
        # "The only language these separatist rats understand is the bullet" (not a state's
        # or a ruler's: "The only language Putin understands is force" is an argument about
        # a war)
        (
            r"only language (?!(?:putin|russia|the kremlin|moscow|china|beijing|xi|iran|tehran"
            r"|north korea|pyongyang|kim|a dictator|dictators|tyrants|a tyrant|bullies|a bully"
            r"|the regime|regimes|hamas|hezbollah|the taliban|isis|assad|the junta)\b)(?:\w+ )"
            r"{1,3}?understands? is (?:the |a )?(?:bullet|bullets|gun|force|violence|danda|lathi"
            r"|stick)",
            "language",
        ),
        # a city bombed, called for: "Bangladesh ko sabak sikhana padega, bomb gira do Dhaka
        # pe" (the 974th set; not "bomb gira do is exam pe", an exam cursed)
        (
            r"bomb (?:gira|daal|phod|maar|barsa) (?:do|dena chahiye|denge|dalo|daalo)"
            r" (?:dhaka|lahore|karachi|islamabad|rawalpindi|pakistan|bangladesh|gaza|kabul"
            r"|beijing|tehran|kashmir|srinagar|mewat|malappuram) (?:pe|par|mein|me)"
            r"|(?:dhaka|lahore|karachi|islamabad|rawalpindi|pakistan|bangladesh|gaza|kabul"
            r"|beijing|tehran|kashmir|srinagar|mewat|malappuram) (?:pe|par) bomb (?:gira|daal"
            r"|phod|barsa) (?:do|dena chahiye|denge|dalo|daalo)",
            "bomb",
        ),
        # a people interned: "Kashmiriyon ko camp mein band karo jaise China karta hai" (the
        # 985th set; not "Camp mein band karo sab tents")
        (
            rf"(?:{_KO_PEOPLES}|kashmiriyon|kashmiri|muslim|musalman|biharis?|bangladeshi|rohingya"
            r"|dalit|sikh|isai|christian|bengali|assamese) ko (?:\w+ )?(?:detention |concentration"
            r" )?(?:camp|camps|campon|jail|jailon) (?:mein|me) (?:band|daal|bhej|rakh|thoos)"
            r" (?:karo|do|dena chahiye|denge|karna chahiye|kar do)",
            "camp camps campon jail jailon",
        ),
        # "only the language of bullets", in Hindi: "inko sirf goli ki bhasha samajh aati hai"
        # (the 985th set; not "goli ki bhasha mein baat karti hai ye dawa", a pill)
        (
            r"(?:inko|unko|inhe|unhe|ye log|in logon ko|aise logon ko)\b[^.!?\n]{0,15}?(?:sirf"
            r"|bas|keval|kewal) (?:goli|golon|danda|dande|lathi|joote|jute|bullet) ki (?:bhasha"
            r"|zubaan|zuban|bhaasha) (?:hi )?(?:samajh|samjh)"
            # ... and "only by the stick": "In jaaton ko to laathi se hi samajh aata hai" (the
            # 1172nd set, in Devanagari; not "bachchon ko pyaar se hi samajh aata hai")
            r"|(?:inko|unko|inhe|unhe|ye log|in logon ko|aise logon ko|in \w+on ko|un \w+on ko)"
            # (not "goli se", a pill as often as a bullet)
            r"(?: (?:to|toh|bhi))? (?:lathi|laathi|danda|dande|joote|jute) (?:se|ki maar se) hi"
            r" (?:samajh|samjh)"
            # ... and stones thrown, praised as the only language: "Sahi kiya pathar maar ke,
            # in dalito ko yahi bhasha samajh aati hai" (round 543; not "Galat kiya pathar
            # maar ke, in logon ko kanoon ki bhasha samajh aani chahiye")
            r"|(?:sahi|achha|acha|accha|theek|thik|badhiya) (?:kiya|kia|hua)\b[^.!?\n]{0,20}?"
            r"(?:pathar|patthar|maar|peet|thok|jala)\w*[^.!?\n]{0,40}?(?:yahi|isi|ye hi|yehi)"
            r" (?:bhasha|zubaan|zuban|bhaasha) (?:samajh|samjh)",
            "bhasha zubaan zuban bhaasha lathi laathi danda dande joote jute",
        ),
        # a cross burnt on a family's lawn, the Klan's threat: "Somebody should burn a cross
        # on their lawn" (the 971st set; not "burn the cross-stitch pattern onto the fabric")
        (
            r"(?:burn|burning|burnt|burned|light|set fire to) (?:a|the) cross (?:on|in front of"
            r"|outside|in) (?:their|his|her|your|the family'?s|the) (?:lawn|yard|front yard"
            r"|garden|driveway|house|home|door|porch)",
            "cross",
        ),
        # "maar maar ke bhagana padega": beaten and driven out ("Kannadigas ko mar marke
        # bhagao Chennai se", the 821st set)
        (
            # (an optional space written \s?: a space in a pattern is a run of them)
            r"(?:maar|mar)\s?(?:maar|mar)\s?(?:ke|kar|kr) (?:bhagana (?:padega|chahiye|hoga)"
            r"|bhagao|bhaga do|bhagayenge|nikalo|nikaalo|nikaal do|nikal do"
            # ... or sent back: "Unko maar maar ke wapas train mein daalo" (the 952nd set),
            # "Inko maar maar ke train mein wapas bhejo" (round 606)
            r"|wapas|vapas|(?:[a-z]+ ){1,3}(?:wapas|vapas) (?:bhejo|bhej do|daalo|dalo"
            r"|bhejna))",
            "maar maarmaar mar marmar marmarke maarmaarke",
        ),
        # "uska baap usko wahin khatam kar de": a woman killed by her family, called for
        # (not "bhai usko khatam kar de": "bhai" is how a reader is hailed, "usko" the quarrel)
        (
            r"(?:baap|pita|papa|family|gharwale|ghar wale) (?:\w+ ){0,2}?(?:usko|use|unko"
            r"|unhe|isko|ise) (?:wahin |wahi |wahin pe |usi waqt )?khatam kar (?:de|do|dena"
            r" chahiye|dein|denge|deta)",
            "khatam",
        ),
        # "1984 was not enough, they need another lesson": a pogrom called too small (not
        # "2002 was not enough to make them apologise")
        (
            r"(?:1984|2002|1992|godhra|gujarat 2002) (?:was not|wasn'?t|was never|is not"
            r"|isn'?t) enough(?! (?:to|for))",
            "enough",
        ),
        # "unke gharon mein aag laga do": their houses set on fire (not "unke ghar mein aag
        # lag gayi", a fire reported)
        (
            r"(?:inke|unke|iske|uske|in logon ke|in sab ke|un sab ke) (?:ghar|gharon|dukaan"
            r"|dukaanon|dukanon|mohalle|basti|gaadi|gaadiyon|khet|kheton"
            # (and "unke hotel ko aag laga denge", a visiting team's: the 663rd set)
            r"|hotel|hotelon|bus|office|daftar|camp|hostel|hostelon|kamre|kamron)(?: mein| me| ko)?"
            r" aag (?:laga|lagaa) (?:do|dena chahiye|denge|dalo|daalo|deni chahiye)",
            "aag",
        ),
        # "har jhuggi mein ek ghuspaithiya, aag laga do sabko" (the 596th set): people set
        # on fire, called for
        (
            # (everyone: "inko aag laga do" may be the papers in hand, unless alive)
            r"(?:aag (?:laga|lagaa) (?:do|dalo|daalo|denge) (?:sabko|sab ko|in sabko|in sab ko"
            r"|un sabko)|(?:sabko|in sabko|in sab ko|un sabko) aag (?:laga|lagaa) (?:do|dalo"
            r"|daalo|denge)|(?:sabko|inko|unko|in sabko) zinda aag (?:laga|lagaa) (?:do|dalo"
            r"|daalo|denge))(?![a-z])",
            "aag",
        ),
        # "sabko jail mein daalo ya encounter karo": killed by the police, called for (not
        # "fake encounter karna galat hai")
        (
            r"(?:sabka|sab ka|inka|unka|iska|uska|in sab ka|in logon ka|sabko|inko|unko|ya|ya"
            r" phir|aur) encounter (?:karo|kar do|kar dena chahiye|hona chahiye|kar dalo"
            r"|karna chahiye)",
            "encounter",
        ),
        # ... and "kill" as a Hindi verb, the same way: "jo bhi ye film dekhne jaaye uska
        # theatre mein hi kill kar do" (the 1167th set; not "kill karne ki baat karna galat
        # hai", nor "boredom ne kill kar diya", a film's dull half)
        (
            r"(?:sabka|sab ka|inka|unka|iska|uska|in sab ka|in logon ka|sabko|inko|unko|isko"
            r"|usko)\b(?: (?!ne\b|se\b)\w+){0,4}? (?:kill|murder|qatl|katl) (?:karo|kar do"
            r"|kardo|kar dena|kar denge|kar dunga|kar dalo|kar daalo|karna chahiye|kar dena"
            r" chahiye)(?![a-z])",
            "kill murder qatl katl",
        ),
        # "Bloody tribals, shoot a few and the rest will run"
        (
            # (and "shoot a few at the border and the rest ...", the 716th set)
            r"(?:shoot|kill|hang|lynch|beat|thrash) a few(?: of them)?(?: (?:at|on|in) the \w+)?,?"
            r" (?:and )?(?:the rest"
            r"|the others|others|baaki)",
            "few",
        ),
        # "these cow killers should all be lynched": a mob called for, whoever is named (a
        # court hangs; nobody lawfully lynches)
        (
            r"(?<!nobody\s)(?<!one\s)(?:should|must|ought to|deserve to|deserves to|needs? to)"
            r" (?:all )?(?:be|get) lynched",
            "lynched",
        ),
        # "Is comedian ko ... zinda jala dena chahiye": burnt alive
        (
            r"(?:zinda|jinda) (?:jala (?:do|dena chahiye|denge|dalo|daalo|diya jaye)|jalana"
            r" chahiye|jalao)"
            # a custom of burning "such people" alive, approved: "Aise logon ko gaon mein zinda
            # jala dete hain" (the 890th set; not "zinda jala dene wali ghatna ki jaanch")
            r"|(?:aise|aison|in|inn|is tarah ke|aise sab) (?:logon|logo|log) ko (?:\w+ ){0,3}?"
            r"(?:zinda|jinda) jala (?:dete|dena|diya karte)\b",
            "zinda jinda",
        ),
        # the thirty-third round (sets 703-707): a bulldozer driven over people, not their
        # houses ("bulldozer chala do in sab ke upar, ghar ke saath saath inko bhi"); a
        # people's "solution" in a genocide named ("the only solution for the miyas is what
        # Myanmar did with the Rohingyas"; not "what Myanmar did was genocide"); people to be
        # dumped at the border "zinda ya murda"
        (
            r"(?:bulldozer|buldozer) (?:chala|chalao|chalaao|chala do|chalwa do|chalwao|chalana"
            r" chahiye|chala dena chahiye|chala dena) (?:in|un|in logon|un logon|in sab|un sab"
            r"|sab|in sabhi|un sabhi) ke (?:upar|oopar|uppar)"
            # (and "Pagdi wale aatankwadi highway band karke baithe hain, bulldozer chala do
            # upar se", the 1107th set: whom, said before)
            r"|(?:bulldozer|buldozer) (?:chala do|chalao|chala dena|chalwa do) (?:upar|oopar"
            r"|uppar) se(?![a-z])|(?:in|un|in logon|un logon|in sab"
            r"|un sab) ke (?:upar|oopar|uppar) (?:bulldozer|buldozer) (?:chala|chalao|chala do"
            r"|chalwa do)|(?:bulldozer|buldozer)[^.!?\n]{0,40}?(?:ghar|gharon) ke (?:saath|sath)"
            r"(?: saath| sath)? (?:inko|unko|inhe|unhe|in sabko|sabko|in logon ko) bhi(?=[.!]|$)",
            "bulldozer buldozer",
        ),
        (
            r"(?:solution|answer|ilaaj|ilaj|treatment|cure)\b[^.!?\n]{0,40}? (?:is|hai|:)"
            r" (?:to do )?(?:what|jo) (?:myanmar|burma|hitler|the nazis|nazis) (?:did|ne kiya"
            r"|ne kia)"
            r"|do (?:to|with) (?:them|these \w+|those \w+|the \w+) what (?:myanmar|burma|hitler"
            r"|the nazis|nazis) did"
            # ... in Hindi: "Myanmar ne sahi kiya tha inke saath, humein bhi wahi karna
            # chahiye" (the 906th set; not "Myanmar ne jo kiya wo genocide tha")
            r"|(?:myanmar|burma|hitler|nazis) ne (?:sahi|theek|thik|achha|accha) (?:kiya|kia)"
            r" (?:tha )?(?:inke|unke|in logon ke|un logon ke|rohingya ke|rohingyaon ke|yahudiyon"
            r" ke) (?:saath|sath)"
            r"|(?:wahi|vahi|yahi) karna chahiye jo (?:myanmar|burma|hitler|nazis) ne",
            "myanmar burma hitler nazis",
        ),
        # a people's "cure" said to be what was done somewhere: "Barelviyon ka bhi yahi ilaj
        # hai, jaise Parachinar mein hua" (the 836th set; not "dengue ka yahi ilaj hai, jo
        # doctor ne bataya": what was done, not told)
        (
            r"(?:ka|ki|ke|ko) (?:bhi )?(?:yahi|ek hi|wahi|sahi) (?:ilaj|ilaaj|ilaz|ilaaz)"
            r" (?:hai|h|he)\b[^.!?\n]{0,15}?(?:jaise|jo) (?:\w+ ){1,3}?(?:mein|me|main|ke saath"
            r"|ke sath) (?:hua|kiya|kia|hua tha|kiya tha)(?![a-z])",
            "ilaj ilaaj ilaz ilaaz",
        ),
        (
            r"(?:inko|unko|inhe|unhe|in sabko|in sab ko|sabko|in logon ko)\b[^.!?\n]{0,60}?"
            r"(?:chhod do|chhodo|chhod aao|phenk do|phenko|bhej do|bhejo|nikalo|nikal do"
            r"|bhagao|bhaga do),? zinda ya (?:murda|mara hua|maar ke)",
            "murda",
        ),
        # the thirty-fourth round (sets 708-712): a people's houses to be bulldozed as a
        # punishment; stones thrown approved ("achha hua patthar maare") and a caste told to
        # remember its place; "ghodi ke neeche kuchal denge"; a bride to "learn what happens
        # to women of her caste"; "I'll take a machete to every one of them"
        (
            r"(?:should|must|will|deserve to|ought to)\b[^.!?\n]{0,50}? (?:have|get) their"
            r" (?:houses|homes|shops|businesses) (?:bulldozed|demolished|razed|burnt|burned"
            r"|torched)",
            "bulldozed demolished razed burnt burned torched",
        ),
        (
            r"(?:achha|accha|acha|sahi|theek) (?:hua|kiya)(?: jo| ki)? (?:\w+ )?(?:patthar"
            r"|pathar) (?:maare|mare|maara|mara|pade|pare)"
            r"|(?:inko|unko|inhe|unhe|in logon ko) (?:yaad rehna chahiye|yaad rakhna chahiye|pata"
            r" hona chahiye|yaad dilana padega) ki (?:ye|yeh|wo|woh|ve) kaun (?:hain|hai|h)",
            "patthar pathar kaun",
        ),
        (
            r"(?:ke )?(?:neeche|niche|tale) kuchal (?:denge|dunga|doonga|do|dalenge|daalenge"
            r"|dalo|daalo|diya jayega)",
            "kuchal",
        ),
        (
            r"(?:she|he|you|u|they)(?:'?ll| will) (?:learn|find out|see|know) what happens to"
            r" (?:women|girls|people|men|those|anyone|dalits|muslims) (?:of|like) (?:her|his"
            r"|your|their) (?:caste|kind|type|religion|community|sort)",
            "happens",
        ),
        (
            r"(?:i'?ll|i will|we'?ll|we will|gonna|going to) take (?:a |my )?(?:machete|knife"
            r"|bat|baseball bat|axe|hammer|shotgun|gun|crowbar) to (?:every one of them|each of"
            r" them|all of them|them|him|her|you|u|the lot|the lot of them)",
            "machete knife bat axe hammer shotgun gun crowbar",
        ),
        # the thirty-fifth round (sets 713-717): "next time it won't be just a beating";
        # "tera roommate bhi jihadi hi nikalega" (not "... bhi local hi nikla", a report);
        # women to be stoned "maar maar ke"; detention centres wished dry; children to be
        # taken away "at birth"
        (
            r"next time (?:it|there) (?:won'?t|will not|wont) be (?:just |only )?(?:a beating"
            r"|a warning|words|your windows|a slap|a punch|the car)",
            "beating warning words windows slap punch car",
        ),
        (
            r"(?:bhi|bhee) (?:jihadi|aatankwadi|atankwadi|aatanki|terrorist|gaddar|gaddaar)"
            r" hi (?:nikalega|niklega|nikalegi|niklegi|hoga|hogi)",
            "jihadi aatankwadi atankwadi aatanki terrorist gaddar gaddaar",
        ),
        (
            r"(?:ko|inko|unko|inhe|unhe) (?:patthar|pathar|pathhar) (?:maar maar ke|maar maar kar"
            r"|maar ke|maar kar|se maar) (?:sudharna|sudhaaro|sudharo|maaro|maar do|maar dena"
            r"|maarna|seedha karo)"
            # ... and the stoning ordered, the lesson after: "Inki baraat ko patthar maaro,
            # tabhi sudhrenge" (round 574; not "baraat ko suraksha do", nor the devil stoned at
            # the Hajj, "shaitan ko patthar maarte hain")
            r"|(?<!shaitan\s)(?<!shaytan\s)ko (?:patthar|pathar|pathhar) (?:maaro|maro|maar do"
            r"|maardo)(?![a-z])(?! mat)",
            "patthar pathar pathhar",
        ),
        (
            # (and "Hope the hotel catches fire tonight" under "Asylum seekers moved into
            # Ashford hotel", round 531; not "hope the hotel gets an inspection")
            r"hope (?:the )?(?:detention (?:centers|centres|camps)|camps|boats|dinghies|trucks"
            r"|hotels?|hostels?|barracks)"
            r"[^.!?\n]{0,30}?(?:run out of (?:water|food|air)|sink|capsize|burn|catch(?:es)? fire"
            r"|goes up in flames)"
            # ... and told: "Drown the boats before they land" (not "stop the boats")
            rf"|(?:{SENTENCE_OPENS}|(?<![a-z])(?:just|should|must) )(?:sink|drown"
            r"|torpedo|capsize) (?:the|their|those|these|all the|every) (?:migrant |refugee"
            r" |small )?(?:boats|dinghies|rafts)(?![a-z])",
            "detention camps boats dinghies trucks hotel hotels hostel hostels barracks rafts",
        ),
        (
            r"(?:should|must|need to|needs to|ought to) be taken (?:away )?from (?:them|their"
            r" (?:mothers|parents|families)) at birth",
            "birth",
        ),
        # the thirty-sixth round (sets 718-722): "shoot the tires out of every truck with a
        # Singh behind the wheel"; a woman "put in her place ... how a man would do it";
        # electric shocks for gay men; farmers burnt in their fields; a village's boys
        # "bigad jayenge" unless a couple is thrown out
        (
            r"(?:shoot|ram|run|torch|burn|block)[^.!?\n]{0,30}? every (?:truck|car|cab|bus|shop"
            r"|house|store|taxi) with a (?:singh|sikh|turban|muslim|paki|hijab|\w+) (?:behind the"
            r" wheel|driving|inside)",
            "wheel driving inside",
        ),
        (
            r"(?:needs?|ought|deserves?) to be put in (?:her|his|their) place[^.!?\n]{0,40}?"
            r"(?:how a man|by a man|with a (?:slap|belt|stick|beating))",
            "place",
        ),
        (
            r"(?:ko|inko|unko|inhe|unhe) (?:pakad ke |pakad kar |pakadke )?(?:electric shock"
            r"|bijli ke jhatke|karant) (?:do|dena chahiye|lagao|de do|dilao)",
            "shock jhatke karant",
        ),
        (
            r"(?:kisaano|kisano|kisaanon|kisanon|sardaron|sikhon|jatton|logon|in sab|un sab)"
            r" ko[^.!?\n]{0,30}? (?:jala|jalaa) (?:do|dalo|daalo|denge)",
            "jala jalaa",
        ),
        # the 369th round (the 1292nd set, riots in the banlieues): a people to be "cleaned
        # out, street by street" (not "clean the gutters out, street by street")
        (
            r"(?:clean|clear|sweep|flush|purge|wipe|smoke) (?:them|em|the lot|these people"
            r"|those people|the lot of them) out,? (?:street by street|house by house|block by"
            r" block|one by one|once and for all)",
            "street block purge flush sweep wipe smoke",
        ),
        # the 338th round (the 1261st set, a pastor's prayer meeting attacked in
        # Chhattisgarh): Christians to be beaten out of the village ("Ye paadri log ...
        # maar ke bhagao"; not "bandaron ko maar ke nahi, dara ke bhagao")
        (
            r"(?:paadri|padri|pastor|isai|isaai|isaiyon|isaiyo|christians?|mulle|mullon"
            r"|musalman|musalmano|bihari|biharion|bangladeshi|rohingya)\w*\b[^\n]{0,160}?"
            r"maar (?:ke|kar|maar ke|kar ke|peet ke) (?:bhagao|bhaga do|bhagana|nikalo"
            r"|nikaal do|nikal do)",
            "bhagao bhaga bhagana nikalo nikaal nikal",
        ),
    ),
    "dehumanisation": (
        # round 513 (set 1436, a trans councillor named, with twins): "he's a pervert who
        # wants into the ladies' loos" (the predator trope; not "... calls the policy");
        # round 515: "Tinkers don't wash" (not "The camp has no running water, which is the
        # council's fault")
        (
            r"(?:pervert|predator|perv|groomer|creep|bloke|man|men)s? (?:who|that) (?:just )?"
            r"(?:wants?|want to|is trying|are trying|tries) (?:to get )?(?:into|in) (?:the )?"
            r"(?:ladies|women|womens|girls)(?:'s|'|s)? (?:loos?|toilets?|changing rooms?"
            r"|bathrooms?|showers?|spaces?)",
            "loo loos toilet toilets changing room rooms bathroom bathrooms shower showers space"
            " spaces",
        ),
        (
            r"(?:tinkers|gypsies|gyppos|pikeys|travellers|roma|biharis|bangladeshis|pakis"
            r"|indians|africans|somalis|romanians|arabs|mexicans) (?:don'?t|never|do not|dont)"
            r" (?:wash|bathe|shower)(?=\s*(?:[,.!?;]|$|and\b|or\b|properly|ever))",
            "wash bathe shower",
        ),
        # round 510 (set 1433, sarcasm about a people, with twins): "another Romanian
        # 'entrepreneur' in the dock" (not "another minister 'surprised' by ..."); "Muslims
        # and peace, name a more iconic duo" (not "Trains and punctuality, ..."); "Another
        # Pakistani grooming gang? Must be a coincidence" (not "Another report on grooming
        # gangs?"); "Jews complaining about money again?" (not "Bankers complaining about
        # tax again?"); "Kashmiri aur patthar, bachpan ka pyaar" (not "Delhi aur pollution")
        (
            r"another (?:romanian|albanian|pakistani|nigerian|somali|muslim|gypsy|roma|bulgarian"
            r"|afghan|eritrean|sudanese|moroccan|algerian|bangladeshi|rohingya|bihari|polish"
            r"|lithuanian|african|jewish|kashmiri) ['\"‘’“”][a-z ]{3,30}['\"‘’“”]",
            "romanian albanian pakistani nigerian somali muslim gypsy roma bulgarian afghan"
            " eritrean sudanese moroccan algerian bangladeshi rohingya bihari polish lithuanian"
            " african jewish kashmiri",
        ),
        (
            r"(?:muslims?|islam|jews|gypsies|roma|blacks|africans|pakistanis|pakis|romanians"
            r"|albanians|somalis|mexicans|immigrants|migrants|refugees|biharis|dalits|kashmiris"
            r"|arabs|asians|nigerians|afghans) (?:and|&) \w+(?: \w+)?,? name a (?:more|less)"
            r" iconic duo",
            "iconic",
        ),
        (
            r"another (?:pakistani|paki|asian|muslim|afghan|albanian|romanian|somali) (?:grooming"
            r"|rape|rape and grooming) gangs?\b[^\n]{0,40}?(?:coincidence|nothing to see"
            r"|shock|shocked|shocking|shocker|surprise|who'?d have thought)",
            "coincidence nothing shock shocked shocking shocker surprise thought",
        ),
        (
            r"jews? (?:\w+ )?(?:complaining|moaning|whining|crying|kvetching|obsessing|fussing)"
            r" about (?:money|cash|the money|their money|pennies|interest)\b",
            "money cash pennies interest",
        ),
        (
            r"kashmiri\w* (?:aur|and|&) (?:patthar|pathar|patthr|stones?|pattharbaaz\w*"
            r"|pelting)\b",
            "patthar pathar patthr stone stones pelting",
        ),
        # round 503 (set 1426, asylum seekers housed in a village hotel): "Funny how these
        # 'refugees' all have iPhones and knives" (a people's name in scare quotes beside a
        # weapon or a crime; not "Funny how the same MPs who voted for the Rwanda plan ...")
        (
            r"(?:these|those|the|all the|so called|so-called|our|your) ['\"‘’“”](?:refugees"
            r"|asylum seekers|migrants|children|kids|minors|families|teenagers|students)"
            r"['\"‘’“”][^.!?\n]{0,40}?\b(?:knives|knife|machetes?|rapists?|rape|stab|stabbed"
            r"|stabbing|stabbings|gangs?|beards)\b",
            "knives knife machete machetes rapist rapists rape stab stabbed stabbing stabbings"
            " gang gangs beards",
        ),
        # the three-hundred-and-eleventh round (set 1234, a people as a disease or a pest
        # without naming it, with twins): an infestation that "isn't bedbugs" (not "and it's
        # bedbugs"); "they'll outnumber us" beside their multiplying (not "electric cars will
        # outnumber petrol ones"); cities "colonised" till "nothing left of us" (not
        # "colonised by betting shops, soon there'll be nothing else left")
        # (and a people said to spread like a virus, "They spread through a town like a
        # virus, first one family ..." (not "Misinformation spreads through a town like a
        # virus"); a name endorsed "for a reason" ('They call them "maal" for a reason', not
        # 'They call her "Iron Lady" for a reason'), the 1236th set)
        (
            r"(?:they|these people|those people|their kind|these lot) (?:spread|multiply)"
            r" (?:through|across|in|into) [^.!?\n]{0,25}?like (?:a )?(?:virus|disease|plague"
            r"|cancer|infection|rash|weeds|fungus|mould|mold)",
            "virus disease plague cancer infection rash weeds fungus mould mold",
        ),
        (
            r"call (?:them|her|these (?:women|girls|people)|those (?:women|girls|people)) [\"'“‘]?"
            r"(?:maal|item|items|chamiya|randi|randiyan|whores?|sluts?|bitch(?:es)?|vermin"
            r"|animals|cockroaches|rats|parasites|terrorists|jihadis|savages)[\"'”’]? for a reason",
            "maal item items chamiya randi randiyan whore whores slut sluts bitch bitches vermin"
            " animals cockroaches rats parasites terrorists jihadis savages",
        ),
        (
            r"infestation problem,? (?:and|but) it (?:isn'?t|is not|ain'?t|aint) (?:the )?(?:bed"
            r" ?bugs|rats|mice|insects|cockroaches|termites|pests|ants)",
            "infestation",
        ),
        (
            r"(?:they'?ll|they will|they are going to|they'?re going to|will) outnumber us"
            r"[^.!?\n]{0,60}?(?:multiply|breed|breeding|birth ?rate)"
            r"|(?:multiply|breed) [^.!?\n]{0,60}?outnumber us",
            "outnumber",
        ),
        (
            r"(?:being|been|are|is) colon(?:i|)[sz]ed[^.!?\n]{0,60}?nothing (?:will be )?left of"
            r" us",
            "colonised colonized",
        ),
        # the 1180th set, a far-right party's election in Germany: "these are not people
        # like us. Different species, different instincts" (not "these are not people like
        # us who can work from home", which says what they are not able to do: "who"/"that"
        # follow); a people as another species (not "these orchids are a different species")
        (
            r"(?:these|those|they|them)(?: people| lot| guys| men| folks)? (?:are|r|'re|re)"
            r" (?:not|n'?t) (?:people|humans?|human beings) like (?:us|you and me|you or me)"
            r"(?! (?:who|that|in|when|on|at|with|because))"
            r"|(?:these|those) (?:people|lot|guys|men|folks) (?:are|r|'re|re) (?:a )?(?:different"
            r"|another|separate) species",
            "people humans human species",
        ),
        # "they breed like there's no tomorrow" (not "they breed dogs")
        # (and "they come here, breed like rabbits")
        (rf"{_WHO} (?:\w+,? ){{0,3}}?breed (?:like|faster|more than|and breed)", "breed"),
        # "They multiply like rats in Jersey and Texas" (the 729th set)
        (
            rf"{_WHO} (?:\w+,? ){{0,3}}?(?:multiply|multiplying|reproduce|spawn|spawning) like"
            r" (?:flies|rabbits|rats|cockroaches|roaches|vermin|animals|insects|lice|locusts|mice"
            r"|pigs|dogs)",
            "multiply multiplying reproduce spawn spawning",
        ),
        # ... and with no subject, opening the comment or a clause: "breed like flies and
        # never done a days work" (the 600th set; not "mosquitoes breed like flies in
        # summer")
        (
            rf"{_OPENS}breed like (?:flies|rabbits|rats|cockroaches|roaches|vermin|animals"
            r"|insects|lice|locusts|mice)",
            "breed",
        ),
        (
            rf"{_WHO} (?:are|r|is|were) (?:nothing but |just |all |like )?{_VERMIN}",
            _VERMIN_WORDS,
        ),
        # asylum seekers as "military-age cockroaches"; a people sent back to the "mud hut
        # they crawled out of"; a trans woman as "that thing" for a psych ward (the 710th
        # and 711th sets)
        (
            r"(?:military[- ]?age|fighting[- ]?age|illegal|foreign|migrant|asylum)"
            rf" {_MIGRANT_VERMIN}"
            r"|(?:whatever|the|what) (?:mud hut|hut|cave|hole|swamp|sewer|jungle|tree|rock|gutter"
            r"|shithole) (?:they|you|he|she|u) (?:crawled|slithered|climbed|swung) (?:out of"
            r"|from|down from|out from)"
            r"|(?:that|this) thing (?:should|needs to|belongs) (?:be )?(?:in|locked up in|put in"
            r"|sent to) (?:a |the )?(?:psych ward|mental asylum|asylum|loony bin|nuthouse"
            r"|mental hospital|psychiatric ward|cage|zoo)",
            "cockroaches rats vermin parasites leeches savages invaders crawled slithered climbed"
            " swung thing",
        ),
        # a reader's people: "your whole tribe is a disease on Manipur" (the 704th set)
        (
            r"(?:your|ur|their|his|her) (?:whole |entire )?(?:tribe|kind|race|clan|community"
            rf"|qaum|kaum|biradari|lot) (?:are|r|is|were) (?:nothing but |just |all |like )?"
            rf"{_VERMIN}",
            _VERMIN_WORDS,
        ),
        # migrants as vermin: "those cockroaches crossing the channel", "boats full of
        # vermin", "illegals flooding in like rats" (not "rats in the grain store", nor
        # locusts, which do cross borders)
        (
            # (an optional space is written \s?: a space in a pattern is a run of them)
            rf"(?:these|those) {_MIGRANT_VERMIN}[^.!?\n]{{0,40}}?(?:crossing"
            r"|cross|arriving|arrive|pouring|flooding|swarming|sneaking|coming)(?: (?:in|over"
            r"|across|into))?(?: the)? (?:channel|border|borders|sea|med|mediterranean|country"
            r"|europe|britain|india|our country)"
            r"|(?:boat\s?loads?|boats?|dinghies|dinghy) (?:are |were |is |was )?(?:full )?of"
            r" (?:cockroaches|vermin|parasites|leeches|savages|invaders)"
            r"|(?:illegals|migrants|immigrants|refugees|infiltrators|ghuspaithiye) (?:\w+ )?"
            r"(?:flooding|pouring|swarming|breeding|crawling|streaming)(?: in)? like (?:rats"
            r"|cockroaches|vermin|insects|ants|animals|locusts|termites)"
            rf"|send (?:the|these|those|all the) {_MIGRANT_VERMIN} back",
            "cockroaches rats vermin parasites leeches savages invaders",
        ),
    ),
}


@dataclass(frozen=True, slots=True)
class ThreatPattern:
    reason: str
    regex: re.Pattern[str]
    anchors: frozenset[str]


def spaced(pattern: str) -> str:
    """`pattern` with each space a run of spaces, and each optional space (" ?") a run of
    none or more: the normalised text keeps the author's spaces."""
    return pattern.replace(" ?", "\x00").replace(" ", r"\s+").replace("\x00", r"\s*")


@lru_cache(maxsize=1)
def compiled() -> tuple[ThreatPattern, ...]:
    # A space in a pattern matches any run of spaces: normalised text keeps the author's.
    # (So the patterns write optional characters without optional spaces around them.) An
    # optional space (" ?": "lamp ?post", "pakad ?pakad") matches a run of none or more:
    # read as a run and then "?", it once asked for at least one ("pakadpakad" was missed).
    return tuple(
        ThreatPattern(
            reason,
            # (grouped: the word boundaries hold for every alternative of a pattern)
            re.compile(r"(?<![a-z0-9])(?:" + spaced(pattern) + r")(?![a-z0-9])"),
            frozenset(normalize(anchor).text for anchor in anchors.split()),
        )
        for reason, patterns in PATTERNS.items()
        for pattern, anchors in patterns
    )


# Every anchor of every pattern: a text holding none of them cannot hold a threat.
THREAT_WORDS: Final = frozenset(word for pattern in compiled() for word in pattern.anchors)


def find_threats(
    normalized_text: str, words: frozenset[str] | None = None
) -> list[tuple[int, int, str]]:
    """[start, end) spans in the normalised text, each with its reason code. Given the text's
    `words`, only the patterns one of whose anchors is among them run."""
    found: list[tuple[int, int, str]] = []
    patterns = compiled()
    if words is None:
        chosen: Iterable[int] = range(len(patterns))
    else:  # the patterns some word of the text anchors, found from the words' side
        index = _patterns_by_anchor()
        chosen = sorted({n for word in words & THREAT_WORDS for n in index[word]})
    for n in chosen:
        pattern = patterns[n]
        if not needs_for.may_match_some(pattern.regex, normalized_text):
            continue  # (most patterns an anchor lets run: a word they need is absent)
        matches = pattern.regex.finditer(normalized_text)
        found.extend((m.start(), m.end(), pattern.reason) for m in matches)
    return sorted(found)


@lru_cache(maxsize=1)
def _patterns_by_anchor() -> dict[str, tuple[int, ...]]:
    """Each anchor word -> the patterns (by position in `compiled()`) it lets run."""
    index: dict[str, list[int]] = {}
    for n, pattern in enumerate(compiled()):
        for anchor in pattern.anchors:
            index.setdefault(anchor, []).append(n)
    return {anchor: tuple(ns) for anchor, ns in index.items()}

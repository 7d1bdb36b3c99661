"""Category scores from words and structure: what is aimed at someone, and at whom."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rejoinder.domain.normalize import normalize
from rejoinder.domain.policy import DEFAULT_HOLD_AT
from rejoinder.moderation.abuse import (
    GROUP_ABUSE,
    GROUP_AGREEMENT,
    HOLDING,
    NEWS_ABUSE,
    AbuseScorer,
    Assessment,
)
from rejoinder.moderation.categories import analyse
from rejoinder.moderation.words import Words

SCORER = AbuseScorer.load()


def assess(text: str) -> Assessment:
    return SCORER.assess(normalize(text))


def held_for(text: str) -> set[str]:
    """The word-and-structure categories the default policy holds `text` for (the news
    head's holds are tested on these lists at the end of this file)."""
    scores = assess(text).scores
    return {
        c
        for c, t in DEFAULT_HOLD_AT.items()
        if t is not None and scores[c] >= t and c not in (NEWS_ABUSE, GROUP_ABUSE)
    }


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Muslims are terrorists and should go back", "identity_attack"),
        ("all mexicans are rapists", "identity_attack"),
        ("Black people are less intelligent", "identity_attack"),
        ("I hate Jews", "identity_attack"),
        ("another r4ghead in the council", "identity_attack"),
        ("those people are vermin", "identity_attack"),
        # groups named by a qualifier or a condition, and the shapes an attack on them takes
        ("people with mental disabilities are menaces to society", "identity_attack"),
        ("deaf people are all helpless", "identity_attack"),
        ("Arabs are ignorant", "identity_attack"),
        ("we must protect our values from filthy foreigners", "identity_attack"),
        ("they are envious and greedy like most Jews", "identity_attack"),
        ("the world would be better without disabled moochers", "identity_attack"),
        ("these immigrants reproduce like rats", "identity_attack"),
        ("the Jews, they are snakes", "identity_attack"),
        ("those illegal immigrants should drown", "identity_attack"),
        ("Muslim men must be wiped out", "identity_attack"),
        ("Bangladeshi infiltrators are termites eating this country", "identity_attack"),
        ("Christians are all fake converts bought with rice bags", "identity_attack"),
        ("Send this Muslim-loving journalist to Pakistan", "identity_attack"),
        ("These dirty slum dogs from the north are ruining Mumbai", "identity_attack"),
        ("Look at this fat ugly cow pretending to be a journalist", "insult"),
        ("u r a stupid b*tch who knows nothing", "insult"),  # chat letters stay words
        ("Dalits should know their place and stay out of our temples", "identity_attack"),
        ("Islam is a disease and every Muslim is a carrier", "identity_attack"),
        ("She only got this job because she sleeps with the editor", "sexual_harassment"),
        ("Someone should teach this bitch a lesson", "sexual_harassment"),
        ("you are an 1d10t", "insult"),
        ("shut up you moron", "insult"),
        ("idiots like you should not vote", "insult"),
        ("Y O U   absolute scumbag", "insult"),
        ("tu kutta hai", "insult"),
        ("saale harami", "insult"),
        ("they should all be sh0t", "threat"),
        ("I know where you live", "threat"),
        ("go kill yourself", "threat"),
        ("goli maaro saalon ko", "threat"),
        ("send me nudes", "sexual_harassment"),
        ("she is a wh0re", "sexual_harassment"),
        ("teri maa ki chut", "sexual_harassment"),
        ("tu hijda hai", "identity_attack"),
        ("Stop calling me names, you idiot.", "insult"),
        ("stop calling yourself a journalist you moron", "insult"),
        ("jaa maa chuda", "insult"),
        ("apni gaand marao", "insult"),
        ("chut ke baal", "insult"),
        ("this woman needs a good fuck", "sexual_harassment"),
        ("Nice column. How much for a night?", "sexual_harassment"),
        ("how much does she charge for a night", "sexual_harassment"),
        ("Ban Muslims, problem solved", "identity_attack"),
        ("Gay people should be put in camps", "identity_attack"),
        ("I would never rent my flat to a Dalit", "identity_attack"),
        ("Boycott Muslim shops", "identity_attack"),
        ("No Muslims allowed in our society", "identity_attack"),
        ("Hitler did nothing wrong", "identity_attack"),
        ("The Jews got what they deserved", "identity_attack"),
        ("Six million wasn't enough", "identity_attack"),
        ("All women are gold diggers", "identity_attack"),
        ("तू कमीना है", "insult"),  # Devanagari
        ("मुसलमान गद्दार हैं", "identity_attack"),
        ("वो रंडी है", "sexual_harassment"),
        ("तेरी औकात क्या है", "insult"),  # "know your place"
        ("तू दोगला है", "insult"),
        ("ये मुल्ले देश के दुश्मन हैं", "identity_attack"),
        # (asked, "tu pagal hai kya" is "are you crazy?")
        ("tu toh pagal hai, dimaag ka ilaaj kara", "insult"),
        ("nice legs in your profile pic, send me a few more", "sexual_harassment"),
        ("that limp-wristed fairy of a minister", "identity_attack"),
        ("every time a Sikh speaks you hear it: traitors by blood", "identity_attack"),
        ("I called migrants vermin and I stand by it", "identity_attack"),
        ("written by one of (((them))), follow the money", "identity_attack"),
        ("Typical Pakistani, lying comes naturally to your kind.", "identity_attack"),
        ("Typical Muslim mentality", "identity_attack"),
        ("go back to Africa if you love it so much", "identity_attack"),
        ("Your mother should have aborted you", "insult"),
        ("Nobody cares what you think, idiot.", "insult"),
        ("He lied about the budget again, moron!", "insult"),
        ("these jihadi pigs breed like crazy", "identity_attack"),
        ("these Chinese rats", "identity_attack"),
        ("Hijras like you should be begging at traffic lights", "identity_attack"),
        ("All these Rohingya should be put on a boat", "identity_attack"),
        ("Muslims ko desh se nikalo", "identity_attack"),
        ("You're the kind of subhuman filth that ruins this country", "insult"),
        ("you are such a total idiot", "insult"),
        ("another towel head on the council", "identity_attack"),
        ("shut up, you pervert", "insult"),
        ("tu chor hai", "insult"),
        ("You're a filthy rat and a liar", "insult"),
        ("you pig!", "insult"),
        ("people like you should be shot", "threat"),
        ("this journalist should be hanged", "threat"),
        ("I wish he was dead", "threat"),
        ("Stupid cow, nobody wants to read this", "insult"),
        ("Muslim women are oppressed baby factories", "identity_attack"),
        ("F*ck off back to Bangladesh", "identity_attack"),
        ("Dalit reservation has turned these lazy parasites into royalty", "identity_attack"),
        ("chinky eyes everywhere", "identity_attack"),
        ("Chup be librandu, tere jaise logon ki wajah se", "insult"),
        ("Jews have always been behind every war for money", "identity_attack"),
        ("Hey sweetie, come sit on my lap", "sexual_harassment"),
        ("Mullon ko ek hi bhasha samajh aati hai", "identity_attack"),
        ("Women should stay in the kitchen and leave politics to men.", "identity_attack"),
        ("you should be ashamed to be alive", "insult"),
        ("Send me your number baby", "sexual_harassment"),
        ("Ugly inside and out, no wonder her husband left", "insult"),
        ("Aunty ji go back to your kitchen, nobody asked a woman", "identity_attack"),
        ("Women should be back in the kitchen", "identity_attack"),
        ("you look better in your display picture than in your opinions", "sexual_harassment"),
        ("I called him a 'presstitute' and I stand by it.", "insult"),
        ("Teri aukaat kya hai be", "insult"),
        ("तेरी माँ की, चुप कर", "insult"),
        ("Tum saalon ko sharam nahi aati", "insult"),
        ("Ladki hoke itna bolti hai, chup kar", "identity_attack"),
        ("A woman's place is in the kitchen", "identity_attack"),
        ("Aurat ki jagah ghar mein hai", "identity_attack"),
        ("Your comment is idiotic, you moron", "insult"),
        ("You 'chink'", "identity_attack"),
        ("She's just a man in a dress pretending to be a woman", "identity_attack"),
        ("Typical retarded take from this paper", "identity_attack"),
        ("Go back to OnlyFans, sweetheart", "identity_attack"),
        ("The Rothschilds own your paper", "identity_attack"),
        ("Gypsies steal, it's in their culture", "identity_attack"),
        ("Nobody would miss you if you disappeared tomorrow", "insult"),
        ("Gay teachers should be kept away from children", "identity_attack"),
        ("Africans simply don't have the IQ to run an economy", "identity_attack"),
        ("Jews look after their own, which explains who owns the banks", "identity_attack"),
        ("Why does every Muslim neighbourhood turn into a no-go zone?", "identity_attack"),
        ("Once they outnumber us, say goodbye to your freedom", "identity_attack"),
        ("Let them in and this town will be under sharia", "identity_attack"),
        ("Your kids must be so ashamed of their mother.", "insult"),
        ("Another fat feminist whining. Go on a diet.", "insult"),
        ("No man would ever marry you with that attitude, love.", "insult"),
        ("Dumb blonde strikes again", "insult"),
        ("Hope you end up on the street where you belong.", "insult"),
        ("I'd bet she got the byline on her knees.", "sexual_harassment"),
        ('I said "you are an idiot" and I meant it.', "insult"),
        ('As my dad always says, "Muslims are terrorists".', "identity_attack"),
        ('Muslims are "peaceful", they say. Sure. Muslims are terrorists.', "identity_attack"),
        ("@Rohit you clearly have two brain cells", "insult"),
        ("tera dimaag ghutne mein hai kya? Anpadh gawaar kahin ka.", "insult"),
        ("@DevS you're the reason some animals eat their young.", "insult"),
        ("People like you should have been sterilised at birth.", "insult"),
        ("nobody invites a fat bore like you", "insult"),
        ("@Ayesha go cry to your mullah, Pakistan is calling you.", "identity_attack"),
        # spellings of the common gaali
        ("abe maderchod", "insult"),
        ("bhosadike chup kar", "insult"),
        ("najayaz aulad hai tu", "insult"),
        ("Chuitya MLA ....", "insult"),
        ("Chal be kutte", "insult"),
        ("Modi ka kutta hai ye anchor", "insult"),
        ("tu chamar hai", "identity_attack"),
        ("tu chhakka hai", "identity_attack"),
        ("rambling and retarded, the lot of them", "identity_attack"),
        ("Why don't you go back to Africa?", "identity_attack"),
        ("Pakistani players are all match-fixers and terrorists", "identity_attack"),
        ("These Bangladeshi chors should be thrown in the bay", "identity_attack"),
        ("Kohli ki biwi ko ghar pe bithao aur bacche paalne do", "identity_attack"),
        ("Umpire ki maa ki aankh, bik gaya saala", "insult"),
        ("She was asking for it dressed like that", "sexual_harassment"),
        ("Typical Somali behaviour, they're all savages", "identity_attack"),
        ("The lawyer is a grubby little Jew", "identity_attack"),
        ("move ya dumb self", "insult"),  # English "ya" is "you"
        ("Tere RSS k hijde terrorist hai", "identity_attack"),
        ("#California is full of white trash", "identity_attack"),
        ("Act your color, race traitor!", "identity_attack"),
        ("Reservation ki paidaish hai ye officer", "identity_attack"),
        ("Tum log sirf gutter saaf karne ke laayak ho", "identity_attack"),
        ("Kya maal lag rahi hai anchor aaj, ek raat ka kitna legi?", "sexual_harassment"),
        ("Ye sab love jihadi hain", "identity_attack"),
        ("Madrasi log sab kaale aur gande hote hain", "identity_attack"),
        # advances whose own words were no cue: they ran only when another cue was there
        ("She needs to get laid.", "sexual_harassment"),
        ("This anchor needs a good seeing to", "sexual_harassment"),
        ("She's only on TV because she's pretty.", "sexual_harassment"),
        ("Teri maa ki choot", "sexual_harassment"),
        ("Whats her snap?", "sexual_harassment"),
        ("I'd grope her", "sexual_harassment"),
        ("She's a freak in the sack", "sexual_harassment"),
        ("Get your knockers out", "sexual_harassment"),
        # the eleventh session's blind batch
        ("Hope he gets beaten in prison, the commie spy.", "threat"),
        ("Shame the bomb wasn't real.", "threat"),
        ("Someone should rip that thing off her head on live TV.", "threat"),
        ("Hope someone teaches her a lesson on her way home.", "threat"),
        ("Bhakton ki maa ki chut, andhbhakt saale.", "insult"),
        ("Autistic freaks are ruining the benefits system.", "identity_attack"),
        ("Mongs in wheelchairs, what a circus.", "identity_attack"),
        ("Send the bugmen back where they came from.", "identity_attack"),
        ("Useless eaters, the lot of them.", "identity_attack"),
        ("Every Chinese student is a CCP spy, deport them all.", "identity_attack"),
        ("Kick the Hindoo rats out of Belgrave.", "identity_attack"),
        # its second batch
        ("Send her back to Africa with her judgments.", "identity_attack"),
        ("Another ghetto rat handed a job she didn't earn.", "identity_attack"),
        ("Dinghy divers, the lot of them, scrounging off our taxes.", "identity_attack"),
        ("Pride is a sodomite parade of filth.", "identity_attack"),
        ("Neech log neech hi rahenge, kitna bhi padh lo.", "identity_attack"),
        ("Pull up the drawbridge and machine gun anyone on the beach.", "threat"),
        ("Next time burn the whole basti.", "threat"),
        ("Pakistan ko naksha se mita do, cricket baad mein.", "threat"),
        ("Dalits should stay in their part of the village.", "identity_attack"),
        ("Achha hua maara, agli baar kisi ki himmat nahi hogi.", "threat"),
        ("Inhe gaon se nikal do, saari problem khatam.", "threat"),
        ("Put the perverts in camps like the good old days.", "identity_attack"),
        ("She belongs in a kitchen, not on the bench.", "identity_attack"),
        # its third batch
        ("These turbanators should be run over with their own tractors.", "identity_attack"),
        ("1984 yaad hai na? Phir se dohraya ja sakta hai.", "threat"),
        ("Tractor waale jahil, inko laathi se seedha karo.", "threat"),
        ("Oven dodger gets an award, how brave.", "identity_attack"),
        ("Half these women MPs got tickets by sleeping with party bosses.", "sexual_harassment"),
    ],
)
def test_abuse_is_held_in_its_category(text: str, category: str) -> None:
    assert category in held_for(text), assess(text).scores


NEUTRAL = [
    "As a Jewish woman I disagree with the council.",
    "Muslims pray five times a day.",
    "My gay brother lives on the east bank.",
    "Immigrants are not criminals, whatever the minister says.",
    "Immigrants are less likely to commit crimes.",
    "Refugees who fled violent regimes deserve our help.",
    "Brandt is an idiot and should resign.",
    "What a stupid, dishonest budget.",
    "Fucking hell, the trains are late again.",
    "The bill should be killed in committee.",
    "Republicans are clowns and Democrats are cowards.",
    "You are wrong about the budget, and here is why.",
    "Women are paid less than men for the same work.",
    "यह सरकार बेकार है, महंगाई ने कमर तोड़ दी",  # "this government is useless"
    # The learned model scores these 0.9 and more (a group is named): it ranks, not holds.
    "Muslims and Hindus both suffered in the riots.",
    "Terrorist attacks increase the hate against Muslims.",
    "Muslims are not traitors.",
    "Muslims were treated like animals in the camps.",
    "This man is treating women like dogs!",
    "It is a misconception that Native Americans are savages.",
    "Disabled people are seen as sick, as if they need a cure.",
    "The Muslim community is angry about the verdict.",
    "Deaf people are not stupid.",
    "People with disabilities deserve better buses.",
    "India will send a team to Pakistan for the cricket series.",
    "We should send aid to Bangladesh after the floods.",
    "India should deport illegal immigrants to Bangladesh.",
    "These dogs from the shelter need homes.",
    "He slept with his secretary, the court heard.",
    "Islam is a religion of peace, whatever the trolls say.",
    "What the hell are you smoking?",
    "The article quotes a councillor calling migrants 'vermin'. He should resign.",
    "The minister was branded Muslims' enemy by the opposition.",
    "He is a gentleman by nature and a lawyer by training.",
    "She was born a Sikh and a fighter by nature.",
    "(((((LISTEN PLEASE))))) the bank will never ask for your PIN",
    "It was a typical Indian wedding, loud and lovely.",
    "The food at the fair was typical Mexican.",
    "'Go back to Africa' is an insult that hides an assumption about who is American.",
    "The plan is lazy, stupid.",
    "We flew back to Africa after the summit.",
    "I want to go back to China to see my family this winter.",
    "The librarian quoted in the article makes a fair point about funding.",
    "Sit down and read the bill before commenting, it's 40 pages.",
    "Arms companies are behind the push for more defence spending.",
    "Send me the link to the full report, please.",
    "Women in politics still face more abuse online than men, the study shows.",
    "These pigs from the farm next door got out again.",
    "The boat carrying refugees was pushed back by the navy, which is a scandal.",
    "The Rohingya crisis is the worst humanitarian failure in the region.",
    "You are right about the kind of stupid policies we keep getting.",
    "The new honky tonk bar on Main Street opens on Friday.",
    "You dog owners should clean up after your pets.",
    "Thank you, dog lovers, for the donations.",
    "Your dog is adorable.",
    "Welcome home, where you belong.",
    "People like you should be proud of this city.",
    "The parasites in this story are the middlemen who take 30% of the subsidy.",
    "Our cow gave birth to twin calves last week.",
    "Police arrested the chor gang that robbed the bank, says the report.",
    "Trolls called the reporter a 'presstitute' for this story. Shameful.",
    "They branded her a “chinky” at school and the headteacher did nothing.",
    "I went back to the kitchen to get tea during the debate.",
    "I'll go back to the kitchen and watch the results there.",
    "She is back in the kitchen after her injury, the chef's column says.",
    "The minister looks better in the photos than in parliament.",
    "You look tired in your latest video, take a break.",
    "Saalon se tum yahi bol rahe ho, kuch naya bolo.",  # saalon: years
    "Tumne paanch saalon mein kya kiya?",
    "तुमने पांच सालों में क्या किया?",
    "Ladki hoke bhi itni himmat, salute!",
    "The idea that a woman's place is in the home is outdated.",
    "Who says a woman's place is in the kitchen? Not this paper.",
    "Your argument is stupid, but I'll defend your right to make it.",
    "The word 'chink' was painted on the restaurant door.",
    "Gypsies and Travellers face discrimination in housing.",
    "Music is in their blood, these Punjabis know how to party.",
    "The Rothschild archive is a great source on banking.",
    "If this government disappeared tomorrow nobody would miss it.",
    "Life's a bitch and then you die, as the minister is finding out.",
    "Karma is a bitch, minister.",
    "Gay teachers deserve the same protections as everyone else.",
    "The IQ debate is a racist relic and the columnist should know better.",
    "Sharia councils in Britain have no legal force, whatever the tabloids say.",
    "Women in Iran live under sharia law, which the article describes well.",
    "This paper published a story about 'no-go zones' in 2016 and had to retract it.",
    "Women will outnumber men in medicine by 2030.",
    "I would marry you tomorrow if I could.",
    "Nobody would marry him after that scandal, poor guy.",
    "We should all go on a diet after Diwali, lol.",
    "He got on his knees to pray at the memorial.",
    "The council must be ashamed of this decision.",
    # someone else's words, quoted and reported
    'He tweeted "Muslims are terrorists" and still kept his job. Unbelievable.',
    'The sign read "Immigrants are vermin". The police took it down after an hour.',
    'The chant of "go back to Pakistan" at the rally should shame every party member.',
    '"Women belong in the kitchen," said the candidate, to laughter. He lost.',
    'Quote from the article: "they should all be shot". Who says that in 2026?',
    "Ye log kehte hain “Muslims ko desh se nikalo”, sharam aani chahiye.",
    "Pakistan is calling its ambassador home.",
    "Anpadh log bhi vote dete hain, yehi democracy hai.",
    "If you were harassed, report it to your employer.",
    "Zameen par najayaz kabza hata diya gaya, achha kaam.",
    "The court struck down the so-called love jihad law, says the report.",
    "Gutter saaf karne wale mazdooron ki maut pe koi baat nahi karta.",
    "Item song wali filmein ab nahi chalti, audience badal gayi hai.",
    "Ek raat mein itna paisa kaise aa gaya party ke account mein?",
    "Bihari mazdoor hi is sheher ki reedh ki haddi hain.",
    "Gali ke kutte raat bhar bhaunkte hain, nagar nigam kuch nahi karta.",
    "Suar ka maas khana unke dharm mein mana hai.",
    "Hijra samuday ko bhi reservation milna chahiye.",
    "Chamar regiment ko wapas banane ki maang purani hai.",
    "Ye neta chor hai ya nahi, court tay karega.",  # Hindi "ya" is "or"
    "Dhoni ne aakhri over mein chhakka maar ke match jita diya.",  # a six
    "The drought retarded crop growth across the district.",
    "Calling poor people 'white trash' is the snobbery this government runs on.",
    "The pantomime dame, a man in a dress, got the biggest laugh of the night.",
    "Police said no-go zones for women in the city centre do not exist.",
    "Go on a diet, says the health minister, as if food prices were not the problem.",
    "Dumb blonde jokes were old in 1985 and the presenter should apologise.",
    "The villain in the film says 'you'd better hope we never meet', the best line.",
    "Please send me your number and I'll add you to the residents' group.",
    "My granddaughter loves to sit on my lap while we watch the news.",
    "Nice legs on that old oak table at the auction.",
    "Go back to Africa? I'd love to, I had the best holiday of my life in Ghana.",
    "Pakistani fans were wonderful hosts, my trip to Lahore was unforgettable.",
    "Foreign trolls flooded the hashtag, the platform says.",
    "Pakistani terrorists attacked the camp at dawn, the army says.",
    "Somali community leaders organised the vigil, which says a lot.",
    "She was asking for a recount, not a favour.",
    "How much for a night in Goa these days? Hotels have doubled their rates.",
    "Trump wanted to ban Muslims from entering, and the courts stopped him.",
    "Refugees should be housed in camps near the border until their cases are heard.",
    "Uyghur Muslims are put in camps by China, and the world looks away.",
    "Ban the burqa in schools, says the minister.",
    "Stop calling everyone who disagrees with you a bhakt or a libtard. It's childish.",
    "Don't call people idiots just because they vote differently.",
    "When I was a kid the boys in my class called me a chinki every day.",
    "If a woman journalist asks tough questions she is called a presstitute.",
    'The minister said migrants "breed like rabbits" in a speech last year.',
    "Calls to boycott Muslim shops are illegal, the court said.",
    "Boycott Chinese goods, buy Indian.",
    "Six million Jews were murdered, and we must never forget.",
    "Women are property owners in growing numbers, the census shows.",
    "The Jews got it right on water management, the article says.",
    "I would never hire someone who hates Muslims.",
    # words that now cue sayings and advances, in everyday use
    "My son was laid off last week.",
    "The brother of the murder victim spoke to reporters.",
    "She looked pretty tired after a hot, long debate on the body politic.",
    "Bachcha kiske saath sota hai, maa ya papa ke?",
    # beside the eleventh session's forms
    "I hope he gets beaten in the final, he's been unbeatable all year.",
    "It was a relief the bomb wasn't real.",
    "Someone should rip the plaster off quickly and call the election.",
    "I hope someone teaches him a lesson in manners before the next debate.",
    "The minister is a control freak, everyone in Whitehall knows it.",
    "The Russian diplomats expelled last week were spies, the ministry said.",
    "This is a shit time to be Jewish or Muslim in London.",
    "The company will send him to Africa next year to run the Lagos office.",
    "Police found a machine gun and ammunition in the car.",
    "Next time burn the toast a little less.",
    "Fans should stay in their part of the stadium, the police said.",
    "Achha hua bach gaya, doctor ne kaha chot gehri nahi hai.",
    "Achha hua pita ji aa gaye, ab sab theek hai.",
    "This knife belongs in a kitchen drawer, not on the desk.",
    'Stop saying "those people" about Dalits, they\'re citizens like you.',
    "1984 ek achhi kitaab hai, phir se padhni chahiye.",
    "The zoo's new monkey in a little suit went viral.",
    "He got the job by sleeping on the office floor for months.",
    "Team mein ek bhi Muslim khiladi nahi hona chahiye, ye soch galat hai.",
]


@pytest.mark.parametrize("text", NEUTRAL)
def test_argument_and_neutral_mentions_are_not_held(text: str) -> None:
    assert held_for(text) == set(), assess(text).scores


def test_profanity_is_scored_but_does_not_hold() -> None:
    scores = assess("this is bullshit").scores
    assert scores["profanity"] >= 0.9 and "profanity" not in HOLDING


def test_insults_score_higher_aimed_at_a_reader_than_at_a_politician() -> None:
    aimed, about = assess("you are an idiot").scores, assess("Brandt is an idiot").scores
    assert aimed["insult"] >= 0.85 > 0.5 > about["insult"] > 0.0


def test_evidence_spans_point_into_the_original_text() -> None:
    text = "Well... Y0U are a total m o r o n!"
    assessment = assess(text)
    spans = {(text[s:e], why) for s, e, why in assessment.evidence["insult"]}
    assert ("m o r o n", "insult.mild") in spans
    slur = "Another r4ghead"
    [(start, end, why)] = assess(slur).evidence["identity_attack"]
    assert (slur[start:end], why) == ("r4ghead", "identity_attack.slur")


def test_hold_is_the_largest_holding_score() -> None:
    scores = assess("shut up you moron, this is bullshit").scores
    news_from, group_from = DEFAULT_HOLD_AT["news_abuse"], DEFAULT_HOLD_AT["group_abuse"]
    assert news_from is not None and group_from is not None
    news = scores["news_abuse"] if scores["news_abuse"] >= news_from else 0.0
    group = scores["group_abuse"] if scores["group_abuse"] >= group_from else 0.0
    assert scores["hold"] == max(
        *(scores[c] for c in HOLDING), round(0.8 * scores["toxicity"], 4), news, group
    )
    assert scores["hold"] == scores["insult"]  # confirmed abuse ranks above the learned score
    assert set(scores) == {*DEFAULT_HOLD_AT, "hold"}


def test_the_learned_score_is_damped_when_nobody_is_addressed() -> None:
    plain = SCORER.model.score("What a stupid policy").probability  # type: ignore[union-attr]
    assert assess("What a stupid policy").scores["toxicity"] == pytest.approx(0.8 * plain, abs=1e-4)
    aimed = SCORER.model.score("What a stupid person you are").probability  # type: ignore[union-attr]
    assert assess("What a stupid person you are").scores["toxicity"] == pytest.approx(aimed, 1e-3)


def test_the_damping_fades_as_the_share_of_hindi_words_grows() -> None:
    model = SCORER.model
    assert model is not None
    for text in ("sarkar ne kuch nahi kiya bakwas policy", "ye policy bakwas hai, what a waste"):
        learned = model.score(text)
        assert 0 < learned.hindi_share <= 1, text
        damping = 1 - 0.2 * (1 - learned.hindi_share)
        expected = learned.probability * damping
        assert assess(text).scores["toxicity"] == pytest.approx(expected, abs=1e-4), text


@pytest.mark.parametrize(
    "text",
    [
        "you are an іdіot",  # Cyrillic і
        "you are a m.o.r.o.n",  # symbols inside the word
        "you are an idiiiiiot",  # stretched letters
        "you are a m0r0n",  # leet
        "you are an i d i o t",  # spaced
        "ＹＯＵ ＡＲＥ ＡＮ ＩＤＩＯＴ",  # full-width
        "you are an id*ot",  # masked letter
        "you're a m o r o n",  # spaced, the article joined to it ("amoron")
        "you are a 1oser",  # a leet 1 for an l
    ],
)
def test_obfuscated_insults_read_as_the_word_they_hide(text: str) -> None:
    assert "insult" in held_for(text), assess(text).scores


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("u r a c u n t", "sexual_harassment"),  # the chat words joined to it ("uracunt")
        ("you are a b i t c h", "sexual_harassment"),
        ("you are a s1ut", "sexual_harassment"),
        ("ki11 yourself", "threat"),
    ],
)
def test_obfuscation_that_joins_or_doubles_letters(text: str, category: str) -> None:
    assert category in held_for(text), assess(text).scores


@pytest.mark.parametrize(
    "text",
    [
        "fuck you",
        "Go f*** yourself.",  # stars closing the word: as many as the letters they mask
        "F**k u, nobody asked",
        "you can fuck off now",
        "fuck your mother",
        "teri gand me mirchi kyon lagi",  # the reader's private parts, in Hindi abuse
        "tumhari gaand me aag kyo lag rahi hai",
        "तेरी गांड में दम है तो आ",
        "Kiss my ass, this is the truth",
        "F U C K Y O U",  # joined into one word
        "ƒuck you",
    ],
)
def test_a_curse_said_to_the_reader_is_an_insult(text: str) -> None:
    assert held_for(text) == {"insult"}, assess(text).scores


@pytest.mark.parametrize(
    "text",
    [
        "Fuck, you nailed it.",  # an exclamation before the sentence
        "What the fuck you doing, minister?",
        "This budget is a big fuck you to the voters.",  # the curse named
        "Fuck off, minister, and take the bill with you.",  # sent off, argued
        'He told the reporter "fuck you" and walked out.',  # reported
        "F*** the traffic in this city.",
        "I f***** up the recipe again.",  # masks after a swear word's stem: not a slur
        "This is *really* bad policy.",
    ],
)
def test_swearing_near_you_that_curses_no_reader_is_not_held(text: str) -> None:
    assert held_for(text) == set(), assess(text).scores


@pytest.mark.parametrize(
    ("text", "word"),
    [("F*** this", "fuck"), ("s*** policy", "shit"), ("f*****", "fuck"), ("bitch*", "bitch")],
)
def test_stars_closing_a_word_are_read_as_the_letters_they_mask(text: str, word: str) -> None:
    assert word in Words(normalize(text).text).words


@pytest.mark.parametrize(
    "text",
    ["You are apathetic about the vote.", "Tomato aspic at the fair.", "The Dalai Lama spoke."],
)
def test_real_words_are_not_split_into_an_article_and_an_insult(text: str) -> None:
    assert held_for(text) == set(), assess(text).scores


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # stretched letters in the patterns read over the whole text, not only in words
        ("I will kiiiill you", "threat"),
        ("they should all be shooooot", "threat"),
        ("Shoooot the protesters", "threat"),  # a run standing for two letters
        ("Burrrn down their mosquesss", "threat"),
        ("Hitler was riiiight", "identity_attack"),
        ("kyyyys", "threat"),
    ],
)
def test_stretched_letters_do_not_hide_a_pattern(text: str, category: str) -> None:
    assert category in held_for(text)


def test_spans_of_a_stretched_comment_point_into_the_original() -> None:
    text = "Well, I will kiiiill you tonight"
    [(start, end, _)] = assess(text).evidence["threat"]
    assert text[start:end] == "I will kiiiill you"


# Each group was written blind as a judgment set (data/README.md), then fixed in general
# forms; the lines after the abuse use the same words for something else.
COMMON_WORDINGS = [
    # under health news
    ("Anti-vaxxers should be locked in a room with Covid patients until they die.", True),
    ("Fat people deserve to die early, they did it to themselves.", True),
    ("Disabled kids are a waste of the health budget, let nature take its course.", True),
    ("Old people should just hurry up and die, they're clogging the hospitals.", True),
    ("Mental patients should be sterilised so they can't breed.", True),
    ("Stray dogs should be sterilised, the municipal vaccination drive is failing.", False),
    ("Old people should die at home with their families, not alone in ICUs.", False),
    ("Anti-vaxxers should be kept out of hospitals until they test negative.", False),
    ("Most people should die before they get dementia, my grandmother said, half joking.", False),
    # under business news
    ("Bloodsucking Marwari baniyas have looted this country for centuries.", True),
    ("Jewish bankers caused the crash, like always.", True),
    ("Gujjus are born cheats, never do business with them.", True),
    ("Ambani ke paltu kutte patrakar, sharam karo.", True),
    ("Sindhis will sell their own mother for a profit.", True),
    ("Anyone who shorts Indian stocks should be hanged from a lamp post.", True),
    ("Lanterns should be hung from every lamp post for Diwali, the council says.", False),
    ("The paltu kutta of my neighbour bit the postman, true story.", False),
    ("Gujjus love dhokla and the stock market, and I say that as one.", False),
    (
        "Jews were blamed for the crash of 1873, a conspiracy theory historians have debunked.",
        False,
    ),
    # under international news
    ("Flatten Gaza, every last one of them is Hamas.", True),
    ("Israelis are the new Nazis, they deserve what Hitler gave them.", True),
    ("Russians are orcs, every one of them should die in a ditch.", True),
    ("The Chinese eat bats and dogs, no wonder they spread diseases.", True),
    ("Ukrainians are Nazis, Putin should wipe them off the map.", True),
    ("Zionist pigs control the American Congress.", True),
    ("Nuke Pakistan and be done with these cockroaches.", True),
    ("Israel's strikes will flatten Gaza's last hospital, aid groups warn.", False),
    ("Nuke Pakistan? Are you insane? Millions would die on both sides.", False),
    ("Russians are sick of the war, the poll suggests, but afraid to say so.", False),
    ("The Chinese eat dogs? That's a myth from the 90s, most never have.", False),
    ("We need to wipe the debt off the map before the next election.", False),
    ("Putin wants to wipe Ukraine off the map as a nation, he has said as much.", False),
    ("These old laws should die out, nobody uses them.", False),
    # under protest news
    ("These so-called farmers are all Khalistani terrorists in turbans.", True),
    ("Every Sikh at the border is a Khalistani, deport them to Canada.", True),
    ("Run tractors over these protesters, that's the only language they understand.", True),
    ("Students at JNU are jihadi breeders, shut the place down.", True),
    ("Farmers are not Khalistanis, stop the smear.", False),
    ("Sikhs are called Khalistanis by trolls every day, and the channel repeats it.", False),
    ("Run the buses over the new bridge first, then open it to cars.", False),
    ("The team played hard and beat them.", False),
    ("These so-called reforms hurt small farmers the most.", False),
    # majorities, castes and regions generalised about
    ("All men are trash and deserve nothing.", True),
    ("Hindus are all bigots who worship cows.", True),
    ("White people are the devil, history proves it.", True),
    ("Sardars have no brains, only muscles.", True),
    ("Jats are uncivilised goons.", True),
    ("Hindus are all bigots? My Hindu neighbours fed half the street during Covid.", False),
    ("Sardars have no brains, goes the tired old joke, and it was never funny.", False),
    ("Rajputs have no brains for business, my Rajput father used to joke about himself.", False),
    ("Women are useless at parking, says my wife, who is useless at parking.", False),
    ("All men are trash is a slogan that helps nobody.", False),
    # implicit hate in common sayings
    ("Being transgender is a mental disorder, not an identity.", True),
    ("Trans women are men, end of discussion.", True),
    ("Gay couples adopting is child abuse, plain and simple.", True),
    ("Immigrants are responsible for the breakdown of our neighbourhoods.", True),
    ("Women are too emotional to be leaders, it's biology.", True),
    ("Asians all look the same, how do you even tell them apart?", True),
    ("Mexicans have no culture apart from drugs and crime.", True),
    ("Autistic kids shouldn't be in normal schools, they drag everyone down.", True),
    ("Trans women are men's equals in law, the court said.", False),
    ("Being gay is not a mental disorder, and hasn't been classed as one for decades.", False),
    ("Women are too emotional to be leaders, said nobody who met Indira Gandhi.", False),
    ("Mexicans have no culture of tipping, my friend in Oaxaca says.", False),
    ("Autistic kids should be in normal schools, with support.", False),
    # internet put-downs between readers
    ("Go cry to your mommy, snowflake, and take your meds.", True),
    ("You sound like an incel who lives in his mom's basement.", True),
    ("Seek help, you absolute psycho, and stay away from children.", True),
    ("Imagine being this ugly AND this stupid. Couldn't be you.", True),
    ("You're the reason shampoo has instructions, dumbo.", True),
    ("Delete your account and your life while you're at it.", True),
    ("Are you a psycho thriller fan? This case reads like one.", False),
    ("Do you think the psycho who did this will get bail?", False),
    ("Imagine being that fat cat banker who got the bailout.", False),
    ("Take your meds, says the app, every morning at 8.", False),
    ("Remember to take your meds before the fast, doctors advise.", False),
    ("Go cry to your MP, not to us, we can't fix the roads.", False),
    # Devanagari: the romanised forms' counterparts
    ("साले दलाल पत्रकार, कितने पैसे मिले इस खबर के?", True),
    ("तुझे घर से उठा लेंगे, याद रखना।", True),
    ("इस लेखक का मुँह काला करके गधे पर घुमाओ।", True),
    ("गली के कुत्ते रात भर भौंकते हैं, नगर निगम कुछ करे।", False),
    ("तुम्हें स्टेशन से उठा लेंगे, चिंता मत करो।", False),
    ("तेरी माँ की तबियत अब कैसी है भाई?", False),
    ("पत्रकार दलाल नहीं होते, वो सवाल पूछते हैं।", False),
    # under film and celebrity news
    ("Ek raat ke liye kitna leti hogi ye heroine?", True),
    ("Boycott this jihadi actor, he married a Hindu girl for love jihad.", True),
    ("Look at her thighs in that dress, I'd love to get between them.", True),
    ("She has gained so much weight, looks like a pregnant buffalo now.", True),
    ("This item girl should be stripped on stage since she loves showing skin.", True),
    ("Uski beti ko bhi utha lenge agar film release hui.", True),
    ("Nepo kid ki shakal dekho, chappal khane layak hai.", True),
    ("The minister should be stripped of his portfolio after this scandal.", False),
    ("You look like a pig farmer in that photo, what happened to the suit?", False),
    ("Chappal khane layak film hai ye, paisa barbaad.", False),
    ("Uski beti ko school se utha lo, 3 baje chhutti hai.", False),
    (
        "The two leaders were fighting, I'd love to get between them and knock heads together.",
        False,
    ),
    ("The new stadium looks like a beached whale, who designed this?", False),
    # regions and disability
    ("You must be autistic to write something this dumb.", True),
    ("Typical ghati mentality, never let outsiders grow.", True),
    ("South Indians smell of coconut oil, keep them out of our offices.", True),
    ("Northeast ki ladkiyan to easy hoti hain, sab jaante hain.", True),
    ("You'd have to be mental to buy a house in Mumbai right now.", False),
    ("Are you autistic? My son is, and this article helped us understand the new rules.", False),
    ("Kashmir ghati ke log pareshan hain, internet band hai.", False),
    ("Women in politics are easy targets for trolls, the study found.", False),
    ("Indians smell of ambition, said the Forbes piece about startup founders.", False),
    # under LGBT and religion news
    ("Section 377 should come back, these homos are spreading disease.", True),
    ("Gay teachers should be kept far away from our kids, they groom them.", True),
    (
        "A man in a dress is still a man, and he'd better stay out of the ladies' toilet or else.",
        True,
    ),
    ("Lesbians just haven't met the right man yet, I can fix that.", True),
    ("Once the temple is built we'll deal with the mosque people too, one by one.", True),
    ("Christians convert poor tribals with money, they're vultures.", True),
    # argument and the same words
    ("Homo sapiens have been around for 300,000 years, the museum says.", False),
    ("You'd better check the facts before posting, or else you'll look silly.", False),
    ("We'll deal with the complaints one by one, said the municipal commissioner.", False),
    ("Immigrants in Europe? They're doctors, nurses and cleaners, not parasites.", False),
    ("Landlords in this city are vultures, they're making a killing on students.", False),
    ("A man in a dress on stage is panto, not politics, relax.", False),
    # under crime stories: the criminal's family, the victim, the reporter
    ("Someone should rape his daughter, then he'll know how it feels.", True),
    ("His whole family should be burnt alive, they raised this monster.", True),
    ("Is aurat ko bhi saath mein jail bhejo, saali dayan hai.", True),
    ("These Bihari migrants bring crime wherever they go.", True),
    ("Girls who wear such clothes deserve what they get.", True),
    ("Us reporter ko bhi utha lo jo iski tarafdari kar raha hai.", True),
    # sentences asked for, reports, and the same words elsewhere
    ("Hang the rapist publicly, that's the only deterrent.", False),
    ("Aise logon ko phaansi honi chahiye, koi maafi nahi.", False),
    ("The accused wanted to rape her, the chargesheet says, and the court will decide.", False),
    ("Kill the son's Instagram account, it is spreading the victim's photos.", False),
    ("Migrants bring crime down, the data says, not up.", False),
    ("Dayan hai ye mehngai, sab kha gayi.", False),
    ("Women who report harassment deserve what they get: a fair hearing and justice.", False),
    ("Tujhe uthane aaunga airport pe, 6 baje ready rehna.", False),
    # abuse told as a joke
    ("LOL imagine being so ugly your own mother asks for a refund.", True),
    ("Hahaha ye anchor itni moti hai ki frame mein nahi aati, bhains kahin ki.", True),
    ("Jokes apart, the only good commie is a dead commie.", True),
    ("Funny how the gays always want to shove it in our faces. Literally lol", True),
    # jokes and idioms in the same words
    ("The only good tyrant is a dead tyrant, said the revolutionaries of 1789.", False),
    ("The government keeps forcing Hindi down our throats, and the south won't accept it.", False),
    ("Imagine being so ugly that you ban a cartoon of yourself. Says it all, minister.", False),
    ("Bhains ki tarah kaam karte hain kisan, aur MSP nahi milta.", False),
    ("I'm going to kill my editor if he cuts this paragraph again. Joking, mostly.", False),
    ("My wife will shoot me if I buy another cricket bat this year.", False),
    # abuse at the end of a long, reasoned comment
    ("Honestly the writer is a brain-dead stooge who should be sacked before lunch.", True),
    ("Anyone who still supports this lot deserves to be kicked in the teeth, frankly.", True),
    ("They should be hunted down and shot like the dogs they are.", True),
    ("Anyway I know where the reporter lives, and he'll enjoy a visit from some of us.", True),
    ("The woman who wrote it looks like she needs a good shag more than a byline.", True),
    # the same words in argument
    ("I know where the editor works: a glass tower far from the villages he writes about.", False),
    ("Anyone who still believes the GDP figures needs to be slapped with a reality check.", False),
    ("People that mock the victims deserve to be shamed, not shot.", False),
    ("The reporter was brain-dead tired after a 20-hour shift, give her a break.", False),
    ("The columnist needs a good editor more than a bigger column.", False),
    # Indian political slurs made of ordinary words, and readers put among animals
    ("Mullas breed like rabbits, soon they'll outnumber us.", True),
    ("Send these jihadis to Pakistan, they don't belong here.", True),
    ("Madarsa chhap anpadh log", True),
    ("Rice bag converts, all of them.", True),
    ("Ye puncture walon ki aukat hai?", True),
    ("Gobar bhakts ka dimaag ghutne mein hai", True),
    ("Dalits should stay in their place.", True),
    ("Pigs like you should be thrown out of the country", True),
    ("This anchor is a bimbo who knows nothing.", True),
    ("Beef eaters should be lynched", True),
    # the same words where they are mentioned, literal or reported
    ("Presstitute is a lazy insult; criticise the reporting instead.", False),
    ("'Madarsa chhap' is what trolls call every Muslim student, and it should stop.", False),
    ("Rice bags were handed out to Christians and Hindus alike at the relief camp.", False),
    ("My scooter had a flat and the puncture wale bhaiya fixed it in ten minutes.", False),
    ("Gobar gas plants are a good idea for villages.", False),
    ("Women were expected to stay in their place, and my grandmother refused.", False),
    ("Dogs like you more than you think, just give them time.", False),
    ("Pigs like you a lot if you grow up on a farm with them.", False),
    ("The anchor called the minister a bimbo on air and apologised later.", False),
    ("India sent the captured jihadis to Pakistan under the exchange deal.", False),
    # under immigration news
    ("Sink the boats, problem solved.", True),
    ("Let them drown, not our problem.", True),
    ("Rapefugees welcome, said no woman ever.", True),
    ("These invaders need to be shipped back in cages.", True),
    ("Illegals are vermin, every last one.", True),
    ("They come here, breed like rabbits and live on benefits.", True),
    ("Another boatload of future criminals.", True),
    ("Machine guns on the beaches, that'd stop them.", True),
    ("No more mosques, no more Muslims, simple.", True),
    ("Torch the hotel they're housed in.", True),
    ("Ghuspaithiyon ko samundar mein phek do.", True),
    ("Rohingya deemak hain, desh ko kha jayenge.", True),
    ("Their kind doesn't belong in a civilised country.", True),
    ("Children kept in cages at the border was the scandal of that summer.", False),
    ("Let the bill die in committee, it deserves to.", False),
    ("No more excuses: the asylum backlog must be cleared this year.", False),
    ("Another boatload of tourists arrived at the harbour for the regatta.", False),
    ("Sink the proposal, not the people in the boats.", False),
    ("Mines on the border killed two shepherds last month, the report says.", False),
    ("Their kind of politics doesn't belong in a civilised debate.", False),
    ("Torch the old hotel rules, the new licensing law is better.", False),
    ("Sink the bill, it punishes the wrong people.", False),
    ("Deemak ne poori library ki kitaabein kha li, sarkar ne kuch nahi kiya.", False),
    # identity attacks in common wordings
    # common slurs as phrases, a trope, a group's suffering endorsed, a right denied
    ("Kung flu strikes again, thanks China.", True),
    ("Curry munchers flooding the NHS.", True),
    ("Blacks commit most of the crime and you know it.", True),
    ("The Jews own the media, that's why you never hear the truth.", True),
    ("Kashmiri pandits deserved what happened to them.", True),
    ("Women can't drive and shouldn't vote either.", True),
    # the same words where they attack no one
    ("Critics called it the 'kung flu' remark and the president doubled down.", False),
    ("The curry house on Brick Lane won the award again.", False),
    ("Women commit most of the unpaid care work in this country.", False),
    ("Three billionaires own the media in this country, that's the real scandal.", False),
    ("Kashmiri Pandits deserve justice and a safe return home.", False),
    ("Women deserved it more than anyone: the vote was overdue by decades.", False),
    ("Women can't drive there without a male guardian's permission, the law says.", False),
    ("Migrants shouldn't have to wait six years for a hearing.", False),
    # romanised Hindi abuse in common forms
    ("Teri maa ki aankh, chup baith.", True),
    ("Teri maa ki chuth, bakwas band kar", True),
    ("Isko nanga karke poore sheher mein ghumao.", True),
    ("Gaumutra peene wale andhbhakt kuch nahi samjhenge.", True),
    # the reader's family named kindly; the idiom; the product
    ("Teri behen ki shaadi ka card mila, zaroor aayenge.", False),
    ("Teri maa ki tabiyat ab kaisi hai?", False),
    ("Sarkar ka nanga naach chal raha hai, koi rokne wala nahi.", False),
    ("Gaumutra ke business par ye report acchi hai.", False),
    # English put-downs between readers and of the article's people
    # the commonest English put-downs between readers and of the article's people
    ("Savages, the lot of them.", True),
    ("The author is a braindead leftist moron.", True),
    ("Go choke on it, snowflake.", True),
    ("Eat a bag of dicks.", True),
    ("She's too ugly to be on TV, get her off.", True),
    ("Send her back to the kitchen where she belongs.", True),
    ("Send her back to the kitchen to make the pasta.", True),
    ("Women? Send them back to the kitchen to make food.", True),
    ("Hey sweetheart, smile more and maybe people would listen.", True),
    ("Shut your trap, nobody wants to hear from a gold-digger like you.", True),
    ("You're a waste of skin.", True),
    ("Jog on, you inbred hillbilly.", True),
    # the same words where they put no one down
    ("Criminals, all of them, the jury said, and the judge agreed.", False),
    ("Liars, the lot of them, and the manifesto proves it.", False),
    ("Heroes, every last one of them, the firefighters who went back in.", False),
    ("The author is not an idiot, she just got this one wrong.", False),
    ("The minister is a moron and the author says so politely.", False),
    ("The new stadium is too ugly to look at, whoever designed it.", False),
    ("Calm down, everyone, the vote isn't until Thursday.", False),
    ("Honey, the article says the tax rises next April, not this one.", False),
    ("We went back to the kitchen to finish the washing up after the debate.", False),
    ("They ran a story on gold diggers in the Klondike, great history piece.", False),
    ("The study used inbred mice, so the results may not transfer.", False),
    ("Shut your laptop and go outside, the sun is out.", False),
    ("Send them back to the drawing board, this bill is a mess.", False),
    ("If you've ever been too drunk to fish, you might be a redneck", False),
    # everyday sexism
    # sexism and sexual harassment in everyday wordings
    ("She's clearly on her period, ignore her.", True),
    ("Typical woman, all emotion and no brains.", True),
    ("Nice rack, shame about the opinions.", True),
    ("Your mom was great last night.", True),
    ("She needs a good dicking to calm down.", True),
    ("Women reporters only get hired for their looks.", True),
    ("Spastics like you shouldn't be allowed online.", True),
    # the same words about something else
    ("She's on her period leave, the new law gives two days a month.", False),
    ("Typical woman MP: does the work and gets none of the credit.", False),
    ("Great rack of lamb at the pub after the count.", False),
    ("Your mom was great at the school meeting last night, thank her from me.", False),
    ("Women reporters are not hired for their looks, whatever the trolls say.", False),
    ("The hormonal treatment she needed was delayed for months by the trust.", False),
    # romanised Hindi replies between readers
    # romanised Hindi replies between readers
    ("Bhag yahan se, gadhe ki aulad.", True),
    ("Tere jaise log desh pe bojh hain.", True),
    ("Tu paida hi kyun hua?", True),
    ("Jaa ke apni maa se pooch.", True),
    ("Dalle patrakar, kitne mein bika?", True),
    ("Besharam aurat, sharam kar.", True),
    ("Mooh mein le le apna opinion.", True),
    # the same words kindly or about something else
    ("Ja ke apni maa ko phone kar, wo bahut yaad karti hai.", False),
    ("Tum jaise log hi desh ki taakat hain, shukriya.", False),
    ("Paida hua tab se ye road kharab hai, 30 saal ho gaye.", False),
    ("Besharam sarkar ko vote mat do.", False),
    ("Muh mein paani aa gaya ye recipe dekh ke.", False),
    ("Gadhe ki tarah kaam karte hain mazdoor, aur mazdoori nahi milti.", False),
    ("To make people like you think they are so dangerous.", False),
    # a woman journalist's work put down to sex, her body, her price, her place
    ("Kitne mein bikti hai ye anchor?", True),
    ("Is item ko kisne journalist bana diya?", True),
    ("She should stick to reading the weather, in a bikini.", True),
    ("Who did she blow to get this column?", True),
    ("Ghar jaake roti bana, politics tere bas ki nahi.", True),
    ("Typical feminist journo, needs a man to sort her out.", True),
    ("I'd rate her a 3, and that's generous, no wonder she's bitter.", True),
    ("Iski shakal dekho, isliye itni chidchidi hai.", True),
    ("Somebody should teach this woman some manners, the hard way.", True),
    ("She's a lesbo, what do you expect.", True),
    ("Aise patrakaron ka muh kaala karke gadhe pe ghumana chahiye.", True),
    ("Chudail jaisi dikhti hai.", True),
    # the same words about vegetables, sport, a bill, a boiler
    ("Kitne mein bikti hai ye sabzi ab? Tamatar 100 ke paar.", False),
    ("Ghar jaake khana banao aur aaram karo, thak gaye honge rally ke baad.", False),
    ("The markets will teach them a lesson the hard way if the deficit grows.", False),
    ("She won bronze in a bikini event at the beach volleyball, brilliant.", False),
    ("Muh kaala hua sarkar ka is ghotale ke baad, ab kya bolenge?", False),
    ("I'd rate her speech a 9, best in the debate.", False),
    ("Ye item bill mein kyun daala, koi batayega?", False),
    ("My daughter needs a man to fix the boiler, the landlord won't.", False),
    ("Uski shakal pe thakaan saaf dikh rahi thi, 18 ghante duty ke baad.", False),
    # typed fast: chat spellings and romanised gaali spelt other ways
    ("dis journo needs a good beating", True),
    ("dat reporter shud be shot", True),
    ("behnchod kitna bakwas likhta hai ye reporter", True),
    ("madrchodo ko desh se nikalo", True),
    ("Ye kattue kabhi nahi sudhrenge", True),
    ("Enjoy my phone you fucking monkey.", True),
    ("You wanna talk shit? I'll carve your face.", True),
    ("dis journo deserves a raise, brilliant reporting", False),
    ("dat minister shud resign, ppl are fed up wid his lies", False),
    ("the chutney at the Katwa station stall is still the best", False),
    ("you fucking legend, best comment on this thread", False),
    ("I'll carve out some time this weekend to read the full report", False),
    # an insult adjective describing work, not a person
    ("pathetic reporting, do your homework before writing about farmers", False),
    ("go to hell with your fake news channel, never watching again", False),
    ("pathetic, do your homework", True),
    ("go to hell, you and your fake news", True),
    # abuse written in emoji, and emoji that say other things
    ("Another penalty miss from Saka 🍌🐒", True),
    ("🐒🐒🐒", True),
    ("🐒🐒🐒 go back to the zoo", True),
    ("Muslims = 🐷", True),
    ("she should be 🔪🔪 for saying that", True),
    ("I'll 🔫 you", True),
    ("Rashford is a monkey, ban him", True),
    ("typical black player, no brains just pace", True),
    ("Bought bananas 🍌 for the monkeys 🐒 at the temple, they loved it", False),
    ("The thief who stole phones at the temple was a monkey 🐒", False),
    ("Hanuman is a monkey god, and the temple feeds hundreds of monkeys every day", False),
    ("Our new signing is a gorilla in midfield, wins every header 💪", False),
    ("He should be stabbed in the back by his own party, that's how politics works", False),
    ("MUSLIM + AAPTARD= EXTREME AAPTARD!!!", False),
    ("💀💀💀 this thread is gold", False),
    ("What a goal 🔥🔥🔥 Saka is on fire", False),
    # replies between readers, to an @handle
    ("@Mehta dumbass", True),
    ("@Rakesh_Sharma idiot, read the article before commenting", True),
    ("@john_smith I know your IP, see you soon", True),
    ("@Rohit92 get cancer and die", True),
    ("@AnjaliS nice dp, inbox me", True),
    ("@Faisal go cry to your Pakistani masters, traitor", True),
    ("@truth_seeker go back to your madrassa", True),
    ("@Rakesh clown show in parliament today, as you said", False),
    ("@Sam idiots like the one in this video should lose their licence", False),
    (
        "@priya I know your address is public on the council site, you might want to remove it",
        False,
    ),
    ("Doctors say people who get cancer and die young often had no screening", False),
    ("Nice pic, message me the location of that beach", False),
    ("@Rohit go die in a ditch is what the troll wrote to me, reported him", False),
    # coded hate: sarcastic names, numbers, conspiracy words, stereotypes in sarcasm
    ("The peacefuls are at it again, another stabbing", True),
    ("Shantidoot community ne phir se shanti faila di 🙄", True),
    ("Ye Abdul log sudhrenge nahi", True),
    ("Despite being 13% of the population... you know the rest", True),
    ("1488, the day of the rope is coming", True),
    ("Diversity is a code word for white genocide", True),
    ("The goyim are waking up to who controls the media", True),
    ("Oh sure, because Muslims are famous for respecting women 🙄", True),
    ("Every Muslim is a ticking time bomb, wake up", True),
    ("Despite being 13% of the workforce, women hold 2% of board seats", False),
    ("1488 rupees for a gas cylinder now, unbelievable", False),
    ("White genocide is a racist conspiracy theory, and the article says so, rightly", False),
    ("Day of the rope? That is what the shooter's manifesto called it, chilling", False),
    ("Oh sure, because politicians are famous for their honesty 🙄", False),
    ("Christians are fleeing bombs in Syria, the church says", False),
    ("Abdul Kalam was the people's president", False),
    # Punjabi and Urdu gaali, sectarian slurs, a people named by its Hindi adjective
    ("penchod tum log kabhi nahi sudhroge", True),
    ("kanjar qaum hai tumhari, sharam karo", True),
    ("gashti ki aulad, bakwas band kar", True),
    ("tera pyo bhi yahi kehnda si, khotya", True),
    ("Sunni hoke Shia ki baat karta hai, kafir", True),
    ("Ahmadi qadiani sab wajib-ul-qatl hain", True),
    ("Bhikari Pakistani, aata lene ki line mein lag ja", True),
    ("Hindu banye darpok hote hain", True),
    ("Sala bihari, gutka kha ke thook raha hai", True),
    ("Kafir is what the extremists call everyone, shame on them", False),
    ("Kafir ka matlab hota hai inkaar karne wala, dictionary dekho", False),
    ("you guys tease Hindus and called us kaafir", False),
    ("Bhukhe Pakistani bachon ki madad karni chahiye, insaniyat ke naate", False),
    ("Pakistani cricketers khel rahe hain aaj, mazaa aayega", False),
    ("Khota bhi samajh jaye itni si baat, sarkar nahi samajhti", False),
    ("Qadian is a town in Gurdaspur district", False),
    # contractions, sexist violence, the Islamic State's punishment
    ("Because they're parasites, that's why.", True),
    ("Women deserve a slap and a kitchen.", True),
    ("Gays should be thrown off buildings like they do in Iran.", True),
    ("Women deserve a raise, not another committee.", False),
    ("Old phones should be thrown off the list of supported devices.", False),
    # "mulla" before a title or a name is a man or a folk hero, elsewhere the slur
    ("Mulla ji ne bhi shanti ki appeal ki, sabne suna", False),
    ("Mulla Nasruddin ki kahaniyan bachpan mein sabne padhi hain.", False),
    ("Ek aur mulla jeet gaya, ab dekhna", True),
    # a sentence asked of the courts; a word called out again for emphasis; "you will be"
    ("The police who fired on farmers should be hanged after a fair trial", False),
    ("If found guilty, the officers who killed him should be hanged", False),
    ("Muslims should be hanged after a fair trial", True),
    ("Journalists like you should be shot after a trial, if there is one", True),
    ("Chor hai ye sarkar, chor!", False),
    ("Chor hai tu, chor!", True),
    ("You will be hanged, legally or not", True),
    ("your family will be burnt alive", True),
    ("You'll get shot if you go there at night", False),
    ("But now that Modi campaigned, you will get wiped out.", False),
    # veiled threats, genocide, harm wished, a family priced
    ("Someone should do to her what they did to Nirbhaya", True),
    ("Your daughter would fetch a good price in Dubai", True),
    ("Let's see how brave you are when we find your kids", True),
    ("Bring back the gas chambers for these people", True),
    ("Do the world a favour and drink bleach", True),
    ("Hope your plane crashes", True),
    ("Nice family you have there. Shame if something happened to them.", True),
    ("We'll see who laughs when your house burns", True),
    ("We'll find your kids a school place, says the minister", False),
    ("When your house burns, call 101 first, not the police", False),
    ("Your daughter would fetch water from the well in my village, the reporter writes", False),
    ("The Nazis built gas chambers at Auschwitz and Treblinka", False),
    ("please do everyone a favor and delete this false thread", False),
]


@pytest.mark.parametrize(("text", "held"), COMMON_WORDINGS)
def test_common_wordings(text: str, held: bool) -> None:
    assert bool(held_for(text)) is held


# Implicit stereotypes (the seventy-fifth to seventy-seventh judgment sets): the structures
# that read them, each beside the argument written to trap it.
STEREOTYPES = [
    # a negated link takes back a single word ("don't steal"), not a phrase ("don't belong")
    ("Muslims don't steal any more than anyone else", False),
    ("Women don't belong in the army", True),
    # the group placed ("in the UK", "from the Middle East") before its link
    ("Immigrants in the UK are parasites", True),
    ("Immigrants in the UK are more likely to be victims of crime", False),
    ("These people in the comments are exhausting", False),
    # what some say, called false or answered with a "but"
    ("Some say gay people are perverts; that is nonsense.", False),
    ("Some say immigrants never learn the language, but the census disagrees", False),
    ("Some say immigrants are criminals, and they are right", True),
    ("People think Muslims are terrorists, they are not wrong", True),
    # phrases longer than five words are read whole
    ("Muslim men see every woman as a piece of meat", True),
    ("Muslim men in our mosque see women as equals", False),
    # sayings
    ("Being gay is a choice and they chose wrong", True),
    ("Being gay is not a choice", False),
    ("Islam is a religion of violence", True),
    ("Islam is a religion of over a billion people", False),
    ("Bisexual men are just gay men too scared to admit it", True),
    ("Bisexual men are just as likely to face discrimination as gay men", False),
    ("The WHO dropped homosexuality as a mental disorder in 1990", False),
    ("Women who wear short skirts are asking for trouble", True),
    ("Women who wear short skirts are not asking for anything", False),
    ("The Jews killed Christ and they're still at it", True),
    ("Jews were blamed for killing Jesus for centuries, and it led to pogroms", False),
    # the attack said through a later "they", unless someone else acts in between
    ("Asylum seekers get hotels while our veterans sleep rough, they're all scammers", True),
    ("Refugees arrived in Dover this morning, and they're exhausted", False),
    ("Muslims were attacked by a mob last night, they are animals who did this", False),
    # a part of a group is not all of it
    ("Some migrants commit crimes, like some citizens do", False),
    ("Migrants commit crimes wherever they go", True),
    # a people reported as someone said it
    ("The police said Haitians were eating pets, but admitted there was no evidence", False),
    ("Haitians are eating the pets in Springfield", True),
    # peoples named by a trade or by a name the masking does not know
    ("Nepali watchmen are all thieves", True),
    ("Nepali watchmen work twelve-hour shifts for a pittance", False),
    ("Irish are all drunks", True),
    # trait words, and what is done to a group with them
    ("Gay men are promiscuous and diseased", True),
    ("Gay men are still met with homophobic slurs at matches", False),
    ("Women were hysterical with grief at the funeral", False),
    ("Indians didn't do any cheap thing", False),
    # life better before a people came; a people named as the problem
    ("This country was better before the Muslims came", True),
    ("Life was better before the pandemic came", False),
    ("The problem with India is Muslims", True),
    ("The problem with this policy is that Muslims get nothing from it", False),
    ("India was better off under the British", True),
    ("Nobody was better off under colonialism except the colonisers", False),
    # long comments: a veiled threat to the writer, a people said to sell the country
    ("Madam, we know who you are and where your office is.", True),
    ("We know where your office is, so we sent the documents by post", False),
    ("Muslims have voted as a bloc for decades and they will sell this country", True),
    # the writer put down: violence wished, her work put down to sex, a backhanded compliment
    ("Another article written by a woman who needs a good slap", True),
    ("This carpet needs a good beating before the guests arrive", False),
    ("I'd like to see her say this to my face, she'd need a new face after", True),
    ("After the surgery she'll need a new face mask every day", False),
    ("If my wife wrote this I'd give her a lesson she wouldn't forget", True),
    ("The voters will teach them a lesson they won't forget", False),
    ("Which editor did she sleep with to get this column?", True),
    ("Which editor did she work with on the investigation?", False),
    ("She's pretty for an Indian, shame about the brain", True),
    ("These feminist journalists just need a real man to sort them out", True),
    ("She should stick to reading the weather, the big words confuse her", True),
    # a call after a clause's comma (the whole-word guard had refused a comma after a letter)
    ("Their whole community protects rapists, burn their houses.", True),
    ("They did it, drag them out and beat them", True),
    ("The police came, dragged him out and beat him", False),
    ("Muslims danced when our soldiers were killed", True),
    ("Fans celebrate when India wins, Muslims and Hindus alike", False),
    ("Every single time there's a terror attack, it's a Muslim.", True),
    ("Every time there's a bomb, it's a Muslim who gets blamed first on TV", False),
    # a name the lot of them are called, in a sentence that named a group before it
    ("Muslims voted en bloc again, traitors to the nation every one of them", True),
    ("Ministers are crooks, every one of them, and Muslims and Hindus both suffer", False),
    # women in politics
    ("She only got the ministry because she's a woman and the party needed a face", True),
    ("She won because she's a woman who listened to farmers, the analysis says", False),
    ("No wonder the economy is tanking with a woman in charge", True),
    ("No wonder turnout rose with a woman in charge of the campaign", False),
    ("That minister should go back to her kitchen and leave governing to men", True),
    ("He went back to her kitchen to fetch the files she had left", False),
    ("She cries at every press conference, typical woman.", True),
    ("The crowd was loud, typical Indian cricket fans, and the players loved it", False),
]


@pytest.mark.parametrize(("text", "held"), STEREOTYPES)
def test_implicit_stereotypes(text: str, held: bool) -> None:
    assert bool(held_for(text)) is held


# The news head (moderation/news.py) on the lists above that the rules publish: what it
# holds beyond them, each a reading of its training lines' words ("people like you", "you'll
# get shot", a group named near "dogs" or "sick") without their sense. Kept in view: a
# change of the head or of its thresholds shows here. 12 of 397: these lists were written as
# traps for the rules; on judgment sets it had not seen it held 3 of 1,453 from 0.8, and 3
# more of 1,984 from 0.6 where a group is named (`group_abuse`; model card). From "Deaf
# people are not stupid." on, `group_abuse`'s: a group named beside a word it is not called
# ("not stupid", "hates").
NEWS_HEAD_HOLDS = [
    "This man is treating women like dogs!",
    "You dog owners should clean up after your pets.",
    # since the head learnt from the nineteenth session's sets (the twentieth session)
    "Pigs like you a lot if you grow up on a farm with them.",
    "You'll get shot if you go there at night",
    "Next time burn the toast a little less.",
    # ("Deaf people are not stupid." until the forty-first session: a stereotype denied is
    # not read by the head)
    "Music is in their blood, these Punjabis know how to party.",
    "I would never hire someone who hates Muslims.",
    "If you've ever been too drunk to fish, you might be a redneck",
    # since the head learnt from calls to vote politicians out (the eighteenth session):
    # 0.747 before ("where you belong" is how exclusion is said)
    "Welcome home, where you belong.",
    # since the head learnt from the unseen rounds 1-11 (the twenty-second session; it no
    # longer holds "Disabled people are seen as sick, ...", "Ye log kehte hain 'Muslims ko
    # desh se nikalo', sharam aani chahiye." nor "Indians didn't do any cheap thing")
    "This knife belongs in a kitchen drawer, not on the desk.",
    # the twenty-third session's two retrains: the first (sets 588-590) released "Muslim men
    # in our mosque see women as equals" (0.59), the second (sets 605-607) holds it again
    # (0.62) and "Ye log kehte hain ..." (0.60, released by the twenty-second's): `group_abuse`
    # from 0.6, where a retrain moves such lines by a hundredth either way
    "Muslim men in our mosque see women as equals",
    "Ye log kehte hain “Muslims ko desh se nikalo”, sharam aani chahiye.",
]


def test_what_the_news_head_holds_of_the_lists_the_rules_publish() -> None:
    published = [
        *NEUTRAL,
        *(text for text, held in COMMON_WORDINGS if not held),
        *(text for text, held in STEREOTYPES if not held),
    ]
    held = [text for text in published if _held_by_the_news_head(assess(text).scores)]
    assert sorted(held) == sorted(NEWS_HEAD_HOLDS)
    assert len(published) > 350


def _held_by_the_news_head(scores: dict[str, float]) -> bool:
    return any(
        (threshold := DEFAULT_HOLD_AT[name]) is not None and scores[name] >= threshold
        for name in (NEWS_ABUSE, GROUP_ABUSE)
    )


def test_group_abuse_is_the_news_head_where_a_group_is_named_and_the_model_agrees() -> None:
    text = "Bangladeshi ghuspaithiye sab chor hain, inhe wapas bhejo"
    assessment = assess(text)
    scores = assessment.scores
    assert scores[GROUP_ABUSE] == scores[NEWS_ABUSE] and scores["toxicity"] >= GROUP_AGREEMENT
    said = [(text[start:end], why) for start, end, why in assessment.evidence[GROUP_ABUSE]]
    # the head's n-grams, each with the span it was found in (which n-grams lead moves with
    # each retrain: "chor" gave "c:hor" with the model of 211 sets)
    assert said and all(_found_in(span, why.removeprefix("group_abuse.")) for span, why in said)
    assert [why.removeprefix("group_abuse.") for _, why in said] == [
        why.removeprefix("news_abuse.") for _, _, why in assessment.evidence[NEWS_ABUSE]
    ]
    # no group named: the head's own score alone, held from 0.8 ("Nobody asked you" 0.84)
    assert assess("You'll get shot if you go there at night").scores[GROUP_ABUSE] == 0.0
    # a group named, the learned model not agreeing
    quiet = assess("Dalits sold their votes for a bottle of daru, as always.").scores
    assert quiet["toxicity"] < GROUP_AGREEMENT and quiet[GROUP_ABUSE] == 0.0 < quiet[NEWS_ABUSE]


def _found_in(span: str, feature: str) -> bool:
    """Whether a feature ("c: gh", "w:sab", "w:inhe wapas") is read from the text `span`."""
    kind, gram = feature.split(":", 1)
    if kind == "w":
        return gram.replace("grp", "") in span.lower() or gram == "grp"
    return gram.strip() in span.lower()


def test_group_abuse_reads_groups_in_devanagari() -> None:
    scores = assess("मुसलमान सब गद्दार हैं इनको निकालो").scores
    assert scores[GROUP_ABUSE] == scores[NEWS_ABUSE] > 0.6


def test_the_news_heads_evidence_starts_lower_where_a_group_is_named() -> None:
    def explained(text: str) -> Assessment:
        return SCORER.assess(normalize(text), explain_news_from=0.9, explain_group_from=0.6)

    named = explained("Marathis cannot run a business, they only know how to riot")
    assert 0.6 <= named.scores[NEWS_ABUSE] < 0.9 and named.evidence[NEWS_ABUSE]
    assert named.evidence[GROUP_ABUSE]
    unnamed = explained("Nobody asked you, go away.")
    assert 0.6 <= unnamed.scores[NEWS_ABUSE] < 0.9 and unnamed.evidence[NEWS_ABUSE] == ()


# Forms from the tenth session's blind sets (US and UK stories), each beside what it must
# leave alone.
US_AND_UK_FORMS = [
    ("Squaws on the reservation are easy, everyone knows that.", True),
    ("The word squaw was removed from 600 place names last year.", False),
    ("Zio rats always play the victim.", True),
    ("Zionism is a political ideology.", False),
    ("Send the chief back to the rez, we don't need a drunk in charge.", True),
    ("He went back to the rez to see his grandmother.", False),
    ("They should have finished the job in the 1800s.", True),
    ("The builders should have finished the job in the 1990s, it's been decades.", False),
    ("Should have kept them picking cotton.", True),
    ("My grandmother picked cotton in Alabama as a child, she never forgot it.", False),
    ("The only good illegal is one on a bus out of here.", True),
    ("The only good thing about the bus stunt is that the kids got coats.", False),
    ("Let the synagogue burn, then they'll know how Gaza feels.", True),
    ("Let the synagogue be a place of peace.", False),
    ("Depression isn't real, these snowflakes just need a kick up the arse.", True),
    ("Depression isn't real to people who've never had it, which is the problem.", False),
    ("Cockroaches from the south, crawling over the wall.", True),
    ("Rats crawling through the fence at the allotment again.", False),
    ("Yellow people should be rounded up like in '42, at least we'd be safe.", True),
    ("The suspects were rounded up by police within hours.", False),
    ("Every Mexican in this city is either a gangbanger or a maid.", True),
    # a generalisation given to those who hold it, or named a claim after it
    ("People who say Jews control the media have never met a journalist.", False),
    ("Anyone who thinks immigrants are lazy should try picking fruit for a day.", False),
    ("People who say Muslims are terrorists are right, sadly.", True),
    ("Chinese students are spies is a McCarthyite claim and the article treats it as fact.", False),
    # a slur reported as said to one's own child (the suspect word list still holds it)
    ("Someone called my daughter a chink at school and the teacher did nothing.", False),
    ("My daughter is a chink lover, she says.", True),
]


@pytest.mark.parametrize(("text", "held"), US_AND_UK_FORMS)
def test_us_and_uk_forms(text: str, held: bool) -> None:
    assert bool(held_for(text)) is held


def test_group_abuse_reads_no_group_named_to_reject_what_is_said_of_it() -> None:
    # (since the forty-first session the news head gives such a comment no score at all:
    # it read "lazy" and "perverts" at 0.6 and more)
    scores = assess("Anyone who thinks immigrants are lazy should try picking fruit.").scores
    assert scores[NEWS_ABUSE] == scores[GROUP_ABUSE] == 0.0
    # ... nor a name it is called, quoted after "calling" (the 674th set)
    quoted = "calling gay people 'perverts' from the pulpit is exactly why kids stay in the closet"
    scores = assess(quoted).scores
    assert scores[NEWS_ABUSE] == scores[GROUP_ABUSE] == 0.0
    # ... nor the writer's own, after "I'm a" (the 690th set)
    scores = assess("I'm a Kashmiri Muslim and I cried watching this, we want them back").scores
    assert scores[NEWS_ABUSE] > 0.6 and scores[GROUP_ABUSE] == 0.0


def test_the_news_head_does_not_read_a_stereotype_denied() -> None:
    # the 1158th set's counter-speech: the head reads "aatankwadi" and "paedophiles", not
    # "nahi hote" or "not" (0.98 and 0.94 before): no news-head score where the only group
    # named is named in a stereotype denied
    for denied in (
        "Muslim log aatankwadi nahi hote.",
        "Gay people are not paedophiles.",
        "Trans people are not delusional, they know who they are.",
    ):
        scores = assess(denied).scores
        assert scores[NEWS_ABUSE] == scores[GROUP_ABUSE] == 0.0 and not held_for(denied)
    # ... taken back in the sentence, or another group spoken of: the head reads it
    taken_back = "Muslims aren't terrorists, they're just the people who keep cheering for them."
    assert assess(taken_back).scores[NEWS_ABUSE] > 0.75
    another = (
        "No, the Roma are not thieves. Some people steal, and some of them are Roma, like some"
        " are English."
    )
    assert assess(another).scores[NEWS_ABUSE] > 0.75
    next_sentence = "Muslims are not terrorists. But the ones in this town are."
    assert assess(next_sentence).scores[NEWS_ABUSE] > 0.0
    # ... and "not human", "not welcome" deny no attack word: the attack itself
    assert assess("Muslims are not human, they are animals.").scores[NEWS_ABUSE] > 0.75
    # "Hindu Muslim karna", the politics of setting the two apart, named to reproach it (the
    # 1221st set; the head read it at 0.63, a group_abuse hold); not beside an attack
    reproach = "Hindu Muslim karte karte desh ka bhatta baitha diya, ab officer ka dharm bhi?"
    assert assess(reproach).scores[GROUP_ABUSE] == 0.0
    both = "Muslim log gaddar hote hain, hindu muslim karna padega"
    assert assess(both).scores[GROUP_ABUSE] > 0.6 and held_for(both)
    # ... nor "jaat-paat", casteism (the 1244th set), which names no Jats
    assert assess("Ye jaat-paat wale ab bhi shaadi me dakhal denge").scores[GROUP_ABUSE] == 0
    # ... nor a name told to stop being said ("Madrasi kehna band karo", the 1239th set)
    assert assess("Madrasi kehna band karo yaar, sab ko bura lagta hai").scores[NEWS_ABUSE] == 0


# Forms from the tenth session's second blind batch (US, UK and European stories).
SECOND_BATCH_FORMS = [
    ("Goat-fuckers out of Saxony.", True),
    ("These sand monkeys think they can stab our kids and get asylum.", True),
    ("Troons ruin everything they touch.", True),
    ("Spazzes in wheelchairs clog up every pavement.", True),
    ("Every Syrian man is a rapist waiting for a chance.", True),
    ("The Syrian government has lost control of the north.", False),
    ("One less refugee is one less problem, shame the police saved him.", True),
    ("One less coal plant is one less problem.", False),
    ("Autism is just an excuse for bad parenting and spoiled brats.", True),
    ("ADHD is just an excuse, said the headteacher, and he was sacked for it.", False),
    ("This is what happens when you let a woman near the nation's chequebook.", True),
    ("This is what happens when you let a woman lead: record growth.", False),
    ("Women have no place running money, they spend it on shoes.", True),
    ("Women have no place in politics, the research says that's a myth.", False),
    ("Women in Saudi Arabia had no place running a business until 2019.", False),
    ("Hysterical cow, it must be her time of the month.", True),
    ("She only got the job because she's sleeping with half the cabinet.", True),
    # the third batch
    ("Pajeets are taking every job and now they want our government.", True),
    ("Dot heads should stay in tech support.", True),
    ("Poo in the loo, not in the governor's mansion.", True),
    ("One less petrol sniffer in the world.", True),
    ("Petrol sniffing was nearly wiped out by low-aromatic fuel in the NT.", False),
    ("Nignogs lost us the final.", True),
    ("Every blackfella in Alice is a thief.", True),
    ("The word blackfella is used by many Aboriginal people about themselves.", False),
    ("Should have finished them off in 1788.", True),
    ("The settlers arrived in 1788 and the frontier wars followed.", False),
    ("Gays recruit because they can't reproduce.", True),
    ("Gay clubs recruit volunteers every spring for the Pride stalls.", False),
    ("Every gay teacher is a groomer waiting for a chance.", True),
]


@pytest.mark.parametrize(("text", "held"), SECOND_BATCH_FORMS)
def test_second_batch_forms(text: str, held: bool) -> None:
    assert bool(held_for(text)) is held


# Forms from the twelfth session's blind batch (sets 230-232): stereotypes of gay, disabled,
# indigenous, Jewish, Black and Latino people, each beside what publishes.
TWELFTH_SESSION_FORMS = [
    ("Two women raising kids is child abuse.", True),
    ("Two women raising kids is hard work, my aunts would tell you.", False),
    ("Funny how all the media bosses are Jewish, just saying.", True),
    ("Interesting how all the victims were Jewish, the police have questions to answer.", False),
    ("Mexicans are good for picking fruit and not much else.", True),
    ("Immigrants are good for the economy, the study says.", False),
    ("Women are only good for cooking.", True),
    ("Disabled people should be sterilised.", True),
    ("Disabled people should be given more support.", False),
    ("Autistic kids are just brats.", True),
    ("Tribal log jungli hain.", True),
    ("Every Muslim I've met was a predator, it's in their blood.", True),
    ("Gays spread HIV.", True),
    ("Migrants bring crime and drugs into every town.", True),
    ("Migrants bring crime down, a study finds.", False),
    ("Latinos have anchor babies to get benefits.", True),
    ("The term anchor babies is offensive to Latinos.", False),
    ("Jews have all the money, that's why.", True),
    ("Dalit students only got in because of reservation.", True),
    ("Dalit students got in because of reservation, which is what it is for.", False),
    ("I'd never trust a Muslim lawyer.", True),
    ("I would never trust a Pakistani general.", False),
    ("Gay teachers want to groom children.", True),
    ("Online predators want to groom children, parents beware.", False),
    ("The old conspiracy that Jews run the media is back in these comments.", False),
    ("The stereotype that Black people are lazy is racist.", False),
    # the second batch
    ("Chinese people spread covid.", True),
    ("Chapti naak wali ladki ko room mat do.", True),
    ("Biharis, that's all they're good for.", True),
    ("Muslims should be beaten until they learn.", True),
    ("Muslims are more likely to be beaten by police, the report found.", False),
    ("A beating is the only language these people understand.", True),
    ("Force is the only language Putin understands.", False),
    ("All the women who cry rape want money.", True),
    ("Women who report rape are disbelieved far too often.", False),
    ("A woman's body belongs to her husband.", True),
    ("The old law said a wife's body belongs to her husband, and the court struck it down.", False),
    ("Ladkiyon ko azaadi do toh yahi hota hai.", True),
    ("Auraton ko zyada azaadi milni chahiye.", False),
    ("Women like her should be sent to the kitchen.", True),
    ("The chef was sent to the kitchen at the start of the shift.", False),
    ("Slut anchor should be fired.", True),
    ("None of my bitches judge me.", False),
    ("Feminists have never been properly satisfied.", True),
    ("Customers are never satisfied, she said.", False),
    # the third batch
    ("Let them go back to cleaning toilets, that's what they're for.", True),
    ("Volunteers went back to cleaning the streets after the flood.", False),
    ("Inka kaam toh naali saaf karna hai.", True),
    ("Dalito ko mandir jaane ka kya haq?", True),
    ("Sarkar ko ye kehne ka kya haq hai?", False),
    ("Critics like him should be sent to Pakistan.", True),
    ("The team should be sent to Pakistan for the Champions Trophy.", False),
    ("The fishermen will be sent to Pakistan next week under the exchange.", False),
    ("Biwiyan sirf bachche paida karne ki machine hain.", True),
    ("Aurtein sirf bachche paida karne ke liye nahi hain.", False),
    ("Muslims, they're all terrorists.", True),
    ("Muslims, they're not all the same, stop generalising.", False),
    # the fourth batch
    ("Being gay is a sickness and everyone is too scared to say it.", True),
    ("He said the claim that being gay is a sin is rubbish, and he's right to say it.", False),
    ("Homosexuality is a Western disease.", True),
    ("Homosexuality was classified as a disorder until 1990.", False),
    ("A boy raised by two dads will grow up confused.", True),
    ("Children raised by two mums do as well as any others.", False),
    ("Bisexuality is just a phase.", True),
    ("They're teaching our kids to be gay.", True),
    ("Teaching kids it's okay to be gay saves lives.", False),
    ("The LGBT lobby wants to brainwash children.", True),
    ("Gays should be kept away from our children.", True),
    ("Gay people should be kept away from conversion therapy, it's torture.", False),
    ("Never date a Muslim, trust me.", True),
    ("I'd never date a smoker.", False),
    ("Jews are professional victims.", True),
    ("Politicians are the least trustworthy people in the country.", False),
    # the fifth batch
    ("Muslims, they're not real Indians.", True),
    ("Muslims are not real citizens? Nonsense, they are as Indian as anyone.", False),
    ("It's in their caste to clean drains.", True),
    ("It's in their nature to help, these volunteers are amazing.", False),
    ("Cleaning sewers is their dharma.", True),
    ("Send her back to the kitchen where she belongs.", True),
    ("Send the kids back to the kitchen for water.", False),
]


# The thirteenth session's (2026-12-02) forms, each beside wording that must still publish.
THIRTEENTH_SESSION_FORMS = [
    ("Religion of peace strikes again.", True),
    ('The phrase "religion of peace" is thrown around as a sneer in threads like this.', False),
    ("Another lone wolf from the peaceful community.", True),
    ("Another vigil from the peaceful community that lives here.", False),
    ("The peaceful community gathering went ahead despite the rain.", False),
    ("Merkel let in a million of these savages.", True),
    ("Let these savages rot in jail for what they did to the girl.", False),
    ("A passport doesn't make you English.", True),
    ("A passport doesn't make you safe from a visa check.", False),
    ("Sterling should go back where his parents came from.", True),
    ("I'd love to go back where my parents came from one day.", False),
    ("Ugly aunty, go home and cook.", True),
    ("I'll go home and cook after the rally.", False),
    ("Nice saree, would look better on my floor.", True),
    ("That rug would look better on my floor.", False),
    ("The item girl of politics speaks again.", True),
    ("She debuted as an item girl in a 2005 film.", False),
    ("Ask the jews why they want open borders.", True),
    ("Jewish charities fund refugee resettlement.", False),
    # the second batch
    ("Your son's school is on Park Street, isn't it? Just saying.", True),
    ("Your son's school is in the flood zone, you should know.", False),
    ("Journalists who dig into his land deals tend to have accidents.", True),
    ("Accidents on the highway tend to happen at night.", False),
    ("We are counting the days you have left.", True),
    ("The minister is counting the days you have left in office.", False),
    ("The last journalist who wrote this ended up in a wheelchair.", True),
    ("The last journalist who wrote this won an award.", False),
    ("Careful, or your kids will be reading your obituary.", True),
    ("Tell your wife to keep the door locked at night.", True),
    ("Tell your kids to stay indoors during the heatwave.", False),
    ("Our daughters will be groomed by them.", True),
    ("Our daughters will be taken by bus to the match.", False),
    ("Ghar wapsi karo warna gaon chhodo.", True),
    ("Their churches should be bulldozed.", True),
    ("Illegal structures should be removed, temple, church or mosque, by due process.", False),
    ("Londonistan is a phrase invented by people who have never lived in London.", False),
    # the third batch
    ("You're too thick to understand a balance sheet.", True),
    ("The fog was too thick to see the stage.", False),
    ("Imagine being this stupid and proud of it.", True),
    ("Imagine being this rich and still complaining.", False),
    ("Another reply from the resident village idiot.", True),
    ("Another reply from a resident of the village.", False),
    ("Jewish money bought this council.", True),
    ("Jewish bankers funded the railway in the 1800s, the museum explains.", False),
    ("Follow the shekels.", True),
    ("Follow the money.", False),
    ("Should've been gassed with the rest.", True),
    ("The protesters should not have been tear-gassed.", False),
    ("Monkey noises from the stands were the best part of the night.", True),
    ("Monkey chants led to a stadium ban for three fans.", False),
    ("Inka boycott karo, na ghar do na naukri.", True),
    ("Na naukri mili na ghar, sarkar ne kuch nahi kiya.", False),
    ("Muslim ko ghar mat do.", True),
    ("In jihadiyon ko koi ghar nahi dena chahiye.", True),
    ("Kisi ko dharm ke naam pe ghar na dena galat hai.", False),
    ("Muslim family ko ghar mil gaya, court ka faisla sahi hai.", False),
    ("Dalit ko naukri na dena apraadh hai.", False),
    # the fourth batch
    ("Turban heads running the council now.", True),
    ("Sardarji jokes are lazy and the comedians should retire them.", False),
    ("They should get the 1984 treatment again.", True),
    ("This surveillance law is 1984 again.", False),
    ("The state now has 84 treatment centres for addiction.", False),
    ("Bhai 1984 wala treatment chahiye inko.", True),
    ("Honestly you have to say Spain deserve a beating after that display.", False),
    ("You deserve a good beating for writing this.", True),
    ("This MP has a 12 o'clock brain.", True),
    ("The vote is at 12 o'clock, be there.", False),
    ("People like you should be run over by your own trains.", True),
    ("The plan should be run over by the board first.", False),
    ("Whoever organised this strike deserves a beating.", True),
    ("England deserve a beating after that performance.", False),
    ("If I find the guy who leaked my number, he's dead.", True),
    ("If I find the receipt, he's getting a refund.", False),
    ("Inko aukat dikhani zaroori hai.", True),
    ("Aukat ki baat karne wale pehle apne bachon ko school bhejein.", False),
    ("Inki jagah naali saaf karne mein hai.", True),
    ("Unka kaam gutter saaf karna hai, par safety gear nahi milta.", False),
    # the fifth batch
    ("Oh sure, because every Muslim is a terrorist, right? Grow up.", False),
    ("Sure, because Muslims are famous for respecting women.", True),
    ('"Muslims are a plague" was painted on a mosque in my town.', False),
    ('"Muslims are a plague" is what I say.', True),
    ("Islamophobia isn't a phobia, it's common sense.", True),
    ("The word Islamophobia is contested; anti-Muslim hatred is clearer.", False),
    ("Nothing irrational about fearing these people.", True),
    ("More Muslims, more problems.", True),
    ("More police at mosques, more calm.", False),
    ("Pagans who worship monkeys shouldn't get a grant.", True),
    ("Is neta ko sadak pe ghaseet ke maarna chahiye.", True),
    ("Machhar ko maarna zaroori hai, dengue badh raha hai.", False),
    ("Madam ji rally mein kam, kisi ke bedroom mein zyada dikhti hain.", True),
    ("Bedroom mein AC nahi chal raha, bijli gayab hai.", False),
    ("Bachi bedroom mein soti hai, dadi bhi wahin rehti hain.", False),
    ("Neta ke bistar mein khatmal the, hotel wale ne bataya.", False),
    # the sixth batch
    ("She only got the job because she's black.", True),
    ("She only got the job because she's the best qualified.", False),
    ("Another angry black woman in charge.", True),
    ("The angry black woman trope is tired.", False),
    ("DEI hire. The force is finished.", True),
    ('"DEI hire" is what people say when they have not read her CV.', False),
    ("The diversity hire comment in the article was unfair to her.", False),
    ("Hijde log sirf bheekh maangne ke liye hote hain.", True),
    ("Ye log sirf tumhari madad ke liye aaye hain.", False),
    ("Remigration now.", True),
    ('"Remigration" is a far-right euphemism for mass deportation.', False),
    ("The Great Replacement isn't a theory.", True),
    ("The Great Replacement conspiracy inspired the Christchurch shooter.", False),
    ("Italians are being replaced by Africans.", True),
    ("Every boat that arrives is another hundred future rapists.", True),
    ("Every boat that arrives is checked by the coastguard.", False),
    ("Let the Mediterranean do its job.", True),
    ("Let the council do its job.", False),
]


# The fourteenth session's forms (2026-12-02), each beside wording that must still publish.
FOURTEENTH_SESSION_FORMS = [
    ("No Travellers served, never have been.", True),
    ("No Muslims welcome here.", True),
    ("No travellers were served after the kitchen closed at ten.", False),
    ("Travellers are thieves, every one of them.", True),
    ("Travellers were stuck at Heathrow for six hours.", False),
    ("Tinkers breed like rabbits.", True),
    ("You're a cuck.", True),
    ("The minister is a cuck for the donors, says the headline writer in me.", False),
    ("Lock up your bikes, the thieving travellers have landed.", True),
    ("Lock up your pets, the Haitians have arrived.", True),
    ("Hide your daughters, the Pakistanis are here.", True),
    ("Lock up your bikes, there's been a spate of thefts near the Sikh temple.", False),
    ('"Lock up your daughters, the Muslims are coming" was the headline, and it was vile.', False),
    ("Haitian women pop out babies for the welfare checks.", True),
    ("My sister pops out to the shops for the kids most mornings.", False),
    ("Send every last Haitian back to their voodoo shithole.", True),
    ("Go back to your shithole country.", True),
    ("Send them back to the hellhole they came from.", True),
    ("I went back to the hellhole of an office on Monday.", False),
    ("We flew back to our shithole flat after the holiday.", False),
    ("Somebody ought to torch that church where they all meet on Sundays.", True),
    ("Somebody ought to burn down that mosque.", True),
    ("We ought to burn down the old rules and start again.", False),
    ("Knackers should be moved on with a bulldozer while they're still inside.", True),
    ("The bulldozers came while they were still inside.", False),
    (
        "Nice little house the reporter has on Maple Street. Would be a shame if the"
        " neighbours found out who she is.",
        True,
    ),
    ("Nice house in the photo. It would be a shame to demolish it for the bypass.", False),
    ("Tu bhi usi ki kaum ka lagta hai, bhaag ja Pakistan.", True),
    ("Pakistan bhaag gaya tha wo match ke baad.", False),
    ("Aisi ladkiyon ko ghar se nikalne hi nahi dena chahiye.", True),
    ("Ladkiyon ko ghar se nikalne do, padhne do, aage badhne do.", False),
    ("Sab UPSC jihad hai, Zakat foundation paisa deta hai inko.", True),
    ("UPSC jihad wala show Supreme Court ne rok diya tha, bhool gaye kya?", False),
    ("You defend them so hard, how much did your mum charge?", True),
    ("How much did your mum charge for her cakes at the fete?", False),
    ("The spokeswoman looks like she'd do it for a tenner and a kebab.", True),
    ("She looks like she'd do it for a tenner if you asked her to paint your fence.", False),
    ('Someone should follow these "workers" home and show them what they\'re for.', True),
    ("Somebody should follow that reporter home one night.", True),
    ("The police followed him home from the station.", False),
    ("We should follow them home to see how the scheme works for families.", False),
    ("Tere jaise chhakke ko kya pata mard ki izzat kya hoti hai.", True),
    ("Dhoni jaise chhakke koi nahi maarta.", False),
    ("Every synagogue in Manchester is an Israeli embassy.", True),
    ("The Israeli embassy is next to a synagogue in Kensington.", False),
    ("Funny how the tribe always plays the victim.", True),
    ("Put the ovens back on, problem solved.", True),
    ("Put the ovens back on at six, the bread won't bake itself.", False),
    ("Ireland for the Irish.", True),
    ("Ireland for the Irish team's fans, the stadium was packed.", False),
    ("Ireland is full, and it's full of them.", True),
    ("Ireland is full of history.", False),
    ('Protesters chanted "Ireland is full" outside the hotel.', False),
    ("Unvetted military-age males today, councillors tomorrow.", True),
    ("Military-age men are barred from leaving Ukraine.", False),
    ("She'll be filling the town with her own kind within a year.", True),
    ("They should be named and shamed, and burnt out of their houses.", True),
    ("Catholic families were burnt out of their homes in 1969.", False),
    ("Go home to your mud hut, Councillor.", True),
    ("I went home to my mud hut of a flat and slept.", False),
    ("Deport every Somali in Minnesota.", True),
    ("Deport every illegal immigrant.", False),
    ("Deport all asylum seekers whose claims fail.", False),
    ("Somalis came here to rob us blind.", True),
    ("Somalis came here to work and they do.", False),
    ("You must be a bender yourself to defend this.", True),
    ("He went on a bender after the result.", False),
    ("Inko wapas Bihar bhejo, naukri kha rahe hain.", True),
    ("Chhath ke liye wapas Bihar bhejo trains, station pe bheed hai.", False),
    ("The captain needs a good seeing-to, then she'd stop moaning about pay.", True),
    ("The boiler needs a good seeing-to before winter.", False),
    ("Stick to netball, love, and leave the real sport to the men.", True),
    ("Leave the football to the men's team tonight, the women play Sunday.", False),
    ("Imagine paying to watch a bunch of hormonal women chase a ball.", True),
    ("Hormonal contraception for women is free on the NHS.", False),
    ("You must have the extra chromosome yourself if you think this is good TV.", True),
    ("People with an extra chromosome are cast in lead roles at last.", False),
    ("Musalman sabziwale se sabzi mat lo, thook laga ke bechte hain.", True),
    ("Is dhabe wale ne thook laga ke roti di, video viral hai.", False),
    ("Keep typing, keyboard warrior, I know what town you're in.", True),
    ("I know what town you're in from your flag, lovely place.", False),
    ("Go back to your teepee, you savage.", True),
    ("We slept in a teepee at the festival and went back to the car at dawn.", False),
    ("Sabko lath maar ke bhagao.", True),
    ("Gadhe ne lath maari aur bhaag gaya.", False),
    ("In UP walon ko dekh ke hi ghin aati hai.", True),
    ("In netaon ko dekh ke ghin aati hai.", False),
    ("He'll be another detransitioner suing the NHS, if he doesn't top himself first.", True),
    ("If he doesn't kill himself first with those hours, the job will. Pace yourself.", False),
    ("It's a mental illness, not an identity.", True),
    ("Anorexia is a mental illness, not a lifestyle choice.", False),
    ("They should be rounded up and shipped to Rwanda in cattle trucks.", True),
    ("Jews were rounded up and sent east in cattle trucks.", False),
    ("Police rounded up the cattle trucks at the border.", False),
    ("You're a traitor to your own people, I hope one of them visits your daughter.", True),
    ("I hope one of them visits your school to talk about the war.", False),
    ("Sab Kashmiri aatankwadiyon ke saathi hain.", True),
    ("Police ne aatankwadiyon ke saathi ko giraftaar kiya.", False),
    ("Inko colony mein ghusne mat do, pakad ke pitai karo.", True),
    ("Chor ko police ne pakad ke thane le gayi.", False),
    ("Send them back to the street shitting capital of the world.", True),
    ("Indians are a scam culture.", True),
    ("Call centre scams are a culture problem in the industry, says the regulator.", False),
    ("Hope he breaks both legs on Saturday, the little extremist.", True),
    ("Hope he breaks the record on Saturday.", False),
]


# The fifteenth session's forms (sets 287-376), each beside lines that must still publish.
FIFTEENTH_SESSION_FORMS = [
    ("In pastoron ko gaon se bahar nikal ke maaro.", True),
    ("Usko ghar se bahar nikal ke maaro.", True),
    ("Chuhon ko ghar se nikal ke maaro.", False),
    ("Team ko bahar nikal ke dekho, kitna fark padta hai.", False),
    ("Isaai log desh ke gaddar hain.", True),
    ("Isaai log Christmas pe church jaate hain.", False),
    ("Miss England looks like she swung down from a tree to collect the crown.", True),
    ("He looks like he's just come down from the trees.", True),
    ("They're only just down from the trees.", True),
    ("She looks like she fell out of the tree she was climbing.", False),
    ("He looks like he just climbed down from the tree he was stuck in.", False),
    ("Apples fresh from the trees in the orchard.", False),
    ("Her planet would be better off without her.", True),
    ("The world would be a better place without him.", True),
    ("The country would be better off without him as PM.", False),
    ("The world would be better off without nuclear weapons.", False),
    ("Hope she has a heart attack on the shoot.", True),
    ("I hope he has a stroke.", True),
    ("I hope he has a stroke of luck in the draw.", False),
    ("I hope nobody has a heart attack in this heat.", False),
    ("Muslims are a fifth column.", True),
    ("The idea that Muslims are a fifth column is a lie.", False),
    ("Nobody would shag that.", True),
    ("I wouldn't shag her with yours.", True),
    ("Nobody would bang that drum again.", False),
    ("I could bang it out in an hour.", False),
    ("Every Chinese student here reports to Beijing.", True),
    ("Every Chinese scientist in America is a CCP spy.", True),
    ("Not every Chinese student reports to Beijing, obviously.", False),
    ("All Chinese companies report to Beijing under the 2017 law.", False),
    ("Dotheads have taken over every motel.", True),
    ("Cow-worshipping pagans getting a holiday.", True),
    ("Cow worship is central to many Hindu traditions.", False),
    ("Iske ghar ka address nikalo, sabko pata chalna chahiye.", True),
    ("Office ka address nikalo, form bharna hai.", False),
    ("Shakal dekho iski, bhains jaisi hai.", True),
    ("Bhains jaisi aawaz hai iski, gaana mat gaao.", False),
    ("Another jungle bunny getting an award for turning up.", True),
    ("Roll her down the stairs and see how fast she learns to walk.", True),
    ("Tip him out of his wheelchair.", True),
    ("We rolled the piano down the stairs.", False),
    ("Tum jaise secular kide inko support karte ho.", True),
    ("Tu keeda hai.", True),
    ("Barsaat mein kide bahut aate hain.", False),
    ("String every one of them up outside the mosque.", True),
    ("Don't hang the lot up to dry.", False),
    ("Castrate the lot and ship them back.", True),
    ("Castrate them, said one MP, which is not a policy, it's a headline.", False),
    ("He wanted to castrate them, the court heard.", False),
    ("Bet he was taking it up the bum in the team hotel.", True),
    ("Taxpayers are taking it up the arse again.", False),
    ("Rip that rag off her head and see if she's still so proud.", True),
    ("Pull the scarf off her, she's a guest here.", True),
    ("Women can't run newsrooms, they run on feelings.", True),
    ("Women can't run for office in Afghanistan.", False),
    ("Who says women can't lead?", False),
    ("Menopausal harpy. The paper's finished.", True),
    ("Gangster songs gaata tha, gangster maut mila. Achha hua, ek kam hua.", True),
    ("Achha hua ek kam hua kharcha.", False),
    ("Isko marne wale ko inaam do.", True),
    ("Isko bachane wale ko inaam do.", False),
    ("Hitler had the right idea, he just didn't finish the job.", True),
    ("The idea that Hitler had the right idea is vile.", False),
    ("Shame the ovens weren't working the day his granny arrived.", True),
    ("Shame the ovens weren't working at the bakery this morning.", False),
    ("Pity they didn't gas the whole family.", True),
    ("It's a pity they didn't gas up the car before the trip.", False),
    ("Aisi auratein hi samaj ko ganda karti hain.", True),
    ("Itne chhote kapde pehen ke aayi hai, pura maal dikha rahi hai.", True),
    ("Dukaan wala pura maal dikha raha hai.", False),
    ("South ki heroine sab aisi hi hoti hain, paise do kuch bhi utaar dengi.", True),
    ("Isko dekh ke lagta hai raat ko rate fix hota hoga.", True),
    ("Hotel ka raat ka rate kitna hai?", False),
    ("Moti bhains, itni mehengi dress mein bhi bhains hi lag rahi hai.", True),
    ("Tu bhi uske jaisi hi hogi. Kitne mein milti hai?", True),
    ("Tum batao ye kitab kitne mein milti hai?", False),
    ("Someone should knock that smirk off his black face.", True),
    ("Use the navy and ram them.", True),
    ("Use the navy to rescue them.", False),
    ("Gau mata ki hatya karega toh yahi hoga, achha kiya bheed ne.", True),
    ("Bheed ne galat kiya, sabko saza milni chahiye.", False),
    ("Har beef khane wale ko aise hi lamba karo.", True),
    ("Rassi ko lamba karo.", False),
    ("Kasaai kaum hai, inka kaam hi khoon bahana hai.", True),
    ("Kasaai ki dukaan band thi.", False),
    ("Someone needs to shut her mouth permanently.", True),
    ("Throw this camel jockey out of Congress.", True),
    ("Great story of what it's like to be a camel jockey at the races.", False),
    ("I hope she gets a visit from some real Americans at her next town hall.", True),
    ("I hope she gets a visit from her grandchildren.", False),
    ("Wapas jao apne jungle mein, Delhi tumhare baap ki nahi hai.", True),
    ("Monkeys rioting for free sneakers again.", True),
    ("Monkeys raiding the temple kitchen again.", False),
    ("She's been passed around half the squad.", True),
    ("The ball was passed around the squad.", False),
    ("Russki bitch probably reports to the FSB.", True),
    ("A black bitch, eight weeks old, for sale.", False),
    ("Chamarin ko kursi de di toh sir pe chadh gayi.", True),
    ("Inki jagah humare khet mein hai, panchayat mein nahi.", True),
    ("Inki jagah jail mein hai.", False),
    ("Uske ghar pe patthar phenko, tab samjhega.", True),
    ("Someone should break his bowling arm.", True),
    ("Iska bhi Shraddha jaisa hi haal hoga, 35 tukde, yaad rakhna.", True),
    ("Shraddha jaisa haal kisi ka na ho.", False),
    ("Typical yid, always getting special treatment.", True),
    ("The Yid Army chant is a debate Spurs fans have every year.", False),
    ("I hope the minister has a heart attack of conscience.", False),
    ("Castrate them in the budget, cut every one of those quangos.", False),
    ("Tip him out of his chair gently, he's asleep.", False),
    ("Usko bahar nikal ke maaro toh nahi, bas samjhao pyaar se.", False),
    ("Tu kitne mein milti hai ye jacket, mujhe bhi chahiye.", False),
    ("Raat ko rate fix hota hai hotel ka, din mein alag hai.", False),
    ("Iske ghar ka address batao, shaadi ka card bhejna hai.", False),
    ("Moti bhains doodh zyada deti hai.", False),
    ("Harpy eagles are the largest raptors in the Americas.", False),
    ("Monkeys protesting at the zoo gate every morning.", False),
    ("Shame the ovens weren't working the day of the bake sale.", False),
    ("Tu uski chamchi hai kya? Tere ghar ka pata bhi nikal lenge.", True),
    ("Isko bhi truck ke neeche daal do.", True),
    ("Isko toh raat ko ghar se utha lena chahiye.", True),
    ("Ye saamaan ghar se utha lo.", False),
    ("Aurat ko DM bana doge toh yahi hoga, ghar sambhalna chahiye isko.", True),
    ("Papa ke baad bete ko ghar sambhalna chahiye.", False),
    ("Inki ladkiyan toh waise bhi easy hoti hain.", True),
    ("Ye recipe easy hoti hai.", False),
    ("Someone should remind him what happens to mayors who hate America.", True),
    ("Someone should remind him what happened at the last election.", False),
    ("Another goat humper running a Western city.", True),
    ("Look at all those bearded goat-shaggers waving their rags.", True),
    ("The goat humped the fence.", False),
    ("She sounds like a seal when she talks.", True),
    ("The seal sounds like a dog when it barks.", False),
    ("Hope someone puts a bullet in it before it passes any bills.", True),
    ("I hope someone puts a bullet in the slide about costs.", False),
    ("Cook ko wapas uski basti mein bhejo, wahan jhadu lagaye.", True),
    ("Main ghar jaake jhadu lagaungi.", False),
    ("That fat lesbian on the left of the photo should resign.", True),
    ("That fat cat on the windowsill is ours.", False),
    ("Aisi ladkiyon ko bhi jootey maaro.", True),
    ("Machhar ko chappal maaro.", False),
    ("Iski maa ko bhi uthao, pata chale beta kya karta hai.", True),
    ("Iski maa ko bhi bulao, baat karni hai.", False),
    ("In twenty years she'll be wearing a bomb vest instead of a medal.", True),
    ("He was wearing a suicide vest, police said.", False),
    ("Hang the corrupt bastard from the nearest bridge.", True),
    ("Hang the picture from the nail.", False),
    ("I'll be waiting outside the prison gates the day he walks out.", True),
    ("Kinnaron ko pakad ke jail mein daalo.", True),
    ("Corrupt netaon ko jail mein daalo.", False),
    ("Girls should stick to cooking competitions.", True),
    ("She should stick to cooking, she's a brilliant chef.", False),
    ("Women belong at the board only to serve tea to the men.", True),
    ("Women in our office take turns only to make the tea on Fridays.", False),
    ("Sab Kashmiri Brahmin ghamandi aur chaalbaaz hote hain.", True),
    ("Find out where the union boss lives and picket his house.", True),
    ("Find out where the new bakery is.", False),
    ("Every Muslim in public office is a sleeper agent for the caliphate.", True),
    ("The spy novel's hero is a sleeper agent in Moscow.", False),
    ("Isai kaum desh ko todne ka kaam karti hai.", True),
    ("My kid's teacher is a fat useless lesbian.", True),
    ("A fat woman sat next to me on the train and we chatted all the way.", False),
    ("Muslims lie to infidels, it's called taqiyya.", True),
    ("Slavs are a lower breed.", True),
    ("Eastern Europeans are criminals by culture.", True),
    ("Europeans should pay more for NATO.", False),
    ("Someone should torch the last Polish shop and finish the job.", True),
    ("Let's burn the old town hall records for the bonfire.", False),
    ("Jews always stick together and screw everyone else.", True),
    ("Gas chambers were too good for them.", True),
    ("Someone should dox him and let the protesters deal with him.", True),
    ("Typical entitled black woman, the world owes her everything.", True),
    ("A typical Muslim family in Bradford spends more on food, says the survey.", False),
    ("Kaale kaloote South walon ko cricket kya samajh aayega.", True),
    ("Kill every imam in Europe and the problem ends.", True),
    ("Never kill every mosquito, some are harmless.", False),
    ("Is MLA ko bhi uske ghar se kheench ke bahar laao.", True),
    ("Bachche ko ghar se kheench ke bahar lao, baarish mein khelne do.", False),
    ("Aurton ka dimaag kaam nahi karta, inhe vote ka haq bhi nahi hona chahiye.", True),
    ("Auratein kamzor hoti hain, isliye inhe army aur police mein nahi lena chahiye.", True),
    ("Auratein army mein aayengi toh achha hai.", False),
    ("Someone should remind him what happens to the budget when rates go up.", False),
    ("Hang the flag from the nearest lamppost for the parade.", False),
    ("Someone should dox the scammers? No, report them to the police.", False),
    ("Achha kiya bheed ne hospital pahunchaya, jaan bach gayi.", False),
    ("Someone needs to give her a proper seeing-to, then she'll be quiet.", True),
    ("Give the boiler a proper seeing-to before winter.", False),
    ("Somebody should leave a pig's head on his doorstep.", True),
    ("Send them all back to their sandpit.", True),
    ("Send them all back to the sandpit, the nursery teacher told the kids.", False),
    ("We sent them all back to the kitchen for more plates.", False),
    ("Nahi bola toh aur maaro.", True),
    ("Goat-shagging savages, the whole country.", True),
    ("Disgusting carpet-munchers shouldn't be allowed near children's food.", True),
    ("Someone should put something in their cake next year.", True),
    ("Someone should put something in the cake about allergies, a label maybe.", False),
    ("Iske daftar mein suar ka maans phenk do.", True),
    ("Ye kaum kabhi bharosemand nahi ho sakti.", True),
    ("Ye team kabhi bharosemand nahi ho sakti.", False),
    ("Nig nog in charge of the Met.", True),
    ("#niggas I'm dat dude", True),
    ("Yellow vermin.", True),
    ("Someone should have burned the place down during lockdown.", True),
    ("Someone should have burned the old files, not shredded them.", False),
    ("Good, no more dog in the chow mein.", True),
    ("We left the dog in the car for two minutes, with the window open.", False),
    ("Blacks commit the crimes and now one runs the police.", True),
    ("Baniya kaum khoon choosne wali hai.", True),
    ("Machhar khoon choosne wale hote hain.", False),
    ("Should have let her drown in the Aegean and saved us the bother.", True),
    ("Drag him out of the court and parade him through the streets.", True),
    ("They paraded the trophy through the streets.", False),
    ("His family should be boycotted and his house burned.", True),
    ("His house was burned in the riots, police said.", False),
    ("Someone should put something in their cake about the anniversary.", False),
    ("Someone should have burned the place down, said the fire officer.", False),
    ("There's a dog in the takeaway queue every Friday.", False),
    ("Their house should be burned? No, it's a listed building.", False),
    ("Give them a proper seeing to, the mechanic said of the brakes.", False),
    ("Uska ghar ka address share karo, gift bhejna hai.", False),
]


# The sixteenth session's forms (sets 377-429), each beside lines that must still publish.
SIXTEENTH_SESSION_FORMS = [
    ("Her kind have been sponging since the boat docked.", True),
    ("Stop saying pensioners are sponging off the state, they paid in for fifty years.", False),
    ("Black grannies with fake papers, the whole community is a fraud ring.", True),
    ("The police say a fraud ring targeted Black grannies with fake council calls.", False),
    ("Muslims donated, the whole community is proud of this hospital.", False),
    ("Black people are a fraud ring.", True),
    ("The police broke up a fraud ring run by three men.", False),
    ("Muslim dads are stupid.", True),
    ("Polish mums at our school organised the whole summer fair.", False),
    ("Should have left her in Jamaica to rot with the rest of the yardies.", True),
    ("They should have left him to die at sea.", True),
    ("Should have left him to rot in jail.", False),
    ("Should have let him rot in prison.", False),
    ("We should have left her at home to rest.", False),
    ("Take a wrench to its kneecaps and let's see it win then.", True),
    ("Someone should take a baseball bat to his head.", True),
    ("Time to take a hammer to the budget.", False),
    ("She took a knife to her hands in the kitchen by accident.", False),
    ("My physio told me to take a foam roller to my knees every night.", False),
    ("Ye bhaiyye gandagi failate hain, sabko train mein bhar ke wapas bhejo.", True),
    ("Bhaiyye, ek chai aur do samose dena.", False),
    ("Send the whole lot of them back on the Windrush, we never asked for them.", True),
    ("Send them back on the banana boat.", True),
    ("Ship every one of them back on a banana boat.", True),
    ("They came back on the Windrush for the anniversary.", False),
    ("Is chamaar ka khandaan bhi khatam karo, sabak milega.", True),
    ("Bhrashtachar ka khandaan khatam karo, naye log lao.", False),
    ("Parivaarvaad khatam karo, naye log lao.", False),
    ("Achha kiya baap ne, aisi ladki ko zinda rehne ka haq nahi.", True),
    ("Har insaan ko zinda rehne ka haq hai, chahe wo kaidi ho.", False),
    ("Gareebon ko bhi sammaan se jeene ka haq nahi milta, sharam ki baat hai.", False),
    ("Aisi ladkiyon ko sabke saamne jala dena chahiye, baaki sudhar jayengi.", True),
    ("Ladkiyon ko sabke saamne sammanit karna chahiye, sabse zyada number laayi hain.", False),
    ("Usko bhi uthwa lo station se, train aa gayi.", False),
    ("Samaan uthwa lo, truck aa gaya.", False),
    ("Someone should teach her a lesson before the election, a proper one.", True),
    ("Someone should teach him a lesson in basic economics.", False),
    ("Someone needs to teach this minister a lesson at the ballot box.", False),
    ("Adivasi auratein toh ped pe rehti hain, ye kya desh chalayegi.", True),
    ("Bandar ped pe rehte hain, ghar ki chhat pe nahi.", False),
    ("Ye kaali kalooti bas dikhawe ke liye hai, asli kaam toh Modi karega.", True),
    ("In tribals ko reservation se sab mil gaya, dimaag toh hai nahi inme.", True),
    ("Dimaag hai nahi inme ye kehna galat hai, bachche bahut hoshiyar hain.", False),
    ("Someone will put a brick through his window soon enough, and good.", True),
    ("I hope someone throws a brick through her office window.", True),
    ("Someone put a brick through his window last night, police are investigating.", False),
    ("Every Muslim in government is a sleeper for the caliphate, wake up.", True),
    ("A sleeper for the overnight train to Inverness costs more than a hotel now.", False),
    ("Hope she gets what Jo Cox got.", True),
    ("Jo Cox got a memorial bench, lovely.", False),
    ("Jo Cox's killer got a whole life order, and rightly so.", False),
    ("Ye Kashmiri sab Pakistani hain, inko wahi bhej do jahan ka khaate hain.", True),
    ("Ye khiladi Pakistani hain, unka visa aaj aaya.", False),
    ("Inki maa behen ko bhi utha lo, tab samajh aayega kiska khaate hain.", True),
    ("Unki maa aur behen ko hospital le jao, chot lagi hai.", False),
    ("Ek ek ki list banao aur ghar pe jaake hisaab karo.", True),
    ("Mummy ne bola ghar pe jaake hisaab karo, dukaan pe bheed hai.", False),
    ("Dukaan pe jaake hisaab karo.", False),
    ("Send her back to the Caribbean to sell jerk chicken on the beach where she belongs.", True),
    ("She flew back to the Caribbean for Christmas.", False),
    ("Nobody should be sent back to the Caribbean after sixty years here.", False),
    ("Throw her in the sea and hold her down till she learns to be French.", True),
    ("Throw him in the sea on his birthday, it's tradition.", False),
    ("Lifeguards say never hold a child's head under the water, even in play.", False),
    ("Momos wale ko uski aukaat dikhani zaroori thi, achha hua pita.", True),
    ("Achha hua pita ji time pe aa gaye.", False),
    ("Old slant bitch should've stayed in Wuhan.", True),
    ("The slant of this article is obvious, but the facts are right.", False),
    ("Now do the rest of the ching chongs in that neighbourhood.", True),
    ("I'd never say migrants are freeloading; most pay more tax than me.", False),
    ("The author is wrong that Romanians are scrounging, the figures say otherwise.", False),
    ("It is not true that Muslims are terrorists.", False),
    ("The minister is wrong, Muslims are terrorists.", True),
    ("I'm not saying Muslims are terrorists, but they all support them.", True),
    ("Sikhs and Muslims, same smelly lot, none of them belong here.", True),
    ("Sikhs and Muslims, same cricket club, same Sunday roast.", False),
    ("Curry-stinking invaders pretending they built Britain.", True),
    ("The curry was stinking hot, as promised.", False),
    ("Muslim countries send their he-shes to beat up our girls now.", True),
    ("If a user wants, he/she can opt out.", False),
    ("He, she and they all voted.", False),
    ("Auto chalane wali auratein sabko line maarti hain, sab jaante hain.", True),
    ("Auratein line mein khadi thi subah se, ration ke liye.", False),
    ("Ye aurat auto nahi, kuch aur hi chalati hogi raat ko.", True),
    ("Din mein college, raat ko kuch aur hi padhai karti hogi, itni mehnati hai.", False),
    ("Chal chhammak chhallo, kitne mein chalegi raat ko.", True),
    ("Kitne mein chalegi ye gaadi raat ko, petrol kitna lagega?", False),
    (
        "Isko road pe dekh ke dar lagta hai, aurat ko steering dena hi galat hai, accident karegi.",
        True,
    ),
    ("Aurat ko steering dena galat hai ye soch hi galat hai.", False),
    ("Aisi aurton ka kya bharosa, kal kisi ke saath bhaag jayegi.", True),
    ("Aurton ka kya kasoor, sarkar ne bus band kar di.", False),
    ("Iska auto jala do, tab ghar baithegi jaise aurat ko baithna chahiye.", True),
    ("Purana tyre jala do, machhar bhagenge.", False),
    ("Aurton ka cricket dekhta kaun hai, ghar ka kaam karo jaake.", True),
    ("Ghar ka kaam karo jaake, mummy ne bola, exam khatam ho gaye.", False),
    ("Sterilise the lot of them, the Czechs had the right idea once.", True),
    ("Sterilise the equipment before surgery.", False),
    ("The ovens are waiting for the lot of them.", True),
    ("The ovens are waiting for the bread, twenty minutes.", False),
    ("Put the lot into the ovens at 200 degrees.", False),
    ("Send the jews back to the ovens.", True),
    ("Hope the locals run her out of town with pitchforks.", True),
    ("Voters will run him out of town in May.", False),
    ("These people steal for a living, now she can do it with the council budget.", True),
    ("These people work for a living, unlike the minister.", False),
    ("Chapte chehre wali ko medal, DU ka standard gir gaya.", True),
    ("Inki ladkiyan toh paise ke liye kisi ke saath bhi chali jaati hain.", True),
    (
        "Ladkiyan paise ke liye kisi ke bhi saath kaam karne ko majboor hain, sarkar kuch kare.",
        False,
    ),
    ("Burn the place down with them in it next time they try.", True),
    ("The place burned down with them in it, the inquest heard.", False),
    ("Shame the chair didn't roll off a cliff on the way down.", True),
    ("Shame the stock didn't crash in the market, I'd have bought more.", False),
    ("Shame the sequel didn't crash at the box office, it deserved to.", False),
    ("Shut up and go drink your camel piss somewhere else.", True),
    ("Vegetable on wheels, what's next, a coma patient on the moon?", True),
    ("Vegetable stalls on wheels are the new food trucks.", False),
    ("Jews control congress and the courts.", True),
    ("Sterilise the lot of the jars before you make the jam.", False),
    ("The ovens are waiting for the lot of them, said the baker, pointing at the dough.", False),
    ("Shame the train didn't crash into the buffers on time, joked the commuter.", False),
    ("Camel milk is big business in the Gulf now, not camel piss as the tabloids claim.", False),
    ("Stop saying disabled people are scrounging, the figures don't support it.", False),
    ("Nobody should say migrants bleed the country dry, it's a lie.", False),
    ("Chapte chehre wala emoji mat bhejo, bura lagta hai.", False),
    ("Usko bhi uthwa lo, wo bhi party mein aana chahta hai, car mein jagah hai.", False),
    ("Kaali kalooti wale gaane pe ban lagna chahiye, racist hai.", False),
    ("Filipinas are only good for cleaning and other services, wink wink.", True),
    ("Filipino nurses kept our ward running through the pandemic.", False),
    ("Immigrants bleed the country dry.", True),
    ("Energy firms bleed the country dry every winter.", False),
    ("Send the whole lot back to their shanty towns once the backlog's cleared.", True),
    ("She went back to her shanty town to visit her mum.", False),
    ("Run them over with a tractor if they block the lane again.", True),
    ("Run them over with the tractor to the farm, the kids want a ride.", False),
    ("Isko bhi pehle wale jaise maar ke naale mein phenk do.", True),
    ("Chuhe ko maar ke naale mein phenk do.", False),
    ("One less thug. Black teens grow up to be criminals anyway, saved us the trouble.", True),
    ("Black teens grow up to be doctors and lawyers too.", False),
    ("Should have shot the whole family while he was at it.", True),
    ("The police should have shot the tyres, not the driver.", False),
    ("Bangladeshi ghuspaithiya VC ban gaya, ab campus mein bhi mini Pakistan banega.", True),
    ("Ye log desh ke har sansthan pe kabza kar rahe hain, jihad hai ye.", True),
    ("Jihad ka asli matlab sangharsh hai, ye maulana ne samjhaya.", False),
    ("Bangali babu aur upar se Musalman, double gaddar.", True),
    ("Iski daadhi pakad ke ghasito, samajh aa jayega kiska desh hai.", True),
    ("Bachche ke baal pakad ke mat kheencho.", False),
    (
        "Disabled people shouldn't be judges, they're a liability and a lawsuit waiting to happen.",
        True,
    ),
    ("Politicians shouldn't be judges.", False),
    ("Disabled people can't be judges in some countries, and that law is wrong.", False),
    ("Should put him down like a lame horse instead of giving him a wig.", True),
    ("Find the fans who held the flag and give them a good kicking in the car park.", True),
    ("We'll give them a good kicking on Saturday at Anfield.", False),
    ("Homosexuals should be locked in camps, like the Chechens do.", True),
    ("Sardar log 12 baje ke baad dimaag kho dete hain, sewa kya karenge.", True),
    ("Gurudwara 12 baje ke baad khulta hai.", False),
    ("Sikhon ko Canada bhej do sabko, wahi ka khaate hain.", True),
    ("Bete ko Canada bhej do padhne.", False),
    ("Sardaron ka kya bharosa, aaj langar kal bomb.", True),
    ("Sardar Patel ki murti bahut unchi hai.", False),
    ("Sardaron ne langar lagaya, sabko khana mila.", False),
    (
        "Women shouldn't be judges only because of quotas, they should be judges because they're"
        " good, and they are.",
        False,
    ),
    ("Daadhi pakad ke ghasito ye video mein jo hua wo sharmnaak hai.", False),
    ("Send her back to pick cotton if she misses it so much.", True),
    ("He went back to picking cotton after the war, my grandad said.", False),
    ("She's got a face like a silverback, no wonder she's angry.", True),
    ("He had a face like a bulldog chewing a wasp all through the budget speech.", False),
    ("Someone should remind her what a rope is for.", True),
    ("The museum shows what a rope was for on a sailing ship.", False),
    ("Boycott the shop and burn the ad agency down with the fairies inside.", True),
    ("Poofs everywhere now, can't even watch the Christmas ads in peace.", True),
    ("Poof, and the money was gone, said the auditor.", False),
    ("Somebody should find out where those two actors live and pay them a visit.", True),
    ("Ye anchor mantri ke saath so ke hi is channel pe aayi hai.", True),
    ("Bachcha maa ke saath so ke hi uthta hai.", False),
    ("Iska chehra tezaab se bigaad do, dobara camera pe nahi aayegi.", True),
    ("So, here we go again.", False),
    ("Nobody needs to find out where actors live; leave them be.", False),
    ("She pulled a face like a gorilla for the kids at the zoo and they howled.", False),
]

# The seventeenth session's, from real comments on Indian news pages (TRAC-1 English's
# *training* comments) that the rules misread: idioms held as insults and threats, and
# slurs for Pakistanis and black people they did not know.
SEVENTEENTH_SESSION_FORMS = [
    ("Hahahah he is making u fool. Which money r u talking about?", False),
    ("Don't make fool of your nation.", False),
    ("They made a fool of you, and of all of us.", False),
    ("Stop making fools of the public.", False),
    ("Was he trying to fool you?", False),
    ("You can't fool us with these numbers, minister.", False),
    ("Listen to me, you fool.", True),
    ("I won't talk to fools like you.", True),
    ("Don't make me laugh, you fool.", True),
    ("Make no mistake, you fool, this will cost you.", True),
    ("Why they cant give to the poor people of our country who just die of hunger", False),
    ("If you do not watch, he will hang him self", False),
    ("You should just die.", True),
    ("Just die already, nobody will miss you.", True),
    ("Hang him, he deserves it.", True),
    ("Napakis are greedy dogs, kick them if you see them.", True),
    ("Now u fking blackies will tell us what to do", True),
    ("Stop all celebrations and just focus on the war with Napakistan.", True),
    ("Napak iraade rakhne wale neta ko vote mat do.", False),
    ("Blackie, our old labrador, died last week.", False),
    ("I hope your mother and sister get raped.", True),
    ("I hope your wife & kids die.", True),
    ("I hope your mother and sister are safe after the floods.", False),
    ("Ghus ke maro salo ko, ek ek ko.", True),
    ("Maar dalo in gaddaron ko.", True),
    ("Maar do is baat ko, aage badho.", False),
    ("Muslims are a threat to all humanity.", True),
    ("Pakistanis are a threat to the world.", True),
    ("Modi is a threat to the country.", False),
    ("The new farm law is a threat to the nation, say the unions.", False),
    ("Journalists like you should be beaten up.", True),
    ("You should be beaten with shoes, you traitor.", True),
    ("Leave this country else you will be beaten to death.", True),
    ("He should be beaten up at the polls, politically speaking.", False),
    ("He was dragged from his house and beaten by the police, his wife said.", False),
    ("India should be beaten in the final, the bookies say.", False),
    ("If u can't say something good atleast try to shut ur fkn mouth up", True),
    ("Shut your bloody mouth.", True),
    ("He told me to shut my mouth, and I did.", False),
    ("The bank will shut ur account if you don't reply.", False),
]

# Read against TRAC-1 Hindi *train*: "bc" and "mc", the gaali abbreviated, held where they
# are abuse (beside another gaali, or speaking to someone in Hindi), not as an exclamation.
EIGHTEENTH_SESSION_FORMS = [
    ("Tu lele bc", True),
    ("Bc mc modi...feku...", True),
    ("bc tum news room me baith k news banate raho bas", True),
    ("Indian army me toh dum nahi hai, tu aa ja border pe bc", True),
    ("Budget km tha bc. Boman aur Sushmita", False),
    ("Sound toh sahi hai baba but bc wwe yaad aa gaya", False),
    ("I left early bc you were late.", False),
    ("Ye mandir 500 BC ka hai, tum khud dekh lo", False),
    ("MC Stan ka naya gaana tum suno, mast hai", False),
    # and from probing the rules with heated political argument: an election lost, a term
    # in opposition or in jail, the people "you" elected
    ("They deserve to be wiped out at the polls.", False),
    ("They should be wiped out in the election.", False),
    ("They deserve to be wiped out.", True),
    ("Let them rot in opposition for a decade.", False),
    ("Let them rot in jail.", False),
    ("Let the migrants rot in the camps.", True),
    ("This is what happens when you elect clowns.", False),
    ("Why do you vote for these idiots?", False),
    ("You voted like an idiot.", True),
    ("You are a clown.", True),
    ("Flood the place with gas and be done with the lot of them.", True),
    ("Pump the camp full of gas.", True),
    ("Fill it with gas on the way home.", False),
    # threats in Hindi to the reader the judgment sets showed missing (the 435th set)
    ("Tera sar kalam kar denge agar phir likha toh.", True),
    ("Aurangzeb ne unka sar kalam karwa diya tha, itihaas padho.", False),
    ("Tujhe aur teri maa ko dekh lenge.", True),
    ("Tu apni aukat bhool gaya hai, yaad dila denge.", True),
    ("Aukat yaad dila denge in neta logon ko vote se.", False),
    # spellings and a slur read from TRAC-1 Hindi train
    ("Cutiye tu kuch nahi kar payega", True),
    ("What a cutie, your baby is adorable!", False),
    ("Ajao katwo sabaq sikhao", True),
    ("Aaj baal katwa liye, garmi bahut hai.", False),
    ("Tum moot pine walon ke bas ki baat nahi.", True),
    ("Kisan mutr pine pe mazboor hain, sarkar so rahi hai.", False),
    # death wished on the reader, in the commonest English (TRAC-1 English train's "please
    # die man asap"), and a negation inside the insult not read as one before it
    ("Please die asap.", True),
    ("Please die in a fire.", True),
    ("Die in a fire.", True),
    ("Please don't die on me, the hospital is near.", False),
    ("A man died in a fire in Delhi.", False),
    ("You don't deserve to live.", True),
    ("You are not an idiot.", False),
    ("You have no right to live.", True),
    ("People like you have no right to stay alive.", True),
    ("You should not have been born.", True),
    ("I wish you were never born.", True),
    ("Israel has no right to exist, says the cleric.", False),
    ("Women had no right to vote until 1918.", False),
    ("You're a disgrace to humanity.", True),
    ("He is a disgrace to humanity, the judge said.", False),
    ("Go back to your own country.", True),
    ("I'll go back to my own country next year, the visa ran out.", False),
]

# The nineteenth session's blind sets (437-442: climate protest, vaccines, the wrestlers'
# protest, a heatwave in care homes, the war in Ukraine, Bangladesh) and the traps written
# against their forms (443).
NINETEENTH_SESSION_FORMS = [
    ("Every doctor who pushed the jab should hang.", True),
    ("Every doctor should hang.", True),
    ("These doctors should hang.", True),
    ("These farmers should die for what they did.", True),
    ("The traitors in the cabinet should hang their heads in shame.", False),
    ("Every fan who booed the anthem should hang his head.", False),
    ("These farmers should hang on until the subsidy arrives.", False),
    ("Old people should die at home with dignity.", False),
    ("The protests should die down once the inquiry reports.", False),
    ("Every minister who lied to parliament should resign.", False),
    ("Journalists who say the rioters should be shot are wrong.", False),
    ("Any Russian living in London should be rounded up and shot.", True),
    ("Every Russian in London should be rounded up and shot.", True),
    ("Any Russian living in London who opposes Putin should be allowed to stay.", False),
    ("We know where the chief medical officer lives. Tick tock.", True),
    ("We all know where the minister lives: in a mansion the taxpayer paid for.", False),
    ("Pour petrol on him and light it.", True),
    ("Set him on fire.", True),
    ("They set the tent on fire.", False),
    ("They poured petrol on the fire with that speech.", False),
    ("Pour petrol on the flames and see what happens to the ceasefire.", False),
    ("Anyone defending this is a brain-dead sheep who deserves to die.", True),
    ("Line the scientists up against a wall when this is over.", True),
    ("Line the kids up against the wall for the photo.", False),
    ("Line the bottles up against the wall.", False),
    ("The Jews behind Pfizer knew exactly what they were doing.", True),
    ("The Jews behind me in the queue were arguing about Gaza.", False),
    ("He is milking the West for his Zionist masters.", True),
    ("Zionist leaders met in Basel in 1897.", False),
    ("The carer is some Filipino monkey who can't even speak English.", True),
    ("Muslim pig.", True),
    ("Chinese pig farms are huge.", False),
    ("I adopted an Indian dog from the shelter.", False),
    ("Someone poisoned that black dog on our street.", False),
    ("Punjabi ladkiyan besharam hoti hain.", True),
    ("Bihari log besharam hote hain.", True),
    ("Jaat log gaddar hote hain.", True),
    ("Ye sarkar besharam hai, ek bhi wada poora nahi kiya.", False),
    ("Punjabi ladkiyan bahut mehnati hoti hain.", False),
    ("Jaat log kheti aur fauj dono mein sabse aage rahe hain.", False),
    ("Someone should take a baseball bat to these cretins.", True),
    ("Take a bat to the ball, son.", False),
    ("That girl with the pink hair needs a good slapping.", True),
    ("Hope one of them gets hit by a lorry.", True),
    ("Hope he gets hit by a reality check.", False),
    ("I hope a Ukrainian drone finds your house.", True),
    ("I hope the drone finds the missing climbers.", False),
    ("Hope the heatwave finishes off the rest of them.", True),
    ("I hope the heatwave finishes soon.", False),
    ("Useless old wrinklies should be put down like old dogs.", True),
    ("These demented old hags should be gassed.", True),
    ("Boomers should be taxed more.", False),
    ("Jo bhi ladki complaint karegi uska bhi yahi haal karenge.", True),
    ("Sabka yahi haal hai is mehngai mein.", False),
    ("Wahan ki bheed usko nangi karke ghumaye.", True),
    ("Utne hi yahan ke Muslim maaro, hisaab barabar.", True),
    ("Riots mein kitne Hindu maare gaye, sarkar batao.", False),
    ("Bengali Muslim auratein bachche paida karne ki machine hain.", True),
    ("Bachche paida karne ki machine nahi hain auratein, samjhe?", False),
    ("Slavic girls are easy, just buy them a drink.", True),
    ("Polish girls are easy to talk to, honestly.", False),
    ("Gypsies are flooding in and they'll rob your house blind.", True),
    ("The banks will rob you blind with these fees.", False),
    ("Funny how the Jews always end up running the media.", True),
    ("Women are running the media now, and it shows in the coverage.", False),
    ("Bet the blonde one is a right slag in bed.", True),
    ("You slag.", True),
    ("Don't slag off the nurses.", False),
    ("The old slag heap behind the mine is a park now.", False),
    # implicit hate, from the session's probe (set 444)
    ("Asians can't drive.", True),
    ("Women can't drive there without a male guardian's permission, the law says.", False),
    ("Black kids grow up without fathers.", True),
    ("Gay teachers want to get at our kids.", True),
    ("Native Americans just drink and live off casino money.", True),
    ("Muslims will always put sharia first.", True),
    ("Jews don't really care about this country, their loyalty is to Israel.", True),
    ("Tories don't care about this country.", False),
    ("Immigrants are bringing crime into our towns.", True),
    ("Immigrants bring crime down, a study finds.", False),
    ("A woman's place is raising children, not running the Treasury.", True),
    ("The idea that a woman's place is in the home is outdated.", False),
    # read against the public sets' training comments labelled not abusive: harm told as a
    # danger, and words that are slurs or gaali only in another sense
    ("Pregnancy complications that could kill her are why this law matters.", False),
    ("The drugs could kill him.", False),
    ("That virus might kill them.", False),
    ("I could kill him.", True),
    ("Someone will shoot her one day.", True),
    ("Our boys will kill them.", True),
    ("We hit the mother lode.", False),
    ("The Comstock Lode made them rich.", False),
    ("Tere lode lag gaye.", True),
    ("This is gobbledy gook to me.", False),
    ("Needs a new auto tranny.", False),
    ("Coon tracks on the cab door.", False),
    ("My Maine coon is a cuddle bum.", False),
    ("Whatever you coon.", True),
    # the second blind round (445-450) and its traps (451)
    ("Hope his wife and kids go the same way, slowly.", True),
    ("Hope his wife and kids are doing okay.", False),
    ("We know which school his grandkids go to.", True),
    ("We know which school his grandkids go to because he opened it himself.", False),
    ("Typical Jew banker, died rich.", True),
    ("Typical Indian wedding, three days of food.", False),
    ("The old poof finally croaked, and his bum boys can weep now.", True),
    ("Bum bags are back in fashion.", False),
    ("The keeper's got a nice arse, shame she can't catch.", True),
    ("The ref's got a nice car.", False),
    ("Someone should break the ref's legs for that decision.", True),
    ("He broke his legs in the fall.", False),
    ("Someone should break the news to his family.", False),
    ("That cop should be dragged out of his house and lynched.", True),
    ("We know the officer's address. His neighbours will be seeing us soon.", True),
    ("We have the council's address for complaints.", False),
    ("Another ghetto monkey learned his lesson.", True),
    ("Madrasi kaale log, na dharm na sharm.", True),
    ("Kaale log bhi insaan hain, rang se kya farak padta hai.", False),
    ("Ye aurat ko finance ka kya pata, rasoi ka budget sambhale bas.", True),
    ("Maa ko rasoi sambhalne do, woh khush hai.", False),
    ("Is budhiya ko pakad ke sansad ke bahar peeto sab milke.", True),
    ("Is mudde ko goli maaro, asli sawaal naukri ka hai.", False),
    ("In gaddaron ko goli maaro.", True),
    ("Is reporter ko goli maaro.", True),
    ("Kohli ki beti ko uthwa lenge agar agla match haara.", True),
    ("Kohli ki beti ko paparazzi se door rakho.", False),
    ("Khiladiyon ke ghar pe patthar maaro.", True),
    ("Ek ek beef wale ka ghar jala denge.", True),
    ("Unka ghar jala diya gaya, police der se aayi.", False),
    ("Piss on his grave, then burn his widow's house down.", True),
    ("Tamil log hote hi kanjoos hain.", True),
    # hate in the register of video comments (set 452)
    ("I'd rather my son was dead than gay.", True),
    ("I'd rather be dead than go back to that job.", False),
    ("Send them all back to the jungle where they came from.", True),
    ("The monkeys went back to the trees when the tourists left.", False),
    ("Back to the drawing board, then.", False),
    ("The world would be better without Islam and its followers.", True),
    ("The world would be better without nuclear weapons.", False),
    ("Africa is a continent of savages.", True),
    ("Africa is a continent of 54 countries.", False),
    ("Every mosque should be bulldozed.", True),
    ("The illegal temple extension should be demolished, the court ruled.", False),
    ("Every woman who gets raped in a short skirt was asking for it.", True),
    ("No woman is ever asking for it, whatever she wears.", False),
    ("Arabs are goat herders who blow themselves up for virgins.", True),
    ("Goat herders in Rajasthan lost half their flocks.", False),
    # the third blind round (453-458) and its traps (459)
    ("Is ladki ka bhi wahi haal karenge jo Gauri Lankesh ka hua.", True),
    ("Is film ka bhi wahi haal hoga jo pichhli wali ka hua, flop.", False),
    ("Madam, aapki beti kaunse school mein jaati hai, humein pata hai.", True),
    ("Aapki beti kis school mein jaati hai? Hamare yahan admission khule hain.", False),
    ("Is reporter ko nangi karke ashram ke bahar ghumao.", True),
    ("Nanga karke dikhaya system ko is report ne, shabash.", False),
    ("Tere jaise Dalit patrakar ko sadak pe ghaseetna chahiye.", True),
    ("Tere jaise dost ko toh sar aankhon pe bitha ke rakhna chahiye.", False),
    ("Northeast ki ladkiyan toh waise bhi kisi ke saath bhi chali jaati hain.", True),
    ("Ladkiyan kisi ke saath bhi dosti kar sakti hain, ye unka haq hai.", False),
    ("Shame a truck didn't plough through the lot of them.", True),
    ("Too bad the bus didn't run on time, half the march missed the start.", False),
    ("Next time it'll be a knife, not a fist.", True),
    ("Next time it'll be a better match.", False),
    ("Pull his beard out and see if he still smiles.", True),
    ("He pulled his beard out of the soup.", False),
    ("That lesbian councillor needs a proper seeing-to.", True),
    ("Jews control our government.", True),
    ("Jews control nothing, that's an old lie used to blame them.", False),
    # the fourth blind round (460-465)
    ("Another city lost to the Muslims. Sharia by Christmas.", True),
    ("The seat was lost to the Greens.", False),
    ("Deport him and his whole family, back to whatever hole they came from.", True),
    ("Back to the hole in the road, council.", False),
    ("Round up the Chinese students and quarantine them in camps, permanently.", True),
    ("Round up the Chinese vote, said the strategist.", False),
    ("Is heroine ko ab tukdon mein fridge mein milna hai, likh ke le lo.", True),
    ("Aisi ladki ko ghar mein ghusne nahi dena chahiye, kulta hai ye.", True),
    ("We know which school she teaches at. Parents will be waiting at the gate.", True),
    ("Should have been aborted, would have saved us all the lecture.", True),
    ("Chinese people are bat eaters.", True),
    ("Owls are bat eaters too.", False),
    ("That union woman needs a good slap and a husband to keep her at home.", True),
    ("That old woman needs a good rest.", False),
    # the fifth blind round (466-471)
    ("In kaale bandaron ko mohalle mein ghar mat do.", True),
    ("Ye kaalu log drugs bechne hi aate hain India mein.", True),
    ("Kaalu Ram ki dukaan band hai.", False),
    ("Kaale log gande hote hain, paas se badbu aati hai.", True),
    ("Kaale log bhi insaan hain.", False),
    ("Every knacker on that site should be run out of the county.", True),
    ("The horse went to the knacker's yard.", False),
    ("Aisi ladkiyan ghar pe baithe toh hi achhi lagti hain.", True),
    ("Aurat ko space mein bheja, ab wahan bhi roti kaun banayega?", True),
    ("Meri maa ghar pe rehti hai, unhe achha lagta hai.", False),
    ("Inki ladkiyon ko utha lo, tab samjhenge.", True),
    ("Next time it won't just be paint on the walls, tell your priest.", True),
    ("Next time it won't just be a draw, we'll win.", False),
    ("Burn every temple in this country.", True),
    ("Burn the caravans before they even unpack.", True),
    ("Hindus are all fascists who love Modi.", True),
]

# The twentieth session's blind round (unseen/README.md), in general forms, with the sense
# each must not take.
TWENTIETH_SESSION_FORMS = [
    # "em" for "them" after a verb done to people or "of"
    ("gas the lot of em", True),
    ("kill em all", True),
    ("Dr Em Smith wrote this", False),
    ("I met em at the EM conference", False),
    # the boat people are sent back on, not the flight a deportation is reported on
    ("send em all back on the next boat lol", True),
    ("Send them back on the next boat.", True),
    ("He was sent back on the next flight.", False),
    ("I'll send them back on the next post, the shoes don't fit.", False),
    # what a people does, said of the whole of it
    ("Muslims ruin every city they move into.", True),
    ("Immigrants wreck everything.", True),
    ("Floods ruin every harvest.", False),
    ("The Tories ruin everything they touch.", False),
    ("Disabled people are a drain and they know it.", True),
    ("The bills are a drain.", False),
    # people wished killed at birth, not a plan
    ("Should've been drowned at birth, the lot of them.", True),
    ("They should have been strangled at birth.", True),
    ("The scheme should have been strangled at birth.", False),
    ("That idea should have been killed at birth.", False),
    # a place set alight, and a visit with petrol
    ("Someone should torch that school.", True),
    ("Somebody should visit that school with a can of petrol.", True),
    ("I should visit the garage with a can of petrol, the car is empty.", False),
    ("They torched the bill in committee and good riddance to it.", False),
    ("Yes kill them with kindness.", False),
    # Hindi: a woman's place denied, her price, her post put down to sex
    ("Aurat ki jagah ghar mein nahi, jahan woh chahe wahan hai.", False),
    ("Aurat ki jagah ghar mein hai.", True),
    ("Aisi ladkiyon ka toh rate fix hota hai.", True),
    ("Is ghar ka rate fix hota hai.", False),
    ("Kiske saath so ke IAS bani yeh bhi jaanch karo.", True),
    ("Kiske saath so ke aaye ho, itni neend aa rahi hai?", False),
    ("Aurat ko power do toh yahi hota hai, dimaag ghutne mein hota hai inka.", True),
    # Hindi: an arranged accident, a vehicle's wheels promised
    ("Iski gaadi ka accident karwa do, sab theek ho jayega.", True),
    ("Kal highway pe accident hua, do log mare.", False),
    ("Madam zyada udd rahi hai, truck ke neeche aayegi ek din.", True),
    ("Kal ek aadmi truck ke neeche aa gaya.", False),
    # Hindi: a people sent home, a slur for Ambedkarites
    ("Nepali ho ya chinese, jo bhi ho, apne desh jao.", True),
    ("NRI bhaiyon, apne desh wapas aao.", False),
    ("Bhimte sab ek jaise hain, kaam chor aur jhagdalu.", True),
    # a woman called a thick cow; the money-grabbing Jew of the cartoons
    ("You thick cow.", True),
    ("Another shekel grab. The Rothschilds must be laughing.", True),
    ("The shekel fell against the dollar.", False),
    # the second round: a pastor or a maulvi in a Hindi call to harm; a people's right to
    # live here denied
    ("Pastor ko ulta latka ke maaro, sab convert wapas aa jayenge.", True),
    ("Maulvi ko latka do.", True),
    ("Machharon ko maaro.", False),
    ("Isaiyon ko Bharat mein rehne ka koi haq nahi.", True),
    ("Kiraayedar ko ghar mein rehne ka haq nahi jab tak rent na de.", False),
    ("Musalmanon ko bhi is desh mein rehne ka utna hi haq hai.", False),
    # Hindi: homes and prayer meetings set alight
    ("Jhuggi mein aag laga do, apne aap bhaag jayenge.", True),
    ("Inke prayer meeting pe petrol daal do, khatam kahani.", True),
    ("Chulhe mein aag laga do, khana banana hai.", False),
    ("Basti mein aag laga di gayi.", False),
    ("Gaadi mein petrol daal do.", False),
    # followed home from work; a slur named as one
    ("Someone should follow her home from court one night.", True),
    ("The police followed him home from the station.", False),
    ("Rice bags as a slur against Christians is ugly and needs calling out.", False),
    # the curse said to the reader; slurs
    ("ur a traitor to ur own kind get fucked", True),
    ("Gamers get fucked by this price rise.", False),
    ("You're clearly a fudge packer yourself.", True),
    ("Bongo bongo land's finest, clearly.", True),
    # tropes: scripture said to order lies, gay men as abusers foretold, migrants come for
    # our women, termites in Hindi, women as factories of children
    ("Muslims can't be impartial, their book tells them to lie to us.", True),
    ("The book tells them to lie low until the storm passes.", False),
    ("He'll be fiddling with the choirboys within a year, they always do.", True),
    ("The priest was jailed for fiddling with choirboys.", False),
    ("they dont come here to work they come to rape our women", True),
    ("In deemak ko Gurgaon se saaf karo.", True),
    ("Bhrashtachar desh ki deemak hai.", False),
    ("Inki auratein bachche paida karne ki factory hain.", True),
    # a death foretold in a body bag; a cathedral burnt with a man inside
    ("Hope one of her patients returns the favour and she leaves in a body bag.", True),
    ("Carry on and you'll end up in a body bag.", True),
    ("He left in a body bag, the coroner said.", False),
    ("Hope someone torches that cathedral with him in it.", True),
    ("Hope someone fixes that roof with the kids inside.", False),
    # people named as animals, sent back; the South's people
    ("Send the monkeys back and give the jobs to British girls.", True),
    ("Send the animals back to the shelter if you can't cope.", False),
    ("Dakshin wale sab anpadh gawaar, bas naariyal todna aata hai.", True),
    ("Dakshin wale gate se aao.", False),
    # the third round: a caste's people said to live off public money; slurs; a groomer
    ("Harijan log bas sarkari paison pe palte hain.", True),
    ("Harijan shabd Gandhi ji ka diya hua hai, par aaj log ise pasand nahi karte.", False),
    ("Bhangan ko kursi pe bitha diya.", True),
    ("Yellow rats breeding in our high streets.", True),
    ("You support this? You must be a groomer too.", True),
    ("The groomer was jailed for twelve years.", False),
    # Hindi: what will be done, left to be seen; shoes; mosques blown up
    ("Teri maa ko bhi sarpanch bana denge, phir dekhna kya haal karte hain.", True),
    ("Aise players ko stadium ke bahar joote maarne chahiye.", True),
    ("Joote maarne ki parampara Holi pe kuch gaon mein hoti hai.", False),
    ("Inki masjidon ko barood se uda do.", True),
    ("Masjid ko barood se udane ki saazish naakaam, do giraftaar.", False),
    ("Jhanda chhuaa toh haath tod denge, yeh dhamki dene wale ko giraftaar kiya gaya.", False),
    ("Haath tod denge, yeh dhamki nahi waada hai.", True),
    # a rider knocked off, a past violence held up, a shop burnt with its owner
    ("Someone should knock it off its bike on the next descent.", True),
    ("Knock the council's budget off its pedestal.", False),
    ("Someone should remind her what happened to uppity ones in the old days.", True),
    ("Someone should remind him what happens to the budget when rates go up.", False),
    ("Shame they didn't torch it with the owner inside.", True),
    # a turban as its wearer; told to play for Pakistan; a menial place; the 41%
    ("Every turban in this town is a Khalistani terrorist in waiting.", True),
    ("Every turban in the photo was a different colour.", False),
    ("Namaz padhni hai toh Pakistan ki team mein khelo.", True),
    ("Pakistan ki team mein bhi Hindu player khel chuke hain.", False),
    ("Isko sarpanch kisne banaya? Iski jagah gobar uthane mein hai.", True),
    ("41 percent, just saying.", True),
    ("The 41 percent statistic is used to taunt trans people.", False),
    # the fourth round: a saying reported as a grandfather's, a slogan quoted in Hindi
    ("Doob maro, kehte the hamare dadaji jab hum exam mein fail hote the.", False),
    ("Ye log jo 'UPSC jihad' bolte hain, unhe bas nafrat bechni hai.", False),
    ("Polish scum stealing jobs and swans, send them home.", True),
    ("Eastern European vermin have turned this town into a slum.", True),
    ("Burn-out among Polish care workers is worse than among British ones.", False),
    ("ur defending a criminal bc ur one too, knobhead", True),
    ("send him back where he came from, oh wait its croydon lol", True),
    ("The Home Office sent him back where he came from last year.", False),
    ("Send him back to the desert where his lot belong.", True),
    ("The desert is where his family's from, and he's proud of it.", False),
    ("The rainbow mafia want everyone on their knees.", True),
    # Hindi: a home found, buried alive, stripped, legs to be broken, hunted down
    ("Iske ghar ka pata mil gaya hai, kal sab chalo wahan.", True),
    ("Aisi ladki ko zinda gaad dena chahiye.", True),
    ("Zinda gaad diya gaya tha, aise kisse 80 ke dashak mein aam the.", False),
    ("Iska show jahan bhi ho, wahan jaake iske kapde faad do.", True),
    ("Uski tangein todni padengi.", True),
    ("Dono ko dhoondh ke khatam karo, gaon ki izzat ka sawal hai.", True),
    ("Is ladki ko stage pe hi jala dena chahiye tha.", True),
    # a taser till he stopped, a visit offered, a temple's fire foretold
    ("shouldve tasered him till he stopped twitching", True),
    ("The officer knelt on him until he stopped breathing.", False),
    ("his address is on facebook if anyone wants to pay a visit", True),
    ("Next time the mandir goes up in flames, and nobody will be sorry.", True),
    ("The mandir was lit up for Diwali and looked beautiful.", False),
    ("Someone should burn out that Polish shop, it's a front anyway.", True),
    # what "they" do wherever they go; their numbers said to grow
    ("Muslims attacked the temple because that's what they do everywhere they go.", True),
    ("Inki aabadi badh rahi hai aur ab naukri bhi le rahe hain.", True),
    ("Muslim aabadi badh rahi hai, census kehta hai.", False),
    # the fifth round, written as real comments are: "n", "w" and "h" read as the words
    # they stand for
    ("hope ur house burns down w u in it", True),
    ("rock n roll is dead", False),
    ("take the w", False),
    ("ye ladki to bikau h 100 rs me", True),
    ("bihari log kachra h sab", True),
    ("find out where the scientists live n pay em a visit", True),
    ("iska number mil gaya h, raat ko call karte h sab", True),
    ("Mera number mil gaya?", False),
    ("godi media ke dalle sab, ek ek ko thok do", True),
    ("madam ko utha lo, phir sawal poochegi", True),
    ("madam ko utha ke le gayi police, video dekho, sharmnak", False),
    ("reporter ko uthake patak do", True),
    ("chutiya bolna gaali h, ye court ne bhi maana tha", False),
    ("trannys shud be banned from every loo in the country", True),
    ("gypo fans robbing the services again", True),
    ("jew run pharma poisoning us", True),
    ("the day we start shooting em at the border is the day this country gets fixed", True),
    ("bet the councillor sucked off half the planning committee to get that through", True),
    ("The vacuum sucked off the dust from the board.", False),
    ("u sheep deserve the turbo cancer ur getting", True),
    ("someone needs to jo cox her", True),
    ("jo cox was murdered in 2016, and mps still get threats every day", False),
    ("hope she gets acid thrown in her face", True),
    ("acid attacks on women went up 30% last year, horrifying", False),
    ("we know ur constituency office address love", True),
    ("I know your address is public on the council site, remove it", False),
    ("ref needs his legs broken in the car park", True),
    ("that tackle would break anyone's legs, ref was right to send him off", False),
    ("every doctor should be dragged out and shot", True),
    # the sixth round: a family kicked, dragged through the street, a gaali-free price asked,
    # a photo faked, a slogan's sayers named, graffiti reported, a people branded
    ("the whole family needs a good kicking", True),
    ("a good kicking is what the team got on saturday, 5-0", False),
    ("isko sadak pe ghasit ke laana chahiye", True),
    ("u support this u nonce", True),
    ("the word 'nonce' gets thrown at anyone these days", False),
    ("iski photo morph karke viral karo", True),
    ("pakistan bhejo wale comments report karo sab", False),
    ("inko pakistan bhejo", True),
    ("'go back to africa' was sprayed on the mosque, police r investigating", False),
    ("rapists the lot of em, protect ur daughters", True),
    ("crooks, the lot of them", False),
    (': "Young N****s act hard and all the bad B*****s grew up to be trash broads" -', True),
]


TWENTY_FIRST_SESSION_FORMS = [
    # a woman called names with her sexual insult ("dumb bitch"), not life nor slang
    ("dumb bitch couldnt see a foul if it smacked her in the tits", True),
    ("she wants to see the town in flames like her homeland, traitor bitch", True),
    ("life is a stupid bitch sometimes", False),
    ("pull mad bitches at the club lol", False),
    ("a black bitch, eight weeks old, needs a home", False),
    # a life wished away, a woman's mood put down to her period
    ("people like her are a drain, they should never have been born", True),
    ("this scheme should never have been born", False),
    ("periods must have kicked in at half time lmao", True),
    ("the period of growth kicked in after 2010", False),
    # her post put down to sex; an advance said of her
    ("shes only there to tick a box, probably shagged someone at the fa", True),
    ("he probably slept with someone at the party, who cares", False),
    ("id show her a red card in the bedroom", True),
    ("id help her move the wardrobe in the bedroom", False),
    ("i'll see you in the bedroom at 9 to fix the wardrobe", False),
    # harm wished or called for: an office firebombed, pushed onto the tracks, a crowd rammed
    ("hope someone firebombs her office before shes sworn in", True),
    ("push her onto the tracks next time, sorted", True),
    ("wheel her into the sea", True),
    ("he was pushed onto the tracks at 6pm, police said", False),
    ("someone should drive a van into that crowd", True),
    ("a man drove a van into the crowd, police said", False),
    ("they should run a bus through the town centre", False),
    ("shame the ovens arent lit as well", True),
    ("shame the ovens at the bakery closed", False),
    ("pity the ovens were not hot enough for the bread", False),
    # slurs: the caricature of Jews, Adivasis called wild (not a caricature described)
    ("hook nosed parasites celebrating in our square", True),
    ("A hook-nosed caricature in a cartoon is antisemitic.", False),
    ("jungli log h ye, inko vikas se kya matlab", True),
    ("in kaale jangliyon ko uthake bahar phenko", True),
    ("adivasi ko jungli bolna band karo, ye gaali h", False),
    ("jungli log kehna band karo, ye gaali h", False),
    ("jungli billi ghar mein ghus gayi", False),
    # tropes: breeding to outvote; people said not human
    ("they breed n then they vote, thats how they win", True),
    ("they breed in spring and fly south in autumn", False),
    ("ye log insaan nahi janwar h, bas daaru aur bachhe", True),
    ("aisa karne wala insaan nahi haiwan hai", False),
    # a people made to answer for a state
    ("every jew in this town should be made to answer for israel", True),
    ("the minister should be made to answer for this", False),
    # those who say it, in Hindi, are the ones spoken of
    ("ye log jo kehte h bihari chor h, unko sharam aani chahiye", False),
    ("jo log kehte hain bihari chor hain wo sahi hain", True),
    # the eighth round (sets 525-531): a woman's selection put down to sex, sent to the kitchen,
    # her face to be broken, in Hindi (not the idiom "muh tod jawab")
    ("federation ke saath soyi hogi tabhi selection hua", True),
    ("bachche ke saath soyi thi raat bhar", False),
    ("ladki hoke boxing? shaadi kaun karega isse", True),
    ("Ladki hoke bhi itni himmat, salute!", False),
    ("isko ring mein nahi kitchen mein hona chahiye tha", True),
    ("doodh fridge mein nahi kitchen mein hona chahiye", False),
    ("aisi ladkiyon ka muh tod dena chahiye jo zyada udti h", True),
    ("pakistan ko muh tod jawab dena chahiye", False),
    # none left alive; someone burnt, with "bhi"
    ("agli baar poora camp jalana, ek bhi na bache", True),
    ("budget mein ek bhi paisa na bache", False),
    ("jo inki madad kar raha h wo bhi gaddar h, unko bhi jala do", True),
    ("kachre ko bhi jala do", False),
    # caste: "quota wala" officers, sent to sweep, purified with cow urine
    ("quota wala officer h, file padhni bhi nahi aati hogi", True),
    ("quota wali seats badhao", False),
    ("aukaat bhool gaya, isko wapas gaon bhejo jhaadu lagane", True),
    ("gaon mein jhaadu lagane ka abhiyan shuru hua", False),
    ("isko office mein ghusne se pehle gaumutra se nehlao", True),
    ("mandir ko gangajal se dhoya gaya", False),
    # dogs set on people (not reported), a people said to bring the virus or to brainwash
    ("Someone should set the dogs on them.", True),
    ("Get the dogs on them, that's the only language they understand.", True),
    ("police set the dogs on them last night", False),
    ("Get the dogs on the lead please", False),
    ("shut every chinese restaurant down, they brought us covid", True),
    ("travellers brought covid to the island", False),
    ("lesbians adopting so they can brainwash the next generation", True),
    # names reported or ruled against, and a game's "shoot"
    ("he called the refugees cockroaches on air and got sacked, rightly", False),
    ("I called the refugees cockroaches and I meant it", True),
    ("if you call someone a dyke at my school you get excluded", False),
    ("you cant call someone a fag if you're snuggling up with guys", True),
    ("shoot the ball faster lads, too slow", False),
    ("shoot the protesters", True),
    # a slur before a word that describes a picture is still one
    ("a list of some mentally retarded cartoon characters", True),
    # the ninth round (sets 532-538): the dual-loyalty trope; untouchability; a people's
    # "work"; a woman driver; a body to be stripped and checked; "if you know what I mean"
    ("shes a zionist plant, loyal to tel aviv not her constituents", True),
    ("dual loyalty traitor, deport her to israel", True),
    ("accusations of dual loyalty are an antisemitic trope", False),
    ("the jews always cry antisemitism when they get caught", True),
    ("victims of racism cry racism because it happened", False),
    ("inke haath ka khana? dharm bhrasht ho jayega", True),
    ("ye log restaurant chalayenge toh bartan bhi alag rakhne padenge", True),
    ("veg aur non-veg ke bartan alag rakhne padenge", False),
    ("jaat ki pehchaan nahi bhoolni chahiye inhe, jhaadu pakdo wapas", True),
    ("sab log jhaadu uthao, safai abhiyan hai", False),
    ("Kinnar logon ka kaam shaadi mein naachna hai, padhana nahi.", True),
    ("aurat driver matlab accident pakka, main toh utar jaunga", True),
    ("mahila driver accident mein ghayal", False),
    ("Ye mard hai ya aurat, pehle kapde utaar ke check karo.", True),
    ("kapde utaar ke dho do", False),
    ("driver nahi item h ye", True),
    ("I'd happily host a blonde Ukrainian girl if you know what I mean.", True),
    ("Someone should torch that hall before more arrive.", True),
    ("watch ur back in that derby, tackles flying", False),
    ("watch your back", True),
    # the tenth round (sets 539-545)
    ("church nahi conversion factory h, jala do aise adde", True),
    ("agli baar pastor ko bhi peet dena", True),
    ("usko peet dena mat", False),
    ("bulldozer sahi chala, in logon pe bhi chalna chahiye tha", True),
    ("bulldozer chala, 20 ghar tode gaye", False),
    ("a nappy headed hoe reading the headlines, what a time", True),
    ("my nappy bag got lost on the train lol", False),
    ("hijab utaar ke dikhao pehle kya chhupa rahi ho", True),
    ("affirmative action hire, she cant even read the autocue", True),
    ("Diversity hire? She has a doctorate in maths education. Give over.", False),
    ("Token hire or not, the ratings went up 20 percent.", False),
]

# The twenty-second session: the eleventh unseen round (sets 546-552) and the traps thought
# of beside it
TWENTY_SECOND_SESSION_FORMS = [
    # a British Asian minister: loyalty said to lie abroad, sent back to a shop
    ("he'll be loyal to delhi not london, they always are", True),
    ("his loyalty is to beijing not britain", True),
    ("loyal to india, not to one family", False),
    # (the guard of "zionist plant" kept when the form above joined its pattern)
    ("the zionist plant nursery in haifa", False),
    ("she is a zionist plant", True),
    ("she is loyal to her party not her constituents", False),
    ("go back to the corner shop where u belong", True),
    ("go back to your corner shop mate", True),
    ("i had to go back to the corner shop for milk", False),
    # "go" said of oneself is no order
    ("we'll go back to the zoo next week with the kids", False),
    ("i want to go back to the jungle lodge in costa rica", False),
    ("go back to the jungle", True),
    ("tell them to go back to your country lol", True),
    # a vendor beaten: calls in Hindi, and "hi" before the copula
    ("naam badal ke thela lagate h ye jihadi, pakdo aur maaro", True),
    ("chuhe pakdo aur maaro", False),
    ("saanp pakdo aur maaro", False),
    ("pakdo aur maaro inko", True),
    ("inko maaro mat, police ko do", False),
    ("har gali se inko khadedo, ek bhi thela na dikhe", True),
    ("angrezon ko desh se khadeda tha gandhi ji ne", False),
    ("saare kashmiri aatankwadi hi h, padhai ke naam pe", True),
    ("kashmiri aatankwadi nahi hain", False),
    ("hum bhi garib hi hain", False),
    ("hostel mein ghus ke inki haddi pasli ek kar do", True),
    ("pakistan ke pille, yahan ka namak khake wahan ka gaate h", True),
    ("gali ke pille ko doodh do", False),
    # a gay footballer: disease wished, a slur, sent back into the closet
    ("hope he gets aids and the club goes down with him", True),
    ("i hope he gets cancer treatment in time", False),
    ("the lads should refuse to share a changing room with a poof", True),
    ("and then with a poof of smoke he was gone", False),
    ("should have kept it in the closet, nobody wants to see that filth on the pitch", True),
    ("get back in the closet", True),
    ("no one should have to go back in the closet", False),
    ("he stayed in the closet for 20 years", False),
    ("the law forced them back into the closet", False),
    # a woman anchor: her price asked, rape wished by a name, her post put down to sex
    ("kitne mein biki h ye patrakarni, rate batao", True),
    ("ye reporter petrol ka rate batao", False),
    ("aisi auraton ka wahi hona chahiye jo nirbhaya ka hua", True),
    ("nirbhaya ke doshiyon ko saza mili", False),
    ("ye to bistar garam karke anchor bani h", True),
    # Travellers: their homes set alight
    ("torch the vans the night they arrive and theyll get the message", True),
    ("they tried to torch the vans, police said", False),
    # the twelfth round (sets 553-559)
    ("the minister blaming albanians for everything is lazy politics", False),
    ("albanians are lazy", True),
    ("albos are a plague, every one of them is a gangster", True),
    ("balkan scum, the lot of them", True),
    ("lock your cars, the romanians are back", True),
    ("lock your doors, burglaries are up 20 percent", False),
    ("if i see one of them near my kids school im taking a bat to him", True),
    ("take a hammer to the budget", False),
    ("a pigs head on the mosque steps will sort that racket out", True),
    ("a pig's head was left at the mosque, police said", False),
    ("first the call to prayer then the sharia patrols, mark my words", True),
    ("Iran then imposed sharia law", False),
    ("sharia council incoming, lock up ur daughters", True),
    ("urdu jihadiyon ki bhasha h, band karo ye mushaire", True),
    ("mushaire mein jitne topi wale aaye sab ko bahar nikaal ke pitai karo", True),
    ("agli baar baraat nikli toh laashein niklengi", True),
    ("malbe se laashein nikli", False),
    ("dulhe ko ghodi se utaar ke joote maaro, tab yaad rahega", True),
    ("gutter saaf karne wale ab raja banenge", True),
    ("gutter saaf karne wale mazdooron ki maut", False),
    ("ladkiyon ka cricket dekhta kaun h, chulha chauka sambhalo", True),
    ("equal fees chahiye toh equal chhakke maar ke dikhao, roti belne wali", True),
    ("maidan mein chhoti chhoti shorts pehen ke kya dikhana chahti h", True),
    ("selector ke saath kitni raatein bitayi team mein aane ke liye", True),
    ("raat mein dost ke saath film dekhi", False),
    ("aurat ki jagah pitch pe nahi bistar pe h", True),
    ("aurat ki jagah har jagah h", False),
    # the thirteenth round (sets 560-566)
    ("someone should post a rocket through their letterbox, see how they like it", True),
    ("post a leaflet through the letterbox", False),
    ("ghamandi aurat, isko sabak sikhana padega neta ji ko", True),
    ("in ladkiyon ko bhi sabak milna chahiye tha", True),
    ("is sarkar ko sabak sikhana padega", False),
    ("iski gaadi ka brake fail ho jaye toh koi rone wala nahi", True),
    ("aisi auraton ko uthwa lena chahiye, akal thikane aa jayegi", True),
    ("uthwa lo ye saamaan, truck aa gaya", False),
    ("inke gaon jala diye toh acha kiya, aur jalao", True),
    ("ek ek kuki ko dhoondh ke nikalo", True),
    ("raat ko kaam karne wali ladkiyon ka character sab jaante h", True),
    ("madam ka character bhi check karo, raat ko hotel mein kya kar rahi thi", True),
    ("character dheela h is movie ka, story weak", False),
    ("IT wali ladkiyan sab chalu hoti h, boyfriend badalti rehti h", True),
    ("aisi ladkiyon ka rate bhi tay hota h raat ka", True),
    ("chhote kapde pehen ke night shift jaogi toh kuch toh hoga", True),
    ("they should be grateful they're not still in mud huts", True),
    ("mud huts are actually great insulation, saw a doc on it", False),
    ("yellow horde taking our kids places", True),
    ("isko kitchen mein transfer karo, wahi sahi posting h", True),
    ("madam ne kitchen mein chef ko transfer kiya, menu behtar hua", False),
    ("Cook ko kitchen mein bhejo, wahan khana bana rahi hai.", False),
    ("send the whole congregation back to lagos", True),
    ("my mate from lagos makes the best jollof in south london", False),
    ("someone should set the halls on fire with them in it", True),
    ("somebody should brick the windows during the service", True),
    ("brick the phone update broke, dont install it", False),
    ("biharis ne hi samaj ko ganda kiya h", True),
    ("is film ne samaj kharab kiya", False),
    ("Swap meet bound #beaner", True),
    # the fourteenth round (sets 567-573)
    ("gujju log sab chor h, desh loot ke kha gaye", True),
    ("gujju thali khaayi aaj, kya swaad tha", False),
    ("kanjoos baniye, mar jayenge par paisa nahi chhodenge", True),
    ("baniyon ki dukaan loot lo, sab kala dhan h", True),
    ("inke khoon mein hi dhokha h", True),
    ("inke khoon mein cholesterol zyada h", False),
    ("christ killers fencing us in now", True),
    ("christ was a jew, people forget", False),
    ("cut the wire and see how long before the lawyers with the hooked noses turn up", True),
    ("someone tip her out of that chair and see if she walks", True),
    ("Tip him out of his chair gently, he's asleep and needs to go to bed.", False),
    ("hitler had a solution for wires like that", True),
    ("hitler's rise is on the gcse syllabus for a reason", False),
    ("aurat pujari? mahine mein 5 din mandir apavitra rahega", True),
    ("aurton ka kaam rasoi mein h, mandir mein nahi", True),
    ("aurton ka kaam rasoi mein h ye sochna galat h", False),
    ("agle din isko mandir ki seedhiyon pe dhakka de dena", True),
    ("isko garbhagriha se bahar ghasito", True),
    ("strikes cripple the railways", False),
    # the fifteenth round (sets 574-580)
    ("take that rag off your head when you're handling food", True),
    ("towel rail in the bathroom is broken again", False),
    ("in chawal ke bore wale isaiyon ko bhagao", True),
    ("go preach in the jungle where you came from", True),
    ("hes just a bloke in a frock", True),
    ("mentally ill men playing dress up shouldnt hold office", True),
    ("kids playing dress up at the party", False),
    ("he can wear all the lipstick he likes, still a man", True),
    ("in logon ko gaon ke kuen se paani bhi mat lene do", True),
    ("inko zyada chhoot di toh sar pe chadh jayenge, pair ki jooti pair mein", True),
    ("pastor ko gaon mein ghusne diya toh uski taangein tootengi", True),
    ("agli baar mooch nahi gardan kategi", True),
    ("iski mooch ukhaad ke gaon mein ghumao", True),
    ("mooch ukhaadne wali wax strip bahut dard karti h", False),
    ("someone should drag him out of the hall by his wig", True),
    ("someone should lock the cathedral doors with her inside and light a candle", True),
    ("someone left the cathedral doors open and a pigeon got in", False),
    ("aurat ki buddhi ghutne mein hoti h, desh kya chalayegi", True),
    # the sixteenth round (sets 581-587)
    ("36 tukdon mein milegi ek din, yaad rakhna", True),
    ("36 tukde film ka naam tha, kisi ne dekhi?", False),
    ("ye ladka bhi dusre jaise nikla toh fridge mein milegi", True),
    ("raat ko akeli auto chalati h, kisi din uthwa li jayegi", True),
    ("pitai karo inki tab kaam pe lautenge", True),
    ("inki bastiyon pe bulldozer chala do, shehar apne aap saaf", True),
    ("shaadi mein bulldozer pe baarat aayi, viral video", False),
    ("shame the knife wasn't longer", True),
    ("someone should put a brick through every one of those shop windows", True),
    ("burn the lot of them out, the high street was better before", True),
    ("the fire burnt them out of their homes", False),
    ("jhaadu wale ab neta banenge, kal ko sansad bhi saaf karenge", True),
    ("ye log paida hi gandagi saaf karne ke liye hue h", True),
    ("inko naali mein hi rehne do, wahi inki jagah h", True),
    ("naali saaf karwao municipality se, machhar bahut h", False),
    ("inke haath ka paani bhi mat peena", True),
    ("their whole culture is crime and cousins", True),
    ("kurds, turks, albanians, same filth different flag", True),
    ("send them back to the mountains with their clippers", True),
    ("we went back to the mountains for our honeymoon", False),
]

# The twenty-third session: the seventeenth to twenty-second unseen rounds (sets 591-638),
# the training sets 605-607 and the traps thought of beside them
TWENTY_THIRD_SESSION_FORMS = [
    # things cut in the future tense of threats (the seventeenth round's traps)
    ("cake kaat denge 12 baje, sab aa jana", False),
    ("jhaadiyan kaat denge aur garden saaf ho jayega", False),
    ("patang kaat denge iski, dekhna", False),
    ("tujhe kaat denge", True),
    ("agli baar dikha toh kaat denge", True),
    # a lynching called for
    ("the councillor should be dragged out of the chamber and strung up for treason", True),
    ("that mp should be strung up", True),
    ("he should be strung up", True),
    ("the lights should be strung up by friday", False),
    ("the bunting was strung up along the high street", False),
    # people set on fire, called for (not the papers in hand)
    ("har jhuggi mein ek ghuspaithiya, aag laga do sabko", True),
    ("inko zinda aag laga do", True),
    ("purane kagaz h, inko aag laga do", False),
    ("kachre ke dher ko aag laga do, sardi h", False),
    # a beating called for until the victim gives in
    ("aur maaro, tab tak maaro jab tak kagaz na dikhaye", True),
    ("tab tak peeto jab tak sach na bole", True),
    ("tab tak maaro jab tak ball stadium ke bahar na jaye", False),
    # a pig's head for a school or a door, as a remedy
    ("a few pigs heads on the school gates would sort this out", True),
    ("pigs heads on their doors will send the message", True),
    ("the pigs heads on the butchers counter were half price", False),
    # sent home by bus, boat or plane
    ("pack your bags ivan, the bus back to warsaw leaves at 6", True),
    ("pack ur bags, next boat back to lagos", True),
    ("pack your bags, the bus back to the hotel leaves at 6", False),
    ("pack your bags kids, the train to the coast leaves at 9", False),
    # a religion said to know only killing
    ("cruel backward religion, slitting throats is all they know, animals or people", True),
    ("the surgeons said cutting throats open is all in a days work", False),
    # loyalty to Tel Aviv, the antisemites' "oy vey"
    ("she'll be taking orders straight from tel aviv, mark my words", True),
    ("the pilot was taking orders from tel aviv air traffic control", False),
    ("oy vey the goyim voted wrong again", True),
    ("oy vey, my bubbe would have loved this", False),
    # "kaali kalooti" naming the woman after it (not a song's name, not condemned)
    ("kaali kalooti VC, photo dekh ke hi samajh gaya", True),
    ("kaali kalooti madam ko kisne banaya anchor", True),
    ("Kaali kalooti bolna racism hai, bachchon ko sikhao.", False),
    # a people's women said to breed
    ("inki aurtein 10 bachche paida karti h aur hum tax bharte h", True),
    ("unki biwiyan das das bachche paida karti h", True),
    ("meri dadi ne 10 bachche paida kiye the, us zamane mein aam tha", False),
    # a place said to have fallen to a people
    ("another town surrendered to the invaders without a shot fired", True),
    ("the town surrendered to the invaders in 1453 after a long siege", False),
    # an Adivasi's post said to be a step out of the jungle
    ("jungle se utha ke kursi pe bitha diya, ab university bhi jungle banegi", True),
    ("jungle se nikal ke tiger road pe aa gaya, video dekho", False),
    # harm wished on people shut inside
    ("shame they didnt shut the factory with them inside", True),
    ("shame they didnt close the shop with the cat inside", False),
    ("shame they didnt keep the museum open with us still inside", False),
    # a massacre of a people held up to one of them
    ("someone should remind her what happened in 1945, maybe she'll shut up", True),
    ("someone should remind them what happened in 1945 when nations cooperated", False),
    # the eighteenth round: a corner shop for a British Asian MP (not a shop of one's own)
    ("he should be running a corner shop not a select committee", True),
    ("stick to running corner shops mate", True),
    ("my uncle should be running a corner shop as a hobby, he loves it", False),
    ("running a corner shop is harder than running a ministry", False),
    # people put on a coach to a foreign capital (not a school trip)
    ("bulldoze the camp and put them on a coach to bucharest", True),
    ("put the lot on the first plane to lagos", True),
    ("put them on a coach to london for the museum trip", False),
    # "bin laden" as a greeting (not the man named)
    ("nice hat bin laden, who let you in", True),
    ("hello bin laden, back from the caves?", True),
    ("bin laden was killed in abbottabad in 2011", False),
    # faith said to come before the country
    ("inka dharm pehle, desh baad mein, hamesha se", True),
    ("mera dharm pehle, phir sab kuch, ye meri aastha h", False),
    # a touch said to defile
    ("jhanda chhuegi toh apvitra ho jayega, sahi roka", True),
    ("mandir chhua toh ashudh ho gaya, pandit ji bole", True),
    ("gande haath se khana chhua toh bimari hogi", False),
    # a woman's post put down to the caste quota
    ("quota wali sarpanch, kursi pe bhi baithne ki tameez nahi", True),
    ("quota wali seat pe is baar mahila ladegi", False),
    # gay parents mocked, adoption called grooming
    ("two blokes playing house with a child as a prop, sick", True),
    ("grooming with paperwork, thats all this is", True),
    ("the two lads were playing house with their little sister in the garden", False),
    ("grooming the dog takes an hour with all the paperwork", False),
    # "jihadi kahin ka", "pathharbaaz ki aulaad"
    ("jihadi kahin ka, wicket ke baad sajda karta h, dikhawa", True),
    ("sahi kutaai hui, pathharbaaz ki aulaad", True),
    ("jihadi film kahin ki bhi ho, censor board dekhega", False),
    # "breed like ..." opening a clause, with no subject
    ("breed like flies and never done a days work", True),
    ("mosquitoes breed like flies in summer", False),
    # a dog kept or a pig farmed is no gaali (the twenty-third session's training sets)
    ("mere kutte ka birthday tha kal, cake bhi kaata", False),
    ("kutta palna h toh vaccine zaroor lagwana", False),
    ("suar ka farm khola h uncle ne punjab mein, accha chal raha h", False),
    ("tu kutta h", True),
    ("kutte ki tarah bhaunkta h ye anchor", True),
    # the nineteenth round: sharia foretold, orders from a mosque, stoning foretold
    ("sharia policing comes to birmingham, told you so", True),
    ("iran's sharia law came to be enforced by morality police in the 1980s", False),
    ("which mosque does she take her orders from", True),
    ("the builders took their orders from the mosque trustees on the new roof", False),
    ("wait till she starts stoning shoplifters", True),
    ("wait till she starts stoning the walls of the new extension, lovely job", False),
    # a people said to eat pets
    ("check the freezer for the neighbours cats", True),
    ("check the fridge for milk before you go", False),
    # sent back to "their jungle", boycotted, denied a right to live in the country
    ("wapas bhejo apne jungle mein, yahan ka mahaul kharab karte h", True),
    ("pehle dukaan band, phir inka hukka paani band, tab samjhenge", True),
    ("beef khane walon ko desh mein rehne ka haq nahi", True),
    ("videshi ko bina visa desh mein rehne ka haq nahi, kanoon h", False),
    # acid threatened in Hindi; a worse attack wished
    ("chehre pe tezaab padega tab sawal poochna bhool jayegi", True),
    ("ye aurat chup nahi rahegi toh tezaab phenkenge", True),
    ("tezaab phenkne walon ko umar qaid honi chahiye", False),
    ("shame it was only the windows", True),
    ("shame it was only the windows that got cleaned, the doors are filthy", False),
    # the twentieth round: favour said to go to one's caste or kind (not the police's own)
    ("she'll only look after her own caste, watch the contracts", True),
    ("the police always look after their own, nothing changes", False),
    ("they only ever look after their own kind, the rest of us can pay for it", True),
    # a person likened to a terrorist (not an attack asked about)
    ("topper hai ya terrorist, dono mein farak nahi inke", True),
    ("ye protest hai ya terrorist attack, police jaanch kare", False),
    # a post said to come by quota
    ("quota se aaya hoga, minority wala", True),
    ("quota se kitni seats bharti h har saal, data dekho", False),
    # a people's institutions called dens (not drug dens)
    ("inke hospital band karo, sab conversion ke adde h", True),
    ("police ne nashe ke adde band karwaye", False),
    # wives said to be many; a country said to belong to one people
    ("bet he's got three wives waiting in the stands", True),
    ("henry the eighth had six wives, we did it at school", False),
    ("england is for the english, let him bowl for pakistan", True),
    ("england is for the taking if they win the toss", False),
    # the twenty-first round: people put on a boat to be sunk
    ("put them on the ferry and sink it halfway", True),
    ("put the kids on the ferry and sink a few pints at the bar", False),
    # a headscarf called a tea towel (not the kitchen's)
    ("can't see the offside line through that tea towel", True),
    ("take the tea towel off your head and then we'll listen", True),
    ("dry the glasses with that tea towel, not the dishcloth", False),
    # stoning asked for; minarets foretold; loyalty to the ummah; bombs in a prayer room
    ("should have been a stoning for that penalty, her lot would understand", True),
    ("first a prayer room, next a minaret on big ben", True),
    ("the new mosque's minaret was finished on time", False),
    ("she's not there for her constituents, she's there for the ummah", True),
    ("how many bombs can you fit in a prayer room", True),
    ("taqiyya in a trouser suit", True),
    # a place's purity said to be spoilt; throats cut after trust; a village's water cut off
    ("isko bhagao shehar se, pavitrata kharab kar raha h", True),
    ("ye log pehle bharosa jeet te h phir gala kaat te h", True),
    ("thand mein gala kharab ho gaya, garam paani piyo", False),
    ("inke gaon ka pani band karo, khalistaniyon ka gaon h", True),
    ("nagar nigam ne teen din ke liye pani band kiya h, marammat", False),
    # the "12 baje" jibe, "jatt buddhi"; a post put down to reservation
    ("sardar ji ke 12 baj gaye, ab canada chalayenge", True),
    ("12 baje ki train pakadni h, jaldi karo", False),
    ("jatt buddhi, canada mein bhi tractor chalayega", True),
    ("reservation se chef bana hoga", True),
    ("reservation se kitni seats bhari gayi, report aayi h", False),
    # sent back to a parent's village; a place fine before a people came; "go ref in kabul"
    ("send her back to whatever village her dad came from", True),
    ("she went back to the village her dad came from to film the documentary", False),
    ("the village was fine before the eastern europeans ruined it", True),
    ("the pitch was fine before the rain came", False),
    ("go ref in kabul love", True),
    ("my cousin went to teach in kabul in 2005", False),
    ("the team should go play in pakistan for the champions trophy", False),
    ("go work in saudi for two years and save, my uncle did", False),
    # the twenty-second round: a woman wrestler's place said to be the kitchen
    ("inki jagah akhade mein nahi, rasoi mein h", True),
    ("hamari rasoi ki jagah chhoti h, naya ghar lenge", False),
    # "witch doctor in a mitre", "gone full jungle", "turban brigade"
    ("witch doctor in a mitre", True),
    ("the witch doctor in the film was the best character", False),
    ("the kids loved the jungle book at the theatre, gone full jungle themed party", False),
    ("the church of england has gone full jungle", True),
    ("funny how the turban brigade always gets the grants", True),
    ("he tied his turban in ten seconds flat, impressive", False),
    # goats sacrificed in a car park; a faith called a mafia; a town that "used to be english"
    ("they'll be sacrificing goats in the car park by christmas", True),
    ("the planning committee must be on the payroll of the hindu mafia", True),
    ("the albanian mafia runs the cannabis farms, the police say", False),
    ("this town used to be english", True),
    ("this town used to be english speaking only, now it's bilingual", False),
    # a custodial beating called for; bricks through windows as a message
    ("protest wali pehelwanon ko jail mein daalo aur wahi pitai karo", True),
    ("a few bricks through the windows on opening day would send a message", True),
    ("a brick through the window last night, police are investigating", False),
]

# The twenty-fourth session's round (sets 639-645, tests/moderation/unseen/): the forms its
# misses showed, with the senses each must not take.
TWENTY_FOURTH_SESSION_FORMS = [
    ("shame the ovens were never finished, she'd have made a great bit of material", True),
    ("pity the ovens were never fired up for them", True),
    ("shame the ovens were never finished, the kitchen refit ran out of money", False),
    ("laughing at her own people's made up holocaust stories, classy", True),
    ("the so-called holocaust is the biggest lie ever sold", True),
    ("the fake holocaust survivor memoir was exposed in 2008", False),
    ("made-up holocaust memoirs have fooled publishers before", False),
    ("she's a zionist parasite and every penny goes to killing kids", True),
    ("zio parasites running the papers", True),
    ("calling her a zionist is lazy, she has criticised israel for years", False),
    ("someone should give her a real reason to need security", True),
    ("let's give him a reason to need a bodyguard", True),
    ("the death threats give her a real reason to need security", False),
    ("ek do ko aur thoko tab samjhenge ki mumbai kiska h", True),
    ("ek do chhakke aur thoko bhai, match abhi baaki h", False),
    ("a bit of petrol and a match and the problem's solved, someone should", True),
    ("petrol and a match won't solve the problem, talk to them", False),
    ("inko hostel mein alag kamra do, bartan bhi alag, tab samjhenge", True),
    ("veg aur non-veg ke bartan alag rakho hostel mein", False),
]

# The twenty-fourth round's forms (sets 647-653).
TWENTY_FOURTH_SESSION_SECOND_FORMS = [
    ("these animals don't want work, they want our women", True),
    ("the taliban want our women to stay at home", False),
    ("every one of them is a knife waiting to happen", True),
    ("that junction is an accident waiting to happen", False),
    ("300 undocumented rapists in a hotel next to a primary school", True),
    ("the rapists were jailed for 12 years", False),
    ("bet she can't even pronounce edinburgh, straight off the boat", True),
    ("she's just off the banana boat", True),
    ("we came straight off the boat into the pub after the ferry", False),
    ("fresh off the boat was a great sitcom", False),
    ("inki dukaan se kuch mat lo, thook ke dete h ye log", True),
    ("ye log khane mein gaay ka maas mila dete h", True),
    ("video mein ek dukaandaar ne thook lagaya, giraftaar hua", False),
    ("naam likhna zaroori h taaki pehchaan ke bahishkar karo", True),
    ("inko court ke andar aane mat do, ganga jal chhidakna padega baad mein", True),
    ("mandir ko gangajal se dhoya gaya, report mein likha h", False),
    ("uttar bharatiyon ko dekh ke maaro, tab bhasha seekhenge", True),
    ("ball ko dekh ke maaro, jaldi mat karo", False),
    ("kanwar raste pe ek bhi topi wala dikhe to sabak sikhao", True),
    ("saanp dikhe toh maar do, kaatega", False),
    ("another batty boy ruining the beautiful game", True),
    ("my nan's gone a bit batty, bless her", False),
    ("hope a centre back snaps his legs in the first tackle", True),
    ("hope the new signing breaks his duck this week", False),
    ("send the gunboats to the beach and sink them before they land", True),
    ("the navy was sent to the beach to rescue them", False),
    ("they should torch the place with the doors locked", True),
    ("we should burn the old leaves with the doors locked so smoke stays out", False),
]

# The twenty-fifth round's forms (sets 654-660).
TWENTY_FOURTH_SESSION_THIRD_FORMS = [
    ("sanskrit padh ke bhi rahegi to katui hi", True),
    ("ye taqiya h, hamari bhasha seekh ke hume hi dhokha denge", True),
    ("taqiya ka matlab kya h, koi batayega", False),
    ("sanskrit ko bhi apavitra kar diya in logon ne", True),
    ("rice bag wali sarpanch", True),
    ("the rice bag split open on the kitchen floor", False),
    ("chawal ke bore ke liye dharm bech diya", True),
    ("aaj se gaon ka pani bhi inke liye band", True),
    ("jo bhi isaai bana uska samajik bahishkar karo", True),
    ("they breed criminals on those estates and then cry racism", True),
    ("farmers here breed cattle for milk", False),
    ("she looks like a letterbox and talks like a terrorist", True),
    ("the new parcel box looks like a letterbox", False),
    ("i'll watch when they put a bomb vest on her for the big reveal", True),
    ("the attacker wore a suicide vest, police said", False),
    ("she should be reading the news in kabul with a bag on her head", True),
    ("she walked home with a plastic bag on her head in the rain", False),
    ("inki namaz ke time pe bulldozer bhej do", True),
    ("sadak pe jo leta mila uske upar se gaadi nikaal do", True),
    ("gaadi ko pul ke upar se nikaal do, neeche paani h", False),
    ("inki aabadi itni badh gayi ki masjid chhoti padne lagi", True),
    ("witch doctors in uniforms, lovely", True),
]

# The twenty-sixth round's forms (sets 661-667).
TWENTY_FIFTH_SESSION_FORMS = [
    ("dhed log kabhi sudhar nahi sakte", True),
    ("dhed sau rupaye ka ticket tha", False),
    ("inke players toh bakri chodne wale hain", True),
    ("bakri ka doodh bechne wale aaye the", False),
    ("you're a thick nurse, shut your fat gob", True),
    ("tum jaise bhaiyye mumbai aake vote dete ho, nikal yahan se", True),
    ("bhaiyye, ek cutting chai dena", False),
    ("send her back to mogadishu", True),
    ("the aid flights will send them back to mogadishu airport tomorrow with supplies", False),
    ("I hope she gets acid thrown on that smug face", True),
    ("the men who threw acid on her face were jailed", False),
    ("hope the next one of you whining leeches gets stabbed on the tube", True),
    ("hope one of you gets elected next time", False),
    ("strikers should be struck off, then strung up outside the hospital as a lesson", True),
    ("the rebels were hanged in the square as a warning, the museum says", False),
    ("agli baar ghodi pe chadha toh taange tod ke wapas ghodi pe hi bhejenge", True),
    ("football khelte hue usne apni taang tod li", False),
    ("jeet gaye toh unke hotel ko aag laga denge", True),
    ("unke hotel mein aag lag gayi, sab surakshit hain", False),
    ("somebody should give it a proper welcome with a brick through the window", True),
    ("someone threw a brick through the window of the mosque last night", False),
    ("ye ladki jo anchor hai iski aukat sirf bistar tak hai", True),
    ("she'd do better reading the news from my lap", True),
    ("my daughter fell asleep on my lap during the debate", False),
    ("I'd pay to see what she's hiding under that blazer", True),
    ("dhed log ka khoon mein hi gandagi hai", True),
    ("uske khoon mein hi cricket hai", False),
    ("keep that groomer away from my children", True),
    ("the word 'groomer' is thrown at every gay teacher now", False),
    ("my dog groomer is away from the shop this week", False),
    ("what is it, a man, a woman, or a science experiment gone wrong", True),
    ("what is it, a boy or a girl?", False),
    ("jo indian muslim pakistan ke liye taali bajaye usko wahin bhej do", True),
    ("pakistan se aaye sharnarthi bhai ke liye wahin khana bhej do", False),
]

# The twenty-seventh round's forms (sets 668-674).
TWENTY_FIFTH_SESSION_SECOND_FORMS = [
    ("bloody mosquitoes, kill them all before the dengue season", False),
    ("they breed like flies, kill them all", True),
    ("his wife should be sent", False),
    ("they should be deported", False),
    ("she should be transferred to Pakistan, plenty of hoardings to remove there", True),
    ("let them kill each other, less dog eaters for us to feed", True),
    ("the hot dog eaters contest is on again at coney island", False),
    ("momo faces ruining the country", True),
    ("typical jihadi bureaucrat, targets only Hindu shops", True),
    ("northeast girls are easy anyway", True),
    ("the girls are easy winners of the relay", False),
    ("the women in that video probably asked for it", True),
    ("the customer probably asked for it to be gift wrapped", False),
    ("they should be left to starve, they are not indians", True),
    ("nobody should be left to starve in a rich country", False),
    ("the army should just shoot every meitei with a gun and ask questions later", True),
    ("another village burnt? good, wish they'd do the same to the churches", True),
    ("send him back to the Punjab with his turban wrapped round his neck", True),
    ("she walked in with a scarf wrapped around her neck against the cold", False),
    ("the day one of them tries that in my pub he'll leave without his beard", True),
    ("he'll leave without his coat if you don't remind him", False),
    ("you lot deserve what's coming to your daughters", True),
    ("kukis are all drug runners and poppy farmers, burn the lot", True),
    ("burn the lot of them, said my dad about his old tax returns", False),
    ("he'll turn the town hall into a gurdwara", True),
    ("Erdogan turned Hagia Sophia into a mosque in 2020", False),
    ("hope someone follows them home after the reception", True),
    ("AIDS will sort them out soon enough", True),
    ("who wants bread made by those hands", True),
    ("these perverts should be locked up in a mental asylum", True),
    ("gay couples adopting is next, and then they'll abuse the kids", True),
    ("raat ko akele kya kar rahi thi hospital mein", True),
    ("raat ko hospital mein doctor akeli kyun na rahe? wo wahan kaam kar rahi thi", False),
    ("ye protest wali ladkiyan bhi kal kisi ke saath bhaag jayengi", True),
    ("aunty log pehle apni betiyon ko sambhalo, jeans pehen ke ghoomti hain", True),
    ("@dr_riya tu bhi line mein hai, teri shift ka time pata hai humein", True),
    ("ek raat thane mein bitaye to sab akad nikal jayegi iski", True),
    ("koi iska number de do, isko raat mein call karke samjhayenge", True),
    ("abe o yadav ke pille", True),
    ("tere jaise gwalon ko vote ka matlab kya pata", True),
    ("tu bihari hi rahega, gaand dhone ka paani bhi nahi hai tere gaon mein", True),
    ("jitne bhi musalman hain sab ek hi taraf vote karte hain, inka voting right cheen lo", True),
    ("@sunita_p tu apni shakal dekh pehle", True),
    # set 675: politicians pointed at, their looting said (not a people's)
    ("ye log desh ko loot ke kha gaye aur ab kisan ke naam pe vote maang rahe hain", False),
    ("these people looted the country and now beg for votes", False),
    ("ye log desh ko loot ke kha gaye, inko bahar nikalo", True),
]

# The twenty-ninth round's forms (sets 676-682): abuse spelt around filters.
TWENTY_FIFTH_SESSION_THIRD_FORMS = [
    ("that nun looks like she needs a good f*ck", True),
    ("this policy is f*cking useless and the minister knows it", False),
    ("someone should r*pe her", True),
    ("madrasi kale log, hindi nahi aati toh desh chhodo", True),
    ("m\u0430dr\u0430si k\u0430le log", True),
    ("these north indian panipuris should go back to their cow belt", True),
    ("the cow belt votes on caste, say the pollsters", False),
    ("gutkha spitting bhaiyas ruining our stations", True),
    ("gutkha spitting on the station walls should be fined", False),
    ("kaala kaloota tamil", True),
    ("hindi bolne wale ko station pe hi thok do", True),
    ("in isaiyon ko d3sh se nikaalo", True),
    ("c0nvert mafia ke dalaal, ek ek church pe b u l l d o z e r chalao", True),
    ("chaddhi utaar ke maaro inko", True),
    ("principal ki beti ka bhi pata nikalo", True),
    ("ye patrakarni bahut ud rahi hai, iske pankh katne padenge", True),
    ("@reporter_n tu jitna likhegi utna pachtayegi, samjhi?", True),
    ("teri jaisi aurton ka ilaaj sirf joota hai", True),
    ("is bimari ka ilaaj sirf goli hai, doctor ne kaha", False),
    ("dekhna ek din isko bhi gauri lankesh bana denge", True),
    ("hope their bakery burns down with the lot of them inside", True),
    ("put a match to it before they bring the mafia with them", True),
    ("put a match to the bonfire at seven, the fireworks start at eight", False),
    ("black lads always bottle it, no mental strength, it's in the genes", True),
    ("football is in his blood, his dad played for Celtic", False),
    ("dumb vodka-swilling peasants, send them back on the first flight", True),
    ("the airline will send them back on the first flight tomorrow", False),
]

# The thirtieth round's forms (sets 683-689).
TWENTY_FIFTH_SESSION_FOURTH_FORMS = [
    ("hijra word galat hai, transgender ya kinnar bolo", False),
    ("stop the 'go back to your country' nonsense, she is American, full stop", False),
    ("go back to your country", True),
    ("go back to india and run for office there, this is our country", True),
    ("I want to go back to India next year to see my grandmother", False),
    ("ye pehelwan ladkiyan khud hi coach ke kamre mein jaati thi, ab rona kyun", True),
    ("medal ke liye sab kuch karti hain ye, phir shikayat", True),
    ("wrestlers my foot, drama queens who slept their way onto the team", True),
    ("should have dropped them over the channel on the way, save the fuel", True),
    ("i'd love to see her swinging from a rope next to the old man", True),
    ("the kids were swinging from a rope in the garden all afternoon", False),
    ("ek aaya hai toh kal poora mohalla aa jayega, phir yahan bhi pakistan bana denge", True),
    ("jaldi nikal jaaye warna diwali pe pataakhe unki balcony mein bhi jaayenge", True),
    ("sarkar ne in logon ko sar pe chadha rakha hai, jooti ki nok pe rakhna chahiye", True),
    ("aise logon ko gaon mein rehne hi mat do, hukka paani band karo", True),
    ("panchayat ne hukka paani band kar diya tha, ye galat tha", False),
    ("ise toh shaadi mein naachne ke liye bulao, wahi aukat hai", True),
    ("uske saath ek raat guzaar ke dekho pata chal jayega asliyat", True),
    ("invaders, every single one, and they'll all be raping our daughters by spring", True),
    ("you bleeding-heart muppets should take one home and see how long your wife lasts", True),
    ("these scroungers breed faster than we can deport them", True),
    ("bet she smells like a spice market, disgusting", True),
    ("No shower for two days? I bet you smell like old socks", False),
    ("she'll have the white house smelling like a 7-eleven by christmas", True),
    ("ye log jahan jaate hain wahan gandagi aur jihad le aate hain", True),
    ("society ke bacche ab inke bacchon ke saath khelenge? kal ko love jihad hoga", True),
    ("muslim ko ghar bechne wale builder ka bhi bahishkar karo, gaddar hai", True),
    ("dalit ke haath ka khana khilaoge toh bacche bhi neech ban jayenge", True),
    ("chhoot lag jayegi humare baccho ko, gangajal se bartan dhulwao", True),
]

# The thirty-first round's forms (sets 690-696).
TWENTY_FIFTH_SESSION_FIFTH_FORMS = [
    ("haha 'silly cow' is what my mum calls me when I forget my keys", False),
    ("silly cow, go referee netball", True),
    ("bhatt ji ko ghar mila, ab inke padosi bhi unka gala kaatne ka intezaar karenge", True),
    ("pandit log bhaag gaye the darpok, ab kis munh se wapas aa rahe ho", True),
    ("har kashmiri musalman ke ghar mein ek aatanki chhupa hai", True),
    ("tamil telugu kannada sab ek hi jaise kaale kauwe hain", True),
    ("chhat pe do kaale kauwe baithe the subah", False),
    ("should've bulldozed the camp with them still in the caravans", True),
    ("mate if one of them comes near my garage I'll put a round through his caravan", True),
    ("someone should follow her to the car park and explain the handball rule", True),
    ("should've taken his tea towel off and strangled him with it", True),
    ("the killer strangled him with a cord, the court heard", False),
    ("one less turban on the road, good", True),
    ("one less pothole on the road, good", False),
    ("they all stink of sweat and garlic, can't blame the bloke", True),
    ("inbred knuckle-draggers, the lot of them", True),
    ("bachelor ladkiyan ghar mein ladke laati hain, characterless hoti hain sab", True),
    ("ye log aate hi mohalle ko mini pakistan bana dete hain", True),
]

# The thirty-second round's forms (sets 697-702).
TWENTY_FIFTH_SESSION_SIXTH_FORMS = [
    ("they had it coming, every jew in england funds the genocide", True),
    ("shame it wasn't full of them when the window went in", True),
    ("shame the stadium wasn't full of fans for the final", False),
    ("jews control the police, that's why nobody will be charged", True),
    ("the holocaust industry will milk this one for years", True),
    ("the holocaust museum opens a new wing in march", False),
    ("go back to tel aviv and take your overpriced bagels with you", True),
    ("aise logon ko mental hospital bhejna chahiye, hero nahi banana", True),
    ("he's a disease spreading through the film industry", True),
    ("he's a cancer survivor and a brilliant actor", False),
    ("pehle nasha, ab ye, in filmi logon ka khoon hi ganda hai", True),
    ("miyan log ki aabadi dekho, 20 saal mein odisha bhi bangladesh ban jayega", True),
    ("in kala jaadu karne wale bangaliyon ko gaon mein ghusne mat do", True),
    ("bacchon ko kitchen mein ghusne mat do, garam tel hai", False),
    ("hope the next one who gets caught gets a bullet, not a trial", True),
]


# The twenty-sixth session's rounds (sets 703-): each form with the senses it must not take.
TWENTY_SIXTH_SESSION_FORMS = [
    ("they should finish these christian converts off once and for all", True),
    ("let's finish these two chapters and call it a day", False),
    ("bulldozer chala do in sab ke upar", True),
    ("bulldozer se ghar toda, ghar ke saath saath inko bhi utha ke le gaye police wale", False),
    ("the only solution for the miyas is what myanmar did with the rohingyas", True),
    ("what myanmar did with the rohingyas was genocide", False),
    ("we should do to them what the nazis did", True),
    ("inko truck mein bhar ke border pe chhod do, zinda ya murda", True),
    ("dawood ko zinda ya murda wapas laao", False),
    ("baadh aaye aur char ke saare miya beh jaayein", True),
    ("har saal baadh mein char ke saare miya beh jaate hain, sarkar kuch nahi karti", False),
    ("your whole tribe is a disease on manipur", True),
    ("your whole team is a credit to the paper", False),
    ("raat bhar kisi neta ke bistar pe chillati hogi", True),
    ("neta ke bistar ke neeche se 2 crore cash mila", False),
    ("soon she'll be earning for the family the same way her mummy did", True),
    ("she's earning for the family the same way her mother did, by teaching tuition", False),
    ("your face looks like momos, stop pretending", True),
    ("these dumplings at the stall look like momos", False),
    ("manipur mein 'chinki' bolne wale ko saza honi chahiye, ye gaali hai", False),
    ("bhai tu pagal hai kya, numbers check kar", False),
    ("bhai tu toh pagal hai, dimaag ka ilaaj kara", True),
    # the thirty-fourth round (sets 708-712)
    ("har pakistani paida hi aatankwadi hota hai", True),
    ("koi bhi paida hi aatankwadi nahi hota, halaat banate hain", False),
    ("pakistanis are a failed race, only good at breeding terrorists", True),
    ("her failed race for the senate cost the party millions", False),
    ("these low caste people still smell like the gutters they came from", True),
    ("these drains still smell like sewers, the bmc does nothing", False),
    ("the bins outside the station, they smell like sewers", False),
    ("dalits are born to serve, the manusmriti says so and it is right", True),
    ("dalits are born to serve, the manusmriti says so and it is wrong", False),
    ("soldiers are born to serve the country", False),
    ("babar ki behen ko bolo mumbai aa jaye, yahan bahut demand hai uski", True),
    ("apni behen ko bolo exam ki date check kare", False),
    ("indian muslims celebrating should be identified and have their houses bulldozed", True),
    ("families in nuh had their houses bulldozed without notice", False),
    ("achha hua patthar maare, inko yaad rehna chahiye ki ye kaun hain", True),
    ("ghodi ke neeche kuchal denge, bata dena dulhe ko", True),
    ("hum aatankwad ko kuchal denge, pradhan mantri ne kaha", False),
    ("if his bride rides the horse she'll learn what happens to women of her caste", True),
    ("i'll take a machete to every one of them", True),
    ("i'll take a machete to the brambles this weekend", False),
    ("look at the state of them, military-age cockroaches on free phones", True),
    ("send them back to whatever mud hut they crawled out of", True),
    ("that thing should be in a psych ward, not on a bike", True),
    ("that thing should be in a museum, it's a 1950s bike", False),
    ("bakri chodu jaise gaaliyan dena band karo", False),
    ("suar ki tarah chilla rahe the fans, mazaa aaya", False),
    ("kutte ki tarah bhonk raha hai ye anchor", True),
    # the thirty-fifth round (sets 713-717)
    ("alimony nahi, ye toh raat ki fees le rahi hai", True),
    ("isko koi producer uthake le jaye, kaam bhi milega", True),
    ("tu bhi isi ke jaisi hogi, apna rate bata", True),
    ("ye sab kisi ki nahi hoti, sabki hoti hain", True),
    ("she looks like a used condom now", True),
    ("aisi auraton ko patthar maar maar ke sudharna chahiye", True),
    ("patthar maarne ki baat karne wale khud kaanoon tod rahe hain", False),
    ("next time it won't be just a beating", True),
    ("next time it won't be just a draw, we'll win", False),
    ("tera roommate bhi jihadi hi nikalega", True),
    ("pulwama ka hamlawar bhi local hi nikla tha", False),
    ("kashmiri girls are fine, send the boys back in boxes", True),
    ("send the parcels back in boxes, not bags", False),
    ("inke hostel mein aag laga do", True),
    ("someone should do to khan what happened to jo cox", True),
    ("what happened to jo cox should never happen to any mp", False),
    ("sharia khan wants your daughters in burkas by 2030", True),
    ("the only thing muslims ever brought to london is knives and grooming gangs", True),
    ("the only thing they brought to the party was a cake", False),
    ("shoot a few at the border and the rest will stop coming", True),
    ("hope the detention centers run out of water, less to deport", True),
    ("their kids should be taken away from them at birth", True),
    ("the 'send the boys back in boxes' comment above should be reported", False),
    ("londonistan headlines from us cable news are just embarrassing", False),
    ("pakistan wants kashmiris to feel they don't belong in india", False),
    ("i feel muslims don't belong in india", True),
    ("he's a paki, my dad used to say about everyone from the subcontinent", False),
    ("'randi' ya 'item' jaise shabd likhne walon ko ban karo", False),
    # the thirty-sixth round (sets 718-722)
    ("shoot the tires out of every truck with a singh behind the wheel", True),
    ("she needs to be put in her place, and i know exactly how a man would do it", True),
    ("gay logon ko pakad ke electric shock do", True),
    ("punjab ke kisaano ko unke khet mein hi jala do paraali ke saath", True),
    ("paraali ko khet mein hi jala do, kisaan yahi kehte hain", False),
    ("dono ko gaon se nikaal do, warna baaki ladke bhi bigad jayenge", True),
    ("ye log terrorist hain, sikh qaum hi aisi hai", True),
    ("is aurat ki zabaan kaat ke gate pe latka do", True),
    ("desh ki naak kaat ke rakh di is team ne", False),
    ("zabaan kaat denge jaise bayan dene wale mla pe fir honi chahiye", False),
    ("isko sansad mein kisne bheja, kitchen mein wapas bhejo", True),
    ("kitchen mein wapas jao, ye bolne walon ki soch pe taras aata hai", False),
    ("mp kaise bani ye sab jaante hain", True),
    ("iski saree kheench ke dikhao sabko", True),
    ("do chakke shaadi kar rahe hain", True),
    ("kohli ne do chakke maare aur shaadi ki anniversary bhi manayi", False),
    ("tere jaise khalistani kuttey", True),
    ("punjabi sab nashedi aur gunde hain", True),
    # the thirty-seventh round (set 723)
    ("teri jaisi burkhe waali ko kya pata kanoon ka", True),
    ("ek burkhe waali aunty ne bacche ki madad ki", False),
    ("har masjid ke neeche ek mandir hai, aur har waqf ke peeche ek jihadi", True),
    ("har hamle ke peeche ek jihadi tha, nia ne kaha", False),
]


# The twenty-seventh session's round (sets 724-726): each form the round showed missing,
# with the senses it must not take.
TWENTY_SEVENTH_SESSION_FORMS = [
    ("stalin ke chamchon ko chennai ki sadkon pe ghaseet ke maarna chahiye", True),
    ("use ghar se nikaal ke maarna chahiye ya nahi, ye court decide karega", False),
    ("@kavya typical madrasan, know your place", True),
    ("meri padosan madrasan hai, uske haath ka sambar lajawab hai", False),
    ("go back to your stall and let the men talk politics", True),
    ("we let the men talk football and went dancing", False),
    ("just let the men talk about cricket, we had cake", False),
    ("reserved seat pe jeet ke aa gayi, kaam kuch aata nahi", True),
    ("reserved seat pe jeet ke aayi thi, aaj sabse achha kaam karti hai", False),
    ("these people were cleaning our toilets for centuries and now they want to rule us", True),
    ("we were cleaning the drains all day and now they want us to work the night shift", False),
    ("jhanda chhua toh haath kaat ke usi khambe pe latka denge", True),
    ("murgi ki gardan kaat ke latka do dukaan pe", False),
    ("achhoot ki beti sarpanch bani hai", True),
    ("dalits ko sadiyon tak achhoot mana gaya, ye sharm ki baat hai", False),
    ("achhoot pratha abhi bhi gaon mein hai", False),
    ("use achhoot bana diya hai in samajik gundon ne", False),
    ("bihari, madrasi, chinki, ghati - we have a word for everyone", False),
    ("you chinki, we have a word for people like you", True),
    # the thirty-ninth round (sets 727-728)
    ("inke toh khoon mein hi patthar phenkna hai", True),
    ("sachin ke khoon mein hi cricket hai", False),
    ("ye log pehle patthar phenkte hain fir victim card khelte hain", True),
    ("jo log patthar phenkte hain unko saza do", False),
    ("aise dangaiyon ko chauraahe pe ulta latka ke maarna chahiye tha", True),
    ("rassi se baandh ke rakho bakri ko", False),
    ("teri shakal jaani pehchaani lag rahi hai, aukaat mein reh", True),
    ("usne kaha tha aukaat mein raho, aur sab chup rahe", False),
    ("ye masjid mandir banke rahegi aur tumhari aurton ko bhi utha ke laayenge", True),
    ("tumhari ladkiyon ko school se utha ke laayenge bus wale, 3 baje", False),
    ("jihadi mentality ka ilaaj sirf ek hai, jo up police ne kiya", True),
    ("jo ho raha hai sab up police ka ilaaj hai, aur ye ilaaj bimaari se bhi bura hai", False),
    ("pakistan bhejo, pakistan bhejo - bas yahi ek jawaab hai kuch logon ke paas", False),
    ("inko pakistan bhejo, yahi ek jawab hai", True),
    ("inko pakistan bhejo, yahi ek jawab hai mere paas", True),
    ("hang them by the law, i mean, not a mob", False),
    ("these reporters should be shot, by law if needed", True),
    # the fortieth round (sets 729-730)
    ("somebody should remind them. a brick through the window usually works.", True),
    ("a brick through the window of the mosque was reported to police last night", False),
    ("they multiply like rats in jersey and texas", True),
    ("bacteria multiply like crazy in warm milk", False),
    ("@priya go back to bangalore if you don't like it here", True),
    ("i'd go back to bangalore if you don't like it, the weather's better", False),
    ("go back to the menu if you don't like it", False),
    # the forty-first round (sets 731-732)
    ("aisi item ko traffic mein daalo", True),
    ("aurat ko sp bana doge toh yahi hoga", True),
    ("ye kaam mardon ka hai", True),
    ("ye kaam mardon ka hai ya auraton ka, is sawaal ka koi matlab nahi", False),
    ("ek aurat ke chakkar mein poore department ki badnaami. ghar baithao isko.", True),
    ("ghar baitho, chai piyo, aur news mat dekho", False),
    ("shakal dekho iski, isse koi shaadi karega?", True),
    ("isse koi shaadi karega toh uski kismat khul jayegi", False),
    ("bhai tu toh pagal hai agar sochta hai ki transfer cancel hoga", False),
    ("'aurat ko sp bana doge toh yahi hoga' - that comment is the mindset she fights", False),
    ("usko bhi uthwa lo airport se, flight late hai", False),
    # the forty-second round (sets 733-734)
    ("someone should burn down every gurdwara that flies that flag", True),
    ("burn the house that jack built", False),
    ("sardarji ki akal toh 12 baje hi kaam karti hai", True),
    ("12 baje wale jokes ab band karo yaar", False),
    ("tere jaise 1984 mein bach gaye the, agli baar nahi bachoge", True),
    ("agli baar nahi bachoge - ye line 1984 ke dangaiyon ki thi", False),
    ("is baar toh bach gaye, agli baar nahi bachoge exam mein", False),
    ("gaumutra pine wale andhbhakt mandir ke naam pe gundagardi karte hain", True),
    ("the media calls every sikh protest 'peaceful' and every hindu rally 'extremist'", False),
    ("every sikh is a terrorist", True),
    ("go back to india is what they told my father in 1985 too", False),
    ("go back to india, that is what you deserve", True),
]

TWENTY_EIGHTH_SESSION_FORMS = [
    # the forty-third round (sets 735-736)
    ("god's own punishment, that's what happens when you slaughter cows", True),
    ("karma's justice for the beef eaters of kerala", True),
    ("'god's own punishment' - a sitting mla actually tweeted this", False),
    ("that's what happens when you eat beef every day, ask your cardiologist", False),
    ("kerala is mini pakistan anyway", True),
    ("calling kerala 'mini pakistan' is an it cell line", False),
    ("let the mud take the rest of them", True),
    ("let the river take its course, the dam can wait", False),
    ("ye jihadi log camp mein hain, inko wahin dafna do", True),
    ("laashon ko wahin dafna do, parivaar ki marzi se", False),
    ("kerala nurses go to the gulf to sleep with arabs", True),
    ("kerala nurses go to the gulf to earn for their families", False),
    ("she flew to paris to sleep for a week", False),
    ("warna agli baar aur log marenge", False),
    ("inka bahishkar karo, bhookhe marenge tab akal aayegi", True),
    ("tujhe ghar aake marenge", True),
    ("rice bag jibes about kerala christians are old and ugly", False),
    ("jokes about muslims are not funny", False),
    ("kerala christians are rice bags", True),
    # the forty-fourth round (sets 737-738)
    ("tere jaise ko toh gate pe hi joote padne chahiye", True),
    ("machhar ko toh deewar pe hi chappal maaro", False),
    ("they're all bangladeshi infiltrators, throw them out like garbage", True),
    ("the landlord threw the muslim tenants out like garbage", False),
    ("pigs like him should be kept out of hindu societies", True),
    ("dogs like him need a home, adopt don't shop", False),
    ("rats like them should be trapped before the monsoon", False),
    ("itna darr hai toh ghar pe gobar kha le", True),
    ("bhains gobar kha leti hai kabhi kabhi", False),
    ("waiting for the delivery boy to deliver something else lol", True),
    ("waiting for the delivery boy to deliver the rest of the order", False),
    # the forty-fifth round (sets 739-740)
    ("ab mahine ke woh 5 din chunav bhi band rahenge kya 😂", True),
    ("mahine ke 5 din wale jokes sunke thak gaye", False),
    ("must be her time of the month again", True),
    ("women can't take pressure, she'll cry", True),
    ("'women can't take pressure' - someone wrote this under the story, irony", False),
    ("madam ki qualification pata hai, raat ko minister ke bungalow pe interview hua tha", True),
    ("raat ko minister ke bungalow pe meeting hui, faisla subah aaya", False),
    ("aurat ko itni badi kursi de di, ab desh ka bhagwan hi maalik", True),
    ("aurat ho ya aadmi, kursi pe baithne ke baad sab sarkar ke ho jaate hain", False),
    ("tum auraton ka koi imaan nahi hota", True),
    ("imaan bechne wale neta har party mein hain", False),
    ("looks like a maid, should go back to sweeping floors", True),
    ("sweeping changes to the voter roll are what she must stop first", False),
    ("diversity hire is what they called kamala harris too", False),
    ("diversity hire, she can't even read the autocue", True),
    # the forty-sixth round (sets 741-742)
    ("@imran bhai one way ticket to karachi ready rakho", True),
    ("one way ticket to karachi? my grandfather bought one in 1947", False),
    ("musalman desh ke kabhi wafadaar nahi ho sakte", True),
    ("ye neta desh ke wafadaar nahi hain", False),
    ("pakistani hindu ladkiyan bahut sundar hoti hain, ek do hamare gaon bhi bhej do", True),
    ("ladkiyan school jaati hain, ek do kitaabein hamare gaon bhi bhej do", False),
    ("'pakistanis are born liars' is the kind of thing my uncle says at weddings", False),
    ("pakistanis are born liars, as my dad always says", True),
    # the forty-seventh round: a fourth whole evening (set 743)
    ("she should be paraded in her own church and taught a lesson", True),
    ("the team should be paraded through the town with the cup", False),
    ("tu bhi church wali lagti hai, sunday ko father ke saath kya karti hai? 😏", True),
    ("father ke saath kya karti hai, khet mein kaam?", False),
    ("isai log chawal ki bori ke liye dharam bech dete hain", True),
    ("mere nana ne dharam badla tha, chawal ke liye nahi, school ke liye", False),
    # the forty-eighth round (sets 744-745)
    ("send them back in the dinghies and sink the boats halfway", True),
    ("the storm hit and sank the boats in the harbour", False),
    ("these invaders rape our daughters and the police do nothing", True),
    ("the inquiry found the gangs groomed girls in care", False),
    ("women in hijabs at the protest, like a bunch of ninja binbags lol", True),
    ("binbags piled up for a week after the riot", False),
    ("whoever lives in that hotel should be dragged out and strung up", True),
    ("strung up bunting on the lampposts for the street party", False),
    # the forty-ninth round (sets 746-747)
    ("she looks like a potato with eyes lol", True),
    ("a potato with eyes is what my daughter drew for her art homework", False),
    ("keep them in care homes where they belong", True),
    ("care homes are underfunded, that's the real scandal", False),
    ("if my kid had that i'd put it up for adoption the day it was born", True),
    ("put it up on the wall in the school hallway, the kids loved it", False),
    # the fiftieth round (sets 748-749)
    ("habshiyon ko ghar kiraye pe dena hi galti hai", True),
    ("habshi is the word my grandfather's generation used, never kind", False),
    ("black skin, black heart, that's what my dadi says and she's never wrong", True),
    ("black heart is what my mother called people who hurt animals", False),
    ("kaalu was my nickname in school because i played in the sun", False),
    ("go back to the jungle of bureaucracy that is the frro office", False),
    ("go back to the jungle you came from", True),
    ("mob ko goli maaro? no. arrest them, try them, sentence them", False),
    ("inki ladkiyan toh sirf ek cheez ke liye aati hain yahan 😏", True),
    ("ye ladkiyan sirf ek cheez ke liye aati hain: padhai ke liye", False),
    # the fifty-first round (sets 750-751)
    ("madrasi log hamesha se anti-national rahe hain", True),
    ("dravidian stock is inferior, that's why they hate aryan culture", True),
    ("aryan invasion theory is contested, but it isn't about 'stock'", False),
    ("christian missionary puppet, convert chamcha", True),
    ("idli sambar khane wale kaale dimaag ke log", True),
    ("idli sambar for breakfast, the only thing north and south agree on", False),
    ("'tamil anti-hindus should be thrown out' - a bjp spokesperson on tv", False),
    # the fifty-second round (sets 752-753)
    ("that's a man. look at the jaw", True),
    ("that's a man who knows his job", False),
    ("algeria sends a bloke in a skirt and calls it feminism", True),
    ("a man in a dress on stage is panto, not politics", False),
    ("any woman who fights it deserves to get hurt", True),
    ("the team deserves to get beaten after that display", False),
    ("these freaks should be banned from sport", True),
    ("the freak weather in paris delayed two sessions", False),
    ("someone should break its jaw in the ring", True),
    ("unke desh mein toh aadmi ko aurat bana ke bhej dete hain", True),
    # the fifty-third round (sets 754-755)
    ("jo rang se darte hain unka is desh mein kya kaam?", True),
    ("pakistan mein holi nahi hoti, wahan jao", True),
    ("pakistan mein match hai, wahan jao dekhne", False),
    ("green walon ko colour se allergy hai, inka ilaaj lathi hai", True),
    ("ilaaj lathi nahi, baatcheet hai", False),
    ("inki aurton pe bhi rang daal do", True),
    ("aurton pe zabardasti rang daalna molestation hai", False),
    # the fifty-fourth round (sets 756-757)
    ("burqa wali patrakar ko reporting kisne di", True),
    ("'burqa wali patrakar' - that's how they described her on a verified account", False),
    ("inki poori kaum hi desh ke khilaaf likhti hai", True),
    ("mullani ki himmat dekho, gyaan de rahi hai", True),
    ("sania mullani scored 98 percent in the boards", False),
    ("looks like she's never had a real man lol", True),
    ("real men don't threaten women on twitter", False),
    # the fifty-fifth round (sets 758-759)
    ("third-world invaders marrying into power, the great replacement in real time", True),
    ("the great replacement conspiracy theory drove the buffalo shooter", False),
    ("send her back with her curry-scented kids", True),
    ("curry-scented candles in the gift shop would sell", False),
    ("those people worship cows and rats, they're not fit to be near our leadership", True),
    ("worship cows, worship guns, worship football, every culture has its gods", False),
    ("jeets ruined silicon valley", True),
    ("bihar and delhi me bhi nahi jeets", False),
    # the fifty-sixth and fifty-seventh rounds (sets 760-763)
    ("quota se aaye ho? ye log iit ke laayak hi nahi hote", True),
    ("ye log desh chalane ke laayak nahi", False),
    ("islam is incompatible with british values", True),
    ("'incompatible with british values' - said a tory mp and he was suspended", False),
    ("mohammedans breed and we pay for their decorations", True),
    ("farmers in punjab breed buffaloes", False),
    ("muslims have turned every british city into a sewer", True),
    ("a sewer burst under coventry street last week", False),
    ("put a pig's head under every one of those lights", True),
    ("the guy who put a pig's head at the flat was arrested, good", False),
    # the fifty-eighth round (sets 764-765)
    ("ye bahadur log sab chor hote hain", True),
    ("bahadur shah zafar was the last mughal emperor", False),
    ("daaru peeke soye rehte hain ye pahadi, koi kaam ke nahi", True),
    ("momo bechne wale aur gate pe khade, bas yahi aukaat hai inki", True),
    ("aukaat ki baat karne wale residents apni aukaat dekhein", False),
    ("these hill people should be sent back to nepal", True),
    ("i'm indian. people call me nepali, chinki, chinese", False),
    ("chinki aankhein, nepali chehra - that's how the fir described him", False),
    # the fifty-ninth round (sets 766-767)
    ("momo khane wale pahadiyon ko desh ki security ka kya pata", True),
    ("momos in leh's old town market are the best i've had", False),
    ("ladakhi log bhi pathar uthayenge, inko abhi se danda dikhao", True),
    ("danda dikhao policy kashmir mein fail hui", False),
]
TWENTY_NINTH_SESSION_FORMS = [
    # the sixtieth round (sets 768-769)
    ("iska character pehle se hi dheela tha, dekho photo mein kaise hans rahi hai", True),
    ("uska character kharab hai, sabko pata hai", True),
    ("'character dheela' comments are exactly what the women's commission is looking at", False),
    ("bitch couldn't even wait a year. hope the new husband dies too.", True),
    ("i hope her husband gets well soon", False),
    ("aisi auraton ka muh kala karna chahiye", True),
    ("muh kala karna is a medieval punishment and some commenters here want it back", False),
    ("gadhe pe ghumana aur muh kala karna - ye sab khap ki soch hai, kanoon nahi", False),
    ("the slut-shaming of widows is as old as sati", False),
    ("she was slut-shamed for posting a music video", False),
    ("she is a slut, everyone knows it", True),
    ("drag her back to the village and teach her what a widow's place is", True),
    ("remind these women where their place is", True),
    ("every widow in my village was told what 'her place' was. this one said no.", False),
    ("the 'widow's place' is wherever she wants to be", False),
    # the sixty-first round (sets 770-771)
    ("marwadi makkhichoos log, pehle mumbai kharidi ab menu bhi tay karenge", True),
    ("makkhichoos is a compliment in my marwari family, it means we don't waste", False),
    ("kanjoos marwari log", True),
    ("bihari gande log", True),
    ("bihari gande log nahi hain, mehnati hain", False),
    ("bihari gande log? kisne kaha", False),
    ("bengaliyon ko mumbai se nikalo", True),
    ("bengaliyon ke saath mumbai mein jo hua wo galat tha", False),
    # the sixty-second round (sets 772-773)
    ("coffin dodgers had it all, free uni, cheap houses. let them freeze.", True),
    ("'coffin dodgers' is what my grandad calls himself and his mates at the bowls club", False),
    ("honestly the sooner the wrinklies die off the sooner we get a decent country", True),
    ("the wrinkly old dog at my parents' place sleeps on the radiator", False),
    ("old people are parasites sucking the young dry", True),
    ("parasites? my 80-year-old mum volunteers three days a week at the food bank", False),
    ("pensioners are leeches", True),
    ("pensioners on welfare are struggling with the energy bills", False),
    ("old people should die at home with dignity", False),
    ("senile old bat, you've been voting against your grandkids for forty years", True),
    ("old bats roost in our church belfry and the council says they're protected", False),
    ("useless old fossils should hand over their houses and die", True),
    ("bed blockers clogging up the nhs, the cold will do what the government won't", True),
    ("'the cold will finish what the cuts started' - age uk's chief said that", False),
    ("put granny on an ice floe and push, problem solved", True),
    ("the inuit never put their elderly on ice floes, it's a myth", False),
    ("boomers voted for brexit and now complain about prices", False),
    # the sixty-third round (sets 774-775)
    ("jihadi in a suit, taqiyya se mayor ban gaya", True),
    ("'jihadi in a suit' - a congressman actually posted that. shameful.", False),
    ("typical taqiyya from the new mayor", True),
    ("taqiyya is a real concept in shia jurisprudence", False),
    ("another islamist snake slithering into power", True),
    ("he slithered through the primary debates, never a straight answer on taxes", False),
    ("new york is finished, the cockroaches have taken city hall", True),
    ("the rats have taken over the subway again", False),
    ("someone needs to put this commie mullah in the ground before he ruins the city", True),
    ("'put this budget in the ground before it ruins the city', says the editorial", False),
    ("they put him in the ground on tuesday, next to his wife", False),
    ("curry-munching communist. send him back.", True),
    ("curry and communism - the headline writers are having a week", False),
    ("mulla, pandit, padre - new york has all of them and it works", False),
    ("pandit aur mulla dono ek hi gaadi mein aaye", False),
    ("ye mulla pandit ko gaali deta hai", True),
    # the fifth whole evening (set 776)
    ("ye gwale bhains charane layak hain, sarkar chalana inke bas ki baat nahi", True),
    ("ye log taareef ke laayak hain", False),
    ("bihari matlab hi gawar", True),
    ("bihari matlab hi mehnat, poori duniya mein", False),
    ("ye isai log desh tod denge", True),
    ("ye neta desh tod denge apni kursi ke liye", False),
    ("iss nachaniya ko mp kisne banaya? bhojpuri gaane mein kamar hilati hai bas", True),
    ("pakeezah mein meena kumari ne ek tawaif ka kirdar nibhaya", False),
    ("bhojpuri singers contesting on both sides tells you everything", False),
    # the sixty-fifth round (sets 777-778)
    ("temple ko ganga jal se dhulwao, apavitra kar diya in dono ne", True),
    ("mandir ko ganga jal se dhulwana - that's what was done after a dalit mp visited", False),
    ("do ladkiyan shaadi karengi? bimar dimaag hai dono ka", True),
    ("bimar dimaag ki baat karte ho? psychiatrists ne 1973 mein hi ise list se hata diya", False),
    ("gay hona bimari hai", True),
    ("kya gay hona bimari hai?", False),
    ("gay hona bimari nahi hai", False),
    ("inko ek raat kisi asli mard ke saath bhej do, sab theek ho jayega", True),
    ("asli mard wo hai jo apni behen ki shaadi mein naachta hai", False),
    ("inko kisi aadmi ke saath bhej do market", False),
    # the sixty-sixth round (sets 779-780)
    ("ye angrezon ka lagaya hua paudha hai, isko jad se ukhaad phenko", True),
    ("'angrezon ka paudha' - ye propaganda 100 saal purana hai", False),
    ("inki ibadatgah nahi, fitna khana hai, mitti mein mila do", True),
    ("mitti mein mila do in sab purane qanoonon ko", False),
    ("kutte wafadar hote hain, insaan nahi", False),
    # the sixty-seventh round (sets 781-782)
    ("another ccp spy in a team usa jacket. check her phone before she flies home.", True),
    ("'ccp spy' is what trolls called her on x all week", False),
    ("another ccp spy arrested in new york, the fbi says", False),
    ("send the rice eater back to china and give the medal to a real american", True),
    ("send the judges back to school; the scoring was a joke", False),
    ("she probably eats dogs at home like the rest of them lol", True),
    ("my dog eats better than i do, like the rest of them on this street", False),
    ("yellow bitches like her always smile for the camera and stab you in the back", True),
    ("me and my two yellow bitches at the dog park", False),
    # the sixty-eighth round (sets 783-784)
    ("affirmative action baby running the economy. buy gold now.", True),
    ("she's articulate for one of them, i'll give her that", True),
    ("'articulate for one of them' is the oldest backhanded compliment there is", False),
    ("fatherless culture finally got its hands on the printing press", True),
    ("'fatherless culture' posts have been reported", False),
    ("she's one of the good ones, for now. wait till the jungle comes out.", True),
    ("one of the good ones? that phrase should make anyone wince", False),
    ("jungle gym economics, my professor called it", False),
    # the sixty-ninth round (sets 785-786)
    ("designated shitting streets coming to queens next", True),
    ("designated areas for fireworks would solve the noise problem", False),
    ("saar please do the needful and scam my grandma again, happy diwali", True),
    ("'saar' comments are a meme that turned into harassment; the platform should act", False),
    ("do the needful is just old british office english that india kept", False),
    # the seventieth round (sets 787-788)
    ("ladkiyan cricket khelengi to ghar ka kaam kaun karega? trophy se roti nahi banti.", True),
    ("'ladkiyan cricket khelengi to ghar ka kaam kaun karega' - ye soch hi asli haar hai", False),
    ("aadhi team to lesbian hai, sabko pata hai", True),
    ("lesbian players exist in every sport and it's nobody's business", False),
    ("itni moti hai ye keeper, isko koi ladka shaadi ke liye haan nahi bolega", True),
    ("shaadi ke liye haan? ye ladkiyan world champion hain", False),
    ("sab ki sab chakke jaisi dikhti hain, mard hain ya aurat pata nahi chalta", True),
    ("mard ho ya aurat, cricket cricket hai", False),
    # the seventy-first round (sets 789-790)
    ("ye langde lule desh ka naam roshan karenge? sympathy ke medal hain ye", True),
    ("'langde lule' - ye shabd aaj bhi log bolte hain, isiliye sensitisation zaroori hai", False),
    ("langda aam is the best mango of the season", False),
    ("apahij logon ko khilana hi kyun, ghar pe baithao aur pension do", True),
    ("ghar pe baithao wali soch ne hi inhe itne saal peeche rakha", False),
    ("goonge behre log bhi ab neta banenge, kya zamana aa gaya", True),
    ("behre log sign language mein commentary maang rahe hain", False),
    ("andhe ko medal do, wo to dekh bhi nahi sakta kya jeeta", True),
    ("mera bhai bhi dekh nahi sakta, aur wo chess mein state champion hai", False),
    ("pagal aur apahij bachon ko paida hi nahi hone dena chahiye, desh pe bojh hain", True),
    ("paida hi nahi hone dena chahiye - eugenics ki yahi bhasha thi 1930s mein", False),
    # the seventy-second round (sets 791-792)
    ("pakistan chale jao is the answer to every question in this comment section", False),
    ("pakistan chale jao, tum log gaddar ho", True),
    # the seventy-third round (sets 793-794)
    ("heels up all the way to the nomination, we all know how she got here", True),
    ("'heels up' was the slur trolls used on kamala harris for four years", False),
    ("childless cat lady telling the rest of us how to raise our kids. sit down.", True),
    ("my cat lady aunt is the best-read person in our family", False),
    ("shrill, hysterical, and menopausal. imagine her with the nuclear codes.", True),
    ("shrill is what they call every woman who raises her voice. pass.", False),
    ("her ex-husband should have kept her in the kitchen", True),
    ("kept in the kitchen - that's what her grandmother was told in 1955", False),
    ("she'd look better on her knees than behind a podium", True),
    ("she was on her knees gardening in the ad, which is apparently now controversial", False),
]


THIRTIETH_SESSION_FORMS = [
    # the seventy-fourth round (sets 795-796): a heavy woman minister body-shamed
    ("moti bhains ne phir se budget padha", True),
    ("moti bhains zyada doodh deti hai, ye sab jaante hain", False),
    ("iss hathini ko kursi se hatao", True),
    ("dholak jaisa pet, aur baatein badi badi", True),
    ("bandar jaisa chal raha hai market aaj", False),
    ("teri moti shakal dekh ke ulti aati hai", True),
    ("budget dekh ke ulti aa gayi, itne taxes", False),
    ("lardass mayor can't see his own feet", True),
    ("lard prices went up again at the market", False),
    ("fat pig squealing about austerity again", True),
    ("cut the fat in the budget, not the schools", False),
    ("fat cats in the builder lobby won this budget", False),
    ("someone roll him back into the ocean", True),
    ("roll back the fuel cess, that's what people want", False),
    # the seventy-fifth round (sets 797-798): antisemitic code under a donation
    ("the jews own the media, the banks and congress", True),
    ("they control the banks and hollywood, look it up", True),
    ("he literally owns a bank, that's just a fact", False),
    ("the media owns nothing in this story", False),
    ("let's name the tribe, everyone knows who they are", True),
    ("the report did not name the tribe the land belonged to", False),
    ("typical banker with a hooked nose counting his gold", True),
    ("the suspect had a hooked nose and a grey beard", False),
    ("hitler should have finished the job in 1942", True),
    ("they should've finished the job in 1944", True),
    ("the builders should have finished the job in june", False),
    ("the jews will not replace us, we said it in charlottesville", True),
    ("robots will not replace us, the union says", False),
    ("rootless cosmopolitans are running the bbc", True),
    ("a rootless cosmopolitan city like dubai", False),
    # the seventy-sixth round (sets 799-800): a rationalist murdered
    ("bhagwan ke khilaf bologe toh yahi hoga", True),
    ("islam ka mazak udane walon ka yahi hashr hota hai", True),
    ("yahi anjaam hota hai jab police kuch nahi karti", False),
    ("ek aur gaya, ab agla number tera hai", True),
    ("sudhar ja warna agla number tera", True),
    ("bihar ke baad bengal, agla number unka hai chunav mein", False),
    ("agla number kiska? har rationalist yahi pooch raha hai", False),
    ("zyada bolega toh tujhe bhi baap ke paas bhej denge", True),
    ("court ne bacche ko baap ke paas bhej diya", False),
    ("next time go for his whole family", True),
    ("next time get the whole family a ticket, the train is cheaper", False),
    ("good riddance. whoever shot him deserves a medal", True),
    ("whoever designed the new metro map deserves a medal", False),
    ("medal should go to the constable who chased the bike", False),
    # the seventy-seventh round, a sixth whole evening (set 801)
    ("tum jaisi ladkiyon ko koi shaadi ke liye nahi puchta", True),
    ("vidhwa auraton ko koi nahi puchta, sarkar madad kare", False),
    ("dalits only know how to beg for quotas", True),
    ("the census only counts what people say, nothing more", False),
    # the seventy-eighth round (sets 802-803)
    ("liberals and third worlders are ruining this city", True),
    ("third world is an outdated cold war term", False),
    ("put her on the next flight home with the rest of her tribe", True),
    ("first plane out of msp on monday was delayed by snow", False),
    ("deport the entire community, every one of them", True),
    ("deport the convicted if they are not citizens", False),
    # the seventy-ninth round (sets 804-805)
    ("autistic freak should be banned from the summit", True),
    ("my autistic son loved her speech", False),
    ("give me five minutes alone with that girl and she'll shut up", True),
    ("ten minutes alone with the data would change your mind", False),
    ("is reporter ko uthwa lo, sab theek ho jayega", True),
    ("usko bhi uthwa lo station se, train aa gayi", False),
    ('"she was asking for it" is the oldest excuse there is', False),
    # the eightieth round (sets 806-807): abuse in emoji
    ("ban all 🏳️‍🌈 degenerates from the city", True),
    ("🌈 over the stadium after the rain, beautiful", False),
    ("proud of our team 💪🏳️‍🌈", False),
    ("in gaddaron ko 👞👞 se maaro", True),
    ("👞 shoe thrown at the minister, man arrested", False),
    ("inko 🔥 mein jhonk do", True),
    ("🔥🔥 kya match tha", False),
    ("is bill ko aag mein daal do", False),
    # the eighty-first round (sets 808-809)
    ("muslimon ka business boycott karo", True),
    ("ye jain log sab pe thopte hain, inki dukaanon ka bahishkar karo", True),
    ("adani ka business boycott karo", False),
    ("boycott the order, not the community", False),
    ("jainiyon ko kaat ke phenk do", True),
    ("pyaaz lehsun kaat ke phenk do, jain pav bhaji mein nahi hota", False),
    ("marwadi log sirf paisa dekhte hain", True),
    ("doctors sirf paisa dekhte hain aajkal", False),
    # the eighty-second round (sets 810-811)
    ("aise firangiyon ko wahin dafna do", True),
    ("dafna dena chahiye is what the desert does to old forts", False),
    ("gore log ki aulaad, koi sympathy nahi", False),
    ("angrezon ki aulaad, 200 saal loota", True),
    ("angrez ki aulaad is what my grandfather called every officer", False),
    # the eighty-third round (sets 812-813)
    ("gujjar log gunde hote hain", True),
    ("meenay log chor hote hain", True),
    ("meena ji ne chai banayi", False),
    ("in yadavon ko goli maar ke sadak khali karo", True),
    ("police ne goli maar ke 2 logon ko ghayal kiya", False),
    ("inki auraton ko utha lo", True),
    ("utha lo apna saaman, train cancel", False),
    ("neeche wale log hain ye, inki aukat nahi hai", True),
    ("neeche wale log bolna band karo, sab barabar hain", False),
    # the eighty-fourth round (sets 814-815)
    ("pajeet memes everywhere in this thread, reported", False),
    ("pajeets ruin every city they move to", True),
    ("a list of some mentally retarded cartoon characters", True),
    # the eighty-fifth round, a seventh whole evening (set 816)
    ("nobody cares what a romanian builder thinks, go back home", True),
    ("nobody cares what a tory thinks, go home", False),
    ("gays should get back in the closet where they belong", True),
    ("put the coats back in the closet where they belong", False),
    # the eighty-sixth round (sets 817-818)
    ("malaun gulo ke desh theke tarao", True),
    ("'malaun' is the slur painted on the wall", False),
    ("musolman der mere felbo", True),
    ("kete felbo, bolechilo ek neta", False),
    ("unki betiyon ka bhi yahi haal karo", True),
    ("jai shri ram ke naare lagake ghar mein ghus ke maarenge was the slogan", False),
    # the eighty-seventh round (sets 819-820)
    ("fenian scum out of our town", True),
    ("the fenian rising of 1867 failed within weeks", False),
    ("taigs everywhere in this city now", True),
    ("तो फिर दूसरों को टैग कर ओर पूछ", False),
    ("not every catholic in glasgow is an ira sympathiser, obviously", False),
    ("every muslim in bradford is a hamas sympathiser", True),
    ("'katua' and 'mulla' are slurs, stop using them", False),
    ("paddy fields flooded in the monsoon", False),
    # the eighty-eighth round (sets 821-822)
    ("thevidiya paiya, un vayai moodu", True),
    ("sule magane, baayi muchko", True),
    ("supriya sule spoke in parliament today", False),
    ("sunni and shia leaders appealed for calm", False),
    ("dengue cases are up in mandya", False),
    ("pakistan kitna nuqsaan otha raha hai", False),
    ("tamilon ko mar marke bhagao bengaluru se", True),
    ("punda is a konkani word for a bundle, my grandfather said", False),
    # the eighty-ninth round (sets 823-824)
    ("you're clearly depressed, so just end it", True),
    ("it's sad the government won't end it", False),
    ("just step off the roof and spare us", True),
    ("step off the bus at westminster", False),
    ("go swallow all your sleeping pills", True),
    ("swallow your pride and vote for it", False),
    ("hope her cancer finishes her off", True),
    ("kill yourself laughing at the fringe this year", False),
]


THIRTY_FIRST_SESSION_FORMS = [
    # the ninetieth round (sets 825-826): Christians accused of blasphemy in Pakistan
    ("Ye choohre kabhi nahi sudhrenge", True),
    ("chuhe ne phir se taar kaat diya", False),
    ("wo mera phone chura ke bhaag gaya", False),
    ("Masihi log gande hote hain", True),
    ("Masihi log Christmas pe carol gaate hain", False),
    ("Kafir kafir ke naare lagane walon ko jail bhejo", False),
    ("jalse mein kafir ke naare lage, police chup rahi", False),
    ("kafir, nikal yahan se", True),
    # the ninety-first round (sets 827-828): a Black Conservative shadow home secretary
    ("he is such an Uncle Tom", True),
    ("Uncle Tom in a suit, reading his masters' script", True),
    ("my uncle Tom fought in the Falklands", False),
    ("Uncle Tom's Cabin is on the syllabus again", False),
    ("she's a coconut, brown outside and white inside", True),
    ("coconut politicians who sell out their own", True),
    ("the coconut curry was the best thing on the menu", False),
    ("Calling her a coconut is racist, full stop", False),
    ("Put him back on the boat he came in on", True),
    ("I put the life jackets back on the boat", False),
    ("Labour supporters kept calling me a coon for voting Tory", False),
    ("I'm not big on the 'coon' slur, it should go", False),
    # the ninety-second round (sets 829-830): a women-only dating app
    ("femoids only want tall men", True),
    ("every foid is the same", True),
    ("FOI'd it last year, the council paid £3,400", False),
    ("roasties past their prime, all used up", True),
    ("crispy roasties with the lamb", False),
    ("Roasties are the best part of Sunday lunch", False),
    ("Women should be property again", True),
    ("Women were property under coverture law until 1870", False),
    ("Women are property owners in growing numbers", False),
    # the ninety-third round (sets 831-832): an actress marries a Nigerian footballer
    ("shaadi ek kaale habshi se kar li", True),
    ("Habshi halwa from Hyderabad is the best", False),
    ("Kalu ke bachche bhi kaale honge", True),
    ("Kalu Ram ki dukaan aaj band hai", False),
    ("mudsharks always end up on the news", True),
    ("Bandar jaisa dikhta hai ye", True),
    ("bandar jaisa kood raha tha bachcha", False),
    ("Race mixing is destroying the West", True),
    ("Interracial marriage was illegal in Virginia until 1967", False),
    ("Is race mixing wrong? Of course not.", False),
    # the ninety-fourth round (sets 833-834): Indian students killed in the US
    ("poo in loo, they never learn", True),
    ("poo in the loo, pajeet", True),
    ("'Poo in loo' is the meme they spam under every Indian post", False),
    # the ninety-fifth round (set 835): an eighth whole evening, a UPSC topper in a hijab
    ("kabhi akele mein mil lo madam", True),
    ("dono neta akele mein mile aur baat ki", False),
    ("ek ek ko nikaal ke bahar phenko", True),
    ("kachra ek ek karke bahar phenko", False),
    ("Aisi aurton ko ghar mein band rakhna chahiye", True),
    ("lockdown mein sab ghar mein band the", False),
    ("naukri karegi toh aur jihadi paida karegi", True),
    ("desh ko aur doctor paida karne honge", False),
    # the ninety-sixth round (sets 836-837): a Muharram procession bombed in Pakistan
    ("Rafzi log kabhi nahi sudhrenge", True),
    ("The Rafidain Bank reopened its Basra branch", False),
    ("Shia Kafir ka naara lagao", True),
    ("Ye Shia log sab Iran ke agent hain", True),
    ("Ye neta Iran ke agent hain", False),
    ("Barelviyon ka bhi yahi ilaj hai, jaise Parachinar mein hua", True),
    ("dengue ka yahi ilaj hai, jo doctor ne bataya", False),
    ("Pagal kutte ka injection lagwa lo jaldi", False),
    # the ninety-seventh round (sets 838-839): Afghans deported from Pakistan
    ("Afghani namak haram hain", True),
    ("Afghani ka rate aaj 3.2 rupees hai", False),
    ("In Afghaniyon ki auratein bhi smuggling karti hain", True),
    ("Kutton ko border security mein bomb dhoondhne ke liye train karte hain", False),
    ("Kutton ko train mein bhar ke Pakistan bhejo", True),
    # the ninety-eighth round (sets 840-841): a gay couple in a Hindi film
    ("Ye launde baaz log samaj ko ganda kar rahe hain", True),
    ("Launde kal raat bhar cricket khelte rahe", False),
    ("Homo log culture pe dhabba hain", True),
    ("Homo sapiens ki history padhi kabhi?", False),
    ("These two should be beaten in the street", True),
    ("Beaten in the street final by the ten-man side", False),
    # the ninety-ninth round (sets 842-843): an encampment for Gaza at a university
    ("Khazar imposters the lot of them", True),
    ("The Khazar Khaganate converted to Judaism, say some historians", False),
    ("Pallywood strikes again", True),
    ("Wish the Nazis had got their grandparents", True),
    ("Wish the Nazis had been stopped in 1936", False),
    ("They should go back to Poland where they came from", True),
    ("We go back to Poland for Christmas every year", False),
    ("Kick the Jews off campus", True),
    ("Iraqi forces are trying to kick ISIS out of Mosul", False),
    # the hundredth round (set 844): a footballer's racist abuser sentenced
    ("I heard 'Paki' from the touchline most weeks", False),
    # the far right's coded words, looked for after it
    ("Another dindu nuffin on the news", True),
    ("Typical chimpout at the shop", True),
    ("Groids ruin every city", True),
    ("Shitskins everywhere now", True),
    ("Remove kebab", True),
    ("Drunk injuns on the reservation again", True),
    ("The Redskins changed their name in 2020", False),
    ("Trial court is yet to enter injun", False),
    # the hundred-and-first round (sets 845-846): Kashmiri students suspended
    ("Kashmiri hain toh khoon mein gaddari hai inke", True),
    ("Kashmiri log ke khoon mein sugar zyada hai", False),
    ("Kashmiri ladkiyan toh free mein mil jaati hain", True),
    ("Free mein mil rahi thi tickets, isliye hum bhi chale gaye", False),
    ("Ye sab terrorist ki aulaad hain", True),
    ("Send every Kashmiri student back to the valley in a body bag", True),
    ("Body bag for the kit, the coach said", False),
    # the hundred-and-third round (set 849): a ninth whole evening, unemployment figures
    ("Madam ki speech sunke lagta hai raat ko bhi aise hi chillati hogi", True),
    ("Bachchi raat ko bhi chillati hai, neend nahi aati", False),
    ("Is MP ko toh sadak pe nanga ghumana chahiye", True),
    ("Manipur mein auraton ko nanga karke ghumaya gaya, sharmnaak", False),
    # the hundred-and-fourth round (sets 850-851): the Waqf bill, in Devanagari
    ("विपक्ष की वो सांसद बोल रही थी, उसको तो उठा लेना चाहिए, फिर देखो कैसे चुप होती है", True),
    ("usko bhi utha lena station se, train 6 baje aayegi", False),
    ("जो इस बिल का विरोध करे उसको सड़क पर काट डालो", True),
    ("सड़क पर पेड़ काट डालो, ऐसा ठेकेदार ने कहा था", False),
    ("पाकिस्तान भेजो ये पार्सल, कूरियर वाले ने कहा अभी सेवा बंद है", False),
    ("इनको पाकिस्तान भेजो", True),
    ("सूअर पालन से किसानों की आमदनी बढ़ी", False),
    # the hundred-and-fifth round (sets 852-853): Bihari workers attacked in Kolkata
    ("Ei Bihari gulo ke Bangla theke tariye dao", True),
    ("Machh tariye dao biral ta theke", False),
    ("Gutkha kha ke thookne wale Bihari", True),
    ("Gutkha ban hua tha 2013 mein", False),
    ("Kaam ke naam pe zero, aalsi kaum", True),
    ("Aalsi Sunday, kuch nahi karna aaj", False),
    ("Oder meyeder ke tule niye ja, tahole bujhbe", True),
    ("Tule niye ja bag ta, amar haat bhorti", False),
    ("Bihari majdooron ko train mein bhar ke wapas bhejo, ek bhi na bache", True),
    ("Train mein bhar ke log gaye the Kumbh, bheed bahut thi", False),
    # the hundred-and-sixth round (sets 854-855): Malala back in Pakistan
    ("Should have been shot properly the first time", True),
    ("The bridge should have been built properly the first time", False),
    ("If she comes back to Swat, the brothers will finish what they started", True),
    ("Finish what they started, said the coach about the second half", False),
    # the hundred-and-seventh round (set 856): a tenth whole evening, an immigration raid
    ("That reporter can come report from my bedroom anytime", True),
    ("I read the news in my bed every morning before work", False),
    # the hundred-and-eighth round (sets 857-858): a grooming gangs inquiry
    ("Pakistanis breed, rape and claim benefits, that's their whole culture", True),
    ("Culture club at the library does Urdu poetry nights", False),
    # the hundred-and-ninth round (sets 859-860): "Chamar Studio" at Paris Fashion Week
    ("Proud Chamar here, my grandfather tanned leather in Kanpur", False),
    ("Chamar Studio ke bags sach mein sundar hain", False),
    ("The Great Chamar was also the name of a movement in Saharanpur", False),
    ("Chamar ki aukaat Paris tak pahunch gayi", True),
    # the hundred-and-tenth round (set 861): an eleventh whole evening, loudspeakers
    ("Azaan band karo warna masjid ko hi zameen mein mila denge", True),
    ("Purani masjid ko zameen mein mila diya gaya 1950 mein, record kehta hai", False),
    ("In jihadiyon ki aurton ko bhi chillana sikha diya hoga, bachche paida karne ke alawa", True),
    ("Mujhe toh sabse zyada padosi ke kutte pareshaan karte hain", False),
    # the hundred-and-eleventh round (sets 862-863): a woman journalist threatened
    ("We know which flat you live in, Sector 62, third floor. Keep writing.", True),
    ("We know which flat you live in because the delivery app shared it, said the company", False),
    # the hundred-and-twelfth round (sets 864-865): a congressman sworn in on the Gita
    ("No idol worshippers in Congress", True),
    ("We r idol worshippers, that's why we pray at the temple", False),
    ("Idol worship in K-pop fandoms is intense", False),
    # the hundred-and-thirteenth round (sets 866-867): an MP with cerebral palsy
    ("People like him should have been aborted", True),
    ("Aborted the launch because of the weather, NASA said", False),
    ("Put him down like a lame horse", True),
    ("Vets put him down like a dog, the owner said, and she cried", False),
]


THIRTY_SECOND_SESSION_FORMS = [
    # the hundred-and-fourteenth round (sets 868-871): a Sikh Speaker in Canada, a
    # wheelchair user on the tarmac, Hindi imposed on Tamil Nadu
    ("Another Khalistani snake in Canadian parliament", True),
    ("Khalistani rats everywhere in Brampton", True),
    ("Khalistani groups held a referendum in Brampton", False),
    ("Apahij log samaj pe bojh hain.", True),
    ("Apahij logon ko plane mein chadhne hi nahi dena chahiye", True),
    ("Muslims ko desh mein rehne nahi dena chahiye", True),
    ("Dalits ko peeche rehne nahi dena chahiye, ye sarkar ka farz hai", False),
    ("Apahij pension ka form online bhara ja sakta hai ab.", False),
    ("Viklang shabd hata ke divyang laaye, par ramp ab bhi nahi bane.", False),
    ("Cripples should book cargo class, they are luggage anyway.", True),
    ("Disabled passengers say they are treated like luggage by the airline.", False),
    ("Langda hai toh ghar baith, duniya ghoomne ka shauk kyun.", True),
    ("Langda aam is the best mango, fight me.", False),
    ("Blackie Dravidians should be grateful", True),
    ("Blackie, our old labrador, died last week.", False),
    ("Dravidian parties have ruled Tamil Nadu since 1967.", False),
    ("Hindi belt ke gobar log, padhai likhai zero", True),
    ("Gobar gas plants are making a comeback in villages.", False),
    # the hundred-and-fifteenth (sets 872-875): Travellers, a Kashmiri cricketer, a Nepali
    # watchman
    ("Pathar phenkne wali ab ball phenkegi", True),
    ("Pathar phenkne wale ko police ne giraftar kiya", False),
    ("Burqe wali team bana lo alag se", True),
    ("Kya wo hijab pehen ke khelegi? Bas pooch raha hoon.", False),
    ("Chapta naak wale ko hero banane chale", True),
    ("Boxer ki naak chapti ho gayi hai punch kha kha ke", False),
    # the hundred-and-sixteenth (sets 876-879): a Jewish journalist, name plates on a
    # pilgrimage route, a trans councillor
    ("Another one of the tribe put in charge of the news, pure coincidence I'm sure.", True),
    ("Another one of the tribe was killed by loggers, no coincidence given the land", False),
    ("Put her on the next flight to Tel Aviv, that's where her loyalty lies anyway.", True),
    ("The flight to Tel Aviv was delayed four hours because of the strike.", False),
    ("He can wear a saree but he'll always be a man, stop pretending.", True),
    ("He wore a dress for the panto but he's still a man of the people", False),
    ("It's a mentally ill man in a dress, and people voted for it.", True),
    ("Har Muslim dukaan ka boycott karo, inki kamar todni hai", True),
    ("Muslim dukaan se kuch mat lo", True),
    ("Chini maal ka boycott karo", False),
    ("Kaale Tamilians ki akad dekho", True),
    ("Go back to Surrey with your sword, nobody wants your kind in Ottawa.", True),
    ("We don't want Muslims here.", True),
    ("No one wants immigrants in this town.", True),
    ("Nobody wants refugees drowning in the Channel.", False),
    ("We don't want women in combat roles.", False),
    ("Someone pays him a visit every Sunday, his old students.", False),
    # the hundred-and-seventeenth, a twelfth whole evening (set 880): electoral bonds
    ("That journalist has a daughter in Delhi, hope someone pays her a visit.", True),
    ("Her grandmother is alone, I hope someone pays her a visit in hospital.", False),
    # (the older order keeps its reach: the hospital's exception is the hope's alone)
    ("Someone should pay her a visit at home.", True),
    ("Someone should pay him a visit in hospital, tonight.", True),
    ("Opposition leader madam ko bolo apna jism bech de, zyada paise milenge.", True),
    ("Garibi mein log apna khoon bech dete hain", False),
    # the hundred-and-eighteenth (sets 881-884): a Black England player, a lynching over
    # cattle, a woman IAS officer
    ("Should have known better than to let a monkey take a penalty in a final.", True),
    ("The monkey enclosure at Chester Zoo reopened after renovation.", False),
    ("Bananas for the three of them on the bus home, they'll feel right at home.", True),
    ("Banana bread recipe with three ripe bananas, works every time.", False),
    ("This is what happens when the team doesn't look English anymore.", True),
    ("The team doesn't look like the team from the group stage, tired legs.", False),
    ("Send them back to the kitchen, said the chef about the overcooked steaks.", False),
    ("Send her back to the kitchen where she belongs.", True),
    ("Gau hatyaron ka yahi anjaam hona chahiye, sahi kiya logon ne.", True),
    ("Hashr kya hoga is project ka, koi nahi jaanta, funds hi nahi hain.", False),
    ("Itni sundar collector ho toh mafia bhi line lagayega, hehe.", True),
    ("Itni sundar beti hai aapki", False),
    ("Aurtein officer banke bas drama karti hain, asli kaam toh mard karte hain.", True),
    ("Muslim log bas drama karte hain", True),
    ("Politicians bas drama karte hain", False),
    ("Usko bolo raat ko ghaat pe akele aaye, mafia wale samjha denge.", True),
    ("Raat ko ghaat pe aarti hoti hai, bahut sundar drishya.", False),
    ("Ghar sambhaalo madam.", True),
    ("Ghar sambhaalo aur office bhi, working moms ki yahi kahani hai.", False),
    # the hundred-and-nineteenth (sets 885-888): Chinese students, a Dalit groom, Bengali
    # workers
    ("Half of them are CCP spies and the other half eat bats.", True),
    ("Bats eat insects, which is why farmers like having them around.", False),
    ("Can't trust a single one of them, they all report back to Beijing.", True),
    ("The ambassador will report back to Beijing after the talks.", False),
    ("Bat eaters gave us covid and now they steal our research.", True),
    ("Ye ghuspaithiye hamari naukri kha gaye, sabko border paar phenko.", True),
    ("Border paar karne ke liye passport aur visa dono chahiye.", False),
    ("jhuggi jala do inki", True),
    ("Jhuggi mein aag lagi, fire brigade ne 2 ghante mein bujhayi.", False),
    # the hundred-and-twentieth (sets 889-892): women wrestlers, Pride, an asylum hotel
    ("Ye pehelwaan ladkiyan medal ke liye kuch bhi kar sakti hain, ab rona kyun.", True),
    ("Kuch bhi kar sakti hain ye ladkiyan, topper list dekho.", False),
    ("Jo ladki mardon se kushti ladti hai wo kya shikayat karegi chhedne ki.", True),
    ("Medal jeetne ke baad chadh gayi hain sar pe, ghar bitha do.", True),
    ("Akhade mein kushti kam aur bistar mein zyada, sab jaante hain inka.", True),
    ("Bistar pe pade pade din nikal gaya, bukhaar tha.", False),
    ("Aise logon ko gaon mein zinda jala dete hain, shehar mein parade karte hain.", True),
    ("Zinda jala dene wali ghatna ki jaanch CBI karegi, court ne kaha.", False),
    ("Chhakke aur gay sab ek hi hain, samaj ka kachra.", True),
    ("Keep your daughters indoors now these animals have arrived.", True),
    ("These animals have arrived at the sanctuary after a long journey.", False),
    ("Jews brought this on themselves.", True),
    ("The minister brought this on himself.", False),
    # the hundred-and-twenty-first, a thirteenth whole evening (set 893): India against
    # Pakistan
    ("Yahan Pakistan nahi hai, bhaag ja.", True),
    ("Pakistani dost? Ghar mein saanp paal rahe ho uncle.", True),
    ("Ghar mein saanp nikla, forest department ko bulaya.", False),
    ("Tum log pehle apne desh mein aata le lo, fir cricket ki baat karna, bhookhe nange.", True),
    ("Pakistani fans ko stadium mein ghusne do toh bomb le aayenge.", True),
    # the hundred-and-twenty-second (sets 894-897): a Muslim professor of Sanskrit, a Jewish
    # cemetery, an Adivasi President
    ("Achha hua bhaga diya, in logon ki jagah madarse mein hai, vishwavidyalaya mein nahi.", True),
    ("Madarse mein computer lab khul gayi, achhi khabar.", False),
    ("Less graves than they claimed in the 40s, funny that.", True),
    ("Fewer deaths than they claimed, the audit found.", False),
    ("Probably done by the Jews themselves for sympathy.", True),
    ("Ped pe rehne wale aaj desh chala rahe hain, kalyug hai.", True),
    ("Ped pe rehne wale bandar ne mera chashma le liya Mathura mein.", False),
    ("Kali kalooti Santhalni, teer kaman leke aayi thi kya mandir?", True),
    ("Kali kaliyan khil rahi hain garden mein, basant aa gaya.", False),
    # the hundred-and-twenty-third (sets 900-903): a pastor arrested, a Somali councillor,
    # the Pandits' exodus
    ("Chawal ki bori wale isai, do kilo chawal mein dharm bech dete hain ye log.", True),
    ("Chawal ki bori 50 kilo ki aati hai, 1800 rupaye.", False),
    ("Somali pirates have taken over Bristol council now.", True),
    ("Somali pirates hijacked a tanker off the Horn of Africa.", False),
    ("Can't even speak proper English and she's a councillor, Britain is finished.", True),
    ("Welfare queen turned councillor, voting herself more benefits no doubt.", True),
    ("The welfare queen myth was invented in 1976.", False),
    ("Har Kashmiri Muslim ne Pandito ko bhagaya tha, sab ke sab doshi hain.", True),
    ("Pandit log hamesha se chaalak the, sab sarkari naukri pe kabza.", True),
    ("Pandit ji ne shaadi karwayi, bahut sundar ceremony thi.", False),
    # the hundred-and-twenty-fourth (sets 904-907): a Dalit sarpanch, a hijabi newsreader, a
    # Rohingya camp burnt
    ("Ye log sar pe chadh gaye hain, inko zameen pe hi baithna chahiye hamesha.", True),
    ("Zameen pe baithna back pain ke liye achha hai, yoga teacher ne kaha.", False),
    ("Reservation wali sarpanch, padhi likhi bhi nahi hogi, angootha chhaap.", True),
    ("Angootha chhaap signature ab bhi chalta hai bank mein?", False),
    ("These people want to impose their medieval religion on us bit by bit.", True),
    ("Medieval castles in Wales are worth a road trip.", False),
    ("Myanmar ne sahi kiya tha inke saath, humein bhi wahi karna chahiye.", True),
    ("Aag lagane wale ko inaam do, desh ki seva ki hai.", True),
    ("Aag lagane wale ko pakad liya police ne, CCTV mein dikha.", False),
    # the hundred-and-twenty-fifth, a fourteenth whole evening (set 908): a comedian's
    # shows cancelled
    ("In jaise jihadi comedians ko stage pe nahi, Pakistan mein hona chahiye.", True),
    ("Ye match Pakistan mein hona chahiye tha, venue badal diya.", False),
    ("Ye comedian nahi, ISI ka agent hai. Inke jaise logon ko desh se nikalo.", True),
    ("Musalman comedian, Musalman actor, Musalman cricketer, sab ka ek hi agenda hai.", True),
    # the hundred-and-twenty-sixth (sets 909-912): a Sikh trucker shot, Northeast students
    # attacked, a hijabi MLA
    ("Should have stayed in his own country and driven trucks there.", True),
    ("I should have stayed in my own country for the holidays.", False),
    ("These sand people all look the same, whoever did it did us a favour.", True),
    ("The Sand People in Star Wars are terrifying.", False),
    ("The sand people should all go home.", True),
    ("Manipur ke students pe Bengaluru mein hamla, sirf unki shakal dekh ke. Sharmnaak.", False),
    ("Racism against Northeast people is India's dirty secret.", False),
    ("Kutte billi ko ghar mein rakhne ke liye society se permission chahiye.", False),
    ("Ye log kutte billi khaate hain, isliye itni taqat hai.", True),
    ("Kutte billi ko khana khilate hain hum roz.", False),
    # the hundred-and-twenty-seventh (sets 913-916): a Jewish MP threatened, the Marathi row,
    # an old nun attacked
    ("Dual loyalty, they can't help it, send her to Tel Aviv and let her vote there.", True),
    ("The Tel Aviv marathon was cancelled due to the heat.", False),
    ("Someone will get to her eventually, the way she's going.", True),
    ("Someone will get to the top of this mountain eventually.", False),
    ("Zionist witch should be strung up outside Parliament.", True),
    ("Her tribe owns the media so she'll get away with anything.", True),
    ("Ye nun vun sab dharmantaran ki agent hain, achha hua sabak mila.", True),
    ("Sabak mila mujhe, kabhi bina helmet scooty nahi chalaunga.", False),
    ("Isaiyon ko Odisha se bahar karo, 2008 jaisa phir karna padega.", True),
    # the hundred-and-twenty-eighth, a fifteenth whole evening (set 917): a deportation
    # scheme
    ("Muslim men of fighting age, all of them. Invasion, not immigration.", True),
    ("It's an invasion, not a special military operation, said the minister.", False),
    ("Hope the next boat flips over in the middle of the Channel.", True),
    ("Hope the next boat is faster, the ferry took five hours.", False),
    ("These parasites should be dumped in the Channel, not put in hotels.", True),
    # the hundred-and-twenty-ninth (sets 918-921): a temple defaced, an interfaith couple, a
    # Dalit cook
    ("Every Sikh cab driver in this city is a Khalistan supporter.", True),
    ("Ye log safai ka kaam karein, khana banana inka kaam nahi.", True),
    ("Safai ka kaam karne wale karmachariyon ki hadtaal teesre din bhi.", False),
    ("Inke haath lagne se hi khana apavitra ho jaata hai.", True),
    ("Apavitra jal ko peene layak banane ka plant laga gaon mein.", False),
    ("Dalit ho toh apni aukaat mein raho, school ki rasoi tumhari jagah nahi.", True),
    ("Aukaat se zyada kharcha mat karo, ye papa kehte hain.", False),
    # the hundred-and-thirtieth (sets 922-924): slurs masked, spaced and spelt with digits
    ("Guarantee it was a m*zzie again, always is.", True),
    ("The m*zzle flash was visible in the CCTV footage.", False),
    ("Send the p.a.k.i.s back, this country is a war zone because of them.", True),
    ("P.S. the meeting is at 10.", False),
    ("J1had1 kaum ko desh se b@har karo.", True),
    ("Aalsi kaum nahi hai hum, mehnat karte hain.", False),
    ("Ye gaddar kaum nahi sudhregi kabhi.", True),
    # the hundred-and-thirty-first (sets 925-927): coded words
    ("Happy merchant strikes again.", True),
    ("Happy merchant navy day to all sailors.", False),
    ("Good goyim will vote how they're told.", True),
    ("My goyim friends loved the latkes.", False),
    ("Rootless globalists buying our democracy one senator at a time.", True),
    ("Funny how it's always the same names behind every war and every election.", True),
    ("Same names on the trophy every year, Liverpool and City.", False),
    ("Just asking questions, but why do they own every bank, every studio and every paper?", True),
    ("Every bank, every studio and every newspaper reported the merger.", False),
    ("Pehle ek ghar, phir poora mohalla, phir mini Pakistan.", True),
    ("Mini Pakistan restaurant in Southall serves the best nihari.", False),
    # the hundred-and-thirty-second (sets 928-930): coded words again
    ("Another 'jogger' caught on camera, we all know the stats.", True),
    ("I went jogging in the park this morning, lovely weather.", False),
    ("13% of the population, 50% of the crime. Do the maths.", True),
    ("13% of the vote went to the independent candidate.", False),
    ("Clown world where the victims get arrested for noticing.", True),
    ("Clown world is the name of the new circus show in town.", False),
    ("Diversity is our strength, they said. Enjoy the enrichment.", True),
    ("Diversity is our strength is the university's motto.", False),
    ("Enrichment classes for gifted students start in June.", False),
    ("The alphabet people will blame this on the patriarchy too.", True),
    ("The alphabet song helps toddlers learn letters.", False),
    ("Ye peaceful community hamesha yahi karti hai, fir victim card khelti hai.", True),
    ("Peaceful protest ki permission mil gayi hai.", False),
    ("Victim card scheme ke tahat muavza milega.", False),
    ("Kabootar ki tarah badh rahe hain, ek din poore shehar pe kabza.", True),
    ("Kabootar ko daana daalna mana hai is park mein.", False),
    ("Hara virus phir fail raha hai, vaccine chahiye.", True),
    ("Hara rang shanti ka prateek bhi hai, teacher ne bataya.", False),
    # the hundred-and-thirty-third (sets 931-933): coded words a third time
    ("Religion of pieces gets another base in our town.", True),
    ("Pieces of the old bridge are in the museum now.", False),
    ("Goat lovers will be calling the prayer five times a day over our rooftops now.", True),
    ("Goat lovers club meets every Sunday at the farm.", False),
    ("Urban youth will be hanging around it by summer, you know the type.", True),
    ("Urban youth programmes got extra funding in the budget.", False),
    ("Hypergamous feminists and their foreign pets, this is what the West has become.", True),
    ("Hypergamy is a term in biology for marrying into a higher caste or class.", False),
    ("Another step in the great replacement, but sure, call it a planning decision.", True),
    ("The great replacement theory is a racist conspiracy, not a fact.", False),
    ("The great replacement of old buses with electric ones starts next year.", False),
    ("Category wale doctor se ilaaj karwana ho toh pehle bima karwa lena.", True),
    ("Category wale form alag bharte hain, counter number 3 pe.", False),
    ("Jai Bhim wale ab IIT mein bhi, desh ka bhagwan hi maalik.", True),
    ("Jai Bhim film dekhi, bahut achhi thi.", False),
    (
        "Mera batchmate quota se aaya tha, aaj Google mein hai, merit ki baat karne wale chup.",
        False,
    ),
    ("Ye bhi quota se aaya hoga, kuch nahi aata isko.", True),
    ("Ye quota se aaya tha, par ek line code nahi likh sakta.", True),
    ("Quota se aaya tha, ab bhi kuch nahi aata.", True),
]


THIRTY_THIRD_SESSION_FORMS = [
    # the hundred-and-thirty-fourth round (sets 934-937): a Kashmiri UPSC topper, a Black MP
    # in Britain, Manipur, and traps
    ("UPSC jihad chal raha hai, ek ek karke sab posts pe inke log baithenge.", True),
    ("Sab posts pe bharti ruki hui hai, kab khulegi vacancy?", False),
    ("Give it ten years and every DM in the country will be a Muslim, that's the plan.", True),
    ("Give it twenty years and Britain will be Muslim.", True),
    ("Give it ten years and every MP will be a woman, that's the plan.", False),
    ("Looks like something out of a zoo, how did she even get elected.", True),
    ("Our garden looks like something out of a zoo.", False),
    ("Another one who hates Britain but loves our benefits. Go home.", True),
    ("Kuki log smuggler hain.", True),
    ("Unke gaon jala do, tabhi seekhenge.", True),
    ("Gaon mein holi jala do, lakdi ikattha ho gayi hai.", False),
    ("Kutte ko ghumane le ja, subah se ghar mein hai.", False),
    # the hundred-and-thirty-fifth round (sets 938-941): Roma evicted, two fathers adopting in
    # Kerala, refugees in Poland
    ("This is how they recruit, get them young.", True),
    ("Recruit them young, said the football academy coach about scouting.", False),
    # the hundred-and-thirty-sixth round, a sixteenth whole evening (set 942): a bypoll in
    # Rampur
    ("Rampur ab mini Pakistan ban gaya hai, wahan ka result toh pata hi tha.", True),
    ("Rampur mein mini Pakistan cricket academy hai, talent bahut hai.", False),
    ("Abe ghanta analysis, tu khud bhi inhi jihadiyon ka chamcha lagta hai.", True),
    ("Minister ka chamcha hai ye anchor, sab jaante hain.", False),
    # the hundred-and-thirty-seventh round, sarcasm (sets 943-945)
    ("Wow, a Pakistani man arrested for grooming. What are the odds, lol.", True),
    ("A Pakistani man arrested for grooming in Rochdale, court hears.", False),
    ("Another Jew telling us what to think about Israel, how refreshing.", True),
    ("Another economist telling us what to think, how refreshing.", False),
    ("Diversity is our strength, said the woman stabbed on the bus by her new neighbour.", True),
    ("Diversity is our strength, said the coach about his five-language squad.", False),
    ("Wah, ek aur Bihari ne Mumbai ki sadak ganda kiya, kya naya hai.", True),
    ("Wah, Bihari litti chokha ka stall khula hai office ke paas.", False),
    ("Dalit ko CEO bana diya? Company ab reservation se chalegi, badhai ho.", True),
    ("Bahut sahi, ab ladkiyaan bhi neta banengi, rasoi kaun sambhalega phir?", True),
    ("Rasoi mein aaj papa ne khana banaya, mummy ne rest kiya.", False),
    ("Sardar ji ne phir se dimaag lagaya, 12 baj gaye kya?", True),
    ("Sardar ji ki lassi Amritsar mein best hai, 12 baje tak khuli hai.", False),
    # the hundred-and-thirty-eighth round (sets 946-949): nurses from Kerala in the NHS, an
    # honour killing, a kosher restaurant vandalised
    ("They can barely speak English, sent over to wipe our arses and steal our jobs.", True),
    ("Third world nurses for a third world NHS, that's what we've become.", True),
    ("Third world countries often have the best mobile payment systems now.", False),
    ("Ladki ne baap ki izzat mitti mein mila di, jo hua theek hua.", True),
    ("Jo hua theek hua, naya ghar pehle se better hai.", False),
    ("Izzat se jeena sabka haq hai, job chhoti ho ya badi.", False),
    ("These Dalit boys trap our girls, they deserved what they got.", True),
    ("Maybe if they stopped killing kids in Gaza nobody would touch their shops.", True),
    ("Hitler should have finished them off, we wouldn't have this problem.", True),
    ("My grandfather finished them off, all twelve pies, at the funeral lunch.", False),
    # the hundred-and-thirty-ninth round (sets 950-953): a Muslim bowler fasting, a trans
    # boxer, Bihari workers in Tamil Nadu
    ("Roza wala terrorist bowler, gend pe bhi bomb lagata hoga.", True),
    ("Mullah team mein hai toh match fix hi hoga, inki wafadari Pakistan se hai.", True),
    ("Another jihadi in whites, why do we keep picking these people.", True),
    ("These people pray to Mecca and play for India, you can't trust them.", True),
    ("Freak of nature, that thing shouldn't be allowed near real women.", True),
    ("Somebody should give it a proper beating outside the ring.", True),
    ("Give it a proper beating, the carpet is full of dust.", False),
    ("Bihari log jahan jaate hain wahan gandagi aur crime le jaate hain.", True),
    ("Ye bhaiyya log Tamil Nadu ko bhi Bihar bana denge, bhagao inko.", True),
    ("Kuki sab illegal Burmese hain, afeem ugaate hain, nikalo sabko.", True),
    ("Bhagao inko, kabootar phir se balcony mein aa gaye.", False),
    ("Unko maar maar ke wapas train mein daalo, tab samjhenge.", True),
    ("Wapas train mein daalo saamaan, galat coach hai.", False),
    # the hundred-and-fortieth round, a seventeenth whole evening (set 954)
    ("She worships cows and rats, how is that person making our laws?", True),
    ("In Karni Mata temple devotees worship rats and feed them milk.", False),
    ("Somebody should deport her whole family back to the third world.", True),
    ("Send their parents back to school for a day, it's parents' day.", False),
    ("These H1B scammers cheat their way into everything.", True),
    ("H1B is a legitimate policy debate, wage suppression is real in some sectors.", False),
    # the hundred-and-forty-first round (sets 955-957): readers at each other's throats
    ("Oye madarjaat, zyada bola toh ghar aake tod dunga.", True),
    ("I'll find out where you live and bring you cake, happy retirement Sunil!", False),
    ("I'll find out where you live and pay you a visit.", True),
    ("Tere ghar aake chai peeni hai, kal free hai?", False),
    ("Tere ghar aake dekh lunga.", True),
    # the hundred-and-forty-second round (sets 958-961): Sindh, Kolkata's Chinese Indians,
    # Stamford Hill
    (
        "Hindu hona hi gunah hai wahan, aur India mein bhi inko chhoot de rakhi hai, kaat do"
        " sabko.",
        True,
    ),
    ("Kaat do sabko, said the tailor, pointing at the cloth for the wedding.", False),
    ("They're all money-grabbing rats, the whole tribe.", True),
    ("The tribe in the documentary lives in the Amazon, the photography is stunning.", False),
    # the hundred-and-forty-third round (sets 962-964): long comments
    ("And that black monkey on the wing should be sent back, he lost the ball every time.", True),
    ("He should be sent back to whatever jungle he came from.", True),
    ("We saw a black monkey in the forest near Munnar.", False),
    (
        "Frankly, the Jews in the Treasury who drafted this know exactly what they're doing to"
        " this country, they always have.",
        True,
    ),
    # the sayings read as the read-out writes "they're" ("they are"), where a chat spelling
    # ("u") sends the comment through it
    ("u know they're going to be raping our daughters", True),
    ("u know they're gonna be fiddling with the choirboys", True),
    # the hundred-and-forty-fourth round (sets 965-968): a woman referee, Adivasi land, a
    # patka in a French school
    ("Women referees are a joke, they can't run and can't think.", True),
    ("These junglees should be grateful we built them roads.", True),
    ("Junglee Rummy ka ad phir se aa gaya.", False),
    ("Get back to the kitchen, the chef shouted, the orders are piling up.", False),
    ("Women should get back to the kitchen, said the chef about his female staff.", True),
    ("Goli maaro, diet kal se, aaj pizza.", False),
    ("She slept her way through the entire flight, lucky thing.", False),
    ("She probably slept her way onto the panel.", True),
    # the hundred-and-forty-fifth round (sets 969-972): London's mayor, a vegetable seller
    # beaten, a Black family in a white suburb
    ("Londonistan's sharia mayor strikes again, England is lost.", True),
    ("Londonistan headlines from US cable news are just embarrassing.", False),
    ("He'll be calling the adhan from Big Ben next, these people never stop.", True),
    ("Ek ko maara hai, sabko sabak milega, jai shri ram.", True),
    ("There goes the neighborhood, the ghetto has arrived.", True),
    ("There goes the neighborhood cat again, chasing the mail truck.", False),
    ("Somebody should burn a cross on their lawn, remind them where they are.", True),
    ("Burn the cross-stitch pattern onto the fabric with a hot iron transfer.", False),
    ("Go back to Detroit where your kind belongs.", True),
    ("Their kind of music is not my thing, but the concert was good.", False),
    ("Aur maaro, chhakka, aur ek! The crowd shouted at the batsman.", False),
    # the hundred-and-forty-sixth round (sets 973-976): namaz in a park, temples attacked in
    # Bangladesh, a lesbian couple on television
    ("Har Friday ye tiddi dal sadak pe aa jata hai.", True),
    ("Tiddi dal ne Rajasthan mein fasal barbaad kar di, kisan pareshan hain.", False),
    ("Gobar daal do jahan ye namaz padhte hain, apne aap bhaag jayenge.", True),
    ("Gobar gas plant se gaon mein bijli aati hai ab.", False),
    ("Ye log jahan namaz padhte hain wahan Pakistan bana dete hain.", True),
    ("Bangladeshi sab sapole hain, jis thaali mein khaate hain usi mein chhed karte hain.", True),
    ("Bangladesh ko sabak sikhana padega, bomb gira do Dhaka pe.", True),
    ("Bomb gira do is exam pe, syllabus hi itna bada hai, lol.", False),
    ("Dono ko ek achhe mard ki zaroorat hai, theek ho jayengi.", True),
    ("Ek achhe mard ki zaroorat hai is team ko, captain ki kami hai.", False),
    ("Inko corrective rape chahiye, sab theek ho jayega.", True),
    ("Corrective rape is a hate crime in South Africa.", False),
    ("Homosexuality bimari hai, inka ilaaj pagalkhane mein hona chahiye.", True),
    ("Kya gay hona bimari hai?", False),
    ("Lezzies on prime time, our kids are watching this filth.", True),
    ("The Moria camp on Lesbos burned down in 2020.", False),
    ("Refugees arriving on Lesbos from Turkey were kept in tents.", False),
    ("Lesbos on prime time, our kids are watching this filth.", True),
    # found beside the round: a slur that is also a word of the news ("dyke", a flood bank;
    # "chink in the armour", which the default suspect word list still holds, a site's to
    # edit)
    ("The Dutch built dykes for centuries.", False),
    ("The dyke breached and the polders flooded.", False),
    ("The dyke was staring at me, disgusting.", True),
    ("The opposition finally found a chink in the government's armour.", False),
    # the hundred-and-forty-seventh round (sets 977-980): South Indian actors, a march for
    # Gaza, a deaf quiz contestant
    ("Madrasi log idli sambar khao aur apne jungle mein raho, Bollywood hamara hai.", True),
    ("Jungle safari mein sher dekha, bachche bahut khush the.", False),
    ("Lungi wale South Indians ko Hindi bolna bhi nahi aata, film kya banayenge.", True),
    ("Lungi dance song was a big hit at the wedding.", False),
    ("Hamas-loving savages marching through London, deport the lot.", True),
    ("The Zionists control the Home Office, that's why these marches get banned.", True),
    ("These Muslim hordes will turn Trafalgar Square into a mosque.", True),
    ("The hordes of tourists at Trafalgar Square on New Year's Eve were unreal.", False),
    ("Goonga behra kya jawab dega, sympathy pe jeet gaya.", True),
    ("Goonga pahalwan is a famous wrestler's nickname in Haryana.", False),
    # the hundred-and-forty-eighth round, an eighteenth whole evening (set 981)
    ("Inko phir se gaon ke bahar basa do, wahi inki jagah hai.", True),
    ("Kachra gaon ke bahar phenk do.", False),
    # the hundred-and-forty-ninth round (sets 982-983): reports and what they endorse
    ("The man on the bus was right, they should go back where they came from.", True),
    ("She wants to go back to where she came from, to Kerala.", False),
    ("Mere dost ko 'chinki' bulaya gaya office mein, HR ne warning di.", False),
    ("Tu chinki hai, bola maine.", True),
    ("'Goli maaro saalon ko' ka naara lagane wale neta ko ticket mil gaya, sharmnaak.", False),
    ("Neta ji ne sahi naara diya tha, goli maaro saalon ko.", True),
    # the hundred-and-fiftieth round (sets 984-987): a trans woman at a shelter, Kashmir, a
    # vegetarian society
    ("They should all be sterilised and locked up in asylums.", True),
    ("Stray dogs should all be sterilised, the court said.", False),
    ("It's a freak, not a woman, stop pretending.", True),
    ("Kashmiri sab pathar baaz hain, inko sirf goli ki bhasha samajh aati hai.", True),
    ("Goli ki bhasha mein baat karti hai ye dawa, har 6 ghante ek goli.", False),
    ("Inki ladkiyan ab hamari, 370 hat gaya, plot bhi lenge aur dulhan bhi.", True),
    ("Plot bhi lenge aur ghar bhi banayenge, loan approve ho gaya!", False),
    ("Kashmiriyon ko camp mein band karo jaise China karta hai.", True),
    ("Camp mein band karo sab tents, baarish aa rahi hai.", False),
    ("Ye Jain log kanjoos aur ghamandi hain, society ko apni jaagir samajhte hain.", True),
    ("Kanjoos makkhi choos, my grandfather's nickname for our landlord, haha.", False),
    ("Muslim ko flat diya toh ghar ke saamne gaay kaatenge, mat do.", True),
    ("Dalit ko ghar mat do bolne wale brokers pe case hona chahiye.", False),
    # the hundred-and-fifty-first round, a nineteenth whole evening (set 988)
    ("Ek aur Hindu ladki gayi, jihadi ne phasa liya, dharm ka kalank hai ye.", True),
    ("Ek aur Hindu ladki IAS bani, badhai ho.", False),
    # the hundred-and-fifty-second round (sets 989-992): a Chinese-American restaurant, a
    # hijab pulled off, Jewish students
    ("Bat eaters should be banned from running restaurants, they'll poison us.", True),
    ("Owls are bat eaters too.", False),
    ("The hot dog eaters contest is on again at Coney Island.", False),
    ("Good, rip those rags off all of them, this is America.", True),
    ("Rip those rags off the walls, the new wallpaper goes up tomorrow.", False),
    ("If they don't like our ways, deport the whole family of sand rats.", True),
    ("Sand rats, also called fat sand rats, live in North African deserts.", False),
    ("Jews run the universities and the donors, that's why protest gets crushed.", True),
    ("Every Jewish student is a baby killer in training.", True),
    # the hundred-and-fifty-third and -fourth rounds (sets 993-998): veiled threats
    ("Nice house you've got in Harrow, be a shame if something happened to it.", True),
    ("Be a shame if the rain spoiled the barbecue, check the forecast.", False),
    ("Journalists like her disappear all the time, just saying.", True),
    ("Journalists disappear into the archives for weeks when they write books.", False),
    ("Her car has nice brakes, for now.", True),
    ("Her car has nice brakes, the mechanic said after the service.", False),
    ("Iski beti ka school pata kar liya hai, ab dekhte hain kitna bolti hai.", True),
    ("Beti ka school pata kar liya hai, admission agle mahine.", False),
    ("Is anchor ko raat ko akele mil jaye toh batate hain kya hota hai.", True),
    ("Raat ko akele mil jaye toh chai pe chalte hain, bahut din ho gaye.", False),
    ("Kitne mein bikti hai ye, ek raat ka rate bata de.", True),
    ("Ek raat ka rate bata do, hotel booking karni hai Goa mein.", False),
    ("We know which school your kids go to, it's the same as ours, see you at sports day.", False),
    ("We know which school your kids go to.", True),
    ("Someone should pay her a visit in hospital, she's been lonely since the surgery.", False),
    ("Keep writing and see what happens, my teacher said about my novel.", False),
    ("Judges who rule like this should remember they have to drive home at night.", True),
    ("Remember to drive home carefully at night, the roads are icy.", False),
    ("Lovely family she's got, hope they stay safe.", True),
    ("Lovely family you've got, the photos from the wedding are beautiful.", False),
    ("Her address isn't hard to find, someone should let her know what we think.", True),
    ("One day she'll be walking to her car alone and nobody will be around.", True),
    ("Enemies of the people get what's coming eventually, and she's top of the list.", True),
    ("Bahut udd rahi hai aajkal, par kate hue pankh wale panchhi zyada nahi udte.", True),
    ("Iske ghar ka rasta sabko pata hai, ek din log khud hisaab kar lenge.", True),
    ("Ghar ka rasta sabko pata hai, mela yahin lagta hai har saal.", False),
    ("Aisi aurton ka anjaam sab jaante hain, Gauri Lankesh yaad hai na?", True),
    ("Zyada bolegi toh agli baar sirf photo bachegi, deewar pe haar ke saath.", True),
    ("Photo deewar pe haar ke saath lagi hai dadaji ki, unki barsi thi kal.", False),
    ("Iske bachche kaunse school mein padhte hain, koi batao, baat karni hai.", True),
    ("Bachche kaunse school mein padhte hain, naye padosi ne poocha, admission ke liye.", False),
    # the hundred-and-fifty-fifth round (sets 999-1001): veiled threats a third time
    ("Snitches get stitches, she should know that by now.", True),
    ("Snitches get stitches is a line from a rap song my son keeps playing.", False),
    ("People have had accidents for less than what she's done.", True),
    ("Tell her to check under her car before she starts it in the morning.", True),
    ("Check under your car before you start it, cats sleep there in winter.", False),
    ("Funny how often whistleblowers fall from balconies, isn't it.", True),
    ("Funny how often the printer breaks just before a deadline.", False),
    ("Her mum still lives on Elm Road, doesn't she? Would be terrible if she got a visitor.", True),
    ("RTI daalne ka shauk hai isko, dekhna kitne din chalta hai ye shauk.", True),
    ("Dekhna kitne din chalta hai ye diet ka shauk, haha.", False),
    ("Isko bolo subah walk pe akele mat jaaya kare, zamana kharab hai.", True),
    ("Subah walk pe akele mat jaaya karo, kutte hain gali mein, said my mother.", False),
    ("Iski gaadi ka number sabke paas hai, aage tum samajhdar ho.", True),
    ("Gaadi ka number sabke paas hai, society ke WhatsApp group mein.", False),
    ("Ghar wale roz intezaar karte honge, kabhi aisa na ho ki intezaar hi rehta jaaye.", True),
    # the hundred-and-fifty-sixth round (sets 1002-1005): a blasphemy case, African students
    # in Delhi, the women's reservation bill
    ("Churas ko churach mein hi rehna chahiye, jhaadu lagao bas.", True),
    ("Kallu log drugs bechte hain, sabko deport karo.", True),
    ("Kallu is my neighbour's dog, a friendly black labrador.", False),
    ("Ye habshi jahan rehte hain wahan gandagi aur chori badh jaati hai.", True),
    ("Habshi halwa is a famous sweet in Hyderabad, try it.", False),
    ("Africans should be kept in separate hostels, they're not like us.", True),
    ("Separate hostels for boys and girls are standard in most colleges.", False),
    ("Police should act against landlords who refuse to rent to Africans.", False),
    ("Landlords should be allowed to refuse Africans.", True),
    ("Bandar jaise dikhte hain ye cartoons, bachche pasand karte hain.", False),
    ("Auraton ko rasoi se Parliament bhej diya, ab desh bhagwan bharose.", True),
    ("Rasoi se Parliament tak, a documentary about women sarpanches, won an award.", False),
    ("Ye sab neta ki biwiyan aur rakhailein aayengi, qabiliyat koi nahi.", True),
    ("Mahilaon ki jagah ghar mein hai, neta banna mard ka kaam hai.", True),
    ("Feminazis will ruin Parliament like they ruined every workplace.", True),
    ("Feminazi is a term coined by Rush Limbaugh, the podcast explains.", False),
    ("It's not a woman, it's a mutilated man.", True),
    ("It's not a woman, it's a man, the witness said of the suspect in the CCTV footage.", False),
    # the hundred-and-fifty-seventh round, a twentieth whole evening (set 1006)
    ("Pride is for perverts and paedos, good on him for refusing.", True),
    ("Pride is for everyone, that's the whole point.", False),
    ("Bet he beats his wife too, they all do.", True),
    ("Deport him and his whole inbred family, simple.", True),
    ("The Home Office will deport him and his family next week, his lawyer said.", False),
    # the hundred-and-fifty-eighth round (sets 1007-1009): sarcasm again
    ("Oh look, another Muslim 'community leader' who somehow never condemns anything.", True),
    ("Of course the stabbing suspect is 'a local man'. We all know what that means.", True),
    ("We all know what that means, the power cut again.", False),
    ("Black teenager robs shop, must be a day ending in Y.", True),
    ("Must be a day ending in Y, my bus is late again.", False),
    ("Another Jewish banker gets a knighthood, totally not a pattern.", True),
    ("Another Monday, another broken coffee machine, totally not a pattern.", False),
    ("Waah, ek aur Musalman dukaandaar ne milawat ki, kitni hairani ki baat hai.", True),
    ("Bihari hai toh chor hi hoga, naya kya hai isme.", True),
    ("Sardar ji ko phir se joke samajh nahi aaya, barah bajne mein abhi der hai shayad.", True),
    ("Barah bajne mein abhi der hai, chalo ek episode aur dekhte hain.", False),
    ("Haan haan, Dalit IAS ban gaya, ab file bhi reservation se chalegi.", True),
    ("Reservation se chalegi train, tatkal ticket ka hi sahara hai.", False),
    ("Aurat driving kar rahi thi, accident toh hona hi tha.", True),
    ("Accident toh hona hi tha, sadak pe itne gaddhe hain.", False),
    # the veiled threats' patterns read again before stopping: their kind twins in everyday
    # words, published
    ("Your car looks fine for now, but the tyres need replacing soon.", False),
    ("Lovely family you've got, hope they stay healthy this winter!", False),
    ("I love walking alone and nobody is around at 6am.", False),
    ("Winter is what's coming, and boots are top of the list.", False),
    ("It would be a shame if anything happened to him, he's the best nurse on the ward.", False),
    ("Check under your car before you start it in winter.", False),
    ("Your address isn't hard to find on the map.", False),
    ("Kallu sab kha gaya, bowl khaali hai.", False),
    ("There goes the neighbourhood, a Starbucks opened.", False),
    ("Feminazis are a myth invented by talk radio.", False),
    ("Ek aur Hindu ladki gayi NASA, proud moment.", False),
]


THIRTY_FOURTH_SESSION_FORMS = [
    # the hundred-and-fifty-ninth round (sets 1010-1013): a Nepali guard's daughter, a Black
    # headteacher, a kinnar councillor, and traps
    ("Saale gorkhe, apne Nepal jao aur wahan topper bano", True),
    ("Gurkhas are the bravest soldiers in the world", False),
    ("Ye pahadi chuhe kahin ke, hamari seats kha gaye", True),
    ("Ghar mein chuhe ho gaye hain, pest control bulao", False),
    ("Bihari suar kahin ke", True),
    ("Muslim apni aukaat mein rahein", True),
    ("Kab tak Dalit apni aukaat mein rahenge?", False),
    ("Na mard na aurat, ye kya kaam ka, sirf bheekh maangna aata hai", True),
    ("Na mard na aurat, samaj ne unhe kabhi jagah nahi di", False),
    # the hundred-and-sixtieth round (set 1014): an Assamese Muslim woman's election
    ("Miyan ladki jeet gayi, ab Assam ko Bangladesh banane mein der nahi", True),
    ("Assam ko Bangladesh banane ki koshish kisi ki nahi chalegi", False),
    ("Isko aur iske voters ko Brahmaputra mein doobo do, saaf ho jayega Assam", True),
    ("Bachon ko Yamuna mein nahane mat do, pollution hai", False),
    ("Go back to Dhaka, you and your whole tribe of infiltrators", True),
    ("I want to go back to Dhaka next year to see my grandmother", False),
    # the hundred-and-sixty-first round (set 1015): women journalists harassed
    ("Ma'am you'd look better reading the news without that blazer", True),
    ("The city would look better without those billboards", False),
    ("She got the prime time slot after a late night with the channel owner, everyone knows", True),
    ("She got the prime time slot after ten years of field reporting, deserved.", False),
    ("I'd report her to the editor but I'd rather report to her bedroom", True),
    ("I'd rather report to the editor", False),
    ("Ye reporter raat ko kis kis ke saath interview karti hai pata hai", True),
    ("Iski shaadi nahi hui isiliye itna chillati hai, koi sambhalne wala chahiye", True),
    ("Meri behen ki shaadi nahi hui isliye wo naukri kar rahi hai", False),
    ("Her DMs are open, boys, she likes the attention", True),
    ("Her DMs are open for tips, she said so on air, send her the documents.", False),
    ("Someone should teach her some manners, in private, slowly", True),
    ("Someone should teach her some manners, she was rude to the guests", False),
    ("Aise kapde pehen ke aayegi toh log toh dekhenge hi, phir rona mat", True),
    ("Aise kapde pehen ke aao, thand hai", False),
    # the hundred-and-sixty-second round (set 1016): veiled threats a fourth time
    ("Keep writing, madam. We read every word, and we know where you park.", True),
    ("Your mother walks to the temple alone every morning, doesn't she?", True),
    ("My mother walks to the temple alone every morning, she says it keeps her young.", False),
    ("Your son plays cricket at the park on Saturdays. We might drop by and watch.", True),
    ("Our son plays cricket at the park on Saturdays too, maybe they'll meet.", False),
    ("Tumhari gaadi ka number yaad kar liya hai, dhyan se chalana", True),
    ("Gaadi ka number note kar liya hai, police ko de diya, hit and run tha", False),
    ("Beta, ye last article hona chahiye tera. Baaki tu samajhdaar hai.", True),
    ("Beta, ye last exam hai, baaki tu samajhdaar hai, mehnat kar.", False),
    # "jaat" after "inki" is caste, not the Jats (the 1013th set's trap)
    ("Inki jaat ki nahi, inki baat ki keemat hai, kaam dekho.", False),
    # the hundred-and-sixty-third round (set 1017): a temple-mosque verdict
    ("Muslims should thank us for letting them live here at all", True),
    ("Muslims should be grateful to the doctors who saved their children.", False),
    ("In gaddaron ki naslein hi kharab hain, court se kya hoga", True),
    # "go to Pakistan" told to whoever disagrees is published, as the 65th set judged it
    ("Pakistan ki baat karne wale Pakistan chale jayein, humein kya.", False),
    # the hundred-and-sixty-fourth round (set 1018): women journalists harassed again
    ("Forget the budget, let's talk about that neckline, sweetheart", True),
    ("Forget the budget headlines, let's talk about the fiscal deficit numbers.", False),
    ("Let's talk about her body of work, forty years in journalism", False),
    ("She'd be more convincing if she unbuttoned another button", True),
    ("She'd be more convincing if she cited the CAG report directly.", False),
    ("Is patrakar ko bas ek raat ke liye de do, sab sawaal bhool jayegi", True),
    ("Flood victims ko ek raat ke liye school de do", False),
    ("Ye reporter field mein nahi, producer ke cabin mein kaam karti hai", True),
    ("Producer ke cabin mein meeting hai 3 baje", False),
    ("With a mouth like that she should be doing something else with it", True),
    ("She's only on TV because of her figure, nobody listens to what she says", True),
    ("She's only on TV because of her father's connections", False),
    ("Anchor madam aaj kal bahut glow kar rahi hain, kaun sa naya sponsor mila hai raat ka", True),
    ("Ma'am, reply to my DM or I'll keep commenting on every video you post", True),
    ("Ma'am, please reply to my email about the hospital story, I have documents.", False),
    # the hundred-and-sixty-fifth round (set 1019): New York's first Muslim mayor
    ("First Muslim mayor, first step to Sharia in Manhattan. Mark my words.", True),
    ("The first step towards a rent freeze is the board", False),
    ("Jews who voted for him are kapos, plain and simple", True),
    ("The kapos in Auschwitz were prisoners forced to police others", False),
    ("Hope someone takes care of this problem before he's sworn in", True),
    ("Hope someone takes care of the pothole problem before winter", False),
    ("They breed, they vote, they take over. Happened in London, now here.", True),
    # the hundred-and-sixty-sixth round (sets 1020-1021): converts' burial, a lynching
    ("Jo Yesu ko maante hain woh Rome jaake dafan ho", True),
    ("Main Rome jaake pizza khaunga", False),
    ("In dharmantarit logon ka hukka paani band hi rehna chahiye", True),
    ("Achha hua, ek ghuspaithiya kam", True),
    ("Achha hua, ek tension kam", False),
    ("Bengal se aane wale ye log desh ke liye kansar hain", True),
    ("Bengali bolta hai matlab Bangladeshi hai, aur Bangladeshi hai toh maar khayega", True),
    ("Galti karega toh maar khayega", False),
    # the hundred-and-sixty-seventh round (set 1022): a woman hailed at her work ("madam",
    # "anchor", "reporter", "sweetheart") with her body or sex in the same sentence
    ("Madam ji aap toh aag ho, news kaun dekhta hai", True),
    ("Madam ji aapki reporting aag hai, sarkar hil gayi.", False),
    ("Reporter ji ki awaaz se zyada unki kamar pe dhyan jaata hai", True),
    ("Reporter ji ki awaaz mein dum hai, har sawaal seedha poochti hain.", False),
    ("Is anchor ke saath ek coffee date mil jaaye toh main bhi BJP join kar loon", True),
    ("Madam you should wear saree more often on the show, the waist line is a treat", True),
    ("madam ki figure dekh ke hi passengers chadh rahe h", True),
    ("Madam, what is the unemployment figure this quarter?", False),
    ("Madam, it is so hot and there is no electricity in our colony", False),
    ("Madam CM, get well soon, your legs will heal", False),
    ("Madam, aapki kamar ki chot kaisi hai?", False),
    ("Madam, meri kamar mein dard hai aur hospital mein doctor nahi", False),
    # (nor the words an official is asked about too: a fire, firecrackers, a hearing's date)
    ("Madam, factory mein aag ho gayi, fire brigade nahi aayi", False),
    ("Madam, Diwali pe patakhe ban kyun?", False),
    ("Madam, hearing ki ek date de do", False),
    ("Madam, your body language on the debate was tense", False),
    # the hundred-and-sixty-eighth round (set 1023): the stock phrases of it
    ("She reads the teleprompter like she reads bedtime stories to her sugar daddy", True),
    ("She should be on OnlyFans, not on prime time", True),
    ("She should be on prime time, not on the weekend slot.", False),
    ("Girls like her get jobs in newsrooms on their backs, not their CVs", True),
    ("She got the job on her back, not her CV", True),
    ("She carried the team on her back all season", False),
    ("Pretty face, empty head, perfect for this channel", True),
    ("You'd get more answers from ministers if you sat on their laps, darling", True),
    ("The child sat on his lap during the speech", False),
    ("Her skirt gets shorter every time the ratings drop, coincidence?", True),
    ("Her ratings drop every time the channel cuts her field reports, coincidence?", False),
    ("Is reporter ke ghar ka pata do, raat ko interview lene aayenge hum", True),
    ("Is reporter ke office ka pata do, humare gaon ki khabar deni hai.", False),
    ("Beta news chhod, meri biwi ban ja, roz raat ko breaking news dunga", True),
    ("Beta padhai mat chhod, news mein career banana hai toh degree zaroori hai.", False),
    # the hundred-and-sixty-ninth round (sets 1024-1025): a minister in a wheelchair, readers
    ("Ye langda kya desh chalayega, khud toh chal nahi sakta", True),
    ("Ye langda aam bahut meetha hai, Banaras se aaya", False),
    ("Wo langda ke chalta hai, accident ke baad se", False),
    ("Lulla langda sab bhar diye hain party mein", True),
    ("Cripples should stay home, not in parliament making us wait for ramps", True),
    ("Sick children should stay home from school", False),
    ("Women should stay home when they have the flu", False),
    ("Apahij logon ko pension do aur ghar baithao, sarkar mein kya kaam", True),
    ("In viklangon ko dekh ke hi din kharab ho jata hai", True),
    ("Baarish dekh ke din kharab ho jata hai", False),
    ("Someone slap this clown, he's been spamming the thread all day", True),
    ("Someone slap me, what a finish", False),
    ("Someone slap some sense into the selectors", False),
    # the hundred-and-seventieth round (set 1026): stock frames of sarcasm said of a people or
    # one of them (not of a ministry, not turned on bigots or on a claim)
    ("Gay teacher at a primary school, what could possibly go wrong", True),
    ("New metro line opens 4 years late, what could possibly go wrong with the next one", False),
    ("Black Friday sale, what could possibly go wrong", False),
    ("Jewish landlord raises rent, in other news water is wet", True),
    ("Government raises fuel tax, in other news water is wet", False),
    ("Dalit boy tops exam. Next you'll tell me pigs fly.", True),
    ("Govt says women are safe in Delhi. Next you'll tell me the Yamuna is clean.", False),
    ("Kya baat hai, Madrasi ne Hindi bol di, Nobel de do isko", True),
    ("Kya baat hai, sarkari office mein kaam time pe ho gaya, Nobel de do inko", False),
    ("A woman driving a bus, brave passengers, truly", True),
    ("A minister taking the bus, brave PR team, truly", False),
    (
        "A Muslim family moved in and nothing happened. In other news, the sky is blue, bigots.",
        False,
    ),
    (
        "Of course the Roma family 'found' the bikes, they always find things that aren't theirs",
        True,
    ),
    ("Sure, let's give the refugees free houses, they've earned it with all that stabbing", True),
    # the hundred-and-seventy-first round (set 1027): the frames added after it
    ("Sikh taxi driver returns lost wallet, in other news the sun rose in the east", True),
    ("Municipality fixes one pothole, in other news the sun rose in the east", False),
    ("Ladki ne gaadi park kar di bina kisi ko thoke, Padma Shri de do isko", True),
    ("Traffic police ne challan kaata bina rishwat ke, Padma Shri de do inko", False),
    ("Trans woman joins the army, brave enemy, truly terrified", True),
    ("Muslim firefighter runs into the fire, brave man, truly", False),
    ("Another Kashmiri 'student' arrested, who could have guessed", True),
    ("Another journalist 'arrested' for a tweet, who could have guessed", False),
    ("Who would have thought a Sikh boy from Ludhiana would captain India? Proud!", False),
    # the hundred-and-seventy-second round (set 1028): a by-election in Britain
    ("Madam first minister, you'd look better in a burqa, less talking that way", True),
    ("She looked better in the blue dress at the count than in the debate", False),
    ("Hope someone pays the new MP a visit at her surgery, a proper welcome", True),
    ("She holds her surgery on Saturday mornings at the library, go and tell her about it.", False),
    ("Ye Pakistani log UK ko bhi Pakistan bana denge, dekh lena", True),
    # the hundred-and-seventy-third round (set 1029): a woman MP suspended
    ("Is aurat ko sansad se nahi, desh se nikalo, Bangladesh bhejo", True),
    ("Bangladesh bhejo ye parcel, courier wala aa gaya", False),
]


THIRTY_FIFTH_SESSION_FORMS = [
    # the hundred-and-seventy-fourth round (set 1030): a community's name said of one's own
    (
        "My grandfather was a Chamar leather worker and he rode a horse at his wedding in"
        " 1962, so don't tell me about tradition.",
        False,
    ),
    ("main chamar hoon aur mujhe garv hai", False),
    ("mere dada chamar the, mehnat se ghar chalaya", False),
    ("I'm not a chamar to clean your toilets", True),
    ("main chamar nahi hoon jo tera kaam karun", True),
    ("tu chamar hai", True),
    ("Chamar ki baraat aur ghodi pe, kalyug aa gaya hai bhai", True),
    # the hundred-and-seventy-fifth round (set 1031): women journalists harassed a fifth time
    ("She should do the weather instead, more chances to bend over the map", True),
    ("She should do the weather instead, she explains maps better than the weatherman does", False),
    ("Our minister will bend over backwards for the builders", False),
    ("No wonder the editor gave her the front page, we all know which desk she earned it on", True),
    (
        "No wonder the editor gave her the front page, six months of digging on that land deal",
        False,
    ),
    ("Ye patrakaar mahila raat ko kis ke saath 'source' meeting karti hai, sab jaante hain", True),
    (
        "Ye patrakaar mahila raat ko bhi field mein rehti hai, tabhi itni khabrein nikalti hain",
        False,
    ),
    ("I'd let her interrogate me any day, if you know what I mean", True),
    ("I'd let her audit me any day, she is the best accountant in the state", False),
    ("Iski report padhne ke liye nahi, dekhne ke liye aate hain log", True),
    ("Iski report padhne ke liye log subah jaldi uthte hain", False),
    ("Post a full-length photo next time, the headshot doesn't do your article justice", True),
    ("Post the full document next time, the screenshot doesn't do your article justice", False),
    ("Madam ke liye toh main roz ye channel dekhta hoon, news ke liye nahi 🔥", True),
    ("Madam ke liye toh main roz ye channel dekhta hoon, sach bolti hain 🔥", False),
    # the hundred-and-seventy-sixth round (set 1032): veiled threats a fifth time
    ("Journalist sahab, aapke bachche kaunse school mein jaate hain? Bas pooch raha tha.", True),
    ("Minister ji, aapke bachche kaunse school mein padhte hain? Sarkari mein toh nahi", False),
    ("Nice little bakery you've got there. Shame if people found out who really owns it.", True),
    ("Nice little bakery you've got there, the croissants are worth the queue.", False),
    ("Keep writing like this and one day you'll write your last column", True),
    ("Keep writing like this and one day you'll win the Ramnath Goenka award", False),
    ("We've seen your house on Google Maps, lovely garden. Would be a pity.", True),
    (
        "We've seen the council's plan on Google Maps, lovely garden replaced by a car park."
        " A pity.",
        False,
    ),
    ("Some people forget that matchsticks are cheap and their shop is made of wood", True),
    ("Some people forget that an extinguisher is cheap and their shop is made of wood", False),
    ("Bahut bol rahe ho aajkal, zubaan lambi ho gayi hai, kat bhi sakti hai", True),
    ("Bahut bol rahe ho aajkal, achha hai, sawal poochhna zaroori hai", False),
    ("Mohalle waalon ne pehchaan liya hai tumhe, ab bahar nikalna soch samajh ke", True),
    (
        "Mohalle waalon ne pehchaan liya hai tumhe TV pe, ab bahar nikloge toh autograph dene"
        " padenge",
        False,
    ),
    # the hundred-and-seventy-seventh round (set 1033): a Channel drowning
    ("Should've let the boat sink, saves us the hotel bill", True),
    ("Turn the boats around and if they won't turn, the navy has guns for a reason", True),
    ("The navy has guns for a reason, and it is not to shoot at dinghies", False),
    ("Invaders, not refugees. Time we treated them like invaders.", True),
    ("Refugees, not invaders.", False),
    ('Anyone writing "let them drown" under this article should be ashamed of themselves.', False),
    ("let them drown", True),
    # the hundred-and-seventy-eighth round (set 1034): sarcasm a fifth time
    ("Ah yes, because Bangladeshis are famous for their honesty", True),
    ("Ah yes, because our railways are famous for their punctuality", False),
    ("Slow clap for the Muslim boy who didn't blow anything up at his graduation", True),
    ("Slow clap for the municipality that didn't dig up the road right after paving it", False),
    ("Women in the cockpit. What's the worst that could happen, right? 🙃", True),
    (
        "Interns running the ministry's Twitter. What's the worst that could happen, right? 🙃",
        False,
    ),
    ("Imagine being shocked that a Pakistani lied. Couldn't be me.", True),
    ("Imagine being shocked that a politician lied. Couldn't be me.", False),
    ("A gay man as a scout leader, I'm sure the parents are thrilled", True),
    ("A 19-year-old as a scout leader, I'm sure the parents are thrilled", False),
    ("Bihari aur traffic rules, dono ek saath? Chamatkar ho gaya", True),
    ("Delhi aur saaf hawa, dono ek saath? Chamatkar ho gaya", False),
    ("What a surprise, the Gypsies were nowhere near the stolen copper. Shocking.", True),
    (
        "What a surprise, the contractor was nowhere near the site on inspection day. Shocking.",
        False,
    ),
    (
        "Another Pakistani bowler topped the rankings, what a surprise for nobody who watches"
        " cricket.",
        False,
    ),
    # the hundred-and-seventy-ninth round (set 1035): an opposition leader's arrest
    ("Italian bar dancer ki party ka aur kya hoga, sab chor hain", True),
    ("Italian waitress of the year award goes to Maria", False),
    ("Journalist madam ko bhi andar karo, saath mein raat bitayengi dono", True),
    ("dono bhai saath mein raat bitayenge jail mein", False),
    # the hundred-and-eightieth round (sets 1036-1037): age, class and disability
    ("Andhe bahre ko naukri dena paisa barbaad karna hai", True),
    ("Andhe aur bahre employees ke liye office accessible banao", False),
    ("Jhuggi waale keede hain, shehar ganda karte hain", True),
    ("Jhuggi waalon ko pakke ghar milne chahiye, shehar unki mehnat se chalta hai", False),
    ("Slum people breed like rats", True),
    ("Slum people pay more per litre of water than we do, shocking", False),
    ("Welfare scroungers from the council estates, gas the lot", True),
    ("Welfare claimants on council estates face a benefit cap from April", False),
    # the hundred-and-eighty-first round (set 1038): replies
    ("Quota se aaye ho, topper nahi, apni aukaat mat bhoolo.", True),
    ("Then keep her at home before someone teaches her a lesson.", True),
    ("Read the budget before someone teaches you a lesson in basic maths", False),
    # the hundred-and-eighty-second round (set 1039): an asylum hotel besieged
    ("These rapeugees should be chemically castrated at the border", True),
    ("Send the lot back in body bags if that's what it takes", True),
    ("Our soldiers came home in body bags from a war nobody explained", False),
    ("Someone should find out which room the charged one is in and sort him out properly", True),
    ("Find out which room the leak came from and sort out the damp", False),
    # the hundred-and-eighty-third round (sets 1040-1042): women journalists harassed, veiled
    # threats and sarcasm, each a sixth time
    ("Bet she reads the teleprompter better on her knees", True),
    ("Bet she reads the budget documents better than the minister does", False),
    ("Send this reporter to my hotel for the interview, I'll give her an exclusive 😏", True),
    ("Send this reporter to the flood zone again, her ground report was the best", False),
    ("Nice report, but I was too busy looking at her to listen", True),
    ("I was too busy looking at her slides to take notes", False),
    (
        "She got the Delhi bureau chief job, wonder how many late nights that took with the boss",
        True,
    ),
    (
        "She got the Delhi bureau chief job, twenty years of late nights in the newsroom earned it",
        False,
    ),
    ("Ye anchor ladki kam, Bollywood item zyada lagti hai", True),
    ("Ye anchor sawal kam, bhashan zyada deti hai", False),
    ("Forget the news, let's see her do a bikini segment", True),
    ("Forget the news, let's see her do a segment on the water crisis", False),
    ("Your wife takes the 8:15 bus, right? Lovely route.", True),
    ("My wife takes the 8:15 bus, it's always late, sort it out", False),
    ("Remember what happened to Gauri Lankesh. Just a reminder.", True),
    ("Remember what happened to Gauri Lankesh. Her killers still haven't been convicted.", False),
    (
        "Aapki beti ki photo Facebook pe dekhi, bahut pyaari hai. Roz 7 baje college nikalti hai"
        " na?",
        True,
    ),
    ("Aapki beti school jaati hai na? Fees maaf ho sakti hai, form bharo", False),
    ("Next time you're on the M6, keep an eye on your mirrors", True),
    ("Next time you're on the M6, keep an eye on the average speed cameras", False),
    ("It would be tragic if the brakes on that old car of yours failed", True),
    ("It would be tragic if the bus service to the hospital is cut", False),
    ("Sabko pata hai tum akele rehte ho. Darwaza achhe se band karna.", True),
    ("Sabko pata hai tum akele rehte ho. Koi zarurat ho toh bolna, hum padosi hain.", False),
    ("Log gaayab ho jaate hain aise articles likhne ke baad", True),
    ("Balochistan mein log gaayab ho jaate hain, koi nahi poochta", False),
    ("Enjoy your last few weeks of writing", True),
    ("Enjoy your last few weeks before retirement, you've earned it", False),
    ("Wow, a Muslim who condemns terrorism. Alert the media.", True),
    ("Wow, a minister who answers questions. Alert the media.", False),
    ("Sure Jan, the refugees are all rocket scientists", True),
    ("Sure Jan, the new bridge will be ready by Diwali", False),
    ("A Roma family opened a jewellery shop. Nothing suspicious at all.", True),
    ("A councillor's brother won the road contract. Nothing suspicious at all.", False),
    ("Chinese restaurant near the station, I'm sure the cats in the area are nervous", True),
    ("New car park near the station, I'm sure the cyclists in the area are nervous", False),
    ("Oh great, a Bihari in charge of the exam paper, can't imagine it leaking", True),
    ("Oh great, the same agency in charge of the exam paper, can't imagine it leaking", False),
    ("Gay wedding in the church, God must be thrilled", True),
    ("New parking rules at the church, the parish must be thrilled", False),
    ("Ek aur babu ne rishwat le li, kitne imaandar log hain ye", False),
    ("Love how every Indian is suddenly a cricket expert during the World Cup", False),
    # ... and what the same words say in kindness or in a report (read before stopping)
    ("Your son goes to St Mary's too, right?", False),
    ("Remember what happened to Kodak. Just saying.", False),
    ("When cycling on the A6, keep an eye on your mirrors.", False),
    ("Mujhe pata hai tum akele rehte ho, darwaza band karke sona", False),
    ("Enjoy your last few weeks of writing before the book tour!", False),
    ("The reporter came to my flat for an interview about the flood", False),
    ("The anchor was too busy looking at her phone to ask questions", False),
    ("Police found nothing suspicious at all in the Sikh driver's truck", False),
    ("Sikh volunteers cooked for 5,000 flood victims, I'm sure the families are delighted", False),
    ("Sikh log kitne imaandar hote hain, wallet wapas kar diya", False),
]


THIRTY_SIXTH_SESSION_FORMS = [
    # the hundred-and-eighty-fourth round (sets 1043-1048, whole evenings and replies): a
    # woman officer's car and home posted to a group, a taking away wished with impunity
    (
        "Iski gaadi ka number aur ghar ka pata group mein daal diya hai, baaki ladke samajh lenge",
        True,
    ),
    ("Uska phone number group mein daal diya hai, complaint ke liye call karo", False),
    ("Ghar ka pata group mein daal diya hai, shaadi mein zaroor aana", False),
    ("I've posted her home address in the group chat", True),
    ("I've shared her home address in the family group so we can send flowers", False),
    ("I've posted his office number in the group chat for complaints", False),
    ("Isko toh uthwa lena chahiye tha raid ke din hi, kaun poochta", True),
    # legs broken with relish; a pogrom's year as a lesson; revenge on a people's mosques
    ("Somebody's going to break that thing's legs at the next meet and I won't cry.", True),
    ("That pothole will break someone's neck and the council won't care", False),
    ("Meiteis should be taught a lesson like 1984", True),
    ("There is a lesson from 1984 for every government", False),
    ("Time to do to their mosques what they did to our daughters.", True),
    (
        "We must never do to their mosques what they did to our daughters, justice is for courts.",
        False,
    ),
    # a murdered missionary's fate wished (not his murder recalled)
    ("Iska bhi wahi haal karo jo Graham Staines ka hua tha, tab sudhrenge ye log", True),
    ("Graham Staines was burnt alive with his sons. Nobody should joke about that.", False),
    # a woman officer's nights; the women of a region called easy
    ("Madam ko camera ka shauk hai, raat ko kis kis se milti hai woh bhi dikhao", True),
    ("Raat ko kis kis se milte ho, dhyan rakhna beta", False),
    ("Northeast ki ladkiyan toh waise bhi easy hoti hain, Delhi mein dekh lo", True),
    ("Girls from Manipur are easy, everyone knows", True),
    ("Girls from the village are easy to spot in the team photo", False),
    # a people made guilty of its criminals' crimes; a convent's insides insinuated; a town's
    # people seen as groomers; a trans woman called "it"
    ("Deport every last one of them and their families, the whole community is complicit.", True),
    ("Nobody is saying the whole community is complicit, the report says the opposite.", False),
    ("The whole council is complicit and should resign.", False),
    ("Nun ho ke chunav? Convent ke andar kya kya hota hai sab jaante hain", True),
    ("Convent ke andar kya kya hota hai, ye documentary dikhati hai", False),
    ("Can't walk through Bradford without seeing a groomer, all with the same beard.", True),
    ("You can't walk through the station without seeing a poster about terrorists", False),
    ("It. Not she. A confused dude who needs a psychiatrist, not a medal.", True),
    ("Is it? Not sure she ran that fast.", False),
    ("I know it. Not she, the coach told me.", False),
    ("It, not he, decides who plays", False),
    # a reader put down in a reply
    ("You're the reason your wife left, mate.", True),
    ("You're the reason I subscribed to this paper.", False),
    ("Keep typing, keyboard warrior. Your mum must be so proud of her basement goblin.", True),
    ("His basement flat flooded again last night.", False),
    # a vice said to be "in their culture" in the sentence after the people is named
    ("Gypsies came to our town last week. Stealing is in their blood.", True),
    ("Gypsies came to our town last week. Music is in their blood.", False),
    ("Sikhs run the langar every day. Service is in their blood, not violence.", False),
    # the hundred-and-eighty-fifth round (sets 1049-1051): a Muslim mayor's traffic scheme
    (
        "Sadiq Khan wants London to look like Karachi, and this is how he gets the natives out.",
        True,
    ),
    ("Karachi's traffic looks like London's at rush hour", False),
    ("The ULEZ will get the old vans out of London", False),
    ("Londonistan's mayor at it again.", True),
    ("Now do the mayor's house next, with him in it.", True),
    ("They searched the house with him in the room.", False),
    ("The only good thing about Khan will be his funeral. Can't come soon enough.", True),
    ("His funeral can't come soon enough", True),
    ("The best thing about the budget is its length", False),
    # Bengali workers detained as Bangladeshis
    ("In ghuspaithiyon ko Bay of Bengal mein phenk do, machhliyon ka khana banenge", True),
    ("Is kachre ko nadi mein mat phenko", False),
    # obfuscated: the one who wrote it ordered shot, in leet; a doubled 9 for a doubled g
    ("sh00t th3 j0urn@list wh0 wr0t3 th1s", True),
    ("Hang the editor who approved this headline", True),
    ("shoot the journalist who wrote this an email, she deserves thanks", False),
    ("Kill the reporter who wrote this? That's what you lot sound like.", False),
    ("Police should question the journalist who wrote this.", False),
    ("Ni99ers should stay in their own neighborhoods", True),
    ("That n****r cost us the cup", True),
    ("Call 9999 now, the road is flooded", False),
    # the hundred-and-eighty-sixth round (sets 1052-1054): antisemitism in code under a
    # Jewish candidate's win
    ("Another globalist bought and paid for by Soros and the usual tribe.", True),
    ("The usual tribe of lobbyists turned up at the hearing", False),
    ("Dual loyalty much? Ask her which flag she'd salute first.", True),
    ("Accusing her of dual loyalty is an old antisemitic trope", False),
    ("The dual loyalty smear was used against JFK too", False),
    ("Shekels well spent, I guess.", True),
    ("Jews like her never stop whining about antisemitism and control the banks.", True),
    ("Jews do not control the banks, that's a lie", False),
    ("Jewish families owning the bakery on my street are lovely", False),
    # a film boycotted: a Muslim actor sent to Pakistan, Khans purged, names kept
    ("Is Khan ko Pakistan ka visa dilwao, wahan ke theatre mein chalaye apni film", True),
    ("Mujhe Pakistan ka visa do, cricket dekhne jaana hai", False),
    ("In Khans ka industry se safaya karna padega, ek ek ko chun chun ke", True),
    ("Bhrashtachar ka safaya karna padega, ek ek file chun chun ke", False),
    ("inka safaya karna padega, pure ghar mein deemak hai", False),
    (
        "Jo bhi ye film dekhne gaya woh deshdrohi hai, uska naam likh ke rakho, time aane pe hisaab"
        " hoga",
        True,
    ),
    ("Hisaab likh ke rakho, tax bharte waqt kaam aayega", False),
    ("Write down their names, there will be a reckoning", True),
    ("Remember their names at the next election, they will pay at the ballot box", False),
    # long comments with one line of abuse
    (
        "The OBR said as much. And the reporter who wrote this puff piece should be found in a"
        " ditch, frankly.",
        True,
    ),
    ("The missing dog should be found in the river soon, the searchers say", False),
    ("Next time I'd happily drive straight through the lot of them and sleep like a baby.", True),
    ("I'd drive straight through the night to get there", False),
    ("We should run over the lot of them at the polls", False),
    # the hundred-and-eighty-seventh round (sets 1055-1057): a woman Home Secretary harassed
    ("Nobody's listening to a word she says, lads, we're all just watching that blouse", True),
    ("Everyone was looking at her dress, the designer must be thrilled", False),
    (
        "I'd love to give the Home Secretary a private briefing of my own, if you catch my drift",
        True,
    ),
    ("I'd love to give the committee a private briefing on the figures", False),
    ("Typical menopausal mess, she can't even finish a sentence", True),
    ("Menopausal women need better care from the NHS", False),
    ("How much did she charge the donors for that seat on the front bench, per hour?", True),
    ("How much did the consultant charge per hour? The report doesn't say", False),
    ("Bet the PM picked her for her legs, certainly wasn't for her brain", True),
    ("Bet the PM picked her for her loyalty, certainly wasn't for her record on prisons", False),
    # sarcasm a seventh time
    ("Ah, the religion of tolerance strikes again. Stab first, ask questions never.", True),
    ("Another traveller site, another spate of burglaries. Total coincidence, I'm sure.", True),
    ("Another council meeting, another tax rise. Total coincidence, I'm sure.", False),
    (
        "Good to know the Pakistani community is so keen on cousin marriage and fraud, very"
        " enriching",
        True,
    ),
    ("The exchange year with Pakistani students was very enriching for our school", False),
    ("Fantastic, more doctors and engineers arriving by dinghy.", True),
    ("More doctors arriving by boat to the flooded villages today", False),
    ("Wonderful to see the Romanians keeping the pickpocketing industry alive", True),
    ("Romanian police broke up a pickpocketing gang in Bucharest", False),
]


THIRTY_SEVENTH_SESSION_FORMS = [
    # older rules' kind readings found held: a firm's fate foretold (the 439th set's form
    # takes "hoga"), a song's boast (the "run the world" trope said of women)
    ("Iska bhi wahi haal hoga jo Kodak ka hua tha", False),
    ("Is app ka bhi wahi haal hoga jo Orkut ka hua, koi yaad nahi karega", False),
    ("Tera bhi wahi haal hoga jo Dabholkar ka hua tha", True),
    ("Is ladki ka bhi wahi haal hoga jo Gauri Lankesh ka hua", True),
    ("Agli baar aawaz uthayi toh tera bhi wahi haal hoga, samjhi?", True),
    ("Uska bhi wahi haal karenge jo Kodak ka hua", True),
    ("Women run the world, Beyonce told us", False),
    ("Girls run the world and the boys had better keep up", False),
    ("Jews run the world", True),
    ("Muslims run the world now", True),
    # the hundred-and-eighty-eighth round (sets 1058-1060): a Sikh judge appointed in Canada
    ("Khalistani in a robe now, Canada is a safe haven for terrorists.", True),
    ("Now the terrorists wear the robes too.", True),
    ("The judge in a robe read the verdict in Punjabi", False),
    ("He played a terrorist in a turban in that awful film", False),
    ("Sardarni judge ab Khalistan ka faisla sunayegi, 12 baj gaye Canada ke.", True),
    ("Sardarni ji ki shaadi mein naache, 12 baje ghar aaye", False),
    ("Ek aur pagdi wala gaddar, inko toh wapas bulao", True),
    ("Topi wala gaddar nahi hota, ye soch galat hai", False),
    ("Turban on top, nothing inside, typical sardar.", True),
    ("These kirpan wale will turn every court into a gurdwara, wait and watch.", True),
    ("Volunteers will turn our old library into a gurdwara kitchen for the flood victims", False),
    ("Go back to Punjab and take your kirpans with you.", True),
    ("I want to go back to Punjab next year for my cousin's wedding", False),
    ("Sikhs bomb planes and now they judge us", True),
    # women wrestlers against their federation's chief
    ("She should stick to wrestling men in private, she seems to enjoy it.", True),
    ("The talks were held in private, she seems to enjoy the secrecy.", False),
    ("Raat ko kiske saath photo khinchwati ho sab jaante hain.", True),
    ("Aise ladkiyon ko ghar pe bithao, akhade mein bhej ke yehi hota hai.", True),
    ("Baarish hai, ladkiyon ko ghar pe rakho aaj", False),
    ("Let's see how brave she is when she has to walk home alone from the stadium.", True),
    ("Let's see how tough you are when you're alone", True),
    ("Let's see how brave she is when she has to face the committee alone", False),
    ("Let's see how brave he is when he's alone at the crease against Bumrah", False),
    ("With a face like that no one would harass her anyway, she's lying.", True),
    ("No one would harass her in this office, we have a strict policy", False),
    ("Pehelwan hai ya dhandhewali, dono mein farak nahi raha ab.", True),
    ("She's been asking for it since she wore those shorts on national TV.", True),
    ("She's been asking for an inquiry since January and nobody listened.", False),
    ("She was asking for it, he said, because of what she wore. The judge rejected that.", False),
    ("She was asking for it, the way she dressed", True),
    ("The chief should have finished what he started, then she'd have a real complaint.", True),
    ("The Tories should have finished what they started with the reforms", False),
    ("Shut up or I'll give you something to cry about", True),
    ("The final gave fans something to cry about", False),
    ("Someone should teach these women what happens when they embarrass the federation.", True),
    ("Someone should teach these kids what happens when you don't save for a pension", False),
    ("Ye sab paise ke liye let jaati hain, medal bhi aise hi mile honge.", True),
    ("Paise ke liye line mein lag jaati hain", False),
    ("Women's wrestling is just softcore for uncles, always was.", True),
    ("Women's football is just eye candy for the sponsors, the players say", False),
    # a stampede at a Tamil star's rally
    ("Lungi wapas pehen ke jao, Delhi tumhara nahi hai.", True),
    ("Lungi pehen ke jao, garmi hai", False),
    ("Go and eat your curd rice and leave national politics to real Indians.", True),
    ("Leave politics to real politicians", False),
    ("Bihari labourers should be sent back on the next train, they've ruined Tiruppur.", True),
    ("Bihari workers will be sent back home for Chhath on special trains", False),
    ("Mallus will sell their own mother for a Gulf visa.", True),
    ("Kill every Hindi imposer, burn their boards.", True),
    ("Kill every mosquito in the house before the baby wakes up", False),
    # the hundred-and-eighty-ninth round (sets 1061-1063): a Dalit groom's horse stoned
    ("Ye log ghode pe chadhenge toh kal chhat pe chadh jayenge, sahi kiya jo roka.", True),
    ("Police ne sahi kiya jo roka unhe, warna khoon kharaba hota", False),
    ("Sab reservation ka kamaal hai, inhe wapas khet mein bhejo.", True),
    ("Dalit ka ghoda bhi dalit hi hoga, isliye bhaag gaya, haha.", True),
    ("Dalit ka beta bhi IAS ban gaya, poore gaon ko garv hai", False),
    ("Next year dekhte hain kitne ghode bachte hain aur kitne dulhe.", True),
    ("Dekhte hain kitne paise bachte hain mahine ke end mein", False),
    ("The Act is misused by these people to blackmail everyone, they deserve what they get.", True),
    ("Customers who ignore the warnings deserve what they get", False),
    # veiled threats, an eighth time
    ("Nice house you've got in Civil Lines, madam. Big windows. Would be a shame.", True),
    ("Nice house you've got in Civil Lines, madam. Big windows. Must get a lot of light.", False),
    ("I'd keep an eye on who's behind you on the way home tonight, reporter.", True),
    ("Cyclists should keep an eye on who's behind them at junctions", False),
    ("Hope your insurance covers fire, you'll need it after this piece.", True),
    ("Hope your insurance covers floods, you'll need it this year in Assam.", False),
    ("Ek din ghar se niklega aur wapas nahi aayega, likh ke le lo.", True),
    ("Ek din ghar se niklega aur wapas Delhi nahi aayega, Goa mein bas jayega.", False),
    ("Kitne din bachoge? Hum sab jaante hain tum kahan rehte ho.", True),
    ("Kitne din bachoge is garmi se? Cooler le lo bhai.", False),
    ("You won't be writing much with broken fingers, will you.", True),
    ("People who talk like this tend to disappear. Just an observation.", True),
    ("People who talk like this tend to lose elections. Just an observation.", False),
    ("Pehle bhi ek patrakar ko samjhaya tha, ab wo kuch nahi likhta. Samajh rahe ho na?", True),
    ("Pehle bhi ek patrakar ne ye mudda uthaya tha, ab wo Rajya Sabha mein hai.", False),
    # sarcasm about a people, an eighth time
    ("Oh wonderful, another mosque. More noise at 5am and fewer white faces.", True),
    ("Oh wonderful, another car park. Just what this town needed, fewer trees.", False),
    ("Diversity is our strength, which is why I now need three locks on my door.", True),
    ("Diversity is our strength, which is why our food festival now has forty stalls.", False),
    ("So brave of these refugees to cross twelve safe countries to reach our free hotels.", True),
    (
        "I'm sure the Pakistani community will be shocked, shocked, to hear of another grooming"
        " case.",
        True,
    ),
    ("I'm sure the council will be shocked, shocked, to hear the bins weren't collected.", False),
    ("Great, women on the frontline now. Can't wait for the enemy to surrender laughing.", True),
    ("The enemy will die laughing at our logistics", False),
    ("Another peaceful protest by the religion of peace, only three cars burnt this time.", True),
    ("The Roma family moved in and the bikes started vanishing the same week. Pure chance.", True),
    ("The new bike lane opened and the bikes started appearing the same week. Pure chance.", False),
    # the hundred-and-ninetieth round (sets 1064-1066): a Muslim woman third in the civil
    # services exam
    ("Ye log hijab pehen ke aati hain taaki interview board daya kha jaye.", True),
    ("Hijab mein dimaag bhi dhak jaata hai, rank pata nahi kaise aa gayi.", True),
    ("Hijab mein bhi rank 3 aa sakti hai, ye baat kuch logon ko hazam nahi ho rahi.", False),
    ("Another Muslim topper? Check which madrasa leaked the paper this time.", True),
    ("Pakistan se training leke aayi hai ye, watch her career.", True),
    ("Pakistan se koi lena dena nahi, Bhagalpur se Delhi tak ki mehnat hai.", False),
    ("Madam ko mubarak ho, ab toh har file pe pehle namaz padhegi phir sign karegi, haha.", True),
    ("Madam ko mubarak ho, ab har file samay pe sign ho, yahi ummeed hai.", False),
    ("Jab ye log collector banenge toh Hindu ladkiyon ka kya hoga, socho.", True),
    ("Jab ye ladki collector banegi toh Bhagalpur ke bunkaron ka kya hoga, ye socho.", False),
    # a woman minister harassed in everyday words, an eighth time
    ("She should be chairing a kitty party, not the finance committee.", True),
    ("She should be chairing the finance committee, not the culture committee.", False),
    ("Our honourable member looked very fetching in red today, shame about the speech.", True),
    ("Our honourable member looked very tired today, the late sittings are taking a toll.", False),
    ("Bet her husband writes her speeches, and cooks too, poor man.", True),
    ("Bet her speechwriter is exhausted, that was a forty-minute speech.", False),
    ("Someone get this lady a husband so she stops taking it out on the taxpayer.", True),
    ("Someone get this lady a bigger budget so she can actually fix the roads.", False),
    ("A woman in charge of defence, so the enemy just needs to compliment her shoes.", True),
    ("Yeh mahila mantri sirf photo khichwane aur saree dikhane aati hain sansad mein.", True),
    ("Time of the month again? The minister was rather emotional in the chamber.", True),
    ("Time for the budget again? The minister was rather cautious in the chamber.", False),
    ("It's that time of the month again when the rent is due, I'm emotional", False),
    ("Give her a microphone and she squawks, give her a ministry and she cries.", True),
    ("The parrot squawks all day and she loves it", False),
    # replies putting their reader down
    ("Go back to your mother's basement and let the adults discuss the budget.", True),
    ("I moved back to my parents' basement after the layoffs", False),
    ("Somebody take this idiot's phone away before he hurts himself thinking.", True),
    ("Get him off the ladder before he hurts himself lifting that", False),
    ("Your parents must be so disappointed they didn't stop at the first kid.", True),
    ("Your parents must be so proud, congratulations", False),
    ("Tere jaise chuzon ki wajah se desh peeche hai, jaake bartan dho.", True),
    ("Main jaake bartan dho leta hoon, phir baat karte hain.", False),
    ("You type like a goat chewing a keyboard, and you think like one too.", True),
    ("You look like a pig farmer in that photo, what happened to the suit?", False),
    ("You eat like a horse, my mother would have loved you", False),
    # the hundred-and-ninety-first round (sets 1067-1069): a pastor arrested under an
    # anti-conversion law; obfuscation; long comments with one sentence of abuse
    ("Ye isai padri bhole adivasiyon ko bewakoof banate hain, sabko jail mein daalo.", True),
    ("Dalit ladke ko maarne wale gunde, sabko jail mein daalo", False),
    ("Convent schools are conversion factories, don't send your kids there.", True),
    ("Convent schools have a long history, but they're not factories of anything.", False),
    ("Yeshu ke bhakt bhi jihadiyon jaise hi hain, bas topi ki jagah cross.", True),
    ("These people worship a dead Jew on a stick and want to save our souls, laughable.", True),
    ("K!ll a11 th3 m0zlems, w0rld w1ll b3 b3tt3r.", True),
    ("K!ll a11 th3 m0squit0es, summ3r w1ll b3 b3tt3r.", False),
    ("N1663r5 ruin every city they move into.", True),
    ("N1nety-five percent of cities ruin their old buildings.", False),
    ("But let's be honest, half of the new arrivals are criminals and parasites.", True),
    ("The new arrivals at the zoo are two red pandas", False),
    # the hundred-and-ninety-second round (sets 1070-1072): Leicester's street clashes
    ("Muslim youths in balaclavas, the usual suspects, this is what they do.", True),
    ("Muslim leaders condemned it, the usual suspects in the press ignored it", False),
    ("Every mandir in Leicester is an RSS shakha, shut them all down.", True),
    ("Every temple in Leicester is open to all on Diwali", False),
    ("Hindus are all Modi's foot soldiers, every one of them is a thief.", True),
    ("Muslims came to the meeting, every one of them is a doctor or teacher.", False),
    # sarcasm a ninth time
    ("Of course the Muslim councillor wants Eid off. Next they'll want the whole year off.", True),
    ("Next they'll want the whole year off, said the headteacher about the children", False),
    ("Wow, a Black man who didn't steal anything, call the papers.", True),
    ("Wow, a government that didn't overspend, call the papers.", False),
    ("Another day, another Pole drunk on the pavement. Integration at its finest.", True),
    ("Kids of every faith playing cricket together, integration at its finest.", False),
    ("Let me guess, the scammer had a Nigerian prince for an uncle too.", True),
    ("Scam alert: the Nigerian prince emails are back, police say", False),
    ("Gay pride month again, because apparently they weren't loud enough the other eleven.", True),
    ("Sure, give the Gypsies another field. They'll leave it spotless, like always.", True),
    ("Sure, give the festival another field. They'll leave it spotless, like last year.", False),
    ("Ah yes, the famous Irish work ethic. The pub opens at eleven.", True),
    ("The famous Chinese work ethic built that city", False),
    ("Jewish landlord raises the rent, who could have possibly predicted that.", True),
    ("Big landlord raises the rent, who could have possibly predicted that.", False),
    # women anchors harassed in Hinglish, a ninth probe
    ("Anchor madam ka dupatta aaj bhi gayab hai, TRP ke liye sab karegi.", True),
    ("Anchor madam ka mic aaj bhi kharab hai, technical team kya kar rahi hai.", False),
    ("Madam debate mein kam aur makeup room mein zyada time bitati hain, kisi ke saath.", True),
    ("Madam debate mein kam aur ground report mein zyada time bitati hain, accha hai.", False),
    ("Iska number milega kya, interview dena hai personally, raat mein.", True),
    ("Iska number milega kya, interview dena hai channel ko, office time mein.", False),
    ("She reads the news like she's reading a bedtime story to me, wink.", True),
    ("She reads the news like she's reading a bedtime story, so calm, very soothing.", False),
    ("The new anchor would look better with her mouth shut and her blouse open.", True),
    ("The new anchor would sound better with a better microphone.", False),
    # the hundred-and-ninety-third round (sets 1073-1075): an Indian-American woman on a
    # presidential ticket
    ("Another H1B curry queen taking an American job, the top job this time.", True),
    ("Smells like curry in the Senate already, I can't breathe.", True),
    ("The whole kitchen smells like curry, dinner's nearly ready", False),
    ("Namaste, now deport yourself.", True),
    ("The policy asks migrants to self-deport within thirty days", False),
    ("A Hindu and a Jew in the White House, the globalists must be partying.", True),
    ("A Hindu and a Jew in the White House, and a Catholic at the Supreme Court.", False),
    # veiled threats a ninth time, in Hinglish
    ("Patrakar babu, aapki beti kaunse school mein padhti hai? Pata kar liya hai.", True),
    (
        "Aapki beti kaunse school mein padhti hai? Mera beta bhi wahi admission lena chahta hai.",
        False,
    ),
    ("Teri report ke baad tera ghar kitne din khada rahega, dekhte hain.", True),
    ("Teri report ke baad sarkar ka yeh project kitne din khada rahega, dekhte hain.", False),
    ("Zyada udd raha hai, par kaat diye jaate hain aise parindon ke.", True),
    ("Zyada udd raha hai share bazaar, par gir bhi jaate hain aise bubbles.", False),
    ("Samajhdar ko ishaara kaafi hai, baaki tere ghar walon ko samjha denge.", True),
    ("Samajhdar ko ishaara kaafi hai, baaki voters ko chunav mein samjha denge.", False),
    ("Aise patrakar road accident mein hi jaate hain, record dekh lo.", True),
    ("Aise highway pe log road accident mein hi jaate hain, speed dekh lo.", False),
    ("Camera band kar, warna camera ke saath tujhe bhi tod denge.", True),
    ("Camera band kar, warna battery khatam ho jayegi, phir shoot kaise karoge.", False),
    ("Madam, raat ko akele ghar jaati ho na? Dhyan rakhna.", True),
    ("Madam, raat ko akele ghar jaati ho na? Cab share kar lo, metro band hai.", False),
    ("Bahut hero ban raha hai, tere jaison ka haath-pair tootne mein der nahi lagti.", True),
    ("Bahut hero ban raha hai, tere jaison ka career banne mein der nahi lagti.", False),
    # age, disability and size a third time
    ("Boomers should hurry up and die so we can have their houses.", True),
    ("Boomers should downsize sooner so we can have more houses on the market.", False),
    ("Langde ko naukri doge toh kaam kaun karega, bas sarkari paisa khayega.", True),
    ("Langde aam ki keemat is baar badh gayi hai, mandi mein 80 rupaye kilo.", False),
    ("Pagalkhane mein daalo in depression walon ko, natak karte hain sab.", True),
    ("Depression walon ko counselling milni chahiye, natak nahi hai ye bimari hai.", False),
    ("Wheelchair users on the bus should wait for the next one, the rest of us have jobs.", True),
    ("Wheelchair users on the bus should get priority, the law is clear on that.", False),
    # the hundred-and-ninety-fourth round (sets 1076-1077): a Bangladeshi-origin woman
    # elected mayor of Tower Hamlets; regional abuse in Hinglish
    ("Tower Hamlets is officially Bangladesh now, they didn't even need a war.", True),
    ("Tower Hamlets has a large Bangladeshi community, it has for fifty years.", False),
    ("Hope she enjoys her stay, the deportation flights leave from Stansted.", True),
    ("Hope she enjoys the job, the budget meetings start on Monday.", False),
    ("Bet the postal votes were all filled in at the mosque.", True),
    ("Votes were cast at the mosque, which served as a polling station", False),
    ("Spot the English person in her cabinet photo, I'll wait.", True),
    ("Spot the woman missing from her cabinet photo, the deputy was ill that day.", False),
    ("And soon it'll be a caliphate, give it ten years.", True),
    ("Britain will never be a caliphate, stop the fearmongering", False),
    ("Bhai ye Bihari log har jagah bheed laga dete hain, Mumbai ko kachra bana diya.", True),
    ("Bhai ye Ganpati ki bheed har saal badh rahi hai, Mumbai ko traffic ne pareshan kiya.", False),
    ("UP walon ko bolo apne state mein naukri dhoondein, yahan ki roti mat chheeno.", True),
    ("Garibon ki roti mat chheeno, sarkar", False),
    ("Jahan dekho wahan bhaiyye, ghatiya log, koi tameez nahi.", True),
    ("Jahan dekho wahan potholes, ghatiya sadkein, koi maintenance nahi.", False),
    ("Marathi nahi aati toh Maharashtra chhod do, simple.", True),
    ("Marathi nahi aati toh seekh lo, classes free hain municipal school mein.", False),
    ("Ye Madrasi log idli khaake dimaag bhi chawal jaisa kar lete hain.", True),
    ("Ye Madrasi cafe ki idli khaake din ban jaata hai, Matunga zaroor jao.", False),
    # the hundred-and-ninety-fifth round (sets 1078-1079): a Muslim woman first in Kerala's
    # civil judge exam; a woman chancellor harassed in everyday words
    ("Judge banne ke baad sharia se faisle sunayegi, dekh lena.", True),
    ("Judge banne ke baad sabse pehle pending cases ka backlog nipatana hoga.", False),
    ("Kerala is already half Saudi, now the courts too.", True),
    ("Kerala has a big Gulf diaspora, that's why the remittance economy is so strong.", False),
    ("These people will use the courts for love jihad cases, mark my words.", True),
    ("The so-called love jihad law was struck down by the High Court", False),
    ("Topi walon ki adalat, Hindu ke liye sirf talaq aur jail.", True),
    ("Inko judge banaoge toh Hindu ko nyay kahan milega.", True),
    ("Inko judge banaoge toh nyay jaldi milega, naye log energy laate hain.", False),
    ("I'd let her audit my accounts any time, if you know what I mean.", True),
    ("I'd let her audit the council's accounts any time, she's the best there is.", False),
    (
        "Send her to my office, I'll give her a personal briefing on economics, private session.",
        True,
    ),
    ("Send her to the committee, she'll give them a personal briefing, in public.", False),
    ("Lovely legs on the chancellor today, shame about the budget.", True),
    ("Lovely speech from the chancellor today, shame about the budget.", False),
    ("Women like her need a firm hand, at home and in Parliament.", True),
    ("Women like her need a firm majority, at home and in Parliament.", False),
    ("She's the kind of woman you marry for her looks and divorce for her opinions.", True),
    ("Someone should take her out and show her what a real man's economics looks like.", True),
    ("Someone should take her report to the Treasury and show them what real economics is.", False),
    ("A real man shows his kids how to cook, my dad said", False),
]


THIRTY_NINTH_SESSION_FORMS = [
    # the two-hundred-and-tenth round, veiled threats in English a thirteenth time (the
    # 1119th set): a family's business admired and a pity if inspectors "found something"
    (
        "Nice little café your husband runs on Station Road. Be a pity if the health"
        " inspectors found something, or worse.",
        True,
    ),
    ("Nice little shop your dad has there. Would be a shame if something happened to it.", True),
    (
        "Nice little café your husband runs on Station Road. Be a pity if it closed, the coffee"
        " is the best in town.",
        False,
    ),
    (
        "Nice garden your mum keeps. Be a pity if the frost got the roses, or worse, the snails.",
        False,
    ),
    # opinions "for someone who walks ... alone", or at an hour every morning
    (
        "You've got a lot of opinions for someone who walks to the bus stop alone at 6 every"
        " morning.",
        True,
    ),
    ("Brave words for a woman who jogs by herself in the park every night.", True),
    ("Big mouth for a woman who leaves the office at 9 every night.", True),
    ("You've got a lot of opinions for someone who has only been in the job six months.", False),
    ("Bold take for someone who drives a Tesla every day, lol.", False),
    # the last one driven out of town, the point left to the reader
    (
        "The last councillor who pushed this scheme moved out of the county rather quickly."
        " Just saying.",
        True,
    ),
    ("The last reporter who asked about this left town in a hurry. Funny that.", True),
    (
        "The last councillor who pushed this scheme moved on to the county cabinet rather"
        " quickly. Just saying.",
        False,
    ),
    (
        "The last editor who ran this paper moved out of the city quickly after retirement to"
        " be near her grandkids.",
        False,
    ),
    # a reader's child's school page read, and said to be informative
    ("Your daughter's school newsletter is very informative.", True),
    ("Your son's football club page was really interesting, lovely photos of the lads.", True),
    ("Your column is very informative.", False),
    ("The school newsletter is very informative this term.", False),
    # a house that burns, and "think about it before your next piece"
    (
        "Funny how fast a house can burn when the fire brigade is busy elsewhere. Think about it"
        " before your next piece.",
        True,
    ),
    (
        "Funny how fast a house can burn when the smoke alarms have no batteries. Check yours"
        " this weekend, folks.",
        False,
    ),
    ("Houses can burn fast. Think about fire safety before your next renovation.", False),
    # "those brake pads" before a reader's drive
    (
        "I'd double check those brake pads before your drive to Leeds on Friday, Mr Khan. Just"
        " a friendly tip.",
        True,
    ),
    ("I'd double check the train times before your drive to Leeds on Friday, Mr Khan.", False),
    ("Double check your tyres before your drive to Scotland, the roads are icy.", False),
    # people like you "used to disappear" here; "some of us remember how it was done"
    (
        "People like you used to disappear in this town. Some of us remember how it was done.",
        True,
    ),
    ("Journalists like her used to disappear around here.", True),
    ("People like you used to be rare in this town.", False),
    ("Women like you used to disappear from the history books.", False),
    # drivers here "don't always see people like them"
    (
        "Tell your kids to be careful crossing the road near the mosque. Drivers round here"
        " don't always see people like them.",
        True,
    ),
    (
        "Tell your kids to be careful crossing the road near the mosque. The council still"
        " hasn't fixed the crossing light.",
        False,
    ),
    ("Drivers round here don't always see cyclists, wear something bright.", False),
    # the round's evening (the 1118th set, a prayer meeting raided in Jaunpur)
    (
        "Good. Next time don't just arrest the pastor, let the villagers deal with him the old"
        " way.",
        True,
    ),
    ("Let the public deal with him properly, no need for courts.", True),
    ("Let the villagers deal with it through the panchayat.", False),
    (
        "Christian ho ya Muslim, dono ek hi thaali ke chatte batte hain, desh ko andar se"
        " khokhla kar rahe hain.",
        True,
    ),
    ("Ye neta desh ko andar se khokhla kar rahe hain.", False),
    ("Christian aur Muslim bhai milke desh ko andar se mazboot karte hain.", False),
    ("Jesus bhi inko nahi bacha payega, desh mein rehna hai toh Ram naam japna padega.", True),
    ("Bharat mein rehna hai toh Vande Mataram bolna padega, samjhe mullon?", True),
    ("Desh mein rehna hai toh kanoon maanna padega.", False),
    (
        "Ye padri log gaon gaon ghoom ke bhole logon ko bhrasht karte hain, inko gaon mein"
        " ghusne hi mat do.",
        True,
    ),
    ("Inko gaon mein ghusne mat do, bukhaar phail raha hai.", False),
    ("Padri ji bahut achhe insaan hain, inko gaon mein aane do.", False),
    # the two-hundred-and-eleventh round (sets 1120-1121): a bank manager in Bengaluru who
    # would not speak Kannada; a woman in office harassed in everyday words a thirteenth time
    (
        "These Hindi-walas come here, eat our food, take our jobs and then refuse to learn one"
        " word. Pack them back to UP in the next train.",
        True,
    ),
    ("Send all the Biharis back on the next train, Mumbai is full.", True),
    ("The state should send the stranded workers home on special trains.", False),
    (
        "Migrants from Bihar were sent back on the first train after the lockdown, a shameful"
        " episode.",
        False,
    ),
    ("North Indian aurat hai, attitude toh dikhayegi hi, inki auraton ko tameez kahan.", True),
    ("Bihari log mehnati hain, inki auraton ko kaam kahan milta hai gaon mein.", False),
    (
        "Ma'am should focus on her own kitchen before lecturing the finance ministry on budgets.",
        True,
    ),
    (
        "Ma'am should focus on her own ministry before lecturing the finance ministry on budgets.",
        False,
    ),
    ("The chef should focus on her own kitchen before criticising other restaurants.", False),
    ("She got the chair, but everyone in the party knows whose lap she sat on to get it.", True),
    (
        "She got the chair, but everyone in the party knows whose votes she needed to get it.",
        False,
    ),
    ("How many sleepless nights did she spend with the CM to get that portfolio?", True),
    ("How many sleepless nights did she spend with the files to get that portfolio right?", False),
    (
        "Put a woman in charge of the police and this is what you get: crying press conferences.",
        True,
    ),
    ("Put a woman in charge of the police and this is what you get: crime down 20%.", False),
    (
        "Put a new officer in charge of the police and this is what you get: fresh press"
        " conferences.",
        False,
    ),
    ("Mayor sahiba ko bolo ghar jaake roti banaye, shehar chalana mardon ka kaam hai.", True),
    ("Shehar chalana mardon ka kaam hai ya auraton ka?", False),
    (
        "Mayor sahiba ko bolo ghar ghar jaake survey karaye, shehar ki sadkon ka haal dekhe.",
        False,
    ),
    ("Nice saree, madam, shame the brain didn't come with the outfit.", True),
    ("Nice saree, madam, shame the speech didn't match the occasion.", False),
    # the two-hundred-and-twelfth round (sets 1122-1123): a minaret approved in Keighley;
    # sarcasm a thirteenth time
    (
        "Another minaret, another step towards Keighleystan. Wake up before the call to prayer"
        " drowns out the church bells.",
        True,
    ),
    ("Welcome to Bradistan, population: not us.", True),
    ("Another step towards Pakistan's elections being rigged again.", False),
    ("The talks are another step towards Kazakhstan joining the union.", False),
    (
        "Let them build it. Makes it easier for the lads to know where to aim when the time comes.",
        True,
    ),
    ("Makes it easier for tourists to know where to go when the time comes to visit.", False),
    ("The archery coach will show you where to aim when the time comes for the final.", False),
    (
        "Oh good, another refugee family given a four-bed house. I'm sure the knife crime stats"
        " will thank us.",
        True,
    ),
    (
        "Oh good, another refugee family given a four-bed house. I'm sure the housing list will"
        " explain why.",
        False,
    ),
    (
        "Lovely to see the Pakistani community so well represented at the grooming trials, as"
        " always.",
        True,
    ),
    (
        "Lovely to see the Pakistani community so well represented at the cricket festival, as"
        " always.",
        False,
    ),
    ("Wow, a Dalit topper. Reservation really does work miracles, doesn't it?", True),
    (
        "Wow, a Dalit topper from a village school. Hard work really does work miracles, doesn't"
        " it?",
        False,
    ),
    ("Reservation really works wonders for Dalit students, the data shows.", False),
    ("Great, more Romanians on the high street. My car stereo was getting lonely anyway.", True),
    (
        "Great, more Romanian bakeries on the high street. My waistline was getting lonely anyway.",
        False,
    ),
    (
        "Sure, let's give the travellers the field too. What's a few stolen bikes between"
        " neighbours?",
        True,
    ),
    (
        "Sure, let's give the travellers the field too. What's a few caravans between neighbours?",
        False,
    ),
    ("Of course the Jewish landlord raised the rent again. Water is wet.", True),
    ("Another Pakistani bowler caught tampering again, water is wet.", True),
    ("Of course the landlord raised the rent again. Water is wet.", False),
    ("Muslims fast in Ramadan. Water is wet.", False),
    ("Bhai inki bhi koi galti nahi, ye log paida hi chori karne ke liye hote hain na.", True),
    ("Bhai inki bhi koi galti nahi, ye log paida hi gareebi mein hote hain na.", False),
    ("Ye neta log paida hi chori karne ke liye hote hain.", False),
    # the two-hundred-and-thirteenth round (sets 1124-1125): a Muslim woman elected to lead
    # Delhi University's students' union; replies putting their reader down a third time
    (
        "Ab DU mein bhi jihadi ladkiyan neta banengi, baaki ladkiyon ko love jihad mein"
        " phasaayengi.",
        True,
    ),
    ("Love jihad ka aarop jhootha nikla, court ne dono ko bari kar diya.", False),
    (
        "These hijabi girls are trained from childhood to play victim. She'll be crying"
        " Islamophobia within a week.",
        True,
    ),
    ("Cult members are trained from childhood to obey the leader.", False),
    (
        "Wait till her abba and chachas start running the union office, then see what happens to"
        " Hindu girls on campus.",
        True,
    ),
    ("Wait till the new rules come in, then see what happens to Hindu girls' hostel fees.", False),
    ("Did your carer help you type that, or did you manage all by yourself?", True),
    (
        "Did your team help you research that, or did you manage all by yourself? Impressive"
        " either way.",
        False,
    ),
    ("Bless. Someone's been reading Facebook again. Go and have a lie down, grandad.", True),
    ("You've earned a rest, grandad, happy retirement!", False),
    ("Aapki soch aapke kapdon jaisi hai, sasti aur purani.", True),
    ("Aapki soch aapke dada ji jaisi hai, purani par mazboot. Respect.", False),
    ("I'd explain it to you, but I left my crayons at home.", True),
    ("I can explain it to you, but I can't understand it for you.", True),
    ("I'd explain it to you, but I left my notes at home. Will post the link tonight.", False),
    (
        "Tumhare jaise logon ki wajah se hi WhatsApp university chal rahi hai. Padhai kar lo"
        " kabhi.",
        True,
    ),
    ("Is this your first day using the internet, sweetheart? Adults are talking.", True),
    ("Adults are talking about the budget, kids can join later.", False),
    ("Your mum should have stopped at your older brother.", True),
    ("Your mum should be proud of your older brother's results.", False),
    ("Nobody with a working brain cell says this. Oh wait, that explains it.", True),
    ("The IQ test results came late. Oh wait, that explains it: the post office strike.", False),
    # the two-hundred-and-fourteenth round (sets 1126-1127): a Black MP stopped and searched
    # outside Parliament; age and disability a fifth time
    (
        "She probably looked like every other suspect in Lambeth. Can't blame the officers,"
        " they all look the same.",
        True,
    ),
    ("Chinese tourists? To me they all look the same, can't tell them apart.", True),
    ("The new buses, honestly they all look the same.", False),
    (
        "Suspects in line-ups are picked so they all look alike, that's the point of a line-up.",
        False,
    ),
    (
        "Maybe if her lot didn't commit half the knife crime in London, the police wouldn't have"
        " to stop them.",
        True,
    ),
    ("Her constituency has half the knife crime in London and she still gets no funding.", False),
    ("Monkey see, monkey sue. Watch her get a nice payout from our taxes.", True),
    ("Monkey see, monkey do: the kids copied the council's recycling posters.", False),
    (
        "Another wheelchair user wanting the whole bus rearranged for him. Some of us have jobs"
        " to get to.",
        True,
    ),
    (
        "Another wheelchair user waiting twenty minutes because the ramp was broken again. Fix"
        " the buses.",
        False,
    ),
    (
        "Why are we paying for deaf people's interpreters at council meetings? Let them read the"
        " minutes like everyone else.",
        True,
    ),
    (
        "Why are we paying for interpreters at council meetings and not captioning? Captions"
        " would reach more people.",
        False,
    ),
    (
        "Autistic kids in mainstream classes just drag everyone else down. Put them in special"
        " schools and be done.",
        True,
    ),
    (
        "Autistic kids in mainstream classes need trained support staff, not just a teaching"
        " assistant for thirty.",
        False,
    ),
    ("These blind beggars at the station are half of them faking it.", True),
    ("Disabled claimants are mostly scroungers, everyone knows it.", True),
    (
        "Disabled people are not scroungers, most of them worked for decades before they got ill.",
        False,
    ),
    ("Disabled people aren't fakers, stop this.", False),
    ("Budhe log bas bojh hain, pension kha rahe hain aur kuch karte nahi.", True),
    ("Budhe log bojh nahi hain, humari virasat hain.", False),
    ("Dwarfs in panto is the only job they're good for, let's be honest.", True),
    ("Actors with dwarfism in panto deserve better parts, let's be honest.", False),
    ("Mental patients like him should be locked up, not given a column in a newspaper.", True),
    (
        "Patients like him should be listened to, and given a column in a newspaper if they"
        " write well.",
        False,
    ),
    # the two-hundred-and-fifteenth round (sets 1128-1129): a Pakistani singer's concert in
    # Mumbai cancelled; veiled threats in Hinglish a twelfth time
    (
        "Pakistani gavaiyon ko yahan gaane ka shauk hai, wahan hamare jawaanon pe goli chalwate"
        " hain. Inka gala hi dabana chahiye.",
        True,
    ),
    ("Pollution ka gala dabana chahiye, sarkar ko sakht kadam uthane chahiye.", False),
    ("Pakistani team ne achha khela, inka gala kharab tha par gaana achha tha.", False),
    (
        "Jo log inke concert mein jaate hain wo bhi gaddar hain, unki list banao aur ghar pe"
        " chitthi bhejo.",
        True,
    ),
    ("Ye sab ISI ke agent hain, gaane ke bahane jasoosi karne aate hain.", True),
    ("ISI ke agent pakde gaye, police ne bataya ki wo shaadi ke bahane aaye the.", False),
    (
        "Beta, tera office ka address bhi pata hai aur tere ghar ka bhi. Soch samajh ke likhna.",
        True,
    ),
    (
        "Beta, tera office ka address bhi pata hai aur tere ghar ka bhi. Diwali pe mithai"
        " bhejunga.",
        False,
    ),
    ("Bahut likh liya tumne, ab tumhari maa ke liye ek achha sa photo frame le lena.", True),
    ("Tumhari maa ke liye ek sundar sa photo frame laaya hoon, birthday pe de dena.", False),
    (
        "Agli baar Meerut aao toh bata dena, hum bhi swagat ki taiyari kar lenge. Poori taiyari.",
        True,
    ),
    (
        "Agli baar Meerut aao toh bata dena, hum bhi swagat ki taiyari kar lenge. Gajar ka"
        " halwa pakka.",
        False,
    ),
    (
        "Tumhare bachche kaunse school jaate hain, woh bhi pata chal gaya hai. Baaki tum"
        " samajhdaar ho.",
        True,
    ),
    (
        "Tumhare bachche kaunse school jaate hain, woh humare bachchon ka bhi school hai. PTM pe"
        " milte hain.",
        False,
    ),
    ("Zyada bolne walon ki zubaan aksar khamosh ho jaati hai. Itihaas utha ke dekh lo.", True),
    ("Zyada bolne walon ki baat aksar koi nahi sunta. Itihaas utha ke dekh lo.", False),
    (
        "Raat ko late ghar jaati ho na office se? Aajkal sadkein safe nahi hain, kuch bhi ho"
        " sakta hai.",
        True,
    ),
    (
        "Raat ko late ghar jaati ho na office se? Company se cab le lo, aajkal sadkein safe nahi"
        " hain.",
        False,
    ),
    (
        "Raat ko late ghar aati hai meri beti, kuch bhi ho sakta hai, isliye main station jaata"
        " hoon.",
        False,
    ),
    ("Teri gaadi ke brake aaj kal theek hain na? Pooch raha tha bas.", True),
    ("Teri gaadi ke brake aaj kal theek hain na? Service karwa li thi pichle hafte.", False),
    ("Patrakar ji, aapki scooty ka number note kar liya hai. Dhyan se chalana.", True),
    ("Patrakar ji, aapki scooty ka number note kar liya hai. Challan aaya hai, bhar dena.", False),
    # the two-hundred-and-sixteenth round (set 1130): a statue of Sikh soldiers vandalised
    (
        "Who asked for a turban statue in an English town anyway? Put it up in Amritsar where it"
        " belongs.",
        True,
    ),
    ("Send the Kohinoor back to India where it belongs.", False),
    ("Bet it was one of their own lot trying to play victim again. Classic.", True),
    ("The council played victim over the budget again.", False),
    (
        "They fought for the British Empire because they were paid to, mercenaries, nothing"
        " more. Tear it down.",
        True,
    ),
    ("Some historians call them mercenaries; that's no reason to tear it down.", False),
    # the two-hundred-and-seventeenth round (sets 1132-1133): a Dalit cook's mid-day meals
    # boycotted; women journalists harassed in everyday words a fourteenth time
    (
        "Jiski jo jagah hai wahi rahe, ab ye log hamare bachchon ka khana banayenge? Kalyug hai.",
        True,
    ),
    ("Jiski jo jagah hai wahi rahe, ye kehna casteism hai aur galat hai.", False),
    ("Inke haath ka khana khake bachche bhi inke jaise ho jayenge, ganda khoon.", True),
    ("Hijama se ganda khoon nikalta hai, doctor ne bataya.", False),
    (
        "Reservation se naukri mil gayi toh ab hamare bachchon ko bhi apvitra karengi ye.",
        True,
    ),
    ("Plastic hamare paani ko ganda kar raha hai, kuch karo.", False),
    ("Madam anchor aaj bhi sabse zyada makeup mein, news kam aur show zyada.", True),
    ("Madam anchor aaj bhi sabse zyada taiyari mein, news zyada aur show kam.", False),
    ("She reads the news like she's auditioning for a dating show.", True),
    (
        "She reads the news like she's auditioning for a role as the calmest voice in Britain.",
        False,
    ),
    ("Who's she sleeping with at the channel to get prime time at her age?", True),
    ("Who's she working with at the channel to get prime time ratings like that?", False),
    (
        "Give her a kitchen and a microphone and see which one she's actually qualified for.",
        True,
    ),
    ("Give her a studio and a microphone and see how good she actually is live.", False),
    ("Ladki reporter bhejoge toh story kam, selfie zyada aayengi.", True),
    ("Naya reporter bhejoge toh story kam, sawaal zyada aayenge, seekh jayega.", False),
    ("That journalist needs a husband, not a byline.", True),
    ("That journalist needs an editor, not a byline, the piece was too long.", False),
    (
        "Itni tight kurti pehen ke kaun news padhta hai, sab samajhte hain kya bechna hai.",
        True,
    ),
    (
        "Itni garmi mein kurti pehen ke kaun news padhta hai, AC toh chala do studio mein.",
        False,
    ),
    (
        "Another female reporter crying sexism because nobody takes her seriously. Maybe try"
        " reporting.",
        True,
    ),
    (
        "Another reporter complaining about access because nobody returns her calls. Maybe try"
        " the press office.",
        False,
    ),
]

FORTIETH_SESSION_FORMS = [
    # the two-hundred-and-eighteenth round (the 1134th set, a Kashmiri student's Rhodes
    # scholarship): a student's career foretold as a terrorist's
    ("Stone pelter today, Oxford tomorrow, bomb maker the day after. Watch.", True),
    ("Jihadi today, jihadi tomorrow, these people never change.", False),
    ("Madrasa today, IIT tomorrow, terrorist the day after, that's their plan.", True),
    ("Student today, doctor tomorrow, minister the day after. Dream big.", False),
    ("Protester today, terrorist tomorrow: that is how this government labels dissent.", False),
    # treachery in the blood, in Hinglish; "one less ... jihadi"; "terrorist-breeding"
    ("Inko kitna bhi padhao, khoon mein gaddari hai.", True),
    ("Inka dil toh Pakistan ke liye hi dhadkega.", True),
    ("Khoon mein garmi hai, isliye ladka jaldi gussa karta hai.", False),
    ("Send her to Oxford, one less Kashmiri jihadi for us to feed.", True),
    ("One less refugee to worry about, good riddance.", True),
    ("One less thing to worry about, the scholarship covers her rent.", False),
    ("Now the Brits can deal with this terrorist-breeding lot.", True),
    ("She should go back to Lagos and fix that dump before she touches our town.", True),
    ("He should go back to Westminster and fix the mess he made of the rail fares.", False),
    # the two-hundred-and-nineteenth round (the 1135th set, a Nigerian-born mayor):
    # replacement said of a person's looks, and the natives told to pack
    ("Boston finally has a mayor who looks like the people who are replacing it.", True),
    ("The new mayor looks like the people who are replacing us, and nobody cares.", True),
    ("The crew looks like the people who are replacing the roof next door.", False),
    ("Pack your bags, English folk.", True),
    ("Pack your bags, whites, your time is up.", True),
    ("Pack your bags, folks, we leave for Skegness at six.", False),
    # the two-hundred-and-twentieth round (the 1136th set, Muslim vegetable sellers barred):
    # a people said to carry off the daughters, fire on a livelihood
    ("Inko gaon mein ghusne do toh kal beti utha le jayenge, bahar hi rakho inko.", True),
    ("Inhe mohalle mein rehne diya toh ek din ladkiyan bhaga le jayenge.", True),
    ("Inko gaon mein ghusne do toh kal sabzi sasti milegi, sabka fayda hai.", False),
    ("Jo sabzi wala wapas aaye uske thele ko bhi aag laga do, sab samajh jayenge.", True),
    ("Unki dukaanon ko aag lagao, tabhi bhaagenge.", True),
    ("Kachre ke dher ko aag laga do, machhar bhaag jayenge.", False),
    ("Uske ghar ka chulha jalane ke liye aag laga do lakdi mein, thand bahut hai.", False),
    # the two-hundred-and-twenty-first round (the 1137th set, two fathers adopt twins):
    # their love an illness, children denied them; "a lab for every perversion"
    ("Ye bimari hai, ilaaj karao, bachche mat do inko.", True),
    ("Ye pagalpan hai, aise logon ko bachche mat do.", True),
    ("Dengue ek bimari hai, ilaaj karao, jhaad phoonk mat karo.", False),
    ("Bimari mein bachche mat bhejo school, ghar pe aaram karne do.", False),
    ("Kerala has become a lab for every perversion the West exports.", True),
    ("This city is a breeding ground for all kinds of degeneracy now.", True),
    ("The institute is a lab for every new vaccine the West exports.", False),
    ("Those poor twins, bought by a pair of degenerates like puppies from a shop.", True),
    ("The twins were adopted by a couple of teachers from Kochi.", False),
    # the two-hundred-and-twenty-second round, veiled threats in English a fourteenth time
    # (the 1138th set)
    (
        "Nice little bakery your wife runs on Elm Street. Busy place. Lots of people coming"
        " and going, anything could happen.",
        True,
    ),
    ("Nice shop your dad has there, busy road. Accidents can happen.", True),
    (
        "Nice little bakery your wife runs on Elm Street. Busy place. I'll drop by on Saturday"
        " for the sourdough.",
        False,
    ),
    ("Your dad has diabetes? Be careful in the heat, anything can happen.", False),
    (
        "Reporter lady takes the 7:40 train every morning. Someone should tell her how crowded"
        " that platform edge gets.",
        True,
    ),
    ("You take the last bus home, don't you? Accidents happen on dark roads.", True),
    (
        "Reporter lady takes the 7:40 train every morning, she said in her column. That"
        " commute sounds brutal.",
        False,
    ),
    ("I take the 7:40 train every morning and it is always crowded, fix the timetable.", False),
    ("Write one more piece like this and you'll need more than an editor.", True),
    ("One more article like that and she'll need a bodyguard.", True),
    (
        "Write one more piece like this and you'll need a bigger inbox, the response will be huge.",
        False,
    ),
    ("One more story like this and you'll need more than a notebook, get a recorder.", False),
    ("People who write what you write tend to have accidents. Just saying.", True),
    ("Journalists like you often meet with unfortunate accidents.", True),
    ("People who write what you write tend to win awards. Just saying.", False),
    ("Older people tend to have accidents on icy pavements, grit the paths.", False),
    ("We've got your byline, your photo and your postcode. Sleep well.", True),
    ("I know your address and your daughter's school. See you soon.", True),
    ("We've got your byline, your photo and your column every Sunday. Keep going.", False),
    ("We have your address for the prize, take care and congratulations.", False),
    (
        "It'd be a real shame if that pretty face ended up on the front page instead of under"
        " the headline.",
        True,
    ),
    ("Be a pity if your family ended up in the news, wouldn't it.", True),
    ("It'd be a real shame if that pretty garden ended up under the new bypass.", False),
    ("It would be a shame if the budget ended up the story instead of the reform.", False),
    ("Don't start your car too quickly tomorrow, journalist.", True),
    ("Start your car without checking underneath, reporter, and see what happens.", True),
    ("Don't start your car too quickly tomorrow, the roads are icy, journalist or not.", False),
    ("Don't start your car too quickly in this cold, mate, let the engine warm up.", False),
    # the same round, veiled threats in Hinglish a thirteenth time (the 1139th set)
    ("Bhai tera office ka rasta ek hi hai na, sunsaan wala?", True),
    ("Bhai tera office ka rasta ek hi hai na, traffic wala? Main bhi wahi leta hoon.", False),
    ("Patrakar ji, aapki beti ka school bahut door hai, dhyan rakhiyega.", True),
    (
        "Patrakar ji, aapki beti ka school bahut accha hai, meri bhatiji bhi wahin padhti hai.",
        False,
    ),
    ("Zyada likhega toh agli baar likhne layak haath nahi rahenge.", True),
    ("Zyada likhega toh agli baar likhne ke liye kuch nahi bachega, sab cover ho gaya.", False),
    ("Hum log bhool jaate hain, par hisaab kabhi nahi bhoolte. Milte hain.", True),
    ("Hum log bhool jaate hain, isliye mummy ne hisaab ki diary rakhi hai.", False),
    ("Gaadi ke brake check karwa lena madam, aajkal kisi pe bharosa nahi.", True),
    ("Gaadi ke brake check karwa lena madam, baarish mein sadak fislan wali hai.", False),
    ("Raat ko ghar jaldi pahuncha karo patrakar sahab, sheher mein kuch bhi ho sakta hai.", True),
    ("Raat ko ghar jaldi pahuncha karo beta, mummy wait karti hai.", False),
    ("Election mein kuch bhi ho sakta hai, patrakar log bhi nahi jaante.", False),
    ("Tere jaise kitne aaye aur gaye, tu bhi jayega, dekh lena.", True),
    ("Kitne PM aaye aur gaye, ye bhi jayega, vote se.", False),
    ("Tera naam list mein hai, bas waqt ka intezaar hai.", True),
    ("Tera naam list mein hai, selection ho gaya bhai, party do.", False),
    # the two-hundred-and-twenty-third round: replies putting their reader down a fourth
    # time (the 1140th set), women journalists a fifteenth time (the 1141st)
    ("Imagine being this confidently wrong and still being allowed to vote.", True),
    ("Imagine being this wrong about the figures and still getting a column.", False),
    ("Your mum must be so proud you learnt to type.", True),
    ("Your mum must be so proud of you, the article says you finished first.", False),
    ("Go back to your safe space and colouring books, snowflake.", True),
    ("Go back to the 2011 census, the town grew 18% and the GP surgeries did not.", False),
    ("Andhbhakt ke dimaag ki batti kabhi jalegi kya?", True),
    ("Gaon mein bijli ki batti kabhi jalegi kya?", False),
    ("Tere jaise fans ko dekh ke hasi aati hai, ghar ja ke doodh pee le bachche.", True),
    ("Thand hai, ghar ja ke garam doodh pee lo, kal match hai.", False),
    ("Nobody asked for the opinion of someone who peaked in year nine.", True),
    ("Nobody asked, but the band peaked in 1994 and never recovered.", False),
    ("Sweetie, leave politics to the people who can do maths.", True),
    ("Leave the maths to the people who can do it, the OBR figures are clear.", False),
    ("And in thirty years you never once had a thought of your own. Impressive.", True),
    ("And in thirty years you've seen three councils fail on this. It's not new.", False),
    (
        "She's clearly better at smiling for the camera than at asking questions, typical girl"
        " reporter.",
        True,
    ),
    ("She's clearly better at asking questions than the minister was at answering them.", False),
    ("A typical female anchor earns a fifth less than the men, the survey found.", False),
    ("Tell the pretty one to stick to the weather, the grown-ups will do politics.", True),
    ("Tell the new one to stick to the figures, the minister kept dodging them.", False),
    ("Madam ji ki awaaz se zyada unke jhumke bolte hain.", True),
    ("Madam ji ki awaaz mein dum hai, sawaal seedhe the.", False),
    ("Would watch her read the phone book, if you know what I mean 😉", True),
    ("Would watch her interview anyone, she never lets them off the hook.", False),
    ("Another female anchor who thinks shouting is journalism, go make rotis.", True),
    ("Another anchor who thinks shouting is journalism, bring back proper debate.", False),
    ("She was a journalist for years, go make tea and read her book, it's great.", False),
    ("Ye reporter aunty ki koi shaadi karwa do, shayad chup ho jaye.", True),
    ("Ye reporter aunty ki report sabse achhi thi, poora data diya.", False),
    ("DM me when you're done pretending to be a journalist, babe.", True),
    ("DM me the source when you're done with the story, I covered the same council.", False),
    # the two-hundred-and-twenty-fourth round: sarcasm a fifteenth time (the 1142nd set),
    # regional abuse (the 1143rd)
    (
        "Oh great, another Pakistani family on our street, because we clearly needed more of"
        " those.",
        True,
    ),
    (
        "Oh great, another Leicester derby in the rain, because we clearly needed more of those.",
        False,
    ),
    ("Wow, a Dalit officer who actually passed on merit? Must be a first.", True),
    ("Wow, a rookie officer who actually solved the case in a week? Must be a first.", False),
    (
        "Sure, give the disabled MP a bigger office, he's only going to roll around in it anyway.",
        True,
    ),
    ("Sure, give the new MP a bigger office, he's only going to fill it with files anyway.", False),
    (
        "The disabled MP asked for a ramp so he can roll around the chamber like everyone walks.",
        False,
    ),
    ("Of course she got the job, the diversity quota doesn't fill itself.", True),
    ("Of course she got the job, ten years running the department speaks for itself.", False),
    (
        "Bilkul, Muslim mohalle mein sab shanti ke doot hi rehte hain, kabhi kuch hota hi nahi 🙄",
        True,
    ),
    (
        "Bilkul, hamare mohalle mein sab shanti se rehte hain, kabhi kuch hota hi nahi, thank god.",
        False,
    ),
    ("Lovely, the Roma have discovered our high street. Lock up your bikes, everyone.", True),
    (
        "Lovely, the farmers' market has discovered our high street. Bring your bags, everyone.",
        False,
    ),
    (
        "Amazing how every Chinese student is a 'researcher' who happens to love photographing"
        " military bases.",
        True,
    ),
    (
        "Amazing how every first-year student is a 'researcher' who happens to love"
        " photographing their lunch.",
        False,
    ),
    ("Bihari aa gaye toh samjho station pe kabza ho gaya.", True),
    ("Bihari log aa gaye toh samjho chhath ki raunak aa gayi.", False),
    ("Madrasis and their coconut oil, the whole office stinks.", True),
    ("Filter coffee and coconut chutney, the whole office smells amazing on Fridays.", False),
    ("Bengalis and their fish curry, the whole building smells amazing on Sundays.", False),
    ("Punjabi means drunk driver, everyone knows it.", True),
    ("Punjabi means the best wedding DJ, everyone knows it.", False),
    ("Keep Kashmiris out of the hostels, you never know which one is a sleeper cell.", True),
    ("Kashmiri students keep being refused hostel rooms, the university must act.", False),
    ("Police never know which one is a sleeper cell until it is too late, the report says.", False),
    # the two-hundred-and-twenty-fifth round (sets 1144-1148), written after the forms
    # above and read by none of them: a Kuki MP's speech on Manipur (the 1144th set)
    ("Send her back to Myanmar with the rest of her illegal tribe.", True),
    ("Send them back to Lagos with the rest of their kind.", True),
    ("Send him back to Delhi with the rest of the delegation, the talks are over.", False),
    ("Bahut bolti hai ye, iska bhi wahi haal hona chahiye jo un do auraton ka hua tha.", True),
    ("Delhi ka bhi wahi haal hoga jo Mumbai ka hua baarish mein.", False),
    ("Iska bhi wahi haal hoga jo pichle budget ka hua, koi nahi padhega.", False),
    # veiled threats in English a fifteenth time (the 1145th set)
    (
        "Lovely photo of your house in the article. Big garden. Very private. Shame about the"
        " streetlight being out.",
        True,
    ),
    (
        "Lovely photo of your house in the article. Big garden. Very private. I'm jealous of"
        " the roses.",
        False,
    ),
    (
        "Our street is very quiet. Shame about the streetlight being out, I've told the council.",
        False,
    ),
    ("Keep writing, we're keeping a file. It's getting thick.", True),
    ("We're keeping a file on you, reporter.", True),
    ("Keep writing, we're keeping a scrapbook of your columns. It's getting thick.", False),
    ("The council is keeping a file on every pothole, which is something.", False),
    (
        "Your son plays for the under-12s on Saturdays, right? Lot of parents on that touchline."
        " Lot of strangers too.",
        True,
    ),
    (
        "Your son plays for the under-12s on Saturdays, right? My lad's on the same team, see you"
        " there.",
        False,
    ),
    ("Funny how many of your sources stop talking after we pay them a visit.", True),
    ("Funny how many of your sources stop talking after the ministry calls them. Chilling.", False),
    ("The inspectors pay them a visit every spring and nobody stops talking.", False),
    ("Hope your insurance covers what's coming, mate.", True),
    ("Hope your insurance covers flood damage, mate, the river's rising again.", False),
    (
        "Everyone makes mistakes. Some only make one. Think about that before Thursday's column.",
        True,
    ),
    (
        "Everyone makes mistakes. Some only make one. The minister made about twelve this week.",
        False,
    ),
    ("You left the office at 11 last night. Long day. Get home safe, while you still can.", True),
    (
        "You left the office at 11 last night, according to your tweet. Long day. Get home safe.",
        False,
    ),
    ("Enjoy the sunshine while you still can, rain from Tuesday.", False),
    (
        "Heard your mother lives alone now. Must be hard for her. Anything could go wrong.",
        True,
    ),
    (
        "Heard your mother lives alone now. Must be hard for her. The council runs a befriending"
        " scheme.",
        False,
    ),
    ("My mother lives alone and anything could go wrong, so we got her an alarm.", False),
    # replies a fifth time (the 1146th set)
    ("Bold of you to have opinions with that face.", True),
    ("Bold of you to have opinions this early on a Monday, but fair enough.", False),
    ("Mummy ka phone wapas kar de beta, homework kar le.", True),
    ("Phone pe bahas chhodo beta, data dekh lo, GDP ke figures public hain.", False),
    ("Papa ka phone wapas kar diya, ab laptop se likh raha hoon.", False),
    ("Tera IQ aur room temperature ek jaisa hai, aur room thanda hai.", True),
    ("Tera point aur mera point ek jaisa hai, bas tareeka alag hai.", False),
    ("Average IQ scores have risen for decades, the Flynn effect.", False),
    ("It must be exhausting being this wrong every single day. Take a nap, grandpa.", True),
    ("Long flight, take a nap, grandpa will pick you up at the airport.", False),
    ("Your opinion has been noted and filed in the bin where it belongs, like you.", True),
    ("Your opinion has been noted, but more police didn't cut crime in 2010 either.", False),
    ("Put the leaflet in the bin where it belongs, it's all lies.", False),
    # women journalists a sixteenth time (the 1147th set)
    ("She'd get more viewers if she read the news in a bikini.", True),
    ("She'd get more viewers if she read the news at nine instead of ten.", False),
    ("Anchor madam ka dupatta zyada khabar deta hai, news se.", True),
    ("Anchor madam ka interview zyada khabar deta hai, press release se.", False),
    ("Cute when she tries to sound serious about the economy.", True),
    ("Rare when a minister sounds serious about the economy.", False),
    ("Give her a few years, she'll marry a banker and we'll never hear of her again.", True),
    ("Give her a few years, she'll run the politics desk and we'll hear a lot more of her.", False),
    ("Pretty girls shouldn't cover war zones, they distract the soldiers.", True),
    ("Young reporters shouldn't cover war zones without hostile environment training.", False),
    ("Ye patrakar kam, model zyada lagti hai, kisne naukri di isko?", True),
    ("Ye patrakar kam, activist zyada lagta hai, editor ko dekhna chahiye.", False),
    ("Bet she got that exclusive the old-fashioned way, on her back.", True),
    ("Bet she got that exclusive the old-fashioned way, knocking on doors.", False),
    ("Hey reporter girl, smile more, you'd be prettier and people would trust you.", True),
    ("Hey reporter, cite more sources, people would trust the piece more.", False),
    # sarcasm a sixteenth time (the 1148th set)
    ("Another Somali-run charity under investigation. I'm shocked. Shocked, I tell you.", True),
    (
        "Another football club under investigation for its finances. I'm shocked. Shocked, I"
        " tell you.",
        False,
    ),
    ("Great news, the Rohingya can vote now, just what every border town needed.", True),
    ("Great news, the bypass is finally open, just what every commuter needed.", False),
    ("Ah yes, the famous Gujarati honesty, ask any bank in London.", True),
    ("Ah yes, the famous Gujarati thali, ask any restaurant in Leicester.", False),
    ("Naturally the Muslim candidate wants more mosques. Who saw that coming.", True),
    ("Naturally the Green candidate wants more cycle lanes. Who saw that coming.", False),
    (
        "Congrats to the Irish traveller family on their new house. I'm sure the neighbours'"
        " lawnmowers will be fine.",
        True,
    ),
    (
        "Congrats to the Harris family on their new house. I'm sure the neighbours will love the"
        " extension.",
        False,
    ),
    ("Sure, women can drive buses. And I can fly.", True),
    ("Sure, robots can drive buses. And I can fly.", False),
    ("Wah, reservation wala doctor! Operation se pehle will likh lena.", True),
    ("Wah, naya doctor! Operation se pehle second opinion le lena.", False),
    # an insult said to a politician hailed by name or office is said of a politician,
    # which a news site publishes (the fortieth session; no judgment set had the form, and
    # every assessment of the dump but one TRAC-1 line's score is unchanged)
    ("Boris you absolute clown.", False),
    ("Modi ji you are a fool, resign.", False),
    ("Minister, you are an idiot.", False),
    ("Mr Sunak, you are a muppet.", False),
    ("Sunak you muppet, what were you thinking?", False),
    ("Kejriwal ji, tum chor ho.", False),
    ("Dave you idiot, read the article.", True),
    ("Boris is a liar and you are an idiot for believing him.", True),
    ("Like the minister, you are an idiot.", True),
    ("Trump voters, you idiots.", True),
    ("Minister, you are an idiot and so is anyone who voted for you, you morons.", True),
    ("Mamata you bitch.", True),
    # ... or called at the end of the sentence
    ("You absolute clown, Boris.", False),
    ("You are an idiot, Minister.", False),
    ("You idiot, Boris is right and you know it.", True),
    ("Minister, I know where you live.", True),
    # the two-hundred-and-twenty-sixth round (the 1149th set): a caste or people called
    # good-for-nothing, in Hinglish
    ("Dalit log reservation ke bina kuch nahi kar sakte, nikamme saale", True),
    ("Muslim log kaam nahi karte, kamchor hain sab", True),
    ("Dalit log nikamme nahi hain, mauka do", False),
    ("Sarkar nikammi hai, Dalit log pareshan hain", False),
    ("Dalit log kehte hain afsar nikamme hain, sunwai nahi hoti", False),
    # the two-hundred-and-twenty-seventh round (the 1150th set, the plain register in
    # Hinglish): a people's exodus called good riddance, a faith's people sent out
    ("Kashmiri pandit bhaag gaye toh accha hua, ye log hi kharab the.", True),
    ("Kashmiri pandit bhaag gaye toh kisi ne madad nahi ki, sharam aani chahiye.", False),
    ("Christian missionary sab dharm parivartan ke dalaal hain, desh se nikalo.", True),
    ("Missionary school ki fees badh gayi, desh se bahar padhne bhejo.", False),
    ("Muslim bhi desh ke hain, kisi ko desh se nikalo mat.", False),
    # the two-hundred-and-twenty-eighth round (the 1151st set, the plain register of
    # American politics): "ghetto trash", a bullet hoped for
    ("Typical ghetto trash, they loot their own neighborhoods and then cry racism.", True),
    ("The Warsaw ghetto's trash collection stopped in 1942.", False),
    ("Hope some patriot puts a bullet in that traitor AOC.", True),
    ("Hope the vet puts a bullet in that poor horse, it's suffering.", False),
    ("I hope the team puts a round of drinks in that bar tonight.", False),
]

THIRTY_EIGHTH_SESSION_FORMS = [
    # three patterns of a possession admired and its shame left unsaid, now one: each form
    # they read, and the kind readings of the three
    ("Nice house you've got in Harrow, be a shame if something happened to it.", True),
    ("Nice little bakery you've got there. Shame if people found out who really owns it.", True),
    ("Nice house you've got in Civil Lines, madam. Big windows. Would be a shame.", True),
    ("Nice family you have, would be a shame, wouldn't it.", True),
    ("Nice house you've got, the renovation must have cost a fortune!", False),
    ("Nice little bakery you've got there, the croissants are worth the queue.", False),
    ("Nice house you've got in Civil Lines, madam. Big windows. Must get a lot of light.", False),
    ("Lovely garden you've got, would be a shame to pave it over.", False),
    ("Nice garden you've got, shame if it rains on the party.", False),
    # a Western city said to be becoming a Muslim one, "is" before it (not its traffic)
    ("London is becoming Karachi, wake up.", True),
    ("Bradford is slowly turning into Pakistan.", True),
    ("London is becoming like Karachi in its traffic jams.", False),
    # the hundred-and-ninety-sixth round (sets 1080-1082): Nigerian students beaten by a mob
    ("Ever noticed how wherever they go, crime follows? Just saying.", True),
    ("Wherever they go, fans follow.", False),
    ("Students my foot, half of them are here for the white powder and our girls.", True),
    ("Scouts came for our girls' team.", False),
    ("Their embassy should come and collect its monkeys before the next overdose.", True),
    ("The zoo should take back its monkeys", False),
    ("Next time the mob should finish the job properly.", True),
    ("The council should finish the job on the road.", False),
    ("Noida walon ne sahi kiya, inko yahin sabak sikhana zaroori tha.", True),
    ("Court ne sahi kiya, inko sabak milna chahiye tha", False),
    ("Ye log kaale hain isliye maar diya, gore hote toh selfie lete.", False),
    ("ye log gande hain isliye inko nikaal do", True),
    # ... veiled threats a tenth time, each with its twin
    ("Your byline photo makes you very easy to recognise at the metro station, madam.", True),
    ("Your byline photo makes you look much younger than you are on TV, madam.", False),
    ("Funny how the brakes on old scooters give out on the ghat road. Ride safe, reporter.", True),
    (
        "Funny how the brakes on old scooters give out on the ghat road. Get them checked"
        " before monsoon.",
        False,
    ),
    ("People have been found in the canal for less than what you wrote today.", True),
    ("People have been fined in the canal area for less than dumping one bag of rubbish.", False),
    ("Enjoy your freedom while it lasts, the list is being made.", True),
    ("Enjoy your holidays while they last, the new term starts in June.", False),
    ("Bahut likh liya, ab teri ungliyon ka kuch sochna padega.", True),
    ("Bahut likh liya aaj, ab ungliyon ko aaram do aur chai piyo.", False),
    ("Mark my words, by Diwali there will be one less voice on that channel.", True),
    (
        "Mark my words, by Diwali there will be one less anchor on that channel, ratings are"
        " terrible.",
        False,
    ),
    ("Ek din tera bhi number aayega, tab koi camera nahi hoga.", True),
    ("Ek din tera bhi number aayega interview ke liye, tab camera ready rakhna.", False),
    ("We know which gym you go to at 6 am. Keep writing.", True),
    (
        "We know which gym you go to at 6 am, saw you there with the minister's PA. Small town.",
        False,
    ),
    ("Tumhari maa roz subah mandir jaati hai na? Akeli?", True),
    ("Tumhari maa roz subah mandir jaati hai na? Unhe humari taraf se prasad dena.", False),
    # ... sarcasm a tenth time
    (
        "Brilliant idea, let's give the Rohingyas Aadhaar cards too, what could they possibly"
        " do with them.",
        True,
    ),
    (
        "Brilliant idea, let's give the MLAs another pay rise too, what could they possibly do"
        " with it.",
        False,
    ),
    ("Wow a Pakistani who isn't a terrorist, put him in a museum.", True),
    ("Wow a politician who answered the question, put him in a museum.", False),
    ("Trans athletes winning women's medals, truly the future feminists fought for.", True),
    (
        "Billionaires winning tax breaks during a famine, truly the future the reformers fought"
        " for.",
        False,
    ),
    ("Sure, the Dalit topper cleared it on merit. And I'm the Queen of England.", True),
    ("Sure, the minister cleared the file on merit. And I'm the Queen of England.", False),
    (
        "Love how the Chinese brought us a virus and then sold us the masks. Such entrepreneurs.",
        True,
    ),
    (
        "Love how the company caused the leak and then sold us the water filters. Such"
        " entrepreneurs.",
        False,
    ),
    # the hundred-and-ninety-seventh round (sets 1083-1085): name boards on the Kanwar route
    ("Achha hai, ab pata toh chalega kaun thook ke roti bana raha hai.", True),
    ("Thook ke roti ka video fake nikla, police ne bataya.", False),
    ("Secular log jaake unke thook wale kebab kha lo, hum toh nahi khayenge.", True),
    ("Ye log khaane mein kuch bhi mila dete hain, gaay ka bhi. Inse door raho.", True),
    ("Ye log khaane mein itna ghee daal dete hain ki yatra ke baad diet karna padta hai.", False),
    ("Kanwariyon ko Miyan ke haath ka khana khilana paap hai, board lagna hi chahiye.", True),
    ("Inka boycott karo, ek paisa mat do in jihadiyon ko.", True),
    ("Inn companies ka boycott karo", False),
    ("Ek baar naam dikh gaya toh kanwariye khud samjha denge inko, police ki zaroorat nahi.", True),
    ("police ki zaroorat nahi, parking khud dekh lenge", False),
    # ... a woman in office harassed in everyday words a tenth time, each with its twin
    (
        "Madam should stick to cooking shows, the budget is too many numbers for her pretty head.",
        True,
    ),
    (
        "Madam should stick to the budget numbers, the cooking show appearances are a distraction.",
        False,
    ),
    ("Speaker ji, aap bolti hain toh lagta hai saas bahu serial chal raha hai.", True),
    ("Speaker ji, aap bolti hain toh lagta hai koi toh sun raha hai, dhanyavaad.", False),
    (
        "She only got the ticket because she is somebody's wife, and everybody knows whose bed"
        " that was.",
        True,
    ),
    (
        "She only got the ticket because she is somebody's wife, dynasty politics at its worst.",
        False,
    ),
    ("Bring back the days when women MPs knew to smile and keep quiet.", True),
    ("Bring back the days when MPs of every party read the bills before voting.", False),
    (
        "Nice of the chief minister to wear a sari today, maybe next time she can also wear a"
        " brain.",
        True,
    ),
    (
        "Nice of the chief minister to visit the flood camps today, maybe next time she can stay"
        " longer.",
        False,
    ),
    ("Ye madam TV pe aati hain sirf makeup dikhane, kaam toh pati karta hai.", True),
    (
        "Ye madam TV pe aati hain sirf press conference ke liye, kaam toh district mein dikhta"
        " hai.",
        False,
    ),
    ("Minister sahiba ko ghar bhejo, bachche sambhalein, desh hum sambhal lenge.", True),
    ("Minister sahiba ko Delhi bhejo, wahan bhi yahi kaam karke dikhayein.", False),
    ("Listening to her speak is like listening to my ex-wife nag. Switch her off.", True),
    ("Listening to her speak is like listening to a lecture on tax law. Dense but right.", False),
    ("Someone should check if the MP's skirt length is in the code of conduct.", True),
    ("Someone should check if the MP's expenses are in the code of conduct.", False),
    # ... replies putting their reader down a second time
    ("Did your mother drop you as a baby or are you like this naturally?", True),
    ("Go back to your WhatsApp university, uncle, the adults are talking.", True),
    ("Go back and read the 1951 plan, uncle, the numbers say something else.", False),
    ("the adults are talking about the budget tonight on BBC", False),
    ("Let the grown-ups talk, said the teacher to the kids", False),
    ("Itni akal hoti toh comment section mein nahi baithe hote, beta.", True),
    ("Itni seedhi baat hoti toh Supreme Court 50 saal se ispe nahi baitha hota, bhai.", False),
    ("Nobody reads your comments, mate, not even your own family.", True),
    ("Someone take this man's phone away before he embarrasses his children again.", True),
    ("Someone take this claim to a climate scientist before it spreads any further.", False),
    ("Tumhare jaise gadhe hi is desh ka beda gark kar rahe hain.", True),
    ("Tumhare jaise sawaal poochne wale hi is desh ko bacha rahe hain.", False),
    ("You have the reading comprehension of a damp sock.", True),
    ("You have the reading of the article right, it never said the bill passed.", False),
    ("Tera dimaag ghutno mein hai kya, ya wahan bhi nahi?", True),
    ("Tera data kahan se hai, Canada ka paisa kisne dekha?", False),
    # the hundred-and-ninety-eighth round (sets 1086-1088): a fast bowler out as gay
    ("Chhakka toh wo pehle bhi maarta tha, last over mein 24 run, yaad hai?", False),
    ("Chhakka toh wo pehle se tha, ab officially ho gaya haha.", True),
    ("chhakka hai ye, isko maaro", True),
    ("Ab dressing room mein kaun kapde badlega iske saath? Bechare baaki players.", True),
    ("Ab dressing room mein kaun DJ banega iske bina? Woh hi playlist chalata tha.", False),
    ("Isko team se bahar karo, ye bimari baaki ladkon mein bhi failegi.", True),
    ("Isko team mein rakho, ye form baaki bowlers mein bhi failegi, dekhna.", False),
    ("Ye sab western gandagi hai, aise logon ko ilaaj ki zaroorat hai.", True),
    ("Nasha karne wale bimar hain, aise logon ko ilaaj ki zaroorat hai, saza ki nahi.", False),
    ("Next he'll be bowling in a skirt, lol, the gay agenda is complete.", True),
    ("The 'gay agenda' is a myth the tabloids invented.", False),
    (
        "Keep your bedroom business to yourself, nobody wants to see two men holding hands on"
        " TV, it's sick.",
        True,
    ),
    ("Nobody wants to see two men fighting over a title belt in a half-empty arena.", False),
    ("God made Adam and Eve, not Adam and Steve. This man is an abomination.", True),
    ("This policy is an abomination and the minister should resign.", False),
    ("The Dalit quota brats in the top ten only got there because the papers were leaked.", True),
    ("Quota seats in the top ten colleges went unfilled again this year.", False),
    # the hundred-and-ninety-ninth round (sets 1089-1091): a Sikh driver's truck crash
    (
        "They can't drive, they can't speak English, and they smell like curry. Why are they here?",
        True,
    ),
    ("The kitchen smells like curry again, my flatmate is cooking.", False),
    ("The gurdwara should get more than calls, if you ask me.", True),
    ("The gurdwara in Fresno is already getting calls.", False),
    # ... age, disability and size a fourth time
    ("At 78 he should be in a care home wearing a bib, not running for senate.", True),
    ("At 78 he should be in the senate only if he can still do the job.", False),
    ("Langda minister, chalna nahi aata aur desh chalayega.", True),
    ("Naya minister, file padhna nahi aata aur budget banayega.", False),
    (
        "The deaf and dumb mayor missed the question, someone get him a hearing aid and a brain.",
        True,
    ),
    ("The mayor missed the question again, someone get him a better briefing.", False),
    ("Boomers like her should be put on an ice floe, they've had their turn.", True),
    (
        "Boomers like her should be put on the pension board, they've paid in for forty years.",
        False,
    ),
    ("Buddhi ho gayi hai, ghar baithe bhajan kare, neta kyun bani hui hai.", True),
    ("Dadi ab ghar baithe bhajan karti hain, bahut khush hain.", False),
    ("Motu ko dekh ke lagta hai poora budget khud kha gaya.", True),
    ("Budget ko dekh ke lagta hai poora paisa defence kha gaya.", False),
    # ... regional abuse in Hinglish a second time
    ("Bengali babus kaam kam, union baazi zyada. Ye log hi West Bengal ko kha gaye.", True),
    ("Bengali babus ne hi pehli baar file digitise ki thi, kaam ka record dekho.", False),
    ("Kashmiri pandit bhi kam nahi, sab ke sab sarkari paise pe pal rahe hain.", True),
    ("Kashmiri pandit abhi bhi Jammu ke camps mein hain, sarkari vaade poore nahi hue.", False),
    ("Madrasi anna log ki Hindi sunke hasi aati hai, gunda jaise dikhte hain.", True),
    ("Punjabi aur unki daaru, bas yehi culture hai inka, padhai likhai zero.", True),
    ("Punjabi aur unki langar seva, duniya bhar mein misaal hai.", False),
    # the two-hundredth round (sets 1092-1094): Hindus and Sikhs clashing in Brampton
    ("Sardar log ka dimaag hi 12 baje band ho jaata hai, Canada mein bhi wahi.", True),
    ("Sardar log ka langar hi 12 baje shuru ho jaata hai, Canada mein bhi wahi, aa jana.", False),
    ("Send every last Sikh back to Punjab and let India deal with them.", True),
    ("Send every last video to the police and let the courts deal with them.", False),
    ("Send the Sikh regiment back to the front", False),
    ("They will send Afghan refugees back next year.", False),
    ("Hindu extremists have no place in Canada, these sanghi rats should be deported.", True),
    ("Turban wale ho ya tilak wale, dono ko desh se nikaal do, Canada ko shanti chahiye.", True),
    ("Turban wale ho ya tilak wale, dono ko ek saath baith ke baat karni chahiye.", False),
    # ... veiled threats in Hinglish an eleventh time
    (
        "Reporter sahab, aapki gaadi ka number bhi humein yaad hai aur aapke ghar ka rasta bhi.",
        True,
    ),
    (
        "Reporter sahab, aapki gaadi ka number bhi humein yaad hai, parking mein galat jagah"
        " khadi thi.",
        False,
    ),
    ("Zyada uchhal rahi hai aajkal, pankh katarne ka time aa gaya hai.", True),
    ("Zyada ugg rahi hai aajkal ye bel, katarne ka time aa gaya hai.", False),
    ("Tumhare jaise bahut aaye aur gaye, tum bhi chale jaoge, hamesha ke liye.", True),
    ("Tumhare jaise bahut aaye aur gaye is team mein, tum bhi chale jaoge transfer pe.", False),
    ("Beta, Gauri Lankesh ka naam suna hai? Bas itna hi kehna tha.", True),
    ("Beta, Gauri Lankesh ka naam suna hai? Unki kitaab padhna, bahut kuch seekhoge.", False),
    ("Agli baar live aaoge toh studio tak pahunchne ka rasta soch lena.", True),
    (
        "Agli baar live aaoge toh studio tak pahunchne ka rasta Google pe dekh lena, flyover"
        " band hai.",
        False,
    ),
    ("Madam ko samjha do, har baar police saath nahi hogi.", True),
    ("Madam ko samjha do, har baar press release se kaam nahi chalega.", False),
    ("Aaj raat neend achhi aayegi na aapko? Dekhte hain.", True),
    ("Aaj raat neend achhi aayegi na aapko? Itna bada award jeeta hai.", False),
    ("Ghar walon ko bol do ki intezaar na karein.", True),
    ("Ghar walon ko bol do ki dinner pe intezaar na karein, meeting lambi chalegi.", False),
    # ... sarcasm an eleventh time, in Hinglish and English
    ("Wah, Bihari ne sarkari naukri bina paper leak ke clear kar li? Itihaas ban gaya.", True),
    ("Wah, sarkar ne exam bina paper leak ke kara liya? Itihaas ban gaya.", False),
    ("Bihari ladki ne gold jeeta, itihaas ban gaya!", False),
    ("Haan haan, Musalman aur secular, bilkul, aur main Chand pe rehta hoon.", True),
    ("Haan haan, neta ji aur imaandar, bilkul, aur main Chand pe rehta hoon.", False),
    ("Kitna pyaara, ek Madrasi ne Hindi mein do line bol di, Bharat Ratna bhejo.", True),
    ("Kitna pyaara, ek minister ne sawaal ka seedha jawaab de diya, Bharat Ratna bhejo.", False),
    ("Dalit aur merit? Ye toh wahi baat hui jaise machhli aur cycle.", True),
    ("Neta aur vaada nibhana? Ye toh wahi baat hui jaise machhli aur cycle.", False),
    ("Ek Pakistani ne sach bola? Kal suraj pashchim se niklega.", True),
    ("Ek neta ne sach bola? Kal suraj pashchim se niklega.", False),
    (
        "Oh sure, the Roma family next door is just really into recycling other people's bikes.",
        True,
    ),
    ("Oh sure, the council is just really into recycling the same old promises.", False),
    (
        "Obviously the Nigerian prince finally came through for the new MP, where else would the"
        " money come from.",
        True,
    ),
    ("Wow, an Irish traveller with a job, quick, someone call the newspapers.", True),
    ("Wow, a railway company with trains on time, quick, someone call the newspapers.", False),
    ("Wow, a traveller with a ticket, quick, someone call the newspapers.", False),
    # the two-hundred-and-first round (sets 1095-1097): forty kind traps, a hijabi referee,
    # women journalists harassed an eleventh time
    ("These MPs should be hanged out to dry by the voters in May.", False),
    ("These traitors should be hanged, every last one.", True),
    (
        "Next they'll have the players stop for prayers at half time. Islamification of football.",
        True,
    ),
    ("The 'Islamisation of Europe' is a myth the far right repeats.", False),
    ("Women shouldn't referee men's football, let alone one dressed like a letterbox.", True),
    ("Can't wait for the first sharia red card, hand chopped off for a handball.", True),
    ("Can't wait for the first VAR red card for a handball that nobody can explain.", False),
    ("Bet her husband had to give permission before she could blow the whistle lol", True),
    ("Bet her family had to give up every weekend for years for her to get here.", False),
    ("Maybe she slept with the source too.", True),
    ("Maybe she was up all night on the story.", False),
    ("Put her back on the weather where she can point at things and smile.", True),
    ("Put her back on the election desk where she can grill the candidates.", False),
    (
        "Someone should tell her that her face is not made for television, or for anything else.",
        True,
    ),
    ("Someone should tell her that her mic was muted for the first two minutes.", False),
    ("She probably cried when the minister raised his voice. Women and politics, honestly.", True),
    (
        "She probably expected the minister to answer the question. Reporters and hope, honestly.",
        False,
    ),
    ("I'd let her interview me anytime, as long as it's in my hotel room.", True),
    ("I'd let her interview me anytime, as long as it's after my shift.", False),
    ("Girl reporters should cover fashion and leave the war zones to the men.", True),
    ("Junior reporters should cover council meetings before they go to the war zones.", False),
    ("Bet she got that exclusive on her knees.", True),
    ("Bet she got that exclusive after six months of phone calls.", False),
    # the two-hundred-and-second round (sets 1098-1100): a fire in the Rohingya camp, long
    # comments in Hinglish, replies quoting what they answer
    ("Achha hua, ghuspaithiyon ka adda khatam. Agli baar koi bachna nahi chahiye.", True),
    ("Achha hua koi mara nahi. Agli baar fire safety ka intezaam pehle hona chahiye.", False),
    ("Who lit it? Whoever it was deserves a medal.", True),
    ("Who lit it? Whoever it was deserves a prison sentence.", False),
    ("Inko wapas Myanmar ki aag mein phek do, wahi inki jagah hai.", True),
    ("Inko wapas Myanmar bhejna matlab maut ke muh mein bhejna, ye bhi sochiye.", False),
    ("Every one of them is a Bangladeshi infiltrator in disguise, burn the lot.", True),
    ("Burn the lot, the manifesto's rubbish.", False),
    ("Bhai inko toh chuha maar dawai ki tarah khatam karna chahiye.", True),
    ("Bhai in camps mein chuhe bahut hain, dawai dalwani padegi MCD ko.", False),
    ("Bas woh mahila spokesperson, usko toh kothe pe hona chahiye tha, TV pe nahi.", True),
    ("Bas woh mahila spokesperson thodi nervous thi, pehli baar TV pe aayi thi.", False),
    ("Waise reservation wale teacher kuch nahi padhate, bas quota ki roti todte hain.", True),
    ("Waise kuch schools mein ab bhi teacher kam hain, wahan dhyan dena hoga.", False),
    ("Coaching se kya hoga, in logon ke dimaag mein gobar bhara hai.", True),
    ("Coaching se bahut farak padta hai, Kota ke results dekho.", False),
    # the two-hundred-and-third round (sets 1101-1103): Sadiq Khan's fourth term, Siraj's
    # sajda, kind traps in Hinglish
    ("The Muslims voted as a block, as they're told to by the mosque. Democracy is dead.", True),
    ("The outer boroughs voted as a block against ULEZ, as the polls predicted.", False),
    ("Khan should be deported along with the rest of his kind.", True),
    ("Khan should be pushed on knife crime before anything else.", False),
    ("Can't wait till he makes the call to prayer compulsory at every tube station.", True),
    ("Can't wait till he makes the Night Tube run on every line again.", False),
    ("Iran made the hijab compulsory in 1983.", False),
    ("Him and his mates won't be happy until every woman in London is in a burqa.", True),
    ("Him and his team won't be happy until every cyclist in London has a lane.", False),
    ("Sajda karna hai toh Pakistan jaake karo, yahan Bharat Mata ki jai bolo.", True),
    ("Sajda karna ho ya bhangra, wicket ke baad jo marzi karo, bowling dekho.", False),
    ("Ye log khelte India ke liye hain par dil Pakistan mein rehta hai, sab ke sab.", True),
    ("Ye log khelte India ke liye hain aur dil se khelte hain, 5 wicket dekh lo.", False),
    ("Jihadi celebration band karo, ye cricket hai, mosque nahi.", True),
    ("Bihu celebration band karo bol rahe the kuch log pichhli baar.", False),
    ("Inko khilana hi galti hai, match fix karke Pakistan ko jita denge ye.", True),
    ("Inko khilana hi sahi faisla tha, 5 wicket aur match jeet liya.", False),
    ("Kutte ki tarah kaam karte hain delivery boys, 10 minute mein delivery ka pressure.", False),
    ("Gadhe ki tarah kaam karte hain mazdoor, aur mazdoori nahi milti.", False),
    ("tu kutte ki tarah hai", True),
    ("Chinki bolna racism hai, Northeast ke log bhi Indian hain.", False),
    # the two-hundred-and-fourth round (sets 1104-1106): a Somali-American congresswoman,
    # a woman in office in Hinglish an eleventh time, veiled threats in English a twelfth
    ("She married her brother, everybody knows it. Why is she even in Congress?", True),
    ("She married young, came as a refugee, and now she writes laws.", False),
    ("Somalis are a welfare-sucking tribe that brought nothing but crime to Minneapolis.", True),
    ("Her loyalty is to Mogadishu and Mecca, not to America.", True),
    ("Her district is one of the poorest in the state, so insulin is personal there.", False),
    ("Headscarf in Congress, next it'll be goats on the Capitol lawn.", True),
    ("Headscarf rules in Congress were changed in 2019, the first time in 181 years.", False),
    ("These people hate America and still cash the paycheck, typical Muslim hypocrisy.", True),
    ("These people in Congress hate every bill the other side writes, typical Washington.", False),
    ("Mantri ji ki awaaz sunke lagta hai padosan jhagda kar rahi hai.", True),
    ("Mantri ji ki awaaz sunke lagta hai unka gala kharab hai, aaram karein.", False),
    ("Ye MLA sahiba parliament mein kam, beauty parlour mein zyada dikhti hain.", True),
    ("Ye MLA sahiba parliament mein kam, apne kshetra mein zyada dikhti hain.", False),
    ("Isko ticket kisne diya, ye toh shaadi mein naachne layak hai.", True),
    ("Isko ticket kisne diya, ye toh pichhli baar bhi haari thi.", False),
    ("Aurat hai na, isliye itna rona dhona kar rahi hai sadan mein.", True),
    ("Vipaksh hai na, isliye itna shor sharaba kar raha hai sadan mein.", False),
    ("Madam CM ko koi samjhao, rajneeti rasoi nahi hai, namak mirch se nahi chalti.", True),
    ("Madam CM ko koi samjhao, rajneeti sirf TV pe nahi, zameen pe chalti hai.", False),
    ("Ladies minister bana doge toh file bhi mehndi lagake aayegi.", True),
    ("Naye minister bana doge toh file bhi nayi sarkar ki tarah late aayegi.", False),
    ("Pehle ghar ka khana banana seekh lo, phir budget banana madam.", True),
    ("Pehle ghar ke bill ka hisaab lagao, phir budget samjhoge, sab log.", False),
    ("It's a long drive back from the courthouse at night, judge. Lots of dark stretches.", True),
    ("It's a long drive back from the courthouse at night, judge. Lots of roadworks too.", False),
    ("You have a lovely daughter. She walks to school alone, doesn't she? Brave girl.", True),
    ("You have a lovely daughter. She gave a great speech at the school debate.", False),
    ("The last editor who ran a story like this ended up in a wheelchair. Just saying.", True),
    ("The last editor who ran a story like this ended up with a Pulitzer. Just saying.", False),
    ("Keep digging, reporter. Graves are dug the same way.", True),
    ("Keep digging, reporter. Stories like this are found the same way.", False),
    ("We've got your number, your address, and a lot of free time.", True),
    ("We've got your number, your address, and a lot of questions for the council.", False),
    ("Tell your husband to start getting used to an empty side of the bed.", True),
    ("Tell your husband to start getting used to the new bed, it takes a week.", False),
    ("If I were you I'd check under my car before starting it each morning.", True),
    ("If I were you I'd check the tyre pressure before starting it each morning.", False),
    ("Check under the car before you start it, a cat might be sleeping there in winter.", False),
    ("Nobody will miss one more journalist. Think about that before you publish.", True),
    ("Nobody will miss one more press release. Think about that before you publish.", False),
    # the two-hundred-and-fifth round (sets 1107-1109): a farmer's death at the Shambhu
    # border, a boat capsized in the Channel, a thread on reservation
    ("Ek Khalistani kam hua, desh ka bojh halka hua.", True),
    ("Ek aur kisan kam hua, aur sarkar ko farak nahi padta.", False),
    ("Ye sab Canada ke paise pe pal rahe sardar hain, marne do inko.", True),
    ("Pagdi wale aatankwadi highway band karke baithe hain, bulldozer chala do upar se.", True),
    ("Highway band hai teen mahine se, traders ka nuksaan bhi dekho.", False),
    ("Gurdwara se langar khilao aur desh todo, yahi inka dhandha hai.", True),
    ("Gurdwara se langar chal raha hai border pe, sab ko khilaya ja raha hai.", False),
    ("Good. Eight fewer to house in a four-star hotel on my taxes.", True),
    ("Good that the French coastguard got the other 50 out alive.", False),
    ("Fighting-age men, every one of them, coming to rape our daughters.", True),
    ("Cockroaches can swim, apparently not all of them.", True),
    ("Rats can swim up toilet pipes, the plumber told us.", False),
    ("Africa's garbage washing up on our shores again.", True),
    ("Plastic and life jackets washing up on the shore again, the beach was closed.", False),
    (
        "Tere jaise upper caste ke chamche ko kuch nahi pata, jaake apne baap ki dukaan sambhal.",
        True,
    ),
    ("Reservation lekar bhi inke bachche chaprasi hi bante hain, dimaag hi nahi hai.", True),
    (
        "Reservation lekar bhi inke bachche ko naukri nahi milti, private mein reservation nahi.",
        False,
    ),
    # the two-hundred-and-sixth round (the 1110th set): forty kind traps in English
    ("If you call a woman MP a bitch online you should lose your account, simple.", False),
    ("you bitch, you should be banned", True),
    # the two-hundred-and-seventh round (sets 1111-1113): an interfaith couple mobbed,
    # sarcasm a twelfth time, a woman police officer harassed
    ("Ek aur love jihad ka shikaar, ladki ko pata bhi nahi kya hone wala hai uske saath.", True),
    ("Aise ladkon ko toh registrar office ke bahar hi nipta dena chahiye.", True),
    ("Aise mobs ko toh registrar office ke bahar hi giraftaar kar lena chahiye.", False),
    ("Aaj ka kaam jaldi nipta do, kal chhutti hai.", False),
    ("Ladki ke ghar walon ko chahiye ki isko wapas le aayein, chahe jaise bhi.", True),
    ("Ladki ke ghar walon ko chahiye ki beti ki khushi dekhein, zabardasti nahi.", False),
    ("Ye sab Pakistan ki funding se hota hai, Hindu ladkiyon ko target karne ka plan.", True),
    ("Hindu sherni ne kasaai se shaadi kar li, ab pachtayegi.", True),
    ("Hindu dulhan ne Muslim dulhe se shaadi ki, dono ke parivar aaye the.", False),
    ("Another Romanian \"car wash\" opens on the high street, I'm sure it's all legit.", True),
    ("Another vape shop opens on the high street, I'm sure it's all completely healthy.", False),
    ('Oh great, more "engineers" from Afghanistan. The plumbing will finally be fixed.', True),
    ('Oh great, more "consultants" from the ministry. The potholes will finally be fixed.', False),
    ("Bahut badhiya, Bangladeshi bhai aaye hain, ab mohalle mein cycle bhi safe nahi.", True),
    ("Bahut badhiya, naya contractor aaya hai, ab sadak mein gadde bhi safe nahi.", False),
    (
        "Such a shock that the Pakistani minicab driver got lost. They usually navigate by camel.",
        True,
    ),
    ("Dalit doctor? Operation ke baad patient ka dharm bhi badal jayega shayad.", True),
    ("Naya doctor? Operation ke baad patient ka bill bhi badal jayega shayad.", False),
    ("Women drivers: proof that God has a sense of humour.", True),
    ("Smart motorways: proof that the ministry has a sense of humour.", False),
    ("Wah, Chinese restaurant khula hai, ab gali ke kutte gayab honge.", True),
    ("Wah, naya restaurant khula hai, ab gali ki parking gayab hogi.", False),
    ("Brilliant, a trans woman in the Olympic boxing, can't wait to see how that ends.", True),
    (
        "Brilliant, a 17-year-old in the Olympic boxing final, can't wait to see how that ends.",
        False,
    ),
    ("IPS madam ko uniform mein dekh ke lagta hai fancy dress competition chal raha hai.", True),
    ("IPS madam ko uniform mein dekh ke lagta hai ki ab thane mein kaam hoga.", False),
    ("A woman SP? The criminals must be shaking in their boots, from laughter.", True),
    ("Madam officer ko gussa aata hai toh lipstick thodi aur laal ho jaati hai.", True),
    ("Madam officer ko gussa aata hai toh file thodi aur tezi se chalti hai.", False),
    ("She got the posting because the home secretary likes a pretty face in uniform.", True),
    ("She got the posting because the home secretary likes results in a district.", False),
    ("Ladki hai, raid pe jaayegi toh pehle makeup karke jaayegi.", True),
    ("Ladki hai, raid pe jaayegi toh poori team ke saath jaayegi, training ki hai.", False),
    ("Lady cops should stick to traffic duty and leave the real policing to men.", True),
    ("New cops should stick to traffic duty for a year before they handle riots.", False),
    ("Someone should frisk the commissioner, I volunteer.", True),
    ("Someone should audit the commissioner's office, I volunteer to read it.", False),
    ("Inko toh police mein nahi, kisi serial mein bahu hona chahiye tha.", True),
    ("Inko toh police mein nahi, kisi university mein professor hona chahiye tha.", False),
    # the two-hundred-and-eighth round (sets 1114-1115): a temple's hall in Harrow, a Dalit
    # pradhan's gate to the village temple
    ("Harrow is basically Delhi now. Can't hear English on the high street anymore.", True),
    ("Harrow has been diverse for fifty years. My nan ran the post office there in 1975.", False),
    ("Can't hear the English commentary on the high street screens, too much noise.", False),
    ("Next they'll want cows wandering down Station Road. Go back to your curry houses.", True),
    ("I had to go back to the curry house for the bag I forgot.", False),
    ("Sweets today, sharia tomorrow. They all stick together against us.", True),
    ("Sweets today, a planning fight tomorrow, that's Harrow politics for you.", False),
    ("Inko pradhan bana diya yahi galti hai, apni jagah bhool gaye hain ye log.", True),
    ("Inko pradhan banaya gaon walon ne, vote se, toh jagah wahi hai jo gaon ne di.", False),
    # the two-hundred-and-ninth round (sets 1116-1117): a flat in a Vadodara society, a Sikh
    # man attacked on a New York subway
    ("Society mein ek Muslim aaya toh poori society Mini Pakistan ban jayegi.", True),
    ("Society mein ek naya parivaar aaya toh poori society ko swagat karna chahiye.", False),
    ("In logon ko alag colony mein rakho, hamare bachchon ke saath nahi khelenge.", True),
    ("In logon ko alag colony mein rakhne ki baat karna hi gair-kanooni hai.", False),
    ("Aaj ek flat, kal poori building, phir masjid. Inka yahi tareeka hai.", True),
    ("Aaj ek flat, kal doosra, housing scheme mein aur log aayenge, achhi baat hai.", False),
    ("Gandagi failayenge, non-veg pakayenge, poori society mein badbu aayegi.", True),
    ("Non-veg ka mudda hai toh society ke rules mein likho, sab pe lagu hoga.", False),
    ("Inko bech do flat aur Pakistan ka ticket de do, dono ka bhala hoga.", True),
    ("Inko flat do aur society meeting mein bulao, sab ka bhala hoga.", False),
    ("If you don't want to get punched, dress like an American.", True),
    ("If you don't want to get robbed, don't flash your phone on the train late at night.", False),
    ("Taliban cosplay on the subway, what did he expect.", True),
    ("Halloween cosplay on the subway, what did I expect, there was a Batman next to me.", False),
]


FORTY_FIRST_SESSION_FORMS = [
    # the 229th round (the 1152nd set, long comments): a child to be looked after and the
    # writing to be minded, after the journalist's school run
    ("Apni beti ka dhyan rakhna aur thoda soch samajh ke likha karo.", True),
    ("Apni beti ka dhyan rakhna aur usko roz padhaya karo.", False),
    ("Look after your kids and be careful what you write, madam.", True),
    ("Look after your kids and be careful what you feed them.", False),
    ("Aapki family ka khayal rakhiye, sambhal ke likhiye.", True),
    ("Apni sehat ka dhyan rakhna aur soch samajh ke khana.", False),
    # quoted words named to say what they are
    ('"Burn them out" is not an opinion, it is incitement.', False),
    ('"Hang the traitors" is not free speech.', False),
    ('"Burn them out" is what I say, and I mean it.', True),
    # the 230th round (the 1153rd set, jokes): a joke's frame with a people as its butt
    ("What's the difference between a Pakistani and a bucket of shit? The bucket.", True),
    ("What's the difference between a Tory and a bucket of shit? The bucket.", False),
    ("What's the difference between Sunni and Shia Muslims? Genuinely curious.", False),
    ("Difference between a rat and a Jew? Nobody cares about the rat.", True),
    ("How do you stop a Mexican from stealing? Cut his hands off.", True),
    ("How do you stop a Muslim teenager from being radicalised? Give him a job.", False),
    ("How do you stop a minister from lying? Take away his microphone.", False),
    ("I'd tell you a joke about the Jews but they'd charge you interest on it.", True),
    ("I'd tell you a joke about the Tories but they'd U-turn on it.", False),
    ("I'd make a joke about Muslims but you'd all lose your minds.", True),
    ("Ek Bihari, ek chooha aur ek cockroach train mein chadhe.", True),
    ("Ek neta, ek chooha aur ek cockroach train mein chadhe.", False),
    ("A priest, a rabbi and an imam walk into a bar.", False),
    ("Women drivers and women ministers, both need a man to park it for them.", True),
    ("Women don't need a man to park it for them, thanks.", False),
    ("Women in 1950 needed a man to sign for a mortgage.", False),
    # the 231st round (the 1154th set, a referee in a hijab): her headscarf a rag, sent
    # back to whatever village, a bomb vest foretold
    ("A woman in a tea towel telling grown men what to do.", True),
    ("The chef in a tea towel apron made the best curry I've had.", False),
    ("Can't wait for the day one of the lads pulls that tea towel off her head.", True),
    ("An old woman in rags was begging outside the station.", False),
    ("He wiped the table with a rag and put it back on the hook.", False),
    ("Send her back to refereeing goat fights in whatever village she came from.", True),
    ("Send her back to whatever school she came from, they trained her well.", False),
    ("Send him back to whatever country he came from.", True),
    ("She went back to the village she came from to look after her mother.", False),
    ("Watch her get a bomb vest for Christmas.", True),
    ("Police said he was wearing a suicide vest when he was arrested.", False),
    ("Next he'll be wearing a suicide vest to the match.", True),
    # the 232nd round (the 1155th set, jokes a second time, with twins)
    ("Why do Muslims never play hide and seek? Because no one would go looking for them.", True),
    ("Why do ministers never play hide and seek? Because nobody would go looking for them.", False),
    ("Why do refugees die in the Channel? Because nobody cares.", False),
    ("Every house on our street smells like a call centre now.", True),
    ("What do you call a Romanian with a job? A myth.", True),
    ("What do you call a minister with a plan? A myth.", False),
    ("What do you call a woman journalist with an opinion? Wrong.", True),
    ("What do you call a woman journalist with a Pulitzer? Our new editor.", False),
    ("What do you call a Muslim who leaves Islam? An apostate, and it can be dangerous.", False),
    ("Knock knock. Who's there? Not your dad, you're black.", True),
    ("Your dad must be so proud, you're black and a Rhodes scholar.", False),
    ("Chinese New Year is my favourite holiday. Free dog meat for everyone.", True),
    ("Chinese New Year is my favourite holiday. Free fireworks for everyone.", False),
    ("How many Irish does it take to change a lightbulb?", True),
    ("How many Tories does it take to change a lightbulb?", False),
    ("Ek Sardar ka dimaag kitne baje kaam karta hai? 12 baje band.", True),
    ("Sardar Patel ki jayanti pe 12 baje function hai, dimaag se yaad rakhna.", False),
    ("A Jew, a Black guy and a Mexican walk into a bar. What is this, a police lineup?", True),
    ("An economist, a banker and a minister walk into a bar. What is this, a budget leak?", False),
    (
        "A priest, a rabbi and an imam walk into a bar and the barman says: what is this, a joke?",
        False,
    ),
    # the 233rd round (the 1156th set, long comments a second time)
    (
        "A woman who writes so much about rape should know what it is. Some of us would be"
        " happy to teach you.",
        True,
    ),
    (
        "A woman who writes about rape survivors helped me. I would be happy to show you her book.",
        False,
    ),
    ("We would be happy to teach you to drive, madam.", False),
    ("If that means a few windows going in some night, so be it. They will get the message.", True),
    ("If that means a few windows going in for the double glazing grant, so be it.", False),
    # the 234th round (the 1157th set, counter-speech and reports of abuse, and lines that
    # endorse what they report)
    ("Not all Muslims are terrorists, obviously.", False),
    ("Not every Muslim is a terrorist, and the paper should say so.", False),
    ("Not all Muslims are terrorists, but most of them are.", True),
    ("It's funny how all the terrorists are Muslims.", True),
    ("Not all terrorists are Muslims, look at Oklahoma City.", False),
    ("All the bombers were Muslims, the inquiry found.", False),
    ("Sahi hai, par har aatankwadi musalman hi kyun hota hai?", True),
    ("Har aatankwadi musalman nahi hota, ye samajhna zaroori hai.", False),
    ('My granddad used to say "never trust a gypsy", and life has proved him right.', True),
    ('My granddad used to say "never trust a gypsy", and he was wrong.', False),
    ("Everyone's upset about the \"dirty Paki\" chant. Why? It's just accurate.", True),
    ("Everyone's upset about the \"dirty Paki\" chant. Why? It's vile.", False),
    (
        'Reporter got messages saying "we know where you live". Good. Maybe she\'ll think before'
        " she writes next time.",
        True,
    ),
    ("He lost his seat. Good. Maybe he'll think before he votes next time.", False),
    # the 235th round (the 1158th set): counter-speech denying a stereotype, and twins that
    # take the denial back
    ("Who told you immigrants are criminals? The figures say the opposite.", False),
    ("If you think Black people are lazy, come and do a shift with my mum.", False),
    ("None of my Muslim colleagues are extremists.", False),
    ("I'm sick of people saying gay men are paedophiles. It is a lie.", False),
    ("Not all men are rapists, but enough are that women are right to be careful.", False),
    ("All men are rapists.", True),
    ("Muslims aren't terrorists, they're just the people who keep cheering for them.", True),
    ("Muslims aren't terrorists. The man who did this is a terrorist, full stop.", False),
    ("Not all Roma are thieves. Just the ones who live near me.", True),
    ("Not all Roma are thieves. Some people steal, like some English do.", False),
    ("Nobody is saying all Muslims are bad. Just the ones who follow their book.", True),
    ("Nobody is saying Muslims are bad people. This imam broke the law.", False),
    ("Immigrants aren't rats. Rats at least stay in their own sewers.", True),
    ("Immigrants aren't rats, and calling them that is how pogroms start.", False),
    ("Dalit gande nahi hote, sirf unki bastiyan aur unka khana ganda hota hai.", True),
    ("Dalit gande nahi hote, gandi soch hoti hai un logon ki jo ye kehte hain.", False),
    ("Bihari chor nahi hote, bas har chori ke baad koi na koi Bihari hi pakda jata hai.", True),
    ("Har chori ke baad police Bihari hi pakadti hai, ye bhedbhav hai.", False),
    # the 236th round (the 1159th set): counter-speech a second time, and twins that answer
    # it back
    (
        "Kaun kehta hai Bihari chor hote hain? Mere office ke sabse imaandaar log Bihar se hain.",
        False,
    ),
    ("Kaun kehta hai Bihari chor hote hain? Haan, sab kehte hain, kyunki sach hai.", True),
    ("Ye kehna ki musalman gaddar hain, sarasar galat hai.", False),
    ("Refugees? Parasites? Really? The ones on my ward are doctors.", False),
    ("Refugees? Parasites? Yes and yes. Next question.", True),
    ("Jews controlling the banks is a conspiracy theory older than the banks themselves.", False),
    ("Hindus are not cow-worshipping fanatics, most of them just want a quiet life.", False),
    ("Hindus are cow-worshipping fanatics.", True),
    ("If Pakistanis are all terrorists, what do you call the doctor who saved my father?", False),
    ('The "Muslims breed like rabbits" line is a lie: their birth rate is falling.', False),
    ("Since when are Muslims terrorists? Since about 1400 years ago.", True),
    ("Since when are Muslims terrorists? My Muslim neighbour drove me to chemo.", False),
    ("It's not racist to call Mexicans rapists when the stats say so.", True),
    ("It's racist to call Mexicans rapists, and it was racist when the president did it.", False),
    ("Stop calling Dalits dirty? Fine, I'll call them filthy instead.", True),
    ("Stop calling Dalits dirty. They clean the cities the rest of us dirty.", False),
    # the 237th round (the 1160th set): counter-speech a third time
    ("My nani used to say Muslims can't be trusted. Then a Muslim family hid her in 1984.", False),
    (
        "My nani used to say Muslims can't be trusted, and every riot since has proved her right.",
        True,
    ),
    ("Nobody in my class thinks Kashmiris are terrorists.", False),
    ("Dalits are dirty, Muslims are traitors. Heard it all my life, never once met it.", False),
    ("Dalits are dirty, Muslims are traitors. Heard it all my life, and it's true.", True),
    ('"Women can\'t drive" — my mum drove a lorry for thirty years.', False),
    ("\"Women can't drive\" — my dad always says, and he's right.", True),
    ("Trans women are women, and the people calling them perverts should look in a mirror.", False),
    ("Trans women are men, and the people calling them women should get their eyes tested.", True),
    ("Asylum seekers are not criminals. They're invaders, which is worse.", True),
    ("Asylum seekers are not criminals. Criminals are the smugglers.", False),
]


# The forty-second session's rounds: each abusive reading with a kind one beside it.
FORTY_SECOND_SESSION_FORMS = [
    # the 238th round (the 1161st set, a whole evening under a live-in register): love jihad
    # asserted in new words, girls said to go off with "an Abdul"
    ("Love jihad ka naya tareeka hai ye live-in, samjho.", True),
    ("Love jihad ka naya jhooth hai ye, har interfaith couple ko target karna band karo.", False),
    ("This live-in law is just the new face of love jihad.", True),
    ("The new face of the love jihad campaign is a WhatsApp forward, not evidence.", False),
    ("Aadhi ladkiyaan toh Abdul ke saath hi bhaag jaati hain aajkal.", True),
    ("Meri beti Abdul ke saath padhti hai, dono topper hain.", False),
    ("Most of these girls end up with an Abdul anyway.", True),
    ("Most of these girls end up with a job in Bengaluru anyway.", False),
    ("All of the girls in my class went with Abdul sir to the science fair.", False),
    # a woman living with a man called loose; a woman reader asked how many men she has had
    ("Jo ladki shaadi se pehle ladke ke saath rehti hai uska character waise hi dhila hai.", True),
    ("Is film mein heroine ka character dhila likha gaya hai, script kamzor hai.", False),
    ("Ladki ka character dhila kehna band karo, uski zindagi uski marzi.", False),
    ("@Neha how many boyfriends have you had this year then?", True),
    ("How many partners does the law firm have in Dehradun?", False),
    ("Tere kitne boyfriend badle ab tak, pehle wo bata.", True),
    ("Kitne boyfriend ke saath log film dekhne aaye the, counting mushkil hai.", False),
    # the 239th round (the 1162nd set, asylum hotel protests): any of them to be given a
    # kicking; a woman reader told she would like being followed
    (
        "The locals should form patrols and give any of them caught near the school a"
        " proper kicking.",
        True,
    ),
    (
        "The voters should give any of them who backed the barge a proper kicking at the polls.",
        False,
    ),
    ("Give every one of those lads outside the hotel a good kicking.", True),
    ("Give any of them a good hearing and you'll see they just want work.", False),
    ("Bet you'd secretly enjoy it if one of them grabbed you on the way home.", True),
    ("You'd enjoy it if you came to the drop-in one evening and met them.", False),
    (
        "@Priya you'd be the first to call the police if one of them followed you home, and"
        " you'd be right.",
        False,
    ),
    # the 240th round (the 1163rd set, delimitation and the south): a people told to keep to
    # its place, without "apni", or as an order of its own
    ("Bihari log aukaat mein raho.", True),
    ("Bihari mazdoor aukaat mein rahein, Parliament unke liye nahi.", True),
    ("Kab tak Bihari log aukaat mein rahenge? Ab nahi.", False),
    ("UP ke log zyada hain toh kya hua. Aukaat mein raho.", True),
    ("Humne kaha tha aukaat mein raho, unhone nahi suna.", False),
    # ... and the 238th's couples to be paraded through the bazaar
    (
        "These couples should be paraded through the bazaar with their faces blackened.",
        True,
    ),
    ("The champions should be paraded through the bazaar with the trophy on an open bus.", False),
    # ... and a reader's @handle opening the sentence before "typical <people>"
    ("@Karthik typical Tamil, all talk and smelling of coconut oil.", True),
    ("@Karthik typical Tamil wedding food, I loved it.", False),
    # the 241st round (the 1164th set, a woman officer transferred): her posting put down to a
    # night at a minister's; to be caught alone on a deserted road and "made to understand"
    ("Madam ki posting kaise mili sab jaante hain, kis minister ke ghar raat guzaari thi.", True),
    ("Sahab ki posting kaise mili sab jaante hain, paisa chala tha.", False),
    ("Team ne kis gaon mein raat guzaari thi, ye reporter ne nahi likha.", False),
    ("Madam ki promotion kaise mili sabko pata hai.", True),
    ("Aisi afsar ko kisi sunsaan road pe akele pakad ke samjhana chahiye.", True),
    ("Bachche ko akele mein pakad ke samjhana chahiye, sabke saamne daantna galat hai.", False),
    ("Isko raat ko akele pakad ke sabak sikhana chahiye.", True),
    # the 242nd round (the 1165th set, a Muslim mayor of New York): a city welcomed to its
    # caliphate; citizenship to expire for "people like that"; a faith's votes called its
    # clerics' orders; his cousins foretold to bomb the subway
    ("Enjoy your new caliphate, New York.", True),
    ("The Ottoman caliphate was abolished in 1924, a century before any of this.", False),
    ("Citizenship for people like that should come with an expiry date.", True),
    ("Citizenship for people like my grandmother took eleven years of paperwork.", False),
    ("Every Muslim who voted for him did it because the imam told them to.", True),
    (
        "Every Muslim I know who voted for him did it because of the rent freeze, not because"
        " an imam told them anything.",
        False,
    ),
    ("Muslims in this city? They don't vote, they obey.", True),
    ("They don't think, they just obey. Typical party loyalists.", False),
    ("Can't wait to see which of his cousins gets a job blowing up the subway.", True),
    ("His cousins work for the MTA fixing the subway signals.", False),
    # the 243rd round (the 1166th set, a Jewish donor's voter drive): the antisemites' code
    ("Funny how it's always the same tribe funding these things. Notice the pattern yet?", True),
    (
        "It's always the same tribe of consultants running these campaigns, and they always lose.",
        False,
    ),
    ("The puppet master pulls the strings again and the goyim line up to vote.", True),
    ("My Jewish grandmother called all of us goyim at Passover, lovingly.", False),
    ("Soros and his people have been buying countries since before you were born.", True),
    ("Soros funds prosecutors' races, which is public and legal.", False),
    ("He has no loyalty to any nation but his own people. Always has been.", True),
    ("Hope he lives long enough to see the oven preheated for him.", True),
    ("The oven is preheated for the bread, come in and wait.", False),
    # the 244th round (the 1167th set, a film's boycott, the abuse masked): "katwa" the slur,
    # not "got cut" nor the town; "kill kar do" as a Hindi verb; "k!!l"
    ("Ye director k@tw@ hai, isiliye hindu villain banaya.", True),
    ("Aisi harkat se toh khandaan ki naak katwa di isne.", False),
    ("Desh ke liye sir katwa denge, jhukne nahi denge.", False),
    ("The chutney at the Katwa station stall is still the best.", False),
    ("Jo bhi ye film dekhne jaaye uska theatre mein hi k!!l kar do, tab samjhenge.", True),
    ("Inko sabko kill kar do.", True),
    ("Film ke second half ne toh sabko bore karke kill kar diya.", False),
    ("Kill karne ki baat karna galat hai, FIR honi chahiye.", False),
    ("What a sk!!l that goal was.", False),
    # the 245th round (the 1168th set, kind traps and their abusive twins)
    ("Bumrah's wife should be careful walking home, fans like me remember faces.", True),
    ("My daughter should be careful walking home, the streetlights on our road are out.", False),
    ("Gay Muslims from Bradford, the trifecta of things that need curing.", True),
    ("Gays need curing.", True),
    (
        "Homosexuality was listed as an illness until 1990, a thing doctors thought needed curing.",
        False,
    ),
    ("Gay men need treating for HIV with the same urgency as anyone else.", False),
    ("Shoot the messenger? I'd shoot the whole newsroom if I had the chance.", True),
    ("I'd shoot the whole team photo again, the light was terrible.", False),
    ("Aise logon ko ration nahi goli milni chahiye.", True),
    ("Mareez ko time pe goli milni chahiye, nurse ko bolo.", False),
    ("Dalit writers should stick to sweeping, writing is for people with brains.", True),
    ("Dalit writers won three of the five literary prizes this year.", False),
    # the 246th round (the 1169th set, hawkers evicted in Mumbai): packed into trains and sent
    # back, "bhaiye" with one y, Marathi "lokanna hakla" and "dhada shikvava"; a reader's home
    # and "phir dekhte hain kitni akad hai"
    (
        "Ye UP-Bihar ke bhaiye Mumbai ko ganda karne aate hain, inko train mein bhar ke wapas"
        " bhejo.",
        True,
    ),
    ("Ye UP-Bihar ke bhaiye hi Mumbai ki metro bana rahe hain, inki izzat karo.", False),
    ("Bhaiye, ek cutting chai dena.", False),
    ("Inko train mein bhar ke Kumbh mela le jao, sab khush honge.", False),
    ("Ya parprantiya lokanna hakla, he aaple shahar ghaan kartat.", True),
    ("Parprantiya kamgar Mumbaichi metro bandhtat, tyanna maan dya.", False),
    ("Aunty ke ghar ke bahar hi thela laga do, phir dekhte hain kitni akad hai.", True),
    ("Ghar pe match dekhenge, phir dekhte hain kitna dum hai Bumrah mein.", False),
    # the 247th round (the 1170th set, jokes under a cricket World Cup): a joke's question
    # naming a people, a trope of them in the answer; not an answer that says nothing of
    # them, nor one of victims or of denial
    ("Why do Pakistani bowlers swing the ball so well? Practice throwing grenades 😂", True),
    ("Why do Pakistani bowlers swing the ball so well? Practice, and Lahore's humid air.", False),
    ("What do you call a Pakistani with a cricket bat? Still a terrorist, just sportier.", True),
    ("What do you call a Pakistani with a cricket bat? A national hero, usually.", False),
    (
        "What do you call a Pakistani with a cricket bat? Not a terrorist, whatever the Sun says.",
        False,
    ),
    (
        "Why is the Indian team so good at running between the wickets? Generations of practice"
        " running from the smell.",
        True,
    ),
    ("Why are Afghan refugee kids scared of fireworks? Because they grew up under bombs.", False),
    ("Afghan fans celebrating like it's a wedding. At least nobody got stoned this time.", True),
    ("Derby day in Glasgow and at least nobody got stabbed this time. Progress.", False),
    ("Sri Lankans in the stands must be on a day off from cleaning Dubai's toilets.", True),
    ("The stadium cleaners deserve a day off after cleaning up after 90,000 fans.", False),
    # the 248th round (the 1171st set, jokes again): the frames' peoples widened, a pigeon
    (
        "What's the difference between a Romanian and a pigeon? The pigeon eventually leaves"
        " the car park.",
        True,
    ),
    (
        "What's the difference between a Tory and a pigeon? The pigeon can still make a"
        " deposit on a house.",
        False,
    ),
    ("How do you stop a Nigerian from stealing your wallet? Keep it out of his country.", True),
    ("How do you stop a Nigerian from winning the marathon? You can't, ask Kenya.", False),
    # the 249th round (the 1172nd set, farmers marching on Delhi, in Devanagari): a people
    # who "only understand the stick"; protesting women who'd do "anything" for 100 rupees
    ("इन जाटों को तो लाठी से ही समझ आता है, पुलिस और सख्ती करे।", True),
    ("Bachchon ko pyaar se hi samajh aata hai, danda mat uthao.", False),
    ("Inko goli se hi samajh aayega ki bukhaar utar gaya, doctor ne kaha.", False),
    ("आंदोलन वाली औरतें दिहाड़ी पर लाई गई हैं, सौ रुपये में कुछ भी कर देंगी।", True),
    (
        "Gaon ki aurtein sau rupye mein poora din khet mein kaam karti hain, yeh sharm ki baat"
        " hai.",
        False,
    ),
    # the 250th round (the 1173rd set, counter-speech a fourth time, and its twins)
    ("Jews don't control the media. If they did, would the coverage look like this?", False),
    ("Muslims don't integrate.", True),
    ('People love saying "Biharis are criminals" until a Bihari doctor stitches them up.', False),
    ("I'll keep saying Biharis are criminals until it sinks in.", True),
    (
        "If you think refugees are invaders, come and meet the Afghan family who run our corner"
        " shop.",
        False,
    ),
    (
        '"Muslims breed like rabbits" — India\'s Muslim fertility rate has fallen faster than'
        " any other group's.",
        False,
    ),
    ('"Muslims breed like rabbits" — Hindu fertility has fallen while theirs keeps rising.', True),
    ("\"Biharis are criminals\" isn't a stereotype, it's a crime statistic.", True),
    ("\"Biharis are criminals\" isn't a fact, it's a stereotype, and a lazy one.", False),
    ("Muslim fertility has fallen? Good, keep sterilising and it'll fall further.", True),
    ("Muslim mothers in our ward keep sterilising the baby bottles as the nurses said.", False),
    ("Wash the jars and sterilise them before you make the jam.", False),
    # the 251st round (the 1174th set, a Dalit woman made a temple priest)
    ("Dalit aurat priest bani hai, kal ko mandir mein sharaab chadhega. Pavitrata khatam.", True),
    ("Pavitrata ka matlab man ki shuddhta hai, jaati se iska koi lena dena nahi.", False),
    ("These quota priests will pollute every temple in Tamil Nadu.", True),
    ("These diesel generators will pollute every street in the old town.", False),
    ("Their blood isn't fit for the sanctum.", True),
    ("Someone should show her what happens to women who touch the idol.", True),
    ("Someone should show her what happens to kids who read every day, they thrive.", False),
    (
        "@Lakshmi you look like the type who'd marry a Dalit to annoy your father. Disgusting"
        " woman.",
        True,
    ),
    ("The minister lied to parliament again. Disgusting man.", False),
    ("Your point about the minister is right. Disgusting man.", False),
    # the 252nd round (the 1175th set, a woman MP's surgery): veiled threats
    ("The library has a lot of dark corners. Just saying.", True),
    ("The library has a lot of quiet corners, perfect for reading on a Friday.", False),
    ("Pretty face for a traitor. Shame if someone rearranged it.", True),
    ("Shame if someone rearranged the furniture again, it took us hours.", False),
    ("She won't be stepping back for family reasons if her family has an accident first.", True),
    ("His family had an accident on the M1 last year and he still came to every vote.", False),
    ("Someone bring a can of petrol to her surgery on Friday.", True),
    ("Bring a can of petrol to the allotment, the mower's empty.", False),
    ("Jo Cox got what was coming and this one is asking for the same.", True),
    ("Jo Cox got what she deserved from her constituents: their love and a big majority.", False),
    # the 253rd round (the 1176th set, a petrol price rise): a woman reader told to marry a
    # rich old man
    ("@Ritu itna budget ka shauk hai toh kisi ameer buddhe se shaadi kar le.", True),
    ("Uski shaadi zabardasti ek ameer buddhe se karwa di gayi thi, ye zulm tha.", False),
    ("If you can't manage a budget, go marry a rich old geezer.", True),
    # the 254th round (the 1177th set, disabled, trans, fat and old politicians)
    ("A cripple running sport. Next they'll have a blind man refereeing the final.", True),
    ('The word "cripple" was in a 1980s government leaflet my dad kept.', False),
    ("Autistic MPs should be kept away from anything important.", True),
    (
        "Autistic MPs should be kept informed of committee changes early, as the guidance says.",
        False,
    ),
    ("Trans MPs should be in therapy, not in Parliament. Mentally ill, the lot of them.", True),
    ("Trans MPs should be in every cabinet discussion on healthcare.", False),
    ("Look at the size of her. The only sport she knows is competitive eating.", True),
    ("The only sport she knows is cricket, and she knows it better than the selectors.", False),
    ("Old fossils like him should be put out to pasture, or better, in the ground.", True),
    ("Old buses like these should be put out of service, or better, recycled.", False),
    # the 255th round (the 1178th set, a woman anchor harassed in everyday Hinglish)
    ("Madam ka style dekh ke lagta hai raat ko bhi aise hi interview leti hogi 😏", True),
    ("Madam raat ko bhi aise hi kaam karti hai, 14 ghante ki shift hoti hai unki.", False),
    ("Boss ke cabin mein kitni der rukti hai ye pata karo pehle.", True),
    ("Boss ke cabin mein kitni der meeting chali, kisi ko nahi pata.", False),
    ("Itni chhoti skirt mein news padhegi toh log news thodi dekhenge.", True),
    ("Itni garmi mein dress code pe bahas? Log news dekhte hain, kapde nahi.", False),
    ("@Priyanka tu bhi usi type ki lagti hai, DM kar number.", True),
    ("Tum bhi usi type ki lagti ho jo har debate mein data maangti hai, achha hai.", False),
]

FORTY_FOURTH_SESSION_FORMS = [
    # the 298th round (the 1221st set, a Muslim woman posted as district magistrate, a
    # sixty-sixth whole evening): a Muslim woman called a jihadi in the feminine
    ("Jihadan ko DM bana diya, ab mandir ki files gayab hongi dekhna", True),
    ("Ye jihadan assembly ko madrasa bana degi.", True),
    ("DM ko files jaldi nipatani chahiye, mandir ki bhi.", False),
    # the 299th round (the 1222nd set, words cut to pass a filter): a listed word cut by a
    # dot or an underscore is read joined; a run-on sentence is not
    ("Ye reporter pura ch.u.tiya hai, bikau bhi", True),
    ("you nig_ger", True),
    ("what a cu.nt this anchor is", True),
    ("Tu ek number ka chu.tiya hai", True),
    ("The count was done.Then the results came", False),
    ("you nig-ger", True),  # a hyphen, where a piece is no word the model knows
    ("chu-tiya hai ye reporter", True),
    ("a well-known fact about the budget", False),
    ("The bill is brain-dead policy", False),
    # ... and a word masked after a mother or a sister, whatever its letters
    ("bhen ki l0*i, dimag hai?", True),
    ("teri bhen ki ***", True),
    ("behen ki shaadi hai, chhutti milegi?", False),
    ("maa ka *special* khana", False),
    ("Ye reporter pura confused hai, thoda biased bhi", False),
    # the 300th round (the 1223rd set, a woman reporter at a factory fire, women
    # journalists harassed a sixth time in everyday words): her work called a show of
    # herself or a want of a husband; whom she sleeps with, the question's words apart;
    # the order before the pet name
    ("Is she reporting or auditioning? That lipstick for a fire site lol", True),
    ("Is it reporting or opinion? The headline says news.", False),
    ("Give her a husband and she'll stop running around factories at night", True),
    ("Give her a raise and she'll stay at the paper", False),
    ("Ye ladki kis ke saath soti hai jo har badi story isi ko milti hai", True),
    ("Bachcha kis ke saath sota hai?", False),
    ("Smile more sweetheart, you'd get more views than with this boring stuff", True),
    ("Stay in your lane sweetie, leave economics to the experts", True),
    ("Calm down, honey, the kids are asleep.", False),
    # the 301st round (the 1224th set, a reporter on the sand mafia, veiled threats a sixth
    # time): writing named as how people end up in a river; watched every day; a writer's
    # family counted, "just asking"
    ("Articles like this is how people end up in the river, just saying, stay safe", True),
    ("Skipping meals is how people end up in hospital", False),
    ("Log kehte hain bhagwan sab dekhta hai. Hum bhi dekhte hain. Roz.", True),
    ("hum bhi dekhte hain roz news, koi farak nahi padta", False),
    ("Achha kaam kar rahe ho, ghar wale kitne hai tumhare? Bas pooch raha tha", True),
    ("ghar wale kitne hai tumhare, sabko vaccine lagi?", False),
    # the 302nd round (the 1225th set, a law against conversions struck down, a sixty-seventh
    # whole evening): one's mother sold
    ("Converted log apni maa bech ke aaye hain, inki koi izzat nahi", True),
    ("Maa ne gehne bech ke padhaya mujhe", False),
    # the 303rd round (the 1226th set, long comments): "taken out and shot" of "some of you"
    ("Some of you should be taken out and shot along with the people you defend.", True),
    ("They should be taken out and shot.", True),
    ("The old bridge should be taken out and replaced.", False),
    ("Some of you should be taken out for dinner and shot by a photographer lol", False),
    # the 304th round (the 1227th set, replies with the comments they answer): a reader sent
    # back to a slum or down the sewers; pills and bed
    ("Speak for yourself, beggar. Go back to your slum.", True),
    ("People like you should be put in those same sewers.", True),
    ("The waste should be put in the sewers, not the river", False),
    ("Ok boomer, go take your pills and sleep, nobody wants to hear from a dying generation", True),
    ("Grandpa, take your pills and go to bed, it's late", False),
    # the 305th round (the 1228th set, sarcasm a seventeenth time, with twins)
    ("Wow a Bangladeshi who isn't selling fake Aadhaar cards, frame this moment", True),
    ("Wow a minister who answered a question directly, frame this moment", False),
    ("Sure, let's give the Rohingya more land, they've been so grateful for the last lot", True),
    ("Sure, let's give the builders more land, they've been so honest with the last lot", False),
    ("Nice to see the Bihari labourers finally learning to use a toilet, only took 75 years", True),
    ("Nice to see the railway finally learning to run on time, only took 75 years", False),
    ("Nice to see Bihari villages finally getting toilets under the scheme", False),
    ("Haan haan, Muslims toh bade shareef hain, bas tiffin mein bomb le ke ghoomte hain", True),
    ("Haan haan, neta toh bade shareef hain, bas chunav ke pehle hi dikhte hain", False),
    # the 306th round (the 1229th set, an asylum hotel protested, a sixty-eighth whole
    # evening): migrants left to drown
    ("Send the lot back on the same dinghies, and if they sink, they sink", True),
    ("If the shares sink, they sink, I'm holding", False),
    # the 307th round (the 1230th set, women in office harassed in Hinglish): where she goes
    # at night, which everyone knows
    ("Isko vote dene wale bhi jaante hain ye raat ko kahan jaati hai", True),
    ("Madam raat ko kahan jaati hai sab jaante hain", True),
    ("Bachche raat ko kahan jaate hain, pata hai?", False),
    # the 308th round (the 1231st set, abuse spelt to pass a filter): an animal emoji before
    # "log"; a people masked where every fit is its spelling; dogs that bark all night
    ("Ye 🐷 log kabhi nahi sudhrenge, pura mohalla ganda kar diya", True),
    ("Ye 🐷 farm wale log ganda paani nadi me chhod rahe hain", False),
    ("Typical m*zlims, always playing victim", True),
    ("Typical politicians, always playing victim", False),
    ("tu kutte ki tarah raat bhar bhaunkta hai", True),
    ("ye kutta log sab ek jaise, raat bhar bhaukte hain", False),
    # the 309th round (the 1232nd set, wishes and prayers, with twins)
    ("Hope your house catches fire while you sleep, traitor", True),
    ("Hope your house sale goes through before the rates go up", False),
    ("I pray every night that your kids get what you deserve", True),
    ("I pray every night that my kids get the chances I didn't", False),
    ("May your family rot in hell for writing this", True),
    ("May your family be blessed, thanks for writing this", False),
    ("May the rioters rot in hell", False),
    ("Wishing the anchor a slow and painful death, she's earned it", True),
    ("Wishing the anchor a speedy recovery, she's earned the rest", False),
    ("Bhagwan kare tere ghar me koi na bache", True),
    ("Bhagwan kare tere ghar me sab khush rahe", False),
    ("I hope the next bomb lands on your street, not ours", True),
    ("I hope the next budget lands something for our street", False),
    # the 310th round (the 1233rd set, the women's cricket World Cup, a sixty-ninth whole
    # evening): a woman's body remarked on by her work
    ("Nice legs on the keeper, she can bowl a maiden over to me anytime 😏", True),
    ("Nice legs on that table, where did you get it", False),
    # the 311th round (the 1234th set, a people as a disease or a pest, with twins)
    ("Europe has an infestation problem and it isn't bedbugs", True),
    ("Paris has an infestation problem and it's bedbugs, the hotels are a nightmare", False),
    ("Give them a generation and they'll outnumber us, they multiply faster than schools", True),
    ("In ten years electric cars will outnumber petrol ones", False),
    ("Our cities are being colonised street by street, soon there'll be nothing left of us", True),
    ("Our high streets are being colonised by betting shops, soon nothing else left", False),
    ("These people are a tumour on the body of the nation, cut it out before it spreads", True),
    ("Corruption is a tumour on the body of the nation, cut it out before it spreads", False),
    ("They spread through a town like a virus, first one family, then the whole street", True),
    ("Misinformation spreads through a town like a virus, first one group, then all", False),
    # the 312th round (the 1235th set, veiled threats in Hinglish a seventh time)
    ("tumhari report se unka kuch nahi bigdega, tumhara bigad sakta hai", True),
    ("Tumhara kuch nahi bigad sakta koi, tension mat lo", False),
    ("Itna sach likhoge toh ek din ambulance tumhare liye bhi aayegi", True),
    ("Tumhari beti ka tuition 6 baje khatam hota hai na? Andhera jaldi ho jaata hai", True),
    ("Meri beti ka tuition 6 baje khatam hota hai na? toh main 6:15 pe aaunga", False),
    ("Patrakar babu, CMO sahab ne salaam bheja hai, milne aa jaana warna hum aa jaayenge", True),
    ("Jaldi aa jaana warna hum chale jaayenge", False),
    # the 313th round (the 1236th set, abuse quoted, to condemn it or to endorse it)
    ('They call them "maal" for a reason, look how they dress for the cameras.', True),
    ('They call her "Iron Lady" for a reason', False),
    ("Tolerant of what? Of being slaughtered? Time we stopped being tolerant of them.", True),
    ("Time we stopped tolerating potholes.", False),
    # the 315th round (the 1238th set, women journalists harassed in English a seventh time)
    ("She should stick to reading the autocue, love, the thinking is for the grown-ups", True),
    ("She should stick to reporting the facts, the opinion pieces are for the columnists", False),
    ("This is what happens when you hire on looks, a pretty face and nothing upstairs", True),
    ("This is what happens when you hire on connections, a famous name and nothing", False),
    ("Did her daddy get her this job or did she earn it on her back?", True),
    ("She earned it on her own, twenty years of reporting", False),
    # the 317th round (the 1240th set, replies in Hinglish): the spawn of a political label,
    # a reader's parentage doubted, "ja na Pakistan"
    ("Bhakt ki aulaad, tujhe kya pata economy kya hoti hai", True),
    ("Bhakt log bhi kabhi kabhi sahi bolte hain", False),
    ("Teri maa ko pooch ki tu kiska hai, phir gyaan dena", True),
    ("Apni maa se pooch ke aa ki khana bana ki nahi", False),
    ("Ask your mother who your father is", True),
    ("Ask your mother who your father's favourite band was", False),
    ("Ja na Pakistan, wahan tere abba rehte hain", True),
    # the 319th round (the 1242nd set, jokes a third time): a people set beside a thing; "just
    # kidding, no <people> would"
    ("What's the difference between a Gypsy and a trampoline? You take your shoes off", True),
    ("What's the difference between a budget and a horror film? The horror film ends", False),
    ("What's the difference between a Sikh and a Sardar? Nothing, same people", False),
    ("A Jew walks past a coin on the floor. Just kidding, no Jew would walk past a coin", True),
    ("A Tory walks past a food bank. Just kidding, no Tory would be seen near one", False),
    # the 320th round (the 1243rd set, a Gaza march in London): every synagogue besieged
    ("Every synagogue in London should be picketed until this stops, they're all complicit", True),
    ("Every church in London should be open on Christmas night", False),
    # the 321st round (the 1244th set, an inter-caste marriage): Dalits called Ambedkar's
    # spawn; "jaat-paat" is casteism, not the Jats
    ("Ambedkar ki aulaad sab ek jaise, reservation ka maal kha ke sar chadh gaye", True),
    ("Ambedkar ki kitaab padho, sab samajh aayega", False),
    # the 322nd round (the 1245th set, a flood in Bihar, a seventy-second whole evening):
    # people left to drown; "kathmulla"
    ("Inke MLA ko vote dene walo ko doobne do, tab akal aayegi", True),
    ("ghuspaithiyon ka ilaka h wo, doobne do sabko, Bangladesh khud le jayega", True),
    ("khet ko doobne se bachao", False),
    ("in kathmullon ko relief mat do, madrase me hi rahen", True),
    # the 325th round (the 1248th set, women readers answered in Hinglish)
    ("Tum jaisi ladkiyan hi society kharab karti ho, ghar baitho", True),
    ("Barish h, ghar baitho aaj", False),
    ("Feminist ho na? Dikhti bhi waisi hi ho, koi shaadi nahi karega tumse", True),
    ("Aajkal koi shaadi nahi karega dahej ke bina, ye sach h", False),
    ("DP me itni makeup, andar se bhi aisi hi hogi 😏 inbox aa", True),
    ("Details ke liye inbox karo", False),
    ("Aunty aap chup raho, rasoi me dhyan do, politics samajh nahi aayegi", True),
    ("Rasoi me gas leak ho toh khidki kholo", False),
    # the 327th round (the 1250th set, in Devanagari): a beating approved, a people to be
    # finished after their numbers
    ("ये जिहादी सब्जी में थूक कर बेचते हैं, मारना सही था", True),
    ("मारना सही है क्या? कानून किसलिए है", False),
    ("इनकी आबादी ऐसे ही बढ़ती रही तो एक दिन हमें ही भागना पड़ेगा, अभी से खत्म करो", True),
    ("आबादी बढ़ रही है, गरीबी अभी से खत्म करो", False),
    # the 328th round (the 1251st set, a woman MP): her old photos; menopause
    ("Iski photos dekho purani, sab pata chal jayega kaisi hai ye", True),
    ("Iski purani speeches dekho, sab pata chal jayega kitna badal gayi hai ye", False),
    ("Menopause hit her hard, that's why she's so angry all the time lol", True),
    ("Menopause hit her hard, she took a year off and came back stronger", False),
    # the 329th round (the 1252nd set, a judge and a journalist threatened)
    ("I have a 12 bore and a lot of free time. Just saying, judge sahab", True),
    ("I have a law degree and a lot of free time. Happy to help", False),
    ("Every one of these activists should be put against a wall when we take power", True),
    ("Every one of these posters should be put against the wall chart", False),
]

FORTY_THIRD_SESSION_FORMS = [
    # the 256th round (the 1179th set, mosque loudspeakers lowered, a sixty-fifth whole
    # evening): a people's mosques said to spread hate; "your turn is next" with a warning
    ("Inki masjidon se sirf azaan nahi, nafrat bhi nikalti hai.", True),
    ("Madrason mein aatankwad sikhaya jaata hai.", True),
    ("Masjid se nafrat nahi, dua nikalti hai.", False),
    ("Kuch TV channelon se nafrat nikalti hai, masjidon se nahi.", False),
    ("Pehle speaker utra hai, agla number tumhari topiyon ka hai. Samajh jao time rehte.", True),
    ("Agla number tumhara hai, waqt rehte sudhar jao.", True),
    ("Agla number tumhara hai, token le lo.", False),
    ("Agli baari humara number aayega, line mein khade raho.", False),
    # the 257th round (the 1180th set, a far-right party's election in Germany): a people as
    # not people like us; a measure for a people is not the people
    ("Look at the crime stats, these are not people like us.", True),
    ("Those people are a different species, you can't integrate them.", True),
    ("These are not people like us who can work from home.", False),
    ("These orchids are a different species from the ones in my garden.", False),
    ("The work ban for asylum seekers is the stupidest policy in Europe.", False),
    ("The housing rules for refugees are a bureaucratic disaster.", False),
    ("Refugees are the stupidest people in Europe.", True),
    # the 259th round (the 1182nd set, a woman reporter's byline in everyday English)
    ("She'd get more readers if she did these updates in the shower.", True),
    ("If she presented the budget topless the ratings would double.", True),
    ("She would never pose naked for a magazine, she said in the interview.", False),
    ("Love how she always leans forward in the video so we get the full view.", True),
    ("She leans forward when the minister dodges, you can see she's about to pounce.", False),
    ("The only thing anyone remembers from her report is the skirt.", True),
    ("The only thing anyone remembers from the debate is the tie.", False),
    ("The only thing people noticed was her dress, which says more about them than her.", False),
    ("I'd give her one too if she asked nicely.", True),
    ("I'd give her one more term, she's earned it.", False),
    ("I would give her one star for that interview, she let him ramble.", False),
    # the 260th round (the 1183rd set, a reporter on a sand-mining mafia): the reader's people
    # or routine named, then foreboding; a pen's days counted; a reporter to vanish unnoticed
    (
        "Teri scooty roz 9 baje college road se nikalti hai na, dhyaan se chalaya kar,"
        " accident bahut hote hain wahan.",
        True,
    ),
    ("Tumhari beti roz akeli tuition jaati hai, zamana bahut kharab hai aajkal.", True),
    ("Aapka office 8 baje band hota hai na, raat ko kuch bhi ho sakta hai raste mein.", True),
    ("Tumhari maa ki tabiyat kharab hai, unka khayal rakhna.", False),
    (
        "Meri beti roz akeli tuition jaati hai, zamana bahut kharab hai aajkal, isliye main"
        " chhodne jaata hoon.",
        False,
    ),
    ("Tera office kitni door hai? Barish mein traffic bahut hota hai.", False),
    ("Dekhte hain kalam kitne din haath mein rehti hai.", True),
    ("Bahut bolti hai, dekhte hain zubaan kitne din salamat rehti hai.", True),
    ("Dekhte hain ye sarkar kitne din chalti hai.", False),
    ("Ye naya pen kitne din chalta hai dekhte hain.", False),
    ("Ek aur patrakar ret mein samaa jayega, kisi ko pata bhi nahi chalega.", True),
    ("Tu bhi nadi mein gayab ho jayega, kisi ko khabar bhi nahi hogi.", True),
    ("Paisa kahan gayab ho jayega kisi ko pata nahi chalega.", False),
    # the 261st round (the 1184th set, an anti-conversion law): pastors to be burnt alive
    ("In padriyon ko zinda jalaana chahiye.", True),
    ("Staines ko zinda jala diya gaya tha, ye sharm ki baat hai.", False),
    # the 262nd round (the 1185th set, a Bihar election): a people or region made a country of
    # its own so the rest are rid of it
    ("Bihar ko alag desh bana do aur border pe deewar, baaki India chain se jiyega.", True),
    ("Inko alag desh de do, humara pichha chhootega.", True),
    ("Kashmir ko alag desh bana do kehne wale gaddar hain.", False),
    ("Telangana ko alag rajya bana do, vikas hoga, ye unki maang thi.", False),
    # the 264th round (the 1187th set, a trans athlete): harm foretold by its punishment; a
    # jaw hoped broken
    (
        "If my daughter had to share a changing room with that thing, I'd be in prison for"
        " what I'd do to it.",
        True,
    ),
    ("I'd end up in jail for what I'd do to him if he came near my kid.", True),
    ("I'd be in prison for what I'd do to my tax return if they let me.", False),
    ("Hope some girl breaks his jaw on the pitch.", True),
    ("Hope she breaks her nose in the first tackle.", True),
    ("Hope he breaks the record on Saturday.", False),
    ("Hope she breaks into the top ten this season.", False),
    # the 265th round (the 1188th set, a woman reporter in Hinglish and English)
    ("Her face is made for radio, her body is made for something else entirely.", True),
    ("Her body is built for endurance, she ran forty kilometres before the broadcast.", False),
    ("Anchor bani hai ya item girl, lipstick dekho pehle phir news suno.", True),
    ("Ye gaana hai ya item number, samajh nahi aaya.", False),
    ("Bet her promotions came after midnight, if you know how this industry works.", True),
    ("Her promotion came after the merger, when the old editor left.", False),
    ("Isko dekh ke news nahi, kuch aur hi yaad aata hai 🥵", True),
    ("Isko dekh ke news nahi, Doordarshan ka zamana yaad aata hai.", False),
    # the 266th round (the 1189th set, readers of a local paper threatened in replies)
    (
        "Cranbrook Road, you said? Number 42 with the blue door, if I'm not mistaken. Lovely"
        " roses.",
        True,
    ),
    ("Number 42 with the blue door flooded last year, the council never came.", False),
    ("Keep posting, Sarah. We're all reading. Every word. And we know what you drive.", True),
    ("I know what you're driving at, but the figures say otherwise.", False),
    (
        "St Mary's pickup is at 3:15, isn't it? Busy road. Anything can happen to a kid on a"
        " busy road.",
        True,
    ),
    ("St Mary's pickup is at 3:15 and the crossing is shut, the council must fix it.", False),
    ("Shop on the high street? Would be a pity if that window got put in one night.", True),
    (
        "It'd be a pity if that window got broken in the storm, it's original Victorian glass.",
        False,
    ),
    ("Dave, you should log off and spend time with your family while you still can.", True),
    ("Spend time with your kids while you still can, they grow up so fast.", False),
    # what the news head alone had held of those rounds, read by the rules: a vice's habit in
    # a people's blood; a reader told she looks like a people's servant; a woman who "needs a
    # good seeing-to"; a people's tradesmen placed before the link; a boat to be sunk; people
    # locked in and burnt; a wet saree for ratings
    ("Chillane ki aadat inke khoon mein hai, ye log nahi sudhrenge.", True),
    ("Mehnat ki aadat inke khoon mein hai, subah 5 baje khet mein hote hain.", False),
    ("@Pema shakal dekho apni, Nepali chowkidar lagti ho.", True),
    ("Wo Nepali chowkidar lagta hai jo humare yahan tha, bahut imaandaar aadmi.", False),
    ("She writes like a woman who needs a good seeing-to.", True),
    ("She writes like a woman who needs a good editor.", False),
    ("Every Pakistani taxi driver in this country is a rapist waiting for his chance.", True),
    (
        "Pakistani taxi drivers in this country are some of the hardest working people I know.",
        False,
    ),
    ("Put them on a boat back to Myanmar and sink it halfway.", True),
    ("Put them on a boat back to Myanmar? It would sink in the monsoon, the UN has warned.", False),
    ("Tumhe bhi camp mein band karo aur aag laga do.", True),
    ("Godown band karo aur kachre ko aag laga do, mohalla saaf hoga.", False),
    ("Madam ko flood mein bhej do, geeli saree mein TRP double ho jayegi.", True),
    ("Reporter ki geeli saree dekh ke dukh hua, itni mehnat karti hai.", False),
    # the 268th round (the 1191st set, a woman anchor's budget explainer, written after the
    # 259th's forms, which read none of it)
    ("She can explain my deficit anytime, preferably lying down 😏", True),
    ("She should rest after the surgery, preferably lying down, her doctor said.", False),
    (
        "Budget pe kam, apne blouse ke gale pe zyada dhyan deti hai madam. Wahi toh"
        " dekhte hain log.",
        True,
    ),
    ("Blouse ke gale ka design accha hai, kahan se silwaya?", False),
    ("Bet she couldn't find the fiscal deficit if it was between her legs.", True),
    ("Bet she couldn't find the fiscal deficit if it was in the first line of the budget.", False),
    ("@Meera madam, budget ke baad personal tuition chahiye 😉", True),
    ("My son needs personal tuition for maths before the board exams.", False),
    ("Sab jaante hain raat ko kiske saath hoti hai ye anchor.", True),
    ("Sab jaante hain raat ko kiske saath party mein tha minister.", False),
    # the 269th round (the 1192nd set, an RTI activist, veiled threats written after the
    # 260th's and 266th's forms, which read none of it)
    ("She has two small kids, doesn't she? Brave of her. Kids need their mother around.", True),
    (
        "She has two small kids and still does this. Kids need their mother around,"
        " that's why the creche matters.",
        False,
    ),
    (
        "RTI wali madam, aapke ghar ke bahar wala street light kharab hai na? Andhera"
        " bahut hai raat ko.",
        True,
    ),
    (
        "Aapke ghar ke bahar wala street light kharab hai na? Andhera bahut hai,"
        " complaint karo municipality mein.",
        False,
    ),
    ("Keep digging. People who dig too deep sometimes find their own grave.", True),
    ("Archaeologists who dig too deep sometimes find graves older than the city.", False),
    ("Madam bahut upar tak haath daal rahi ho. Haath kat bhi jaate hain kabhi kabhi.", True),
    ("Machine mein haath kat jaate hain, safety gloves pehno.", False),
    ("We've been told where your kids go to tuition. Just so you know we know.", True),
    ("We've been told where the new tuition centre will open, next to the library.", False),
    # the 270th round (the 1193rd set, sarcasm a fourteenth time)
    (
        'Oh look, another Muslim "youth" who was a "bright student". They always are,'
        " right up until the explosion.",
        True,
    ),
    (
        "He was a bright student, his teachers said, right up until the explosion that"
        " killed his sister.",
        False,
    ),
    ("Wow, a Dalit who can spell his own name. Give him a government job.", True),
    ("Wow, a minister who can read a balance sheet. Give him a medal.", False),
    ("Shocking: Romanian gang steals cars. In other news, fish swim.", True),
    ("Shocking: minister keeps promise. In other news, fish swim.", False),
    # the 271st round (the 1194th set, a Muslim bowler dropped, a sixty-seventh whole evening)
    (
        "Jab Pakistan ke khilaf match hota hai tab inki gendein dheemi ho jaati hain,"
        " sab jaante hain kyun.",
        True,
    ),
    ("Pakistan ke khilaf match mein pitch dheemi thi, curator ne paani daala tha.", False),
    ("Isko Pakistan team mein bhej do, wahan apne bhaiyon ke saath khelega.", True),
    ("Isko Pakistan tour pe bhej do, spin acchi khelta hai.", False),
    ("Inki kaum ka bharosa nahi, match fix karne mein sabse aage yahi log hote hain.", True),
    ("Inki kaum ka bharosa nahi jeet paayi sarkar, isliye vote nahi mile.", False),
    # the 272nd round (the 1195th set, a Black footballer's missed penalty)
    ("Should've sent the bananas to the spot instead, might have had more luck.", True),
    ("Bananas are the best snack at half time, every player eats one.", False),
    ("This is what happens when you pick a team that looks like the Congo.", True),
    ("The pitch looked like a swamp after the rain, nobody could pass.", False),
    ("They only play football because they can't read.", True),
    ("They only play on Sundays because the pitch is booked on Saturdays.", False),
    ("Monkey boy bottled it, send him home.", True),
    ("Monkey Man is a great film, Dev Patel directed it.", False),
    # the 273rd round (the 1196th set, a Dalit groom's procession)
    (
        "In logon ko ghodi pe chadhne ka itna shauk hai toh tabele mein jaake rehna"
        " chahiye, insaan ke saath nahi.",
        True,
    ),
    ("Ghodi tabele mein rehti hai, insaan ke ghar mein nahi, ye toh sab jaante hain.", False),
    (
        "Reservation se naukri mil gayi toh khud ko raja samajhne lage, kal ko humari"
        " betiyon ka haath maangenge.",
        True,
    ),
    ("Kal ko humari betiyon ka haath maangenge toh kya? Shaadi apni marzi ki hoti hai.", False),
    (
        "Agli baar ghodi pe chadha toh ghodi ke saath dulha bhi wapas nahi jayega. Yaad rakhna.",
        True,
    ),
    ("Agli baar flight miss ki toh paisa wapas nahi aayega, dhyan rakhna.", False),
    # the 274th round (the 1197th set, small boats, a sixty-eighth whole evening): "Time for
    # the rope"
    ("The traitors in Parliament are holding the door open. Time for the rope.", True),
    ("Summer's here, time for the rope swing at the lake.", False),
    # the 275th round (the 1198th set, the antisemites' code a second time)
    (
        "Funny how the same names keep coming up in every bank, every newsroom and every"
        " government. Just noticing.",
        True,
    ),
    (
        "Funny how the same names keep coming up in every procurement scandal: Serco, Capita, G4S.",
        False,
    ),
    ("The Holocaust numbers have never been audited, just saying.", True),
    ("6 million is a very convenient number, isn't it.", True),
    (
        "The Holocaust death toll has been documented by historians from the Nazis' own records.",
        False,
    ),
    (
        "Every time there's a war, follow the money and you'll find a Rothschild at the end of it.",
        True,
    ),
    ("Follow the money: the arms companies made record profits from this war.", False),
    ("Golders Green should be walled off, they like ghettos anyway.", True),
    ("The Nazis forced Jews into ghettos across occupied Europe.", False),
    # the 276th round (the 1199th set, jokes a fourth time)
    (
        "Why do Pakistanis love cricket so much? It's the only time they're allowed near"
        " something that explodes legally.",
        True,
    ),
    ("Why did the Muslim cross the road? To get to the other side of the blast radius.", True),
    (
        "Why did the Scotsman bring a ladder to the pub? He heard the drinks were on the house.",
        False,
    ),
    ("Why do Bengalis love fish so much? Because a meal without machh is just a snack.", False),
    # the 277th round (the 1200th set, a woman MP in Hinglish)
    ("Itne saare dost hain madam ke. Aise hi thodi koi itna deta hai kisi aurat ko 😏", True),
    ("Aise hi thodi koi itna deta hai kisi ko, mehnat karni padti hai.", False),
    ("Bina pati ki aurat ko itna ghamand? Ghar basa leti toh ye sab na karna padta.", True),
    ("Bina pati ki aurat ko samaj itna pareshan karta hai, ye galat hai.", False),
    ("Isko Parliament se nikaal ke Sonagachi bhej do, wahan ki rani banegi.", True),
    ("Sonagachi ki auraton ke liye naya clinic khula hai, achhi khabar hai.", False),
    (
        "Ye madam foreign trips pe kisi na kisi ke saath zyada dikhti hai. Samajhdar ko"
        " ishara kaafi.",
        True,
    ),
    ("Ye madam kisi na kisi ke saath meeting mein dikhti hai, kaam hai unka.", False),
    # the 278th round (the 1201st set, Hindus abused): a people, then "all of them are" after
    # what is said of them; their shakhas to be bombed; a saying named as what "those who"
    # shout
    (
        "These Hindus with their dot on the forehead, all of them are casteist rapists in saffron.",
        True,
    ),
    ("Hindus with their diyas lit up the whole street, all of them are neighbours we love.", False),
    ("Bhagwa terrorist hain ye sab, inki shaakhaon pe bomb girna chahiye.", True),
    ("Inki shaakhaon pe baarish mein paani bhar jaata hai, chhat theek karo.", False),
    (
        'Jo log "Hindu khatre mein hai" chillate hain, wo 80 percent wale desh mein ye'
        " kaise keh sakte hain?",
        False,
    ),
    ("Jo bhi ho, Hindu khatre mein hai.", True),
    # the 279th round (the 1202nd set, long comments with the abuse in one sentence)
    (
        "Those animals should be rounded up and shipped out, and then there'd be homes"
        " for everyone.",
        True,
    ),
    ("Those animals should be rounded up and rehomed, the shelter is full.", False),
    (
        "The councillor who voted to close it should be dragged out of the chamber by her hair.",
        True,
    ),
    (
        "The councillor was dragged out of the chamber by security after the vote, the"
        " paper reported.",
        False,
    ),
    # the 280th round (the 1203rd set, a racing driver's slur, the abuse masked): a people
    # "only there for the quota"; brakes tampered with
    ("B l a c k drivers are only there for the d1versity quota.", True),
    ("Black drivers got there on merit, not a quota, whatever the trolls say.", False),
    ("Someone should tamper with his br@kes and see how fast he goes then.", True),
    ("The team said someone may have tampered with the brakes before the race.", False),
    # the 281st round (the 1204th set, a paper leak, in Devanagari)
    ("धरने पर बैठी लड़कियाँ पढ़ने नहीं, लड़के फँसाने आती हैं, सब की सब चालू।", True),
    ("Bijli aa gayi, sab ki sab machine chalu ho gayi.", False),
    ("आयोग के अध्यक्ष को पकड़ के सड़क पर जला दो, तब अक्ल आएगी।", True),
    ("Murgi ko pakad ke kaat do, aaj biryani banegi.", False),
    # the 282nd round (the 1205th set, a rape verdict): the victim blamed
    ("She was drunk at 2am in his flat, what did she think was going to happen?", True),
    ("She put her savings in crypto, what did she think was going to happen?", False),
    ("Girls like her cry rape when they regret it in the morning.", True),
    ("Women don't cry rape for fun; false reports are rare.", False),
    ("Honestly she looks like she enjoyed it, check her Instagram from the week after.", True),
    ("She looks like she enjoyed it, the concert photos are lovely.", False),
    ("If she dressed like that in my town she'd get the same treatment.", True),
    ("If she dressed like that in my town she'd get compliments, it's a lovely outfit.", False),
    # the 283rd round (the 1206th set, mental health claimants)
    ("Depression is just laziness with a doctor's note.", True),
    ("Depression is not just laziness, it's an illness.", False),
    ("If you're so depressed, do us all a favour and finish the job.", True),
    ("If you're so depressed, talk to someone today, the helpline is free.", False),
    # the 284th round (the 1207th set, kind traps and their twins): a slur quoted with its
    # closing punctuation inside the marks is reported
    ('"Go back to your country," she said to me. I was born in Croydon.', False),
    ("My Muslim neighbour is one of the good ones, shame the rest of them are animals.", True),
    ("My Muslim neighbour is one of the good ones, and so is the rest of her family.", False),
    ("Not all Dalits are lazy, but the ones on reservation definitely are.", True),
    ("Not all Dalits are rich, but the ones on reservation are better off.", False),
    (
        "The Roma family keeps a clean garden, probably because they stole the"
        " gnomes from everyone else.",
        True,
    ),
    ("The kids were arrested, probably because they stole a car.", False),
    # the 285th round (the 1208th set, Ganpati visarjan in Mumbai)
    ("Visarjan ke raste mein masjid aaye toh patthar bhi phenk ke aana chahiye.", True),
    ("Masjid pe patthar phenkne walon ko giraftaar karo.", False),
    ("Ye bhaiyye log Mumbai mein aake gandagi kar dete hain, sab ko wapas UP bhejo.", True),
    ("Bhaiyya log ne naka pe chai ki dukaan khol li, achhi chai hai.", False),
    ("Mandal ki ladkiyon ko dekho, naachne ke bahane sab dikhane aati hain.", True),
    ("Dance ke bahane exercise ho jaati hai, mandal ki ladkiyan fit hain.", False),
    ("Chanda nahi diya toh dukaan ka shutter agli subah tuta milega.", True),
    ("Bill nahi diya toh connection kata milega, BSES ka notice aaya hai.", False),
    # the 286th round (the 1209th set, an actress's divorce, a sixty-ninth whole evening,
    # Hinglish)
    (
        "Heroine log ka yahi hai, pehle ameer pakdo, phir paisa lo aur chhod"
        " do. Sab ki sab gold digger.",
        True,
    ),
    ("Itne saal industry mein rahi hai, kitno ke saath so chuki hogi.", True),
    ("Itne saal industry mein rahi hai, kitno ke saath kaam kar chuki hai, experience hai.", False),
    ("Aisi aurat ke saath koi mard nahi reh sakta, aukaat mein rakhna chahiye tha.", True),
    ("Aukaat mein rakhna chahiye tha us builder ko, jisne flat time pe nahi diya.", False),
    ("Ab isko koi kaam nahi dega, item number karke pet palegi.", True),
    ("Uska item number hit hua tha 2010 mein, ab wo direction karti hai.", False),
    # the 287th round (the 1210th set, a Sikh shot in Ohio)
    ("These people come here and breed, and then cry when someone fights back.", True),
    ("They come here and work, pay taxes, and raise their kids like anyone else.", False),
    ("Good. More of that please, every mosque and temple full of these invaders.", True),
    ("More of that please, every mosque and temple opening its doors for the vigil.", False),
    # the 288th round (the 1211th set, India against Pakistan, Hinglish)
    ("Inko cricket nahi, bomb banana aata hai.", True),
    ("Inko cricket nahi, kabaddi khelna aata hai, wahan champion hain.", False),
    ("Pakistan ki team aatankwadi camp se aayi hai, dadhi wale bhediye.", True),
    ("Dadhi wale baba ne prasad diya, bahut ache insaan hain.", False),
    ("@Zeeshan tu Pakistan ki jeet pe khush hai na? Pata tha, gaddar, desh chhod ke nikal.", True),
    ("Pakistan ki jeet pe khush hona koi gunah nahi, achha khela unhone.", False),
    # the 289th round (the 1212th set, a woman columnist, veiled threats a fourth time, read
    # by none of the first three rounds' forms)
    ("Shame if her own three ever needed it, the school gates are so busy at 3.", True),
    (
        "We all know her book tour dates. Every town, every venue. See you at the signing, love.",
        True,
    ),
    ("We all know her book tour dates, they're on her website. Might go to the Leeds one.", False),
    ("The more you write, the more we learn about you. Where you shop, where you run.", True),
    ("Would hate for anything to happen to that pretty face before the next one.", True),
    ("Would hate for anything to happen to that old cinema, it's the last one in town.", False),
    ("Her husband's office is in Canary Wharf, isn't it? Long commute home in the dark.", True),
    ("Her husband's office is in Canary Wharf, isn't it? He must be on the DLR every day.", False),
    # the 290th round (the 1213th set, a woman reporter in a flood, Hinglish)
    ("Geeli ho ke report kar rahi hai, ab toh views aayenge hi 😏", True),
    ("Madam ko paani mein dekh ke mera bhi mann kiya flood mein kood jaun 🤤", True),
    ("Madam ko dekh ke mera bhi mann kiya reporter banun, kitni himmat hai.", False),
    ('Itni raat ko akeli reporter, kaun sa "source" milne gayi thi pata hai sabko.', True),
    ("Kamar tak paani mein report nahi, kuch aur dikha rahi thi.", True),
    ("Report nahi, kuch aur dikha raha tha channel, ad pe ad.", False),
    ("Iski shaadi karwa do bhai, ghar baithegi toh ye sab naatak band hoga.", True),
    ("Iski shaadi karwa do bhai, ladka bhi accha hai aur family bhi, dono khush rahenge.", False),
    # the 291st round (the 1214th set, counter-speech a fifth time): what someone "says" is a
    # report; a stereotype "heard" in quotation marks; "Not every Sikh is a Khalistani"
    ("Every time someone says Muslims don't integrate, I think of my Muslim GP.", False),
    (
        "Muslims don't integrate, and the ones that pretend to are just waiting for the numbers.",
        True,
    ),
    ("I've heard \"women can't lead\" my whole life. My mother ran a 300-person factory.", False),
    (
        "Not every Sikh is a Khalistani, and treating them that way is how you make a few more.",
        False,
    ),
    ("Every Sikh at the border is a Khalistani.", True),
    # the 292nd round (the 1215th set, a Muslim woman elected mayor, a seventieth whole
    # evening)
    ("Give it ten years and your daughters will be in burkas. Thank her.", True),
    (
        "Give it ten years and your daughters will be in university, if the"
        " council funds the college.",
        False,
    ),
    (
        "Someone should remind her this is England, ideally with a brick"
        " through the window of that takeaway.",
        True,
    ),
    ("Someone threw a brick through the window of the takeaway last night, police said.", False),
    # the 293rd round (the 1216th set, a Kashmiri student beaten in Dehradun, Hinglish)
    ("Inko yahan se bhagao, jahan se aaye wahan wapas.", True),
    (
        "Inko yahan se bhagao mat, padhne aaye hain, jahan se aaye wahan ke"
        " log bhi yahi chahte hain ki padhen.",
        False,
    ),
    ("Kashmiri ladkiyan toh theek hain, ladkon ko toh seedha goli.", True),
    ("Bumrah ki yorker seedha goli jaisi ball thi.", False),
    ("@Aamir tu bhi Kashmiri hai na? Tera hostel room number bhi pata kar lenge, dekhna.", True),
    ("Tera room number pata kar lenge warden se, party ke liye aa jayenge.", False),
    # the 294th round (the 1217th set, a referendum on an Indigenous voice lost)
    ("They've had 200 years to catch up. Some races just aren't built for civilisation.", True),
    (
        "Some tribes just aren't built for city life, they said, and chose to stay on country.",
        False,
    ),
    ("Send them all back to the bush with a bottle and a welfare card.", True),
    ("Send them back to the bush camp after the festival, the rangers will drive.", False),
    # the 295th round (the 1218th set, jokes in Hinglish)
    ("Bihari ko train mein seat mil jaye toh samjho kisi ka saaman chori hua hai.", True),
    ("Bihari ko train mein seat mil jaye toh samjho Chhath aa gaya.", False),
    # the 296th round (the 1219th set, a woman presenter of 58, women journalists a fifth
    # time)
    ("At 58 she should be grateful anyone still wants to look at her.", True),
    (
        "At 58 she should be grateful anyone still watches the channel, the ratings are awful.",
        False,
    ),
    ("Bet she was a right goer in her day.", True),
    ("Bet she was a right terror in the newsroom in her day.", False),
    ("She's got the face for radio and the mouth for something more useful.", True),
    ("She's got the voice for radio and the mind for something more useful, like editing.", False),
    ("Shame she didn't interview me, I'd have given her a proper grilling, on the sofa.", True),
    ("The minister was given a proper grilling on the programme.", False),
    # the 297th round (the 1220th set, a village reporter, veiled threats a fifth time,
    # Hinglish)
    (
        "Reporter sahab, aapki motorcycle ka number UP 32 se shuru hota hai"
        " na? Achhi bike hai, sambhal ke rakhna.",
        True,
    ),
    ("Aapki motorcycle ka number plate toota hai, challan kat jayega, dhyan se.", False),
    (
        "Aapke bachche sarkari school mein padhte hain na? Wahan ki deewar"
        " bahut kamzor hai, kabhi bhi gir sakti hai.",
        True,
    ),
    ("Sarkari school ki deewar bahut kamzor hai, kabhi bhi gir sakti hai, PWD ko likho.", False),
    ("Bahut likh liya, ab thoda aaram karo. Lamba aaram, hamesha ke liye.", True),
    ("Lamba aaram karo, hamesha ke liye smoking chhod do.", False),
    (
        "Agli report likhne se pehle apne ghar walon se mil lena, kya pata"
        " phir mauka mile na mile.",
        True,
    ),
    ("Diwali pe ghar walon se mil lena, kya pata phir chhutti mile na mile.", False),
]


FORTY_FIFTH_SESSION_FORMS = [
    # the 330th round (the 1253rd set, a Dalit woman appointed a temple's priest): the
    # temple to be purified after her, god said to leave where "ye log" enter, her origin a
    # drain, "the gutter people", "the untouchable touch", "quota priestesses"
    ("Temple ka suddhikaran karna padega ab, ye log jahan ghuste hain", True),
    ("Ye log jahan ghuste hain wahan bhagwan bhi nahi rukta", True),
    ("Grahan ke baad mandir ka shuddhikaran hota hai, ye parampara hai", False),
    ("Ab prasad se pehle haath dhone padenge, pata nahi kaun se nale se aayi hai", True),
    ("pata nahi ye paani kaun se nale se aaya hai, badbu aa rahi hai", False),
    ("let's just hand the gods over to the gutter people", True),
    ("The gutter press will have a field day", False),
    ("They'll bring the curse on the whole town, the untouchable touch", True),
    ("These quota priestesses will bring the curse on the town", True),
    ("She's not a quota doctor, she topped NEET", False),
    ('Ye "quota doctor" wali baat bakwas hai.', False),
    ("The quota seats were filled in the first round", False),
    # the 331st round (the 1254th set, women journalists harassed in Hinglish): her work
    # called a courtesan's dance; her photographs to be faked and spread (and the crime
    # reported is no threat)
    ("Madam ka make up dekho, news padhne aayi hai ya mujra karne", True),
    ("Madam ka question dekho, minister ke paas koi jawab hi nahi tha", False),
    ("Film ka mujra gaana accha tha, Rekha ji kamaal", False),
    ("chup ho ja warna teri photo morph karke viral kar denge", True),
    ("Uski photo morph karke viral ki gayi thi, culprit pakda gaya", False),
    ("iski photo morph karke viral karo", True),
    # the 332nd round (the 1255th set, veiled threats to a councillor who voted for a
    # mosque's extension): a house pointed out and a harm left unsaid, accidents that find
    # "people who ...", a voter who "won't be around", "plenty of us" who know where he parks
    (
        "Your house is the one with the blue door on Albert Road isn't it. Lovely garden."
        " Shame if anything happened to it.",
        True,
    ),
    ("The mosque is the one with the blue door on Albert Road, lovely garden", False),
    ("Funny how accidents happen to people who sell out their own town.", True),
    ("Funny how accidents happen at that junction every winter", False),
    ("Keep voting like that and one day you won't be around to vote at all", True),
    ("Keep voting like that and you won't be re-elected, the ward is furious", False),
    ("There are plenty of us who know where you park every evening.", True),
    ("There are plenty of us who know where the planning office is", False),
    # the 333rd round (the 1256th set, a Sikh truck driver's crash in Canada): a people good
    # only at breeding; a people's mark set beside a crime
    ("Useless at everything but they can sure breed", True),
    ("Another turban behind the wheel, another massacre.", True),
    ("Another winter, another crash on the M6", False),
    # the 334th-337th rounds (sets 1257-1260: a Rohingya girl tops her district's exams;
    # sarcasm an eighteenth time; replies in English; a black footballer's missed penalty)
    (
        "Oh great, another Muslim 'scholar' on TV. Can't wait to hear which building he"
        " wants blown up this week.",
        True,
    ),
    (
        "Oh great, another economist on TV. Can't wait to hear which bank he wants bailed"
        " out this week.",
        False,
    ),
    ("Kal ye bhi bomb banayegi, inki nasal hi aisi hai", True),
    ("Labrador ki nasal hi aisi hai, sabse dosti kar leta hai", False),
    ("kal ye bhi kisi madrase me bomb banana seekhegi", True),
    ("Madrase me computer lab banana accha kadam hai", False),
    ("Deport the whole camp. We're not a charity for termites.", True),
    ("The old barn is a shelter for bats now", False),
    ("Ghuspaithiye ka bachcha topper, ab naukri bhi inko de do", True),
    ("Ghuspaithiye ka mudda chunav me har baar uthta hai", False),
    ("Send him back to where his dad came from, he can miss penalties for them", True),
    ("Send him back to the academy where he came from, he needs minutes", False),
    (
        "Not racist but you can't build a team on players whose families don't even speak"
        " English at home. No loyalty.",
        True,
    ),
    ("Not racist but the VAR decision was wrong", False),
    ("These 'peaceful' protesters only ever seem to be from one religion.", True),
    ("The volunteers always seem to be from the same three families", False),
    ("sab Bihari IAS bante hain, aur baaki Delhi me gutter saaf karte hain", True),
    ("Delhi me gutter saaf karne wale mazdoor bina safety gear ke marte hain", False),
    (
        "These lot only play for England when they score. Miss one and suddenly they remember"
        " Nigeria.",
        True,
    ),
    ("Miss one and suddenly everyone's an expert on penalties", False),
    ("Bananas are cheap, I'll send him a crate 🍌🍌🍌", True),
    ("I'll send him a banana bread recipe", False),
    ("ab chhakke bhi Pride me naach ke haq maangenge", True),
    ("chhakke pe chhakke, stadium naach raha tha", False),
    ("Gayle ke chhakke dekh ke maza aa gaya", False),
    ("Another genius with a keyboard and two brain cells fighting for third place.", True),
    ("Two teams fighting for third place in the league", False),
    ("So brave of her. Truly inspiring for the rest of us who own mirrors.", True),
    ("Inspiring for the rest of us who own cars, the bus lane is finally open", False),
    # the 338th-341st rounds (sets 1261-1264: a pastor's prayer meeting attacked in
    # Chhattisgarh; women journalists harassed in English an eighth time; an RTI activist
    # threatened in Hinglish; jokes about India's regions in Hinglish)
    ("Ye paadri log dharm khareed lete hain, inko gaon me ghusne mat do, maar ke bhagao", True),
    ("bandaron ko gaon se dara ke bhagao, maarna mat", False),
    ("Isaiyon ko Ram ka naam lena padega, warna jungle me hi dafna denge", True),
    ("Kachra time pe uthao warna bimari failegi", False),
    ("She got the beat because of her legs, not her questions.", True),
    ("She got the beat because of her sourcing, not her connections.", False),
    ("Check if her bedroom has a press pass too, that's where the real briefings happen.", True),
    ("Check if the press office has a policy, that's where the real problem is.", False),
    ("Stick to weather reports sweetheart, you've got the smile for it but not the brain.", True),
    ("Stick to the facts in the piece, the numbers check out.", False),
    ("I'd love to give her an exclusive she won't forget, if you know what I mean", True),
    ("I'd love to give her an exclusive interview, if the minister ever agrees", False),
    ("Can't wait for her to get pregnant and disappear from the newsroom", True),
    ("Can't wait for her to get the editor job, she's earned it", False),
    ("itni files nikaloge to ek din tumhari file bhi band ho jayegi", True),
    ("tumhari file bhi clear ho jayegi agle hafte", False),
    ("tere jaise do aur the, ab unki photo pe maala chadhti hai", True),
    ("Dadaji ki photo pe maala chadhti hai har saal barsi pe", False),
    ("Apni maa ka khayal rakh, budhapa hai, raat ko akeli rehti hai na", True),
    ("Apni maa ka khayal rakh, budhapa hai, checkup karwa le", False),
    ("Meri maa akeli rehti hai, isliye main har hafte jaata hoon", False),
    ("Itna imaandar banega to imaandari ke saath hi jalaya jayega", True),
    ("Itna imaandar banega to imaandari ka award bhi milega ek din", False),
    ("Sardar ji ko 12 baje yaad dilao to bhi koi fayda nahi", True),
    ("Sardar ji ne 12 baje langar me 500 logon ko khana khilaya", False),
    ("Marwari ki shaadi me hisaab zyada, ye log apni maa ka bhi bill bana dein", True),
    ("That lot would sell their own grandmother for a vote", False),  # (politicians)
    ("Ye neta log apni maa ko bhi bech denge kursi ke liye", False),
    ("Ye log apni maa ka bhi khayal nahi rakhte", False),
    ("Bihari ko naukri do to poora gaon le aata hai, inki nasal hi ghuspaithiyon wali hai", True),
    ("Gujjus ke liye paisa hi bhagwan, insaan kam baniye zyada", True),
    ("Ye robot insaan kam machine zyada lagta hai", False),
    # the 342nd-345th rounds (sets 1265-1268: a deaf woman made a High Court judge; a
    # people said to be something, beside twins that say why; harm wished on a reporter in
    # Hinglish; replies putting down who the reader is)
    ("These cripples should be grateful for a pension, not given the power to decide", True),
    ("Disabled judges should be given interpreters, not pity", False),
    ("How will she hear the arguments? Disabled quota gone mad.", True),
    ("The disability quota in government jobs is 4%", False),
    ("Deaf, dumb and now a judge. Only in India lol", True),
    ("Every synagogue in this country is a foreign embassy with a prayer room attached.", True),
    ("Every synagogue in this country had to hire security last year", False),
    ("Muslims don't integrate, they colonise.", True),
    ("Muslims don't integrate as fast when the jobs market shuts them out, the study says", False),
    ("Achha hua jo iska accident hua, bhagwan ne sahi saza di", True),
    ("Achha hua jo iski jaan bach gayi, bhagwan ka shukr hai", False),
    ("Kaash is reporter ke muh pe bhi koi tezaab phenk de", True),
    ("Kaash is reporter ki report pe bhi koi dhyan de", False),
    ("Aise logon ki chita pe main khud ghee daalunga", True),
    ("Dadi ki chita pe pandit ji ne ghee daala", False),
    ("Ye jitni jaldi mare utna achha, dharti ka bojh kam hoga", True),
    ("Ye jitni jaldi sudhre utna achha, sheher ka bojh kam hoga", False),
    ("Go back to your igloo, eskimo, this is a grown-up debate", True),
    ("Go back to your hotel, the rain's coming", False),
    ("Ignore the trolls, your comment was spot on.", False),
    ("Ignore the trolls, you idiot", True),
    ("Who let the help in? Shouldn't you be cleaning someone's house instead?", True),
    ("Shouldn't you be at work instead of commenting?", False),
    ("Lol a woman with an opinion on cricket. Go make a sandwich.", True),
    ("Go make a sandwich, the second half starts in ten", False),
    # the 346th-349th rounds (sets 1269-1272: a Muslim fast bowler's five wickets against
    # Pakistan, Hinglish; sarcasm about women in Hinglish; long comments; veiled threats
    # to a judge in English)
    ("Aaj to khel gaya, warna inki kaum ka kya bharosa", True),
    ("Is team ke batsmen ka kya bharosa, kabhi bhi collapse", False),
    ("Inka dil to wahin border paar hai", True),
    ("Mera dil to wahin pahadon me hai", False),
    ("Jeet gaye to Indian, haar gaye to Pakistani. Ye mullah log aise hi hote hain", True),
    ("Ye Punjabi log aise hi hote hain, dil khol ke khilaate hain", False),
    ("namaz padhne ke baad bomb hi phodega ye log", True),
    ("Namaz ke baad bazaar me pataakhe phode bachchon ne", False),
    ("Pul girega to bolegi makeup kharab ho gaya tha", True),
    ("Pul girega to bolenge baarish zyada thi", False),
    ("Madam ji minister bani, ab cabinet meeting me sirf saas bahu ki baatein hongi", True),
    ("Saas bahu serials ki TRP phir se upar", False),
    ("ladkiyon ko fighter pilot banao, dushman ko dekh ke ro dengi", True),
    ("Climax dekh ke aap ro dengi, itni achhi film hai", False),
    ("aurat ko CEO bana do, har mahine teen din office band rahega", True),
    ("Har hafte do din office band rahega, naya rule", False),
    ("ek hafta bina naukar ke chhod do, sab nari shakti nikal jayegi", True),
    ("Judge Menon lives in a gated community, but gates can be opened.", True),
    ("Judge Menon lives in a gated community, but the court is public.", False),
    ("We have your clerk's number, your driver's route and your daughter's college.", True),
    ("We have the clerk's statement and the college's records.", False),
    ("Judges come and go. Some go quicker than others, if you get my drift.", True),
    ("Judges come and go. Some retire quicker than others, the pension rules changed.", False),
    ("Your honour should pray his brakes work as well as his pen does.", True),
    ("Your honour should check his brakes, the car park is on a steep hill.", False),
    ("We'll wait outside his house as long as it takes.", True),
    ("We'll wait for the appeal as long as it takes.", False),
    # the 350th-353rd rounds (sets 1273-1276: Manipur's relief camps; a black woman made
    # head of the Met; communal lines in Hinglish beside twins; replies in English)
    ("Jahan bhi ye topi wale jaate hain wahan dange shuru ho jaate hain", True),
    ("Jahan bhi ye neta jaate hain wahan traffic jam shuru ho jaata hai", False),
    ("Har gali me ek masjid, har masjid me ek sazish, jaago Hindu jaago", True),
    ("Har gali me ek school, har school me ek library, aisa desh chahiye", False),
    ("Sabzi wale se naam pooch ke sabzi lena, warna thook wali sabzi khaoge", True),
    ("Sabzi wale se rate pooch ke sabzi lena, warna double paise doge", False),
    ("Great, now the muggers will get a discount if they're from her community", True),
    ("Victims from her community have been ignored for years", False),
    ("She'll kneel to the looters. Her people, her rules.", True),
    ("Her force, her rules, she said at the press conference", False),
    ("Another affirmative action experiment. She'll be gone in a year, they always are.", True),
    ("Another affirmative action debate in Parliament, always heated", False),
    ("Ye Kuki Myanmar se aaye hain, inhe wapas dhakelo, jitne marein utna achha", True),
    ("Meitei hindu log hi asli maalik hain, baaki sab jungle ke jaanwar hain", True),
    ("Kaziranga me jungle ke jaanwar azaad ghoomte hain", False),
    ("Northeast waalon ko apne desh me hi rehne do", True),
    ("You're the human equivalent of a participation trophy.", True),
    ("Nobody wanted you but here you are.", True),
    ("Your face is proof God has a sense of humour.", True),
    ("Your baby's face is proof God exists", False),
    # the 354th-357th rounds (sets 1277-1280: a Dalit groom on a horse attacked, Hinglish;
    # women journalists in Hinglish a ninth time; veiled threats to a woman MP; a Traveller
    # site's planning row)
    ("Reservation se naukri mil gayi, kal ko hathi pe aayega ye bhikari", True),
    ("Reservation se naukri mili, ab wo bhikariyon ke liye NGO chalata hai", False),
    ("In logon ko sar pe bithaoge to yahi hoga", True),
    ("Bachchon ko sar pe bithaoge to yahi hoga, zid karenge", False),
    ("In logon ko jootey ki jagah jootey me hi rakho", True),
    ("Joote ki jagah rack me hai, ghar me mat lao", False),
    ("Madam ki awaaz sunke lagta hai koi naagin bol rahi hai", True),
    ("Madam ki awaaz sunke lagta hai mic kharab hai", False),
    ("Isko dekh ke lagta hai raat ko kisi aur studio me bhi kaam karti hai", True),
    ("Isko dekh ke lagta hai raat ko bhi kaam karti hai, itni thaki hui thi", False),
    ("Tere jaisi patrakar ko sirf ek kaam aata hai, aur wo patrakarita nahi hai", True),
    ("Tere jaisi patrakar ko sirf ek award mila, aur wo bhi late", False),
    ("Jo Cox was an MP too. Just saying.", True),
    ("Jo Cox was an MP too, and her foundation does incredible work.", False),
    (
        "Your surgery is Thursdays at the library, isn't it? Might pop in. Might bring friends.",
        True,
    ),
    ("Your surgery is Thursdays at the library, isn't it? Might pop in about the bins.", False),
    (
        "Politicians who betray their voters sometimes pay a higher price than an election."
        " History is full of examples.",
        True,
    ),
    (
        "Politicians who betray their voters sometimes pay a higher price than an election,"
        " they lose their party too.",
        False,
    ),
    ("Shame about your office windows. Glass is so fragile these days, isn't it.", True),
    ("Shame about your office hours being cut. Staff is so hard to find these days.", False),
    ("We're everywhere, Ms Patel. The school gate, the supermarket, your street.", True),
    ("We're everywhere, Ms Patel: the school gate, the street. Remember your constituents.", False),
    # the 358th-361st rounds (sets 1281-1284: an interfaith couple's reception, Hinglish;
    # sarcasm about disabled and old people; abuse in emoji and chat spellings; a turbaned
    # Sikh commands the King's Guard)
    ("Love jihad ka ek aur shikar. Ladki ko burqe me dekhna, phir suitcase me", True),
    ("'Love jihad' ka koi data nahi hai, court ne bola", False),
    ("Teri maa ki recipe try ki, mast bani, dobara share karna", False),
    ("teri maa ki", True),
    (
        "Oh wonderful, another wheelchair user on the council. The meetings will take twice"
        " as long.",
        True,
    ),
    ("Great, a wheelchair user on the council, the ramps will finally get fixed", False),
    ("Congrats to the autistic kid, I'm sure the diversity box was thrilled.", True),
    ("The diversity box on the form is optional", False),
    ("Lock them in the care homes on polling day.", True),
    ("Care homes were locked down in 2020, families couldn't visit", False),
    ("How inspiring, a dwarf on the front bench.", True),
    ("How inspiring, a nurse on the front bench.", False),
    ("These people will run the country, first the shops, then the army, then parliament.", True),
    ("First the shops closed, then the bank, the high street is dying", False),
    ("Smells of curry on parade now, the horses won't like it", True),
    ("The kitchen smells of curry, dinner's ready", False),
]


@pytest.mark.parametrize(
    ("text", "held"),
    FOURTEENTH_SESSION_FORMS
    + FIFTEENTH_SESSION_FORMS
    + SIXTEENTH_SESSION_FORMS
    + SEVENTEENTH_SESSION_FORMS
    + EIGHTEENTH_SESSION_FORMS
    + NINETEENTH_SESSION_FORMS
    + TWENTIETH_SESSION_FORMS
    + TWENTY_FIRST_SESSION_FORMS
    + TWENTY_SECOND_SESSION_FORMS
    + TWENTY_THIRD_SESSION_FORMS
    + TWENTY_FOURTH_SESSION_FORMS
    + TWENTY_FOURTH_SESSION_SECOND_FORMS
    + TWENTY_FOURTH_SESSION_THIRD_FORMS
    + TWENTY_FIFTH_SESSION_FORMS
    + TWENTY_FIFTH_SESSION_SECOND_FORMS
    + TWENTY_FIFTH_SESSION_THIRD_FORMS
    + TWENTY_FIFTH_SESSION_FOURTH_FORMS
    + TWENTY_FIFTH_SESSION_FIFTH_FORMS
    + TWENTY_FIFTH_SESSION_SIXTH_FORMS
    + TWENTY_SIXTH_SESSION_FORMS
    + TWENTY_SEVENTH_SESSION_FORMS
    + TWENTY_EIGHTH_SESSION_FORMS
    + TWENTY_NINTH_SESSION_FORMS
    + THIRTIETH_SESSION_FORMS
    + THIRTY_FIRST_SESSION_FORMS
    + THIRTY_SECOND_SESSION_FORMS
    + THIRTY_THIRD_SESSION_FORMS
    + THIRTY_FOURTH_SESSION_FORMS
    + THIRTY_FIFTH_SESSION_FORMS
    + THIRTY_SIXTH_SESSION_FORMS
    + THIRTY_SEVENTH_SESSION_FORMS
    + THIRTY_EIGHTH_SESSION_FORMS
    + THIRTY_NINTH_SESSION_FORMS
    + FORTIETH_SESSION_FORMS
    + FORTY_FIRST_SESSION_FORMS
    + FORTY_SECOND_SESSION_FORMS
    + FORTY_THIRD_SESSION_FORMS
    + FORTY_FOURTH_SESSION_FORMS
    + FORTY_FIFTH_SESSION_FORMS,
)
def test_fourteenth_to_forty_fifth_session_forms(text: str, held: bool) -> None:
    assert bool(held_for(text)) is held


@pytest.mark.parametrize(("text", "held"), THIRTEENTH_SESSION_FORMS)
def test_thirteenth_session_forms(text: str, held: bool) -> None:
    assert bool(held_for(text)) is held


@pytest.mark.parametrize(("text", "held"), TWELFTH_SESSION_FORMS)
def test_twelfth_session_forms(text: str, held: bool) -> None:
    assert bool(held_for(text)) is held


JUDGMENT_SETS = [Path(__file__).parent / "data", Path(__file__).parent / "unseen"]


def test_every_word_prefix_of_the_judgment_lines_is_read() -> None:
    # A comment may stop anywhere: "his wife should be sent" once ran a rule off the end
    # of the words (an IndexError, a 500 for the POST). Every line of the judgment sets,
    # cut after each of its words, is read without an error.
    lines = [
        json.loads(line)["text"]
        for folder in JUDGMENT_SETS
        for path in sorted(folder.glob("*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
    ]
    assert len(lines) > 15_000
    for text in lines:
        words = text.split()
        for k in range(1, len(words) + 1):
            analyse(normalize(" ".join(words[:k])).text)

"""Category scores from words and structure: what is aimed at someone, and at whom."""

from __future__ import annotations

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
        ("tu pagal hai kya", "insult"),
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
    "Ye log kehte hain “Muslims ko desh se nikalo”, sharam aani chahiye.",
    "You'll get shot if you go there at night",
    "Next time burn the toast a little less.",
    "Deaf people are not stupid.",
    "Music is in their blood, these Punjabis know how to party.",
    "I would never hire someone who hates Muslims.",
    "Muslim men in our mosque see women as equals",
    "Indians didn't do any cheap thing",
    "If you've ever been too drunk to fish, you might be a redneck",
    # since the head learnt from calls to vote politicians out (the eighteenth session):
    # 0.747 before ("where you belong" is how exclusion is said)
    "Welcome home, where you belong.",
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
    scores = assess("Anyone who thinks immigrants are lazy should try picking fruit.").scores
    assert scores[NEWS_ABUSE] > 0.6 and scores[GROUP_ABUSE] == 0.0


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
]


@pytest.mark.parametrize(
    ("text", "held"),
    FOURTEENTH_SESSION_FORMS
    + FIFTEENTH_SESSION_FORMS
    + SIXTEENTH_SESSION_FORMS
    + SEVENTEENTH_SESSION_FORMS
    + EIGHTEENTH_SESSION_FORMS
    + NINETEENTH_SESSION_FORMS,
)
def test_fourteenth_to_nineteenth_session_forms(text: str, held: bool) -> None:
    assert bool(held_for(text)) is held


@pytest.mark.parametrize(("text", "held"), THIRTEENTH_SESSION_FORMS)
def test_thirteenth_session_forms(text: str, held: bool) -> None:
    assert bool(held_for(text)) is held


@pytest.mark.parametrize(("text", "held"), TWELFTH_SESSION_FORMS)
def test_twelfth_session_forms(text: str, held: bool) -> None:
    assert bool(held_for(text)) is held

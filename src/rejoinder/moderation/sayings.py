"""Hateful sayings whose words alone carry the attack, whoever says them of whom: "Hitler
was right", "The Holocaust never happened", "Black lives don't matter", "Being gay is a
mental illness", "Too many brown faces on the news", "Another Muslim grooming gang,
shocker".

Each names its target inside the saying, so no group structure is needed; what is needed is
that the writer says it rather than reports or rejects it: "the claim that the Holocaust
never happened is a lie", "the idea that being gay is a mental illness was dropped in
1973" name the saying to reject it, and publish.
"""

from __future__ import annotations

import re
import string
from typing import Final

from rejoinder.domain.threats import spaced
from rejoinder.moderation import lexicon as lx
from rejoinder.moderation.alternatives import Alternatives, top_level_branches
from rejoinder.moderation.words import (
    IDENTITY_ATTACK,
    CueIndex,
    Hit,
    Words,
    alternative_hits,
    echoed,
    endorses,
    in_sentence,
    regex_hits,
)

SCORE: Final = 0.88

# Race and faith as adjectives, not "white" (a board "too white" is a complaint about it)
# nor nationalities (numbers of students or workers are argued as policy).
_RACE_FAITH: Final = r"(?:brown|black|muslim|jewish|asian|african|arab|paki|hindu|sikh)"
_CRIMES: Final = (
    r"(?:grooming gang|rape gang|terrorist|terror attack|rapist|criminal|thief|scammer|bomber"
    r"|paedo|pedo|groomer|stabbing|murderer)s?"
)
_SARCASM: Final = (
    r"(?:shocker|what a (?:surprise|shock)|surprise surprise|what are the odds"
    r"|who (?:would|could) have (?:thought|guessed)|colou?r me (?:shocked|surprised)"
    r"|quelle surprise|no surprise there|as usual"
    r"|yet again|again\??)"
)
_SEEN: Final = (
    r" (?:on (?:the )?(?:news|tv|telly|screen|streets|bus|train|team)|in (?:this|our|my|the)"
    r" (?:country|town|city|area|street|school|neighbourhood|neighborhood|village|estate"
    r"|parliament)|here|around here|everywhere|these days)"
)
# Disabled people in Hindi, as the sayings about them name them (not "langda" alone: a mango)
_DISABLED_HI: Final = r"(?:apahij|viklang|divyang|langde|lule|andhe|goonge|behre|bahre|pagal)"
# Peoples a sarcastic comment blames for crimes ("Another traveller site, another spate of
# burglaries. Total coincidence, I'm sure."), as the 1057th set named them.
_BLAMED_PEOPLES: Final = (
    r"(?:travellers?|gypsy|gypsies|roma|migrants?|immigrants?|asylum seekers?|refugees?|poles?"
    r"|muslims?|mosques?|somalis?|pakistanis?|romanians?|albanians?|afghans?|eritreans?"
    r"|africans?|nigerians?|pakistani community|muslim community)"
)
# A region's people, as a city's comments name those from elsewhere in the country.
_REGIONAL_PEOPLES: Final = (
    r"(?:hindi[- ]?walas?|hindi[- ]?wale|hindi[- ]?waale|bhaiyas|bhaiyyas|bhaiyon"
    r"|north indians?|biharis?|up walas?|up wale|gultis?|madrasis?|south indians?|marathis?"
    r"|bengalis?|kannadigas?|tamilians?|northies|migrants)"
)
# Peoples as sayings name them, plural and singular.
_PEOPLES: Final = (
    r"(?:muslims?|jews?|hindus?|sikhs?|christians?|blacks|black people|arabs?|pakistanis?"
    r"|bangladeshis?|immigrants?|migrants?|refugees?|africans?|mexicans?|indians?|chinese"
    r"|gays|women|dalits?|biharis?"
    # (the 1171st set's jokes: "What's the difference between a Romanian and a pigeon?",
    # "How do you stop a Nigerian from stealing your wallet?")
    r"|nigerians?|romanians?|somalis?|afghans?|syrians?|iraqis?|kashmiris?|tamils?|roma"
    r"|gypsies|gypsy|eritreans?|sudanese|turks?|kurds?|albanians?)"
)
# Right after "bad.", "evil, ", "terrorists; ": fixed-width lookbehinds, one per ending
_AFTER_AN_ATTACK_WORD: Final = (
    "(?:"
    + "|".join(
        rf"(?<={word}{stop}\s)"
        for word in ("bad", "evil", "dangerous", "terrorists", "extremists", "violent", "problem")
        for stop in (r"\.", ",", ";", "!")
    )
    + ")"
)
_SAYING: Final = (
    r"hitler (?:was|is) (?:right|correct)(?! about nothing)|hitler had a point"
    r"|hitler (?:had|got) it right|hitler had the right idea"
    r"|should have finished the job(?= (?:hitler|he) started)|finish what hitler started"
    r"|hitler (?:should(?:'?ve| have)|could(?:'?ve| have)) finished (?:the|his) job"
    # "Hitler should have finished them off" (the 948th set)
    r"|hitler (?:should(?:'?ve| have)|could(?:'?ve| have)) (?:finished|gassed|killed)"
    r" (?:them|the lot|all of them|you)(?: off| all)?"
    r"|hitler (?:didn'?t|did not|never) finish (?:the|his) job"
    # "Wish the Nazis had got the grandparents of these ..." (the 842nd set; not "wish the
    # Nazis had been stopped in 1936")
    r"|wish (?:the nazis|hitler) (?:had )?(?:got|gassed|finished|killed|taken|gotten)(?! rid)"
    r"|(?:deserves?|deserved) (?:exactly )?what hitler (?:gave|did to|had for) (?:them|the jews)"
    r"|(?:the )?holocaust (?:never happened|didn'?t happen|did not happen|is a (?:lie|hoax|myth)"
    r"|was a (?:lie|hoax|myth)|was exaggerated|is exaggerated|is fake|was fake)|holohoax"
    # "laughing at her own people's made up holocaust stories" (the 643rd set; not a
    # fraudster's "made-up holocaust memoir", a "fake holocaust survivor")
    r"|(?:made[ -]up|fabricated|invented|so[ -]called|fake) holocaust(?! (?:surviv|memoir"
    r"|denial|denier|deny|museum|education|day))"
    r"|black lives (?:don'?t|do not|dont) matter"
    # the code of white supremacists and antisemites: a lynching day, a genocide said to be
    # done to whites, their numbers ("despite being 13%", 1488), "the goyim know"
    r"|(?:the )?day of the rope|white genocide|(?:the )?goyim (?:know|are waking up"
    r"|are noticing)|wake up,? goyim|zionist occupied government"
    # a marriage across races condemned (the 831st set): "Race mixing is the end of any
    # civilisation" (not "interracial marriage was illegal until 1967")
    r"|(?:race[ -]mixing|mixing (?:of )?(?:the )?races|interracial (?:marriages?"
    r"|relationships?|couples|dating)) (?:is|are|was) (?:the end of|a sin|wrong|disgusting"
    r"|unnatural|an abomination|degenerate|degeneracy|genocide|destroying|ruining|poison)"
    # ("despite being 13%" left for the reader to finish; not "despite being 13% of the
    # population, black Americans are 40% of those in prison", a statistic argued)
    r"|despite (?:being|making up) (?:only |just )?13\s?(?:%|percent)(?: of the (?:\w+ )?"
    r"population)?(?=\s*(?:\.\.|…|you know|$|[!?]))|13\s?/\s?(?:50|52)(?![0-9])"
    # ... spelt out: "13% of the population, 50% of the crime" (the 928th set; not "13% of
    # the vote went to the independent")
    r"|13\s?(?:%|percent|per cent) of the (?:\w+ )?population,? (?:and |but )?(?:50|52)"
    r"\s?(?:%|percent|per cent) of (?:the )?(?:crime|crimes|murders|homicides|violent crime)"
    # the scare-quoted "jogger" (Ahmaud Arbery, killed jogging), "arrested for noticing",
    # diversity's "enrichment" sneered at (the 928th set; not "I went jogging", nor
    # "enrichment classes", nor "diversity is our strength is the university's motto")
    r"|(?:another|these|those|the|a|typical|some) ['‘\"“]joggers?['’\"”]"
    r"|(?:arrested|banned|punished|cancelled|canceled|sacked|fired|jailed) for noticing"
    r"|enjoy (?:the|your) (?:cultural )?enrichment"
    r"|(?:diversity|multiculturalism|immigration) is (?:our )?(?:a )?strength,? (?:they said"
    r"|they told us|they say|right\?)"
    r"|(?<![0-9.,₹$£€])14\s?/?\s?88(?![0-9])(?! (?:rupees|rs|dollars|km|votes|people|cases"
    r"|crore|lakh))"
    # stereotypes in sarcasm: "oh sure, because Muslims are famous for respecting women"
    rf"|(?:sure|right|course|yeah),? (?:because|coz|cuz) (?:the )?{_PEOPLES} (?:are|were)"
    r" (?:so |well |just |all )?(?:famous|known|renowned|celebrated) for"
    # the nineteenth session's probe of hate in the register of video comments: "I'd rather
    # my son was dead than gay", "Send them all back to the jungle where they came from",
    # "The world would be better without Islam and its followers", "Africa is a continent of
    # savages" (not "I'd rather be dead than go back", "back to the drawing board", "better
    # without nuclear weapons", "a continent of 54 countries")
    r"|(?:i'?d|i would) rather (?:my|our|a|have a) (?:son|daughter|kid|child|boy|girl)"
    r" (?:was|were|be|is) dead than (?:gay|lesbian|trans|queer|bi|a (?:fag|faggot|dyke|tranny"
    r"|muslim|jew|gay|lesbian))"
    r"|(?:send|sent|go|get|belong) (?:(?:them|these \w+|those \w+|him|her|you|u|all|em)"
    r" )*back (?:in|to) the (?:jungles?|trees|caves?|mud huts?)(?= where| they| you| with"
    r"|\s*[.!,]|$)"
    r"|(?:the )?(?:world|country|europe|india|britain|america|planet|earth) (?:would be|is|will"
    r" be|'?d be) (?:a )?(?:much |so much |far )?better (?:place )?(?:off )?without (?:islam"
    r"|judaism|sikhism|hinduism|muslims|jews|hindus|sikhs|christians|blacks|black people|gays"
    r"|gay people|trans people|immigrants|migrants|refugees|arabs|africans|mexicans"
    r"|disabled people)"
    r"|(?:africa|asia|india|pakistan|bangladesh|mexico|china|the middle east|arabia) (?:is|was)"
    r" (?:just )?(?:a|one big) (?:continent|country|nation|land|zoo|jungle) (?:of|full of)"
    r" (?:savages|animals|apes|monkeys|barbarians|rapists|terrorists|thieves|beggars|cannibals)"
    # the 460th and 465th sets: a city "lost to the Muslims", "Sharia by Christmas", sent "back
    # to whatever hole they came from", "Round up the Chinese students" (not "the seat was
    # lost to the Greens", "back to the hole in the road")
    r"|(?:city|town|country|europe|london|britain|england|france|paris|birmingham|sweden)"
    r" (?:is |has been |was )?(?:lost|fallen|falls|fell) to (?:the )?(?:muslims|islam|jihadis"
    r"|immigrants|migrants)"
    r"|sharia (?:law )?by (?:christmas|next year|20[0-9][0-9]|the end of the decade)"
    r"|back to (?:whatever|the|what) (?:hole|sewer|cave|rock|dump) (?:they|you|he|she|u)"
    r" (?:came from|crawled out of|come from|crawled from)"
    rf"|round up (?:all |every |the )*(?:\w+ )?{_PEOPLES}(?! (?:votes?|support|vote|leaders?)\b)"
    # "Kaale log gande hote hain, paas se badbu aati hai" (the 471st set): black people
    # generalised in Hindi (not "kaale log bhi insaan hain")
    r"|kaale log (?:\w+ ){0,3}?(?:gande|ganda|gandi|chor|badbu|jaanwar|janwar|bandar|drugs"
    r"|fraud|kaamchor|kamchor|jungli)"
    # "deport all Muslims": citizens expelled for their faith or caste (immigration status is
    # argued: "deport illegal immigrants")
    r"|deport (?:all |every |the )*(?:muslims|jews|hindus|sikhs|christians|dalits|blacks)"
    # "ban Muslims", "gay people should be put in camps" (not "Trump wanted to ban Muslims
    # from entering", a policy reported; nor "refugees should be housed in camps")
    r"|(?<!to\s)ban (?:all |every |the )*(?:muslims|jews|hindus|sikhs|christians|dalits|blacks"
    r"|gays|gay people)"
    r"|(?:muslims|jews|hindus|sikhs|christians|dalits|blacks|black people|gays|gay people"
    r"|lesbians|trans people|transgenders?|homosexuals) (?:should|must|need to|ought to)"
    r" (?:all )?be (?:put|sent|locked up|locked|kept|thrown|rounded up and (?:put|sent))"
    r" (?:in|into|to)"
    r" (?:\w+ )?camps"
    # "every Muslim is a ticking time bomb"
    rf"|{_PEOPLES} (?:is|are) (?:a |all |just )?(?:ticking )?time ?bombs?"
    # "Jewish bankers caused the crash": the old trope of Jewish money behind every ill
    r"|(?:jewish|zionist) (?:bankers?|financiers?|elites?|money|lobby) (?:caused|cause|causes"
    r"|control|controls|own|owns|run|runs|are behind|were behind|is behind|was behind)"
    # "Jewish money bought this council" (not "Jewish bankers funded the railway in the
    # 1800s, the museum explains")
    r"|(?:jewish|zionist) (?:money|lobby|gold) (?:bought|buys|has bought|paid for|pays for)"
    r"|being (?:an? )?(?:gay|trans|transgender|lesbian|bisexual|homosexual|queer|trans woman"
    r"|trans man|transsexual)(?: (?:man|woman|person))? is (?:a |an )?(?:mental (?:illness"
    r"|disorder|disease)|disorder|disease|illness|sickness|perversion|abomination|sin|sick"
    r"|disgusting|unnatural|(?:the )?result of (?:child )?(?:abuse|trauma|bad parenting)"
    r"|(?:just )?(?:a )?(?:choice|lifestyle choice|phase|fad|trend|fashion))(?! (?:for|of|in))"
    r"|(?:homosexuality|transgenderism|transsexualism|bisexuality) is (?:just |only |simply"
    r" |clearly )?(?:a |an )?(?:western |foreign |modern |psychiatric )?(?:mental (?:illness"
    r"|disorder|disease)|disorder|disease|illness|sickness|perversion|abomination|sin|choice"
    r"|phase|fad|trend)"
    # bisexuals written off as confused: "bisexual men are just gay men too scared to admit
    # it" (not "bisexual men are just as likely to ...")
    r"|(?:bisexuals|bisexual (?:men|women|people|guys|girls)|trans(?:gender)? (?:people|kids"
    r"|men|women)|transgenders) (?:are|is) (?:just |really |all"
    r" |only |secretly )?(?:gay|straight|confused|greedy|attention seekers|lying|liars"
    r"|in denial|going through a phase|indecisive)(?! (?:as|about|for|to|by|with))"
    # the victim blamed for her clothes: "women who wear short skirts are asking for it"
    r"|(?:women|girls|a woman|a girl) (?:who|that) (?:wear|wears|dress|dresses|go|goes|drink"
    r"|drinks)[^.!?\n]{0,40}? (?:are|is) asking for (?:it|trouble|rape)"
    # "if you let them in, they'll bring their Sharia and their grooming gangs"
    r"|(?:bring|brings|bringing) (?:their|with them their) (?:sharia|grooming gangs|rape gangs)"
    # the bestiality slur: "you know what they say about Muslims and goats"
    r"|(?:muslims|pakistanis|pakis|arabs|mullahs|mullas|afghans) and (?:their )?goats"
    # "there are too many Muslims in this country"
    rf"|there (?:are|is) (?:way |far |just |simply |already )?too many {_PEOPLES}"
    r"(?= in (?:this|our|the) (?:country|town|city|area|neighbourhood|neighborhood|street"
    r"|school|schools)| here|(?: already)?[.!]|(?: already)?$)"
    # colonisation said to have done a people good
    r"|(?<!nobody\s)(?<!no\sone\s)(?<!none\s)(?:were|was|are|is) (?:much |far |so |a lot )?"
    r"better off (?:after|under|thanks to|because of|with) (?:the )?(?:colonisation"
    r"|colonization|colonialism|british rule|the british|the raj|slavery|empire)"
    # "ladkiyan naukri karengi toh ghar kaun sambhalega?": a woman's place, in Hindi
    r"|(?:ladkiyan|ladkiyaan|ladkiya|auratein|aurtein|aurat|mahilayen|mahilaye|biwi|bahu)"
    r" (?:\w+ ){0,3}?(?:karengi|karegi|karti|kaam karengi) (?:toh|to) ghar kaun"
    r" (?:sambhalega|sambhalegi|dekhega|chalayega)\??"  # (its own question)
    # the backhanded compliment: "she's pretty for an Indian"
    r"|(?:pretty|beautiful|cute|hot|attractive|smart|clever|articulate|clean|intelligent)"
    r" for an? (?:indian|asian|black|african|muslim|dark|brown|chinese|arab|paki|dalit"
    r"|south indian|bihari|madrasi|mexican|latina|girl from the slums)"
    # the ninety-fourth judgment set: gay people and their families
    r"|(?:homosexuality|being gay|gay marriage|same-?sex marriage|gay sex) is (?:against"
    r" (?:nature|god|the bible|our culture|religion|the law of god)|a (?:disease|sin|perversion"
    r"|crime against nature)|an abomination)"
    # the recruitment trope: "the gay lobby wants to destroy the family", "teaching
    # kindergarteners how to be gay" (not "teaching kids it's okay to be gay")
    r"|(?:the )?(?:gay|lgbt|lgbtq|trans|homosexual|queer) (?:lobby|agenda|mafia) (?:wants?"
    r"|is trying|are trying|aims?) to (?:destroy|ruin|corrupt|groom|brainwash|indoctrinate"
    r"|recruit)"
    r"|teach(?:ing|es)? (?:our |the |your |their )?(?:kids|children|kindergarteners|toddlers"
    r"|pupils|boys|girls) (?:how )?to be (?:gay|trans|lesbian|queer|homosexual)"
    r"|(?:gay|same-?sex) marriage (?:will|would|is going to|is gonna) (?:destroy|ruin|end"
    r"|kill) (?:the |our )?(?:family|families|society|civili[sz]ation|marriage|country)"
    r"|(?:kids|children|(?:a |the )?(?:child|kid|boy|girl)) (?:raised|brought up) by (?:two"
    r" (?:dads|mums|moms|men|women|fathers"
    r"|mothers)|gay (?:couples|parents)|same-?sex (?:couples|parents)|lesbians|gays)"
    r" (?:(?!no |not |never |less |neither |any )\w+ ){0,3}?(?:confused|damaged|messed up|abused"
    r"|broken|disturbed)"
    r"|(?:there'?s|there is) no such thing as (?:a )?(?:bisexuals?|bisexuality|trans (?:kids"
    r"|people|children)|transgender (?:kids|people|children)|a trans (?:kid|child|person))"
    r"|trans(?:gender)? (?:women|woman) (?:will|can|could) never be (?:real |true |actual )?"
    r"(?:women|woman|females?)"
    r"|trans(?:gender)? (?:men|man) (?:will|can|could) never be (?:real |true |actual )?"
    r"(?:men|man|males?)"
    r"|pride (?:parades?|marches|march|month) (?:is|are) (?:just |all |nothing but )?"
    r"(?:perverts|perversion|degenerates|degeneracy|filth|disgusting|an abomination)"
    r"|if my (?:son|daughter|kid|child|brother|sister) (?:was|were|is|turned out) (?:gay"
    r"|lesbian|trans|bi|bisexual|queer)[^.!?\n]{0,20}? (?:disown|kill|beat|throw (?:him|her)"
    r" out|kick (?:him|her) out)"
    r"|(?:the )?(?:gay|lgbt|lgbtq|trans|homosexual) agenda (?:is )?(?:poisoning|corrupting"
    r"|destroying|ruining|grooming|infecting|indoctrinating|brainwashing"
    # ("Next he'll be bowling in a skirt, lol, the gay agenda is complete", the 1086th set;
    # not "the 'gay agenda' is a myth")
    r"|complete|has won|wins|strikes again|in action|at work|on full display)"
    r"|(?:aids|hiv) (?:is|was) (?:god'?s|a divine|nature'?s) (?:punishment|judge?ment|curse)"
    r" (?:for|on) (?:gays|gay people|homosexuals|the gays|sodomites)"
    # crime news, a people blamed: "Muslims celebrate when Hindus die", "every time there's
    # a bomb, it's a Muslim", "she should have known better than to marry a Muslim"
    rf"|{_PEOPLES} (?:\w+ )?(?:celebrate|celebrated|dance|danced|rejoice|rejoiced|cheer"
    r"|cheered) (?:when|whenever|every time) (?:\w+ ){0,2}?(?:die|dies|died|are killed"
    r"|is killed|get killed|gets killed|were killed)"
    r"|every (?:single )?time (?:there'?s|there is) an? (?:bomb|blast|bombing|attack|riot"
    r"|rape|murder|terror attack|stabbing),? (?:it'?s|its|it is) (?:an? |the )?(?:muslims?"
    r"|pakis?|immigrants?|migrants?|refugees?|dalits?|africans?|blacks?|black guy)(?! who)"
    r"|(?:known better than to|deserved it for|what (?:she|you|he) gets? for|shouldn'?t have)"
    r" marr(?:y|ied|ying) (?:a |an )?(?:muslim|hindu|dalit|christian|black man|black guy"
    r"|foreigner|paki|mulla|mulle)"
    # "ladkiyon ko padhane ka koi fayda nahi": schooling girls called a waste
    r"|(?:ladkiyon|ladkiyo|betiyon|beti|auraton|ladki) ko padh(?:ane|aane|a ke|ake|akar) (?:ka|se)"
    r" (?:koi )?(?:fayda|faida|labh) nahi"
    r"|(?:ladkiyon|ladkiyo|betiyon) ko (?:padhao mat|mat padhao|na padhao|padhana bekaar)"
    # a woman's place, in Hindi: "auratein ghar sambhaalein, sansad mein inka kya kaam?"
    r"|(?:auratein|aurtein|mahilayen|mahilaye|ladkiyan|ladkiyaan) (?:bas |sirf )?ghar"
    r" (?:sambhaalein|sambhalein|sambhalen|sambhalo|dekhein|baithein|mein baithein)"
    # a black person as an ape in clothes: "monkey in a uniform", "ugly ape in a robe"
    r"|(?:monkey|ape|gorilla|chimp|chimpanzee|baboon)s? in (?:a |the |her |his |their )?"
    r"(?:robes?|uniforms?|suits?|tie|wig|scrubs|jersey|kit|lab coat)"
    # "team mein ek bhi Muslim nahi hona chahiye": not one of a faith or caste let in
    r"|(?:ek bhi|koi bhi) (?:muslim|musalman|mulla|hindu|sikh|sardar|isai|christian|dalit)"
    r" (?:\w+ )?(?:nahi|nhi) (?:hona|hone|rehna|dena) (?:chahiye|chaiye)"
    # the slippery slope: "next they'll want to marry animals"
    r"|(?:want|wants|wanting) to marry (?:their )?(?:animals|dogs?|goats?|pets?|horses?)"
    # a faith called violent as such: "Islam is a religion of violence" (not "Islam is not
    # a religion of violence")
    r"|(?:islam|hinduism|judaism|sikhism|christianity) is (?:a |the )?religion of (?:violence"
    r"|hate|hatred|terror|terrorism|war|the sword|intolerance|rapists|murderers|killers)"
    # Sikh farmers smeared as separatists: "these farmers are all Khalistani terrorists",
    # "every Sikh at the border is a Khalistani" (not "some protesters waved Khalistan flags",
    # nor "Not every Sikh is a Khalistani", the 1214th set)
    r"|(?<!not\severy\s)(?<!not\sall\s)(?:farmers|sikhs?|sardars?|sardarjis?|protesters"
    r"|protestors|kisans?)[^.!?\n]{0,30}?"
    r" (?:is|are) (?:all |just |nothing but )?(?:an? )?(?:khalistanis?(?![a-z])"
    # ("Every Sikh cab driver in this city is a Khalistan supporter", the 918th set)
    r"|khalistan(?:i)? (?:supporters?|sympathi[sz]ers?|terrorists?))"
    # a sex written off whole: "all men are trash" (men are no protected group word: the
    # structures read "men" as people, so the saying names it; not "not all men are rapists",
    # the 1158th set)
    r"|(?<!not\s)(?<!not\sall\s)(?:all )?(?:men|women|males|females) are (?:all |just )?"
    r"(?:trash|garbage|pigs|dogs|scum|animals|rapists|worthless|useless|whores|sluts"
    r"|gold ?diggers|property(?! (?:owners?|rights|tax|taxes|holders?|dealers?|agents?"
    r"|prices?|market)))(?![a-z])(?! if)"
    # Hitler and the Holocaust celebrated: "Hitler did nothing wrong", "Heil Hitler", "the
    # Jews got what they deserved", "six million wasn't enough"
    r"|hitler did nothing wrong|heil hitler|sieg heil"
    r"|(?:six|6) million (?:was|wasn'?t|is|isn'?t|was not|is not) (?:not |nowhere near )?enough"
    # "trans women are men" (not "trans women are not men")
    r"|trans(?:gender)? (?:women|woman) (?:are|is) (?:just |still |really |biologically |all )?"
    r"(?:men|man|males?|dudes|blokes)(?![a-z'’])"
    r"|trans(?:gender)? (?:men|man) (?:are|is) (?:just |still |really |biologically |all )?"
    r"(?:women|woman|females?|girls)(?![a-z'’])"
    r"|(?:keep|kept|keeping|belong|belongs|be|stay|stays) (?:\w+ )?barefoot and pregnant"
    # the transphobic trope turned round: "a man in a dress is still a man"
    r"|(?:a )?(?:man|men|bloke|guy|dude)s? in (?:a )?(?:dress|dresses|wig|skirt|lipstick)"
    r" (?:is|are) (?:still |just |always )?(?:a )?(?:man|men|bloke|guy|dude|predator|pervert"
    r"|creep)s?"
    # lesbians told they need a man: "just haven't met the right man yet"
    r"|(?:lesbians?|gay women|gay girls?) (?:\w+ )?(?:haven'?t|hasn'?t|have not|has not|never)"
    r" (?:met|found|had|been with) (?:the right|a real|a good|a proper) (?:man|guy|men|bloke)"
    # "another boatload of future criminals"; "no more Muslims"; "shipped back in cages"
    r"|another (?:boat\s?load|plane\s?load|bus\s?load|batch|wave) of (?:future )?(?:criminals"
    r"|rapists|terrorists|scroungers|parasites|invaders|freeloaders)"
    r"|no more (?:muslims|jews|hindus|sikhs|christians|blacks|asians|arabs|gays)"
    r"|(?:need|needs|should|must) (?:to )?be (?:shipped|sent|deported|put) (?:back )?in cages"
    # "Islam is not a religion of peace, it's a death cult"
    r"|(?:islam|muslims|hinduism|hindus|judaism|jews|sikhism|sikhs|christianity|christians)"
    r"[^.!?\n]{0,80}?(?:death cult|cult of death)"
    # where they are seen, not what is done to them ("too many black people are stopped")
    rf"|too many {_RACE_FAITH} (?:faces|people|names|men|kids)(?={_SEEN}|[.!]|$)"
    rf"|another {_RACE_FAITH} (?:\w+ )?{_CRIMES}[,.!]* {_SARCASM}"
    # a people said to have children as a plan: "they breed for votes", "Muslims breed to
    # outnumber us" (not "pandas breed in captivity")
    rf"|(?:they|these people|those people|{_PEOPLES}) (?:\w+ )?(?:breed|breeding) (?:for"
    r" (?:votes|benefits|welfare|the caliphate)|to (?:outnumber|outvote|replace|take over"
    r"|win elections))"
    r"|(?:africa|africans|blacks|black people|india|indians|muslims|islam|arabs|mexicans"
    r"|pakistan|pakistanis) (?:has|have) never (?:produced|invented|built|created|achieved"
    r"|contributed) anything(?: (?:of value|worthwhile|useful|good|worth \w+))?(?=[.!,]|$)"
    # the twenty-third session's rounds, here rather than in categories' tropes because their
    # cue words are common ("pakistan", "after", "english"): people put on a coach to a
    # capital of origin ("bulldoze the camp and put them on a coach to bucharest"); two men
    # "playing house" with a child; orders from a mosque; favour to one's own caste or kind
    # ("she'll only look after her own caste"); "topper hai ya terrorist"; "england is for
    # the english"
    r"|(?:put|stick|load|shove|send) (?:them|em|the lot|the lot of them|all of them|him|her)"
    r" (?:all )?on (?:a|the|the next|the first) (?:coach|bus|boat|plane|train|flight|ferry"
    r"|dinghy) (?:back )?to (?:bucharest|warsaw|sofia|tirana|lagos|kabul|mogadishu|islamabad"
    r"|karachi|dhaka|mirpur|kingston|accra|romania|poland|bulgaria|albania|nigeria|somalia"
    r"|pakistan|bangladesh|jamaica|africa)"
    # ... or shipped there: "Put Okonjo in a burqa and ship her to Kabul" (round 523)
    r"|ship (?:them|em|the lot|the lot of them|all of them|him|her) (?:all )?(?:back |off |home )?"
    r"to (?:bucharest|warsaw|sofia|tirana|lagos|kabul|mogadishu|islamabad|karachi|dhaka|mirpur"
    r"|kingston|accra|romania|poland|bulgaria|albania|nigeria|somalia|pakistan|bangladesh"
    r"|jamaica|africa|afghanistan)"
    r"|(?:two|a pair of|a couple of|couple of) (?:blokes|men|lads|women|dykes|queers|poofs"
    r"|gays|fairies) playing (?:house|mummies and daddies|families|happy families|mum and dad)"
    r"|(?:take|takes|taking|get|gets|getting) (?:her |his |their )?orders from (?:the |a )?"
    r"(?:mosque|masjid|imam|imams|mullah|mullahs|madrasa|madrassa)"
    r"|which (?:mosque|masjid|imam|mullah) (?:does|do|did) (?:she|he|they) (?:take|get)"
    r" (?:her|his|their) orders from"
    r"|(?:look|looks|looking|looked) after (?:her|his|their) own (?:caste|kind|tribe|religion"
    r"|biradari|jaat|jati)"
    r"|(?:hai|h|ho|he) ya (?:terrorist|aatanki|aatankwadi|atankwadi|jihadi)(?! (?:attack|hamla"
    r"|camp|group|module))"
    r"|(?:england|britain|ireland|scotland|wales|europe|india|hindustan|bharat) is for the"
    r" (?:english|british|irish|scots|scottish|welsh|whites|white people|europeans|indians"
    r"|hindus)"
    # (the twenty-first round) sent back to "whatever village her dad came from"; a place
    # said to be fine before a people came; "go ref in kabul"
    r"|back to (?:whatever|wherever|the) (?:\w+ )?(?:village|country|hole|hut|jungle|cave"
    r"|place|shithole|dump) (?:her|his|their|your|ur) (?:dad|father|parents|family"
    r"|grandparents|mum|mother|ancestors) (?:came|come|crawled) from"
    r"|(?:fine|better|nice|safe|quiet|lovely) (?:before|till|until) (?:the |all the |these"
    r" |those )?(?:eastern europeans|immigrants|migrants|muslims|pakis|foreigners|poles|romanians"
    r"|asians|blacks|refugees|asylum seekers|ukrainians|albanians|gypsies|travellers)"
    r" (?:came|arrived|ruined|moved|turned up|showed up|took over)"
    # (not "go play in pakistan", a team's venue, nor "go work in saudi", advice)
    r"|go (?:ref|preach|pray|live|teach) in (?:kabul|saudi|afghanistan|iran"
    r"|pakistan|tehran|riyadh|mogadishu)(?![a-z])"
    # (the twenty-second round) "this town used to be english"
    r"|(?:this|our|the) (?:town|city|country|street|area|village|borough|estate) used to be"
    r" (?:english|british|white|christian|hindu)(?! (?:speaking|owned|run|only))"
    # bombs said to be hidden in a prayer room ("how many bombs can you fit in a prayer room")
    r"|bombs? (?:can you |could you |would )?(?:fit|hide|hidden|stashed|fits?) (?:in|under"
    r"|inside) (?:a |the |her |his |their |that )?(?:prayer room|prayer mats?|mosque|burqa"
    r"|burka|turban|hijab|madrasa)"
)


def _whole_words(body: str, starting: bool = True) -> re.Pattern[str]:
    """`body` as whole words; a space in it matches any run of spaces, as elsewhere in the
    normalised text. (Without `starting`, the caller checks that a match starts a word.)"""
    start = r"(?<![a-z])" if starting else ""
    return re.compile(spaced(start + r"(?:" + body + r")(?![a-z])"))


# Sayings that set a people apart, each cued by a word of its own (rarer than the main
# union's cues, so the union does not run for them): a festival sent abroad, women as booty,
# "mini-Pakistans", coerced or out, a community thrown out with the man, "the only good X is
# a dead one", work by caste, adoption said to be for abuse.
_SET_APART: Final = (
    # a faith's festival sent abroad: "Christians should celebrate Christmas in Rome, not in
    # India"
    r"(?:celebrate|pray|worship|live)[^.!?\n]{0,30}? in (?:rome|the vatican|vatican|pakistan"
    r"|arabia|saudi|saudi arabia|mecca|bangladesh),? not (?:in )?(?:india|here|hindustan"
    r"|bharat)"
    # Hindu women seen as "war booty"
    r"|(?:see|sees|treat|treats|view|views) (?:hindu |our |non muslim |kafir )?(?:women|girls"
    r"|ladkiyon|ladkiyan) as (?:war booty|booty|maal e ganimat|sex slaves)"
    # Muslim neighbourhoods as "mini-Pakistans"
    r"|(?:muslim|their|inke|unke|these|those) (?:areas?|mohall[ae]s?|localities|locality"
    r"|bastis?|colonies|colony|ghettos?) (?:\w+ )?(?:are|is|hain|hai|have become|ban gaye|ban gaya)"
    r" (?:a |an |all )?mini(?:-| )?pakistans?"
    # "ab ye ward mini Pakistan ban jayega", "this town will become a mini Pakistan"
    # ("ab campus mein bhi mini Pakistan banega": the 418th set)
    # (and "Society mein ek Muslim aaya toh poori society Mini Pakistan ban jayegi", the
    # 1116th set)
    r"|(?:ye|yeh|this|our|hamara|humara|campus|university|school|college|poori|puri|saari"
    r"|sari) (?:ward|gaon|mohalla|sheher|shehar|city|town|district|area|basti|colony|state"
    r"|constituency|society|building|gali|mein|me|mein bhi|me bhi) (?:\w+ )?(?:mini(?:-| )?"
    r"pakistan (?:ban jayegi|ban jaayegi|ban jaegi|ban gayi|ban jayega|ban jaayega|ban jaega"
    r"|ban gaya|ban chuka hai|ho gaya|banega|banayenge|bana denge)|(?:will|would)"
    r" (?:soon )?become (?:a )?mini(?:-| )?pakistan)"
    # a state or town of many Muslims called one: "Kerala is mini Pakistan anyway" (the
    # 735th set)
    r"|(?:kerala|malappuram|mewat|nuh|bengal|west bengal|murshidabad|azamgarh|sambhal"
    r"|rampur|moradabad|mumbra|bhiwandi|deoband|seelampur|kashmir|old hyderabad"
    r"|hyderabad) (?:is|hai|h|has become|ban gaya hai|ban gaya|ban chuka hai) (?:a |an"
    r" |already |now |basically |just )?mini(?:-| )?pakistan"
    # ... in Hindi's order: "Rampur ab mini Pakistan ban gaya hai" (the 942nd set)
    r"|(?:kerala|malappuram|mewat|nuh|bengal|west bengal|murshidabad|azamgarh|sambhal"
    r"|rampur|moradabad|mumbra|bhiwandi|deoband|seelampur|kashmir|hyderabad) (?:ab |toh |to"
    r" |bhi |to ab |toh ab |poora |pura )?mini(?:-| )?pakistan (?:ban gaya|ban chuka|ban"
    r" jayega|ban jaayega|ban jaega|banega|hai|h|hi hai|ho gaya)"
    # a people coerced, or out: "Muslim players should be made to sing Vande Mataram ..., or
    # get out"
    r"|(?:should|must) be (?:made|forced) to (?:sing|chant|shout|recite) [^.!?\n]{1,40}?"
    r" or (?:get out|leave|go to pakistan|be thrown out)"
    # a community thrown out with the man: "drop him and his whole community from cricket"
    r"|(?:drop|ban|remove|kick out|throw out|boycott) (?:him|her|them) and (?:his|her|their)"
    r" (?:whole |entire )?(?:community|qaum|kaum|biradari|jaat|caste)"
    # "the only good Pakistani is a dead one"
    # (not "the only good news is a dead heat in the polls")
    r"|(?:the )?only good (?P<good>\w+) (?:is|are) (?:a )?(?:dead (?:one|ones|(?P=good))"
    # "the only good illegal is one on a bus out of here"
    r"|(?:one|ones) (?:on a (?:bus|boat|plane|train)|in (?:a cell|jail|prison|a box|the ground)"
    # (... "one at the bottom of the Channel", the 1591st set)
    r"|deported|behind bars|at the bottom of (?:the )?(?:channel|sea|ocean|med|mediterranean"
    r"|river)|under the (?:sea|water|waves|ground)))"
    # "the only good Chinese is a takeaway" (round 556; not "the only good news this week is
    # this takeaway")
    r"|(?:the )?only good (?:chinese|indian|paki|pakistani|thai|turkish|mexican|bangladeshi"
    r"|vietnamese|korean) (?:is|are) (?:a |the )?takeaways?"
    # slavery wished back: "should have kept them picking cotton"
    r"|should(?:'?ve| have) kept (?:them|\w+) (?:picking cotton|in chains|on the plantations?"
    r"|as slaves|in the cotton fields?)|bring back slavery"
    r"|(?:go|get|send them|sent) back to (?:picking cotton|the cotton fields?|the plantations?)"
    # a massacre wished finished: "they should have finished the job in the 1800s", "...
    # in 2002", "Should've finished the job in 1945" (the 797th set; not "the builders should
    # have finished the job in June", "... in the 1990s")
    r"|should(?:'?ve| have) (?:finished (?:the job|them off)|wiped them (?:all )?out)"
    # ("1800s" is normalised as "180os", its "0s" read as the letters they look like)
    r" (?:back )?in (?:the )?(?:1[6-8]\d(?:\d|0s|os)|194(?:0s|os|[1-5])|1[6-9]th century|1947|1984"
    r"|2002)"
    # a disability denied: "depression isn't real", "autism is just an excuse for bad
    # parenting"
    r"|(?:depression|mental illness|anxiety|adhd|autism|ptsd) (?:is not|isn'?t|aint|ain'?t)"
    r" (?:a )?real(?! (?:to|for|until|unless))"
    r"|(?:depression|adhd|autism|ptsd) is (?:just |only |simply )?(?:an excuse|made up|a myth"
    r"|fake|a fad)"
    # the old slander of gay people: "gays recruit because they can't reproduce" (not "gay
    # clubs recruit volunteers")
    r"|(?:gays|gay people|homosexuals|queers|gay men|lesbians) recruit(?! (?:staff|volunteers"
    r"|members|players|workers))"
    # a people's deaths counted a gain: "one less refugee is one less problem"
    r"|one less (?P<less>\w+) (?:is|means) one less (?:problem|criminal|burden|mouth|scrounger"
    r"|parasite|(?P=less))"
    # a woman in office made the cause: "this is what happens when you let a woman near the
    # nation's chequebook", "women have no place running money"
    r"|this is what (?:happens|you get) when (?:you )?(?:let|put|elect|give|vote for|hire)"
    r" (?:a )?wom[ae]n (?:near|anywhere near|run|in charge|into|make|have|control|handle)"
    r"|women have no (?:place|business) (?:in (?:politics|parliament"
    r"|government|office|finance)|running)"
    # migrants as vermin at the border: "cockroaches crawling over the wall"
    r"|(?:cockroaches|roaches|rats|vermin|locusts),? (?:\w+,? ){0,3}?(?:crawling|swarming|pouring"
    r"|scurrying|streaming) (?:over|across) (?:the |our )?(?:wall|border|channel)"
    # work by caste: "he should go back to his caste work, sweeping streets"
    r"|(?:go back to|stick to|return to|do|stay in) (?:his|her|their|your|ur) (?:caste|jaati"
    r"|jati|ancestral|khandani) (?:work|kaam|job|jobs|occupation|dhandha)"
    # gay couples said to adopt in order to abuse: "they'll want to adopt kids to abuse"
    # (not "couples who adopt children to abuse them must be jailed": the abusers named)
    r"|(?<!who\s)(?<!that\s)adopt (?:kids|children|boys|girls|babies|a child|a kid)"
    r" (?:just |only )?(?:to|so they can) (?:abuse|molest|groom|rape)"
)
SET_APART_CUES: Final = frozenset(
    {"rome", "vatican", "booty", "ganimat", "slaves", "mini", "minipakistan", "minipakistans",
     "sing", "chant", "shout", "recite", "community", "qaum", "kaum", "biradari", "jaat",
     "caste", "dead", "jaati", "jati", "ancestral", "khandani", "adopt", "only", "cotton",
     "slavery", "chains", "plantation", "plantations", "finished", "wiped", "depression",
     "illness", "anxiety", "adhd", "autism", "ptsd", "cockroaches", "roaches", "rats",
     "vermin", "locusts", "less", "happens", "women", "recruit"}
)  # fmt: skip
# Sayings about a faith's places and a people's power, cued by words too common to send a
# comment through all the sayings above ("temple", "church", "jews").
_PLACES_AND_POWER: Final = _whole_words(
    # "every mosque is a terror cell"
    # (and "Every mandir in Leicester is an RSS shakha", the 1070th set, "Convent schools are
    # conversion factories", the 1067th)
    r"(?:(?:every|each|all|these|those|har) )?(?:mosques?|madrasas?|madrassas?|madarsas?"
    r"|churches|church|gurdwaras?|synagogues?|temples?|mandirs?|masjids?|convent schools?"
    # ("Every mosque in this town is a terror cell, bulldoze the lot": round 508)
    r"|missionary schools?|christian schools?|missionaries) (?:in (?:this |that |our )?\w+ )?"
    r"(?:is|are|hai|hain)"
    r" (?:a |an |just |nothing but |all |basically |secretly |really )?(?:(?:terror|terrorist"
    r"|jihadi|jihad|extremist|rss|khalistani|isis|hamas|radical|missionary|conversion"
    r"|radicali[sz]ation|love jihad) (?:recruitment |training )?(?:cells?|factories|factory"
    r"|camps?|breeding grounds?|hubs?|dens?|centres?|centers?|shakhas?|bases?|fronts?|mills?"
    r"|rackets?|machines?|nurseries)"
    # "every mosque in Leicester is a recruitment centre"
    r"|recruitment (?:centres?|centers?|grounds?|cells?|hubs?|camps?) for (?:terror|terrorists"
    r"|jihad|jihadis|jihadists|isis|extremists)|(?:terror|jihadi|jihad|extremist) recruitment)"
    # "Jews run Hollywood and the banks": the old trope of Jewish power
    r"|(?:the )?(?:jews|jewish people|zionists) (?:secretly )?(?:run|own|control|runs"
    r"|owns|controls) (?:\w+ ){0,2}?(?:hollywood|the banks|banks|the media|media"
    r"|the world|the government|wall street|the fed|everything|the courts|congress"
    # ("The Zionists control the Home Office", the 978th set; "Jews run the universities and
    # the donors", the 991st)
    r"|parliament|the senate|the home office|the police|the bbc|the council|the treasury"
    r"|the universities|universities|the donors|the campuses|the schools)"
    # a place of worship wished burnt: "let the synagogue burn"
    r"|let (?:the |their |every |all the |all their )?(?:mosques?|madrasas?|synagogues?|churches"
    r"|church|gurdwaras?|temples?) burn"
    # "their churches should be bulldozed" (not "illegal structures should be removed,
    # temple, church or mosque, by due process")
    r"|(?:their|all|all their|all the|these|those|every) (?:mosques?|madrasas?|synagogues?"
    r"|churches|church|gurdwaras?|temples?) (?:should|must|need to|ought to|deserve to)"
    r" (?:all )?be (?:bulldozed|demolished|razed|burnt|burned|torn down|destroyed|flattened"
    r"|blown up)"
    # "the Jews got what they deserved" (the Holocaust celebrated)
    # the miser: "Jews are cheap" (not "... cheap labour", "cheap to insure")
    r"|(?:the )?jews (?:are|r) (?:so |all |just |really )?(?:cheap|stingy|tight|misers)"
    r"(?! (?:labou?r|to|at|for|flights|tickets))"
    # the deicide charge: "Jews killed Jesus"
    r"|(?:the )?jews (?:killed|murdered|crucified) (?:jesus|christ|our lord)"
    # the trope of Jews behind migration: "ask the jews why they want open borders"
    r"|(?:the )?(?:jews|zionists) (?:\w+ ){0,3}?(?:want|wants|push|pushing|promote|fund|funding"
    r"|are behind|is behind) open borders"
    r"|(?:the )?jews (?:got|get|deserved|deserve) (?:what they deserved|what was coming"
    r"|what'?s coming|it)(?![a-z])(?! (?:right|done|back|wrong))"
)
# The communal tropes of Indian comment sections, cued by their own words (_COMMUNAL_CUES):
# the "X jihad" conspiracies ("population jihad", "land jihad", "thook jihad"; "love jihad"
# when asserted, not "love jihad laws were struck down"), weapons in every mosque, "25
# bacche", a Dalit's daring ("Dalit dulhe ki ghodi pe baithne ki himmat kaise hui?") and
# Hindus made a minority.
_COMMUNAL: Final = _whole_words(
    r"(?:population|land|thook|thuk|thook|rail|vote|corona|mazar|naukri|upsc|fertili[sz]er"
    r"|economic|halal|mehndi|gau|fruit|sabzi|spit|flood|hair|drug|narcotics?) jihad"
    r"|(?:a|ek) jihad for everything"
    # "In UP walon ko dekh ke hi ghin aati hai": disgust at the sight of a people (the 280th
    # set; not "in netaon ko dekh ke ghin aati hai", said of politicians)
    r"|(?:up|bihar|bihari|bengali|madrasi|muslim|musalman|mulla|hindu|gujju|gujarati|marathi"
    r"|punjabi|south|north|nepali|bangladeshi|kashmiri|sikh|isai|dalit|chamar) (?:walon"
    r"|waalon|wale|waale|logon|log|walo) ko dekh (?:ke|kar|kr|kar ke) (?:hi )?(?:ghin|ghrina"
    r"|ulti) (?:aati|aa jaati|aa jati|hoti)"
    # "Musalman sabziwale ... thook laga ke bechte hain": spit on the food they sell, told of
    # a people (the 277th set; not one vendor's video reported)
    r"|(?:musalman|musalmaan|musalmano|musalmanon|mulle|mullo|muslims?|katue|katwe)\w*"
    r"[^.!?\n]{0,50}? (?:thook|thuk) (?:laga|lagake|laga ke|mila|milake|mila ke|daal|daalke"
    r"|daal ke) (?:ke )?(?:bechte|dete|banate|khilate|bechenge|pilate)"
    r"|love jihad (?:is|hai|ek) (?:real|true|a reality|a fact|sach|asli|hakikat|haqeeqat)"
    r"|(?:ye|yeh|wo|woh|vo|iski|uski|ek) (?:\w+ )?love jihad (?:ki|ka) (?:factory|agent|dukaan"
    r"|dukan|machine|mastermind|sargana)"
    # the same, told of a people: "Hindu ladkiyon ko fasaane ke liye hi filmein banate hain"
    # (and one woman said to do it: "Ye love jihad ki factory hai, hindu ladkon ko phansati
    # hai", round 539, of an actress named; not "ye boycott ki factory hai")
    r"|hindu (?:ladkiyon|ladkiyo|ladkiya|betiyon|beti|girls|daughters|women|ladkon|ladko"
    r"|ladke|boys|beton) ko (?:fasaane|phansati|phasati|fasati|fansati|phansata|phasata"
    r"|fasata|phansate|phasate"
    r"|fasane|phasaane|phasane|phansane|fansane|bhagane|bhagaane|fasaate|fasate|fasa|phasa"
    # (and "Pakistan ki funding se ..., Hindu ladkiyon ko target karne ka plan", the 1111th)
    r"|target karne|target karte|nishana banane)"
    # ... and one said its victim ("Ek aur love jihad ka shikaar", the 1111th set; not "...
    # ka case court ne kharij kiya")
    r"|(?:ek aur|another|ek|phir ek) love jihad (?:ka shikaar|ka shikar|victim|ki shikaar)"
    # ... or a new thing called its latest form ("Love jihad ka naya package hai ye
    # live-in", the 1161st set; not "love jihad ka naya jhooth", a lie called new)
    r"|love jihad (?:ka|ki) (?:naya|nayi|new|latest) (?:package|tareeka|tarika|tareeqa|roop"
    r"|version|avatar|form|hathiyar|chehra|chaal|scheme|plan)"
    r"|(?:the )?(?:new|latest) (?:form|version|face|avatar|weapon) of love jihad"
    # ... and the girls said to go off with a Muslim man, named as every Muslim is ("aadhi
    # ladkiyaan toh Abdul ke saath hi milengi", the 1161st set; not "meri beti Abdul ke
    # saath padhti hai", one girl and one Abdul)
    r"|(?:aadhi|aadhe|half|sab|saari|sari|zyadatar|jyadatar|most|all|sabhi|kai) (?:\w+ ){0,2}"
    r"(?:ladkiyaan|ladkiyan|ladkiya|girls|betiyan|betiyaan|hindu girls)\b[^.!?\n]{0,30}?"
    r"(?:abdul (?:ke|ki) (?:saath|sath|paas|chakkar)|with (?:an|some|their|the local) abdul"
    r"|with abduls)"
    r"|(?:har|sab|sabhi|saari|in|inki|inke) (?:masjid|masjidon|masjide|madarse|madarson|madrasa"
    r"|madrason)(?: mein| me| main) (?:\w+ ){0,2}?(?:hathiyar|hathyar|bomb|bam|aatanki|atanki"
    r"|terrorists?|pathar|patthar)"
    r"|(?:ye log|yeh log|inke|unke|in logon ke|musalman|musalmaan|mulle|mullo|muslims?)"
    r" (?:\w+ ){0,3}?(?:[1-9][0-9]|das|bees|pachees|pachchis) (?:bacche|bachche|bachhe)"
    r" paida (?:karte|karti|karenge|kar)"
    # ... or a people said to be machines for it: "Ye log bacche paida karne ki machine hain"
    # (round 539; not "ye log hit film banane ki machine hain")
    r"|(?:ye|yeh|in|un|inki|unki|inke|unke) (?:log|logon|aurtein|auratein|mulle|katue|katwe)"
    r" (?:\w+ ){0,2}?(?:bacche|bachche|bachhe) paida karne (?:ki|ke|wali|waali) (?:machine"
    r"|machinen|machines|factory|factories|mashine)"
    r"|(?:dalit|dalito|dalits|chamar|chamaron|bhangi|harijan|shudra)\w*"
    # (not "Dalit pe hamla karne walon ki himmat kaise hui": those who attacked them)
    r" (?:(?!walon|walo|wale|logon|jinhone|jisne)\w+ ){0,6}?"
    r"(?:ki|ka|ke) (?:himmat|aukat|aukaat|auqat) kaise (?:hui|hua)\??"  # (its own question)
    # "Hindu khatre mein hai", the slogan of a majority told it is in danger
    r"|(?:hindu|hindus|hinduon|sanatan|sanatani) (?:\w+ )?(?:khatre|khatra) (?:mein|me|main)"
    r" (?:hai|hain|honge|hoga|hoge)"
    # the old joke made a slur: "Sardaron ka dimag baarah baje kharab ho jaata hai", "sardar
    # ji ke 12 baj gaye" (the 630th set)
    r"|(?:sardar|sardaron|sardarji|sardarjis|sikh|sikhon|sikhs)(?: ji| log| logon)?(?: ka| ke"
    # ("Sardarji ki akal toh 12 baje hi kaam karti hai", the 733rd set; "Sardar log ka
    # dimaag hi 12 baje band ho jaata hai", the 1092nd, not "Sardar log ka langar hi 12 baje
    # shuru ho jaata hai")
    r"| ki)?(?: dimag| dimaag| brain| akal| akkal)?(?: toh| to| hi)? (?:12|baarah|barah|bara"
    r"|twelve) (?:baje|bajte"
    r"|o'?clock|baj gaye|baj jaate|baj jate)"
    # ... a few words on, as a question: "Sardar ji ne phir se dimaag lagaya, 12 baj gaye
    # kya?" (the 944th set; "baj gaye", struck twelve: not "12 baje ki meeting")
    # (and of a woman: "Sardarni judge ab Khalistan ka faisla sunayegi, 12 baj gaye", the
    # 1058th set)
    r"|(?:sardar|sardaron|sardarji|sardarjis|sikh|sikhon|sardarni|sardarniyan)(?: ji)?(?![a-z])"
    r"[^.!?\n]{1,50}?"
    r"(?<![a-z0-9])(?:12|baarah|barah|bara) (?:baj (?:gaye|gye|gaya|chuke)|bajne (?:mein|me"
    r"|wale|ko))"
    # ... or the brain named first and the hour a sentence on: "ek Sardar ka dimaag kitne
    # baje kaam karta hai? Kabhi nahi, 12 baje toh band" (the 1155th set; not "Sardar Patel
    # ki jayanti pe 12 baje function hai")
    r"|(?:sardar|sardarji|sardaron|sardars|sikh|sikhs)(?! patel| sarovar| vallabh)(?![a-z])"
    r"[^\n]{0,60}?(?:dimaag|dimag|akal|akkal|brain|brains|mind)(?![a-z])[^\n]{1,60}?"
    r"(?<![a-z0-9])(?:12|barah|baarah|twelve) (?:baje|bajte|o'?clock)"
    # "Sardar ji ka dimaag toh ghutne mein hota hai": their brains in their knees
    r"|(?:sardar|sardaron|sardarji|sardarjis|sikh|sikhon|sikhs|jatt|jat|jaat|jaaton|jatton)"
    r"(?: ji)?(?: ka| ke| ki| log ka| logon ka)? (?:dimag|dimaag|akal|akkal|brains?) (?:toh |to"
    r" |bhi )?(?:ghutne|ghutno|ghutnon|ghutnay|knees?) (?:mein|me|main|mai)"
    r"|(?:sikhs|sardars|jats) (?:have|keep) (?:their )?brains? in (?:their )?knees"
    # and of women: "Aurat ko power do toh yahi hota hai, dimaag ghutne mein hota hai inka"
    # (the 477th set)
    r"|(?:aurat|auraton|aurton|auratein|aurtein|ladkiyon|ladkiyan|mahilaon|mahilayen|biwiyon)"
    # ("aurat ki buddhi ghutne mein hoti h", the 579th set)
    r"\b[^.!?\n]{0,40}?(?:dimag|dimaag|akal|akkal|buddhi|budhi|buddi) (?:toh |to |bhi )?"
    r"(?:ghutne|ghutno|ghutnon)"
    r" (?:mein|me|main|mai)"
    # and the same joke as a name: "this MP has a 12 o'clock brain"
    r"|(?:12|twelve|baarah|barah) (?:o'?clock|baje|baje wala|baje wale) (?:brain|brains|dimag"
    r"|dimaag|mind)"
    # "jahan Musalman zyada, wahan danga pakka"
    r"|jahan (?:musalman|musalmaan|muslim|muslims|mulle|miyan) (?:zyada|jyada|zada)\w*,? (?:wahan"
    r"|waha|vahan) (?:danga|dange|aatank|atank|jihad|pathar|patthar)"
    r"|(?:hindu|hindus) (?:\w+ )?(?:minority|alpsankhyak) (?:ban|ho) (?:jayenge|jaenge"
    r"|jaayenge|jayega|jaega)"
    # "reservation ki bheekh pe palne wale": reserved places called alms, their holders
    # beggars (not "reservation bheekh nahi, haq hai")
    r"|(?:reservation|aarakshan|arakshan|quota) (?:ki|ke|ka|wale|waale|walon) (?:bheekh|bhikh"
    r"|bheek|bhikhari|bhikari|bhikhariyon|bhikariyon)(?! nahi| nahin| nhi)"
)
COMMUNAL_CUES: Final = frozenset(
    {"jihad", "bacche", "bachche", "bachhe", "masjid", "masjidon", "masjide", "madarse",
     "madarson", "madrasa", "madrason", "himmat", "minority", "alpsankhyak", "khatre",
     "khatra", "danga", "dange", "baje", "bajte", "oclock", "ghutne", "ghutno", "ghutnon",
     "baj", "bajne", "clock",
     "fasaane", "fasane", "phasaane", "phasane", "phansane", "fansane", "bhagane", "bhagaane",
     "fasaate", "fasate", "fasa", "phasa", "target", "nishana", "abdul", "abduls",
     "phansati", "phasati", "fasati", "fansati", "phansata", "phasata", "fasata", "phansate",
     "phasate",
     "ghutnay", "knees", "bheekh", "bhikh", "bheek",
     "bhikhari", "bhikari", "bhikhariyon", "bhikariyon", "thook", "thuk", "ghin", "ghrina",
     "ulti"}
)  # fmt: skip
# A faith's prophet or god called a criminal: "your prophet was a pedophile". The names
# that are also everyday first names take only the old slur on the Prophet ("Muhammad was a
# pedophile"; not "Mohammed is a terrorist suspect"), or need "Lord" ("Lord Krishna").
_REVERED: Final = (
    r"(?:(?:the |your |their |ur )?prophet|jesus|christ"
    r"|(?:lord|bhagwan|prabhu) (?:ram|rama|krishna|shiva|shiv|vishnu))"
)
_DEFILED: Final = _whole_words(
    rf"{_REVERED}(?:'?s)? (?:was|is|were) (?:just |nothing but )?(?:a |an )?"
    r"(?:pedophile|paedophile|pedo|paedo|child molester|child rapist|rapist|terrorist"
    r"|murderer|bastard|pervert|demon|warlord|bandit)"
    r"|(?:muhammad|mohammed|mohammad|mohamed|muhammed) (?:was|is) (?:a |an )?(?:pedophile"
    r"|paedophile|pedo|paedo|child molester|child rapist)"
)
PLACES_AND_POWER_CUES: Final = frozenset(
    {"mosque", "mosques", "madrasa", "madrasas", "madrassa", "madrassas", "madarsa", "madarsas",
     "church", "churches", "gurdwara", "gurdwaras", "synagogue", "synagogues", "temple",
     "temples", "jews", "zionists", "jewish", "prophet", "muhammad", "mohammed", "mohammad",
     "mohamed", "muhammed", "jesus", "christ", "lord", "bhagwan", "prabhu", "mandir",
     "mandirs", "masjid", "masjids", "convent", "missionaries"}
)  # fmt: skip
# The cue words of the twenty-third session's forms at the end of _SAYING.
_LATER_CUES: Final = frozenset(
    {"bucharest", "warsaw", "sofia", "tirana", "lagos", "kabul", "mogadishu", "islamabad",
     "karachi", "dhaka", "mirpur", "kingston", "accra", "romania", "poland", "bulgaria",
     "albania", "nigeria", "somalia", "pakistan", "bangladesh", "jamaica", "africa", "playing",
     "orders", "caste", "kind", "tribe", "religion", "biradari", "jaat", "jati", "terrorist",
     "aatanki", "aatankwadi", "atankwadi", "jihadi", "english", "british", "irish", "scots",
     "scottish", "welsh", "whites", "europeans", "indians", "hindus", "whatever", "wherever",
     "before", "till", "until", "saudi", "afghanistan", "iran", "tehran", "riyadh", "bomb",
     "bombs"}
)  # fmt: skip
# The main union's cue words.
CUES: Final = _LATER_CUES | frozenset(
    {
        "rather",
        "mixing",
        "nazis",
        "interracial",
        "kaale",
        "lost",
        "fallen",
        "falls",
        "fell",
        "christmas",
        "hole",
        "sewer",
        "round",
        "jungle",
        "jungles",
        "trees",
        "caves",
        "huts",
        "without",
        "continent",
        "zoo",
        "hitler",
        "heil",
        # the recruitment trope's ("the gay lobby wants to ...", "teaching kids to be gay")
        "lobby",
        "mafia",
        "teaching",
        "teach",
        "teaches",
        "million",
        "diggers",
        "digger",
        "property",
        "rope",
        "genocide",
        "goyim",
        "occupied",
        "despite",
        "deport",
        "ban",
        "camps",
        "bomb",
        "bombs",
        "timebomb",
        "timebombs",
        "13",
        "14",
        "1488",
        "famous",
        "known",
        "renowned",
        "celebrated",
        "holocaust",
        "holohoax",
        "matter",
        "being",
        "barefoot",
        "too",
        "another",
        "never",
        "cult",
        "more",
        "cages",
        "dress",
        "dresses",
        "wig",
        "skirt",
        "lipstick",
        "lesbian",
        "lesbians",
        "jewish",
        "zionist",
        "khalistani",
        "khalistan",
        "population",
        "jogger",
        "joggers",
        "noticing",
        "enrichment",
        "strength",
        "khalistanis",
        "women",
        "woman",
        "men",
        "man",
        "marry",
        "religion",
        "homosexuality",
        "transgenderism",
        "transsexualism",
        "bisexuality",
        "bisexuals",
        "bisexual",
        "asking",
        "sharia",
        "goats",
        "transgenders",
        "trans",
        "transgender",
        "colonisation",
        "colonization",
        "colonialism",
        "slavery",
        "raj",
        "empire",
        "british",
        "ghar",
        "pretty",
        "smart",
        "clever",
        "intelligent",
        "beautiful",
        "cute",
        "attractive",
        "articulate",
        "marriage",
        "raised",
        "brought",
        "such",
        "pride",
        "agenda",
        "aids",
        "hiv",
        "disown",
        "celebrate",
        "dance",
        "danced",
        "rejoice",
        "rejoiced",
        "cheer",
        "cheered",
        "blast",
        "bombing",
        "terror",
        "attack",
        "riot",
        "stabbing",
        "married",
        "marrying",
        "fayda",
        # the words of the eleventh session's sayings of girls' schooling, a woman's place
        # and an ape in clothes, in Hindi and English; "bhi" of "ek bhi Muslim nahi ..."
        "padhao",
        "padhana",
        "sambhaalein",
        "sambhalein",
        "sambhalen",
        "sambhalo",
        "dekhein",
        "baithein",
        "monkey",
        "monkeys",
        "ape",
        "apes",
        "gorilla",
        "gorillas",
        "chimp",
        "chimps",
        "chimpanzee",
        "chimpanzees",
        "baboon",
        "baboons",
        "bhi",
        "faida",
        "labh",
        # words some sayings need that no other cue stood for ("bring their grooming
        # gangs", "hot for an Indian", "gay sex is a sin", "if my son was gay I'd kill him",
        # "every time there's a rape it's a Muslim", "males are trash"): those ran only when
        # another cue happened to be in the comment
        "grooming",
        "gangs",
        "breed",
        "breeding",
        "hot",
        "clean",
        "sex",
        "son",
        "daughter",
        "kid",
        "child",
        "brother",
        "sister",
        "rape",
        "murder",
        "males",
        "females",
    }
)
# In the sentence, these make the saying named to be rejected or reported.
_AT_A_DISTANCE: Final = (
    lx.COUNTER_SPEECH
    | lx.QUOTING
    | lx.REJECTING
    | {"propaganda", "narrative", "false", "untrue", "debunked", "naara", "nara", "naare"}
    | {"rhetoric", "trope", "tropes", "canard", "whistle"}
    | {"galat"}  # "... ye soch galat hai": the saying called wrong, in Hindi
    # "'... saare aatankwadi musalman hote hain' kahna shuru ho gaya hota": saying it, named
    # (a TRAC-1 Hindi comment on what the media would have said; the 1157th set's round)
    | {"kahna", "kehna", "kahne", "kehne"}
)


# Sayings each run only when a cue word of its own is in the comment: their cues are too
# common ("responsible", "sick") to send every such comment through a union.
_CUED: Final = tuple(
    (_whole_words(body), frozenset(cues.split()))
    for body, cues in (
        # collective guilt: "every Jew is responsible for what Israel does" (not "not every
        # Israeli is ...")
        (
            r"(?<!not\s)(?:every|all|each) (?:\w+ )?(?:jews?|muslims?|israelis?|palestinians?"
            r"|arabs?|hindus?|pakistanis?|chinese|russians?|catholics?|protestants?|irish"
            r"|sikhs?) (?:(?:is|are) (?:responsible|to blame"
            r"|guilty|accountable) for (?:what|everything) (?:israel|hamas|pakistan|china|russia"
            r"|india|iran|their country) (?:does|did|is doing|has done)"
            # "every Jew in London should answer for Gaza"
            r"|(?:in \w+ )?(?:should|must|will|has to|have to) (?:answer|pay) for (?:gaza|israel"
            r"|hamas|pakistan|china|russia|october 7|7 october|kashmir|pulwama)"
            # "every Jew in London has blood on their hands"
            r"|(?:in \w+ )?(?:has|have|had) (?:the )?blood (?:of \w+ )?on (?:their|his|her) hands"
            # "Every Catholic in Glasgow is an IRA sympathiser" (the 819th set)
            r"|(?:in \w+ )?(?:is|are) (?:an? )?(?:ira|hamas|terrorist|terror|khalistani|jihadi"
            r"|isis|taliban) (?:sympathi[sz]ers?|supporters?|symps|apologists?)"
            # "every jew in england funds the genocide" (the 698th set)
            r"|(?:in \w+ )?(?:funds|fund|finances|bankrolls|pays for) the (?:genocide|war"
            r"|occupation|killing|bombing|massacre))",
            "responsible blame guilty accountable answer pay blood funds fund finances bankrolls"
            " pays sympathiser sympathisers sympathizer sympathizers supporters supporter symps"
            " apologist apologists",
        ),
        # same-sex parents called abusers: "two men raising a child is child abuse", "gay
        # couples adopting is abuse" (cued by "abuse", which every form says)
        (
            r"(?:(?:same-?sex|gay|lesbian|homosexual) (?:couples?|parents)|two (?:men|women|dads"
            r"|mums|moms|fathers|mothers|gays|lesbians)) (?:raising|adopting|bringing up|having)"
            r"(?: (?:a |an |their |our )?(?:child|children|kids?|baby|babies))? (?:is|=)"
            r" (?:a form of )?(?:child )?abuse",
            "abuse",
        ),
        # the antisemite's "noticing": "funny how every banker in this story has a Jewish
        # name", "interesting how all the owners are Jews, just saying"
        (
            r"(?:funny|interesting|strange|odd|curious|notice|noticed|noticing) how (?:every"
            r"|all|all the|so many|most|most of the) (?:bankers?|owners?|ceos?|executives?"
            r"|producers?|directors?|landlords?|billionaires?|financiers?|bosses|boss|editors?"
            r"|donors?|lobbyists?|politicians?|judges?|journalists?|media|moguls?)(?: \w+){0,5}?"
            r" (?:is|are|has|have|were|was|happen to be|happens to be) (?:a |an )?(?:jewish"
            r"|jews?|zionists?)",
            "funny interesting strange odd curious notice noticed noticing",
        ),
        # violence as a people's only language: "lynching is the only language these jihadis
        # understand" (not "force is the only language Putin understands": a state's)
        (
            r"(?:lynching|lynchings|a lynching|mob justice|beatings?|a good beating|bullets?"
            r"|the stick|the rope|danda|lathi|joote|jootay) (?:is|are) the only (?:language"
            r"|thing) (?:these|those|they|such|this lot|people like|the)",
            "language",
        ),
        # Chinese people as spies: "Every Chinese student here reports to Beijing" (the
        # 296th set; not "not every Chinese student ...", nor "all Chinese companies report
        # to Beijing", a law argued)
        (
            r"(?<!not\s)(?:every|all|all the|these|most) chinese (?!(?:companies|company|firms?"
            r"|apps?|banks?|businesses|brands?|media|hackers?|officials?|diplomats?|embassy"
            r"|embassies|government|state)\b)(?:\w+ ){0,3}?(?:is a spy|are"
            r" spies|(?:is|are) (?:an? )?(?:ccp|communist party) (?:spy|spies|agents?)|reports?"
            r" (?:back )?to (?:beijing|the ccp)|works? for (?:the ccp|beijing))",
            "spy spies beijing ccp",
        ),
        # protesters called apes: "Monkeys rioting for free sneakers again" (the 317th set;
        # not "monkeys raiding the temple's kitchen", "apes marching in a line", the animals)
        (
            r"(?:monkeys|apes|baboons|gorillas|chimps) (?:are )?(?:rioting|chimping out"
            r"|chimpin out)",
            "monkeys apes baboons gorillas chimps",
        ),
        # a Muslim child's future as a bomber: "In twenty years she'll be wearing a bomb vest
        # instead of a medal" (the 338th set; not "he was wearing a suicide vest", a report)
        (
            r"(?:she|he|they|you)(?:'ll| will) be (?:wearing|strapping on|in) an? (?:bomb"
            r"|suicide|explosive) (?:vest|belt)",
            "bomb suicide explosive",
        ),
        # "Gas chambers were too good for them" (the 350th set), "Typical entitled black
        # woman" (the 351st: a people's woman with a vice before her; not "a typical Muslim
        # family spends ...", a statistic)
        (
            r"(?:the )?(?:gas chambers?|ovens|holocaust|auschwitz) (?:was|were|is|are|would be)"
            r" too good for (?:them|these|those|him|her|the lot)",
            "chamber chambers ovens holocaust auschwitz",
        ),
        (
            r"typical (?:uppity|entitled|angry|lazy|loud|ungrateful|arrogant|greedy|aggressive"
            r"|thieving|sneaky) (?:black|brown|muslim|jewish|asian|indian|mexican|african|arab"
            r"|paki) (?:woman|women|man|men|girl|girls|boy|boys|guy|guys|person|people|female"
            r"|male|bitch)",
            "typical",
        ),
        # "Ye kaum kabhi bharosemand nahi ho sakti": a people said never to be trusted, in
        # Hindi (the 367th set; "Jews can never be loyal" is read in English)
        (
            r"(?:ye|yeh|is|in|inki|unki|ek) kaum (?:kabhi |kabhi bhi )?(?:bharosemand|bharose"
            r" layak|wafadar|wafaadar|vafadar|imandar|imaandar) (?:nahi|nahin|na) (?:ho sakti"
            r"|hoti|hai|thi|hogi)",
            "kaum",
        ),
        # the dog-eating trope at a Chinese takeaway: "Good, no more dog in the chow mein" (the
        # 369th set)
        (
            r"(?:dog|dogs|cat|cats|rat|rats|dog meat|cat meat) in (?:the|their|your|ur|his|her)"
            r" (?:chow mein|sweet and sour|noodles|fried rice|chop suey|spring rolls)",
            "dog dogs cat cats rat rats",
        ),
        # "Muslims lie to infidels, it's called taqiyya" (the 344th set)
        (
            r"(?:muslims?|they|islam|her|his|he|she)[^.!?\n]{0,50}?(?:taqiyya|taqiya|taqqiya)"
            r"|(?:taqiyya|taqiya|taqqiya)[^.!?\n]{0,30}?(?:muslims?|islam)",
            "taqiyya taqiya taqqiya",
        ),
        # the ape trope said of a black person: "Miss England looks like she swung down from
        # a tree" (the 290th set; not "the cat looks like it fell out of the tree", said of
        # no person, nor a man seen climbing down from one)
        (
            r"looks? like (?:she|he|they|you|u)(?:'?s|'?d|'?ve| has| have| had)?(?: just| only"
            r" just)? (?:swung|climbed|came|come) (?:down )?(?:from|out of) (?:a|the) trees?"
            r"(?! (?:she|he|they|you|it) (?:was|were|had|is|are))|(?:she|he|they)(?:'?s|'?re| is"
            r"| are) (?:only |just |barely )+(?:down )?(?:out of|from) the trees",
            "tree trees",
        ),
        # women said to lie about rape: "every woman who cries rape is just after money"
        (
            r"(?:every|all|most|these|half the|the) (?:women|woman|girls?|wives|wife|ladies)"
            r" who (?:cry|cries|scream|screams|shout|shouts|claim|claims) rape",
            "cry cries scream screams shout shouts",
        ),
        # consent denied: "a wife's body belongs to her husband"
        (
            r"(?:a |the )?(?:wife'?s|wives'?|woman'?s|women'?s|biwi ka) (?:body|bodies|jism|sharir)"
            r" (?:belongs?|is|are) (?:to )?(?:her|their|the|a) husbands?",
            "belongs belong",
        ),
        # "aurat ko zyada azaadi do toh yahi hota hai": a woman's freedom blamed
        (
            r"(?:aurat|auraton|aurton|aurto|ladkiyon|ladkiyo|ladki|biwi|biwiyon|mahilaon)(?: ko)?"
            r" (?:\w+ )?(?:azaadi|azadi|aazadi|chhoot|chhut) (?:do|doge|di|dene|dena|milegi|mili)"
            r" (?:toh|to|par|pe) (?:yahi|ye|yeh|aisa|aise|aisi|ghar)",
            "azaadi azadi aazadi chhoot chhut",
        ),
        # a caste kept to its old work: "inka kaam toh jhadu lagana hai", "in logon ko padhne
        # ka kya haq" (what right have they to study)
        (
            # (not "unka kaam gutter saaf karna hai, par safety gear nahi milta": a job told)
            r"(?:inka|unka|in logon ka|un logon ka|inki|unki|in logon ki|un logon ki)"
            r" (?:(?:aukaat|aukat) (?:toh |to |bas |sirf |hi )*|jagah [^.!?\n]{0,30}?|kaam (?:toh"
            r" |to |bas |sirf |hi )+)(?:jhadu|jhaadu|jharu|naali|gutter|gatar|sandaas|maila)"
            # "cook ko wapas uski basti mein bhejo, wahan jhadu lagaye" (the 334th set; not
            # "main ghar jaake jhadu lagaungi")
            r"|(?:bhejo|bhej do),? (?:wahan|wahin|waha|udhar) (?:\w+ )?(?:jhadu|jhaadu|jharu)"
            r" (?:lagaye|lagaaye|lagayen|lagaen|lagao|lagaaye)"
            # "inki jagah humare khet mein hai, panchayat mein nahi" (the 322nd set; not "inki
            # jagah jail mein hai", said of criminals)
            r"|(?:inki|unki|in logon ki|un logon ki) jagah (?:toh |bas |sirf )?(?:humare|hamare"
            r"|hamaare) (?:khet|kheton|kheto|pairon|pairo|jooton|jooto|darwaze|gharon ke bahar)",
            "jhadu jhaadu jharu naali gutter gatar sandaas maila humare hamare hamaare",
        ),
        (
            r"(?:in logon|un logon|inko|unko|in|un|dalito|dalit|dalits) ko (?:padhne|padhai"
            r"|likhne|naukri|kursi|mandir jaane|ghodi chadhne) ka kya (?:haq|hak|adhikar)"
            r"(?:\s*\?)?",  # (asked: the question is the saying, not an echo of someone's)
            "haq hak adhikar",
        ),
        # a caste's work called its nature: "it's in their caste to clean our shit", "manual
        # scavenging is their dharma"
        (
            r"in their (?:caste|blood|genes|nature|dna) to (?:clean|sweep|scavenge|carry)"
            r"|(?:manual scavenging|scavenging|cleaning (?:sewers|drains|toilets|gutters)"
            r"|sweeping) is (?:their|inka|unka) (?:dharma|karma|destiny|duty|fate)",
            "caste blood genes nature dna dharma karma destiny duty fate",
        ),
        # women as for breeding: "Pakistan ki aurtein bhi sirf bachche paida karne ke liye hain"
        (
            r"(?:aurtein|auratein|aurat|aurton|ladkiyan|ladkiyaan|ladki|biwi|biwiyan)(?: \w+){0,2}?"
            # ("Bengali Muslim auratein bachche paida karne ki machine hain": the 442nd set)
            r" (?:(?:sirf|bas|keval) )?(?:bachche|bacche|bachhe|bachchay) (?:paida|peda) karne"
            r" (?:ke liye|ki machine|ki factory|ki mashine|wali)(?! (?:hi )?(?:nahi|nahin|nhi|na)"
            r"(?![a-z]))",
            "bachche bacche bachhe bachchay",
        ),
        # the eugenicist's sum: "if you're too sick to work, you're too sick to live"
        (
            r"too (?:sick|disabled|ill|old|weak) to work,? (?:then )?(?:you'?re|you are|they'?re"
            r"|they are|u r) too (?:sick|disabled|ill|old|weak) to live",
            "sick disabled weak",
        ),
        # "put the mentally ill in camps" (not "refugees were put in camps in Jordan": told)
        (
            r"(?<!were\s)(?<!was\s)(?<!been\s)put (?:the |all |these |those |all the )?"
            r"(?:mentally ill|disabled|gays|gay people|muslims|jews|migrants|immigrants|refugees"
            r"|trans people|transgenders|roma|gypsies|dalits|christians|sikhs|hindus|them all"
            r"|perverts|queers|homos|faggots|degenerates)"
            r" (?:in|into) (?:camps|concentration camps|cages)",
            "camps cages",
        ),
        # "his kind should be grateful we let them live here"
        (
            r"(?:should|must|ought to) be grateful (?:that )?(?:we|you|india|this country"
            r"|britain) (?:even )?(?:let|allow|allows|lets) them (?:live|stay|pray|work|breathe)"
            r" here",
            "grateful",
        ),
        # "Yadav log sirf bhains charane ke laayak hain": a caste or people fit only for a
        # menial lot (not "ye log sirf taareef ke laayak hain", praise)
        (
            r"(?:yadav|dalit|chamar|jatt|jat|jaat|bihari|madrasi|adivasi|muslim|musalman|mulla"
            r"|mulle|bhaiya|bhaiye|gujju|marwari|bangladeshi|pahadi|nepali|hijde|hijre|kinnar"
            r"|chhakke) (?:log|logon)?"
            r" ?(?:toh |to )?(?:sirf|bas|keval) (?:\w+ ){1,6}?(?:(?:ke|ki) (?:laayak|layak|laiq)"
            r"|ke liye) (?:hain|hote|hai|hoti|bane)"
            # "Ye gwale bhains charane layak hain" (the 776th set), "Gujjar toh doodh bechne aur
            # bhains charane layak hain" (the 812th): a menial lot named, without "sirf" (not
            # "ye log taareef ke laayak hain")
            r"|(?:yadav|yadavon|gwale|gwala|gwalon|ahir|ahiron|dalit|chamar|bihari|bhaiya"
            r"|bhaiye|gujjar|gujjars|gujjaron) (?:log )?(?:toh |to )?(?:doodh bechne (?:aur|ya)"
            r" )?(?:bhains|bhainsein|gaay|gaayein|bakri|bakriyan|suar|suwar) (?:charane"
            r"|charaane|chraane|chrane) (?:ke )?(?:laayak|layak|laiq) (?:hain|hote|hai|h)"
            # "Ye neeche wale log hain, inki aukat nahi ki humse barabari karein" (the 812th
            # set; not "neeche wale log bolna band karo. Sab barabar hain")
            r"|(?:neeche|nichli) (?:wale|waale|jaati|jaat)(?: ke)? (?:log|logon)(?: hain| hai|,)?"
            r"[^.!?\n]{0,20}?(?:inki|unki|in ki|un ki) (?:aukat|aukaat|aukad|auqat) (?:nahi|nahin"
            r"|nhi) (?:ki|hai|h)",
            "laayak layak laiq liye aukat aukaat aukad auqat",
        ),
        # the sixth batch: a black woman's appointment put down to her race and sex ("she
        # only got the job because she's black", "another angry black woman", "DEI hire")
        (
            r"only (?:got|won|became|gets|landed|was given|was picked for|was hired for)"
            r" [^.!?\n]{0,30}?because (?:she'?s|he'?s|they'?re|she is|he is|they are) (?:a )?"
            r"(?:black|brown|muslim|dalit|gay|trans|asian|a minority|disabled|a black woman)"
            r"(?! (?:and|but) (?:qualified|brilliant|the best))"
            # ... or put down to what marks his faith or colour: "Bet he got the job because
            # of his beard and turban, not his brains" (round 537, of a Sikh chief constable
            # named; not "because of his record in Leicester")
            r"|(?:got|won|landed|was given|gets) (?:the |that |this |his |her )?(?:job|post|role"
            r"|seat|gig|promotion|position|place)(?: \w+){0,2}? because of (?:his|her|their)"
            r" (?:\w+ and )?(?:turban|beard|hijab|headscarf|skin colou?r|skin|colou?r|race"
            r"|religion|caste|sexuality|gender|wheelchair)(?![a-z])"
            r"|(?:another|typical|just another|classic|yet another) angry black (?:woman|women"
            r"|female|lady|girl)"
            r"|(?<![\"'“‘])(?:dei|diversity|affirmative action|quota) (?:hire|hires|queen|pick"
            r"|appointment|baby|babies)(?![\"'”’])(?! is what| is a (?:slur|smear|dog whistle))"
            r"(?! (?:comment"
            r"|comments|jibe|jibes|label|labels|smear|slur|slurs|line|talk|narrative|claim|claims"
            r"|accusation|accusations|attack|attacks|trope))",
            "black brown muslim dalit gay trans asian minority disabled angry dei diversity"
            " affirmative quota turban beard hijab headscarf skin colour color race religion"
            " caste sexuality gender wheelchair",
        ),
        # the far right's Europe: "remigration now", "the Great Replacement isn't a theory",
        # "Italians are being replaced by Africans" (not "'remigration' is a far-right
        # euphemism", "the Great Replacement conspiracy inspired the Christchurch shooter")
        (
            r"remigration (?:now|for all|of all|of them|of (?:all )?(?:migrants|muslims|africans"
            r"|foreigners|immigrants))|(?:we need|support|bring on|start|time for|yes to)"
            r" remigration"
            r"|(?:the )?great replacement (?:is (?:real|happening|a fact|no (?:theory|myth"
            r"|conspiracy))|isn'?t a (?:theory|myth|conspiracy)|is not a (?:theory|myth"
            r"|conspiracy))"
            r"|(?:we|europeans|whites|white people|italians|germans|brits|the british|the french"
            r"|hindus|christians)(?: are| were)? being replaced by (?:africans|arabs|muslims"
            r"|migrants|immigrants|foreigners|blacks|asians)",
            "remigration replacement replaced",
        ),
        # the far right's Ireland and Britain (the 270th set): "Ireland for the Irish",
        # "Ireland is full", "unvetted military-age males", "filling the town with her own
        # kind" (not "Ireland is full of history", "the hotel is full")
        (
            r"(?:ireland|england|britain|scotland|europe) for the (?:irish|english|british"
            r"|scottish|europeans)(?![a-z])(?! (?:team|side|squad|cup|team'?s))"
            r"|(?:europe|europa) for europeans"
            r"|(?:ireland|britain|england|the uk|europe) is full(?=\s*(?:[.!,;]|$|of them"
            r"|of (?:migrants|foreigners|immigrants|refugees|asylum seekers)))"
            r"|unvetted (?:(?:military|fighting)[ -]age |young )?(?:males|men)",
            "ireland england britain scotland europe europa uk unvetted",
        ),
        (
            r"(?:fill|fills|filling|filled|flood|floods|flooding|flooded) (?:the|our|this|that)"
            r" (?:town|country|city|streets?|area|estate|village|council|schools?) with"
            r" (?:her|his|their) own kind",
            "fill fills filling filled flood floods flooding flooded",
        ),
        # "It's a mental illness, not an identity" said of being trans (the 281st set; not
        # "anorexia is a mental illness, not a lifestyle")
        (
            r"(?:it'?s|it is|being trans is|trans is|transgenderism is|gender dysphoria is)"
            r" (?:just )?a (?:mental illness|mental disorder|delusion),? not an identity",
            "illness disorder delusion",
        ),
        # Jews as a foreign power and the Holocaust wished back (the 269th set): "every
        # synagogue is an Israeli embassy", "the tribe always plays the victim", "put the
        # ovens back on, problem solved" (not the bakery's ovens)
        (
            r"(?:every|each|all|these|those|the) (?:synagogues?|shuls?|jewish schools?)"
            r" (?:in \w+ )?(?:is|are) (?:an? |just |nothing but )?(?:israeli|zionist|mossad"
            r"|foreign) (?:embass(?:y|ies)|outposts?|consulates?|bases?|fronts?)"
            r"|the tribe (?:always |again |once again )?(?:plays?|playing) the victim"
            r"|(?:put|turn|switch|fire|light) (?:up )?the ovens (?:back )?(?:on|up)?,?"
            r" (?:problem solved|for (?:them|these|those|the (?:jews|zionists|lot of them)))"
            # "Shame the ovens weren't working the day his granny arrived", "pity they didn't
            # gas the whole family" (the 308th set)
            r"|(?:shame|pity|too bad) the ovens (?:weren'?t|were not|wasn'?t|was not) (?:working"
            r"|on|lit|hot) (?:the day (?:his|her|their|they|he|she)|when (?:his|her|their|they"
            r"|he|she)|for (?:him|her|them|his|her|their))"
            # "shame the ovens were never finished, she'd have made a great bit of material"
            # (the 643rd set; a person named next, not a kitchen refit)
            r"|(?:shame|pity|too bad) the ovens (?:were|was) never (?:finished|fired up|lit|used)"
            r"[,;]? (?:for )?(?:she|he|they|her|his|their|them)(?![a-z])"
            r"|(?:shame|pity|too bad) (?:they|the"
            r" nazis|hitler) (?:didn'?t|did not|never) gas (?:them|him|her|the|his|their|all"
            r"|every)"
            # "Another shekel grab" (the 474th set): the money-grabbing Jew of the cartoons
            r"|shekel[ -]?(?:grab|grabs|grabbing|grabber|grabbers|snatch|snatching|snatchers?"
            r"|counters?|counting)"
            # the 1166th set, a Jewish donor's voter drive: the oven "preheated for him" (not
            # "the oven is preheated for the bread"); "always the same tribe funding these
            # things"; the puppet master and "the goyim line up"; Soros "buying countries";
            # "no loyalty to any nation but his own people"
            r"|(?:the )?ovens? (?:is |are |was |were )?(?:preheated|preheating|warming up"
            r"|warmed up|being lit|lit|ready|waiting|heated|fired up) (?:for (?:him|her|them"
            r"|you|his|her|their)\b|with (?:his|her|their) names?)"
            r"|(?:always|every time|funny how)\b[^.!?\n]{0,30}?the same tribe\b(?! of)"
            r"|the goyim (?:line up|lined up|obey|follow|fall for|pay|never notice"
            r"|don'?t notice|never learn|know)"
            r"|(?:puppet ?masters?|puppeteers?)\b[^.!?\n]{0,50}?\bgoyim"
            r"|(?:no|zero) loyalty to (?:any|this|our|the) (?:nation|country)\b[^.!?\n]{0,20}?"
            r"(?:but|except|other than) (?:his|her|their) own (?:people|tribe|kind)"
            r"|(?:soros|rothschilds?)\b[^.!?\n]{0,40}?(?:buying|bought|buys|owns?|owning"
            r"|controls?|controlling) (?:up )?(?:countries|nations|governments|the world"
            r"|every (?:country|government))",
            "synagogue synagogues shul shuls jewish tribe ovens gas shekel oven preheated"
            " goyim loyalty soros rothschild rothschilds",
        ),
        # "every boat that arrives is another hundred future rapists"
        (
            r"(?:every|each) (?:boat|dinghy|plane|bus|ship)[^.!?\n]{0,30}? (?:is|means|brings)"
            r" (?:another |more )?(?:\w+ )?(?:future )?(?:rapists|terrorists|jihadis|jihadists"
            r"|criminals|murderers|invaders)",
            "rapists terrorists jihadis jihadists criminals murderers invaders",
        ),
        # Muslims named in sarcasm after an attack: "Religion of peace strikes again",
        # "another 'lone wolf' from the peaceful community" (not "the phrase 'religion of
        # peace' is thrown around as a sneer")
        (
            # ("Ah, the religion of tolerance strikes again. Stab first, ...": the 1057th set)
            r"(?:(?:the )?religion of (?:peace|tolerance|love)|(?:the )?peaceful community"
            r"|(?:the )?peacefuls) (?:strikes|strike|struck|is at it|are at it|at it|does it)"
            r" (?:again|once more)"
            r"|(?:another|yet another|one more|more) '?(?:\w+ ){0,2}?(?:lone wolf|lone wolves"
            r"|attack|attacker|stabbing|stabber|terrorist|bomber|bombing|rapist|knifeman|killer"
            r"|murderer|beheading|grooming gang|truck|van"
            # ("Another peaceful protest by the religion of peace, only three cars burnt this
            # time": the 1063rd set)
            r"|protest|riot|rally|march|demonstration)s?'? (?:attack )?(?:from|of|by) the"
            r" (?:religion of peace|peaceful community|peacefuls)",
            "peace peaceful peacefuls tolerance",
        ),
        # a nationality denied to its citizens: "a passport doesn't make you English"
        (
            r"passports? (?:doesn'?t|does not|don'?t|do not|won'?t|will not|can'?t|cannot)"
            r" make (?:you|him|her|them|someone|anyone|people|these people|those people)"
            r" (?:\w+ )?(?:english|british|french|german|american|indian|european|italian"
            r"|dutch|swedish|irish|scottish|welsh|australian|canadian|one of us)",
            "passport passports",
        ),
        # the grooming trope told of a congregation: "give it ten years and our daughters
        # will be groomed by the congregation"
        (
            r"our (?:daughters|girls|kids|children|sisters|women) (?:will|would|are going to"
            r"|gonna|'?ll) (?:all )?be (?:groomed|raped|converted|taken) by (?:the congregation"
            r"|them|these people|those people|the mosque|its worshippers|the worshippers|muslims"
            r"|pakistanis|asians|migrants|immigrants|refugees)",
            "groomed raped converted taken",
        ),
        # "ghar wapsi karo warna gaon chhodo": convert back or leave the village
        (
            r"ghar ?wapsi (?:karo|kar lo|karlo|karwao|karao) (?:warna|varna|nahi to|nahi toh|ya"
            r" phir|ya) (?:\w+ )?(?:chhodo|chodo|chod do|chhod do|nikal jao|niklo|bhago|nikalo)",
            "wapsi gharwapsi",
        ),
        # "follow the shekels": Jews as money
        (
            r"follow the shekels?|(?:counting|grubbing for|chasing|love|loves) (?:their )?shekels",
            "shekels shekel",
        ),
        # "inka boycott karo, na ghar do na naukri": a people denied homes and work
        (
            r"na (?:ghar|makaan|makan|flat|kamra) (?:do|dena|denge|milega|mile) na (?:naukri"
            r"|kaam|job|rozgaar)|na (?:naukri|kaam|job|rozgaar) (?:do|dena|denge|milegi|mile)"
            r" na (?:ghar|makaan|makan|flat|kamra)",
            "naukri rozgaar",
        ),
        # "Muslim ko ghar mat do": a people refused homes or work, in Hindi (not "kisi ko
        # dharm ke naam pe ghar na dena galat hai", "Dalit ko naukri na dena apraadh hai")
        (
            r"(?:in |un )?(?:muslim|muslims|musalman|musalmano|musalmanon|mulle|mullon|mullo"
            r"|jihadiyon|jihadiyo|dalit|dalito|daliton|isai|isaiyon|christian|christians|sikh|sikhon"
            r"|bihari|biharion|biharon|bangladeshi|bangladeshiyon|kashmiri|kashmiriyon|chamar"
            r"|chamaron|miya|miyan|miyon|katuon|katuo) (?:log |logon |logo |families |family"
            r" |walon )?ko (?:koi |bhi |kabhi )?(?:ghar|makaan|makan|flat|kamra|naukri|kaam"
            r"|dukaan)(?: bhi)? (?:mat|na|nahi|nahin|nhi) (?:do|dena|denge|dena chahiye|deni"
            r" chahiye|do bhai)(?! (?:galat|apraadh|aparadh|gair ?kanooni|illegal|jurm|crime|paap"
            r"|sharmnaak|discrimination|bhedbhav))",
            "ghar makaan makan flat kamra naukri dukaan",
        ),
        # a people put in their place: "inko aukat dikhani zaroori hai" (not "aukat ki baat
        # karne wale ...")
        (
            r"(?:inko|unko|inhe|unhe|inhein|unhein|in logon ko|un logon ko|in sabko|sabko)"
            r" (?:inki |unki |apni )?(?:aukat|aukaat|auqat) (?:dikhani|dikhana|dikhao|dikha do"
            r"|dikhayenge|yaad dilani|yaad dilao)",
            "aukat aukaat auqat",
        ),
        # the fifth batch: fear of a people called reason ("Islamophobia isn't a phobia,
        # it's common sense", "nothing irrational about fearing these people"; not "the
        # word Islamophobia is contested")
        (
            r"islamophobia (?:isn'?t|is not|aint|ain'?t) (?:a |an )?(?:phobia|irrational fear)"
            r"|islamophobia is (?:just |only |simply )?common sense"
            r"|nothing irrational about (?:fearing|hating|distrusting|being afraid of) (?:these"
            r" people|those people|them|muslims|islam|immigrants|migrants)",
            "islamophobia irrational",
        ),
        # "more Muslims, more problems"
        (
            r"more (?:muslims|immigrants|migrants|refugees|blacks|jews|africans|pakistanis"
            r"|mexicans|foreigners),?(?: (?:=|means|equals|is|are))? more (?:problems|crime|rapes"
            r"|terror|terrorism|trouble|knife crime)",
            "problems crime rapes terror terrorism trouble",
        ),
        # "pagans who worship monkeys and elephants" (not "Hindus revere cows")
        (
            r"(?:pagans|heathens|idol worshippers|idolaters|kafirs|kaafirs|savages) (?:who|that)"
            r" worship",
            "worship",
        ),
        # the Prophet's marriage thrown at Muslims: "their prophet married a child" (not
        # "the prophet married Khadija, a widow older than him")
        (
            r"(?:their|your|ur|his|the) prophet (?:married|wed|was married to|took)"
            r" (?:a )?(?:child|kid|little girl|minor|six[ -]year[ -]old|6[ -]year[ -]old"
            r"|nine[ -]year[ -]old|9[ -]year[ -]old)",
            "married wed took",
        ),
        # untouchability urged: "inke haath ka chhua paani bhi mat peena" (water or food
        # touched by a people's hands refused); "ganda khoon hai inka" (their blood is dirty)
        (
            r"(?:inke|unke|in logon ke|un logon ke|inki|unki) (?:haath|haathon|hath) (?:ka|ki|se)"
            r" (?:chhua|chhuaa|chua|chuaa|chhui|chui|bana|banaya) (?:\w+ )?(?:paani|pani|khana"
            r"|khaana|roti|bhojan|prasad)(?: bhi)? (?:mat|na|nahi|kabhi mat)",
            "chhua chhuaa chua chuaa chhui chui",
        ),
        (
            r"(?:ganda|gandaa|gandi|napak|apavitra) (?:khoon|khun|blood) (?:hai|he|h) (?:inka|unka"
            r"|in logon ka|un logon ka)|(?:inka|unka|in (?:\w+ )?logon ka|un (?:\w+ )?logon ka)"
            r" (?:khoon|khun)"
            r" (?:hi )?(?:ganda|gandaa|napak|apavitra) (?:hai|he|h|hota)"
            # "dhed log kabhi sudhar nahi sakte, khoon mein hi gandagi hai" (the 665th set; not
            # "uske khoon mein hi cricket hai")
            r"|(?:log|logon|inke|unke|in logon ke|un logon ke|in sab ke|inki|unki|inka|unka)"
            r"\b[^.!?\n]{0,50}?(?:khoon|khun) (?:mein|me|main) (?:hi )?(?:gandagi|gandgi|gaddari"
            r"|chori|dhokha|dhoka|neechta|kameenapan|haramipan|harampan|jihad"
            # "inke toh khoon mein hi patthar phenkna hai" (the 727th set)
            r"|patthar|pathar|pattharbaazi|pattharbazi|danga|dange|dangai|hinsa)",
            "khoon khun blood",
        ),
        # "Ye log pehle patthar phenkte hain fir victim card khelte hain" (the 727th set): a
        # people said to throw stones, as what they do (not "jo log patthar phenkte hain
        # unko saza do": those who did)
        (
            r"(?:ye|yeh|in|inke|woh|wo|un|unke) log (?:pehle |hamesha |har baar |bas |sirf )?"
            r"(?:patthar|pathar) (?:phenkte|fenkte|maarte|marte|chalate|barsate) (?:hain|hai|h)",
            "patthar pathar",
        ),
        # a people sent back to clean drains, "wahi inka kaam hai" (the work a caste was kept
        # to; not "naali saaf karna nagar nigam ka kaam hai", the council's job)
        (
            r"(?:naali|naaliyan|naaliyaan|gutter|gatar|toilet|toilets|sewer|sewers|latrine)"
            r" saaf (?:karne|karna|karo|karein)[^.!?\n]{0,20}?(?:wahi|yahi|bas|sirf|hi) (?:inka"
            r"|unka|in logon ka|un logon ka|inki|unki) (?:kaam|aukaat|aukat|jagah)",
            "naali naaliyan naaliyaan gutter gatar toilet toilets sewer sewers latrine",
        ),
        # a faith's scripture said to order its people to lie (the "taqiyya" trope): "their
        # book tells them to lie to us" (the 480th set; not "the book tells them to lie low")
        (
            r"(?:their|the|his|her) (?:holy )?(?:book|quran|koran|religion|faith|scripture|imams?"
            r"|mullahs?) (?:tells|teaches|allows|commands|orders|permits|instructs) (?:them|him"
            r"|her|muslims) to (?:lie|deceive|kill|rape)(?! low)(?![a-z])",
            "book quran koran religion faith scripture imam imams mullah mullahs",
        ),
        # gay men as child abusers, foretold: "He'll be fiddling with the choirboys within a
        # year" (the 484th set; not "the priest jailed for abusing choirboys", reported)
        (
            r"(?:he'?ll|he will|they'?ll|they will|he'?s gonna|they(?:'?re| are) gonna) be"
            r" (?:fiddling|messing|interfering|grooming) (?:with )?(?:the )?(?:choirboys|choir boys"
            r"|altar boys|kids|children|little boys|boys|schoolboys)",
            "fiddling messing interfering grooming",
        ),
        # migrants said to come for our women: "they come to rape our women" (the 486th set;
        # and "Fighting-age men, every one of them, coming to rape our daughters", the 1108th)
        (
            r"(?:they|these men|these people|them|migrants|immigrants|refugees),? (?:only )?(?:come"
            r"|came|are coming|coming) (?:here )?(?:to|and) (?:rape|take|steal|grab) our (?:women"
            r"|girls|daughters|wives)",
            "rape take steal grab",
        ),
        # a Sikh named by his turban as a terrorist: "Every turban in this town is a
        # Khalistani terrorist in waiting" (the 488th set)
        (
            r"(?:every|each|all|these|those) (?:turbans?|pagdis?|pagris?|beards?) (?:\w+ ){0,3}?"
            r"(?:is|are) (?:an? |just )?(?:\w+ )?(?:terrorists?|jihadis?|khalistanis?|extremists?"
            r"|separatists?)",
            "turban turbans pagdi pagdis pagri pagris beard beards",
        ),
        # a Muslim told to play for Pakistan: "Namaz padhni hai toh Pakistan ki team mein
        # khelo" (the 491st set; and "Sajda karna hai toh Pakistan jaake karo", the 1102nd)
        (
            r"(?:hai|hain|ho|h) (?:toh|to) (?:pakistan|pakistaan) (?:\w+ ){0,3}?(?:jao|jaao"
            r"|khelo|raho|chale jao|bhaag jao|nikal lo|nikal jao|jaake|ja ke|jaakar)(?![a-z])",
            "pakistan pakistaan",
        ),
        # a person told her place is menial work: "Iski jagah gobar uthane mein hai" (the
        # 489th set)
        (
            r"(?:iski|uski|inki|unki|teri|tumhari|aisi|aison ki) (?:asli )?jagah (?:gobar|naali"
            r"|nali|gutter|jhaadu|jhadu|toilet|sandaas|latrine|kachra|kachre)"
            # ... and a people told to do the cleaning: "Ye log safai ka kaam karein, khana
            # banana inka kaam nahi" (the 920th set; not "safai ka kaam karne wale
            # karmachariyon ki hadtaal", a strike)
            r"|(?:ye|yeh|in|aise|inko|unko|inhe|unhe) (?:log |logon ko )?(?:bas |sirf |toh )?"
            r"(?:safai|jhaadu|jhadu|naali|nali|gutter|sewer|maila) (?:ka kaam|ki naukri|uthane ka"
            r" kaam|saaf) (?:karein|karo|karen|karna chahiye|karte rahein|hi karein|karne do)"
            # ... and their touch as defiling: "Inke haath lagne se hi khana apavitra ho jaata
            # hai" (not "apavitra jal ko peene layak banane ka plant")
            r"|(?:inke|unke|inka|unka|in logon ke|dalit ke|dalito ke|chamar ke|chamaron ke)"
            r" (?:haath|chhoone|chhune|saaye|parchhai|parchhaai) (?:lagne|lagane|se|ke|padne)"
            r"\b[^.!?\n]{0,30}?(?:apavitra|apvitra|ashudh|napaak|bhrasht)"
            # a people's place said to be the madrasa, not a university: "in logon ki jagah
            # madarse mein hai, vishwavidyalaya mein nahi" (the 894th set)
            r"|(?:in logon|un logon|inki|unki|inka|unka|aison|aise logon|in sab|in mullon"
            r"|mullon) ki (?:asli )?jagah (?:madarse|madrase|madarsa|madrasa|masjid|maszid"
            r"|jhuggi|jungle|jangal) (?:mein|me) (?:hai|h|he)\b",
            "jagah safai jhaadu jhadu naali nali gutter sewer maila apavitra apvitra ashudh napaak"
            " bhrasht",
        ),
        # the transphobe's taunt: "41 percent, just saying", "join the 41%"
        (
            r"(?:join|joining|be part of|add to|become) the 41 ?(?:%|percent|per cent)"
            r"|41 ?(?:%|percent|per cent),? (?:just saying|lol|lmao|hint hint|go on)",
            "41",
        ),
        # what a people is said to do wherever it goes: "Muslims attacked the temple because
        # that's what they do everywhere they go" (the 496th set)
        (
            r"(?:that'?s|thats|that is|this is) what they (?:always |all )?do (?:everywhere"
            r"|wherever) they (?:go|live|settle|move)",
            "everywhere wherever",
        ),
        # "Inki aabadi badh rahi hai ..., jaag jao Hinduon" (the 501st set): their numbers
        # said to grow (not "Muslim aabadi badh rahi hai, census kehta hai": a people named)
        (
            r"(?:inki|unki|in logon ki|un logon ki|mullon ki|katuon ki) (?:aabadi|abadi|jansankhya"
            r"|population) (?:tezi se |dugni |bahut |itni |itna |kitni |is tarah )?(?:badh|badhti"
            r"|badhi|badha) (?:rahi|ja rahi|gayi|jaa rahi)",
            "aabadi abadi jansankhya population",
        ),
        # the twenty-fourth round (sets 647-652): men of a people said to be after
        # "our women" ("these animals don't want work, they want our women"; not "the
        # taliban want our women to stay at home", an order reported)
        (
            r"(?:they|these \w+|those \w+|them|theyre|they're|they are|they'?re all|all they)"
            r" (?:\w+ )?(?:want|wants|are after|come for|coming for|here for|only want|just want"
            r"|after) our (?:women|daughters|girls|wives)(?! to\b)",
            "women daughters girls wives",
        ),
        # each of a people a crime foretold: "every one of them is a knife waiting to happen"
        (
            r"(?:every one|everyone|each|all|every single one|every last one|each one) of (?:them"
            r"|these|those|em)(?: \w+)? (?:is|are) an? (?:knife|knifing|stabbing|rape|rapist|bomb"
            r"|bombing|terrorist|terror attack|attack|murder|grooming gang) waiting to happen",
            "waiting",
        ),
        # a people's men called rapists by where they came from: "300 undocumented rapists in
        # a hotel" (not "the rapists were jailed", a case)
        (
            r"(?:undocumented|imported|unvetted|dinghy|boat|military age|fighting age) rapists",
            "rapists",
        ),
        # a Briton told she came on a boat: "straight off the boat", "off the banana boat"
        # at the end of what is said of her (not the sitcom "Fresh Off the Boat", nor "we came
        # straight off the boat into the pub")
        (
            r"(?:[a-z]+,|she'?s|he'?s|they'?re|she is|he is|they are) (?:\w+ )?(?:straight|just"
            r"|fresh) off the boat(?=\s*(?:[.,!?;]|$))|off the banana boat",
            "boat",
        ),
        # spit or beef in the food, told of a people: "ye log khane mein gaay ka maas mila
        # dete h", "thook ke dete h ye log" (the 648th set; not "video mein ek dukaandaar ne
        # thook lagaya", one vendor reported)
        (
            r"(?:ye log|yeh log|in logon|un logon|inke|unke|inki|unki)[^.!?\n]{0,40}? (?:thook|thuk"
            r"|gaay ka maas|gai ka maas|gau ka maas|gaumaas|gau maas|beef|peshab|pishab)"
            r" (?:laga|lagake|laga ke|mila|milake|mila ke|daal|daalke|daal ke|ke|kar) (?:ke )?"
            r"(?:bechte|dete|deta|banate|khilate|bechenge|pilate)"
            r"|(?:thook|thuk) (?:ke|kar|laga ke|lagake|mila ke) (?:dete|bechte|khilate|banate)"
            r" (?:h|hai|hain|he),? (?:ye|yeh|sab|saare) (?:log|mulle|katue)"
            # ... and the food named (the 1083rd set: "ab pata toh chalega kaun thook ke roti
            # bana raha hai", "unke thook wale kebab kha lo", "Ye log khaane mein kuch bhi
            # mila dete hain, gaay ka bhi"; not "... itna ghee daal dete hain")
            r"|(?:thook|thuk) (?:ke|kar|laga ke|lagake|mila ke) (?:roti|rotiyan|khana|khaana"
            r"|kebab|biryani|chai|sabzi|phal|fal) (?:bana|bech|de|khila|pila)\w*"
            r"|(?:thook|thuk) (?:wal(?:e|a|i)|lage|laga|lagi) (?:roti|rotiyan|kebab|kebabs"
            r"|biryani|khana|khaana|fal|phal|juice)"
            r"|(?:ye log|yeh log|in logon|un logon|inke|unke)[^.!?\n]{0,40}? (?:khaane|khane"
            r"|khana) (?:mein|me)[^.!?\n]{0,30}?(?:gaay|gau|beef|thook|thuk|peshab|pishab)",
            "thook thuk maas gaumaas beef peshab pishab gaay gau",
        ),
        # a boycott by name: "naam likhna zaroori h taaki pehchaan ke bahishkar karo"; of
        # whoever joins a faith: "jo bhi isaai bana uska samajik bahishkar karo" (the 659th)
        (
            r"pehchaan? (?:ke|kar|kr|kar ke) (?:unka |inka |sabka |in logon ka )?(?:bahishkar"
            r"|boycott)"
            r"|jo (?:bhi )?(?:\w+ ){0,2}?(?:isaai|isai|christian|muslim|musalman|dalit|mulla"
            r"|hindu|sikh)\w* (?:bana|bane|bani|banega|hai|h|ho)[^.!?\n]{0,10}? (?:uska|unka"
            r"|uske|unke) (?:\w+ )?(?:bahishkar|boycott)",
            "bahishkar boycott",
        ),
        # a place purified after a person of a low caste enters: "inko court ke andar aane
        # mat do, ganga jal chhidakna padega baad mein" (the 650th set; not "mandir ko
        # gangajal se dhoya gaya", a report)
        (
            r"(?:gangajal|ganga jal|gaumutra|gau mutra) (?:se )?(?:chhidakna|chhidkana"
            r"|chhidakana|chhidkna|chhidakni|dhona|dhulwana|shuddh karna|pavitra karna)"
            r" (?:padega|padta|padegi|padenge|hoga)",
            "gangajal ganga gaumutra gau",
        ),
        # the twenty-fifth round (sets 654-659): a faith sold for rice ("chawal ke bore ke
        # liye dharm bech diya")
        (
            r"(?:chawal|chaawal|rice)(?: ke)?(?: \w+){0,3}? (?:ke liye|ke badle|ke waaste"
            r"|ke vaaste|ki khatir) (?:apna )?dharm (?:bech|badal|chhod)",
            "chawal chaawal rice",
        ),
        # a people said to breed criminals ("they breed criminals on those estates")
        (
            r"(?:they|these people|those people|that lot|them lot|you lot) (?:just )?breed"
            r" (?:criminals|terrorists|thieves|rapists|jihadis|gangsters|thugs|scroungers)",
            "breed",
        ),
        # a veiled woman called a letterbox ("she looks like a letterbox and talks like a
        # terrorist"), a bomb vest put on her, a bag on her head
        (
            r"(?:she|they|you|u|her|women|woman) (?:\w+ )?(?:looks?|looking|dressed|dresses)"
            r" (?:like|as) (?:a |an )?(?:letterbox(?:es)?|letter box(?:es)?|bank robbers?|ninjas?"
            r"|binbags?|bin bags?)"
            # ("Mayor? She's a walking bin bag with a vote", the 1580th set)
            r"|(?:she|she'?s|she is|you'?re|you are|her|they'?re|they are) (?:just |nothing but )?"
            r"(?:a |an )?walking (?:bin ?bags?|binbags?|bin liners?|letter ?box(?:es)?)"
            r"|(?:put|strap|stick|fit) (?:a |the )?(?:bomb|suicide|explosive) vests? on (?:her|him"
            r"|them)"
            r"|with (?:a|that|the) (?:bin |bin)?(?:bag|sack|pillowcase|pillow case) on (?:her|their"
            r"|your|ur)"
            r" heads?",
            "letterbox letterboxes letter robber robbers ninja ninjas bin binbag binbags bags"
            " vest vests bag sack pillowcase pillow liner liners",
        ),
        # the twenty-sixth round (sets 661-666): a trans teacher called a groomer to be kept
        # from children ("keep that groomer away from my children"; not "the word 'groomer'
        # is thrown at every gay teacher")
        (
            r"keep (?:that|this|the|these|those|her|him|them|it) (?:\w+ )?groomers? away from",
            "groomer groomers",
        ),
        # ... and asked what "it" is ("what is it, a man, a woman, or a science experiment
        # gone wrong"; not "what is it, a boy or a girl")
        (
            r"what is (?:it|that|that thing|this),? (?:a )?(?:man|bloke|geezer|dude)(?:,| or)"
            r" (?:or )?(?:a )?(?:woman|lady|bird|chick)",
            "man bloke geezer dude",
        ),
        # migrants from UP and Bihar told to leave Mumbai ("tum jaise bhaiyye mumbai aake vote
        # dete ho isiliye ye haal hai, nikal yahan se")
        (
            r"(?:tum|tu|aap) jaise (?:\w+ )?(?:bhaiyye|bhaiye|bhaiyyon|bhaiyon)[^.!?\n]{0,80}?"
            r"(?:nikal|nikalo|bhag|bhaag|bhago|chale jao|wapas jao) (?:yahan|yaha|yahaan|idhar"
            r"|mumbai|maharashtra) se",
            "bhaiyye bhaiye bhaiyyon bhaiyon",
        ),
        # a people's supporters sent to the country they cheer ("jo indian muslim pakistan ke
        # liye taali bajaye usko wahin bhej do"; "Pakistan bhej do" itself is a phrase)
        (
            r"(?:pakistan|pak|bangladesh)[^.!?\n]{0,40}? (?:usko|unko|inko|use|unhe|inhe|sabko"
            r"|un sabko) (?:bhi )?(?:wahin|wahi|waha|wahan|udhar|vahin|vahi) (?:bhej do|bhejo"
            r"|bhej dena|bhejna chahiye|bhej dijiye|pack karo)",
            "wahin wahi waha wahan udhar vahin vahi",
        ),
        # the twenty-seventh round (sets 668-673): "dog eaters" said of a people (not "hot
        # dog eaters"); women of a region called easy, a victim said to have asked for it
        (
            r"(?<!hot\s)(?<!hot-)dog[ -]?eaters?",
            "eaters eater dogeaters dogeater",
        ),
        (
            r"(?:girls|women|ladies|chicks|birds|ladkiyan|aurtein) (?:are|r|is) (?:all |so |always"
            r" |just )?(?:easy|loose|sluts|slags|whores)(?! (?:to|on|with|going|enough|wins?"
            r"|winners?|targets?|pickings|money|meat|prey)\b)"
            r"|(?:she|women|woman|girls|girl|ladies|her)\b[^.!?\n]{0,40}?(?:probably|clearly"
            r"|obviously|must have|basically|totally) asked for it",
            "easy loose sluts slags whores asked",
        ),
        # AIDS wished on gay men as a punishment ("AIDS will sort them out soon enough");
        # bread refused from their hands; "these perverts should be locked up in a mental
        # asylum"; adoption by gay couples said to end in abuse
        (
            r"(?:aids|hiv) (?:will|'ll|should|can|would) (?:\w+ )?(?:sort|finish|take care of"
            r"|wipe|kill|deal with|clean) (?:them|em|the lot|this lot|these|those)",
            "aids hiv",
        ),
        (
            r"who (?:wants|would want|would eat|would buy|eats) (?:\w+ ){1,2}?(?:made|touched"
            r"|cooked|baked|served) by (?:those|their|such) hands",
            "hands",
        ),
        (
            r"(?:these|those|such|all) (?:\w+ )?(?:perverts|freaks|degenerates|queers|homos|gays"
            r"|trannies|lesbians|people|sodomites|faggots) (?:should|must|need to|ought to) be"
            r" (?:locked up|put|kept|sent|shut away) (?:\w+ )?in (?:a |an )?(?:mental )?(?:asylum"
            r"|asylums|institution|loony bin|madhouse|nuthouse|mental hospital)",
            "asylum asylums institution madhouse nuthouse bin hospital",
        ),
        (
            r"(?:gay|gays|homos?|queers?|lesbians?|trannies|lgbt\w*)\b[^.!?\n]{0,60}?(?:they'?ll"
            r"|they will|theyll|then they|and they) (?:\w+ )?(?:abuse|molest|groom|rape|corrupt)"
            r" (?:the|their|our|those) (?:kids|children|boys|girls)",
            "abuse molest groom rape corrupt",
        ),
        # a Sikh MP said to be about to turn the town hall into a gurdwara (a takeover
        # foretold; not "Erdogan turned Hagia Sophia into a mosque", history told); and a Sikh
        # judge, "These kirpan wale will turn every court into a gurdwara" (the 1058th set; not
        # "... turn the old library into a gurdwara kitchen")
        (
            r"(?:(?:he|she|they|we|you|u|it)(?:'?ll| will)|will|gonna|going to|wants? to|want to"
            r"|plans? to|planning to|trying to|try to) turn (?:the whole|the|all our|our|every"
            r"|each|all|this) (?:\w+ )?(?:town hall|council|courts?|schools?|church|pub|high"
            r" street|parliament|country|countries|towns?|city|cities|villages?|house|commons"
            r"|streets?|offices?|parks?|neighbou?rhoods?|university|universities|colleges?"
            r"|institutions?|state|nation) into (?:a |an |one )?(?:big )?(?:mosques?|masjid"
            r"|gurdwaras?|mandir|temple|madrassas?|madrasas?|caliphate|sharia|khalistan"
            r"|mini[- ]pakistan|islamic (?:state|republic))",
            "mosque mosques masjid gurdwara gurdwaras mandir temple madrassa madrassas madrasa"
            " madrasas caliphate sharia khalistan pakistan islamic",
        ),
        # the twenty-ninth round (sets 676-681): a people's failings said to be in the
        # genes ("black lads always bottle it, no mental strength, it's in the genes"); "send
        # them back on the first flight" opening a clause
        (
            r"(?:black|white|asian|muslim|jewish|gypsy|indian|african|pakistani|arab|chinese"
            r"|irish|polish|roma|traveller|romanian|nigerian|somali|bengali|bihari)s? (?:\w+ )?"
            r"[^.!?\n]{0,60}?(?:it'?s|its|it is) in (?:the|their|his|her) (?:genes|blood|dna)",
            "genes blood dna",
        ),
        (
            r"(?:^|(?<=[,.!?;]) )send (?:them|the lot|em|'em|the lot of them) (?:all )?back on the"
            r" (?:first|next) (?:flight|plane|boat|ferry)",
            "flight plane boat ferry",
        ),
        # the thirtieth round (sets 683-688): trans women's "aukat" said to be dancing at
        # weddings; "yahan bhi pakistan bana denge"; a people kept "jooti ki nok pe"; a
        # village's "hukka paani band karo"; migrants said to be raping "our daughters by
        # spring"; "see how long your wife lasts"; "breed faster than we can deport them";
        # a woman said to smell of spice; "jahan jaate hain wahan gandagi"; "kal ko love
        # jihad"; a boycott of whoever sells a home to a Muslim; food from a Dalit's hands
        # said to make children low; Ganga water to wash the utensils
        # the twenty-first whole evening (set 1017, a verdict in a temple-mosque dispute):
        # "Muslims should thank us for letting them live here at all" (not "should be grateful
        # to the doctors who saved their children"); "In gaddaron ki naslein hi kharab hain"
        (
            r"(?:should|must|ought to|better|need to) (?:be grateful to us|thank us|be thankful"
            r" to us|be grateful) (?:that|for) (?:we )?(?:let|letting|allow|allowing) (?:them"
            r"|you|u) (?:to )?(?:live|stay|remain|breathe|exist)",
            "thank thankful grateful",
        ),
        (
            r"(?:in|un|inki|unki|inke|unke) (?:\w+ )?(?:ki|ke) (?:nasl|naslein|nasle|naslen)"
            r" (?:hi |bhi )?(?:kharab|gandi|ganda|ghatiya|zehreeli|napak|haramkhor|haraami)",
            "nasl naslein nasle naslen",
        ),
        # the 1019th set, New York's first Muslim mayor: "first step to Sharia in Manhattan"
        # (not "the first step towards a rent freeze"); "Jews who voted for him are kapos";
        # and a veiled call, "Hope someone takes care of this problem before he's sworn in"
        # (not "... the pothole problem before winter")
        # the hundred-and-sixty-sixth round (sets 1020-1021): Christian converts refused a
        # burial ground ("Jo Yesu ko maante hain woh Rome jaake dafan ho"), a Bengali-speaking
        # worker lynched as a "Bangladeshi" ("Achha hua, ek ghuspaithiya kam"; not "achha
        # hua, ek tension kam", nor an "aatanki" killed in an encounter)
        (
            r"(?:rome|vatican|italy|pakistan|arab|saudi|mecca|makka|bangladesh|africa) (?:jaake"
            r"|jaa ke|ja ke|jakar|jaa kar|ja kar) (?:dafan|dafn|mar|maro|maren|marein|sado|sadh)",
            "rome vatican italy pakistan arab saudi mecca makka bangladesh africa",
        ),
        (
            r"ek (?:aur )?(?:ghuspaithiya|ghuspaithiye|ghuspaithi|bangladeshi|rohingya|mulla|mulle"
            r"|katua|katwa|mulli) kam(?![a-z])",
            "ghuspaithiya ghuspaithiye ghuspaithi bangladeshi rohingya mulla mulle katua katwa"
            " mulli",
        ),
        # the hundred-and-seventy-second round (set 1028, a by-election in Britain): "Madam
        # first minister, you'd look better in a burqa, less talking that way" (not "she
        # looked better in the blue dress at the count")
        (
            r"(?:you'?d|she'?d|you would|she would|u would|youd|shed) (?:\w+ )?look (?:much )?"
            r"better (?:in|under|behind) a (?:burqa|burka|burkha|niqab|veil|bag)",
            "burqa burka burkha niqab veil bag",
        ),
        # the hundred-and-seventieth round, sarcasm a third time (set 1026): "Of course the
        # Roma family 'found' the bikes, they always find things that aren't theirs"; "let's
        # give the refugees free houses, they've earned it with all that stabbing"
        (
            r"(?:they|these people|those people|their lot|them) (?:always|somehow always|keep)"
            r" (?:find|finding|take|taking|borrow|borrowing) (?:things|stuff|what) (?:that )?"
            r"(?:aren'?t|isn'?t|are not|is not) (?:theirs|their own)",
            "theirs",
        ),
        (
            r"(?:earned|deserved|paid for) it with all (?:that|the|those) (?:stabbing|stabbings"
            r"|raping|rapes|looting|thieving|stealing|grooming|bombing|bombings|knife crime)",
            "stabbing stabbings raping rapes looting thieving stealing grooming bombing bombings"
            " knife",
        ),
        # the hundred-and-sixty-ninth round (sets 1024-1025): a minister in a wheelchair,
        # "Ye langda kya desh chalayega" (not "ye langda aam", the mango, nor "langda ke
        # chalta hai", limps), "Cripples should stay home, not in parliament" (and women,
        # disabled people, gays: not "Sick children should stay home from school"),
        # "Apahij logon ko ... ghar baithao"
        (
            r"(?:ye|yeh|is|us|in|un|saala|saale|ek|tu|tum) (?:langda|langde|langdon|lulla|lulle"
            r"|lula|lule)(?! (?:aam|aamon|mango|mangoes|ke|kar|ho gaya|ho gayi)(?![a-z]))",
            "langda langde langdon lulla lulle lula lule",
        ),
        (
            r"(?:women|cripples|disabled people|the disabled|handicapped people|gays|muslims"
            r"|blind people|deaf people|wheelchair users) (?:should|must|ought to|need to) (?:just"
            r" )?(?:stay|be kept|remain|sit) (?:at )?home(?! (?:when|if|during|till|until|from"
            r" school)(?![a-z]))",
            "women cripples disabled handicapped gays muslims blind deaf wheelchair",
        ),
        (
            r"(?:apahij|apahijon|viklang|viklangon|langdon|andhon|behron|gungon) (?:logon |logo"
            r" )?ko (?:\w+ ){0,4}?ghar (?:baithao|bithao|baitha do|bitha do|mein rakho|pe rakho)",
            "apahij apahijon viklang viklangon langdon andhon behron gungon",
        ),
        (
            r"they (?:breed|multiply|outbreed us),? (?:and |then )?they (?:vote|take over|outvote"
            r" us)",
            "breed multiply outbreed",
        ),
        (
            r"(?:first|next|one more|another) step (?:to|towards|toward|closer to) (?:sharia"
            r"|shariah|the caliphate|a caliphate|an islamic state)",
            "sharia shariah caliphate",
        ),
        # the 1165th set, a Muslim mayor elected: the city welcomed to its caliphate ("Enjoy
        # your new caliphate, New York"; not "the caliphate collapsed in 1924"); citizenship
        # for "people like that" to expire; a people's votes said to be their clerics'
        # orders ("Every Muslim who voted for him did it because the imam told them to",
        # "They don't vote, they obey"); his relatives foretold to bomb the city ("which of
        # his cousins gets a job blowing up the subway")
        # the 1170th set, jokes under a cricket World Cup: a people's celebration where "at
        # least nobody got stoned this time" (not "... nobody got stabbed", said of a derby's
        # fans, no people named); a people's fans "on a day off from cleaning Dubai's
        # toilets"
        (
            rf"(?:{_PEOPLES}|iranians?|saudis?)\b[^\n]{{0,80}}?at least"
            r" (?:nobody|no one|no-one|none of them) (?:got |was |were )?(?:stoned|beheaded"
            r"|blown up|bombed|blew (?:himself|themselves) up)"
            r"|(?:day off|days off|break|holiday|night off) from cleaning (?:\w+(?:'s)? )?"
            r"(?:toilets|gutters|sewers|drains|latrines)",
            "stoned beheaded blown bombed blew cleaning",
        ),
        # the 1177th set, disabled, trans, fat and old politicians: "A cripple running sport"
        # (not 'The word "cripple" was in a leaflet'); "Autistic MPs should be kept away
        # from anything important" (not "... kept away from the press pack, their office
        # asked"); "Trans MPs should be in therapy, not in Parliament"; "Mentally ill, the
        # lot of them"; "The only sport she knows is competitive eating"; "should be put out
        # to pasture, or better, in the ground"
        (
            r"(?:a|this|that|some|the) (?:\w+ )?(?:cripple|spastic|retard|mong|spaz) (?:running"
            r"|in charge of|leading|heading|as (?:a |the )?(?:minister|mp|head|boss|captain"
            r"|chair|leader))\b"
            r"|(?:autistic|disabled|deaf|blind|trans|transgender|gay|lesbian|queer|dyslexic"
            r"|handicapped) (?:mps|ministers|politicians|councillors|people|staff|teachers"
            r"|doctors|officers|judges|folk) should be kept (?:away )?from (?:anything"
            r"|everything|power|office|positions?|important|responsibility|decisions|children"
            r"|kids|schools)\b"
            r"|(?:trans|transgender|gay|lesbian|queer|autistic|disabled) (?:\w+ )?(?:should be"
            r"|belong|need to be|must be|ought to be) in (?:therapy|an? (?:asylum|institution"
            r"|mental hospital|psych ward|loony bin|home))\b"
            r"|mentally ill,? (?:the )?lot of them"
            r"|the only (?:sport|exercise|running|workout) (?:she|he|they) (?:knows?|does|do"
            r"|plays?|gets?) is (?:competitive )?(?:eating|running to the fridge|lifting (?:a )?"
            r"forks?|chewing)"
            r"|should be (?:put|sent|thrown|shipped|packed) [^.!?\n]{0,30}?(?:or better|even"
            r" better|better still|or rather),? (?:in the ground|six feet under|in a box|in a"
            r" coffin|in the grave|buried)",
            "cripple spastic retard mong spaz kept therapy asylum institution hospital ward bin"
            " home ill sport exercise running workout ground feet box coffin grave buried",
        ),
        # the 1174th set, a Dalit woman made a temple priest: the temple's purity said lost
        # to her ("Dalit aurat priest bani hai, kal ko mandir mein sharaab ... Pavitrata
        # khatam"; not "pavitrata ka matlab man ki shuddhta hai"); her people said to
        # pollute the temples, their blood unfit ("These quota priests will pollute every
        # temple", "Their blood isn't fit for the sanctum")
        (
            r"(?:dalit|dalits|chamar|chamaar|bhangi|shudra|shudron|harijan|neech|quota|valmiki"
            r"|mahar|achhoot)\w*\b[^\n]{0,100}?(?:pavitrata|pavitrta|shuddhta|shudhta) (?:khatam"
            r"|khatm|bhang|nasht|gayi|chali gayi|mit gayi)"
            r"|(?:dalit|dalits|chamar|quota|reserved|lower caste|low caste|untouchable|shudra)"
            r" (?:\w+ )?(?:priests?|people|women|men|folk|staff|cooks?) (?:will|would|are going to"
            r"|gonna) (?:\w+ )?(?:pollute|defile|contaminate|dirty) (?:every|the|our|all the"
            r"|each)\b"
            r"|their blood (?:isn'?t|is not|ain'?t) (?:fit|pure|clean|worthy) (?:for|enough"
            r" for) (?:the )?(?:sanctum|temple|altar|deity|god|gods|priesthood|kitchen)",
            "pavitrata pavitrta shuddhta shudhta pollute defile contaminate dirty blood",
        ),
        # the 1173rd set, counter-speech and its twins: a stereotype of a people called no
        # stereotype but a fact ('"Biharis are criminals" isn't a stereotype, it's a crime
        # statistic'; not "... isn't a fact, it's a stereotype"); a people's fertility to be
        # cut by sterilising ("Muslim fertility has fallen? Good, keep sterilising"; not
        # "keep sterilising the bottles"), "sterilise the breeders"
        (
            rf"{_PEOPLES}\b[^.!?\n]{{0,40}}?(?:isn'?t|is not|ain'?t|not) (?:a |an |just a )?"
            r"(?:stereotype|racist|racism|bigotry|prejudice|hate speech|hate),? (?:it'?s|it is"
            r"|that'?s|just|its) (?:a |the |just |simply )?(?:\w+ )?(?:fact|facts|statistic"
            r"|statistics|truth|reality|true|science|data|common sense)\b",
            "stereotype stereotypes racist racism bigotry prejudice hate",
        ),
        (
            rf"(?:{_PEOPLES}|black)\b[^\n]{{0,80}}?(?:keep|start|go on|continue|just)"
            r" sterili[sz]ing\b(?! (?:the |your |baby |those |these )?(?:bottles|jars"
            r"|equipment|instruments|tools|needles|milk|water|dogs|cats|strays))"
            # (not "wash the jars and sterilise them": people named)
            r"|sterili[sz]e (?:these people|those people|every one of them|the breeders|their"
            r" (?:men|women))\b",
            "sterilising sterilizing sterilise sterilize",
        ),
        # the 1168th set: a people listed among "things that need curing" ("Gay Muslims from
        # Bradford, the trifecta of things that need curing"), and "gays need curing" (not
        # "homosexuality was listed as an illness until 1990")
        (
            r"(?:gays?|homosexuals?|lesbians?|trans(?:gender)? (?:people|folk|kids)|queers?"
            r"|homosexuality|being gay|being trans|muslims?|jews?|hindus?|sikhs?|christians?)\b"
            r"[^.!?\n]{0,60}?(?:things?|diseases?|illness(?:es)?|conditions?) (?:that|which)"
            r" (?:need|needs) (?:curing|a cure|treating|treatment)"
            r"|(?:gays?|homosexuals?|lesbians?|trans(?:gender)? (?:people|folk|kids)|queers?"
            r"|homosexuality|being gay|being trans) (?:need|needs|should be|must be) (?:curing"
            r"|cured|treated|fixed|converted)(?! (?:of|for) )",
            "curing cure cured treating treatment treated fixed converted",
        ),
        (
            r"(?:enjoy|welcome to|say hello to|hello to) (?:your|the) (?:new |brand new )?"
            r"(?:caliphate|islamic republic|sharia state|sharia city)",
            "caliphate sharia islamic",
        ),
        (
            r"(?:citizenship|passports?|green cards?) (?:for|of) (?:people|folks|ones|those)"
            r" like (?:that|him|her|them|these|those)\b[^.!?\n]{0,30}?(?:expiry|expire"
            r"|expiration|revoked|stripped|taken away|cancell?ed|canceled)",
            "citizenship passport passports green",
        ),
        (
            r"(?:every|all|each|most) (?:\w+ )?(?:muslims?|hindus?|sikhs?|catholics?|jews?"
            r"|christians?)\b[^.!?\n]{0,40}?because (?:the|their|an?) (?:imam|mullah|maulvi"
            r"|maulana|priest|pastor|rabbi|pandit|bishop)s? (?:told|tells|ordered|orders) them"
            # (of a faith named before it: not "They don't think, they obey" of a party's
            # voters, which is no identity attack)
            r"|(?:muslims?|hindus?|sikhs?|catholics?|jews?|christians?|mormons?)\b[^\n]{0,120}?"
            r"(?:they|these people|those people) (?:don'?t|do not|never) (?:vote|think|decide"
            r"|choose)[,;:]? (?:they|these people|those people) (?:just |only |simply )?(?:obey"
            r"|follow orders)",
            "imam imams mullah mullahs maulvi maulana priest priests pastor rabbi pandit bishop"
            " obey",
        ),
        (
            r"(?:his|her|their|your) (?:cousins?|relatives|brothers?|uncles?|nephews?|family"
            r"|relations)\b[^.!?\n]{0,40}?(?:blowing up|blow up|blows up|to bomb|bombing)"
            r" (?:the |a )?(?:subway|metro|tube|train|trains|bus|buses|city|plane|stadium)",
            "blowing blow blows bomb bombing",
        ),
        (
            r"(?:jews?|jewish (?:\w+ )?(?:voters|people|folks|liberals|leftists|democrats))\b"
            r"[^.!?\n]{0,40}?\b(?:are|is|r|=) (?:\w+ )?kapos?(?![a-z])",
            "kapo kapos",
        ),
        (
            r"(?:hope|hopefully|wish|praying) (?:someone|somebody) (?:takes|will take|would take"
            r"|took) care of (?:this|the|that) (?:problem|issue|guy|man|woman|situation) before"
            r" (?:he|she|they)(?:'?s| is| are| gets?| get)? (?:sworn in|takes? office|inaugurated"
            r"|takes? his seat|takes? her seat)",
            "sworn inaugurated office seat",
        ),
        # the 1033rd set, a thread under a Channel drowning: "Invaders, not refugees" (not
        # "refugees, not invaders", the reply)
        (
            r"(?:invaders|an invasion|invasion|occupiers|colonisers|colonizers),? not (?:refugees"
            r"|migrants|asylum seekers|immigrants)",
            "invaders invasion occupiers colonisers colonizers",
        ),
        # the 1034th set, sarcasm: "Slow clap for the Muslim boy who didn't blow anything up
        # at his graduation": a people's young praised for not being terrorists
        (
            r"(?:muslim|arab|pakistani|afghan|somali|syrian|palestinian)s?\b[^.!?\n]{0,40}?\b"
            r"(?:who |that )?(?:didn'?t|did not|never|hasn'?t|has not|doesn'?t|does not) (?:blow"
            r"|blown|blew) (?:anything|anyone|something|himself|herself|themselves|a thing"
            r"|it all|nothing) up",
            "blow blown blew",
        ),
        # trans people said to be neither, and good for nothing: "Na mard na aurat, ye kya
        # kaam ka" (the 1012th set; not "Na mard na aurat, samaj ne unhe kabhi jagah nahi di")
        (
            r"(?:na|naa) (?:mard|aadmi) (?:na|naa|aur na) (?:aurat|aurath)[^.!?\n]{0,20}?(?:kya"
            r" kaam|kis kaam|kisi kaam|bheekh|bhikh|bekaar|bekar)",
            "mard aadmi",
        ),
        (
            r"(?:shaadi|shaadiyon|shadi|byah|byaah) (?:mein|me) (?:naachne|nachne|nachane|taali"
            r" bajane|tali bajane) (?:ke liye )?(?:bulao|bulaao|bhejo|bhej do)[^.!?\n]{0,20}?"
            r"(?:aukat|aukaat|auqat|kaam|layak)",
            "naachne nachne nachane taali tali",
        ),
        (
            # (and "ab Assam ko Bangladesh banane mein der nahi", the 1014th set)
            r"(?:yahan|yaha|idhar|isko|is desh ko|india ko|bharat ko|hindustan ko|society ko"
            r"|mohalle ko|gaon ko|assam ko|bengal ko|kerala ko|kashmir ko|delhi ko|mumbai ko"
            r"|uk ko|britain ko|england ko|london ko|europe ko|america ko)"
            r" (?:bhi )?(?:mini |chhota |chota |doosra |dusra )?(?:pakistan|bangladesh)"
            r" (?:bana denge|bana dege|banayenge|bana dalenge|bana daalenge|bana dete hain"
            r"|bana dete h|banane (?:mein|me|mai) (?:der|time) nahi|banane wale hain)",
            "pakistan bangladesh",
        ),
        (
            r"(?:jooti|juti|joote|jute|jooton|juton) ki nok (?:pe|par) (?:rakhna|rakho|rakhenge"
            r"|rakhte|rakhna chahiye)",
            "nok",
        ),
        (
            # (and "hukka paani band hi rehna chahiye", the 1020th set)
            r"(?:hukka|huqqa)[ -]?(?:paani|pani) (?:band|bandh) (?:karo|kar do|kardo|karwao"
            r"|karwa do|rakho|(?:hi )?rehna chahiye|(?:hi )?rahna chahiye)(?![a-z])"
            r"|(?:logon|logo|log|inko|unko|inhe|unhe|sabko) ko (?:\w+ )?(?:gaon|mohalle|society"
            r"|basti|shahar) (?:mein|me) (?:rehne|rahne) (?:hi )?(?:mat|na|nahi) (?:do|dena|denge)",
            "hukka huqqa rehne rahne",
        ),
        (
            r"(?:they'?ll|they will|theyll|they(?:'?re| are) going to) (?:all )?be (?:raping"
            r"|molesting|grooming|attacking) (?:our|your|the) (?:daughters|women|wives|girls|kids"
            r"|children)",
            "raping molesting grooming attacking",
        ),
        (
            r"see how long (?:your|ur|their|his) (?:wife|wives|daughter|daughters|kids|women"
            r"|girlfriend|sister|sisters|mum|mother) (?:lasts?|survives?|stays? safe)",
            "wife wives daughter daughters kids women girlfriend sister sisters mum mother",
        ),
        (
            r"breed (?:faster|quicker) than (?:we|you|they|anyone) (?:can|could)",
            "breed",
        ),
        (
            r"(?:bet|betcha|i bet) (?:she|he|they) smells? like (?:a |an |the )?(?:spice"
            r"|curry|rest of them|kebab|masala|camel|goat|7-eleven|corner shop)"
            r"|(?:white house|office|parliament|country|town|street|building|school|house"
            r"|council) smelling like (?:a |an )?(?:spice|curry|7-eleven|7 eleven|seven eleven"
            r"|kebab|masala|corner shop)",
            "smells smell smelling",
        ),
        (
            r"(?:ye log|yeh log|ye sab|in logon|inke log|mulle|katue|musalman|muslim)\w*"
            r" (?:\w+ )?jahan (?:bhi )?(?:jaate|jate|rehte|bas jaate|baste) (?:hain|h|he)"
            r" (?:wahan|waha|wahin|udhar) (?:\w+ )?(?:gandagi|jihad|aatank|dange|jhagde|kachra"
            r"|bimari|bimariyan)",
            "jahan",
        ),
        (
            r"kal ko love jihad|love jihad (?:hoga|karenge|karega|karne|karte)",
            "jihad",
        ),
        (
            r"(?:muslim|muslimon|musalman|musalmanon|mulle|mullon|dalit|daliton|isai|isaiyon"
            r"|christian|christians)\w* ko (?:ghar|flat|zameen|dukaan|dukan|makaan|plot)"
            r" (?:bechne|dene|kiraye pe dene) (?:wale|walon|waale)[^.!?\n]{0,30}?(?:bahishkar"
            r"|boycott)",
            "bahishkar boycott",
        ),
        (
            r"(?:dalit|dalito|daliton|chamar|chamaron|bhangi|bhangiyon|neech|inke|unke|in logon)"
            r"\w*(?: ke)? (?:haath|haathon|hath) (?:ka|ki|se) (?:\w+ )?(?:khana|khaana|paani|pani"
            r"|bhojan|roti)[^.!?\n]{0,40}?(?:neech|ashuddh|apavitra|bhrasht|napaak)",
            "haath haathon hath",
        ),
        (
            r"(?:gangajal|ganga jal|ganga ke pani|gaumutra) se (?:\w+ )?(?:bartan|ghar|rasoi"
            r"|school|jagah|kitchen) (?:dhulwao|dhulwa do|dho do|dhona padega|saaf karo"
            r"|dhulwana padega)",
            "gangajal ganga gaumutra",
        ),
        # the thirty-first round (sets 690-695): neighbours "waiting to cut the throat" of a
        # returning Pandit family; Pandits called cowards as a people; "har kashmiri
        # musalman ke ghar mein ek aatanki"; a people called black crows; "they all stink
        # of sweat and garlic"; "one less turban on the road, good"
        (
            r"(?:gala|gardan|galaa) (?:kaatne|katne|kaatne|kaat ne) (?:ka|ki) (?:intezaar|intzaar"
            r"|intezar|mauka|plan|taiyari)",
            "gala gardan galaa",
        ),
        (
            r"(?:pandit|pandito|panditon|kashmiri pandit|pandat)\w* (?:log )?(?:\w+ ){0,4}?darpok"
            r"|darpok (?:pandit|panditon|pandito)",
            "darpok",
        ),
        (
            r"har (?:\w+ )?(?:musalman|muslim|mulle|mulla|kashmiri|pakistani|bangladeshi)\w* ke"
            r" ghar (?:mein|me) (?:ek )?(?:aatanki|atanki|aatankwadi|terrorist|jihadi)",
            "aatanki atanki aatankwadi terrorist jihadi",
        ),
        (
            r"(?:sab|ye|tum|tu|log|ye log|saare|sare)\b[^.!?\n]{0,30}?(?:kaale|kale|kaala|kala)"
            r" (?:kauwe|kauve|kaue|kawwe|kauwa|kaua) (?:hain|ho|hai|h|he)",
            "kauwe kauve kaue kawwe kauwa kaua",
        ),
        (
            # (and "they smell like curry", the 1089th set)
            r"(?:they|these people|those people|you lot|them|their lot|you people|all of them)"
            r" (?:all )?(?:stink|smell|reek) (?:of|like) (?:sweat|garlic|curry|fish|onions"
            r"|spices?|masala|b\.?o)",
            "stink smell reek",
        ),
        (
            r"one less (?:turban|hijab|burqa|paki|muslim|migrant|refugee|immigrant|sikh|jew|gypsy"
            r"|traveller|pikey|tranny|dalit|mulla|katua)s? (?:on the road|in the country|on the"
            r" streets|to worry about|in town|in the world)?,? (?:good|great|fine by me|no loss"
            r"|who cares|good riddance)"
            # ... in Hindi ("Ek Khalistani kam hua, desh ka bojh halka hua", the 1107th set, a
            # farmer's death at the Shambhu border; not "Ek aur kisan kam hua, aur sarkar ko
            # farak nahi padta")
            r"|(?:ek|do|aur ek|ek aur) (?:khalistani|mulla|mulle|katua|katwa|jihadi|aatanki"
            r"|pakistani|bangladeshi|ghuspaithiya|ghuspaithiye|sardar|bihari|madrasi|chamar"
            r"|rohingya)s? (?:kam|kum) (?:hua|ho gaya|hue|ho gaye)",
            "turban turbans hijab hijabs burqa burqas paki pakis muslim muslims migrant migrants"
            " refugee refugees immigrant immigrants sikh sikhs jew jews gypsy gypsys traveller"
            " travellers pikey pikeys tranny trannys dalit dalits mulla mullas katua katuas"
            " khalistani mulle katwa jihadi aatanki pakistani bangladeshi ghuspaithiya"
            " ghuspaithiye sardar bihari madrasi chamar rohingya",
        ),
        # the thirty-second round (sets 697-701): gay men to be sent to a mental hospital; a
        # person called a disease spreading; "the holocaust industry"; a state said to become
        # Bangladesh by a people's numbers; a people kept out of a village
        (
            r"(?:aise|in|un|ye|inko|unko|aison) (?:logon |log )?ko (?:mental hospital|pagalkhane"
            r"|pagal khane|asylum|pagalkhana) (?:bhejna chahiye|bhejo|bhej do|mein daalo|mein"
            r" dalo|bhejna padega)",
            "pagalkhane pagalkhana pagal hospital asylum",
        ),
        (
            r"(?:he'?s|she'?s|they'?re|he is|she is|they are|you'?re|you are) (?:a |an |like a )?"
            r"(?:disease|cancer|plague|virus|infection) (?:spreading|eating|that spreads|on (?:this"
            r"|our|the) )",
            "disease cancer plague virus infection",
        ),
        (
            r"(?:the )?holocaust (?:industry|racket|business|scam)",
            "holocaust",
        ),
        (
            r"(?:aabadi|abadi|population|jansankhya)[^.!?\n]{0,60}?(?:bhi )?(?:bangladesh|pakistan)"
            r" ban (?:jayega|jaega|jaayega|jayegi|jaegi)",
            "aabadi abadi population jansankhya",
        ),
        (
            r"(?:bangaliyon|bangladeshiyon|biharion|bihariyon|mullon|katuon|musalmanon|isaiyon"
            r"|daliton|chamaron|rohingyaon|miyaon|bhaiyyon) ko (?:\w+ )?(?:gaon|mohalle|society"
            r"|basti|shahar|desh) (?:mein|me) (?:ghusne|aane|rehne|rahne) (?:mat|na|nahi) (?:do"
            r"|dena|denge)",
            "ghusne aane rehne rahne",
        ),
        # a Bihar poll thread: a caste's "pille" (pups), "tere jaise gwalon", "tu bihari hi
        # rahega", "gaand dhone ka paani bhi nahi", a people's vote to be taken away, "tu
        # apni shakal dekh"
        (
            r"(?:yadav|yadavon|chamar|chamaron|bhangi|dalit|mulle|mulla|katue|katua|bihari"
            r"|pandit|thakur|jat|jaat|gujjar|baniya|brahmin|musalman|muslim|hindu|sikh|sardar"
            r"|isai|isaai|madrasi) ke (?:pille|pilley|pillon|pilla|suar|suwar|kutte|kuttey)",
            "pille pilley pillon pilla suar suwar kutte kuttey",
        ),
        (
            r"(?:tere|tum|tumhare|aap|tujh) jaise (?:\w+ )?(?:gwalon|gwale|gwaale|gwalo|gawar"
            r"|gawaron|ganwar|ganwaron|chamaron|bhangiyon|mullon|katuon|bihariyon|biharion"
            r"|madrasiyon)"
            r"|(?:tu|tum|aap) (?:\w+ )?(?:bihari|chamar|bhangi|madrasi|gawar|ganwar|gwala|mulla"
            r"|katua) hi (?:rahega|rahoge|rahegi|rahenge)"
            # a Muslim woman among the readers: "teri jaisi burkhe waali ko kya pata" (the
            # 723rd set)
            r"|(?:teri|tum|tumhari|aap) jaisi (?:\w+ )?(?:burkhe|burqe|burke|hijabi)"
            r"(?: waali| wali| waaliyon| waliyon)?",
            "gwalon gwale gwaale gwalo gawar gawaron ganwar ganwaron chamaron bhangiyon mullon"
            " katuon bihariyon biharion madrasiyon bihari chamar bhangi madrasi gwala mulla katua"
            " burkhe burqe burke hijabi",
        ),
        (
            r"gaand (?:dhone|dhulne|dhoney) (?:ka|ko|tak ka) (?:paani|pani)",
            "gaand",
        ),
        (
            r"(?:inka|unka|in logon ka|un logon ka|sabka|in sabka|inki|unki) (?:voting right|voting"
            r" rights|vote ka adhikar|vote ka haq|vote ka hak|matadhikar|nagrikta|citizenship"
            r"|vote) (?:\w+ )?(?:cheen|chheen|chhin|chin|cheeno|chheeno|khatam|radd|band)"
            r" (?:lo|lena chahiye|liya jaye|karo|kar do|do)",
            "cheen chheen chhin chin cheeno chheeno khatam radd band",
        ),
        (
            r"(?:tu|tum|pehle|phele) (?:pehle |phele )?apni (?:shakal|shakl|soorat|surat|shaql)"
            r" (?:dekh|dekho|dekh le|dekhi hai|dekhi h)",
            "shakal shakl soorat surat shaql",
        ),
        # a people called termites in Hindi: "In deemak ko Gurgaon se saaf karo" (the 483rd
        # set; not "bhrashtachar desh ki deemak hai", corruption as the termite)
        (
            r"(?:in|un|ye|yeh|inn|unn|sab|saare) (?:deemak|dimak|deemakon|dimakon) (?:ko|se|ka"
            r"|hain|hai)",
            "deemak dimak deemakon dimakon",
        ),
        # the thirty-fourth round (sets 708-712): a people born terrorists ("har Pakistani
        # paida hi aatankwadi hota hai"; not "koi paida hi aatankwadi nahi hota"); "a failed
        # race ... only good at breeding terrorists"; a people said to smell of gutters;
        # "Dalits are born to serve" (not "born to serve the country")
        (
            r"(?:har|sab|saare|sabhi) (?:ek )?(?:pakistani|musalman|musalmaan|muslim|mulla|mulle"
            r"|katua|katue|hindu|sikh|sardar|isai|dalit|chamar|bihari|bangladeshi|kashmiri|miya"
            r"|rohingya|afghani|arab) (?:\w+ )?(?:paida hi|paida hote hi|paidaishi|janm se|janam"
            r" se) (?:\w+ )?(?:aatankwadi|atankwadi|aatanki|terrorist|jihadi|gaddar|gaddaar|chor"
            r"|deshdrohi|rapist|balatkari|lutera|lutere)",
            "paida paidaishi janm janam",
        ),
        (
            r"(?:are|r|is) (?:a )?failed (?:race|breed|people)(?! for)"
            r"|(?:good at|good for|busy|keep|kept|only) breeding (?:terrorists|jihadis|criminals"
            r"|rapists|suicide bombers)",
            "failed breeding",
        ),
        (
            # (people: "these drains smell like sewers", "they smell of curry" are smells)
            r"(?:(?:these|those) (?:\w+ ){0,3}?people (?:all |still |always )?|they all )(?:smell"
            r"|stink|reek) (?:like|of) (?:the )?(?:gutters?|sewers?|shit|piss|dung|garbage|drains?"
            r"|cow ?dung|goats?|curry)"
            r"|they (?:still |always )?(?:smell|stink|reek) (?:like|of) (?:the )?(?:gutters?"
            r"|sewers?|slums?|drains?) (?:they|you) (?:came|crawled|come)",
            "smell stink reek",
        ),
        (
            r"(?:dalits|shudras|blacks|women|muslims|they|these people) (?:are|were) born to"
            r" (?:serve|clean|be (?:slaves|servants|ruled))(?! (?:the|their|our|this|his|her)"
            r" (?:country|nation|people|community|public|party))",
            "born",
        ),
        # the thirty-fifth round (sets 713-717): "the only thing Muslims ever brought to
        # London is knives"; "wants your daughters in burkas" (not "the only thing they
        # brought was a cake")
        (
            r"(?:the )?only (?:thing|things) (?:muslims|immigrants|migrants|pakistanis|africans"
            r"|blacks|somalis|arabs|refugees|they|these people) (?:have )?(?:ever )?(?:brought"
            r"|bring|gave|give|contributed|contribute) (?:to \w+ |us |here )?(?:is|are|was"
            r"|were) (?:\w+ )?(?:knives|knife crime|crime|rape|rapes|terror|terrorism|grooming"
            r"|drugs|disease|diseases|stabbings|violence)",
            "brought bring gave give contributed contribute",
        ),
        (
            r"(?:wants?|want to|wanting|will have|plans? to put) (?:your|our) (?:daughters|wives"
            r"|women|girls|kids|children|sisters) in (?:burkas|burqas|burkhas|hijabs|niqabs)",
            "burkas burqas burkhas hijabs niqabs",
        ),
        # the thirty-sixth round (sets 718-722): a couple thrown out "warna baaki ladke bhi
        # bigad jayenge"; "Sikh qaum hi aisi hai"
        (
            r"(?:nikaal|nikal|nikalo|bhaga|bhagao|hatao|hata)(?: do| dena)?,? (?:warna|varna"
            r"|nahi to|nahi toh) (?:\w+ ){0,4}?bigad (?:jayenge|jaayenge|jayengi|jaayengi"
            r"|jaenge)",
            "bigad",
        ),
        (
            r"(?:sikh|muslim|musalman|hindu|isai|punjabi|bihari|sardar|jatt|jat|yadav|dalit"
            r"|pakistani|bangladeshi|kashmiri|bengali|madrasi|gujarati|marwari) (?:qaum|kaum|jaat"
            r"|jaati|biradari) (?:hi )?(?:aisi|aise|waisi|aisa) (?:hai|h|hain|hoti hai"
            r"|hote hain)",
            "qaum kaum jaat jaati biradari",
        ),
        # "har Waqf ke peeche ek jihadi" (the 723rd set)
        (
            r"har (?:\w+ )?(?:\w+ ke )?(?:peeche|piche|pichhe) (?:ek )?(?:jihadi|aatankwadi"
            r"|atankwadi|terrorist|mulla|katua)",
            "peeche piche pichhe",
        ),
        # the forty-third round (sets 735-736): a landslide's dead called God's punishment
        # for eating beef ("God's own country got God's own punishment. That's what happens
        # when you slaughter cows"; not "'God's own punishment' - a sitting MLA tweeted
        # this", which names no people's practice)
        (
            r"(?:god'?s|gods|divine|karma'?s|bhagwan ki|bhagwaan ki|upar wale ki|ishwar ki)"
            r" (?:own )?(?:punishment|justice|revenge|wrath|saza|sazaa|lathi)[^\n]{0,120}?"
            r"(?:beef|cows?|gau ?mata|gaay|gai|gaumata)"
            r"|(?:that'?s|this is|thats) what happens when (?:you|they|people|these people)"
            r" (?:slaughter|kill|eat|butcher) (?:cows|beef|the cow|gau ?mata|our gau ?mata)"
            r"[^\n]{0,120}?(?:punishment|justice|revenge|wrath|karma|deserved?)",
            "punishment justice revenge wrath saza sazaa lathi karma deserve deserved",
        ),
        # the forty-sixth round (sets 741-742): a reader with a Muslim name handed a ticket
        # ("@Imran bhai tumhara number kab aayega? One way ticket to Karachi ready rakho"; not
        # "One way ticket to Karachi? My grandfather bought one in 1947"), and a people's
        # loyalty denied ("Muslims ko citizenship kabhi nahi milni chahiye, ye desh ke kabhi
        # wafadaar nahi ho sakte"; not "ye neta desh ke wafadaar nahi", no people named)
        (
            r"(?:one[ -]way )?tickets? (?:to|for) (?:karachi|lahore|pakistan|islamabad|dhaka"
            r"|bangladesh|pak) (?:\w+ )?(?:ready|tayyar|taiyar|taiyaar|book|kata|katwa|le lo"
            r"|nikalo|nikaal|rakho|rakh lo|karwa lo|kara lo)"
            # ... in Hindi's order ("Inko bech do flat aur Pakistan ka ticket de do", the 1116th
            # set)
            r"|(?:pakistan|karachi|bangladesh|dhaka) (?:ka|ki) (?:one way )?(?:ticket|flight"
            r"|bus) (?:de do|dedo|kata do|katwa do|thama do|pakda do|de dena|kaat do)",
            "ticket tickets",
        ),
        (
            r"(?:muslims?|musalman|musalmaan|musalmano|musalmanon|mulle|mullon|miyan|miya"
            r"|christians?|isai|sikhs?|hindus?|dalits?|kashmiri|kashmiris)[^\n]{0,100}?(?:desh"
            r"|bharat|india|hindustan|mulk|watan) (?:ke|ka|ki) (?:kabhi )?(?:wafadaar|wafadar"
            r"|vafadar|vafaadar|wafaadar) (?:kabhi )?(?:nahi|nhi|nahin) (?:ho sakte|hote|hain"
            r"|hai|honge|ho sakta|hota)",
            "wafadaar wafadar vafadar vafaadar wafaadar",
        ),
        # the forty-eighth round (sets 744-745): a people said to rape "our daughters"
        # ("These invaders rape our daughters and the police look the other way"; not "the
        # inquiry found the gangs groomed girls in care"), and women in hijabs likened to bin
        # bags or letterboxes ("like a bunch of ninja binbags"; not "binbags piled up")
        (
            # (and a person's people: "Aziz and his kind have been raping our girls for
            # decades", round 538; not "Aziz and his lawyer have been saying for months")
            r"(?:they|these|those|these people|these men|those men|invaders|them"
            r"|(?:his|her|their) (?:kind|lot|people|tribe)|muslims|pakis|pakistanis|migrants"
            r"|immigrants|refugees|asylum seekers|foreigners|africans|albanians|afghans)"
            r"(?: \w+)?"
            r" (?:rape|raping|are raping|groom|grooming|are grooming|prey on|are preying on"
            r"|been raping|been grooming)"
            r" our (?:daughters|women|girls|kids|children|wives|sisters)",
            "rape raping groom grooming prey preying",
        ),
        (
            r"(?:hijabs?|burqas?|burkas?|burkhas?|niqabs?|veils?|hijabis|hijabi|burqa-clad"
            r"|veiled women)[^.!?\n]{0,60}?like (?:a |some )?(?:bunch of |load of |pack of"
            r" |walking )?(?:ninja )?(?:bin ?bags|binbags|letter ?boxes|letterboxes|bank robbers"
            r"|ninjas|tents|crows|penguins|daleks|ghosts)"
            # ... or "one dressed like a letterbox" (the 1096th set, a hijabi referee)
            r"|(?:dressed|dresses|dressing) (?:up )?like (?:a |some )?(?:bin ?bag|binbag"
            r"|letter ?box|letterbox|bank robber|ninja)s?(?![a-z])",
            "binbags bin bags letterboxes letterbox ninjas ninja tents penguins crows daleks",
        ),
        # the forty-ninth round (sets 746-747): disabled people kept out of sight ("Keep them
        # in care homes where they belong, not on the newsstand"; not "care homes are
        # underfunded"), and a disabled child called "it" ("If my kid had that I'd put it up
        # for adoption the day it was born"; not "put it up on the wall")
        (
            r"(?:keep|lock|put|send|shut) (?:them|these people|those people|people like (?:her"
            r"|him|them)|her|him)(?: away| up| back)? (?:in|into|to) (?:care homes|homes"
            r"|institutions|asylums|an asylum|the asylum|mental homes|special schools|cages|the"
            r" zoo|zoos),? where (?:they|she|he) belongs?"
            # ... or wished left there ("Should've been left in the care home where she
            # belongs", the 1590th set, a wheelchair user's first day in the Commons)
            r"|(?:left|kept|locked up|put away) in (?:a |the )?(?:care homes?|institutions?"
            r"|asylums?|mental homes?|special schools?),? where (?:they|she|he) belongs?",
            "belong belongs",
        ),
        (
            r"(?:kid|child|baby|son|daughter)[^.!?\n]{0,60}? (?:put|give) it (?:up )?for"
            r" adoption",
            "adoption",
        ),
        # the fiftieth and fifty-first rounds (sets 748-751): "Black skin, black heart"; race
        # science ("Dravidian stock is inferior"; not "inferior infrastructure"); a people
        # called anti-national in Hindi ("Madrasi log hamesha se anti-national rahe hain")
        (
            r"(?:black|kaali|kali|dark) (?:skin|chamdi|chamri),? (?:black|kaala|kala|dark)"
            r" (?:heart|dil|soul|mind|man)",
            "heart dil soul",
        ),
        (
            r"(?:dravidian|aryan|african|black|white|asian|indian|jewish|arab|muslim|hindu"
            r"|tamil|bengali|bihari|negro|brown) (?:stock|race|blood|genes|gene pool|breed)"
            r" (?:is|are|was) (?:genetically |naturally |simply |clearly |just )?(?:inferior"
            r"|subhuman|lesser|degenerate|weaker|dirty|impure)",
            "stock race blood genes pool breed",
        ),
        (
            r"(?:madrasi|madrasis|bihari|bihariyon|ghati|bangali|bengali|kashmiri|kashmiriyon"
            r"|musalman|musalmaan|muslim|mulle|sikh|sardar|sardaron|isai|tamil|punjabi"
            r"|pahadi|assamese|manipuri|dalit|dalito|daliton) (?:log |logon |sab |saare )?"
            r"(?:hamesha se |toh |sab |saare |bhi )?(?:anti[- ]?national|antinational|deshdrohi"
            r"|desh drohi|gaddar|gaddaar|desh ke dushman) (?:rahe hain|rahe|hain|hote hain|hai"
            r"|h|the)(?![a-z])",
            "anti antinational national deshdrohi drohi gaddar gaddaar dushman",
        ),
        # the fifty-second round (sets 752-753): a woman boxer called a man ("That's a man.
        # Look at the jaw", "It's a dude, and ..."; not "that's a man who knows his job"), a
        # "bloke in a skirt" (two older known misses held with it: "a bloke in a frock on the
        # parish council", "a bloke in a wig in charge of 400 kids"), "these freaks should be
        # banned" (not "freak weather", "Freaks and Geeks"), "aadmi ko aurat bana ke"
        (
            r"(?:that'?s|thats|she'?s|shes|she is|it'?s|its) (?:a |clearly a |obviously a"
            r" |definitely a |biologically a |just a )(?:man|bloke|dude|guy|male)(?=\s*(?:[.!,]|$"
            r"|and\b))"
            # "It's a mentally ill man in a dress, and people voted for it" (the 878th set;
            # not "that's a man in a dress, it's panto": a dame, unnamed as ill)
            r"|(?:that'?s|thats|it'?s|its|she'?s|shes|she is) (?:a |just a )(?:mentally ill"
            r"|sick|confused|deluded|delusional|disturbed|mental) (?:man|bloke|dude|guy|male)"
            # (and "... it's a mentally ill man in lipstick", round 583, of a mayor named)
            r" in (?:a )?(?:dress|skirt|saree|sari|wig|frock|lipstick|make-?up|heels)"
            # ... and so forever: "Carter, you will always be a man, you freak" (round 524), "he'll
            # still be a man when they bury him" (round 513; not "he will always be a man of his
            # word")
            r"|(?:you|u|she|he|shes|hes|[a-z]+)(?:'?ll| will| is| s)? (?:always|still) be a"
            r" (?:man|bloke|guy|dude|male)(?=\s*(?:[.!?,;]|$| when| whatever| no matter))"
            # (and "Jenna Hart is a man and always will be, whatever the ballot says", round
            # 583; not "Jenna Hart is a mayor now")
            r"|(?:she|shes|[a-z]+)(?:'?s| is) a (?:man|bloke|guy|dude|male) and (?:always|forever)"
            r" will be(?=\s*(?:[.!?,;]|$| whatever| no matter))",
            "man bloke dude guy male",
        ),
        (
            # (not "man": "a man in a dress on stage is panto", a dame)
            r"(?:a |some |the )?(?:bloke|blokes|dude|dudes|guy|guys|fella|fellas) in"
            # ("Carter is a bloke in a swimsuit", round 524)
            r" (?:a )?(?:skirts?|dress|dresses|frocks?|wigs?|lipstick|heels|swimsuits?|bikinis?"
            r"|leotards?)(?! (?:shop|code|rehearsal))",
            "skirt skirts dress dresses frock frocks wig wigs lipstick heels swimsuit swimsuits"
            " bikini bikinis leotard leotards",
        ),
        (
            r"(?:these|those) freaks (?:should|must|need to|deserve|don'?t belong|do not belong"
            r"|have no place|belong"
            # ("These freaks want to chop up our children", round 583; not "These councils
            # want to chop our bus routes")
            r"|want to (?:chop|mutilate|castrate|groom|butcher|sterili[sz]e|cut) (?:up )?(?:our"
            r"|your|the) (?:children|kids|sons|daughters|boys|girls))",
            "freaks",
        ),
        (
            r"aadmi ko aurat (?:bana|banaa) (?:ke|kar|kr|diya|dete|dena)",
            "aadmi",
        ),
        # the fifty-third round (sets 754-755): "unka is desh mein kya kaam?" (what business
        # have they in this country), "Pakistan mein Holi nahi hoti, wahan jao"
        (
            r"(?:unka|inka|tumhara|tera|unki|inki|aise logon ka|in logon ka) (?:is desh mein"
            r"|yahan|hindustan mein|bharat mein|india mein|is mulk mein) kya kaam"
            r"|pakistan (?:\w+,? ){0,5}?(?:wahan|wahin|waha|udhar) (?:jao|chale jao|chalo|bhejo"
            r"|jaaiye|jaiye|nikal jao)(?! (?:dekhne|khelne|ghoomne|padhne))",
            "kaam wahan wahin waha udhar",
        ),
        # the fifty-fourth and fifty-fifth rounds (sets 756-759): a reporter's whole people
        # said to write against the country ("inki poori kaum hi desh ke khilaaf likhti
        # hai"); "third-world invaders" and the great replacement welcomed as fact (not "the
        # great replacement conspiracy theory drove the Buffalo shooter"); a people's worship
        # mocked with a put-down after it ("Those people worship cows and rats, they're not
        # fit ..."; not "Hindus worship cows" alone)
        (
            r"(?:inki|unki|iski|uski|teri|tumhari|in logon ki) (?:poori|puri|saari|sari)"
            r" (?:kaum|qaum|jaat|biradari|community) (?:hi |bhi )?(?:desh ke khilaaf|gaddar"
            r"|gaddaar|deshdrohi|aatankwadi|atankwadi|anti[- ]?national)",
            "kaum qaum jaat biradari community",
        ),
        (
            r"(?:third[- ]world|brown|muslim|islamic|indian|asian|african|foreign) invaders"
            r"|(?:the )?great replacement (?:in real time|is (?:real|happening|here|coming)"
            r"|happening|has begun)",
            "invaders replacement",
        ),
        (
            r"(?:those people|these people|they|hindus|indians|muslims|those|these) (?:all )?"
            r"worship (?:cows|rats|monkeys|snakes|cow dung|idols|stones)(?: and (?:cows|rats"
            r"|monkeys|snakes))?[^.!?\n]{0,60}?(?:not fit|unfit|primitive|savages?|backward"
            r"|disgusting|filthy|subhuman|animals)",
            "worship",
        ),
        # the fifty-sixth and fifty-seventh rounds (sets 760-763): students by quota said
        # unworthy of their institute ("Quota se aaye ho ... Ye log IIT ke laayak hi nahi
        # hote"; not "ye log desh chalane ke laayak nahi", said of politicians, with no quota
        # before it); a faith "incompatible with British values" (not quoted from an MP
        # suspended for it); a people said to breed ("Mohammedans breed and we pay ..."; not
        # "breed goats"); a people said to have turned a city into a sewer; a pig's head to
        # be put at their places (not "Pig's head left at a mosque - police have charged a
        # man")
        (
            r"(?:quota|reservation|aarakshan|reserved)[^\n]{0,80}?(?:ye|yeh|aise|in|inke jaise)"
            r" log (?:\w+ ){0,3}?(?:ke )?(?:laayak|layak|laiq|kaabil|kabil) (?:hi )?(?:nahi|nahin"
            r"|nhi) (?:hote|hain|hai|h)",
            "laayak layak laiq kaabil kabil",
        ),
        (
            r"(?:islam|muslims|hinduism|hindus|sikhism|sikhs|judaism|jews|christianity"
            r"|christians|sharia) (?:is|are) (?:fundamentally |simply |completely |totally )?"
            r"incompatible with (?:british|western|european|american|indian|our|civilised"
            r"|civilized|democratic|modern) (?:values|culture|society|way of life|democracy"
            r"|civilisation|civilization)",
            "incompatible",
        ),
        (
            r"(?:mohammedans|muslims|muzzies|pakis|immigrants|migrants|hindus|indians"
            r"|africans|blacks|mexicans|somalis|arabs|mullahs|mulle|miyan|miyas|refugees)"
            r" (?:just |all |only |simply )?(?:breed|multiply|spawn)(?! (?:dogs|horses|cattle"
            r"|pigs|sheep|goats|chickens|cats|fish|livestock|camels|cows|buffaloes))(?![a-z])",
            "breed multiply spawn",
        ),
        (
            r"(?:muslims|mohammedans|immigrants|migrants|pakis|hindus|indians|africans|blacks"
            r"|somalis|asylum seekers|refugees|they|these people) have turned (?:every |our"
            r" |this |the |each )?(?:\w+ )?(?:city|cities|town|towns|country|street|streets"
            r"|area|areas|neighbourhood|neighborhood) into (?:a |an )?(?:sewer|shithole|dump"
            r"|warzone|war zone|cesspit|cesspool|slum|ghetto|hellhole|toilet)",
            "sewer shithole dump warzone war cesspit cesspool slum ghetto hellhole toilet",
        ),
        (
            # (an order: not "the guy who put a pig's head at the flat was arrested")
            r"(?<!who\s)(?<!he\s)(?<!she\s)(?<!they\s)(?<!someone\s)(?<!somebody\s)"
            r"(?<!had\s)(?<!have\s)(?<!man\s)(?<!guy\s)(?<!men\s)"
            r"(?:put|leave|throw|hang|place|nail|stick|dump) (?:a |some )?pig'?s? (?:heads?|blood"
            r"|carcass|carcasses|ears?) (?:under|on|outside|at|in front of|in|on the doors? of)"
            r" (?:every|each|the|their|those|that|a|all)",
            "pig pigs",
        ),
        # the fifty-eighth round (sets 764-765): Nepali guards called thieves or drunks ("Ye
        # bahadur log sab chor hote hain", "Daaru peeke soye rehte hain ye pahadi, koi kaam
        # ke nahi"; not "Bahadur Shah Zafar", "pahadi log ki Maggi"), and put in their place
        # ("bas yahi aukaat hai inki"; not "apni aukaat dekhein")
        (
            r"(?:bahadur|pahadi|nepali|nepaliyon|bihari|madrasi|bengali|bangali|kashmiri"
            r"|punjabi|sardar|marwari|gujarati|chinki|adivasi|jungli) log (?:sab |saare"
            r" |hamesha |toh )?(?:chor|gaddar|jaahil|ganwar|gande|kamine|lutere|nashedi"
            r"|daarubaaz|kaamchor|nikamme|dhokebaaz) (?:hi )?(?:hote|hain|hai|the|h)",
            "chor gaddar jaahil ganwar gande kamine lutere nashedi daarubaaz kaamchor nikamme"
            " dhokebaaz",
        ),
        (
            r"(?:daaru|daru|sharab|nasha)[^.!?\n]{0,40}?(?:ye|yeh|sab|saare) (?:bahadur|pahadi"
            r"|nepali|bihari|madrasi|bengali|adivasi|jungli)(?: log)?,? (?:\w+ ){0,2}?(?:koi|kisi)"
            r" kaam ke nahi",
            "kaam",
        ),
        (
            r"(?:bas |sirf )?yahi (?:hai )?(?:aukaat|aukat|aukaad) (?:hai )?(?:inki|unki|tumhari"
            r"|teri|iski|uski|in logon ki|in sab ki)",
            "aukaat aukat aukaad",
        ),
        # the "rice bag" jibe in Hindi: "Isai log chawal ki bori ke liye dharam bech dete
        # hain" (the 743rd set; not "dharam badla tha, chawal ke liye nahi, school ke liye")
        (
            r"(?:chawal|chaawal|chaval|rice) (?:ki|ke) (?:ek )?(?:bori|bore|boriyon|bag|packet"
            r"|thaile|thaili) (?:ke liye|ke badle|ke vaaste|ke waaste|mein|me|pe|par) (?:\w+ )?"
            r"(?:dharam|dharm|imaan|iman|mazhab|religion|jaat) (?:bech|badal|chhod)",
            "bori bore boriyon thaile thaili",
        ),
        # the disaster asked to finish the rest: "Mallu Muslims deserve it ... let the mud take
        # the rest" (the 735th set; not "let the river take its course")
        (
            r"let (?:the )?(?:mud|flood|floods|water|waters|river|sea|landslide|earthquake"
            r"|fire|virus|covid|plague|heat) (?:take|have|finish|swallow|wash away|bury|get)"
            r" (?:the rest|them all|all of them|the lot|the rest of them|them too|them as well"
            r"|them)(?! (?:course|time|toll)(?![a-z]))",
            "mud flood floods water waters river sea landslide earthquake fire virus covid"
            " plague heat",
        ),
        # the sixty-fifth round (sets 777-778), two women married in a temple: the temple to
        # be washed with Ganga water after them, "apavitra kar diya in dono ne" (not
        # "mandir ko ganga jal se dhulwana - that's what was done after ...", the practice
        # named); the two called sick in the mind, their love an illness
        (
            r"(?:mandir|temple|ghar|kuan|kuaan|chaupal|rasoi)(?: ko)? (?:ganga ?jal|gangajal"
            r"|gaumutra|gau ?mutra|gomutra) se (?:dhulwao|dhulwa do|dhulao|dhula do|dho do|dhoyo"
            r"|dhona padega|dhona chahiye|shuddh karo|shudh karo|shuddh karwao)"
            r"|apavitra kar (?:diya|di|dega|denge|rahe hain) (?:in|inhone|in logon|in dono|isne"
            r"|usne|unhone)",
            "jal gangajal gaumutra mutra gomutra apavitra",
        ),
        (
            r"(?<!kya\s)(?:gay|lesbian|samlaingik|homo|homosexual|samlaingikta|transgender)"
            r"(?: hona| log"
            r"| ladkiyan| ladke| pyaar| pyar)? (?:ek )?(?:bimari|beemari|bimaari|rog|mental"
            r" illness|pagalpan) (?:hai|h|hota hai|hoti hai|hain)(?![a-z])(?!\s*(?:kya|\?))"
            r"|(?:bimar|beemar|bimaar) (?:dimaag|dimag|mansikta) (?:hai|h) (?:dono ka|in dono ka"
            r"|inka|unka|in logon ka|in sab ka)",
            "bimari beemari bimaari rog illness pagalpan dimaag dimag mansikta",
        ),
        # the sixty-sixth round (sets 779-780): the Ahmadis called a sapling the British
        # planted ("Ye angrezon ka lagaya hua paudha hai"; not "'Angrezon ka paudha' - ye
        # propaganda 100 saal purana hai", the trope named)
        (
            r"(?:angrezon|angrezo|angrez|british|firangiyon) (?:ka|ke) (?:lagaya hua |lagaya"
            r" |khud ?kasht |khudkasht |boya hua )?(?:paudha|paudhe|poudha)",
            "paudha paudhe poudha",
        ),
        # the sixty-seventh round (sets 781-782), an Asian-American skater's gold: "Another
        # CCP spy in a team USA jacket"; "Send the rice eater back to China and give the
        # medal to a real American" (not "'CCP spy' is what trolls called her", nor "send
        # the judges back to school")
        (
            r"(?:ccp|chinese|china'?s|beijing'?s|beijing|communist) (?:spy|spies|agent|agents"
            r"|plant|asset|mole) in (?:a |an |our |the )?(?:\w+ ){0,2}?(?:jacket|jackets"
            r"|uniform|uniforms|kit|shirt|jersey|suit|blazer)",
            "jacket jackets uniform uniforms kit shirt jersey suit blazer",
        ),
        (
            r"(?:eats?|eating|ate) (?:dogs|cats|bats|dog|cat|bat soup)[^.!?\n]{0,30}?like (?:the"
            r" rest of them|all of them|they all do|all the others|the rest of her kind|the rest"
            r" of his kind|her people|his people)",
            "dogs cats bats dog cat bat",
        ),
        (
            r"(?:send|ship|deport|kick|boot) (?:\w+ ){1,3}?back to (?:china|asia|india|africa"
            r"|mexico|pakistan|bangladesh|nigeria|somalia|haiti)[^.!?\n]{0,60}?(?:a |the )?real"
            r" (?:american|americans|brit|brits|briton|britons|english|indian|indians|canadian"
            r"|canadians|australian|australians)",
            "send ship deport kick boot",
        ),
        # the sixty-eighth round (sets 783-784), a Black woman made chair of the Federal
        # Reserve: "She's articulate for one of them", "Fatherless culture finally got its
        # hands on the printing press", "She's one of the good ones, for now. Wait till the
        # jungle comes out" (not "'Articulate for one of them' is the oldest backhanded
        # compliment", "One of the good ones? That phrase should make anyone wince")
        (
            # (not in quotation marks: the line named)
            r"(?<![\"'“‘])(?:(?:articulate|well[- ]spoken|smart|clean|intelligent) for (?:one"
            r" of them|one of those|a black (?:woman|man|guy|girl|lady)|her kind|his kind|her"
            r" race|his race|a (?:n-word|negro))|fatherless (?:culture|communities|community))"
            r"(?![\"'”’])"
            r"|(?:she'?s|he'?s|she is|he is|you'?re|you are) (?:one of the good ones|a credit to"
            r" (?:her|his|your) race)"
            r"|(?:the )?jungle (?:comes|come|will come|coming) out (?:in|of)? ?(?:her|him|them)?",
            # (not "good": most comments have it)
            "articulate spoken smart clean intelligent fatherless ones credit jungle",
        ),
        # the sixty-ninth round (sets 785-786), Diwali made a school holiday in New York:
        # "Designated shitting streets coming to Queens next", "Saar please do the needful and
        # scam my grandma again" (not "Designated areas for fireworks", nor "'Saar' comments
        # are a meme that turned into harassment")
        (
            r"designated (?:shitting|shit|poo|poop|pooing|pooping) (?:streets?|areas?|zones?"
            r"|beach|beaches|spots?)",
            "designated",
        ),
        (
            r"(?<![\"'“‘])(?:saar|saars|saaar)(?![\"'”’])[^.!?\n]{0,40}?(?:do the needful"
            r"|scam (?:my|your|our|the|his|her) |redeem (?:the|your|ur) )",
            "saar saars saaar",
        ),
        # the seventieth round (sets 787-788), India's women win the World Cup: a team said to
        # be "lesbian" as a charge ("Aadhi team to lesbian hai, sabko pata hai"; not
        # "Lesbian players exist in every sport and it's nobody's business")
        (
            r"(?:aadhi|adhi|poori|puri|saari|sari|half the|the whole|all the|half of the) (?:team"
            r"|squad|players|ladkiyan) (?:to |toh |hi |are |is )?(?:lesbian|lesbians|lezzies"
            r"|lezzie|dykes)(?: hai| h| hain)?,? (?:sabko pata|sab jaante|everyone knows|we all"
            r" know|you know it)",
            "lesbian lesbians lezzies lezzie dykes",
        ),
        # women's sex questioned: "mard hain ya aurat pata nahi chalta" (not "Mard ho ya aurat,
        # cricket cricket hai")
        (
            r"(?:mard|aadmi|ladka|ladke) (?:hai|hain|h|ho) ya (?:aurat|auratein|ladki|ladkiyan)"
            r"(?: hai| hain| h)?,? (?:kuch )?(?:pata nahi|pata hi nahi|samajh nahi|samajh hi nahi"
            r"|keh nahi sakte|bata nahi sakte)",
            "mard aadmi ladka ladke",
        ),
        # the seventy-first round (sets 789-790), India's Paralympians: disabled people in
        # Hindi, kept from sport and office, mocked for what they cannot do, wished unborn
        # (not "Mera bhai bhi dekh nahi sakta, aur wo chess mein state champion hai", nor
        # "Paida hi nahi hone dena chahiye - eugenics ki yahi bhasha thi")
        (
            rf"{_DISABLED_HI}(?: logon| log| bachon| bachche)? ko (?:\w+ )?(?:khilana|khelne"
            r" dena|naukri dena|team mein lena|chunav ladne dena) hi (?:kyun|kyu|kyon)"
            rf"|{_DISABLED_HI}\b[^.!?\n]{{0,40}}?ghar (?:pe|par|mein) (?:baithao|bithao|bitha do"
            r"|baitha do|rakho)"
            # told to stay home for a limp: "Langda hai toh ghar baith" (the 869th set; not
            # "langda" alone, a mango)
            r"|(?:langda|langdi|lula|luli|andha|andhi|apahij) (?:hai|h|ho|hain) (?:toh|to)"
            r" ghar (?:pe |par |mein |me )?(?:baith|baitho|baithe|baitha reh|reh|raho)\b"
            rf"|{_DISABLED_HI}(?: behre| lule| langde)? log bhi (?:ab )?(?:neta|mla|mp|officer"
            r"|collector|judge|minister|mantri|afsar) (?:banenge|ban rahe|bante|ban gaye)"
            r"|(?:andhe|andha|andhi|goonge|behre|langde|lule) (?:ko|se|ki|ka)\b[^.!?\n]{0,40}?"
            r"(?:dekh bhi nahi (?:sakta|sakti)|sun bhi nahi (?:sakta|sakti)|chal bhi nahi"
            r" (?:sakta|sakti)|bol bhi nahi (?:sakta|sakti))"
            rf"|(?:{_DISABLED_HI}|disabled|autistic)\b[^.!?\n]{{0,30}}?(?:paida hi nahi hone"
            r" (?:dena chahiye|do|dena)|desh (?:pe|par) bojh (?:hain|hai|h))"
            # a job for them called money wasted: "Andhe bahre ko naukri dena paisa barbaad
            # karna hai" (the 1037th set; not "... ke liye office accessible banao")
            rf"|{_DISABLED_HI}(?: aur)?(?: {_DISABLED_HI})?(?: logon| log)? ko (?:\w+ )?(?:naukri"
            r"|job|kaam|seat) dena (?:\w+ ){0,2}?(?:paisa barbaad|paise ki barbaadi|bekaar|waste"
            r"|faltu)"
            # a disability made an office-holder's name ("Langda minister, chalna nahi aata aur
            # desh chalayega", the 1090th set; not "Naya minister, ...", nor "andha kanoon")
            r"|(?:langda|langdi|lula|luli|andha|andhi|behra|behri|goonga|goongi|kana|kani)"
            r" (?:minister|mantri|neta|pm|cm|mayor|mp|mla|sarpanch|anchor|judge|afsar|collector)"
            r"(?![a-z])",
            "apahij viklang divyang langde lule andhe goonge behre bahre pagal andha andhi langda"
            " langdi lula luli behra behri goonga goongi kana kani",
        ),
        # the poor of the slums as vermin: "Jhuggi waale keede hain, shehar ganda karte hain",
        # "Slum people breed like rats" (the 1037th set; not "Jhuggi waalon ko pakke ghar
        # milne chahiye", nor "Slum people pay more per litre of water than we do")
        (
            r"(?:jhuggi|jhuggiyon|jhopdi|jhopadi|jhopdiyon|slum) (?:waale|wale|walon|waalon|log"
            r"|people|dwellers) (?:\w+ )?(?:keede|keeday|kide|kidey|makode|chuhe|suar|kutte"
            r"|janwar|vermin|rats|cockroaches|animals|parasites)(?![a-z])"
            r"|(?:jhuggi|jhopdi|jhopadi|slum) (?:waale|wale|log|people|dwellers) (?:breed|multiply)"
            r" like (?:rats|rabbits|cockroaches|flies|vermin|pigs)",
            "jhuggi jhuggiyon jhopdi jhopadi jhopdiyon slum",
        ),
        # students said, all or half, to eat bats: "Half of them are CCP spies and the other
        # half eat bats" (the 885th set; not "bats eat insects", nor "they eat dogs in that
        # village, says the report" of no one all)
        (
            r"(?:the other half|other half|half of them|the rest of them|the rest|all of them"
            r"|they all|every one of them|every last one of them|most of them) (?:\w+ )?(?:eat"
            r"|eats) (?:bats|dogs|cats|rats)\b",
            "bats dogs cats rats",
        ),
        # a Black footballer as a monkey or sent bananas: "Should have known better than to
        # let a monkey take a penalty in a final", "Bananas for the three of them on the bus
        # home, they'll feel right at home" (the 881st set; not "the monkey enclosure", nor
        # "banana bread for them"); a team said not to look English (not "the kit")
        (
            r"(?:let|letting|allow|allowing|pick|picking|picked|trust|trusting) (?:a |that |this"
            r" |the |some )?(?:monkey|ape|chimp|gorilla)s? (?:to )?(?:take|taking|play|playing"
            r"|captain|captaining|lead|run|bowl|bat|score|manage|coach)\b"
            r"|bananas? (?:for|at|to) (?:him|them|the (?:\w+ )?of them|the lot of them|those|these)"
            r"\b[^.!?\n]{0,50}?\b(?:right at home|feel at home|home sweet home|zoo|jungle|trees?)\b"
            # ... or bananas to welcome him back ("Bananas are cheap at Tesco if anyone wants
            # to welcome him back on Saturday", the 1583rd set; not "Tickets are cheap ...")
            r"|bananas?\b[^.!?\n]{0,60}?\bwelcome (?:him|her|them)(?: back| home)?\b"
            r"|(?:team|squad|side|country|town|street|parliament|city|school|class|cabinet)\b"
            r"[^.!?\n]{0,25}?(?:doesn'?t|don'?t|does not|do not|no longer) looks? (?:english"
            r"|british|white|american|french|german|european) ?(?:anymore|any more)",
            "monkey monkeys ape apes chimp chimps gorilla gorillas banana bananas anymore",
        ),
        # a lynching over cattle cheered: "Gau hatyaron ka yahi anjaam hona chahiye", "Jo bhi
        # gau mata ko haath lagaye uska yahi hashr ho" (the 882nd set; not "is project ka
        # hashr kya hoga")
        (
            r"(?:gau|gaay|gai|cow)\b[^.!?\n]{0,50}?(?:yahi|aisa hi|aise hi|yehi|wahi) (?:anjaam"
            r"|anjam|hashr|hasr|haal) (?:hona chahiye|ho|hoga|kiya jaye|karo)\b",
            "anjaam anjam hashr hasr",
        ),
        # the thirteenth whole evening (set 893), India against Pakistan at Ahmedabad: a
        # Pakistani player told "yahan Pakistan nahi hai, bhaag ja"; a Pakistani friend as a
        # snake kept at home; Pakistanis as "bhookhe nange" (not "gaon mein bhookhe nange
        # bachche", poverty described, nor "ghar mein saanp nikla", a snake)
        (
            r"yahan (?:pakistan|afghanistan|saudi|arab|bangladesh) nahi (?:hai|h|he)\b"
            r"[^.!?\n]{0,20}?(?:bhaag|nikal|chala ja|chale jao|jao|ja)\b"
            r"|(?:pakistani|pakistanis|muslim|musalman|mulla|mulle|kashmiri|katua)\b[^.!\n]{0,40}?"
            r"saanp (?:paal|pal|paalna|palna)"
            r"|(?:tum log|tum logon|tum sab|tumhare desh|tumhara desh|tumhare mulk)\b"
            r"[^.!?\n]{0,80}?"
            r"(?:bhookhe|bhooke|bhuke|bhukhe|bhukkad) (?:nange|nangey|nangon)",
            "pakistan afghanistan saudi arab bangladesh saanp nange nangey nangon",
        ),
        # women athletes said to do "anything" for a medal, their complaint of harassment
        # waved away, to be sat at home: "Ye pehelwaan ladkiyan medal ke liye kuch bhi kar
        # sakti hain", "wo kya shikayat karegi chhedne ki", "chadh gayi hain sar pe ... ghar
        # bitha do" (the 889th set; not "kuch bhi kar sakti hain ye ladkiyan, topper list
        # dekho", said in praise)
        (
            # (and a woman anchor: "TRP ke liye sab karegi", the 1072nd set)
            r"(?:medal|medals|role|ticket|promotion|naukri|kursi|film|films|award|trp|views"
            r"|likes|followers) (?:ke liye|ki khatir|ke vaaste) (?:kuch bhi|sab kuch|sab)"
            r" (?:kar sakti|karti|kar legi|kar jayegi|kar deti|karegi)"
            r"|kya shikayat (?:karegi|karti|kare|karna) (?:\w+ )?(?:chhedne|chhedkhani|chhedchhad"
            r"|chhedkhaani|chhed chhad)"
            r"|(?:chadh gayi|chadh gyi|chadhi|sar pe chadh gayi|bigad gayi)\b[^.!?\n]{0,50}?ghar"
            r" (?:pe |par |mein )?(?:bitha do|bithao|baitha do|bithana chahiye|bitha dena)",
            "medal medals role ticket promotion naukri kursi film films award trp views likes"
            " followers shikayat bitha"
            " bithao baitha bithana",
        ),
        # the head's lines of rounds 118-122, read as rules (the thirty-second session): a
        # desecration said to be the Jews' own doing, and "they always play the victim"; a
        # people's hurt "brought on themselves" (not "the minister brought this on
        # himself"); people arrived as "these animals" (not "at the sanctuary"); all of a
        # people said to report to a foreign capital; a people to be thrown across the
        # border; Pakistanis let in said to bring a bomb; a woman told "ghar sambhaalo
        # madam" (not "ghar sambhaalo aur office bhi", a working mother's lot)
        (
            r"(?:done|did it|staged|faked|planned|painted|set up|paid for) by (?:the )?jews"
            r" themselves|(?:the )?jews (?:\w+ )?(?:always |just |only )?play(?:ing)? the victim"
            rf"|{_PEOPLES} (?:\w+ )?(?:brought|bring|bought) (?:this|it|that|all this) on"
            r" themselves"
            r"|(?:these|those) (?:animals|savages|beasts|vermin|rats|cockroaches|invaders)"
            r" (?:have |has )?(?:arrived|are here|came|come|moved in|turned up|landed)"
            r"(?! (?:at|in) the (?:zoo|sanctuary|farm|shelter|vet|park|reserve))"
            r"|(?:they all|all of them|every one of them|every single one of them|each one of"
            r" them) (?:report|reports|answer|answers|spy|spies) (?:back )?(?:to|for) (?:beijing"
            r"|the ccp|moscow|tel aviv|islamabad|the isi|the mossad|china|pakistan|israel)"
            # (and the 216th set's "they're all loyal to Xi", "Bat eaters gave us covid": not
            # "owls are bat eaters")
            r"|(?:they'?re|theyre|they are) all loyal to (?:xi|beijing|china|the ccp|moscow"
            r"|putin)\b|bat ?eaters?\b[^.!?\n]{0,40}?(?:covid|corona|virus|pandemic|wuhan)"
            r"|(?:sabko|sab ko|inko|unko|in sab ko|in logon ko|un logon ko|inhe|unhe) (?:\w+ )?"
            r"border (?:ke )?(?:paar|par|us paar) (?:phenko|phenk do|fenko|fenk do|bhejo|bhej do"
            r"|dhakel do|dhakelo|khadedo|khaded do)"
            r"|(?:ghusne|aane|rehne|khelne) (?:do|doge|denge) (?:toh|to) (?:\w+ )?(?:bomb|bum)"
            r" (?:le aayenge|le ayenge|laayenge|phodenge|phod denge|laga denge|fodenge)"
            r"|ghar (?:sambhaalo|sambhalo|sambhaliye|sambhal lo) (?:madam|madamji|madam ji"
            r"|behenji|didi|aunty|auntyji)\b",
            "jews themselves victim brought bring bought animals savages beasts vermin rats"
            " cockroaches invaders report reports answer answers spy spies border bomb bum"
            " sambhaalo sambhalo sambhaliye sambhal loyal eaters eater bateaters",
        ),
        # a people said to eat cats and dogs, in Hindi: "Ye log kutte billi khaate hain",
        # "kutta billi sab kha jaate h ye" (the 910th set's round read the pets as pets, so
        # the trope needs its own words; not "kutte billi ko khana khilate hain", fed)
        (
            r"(?:kutta|kutte|kutton) (?:aur )?(?:billi|billiyan|billiyon) (?:sab |bhi |tak |tak"
            r" )?(?:kha jaate|kha jate|khaate|khate|kha lete|kha jaayenge|kha jayenge|khate"
            r" hain)\b",
            "kutta kutte kutton",
        ),
        # the third coded round (sets 931-933): "religion of pieces"; Muslims as "goat
        # lovers" beside their prayer (not "goat lovers club meets at the farm"); "urban
        # youth ... you know the type" (not "urban youth programmes"); women as
        # "hypergamous"; a mosque as a step in "the great replacement" (not the theory named,
        # nor "the great replacement of old buses"); SC/ST people as "category wale" doctors
        # and "Jai Bhim wale" in despair
        # (one pattern each: their cue words, "urban", "category", "replacement", are common)
        (r"religion of pieces", "pieces"),
        (
            r"goat ?lovers?\b[^.!?\n]{0,60}?(?:prayer|prayers|mosque|mosques|allah|eid|halal"
            r"|quran|minaret)|(?:prayer|mosque|allah|eid|halal|quran)\b[^.!?\n]{0,60}?goat"
            r" ?lovers?",
            "goat goatlovers",
        ),
        (
            r"urban youths?\b[^.!?\n]{0,60}?(?:you know the type|you know who|we all know what"
            r"|if you know what i mean)",
            "urban",
        ),
        (
            r"hypergamous (?:women|woman|feminists|females|foids|roasties|bitches|sluts|wives)",
            "hypergamous",
        ),
        (
            r"(?:step|steps|part|phase|stage|proof|evidence|sign) (?:in|of|towards|for) the great"
            r" replacement(?! (?:theory|conspiracy|myth|lie|nonsense|trope))",
            "replacement",
        ),
        (
            r"category (?:wale|waale|wala|wali) (?:doctor|doctors|engineer|engineers|officer"
            r"|teacher)\b[^.!?\n]{0,50}?(?:bima|mar jaoge|marr jaoge|bhagwan bharose|khatra"
            r"|gir jayega)"
            r"|jai bhim (?:wale|waale|walon)\b[^.!?\n]{0,40}?(?:bhagwan hi maalik|bhagwan maalik"
            r"|desh ka kya hoga|barbaad|gaya desh)",
            "category bhim",
        ),
        # the second coded round (sets 928-930): Muslims as "peaceful" in sarcasm, playing
        # the victim, breeding "like pigeons" (not "peaceful protest ki permission", "victim
        # card scheme", "kabootar ko daana"; the "green virus" is a phrase of lexicon.py)
        (
            r"(?:peaceful|peacefuls|shantidoot|shantidooton|shantipriya) (?:community|kaum|qaum"
            r"|log|logon)\b[^.!?\n]{0,25}?(?:hamesha|fir se|phir se|always|again)"
            r"|(?:community|kaum|qaum|log|ye log)\b[^.!?\n]{0,40}?victim card (?:khelti|khelte"
            r"|khel|khelna|khelenge)"
            r"|(?:kabootar|kabutar|kabootaron|kabutaron|chuhe|chuhon|suar|suaron|sooar"
            r"|keede|keedon) ki tarah (?:badh|bachche paida|paida ho|phail|fail|bhar)",
            "peaceful peacefuls shantidoot shantidooton shantipriya victim kabootar kabutar"
            " kabootaron kabutaron chuhe chuhon suar suaron sooar keede keedon",
        ),
        # the coded round (sets 925-927): the same names said to be behind every war,
        # "they" owning every bank, studio and newspaper (two of them named: not "every bank
        # reported the merger"); a Muslim home as the first step to a "mini Pakistan" (not
        # the restaurant of that name)
        (
            r"the same (?:names|people|tribe|families|family|surnames) behind (?:every"
            r"|all the|each) (?:war|election|crisis|revolution|pandemic|bank|coup)"
            r"|(?:they|them|jews|the jews|zionists|globalists) (?:already |also |really )?(?:own"
            r"|owns|control|controls|run|runs) every (?:bank|studio|newspaper|paper|channel"
            r"|network|politician|senator|media outlet|university)s?,? (?:and )?every"
            r"|(?:phir|fir|ban jayega|bana denge|banega|bana diya|ban gaya|ban jaata|turning"
            r" into|become|becoming|turned into|turn it into) (?:a |ek )?mini(?:-| )?pakistan",
            "names tribe surnames studio studios newspaper newspapers senator senators outlet"
            " pakistan",
        ),
        # "These parasites should be dumped in the Channel" (the 917th set: people as
        # vermin, to be disposed of; not "these parasites should be treated with
        # ivermectin", said of worms); "Dalit ho toh apni aukaat mein raho" (the 920th set: a
        # caste told to stay in its place)
        (
            r"(?:these|those) (?:parasites|vermin|cockroaches|rats|animals|savages|invaders"
            r"|locusts) (?:should|must|need to|ought to) (?:all )?be (?:dumped|drowned|thrown"
            r"|shot|gassed|burned|burnt|exterminated|sunk)\b"
            r"|(?:dalit|dalito|chamar|chamaar|bhangi|harijan|shudra|neech jaat|muslim|mulla"
            r"|mulle|katua|isai|adivasi)(?: log)? (?:ho|hai|hain|h) (?:toh|to) apni (?:aukaat"
            r"|aukat|auqaat|jagah) (?:mein|me) (?:raho|rehna|rahe|reh|rehna seekho)",
            "dumped drowned thrown shot gassed burned burnt exterminated sunk aukaat aukat auqaat",
        ),
        # the fifteenth whole evening (set 917), a deportation scheme: migrants as an
        # invasion, Muslim men "of fighting age" (not "Russia's invasion, not an operation")
        (
            r"invasion,? not (?:immigration|migration|asylum|refugees)"
            r"|(?:muslim|migrant|arab|african|afghan|refugee|asylum) (?:men|males) of fighting"
            r" age",
            "invasion fighting",
        ),
        # a Jewish MP threatened (the 913th set): sent to Tel Aviv, her loyalty as a Jew's
        # nature (not "the Tel Aviv marathon"); an old nun's beating approved (the 915th set;
        # not "sabak mila mujhe", one's own lesson)
        (
            r"(?:send|ship|deport|put|fly) (?:her|him|them|the lot of them) (?:back )?(?:to|off"
            r" to|on a plane to|on the next flight to|on a flight to) (?:tel aviv|israel)\b"
            r"|dual loyalty,? (?:they|jews|the jews) (?:can'?t|cannot|just can'?t) help it"
            r"|(?:her|his|their|the) tribe (?:owns|own|controls|control|runs|run) (?:the )?(?:media"
            r"|press|banks|hollywood|world|government|news|bbc)\b"
            r"|(?:nun|nuns|isai|isaai|isaiyon|padri|pastor|mulle|mullon|katue|dalit|chamar)\b"
            r"[^.!?\n]{0,60}?(?:achha|accha|acha|sahi) hua (?:jo |ki )?(?:sabak mila|sabak"
            r" sikhaya|sabak sikha diya)",
            "aviv israel loyalty sabak tribe",
        ),
        # a Sikh trucker shot in Indiana (the 909th set): told he should have stayed home,
        # his killer thanked (not "I should have stayed in my own country for the holidays")
        (
            r"should(?:'?ve| have) stayed (?:in|at) (?:his|her|their) own (?:country|land)"
            r"|whoever (?:did it|did this|shot (?:him|her|them)|killed (?:him|her|them)|attacked"
            # (and a camp's fire: "Who lit it? Whoever it was deserves a medal", the 1098th
            # set; not "... deserves a prison sentence")
            r" (?:him|her|them)|it was|lit it|started it|set it) (?:did us a favou?r|deserves a"
            r" medal|is a hero|did the right thing)",
            "stayed favour favor medal hero",
        ),
        # the fourteenth whole evening (set 908), a Muslim comedian's shows cancelled: told
        # he belongs in Pakistan, "people like him" to be driven from the country, every
        # Muslim in public life said to share one agenda (not "ye match Pakistan mein hona
        # chahiye tha", a venue)
        (
            r"\bko\b[^.!?\n]{0,30}?(?:pakistan|bangladesh|afghanistan) (?:mein|me) (?:hona"
            r" chahiye|rehna chahiye|hone chahiye)(?! tha)"
            r"|(?:inke|unke|iske|uske|in|is|aise|tere|tumhare) jaise (?:logon|logo|log) ko desh se"
            r" (?:nikalo|nikaal do|nikal do|nikaalo|bahar karo|bhagao|bhaga do)"
            r"|(?:muslim|musalman|musalmaan|mulle|mulla|hindu|sikh|isai|christian|dalit|jew"
            r"|jewish)\b[^.!?\n]{0,80}?(?:sab|sabka|sab ka|inka|inki|unka) ek hi (?:agenda|maksad"
            r"|mission|iraada|irada|ajenda)",
            "pakistan bangladesh afghanistan nikalo nikaal nikal nikaalo bhagao bhaga agenda"
            " maksad mission iraada irada ajenda",
        ),
        # the hundred-and-twenty-fourth round (sets 904-907): a Dalit sarpanch told to sit on
        # the floor, called illiterate for her reserved seat; a hijabi newsreader's faith as
        # "medieval" and imposed; a refugee camp's arsonist rewarded (not "aag lagane wale ko
        # pakad liya police ne", nor "bachon ko zameen pe baithna chahiye yoga ke liye")
        (
            r"(?:inko|unko|in logon ko|un logon ko|inhe|unhe|aise logon ko|ye log|inki jaat ko)"
            r" (?:\w+ )?(?:zameen|zamin|farsh|neeche) (?:pe|par) (?:hi )?(?:baithna chahiye"
            r"|baithao|bithao|baithe|baithenge|rehna chahiye|bithana chahiye)"
            r"|(?:reservation|quota|aarakshan) (?:wali|wala|wale|waali|waala|waale)\b"
            r"[^.!?\n]{0,50}?(?:angootha chhaap|angutha chhap|angootha chhap|anpadh|gawar"
            r"|ganwar|nalayak|nikammi|nikamma)"
            r"|(?:want|wants|trying|try|tries|plan|plans|plot|plotting) to impose (?:their|his"
            r"|her) (?:medieval|backward|barbaric|primitive|savage|stone age|desert|violent)"
            r" (?:religion|faith|sharia|beliefs|culture|ways|law|laws) on (?:us|the rest of us"
            r"|everyone|this country|britain|the west|all of us)"
            r"|aag lagane (?:wale|waale|walon|wala) ko (?:inaam|inam|puraskar|medal|sammaan"
            r"|samman|award)",
            "zameen zamin farsh neeche angootha angutha anpadh gawar ganwar nalayak nikammi"
            " nikamma impose inaam inam puraskar sammaan samman",
        ),
        # a Somali-British councillor (the 901st set): her people as pirates who took the
        # council (not "Somali pirates hijacked a tanker", news of pirates), her English
        # mocked for her post
        (
            r"somali pirates (?:have |has )?(?:now )?(?:taken over|took over|taking over|run"
            r"|running|control|controlling) (?:\w+ )?(?:council|city hall|parliament|congress"
            r"|the city|the town|the country|minneapolis|bristol|london)"
            r"|somali pirates,? (?:now|and now|today) somali (?:politicians|councillors|mps"
            r"|mayors|congresswomen|ministers)"
            r"|can'?t (?:even )?speak (?:proper |basic |decent |the )?english and (?:she|he)"
            r"(?:'?s| is) (?:a |an |now a |our )?(?:councillor|mp|minister|mayor|doctor|nurse"
            r"|teacher|judge|officer|governor|senator|congresswoman|congressman)\b",
            "pirates english",
        ),
        # collective guilt: "Har Kashmiri Muslim ne Pandito ko bhagaya tha, sab ke sab doshi
        # hain" (the 902nd set; not "sab ke sab doshi hain" of ministers, named by no people)
        (
            r"(?:har|saare|sare|sab|sabhi) (?:kashmiri |bengali |bihari |pakistani |indian )?"
            r"(?:muslim|musalman|musalmaan|hindu|sikh|isai|christian|dalit|pandit|kashmiri"
            r"|bihari|bengali|pakistani|mulla|mulle)s?\b[^.!?\n]{0,60}?sab ke sab (?:doshi"
            r"|gunehgar|gunahgar|gunahgaar|aatanki|atanki|gaddar|gaddaar|chor|zimmedar) (?:hain"
            r"|the|h|hai)\b",
            "doshi gunehgar gunahgar gunahgaar aatanki atanki gaddar gaddaar chor zimmedar",
        ),
        # the Holocaust's dead said to be fewer than claimed, at a desecrated Jewish
        # cemetery: "Less graves than they claimed in the 40s, funny that" (the 895th set;
        # "40s" normalised as "4os"; not "fewer deaths than they claimed, the audit found",
        # of a government's figures)
        (
            r"(?:less|fewer) (?:graves|bodies|dead|deaths|victims|gas chambers|jews) than (?:they"
            r"|the jews|jews|them|historians) (?:claimed|claim|say|said|told us)\b[^.!?\n]{0,20}?"
            r"(?:in the (?:19)?4[0o]s|holocaust|in the war|at auschwitz|in the camps|ww ?(?:2|ii))",
            "graves bodies dead deaths victims chambers jews",
        ),
        # tribal people as tree-dwellers, now in office: "Ped pe rehne wale aaj desh chala
        # rahe hain" (the 896th set; not "ped pe rehne wale bandar", monkeys)
        (
            r"(?:ped|pedon|pedo) (?:pe|par) rehne (?:wale|waale|wali|waali|walon)\b(?! (?:bandar"
            r"|bandaron|panchhi|pakshi|chidiya|chidiyan|langur|langoor|tote|ullu))[^.!?\n]{0,30}?"
            r"(?:desh|sarkar|rashtrapati|neta|mantri|officer|afsar|collector|chala|chalayenge"
            r"|chalaenge|chalayegi|raj|kursi|president|mp|mla)",
            "rehne",
        ),
        # women said only to make a show: "Aurtein officer banke bas drama karti hain, asli
        # kaam toh mard karte hain" (the 883rd set; Hindi's women are no group words: the
        # learned model reads them as written)
        (
            r"(?:aurtein|auratein|aurten|ladkiyan|ladkiya|auratien)\b[^.!?\n]{0,30}?\b(?:bas|sirf)"
            r" (?:drama|natak|naatak|nautanki|rona dhona) (?:hi )?(?:karti|karte) (?:hain|hai|h)\b",
            "drama natak naatak nautanki",
        ),
        # a woman officer's looks for her work: "Itni sundar collector ho toh mafia bhi line
        # lagayega" (the 883rd set; not "itni sundar beti hai", said to a mother)
        (
            r"itni (?:sundar|sexy|hot|khoobsurat|khubsurat|gori|mast|cute) (?:\w+ )?(?:collector"
            r"|officer|madam|anchor|judge|mla|mp|minister|reporter|teacher|sp|dm|ias|ips"
            r"|afsar|mantri|neta|netri|patrakar)(?: ho| hai| hogi| h)? (?:toh|to)\b[^.!?\n]{0,40}?"
            r"(?:line (?:laga|lagayega|lagayenge|lagegi|lag jayegi)|lattu|fida|mar mitenge)",
            "sundar sexy hot khoobsurat khubsurat gori mast cute",
        ),
        # a people's trade boycotted: "Har Muslim dukaan ka boycott karo, inki kamar todni
        # hai" (the 877th set; not "chini maal ka boycott karo", goods of a state)
        (
            r"(?:muslim|musalman|musalmaan|mulle|mullon|muslimon|katuon|hindu|hinduon|sikh"
            r"|sikhon|isai|christian|dalit|daliton|bihari|kashmiri|kashmiriyon|bengali|marwadi"
            r"|marwari)(?: logon| log)? (?:ki |ke )?(?:dukaan|dukaanon|dukaano|dukaanein|dukan"
            r"|dukanon|dukane|dukanein|thele|thelon|theley|dhabe|dhabon|dhaba|business|dhande"
            r"|dhandhe|restaurant|hotel|hotelon)(?: ka| ki| ke| se| walon ka)? (?:\w+ )?(?:boycott"
            r"|bahishkar|bahishkaar|saman mat|samaan mat|kuch mat)"
            r"|(?:boycott|bahishkar|bahishkaar) (?:karo |kar do )?(?:har |sabhi |saare |sab )?"
            r"(?:muslim|musalman|mulle|katuon|hindu|sikh|isai|christian|dalit|bihari|kashmiri)"
            r"(?: logon)? (?:ki |ke )?(?:dukaan|dukaanon|dukan|dukanon|thele|thelon|dhabe|dhabon"
            r"|business)",
            "dukaan dukaanon dukaano dukaanein dukan dukanon dukane dukanein thele thelon theley"
            " dhabe dhabon dhaba",
        ),
        # a Jewish journalist's post as the tribe's doing: "Another one of the tribe put in
        # charge of the news, pure coincidence I'm sure" (the 876th set; not "one of the
        # tribe's elders", nor "one of the tribe was killed, no coincidence": the coincidence
        # is sneered at); her loyalty
        # said to lie in Israel: "Put her on the next flight to Tel Aviv, that's where her
        # loyalty lies" (not "loyalty to Israel's allies is a policy question")
        (
            r"(?:one|ones|members?) of (?:the|da) tribe\b(?!')[^.!?\n]{0,60}?(?:\b(?:pure|total"
            r"|complete|just a|what a|sheer|mere|another) coincidences?\b|\bcoincidences?(?: i'?m"
            r" sure| of course| obviously|\?))"
            r"|(?:tel aviv|israel)\b[^.!?\n]{0,40}?\bwhere (?:her|his|their|your) (?:real |true )?"
            r"loyalt(?:y|ies) (?:lies|lie|is|are|belongs?)\b"
            r"|(?:her|his|their) (?:real |true |only )?loyalt(?:y|ies) (?:lies|lie|is|are)"
            r" (?:with|in) (?:tel aviv|israel)\b",
            "coincidence coincidences loyalty loyalties",
        ),
        # a trans woman's dress said not to make her a woman: "He can wear a saree but he'll
        # always be a man, stop pretending" (the 878th set; not "he'll always be a man of his
        # word")
        (
            r"(?:wear|wears|wearing|put on|puts on) (?:a |the |all the )?(?:saree|sari|dress"
            r"|skirt|wig|lipstick|makeup|heels)s?\b[^.!?\n]{0,30}?\b(?:but|still) (?:he|it)"
            r"(?:'ll|ll| will| is|s|'s)? (?:always |still |forever )?(?:be )?(?:a man|a bloke"
            r"|a guy|male)\b(?! of| who| to)",
            "saree sari dress skirt wig lipstick makeup heels dresses skirts",
        ),
        # Kashmiris as stone-throwers, whatever they do now: "Pathar phenkne wali ab ball
        # phenkegi" (the 873rd set; not "pathar phenkne wale giraftar", a report); Muslim
        # women told to keep apart: "Burqe wali team bana lo alag se" (not "hijab pehen ke
        # khel sakti hai?", asked)
        (
            r"(?:pathar|patthar|pathhar) (?:phenkne|fenkne|fekne|phekne) (?:wali|wala|wale|waali"
            r"|waala|waale) ab\b"
            r"|(?:burqe|burqa|burke|burka|hijab|hijabi|topi|dadhi|jaalidar)(?: wali| wale| waali"
            r"| waale| walon) (?:\w+ ){0,2}?(?:bana lo|banao|bana do|bana lijiye|banwa do)"
            r" (?:alag|apna alag|apni alag)",
            "phenkne fenkne fekne phekne burqe burqa burke burka hijab hijabi topi dadhi jaalidar",
        ),
        # disabled people as freight: "Cripples should book cargo class, they are luggage
        # anyway" (the 869th set; not "the bags are luggage", nor "emotional baggage")
        (
            r"(?:cripples|crips|the disabled|disabled people|disabled passengers|wheelchair"
            r" users|apahij|viklang|spastics|spazzes)\b[^.!?\n]{0,60}?\b(?:they|who|that)"
            r" (?:are|r|is) (?:just |only |basically |nothing but |no more than )?(?:luggage"
            r"|baggage|cargo|freight)\b",
            "luggage baggage cargo freight",
        ),
        # the hundred-and-thirty-fourth round (sets 934-936): a person likened to a zoo's
        # animals ("Looks like something out of a zoo, how did she even get elected"; not "our
        # garden looks like something out of a zoo"), the immigrant's ingratitude ("hates
        # Britain but loves our benefits"), and a people's takeover as a plan ("Give it ten
        # years and every DM in the country will be a Muslim, that's the plan"; not "... will
        # be a woman")
        (
            r"(?:^|(?<=[.!?]\s)|(?:she|he|they) )(?:looks?|looked|looking) like (?:something"
            r"|an? animal|it|something that) (?:escaped |came |crawled |walked )?(?:out of|from)"
            r" (?:a|the) zoo",
            "zoo",
        ),
        (
            r"(?:hates?|hating|despises?) (?:britain|england|this country|our country|america"
            r"|india|france|ireland|australia|canada) but (?:loves?|takes?|happily takes?"
            r"|grabs?|claims?) (?:our |the |all the )?(?:benefits|handouts|welfare|freebies"
            r"|money|passport)",
            "benefits handouts welfare freebies money passport",
        ),
        (
            r"(?:every|each|all the|half the|half of the|every other) \w+ (?:\w+ ){0,4}?(?:will"
            r" be|would be) (?:a |an )?(?:muslims?|islamic|jews?|jewish|hindus?|sikhs?|christians?"
            r"|blacks?|africans?|pakistanis?|bangladeshis?|immigrants?|migrants?),? (?:that'?s"
            r"|thats|this is|it'?s) the (?:plan|agenda|goal|game|idea)"
            r"|give it (?:\w+ )?(?:years|decades|a decade|a generation) (?:and|,) (?:\w+ ){1,6}?"
            r"(?:will be|would be|is going to be) (?:a )?(?:muslims?|islamic|majority muslim"
            r"|sharia|jewish|hindu|sikh|black|african|pakistani|bangladeshi)\b",
            "plan agenda goal game idea years decades decade generation",
        ),
        # the recruitment slander of gay parents: "This is how they recruit, get them young"
        # (the 939th set; not "Recruit them young, said the football academy coach")
        (
            r"(?:this is|that'?s|thats) how (?:they|gays|the gays|homos|these people|lgbt\w*)"
            r" (?:recruit|groom|convert)\b[^.!?\n]{0,20}?(?:get|catch|grab) (?:them|em) young",
            "young",
        ),
        # the hundred-and-thirty-seventh round, sarcasm (sets 943-944): "Another Jew telling us
        # what to think about Israel, how refreshing" (not "Another economist telling us what
        # to think, how refreshing"); the far right's meme of a victim ("Diversity is our
        # strength, said the woman stabbed on the bus ..."; not "..., said the coach about his
        # five-language squad"); a people's wrong as nothing new ("Wah, ek aur Bihari ne
        # Mumbai ki sadak ganda kiya, kya naya hai"); a Dalit's appointment as the end of a
        # company ("Dalit ko CEO bana diya? Company ab reservation se chalegi"); women in
        # office and the kitchen left ("ab ladkiyaan bhi neta banengi, rasoi kaun
        # sambhalega phir?"; not "Rasoi mein aaj papa ne khana banaya")
        (
            r"another (?:jew|muslim|hindu|sikh|arab|paki|black|immigrant|migrant|feminist)"
            r" (?:telling|lecturing|teaching|explaining to) us\b[^.!?\n]{0,60}?,? (?:how"
            r" refreshing|how novel|how original|what a surprise|shocker|how unexpected)",
            "refreshing novel original surprise shocker unexpected",
        ),
        # ... and a crime pinned on a people as no surprise: "Wow, a Pakistani man arrested
        # for grooming. What are the odds, lol" (nationalities too, where "another" (above)
        # takes only race and faith: here the crime and the sarcasm carry it)
        (
            rf"(?:another|a|an|yet another) (?:{_RACE_FAITH}|pakistani|afghan|somali"
            r"|bangladeshi|rohingya|syrian|eritrean|albanian|romanian|nigerian)"
            r" (?:man |men |gang |bloke |lad |lads |migrant |migrants |asylum seeker |immigrant"
            r" |refugee )?(?:arrested|charged|jailed|convicted|caught|held) (?:for|over)"
            r" (?:\w+ )?(?:grooming|rape|raping|stabbing|terrorism|terror offences|sexual assault"
            r"|theft|murder|child abuse|child sex offences|sex offences|trafficking)"
            rf"[,.!]* {_SARCASM}",
            "shocker surprise shock odds thought guessed shocked surprised usual again",
        ),
        (
            r"diversity is (?:our|a) strength,? (?:said|says|tell that to) (?:the|a|an|her|his)"
            r" (?:\w+ ){0,3}?(?:woman|girl|man|boy|victim|family|widow|pensioner|mother|father"
            r"|teenager|child)\b[^.!?\n]{0,30}?(?:stabbed|raped|attacked|robbed|murdered|killed"
            r"|assaulted|beaten|groped|mugged)",
            "strength",
        ),
        (
            r"ek aur (?:bihari|muslim|musalman|mulla|dalit|sikh|sardar|bangladeshi|rohingya"
            r"|kashmiri|madrasi|bengali|nepali|chinki|isai|bhaiya|bhaiyya)(?: \w+)? ne\b"
            r"[^.!?\n]{0,60}?"
            r",? (?:kya naya hai|kya nayi baat hai|nayi baat kya hai|koi nayi baat nahi|hamesha"
            r" ki tarah|as usual|what'?s new|kitni hairani ki baat hai|kya hairani hai|kise pata"
            r" tha|kaun soch sakta tha)",
            "naya nayi hamesha usual whats hairani pata soch",
        ),
        (
            r"(?:dalit|sc|st|obc|chamar|bhangi|quota wale|quota wali|category wale|category"
            r" wali) (?:ko|ki|ke) (?:\w+ )?(?:ceo|doctor|pilot|judge|manager|principal|boss"
            r"|director|surgeon|professor|head|captain) (?:bana diya|banaya|bana dia|bana di)"
            r"\W{0,3}(?:\w+ ){0,4}?reservation se (?:chalegi|chalega|chalenge|chalegaa|udega"
            r"|udegi|operate hoga)"
            # ("Haan haan, Dalit IAS ban gaya, ab file bhi reservation se chalegi", the 1008th)
            r"|(?:dalit|chamar|bhangi|quota wala|quota wali) (?:\w+ )?(?:ban gaya|ban gayi|bana"
            r"|bani)\W{0,3}(?:\w+ ){0,4}?reservation se (?:chalegi|chalega|chalenge|hogi|hoga)",
            "reservation",
        ),
        (
            r"(?:ladkiyaan|ladkiyan|ladkiya|aurtein|auratein|aurat|ladki|biwi|biwiyan|bahu"
            r"|bahuein)\b[^.!?\n]{0,40}?(?:neta|pm|cm|minister|pilot|ceo|afsar|officer|judge"
            r"|cricketer|doctor|engineer|sarpanch|mla|mp)\w* (?:banengi|banegi|ban gayi|bani"
            r"|ban rahi|bann)\b[^?\n]{0,15}?(?:rasoi|kitchen|khana|roti|chulha|ghar) kaun"
            r" (?:sambhalega|sambhalegi|banayega|banaega|banayegi|dekhega|karega|chalayega)",
            "kaun",
        ),
        # the hundred-and-thirty-eighth round (sets 946-948): nurses from abroad as menials
        # ("sent over to wipe our arses and steal our jobs"; "Third world nurses for a third
        # world NHS"; not "Third world countries often have ..."), an honour killing endorsed
        # ("Ladki ne baap ki izzat mitti mein mila di, jo hua theek hua"; not "Jo hua theek
        # hua, naya ghar ..."), a people's shops attacked for a war ("Maybe if they stopped
        # killing kids in Gaza nobody would touch their shops")
        (
            r"(?:sent|shipped|brought|flown|imported) (?:over|in|here) (?:just )?to (?:wipe|clean)"
            r" (?:our|your) (?:arses|asses|bums|bottoms|toilets)",
            "wipe clean",
        ),
        (
            r"third[ -]world (?:scum|savages|trash|filth|rejects|peasants|vermin|monkeys)"
            r"|third[ -]world \w+ (?:for|in|running|staffing) (?:a|our|the) third[ -]world"
            r" (?:nhs|country|hospital|health service|britain|england)",
            "third",
        ),
        (
            r"izzat\b[^.!?\n]{0,60}?[,.]? jo (?:hua|kiya) (?:theek|thik|sahi|accha|achha)"
            r" (?:hua|kiya)",
            "izzat",
        ),
        (
            r"if (?:they|the jews|jews|zionists|israelis) (?:stopped|stop|quit) [^.!?\n]{0,40}?"
            r"(?:nobody|no one|noone) would (?:touch|attack|smash|burn|target|vandalise|vandalize)"
            r" (?:their|them)",
            "touch attack smash burn target vandalise vandalize",
        ),
        # the hundred-and-thirty-ninth round (sets 950-953): a Muslim bowler fasting ("Roza
        # wala terrorist bowler"; "inki wafadari Pakistan se hai"; "These people pray to Mecca
        # and play for India, you can't trust them"), a trans boxer ("that thing shouldn't be
        # allowed near real women"), Bihari workers in Tamil Nadu ("Bihari log jahan jaate
        # hain wahan gandagi aur crime le jaate hain"; "Ye bhaiyya log ..., bhagao inko", not
        # "Bhagao inko, kabootar phir se balcony mein aa gaye")
        (
            r"(?:roza|roze|rozedar|topi|dadhi|daadhi|namazi|jaalidar|burqe|burqa|lungi) (?:wala"
            r"|wale|wali|waala|waale) (?:\w+ )?(?:terrorist|terrorists|aatanki|atanki|aatankwadi"
            r"|jihadi|jihadis|gaddar)",
            "terrorist terrorists aatanki atanki aatankwadi jihadi jihadis gaddar",
        ),
        (
            r"(?:inki|unki|in logon ki|un logon ki|muslims? ki|musalmanon ki|mullon ki|inka|unka)"
            r" (?:wafadari|wafaadari|vafadari|loyalty|imaan|iman) (?:toh |to )?(?:pakistan|arab"
            r"|mecca|makka|saudi) (?:se|ke saath|ke sath|ke liye|ki taraf|ke prati) (?:hai|hoti"
            r" hai|rahegi)",
            "wafadari wafaadari vafadari loyalty imaan iman",
        ),
        (
            r"(?:pray|prays|bow|bows|face|faces) (?:to|towards) mecca\b[^.!?\n]{0,60}?(?:can'?t"
            r"|cannot|never|don'?t|shouldn'?t) (?:ever )?trust (?:them|these people|him|any of"
            r" them)",
            "mecca",
        ),
        (
            r"(?:that|this) thing\b[^.!?\n]{0,40}?(?:near|around|with|among|against) (?:real"
            r"|actual|biological) (?:women|woman|girls)",
            "thing",
        ),
        (
            r"(?:bihari|biharis|bihar wale|muslim|muslims|musalman|mulle|bangladeshi|rohingya"
            r"|bhaiyya|bhaiya|madrasi|nepali|kashmiri|dalit|chamar|sikh|sardar|isai|marwari"
            r"|bengali|up wale|pahadi|kuki|meitei|naga|habshi|kallu|african|africans|nigerian"
            r"|nigerians)(?: log)? jahan (?:bhi )?(?:jaate|jate"
            r"|jaayenge|rehte) (?:hain|hai) (?:wahan|waha|vahan|vaha) (?:\w+ ){0,3}?(?:gandagi"
            r"|crime|gundagardi|chori|bimari|bimaari|dange|danga|aatank|kachra|ganda|gand)",
            "jahan",
        ),
        (
            r"(?:bhaiyya|bhaiya|bihari|biharis|bangladeshi|bangladeshiyon|rohingya|rohingyas"
            r"|madrasi|nepali|kuki|kukis|meitei|naga|mulle|mullon|katue|katuon|chinki|chinkiyon)"
            r"(?: log| logon| sab)?\b[^.!?\n]{0,60}?(?<![a-z])(?:bhagao|bhagaao|nikalo|nikaalo"
            r"|khadedo|khaded do) (?:inko|unko|inhe|unhe|sabko|sab ko|in sabko)",
            "bhagao bhagaao nikalo nikaalo khadedo",
        ),
        # the hundred-and-fortieth round, a seventeenth whole evening (set 954: an
        # Indian-American elected to Congress): a faith's worship mocked ("She worships cows
        # and rats, how is that person making our laws?"; not "devotees worship rats and feed
        # them milk"), a citizen's family to be deported ("Somebody should deport her whole
        # family back to the third world"), visa holders as cheats ("These H1B scammers cheat
        # their way into everything"; "H1B" reads "hib" once normalised; not "H1B is a
        # legitimate policy debate")
        (
            r"(?:worships?|worshipping|prays? to) (?:cows?|rats?|monkeys?|snakes?|elephants?)"
            r" and (?:cows?|rats?|monkeys?|snakes?|elephants?|dung|piss|urine)",
            "worship worships worshipping pray prays",
        ),
        (
            r"(?:deport|ship) (?:her|his|their|your) (?:whole |entire )?(?:family|clan|lot"
            r"|relatives|kind) back\b(?! (?:to|from) (?:school|work|the office|the hotel))",
            "deport ship",
        ),
        (
            r"(?:these |those |the |all |bunch of )?(?:hib|h1b|h-1b) (?:scammers|frauds|cheats"
            r"|cheaters|parasites|rats|invaders|locusts|vermin|scum|thieves)",
            "hib",
        ),
        # the hundred-and-forty-second round (sets 958-961): a people revealed by the word
        # after the insult ("They're all money-grabbing rats, the whole tribe"; not "The tribe
        # in the documentary lives in the Amazon")
        (
            r"(?:rats|vermin|parasites|leeches|snakes|cockroaches|animals|scum|pigs|savages"
            r"|thieves)[,.]? (?:the whole|every one of the|all of the|the entire) (?:tribe|race"
            r"|lot|community|kaum|clan|breed)",
            "rats vermin parasites leeches snakes cockroaches animals scum pigs savages thieves",
        ),
        # the hundred-and-forty-third round, long comments with one sentence of abuse inside
        # (sets 962-964): a Black player called an ape and sent to a jungle ("that black
        # monkey on the wing should be sent back to whatever jungle he came from"; not "we saw
        # a black monkey in the forest"), the Jews said to scheme inside an institution ("the
        # Jews in the Treasury who drafted this know exactly what they're doing to this
        # country, they always have")
        (
            r"(?:that|this|the|you|ur|your|these|those|some|a|another|typical) black (?:monkey"
            r"|monkeys|ape|apes|gorilla|gorillas|baboon|baboons|chimp|chimps)(?! (?:species"
            r"|enclosure|exhibit|troop|at the|in the|from the|on the branch|in a tree))",
            "monkey monkeys ape apes gorilla gorillas baboon baboons chimp chimps",
        ),
        (
            r"(?:back|home) to (?:whatever|whichever|the|his|her|their|your) (?:jungle|tree|cave"
            r"|swamp|hut|mud hut) (?:he|she|they|you|u|it) (?:came|come|crawled|climbed|swung)"
            r" (?:from|out of|down from)"
            # ... or to whatever place, after what she is to do there (the 1154th set: "Send
            # her back to refereeing goat fights in whatever village she came from"; not
            # "back to whatever school she came from")
            # (a hole, a cave, a jungle right after "back to" are read above and with the
            # sayings of the main union)
            r"|back to (?:(?:[^.!?\n]{0,40}? )?(?:whatever|whichever) (?:village|country"
            r"|desert|slum|shithole|backwater|tribe)|[^.!?\n]{1,40}? (?:whatever|whichever)"
            r" (?:hole|dump|jungle|cave|swamp|hut|mud hut)) (?:she|he|they|it|you|u) (?:came"
            r"|come|comes|crawled|climbed|crept) (?:from|out of)",
            "jungle tree cave swamp hut whatever whichever",
        ),
        (
            r"(?:the )?jews (?:in|at|running|who run) (?:the )?(?:treasury|government|media|banks"
            r"|city|fed|bbc|hollywood|white house|parliament|ministry|council)\b[^.!?\n]{0,60}?"
            r"(?:know (?:exactly )?what they(?:'?re| are) doing|they always have|as they always"
            r" do|as always)",
            "jews",
        ),
        # the hundred-and-forty-fifth round (sets 969-972): London's Muslim mayor ("Londonistan's
        # sharia mayor"; "calling the adhan from Big Ben next"), a Muslim vegetable seller
        # beaten ("Ek ko maara hai, sabko sabak milega"), a Black family in a white suburb
        # ("There goes the neighborhood, the ghetto has arrived"; not "There goes the
        # neighborhood cat again"; "Go back to Detroit where your kind belongs", not "their
        # kind of music")
        (
            # (not "Londonistan" named to mock the name: "Londonistan headlines from US cable
            # news are just embarrassing")
            r"(?:mayor|streets|capital) of londonistan|londonistan'?s (?:\w+ )?(?:mayor|mp"
            r"|council)|(?:sharia|shariah) (?:mayor|mp|councillor|minister|pm|prime minister"
            r"|president|candidate)",
            # ("londonistans": the words of "Londonistan's mayor", the 1049th set)
            "londonistan londonistans sharia shariah",
        ),
        (
            # (the verb in the saying: "calling" would otherwise read as a report of it)
            r"(?:(?:calling|call|sounding|sound|blaring|broadcasting) (?:the )?)?(?:adhan|azaan"
            r"|azan|call to prayer|calls to prayer) (?:\w+ )?from (?:big ben"
            r"|westminster|the palace|parliament|st paul'?s|notre dame|the white house|the eiffel"
            r" tower|buckingham palace|the ram mandir)"
            # ... or made compulsory by a Muslim mayor ("Can't wait till he makes the call to
            # prayer compulsory at every tube station", the 1101st set; not "... makes the
            # Night Tube run", nor "Iran made the hijab compulsory", a state reported)
            r"|(?:he|she|they|khan)(?:'?ll| will| would| is going to)? (?:make|makes) (?:the )?"
            r"(?:adhan|azaan|azan|call to prayer|sharia|halal|burqas?|hijabs?|namaz)"
            r" (?:compulsory|mandatory|the law|law)",
            "adhan azaan azan prayer compulsory mandatory",
        ),
        (
            r"(?:ek|ek ko|ek ek ko|ek aadmi ko) (?:maara|mara|peeta|pita|thoka) (?:hai|gaya|hai"
            r" bas)\W+(?:\w+ ){0,2}?(?:sabko|sab ko|baaki sab ko|baakiyon ko|baaki sabko|in sabko)"
            r" sabak (?:milega|mil jayega|mil jaega|mil gaya)",
            "sabak",
        ),
        (
            # (with whom it is said of: not "There goes the neighbourhood, a Starbucks opened",
            # the phrase as a joke on a new shop)
            r"there goes the neighbou?rhood[,.!;:]*\s[^.!?\n]{0,40}?(?:ghetto|blacks|black"
            r" famil(?:y|ies)|these people|those people|immigrants|muslims|pakis|asians"
            r"|mexicans|gypsies|travellers|they(?:'ve| have)? (?:moved|move|arrived)|has arrived"
            r"|have arrived)",
            "neighborhood neighbourhood",
        ),
        (
            r"where (?:your|their|his|her) (?:kind|sort|lot) (?:belongs?|come from|comes from"
            r"|lives?|should be)",
            "kind sort lot",
        ),
        # the hundred-and-forty-sixth round (sets 973-976): namaz in a Gurgaon park ("Har Friday
        # ye tiddi dal sadak pe aa jata hai", not "Tiddi dal ne Rajasthan mein fasal barbaad
        # kar di"; "Gobar daal do jahan ye namaz padhte hain", "Ye log jahan namaz padhte hain
        # wahan Pakistan bana dete hain"), a lesbian couple on a reality show ("Dono ko ek
        # achhe mard ki zaroorat hai, theek ho jayengi", not "... is team ko"; "Inko corrective
        # rape chahiye", not "corrective rape is a crime"; "Homosexuality bimari hai")
        (
            r"(?:har|every) (?:friday|jumma|jumme|juma|jummah)\b[^.!?\n]{0,20}?(?:tiddi"
            r"|tiddiyon|tiddiyan|locusts|cockroaches|rats|vermin|deemak|termites)",
            "friday jumma jumme juma jummah",
        ),
        (
            r"(?:gobar|suar|sooar|pork|bacon|pig'?s head|pigs head)\w* (?:daal|phenk|fenk|rakh"
            r"|chhidak|feko|phenko) (?:do|dena|denge|diya|dalo|daalo)\b[^.!?\n]{0,15}?(?:jahan"
            r" (?:ye|wo|woh|ye log|wo log) namaz|masjid|namaz|mosque)",
            "gobar suar sooar pork bacon pig pigs",
        ),
        (
            r"(?:ye log|ye|mulle|mullon|muslim|musalman|katue)\w*\b[^.!?\n]{0,30}? jahan (?:bhi )?"
            r"\w+ (?:\w+ )?(?:hain|hai|karte hain|padhte hain|rehte hain),? (?:wahan|waha|vahan)"
            r" (?:mini )?pakistan (?:bana|banaa) (?:dete|lete|denge|deta)",
            "jahan",
        ),
        (
            r"(?:ek )?(?:achhe|acche|asli|sahi|real|good) (?:mard|aadmi|man) ki (?:zaroorat|jarurat"
            r"|zarurat) hai\b[^.!?\n]{0,20}?(?:theek|thik|sudhar|normal|seedhi) ho (?:jayengi"
            r"|jayegi|jaayegi|jaayengi|jaengi|jaegi)",
            "zaroorat jarurat zarurat",
        ),
        (
            r"(?:inko|unko|isko|usko|dono ko|inhe|unhe|she|they|them|needs?|deserves?)\W+"
            r"(?:\w+ ){0,2}?corrective rape(?! (?:is|was|are|victims?|survivors?|cases?|laws?))"
            r"|corrective rape (?:chahiye|do|karo|will fix|would fix|is what (?:she|they) needs?)",
            "corrective",
        ),
        (
            # (not asked: "kya gay hona bimari hai?")
            r"(?<!kya\s)(?:homosexuality|samlaingikta|samlangikta|gay hona|lesbian hona|gay log"
            r"|lesbian log) (?:ek )?(?:bimari|beemari|rog|mansik rog|pagalpan|maansik bimari)"
            r" (?:hai|h|hain)(?!\s*\?)",
            "bimari beemari rog pagalpan",
        ),
        # the hundred-and-forty-seventh round (sets 977-980): South Indian actors ("Madrasi log
        # idli sambar khao aur apne jungle mein raho", not "Jungle safari ..."; "Lungi wale
        # South Indians ..."), a march for Gaza ("Hamas-loving savages marching through
        # London"), a deaf quiz contestant ("Goonga behra kya jawab dega", not "Goonga
        # pahalwan", a wrestler's nickname)
        (
            r"(?:apne|apni|apna) (?:jungle|jangal|junglon|gufa|gufaon|bil|daldal) (?:mein|me)"
            r" (?:hi )?(?:raho|rehna|reh|rahiye|rehte|wapas jao|jao|ghuso|theek ho|thik ho)",
            "jungle jangal junglon gufa gufaon bil daldal",
        ),
        (
            r"lungi (?:wale|waale|walon|wala) (?:south indians?|madrasi|madrasis|madrasiyon"
            r"|tamils?|mallus?|telugus?|kannadigas?|dravidians?)",
            "lungi",
        ),
        (
            r"(?:hamas|jihad|jihadi|sharia|allah|islam|israel|zion|zionist)\w*[ -](?:loving"
            r"|lovers?|supporting|worshipping|worshippers?) (?:savages|animals|vermin|scum|rats"
            r"|cockroaches|parasites|subhumans|hordes|barbarians)",
            "loving lover lovers supporting worshipping worshipper worshippers",
        ),
        (
            r"(?:goonga|gunga|goongi) (?:behra|bahra|behri|bahri) (?:kya|kaise|kab) (?:\w+ ){0,2}?"
            r"(?:dega|degi|karega|karegi|samjhega|samjhegi|bolega|bolegi|sunega)",
            "goonga gunga goongi",
        ),
        # the hundred-and-forty-eighth round, an eighteenth whole evening (set 981: a caste
        # census): a people to be settled outside the village ("Inko phir se gaon ke bahar
        # basa do, wahi inki jagah hai"; not "Kachra gaon ke bahar phenk do")
        (
            r"(?:inko|unko|inhe|unhe|in logon ko|un logon ko|sabko|in sabko)(?: phir se| wapas)?"
            r" (?:gaon|basti|shehar|mohalle|colony) (?:ke|se) bahar (?:hi )?(?:basa|bhej|rakh"
            r"|nikal|nikaal|bhaga) (?:do|dena chahiye|denge|dena)",
            "bahar",
        ),
        # the hundred-and-forty-ninth round, reports and what they endorse (sets 982-983):
        # "The man on the bus was right, they should go back where they came from" (an order
        # about "they"; not "she wants to go back to where she came from", a wish, nor "they
        # can go back whenever they like")
        (
            r"(?:should|must|need to|needs to|ought to|have to|has to|better) (?:all |just )?go"
            r" back (?:to )?where (?:they|he|she|their|his|her) (?:\w+ )?came from",
            "came",
        ),
        # the hundred-and-fiftieth round (sets 984-987): a trans woman at a shelter ("They
        # should all be sterilised and locked up in asylums", not "sterilised instruments";
        # "It's a freak, not a woman"), Kashmir after Article 370 ("Inki ladkiyan ab hamari,
        # ... dulhan bhi"), a vegetarian society ("Muslim ko flat diya toh ... gaay kaatenge,
        # mat do")
        (
            r"(?:sterilised|sterilized|castrated) and (?:locked up|put|thrown|kept|shut away)"
            r" in (?:asylums?|camps?|cages|prisons?|institutions)",
            "sterilised sterilized castrated",
        ),
        (
            r"(?:it'?s|it is|that'?s|thats|that is) (?:a |an |just a )?(?:freak|thing|monster"
            r"|abomination|creature),? not a (?:woman|man|girl|lady|real woman)"
            # ... and the other way round: "It's not a woman, it's a mutilated man" (the 228th
            # set)
            r"|(?:it'?s|it is) not a (?:woman|man|girl|lady|real woman),? (?:it'?s|it is) (?:a |an"
            r" |just a )?(?:mutilated|fake|freak|thing|monster|man in a dress|bloke in a dress"
            r"|creature|abomination)",
            "freak thing monster abomination creature mutilated fake dress",
        ),
        (
            r"(?:inki|unki|kashmiri|kashmir ki|muslim|musalman) (?:ladkiyan|ladkiya|ladkiyon"
            r"|betiyan|auratein|bahu betiyan) (?:ab |bhi )?(?:hamari|humari|hamaari)\b"
            r"|plot bhi (?:lenge|lega|milega) aur (?:dulhan|biwi|ladki|ladkiyan) bhi",
            "hamari humari hamaari dulhan",
        ),
        (
            r"(?:muslim|musalman|mulle|mullon|miyan|miyon|katue|katuon|dalit|chamar|sikh|isai"
            r"|christian|bihari|bangladeshi)\w* ko (?:flat|ghar|makaan|makan|kamra|room|dukaan)"
            r" (?:\w+ ){0,2}?(?:diya|doge|de diya|dena|diya toh|doge toh)?\b[^.!?\n]{0,50}?"
            r"(?<![a-z])(?:mat do|na do|mat dena|nahi dena|mat dijiye|nahi denge)",
            "flat ghar makaan makan kamra room dukaan",
        ),
        # the hundred-and-fifty-first round, a nineteenth whole evening (set 988: an actor's
        # interfaith wedding): "Ek aur Hindu ladki gayi, jihadi ne phasa liya" (not "Ek aur
        # Hindu ladki IAS bani")
        (
            r"(?:jihadi|jihadiyon|mulle|mulla|mullon|katue|katua|miyan|musalman|muslim)\w* ne"
            r" (?:\w+ )?(?:phasa|fasa|phansa|fansa|fansaa|phasaa) (?:liya|li|diya|lia)"
            # (not "gayi", went: "Ek aur Hindu ladki gayi NASA, proud moment")
            r"|ek aur hindu (?:ladki|beti|behen) (?:phasi|fasi|phansi)",
            "phasa fasa phansa fansa fansaa phasaa phasi fasi phansi",
        ),
        # the hundred-and-fifty-second round (sets 989-992): a Chinese-American family's
        # restaurant ("Bat eaters should be banned ..."; not "Bats eat mosquitoes"), a hijab
        # pulled off ("deport the whole family of sand rats"; not "fat sand rats live in
        # North African deserts"), Jewish students ("Every Jewish student is a baby killer in
        # training")
        (
            # (not "the hot dog eaters contest", nor "owls are bat eaters too": animals)
            r"(?<!hot\s)(?<!are\s)(?<!is\s)(?:bat|dog|cat|rat) (?:eaters?|eating (?:chinese"
            r"|chinks|asians|koreans))",
            "eater eaters eating",
        ),
        (
            r"(?:family|bunch|lot|pack|load|nest) of sand (?:rats|monkeys|niggers|people|apes)",
            "sand",
        ),
        (
            r"(?:every|each|all|all the) (?:\w+ )?(?:jews?|jewish \w+|israelis?|zionists?|muslims?"
            r"|muslim \w+|palestinians?|hindus?|arabs?) (?:is|are) (?:a |an |just )?(?:baby|child"
            r"|children) (?:killers?|murderers?|rapists?)",
            "killer killers murderer murderers rapist rapists",
        ),
        # the hundred-and-fifty-sixth round (sets 1002-1005): a blasphemy case in Pakistan,
        # African students in Delhi ("Kallu log drugs bechte hain", not "Kallu is my
        # neighbour's dog"; "Africans should be kept in separate hostels", not "separate
        # hostels for boys and girls"), women's reservation ("Auraton ko rasoi se Parliament
        # bhej diya", not "Rasoi se Parliament tak, a documentary"; "neta ki biwiyan aur
        # rakhailein"; "Mahilaon ki jagah ghar mein hai"; "Feminazis will ruin Parliament",
        # not "Feminazi is a term coined by ...")
        (
            # (not "Kallu sab kha gaya", a dog named Kallu that ate everything)
            r"kallu (?:log|logon|africans?|nigerians?)\b",
            "kallu",
        ),
        (
            r"(?:africans?|blacks|black people|nigerians?|muslims?|dalits?|jews?|gypsies|roma"
            r"|travellers|immigrants|migrants|refugees|chinese|asians?|indians?|pakistanis?"
            r"|hindus?|sikhs?) (?:students |kids |children |workers |people )?(?:should|must"
            r"|need to|ought to) be (?:kept|housed|put|seated|taught) (?:in |at )?(?:separate|their"
            r" own|different) (?:hostels|schools|classes|areas|colonies|buildings|blocks|wards"
            r"|buses|seats|tables)",
            "separate own different",
        ),
        (
            r"(?:auraton|aurton|mahilaon|ladkiyon|aurat|mahila)(?: ko)? (?:rasoi|kitchen|chulhe"
            r"|chulha) se (?:seedhe |sidha |sidhe )?(?:parliament|sansad|vidhan sabha|assembly"
            r"|office|court)",
            "rasoi kitchen chulhe chulha",
        ),
        (
            r"(?:biwiyan|betiyan|bahuein|bahuen|biwi|beti) aur (?:rakhailein|rakhail|rakhailon"
            r"|rakhel|rakhelein)",
            "rakhailein rakhail rakhailon rakhel rakhelein",
        ),
        (
            r"(?:mahilaon|auraton|aurton|ladkiyon|aurat|aurton|stree|striyon|biwi|biwiyon|ladki)"
            r" ki (?:asli )?jagah (?:sirf |bas )?(?:ghar|rasoi|kitchen|chaar deewari|char diwari"
            r"|chardiwari) (?:mein|me|ke andar) (?:hi )?(?:hai|hoti hai|hoti|honi chahiye)",
            "jagah",
        ),
        (
            # (not "Feminazis are a myth invented by talk radio")
            r"feminazis (?:will|are|have|ruin|ruined|destroy|destroyed|should|must|deserve)"
            r"(?! (?:a |an )?(?:myth|strawman|straw man|term|word|slur|invention))",
            "feminazis",
        ),
        # the hundred-and-fifty-seventh round, a twentieth whole evening (set 1006: a Muslim
        # footballer refuses a Pride armband): "Pride is for perverts and paedos" (not "Pride
        # is for everyone"), "Bet he beats his wife too, they all do", "Deport him and his
        # whole inbred family"
        (
            r"pride (?:is|events are|marches are|parades are|month is) (?:just )?(?:for|full of)"
            r" (?:perverts|paedos|pedos|paedophiles|pedophiles|degenerates|freaks|groomers"
            r"|deviants|sickos)",
            "pride",
        ),
        (
            r"beats? (?:his|their) wi(?:fe|ves)\b[^.!?\n]{0,20}?(?:they all do|like they all"
            r" do|they all beat|all of them do|that'?s their culture)",
            "wife wives",
        ),
        (
            r"(?:deport|ship|send|kick out) (?:\w+ ){0,4}?(?:inbred|filthy|dirty|stinking"
            r"|smelly) (?:family|families|clan|lot|kids|relatives)",
            "inbred filthy dirty stinking smelly",
        ),
        # the hundred-and-fifty-eighth round, sarcasm again (sets 1007-1009; the first round's
        # rules read one of its ten): "another Muslim 'community leader' who somehow never
        # condemns anything"; "'a local man'. We all know what that means" (not "We all know
        # what that means, the power cut again"); "Black teenager robs shop, must be a day
        # ending in Y" (not "Must be a day ending in Y, my bus is late"); "Another Jewish
        # banker ..., totally not a pattern" (not "Another Monday, another broken coffee
        # machine, totally not a pattern"); "Bihari hai toh chor hi hoga"; "Aurat driving kar
        # rahi thi, accident toh hona hi tha" (not "Accident toh hona hi tha, sadak pe itne
        # gaddhe hain")
        (
            r"(?:another|typical|yet another) (?:muslim|islamic|jewish|hindu|sikh|arab)\b[^.!?\n]"
            r"{0,40}?never (?:condemns?|apologi[sz]es?|speaks? out)",
            "condemns condemn apologises apologizes apologise apologize speaks speak",
        ),
        (
            r"a local man['\"’”]?[.,!]*\s*(?:we all know|you know|everyone knows|we know) what"
            r" (?:that|it|this) (?:means|really means)",
            "local",
        ),
        (
            r"(?:black|muslim|asian|paki|african|somali|roma|gypsy|migrant|immigrant|arab|afghan"
            r"|eritrean|pakistani|romanian)\b[^.!?\n]{0,50}?must be a day (?:ending|that ends)"
            r" (?:in|with) (?:an? )?y\b",
            "ending ends",
        ),
        (
            r"(?:another|yet another) (?:jewish|muslim|indian|black|asian|chinese|pakistani"
            r"|nigerian)\b[^.!?\n]{0,50}?(?:totally|definitely|absolutely|surely|obviously) not a"
            r" pattern",
            "pattern",
        ),
        (
            r"(?:bihari|muslim|musalman|mulla|mulle|dalit|chamar|bangladeshi|madrasi|sardar"
            r"|nepali|kashmiri|pakistani|rohingya|bhaiya|bhaiyya|isai|habshi) (?:hai|h) (?:toh"
            r"|to) (?:\w+ )?(?:chor|aatanki|atanki|terrorist|gunda|jahil|jaahil|gaddar|ganda"
            r"|chhapri|anpadh|jihadi|bhikari|bhikhari)\w* (?:hi )?(?:hoga|hogi|honge)",
            "hoga hogi honge",
        ),
        (
            r"(?:aurat|ladki|mahila|auntie|aunty|aurton|auratein)\b[^.!?\n]{0,30}?(?:driving"
            r"|gaadi chala|gadi chala|car chala)\w*\b[^.!?\n]{0,30}?accident (?:toh |to )?"
            r"(?:hona hi tha|hoga hi|hona tha|hoga hi na)",
            "accident",
        ),
        # a faith said to break the country: "Ye isai log desh tod denge" (the 776th set; not
        # "ye neta desh tod denge", said of politicians)
        (
            r"(?:isai|isaai|isaiyon|christian|christians|muslim|muslims|musalman|mulle|katue"
            r"|sikh|sikhs|hindu|hindus|dalit|dalits) (?:log )?(?:\w+ )?desh (?:ko )?(?:tod denge"
            r"|tod dege|todenge|tod dalenge|baant denge|tukde tukde kar denge|tod rahe hain"
            r"|todna chahte hain)",
            "tod todenge dalenge baant tukde todna",
        ),
        # the sixty-third round (sets 774-775), a Muslim elected mayor: "Jihadi in a suit,
        # taqiyya se mayor ban gaya", "Another Islamist snake slithering into power", "the
        # cockroaches have taken city hall" (not "Taqiyya is a real concept in Shia
        # jurisprudence", nor the rats of a city's subway)
        (
            # (not a part played: "he played a terrorist in a turban in that awful film")
            r"(?<!played\sa\s)(?<!plays\sa\s)(?<!playing\sa\s)(?<!play\sa\s)"
            r"(?:jihadi|jihadis|jihadist|islamist|terrorist|mullah|mulla|khalistani) in (?:a |an )?"
            # ... and in a team's colours: "Another jihadi in whites" (the 950th set)
            r"(?:suit|suits|tie|sherwani|blazer|whites|india whites|the jersey|our jersey"
            # ... and on the bench: "Khalistani in a robe now", "now the terrorists wear the
            # robes too" (the 1058th set, a Sikh judge appointed)
            r"|robe|robes|gown|wig|turban|pagdi|pagri)"
            r"|(?:terrorists|jihadis|khalistanis) (?:now |also |even )?wear (?:the )?(?:robes|gowns"
            r"|wigs)",
            "suit suits tie sherwani blazer whites jersey robe robes gown wig turban pagdi pagri"
            " gowns wigs",
        ),
        # the hundred-and-eighty-eighth round (the 1058th set, a Sikh judge appointed in
        # Canada): "Ek aur pagdi wala gaddar" (and the eleventh session's known miss "Pagdi
        # waale gaddar"), "Turban on top, nothing inside" (the court turned into a gurdwara is
        # read with the town hall above)
        (
            r"(?:pagdi|pagri|pagadi|turban|dadhi|daadhi|topi|tilak|burqa|burka|hijab|kirpan)"
            r"(?: ?wala| ?waala| ?wale| ?waale| ?wali| ?waali| ?walon| ?waalon| ?walo) (?:\w+ )?"
            # (and "Pagdi wale aatankwadi highway band karke baithe hain", the 1107th set)
            r"(?:gaddar|gaddaar|gadaar|gaddaron|aatanki|atanki|terrorists?|khalistanis?|jihadis?"
            r"|deshdrohi|deshdrohiyon|traitors?|aatankwadi|atankwadi|aatankwadiyon)",
            "gaddar gaddaar gadaar gaddaron aatanki atanki terrorist terrorists khalistani"
            " khalistanis jihadi jihadis deshdrohi deshdrohiyon traitor traitors aatankwadi"
            " atankwadi aatankwadiyon",
        ),
        (
            r"(?:turban|pagdi|pagri|topi|hijab|burqa|burka|skullcap|kippah) on (?:top|the outside"
            r"|(?:his|her|the) head),? (?:and )?nothing (?:inside|underneath|under it|beneath"
            r"|in (?:his|her|the) head|upstairs)",
            "turban pagdi pagri topi hijab burqa burka skullcap kippah",
        ),
        # the hundred-and-ninetieth round (the 1064th set, a Muslim woman third in the civil
        # services exam, a twenty-fifth whole evening): her hijab called a trick ("Ye log hijab
        # pehen ke aati hain taaki interview board daya kha jaye"), her faith said to blind
        # her ("Hijab mein dimaag bhi dhak jaata hai"), her rank a fraud ("Another Muslim
        # topper? Check which madrasa leaked the paper"), her training "Pakistan se", her
        # files signed "pehle namaz padhegi" (not "Hijab mein bhi rank 3 aa sakti hai", "UPSC
        # ka paper kabhi leak nahi hua")
        (
            r"(?:hijab|burqa|burka|topi|pagdi|tilak) (?:pehen|pehn|pahan|laga)(?: ke| kar|kar)"
            r" (?:aati|aate|aata|aayi|aaya) (?:hain|hai|h|thi|tha) taaki"
            r"|(?:hijab|burqa|burka|naqab|ghoonghat|topi|pagdi|turban) (?:mein|me|ke andar|ke"
            r" neeche|ke niche) (?:\w+ )?(?:dimaag|dimag|akal|akkal|brain|brains) (?:bhi )?"
            r"(?:dhak|dhaka|band|chhup|chup|kho|nahi)"
            r"|(?:brains?|mind) (?:is |are )?(?:covered|hidden|wrapped) (?:up )?(?:under|in|with)"
            r" (?:that|her|the|their) (?:hijab|burqa|burka|turban|headscarf)",
            "hijab burqa burka topi pagdi tilak naqab ghoonghat turban headscarf",
        ),
        (
            r"(?:another|one more|ek aur) (?:\w+ )?(?:muslim|dalit|sikh|christian|black|jewish"
            r"|hindu|reserved|quota|woman|female) (?:topper|winner|doctor|officer|collector|judge"
            r"|mayor|ias|ips|minister|ceo|pilot|student)s?\??[^\n]{0,40}?(?:check|wonder|guess"
            r"|ask|find out|see) (?:which|who|how|what) (?:\w+ ){0,3}?(?:leaked|rigged|paid"
            r"|bribed|cheated|fixed|bought|forged)",
            "leaked rigged bribed cheated forged",
        ),
        (
            r"(?:pakistan|isi) se training (?:leke|le ke|lekar|le kar) (?:aayi|aaya) (?:hai|h|thi"
            r"|tha) (?:ye|yeh|woh|wo|madam)(?![a-z])",
            "training",
        ),
        (
            r"(?:har|every|each) (?:file|faisla|decision|order|case|meeting) (?:pe|par|se pehle"
            r"|before) (?:pehle )?(?:namaz|namaaz|kalma|azaan|azan|fatwa)"
            # (its "sign" inside it: a signature elsewhere sets a saying at a distance)
            r"(?: padhegi| padhega| padhenge| padh ke)?(?: phir sign (?:karegi|karega|karenge"
            r"|hogi|hoga))?",
            "namaz namaaz kalma azaan azan fatwa",
        ),
        # ... and fear raised for "Hindu ladkiyon" if they rise ("Jab ye log collector
        # banenge toh Hindu ladkiyon ka kya hoga"; not "... toh bunkaron ka kya hoga")
        (
            r"(?:ye|yeh|in|aise|inke) log\b[^.!?\n]{0,60}?(?:toh|to) (?:hamari |humari |hindu"
            r" |hamari hindu |humari hindu )?(?:ladkiyon|betiyon|behno|behnon|auraton) ka kya"
            r" hoga",
            "ladkiyon betiyon behno behnon auraton",
        ),
        # the hundred-and-ninety-first round (the 1067th set, a pastor arrested under an
        # anti-conversion law, a twenty-sixth whole evening; "Convent schools are conversion
        # factories" is read with the terror cells above): "Yeshu ke bhakt bhi jihadiyon jaise
        # hi hain", "a dead Jew on a stick"
        (
            r"(?:yeshu|yishu|isa masih|isai|isaai|christian|christians|padri|sikh|sikhs|sardar"
            r"|hindu|hindus|dalit|dalits)(?: ke bhakt| ke chele| log| wale)? (?:bhi )?(?:jihadiyon"
            r"|jihadi|aatankiyon|atankiyon|aatanki|terrorists|jihadis) (?:jaise|jaisa|ki tarah)"
            r" (?:hi )?(?:hain|hai|h)",
            "jihadiyon aatankiyon atankiyon aatanki",
        ),
        (
            r"(?:dead|zombie|crucified) (?:jew|jewish guy|guy|man|carpenter) on a (?:stick|pole"
            r"|cross|plank)",
            "stick pole plank",
        ),
        # the 1179th set, mosque loudspeakers lowered: "Inki masjidon se sirf azaan nahi,
        # nafrat bhi nikalti hai" (not "kuch channelon se nafrat nikalti hai", nor "masjid se
        # nafrat nahi, dua nikalti hai")
        (
            r"(?:masjidon|masjid|masjiden|madrason|madarson|madrasa|madarsa|madrasse|madrase)"
            r" (?:se|mein|me|main)\b[^.!?\n]{0,30}?(?:nafrat|zeher|zehar|zahar|jihad|aatankwad"
            r"|atankwad|aatank|atank|kattarpanth)\w* (?:bhi |hi )?(?:nikalti|nikalta|nikalte"
            r"|failti|phailti|failta|phailta|failaya|phailaya|sikhayi|sikhaya|sikhate|sikhai"
            r"|sikhati|paida)",
            "masjidon masjid masjiden madrason madarson madrasa madarsa madrasse madrase",
        ),
        # the 1194th set, a Muslim bowler dropped: "Jab Pakistan ke khilaf match hota hai tab
        # inki gendein dheemi ho jaati hain, sab jaante hain kyun" (not "... pitch dheemi thi,
        # curator ne paani daala"); "Isko Pakistan team mein bhej do, wahan apne bhaiyon ke
        # saath khelega" (not "Isko Pakistan tour pe bhej do, spin acchi khelta hai"); "Inki
        # kaum ka bharosa nahi" (not "... bharosa nahi jeet paayi sarkar")
        (
            r"pakistan ke (?:khilaf|against|saamne|samne)\b[^.!?\n]{0,60}?(?:dheemi|dheeme"
            r"|dheema|dhili|dheeli|dheele|slow|kamzor)\b[^.!?\n]{0,40}?(?:sab (?:jaante|jante)"
            r" (?:hain|hai) kyun|sabko pata hai kyun|pata hai kyun|guess why|samajh (?:jao|lo))",
            "pakistan",
        ),
        (
            r"pakistan\b[^.!?\n]{0,30}?(?:bhej|bhejo|bhejdo|chale ja|chala ja)\w*\b[^.!?\n]{0,30}?"
            r"apne (?:bhaiyon|bhaiyo|bhai|bhaijaan|abba|chacha|rishtedaron|logon)\w* (?:ke )?"
            r"(?:saath|sath|paas)",
            "pakistan",
        ),
        (
            r"(?:inki|unki|in logon ki|un logon ki|aapki|tumhari|teri|is|us) (?:kaum|qaum|quom"
            r"|biradari|jaat|jaati|community) (?:ka|pe|par) (?:koi )?(?:bharosa|bharoasa|yakeen"
            r"|yakin|vishwas|bhrosa|aitbaar|etbaar) (?:nahi|nahin|mat|na)\b(?! (?:jeet|kama"
            r"|mila|jeeta))",
            "kaum qaum quom biradari jaat jaati community",
        ),
        # the 1195th set, a Black footballer's missed penalty: bananas sent, a team that
        # "looks like the Congo", "they only play football because they can't read",
        # "monkey boy" (not "Monkey Man", a film)
        (
            r"(?:should(?:'?ve| have)|let'?s|just|go|i'?d) (?:sent|send|throw|thrown|toss|tossed"
            r"|chuck|chucked) (?:him |them |her )?(?:some |a |the )?bananas?\b",
            "bananas banana",
        ),
        (
            r"(?:team|squad|side|eleven|cabinet|parliament|class|school)\b[^.!?\n]{0,20}?looks?"
            r" like (?:the congo|congo|africa|nigeria|somalia|a zoo|the jungle)\b",
            "congo africa nigeria somalia zoo jungle",
        ),
        (
            r"(?:they|these people|those people|these lot) only (?:\w+ ){1,3}?because (?:they|"
            r"these people) (?:can'?t|cannot|couldn'?t) (?:read|write|think|count|spell)",
            "because",
        ),
        (r"monkey (?:boy|girl|face|lad|kid|boys|girls)\b", "monkey"),
        # the 1196th set, a Dalit groom's procession: a people told to live in a stable, "not
        # with people" ("... tabele mein jaake rehna chahiye, insaan ke saath nahi"); "kal ko
        # humari betiyon ka haath maangenge" (not "... maangenge toh kya? Shaadi apni marzi
        # ki hoti hai")
        (
            r"(?:tabele|tabela|jungle|jangal|gaushala|chidiyaghar|zoo|naali|gutter|suar ?bade)"
            r"\w* (?:mein|me) (?:jaake |ja ke |jaa ke )?(?:rehna|raho|rahe|rehne|rahen)\b"
            r"[^.!?\n]{0,30}?insaan(?:on)? ke (?:saath|sath|beech) (?:nahi|nahin|mat)",
            "insaan insaanon",
        ),
        (
            r"(?:kal ko|kal|ab|phir) (?:ye |yeh )?(?:humari|hamari|hamaari) (?:betiyon|behno"
            r"|behnon|ladkiyon) (?:ka|ki) (?:haath|rishta|shaadi) (?:bhi )?(?:maangenge|mangenge"
            r"|maangne lagenge|mangne lagenge)(?! ?,? ?(?:toh|to) kya)",
            "betiyon behno behnon ladkiyon",
        ),
        # the 1215th set: "your daughters will be in burkas" (not "your daughters will be in
        # school"); the 1216th: "Inko yahan se bhagao, jahan se aaye wahan wapas"; the
        # 1217th, a referendum lost: "Some races just aren't built for civilisation", "Send
        # them all back to the bush"; the 1218th, jokes: "Bihari ko train mein seat mil jaye
        # toh samjho kisi ka saaman chori hua hai" (not "... toh samjho Chhath aa gaya")
        (
            r"(?:your|our|their) (?:daughters|wives|women|girls|kids|children) will (?:all )?be"
            r" (?:in|wearing) (?:burkas?|burqas?|hijabs?|niqabs?)",
            "burka burkas burqa burqas hijab hijabs niqab niqabs",
        ),
        (
            r"(?:bhagao|nikalo|bhaga do|nikal do|bhejo)\b[^.!?\n]{0,20}?jahan se aaye"
            r" (?:hain |the )?(?:wahan|wahin|waha) (?:wapas|bhejo)",
            "jahan",
        ),
        (
            r"(?:some|certain|these|those|their) (?:races?|peoples?|tribes?) (?:just |simply )?"
            r"(?:aren'?t|are not|were never|weren'?t|isn'?t) (?:built|made|meant|fit|ready|suited)"
            r" for (?:civili[sz]ation|democracy|freedom|modern life|society)",
            "civilisation civilization democracy freedom modern society",
        ),
        (
            r"send (?:them|these \w+|those \w+) (?:all )?back to the (?:bush|jungle|desert|caves?"
            r"|trees|reservation)(?! (?:camp|camps|school|clinic|track|tour|festival|station"
            r"|house|block|hospital))",
            "bush jungle desert cave caves trees reservation",
        ),
        (
            rf"{_PEOPLES}\b[^.!?\n]{{0,50}}?(?:toh|to) samjho\b[^.!?\n]{{0,30}}?(?:chori|chor"
            r"|loot)",
            "samjho",
        ),
        # the 1203rd set: "B l a c k drivers are only there for the d1versity quota" (not
        # "... got there on merit, not a quota"); the 1205th, a rape verdict: "Girls like her
        # cry rape when they regret it" (not "women don't cry rape for fun"); the 1206th:
        # "Depression is just laziness with a doctor's note" (not "... is not just
        # laziness"); the 1207th, kind traps and their twins: "one of the good ones, shame
        # the rest of them are animals", "Not all Dalits are lazy, but the ones on
        # reservation definitely are" (not "... are rich, but ... better off"), "probably
        # because they stole the gnomes"; the 1208th: "bhaiyye log ... sab ko wapas UP
        # bhejo"
        (
            r"(?:black|blacks|dalits?|muslims?|women|woman|female|gays?|trans|brown|asians?)"
            r"\b[^.!?\n]{0,30}?(?:only|just) (?:there|here|in (?:the|this) \w+|hired|picked"
            r"|selected|got (?:the|their|her|his) (?:jobs?|places?|seats?)) (?:for|because of"
            r"|thanks to|to fill) (?:the |a )?(?:diversity|dei|reservation|quota)",
            "diversity dei reservation quota",
        ),
        (
            r"(?:girls|women|she|they|feminists|bitches|sluts)(?: like (?:her|that|them))?"
            r" (?!(?:don'?t|dont|never|rarely|do not|seldom|didn'?t|did not) )(?:\w+ )?cry"
            r" rape",
            "rape",
        ),
        (
            r"(?:depression|anxiety|adhd|autism|mental illness|ptsd|bipolar|ocd) (?:is|=)"
            r" (?:just|only|simply|basically|nothing but|all) (?:laziness|an excuse|attention"
            r"[- ]seeking|weakness|made up|a myth|fake|a fashion|a trend)",
            "laziness excuse attention weakness myth fake fashion trend",
        ),
        (
            r"one of the good ones\b[^\n]{0,40}?(?:the rest|rest of them|the others)\b"
            r"[^.!?\n]{0,15}?(?:are|r) (?:\w+ )?(?:animals|savages|vermin|terrorists|criminals"
            r"|scum|parasites|rats|pigs|dogs|thieves)",
            "good",
        ),
        (
            rf"not all {_PEOPLES} (?:are|r) (?:lazy|terrorists|criminals|thieves|rapists|dirty"
            r"|violent|stupid|liars|cheats|frauds|parasites|dangerous|scroungers)\b[^.!?\n]{0,10}?"
            r",? but (?:the ones|those|most|many|the majority|plenty)\b[^.!?\n]{0,40}?(?:are|r)"
            r"\b",
            "lazy terrorists criminals thieves rapists dirty violent stupid liars cheats frauds"
            " parasites dangerous scroungers",
        ),
        (
            rf"{_PEOPLES}\b[^.!?\n]{{0,60}}?(?:probably|must be|bet it'?s|only) because they"
            r" (?:stole|nicked|robbed|pinched)\b",
            "stole nicked robbed pinched",
        ),
        (
            r"(?:bhaiyye|bhaiye|bhaiyya|bhaiya) log\b[^\n]{0,80}?(?:wapas|vapas) (?:up|bihar)"
            r" (?:bhejo|bhej do|bhagao|nikalo|bhejna chahiye)",
            "bhaiyye bhaiye bhaiyya bhaiya",
        ),
        # the 1198th set, the antisemites' code a second time: "the same names keep coming
        # up in every bank, every newsroom and every government. Just noticing." (not "the
        # same names keep coming up in every procurement scandal: Serco, Capita"); the
        # Holocaust's numbers "never audited", "6 million is a very convenient number";
        # "follow the money and you'll find a Rothschild at the end of it"
        (
            r"(?:same|certain) (?:names|surnames|people|families)\b[^.!?\n]{0,30}?(?:keep coming"
            r" up|keep appearing|keep showing up|always turn up|keep popping up)\b[^\n]{0,30}?"
            r"(?:banks?|newsrooms?|media|hollywood)\b[^\n]{0,40}?(?:newsrooms?|media|governments?"
            r"|hollywood|congress|parliament)",
            "names surnames families",
        ),
        # (and "Golders Green should be walled off, they like ghettos anyway"; not "the
        # Nazis forced them into ghettos")
        (
            r"(?:they|them|jews|jewish people) (?:like|love|prefer|are used to|enjoy) (?:the |their"
            r" )?ghettos?\b",
            "ghetto ghettos",
        ),
        (
            r"holocaust (?:numbers|figures|death toll|toll|deaths)\b[^.!?\n]{0,40}?(?:never been"
            r" (?:audited|verified|proven|checked)|exaggerated|inflated|made up|fake|a lie)"
            r"|(?:6|six) million (?:is|was) (?:a |such a )?(?:very |rather |bit )?(?:convenient"
            r"|suspicious|suspiciously round|made[- ]up|magic) (?:number|figure)",
            "holocaust million",
        ),
        (
            r"(?:follow the money|pulling the strings|behind (?:every|all|each))\b[^.!?\n]{0,60}?"
            r"rothschilds?\b",
            "rothschild rothschilds",
        ),
        # the 1201st set, Hindus abused: "These Hindus with their dot on the forehead, all of
        # them are casteist rapists in saffron" (a people, then "all of them are" after what
        # is said of them; not "Hindus with their diyas lit up the street, all of them are
        # neighbours we love")
        (
            rf"{_PEOPLES}\b[^.!?\n]{{0,50}}?,? (?:all of them|every one of them|every last one"
            r" of them|the lot of them) (?:are|r) (?:all )?(?:\w+ )?(?:rapists|terrorists"
            r"|criminals|thieves|murderers|paedophiles|pedophiles|traitors|animals|savages"
            r"|parasites|vermin|scum)\b",
            "rapists terrorists criminals thieves murderers paedophiles pedophiles traitors"
            " animals savages parasites vermin scum",
        ),
        # the 1200th set, a woman MP: "Aise hi thodi koi itna deta hai kisi aurat ko 😏" (not
        # "... kisi ko, mehnat karni padti hai"); "Bina pati ki aurat ko itna ghamand?" (not
        # "bina pati ki aurat ko samaj itna pareshan karta hai")
        (
            r"aise hi (?:thodi|thode|thori|thodi na) koi (?:\w+ ){0,2}?(?:deta|deti|dete) (?:hai|h)"
            r" (?:kisi )?(?:aurat|ladki|madam|mahila)\w*"
            r"|bina (?:pati|shaadi|mard|aadmi|husband) (?:ki|ke) (?:aurat|ladki|mahila)\w*\b"
            # (the question mark taken in: a saying asked is the writer's, not an echo)
            r"[^.!?\n]{0,20}?(?:itna|itni|aisa|aisi) (?:ghamand|akad|akkad|attitude|dimaag"
            r"|nakhre)\??",
            "aurat ladki madam mahila auraton",
        ),
        # the 1185th set, a Bihar election: a people or region to be made a country of its
        # own so the rest are rid of it ("Bihar ko alag desh bana do aur border pe deewar,
        # baaki India chain se jiyega"; the 1163rd's "inko alag desh de do aur Hindi belt ki
        # jaan chhodo"; not "Kashmir ko alag desh bana do kehne wale gaddar hain", nor a
        # state argued for, "Telangana ko alag rajya bana do, vikas hoga")
        (
            r"alag (?:desh|mulk|country) (?:bana|banaa|de) (?:do|dena chahiye|diya jaye)\b"
            r"[^.!?\n]{0,60}?(?:deewar|diwar|wall|chain se|sukoon se|shanti se|jaan chhod\w*"
            r"|pichha chhoot\w*|pichha chhuda\w*|chhutkara|bojh)",
            "alag",
        ),
        # the hundred-and-ninety-second round (the 1070th set, Leicester's street clashes, a
        # twenty-seventh whole evening): "Muslim youths in balaclavas, the usual suspects"
        # (not "Muslim leaders condemned it; the usual suspects in the press ignored it"; "an
        # RSS shakha" is read with the terror cells above)
        (
            rf"{_PEOPLES} (?:youths?|men|boys|lads|gangs?|kids|mobs?)?[^.!?\n]{{0,20}}?the usual"
            r" suspects",
            "suspects",
        ),
        # the 1071st set, sarcasm a ninth time (each with a twin): "Wow, a Black man who
        # didn't steal anything, call the papers", "Another day, another Pole drunk on the
        # pavement. Integration at its finest", "Let me guess, the scammer had a Nigerian
        # prince for an uncle", "Gay pride month again, because apparently they weren't loud
        # enough", "Sure, give the Gypsies another field. They'll leave it spotless", "Ah yes,
        # the famous Irish work ethic", "Jewish landlord raises the rent, who could have
        # possibly predicted that", "Next they'll want the whole year off" after a people
        (
            rf"{_BLAMED_PEOPLES}\b[^\n]{{0,80}}?(?:drunk|drinking|stealing|stabbing|begging"
            r"|fighting|shoplifting|dealing|fraud|crime|litter|rubbish|pissing)[^\n]{0,60}?"
            r"(?:integration|multiculturalism|diversity|enrichment) (?:at its (?:finest|best)"
            r"|in action|working as intended)",
            "integration multiculturalism diversity enrichment",
        ),
        (
            r"(?:let me guess|bet|i bet|probably|of course)[^.!?\n]{0,40}?nigerian prince",
            "prince",
        ),
        (
            r"pride(?: month| parade| week)?[^.!?\n]{0,40}?(?:weren'?t|aren'?t|wasn'?t|isn'?t|not)"
            r" (?:loud|annoying|visible|in our faces|in your face|obnoxious) enough",
            "loud annoying visible obnoxious",
        ),
        (
            rf"{_BLAMED_PEOPLES}\b[^\n]{{0,80}}?(?:they'?ll|they will|i'?m sure they'?ll) leave"
            r" it (?:spotless|clean|tidy|immaculate|pristine|just as they found it)",
            "spotless clean tidy immaculate pristine",
        ),
        (
            r"(?:ah|oh) yes,? the (?:famous|legendary|renowned|well-known|world-famous) (?:irish"
            r"|romanian|gypsy|traveller|pakistani|indian|nigerian|somali|mexican|polish|bihari"
            r"|black|muslim|jewish|italian|greek|african|asian|chinese|arab|bangladeshi)s?"
            r" (?:work ethic|punctuality|hygiene|honesty|driving|cleanliness|sobriety"
            r"|generosity|integrity|respect for women|tolerance|peacefulness)",
            "famous legendary renowned",
        ),
        (
            rf"{_PEOPLES}[^\n]{{0,100}}?next (?:they'?ll|they will|they'?re going to) (?:want"
            r"|demand|ask for|expect) (?:the whole|a whole|their own|sharia|every)",
            "next",
        ),
        # the hundred-and-ninety-third round (the 1073rd set, an Indian-American woman on a
        # presidential ticket, a twenty-eighth whole evening): "Smells like curry in the
        # Senate" (not "the kitchen smells like curry"), "Namaste, now deport yourself", "A
        # Hindu and a Jew in the White House, the globalists must be partying"
        (
            r"(?:smells?|smelling|stinks?|stinking|stench|reeks?|reeking) (?:\w+ )?(?:like|of)"
            r" curry (?:in|at|on|around|all over) (?:the )?(?:senate|white house|parliament"
            r"|congress|office|school|bus|train|neighbou?rhood|street|country|town|city|building"
            r"|classroom|cabinet|house)",
            "curry",
        ),
        (
            r"(?:now |just |please |go |so )deport (?:yourself|yourselves|urself)",
            "deport",
        ),
        (
            r"(?:jews?|jewish|zionists?)\b[^.!?\n]{0,60}?(?:the )?globalists? (?:must be|are|will"
            r" be|'?ll be) (?:partying|celebrating|happy|pleased|laughing|rubbing their hands"
            r"|thrilled|delighted)"
            r"|(?:the )?globalists? (?:must be|are|will be|'?ll be) (?:partying|celebrating|happy"
            r"|pleased|laughing|rubbing their hands|thrilled|delighted)[^.!?\n]{0,60}?(?:jews?"
            r"|jewish)",
            "globalist globalists",
        ),
        # the 1075th set, age, disability and size a third time: "Langde ko naukri doge toh
        # kaam kaun karega" (not "Langde aam ki keemat"), "Pagalkhane mein daalo in depression
        # walon ko, natak karte hain sab" (not "... natak nahi hai ye bimari hai"), and
        # wheelchair users told "the rest of us have jobs"
        (
            r"(?:langde|langdon|lule|andhe|andhon|apahij|apahijon|viklang|viklangon|pagal"
            r"|pagalon|behre|goonge)(?: logon| log)? ko (?:naukri|job|kaam|seat|ticket|admission)"
            r" (?:doge|dena|denge|do|diya|doge toh) (?:toh |to )?(?:kaam kaun|kya|desh)",
            "langde langdon lule andhe andhon apahij apahijon viklang viklangon pagal pagalon"
            " behre goonge",
        ),
        (
            r"(?:pagalkhane|pagal khane|mental hospital|asylum|loony bin|nuthouse) (?:mein |me"
            r" |main )?(?:daalo|daal do|bhejo|bhej do|band karo)[^.!?\n]{0,30}?(?:in|inhe|inko|in"
            r" sab|ye|un)\b"
            r"|(?:depression|anxiety|mental|bipolar)[^.!?\n]{0,40}?(?:natak|naatak|drama"
            r"|nautanki) (?:karte|karti|kar rahe|kar rahi) (?:hain|hai|h)",
            "pagalkhane pagal mental asylum loony nuthouse natak naatak drama nautanki",
        ),
        (
            r"(?:wheelchair users|disabled people|the disabled|cripples|handicapped people"
            r"|blind people|deaf people)\b[^.!?\n]{0,80}?(?:the rest of us|some of us|normal"
            r" people|real people) (?:have|got) (?:jobs|work|real jobs|lives)",
            "wheelchair disabled cripples handicapped blind deaf",
        ),
        # the hundred-and-ninety-fourth round (the 1076th set, a Bangladeshi-origin woman
        # elected mayor of Tower Hamlets, a twenty-ninth whole evening): "Hope she enjoys her
        # stay, the deportation flights leave from Stansted" (not "... the budget meetings
        # start on Monday"), "Bet the postal votes were all filled in at the mosque" (not
        # "cast at the mosque", a polling station), "Spot the English person in her cabinet
        # photo" (not "Spot the woman missing"), "soon it'll be a caliphate" (not "will never
        # be")
        (
            r"(?:enjoy|enjoys|enjoying|enjoyed) (?:her|his|their|your) stay[^.!?\n]{0,40}?"
            r"(?:deportation|deport|flights? (?:home|back)|boat back|one-way ticket)",
            "deportation deport",
        ),
        (
            r"(?:postal votes?|ballots?|votes?) (?:were |was |are |all |probably )*(?:filled in"
            r"|filled out|stuffed|rigged|decided|fixed) (?:at|in|by) the (?:mosque|masjid"
            r"|madrasa|imams?|gurdwara|mandir|synagogue)",
            "mosque masjid madrasa imam imams gurdwara mandir synagogue",
        ),
        (
            r"spot the (?:english|white|british|indigenous|native|christian|hindu) (?:person"
            r"|one|face|man|woman|guy|bloke|member|councillor|minister)",
            "spot",
        ),
        (
            r"(?:it'?ll|it will|will|'ll|gonna) (?:soon )?be (?:a |an |the )?(?:caliphate"
            r"|islamic (?:state|republic)|sharia (?:state|zone|land)|mini[- ]pakistan|little"
            r" (?:pakistan|bangladesh))",
            "caliphate sharia islamic pakistan bangladesh",
        ),
        # the 1077th set, regional abuse in Hinglish with twins: "ye Bihari log ..., Mumbai
        # ko kachra bana diya" (not "Mumbai ko traffic ne pareshan kar diya"), "UP walon ...
        # yahan ki roti mat chheeno" (not "garibon ki roti mat chheeno": a policy's victims),
        # "Jahan dekho wahan bhaiyye, ghatiya log", "Marathi nahi aati toh Maharashtra chhod
        # do" (not "... toh seekh lo"), "dimaag bhi chawal jaisa" (said of anyone, an insult)
        (
            r"(?:bihari|bhaiyye|bhaiya|bhaiyya|bangladeshi|madrasi|up wal(?:e|on|o)|marathi"
            r"|gujju|punjabi|kashmiri|miya|rohingya|north indian|south indian)\w*(?: log)?"
            r"[^.!?\n]{0,60}?(?:ko|ne) (?:kachra|kachre|gandagi|gutter|naali|jhopadpatti|slum"
            r"|kachre ka dher) (?:bana diya|bana denge|kar diya|bana dete|bana rahe)",
            "kachra kachre gandagi gutter naali jhopadpatti slum",
        ),
        (
            r"(?:up wal(?:e|on|o)|bihar\w*|bhaiyye|bangladeshi\w*|bahar wal(?:e|on)|outsiders?"
            r"|baahri|north indians?|south indians?|madrasi\w*|marathi\w*)[^.!?\n]{0,80}?"
            r"(?:roti|naukri|naukriyan|rozi|rozgaar) (?:mat |na )?(?:chheeno|chhino|cheeno"
            r"|chheen rahe|chheente|chheen lete)",
            "chheeno chhino cheeno chheen chheente",
        ),
        (
            r"(?:bhaiyye|bhaiyya|bhaiye|bihari|madrasi|bangladeshi|miya|gujju|chinki|kaalu)\w*,?"
            r" (?:sab |saare )?(?:ghatiya|gande|gandey|jahil|jaahil|kameene|neech|gawar|ganwaar)"
            r"(?: log| hain| hai)(?! (?:nahi|nahin|na)(?![a-z]))",  # (not "gande log nahi hain")
            "ghatiya gande gandey jahil jaahil kameene neech gawar ganwaar",
        ),
        (
            r"(?:marathi|kannada|tamil|hindi|bangla|bengali|telugu|malayalam|gujarati|punjabi"
            r"|english) nahi (?:aati|aata|bolte|bolta|bolti|seekh sakte)[^.!?\n]{0,20}?(?:toh|to)"
            r" (?:\w+ )?(?:chhod do|chhodo|chhod ke jao|nikal jao|niklo|wapas jao|bhago)",
            "chhod chhodo niklo nikal bhago",
        ),
        (
            r"(?:dimaag|dimag|akal|brain) (?:bhi )?(?:chawal|idli|dosa|gobar|bhusa|bhoosa"
            r"|bhusaa) (?:jaisa|jaise|jaisi|ki tarah)"
            # ... or filled with it, said of a people ("Coaching se kya hoga, in logon ke
            # dimaag mein gobar bhara hai", the 1100th set, a reply)
            r"|(?:in logon|un logon|inke|unke|in sab|in sabke|un sabke) (?:ke )?(?:dimaag|dimag)"
            r" (?:mein|me) (?:gobar|bhusa|bhoosa|kachra) (?:bhara|bhari|hai|h)",
            "chawal idli dosa gobar bhusa bhoosa bhusaa",
        ),
        # the hundred-and-ninety-fifth round (the 1078th set, a Muslim woman first in
        # Kerala's civil judge exam, a thirtieth whole evening): "sharia se faisle sunayegi"
        # ("Kerala is already half Saudi" is read with the Western city made Karachi), "These
        # people will use the courts for love jihad cases", "Topi walon ki adalat", "Inko
        # judge banaoge toh Hindu ko nyay kahan milega" (not "... toh nyay jaldi milega")
        (
            r"(?:sharia|shariat|quran|kuran) se (?:faisle|faisla|nyay|insaaf|judgement|judgment"
            r"|hukum) (?:sunayegi|sunayega|sunayenge|karegi|karega|karenge|denge|degi|dega)",
            "sharia shariat quran kuran",
        ),
        (
            r"(?:these|those|ye|yeh|in) (?:people|log|logon)[^.!?\n]{0,40}?love jihad",
            "jihad",
        ),
        (
            r"(?:topi|dadhi|burqa|lungi|pagdi|tilak)(?: ?wal(?:on|e|o)| ?waal(?:on|e)) (?:ki|ka"
            r"|ke) (?:adalat|court|raj|sarkar|kanoon|hukumat)",
            "topi dadhi burqa lungi pagdi tilak",
        ),
        (
            r"(?:inko|unko|inhe|in logon ko|musalmano ko|muslims ko|miyan ko|isaiyon ko|dalito ko"
            r"|daliton ko) (?:judge|jaj|collector|dm|sp|mantri|cm|pm|officer|afsar) (?:banaoge"
            r"|banayenge|bana doge|bana diya) (?:toh|to) (?:hindu|hinduon|hamein|humein|hume)"
            r"(?: ko)? (?:nyay|insaaf|naukri|izzat|suraksha) (?:kahan|kaise|kab) (?:milega|milegi)",
            "nyay insaaf suraksha",
        ),
        # the 1061st set, a Dalit groom's horse stoned (a twenty-fourth whole evening): "Ye
        # log ghode pe chadhenge toh ..., sahi kiya jo roka" (the attack called right of a
        # people; not "Police ne sahi kiya jo roka"), "inhe wapas khet mein bhejo", "Dalit
        # ka ghoda bhi dalit hi hoga" (the caste made an insult)
        (
            r"(?:ye|yeh|in|aise) log\b[^.!?\n]{0,80}?sahi kiya (?:jo|ki|ke) (?:roka|rok diya|maara"
            r"|mara|peeta|pita|peet diya|bhagaya|bhaga diya|nikala|nikaal diya|jalaya|jala diya)",
            "roka maara peeta bhagaya nikala nikaal jalaya",  # (not "sahi": said everywhere)
        ),
        (
            r"(?:inhe|inko|unhe|unko|ise|isko|in logon ko|un logon ko|in sabko) (?:wapas|waapas"
            r"|vapas) (?:khet|kheton|naali|naaliyon|gutter|gobar|jhadu|safai|gaon)(?: mein| me"
            r"| pe| par)? (?:bhejo|bhej do|bhejna chahiye|daalo|daal do|lagao|laga do)",
            "khet kheton naali naaliyon gutter gobar jhadu safai",
        ),
        (
            r"(?:dalit|chamar|bhangi|chuhra|churha|harijan|musalman|mulla|miya) ka (?:\w+ )?"
            r"(?:bhi )?(?:dalit|chamar|bhangi|chuhra|churha|harijan|musalman|mulla|miya) (?:hi )?"
            r"(?:hoga|hogi|hai|nikla|nikli)",
            "dalit chamar bhangi chuhra churha harijan musalman mulla miya",
        ),
        # ... and in the 1060th set, a stampede at a Tamil star's rally: "Lungi wapas pehen ke
        # jao" (a people sent home by its dress; not "lungi pehen ke jao, garmi hai"), "leave
        # national politics to real Indians"
        (
            r"(?:lungi|dhoti|gamcha)(?: \w+)? (?:wapas|waapas|vapas) (?:pehen|pehn|pahan|pahen)"
            r"(?: ke| kar|kar)? (?:\w+ )?(?:jao|jaao|chale jao|nikal jao|niklo|nikal lo|bhago)",
            "lungi dhoti gamcha",
        ),
        (
            r"leave (?:\w+ ){0,2}?(?:politics|the country|india|governing|decisions?|the nation"
            r"|bharat) to (?:the )?real (?:indians|hindus|americans|britons|brits|citizens"
            r"|patriots|hindustanis)",
            "indians hindus hindustanis",
        ),
        (
            r"(?:taqiyya|taqiya|taqqiya) (?:se|karke|kar ke|ke dum pe|ke zor pe) (?:\w+ ){0,3}?"
            r"(?:ban gaya|bana|jeet gaya|jeeta|aa gaya|pahunch gaya)|(?:doing|practising"
            r"|practicing|master of|king of|classic|pure|typical) (?:taqiyya|taqiya|taqqiya)"
            r"|(?:taqiyya|taqiya|taqqiya) (?:king|master|expert|merchant)",
            "taqiyya taqiya taqqiya",
        ),
        (
            r"(?:islamist|jihadi|jihadist|mullah|mulla|moslem|muzzie|khalistanis?)"
            r" (?:snakes?|rats?|vermin|cockroach(?:es)?|roach(?:es)?|parasites?|pigs?|dogs?)",
            "islamist jihadi jihadist mullah mulla moslem muzzie khalistani khalistanis",
        ),
        (
            r"(?:the )?(?:cockroaches|roaches|rats|vermin|parasites|locusts|termites|snakes)"
            r" (?:have |has |are )?(?:taken|took|taking|take|got|get) (?:over )?(?:city hall"
            r"|parliament|congress|the council|downing street|the white house|gracie mansion"
            r"|power|the government|the assembly|the senate|the town hall|the mayoralty)",
            "cockroaches roaches rats vermin parasites locusts termites snakes",
        ),
        # the eighty-first round (sets 808-809), a meat ban for a Jain festival: a people's
        # trade to be boycotted, in Hindi's order ("Muslimon ka business boycott karo"), or
        # by a pronoun after the people is named ("Ye Jain apna dharam sab pe thopte hain,
        # inka business boycott karo"; not "Adani ka business boycott karo", a company, nor
        # "Chinese apps, inka maal boycott karo": goods)
        (
            r"(?:(?:jain|jains|jainiyon|muslim|muslims|musalman|musalmanon|musalmano|muslimon"
            r"|miyan|miyon|mullon|isai|isaiyon|christian|sikh|sikhon|sardaron|dalit|daliton"
            r"|marwadi|marwadiyon|marwari|baniye|baniyon|bihari|bihariyon|kashmiri|kashmiriyon"
            r"|bengali|bengaliyon|parsi|parsiyon|hindu|hinduon)(?: log| logon)? (?:ka|ki|ke)"
            r"|(?:jain|jains|jainiyon|muslim|muslims|musalman|musalmanon|muslimon|miyan|mullon"
            r"|isai|christian|sikh|sikhon|dalit|daliton|marwadi|marwari|baniye|bihari|kashmiri"
            r"|bengali|parsi|hindu|hinduon)(?![a-z])[^.!?\n]{0,80}?(?<![a-z])(?:inka|unka|inki"
            r"|unki|inke|unke|in logon ka|un logon ka)) (?:\w+ )?(?:business|businesses|dhanda"
            r"|dhandha|vyapar|vyaapar|karobar|kaarobar|dukaan|dukan|dukaanein|dukanein|dukanon"
            r"|dukaanon|shops?) (?:ka |ki )?(?:boycott|bahishkar|bahishkaar|bahiskar) (?:karo|karna"
            r" chahiye|karenge|kar do|kiya jaye)",
            "boycott bahishkar bahishkaar bahiskar",
        ),
        # the hundred-and-eighty-fourth round (sets 1043-1048, whole evenings): a people made
        # guilty of its criminals' crimes ("the whole community is complicit"; not "the
        # whole council is complicit", an institution); a religious house's insides
        # insinuated ("Convent ke andar kya kya hota hai sab jaante hain"; not "..., ye
        # documentary dikhati hai"); a town's people seen as criminals ("Can't walk through
        # Bradford without seeing a groomer"); a trans woman called "it": `called_it`
        (
            r"(?:the|their|that|this) (?:whole|entire) (?:community|religion|race|tribe|qaum"
            r"|biradari) (?:is|are|was|were|'?s) (?:all |equally |just as )?(?:complicit|guilty"
            r"|accomplices|in on it|to blame)",
            "complicit guilty accomplices blame",
        ),
        (
            r"(?:convents?|nunnery|nunneries|madrasa|madarsa|madrason|madarson|madrasas|madarsas"
            r"|girja ?ghar|mission school)(?: ke| ki| mein| me)?(?: andar| mein| me)? kya kya"
            r" (?:hota|hoti|chalta) (?:hai|h|tha|hain)[^.!?\n]{0,15}?(?:sab|sabko|sabhi|sab log"
            r"|duniya) (?:jaante|jante|jaanta|janta|jaanti|janti|ko pata|ko maloom)",
            "convent convents nunnery nunneries madrasa madarsa madrason madarson madrasas"
            " madarsas girja mission",
        ),
        (
            r"(?:can'?t|cannot|can not|cant) (?:walk|go|drive|step|get) (?:\w+ ){0,4}?without"
            r" (?:seeing|meeting|passing|spotting|bumping into) (?:a|an|another|some|ten|dozens of)"
            r" (?:groomers?|terrorists?|jihadis?|rapists?|paedos?|pedos?|bombers?)",
            "without",
        ),
        # the 1049th set, a Muslim mayor's traffic scheme: a Western city said to be made a
        # Muslim or African one ("wants London to look like Karachi"; not "Karachi's traffic
        # looks like London's"), and its people driven out ("gets the natives out")
        (
            # (and "Tower Hamlets is officially Bangladesh now", the 1076th set, "Kerala is
            # already half Saudi", the 1078th; not "... has a large Bangladeshi community",
            # "Kerala has a big Gulf diaspora")
            r"(?:london|britain|england|the uk|europe|paris|berlin|sweden|stockholm|malmo"
            r"|birmingham|bradford|leicester|luton|manchester|tower hamlets|east london|oldham"
            r"|harrow|southall|wembley|slough|hounslow|ilford|newham|brampton|surrey"
            r"|kerala|bengal|assam|kashmir|hyderabad|malappuram|bhiwandi|mewat"
            # (and "London is becoming Karachi", "... is slowly turning into ...")
            r"|our (?:country|city|town|streets|capital)|this country)\w* (?:to |is |will "
            r"|'?s )?(?:slowly |fast |rapidly |quickly )?(?:look|looks"
            r"|looking|become|becomes|becoming|turn into|turns into|turning into|turned into|into"
            r"|is officially|is basically|is already|is now|has become) (?:like )?(?:a |another"
            r" |the next )?(?:half |mini |little |a mini |a little )?"
            # (and "Harrow is basically Delhi now", the 1114th set)
            r"(?:karachi|islamabad|lahore|mogadishu|kabul|baghdad|dhaka|tehran|riyadh|lagos"
            r"|pakistan|somalia|afghanistan|bangladesh|saudi|arabia|syria|caliphate|delhi"
            r"|mumbai|bombay|india|punjab|kolkata|calcutta)(?![a-z])"
            # (not "London is becoming like Karachi in its traffic jams")
            r"(?![^.!?\n]{0,25}?\b(?:traffic|pollution|smog|weather|heat|potholes|rents?|prices"
            r"|cricket|food)\b)",
            "karachi islamabad lahore mogadishu kabul baghdad dhaka tehran riyadh lagos pakistan"
            " somalia afghanistan bangladesh saudi arabia syria caliphate delhi mumbai bombay"
            " india punjab kolkata calcutta",
        ),
        # the two-hundred-and-twelfth round (the 1122nd set, a minaret approved in
        # Keighley, a fiftieth whole evening): a Western town's name made a Muslim land's
        # ("another step towards Keighleystan", "welcome to Bradistan"; not "another step
        # towards Pakistan's elections", nor a Central Asian country's name)
        (
            r"(?:another step (?:towards|toward|to|closer to)|welcome to|next stop|on the (?:way"
            r"|road) to|becoming|turning into|turned into|is now|is basically)\s+(?!(?:pakistan"
            r"|afghanistan|hindustan|kazakhstan|uzbekistan|tajikistan|turkmenistan|kyrgyzstan"
            r"|kurdistan|balochistan|baluchistan|waziristan|rajasthan|dagestan|tatarstan"
            r"|baltistan|bantustan)(?![a-z]))[a-z]+stan(?![a-z])",
            "towards toward closer welcome stop way road becoming turning turned now basically",
        ),
        # ... and of the 1123rd, sarcasm a thirteenth time: a people said born to steal ("ye
        # log paida hi chori karne ke liye hote hain"; not "... paida hi gareebi mein hote
        # hain", nor "ye neta log ...": politicians)
        (
            r"(?<!neta\s)(?<!mantri\s)(?<!leader\s)(?:ye|yeh|aise|in) log (?:toh |to )?paida hi"
            r" (?:chori|loot|lootne|dange|danga|fasaad|jihad|dhokha|dhokhe|bheekh|jurm|crime"
            r"|rape|balatkar)\w* (?:\w+ )?(?:ke liye|ko|ki khatir) (?:hote|hue|huye|hue hain)",
            "paida",
        ),
        # the two-hundred-and-thirteenth round (the 1124th set, a Muslim woman elected to
        # lead Delhi University's students' union, a fifty-first whole evening): a people's
        # girls said to lure others into "love jihad" ("baaki ladkiyon ko love jihad mein
        # phasaayengi"; not "love jihad ka aarop jhootha nikla"); a people "trained from
        # childhood to play victim" (not "cult members are trained from childhood to obey",
        # no people named); "Wait till her abba and chachas start running the union
        # office, then see what happens to Hindu girls on campus" (not "see what happens to
        # Hindu girls' hostel fees")
        (
            r"love jihad (?:mein|me|main) (?:phasaa?yenge|phasaa?yengi|phasaa?te|phasaa?ti"
            r"|phansaa?yenge|phansaa?yengi|phansaa?te|fasaa?yenge|fasaa?yengi|fasaa?te"
            r"|phasaa?enge|phasaa?egi|phasaa?engi)",
            "love",
        ),
        (
            r"(?:hijabis?|burqa[- ]?walis?|muslims?|jews?|jewish|hindus?|sikhs?|dalits?"
            r"|christians?|arabs?|pakis?|pakistanis?|immigrants?|migrants?|refugees?|blacks)\b"
            r"[^.!?\n]{0,40}?(?:are|r|get|got) (?:all )?(?:trained|taught|raised|brought up"
            r"|programmed) (?:from|since) (?:childhood|birth|the cradle|a young age"
            r"|kindergarten) to (?:play (?:the )?victims?|lie|hate|cry|deceive)",
            "trained taught raised brought programmed",
        ),
        (
            r"wait (?:till|until)\b[^.!?\n]{0,80}?(?:then |and )?(?:see|watch) what happens to"
            r" (?:hindu|our|sikh|christian|jewish) (?:girls|women|daughters|sisters|ladkiyan)"
            # (a possessive is theirs, not them: "... Hindu girls' hostel fees")
            r"(?!['’]| (?:hostel|fees|marks|results|scholarships?|seats?|quotas?)\b)",
            "happens",
        ),
        # the two-hundred-and-fourteenth round (the 1126th set, a Black MP stopped and
        # searched outside Parliament, a fifty-second whole evening): "they all look the
        # same" of a person taken for "every other suspect" (not "the new buses, they all
        # look the same", nor a line-up's suspects picked to look alike); "her lot ...
        # commit half the knife crime" (not "her constituency has half the knife crime");
        # "Monkey see, monkey sue" (not "monkey see, monkey do")
        (
            r"(?:every other (?:suspect|criminal|one)|blacks|black (?:people|men|guys|women)"
            r"|asians|chinese|africans|immigrants|indians|pakis)\b[^\n]{0,100}?(?:they|you"
            r" people|you lot|these people|those people) (?:all|literally all) look (?:the same"
            r"|alike|identical)",
            "same alike identical",
        ),
        (
            r"(?:her|his|their|your|ur) (?:lot|kind|sort|people|community) (?:\S+ )?(?:commit"
            r"|commits|do|does|did) (?:half|most|all|90%|the majority) (?:of )?the (?:knife"
            r" |violent |gun )?crimes?",
            "commit commits do does did",
        ),
        (r"monkey see,? monkey (?:sue|sues|claim|claims|cry|cries)", "monkey"),
        # ... and of the 1127th, age and disability a fifth time (each with a twin): a
        # wheelchair user's needs resented ("... wanting the whole bus rearranged for him.
        # Some of us have jobs to get to"); deaf people's interpreters grudged ("Why are we
        # paying for deaf people's interpreters ...? Let them read the minutes"); autistic
        # children said to drag a class down; "Budhe log bas bojh hain" (not "... bojh nahi
        # hain"); "the only job they're good for" of people with dwarfism; "Mental patients
        # like him should be locked up" (not "... should be listened to")
        (
            r"(?:wheelchair users?|disabled (?:people|person|man|woman|guy|lot)|cripples?"
            r"|spastics?)\b[^.!?\n]{0,30}?(?:wanting|demanding|expecting|asking for)"
            r" (?:the whole|everything|everyone|the entire|special)\b[^\n]{0,80}?(?:some of us"
            r" have (?:jobs|work|lives|places)|the rest of us (?:have|pay|work))",
            "wanting demanding expecting asking",
        ),
        (
            r"why (?:are|should|do) (?:we|taxpayers|i) (?:be )?pay(?:ing)? for (?:deaf|disabled"
            r"|blind|autistic) (?:people'?s? |folks'? |kids'? )?(?:interpreters?|ramps?|carers?"
            r"|signers?|support|lifts?|benefits?)\b[^?\n]{0,60}?\?[^\n]{0,20}?let them",
            "pay paying",
        ),
        (
            r"(?:autistic|disabled|special needs|sen|down'?s|dyslexic|adhd) (?:kids|children"
            r"|pupils|students|people)\b[^.!?\n]{0,40}?(?:drag|drags|pull|pulls|hold|holds"
            r"|bring|brings) (?:everyone|everybody|the (?:rest|class|others)|other (?:kids"
            r"|children))(?: else)? (?:down|back)",
            "drag drags pull pulls hold holds bring brings",
        ),
        # (and "These blind beggars at the station are half of them faking it", not "These
        # blind commuters at the station need tactile paving")
        (
            # (not denied between: "Disabled people are not scroungers")
            r"(?:blind|deaf|disabled|wheelchair|crippled?|handicapped) (?:beggars?|people"
            r"|claimants?|folk|lot|users)\b(?:(?!\bnot\b|n'?t\b|\bnever\b|\bno\b)[^.!?\n])"
            r"{0,40}?(?:faking|fakers?|pretending|scroungers?|frauds?|con artists?|putting it on"
            r"|skivers?)",
            "faking faker fakers pretending scrounger scroungers fraud frauds con putting skiver"
            " skivers",
        ),
        (
            r"(?:budhe|boodhe|buddhe|buzurg|bujurg|old) (?:log|logon|aadmi)\b[^.!?\n]{0,15}?"
            r"(?:bas |sirf |toh )?(?:bojh|boj|burden|bekaar|bekar|kachra) (?:hain|hai|h"
            r"|hote hain)",
            "bojh boj burden bekaar bekar kachra",
        ),
        (
            r"(?:dwarfs?|midgets?|cripples?|disabled|blind|deaf|wheelchair users?|autistics?"
            r"|retards?)\b[^.!?\n]{0,40}?(?:is |are )?the only (?:job|thing|work|role|use)"
            r" (?:they'?re|they are|theyre|they'?ll ever be) (?:good|fit) for",
            "good fit",
        ),
        (
            r"(?:mental (?:patients?|cases?)|psychos?|nutters?|loonies|schizos?|mentally ill"
            r"(?: people| folk| patients)?)(?: like (?:him|her|you|them|that))? (?:should|must"
            r"|need to|ought to) (?:be )?(?:locked up|locked away|put away|sectioned"
            r"|institutionali[sz]ed|kept away)",
            "locked put sectioned institutionalised institutionalized kept",
        ),
        # the two-hundred-and-fifteenth round (the 1128th set, a Pakistani singer's concert
        # in Mumbai cancelled, a fifty-third whole evening): "Inka gala hi dabana chahiye"
        # after a people named (not "pollution ka gala dabana chahiye"); those who go to
        # their concerts listed as traitors, "unki list banao aur ghar pe chitthi bhejo";
        # "Ye sab ISI ke agent hain, gaane ke bahane jasoosi karne aate hain" (not "ISI ke
        # agent pakde gaye, police ne bataya")
        (
            r"(?:pakistani|pakistaniyon|pakistanion|muslim|musalman|mulle|bangladeshi|kashmiri"
            r"|khalistani|sikh|christian|dalit)\w*\b[^\n]{0,120}?(?:inka|unka|iska|uska) gala"
            r" (?:hi )?(?:daba|dabana|dabao|dabaa|ghont|ghotna|ghontna|kaat|kaatna) (?:do|dena"
            r"|chahiye|denge|dalo)",
            "gala",
        ),
        (
            r"(?:wo|woh|ye|yeh) (?:bhi )?(?:gaddar|gaddaar|deshdrohi|traitors?)\b[^.!?\n]{0,20}?"
            r"(?:unki|inki|sabki|their) (?:list|suchi|names?) (?:banao|bana lo|nikalo|banaiye"
            r"|make)\b[^.!?\n]{0,30}?(?:ghar pe|ghar par|gharon pe|at their homes?|to their"
            r" homes?)",
            "list suchi names name",
        ),
        (
            r"(?:ye|yeh|sab|saare|ye sab) (?:sab )?(?:isi|aai es aai) (?:ke|ka) (?:agent|agents"
            r"|jasoos|aadmi)(?: hain| hai| h)?,?[^.!?\n]{0,30}?(?:ke bahane|ki aad mein|ke naam"
            r" pe)",
            "bahane aad naam",
        ),
        # the two-hundred-and-sixteenth round (the 1130th set, a statue of Sikh soldiers
        # vandalised in Smethwick, a fifty-fourth whole evening): a people's monument sent
        # "where it belongs" after "who asked for" it (not "send the Kohinoor back to India
        # where it belongs"); the vandalism put on "their own lot ... to play victim" (not
        # "the council ... played victim"); its soldiers "mercenaries, nothing more. Tear it
        # down." (not "... no reason to tear it down")
        (
            r"(?:who asked for|nobody asked for|no one asked for|nobody wants?|no one wants?)\b"
            r"[^\n]{0,80}?(?:put|send|move|take) (?:it|them|that|this)(?: up| back)? (?:in|to)"
            r" (?:amritsar|punjab|pakistan|india|mecca|saudi|africa|delhi|bangladesh|somalia"
            r"|kabul|dhaka|lahore|karachi)\b[^.!?\n]{0,10}?where (?:it|they) belongs?",
            "belongs belong",
        ),
        (
            r"(?:one of )?their own (?:lot|kind|people|sort)\b[^.!?\n]{0,30}?(?:trying to |to"
            r" )?play(?:ing)? (?:the )?victims?",
            "play playing",
        ),
        (
            r"(?:mercenaries|mercenary|hired guns|paid killers),? (?:nothing more|that'?s all|no"
            r" more|nothing else)\b[^\n]{0,40}?(?:tear|pull|knock|rip) (?:it|them|that|the"
            r" statue|the memorial) down",
            "tear pull knock rip",
        ),
        # the two-hundred-and-seventeenth round (the 1132nd set, a Dalit cook's mid-day meals
        # boycotted in an Uttarakhand village, a fifty-fifth whole evening): "Jiski jo jagah
        # hai wahi rahe" (not "..., ye kehna casteism hai": named to reject it); "inke ...
        # ganda khoon" (not "hijama se ganda khoon nikalta hai"); a people to defile "hamare
        # bachchon ko bhi apvitra karengi" (not "plastic hamare paani ko ganda kar raha hai")
        (
            r"(?:jiski|jiska|jinki|jinka) jo (?:jagah|aukaat|aukat|sthan|hasiyat|haisiyat)"
            r" (?:hai|h),? (?:wahi|vahi|wahin|usi mein|wahan) (?:rahe|rahein|rahen|rehna chahiye"
            r"|rahna chahiye)(?![^.!?\n]{0,30}?\b(?:casteism|jaativaad|jativad|galat|sharam))",
            "jagah aukaat aukat sthan hasiyat haisiyat",
        ),
        (
            r"(?:inke|unke|inka|unka|in logon|un logon|ye log|inki|unki)\b[^.!?\n]{0,80}?(?:ganda"
            r"|gande|neech|apvitra|ashuddh|ghatiya) (?:khoon|khun|nasl)",
            "khoon khun nasl",
        ),
        (
            r"(?:hamare|humare|hamara|hamari) (?:bachchon|bacchon|ghar|gharon|mandir|mandiron"
            r"|khane|khana|kuan|kuen|paani|rasoi)\b[^.!?\n]{0,15}?(?:ko |ka |ki )?(?:bhi )?"
            r"(?:apvitra|ashuddh|bhrasht|napaak|napak) (?:karenge|karengi|kar denge|kar dengi"
            r"|kar rahe|kar rahi|karega|karegi|kar degi|kar dega)",
            "apvitra ashuddh bhrasht napaak napak",
        ),
        # the 1052nd set, a Jewish candidate's primary: antisemitism in code ("bought and paid
        # for by Soros and the usual tribe" (not "the usual tribe of lobbyists"), "Dual
        # loyalty much? Ask her which flag she'd salute first" (not "the dual loyalty trope
        # is antisemitic"), "Shekels well spent")
        (
            r"(?:the )?usual tribe(?! of)|(?:dual|divided) loyalt(?:y|ies)(?! (?:trope|smear"
            r"|accusation|canard|charge|claim|myth|slur|libel|lie))|which flag (?:she|he|they"
            r"|you|u)(?:'?d| would| will|'?ll)? (?:salute|pledge to|fight for|choose) first"
            r"|shekels? (?:well spent|talking|at work|speak|speaking)",
            "tribe loyalty loyalties salute shekel shekels",
        ),
        # the 1057th set, sarcasm a seventh time (1 of 8 at first sight): a people and its
        # crimes called "a coincidence, I'm sure" ("Another traveller site, another spate of
        # burglaries. Total coincidence, I'm sure."; not "Another council meeting, another
        # tax rise. ..."), "very enriching" said of a people ("... so keen on cousin marriage
        # and fraud, very enriching", a vice before it; not "the exchange year with Pakistani
        # students was very enriching"), a people's trade said to be crime ("Wonderful to see
        # the Romanians keeping the pickpocketing industry alive"), "more doctors and
        # engineers arriving by dinghy" (not "doctors arriving by boat to the flooded
        # villages")
        (
            rf"{_BLAMED_PEOPLES}\b[^\n]{{0,120}}?(?:total|pure|complete|sheer|just an?|a)"
            r" coincidence,? (?:i'?m sure|obviously|of course|no doubt|surely)"
            # ... or left to speak for itself: "the Roma family moved in and the bikes started
            # vanishing the same week. Pure chance." (the 1063rd set, sarcasm an eighth time)
            rf"|{_BLAMED_PEOPLES}\b[^\n]{{0,120}}?(?:total|pure|complete|sheer) (?:chance"
            r"|coincidence)(?=\s*(?:[.!]|$))",
            "coincidence chance",
        ),
        # ... a people "shocked, shocked" by its own crimes ("I'm sure the Pakistani community
        # will be shocked, shocked, to hear about another grooming case"; not "the council will
        # be shocked, shocked, to hear the bins weren't collected")
        (
            rf"{_BLAMED_PEOPLES}\b[^.!?\n]{{0,30}}?(?:will be|must be|is|are|'?ll be|would be)"
            r" (?:so )?(?:shocked|stunned|surprised),? (?:shocked|stunned|surprised)[^.!?\n]{0,40}?"
            r"(?:grooming|rapes?|stabbings?|gangs?|crimes?|terror\w*|bomb\w*|theft|burglar\w*)",
            "shocked stunned surprised",
        ),
        # ... "Diversity is our strength, which is why I now need three locks on my door", the
        # slogan turned on a people's supposed crimes (not "... forty stalls")
        (
            r"diversity (?:is|=) (?:our )?strength[^.!?\n]{0,40}?(?:locks?|alarms?|knife|knives"
            r"|pepper spray|cctv|bars on|guard dogs?|stab ?vests?|can'?t walk|afraid to walk"
            r"|scared to walk|no[- ]go)",
            "diversity",
        ),
        # ... "So brave of these refugees to cross twelve safe countries to reach our free
        # hotels" (not "... to cross the sea with their children")
        (
            r"so brave (?:of )?(?:these|those|the|our) (?:refugees|migrants|asylum seekers"
            r"|illegals|invaders)[^.!?\n]{0,60}?(?:free|five[- ]star|luxury|taxpayer[- ]funded)"
            r" (?:hotels?|housing|phones|handouts|benefits|money)",
            "brave",
        ),
        # ... a mosque welcomed "with more noise at 5am and fewer white faces" (not "More
        # diversity on the board, the report says")
        (
            r"(?:just what (?:this|our|the) (?:town|city|country|street|area|village"
            r"|neighbou?rhood) needed|oh (?:wonderful|great|brilliant|lovely|fantastic)"
            r"|how (?:wonderful|lovely))[^\n]{0,80}?(?:fewer|less) (?:white|english|british)"
            r" (?:faces|people|children|kids|families)",
            "fewer english british",  # (not "white": one comment in a hundred says it)
        ),
        # ... women soldiers: "Great, women on the frontline now. Can't wait for the enemy to
        # surrender laughing" (not "the enemy will die laughing at our logistics")
        (
            r"(?:women|woman|girls|ladies|females?)[^\n]{0,80}?(?:surrender|die|collapse|fall"
            r" over|roll over)s? laughing",
            "laughing",
        ),
        (
            rf"{_BLAMED_PEOPLES}\b[^.!?\n]{{0,60}}?(?:fraud|crimes?|grooming|stabbings?|rapes?"
            r"|theft|knife|knives|gangs?|cousin marriage|burglar\w*|pickpocket\w*|scams?"
            r"|benefits|welfare)\b[^.!?\n]{0,30}?(?:very|so|how|truly|really|such|most)"
            r" enriching",
            "enriching",
        ),
        (
            rf"{_BLAMED_PEOPLES}\b[^.!?\n]{{0,40}}?(?:pickpocketing|begging|shoplifting|burglary"
            r"|grooming|scamming|drug dealing) (?:industry|trade|business|economy)",
            "pickpocketing begging shoplifting burglary scamming",
        ),
        (
            r"(?:more|all these|all the|so many|another load of|boatloads of) (?:\w+ )?(?:doctors"
            r"|engineers|rocket scientists|brain surgeons|scientists|surgeons|professors)"
            r"(?: and (?:\w+ )?(?:doctors|engineers|rocket scientists|brain surgeons|scientists"
            r"|surgeons|professors))? (?:arriving|coming|landing|turning up) (?:by|on|in) (?:a )?"
            r"(?:dinghy|dinghies|small boats?|rubber boats?|the back of a lorry)",
            "dinghy dinghies lorry",
        ),
        # (cued by its rare words only: a cue word here sends a comment through every
        # saying, and "white people out" would have sent one comment in seventy)
        (
            r"(?:get|gets|getting|drive|drives|driving|push|pushes|pushing|force|forces|forcing"
            r"|drove|pushed|forced|got) (?:the |us )?(?:natives|indigenous (?:brits|britons"
            r"|people|population)) out",
            "natives indigenous",
        ),
        # the hundred-and-ninety-sixth round (sets 1080-1082): Nigerian students beaten by a
        # mob in Greater Noida, a thirty-first whole evening: "wherever they go, crime
        # follows" (not "wherever they go, fans follow"); "half of them are here for the
        # white powder and our girls" (not "scouts came for our girls' team"); "Their
        # embassy should come and collect its monkeys" (not "the zoo should take back its
        # monkeys"); and of the sarcasm round, "the Chinese brought us a virus" (not "the
        # company caused the leak", nor China's government named)
        (
            r"(?:wherever|everywhere) (?:they|these people|those people|these \w+|those \w+)"
            r" (?:go|goes|went|settle|settled|live)[,.]? (?:\w+ )?(?:crime|crimes|rapes?|terror"
            r"|trouble|drugs|violence|riots|chaos|filth|disease|grooming)"
            r" (?:follows?|followed|comes?|came|rises|rose|goes up|went up|goes with them)",
            "wherever everywhere",
        ),
        (
            r"(?:they|these \w+|half of them|most of them|all of them)(?: are|'?re| r)? (?:only "
            r"|just |all )?(?:here|come|came|coming) (?:only |just )?for[^.!?\n]{0,30}?"
            r"(?:our|hamari|humari) (?:girls|women|daughters|ladkiyan|betiyan)(?![a-z'])"
            r"(?! (?:team|school|match|hostel|college|league|squad))",
            "girls women daughters ladkiyan betiyan",
        ),
        (
            r"(?:embassy|embassies|high commission|consulate|country|government|africa|nigeria"
            r"|pakistan|bangladesh)\b[^.!?\n]{0,30}?(?:collect|take back|call back|recall"
            r"|fetch|come for|send for) (?:its|their|these|those|the|his|her) (?:monkeys|apes"
            r"|baboons|gorillas|animals|savages|cannibals|cockroaches)(?![a-z])",
            "monkeys apes baboons gorillas animals savages cannibals cockroaches",
        ),
        (
            r"(?:the chinese|chinese people|chinks?|chinkies|chini log|chinese log)"
            r" (?:\w+ )?(?:brought|gave|sent|spread|unleashed|released|cooked up)"
            r" (?:us |the world |everyone )?(?:a |the |this |their )?(?:virus|covid|corona"
            r"|plague|pandemic|bat flu)(?![a-z])",
            "virus covid corona plague pandemic",
        ),
        # the two-hundred-and-ninth round (sets 1116-1117): a Muslim officer allotted a flat in
        # a Vadodara society, a forty-sixth whole evening: "In logon ko alag colony mein
        # rakho" (not "... rakhne ki baat karna hi gair-kanooni hai"), "Aaj ek flat, kal poori
        # building, phir masjid" (not "Aaj ek flat, kal doosra, ..."), "Gandagi failayenge,
        # non-veg pakayenge" (not "Non-veg ka mudda hai toh society ke rules mein likho");
        # a Sikh man attacked on a New York subway, a forty-seventh: "If you don't want to get
        # punched, dress like an American" (not "If you don't want to get robbed, ..."),
        # "Taliban cosplay on the subway" (not "Halloween cosplay")
        (
            r"(?:in logon|un logon|inko|unko|inhe|unhe|ye log|in sab)\b[^.!?\n]{0,20}?(?:alag"
            r"|alag se) (?:colony|colonies|basti|mohalla|mohalle|building|society|school"
            r"|ghetto) (?:mein|me) (?:rakho|bhejo|basao|rakhna chahiye|bhejna chahiye)"
            r"|aaj ek \w+,? kal\b[^.!?\n]{0,30}?(?:phir|fir|aur phir) (?:masjid|mosque|madrasa"
            r"|sharia|pakistan|mazaar)"
            r"|gandagi (?:failayenge|phailayenge|failaenge|karenge|failate|phailate)\b"
            r"[^.!?\n]{0,40}?(?:non-?veg|maas|meat|gosht)",
            "alag masjid mosque madrasa sharia pakistan mazaar gandagi",
        ),
        (
            r"if (?:you|u|they|he|she) (?:don'?t|do not|dont) want to (?:get|be) (?:punched"
            r"|attacked|beaten|hurt|stabbed|shot|harassed|spat on)[^.!?\n]{0,20}?,? (?:dress"
            r"|look|act|talk|behave) like"
            r"|(?:taliban|terrorist|bin laden|osama|isis|jihadi) (?:cosplay|costume|outfit|fancy"
            r" dress|getup|get-up)",
            "punched attacked beaten hurt stabbed shot harassed spat cosplay costume outfit fancy"
            " getup",
        ),
        # the two-hundred-and-eighth round (sets 1114-1115): a Hindu temple's new hall in
        # Harrow, a forty-fourth whole evening: "Can't hear English on the high street
        # anymore", "Sweets today, sharia tomorrow" (not "Sweets today, a planning fight
        # tomorrow"); a Dalit pradhan's gate to the village temple, a forty-fifth: "apni jagah
        # bhool gaye hain ye log" (not "... jagah wahi hai jo gaon ne di")
        (
            r"(?:can'?t|cannot|can not|never|don'?t) (?:even )?hear (?:a word of |any )?english"
            r" (?:on|in) (?:the|our|my) (?:high street|streets?|shops?|buses|bus|town|market)"
            r"|(?:sweets|smiles|samosas|curry|diwali|eid|halal|mosques?|hijabs?|\w+) today,?"
            r" (?:sharia|shariah|caliphate|the caliphate|jihad) tomorrow"
            r"|(?:ye log|yeh log|in logon|inko|unko|ye sab)\b[^.!?\n]{0,30}?apni (?:jagah|aukaat"
            r"|aukat|auqat|haisiyat) bhool (?:gaye|gayi|gaya|jaate)|apni (?:jagah|aukaat|aukat"
            r"|auqat|haisiyat) bhool (?:gaye|gayi|gaya) (?:hain |hai )?(?:ye|yeh) log",
            "english sharia shariah caliphate jihad bhool",
        ),
        # the two-hundred-and-seventh round (sets 1111-1113): an interfaith couple mobbed at a
        # marriage registrar's in Dehradun, a forty-third whole evening: "Hindu sherni ne
        # kasaai se shaadi kar li" (a butcher, a name for Muslims; not "... Muslim dulhe se
        # shaadi ki"); sarcasm a twelfth time: a people's business in scare quotes
        # ("Another Romanian \"car wash\""; not "Another vape shop"), "more \"engineers\"
        # from Afghanistan" (not "more \"consultants\" from the ministry"), "Bangladeshi
        # bhai aaye hain, ab mohalle mein cycle bhi safe nahi" (not "naya contractor aaya
        # hai, ..."), "They usually navigate by camel", a Dalit doctor and "dharm bhi badal
        # jayega", "Chinese restaurant khula hai, ab gali ke kutte gayab honge" (not "...
        # ab gali ki parking gayab hogi")
        (
            r"(?:kasaai|kasai|qasai|qasaai|kasaayi) (?:se|ke saath|ke sath) (?:shaadi|shadi"
            r"|nikah|pyaar|pyar|byah)",
            "kasaai kasai qasai qasaai kasaayi",
        ),
        (
            r"(?:romanian|albanian|turkish|kurdish|chinese|vietnamese|thai|polish|bulgarian"
            r"|pakistani|bangladeshi|indian|eastern european) [\"“'](?:car wash|hand car wash"
            r"|nail bar|nail salon|massage parlou?r|barbers?|spa|restaurant|minicab firm)[\"”']"
            r"|[\"“'](?:engineers|doctors|students|refugees|children|kids|teenagers|asylum seekers"
            r"|families|nurses|scientists|surgeons)[\"”'] from (?:afghanistan|syria|eritrea"
            r"|sudan|albania|africa|pakistan|iraq|iran|somalia|the boats|calais|france)",
            "wash bar salon parlour parlor barber barbers spa restaurant firm engineers doctors"
            " students refugees children kids teenagers seekers families nurses scientists"
            " surgeons",
        ),
        (
            r"(?:bangladeshi|bihari|rohingya|bhaiya|bhaiyya|nepali|gypsy|gypsies|romanian|roma)"
            r"\b[^.!?\n]{0,30}?(?:aaye|aa gaye|aaye hain|aa gaye hain|moved in|arrived)"
            r"[^.!?\n]{0,15}?(?:ab|now)\b[^.!?\n]{0,30}?(?:safe nahi|chori|gayab|lock your"
            r"|hide your|bolt your)"
            r"|(?:navigate|travel|commute|drive|get around|got here) (?:by|on a) camel"
            r"|(?:dalit|chamar|bhangi|sc)\b[^\n]{0,60}?dharm (?:bhi )?(?:badal|bhrasht|nasht"
            r"|kharab) (?:ho )?(?:jayega|jaayega|jaega)"
            r"|chinese\b[^.!?\n]{0,40}?(?:kutte|kutton|dogs|billi|billiyan|cats) (?:gayab"
            r"|ghayab|missing|disappear)",
            "safe chori gayab lock hide bolt camel dharm kutte kutton dogs billi billiyan cats",
        ),
        # the two-hundred-and-fifth round (sets 1107-1109): a farmer's death at the Shambhu
        # border, a forty-first whole evening ("Ek Khalistani kam hua" is read with "one less
        # turban", above): "Gurdwara se langar khilao aur desh todo" (not "... sab ko khilaya
        # ja raha hai"); a boat
        # capsized in the Channel, a forty-second: "Good. Eight fewer to house in a four-star
        # hotel" (not "Good that the French coastguard got the other 50 out"), "Cockroaches
        # can swim, apparently not all of them", "Africa's garbage washing up on our shores"
        # (not "Plastic and life jackets washing up"); a thread on reservation: "inke
        # bachche chaprasi hi bante hain, dimaag hi nahi hai"
        (
            r"(?:langar|namaz|masjid|church|conversion|gurdwara)[^.!?\n]{0,30}?(?:aur|and)"
            r" desh (?:todo|todna|todte|tod do)",
            "todo todna todte tod",
        ),
        (
            r"(?:^|[.!?] )good[.!,]? (?:\w+ )?fewer (?:to (?:house|feed|pay for|deport)"
            r"|of them|scroungers|on benefits)"
            r"|(?:cockroaches|rats|vermin|roaches) (?:can|could) (?:swim|float)[,.]? (?:\w+ )?not"
            r" all of them"
            r"|(?:africa'?s|the third world'?s|pakistan'?s|india'?s|asia'?s|the world'?s)"
            r" (?:garbage|trash|rubbish|scum|filth|dregs|sewage) (?:washing up|washes up|arriving"
            r"|landing|coming|pouring in)",
            "fewer swim float garbage trash rubbish scum filth dregs sewage",
        ),
        (
            r"(?:inke|unke|in logon ke|inki|unki)\b[^.!?\n]{0,40}?(?:dimaag|dimag|akal|akl) (?:hi"
            r"|toh|to) (?:nahi|nahin|nhi) (?:hai|h|hota|hoti)",
            "dimaag dimag akal akl",
        ),
        # the two-hundred-and-fourth round (sets 1104-1106): a Somali-American
        # congresswoman's insulin bill, a fortieth whole evening: "She married her brother,
        # everybody knows it" (not "She married young, came as a refugee"), "Somalis are a
        # welfare-sucking tribe that brought nothing but crime to Minneapolis" (not "...
        # run half the small businesses"), "Headscarf in Congress, next it'll be goats on the
        # Capitol lawn" (not "Headscarf rules in Congress were changed in 2019")
        (
            r"(?:she|he) (?:\w+ )?married (?:her|his) (?:own )?(?:brother|sister)(?!'s|s)"
            r"|(?:welfare|benefits?|dole)[- ]?(?:sucking|scrounging|leeching|grabbing|bludging)"
            r"|brought (?:us )?nothing but (?:crime|trouble|drugs|violence|rape|terror|disease)"
            r" (?:to|into)",
            "married welfare benefit benefits dole brought",
        ),
        (
            r"(?:hijabs?|headscarf|headscarves|burqas?|niqabs?|turbans?|sharia|halal)"
            r"[^.!?\n]{0,40}?next (?:it'?ll be|it will be|they'?ll (?:want|bring|have)|comes?)"
            r" (?:\w+ )?(?:goats|camels|sheep)(?![a-z])",
            "goats camels sheep",
        ),
        # the two-hundred-and-third round (sets 1101-1103): Sadiq Khan's fourth term, a
        # thirty-eighth whole evening: "The Muslims voted as a block, as they're told to by the
        # mosque" (not "The outer boroughs voted as a block against ULEZ"); "deported along
        # with the rest of his kind" (not "pushed on knife crime"); "won't be happy until every
        # woman in London is in a burqa" (not "... every cyclist in London has a lane"); and
        # Siraj's sajda after five wickets, a thirty-ninth, in Hinglish ("Sajda karna hai toh
        # Pakistan jaake karo" is read by the 491st set's pattern, above): "Ye log khelte India ke
        # liye hain par dil Pakistan mein rehta hai"; "Jihadi celebration band karo" (not
        # "Bihu celebration band karo bol rahe the kuch log"); "match fix karke Pakistan ko
        # jita denge ye"
        (
            r"(?:muslims|muslim voters|they|muslim community|the community) (?:all )?(?:vote|votes"
            r"|voted) (?:as a|in a|like a) (?:bloc|block)[^.!?\n]{0,40}?(?:mosque|mosques|imam"
            r"|imams|mullah|mullahs|told)"
            r"|as (?:they'?re|they are|they were) told (?:to )?by (?:the|their) (?:mosque|imams?"
            r"|mullahs?|mullas?)",
            "bloc block mosque mosques imam imams mullah mullahs mulla mullas",
        ),
        (
            r"(?:deport(?:ed)?|sent back|send (?:him|her|them) back|kicked out|thrown out|removed)"
            r"\b[^.!?\n]{0,30}?(?:with|along with|and) (?:the rest of |all of )?(?:his|her|their)"
            r" (?:kind|lot|sort|type)(?![a-z])",
            "deport deported sent send kicked thrown removed",
        ),
        (
            r"(?:won'?t|will not|wont) (?:be )?(?:happy|satisfied|stop|rest) (?:until|till)"
            r" (?:every|all) (?:woman|women|girl|girls)[^.!?\n]{0,20}? (?:is|are|wears?) (?:in )?"
            r"(?:a )?(?:burqa|burka|hijab|niqab|veil)s?(?![a-z])",
            "burqa burka hijab niqab veil burqas burkas hijabs niqabs veils",
        ),
        (
            r"(?:ye log|in logon|inka|unka|inki|unki|sab ke sab|saare)\b[^.!?\n]{0,40}?(?:dil"
            r"|wafadari|wafadaari|vafadari|loyalty) (?:toh )?pakistan (?:mein|me|ke saath|ke liye)"
            r" (?:rehta|hai|basta|dhadakta|hoti)"
            r"|jihadi (?:celebration|celebrations|jashn|sajda|dua|namaz|cricketer|bowler|player"
            r"|khiladi)(?![a-z])"
            r"|(?:match fix karke|jaan ?boojh ke|jaan ?bujh ke|jaanbujh ke)[^.!?\n]{0,20}?"
            r"(?:pakistan ko (?:jita|jitwa) (?:denge|dega|diya|dete)|(?:match )?(?:haara|haar"
            r" gaya|haar denge|hara diya)[^.!?\n]{0,10}?pakistan ke liye)",
            "dil wafadari wafadaari vafadari loyalty jihadi fix boojh bujh jaanbujh",
        ),
        # the two-hundred-and-second round (sets 1098-1100): a fire in the Rohingya camp at
        # Madanpur Khadar, a thirty-seventh whole evening ("Who lit it? Whoever it was
        # deserves a medal" is read with the 909th set's killer thanked); long comments in
        # Hinglish, a fourth time: "reservation wale teacher ... bas quota ki roti todte hain"
        (
            r"quota (?:ki|ka) (?:roti|rotiyan|malai|khairat|khairaat|khana) (?:tod|todte|todta"
            r"|todti|kha|khate|khata|chaat|chaatte)\w*",
            "roti rotiyan malai khairat khairaat khana",
        ),
        # the two-hundred-and-first round (sets 1095-1097): a hijabi referee's first Premier
        # League match, a thirty-sixth whole evening: "Islamification of football" (not "the
        # 'Islamisation of Europe' myth", set apart), "the first sharia red card" (not "the
        # first VAR red card")
        (
            r"(?:islami[sz]ation|islamification|islamifying|islami[sz]ing) of (?:our |the )?"
            r"(?:football|sport|cricket|britain|england|europe|india|the uk|schools|the west"
            r"|society|\w+)"
            r"|(?:first|next) sharia (?:red card|yellow card|penalty|offside|referee|match|goal"
            r"|ruling|whistle)",
            "islamisation islamization islamification islamifying islamising islamizing sharia",
        ),
        # the two-hundredth round (sets 1092-1094): Hindus and Sikhs clashing at a temple in
        # Brampton, a thirty-fifth whole evening: "these sanghi rats should be deported" (not
        # "... Khalistani extremists both have no place in Canada"), "Turban wale ho ya tilak
        # wale, dono ko desh se nikaal do" (not "... dono ko ek saath baith ke baat karni
        # chahiye"); sarcasm in Hinglish and English an eleventh time: "the Roma family next
        # door is just really into recycling other people's bikes", "the Nigerian prince
        # finally came through for the new MP" (the frames of the round: `_SARCASM_FRAMES`)
        (
            r"(?:rats|cockroaches|vermin|parasites|leeches|termites|snakes) (?:should|must|need"
            r" to|ought to|deserve to) be (?:deported|sent back|thrown out|kicked out|expelled"
            r"|driven out)",
            "rats cockroaches vermin parasites leeches termites snakes",
        ),
        (
            r"(?:turban|pagdi|pagri|tilak|topi|dadhi|daadhi|burqa|burke|hijab|janeu|choti) (?:wale"
            r"|walon|wali|waale)\b[^.!?\n]{0,40}?(?:desh se|bahar|canada se|india se|yahan se)"
            r" (?:nikaal|nikal|nikalo|nikaalo|bhaga|bhagao|bhej) (?:do|dena|diya jaye|dijiye)?",
            "turban pagdi pagri tilak topi dadhi daadhi burqa burke hijab janeu choti",
        ),
        (
            r"(?:roma|gypsy|gypsies|gipsy|gipsies|travellers?|pikeys?)\b[^.!?\n]{0,40}?(?:recycling"
            r"|borrowing|collecting|rehoming) (?:other people'?s|your|our|the neighbours'?)"
            r" (?:bikes|cars|copper|lead|tools|scrap|catalytic converters|things|stuff)"
            r"|nigerian prince (?:\w+ )?(?:came through|paid up|delivered|sent the money"
            r"|finally paid)",
            "recycling borrowing collecting rehoming prince",
        ),
        # the hundred-and-ninety-ninth round (sets 1089-1091): a Sikh driver's truck crash in
        # California, a thirty-fourth whole evening ("they smell like curry" is read with
        # "they stink of curry", above); age, disability and size a fourth time: "in a care home
        # wearing a bib" (not "in the senate only if he can still do the job"), "Buddhi ho
        # gayi hai, ghar baithe bhajan kare" (not "Dadi ab ghar baithe bhajan karti hain"),
        # "Motu ko dekh ke lagta hai poora budget khud kha gaya" (not "Budget ko dekh ke ...
        # defence kha gaya"); regional abuse in Hinglish a second time: "Bengali babus ...
        # Ye log hi West Bengal ko kha gaye" (not "... ne hi pehli baar file digitise ki"),
        # "Kashmiri pandit ..., sab ke sab sarkari paise pe pal rahe hain" (not "... sarkari
        # vaade poore nahi hue")
        (
            r"(?:care|nursing|old people'?s|old age|retirement) home,? (?:wearing|in) (?:a bib"
            r"|nappies|diapers|adult diapers)"
            r"|(?:buddhi|budhiya|buddha|budhau|buddhe|boodhe|budhe|buddhi aurat)[^.!?\n]{0,30}?"
            r"ghar (?:baithe|baith ke|baithkar|pe baith ke|mein baith ke) (?:bhajan|mala|maala"
            r"|ram naam) (?:kare|karo|karein|kijiye|japo|jape)(?![a-z])"
            r"|(?:motu|moti|mote|motey|haathi|gainda) ko dekh (?:ke|kar) lagta hai[^.!?\n]{0,30}?"
            r"kha (?:gaya|gayi|gaye|jayega)",
            "bib nappies diapers bhajan mala maala naam motu moti mote motey haathi gainda",
        ),
        (
            r"(?:bengali|bihari|madrasi|punjabi|gujju|gujarati|marwari|marwadi|kashmiri|assamese"
            r"|odia|oriya|tamil|malayali|mallu|haryanvi|jaat|bhaiya|bhaiyya|sindhi|nepali)"
            r" (?:babus?|log|logon|pandits?|bhai|wale)\b[^\n]{0,60}?(?:ye|yeh) log hi"
            r" [^.!?\n]{0,30}?(?:kha gaye|kha gaya|barbaad kar (?:diya|diye)|dubo (?:diya|diye)"
            r"|dooba (?:diya|diye)|loot (?:liya|liye)|tabah kar (?:diya|diye))"
            r"|(?:bengali|bihari|madrasi|punjabi|gujju|gujarati|marwari|marwadi|kashmiri|dalit"
            r"|muslim|musalman|sikh|isai|adivasi|assamese|nepali)[^.!?\n]{0,40}?(?:sab ke sab"
            r"|saare ke saare|sab) (?:sarkari|muft ke|hamare|taxpayer ke) (?:paise|paison"
            r"|raashan|rashan|khairat|khairaat) (?:pe|par) (?:pal|pale|jee|ji|zinda)"
            # ... "Madrasi anna log ..., gunda jaise dikhte hain", "Punjabi aur unki daaru, bas
            # yehi culture hai inka" (not "Punjabi aur unki langar seva, duniya bhar mein ...")
            r"|(?:bengali|bihari|madrasi|punjabi|gujju|gujarati|marwari|marwadi|kashmiri|tamil"
            r"|malayali|mallu|haryanvi|jaat|bhaiya|bhaiyya|nepali|naga|chinki)[^.!?\n]{0,50}?"
            r"(?:gunda|gunde|chor|bhikhari|bhikari|jaanwar|janwar|bandar|aatanki) jaise dikhte"
            r" (?:hain|hai|h)"
            r"|(?:bengali|bihari|madrasi|punjabi|gujju|gujarati|marwari|marwadi|kashmiri|tamil"
            r"|malayali|mallu|haryanvi|jaat|nepali) (?:aur|and) (?:unki|inki|their) (?:daaru"
            r"|sharab|booze|gutka|paan)[^.!?\n]{0,20}?(?:bas |sirf )?(?:yehi|yahi|ye hi|that'?s)"
            r" (?:culture|sanskriti|sabhyata)",
            "bengali bihari madrasi punjabi gujju gujarati marwari marwadi kashmiri assamese odia"
            " oriya tamil malayali mallu haryanvi jaat bhaiya bhaiyya sindhi nepali dalit muslim"
            " musalman sikh isai adivasi naga chinki",
        ),
        # the hundred-and-ninety-eighth round (sets 1086-1088): an India fast bowler out as gay,
        # a thirty-third whole evening: the locker-room trope ("Ab dressing room mein kaun
        # kapde badlega iske saath?"; not "... kaun DJ banega iske bina?"); his being gay a
        # disease to spread ("Isko team se bahar karo, ye bimari baaki ladkon mein bhi
        # failegi"; not "... ye form baaki bowlers mein bhi failegi"); a cure called for after
        # "western gandagi" ("aise logon ko ilaaj ki zaroorat hai"; not "..., saza ki nahi"
        # alone); "nobody wants to see two men holding hands on TV"; "not Adam and Steve";
        # "This man is an abomination" (not "this policy is an abomination")
        (
            r"(?:dressing|locker|changing) room (?:mein |me |in )?(?:ab )?(?:kaun|koi)"
            r" (?:kapde|kapda) (?:badlega|badlenge|badlegi|change karega)[^.!?\n]{0,20}?(?:iske"
            r"|uske|inke|unke|is \w+ ke) (?:saath|sath)"
            r"|(?:who|nobody|no one)(?:'?ll| will| would|'?d)? (?:want to |wants to )?(?:shower"
            r"|change|get changed|undress) (?:with|next to|near) (?:him|them|her) (?:now|after"
            r" this|anymore)",
            "kapde kapda shower undress",
        ),
        (
            r"(?:isko|usko|ise|use|inko|unko)[^.!?\n]{0,30}?(?:bahar|nikaal|nikalo|nikaalo)"
            r"[^.!?\n]{0,30}?(?:ye|yeh|iski|uski) (?:bimari|bimaari|beemari|gandagi)"
            r"|(?:gandagi|bimari|bimaari|beemari|paap)[^\n]{0,40}?(?:aise|in|inn|is tarah ke)"
            r" (?:logon|log|ladkon|ladkiyon) ko (?:ilaaj|ilaj|treatment|dawai|dawa|therapy) ki"
            r" (?:zaroorat|jarurat|zarurat)",
            "bimari bimaari beemari gandagi",
        ),
        (
            r"(?:nobody|no one|no-one) (?:wants|needs|wanted) to see (?:two|2) (?:men|women|guys"
            r"|girls|boys|lads|dudes|blokes) (?:holding hands|kissing|cuddling)"
            r"|adam and eve,? not adam and steve"
            r"|(?:this|that) (?:man|woman|person|couple|guy|bloke|lot)(?: is|'s| are) (?:an )?"
            r"abominations?",
            "holding kissing cuddling steve abomination abominations",
        ),
        # the hundred-and-ninety-seventh round (sets 1083-1085): name boards ordered on the
        # Kanwar route, a thirty-second whole evening: a boycott of "in jihadiyon" (not "in
        # companies ka boycott"); food said spat in or laced with beef is the 648th set's
        # pattern, above
        (
            r"(?:boycott|bahishkar|bahishkaar|ek paisa mat do|ek rupaya mat do|kuch mat khareedo)"
            r"[^.!?\n]{0,30}?(?:in|un|aise|inn) (?:jihadiyon|jihadiyo|jihadion|mullon|mullo"
            r"|katuon|katuo|katwon)(?![a-z])",
            "jihadiyon jihadiyo jihadion mullon mullo katuon katuo katwon",
        ),
        # the two-hundred-and-tenth round (the 1118th set, a prayer meeting raided in
        # Jaunpur, a forty-eighth whole evening): a people said to hollow the country out
        # from within ("Christian ho ya Muslim, ..., desh ko andar se khokhla kar rahe hain";
        # not "ye neta desh ko andar se khokhla kar rahe hain"), and a faith's chant made the
        # price of living in the country ("desh mein rehna hai toh Ram naam japna padega";
        # not "... toh kanoon maanna padega")
        (
            r"(?:christians?|isai|isaai|isaiyon|muslims?|musalmans?|musalmaan|mulle|mullon"
            r"|sikhs?|dalits?|biharis?|bangladeshis?|rohingyas?|padri|missionaries)\b"
            r"[^.!?\n]{0,60}?(?:desh|mulk|bharat|hindustan|samaj)(?: ko)? (?:andar se|bheetar se"
            r"|bhitar se) (?:khokhla|kamzor|barbaad|khatam)",
            "khokhla kamzor barbaad khatam",
        ),
        (
            r"(?:desh|india|bharat|hindustan|yahan|is desh|iss desh) (?:mein|me|main) rehna"
            r" (?:hai|hoga|h) (?:toh|to) [^.!?\n]{0,20}?(?:ram naam|ram ram|jai shri ram|jai"
            r" shree ram|vande mataram|bharat mata ki jai|hanuman chalisa)"
            r" (?:\w+ )?(?:japna|bolna|kehna|gaana|gana|padhna) (?:padega|hoga|padta|pdega)",
            "rehna",
        ),
        # ... and a faith's preachers to be kept out of the village ("Ye padri log gaon gaon
        # ghoom ke bhole logon ko bhrasht karte hain, inko gaon mein ghusne hi mat do"; not
        # "inko gaon mein ghusne mat do" of a fever's carriers, no people named)
        (
            r"(?:padri|padre|pastors?|missionary|missionaries|isai|isaai|christians?|maulvi"
            r"|maulana|mulla|mulle|muslims?|musalmans?)\b[^.!?\n]{0,80}?(?:inko|unko|inhe|unhe"
            r"|aise logon ko|in logon ko) (?:apne )?(?:gaon|shehar|mohalle|basti|society|ilaake"
            r"|desh) (?:mein|me) (?:ghusne|aane|rehne|basne) (?:hi |bhi )?(?:mat|nahi|na) (?:do"
            r"|dena|dijiye)",
            "ghusne aane rehne basne",
        ),
        # the two-hundred-and-eleventh round (the 1120th set, a bank manager in Bengaluru who
        # would not speak Kannada, a forty-ninth whole evening): a region's people to be
        # packed back "in the next train" ("These Hindi-walas come here, ... Pack them back to
        # UP in the next train"; not "the state should send the stranded workers home on
        # special trains"), and a people's women said to have no manners ("North Indian
        # aurat hai, ..., inki auraton ko tameez kahan"; not "inki auraton ko kaam kahan")
        (
            rf"{_REGIONAL_PEOPLES}\b[^\n]{{0,140}}?(?:pack|send|kick|ship|put|bhejo|bhej do)"
            r" (?:them|these|em|all of them|inko|unko|sabko)(?: all)? (?:back|wapas)(?: to \w+)?"
            r" (?:in|on|by) the (?:next|first) (?:train|bus|flight|boat|plane)"
            rf"|(?:pack|send|kick|ship|put) (?:all )?(?:the |these |those )?{_REGIONAL_PEOPLES}"
            r" (?:all )?(?:back|wapas)(?: to \w+)? (?:in|on|by) the (?:next|first) (?:train|bus"
            r"|flight|boat|plane)",
            "train bus flight boat plane",
        ),
        (
            r"(?:north indian|south indian|bihari|bengali|punjabi|marathi|gujarati|madrasi"
            r"|muslim|musalman|hindu|sikh|christian|dalit|kashmiri|pahadi|bhaiya|nepali)s?\b"
            r"[^.!?\n]{0,60}?(?:inki|unki|in logon ki|un logon ki) (?:auraton|aurton|ladkiyon"
            r"|mahilaon|auratein|ladkiyan)(?: ko| mein| me| mein bhi)? (?:tameez|tamiz|sharam"
            r"|sanskar|sanskaar|akal|aqal|izzat) (?:kahan|kaha|nahi|nhi|hi nahi)",
            "tameez tamiz sharam sanskar sanskaar akal aqal izzat",
        ),
        # the two-hundred-and-eighteenth round (the 1134th set, a Kashmiri student's Rhodes
        # scholarship, a fifty-sixth whole evening): a student's career foretold as a
        # terrorist's ("Stone pelter today, Oxford tomorrow, bomb maker the day after."; not
        # "Student today, doctor tomorrow")
        (
            r"(?:stone ?pelters?|jihadis?|terrorists?|militants?|separatists?|rioters?"
            r"|infiltrators?|ghuspaithiy[ae]) today,? [^.!?\n]{0,40}? tomorrow,? [^.!?\n]{0,30}?"
            r"(?:bomb ?makers?|terrorists?|jihadis?|suicide bombers?|militants?)"
            r"|today,? [^.!?\n]{0,40}? tomorrow,? (?:a )?(?:bomb ?makers?|terrorists?|jihadis?"
            r"|suicide bombers?|militants?) (?:the day after|next|after that)",
            "tomorrow",
        ),
        # the two-hundred-and-nineteenth round (the 1135th set, a Nigerian-born nurse elected
        # mayor of Boston, Lincolnshire, a fifty-seventh whole evening): the replacement trope
        # said of a person's looks ("a mayor who looks like the people who are replacing
        # it"), and the natives told to pack ("Pack your bags, English folk"; not "Pack your
        # bags, we leave at six")
        (
            r"(?:looks?|looking) like (?:the|those) (?:people|ones|folk|lot|foreigners|migrants"
            r"|immigrants) (?:who are|who'?re|that are|that'?s|who is) replacing (?:it|us|them"
            r"|the town|the country|britain|england|our \w+|the locals|the english|the british)"
            r"|pack (?:your|ur) bags,? (?:(?:english|british|white|native|local|hindu|christian)"
            r" (?:folk|folks|people|men|ones|lot|natives)|whites|brits|britons|englishmen)",
            "replacing pack",
        ),
        # the two-hundred-and-twentieth round (the 1136th set, Muslim vegetable sellers barred
        # from a Uttarakhand village, a fifty-eighth whole evening): a people said to carry
        # off the village's daughters once let in ("Inko gaon mein ghusne do toh kal beti utha
        # le jayenge"; not "... toh kal sabzi sasti milegi")
        (
            r"(?:ghusne|aane|rehne|basne) (?:do|doge|diya|denge) (?:toh|to) (?:kal |ek din"
            r" |phir )?(?:(?:hamari|humari|apni|tumhari|aapki|teri) )?(?:beti|betiyan|betiyon"
            r"|ladki|ladkiyan|ladkiyon|bahu|bahuen|behen|behnon)(?: ko)? (?:utha|uthaa|bhaga"
            r"|bhagaa) (?:le )?(?:jayenge|jaayenge|jaenge|jayega|jaayega)",
            "utha uthaa bhaga bhagaa",
        ),
        # the two-hundred-and-twenty-first round (the 1137th set, two fathers allowed to adopt
        # twins in Kerala, a fifty-ninth whole evening): their love called an illness, and
        # children denied them ("Ye bimari hai, ilaaj karao, bachche mat do inko"; not
        # "Dengue ek bimari hai, ilaaj karao"), a place made "a lab for every perversion",
        # children "bought by a pair of degenerates"
        (
            r"(?:bimari|beemari|bimaar|rog|pagalpan|paap|gandagi|pervert)\b[^\n]{0,60}?"
            r"(?:(?:bachche|bacche|bachcha|bachon|bachchon) (?:mat|na|nahi|nhi) (?:do|dena"
            r"|dijiye|dene chahiye) (?:inko|unko|inhe|unhe|aise logon ko|in logon ko)|(?:inko"
            r"|unko|inhe|unhe|aise logon ko|in logon ko) (?:bachche|bacche|bachcha) (?:mat|na"
            r"|nahi|nhi) (?:do|dena|dijiye|dene chahiye))",
            "bimari beemari bimaar rog pagalpan paap gandagi pervert",
        ),
        (
            r"(?:a )?(?:lab|laboratory|breeding ground|hub|capital|playground|dumping ground"
            r"|haven) for (?:every|all(?: the| kinds of)?|each) (?:perversion|perversity"
            r"|degeneracy|deviance|deviancy|depravity)s?"
            r"|(?:bought|adopted|raised|brought up|taken) by (?:a pair|a couple|two|pair|couple)"
            r" of (?:degenerates|perverts|deviants|sodomites)",
            "perversion perversity degeneracy deviance deviancy depravity degenerates perverts"
            " deviants sodomites",
        ),
        # the two-hundred-and-twenty-fourth round, sarcasm a fifteenth time (the 1142nd set, 2
        # of 8 at first sight): merit doubted of a group's officer ("Wow, a Dalit officer who
        # actually passed on merit? Must be a first."; not "a rookie officer who actually
        # solved the case"), a disabled MP mocked ("... he's only going to roll around in it
        # anyway"), her job put down to a quota ("Of course she got the job, the diversity
        # quota doesn't fill itself"; not "... ten years running the department speaks for
        # itself"), Muslims called "shanti ke doot" with a roll of the eyes, a people's
        # arrival told as "lock up your bikes", every Chinese student a spy
        (
            r"(?:dalit|sc|st|obc|quota|reserved|tribal|adivasi|muslim|black|woman|female"
            r"|minority) (?:\w+ )?(?:officer|doctor|engineer|student|candidate|judge|professor"
            r"|teacher|ias|ips|pilot|employee|hire|topper|surgeon|minister|mp)s? (?:who|that)"
            r" (?:actually|really|genuinely) (?:passed|got in|got (?:the job|selected|hired)"
            r"|cleared|qualified|made it|topped|earned it)(?: \w+){0,2} (?:on|by|through|via)"
            r" merit",
            "merit",
        ),
        (
            r"(?:disabled|wheelchair|crippled|paraplegic|paralysed|paralyzed|handicapped)\b"
            r"[^\n]{0,80}?(?:(?:he|she|they)(?:'?s|'?re| is| are| will|'?ll) (?:only )?"
            r"(?:going to |gonna |just )?|only going to |gonna )(?:roll|wheel|limp|hobble|drool"
            r"|crawl) (?:around|about|round)",
            "roll wheel limp hobble drool crawl",
        ),
        (
            r"(?:diversity|dei|gender|caste|race|racial)? ?(?:quota|quotas|checklist)"
            r" (?:doesn'?t|does not|don'?t|do not|won'?t|can'?t) (?:fill|tick|meet) (?:itself"
            r"|themselves)"
            r"|(?:of course|naturally|obviously) (?:she|he|they) (?:got|gets|landed|won) (?:the"
            r"|that) (?:job|post|role|seat|position|promotion|ticket|nomination)\b"
            r"[^.!?\n]{0,30}?(?:diversity|dei|token|tokenism|quota|box ticking|box-ticking)",
            "quota quotas checklist diversity dei token tokenism",
        ),
        (
            r"(?:muslim|musalman|mulle|mulla|mullah|miyan|mohammedan)\w*\b[^.!?\n]{0,50}?"
            r"(?:shanti ke doot|shantidoot|shanti doot|amanpasand|religion of peace)"
            r"[^\n]{0,40}?(?:🙄|😂|🤣|😏|kabhi kuch hota hi nahi)"
            r"|(?:bilkul|haan haan|zaroor|of course|sure),? (?:\w+ ){0,3}?(?:muslim|musalman"
            r"|mulle|mullah|miyan)\w*\b[^.!?\n]{0,40}?(?:shanti ke doot|shantidoot|shanti doot"
            r"|amanpasand|religion of peace)",
            "doot shantidoot amanpasand peace",
        ),
        (
            rf"{_BLAMED_PEOPLES}\b[^\n]{{0,80}}?lock (?:up )?(?:your|ur) (?:bikes?|cars?|doors?"
            r"|daughters|wives|valuables|houses?|sheds?|windows|wallets?|handbags?|kids|children)",
            "lock",
        ),
        (
            r"(?:every|all|each|all these|all those|these|those) (?:chinese|russian|pakistani"
            r"|iranian|muslim|arab)\w* (?:students?|researchers?|tourists?|workers?|immigrants?"
            r"|scientists?|academics?)\b[^.!?\n]{0,70}?(?:military bases?|army bases?|naval"
            r" bases?|spies|spy|spying|informants?|ccp agents?|photographing (?:our )?(?:bases"
            r"|ports|airfields|bridges))",
            "military army naval spies spy spying informant informants agents photographing",
        ),
        # the same round's regional abuse (the 1143rd set, 7 of 8): a region's people said to
        # take over where they arrive ("Bihari aa gaye toh samjho station pe kabza ho gaya";
        # not "... chhath ki raunak aa gayi")
        (
            rf"{_REGIONAL_PEOPLES}\b[^.!?\n]{{0,30}}?(?:aa gaye|aaye|aa jaate|aa jayenge"
            r"|aa jaayenge|aate hain)\b[^.!?\n]{0,25}?(?:kabza|kabja|qabza|kabzaa|gandagi|chori)",
            "kabza kabja qabza kabzaa gandagi chori",
        ),
        # the 1143rd set's others held by the news head alone: a region's people said to
        # make a place stink ("Madrasis and their coconut oil, the whole office stinks"; not
        # "Filter coffee and coconut chutney, the whole office smells amazing"), a people
        # equated with a crime ("Punjabi means drunk driver"; not "Punjabi means the best
        # wedding DJ"), any one of a people a sleeper cell ("Keep Kashmiris out of the
        # hostels, you never know which one is a sleeper cell")
        (
            rf"(?:{_REGIONAL_PEOPLES}|{_PEOPLES}) and their (?:\w+ ){{1,2}}?\w+,? (?:the whole"
            r"|all the|every|our) \w+ (?:stinks|smells|reeks|stink|stank)(?! (?:amazing|great"
            r"|lovely|delicious|wonderful|divine|heavenly|so good))",
            "stinks smells reeks stink stank",
        ),
        (
            rf"(?:{_REGIONAL_PEOPLES}|{_PEOPLES}|punjabis?|sikhs?|sardars?|kashmiris?|gujaratis?"
            r"|jats?) (?:means|=|equals) (?:a |an )?(?:drunk|drunkard|thief|thieves|terrorist"
            r"|criminal|goon|gunda|cheat|scammer|rapist|liar|beggar|traitor|gaddar)s?(?:"
            r" drivers?)?(?![a-z])",
            "means equals",
        ),
        (
            r"(?:kashmiris?|muslims?|pakistanis?|afghans?|arabs?|rohingyas?|bangladeshis?"
            r"|migrants?|refugees?|asylum seekers?|syrians?|somalis?|mulle|miyan)\b"
            r"[^.!?\n]{0,60}?(?:never know|can'?t tell|cannot tell|who knows) which (?:one|of"
            r" them|ones?) (?:is|'?s|are) (?:a |the )?(?:sleeper cells?|terrorists?|jihadis?"
            r"|spy|spies|bombers?|suicide bombers?|infiltrators?|rapists?)",
            "sleeper terrorist terrorists jihadi jihadis spy spies bomber bombers infiltrator"
            " infiltrators rapist rapists",
        ),
        # the 1142nd set's sarcasm: a people's arrival told as a burden ("Oh great, another
        # Pakistani family on our street, because we clearly needed more of those"; not "...
        # another Leicester derby in the rain")
        (
            rf"another (?:{_PEOPLES}|pakistani|bangladeshi|somali|romanian|polish|afghan"
            r"|nigerian|african|muslim|indian|arab) (?:family|families|couple|man|woman|lot"
            r"|shop|takeaway)? ?(?:on|in|at|moving into|next door on) (?:our|the|my) (?:street"
            r"|road|estate|town|school|block|building|village|area)\b[^.!?\n]{0,30}?(?:because"
            r" |cos |as if )?we (?:clearly |really |definitely |obviously )?(?:needed|need) more"
            r" of (?:those|them|that)",
            "needed need",
        ),
        # the 1134th set's others held by the news head alone: treachery said to be in a
        # people's blood, in Hinglish ("... dil toh Pakistan ke liye hi dhadkega, khoon mein
        # gaddari hai"), one fewer of a people "for us to feed" ("one less Kashmiri jihadi for
        # us to feed"), a people as "terrorist-breeding"; and the 1135th's "go back to Lagos
        # and fix that dump"
        (
            r"khoon mein (?:hi )?(?:gaddari|gaddaari|gaddar|dhokha|jihad|chori|gandagi"
            r"|dhokebaazi|namak ?harami) (?:hai|h|he|hoti hai)"
            r"|(?:inka|unka|inki|unki|in logon ka|in sabka) dil (?:toh |to )?pakistan ke liye"
            r" (?:hi )?(?:dhadkega|dhadakta|dhadkta)",
            "khoon dhadkega dhadakta dhadkta",
        ),
        (
            r"one less (?:\w+ )?(?:jihadi|terrorist|mulla|mullah|paki)s?(?![a-z])"
            r"|one less (?:\w+ )?(?:kashmiri|muslim|migrant|immigrant|refugee|bangladeshi"
            r"|pakistani|rohingya)s? (?:for us )?to (?:feed|worry about|deal with)"
            r"|(?:terrorist|terror|jihadi|criminal|rapist)[- ]?breeding (?:lot|people|community"
            r"|region|valley|state|country|mob|tribe|breed|nation)"
            r"|go back to \w+ and fix (?:that|your|their|her|his) (?:dump|shithole|shit hole"
            r"|hellhole)",
            "less breeding fix",
        ),
        # the two-hundred-and-twenty-fifth round (sets 1144-1148, written after this
        # session's first rules, none of which read it): "Send her back to Myanmar with the
        # rest of her illegal tribe" (the 1144th set, a Kuki MP's speech on Manipur)
        (
            r"send (?:her|him|them) back to \w+ with the rest of (?:her|his|their) (?:\w+ )?"
            r"(?:tribe|kind|lot|people|clan|breed|horde)",
            "rest",
        ),
        # sarcasm a sixteenth time (the 1148th set, none of 7): a people's charity
        # investigated and "I'm shocked. Shocked"; "the Rohingya can vote now, just what every
        # border town needed"; "the famous Gujarati honesty, ask any bank"; "Naturally the
        # Muslim candidate wants more mosques. Who saw that coming."; travellers' new house
        # and "I'm sure the neighbours' lawnmowers will be fine"; a quota doctor and "will
        # likh lena" (each twin in the same frame about no people)
        (
            rf"another (?:{_PEOPLES}|somali|pakistani|bangladeshi|nigerian|romanian|albanian"
            r"|muslim|jewish|roma|traveller)[- ](?:run|owned|led) (?:\w+ ){0,2}?(?:under"
            r" investigation|in court|charged|fined|raided|closed|shut down)\b[^\n]{0,40}?"
            r"(?:shocked|stunned|what a surprise|who knew|shocker|colou?r me)",
            "shocked stunned surprise knew shocker colour color",
        ),
        (
            rf"(?:{_PEOPLES}|rohingyas?|somalis?|roma|travellers?)\b[^.!?\n]{{0,40}}?,? just"
            r" what (?:every|our|this|the) (?:\w+ ){0,2}?(?:needed|needs|wanted)",
            "needed needs wanted",
        ),
        (
            r"(?:the )?famous (?:gujarati|jewish|muslim|pakistani|marwari|sindhi|punjabi|bihari"
            r"|bengali|irish|romanian|nigerian|roma|gypsy|indian|chinese|african|arab|somali"
            r"|albanian|madrasi) (?:honesty|integrity|hygiene|punctuality|generosity|work ethic"
            r"|tolerance|driving|manners|cleanliness|peacefulness|loyalty),? (?:just )?(?:ask"
            r"|look at|see)",
            "famous",
        ),
        (
            r"(?:naturally|of course|obviously|surprise,? surprise),? the (?:muslim|jewish|hindu"
            r"|sikh|black|asian|african|arab|pakistani|indian|immigrant|migrant|gay|trans|dalit)"
            r" (?:candidate|mp|mayor|councillor|minister|leader|teacher|judge|officer|mla)"
            r" (?:wants|demands|supports|backs|voted for)\b[^.!?\n]{0,40}?[.!,]* (?:who saw"
            r" that coming|who could have (?:guessed|predicted)|who would have thought|shocker"
            r"|what a surprise|colou?r me (?:shocked|surprised))",
            "naturally course obviously surprise",
        ),
        (
            r"(?:travellers?|gypsy|gypsies|roma|pikeys?|romanians?)\b[^\n]{0,80}?i'?m sure (?:the"
            r" |our |your )?(?:neighbours?'?|neighbors?'?) (?:\w+ )?(?:lawnmowers?|bikes?|cars?"
            r"|sheds?|tools|wallets|cats|dogs|gardens?|valuables|stuff) (?:will be|are|'?ll be)"
            r" (?:fine|safe)",
            "sure",
        ),
        (
            r"(?:reservation|quota|aarakshan) (?:wala|wale|waala|wali) (?:doctor|engineer|pilot"
            r"|surgeon|officer|teacher|judge)\b[^\n]{0,40}?(?:will likh|vasiyat|wasiyat"
            r"|bhagwan bharose|ram bharose|bhagwan hi bachaye|marna tay)",
            "will vasiyat wasiyat bharose bachaye marna",
        ),
        # the two-hundred-and-twenty-sixth round (the 1149th set, 64 comments in the plain
        # register of a comment section, a fifth of them abuse; 19 of 19 held at first sight,
        # the rules 18): a caste called good-for-nothing, in Hinglish ("Dalit log reservation
        # ke bina kuch nahi kar sakte, nikamme saale"; not "Dalit log nikamme nahi hain,
        # mauka do", nor what they say of others: "Dalit log kehte hain afsar nikamme hain")
        (
            r"(?:dalits?|dalit log|chamar|chamaar|bhangi|harijan|sc st|muslims?|musalman|mulle"
            r"|bihari|biharis|kashmiri|kashmiris|adivasi)\b(?! [^.!?\n]{0,40}?(?:nahi|nhi|na)"
            r" (?:hain|hai|the)\b)(?:(?!(?:kehte|bolte|kaha|bole|keh|maante|sochte|samajhte)"
            r"(?![a-z]))[^.!?\n]){0,60}?(?:nikamme|nikamma|nalayak|naalayak|kamchor|haramkhor)"
            r"(?: saale| sale| log| hain| hai)",
            "nikamme nikamma nalayak naalayak kamchor haramkhor",
        ),
        # the two-hundred-and-twenty-seventh round (the 1150th set, 40 comments in the plain
        # register in Hinglish; 12 of 12 held at first sight, the rules 10): a people's exodus
        # called good riddance ("Kashmiri pandit bhaag gaye toh accha hua, ye log hi kharab
        # the"; not "... bhaag gaye toh kisi ne madad nahi ki"), a faith's people sent out
        # after a name for them ("Christian missionary sab dharm parivartan ke dalaal hain,
        # desh se nikalo"; not "Missionary school ki fees badh gayi, desh se bahar padhne
        # bhejo")
        (
            r"(?:kashmiri pandits?|pandits?|muslims?|musalman|mulle|hindus?|sikhs?|christians?"
            r"|isai|biharis?|dalits?|rohingyas?|bangladeshis?|migrants?|refugees?)\b"
            r"[^.!?\n]{0,40}?(?:bhaag gaye|nikal gaye|bhaga diye|nikaale gaye|nikale gaye|mar"
            r" gaye|maare gaye) (?:toh|to) (?:accha|acha|achha|sahi|badhiya|theek) (?:hua|kiya"
            r"|huya)",
            "accha acha achha sahi badhiya theek",
        ),
        (
            r"(?:christians?|isai|isaai|missionary|missionaries|muslims?|musalman|mulle|biharis?"
            r"|bangladeshis?|rohingyas?|dalits?)\b[^.!?\n]{0,60}?(?:dalaal|dalal|dalle|gaddar"
            r"|gaddaar|deshdrohi|jihadi|aatankwadi|keede|kide)\w*\b[^.!?\n]{0,10}?,? (?:inko"
            r" |sabko |in sabko |unko )?(?:desh se|bharat se|india se|yahan se) (?:nikalo"
            r"|bhagao|nikaal do|nikal do|bahar karo)",
            "nikalo bhagao nikaal nikal bahar",
        ),
        # the same round: a people called "ghetto trash" ("Typical ghetto trash, they loot
        # their own neighborhoods and then cry racism"; not "the Warsaw ghetto's trash
        # collection stopped in 1942")
        (
            r"ghetto (?:trash|rats?|animals?|thugs?|monkeys?|apes?|scum|filth|trash people)",
            "ghetto",
        ),
        # the two-hundred-and-thirtieth round (the 1153rd set, jokes in a comment section;
        # none of 5 held at first sight): a joke's frame whose punchline is a people ("What's
        # the difference between a Pakistani and a bucket of shit? The bucket."; not "...
        # between a Tory and a bucket of shit", a party), a vice presupposed ("How do you stop
        # a Mexican from stealing?"; not "... a Muslim teenager from being radicalised?"), a
        # joke told about a people ("I'd tell you a joke about the Jews but they'd charge you
        # interest on it"; not "... about the Tories but they'd U-turn on it"), a people
        # listed with vermin ("Ek Bihari, ek chooha aur ek cockroach train mein chadhe")
        (
            rf"difference between (?:a |an |the )?{_PEOPLES} and (?:a |an )?(?:(?:bucket|pile"
            r"|bag|sack|lump|piece) of (?:shit|crap|dung|poo|rubbish|garbage|trash)|turds?"
            r"|rats?|cockroach(?:es)?|pigs?|dogs?|apes?|monkeys?|parasites?|vermin|goats?"
            r"|pigeons?|seagulls?|cockroach|leech(?:es)?|trash ?(?:bags?|cans?)|bin ?bags?)\b\??"
            r"|difference between (?:a |an )?(?:(?:bucket|pile|bag|sack) of (?:shit|crap)|turds?"
            r"|rats?|cockroach(?:es)?|pigs?|dogs?|apes?|monkeys?|parasites?) and (?:a |an |the )?"
            rf"{_PEOPLES}\b\??",
            "difference",
        ),
        (
            rf"how (?:do|can|would) (?:you|u) (?:stop|keep|prevent) (?:a |an |the )?{_PEOPLES}"
            r" (?:from )?(?:stealing|steal|robbing|rob|raping|rape|breeding|breed|begging|beg"
            r"|lying|lie|cheating|cheat|stinking|stink|smelling|smell|scamming|scam|bombing"
            r"|blowing (?:himself|herself|themselves|things) up|multiplying|looting|loot"
            r"|knifing|stabbing)\b\??",  # (with its "?": a joke's question, not an echo)
            "stealing steal robbing rob raping rape breeding breed begging beg lying lie cheating"
            " cheat stinking stink smelling smell scamming scam bombing blowing multiplying"
            " looting loot knifing stabbing",
        ),
        (
            rf"(?:tell|make|crack) (?:you |u )?(?:a |one )?jokes? about (?:the )?{_PEOPLES},?"
            r" but (?:they|he|she|you|it)\b",
            "joke jokes",
        ),
        (
            rf"(?:ek|a|an|one) {_PEOPLES},? (?:ek|a|an|one) (?:chooha|chuha|choohe|cockroach"
            r"|suar|suvar|kutta|bandar|rat|pig|dog|monkey|ape)\b",
            "chooha chuha choohe cockroach suar suvar kutta bandar rat pig dog monkey ape",
        ),
        # ... and women said to need a man to finish their work ("Women drivers and women
        # ministers, same thing: both need a man to park it for them afterwards"; not "Women
        # don't need a man to park it for them")
        (
            r"(?:women|woman|ladies|girls|females)\b[^.!?\n]{0,60}?(?:both|all|always) need"
            r" (?:a )?(?:man|men|husband|husbands) to (?:park|drive|fix|finish|explain|tell"
            r"|decide|think|run|do|sort)\b",
            "need",
        ),
        # the two-hundred-and-thirty-first round (the 1154th set, 22 comments under a
        # referee in a hijab, a sixty-first whole evening; 3 of 6 held at first sight, the
        # rules 2): her headscarf named a rag ("A woman in a tea towel telling grown men what
        # to do", "pull that tea towel off her head"; not "a chef in a tea towel apron"), a
        # bomb vest foretold ("Watch her get a bomb vest for Christmas"; not "police said
        # he wore a suicide vest")
        (
            r"(?:woman|women|lady|ladies|girl|girls|she|her|ref|referee|mp|minister)\b"
            r"[^.!?\n]{0,15}? in (?:a|her|their|that|those|the) (?:tea ?towels?|tablecloths?"
            r"|table cloths?|bin ?bags?|rags?|dishcloths?|dish cloths?|pillowcases?"
            r"|ninja outfits?)(?! (?:apron|shop|factory|campsite))\b"
            # (a rag on or off her head is a slur of the lexicon's)
            r"|(?:that|the|this|her|their|those) (?:tea ?towels?|tablecloths?|dishcloths?"
            r"|bin ?bags?|pillowcases?) (?:on|off|from) (?:her|their|his) heads?",
            "towel towels teatowel teatowels tablecloth tablecloths cloth cloths bin bins binbag"
            " binbags rag rags dishcloth dishcloths pillowcase pillowcases ninja",
        ),
        (
            r"(?:watch|bet|wait till|wait until|next|soon) (?:her|him|she|he|they)\b"
            r"[^.!?\n]{0,25}? (?:a |her |his |their )?(?:bomb|suicide|explosive) vests?"
            r"|(?:bomb|suicide|explosive) vests? (?:for|as) (?:christmas|eid|diwali|(?:her|his)"
            r" birthday|a present|a gift)",
            "vest vests",
        ),
        # the two-hundred-and-thirty-second round (the 1155th set, jokes a second time, each
        # with a twin about a party or a minister; the frames above read none of its 8): "What
        # do you call a Romanian with a job? A myth." (not "... a minister with a plan?"; and
        # the 40th set's "... a woman journalist with an opinion? Wrong."),
        # "How many Irish does it take to change a lightbulb?" (not "How many Tories ..."),
        # a people listed for a police line-up ("A Jew, a Black guy and a Mexican walk into a
        # bar ... a police lineup?"; not "An economist, a banker and a minister ... a budget
        # leak?"), the absent father ("Not your dad, you're black"; not "Not the bin men, it's
        # Tuesday"), a kitchen said to smell "like a call centre", dog meat for Chinese New
        # Year
        (
            rf"what (?:do|would) (?:you|u) call (?:a |an )?(?:{_PEOPLES}|romanians?|poles?|irish"
            r"|gypsy|gypsies|roma|somalis?|nigerians?|albanians?|scousers?|sardars?|sardarjis?"
            r"|madrasis?|gujaratis?|pathans?|(?:woman|female|lady) (?:journalist|reporter|anchor"
            r"|driver|minister|mp|judge|boss|referee|ref|pilot|scientist))(?: man| woman| guy"
            r"| girl| bloke)? (?:with|who has|who's got|in) (?:a |an )?(?:job|degree|brain|iq"
            r"|manners|father|dad|licen[cs]e|bike|conscience|bath|shower|suit|work ethic"
            r"|toothbrush|opinion)\b\??"
            rf"|how many (?:{_PEOPLES}|irish|irishmen|poles|polacks|scots|romanians|gypsies"
            r"|sardars|sardarjis|madrasis|gujaratis|pathans|somalis|nigerians|albanians)"
            r" (?:does it|do you need to|would it|do you need|will it) (?:take|change)\b",
            "call many",
        ),
        (
            r"(?:a |an )(?:jew|black (?:guy|man|bloke|woman)|mexican|muslim|pakistani|paki"
            r"|nigerian|somali|romanian|gypsy|arab|indian|chinese (?:guy|man)|albanian)"
            r"(?: guy| man| bloke)?,? (?:a |an )(?:jew|black (?:guy|man|bloke|woman)|mexican"
            r"|muslim|pakistani|paki|nigerian|somali|romanian|gypsy|arab|indian|chinese"
            r"|albanian)(?: guy| man| bloke)?,? and (?:a |an )\w+(?: guy| man| bloke)?\b"
            r"[^\n]{0,100}?(?:police )?(?:line ?-?up|mugshots?|identity parade|crime scene"
            r"|robbery|prison|jail|arrested)\??",  # (a joke's question, not an echo)
            "lineup line mugshot mugshots identity scene robbery prison jail arrested",
        ),
        (
            r"(?:your|ur) (?:dad|father|daddy)\b[^.!?\n]{0,25}?,? (?:you'?re|youre|you are|ur"
            r"|(?:cause|cos|coz|because) (?:you'?re|youre|you are|ur)) (?:black|jamaican"
            r"|african)(?! and| too| like)",
            "black jamaican african",
        ),
        (
            r"smells? like (?:a |an )?(?:indian |bangladeshi |pakistani )?call cent(?:re|er)s?"
            r"|(?:chinese|china|korean|vietnamese)\b[^\n]{0,80}?(?:free|cheap|unlimited"
            r"|all you can eat) (?:dog|dogs|cat|cats|puppy|puppies)(?: meat)?(?: for| on the)",
            "centre center centres centers dog dogs cat cats puppy puppies",
        ),
        # ... and a people unwanted as the punchline ("Why do Muslims never play hide and
        # seek? Because no one would go looking for them."; not "Why do refugees die in the
        # Channel? Because nobody cares.")
        (
            rf"why (?:do|don'?t|can'?t|are|would|will) (?:the )?{_PEOPLES}\b[^?\n]{{0,60}}\?\s*"
            r"(?:because|coz|cuz|cos) (?:no ?one|nobody) (?:would (?:go )?(?:look|looking"
            r"|search|miss|want)|wants (?:them|to (?:find|see|look))|likes them|misses them)",
            "look looking search miss want wants likes misses",
        ),
        # the two-hundred-and-thirty-fourth round (the 1157th set, counter-speech and reports
        # of abuse, with lines that endorse what they report): the old trope turned round
        # ("it's funny how all the terrorists are Muslims", "har aatankwadi musalman hi kyun
        # hota hai?"; not "not all terrorists are Muslims", "har aatankwadi musalman nahi
        # hota")
        (
            # (not "all the bombers were Muslims", one attack's, reported)
            r"(?<!not\s)(?<!n't\s)(?:all|every|each) (?:the |these |those |of the )?(?:terrorists?"
            r"|rapists?|groomers?|grooming gangs?|paedos?|pedos?|jihadis?)(?: always| all"
            rf"| seem to| happen to| turn out to)? (?:are|is|be) (?:a |an )?{_PEOPLES}\b"
            r"|(?:har|sab|saare|sare|saara) (?:aatankwadi|atankwadi|aatanki|terrorist|jihadi"
            r"|balatkari|rapist)s? (?:\w+ )?(?:musalman|muslim|mulla|mulle|musalmaan)(?: hi)?"
            r"(?! nahi| nhi| na\b)(?![a-z])",
            "terrorists terrorist rapists rapist groomers groomer gangs gang paedos paedo pedos"
            " pedo jihadis jihadi aatankwadi atankwadi aatanki balatkari",
        ),
        # the two-hundred-and-thirty-fifth round (the 1158th set, counter-speech that denies a
        # stereotype, and twins that take the denial back): "Muslims aren't terrorists,
        # they're just the people who keep cheering for them", "Not all Roma are thieves. Just
        # the ones who live near me", "Nobody is saying all Muslims are bad. Just the ones
        # who follow their book", "Immigrants aren't rats. Rats at least stay in their own
        # sewers", "Dalit gande nahi hote, sirf unki bastiyan ... ganda hota hai", "Bihari
        # chor nahi hote, bas har chori ke baad koi na koi Bihari hi pakda jata hai" (not
        # "Muslims aren't terrorists. The man who did this is a terrorist", "Har chori ke
        # baad police Bihari hi pakadti hai, ye bhedbhav hai")
        (
            rf"(?:{_PEOPLES}|roma|gypsies|travellers) (?:aren'?t|are not) (?:all )?\w+,? (?:but"
            r" )?(?:they'?re|theyre|they are) (?:just|only|merely|simply) (?:the (?:ones|people)"
            r"|people) (?:who|that) (?:\w+ )?(?:cheer|cheers|cheering|fund|funds|hide|hides"
            r"|support|supports|breed|raise|vote|make excuses|clap|celebrate|celebrates"
            r"|protect|protects)"
            rf"|not (?:all|every) (?:{_PEOPLES}|roma|gypsies|travellers) (?:are|is) (?:an? )?"
            r"\w+[.,;!]* (?:just|only) the ones (?:who|that|in|near|living|from|on)\b"
            # (the hit starts at "just": the sentence before says "nobody is saying", which
            # would set it at a distance)
            rf"|{_AFTER_AN_ATTACK_WORD}(?:just|only) the ones (?:who|that) (?:\w+ )?(?:follow"
            r"|read|believe in"
            r"|practi[sc]e|take) (?:their|the|its) (?:book|religion|quran|koran|faith"
            r"|scriptures?|holy book|prophet)",
            # (the rarer words: what they cheer, and "ones")
            "cheer cheers cheering fund funds hide hides support supports breed raise vote"
            " excuses clap celebrate celebrates protect protects ones",
        ),
        (
            r"(?:aren'?t|are not|arent) (?:rats|cockroaches|vermin|pigs|dogs|animals|monkeys"
            r"|parasites)[.,;!]*\s*(?:rats|cockroaches|vermin|pigs|dogs|animals|monkeys"
            r"|parasites) (?:at least|are cleaner|are better|would never|don'?t|do not|know"
            r" how)",
            "rats cockroaches vermin pigs dogs animals monkeys parasites",
        ),
        (
            r"(?:dalits?|musalman|muslims?|mulle|biharis?|bangladeshis?|rohingyas?|kashmiris?"
            r"|chamar|adivasi)\b[^.!?\n]{0,20}?(?:nahi|nahin|nhi) (?:hote|hai|hain|hoti),?"
            r" (?:sirf|bas|bus) (?:unki|unka|unke|inki|inka|inke|unme|inme)\b[^.!?\n]{0,50}?"
            r"(?:ganda|gandi|gande|chor|ghatiya|kharab|gandagi)"
            r"|har (?:chori|crime|rape|balatkar|dange|danga|murder|qatl|katl|loot)\w* (?:ke baad"
            r"|mein|me)\b(?:(?!police|cops|bhedbhav)[^.!?\n]){0,30}?(?:bihari|musalman|muslim"
            r"|mulla|dalit|bangladeshi|rohingya|kashmiri|nepali|pakistani)s? hi (?:pakda"
            r"|pakde|milta|milte|nikalta|nikalte)",
            "sirf bas bus chori crime rape balatkar dange danga murder qatl katl loot",
        ),
        # the two-hundred-and-thirty-sixth round (the 1159th set, counter-speech a second
        # time, with twins that answer it back): "Since when are Muslims terrorists? Since
        # about 1400 years ago." (not "... My Muslim neighbour drove me to chemo"), "It's not
        # racist to call Mexicans rapists when the stats say so" (not "It's racist to call
        # ..."), "Stop calling Dalits dirty? Fine, I'll call them filthy instead", "Refugees?
        # Parasites? Yes and yes." (not "... Really? The ones on my ward are doctors"), "Kaun
        # kehta hai Bihari chor hote hain? Haan, sab kehte hain, kyunki sach hai" (not "...?
        # Mere office ke sabse imaandaar log Bihar se hain")
        (
            rf"since when (?:are|is|were|have) (?:the )?{_PEOPLES} (?:\w+ )?\w+\?\s*since\b"
            rf"|(?:it'?s|it is|its) not (?:racist|bigoted|hate|hateful|wrong|xenophobic"
            r"|islamophobic|antisemitic|sexist|homophobic|casteist) to call (?:the )?"
            # (the statistics invoked are the saying's own words, not a report of it)
            rf"{_PEOPLES} \w+(?: when (?:the )?(?:stats|statistics|data|facts|numbers"
            r"|figures) (?:say|says|show|shows|prove|proves) (?:so|it))?"
            r"|(?:i'?ll|i will|let me|then i'?ll) call (?:them|these people|those people|the lot)"
            r" (?:\w+ )?(?:filthy|dirty|vermin|parasites|animals|rats|savages|scum|terrorists"
            r"|criminals|thieves|subhuman|cockroaches|pigs|dogs|monkeys|apes|invaders)"
            rf"|{_PEOPLES}\?\s*\w+\?\s*(?:yes|yep|yup|haan|absolutely|correct|both)\b"
            r"|kaun (?:kehta|kahta|bolta) hai\b[^?\n]{0,60}\?\s*(?:haan|ha|han|yes)\b[^\n]{0,40}?"
            r"(?:sach|sahi|true)\b",
            "since racist bigoted hateful xenophobic islamophobic antisemitic sexist homophobic"
            " casteist filthy dirty vermin parasites animals rats savages scum terrorists"
            " criminals thieves subhuman cockroaches pigs dogs monkeys apes invaders yes yep yup"
            " haan absolutely kaun",
        ),
        # the two-hundred-and-thirty-seventh round (the 1160th set, counter-speech a third
        # time): a denial answered with worse ("Asylum seekers are not criminals. They're
        # invaders, which is worse."; not "... Criminals are the smugglers who put them in
        # those boats")
        (
            rf"(?:{_PEOPLES}|asylum seekers?|roma|gypsies|travellers) (?:aren'?t|are not) \w+"
            r"[.!,;]+\s*(?:they'?re|they are|theyre) (?:just |actually |really |simply )?"
            r"(?:invaders|vermin|parasites|rats|animals|savages|terrorists|scum|leeches"
            r"|cockroaches|subhuman|a plague|a disease|a cancer)\b",
            "invaders vermin parasites rats animals savages terrorists scum leeches cockroaches"
            " subhuman plague disease cancer",
        ),
        # the 330th round (the 1253rd set, a Dalit woman appointed a temple's priest): the
        # temple to be purified after her ("Temple ka suddhikaran karna padega ab"; not
        # "Grahan ke baad mandir ka shuddhikaran hota hai"), god said to leave wherever "ye
        # log" enter, her origin a drain ("pata nahi kaun se nale se aayi hai"; not "pata
        # nahi ye paani kaun se nale se aaya hai"), "the gutter people", "the untouchable
        # touch", "quota priestesses" (and doctors, judges: not "quota seats")
        (
            r"(?:mandir|temple|garbhagriha|garbh griha|rasoi) (?:ka|ki|ko) (?:s|sh)u?dd?hikaran"
            r" (?:karna|karwana|karana) (?:padega|padegi|pade ga|hoga)"
            r"|(?:ye|yeh|in|aise) log (?:jahan|jaha|jidhar) (?:bhi )?(?:ghuste|ghus jaate|jaate"
            r"|jate|pahunchte|aate|ghus jate) (?:hain|h|hai),? (?:wahan|waha|udhar|vahan)"
            r" (?:se )?(?:bhagwan|devta|lakshmi|barkat|bhakti)"
            r"|pata (?:nahi|nahin|nhi) (?:kaun|kaunse|kis) (?:se )?(?:nale|naale|naali|nali"
            r"|gatar|gutter) se (?:aayi|aai|ayi|aaya|aaye|nikli|nikla|nikle)"
            r"|(?:the|these|those|to|of) gutter (?:people|folk|castes?|born|types)"
            r"|(?:the|their|an?|that) untouchable (?:touch|hands?|shadow|filth|blood|feet)"
            # (not denied, nor quoted: 'Ye "quota doctor" wali baat bakwas hai')
            r"|(?<!not\sa\s)(?<!not\sthe\s)(?<![\"'“‘])quota (?:priests?|priestess"
            r"|priestesses|pujaris?|poojaris?|archakars?|doctors?|judges?|babus?|officers?"
            r"|engineers?|professors?|collectors?)\b",
            "suddhikaran shuddhikaran shudhikaran sudhikaran bhagwan devta lakshmi"
            " barkat bhakti nale naale naali nali gatar gutter untouchable quota",
        ),
        # the 333rd round (the 1256th set, a Sikh truck driver's crash in Canada): a people
        # said to be good only at breeding ("but they can sure breed and drive 18-wheelers";
        # not "dog breeders say they can breed only twice a year")
        (
            r"(?:but|yet|still) (?:they|these people|those people) (?:can )?sure (?:can |know"
            r" how to )?breed\b|(?:but|yet) (?:they|these people) (?:can|know how to) breed"
            r" (?:like|and)\b",
            "breed",
        ),
        # ... and a people's mark set beside a crime, as if one came with the other
        # ("Another turban behind the wheel, another massacre"; not "Another winter, another
        # crash on the M6")
        (
            r"another (?:turban|hijab|burqa|burka|beard|skullcap|paki|muslim|sikh|migrant"
            r"|immigrant|refugee|illegal|asylum seeker|foreigner)\b[^.!?,\n]{0,30}?,"
            r" (?:and )?another (?:massacre|bombing|stabbing|rape|crash|murder|killing|terror"
            r" attack|slaughter|bloodbath)",
            "massacre bombing stabbing rape crash murder killing terror slaughter bloodbath",
        ),
        # the 334th-337th rounds (sets 1257-1260: a Rohingya girl tops her district's exams,
        # a seventy-fifth whole evening; sarcasm an eighteenth time; replies in English; a
        # black footballer's missed penalty): a Muslim on television asked "which building
        # he wants blown up" (not "which bank he wants bailed out"); a people's "nasal"
        # (breed) said to be so ("inki nasal hi aisi hai"; not a dog's); the madrasa as a
        # school for bombs; a people as termites to be given no "charity"; a child called
        # an infiltrator's; "send him back to where his dad came from"; "not racist, but ...
        # no loyalty"; protesters said always to be "from one religion"; a people said to
        # clean gutters in Delhi; a missed penalty and "suddenly they remember Nigeria";
        # bananas sent to a black player
        (
            r"(?:muslim|islamic|arab|pakistani|afghan|somali|imam|mullah|maulana)\b"
            r"[^\n]{0,60}?(?:which|what) (?:building|bus|train|plane|mall|stadium|school"
            r"|church|temple|city|bridge) (?:he|she|they) (?:wants?|plans?|is planning|will"
            r" want) (?:to )?(?:blow|blown|bomb)",
            "blow blown bomb",
        ),
        (
            r"(?:inki|unki|in logon ki|in sabki|in sab ki|inn ki|unn ki) (?:puri |poori )?"
            r"(?:nasal|nasl|qaum|kaum|zaat|jaat|khoon) (?:hi )?(?:aisi|esi|aise|aisa|aesi"
            r"|kharab|gandi|gaddar|ghatiya) (?:hai|h|hoti|he)"
            # ("inki nasal hi ghuspaithiyon wali hai", the 1264th set)
            r"|(?:inki|unki) (?:nasal|nasl|qaum|kaum|zaat|jaat) hi (?:ghuspaithiyon|choron"
            r"|gaddaron|kutton|suaron|keedon|jaanwaron|janwaron|bhikariyon|bhikhariyon)"
            r" (?:wali|waali|jaisi|jaise|ki) (?:hai|h|hoti)"
            r"|(?:madrase|madrasa|madrasse|madarse|madarsa|madrason) (?:me|mein|main)"
            r" (?:\w+ )?(?:bomb|bam) (?:banana|banane|bana)",
            "nasal nasl qaum kaum zaat jaat khoon bomb bam",
        ),
        (
            r"(?:charity|shelter|home|dumping ground|refuge|hotel|welfare) for (?:termites"
            r"|vermin|cockroaches|rats|parasites|leeches|locusts|lice)\b",
            "termites vermin cockroaches rats parasites leeches locusts lice",
        ),
        (
            r"(?:ghuspaithiy|ghuspaithi|ghuspethi|ghuspaithy)(?:e|on|a|ya|yon|yo) (?:ka|ki|ke)"
            r" (?:bachcha|bachchi|bachche|bacha|bachi|bache|aulad|paidaish|beti|beta|pilla"
            r"|pille)",
            "ghuspaithiye ghuspaithiyon ghuspaithiya ghuspaithiyo ghuspaithi ghuspethiye",
        ),
        (
            r"(?:send|ship|deport|kick|boot) (?:him|her|them)(?: all)? back to where (?:his"
            r"|her|their) (?:dad|father|parents|mum|mom|mother|family|grandparents|ancestors"
            r"|people|folks) (?:came|come|is|are|were) from",
            "send ship deport kick boot",
        ),
        (
            r"(?:not|i'?m not|im not) (?:being )?racist,? but\b[^\n]{0,160}?(?:no loyalty"
            r"|zero loyalty|can'?t be trusted|cannot be trusted|don'?t belong|never be"
            r" (?:english|british|one of us|truly english|truly british))",
            "loyalty trusted belong english british",
        ),
        (
            r"(?:only ever|always|every time|somehow always|strangely always|funnily enough"
            r" always) (?:seem to |seems to |happen to |happens to |turn out to |turns out to"
            r" )?(?:be |come )?from (?:one|the same|a certain|a particular|that) (?:religion"
            r"|community|faith|religious community)",
            "religion faith",
        ),
        (
            r"(?:bihari|biharis|bihariyon|bhaiya|bhaiyya|purabiya|madrasi|bangladeshi"
            r"|bangladeshiyon|nepali|pahadi|chinki)\b[^.!?\n]{0,80}?(?:gutter|naali|nali"
            r"|nala|naala|sewer|toilet|sandaas|latrine)(?:e|en|on)? saaf (?:karte|karega"
            r"|karenge|karti|karna)",
            "gutter naali nali nala naala sewer toilet sandaas latrine",
        ),
        (
            r"(?:miss|misses|missed|lose|loses|lost|fail|fails|failed) (?:one|a penalty|a"
            r" game|a match|a pen)\b[^.!?\n]{0,20}?,? (?:and )?(?:suddenly|all of a sudden)"
            r" (?:they|he|she)(?:'re| are| is|'s)? (?:remember|remembers|from|nigerian"
            r"|ghanaian|jamaican|pakistani|african|bangladeshi) ?(?:nigeria|ghana|jamaica"
            r"|pakistan|india|africa|bangladesh|somalia|where)?",
            "suddenly sudden",
        ),
        # the 341st round (the 1264th set, jokes about India's regions in Hinglish, with
        # twins): the twelve o'clock joke at Sikhs ("Sardar ji ko 12 baje yaad dilao"; not
        # "Sardar ji ne 12 baje langar me 500 logon ko khana khilaya"); a people that would
        # bill its own mother ("ye log apni maa ka bhi bill bana dein"); "insaan kam baniye
        # zyada" (less human than of a caste)
        (
            r"(?:sardar|sardaar|sardarji|sardarjee)\w*\b[^.!?\n]{0,40}?(?:12|barah|baarah)"
            r" (?:baj gaye|bajne wale|baje yaad|bajte hi|baj gaye kya)",
            "sardar sardaar sardarji sardarjee",
        ),
        (
            # (billing, the trope of a trading caste: not "ye neta log apni maa ko bhi bech
            # denge", said of politicians)
            r"(?:ye|yeh|in|aise|inke|unke) log apni (?:maa|behen|bahen|biwi|beti|mummy|ammi)"
            r" (?:ka|ki|ko) bhi (?:bill|hisaab|hisab)",
            "bill hisaab hisab",
        ),
        (
            r"insaa?n (?:kam|kum) (?:baniye|bania|baniya|marwari|marwadi|gujju|gujjus|sindhi"
            r"|bihari|madrasi|mulla|mulle|musalman|chamar|punjabi|bengali|pahadi|jaat|jat"
            r"|yadav|brahmin|pandit|thakur|jaanwar|janwar|suar|kutte|kutta) (?:zyada|jyada"
            r"|jada|adhik)",
            "insaan insan",
        ),
        # the 342nd and 343rd rounds (sets 1265-1266: a deaf woman made a High Court
        # judge; a people said to be something, beside its twin that says why): a people
        # told to be grateful for a pension, "not given the power to decide cases" (not
        # "Disabled judges should be given interpreters, not pity"); a quota "gone mad"; a
        # place of worship called a foreign embassy ("Every synagogue in this country is a
        # foreign embassy"; not "... had to hire security")
        (
            r"(?:cripples|disabled|handicapped|deaf|blind|women|muslims|dalits|immigrants"
            r"|refugees|migrants|these people|their kind)\b[^.!?\n]{0,20}?(?:should|must"
            r"|ought to) (?:just )?be (?:grateful|thankful) (?:for|to)\b[^.!?\n]{0,50}?,?"
            r" (?:and )?(?:not|instead of|rather than) (?:be |being )?(?:given|allowed"
            r"|handed|put|making|deciding|running|in charge)",
            "grateful thankful",
        ),
        # ("Deaf, dumb and now a judge"; and the 330th set's "Deaf and dumb and now she's got
        # a trophy"; not "'deaf and dumb' is an old term")
        (
            r"(?<![\"'“‘])deaf,? (?:and )?dumb,? and now\b",
            "dumb",
        ),
        (
            r"(?:disabled|disability|handicapped|dalit|caste|women'?s?|female|gender|diversity"
            r"|minority|muslim|trans) quotas? (?:gone mad|gone crazy|madness)",
            "mad crazy madness",
        ),
        (
            r"(?:every|each|all|these|the) (?:synagogues?|mosques?|gurdwaras?|churches"
            r"|temples?|madrasas?) (?:in (?:this|our|the) (?:country|city|town) )?(?:is|are)"
            r" (?:a |an |just )?(?:foreign|enemy|israeli|pakistani|saudi|chinese|iranian)"
            r" (?:embassy|embassies|outpost|outposts|base|bases|consulate|consulates)",
            "embassy embassies outpost outposts base bases consulate consulates",
        ),
        # the 346th round (the 1269th set, a Muslim fast bowler's five wickets against
        # Pakistan, Hinglish): "inki kaum ka kya bharosa" (not "is team ke batsmen ka kya
        # bharosa"); "Inka dil to wahin border paar hai"; "Ye mullah log aise hi hote hain";
        # "namaz padhne ke baad bomb hi phodega" (not "namaz ke baad pataakhe phode")
        (
            r"(?:inki|unki|in logon ki|inke|unke|in sab ki) (?:kaum|qaum|jaat|zaat|nasal|nasl"
            r"|biradari) (?:ka|ki|pe|par) (?:kya|koi) (?:bharosa|bharosaa|yakeen|vishwas"
            r"|bharosa nahi)",
            "bharosa bharosaa yakeen vishwas",
        ),
        (
            r"(?:inka|unka|iska|uska|in logon ka|in sab ka) dil (?:to |toh )?(?:wahin|wahi"
            r"|udhar|waha|wahan) (?:border|seema|sarhad) (?:paar|par|ke us paar|ke paar)",
            "border seema sarhad",
        ),
        (
            r"(?:ye|yeh|in|sab|saare|ye sab) (?:mullah?|mulle|mullon|katue|katuve|jihadi"
            r"|paki) log (?:hi )?(?:aise|aisa|aisi|ese|aese) (?:hi )?(?:hote|hoti|hai|hain|h"
            r"|nikalte)"
            r"|(?:namaz|namaaz|jumma|juma|masjid|madrasa|madrase)\b[^.!?\n]{0,30}?(?:bomb|bam)"
            r" (?:hi )?(?:phodega|phodenge|fodega|fodenge|phodte|fodte|banayenge|banega)",
            # (cued by the people named and the prayer: "aise" is in every other Hinglish
            # comment)
            "mullah mulla mulle mullon katue katuve jihadi paki namaz namaaz jumma juma masjid"
            " madrasa madrase",
        ),
        # the 350th-353rd rounds (sets 1273-1276: Manipur's relief camps, a seventy-ninth
        # whole evening; a black woman made head of the Met, an eightieth; communal lines in
        # Hinglish beside twins; replies in English): riots said to follow "ye topi wale"
        # wherever they go (not "jahan bhi ye neta jaate hain wahan traffic jam"); "har
        # masjid me ek sazish" (not "har school me ek library"); "thook wali sabzi"; "the
        # muggers ... if they're from her community"; "Her people, her rules"; "another
        # affirmative action experiment ... they always are"; "baaki sab jungle ke jaanwar
        # hain"; the Northeast told to stay "apne desh me"
        (
            r"(?:jahan|jaha|jidhar) (?:bhi )?(?:ye|yeh|in|ye sab) (?!neta|mantri|leader)"
            r"(?:\w+ )?(?:wale|waale|log|mulle|musalman) (?:jaate|jate|ghuste|aate|rehte|bas"
            r" jaate) (?:hain|h|hai),? (?:wahan|waha|udhar|vahan) (?:dange|danga|aatank|jihad"
            r"|gandagi|chori|crime|bomb)",
            "dange danga aatank jihad gandagi chori crime bomb",
        ),
        (
            r"har (?:masjid|masjido|madrasa|madrase|mosque|church|girja|gurdwara)\w* (?:me|mein"
            r"|main) (?:ek )?(?:sazish|saazish|aatanki|aatankwadi|bomb|jihadi|hathiyar)"
            # (the food named by it, not a dhaba's act reported: "Is dhabe wale ne thook
            # laga ke roti di, video viral hai")
            r"|thook (?:wali|waali|wala|wale) (?:sabzi|roti|khana"
            r"|khaana|fal|phal|biryani|juice|paani|rotiyan)",
            "sazish saazish aatanki aatankwadi bomb jihadi hathiyar thook",
        ),
        (
            r"(?:muggers|criminals|looters|thieves|rapists|gangs|dealers|robbers|stabbers)\b"
            r"[^.!?\n]{0,50}?(?:from|of) (?:her|his|their) (?:community|people|kind|race|tribe)"
            r"|(?:her|his) people,? (?:her|his) (?:rules|way|law|laws)\b"
            r"|(?:affirmative action|dei|diversity|quota|token) (?:experiment|hire|appointment"
            r"|pick|case|project)\b[^\n]{0,60}?(?:they always (?:are|do|will)|like the rest"
            r" of them|they all (?:are|do))",
            "muggers criminals looters thieves rapists gangs dealers robbers stabbers rules"
            " affirmative dei diversity quota token",
        ),
        (
            r"(?:baaki|baki|bache|dusre|ye|ye log|ye sab|in sab|sab) (?:sab |log |sab log )?"
            r"(?:jungle|jangal) ke (?:jaanwar|janwar|bandar|keede|jaanwaron)\b"
            r"|(?:northeast|north east|north-east|nepali|chinki|bihari|madrasi|bangladeshi)\w*"
            r" (?:walon|waalon|wale|waale|log|logon) ko apne (?:desh|mulk) (?:me|mein) (?:hi )?"
            r"rehne do",
            "jungle jangal rehne",
        ),
        # the 354th round (the 1277th set, a Dalit groom on a horse attacked in Rajasthan,
        # Hinglish): the groom called a beggar "reservation se" (not "... ab wo bhikariyon ke
        # liye NGO chalata hai"); "in logon ko sar pe bithaoge to yahi hoga" (not "bachchon
        # ko sar pe bithaoge"); their place "at the shoes"
        (
            r"(?:reservation|quota|aarakshan)\b[^\n]{0,80}?(?:ye|yeh|ye sab|in) (?:bhikari"
            r"|bhikhari|bhikhmange|bhikmanga|bhikhmanga|bhookhe nange)\b"
            r"|(?:in logon ko|inko|unko|inhe|unhe|in sab ko) sar (?:pe|par) (?:bithaoge|bithaya"
            r"|chadhaoge|chadhaya|bithaoge) to (?:yahi|ye|aisa hi) (?:hoga|hota)"
            r"|(?:in logon|inko|unko|inhe|unhe|ye log|in sab)\b[^\n]{0,60}?(?:jootey|joote"
            r"|jooti|juti|pairon) ki jagah",
            "bhikari bhikhari bhikhmange bhikmanga bhikhmanga nange bithaoge bithaya chadhaoge"
            " chadhaya jootey joote jooti juti pairon",
        ),
        # the 358th-361st rounds (sets 1281-1284: an interfaith couple's reception,
        # Hinglish; sarcasm about disabled and old people; abuse in emoji and chat spellings
        # in Hinglish; a turbaned Sikh commands the King's Guard): "Love jihad ka ek aur
        # shikar ... burqe me, phir suitcase me" (not "'Love jihad' ka koi data nahi hai");
        # a wheelchair user on the council "will take twice as long" (not "the ramps will
        # finally get fixed"); "the diversity box was thrilled"; pensioners to be locked in
        # the care homes; "How inspiring, a dwarf on the front bench"; "first the shops,
        # then the army"; "smells of curry on parade" (not "the kitchen smells of curry")
        (
            r"(?<![\"'“‘])love jihad (?:ka|ki|ke) (?:ek aur |ek or |naya )?(?:shikar|shikaar"
            r"|shikaar bani|victim)"
            r"|(?:burqe|burqa|burkhe|burke)\b[^.!?\n]{0,30}?(?:phir|fir|uske baad|baad me)"
            r" (?:suitcase|fridge|bori|tukde|tukdon)",
            "jihad suitcase fridge bori tukde tukdon",
        ),
        (
            r"(?:oh )?(?:wonderful|great|brilliant|fantastic|lovely|marvellous|perfect),?"
            r" (?:another|a) (?:wheelchair user|cripple|disabled \w+|deaf \w+|blind \w+"
            r"|autistic \w+|dwarf|midget|amputee|spastic)\b[^\n]{0,80}?(?:will take (?:twice"
            r"|three times|forever)|cost us a fortune|cost a fortune|slow (?:us|everything)"
            r" down)"
            r"|(?:diversity|quota|dei) box (?:was|is|got|will be) (?:thrilled|ticked|happy"
            r"|pleased|delighted)|ticked (?:the|a|another) (?:diversity|dei|quota) box"
            r"|(?:how inspiring|how brave|how lovely),? (?:a|another) (?:dwarf|midget|cripple"
            r"|spastic|retard)\b",
            "wheelchair cripple disabled deaf blind autistic dwarf midget amputee spastic"
            " diversity quota dei ticked retard",
        ),
        (
            r"lock (?:them|the old|pensioners|old people|the elderly|grannies|boomers) (?:up )?"
            r"in (?:the )?care homes",
            "care",
        ),
        (
            r"first the (?:shops|corner shops|councils|schools|mosques|jobs)\b[^.!?\n]{0,40}?"
            r"then (?:the )?(?:army|parliament|police|country|government|palace)\b"
            r"|(?:smells?|stinks?|reeks?) (?:of )?curry (?:on|in) (?:the )?(?:parade|palace"
            r"|office|parliament|bus|train|tube|classroom|street|town|neighbourhood|estate"
            r"|council)",
            "shops councils mosques curry",
        ),
        # the 362nd round (the 1285th set, an Afghan refugee family's bakery): "brought
        # their women in sacks"; "every one of these bakeries is a front for smuggling"
        # (not "one of these bakeries was a front, police said"); "goat botherers"
        (
            r"(?:their|his) (?:women|wives|womenfolk|woman) in (?:sacks|bin ?bags|bags|tents"
            r"|bedsheets|letterboxes)"
            r"|(?:every one|every single one|all) of these (?:bakeries|shops|restaurants"
            r"|takeaways|barbers|barber shops|businesses|kebab shops|car washes|nail bars)"
            r" (?:is|are) (?:a |just )?(?:fronts?|covers?) for (?:smuggling|money laundering"
            r"|drugs|terror|crime|trafficking)"
            r"|goat[- ]?(?:botherers?|shaggers?|humpers?)",
            "sacks bags tents bedsheets letterboxes front fronts cover covers botherer"
            " botherers shagger shaggers humper humpers goatbotherers",
        ),
        # the 366th and 369th rounds (sets 1289 and 1292: a Kashmiri Pandit family given
        # back its house, Hinglish; riots in the banlieues, replies): "Ghati ka har musalman
        # terrorist ka rishtedaar hai"; "Now it's Algeria with baguettes" (not "Algeria
        # against France in the final")
        (
            r"(?:har|sab|saare|sare) (?:musalman|muslim|mulla|mulle|kashmiri|katue|mullah)\w*"
            r" (?:\w+ )?(?:terrorist|aatanki|aatankwadi|jihadi)\w* (?:ka|ki|ke) (?:rishtedaar"
            r"|rishtedar|bhai|beta|saathi|yaar|dost|chacha)"
            r"|(?:now|today) (?:it'?s|its|it is) (?:algeria|pakistan|africa|somalia|mogadishu"
            r"|baghdad|kabul|the third world|bangladesh|morocco) with (?:baguettes|tea|castles"
            r"|snow|better weather|a flag|croissants|pubs)",
            "rishtedaar rishtedar baguettes croissants pubs castles",
        ),
        # ("They breed in those towers like rats", the 1292nd set; not "Rats breed in those
        # towers, the council won't fix the bins")
        (
            r"(?:they|these people|those people|them) breed\b[^.!?\n]{0,30}? like (?:rats"
            r"|rabbits|cockroaches|vermin|flies|animals|mice|dogs)",
            "breed",
        ),
        # ... and the Hindi slur for gay and trans people where Pride or its words are
        # near ("ab chhakke bhi Pride me naach ke haq maangenge"; "chhakke" alone is also
        # sixes: not "chhakke pe chhakke, stadium naach raha tha")
        (
            r"(?:chh?akk?e|chh?akkon)\b[^.!?\n]{0,30}?(?:pride|lgbt|lgbtq|gay|gays|trans"
            r"|saree|sari|lipstick|hijra|hijre|kinnar|haq maang)"
            r"|(?:pride|lgbt|lgbtq|gay|gays)\b[^.!?\n]{0,30}?(?:chh?akk?e|chh?akkon)\b",
            "chakke chhakke chakkon chhakkon",
        ),
        (
            r"(?:send|sending|throw|throwing|post|posting|give|giving|mail|ship) (?:him|her"
            # (the emoji is read as the word: "banana" with no word after it but another
            # banana, not "a banana bread recipe")
            r"|them)\b[^.!?\n]{0,30}? ?(?:🍌|banana\b(?!\s+(?!banana)[a-z]))",
            # (cued by the banana, word or emoji read as one: the verbs are in every tenth
            # comment, and each run of the pattern cost some 9 µs)
            "banana bananas",
        ),
    )
)


def _alternatives(body: str, cues: frozenset[str]) -> Alternatives:
    return Alternatives(
        top_level_branches(body),
        cues,
        lambda one: _whole_words(one, starting=False),
        string.ascii_lowercase,  # what (?<![a-z]) refuses before a match
    )


_SAYINGS: Final = _alternatives(_SAYING, CUES)
_SETS_APART: Final = _alternatives(_SET_APART, SET_APART_CUES)
# The forty-sixth and forty-seventh sessions' sayings, run as those two unions are, one
# alternative at a time: each where a cue word it spells is present and the strings it
# cannot match without are in the text. In _CUED, each of the forty-sixth's ran whole for
# any comment holding any of its cues (some as common as "tomorrow", "own" or "police"):
# 4.6% more instructions per comment.
_ONE_BY_ONE_PARTS: Final = (
    # the forty-eighth session's sweep of calls against a people (eighteen peoples, eighteen
    # forms): "death to Muslims", "we need to get rid of refugees for good", "send Jews to
    # the gas chambers" (not "were sent to the gas chambers", history told), "round up the
    # Rohingya", "hang all mullahs" were published where "kill all Muslims" was held
    (
        rf"death to (?:all )?(?:the )?(?:{_PEOPLES}|mullahs|mullas|mulle|brahmins|trans people"
        r"|gays|jihadis|immigrants|rohingyas?|kashmiris|biharis|dalits|pakis)\b"
        rf"|(?:we|let'?s|must|need to|should|have to|time to|gotta)\b[^\n]{{0,15}}?get rid of"
        rf" (?:all )?(?:the |these |those )?(?:{_PEOPLES}|mullahs|mullas|brahmins|trans people"
        r"|gays|rohingyas?|kashmiris|pakis)\b"
        rf"|send (?:all )?(?:the |these |those )?(?:{_PEOPLES}|mullahs|mullas|them|brahmins"
        r"|gays|trans people|rohingyas?|kashmiris|biharis|pakis) (?:back )?(?:to|into) (?:the )?"
        r"gas chambers?"
        r"|round (?:up )?(?:all )?(?:the |these |those )?(?:kashmiris|rohingyas?|brahmins"
        r"|mullahs|mullas|mulle|trans people)\b"
        r"|(?:burn|hang|shoot|kill) (?:all )?(?:the |these |those )?(?:mullahs|mullas|mulle)\b",
        # (not "round", "kill" or "shoot": common words, each would run its alternative)
        "death rid chamber chambers kashmiris rohingya brahmins mullahs mullas mulle trans",
    ),
    # the 486th, 487th and 489th rounds (sets 1409, 1410 and 1412: sarcasm about Dalits and
    # women in Devanagari, read as typed; Hinglish with emoji; replies in Devanagari): a
    # reserved-seat doctor's patients "upar hi jaoge" (not the doctor who operated on my
    # mother); "ye nich jaat wale" (not "ye gaon wale"); "ek dalit ne bhi angrezi bol li,
    # akhbar mein chhapo" (not "ek dalit ladki ne board mein top kiya, ... chhapo"); "🐀🐀
    # bhar gaye hain Mumbai me, Bangladeshi sab" (not "... Mumbai ke station pe, BMC ...");
    # "bhakt ki buddhi, bhains ke aage been"
    (
        r"(?:aarakshan|arakshan|reservation|quota|kota)\w* (?:wale|wala|wali|se aaye|se bane)\b"
        r"[^\n]{0,20}?(?:doctor|doktar|daktar|engineer|pilot|surgeon)\w*\b[^\n]{0,40}?(?:upar"
        r"|oopar) (?:hi )?(?:jaoge|jaaoge|jaogey|pahunchoge|pahuncha denge|bhej denge)"
        # (or told to buy a shroud first: "... se ilaaj karwana hai to pehle kafan khareed
        # lo", the 1581st set; not "... se ilaaj karwaya tha, bahut achha tha")
        r"|(?:aarakshan|arakshan|reservation|quota|kota)\w* (?:wale|wala|wali|se aaye|se bane)\b"
        r"[^\n]{0,20}?(?:doctor|doktar|daktar|surgeon)\w*\b[^\n]{0,40}?kafan (?:khareed|kharid"
        r"|le|leke|le ke|tayyar|taiyar|ready)\w*"
        r"|(?:ye|yeh|in|inn|tum|tu|saale|sab|ye sab)\s(?:neech|nich) (?:jaat|jat|jaati|jati)\w*"
        # ("Kitna bhi padh lo, khoon to neech hi rahega", "bheekh mangne wali kaum", the
        # 1581st set; not "naukri to mehnat se hi milegi")
        r"|(?:khoon|khun|nasl|jaat|jaati) (?:to |toh |tab bhi |phir bhi )?(?:neech|nich)"
        r" (?:hi )?(?:rahega|rahegi|rahenge|rahta|rehta|hai|hota)\b"
        r"|(?:bheekh|bhikh|bheek|bhik) (?:mangne|maangne|mangane) (?:wali|wale|waali|waale)"
        r" (?:kaum|qaum|jaat|jaati|jati|community|log|biradari)\b"
        r"|(?:ek|koi) (?:dalit|muslim|musalman|bihari|madrasi|aurat|ladki|chamar|adivasi|mulla)"
        r" ne bhi\b[^\n]{0,40}?(?:akhbar|akhbaar|newspaper|news|tv)\w* (?:me|mein|pe|par)"
        r" (?:chhapo|chhaapo|chapo|dikhao|daalo)\b"
        r"|(?:rats|cockroaches|pigs|chuhe|keede|makode)\b[^\n]{0,50}?,? (?:bangladeshi|rohingya"
        r"|mulle|musalman|bihari|pakistani|ghuspaithiye)\w* (?:sab|log|hain|hai)\b"
        r"|(?:bhakt|bhakton|tujhe|tumhe|tumko|tujhko|isko|tere|teri)\b[^\n]{0,20}?(?:bhains"
        r"|bhens|bhais)\w* ke (?:aage|age) (?:been|bin|bean)\b",
        "aarakshan arakshan reservation quota kota neech nich chhapo chhaapo chapo dikhao"
        " daalo rats cockroaches pigs chuhe keede makode bhains bhens bhais bheekh bhikh bheek"
        " bhik",
    ),
    # the 474th, 476th-478th rounds (sets 1397, 1399-1401: Rohingya in Jammu, an evening;
    # sarcasm about Hindus, with twins; a disabled minister mocked, with twins; a Black
    # footballer abused in Spain, an evening): "Rohingya matlab chalta phirta bomb"; "jahan
    # jaate hain wahan drugs ..."; "the people who drink cow piss"; "Hindus and their 33
    # crore gods, can't even keep ..." (not "... their festival calendar"); "Sanghi sorry I
    # mean Hindu, same thing" (not "... BJP supporter, ... not the same thing"); "how is he
    # going to stand up for his constituents when he can't even stand up" (not "... when
    # the whips won't let him"); "Langde ko mantri bana diya"; "Andha hai kya? Nahi nahi";
    # "Disabled quota MP, ... crippled anyway"; "Wheel him out ... and wheel him back in"
    # (not "Wheel out the same promises"); "animal noises when he plays like an animal";
    # "Import them from the jungle"
    (
        r"(?:rohingya|bangladeshi|mulla|mulle|musalman|kashmiri|pakistani|bihari)\w*"
        r" (?:matlab|yaani|=) (?:chalta phirta|chalta-phirta|zinda|jinda) (?:bomb|bam|aatanki"
        r"|khatra|virus)"
        r"|jahan (?:jaate|jate|jaayenge|rehte|bas(?:te|e))\w* (?:hain|hai|h)?\b[^\n]{0,5}?"
        r"wahan (?:drugs|nasha|chori|jism|dhandha|gandagi|jhagda|kachra|aatank|bimari)\w*"
        r"|(?:cow ?piss|piss ?drinkers?|(?:gaumutra|gomutra|goumutra) ?(?:drinkers?|peene"
        r" wale|pine wale|bhakt)|urine drinkers?)"
        r"|\b(?:hindus|muslims|sikhs|christians|jews|dalits|biharis)\b and their\b[^\n]{0,30}?"
        r",? can'?t even (?:keep|clean|wash|build|run|manage)"
        r"|(?:sorry|oops),? i mean (?:\w+ )?(?:hindu|hindus|muslim|muslims|jew|jews|sikh|sikhs"
        r"|christian|christians|dalit|dalits)\b[^\n]{0,10}?(?:same thing|same difference|no"
        r" difference)"
        r"|stand up for\b[^\n]{0,40}?(?:when|if|and) (?:he|she|they) (?:can'?t|cannot|can not)"
        r" (?:even )?stand(?: up)?\b"
        r"|(?:langde|langda|lule|lula|andhe|andha|apahij|goonge|behre) ko (?:mantri|minister"
        r"|neta|mla|mp|pm|cm|captain|kaptaan|sarpanch|adhyaksh|officer|collector|judge)"
        r" (?:bana|bna) (?:diya|dia|diye|dala)"
        r"|(?:andha|andhi|langda|langdi|behra|behri|goonga|goongi) (?:hai|h) kya\?\s*(?:nahi"
        r" nahi|oh wait|arre nahi|sorry)\b"
        r"|(?:disabled|divyang|viklang|handicapped|wheelchair) (?:quota|category)\b"
        r"[^\n]{0,60}?(?:crippled|lame|paralysed|paralyzed|handicapped)"
        r"|wheel (?:him|her) (?:out|in)\b[^\n]{0,40}?wheel (?:him|her) (?:back|in|out)"
        r"|(?:monkey|animal|ape|jungle)\w* (?:noises|chants|sounds)\b[^\n]{0,40}?(?:when|if"
        r"|because|since) (?:he|she|they) (?:plays?|acts?|behaves?|looks?) like an? (?:animal"
        r"|monkey|ape|gorilla)"
        # ("play the race card ..., these people never take responsibility"; "Pandit bhaga
        # diye, ab sympathy chahiye in logon ko")
        r"|(?:race|religion|caste|victim) card\b[^\n]{0,60}?(?:these|those) people (?:never"
        r"|don'?t ever|won'?t ever) (?:take|accept) (?:responsibility|the blame)"
        r"|(?:pandit|pandits|hindu|hinduon|sikh|sikhon)\w* (?:bhaga|bhagaa|nikal|maar)\w*\b"
        r"[^\n]{0,30}?(?:sympathy|hamdardi|humdardi|daya|rahat)\w* (?:chahiye|chaahiye"
        r"|maangte)\b[^\n]{0,20}?(?:in logon|inko|unko|ye log|in ko)\b"
        r"|(?:import|imported|importing|bring|brought|bringing|ship|shipped)\w* (?:them|him"
        r"|these|those)\b[^\n]{0,10}?(?:from|out of) the (?:jungle|trees|bush|zoo)\b",
        "phirta zinda jinda drugs nasha chori jism dhandha gandagi jhagda kachra aatank"
        " bimari piss gaumutra gomutra goumutra urine hindus muslims sikhs christians jews"
        " dalits biharis sorry oops stand"
        " langde langda lule lula andhe andha apahij goonge behre andhi langdi behra behri"
        " goonga goongi crippled lame paralysed paralyzed handicapped wheel noises chants"
        " sounds jungle trees bush zoo responsibility blame sympathy hamdardi humdardi daya"
        " rahat",
    ),
    # the 466th, 468th, 469th and 470th rounds (sets 1389, 1391-1393: a Sikh woman elected
    # to the Commons, an evening; Biharis in Mumbai, with twins; a trans athlete, with
    # twins; Eid prayers on a road, an evening): "taking orders from Amritsar"; the benches
    # to "smell of" curry; "Britain is being colonised one seat at a time"; a language
    # heard "jaise gutka ki peek sadak pe" (not "ye bhasha ka sawal hai"); "Bihari aaya
    # matlab ... bahar kachra" (not "... kyunki kiraya itna hai"); "jaise tiddi dal";
    # "ghuspaithiye" counted at Chhath (not the workers counted); a dog that "identifies
    # as a greyhound"; "Whatever 'she' is" and "a psychiatric ward" as where one belongs;
    # "These freaks won't stop until every girl's changing room ..."; "inka yahi tareeka
    # hai zameen hadapne ka"
    (
        r"(?:taking|take|takes|taking (?:her|his|their)) orders from (?:amritsar|tel aviv"
        r"|the mosque|the gurdwara|the synagogue|mecca|the vatican|the pope)\b(?! air| airport"
        r"| control| tower| head ?office| hq| base| office)"
        r"|curry\b[^\n]{0,60}?(?:benches|chamber|commons|parliament)\w* (?:to )?(?:smell"
        r"|smells|stink|stinks|reek|reeks)\b"
        r"|curry\b[^\n]{0,60}?(?:office|classroom|bus|train)\w* (?:to|will|would|is going to)"
        r" (?:smell|stink|reek)\b"
        r"|(?:benches|chamber|commons|parliament)\w* (?:will |would |to |now |already )?"
        r"(?:smell|smells|stink|stinks|reek|reeks) (?:of|like) curry"
        # (an office, a classroom or a bus only as it is to be: not "the office smells of
        # curry after the staff party", "curry for lunch again, the classroom stinks")
        r"|(?:office|classroom|bus|train)\w* (?:will |would |to |now |already |is going to )"
        r"(?:smell|smells|stink|stinks|reek|reeks) (?:of|like) curry"
        r"|(?:britain|england|europe|the country|this country|america|the west|india|london)"
        r"\b[^\n]{0,15}?(?:is being|being|getting|has been) (?:colonised|colonized|invaded"
        r"|replaced|conquered|islamised|islamized) (?:one|seat by|street by|town by|vote by"
        r"|bit by|brick by)\b"
        r"|(?:bhojpuri|bihari|hindi|marathi|tamil|urdu|bengali|bangla|punjabi|malayalam"
        r"|telugu|kannada|gujarati|bhasha|zubaan|language)\w*\b[^\n]{0,40}?jaise (?:gutka"
        r"|gutkhe|paan|tambaku)\w* (?:ki )?(?:peek|pik|thook|thuk)\b"
        r"|(?:bihari|bhaiya|bhaiyya|bangladeshi|madrasi|mulla|mulle|chinki|nepali|kashmiri"
        r"|rohingya)\w* (?:aaya|aaye|aayi|aa gaya|aa gaye) (?:matlab|yaani|to|toh|matalab)\b"
        r"[^\n]{0,60}?(?:kachra|gandagi|chori|jhagda|jhagde|bimari|kabza|crime)\w*"
        r"|(?:log|bhaiyya|bhaiya|bihari|biharis|mulle|bangladeshi|rohingya|ye|yeh|inki|unki)\b"
        r"[^\n]{0,80}?(?:jaise|jaisi|jaisa) (?:tiddi ?dal|tiddiyon|tiddiyan|tiddi|makode"
        r"|makodon|cockroach|chuhe|chuhon)\b"
        r"|(?:chhath|chhat|holi|eid|diwali|durga puja)\b[^\n]{0,40}?(?:ghuspaithiye"
        r"|ghuspaithiya|ghuspethiye|ghuspaithi|ghuspaithiyon)\b"
        r"|\b(?:a|the) (?:dog|cat|horse|pig|goat|toaster|car|helicopter|attack helicopter"
        r"|chair|fish|donkey)\b[^\n]{0,50}?if (?:it|he|she) identifies as an? \w+"
        r"|whatever ['\"‘’](?:she|he|they)['\"‘’] (?:is|are)\b"
        r"|(?:belongs?|belong) in an? (?:psychiatric ward|psych ward|mental asylum|loony bin"
        r"|freak show)\b"
        r"|(?:these|those) (?:freaks|perverts|degenerates|weirdos|nutters)\b[^\n]{0,40}?"
        r"(?:changing rooms?|toilets?|bathrooms?|locker rooms?)"
        r"|(?:inka|unka|in logon ka|inki|unki) (?:yahi|yehi|ye|yeh) (?:tareeka|tarika|tareeqa"
        r"|dhanda|kaam|plan|chaal|fitrat|aadat)\b[^\n]{0,20}?(?:zameen|zamin|jagah|desh"
        r"|sheher)\w* (?:hadapne|hadapna|kabza|qabza|hathiyane|hathiyana|chheenne)",
        "orders smell smells stink stinks reek reeks curry colonised colonized invaded"
        " replaced conquered islamised islamized peek pik thook thuk bihari bhaiya bhaiyya"
        " bangladeshi madrasi mulla mulle chinki nepali kashmiri rohingya tiddi tiddiyon"
        " tiddiyan makode makodon"
        " cockroach chuhe chuhon ghuspaithiye ghuspaithiya ghuspethiye ghuspaithi"
        " ghuspaithiyon identifies whatever ward asylum bin freak freaks perverts"
        " degenerates weirdos nutters hadapne hadapna qabza hathiyane hathiyana chheenne",
    ),
    # the 458th, 460th-462nd rounds (sets 1381, 1383-1385: two men adopt a child, an
    # evening; sarcasm about Jews, with twins; Kashmiris mocked in Hinglish, with twins; a
    # Muslim mayor elected, an evening): "two daddies and no shame"; "Ye log bachche god
    # lete hi isliye hain ... sab samajhte hain"; "as confused as his so-called parents";
    # the "same six families" owning the papers "defending Israel. Pure coincidence" (not
    # media consolidation argued); "when has a Jew ever passed up a chance to play victim"
    # (not the Board of Deputies not consulted); "the Rothschilds will send him ..." (not
    # the Electoral Commission); "Jews and their lobby" (not Netanyahu and his coalition);
    # "we all know who owns the moderators"; "jaanwar ko pinjre me" said of a people;
    # "Student hai ya stone pelter part time" (not a shikara rowed part time); "kitna bhi
    # padha lo, patthar hi uthayega" (not "... naukri Delhi me hi dhoondhni padegi"); the
    # Fourth of July to be replaced "with Ramadan"; a city "conquered without a shot
    # fired"; "Hide your daughters and your dogs, the new sheriff has arrived"
    (
        r"two (?:daddies|dads|mummies|mommies|mums|moms|fathers|mothers)\b[^\n]{0,20}?(?:and"
        r" no shame|shameless|sick|unnatural|perver\w*|disgusting)"
        r"|(?:ye log|yeh log|ye dono|yeh dono|inhe|in logon)\b[^\n]{0,10}?(?:bachche|bachcha"
        r"|bachchi|baccha|bacche)\w* (?:god|adopt)\w* (?:lete|le rahe|lene)\w*\b[^\n]{0,10}?"
        r"(?:isliye|is liye)\b[^\n]{0,40}?(?:sab samajhte|samajh (?:gaye|jao|lo)|sab pata"
        r"|sab jaante)"
        r"|as (?:confused|messed up|sick|twisted|perverted|screwed up) as (?:his|her|their)"
        r" (?:so-?called |so called |two )?(?:parents|dads|daddies|mums|mothers|fathers)"
        r"|same (?:\w+ )?families (?:own|owns|run|runs|control|controls)\b[^\n]{0,60}?(?:israel"
        r"|zionis\w*|jewish)\b[^\n]{0,40}?(?:coincidence|i'?m sure|funny that|go figure|just"
        r" saying)"
        rf"|when (?:has|did|have|does) (?:an? |the )?{_PEOPLES} ever (?:passed|pass|missed"
        r"|miss|turned|turn)\w*(?: up| down)? (?:a|the|an|any) (?:chance|opportunity) to"
        r" (?:play|cry|claim|scream)\w* (?:the )?(?:victim|racism|antisemitism|islamophobia"
        r"|oppression)"
        r"|(?:the )?rothschilds (?:will|would|must|'ll|are going to)\b[^\n]{0,20}?(?:send|pay"
        r"|reward|thank|give|be pleased|be happy|approve)"
        r"|\b(?:jews|zionists|jewish people) and their (?:lobby|lobbies|money|media|banks"
        r"|bankers|gold|shekels)\b"
        r"|we (?:all )?know who (?:really )?(?:owns|controls|runs|pays) (?:the |this )?"
        r"(?:moderators|mods|media|banks|hollywood)\b"
        r"|(?:inke liye|unke liye|in logon|ye log|inko|unko|kashmiri|kashmiriyon|mulle"
        r"|mullon)\b[^\n]{0,40}?(?:jaanwar|janwar)\w* ko (?:pinjre|pinjra|cage)\w* (?:me|mein)"
        r"|(?:student|doctor|engineer|teacher|worker|driver)\w* (?:hai|he|h)? ?(?:ya|or)"
        r" (?:part[- ]time )?(?:stone ?pelter|patthar ?baaz|pattharbaaz|terrorist|aatanki"
        r"|jihadi|atankwadi)\w*"
        r"|(?:kitna|kitne|chahe jitna) bhi (?:padha|padhao|sikha|sikhao|pala|palo|khila"
        r"|khilao)\w*\b[^\n]{0,15}?(?:patthar|bandook|bomb|chaku|talwar|hathiyar)\w* (?:hi )?"
        r"(?:uthayega|uthayenge|chalayega|chalayenge|phenkega|phenkenge|fekega|fekenge)"
        r"|(?:replac\w*|swap\w*|ban\w*|cancel\w*) (?:the )?(?:fourth of july|july 4th"
        r"|christmas|easter|diwali|holi|thanksgiving|bonfire night)\b[^\n]{0,15}?(?:with|for)"
        r" (?:ramadan|ramzan|eid|sharia|halal)"
        r"|(?:you'?ve|you have|we'?ve|we have|it'?s|it has|city has|town has|country has"
        r"|america has|britain has|london has|dearborn has) been (?:conquered|invaded|taken"
        r" over|colonised|colonized) without (?:a|firing a|one) (?:shot|bullet)"
        r"|hide your (?:daughters|wives|women|girls|dogs|sisters)\b[^\n]{0,30}?(?:the new"
        r"|has arrived|moved in|have arrived|mayor)",
        "daddies dads mummies mommies mums moms fathers mothers bachche bachcha bachchi"
        " baccha bacche confused messed twisted perverted screwed coincidence victim racism"
        " antisemitism islamophobia oppression rothschilds jews zionists jewish moderators mods"
        " media banks hollywood pinjre pinjra cage pelter stonepelter pattharbaaz baaz terrorist"
        " aatanki jihadi atankwadi uthayega uthayenge chalayega chalayenge phenkega phenkenge"
        " fekega fekenge ramadan ramzan eid sharia halal conquered invaded colonised"
        " colonized hide",
    ),
    # the 450th, 452nd, 453rd and 454th rounds (sets 1373, 1375-1377: an Adivasi woman made
    # chief minister, an evening; sarcasm about Christians in Hinglish, with twins; a Muslim
    # bowler after a loss, replies; an asylum hotel besieged, an evening): a people's
    # faith said to be bought, "kitne saste bikte hain ye log" and "bas itni si hai inki
    # aastha" (not "kitni garibi me jeete hain ye log"); "dogle isai"; a people's drinking
    # asked of what its prophet taught (not churches and temples side by side); a Muslim
    # player's "loyalty ... across the border" and the "plot in Karachi" he will retire to
    # (not a knee injury, a coaching job in the IPL); a tribal leader who "feeds her people
    # the most alcohol" (not the liquor policy's harm told); "every one of them is a rapist
    # in waiting"; "military-aged invaders"; "these tribals can't even ... and now they
    # want ..."
    (
        r"(?:kitne|kitna|itne|itna|bahut|kitni|itni) (?:saste|sasta|sastey|sasti) (?:bikte"
        r"|bik jaate|bik jate|bikti|bik gaye|bik jaati|bik jati)\w*\b"
        r"|(?:bas|sirf) itni (?:si )?(?:hai|h) (?:inki|unki|in logon ki|un logon ki|in ki)"
        r" (?:aastha|astha|imaan|iman|shraddha|dharm|bhakti|wafadari|deshbhakti)"
        r"|\b(?:dogle|dogla|dogley|dogli) (?:isai|isaai|isaiyon|christian|christians|musalman"
        r"|musalmaan|mulle"
        r"|mulla|hindu|hindus|sikh|sikhs|dalit|dalits|bihari|biharis|madrasi|bangali|bengali)\b"
        r"|\b(?:sharaabi|sharabi|chor|jaahil|jahil|gunde|ganwar|gawar|bewde|bevde)\b[^\n]{0,30}?"
        r"(?:yesu|jesus|isa masih|allah|rasool|guru|bhagwan|paigambar)\w* ne (?:kya|yahi|yehi"
        r"|ye|yeh) (?:sikhaya|sikhaaya|padhaya)"
        r"|(?:loyalty|loyalties|allegiance|wafadari|wafaadari)\b[^\n]{0,15}?(?:is|lies|are|lie"
        r"|belongs?|hai|h) (?:across|over|on the other side of|beyond|sarhad ke|border ke)"
        r" (?:the )?(?:border|sarhad|paar|us paar)"
        r"|(?:after (?:his |her )?retirement|when (?:he|she) retires|once (?:he|she) retires)"
        r"\b[^\n]{0,40}?(?:plot|house|flat|villa|bungalow|pension|citizenship|medal|award|home)"
        r"\b[^\n]{0,10}? in (?:karachi|lahore|pakistan|islamabad|rawalpindi|pindi)"
        r"|(?:feeds?|feeding|bribes?|bribing|buys?|buying|plies|plying|pays?|paying) (?:her"
        r"|his|their) (?:own )?people (?:\w+ ){0,3}?(?:alcohol|liquor|booze|hooch|mahua|daru"
        r"|sharab|bottles)\b(?! licen| polic| ban| shops?)"
        r"|(?:every|each) (?:one|single one|last one) of (?:them|these|those|em)\b[^\n]{0,10}?"
        r"(?:is|are|'s) an? (?:rapist|terrorist|criminal|paedo|pedo|jihadi|groomer|thief"
        r"|murderer|bomber)s? in waiting"
        r"|(?:military|fighting|battle)[- ]?aged? (?:invaders|invader|hordes|horde|parasites)"
        r"|(?:these|those|ye|yeh) (?:tribals|adivasis|aadivasis|jungli|junglis|dalits|biharis"
        r"|bhangis|chamars|madrasis|migrants|immigrants|muslims|mullas|mulle)\b[^\n]{0,10}?"
        r"can'?t even\b[^\n]{0,40}?(?:and now|yet|but now)\b[^\n]{0,15}?(?:they|these|them)"
        r" (?:want|wants|think|expect|demand)"
        # (a Muslim bowler: "Inki kaum ka yahi hai", "wahan bhejo jahan iski wafadari hai",
        # "traitor. Enjoy your biryani with your Pakistani friends")
        r"|(?:inki|unki|iski|uski|in logon ki|teri) (?:kaum|qaum|quam) (?:ka|ki|ke) (?:yahi|yehi"
        r"|ye|yeh) (?:hai|h|haal|kaam|fitrat|karam)\b"
        r"|(?:(?:bhejo|bhej do|bhejdo|bhejna|bhej dena|nikalo) (?:wahan|waha|udhar)|(?:wahan"
        r"|waha|udhar) (?:bhejo|bhej do|bhejdo|bhejna|bhej dena)) (?:jahan|jaha|jidhar) (?:iski"
        r"|uski|inki|unki|teri) (?:wafadari|wafaadari|wafa|vafadari)"
        r"|(?:sab|saare|sare|ye|yeh|ye log)\b[^\n]{0,10}?(?:videshi|foreign|saudi|arab|vidsehi)"
        r" (?:paise|paiso|paison|funding|fund|dollar|dollaron|riyal)\w* (?:pe|par) (?:palte"
        r"|pal rahe|palne|jeete|jee rahe)"
        r"|(?:traitor|gaddar|gaddaar|ghaddar)\b[^\n]{0,50}?(?:your|his|apne|uske|iske)"
        r" (?:pakistani|paki) (?:friends|brothers|bhai|bhaiyon|cousins|masters|abbu|abba"
        r"|relatives|rishtedar)",
        "saste sasta sastey sasti aastha astha imaan iman shraddha dharm bhakti wafadari"
        " deshbhakti dogle dogla dogley sikhaya sikhaaya padhaya loyalty loyalties allegiance"
        " wafaadari retirement retires alcohol liquor booze hooch mahua daru sharab bottles"
        " waiting invaders invader hordes horde parasites tribals adivasis aadivasis jungli"
        " junglis dalits biharis bhangis chamars madrasis migrants immigrants muslims mullas"
        " mulle kaum qaum quam wafa vafadari traitor gaddar gaddaar ghaddar videshi foreign"
        " saudi arab vidsehi",
    ),
    # the 446th and 448th rounds (sets 1369 and 1371: a Ganesh procession's route, an
    # evening in Hinglish; sarcasm about migrants to Britain, with twins): "jisko dikkat hai
    # wo Pakistan chala jaaye"; "inki fitrat hi aisi hai"; the "doctors and engineers"
    # arriving by dinghy, who "all lose their passports on the way" (not "... our hospitals
    # can't hire"); "I'm sure it was a Norwegian tourist again" (not "The knife crime unit
    # was cut in 2019"); "I now need a translator to buy milk in my own town" (not "... the
    # NHS would collapse without overseas nurses"); "leave your wife-beating and your goats
    # at the border" (not "... your expectations about the weather"); "want to turn it into
    # the country they fled" (not "... pay more tax than most of us")
    (
        r"(?:jisko|jise|jinko|jinhe|jo)\b[^\n]{0,20}?(?:dikkat|problem|takleef|pareshani|aitraaz"
        r"|etraaz)\w* (?:hai|ho|h)\b[^\n]{0,10}?(?:wo |woh |vo )?(?:pakistan|bangladesh"
        r"|kabristan) (?:chala|chale|chali) (?:jaaye|jaye|jaayen|jao|jaayein)"
        # (violence told as a people's nature, not "inki fitrat hi aisi hai" said of
        # politicians' promises)
        r"|(?:pathar|patthar|pathhar|danga|dange|kaat|maar|bomb|jala|aag)\w*\b[^\n]{0,40}?"
        r"(?:inki|unki|in logon ki) (?:fitrat|fitrath)\w* (?:hi )?(?:aisi|aise|yahi|aisa)"
        r"|(?:inki|unki|in logon ki) nasl\w* (?:hi )?(?:aisi|aise|yahi|aisa|kharab|gandi)"
        r"|lose (?:their|all their) (?:passports|papers|documents|id)\b[^\n]{0,20}?on the way"
        r"|['\"‘“](?:doctors and engineers|skilled workers)['\"’”][^\n]{0,40}?(?:dinghy"
        r"|dinghies|boats?|lorries|lorry)"
        r"|(?:i'?m sure|no doubt|must have been|probably) (?:it was )?(?:a|an|some) (?:norwegian"
        r"|swedish|swiss|amish|finnish|icelandic|danish) (?:tourist|pensioner|grandma|granny"
        r"|nun|monk)s?"
        r"|need an? (?:translator|interpreter) to (?:buy|order|get|go|shop|talk)\b[^\n]{0,30}?"
        r"(?:my own|our own|in my|in our) (?:town|country|street|city|high street|area)"
        r"|leave (?:your|ur) (?:\w+[- ])?(?:beating|goats?|camels?|machetes?|knives|acid"
        r"|burqas?|sharia|grooming)\b[^\n]{0,40}?at the (?:border|door|airport)"
        r"|(?:want|wants|try|trying) to (?:turn|make) (?:it|this country|britain|england|europe"
        r"|the uk|our country) into (?:the )?(?:country|place|hellhole|shithole|dump)s? they"
        r" (?:fled|came from|left|ran from)",
        "pakistan bangladesh kabristan fitrat fitrath nasl passports papers documents dinghy"
        " dinghies boats boat lorries lorry norwegian swedish swiss amish finnish icelandic"
        " danish translator interpreter beating goats goat camels camel machetes machete"
        " knives acid burqas burqa sharia grooming fled hellhole shithole",
    ),
    # the 442nd, 444th and 445th rounds (sets 1365, 1367 and 1368: a temple vandalised in
    # Canada, an evening; sarcasm about Dalit and OBC leaders, with twins; wrestlers in
    # Hinglish, with twins): "Pack the turban-wearers off to Punjab"; "Now the files will be
    # signed with a thumbprint" (not "Now the caste census will finally be tabled"); "Genetic
    # talent for victimhood"; "grace marks for his caste" (not "... criminal cases
    # pending"); "scavengers for a thousand years for a reason" (not "denied education for a
    # thousand years"); "hand the treasury to the people who used to clean it"; "Kushti
    # ladne wali ladki se kaun shaadi karega, mard jaisi lagti hain" (not "... ko sponsor
    # kaun karega")
    (
        r"(?:pack|send|ship) (?:the |these |those |all the )?(?:turban[- ]?wearers|sikhs"
        r"|sardars|hindus|muslims|pakis|blacks)\b[^\n]{0,5}?(?:off|back) to (?:punjab|india"
        r"|pakistan|africa|bangladesh)"
        r"|(?:files|laws|budget|orders|papers|bills)\b[^\n]{0,20}?(?:signed|stamped) with (?:a )?"
        r"thumb ?prints?"
        r"|(?:genetic|born|inherited|natural|inbuilt|in-built) (?:talent|gift|flair|skill|knack)"
        r" for (?:victimhood|playing the victim|begging|stealing|crime|lying|cheating)"
        r"|(?:grace|bonus|extra|free) marks\b[^\n]{0,10}?for (?:his|her|their) (?:caste|religion"
        r"|quota|jaat|jaati)"
        r"|(?:scavengers|sweepers|servants|slaves|untouchables|cobblers)\b[^\n]{0,30}?for a"
        r" reason(?=[.!,]|$)"
        r"|(?:hand|give|handing|giving) (?:over )?(?:the )?(?:treasury|state|country|government"
        r"|ministry|keys)\b[^\n]{0,10}?to (?:the )?people who used to (?:clean|sweep|scrub"
        r"|carry)"
        r"|(?:ladki|ladkiyon|aurat|auraton)\w* se kaun (?:shaadi|shadi) (?:karega|karta|karenge)"
        r"|mard jais[ie] (?:lagti|dikhti) (?:hain|hai|h)\b",
        "sikhs sardars hindus muslims pakis blacks thumbprint thumbprints thumb"
        " victimhood victim begging stealing crime lying cheating marks scavengers sweepers"
        " servants slaves untouchables cobblers clean sweep scrub carry shaadi shadi mard",
    ),
    # the 438th and 441st rounds (sets 1361 and 1364: a pastor arrested for conversion, an
    # evening; jokes about Sikhs in Hinglish, with twins): "Ye log pehle tribals ko sharab
    # pilate hain phir Bible pakda dete hain"; "Ye sardar log dimaag ghutne me rakhte hain"
    # (not "... trucks chalate hain, poore desh ka saamaan"); "Pagdi utaar ke dekho, andar
    # bhi bhusa hi milega" (not "... andar kitne lambe baal hote hain"); "Santa Banta jokes
    # sach hi hain, ye log aise hi hote hain" (not "Santa Banta jokes pe court me case chala
    # tha"); "Khalistani sardar ko vote doge"
    (
        r"(?:sharab|daaru|daru|paise|chawal)\w* (?:pila|pilate|de|dete|deke|de ke)\w*\b"
        r"[^\n]{0,20}?(?:phir|fir) (?:bible|cross|kalma|quran)\w* (?:pakda|thama|padha)\w*"
        r"|(?:sardar|sardaron|sikh|punjabi|jat|bihari|madrasi|gujju|muslim|musalman)\w*\b"
        r"[^\n]{0,20}?(?:dimaag|dimag|akal|buddhi) (?:toh |to )?ghutne (?:me|mein)"
        r"|(?:pagdi|pagri|turban|topi|dastar)\w* (?:utaar|utar|khol|hata)\w* (?:ke|kar) (?:dekho"
        r"|dekhna)\b[^\n]{0,20}?(?:bhusa|bhoosa|gobar)"
        r"|(?:santa banta|sardar|sardarji|sardar ji)\w* jokes? (?:sach|sahi|true)\b"
        r"[^\n]{0,30}?(?:aise hi|waise hi|such) (?:hote|hain|are)"
        r"|khalistani (?:sardar|sardaron|sikh|sikhon|sardarji)\w*",
        "bible cross kalma quran ghutne bhusa bhoosa gobar santa banta jokes joke khalistani",
    ),
    # the 434th and 437th rounds (sets 1357 and 1360: a Muslim woman made a High Court
    # judge, an evening in Hinglish and English; African students in Delhi, with twins):
    # "Ab High Court me bhi sharia chalegi"; "Inki kaum ke criminals ko ab bail hi bail
    # milegi" (not "Bail ka system waise bhi toota hua hai"); "Judge nahi, jihad ki vakil
    # hai ye"; "Muslims should never be judges over Hindus"; "Nigerians in Delhi, what could
    # they possibly be selling?" (not "... doing for fun?"); "Oh sure, 'students'" (not
    # "Oh sure, 'affordable housing'"); "Zoo se nikal ke aaye hain kya" (not "Party se
    # nikal ke aaye hain kya")
    (
        r"(?:me|mein) bhi (?:sharia|shariat|shariyat)\w* (?:chalegi|chalega|lagu hogi|aa"
        r" jayegi|aayegi)(?! kya)"
        r"|(?:inki|unki|is|us) (?:kaum|quom|qaum|biradari)\w* (?:ke|ki|ka) (?:criminals"
        r"|apradhi|apraadhi|mujrim|gunde|goonde|aatanki|terrorists)"
        r"|jihad\w* (?:ki|ka|ke) (?:vakil|wakil|lawyer|judge|agent|dalal|sipahi|pracharak"
        r"|prachaarak)"
        r"|(?:muslims?|hindus?|christians?|sikhs?|jews?|dalits?|blacks?|immigrants?"
        r"|foreigners?) should never be (?:judges|teachers|officers|ministers|in charge|bosses"
        r"|leaders|police|magistrates) (?:over|of) (?:hindus|muslims|christians|sikhs|jews|us"
        r"|whites|our \w+)"
        r"|(?:nigerians?|africans?|albanians?|colombians?|blacks?)\b[^\n]{0,40}?what (?:could"
        r"|do|would|else would) they (?:possibly )?be selling\?"
        r"|(?:oh )?sure,? ['\"‘“](?:students|refugees|asylum seekers|children|kids|doctors"
        r"|engineers|tourists|families|workers)['\"’”]"
        r"|(?:zoo|chidiyaghar|chidiya ghar|pinjre|pinjra)\w* se (?:nikal|bhaag|chhoot|bhag)\w*"
        r" (?:ke|kar) (?:aaye|aayi|aaya|aa gaye)",
        "sharia shariat shariyat kaum quom qaum biradari jihad never selling students refugees"
        " seekers children kids doctors engineers tourists families workers zoo chidiyaghar"
        " chidiya pinjre pinjra",
    ),
    # the 430th and 432nd rounds (sets 1353 and 1355: a Jewish MP's speech on Gaza, an
    # evening; the language quarrel in Hinglish, with twins): "she knows who really runs
    # the banks in this country"; "Another Rothschild puppet"; "Scratch the surface and
    # they're all Zionists underneath, loyal to Tel Aviv first"; "back to their caliphate";
    # "Hindi nahi aati to Tamil Nadu me hi raho, idli dosa khao aur chup baitho" (not
    # "Hindi nahi aati to koi baat nahi, English me bol lo"); "North Indian gutkha thookne
    # wale"; "ek bhasha theek se nahi bol paate, dimaag hi chhota hai" (not "Three language
    # formula pe Tamil Nadu ka virodh 1965 se hai")
    (
        r"(?:knows?|ask yourself|guess|wonder|we all know) who (?:really |actually |truly )"
        r"?(?:runs|controls) (?:the )?(?:banks|world|money|hollywood|finance|wall street)"
        r"|rothschilds?\w* (?:puppets?|stooges?|agents?|shills?|lackeys?|owned|funded|money)"
        r"|(?:puppets?|stooges?|agents?|shills?) of (?:the )?rothschilds?"
        r"|loyal to (?:tel aviv|israel|zion) (?:first|before)"
        r"|scratch (?:the surface|any of them)\b[^\n]{0,30}?(?:they'?re|they are) all"
        r" (?:zionists|jihadis|islamists|terrorists|commies|communists)"
        r"|back to (?:their|your|the) caliphate"
        r"|(?:idli|dosa|sambhar)\b[^\n]{0,20}?(?:khao|khaate raho|khate raho)\b[^\n]{0,20}?"
        r"(?:chup|chupchap)"
        r"|(?:north indian|bihari|up wale|bhaiya|bhaiyye|hindi wale)\w*\b[^\n]{0,20}?(?:gutkha"
        r"|gutka|paan) (?:thookne|thukne|thoonkne) wal[eao]"
        r"|(?:bhasha|zabaan|zubaan|language)\b[^\n]{0,40}?(?:dimaag|dimag|akal)\w* (?:hi )?"
        r"(?:chhota|chota|kam) (?:hai|h|hota)",
        "runs controls rothschild rothschilds tel aviv israel zion scratch caliphate"
        " idli dosa sambhar thookne thukne thoonkne chhota chota kam",
    ),
    # the 426th, 428th and 429th rounds (sets 1349, 1351 and 1352: a Bengali migrant
    # worker lynched, an evening; sarcasm about trans people, with twins; Northeast Indians
    # mocked in Hinglish, with twins): "lungi aur daadhi dekh lo, seedha border paar bhejo"
    # (not "Lungi pehenna koi crime nahi hai"); "One less Bangladeshi, don't see the
    # problem"; "Stunning and brave. Now do the chromosome test"; "let him in the ladies'
    # changing room ... it's not like predators lie"; "Identify as a millionaire and see
    # if the bank buys it. Same logic" (not "Identify the millionaires who fund these
    # campaigns"); "It's not a phase, it's a mental illness" (not "... it's a generation
    # that talks about things openly"); "Northeast wale sab ek jaise dikhte hain";
    # "chamgadad khane wale"; "tumhari to khulti hi itni hai" of eyes; "Manipur wali ladki
    # hai, pakka massage parlour me kaam karti hogi" (not "... national boxing me gold
    # laayi hai")
    (
        r"(?:lungi|daadhi|dadhi|topi|burqa|burka|kapdon)\w*\b[^\n]{0,40}?(?:dekh|pehchan"
        r"|pehchaan)\w*\b[^\n]{0,30}?(?:border paar|seema paar|bahar|pakistan|bangladesh)"
        r" (?:bhejo|bhej do|nikalo|phenko|bhagao)"
        r"|one less (?:bangladeshi|muslim|paki|immigrant|migrant|illegal|refugee|rohingya"
        r"|jew|gypsy|pikey|tranny|darkie|nigger|dalit|chamar|mulla|katua)\b[^\n]{0,30}?"
        r"(?:don'?t see the problem|good riddance|who cares|no loss|fine by me|so what"
        r"|nothing of value)"
        r"|(?:stunning and brave|sure,? jan|ok(?:ay)?,? sweetie)\b[^\n]{0,30}?(?:chromosome"
        r"|chromosomes|dna|xy)\w*"
        r"|(?:let|letting|allow|allowing) (?:him|them|these men|men in dresses|blokes)\b"
        r"[^\n]{0,10}?(?:in|into) (?:the )?(?:ladies'?|women'?s|girls'?) (?:changing rooms?"
        r"|toilets?|loos?|bathrooms?|showers?|prisons?)\b[^\n]{0,60}?(?:predators?|perverts?"
        r"|paedos?|pedos?|rapists?)"
        r"|identify as an? (?:millionaire|billionaire|cat|dog|helicopter|attack helicopter"
        r"|toaster|tree|unicorn|chair|teapot)\b[^\n]{0,60}?(?:same logic|same thing"
        r"|see how (?:that|it) works|see if (?:the|your|anyone))"
        r"|[\"“'](?:woman|lady|girl|women|ladies)[\"”'][^\n]{0,40}?adam'?s apple"
        r"|adam'?s apples?\b[^\n]{0,30}?(?:telling us|lecturing|talking|tells us) about"
        r" (?:periods|women|menstruation|womanhood|motherhood|being a woman)"
        r"|not a (?:phase|choice|fad)\b,? (?:it'?s|its|it is) a (?:mental illness|mental"
        r" disorder|disorder|delusion|disease|fetish|sickness|perversion)"
        r"|(?:northeast|north ?east|chinki|nepali|manipuri|mizo|naga|chinese|japanese|korean"
        r"|asian|black|african)\w*\b[^\n]{0,20}?(?:sab|all|saare) (?:ek jaise|ek hi jaise"
        r"|look the same|same) (?:dikhte|lagte|look|hain|hote)"
        r"|(?:chamgadad|chamgadar|chamgaadad|bat|dog|kutta|kutte|keede|cockroach)\w*[- ]?"
        r"(?:khane|khaane) wal[eao]\b"
        r"|(?:aankhein|aankh|ankhein|ankhen|eyes)\b[^\n]{0,40}?(?:khulti|khulte|khuli) (?:hi )?"
        r"(?:itni|itna|bas itni)"
        r"|(?:manipur|mizoram|nagaland|northeast|north east|thai|nepali|chinki|russian"
        r"|ukrainian)\w*(?: (?:wali|waali|ki))? (?:ladki|ladkiyan|aurat|girl|girls)\b[^\n]{0,30}?"
        r"(?:massage parlou?r|spa|kotha|dhanda|escort)",
        "bhejo nikalo phenko bhagao less chromosome chromosomes dna xy predators predator"
        " perverts pervert paedos paedo pedos pedo rapists rapist identify illness disorder"
        " delusion disease fetish sickness perversion jaise same chamgadad chamgadar"
        " chamgaadad khane khaane khulti khulte khuli massage spa kotha dhanda"
        " escort adams adam apple apples",
    ),
    # the 422nd round (the 1345th set, a Dalit groom's procession stoned, Hinglish): "Ghodi
    # chadhna hai to apni aukaat dekh ke chadho" (not "Ghodi pe baithne ke liye police
    # protection chahiye"); "Inko reservation bhi chahiye aur ghodi bhi, kal ko mandir me
    # pujari bhi banenge"
    (
        # (one's place: not "aukaat nahi, himmat chahiye, salute to the groom")
        r"(?:ghodi|ghoda|ghode|baraat|barat)\b[^\n]{0,40}?(?:apni|inki|unki|teri|tumhari|iski"
        r"|uski) (?:aukaat|aukat|aukad|auqat|aukaad)"
        r"|(?:reservation|aarakshan|quota)\w*\b[^\n]{0,30}?(?:aur )?ghodi bhi"
        r"|kal ko (?:\w+ ){0,3}?(?:pujari|purohit|pandit|mahant) bhi (?:banenge|ban jayenge"
        r"|bana do|banayenge|ban jaayenge)",
        "aukaat aukat aukad auqat aukaad ghodi pujari purohit pandit mahant",
    ),
    # the 418th, 420th and 421st rounds (sets 1341, 1343 and 1344: a British Pakistani
    # Home Secretary, an evening; sarcasm about Muslims in Hinglish, with twins; disabled
    # athletes, with twins): "Her loyalty's to the ummah, not to Britain"; "Give it five
    # years and we'll be saying Allahu Akbar at passport control"; "Trojan horse. They
    # don't even hide it anymore"; "sab Muslim shanti priya hain, bas har dhamake me naam
    # unka hi aata hai" (not "sab neta imaandar hain, bas har ghotale me ..."); "Inki abadi
    # dekh ke lagta hai ... family planning sirf Hinduon ke liye" (not "Census ke data dekh
    # ke ..."); "Bakrid aa rahi hai, ab gali gali khoon ki nadiyan" (not "... bakron ke
    # daam"); "Inko ghar kiraye pe doge to mohalla Pakistan ban jayega" (not "Inko ghar
    # kiraye pe nahi dete log, landlords ka bhedbhav"); "a participation trophy for
    # cripples"; "Langda bhi medal le aaya ... bojh badhega"; "If I'd known wheelchairs
    # got you a gold medal"; "Andhe ko medal mila, usko to pata bhi nahi chala hoga ki kis
    # rang ka hai" (not "Andhe runner ke guide ko bhi medal milta hai")
    (
        r"(?:her|his|their) (?:loyalty|loyalties)(?:'?s| is| are| lies| lie)? (?:is |are )?"
        r"(?:to|with) (?:the )?(?:ummah|islam|mecca|pakistan|islamabad|israel|her religion"
        r"|his religion|their religion|the mosque|allah)\b[^\n]{0,10}?,? not (?:to |with )?"
        r"(?:britain|the uk|england|this country|us|america|india|france)\b"
        r"|(?:give it|in|within|wait) (?:\w+ ){0,2}?(?:years?|months?|decades?)\b[^\n]{0,40}?"
        r"(?:saying|shouting|chanting|hearing) allahu? akbar"
        r"|trojan horse\b[^\n]{0,20}?(?:they|these people|this lot) (?:don'?t|do not) (?:even"
        r" )?(?:hide|bother hiding|pretend)"
        r"|(?:muslim|musalman|mulle|ye log|inka|inke|sab)\w*\b[^\n]{0,30}?(?:shanti ?priya"
        r"|shantipriya|amanpasand|aman ?pasand)\b[^\n]{0,40}?(?:dhamak|blast|bomb|aatank"
        r"|terror)\w*"
        r"|(?:inki|unki|muslim|musalman|in logon ki|mullon ki)\w* (?:abadi|aabadi|population)"
        r"\b[^\n]{0,60}?family planning\b[^\n]{0,30}?(?:sirf|bas|only) (?:hinduon|hindu"
        r"|humare|hamare|hum)"
        r"|(?:bakrid|bakra ?eid|eid|muharram)\b[^\n]{0,40}?khoon (?:ki|ke) (?:nadiyan|nadiya"
        r"|nadi|naale|dariya)"
        r"|(?:inko|unko|in logon ko|muslims? ko|musalmanon ko|mullon ko)\b[^\n]{0,40}?"
        r"(?:mohalla|muhalla|colony|gali|society|sheher|shehar|area|basti) (?:bhi )?(?:mini"
        r" |chhota )?pakistan (?:ban|bana)\w*"
        # ("Ab UPSC me bhi jihad chalega"; not "jihad" said of militants)
        r"|(?:upsc|ias|ips|naukri|naukriyon|exam|civil services?|bureaucracy|bollywood|cricket"
        r"|police|army|adalat|media)\w* (?:me|mein|in) (?:bhi )?jihad (?:chalega|chal raha"
        r"|hoga|ho raha|shuru)"
        r"|(?:for|like|these|those|all the|bunch of|load of) cripples\b"
        r"|(?:langda|langde|lula|lule|andha|andhe|apahij|viklang|divyang)\w*\b[^\n]{0,80}?"
        r"bojh (?:badhega|badh|bante|banega|hain|hai|h)\w*"
        r"|(?:if i'?d known|if i had known)\b[^\n]{0,40}?(?:wheelchairs?|crutches|being blind"
        r"|being disabled|one leg)\b[^\n]{0,30}?(?:got|gets|get|wins?|won) (?:you )?(?:a )?"
        r"(?:\w+ )?(?:medal|benefits|money|perks|parking|job)"
        r"|(?:andhe|andha|andhi)\w*\b[^\n]{0,60}?(?:pata (?:bhi )?nahi (?:chala|chalega)"
        r"|kya (?:dikha|dikhega|pata))\b[^\n]{0,30}?(?:rang|colour|color)",
        "loyalty loyaltys loyalties akbar trojan shanti shantipriya amanpasand aman planning"
        " nadiyan nadiya nadi naale dariya pakistan cripples bojh wheelchairs wheelchair"
        " crutches rang colour color jihad",
    ),
    # the 414th, 416th and 417th rounds (sets 1337, 1339 and 1340: Sikh farmers
    # protesting, an evening; Roma and Travellers, with twins; two men married in a Kerala
    # temple, replies): "Ye sab Khalistani hain, pagdi pehen ke desh todne aaye hain" (not
    # "Turban ya topi, sabko protest ka haq hai"); "Lock your car and hide your kids, the
    # gypsies have set up camp again" (not "... the car park by the station has had six
    # break-ins"); "you can't take the thieving out of the gypsy"; "Roma in Sheffield? Count
    # your hubcaps"; "Gypsy weddings: the only time they wash"; "Aise logon ka ilaaj hona
    # chahiye" of two men married; "Ye chhakke mandir ko bhi apavitra kar rahe hain"; "Love
    # is love until it's your son bringing one home, then it's a mental illness"
    (
        r"(?:ye|yeh|sab|saare|sare|these|they(?:'re| are)|all of them)\b[^\n]{0,15}?"
        r"khalistani\w* (?:hain|hai|h|are|terrorists|aatanki)\b"
        r"|(?:pagdi|pagri|turban|dastar)\w* (?:pehen|pehan|pahan|bandh|baandh)\w* (?:ke|kar)"
        r" desh (?:todne|tod|todenge|baantne)"
        r"|(?:lock|hide|watch|guard)\b[^\n]{0,40}?(?:the )?(?:gypsies|gypsys|pikeys|travellers"
        r"|travelers|tinkers)\b[^\n]{0,20}?(?:are|have|has|is) (?:back|here|in town|set up"
        r"|arrived|moved in|camped)"
        r"|can'?t take the (?:thieving|stealing|thief|crime|dirt|filth|savage|violence|terror)"
        r"\w* out of (?:the|a|them|him|her) (?:gypsy|gypsies|pikey|pikeys|traveller|tinker"
        r"|roma|muslim|paki|immigrant|migrant|black|jew|arab|african|nigerian|romanian"
        r"|albanian)\b"
        r"|(?:gypsies|gypsy|pikeys?|travellers?|tinkers?|roma|romanians|albanians|immigrants"
        r"|migrants)\b[^\n]{0,40}?count (?:your|ur|the) (?:hubcaps|wheels|silver|spoons"
        r"|chickens|wallets?|tyres|tires|cutlery|valuables)"
        r"|(?:gypsies|gypsy|pikeys?|travellers?|tinkers?|roma|immigrants|migrants|pakis"
        r"|africans|arabs|indians|bangladeshis)\b[^\n]{0,40}?(?:the only time (?:they|these)"
        r"|they never|they don'?t even|never once) (?:wash|bathe|shower)"
        r"|(?:gay|gays|lesbians?|lgbt\w*|samlaingik|homo\w*|do mard|do ladke|do ladkiyan|do"
        r" aurat\w*|chhakke|chakke)\b[^\n]{0,120}?(?:ka|ki|ko) (?:ilaaj|ilaj|treatment"
        r"|therapy) (?:hona chahiye|karwao|karao|karwana chahiye|chahiye|zaroori)"
        # (not sixes hit: "chhakke maar ke")
        r"|(?:chhakke|chakke|chhakka|chakka|hijde|hijre|hijra)\w*\b(?! (?:maar|mare|maare|laga"
        r"|jade|jadke|jaad))[^\n]{0,40}?(?:apavitra"
        r"|ashuddh|napak|bhrasht)"
        r"|love is love until\b[^\n]{0,60}?(?:mental illness|disease|disorder|sickness"
        r"|abomination|perversion)",
        "khalistani khalistanis pagdi pagri turban dastar gypsies gypsys pikeys travellers"
        " travelers tinkers thieving stealing hubcaps wheels silver spoons chickens wallet"
        " wallets tyres tires cutlery valuables wash bathe shower ilaaj ilaj treatment therapy"
        " apavitra ashuddh napak bhrasht illness disease disorder sickness abomination"
        " perversion",
    ),
    # the 412th round (the 1335th set, sarcasm about Dalits and reservation, with twins):
    # "Of course they deserve the seat, their ancestors cleaned toilets for it" (not "...
    # they scored above the general cut-off"); "Wow, a Dalit topper. Must have been the
    # answer sheet's lucky day" (not "... The teachers deserve a medal too"); "until it's
    # time for the free seat, then suddenly they're all victims again" (not "... matrimonial
    # ads, then suddenly everyone wants the same surname"); "now even the sweepers can be
    # collectors. What could possibly go wrong?" (not a sweeper's child made collector told
    # with pride)
    (
        r"(?:their|his|her|unke|inke) (?:ancestors|forefathers|grandparents|great-grandparents"
        r"|purvaj)\w* (?:cleaned|scrubbed|carried|emptied|swept) (?:\w+ )?(?:toilets|latrines"
        r"|sewers|gutters|shit|drains|streets)\b,? for (?:it|this|that|the seat|the job|the"
        r" post)(?=[.!]|$)"
        r"|(?:dalit|quota|obc|reserved|reservation|adivasi|tribal)\w* (?:topper|toppers|doctor"
        r"|engineer|officer|collector|judge|professor|scientist|pilot)\b[^\n]{0,20}?(?:must"
        r" (?:have been|be)|probably|obviously)\b[^\n]{0,30}?(?:lucky day|a fluke|a typo|a"
        r" glitch|a miracle)"
        r"|(?:free seats?|quota|reservation|freebies?|free ration|handouts?)\b[^\n]{0,40}?"
        r"(?:suddenly )?(?:they'?re|they are) all (?:\w+ )?(?:victims|oppressed)\b"
        r"|even (?:the )?(?:sweepers|cobblers|scavengers|chamars|bhangis|peons|toilet cleaners)"
        r"\b[^\n]{0,20}?(?:can|will|could|get to) (?:be|become) (?:\w+ )?(?:collectors"
        r"|doctors|officers|judges|ministers|engineers|professors|surgeons|pilots)\b"
        r"[^\n]{0,20}?what could (?:possibly )?go wrong",
        "ancestors forefathers grandparents purvaj lucky fluke typo glitch miracle victims"
        " oppressed sweepers cobblers scavengers chamars bhangis peons",
    ),
    # the 370th round (the 1293rd set, a Muslim woman elected mayor): a people said to
    # outbreed the country's ("they can just outbreed the locals"; not "grey squirrels
    # outbreed the reds"); her faith's rule foretold ("Give it a year and she'll have the
    # council chamber facing Mecca and pork banned from school dinners"; not "The school
    # stopped serving pork in 2019, the caterer said"); vermin taking the institutions in
    # turn ("Rats always find the weakest spot in the fence. Councils first, then
    # parliament")
    (
        r"(?:outbreed|outbreeding|outbred) (?:us|the locals|locals|the natives|natives|the"
        r" english|the british|the french|whites|white people|hindus|christians|europeans"
        r"|the west|our people|the indigenous|the majority|everyone else)"
        r"|(?:give it|wait (?:till|until)|soon|next)\b[^.!?\n]{0,60}?(?:facing mecca"
        r"|(?:pork|bacon|christmas|easter) (?:banned|off the menu|outlawed)|ban(?:ning)?"
        r" (?:pork|bacon|christmas|easter)(?! (?:lights|markets?|trees?|parties|party"
        r"|jumpers?|sales?|adverts?|ads)))"
        r"|(?:rats|cockroaches|termites|vermin|parasites|locusts|roaches)\b[^\n]{0,80}?"
        r"\b(?:councils?|town halls?|schools|the police|the courts) first,? (?:then|next"
        r"|and then) (?:parliament|the country|the government|downing street|westminster"
        r"|the police|the army|the courts|the nation|everything)",
        "outbreed outbreeding outbred mecca pork bacon christmas easter rats cockroaches"
        " termites vermin parasites locusts roaches",
    ),
    # the 375th round (the 1298th set, sarcasm about migrants, with twins): "another
    # boat of highly skilled neurosurgeons landed in Kent" (not "a boat of doctors sailed
    # to Gaza"); "Love how diversity has enriched our town. Three stabbings this month,
    # such vibrant culture"; "let's give them all council houses and a Mercedes";
    # "Nothing says integration like a 40-foot minaret ... Really blending in" (not "...
    # a phone mast next to the village school"); "Fleeing all that danger in France"
    (
        r"(?:boat|boats|boatload|dinghy|dinghies|lorry)\w* (?:full )?of (?:highly (?:skilled"
        r"|qualified) |skilled |qualified )?(?:neurosurgeons|brain surgeons|surgeons|doctors"
        r"|engineers|rocket scientists|scientists|professors)\b[^.!?\n]{0,30}?(?:kent"
        r"|dover|the channel|lampedusa|calais|the beach|ashore)"
        r"|(?:cultural enrichment|enriched (?:our|the|this) (?:town|city|country|streets"
        r"|area|neighbourhood|neighborhood)|(?:such|so|very) vibrant|vibrant (?:culture"
        r"|community|diversity))\b[^\n]{0,80}?(?:stabbings?|rapes?|knife crime|acid attacks?"
        r"|machetes?|grooming|beheadings?)"
        r"|(?:stabbings?|rapes?|knife crime|acid attacks?|machetes?|grooming|beheadings?)\b"
        r"[^\n]{0,60}?(?:cultural enrichment|(?:such|so|very|how) vibrant|so enriching)"
        r"|give (?:them|these people|those people|em) (?:all )?(?:free )?(?:council houses?"
        r"|houses|homes|flats|hotel rooms)\b[^.!?\n]{0,20}?(?:and|plus|with) (?:a |free"
        r" )?(?:mercedes|bmw|iphones?|phones?|cars?)"
        r"|(?:minaret|minarets|mosque|mosques|burqa|burka|niqab|madrassa|call to prayer)\b"
        r"[^\n]{0,60}?(?:really|totally|so|just) (?:blending|fitting) (?:right )?in"
        r"|fleeing (?:all )?(?:that |the )?(?:terrible |dangerous |awful )?(?:danger|war"
        r"|persecution|violence|terror|horrors?)\b[^.!?\n]{0,10}? (?:in|of|from) (?:france"
        r"|calais|belgium|germany|italy)",
        "neurosurgeons surgeons boatload boatloads dinghy dinghies lorry enrichment enriched"
        " vibrant mercedes bmw iphones blending fitting fleeing",
    ),
    # the 378th and 380th rounds (sets 1301 and 1303: a trans woman elected councillor;
    # jokes about peoples, with twins): "A man in a saree is still a man" (not "a man
    # in a saree won the fancy-dress prize"); "Knock knock. Who's there? A Muslim. ...
    # you'll hear the explosion" (not "Who's there? The tax man"); "a joke about the
    # Holocaust but you'd need to be gassed about it first"
    (
        r"(?:a|any) (?:man|bloke|guy|dude|mard|aadmi) in a (?:saree|sari|dress|wig|skirt"
        r"|frock|lipstick|bra|gown) is (?:still|always) a (?:man|bloke|guy|dude|mard"
        r"|aadmi)"
        rf"|(?:who'?s|whos) there\W+(?:a |an |the )?{_PEOPLES}\b[^\n]{{0,80}}?"
        r"(?:explosion|explode|explodes|bomb|boom|blast|allahu akbar|detonate)"
        r"|(?:joke|jokes) about (?:the )?holocaust\b[^\n]{0,60}?(?:gas|gassed|oven|ovens"
        r"|shower|showers|ashes|lampshades?|cooked)",
        "saree sari wig skirt frock lipstick gown explosion explode explodes akbar detonate"
        " holocaust",
    ),
    # the 382nd and 385th rounds (sets 1305 and 1308: a Jewish school's gate attacked;
    # disabled people and benefits, with twins): "another Jew crying antisemitism to get
    # sympathy"; "Jewish kids today, IDF soldiers tomorrow"; "If they stopped bombing
    # Gaza nobody would bother their schools"; "Put the wheelchair lot on an island"
    # (not "Put the wheelchair ramps on the station plans"); "If you're too mental to
    # work you're too mental to vote" (not "too ill to work you should not have to
    # fight the DWP"); "Blind people don't need the news, nothing to see anyway" (not
    # "Blind people need the news in accessible formats")
    (
        rf"{_PEOPLES}\b (?:\w+ )?(?:crying|cry|cries|screaming|scream|playing the|play the"
        r"|pulling the) (?:antisemitism|anti-semitism|racism|islamophobia|victim card"
        r"|race card|holocaust card|victim)\b"
        r"|(?:jewish|muslim|palestinian|israeli|arab|afghan|pakistani) (?:kids|children"
        r"|babies|boys)\b[^.!?\n]{0,15}?(?:today|now),? (?:idf soldiers|soldiers"
        r"|terrorists|jihadis|hamas|settlers|bombers|rapists|suicide bombers) (?:tomorrow"
        r"|later|in ten years)"
        r"|if (?:they|israel|the jews|jews|muslims|they'?d) (?:stopped|stop|quit) (?:\w+ )?"
        r"(?:bombing|killing|occupying)\b[^.!?\n]{0,30}?(?:nobody|no one|noone) would"
        r" (?:bother|touch|attack|target|go after|hurt) (?:their|them|the) (?:\w+ )?"
        r"(?:schools?|synagogues?|mosques?|temples?|kids|children)"
        r"|(?:put|send|ship|dump|lock) (?:the|all the|these|those|all) (?:wheelchair"
        r"|disabled|autistic|cripples?|handicapped|blind|deaf|mental|downs) (?:lot|ones"
        r"|people|kids|brigade|users)?\b[^.!?\n]{0,10}?(?:on|to|in) (?:an|a|some) (?:island"
        r"|camp|colony)\b"
        r"|too (?:mental|mad|crazy|nuts|thick|stupid|disabled|ill|sick|retarded|mentally ill)"
        r" to work,? (?:then )?(?:you'?re|you are|they'?re|they are|youre) too \w+(?: \w+)?"
        r" to vote"
        r"|blind (?:people|folks?|ones|lot|kids?)\b[^\n]{0,50}?(?:nothing to see|can'?t see"
        r" (?:it|them|anything) anyway|won'?t see it anyway)"
        r"|deaf (?:people|folks?|ones|lot|kids?)\b[^\n]{0,50}?(?:nothing to hear|can'?t hear"
        r" (?:it|them|anything) anyway|won'?t hear it anyway)",
        "antisemitism islamophobia racism victim tomorrow bombing occupying island colony"
        " vote anyway",
    ),
    # the 390th, 392nd and 393rd rounds (sets 1313, 1315, 1316: Eastern European workers
    # after a factory closed; communal lines in Hinglish; sarcasm about gay and trans
    # people, with twins): "why are they still here scrounging? Send them home" (not
    # "send them home at the next election"); "Masjid ke loudspeaker se azaan nahi,
    # jihad ki awaaz aati hai" (not "... awaaz court ke niyam ke hisaab se kam honi
    # chahiye"); Pride explained to the kids by a man in "assless chaps" (not "budget
    # day ... a red box"); "two dads ... just needs therapy by twelve" (not "two jobs");
    # "Gay marriage today, marrying your dog tomorrow"; "a 57th gender ... Mine is
    # 'sane'" (not "a 57th page to the form")
    (
        r"(?:scroung\w*|leech\w*|freeload\w*|sponging)\b[^\n]{0,60}?send (?:them|em|the lot)"
        r" (?:all )?(?:home|back)"
        r"|(?:azaan|azan|ajaan|namaz|namaaz)\w* (?:nahi|nhi|nahin),? (?:balki )?(?:jihad"
        r"|aatank|dange|nafrat)\w* (?:ki|ka) (?:awaaz|awaz|dawat|pukaar|tayari)"
        r"|(?:pride|gay|gays|lgbt\w*|drag)\b[^\n]{0,80}?explain to my (?:kids|children|son"
        r"|daughter|grandkids) why\b[^.!?\n]{0,50}?(?:chaps|half[- ]naked|naked|leather"
        r"|thongs?|in a dress|in dresses|twerking|g-?strings?)"
        # (said to come: not "Kids raised by two dads are no more confused than anyone")
        r"|(?:two dads|two mums|two moms|two fathers|two mothers|gay parents|same-sex"
        r" parents)\b[^\n]{0,60}?(?:(?:needs?|will need|gonna need|going to need) therapy"
        r"|(?:will be|gonna be|going to be|end up|ends up) (?:messed up|confused|damaged"
        r"|scarred))"
        r"|(?:gay|same[- ]sex) marriage (?:today|now)\b[^.!?\n]{0,20}?(?:marrying|marry"
        r"|married to) (?:your|a|their|his|her) (?:dog|goat|cat|horse|sister|brother|toaster"
        r"|car|sheep)"
        r"|genders?\b[^\n]{0,60}?(?:mine|my gender|my pronouns?) (?:is|are)\W+(?:sane|normal"
        r"|sanity|attack helicopter)\b",
        "scrounging scroungers scrounger scrounge leeches leeching freeloaders freeloading"
        " sponging azaan azan ajaan namaz namaaz explain therapy messed scarred marriage"
        " gender genders",
    ),
    # ... and lines of this session's rounds the news head held and the rules did not:
    # love-jihad told as a scheme ("pyaar ka naatak karke dharm badalwa dete hain");
    # the Hindi slur's clapping ("Kinnar ko kursi de di, ab gutter bhi taali maar ke saaf
    # karwayenge"; not "jeet pe sab taali bajayenge"); caste as blood under a quota
    # ("Quota se IAS ban gaye toh kya, khoon toh wahi hai"); forefathers who stitched
    # shoes ("Inke baap dada joote silte the, ab ye humpe hukum chalayenge"); a trans
    # athlete "beating girls half his size"; a town English again once a people packs up
    # ("the Poles will pack up ... Boston might be English again"); a people like pigeons
    # ("Eastern Europeans are like pigeons"); a vendor's goods today, a bomb tomorrow
    # ("aaj dhaniya bechega kal bomb")
    (
        r"(?:pyaar|pyar|prem|mohabbat|ishq)\w* (?:ka|ki) (?:naatak|natak|dhong|jhansa)\w*"
        r" (?:karke|kar ke|dekar|de kar)\b[^.!?\n]{0,30}?(?:dharm|dharam|mazhab|religion)\w*"
        r" (?:badalwa|badlwa|badal|parivartan|convert)"
        r"|(?:kinnar|kinnaron|hijra|hijre|hijde|hijron|chhakke|chakke)\w*\b[^\n]{0,60}?"
        r"(?:taali|taaliyan|tali) (?:maar|maarke|bajaa?|baja|pitt?)\w*"
        r"|(?:quota|reservation|aarakshan|arakshan)\w*\b[^\n]{0,60}?(?:khoon|jaat|jati"
        r"|aukat|aukaat) (?:toh |to )?(?:wahi|vahi|wohi|nahi badalti|nahi badalta)"
        r"|(?:baap dada|baap-dada|purkhe|purkhon|baap|dada|khandaan)\w* (?:joote|jute|juta"
        r"|chappal|chamda|chamde)\w* (?:silte|siltey|banate|gaanthte|saaf karte|uthate"
        r"|utaarte) the\b[^\n]{0,50}?(?:hukum|raj|afsar|collector|humpe|hum pe|hum par"
        r"|kursi)"
        r"|(?:beating|beat|beats|battering|smashing) (?:girls|women|females) (?:half|a third"
        r" of) (?:his|their) size"
        r"|(?:pack up|leave|go home|go back|clear off|clear out)\b[^\n]{0,80}?(?:might|will"
        r"|could|would|can) be (?:english|british|white|scottish|welsh|ours) again"
        r"|(?:eastern europeans|poles|romanians|bulgarians|albanians|lithuanians|latvians"
        rf"|slovaks|{_PEOPLES}) are like (?:pigeons|seagulls|rats|cockroaches|locusts|flies"
        r"|ants|rabbits|weeds|lice)"
        r"|aaj \w+ (?:bechega|bech raha|bechta|bechenge|bech rahe)\b[^\n]{0,20}?kal (?:bomb"
        r"|bum|dhamaka|blast)",
        "naatak natak dhong jhansa taali taaliyan tali khoon jaat jati aukat aukaat joote"
        " jute juta chappal chamda chamde size again pigeons seagulls rats cockroaches"
        " locusts flies ants rabbits weeds lice bomb bum dhamaka blast",
    ),
    # the 394th and 396th rounds (sets 1317 and 1319: a Bangladeshi-born council leader
    # in Tower Hamlets; sarcasm about reservation in Hinglish, with twins):
    # "Dhaka-on-Thames"; the council tax "paid in curry"; "Her lot vote as a block on the
    # imam's orders"; "They've got the council, next the police, then the courts";
    # "Reservation ki meherbani, ab engineer bhi aise hain ..." (not "Contract ki
    # meherbani, ab pul aise bante hain ..."); "ab ye log bhi kursi pe baithenge, ganga
    # jal ka stock badha lo" (not "Kumbh ke liye ganga jal ka stock"); "jaati dekh ke
    # number deta hai, merit gaya tel lene"; "35% laake bhi IAS ban sakte ho, bas surname
    # sahi hona chahiye"
    (
        r"(?:dhaka|karachi|lahore|islamabad|mogadishu|kabul|baghdad|bangladesh|pakistan"
        r"|mecca|lagos|kinshasa|bucharest|calcutta|kolkata)[- ]on[- ](?:thames|sea|trent"
        r"|tyne|avon|wye|mersey|severn|tees|ouse)"
        r"|(?:paid|payable) in (?:curry|curries|samosas|chapatis|kebabs|goats|camels)"
        r"|vote (?:as a block|as a bloc|en bloc|as one)\b[^.!?\n]{0,20}?(?:on|at) (?:the )?"
        r"(?:imam|mullah|mosque|maulvi|mullahs|imams)'?s? (?:orders|instructions|say-so"
        r"|word|command)"
        r"|(?:they'?ve got|they have|they own|they control|they run|they took|they'?ll"
        r" take) (?:the )?(?:council|town hall|councils)s?,? (?:next|then) (?:the )?"
        r"(?:police|courts"
        r"|parliament|army|government|country),? (?:then|next) (?:the )?(?:police|courts"
        r"|parliament|army|government|country)"
        r"|(?:reservation|quota|aarakshan|arakshan)\w* (?:ki|ka) (?:meherbani|kripa|den"
        r"|badaulat|kamaal|nateeja|natija)\b[^\n]{0,60}?(?:engineer|doctor|afsar|officer"
        r"|teacher|judge|pilot)"
        r"|(?:ye log|yeh log|inke|inko|aise log|kursi|daftar|office)\b[^\n]{0,60}?(?:ganga"
        r" ?jal|gaumutra|gomutra)\w* (?:ka )?(?:stock|bottle|tanker|intezaam|intazam"
        r"|bandobast)"
        r"|(?:jaati|jati|caste|quota|reservation)\b[^\n]{0,60}?merit (?:gaya|gayi|jaaye"
        r"|jaye) tel lene"
        r"|\d+ ?% (?:laake|la ke|marks|number|lekar)\b[^\n]{0,40}?(?:surname|jaati|jati"
        r"|caste) sahi",
        "thames trent tyne avon wye mersey severn tees ouse curry curries samosas chapatis"
        " kebabs camels imam mullah mosque mosques maulvi maulvis mullahs imams council"
        " councils meherbani kripa badaulat kamaal nateeja natija ganga gangajal gaumutra"
        " gomutra tel surname",
    ),
    # the 406th and 409th rounds (sets 1329 and 1332: a mosque's open day; old people,
    # with twins): "Open day today, bomb-making workshop tomorrow"; "it's still a
    # recruitment centre for people who hate us"; "next thing you know the whole street
    # is praying on the pavement"; "How long before they ask for sharia courts"; "put
    # the boomers out to pasture, literally" (not "... turnout among the over-75s")
    (
        r"\w+ (?:day|class|workshop|session|visit) today,? (?:a )?(?:bomb[- ]making|terror"
        r"|jihad|jihadi|suicide[- ]vest) \w+ tomorrow"
        r"|(?:it'?s|its|it is) (?:still |just |really |only )?a (?:recruitment|recruiting)"
        r" (?:centre|center|ground|office|camp) for (?:people who hate us|terrorists|terror"
        r"|jihadis|jihad|isis|extremists|radicals)"
        r"|(?:next thing you know|before you know it|give it a year)\b[^\n]{0,30}?(?:the"
        r" whole|every) (?:street|town|road|village|city|country|estate) (?:is|will be)"
        r" (?:praying|muslim|halal|under sharia|in burqas|in burkas)"
        r"|how long (?:before|until|till) (?:they|these people|this lot)\b[^\n]{0,30}?"
        r"(?:sharia|burqas?|burkas?|halal only|the call to prayer)"
        r"|(?:boomers|pensioners|old people|oldies|elderly|old folk|grannies|geriatrics)\b"
        r"[^\n]{0,20}?out to pasture|out to pasture,? literally"
        # (the 408th round, the 1331st set, India's regions in Hinglish: "Ye Bihari log
        # har jagah aa jaate hain, pehle sabzi bechenge phir zameen pe kabza"; "Madrasi ...
        # idli khilana toh aata hai, bas wahi karo"; "Punjabi matlab bas daaru aur gaadi,
        # dimaag toh ghutne me hota hai")
        r"|(?:bihari|bhaiya|bhaiyya|bangladeshi|rohingya|ye log|in logon|yeh log)\w*\b"
        r"[^\n]{0,60}?pehle\b[^\n]{0,30}?phir (?:\w+ )?(?:zameen|ghar|dukaan|mohalle|shehar"
        r"|sab|sabpe|basti)\w* (?:pe |par )?kabza"
        r"|(?:madrasi|madrasiyon|south indian)\w*\b[^\n]{0,60}?(?:idli|dosa|sambhar)\b"
        r"[^\n]{0,30}?(?:bas wahi karo|wahi karo|wahi kaam)"
        r"|(?:punjabi|bihari|gujju|gujarati|madrasi|marathi|bengali|jat|sikh|sardar|haryanvi"
        r"|muslim|musalman)\w* (?:matlab|means)\b[^\n]{0,60}?(?:dimaag|dimag|akal|buddhi)"
        r" (?:toh |to )?ghutne (?:me|mein)",
        "tomorrow recruitment recruiting praying halal sharia burqas burkas burqa burka"
        " pasture kabza idli dosa sambhar ghutne",
    ),
    # the 402nd and 404th rounds (sets 1325 and 1327: a Muslim cricketer made India's
    # captain, Hinglish; a black woman made a university's vice-chancellor, with twins):
    # "jeetne pe Pakistan zindabad"; "match fixing inke khoon me hai"; "ab dressing room
    # me bhi halal khana hi milega"; "Deshbhakti dikhani hai toh ... warna sab samajhte
    # hain kiske saath hai"; "her affirmative-action PhD"; "blame slavery for the budget
    # deficit" (not "blame the previous administration"); "renaming the library after a
    # rapper" (not "reviewing the library budget")
    (
        r"(?:jeetne|jeet|jeetenge|haarne|win|wins)\w* (?:pe|par|ke baad|pr) pakistan zindabad"
        r"|pakistan zindabad (?:bolenge|karenge|ke naare|chillayenge|bolega|karega)"
        r"|(?:gaddari|fixing|match fixing|chori|dhokha|jihad|aatank|dange|fasaad)\w* (?:inke"
        r"|unke|in logon ke|in sabke) (?:khoon|dna|fitrat|nas nas) (?:me|mein)"
        # (foretold, not asked: not "Ab canteen me bhi halal hi milega kya?")
        r"|ab (?:\w+ ){0,4}?(?:bhi )?halal (?:khana |food )?hi (?:milega|chalega|banega"
        r"|bikega)(?!\s*(?:kya\b|\?))"
        r"|deshbhakti (?:dikhani|dikhaye|dikhao|sabit|prove)\w*\b[^\n]{0,80}?kiske (?:saath"
        r"|sath|taraf)"
        # (not "quota doctor", which Hinglish comments quote to reject)
        r"|(?:affirmative[- ]action|dei|diversity) (?:phd|degree|doctorate|professor"
        r"|doctor|pilot|surgeon|judge|appointment)\b"
        r"|blame (?:slavery|colonialism|colonisation|colonization|the white man|white people"
        r"|racism) for (?:the |her |his |their )?(?:budget|deficit|failures?|grades|crime"
        r"|everything|the weather|potholes|bins)"
        r"|renam\w+ (?:the )?[^.!?\n]{0,20}?after a rapper"
        # ("Ticking every box except 'competent'. Woman, black, lesbian, bingo.")
        r"|ticking (?:every|all the|each) (?:diversity )?box(?:es)?\b[^\n]{0,20}?(?:except"
        r"|but) '?(?:competent|qualified|talented|merit|ability|able)"
        r"|(?:woman|black|female|gay|lesbian|trans|muslim|disabled|brown|asian),? (?:woman"
        r"|black|female|gay|lesbian|trans|muslim|disabled|brown|asian),? (?:and )?(?:woman"
        r"|black|female|gay|lesbian|trans|muslim|disabled|brown|asian),? bingo\b",
        "zindabad khoon dna fitrat halal kiske affirmative dei diversity slavery"
        " colonialism colonisation colonization rapper ticking bingo",
    ),
    # the 398th and 401st rounds (sets 1321 and 1324: an Adivasi woman elected MLA, in
    # Hinglish; a teenager stabbed, with twins): "Jungle se nikal ke vidhan sabha pahunch
    # gayi, ab wahan bhi ped pe chadhegi kya"; "Adivasi hai toh kya, naksali hi hogi";
    # "aarakshan ki seat mili hai ... jungli hi rahenge"; "'British' teenagers ... British
    # my arse, look at the name"; "send them to their own countries to serve"; "the knife
    # crime maps and the immigration maps look exactly the same" (not "... the poverty
    # maps"); "Deport the families too" (not "Fine the parents too")
    (
        r"jungle se (?:nikal|aa|nikli|aayi|aaye|nikle)\w*\b[^\n]{0,60}?(?:ped|pedon|darakht)"
        r" (?:pe|par) (?:chadh|latak)\w*"
        r"|(?:adivasi|aadivasi|tribal|kashmiri|muslim|musalman|mulla)\w* (?:hai|h|he) (?:toh"
        r"|to) (?:kya|kya hua),? (?:naksali|naxali|aatanki|aatankwadi|terrorist|jihadi"
        r"|pakistani|chor)\w* (?:hi )?(?:hogi|hoga|honge|hai)"
        r"|(?:aarakshan|reservation|quota|adivasi|aadivasi|tribal)\w*\b[^\n]{0,60}?jungli"
        r" (?:hi )?(?:rahenge|rahega|rahegi|hain|hai)"
        r"|(?:british|english|scottish|welsh|french|german|swedish|dutch|irish) my (?:arse"
        r"|ass|foot|backside)\b"
        r"|send (?:them|these|this lot|the lot|em)\b[^\n]{0,20}?(?:back )?to (?:their|there)"
        r" own (?:countries|country|lands?)"
        r"|(?:crime|knife crime|rape|stabbing|grooming|violence)\w* (?:maps?|figures|stats"
        r"|statistics|rates?) and the (?:immigration|immigrant|migrant|muslim|black|ethnic"
        r"|asylum|foreigner) (?:maps?|figures|stats|statistics|rates?)\b[^\n]{0,30}?(?:same"
        r"|match|identical|overlap|line up)"
        r"|deport (?:the|their|his|her) (?:whole )?(?:families|family|parents|relatives)\b"
        # ("Ye log teer kaman chhod ke kalam pakdenge? ... pehle kapde pehnna seekh lo";
        # "When your culture glorifies violence, don't be surprised when your kids stab")
        r"|(?:ye log|inko|in logon|adivasi|aadivasi|jungli)\b[^\n]{0,80}?kapde (?:pehnna"
        r"|pehenna|pahanna|pehnne|pehanna) seekh"
        r"|(?:your|their|this|that) culture (?:glorifies|worships|celebrates|breeds|teaches)"
        r" (?:violence|murder|killing|knives|terror|rape)",
        "ped pedon darakht naksali naxali aatanki aatankwadi jungli arse backside countries"
        " maps map deport kapde glorifies worships breeds",
    ),
    # the 660th round (set 1583, a Black footballer's column on racism in the stands): told
    # the boats go both ways (not "the ferries run both ways every hour"); monkey noises
    # written out ("Ooh ooh aah aah, cry more"; not "Ooh aah Cantona", a crowd's song of
    # one of each); running from the police "as usual for his lot" (not "running from the
    # press, and who could blame him")
    (
        r"(?:boats?|planes?) (?:go|goes|run|runs|sail|sails|fly|flies|work|works) both ways"
        r"(?![a-z])(?! (?:every|each|daily|hourly|from|between|on|at)\b)"
        r"|(?:oo|ooo|ooh|oooh)(?: (?:oo|ooo|ooh|oooh))+,? (?:aa|aaa|aah|aaah|ah)(?: (?:aa|aaa|aah"
        r"|aaah|ah))+(?![a-z])"
        r"|(?:(?:running|ran|runs|run) (?:away )?from the (?:police|cops|feds|old bill)"
        r"|nicking|stealing|robbing|mugging|stabbing|knifing|dealing)\b[^.!?\n]{0,40}?(?:as"
        r" usual|typical|like the rest|same as the rest|like all the rest) (?:for|of) (?:his"
        r"|her|their|your) (?:lot|kind|sort|type)(?![a-z])",
        "boats boat planes plane oo ooo ooh oooh usual typical rest",
    ),
    # the 1584th-1587th sets: a massacre's year wished finished ("1984 should have finished
    # the job"; not "... should have been investigated"); "their kind" kept from schools
    # (not "bakeries refusing anyone"); "can't reproduce so they recruit"; a face "dark
    # and dirty" (not a file "piled high and heavy"); a people to be sterilised
    # ("Knackers should be sterilised, not housed"; not "Councillors should be
    # consulted"); the "12 baj gaye" joke about Sikhs (not "12 baje vote hai")
    (
        r"(?:1984|1947|2002|1945) should(?:'?ve| have) (?:finished (?:the job|them off)|wiped"
        r" them (?:all )?out)"
        # (not "his kind words with the children")
        r"|(?:their|his|that) kind (?:(?:going|getting|allowed|let|being|to go) )?(?:anywhere )?"
        r"(?:near|around) (?:a |our |the |my |any )?(?:schools?|children|kids|playgrounds?"
        r"|classrooms?)(?![a-z])"
        r"|(?:can'?t|cannot|don'?t|do not) (?:reproduce|breed|have (?:kids|children|babies))\b"
        r"[^.!?\n]{0,15}?so (?:they|he|she) (?:recruit|groom|convert)"
        # (likened: not "her skin was dark and dirty after the shift")
        r"|(?:her|his|their|your) (?:face|skin) (?:looks?|is|'?s) like\b[^.!?\n]{0,40}?\b(?:dark"
        r"|black) and (?:dirty|ugly|filthy|disgusting)"
        # (not "they", which is said of stray dogs too)
        r"|(?:knackers|pikeys|gypos|gyppos|tinkers|these people|those people|that lot"
        r"|their kind|the lot of them) should (?:all )?be (?:sterilised|sterilized|neutered"
        r"|castrated)(?![a-z])"
        r"|(?:12|barah|baarah|baara) baj (?:gaye|gye|gya|gaya)\b[^.!?\n]{0,40}?(?:sardar"
        r"|sardaar|surd)\w*|(?:sardar|sardaar|surd)\w*\b[^.!?\n]{0,40}?(?:12|barah|baarah"
        r"|baara) baj (?:gaye|gye|gya|gaya)(?![a-z])",
        "finished wiped kind reproduce breed dirty ugly filthy disgusting sterilised sterilized"
        " neutered castrated baj",
    ),
    # the 1588th-1591st sets (a festival procession's clashes, Bihari workers in Tamil Nadu
    # in Hinglish, a wheelchair user's first day in the Commons, a murder charge and a
    # vigil): every family of a faith to be made to leave ("Every Hindu family on Belgrave
    # Road should be made to leave"; not "Every family ... should be offered support");
    # "Madrasi kale kauwe" (not the song's "kaale kauve se dariyo", no people named); a
    # wheelchair user as a "vegetable in a chair"; "if she can't walk she can't think";
    # "every one of them ... is a killer in waiting" (not "... was questioned")
    (
        # (_PEOPLES names "muslim", "hindu", "migrant" ... already)
        rf"every (?:single )?(?:{_PEOPLES}|jewish|asylum|black|polish|traveller) (?:family"
        r"|families|household|households)\b[^.!?\n]{0,40}?should (?:all )?be (?:made to leave"
        r"|thrown out|kicked out|driven out|expelled|forced out|deported|run out|burnt out"
        r"|burned out)(?![a-z])"
        r"|(?:madrasi|madrasiyon|madrasiyo|tamil|tamilian|south indian|dakshini|malayali|mallu"
        r"|kannadiga|telugu|habshi|african)\w* (?:\w+ )?(?:kale|kaale) (?:kauwe|kauve|kawwe"
        r"|kauwa|kaua|kauwon)(?![a-z])"
        r"|(?<![a-z])vegetables? in a (?:wheel)?chair(?![a-z])"
        r"|can'?t walk,? (?:so |then )?(?:she|he|they) can'?t think(?![a-z])"
        r"|(?:every (?:last |single )?one of them|they'?re all|they are all|all of them)\b"
        r"[^.!?\n]{0,30}?(?:is|are|'?s|'?re) (?:a )?(?:killers?|rapists?|murderers?|terrorists?"
        r"|jihadis?|criminals?|bombers?) in waiting(?![a-z])",
        # (cued by words rarer than "man" or "think", which other alternatives spell too)
        "family families household households kale kaale vegetable vegetables walk waiting",
    ),
    # the 1592nd-1595th sets (a Pakistani-heritage captain of England's women's cricket, a
    # Muslim boy's Sanskrit prize in Hinglish, a woman referee, a Rohingya tea stall
    # razed): a player who "would bowl for Pakistan the minute it mattered" (not "she
    # earned it"); "bet her family had her married off at fifteen"; a vice "like her
    # cousins did, it's in the blood"; "iski ammi ... das bacche saath layegi" (a mother
    # of ten: not "unka bhi samman hona chahiye"); "gaay khane walon ko Sanskrit ka kya
    # pata"; "aise hi ghuste hain ye log, pehle school, phir mandir, phir poora mohalla";
    # "Myanmar kicked them out for a reason" (not "... by force"); "they breed in camps";
    # the diseases "they carry"
    (
        # (and "he'll be bowling for pakistan on the quiet, they always do", the 539th set)
        r"(?:she|he|they)(?:'d| would|'ll| will)(?: be)? (?:bowl|bat|play|fight|spy|cheer"
        r"|vot)(?:e|ing)? for (?:pakistan|india|bangladesh|china|iran|russia|the other side)"
        r" (?:the (?:minute|moment|second) it (?:matters|mattered|counts|counted|came to it"
        r"|comes to it)|given half a chance|on the quiet|in secret|secretly)(?![a-z])"
        r"|bet (?:her|his|their) (?:family|dad|father|parents|uncles?|brothers?|lot) (?:had"
        r"|have|tried to have|wanted) (?:her|them) married (?:off|to (?:a|her|their) cousin)"
        r"|(?:fix|cheat|steal|lie|lying|con|scam|smuggl|groom|rob|loot)\w*\b[^.!?\n]{0,30}?"
        r"like (?:her|his|their) (?:cousins|uncles|brothers|people|lot|kind|community)"
        r" (?:did|do|does)\b[^.!?\n]{0,20}?in (?:the|their|her|his) blood(?![a-z])"
        r"|(?:iski|uski|inki|unki|teri|tumhari) (?:ammi|ammijaan|amma|begum|biwi|khala)\b"
        r"[^.!?\n]{0,40}?(?:das|dus|barah|baarah|pandrah|bees|darjan|darzan|dozen|10|12|15"
        r"|20) (?:bacche|bachche|bache|bachhe|bacchon|bachon|bachchon)(?![a-z])"
        r"|(?:gaay|gaai|gai|gau|cow|beef) (?:khane|khaane|khanewale|khaanewale) (?:wale|waale"
        r"|walon|waalon|log)\w* (?:ko|se)\b[^.!?\n]{0,30}?kya (?:pata|samjh\w*|jaan\w*"
        r"|maloom|malum|aata|aayega)(?![a-z])"
        r"|ghus(?:te|ti|enge|e) (?:hain |hai |h )?(?:ye|yeh|ey|aise) log\b[^.!?\n]{0,60}?"
        r"(?:phir|fir) (?:poora|pura|puri|saara|sara|saari) (?:mohalla|desh|sheher|shahar|gaon"
        r"|ilaaka|ilaka|basti|colony|society|bharat)(?![a-z])"
        r"|(?:myanmar|burma|uganda|bangladesh|pakistan|hitler|germany|spain|every country"
        r"|other countries) (?:kicked|threw|drove|chased|expelled|booted) (?:them|these people"
        r"|those people) out for a (?:good )?reason(?![a-z])"
        # (and "kicked out of every country in Europe for a reason", the 324th set)
        r"|(?:kicked|thrown|driven|chased|expelled|booted) out of (?:every|each|all the|so many"
        r"|a hundred|109) (?:country|countries|nation|nations)\b[^.!?\n]{0,20}?for a (?:good )?"
        r"reason(?![a-z])"
        r"|(?:they|these people|those people|them lot) (?:just )?(?:breed|multiply|spawn)"
        r"(?: like \w+)? (?:in|inside) (?:the |their |those |these )?(?:camps?|slums?|tents?"
        r"|ghettos?|hotels?|bastis?)(?![a-z])"
        r"|deserve[sd]? to (?:catch|get) (?:whatever|the|all the) (?:diseases?|germs"
        r"|infections?|bugs|lice|scabies|plague) (?:they|these people|those people|them lot)"
        r" (?:all )?(?:carry|spread|bring|have got)(?![a-z])"
        # "Rohingya matlab future terrorist" (a people said to mean a crime: not "Rohingya
        # matlab refugee, UN ne bhi maana hai"); "ghuspaithiye, dimak ki tarah desh ko kha
        # rahe hain" (not "illegal construction, dimak ki tarah ... faila hai", nor corrupt
        # officials called so: a people or the infiltrators' word)
        rf"|(?:{_PEOPLES}|rohingyas?|ghuspaithiye|ghuspaithi) (?:matlab|yaani|yani|means)"
        r" (?:future |bhavishya ke |potential |ek |a )?(?:terrorists?|aatankwadi|atankwadi"
        r"|jihadis?|chor|criminals?|rapists?|bombers?|gaddar|deshdrohi)(?![a-z])"
        rf"|(?:{_PEOPLES}|rohingyas?|ghuspaith\w*)\b[^.!?\n]{{0,30}}?(?:dimak|deemak|deemaq"
        r"|dimag ke keede|termites?) ki tarah (?:\w+ ){0,2}?(?:desh|sheher|shahar|bharat|hum)"
        r"\w* ko (?:kha|chaat|chat|kuter|khokhla)",
        "pakistan india bangladesh china iran russia side married blood bacche bachche bache"
        " bachhe bacchon bachon bachchon kya ghuste ghusti ghusenge ghuse reason breed multiply"
        " spawn carry spread matlab yaani yani means dimak deemak deemaq termites",
    ),
    # the 1596th-1599th sets (a gay MP's wedding in the Commons chapel, a Dalit sarpanch
    # boycotted in Hinglish, a black woman made Governor of the Bank of England, an actor
    # with dwarfism cast as Hamlet): "perverts making a mockery of marriage" (not "a
    # delighted couple ..."); "keep him away from the nursery, that's all I'm saying";
    # "which one of them is the wife", "look at the wrists"; "Sodom on Thames"; "he'll be
    # caught in a park toilet" (not "he'll be in the cabinet"); "in logon ka pani bhi alag
    # hona chahiye" (not "haq bhi barabar"); cleaners who "will touch the tiranga", an
    # insult to the nation; rates "set by a Lagos market trader"; her face on a banknote
    # "worth less than Monopoly money"; "Threadneedle Street is now Mugabe Street"; "get
    # this ape out of the Bank"; the vaults emptied, "they can't help themselves";
    # "midgets belong in the circus"; "his mum should have been told at the scan"; a man
    # with dwarfism put "in a garden with a fishing rod where he belongs"
    (
        r"(?:perverts|deviants|sodomites|degenerates)\b[^.!?\n]{0,30}?(?:mockery of|mocking"
        r"|defiling|defile|ruining|ruin|destroying|destroy) (?:the )?(?:marriage|sacrament"
        r"|church|god'?s house|house of god)(?![a-z])"
        r"|keep (?:him|her|them|those two|that pair) (?:well )?away from (?:the |our |any )?"
        r"(?:\w+ )?(?:nursery|nurseries|kids|children|schools?|playgrounds?|creche)\b"
        r"[^.!?\n]{0,20}?(?:that'?s all i'?m saying|is all i'?m saying|just saying|i'?m just"
        r" saying)(?![a-z])"
        r"|which (?:one )?of (?:them|the two|the pair|those two) (?:is|'s|plays) the (?:wife"
        r"|woman|girl|bride|missus)(?=\s*(?:[?.!,;]|$))"
        r"|(?:look at|check|see) (?:the|his|those) (?:limp )?wrists(?=\s*[.!]*$)"
        r"|(?<![a-z])sodom[- ]on[- ][a-z]+"
        r"|(?:he'?ll|he will|she'?ll|she will|bet he|bet she) (?:be )?(?:caught|arrested"
        r"|nicked|found) (?:\w+ ){0,2}?in (?:a|the) (?:park|public|motorway|station) (?:toilets?"
        r"|loos?|bogs|lavatory|lavatories)(?=\s*(?:[.!,;]|$))"
        r"|(?:in|un|inke|unke|inki|unki|aise) (?:logon|logo) (?:ka|ke|ki) (?:pani|paani"
        r"|khana|khaana|bartan|kuan|kuaan|ghat|shamshan|thali|gilas|glass) (?:bhi )?(?:alag"
        r"|alg) (?:hona chahiye|hone chahiye|rakho|karo|rakhna chahiye)"
        r"|(?:safai karne wal\w+|bhangi|chamar|neech jaat\w*|dalit)\w*\b[^.!?\n]{0,30}?"
        r"(?:chhuenge|chhuyenge|chhuega|chhuegi|chhu rahe|chhoo|chhua)\w*\b[^.!?\n]{0,20}?"
        r"(?:apmaan|apman|apavitra|ashuddh|ganda|gandaa)(?![a-z])"
        r"|(?:rates?|policy|budget|economy|money|bank|country|decisions?)\b[^.!?\n]{0,20}?"
        r"(?:set|run|decided|managed|chosen) by (?:a|some) (?:lagos|nairobi|kinshasa|mogadishu"
        r"|accra|kampala|harare) (?:market trader|market woman|hawker|street (?:trader|seller"
        r"|vendor)|bus driver|witch doctor)(?![a-z])"
        r"|(?:her|his|their) face on (?:the|a|our|every) (?:\w+ ){0,2}?(?:notes?|coins?"
        r"|banknotes?|stamps?)\b[^.!?\n]{0,30}?(?:worth less|worthless|monopoly money"
        r"|nobody will (?:take|accept))"
        r"|(?:street|road|square|lane|avenue) is (?:now )?(?:mugabe|amin|idi amin|mobutu"
        r"|bokassa) (?:street|road|square|lane|avenue)(?![a-z])"
        r"|(?:get|throw|kick|take) (?:this|that) (?:ape|monkey|gorilla|chimp|baboon|orangutan)"
        r" out of (?:the|our|my|this) (?:bank|office|parliament|commons|chamber|country|job"
        r"|government|cabinet|council|court|stadium|studio|newsroom|police|school|party|team"
        r"|club|building)(?![a-z])"
        r"|(?:vaults?|tills?|safes?|coffers|treasury|pockets|purses|wallets)\b[^.!?\n]{0,30}?"
        r"(?:empty|emptied|cleared|robbed|looted|stripped|go missing|disappear)\w*\b"
        r"[^.!?\n]{0,20}?(?:they|these people|her people|his people|that lot) (?:just )?can'?t"
        r" help (?:themselves|it)(?![a-z])"
        r"|(?:midgets?|dwarfs?|dwarves|cripples?|spastics?|retards?|mongs?|freaks?)\b"
        r"[^.!?\n]{0,20}?belongs? (?:in|at) (?:the|a) (?:circus|freak show|zoo|sideshow)"
        r"(?![a-z])"
        r"|(?:mum|mother|mom|mam|parents)\b[^.!?\n]{0,10}?should(?:'?ve| have) been told (?:at"
        r"|after|from) the (?:scan|ultrasound|screening|test)(?![a-z])"
        r"|(?:garden|rockery|lawn|pond)\b[^.!?\n]{0,20}?(?:fishing rod|toadstool|wheelbarrow)"
        r"\b[^.!?\n]{0,20}?where (?:he|she|they) belongs?(?![a-z])"
        # "Inki aukaat jooti ke neeche hi achhi lagti hai" (not "inki mehnat se ... achhi
        # lagti hai"); a man "aur iske pariwar ko gaon se nikaal do" (a family driven out:
        # not "... ko suraksha do"); "her people can't run a country"; the money sent "straight
        # back to her village"
        r"|(?:inki|unki|iski|uski|teri|tumhari|in logon ki|un logon ki) (?:asli )?(?:aukaat"
        r"|aukat|jagah) (?:\w+ ){0,3}?(?:jooti|joote|jooton|juti|jute|pairon|pair|chappal)\w*"
        r" (?:ke|ki) (?:neeche|niche|tale)(?![a-z])"
        r"|(?:isko|usko|inko|unko|ise|use) aur (?:iske|uske|inke|unke|iski|uski) (?:pariwar"
        r"|parivar|ghar ?walon|family|khandan|khaandaan) (?:ko|sab ko|sabko) (?:gaon|basti"
        r"|mohalle|mohalla|sheher|shahar|ilaake) se (?:nikaal|nikal|bahar kar|bhaga|khaded)\w*"
        r"(?![a-z])"
        r"|(?:her|his|their|your) (?:people|kind|tribe) can'?t (?:even )?(?:run|govern|manage)"
        r" (?:a|their own|one|a single) (?:country|continent|nation)(?![a-z])"
        r"|send (?:it|the money|our money|the cash|the lot) (?:straight |all )?back to (?:her"
        r"|his|their) (?:village|tribe|clan|relatives|family back home)(?![a-z])",
        "perverts deviants sodomites degenerates saying wife woman girl bride missus wrists"
        " sodom toilet toilets loo loos bogs lavatory lavatories alag alg apmaan apman apavitra"
        " ashuddh trader hawker seller vendor driver doctor worthless monopoly mugabe amin"
        " mobutu bokassa ape monkey gorilla chimp baboon orangutan themselves circus sideshow"
        " scan ultrasound screening belongs belong aukaat aukat jagah nikaal nikal bahar bhaga"
        " khaded run govern manage village tribe clan relatives",
    ),
    # the 1600th-1603rd sets (a Chinese-British student to lead the Oxford Union, a
    # Kashmiri Pandit family home after 35 years in Hinglish, a Jewish comedian to host the
    # BAFTAs, a trans woman to run a women's refuge): "Kashmiri Musalman ek bhi bharose layak
    # nahi"; "ye bhoore bandar"; "jihadi aulaad hai poori ghati"; "her nose will need its
    # own seat" (not "her mum ..."); "who controls the BAFTAs? Ask who controls the banks";
    # "another Zionist shill"; "Jews and comedy, both taking over"; "Hitler missed one";
    # "paid in shekels"; "predator in a skirt"; "women fleeing men now greeted by one"
    (
        r"(?:kashmiri|musalman|musalmaan|muslim|mulle|miya|miyan|bangladeshi|rohingya|isai"
        r"|dalit|bihari|pakistani)\w*\b[^.!?\n]{0,20}?(?:ek bhi|koi bhi) (?:bharose|bharosa"
        r"|vishwas|yakeen|yakin) (?:ke )?(?:layak|laayak|laik) nahi(?![a-z])"
        r"|(?:ye|yeh|sab|saale|saare) (?:bhoore|bhure|kaale|kale) (?:bandar|bandaron|bandron"
        r"|langoor|langur)(?![a-z])"
        r"|(?:jihadi|aatankwadi|atankwadi|aatanki|gaddar|pakistani)\w* (?:aulaad|aulad|nasl)"
        r" (?:hai|hain|he) (?:poori|puri|saari|sari) (?:ghati|kaum|qaum|basti|biradari"
        r"|community)(?![a-z])"
        r"|(?:her|his|their) noses? (?:will need|needs|need|has|have|gets|deserves?) (?:its|their)"
        r" own (?:seat|seats|postcode|ticket|row|zip code|passport|dressing room)(?![a-z])"
        r"|(?:ask|guess|wonder|look at|check|notice) (?:yourself )?who (?:really )?(?:controls"
        r"|runs|owns) (?:the )?(?:banks|hollywood|the world|world|money)(?![a-z])"
        # ("a Zionist plant" is read by the trope's rule, which leaves a plant nursery alone)
        r"|zionist (?:shills?|puppets?|stooges?)(?![a-z])"
        r"|(?:jews|jewish people|muslims|blacks|gays|trans people|immigrants|migrants)\b"
        r"[^.!?\n]{0,20}?\bboth taking over(?![a-z])"
        r"|(?<![a-z])hitler (?:missed|forgot|overlooked|left) (?:one|a few|some|this one|her"
        r"|him|them)(?=\s*[.!]*$)"
        r"|(?:paid|pays|payment|salary|wages|fee|fees) in shekels(?![a-z])"
        r"|(?:predator|pervert|rapist|nonce|paedo|pedo)s? in (?:a )?(?:skirt|dress|frock|wig"
        r"|lipstick|heels)(?![a-z])"
        r"|(?:fleeing|escaping|running from) (?:men|male violence|abusive men|violent men)\b"
        r"[^.!?\n]{0,30}?(?:greeted|met|welcomed|served|housed|let in) by one(?= at the"
        r" door|\s*[.!,;]|\s*$)"
        # "Bet he brought the virus in his suitcase too" (not "... his A-game to the
        # hustings"); "Send him back on the next slow boat to China"
        r"|(?:brought|carried|smuggled|packed|spread) (?:the |a )?(?:virus|covid|plague|disease"
        r"|bat flu|kung flu) (?:over )?(?:in|with) (?:his|her|their) (?:suitcases?|luggage|bags?"
        r"|pockets?|hand luggage)(?![a-z])"
        r"|send (?:him|her|them|the lot) back on (?:the|a) (?:next |first )?(?:slow )?(?:boat"
        r"|plane|junk) to (?:china|beijing|wuhan|india|pakistan|africa|bangladesh|nigeria)"
        r"(?![a-z])",
        "layak laayak laik bandar bandaron bandron langoor langur aulaad aulad nasl"
        " nose noses controls runs owns zionist taking hitler shekels predator predators pervert"
        " perverts rapist rapists nonce nonces paedo paedos pedo pedos fleeing escaping virus"
        " covid plague disease flu boat junk",
    ),
)
_ONE_BY_ONE: Final = _alternatives(
    "|".join(body for body, _ in _ONE_BY_ONE_PARTS),
    frozenset(cue for _, cues in _ONE_BY_ONE_PARTS for cue in cues.split()),
)
# Every pattern with the words one of which it needs, in the order their hits are listed
# (the alternatives of the two unions above first, by where they stand in the text).
_BY_CUES: Final = (
    (_COMMUNAL, COMMUNAL_CUES),
    *_CUED,
    (_PLACES_AND_POWER, PLACES_AND_POWER_CUES),
    (_DEFILED, PLACES_AND_POWER_CUES),
)
# One of these must be in the comment for any saying to be there.
ALL_CUES: Final = (
    CUES
    | SET_APART_CUES
    | _ONE_BY_ONE.cues
    | frozenset(cue for _, cues in _BY_CUES for cue in cues)
)


# Each cue word -> the patterns of _BY_CUES (by position) it lets run
_BY_CUE_INDEX: Final = CueIndex(cues for _, cues in _BY_CUES)


def hateful_sayings(words: Words) -> list[Hit]:
    found = [
        *alternative_hits(_SAYINGS, IDENTITY_ATTACK, SCORE, "saying", words),
        *alternative_hits(_SETS_APART, IDENTITY_ATTACK, SCORE, "saying", words),
        *alternative_hits(_ONE_BY_ONE, IDENTITY_ATTACK, SCORE, "saying", words),
    ]
    # (in _BY_CUES' order, as the hits are listed)
    found += [
        hit
        for n in _BY_CUE_INDEX.cued(words.present)
        for hit in regex_hits(_BY_CUES[n][0], IDENTITY_ATTACK, SCORE, "saying", words.text)
    ]
    return [hit for hit in found if not _at_a_distance(words, hit)]


def called_it(words: Words) -> list[Hit]:
    """A person called "it" against "she" or "he", as a sentence of its own: "It. Not she."
    (the 1047th set; not "Is it? Not sure she ran that fast"). Read from the words, where
    both are present (the caller asks): as a pattern cued by "not" it cost more than every
    other saying of its round together."""
    found = []
    for i, word in enumerate(words.words[:-2]):
        if (
            word == "it"
            and words.words[i + 1] == "not"
            and words.words[i + 2] in _PERSONAL
            and (i == 0 or words.sentence(i - 1) != words.sentence(i))
            and words.text[words.span(i)[1]] in ".!"
        ):
            found.append(words.hit(IDENTITY_ATTACK, SCORE, i, i + 2, "saying"))
    return [hit for hit in found if not _at_a_distance(words, hit)]


_PERSONAL: Final = frozenset({"she", "he", "her", "him"})


def _at_a_distance(words: Words, hit: Hit) -> bool:
    first, last = words.word_at(hit.start), words.word_at(hit.end - 1)
    asks = words.text[hit.end - 1] == "?"  # a saying that is a question is not an echo
    # (the saying's own words are no report of it: "Hitler had the right idea")
    outside = range(first, last + 1)
    distant = (
        in_sentence(words, first, _AT_A_DISTANCE, outside)
        and not _defiant(words, first)
        and not _only_calling_them(words, first)
    )
    return (
        distant
        or _named_as_a_show(words, last)
        or _its_sayers_named(words, last)
        or _said_by_those_who(words, first, last)
        or (not asks and echoed(words, first, last))
    )


def _only_calling_them(words: Words, first: int) -> bool:
    """'Trans women are men, and the people calling them women should get their eyes
    tested' (the 1160th set): the one word of distance in the sentence is others "calling
    them" something, after the saying: what the writer says they are, against it."""
    sentence = words.sentence_around(first)
    distant = [k for k in sentence if k > first and words.words[k] in _AT_A_DISTANCE]
    return (
        len(distant) == 1
        and all(words.words[k] not in _AT_A_DISTANCE for k in sentence if k < first)
        and words.words[distant[0]] in lx.NAME_CALLING
        and distant[0] + 1 < len(words)
        and words.words[distant[0] + 1] == "them"
    )


def _its_sayers_named(words: Words, last: int) -> bool:
    """'Dalit ko ghar mat do bolne wale brokers pe case hona chahiye' (the 986th set's
    round): those who say it, named right after it (not "bangla bolne wale sab ke sab ...",
    a people named by the language they speak, before the saying)."""
    after = words.words[last + 1 : last + 3]
    return len(after) == 2 and after[0] in _SAYERS and after[1] in _WALA


_SAYERS: Final = frozenset({"bolne", "kehne", "likhne", "bolte", "kehte"})


def _said_by_those_who(words: Words, first: int, last: int) -> bool:
    """'Jo log "Hindu khatre mein hai" chillate hain, ...' (the 1201st set): the saying is
    what "those who" shout, named around it (not "jo bhi ho, Hindu khatre mein hai", the
    writer's own)."""
    before = words.words[max(first - 3, 0) : first]
    after = words.words[last + 1 : last + 3]
    return (
        "jo" in before
        and len(after) == 2
        and after[0] in _SAYING_VERBS
        and after[1] in lx.HINDI_COPULAS
    )


_SAYING_VERBS: Final = _SAYERS | {"chillate", "chilate", "kehti", "bolti", "likhte", "maante"}


def _named_as_a_show(words: Words, last: int) -> bool:
    """'UPSC jihad wala show Supreme Court ne rok diya tha': the saying names a broadcast
    or a campaign ('... wala show / hashtag'), not the writer's claim (the 265th set)."""
    after = words.words[last + 1 : last + 3]
    return len(after) == 2 and after[0] in _WALA and after[1] in _SHOWS


_WALA: Final = frozenset({"wala", "wale", "wali", "waala", "waale", "waali"})
_SHOWS: Final = frozenset(
    {"show", "shows", "episode", "programme", "program", "hashtag", "trend", "debate", "naara",
     "nara", "jumla", "campaign", "video", "tweet", "post"}
)  # fmt: skip


def _defiant(words: Words, i: int) -> bool:
    """'..., no matter what the election commission says' (or 'whatever the ballot says',
    round 583): what others say defied, not reported; '..., just saying': the writer's own
    insinuation; '... too cowardly to say it': said all the more."""
    around = words.sentence_around(i)
    sentence = words.words[around.start : around.stop]
    return any(
        sentence[k : k + 3] == ["no", "matter", "what"]
        or (sentence[k] == "whatever" and k > 0 and sentence[k - 1] in _BEFORE_DEFIANCE)
        or sentence[k : k + 2] == ["just", "saying"]
        or (
            sentence[k : k + 3] == ["to", "say", "it"]
            and not _AFRAID.isdisjoint(sentence[max(0, k - 3) : k])
        )
        for k in range(len(sentence))
    ) or endorses(sentence)


# what comes before "whatever" that defies what others say: "..., always will be, whatever
# the ballot says" (not "the court will decide whatever the law says", a report of it)
_BEFORE_DEFIANCE: Final = frozenset({"be", "is", "are", "was"})

# "the judges are too cowardly to say it", "everyone is afraid to say it": said all the more
# (not "he's right to say it" after a claim called rubbish)
_AFRAID: Final = frozenset({"too", "afraid", "scared", "cowardly", "frightened"})

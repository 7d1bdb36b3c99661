"""Word lists behind the category scores, as normalised tokens (apostrophes dropped).

Chosen for a news comment section: what is abuse wherever it appears (slurs, sexual insults,
romanised Hindi gaali) is separated from what is abuse only when aimed at someone ("idiot",
"stupid": fair words about a policy, harassment when said to another reader). Identity groups
are protected characteristics — race, ethnicity, nationality, religion, caste, gender,
sexuality, disability — never parties or politicians: "Republicans are clowns" is argument,
"Muslims are terrorists" is an identity attack.
"""

from __future__ import annotations

from rejoinder.domain.normalize import normalize


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _devanagari(text: str) -> frozenset[str]:
    # As the scorer will see them: normalisation drops the nukta and the virama.
    return frozenset(normalize(word).text for word in text.split())


def _devanagari_phrases(*phrases: str) -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(normalize(word).text for word in p.split()) for p in phrases)


# Slurs: held wherever they appear (also in the default suspect word rules, which a site may
# edit; here they feed the identity_attack score whatever the site's word lists say).
SLURS = _words(
    """
    kike kikes nigger niggers nigga niggas negro negroes coon coons jigaboo jigaboos
    faggot faggots fag fags dyke dykes tranny trannies shemale chink chinks gook gooks
    spastics spic spics wetback wetbacks beaner beaners raghead ragheads towelhead towelheads
    turbanhead turbanheads
    sandnigger sandniggers paki pakis retard retards mongoloid mongoloids spastic spaz
    retarded gyppo gyppos gippo gippos pikey pikeys diaperhead diaperheads kaffir kaffirs
    muzzie muzzies mudslime mudslimes zionazi zionazis abos boong boongs polack polacks
    mussie mussies
    katua katuas katue katuon katwe katui katwa mulla mullas mulle mullo mullon chamar chamars
    bhangi chuhron churas habshis kalluon
    bhangis
    hijra hijre hijras hijda hijde hijdo hijdon hijro hijron
    porki porkis porkistani porkistanis porkistan
    darkie darkies niggah niggahs niggerize lesbo lesbos rapefugee rapefugees rapeugee rapeugees
    lezzie lezzies lezzy lezzers
    chakka chhakka mleccha mlechha limpwristed niglet niglets jiggaboo jiggaboos chinky
    chinki chinkies chinkis homos
    chamaar chamaars chamaaro chamaarin chamarin chamaron chamaro chamaaron chinkiyon chinkiyan
    chinkiyo mlecchas mlechhas mlecchon
    mlechhon mlechh malechh malechchh malechhon
    squaw squaws zio zios goatfucker goatfuckers troon troons spazzes pajeet pajeets
    dothead dotheads poofs poofter poofters bumboy bumboys kaalu kaaloo knacker
    bhimte bheemte bhimta bheemta bhimton bheemton fudgepacker fudgepackers bhangan bhangin
    trannys gypo gypos albos
    nignog nignogs londonistan mongs bugmen sodomite sodomites turbanator turbanators
    bradistan bradfordistan birminghamistan lutonistan blackburnistan dewsburyistan
    rotherhamistan oldhamistan leicesteristan
    blackies napakis napakistan napakistani napakistanis
    deafie deafies banglastan
    achhoot achhooton achhut achhuton achoot achooton
    """
)
# Names a sect or a faith's zealots give the others: "kafir" for Hindus, "qadiani" for
# Ahmadis (not "Qadian", the town).
SLURS = SLURS | _words(
    "kafir kafirs kafiron kafiro kaafir kaafiron kuffar qadiani qadianis qadiyani"
    " mulli mullis"  # a Muslim woman, as "mulla" above is used of Muslim men
)
# The plurals of "jungli" said of people ("in kaale jangliyon ko uthake bahar phenko", the
# 521st set), and the caricature written as one word
SLURS = SLURS | _words("jangliyon jungliyon jangliyo jungliyo hooknosed")
SLURS = SLURS | _words("bakrichod bakrichodon bakrichodo")  # (the 663rd set)
# Africans, in the plural (the 748th set; the singular "habshi" would also fit a masked
# "h*****" that is "harami", and a masked word fitting two offensive words stays unread)
SLURS = SLURS | _words("habshiyon habshiyo")
SLURS = SLURS | _words("jeets")  # Indians (the 758th set; not "jeet", a name and a victory)
# someone of mixed race (round 636: "Half-caste president for a half-baked country"; and
# "half caste": SLUR_PHRASES)
SLURS = SLURS | _words("halfcaste halfcastes")
# the old, in British slang: "Coffin dodgers had it all ... Let them freeze", "the sooner the
# wrinklies die off" (the 772nd set; not "wrinkly", an old dog's skin)
SLURS = SLURS | _words("wrinklies coffindodgers")
# Bangladesh's slur for Hindus (the 817th set): "Malaun der ei deshe thakar odhikar nai"
SLURS = SLURS | _words("malaun malauns malaunder malawn malawns")
# Scotland's sectarian slur for Catholics (the 819th set): "Taigs breeding like rabbits" (in
# the plural: "टैग", tag, is read "taig" from Devanagari)
SLURS = SLURS | _words("taigs")
# a white woman with a Black man, in the racists' word; a Black man, in Hindi, with the
# name-like "kaalu" (the 831st set: "Mudsharks always end up the same way", "Kalu ke bachche
# bhi kaale hi honge"; not "Kalu Ram": SLUR_OTHER_SENSE_AFTER)
SLURS = SLURS | _words("mudshark mudsharks kalu")
# Pakistan's sectarian slurs for Shias, "rejecters" (the 836th set): "Rafzi kafir hain",
# "Rafidis are worse than ..." (not the Rafidain Bank)
SLURS = SLURS | _words("rafzi rafzis rafziyon rafidi rafidis rafida rafidah rawafid")
# antisemitic conspiracy and denial of Palestinians' dead (the 842nd set): "Khazarian mafia",
# "Pallywood strikes again" (not the Khazar Khaganate, a history)
SLURS = SLURS | _words("pallywood khazarian khazarians")
# the far right's coded words for Black people and Muslims, looked for after the hundredth
# round (none of them was known): "dindu", "chimpout", "groids", "sheboon", "shitskins",
# "muzrats"; and "dindu nuffin", "we wuz kangz", "remove kebab": SLUR_PHRASES
SLURS = SLURS | _words(
    "dindu dindus chimpout chimpouts groid groids sheboon sheboons shitskin shitskins muzrat"
    " muzrats"
)
# ... and Native Americans' ("injun" alone is also a clipped "injunction"; "redskins" is
# more often Washington's old football team than anyone called it)
SLURS = SLURS | _words("injuns")
# a disabled person called a cripple ("Wells is a cripple who can't even climb the stairs",
# round 532; not the verb, "this will cripple the economy": SLUR_OTHER_SENSE_BEFORE and
# _AFTER)
SLURS = SLURS | _words("cripple")
SLURS = SLURS | _words("pooinloo")  # (the 833rd set; and "poo in loo": SLUR_PHRASES)
# gay men in Hindi (the 840th set): "Ye launde baaz log samaj ko ganda kar rahe hain"
# ("launde" alone is boys; the two words: SLUR_PHRASES)
SLURS = SLURS | _words("laundebaaz laundebaz londebaaz laundebaazon")
# the manosphere's words for women (the 829th set): "Femoids only want Chads", "Roasties used
# up by 25" (not the roast potatoes: SLUR_OTHER_SENSE_BEFORE and _AFTER)
SLURS = SLURS | _words("femoid femoids foid foids roastie roasties")
# a Muslim woman called a jihadi in the feminine (the 1221st set: "Jihadan ko DM bana diya";
# the word has no other use)
SLURS = SLURS | _words("jihadan jihadanon jihadaniyan jehadan")
# "kathmulla", a Muslim called a wooden mullah (the 1245th set: "in kathmullon ko relief
# mat do")
SLURS = SLURS | _words("kathmulla kathmulle kathmullon kathmullo katmulla katmulle katmullon")
# Punjab's caste slur for sweepers, said in Pakistan of Christians (the 825th set): "Ye
# choohre hamesha gustakhi karte hain" (not "chuhe", mice, nor "chura", stole)
SLURS = SLURS | _words(
    "choohra choohre choohron choohri chuhra chuhre chuhron chuhri churha churhe churhon"
    " churhi chuhda chuhde chuhdon chuhdi"
)
# Names coined in sarcasm for a people ("the peacefuls", "shantidoot" — messengers of peace —
# for Muslims; "ZOG" for a government said to be Jewish): never a community's own name, so
# "Shantidoot community" is no community's name either.
# "Ricebag": a Christian convert said to have changed faith for a bag of rice (the 659th set).
CODED_SLURS = _words(
    "peacefuls shantidoot shantidoots shantidooto shantidooton abduls zog ricebag ricebags"
)
SLURS = SLURS | CODED_SLURS
SLUR_PHRASES = frozenset(
    {("limp", "wristed"), ("porch", "monkey"), ("porch", "monkeys"), ("towel", "head"),
     ("towel", "heads"), ("rag", "head"), ("rag", "heads"), ("diaper", "head"),
     ("turban", "heads"), ("turban", "head"), ("half", "caste"), ("half", "castes"),
     ("yellow", "peril"),
     ("goat", "fucker"), ("goat", "fuckers"), ("sand", "monkey"), ("sand", "monkeys"),
     ("dot", "head"), ("dot", "heads"),
     # "The old poof finally croaked, and his bum boys can weep now" (the 445th set; "poof"
     # alone is also the sound of a thing vanishing)
     ("bum", "boys"), ("bum", "boy"), ("old", "poof"),
     ("coffin", "dodgers"), ("coffin", "dodger"),
     # disabled people as "the lame and the maimed" (the 789th set; "langda" alone is also
     # a mango)
     ("langde", "lule"), ("lule", "langde"), ("langdon", "lulon"), ("lulon", "langdon"),
     ("lulla", "langda"), ("langda", "lulla"), ("lula", "langda"), ("langda", "lula"),
     # "share a changing room with a poof" (the 548th set; not "a poof of smoke")
     *((who, "poof") for who in ("you", "u", "little", "bloody", "fucking", "fkn")),
     ("like", "a", "poof"), ("hes", "a", "poof"),
     ("screaming", "poof"), ("screaming", "poofs"),  # (round 528, of a presenter named)
     *((*room, "with", "a", "poof") for room in (("room",), ("shower",), ("showers",))),
     # "Nobody wants a poof in the dressing room", "Pillow biter of the month" (round 607,
     # a footballer who came out; not "a poof of smoke", nor "a pillow fight")
     ("a", "poof", "in"), ("pillow", "biter"), ("pillow", "biters"), ("pillow", "biting"),
     # a woman named by the kitchen: "equal chhakke maar ke dikhao, roti belne wali" (the
     # 558th set)
     ("roti", "belne", "wali"), ("roti", "belne", "waali"), ("roti", "belne", "waliyan"),
     ("roti", "belne", "waliyon"),
     # "pakistan ke pille" (the 551st set): Pakistan's puppies, said of Indian Muslims
     ("pakistan", "ke", "pille"), ("pakistani", "pille"), ("pakistan", "ke", "pillo"),
     # South Indians called black: "Madrasi kaale log, na dharm na sharm" (the 448th set)
     ("madrasi", "kaale"), ("kaale", "madrasi"), ("kaale", "madrasiyon"),
     ("ghetto", "monkey"), ("ghetto", "monkeys"),  # (the 447th set)
     # the caricature of Jews: "hook nosed parasites celebrating in our square" (the 522nd
     # set); Adivasis called wild: "jungli log h ye" (the 521st; "jungli" alone is also a
     # wild animal's or a cat's)
     # "a nappy headed hoe reading the headlines" (the 541st set; not "my nappy bag")
     ("nappy", "headed"), ("nappy", "head"), ("nappy", "heads"),
     ("hook", "nosed"), ("jungli", "log"), ("jungli", "logon"),
     ("jungli", "logo"), ("jangli", "log"), ("jangli", "logon"),
     # (the 484th and 482nd sets)
     ("fudge", "packer"), ("fudge", "packers"), ("bongo", "bongo"),
     ("yellow", "rats"), ("yellow", "rat"),  # (the 494th set)
     ("yellow", "horde"), ("yellow", "hordes"),  # (the 562nd set)
     ("yellow", "invaders"), ("yellow", "invader"),  # (round 533, of Chinese NHS doctors)
     # the antisemitic libel and caricature: "christ killers fencing us in now", "the
     # lawyers with the hooked noses" (the 567th set; not "christ was a jew", nor a suspect
     # described "with a hooked nose")
     ("christ", "killers"), ("christ", "killer"), ("christkillers",),
     ("hooked", "noses"), ("hook", "noses"), ("hooknoses",),
     # Stalin's word for Jews, back in a billionaire's comments: "Rootless cosmopolitan
     # parasites have no loyalty" (the 797th set; not "rootless is how my grandfather
     # described himself after the war", nor "a rootless cosmopolitan city like Dubai")
     ("rootless", "cosmopolitans"),
     # ... and one ("Goldberg is a rootless cosmopolitan leech", round 526; not a city:
     # SLUR_OTHER_SENSE_AFTER)
     ("rootless", "cosmopolitan"),
     # ... and the coded words of the 926th set: "Rootless globalists buying our democracy",
     # "Good goyim will vote how they're told", "Happy merchant strikes again" (the meme's
     # name; not "happy merchant navy day": SLUR_OTHER_SENSE_AFTER), "Jewish goyim" is no
     # phrase (Jews' own word for the others: "my goyim friends loved the latkes")
     ("rootless", "globalists"), ("rootless", "globalist"),
     # LGBT people as "the alphabet people" (the 928th set; not "the alphabet song")
     ("alphabet", "people"), ("alphabet", "mafia"), ("alphabet", "crowd"),
     ("alphabet", "brigade"), ("alphabet", "gang"),
     # Muslims as a "green virus" ("Hara virus phir fail raha hai", the 929th set; not "hara
     # rang", nor a virus)
     ("hara", "virus"), ("hare", "virus"), ("green", "virus"),
     ("good", "goyim"), ("goyim", "cattle"), ("dumb", "goyim"),
     ("happy", "merchant"), ("happy", "merchants"),
     # the seventy-eighth round (sets 802-803), Somali-Americans: "Low-IQ third worlders
     # bringing their clan wars" (not "third world is an outdated term"; "camel jockey" is
     # left out: in Gulf news it is a rider, "what it's like to be a camel jockey at the
     # races")
     ("third", "worlders"), ("third", "worlder"), ("thirdworlders",),
     # the eighty-seventh round (sets 819-820), sectarian football abuse in Glasgow:
     # "Fenian bastards should go back to Ireland", "Paddy scum, go back to your bogs",
     # "Dirty Orange huns" (not the Fenian Brotherhood, rice paddies or Attila's Huns)
     *((irish, insult) for irish in ("fenian", "fenians", "paddy", "paddies", "taig")
       for insult in ("bastards", "bastard", "scum", "cunts", "cunt", "vermin", "rats",
                      "filth", "bstards")),
     ("orange", "huns"), ("dirty", "huns"), ("huns", "scum"), ("hun", "scum"),
     *(("rootless", "cosmopolitan", who) for who in ("parasites", "parasite", "jews", "jew",
       "elite", "elites", "bankers", "globalists", "vermin", "scum", "tribe")),
     # Christian converts said to be bought with rice: "in chawal ke bore wale isaiyon ko
     # bhagao" (the 577th set); a headscarf called a rag: "take that rag off your head" (the
     # 574th)
     *(("chawal", "ke", bore, wale) for bore in ("bore", "bori") for wale in ("wale", "waale")),
     *(
         ("rag", on, whose, "head")
         for on in ("off", "on")
         for whose in ("your", "ur", "her", "his", "their")
     ),
     # "Polish scum", "Eastern European vermin" (the 500th set; "Polish" alone is no
     # people here: it is also what shoes take)
     *(
         (*people, vermin)
         for people in (("polish",), ("eastern", "european"), ("balkan",))
         for vermin in ("scum", "vermin", "parasites", "filth", "rats")
     ),
     ("rainbow", "mafia"),  # (the 498th set)
     # "Jew bitch crying again" (round 549, of a Jewish student named; "a Jewish student")
     *(
         (jew, insult)
         for jew in ("jew", "jewish")
         for insult in ("bitch", "bitches", "rat", "rats", "pig", "pigs", "cunt", "cunts",
                        "whore", "whores", "bastard", "bastards", "vermin", "slag", "slut")
     ),
     # "jew run pharma poisoning us" (the 509th set)
     ("jew", "run"), ("jew", "owned"), ("jew", "controlled"),
     # black people called monkeys in Hindi: "In kaale bandaron ko mohalle mein ghar mat do"
     # (the 471st set)
     ("kaale", "bandar"), ("kaale", "bandaron"), ("kaale", "bandaro"), ("kaala", "bandar"),
     # "chapte naak wale": north-east Indians named by their noses
     ("chapte", "naak", "wale"), ("chapti", "naak", "wale"), ("chapti", "naak", "wali"),
     ("chapte", "naak", "walon"), ("chapti", "naak", "walon"), ("chapta", "naak", "wala"),
     # Indians, told to use a toilet (and without "the": "Poo in loo, they still haven't
     # learned", the 833rd set)
     ("poo", "in", "the", "loo"), ("poo", "in", "loo"),
     # "Ye sab terrorist ki aulaad hain" said of students (the 845th set)
     *((terrorist, "ki", aulaad) for terrorist in ("terrorist", "terroriston", "aatankwadi",
                                                   "aatankwadiyon", "atankwadi", "aatanki")
       for aulaad in ("aulaad", "aulad", "auladein", "aulaadein")),
     # a people called a people of vices (the 852nd set): "... kaam ke naam pe zero, aalsi
     # kaum" ("kaum", a people, names it)
     *((vice, "kaum") for vice in ("aalsi", "gaddar", "gandi", "ghatiya", "jaahil", "jahil",
                                   "neech", "kameeni", "chor", "haramkhor", "nikammi",
                                   # ("J1had1 kaum ko desh se b@har karo", the 923rd set)
                                   "jihadi", "aatanki", "aatankwadi")),
     ("dindu", "nuffin"), ("we", "wuz", "kangz"), ("we", "wuz", "kings"), ("remove", "kebab"),
     *(("khazar", fake) for fake in ("imposters", "impostors", "imposter", "impostor", "jews",
                                      "mafia", "frauds")),
     *((boys, baaz) for boys in ("launde", "launda", "londe") for baaz in ("baaz", "baz")),
     # "Homo log Indian culture pe dhabba hain" (the 840th set; not "Homo sapiens")
     ("homo", "log"), ("homo", "logon"),
     # people of the North East and Nepal as "flat-nosed ones" ("Chapta naak wale ko hero
     # banane chale", the 874th set; not a boxer's "chapti naak", said of no people)
     *((flat, nose, ones) for flat in ("chapta", "chapti", "chapte", "chipta", "chipti")
       for nose in ("naak", "nak") for ones in ("wale", "wala", "wali", "walon", "waale",
                                                "waala", "waali", "log", "logon")),
     ("petrol", "sniffer"), ("petrol", "sniffers"),
     ("diaper", "heads"),
     # Jews, as those the ovens missed
     ("oven", "dodger"), ("oven", "dodgers"),
     # Jews as parasites, by the word antisemites use for them ("she's a zionist parasite",
     # the 643rd set)
     ("zionist", "parasite"), ("zionist", "parasites"), ("zio", "parasite"),
     # ... and a Jewish woman as a witch ("Zionist witch should be strung up", the 913th set)
     ("zionist", "witch"), ("zionist", "witches"), ("zio", "witch"),
     ("zio", "parasites"),
     # Black women on benefits, the dog whistle ("Welfare queen turned councillor", the
     # 901st set; not "the welfare queen myth", named: SLUR_OTHER_SENSE_AFTER)
     ("welfare", "queen"), ("welfare", "queens"),
     # Arabs, South Asians and Sikhs as desert dwellers ("These sand people all look the
     # same", the 909th set; not Star Wars' Tusken raiders: SLUR_OTHER_SENSE_*)
     ("sand", "people"),
     # gay men, in the Jamaican slur ("another batty boy ruining the beautiful game", the
     # 651st set; "batty" alone is "mad")
     ("batty", "boy"), ("batty", "boys"), ("batty", "man"), ("batty", "bwoy"),
     # Christian converts as bought with rice ("rice bag wali sarpanch", the 659th set; not
     # "the rice bag split")
     *(
         ("rice", "bag", who)
         for who in ("wali", "wala", "wale", "christian", "christians", "convert", "converts",
                     "isaai", "isai")
     ),
     # ... and in Hindi: "Chawal ki bori wale isai" (the 900th set; not "chawal ki bori 50
     # kilo ki aati hai")
     *(
         ("chawal", "ki", "bori", who)
         for who in ("wali", "wala", "wale", "waale", "waali", "isai", "isaai", "christian")
     ),
     # black Americans as vermin; Channel migrants; Dalits as "low people"
     ("ghetto", "rat"), ("ghetto", "rats"), ("dinghy", "divers"), ("dinghy", "diver"),
     ("neech", "log"), ("neech", "logon"),
     # Dalits in Gujarat, by a caste name used as abuse ("dhed log kabhi sudhar nahi sakte",
     # the 665th set; "dhed" alone is also a spelling of "dedh", one and a half)
     *((dhed, people) for dhed in ("dhed", "dhedh") for people in ("log", "logon", "jaat")),
     # Pakistanis and Muslims said to be goat-fuckers ("inke players toh bakri chodne wale
     # hain", the 663rd set)
     *(("bakri", chod) for chod in ("chod", "chodne", "chodu", "chodon", "chodo")),
     # Northeast Indians by their faces ("momo faces ruining the country", the 670th set);
     # a Muslim official called a jihadi by her work ("typical jihadi bureaucrat", the 669th;
     # not "the jihadi commander", of militants)
     ("momo", "face"), ("momo", "faces"),
     # a gay couple called "chakke" at their wedding ("do chakke shaadi kar rahe hain", the
     # 720th set; "chakke" alone is also sixes in cricket)
     *((chakke, "shaadi") for chakke in ("chakke", "chhakke", "chakkon", "chhakkon")),
     # (and "your face looks like momos", the 704th set; not "these dumplings look like momos")
     *((face, *looks, *momos) for face in ("face", "faces")
       for looks in (("looks", "like"), ("look", "like"), ("like",))
       for momos in (("momos",), ("momo",), ("a", "momo"))),
     # the 680th set, a signboard row in Chennai: South Indians as black ("madrasi kale
     # log"), north Indians as gutkha spitters
     *((madrasi, black) for madrasi in ("madrasi", "madrasis") for black in ("kale", "kaale")),
     *((black, madrasi) for black in ("kale", "kaale", "kaala", "kala")
       for madrasi in ("madrasi", "madrasis")),
     *((gutkha, spitting, who) for gutkha in ("gutkha", "gutka", "paan")
       for spitting in ("spitting", "spitters", "chewing")
       for who in ("bhaiyas", "bhaiyyas", "bhaiyye", "biharis", "northies", "migrants")),
     *(("jihadi", work) for work in ("bureaucrat", "bureaucrats", "officer", "officers",
                                    "afsar", "collector", "judge", "judges", "anchor", "doctor",
                                    "doctors", "teacher", "teachers", "cricketer", "mayor",
                                    "mla", "mp", "neighbour", "neighbours")),
     # ... and in uniform ("A jihadi in uniform is still a jihadi", the 1333rd set, a Muslim
     # woman made SP)
     *(("jihadi", "in", dress) for dress in ("uniform", "khaki", "vardi")),
     # the disabled, in the Nazis' word for those they killed first
     ("useless", "eaters"), ("useless", "eater"),
     # Northeast Indians as "chapti naak" (flat-nosed) people
     ("chapti", "naak"),
     # ... and by their faces: "Chapte chehre wali ko medal" (the 403rd set)
     # (not "chapte chehre wala emoji")
     *((flat, face, who) for flat in ("chapte", "chapta", "chapti") for face in ("chehre", "chehra")
       for who in ("wali", "wale", "walon", "waali", "waale")),
     # reservation's beneficiaries as the state's pampered sons-in-law
     ("sarkari", "damaad"), ("sarkari", "damad"), ("sarkari", "damaado"),
     ("sarkari", "damaadon"),
     ("ching", "chong"), ("ching", "chongs"), ("sand", "nigger"),
     # the transphobic trope: "just a man in a dress pretending to be a woman"
     # casteist: "reservation ki paidaish" (a product of reservation); Islamophobic: "love
     # jihadi" (not "the so-called love jihad law")
     *((quota, of, product) for quota in ("reservation", "quota") for of in ("ki", "ka")
       for product in ("paidaish", "paidawar", "aulad", "product")),
     ("love", "jihadi"), ("love", "jihadis"), ("jihadi", "breeders"),
     # the Hindi belt as "cow-dung belt"; South Indians as "idli-sambar wale" (not "the cow
     # belt", said by every commentator)
     *(("gobar", belt) for belt in ("patti", "belt", "pattiwale", "log", "logon")),
     # Bengalis as "fish-eaters" (not fish eaters at large)
     *((bengali, "fish", eaters) for bengali in ("bengali", "bong", "bongs", "bengalis")
       for eaters in ("eaters", "eater")),
     *(("idli", sambar, wale) for sambar in ("sambar", "sambhar")
       for wale in ("wale", "waale", "walon", "log")),
     # "chakke log": gay and trans people as the slur has it (a "chakka" alone is also a six)
     *((six, "log") for six in ("chakke", "chhakke", "chakka", "chhakka")),
     # Indians as the hostile name them (the 284th set)
     ("street", "shitter"), ("street", "shitters"), ("street", "shitting", "capital"),
     # "You must be a bender yourself" (the 272nd set; not "went on a bender")
     ("be", "a", "bender"), ("youre", "a", "bender"), ("hes", "a", "bender"),
     ("you", "bender"), ("bunch", "of", "benders"),
     # "tere jaise chhakke": a reader likened, not a cricket six (the 268th set; not "Dhoni
     # jaise chhakke koi nahi maarta")
     *((you, like, six) for you in ("tere", "tera", "tum", "tumhare", "tujh", "aap")
       for like in ("jaise", "jaisa", "jaison") for six in ("chakke", "chhakke")),
     # Hindus called what "gaumutra" calls them: "cow piss drinkers"
     *(("cow", piss, drinker) for piss in ("piss", "urine", "pee")
       for drinker in ("drinker", "drinkers")),
     # a Muslim in public life called a jihadi: "boycott this jihadi actor"
     *(("jihadi", who) for who in ("actor", "actors", "actress", "cricketer", "cricketers",
                                   "journalist", "journalists", "anchor", "neta", "netas",
                                   "minister", "mla", "mp", "professor", "student",
                                   "students", "singer", "director", "khan", "khans")),
     # "madarsa chhap" (stamped by a madrasa: an uneducated Muslim), "puncture wale" (Muslims
     # as tyre-repairers), "rice bag converts" (Christians as bought), "gobar bhakt" (Hindus
     # as cow-dung worshippers): Indian slurs made of ordinary words
     *((school, stamp) for school in ("madarsa", "madrasa", "madrassa", "madarsaa")
       for stamp in ("chhap", "chap", "chaap", "chhaap")),
     # the plural that lumps people together ("ye puncture walon ki aukat"): the singular is
     # also the man who mends a tyre
     *(("puncture", seller) for seller in ("walon", "waalon", "walo")),
     ("abdul", "ka", "puncture"),
     # "typical ghati mentality": Maharashtrians (not "Kashmir ghati", the valley)
     *((ghati, what) for ghati in ("ghati", "ghaati") for what in ("mentality", "log", "logon")),
     *(("rice", bag, who) for bag in ("bag", "bags")
       for who in ("converts", "convert", "christians", "christian", "isai", "isaai")),
     *(("gobar", who) for who in ("bhakt", "bhakts", "bhakton", "bhakto")),
     # "Convert chamcha" said of a Christian minister, "idli sambar khane wale" of South
     # Indians (the 750th set; not "idli sambar for breakfast")
     *(("convert", toady) for toady in ("chamcha", "chamche", "chamchon", "chamchi")),
     # a reader called the stooge of a people named by a slur: "tu khud bhi inhi jihadiyon
     # ka chamcha lagta hai" (the 942nd set)
     *((people, of, toady)
       for people in ("jihadiyon", "jihadion", "jehadiyon", "mullon", "katuon", "katwon")
       for of in ("ka", "ke", "ki")
       for toady in ("chamcha", "chamche", "chamchi", "dalal", "pitthu", "ghulam", "agent")),
     *(("idli", "sambar", eating, who) for eating in ("khane", "khaane")
       for who in ("wale", "waale", "walon", "walo", "wala")),
     # "Momo khane wale pahadiyon ko ..." said of Ladakhis (the 766th set; not "momos in
     # Leh's old town")
     *((momo, eating, who) for momo in ("momo", "momos") for eating in ("khane", "khaane")
       for who in ("wale", "waale", "walon", "walo", "wala")),
     ("white", "trash"), ("trailer", "trash"), ("border", "hopper"), ("border", "hoppers"),
     ("border", "jumpers"), ("race", "traitor"), ("race", "traitors"),
     # a Black or brown politician called a traitor to his race (the 827th set): "Uncle Tom
     # in a blue rosette", "She's a coconut, brown on the outside" (not "my uncle Tom" nor
     # "Uncle Tom's Cabin": SLUR_OTHER_SENSE_BEFORE and _AFTER; not "the coconut milk")
     ("uncle", "tom"), ("uncle", "toms"),
     *((*who, "coconut") for who in (("shes", "a"), ("hes", "a"), ("youre", "a"), ("such", "a"),
                                      ("total",), ("typical",), ("tory",))),
     *(("coconut", who) for who in ("politician", "politicians", "tory", "tories", "mp", "mps")),
     # "shaadi ek kaale habshi se" (the 831st set; "habshi" alone, see SLURS above)
     *((black, "habshi") for black in ("kaale", "kaala", "kale", "kala", "kaali", "kali")),
     ("kung", "flu"), ("curry", "muncher"), ("curry", "munchers"), ("jungle", "bunny"),
     ("curry", "munching"),  # "Curry-munching communist" (the 774th set)
     ("curry", "queen"), ("curry", "queens"),  # "Another H1B curry queen" (the 1073rd set)
     ("jungle", "bunnies"), ("moon", "cricket"), ("moon", "crickets"),
     # "Throw this camel jockey out of Congress" (the 315th set; not a camel race's jockey)
     *((who, "camel", jockey) for who in ("this", "that", "you", "these", "those", "dirty",
                                          "filthy") for jockey in ("jockey", "jockeys")),
     # "Typical yid" (the 324th set; not the "Yid Army" of Tottenham's terraces)
     *((who, yid) for who in ("typical", "dirty", "filthy", "greedy", "this", "that", "fucking")
       for yid in ("yid", "yids")),
     # "Another goat humper running a Western city" (the 329th set), "goat-shagging savages"
     # (the 365th), "carpet-munchers" said of lesbians (the 366th)
     *(("goat", who) for who in ("humper", "humpers", "shagger", "shaggers", "fucker",
                                 "fuckers", "shagging", "humping", "fucking")),
     *(("carpet", muncher) for muncher in ("muncher", "munchers", "munching")),
     # "Nig nog in charge of the Met", "Yellow vermin." (the 368th and 369th sets; not
     # "black vermin traps", a product)
     ("nig", "nog"), ("nig", "nogs"), ("yellow", "vermin"),
     # Muslims as a butcher people (the 313th set; not one butcher, "kasaai ki dukaan")
     *((butcher, "kaum") for butcher in ("kasaai", "kasai", "qasai", "kasaiyon")),
     # Hindus as the hostile name them (the 297th set; "cow worship" names the practice), and
     # as idol worshippers (the 864th set: "No idol worshippers in Congress"; "idol worship"
     # is also a K-pop fandom's)
     *((what, worshippers) for what in ("cow", "idol")
       for worshippers in ("worshipper", "worshippers", "worshipping", "worshiper",
                           "worshipers", "worshiping")),
     # "gaumutra peene wale": Hindus as cow-urine drinkers; "moot pine walon" (TRAC-1 Hindi
     # train): the drinkers named (not "kisan mutr pine pe mazboor", farmers' protest told)
     ("gaumutra", "peene"), ("gomutra", "peene"), ("gaumutra", "drinkers"),
     ("gomutra", "drinkers"), ("gaumutra", "pine"), ("gomutra", "pine"),  # (the 733rd set)
     *((urine, drinking, ones) for urine in ("moot", "mutr", "mutra", "mootra")
       for drinking in ("pine", "peene") for ones in ("wale", "walo", "walon", "waale")),
     # "Abdul" as the name for every Muslim: "ye Abdul log" (not "Abdul Kalam")
     *(("abdul", who) for who in ("log", "logon", "logo", "types", "brigade")),
     # "she-male" (the slur, hyphen read as a space); "neech jaati" (low caste); "kaale
     # kaloote log" (black as soot, of South Indians and Africans; not "kaale kaloote
     # badal", rain clouds)
     ("she", "male"), ("she", "males"), ("he", "she"), ("he", "shes"),
     # "go drink your camel piss" said to Muslims; a wheelchair user as "vegetable on wheels"
     # (the 404th and 405th sets)
     *(("drink", whose, "camel", "piss") for whose in ("your", "ur", "their", "his", "her")),
     ("camel", "piss", "drinkers"), ("vegetable", "on", "wheels"),
     # "Curry-stinking invaders" (the 398th set)
     ("curry", "stinking"), ("curry", "stinkers"), ("curry", "stinker"),
     # "her curry-scented kids" (the 758th set; not "curry-scented candles"); a Muslim woman
     # reporter as "burqa wali patrakar" (the 756th), a Muslim woman as "this mullani" (a
     # surname too: only after a pointing word, or before "ki himmat / aukaat")
     *(("curry", "scented", who)
       for who in ("kids", "children", "family", "families", "people", "wife", "husband",
                   "immigrants", "indians", "bastards", "diversity", "brats", "neighbours",
                   "neighbors", "coworkers", "colleagues")),
     *((burqa, wali, who) for burqa in ("burqa", "burka", "burkha") for wali in ("wali", "waali")
       for who in ("patrakar", "reporter", "anchor", "journalist", "madam")),
     *((this, "mullani") for this in ("ye", "yeh", "is", "us", "typical", "ek")),
     *(("mullani", "ki", dare) for dare in ("himmat", "aukaat", "aukat", "zabaan", "zuban")),
     *(("neech", caste) for caste in ("jaati", "jati", "jaat", "jaatiyon", "jatiyon")),
     # (and "kaala kaloota tamil", the 680th set)
     *((black, sooty, who) for black in ("kaale", "kale", "kaali", "kaala", "kala") for sooty in
       ("kaloote", "kalute", "kaloot", "kalooti", "kaluti", "kaloota", "kalota") for who in
       ("log", "logon", "madrasi", "madrasis", "tamil", "bihari", "africans", "habshi",
        "south")),  # ("south": "kaale kaloote South walon", the 352nd set)
     # East Asian faces mocked ("slit-eyed rats"); tribal people as savages and monkeys
     # ("in jangliyon ko", "jungle ke bandar": not "jangli billi", a wildcat)
     *((slit, eyed) for slit in ("slit", "slant", "slitty", "slanty")
       for eyed in ("eyed", "eyes")),
     *((these, savages) for these in ("in", "inn", "un", "ye", "yeh")
       for savages in ("jangliyon", "jangliyo", "jungliyon")),
     *((*wild, *monkeys) for wild in (("jungle", "ke"), ("jungli",), ("jangli",))
       for monkeys in (("bandar",), ("bandaron",))),
     # a people called a race of thieves or traitors: "chor qaum", "gaddar qaum"
     *((vice, "qaum") for vice in ("chor", "gaddar", "gaddaar", "harami", "ghatiya", "jaahil",
                                   "jahil", "kameeni", "kamini", "napak", "zaleel", "dogli",
                                   "makkar", "gandi"))}
)  # fmt: skip

# Slur phrases that are slurs only hyphenated: "she-male" (not "is she male or female?").
HYPHENATED_SLURS = frozenset(
    {("she", "male"), ("she", "males"), ("he", "she"), ("he", "shes")}  # ("he-shes": the 399th set)
)

# Common words that join the listed ones in a hashtag's slogan ("#WomenBelongInTheKitchen",
# "#DalitsKnowYourPlace", "#IStandWithFarmers"), for splitting it (`hashtags.py`).
HASHTAG_WORDS = _words(
    """
    a i all the is are was were be been in on at to of for and or not no with without from
    by out up down off over back here there where when why how who what which them they
    their her him his she he it its we us our you your my me this that these those every
    each one only now then get go stop know place belong belongs deserve deserves need needs
    must should will can cant dont never more less save protect ban stand justice free love
    hate want wants war peace day time country nation home land own first last end give take
    make let see say tell trust vote beat deport throw kick send drive chase expel boycott
    fire speech truth news media fake real true wrong right new old good bad big small
    people man men woman women girl girls boy boys child children life world india indian
    state government law police army school star science plastic pollution
    u ur im an as do so ka ke ki ko se pe ek ye ho ji hi
    """
)
# Halves of phrases that would split a hashtag wrongly: "nig" and "nog" ("nig nog") would
# read "#niggas" as "nig gas".
NOT_HASHTAG_WORDS = frozenset({"nig", "nog"})
# Protected groups, as words (plural or collective) and as two-word phrases.
GROUP_WORDS = _words(
    """
    parprantiya parprantiyanna parprantiyan
    blacks africans asians chinese japanese koreans indians pakistanis bangladeshis arabs
    mexicans latinos latinas latinx hispanics immigrants migrants refugees foreigners aliens
    jews muslims moslems christians hindus sikhs buddhists catholics gays homosexuals
    lesbians bisexuals transgenders transgender trans queers lgbt lgbtq women females girls
    gypsies roma dalits natives aboriginals disabled cripples autistics deaf blind harijans
    musalman musalmaan musalmano musalmanon musalmaanon hinduon sikhon isai dalito
    biharis bihari bengalis madrasis madrasan madrasans punjabis gujaratis marathis tamils
    kashmiris brahmins
    northeasterners adivasis jew muslim easterners westerners homosexual islam hinduism
    christianity judaism sikhism sikh rohingya rohingyas uyghurs uighurs kurds palestinians
    tibetans nepalis somali somalis afghan afghans albanians romanians nigerians syrians
    iraqis eritreans zionists
    sardars sardarji sardarjis jats jatts jaat jaats jaaton tamilians assamese yadavs yadavon
    rajputs thakurs baniyas
    banias marwaris marwadis marwadiyon sindhis malayalis telugus kannadigas odias
    bengaliyon bihariyon biharion marathiyon gujaratiyon punjabiyon madrasiyon kashmiriyon
    marwariyon sindhiyon nepaliyon pahadiyon
    israelis russians ukrainians iranians gujjus baniye baniyon
    shudra shudras brahmin muzlim muzlims mozlem mozlems mozlim mozlims
    nagas manipuris mizos kukis meiteis kuki meitei tribals hijabis miyas isaiyon isaiyo isaaiyon
    isaai kinnar kinnaron kinnaro slavs europeans baniya filipinos filipinas sardaron
    blackfella blackfellas hindoo hindoos kayasth kayasths kayasthon
    apahij viklang dravidians viklangon apahijon
    travellers tinkers
    gorkhe gorkhas gorkhon gurkhas
    mallus
    """
)
# Words that name a protected group when they qualify people: "Muslim men", "deaf people".
GROUP_ADJECTIVES = _words(
    """
    black white brown jewish muslim islamic hindu sikh christian catholic buddhist gay
    lesbian bisexual trans transgender queer disabled deaf blind autistic handicapped
    chinese japanese korean asian african arab indian pakistani bangladeshi mexican latino
    hispanic immigrant native foreign dalit zionist
    syrian somali afghan iraqi nigerian romanian albanian eritrean sudanese roma romani gypsy
    aboriginal
    madrasi punjabi bengali kashmiri marwari marwadi gujarati marathi sindhi gujju pahadi
    naga manipuri mizo kuki meitei tribal hijabi turbaned tamil telugu kannadiga malayali
    migrant adivasi filipino filipina slavic tamilian
    """
)
PEOPLE_NOUNS = _words(
    """
    people folks men women girls boys kids children persons families parents immigrants
    americans guys race population community communities migrants infiltrators settlers
    converts workers youths illegals ghuspaithiye ghuspaithiyon ghuspaithi teachers
    doctors nurses students couples neighbours neighbors voters refugees players fans
    cricketers
    grannies grandmothers grandmas mothers mums moms fathers dads aunties uncles lads teens
    teenagers youngsters
    auratein aurtein auraten
    """
) | _words(
    # a criminal's family, whom a call to violence names: "his whole family should be burnt
    # alive" (the criminal himself is not here on purpose: see ROLE_NOUNS)
    "family wife son sons daughter daughters relatives"
)
# Abstract names of faiths: "kill Islam" is not a call to kill anyone.
FAITHS = _words("islam hinduism christianity judaism sikhism")
# People named by what they do or think, whom a call to violence can target ("Shoot the
# protesters", "Hang the traitors"). Not criminals ("Hang the rapists" asks for a sentence).
ROLE_NOUNS = _words(
    """
    protesters protestors demonstrators rioters strikers marchers agitators activists
    farmers kisans journalists reporters editors anchors judges politicians ministers mps
    mlas leftists lefties liberals libtards libs commies communists socialists marxists
    conservatives tories republicans democrats dems bhakts sanghis traitors gaddar gaddars
    gaddaron deshdrohi deshdrohiyon presstitutes sickulars globalists bankers elites
    opposition eaters traitor scientists
    """
)
# Verbs that, ordered against people, call for violence; "whip" is also parliament's.
VIOLENT_VERBS = _words(
    """
    kill shoot hang lynch gas burn murder stab behead slaughter exterminate massacre butcher
    torch napalm nuke execute flog stone firebomb gun mow wipe run
    """
)
# What "should be ..." wishes on people: "these farmers should be shot on sight".
VIOLENT_PARTICIPLES = _words(
    """
    shot hanged hung lynched gassed burned burnt killed murdered slaughtered exterminated
    beheaded butchered stoned flogged executed massacred nuked napalmed tortured crushed
    """
)
# What a verb done "to the X" in a contest is done in: "slaughter the Tories at the polls".
CONTESTS = _words(
    """
    polls poll election elections ballot vote votes voting electorally landslide seats
    debate debates match game final finals series tournament
    """
)
PREPOSITIONS = _words(
    "with of in at by from about and or as around near over out up into onto behind like time"
)
_GROUP_HEADS = ("people", "those", "anyone", "everyone", "someone", "somebody", "anybody")
_CONDITIONS = (
    ("disability",),
    ("disabilities",),
    ("a", "disability"),
    ("mental", "illness"),
    ("mental", "illnesses"),
    ("a", "mental", "illness"),
    ("mental", "disabilities"),
    ("a", "mental", "disability"),
    ("physical", "disabilities"),
    ("a", "physical", "disability"),
    ("autism",),
    ("down", "syndrome"),
)
GROUP_PHRASES = frozenset(
    {(adjective, noun) for adjective in GROUP_ADJECTIVES for noun in PEOPLE_NOUNS}
    | {(head, "with", *condition) for head in _GROUP_HEADS for condition in _CONDITIONS}
    # the writers of a caste put in their place ("Dalit writers should stick to sweeping",
    # the 1168th set; a people's artists elsewhere are named in argument: "Pakistani artists
    # were banned in India" is no group spoken of)
    | {
        (caste, noun)
        for caste in ("dalit", "adivasi", "tribal", "bahujan")
        for noun in ("writers", "authors", "poets", "artists", "scholars", "professors")
    }
    | {
        # migrants from UP and Bihar, in Mumbai's word for them: "ye bhaiyye", "bhaiyye log"
        # (the 379th set; not "Bhaiyye, ek chai dena", a vendor addressed)
        ("ye", "bhaiyye"),
        ("yeh", "bhaiyye"),
        ("in", "bhaiyyon"),
        ("bhaiyye", "log"),
        # ... spelt with one y, after the states named ("Ye UP-Bihar ke bhaiye", the 1169th)
        ("ye", "bhaiye"),
        ("yeh", "bhaiye"),
        ("bhaiye", "log"),
        ("bihar", "ke", "bhaiye"),
        ("up", "ke", "bhaiye"),
        # Hindi speakers as a people in a language row ("idiot hindi wallahs, go home", the
        # 680th set)
        ("hindi", "wallahs"),
        ("hindi", "wallas"),
        ("hindi", "walas"),
        ("jaise", "bhaiyye"),  # "tum jaise bhaiyye mumbai aake vote dete ho" (the 661st set)
        ("sardar", "log"),  # (not "Sardar Patel", a name)
        # newcomers to a town ("half of the new arrivals are criminals and parasites who
        # should be thrown out", a long comment of the 1069th set)
        ("new", "arrivals"),
        # Ireland's Travellers by their name ("Wow, an Irish traveller with a job, ...", the
        # 1094th set; "a traveller" alone is anyone on a trip)
        ("irish", "traveller"),
        ("irish", "travellers"),
        # the old as a people: "Old people are parasites sucking the young dry" (the 772nd
        # set); phrases, not group words, because the learned model masks group words and
        # was trained with these unmasked
        ("old", "people"),
        ("elderly", "people"),
        ("elderly",),
        ("old", "folks"),
        ("pensioners",),
        ("boomers",),
        ("oaps",),
        ("african", "american", "people"),
        ("african", "americans"),
        ("native", "americans"),
        ("yellow", "people"),
        ("middle", "eastern", "people"),
        ("middle", "easterners"),
        ("people", "from", "the", "middle", "east"),
        ("people", "from", "africa"),
        ("people", "from", "china"),
        ("people", "from", "mexico"),
        ("middle", "eastern", "men"),
        ("middle", "eastern", "man"),
        # India's northeast, whose people meet racism in the rest of the country
        ("northeast", "people"),
        ("north", "east", "people"),
        ("northeastern", "people"),
        ("people", "from", "the", "northeast"),
        ("people", "from", "northeast"),
        ("the", "jews"),
        ("the", "disabled"),
        ("the", "mentally", "ill"),
        ("mentally", "ill"),
        ("mentally", "ill", "people"),
        ("mentally", "disabled", "people"),
        ("people", "in", "wheelchairs"),
        ("you", "people"),
        # "tere jaise log desh pe bojh hain": people like the reader, as a body (not the
        # English "people like you", as often kind or neutral: "to make people like you think")
        ("tere", "jaise", "log"),
        ("tum", "jaise", "log"),
        ("tumhare", "jaise", "log"),
        ("tujh", "jaise", "log"),
        ("these", "people"),
        ("those", "people"),
        ("your", "kind"),
        ("their", "kind"),
        ("his", "kind"),
        ("her", "kind"),
        # "Kashmir ke log namak haram hain": a region's people, in Hindi
        *(
            (place, "ke", "log")
            for place in (
                "kashmir",
                "bihar",
                "bengal",
                "punjab",
                "kerala",
                "assam",
                "manipur",
                "gujarat",
                "haryana",
                "nagaland",
                "mizoram",
                "kolkata",
                "up",
            )
        ),
        ("ye", "log"),
        ("yahi", "log"),
        *((mulla, "log") for mulla in ("mulla", "mulle", "mullah")),
        # "Madrasi log sab ... hote hain": a region's people, in Hindi
        *(
            (region, "log")
            for region in (
                "madrasi",
                "bihari",
                "bengali",
                "punjabi",
                "gujarati",
                "marathi",
                "kashmiri",
                "pahadi",
                "nepali",
                "chinki",
                "marwari",  # "kanjoos marwari log" (the 770th set)
                "marwadi",
                "sindhi",
                "gujju",
            )
        ),
        ("yeh", "log"),
        # "burqa wali aunties": Muslim women named by what they wear
        *(
            (burqa, wali)
            for burqa in ("burqa", "burqe", "burkha", "burke", "burka")
            for wali in ("wali", "waali", "waliyan", "waliyon", "wale", "walon")
        ),
        # "missionary log ... sab dhokebaaz hain": Christians named by their mission
        ("missionary", "log"),
        ("missionaries",),
        # "Urdu-speaking snakes", "Bangla-speaking rats": peoples named by their language
        *((language, "speaking") for language in ("urdu", "bangla", "bengali")),
        # "typical burqa-clad columnist": Muslim women named by what they wear
        *(
            (burqa, clad)
            for burqa in ("burqa", "burka", "burkha", "hijab")
            for clad in ("clad", "wearing")
        ),
        # "Jatt log": the Jats (the caste), in Hindi
        *((jat, log) for jat in ("jatt", "jat", "jaat") for log in ("log", "logon")),
        # "Marathi manoos": the Marathi people, in Marathi
        ("marathi", "manoos"),
        ("marathi", "manus"),
        ("marathi", "maanus"),
        ("in", "logon"),
        ("sardar", "log"),
        ("sardarji", "log"),
        ("sardaron",),
        ("daliton",),  # the Devanagari plural, romanised
        ("nepali",),
        # women named by their work: "Female MPs are just there to make up the numbers"
        *(("female", noun) for noun in (*PEOPLE_NOUNS, *ROLE_NOUNS)),
        *((hijra,) for hijra in ("hijde", "hijre", "hijdon")),
        # faiths and sects whose names do not yet mask the learned model's features
        *((faith,) for faith in ("jains", "parsis", "atheists", "shias", "sunnis", "ahmadis")),
        # ... and in Hindi (the 808th set): "Sharam karo Jainiyon", "Jain log"; white people
        # and foreigners, "Gore log sab racist hote hain", "firangiyon ko" (the 810th)
        ("jainiyon",),
        ("jainiyo",),
        ("jain", "log"),
        ("jain", "logon"),
        ("jain", "baniye"),
        ("gore", "log"),
        ("gore", "logon"),
        ("goron",),
        ("firangiyon",),
        ("firangi", "log"),
        # Pakistan's Sunni schools, named in sectarian abuse (the 836th set): "Qabar parast
        # Barelviyon ka bhi yahi ilaj hai"
        *(
            (school,)
            for school in _words(
                "barelvi barelvis barelviyon deobandi deobandis deobandiyon wahhabi wahhabis"
                " wahabi wahabis"
            )
        ),
        # ... and its sects in Hindi and Urdu: "Ye Shia log sab Iran ke agent hain"
        ("shia", "log"),
        ("shia", "logon"),
        ("shiyon",),
        ("shiaon",),
        ("sunni", "log"),
        ("sunniyon",),
        # Afghans and Pathans in Urdu (the 838th set): "Afghani namak haram hain", "In
        # Afghaniyon ki auratein bhi ..." ("Pathan" alone is also a surname)
        ("afghani",),
        ("afghaniyon",),
        ("afghaniyo",),
        ("pathanon",),
        ("pathano",),
        ("pathan", "log"),
        ("pathan", "logon"),
        # Christians in Urdu and Hindi (the 825th set): "Masihi log gande hain"
        *((masihi,) for masihi in ("masihi", "maseehi", "masihiyon", "maseehiyon", "masihiyo")),
        # Rajasthan's Gujjars and Meenas (the 812th set): "Gujjar toh doodh bechne aur bhains
        # charane layak hain", "Meenay log chor hote hain" ("Meena" alone is a woman's name);
        # "neeche wale log" (lower castes): "Ye neeche wale log hain, inki aukat nahi ..."
        ("gujjar",),
        ("gujjars",),
        ("gujjaron",),
        ("meenay",),
        ("meenon",),
        ("meena", "log"),
        ("meena", "logon"),
        ("meena", "samaj"),
        ("neeche", "wale", "log"),
        ("neeche", "walon"),
        ("nichli", "jaati"),
        ("nichli", "jaat"),
        ("upper", "castes"),
        ("lower", "castes"),
        ("lower", "caste", "people"),
        # "SC-ST wale", "reserved category idiots": castes named by their reserved places
        ("sc", "st", "wale"),
        ("sc", "st", "log"),
        ("sc", "st", "people"),
        ("scst", "wale"),
        ("reserved", "category"),
        # "reservation wale bhikari": people named by the quota they are said to live on
        *((quota, wale) for quota in ("reservation", "quota") for wale in ("wale", "walon")),
        # "Adivasi log", "Yadav log": a tribe or a caste as a body, in Hindi; "mian log", the
        # Bengali-origin Muslims of Assam (not "Mian saab", a man's title)
        *(
            (people, log)
            for people in ("adivasi", "yadav", "mian", "miyan", "miya")
            for log in ("log", "logon")
        ),
        # "pagdi wale", "turban wallahs": Sikhs named by the turban
        *(
            (turban, wale)
            for turban in ("pagdi", "pagri", "turban")
            for wale in ("wale", "waale", "walon", "wallahs", "wallah", "walas")
        ),
        # ... and "turban wearers" ("Ship every turban wearer back", the 909th set)
        ("turban", "wearer"),
        ("turban", "wearers"),
        # "UP wale gawaar": a state's people, in Hindi (not "UP wale netaji": one man)
        *((state, "wale") for state in ("up", "bihar", "bengal", "punjab", "haryana", "assam")),
        ("harijan", "log"),  # (the 489th set; "Harijan shabd" is the word, named)
        # Kashmiri Pandits, in Hindi (the 902nd set; not "pandit ji", one priest)
        ("pandit", "log"),
        ("pandit", "logon"),
        ("kashmiri", "pandit"),
        ("kashmiri", "pandits"),
        ("dakshin", "wale"),  # the South's people (the 485th set)
        ("upper", "caste", "people"),
        ("mullahs",),
        # conditions named as people (the ninety-sixth judgment set)
        *((people,) for people in ("schizophrenics", "dyslexics", "epileptics", "paraplegics")),
        *(
            (condition, noun)
            for condition in ("dyslexic", "schizophrenic", "epileptic", "paraplegic", "bipolar")
            for noun in ("people", "kids", "children", "men", "women", "students", "patients")
        ),
        ("wheelchair", "users"),
        ("turks",),
        ("womens",),  # "women's", its apostrophe dropped
        ("these", "infiltrators"),
        *(("isai", missionary) for missionary in ("mishanri", "missionary", "missionaries")),
        ("south", "indians"),
        ("north", "indians"),
        ("illegal", "immigrants"),
        ("illegal", "aliens"),
        ("illegals",),  # the migrant named by status alone, as the hostile say it
        # north Indian migrants as Mumbai and Bengaluru's hostile call them (the 274th set)
        ("bhaiya", "log"),
        ("bhaiyya", "log"),
        ("bhaiyaa", "log"),
        ("haitians",),
        ("albanians",),
        ("the", "irish"),
        ("irish",),
        # nationalities whose names do not yet mask the learned model's features, and the
        # trades a people is stereotyped by ("Nepali watchmen", "Polish builders")
        *(
            (nation, noun)
            for nation in (
                *GROUP_ADJECTIVES,
                "nepali",
                "polish",
                "romanian",
                "haitian",
                "somali",
                "afghan",
                "nigerian",
                "irish",
                "albanian",
                "rohingya",
                "traveller",
            )
            for noun in (
                *PEOPLE_NOUNS,
                "watchmen",
                "builders",
                "drivers",
                "maids",
                "labourers",
                "laborers",
                "shopkeepers",
                "traders",
                "cleaners",
                "beggars",
                "landlords",
                "businessmen",
                "cabbies",
                "priests",
                "nuns",
                "monks",
                "imams",
                "pastors",
                "clerics",
                "preachers",
            )
        ),
        ("asylum", "seekers"),
        ("these", "immigrants"),
        ("middle", "eastern"),
        ("kashmiri", "pandits"),
        ("kashmiri", "pandit"),
        ("kashmiri", "hindus"),
        ("kashmiri", "muslims"),
        # "Every Palestinian is a terrorist in waiting": one stands for all
        *(
            (*every, person)
            for every in (("every",), ("each",), ("any",), ("every", "single"))
            for person in GROUP_ADJECTIVES
            | {
                "palestinian",
                "israeli",
                "jew",
                "muslim",
                "immigrant",
                "migrant",
                "refugee",
                "foreigner",
                "gypsy",
                "dalit",
                "woman",
                "arab",
                "african",
                "zionist",
            }
        ),
    }
)

# Insults held only where a word before points them at someone: "ye kaali kalooti" (not
# "kaali kalooti wale gaane pe ban lagna chahiye", a song's name). Their phrases start at
# the insult itself, so the pointers ("is", "us") are not cue words of the insult scan.
POINTED_ONLY = frozenset(
    (black, sooty) for black in ("kaali", "kali") for sooty in ("kalooti", "kaluti")
)
POINTERS = _words("ye yeh is iss wo woh us uss tu")
# ... or naming, after it, the person it is said of: "kaali kalooti VC" (a post or a title)
POINTED_AT = _words(
    "vc madam madame mam maam didi behenji anchor minister mantri reporter ladki aurat neta"
    " netri mp mla cm judge teacher collector officer"
    # a woman named by her people: "Kali kalooti Santhalni" (the 896th set)
    " santhalni adivasan madrasan biharan bangalan"
)
# Callings a people may be said unfit for: "Disabled people shouldn't be judges".
CALLINGS = _words(
    "judges doctors teachers pilots police mps nurses lawyers officers ministers soldiers"
    " leaders bosses"
)
# What a generalisation about a group says when it is an attack (after the group, same
# sentence, not negated): "X are lazy", "X should go back", "X can't be trusted".
ATTACK_PREDICATES = _words(
    """
    darpok bhikari bhikhari ghuspaithiye ghuspaithiya ghuspaithi nashedi nashediyon gunde gundey
    aatankwadi aatankwadiyon atankwadi aatanki atanki gande ganda gandi ganday
    stupid dumb lazy criminals criminal animals animal savages savage violent dirty filthy
    inferior terrorists terrorist rapists rapist thieves parasites parasite disgusting evil
    primitive backward barbaric barbarians greedy subhuman vermin worthless useless scum
    trash garbage ugly smelly stink stinks stinky dangerous perverts perverted pedophiles
    paedophiles groomers degenerate degenerates abomination abominations freaks disease
    plague cancer tumour tumor tumours tumors
    infestation invaders invading invasion breed breeding ruin ruining ruined
    destroying destroy leeches leeching moochers illiterate uncivilized uncivilised brutes
    monkeys apes dogs pigs rats cockroaches retarded sick deviants unclean untrustworthy
    liars cheats cheating jihadis jihadi thugs thug brutish selfish sneaky crazy insane
    bigots racists goons nazis orcs spies spy besharam beshram kanjoos kanjus makhichoos
    makkhichoos makhichus makkhichus
    fascists
    jaanwar janwar jaanwaron
    gross pathetic freeloaders lazy inbred backwards hypocrites predators prey steal
    stealing rioting looters looting breeders traitors traitor gaddar gaddaar gaddar
    deshdrohi antinational sheep brainwashed gaumutra menace menaces snakes envious
    jealous helpless termites locusts lice cult bojh deemak keede keedey kide virus
    drunks drunkards alcoholics pickpockets pickpocket thief crook
    spies submissive separatists
    abnormal aggressive arrogant beasts beggars bloodthirsty cheaters conmen
    conniving contagious corrupt cowardly cowards creepy crooked crooks cunning
    deceitful delusional demons deviant dirtier diseased dishonest disloyal dumber
    extremist extremists fanatic fanatics fanatical feral frauds fraudsters germs
    heartless hideous homophobic immoral incapable incompetent inept intolerant
    irrational lawless lazier lecherous lustful manipulative materialistic mindless
    misogynistic misogynists monsters obnoxious parasitic pests predatory promiscuous
    prostitutes psychotic pushy radicals rapey repulsive robots rude scammers scheming
    scroungers shifty simpletons sleazy slutty soulless spongers stingy stupider subservient
    superstitious thieving thuggish treacherous uglier uncultured ungrateful unhygienic
    unintelligent unnatural unqualified unreliable vile warlike whiny zealots zombies
    khalistani khalistanis kaale paidal gandagi thook pattharbaaz patharbaaz pattharbaz
    bimar beemar akdu gandgi chalak chaalak makkar dhokhebaaz dhokebaaz kalank chaalbaaz
    chalbaaz chaalbaz
    stingiest greediest dirtiest laziest dumbest stupidest ugliest smelliest abusers molesters
    vegetables copycats harpies hags bombers addicts junkies dhokebaaz dhokebaz
    infiltrators ghuspaithiye ghuspaithi aalsi kamchor dangai dangaai deceivers kansar
    bomber namakharam namakharaam dushman dushmano dushmanon naxals naxalis naxali naxalites maoists
    gangbangers gangbanger groomer
    predator brats jungli junglee jangli
    sponging scrounging mooching freeloading
    loot
    smuggling smugglers
    smuggler peddler peddlers taskar taskari
    joke sapole saapole sapola kanjoos kanjus ghamandi
    jonk jonken jonkein khatmal khatmalon
    """
)
# Cities and states a people is told to leave, in Hindi ("... inhe Mumbai se nikalo")
_CITIES_AND_STATES = _words(
    """
    mumbai bambai delhi dilli kolkata bengaluru bangalore chennai hyderabad pune goa
    maharashtra gujarat karnataka bengal assam punjab bihar kerala kashmir
    """
)
# What calls for a thing to be done to a people: "should be slapped", "deserve to be beaten"
_CALLED_FOR = (("should",), ("must",), ("need", "to"), ("deserve", "to"), ("ought", "to"))
ATTACK_PHRASES = frozenset(
    {
        ("go", "back"),
        # ... and in the passive: "Bihari labourers should be sent back on the next train"
        # (the 1060th set)
        ("be", "sent", "back"),
        # a people said good for one thing: "These Yadavs only know how to graze cattle and
        # loot" (the sixth whole evening, set 801)
        ("only", "know", "how", "to"),
        ("only", "knows", "how", "to"),
        ("just", "know", "how", "to"),
        # ... and said to care for money alone: "Jain baniye sirf paisa ginna jaante hain"
        # (the 808th set)
        ("sirf", "paisa"),
        ("sirf", "paise"),
        ("bas", "paisa"),
        ("bas", "paise"),
        # "Africans bring disease and crime" (not "migrants bring crime down, a study finds")
        *(
            (bring, what)
            for bring in ("bring", "brings", "spread", "spreads")
            for what in _words("disease diseases drugs rape aids hiv viruses corona covid")
        ),
        # "Immigrants bring crime and disease" (not "bring crime down")
        *((bring, "crime", "and") for bring in ("bring", "brings", "bringing")),
        # "Immigrants are bringing crime into our towns" (the nineteenth session's probe)
        *(
            (bring, *what)
            for bring in ("bring", "brings", "bringing")
            for what in (("crime", "into"), ("crime", "to"), ("disease", "into"), ("drugs",))
        ),
        # stereotypes said as facts, from the nineteenth session's probe of implicit hate:
        # "Asians can't drive", "Black kids grow up without fathers", "Gay teachers want to
        # get at our kids", "Native Americans live off casino money", "Muslims will always
        # put sharia first", "their loyalty is to Israel"
        ("cant", "drive"),
        ("cannot", "drive"),
        # a people made to answer for a state: "every jew in this town should be made to
        # answer for israel" (the 522nd set)
        *(("be", "made", "to", pay, "for") for pay in ("answer", "pay", "atone")),
        # "the jews always cry antisemitism when they get caught" (the 536th set), "typical,
        # they steal and then cry racism"
        *(
            (cry, claim)
            for cry in ("cry", "cries", "crying", "scream", "screams", "screaming")
            for claim in ("antisemitism", "racism", "islamophobia", "racist", "discrimination")
        ),
        # "shut every chinese restaurant down, they brought us covid" (the 526th set; with
        # "us": "travellers brought covid to the island" is a case traced)
        *(
            (brought, "us", *covid)
            for brought in ("brought", "bring", "brings")
            for covid in (("covid",), ("the", "virus"), ("corona",))
        ),
        # "lesbians adopting so they can brainwash the next generation" (the 528th set)
        *(
            (*can, "brainwash", *whom)
            for can in (("can",), ("to",), ("want", "to"), ("wants", "to"))
            for whom in (("our",), ("the", "next"), ("kids",), ("children",), ("them",))
        ),
        # a people said to want all for nothing: "u disabled lot want everything handed to u
        # on a plate" (the 523rd set)
        *(
            (want, "everything", handed)
            for want in ("want", "wants", "expect", "expects")
            for handed in ("handed", "given", "for")
        ),
        *(
            (*grow, "without", *father)
            for grow in (("grow", "up"), ("grew", "up"), ("are", "raised"), ("are", "born"))
            for father in (("fathers",), ("a", "father"), ("dads",), ("a", "dad"))
        ),
        *(
            (*want, *prey, kids)
            for want in (("want", "to"), ("wants", "to"), ("trying", "to"), ("try", "to"))
            for prey in (("get", "at", "our"), ("groom", "our"), ("recruit", "our"))
            for kids in ("kids", "children", "sons", "daughters", "boys", "girls")
        ),
        *(
            (live, "off", *what)
            for live in ("live", "lives", "living", "sponge")
            for what in (
                ("casino", "money"),
                ("welfare",),
                ("benefits",),
                ("handouts",),
                ("the", "state"),
                ("our", "taxes"),
                ("taxpayers",),
                ("the", "taxpayer"),
            )
        ),
        *(
            (*put, country, "first")
            for put in (("put",), ("always", "put"), ("puts",))
            for country in ("sharia", "israel", "pakistan", "china", "mecca", "islam")
        ),
        # (and the same said without a country: "Jews don't care about this country")
        *(
            (*dont, "care", "about", "this", "country")
            for dont in (("dont",), ("dont", "really"), ("do", "not"), ("never",))
        ),
        *(
            (*loyalty, country)
            for loyalty in (
                ("loyalty", "is", "to"),
                ("loyalty", "lies", "with"),
                ("loyal", "only", "to"),
                ("only", "loyal", "to"),
                ("real", "loyalty", "is", "to"),
            )
            for country in ("israel", "pakistan", "china", "mecca", "rome", "beijing")
        ),
        # "Indians are a scam culture" (the 284th set)
        ("a", "scam", "culture"),
        # a people barred from a calling: "Disabled people shouldn't be judges" (the 419th set)
        *(
            (*shouldnt, "be", calling)
            # (not "can't be judges in some countries", a law reported)
            for shouldnt in (("shouldnt",), ("should", "not"))
            for calling in CALLINGS
        ),
        # "Black teens grow up to be criminals anyway" (the 416th set)
        *(
            (grow, "up", "to", "be", vice)
            for grow in ("grow", "grows")
            for vice in ("criminals", "thugs", "terrorists", "rapists", "thieves", "gangsters")
        ),
        # "Bangali babu aur upar se Musalman, double gaddar" (the 418th set)
        ("double", "gaddar"),
        ("double", "gaddaar"),
        # "Every one of them ... bleeds the country dry" (the 407th set)
        *((bleed, "the", "country", "dry") for bleed in ("bleed", "bleeds", "bleeding")),
        # "These people steal for a living" (the 401st set)
        *((vice, "for", "a", "living") for vice in ("steal", "thieve", "scrounge", "beg", "lie")),
        # "Sikhs and Muslims, same smelly lot" (the 398th set)
        *(
            (*the, "same", vile, "lot")
            for the in ((), ("the",))
            for vile in ("smelly", "filthy", "dirty", "stinking", "thieving", "lying", "useless")
        ),
        # "the whole community is a fraud ring" (the 377th set)
        *(
            (a, crime, "ring")
            for a in ("a", "one")
            for crime in ("fraud", "crime", "benefit", "scam")
        ),
        ("a", "culture", "of", "scammers"),
        # "Somalis came here to rob us blind" (the 273rd set; not "came here to work")
        *(
            (come, "here", *only, "to", harm)
            for come in ("came", "come", "comes", "coming")
            for only in ((), ("only",), ("just",))
            for harm in _words(
                "rob steal scam rape sponge scrounge leech loot breed cheat freeload"
            )
        ),
        # "Women are only good for cooking", "Latinos are good for mowing lawns and not much
        # else": a people fit for one menial thing
        ("only", "good", "for"),
        ("only", "fit", "for"),
        ("good", "for", "nothing"),
        ("and", "not", "much", "else"),
        ("and", "nothing", "else"),
        ("and", "little", "else"),
        # the eugenicist's wish: "People with Down syndrome should have been screened out"
        *(
            (*should, done)
            for should in (("have", "been"), ("be",))
            for done in ("aborted", "sterilised", "sterilized", "euthanised", "euthanized")
        ),
        ("have", "been", "screened", "out"),
        ("be", "screened", "out"),
        ("never", "have", "been", "born"),
        # "These women should be slapped back into line" (a people beaten as a lesson; not
        # "are more likely to be beaten by police", a report)
        *(
            (*should, "be", done)
            for should in _CALLED_FOR
            for done in _words("slapped beaten whipped flogged thrashed caned lynched spanked")
        ),
        # "Gay teachers want to groom our kids"
        ("want", "to", "groom"),
        ("groom", "kids"),
        ("groom", "children"),
        ("groom", "our"),
        # "Muslims are enemies of the nation", "the enemy within"
        *(
            ("enemies", "of", *whom)
            for whom in (
                ("the", "nation"),
                ("the", "country"),
                ("the", "state"),
                ("india",),
                ("hindus",),
                ("the", "people"),
                ("humanity",),
                ("our", "nation"),
            )
        ),
        ("the", "enemy", "within"),
        ("enemy", "within"),
        # "Muslims are a fifth column" (the 293rd set), "a sleeper agent" (the 344th)
        ("a", "fifth", "column"),
        ("fifth", "columnists"),
        ("a", "sleeper", "agent"),
        ("sleeper", "agents"),
        ("a", "sleeper", "cell"),
        # "Every Muslim in government is a sleeper for the caliphate" (the 387th set)
        ("a", "sleeper", "for"),
        # "Jews always stick together and screw everyone else" (the 350th set)
        ("screw", "everyone", "else"),
        ("screw", "everybody", "else"),
        # "Slavs are a lower breed" (the 348th set)
        ("a", "lower", "breed"),
        ("an", "inferior", "breed"),
        ("send", "them", "back"),
        ("not", "be", "allowed"),
        # "blacks ruin every city they move into", "Gypsies ruin everything they touch" (the
        # 478th and 434th sets): what a people does, said of the whole of it
        *(
            (ruin, every)
            for ruin in ("ruin", "ruins", "destroy", "destroys", "wreck", "wrecks")
            for every in ("every", "everything", "everywhere")
        ),
        # "Yellow people should be rounded up" (a people, not "the suspects were rounded up")
        ("be", "rounded", "up"),
        # "dalito ko gaon se bahar nikalo": driven out of a village, a town, the country, a
        # college ("college se bahar phek do")
        *(
            (*place, "se", *out)
            for place in (
                ("gaon",),
                ("gaanv",),
                ("shahar",),
                ("sheher",),
                ("mohalle",),
                ("basti",),
                ("society",),
                ("colony",),
                ("india",),
                ("bharat",),
                ("hindustan",),
                ("yahan",),
                ("yaha",),
                ("desh",),
                ("college",),
                ("school",),
                ("university",),
                ("industry",),
                # a city or a state a people is to be driven from: "Machli khor ... ye
                # Bengali, inhe Mumbai se nikalo" (the 770th set)
                *((place,) for place in _CITIES_AND_STATES),
            )
            for out in (
                ("nikalo",),
                ("bahar", "nikalo"),
                ("bhagao",),
                ("bahar", "karo"),
                *(("bahar", throw, "do") for throw in ("phek", "fek", "phenk", "fenk")),
                *(("bahar", throw) for throw in ("phenko", "pheko", "fenko", "feko")),
            )
        ),
        ("bahar", "nikalo"),
        # "gays will burn in hell" (a curse on a rioter publishes; on a people it is hate)
        ("burn", "in", "hell"),
        ("rot", "in", "hell"),
        ("shouldnt", "be", "allowed"),
        # "gay teachers should be kept away from children"
        ("kept", "away", "from", "children"),
        ("kept", "far", "away", "from"),
        ("kept", "away", "from", "kids"),
        ("be", "allowed", "near", "children"),
        # "Africans simply don't have the IQ to ..."
        ("dont", "have", "the", "iq"),
        ("dont", "have", "the", "brains"),
        ("dont", "have", "the", "intelligence"),
        ("lack", "the", "iq"),
        ("lack", "the", "intelligence"),
        ("have", "low", "iq"),
        ("have", "low", "iqs"),
        ("have", "lower", "iqs"),
        ("not", "allowed", "to"),
        ("be", "deported"),
        # "gays should be thrown off buildings", as the Islamic State did
        *(
            ("thrown", "off", *place)
            for place in (
                ("buildings",),
                ("a", "building"),
                ("roofs",),
                ("rooftops",),
                ("the", "roof"),
            )
        ),
        ("be", "banned"),
        ("dont", "belong"),
        ("doesnt", "belong"),
        ("do", "not", "belong"),
        ("taking", "over"),
        ("take", "over"),
        ("less", "intelligent"),
        ("not", "human"),
        ("cant", "be", "trusted"),
        ("cannot", "be", "trusted"),
        ("never", "be", "trusted"),
        ("drain", "on"),
        # "Disabled people are a drain and they know it" (the 476th set)
        ("a", "drain"),
        ("a", "burden"),
        # belonging denied: "they're not real citizens", "Muslims are not true Indians"
        *(
            ("not", real, nation)
            for real in ("real", "true", "proper")
            for nation in ("citizens", "indians", "americans", "british", "hindustani")
        ),
        # "Jews are professional victims", "bi people are the least trustworthy"
        ("professional", "victims"),
        ("least", "trustworthy"),
        # "Queers should not be anywhere near children"
        ("not", "be", "anywhere", "near"),
        *(
            ("be", "kept", "away", "from", *whom)
            for whom in (("children",), ("kids",), ("our", "children"), ("our", "kids"))
        ),
        ("mentally", "ill"),
        ("control", "the", "media"),
        ("control", "the", "banks"),
        ("own", "the", "media"),
        ("own", "the", "banks"),
        ("run", "the", "media"),
        # "Jews control our government" (the 457th set)
        *(
            (control, whose, "government")
            for control in ("control", "controls", "run", "runs", "own", "owns")
            for whose in ("our", "the", "every")
        ),
        # ... and the police and the courts ("jews control the police, that's why nobody
        # will be charged", the 698th set)
        *(
            (control, "the", power)
            for control in ("control", "controls")
            for power in ("police", "courts", "judges", "press")
        ),
        # "Gypsies ... they'll rob your house blind" (the 441st set)
        *(("rob", *whom, "blind") for whom in (("you",), ("us",), ("your", "house"))),
        # "Chinese people are bat eaters" (the 465th set; said of a people only: owls are bat
        # eaters too)
        ("bat", "eaters"),
        ("dog", "eaters"),
        # "Arabs are goat herders who blow themselves up for virgins" (the nineteenth
        # session's probe)
        ("goat", "herders"),
        ("goat", "shaggers"),
        ("blow", "themselves", "up"),
        # "People with schizophrenia are ticking time bombs" (the 444th set)
        ("ticking", "time", "bombs"),
        ("a", "ticking", "time", "bomb"),
        # "Blacks commit most of the crime" (not "women do most of the unpaid care work")
        *(
            ("commit", "most", *crime)
            for crime in (("crime",), ("crimes",), ("of", "the", "crime"), ("of", "the", "crimes"))
        ),
        # the group's suffering endorsed: "deserved what happened to them"
        ("deserved", "what", "happened"),
        ("deserve", "what", "happened"),
        ("had", "it", "coming"),
        # "... misused by these people to blackmail everyone, they deserve what they get"
        # (the 1061st set)
        ("deserve", "what", "they", "get"),
        ("deserve", "whatever", "they", "get"),
        ("deserved", "what", "they", "got"),
        # rights denied: "women shouldn't vote" (not "women can't drive there": a law)
        ("shouldnt", "vote"),
        ("should", "not", "vote"),
        ("shouldnt", "have", "the", "vote"),
        ("run", "the", "world"),
        ("are", "all", "the", "same"),
        ("should", "be", "sterilized"),
        ("should", "be", "sterilised"),
        ("get", "out", "of", "our", "country"),
        ("messed", "up"),
        ("anti", "national"),
        ("anti", "nationals"),
        ("cow", "piss"),
        ("dont", "deserve"),
        ("do", "not", "deserve"),
        ("not", "worth"),
        ("should", "not", "exist"),
        ("shouldnt", "exist"),
        ("commit", "crimes"),
        # "Sikhs bomb planes and now they judge us" (the 1058th set)
        ("bomb", "planes"),
        ("blow", "up", "planes"),
        # "Blacks commit the crimes and now one runs the police" (the 368th set)
        *(
            ("commit", *much, crimes)
            for much in (("the",), ("half", "the"), ("all", "the"))
            for crimes in ("crimes", "crime", "murders", "rapes")
        ),
        # "Women reporters only get hired for their looks"
        ("hired", "for", "their", "looks"),
        ("hired", "for", "her", "looks"),
        ("promoted", "for", "their", "looks"),
        # "Chinese people have no respect for life"
        ("no", "respect", "for", "life"),
        ("no", "respect", "for", "human", "life"),
        ("no", "regard", "for", "human", "life"),
        ("no", "regard", "for", "life"),
        ("dont", "value", "life"),
        ("dont", "value", "human", "life"),
        ("no", "respect", "for", "women"),
        ("never", "integrate"),
        ("locked", "up"),
        ("blow", "it", "up"),
        ("blow", "us", "up"),
        ("no", "place", "in"),
        ("not", "welcome"),
        ("ki", "aulad"),
        ("desh", "se", "nikalo"),
        ("desh", "se", "nikaalo"),  # "in isaiyon ko d3sh se nikaalo" (the 677th set)
        # where a woman "belongs": "women should stay in the kitchen"
        ("stay", "in", "the", "kitchen"),
        ("stick", "to", "the", "kitchen"),
        # ... and whose she is: "Women should be property again" (the 829th set; not "women
        # were property under coverture": a history told)
        ("should", "be", "property"),
        ("be", "property", "again"),
        *(("belong", "to", *whom) for whom in (("men",), ("their", "husbands"), ("a", "man"))),
        # elections (the hundred-and-fifth judgment set)
        # (not "Dalit families sold their votes for nothing; they were threatened": an event)
        *((sell, "their", votes) for sell in ("sell", "sells") for votes in ("votes", "vote")),
        ("sold", "their", "votes", "for", "biryani"),
        *(("too", thick, "to") for thick in ("thick", "dumb", "stupid", "backward")),
        ("can", "be", "bought"),
        ("be", "bought", "for"),
        # crime news, a people blamed (the hundred-and-third judgment set)
        *(
            (one, "and", two)
            for one, two in (
                ("rape", "kill"),
                ("rape", "murder"),
                ("kill", "rape"),
                ("rob", "kill"),
                ("loot", "rape"),
            )
        ),
        *((kill, "again") for kill in ("kill", "rape", "strike", "murder")),
        *(
            (attacking, "our", what)
            for attacking in ("attacking", "attack", "attacks", "destroying", "desecrating")
            for what in ("temples", "mosques", "churches", "women", "daughters", "girls")
        ),
        ("leave", "politics", "to", "men"),
        ("pakistan", "bhejo"),
        ("pakistan", "jao"),
        ("threat", "to", "society"),
        ("smell", "like"),
        # "South Indians smell of coconut oil" (not "smell of ambition")
        *(
            (smell, "of", what)
            for smell in ("smell", "smells", "stink", "stinks")
            for what in (
                "curry",
                "coconut",
                "garlic",
                "onions",
                "sweat",
                "piss",
                "urine",
                "fish",
                "shit",
                "dung",
                "gobar",
                "masala",
                "oil",
                "goat",
                "goats",
                "pork",
            )
        ),
        ("know", "their", "place"),  # "Dalits should know their place"
        # implicit hate in common sayings (the 48th judgment set)
        ("is", "child", "abuse"),  # "gay couples adopting is child abuse"
        # "The Chinese eat bats and dogs, no wonder they spread diseases"
        *(("eat", animal) for animal in ("dogs", "bats", "cats", "rats", "snakes", "cockroaches")),
        ("spread", "diseases"),
        ("spread", "disease"),
        ("the", "new", "nazis"),  # "Israelis are the new Nazis"
        ("a", "waste", "of"),  # "Disabled kids are a waste of the health budget"
        # "Marwari baniyas have looted this country", "Sindhis will sell their own mother"
        *(
            (loot, the, "country")
            for loot in ("looted", "loot", "looting")
            for the in ("this", "the", "our")
        ),
        ("sell", "their", "own", "mother"),
        ("sell", "their", "own", "mothers"),
        ("sell", "their", "mothers"),
        *(("born", vice) for vice in ("cheats", "thieves", "liars", "criminals", "traitors")),
        # "Sardars have no brains, only muscles" (not "no brains for business")
        *(
            ("no", brains, *rest)
            for brains in ("brains", "brain")
            for rest in (("only",), ("at", "all"), ("whatsoever",), ("just",))
        ),
        ("the", "devil"),  # "White people are the devil"
        ("devils",),
        *(
            ("responsible", "for", "the", ill)
            for ill in ("breakdown", "decline", "collapse", "destruction", "downfall")
        ),
        ("too", "emotional", "to"),  # "women are too emotional to be leaders"
        # "women are hysterical" (not "were hysterical with grief")
        *((are, "hysterical") for are in ("are", "too", "so", "always", "just", "all")),
        ("all", "look", "the", "same"),  # "Asians all look the same"
        ("look", "all", "the", "same"),
        # "Mexicans have no culture (or art)" (not "no culture of tipping")
        *(
            ("no", "culture", *after)
            for after in (
                ("or",),
                ("and",),
                ("apart",),
                ("at", "all"),
                ("whatsoever",),
                ("except",),
                ("left",),
            )
        ),
        # "autistic kids shouldn't be in normal schools" (not "should be in normal schools")
        *(
            (*shouldnt, "be", "in", kind)
            for shouldnt in (("shouldnt",), ("should", "not"))
            for kind in ("normal", "regular", "mainstream")
        ),
        # "the gays always want to shove it in our faces" (of a group; of a policy, "forcing
        # Hindi down our throats" is argued)
        *(
            (verb, "it", way, "our", part)
            for verb in (
                "shove",
                "shoves",
                "shoving",
                "ram",
                "rams",
                "ramming",
                "force",
                "forces",
                "forcing",
            )
            for way, part in (("in", "faces"), ("down", "throats"), ("into", "faces"))
        ),
        ("stay", "in", "their", "place"),
        # "Dalits should stay in their part of the village", "... in their ghettos"
        *(
            ("stay", "in", "their", where)
            for where in ("part", "side", "corner", "basti", "bastis", "ghetto", "ghettos")
        ),
        ("stay", "out", "of", "our"),
        ("kept", "out", "of", "our"),
        ("cause", "crime"),
        # "these migrants bring crime wherever they go" (not "bring crime down")
        *(
            (bring, "crime", where)
            for bring in ("bring", "brings")
            for where in ("wherever", "with", "to", "into", "everywhere")
        ),
        ("responsible", "for", "crime"),
        ("rice", "bag"),  # "rice bag converts": Christians as bought, in Indian politics
        ("rice", "bags"),
        ("menace", "to", "society"),
        ("only", "good", "for"),
        ("good", "for", "nothing"),
        ("simple", "minded"),
        ("taking", "our", "jobs"),
        # driven into the sea: "should be put on a boat and pushed back into the sea"
        ("put", "on", "a", "boat"),
        # the conspiracy: "Jews have always been behind every war"
        *(
            ("behind", quantifier, plot)
            for quantifier in ("every", "all", "most")
            for plot in ("war", "wars", "attack", "attacks", "riot", "riots", "crime", "crimes")
        ),
        ("baby", "factories"),
        ("baby", "factory"),
        ("breeding", "machines"),
        *(
            (*making, machines)
            for making in (("baby", "making"), ("babymaking",), ("baby",), ("child", "making"))
            for machines in ("machines", "machine")
        ),
        # "Every Kashmiri is a stone pelter"
        *(("stone", pelter) for pelter in ("pelter", "pelters")),
        # "Muslims never play for India with their heart"
        ("never", "play", "for", "india"),
        ("play", "for", "india", "with", "their", "heart"),
        ("dont", "play", "for", "india", "with", "their", "heart"),
        # "women journalists are all ... sleeping with someone"
        ("sleeping", "with", "someone"),
        ("sleeping", "around"),
        ("sleep", "around"),
        # "these men beat their wives", "they become porn stars"
        *(("beat", "their", whom) for whom in ("wives", "women")),
        *(("porn", star) for star in ("star", "stars")),
        # "women in tech are diversity hires"
        ("diversity", "hires"),
        ("diversity", "hire"),
        ("quota", "hires"),
        # rights denied: "they should lose the right to vote"
        *(
            ("lose", whose, *right)
            for whose in ("the", "their")
            for right in (("right", "to", "vote"), ("voting", "rights"), ("vote",))
        ),
        ("be", "stripped", "of", "voting", "rights"),
        ("be", "stripped", "of", "their", "citizenship"),
        # work by caste: "lower caste people should clean toilets"
        *(
            (clean, *what)
            for clean in ("clean", "cleaning")
            for what in (("toilets",), ("gutters",), ("sewers",), ("drains",), ("latrines",))
        ),
        ("sweep", "streets"),
        ("sweeping", "streets"),
        # "Dalit writers should stick to sweeping" (the 1168th set)
        *(("stick", "to", work) for work in ("sweeping", "scavenging", "cleaning")),
        # "you people don't even look Indian"
        *(
            ("dont", *even, "look", nation)
            for even in ((), ("even",))
            for nation in ("indian", "indians", "british", "american", "english")
        ),
        ("pushed", "into", "the", "sea"),
        ("pushed", "back", "into", "the", "sea"),
        ("thrown", "into", "the", "sea"),
        # wishing a group dead: "should drown", "deserve to die"
        ("should", "die"),
        ("should", "all", "die"),
        ("should", "drown"),
        ("should", "rot"),
        ("deserve", "to", "die"),
        # stereotypes of the commonest kinds (the sixty-sixth judgment set)
        ("wife", "beaters"),
        ("wife", "beater"),
        ("not", "even", "human"),
        ("arent", "even", "human"),
        ("not", "fully", "human"),
        ("less", "than", "human"),
        ("only", "care", "about", "money"),
        ("care", "only", "about", "money"),
        ("smell", "so", "bad"),
        ("smell", "bad"),
        ("smell", "awful"),
        ("eat", "anything", "that", "moves"),
        ("eat", "anything", "with", "legs"),
        ("in", "the", "stone", "age"),
        ("in", "the", "dark", "ages"),
        # (not "living in caves": "Tribal communities living in caves in the hills need
        # roads" says where they live)
        ("live", "in", "caves"),
        ("a", "danger", "to"),
        # "Homosexuals should never be allowed near children" (the link is "should")
        *(
            (never, "be", "allowed", "near", children)
            for never in ("never", "not")
            for children in ("children", "kids", "schools", "our")
        ),
        *(
            ("a", "threat", "to", whom)
            for whom in ("children", "kids", "women", "us", "our", "national", "everyone")
        ),
        # a people blamed for every ill: "Biharis are the root of all problems" (the fiftieth
        # session's sweep: 0 of 24 peoples held; a group must be named before it)
        *(
            (the, cause, "of", "all", *ills.split())
            for the in ("the", "a")
            for cause in ("root", "cause", "source")
            for ills in ("problems", "our problems", "evil", "evils", "the problems", "crime")
        ),
        ("responsible", "for", "all", "our", "problems"),
        ("to", "blame", "for", "everything"),
        ("to", "blame", "for", "all", "our", "problems"),
        # "Muslims are a threat to all humanity", "Pakistanis are a threat to the world"
        # (comments on news pages; not "a threat to the government", a party's or a
        # minister's: politics)
        *(
            ("a", "threat", "to", *whom.split())
            for whom in (
                "humanity",
                "all humanity",
                "mankind",
                "civilisation",
                "civilization",
                "the world",
                "the whole world",
                "the nation",
                "the country",
                "this country",
                "india",
                "hindus",
                "muslims",
            )
        ),
        # a people's expulsion or death deserved: "Kashmiri Pandits deserved to be thrown out"
        *(
            (deserve, "to", "be", fate)
            for deserve in ("deserve", "deserved", "deserves")
            for fate in _words(
                "thrown driven kicked expelled killed raped massacred wiped exterminated"
                " butchered slaughtered burned burnt lynched"
            )
        ),
        ("back", "to", "die"),  # "Send these Rohingya back to die in the sea"
        ("pathar", "baaz"),  # "Kashmiri pathar baaz hain sab ke sab" (stone pelters)
        ("patthar", "baaz"),
        ("desh", "se", "bhagao"),  # "Christian missionaries ko desh se bhagao"
        ("desh", "se", "bahar", "karo"),
        ("be", "seen", "and", "not", "heard"),  # "women journalists should be seen and not heard"
        ("put", "in", "their", "place"),  # "Women like her need to be put in their place"
        # the conspiracy again: "Jews are behind the pandemic"
        *(
            ("behind", "the", plot)
            for plot in ("pandemic", "virus", "covid", "war", "wars", "attacks", "riots", "crisis")
        ),
        # "love jihad": "Muslim boys are trained to trap Hindu girls"
        *(
            (*how, girls)
            for how in (
                ("trained", "to", "trap"),
                ("trained", "to", "lure"),
                ("trap", "hindu"),
                ("lure", "hindu"),
                # "These Dalit boys trap our girls" (the 947th set)
                ("trap", "our"),
                ("lure", "our"),
            )
            for girls in ("girls", "women", "hindu", "daughters")
        ),
        *(("be", "kept", "in", place) for place in ("jail", "prison", "cages", "asylums")),
        # "Muslims are incompatible with civilised society" (not "... with democracy": argued
        # of faiths and ideologies every day)
        *(
            ("incompatible", "with", what)
            for what in ("civilised", "civilized", "civilisation", "civilization", "humanity")
        ),
        # "autistic kids should never be in normal schools"
        *(("should", "never", "be", "in", kind) for kind in ("normal", "regular", "mainstream")),
        # rights denied: "Muslims should have no rights", "... not have the same rights"
        ("should", "have", "no", "rights"),
        ("deserve", "no", "rights"),
        ("shouldnt", "have", "the", "same", "rights"),
        ("shouldnt", "have", "equal", "rights"),
        ("should", "not", "have", "equal", "rights"),
        ("should", "not", "have", "the", "same", "rights"),
        # loyalty and belonging denied: "Jews can never be loyal", "can never be true Indians"
        *(
            (never, "be", *what)
            for never in ("never", "cant", "cannot")
            for what in (
                ("loyal",),
                *(
                    (true, nation)
                    for true in ("true", "real")
                    for nation in ("indians", "americans", "british", "citizens", "patriots")
                ),
            )
        ),
        *(
            (modal, "be", fate)
            for modal in ("should", "must")
            for fate in _words(
                "shot killed hanged hung lynched burned burnt gassed exterminated"
                " eliminated slaughtered wiped"
            )
        ),
        # implicit stereotypes (the seventy-fifth judgment set): "gay people push their
        # lifestyle on our kids", "autistic kids should be kept out of normal classrooms"
        *(
            (push, "their", what)
            for push in ("push", "pushing", "pushes", "impose", "imposing", "force", "forcing")
            for what in ("lifestyle", "agenda", "lifestyles")
        ),
        *(("recruit", whom) for whom in ("children", "kids", "our", "young")),
        *(("kept", "out", "of", kind) for kind in ("normal", "regular", "mainstream", "schools")),
        ("ticking", "time", "bombs"),
        ("ticking", "time", "bomb"),
        # "Mexicans come here to sell drugs and rape women" (not "come here to work")
        *(
            ("come", "here", "to", *crime)
            for crime in (
                ("steal",),
                ("rape",),
                ("rob",),
                ("loot",),
                ("sell", "drugs"),
                ("deal", "drugs"),
                ("live", "off"),
                ("scrounge",),
                ("sponge",),
            )
        ),
        *((sell, "drugs") for sell in ("sell", "selling", "deal", "dealing", "push", "pushing")),
        *(("rape", whom) for whom in ("women", "our", "white", "hindu", "girls", "children")),
        # "Muslim men see every woman as a piece of meat" (not "see women as equals")
        *(
            (treat, *women, how, *thing)
            for treat, how in (
                ("treat", "like"),
                ("treats", "like"),
                ("see", "as"),
                ("sees", "as"),
                ("view", "as"),
                ("views", "as"),
            )
            for women in (("women",), ("every", "woman"), ("their", "women"), ("their", "wives"))
            for thing in (
                ("property",),
                ("objects",),
                ("slaves",),
                ("cattle",),
                ("meat",),
                ("a", "piece", "of", "meat"),
                ("dirt",),
                ("sex", "objects"),
            )
        ),
        # "Muslims can't integrate", "Africans can't govern themselves" (not "can govern")
        *(
            (cant, verb)
            for cant in ("cant", "cannot", "wont", "dont", "refuse", "never")
            for verb in ("integrate", "assimilate")
        ),
        ("refuse", "to", "integrate"),
        ("refuse", "to", "assimilate"),
        *((cant, "govern", "themselves") for cant in ("cant", "cannot", "never")),
        ("incapable", "of", "governing"),
        # "people in wheelchairs shouldn't have children"
        *(
            (*shouldnt, *verb)
            for shouldnt in (("shouldnt",), ("should", "not"), ("should", "never"))
            for verb in (("have", "children"), ("have", "kids"), ("breed",), ("reproduce",))
        ),
        # "Dalits only got where they are through quotas, not merit"
        *((quota, "not", "merit") for quota in ("quota", "quotas", "reservation")),
        ("not", "merit"),
        ("not", "on", "merit"),
        ("not", "by", "merit"),
        ("without", "merit"),
        # the takeover trope: "Muslims will turn this country into an Islamic state"
        *(
            ("into", *state)
            for state in (
                ("a", "caliphate"),
                ("an", "islamic", "state"),
                ("an", "islamic", "country"),
                ("another", "pakistan"),
                ("a", "mini", "pakistan"),
                ("a", "sharia", "state"),
            )
        ),
        *((impose, "sharia") for impose in ("impose", "bring", "enforce", "introduce")),
        # the seventy-sixth judgment set: "Gays are trying to turn our children gay",
        # "Immigrants never learn the language", "Arabs only understand the language of
        # force", "Muslims pretend to be peaceful until they are the majority"
        *(
            (turn, whose, children)
            for turn in ("turn", "turning", "convert", "converting")
            for whose in ("our", "the", "your")
            for children in ("children", "kids")
        ),
        *(
            (*never, "learn", "the", "language")
            for never in (("never",), ("dont",), ("wont",), ("refuse", "to"))
        ),
        *(("language", "of", force) for force in ("force", "violence", "the", "bullets")),
        *(("only", "understand", force) for force in ("force", "violence", "the", "bullets")),
        *(
            ("pretend", "to", "be", virtue)
            for virtue in ("peaceful", "moderate", "loyal", "friendly", "victims", "patriotic")
        ),
        *(
            (until, "they", are, "the", "majority")
            for until in ("until", "once", "when", "till")
            for are in ("are", "become", "outnumber")
        ),
        *(
            (*only, "their", "own", *rest)
            for only, rest in (
                (("look", "after"), ("and", "nobody")),
                (("only", "look", "after"), ()),
                (("only", "care", "about"), ()),
                (("only", "help"), ()),
            )
        ),
        *(("abandon", "their", kids) for kids in ("kids", "children", "families", "babies")),
        *(
            (had, "no", what)
            for had in ("had", "have", "has")
            for what in ("civilisation", "civilization")  # "no culture" above, "no history of"
        ),
        ("cry", "rape"),
        ("lie", "about", "rape"),
        ("lie", "about", "being", "raped"),
        *(("when", "they", "regret", it) for it in ("it", "sex")),
        ("so", "dark", "you"),
        ("so", "black", "you"),
        ("cant", "see", "them", "at", "night"),
        *(
            ("be", grateful, *what)
            for grateful in ("grateful", "thankful")
            for what in (
                ("for", "what"),
                ("we", "let"),
                ("we", "allow"),
                ("we", "tolerate"),
                # "should be grateful they are even allowed to pray in this country"
                ("they", "are", "allowed"),
                ("they", "are", "even", "allowed"),
                ("theyre", "allowed"),
                ("theyre", "even", "allowed"),
                ("to", "be", "allowed"),
                ("to", "even", "be", "allowed"),
            )
        ),
        ("no", "empathy"),
        ("lack", "empathy"),
        ("no", "morals"),
        ("no", "conscience"),
        *(
            ("loyalty", "to", country)
            for country in ("pakistan", "china", "israel", "mecca", "saudi", "the", "rome")
        ),
        *(("loyal", "to", country) for country in ("pakistan", "china", "israel", "mecca")),
        # "they are not loyal to this country" (not "not loyal to any one party": analysis)
        *(
            (*never, "loyal", "to", *country)
            for never in (("not",), ("never",), ("arent",), ("isnt",), ("not", "really"))
            for country in (
                ("this", "country"),
                ("our", "country"),
                ("the", "country"),
                ("the", "nation"),
                ("india",),
                ("bharat",),
                ("britain",),
                ("america",),
            )
        ),
        *(
            (*shouldnt, "be", "born")
            for shouldnt in (("shouldnt",), ("should", "not"), ("should", "never"))
        ),
        ("never", "have", "been", "born"),
        ("should", "be", "aborted"),
        # the seventy-ninth judgment set: immigration and asylum
        ("security", "threat"),
        ("security", "risk"),
        *(("be", thrown, "out") for thrown in ("thrown", "kicked", "driven", "chucked")),
        *(("breed", faster) for faster in ("faster", "like", "more")),
        ("outbreed", "us"),
        ("outvote", "us"),
        ("on", "welfare"),
        ("on", "benefits"),
        *(
            (eat, *the, pets)
            for eat in ("eat", "eating", "eats")
            for the in ((), ("the",), ("our",), ("your",))
            for pets in ("pets", "cats", "dogs", "ducks", "geese")
        ),
        ("pick", "pockets"),
        ("pickpockets",),
        ("refuse", "to", "work"),
        ("too", "lazy", "to", "work"),
        ("dont", "want", "to", "work"),
        *((make, "bombs") for make in ("make", "making", "build", "building")),
        *(
            ("into", "another", place)
            for place in ("gaza", "kashmir", "syria", "afghanistan", "pakistan", "bangladesh")
        ),
        *(
            (*worship, "cow", piss)
            for worship in (("worship",), ("drink",), ("drinks",), ("worship", "cows", "and"))
            for piss in ("piss", "urine", "dung")
        ),
        ("worship", "cows", "and", "piss"),
        ("drink", "gaumutra"),
        # the eighty-first judgment set: "I'm not racist, but ..."
        *(
            (flaunt, what)
            for flaunt in ("flaunt", "flaunting", "flaunts")
            for what in ("it", "their")
        ),
        *(
            (cant, "even", "speak", language)
            for cant in ("cant", "cannot")
            for language in ("english", "hindi", "the", "our", "proper", "a")
        ),
        *(
            (should, "keep", what, "to", "themselves")
            for should in ("should", "just", "must")
            for what in ("it", "that")
        ),
        *(
            (should, "keep", "their", faith, "to", "themselves")
            for should in ("should", "just", "must")
            for faith in ("religion", "faith", "culture", "lifestyle")
        ),
        *(("too", "much", power) for power in ("influence", "power", "control")),
        *(
            ("taking", "all", "the", what)
            for what in ("jobs", "places", "seats", "houses", "homes", "benefits")
        ),
        ("taking", "all", "our"),
        # the eighty-ninth judgment set: faiths and castes
        *(("spit", "in", *food) for food in (("the", "food"), ("food",), ("our", "food"))),
        ("hate", "preachers"),
        ("be", "locked", "away"),
        ("make", "up", "the", "numbers"),  # "female MPs are just there to make up the numbers"
        ("be", "put", "away"),
        ("slow", "everyone", "down"),
        # the ninety-seventh judgment set: peoples abroad
        *((cant, "invent") for cant in ("cant", "cannot", "never")),
        *((baby, "killers") for baby in ("baby", "child", "children")),
        *(("marry", child) for child in ("children", "kids", "little", "minors", "babies")),
        # the ninety-fourth judgment set
        *(("attention", seeking) for seeking in ("seeking", "seekers", "whores")),
        ("lying", "to", "themselves"),
        ("women", "who", "hate", "men"),  # "lesbians are just women who hate men"
        *(("likely", "to", abuse) for abuse in ("abuse", "molest", "rape", "groom")),
        ("hate", "preacher"),
        *((breed, "terrorists") for breed in ("breed", "breeding", "produce", "producing")),
        # "they will sell this country to anyone who pays"
        *(
            (sell, *country)
            for sell in ("sell", "sold", "selling", "sells")
            for country in (("this", "country"), ("the", "country"), ("our", "country"), ("india",))
        ),
        *((cant, "rule", "themselves") for cant in ("cant", "cannot", "never")),
        ("just", "want", "handouts"),
        ("only", "want", "handouts"),
        ("live", "on", "handouts"),
        ("live", "off", "handouts"),
    }
)
# Romanised Hindi puts what is said of a people anywhere before the verb, with no link to
# find it by ("Ye Rohingya desh ke liye khatra hain, inko wapas bhejo"): these are read
# within the window after the group (the eighty-third judgment set).
HINDI_ATTACK_PHRASES = frozenset(
    {
        # a people as society's rubbish: "Chhakke aur gay sab ek hi hain, samaj ka kachra"
        # (the 890th set)
        *(
            (society, of, rubbish)
            for society in ("samaj", "samaaj", "desh")
            for of in ("ka", "ki")
            for rubbish in ("kachra", "kachda", "gandagi", "kalank")
        ),
        # a people said not to be human, or to have ruined the country (the fiftieth
        # session's sweep: "Bihari insaan nahi hain", "musalmanon ki wajah se desh barbad ho
        # gaya" published for every people)
        *(
            (human, no, copula)
            for human in ("insaan", "insan", "manushya")
            for no in ("nahi", "nahin", "nhi")
            for copula in ("hain", "hai", "h", "he", "hote")
        ),
        *(
            ("ki", "wajah", "se", place, ruined)
            for place in ("desh", "shehar", "sheher", "mulk", "india", "bharat", "rajya", "state")
            for ruined in ("barbad", "barbaad", "tabah")
        ),
        # a people said only to make a show: "Muslim log bas drama karte hain" ("bas", only,
        # makes it all they do; women in sayings.py)
        *(
            (only, show, do, copula)
            for only in ("bas", "sirf")
            for show in ("drama", "natak", "naatak", "nautanki")
            for do in ("karti", "karte", "karta")
            for copula in ("hain", "hai", "h")
        ),
        # ... and Bengali's: a people driven out, "Ei Bihari gulo ke Bangla theke tariye dao"
        # (the 852nd set)
        ("tariye", "dao"),
        ("taria", "dao"),
        ("bhagiye", "dao"),
        # a people said to be another country's agents: "Ye Shia log sab Iran ke agent hain"
        # (the 836th set)
        *(
            ("ke", agent, are)
            for agent in ("agent", "agents", "jasoos")
            for are in ("hain", "hote")
        ),
        # a people called black as an insult: "Madrasi kaale log, na dharm na sharm" (the
        # 448th set)
        ("kaale", "log"),
        ("kaale", "kalute"),
        # a people said to have ruined society: "biharis ne hi samaj ko ganda kiya h" (a form
        # of the 565th set's "naukri karne wali aurton ne hi samaj kharab kiya h", which
        # these patterns do not read: women are no people of theirs)
        *(
            ("samaj", *obj, spoilt, did)
            for obj in ((), ("ko",))
            for spoilt in ("kharab", "ganda", "barbaad", "barbad", "bigaad", "bigad")
            for did in ("kiya", "kar", "diya")
        ),
        # "bihari log kachra h sab" (the 505th set): a people called rubbish
        ("kachra", "hai"),
        ("kachra", "hain"),
        ("kachre", "hain"),
        # "Harijan log bas sarkari paison pe palte hain" (the 489th set): a people said to
        # live off public money
        *(
            ("sarkari", money, on, live)
            for money in ("paison", "paise", "paisa", "khazane")
            for on in ("pe", "par")
            for live in ("palte", "pal", "jeete", "pale")
        ),
        # "Isaiyon ko Bharat mein rehne ka koi haq nahi" (the 481st set): a people's right to
        # live here denied
        *(
            ("rehne", "ka", *any_, right, no)
            for any_ in ((), ("koi",))
            for right in ("haq", "hak", "adhikar")
            for no in ("nahi", "nahin", "nhi")
        ),
        ("kaale", "kaloote"),
        ("kaali", "kalooti"),
        ("kaali", "kaluti"),
        # "Sab Kashmiri aatankwadiyon ke saathi hain" (the 283rd set)
        *(
            (terrorists, "ke", friends)
            for terrorists in _words("aatankwadiyon atankwadiyon aatankiyon atankiyon terroriston")
            for friends in ("saathi", "sathi", "hamdard", "madadgar", "jasoos")
        ),
        # the 421st set: "Sikhon ko Canada bhej do sabko" (a people sent away: not "bete ko
        # Canada bhej do", to study), "Sardaron ka kya bharosa" (a people not to be trusted)
        *(("canada", *send) for send in (("bhej", "do"), ("bhejo",), ("bhejna", "chahiye"))),
        ("ka", "kya", "bharosa"),
        ("ka", "koi", "bharosa", "nahi"),
        # "Ye Kashmiri sab Pakistani hain": a people of India called Pakistan's (the 388th set;
        # not "ye khiladi Pakistani hain", players who are)
        ("sab", "pakistani", "hain"),
        ("sab", "pakistani", "hai"),
        # "Adivasi auratein toh ped pe rehti hain": a people said to live in trees, like
        # monkeys (the 385th set)
        *(
            ("ped", on, live)
            for on in ("pe", "par", "pa")
            for live in ("rehti", "rehte", "rahti", "rahte", "rehta", "latakte", "latakti")
        ),
        # "In viklangon ko dekh ke hi din kharab ho jata hai": a people's sight a bad omen
        # (the 1024th set)
        *(("din", "kharab", "ho", went) for went in ("jata", "jaata", "jaati", "gaya")),
        # "namak haram hain": ungrateful traitors (who ate the salt and betrayed it)
        ("namak", "haram"),
        ("namak", "haraam"),
        # "in neech jaati walon ki aukaat yaad dilani padegi": reminded of their place
        *(
            (aukaat, "yaad", remind)
            for aukaat in ("aukaat", "aukat", "auqat", "aukad")
            for remind in ("dilani", "dilana", "dilao", "dila")
        ),
        # "ye desh ke dushman hain": enemies of the nation
        *(
            (country, "ke", enemy)
            for country in ("desh", "mulk", "bharat", "hindustan", "india", "hinduon")
            for enemy in ("dushman", "dushmano", "dushmanon", "gaddar", "gaddaar")
        ),
        # "Muslim apni aukaat mein rahein": told to keep to their place (not "Kab tak apni
        # aukaat mein rahenge?", asked; not "aukaat mein nahi rahenge", refused: the 1010th
        # set's round)
        *(
            ("apni", aukaat, within, *stay)
            for aukaat in ("aukaat", "aukat", "auqat", "aukad")
            for within in ("mein", "me", "mai", "main")
            for stay in (("rahe",), ("rahein",), ("rahen",), ("rahain",), ("rehna", "chahiye"))
        ),
        # ... and without "apni", or told to a people as an order ("Bihari log aukaat mein
        # raho", the 1163rd set; not "rahe" without "apni", also the past: "wo aukaat mein
        # rahe")
        *(
            (aukaat, within, *stay)
            for aukaat in ("aukaat", "aukat", "auqat", "aukad")
            for within in ("mein", "me", "mai", "main")
            for stay in (("rahein",), ("rahen",), ("rahain",), ("raho",), ("rehna", "chahiye"))
        ),
        # "Kashmiri Muslims ko unki aukaat dikhani padegi": shown their place
        *(
            (aukaat, show)
            for aukaat in ("aukaat", "aukat", "auqat", "aukad")
            for show in ("dikhani", "dikhana", "dikhao", "dikha")
        ),
        # "in Yadavon ko sabak sikhana padega": a people to be taught a lesson
        *(("sabak", teach) for teach in ("sikhana", "sikhao", "sikhaana", "sikha", "sikhayenge")),
        # ... and in Marathi: "yanna dhada shikvava" (the 1169th set)
        *(("dhada", teach) for teach in ("shikvava", "shikva", "shikavla", "shikvu", "shikavu")),
        # "Baniya kaum khoon choosne wali hai": bloodsuckers (the 370th set)
        *(
            ("khoon", suck)
            for suck in ("choosne", "chusne", "choosti", "choosta", "chooste", "chus", "choos")
        ),
        # "Isai kaum desh ko todne ka kaam karti hai" (the 346th set)
        *(("desh", "ko", breaking) for breaking in ("todne", "todna", "todte", "todenge")),
        # "Kinnaron ko pakad ke jail mein daalo": a people jailed for being (the 340th set)
        *(
            ("jail", in_, *put)
            for in_ in ("mein", "me", "main")
            for put in (("daalo",), ("dalo",), ("daal", "do"), ("dal", "do"))
        ),
        # "reservation ki roti tod rahe hain": eating bread they did not earn
        *(("roti", tod) for tod in ("tod", "todte", "todna", "todne")),
        # "ye log kabhi India ke liye dil se nahi khelte": loyalty denied, at play too
        *(
            (*forwhom, "nahi", play)
            for forwhom in (("dil", "se"), ("desh", "ke", "liye"), ("india", "ke", "liye"))
            for play in ("khelte", "khelta", "khelenge")
        ),
        # "Isai log ... dharm parivartan ka dhanda chalate hain": conversion as a racket
        *(
            (*conversion, "ka", "dhanda")
            for conversion in (
                ("dharm", "parivartan"),
                ("parivartan",),
                ("conversion",),
                ("dharmantaran",),
            )
        ),
        # "ye log aurton ko maarte hain": a people's men said to beat women
        *(
            (women, "ko", beat)
            for women in ("aurton", "auraton", "biwi", "biwiyon", "patni")
            for beat in ("maarte", "marte", "peette", "pitte")
        ),
        # "Jatt log bas daaru peete hain": a people said to do nothing but drink
        *(
            (only, drink, verb)
            for only in ("bas", "sirf", "sirif")
            for drink in ("daaru", "daru", "sharab", "sharaab")
            for verb in ("peete", "pite", "peeti", "pee")
        ),
        *(
            (*desh, verb)
            for desh in (("desh", "ko"), ("hamare", "desh", "ko"), ("india", "ko"))
            for verb in ("kha", "kha", "loot", "lut", "barbaad", "kharab", "khokhla", "bech")
        ),
        *(
            (*whom, *send)
            for whom in (
                ("sab", "ko"),
                ("inko",),
                ("inhe",),
                ("inhein",),
                ("inhen",),
                ("unko",),
                ("unhein",),
                ("sabko",),
            )
            for send in (("nikalo",), ("wapas", "bhejo"), ("bahar", "karo"), ("bhagao",))
        ),
        ("wapas", "bhejo"),
        *(("wafadar", nahi) for nahi in ("nahi", "nahin", "nai")),
        *(("talent", zero) for zero in ("zero", "nahi", "nahin")),
        ("merit", "zero"),
        ("reservation", "ki", "wajah", "se", "hi"),
        ("quota", "se", "hi"),
        *(
            (pathar, "maarne", wale)
            for pathar in ("pathar", "patthar", "patthar")
            for wale in ("wale", "waale", "wala")
        ),
        *(
            (*on, "bharosa", *never)
            for on in (("pe",), ("par",), ("inpe",), ("inpar",), ("in", "pe"), ("in", "par"))
            for never in (("mat",), ("nahi",), ("kabhi", "mat"), ("kabhi", "nahi"))
        ),
        *(("kabhi", "bharosa", never) for never in ("mat", "nahi", "nahin")),
        *(("bharosa", "mat", karo) for karo in ("karo", "karna", "kijiye")),
        ("andar", "se", "khokhla"),
        ("khokhla", "kar"),
        *((desh, "ke", "liye", "khatra") for desh in ("desh", "samaj", "samaaj", "hinduon")),
        *((inka, "ilaaj") for inka in ("inka", "inki", "unka", "inke")),
        ("zinda", "wapas", "nahi"),
        # the hundred-and-seventh judgment set: rights denied, driven out, a people's vices
        *(
            (haq, *hi, nahi, hona)
            for haq in ("adhikar", "haq", "hak")
            for hi in ((), ("hi",))
            for nahi in ("nahi", "nahin")
            for hona in ("hona", "milna", "dena", "do")
        ),
        *(
            ("bahar", "karo", whom)
            for whom in ("inko", "inhe", "inhein", "unko", "sabko", "in", "sab")
        ),
        *(("sirf", vice) for vice in ("daaru", "daru", "ladna", "jhagda", "chori", "dhokha")),
        *(
            (*whose, "maa", *baap, sell)
            for whose in ((), ("apni",), ("apne",))
            for baap in ((), ("baap",), ("ko",))
            for sell in ("bech", "bechte", "bechenge")
        ),
        *((kala, jadoo) for kala in ("kala", "kaala") for jadoo in ("jadoo", "jaadu", "jadu")),
        # "inki fitrat hi chori ki hai": a vice in a people's nature, in Hindi
        *(
            ("fitrat", *hi, vice)
            for hi in ((), ("hi",), ("mein",), ("me",))
            for vice in ("chori", "gaddari", "dhokha", "dhokhebaazi", "jhooth", "gandagi", "hinsa")
        ),
        # "daliton ko mandir mein ghusne ki ijazat nahi honi chahiye"
        *(
            (ijazat, nahi, honi)
            for ijazat in ("ijazat", "ijajat", "izazat", "anumati")
            for nahi in ("nahi", "nahin")
            for honi in ("honi", "milni", "deni", "do", "dena")
        ),
    }
)
ATTACK_PHRASES = ATTACK_PHRASES | HINDI_ATTACK_PHRASES
# A sentence that names a generalisation to reject it ("it is a misconception that X are
# savages", "X are seen as sick") argues against the stereotype: no generalisation there.
COUNTER_SPEECH = _words(
    """
    misconception misconceptions stereotype stereotypes stereotyped stereotyping myth myths
    prejudice prejudices prejudiced seen portrayed assume assumption assumptions slur slurs
    jhooth jhoot jhuth afwah afwaah
    """
)
# Beside a hateful saying, these name it to reject it: "the claim that the Holocaust never
# happened", "the outdated idea that being gay is a mental illness".
REJECTING = _words(
    """
    idea notion outdated claim claims claimed denial deny denies deniers denier conspiracy
    nonsense sexist racist bigoted bigotry slogan
    """
)
# Said right before a group, these report what someone else called it ("a councillor calling
# migrants 'vermin'"): the sentence is about the words, not an attack in them.
REPORTING = _words(
    """
    calling called labelling labelled labeling labeled branding branded describing described
    dubbing dubbed
    """
)
# The verb of calling someone a name: "calling gay people 'perverts'", "the people calling
# them perverts" (the rules of categories.py and sayings.py, each reading what it calls).
NAME_CALLING = frozenset({"calling", "call", "calls", "called"})
# Beside a quotation, these make it someone else's words, reported: 'He tweeted "Muslims are
# terrorists" and kept his job', 'The chant of "go back to Pakistan" should shame them'.
QUOTING = _words(
    """
    said says say saying tweeted tweets tweet wrote writes written shouted shouting shouts
    chanted chanting chant chants read reads quote quoted quotes quoting called calling
    described describing posted posts told claimed claims heard sign signs placard banner
    slogan slogans headline kehte kaha kahte bola bole likha bolte bolta bolti kehta kehti
    sprayed painted daubed scrawled graffitied
    """
)
# "ya" is "you" in English chat ("move ya dumb self") and "or" in Hindi ("chor hai ya
# nahi"): in a comment with any of these Hindi words it is "or".
HINDI_FUNCTION_WORDS = _words(
    "hai hain nahi nahin kya ka ki ke ko se aur bhi toh tha thi raha rahe rahi karo mein pe"
)
# "chhakka" is a transphobic slur and a six in cricket: "chhakka maar ke match jita diya".
SIX = frozenset({"chakka", "chhakka", "chakke", "chhakke", normalize("छक्का").text})
HIT_FOR_SIX = _words(
    """
    maar maara mara maare mare maarna marna maarke laga lagaya lagaye lagake jada jadaa
    jade jadke ke ki se
    """
) | _devanagari("मार मारा मारे लगा लगाया जड़ा जड़े")
# ... and a six struck a few words on ("Chhakka toh wo pehle bhi maarta tha, last over
# mein 24 run", the 1086th set): the verb's past and habitual forms, not its orders
# ("chhakka hai ye, isko maaro")
SIX_STRUCK = _words(
    """
    maarta maarte maarti marta marte maara mara maare mare lagaya lagaye lagata lagate
    jada jadaa jade jadta jadte
    """
)
# Insults for accounts, not people: "foreign trolls", "Chinese shills".
ACCOUNTS = _words("troll trolls shill shills bot bots")
# "retarded" as a verb: "the drought retarded crop growth"
SLOWED = _words("the its their his her growth development progress recovery crop economic by")
# After a stereotype, these name it rather than apply it: "dumb blonde jokes".
STEREOTYPE_NOUNS = _words("joke jokes jibe jibes trope tropes cliche cliches meme memes stereotype")
# Before a group, these put it on the receiving end: "no-go zones for women".
RECEIVING = _words("for against towards toward on to")
# Caste and community names that are also slurs name the community before these: "Chamar
# regiment", "hijra samuday", "bhangi basti" (not "tu chamar hai").
COMMUNITY_NOUNS = _words(
    """
    samuday samudaay samudai samaj community communities regiment basti colony jati caste
    castes mohalla rejiment
    """
) | _devanagari("समुदाय समाज रेजिमेंट बस्ती जाति")
# A slur word in its other sense, by the word before or after it: a raccoon ("coon tracks",
# "a coon hound", "Maine coon"), a car's transmission ("auto tranny", "tranny fluid"),
# gibberish ("gobbledy gook"); read against Davidson's tweets labelled neither.
# roast potatoes, in British English: "crispy roasties", "roasties and gravy"
_ROAST_BEFORE = _words(
    "the crispy crunchy perfect goose duck fat homemade mums my our your some and with of few"
    " potato potatoes dinner sunday extra"
)
_ROAST_AFTER = _words("and with in done cooked recipe gravy potatoes are were tray oven")
SLUR_OTHER_SENSE_BEFORE = {
    "knacker": _words("the a"),  # "the knacker's yard", "sent to the knacker"
    "coon": _words("maine"),
    "coons": _words("maine"),
    "tranny": _words("auto manual automatic"),
    "gook": _words("gobbledy gobbledey"),
    # "jeets" is also "jeete" (won) in chat Hindi: "Bihar and Delhi me bhi nahi jeets"
    "jeets": _words("nahi nhi nahin na bhi ne toh to jo se seat seats hum"),
    **dict.fromkeys(("roastie", "roasties"), _ROAST_BEFORE),
    "uncle": _words("my his her our their your dear great favourite late beloved"),
    "sand": _words("tusken"),
    # the Greek island where refugees land: "the Moria camp on Lesbos" (found in the 975th
    # set's round: a slur's plural is the island's name)
    "lesbos": _words("on of in to from island greek near off via reached"),
    # a six called for or praised: "Aur maaro, chhakka, aur ek!" (the 972nd set)
    **dict.fromkeys(
        ("chhakka", "chakka"),
        _words("maaro maro lamba lambaa shaandaar shandar zabardast pehla doosra teesra"),
    ),
    # a slur taken back by those it was said of (the 859th set): "Proud Chamar here", "The
    # Great Chamar" (a Dalit movement in Saharanpur), "proud dyke"
    **dict.fromkeys(("chamar", "chamars"), _words("proud great")),
    # ... and a flood bank: "the Dutch built dykes for centuries", "Offa's Dyke", "the sea
    # dyke" (found beside the 975th set)
    **dict.fromkeys(
        ("dyke", "dykes"),
        _words(
            "proud great sea flood river offas offa earthen mud built build building repair"
            " repaired canal polder coastal"
        ),
    ),
    # ... and a faith's practice told ("we r idol worshippers, that's y we pray at temple",
    # "A proud idol worshipper": the training comments; not "No idol worshippers in Congress")
    "idol": _words("proud devout r are am im"),
    # "katwa" is also "got cut" (the 1167th set's slur: "Ye director k@tw@ hai"): "naak
    # katwa di" (a family's honour), "sir katwa denge", "baal katwa liye"
    # (and Katwa, a town in Bengal: "the stall at the Katwa station", "in Katwa")
    # ... and the verb after what may do it: "this will cripple", "enough to cripple"
    "cripple": _words("to will would could can may might must should shall not and or"),
    "katwa": _words(
        "naak nak sir sar gala gardan baal bal haath kaan ungli pair ticket the in from to at near"
    ),
}
SLUR_OTHER_SENSE_AFTER = {
    # a man's name ("Kaalu Ram"), a knacker's yard (a slaughterhouse)
    **dict.fromkeys(("kaalu", "kalu"), _words("ram singh yadav bhai ji prasad lal")),
    "knacker": _words("yard yards"),
    "welfare": _words("myth myths trope tropes stereotype stereotypes smear smears narrative"),
    "happy": _words("navy navies shipping marine"),
    # the verb's object: "cripple the economy", "cripple us", "cripple small businesses"
    # (not "that": "a cripple that can't climb the stairs" is the noun)
    "cripple": _words(
        "the our its their his her my your us them him it this these those any every all"
        " an small local public whole entire british indian people families businesses firms"
        " farmers growth trade industry economy services councils schools hospitals"
    ),
    "rootless": _words(
        "city cities town towns capital capitals place places hub hubs metropolis port ports"
        " culture cultures lifestyle life world feel vibe"
    ),
    "sand": _words("of in from tusken raiders"),
    "lesbos": _words("island camp camps refugee refugees coast greece harbour"),
    # "a chink in the government's armour" (the idiom; the default suspect word list still
    # holds the word wherever it stands, a site's to edit)
    "chink": _words("in of"),
    "coon": _words("tracks hound hounds dog dogs hunting hunt hunter hunters skin cat cats"),
    "coons": _words("tracks hounds dogs hunting"),
    "tranny": _words("fluid swap rebuild shop cooler pan mount mounts"),
    **dict.fromkeys(("roastie", "roasties"), _ROAST_AFTER),
    "uncle": _words("cobley cabin and"),
    # ... and its own names: "Chamar Studio" (a Dalit designer's brand), the "Dyke March"
    "chamar": _words("studio studios march"),
    # ... and the flood bank's ("the dyke breached", "dyke walls")
    **dict.fromkeys(
        ("dyke", "dykes"),
        _words(
            "studio studios march breached breach burst collapsed failed walls wall system systems"
        ),
    ),
    "katwa": _words(
        "di dia diya diye de deti deta dete dega degi denge do dena dalo daala daali lo liya li"
        " le liye ke kar ker chuke chuka chuki rahe raha rahi sakte sakta sakti station"
        " district town junction municipality subdivision railway ghat mela"
    ),
    # "FOI'd it": a freedom of information request made
    "foid": _words("it them the this that these those their his her a an our my every all"),
    # untouchability named, not anyone called untouchable: "achhoot pratha", "Dalits ko
    # achhoot mana gaya", "achhoot kehlate the" (the 725th set's story), "use achhoot bana
    # diya hai" (shunned: a TRAC-1 Hindi training comment on a politician)
    **dict.fromkeys(
        ("achhoot", "achhooton", "achhut", "achhuton", "achoot", "achooton"),
        _words(
            "pratha prathaa mana maana mane maane samjha samjhe samjhi kehlate kehlaate kaha"
            " kahe kehte kehlaye bana banaa banaya banaye banate"
        ),
    ),
}
# After "mulla", a title or a name: a respected man ("Mulla ji"), the folk hero Mulla
# Nasruddin, the Taliban's Mulla Omar.
MULLA_TITLED = _words("ji sahab saheb sahib nasruddin nasiruddin nasreddin omar umar")
# Right before a quoted word, these name it rather than use it: the word "chink".
MENTIONS = _words(
    "word words term terms slur slurs epithet epithets insult insults phrase phrases expression"
    " nickname nicknames"  # ("Kaalu was my nickname in school", the 749th set)
)
FIRST_PERSON = _words("i im ive id ill we weve")  # "I called them vermin" owns it
# "traitors by blood": what a person is said to be by birth, said of a group, is said of all.
BIRTH = _words("blood birth nature genes dna breeding")
# Tropes that attack a group named anywhere in the same sentence, however far from it: "Jews
# always look after their own, which explains who owns the banks", "why does every Muslim
# neighbourhood turn into a no-go zone?", "once they outnumber us".
SENTENCE_TROPES = frozenset(
    {
        *((verb, "the", what)
          # (not "running": "Women are running the media now" reports who does a job)
          for verb in ("own", "owns", "owning", "control", "controls", "controlling", "run",
                       "runs")
          for what in ("banks", "media", "world", "press", "hollywood")),
        # the "12 baje" jibe at Sikhs: "Sardar log 12 baje ke baad dimaag kho dete hain" (the
        # 421st set; not "gurudwara 12 baje ke baad khulta hai")
        *((twelve, "baje", "ke", "baad", "dimaag") for twelve in ("12", "barah", "baarah")),
        # a people's doings called jihad: "Ye log ... kabza kar rahe hain, jihad hai ye" (the
        # 418th set)
        ("jihad", "hai", "ye"),
        ("jihad", "hai", "yeh"),
        ("ye", "jihad", "hai"),
        ("yeh", "jihad", "hai"),
        # a people said to have no brains: "In tribals ko ..., dimaag toh hai nahi inme" (the
        # 385th set)
        *(
            (*brains, them)
            for brains in (
                ("dimaag", "toh", "hai", "nahi"),
                ("dimaag", "hai", "nahi"),
                ("dimag", "toh", "hai", "nahi"),
                ("dimag", "hai", "nahi"),
                ("akal", "toh", "hai", "nahi"),
            )
            for them in ("inme", "inmein", "unme", "unmein")
        ),
        # a people's arrival as a burglary warning: "Lock your cars, the Romanians are back"
        # (the 530th set; a people must be named in the sentence and said to arrive, see
        # categories._arriving: "lock your doors, burglaries are up" warns of crime, and
        # "the albanian mafia moved in next door", of the 555th set, names no people)
        *(
            ("lock", *up, your, what)
            for up in ((), ("up",))
            for your in ("your", "ur")
            for what in ("doors", "cars", "sheds", "daughters", "wives", "bikes", "houses")
        ),
        ("no", "go", "zone"),
        ("no", "go", "zones"),
        ("nogo", "zone"),
        ("nogo", "zones"),
        ("outnumber", "us"),
        # "Jews love money more than their own children"; "Muslim actors ... ISI ke paise pe"
        *((love, "money") for love in ("love", "loves", "worship", "worships")),
        *(("isi", of, money) for of in ("ke", "ka", "ki") for money in ("paise", "paisa")),
        ("paid", "by", "isi"),
        ("isi", "agents"),
        ("replace", "us"),
        ("replacing", "us"),
        # "Nepali chowkidar types, that's all they're good for"
        *(
            (*all_they, good, "for")
            for all_they in (("all", "theyre"), ("all", "they", "are"), ("all", "theyll", "be"))
            for good in ("good", "fit")
        ),
        # "Haitian women pop out babies for the welfare checks"
        *(
            (pop, "out", babies, "for")
            for pop in ("pop", "pops", "popping", "pump", "pumps", "pumping", "churn", "churning")
            for babies in ("babies", "kids", "children")
        ),
        # "Mexicans come here to have anchor babies"
        ("anchor", "babies"),
        ("anchor", "baby"),
        # "Jews look after their own, that's how they got all the money"
        *((have, "all", "the", "money") for have in ("got", "have", "has", "hoard", "hoards")),
        # "a black doctor? they only got in because of quotas"
        *(
            ("only", got, *where, *because, why)
            for got in ("got", "get", "gets", "are", "is", "was", "were")
            for where in ((), ("in",), ("there",), ("hired",), ("promoted",), ("admitted",),
                          ("selected",), ("the", "job"), ("their", "jobs"), ("their", "seats"))
            for because in (("because", "of"), ("thanks", "to"), ("through",))
            for why in ("quotas", "quota", "reservation", "reservations", "diversity")
        ),
    }
)  # fmt: skip
# "Lock up your pets, the Haitians have arrived": a people's arrival met as thieves' or
# rapists' (the 263rd and 264th sets); only with the people arriving (not "Lock up your
# bikes, there have been thefts near the Sikh temple").
LOCK_UP = frozenset(
    {
        (*lock, "your", what)
        for lock in (("lock", "up"), ("hide",), ("guard",))
        for what in ("daughters", "wives", "women", "sisters", "kids", "children", "pets",
                     "cats", "dogs", "bikes", "tools", "valuables", "chickens", "cars")
    }
)  # fmt: skip
ARRIVED = _words("arrived arriving here coming landed back moved camped")
# "Gypsies steal, it's in their culture": a vice said to be in a group's blood or culture.
IN_THEIR = _words("blood nature genes dna culture")
VICES = _words(
    """
    steal steals stealing thieves lie lies lying liars cheat cheats cheating rob robs
    robbing rape rapes raping beg begs begging scam scams violent violence criminal
    criminals crime crimes terror terrorism greed laziness jihad
    gaddari chori dhokha dhokebaazi
    """
)
# Said right before a group, these make it an insult to all of it: "filthy foreigners".
# Adjectives only: a verb there ("bosses stealing immigrants' wages") says something else.
ATTACK_MODIFIERS = _words(
    """
    filthy dirty lazy greedy stinking smelly stupid dumb savage subhuman inferior primitive
    disgusting degenerate sneaky uncivilised uncivilized backward barbaric illiterate
    worthless useless parasitic inbred brainless treacherous gandi gande grubby
    bhikari bhikhari bhikaari sala saala saale darpok lying thieving hormonal kanjoos kanjus
    makhichoos makkhichoos makhichus makkhichus
    thookne thukne
    blackie kaale
    """
)
# Said right after a group word, these call all of it vermin: "disabled moochers".
DEHUMANISING_NOUNS = _words(
    """
    moochers parasites leeches vermin rats cockroaches savages animals scum trash invaders
    freeloaders subhumans breeders pigs dogs monkeys apes scroungers spongers termites deemak
    junglees janglees junglis hordes
    chuhe chuhon choohe suar suaron suwar
    """
)
# "<group> ... like rats": a group likened to animals, unless they are the ones mistreated.
ANIMALS = _words(
    "rats dogs animals cockroaches roaches vermin pigs monkeys apes rabbits insects lice"
    " parasites termites locusts cattle"
)
MISTREATED = _words(
    """
    treated treat treating handled herded hunted slaughtered killed caged kept used
    butchered shot massacred chained beaten dumped expected forced victims victim targets
    target sent
    facing face faced met subjected suffer suffering suffered endure enduring endured
    """
)
# Negations between a group and a predicate undo the generalisation ("are not criminals").
NEGATIONS = _words(
    "not no never nobody isnt arent wasnt werent dont doesnt less unlikely rarely nahi nahin"
)
# Words that make what follows a group a statement about all of it: "X are", "X should".
LINKS = _words(
    """
    are is were r be should shouldnt must cant cannot can will wont always all just only
    have need deserve do dont they theyre
    """
)
# Hindi puts the copula last ("musalman gaddar hain"): a predicate followed by one of these.
HINDI_COPULAS = _words("hai hain ho the hote")
# What, said just before a group, attacks it: "I hate Muslims", "exterminate the Jews".
# Not "deport" or "ban": policies about immigration are argued on news sites every day.
ATTACK_VERBS = _words("exterminate eradicate gas kill nuke cull")
# Feelings count as attacks only when someone owns them: "I hate Jews", not "hate against Jews".
HATE_VERBS = _words("hate hates despise despises loathe loathes detest detests")
HATERS = _words("i we just really truly everyone everybody all")

# The shops a British Asian is told to go back to (the 546th and 1114th sets)
_SHOPS_SENT_BACK_TO = (
    "corner shop", "corner shops", "curry house", "curry houses", "kebab shop", "kebab shops",
    "takeaway", "takeaways",
)  # fmt: skip

# Insults: mild ones are fair words about a policy or a politician; strong ones rarely are.
MILD_INSULTS = _words(
    """
    idiot idiots idiotic stupid dumb fool fools foolish moron morons moronic clown clowns
    loser losers ignorant clueless brainless braindead pathetic imbecile imbeciles cretin
    cretins halfwit halfwits nitwit dimwit dimwits troll trolls shill shills
    gadha gadhe ullu bewakoof bevkoof bewkoof nalayak jahil jaahil chamcha chamche pagal
    paagal dalal dalle creep creeps weirdo weirdos chor chors choron gunda librandu librandus
    andhbhakt andhbhakts sickular sickulars aaptard aaptards khangressi khangressis gawaar
    gawar ganwar ganwaar gavaar anpadh incel incels khota khote khotya khoteya khotay muppet
    illiterate useless dumbest stupidest pimp pimps keede keedey keedon bhikari bhikhari
    kide keeda gammon gammons chhapri chhapriyon chapri
    """
)
# The people of the article, whom a comment section attacks most: "The author is a
# braindead moron" is held where "the minister is an idiot" is argued.
STAFF = _words(
    "author writer journalist reporter editor columnist anchor presenter patrakar patrakaar"
)
# The insults that, said of them, are a personal attack rather than a verdict on the work
# ("the editor is clueless about rural India" is the second).
PERSONAL_INSULTS = _words(
    "idiot moron imbecile cretin halfwit dimwit nitwit braindead brainless loser dalle dalla"
    " dalal bikau chamcha chamche"
)
# The same, as phrases ("the writer is a brain-dead stooge": the hyphen splits the word).
PERSONAL_INSULT_PHRASES = frozenset({("brain", "dead"), ("half", "wit"), ("dim", "wit")})
# "anpadh gawaar kahin ka": after an insult, "kahin ka" (the utter ...) calls the reader it.
UTTER = frozenset({("kahin", "ka"), ("kahin", "ki"), ("kahin", "ke"), ("kahi", "ka")})
# Animals are the commonest Hindi gaali ("Modi ka kutta", "chal be kutte") and also animals:
# "gali ke kutte raat bhar bhaunkte hain" (the street dogs bark all night), "suar ka maas"
# (pork). Before or after these words they are the animals.
HINDI_ANIMALS = _words(
    "kutta kutte kuttey kutti kuttiya kutiya kutto kutton suar suwar sooar suvar suvvar"
) | _devanagari("कुत्ते कुत्ता कुत्ती कुतिया सूअर सुअर सुवर कुत्तों")
# (and a neighbour's: "padosi ke kutte raat bhar bhaunkte hain", the 861st set)
LITERAL_BEFORE = _words(
    "awara aawara paltu street gali sadak mere hamare humare padosi padosiyon neighbours"
)
# kept, farmed or vaccinated: "kutta palna h toh vaccine lagwana", "suar ka farm" (the 605th
# and 607th sets)
LITERAL_NEXT = _words(
    # (and pets together: "kutte billi ko ghar mein rakhne ke liye", the 912th set)
    "billi billiyan billiyon"
    " palna paalna pala paala palte paalte palo paalo farm farms vaccine palan paalan"
    " wafadar wafaadar"  # "kutte wafadar hote hain": dogs are loyal
)
# ... and words of a sentence about dogs kept, trained or vaccinated
DOG_KEEPING = _words(
    "rabies nasbandi sterilisation sterilization vaccination trained training sniffer leash"
    " veterinary vet adopt adopted adoption"
)
LITERAL_AFTER: frozenset[tuple[str, ...]] = frozenset(
    {("ka", "maas"), ("ka", "gosht"), ("ke", "maas"), ("ka", "mans"), ("ka", "maans"),
     # fed: "kutte ko roti khilana punya hai"
     ("ko", "roti"), ("ko", "khana"), ("ko", "khilana"), ("ko", "khilao"),
     ("ka", "farm"), ("ke", "farm"), ("ki", "vaccine"), ("ko", "vaccine"),
     # a rabid dog's bite: "pagal kutte ka injection lagwa lo" (the 837th set)
     # (not "kutte ne kaata": "ne" would join the hashtag words and split "#beaner")
     ("ka", "injection"), ("ke", "kaatne"),
     # walked: "Kutte ko ghumane le ja, subah se ghar mein hai" (the 937th set)
     ("ko", "ghumane"), ("ko", "ghumana"), ("ko", "ghumao"), ("ko", "ghuma"), ("ko", "ghumaane"),
     # strays in the lane: "akele mat jaaya karo, kutte hain gali mein" (the 1001st set)
     ("hain", "gali"), ("hai", "gali"), ("gali", "mein"), ("gali", "me")}
)  # fmt: skip
# Gaali spelt like an everyday Hindi word, and the words that make it the everyday one:
# "गश्ती दल" (a patrol party) reads "gashti dal".
GAALI_HOMOGRAPHS = {"gashti": _words("dal dalon team gaadi gadi vahan police")}
# ... and gaali spelt like an English word, with the words before it that make it that word:
# "the mother lode", "the Comstock Lode" (read against OLID's and Davidson's training tweets)
GAALI_ENGLISH_HOMOGRAPHS = {"lode": _words("mother the comstock gold silver rich main a")}
# ("nonce" without its plural: a masked "N****s" is read against these lists, and "nonces"
# would take it from the slur it hides; the twentieth session's dump found it.)
STRONG_INSULTS = _words(
    """
    scum scumbag scumbags asshole assholes arsehole arseholes dickhead dickheads prick
    pricks twat twats wanker wankers tosser douche douchebag jackass dumbass dipshit
    shithead shitheads bastard bastards libtard libtards retarded worthless swine dick
    dicks saala saale saalo saalon sala salo dogla dogle filth subhuman subhumans turd
    turds pervert perverts pedo pedos paedo inbred bimbo bimbos dumbfuck dumbfucks fuckface
    fucktard fucktards fuckwit fuckwits shitstain asswipe cocksucker dickwad cuck cucks
    groomer groomers knobhead knobheads bellend bellends nonce motherfucker motherfuckers
    tossers douchebags jackasses dumbasses dipshits asswipes cocksuckers dickwads
    fuckfaces chudail churail dhimmi dhimmis mongrel mongrels
    """
)
# The strong insults that, said of a person ("Ravish Kumar is a bastard", "he's a piece of
# shit"), are name-calling a news desk holds whoever the person is (the fifty-first
# session's sweep of insults of men in public life). Not "worthless", a verdict on someone's
# work as often as on them ("Modi is worthless as a PM"), nor the crimes a reader names the
# accused of a crime story by ("the man is a pervert, lock him up").
HELD_OF_ANYONE = STRONG_INSULTS - _words(
    # (nor "mongrel", a dog's breed as often: "Rex is a mongrel"; said to a reader, "you
    # mongrel" is a slur, round 576)
    "worthless pervert perverts pedo pedos paedo nonce groomer groomers mongrel mongrels"
)
# ... and of those, the words said of people only ("this phone is a piece of shit", "life is
# a bitch", "this traffic is a prick", not "the bypass is a dickhead"; not "douches", a
# product too, as an ETHOS line reminds): whoever is said to be
# one is a person, named by a list or not ("Whitcombe is a wanker": the fifty-second
# session's sweep of names no list holds, 0 of 714 held before)
SAID_OF_PEOPLE_ONLY = _words(
    """
    scumbag scumbags asshole assholes arsehole arseholes dickhead dickheads twat twats
    wanker wankers tosser douche douchebag jackass dumbass dipshit shithead shitheads
    libtard libtards dumbfuck dumbfucks fuckface fucktard fucktards fuckwit fuckwits asswipe
    cocksucker dickwad knobhead knobheads bellend bellends motherfucker motherfuckers
    tossers douchebags jackasses dumbasses dipshits asswipes cocksuckers dickwads
    fuckfaces
    """
)
assert SAID_OF_PEOPLE_ONLY <= HELD_OF_ANYONE
HELD_OF_ANYONE_PHRASES = frozenset(
    {
        ("piece", "of", "shit"),
        # ("Collins is a spineless little shit": round 521)
        ("little", "shit"),
        ("piece", "of", "garbage"),
        ("piece", "of", "trash"),
        ("son", "of", "a", "bitch"),
        ("sons", "of", "bitches"),
    }
)
# After "pigs like you", what makes "like" a preposition: "Pigs like you should be thrown
# out" (not "dogs like you because you feed them").
LIKE_YOU_PREDICATES = _words(
    """
    should shouldnt must are arent were deserve need belong will wont cant cannot dont never
    always who ruin ruined make have ko
    """
)
# Names a reader is called the way an animal is ("you absolute psycho"), words also used of
# criminals and films ("the psycho who did this", "a psycho thriller").
NAMES_CALLED = _words("psycho psychos")
# Animals a reader is called: "you pig", "you're a filthy rat".
ANIMAL_INSULTS = _words(
    """
    pig pigs rat rats dog dogs cockroach cockroaches vermin animal animals monkey monkeys ape
    apes snake snakes donkey donkeys leech leeches parasite parasites worm worms maggot
    maggots hyena hyenas jackal jackals vulture vultures termite termites locust locusts
    """
)
COPULAS = _words("are r re is were be")
THEM = "them"
YOU = _words("you u ya youre")  # the reader named, not "your dog"
# What may follow the animal when it is the insult, not a noun's modifier ("you dog owners").
AFTER_ANIMAL = _words("and who that like of with from for in")
# Words between "you" and the insult that do not take it further away: "you're the kind of
# subhuman filth", "you are such a total idiot".
FILLERS = _words("the a an kind sort type of such total absolute complete utter real")
# Swearing that intensifies the name a reader is called: "you fucking monkey".
INTENSIFIERS = _words("fucking fuckin fking effing bloody damn damned goddamn sodding")
# "Your argument is stupid": what a reader said or thinks, judged, not the reader. After
# "your", these put the insult on the thing.
YOUR = _words("your ur yours tera teri tere tumhara tumhari tumhare")
WHAT_YOU_SAID = _words(
    """
    argument arguments point points comment comments logic opinion opinions idea ideas take
    post posts analysis reasoning theory theories claim claims view views question
    questions answer answers maths math numbers figures article articles plan plans
    proposal proposals policy policies reply response statement statements premise
    conclusion conclusions
    """
)
# What an insult adjective can describe without insulting anyone ("pathetic reporting",
# "stupid headline"; not "stupid journalist"), and what "with your" brings along ("go to hell
# with your fake news channel" is said of the channel).
WORK_DONE = WHAT_YOU_SAID | _words(
    """
    reporting journalism coverage writing piece pieces editorial editorials headline headlines
    news channel channels paper newspaper story stories work job performance decision
    decisions move speech speeches excuse excuses bill law budget propaganda agenda polls
    poll survey surveys data stats statistics promises promise lies manifesto party
    government ideology
    """
)
# Insults that describe rather than name: "the plan is lazy, stupid." lists adjectives; a
# noun after a comma at the end of a sentence calls the reader it ("..., idiot.").
INSULT_ADJECTIVES = _words(
    """
    stupid dumb idiotic foolish moronic ignorant clueless brainless braindead pathetic
    worthless retarded nalayak jahil jaahil pagal paagal
    """
)
# "Typical Pakistani, ...": a person of a group held up as typical of it.
TYPICAL = "typical"
# "Typical woman, all emotion and no brains": one held up for all of a gender
ONE_OF_THEM = _words("woman female girl")
# "Typical black player, no brains": one person held up for a group named by its adjective
ONE_PERSON = _words(
    "man woman guy girl boy player footballer cricketer driver politician student worker bloke"
    " columnist writer journalist reporter anchor actor actress banker lawyer doctor landlord"
)
# (and "typical Muslim hypocrisy", the 1104th set)
TYPICAL_OF = _words(
    """
    mentality behaviour behavior attitude thinking logic nonsense hypocrisy arrogance
    entitlement cowardice greed laziness dishonesty
    """
)
# Romanised Hindi gaali: terms of abuse addressed to someone, rarely anything else.
GAALI = _words(
    """
    kutta kutte kuttey kutti kuttiya kutiya kamina kamine kameena kameene kamini harami haramzada
    haramzade haramkhor suar suwar sooar gandu gaandu chutiya chutiye chutiyo chutia chutya
    chootiya chootiye bhadwa bhadwe dalla madarchod madarchodd behenchod bhenchod benchod
    bhosdike bhosdika bhosdiwale bhosdiwala bsdk mkc tmkc lavde lawde laude lode lodu chodu
    jhaatu tharki presstitute presstitutes kutto kutton
    maderchod madarchood maadarchod maderchood maderchodd maadarchodd bhencho bhenchodd
    bhenchood behenchodd bhosdi bhosadi bhosadike bhosdk bhosda bhosde bhosdiki chutmarike
    chutmarika kameeni suvar suvvar lavda lauda lawda jhatu bhadve bhadwo bhonsri bhosri bkl
    bhosdki bhosadki
    bhosriwale bhonsdike chuitya cutiya chutiyon loda lodey bhanchod bhaenchod
    madarjaat madarjat maderjaat maderjat madarzaat
    kanjar kanjari kanjaro kanjron kanjre gashti gashtiyan gashtiyon
    """
) | _words(
    # South India's, romanised (the 821st set, the Cauvery dispute): Tamil, Kannada, Telugu
    # and Malayalam words of abuse that are no English or Hindi word ("sunni", "patti",
    # "dengu", "nayi", "poori" and "sule" alone are left out: a Muslim sect, a strip, the
    # fever, "new", a bread and a surname; so is "naaye", the Tamil for a dog that is
    # also a dog: "Ellam naaye thaan, said the minister about stray dogs"; and "otha", also
    # "other" in tweets ("u otha hoes") and "utha" (lift) in Roman Urdu)
    """
    thevidiya thevidiyaa thevdiya thevudiya thevidiyapaiya thevidiyapayale ommala oombu
    punda pundai koothi baadu bolimaga bolimagane soolemaga soolemagane lanja
    lanjakoduku modda pooku thayoli myre myru kunna
    """
)
# "bc", "mc": behenchod and madarchod (GAALI) abbreviated; in English "because", "before
# Christ", "MC Stan". Alone in a Hindi comment they are as often an exclamation ("Budget km
# tha bc", profanity, which is not held) as abuse: they are the gaali beside another gaali
# ("bc mc modi") or in a comment that speaks to someone in Hindi ("tu lele bc").
GAALI_ABBREVIATIONS = _words("bc mc")
NOT_GAALI_AFTER_ABBREVIATION = _words("stan sher square donald donalds kyle lyte hammer")
# Said to a person, these tell them where they "belong": their country, the kitchen.
EXCLUSION_PHRASES = frozenset(
    {
        ("go", "back", "to", "your", "country"),
        ("go", "back", "to", "your", "slum"),  # said to a reader (the 1227th set)
        # "Ja na Pakistan, wahan tere abba rehte hain" (the 1240th set)
        ("ja", "na", "pakistan"),
        ("go", "back", "to", "your", "slums"),
        # "Ram Ram, now piss off back to your slum" (round 563)
        *(
            ("off", "back", "to", whose, place)
            for whose in ("your", "ur")
            for place in ("slum", "slums", "hut", "village", "jungle", "country", "cave")
        ),
        # packed into trains and sent back ("inko train mein bhar ke wapas bhejo", the 1169th
        # set), and the Marathi "drive them out" ("parprantiya lokanna hakla")
        *(
            (*packed, *send)
            for packed in (("bhar", "ke"), ("bhar", "kar"), ("bharke",))
            for send in (("wapas", "bhejo"), ("wapas", "bhej", "do"), ("wapas", "bhejna"))
        ),
        *(
            (whom, drive)
            for whom in ("lokanna", "yanna", "tyanna", "parprantiyanna")
            for drive in ("hakla", "haklun")
        ),
        # a country of origin said to a citizen: "go back to india and run for office
        # there" (the 687th set; not "I want to go back to India next year": oneself)
        # (and "Her and her dreads can fuck off back to Lagos", round 571)
        *(
            (go, "back", "to", country)
            for go in ("go", "off")
            for country in (
                "india",
                "pakistan",
                "africa",
                "china",
                "mexico",
                "bangladesh",
                "nigeria",
                "somalia",
                "jamaica",
                "israel",
                # "They should go back to Poland where they came from" said of British Jews
                # (the 842nd set), as of Poles
                "poland",
                "romania",
                "syria",
                "afghanistan",
                "iraq",
                # said to an Assamese Muslim MLA (the 1014th set)
                "dhaka",
                # said to a Sikh judge in Canada (the 1058th set)
                "punjab",
                # said to a Chinese takeaway's owner (round 556), a Romanian carer (553)
                "wuhan",
                "beijing",
                "bucharest",
                # said to a black footballer (round 571), an Afghan student (569)
                "lagos",
                "ghana",
                "kabul",
                "mogadishu",
                # said to a Bangladeshi-born chef (round 581; "bangladesh" is above)
                "sylhet",
            )
        ),
        ("go", "back", "to", "tel", "aviv"),  # said to British Jews (the 698th set)
        # "Popescu, go back to your caravan and take your kids with you" (round 553), "go
        # back to your cannabis farm" (round 576, to a reader under an Albanians' story)
        *(
            ("go", "back", "to", whose, *place)
            for whose in ("your", "ur", "his", "her", "their")
            for place in (("caravan",), ("cannabis", "farm"))
        ),
        ("go", "back", "to", "your", "own", "country"),
        ("go", "back", "where", "you", "came"),
        # "Sterling and Saka should go back where their parents came from"
        *(
            ("go", "back", "where", whose, parents)
            for whose in ("your", "ur", "his", "her", "their")
            for parents in ("parents", "grandparents", "family", "ancestors")
        ),
        ("go", "back", "to", "where", "you"),
        # "Send her back to pick cotton" said of a black MP (the 424th set)
        *(("back", "to", pick, "cotton") for pick in ("pick", "picking", "pickin")),
        # "Send the whole lot of them back on the Windrush" (the 377th set)
        *(
            ("back", "on", a, *boat)
            for a in ("the", "a")
            for boat in (("banana", "boat"), ("windrush",))
        ),
        # "Put her back on the boat she came in on" said of a Black MP (the 827th set)
        *(
            ("back", "on", "the", boat, who, "came")
            for boat in ("boat", "dinghy", "raft", "banana")
            for who in ("he", "she", "they", "you", "u", "her", "his", "their")
        ),
        ("crawl", "back"),
        # and where a woman "belongs"
        *(  # "back in the kitchen", "go back to your kitchen" (not "back to her kitchen")
            ("back", to, the, "kitchen")
            for to in ("to", "in", "into")
            for the in ("the", "your", "ur")
        ),
        ("back", "to", "onlyfans"),  # "go back to OnlyFans, sweetheart"
        # a Native American sent "back to the rez" (not "she drove back to the reservation")
        ("back", "to", "the", "rez"),
        # north Indians sent "back to their cow belt" (the 680th set)
        *(("back", "to", whose, "cow", "belt") for whose in ("their", "your", "the", "his", "ur")),
        ("back", "to", "your", "rez"),
        ("back", "to", "his", "rez"),
        ("back", "to", "her", "rez"),
        *(
            (verb, "in", the, "kitchen")
            for verb in ("belong", "belongs")
            for the in ("the", "a")  # "she belongs in a kitchen, not on the bench"
        ),
        ("make", "me", "a", "sandwich"),
        # "send her to the kitchen" ("should be sent to the kitchen": SENT_WHERE)
        *(("send", whom, "to", "the", "kitchen") for whom in ("her", "them", "women", "all")),
        ("nobody", "wants", "you", "here"),
        ("go", "to", "pakistan"),
        # a caste sent back to manual scavenging: "let them go back to cleaning gutters"
        *(
            ("back", "to", "cleaning", place)
            for place in ("gutters", "drains", "toilets", "sewers", "latrines", "streets")
        ),
        *(  # not China: "I want to go back to China to see my family"
            (verb, "back", "to", place)
            for verb in ("go", "off", "fly", "swim")
            for place in ("africa", "mexico", "bangladesh", "pakistan")
        ),
        # "go back to your Pakistan and cheer there"
        *(
            ("go", "back", "to", "your", place)
            for place in ("africa", "mexico", "bangladesh", "pakistan")
        ),
        ("pakistan", "is", "calling", "you"),  # "go cry to your mullah, Pakistan is calling you"
        ("pakistan", "calling", "you"),
        # "send them back to the mountains with their clippers" (the 581st set; not "we went
        # back to the mountains": the order is read by categories._ordered_back)
        *(
            ("back", "to", whose, hills)
            for whose in ("the", "their")
            for hills in ("mountains", "caves", "hills")
        ),
        # "go preach in the jungle where you came from" (the 576th set)
        *(
            (where, "where", you, "came", "from")
            for where in ("jungle", "trees", "zoo", "desert", "cave", "caves", "hut", "huts")
            for you in ("you", "u", "she", "he", "they")
        ),
        # a gay man sent back into the closet: "should have kept it in the closet, nobody
        # wants to see that filth" (the 548th set; not "the law forced them back into the
        # closet", reported)
        *(("get", "back", "in", "the", "closet"), ("go", "back", "in", "the", "closet")),
        *(
            (*should, *stayed, "in", "the", "closet")
            for should in (("should", "have"), ("shouldve",), ("should", "ve"), ("shoulda",))
            for stayed in (("stayed",), ("kept", "it"), ("kept", "that"))
        ),
        # a British Asian sent back to a shop: "go back to the corner shop where u belong"
        # (the 546th set; not "I had to go back to the corner shop for milk")
        # (and "Go back to your curry houses", the 1114th set, a temple's hall in Harrow;
        # "Sharma should go back to her curry house", said of a minister, round 525; not
        # "I'd go back to her takeaway any day", a customer's)
        *(
            ("go", "back", "to", whose, *shop.split())
            for whose in ("your", "ur")
            for shop in _SHOPS_SENT_BACK_TO
        ),
        *(
            ("go", "back", "to", whose, *shop.split())
            for whose in ("her", "his", "their")
            for shop in _SHOPS_SENT_BACK_TO
            if not shop.startswith("takeaway")
        ),
        *(
            ("go", "back", "to", "the", *shop, "where", you, "belong")
            for shop in (("corner", "shop"), ("takeaway",), ("curry", "house"))
            for you in ("you", "u")
        ),
        *(  # and where apes belong: "go back to the zoo" said to a black footballer
            ("go", "back", "to", the, place)
            for the in ("the", "your")
            for place in ("jungle", "zoo", "trees")
        ),
        # "Wapas jao apne jungle mein" said to a woman from the North East (the 316th set)
        *(
            phrase
            for back in ("wapas", "vapas", "waapas")
            for go in ("jao", "jaao", "ja")
            for place in ("jungle", "desh", "mulk")
            for phrase in ((back, go, "apne", place), ("apne", place, back, go))
        ),
        # "Send them all back to the sandpit" said of Muslims (the 359th set)
        # (not "the sandpit", where a nursery's children play)
        *(
            ("back", "to", whose, pit)
            for whose in ("their", "your", "his")
            for pit in ("sandpit", "sandbox", "sandpits")
        ),
        # "Go back to your teepee" said to a First Nations chief (the 278th set)
        *(("go", "back", "to", "your", tent) for tent in ("teepee", "tipi", "tepee", "wigwam")),
        # "sabko lath maar ke bhagao": a people kicked out (the 280th set)
        *(
            (kick, hit, *then, out)
            for kick in ("lath", "laat", "laath", "laaton", "laton", "laathon")
            for hit in ("maar", "maarke", "marke", "maarkar")
            for then in ((), ("ke",), ("kar",))
            for out in ("bhagao", "nikalo", "bhaga", "nikaalo")
        ),
        # "go back to your madrassa" said to a Muslim reader
        *(("go", "back", "to", "your", school) for school in ("madrassa", "madrasa", "madarsa")),
        # "Send the monkeys back and give the jobs to British girls" (the 482nd set): people
        # named as animals, sent back
        *(
            ("send", the, animals, "back")
            for the in ("the", "these", "those", "them", "all")
            # (not "animals": "send the animals back to the shelter")
            for animals in _words("monkeys apes savages cockroaches vermin parasites")
        ),
        # "send em all back on the next boat lol" (the 478th set): the boat is what the
        # racist sends people back on (deportations are reported on flights: "sent back on
        # the next flight" stays a report)
        *(
            (send, "them", *all_, "back", "on", "the", "next", boat)
            for send in ("send", "ship", "put")
            for all_ in ((), ("all",))
            for boat in ("boat", "boats", "dinghy", "raft")
        ),
        # "send him back to the jungle", "back to their mud huts": the racist's geography
        # ("Send him back to the desert where his lot belong": the 498th set)
        *(
            (who, "back", "to", "the", place)
            for who in ("him", "her", "them")
            for place in ("jungle", "zoo", "trees", "desert")
        ),
        # "send him back where he came from" (the 502nd set; not "the Home Office sent him
        # back where he came from", told)
        *(
            (send, who, "back", "where", they, "came", "from")
            for send in ("send", "ship", "deport")
            for who, they in (("him", "he"), ("her", "she"), ("them", "they"))
        ),
        *(  # "Go home to your mud hut, Councillor" (the 270th set)
            ("home", "to", whose, "mud", huts)
            for whose in ("their", "your", "his", "her")
            for huts in ("hut", "huts")
        ),
        *(
            ("back", "to", whose, "mud", huts)
            for whose in ("their", "your", "his", "the")
            for huts in ("hut", "huts")
        ),
        # "Send the whole lot back to their shanty towns" (the 407th set)
        *(
            ("back", "to", whose, *shanty)
            for whose in ("their", "your", "his", "her")
            for shanty in (
                ("shanty", "towns"),
                ("shanty", "town"),
                ("shantytowns",),
                ("shantytown",),
            )
        ),
        *(
            ("go", "back", "to", place)
            for place in ("nigeria", "somalia", "jamaica", "ghana", "congo", "uganda")
        ),
        # "Nepali ho ya chinese, jo bhi ho, apne desh jao" (the 475th set; not "apne desh
        # wapas aao", come home)
        *(
            ("apne", "desh", *go)
            for go in (
                ("jao",),
                ("chale", "jao"),
                ("laut", "jao"),
                ("wapas", "jao"),
                ("vapas", "jao"),
                ("bhago",),
            )
        ),
        # "UP Bihar wapas bhejo sabko": a people sent back where they came from (all of them)
        *(
            (*back, send, *all_)
            for back in (("wapas",), ("vapas",))
            for send in ("bhejo", "bhejna")
            for all_ in (("sabko",), ("inko",), ("in", "sabko"))
        ),
        *(
            (all_, back, send)
            for all_ in ("sabko", "inko")
            for back in ("wapas", "vapas")
            for send in ("bhejo", "bhejna")
        ),
        # "Inko wapas Bihar bhejo" (the 274th set): sent back to where they came from
        *(
            (whom, back, place, *send)
            for whom in ("inko", "unko", "sabko", "inhe", "unhe", "isko", "usko")
            for back in ("wapas", "vapas")
            for place in _words("bihar up bengal bangladesh nepal assam kashmir africa pakistan")
            for send in (("bhejo",), ("bhej", "do"), ("bhejna", "chahiye"))
        ),
        # "Pakistan bhejo sabko": sent to Pakistan (and "desh se nikalo, Bangladesh bhejo",
        # the 1029th set)
        ("pakistan", "bhejo"),
        ("pakistan", "bhej", "do"),
        ("pakistan", "bhejna", "chahiye"),
        # ("Tere jaise gaddar ko Pakistan bhej dena chahiye", round 536)
        ("pakistan", "bhej", "dena", "chahiye"),
        ("pakistan", "bhej", "dena"),
        ("bangladesh", "bhej", "dena", "chahiye"),
        ("bangladesh", "bhejo"),
        ("bangladesh", "bhej", "do"),
        ("bangladesh", "bhejna", "chahiye"),
        ("pakistan", "chale", "jao"),
        ("pakistan", "chala", "ja"),
        # "Is Khan ko Pakistan ka visa dilwao" (the 1053rd set): a ticket or a visa there
        *(
            (place, "ka", paper, *get)
            for place in ("pakistan", "bangladesh")
            for paper in ("visa", "ticket")
            # (not "Mujhe Pakistan ka visa do, cricket dekhne jaana hai": asked for oneself)
            for get in (("dilwao",), ("dila", "do"), ("katwao",), ("kata", "do"), ("katao",))
        ),
        # "tu pakistan ja": every such comment in TRAC-1 Hindi is overt aggression
        *(("pakistan", go) for go in ("ja", "jaa", "jao", "jaao")),
        # "bhaag ja Pakistan", "Pakistan bhaag jao" (the 265th set)
        *(
            phrase
            for run in ("bhaag", "bhag", "bhaago", "bhago")
            for go in ("ja", "jaa", "jao", "jaao")
            for phrase in ((run, go, "pakistan"), ("pakistan", run, go))
        ),
    }
)
# A woman at work under her own report, named by the work or hailed ("anchor", "madam",
# "sweetheart"), and her body or sex in the same sentence: the harassment women journalists
# get in everyday words ("Madam ji aap toh aag ho", "Nice legs, anchor ji", "madam ki figure
# dekh ke"), which the patterns of its slang did not read (the thirty-fourth session's two
# probes: 2 of 10 and 0 of 10 held at first sight).
HAILED_AT_WORK = _words(
    "madam maam anchor anchors reporter patrakar presenter newsreader sweetheart darling babe"
    " sweetie"
)
# ... said anywhere in her sentence (not the words an official is asked about too: "hot",
# "item", "maal" (goods), "patakha" (a firecracker), "hotel room", "room number", "ek date"
# (of a hearing), "aag ho gayi" (a fire))
HER_BODY_ANYWHERE = _words(
    "neckline cleavage sexy lingerie bra boobs bosom unbutton unbuttoned waistline"
)
HER_BODY_PHRASES = frozenset(
    {("toh", "aag", "ho"), ("to", "aag", "ho"), ("coffee", "date"), ("my", "bedroom"),
     ("mere", "bedroom"), ("kneels", "for"), ("kneel", "for"), ("kneeling", "for"),
     ("waist", "line")}
)  # fmt: skip
# ... and a part of the body said as hers or the reader's ("unki kamar", "your legs",
# "madam ki figure"; not "the unemployment figure", nor "your body language")
HER_BODY_PARTS = _words("figure legs thighs lips kamar waist curves hips chest lipstick")
HERS = _words("her your ur uski iski unki inki aapki teri tumhari ki")
# ... unless her body is in the sentence as a patient's: "Madam CM, get well soon, your legs
# will heal", "aapki kamar ki chot kaisi hai?"
BODY_CARED_FOR = _words(
    "injury injuries injured chot dard pain surgery operation hospital doctor fracture plaster"
    " heal healing recovery recover well"
)
# Degrading a person's body or sex: abuse whoever it is aimed at, a reader or a journalist.
DEMEANING_PHRASES = frozenset(
    {
        ("fat", "ugly"),
        ("ugly", "cow"),
        ("fat", "cow"),
        ("fat", "pig"),
        ("ugly", "bitch"),
        ("ugly", "hag"),
        ("old", "hag"),
        ("ugly", "inside", "and", "out"),
        ("no", "wonder", "her", "husband", "left"),
        ("no", "wonder", "his", "wife", "left"),
        ("no", "wonder", "shes", "single"),
        ("dumb", "blonde"),
        # "chudail jaisi dikhti hai": looks like a witch; "iski shakal dekho": look at her face
        *(("chudail", looks) for looks in ("jaisi", "lagti", "dikhti", "lag", "si")),
        # "nepo kid ki shakal dekho": look at his face (of anyone named before "ki")
        *(
            ("ki", face, look)
            for face in ("shakal", "shakl", "thobda", "thobra")
            for look in ("dekho", "dekh")
        ),
        # "Kejriwal toh paida hi galti se hua": born, of all things, by mistake (round 492;
        # not "politics mein galti se aaya", nor "main galti se paida hua tha, 7 mahine mein")
        *(("paida", "hi", "galti", "se", born) for born in ("hua", "hui", "hue")),
        # "saali dayan hai": a woman called a witch (not "dayan hai ye mehngai": inflation)
        *(("saali", witch) for witch in ("dayan", "daayan", "daain", "chudail")),
        *(
            (whose, face, look)
            for whose in ("iski", "uski", "teri", "inki", "unki")
            for face in ("shakal", "shakl", "thobda", "thobra")
            for look in ("dekho", "dekh")
        ),
        # "besharam aurat": a woman called shameless (not "besharam sarkar")
        *(
            (insult, woman)
            for insult in ("besharam", "gandi", "moti", "kaali", "badsoorat")
            for woman in ("aurat", "ladki", "aunty", "auntie")
        ),
        ("dumb", "blondes"),
        # "She's got a face like a silverback" (the 424th set; not "a face like a bulldog
        # chewing a wasp", said of anyone, nor "pulled a face like a gorilla" for the kids:
        # categories._a_face_pulled)
        *(
            ("face", "like", a, ape)
            for a in ("a", "an")
            for ape in ("silverback", "gorilla", "ape", "monkey", "baboon", "chimp", "orangutan")
        ),
        # "ye kaali kalooti": a woman called black as soot (the 385th set), only where
        # pointed at
        *POINTED_ONLY,
    }
    # "stupid cow", "old hag": a woman degraded, whoever says it to whom
    | {
        (adjective, noun)
        # ("Dunmore the dozy cow": round 505)
        # ("Hartley is a greedy cow": round 517)
        for adjective in _words(
            "stupid dumb silly fat ugly old dirty filthy thick dozy daft lazy greedy"
        )
        for noun in ("cow", "hag", "sow", "witch")
    }
    # "Senile old bat, you've been voting against your grandkids" (the 772nd set; not "old
    # bats roost in the belfry", nor "an old bat flew in": the adjective makes her a woman)
    | {
        (adjective, "old", noun)
        for adjective in _words("senile silly daft stupid mad crazy batty nasty bitter useless")
        for noun in ("bat", "hag", "crone", "fossil", "fossils", "cow")
    }
    | {(you, "old", "bat") for you in ("you", "u")}
    # "a fat bore like you": a body insulted with the person
    | {
        ("fat", noun)
        for noun in ("bore", "slob", "loser", "lump", "pig", "bitch", "idiot", "fool", "whale")
    }
)
# "Send him to Pakistan": in Indian politics, telling a Muslim or a critic they do not belong.
# A person sent, not a team or aid; and not "deport illegal immigrants", a policy argued daily.
SEND_AWAY = _words("send ship throw kick")
# ... and said of someone in the passive: "she should be transferred to Pakistan"
SENT_AWAY = _words("sent transferred deported shipped")
# After "should be sent" / "must be sent", where someone is told to go: "his wife should be
# sent back to Pakistan with him", "women like her should be sent to the kitchen" (not "the
# fishermen will be sent to Pakistan next week", a report).
SENT_WHERE = frozenset(
    {(*back, "to", place) for back in ((), ("back",)) for place in ("pakistan", "bangladesh")}
    | {("to", "the", "kitchen")}
    | {("back", "to", "nepal")}  # "These hill people should be sent back to Nepal" (764th)
)
# Before "back to the kitchen", what makes it an order ("go back to the kitchen", "women
# should be back in the kitchen") rather than a story ("I went back to the kitchen").
SENT_BACK = _words("go get send sent belong belongs be stay run crawl get gets goes put ship throw")
# (and Pakistan's cities: "send her back to Lahore", said of England's captain, the 1592nd
# set; no one is sent to them but a citizen of Pakistani heritage)
EXILES = _words(
    "pakistan bangladesh lagos karachi dhaka lahore islamabad mirpur rawalpindi peshawar"
)
PERSONS_SENT = _words(
    """
    him her them you u journalist journalists anchor anchors reporter reporters writer
    writers actor actors activist activists professor liberal liberals leftist leftists
    traitor traitors gaddar gaddaron deshdrohi deshdrohiyon guy guys fellow people mulla
    mulle mullas jihadi jihadis katua katuas katue congregation lot
    """
)
DEMONSTRATIVES = _words("these those such ye yeh")
# A woman sent home, as an order: "ugly aunty, go home and cook" (not "I'll go home and cook")
HOME_TO_COOK = frozenset(
    {("go", "home", "and", "cook"), ("go", "back", "home", "and", "cook"),
     ("stay", "home", "and", "cook"), ("sit", "at", "home", "and", "cook"),
     # "ladkiyon ka cricket dekhta kaun h, chulha chauka sambhalo" (the 558th set)
     ("chulha", "chauka", "sambhalo"), ("chulha", "chauka", "karo"), ("chulha", "sambhalo"),
     ("chulha", "chauka", "sambhal"), ("chulha", "chauka", "kar"),
     # "Aunty aap chup raho, rasoi me dhyan do" (the 1248th set)
     ("rasoi", "me", "dhyan", "do"), ("rasoi", "mein", "dhyan", "do"), ("rasoi", "sambhalo"),
     ("kitchen", "me", "dhyan", "do"), ("kitchen", "mein", "dhyan", "do"),
     # "isko kitchen mein transfer karo, wahi sahi posting h" (the 561st set; not "chef ko
     # kitchen mein transfer kiya", "Cook ko kitchen mein bhejo, wahan khana bana rahi hai")
     *(
         (*her, kitchen, "mein", *send)
         for her in (("isko",), ("usko",), ("ise",), ("use",), ("madam", "ko"), ("inko",))
         for kitchen in ("kitchen", "rasoi")
         for send in (("transfer", "karo"), ("bhejo",), ("bhej", "do"))
     ),
     # "kitchen mein wapas bhejo" said of a woman MP (the 719th set)
     *(
         (kitchen, mein, "wapas", *send)
         for kitchen in ("kitchen", "rasoi")
         for mein in ("mein", "me")
         for send in (("bhejo",), ("bhej", "do"), ("jao",), ("jaa",), ("jaye",))
     )}
)  # fmt: skip
# Words that tell people were let into a country: "Merkel let in a million of these savages"
LET_IN = _words("imported importing import imports brought bringing letting let welcomed admitted")
# Of the dehumanising nouns, those never meant literally ("these savages from ...").
PEOPLE_ONLY_VERMIN = _words(
    "moochers parasites leeches savages scum invaders freeloaders subhumans breeders"
)
# ... and the nouns that name the people they dehumanise: Adivasis as "these junglees" (the
# 966th set; "junglee" alone is also wild, and a rummy game's name)
VERMIN_NAMING_A_PEOPLE = _words("junglees janglees junglis")
# Orders about a person's body, said to the reader when they open a sentence: "Go on a diet."
# (not "we should all go on a diet after Diwali")
# "teri aukat": spelt as it is said
AUKAT = ("aukat", "aukaat", "okat", "aukad", "auqat", "auqaat")


def _stay_in_place(stays: tuple[str, ...]) -> list[tuple[str, ...]]:
    """'aukaat mein reh', 'aukat me raho': stay in your place, with each of `stays`."""
    return [
        (place, mein, stay) for place in AUKAT for mein in ("mein", "me", "main") for stay in stays
    ]


BODY_ORDERS = frozenset(
    {
        ("go", "on", "a", "diet"),
        ("lose", "some", "weight"),
        # and the orders that are abuse in themselves: "Go choke on it", "Eat a bag of dicks"
        ("go", "choke", "on"),
        ("choke", "on", "it"),
        ("eat", "a", "bag", "of", "dicks"),
        ("eat", "shit"),
        ("kiss", "my", "ass"),
        ("kiss", "my", "arse"),
        # "(apni) gaand marao": go get buggered
        *(
            (*own, arse, go)
            for own in ((), ("apni",))
            for arse in ("gaand", "gand")
            for go in ("mara", "marao", "marwa", "marwao", "marva", "marvao")
        ),
        # "Jaa ke apni maa se pooch": go ask your mother
        ("jaa", "ke", "apni", "maa", "se"),
        ("ja", "ke", "apni", "maa", "se"),
        ("jake", "apni", "maa", "se"),
        ("jaake", "apni", "maa", "se"),
        # "Aukaat mein raho." as a sentence of its own: an order to whoever the comment
        # names (the 1163rd set: "Bihari mazdoor ka kaam hai ghar banana, ... Aukaat mein
        # raho.")
        *_stay_in_place(("raho", "rahiye", "rehiye", "reh")),
    }
)

INSULT_PHRASES = DEMEANING_PHRASES | frozenset(
    {
        ("waste", "of", "space"),
        # "chappal khane layak hai": fit to be beaten with a slipper (of a film, a verdict)
        *(
            (shoe, "khane", fit)
            for shoe in ("chappal", "chappalein", "joote", "jute", "jootey")
            for fit in ("layak", "laayak", "laiq")
        ),
        ("waste", "of", "oxygen"),
        # "Sharam kar naali ke keede" (a gutter's worm: round 516)
        ("naali", "ke", "keede"),
        ("naali", "ka", "keeda"),
        ("naali", "ke", "kide"),
        ("shut", "up"),
        ("shut", "the", "fuck", "up"),
        ("shut", "the", "hell", "up"),
        # "shut your mouth", and as comments on news pages write it: "shut ur fkn mouth"
        *(
            ("shut", your, *swear, *mouth)
            for your in ("your", "ur")
            # (and "shut your fat gob", the 664th set)
            for swear in (
                *((), ("fucking",), ("fkn",), ("fking",), ("bloody",), ("damn",)),
                *(("fat",), ("big",), ("stupid",), ("ugly",), ("filthy",)),
            )
            for mouth in (("mouth",), ("trap",), ("gob",), ("face",), ("piehole",), ("pie", "hole"))
        ),
        ("waste", "of", "skin"),
        ("waste", "of", "air"),
        ("gold", "digger"),
        ("gold", "diggers"),
        ("go", "to", "hell"),
        ("get", "lost"),
        ("muh", "band", "kar"),
        ("chup", "kar"),
        ("chup", "be"),
        # "go cry to your Pakistani masters": a reader called Pakistan's servant
        *(
            phrase
            for master in ("masters", "handlers", "abba", "abbu", "bosses")
            for phrase in (("pakistani", master), (master, "in", "pakistan"))
        ),
        # "you should be ashamed to be alive"
        ("ashamed", "to", "be", "alive"),
        # "what a braindead take, are your parents siblings?": the reader called inbred (the
        # phrases open on a rare word: every word that can open one is looked at)
        *(
            phrase
            for kin in ("siblings", "cousins")
            for phrase in (("parents", kin), ("parents", "are", kin), ("parents", "were", kin))
        ),
        # "your kids must be so ashamed of their mother"
        *(
            (relative, "must", "be", *so, "ashamed")
            for relative in (
                "kids",
                "children",
                "family",
                "parents",
                "mother",
                "father",
                "husband",
                "wife",
                "mum",
                "dad",
                "son",
                "daughter",
            )
            for so in ((), ("so",))
        ),
        *BODY_ORDERS,
        # "you clearly have two brain cells", "you're the reason some animals eat their young"
        ("two", "brain", "cells"),
        ("2", "brain", "cells"),
        ("one", "brain", "cell"),
        ("no", "brain", "cells"),
        ("animals", "eat", "their", "young"),
        ("dimaag", "ghutne"),
        ("dimag", "ghutne"),
        ("akal", "ghutne"),
        ("buddhi", "ghutne"),
        # "people like you should have been sterilised at birth"
        *(
            ("been", done, "at", "birth")
            for done in ("sterilised", "sterilized", "aborted", "drowned")
        ),
        # "nobody would miss you if you disappeared"
        ("nobody", "would", "miss", "you"),
        ("no", "one", "would", "miss", "you"),
        ("noone", "would", "miss", "you"),
        ("nobody", "will", "miss", "you"),
        # "you are a disgusting human being" (of a minister, argued: aimed only with "you")
        *(
            (vile, *being)
            for vile in ("disgusting", "vile", "despicable", "pathetic", "repulsive", "sick")
            for being in (("human", "being"), ("excuse", "for", "a", "human"))
        ),
        # ... and "Disgusting woman." said to a reader (the 1174th set: "@Lakshmi you look
        # like the type who'd ...")
        *(
            (vile, who)
            for vile in ("disgusting", "vile", "despicable", "repulsive")
            # (not "man" nor "person": "Your husband is a despicable person" is said of him)
            for who in ("woman", "creature", "girl")
        ),
        ("brain", "dead"),
        ("dont", "deserve", "to", "live"),
        ("doesnt", "deserve", "to", "live"),
        # "you have no right to stay alive" (TRAC-1 English train), "you should not have
        # been born", "I wish you were never born" (aimed only: "Israel has no right to
        # exist" is argued, not held)
        *(
            ("no", "right", "to", *living)
            for living in (("live",), ("stay", "alive"), ("be", "alive"), ("exist",), ("breathe",))
        ),
        ("should", "not", "have", "been", "born"),
        # "you're a disgrace to humanity" (of a convicted man, argued: aimed only with "you")
        *(
            ("disgrace", "to", *whom)
            for whom in (("humanity",), ("mankind",), ("the", "human", "race"))
        ),
        ("shouldnt", "have", "been", "born"),
        *(("wish", you, "were", "never", "born") for you in ("you", "u")),
        # "know your place": "teri aukat kya hai"
        ("know", "your", "place"),
        *((whose, place) for whose in ("teri", "tumhari") for place in AUKAT),
        # "aukaat mein reh" (the 727th set: an order, stay in your place)
        *_stay_in_place(("reh", "rah", "raho", "rahiye", "rehiye")),
        # "tum log ki aukaat hi kya hai": the reader's whole kind put in its place
        *(("tum", log, "ki", place) for log in ("log", "logon", "logo") for place in AUKAT),
        ("tera", "baap"),
        # "tu paida hi kyun hua?": why were you even born
        ("paida", "hi", "kyun", "hua"),
        ("paida", "hi", "kyu", "hua"),
        ("paida", "kyun", "hua"),
        ("why", "were", "you", "even", "born"),
        ("why", "were", "you", "born"),
        ("tere", "baap"),
        # "your mother should have aborted you"
        ("should", "have", "aborted", "you"),
        ("shouldve", "aborted", "you"),
        ("should", "have", "been", "aborted"),
        ("shouldve", "been", "aborted"),
        ("should", "have", "swallowed", "you"),
        ("shouldve", "swallowed", "you"),
    }
)
# "Fuck you", "go fuck yourself", "fuck your mother": a curse said to someone. In the public
# sets every comment with one of these is labelled abusive but one (a "go fuck yourself" that
# ETHOS does not count as hate). "Fuck off" counts when a second-person word is near ("you
# can fuck off"); alone it may send off a minister, which argument may do.
_FUCKS = ("fuck", "fck", "fk", "fuk", "fcuk", "phuck", "fuq")
CURSES = frozenset(
    {(f, whom) for f in _FUCKS for whom in ("you", "u", "yourself", "yourselves", "off")}
    | {
        (f, your, kin)
        for f in _FUCKS
        for your in ("your", "ur")
        for kin in ("mother", "mom", "mum", "mama", "momma", "sister", "family")
    }
)
# The curse as one word: "fuckyou", and what "F U C K Y O U" is joined into
CURSE_WORDS = _words("fuckyou fuckyourself fuckyouall fuckyall")
# "a big fuck you to the voters", "fuck-you money", "fuck you to whoever designed this
# paywall": the curse named, or sent to someone other than the reader
CURSE_NAMED_AFTER = _words("a big giant huge massive the")
CURSE_NAMED_BEFORE = _words("money to")
# "teri gaand me mirchi kyon lagi", "tumhari chut": the reader's private parts, in abuse
# only (every such comment in TRAC-1 Hindi is labelled overt aggression)
VULGAR_ADDRESS = frozenset(
    (your, part)
    for your in ("teri", "tere", "tera", "tumhari", "tumhare", "tumhara", "tumari", "tumare")
    for part in ("gand", "gaand", "chut", "choot", "lund", "lawda", "lauda")
)
# Jibes that are aimed at a reader whoever they name: "the resident village idiot", "imagine
# being this stupid", "you're too thick to understand" (the last only beside "you": "the
# fog is too thick to see" is weather).
READER_JIBES = frozenset(
    {
        # hell wished on the reader or the reader's family ("May your family rot in hell for
        # writing this", the 1232nd set; a curse on a rioter or a minister publishes)
        *(
            (wish, *whom, rot, "in", "hell")
            for wish in ("may", "hope")
            for whom in (("you",), ("u",), ("your", "family"), ("ur", "family"), ("your", "kids"),
                         ("your", "whole", "family"), ("your", "children"))
            for rot in ("rot", "burn")
        ),
        *(("resident", *idiot) for idiot in (("idiot",), ("village", "idiot"), ("troll",),
                                              ("clown",), ("moron",), ("imbecile",))),
        *(("imagine", "being", "this", dim) for dim in ("stupid", "dumb", "thick", "ignorant",
                                                        "brainless", "dense", "clueless")),
        # "You must have the extra chromosome yourself" (the 276th set; not "people with an
        # extra chromosome", Down syndrome named)
        *((the, "extra", "chromosome", "yourself") for the in ("the", "an", "that")),
        # "aukaat mein reh": the imperative said to one reader (the 727th set)
        *_stay_in_place(("reh", "rah")),
        # "Quota se aaye ho, topper nahi, apni aukaat mat bhoolo" (the 1038th set): told not
        # to forget their place
        *(
            (place, no, forget)
            for place in AUKAT
            for no in ("mat", "na")
            for forget in ("bhool", "bhoolo", "bhulo", "bhul", "bhoolna")
        ),
        # "ghar pe gobar kha le": told to eat dung, the jibe at Hindus (the 737th set; not
        # "bhains gobar kha leti hai", told of no one)
        *(("gobar", "kha", eat) for eat in ("le", "lo", "lijiye", "lena")),
        *(("gobar", eat) for eat in ("khao", "khaao", "khale", "khalo")),
    }
)  # fmt: skip
# "ur a traitor to ur own kind get fucked" (the 486th set): the curse said to the reader
# (not "gamers get fucked by this price rise", where no reader is near)
ONLY_AIMED = frozenset({("too", "thick", "to"), ("get", "fucked"), ("get", "fkd")})
INSULT_PHRASES = (
    INSULT_PHRASES | HELD_OF_ANYONE_PHRASES | CURSES | VULGAR_ADDRESS | READER_JIBES | ONLY_AIMED
)
GAALI_PHRASES = frozenset(
    {
        # "iski maa behen ek kar denge": his mother and sister abused
        *(("maa", sister, "ek", "kar") for sister in ("behen", "bahen", "behan", "bahan")),
        ("haram", "khor"),
        # "angrezon ki najaiz aulaad": bastards
        *(
            (najaiz, aulaad)
            for najaiz in ("najaiz", "najayaz", "najayaj", "naajaiz")
            for aulaad in ("aulaad", "aulad", "olad", "aulado")
        ),
        # "Angrez ki aulaad, 200 saal loota, ab bhugto" (the 810th set): foreigners called
        # children of the British (the kin's sayings are told apart as for slurs: "Angrez ki
        # aulaad is what my grandfather called every officer who ignored him")
        *(
            (angrez, "ki", aulaad)
            for angrez in ("angrez", "angrezon", "angrezo", "gore", "goron")
            for aulaad in ("aulaad", "aulad", "olad")
        ),
        # "Sule magane Tamil avru ..." (the 821st set): the Kannada "son of a whore", and the
        # like in Malayalam and Kannada
        *(("sule", son) for son in ("maga", "magane", "magne", "munde")),
        ("poori", "mone"),
        ("poori", "mon"),
        ("ninn", "amman"),
        ("ninna", "amman"),
        ("lanja", "koduku"),
        # "bhains kahin ki": the utter buffalo (a buffalo is otherwise a buffalo)
        *(
            (buffalo, where, "ki")
            for buffalo in ("bhains", "bhens", "bhais")
            for where in ("kahin", "kahi")
        ),
        *(
            ("ullu", of, son)
            for of in ("ka", "ke")
            for son in ("pattha", "patthe", "patha", "pathe", "patthey", "pathey", "patthe")
        ),
        ("madar", "chod"),
        ("behen", "chod"),
        ("bhen", "chod"),
        ("kutte", "ki", "maut"),
        # (and of pigs in the plural, "जिहादी सूअरों की औलाद" read "suaron ki aulad": the
        # forty-eighth session's 482nd round)
        *(
            (pig, "ki", spawn)
            for pig in ("suar", "suaron", "suaro", "suwar", "suwaron", "sooar", "sooaron")
            for spawn in ("aulad", "aulaad", "olad", "aulado", "auladen")
        ),
        # "jihadi kahin ka" (the utter jihadi), "pathharbaaz ki aulaad" (a stone-pelter's
        # spawn), said of a Muslim cricketer and a Kashmiri trader (the 599th and 603rd sets)
        *(
            (jihadi, where, of)
            for jihadi in ("jihadi", "aatanki", "atanki", "aatankwadi", "atankwadi")
            for where in ("kahin", "kahi")
            for of in ("ka", "ki", "ke")
        ),
        *(
            (stone_pelter, "ki", aulaad)
            for stone_pelter in _words(
                "pathharbaaz pattharbaaz pathharbaz pattharbaz patharbaaz patharbaz jihadi"
                " jihadiyon aatanki aatankwadi aatankwadiyon atankwadi"
            )
            for aulaad in ("aulaad", "aulad", "olad")
        ),
        ("najayaz", "aulad"),  # not "najayaz kabza", an illegal occupation
        ("kutte", "ki", "aulad"),
        # a reader called the spawn of a political label ("Bhakt ki aulaad, tujhe kya pata",
        # the 1240th set; "bhakt" alone is argument), and Dalits of Ambedkar ("Ambedkar ki
        # aulaad sab ek jaise", the 1244th)
        *(
            (label, "ki", aulaad)
            for label in (
                "ambedkar",
                "bhakt",
                "bhakton",
                "sanghi",
                "sanghiyon",
                "chamche",
                "chamchon",
                "librandu",
                "congressi",
                "khangressi",
                "aaptard",
            )
            for aulaad in ("aulaad", "aulad", "olad")
        ),
        ("teri", "maa", "ki"),
        # "Converted log apni maa bech ke aaye hain" (the 1225th set): one's mother sold (not
        # "maa ne gehne bech ke padhaya")
        *(
            (whose, kin, sold)
            for whose in ("apni", "apna", "teri", "tumhari", "inki", "unki")
            for kin in ("maa", "ma", "behen", "bhen")
            for sold in ("bech", "bechi", "bechke", "bechkar", "bechte", "bechne", "bechdi")
        ),
        # "jaa maa chuda": go have your mother ... (every one of them in TRAC-1 Hindi is
        # labelled overt aggression)
        *(
            (mother, done)
            for mother in ("maa", "ma", "maiyya", "ammi", "amma")
            for done in (
                "chuda",
                "chudaa",
                "chudao",
                "chudaye",
                "chudate",
                "chudwa",
                "chudwao",
                "chudwaye",
                "chudva",
                "chudvao",
                "chodayge",
            )
        ),
        ("chut", "ke", "baal"),
        ("choot", "ke", "baal"),
        ("teri", "ma", "ki"),
        ("teri", "behen", "ki"),
        ("maa", "ki", "aankh"),  # "umpire ki maa ki aankh"
        # "bhakton ki maa ki chut": the gaali said of anyone's mother, not only the reader's
        *(
            (kin, "ki", part)
            for kin in ("maa", "ma", "behen", "bahen")
            for part in ("chut", "choot")
        ),
        # "gadhe ki aulad": an animal's or a scoundrel's offspring
        *(
            (parent, "ki", "aulad")
            for parent in (
                "gadhe",
                "gadha",
                "ullu",
                "bandar",
                "sooar",
                "suvar",
                "kamine",
                "harami",
                "dalle",
                "bhakt",
                "chamche",
            )
        ),
    }
)
# What follows "teri maa ki" when the reader's mother is named, not abused: "teri maa ki
# tabiyat kaisi hai", "teri behen ki shaadi", "teri maa ki kasam" (an oath).
KIN_KINDLY = _words(
    "shaadi shadi tabiyat tabiyet tabeeyat sehat umar umr yaad kasam dua duaen duayen beti"
    " photo kahani madad"
    # a mother's cooking ("Teri maa ki recipe try ki, mast bani", the 1283rd set)
    " recipe recipes khana khaana biryani daal dal rajma achaar kheer sabzi pakode cooking"
)
# Words that aim an insult at the reader being answered ("you idiot", "tu kutta").
HINDI_SECOND_PERSON = _words(
    "tu tum tujhe tera teri tere tumhara tumhari tumhare tumhe tumhein tumko tujhko tujh"
)
SECOND_PERSON = _words("you u ya youre ur your yours yourself") | HINDI_SECOND_PERSON
# Calling out to the reader right before an insult: "abe gadhe", "oye ullu"
HEY = _words("abe abey abay oye oyee")

# Sexual insults and sexualised abuse of a person.
SEXUAL_INSULTS = _words(
    """
    whore whores slut sluts skank skanks hooker bitch bitches cunt cunts randi randwa raand
    chhinal chinal bimbo bimbos kulta kultaa
    bitchs randis randiyan randiyon chamiya chamiyan chamiyaan
    dhandewali dhandhewali dhandewaali dhandhewaali dhandewaliyan dhandhewaliyan
    """
)  # (the possessives whose plural is spelt otherwise: "this bitch's face", apostrophe dropped)
MILD_SEXUAL = frozenset(
    {"bitch", "bitches", "bitchs", "hooker", "bimbo", "bimbos"}
)  # abuse when aimed, else often not
# "Life's a bitch and then you die", "karma is a bitch": said of life, not of anyone.
SAID_OF_LIFE = frozenset(
    {("lifes", "a"), ("life", "is", "a"), ("karmas", "a"), ("karma", "is", "a")}
)
POINTING = _words("this that these those")  # "this bitch": aimed at someone in view
SEXUAL_WORDS = _words(
    """
    nudes nude naked tits titties boobs pussy dick cock balls ass fuck bang screw rape frisk
    raped suck sex sexy horny blowjob blow bj lund chut chod chodunga chodenge pel sleep sleeps
    soti soyi slept sleeping legs thighs lips curves bum butt pics photos pictures selfies sit sits
    number digits look looks knees maal item pataka patakha patakhaa raat asking nanga rack
    night bed doors door backdoor dicking shagging pounding rogering mooh munh muh blow
    bikini lingerie underwear thong rate item bikti bikta bika biki bikegi shag banging
    deserve deserves easy between stripped disrobed molested dp pic photo selfie fetch sold
    bistar soti soyi sokar soke kothe kotha bech pehnengi pehenti pehnti pehnogi pehnegi
    smash grope knockers jugs baps laid fucked fucking seeing sack snap insta body pretty hot
    beautiful choot bithao bitha charge arse shagged screwed banged bedroom kapde kapda item
    mean hijab burqa burka naqab dupatta deliver bhej bhejo bhijwa
    neckline cleavage unbutton unbuttoned unbuttons cabin mouth figure sponsor sugar onlyfans
    pornhub backs cv laps lap skirt skirts
    desk couch sofa bend dekhne dekhta dekhte dekhti wink italian italy sonia hotel busy nights
    mistress concubine rakhail keep warmer piece pleasing satisfying servicing entertaining
    charges bills
    father pastor padri priest pujari maulvi boss coach cheez
    blouse drift private softcore porn harass jaati jati sasti chaalu chalu bikau bitati
    bitaati guzarti guzaarti
    """
)  # (the last four lines: words some patterns need that no other word here stood for)

# Profanity: reported, never held on its own by the default policy (heated is allowed).
PROFANE_STEMS = ("fuck", "shit", "motherfuck", "bullshit", "bitch", "cunt", "asshole")
PROFANE_WORDS = _words(
    """
    wtf stfu fck fk fkn fking effing piss pissed arse bastard bastards dick dicks cock
    bollocks twat wanker crap bc mc bhenchod behenchod madarchod bhosdike bhosdi lund chut
    gaand gand jhaat tatti
    """
)

# "saalon" is "bastards" and also "years": "paanch saalon mein", "saalon se tum yahi bol
# rahe ho" (for years you have said this). After a number or before a postposition, years.
YEARS = frozenset({"saalon", normalize("सालों").text})
BEFORE_YEARS = _words(
    """
    do teen char chaar paanch panch chhe chhah saat aath nau das bees tees chalis pachas sau
    kai kitne pichle pichhle agle in un kuch hazaron
    """
) | _devanagari("दो तीन चार पांच पाँच छह सात आठ नौ दस बीस तीस कई कितने पिछले अगले इन उन कुछ")
AFTER_YEARS = _words("se mein me main tak baad pehle purana purani purane") | _devanagari(
    "से में तक बाद पहले पुराना पुरानी पुराने"
)

# Hindi in Devanagari, merged into the lists above (romanised Hindi is already in them).
SLURS = SLURS | _devanagari("कटुआ कटुए कटुओं मुल्ले मुल्ला मुल्लो मुल्लों चमार भंगी हिजड़ा हिजड़े छक्का चूहड़ा चूहड़े चूहड़ों")
GAALI = GAALI | _devanagari(
    "कमीने कमीना कमीनी हरामी हरामखोर हरामज़ादे हरामजादे कुत्ते कुत्ता कुत्ती कुतिया सूअर"
    " चूतिया चुतिया चूतिये चुतिये मादरचोद बहनचोद भोसड़ीके भोसडीके भोसड़ीवाले गांडू गाण्डू"
    " भड़वा भड़वे भड़वों दल्ला कुत्तों सुअर सुवर"
)
STRONG_INSULTS = STRONG_INSULTS | _devanagari("साला साले सालो सालों दोगला दोगले")
MILD_INSULTS = MILD_INSULTS | _devanagari(
    "गधा गधे उल्लू बेवकूफ नालायक जाहिल चमचा चमचे पागल दलाल दलालों गंवार गँवार अनपढ़"
)
INSULT_PHRASES = (
    INSULT_PHRASES
    | _devanagari_phrases("तेरी औकात", "तुम्हारी औकात", "तेरा बाप", "तेरे बाप")
    | _devanagari_phrases(
        *(
            f"{your} {part}"
            for your in ("तेरी", "तेरे", "तुम्हारी", "तुम्हारे")
            for part in ("गांड", "गाँड", "चूत", "लंड")
        )
    )
)
GAALI_PHRASES = GAALI_PHRASES | _devanagari_phrases("तेरी माँ की", "तेरी मां की", "तेरी बहन की")
SEXUAL_INSULTS = SEXUAL_INSULTS | _devanagari("रंडी रांड छिनाल")
PROFANE_WORDS = PROFANE_WORDS | _devanagari("चूत लंड लौड़े गांड झाट")
GROUP_WORDS = GROUP_WORDS | _devanagari(
    "मुसलमान मुसलमानों मुस्लिम हिंदू हिन्दू हिंदुओं सिख सिखों ईसाई ईसाइयों दलित दलितों बिहारी"
)
ATTACK_PREDICATES = ATTACK_PREDICATES | _devanagari(
    "गद्दार आतंकवादी देशद्रोही जिहादी कीड़े गंदे चोर दरिंदे जानवर"
)
HINDI_COPULAS = HINDI_COPULAS | _devanagari("है हैं हो थे होते")
STAFF = STAFF | _devanagari("पत्रकार पत्रकारों एंकर लेखक संपादक रिपोर्टर")
PERSONAL_INSULTS = PERSONAL_INSULTS | _devanagari("दलाल दल्ला बिकाऊ चमचा चमचे")
# "गली के कुत्ते": the street's dogs, as in "gali ke kutte"
LITERAL_BEFORE = LITERAL_BEFORE | _devanagari("गली आवारा पालतू सड़क")
LITERAL_NEXT = LITERAL_NEXT | _devanagari("पालन पालना पाला पालते पालो फार्म")  # (the 851st set)
LITERAL_AFTER = LITERAL_AFTER | _devanagari_phrases(
    "का मांस", "का गोश्त", "के मांस", "को रोटी", "को खाना", "को खिलाना", "को खिलाओ"
)
KE = frozenset({"ke"}) | _devanagari("के")
KI = frozenset({"ki"}) | _devanagari("की")
KIN_KINDLY = KIN_KINDLY | _devanagari("शादी तबियत तबीयत सेहत उम्र याद कसम दुआ दुआएं बेटी फोटो कहानी मदद")
HINDI_SECOND_PERSON = HINDI_SECOND_PERSON | _devanagari(
    "तू तुम तुझे तुझको तेरा तेरी तेरे तुम्हारा तुम्हारी तुम्हारे तुम्हें तुम्हे तुमको तूने तुमने"
)
SECOND_PERSON = SECOND_PERSON | HINDI_SECOND_PERSON
# Every word that names a protected group, alone or qualifying people (after the Devanagari
# forms above): what the structures call a group word, what the learned model masks.
GROUP_NAMES = GROUP_WORDS | GROUP_ADJECTIVES
# The words whose letters, cut by a dot, an underscore or a hyphen ("chu.tiya", "nig_ger",
# "chu-tiya"), are read joined (normalize.join_cut_words): slurs, gaali, swearing, insults.
CUT_WORDS_JOINED = (
    SLURS | GAALI | PROFANE_WORDS | STRONG_INSULTS | MILD_INSULTS | PERSONAL_INSULTS
    | SEXUAL_INSULTS | ANIMAL_INSULTS
)  # fmt: skip


def every_listed_word() -> frozenset[str]:
    """Every word of the lists and phrases above."""
    words: set[str] = set()
    for value in list(globals().values()):
        if isinstance(value, frozenset):
            for item in value:
                words.update(
                    w for w in (item if isinstance(item, tuple) else (item,)) if isinstance(w, str)
                )
    return frozenset(words)

"""The same comment bodies for both servers: short jokes, heated argument, long essays."""

from __future__ import annotations

BODIES = [
    "Great reporting, thank you.",
    "This is exactly what the east bank was warning about for a year. Nobody listened.",
    "Seven to four? I'd love to see how each councillor voted and who funds their campaigns.",
    "Buses only on a bridge that was closed for *fourteen months*. Brilliant planning, as usual.",
    "I cycle over it every day and honestly it's been the best part of my commute since it "
    "reopened to bikes. Cars had three other bridges anyway.",
    "The detour adds twenty minutes for me. Twenty. Every morning. And the bus doesn't even "
    "stop near my street, so what exactly is my alternative here?",
    "lol",
    "Let's be fair to both sides: the structure is over a hundred years old, and the engineers "
    "recommended limits. That isn't ideology, it's maintenance. But the council should have "
    "said from the start that the closure might become permanent instead of letting people "
    "plan around a date that kept moving. Trust is the real casualty here, not traffic.",
    "Source for the 18,000 crossings figure? It seems high for a two-lane bridge.",
    "Mill Street shops were struggling long before the closure. Blaming the bridge is easy.",
    "> We are getting a dedicated transit corridor for the price of some paint\n\n"
    "Paint and two cameras, and a year of lost trade on Mill Street. Someone should add that "
    "to the bill.",
    "A citizens' panel drawn by lot is a good idea. More of this, please.",
    "I have lived here for forty years. When the tram line was removed in the seventies the "
    "same arguments were made in reverse: cars would bring trade, buses were the past. Now we "
    "argue the opposite with the same certainty. What both camps miss is that the river "
    "divides the city economically, not just physically, and every decision about the "
    "bridges is really a decision about which side of town gets to be central. Until the "
    "council says that out loud, these votes will keep looking arbitrary to half the city.\n\n"
    "That said, I'll take faster buses.",
    "Can someone explain why emergency vehicles were not allowed during the repairs?",
    "Typical. Decide first, consult later.",
]
AUTHORS = ["Maya", "Tom B.", "river_rat", "Ana", "J. Okafor", "Guest", "Priya", "old_timer"]


def body(n: int, thread: str = "") -> str:
    # Numbered per thread, so a workload is not the same 15 texts posted again and again
    # (Rejoinder's duplicate check would rightly call that spam); both servers get exactly
    # the same texts.
    return f"{BODIES[n % len(BODIES)]} ({thread}#{n})"


def author(n: int) -> str:
    return AUTHORS[n % len(AUTHORS)]

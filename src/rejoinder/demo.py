"""The demo's site and a few opening comments, so a first visit shows a living thread."""

from __future__ import annotations

from rejoinder.composition import open_services
from rejoinder.services.comments import Draft, Poster
from rejoinder.settings import Settings

DEMO_ORIGINS = ["http://127.0.0.1:8000", "http://localhost:8000"]
ARTICLE = "/demo/"
QUESTION = "Should cars be allowed back on the bridge at night?"
OPENING = [
    # (author, text, anchor (exact, prefix, suffix) or None, index of the comment replied to)
    (
        "Ana P.",
        "Six to nine minutes per trip is a lot for the 12 and the 31. "
        "I ride the 31 daily and the detour traffic is what makes it late.",
        None,
        None,
    ),
    (
        "Tom from Mill Street",
        "Which councillors voted against? The article names only Brandt.",
        ("voted 7–4 on Tuesday", "city\n  council ", " to reopen the Old Mill Bridge"),
        None,
    ),
    ("Ruth K.", "All four are in the council minutes, item 12.", None, 1),
    (
        "Night-shift nurse",
        "Yes. After 10 pm the buses run twice an hour and the detour adds twenty minutes "
        "for those of us who drive to the hospital.",
        (QUESTION, "", ""),
        None,
    ),
]


async def ensure_demo_site(settings: Settings, port: int) -> None:
    async with open_services(settings) as services:
        if await services.sites.find("demo") is not None:
            return
        origins = [o.replace(":8000", f":{port}") for o in DEMO_ORIGINS]
        await services.sites.add("demo", origins, "The Riverside Ledger")
        poster = Poster(ip_prefix="192.0.2.0/24", owner_key=None, origin=origins[0])
        posted: list[int] = []
        for author, text, anchor, parent in OPENING:
            draft = Draft(
                text=text,
                author_name=author,
                parent_id=posted[parent] if parent is not None else None,
                anchor_exact=anchor[0] if anchor else None,
                anchor_prefix=anchor[1] if anchor else None,
                anchor_suffix=anchor[2] if anchor else None,
                title="City council votes to reopen the river bridge to buses only",
            )
            result = await services.comments.submit("demo", ARTICLE, draft, poster)
            posted.append(result.comment.id)

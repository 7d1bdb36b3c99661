"""The demo's site and a few opening comments, so a first visit shows a living thread."""

from __future__ import annotations

from rejoinder.composition import open_services
from rejoinder.domain.accounts import Role
from rejoinder.domain.errors import DomainError
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
        "Bridge Truth",
        "The council is lying to you, read the real story at https://bridge-truth.example/leak",
        None,
        None,
    ),
    ("Raju", "Brandt is a ch.u.t.i.y.a and so is anyone who voted for him", None, None),
    (
        "Night-shift nurse",
        "Yes. After 10 pm the buses run twice an hour and the detour adds twenty minutes "
        "for those of us who drive to the hospital.",
        (QUESTION, "", ""),
        None,
    ),
]


DEMO_MODERATOR = "moderator@demo.example"
DEMO_PASSWORD = "rejoinder-demo-moderator"  # noqa: S105 (printed by `demo`, on 127.0.0.1 only)


async def ensure_demo_site(settings: Settings, port: int) -> None:
    async with open_services(settings) as services:
        if await services.sites.find("demo") is not None:
            return
        await services.accounts.add_user(DEMO_MODERATOR, DEMO_PASSWORD, Role.ADMIN)
        origins = [o.replace(":8000", f":{port}") for o in DEMO_ORIGINS]
        await services.sites.add("demo", origins, "The Riverside Ledger")
        posted: list[int] = []
        for number, (author, text, anchor, parent) in enumerate(OPENING):
            # Each opening reader on a network of their own, as real readers would be (and
            # so the posting limits per network do not refuse the demo's own seeding).
            poster = Poster(ip_prefix=f"198.51.{number}.0/24", owner_key=None, origin=origins[0])
            draft = Draft(
                text=text,
                author_name=author,
                parent_id=posted[parent] if parent is not None else None,
                anchor_exact=anchor[0] if anchor else None,
                anchor_prefix=anchor[1] if anchor else None,
                anchor_suffix=anchor[2] if anchor else None,
                title="City council votes to reopen the river bridge to buses only",
            )
            try:
                result = await services.comments.submit("demo", ARTICLE, draft, poster)
            except DomainError:  # a refused opening comment would be a bug, but not fatal
                continue
            posted.append(result.comment.id)

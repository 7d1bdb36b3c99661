"""The widget in Debian's chromium, embedded cross-origin in a publisher's page."""

from __future__ import annotations

import itertools
import re
import time
import uuid

import httpx
from playwright.sync_api import Locator, Page, Route, expect

from tests.browser.conftest import QUESTION, Readers, Sites, serious_accessibility_violations


def slug() -> str:
    return f"story-{uuid.uuid4().hex[:8]}"


def widget(page: Page) -> Locator:
    return page.locator("#rejoinder-thread")


def main_form(page: Page) -> Locator:
    return widget(page).locator(".rj-form-slot form")


def comments(page: Page) -> Locator:
    return widget(page).locator(".rj-list > li.rj-item")


def card(item: Locator) -> Locator:
    """The comment itself, without its replies."""
    return item.locator(":scope > article")


def post(form: Locator, text: str, name: str | None = None, **fields: str) -> None:
    form.locator("textarea[name=text]").fill(text)
    if name is not None:
        form.locator("input[name=author_name]").fill(name)
    for field, value in fields.items():
        form.locator(f"[name={field}]").fill(value)
    form.locator("button[type=submit]").click()


def open_thread(page: Page, url: str) -> None:
    page.goto(url)
    expect(widget(page).locator("h2")).to_have_text(re.compile(r"\d+ comments?"))


def select_text(page: Page, text: str) -> None:
    """Select `text` in the article the way a reader's drag would."""
    page.evaluate(
        """(text) => {
          const walker = document.createTreeWalker(
            document.querySelector('[data-rejoinder-article]'), NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const at = node.data.indexOf(text);
            if (at === -1) continue;
            const range = document.createRange();
            range.setStart(node, at);
            range.setEnd(node, at + text.length);
            getSelection().removeAllRanges();
            getSelection().addRange(range);
            return;
          }
          throw new Error('not in the article: ' + text);
        }""",
        text,
    )


def test_guest_posts_replies_votes_and_sorts(sites: Sites, readers: Readers) -> None:
    url = sites.article(slug())
    ana = readers.new()
    open_thread(ana, url)
    expect(widget(ana).locator("h2")).to_have_text("0 comments")
    expect(main_form(ana).locator("textarea")).to_have_attribute(
        "placeholder", "Would love your thoughts, please comment."
    )
    post(main_form(ana), "The **buses** will be faster.", "Ana")
    first = comments(ana).first
    expect(first.locator(".rj-body strong")).to_have_text("buses")
    expect(first.locator(".rj-author")).to_have_text("Ana")
    expect(widget(ana).locator("h2")).to_have_text("1 comment")
    expect(first.locator("article")).to_be_focused()  # focus follows the new comment
    time = first.locator("time")
    expect(time).to_have_text("now")
    expect(time).to_have_attribute("title", re.compile(r"\d{4}"))

    first.get_by_role("button", name="Reply to Ana").click()
    reply_form = first.locator("form")
    post(reply_form, "Not for the east bank.", "Tom")
    reply = first.locator(".rj-replies li.rj-item").first
    expect(reply.locator(".rj-body")).to_have_text("Not for the east bank.")
    expect(widget(ana).locator("h2")).to_have_text("2 comments")
    expect(reply_form).to_have_count(0)

    own_vote = reply.get_by_role("button", name=re.compile("^Vote up"))
    own_vote.click()
    expect(reply.locator(".rj-error")).to_have_text("You cannot vote on your own comment.")

    post(main_form(ana), "A second, later comment.", "Ana")
    expect(comments(ana)).to_have_count(2)
    bea = readers.new()
    open_thread(bea, url)
    expect(card(comments(bea).first).locator(".rj-body")).to_have_text("A second, later comment.")
    theirs = card(comments(bea).nth(1))
    theirs.get_by_role("button", name=re.compile("^Vote up")).click()
    expect(theirs.get_by_role("button", name="Vote up (1)")).to_have_attribute(
        "aria-pressed", "true"
    )
    bea.reload()
    voted = card(comments(bea).nth(1)).get_by_role("button", name="Vote up (1)")
    expect(voted).to_have_attribute("aria-pressed", "true")  # the reader's vote is remembered
    voted.click()  # and taken back
    expect(card(comments(bea).nth(1)).get_by_role("button", name="Vote up (0)")).to_be_visible()
    card(comments(bea).nth(1)).get_by_role("button", name=re.compile("^Vote up")).click()

    widget(bea).get_by_label("Sort by").select_option("oldest")
    expect(card(comments(bea).first).locator(".rj-body")).to_contain_text("buses")
    widget(bea).get_by_label("Sort by").select_option("top")
    expect(card(comments(bea).first).locator(".rj-body")).to_contain_text("buses")
    widget(bea).get_by_label("Sort by").select_option("newest")
    expect(card(comments(bea).first).locator(".rj-body")).to_have_text("A second, later comment.")


def test_preview_and_mapped_errors(sites: Sites, readers: Readers) -> None:
    page = readers.new()
    open_thread(page, sites.article(slug()))
    form = main_form(page)
    form.get_by_role("button", name="Post comment").click()
    expect(form.locator(".rj-error")).to_have_text("Please write something first.")
    form.locator("textarea").fill("Is *this* right?")
    form.get_by_role("button", name="Preview").click()
    expect(form.locator(".rj-preview em")).to_have_text("this")
    form.get_by_role("button", name="Write").click()
    post(form, "Is *this* right?", "Ana", author_email="not-an-address")
    expect(form.locator(".rj-error")).to_have_text("That email address does not look right.")
    expect(form.locator("input[name=author_email]")).to_be_focused()
    expect(form.locator("input[name=author_email]")).to_have_attribute("aria-invalid", "true")
    form.locator("input[name=author_email]").fill("")
    form.get_by_label("Notify of").select_option("thread")
    form.get_by_role("button", name="Post comment").click()
    expect(form.locator(".rj-error")).to_have_text("Notifications need your email address.")


def test_edit_and_delete_inside_the_window(sites: Sites, readers: Readers) -> None:
    url = sites.article(slug())
    page = readers.new()
    open_thread(page, url)
    post(main_form(page), "Fourteen monts of closure.", "Ana")
    mine = comments(page).first
    mine.get_by_role("button", name="Edit").click()
    editor = mine.get_by_label("Edit your comment")
    expect(editor).to_have_value("Fourteen monts of closure.")
    editor.fill("Fourteen *months* of closure.")
    mine.get_by_role("button", name="Save").click()
    expect(mine.locator(".rj-body em")).to_have_text("months")
    page.reload()  # the edit token survives in local storage
    mine = comments(page).first
    expect(mine.locator(".rj-edited")).to_contain_text("edited")
    mine.get_by_role("button", name="Delete").click()
    mine.get_by_role("button", name="Yes, delete").click()
    expect(comments(page)).to_have_count(0)
    expect(widget(page).locator("h2")).to_have_text("0 comments")

    other = readers.new()
    open_thread(other, url)
    expect(other.locator("#rejoinder-thread .rj-list")).to_be_attached()
    post(main_form(other), "Someone else's comment.", "Bea")
    expect(comments(other)).to_have_count(1)  # posted before the first reader looks again
    open_thread(page, url)
    theirs = comments(page).first
    expect(theirs.locator(".rj-body")).to_have_text("Someone else's comment.")
    expect(theirs.get_by_role("button", name="Edit")).to_have_count(0)
    expect(theirs.get_by_role("button", name="Delete")).to_have_count(0)


def test_held_comment_is_shown_to_its_author_alone(sites: Sites, readers: Readers) -> None:
    url = sites.article(slug(), site="held")
    author = readers.new()
    open_thread(author, url)
    post(main_form(author), "Please hold me for a moderator.", "Ana")
    held = comments(author).first
    expect(held.locator(".rj-badge")).to_have_text("Awaiting moderation")
    expect(widget(author).locator("[role=status]")).to_have_text(
        "Your comment is awaiting moderation. Only you can see it for now."
    )
    expect(widget(author).locator("h2")).to_have_text("0 comments")
    author.reload()
    expect(comments(author).first.locator(".rj-badge")).to_have_text("Awaiting moderation")
    stranger = readers.new()
    open_thread(stranger, url)
    expect(widget(stranger).locator(".rj-empty")).to_be_visible()
    expect(comments(stranger)).to_have_count(0)


def test_comment_on_a_passage_marks_it_and_survives_edits(sites: Sites, readers: Readers) -> None:
    story = slug()
    page = readers.new()
    open_thread(page, sites.article(story))
    select_text(page, "voted 7–4 on Tuesday")
    page.get_by_role("button", name="Comment on this passage").click()
    form = main_form(page)
    expect(form.locator(".rj-quote-text")).to_have_text("voted 7–4 on Tuesday")
    expect(form.locator("textarea")).to_be_focused()
    post(form, "Who were the four?", "Ana")
    mine = card(comments(page).first)
    expect(mine.locator(".rj-quote")).to_contain_text("voted 7–4 on Tuesday")
    marker = page.locator("article").get_by_role("button", name="1 comment on this passage")
    expect(marker).to_be_visible()
    assert page.locator("article p").first.inner_text().startswith("After fourteen months")

    post(main_form(page), "A general remark, not on a passage.", "Ana")
    expect(comments(page)).to_have_count(2)
    widget(page).get_by_role("button", name="Inline feedbacks").click()
    expect(comments(page)).to_have_count(1)
    widget(page).get_by_role("button", name="All comments").click()
    expect(comments(page)).to_have_count(2)

    marker.click()
    expect(widget(page).locator(".rj-group")).to_contain_text("Comments on this passage")
    expect(comments(page)).to_have_count(1)
    expect(card(comments(page).first).locator(".rj-body")).to_have_text("Who were the four?")
    widget(page).get_by_role("button", name="Show all comments").click()
    expect(comments(page)).to_have_count(2)

    edited = readers.new()
    open_thread(edited, sites.article(story, edit="small"))
    expect(
        edited.locator("article").get_by_role("button", name="1 comment on this passage")
    ).to_be_visible()
    gone = readers.new()
    open_thread(gone, sites.article(story, edit="gone"))
    quoted = card(comments(gone).nth(1))
    expect(quoted.locator(".rj-quote")).to_contain_text("voted 7–4 on Tuesday")
    expect(quoted.locator(".rj-quote")).to_contain_text("This passage is no longer in the article.")
    expect(gone.locator("article .rejoinder-marker")).to_have_count(0)


def test_editor_question_collects_answers(sites: Sites, readers: Readers) -> None:
    page = readers.new()
    open_thread(page, sites.article(slug()))
    page.locator("article").get_by_role("button", name="Answer this question").click()
    form = main_form(page)
    expect(form.locator(".rj-quote-bar")).to_contain_text(f"Answering {QUESTION}")
    post(form, "Yes, after ten at night.", "Nurse")
    expect(card(comments(page).first).locator(".rj-quote")).to_contain_text(f"Question: {QUESTION}")
    answers = page.locator("article").get_by_role("button", name="1 answer to this question")
    expect(answers).to_be_visible()
    answers.click()
    expect(widget(page).locator(".rj-group")).to_contain_text("Answers to this question")


def test_live_update_from_a_second_page(sites: Sites, readers: Readers) -> None:
    url = sites.article(slug())
    watcher = readers.new()
    open_thread(watcher, url)
    writer = readers.new()
    open_thread(writer, url)
    post(main_form(writer), "Breaking: the bridge opens early.", "Ana")
    expect(comments(writer)).to_have_count(1)
    banner = widget(watcher).get_by_role("button", name="1 new comment: show it")
    expect(banner).to_be_visible()
    expect(comments(watcher)).to_have_count(0)  # nothing moves until the reader asks
    banner.click()
    expect(card(comments(watcher).first).locator(".rj-body")).to_have_text(
        "Breaking: the bridge opens early."
    )
    expect(widget(watcher).locator("h2")).to_have_text("1 comment")
    comments(watcher).first.get_by_role("button", name="Vote up (0)").click()
    expect(comments(writer).first.get_by_role("button", name="Vote up (1)")).to_be_visible()


def test_keyboard_only_posting(sites: Sites, readers: Readers) -> None:
    page = readers.new()
    open_thread(page, sites.article(slug()))
    focused = "() => document.activeElement?.shadowRoot?.activeElement?.name || ''"
    for _ in range(60):
        page.keyboard.press("Tab")
        if page.evaluate(focused) == "text":
            break
    assert page.evaluate(focused) == "text", "Tab never reached the comment box"
    page.keyboard.type("Posted without a mouse.")
    page.keyboard.press("Tab")
    assert page.evaluate(focused) == "author_name"
    page.keyboard.type("Keys")
    page.keyboard.press("Control+Enter")
    first = comments(page).first
    expect(first.locator(".rj-body")).to_have_text("Posted without a mouse.")
    expect(first.locator("article")).to_be_focused()
    page.keyboard.press("Tab")  # onwards from the new comment, to its own controls
    expect(first.get_by_role("button", name=re.compile("^Vote up"))).to_be_focused()


def test_more_comments_and_replies_load_on_request(sites: Sites, readers: Readers) -> None:
    story = slug()
    base = {"site": "news", "uri": f"/news/{story}"}
    with httpx.Client(base_url=sites.rejoinder, headers={"Origin": sites.publisher}) as http:
        root = http.post("/api/v1/comments", params=base, json={"text": "root"}).json()
        for n in range(55):
            reply = {"text": f"reply {n}", "parent_id": root["id"]}
            assert http.post("/api/v1/comments", params=base, json=reply).status_code == 201
        for n in range(3):
            assert http.post("/api/v1/comments", params=base, json={"text": f"top {n}"}).is_success
    page = readers.new()
    open_thread(page, sites.article(story, page_size="2"))
    expect(comments(page)).to_have_count(2)
    widget(page).get_by_role("button", name="Load more comments").click()
    expect(comments(page)).to_have_count(4)
    expect(widget(page).get_by_role("button", name="Load more comments")).to_be_hidden()
    rooted = comments(page).nth(3)
    expect(rooted.locator(".rj-replies > li")).to_have_count(50)
    rooted.get_by_role("button", name="Load more replies").click()
    expect(rooted.locator(".rj-replies > li")).to_have_count(55)


def test_deep_replies_continue_the_thread(sites: Sites, readers: Readers) -> None:
    story = slug()
    base = {"site": "news", "uri": f"/news/{story}"}
    with httpx.Client(base_url=sites.rejoinder, headers={"Origin": sites.publisher}) as http:
        parent = http.post("/api/v1/comments", params=base, json={"text": "depth 0"}).json()
        for depth in range(1, 9):
            body = {"text": f"depth {depth}", "parent_id": parent["id"]}
            parent = http.post("/api/v1/comments", params=base, json=body).json()
    page = readers.new()
    open_thread(page, sites.article(story))
    nested = widget(page).locator(".rj-replies .rj-replies .rj-replies .rj-replies .rj-replies")
    sixth = nested.locator(".rj-replies > li.rj-item").first
    expect(sixth.locator(".rj-body").first).to_have_text("depth 6")
    more = widget(page).get_by_role("button", name="Continue this thread (2 more replies)")
    more.click()
    expect(widget(page).get_by_text("depth 8")).to_be_visible()
    expect(widget(page).locator(".rj-reply-to").first).to_contain_text("in reply to")


def test_german_and_dark_page(sites: Sites, readers: Readers) -> None:
    page = readers.new()
    page.goto(sites.article(slug(), lang="de", dark="1"))
    expect(widget(page).locator("h2")).to_have_text("0 Kommentare")
    expect(main_form(page).get_by_role("button", name="Kommentar senden")).to_be_visible()
    assert widget(page).locator("section.rj").get_attribute("data-theme") == "dark"
    light = readers.new(color_scheme="dark")
    light.goto(sites.article(slug()))  # a white page wins over the reader's dark OS setting
    expect(widget(light).locator("h2")).to_have_text("0 comments")
    assert widget(light).locator("section.rj").get_attribute("data-theme") == "light"
    follows = readers.new(color_scheme="dark")
    follows.goto(sites.article(slug(), transparent="1"))  # no page background: the OS decides
    expect(widget(follows).locator("h2")).to_have_text("0 comments")
    assert widget(follows).locator("section.rj").get_attribute("data-theme") == "dark"
    follows.emulate_media(color_scheme="light")
    expect(widget(follows).locator("section.rj")).to_have_attribute("data-theme", "light")


def test_single_page_sites_remount_for_another_article(sites: Sites, readers: Readers) -> None:
    first, second = slug(), slug()
    page = readers.new()
    open_thread(page, sites.article(first))
    post(main_form(page), "On the first article.", "Ana")
    expect(comments(page)).to_have_count(1)
    page.evaluate(
        "(uri) => window.Rejoinder.mount(document.getElementById('rejoinder-thread'), {uri})",
        f"/news/{second}",
    )
    expect(widget(page).locator("h2")).to_have_text("0 comments")
    page.evaluate(
        "(uri) => window.Rejoinder.mount(document.getElementById('rejoinder-thread'), {uri})",
        f"/news/{first}",
    )
    expect(card(comments(page).first).locator(".rj-body")).to_have_text("On the first article.")


def test_widget_loads_only_when_the_reader_nears_the_thread(sites: Sites, readers: Readers) -> None:
    page = readers.new()
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(sites.article(slug(), plain="1"))  # no article marked for inline feedback
    page.wait_for_timeout(1000)
    assert any(url.endswith("/embed.js") for url in requested)
    assert not any("/static/widget.js" in url for url in requested)
    page.locator("#rejoinder-thread").scroll_into_view_if_needed()
    expect(widget(page).locator("h2")).to_have_text("0 comments")
    post(main_form(page), "Lazy but here.", "Ana")
    expect(comments(page)).to_have_count(1)
    stored = page.evaluate("Object.keys(localStorage).sort()")
    assert stored == ["rejoinder:author", "rejoinder:own", "rejoinder:voter"]
    assert page.context.cookies() == []  # no cookies, first- or third-party


def test_no_serious_accessibility_violations(sites: Sites, readers: Readers) -> None:
    for options in ({}, {"dark": "1"}):
        page = readers.new(bypass_csp=True)  # axe is injected as an inline script
        url = sites.article(slug(), **options)
        open_thread(page, url)
        # A first comment from this author: one without a link, which would be held for review.
        post(main_form(page), "Accessible, with *emphasis* and `code`.", "Ana")
        comments(page).first.get_by_role("button", name="Reply to Ana").click()
        serious = serious_accessibility_violations(page)
        assert serious == [], serious


def test_readers_report_a_comment(sites: Sites, readers: Readers) -> None:
    url = sites.article(slug())
    author = readers.new()
    open_thread(author, url)
    post(main_form(author), "Something reportable", "Ana")
    expect(comments(author)).to_have_count(1)
    expect(card(comments(author).first).get_by_role("button", name="Report")).to_have_count(0)
    reader = readers.new()
    open_thread(reader, url)
    theirs = card(comments(reader).first)
    theirs.get_by_role("button", name="Report").click()
    theirs.get_by_label("Why are you reporting this comment?").select_option("harassment")
    theirs.get_by_role("button", name="Send report").click()
    expect(theirs.get_by_role("status")).to_have_text("Thank you. A moderator will look at it.")
    theirs.get_by_role("button", name="Report").click()
    theirs.get_by_role("button", name="Send report").click()
    expect(theirs.locator(".rj-error")).to_have_text("You already reported this comment.")


def test_a_late_answer_for_an_earlier_sort_is_dropped(sites: Sites, readers: Readers) -> None:
    url = sites.article(slug())
    writer = readers.new()
    open_thread(writer, url)
    post(main_form(writer), "The first comment.", "Ana")
    expect(comments(writer)).to_have_count(1)
    post(main_form(writer), "The second comment.", "Ana")
    expect(comments(writer)).to_have_count(2)

    reader = readers.new()
    held: list[Route] = []

    def hold_top(route: Route) -> None:
        held.append(route)  # answered below, after the newer request for "newest"

    reader.route(re.compile(r".*/api/v1/comments\?.*sort=top.*"), hold_top)
    open_thread(reader, url)
    older = card(comments(reader).nth(1))
    older.get_by_role("button", name=re.compile("^Vote up")).click()  # "top" puts it first
    expect(older.get_by_role("button", name="Vote up (1)")).to_be_visible()
    sort = widget(reader).get_by_label("Sort by")
    sort.select_option("top")
    reader.wait_for_timeout(100)
    sort.select_option("newest")
    first = card(comments(reader).first).locator(".rj-body")
    expect(first).to_have_text("The second comment.")
    assert len(held) == 1
    held[0].continue_()  # the answer for "top" arrives last
    reader.wait_for_timeout(500)
    expect(first).to_have_text("The second comment.")  # and changes nothing


def test_live_stream_reconnects_with_growing_delays(sites: Sites, readers: Readers) -> None:
    url = sites.article(slug())
    watcher = readers.new()
    attempts: list[float] = []

    def flaky(route: Route) -> None:
        attempts.append(time.monotonic())
        if len(attempts) <= 3:
            route.abort()  # the server is away: the widget must back off, then come back
        else:
            route.continue_()

    watcher.route("**/api/v1/events?**", flaky)
    open_thread(watcher, url)
    deadline = time.monotonic() + 20
    while len(attempts) <= 3 and time.monotonic() < deadline:
        watcher.wait_for_timeout(200)
    assert len(attempts) > 3, attempts
    gaps = [later - earlier for earlier, later in itertools.pairwise(attempts)]
    assert gaps[2] > gaps[0]  # 1 s, 2 s, 4 s (each with jitter): the delay grows
    writer = readers.new()
    open_thread(writer, url)
    post(main_form(writer), "Heard after the reconnect.", "Ana")
    expect(widget(watcher).get_by_role("button", name="1 new comment: show it")).to_be_visible()

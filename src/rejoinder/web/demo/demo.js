// A deliberately plain comment form for the demo article; the embeddable widget replaces it.
// Comment HTML comes sanitized from the server; every other value is set as text, never HTML.
(() => {
  const script = document.currentScript;
  const site = script.dataset.site;
  const uri = script.dataset.uri;
  const api = (path, params = {}) =>
    `/api/v1/${path}?${new URLSearchParams({ site, ...params })}`;
  const store = window.localStorage;
  const thread = document.getElementById("thread");
  const form = document.getElementById("comment-form");
  const sortSelect = document.getElementById("sort");
  const moreButton = document.getElementById("load-more");
  let cursor = null;

  const el = (tag, attrs = {}, text) => {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
    if (text !== undefined) node.textContent = text;
    return node;
  };

  async function call(method, path, params, body) {
    const headers = { "Content-Type": "application/json" };
    const voter = store.getItem("rejoinder.voter");
    if (voter) headers["X-Voter-Token"] = voter;
    const response = await fetch(api(path, params), {
      method, headers, body: body ? JSON.stringify(body) : undefined,
    });
    const data = await response.json();
    if (!response.ok) throw new Error(data.error ? data.error.message : "Request failed");
    if (data.voter_token) store.setItem("rejoinder.voter", data.voter_token);
    return data;
  }

  function renderComment(c) {
    const item = el("li", { class: "comment", id: `c${c.id}` });
    const header = el("header");
    header.append(el("span", { class: "author" }, c.author ? c.author.name : "[deleted]"), " · ");
    header.append(el("time", { datetime: c.created_at, title: c.created_at },
      new Date(c.created_at).toLocaleString()));
    if (c.status === "pending") header.append(" · ", el("span", { class: "pending" }, "awaiting moderation"));
    const body = el("div", { class: "body" });
    body.innerHTML = c.html; // sanitized with an allowlist on the server at write time
    item.append(header, body);
    if (c.status === "published") {
      const votes = el("span", { class: "votes" }, `${c.votes.score}`);
      const up = el("button", { type: "button", "aria-label": "Vote up" }, "▲");
      const down = el("button", { type: "button", "aria-label": "Vote down" }, "▼");
      const reply = el("button", { type: "button", class: "reply" }, "Reply");
      up.onclick = () => vote(c.id, 1, votes);
      down.onclick = () => vote(c.id, -1, votes);
      reply.onclick = () => openReply(item, c.id);
      item.append(up, votes, down, reply);
    }
    if (c.replies && c.replies.length) {
      const list = el("ol", { class: "replies" });
      c.replies.forEach((r) => list.append(renderComment(r)));
      item.append(list);
    }
    return item;
  }

  async function vote(id, value, target) {
    try {
      const data = await call("POST", `comments/${id}/vote`, {}, { value });
      target.textContent = `${data.votes.score}`;
    } catch (error) { target.title = error.message; }
  }

  function openReply(item, parentId) {
    if (item.querySelector(":scope > form")) return;
    const replyForm = form.cloneNode(true);
    replyForm.removeAttribute("id");
    replyForm.querySelector("button").textContent = "Post reply";
    replyForm.onsubmit = (event) => submit(event, replyForm, parentId);
    item.append(replyForm);
    replyForm.querySelector("textarea").focus();
  }

  async function submit(event, target, parentId) {
    event.preventDefault();
    const fields = Object.fromEntries(new FormData(target));
    const error = target.querySelector(".form-error");
    error.hidden = true;
    try {
      const created = await call("POST", "comments", { uri }, {
        ...fields, parent_id: parentId, title: document.title,
      });
      store.setItem(`rejoinder.edit.${created.id}`, created.edit_token);
      target.reset();
      if (parentId) target.remove();
      await load(true);
      if (created.status === "pending") thread.prepend(renderComment(created));
    } catch (err) {
      error.textContent = err.message;
      error.hidden = false;
    }
  }

  async function load(reset) {
    if (reset) { cursor = null; thread.replaceChildren(); }
    const params = { uri, sort: sortSelect.value, limit: "20" };
    if (cursor) params.cursor = cursor;
    const page = await call("GET", "comments", params);
    document.getElementById("comment-count").textContent = `${page.thread.count}`;
    page.comments.forEach((c) => thread.append(renderComment(c)));
    cursor = page.next_cursor;
    moreButton.hidden = !cursor;
  }

  form.onsubmit = (event) => submit(event, form, null);
  sortSelect.onchange = () => load(true);
  moreButton.onclick = () => load(false);
  load(true);
})();

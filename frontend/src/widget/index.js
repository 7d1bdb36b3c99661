// The comment widget: one thread in a shadow root, isolated from the publisher's CSS.
import { anchorKey } from './anchor.js';
import { createApi } from './api.js';
import { h, setSanitizedHtml, uid } from './dom.js';
import { commentForm } from './form.js';
import { translator } from './i18n.js';
import { createInline } from './inline.js';
import { connectLive } from './live.js';
import { store } from './store.js';
import { exactTime, relativeTime } from './time.js';

const MAX_PAGE = 1000;
const instances = new WeakMap();

/** 'dark' or 'light' from the first opaque background behind `el`; null to follow the OS. */
function pageTheme(el) {
  for (let node = el; node instanceof Element; node = node.parentElement) {
    const parts = getComputedStyle(node).backgroundColor.match(/[\d.]+/g);
    if (parts && (parts.length < 4 || Number(parts[3]) > 0.5)) {
      const [r, g, b] = parts.map(Number);
      return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255 < 0.45 ? 'dark' : 'light';
    }
  }
  return null;
}

const safeUrl = (url) => (url && /^https?:\/\//i.test(url) ? url : null);

class Widget {
  constructor(host, options) {
    this.host = host;
    this.o = { ...options, pageSize: Math.min(MAX_PAGE, Math.max(1, options.pageSize || 20)) };
    this.t = translator(options.lang);
    this.api = createApi(options.base, options.site, options.uri, store);
    this.threadKey = `${options.site}|${options.uri}`;
    this.sort = 'newest';
    this.listing = 0; // which request for the list is the latest: an older answer is dropped
    this.inlineOnly = false;
    this.group = null;
    this.items = new Map();
    this.fresh = new Set();
    this.count = 0;
    this.closed = false;
    this.timers = [];
  }

  async start() {
    this.build();
    try {
      const [config, page] = await Promise.all([this.api.config(), this.api.page(this.pageParams())]);
      this.config = config;
      this.renderForm(page.thread.closed);
      this.renderPage(page, true);
    } catch (failure) {
      return this.showLoadError(failure);
    }
    this.restorePending();
    this.live = connectLive(this.api.eventsUrl(), (event) => this.onEvent(event));
    if (this.o.article) this.startInline();
    this.timers.push(setInterval(() => this.tick(), 30_000));
  }

  destroy() {
    if (this.live) this.live.close();
    if (this.inline) this.inline.destroy();
    this.timers.forEach(clearInterval);
    if (this.forgetTheme) this.forgetTheme();
    this.root.replaceChildren();
  }

  // ----- skeleton -----

  build() {
    const { t } = this;
    this.root = this.host.shadowRoot || this.host.attachShadow({ mode: 'open' });
    const stylesheet = `${this.o.base}static/widget.css?v=${this.o.version}`;
    this.stylesheet = stylesheet;
    const titleId = uid('title');
    this.heading = h('h2', { id: titleId, class: 'rj-title', tabIndex: -1 }, t('loading'));
    const sortId = uid('sort');
    this.sortSelect = h(
      'select',
      { id: sortId, class: 'rj-input rj-select', onchange: () => this.changeSort(this.sortSelect.value) },
      ['newest', 'oldest', 'top'].map((sort) => h('option', { value: sort }, t(sort))),
    );
    this.allButton = h('button', { type: 'button', class: 'rj-tab', 'aria-pressed': 'true', onclick: () => this.changeView(false) }, t('all'));
    this.inlineButton = h('button', { type: 'button', class: 'rj-tab', 'aria-pressed': 'false', onclick: () => this.changeView(true) }, t('inline'));
    this.status = h('p', { class: 'rj-sr', role: 'status' });
    this.formSlot = h('div', { class: 'rj-form-slot' });
    this.liveButton = h('button', { type: 'button', class: 'rj-button rj-live', hidden: true, onclick: () => this.revealFresh() });
    this.groupBar = h('div', { class: 'rj-group', hidden: true, tabIndex: -1 });
    this.list = h('ol', { class: 'rj-list' });
    this.emptyNote = h('p', { class: 'rj-empty', hidden: true }, t('empty'));
    this.moreButton = h('button', { type: 'button', class: 'rj-button rj-more', hidden: true, onclick: () => this.loadMore() }, t('loadMore'));
    this.section = h(
      'section',
      { class: 'rj', lang: t.locale, 'aria-labelledby': titleId, hidden: true },
      h('header', { class: 'rj-head' }, this.heading),
      this.status,
      this.formSlot,
      h(
        'div',
        { class: 'rj-toolbar' },
        h('p', { class: 'rj-field rj-inline-field' }, h('label', { for: sortId }, t('sort')), this.sortSelect),
        h('div', { class: 'rj-tabs', role: 'group', 'aria-label': t('show') }, this.allButton, this.inlineButton),
      ),
      this.liveButton,
      this.groupBar,
      this.list,
      this.emptyNote,
      this.moreButton,
    );
    this.applyTheme();
    // Shown once our stylesheet is in, so readers never see the unstyled widget.
    const reveal = () => (this.section.hidden = false);
    const link = h('link', { rel: 'stylesheet', href: stylesheet, onload: reveal, onerror: reveal });
    this.timers.push(setTimeout(reveal, 3000));
    this.root.replaceChildren(link, this.section);
  }

  /** The page's own background decides; on a transparent page, the reader's OS setting. */
  applyTheme() {
    const dark = window.matchMedia('(prefers-color-scheme: dark)');
    const choose = () => {
      const chosen = this.o.theme === 'auto' ? pageTheme(this.host) : this.o.theme;
      this.section.dataset.theme = chosen || (dark.matches ? 'dark' : 'light');
    };
    choose();
    dark.addEventListener('change', choose);
    this.forgetTheme = () => dark.removeEventListener('change', choose);
  }

  announce(message) {
    this.status.textContent = '';
    setTimeout(() => (this.status.textContent = message), 50);
  }

  setCount(n) {
    this.count = Math.max(0, n);
    this.heading.textContent = this.t('comments', { n: this.count });
  }

  showLoadError(failure) {
    this.section.hidden = false;
    this.heading.textContent = this.t('thread');
    const retry = h('button', { type: 'button', class: 'rj-button', onclick: () => this.restart() }, this.t('retry'));
    this.list.replaceChildren(h('li', { class: 'rj-error', role: 'alert' }, `${this.t('loadFailed')} ${this.t.error(failure)} `, retry));
  }

  restart() {
    this.destroy();
    this.start();
  }

  // ----- loading pages -----

  pageParams(cursor = null) {
    const params = { sort: this.sort, limit: this.o.pageSize, cursor };
    if (this.inlineOnly) params.inline = 'true';
    return params;
  }

  renderPage(page, replace) {
    this.setCount(page.thread.count);
    if (replace) {
      this.list.replaceChildren();
      this.items.clear();
    }
    for (const comment of page.comments) {
      if (!this.items.has(comment.id)) this.list.append(this.commentEl(comment, 0));
    }
    this.markSeen(page.comments);
    this.cursor = page.next_cursor;
    this.moreButton.hidden = !page.next_cursor;
    this.emptyNote.hidden = this.list.children.length > 0;
  }

  async reload() {
    // Readers switch sort or view faster than pages arrive: only the last request may render.
    const listing = ++this.listing;
    this.group = null;
    this.groupBar.hidden = true;
    try {
      const page = await this.api.page(this.pageParams());
      if (listing !== this.listing) return;
      this.renderPage(page, true);
    } catch (failure) {
      if (listing === this.listing) this.announce(this.t.error(failure));
    }
    this.restorePending();
  }

  changeSort(sort) {
    this.sort = sort;
    this.reload();
  }

  changeView(inlineOnly) {
    this.inlineOnly = inlineOnly;
    this.allButton.setAttribute('aria-pressed', String(!inlineOnly));
    this.inlineButton.setAttribute('aria-pressed', String(inlineOnly));
    this.reload();
  }

  async loadMore() {
    const listing = this.listing;
    const first = this.list.children.length;
    try {
      const page = await this.api.page(this.pageParams(this.cursor));
      if (listing !== this.listing) return; // the list was reloaded meanwhile: another order
      this.renderPage(page, false);
    } catch (failure) {
      return this.announce(this.t.error(failure));
    }
    const next = this.list.children[first];
    if (next) next.querySelector('article').focus();
  }

  // ----- one comment -----

  commentEl(c, depth) {
    const { t } = this;
    const own = store.own()[c.id];
    const authorId = uid('author');
    const name = c.author ? c.author.name || t('anonymous') : t('deleted');
    const url = c.author && safeUrl(c.author.url);
    const created = new Date(c.created_at);
    const time = h('time', { datetime: c.created_at, title: exactTime(created, t.locale) }, relativeTime(created, t.locale));
    const item = { c, depth, own, time };
    const replyTo = c.reply_to_id && c.reply_to_id !== c.parent_id && this.items.get(c.reply_to_id);
    const header = h(
      'header',
      { class: 'rj-meta' },
      h('span', { id: authorId, class: 'rj-author' }, url ? h('a', { href: url, rel: 'nofollow ugc noopener', target: '_blank' }, name) : name),
      ' ',
      time,
      c.edited_at && h('span', { class: 'rj-edited' }, ` · ${t('edited')}`),
      replyTo && h('span', { class: 'rj-reply-to' }, ` · ${t('inReplyTo', { name: replyTo.c.author ? replyTo.c.author.name : t('anonymous') })}`),
      c.status === 'pending' && h('span', { class: 'rj-badge' }, t('pending')),
    );
    item.body = h('div', { class: 'rj-body' });
    this.fillBody(item);
    item.error = h('p', { class: 'rj-error', role: 'alert', hidden: true });
    item.footer = h('footer', { class: 'rj-actions' });
    item.card = h(
      'article',
      { class: `rj-c${c.status === 'pending' ? ' rj-held' : ''}`, tabIndex: -1, 'aria-labelledby': authorId },
      header,
      c.anchor && this.quoteEl(c.anchor),
      item.body,
      c.status === 'pending' && h('p', { class: 'rj-note' }, t('pendingNote')),
      item.footer,
      item.error,
    );
    item.replies = h('ol', { class: 'rj-replies' });
    item.li = h('li', { class: 'rj-item', 'data-id': c.id }, item.card, item.replies);
    this.items.set(c.id, item);
    this.fillFooter(item);
    this.appendReplies(item, c.replies || []);
    if (c.replies_cursor) this.moreRepliesButton(item, c.replies_cursor);
    return item.li;
  }

  fillBody(item) {
    if (item.c.status === 'deleted') {
      item.body.textContent = this.t('deleted');
      item.body.classList.add('rj-gone');
    } else setSanitizedHtml(item.body, item.c.html);
  }

  /** Replies; at the site's max depth, replies to replies wait behind "Continue this thread". */
  appendReplies(item, replies) {
    const beyond = [];
    for (const reply of replies) {
      const deeper = item.depth + 1 >= this.config.max_depth && reply.reply_to_id && reply.reply_to_id !== item.c.id;
      if (deeper && !store.own()[reply.id]) beyond.push(reply);
      else item.replies.append(this.commentEl(reply, item.depth + 1));
    }
    if (!beyond.length) return;
    const button = h('button', { type: 'button', class: 'rj-link rj-continue' }, this.t('continueThread', { n: beyond.length }));
    const holder = h('li', { class: 'rj-item' }, button);
    button.addEventListener('click', () => {
      const els = beyond.map((reply) => this.commentEl(reply, item.depth + 1));
      holder.replaceWith(...els);
      els[0].querySelector('article').focus();
    });
    item.replies.append(holder);
  }

  moreRepliesButton(item, cursor) {
    const button = h('button', { type: 'button', class: 'rj-link rj-more-replies' }, this.t('loadReplies'));
    button.addEventListener('click', async () => {
      let page;
      try {
        page = await this.api.replies(item.c.id, cursor);
      } catch (failure) {
        return this.announce(this.t.error(failure));
      }
      button.remove();
      let first = null;
      for (const reply of page.replies) {
        if (this.items.has(reply.id)) continue;
        const parent = this.items.get(reply.parent_id) || item;
        const el = this.commentEl(reply, parent.depth + 1);
        parent.replies.append(el);
        first = first || el;
      }
      if (page.next_cursor) this.moreRepliesButton(item, page.next_cursor);
      if (first) first.querySelector('article').focus();
    });
    item.li.append(button);
  }

  quoteEl(anchor) {
    const { t } = this;
    const found = this.inline && this.inline.find(anchor);
    const question = found instanceof Element;
    return h(
      'blockquote',
      { class: 'rj-quote' },
      question && h('span', { class: 'rj-quote-label' }, `${t('question')}: `),
      found
        ? h('button', { type: 'button', class: 'rj-link rj-quote-text', title: t('showPassage'), onclick: () => this.inline.reveal(this.inline.find(anchor)) }, anchor.exact)
        : h('span', { class: 'rj-quote-text' }, anchor.exact),
      this.inline && !found && h('small', { class: 'rj-gone' }, ` ${t('passageGone')}`),
    );
  }

  editable(item) {
    return item.own && item.own.token && item.own.until > Date.now() && item.c.status !== 'deleted';
  }

  fillFooter(item) {
    const { t } = this;
    const { c } = item;
    const parts = [];
    if (c.status === 'published') parts.push(...this.voteButtons(item));
    if (c.status === 'published' && !this.closed) {
      parts.push(h('button', { type: 'button', class: 'rj-link', 'aria-label': t('replyTo', { name: c.author ? c.author.name : '' }), onclick: () => this.openReply(item) }, t('reply')));
    }
    if (c.status === 'published' && !item.own) {
      parts.push(h('button', { type: 'button', class: 'rj-link rj-quiet', onclick: () => this.openReport(item) }, t('report')));
    }
    item.canEdit = this.editable(item);
    if (item.canEdit) {
      if (item.own.text != null) parts.push(h('button', { type: 'button', class: 'rj-link', onclick: () => this.openEdit(item) }, t('edit')));
      parts.push(h('button', { type: 'button', class: 'rj-link', onclick: () => this.confirmRemove(item) }, t('remove')));
    }
    item.footer.replaceChildren(...parts);
  }

  voteButtons(item) {
    const { t } = this;
    const mine = store.vote(item.c.id);
    const button = (value, label, arrow, total) =>
      h(
        'button',
        { type: 'button', class: 'rj-vote', 'aria-pressed': String(mine === value), 'aria-label': `${label} (${total})`, onclick: () => this.vote(item, value) },
        h('span', { 'aria-hidden': 'true' }, arrow),
        ` ${total}`,
      );
    const { up, down } = item.c.votes;
    return [button(1, t('voteUp'), '▲', up), button(-1, t('voteDown'), '▼', down)];
  }

  async vote(item, value) {
    const next = store.vote(item.c.id) === value ? 0 : value;
    try {
      const result = await this.api.vote(item.c.id, next);
      store.setVote(item.c.id, next);
      this.updateVotes(item, result.votes);
    } catch (failure) {
      this.showItemError(item, failure);
    }
  }

  updateVotes(item, votes) {
    item.c.votes = { ...item.c.votes, ...votes };
    const focused = this.root.activeElement;
    const index = [...item.footer.children].indexOf(focused);
    this.fillFooter(item);
    if (index >= 0 && item.footer.children[index]) item.footer.children[index].focus();
  }

  showItemError(item, failure) {
    item.error.textContent = this.t.error(failure);
    item.error.hidden = false;
    setTimeout(() => (item.error.hidden = true), 8000);
  }

  // ----- writing -----

  renderForm(closed) {
    this.closed = closed;
    if (closed) {
      this.formSlot.replaceChildren(h('p', { class: 'rj-note' }, this.t('closed')));
      return;
    }
    this.mainForm = this.makeForm({ reply: false });
    this.formSlot.replaceChildren(this.mainForm.form);
  }

  makeForm({ parent = null, onCancel = null }) {
    const form = commentForm({
      t: this.t,
      config: this.config,
      author: store.author(),
      api: this.api,
      reply: Boolean(parent),
      onCancel,
      onSubmit: (values) => this.post(values, parent, form),
    });
    return form;
  }

  async post(values, parent, form) {
    const created = await this.api.create({
      ...values,
      anchor: values.anchor || undefined,
      parent_id: parent ? parent.c.id : null,
      title: this.o.title,
    });
    store.setAuthor({ name: values.author_name, email: values.author_email, url: values.author_url, notify: values.notify });
    const pending = created.status !== 'published';
    store.remember(created.id, {
      token: created.edit_token,
      until: Date.now() + this.config.edit_window_seconds * 1000,
      at: Date.now(),
      thread: this.threadKey,
      pending,
      text: values.text,
    });
    form.reset();
    if (parent && parent.replyForm) {
      parent.replyForm.remove();
      parent.replyForm = null;
    }
    const el = this.insert(created);
    this.dropFresh(created.id); // our own comment's live event may have come first
    if (!pending) this.setCount(this.count + 1);
    this.announce(this.t(pending ? 'pendingNote' : 'publishedNote'));
    el.querySelector('article').focus();
    if (values.anchor && !pending && this.inline) this.loadInline();
  }

  /** Put a comment where it belongs: under its parent (null if that is not shown), or
   * first/last among top-level ones. */
  insert(c) {
    const parent = c.parent_id && this.items.get(c.parent_id);
    if (c.parent_id && !parent) return null;
    const el = this.commentEl(c, parent ? parent.depth + 1 : 0);
    if (parent) parent.replies.append(el);
    else if (this.sort === 'oldest') this.list.append(el);
    else this.list.prepend(el);
    this.emptyNote.hidden = true;
    return el;
  }

  openReply(item) {
    if (item.replyForm) return item.replyForm.querySelector('textarea').focus();
    const close = () => {
      item.replyForm.remove();
      item.replyForm = null;
      item.footer.querySelector('button:not(.rj-vote)').focus();
    };
    const form = this.makeForm({ parent: item, onCancel: close });
    item.replyForm = form.form;
    item.card.append(form.form);
    form.focus();
  }

  openEdit(item) {
    const { t } = this;
    const text = h('textarea', { class: 'rj-input rj-text', rows: 4, 'aria-label': t('editLabel'), value: item.own.text });
    const error = h('p', { class: 'rj-error', role: 'alert', hidden: true });
    const done = () => {
      editor.replaceWith(item.body);
      this.fillFooter(item);
      item.card.focus();
    };
    const save = async (event) => {
      event.preventDefault();
      try {
        item.c = { ...item.c, ...(await this.api.edit(item.c.id, item.own.token, text.value)) };
      } catch (failure) {
        error.textContent = t.error(failure);
        error.hidden = false;
        return text.focus();
      }
      store.remember(item.c.id, { text: text.value });
      item.own.text = text.value;
      this.fillBody(item);
      done();
      this.announce(t('savedNote'));
    };
    const editor = h(
      'form',
      { class: 'rj-form', onsubmit: save },
      text,
      error,
      h('p', { class: 'rj-actions' }, h('button', { type: 'submit', class: 'rj-button rj-primary' }, t('save')), h('button', { type: 'button', class: 'rj-button', onclick: done }, t('cancel'))),
    );
    item.body.replaceWith(editor);
    item.footer.replaceChildren();
    text.focus();
  }

  openReport(item) {
    const { t } = this;
    const id = uid('report');
    const reason = h('select', { id, class: 'rj-input rj-select' }, ['spam', 'abuse', 'harassment', 'hate', 'other'].map((r) => h('option', { value: r }, t.reason(r))));
    const send = async () => {
      try {
        await this.api.report(item.c.id, reason.value);
      } catch (failure) {
        this.fillFooter(item);
        return this.showItemError(item, failure);
      }
      this.fillFooter(item);
      item.footer.append(h('span', { class: 'rj-note', role: 'status' }, t('reportThanks')));
      item.card.focus();
    };
    const cancel = () => {
      this.fillFooter(item);
      item.card.focus();
    };
    item.footer.replaceChildren(
      h('label', { for: id }, t('reportWhy')),
      reason,
      h('button', { type: 'button', class: 'rj-button', onclick: send }, t('reportSend')),
      h('button', { type: 'button', class: 'rj-button', onclick: cancel }, t('cancel')),
    );
    reason.focus();
  }

  confirmRemove(item) {
    const { t } = this;
    const yes = h('button', { type: 'button', class: 'rj-button rj-danger', onclick: () => this.remove(item) }, t('yesRemove'));
    const no = h('button', { type: 'button', class: 'rj-button', onclick: () => { this.fillFooter(item); item.card.focus(); } }, t('cancel'));
    item.footer.replaceChildren(h('span', {}, t('confirmRemove')), ' ', yes, ' ', no);
    yes.focus();
  }

  async remove(item) {
    const wasPublished = item.c.status === 'published'; // a live event may change it meanwhile
    let result;
    try {
      result = await this.api.remove(item.c.id, item.own.token);
    } catch (failure) {
      return this.showItemError(item, failure);
    }
    store.forget(item.c.id);
    if (wasPublished) this.setCount(this.count - 1);
    item.own = null;
    if (item.replies.children.length) {
      item.c = { ...item.c, ...result, replies: [] };
      this.fillBody(item);
      this.fillFooter(item);
      item.card.focus();
    } else {
      const next = item.li.nextElementSibling || item.li.parentElement.closest('li') || null;
      item.li.remove();
      this.items.delete(item.c.id);
      const target = next && next.querySelector('article');
      (target || this.heading).focus();
    }
    this.announce(this.t('removedNote'));
  }

  /** Own comments that came back in a server page are public: no need to look them up. */
  markSeen(comments) {
    const own = store.own();
    const walk = (list) => {
      for (const c of list) {
        if (own[c.id] && !own[c.id].seen) store.remember(c.id, { seen: true, pending: false });
        walk(c.replies || []);
      }
    };
    walk(comments);
  }

  /**
   * Held comments are not in the thread: show the reader theirs, from the edit tokens kept.
   * So are a shadow-banned author's, which the server reports to them alone as published.
   */
  async restorePending() {
    if (this.inlineOnly || this.group) return; // filtered views show only what they filter
    const own = Object.entries(store.own()).filter(([, e]) => e.thread === this.threadKey && (e.pending || !e.seen));
    for (const [id, entry] of own.slice(-10)) {
      if (this.items.has(Number(id))) continue;
      try {
        const c = await this.api.get(id, entry.token);
        const placeable = c.parent_id || this.sort === 'newest';
        if (c.status === 'pending' || (c.status === 'published' && placeable && !this.cursorPassed(c))) this.insert(c);
        store.remember(id, { pending: c.status === 'pending' });
      } catch (failure) {
        if (failure.status === 404) store.forget(id);
      }
    }
  }

  /** Whether a top-level comment belongs on a later page than the ones shown. */
  cursorPassed(c) {
    if (c.parent_id || !this.cursor) return false;
    const last = this.list.lastElementChild;
    const shown = last && this.items.get(Number(last.dataset.id));
    return Boolean(shown && c.created_at < shown.c.created_at);
  }

  // ----- live updates -----

  onEvent(event) {
    const item = this.items.get(event.id);
    if (event.type === 'comment.created' && !item) {
      this.fresh.add(event.id);
      this.liveButton.textContent = this.t('newComments', { n: this.fresh.size });
      this.liveButton.hidden = false;
    } else if (event.type === 'votes' && item) {
      this.updateVotes(item, { up: event.up, down: event.down, score: event.up - event.down });
    } else if (event.type === 'comment.edited' && item) {
      this.api.get(event.id).then((c) => {
        item.c = { ...item.c, ...c, replies: [] };
        this.fillBody(item);
      }, () => {});
    } else if (event.type === 'comment.deleted' && item) {
      item.c = { ...item.c, status: 'deleted' };
      this.fillBody(item);
      this.fillFooter(item);
    }
  }

  dropFresh(id) {
    if (!this.fresh.delete(id)) return;
    this.liveButton.textContent = this.t('newComments', { n: this.fresh.size });
    this.liveButton.hidden = this.fresh.size === 0;
  }

  /** Show the comments that arrived live, where they belong, without moving the page. */
  async revealFresh() {
    const ids = [...this.fresh].sort((a, b) => a - b);
    this.fresh.clear();
    this.liveButton.hidden = true;
    let first = null;
    for (const id of ids) {
      if (this.items.has(id)) continue;
      try {
        const c = await this.api.get(id);
        this.setCount(this.count + 1);
        const el = this.insert(c);
        if (!el) continue; // a reply under a comment on a page not loaded
        el.querySelector('article').classList.add('rj-new');
        first = first || el;
      } catch {
        // deleted or held in the meantime: nothing to show
      }
    }
    if (first) first.querySelector('article').focus();
  }

  // ----- inline feedback -----

  startInline() {
    this.inline = createInline({
      article: this.o.article,
      stylesheet: this.stylesheet,
      t: this.t,
      onComment: (anchor) => this.commentOnPassage(anchor),
      onOpen: (group, isQuestion) => this.openGroup(group, isQuestion),
    });
    this.loadInline();
  }

  async loadInline() {
    let page;
    try {
      page = await this.api.page({ inline: 'true', limit: 100, replies: 0, sort: 'oldest' });
    } catch {
      return;
    }
    const groups = new Map();
    for (const c of page.comments) {
      const key = anchorKey(c.anchor);
      if (!groups.has(key)) groups.set(key, { anchor: c.anchor, comments: [] });
      groups.get(key).comments.push(c);
    }
    this.inline.mark([...groups.values()]);
    // Quotes rendered before the article was indexed now learn whether their passage is there.
    for (const item of this.items.values()) {
      const quote = item.c.anchor && item.card.querySelector(':scope > .rj-quote');
      if (quote) quote.replaceWith(this.quoteEl(item.c.anchor));
    }
  }

  commentOnPassage(anchor) {
    if (!this.mainForm) return;
    this.mainForm.setAnchor(anchor, this.inline.isQuestion(anchor));
    this.formSlot.scrollIntoView({ block: 'center', behavior: 'smooth' });
    this.mainForm.focus();
  }

  async openGroup(group, isQuestion) {
    const { t } = this;
    const key = anchorKey(group.anchor);
    let page;
    try {
      page = await this.api.page({ inline: 'true', limit: 100, sort: this.sort });
    } catch (failure) {
      return this.announce(t.error(failure));
    }
    this.group = key;
    this.renderPage({ ...page, comments: page.comments.filter((c) => anchorKey(c.anchor) === key), next_cursor: null }, true);
    this.groupBar.replaceChildren(
      h('p', {}, h('strong', {}, `${t(isQuestion ? 'viewingQuestion' : 'viewingPassage')}: `), h('q', {}, group.anchor.exact)),
      h('button', { type: 'button', class: 'rj-link', onclick: () => this.reload() }, t('showAll')),
    );
    this.groupBar.hidden = false;
    this.section.scrollIntoView({ block: 'start', behavior: 'smooth' });
    this.groupBar.focus();
  }

  tick() {
    for (const item of this.items.values()) {
      item.time.textContent = relativeTime(new Date(item.c.created_at), this.t.locale);
      if (item.canEdit && !this.editable(item)) this.fillFooter(item);
    }
  }
}

function mount(host, options) {
  const previous = instances.get(host);
  if (previous) previous.destroy();
  const widget = new Widget(host, options);
  instances.set(host, widget);
  widget.start();
  return widget;
}

window.Rejoinder = Object.assign(window.Rejoinder || {}, { widget: { mount } });

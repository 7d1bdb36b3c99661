// The comment form: write / preview, guest fields as the site requires, "Notify of", honeypot.
import { h, setSanitizedHtml, uid } from './dom.js';

const FIELD_OF_ERROR = {
  'author.name_required': 'author_name',
  'author.name_too_long': 'author_name',
  'author.email_required': 'author_email',
  'author.email_invalid': 'author_email',
  'notify.email_required': 'author_email',
  'author.url_invalid': 'author_url',
};

function field(name, label, props) {
  const id = uid(name);
  const input = h('input', { id, name, class: 'rj-input', ...props });
  return [h('p', { class: 'rj-field' }, h('label', { for: id }, label), input), input];
}

function quoteBar(t, onRemove) {
  const text = h('q', { class: 'rj-quote-text' });
  const label = h('span', { class: 'rj-quote-label' });
  const bar = h(
    'p',
    { class: 'rj-quote-bar', hidden: true },
    label,
    ' ',
    text,
    h('button', { type: 'button', class: 'rj-link', onclick: onRemove }, t('removeQuote')),
  );
  return { bar, label, text };
}

/**
 * Build a form. `onSubmit(values)` returns a promise; it rejects with an ApiError to show.
 * Returns {form, focus, setAnchor, reset}.
 */
export function commentForm({ t, config, author, api, reply = false, onSubmit, onCancel }) {
  const errorId = uid('error');
  const text = h('textarea', {
    id: uid('text'),
    name: 'text',
    class: 'rj-input rj-text',
    rows: reply ? 3 : 4,
    required: true,
    maxLength: config.max_text_length,
    placeholder: t('invite'),
    'aria-describedby': errorId,
  });
  const preview = h('div', { class: 'rj-preview rj-body', hidden: true, tabIndex: 0 });
  const writeTab = h('button', { type: 'button', class: 'rj-tab', 'aria-pressed': 'true' }, t('write'));
  const previewTab = h('button', { type: 'button', class: 'rj-tab', 'aria-pressed': 'false' }, t('preview'));
  const optional = (label, required) => (required ? label : t('optional', { label }));
  const [nameRow, name] = field('author_name', optional(t('name'), config.require_name), {
    autocomplete: 'name',
    maxLength: 80,
    required: config.require_name,
    value: author.name || '',
  });
  const [emailRow, email] = field('author_email', optional(t('email'), config.require_email), {
    type: 'email',
    autocomplete: 'email',
    required: config.require_email,
    value: author.email || '',
  });
  const [urlRow, url] = field('author_url', optional(t('website'), false), {
    type: 'url',
    autocomplete: 'url',
    value: author.url || '',
  });
  const notifyId = uid('notify');
  const notify = h(
    'select',
    { id: notifyId, name: 'notify', class: 'rj-input rj-select', value: author.notify || 'none' },
    h('option', { value: 'none' }, t('notifyNone')),
    h('option', { value: 'thread' }, t('notifyThread')),
    h('option', { value: 'replies' }, t('notifyReplies')),
  );
  // A field people never see or reach; bots fill it in.
  const trap = h('input', { name: 'homepage', tabIndex: -1, autocomplete: 'off' });
  const error = h('p', { id: errorId, class: 'rj-error', role: 'alert', hidden: true });
  const submit = h('button', { type: 'submit', class: 'rj-button rj-primary' }, t(reply ? 'postReply' : 'post'));
  let anchor = null;
  const quote = quoteBar(t, () => setAnchor(null));

  async function showPreview(on) {
    writeTab.setAttribute('aria-pressed', String(!on));
    previewTab.setAttribute('aria-pressed', String(on));
    text.hidden = on;
    preview.hidden = !on;
    if (!on) return text.focus();
    preview.textContent = t('nothingToPreview');
    if (text.value.trim()) {
      try {
        setSanitizedHtml(preview, (await api.preview(text.value)).html);
      } catch (failure) {
        preview.textContent = t.error(failure);
      }
    }
  }
  writeTab.addEventListener('click', () => showPreview(false));
  previewTab.addEventListener('click', () => showPreview(true));

  function showError(failure) {
    error.textContent = t.error(failure);
    error.hidden = false;
    const target = { author_name: name, author_email: email, author_url: url }[FIELD_OF_ERROR[failure.code]] || text;
    target.setAttribute('aria-invalid', 'true');
    target.setAttribute('aria-describedby', errorId);
    if (target.hidden) showPreview(false);
    target.focus();
  }

  function reset() {
    text.value = '';
    for (const input of [text, name, email, url]) input.removeAttribute('aria-invalid');
    error.hidden = true;
    setAnchor(null);
    if (text.hidden) showPreview(false);
  }

  async function handleSubmit(event) {
    event.preventDefault();
    error.hidden = true;
    if (!text.value.trim()) return showError({ code: 'comment.empty' });
    submit.disabled = true;
    submit.textContent = t('posting');
    try {
      await onSubmit({
        text: text.value,
        author_name: name.value.trim() || null,
        author_email: email.value.trim() || null,
        author_url: url.value.trim() || null,
        notify: notify.value,
        anchor,
        homepage: trap.value || null,
      });
    } catch (failure) {
      showError(failure);
    } finally {
      submit.disabled = false;
      submit.textContent = t(reply ? 'postReply' : 'post');
    }
  }

  function setAnchor(next, isQuestion = false) {
    anchor = next;
    quote.bar.hidden = !next;
    quote.label.textContent = next ? t(isQuestion ? 'answering' : 'commentingOn') : '';
    quote.text.textContent = next ? next.exact : '';
  }

  const form = h(
    'form',
    {
      class: 'rj-form',
      noValidate: true,
      onsubmit: handleSubmit,
      // Ctrl+Enter (Cmd+Enter) posts from any field, as in most comment and chat boxes.
      onkeydown: (event) => event.key === 'Enter' && (event.ctrlKey || event.metaKey) && form.requestSubmit(),
    },
    quote.bar,
    h('div', { class: 'rj-tabs', role: 'group', 'aria-label': t('comment') }, writeTab, previewTab),
    h('label', { for: text.id, class: 'rj-sr' }, t('comment')),
    text,
    preview,
    h('div', { class: 'rj-fields' }, nameRow, emailRow, urlRow),
    h('p', { class: 'rj-field' }, h('label', { for: notifyId }, t('notify')), notify),
    h('div', { class: 'rj-trap', 'aria-hidden': 'true' }, trap),
    error,
    h(
      'p',
      { class: 'rj-actions' },
      submit,
      onCancel && h('button', { type: 'button', class: 'rj-button', onclick: onCancel }, t('cancel')),
    ),
  );
  return { form, focus: () => text.focus(), setAnchor, reset };
}

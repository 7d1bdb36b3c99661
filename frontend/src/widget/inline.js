// Inline feedback in the publisher's article: "Comment on this passage" on a selection, count
// bubbles on passages that have comments, and editors' questions (data-rejoinder-question).
// Our elements in the article are empty hosts with their own shadow roots, so the article's
// text (what anchors are computed on) never changes.
import { anchorFromRange, locate, rangeOf, textIndex } from './anchor.js';
import { h } from './dom.js';

const HIGHLIGHT = 'rejoinder-passage';

function shadowHost(stylesheet, className) {
  const host = h('span', { class: className, 'data-rejoinder-ui': '' });
  const root = host.attachShadow({ mode: 'open' });
  root.append(h('link', { rel: 'stylesheet', href: stylesheet }));
  return [host, root];
}

function highlightStyle() {
  // ::highlight() must be styled from the document; a constructed sheet needs no inline style.
  if (!window.CSS || !CSS.highlights || !document.adoptedStyleSheets) return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`::highlight(${HIGHLIGHT}){background-color:rgba(255,196,0,.32)}`);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

export const questionText = (el) =>
  (el.getAttribute('data-rejoinder-question') || el.textContent || '').trim().slice(0, 1000);

export function createInline({ article, stylesheet, t, onComment, onOpen }) {
  const questions = [...document.querySelectorAll('[data-rejoinder-question]')];
  const ui = [];
  let popup = null;
  let selected = null;
  highlightStyle();

  function hidePopup() {
    if (popup) popup.host.hidden = true;
    selected = null;
  }

  function showPopup(range, anchor) {
    if (!popup) {
      const [host, root] = shadowHost(stylesheet, 'rejoinder-popup');
      const button = h(
        'button',
        {
          type: 'button',
          class: 'rj-pop',
          // Keep the selection when the button is pressed with a mouse.
          onmousedown: (event) => event.preventDefault(),
          onclick: () => {
            if (selected) onComment(selected);
            hidePopup();
          },
        },
        t('onPassage'),
      );
      root.append(button);
      Object.assign(host.style, { position: 'absolute', zIndex: 2147483000 });
      document.body.append(host);
      popup = { host, button };
    }
    selected = anchor;
    const rect = range.getBoundingClientRect();
    Object.assign(popup.host.style, {
      top: `${rect.bottom + window.scrollY + 6}px`,
      left: `${Math.max(4, rect.left + window.scrollX)}px`,
    });
    popup.host.hidden = false;
  }

  function onSelection() {
    const selection = document.getSelection();
    if (!selection || selection.isCollapsed || !selection.rangeCount) {
      if (!popup || !popup.host.matches(':focus-within')) hidePopup();
      return;
    }
    const range = selection.getRangeAt(0);
    if (!article.contains(range.commonAncestorContainer)) return hidePopup();
    const anchor = anchorFromRange(article, range);
    if (anchor) showPopup(range, anchor);
    else hidePopup();
  }

  let timer = 0;
  const onSelectionChange = () => {
    clearTimeout(timer);
    timer = setTimeout(onSelection, 120);
  };
  document.addEventListener('selectionchange', onSelectionChange);

  const questionButtons = questions.map((el) => {
    const [host, root] = shadowHost(stylesheet, 'rejoinder-question');
    const count = h('span', { class: 'rj-bubble-count' });
    const button = h(
      'button',
      { type: 'button', class: 'rj-ask', onclick: () => onComment({ exact: questionText(el), prefix: '', suffix: '' }) },
      t('answerQuestion'),
    );
    const answers = h('button', { type: 'button', class: 'rj-bubble', hidden: true }, count);
    root.append(button, answers);
    el.append(host);
    ui.push(host);
    return { el, answers, count };
  });

  function clearMarkers() {
    for (const host of ui.splice(questions.length)) host.remove();
    if (window.CSS && CSS.highlights) CSS.highlights.delete(HIGHLIGHT);
    article.normalize(); // re-join the text nodes that marker insertion split
  }

  /** Where an anchor is now: its question element, a Range over the passage, or null. */
  function find(anchor) {
    if (!anchor.prefix && !anchor.suffix) {
      const question = questions.find((el) => questionText(el) === anchor.exact);
      if (question) return question;
    }
    const index = textIndex(article);
    const at = locate(index.text, anchor);
    return at ? rangeOf(index, at[0], at[1]) : null;
  }

  /** Mark every group of comments ({anchor, comments}): bubbles, highlights, question counts. */
  function mark(groups) {
    clearMarkers();
    for (const q of questionButtons) q.answers.hidden = true;
    const found = groups.map((group) => [group, find(group.anchor)]);
    const ranges = [];
    for (const [group, target] of found) {
      const n = group.comments.length;
      if (target instanceof Element) {
        const question = questionButtons.find((q) => q.el === target);
        question.count.textContent = String(n);
        question.answers.hidden = false;
        question.answers.setAttribute('aria-label', t('questionAnswers', { n }));
        question.answers.onclick = () => onOpen(group, true);
      } else if (target) {
        ranges.push(target);
        const [host, root] = shadowHost(stylesheet, 'rejoinder-marker');
        const label = t('passageComments', { n });
        root.append(h('button', { type: 'button', class: 'rj-bubble', 'aria-label': label, onclick: () => onOpen(group, false) }, String(n)));
        const end = target.cloneRange();
        end.collapse(false);
        end.insertNode(host);
        ui.push(host);
      }
    }
    if (ranges.length && window.Highlight && CSS.highlights) {
      CSS.highlights.set(HIGHLIGHT, new Highlight(...ranges));
    }
  }

  /** Scroll to a located passage (Range) or question (Element) and select it briefly. */
  function reveal(target) {
    const el = target instanceof Range ? target.startContainer.parentElement : target;
    el.scrollIntoView({ block: 'center', behavior: 'smooth' });
    if (target instanceof Range) {
      const selection = document.getSelection();
      selection.removeAllRanges();
      selection.addRange(target);
    }
  }

  function destroy() {
    document.removeEventListener('selectionchange', onSelectionChange);
    clearMarkers();
    for (const host of ui.splice(0)) host.remove();
    if (popup) popup.host.remove();
  }

  const isQuestion = (anchor) => find(anchor) instanceof Element;
  return { mark, find, isQuestion, reveal, destroy };
}

// Anchors for inline feedback: a passage is stored as its exact text plus a little context
// before and after, and found again by text, so it survives small edits to the article.
export const CONTEXT = 40;
export const MAX_EXACT = 1000;

/** The article's text with each text node's start offset (the same text Range.toString sees). */
export function textIndex(root) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes = [];
  let text = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    nodes.push([node, text.length]);
    text += node.data;
  }
  return { text, nodes };
}

function offsetOf(root, container, offset) {
  const range = document.createRange();
  range.setStart(root, 0);
  range.setEnd(container, offset);
  return range.toString().length;
}

/** The anchor for a selected range inside `root`, or null if nothing useful is selected. */
export function anchorFromRange(root, range) {
  const { text } = textIndex(root);
  let start = offsetOf(root, range.startContainer, range.startOffset);
  let end = offsetOf(root, range.endContainer, range.endOffset);
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end - start < 2) return null;
  end = Math.min(end, start + MAX_EXACT);
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT), start),
    suffix: text.slice(end, end + CONTEXT),
  };
}

function commonSuffix(a, b) {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefix(a, b) {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * [start, end] of the anchor in `text`, or null when the passage is gone.
 * The exact text wins, disambiguated by its context; when the passage itself was edited, the
 * unchanged context on both sides still brackets it.
 */
export function locate(text, anchor) {
  const { exact, prefix = '', suffix = '' } = anchor;
  let best = null;
  let bestScore = -1;
  for (let at = text.indexOf(exact); exact && at !== -1; at = text.indexOf(exact, at + 1)) {
    const before = text.slice(Math.max(0, at - prefix.length), at);
    const after = text.slice(at + exact.length, at + exact.length + suffix.length);
    const score = commonSuffix(before, prefix) + commonPrefix(after, suffix);
    if (score > bestScore) [best, bestScore] = [[at, at + exact.length], score];
  }
  if (best) return best;
  if (prefix.length < 8 || suffix.length < 8) return null;
  const start = text.indexOf(prefix);
  if (start === -1) return null;
  const from = start + prefix.length;
  const end = text.indexOf(suffix, from);
  const plausible = end !== -1 && end > from && end - from <= exact.length * 2 + 40;
  return plausible ? [from, end] : null;
}

/** A DOM Range over [start, end] of the indexed text. */
export function rangeOf(index, start, end) {
  const range = document.createRange();
  const place = (offset, setter) => {
    for (let i = index.nodes.length - 1; i >= 0; i--) {
      const [node, at] = index.nodes[i];
      if (at <= offset) {
        setter.call(range, node, Math.min(offset - at, node.data.length));
        return;
      }
    }
  };
  place(start, range.setStart);
  place(end, range.setEnd);
  return range;
}

export const anchorKey = (anchor) => JSON.stringify([anchor.exact, anchor.prefix, anchor.suffix]);

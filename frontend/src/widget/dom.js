// Building DOM without HTML strings: text always goes in as text nodes.

/** h('button', {class: 'x', onclick: f, 'aria-label': 'y'}, 'text', child, ...) */
export function h(tag, props, ...children) {
  const el = document.createElement(tag);
  // Children first: a <select>'s value can only be set once its options exist.
  el.append(...children.flat().filter((child) => child != null && child !== false));
  for (const [key, value] of Object.entries(props || {})) {
    if (value == null || value === false) continue;
    if (key.startsWith('on')) el.addEventListener(key.slice(2), value);
    else if (key === 'class') el.className = value;
    else if (key in el && !key.includes('-')) el[key] = value;
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  return el;
}

/**
 * The one place HTML is inserted: comment bodies and previews, which the server rendered from
 * markdown and sanitized with an allowlist when the comment was written.
 */
export function setSanitizedHtml(el, html) {
  el.innerHTML = html;
  for (const link of el.querySelectorAll('a[href]')) {
    link.target = '_blank';
    link.rel = 'nofollow ugc noopener noreferrer';
  }
}

let counter = 0;
/** An id unique within the page, for label/aria wiring. */
export const uid = (name) => `rj-${name}-${++counter}`;

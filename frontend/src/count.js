// The count script for listing pages: fills every [data-rejoinder-count] element with the
// number of comments on the page it names (its value, or the link it sits in).
const MESSAGES = {
  en: ['{n} comment', '{n} comments'],
  de: ['{n} Kommentar', '{n} Kommentare'],
};
const BATCH = 200;
const script = document.currentScript;
const base = new URL('./', script.src).href;
const site = script.dataset.site;
const lang = (script.dataset.lang || document.documentElement.lang || 'en').slice(0, 2);
const forms = MESSAGES[lang] || MESSAGES.en;
const plural = new Intl.PluralRules(lang);

function uriOf(el) {
  const link = el.closest('a');
  return el.dataset.rejoinderCount || (link ? link.pathname : location.pathname);
}

function show(el, n) {
  const form = forms[plural.select(n) === 'one' ? 0 : 1];
  el.textContent = form.replace('{n}', n.toLocaleString(lang));
}

async function fill() {
  const elements = [...document.querySelectorAll('[data-rejoinder-count]')];
  const uris = [...new Set(elements.map(uriOf))];
  for (let i = 0; i < uris.length; i += BATCH) {
    const response = await fetch(`${base}api/v1/counts?site=${encodeURIComponent(site)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ uris: uris.slice(i, i + BATCH) }),
      credentials: 'omit',
    });
    if (!response.ok) return;
    const { counts } = await response.json();
    for (const el of elements) {
      const uri = uriOf(el);
      if (uri in counts) show(el, counts[uri]);
    }
  }
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', fill);
else fill();

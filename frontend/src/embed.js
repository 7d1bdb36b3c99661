// The loader publishers embed: finds the thread element and loads the widget when the reader
// gets near it. Kept tiny (budget: 3 KB gzipped); everything else lives in the widget.
/* global __VERSION__ */
const script = document.currentScript;
const base = new URL('./', script ? script.src : location.href).href;
const defaults = script ? script.dataset : {};
let loading = null;

function loadWidget() {
  loading =
    loading ||
    new Promise((resolve, reject) => {
      const tag = document.createElement('script');
      tag.src = `${base}static/widget.js?v=${__VERSION__}`;
      tag.async = true;
      tag.onload = () => resolve(window.Rejoinder.widget);
      tag.onerror = () => {
        loading = null; // a later mount may try again
        reject(new Error('Rejoinder: the comment widget could not be loaded'));
      };
      document.head.appendChild(tag);
    });
  return loading;
}

function optionsFor(el, given) {
  const data = { ...defaults, ...el.dataset };
  return {
    base,
    version: __VERSION__,
    site: data.site,
    uri: data.uri || location.pathname,
    lang: data.lang || document.documentElement.lang || navigator.language,
    theme: data.theme || 'auto',
    pageSize: Number(data.pageSize) || 20,
    title: document.title,
    article: document.querySelector('[data-rejoinder-article]'),
    ...given,
  };
}

/** Mount (or re-mount, for single-page sites) a thread into `el`. */
function mount(el, given = {}) {
  return loadWidget().then((widget) => widget.mount(el, optionsFor(el, given)));
}

function mountWhenNear(el) {
  // Inline feedback marks passages in the article, so such pages load the widget at once.
  if (!('IntersectionObserver' in window) || document.querySelector('[data-rejoinder-article]')) {
    mount(el);
    return;
  }
  const observer = new IntersectionObserver(
    (entries) => {
      if (entries.some((entry) => entry.isIntersecting)) {
        observer.disconnect();
        mount(el);
      }
    },
    { rootMargin: '800px 0px' },
  );
  observer.observe(el);
}

window.Rejoinder = Object.assign(window.Rejoinder || {}, { mount, version: __VERSION__ });

function start() {
  const el = document.getElementById('rejoinder-thread');
  if (el && !el.dataset.manual) mountWhenNear(el);
}
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();

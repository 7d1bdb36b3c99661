// Keyboard moderation for the queue: j/k move, a approve, r reject, s spam, d delete,
// e edit, x select for bulk, Enter opens the comment. No inline script: the CSP forbids it.
(() => {
  const items = () => [...document.querySelectorAll('article.item')];
  const typing = (el) => el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));
  let current = -1;

  function select(index) {
    const all = items();
    if (!all.length) return;
    current = Math.max(0, Math.min(all.length - 1, index));
    all.forEach((el, i) => el.classList.toggle('current', i === current));
    all[current].focus();
  }

  function press(action) {
    const item = items()[current];
    const control = item && item.querySelector(`[data-action="${action}"]`);
    if (control) control.click();
  }

  // Each action form returns to the queue with the same position selected: the acted-on
  // comment has left the queue, so the next one takes its place.
  document.addEventListener('submit', (event) => {
    const next = event.target.querySelector('input[name="next"]');
    if (!next || current < 0 || !next.value.startsWith('/admin/queue/')) return;
    const url = new URL(next.value, location.href);
    url.searchParams.set('focus', String(current));
    next.value = url.pathname + url.search;
  });

  document.addEventListener('keydown', (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
    const keys = { j: () => select(current + 1), k: () => select(current - 1), a: () => press('approve'), r: () => press('reject'), s: () => press('spam'), d: () => press('delete'), e: () => press('edit') };
    if (event.key === 'x' && current >= 0) {
      const box = items()[current].querySelector('input[type="checkbox"]');
      if (box) box.checked = !box.checked;
    } else if (event.key === 'Enter' && event.target.matches && event.target.matches('article.item')) {
      press('edit');
    } else if (keys[event.key]) {
      keys[event.key]();
    } else {
      return;
    }
    event.preventDefault();
  });

  document.addEventListener('focusin', (event) => {
    const index = items().indexOf(event.target.closest && event.target.closest('article.item'));
    if (index >= 0) {
      current = index;
      items().forEach((el, i) => el.classList.toggle('current', i === current));
    }
  });

  const focus = new URLSearchParams(location.search).get('focus');
  if (focus !== null && items().length) select(Number(focus) || 0);
})();

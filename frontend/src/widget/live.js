// Live thread updates over Server-Sent Events, reconnecting with exponential backoff and jitter
// (the browser's own retry is a fixed interval, which stampedes a restarted server).
const TYPES = ['comment.created', 'comment.edited', 'comment.deleted', 'votes'];
const MAX_DELAY_MS = 60_000;

export function connectLive(url, onEvent) {
  let source = null;
  let attempt = 0;
  let timer = 0;
  let stopped = false;

  function open() {
    source = new EventSource(url);
    source.onopen = () => {
      attempt = 0;
    };
    for (const type of TYPES) {
      source.addEventListener(type, (message) => {
        let event;
        try {
          event = JSON.parse(message.data);
        } catch {
          return;
        }
        onEvent(event);
      });
    }
    source.onerror = () => {
      source.close();
      if (stopped) return;
      const delay = Math.min(MAX_DELAY_MS, 1000 * 2 ** attempt++);
      timer = setTimeout(open, delay / 2 + (Math.random() * delay) / 2);
    };
  }

  open();
  return {
    close() {
      stopped = true;
      clearTimeout(timer);
      if (source) source.close();
    },
  };
}

// What the reader's browser remembers, in the publisher page's own local storage (never a
// third-party cookie): the voter token, edit tokens of their comments, their votes and details.
const PREFIX = 'rejoinder:';
const KEEP_PENDING_MS = 30 * 24 * 3600 * 1000;
const MAX_OWN = 200;
const memory = new Map();

function local() {
  try {
    const storage = window.localStorage;
    storage.setItem(`${PREFIX}probe`, '1');
    storage.removeItem(`${PREFIX}probe`);
    return storage;
  } catch {
    return null; // storage disabled: remember for this page view only
  }
}
const storage = local();

function read(key, fallback) {
  try {
    const raw = storage ? storage.getItem(PREFIX + key) : memory.get(key);
    return raw ? JSON.parse(raw) : fallback;
  } catch {
    return fallback;
  }
}

function write(key, value) {
  const raw = JSON.stringify(value);
  try {
    if (storage) storage.setItem(PREFIX + key, raw);
    else memory.set(key, raw);
  } catch {
    memory.set(key, raw); // quota exceeded: keep it for this page view
  }
}

function prune(own, now) {
  const kept = Object.entries(own).filter(
    ([, entry]) => entry.until > now || ((entry.pending || !entry.seen) && entry.at + KEEP_PENDING_MS > now),
  );
  return Object.fromEntries(kept.slice(-MAX_OWN));
}

export const store = {
  voter: () => read('voter', null),
  setVoter: (token) => write('voter', token),
  author: () => read('author', {}),
  setAuthor: (author) => write('author', author),
  /** Own comments: id -> {token, until (ms), at (ms), thread, pending, seen, text}; `seen`
   * once a thread page from the server included it. */
  own: () => read('own', {}),
  remember(id, entry) {
    const own = prune(read('own', {}), Date.now());
    own[id] = { ...own[id], ...entry };
    write('own', own);
  },
  forget(id) {
    const own = read('own', {});
    delete own[id];
    write('own', own);
  },
  vote: (id) => read('votes', {})[id] || 0,
  setVote(id, value) {
    const votes = read('votes', {});
    if (value) votes[id] = value;
    else delete votes[id];
    const ids = Object.keys(votes);
    for (const old of ids.slice(0, Math.max(0, ids.length - 1000))) delete votes[old];
    write('votes', votes);
  },
};

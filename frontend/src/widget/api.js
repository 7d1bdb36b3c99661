// The HTTP API v1 as the widget uses it. Errors become ApiError with the API's stable code.
export class ApiError extends Error {
  constructor(code, status, serverMessage) {
    super(code);
    this.code = code;
    this.status = status;
    this.serverMessage = serverMessage;
  }
}

export function createApi(base, site, uri, store) {
  async function call(method, path, { query = {}, body, token } = {}) {
    const url = new URL(`api/v1/${path}`, base);
    for (const [key, value] of Object.entries(query)) {
      if (value != null) url.searchParams.set(key, value);
    }
    const headers = {};
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const voter = store.voter();
    if (voter) headers['X-Voter-Token'] = voter;
    if (token) headers['X-Edit-Token'] = token;
    let response;
    try {
      response = await fetch(url, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        credentials: 'omit',
      });
    } catch {
      throw new ApiError('network', 0);
    }
    const data = await response.json().catch(() => null);
    if (!response.ok) {
      const error = (data && data.error) || {};
      throw new ApiError(error.code || 'other', response.status, error.message);
    }
    if (data && data.voter_token) store.setVoter(data.voter_token);
    return data;
  }

  const thread = { site, uri };
  return {
    config: () => call('GET', 'config', { query: { site } }),
    page: (params) => call('GET', 'comments', { query: { ...thread, ...params } }),
    replies: (id, cursor) => call('GET', `comments/${id}/replies`, { query: { cursor } }),
    get: (id, token) => call('GET', `comments/${id}`, { token }),
    create: (body) => call('POST', 'comments', { query: thread, body }),
    edit: (id, token, text) => call('PATCH', `comments/${id}`, { token, body: { text } }),
    remove: (id, token) => call('DELETE', `comments/${id}`, { token }),
    vote: (id, value) => call('POST', `comments/${id}/vote`, { body: { value } }),
    report: (id, reason) => call('POST', `comments/${id}/flag`, { body: { reason } }),
    preview: (text) => call('POST', 'preview', { body: { text } }),
    eventsUrl: () => {
      const url = new URL('api/v1/events', base);
      url.searchParams.set('site', site);
      url.searchParams.set('uri', uri);
      return url.href;
    },
  };
}

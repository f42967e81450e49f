// REST client for /ontime/api; counts requests in flight so tests can wait for quiet.

const base = new URL('api/', new URL('.', location.href));
let inFlight = 0;
let waiters = [];

async function call(method, path, body) {
  inFlight++;
  try {
    const res = await fetch(new URL(path, base), {
      method,
      headers: body ? { 'content-type': 'application/json' } : {},
      body: body ? JSON.stringify(body) : undefined,
    });
    if (!res.ok) {
      const err = await res.json().catch(() => ({}));
      throw new Error(err.error || `HTTP ${res.status}`);
    }
    return res.status === 204 ? null : await res.json();
  } finally {
    if (--inFlight === 0) {
      const w = waiters;
      waiters = [];
      w.forEach((fn) => fn());
    }
  }
}

export const api = {
  directory: () => call('GET', 'directory'),
  list: (from, to) => call('GET', `events?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`),
  get: (id) => call('GET', `events/${encodeURIComponent(id)}`),
  create: (event) => call('POST', 'events', event),
  update: (id, event) => call('PUT', `events/${encodeURIComponent(id)}`, event),
  remove: (id) => call('DELETE', `events/${encodeURIComponent(id)}`),
};

/** Resolves once no request is in flight. */
export function whenIdle() {
  return inFlight === 0 ? Promise.resolve() : new Promise((r) => waiters.push(r));
}

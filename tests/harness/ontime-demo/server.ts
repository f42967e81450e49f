import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseEventInput, type DemoEvent } from './event';
import { EventStore } from './store';
import { seedEvents, type SeedLang } from './seed';
import { GROUPS, ME, PEOPLE } from './directory';

export type { DemoEvent } from './event';

export interface OnTimeDemo {
  /** English UI, e.g. http://localhost:PORT/ontime/ */
  url: string;
  /** Japanese UI: http://localhost:PORT/ontime/?lang=ja */
  urlJa: string;
  events(): DemoEvent[];
  /** Drops every event and seeds `seed` events again (default: the count given at start). */
  reset(seed?: number): void;
  close(): Promise<void>;
}

export interface OnTimeDemoOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  /** Events seeded around the current week; default 12 (all in the current week). */
  seedEvents?: number;
  /** Language of seeded subjects and locations; default 'en'. */
  seedLang?: SeedLang;
}

const PUBLIC_DIR = fileURLToPath(new URL('./public/', import.meta.url));
const PREFIX = '/ontime/';
const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
};

export async function startOnTimeDemo(opts: OnTimeDemoOptions = {}): Promise<OnTimeDemo> {
  const store = new EventStore();
  const defaultCount = opts.seedEvents ?? 12;
  let lang: SeedLang = opts.seedLang ?? 'en';
  const reset = (count = defaultCount) => store.replaceAll(seedEvents(count, lang));
  reset();

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => send(res, 500, { error: String(err) }));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname;
    const method = req.method ?? 'GET';

    if (path === '/' || path === '/ontime') return redirect(res, `${PREFIX}${url.search}`);
    if (path === '/__demo/events' && method === 'GET') return send(res, 200, store.all());
    if (path === '/__demo/reset' && method === 'POST') {
      const body = (await readJson(req)) as { seed?: unknown; lang?: unknown } | undefined;
      if (body?.lang === 'en' || body?.lang === 'ja') lang = body.lang;
      reset(typeof body?.seed === 'number' ? body.seed : undefined);
      return send(res, 200, { count: store.all().length });
    }
    if (path.startsWith(`${PREFIX}api/`)) return api(req, res, path.slice(PREFIX.length + 4), url.searchParams);
    if (path.startsWith(PREFIX) && (method === 'GET' || method === 'HEAD')) return serveStatic(res, path.slice(PREFIX.length));
    send(res, 404, { error: 'not found' });
  }

  async function api(req: IncomingMessage, res: ServerResponse, route: string, q: URLSearchParams): Promise<void> {
    const method = req.method ?? 'GET';
    if (route === 'directory' && method === 'GET') return send(res, 200, { me: ME, people: PEOPLE, groups: GROUPS });
    if (route === 'events') {
      if (method === 'GET') return send(res, 200, store.range(q.get('from') ?? undefined, q.get('to') ?? undefined));
      if (method === 'POST') {
        const parsed = parseEventInput(await readJson(req));
        return parsed.ok ? send(res, 201, store.create(parsed.value)) : send(res, 400, { error: parsed.error });
      }
    }
    const m = /^events\/([\w-]+)$/.exec(route);
    if (m?.[1]) {
      const id = m[1];
      if (method === 'GET') {
        const e = store.get(id);
        return e ? send(res, 200, e) : send(res, 404, { error: 'no such event' });
      }
      if (method === 'PUT') {
        const parsed = parseEventInput(await readJson(req));
        if (!parsed.ok) return send(res, 400, { error: parsed.error });
        const e = store.update(id, parsed.value);
        return e ? send(res, 200, e) : send(res, 404, { error: 'no such event' });
      }
      if (method === 'DELETE') return store.remove(id) ? send(res, 204) : send(res, 404, { error: 'no such event' });
    }
    send(res, 404, { error: 'not found' });
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  // 'localhost', not 127.0.0.1: the extension tells OnTime (localhost) from the Zoom simulator (127.0.0.1) by host.
  const base = `http://localhost:${port}${PREFIX}`;
  return {
    url: base,
    urlJa: `${base}?lang=ja`,
    events: () => store.all(),
    reset: (seed) => reset(seed),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function serveStatic(res: ServerResponse, rel: string): Promise<void> {
  const file = normalize(join(PUBLIC_DIR, rel || 'index.html'));
  if (!file.startsWith(PUBLIC_DIR) || file.includes(`${sep}..${sep}`)) return send(res, 403, { error: 'forbidden' });
  try {
    const data = await readFile(file);
    res.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(data);
  } catch {
    send(res, 404, { error: 'not found' });
  }
}

function send(res: ServerResponse, status: number, body?: unknown): void {
  if (body === undefined) {
    res.writeHead(status).end();
    return;
  }
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

function redirect(res: ServerResponse, location: string): void {
  res.writeHead(302, { location }).end();
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    chunks.push(chunk);
    size += chunk.length;
    if (size > 1_000_000) throw new Error('body too large');
  }
  // Decode once: a chunk boundary may split a multi-byte (e.g. Japanese) character.
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null; // parseEventInput rejects null with a 400
  }
}

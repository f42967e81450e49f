// The HTTP layer: reads each request, records it, applies an armed fault, routes it, answers.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { controlRoutes } from './control.ts';
import { routeNotFound } from './errors.ts';
import { cannedFaultResponse } from './faults.ts';
import { json, parseBodyForLog, type RequestContext, type SimResponse } from './http.ts';
import { dispatch } from './router.ts';
import { ROUTES } from './routes.ts';
import type { SimState } from './state.ts';
import type { RequestRecord } from './types.ts';

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function flattenHeaders(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) out[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

function send(res: ServerResponse, response: SimResponse): void {
  res.writeHead(response.status, { ...response.headers, 'content-length': Buffer.byteLength(response.body) });
  res.end(response.body);
}

async function process(ctx: RequestContext): Promise<SimResponse> {
  return (await dispatch(ROUTES, ctx)) ?? routeNotFound();
}

export interface HttpServer {
  server: Server;
  baseUrl: string;
  close(): Promise<void>;
}

/** Starts listening on 127.0.0.1; `getState` is read per request so the state can be built after the port is known. */
export async function listen(port: number, getState: () => SimState): Promise<HttpServer> {
  const timers = new Set<NodeJS.Timeout>();
  const sleep = (ms: number): Promise<void> =>
    new Promise((resolve) => {
      const t = setTimeout(() => {
        timers.delete(t);
        resolve();
      }, ms);
      timers.add(t);
    });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const state = getState();
    const rawBody = await readBody(req);
    const ctx: RequestContext = {
      method: (req.method ?? 'GET').toUpperCase(),
      url: new URL(req.url ?? '/', state.baseUrl),
      headers: flattenHeaders(req),
      rawBody,
      state,
    };
    // The control surface is never recorded nor faulted: tests must always be able to reach it.
    if (ctx.url.pathname.startsWith('/__sim/')) {
      send(res, (await dispatch(controlRoutes, ctx)) ?? json(404, { error: `no control route ${ctx.method} ${ctx.url.pathname}` }));
      return;
    }
    const record: RequestRecord = {
      seq: state.nextSeq(),
      method: ctx.method,
      path: ctx.url.pathname,
      query: Object.fromEntries(ctx.url.searchParams),
      headers: ctx.headers,
      body: parseBodyForLog(ctx.headers['content-type'] ?? '', rawBody),
      status: null,
      timestamp: new Date(state.now()).toISOString(),
    };
    state.requests.push(record);
    const fault = state.takeFault(ctx.method, ctx.url.pathname);
    if (fault) record.fault = fault.kind;
    if (fault?.latencyMs) await sleep(fault.latencyMs);
    if (fault?.kind === 'drop') {
      req.socket.destroy();
      return;
    }
    const response = (fault && cannedFaultResponse(fault, state.now())) ?? (await process(ctx));
    if (fault?.kind === 'drop-after') {
      // Processed (the meeting exists, the token rotated) but the answer is lost.
      record.processedStatus = response.status;
      req.socket.destroy();
      return;
    }
    record.status = response.status;
    send(res, response);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      console.error('[zoom-simulator]', err);
      if (!res.headersSent) send(res, json(500, { code: 500, message: `Simulator error: ${String(err)}` }));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('Zoom simulator: unexpected server address');
  return {
    server,
    baseUrl: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const t of timers) clearTimeout(t);
        timers.clear();
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}

// The /__sim/ control surface: JSON over HTTP mirroring SimState's methods, for browser tests,
// the demo and the benchmark (in-process tests can call sim.state directly).
import { json, noContent, parseJsonObject, type RequestContext, type SimResponse } from './http.ts';
import { isObject } from './merge.ts';
import { route, type Route } from './router.ts';
import { FAULT_KINDS, type FaultKind, type FaultSpec, type JsonObject, type SimClient, type SimConfigPatch } from './types.ts';

const bad = (message: string): SimResponse => json(400, { error: message });

/** An empty body means no options. */
const body = (ctx: RequestContext): JsonObject | undefined => (ctx.rawBody.trim() === '' ? {} : parseJsonObject(ctx.rawBody));

const optionalNumber = (v: unknown): boolean => v === undefined || (typeof v === 'number' && Number.isFinite(v) && v >= 0);
const optionalString = (v: unknown): boolean => v === undefined || typeof v === 'string';

function parseFault(input: JsonObject): FaultSpec | string {
  const kind = input.kind;
  if (typeof kind !== 'string' || !FAULT_KINDS.includes(kind as FaultKind)) return `kind must be one of ${FAULT_KINDS.join(', ')}`;
  if (!optionalString(input.method) || !optionalString(input.path) || !optionalString(input.retryAfter)) {
    return 'method, path and retryAfter must be strings';
  }
  if (!optionalNumber(input.times) || !optionalNumber(input.latencyMs) || !optionalNumber(input.status)) {
    return 'times, latencyMs and status must be non-negative numbers';
  }
  if (input.rateLimitType !== undefined && input.rateLimitType !== 'QPS' && input.rateLimitType !== 'Daily-limit') {
    return 'rateLimitType must be QPS or Daily-limit';
  }
  if (typeof input.path === 'string') {
    try {
      new RegExp(input.path);
    } catch {
      return `path is not a valid regular expression: ${input.path}`;
    }
  }
  if (kind === 'status' && typeof input.status !== 'number') return 'a status fault needs status';
  return input as unknown as FaultSpec;
}

function isClient(value: unknown): value is SimClient {
  return (
    isObject(value) &&
    typeof value.clientId === 'string' &&
    typeof value.public === 'boolean' &&
    Array.isArray(value.redirectUris) &&
    value.redirectUris.every((u) => typeof u === 'string') &&
    Array.isArray(value.scopes) &&
    value.scopes.every((s) => typeof s === 'string')
  );
}

function parseConfig(input: JsonObject): SimConfigPatch | string {
  if (input.clients !== undefined && !(Array.isArray(input.clients) && input.clients.every(isClient))) {
    return 'clients must be an array of {clientId, redirectUris[], public, scopes[]}';
  }
  if (input.userSettings !== undefined && !isObject(input.userSettings)) return 'userSettings must be an object';
  if (input.revokeRequiresBasicAuth !== undefined && typeof input.revokeRequiresBasicAuth !== 'boolean') {
    return 'revokeRequiresBasicAuth must be a boolean';
  }
  if (!optionalNumber(input.accessTokenTtlSec) || !optionalNumber(input.codeTtlSec)) return 'TTLs must be non-negative numbers';
  return input as SimConfigPatch;
}

/** Parses the body, then hands it to `apply`; 400 on anything that is not a JSON object. */
function withBody(apply: (ctx: RequestContext, input: JsonObject) => SimResponse): Route['handle'] {
  return (ctx) => {
    const input = body(ctx);
    return input ? apply(ctx, input) : bad('body must be a JSON object');
  };
}

export const controlRoutes: Route[] = [
  route('GET', /^\/__sim\/requests$/, (ctx) => json(200, ctx.state.requests)),
  route('DELETE', /^\/__sim\/requests$/, (ctx) => (ctx.state.clearRequests(), noContent())),
  route('GET', /^\/__sim\/meetings$/, (ctx) => json(200, ctx.state.listMeetings())),
  route('POST', /^\/__sim\/faults$/, withBody((ctx, input) => {
    const spec = parseFault(input);
    return typeof spec === 'string' ? bad(spec) : json(201, ctx.state.addFault(spec));
  })),
  route('DELETE', /^\/__sim\/faults$/, (ctx) => (ctx.state.clearFaults(), noContent())),
  route('GET', /^\/__sim\/config$/, (ctx) => json(200, ctx.state.config)),
  route('POST', /^\/__sim\/config$/, withBody((ctx, input) => {
    const patch = parseConfig(input);
    return typeof patch === 'string' ? bad(patch) : json(200, ctx.state.configure(patch));
  })),
  route('POST', /^\/__sim\/expire-tokens$/, (ctx) => (ctx.state.expireTokens(), noContent())),
  route('POST', /^\/__sim\/revoke-grants$/, (ctx) => (ctx.state.revokeGrants(), noContent())),
  route('GET', /^\/__sim\/grants$/, (ctx) => json(200, ctx.state.listGrants())),
  route('POST', /^\/__sim\/issue-tokens$/, withBody((ctx, input) => {
    if (!optionalString(input.clientId)) return bad('clientId must be a string');
    if (input.scopes !== undefined && !(Array.isArray(input.scopes) && input.scopes.every((s) => typeof s === 'string'))) {
      return bad('scopes must be an array of strings');
    }
    const clientId = input.clientId as string | undefined;
    if (clientId !== undefined && !ctx.state.findClient(clientId)) return bad(`unknown client ${clientId}`);
    return json(200, ctx.state.issueTokens({ clientId, scopes: input.scopes as string[] | undefined }));
  })),
  route('POST', /^\/__sim\/reset$/, withBody((ctx, input) => {
    const patch = parseConfig(input);
    if (typeof patch === 'string') return bad(patch);
    ctx.state.reset({ clients: patch.clients });
    return noContent();
  })),
];

// The REST API's plumbing. A route is a method, a path under /v2 with {name} placeholders, the
// scopes that each allow the call, and a handler. Checks run in Zoom's order: route, token,
// scope, then the user in the path. A new endpoint is one apiRoute(...) in its own file, with
// its table listed in routes.ts.
import { invalidToken, missingScope, userNotFound } from './errors.ts';
import type { RequestContext, SimResponse } from './http.ts';
import { route, type Route } from './router.ts';
import { SIM_USER } from './seed.ts';

export type ApiHandler = (ctx: RequestContext, params: Record<string, string>) => SimResponse;

/** `me`, the user's id or email: the only user the simulated account has. */
function isSimUser(userId: string): boolean {
  return userId === 'me' || userId === SIM_USER.id || userId.toLowerCase() === SIM_USER.email;
}

/** `path` such as '/users/{user}/meetings'; a `{user}` placeholder must name the signed-in user (else 1001). */
export function apiRoute(method: string, path: string, anyOf: readonly string[], handle: ApiHandler): Route {
  const names: string[] = [];
  const source = path.replace(/\{(\w+)\}/g, (_, name: string) => {
    names.push(name);
    return '([^/]+)';
  });
  return route(method, new RegExp(`^/v2${source}$`), (ctx, values) => {
    const token = /^Bearer\s+(\S+)$/i.exec(ctx.headers.authorization ?? '')?.[1];
    const lookup = token ? ctx.state.grants.lookupAccess(token) : ({ ok: false, reason: 'invalid' } as const);
    if (!lookup.ok) return invalidToken(lookup.reason === 'expired');
    if (!anyOf.some((s) => lookup.grant.scopes.includes(s))) return missingScope(anyOf);
    const params = Object.fromEntries(names.map((name, i) => [name, values[i] ?? '']));
    if (params.user !== undefined && !isSimUser(params.user)) return userNotFound(params.user);
    return handle(ctx, params);
  });
}

// Bearer-token and scope checks of the REST API, with Zoom's error codes (124, 4711).
import { json, type RequestContext, type SimResponse } from './http.ts';
import type { Grant } from './types.ts';

export type AuthResult = { grant: Grant } | { error: SimResponse };

/** `anyOf`: the scopes that each allow the call; the token needs one of them. */
export function authorizeApi(ctx: RequestContext, anyOf: string[]): AuthResult {
  const match = /^Bearer\s+(\S+)$/i.exec(ctx.headers.authorization ?? '');
  const lookup = match?.[1] ? ctx.state.grants.lookupAccess(match[1]) : ({ ok: false, reason: 'invalid' } as const);
  if (!lookup.ok) {
    const message = lookup.reason === 'expired' ? 'Access token is expired.' : 'Invalid access token.';
    return { error: json(401, { code: 124, message }) };
  }
  if (!anyOf.some((s) => lookup.grant.scopes.includes(s))) {
    return { error: json(400, { code: 4711, message: `Invalid access token, does not contain scopes:[${anyOf.join(', ')}].` }) };
  }
  return { grant: lookup.grant };
}

// Client-side helpers for tests, demo and benchmark: drive the consent flow over HTTP the way a
// browser would (authorize → consent page → Allow/Deny), without a browser.
import { randomBytes } from 'node:crypto';
import { s256 } from './ids.ts';
import { DEFAULT_CLIENT_ID, DEFAULT_REDIRECT_URI } from './seed.ts';
import type { TokenResponse } from './types.ts';

export interface Pkce {
  verifier: string;
  challenge: string;
}

export function pkcePair(): Pkce {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: s256(verifier) };
}

export interface AuthorizeParams {
  clientId?: string;
  redirectUri?: string;
  state?: string | null;
  codeChallenge?: string | null;
  codeChallengeMethod?: string | null;
  responseType?: string;
}

export function authorizeUrl(baseUrl: string, p: AuthorizeParams): string {
  const url = new URL('/oauth/authorize', baseUrl);
  url.searchParams.set('response_type', p.responseType ?? 'code');
  url.searchParams.set('client_id', p.clientId ?? DEFAULT_CLIENT_ID);
  url.searchParams.set('redirect_uri', p.redirectUri ?? DEFAULT_REDIRECT_URI);
  if (p.state !== null && p.state !== undefined) url.searchParams.set('state', p.state);
  if (p.codeChallenge !== null && p.codeChallenge !== undefined) url.searchParams.set('code_challenge', p.codeChallenge);
  const method = p.codeChallengeMethod === undefined ? 'S256' : p.codeChallengeMethod;
  if (method !== null) url.searchParams.set('code_challenge_method', method);
  return url.toString();
}

/** The consent page's hidden request id; undefined on an error page. */
export function consentRequestId(page: string): string | undefined {
  return /name="request_id" value="([^"]+)"/.exec(page)?.[1];
}

/**
 * Opens the consent page, answers it, and returns the redirect the browser would follow. A user
 * who already added the app is redirected at once, without a page to answer.
 */
export async function consent(baseUrl: string, p: AuthorizeParams, decision: 'allow' | 'deny' = 'allow'): Promise<URL> {
  const opened = await fetch(authorizeUrl(baseUrl, p), { redirect: 'manual' });
  const direct = opened.headers.get('location');
  if (opened.status === 302 && direct) return new URL(direct);
  const page = await opened.text();
  const requestId = consentRequestId(page);
  if (!requestId) throw new Error(`No consent page: ${page.slice(0, 300)}`);
  const res = await fetch(new URL('/oauth/authorize/decision', baseUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ request_id: requestId, decision }),
    redirect: 'manual',
  });
  const location = res.headers.get('location');
  if (res.status !== 302 || !location) throw new Error(`Expected a redirect, got ${res.status}`);
  return new URL(location);
}

export function postToken(baseUrl: string, form: Record<string, string>, init: { headers?: Record<string, string> } = {}): Promise<Response> {
  return fetch(new URL('/oauth/token', baseUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...init.headers },
    body: new URLSearchParams(form),
  });
}

/** The whole public-client flow: consent (Allow) and code exchange. */
export async function connect(baseUrl: string, opts: { clientId?: string; redirectUri?: string } = {}): Promise<TokenResponse> {
  const pkce = pkcePair();
  const clientId = opts.clientId ?? DEFAULT_CLIENT_ID;
  const redirectUri = opts.redirectUri ?? DEFAULT_REDIRECT_URI;
  const back = await consent(baseUrl, { clientId, redirectUri, codeChallenge: pkce.challenge, state: 's' });
  const code = back.searchParams.get('code');
  if (!code) throw new Error(`Consent returned no code: ${back.toString()}`);
  const res = await postToken(baseUrl, {
    grant_type: 'authorization_code',
    code,
    redirect_uri: redirectUri,
    code_verifier: pkce.verifier,
    client_id: clientId,
  });
  if (!res.ok) throw new Error(`Token exchange failed: ${res.status} ${await res.text()}`);
  return (await res.json()) as TokenResponse;
}

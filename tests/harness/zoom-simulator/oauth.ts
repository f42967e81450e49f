// Zoom's OAuth endpoints: authorize (consent page), decision, token (code + PKCE, rotating
// refresh), revoke. Error shapes and codes follow what Zoom returns.
import { randomToken, s256 } from './ids.ts';
import { basicCredentials, html, json, mediaType, parseForm, redirect, type RequestContext, type SimResponse } from './http.ts';
import { consentPage, oauthErrorPage } from './pages.ts';
import { route, type Route } from './router.ts';
import { SIM_USER } from './seed.ts';
import type { PendingAuthorization, SimClient } from './types.ts';

const PENDING_TTL_MS = 10 * 60 * 1000;
const CHALLENGE = /^[A-Za-z0-9_-]{43}$/; // BASE64URL(SHA-256) without padding

// Zoom shows its authorize errors as an ordinary page in the browser, not as an HTTP failure.
const errorPage = (message: string): SimResponse => html(200, oauthErrorPage(message));

const tokenError = (status: number, reason: string, error: string): SimResponse => json(status, { reason, error });

function withParams(uri: string, params: Record<string, string | null>): string {
  const url = new URL(uri);
  for (const [k, v] of Object.entries(params)) if (v !== null) url.searchParams.set(k, v);
  return url.toString();
}

function authorize(ctx: RequestContext): SimResponse {
  const q = ctx.url.searchParams;
  const client = ctx.state.findClient(q.get('client_id') ?? '');
  if (!client) return errorPage('Invalid client_id: (4,702)');
  const redirectUri = q.get('redirect_uri') ?? '';
  if (!client.redirectUris.includes(redirectUri)) return errorPage(`Invalid redirect: ${redirectUri} (4,700)`);
  if (q.get('response_type') !== 'code') return errorPage(`Unsupported response_type: ${q.get('response_type') ?? '(none)'}`);
  const challenge = q.get('code_challenge') ?? '';
  // Zoom would fall back to "plain"; the simulator insists on S256 so a client that forgets it fails here.
  if (q.get('code_challenge_method') !== 'S256' || !CHALLENGE.test(challenge)) {
    return errorPage('PKCE is required: send code_challenge (BASE64URL of SHA-256) with code_challenge_method=S256.');
  }
  const requestId = randomToken('req_', 18);
  const pending = {
    requestId,
    clientId: client.clientId,
    redirectUri,
    state: q.get('state'),
    codeChallenge: challenge,
    expiresAt: ctx.state.now() + PENDING_TTL_MS,
  };
  // A user who already added this app is sent straight back, as Zoom does.
  if (ctx.state.authorizedApps.has(client.clientId)) return issueCode(ctx, pending);
  ctx.state.pendingAuthorizations.set(requestId, pending);
  return html(200, consentPage({ appName: client.name ?? client.clientId, email: SIM_USER.email, scopes: client.scopes, requestId }));
}

function decide(ctx: RequestContext): SimResponse {
  const form = parseForm(ctx.rawBody);
  const pending = ctx.state.pendingAuthorizations.get(form.request_id ?? '');
  if (!pending || pending.expiresAt <= ctx.state.now()) {
    return html(400, oauthErrorPage('This authorization request has expired or was already answered. Start again from the app.'));
  }
  if (form.decision !== 'allow' && form.decision !== 'deny') return html(400, oauthErrorPage('Choose Allow or Deny.'));
  ctx.state.pendingAuthorizations.delete(pending.requestId);
  if (form.decision === 'deny') {
    return redirect(withParams(pending.redirectUri, { error: 'access_denied', state: pending.state }));
  }
  ctx.state.authorizedApps.add(pending.clientId);
  return issueCode(ctx, pending);
}

function issueCode(ctx: RequestContext, pending: PendingAuthorization): SimResponse {
  const client = ctx.state.findClient(pending.clientId);
  const code = randomToken('', 24);
  ctx.state.codes.set(code, {
    code,
    clientId: pending.clientId,
    userId: SIM_USER.id,
    redirectUri: pending.redirectUri,
    codeChallenge: pending.codeChallenge,
    scopes: [...(client?.scopes ?? [])],
    expiresAt: ctx.state.now() + ctx.state.config.codeTtlSec * 1000,
    used: false,
  });
  return redirect(withParams(pending.redirectUri, { code, state: pending.state }));
}

type ClientCheck = { client: SimClient } | { error: SimResponse };

/** Identifies the client from Basic auth or the body; confidential clients must show a secret. */
function authenticateClient(ctx: RequestContext, form: Record<string, string>): ClientCheck {
  const basic = basicCredentials(ctx.headers.authorization);
  const clientId = basic?.id ?? form.client_id;
  if (!clientId) return { error: tokenError(400, 'Client ID or client secret is missing (4706)', 'invalid_request') };
  const client = ctx.state.findClient(clientId);
  if (!client || (basic && form.client_id && form.client_id !== basic.id)) {
    return { error: tokenError(401, 'Invalid client_id or client_secret', 'invalid_client') };
  }
  if (!client.public) {
    const secret = basic?.secret || form.client_secret;
    if (!secret) return { error: tokenError(400, 'Client ID or client secret is missing (4706)', 'invalid_request') };
    if (client.clientSecret !== undefined && secret !== client.clientSecret) {
      return { error: tokenError(401, 'Invalid client_id or client_secret', 'invalid_client') };
    }
  }
  return { client };
}

function exchangeCode(ctx: RequestContext, client: SimClient, form: Record<string, string>): SimResponse {
  if (!form.code) return tokenError(400, 'Missing parameter: code', 'invalid_request');
  const record = ctx.state.codes.get(form.code);
  if (!record || record.clientId !== client.clientId) return tokenError(400, 'Invalid authorization code', 'invalid_grant');
  if (record.used) return tokenError(400, 'Invalid authorization code', 'invalid_grant');
  // Any redemption attempt burns the code, as a single-use code should be.
  record.used = true;
  if (record.expiresAt <= ctx.state.now()) return tokenError(400, 'Authorization code is expired', 'invalid_grant');
  if (form.redirect_uri !== record.redirectUri) return tokenError(400, 'Redirect URI mismatch (4709)', 'invalid_request');
  if (!form.code_verifier || s256(form.code_verifier) !== record.codeChallenge) {
    return tokenError(400, 'Invalid code_verifier', 'invalid_grant');
  }
  const grant = ctx.state.grants.issue(client.clientId, record.userId, record.scopes);
  return json(200, ctx.state.tokenResponse(grant));
}

function refresh(ctx: RequestContext, client: SimClient, form: Record<string, string>): SimResponse {
  if (!form.refresh_token) return tokenError(400, 'Missing parameter: refresh_token', 'invalid_request');
  const grant = ctx.state.grants.refresh(form.refresh_token, client.clientId);
  if (!grant) return tokenError(400, 'Invalid Token!', 'invalid_grant');
  return json(200, ctx.state.tokenResponse(grant));
}

function tokenEndpoint(ctx: RequestContext): SimResponse {
  if ([...ctx.url.searchParams.keys()].length > 0) {
    return tokenError(400, 'Parameters must be sent in the request body, not in the query string', 'invalid_request');
  }
  if (mediaType(ctx) !== 'application/x-www-form-urlencoded') {
    return tokenError(400, 'Content-Type must be application/x-www-form-urlencoded', 'invalid_request');
  }
  const form = parseForm(ctx.rawBody);
  const checked = authenticateClient(ctx, form);
  if ('error' in checked) return checked.error;
  switch (form.grant_type) {
    case 'authorization_code':
      return exchangeCode(ctx, checked.client, form);
    case 'refresh_token':
      return refresh(ctx, checked.client, form);
    default:
      return tokenError(400, 'Unsupported grant type', 'unsupported_grant_type');
  }
}

function recordedTokenEndpoint(ctx: RequestContext): SimResponse {
  const response = tokenEndpoint(ctx);
  const form = mediaType(ctx) === 'application/x-www-form-urlencoded' ? parseForm(ctx.rawBody) : {};
  ctx.state.tokenRequests.push({
    timestamp: new Date(ctx.state.now()).toISOString(),
    grantType: form.grant_type ?? null,
    clientId: form.client_id ?? null,
    hadAuthorizationHeader: ctx.headers.authorization !== undefined,
    status: response.status,
  });
  return response;
}

function revoke(ctx: RequestContext): SimResponse {
  const basic = basicCredentials(ctx.headers.authorization);
  const form = mediaType(ctx) === 'application/x-www-form-urlencoded' ? parseForm(ctx.rawBody) : {};
  // Zoom documents `?token=` in the query; the body is accepted too.
  const token = form.token ?? ctx.url.searchParams.get('token') ?? '';
  const clientId = basic?.id ?? form.client_id ?? ctx.url.searchParams.get('client_id') ?? undefined;
  const client = clientId === undefined ? undefined : ctx.state.findClient(clientId);
  if (clientId !== undefined && !client) return tokenError(401, 'Invalid client_id or client_secret', 'invalid_client');
  if (ctx.state.config.revokeRequiresBasicAuth && !basic) {
    return tokenError(401, 'Invalid client_id or client_secret', 'invalid_client');
  }
  if (!token) return tokenError(400, 'Missing parameter: token', 'invalid_request');
  const grant = ctx.state.grants.findByToken(token);
  // RFC 7009: an unknown or already revoked token is not an error.
  if (grant && (!client || grant.clientId === client.clientId)) {
    grant.revoked = true;
    ctx.state.authorizedApps.delete(grant.clientId); // revoking the token removes the app for the user
  }
  return json(200, { status: 'success' });
}

export const oauthRoutes: Route[] = [
  route('GET', /^\/oauth\/authorize$/, authorize),
  route('POST', /^\/oauth\/authorize\/decision$/, decide),
  route('POST', /^\/oauth\/token$/, recordedTokenEndpoint),
  route('POST', /^\/oauth\/revoke$/, revoke),
];

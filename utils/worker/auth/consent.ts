import * as oauth from 'oauth4webapi';
import { Failure } from '@/utils/shared/failures';
import type { Settings } from '@/utils/shared/settings/types';
import { apiBaseFromTokenResponse, type ZoomEndpoints } from '@/utils/worker/zoom/endpoints';
import { parseScopes, type ZoomConnection } from '@/utils/worker/auth/connection';
import { authorizeUrl, probeAuthorizePage } from '@/utils/worker/auth/authorize-page';
import { authorizationServer, requestOptions } from '@/utils/worker/auth/oauth-server';
import { savePendingConsent, takePendingConsent } from '@/utils/worker/auth/pending-consent';
import { tokenFailure } from '@/utils/worker/auth/token-errors';

export interface ConsentDeps {
  /** identity.launchWebAuthFlow; not interactive means no window unless Zoom redirects at once. */
  launchWebAuthFlow(url: string, interactive: boolean): Promise<string | undefined>;
  /** identity.getRedirectURL() */
  redirectUri: string;
  fetch?: typeof fetch;
  now?: () => number;
  /** Told each state this context launches, to tell its attempts from a stopped worker's. */
  onLaunch?: (state: string) => void;
}

type ConsentSettings = Pick<Settings, 'clientId' | 'zoomDomain'> & Partial<Pick<Settings, 'relayRedirectUrl'>>;

/**
 * Runs Zoom's consent and exchanges the code: authorization code + PKCE S256 + state. Silent
 * (`interactive` false) succeeds only for a user who already added the app, whom Zoom sends
 * straight back.
 */
export async function runConsent(settings: ConsentSettings, endpoints: ZoomEndpoints, deps: ConsentDeps, interactive = true): Promise<ZoomConnection> {
  const now = deps.now ?? Date.now;
  const codeVerifier = oauth.generateRandomCodeVerifier();
  const state = oauth.generateRandomState();
  // With a relay, Zoom redirects to the organisation's page, which forwards to the extension.
  const redirectUri = settings.relayRedirectUrl || deps.redirectUri;
  deps.onLaunch?.(state);
  await savePendingConsent(state, { codeVerifier, redirectUri, returnUrl: deps.redirectUri, clientId: settings.clientId, createdAt: now() });

  const url = authorizeUrl(endpoints, { clientId: settings.clientId, redirectUri, state, codeChallenge: await oauth.calculatePKCECodeChallenge(codeVerifier) });

  let responseUrl: string | undefined;
  try {
    responseUrl = await deps.launchWebAuthFlow(url, interactive);
  } catch (error) {
    await takePendingConsent(state);
    const failure = launchFailure(error);
    // Zoom shows a bad redirect or client as a page the user can only close: find out why.
    if (interactive && failure.kind === 'consentCancelled') {
      const problem = await probeAuthorizePage(url, redirectUri, deps.fetch ?? fetch, 5000);
      // Offline or blocked: the plain cancel stands.
      if (problem?.kind === 'redirectNotRegistered' || problem?.kind === 'invalidClient') throw new Failure(problem.kind, problem.params);
    }
    throw failure;
  }
  return completeConsent(responseUrl, settings, endpoints, deps);
}

/**
 * Checks the redirect and exchanges the code. The state is looked up (and consumed) before
 * anything else in the response is read, so a forged or replayed redirect never reaches Zoom.
 */
export async function completeConsent(
  responseUrl: string | undefined,
  settings: ConsentSettings,
  endpoints: ZoomEndpoints,
  deps: Pick<ConsentDeps, 'fetch' | 'now'>,
): Promise<ZoomConnection> {
  const now = deps.now ?? Date.now;
  if (!responseUrl) throw new Failure('stateMismatch');
  let returned: URL;
  try {
    returned = new URL(responseUrl);
  } catch {
    throw new Failure('stateMismatch');
  }
  const state = returned.searchParams.get('state');
  const pending = state ? await takePendingConsent(state, now()) : null;
  if (!state || !pending || pending.clientId !== settings.clientId) throw new Failure('stateMismatch');
  if (!responseUrl.startsWith(pending.returnUrl ?? pending.redirectUri)) throw new Failure('stateMismatch');

  const as = authorizationServer(endpoints);
  const client: oauth.Client = { client_id: settings.clientId };
  let params: URLSearchParams;
  try {
    params = oauth.validateAuthResponse(as, client, returned.searchParams, state);
  } catch (error) {
    if (error instanceof oauth.AuthorizationResponseError) {
      if (error.error === 'access_denied') throw new Failure('consentDenied', {}, { cause: error });
      if (/4700|redirect/i.test(error.error_description ?? '')) {
        throw new Failure('redirectNotRegistered', { redirectUri: pending.redirectUri }, { cause: error });
      }
    }
    throw new Failure('badRequest', { detail: error instanceof Error ? error.message : String(error) }, { cause: error });
  }
  if (!params.get('code')) throw new Failure('badRequest', { detail: 'no code' });

  try {
    const response = await oauth.authorizationCodeGrantRequest(
      as,
      client,
      oauth.None(),
      params,
      pending.redirectUri,
      pending.codeVerifier,
      requestOptions(endpoints, deps.fetch),
    );
    const tokens = await oauth.processAuthorizationCodeResponse(as, client, response);
    return connectionFromTokens(tokens, settings, endpoints, now());
  } catch (error) {
    throw tokenFailure(error, pending.redirectUri);
  }
}

export function connectionFromTokens(
  tokens: oauth.TokenEndpointResponse,
  settings: ConsentSettings,
  endpoints: ZoomEndpoints,
  now: number,
): ZoomConnection {
  if (!tokens.refresh_token) throw new Failure('unknown', { detail: 'Zoom returned no refresh token' });
  return {
    accessToken: tokens.access_token,
    expiresAt: now + (tokens.expires_in ?? 3599) * 1000,
    refreshToken: tokens.refresh_token,
    scopes: parseScopes(tokens.scope),
    apiBase: apiBaseFromTokenResponse(tokens.api_url, endpoints, settings.zoomDomain),
    clientId: settings.clientId,
    zoomDomain: settings.zoomDomain,
    oauthBase: endpoints.issuer,
    grantId: crypto.randomUUID(),
    updatedAt: now,
  };
}

/** launchWebAuthFlow rejects with a message only; these are the browsers' texts. */
function launchFailure(error: unknown): Failure {
  const message = error instanceof Error ? error.message : String(error);
  if (/did not approve|cancell?ed or denied|user cancel/i.test(message)) return new Failure('consentCancelled', {}, { cause: error });
  if (/could not be loaded/i.test(message)) return new Failure('authPageUnavailable', {}, { cause: error });
  if (/interaction required|requires user interaction/i.test(message)) return new Failure('reconnect', {}, { cause: error });
  return new Failure('unknown', { detail: message }, { cause: error });
}

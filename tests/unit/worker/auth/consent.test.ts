import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { completeConsent, runConsent } from '@/utils/worker/auth/consent';
import { savePendingConsent } from '@/utils/worker/auth/pending-consent';
import { Failure } from '@/utils/shared/failures';
import { zoomEndpoints } from '@/utils/worker/zoom/endpoints';

const REDIRECT = 'https://nbnacpffkajggpgikcajlfpemmpeghdj.chromiumapp.org/';
const settings = { clientId: 'client-abc123', zoomDomain: 'zoom.us' as const };
const endpoints = zoomEndpoints({ zoomDomain: 'zoom.us', customOAuthBase: '', customApiBase: '' });
const STATE = 'state-0123456789abcdef';

function tokenFetch() {
  return vi.fn<typeof fetch>(async () =>
    Response.json({ access_token: 'at', token_type: 'bearer', refresh_token: 'rt', expires_in: 3599, scope: 'meeting:write:meeting', api_url: 'https://api.zoom.us' }),
  );
}

async function kind(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'resolved';
  } catch (error) {
    return error instanceof Failure ? error.kind : String(error);
  }
}

beforeEach(async () => {
  fakeBrowser.reset();
  await savePendingConsent(STATE, { codeVerifier: 'v'.repeat(43), redirectUri: REDIRECT, returnUrl: REDIRECT, clientId: settings.clientId, createdAt: Date.now() });
});

describe('consent response checks (no token request unless all pass)', () => {
  it('exchanges a matching code once, as a public client without Authorization header', async () => {
    const fetch = tokenFetch();
    const connection = await completeConsent(`${REDIRECT}?code=c1&state=${STATE}`, settings, endpoints, { fetch });
    expect(connection).toMatchObject({ accessToken: 'at', refreshToken: 'rt', scopes: ['meeting:write:meeting'], apiBase: 'https://api.zoom.us/v2' });
    expect(fetch).toHaveBeenCalledTimes(1);
    const [url, init] = fetch.mock.calls[0]!;
    expect(String(url)).toBe('https://zoom.us/oauth/token');
    expect(new Headers(init?.headers).has('authorization')).toBe(false);
    const body = new URLSearchParams(String(init?.body));
    expect(Object.fromEntries(body)).toMatchObject({ grant_type: 'authorization_code', code: 'c1', redirect_uri: REDIRECT, client_id: settings.clientId });
    expect(body.get('code_verifier')).toBe('v'.repeat(43));
  });

  it.each([
    ['state mismatch', `${REDIRECT}?code=c1&state=someone-elses-state-000`, 'stateMismatch'],
    ['missing state', `${REDIRECT}?code=c1`, 'stateMismatch'],
    ['another redirect URL', `https://evil.example/?code=c1&state=${STATE}`, 'stateMismatch'],
    ['missing code', `${REDIRECT}?state=${STATE}`, 'badRequest'],
    ['access denied', `${REDIRECT}?error=access_denied&state=${STATE}`, 'consentDenied'],
  ])('%s is rejected without a token request', async (_, url, expected) => {
    const fetch = tokenFetch();
    expect(await kind(completeConsent(url, settings, endpoints, { fetch }))).toBe(expected);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('a replayed redirect is rejected: the state is single-use', async () => {
    const fetch = tokenFetch();
    await completeConsent(`${REDIRECT}?code=c1&state=${STATE}`, settings, endpoints, { fetch });
    expect(await kind(completeConsent(`${REDIRECT}?code=c1&state=${STATE}`, settings, endpoints, { fetch }))).toBe('stateMismatch');
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('a state saved for another Client ID is rejected', async () => {
    const fetch = tokenFetch();
    expect(await kind(completeConsent(`${REDIRECT}?code=c1&state=${STATE}`, { ...settings, clientId: 'other-client-1' }, endpoints, { fetch }))).toBe('stateMismatch');
    expect(fetch).not.toHaveBeenCalled();
  });
});

describe('token endpoint failures', () => {
  it.each([
    [400, { reason: 'Redirect URI mismatch (4709)', error: 'invalid_request' }, 'redirectNotRegistered'],
    [400, { reason: 'Client ID or client secret is missing (4706)', error: 'invalid_request' }, 'publicClientOff'],
    [401, { reason: 'Invalid client_id or client_secret', error: 'invalid_client' }, 'invalidClient'],
    [400, { reason: 'Invalid Token!', error: 'invalid_grant' }, 'reconnect'],
    [503, { reason: 'Service unavailable', error: 'server_error' }, 'zoomUnavailable'],
  ])('HTTP %s %j becomes %s', async (status, body, expected) => {
    const fetch = vi.fn<typeof globalThis.fetch>(async () => Response.json(body, { status }));
    expect(await kind(completeConsent(`${REDIRECT}?code=c1&state=${STATE}`, settings, endpoints, { fetch }))).toBe(expected);
  });

  it('a network failure is a network failure, not a lost grant', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>(async () => Promise.reject(new TypeError('Failed to fetch')));
    expect(await kind(completeConsent(`${REDIRECT}?code=c1&state=${STATE}`, settings, endpoints, { fetch }))).toBe('network');
  });
});

describe('runConsent', () => {
  it('asks for S256 with a fresh state and verifier each time', async () => {
    const urls: URL[] = [];
    const launch = async (url: string) => {
      urls.push(new URL(url));
      throw new Error('The user did not approve access.');
    };
    for (let i = 0; i < 2; i++) expect(await kind(runConsent(settings, endpoints, { launchWebAuthFlow: launch, redirectUri: REDIRECT }))).toBe('consentCancelled');
    const [a, b] = urls.map((u) => Object.fromEntries(u.searchParams));
    expect(a).toMatchObject({ response_type: 'code', client_id: settings.clientId, redirect_uri: REDIRECT, code_challenge_method: 'S256' });
    expect(a!.code_challenge).toMatch(/^[\w-]{43}$/);
    expect(a!.state).not.toBe(b!.state);
    expect(a!.code_challenge).not.toBe(b!.code_challenge);
  });

  it('maps the browsers’ launch errors', async () => {
    const fail = (message: string) => runConsent(settings, endpoints, { launchWebAuthFlow: async () => Promise.reject(new Error(message)), redirectUri: REDIRECT });
    expect(await kind(fail('User cancelled or denied access.'))).toBe('consentCancelled');
    expect(await kind(fail('Authorization page could not be loaded.'))).toBe('authPageUnavailable');
  });
});

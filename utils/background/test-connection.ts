import * as oauth from 'oauth4webapi';
import { missingScopes } from '../auth/scopes';
import type { TokenService } from '../auth/token-service';
import { Failure, toFailure, type FailureData } from '../errors';
import { originPattern } from '../settings/ontime-patterns';
import type { Settings } from '../settings/types';
import type { ZoomApi } from '../zoom/api';
import { zoomEndpoints } from '../zoom/endpoints';

export type StepId = 'configured' | 'permissions' | 'authorizePage' | 'consent' | 'readSettings' | 'scopes';

export interface StepResult {
  step: StepId;
  status: 'ok' | 'warn' | 'fail' | 'skipped';
  failure?: FailureData;
}

export interface TestConnectionDeps {
  loadSettings(): Promise<Settings>;
  hasOrigin(origin: string): Promise<boolean>;
  tokens: Pick<TokenService, 'grant'>;
  api: Pick<ZoomApi, 'userSettings'>;
  redirectUri: string;
  fetch?: typeof fetch;
}

/** Reads Zoom's authorize page as the consent popup would, without signing in. */
async function probeAuthorizePage(settings: Settings, redirectUri: string, fetchImpl: typeof fetch): Promise<FailureData | null> {
  const url = new URL(zoomEndpoints(settings).authorize);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: settings.clientId,
    redirect_uri: redirectUri,
    state: oauth.generateRandomState(),
    code_challenge: await oauth.calculatePKCECodeChallenge(oauth.generateRandomCodeVerifier()),
    code_challenge_method: 'S256',
  }).toString();
  let page: string;
  try {
    const response = await fetchImpl(url, { redirect: 'manual', credentials: 'omit', signal: AbortSignal.timeout(10_000) });
    if (response.status >= 500) return { kind: 'zoomUnavailable' };
    page = response.status === 200 ? await response.text() : '';
  } catch {
    return { kind: 'network' };
  }
  if (/\(4,?700\)/.test(page)) return { kind: 'redirectNotRegistered', params: { redirectUri } };
  if (/\(4,?702\)/.test(page)) return { kind: 'invalidClient' };
  return null;
}

/**
 * Proves the setup step by step, as an admin would check it by hand, and says which step fails
 * and how to fix it. Runs consent if this browser is not connected yet.
 */
export async function testConnection(deps: TestConnectionDeps): Promise<StepResult[]> {
  const settings = await deps.loadSettings();
  const results: StepResult[] = [];
  const skipRest = (from: StepId[]) => from.forEach((step) => results.push({ step, status: 'skipped' }));

  if (!settings.clientId) {
    results.push({ step: 'configured', status: 'fail', failure: { kind: 'notConfigured' } });
    skipRest(['permissions', 'authorizePage', 'consent', 'readSettings', 'scopes']);
    return results;
  }
  results.push({ step: 'configured', status: 'ok' });

  const missing: string[] = [];
  for (const address of settings.ontimeAddresses) {
    const origin = originPattern(address);
    if (!origin || !(await deps.hasOrigin(origin))) missing.push(address);
  }
  results.push(
    !settings.ontimeAddresses.length || missing.length
      ? { step: 'permissions', status: 'fail', failure: { kind: 'permissionMissing', params: { addresses: missing.join(', ') } } }
      : { step: 'permissions', status: 'ok' },
  );

  const pageProblem = await probeAuthorizePage(settings, settings.relayRedirectUrl || deps.redirectUri, deps.fetch ?? fetch);
  results.push(pageProblem ? { step: 'authorizePage', status: 'fail', failure: pageProblem } : { step: 'authorizePage', status: 'ok' });
  if (pageProblem) {
    skipRest(['consent', 'readSettings', 'scopes']);
    return results;
  }

  let scopes: string[];
  try {
    scopes = (await deps.tokens.grant({ interactive: true })).scopes;
    results.push({ step: 'consent', status: 'ok' });
  } catch (error) {
    results.push({ step: 'consent', status: 'fail', failure: toFailure(error).toData() });
    skipRest(['readSettings', 'scopes']);
    return results;
  }

  try {
    await deps.api.userSettings();
    results.push({ step: 'readSettings', status: 'ok' });
  } catch (error) {
    results.push({ step: 'readSettings', status: 'fail', failure: toFailure(error).toData() });
  }

  const lacking = missingScopes(scopes).map((s) => s.scope);
  results.push(lacking.length ? { step: 'scopes', status: 'warn', failure: new Failure('scopeMissing', { scopes: lacking.join(' ') }).toData() } : { step: 'scopes', status: 'ok' });
  return results;
}

import * as oauth from 'oauth4webapi';
import { missingScopes } from '@/utils/worker/auth/scopes';
import type { TokenService } from '@/utils/worker/auth/token-service';
import { Failure, toFailure } from '@/utils/shared/failures';
import type { StepId, StepResult } from '@/utils/shared/protocol';
import { grantedAddresses } from '@/utils/shared/settings/ontime-patterns';
import type { EffectiveSettings } from '@/utils/shared/settings/resolve-settings';
import type { ZoomApi } from '@/utils/worker/zoom/api';
import { authorizeUrl, probeAuthorizePage } from '@/utils/worker/auth/authorize-page';
import { zoomEndpoints } from '@/utils/worker/zoom/endpoints';

export interface TestConnectionDeps {
  /** The settings in force, with the policy or stored values that were ignored. */
  loadEffectiveSettings(): Promise<EffectiveSettings>;
  hasOrigin(origin: string): Promise<boolean>;
  tokens: Pick<TokenService, 'grant'>;
  api: Pick<ZoomApi, 'userSettings'>;
  redirectUri: string;
  fetch?: typeof fetch;
}

/**
 * Proves the setup step by step, as an admin would check it by hand, and says which step fails
 * and how to fix it. Runs consent if this browser is not connected yet.
 */
export async function testConnection(deps: TestConnectionDeps): Promise<StepResult[]> {
  const { settings, ignored } = await deps.loadEffectiveSettings();
  const results: StepResult[] = [];
  const skipRest = (from: StepId[]) => from.forEach((step) => results.push({ step, status: 'skipped' }));
  // Ignored values come first: they often explain every failure after them.
  const withIgnored = ignored.length ? { ignored } : {};

  if (!settings.clientId) {
    results.push({ step: 'configured', status: 'fail', failure: { kind: 'notConfigured' }, ...withIgnored });
    skipRest(['permissions', 'authorizePage', 'consent', 'readSettings', 'scopes']);
    return results;
  }
  results.push({ step: 'configured', status: ignored.length ? 'warn' : 'ok', ...withIgnored });

  const granted = await grantedAddresses(settings.ontimeAddresses, deps.hasOrigin);
  const missing = settings.ontimeAddresses.filter((address) => !granted.get(address));
  results.push(
    !settings.ontimeAddresses.length || missing.length
      ? { step: 'permissions', status: 'fail', failure: { kind: 'permissionMissing', params: { addresses: missing.join(', ') } } }
      : { step: 'permissions', status: 'ok' },
  );

  const redirectUri = settings.relayRedirectUrl || deps.redirectUri;
  const codeChallenge = await oauth.calculatePKCECodeChallenge(oauth.generateRandomCodeVerifier());
  const url = authorizeUrl(zoomEndpoints(settings), { clientId: settings.clientId, redirectUri, state: oauth.generateRandomState(), codeChallenge });
  const pageProblem = await probeAuthorizePage(url, redirectUri, deps.fetch ?? fetch, 10_000);
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

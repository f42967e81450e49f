import { describe, expect, it, vi } from 'vitest';
import { testConnection, type TestConnectionDeps } from '@/utils/worker/diagnostics/test-connection';
import { resolveSettings } from '@/utils/shared/settings/resolve-settings';

const STORED = { clientId: 'StoredClient_01', ontimeAddresses: ['https://ontime.corp.example/ontime/'] };

/** Test connection against these stored and policy values; Zoom's sign-in page answers 503 so the run stops early. */
function run(stored: unknown, policy: unknown) {
  const grant = vi.fn(async () => ({ accessToken: 't', apiBase: 'https://api.zoom.us/v2', scopes: [], account: 'a' }));
  const deps: TestConnectionDeps = {
    loadEffectiveSettings: async () => resolveSettings(stored, policy),
    hasOrigin: async () => true,
    tokens: { grant },
    api: { userSettings: async () => ({}) },
    redirectUri: 'https://ext.chromiumapp.org/',
    fetch: (async () => new Response('', { status: 503 })) as typeof fetch,
  };
  return { steps: testConnection(deps), grant };
}

describe('Test connection reports ignored settings in its first step', () => {
  it('passes the first step when nothing was ignored', async () => {
    const [first] = await run(STORED, {}).steps;
    expect(first).toEqual({ step: 'configured', status: 'ok' });
  });

  it('warns in the first step with each ignored policy value and why, and carries on with the rest', async () => {
    const steps = await run(STORED, { linkTarget: 'everywhere', ontimeAddresses: 'https://ontime.corp.example/ontime/' }).steps;
    expect(steps[0]).toEqual({
      step: 'configured',
      status: 'warn',
      ignored: [
        { key: 'ontimeAddresses', source: 'policy', messageKey: 'err_ontimeAddressesNotList', value: 'https://ontime.corp.example/ontime/' },
        { key: 'linkTarget', source: 'policy', messageKey: 'err_linkTargetInvalid' },
      ],
    });
    // The stored addresses stood in for the bad policy value, so the next step still checks them.
    expect(steps[1]).toEqual({ step: 'permissions', status: 'ok' });
    expect(steps[2]).toMatchObject({ step: 'authorizePage', status: 'fail', failure: { kind: 'zoomUnavailable' } });
  });

  it('fails the first step when the only Client ID was ignored, and says why', async () => {
    const { steps, grant } = run({}, { clientId: 'abc:def/ghi+jkl' });
    const [first, ...rest] = await steps;
    expect(first).toEqual({ step: 'configured', status: 'fail', failure: { kind: 'notConfigured' }, ignored: [{ key: 'clientId', source: 'policy', messageKey: 'err_clientIdInvalid' }] });
    expect(rest.every((s) => s.status === 'skipped')).toBe(true);
    expect(grant).not.toHaveBeenCalled();
  });
});

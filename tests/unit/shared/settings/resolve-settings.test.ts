import { describe, expect, it } from 'vitest';
import { resolveSettings } from '@/utils/shared/settings/resolve-settings';
import { DEFAULT_SETTINGS, SETTING_KEYS, type Settings } from '@/utils/shared/settings/types';
import { normaliseSettings } from '@/utils/shared/settings/validate';

/** A valid policy that sets every key. */
const GOOD_POLICY: Settings = {
  clientId: 'PolicyClient_01',
  zoomDomain: 'custom',
  customOAuthBase: 'https://zoom.corp.example',
  customApiBase: 'https://api.corp.example/v2',
  ontimeAddresses: ['https://ontime.corp.example/ontime/'],
  linkTarget: 'location',
  selectorOverrides: { editor: '#editor', body: 'textarea.body' },
  relayRedirectUrl: 'https://relay.corp.example/zoom.html',
};

/** What the user saved on the options page: valid, and different from the policy everywhere. */
const STORED: Settings = {
  clientId: 'StoredClient_01',
  zoomDomain: 'custom',
  customOAuthBase: 'http://127.0.0.1:9000',
  customApiBase: 'http://127.0.0.1:9000/v2',
  ontimeAddresses: ['http://localhost:8787/ontime/'],
  linkTarget: 'body',
  selectorOverrides: { subject: '#subject' },
  relayRedirectUrl: '',
};

// Every key with bad values of several kinds: wrong type, wrong enum, broken rule.
const BAD: [keyof Settings, string, unknown, string][] = [
  ['clientId', 'a number', 12345678, 'err_clientIdInvalid'],
  ['clientId', 'a pasted secret', 'abc:def/ghi+jkl', 'err_clientIdInvalid'],
  ['zoomDomain', 'an unknown domain', 'zoom.com', 'err_zoomDomainInvalid'],
  ['zoomDomain', 'a list', ['zoom.us'], 'err_zoomDomainInvalid'],
  ['customOAuthBase', 'plain http off loopback', 'http://zoom.corp.example', 'err_zoomBaseInvalid'],
  ['customOAuthBase', 'javascript:', 'javascript:alert(1)', 'err_zoomBaseInvalid'],
  ['customApiBase', 'plain http off loopback', 'http://api.corp.example/v2', 'err_zoomBaseInvalid'],
  ['customApiBase', 'credentials in the URL', 'https://user:pw@api.corp.example/v2', 'err_zoomBaseInvalid'],
  ['customApiBase', 'an object', { url: 'https://api.corp.example' }, 'err_zoomBaseInvalid'],
  ['ontimeAddresses', 'a string instead of a list', 'https://ontime.corp.example/ontime/', 'err_ontimeAddressesNotList'],
  ['ontimeAddresses', 'a wildcard host', ['https://*/'], 'err_ontimeAddressWildcard'],
  ['ontimeAddresses', 'a wildcard subdomain', ['https://*.corp.example/ontime/'], 'err_ontimeAddressWildcard'],
  ['ontimeAddresses', 'a wildcard scheme', ['*://ontime.corp.example/'], 'err_ontimeAddressWildcard'],
  ['ontimeAddresses', 'a non-web scheme', ['ftp://ontime.corp.example/'], 'err_ontimeAddressInvalid'],
  ['ontimeAddresses', 'a number in the list', [42], 'err_ontimeAddressInvalid'],
  ['linkTarget', 'an unknown target', 'everywhere', 'err_linkTargetInvalid'],
  ['linkTarget', 'a boolean', true, 'err_linkTargetInvalid'],
  ['selectorOverrides', 'a string instead of an object', '#editor', 'err_overridesNotObject'],
  ['selectorOverrides', 'a list instead of an object', ['#editor'], 'err_overridesNotObject'],
  ['selectorOverrides', 'an unknown field', { title: '#t' }, 'err_selectorInvalid'],
  ['selectorOverrides', 'a style block in a selector', { editor: 'div{color:red}' }, 'err_selectorInvalid'],
  ['selectorOverrides', 'a selector that is not text', { editor: 7 }, 'err_selectorInvalid'],
  ['relayRedirectUrl', 'plain http off loopback', 'http://relay.corp.example/zoom.html', 'err_relayInvalid'],
  ['relayRedirectUrl', 'a fragment', 'https://relay.corp.example/zoom.html#x', 'err_relayInvalid'],
  ['relayRedirectUrl', 'a number', 443, 'err_relayInvalid'],
];

describe('policy and stored settings pass the options page rules at every read', () => {
  it('uses a valid policy over valid stored values, and locks every key it sets', () => {
    expect(resolveSettings(STORED, GOOD_POLICY)).toEqual({ settings: GOOD_POLICY, locked: [...SETTING_KEYS], ignored: [] });
  });

  it('uses valid stored values without a policy, and defaults for keys never stored', () => {
    expect(resolveSettings({ clientId: 'StoredClient_01' }, {})).toEqual({ settings: { ...DEFAULT_SETTINGS, clientId: 'StoredClient_01' }, locked: [], ignored: [] });
  });

  it.each(BAD)('policy %s (%s): ignored and reported, the stored value stands, the other keys still apply', (key, _, bad, messageKey) => {
    const result = resolveSettings(STORED, { ...GOOD_POLICY, [key]: bad });
    expect(result.ignored.map(({ key, source, messageKey }) => ({ key, source, messageKey }))).toEqual([{ key, source: 'policy', messageKey }]);
    expect(result.settings).toEqual({ ...GOOD_POLICY, [key]: STORED[key] });
    // Still the administrator's key: the options page shows it locked, with why it was ignored.
    expect(result.locked).toContain(key);
  });

  it.each(BAD)('policy %s (%s) without a stored value: ignored and reported, the default stands', (key, _, bad, messageKey) => {
    const policy = { ...GOOD_POLICY, zoomDomain: 'zoom.us', [key]: bad };
    const result = resolveSettings({}, policy);
    expect(result.ignored).toContainEqual(expect.objectContaining({ key, source: 'policy', messageKey }));
    expect(result.settings[key]).toEqual(DEFAULT_SETTINGS[key]);
    for (const other of SETTING_KEYS.filter((k) => k !== key)) expect(result.settings[other], other).toEqual(policy[other]);
  });

  it.each(BAD)('stored %s (%s): ignored and reported, the default stands', (key, _, bad, messageKey) => {
    const result = resolveSettings({ ...STORED, zoomDomain: 'zoom.us', [key]: bad }, {});
    expect(result.ignored).toContainEqual(expect.objectContaining({ key, source: 'stored', messageKey }));
    expect(result.settings[key]).toEqual(DEFAULT_SETTINGS[key]);
  });

  it('reports the bad value itself, so the administrator can find it', () => {
    const { ignored } = resolveSettings({}, { customApiBase: 'http://api.corp.example/v2', ontimeAddresses: ['https://ok.example/', 'https://*/'] });
    expect(ignored).toEqual([
      { key: 'customApiBase', source: 'policy', messageKey: 'err_zoomBaseInvalid', value: 'http://api.corp.example/v2' },
      { key: 'ontimeAddresses', source: 'policy', messageKey: 'err_ontimeAddressWildcard', value: 'https://*/' },
    ]);
  });

  it('a string ontimeAddresses no longer breaks anything: the list stays a list', () => {
    const { settings } = resolveSettings({}, { ontimeAddresses: 'https://ontime.corp.example/ontime/' });
    expect(Array.isArray(settings.ontimeAddresses)).toBe(true);
    expect(settings.ontimeAddresses.some((a) => a.startsWith('https://'))).toBe(false);
  });

  it('an http custom API base off loopback is never used, so the bearer token never travels over http', () => {
    const { settings, ignored } = resolveSettings({}, { zoomDomain: 'custom', customOAuthBase: 'https://zoom.corp.example', customApiBase: 'http://api.corp.example/v2' });
    expect(settings.customApiBase).toBe('');
    // Without both bases the custom domain cannot be used: the default domain stands, and both reasons are given.
    expect(settings.zoomDomain).toBe('zoom.us');
    expect(ignored.map((i) => [i.key, i.messageKey])).toEqual([
      ['customApiBase', 'err_zoomBaseInvalid'],
      ['zoomDomain', 'err_customBasesMissing'],
    ]);
  });

  it('normalises policy values as the options page does (trimmed Client ID, base without trailing slash, one entry per address)', () => {
    const { settings } = resolveSettings({}, {
      clientId: '  PolicyClient_01 ',
      zoomDomain: 'custom',
      customOAuthBase: 'https://zoom.corp.example/',
      customApiBase: 'https://api.corp.example/v2/',
      ontimeAddresses: ['https://ontime.corp.example/ontime/?x=1', 'https://ontime.corp.example/ontime/', ''],
    });
    expect(settings).toMatchObject({
      clientId: 'PolicyClient_01',
      customOAuthBase: 'https://zoom.corp.example',
      customApiBase: 'https://api.corp.example/v2',
      ontimeAddresses: ['https://ontime.corp.example/ontime/'],
    });
  });

  it('ignores keys it does not know and a policy or storage that is not an object', () => {
    expect(resolveSettings('garbage', ['x'])).toEqual({ settings: DEFAULT_SETTINGS, locked: [], ignored: [] });
    expect(resolveSettings({ clientSecret: 'x' }, { somethingElse: 1 })).toEqual({ settings: DEFAULT_SETTINGS, locked: [], ignored: [] });
  });

  it('the options form refuses a wildcard OnTime address with its own message', () => {
    const result = normaliseSettings({ ...DEFAULT_SETTINGS, clientId: 'AbCdEf123', ontimeAddresses: ['https://*/'] });
    expect(result).toEqual({ ok: false, problems: [{ field: 'ontimeAddresses', messageKey: 'err_ontimeAddressWildcard', value: 'https://*/' }] });
  });
});

import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@/utils/shared/settings/types';
import { normaliseSettings, parseZoomBase } from '@/utils/shared/settings/validate';

const valid = { ...DEFAULT_SETTINGS, clientId: '  AbCdEf123_-x  ', ontimeAddresses: ['http://intranet.local/ontime/', ''] };

describe('normaliseSettings', () => {
  it('trims the Client ID and drops blank address lines', () => {
    const result = normaliseSettings(valid);
    expect(result).toEqual({ ok: true, settings: { ...valid, clientId: 'AbCdEf123_-x', ontimeAddresses: ['http://intranet.local/ontime/'] } });
  });

  it('rejects a Client ID with spaces or a pasted secret-like blob', () => {
    for (const clientId of ['', 'short', 'has space inside', 'x'.repeat(65), 'abc:def/ghi+jkl']) {
      const result = normaliseSettings({ ...valid, clientId });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.problems[0]).toMatchObject({ field: 'clientId', messageKey: 'err_clientIdInvalid' });
    }
  });

  it('names each invalid OnTime address', () => {
    const result = normaliseSettings({ ...valid, ontimeAddresses: ['ftp://x/', 'not a url', 'https://ok.example/ontime'] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.value)).toEqual(['ftp://x/', 'not a url']);
  });

  it('refuses a wildcard host written percent-encoded (https://%2a/ would ask for every https site)', () => {
    for (const address of ['https://%2a/', 'https://%2A.example.com/ontime/', 'http://a%2ab/']) {
      const result = normaliseSettings({ ...valid, ontimeAddresses: [address] });
      expect(result.ok, address).toBe(false);
      if (!result.ok) expect(result.problems[0]).toMatchObject({ field: 'ontimeAddresses', messageKey: 'err_ontimeAddressWildcard' });
    }
  });

  it('refuses a list of thousands of OnTime addresses at once, and removes repeats in linear time', () => {
    const many = Array.from({ length: 40_000 }, (_, i) => `https://h${i}.example/ontime/`);
    const result = normaliseSettings({ ...valid, ontimeAddresses: many });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatchObject({ field: 'ontimeAddresses', messageKey: 'err_ontimeAddressesTooMany' });
    const repeated = normaliseSettings({ ...valid, ontimeAddresses: Array(100).fill('https://a.example/ontime/') });
    expect(repeated).toMatchObject({ ok: true, settings: { ontimeAddresses: ['https://a.example/ontime/'] } });
  });

  it('requires https custom bases, or http on loopback only', () => {
    const custom = { ...valid, zoomDomain: 'custom' as const };
    expect(normaliseSettings({ ...custom, customOAuthBase: 'http://127.0.0.1:9000/', customApiBase: 'http://localhost:9000/v2' })).toMatchObject({
      ok: true,
      settings: { customOAuthBase: 'http://127.0.0.1:9000', customApiBase: 'http://localhost:9000/v2' },
    });
    const bad = normaliseSettings({ ...custom, customOAuthBase: 'http://zoom.evil.example', customApiBase: 'https://api.example/v2' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.problems).toEqual([{ field: 'customOAuthBase', messageKey: 'err_zoomBaseInvalid', value: 'http://zoom.evil.example' }]);
  });

  it('parseZoomBase refuses credentials, queries and other schemes', () => {
    expect(parseZoomBase('https://user:pw@zoom.example')).toBeNull();
    expect(parseZoomBase('https://zoom.example/?a=1')).toBeNull();
    expect(parseZoomBase('javascript:alert(1)')).toBeNull();
    expect(parseZoomBase('http://[::1]:8080')?.hostname).toBe('[::1]');
  });
});

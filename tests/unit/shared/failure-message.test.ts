import { describe, expect, it } from 'vitest';
import en from '../../../public/_locales/en/messages.json';
import ja from '../../../public/_locales/ja/messages.json';
import { FAILURE_KINDS } from '@/utils/shared/failures';
import { failureMessage } from '@/utils/shared/failure-message';
import { translator } from '@/utils/shared/translate';

const params = { addresses: 'http://ontime.example/ontime/', redirectUri: 'https://abc.chromiumapp.org/', scopes: 'meeting:update:meeting', retryAt: '2026-12-01T10:05:00Z', detail: 'boom', url: 'https://zoom.us/j/1' };

describe('every failure has a clear message with the next step, in en and ja', () => {
  it.each(FAILURE_KINDS)('%s', (kind) => {
    const english = failureMessage({ kind, params }, translator(en), 'en');
    const japanese = failureMessage({ kind, params }, translator(ja), 'ja');
    expect(english).not.toMatch(/^page_|\$\d/);
    expect(japanese).not.toMatch(/^page_|\$\d/);
    expect(japanese).not.toBe(english);
    expect(english.length).toBeGreaterThan(20);
    // A message that takes a value shows it.
    if (en[`page_err_${kind}` as keyof typeof en].message.includes('$1')) expect(english).toMatch(/https?:|meeting:|\d:\d\d|boom/);
  });

  it('names what the admin must do', () => {
    const t = translator(en);
    expect(failureMessage({ kind: 'redirectNotRegistered', params }, t, 'en')).toContain('https://abc.chromiumapp.org/');
    expect(failureMessage({ kind: 'redirectNotRegistered', params }, t, 'en')).toMatch(/Redirect URL and Allow List/);
    expect(failureMessage({ kind: 'scopeMissing', params }, t, 'en')).toContain('meeting:update:meeting');
    expect(failureMessage({ kind: 'publicClientOff', params }, t, 'en')).toContain('Use Public Client OAuth');
    expect(failureMessage({ kind: 'rateLimited', params }, t, 'en')).toMatch(/Try again after \d{1,2}:\d{2}/);
    expect(failureMessage({ kind: 'reconnect', params }, t, 'en')).toMatch(/reconnect Zoom/);
  });
});

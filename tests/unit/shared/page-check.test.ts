import { describe, expect, it } from 'vitest';
import { isOwnExtensionPage, parseTabMessage } from '@/utils/shared/page-check';
import { pickOnTimeTab } from '@/utils/shared/send-tab-verb';

const ID = 'nbnacpffkajggpgikcajlfpemmpeghdj';
const ORIGIN = `chrome-extension://${ID}/`;

describe('who may ask a content script for the page check', () => {
  it('our own popup and options page only', () => {
    expect(isOwnExtensionPage({ id: ID, url: `${ORIGIN}popup.html` }, ID, ORIGIN)).toBe(true);
    expect(isOwnExtensionPage({ id: ID, url: `${ORIGIN}options.html` }, ID, ORIGIN)).toBe(true);
  });

  it('not another extension, not a content script in a web page, not a sender without a URL', () => {
    expect(isOwnExtensionPage({ id: 'other', url: `chrome-extension://other/popup.html` }, ID, ORIGIN)).toBe(false);
    expect(isOwnExtensionPage({ id: ID, url: 'https://ontime.example.com/ontime/' }, ID, ORIGIN)).toBe(false);
    expect(isOwnExtensionPage({ id: ID }, ID, ORIGIN)).toBe(false);
    expect(isOwnExtensionPage({ id: ID, url: `chrome-extension://${ID}.evil.example/` }, ID, ORIGIN)).toBe(false);
  });
});

describe('tab messages', () => {
  it('accepts the two verbs with checked payloads', () => {
    expect(parseTabMessage({ tabVerb: 'pageCheck', payload: {} })).not.toBeNull();
    expect(parseTabMessage({ tabVerb: 'tryOverride', payload: { key: 'location', selector: '.venue' } })).not.toBeNull();
  });

  it('refuses unknown verbs, unknown override keys, extra fields and long selectors', () => {
    expect(parseTabMessage({ tabVerb: 'createMeeting', payload: {} })).toBeNull();
    expect(parseTabMessage({ tabVerb: 'toString', payload: {} })).toBeNull();
    expect(parseTabMessage({ tabVerb: 'pageCheck', payload: { values: true } })).toBeNull();
    expect(parseTabMessage({ tabVerb: 'tryOverride', payload: { key: 'password', selector: 'x' } })).toBeNull();
    expect(parseTabMessage({ tabVerb: 'tryOverride', payload: { key: 'location', selector: 'x'.repeat(501) } })).toBeNull();
    expect(parseTabMessage('pageCheck')).toBeNull();
  });
});

describe('which OnTime tab is checked', () => {
  const addresses = ['https://ontime.example.com/ontime/'];
  const tabs = [
    { id: 1, url: 'https://mail.example.com/', active: true, windowId: 1, lastAccessed: 50 },
    { id: 2, url: 'https://ontime.example.com/ontime/?lang=ja', active: false, windowId: 1, lastAccessed: 10 },
    { id: 3, url: 'https://ontime.example.com/ontime/', active: true, windowId: 2, lastAccessed: 30 },
    { id: 4, url: 'https://ontime.example.com/other/', active: true, windowId: 1, lastAccessed: 90 },
  ];

  it('the active OnTime tab of the current window first', () => {
    expect(pickOnTimeTab(tabs, addresses, 2)?.id).toBe(3);
  });

  it('else the OnTime tab used last; never a tab outside the OnTime addresses', () => {
    expect(pickOnTimeTab(tabs, addresses, 1)?.id).toBe(3);
    expect(pickOnTimeTab(tabs.slice(0, 2), addresses, 1)?.id).toBe(2);
    expect(pickOnTimeTab([tabs[0]!, tabs[3]!], addresses, 1)).toBeNull();
  });

  it('the toolbar popup: only the tab it was opened on', () => {
    expect(pickOnTimeTab(tabs, addresses, 2, true)?.id).toBe(3);
    expect(pickOnTimeTab(tabs, addresses, 1, true)).toBeNull();
  });
});

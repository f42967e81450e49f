import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import en from '../../../public/_locales/en/messages.json';
import ja from '../../../public/_locales/ja/messages.json';
import { browserTranslate, loadExtensionTranslate } from '@/utils/shared/browser-translate';
import { lastPageLanguageItem } from '@/utils/shared/ui-language';

describe('the popup and options page speak the language of the rule, not the browser’s alone', () => {
  afterEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  it('reads the catalog of the OnTime page last worked in, in an English browser', async () => {
    vi.spyOn(browser.i18n, 'getUILanguage').mockReturnValue('en-US');
    vi.spyOn(browser.runtime, 'getURL').mockImplementation(((path: string) => `chrome-extension://test${path}`) as typeof browser.runtime.getURL);
    const fetched: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      fetched.push(url);
      return new Response(JSON.stringify(url.includes('/ja/') ? ja : en));
    });
    await lastPageLanguageItem.setValue('ja');
    const { t, lang } = await loadExtensionTranslate();
    expect(lang).toBe('ja');
    expect(fetched).toEqual(['chrome-extension://test/_locales/ja/messages.json']);
    expect(t('page_button')).toBe('オンライン会議: Zoom');
    expect(browserTranslate('page_retry')).toBe('再試行');
  });
});

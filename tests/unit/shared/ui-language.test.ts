import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { resolveLanguage } from '@/utils/shared/translate';
import { extensionLanguage, languageForPage, lastPageLanguageItem } from '@/utils/shared/ui-language';

describe('resolveLanguage: one rule for every surface', () => {
  it('the page’s language first, then the one last worked in, then the browser’s, then English', () => {
    expect(resolveLanguage({ page: 'ja', remembered: 'en', browser: 'en-US' })).toBe('ja');
    expect(resolveLanguage({ page: null, remembered: 'ja', browser: 'en-US' })).toBe('ja');
    expect(resolveLanguage({ page: 'de', remembered: null, browser: 'ja-JP' })).toBe('ja');
    expect(resolveLanguage({ browser: 'en-GB' })).toBe('en');
    expect(resolveLanguage({ page: 'fr', remembered: 'zz', browser: 'de-DE' })).toBe('en');
  });
});

describe('the language remembered across surfaces', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  const browserSays = (tag: string) => vi.spyOn(browser.i18n, 'getUILanguage').mockReturnValue(tag);

  it('an English browser on a Japanese OnTime page: the popup then speaks Japanese too', async () => {
    browserSays('en-US');
    expect(await extensionLanguage()).toBe('en');
    expect(await languageForPage('ja')).toBe('ja');
    expect(await lastPageLanguageItem.getValue()).toBe('ja');
    expect(await extensionLanguage()).toBe('ja');
  });

  it('a page that declares no language we speak keeps the remembered one, and does not overwrite it', async () => {
    browserSays('en-US');
    await lastPageLanguageItem.setValue('ja');
    expect(await languageForPage(null)).toBe('ja');
    expect(await lastPageLanguageItem.getValue()).toBe('ja');
  });

  it('before any OnTime page, the browser’s language', async () => {
    browserSays('ja');
    expect(await languageForPage(null)).toBe('ja');
    expect(await lastPageLanguageItem.getValue()).toBeNull();
  });
});

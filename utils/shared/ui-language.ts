import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { resolveLanguage, uiLanguage, type UiLanguage } from '@/utils/shared/translate';

/** The language of the OnTime page last worked in (written by the worker when a page says hello). */
export const lastPageLanguageItem = storage.defineItem<UiLanguage | null>('local:lastPageLanguage', { fallback: null });

/**
 * The language for an OnTime page that declares `page` (its <html lang>, or null), remembered for
 * the popup and options page. A page that declares none gets the remembered one, else the browser's.
 */
export async function languageForPage(page: string | null): Promise<UiLanguage> {
  const declared = uiLanguage(page);
  if (declared) {
    if ((await lastPageLanguageItem.getValue()) !== declared) await lastPageLanguageItem.setValue(declared);
    return declared;
  }
  return resolveLanguage({ remembered: await lastPageLanguageItem.getValue(), browser: browser.i18n.getUILanguage() });
}

/** The language of our own pages and the worker's texts (popup, options page, badge title). */
export async function extensionLanguage(): Promise<UiLanguage> {
  return resolveLanguage({ remembered: await lastPageLanguageItem.getValue().catch(() => null), browser: browser.i18n.getUILanguage() });
}

import { browser } from 'wxt/browser';
import { translator, type Translate, type UiLanguage } from '@/utils/shared/translate';
import { loadCatalog } from '@/utils/shared/catalog';
import { extensionLanguage } from '@/utils/shared/ui-language';

let loaded: Translate | null = null;

/**
 * Our pages and the worker speak the language resolveLanguage chooses (the OnTime page last
 * worked in, else the browser's). Call once before the first text is drawn; until then, and if the
 * catalog cannot be read, browserTranslate falls back to the browser's language.
 */
export async function loadExtensionTranslate(): Promise<{ t: Translate; lang: UiLanguage }> {
  const lang = await extensionLanguage();
  try {
    loaded = translator(await loadCatalog(lang, (path) => browser.runtime.getURL(path as '/')));
  } catch {
    loaded = null;
  }
  return { t: browserTranslate, lang };
}

/** The extension's texts in the chosen language (after loadExtensionTranslate). */
export const browserTranslate: Translate = (key, ...subs) =>
  loaded ? loaded(key, ...subs) : browser.i18n.getMessage(key as Parameters<typeof browser.i18n.getMessage>[0], subs.map(String)) || key;

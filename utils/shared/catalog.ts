import type { MessageCatalog, UiLanguage } from '@/utils/shared/translate';

const cache = new Map<UiLanguage, Promise<MessageCatalog>>();

/**
 * One language's messages from the extension's own _locales files. Read directly rather than
 * through browser.i18n, which can only speak the browser's language (see resolveLanguage).
 */
export function loadCatalog(lang: UiLanguage, getUrl: (path: string) => string): Promise<MessageCatalog> {
  let catalog = cache.get(lang);
  if (!catalog) {
    catalog = fetch(getUrl(`/_locales/${lang}/messages.json`)).then((r) => r.json() as Promise<MessageCatalog>);
    cache.set(lang, catalog);
    catalog.catch(() => cache.delete(lang));
  }
  return catalog;
}

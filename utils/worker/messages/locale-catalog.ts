import type { MessageCatalog, UiLanguage } from '@/utils/shared/translate';

const cache = new Map<UiLanguage, Promise<MessageCatalog>>();

/**
 * The page strings (keys starting with page_) of one language. The page's language decides,
 * not the browser's: a Japanese OnTime in an English browser gets Japanese labels.
 */
export function pageCatalog(lang: UiLanguage, getUrl: (path: string) => string): Promise<MessageCatalog> {
  let catalog = cache.get(lang);
  if (!catalog) {
    catalog = fetch(getUrl(`/_locales/${lang}/messages.json`))
      .then((r) => r.json() as Promise<MessageCatalog>)
      .then((all) => Object.fromEntries(Object.entries(all).filter(([key]) => key.startsWith('page_'))));
    cache.set(lang, catalog);
    catalog.catch(() => cache.delete(lang));
  }
  return catalog;
}

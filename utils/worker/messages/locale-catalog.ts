import type { MessageCatalog, UiLanguage } from '@/utils/shared/translate';
import { loadCatalog } from '@/utils/shared/catalog';

/** The page strings (keys starting with page_) of one language, chosen by resolveLanguage. */
export async function pageCatalog(lang: UiLanguage, getUrl: (path: string) => string): Promise<MessageCatalog> {
  const all = await loadCatalog(lang, getUrl);
  return Object.fromEntries(Object.entries(all).filter(([key]) => key.startsWith('page_')));
}

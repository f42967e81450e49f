import { browser } from 'wxt/browser';
import type { Translate } from '@/utils/shared/translate';

/** Extension pages follow the browser's language through the i18n API. */
export const browserTranslate: Translate = (key, ...subs) =>
  browser.i18n.getMessage(key as Parameters<typeof browser.i18n.getMessage>[0], subs.map(String)) || key;

/** A message dictionary in the _locales format: key → { message }. */
export type MessageCatalog = Record<string, { message: string }>;

export type Translate = (key: string, ...substitutions: (string | number)[]) => string;

/** Chrome-style substitution ($1..$9, $$ for a dollar) over one catalog. */
export function translator(catalog: MessageCatalog): Translate {
  return (key, ...subs) => {
    const template = catalog[key]?.message;
    if (template === undefined) return key;
    return template.replace(/\$(\$|[1-9])/g, (_, token: string) => (token === '$' ? '$' : String(subs[Number(token) - 1] ?? '')));
  };
}

export const UI_LANGUAGES = ['en', 'ja'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

export function uiLanguage(tag: string | null | undefined): UiLanguage | null {
  if (!tag) return null;
  const lower = tag.toLowerCase();
  if (lower.startsWith('ja')) return 'ja';
  if (lower.startsWith('en')) return 'en';
  return null;
}

/**
 * The one language rule for every surface of ours (the control, dialog and toasts in OnTime, the
 * popup, the options page, the toolbar badge's title): the language of the OnTime page being
 * worked in; elsewhere, the language of the OnTime page the user last worked in; before any, the
 * browser's UI language; English when none of these is English or Japanese. So an English browser
 * on a Japanese OnTime shows a Japanese popup that names the same Japanese button as the page.
 */
export function resolveLanguage(sources: { page?: string | null; remembered?: string | null; browser?: string | null }): UiLanguage {
  return uiLanguage(sources.page) ?? uiLanguage(sources.remembered) ?? uiLanguage(sources.browser) ?? 'en';
}

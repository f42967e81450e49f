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

export type UiLanguage = 'en' | 'ja';

export function uiLanguage(tag: string | null | undefined): UiLanguage | null {
  if (!tag) return null;
  const lower = tag.toLowerCase();
  if (lower.startsWith('ja')) return 'ja';
  if (lower.startsWith('en')) return 'en';
  return null;
}

import { useEffect, useState } from 'preact/hooks';
import type { Translate } from '@/utils/shared/translate';
import type { Contact } from '@/utils/shared/meeting-types';
import { isUserInput, noteBeforeInput } from '@/components/page/trusted';

export const EMAIL = /^[^\s@;,]+@[^\s@;,]+\.[^\s@;,]+$/;

/** The emails in a ';'-separated list that are not email addresses. */
export function invalidHosts(value: string): string[] {
  return value
    .split(/[;,]/)
    .map((s) => s.trim())
    .filter((s) => s && !EMAIL.test(s));
}

interface Props {
  value: string;
  onChange(value: string): void;
  /** Present when Zoom contacts can be searched; free text otherwise. */
  search?: (query: string) => Promise<Contact[]>;
  t: Translate;
}

/** Alternative hosts: emails, with suggestions from Zoom contacts when the scope allows. */
export function AlternativeHosts({ value, onChange, search, t }: Props) {
  const [suggestions, setSuggestions] = useState<Contact[]>([]);
  const last = value.split(/[;,]/).pop()?.trim() ?? '';
  const invalid = invalidHosts(value);

  useEffect(() => {
    if (!search || last.length < 1 || EMAIL.test(last)) return setSuggestions([]);
    let stale = false;
    const timer = setTimeout(() => search(last).then((found) => !stale && setSuggestions(found), () => undefined), 150);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [last, search]);

  const prefix = value.includes(';') ? `${value.slice(0, value.lastIndexOf(';') + 1)} ` : '';
  return (
    <label class="field">
      {t('page_altHosts')}
      <input
        type="text"
        value={value}
        list={search ? 'zoom-contacts' : undefined}
        autocomplete="off"
        aria-invalid={invalid.length > 0}
        aria-describedby="zoom-alt-hint"
        onBeforeInput={noteBeforeInput}
        onInput={(e) => {
          // Only the user's typing changes the field and so asks Zoom for contacts: a page
          // script that sets the value and fires input would otherwise read the contact list.
          if (isUserInput(e)) onChange(e.currentTarget.value);
          else e.currentTarget.value = value;
        }}
      />
      {search ? (
        <datalist id="zoom-contacts">
          {suggestions.map((c) => (
            <option key={c.email} value={`${prefix}${c.email}`}>
              {c.name}
            </option>
          ))}
        </datalist>
      ) : null}
      <span id="zoom-alt-hint" class={invalid.length ? 'error' : 'hint'}>
        {invalid.length ? t('page_altHostsInvalid', invalid.join(', ')) : t(search ? 'page_altHostsSearchHint' : 'page_altHostsHint')}
      </span>
    </label>
  );
}

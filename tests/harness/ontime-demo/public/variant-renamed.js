// ?variant=renamed: an OnTime release (or a customised form) that calls the Location field
// "Venue" (会場), with a matching placeholder. Calendar apps let admins rename form fields, and a
// renamed label is the commonest way a field stops being recognised by its name. The label is
// wired as before (the row's <span> named by the input's aria-labelledby); only its words change.
import { lang } from './i18n.js';

export const renamed = new URLSearchParams(location.search).get('variant') === 'renamed';

const WORDS = { en: { label: 'Venue', placeholder: 'Add a venue' }, ja: { label: '会場', placeholder: '会場を入力' } };

/** Renames the Location row of a freshly built dialog (no-op in other variants). */
export function renameLocation(refs) {
  if (!renamed || !refs.location) return refs;
  const words = WORDS[lang] ?? WORDS.en;
  const labelId = refs.location.getAttribute('aria-labelledby');
  const label = labelId ? refs.dialog.querySelector(`[id="${labelId}"]`) : null;
  const text = label && [...label.childNodes].find((n) => n.nodeType === Node.TEXT_NODE);
  if (text) text.data = words.label;
  refs.location.setAttribute('placeholder', words.placeholder);
  return refs;
}

import type { MeetingDraft } from '@/utils/shared/meeting-types';
import type { Editor, FieldControl } from '@/utils/page/ontime/editor';
import { readValue } from '@/utils/page/ontime/field-values';
import { TIME_ZONE_TEXT } from '@/utils/page/ontime/selectors';
import { readRepeat, readRepeatScope } from '@/utils/page/ontime/repeat-field';

const ISO_DATE = /(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})/;
// 12/1/2026 (US order) or 1.12.2026 / 13/12/2026 (day first where the day says so).
const NUMERIC_DATE = /\b(\d{1,2})([/.-])(\d{1,2})\2(\d{4})\b/;
// Dec 1, 2026 / 1 December 2026
const MONTH_NAME_DATE = /\b(?:(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})|([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4}))\b/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const TIME = /(\d{1,2})[:時](\d{2})(?:\s*([ap])\.?m\.?)?/i;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** A date written as OnTime may show it: ISO or Japanese, numeric (US order unless the day says otherwise), or with a month name. */
function findDate(value: string): { date: string; end: number } | null {
  const iso = ISO_DATE.exec(value);
  if (iso) return { date: isoDate(+iso[1]!, +iso[2]!, +iso[3]!) ?? '', end: iso.index + iso[0].length };
  const numeric = NUMERIC_DATE.exec(value);
  if (numeric) {
    const [a, b, year] = [+numeric[1]!, +numeric[3]!, +numeric[4]!];
    const date = a > 12 ? isoDate(year, b, a) : isoDate(year, a, b);
    if (date) return { date, end: numeric.index + numeric[0].length };
  }
  const named = MONTH_NAME_DATE.exec(value);
  if (named) {
    const month = MONTHS.indexOf((named[2] ?? named[4] ?? '').slice(0, 3).toLowerCase()) + 1;
    const date = month ? isoDate(+(named[3] ?? named[6])!, month, +(named[1] ?? named[5])!) : null;
    if (date) return { date, end: named.index + named[0].length };
  }
  return null;
}

/** Date and time from one datetime control or from a date control plus a time control. */
export function readDateTime(values: string[]): string | null {
  let date: string | null = null;
  let time: string | null = null;
  for (const raw of values) {
    const value = raw.trim();
    const d = findDate(value);
    if (d?.date && !date) date = d.date;
    const rest = d ? value.slice(d.end) : value;
    const t = TIME.exec(rest);
    if (t && !time) {
      let hours = +t[1]!;
      const meridiem = t[3]?.toLowerCase();
      if (meridiem === 'p' && hours < 12) hours += 12;
      if (meridiem === 'a' && hours === 12) hours = 0;
      time = `${pad(hours)}:${t[2]}`;
    }
  }
  return date && time ? `${date}T${time}` : null;
}

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** The zone the editor shows in its text, if it names one we know. */
export function zoneShownIn(container: Element): string | null {
  const named = TIME_ZONE_TEXT.exec(container.textContent ?? '')?.[1];
  return named && isTimeZone(named) ? named : null;
}

/** The zone the editor shows, else the browser's own. */
export function readTimeZone(container: Element): string {
  return zoneShownIn(container) ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** The meeting as the editor holds it now, or null when its times cannot be read. */
export function readDraft(editor: Editor): MeetingDraft | null {
  const start = readDateTime(values(editor.start));
  // An end with only a time means the same day as the start.
  const end = readDateTime(values(editor.end)) ?? (start ? readDateTime([...values(editor.end), start.slice(0, 10)]) : null);
  if (!start || !end) return null;
  const draft: MeetingDraft = { subject: readValue(editor.subject).trim(), start, end, timeZone: readTimeZone(editor.container) };
  const repeat = readRepeat(editor.container, start);
  if (!repeat) return draft;
  const scope = readRepeatScope(editor.container);
  return { ...draft, repeat, ...(scope ? { scope } : {}) };
}

function values(controls: FieldControl[]): string[] {
  return controls.map(readValue);
}

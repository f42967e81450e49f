import type { MeetingDraft } from '../meetings/types';
import type { Editor, FieldControl } from './editor';
import { readValue } from './field-values';
import { TIME_ZONE_TEXT } from './selectors';

const ISO_DATE = /(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})/;
const TIME = /(\d{1,2})[:時](\d{2})(?:\s*([ap])\.?m\.?)?/i;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Date and time from one datetime control or from a date control plus a time control. */
export function readDateTime(values: string[]): string | null {
  let date: string | null = null;
  let time: string | null = null;
  for (const raw of values) {
    const value = raw.trim();
    const d = ISO_DATE.exec(value);
    if (d && !date) date = `${d[1]}-${pad(+d[2]!)}-${pad(+d[3]!)}`;
    const rest = d ? value.slice(d.index + d[0].length) : value;
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

/** The zone the editor shows, else the browser's own. */
export function readTimeZone(container: Element): string {
  const named = TIME_ZONE_TEXT.exec(container.textContent ?? '')?.[1];
  if (named && isTimeZone(named)) return named;
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** The meeting as the editor holds it now, or null when its times cannot be read. */
export function readDraft(editor: Editor): MeetingDraft | null {
  const start = readDateTime(values(editor.start));
  // An end with only a time means the same day as the start.
  const end = readDateTime(values(editor.end)) ?? (start ? readDateTime([...values(editor.end), start.slice(0, 10)]) : null);
  if (!start || !end) return null;
  return { subject: readValue(editor.subject).trim(), start, end, timeZone: readTimeZone(editor.container) };
}

function values(controls: FieldControl[]): string[] {
  return controls.map(readValue);
}

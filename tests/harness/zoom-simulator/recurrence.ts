// Recurring meetings as Zoom keeps them: type 8 (fixed time) with a `recurrence` checked by
// Zoom's documented rules, its occurrences (occurrence_id = the start in ms, as Zoom does),
// read in the meeting's time zone; type 3 (no fixed time) has no start and no occurrences.
// Written from Zoom's reference, independently of the extension's own date arithmetic.
import type { FieldError } from './validate.ts';
import { isObject } from './merge.ts';
import { normaliseStartTime } from './time.ts';
import type { JsonObject } from './types.ts';

export interface SimOccurrence {
  occurrence_id: string;
  start_time: string;
  duration: number;
  status: 'available' | 'deleted';
}

const MAX_INTERVAL: Record<number, number> = { 1: 90, 2: 12, 3: 3 };
// Zoom's own cap on a series (the spec's end_times maximum, and what an end date may reach).
export const MAX_OCCURRENCES = 50;

/** Zoom's rules beyond the spec's types, for a type 8 body's recurrence. */
export function recurrenceErrors(recurrence: unknown): FieldError[] {
  const bad = (field: string): FieldError[] => [{ field: `recurrence.${field}`, message: 'Invalid field.' }];
  if (!isObject(recurrence)) return [{ field: 'recurrence', message: 'Recurrence is required for a recurring meeting with a fixed time.' }];
  const type = recurrence.type;
  if (type !== 1 && type !== 2 && type !== 3) return bad('type');
  const interval = recurrence.repeat_interval ?? 1;
  if (typeof interval !== 'number' || interval < 1 || interval > MAX_INTERVAL[type]!) return bad('repeat_interval');
  if (type === 2) {
    const days = typeof recurrence.weekly_days === 'string' ? recurrence.weekly_days.split(',') : ['1'];
    if (!days.every((d) => /^[1-7]$/.test(d.trim()))) return bad('weekly_days');
  }
  if (type === 3) {
    const byDay = recurrence.monthly_day !== undefined;
    const byWeek = recurrence.monthly_week !== undefined || recurrence.monthly_week_day !== undefined;
    if (byDay === byWeek) return bad(byDay ? 'monthly_week' : 'monthly_day');
    if (byDay && !(Number.isInteger(recurrence.monthly_day) && (recurrence.monthly_day as number) >= 1 && (recurrence.monthly_day as number) <= 31)) return bad('monthly_day');
    if (byWeek && (recurrence.monthly_week === undefined || recurrence.monthly_week_day === undefined)) return bad(recurrence.monthly_week === undefined ? 'monthly_week' : 'monthly_week_day');
  }
  if (recurrence.end_times !== undefined && recurrence.end_date_time !== undefined) return [{ field: 'recurrence', message: 'end_times and end_date_time cannot be used together.' }];
  if (recurrence.end_times !== undefined && !(Number.isInteger(recurrence.end_times) && (recurrence.end_times as number) >= 1 && (recurrence.end_times as number) <= MAX_OCCURRENCES)) return bad('end_times');
  if (typeof recurrence.end_date_time === 'string' && !recurrence.end_date_time.endsWith('Z')) return bad('end_date_time');
  return [];
}

/** Wall-clock fields of an instant in a zone. */
function wall(ms: number, timeZone: string): { y: number; m: number; d: number; hh: number; mm: number; dow: number } {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', weekday: 'short' }).formatToParts(new Date(ms));
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return { y: +get('year'), m: +get('month'), d: +get('day'), hh: +get('hour'), mm: +get('minute'), dow: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(get('weekday')) };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The series' occurrences from its first start, in the meeting's zone (weekly_days are that zone's weekdays). */
export function occurrencesOf(startTime: string, timeZone: string, duration: number, recurrence: JsonObject): SimOccurrence[] {
  const first = Date.parse(startTime);
  const w = wall(first, timeZone);
  const at = (y: number, m: number, d: number) => Date.parse(normaliseStartTime(`${new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10)}T${pad(w.hh)}:${pad(w.mm)}:00`, timeZone));
  const interval = typeof recurrence.repeat_interval === 'number' ? recurrence.repeat_interval : 1;
  const times = typeof recurrence.end_times === 'number' ? recurrence.end_times : undefined;
  const until = typeof recurrence.end_date_time === 'string' ? Date.parse(recurrence.end_date_time) : undefined;
  const cap = Math.min(times ?? MAX_OCCURRENCES, MAX_OCCURRENCES);
  const starts: number[] = [];
  const take = (ms: number) => {
    if (ms >= first && (until === undefined || ms <= until) && starts.length < cap && !starts.includes(ms)) starts.push(ms);
  };
  for (let k = 0; starts.length < cap && k < 600; k++) {
    if (recurrence.type === 1) take(at(w.y, w.m, w.d + k * interval));
    else if (recurrence.type === 2) {
      const days = (typeof recurrence.weekly_days === 'string' ? recurrence.weekly_days : '1').split(',').map((d) => +d - 1).sort();
      for (const dow of days) take(at(w.y, w.m, w.d - w.dow + k * 7 * interval + dow));
    } else {
      const month = w.m + k * interval;
      const y = w.y + Math.floor((month - 1) / 12);
      const m = ((month - 1) % 12) + 1;
      const length = new Date(Date.UTC(y, m, 0)).getUTCDate();
      if (typeof recurrence.monthly_day === 'number') {
        if (recurrence.monthly_day <= length) take(at(y, m, recurrence.monthly_day));
      } else {
        const dow = (recurrence.monthly_week_day as number) - 1;
        const week = recurrence.monthly_week as number;
        const firstDow = new Date(Date.UTC(y, m - 1, 1)).getUTCDay();
        let day = 1 + ((dow - firstDow + 7) % 7) + (week - 1) * 7;
        if (week === -1) for (day = 1 + ((dow - firstDow + 7) % 7); day + 7 <= length; day += 7);
        if (day <= length) take(at(y, m, day));
      }
    }
    if (until !== undefined && starts.length && starts[starts.length - 1]! > until) break;
  }
  return starts.sort((a, b) => a - b).map((ms) => ({ occurrence_id: String(ms), start_time: new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z'), duration, status: 'available' }));
}

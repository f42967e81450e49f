/**
 * An OnTime repeat rule, as the editor shows it. Weekdays are 0 = Sunday … 6 = Saturday, dates
 * 'YYYY-MM-DD', all on the event's own wall clock (its time zone), never UTC.
 */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export type RepeatEnd = { kind: 'never' } | { kind: 'until'; date: string } | { kind: 'count'; times: number };

/** Monthly by the day of the month, or by the nth (1-5) or last (-1) weekday. */
export type MonthlyOn = { day: number } | { week: 1 | 2 | 3 | 4 | 5 | -1; weekday: Weekday };

export type RepeatRule =
  | { freq: 'daily'; interval: number; end: RepeatEnd }
  | { freq: 'weekly'; interval: number; weekdays: Weekday[]; end: RepeatEnd }
  | { freq: 'monthly'; interval: number; on: MonthlyOn; end: RepeatEnd }
  | { freq: 'yearly'; interval: number; end: RepeatEnd }
  | { freq: 'dates'; dates: string[] };

/** Which part of a repeating event the editor changes: one occurrence or the whole series. */
export type RepeatScope = 'series' | 'occurrence';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const isInt = (v: unknown, min: number, max: number): v is number => typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;
const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

export function isIsoDate(v: unknown): v is string {
  return typeof v === 'string' && DATE.test(v);
}

function isEnd(v: unknown): v is RepeatEnd {
  if (!isObject(v)) return false;
  if (v.kind === 'never') return true;
  if (v.kind === 'until') return isIsoDate(v.date);
  return v.kind === 'count' && isInt(v.times, 1, 999);
}

function isMonthlyOn(v: unknown): v is MonthlyOn {
  if (!isObject(v)) return false;
  if ('day' in v) return isInt(v.day, 1, 31);
  return (v.week === -1 || isInt(v.week, 1, 5)) && isInt(v.weekday, 0, 6);
}

/** Payload check for a rule that came from a content script. */
export function isRepeatRule(v: unknown): v is RepeatRule {
  if (!isObject(v)) return false;
  if (v.freq === 'dates') return Array.isArray(v.dates) && v.dates.length >= 1 && v.dates.length <= 366 && v.dates.every(isIsoDate);
  if (!isInt(v.interval, 1, 999) || !isEnd(v.end)) return false;
  switch (v.freq) {
    case 'daily':
    case 'yearly':
      return true;
    case 'weekly':
      return Array.isArray(v.weekdays) && v.weekdays.length >= 1 && v.weekdays.length <= 7 && v.weekdays.every((d) => isInt(d, 0, 6));
    case 'monthly':
      return isMonthlyOn(v.on);
    default:
      return false;
  }
}

/** Two rules mean the same series (weekday order does not matter). */
export function sameRule(a: RepeatRule | undefined, b: RepeatRule | undefined): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

function canonical(rule: RepeatRule | undefined): unknown {
  if (!rule) return null;
  if (rule.freq === 'weekly') return { ...rule, weekdays: [...new Set(rule.weekdays)].sort() };
  if (rule.freq === 'dates') return { ...rule, dates: [...new Set(rule.dates)].sort() };
  return rule;
}

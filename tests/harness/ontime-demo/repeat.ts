// Repeating events in the demo calendar, as a calendar app keeps them: one stored event with a
// rule and per-occurrence exceptions (moved or deleted), expanded into occurrences for the range
// the week view asks for. OnTime's own rules; written apart from the extension's code on purpose.

export interface DemoRepeat {
  freq: 'daily' | 'weekly' | 'monthly' | 'yearly' | 'dates';
  interval: number;
  /** weekly: 0 = Sunday … 6 = Saturday */
  weekdays: number[];
  /** monthly: by the start's day of the month, its nth weekday, or the last such weekday */
  monthlyBy: 'day' | 'nth' | 'last';
  /** freq 'dates': the chosen dates */
  dates: string[];
  end: 'never' | 'until' | 'count';
  until: string;
  count: number;
}

/** Keyed by the occurrence's first start: moved to another time, or deleted. */
export type DemoExceptions = Record<string, { deleted: true } | { start: string; end: string }>;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DAY = 86_400_000;

export function parseRepeat(raw: unknown): DemoRepeat | null | 'invalid' {
  if (raw === undefined || raw === null) return null;
  if (typeof raw !== 'object') return 'invalid';
  const r = raw as Record<string, unknown>;
  const freqs = ['daily', 'weekly', 'monthly', 'yearly', 'dates'];
  if (typeof r.freq !== 'string' || !freqs.includes(r.freq)) return 'invalid';
  const interval = Number(r.interval ?? 1);
  const count = Number(r.count ?? 1);
  const weekdays = Array.isArray(r.weekdays) ? r.weekdays.map(Number).filter((d) => d >= 0 && d <= 6) : [];
  const dates = Array.isArray(r.dates) ? r.dates.filter((d): d is string => typeof d === 'string' && DATE.test(d)) : [];
  const end = r.end === 'until' || r.end === 'count' ? r.end : 'never';
  const until = typeof r.until === 'string' && DATE.test(r.until) ? r.until : '';
  if (!Number.isInteger(interval) || interval < 1 || !Number.isInteger(count) || count < 1 || (end === 'until' && !until)) return 'invalid';
  const monthlyBy = r.monthlyBy === 'nth' || r.monthlyBy === 'last' ? r.monthlyBy : 'day';
  return { freq: r.freq as DemoRepeat['freq'], interval, weekdays, monthlyBy, dates, end, until, count };
}

export function parseExceptions(raw: unknown): DemoExceptions | 'invalid' {
  if (raw === undefined || raw === null) return {};
  if (typeof raw !== 'object' || Array.isArray(raw)) return 'invalid';
  const out: DemoExceptions = {};
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    const v = value as Record<string, unknown> | null;
    if (v?.deleted === true) out[key] = { deleted: true };
    else if (typeof v?.start === 'string' && typeof v?.end === 'string') out[key] = { start: v.start, end: v.end };
    else return 'invalid';
  }
  return out;
}

const ms = (date: string) => Date.parse(`${date}T00:00Z`);
const day = (t: number) => new Date(t).toISOString().slice(0, 10);

/** The rule's dates from the first one, in order, while `more` says to go on (a safety cap applies). */
function* dates(rule: DemoRepeat, first: string): Generator<string> {
  if (rule.freq === 'dates') {
    yield* [...new Set([first, ...rule.dates])].filter((d) => d >= first).sort();
    return;
  }
  const start = ms(first);
  const d0 = new Date(start);
  const y = d0.getUTCFullYear();
  const m = d0.getUTCMonth();
  const dom = d0.getUTCDate();
  const dow = d0.getUTCDay();
  const nth = Math.ceil(dom / 7);
  for (let k = 0; k < 3000; k++) {
    if (rule.freq === 'daily') yield day(start + k * rule.interval * DAY);
    else if (rule.freq === 'weekly') {
      const sunday = start - dow * DAY + k * rule.interval * 7 * DAY;
      const days = rule.weekdays.length ? [...new Set(rule.weekdays)].sort() : [dow];
      for (const wd of days) if (sunday + wd * DAY >= start) yield day(sunday + wd * DAY);
    } else if (rule.freq === 'monthly') {
      const first1 = Date.UTC(y, m + k * rule.interval, 1);
      const length = new Date(Date.UTC(y, m + k * rule.interval + 1, 0)).getUTCDate();
      if (rule.monthlyBy === 'day') {
        if (dom <= length) yield day(first1 + (dom - 1) * DAY);
      } else {
        const offset = (dow - new Date(first1).getUTCDay() + 7) % 7;
        let date = 1 + offset + (nth - 1) * 7;
        if (rule.monthlyBy === 'last') while (date + 7 <= length) date += 7;
        if (date <= length) yield day(first1 + (date - 1) * DAY);
      }
    } else {
      const t = Date.UTC(y + k * rule.interval, m, dom);
      if (new Date(t).getUTCDate() === dom) yield day(t);
    }
  }
}

export interface Occurrence {
  /** First start: the occurrence's name, even after it was moved. */
  occurrence: string;
  start: string;
  end: string;
}

/** The occurrences of a series overlapping [from, to) ('YYYY-MM-DDTHH:mm' bounds), moves applied, deletions left out. */
export function occurrencesIn(series: { start: string; end: string; repeat: DemoRepeat; exceptions?: DemoExceptions }, from: string, to: string): Occurrence[] {
  const length = Date.parse(`${series.end}Z`) - Date.parse(`${series.start}Z`);
  const time = series.start.slice(10);
  const out: Occurrence[] = [];
  let n = 0;
  for (const date of dates(series.repeat, series.start.slice(0, 10))) {
    const { end, until, count } = series.repeat;
    if ((end === 'until' && date > until) || (end === 'count' && n >= count) || `${date}T00:00` >= to) break;
    n++;
    const first = `${date}${time}`;
    const ex = series.exceptions?.[first];
    if (ex && 'deleted' in ex) continue;
    const start = ex ? ex.start : first;
    const stop = ex ? ex.end : new Date(Date.parse(`${first}Z`) + length).toISOString().slice(0, 16);
    if (start < to && stop > from) out.push({ occurrence: first, start, end: stop });
  }
  return out;
}

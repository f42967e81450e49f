import type { RepeatRule } from '@/utils/shared/repeat-rule';

/**
 * The dates a rule repeats on, on the event's wall clock: pure calendar arithmetic in UTC fields
 * (no zone shifts). The first date is the event's own start date when it fits the rule.
 */
const DAY_MS = 86_400_000;

function parts(date: string): [number, number, number] {
  return [+date.slice(0, 4), +date.slice(5, 7), +date.slice(8, 10)];
}

function iso(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function utc(date: string): number {
  const [y, m, d] = parts(date);
  return Date.UTC(y, m - 1, d);
}

export function weekdayOf(date: string): number {
  return new Date(utc(date)).getUTCDay();
}

/** Which week of its month a date is in (1-5), counted as calendars do: day 1-7 is the first. */
export function weekOfMonth(date: string): number {
  return Math.ceil(parts(date)[2] / 7);
}

export function isLastWeekOfMonth(date: string): boolean {
  const [y, m, d] = parts(date);
  return d + 7 > new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** The day in month `m` (1-12, may overflow into later years) that is the nth/last `weekday`. */
function nthWeekday(year: number, month: number, week: number, weekday: number): string | null {
  const first = Date.UTC(year, month - 1, 1);
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (week === -1) {
    const last = Date.UTC(year, month - 1, days);
    const back = (new Date(last).getUTCDay() - weekday + 7) % 7;
    return iso(last - back * DAY_MS);
  }
  const offset = (weekday - new Date(first).getUTCDay() + 7) % 7;
  const day = 1 + offset + (week - 1) * 7;
  return day <= days ? iso(Date.UTC(year, month - 1, day)) : null;
}

function dayInMonth(year: number, month: number, day: number): string | null {
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= days ? iso(Date.UTC(year, month - 1, day)) : null; // months without that day are skipped
}

/**
 * The occurrence dates from `startDate`, at most `limit` of them (the rule's own end applies
 * first). A rule that never ends yields `limit` dates.
 */
export function occurrenceDates(rule: RepeatRule, startDate: string, limit: number): string[] {
  if (rule.freq === 'dates') return [...new Set(rule.dates)].filter((d) => d >= startDate).sort().slice(0, limit);
  const end = rule.end;
  const max = end.kind === 'count' ? Math.min(end.times, limit) : limit;
  const until = end.kind === 'until' ? end.date : '9999-12-31';
  const out: string[] = [];
  const push = (date: string | null) => {
    if (date && date >= startDate && date <= until && out.length < max) out.push(date);
  };
  const [y, m, d] = parts(startDate);
  // Enough steps for any limit; a rule whose dates run out (31st of short months) stops too.
  for (let step = 0; out.length < max && step < limit * 12 + 24; step++) {
    let last: string | null = null;
    switch (rule.freq) {
      case 'daily':
        last = iso(utc(startDate) + step * rule.interval * DAY_MS);
        push(last);
        break;
      case 'weekly': {
        const sunday = utc(startDate) - weekdayOf(startDate) * DAY_MS + step * rule.interval * 7 * DAY_MS;
        for (const wd of [...new Set(rule.weekdays)].sort()) push((last = iso(sunday + wd * DAY_MS)));
        break;
      }
      case 'monthly': {
        const month = m + step * rule.interval;
        const on = rule.on;
        last = 'day' in on ? dayInMonth(y, month, on.day) : nthWeekday(y, month, on.week, on.weekday);
        push(last);
        last ??= iso(Date.UTC(y, month, 0));
        break;
      }
      case 'yearly':
        last = dayInMonth(y + step * rule.interval, m, d) ?? `${y + step * rule.interval}-12-31`;
        push(last);
        break;
    }
    if (last && last > until) break;
  }
  return out;
}

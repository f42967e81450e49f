import type { Translate } from '@/utils/shared/translate';
import type { RepeatRule } from '@/utils/shared/repeat-rule';

/** Weekday names on a fixed Sunday-first week (2023-01-01 was a Sunday), without zone shifts. */
function weekdayName(day: number, locale: string, width: 'long' | 'short'): string {
  return new Intl.DateTimeFormat(locale, { weekday: width, timeZone: 'UTC' }).format(new Date(Date.UTC(2023, 0, 1 + day)));
}

function list(items: string[], locale: string): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
}

function monthDay(date: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { month: 'long', day: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}T00:00Z`));
}

function longDate(date: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${date}T00:00Z`));
}

/**
 * The rule in one short sentence: "Repeats weekly on Tuesday, 10 times" / 「毎週 火曜日、10 回」.
 * `width` short gives the invitation's compact weekday names (Tue / 火).
 */
export function describeRepeat(rule: RepeatRule, start: string, t: Translate, locale: string, width: 'long' | 'short' = 'long'): string {
  const every = (key: string, ...rest: string[]) => (rule.freq !== 'dates' && rule.interval > 1 ? t(`${key}Every`, String(rule.interval), ...rest) : t(key, ...rest));
  let text: string;
  switch (rule.freq) {
    case 'daily':
      text = every('page_repeat_daily');
      break;
    case 'weekly':
      text = every('page_repeat_weekly', list([...new Set(rule.weekdays)].sort().map((d) => weekdayName(d, locale, width)), locale));
      break;
    case 'monthly': {
      const on = rule.on;
      // "third Tuesday" / 「第3火曜日」 is one message: Chrome reads "$1$2" as a named placeholder.
      text = 'day' in on ? every('page_repeat_monthlyDay', String(on.day)) : every('page_repeat_monthlyWeekday', t(on.week === -1 ? 'page_repeat_weekLast' : `page_repeat_week${on.week}`, weekdayName(on.weekday, locale, width)));
      break;
    }
    case 'yearly':
      text = every('page_repeat_yearly', monthDay(start.slice(0, 10), locale));
      break;
    case 'dates':
      return t('page_repeat_dates', String(new Set(rule.dates).size));
  }
  const end = rule.end;
  if (end.kind === 'count') return t('page_repeat_endCount', text, String(end.times));
  if (end.kind === 'until') return t('page_repeat_endUntil', text, longDate(end.date, locale));
  return t('page_repeat_endNever', text);
}

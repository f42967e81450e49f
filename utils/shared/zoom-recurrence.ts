import type { RepeatRule } from '@/utils/shared/repeat-rule';
import { occurrenceDates } from '@/utils/shared/repeat-occurrences';
import { zonedInstant } from '@/utils/shared/zoned-time';

/**
 * Zoom's limits for a recurring meeting with a fixed time (type 8). Occurrences: 50. Zoom's
 * archived OpenAPI spec says `end_times` maximum 50 and its current recurrence reference says
 * "between 1 and 50 … to increase this value, contact Zoom Support"; 60 is only what the web
 * portal and raised accounts allow. 50 works on every account, so 50 it is.
 */
export const ZOOM_MAX_OCCURRENCES = 50;
export const ZOOM_MAX_INTERVAL = { daily: 90, weekly: 12, monthly: 3 } as const;

export interface ZoomRecurrence {
  /** 1 daily, 2 weekly, 3 monthly */
  type: 1 | 2 | 3;
  repeat_interval: number;
  /** "1".."7" separated by commas, 1 = Sunday, in the meeting's time zone. */
  weekly_days?: string;
  monthly_day?: number;
  monthly_week?: -1 | 1 | 2 | 3 | 4;
  monthly_week_day?: number;
  end_times?: number;
  /** UTC, with Z. Never together with end_times. */
  end_date_time?: string;
}

/** Why a repeating event gets a recurring meeting with no fixed time (type 3). */
export type NoFixedTimeReason = 'yearly' | 'dates' | 'never' | 'tooMany' | 'interval' | 'fifthWeek';

export type ZoomRepeat = { type: 8; recurrence: ZoomRecurrence } | { type: 3; reason: NoFixedTimeReason };

/**
 * How Zoom can hold an OnTime repeat rule, for an event starting at `start` ('YYYY-MM-DDTHH:mm')
 * in `timeZone`. Weekdays are taken on the event's wall clock: Zoom reads weekly_days in the
 * meeting's `timezone`, which is the zone we send, not UTC. Anything Zoom cannot say becomes a
 * recurring meeting with no fixed time: one link for every occurrence, no date at Zoom.
 */
export function zoomRepeat(rule: RepeatRule, start: string, timeZone: string): ZoomRepeat {
  if (rule.freq === 'yearly') return { type: 3, reason: 'yearly' };
  if (rule.freq === 'dates') return { type: 3, reason: 'dates' };
  if (rule.end.kind === 'never') return { type: 3, reason: 'never' };
  if (rule.interval > ZOOM_MAX_INTERVAL[rule.freq]) return { type: 3, reason: 'interval' };
  const startDate = start.slice(0, 10);
  const count = occurrenceDates(rule, startDate, ZOOM_MAX_OCCURRENCES + 1).length;
  if (count > ZOOM_MAX_OCCURRENCES) return { type: 3, reason: 'tooMany' };
  const end =
    rule.end.kind === 'count'
      ? { end_times: rule.end.times }
      : // The last day counts whole: its occurrence starts before the day's end on the event's clock.
        { end_date_time: new Date(zonedInstant(`${rule.end.date}T23:59`, timeZone)).toISOString().replace(/\.\d{3}Z$/, 'Z') };
  const base = { repeat_interval: rule.interval, ...end };
  switch (rule.freq) {
    case 'daily':
      return { type: 8, recurrence: { type: 1, ...base } };
    case 'weekly':
      return { type: 8, recurrence: { type: 2, weekly_days: [...new Set(rule.weekdays)].sort().map((d) => String(d + 1)).join(','), ...base } };
    case 'monthly': {
      const on = rule.on;
      if ('day' in on) return { type: 8, recurrence: { type: 3, monthly_day: on.day, ...base } };
      if (on.week === 5) return { type: 3, reason: 'fifthWeek' };
      return { type: 8, recurrence: { type: 3, monthly_week: on.week, monthly_week_day: on.weekday + 1, ...base } };
    }
  }
}

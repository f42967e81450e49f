import { describe, expect, it } from 'vitest';
import { zoomRepeat, ZOOM_MAX_OCCURRENCES } from '@/utils/shared/zoom-recurrence';
import type { RepeatRule } from '@/utils/shared/repeat-rule';

const count = (times: number) => ({ kind: 'count', times }) as const;

// One row of the README's mapping table per case.
describe('zoomRepeat: OnTime repeat rule → Zoom', () => {
  it('daily every 2 days, 5 times → type 8, recurrence type 1, end_times', () => {
    expect(zoomRepeat({ freq: 'daily', interval: 2, end: count(5) }, '2026-12-01T10:00', 'Asia/Tokyo')).toEqual({ type: 8, recurrence: { type: 1, repeat_interval: 2, end_times: 5 } });
  });

  it('weekly on Tuesday ×10 → weekly_days "3"', () => {
    expect(zoomRepeat({ freq: 'weekly', interval: 1, weekdays: [2], end: count(10) }, '2026-12-01T10:00', 'Asia/Tokyo')).toEqual({
      type: 8,
      recurrence: { type: 2, repeat_interval: 1, weekly_days: '3', end_times: 10 },
    });
  });

  it('keeps the weekday of the event’s own zone when UTC is on the day before (Tokyo Tue 08:00 = Mon 23:00 UTC)', () => {
    const rule: RepeatRule = { freq: 'weekly', interval: 1, weekdays: [2], end: count(4) };
    const zoom = zoomRepeat(rule, '2026-12-01T08:00', 'Asia/Tokyo');
    expect(zoom.type === 8 && zoom.recurrence.weekly_days).toBe('3'); // Tuesday, not Monday's "2"
  });

  it('several weekdays, sorted, Sunday = "1"', () => {
    const zoom = zoomRepeat({ freq: 'weekly', interval: 2, weekdays: [5, 0, 3], end: count(6) }, '2026-12-02T09:00', 'UTC');
    expect(zoom).toEqual({ type: 8, recurrence: { type: 2, repeat_interval: 2, weekly_days: '1,4,6', end_times: 6 } });
  });

  it('monthly on day 15 → monthly_day', () => {
    expect(zoomRepeat({ freq: 'monthly', interval: 1, on: { day: 15 }, end: count(12) }, '2026-12-15T10:00', 'UTC')).toEqual({
      type: 8,
      recurrence: { type: 3, repeat_interval: 1, monthly_day: 15, end_times: 12 },
    });
  });

  it('monthly on the last Thursday → monthly_week -1, monthly_week_day 5', () => {
    expect(zoomRepeat({ freq: 'monthly', interval: 1, on: { week: -1, weekday: 4 }, end: count(6) }, '2026-12-31T10:00', 'UTC')).toEqual({
      type: 8,
      recurrence: { type: 3, repeat_interval: 1, monthly_week: -1, monthly_week_day: 5, end_times: 6 },
    });
  });

  it('monthly on the second Monday → monthly_week 2, monthly_week_day 2', () => {
    const zoom = zoomRepeat({ freq: 'monthly', interval: 3, on: { week: 2, weekday: 1 }, end: count(4) }, '2026-12-14T10:00', 'UTC');
    expect(zoom).toEqual({ type: 8, recurrence: { type: 3, repeat_interval: 3, monthly_week: 2, monthly_week_day: 2, end_times: 4 } });
  });

  it('an end date becomes end_date_time in UTC at the end of that day on the event’s clock, never with end_times', () => {
    const zoom = zoomRepeat({ freq: 'weekly', interval: 1, weekdays: [2], end: { kind: 'until', date: '2027-01-26' } }, '2026-12-01T10:00', 'Asia/Tokyo');
    expect(zoom).toEqual({ type: 8, recurrence: { type: 2, repeat_interval: 1, weekly_days: '3', end_date_time: '2027-01-26T14:59:00Z' } });
  });

  it('the occurrence limit: 50 times is type 8, 51 is type 3', () => {
    const rule = (times: number): RepeatRule => ({ freq: 'daily', interval: 1, end: count(times) });
    expect(ZOOM_MAX_OCCURRENCES).toBe(50);
    expect(zoomRepeat(rule(50), '2026-12-01T10:00', 'UTC').type).toBe(8);
    expect(zoomRepeat(rule(51), '2026-12-01T10:00', 'UTC')).toEqual({ type: 3, reason: 'tooMany' });
  });

  it('an end date more than 50 occurrences away is type 3', () => {
    const zoom = zoomRepeat({ freq: 'daily', interval: 1, end: { kind: 'until', date: '2027-03-01' } }, '2026-12-01T10:00', 'UTC');
    expect(zoom).toEqual({ type: 3, reason: 'tooMany' });
  });

  it.each([
    ['yearly', { freq: 'yearly', interval: 1, end: count(5) }],
    ['dates', { freq: 'dates', dates: ['2026-12-01', '2026-12-09'] }],
    ['never', { freq: 'weekly', interval: 1, weekdays: [2], end: { kind: 'never' } }],
    ['interval', { freq: 'weekly', interval: 13, weekdays: [2], end: count(3) }],
    ['interval', { freq: 'daily', interval: 91, end: count(3) }],
    ['interval', { freq: 'monthly', interval: 4, on: { day: 1 }, end: count(3) }],
    ['fifthWeek', { freq: 'monthly', interval: 1, on: { week: 5, weekday: 2 }, end: count(3) }],
  ] as [string, RepeatRule][])('falls back to type 3 (%s)', (reason, rule) => {
    expect(zoomRepeat(rule, '2026-12-29T10:00', 'UTC')).toEqual({ type: 3, reason });
  });

  it('the largest intervals Zoom takes stay type 8', () => {
    expect(zoomRepeat({ freq: 'daily', interval: 90, end: count(3) }, '2026-12-01T10:00', 'UTC').type).toBe(8);
    expect(zoomRepeat({ freq: 'weekly', interval: 12, weekdays: [1], end: count(3) }, '2026-12-01T10:00', 'UTC').type).toBe(8);
    expect(zoomRepeat({ freq: 'monthly', interval: 3, on: { day: 1 }, end: count(3) }, '2026-12-01T10:00', 'UTC').type).toBe(8);
  });
});

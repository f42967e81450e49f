import { describe, expect, it } from 'vitest';
import { occurrenceDates } from '@/utils/shared/repeat-occurrences';
import { occurrenceId, zonedInstant } from '@/utils/shared/zoned-time';

describe('occurrenceDates', () => {
  it('weekly on Tuesday and Thursday from a Tuesday', () => {
    expect(occurrenceDates({ freq: 'weekly', interval: 1, weekdays: [4, 2], end: { kind: 'count', times: 4 } }, '2026-12-01', 50)).toEqual(['2026-12-01', '2026-12-03', '2026-12-08', '2026-12-10']);
  });

  it('the last Thursday of each month', () => {
    expect(occurrenceDates({ freq: 'monthly', interval: 1, on: { week: -1, weekday: 4 }, end: { kind: 'count', times: 3 } }, '2026-12-31', 50)).toEqual(['2026-12-31', '2027-01-28', '2027-02-25']);
  });

  it('monthly on the 31st skips shorter months', () => {
    expect(occurrenceDates({ freq: 'monthly', interval: 1, on: { day: 31 }, end: { kind: 'count', times: 3 } }, '2027-01-31', 50)).toEqual(['2027-01-31', '2027-03-31', '2027-05-31']);
  });

  it('an end date is inclusive; never ending stops at the limit', () => {
    expect(occurrenceDates({ freq: 'daily', interval: 3, end: { kind: 'until', date: '2026-12-07' } }, '2026-12-01', 50)).toEqual(['2026-12-01', '2026-12-04', '2026-12-07']);
    expect(occurrenceDates({ freq: 'yearly', interval: 1, end: { kind: 'never' } }, '2026-12-01', 3)).toEqual(['2026-12-01', '2027-12-01', '2028-12-01']);
  });
});

describe('occurrence ids', () => {
  it('are the start in ms since the epoch, read on the event’s clock', () => {
    expect(zonedInstant('2026-12-01T08:00', 'Asia/Tokyo')).toBe(Date.UTC(2026, 10, 30, 23, 0));
    expect(occurrenceId('2026-07-01T09:00', 'America/New_York')).toBe(String(Date.UTC(2026, 6, 1, 13, 0)));
    expect(occurrenceId('2026-12-01T09:00', 'America/New_York')).toBe(String(Date.UTC(2026, 11, 1, 14, 0)));
  });
});

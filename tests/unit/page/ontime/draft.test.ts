import { describe, expect, it } from 'vitest';
import { readDateTime } from '@/utils/page/ontime/draft';

describe('dates and times as OnTime may print them', () => {
  it.each([
    [['2026-12-01', '09:30'], '2026-12-01T09:30'],
    [['2026/12/01 14:00'], '2026-12-01T14:00'],
    [['2026年12月1日', '10時00分'], '2026-12-01T10:00'],
    [['12/1/2026', '2:30 PM'], '2026-12-01T14:30'],
    [['13/12/2026 08:00'], '2026-12-13T08:00'],
    [['1.12.2026', '12:15 am'], '2026-01-12T00:15'],
    [['Dec 1, 2026', '9:05 AM'], '2026-12-01T09:05'],
    [['1 December 2026 17:45'], '2026-12-01T17:45'],
    [['2026-12-05T16:00'], '2026-12-05T16:00'],
  ])('%j → %s', (values, expected) => {
    expect(readDateTime(values)).toBe(expected);
  });

  it('gives up rather than guessing', () => {
    expect(readDateTime(['next Tuesday', '10:00'])).toBeNull();
    expect(readDateTime(['2026-12-01'])).toBeNull();
  });
});

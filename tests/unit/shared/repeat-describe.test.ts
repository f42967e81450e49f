import { describe, expect, it } from 'vitest';
import en from '../../../public/_locales/en/messages.json';
import ja from '../../../public/_locales/ja/messages.json';
import { translator } from '@/utils/shared/translate';
import { describeRepeat } from '@/utils/shared/repeat-describe';

const tEn = translator(en);
const tJa = translator(ja);

describe('describeRepeat', () => {
  it('weekly on Tuesday, 10 times (en, ja)', () => {
    const rule = { freq: 'weekly', interval: 1, weekdays: [2], end: { kind: 'count', times: 10 } } as const;
    expect(describeRepeat({ ...rule, weekdays: [2] }, '2026-12-01T10:00', tEn, 'en')).toBe('Repeats weekly on Tuesday, 10 times');
    expect(describeRepeat({ ...rule, weekdays: [2] }, '2026-12-01T10:00', tJa, 'ja')).toBe('毎週 火曜日、10 回');
    expect(describeRepeat({ ...rule, weekdays: [2] }, '2026-12-01T10:00', tEn, 'en', 'short')).toBe('Repeats weekly on Tue, 10 times');
  });

  it('the last weekday of the month, every 2 months, until a date', () => {
    const rule = { freq: 'monthly', interval: 2, on: { week: -1, weekday: 4 }, end: { kind: 'until', date: '2027-06-30' } } as const;
    expect(describeRepeat(rule, '2026-12-31T10:00', tEn, 'en')).toBe('Repeats every 2 months on the last Thursday, until Jun 30, 2027');
    expect(describeRepeat(rule, '2026-12-31T10:00', tJa, 'ja')).toBe('2 か月ごと 最終木曜日、2027/06/30 まで');
  });

  it('yearly with no end, chosen dates', () => {
    expect(describeRepeat({ freq: 'yearly', interval: 1, end: { kind: 'never' } }, '2026-12-01T10:00', tEn, 'en')).toBe('Repeats yearly on December 1, with no end date');
    expect(describeRepeat({ freq: 'yearly', interval: 1, end: { kind: 'never' } }, '2026-12-01T10:00', tJa, 'ja')).toBe('毎年 12月1日、終了日なし');
    expect(describeRepeat({ freq: 'dates', dates: ['2026-12-01', '2026-12-09'] }, '2026-12-01T10:00', tJa, 'ja')).toBe('指定した 2 日');
  });
});

describe('locale files', () => {
  it('no message has "$1$2": Chrome reads "$1$" as a named placeholder and refuses to load the extension', () => {
    for (const catalog of [en, ja]) for (const [key, { message }] of Object.entries(catalog)) expect(message, key).not.toMatch(/\$\d\$/);
  });
});

import { describe, expect, it } from 'vitest';
import { parseMessage, VERBS } from '@/utils/shared/protocol';

const draft = { subject: 'Weekly sync', start: '2026-12-01T10:00', end: '2026-12-01T10:30', timeZone: 'Asia/Tokyo' };
const weekly = { freq: 'weekly', interval: 1, weekdays: [2], end: { kind: 'count', times: 10 } };
const prepare = (d: unknown) => parseMessage({ verb: 'prepareMeeting', payload: { draft: d } });

describe('protocol: repeating drafts and one-occurrence deletes', () => {
  it('accepts a draft with a well-formed rule and scope', () => {
    expect(prepare({ ...draft, repeat: weekly, scope: 'occurrence' })).not.toBeNull();
    expect(prepare({ ...draft, repeat: { freq: 'dates', dates: ['2026-12-01'] } })).not.toBeNull();
    expect(prepare({ ...draft, repeat: { freq: 'monthly', interval: 1, on: { week: -1, weekday: 4 }, end: { kind: 'until', date: '2027-06-30' } } })).not.toBeNull();
  });

  it.each([
    ['an unknown frequency', { ...weekly, freq: 'hourly' }],
    ['no weekdays', { ...weekly, weekdays: [] }],
    ['weekday 7', { ...weekly, weekdays: [7] }],
    ['interval 0', { ...weekly, interval: 0 }],
    ['a count of 1000', { ...weekly, end: { kind: 'count', times: 1000 } }],
    ['an end date that is not a date', { ...weekly, end: { kind: 'until', date: 'soon' } }],
    ['monthly week 6', { freq: 'monthly', interval: 1, on: { week: 6, weekday: 1 }, end: { kind: 'never' } }],
    ['no dates', { freq: 'dates', dates: [] }],
  ])('refuses %s', (_, repeat) => {
    expect(prepare({ ...draft, repeat })).toBeNull();
  });

  it('refuses an unknown scope', () => {
    expect(prepare({ ...draft, repeat: weekly, scope: 'following' })).toBeNull();
  });

  it('deleteMeeting takes occurrence: true only with the event that names the occurrence; still resent after a stopped worker', () => {
    const base = { id: 81234567890, joinUrl: 'https://zoom.us/j/81234567890?pwd=abc' };
    expect(parseMessage({ verb: 'deleteMeeting', payload: { ...base, event: { subject: 'Weekly sync', start: '2026-12-08T10:00' }, occurrence: true } })).not.toBeNull();
    expect(parseMessage({ verb: 'deleteMeeting', payload: { ...base, occurrence: true } })).toBeNull();
    expect(parseMessage({ verb: 'deleteMeeting', payload: { ...base, event: { subject: 'x', start: '2026-12-08T10:00' }, occurrence: 'yes' } })).toBeNull();
    expect(VERBS.deleteMeeting.resend).toBe(true);
  });
});

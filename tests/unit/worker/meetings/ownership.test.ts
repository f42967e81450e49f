import { describe, expect, it } from 'vitest';
import type { MeetingRecord } from '@/utils/worker/meetings/meeting-records';
import { isOurs, standing } from '@/utils/worker/meetings/ownership';

const PAGE = 'http://ontime.example/ontime/?view=week';
const EVENT = { subject: 'Budget sync', start: '2026-12-03T14:00' };
const record: MeetingRecord = {
  id: 81234567890,
  joinUrl: 'https://us06web.zoom.us/j/81234567890?pwd=abc.1',
  topic: 'Budget sync',
  start: '2026-12-03T14:00',
  duration: 45,
  timeZone: 'Asia/Tokyo',
  password: 'x7Kp2q',
  dialIn: [],
  ontimeUrl: 'http://ontime.example/ontime/',
  state: 'saved',
  createdAt: 1,
  updatedAt: 1,
};

describe('which meetings are ours', () => {
  it('ours: our record, the very link we wrote, on the OnTime server we made it from', () => {
    expect(isOurs(record, record.joinUrl, PAGE, EVENT)).toBe(true);
    expect(isOurs(record, 'https://us06web.zoom.us/j/81234567890?pwd=abc.1#success', 'http://ontime.example/ontime/other', EVENT)).toBe(true);
  });

  it.each([
    ['no record (a standing meeting, OnTime’s own integration, a colleague’s meeting)', undefined, record.joinUrl, PAGE],
    ['a deleted record', { ...record, state: 'deleted' as const }, record.joinUrl, PAGE],
    ['the same id without our passcode hash (a personal copy)', record, 'https://us06web.zoom.us/j/81234567890', PAGE],
    ['the same id on another Zoom host', record, 'https://zoom.us/j/81234567890?pwd=abc.1', PAGE],
    ['another OnTime server', record, record.joinUrl, 'https://ontime.other.example/ontime/'],
    ['a link that is not a URL', record, 'zoom 81234567890', PAGE],
  ])('not ours: %s', (_, stored, link, page) => {
    expect(isOurs(stored, link, page, EVENT)).toBe(false);
  });

  it('only the event we made it for: a duplicate next week, a copy, or an event changed outside our editor is not', () => {
    const withEvent = { ...record, event: { subject: 'Budget sync (team)', start: '2026-12-03T14:00' } };
    expect(isOurs(withEvent, record.joinUrl, PAGE, { subject: ' Budget sync (team) ', start: '2026-12-03T14:00' })).toBe(true);
    expect(isOurs(withEvent, record.joinUrl, PAGE, { subject: 'Budget sync (team)', start: '2026-12-10T14:00' })).toBe(false);
    expect(isOurs(withEvent, record.joinUrl, PAGE, { subject: 'Renamed', start: '2026-12-03T14:00' })).toBe(false);
    expect(isOurs(withEvent, record.joinUrl, PAGE, { subject: 'Another event', start: '2026-12-05T09:00' })).toBe(false);
    // Records of earlier versions: the Zoom topic and start stand for the event.
    expect(isOurs(record, record.joinUrl, PAGE, { subject: 'Another event', start: '2026-12-05T09:00' })).toBe(false);
  });
});

describe('how a link stands: ours, a copy, shared, deleted', () => {
  const NEXT_WEEK = { subject: 'Budget sync', start: '2026-12-10T14:00' };

  it('in an existing event’s editor, a saved meeting of ours for this event is ours; in a new event’s editor it is a copy', () => {
    expect(standing(record, record.joinUrl, PAGE, EVENT, false)).toBe('ours');
    // A duplicate has the same subject, start and link: only its editor (no Delete) tells it apart.
    expect(standing(record, record.joinUrl, PAGE, EVENT, true)).toBe('copy');
    expect(standing({ ...record, state: 'updated' }, record.joinUrl, PAGE, NEXT_WEEK, true)).toBe('copy');
  });

  it.each(['created', 'written', 'orphaned'] as const)('a %s meeting (in no saved event) in a new event’s editor is not a copy: ours when the event matches', (state) => {
    expect(standing({ ...record, state }, record.joinUrl, PAGE, EVENT, true)).toBe('ours');
    expect(standing({ ...record, state }, record.joinUrl, PAGE, NEXT_WEEK, true)).toBe('notOurs');
  });

  it('shared by several events: shared in any editor, for any event, never ours', () => {
    const shared = { ...record, shared: true };
    for (const newEvent of [false, true]) {
      expect(standing(shared, record.joinUrl, PAGE, EVENT, newEvent)).toBe('shared');
      expect(standing(shared, record.joinUrl, PAGE, NEXT_WEEK, newEvent)).toBe('shared');
    }
    // Still only behind our very link, on our server.
    expect(standing(shared, 'https://us06web.zoom.us/j/81234567890', PAGE, EVENT, false)).toBe('notOurs');
    expect(standing(shared, record.joinUrl, 'https://ontime.other.example/ontime/', EVENT, false)).toBe('notOurs');
  });

  it('deleted: the very link of a meeting we deleted, whatever the event; another link to the same id is not ours', () => {
    const deleted = { ...record, state: 'deleted' as const, shared: true };
    expect(standing(deleted, record.joinUrl, PAGE, EVENT, false)).toBe('deleted');
    expect(standing(deleted, record.joinUrl, PAGE, NEXT_WEEK, true)).toBe('deleted');
    expect(standing(deleted, 'https://us06web.zoom.us/j/81234567890', PAGE, EVENT, false)).toBe('notOurs');
    expect(standing(undefined, record.joinUrl, PAGE, EVENT, false)).toBe('notOurs');
  });

  it('not ours stays not ours in a new event’s editor', () => {
    expect(standing(record, 'https://zoom.us/j/81234567890?pwd=abc.1', PAGE, EVENT, true)).toBe('notOurs');
    expect(standing(record, record.joinUrl, PAGE, { subject: 'Another event', start: '2026-12-05T09:00' }, false)).toBe('notOurs');
  });
});

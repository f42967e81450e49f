import { describe, expect, it } from 'vitest';
import type { CreateAttempt } from '@/utils/worker/meetings/meeting-records';
import { matchAttempt } from '@/utils/worker/meetings/reconcile';
import type { ZoomListedMeeting } from '@/utils/worker/zoom/types';

const startedAt = Date.parse('2026-12-02T08:00:00Z');
const attempt: CreateAttempt = {
  attempt: 'attempt-0001',
  key: 'http://ontime.example/ontime/|Budget sync|2026-12-03T14:00',
  topic: 'Budget sync',
  start: '2026-12-03T14:00', // Tokyo wall clock: 05:00 UTC
  timeZone: 'Asia/Tokyo',
  duration: 45,
  password: 'x7Kp2q',
  ontimeUrl: 'http://ontime.example/ontime/',
  startedAt,
  state: 'pending',
};

function listed(over: Partial<ZoomListedMeeting> = {}): ZoomListedMeeting {
  return {
    id: 81234567890,
    topic: 'Budget sync',
    start_time: '2026-12-03T05:00:00Z',
    timezone: 'Asia/Tokyo',
    duration: 45,
    created_at: '2026-12-02T08:00:03Z',
    join_url: 'https://zoom.us/j/81234567890?pwd=abc',
    ...over,
  };
}

describe('matching a lost create with the meetings Zoom lists', () => {
  it('takes the one meeting with the topic, start and creation time of the attempt', () => {
    expect(matchAttempt(attempt, [listed({ id: 1, topic: 'Other' }), listed()], new Set())).toMatchObject({ id: 81234567890 });
  });

  it('compares the start in the attempt’s zone, not in UTC', () => {
    expect(matchAttempt(attempt, [listed({ start_time: '2026-12-03T14:00:00Z' })], new Set())).toBeNull();
    expect(matchAttempt(attempt, [listed({ timezone: '' })], new Set())).toMatchObject({ id: 81234567890 });
  });

  it('takes neither of two meetings with the same topic and start (ambiguous)', () => {
    expect(matchAttempt(attempt, [listed({ id: 1 }), listed({ id: 2, created_at: '2026-12-02T08:00:05Z' })], new Set())).toBe('ambiguous');
  });

  it('skips a meeting that is already ours, so the other one is taken', () => {
    expect(matchAttempt(attempt, [listed({ id: 1 }), listed({ id: 2 })], new Set([1]))).toMatchObject({ id: 2 });
  });

  it('ignores meetings created outside the attempt’s time window', () => {
    expect(matchAttempt(attempt, [listed({ created_at: '2026-12-02T07:50:00Z' })], new Set())).toBeNull();
    expect(matchAttempt(attempt, [listed({ created_at: '2026-12-02T08:10:00Z' })], new Set())).toBeNull();
    expect(matchAttempt(attempt, [listed({ created_at: undefined })], new Set())).toBeNull();
  });

  it('ignores a meeting with another topic or start', () => {
    expect(matchAttempt(attempt, [listed({ topic: 'Budget sync (2)' })], new Set())).toBeNull();
    expect(matchAttempt(attempt, [listed({ start_time: '2026-12-03T05:30:00Z' })], new Set())).toBeNull();
  });
});

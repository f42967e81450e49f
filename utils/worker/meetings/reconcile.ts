import type { CreateAttempt } from '@/utils/worker/meetings/meeting-records';
import type { ZoomListedMeeting } from '@/utils/worker/zoom/types';
import { wallClock } from '@/utils/shared/wall-clock';

// Zoom's clock and ours differ a little; a create's answer can take up to the request timeout.
const CLOCK_SKEW_MS = 2 * 60_000;
const CREATE_WINDOW_MS = 2 * 60_000;

/**
 * The meeting at Zoom that a create whose answer was lost made, or null. It has the attempt's
 * topic and start (in the attempt's zone), was created within the attempt's time window, and is
 * not already one of ours. Two such meetings are ambiguous: neither is taken.
 */
export function matchAttempt(attempt: CreateAttempt, listed: readonly ZoomListedMeeting[], ours: ReadonlySet<number>): ZoomListedMeeting | 'ambiguous' | null {
  const from = attempt.startedAt - CLOCK_SKEW_MS;
  const to = attempt.startedAt + CREATE_WINDOW_MS + CLOCK_SKEW_MS;
  const matches = listed.filter((m) => {
    if (ours.has(m.id) || m.topic !== attempt.topic || !m.start_time) return false;
    if (wallClock(m.start_time, m.timezone || attempt.timeZone) !== attempt.start) return false;
    const created = m.created_at ? Date.parse(m.created_at) : NaN;
    return created >= from && created <= to;
  });
  if (matches.length > 1) return 'ambiguous';
  return matches[0] ?? null;
}

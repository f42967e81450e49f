import { isOrphan, isUnsaved, ORPHAN_GRACE_MS } from '@/utils/worker/meetings/lifecycle';
import type { CreateAttempt, MeetingRecord } from '@/utils/worker/meetings/meeting-records';

// A create answers within its timeout (20 s) and a stopped worker's attempt is asked about at once:
// one still pending after this long lost its answer.
export const STALE_PENDING_MS = 2 * 60_000;

export interface Attention {
  /** Meetings that need the user: orphans, and creates whose answer was lost. */
  count: number;
  /** When the count changes by time alone (an unsaved meeting turns orphan), or null. */
  nextChange: number | null;
}

/** What the toolbar badge shows, from the records alone (never from a counter kept in memory). */
export function needsAttention(meetings: readonly MeetingRecord[], attempts: readonly CreateAttempt[], now: number): Attention {
  let count = 0;
  let nextChange: number | null = null;
  const later = (at: number) => (nextChange = nextChange === null ? at : Math.min(nextChange, at));
  for (const record of meetings) {
    if (record.state === 'deleted') continue;
    if (isOrphan(record, now)) count++;
    else if (isUnsaved(record)) later(record.createdAt + ORPHAN_GRACE_MS + 1);
  }
  for (const attempt of attempts) {
    if (attempt.state === 'uncertain' || attempt.state === 'superseded') count++;
    else if (attempt.state === 'pending') {
      if (now - attempt.startedAt > STALE_PENDING_MS) count++;
      else later(attempt.startedAt + STALE_PENDING_MS + 1);
    }
  }
  return { count, nextChange };
}

/**
 * The meetings the popup lists, newest first: the latest `limit` not deleted, and every orphan
 * older than those, so that each one the badge counts can be found and dealt with there.
 */
export function listedMeetings(newestFirst: readonly MeetingRecord[], now: number, limit: number): MeetingRecord[] {
  const live = newestFirst.filter((r) => r.state !== 'deleted');
  return [...live.slice(0, limit), ...live.slice(limit).filter((r) => isOrphan(r, now))];
}

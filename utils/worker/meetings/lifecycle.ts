import type { MeetingInput } from '@/utils/worker/zoom/types';
import { durationMinutes } from '@/utils/shared/wall-clock';
import type { MeetingRecord } from '@/utils/worker/meetings/meeting-records';
import type { MeetingDraft } from '@/utils/shared/meeting-types';
import { sameRule } from '@/utils/shared/repeat-rule';
import { meetingKind } from '@/utils/worker/meetings/zoom-body';

/**
 * What Zoom must be told when the event was saved with this draft; null when nothing changed.
 * A repeating event's series travels whole: type, recurrence and time together whenever the rule
 * or the time changed (Zoom reads weekdays and an end date against the start and zone).
 */
export function meetingPatch(record: Pick<MeetingRecord, 'topic' | 'start' | 'duration' | 'timeZone' | 'repeat'>, draft: MeetingDraft): Partial<MeetingInput> | null {
  const patch: Partial<MeetingInput> = {};
  const topic = draft.subject.trim();
  if (topic && topic !== record.topic) patch.topic = topic.slice(0, 200);
  const duration = durationMinutes(draft.start, draft.end);
  if (draft.start !== record.start || draft.timeZone !== record.timeZone || duration !== record.duration) {
    // Time fields travel together so Zoom never reads a start in the wrong zone.
    patch.start_time = `${draft.start}:00`;
    patch.timezone = draft.timeZone;
    patch.duration = duration;
  }
  if (!sameRule(record.repeat, draft.repeat) || (patch.start_time && (record.repeat || draft.repeat))) {
    Object.assign(patch, meetingKind(draft), { start_time: `${draft.start}:00`, timezone: draft.timeZone, duration });
  }
  return Object.keys(patch).length ? patch : null;
}

/** How long a meeting made and not yet saved with its event waits before it counts as an orphan. */
export const ORPHAN_GRACE_MS = 15 * 60_000;

/** One occurrence of a series was saved: what Zoom must be told for it (its time only); null when unchanged. */
export function occurrencePatch(shownAt: string, duration: number, draft: MeetingDraft): Partial<MeetingInput> | null {
  const minutes = durationMinutes(draft.start, draft.end);
  if (draft.start === shownAt && minutes === duration) return null;
  return { start_time: `${draft.start}:00`, timezone: draft.timeZone, duration: minutes };
}

/** Meetings made but never saved into an event, or left by a cancelled editor. */
export function isOrphan(record: MeetingRecord, now = Date.now(), graceMs = ORPHAN_GRACE_MS): boolean {
  if (record.state === 'orphaned') return true;
  return isUnsaved(record) && now - record.createdAt > graceMs;
}

/** Made and not yet saved with an event ('written' is what earlier versions recorded after the page write). */
export function isUnsaved(record: MeetingRecord): boolean {
  return record.state === 'created' || record.state === 'written';
}

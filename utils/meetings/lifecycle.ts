import type { MeetingInput } from '../zoom/types';
import { durationMinutes } from './meeting-input';
import type { MeetingRecord } from './meeting-store';
import type { MeetingDraft } from './types';

/** What Zoom must be told when the event was saved with this draft; null when nothing changed. */
export function meetingPatch(record: Pick<MeetingRecord, 'topic' | 'start' | 'duration' | 'timeZone'>, draft: MeetingDraft): Partial<MeetingInput> | null {
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
  return Object.keys(patch).length ? patch : null;
}

/** Meetings made but never saved into an event, or left by a cancelled editor. */
export function isOrphan(record: MeetingRecord, now = Date.now(), graceMs = 15 * 60_000): boolean {
  if (record.state === 'orphaned') return true;
  return (record.state === 'created' || record.state === 'written') && now - record.createdAt > graceMs;
}

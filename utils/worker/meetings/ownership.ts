import type { EventIdentity, MeetingStanding } from '@/utils/shared/meeting-types';
import type { MeetingRecord } from '@/utils/worker/meetings/meeting-records';
import { isOccurrenceOf } from '@/utils/worker/meetings/series';

/**
 * A meeting is ours for an event when our record says we made it (or the user explicitly took it
 * over), it is not deleted, the link in the event is the very link we wrote (host, path and
 * passcode hash), the event lives on the OnTime server we made it from, and it is the event we made
 * it for: its subject and start as the page opened it are the ones we last saw (each save through
 * our editor updates both). A link that only names the same meeting id (a personal copy without
 * the passcode), or our link in another event (a copy, next week's duplicate), is not enough.
 * An event moved or renamed outside our editor is taken back by the user's "Manage it here".
 */
export function isOurs(record: MeetingRecord | undefined, joinUrl: string, pageUrl: string, event: EventIdentity): record is MeetingRecord {
  if (!isOurLink(record, joinUrl, pageUrl)) return false;
  const made = eventOf(record);
  // A repeating event opens at any of its occurrences: same subject, one of the series' starts.
  if (record.repeat && made.subject === event.subject.trim() && isOccurrenceOf(record, event.start)) return true;
  return sameEvent(made, event);
}

/**
 * How a link in an editor stands with our records, most telling first:
 *
 * - `deleted`: the very link of a meeting we made and deleted at Zoom (the page's Undo of a deleted
 *   event brings it back). It is dead whatever event or server holds it: say so, never offer Join.
 * - `shared`: our link, of a meeting more than one event holds (a copy of its event was saved):
 *   shown and joined, never changed or deleted from the page (only from our popup).
 * - `copy`: our link in the editor of a NEW event (`newEvent`: it offers no Delete) while the
 *   meeting is already saved with an event. The (subject, start) identity cannot tell a duplicate
 *   from the original (a duplicate has both), but a new event's editor can: the event the meeting
 *   was made for already exists, so this one is another event holding its link. Shown, not changed.
 * - `ours`: isOurs, for this event.
 * - `notOurs`: anything else (a link we did not make, one of ours in another event).
 */
export function standing(record: MeetingRecord | undefined, joinUrl: string, pageUrl: string, event: EventIdentity, newEvent: boolean): MeetingStanding | 'ours' | 'notOurs' {
  if (record?.state === 'deleted' && sameJoinLink(record.joinUrl, joinUrl)) return 'deleted';
  if (!isOurLink(record, joinUrl, pageUrl)) return 'notOurs';
  if (record.shared) return 'shared';
  if (newEvent && isSavedWithEvent(record)) return 'copy';
  return isOurs(record, joinUrl, pageUrl, event) ? 'ours' : 'notOurs';
}

/** Saved with its event (and perhaps updated since): an event holds it. */
export function isSavedWithEvent(record: MeetingRecord): boolean {
  return record.state === 'saved' || record.state === 'updated';
}

/** Our record's meeting, behind the very link we wrote, on the OnTime server we made it from. */
export function isOurLink(record: MeetingRecord | undefined, joinUrl: string, pageUrl: string): record is MeetingRecord {
  if (!record || record.state === 'deleted') return false;
  return sameJoinLink(record.joinUrl, joinUrl) && sameOrigin(record.ontimeUrl, pageUrl);
}

/** The event a record was made or last saved for (records of earlier versions: the Zoom topic and start). */
export function eventOf(record: MeetingRecord): EventIdentity {
  return record.event ?? { subject: record.topic.trim(), start: record.start };
}

function sameEvent(a: EventIdentity, b: EventIdentity): boolean {
  return a.subject === b.subject.trim() && a.start === b.start;
}

export function sameJoinLink(a: string, b: string): boolean {
  const x = parse(a);
  const y = parse(b);
  return !!x && !!y && x.host === y.host && x.pathname === y.pathname && x.searchParams.get('pwd') === y.searchParams.get('pwd');
}

function sameOrigin(a: string, b: string): boolean {
  const x = parse(a);
  const y = parse(b);
  return !!x && !!y && x.origin === y.origin;
}

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

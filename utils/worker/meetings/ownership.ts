import type { EventIdentity } from '@/utils/shared/meeting-types';
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

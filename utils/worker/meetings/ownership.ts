import type { EventIdentity } from '@/utils/shared/meeting-types';
import type { MeetingRecord } from '@/utils/worker/meetings/meeting-records';

/**
 * A meeting is ours for an event when our record says we made it (or the user explicitly took it
 * over), it is not deleted, the link in the event is the very link we wrote (host, path and
 * passcode hash), the event lives on the OnTime server we made it from, and it is the event we made
 * it for: its subject or its start as the page opened it is the one we last saw (a move keeps the
 * subject, a rename keeps the start, and each save through our editor updates both). A link that
 * only names the same meeting id (a personal copy without the passcode), or our link copied into
 * another event, is not enough.
 */
export function isOurs(record: MeetingRecord | undefined, joinUrl: string, pageUrl: string, event: EventIdentity): record is MeetingRecord {
  if (!record || record.state === 'deleted') return false;
  return sameJoinLink(record.joinUrl, joinUrl) && sameOrigin(record.ontimeUrl, pageUrl) && sameEvent(eventOf(record), event);
}

/** The event a record was made or last saved for (records of earlier versions: the Zoom topic and start). */
export function eventOf(record: MeetingRecord): EventIdentity {
  return record.event ?? { subject: record.topic.trim(), start: record.start };
}

function sameEvent(a: EventIdentity, b: EventIdentity): boolean {
  return a.subject === b.subject.trim() || a.start === b.start;
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

import type { MeetingRecord } from '@/utils/worker/meetings/meeting-records';

/**
 * A meeting is ours when our record says we made it (or the user explicitly took it over), it is
 * not deleted, the link in the event is the very link we wrote (host, path and passcode hash), and
 * the event lives on the OnTime server we made it from. A link that only names the same meeting
 * id (a personal copy without the passcode, a colleague's paste) is not enough.
 */
export function isOurs(record: MeetingRecord | undefined, joinUrl: string, pageUrl: string): record is MeetingRecord {
  if (!record || record.state === 'deleted') return false;
  return sameJoinLink(record.joinUrl, joinUrl) && sameOrigin(record.ontimeUrl, pageUrl);
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

import type { Translate } from '@/utils/shared/translate';
import { formatMeetingId, formatWallClock } from '@/utils/shared/format';
import type { MeetingDraft, MeetingInfo } from '@/utils/shared/meeting-types';
import { durationMinutes } from '@/utils/shared/wall-clock';
import { zoomRepeat } from '@/utils/shared/zoom-recurrence';
import { describeRepeat } from '@/utils/shared/repeat-describe';
import { occurrenceDates } from '@/utils/shared/repeat-occurrences';

// Zoom's own invitation lists every occurrence; a description has less room.
const LISTED_OCCURRENCES = 10;

/** The recurrence as Zoom's invitation gives it: the rule, then the dates (or: no fixed time). */
function repeatLines(meeting: MeetingInfo, t: Translate, locale: string): string[] {
  const rule = meeting.repeat;
  if (!rule) return [];
  const lines = [t('page_inviteRepeat', describeRepeat(rule, meeting.start, t, locale, 'short'))];
  if (meeting.noFixedTime) return [...lines, t('page_inviteNoFixedTime')];
  const dates = occurrenceDates(rule, meeting.start.slice(0, 10), LISTED_OCCURRENCES + 1);
  const time = meeting.start.slice(10);
  for (const date of dates.slice(0, LISTED_OCCURRENCES)) lines.push(`  ${formatWallClock(`${date}${time}`, '', locale)}`);
  if (dates.length > LISTED_OCCURRENCES) lines.push('  …');
  return lines;
}

/** The invitation for a meeting we made, as the event now is at OnTime's Save (subject, times, repeat). */
export function refreshedInvitation(info: MeetingInfo, draft: MeetingDraft, t: Translate, locale: string): string {
  const { repeat: _was, noFixedTime: _type, ...single } = info;
  const next: MeetingInfo = {
    ...single,
    topic: draft.subject.trim() || info.topic,
    start: draft.start,
    timeZone: draft.timeZone,
    duration: durationMinutes(draft.start, draft.end),
    ...(draft.repeat ? { repeat: draft.repeat, ...(zoomRepeat(draft.repeat, draft.start, draft.timeZone).type === 3 ? { noFixedTime: true } : {}) } : {}),
  };
  return composeInvitation(next, t, locale);
}

// Language-neutral markers, so an invitation written in either language can be found and
// replaced later without touching the user's own text.
export const INVITATION_START = '──────── Zoom ────────';
export const INVITATION_END = '──────── /Zoom ────────';

/** The invitation, composed locally (Zoom's invitation endpoint needs an extra scope). */
export function composeInvitation(meeting: MeetingInfo, t: Translate, locale: string): string {
  const id = formatMeetingId(meeting.id);
  const lines = [
    INVITATION_START,
    t('page_inviteIntro'),
    '',
    t('page_inviteTopic', meeting.topic),
    t('page_inviteTime', formatWallClock(meeting.start, meeting.timeZone, locale)),
    ...repeatLines(meeting, t, locale),
    '',
    t('page_inviteJoin'),
    meeting.joinUrl,
    '',
    t('page_inviteMeetingId', id),
  ];
  if (meeting.password) lines.push(t('page_invitePasscode', meeting.password));
  const digits = String(meeting.id);
  const mobile = meeting.dialIn.find((n) => n.number)?.number;
  if (mobile) {
    const tap = `${mobile.replace(/\s/g, '')},,${digits}#${meeting.password ? `,,,,*${meeting.password}#` : ''}`;
    lines.push('', t('page_inviteOneTap'), tap);
  }
  if (meeting.dialIn.length) {
    lines.push('', t('page_inviteDialIn'));
    for (const n of meeting.dialIn) {
      const place = [n.country_name ?? n.country, n.city].filter(Boolean).join(' ');
      lines.push(`  ${n.number}${place ? ` (${place})` : ''}`);
    }
  }
  lines.push(INVITATION_END);
  return lines.join('\n');
}

// The end marker carries a short checksum of the block as we wrote it, so a block the user edited
// is recognised in any later session and left alone. The checksum also records whether we put a
// blank line before the block, so Remove takes back exactly what we added.
const END_LINE = /^──────── \/Zoom(?: ([0-9a-z]{7}))? ────────$/;
/** What we put between the user's text and the invitation in a plain-text body. */
export const PLAIN_SEPARATOR = '\n\n';

function isStartLine(line: string): boolean {
  return line === INVITATION_START;
}

function endChecksum(line: string): string | null | undefined {
  const match = END_LINE.exec(line);
  return match ? (match[1] ?? null) : undefined;
}

/** FNV-1a, 32 bits, in base 36: short, stable, and enough to notice an edit (not a secret). */
function checksum(separated: boolean, inner: readonly string[]): string {
  let hash = 0x811c9dc5;
  const text = `${separated ? 1 : 0}\n${inner.join('\n')}`;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36).padStart(7, '0');
}

/** The invitation's lines as written: the end marker now carries the checksum. */
export function sealInvitation(invitation: string, separated: boolean): string[] {
  const lines = invitation.split('\n');
  const inner = lines.slice(1, -1).map(normaliseLine);
  return [...lines.slice(0, -1), `──────── /Zoom ${checksum(separated, inner)} ────────`];
}

/** Rich editors may turn spaces into no-break spaces; everything else must match exactly. */
export function normaliseLine(line: string): string {
  return line.replace(/\u00a0/g, ' ');
}

/** Where our invitation is in a body seen as lines (plain-text lines, or a rich body's blocks). */
export type BlockScan =
  | { kind: 'none' }
  | { kind: 'intact'; start: number; end: number; separated: boolean }
  /** Our invitation is there, but edited, cut, doubled or its markers out of order. */
  | { kind: 'broken' };

/**
 * Finds the one invitation block that is ours (it holds our join link) and is exactly as we
 * wrote it. Blocks for other meetings (a forwarded invitation) are never ours, whatever their
 * markers. Lines are compared after normaliseLine.
 */
export function scanInvitation(rawLines: readonly string[], joinUrl: string): BlockScan {
  const lines = rawLines.map(normaliseLine);
  const markers: { at: number; start: boolean; sum?: string | null }[] = [];
  lines.forEach((line, at) => {
    if (isStartLine(line)) markers.push({ at, start: true });
    else {
      const sum = endChecksum(line);
      if (sum !== undefined) markers.push({ at, start: false, sum });
    }
  });
  if (!markers.length) return { kind: 'none' };
  const holdsLink = (from: number, to: number) => lines.slice(from, to + 1).some((line) => line.includes(joinUrl));
  const intact: { start: number; end: number; separated: boolean }[] = [];
  let broken = false;
  for (let i = 0; i < markers.length; i++) {
    const mark = markers[i]!;
    const next = markers[i + 1];
    if (mark.start && next && !next.start) {
      // A start and its end: ours if it holds our link; intact if the checksum still fits.
      i++;
      if (!holdsLink(mark.at, next.at)) continue;
      const inner = lines.slice(mark.at + 1, next.at);
      const separated = [true, false].find((s) => next.sum === checksum(s, inner));
      if (separated === undefined) broken = true;
      else intact.push({ start: mark.at, end: next.at, separated });
    } else {
      // A start without its end (up to the next marker) or an end without its start (back to
      // the previous marker): a cut block, ours if our link is in the cut part.
      const from = mark.start ? mark.at : (markers[i - 1]?.at ?? 0);
      const to = mark.start ? (next?.at ?? lines.length - 1) : mark.at;
      if (holdsLink(from, to)) broken = true;
    }
  }
  if (intact.length === 1) return { kind: 'intact', ...intact[0]! };
  return intact.length > 1 || broken ? { kind: 'broken' } : { kind: 'none' };
}

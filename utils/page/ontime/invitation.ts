import type { Translate } from '@/utils/shared/translate';
import { formatMeetingId, formatWallClock } from '@/utils/shared/format';
import type { MeetingInfo } from '@/utils/shared/meeting-types';

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

/** Puts the invitation into a body, replacing an earlier one, keeping the user's text. */
export function withInvitation(body: string, invitation: string): string {
  const stripped = withoutInvitation(body);
  return stripped ? `${stripped}\n\n${invitation}` : invitation;
}

export function withoutInvitation(body: string): string {
  const start = body.indexOf(INVITATION_START);
  if (start < 0) return body;
  const endAt = body.indexOf(INVITATION_END, start);
  const end = endAt < 0 ? body.length : endAt + INVITATION_END.length;
  return `${body.slice(0, start).trimEnd()}${body.slice(end).replace(/^\s*\n/, start > 0 ? '\n' : '')}`.trim();
}

import type { Translate } from '@/utils/shared/translate';
import { formatMeetingId, formatWallClock } from '@/utils/shared/format';
import type { MeetingDraft, MeetingInfo } from '@/utils/shared/meeting-types';
import { durationMinutes } from '@/utils/shared/wall-clock';
import { zoomRepeat } from '@/utils/shared/zoom-recurrence';
import { describeRepeat } from '@/utils/shared/repeat-describe';
import { occurrenceDates } from '@/utils/shared/repeat-occurrences';
import { INVITATION_END, INVITATION_START } from '@/utils/page/ontime/invitation-block';

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

// Text of GET /v2/meetings/{id}/invitation, shaped like Zoom's English invitation.
import { SIM_USER } from './seed.ts';
import type { Meeting } from './types.ts';

export function prettyMeetingId(id: number): string {
  const s = String(id);
  return s.length === 11 ? `${s.slice(0, 3)} ${s.slice(3, 7)} ${s.slice(7)}` : `${s.slice(0, 3)} ${s.slice(3, 6)} ${s.slice(6)}`;
}

export function invitationText(meeting: Meeting): string {
  const numbers = Array.isArray(meeting.settings.global_dial_in_numbers)
    ? (meeting.settings.global_dial_in_numbers as Array<{ number: string; city: string }>)
    : [];
  const lines = [
    `${SIM_USER.display_name} is inviting you to a scheduled Zoom meeting.`,
    '',
    `Topic: ${meeting.topic}`,
    `Time: ${meeting.start_time} (${meeting.timezone})`,
    '',
    'Join Zoom Meeting',
    meeting.join_url,
    '',
    `Meeting ID: ${prettyMeetingId(meeting.id)}`,
    ...(meeting.password ? [`Passcode: ${meeting.password}`] : []),
  ];
  if (numbers.length > 0) {
    lines.push('', 'Dial by your location');
    for (const n of numbers) lines.push(`\t${n.number} (${n.city})`);
    lines.push(`Meeting ID: ${prettyMeetingId(meeting.id)}`);
    if (meeting.pstn_password) lines.push(`Passcode: ${meeting.pstn_password}`);
  }
  return lines.join('\r\n');
}

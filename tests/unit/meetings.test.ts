import { describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import ja from '../../public/_locales/ja/messages.json';
import { translator } from '@/utils/shared/translate';
import { defaultOptions } from '@/utils/worker/meetings/defaults';
import { formatMeetingId } from '@/utils/shared/format';
import { composeInvitation, INVITATION_END, INVITATION_START, withInvitation, withoutInvitation } from '@/utils/page/ontime/invitation';
import { durationMinutes, isValidDraft } from '@/utils/shared/wall-clock';
import { meetingInput } from '@/utils/worker/meetings/zoom-body';
import { generatePasscode, PASSCODE_PATTERN } from '@/utils/shared/passcode';
import type { MeetingInfo } from '@/utils/shared/meeting-types';

const draft = { subject: 'Design review', start: '2026-12-01T10:00', end: '2026-12-01T11:30', timeZone: 'Asia/Tokyo' };
const meeting: MeetingInfo = {
  id: 81234567890,
  topic: 'Design review',
  joinUrl: 'https://zoom.us/j/81234567890?pwd=abc',
  password: 'x7Kp2q',
  start: '2026-12-01T10:00',
  duration: 90,
  timeZone: 'Asia/Tokyo',
  dialIn: [
    { country: 'JP', country_name: 'Japan', city: 'Tokyo', number: '+81 3 4578 1488', type: 'toll' },
    { country: 'US', country_name: 'US', city: 'San Jose', number: '+1 669 900 6833', type: 'toll' },
  ],
};

describe('meeting input', () => {
  it('sends local start_time with the IANA zone and an integer duration', () => {
    const input = meetingInput(draft, defaultOptions('Design review', null));
    expect(input).toMatchObject({ topic: 'Design review', type: 2, start_time: '2026-12-01T10:00:00', timezone: 'Asia/Tokyo', duration: 90 });
    expect(Number.isInteger(input.duration)).toBe(true);
  });

  it('computes durations across midnight and rejects end before start', () => {
    expect(durationMinutes('2026-12-01T23:30', '2026-12-02T00:15')).toBe(45);
    expect(isValidDraft({ ...draft, end: '2026-12-01T09:00' })).toBe(false);
    expect(isValidDraft({ ...draft, subject: '  ' })).toBe(false);
  });
});

describe('passcode', () => {
  it('meets the account rule and Zoom’s character set', () => {
    for (let i = 0; i < 50; i++) {
      const code = generatePasscode({ length: 8, have_letter: true, have_number: true, have_special_character: true });
      expect(code).toMatch(PASSCODE_PATTERN);
      expect(code).toHaveLength(8);
      expect(code).toMatch(/[A-Za-z]/);
      expect(code).toMatch(/\d/);
      expect(code).toMatch(/[@\-_*]/);
    }
    expect(generatePasscode({ length: 10, only_allow_numeric: true })).toMatch(/^\d{10}$/);
  });

  it('is generated only when the account requires one', () => {
    expect(defaultOptions('t', { schedule_meeting: { require_password_for_scheduling_new_meetings: false } }).password).toBe('');
    expect(defaultOptions('t', { schedule_meeting: { require_password_for_scheduling_new_meetings: true } }).password).toMatch(PASSCODE_PATTERN);
  });
});

describe('invitation', () => {
  it('formats meeting IDs as Zoom does', () => {
    expect(formatMeetingId(81234567890)).toBe('812 3456 7890');
    expect(formatMeetingId(1234567890)).toBe('123 456 7890');
  });

  it('composes the English invitation with dial-in numbers', () => {
    const text = composeInvitation(meeting, translator(en), 'en');
    expect(text.split('\n')).toEqual([
      INVITATION_START,
      'You are invited to a Zoom meeting.',
      '',
      'Topic: Design review',
      'Time: Tuesday, December 1, 2026 at 10:00 AM (Asia/Tokyo)',
      '',
      'Join Zoom meeting',
      'https://zoom.us/j/81234567890?pwd=abc',
      '',
      'Meeting ID: 812 3456 7890',
      'Passcode: x7Kp2q',
      '',
      'One tap mobile',
      '+81345781488,,81234567890#,,,,*x7Kp2q#',
      '',
      'Dial by your location',
      '  +81 3 4578 1488 (Japan Tokyo)',
      '  +1 669 900 6833 (US San Jose)',
      INVITATION_END,
    ]);
  });

  it('composes the Japanese invitation', () => {
    const text = composeInvitation(meeting, translator(ja), 'ja');
    expect(text).toContain('Zoom ミーティングに招待されています。');
    expect(text).toContain('トピック: Design review');
    expect(text).toContain('時刻: 2026年12月1日火曜日 10:00 (Asia/Tokyo)');
    expect(text).toContain('ミーティング ID: 812 3456 7890');
    expect(text).toContain('パスコード: x7Kp2q');
    expect(text).toContain('所在地からダイヤル');
    expect(text).toContain('  +81 3 4578 1488 (Japan Tokyo)');
  });

  it('replaces and removes only its own block, keeping the user’s text', () => {
    const invitation = composeInvitation(meeting, translator(en), 'en');
    const body = withInvitation('Agenda:\n1. Budget', invitation);
    expect(body.startsWith('Agenda:\n1. Budget\n\n')).toBe(true);
    expect(withInvitation(body, invitation)).toBe(body);
    expect(withoutInvitation(body)).toBe('Agenda:\n1. Budget');
    expect(withoutInvitation(`Before\n\n${invitation}\n\nAfter`)).toBe('Before\nAfter');
    expect(withoutInvitation('no invitation here')).toBe('no invitation here');
  });
});

describe('passcode rules', () => {
  it('names what a passcode lacks under the account rule', async () => {
    const { passcodeProblems } = await import('@/utils/shared/passcode');
    expect(passcodeProblems('ok123', { length: 6 })).toEqual(['length']);
    expect(passcodeProblems('abcdef', { length: 6, have_number: true, have_special_character: true })).toEqual(['number', 'special']);
    expect(passcodeProblems('12ab', { only_allow_numeric: true })).toEqual(['numeric']);
    expect(passcodeProblems('with space')).toEqual(['charset']);
    expect(passcodeProblems('', {}, true)).toEqual(['length']);
    expect(passcodeProblems('', {}, false)).toEqual([]);
  });
});

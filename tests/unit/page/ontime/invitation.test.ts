import { describe, expect, it } from 'vitest';
import en from '../../../../public/_locales/en/messages.json';
import ja from '../../../../public/_locales/ja/messages.json';
import { composeInvitation } from '@/utils/page/ontime/invitation';
import { INVITATION_END, INVITATION_START, sealInvitation } from '@/utils/page/ontime/invitation-block';
import { putInvitation, takeInvitation } from '@/utils/page/ontime/body-text';
import { translator } from '@/utils/shared/translate';
import { sampleMeeting, TOKYO_DIAL_IN } from '../../sample-meeting';

const meeting = sampleMeeting({
  duration: 90,
  dialIn: [TOKYO_DIAL_IN, { country: 'US', country_name: 'US', city: 'San Jose', number: '+1 669 900 6833', type: 'toll' }],
});

describe('invitation', () => {
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
    expect(text).toContain('時間: 2026年12月1日火曜日 10:00 (Asia/Tokyo)');
    expect(text).toContain('ミーティング ID: 812 3456 7890');
    expect(text).toContain('パスコード: x7Kp2q');
    expect(text).toContain('所在地からダイヤル');
    expect(text).toContain('  +81 3 4578 1488 (Japan Tokyo)');
  });

  it('replaces and removes only its own block, keeping the user’s text', () => {
    const invitation = composeInvitation(meeting, translator(en), 'en');
    const { text: body } = putInvitation('Agenda:\n1. Budget', meeting.joinUrl, invitation, true);
    expect(body.startsWith('Agenda:\n1. Budget\n\n')).toBe(true);
    expect(putInvitation(body, meeting.joinUrl, invitation, true)).toEqual({ text: body, outcome: 'refreshed' });
    expect(takeInvitation(body, meeting.joinUrl).text).toBe('Agenda:\n1. Budget');
    // The user's own line breaks around the block stay theirs (before: 'Before\nAfter').
    const sealed = sealInvitation(invitation, true).join('\n');
    expect(takeInvitation(`Before\n\n${sealed}\n\nAfter`, meeting.joinUrl).text).toBe('Before\n\nAfter');
    expect(takeInvitation('no invitation here', meeting.joinUrl)).toEqual({ text: 'no invitation here', outcome: 'none' });
  });
});

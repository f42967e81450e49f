import { describe, expect, it } from 'vitest';
import en from '../../../../public/_locales/en/messages.json';
import ja from '../../../../public/_locales/ja/messages.json';
import { translator } from '@/utils/shared/translate';
import { composeInvitation } from '@/utils/page/ontime/invitation';
import { scanInvitation, sealInvitation } from '@/utils/page/ontime/invitation-block';
import { sampleMeeting } from '../../sample-meeting';

const weekly = { freq: 'weekly', interval: 1, weekdays: [2], end: { kind: 'count', times: 12 } } as const;

describe('the invitation of a recurring meeting', () => {
  it('says the rule under the time and lists the first ten occurrences, as Zoom’s own invitation lists them', () => {
    const text = composeInvitation(sampleMeeting({ repeat: { ...weekly, weekdays: [2] } }), translator(en), 'en');
    const lines = text.split('\n');
    const at = lines.findIndex((l) => l.startsWith('Time:'));
    expect(lines[at + 1]).toBe('Repeats weekly on Tue, 12 times');
    expect(lines.slice(at + 2, at + 4)).toEqual(['  Tuesday, December 1, 2026 at 10:00 AM', '  Tuesday, December 8, 2026 at 10:00 AM']);
    expect(lines[at + 12]).toBe('  …');
    expect(lines[at + 13]).toBe('');
  });

  it('in Japanese, and with no fixed time: the rule and that every occurrence uses the same link, no dates', () => {
    const text = composeInvitation(sampleMeeting({ repeat: { freq: 'yearly', interval: 1, end: { kind: 'never' } }, noFixedTime: true }), translator(ja), 'ja');
    expect(text).toContain('繰り返し: 毎年 12月1日、終了日なし\n日時を固定しない定期ミーティングです。どの回も同じリンクから参加できます。\n\n');
  });

  it('is still found and replaced as ours', () => {
    const meeting = sampleMeeting({ repeat: { ...weekly, weekdays: [2] } });
    const lines = sealInvitation(composeInvitation(meeting, translator(en), 'en'), false);
    expect(scanInvitation(['My notes', ...lines], meeting.joinUrl)).toEqual({
      kind: 'found',
      blocks: [{ from: { line: 1, at: 0 }, to: { line: lines.length, at: lines.at(-1)!.length }, separated: false, intact: true, words: [] }],
    });
  });
});

import { describe, expect, it } from 'vitest';
import { announcementFor } from '@/utils/page/announcements';
import type { ControlState } from '@/utils/page/control-state';
import { translator } from '@/utils/shared/translate';
import en from '../../../public/_locales/en/messages.json';
import ja from '../../../public/_locales/ja/messages.json';

const t = translator(en);
const say = (prev: ControlState, next: ControlState, tr = t, locale = 'en') => announcementFor(prev, next, tr, locale);
const meeting = { id: 6433066747, joinUrl: 'https://zoom.us/j/6433066747', managed: true, event: { subject: 'S', start: '2026-12-03T14:00' } };
const done: ControlState = { phase: 'done', meeting };

describe('what the live region says', () => {
  it('each busy step, once, politely', () => {
    expect(say({ phase: 'idle' }, { phase: 'busy', step: 'connecting' })).toEqual({ text: 'Connecting to Zoom…', urgency: 'polite' });
    expect(say({ phase: 'busy', step: 'connecting' }, { phase: 'busy', step: 'connecting' })).toBeNull();
    expect(say(done, { phase: 'busy', step: 'removing', meetingId: meeting.id })?.text).toBe('Deleting the Zoom meeting…');
  });

  it('the meeting added, with its number, in the page’s language', () => {
    expect(say({ phase: 'busy', step: 'creating' }, done)).toEqual({ text: 'Zoom meeting 643 306 6747 added to the event. Save the event to keep it.', urgency: 'polite' });
    expect(say({ phase: 'busy', step: 'creating' }, done, translator(ja), 'ja')?.text).toBe('Zoom ミーティング 643 306 6747 を予定に追加しました。予定を保存すると確定します。');
  });

  it('the delete question, and the meeting deleted', () => {
    expect(say(done, { ...done, confirmRemove: true })?.text).toBe(en.page_removeConfirm.message);
    expect(say({ ...done, confirmRemove: true }, { ...done, confirmRemove: true })).toBeNull();
    expect(say({ phase: 'busy', step: 'removing', meetingId: meeting.id }, { phase: 'idle' })?.text).toBe('Zoom meeting 643 306 6747 deleted at Zoom and its link taken out of the event.');
  });

  it('errors assertively, once; outcomes and a closed consent window politely', () => {
    const limited: ControlState = { phase: 'idle', notice: { kind: 'rateLimited', params: { retryAt: '2026-12-03T15:51:00Z' } } };
    const error = say({ phase: 'busy', step: 'creating' }, limited);
    expect(error?.urgency).toBe('assertive');
    expect(error?.text).toMatch(/^Zoom is receiving too many requests\. Try again after /);
    expect(say(limited, { ...limited })).toBeNull();
    expect(say({ phase: 'busy', step: 'removing', meetingId: 1 }, { phase: 'idle', notice: { kind: 'invitationLeft' } })?.urgency).toBe('polite');
    expect(say({ phase: 'busy', step: 'connecting' }, { phase: 'idle', notice: { kind: 'consentCancelled' } })).toEqual({ text: en.page_err_consentCancelled.message, urgency: 'polite' });
  });

  it('Cancel in the dialog: no meeting was made', () => {
    expect(say({ phase: 'dialog' } as ControlState, { phase: 'idle' })).toEqual({ text: 'No Zoom meeting was created.', urgency: 'polite' });
  });

  it('nothing when an editor merely opens on an event with a link, or the record answers', () => {
    expect(say({ phase: 'idle' }, { phase: 'done', meeting: { ...meeting, managed: undefined } })).toBeNull();
    expect(say({ phase: 'done', meeting: { ...meeting, managed: undefined } }, done)).toBeNull();
    expect(say({ phase: 'busy', step: 'connecting' }, { phase: 'dialog' } as ControlState)).toBeNull();
  });
});

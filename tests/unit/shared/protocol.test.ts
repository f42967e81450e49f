import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Failure } from '@/utils/shared/failures';
import { VERBS, type Verb } from '@/utils/shared/protocol';
import { sendVerb } from '@/utils/shared/send-verb';
import { SENT_ONCE } from '@/utils/shared/verb-resend';

// Whether the sender may send a verb again when the worker was stopped before it answered.
const RESEND: Record<Verb, boolean> = {
  hello: true,
  warmUp: true, // only wakes the worker
  loadPart: true, // runs the same file again, which only hands itself over
  prepareMeeting: true,
  searchContacts: true,
  createMeeting: false, // a POST may already be on its way: attemptStatus asks instead
  attemptStatus: true,
  deleteMeeting: true, // a 404 after a lost DELETE answer means done
  meetingStatus: true,
  eventSaved: true, // the same PATCH twice leaves the same meeting
  editorCancelled: true,
  meetingLeftEvent: true,
  newEventSaved: true, // marks the record shared again
  adoptMeeting: true,
  connectionState: true,
  disconnect: true,
  testConnection: true,
  listMeetings: true,
};

const WORKER_GONE = new Error('A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received');

describe('the resend rule, verb by verb', () => {
  it('names every verb, and only these', () => {
    expect(Object.keys(VERBS).sort()).toEqual(Object.keys(RESEND).sort());
  });

  it.each(Object.entries(RESEND) as [Verb, boolean][])('%s: resend %s', (verb, resend) => {
    expect(VERBS[verb].resend).toBe(resend);
    expect(SENT_ONCE.has(verb)).toBe(!resend); // what sendVerb goes by, without the payload checks
  });
});

describe('sendVerb when the worker is stopped before it answers', () => {
  beforeEach(() => {
    vi.restoreAllMocks();
    fakeBrowser.reset();
  });

  it('sends a verb that is safe to repeat once more and returns its answer', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValueOnce(WORKER_GONE).mockResolvedValueOnce({ ok: true, data: { meeting: null } } as never);
    await expect(sendVerb('meetingStatus', { id: 123456789, joinUrl: 'https://zoom.us/j/123456789', event: { subject: 'S', start: '2026-12-01T10:00' } })).resolves.toEqual({ meeting: null });
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('never sends a create again: it reports the lost answer, and the page asks attemptStatus', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(WORKER_GONE);
    const draft = { subject: 'S', start: '2026-12-01T10:00', end: '2026-12-01T11:00', timeZone: 'Asia/Tokyo' };
    const options = { topic: 'S', password: '', waitingRoom: true, hostVideo: false, participantVideo: false, joinBeforeHost: false, muteUponEntry: false, autoRecording: 'none' as const, alternativeHosts: '', usePmi: false };
    const error = await sendVerb('createMeeting', { draft, options, attempt: 'a1b2c3d4-0000' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Failure);
    expect((error as Failure).kind).toBe('answerLost');
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('does not resend after any other error', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(new Error('Extension context invalidated.'));
    await expect(sendVerb('hello', { lang: 'en' })).rejects.toMatchObject({ kind: 'unknown' });
    expect(send).toHaveBeenCalledTimes(1);
  });
});

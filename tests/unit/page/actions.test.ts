import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createActions } from '@/utils/page/actions';
import { createControlStore } from '@/utils/page/control-state';
import { readEditor } from '@/utils/page/ontime/editor';
import { Failure } from '@/utils/shared/failures';
import type { MeetingInfo, MeetingOptions } from '@/utils/shared/meeting-types';
import type { SendVerb } from '@/utils/shared/send-verb';
import { writers } from './part-writers';


const EDITOR = `<label>Subject <input value="Budget sync"></label><label>Start <input value="2026-12-03 14:00"></label><label>End <input value="2026-12-03 14:45"></label><label>Location <input value=""></label><label>Description <textarea></textarea></label>`;
const meeting: MeetingInfo = { id: 81234567890, topic: 'Budget sync', joinUrl: 'https://zoom.us/j/81234567890?pwd=abc', password: 'x7Kp2q', start: '2026-12-03T14:00', duration: 45, timeZone: 'UTC', dialIn: [] };
const options = { topic: 'Budget sync', password: 'x7Kp2q' } as MeetingOptions;

function setup(answers: Record<string, (payload: unknown) => unknown>) {
  document.body.innerHTML = '';
  const dialog = Object.assign(document.createElement('div'), { innerHTML: EDITOR });
  dialog.setAttribute('role', 'dialog');
  document.body.append(dialog);
  const editor = readEditor(dialog)!;
  const store = createControlStore();
  const sent: { verb: string; payload: Record<string, unknown> }[] = [];
  const sendVerb = vi.fn(async (verb: string, payload: Record<string, unknown>) => {
    sent.push({ verb, payload });
    return answers[verb]!(payload);
  }) as unknown as SendVerb;
  const toast = vi.fn();
  const actions = createActions({ store, t: (k) => k, locale: 'en', currentEditor: () => editor, joinHosts: [], linkTarget: 'both', sendVerb, toast, loadPart: async () => writers, loadedPart: () => writers });
  store.set({ phase: 'dialog', draft: { subject: 'Budget sync', start: '2026-12-03T14:00', end: '2026-12-03T14:45', timeZone: 'UTC' }, options, capabilities: {} as never });
  return { actions, store, editor, sent, toast };
}

describe('OK when the worker is stopped before it answers the create', () => {
  beforeEach(() => vi.restoreAllMocks());

  it('asks what became of the attempt, with the same attempt id, and writes the meeting it made', async () => {
    const { actions, store, editor, sent } = setup({
      createMeeting: () => Promise.reject(new Failure('answerLost')),
      attemptStatus: () => ({ meeting }),
    });
    await actions.confirm(options);
    expect(sent.map((s) => s.verb)).toEqual(['createMeeting', 'attemptStatus']);
    expect(sent[1]!.payload.attempt).toBe(sent[0]!.payload.attempt);
    expect((editor.location as HTMLInputElement).value).toBe(meeting.joinUrl);
    expect(store.get()).toMatchObject({ phase: 'done', meeting: { id: meeting.id, managed: true } });
  });

  it('sends the create once more only when the worker never recorded the attempt (so never POSTed)', async () => {
    let creates = 0;
    const { actions, sent } = setup({
      createMeeting: () => (++creates === 1 ? Promise.reject(new Failure('answerLost')) : { meeting }),
      attemptStatus: () => Promise.reject(new Failure('attemptUnknown')),
    });
    await actions.confirm(options);
    expect(sent.map((s) => s.verb)).toEqual(['createMeeting', 'attemptStatus', 'createMeeting']);
    expect(new Set(sent.map((s) => s.payload.attempt)).size).toBe(1);
  });

  it('shows the unconfirmed notice when the attempt was on its way to Zoom and is not found', async () => {
    const { actions, store, editor } = setup({
      createMeeting: () => Promise.reject(new Failure('answerLost')),
      attemptStatus: () => Promise.reject(new Failure('createUncertain', { at: '2026-12-02T08:00:00Z' })),
    });
    await actions.confirm(options);
    expect(store.get()).toMatchObject({ phase: 'idle', notice: { kind: 'createUncertain' } });
    expect((editor.location as HTMLInputElement).value).toBe('');
  });
});

describe('Retry after a failed create', () => {
  beforeEach(() => vi.restoreAllMocks());

  it('after a 429 on the create, Retry creates once more with a new attempt id and the dialog’s choices', async () => {
    let creates = 0;
    const { actions, store, editor, sent } = setup({
      createMeeting: () => (++creates === 1 ? Promise.reject(new Failure('rateLimited', { retryAt: '2026-12-03T15:51:00Z' })) : { meeting }),
    });
    await actions.confirm(options);
    expect(store.get()).toMatchObject({ phase: 'idle', notice: { kind: 'rateLimited' }, retry: { step: 'create' } });
    await actions.retry();
    expect(sent.map((s) => s.verb)).toEqual(['createMeeting', 'createMeeting']);
    expect(sent[1]!.payload.attempt).not.toBe(sent[0]!.payload.attempt);
    expect(sent[1]!.payload.options).toEqual(options);
    expect((editor.location as HTMLInputElement).value).toBe(meeting.joinUrl);
  });

  it('offers no Retry when the create’s answer was lost (the meeting may exist)', async () => {
    const { actions, store, sent } = setup({
      createMeeting: () => Promise.reject(new Failure('answerLost')),
      attemptStatus: () => Promise.reject(new Failure('createUncertain', { at: '2026-12-02T08:00:00Z' })),
    });
    await actions.confirm(options);
    expect(store.get()).toMatchObject({ phase: 'idle', notice: { kind: 'createUncertain' } });
    expect((store.get() as { retry?: unknown }).retry).toBeUndefined();
    await actions.retry();
    expect(sent.filter((s) => s.verb === 'createMeeting')).toHaveLength(1);
  });

  it('reopens the dialog instead when the event changed since the 429', async () => {
    const { actions, store, editor, sent } = setup({
      createMeeting: () => Promise.reject(new Failure('rateLimited', { retryAt: '2026-12-03T15:51:00Z' })),
      prepareMeeting: () => ({ options, capabilities: {} }),
    });
    await actions.confirm(options);
    (editor.subject as HTMLInputElement).value = 'Budget sync (moved)';
    await actions.retry();
    expect(sent.map((s) => s.verb)).toEqual(['createMeeting', 'prepareMeeting']);
    expect(store.get().phase).toBe('dialog');
  });
});

describe('Save with our link replaced in Location', () => {
  beforeEach(() => vi.restoreAllMocks());
  const other = 'https://zoom.us/j/99999999999?pwd=zzz';

  it('does not update our meeting: it is made an orphan and the user is told, with Delete meeting / Keep', async () => {
    const { actions, store, editor, sent, toast } = setup({ createMeeting: () => ({ meeting }), meetingLeftEvent: () => ({ ok: true }), eventSaved: () => ({ updated: true }) });
    await actions.confirm(options);
    (editor.location as HTMLInputElement).value = other;
    actions.editorAction('save', editor);
    expect(sent.map((s) => s.verb)).toEqual(['createMeeting', 'meetingLeftEvent']);
    expect(sent[1]!.payload).toMatchObject({ id: meeting.id, joinUrl: meeting.joinUrl });
    expect(store.get()).toEqual({ phase: 'idle' });
    expect(toast).toHaveBeenCalledWith('page_linkReplaced', 'error', [expect.objectContaining({ label: 'page_abandonDelete' }), expect.objectContaining({ label: 'page_abandonKeep' })]);
  });

  it('a saved meeting with another meeting\'s link in its place (another event refilled unseen): no Delete offered, the new link shown', async () => {
    const { actions, store, editor, sent, toast } = setup({ createMeeting: () => ({ meeting }), eventSaved: () => ({ updated: true }), meetingStatus: () => ({ meeting: null }) });
    await actions.confirm(options);
    actions.editorAction('save', editor);
    await new Promise((resolve) => setTimeout(resolve, 0)); // the next Save, not the same click
    (editor.location as HTMLInputElement).value = other;
    (editor.body as HTMLTextAreaElement).value = `Agenda\n${other}`;
    actions.editorAction('save', editor);
    await vi.waitFor(() => expect(store.get()).toMatchObject({ phase: 'done', meeting: { joinUrl: other, managed: false } }));
    expect(sent.map((s) => s.verb)).toEqual(['createMeeting', 'eventSaved', 'meetingStatus']);
    expect(toast).not.toHaveBeenCalledWith('page_linkReplaced', expect.anything(), expect.anything());
  });

  it('our link still in Location (beside other text): Zoom is updated as usual', async () => {
    const { actions, editor, sent } = setup({ createMeeting: () => ({ meeting }), eventSaved: () => ({ updated: true }) });
    await actions.confirm(options);
    (editor.location as HTMLInputElement).value = `Room 4; ${meeting.joinUrl}`;
    actions.editorAction('save', editor);
    expect(sent.map((s) => s.verb)).toEqual(['createMeeting', 'eventSaved']);
  });
});

describe('the page refills the editor for another event while our settings dialog is open', () => {
  beforeEach(() => vi.restoreAllMocks());

  it('the dialog closes (its OK would make a meeting for the event no longer shown); nothing is created', async () => {
    const { actions, store, editor, sent } = setup({ createMeeting: () => ({ meeting }) });
    (editor.subject as HTMLInputElement).value = 'Weekly review';
    actions.eventSwitched(editor);
    expect(store.get()).toEqual({ phase: 'idle' });
    await actions.confirm(options);
    expect(sent).toEqual([]);
  });
});

describe('the editor comes to hold another meeting\'s link while ours is being made (a twin event refilled in place)', () => {
  beforeEach(() => vi.restoreAllMocks());
  const other = 'https://zoom.us/j/99999999999?pwd=zzz';

  it('at OK: nothing is created, and the control shows the link the editor holds', async () => {
    const { actions, store, editor, sent } = setup({ createMeeting: () => ({ meeting }), meetingStatus: () => ({ meeting: null }) });
    (editor.location as HTMLInputElement).value = other;
    await actions.confirm(options);
    expect(sent.map((s) => s.verb)).toEqual(['meetingStatus']);
    await vi.waitFor(() => expect(store.get()).toMatchObject({ phase: 'done', meeting: { joinUrl: other, managed: false } }));
  });

  it('while Zoom makes it: not written beside that link; an orphan at once, the user told with Delete meeting / Keep', async () => {
    let answer!: (value: unknown) => void;
    const { actions, store, editor, sent, toast } = setup({ createMeeting: () => new Promise((resolve) => (answer = resolve)), editorCancelled: () => ({ ok: true }) });
    const done = actions.confirm(options);
    await vi.waitFor(() => expect(sent.map((s) => s.verb)).toEqual(['createMeeting']));
    (editor.location as HTMLInputElement).value = other;
    (editor.body as HTMLTextAreaElement).value = 'X notes';
    answer({ meeting });
    await done;
    expect((editor.location as HTMLInputElement).value).toBe(other);
    expect((editor.body as HTMLTextAreaElement).value).toBe('X notes');
    expect(store.get()).toEqual({ phase: 'idle' });
    expect(sent.map((s) => s.verb)).toEqual(['createMeeting', 'editorCancelled']);
    expect(toast).toHaveBeenCalledWith(expect.stringContaining('page_madeAfterSwitch'), 'error', [expect.objectContaining({ label: 'page_abandonDelete' }), expect.objectContaining({ label: 'page_abandonKeep' })]);
  });
});

describe('a Delete pending while the page replaces its editor', () => {
  beforeEach(() => vi.restoreAllMocks());
  const rerender = (subject = 'Budget sync') => {
    const again = Object.assign(document.createElement('div'), { innerHTML: EDITOR.replace('Budget sync', subject) });
    again.setAttribute('role', 'dialog');
    document.body.replaceChildren(again);
    return readEditor(again)!;
  };

  it('the same event re-rendered in new elements: Delete stays pending, in the new editor', async () => {
    const { actions, editor } = setup({ createMeeting: () => ({ meeting }) });
    await actions.confirm(options);
    actions.editorAction('delete', editor);
    const again = rerender();
    actions.editorReplaced(again);
    expect(actions.deleteArmedIn()).toBe(again.container);
  });

  it('another event in its place: Delete no longer counts', async () => {
    const { actions, editor } = setup({ createMeeting: () => ({ meeting }) });
    await actions.confirm(options);
    actions.editorAction('delete', editor);
    actions.editorReplaced(rerender('Another event'));
    expect(actions.deleteArmedIn()).toBeNull();
  });

  it('another editor while the first is still in the page: Delete no longer counts', async () => {
    const { actions, editor } = setup({ createMeeting: () => ({ meeting }) });
    await actions.confirm(options);
    actions.editorAction('delete', editor);
    const second = Object.assign(document.createElement('div'), { innerHTML: EDITOR });
    second.setAttribute('role', 'dialog');
    document.body.append(second);
    actions.editorReplaced(readEditor(second)!);
    expect(actions.deleteArmedIn()).toBeNull();
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import en from '../../../public/_locales/en/messages.json';
import { translator } from '@/utils/shared/translate';
import type { SendVerb } from '@/utils/shared/send-verb';
import { createActions } from '@/utils/page/actions';
import { createControlStore } from '@/utils/page/control-state';
import { candidateContainers, readEditor, type Editor } from '@/utils/page/ontime/editor';
import { composeInvitation } from '@/utils/page/ontime/invitation';
import { writers } from './part-writers';
import { INVITATION_START } from '@/utils/page/ontime/invitation-block';
import { writeMeeting } from '@/utils/page/ontime/write-back';
import { sampleMeeting } from '../sample-meeting';


// The control tells the user when a cut invitation (a marker deleted) kept us from touching it;
// words typed into an invitation are kept without a word.

const t = translator(en);
const meeting = sampleMeeting({ topic: 'Review', password: '', timeZone: 'UTC' });

function setup(partLoaded = true) {
  document.body.innerHTML = `<div role="dialog"><label>Subject <input value="Review"></label>
    <label>Start <input value="2026-12-01 10:00"></label><label>End <input value="2026-12-01 11:00"></label>
    <label>Location <input></label><label>Description <textarea>Agenda</textarea></label></div>`;
  const editor = readEditor(candidateContainers(document.body)[0]!) as Editor;
  writeMeeting(editor, meeting.joinUrl, composeInvitation(meeting, t, 'en'));
  const store = createControlStore({ phase: 'done', meeting: { id: meeting.id, joinUrl: meeting.joinUrl, info: meeting, managed: true, event: { subject: 'Review', start: '2026-12-01T10:00' } } });
  const toasts: string[] = [];
  const sendVerb = (async (verb: string) => (verb === 'eventSaved' ? { updated: false } : {})) as unknown as SendVerb;
  const actions = createActions({ store, t, locale: 'en', currentEditor: () => editor, joinHosts: [], linkTarget: 'both', sendVerb, toast: (text) => toasts.push(text), loadPart: async () => writers, loadedPart: () => (partLoaded ? writers : undefined) });
  const body = editor.body as HTMLTextAreaElement;
  return { editor, store, actions, toasts, body };
}

beforeEach(() => {
  document.body.textContent = '';
});

describe('notices about an invitation the user changed', () => {
  it('Save with an intact invitation refreshes it quietly', () => {
    const { editor, store, actions, toasts, body } = setup();
    actions.editorAction('save', editor);
    expect(store.get()).toMatchObject({ phase: 'done', meeting: { unsaved: false } });
    expect(store.get()).not.toHaveProperty('notice');
    expect(toasts).toEqual([]);
    expect(body.value.split(INVITATION_START)).toHaveLength(2);
  });

  it('Save with words typed into the invitation refreshes it quietly and keeps the words after it', () => {
    const { editor, store, actions, toasts, body } = setup();
    body.value = body.value.replace('Join Zoom meeting', 'Join Zoom meeting (room 7 joins by phone)');
    actions.editorAction('save', editor);
    expect(body.value.split(INVITATION_START)).toHaveLength(2);
    expect(body.value.endsWith('────────\n (room 7 joins by phone)')).toBe(true);
    expect(store.get()).not.toHaveProperty('notice');
    expect(toasts).toEqual([]);
  });

  it('Save with a cut invitation (its end marker deleted) keeps it, adds a fresh one, and says so in the control and a toast', () => {
    const { editor, store, actions, toasts, body } = setup();
    body.value = body.value.split('\n').slice(0, -1).join('\n');
    const edited = body.value;
    actions.editorAction('save', editor);
    expect(body.value.startsWith(edited)).toBe(true);
    expect(body.value.split(INVITATION_START)).toHaveLength(3);
    expect(store.get()).toMatchObject({ phase: 'done', notice: { kind: 'invitationKept' } });
    expect(toasts).toEqual([en.page_err_invitationKept.message]);
  });

  it('Save before the invitation writer could load leaves the description untouched and says so; Zoom is still told', () => {
    const { editor, store, actions, toasts, body } = setup(false);
    body.value = body.value.replace('Agenda', 'Agenda, revised');
    const typed = body.value;
    actions.editorAction('save', editor);
    expect(body.value).toBe(typed);
    expect(store.get()).toMatchObject({ phase: 'done', meeting: { unsaved: false } });
    expect(toasts).toEqual([en.page_invitationNotRefreshed.message]);
  });

  it('Remove keeps words typed into the invitation and says nothing more', async () => {
    const { store, actions, body } = setup();
    body.value = body.value.replace('Topic: Review', 'Topic: Review (moved)');
    actions.askRemove();
    await actions.confirmRemove(true);
    expect(body.value).toBe('Agenda\n (moved)');
    expect(store.get()).toEqual({ phase: 'idle' });
  });

  it('Remove leaves a cut invitation in place and says so', async () => {
    const { store, actions, body } = setup();
    body.value = body.value.split('\n').slice(0, -1).join('\n');
    const edited = body.value;
    actions.askRemove();
    await actions.confirmRemove(true);
    expect(body.value).toBe(edited);
    expect(store.get()).toEqual({ phase: 'idle', notice: { kind: 'invitationLeft' } });
  });
});

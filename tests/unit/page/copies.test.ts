import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createActions } from '@/utils/page/actions';
import { createControlStore, type ControlState } from '@/utils/page/control-state';
import { readEditor, type Editor } from '@/utils/page/ontime/editor';
import type { MeetingInfo, MeetingOptions } from '@/utils/shared/meeting-types';
import type { SendVerb } from '@/utils/shared/send-verb';
import { composeInvitation } from '@/utils/page/ontime/invitation';
import { writers } from './part-writers';
import { appendInvitation } from '@/utils/page/ontime/body-text';

// A duplicated event (same subject, start, link and invitation, in a NEW event's editor: no
// Delete), and an event brought back with the link of a meeting we deleted (the page's Undo).
const ours: MeetingInfo = { id: 81234567890, topic: 'Budget sync', joinUrl: 'https://zoom.us/j/81234567890?pwd=abc', password: 'x7Kp2q', start: '2026-12-03T14:00', duration: 45, timeZone: 'UTC', dialIn: [] };
const fresh: MeetingInfo = { ...ours, id: 85550001111, joinUrl: 'https://zoom.us/j/85550001111?pwd=new' };
const options = { topic: 'Budget sync', password: 'x7Kp2q' } as MeetingOptions;
const EVENT = { subject: 'Budget sync', start: '2026-12-03T14:00' };

function editorHtml(location: string, body: string, existing: boolean) {
  return `<label>Subject <input value="Budget sync"></label><label>Start <input value="2026-12-03 14:00"></label><label>End <input value="2026-12-03 14:45"></label>
    <label>Location <input id="loc"></label><label>Description <textarea id="body"></textarea></label>
    ${existing ? '<button type="button">Delete</button><button type="button">Duplicate</button>' : ''}<button type="button">Save</button><button type="button">Cancel</button>`
    .replace('id="loc"', `id="loc" value="${location}"`)
    .replace('</textarea>', `${body}</textarea>`);
}

function setup(answers: Record<string, (payload: Record<string, unknown>) => unknown>) {
  document.body.innerHTML = '';
  let current: Editor | null = null;
  const open = (location: string, body: string, existing: boolean) => {
    const dialog = Object.assign(document.createElement('div'), { innerHTML: editorHtml(location, body, existing) });
    dialog.setAttribute('role', 'dialog');
    document.body.replaceChildren(dialog);
    current = readEditor(dialog)!;
    return current;
  };
  const store = createControlStore();
  const sent: { verb: string; payload: Record<string, unknown> }[] = [];
  const sendVerb = vi.fn(async (verb: string, payload: Record<string, unknown>) => {
    sent.push({ verb, payload });
    return answers[verb]!(payload);
  }) as unknown as SendVerb;
  const toast = vi.fn();
  const actions = createActions({ store, t: (k) => k, locale: 'en', currentEditor: () => current, joinHosts: [], linkTarget: 'both', sendVerb, toast, loadPart: async () => writers, loadedPart: () => writers });
  return { actions, store, sent, toast, open };
}

const settle = () => new Promise((r) => setTimeout(r, 0));
const meetingOf = (state: ControlState) => (state.phase === 'done' ? state.meeting : null);

describe('a duplicate of our saved event (a new event’s editor with our link)', () => {
  beforeEach(() => vi.restoreAllMocks());

  it('is asked about as a new event, shown as a copy (never managed), and its Save marks the meeting shared: no eventSaved, no PATCH', async () => {
    const { actions, store, sent, toast, open } = setup({
      meetingStatus: (p) => (p.newEvent ? { meeting: ours, standing: 'copy' } : { meeting: ours }),
      newEventSaved: () => ({ shared: true }),
    });
    actions.syncFromFields(open(ours.joinUrl, '', true));
    await settle();
    expect(meetingOf(store.get())).toMatchObject({ managed: true, newEvent: false });
    // The page's Duplicate: a new editor (no Delete) with every field copied; our control keeps its state.
    const copy = open(ours.joinUrl, '', false);
    actions.editorReplaced(copy);
    actions.syncFromFields(copy);
    await settle();
    expect(sent.filter((s) => s.verb === 'meetingStatus').map((s) => s.payload.newEvent)).toEqual([undefined, true]);
    expect(meetingOf(store.get())).toMatchObject({ managed: false, standing: 'copy' });
    actions.editorAction('save', copy);
    await settle();
    expect(sent.map((s) => s.verb)).toEqual(['meetingStatus', 'meetingStatus', 'newEventSaved']);
    expect(sent[2]!.payload).toMatchObject({ id: ours.id, joinUrl: ours.joinUrl, event: EVENT });
    expect(meetingOf(store.get())).toMatchObject({ managed: false, standing: 'shared' });
    expect(toast).toHaveBeenCalledWith('page_copySaved');
  });

  it('saved before the worker answered about the link: the worker decides (newEventSaved), nothing is changed at Zoom', async () => {
    let answer: (v: unknown) => void = () => undefined;
    const { actions, store, sent, open } = setup({
      meetingStatus: () => new Promise((r) => (answer = r)),
      newEventSaved: () => ({ shared: true }),
    });
    const copy = open(ours.joinUrl, '', false);
    actions.syncFromFields(copy);
    actions.editorAction('save', copy);
    await settle();
    expect(sent.map((s) => s.verb)).toEqual(['meetingStatus', 'newEventSaved']);
    // The late answer does not make it ours, nor a mere copy again.
    answer({ meeting: ours, standing: 'copy' });
    await settle();
    expect(meetingOf(store.get())).toMatchObject({ managed: false, standing: 'shared' });
  });

  it('a copy saved without our link (the user took it out) marks nothing', async () => {
    const { actions, sent, open } = setup({ meetingStatus: () => ({ meeting: ours, standing: 'copy' }) });
    const copy = open(ours.joinUrl, '', false);
    actions.syncFromFields(copy);
    await settle();
    (copy.location as HTMLInputElement).value = 'Room 4';
    actions.editorAction('save', copy);
    await settle();
    expect(sent.map((s) => s.verb)).toEqual(['meetingStatus']);
  });

  it('the meeting made in a new event’s editor, saved and reopened, is not asked again; its Duplicate is', async () => {
    const { actions, store, sent, open } = setup({
      prepareMeeting: () => ({ options, capabilities: {} }),
      createMeeting: () => ({ meeting: ours }),
      eventSaved: () => ({ updated: false }),
      meetingStatus: () => ({ meeting: ours, standing: 'copy' }),
    });
    const made = open('', '', false);
    await actions.create();
    await actions.confirm(options);
    expect(meetingOf(store.get())).toMatchObject({ managed: true, newEvent: true });
    actions.editorAction('save', made);
    const location = (made.location as HTMLInputElement).value;
    const body = (made.body as HTMLTextAreaElement).value;
    actions.syncFromFields(open(location, body, true));
    expect(meetingOf(store.get())).toMatchObject({ managed: true, newEvent: false });
    expect(sent.map((s) => s.verb)).toEqual(['prepareMeeting', 'createMeeting', 'eventSaved']);
    actions.syncFromFields(open(location, body, false));
    await settle();
    expect(sent.at(-1)).toMatchObject({ verb: 'meetingStatus', payload: { newEvent: true } });
    expect(meetingOf(store.get())).toMatchObject({ managed: false, standing: 'copy' });
  });

  it('a side panel refilled in place with the copy (nothing told us): caught at "Delete Zoom meeting" and at Save, never deleted or PATCHed', async () => {
    const { actions, store, sent, open } = setup({
      meetingStatus: (p) => (p.newEvent ? { meeting: ours, standing: 'copy' } : { meeting: ours }),
      newEventSaved: () => ({ shared: true }),
    });
    const panel = open(ours.joinUrl, '', true);
    actions.syncFromFields(panel);
    await settle();
    expect(meetingOf(store.get())).toMatchObject({ managed: true, newEvent: false });
    // The page's Duplicate refills the same panel: its footer loses Delete and Duplicate.
    for (const button of [...panel.container.querySelectorAll('button')].filter((b) => /Delete|Duplicate/.test(b.textContent!))) button.remove();
    actions.askRemove();
    await settle();
    expect(store.get()).not.toMatchObject({ confirmRemove: true });
    expect(meetingOf(store.get())).toMatchObject({ managed: false, standing: 'copy' });
    expect(sent.at(-1)).toMatchObject({ verb: 'meetingStatus', payload: { newEvent: true } });
    actions.editorAction('save', panel);
    await settle();
    expect(sent.map((s) => s.verb)).toEqual(['meetingStatus', 'meetingStatus', 'newEventSaved']);
  });

  it('a side panel refilled in place, saved at once: the worker decides, no eventSaved', async () => {
    const { actions, sent, open } = setup({ meetingStatus: () => ({ meeting: ours }), newEventSaved: () => ({ shared: true }) });
    const panel = open(ours.joinUrl, '', true);
    actions.syncFromFields(panel);
    await settle();
    for (const button of [...panel.container.querySelectorAll('button')].filter((b) => /Delete|Duplicate/.test(b.textContent!))) button.remove();
    actions.editorAction('save', panel);
    await settle();
    expect(sent.map((s) => s.verb)).toEqual(['meetingStatus', 'newEventSaved']);
  });

  it('"Delete Zoom meeting" on a meeting another event came to hold meanwhile (another tab saved a copy): kept, its link stays, the user is told', async () => {
    const { actions, store, open } = setup({ meetingStatus: () => ({ meeting: ours }), deleteMeeting: () => ({ deleted: false, kept: 'shared' }) });
    const editor = open(ours.joinUrl, '', true);
    actions.syncFromFields(editor);
    await settle();
    actions.askRemove();
    await actions.confirmRemove(true);
    expect((editor.location as HTMLInputElement).value).toBe(ours.joinUrl);
    expect(store.get()).toMatchObject({ phase: 'done', meeting: { managed: false, standing: 'shared' }, notice: { kind: 'meetingShared' } });
  });

  it('shared: the event’s Delete is followed, and the worker’s "kept" is said', async () => {
    const { actions, store, sent, toast, open } = setup({
      meetingStatus: () => ({ meeting: ours, standing: 'shared' }),
      deleteMeeting: () => ({ deleted: false, kept: 'shared' }),
    });
    const editor = open(ours.joinUrl, '', true);
    actions.syncFromFields(editor);
    await settle();
    expect(meetingOf(store.get())).toMatchObject({ managed: false, standing: 'shared' });
    actions.editorAction('save', editor); // no PATCH asked for
    actions.editorAction('delete', editor);
    editor.container.remove();
    actions.editorClosed();
    await settle();
    expect(sent.map((s) => s.verb)).toEqual(['meetingStatus', 'deleteMeeting']);
    expect(toast).toHaveBeenCalledWith('page_keptShared');
    expect(toast).not.toHaveBeenCalledWith('page_deleted');
  });
});

describe('an event that came back with the link of a meeting we deleted (the page’s Undo)', () => {
  beforeEach(() => vi.restoreAllMocks());
  const dead = { ...ours, id: 84440002222, joinUrl: 'https://zoom.us/j/84440002222?pwd=dead' };
  // As we wrote it when we made the meeting: after the user's line, sealed; the user typed on after it.
  const deadBody = `${appendInvitation('Bring slides', composeInvitation(dead, (k, ...a) => [k, ...a].join(' '), 'en'))}\nSee you`;

  it('says so (no Join, no Manage it here) and offers a new meeting, which replaces the dead link and invitation and keeps the user’s text', async () => {
    const { actions, store, sent, open } = setup({
      meetingStatus: () => ({ meeting: null, standing: 'deleted' }),
      prepareMeeting: () => ({ options, capabilities: {} }),
      createMeeting: () => ({ meeting: fresh }),
    });
    const editor = open(`Room 4; ${dead.joinUrl}`, deadBody, true);
    actions.syncFromFields(editor);
    await settle();
    expect(meetingOf(store.get())).toMatchObject({ id: dead.id, managed: false, standing: 'deleted' });
    await actions.adopt(); // not offered, and not done
    await actions.create(); // the Zoom button is not there either: it only shows the link again
    expect(sent.map((s) => s.verb)).toEqual(['meetingStatus']);
    await actions.replaceDeleted();
    expect(store.get()).toMatchObject({ phase: 'dialog', replacing: dead.joinUrl });
    await actions.confirm(options);
    const location = (editor.location as HTMLInputElement).value;
    const body = (editor.body as HTMLTextAreaElement).value;
    expect(location).toContain('Room 4');
    expect(location).toContain(fresh.joinUrl);
    expect(location).not.toContain(dead.joinUrl);
    expect(body).not.toContain(dead.joinUrl);
    expect(body).toContain(fresh.joinUrl);
    expect(body.indexOf('Bring slides')).toBe(0);
    expect(body).toContain('See you');
    expect(body.match(/Zoom ─{4,}/g)).toHaveLength(1);
    expect(meetingOf(store.get())).toMatchObject({ id: fresh.id, managed: true, unsaved: true });
    expect(sent.map((s) => s.verb)).toEqual(['meetingStatus', 'prepareMeeting', 'createMeeting']);
  });

  it('a dead invitation the user typed into goes, the user’s words kept outside it', async () => {
    const { actions, store, open } = setup({
      meetingStatus: () => ({ meeting: null, standing: 'deleted' }),
      prepareMeeting: () => ({ options, capabilities: {} }),
      createMeeting: () => ({ meeting: fresh }),
    });
    const edited = deadBody.replace(dead.joinUrl, `${dead.joinUrl} (old room, ask Ken)`);
    const editor = open(dead.joinUrl, edited, true);
    actions.syncFromFields(editor);
    await settle();
    await actions.replaceDeleted();
    await actions.confirm(options);
    const body = (editor.body as HTMLTextAreaElement).value;
    expect(body.indexOf('Bring slides')).toBe(0);
    expect(body).toContain('(old room, ask Ken)');
    expect(body).toContain('See you');
    expect(body).not.toContain(dead.joinUrl);
    expect(body).toContain(fresh.joinUrl);
    expect(body.match(/Zoom ─{4,}/g)).toHaveLength(1);
    expect((editor.location as HTMLInputElement).value).toBe(fresh.joinUrl);
    expect(store.get()).toMatchObject({ phase: 'done', meeting: { id: fresh.id, managed: true } });
    expect(store.get()).not.toHaveProperty('notice');
  });

  it('the dialog cancelled: the control says again that the meeting was deleted', async () => {
    const { actions, store, open } = setup({
      meetingStatus: () => ({ meeting: null, standing: 'deleted' }),
      prepareMeeting: () => ({ options, capabilities: {} }),
    });
    actions.syncFromFields(open(dead.joinUrl, '', true));
    await settle();
    await actions.replaceDeleted();
    actions.cancelDialog();
    expect(meetingOf(store.get())).toMatchObject({ id: dead.id, standing: 'deleted' });
  });
});

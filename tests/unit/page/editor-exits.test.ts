import { describe, expect, it, vi } from 'vitest';
import { createEditorExits } from '@/utils/page/editor-exits';
import { createControlStore } from '@/utils/page/control-state';
import type { SendVerb } from '@/utils/shared/send-verb';
import type { ToastAction } from '@/utils/page/toast-action';

const event = { subject: 'Budget sync', start: '2026-12-03T14:00' };
const link = { id: 81234567890, joinUrl: 'https://zoom.us/j/81234567890?pwd=x' };

function setup(unsaved: boolean) {
  const store = createControlStore({ phase: 'done', meeting: { ...link, managed: true, unsaved, event } });
  const sent: [string, unknown][] = [];
  const sendVerb = vi.fn(async (verb: string, payload: unknown) => void sent.push([verb, payload])) as unknown as SendVerb;
  const toasts: { text: string; actions?: ToastAction[] }[] = [];
  const exits = createEditorExits({ store, sendVerb, t: (k) => k, toast: (text, _tone, actions) => void toasts.push({ text, actions }), explain: String, forget: vi.fn() });
  return { exits, store, sent, toasts, editor: document.createElement('div') };
}

describe('ways out of the editor, carried out when it closes', () => {
  it('Delete with no question (or a native confirm), then the editor closing: our meeting is deleted at Zoom', async () => {
    const { exits, sent, editor, store } = setup(false);
    exits.deletePressed(editor, new Set());
    exits.editorClosed();
    await Promise.resolve();
    expect(sent).toEqual([['deleteMeeting', { ...link, event }]]);
    expect(store.get().phase).toBe('idle');
  });

  it('Delete, then the user back in the editor (a native confirm dismissed), then Cancel: a saved event loses nothing', () => {
    const { exits, sent, editor } = setup(false);
    exits.deletePressed(editor, new Set());
    exits.reset();
    exits.leavePressed('cancel');
    exits.editorClosed();
    expect(sent).toEqual([]);
  });

  it('Escape on a new meeting: an orphan at once, and a toast with Delete meeting and Keep', async () => {
    const { exits, sent, toasts } = setup(true);
    exits.leavePressed('escape');
    exits.editorClosed();
    expect(sent).toEqual([['editorCancelled', { ...link, event }]]);
    expect(toasts[0]!.text).toBe('page_abandoned');
    expect(toasts[0]!.actions!.map((a) => a.label)).toEqual(['page_abandonDelete', 'page_abandonKeep']);
    toasts[0]!.actions![0]!.act();
    await Promise.resolve();
    expect(sent[1]).toEqual(['deleteMeeting', { ...link, event }]);
  });

  it("a new meeting's editor removed with no exit we saw and no Save: an orphan at once, told in words safe for an unseen save", async () => {
    const { exits, sent, toasts } = setup(true);
    exits.editorClosed();
    expect(sent).toEqual([]); // decided in a moment: the same event may come back (a re-render)
    await new Promise((r) => setTimeout(r, 1_100));
    exits.pageHidden();
    expect(sent.map(([verb]) => verb)).toEqual(['editorCancelled']);
    expect(toasts.map((toast) => toast.text)).toEqual(['page_closedUnseen']);
    expect(toasts[0]!.actions!.map((a) => a.label)).toEqual(['page_abandonDelete', 'page_abandonKeep']);
  });

  it("a new meeting's editor removed and the same event back at once (a re-render), or the page left meanwhile: no toast", async () => {
    const { exits, sent, toasts } = setup(true);
    exits.editorClosed();
    exits.reset(); // the same event's editor is back
    await new Promise((r) => setTimeout(r, 1_100));
    expect(sent).toEqual([]);
    const left = setup(true);
    left.exits.editorClosed();
    left.exits.pageHidden();
    expect(left.sent.map(([verb]) => verb)).toEqual(['editorCancelled']);
    expect(left.toasts).toEqual([]);
    expect(toasts).toEqual([]);
  });

  it("a new meeting's editor only hidden (minimised): nothing until it is removed; shown again, nothing at all", async () => {
    const { exits, sent, toasts, editor } = setup(true);
    document.body.append(editor);
    exits.editorClosed(editor);
    await new Promise((r) => setTimeout(r, 0));
    expect(sent).toEqual([]);
    exits.reset(); // shown again
    editor.remove();
    await new Promise((r) => setTimeout(r, 0));
    expect(sent).toEqual([]);
    expect(toasts).toEqual([]);
  });

  it("a new meeting's editor hidden, then removed: an orphan; saved meanwhile (a chip's Save draft), nothing", async () => {
    const first = setup(true);
    document.body.append(first.editor);
    first.exits.editorClosed(first.editor);
    first.editor.remove();
    await new Promise((r) => setTimeout(r, 1_100));
    expect(first.sent.map(([verb]) => verb)).toEqual(['editorCancelled']);
    expect(first.toasts.map((toast) => toast.text)).toEqual(['page_closedUnseen']);
    const second = setup(true);
    document.body.append(second.editor);
    second.exits.editorClosed(second.editor);
    second.exits.savePressed(true);
    second.editor.remove();
    await new Promise((r) => setTimeout(r, 1_100));
    second.exits.pageHidden();
    expect(second.sent).toEqual([]);
    expect(second.toasts).toEqual([]);
  });

  it('Save is an intent: Save on a new meeting, the editor stays (refused), Cancel: the meeting leaves the event it was recorded for', () => {
    const { exits, sent, toasts, store } = setup(false);
    exits.savePressed(true);
    exits.reset(); // the user clicks in the editor again
    exits.leavePressed('cancel');
    exits.editorClosed();
    expect(sent).toEqual([['meetingLeftEvent', { ...link, event }]]);
    expect(toasts.map((toast) => toast.text)).toEqual(['page_abandoned']);
    expect(store.get().phase).toBe('idle');
  });

  it("Save on a new meeting, then the editor closes: saved, nothing at Zoom; a saved event's refused Save then Cancel: nothing", () => {
    const fresh = setup(false);
    fresh.exits.savePressed(true);
    fresh.exits.editorClosed();
    fresh.exits.pageHidden();
    expect(fresh.sent).toEqual([]);
    const saved = setup(false);
    saved.exits.savePressed(false);
    saved.exits.leavePressed('cancel');
    saved.exits.editorClosed();
    expect(saved.sent).toEqual([]);
  });

  it('Save, the editor stays but now offers Delete (a save-and-stay page: the event exists now), then Cancel: the save counts, nothing at Zoom', () => {
    const { exits, sent, toasts, editor } = setup(false);
    editor.innerHTML = '<input><button>Save</button><button>Cancel</button>';
    exits.savePressed(true, editor);
    editor.insertAdjacentHTML('beforeend', '<button>Delete</button>');
    exits.leavePressed('cancel');
    exits.editorClosed();
    expect(sent).toEqual([]);
    expect(toasts).toEqual([]);
  });

  it('Save, the editor stays and only says "Saved" (no Delete appears), then Cancel: the save counts, nothing at Zoom, no toast', async () => {
    const { exits, sent, toasts, editor } = setup(false);
    editor.innerHTML = '<input><div class="msg"></div><button>Save</button><button>Cancel</button>';
    document.body.append(editor);
    exits.savePressed(true, editor);
    editor.querySelector('.msg')!.innerHTML = '<div role="status">Saved 10:42:01</div>';
    await new Promise((r) => setTimeout(r, 0));
    exits.leavePressed('cancel');
    editor.remove();
    exits.editorClosed();
    expect(sent).toEqual([]);
    expect(toasts).toEqual([]);
  });

  it('Save refused with an alert in the editor, then Cancel: the meeting is in no event, told as closed without saving', () => {
    const { exits, sent, toasts, editor } = setup(false);
    editor.innerHTML = '<input><button>Save</button><button>Cancel</button>';
    exits.savePressed(true, editor);
    editor.insertAdjacentHTML('afterbegin', '<p role="alert">Could not save: the room is already booked.</p>');
    exits.leavePressed('cancel');
    exits.editorClosed();
    expect(sent.map(([verb]) => verb)).toEqual(['meetingLeftEvent']);
    expect(toasts.map((toast) => toast.text)).toEqual(['page_abandoned']);
  });

  it('Save, and the page said something we cannot read either way, then Cancel: kept (nothing sent), and the user told to check, with no Delete offered', () => {
    const { exits, sent, toasts, editor, store } = setup(false);
    editor.innerHTML = '<input><output></output><button>Save</button><button>Cancel</button>';
    exits.savePressed(true, editor);
    editor.querySelector('output')!.textContent = 'Saving…';
    exits.leavePressed('cancel');
    exits.editorClosed();
    expect(sent).toEqual([]);
    expect(toasts).toEqual([{ text: 'page_saveUnclear', actions: undefined }]);
    expect(store.get().phase).toBe('done');
  });

  it('Save refused in an editor that never offered Delete, then Cancel: the meeting is in no event', () => {
    const { exits, sent, editor } = setup(false);
    editor.innerHTML = '<input><button>Save</button><button>Cancel</button>';
    exits.savePressed(true, editor);
    exits.savePressed(false, editor); // a second Save, refused too
    exits.leavePressed('cancel');
    exits.editorClosed();
    expect(sent.map(([verb]) => verb)).toEqual(['meetingLeftEvent']);
  });

  it("another event's editor in place of a new meeting's (or the same editor refilled for it): an orphan at once, told; after a Save, nothing", () => {
    const fresh = setup(true);
    fresh.exits.replaced();
    expect(fresh.sent.map(([verb]) => verb)).toEqual(['editorCancelled']);
    expect(fresh.toasts.map((toast) => toast.text)).toEqual(['page_switchedUnseen']);
    expect(fresh.toasts[0]!.actions!.map((a) => a.label)).toEqual(['page_abandonDelete', 'page_abandonKeep']);
    const saved = setup(false);
    saved.exits.savePressed(true);
    saved.exits.replaced();
    expect(saved.sent).toEqual([]);
  });

  it("Delete, the question takes the editor's place, the editor closes unanswered: nothing; its yes afterwards deletes once the question is gone", async () => {
    const { exits, sent, editor } = setup(false);
    const question = document.createElement('div');
    question.setAttribute('role', 'alertdialog');
    document.body.append(question);
    exits.deletePressed(editor, new Set());
    await new Promise((r) => setTimeout(r, 10));
    exits.editorClosed();
    expect(sent).toEqual([]);
    exits.answered('confirm', question);
    question.remove();
    await new Promise((r) => setTimeout(r, 400));
    expect(sent).toEqual([['deleteMeeting', { ...link, event }]]);
  });

  it('the page going away with a new meeting open: an orphan, no toast', () => {
    const { exits, sent, toasts } = setup(true);
    exits.pageHidden();
    expect(sent.map(([verb]) => verb)).toEqual(['editorCancelled']);
    expect(toasts).toEqual([]);
  });
});

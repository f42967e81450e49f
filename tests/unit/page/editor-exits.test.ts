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

  it('an editor gone with no exit we saw leaves a new meeting to the grace period, and leaving the page later too', () => {
    const { exits, sent, toasts } = setup(true);
    exits.editorClosed();
    exits.pageHidden();
    expect(sent).toEqual([]);
    expect(toasts).toEqual([]);
  });

  it('the page going away with a new meeting open: an orphan, no toast', () => {
    const { exits, sent, toasts } = setup(true);
    exits.pageHidden();
    expect(sent.map(([verb]) => verb)).toEqual(['editorCancelled']);
    expect(toasts).toEqual([]);
  });
});

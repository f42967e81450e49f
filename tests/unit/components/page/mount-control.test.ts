import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Actions } from '@/utils/page/actions';
import { mountControl, type MountDeps } from '@/components/page/mount-control';
import { CONTROL_TAG, rootOf } from '@/components/page/shadow-host';
import { createControlStore } from '@/utils/page/control-state';
import { readEditor } from '@/utils/page/ontime/editor';

const EDITOR = `<label>Subject <input value="S"></label><label>Start <input value="2026-12-01 10:00"></label><div><span>Online meeting</span><button>Create</button></div>`;

function openEditor(id: string) {
  const dialog = Object.assign(document.createElement('div'), { id, innerHTML: EDITOR });
  dialog.setAttribute('role', 'dialog');
  document.body.append(dialog);
  return readEditor(dialog)!;
}

const text = (host: Element) => rootOf(host)!.textContent!.replace(/\s+/g, ' ').trim();
const LINKED = { phase: 'done', meeting: { id: null, joinUrl: 'https://zoom.us/j/123456789' } } as const;

describe('mountControl', () => {
  const store = createControlStore();
  const deps: MountDeps = {
    store,
    actions: { create: vi.fn(), askRemove: vi.fn(), confirmRemove: vi.fn() } as unknown as Actions,
    t: (key: string) => ({ page_button: 'Online meeting: Zoom', page_statusLinked: 'Zoom meeting', page_open: 'Join', page_remove: 'Delete Zoom meeting' })[key] ?? key,
    locale: 'en',
    instance: 'test',
  };

  beforeEach(() => {
    document.body.innerHTML = '';
    store.set({ phase: 'idle' });
  });

  it('puts one control in the online-meeting row, and none again while it is there', () => {
    const editor = openEditor('a');
    const host = mountControl(editor, deps)!;
    expect(editor.onlineMeetingRow!.contains(host)).toBe(true);
    expect(mountControl(editor, deps)).toBeNull();
    expect(document.querySelectorAll(CONTROL_TAG)).toHaveLength(1);
    expect(text(host)).toBe('Online meeting: Zoom');
  });

  /** An editor with its control, taken out of the page, and a meeting made meanwhile. */
  function closedWhileLinked() {
    const editor = openEditor('a');
    const host = mountControl(editor, deps)!;
    editor.container.remove();
    store.set(LINKED);
    return { editor, host };
  }

  it('moves the control of a closed editor into the next one, drawn with what changed meanwhile', () => {
    const { host } = closedWhileLinked();
    expect(text(host)).toBe('Online meeting: Zoom'); // not drawn while out of the page
    const second = openEditor('b');
    expect(mountControl(second, deps)).toBe(host);
    expect(second.container.contains(host)).toBe(true);
    expect(document.querySelectorAll(CONTROL_TAG)).toHaveLength(1);
    expect(text(host)).toContain('Zoom meeting');
  });

  it('catches up when the page puts back an editor it had taken out', () => {
    const { editor, host } = closedWhileLinked();
    document.body.append(editor.container);
    expect(mountControl(editor, deps)).toBeNull();
    expect(text(host)).toContain('Zoom meeting');
  });

  it('beside OnTime\'s Create, says once our meeting exists that Create would add a second one', () => {
    const inRow = openEditor('a');
    const host = mountControl(inRow, deps)!;
    store.set({ phase: 'done', meeting: { id: 81234567890, joinUrl: 'https://zoom.us/j/81234567890', managed: true } });
    expect(text(host)).toContain('page_ontimeCreateNote');
    store.set({ phase: 'done', meeting: { id: 81234567890, joinUrl: 'https://zoom.us/j/81234567890', managed: false } });
    expect(text(host)).not.toContain('page_ontimeCreateNote'); // not ours: OnTime's own meeting may be the one shown
  });

  it('keeps focus on the part with the same job, or the next one, when a state change rebuilds the control', () => {
    const host = mountControl(openEditor('a'), deps)!;
    const root = rootOf(host)!;
    const focused = () => (root.activeElement as HTMLElement | null)?.dataset.focus;
    root.querySelector<HTMLElement>('[data-focus="create"]')!.focus();
    store.set({ phase: 'busy', step: 'connecting' });
    expect(focused()).toBe('create'); // a new button, the same job
    store.set({ phase: 'done', meeting: { id: 81234567890, joinUrl: 'https://zoom.us/j/81234567890', managed: true } });
    expect(focused()).toBe('open');
    root.querySelector<HTMLElement>('[data-focus="remove"]')!.focus();
    store.set({ phase: 'done', meeting: { id: 81234567890, joinUrl: 'https://zoom.us/j/81234567890', managed: true }, confirmRemove: true });
    expect(focused()).toBe('keep'); // the safe answer
  });

  it('shows no such note where there is no online-meeting row', () => {
    const dialog = Object.assign(document.createElement('div'), { innerHTML: '<label>Subject <input value="S"></label><label>Start <input value="2026-12-01 10:00"></label><label>Location <input></label>' });
    dialog.setAttribute('role', 'dialog');
    document.body.append(dialog);
    const host = mountControl(readEditor(dialog)!, deps)!;
    store.set({ phase: 'done', meeting: { id: 81234567890, joinUrl: 'https://zoom.us/j/81234567890', managed: true } });
    expect(text(host)).toContain('page_statusMeeting'); // drawn as done, without the note
    expect(text(host)).not.toContain('page_ontimeCreateNote');
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { outOfStep, isAnotherEvent, readFace, watchEventSwitch, type EventFace } from '@/utils/page/event-switch';
import { readEditor, type Editor } from '@/utils/page/ontime/editor';

const A: EventFace = { subject: 'Budget sync', start: '2026-12-03 14:00', link: 'https://zoom.us/j/81234567890?pwd=x', fields: 'https://zoom.us/j/81234567890?pwd=x', isNew: false };
/** A face for `link`, its fields holding just that link. */
const face = (more: Partial<EventFace>): EventFace => {
  const next = { ...A, ...more };
  return { ...next, fields: more.fields ?? next.link ?? '' };
};
const D = 'https://zoom.us/j/9000640226';

/** An event as the browser makes it from real input (happy-dom has no isTrusted of its own). */
function user<E extends Event>(event: E): E {
  return Object.defineProperty(event, 'isTrusted', { value: true });
}

describe('another event in the same editor: the rule', () => {
  it('the page refilled the editor for another event: our link gone and the subject or start changed at once', () => {
    expect(isAnotherEvent(A, face({ subject: 'Weekly review', start: '2026-12-05 09:00', link: null }))).toBe(true);
    expect(isAnotherEvent(A, face({ subject: 'Weekly review', link: null }))).toBe(true);
    expect(isAnotherEvent(A, face({ start: '2026-12-05 09:00', link: null }))).toBe(true);
    // Another event's own meeting in place of ours.
    expect(isAnotherEvent(A, face({ subject: 'Planning', start: '2026-12-04 10:00', link: D }))).toBe(true);
    // From an editor with no meeting to an event with one.
    expect(isAnotherEvent(face({ link: null }), face({ subject: 'Planning', start: '2026-12-04 10:00', link: D }))).toBe(true);
    // Two events with the same subject and time, each with its own meeting: the link alone tells.
    expect(isAnotherEvent(A, face({ link: D }))).toBe(true);
  });

  it('another link where ours was is not a switch when ours is still there, or the control shows the new one (written by us)', () => {
    // A second link typed before ours: ours is still in the fields.
    expect(isAnotherEvent(A, face({ link: D, fields: `${D}\n${A.link}` }))).toBe(false);
    // A script swapped Location unseen, then the user moved the start: ours is still in the description.
    expect(isAnotherEvent(A, face({ link: D, start: '2026-12-03 16:00', fields: `${D}\nJoin: ${A.link}` }))).toBe(false);
    // A new meeting written in place of a dead link: the link the control shows.
    expect(isAnotherEvent(A, face({ link: D }), D)).toBe(false);
  });

  it("the same link, an existing event's editor now a new event's (a Duplicate refilled in place): shown again, not a switch", () => {
    expect(outOfStep(A, face({ isNew: true }))).toBe(true);
    expect(outOfStep(A, face({ isNew: true }), A.link)).toBe(true);
    expect(isAnotherEvent(A, face({ isNew: true }))).toBe(false);
    // Not the other way: a copy that comes to offer a Delete is never taken for its original.
    expect(outOfStep(face({ isNew: true }), A)).toBe(false);
    // No link: nothing to show.
    expect(outOfStep(face({ link: null }), face({ link: null, isNew: true }))).toBe(false);
  });

  it('a link where there was none (pasted, or a twin event refilled in): shown; not one we wrote ourselves', () => {
    expect(outOfStep(face({ link: null }), face({ link: D }))).toBe(true);
    expect(outOfStep(face({ link: null }), face({ link: D }), D)).toBe(false);
    expect(isAnotherEvent(face({ link: null }), face({ link: D }))).toBe(false);
  });

  it('what the user (or our own write) does between two looks is one change, never a switch', () => {
    // The link deleted by hand (Save then says it left the event), or pasted, or written by us.
    expect(isAnotherEvent(A, face({ link: null }))).toBe(false);
    expect(isAnotherEvent(face({ link: null }), A)).toBe(false);
    // The subject typed, the time picked, spaces around the subject.
    expect(isAnotherEvent(A, face({ subject: 'Budget sync (moved)' }))).toBe(false);
    expect(isAnotherEvent(A, face({ start: '2026-12-03 15:00' }))).toBe(false);
    expect(isAnotherEvent(A, face({ subject: ' Budget sync ', link: null }))).toBe(false);
    // Two events without a link: nothing of ours to follow.
    expect(isAnotherEvent(face({ link: null }), face({ subject: 'Other', start: '2026-12-09 09:00', link: null }))).toBe(false);
  });
});

describe('another event in the same editor: the fields read', () => {
  it('reads values and text only: inputs, a rich description (its text and its link targets), selects', () => {
    document.body.innerHTML = `<div role="dialog"><label>Subject <input value="Budget sync"></label>
      <label>Start <input value="2026-12-03"></label><label>Start time <select><option>09:00</option><option selected>14:00</option></select></label>
      <label>Location <input value="Room 5A"></label>
      <span id="d">Description</span><div contenteditable="true" aria-labelledby="d">Join: <a href="https://zoom.us/j/81234567890?pwd=x">here</a></div></div>`;
    // A start control may be a select too (an admin's override names any control): its value is read.
    const editor = readEditor(document.querySelector('[role="dialog"]')!, { start: 'input[value="2026-12-03"]' })!;
    expect(readFace({ ...editor, start: [...editor.start, document.querySelector('select')!] })).toEqual({
      subject: 'Budget sync',
      start: '2026-12-03 14:00',
      link: 'https://zoom.us/j/81234567890?pwd=x',
      fields: 'Room 5A\nJoin: here\nhttps://zoom.us/j/81234567890?pwd=x',
      isNew: false,
    });
  });
});

describe('another event in the same editor: when it is looked for', () => {
  let controller: AbortController;
  let editor: Editor;
  let onSwitched: ReturnType<typeof vi.fn<(editor: Editor) => void>>;
  let onChanged: ReturnType<typeof vi.fn<(editor: Editor) => void>>;
  let looks: ReturnType<typeof watchEventSwitch>;
  const field = (label: string) => [...document.querySelectorAll('label')].find((l) => l.textContent!.startsWith(label))!.querySelector('input')!;
  /** The page refills its fields in place (value setters: no event, no DOM change). */
  const refill = (subject: string, start: string, location: string) => {
    field('Subject').value = subject;
    field('Start').value = start;
    field('Location').value = location;
  };

  beforeEach(() => {
    vi.useFakeTimers();
    document.body.innerHTML = `<ul><li><button>Open: Weekly review</button></li></ul><aside role="dialog"><label>Subject <input value="Budget sync"></label>
      <label>Start <input value="2026-12-03 14:00"></label><label>Location <input value="https://zoom.us/j/81234567890"></label></aside>`;
    editor = readEditor(document.querySelector('[role="dialog"]')!)!;
    onSwitched = vi.fn<(editor: Editor) => void>();
    controller = new AbortController();
    onChanged = vi.fn<(editor: Editor) => void>();
    looks = watchEventSwitch(document, { currentEditor: () => editor, joinHosts: [], knownLink: () => null, onSwitched, onChanged }, controller.signal);
  });
  afterEach(() => {
    controller.abort();
    vi.useRealTimers();
  });

  it("after the user's click, once the page has refilled the editor (its data came later): told once", () => {
    const open = document.querySelector('button')!;
    open.dispatchEvent(user(new MouseEvent('click', { bubbles: true })));
    vi.advanceTimersByTime(300);
    refill('Weekly review', '2026-12-05 09:00', '');
    expect(onSwitched).not.toHaveBeenCalled();
    vi.advanceTimersByTime(10_000);
    expect(onSwitched).toHaveBeenCalledTimes(1);
    expect(onSwitched).toHaveBeenCalledWith(editor);
  });

  it("the user's next click, before the page acts on it (a Save): told first", () => {
    looks.look();
    refill('Weekly review', '2026-12-05 09:00', '');
    let switchedBeforePage = false;
    field('Subject').addEventListener('click', () => (switchedBeforePage = onSwitched.mock.calls.length > 0));
    field('Subject').dispatchEvent(user(new MouseEvent('click', { bubbles: true })));
    expect(switchedBeforePage).toBe(true);
  });

  it('a script\'s events are not looked at synchronously; a focus the page moves into the editor is, once its script is done', () => {
    looks.look();
    refill('Weekly review', '2026-12-05 09:00', '');
    field('Subject').dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(onSwitched).not.toHaveBeenCalled();
    field('Subject').dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect(onSwitched).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(onSwitched).toHaveBeenCalled();
  });

  it('the user deleting our link, then retyping the subject: never a switch', () => {
    looks.look();
    field('Location').value = '';
    field('Location').dispatchEvent(user(new Event('input', { bubbles: true })));
    field('Subject').value = 'Budget sync, moved';
    field('Subject').dispatchEvent(user(new Event('input', { bubbles: true })));
    vi.advanceTimersByTime(10_000);
    expect(onSwitched).not.toHaveBeenCalled();
  });

  it('another meeting\'s link put in place of ours with the same subject and start (a twin event): told', () => {
    looks.look();
    refill('Budget sync', '2026-12-03 14:00', 'https://zoom.us/j/9000640226');
    field('Start').dispatchEvent(user(new KeyboardEvent('keydown', { bubbles: true })));
    expect(onSwitched).toHaveBeenCalledTimes(1);
  });

  it('a Duplicate refilled in place (Delete gone, same fields): shown again, not a switch', () => {
    document.querySelector('aside')!.insertAdjacentHTML('beforeend', '<button>Save</button><button>Delete</button>');
    looks.look();
    document.querySelector('aside button:last-child')!.remove();
    field('Subject').dispatchEvent(user(new MouseEvent('click', { bubbles: true })));
    expect(onChanged).toHaveBeenCalledWith(editor);
    expect(onSwitched).not.toHaveBeenCalled();
  });

  it('no editor in use: nothing is read, nothing scheduled', () => {
    controller.abort();
    const none = new AbortController();
    const currentEditor = vi.fn(() => null);
    watchEventSwitch(document, { currentEditor, joinHosts: [], knownLink: () => null, onSwitched, onChanged }, none.signal);
    document.querySelector('button')!.dispatchEvent(user(new MouseEvent('click', { bubbles: true })));
    expect(vi.getTimerCount()).toBe(0);
    none.abort();
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { followEditorButtons, type FollowDeps } from '@/utils/page/follow-editor-buttons';
import { readEditor } from '@/utils/page/ontime/editor';

/** An event as the browser makes it from real input (happy-dom has no isTrusted of its own). */
function user<E extends Event>(event: E): E {
  return Object.defineProperty(event, 'isTrusted', { value: true });
}
/** An event as a page script makes it with dispatchEvent() or click(). */
function script<E extends Event>(event: E): E {
  return Object.defineProperty(event, 'isTrusted', { value: false });
}

const click = () => new MouseEvent('click', { bubbles: true, cancelable: true });

describe("OnTime's own Save and Delete are followed for the user's events only", () => {
  const controller = new AbortController();
  let form: HTMLFormElement;
  let actions: { [K in keyof FollowDeps['actions']]: ReturnType<typeof vi.fn> };

  beforeEach(() => {
    vi.useFakeTimers();
    document.body.innerHTML = `<div role="dialog"><form><label>Subject <input value="S"></label><label>Start <input value="2026-12-01 10:00"></label>
      <button type="submit">Save</button><button type="button">Delete</button></form></div>
      <div role="alertdialog"><button>OK</button></div>`;
    form = document.querySelector('form')!;
    form.addEventListener('submit', (e) => e.preventDefault());
    const editor = readEditor(document.querySelector<HTMLElement>('[role="dialog"]')!)!;
    actions = { editorAction: vi.fn(), deleteArmedIn: vi.fn(() => editor.container), deleteConfirmation: vi.fn(), disarmDelete: vi.fn(), escapePressed: vi.fn(), pageHidden: vi.fn() };
    followEditorButtons(document, { currentEditor: () => editor, actions: actions as unknown as FollowDeps['actions'] }, controller.signal);
  });
  afterEach(() => {
    controller.abort();
    vi.useRealTimers();
  });

  const button = (label: string) => [...document.querySelectorAll('button')].find((b) => b.textContent === label)!;
  const submit = () => form.dispatchEvent(user(new SubmitEvent('submit', { bubbles: true, cancelable: true })));

  it("a script's click on Save or Delete, or on the confirmation, is not followed", () => {
    button('Save').dispatchEvent(script(click()));
    button('Delete').dispatchEvent(script(click()));
    button('OK').dispatchEvent(script(click()));
    expect(actions.editorAction).not.toHaveBeenCalled();
    expect(actions.deleteConfirmation).not.toHaveBeenCalled();
  });

  it("the user's click on Save, on Delete and on the confirmation is", () => {
    button('Save').dispatchEvent(user(click()));
    button('Delete').dispatchEvent(user(click()));
    button('OK').dispatchEvent(user(click()));
    // Save is a submit button: its click and the submit after it both say save (the save runs once).
    expect(new Set(actions.editorAction.mock.calls.map(([action]) => action))).toEqual(new Set(['save', 'delete']));
    expect(actions.deleteConfirmation).toHaveBeenCalledWith('confirm', document.querySelector('[role="alertdialog"]'));
  });

  it("a submit a script causes inside the user's own keystroke or click in the form is not a save", () => {
    const field = form.querySelector('input')!;
    field.dispatchEvent(user(new KeyboardEvent('keydown', { key: 'a', bubbles: true })));
    submit();
    field.dispatchEvent(user(click()));
    submit();
    expect(actions.editorAction).not.toHaveBeenCalled();
    field.dispatchEvent(user(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })));
    submit();
    expect(actions.editorAction).toHaveBeenCalledWith('save', expect.anything());
  });

  it('a submit a script caused (requestSubmit, or its click on Save) is not a save', () => {
    submit();
    button('Save').dispatchEvent(script(click()));
    submit();
    expect(actions.editorAction).not.toHaveBeenCalled();
  });

  it("a submit right after the user's Enter in the form is a save; one in a later task is not", () => {
    form.querySelector('input')!.dispatchEvent(user(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })));
    submit();
    expect(actions.editorAction).toHaveBeenCalledWith('save', expect.anything());
    actions.editorAction.mockClear();
    vi.runAllTimers();
    submit();
    expect(actions.editorAction).not.toHaveBeenCalled();
  });

  it("only the user's Escape is a way out of the editor; in a confirmation box it backs out of that box", () => {
    const field = form.querySelector('input')!;
    field.dispatchEvent(script(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    expect(actions.escapePressed).not.toHaveBeenCalled();
    field.dispatchEvent(user(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    expect(actions.escapePressed).toHaveBeenCalledTimes(1);
    button('OK').dispatchEvent(user(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    expect(actions.escapePressed).toHaveBeenCalledTimes(1);
    expect(actions.disarmDelete).toHaveBeenCalled();
  });

  it("the user's press on the editor itself means they stayed (nothing pending); a script's does not", () => {
    const field = form.querySelector('input')!;
    field.dispatchEvent(script(new PointerEvent('pointerdown', { bubbles: true })));
    expect(actions.disarmDelete).not.toHaveBeenCalled();
    field.dispatchEvent(user(new PointerEvent('pointerdown', { bubbles: true })));
    expect(actions.disarmDelete).toHaveBeenCalledTimes(1);
    button('OK').dispatchEvent(user(new PointerEvent('pointerdown', { bubbles: true })));
    expect(actions.disarmDelete).toHaveBeenCalledTimes(1);
  });

  it('leaving the page is followed', () => {
    window.dispatchEvent(new Event('pagehide'));
    expect(actions.pageHidden).toHaveBeenCalledTimes(1);
  });
});

describe('a confirmation shown inside the editor', () => {
  const controller = new AbortController();
  let actions: { [K in keyof FollowDeps['actions']]: ReturnType<typeof vi.fn> };

  beforeEach(() => {
    vi.useFakeTimers();
    document.body.innerHTML = `<div role="dialog"><form id="event"><label>Subject <input value="S"></label><label>Start <input value="2026-12-01 10:00"></label>
      <button type="submit">Save</button><button type="button">Delete</button></form>
      <div role="alertdialog"><form id="ask"><button type="submit">OK</button><button type="button">Cancel</button></form></div></div>`;
    for (const f of document.querySelectorAll('form')) f.addEventListener('submit', (e) => e.preventDefault());
    const editor = readEditor(document.querySelector<HTMLElement>('[role="dialog"]')!)!;
    actions = { editorAction: vi.fn(), deleteArmedIn: vi.fn(() => editor.container), deleteConfirmation: vi.fn(), disarmDelete: vi.fn(), escapePressed: vi.fn(), pageHidden: vi.fn() };
    followEditorButtons(document, { currentEditor: () => editor, actions: actions as unknown as FollowDeps['actions'] }, controller.signal);
  });
  afterEach(() => {
    controller.abort();
    vi.useRealTimers();
  });

  it('its OK (a submit button of its own form) is an answer, never the event’s Save', () => {
    const box = document.querySelector('[role="alertdialog"]')!;
    const ok = box.querySelector('button')!;
    ok.dispatchEvent(user(click()));
    document.querySelector('#ask')!.dispatchEvent(user(new SubmitEvent('submit', { bubbles: true, cancelable: true })));
    expect(actions.editorAction).not.toHaveBeenCalled();
    expect(actions.deleteConfirmation).toHaveBeenCalledWith('confirm', box);
    box.querySelectorAll('button')[1]!.dispatchEvent(user(click()));
    expect(actions.editorAction).not.toHaveBeenCalled();
    expect(actions.deleteConfirmation).toHaveBeenLastCalledWith('cancel', box);
  });

  it('the editor’s own Save still is', () => {
    const save = document.querySelector('#event button[type="submit"]')!;
    save.dispatchEvent(user(click()));
    expect(actions.editorAction).toHaveBeenCalledWith('save', expect.anything());
  });
});

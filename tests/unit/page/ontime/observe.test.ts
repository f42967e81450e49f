import { afterEach, describe, expect, it } from 'vitest';
import type { Editor } from '@/utils/page/ontime/editor';
import { observeEditors } from '@/utils/page/ontime/observe';

const EDITOR = `<label>Subject <input value="S"></label><label>Start <input value="2026-12-01 10:00"></label><label>Location <input></label>`;
const flush = () => new Promise((r) => setTimeout(r, 0));

let controller: AbortController;
afterEach(() => {
  controller?.abort();
  document.body.innerHTML = '';
});

function watch() {
  const seen: Element[] = [];
  controller = new AbortController();
  observeEditors(document, {}, { onEditor: (e: Editor) => seen.push(e.container), onShown: () => undefined, ignore: (n) => n.localName === 'ours-x' }, controller.signal);
  return seen;
}

describe('observeEditors', () => {
  it('finds an editor appended whole, at its outermost container, once per batch', async () => {
    const seen = watch();
    const overlay = document.createElement('div');
    overlay.innerHTML = `<div role="dialog" id="outer"><form id="inner">${EDITOR}</form></div>`;
    document.body.append(overlay);
    await flush();
    expect(seen.map((c) => c.id)).toEqual(['outer']);
  });

  it('reads an editor whose fields arrive after its dialog, at the dialog', async () => {
    document.body.innerHTML = `<div role="dialog" id="outer"><p>Loading…</p></div>`;
    const seen = watch();
    expect(seen).toEqual([]);
    const form = Object.assign(document.createElement('form'), { id: 'inner' });
    form.innerHTML = EDITOR;
    document.getElementById('outer')!.append(form);
    await flush();
    expect(seen.map((c) => c.id)).toEqual(['outer']);
  });

  it('reads a form that the page wraps in a dialog in the same task at the dialog', async () => {
    const seen = watch();
    const form = Object.assign(document.createElement('form'), { id: 'inner' });
    form.innerHTML = EDITOR;
    document.body.append(form);
    const dialog = Object.assign(document.createElement('div'), { id: 'outer' });
    dialog.setAttribute('role', 'dialog');
    document.body.append(dialog);
    dialog.append(form);
    await flush();
    expect(seen.map((c) => c.id)).toEqual(['outer']);
  });

  it('sees a re-render inside the editor, and ignores our own UI and unrelated churn', async () => {
    document.body.innerHTML = `<div role="dialog" id="d"><div id="row">${EDITOR}</div></div><div id="calendar"></div>`;
    const seen = watch();
    expect(seen.map((c) => c.id)).toEqual(['d']);
    document.getElementById('d')!.append(document.createElement('ours-x'));
    for (let i = 0; i < 20; i++) document.getElementById('calendar')!.append(Object.assign(document.createElement('div'), { textContent: `event ${i}` }));
    await flush();
    expect(seen).toHaveLength(1);
    document.getElementById('row')!.innerHTML = EDITOR; // the page re-renders its fields
    await flush();
    expect(seen.map((c) => c.id)).toEqual(['d', 'd']);
  });

  it('stops when the script is invalidated', async () => {
    const seen = watch();
    controller.abort();
    document.body.innerHTML = `<div role="dialog">${EDITOR}</div>`;
    await flush();
    expect(seen).toEqual([]);
  });
});

describe('observeEditors while the page churns', () => {
  const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

  it('pauses the document-wide watch in a burst, still sees dialogs added to <body>, and catches up on resume', async () => {
    document.body.innerHTML = `<div id="app"><div id="calendar"></div><div id="pane"></div></div>`;
    const seen = watch();
    const calendar = document.getElementById('calendar')!;
    // One delivery of 100 records: a burst whatever the machine's speed.
    for (let i = 0; i < 100; i++) calendar.append(document.createElement('span'));
    await flush();
    // Paused now: a dialog appended to <body> is still found at once…
    const dialog = Object.assign(document.createElement('div'), { id: 'portal' });
    dialog.innerHTML = `<div role="dialog" id="modal">${EDITOR}</div>`;
    document.body.append(dialog);
    await flush();
    expect(seen.map((c) => c.id)).toEqual(['modal']);
    // …and one rendered deep inside the app is found when watching resumes.
    document.getElementById('pane')!.innerHTML = `<form id="inline">${EDITOR}</form>`;
    await flush();
    expect(seen.map((c) => c.id)).toEqual(['modal']);
    await wait(300);
    expect(seen.map((c) => c.id)).toContain('inline');
  });

  it('gives the editor as it is now when the page replaced its fields unseen', async () => {
    document.body.innerHTML = `<div role="dialog" id="d"><div id="row">${EDITOR}</div></div>`;
    controller = new AbortController();
    const editors = observeEditors(document, {}, { onEditor: () => undefined, onShown: () => undefined, ignore: () => false }, controller.signal);
    const container = document.getElementById('d')!;
    const before = editors.current(container)!;
    document.getElementById('row')!.innerHTML = EDITOR.replace('value="S"', 'value="Renamed"');
    const after = editors.current(container)!;
    expect(after).not.toBe(before);
    expect((after.subject as HTMLInputElement).value).toBe('Renamed');
    expect(after.subject.isConnected).toBe(true);
  });
});

describe('observeEditors and editors that are hidden and shown again', () => {
  const nextFrame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

  it('syncs a native <dialog> editor found closed when the page opens it', async () => {
    document.body.innerHTML = `<dialog id="d">${EDITOR}</dialog>`;
    const shown: string[] = [];
    controller = new AbortController();
    observeEditors(document, {}, { onEditor: () => undefined, onShown: (e) => shown.push(e.container.id), ignore: () => false }, controller.signal);
    await nextFrame();
    expect(shown).toEqual([]);
    document.getElementById('d')!.setAttribute('open', '');
    await flush();
    await nextFrame();
    expect(shown).toEqual(['d']);
  });

  it('syncs an editor found hidden that the page shows before the next frame by a route not watched', async () => {
    document.body.innerHTML = `<div role="dialog" id="d">${EDITOR}</div>`;
    const style = document.head.appendChild(document.createElement('style'));
    style.textContent = '[role="dialog"] { display: none; }';
    const shown: string[] = [];
    controller = new AbortController();
    observeEditors(document, {}, { onEditor: () => undefined, onShown: (e) => shown.push(e.container.id), ignore: () => false }, controller.signal);
    style.remove(); // shown by a stylesheet: no attribute of the dialog or its wrappers changes
    await nextFrame();
    expect(shown).toEqual(['d']);
  });
});

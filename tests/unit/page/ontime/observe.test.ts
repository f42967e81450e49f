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

  it('a list re-rendered many rows at once: nothing read, and an editor among the rows is still found', async () => {
    const seen = watch();
    const list = document.body.appendChild(document.createElement('div'));
    const rows = (from: number, n: number) =>
      Array.from({ length: n }, (_, i) => `<div><span>Event ${from + i}</span></div>`).join('');
    // Chromium reports this as one record with every row (happy-dom as one record per node; few
    // rows, so that it stays under the churn meter's burst).
    list.innerHTML = rows(0, 12);
    await flush();
    expect(seen).toEqual([]);
    list.innerHTML = `${rows(0, 5)}<div role="dialog" id="among"><form>${EDITOR}</form></div>${rows(5, 5)}`;
    await flush();
    expect(seen.map((c) => c.id)).toEqual(['among']);
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

describe('observeEditors and the page rendering', () => {
  const nextFrame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

  // Hidden and shown again: shown-tracker.test.ts (the decision) and tests/e2e/editor-injection.test.ts (the browser's ResizeObserver).
  it('never reads style or geometry, while the page changes the DOM or after a frame', async () => {
    const reads: string[] = [];
    const proto = Element.prototype as unknown as Record<string, (...a: unknown[]) => unknown>;
    const names = ['checkVisibility', 'getBoundingClientRect', 'getClientRects'] as const;
    const saved = names.map((n) => proto[n]);
    names.forEach((n, i) => {
      proto[n] = function (this: Element, ...a: unknown[]) {
        reads.push(n);
        return saved[i]!.apply(this, a);
      };
    });
    const styleOf = window.getComputedStyle;
    window.getComputedStyle = ((...a: Parameters<typeof styleOf>) => (reads.push('getComputedStyle'), styleOf(...a))) as typeof styleOf;
    try {
      controller = new AbortController();
      observeEditors(document, {}, { onEditor: () => undefined, onShown: () => undefined, ignore: () => false }, controller.signal);
      const dialog = document.createElement('div');
      dialog.setAttribute('role', 'dialog');
      dialog.innerHTML = EDITOR;
      document.body.append(dialog);
      dialog.className = 'entering'; // the page goes on changing it: its wrappers' attributes too
      document.body.className = 'busy';
      await flush();
      expect(reads).toEqual([]);
      await nextFrame();
      await flush();
      expect(reads).toEqual([]);
    } finally {
      names.forEach((n, i) => (proto[n] = saved[i]!));
      window.getComputedStyle = styleOf;
    }
  });
});

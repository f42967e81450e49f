import { afterEach, describe, expect, it } from 'vitest';
import type { Editor } from '../../utils/ontime/editor';
import { observeEditors } from '../../utils/ontime/observe';

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
  observeEditors(document, {}, { onEditor: (e: Editor) => seen.push(e.container), onShown: () => undefined, onRemoved: () => undefined, ignore: (n) => n.localName === 'ours-x' }, controller.signal);
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

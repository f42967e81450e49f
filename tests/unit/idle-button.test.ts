import { h, render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { ZoomControl } from '../../components/ZoomControl';
import { idleButton } from '../../utils/content/idle-button';

/** Tag, attributes (sorted) and text of a tree, to compare two renderings of the same markup. */
function shape(node: Node): unknown {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent;
  const el = node as Element;
  const attrs = [...el.attributes].map((a) => `${a.name}=${a.value}`).sort();
  return [el.localName, attrs, [...el.childNodes].map(shape)];
}

describe('the DOM-built first paint of the button', () => {
  it('is the same markup as ZoomControl in its idle state, and clicks create', () => {
    const viaPreact = document.createElement('div');
    render(h(ZoomControl, { state: { phase: 'idle' }, t: () => 'Online meeting: Zoom', locale: 'en', onCreate: () => undefined, onRemove: () => undefined, onConfirmRemove: () => undefined }), viaPreact);
    const create = vi.fn();
    const viaDom = idleButton(document, 'Online meeting: Zoom', create);
    expect(shape(viaDom)).toEqual(shape(viaPreact.firstElementChild!));
    viaDom.querySelector('button')!.click();
    expect(create).toHaveBeenCalledOnce();
  });
});

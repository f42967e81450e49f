// Short status messages at the bottom of the page.
import { h } from './dom.js';
import { S } from './editor-styles.js';

let current = null;
export function toast(text) {
  current?.remove();
  const el = h('div', { class: S.toast, role: 'status' }, text);
  document.body.append(el);
  current = el;
  setTimeout(() => { if (current === el) { el.remove(); current = null; } }, 3000);
}

// ?variant=trap: the editor slides in from the right in a side panel, as web mail and calendar
// apps show "new event" beside the grid. The panel is transformed (its slide), clips what
// overflows it, sits on z-index 2147483000 (above chat and help widgets), and keeps focus inside
// itself with a focus trap on the document, in the capture phase, as focus-trap libraries do:
// focus that lands outside the panel is pulled back, Tab wraps at the panel's ends, and Escape
// (seen first, in the capture phase) deactivates the trap and closes the panel.
import { h } from './dom.js';
import { css } from './css.js';

const S = {
  scrim: css`& { position: fixed; inset: 0; z-index: 2147482999; background: rgba(14, 30, 52, .25); }`,
  panel: css`& { position: fixed; top: 0; right: 0; bottom: 0; z-index: 2147483000; width: min(680px, 100vw);
    overflow: hidden; transform: translateX(0); animation: ot-slide .18s ease-out; background: #fff;
    box-shadow: -12px 0 40px rgba(8, 24, 48, .25); display: flex; }
    @keyframes ot-slide { from { transform: translateX(40px); opacity: .4; } }
    & > [role="dialog"] { width: 100%; max-height: none; height: 100%; border-radius: 0; box-shadow: none; animation: none; }`,
};

const TABBABLE = 'button, input:not([type="hidden"]), select, textarea, a[href], [contenteditable="true"], [tabindex="0"]';

export function trapPortal(content, { onInput, onChange, onCancel }) {
  const panel = h('div', { class: S.panel, onInput, onChange }, content);
  const portal = h('div', {}, h('div', { class: S.scrim }), panel);
  document.body.append(portal);

  let lastInside = null;
  const tabbables = () => [...panel.querySelectorAll(TABBABLE)].filter((el) => !el.disabled && el.tabIndex >= 0 && el.getClientRects().length);
  const onFocusIn = (e) => {
    if (panel.contains(e.target)) {
      lastInside = e.target;
      return;
    }
    e.stopImmediatePropagation();
    (lastInside?.isConnected ? lastInside : tabbables()[0])?.focus();
  };
  const onKeydown = (e) => {
    if (e.key === 'Escape') return onCancel();
    if (e.key !== 'Tab') return;
    const items = tabbables();
    if (!items.length) return;
    const first = items[0];
    const last = items[items.length - 1];
    if (!panel.contains(e.target)) {
      e.preventDefault();
      (e.shiftKey ? last : first).focus();
    } else if (e.shiftKey && e.target === first) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && e.target === last) {
      e.preventDefault();
      first.focus();
    }
  };
  document.addEventListener('focusin', onFocusIn, true);
  document.addEventListener('keydown', onKeydown, true);
  return {
    portal,
    release() {
      document.removeEventListener('focusin', onFocusIn, true);
      document.removeEventListener('keydown', onKeydown, true);
    },
  };
}

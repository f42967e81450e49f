// In-page confirmation (role=alertdialog) instead of window.confirm, as SPAs do.
import { h, uid } from './dom.js';
import { S } from './editor-styles.js';

/** Resolves true on the confirm button, false on Cancel / Escape. */
export function confirmDialog({ title, text, ok, cancel }) {
  return new Promise((resolve) => {
    const ids = { title: uid('t'), text: uid('d') };
    const opener = document.activeElement;
    const okBtn = h('button', { type: 'button', class: S.dangerSolid, onClick: () => done(true) }, ok);
    const cancelBtn = h('button', { type: 'button', class: S.secondary, onClick: () => done(false) }, cancel);
    const box = h('div', { role: 'alertdialog', 'aria-modal': 'true', 'aria-labelledby': ids.title, 'aria-describedby': ids.text, class: S.confirm },
      h('h2', { id: ids.title }, title), h('p', { id: ids.text }, text), h('footer', {}, okBtn, cancelBtn));
    const overlay = h('div', { class: S.confirmOverlay, onKeydown: onKey }, box);
    document.body.append(overlay);
    cancelBtn.focus(); // the safe choice has focus, as destructive confirmations usually do

    function onKey(e) {
      if (e.key === 'Escape') {
        e.stopPropagation();
        done(false);
      } else if (e.key === 'Tab') {
        e.preventDefault();
        (document.activeElement === okBtn ? cancelBtn : okBtn).focus();
      }
    }
    function done(value) {
      overlay.remove();
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
      resolve(value);
    }
  });
}

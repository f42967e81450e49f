// How Delete asks before deleting an event. Calendar web apps differ: many show an in-page box,
// some call the browser's own confirm(), some delete at once (with an undo, or nothing), and some
// ask inside the editor itself, in a small box whose affirmative button reads "OK".
//   ?delete=box (default)  an in-page role=alertdialog on <body> (confirm.js)
//   ?delete=native         window.confirm(): the page's scripts stop until it is answered
//   ?delete=none           no question: the event is deleted at once
//   ?delete=inline         a role=alertdialog inside the editor dialog, with a <form>: OK submits it
import { h, uid } from './dom.js';
import { S } from './editor-styles.js';
import { confirmDialog } from './confirm.js';

const asked = new URLSearchParams(location.search).get('delete');
export const deleteMode = ['box', 'native', 'none', 'inline'].includes(asked) ? asked : 'box';

/** Resolves true when the event may be deleted. `within`: the editor dialog (for ?delete=inline). */
export function askDelete({ title, text, ok, cancel, within }) {
  if (deleteMode === 'none') return Promise.resolve(true);
  if (deleteMode === 'native') return Promise.resolve(window.confirm(text));
  if (deleteMode === 'inline' && within) return inlineConfirm(within, { title, text, ok, cancel });
  return confirmDialog({ title, text, ok, cancel });
}

/** A confirmation box inside the editor: a form of its own, submitted by OK (as `<form method=dialog>` boxes are). */
function inlineConfirm(within, { title, text, ok, cancel }) {
  return new Promise((resolve) => {
    const ids = { title: uid('t'), text: uid('d') };
    const opener = document.activeElement;
    const cancelBtn = h('button', { type: 'button', class: S.secondary, onClick: () => done(false) }, cancel);
    const form = h('form', { onSubmit: (e) => { e.preventDefault(); done(true); } },
      h('h2', { id: ids.title }, title), h('p', { id: ids.text }, text),
      h('footer', {}, h('button', { type: 'submit', class: S.dangerSolid }, ok), cancelBtn));
    const box = h('div', { role: 'alertdialog', 'aria-modal': 'true', 'aria-labelledby': ids.title, 'aria-describedby': ids.text, class: S.confirm,
      style: { position: 'absolute', left: '50%', top: '30%', transform: 'translateX(-50%)', zIndex: '5' }, onKeydown: onKey }, form);
    within.append(box);
    cancelBtn.focus();

    function onKey(e) {
      if (e.key !== 'Escape') return;
      e.stopPropagation(); // the editor's own Escape would cancel the whole editor
      done(false);
    }
    function done(value) {
      box.remove();
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
      resolve(value);
    }
  });
}

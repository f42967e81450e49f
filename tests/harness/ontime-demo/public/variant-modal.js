// ?variant=modal: the event editor is a native <dialog> opened with showModal(), as current web
// calendars and mail clients build theirs. The browser puts it in the top layer (above every
// z-index) and makes the rest of the page inert. Escape is the dialog's "cancel" event, which the
// app turns into its own Cancel (so an editor that is busy saving does not just vanish).
import { h } from './dom.js';
import { css } from './css.js';

const S = {
  dialog: css`& { padding: 0; border: 0; margin: auto; background: transparent; max-width: none; max-height: none;
    overflow: visible; width: min(760px, calc(100vw - 48px)); }
    &::backdrop { background: rgba(14, 30, 52, .45); }
    & > [role="dialog"] { width: 100%; }`,
};

export function modalPortal(content, { onInput, onChange, onKeydown, onCancel }) {
  const dialog = h('dialog', {
    class: S.dialog,
    onInput,
    onChange,
    onKeydown,
    onCancel: (e) => {
      e.preventDefault();
      onCancel();
    },
  }, content);
  document.body.append(dialog);
  dialog.showModal();
  return { portal: dialog, release: () => dialog.open && dialog.close() };
}

// ?variant=frame: the editor is a page of its own (editor-frame.html) loaded in a same-origin
// iframe over the calendar, as older web clients and embedded calendar widgets do. The frame's page
// runs the editor in its own document; this side hands it the event, and takes the frame away
// when the editor closes.
import { h } from './dom.js';
import { css } from './css.js';
import { lang, t } from './i18n.js';

const S = {
  overlay: css`& { position: fixed; inset: 0; z-index: 1000; display: grid; place-items: center; background: rgba(14, 30, 52, .45); }`,
  frame: css`& { width: min(780px, calc(100vw - 48px)); height: min(860px, calc(100vh - 48px)); border: 0; border-radius: 10px;
    background: #fff; box-shadow: 0 24px 64px rgba(8, 24, 48, .35); }`,
};

let open = null; // { overlay, frame, opener, appRoot }

/** Opens the editor frame for `event` (edit) or a new meeting in `slot`. */
export function openFramed(event, slot, deps) {
  closeFramed();
  const frame = h('iframe', { src: `editor-frame.html?lang=${lang}`, title: event ? t('editMeeting') : t('newMeeting'), class: S.frame });
  const overlay = h('div', { class: S.overlay }, frame);
  open = { overlay, frame, opener: document.activeElement, appRoot: deps.appRoot };
  // What the frame's page asks for once loaded, and tells when its editor saved or closed.
  window.__ontimeFrameHost = {
    take: () => structuredClone({ event: event ?? null, slot: slot ?? null, directory: deps.directory }),
    changed: (saved) => deps.onChanged(saved),
    closed: () => setTimeout(closeFramed), // after the frame's own close() has finished
  };
  document.body.append(overlay);
  deps.appRoot.setAttribute('aria-hidden', 'true');
}

/** The frame's editor hooks (closeEditor, rerenderEditor, editorState), or null. */
export function framedEditor() {
  return open?.frame.contentWindow?.__frameEditor ?? null;
}

function closeFramed() {
  if (!open) return;
  const { overlay, opener, appRoot } = open;
  open = null;
  overlay.remove();
  appRoot.removeAttribute('aria-hidden');
  if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
}

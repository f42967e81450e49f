import { h, render } from 'preact';
import { ZoomControl } from '../../components/ZoomControl';
import { CONTROL_CSS } from '../../components/content-styles';
import type { Translate } from '../i18n/translate';
import type { Editor } from '../ontime/editor';
import type { Actions } from './actions';
import { CONTROL_TAG, createShadowHost } from './shadow-host';
import type { Store } from './store';

export interface MountDeps {
  store: Store;
  actions: Actions;
  t: Translate;
  locale: string;
  instance: string;
}

/** Where the control goes: in OnTime's online-meeting row, else after Location. */
function place(editor: Editor, host: HTMLElement): boolean {
  if (editor.onlineMeetingRow) {
    editor.onlineMeetingRow.append(host);
    return true;
  }
  const anchor = editor.location ?? editor.subject;
  anchor.insertAdjacentElement('afterend', host);
  return true;
}

/** Mounts one control per editor; a control left by an earlier copy of the script is replaced. */
export function mountControl(editor: Editor, deps: MountDeps): HTMLElement | null {
  const existing = editor.container.querySelector<HTMLElement>(CONTROL_TAG);
  if (existing?.dataset.instance === deps.instance) return null;
  existing?.remove();

  const { host, root } = createShadowHost(editor.container.ownerDocument, CONTROL_TAG, CONTROL_CSS, deps.instance);
  const container = root.appendChild(editor.container.ownerDocument.createElement('div'));
  const draw = () =>
    render(
      h(ZoomControl, {
        state: deps.store.get(),
        t: deps.t,
        locale: deps.locale,
        onCreate: deps.actions.create,
        onRemove: deps.actions.askRemove,
        onConfirmRemove: deps.actions.confirmRemove,
      }),
      container,
    );
  const unsubscribe = deps.store.subscribe(() => {
    // A control whose editor was thrown away stops listening.
    if (!host.isConnected) {
      unsubscribe();
      render(null, container);
      return;
    }
    draw();
  });
  place(editor, host);
  draw();
  return host;
}

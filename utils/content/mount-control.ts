import { h, render } from 'preact';
import { ZoomControl } from '../../components/ZoomControl';
import { CONTROL_CSS } from '../../components/content-styles';
import type { Translate } from '../i18n/translate';
import type { Editor } from '../ontime/editor';
import type { Actions } from './actions';
import { idleButton } from './idle-button';
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

// Every control mounted, to let go of those whose editor was thrown away.
const mounted = new Map<HTMLElement, () => void>();
const hostOf = new WeakMap<Element, HTMLElement>();

/** Unmounts controls that are no longer in the page (their editor was closed or re-rendered). */
export function releaseDetached(): void {
  for (const [host, release] of mounted) {
    if (host.isConnected) continue;
    mounted.delete(host);
    release();
  }
}

/** Mounts one control per editor; a control left by an earlier copy of the script is replaced. */
export function mountControl(editor: Editor, deps: MountDeps): HTMLElement | null {
  const ours = hostOf.get(editor.container);
  if (ours?.isConnected && editor.container.contains(ours)) return null;
  const existing = editor.container.querySelector<HTMLElement>(CONTROL_TAG);
  if (existing?.dataset.instance === deps.instance) {
    hostOf.set(editor.container, existing);
    return null;
  }
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
  // Plain DOM for the common first paint (idle, no message); Preact from the first change on.
  const state = deps.store.get();
  let idle: HTMLElement | null = state.phase === 'idle' && !state.notice ? idleButton(host.ownerDocument, deps.t('page_button'), deps.actions.create) : null;
  const update = () => {
    idle?.remove();
    idle = null;
    draw();
  };
  const unsubscribe = deps.store.subscribe(update);
  mounted.set(host, () => {
    unsubscribe();
    render(null, container);
  });
  hostOf.set(editor.container, host);
  place(editor, host);
  if (idle) container.append(idle);
  else draw();
  return host;
}

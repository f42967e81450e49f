import { controlView } from '@/components/page/control-view';
import { CONTROL_CSS } from '@/components/page/content-styles';
import type { Translate } from '@/utils/shared/translate';
import type { Editor } from '@/utils/page/ontime/editor';
import type { Actions } from '@/utils/page/actions';
import { guardEscape } from '@/components/page/escape-guard';
import { CONTROL_TAG, createShadowHost, hostSelector } from '@/components/page/shadow-host';
import { keepFocusAcross } from '@/components/page/focus-return';
import type { ControlStore } from '@/utils/page/control-state';

export interface MountDeps {
  store: ControlStore;
  actions: Actions;
  t: Translate;
  locale: string;
  instance: string;
}

/** Where the control goes: in OnTime's online-meeting row, else after Location. */
function place(editor: Editor, host: HTMLElement): void {
  if (editor.onlineMeetingRow) editor.onlineMeetingRow.append(host);
  else (editor.location ?? editor.subject).insertAdjacentElement('afterend', host);
  inOnlineRow.set(host, !!editor.onlineMeetingRow);
}

// Controls made so far. One whose editor was closed is moved into the next editor instead of
// building a new one: an editor opens with a control that is already styled and rendered.
// Each control maps to the call that brings it up to date when it is placed.
const controls = new Map<HTMLElement, () => void>();
const hostOf = new WeakMap<Element, HTMLElement>();
// Whether a control sits beside OnTime's own Create (its online-meeting row), as last placed.
const inOnlineRow = new WeakMap<HTMLElement, boolean>();

function createControl(doc: Document, deps: MountDeps): HTMLElement {
  const { host, root } = createShadowHost(doc, CONTROL_TAG, CONTROL_CSS, deps.instance);
  const container = root.appendChild(doc.createElement('div'));
  let stale = false;
  let drawnInRow: boolean | undefined;
  // A state change can replace the focused button (it becomes a status, Remove becomes a question).
  const view = () =>
    controlView(doc, {
      state: deps.store.get(),
      t: deps.t,
      locale: deps.locale,
      besideOnTimeCreate: drawnInRow,
      onCreate: deps.actions.create,
      onRemove: deps.actions.askRemove,
      onConfirmRemove: deps.actions.confirmRemove,
      onAdopt: deps.actions.adopt,
      onRetry: deps.actions.retry,
      onReplace: deps.actions.replaceDeleted,
    });
  const draw = () => {
    drawnInRow = inOnlineRow.get(host);
    keepFocusAcross(root, () => container.replaceChildren(view()));
  };
  // A control out of the page is drawn when it is placed again, not on every change.
  deps.store.subscribe(() => (host.isConnected ? draw() : (stale = true)));
  // Escape at our "delete this meeting?" question is Keep, and never reaches OnTime (it would close the editor).
  guardEscape(doc, host, () => {
    const state = deps.store.get();
    if (state.phase !== 'done' || !state.confirmRemove) return false;
    deps.actions.confirmRemove(false);
    return true;
  });
  draw();
  controls.set(host, () => {
    if (stale || drawnInRow !== inOnlineRow.get(host)) draw();
    stale = false;
  });
  return host;
}

/** Puts one control in the editor; a control left by an earlier copy of the script is replaced. */
export function mountControl(editor: Editor, deps: MountDeps): HTMLElement | null {
  const ours = hostOf.get(editor.container);
  if (ours?.isConnected && editor.container.contains(ours)) {
    controls.get(ours)?.(); // the page put back an editor it had taken out: catch up
    return null;
  }
  const existing = editor.container.querySelector<HTMLElement>(hostSelector(CONTROL_TAG));
  if (existing?.dataset.instance === deps.instance) {
    hostOf.set(editor.container, existing);
    return null;
  }
  existing?.remove();

  const host = [...controls.keys()].find((c) => !c.isConnected) ?? createControl(editor.container.ownerDocument, deps);
  hostOf.set(editor.container, host);
  place(editor, host);
  controls.get(host)!();
  return host;
}

/*
 * Where keyboard focus goes when one of our surfaces closes (the settings dialog, a toast) or our
 * control changes state under the user's focus (Remove asks, Keep, a meeting made). Without this
 * focus falls to <body> and the next Tab lands in the page's header behind the editor.
 *
 * The control's focusable parts carry a `data-focus` key; the choice of key is pure (pickFocus),
 * the rest only finds elements and calls focus().
 */
import { CONTROL_TAG, hostSelector, isControlHost, rootOf } from '@/components/page/shadow-host';

/** The focusable parts of our control, by the job they do (the `data-focus` attribute). */
export type FocusKey = 'create' | 'open' | 'remove' | 'keep' | 'confirmRemove' | 'adopt';

// What naturally comes next when the part that had focus went away.
const NEXT: Partial<Record<FocusKey, FocusKey[]>> = {
  remove: ['keep'], // Remove asks: the safe answer has focus, as in OnTime's own confirmations
  keep: ['remove'], // the question is gone: back where the user was
  create: ['open'], // the meeting exists: its link is the status
  adopt: ['open'],
};
// Otherwise: the control's main action in its new state.
const ORDER: FocusKey[] = ['create', 'open', 'remove', 'adopt', 'keep', 'confirmRemove'];

/** The key to focus after a change, given the key that had focus (if any) and the keys now shown. */
export function pickFocus(previous: string | null, available: readonly string[]): string | null {
  if (!available.length) return null;
  if (previous && available.includes(previous)) return previous;
  const preferred = [...(NEXT[previous as FocusKey] ?? []), ...ORDER];
  return preferred.find((key) => available.includes(key)) ?? available[0]!;
}

const keyOf = (el: Element | null | undefined) => (el instanceof HTMLElement ? el.dataset.focus ?? null : null);

function focusable(root: ParentNode): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('[data-focus]')].filter((el) => !(el as HTMLButtonElement).disabled);
}

/** Focuses the part of a control root that comes after `previous`; false when it has none. */
export function focusInControl(root: ShadowRoot, previous: string | null = null): boolean {
  const parts = focusable(root);
  const key = pickFocus(previous, parts.map((el) => el.dataset.focus!));
  const target = parts.find((el) => el.dataset.focus === key);
  target?.focus();
  return !!target && root.activeElement === target;
}

/**
 * Runs a re-render of a control. A new state can take the focused part away (Remove becomes a
 * question) or give its element another job (Preact reuses the create button as Remove): then
 * focus moves to what comes next. Focus elsewhere on the page is never touched.
 */
export function keepFocusAcross(root: ShadowRoot, render: () => void): void {
  const had = root.activeElement;
  const key = keyOf(had);
  render();
  if (had && (!had.isConnected || keyOf(had) !== key)) focusInControl(root, key);
}

/** Focuses `target`: inside it when it is one of our controls; true when focus is there. */
function focusOn(target: Element | null | undefined): boolean {
  if (!target?.isConnected) return false;
  if (isControlHost(target)) {
    const root = rootOf(target);
    return !!root && focusInControl(root);
  }
  if (!(target instanceof HTMLElement) || target === target.ownerDocument.body) return false;
  target.focus();
  return target.ownerDocument.activeElement === target;
}

/**
 * After a surface of ours closed: focus goes back to `before` (what had focus when it opened: our
 * control, found again in its new state, or the page's element the user was on), else to our
 * control on the page. Waits one microtask, so the control has re-rendered for its new state.
 * Does nothing when focus is already somewhere on the page, outside the surface that closed.
 */
export function returnFocus(doc: Document, closing: Element, before: Element | null): void {
  queueMicrotask(() => {
    const active = doc.activeElement;
    const lost = !active || active === doc.body || active === doc.documentElement || active === closing;
    if (!lost) return;
    for (const target of [before, ...doc.querySelectorAll(hostSelector(CONTROL_TAG))]) if (focusOn(target)) return;
  });
}

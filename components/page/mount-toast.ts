import { TOAST_CSS } from '@/components/page/content-styles';
import { createShadowHost, TOAST_TAG } from '@/components/page/shadow-host';
import { returnFocus } from '@/components/page/focus-return';
import { layerParent, showInTopLayer, watchLayers } from '@/components/page/top-layer';
import type { ShowToast, ToastAction } from '@/utils/page/toast-action';
import { trusted } from '@/components/page/trusted';
import { button, el } from '@/components/page/dom';
import { swallowSecondClick } from '@/components/page/swallow-second-click';
import { placeClearOfControls } from '@/components/page/toast-place';

const SHOW_MS = 10_000;

/**
 * Shows one message at a time in the page's corner; a newer one replaces it. The notice is a
 * manual popover (top layer: above the page's modal editor, its z-index and transforms), placed
 * inside the page's open modal dialog if there is one: outside it, the page is inert, and an inert
 * notice can be neither clicked nor read by a screen reader.
 */
export function createToaster(doc: Document, instance: string, dismissLabel: string): ShowToast {
  let current: { host: HTMLElement; timer: ReturnType<typeof setTimeout> | undefined; unwatch: () => void; before: Element | null } | null = null;
  const hide = () => {
    if (!current) return;
    const { host, timer, unwatch, before } = current;
    current = null;
    clearTimeout(timer);
    unwatch();
    const hadFocus = host.contains(doc.activeElement) || doc.activeElement === host;
    host.remove();
    if (hadFocus) returnFocus(doc, host, before);
  };
  return (text: string, tone: 'info' | 'error' = 'info', actions?: ToastAction[]) => {
    hide();
    const { host, root } = createShadowHost(doc, TOAST_TAG, TOAST_CSS, instance);
    root.appendChild(doc.createElement('div')).append(toastView(doc, text, tone, dismissLabel, hide, actions));
    // The page opened a modal or popover, or the one it sits in closed or went away (OnTime
    // saved): move it to where it is seen.
    const replace = () => {
      if (current?.host === host && host.parentElement !== layerParent(doc)) showInTopLayer(host, layerParent(doc));
    };
    showInTopLayer(host, layerParent(doc));
    // Never over the editor's Save or the page's other controls: they stay clickable.
    requestAnimationFrame(() => current?.host === host && placeClearOfControls(doc, host));
    const unwatch = watchLayers(doc, host, replace);
    // A toast that asks for a decision stays until it gets one.
    const timer = actions?.length ? undefined : setTimeout(hide, tone === 'error' ? SHOW_MS * 3 : SHOW_MS);
    const state = { host, timer, unwatch, before: null as Element | null };
    // Where the user was before Tab brought them to Dismiss: focus goes back there.
    host.addEventListener('focusin', (event) => (state.before ??= event.relatedTarget as Element | null));
    current = state;
  };
}

/**
 * A short message on the page after the editor has closed (update or delete at Zoom). It has no
 * live role of its own: a region created together with its text is often missed, so its text is
 * said through the page's one live region (mount-live-region.ts) instead. Next steps offered right
 * there (e.g. Delete meeting / Keep) replace Dismiss.
 */
export function toastView(doc: Document, text: string, tone: 'info' | 'error', dismissLabel: string, onDismiss: () => void, actions?: ToastAction[]): HTMLElement {
  return el(
    doc,
    'div',
    { class: `toast ${tone}` },
    el(doc, 'span', {}, text),
    actions?.length
      ? el(
          doc,
          'div',
          { class: 'actions' },
          // Only the user's own click: a page script cannot delete or keep for them.
          ...actions.map((action) =>
            button(doc, {}, trusted(() => {
              swallowSecondClick(doc); // the notice goes: the rest of a double-click must not reach the page under it
              onDismiss();
              action.act();
            }), action.label),
          ),
        )
      : button(doc, {}, () => (swallowSecondClick(doc), onDismiss()), dismissLabel),
  );
}

export type Toaster = ReturnType<typeof createToaster>;

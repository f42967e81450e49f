import { h, render } from 'preact';
import { Toast } from '@/components/page/Toast';
import { TOAST_CSS } from '@/components/page/content-styles';
import { createShadowHost, TOAST_TAG } from '@/components/page/shadow-host';
import { returnFocus } from '@/components/page/focus-return';
import { layerParent, showInTopLayer, watchLayers } from '@/components/page/top-layer';
import type { ShowToast, ToastAction } from '@/utils/page/toast-action';

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
    const container = root.appendChild(doc.createElement('div'));
    render(h(Toast, { text, tone, dismissLabel, onDismiss: hide, actions }), container);
    // The page opened a modal or popover, or the one it sits in closed or went away (OnTime
    // saved): move it to where it is seen.
    const replace = () => {
      if (current?.host === host && host.parentElement !== layerParent(doc)) showInTopLayer(host, layerParent(doc));
    };
    showInTopLayer(host, layerParent(doc));
    const unwatch = watchLayers(doc, host, replace);
    // A toast that asks for a decision stays until it gets one.
    const timer = actions?.length ? undefined : setTimeout(hide, tone === 'error' ? SHOW_MS * 3 : SHOW_MS);
    const state = { host, timer, unwatch, before: null as Element | null };
    // Where the user was before Tab brought them to Dismiss: focus goes back there.
    host.addEventListener('focusin', (event) => (state.before ??= event.relatedTarget as Element | null));
    current = state;
  };
}

export type Toaster = ReturnType<typeof createToaster>;

import { h, render } from 'preact';
import { Toast } from '@/components/page/Toast';
import { TOAST_CSS } from '@/components/page/content-styles';
import { createShadowHost, TOAST_TAG } from '@/components/page/shadow-host';
import { returnFocus } from '@/components/page/focus-return';
import { layerParent, showInTopLayer } from '@/components/page/top-layer';
import type { ShowToast, ToastAction } from '@/utils/page/toast-action';

const SHOW_MS = 10_000;

/**
 * Shows one message at a time in the page's corner; a newer one replaces it. The notice is a
 * manual popover (top layer: above the page's modal editor, its z-index and transforms), placed
 * inside the page's open modal dialog if there is one: outside it, the page is inert, and an inert
 * notice can be neither clicked nor read by a screen reader.
 */
export function createToaster(doc: Document, instance: string, dismissLabel: string): ShowToast {
  let current: { host: HTMLElement; timer: ReturnType<typeof setTimeout> | undefined; watch: MutationObserver; before: Element | null } | null = null;
  const hide = () => {
    if (!current) return;
    const { host, timer, watch, before } = current;
    current = null;
    clearTimeout(timer);
    watch.disconnect();
    const hadFocus = host.contains(doc.activeElement) || doc.activeElement === host;
    host.remove();
    if (hadFocus) returnFocus(doc, host, before);
  };
  return (text: string, tone: 'info' | 'error' = 'info', actions?: ToastAction[]) => {
    hide();
    const { host, root } = createShadowHost(doc, TOAST_TAG, TOAST_CSS, instance);
    const container = root.appendChild(doc.createElement('div'));
    render(h(Toast, { text, tone, dismissLabel, onDismiss: hide, actions }), container);
    const place = () => {
      const parent = layerParent(doc);
      showInTopLayer(host, parent);
      // A popover's closing changes no attribute: it tells by a toggle event, which does not bubble.
      if (parent.popover) parent.addEventListener('toggle', replace, { once: true });
    };
    // The dialog or popover it sits in closed or went away (OnTime saved): move it to where it is seen.
    const replace = () => {
      if (current?.host === host && host.parentElement !== layerParent(doc)) place();
    };
    place();
    const watch = new MutationObserver(replace);
    watch.observe(doc.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['open'] });
    // A toast that asks for a decision stays until it gets one.
    const timer = actions?.length ? undefined : setTimeout(hide, tone === 'error' ? SHOW_MS * 3 : SHOW_MS);
    const state = { host, timer, watch, before: null as Element | null };
    // Where the user was before Tab brought them to Dismiss: focus goes back there.
    host.addEventListener('focusin', (event) => (state.before ??= event.relatedTarget as Element | null));
    current = state;
  };
}

export type Toaster = ReturnType<typeof createToaster>;

import { h, render } from 'preact';
import { Toast } from '@/components/page/Toast';
import { TOAST_CSS } from '@/components/page/content-styles';
import { createShadowHost, TOAST_TAG } from '@/components/page/shadow-host';
import type { ShowToast, ToastAction } from '@/utils/page/toast-action';

const SHOW_MS = 10_000;

/** Shows one message at a time in the page's corner; a newer one replaces it. */
export function createToaster(doc: Document, instance: string, dismissLabel: string): ShowToast {
  let current: { host: HTMLElement; timer: ReturnType<typeof setTimeout> | undefined } | null = null;
  const hide = () => {
    if (!current) return;
    clearTimeout(current.timer);
    current.host.remove();
    current = null;
  };
  return (text: string, tone: 'info' | 'error' = 'info', actions?: ToastAction[]) => {
    hide();
    const { host, root } = createShadowHost(doc, TOAST_TAG, TOAST_CSS, instance);
    const container = root.appendChild(doc.createElement('div'));
    render(h(Toast, { text, tone, dismissLabel, onDismiss: hide, actions }), container);
    doc.body.append(host);
    // A toast that asks for a decision stays until it gets one.
    current = { host, timer: actions?.length ? undefined : setTimeout(hide, tone === 'error' ? SHOW_MS * 3 : SHOW_MS) };
  };
}

export type Toaster = ReturnType<typeof createToaster>;

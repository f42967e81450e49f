/** Our custom element names; the page's CSS and scripts see only an opaque host. */
export const CONTROL_TAG = 'ontime-zoom-control';
export const DIALOG_TAG = 'ontime-zoom-dialog';
export const TOAST_TAG = 'ontime-zoom-toast';

/** A host element with an open shadow root holding our styles. */
export function createShadowHost(doc: Document, tag: string, css: string, instance: string): { host: HTMLElement; root: ShadowRoot } {
  const host = doc.createElement(tag);
  host.dataset.instance = instance;
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = css;
  root.append(style);
  return { host, root };
}

export function isOurHost(node: Element): boolean {
  return node.localName === CONTROL_TAG || node.localName === DIALOG_TAG || node.localName === TOAST_TAG;
}

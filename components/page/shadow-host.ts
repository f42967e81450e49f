/** Our custom element names; the page's CSS and scripts see only an opaque host. */
export const CONTROL_TAG = 'ontime-zoom-control';
export const DIALOG_TAG = 'ontime-zoom-dialog';
export const TOAST_TAG = 'ontime-zoom-toast';

// One parsed stylesheet per CSS text, shared by every shadow root that uses it.
const sheets = new Map<string, CSSStyleSheet>();

function adopt(root: ShadowRoot, css: string): boolean {
  try {
    let sheet = sheets.get(css);
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      sheets.set(css, sheet);
    }
    root.adoptedStyleSheets = [sheet];
    return true;
  } catch {
    return false; // e.g. Firefox content-script wrappers: fall back to a <style> element
  }
}

/** A host element with an open shadow root holding our styles. */
export function createShadowHost(doc: Document, tag: string, css: string, instance: string): { host: HTMLElement; root: ShadowRoot } {
  const host = doc.createElement(tag);
  host.dataset.instance = instance;
  const root = host.attachShadow({ mode: 'open' });
  if (!adopt(root, css)) {
    const style = doc.createElement('style');
    style.textContent = css;
    root.append(style);
  }
  return { host, root };
}

export function isOurHost(node: Element): boolean {
  return node.localName === CONTROL_TAG || node.localName === DIALOG_TAG || node.localName === TOAST_TAG;
}

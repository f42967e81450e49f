/** Our custom element names; the page's CSS and scripts see only an opaque host. */
export const CONTROL_TAG = 'ontime-zoom-control';
export const DIALOG_TAG = 'ontime-zoom-dialog';
export const TOAST_TAG = 'ontime-zoom-toast';
export const LIVE_TAG = 'ontime-zoom-live';

/**
 * Release builds attach closed shadow roots: the OnTime page's own scripts (not the user) cannot
 * reach into our controls to read them or drive them. The local-test build keeps them open,
 * because browser automation (Playwright) cannot pierce closed roots. The one place this is chosen.
 */
export function shadowRootMode(buildMode: string): ShadowRootMode {
  return buildMode === 'localtest' ? 'open' : 'closed';
}

const MODE = shadowRootMode(import.meta.env.MODE);

// Our own code reaches each root through this map, whatever the mode.
const roots = new WeakMap<Element, ShadowRoot>();

/** The shadow root of one of our hosts (closed roots are not on `host.shadowRoot`). */
export function rootOf(host: Element): ShadowRoot | undefined {
  return roots.get(host);
}

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

/** A host element with a shadow root (closed in release builds) holding our styles. */
export function createShadowHost(doc: Document, tag: string, css: string, instance: string): { host: HTMLElement; root: ShadowRoot } {
  const host = doc.createElement(tag);
  host.dataset.instance = instance;
  const root = host.attachShadow({ mode: MODE });
  roots.set(host, root);
  if (!adopt(root, css)) {
    const style = doc.createElement('style');
    style.textContent = css;
    root.append(style);
  }
  return { host, root };
}

export function isOurHost(node: Element): boolean {
  return node.localName === CONTROL_TAG || node.localName === DIALOG_TAG || node.localName === TOAST_TAG || node.localName === LIVE_TAG;
}

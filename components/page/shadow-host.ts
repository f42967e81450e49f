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

// The name each host is made with in this page: ours, or another one when the page took ours.
const tagInUse = new Map<string, string>();

/**
 * The element name our host `base` is made with. A page that defined a custom element of our
 * name before we ran would own every host of that name (its constructor, its own shadow root,
 * which leaves no room for ours): then a name of ours with a random tail, which the page cannot
 * have defined first, is used instead.
 */
export function hostTag(doc: Document, base: string): string {
  let tag = tagInUse.get(base);
  if (!tag) {
    tag = takenByPage(doc, base) ? `${base}-${crypto.randomUUID().slice(0, 8)}` : base;
    tagInUse.set(base, tag);
  }
  return tag;
}

/** An element of that name is the page's own custom element, or has a shadow root before we attach ours. */
function takenByPage(doc: Document, name: string): boolean {
  const probe = doc.createElement(name);
  if (probe.matches(':defined')) return true;
  try {
    probe.attachShadow({ mode: 'closed' });
    return false;
  } catch {
    return true;
  }
}

/** A selector for the hosts made from `base` (by their name in this page). */
export function hostSelector(base: string): string {
  return tagInUse.get(base) ?? base;
}

/** A host element with a shadow root (closed in release builds) holding our styles. */
export function createShadowHost(doc: Document, tag: string, css: string, instance: string): { host: HTMLElement; root: ShadowRoot } {
  const host = doc.createElement(hostTag(doc, tag));
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

const BASES = [CONTROL_TAG, DIALOG_TAG, TOAST_TAG, LIVE_TAG];

export function isOurHost(node: Element): boolean {
  const name = node.localName;
  return BASES.some((base) => name === base || name === tagInUse.get(base));
}

/** Whether `node` is a control host of ours (by its name in this page). */
export function isControlHost(node: Element): boolean {
  return node.localName === hostSelector(CONTROL_TAG) || node.localName === CONTROL_TAG;
}

/** Hosts left in the page by an earlier copy of this script, whatever name it made them with. */
export function staleHosts(doc: Document): Element[] {
  const named = [...doc.querySelectorAll(BASES.join(', '))];
  const renamed = [...doc.querySelectorAll('[data-instance]')].filter((el) => BASES.some((base) => el.localName.startsWith(`${base}-`)));
  return [...named, ...renamed];
}

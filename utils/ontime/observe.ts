import { candidateContainers, readEditor, type Editor } from './editor';
import type { PageOverrides } from './selectors';

/**
 * Calls `onEditor` for every meeting editor that appears, and again when one is re-rendered.
 * Only added nodes are looked at (never a page-wide scan on each mutation); `ignore` skips our
 * own UI so mounting it does not trigger a new round.
 */
export function observeEditors(
  doc: Document,
  overrides: PageOverrides,
  onEditor: (editor: Editor) => void,
  ignore: (node: Element) => boolean,
  signal: AbortSignal,
): void {
  const check = (containers: Iterable<Element>) => {
    for (const container of containers) {
      const editor = readEditor(container, overrides);
      if (editor) onEditor(editor);
    }
  };

  const observer = new MutationObserver((records) => {
    const seen = new Set<Element>();
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType !== Node.ELEMENT_NODE || ignore(node as Element)) continue;
        for (const container of candidateContainers(node as Element, overrides)) seen.add(container);
      }
    }
    check(seen);
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  if (doc.body) check(candidateContainers(doc.body, overrides));
}

/** Calls `onShown` when the container (or a wrapper) is un-hidden: pages that reuse one dialog. */
export function observeShown(container: Element, onShown: () => void, signal: AbortSignal): void {
  let wasVisible = isVisible(container);
  const observer = new MutationObserver(() => {
    const visible = isVisible(container);
    if (visible && !wasVisible) setTimeout(onShown, 0); // let the page fill its fields first
    wasVisible = visible;
  });
  for (let node: Element | null = container, depth = 0; node && node !== container.ownerDocument.body && depth < 4; node = node.parentElement, depth++) {
    observer.observe(node, { attributes: true, attributeFilter: ['hidden', 'style', 'class', 'open', 'aria-hidden'] });
  }
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}

function isVisible(element: Element): boolean {
  const el = element as HTMLElement;
  if (typeof el.checkVisibility === 'function') return el.checkVisibility();
  return !el.closest('[hidden]') && el.getClientRects().length > 0;
}

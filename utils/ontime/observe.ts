import { candidateContainers, containerAround, containersWithin, matchesContainer, readEditor, type Editor } from './editor';
import type { PageOverrides } from './selectors';

export interface EditorWatch {
  /** A meeting editor appeared, or changed enough to be read again. */
  onEditor(editor: Editor): void;
  /** A known editor (or a wrapper of it) went from hidden to shown: pages that reuse one dialog. */
  onShown(editor: Editor): void;
  /** Something was removed from the page (to let go of UI whose editor is gone). */
  onRemoved(): void;
  /** Our own UI: mounting it must not start a new round. */
  ignore(node: Element): boolean;
}

/** True while every control we read is still in the page: no need to read the editor again. */
function stillValid(editor: Editor): boolean {
  return editor.subject.isConnected && editor.start.every((c) => c.isConnected) && editor.end.every((c) => c.isConnected) && (editor.location?.isConnected ?? true) && (editor.body?.isConnected ?? true) && (editor.onlineMeetingRow?.isConnected ?? true);
}

function isVisible(element: Element): boolean {
  const el = element as HTMLElement;
  if (typeof el.checkVisibility === 'function') return el.checkVisibility();
  return !el.closest('[hidden]') && el.getClientRects().length > 0;
}

/**
 * Watches the page for meeting editors. Only added nodes are looked at (never a page-wide scan
 * per mutation), an editor whose controls are all still in place is not read again, and one
 * attribute observer serves every editor, so nothing is kept per editor once it is gone.
 */
export function observeEditors(doc: Document, overrides: PageOverrides, watch: EditorWatch, signal: AbortSignal): void {
  const known = new WeakMap<Element, Editor>();
  // Observed wrapper → its editor's container, for the hidden/shown observer.
  const wrapperOf = new WeakMap<Node, Element>();
  const visible = new WeakMap<Element, boolean>();

  const check = (containers: Iterable<Element>) => {
    for (const container of containers) {
      const cached = known.get(container);
      const editor = cached && stillValid(cached) ? cached : readEditor(container, overrides);
      if (!editor) continue;
      if (editor !== cached) {
        known.set(container, editor);
        watchShown(container);
      }
      watch.onEditor(editor);
    }
  };

  // Style is read in a frame callback, where the browser computes it anyway, never inside
  // the mutation callback (that would force a synchronous style recalculation).
  let pending = new Set<Element>();
  let frame = 0;
  const checkShown = () => {
    frame = 0;
    const containers = pending;
    pending = new Set();
    for (const container of containers) {
      const now = isVisible(container);
      const editor = known.get(container);
      if (now && visible.get(container) === false && editor) watch.onShown(editor);
      visible.set(container, now);
    }
  };
  const shownObserver = new MutationObserver((records) => {
    for (const record of records) {
      const container = wrapperOf.get(record.target);
      if (container?.isConnected) pending.add(container);
    }
    if (pending.size && !frame) frame = requestAnimationFrame(checkShown);
  });
  function watchShown(container: Element) {
    if (wrapperOf.get(container) === container) return;
    for (let node: Element | null = container, depth = 0; node && node !== doc.body && depth < 4; node = node.parentElement, depth++) {
      wrapperOf.set(node, container);
      shownObserver.observe(node, { attributes: true, attributeFilter: ['hidden', 'style', 'class', 'open', 'aria-hidden'] });
    }
    pending.add(container);
    if (!frame) frame = requestAnimationFrame(checkShown);
  }

  // Per batch: one closest() per parent that gained children (not per added node), and a
  // descendant query only for added nodes that have children of their own.
  const observer = new MutationObserver((records) => {
    const touched = new Set<Element>();
    const parents = new Set<Node>();
    let removed = false;
    for (const record of records) {
      if (record.removedNodes.length) removed = true;
      for (const node of record.addedNodes) {
        if (node.nodeType !== Node.ELEMENT_NODE || watch.ignore(node as Element)) continue;
        const element = node as Element;
        parents.add(record.target);
        if (matchesContainer(element, overrides)) touched.add(element);
        else if (element.firstElementChild) for (const container of containersWithin(element, overrides)) touched.add(container);
      }
    }
    for (const parent of parents) {
      const around = parent.nodeType === Node.ELEMENT_NODE ? containerAround(parent as Element, overrides) : null;
      if (around) touched.add(around);
    }
    if (removed) watch.onRemoved();
    // Editors are read at their outermost container (a dialog around a form).
    for (const container of touched) {
      const outer = container.parentElement && containerAround(container.parentElement, overrides);
      if (outer) {
        touched.delete(container);
        touched.add(outer);
      }
    }
    check(touched);
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      shownObserver.disconnect();
      if (frame) cancelAnimationFrame(frame);
    },
    { once: true },
  );
  if (doc.body) check(candidateContainers(doc.body, overrides));
}

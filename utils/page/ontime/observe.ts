import { candidateContainers, containerAround, containersWithin, matchesContainer, readEditor, type Editor } from '@/utils/page/ontime/editor';
import { createChurnMeter } from '@/utils/page/ontime/churn-meter';
import type { PageOverrides } from '@/utils/shared/settings/types';

export interface EditorWatch {
  /** A meeting editor appeared, or changed enough to be read again. */
  onEditor(editor: Editor): void;
  /** A known editor (or a wrapper of it) went from hidden to shown: pages that reuse one dialog. */
  onShown(editor: Editor): void;
  /** Our own UI: mounting it must not start a new round. */
  ignore(node: Element): boolean;
}

/** True while every control we read is still in the page: no need to read the editor again. */
function stillValid(editor: Editor): boolean {
  for (const control of [editor.subject, ...editor.start, ...editor.end, editor.location, editor.body, editor.onlineMeetingRow]) {
    if (control && !control.isConnected) return false;
  }
  return true;
}

function isVisible(element: Element): boolean {
  const el = element as HTMLElement;
  if (typeof el.checkVisibility === 'function') return el.checkVisibility();
  return !el.closest('[hidden]') && el.getClientRects().length > 0;
}

/**
 * Watches the page for meeting editors. Only added nodes are looked at (a page-wide query only
 * when watching resumes after a burst of changes), an editor whose controls are all still in
 * place is not read again, and one attribute observer serves every editor, so nothing is kept
 * per editor once it is gone.
 */
export function observeEditors(doc: Document, overrides: PageOverrides, watch: EditorWatch, signal: AbortSignal) {
  const known = new WeakMap<Element, Editor>();
  // Observed wrapper → its editor's container, for the hidden/shown observer.
  const wrapperOf = new WeakMap<Node, Element>();
  // Editors in the page now: a change inside one of them needs no selector work at all.
  const live = new Set<Element>();
  const liveAround = (node: Node): Element | null => {
    let around: Element | null = null;
    for (const container of live) {
      if (!container.isConnected) live.delete(container);
      else if (!around && container.contains(node)) around = container;
    }
    return around;
  };

  const check = (containers: Iterable<Element>) => {
    for (const container of containers) {
      const cached = known.get(container);
      const editor = cached && stillValid(cached) ? cached : readEditor(container, overrides);
      if (!editor) continue;
      if (editor !== cached) {
        known.set(container, editor);
        watchShown(container);
      }
      live.add(container);
      watch.onEditor(editor);
    }
  };

  // Pages that reuse one dialog hide and show it: an editor shown again is synced again. An
  // editor's visibility is read when it is found, before our control goes in: a page that focuses
  // a field has just computed style, so the read costs nothing (else it computes what the frame
  // would), and no frame callback is spent per editor. After a wrapper's attributes change it is
  // read in a frame, never in the mutation callback, which would recalculate style per change.
  const visible = new WeakMap<Element, boolean>();
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
  const readInFrame = (container: Element) => {
    pending.add(container);
    if (!frame) frame = requestAnimationFrame(checkShown);
  };
  const shownObserver = new MutationObserver((records) => {
    for (const record of records) {
      const container = wrapperOf.get(record.target);
      if (container?.isConnected) readInFrame(container);
    }
  });
  function watchShown(container: Element) {
    if (wrapperOf.get(container) === container) return;
    for (let node: Element | null = container, depth = 0; node && node !== doc.body && depth < 4; node = node.parentElement, depth++) {
      wrapperOf.set(node, container);
      shownObserver.observe(node, { attributes: true, attributeFilter: ['hidden', 'style', 'class', 'open', 'aria-hidden'] });
    }
    const now = isVisible(container);
    visible.set(container, now);
    // Found hidden: read again in the frame, in case the page shows it by a route not watched.
    if (!now) readInFrame(container);
  }

  // Most batches are the page's own churn: removals are skipped (they cannot bring an editor),
  // a change inside a known editor costs one contains(), and elsewhere there is one closest()
  // per parent that gained children and a descendant query only for added subtrees. Editors are
  // read at their outermost container (a dialog around a form): the one around the parent, else
  // the outermost ones in what was added.
  const handle = (records: MutationRecord[]) => {
    const touched = new Set<Element>();
    const aroundOf = new Map<Node, Element | null>();
    for (let r = 0; r < records.length; r++) {
      const added = records[r]!.addedNodes;
      if (!added.length || (added.length === 1 && added[0]!.nodeType === Node.ELEMENT_NODE && watch.ignore(added[0] as Element))) continue;
      const target = records[r]!.target;
      const inside = liveAround(target);
      if (inside) {
        touched.add(inside);
        continue;
      }
      let around = aroundOf.get(target);
      if (around === undefined) {
        around = target.nodeType === Node.ELEMENT_NODE ? containerAround(target as Element, overrides) : null;
        aroundOf.set(target, around);
      }
      if (around) {
        touched.add(around);
        continue;
      }
      for (let i = 0; i < added.length; i++) {
        const node = added[i]!;
        if (node.nodeType !== Node.ELEMENT_NODE || watch.ignore(node as Element)) continue;
        const element = node as Element;
        const containers = matchesContainer(element, overrides) ? [element] : element.firstElementChild ? containersWithin(element, overrides) : [];
        // A node moved on later in the batch (e.g. wrapped in a dialog) is read where it is now.
        const moved = element.parentNode !== target;
        for (const container of containers) touched.add((moved && container.parentElement && containerAround(container.parentElement, overrides)) || container);
      }
    }
    check(touched);
  };

  // The whole document is watched, except while the page churns (see churn-meter.ts): then only
  // what is added straight to <body> (dialogs, portals) is, and the rest is caught up on resume.
  const meter = createChurnMeter();
  const checkAll = () => doc.body && check(candidateContainers(doc.body, overrides));
  const WHOLE: MutationObserverInit = { childList: true, subtree: true };
  let paused = 0;
  const portals = new MutationObserver(handle);
  const observer = new MutationObserver((records) => {
    handle(records);
    const pauseMs = meter.add(records.length, performance.now());
    if (!pauseMs || !doc.body || signal.aborted) return;
    observer.disconnect();
    portals.observe(doc.body, { childList: true });
    paused = window.setTimeout(resume, pauseMs);
  });
  function resume() {
    paused = 0;
    if (signal.aborted) return;
    handle(portals.takeRecords());
    portals.disconnect();
    observer.observe(doc.documentElement, WHOLE);
    meter.resumed(performance.now());
    checkAll();
  }
  observer.observe(doc.documentElement, WHOLE);
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      portals.disconnect();
      shownObserver.disconnect();
      clearTimeout(paused);
      if (frame) cancelAnimationFrame(frame);
    },
    { once: true },
  );
  checkAll();

  return {
    /** The editor in this container as it is now: read again if the page replaced its fields. */
    current(container: Element): Editor | null {
      const cached = known.get(container);
      if (cached && stillValid(cached)) return cached;
      const editor = container.isConnected ? readEditor(container, overrides) : null;
      if (editor) known.set(container, editor);
      return editor;
    },
  };
}

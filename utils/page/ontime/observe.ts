import { candidateContainers, containerAround, containersWithin, hasContainerWithin, matchesContainer, readEditor, type Editor } from '@/utils/page/ontime/editor';
import { createChurnMeter } from '@/utils/page/ontime/churn-meter';
import { createShownTracker, hasBox } from '@/utils/page/ontime/shown-tracker';
import type { PageOverrides } from '@/utils/shared/settings/types';

export interface EditorWatch {
  /** A meeting editor appeared, or changed enough to be read again. */
  onEditor(editor: Editor): void;
  /** A known editor (or a wrapper of it) went from hidden to shown: pages that reuse one dialog. */
  onShown(editor: Editor): void;
  /** Our own UI: mounting it must not start a new round. */
  ignore(node: Element): boolean;
}

/** Added nodes in one record above which the parent is queried once instead of each node. */
const BIG_BATCH = 8;

/** True while every control we read is still in the page: no need to read the editor again. */
function stillValid(editor: Editor): boolean {
  for (const control of [editor.subject, ...editor.start, ...editor.end, editor.location, editor.body, editor.onlineMeetingRow]) {
    if (control && !control.isConnected) return false;
  }
  return true;
}

/**
 * Hidden by markup alone (the hidden attribute, a closed <dialog>): read from attributes, so it
 * never makes the browser compute style, whatever state the page left it in.
 */
function hiddenByMarkup(element: Element): boolean {
  return !!element.closest('[hidden], dialog:not([open])');
}

/**
 * Watches the page for meeting editors. Only added nodes are looked at (a page-wide query only
 * when watching resumes after a burst of changes), an editor whose controls are all still in
 * place is not read again, and one attribute observer serves every editor, so nothing is kept
 * per editor once it is gone.
 */
export function observeEditors(doc: Document, overrides: PageOverrides, watch: EditorWatch, signal: AbortSignal) {
  const known = new WeakMap<Element, Editor>();
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
      if (editor !== cached) known.set(container, editor);
      watchShown(container);
      live.add(container);
      watch.onEditor(editor);
    }
  };

  // Pages that reuse one dialog hide and show it: an editor shown again is synced again. Its
  // visibility is never read from style by us: in a mutation callback the page has just changed
  // the DOM, and a busy page dirties style again between frames, so any read of ours would make
  // the browser compute style then and there. The markup says hidden or not when an editor is
  // found; the rest comes from a ResizeObserver, which the browser reports after each frame's own
  // layout, whatever route (attribute, class, stylesheet) showed or hid it: a box, or 0×0 when the
  // editor left the rendering (its first report comes either way). Cheaper than an
  // IntersectionObserver, which maps the editor's geometry every frame (#18), and the same test
  // editor-closed.ts uses.
  const shown = createShownTracker<Element>((container) => {
    const editor = known.get(container);
    if (editor) watch.onShown(editor);
  });
  const observed = new WeakSet<Element>();
  const rendering =
    typeof ResizeObserver === 'function'
      ? new ResizeObserver((entries) => {
          for (const entry of entries) {
            if (!entry.target.isConnected) {
              rendering?.unobserve(entry.target); // nothing kept for an editor gone
              observed.delete(entry.target);
            } else shown.rendered(entry.target, hasBox(entry));
          }
        })
      : null;
  function watchShown(container: Element) {
    if (observed.has(container)) return;
    observed.add(container);
    shown.found(container, hiddenByMarkup(container));
    rendering?.observe(container);
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
      // A list re-rendered (many rows at once): one native query under the parent instead of one
      // per row. A node moved on later in the batch is in a later record, where it is now.
      if (added.length > BIG_BATCH && target.nodeType === Node.ELEMENT_NODE && !hasContainerWithin(target as Element, overrides)) continue;
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
      rendering?.disconnect();
      clearTimeout(paused);
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

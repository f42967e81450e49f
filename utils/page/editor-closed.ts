import { hasBox } from '@/utils/page/ontime/shown-tracker';

/**
 * Tells when the meeting editor in use is gone: removed, hidden (pages that reuse one dialog), or
 * closed (a native <dialog>). A ResizeObserver hears each of these at no cost while the editor
 * stays (an element leaving the render tree reports a 0×0 box). A re-render that swaps the editor
 * for a new one is not a close: `stillOpen` asks whether an editor is shown now, after the page
 * observer has met the new one. Shown or not is learnt from the observer's reports (a box, or
 * none), never read from style.
 */
export interface ClosedWatch {
  /** Whether a meeting editor is shown in the page now (the one followed, or one that replaced it). */
  stillOpen(): boolean;
  onClosed(): void;
}

export function isShown(element: Element): boolean {
  if (!element.isConnected) return false;
  if (typeof element.checkVisibility === 'function') return element.checkVisibility({ visibilityProperty: true });
  return element.getClientRects().length > 0;
}

/** Hidden by its markup alone (read from attributes: no style or layout is computed). */
function hiddenByMarkup(element: Element): boolean {
  return !!element.closest('[hidden], dialog:not([open])');
}

export function watchEditorClosed(watch: ClosedWatch, signal: AbortSignal) {
  let followed: Element | null = null;
  let open = false;
  // No report about the followed editor yet; else whether the last one gave it a box.
  let first = false;
  let boxed = false;
  let pending = 0;
  // The editor closed while a replacement had not been reported yet: its first report decides.
  let deferred = false;
  const close = () => {
    if (watch.stillOpen()) return;
    open = false;
    watch.onClosed();
  };
  const decide = () => {
    pending = 0;
    if (!open || boxed) return;
    if (first) deferred = true;
    else close();
  };
  // Shown or not is taken from the observer's own report (a box, or 0×0 when the editor left the
  // rendering), never read from style: read in this callback, in `decide` or when an editor is
  // found, it made the browser compute style and lay the page (and our new control) out inside
  // our code.
  const observer = new ResizeObserver((entries) => {
    const entry = entries.findLast((e) => e.target === followed);
    if (!entry || !followed) return;
    boxed = hasBox(entry);
    const wasFirst = first;
    first = false;
    if (wasFirst && deferred) {
      deferred = false;
      if (boxed) open = true;
      else close();
    }
    // Found hidden by style: not open. Found and already gone: it closed.
    else if (wasFirst && (boxed || followed.isConnected)) open = boxed;
    else if (boxed) open = true;
    // Decided after the page's own mutation callbacks and ours have met a replacement editor.
    else if (!pending) pending = window.setTimeout(decide, 0);
  });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(pending);
  }, { once: true });
  return {
    /** The editor in use now (found, re-rendered, or shown again). */
    follow(container: Element): void {
      if (signal.aborted || container === followed) return;
      if (followed) observer.unobserve(followed);
      followed = container;
      open = container.isConnected && !hiddenByMarkup(container);
      first = true;
      boxed = false;
      observer.observe(container);
    },
  };
}

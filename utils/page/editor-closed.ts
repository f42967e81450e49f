/**
 * Tells when the meeting editor in use is gone: removed, hidden (pages that reuse one dialog), or
 * closed (a native <dialog>). A ResizeObserver hears each of these at no cost while the editor
 * stays (an element leaving the render tree reports a 0×0 box). A re-render that swaps the editor
 * for a new one is not a close: `stillOpen` asks whether an editor is shown now, after the page
 * observer has met the new one. Shown or not is learnt from the observer's reports, never read
 * when an editor is found or changes.
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
  // The editor's first report since it was followed: its state then, not a change.
  let first = false;
  let pending = 0;
  const decide = () => {
    pending = 0;
    if (!open || (followed && isShown(followed)) || watch.stillOpen()) return;
    open = false;
    watch.onClosed();
  };
  // Whether the editor is shown is read here only: the observer runs after the frame's layout,
  // so reading it costs nothing, where reading it when the editor is found would make the
  // browser lay the page (and our new control) out inside our callback.
  const observer = new ResizeObserver(() => {
    if (!followed) return;
    const shown = isShown(followed);
    const wasFirst = first;
    first = false;
    // Found hidden by style: not open. Found and already gone: it closed.
    if (wasFirst && (shown || followed.isConnected)) open = shown;
    else if (shown) open = true;
    // Read after the page's own mutation callbacks and ours have met a replacement editor.
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
      observer.observe(container);
    },
  };
}

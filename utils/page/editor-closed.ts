/**
 * Tells when the meeting editor in use is gone: removed, hidden (pages that reuse one dialog), or
 * closed (a native <dialog>). A ResizeObserver hears each of these at no cost while the editor
 * stays (an element leaving the render tree reports a 0×0 box). A re-render that swaps the editor
 * for a new one is not a close: `stillOpen` asks whether an editor is shown now, after the page
 * observer has met the new one.
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

export function watchEditorClosed(watch: ClosedWatch, signal: AbortSignal) {
  let followed: Element | null = null;
  let open = false;
  let pending = 0;
  const decide = () => {
    pending = 0;
    if (!open || (followed && isShown(followed)) || watch.stillOpen()) return;
    open = false;
    watch.onClosed();
  };
  const observer = new ResizeObserver(() => {
    // Read after the page's own mutation callbacks and ours have met a replacement editor.
    if (followed && !isShown(followed) && !pending) pending = window.setTimeout(decide, 0);
  });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(pending);
  }, { once: true });
  return {
    /** The editor in use now (found, re-rendered, or shown again). */
    follow(container: Element): void {
      if (signal.aborted) return;
      if (container !== followed) {
        if (followed) observer.unobserve(followed);
        followed = container;
        observer.observe(container);
      }
      open = isShown(container);
    },
  };
}

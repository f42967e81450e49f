/**
 * When an editor counts as shown again (pages that keep one dialog and hide it between uses).
 * Told what the markup says when the editor is found, and later what the page's own rendering
 * reported (a ResizeObserver, computed with the frame): it never reads style itself, so it
 * never makes the browser compute style or layout inside our code.
 */
export function createShownTracker<T extends object>(onShown: (key: T) => void) {
  // false: hidden; true: shown; absent: not known yet (found without hidden markup).
  const visible = new WeakMap<T, boolean>();
  return {
    /** Found now: hidden by its markup (hidden attribute, closed <dialog>), or not known. */
    found(key: T, hiddenByMarkup: boolean): void {
      if (hiddenByMarkup) visible.set(key, false);
    },
    /** What the frame's rendering found: only hidden → shown counts. */
    rendered(key: T, shown: boolean): void {
      if (shown && visible.get(key) === false) onShown(key);
      visible.set(key, shown);
    },
  };
}

/** A ResizeObserver's report of an element in the rendering: any box; 0×0 once it left it (hidden or removed). */
export function hasBox(entry: ResizeObserverEntry): boolean {
  return entry.contentRect.width > 0 || entry.contentRect.height > 0;
}

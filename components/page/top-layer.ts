/*
 * Where our surfaces go so the user can see and reach them, whatever the page does. The top layer
 * (our modal <dialog>, a notice as a manual popover) is painted above every z-index, transform and
 * overflow of the page. Two page states decide the parent element:
 * - a modal <dialog> is open: everything outside it is inert (no clicks, hidden from screen readers);
 * - an auto popover is open (an editor shown with showPopover()): opening a modal dialog outside
 *   it, or a click outside it, closes it ("light dismiss"; measured in Chromium: showModal() from
 *   <body> closed the page's popover editor; from inside it, the editor stayed open).
 */

// popover="" and popover="auto" are auto popovers; "hint" light-dismisses too; other values are manual.
const OPEN_AUTO_POPOVER = ['', 'auto', 'hint'].map((v) => `[popover="${v}" i]:popover-open`).join(', ');

/** The last match in tree order (a nested dialog or popover, opened after its ancestor). */
function last(doc: Document, selector: string): HTMLElement | null {
  try {
    const all = doc.querySelectorAll<HTMLElement>(selector);
    return all[all.length - 1] ?? null;
  } catch {
    return null; // a browser without :modal or :popover-open has neither state to care about
  }
}

/**
 * Whether our settings dialog must be modal: only when the page has a modal dialog open (outside
 * it everything is inert, a popover included). Otherwise it is a manual popover, in the top layer
 * all the same: showModal() makes the whole document inert, and the browser restyles every element
 * of the page for it, on opening and again on closing (measured on a 5,000-row page: about 80 ms
 * each, in the task that shows the dialog and in the one that closes it).
 */
export function dialogMustBeModal(doc: Document): boolean {
  return typeof doc.documentElement.showPopover !== 'function' || !!last(doc, 'dialog:modal');
}

/** Where our modal dialog goes: inside the page's open auto popover (else it would close), else <body>. */
export function dialogParent(doc: Document): HTMLElement {
  return last(doc, OPEN_AUTO_POPOVER) ?? doc.body;
}

/** Where a notice goes: inside the page's modal dialog (outside it is inert), else its open auto popover, else <body>. */
export function layerParent(doc: Document): HTMLElement {
  return last(doc, 'dialog:modal') ?? last(doc, OPEN_AUTO_POPOVER) ?? doc.body;
}

/** Appends `host` to `parent` and shows it as a manual popover (top layer) where supported. */
export function showInTopLayer(host: HTMLElement, parent: HTMLElement): void {
  if (host.parentElement !== parent) parent.append(host); // moving it hides the popover
  if (typeof host.showPopover !== 'function') return; // older browser: fixed position and z-index only
  host.popover = 'manual';
  try {
    if (!host.matches(':popover-open')) host.showPopover();
  } catch {
    // not connected or not a valid popover: it stays a fixed, high-z-index box
  }
}

/**
 * Calls `changed` when the page's layers may have moved under `host`, without observing the page's
 * mutations: a dialog or popover opened or closed anywhere (`toggle`, and `close` for dialogs;
 * neither bubbles, so they are heard in the capture phase), or `host` left the rendering (its
 * parent dialog removed or hidden: a ResizeObserver reports a 0×0 box). Returns the stop call.
 */
export function watchLayers(doc: Document, host: HTMLElement, changed: () => void): () => void {
  const stop = new AbortController();
  doc.addEventListener('toggle', changed, { capture: true, signal: stop.signal });
  doc.addEventListener('close', changed, { capture: true, signal: stop.signal });
  const gone = typeof ResizeObserver === 'function' ? new ResizeObserver((entries) => entries.some((e) => !e.contentRect.width && !e.contentRect.height) && changed()) : null;
  gone?.observe(host);
  return () => {
    stop.abort();
    gone?.disconnect();
  };
}

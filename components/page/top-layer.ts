/*
 * Placing a non-modal surface of ours (a notice) where the user can see and reach it, whatever the
 * page does: the top layer (a manual popover) is painted above every z-index, transform and
 * overflow of the page; while the page shows a modal dialog, everything outside that dialog is
 * inert, so the surface goes inside it.
 */

/** The page's topmost open modal <dialog>, else <body>. */
export function layerParent(doc: Document): HTMLElement {
  let modal: Element | null = null;
  try {
    // In tree order, a later modal was usually opened later; the last one is on top.
    const all = doc.querySelectorAll('dialog:modal');
    modal = all[all.length - 1] ?? null;
  } catch {
    modal = null; // a browser without :modal: there is no page-modal we could know of
  }
  return (modal as HTMLElement | null) ?? doc.body;
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

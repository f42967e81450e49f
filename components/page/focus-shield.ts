const FOCUS_EVENTS = ['focus', 'blur', 'focusin', 'focusout'] as const;

/**
 * While our dialog is open without making the page inert (a popover, see mount-dialog.ts), focus
 * moving into or inside it is kept from the page: a page's focus trap (a capture listener on its
 * document, as focus-trap libraries have) would see focus leave its editor and pull it back. The
 * window is the first stop of every event; at the window, an event from inside our shadow root
 * has our host as its target (or its relatedTarget, for focus leaving the page for our dialog).
 * Returns the stop call.
 */
export function shieldFocus(doc: Document, host: HTMLElement): () => void {
  const view = doc.defaultView;
  const onFocus = (event: FocusEvent) => {
    if (event.target === host || event.relatedTarget === host) event.stopImmediatePropagation();
  };
  for (const type of FOCUS_EVENTS) view?.addEventListener(type, onFocus, true);
  return () => {
    for (const type of FOCUS_EVENTS) view?.removeEventListener(type, onFocus, true);
  };
}

/**
 * Escape pressed inside our UI is ours: taken at the window in the capture phase, before any page
 * listener (OnTime's Escape closes its editor, focus-trap libraries listen there too). `answer`
 * says whether our UI had something to close; only then is the key kept from the page.
 */
export function guardEscape(doc: Document, host: HTMLElement, answer: () => boolean): () => void {
  const view = doc.defaultView;
  const onKey = (event: KeyboardEvent) => {
    // At the window, an event from inside our shadow root has our host as its target.
    if (event.key !== 'Escape' || event.isComposing || !event.isTrusted || event.target !== host) return;
    if (!answer()) return;
    event.stopImmediatePropagation();
    event.preventDefault(); // no close request either: our own answer closes what was open
  };
  view?.addEventListener('keydown', onKey, true);
  return () => view?.removeEventListener('keydown', onKey, true);
}

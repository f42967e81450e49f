const SECOND_CLICK_MS = 600;
const EVENTS = ['mousedown', 'mouseup', 'click', 'dblclick'] as const;

/**
 * Our dialog closes on the first click of a double-click on OK; the second would land on whatever
 * of the page lies under OK (often OnTime's Save, saving the event before the link is written).
 * The rest of that double-click (click count ≥ 2, shortly after) is kept from the page.
 */
export function swallowSecondClick(doc: Document, now: () => number = () => performance.now()): void {
  const view = doc.defaultView;
  if (!view) return;
  const until = now() + SECOND_CLICK_MS;
  const onEvent = (event: MouseEvent) => {
    if (now() > until) return stop();
    if (event.detail < 2) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    if (event.type === 'dblclick') stop();
  };
  const stop = () => EVENTS.forEach((type) => view.removeEventListener(type, onEvent, true));
  EVENTS.forEach((type) => view.addEventListener(type, onEvent, true));
  view.setTimeout(stop, SECOND_CLICK_MS);
}

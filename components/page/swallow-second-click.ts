// Longest pause between the clicks of one multi-click (platform double-click times are ≤ 500 ms).
const SECOND_CLICK_MS = 600;
// However the clicks come, nothing is kept from the page for longer than this.
const LONGEST_MS = 3_000;
const EVENTS = ['mousedown', 'mouseup', 'click', 'dblclick'] as const;

/**
 * Whether each mouse event is the rest of the multi-click that closed our dialog: a click count
 * of 2 or more, within the double-click time of the event before it. The first that is not (a
 * new click, a pause) ends it.
 */
export function multiClickRest(now: () => number): (detail: number) => boolean {
  let last = now();
  let over = false;
  return (detail) => {
    const at = now();
    if (over || detail < 2 || at - last > SECOND_CLICK_MS) return !(over = true);
    last = at;
    return true;
  };
}

/**
 * Our dialog closes on the first click of a double- or triple-click on OK; the others would land
 * on whatever of the page lies under OK (often OnTime's Save, saving the event before the link is
 * written). The rest of that multi-click is kept from the page.
 */
export function swallowSecondClick(doc: Document, now: () => number = () => performance.now()): void {
  const view = doc.defaultView;
  if (!view) return;
  const rest = multiClickRest(now);
  const onEvent = (event: MouseEvent) => {
    if (!rest(event.detail)) return stop();
    event.preventDefault();
    event.stopImmediatePropagation();
  };
  const stop = () => EVENTS.forEach((type) => view.removeEventListener(type, onEvent, true));
  EVENTS.forEach((type) => view.addEventListener(type, onEvent, true));
  view.setTimeout(stop, LONGEST_MS);
}

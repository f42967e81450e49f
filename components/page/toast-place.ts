/** The corners a notice may take, in order of preference; the first is the stylesheet's own. */
const PLACES = ['bottom-right', 'top-right', 'bottom-left', 'top-left'] as const;

const PAGE_CONTROLS = 'button, [role="button"], a[href], input, select, textarea, [contenteditable="true"]';
const BUTTONS = 'button, [role="button"], a[href], input[type="submit"], input[type="button"]';
/** Points sampled across the notice: rows × columns, edges included (a button may be 20 px tall). */
const ROWS = 3;
const COLUMNS = 6;

/**
 * How much of the page's own controls the notice lies over, sampled across it by hit testing
 * (which sees through our host to what is under it). A button under it counts most: the notice
 * would take the user's click, on the editor's Save say.
 */
function coverage(doc: Document, host: HTMLElement): number {
  const r = host.getBoundingClientRect();
  if (!r.width || !r.height) return 0;
  let score = 0;
  for (let row = 0; row < ROWS; row++) {
    for (let column = 0; column < COLUMNS; column++) {
      const x = r.left + 2 + ((r.width - 4) * column) / (COLUMNS - 1);
      const y = r.top + 2 + ((r.height - 4) * row) / (ROWS - 1);
      // What the user would click there without the notice: the topmost element that is not ours.
      const under = doc.elementsFromPoint(x, y).find((node) => node !== host && !host.contains(node));
      if (under?.closest(PAGE_CONTROLS)) score += under.closest(BUTTONS) ? 3 : 1;
    }
  }
  return score;
}

/**
 * Moves the notice to the first corner where it hides none of the page's controls, else to the
 * one where it hides least. Reads layout once per corner tried, and only when a notice shows.
 */
export function placeClearOfControls(doc: Document, host: HTMLElement): void {
  let best: { place: (typeof PLACES)[number]; score: number } | null = null;
  for (const place of PLACES) {
    host.dataset.place = place;
    const score = coverage(doc, host);
    if (!score) return;
    if (!best || score < best.score) best = { place, score };
  }
  host.dataset.place = best!.place;
}

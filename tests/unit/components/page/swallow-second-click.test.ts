import { describe, expect, it } from 'vitest';
import { multiClickRest, swallowSecondClick } from '@/components/page/swallow-second-click';

describe('the rest of the multi-click that closed our dialog', () => {
  it('the 2nd and 3rd clicks of a triple-click are kept from the page, also past the first double-click time', () => {
    let now = 0;
    const rest = multiClickRest(() => now);
    now = 150;
    expect(rest(2)).toBe(true);
    now = 700; // 550 ms later, still within the double-click time of the click before
    expect(rest(3)).toBe(true);
  });

  it('a new click (count 1) or a pause ends it for good', () => {
    let now = 0;
    const rest = multiClickRest(() => now);
    expect(rest(1)).toBe(false);
    expect(rest(2)).toBe(false);
    const later = multiClickRest(() => now);
    now = 700;
    expect(later(2)).toBe(false);
  });

  it('in the page: mousedown/up/click of counts 2 and 3 never reach it; the next single click does', () => {
    const seen: string[] = [];
    const note = (e: Event) => seen.push(`${e.type}${(e as MouseEvent).detail}`);
    for (const type of ['mousedown', 'mouseup', 'click', 'dblclick']) document.addEventListener(type, note);
    swallowSecondClick(document, () => 0);
    const fire = (type: string, detail: number) => document.body.dispatchEvent(new MouseEvent(type, { bubbles: true, detail }));
    for (const detail of [2, 3]) ['mousedown', 'mouseup', 'click'].forEach((type) => fire(type, detail));
    fire('dblclick', 2);
    fire('click', 1);
    fire('click', 2);
    expect(seen).toEqual(['click1', 'click2']);
  });
});

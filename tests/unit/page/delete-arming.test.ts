import { describe, expect, it } from 'vitest';
import { CONFIRM_WINDOW_MS, createDeleteArming } from '@/utils/page/delete-arming';

const editor = document.body.appendChild(document.createElement('div'));
const meeting = { id: 81234567890, joinUrl: 'https://zoom.us/j/81234567890?pwd=x', event: { subject: 'Budget sync', start: '2026-12-03T14:00' } };

function setup(visibleBefore: Element[] = []) {
  let now = 1_000;
  const arming = createDeleteArming(() => now);
  arming.arm({ ...meeting, editor, visibleBefore: new Set(visibleBefore) });
  return { arming, advance: (ms: number) => (now += ms) };
}

describe('OnTime’s Delete, followed for one event and one confirmation', () => {
  it('a confirm in the box that appeared after Delete deletes that meeting, once', () => {
    const { arming } = setup();
    const box = document.createElement('div');
    expect(arming.answer('confirm', box)).toEqual(meeting);
    expect(arming.answer('confirm', box)).toBeNull();
  });

  it('a box already on screen at Delete is not its confirmation, and does not disarm it', () => {
    const other = document.createElement('div');
    const { arming } = setup([other]);
    expect(arming.answer('confirm', other)).toBeNull();
    expect(arming.isArmed()).toBe(true);
  });

  it('"no" in the confirmation disarms it', () => {
    const { arming } = setup();
    expect(arming.answer('cancel', document.createElement('div'))).toBeNull();
    expect(arming.answer('confirm', document.createElement('div'))).toBeNull();
  });

  it('Escape, Cancel or another editor disarm it (disarm)', () => {
    const { arming } = setup();
    arming.disarm();
    expect(arming.isArmed()).toBe(false);
    expect(arming.answer('confirm', document.createElement('div'))).toBeNull();
  });

  it('an editor closed since Delete (answered where we cannot see) disarms it', () => {
    const { arming } = setup();
    editor.remove();
    expect(arming.answer('confirm', document.createElement('div'))).toBeNull();
    document.body.append(editor);
  });

  it('a confirmation after the window counts for nothing', () => {
    const { arming, advance } = setup();
    advance(CONFIRM_WINDOW_MS + 1);
    expect(arming.editor()).toBeNull();
    expect(arming.answer('confirm', document.createElement('div'))).toBeNull();
  });
});

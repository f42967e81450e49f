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

describe('OnTime’s Delete, followed for one event until its editor closes', () => {
  it('the editor closing after Delete with no question (or a native confirm we cannot see) deletes that meeting, once', () => {
    const { arming } = setup();
    expect(arming.closed()).toEqual(meeting);
    expect(arming.closed()).toBeNull();
  });

  it('a yes in the box that appeared after Delete, then the editor closing, deletes it', () => {
    const { arming } = setup();
    arming.answer('confirm', document.createElement('div'));
    expect(arming.isArmed()).toBe(true);
    expect(arming.closed()).toEqual(meeting);
  });

  it('asked, and the editor gone before the answer (the question took its place): a yes then is the deletion, once; a no deletes nothing', () => {
    const box = document.createElement('div');
    const yes = setup();
    yes.arming.seen(new Set([box]));
    expect(yes.arming.closed()).toBeNull();
    expect(yes.arming.answer('confirm', box)).toEqual(meeting);
    expect(yes.arming.answer('confirm', box)).toBeNull();
    expect(yes.arming.closed()).toBeNull();
    const no = setup();
    no.arming.seen(new Set([box]));
    expect(no.arming.closed()).toBeNull();
    expect(no.arming.answer('cancel', box)).toBeNull();
    expect(no.arming.answer('confirm', box)).toBeNull();
    const late = setup();
    late.arming.seen(new Set([box]));
    expect(late.arming.closed()).toBeNull();
    late.advance(CONFIRM_WINDOW_MS + 1);
    expect(late.arming.answer('confirm', box)).toBeNull();
  });

  it('"no" in the confirmation disarms it: the editor closing later is not a deletion', () => {
    const { arming } = setup();
    arming.answer('cancel', document.createElement('div'));
    expect(arming.closed()).toBeNull();
  });

  it('a box already on screen at Delete is not its confirmation: its "no" does not disarm it', () => {
    const other = document.createElement('div');
    const { arming } = setup([other]);
    arming.answer('cancel', other);
    expect(arming.isArmed()).toBe(true);
  });

  it('Escape, Cancel, the user back in the editor or another editor disarm it (disarm)', () => {
    const { arming } = setup();
    arming.disarm();
    expect(arming.isArmed()).toBe(false);
    expect(arming.closed()).toBeNull();
  });

  it('an editor closing after the window counts for nothing', () => {
    const { arming, advance } = setup();
    advance(CONFIRM_WINDOW_MS + 1);
    expect(arming.editor()).toBeNull();
    expect(arming.closed()).toBeNull();
  });
});

describe('a page that re-renders the editor Delete was pressed in', () => {
  it('a question re-mounting the editor inside it counts as asked: the editor closing unanswered deletes nothing', () => {
    const { arming } = setup();
    const question = document.body.appendChild(document.createElement('div'));
    question.setAttribute('role', 'alertdialog');
    const again = question.appendChild(document.createElement('div'));
    again.setAttribute('role', 'dialog');
    again.appendChild(document.createElement('input'));
    arming.moveTo(again);
    arming.seen(new Set([question, again]));
    expect(arming.editor()).toBe(again);
    expect(arming.closed()).toBeNull();
    question.remove();
  });

  it('moved to the new editor, a yes in the question around it still deletes once it closes', () => {
    const { arming } = setup();
    const question = document.createElement('div');
    const again = question.appendChild(document.createElement('div'));
    arming.moveTo(again);
    arming.seen(new Set([question]));
    arming.answer('confirm', question);
    expect(arming.closed()).toEqual(meeting);
  });

  it('the editor itself, re-rendered, is not its question', () => {
    const { arming } = setup();
    const again = document.createElement('div');
    again.appendChild(document.createElement('input'));
    arming.moveTo(again);
    arming.seen(new Set([again]));
    expect(arming.closed()).toEqual(meeting);
  });

  it('nothing armed: moveTo changes nothing', () => {
    const arming = createDeleteArming(() => 0);
    arming.moveTo(document.createElement('div'));
    expect(arming.editor()).toBeNull();
  });
});

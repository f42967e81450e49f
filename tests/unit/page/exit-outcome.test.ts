import { describe, expect, it } from 'vitest';
import { exitOutcome, type AtStake, type ExitCause } from '@/utils/page/exit-outcome';
import { createExitIntent, LEAVE_WINDOW_MS } from '@/utils/page/exit-intent';

const CAUSES: ExitCause[] = ['save', 'delete', 'cancel', 'escape', 'navigation', 'unknown'];

describe('what each way out of the editor does to a Zoom meeting on it', () => {
  it('the event deleted: our meeting is deleted at Zoom, saved with the event or not', () => {
    expect(exitOutcome('delete', 'oursSaved')).toEqual({ zoom: 'delete', tell: 'deleted' });
    expect(exitOutcome('delete', 'oursUnsaved')).toEqual({ zoom: 'delete', tell: 'deleted' });
  });

  it('a new meeting left without saving (Cancel or ×, Escape): an orphan at once, and the page says so', () => {
    expect(exitOutcome('cancel', 'oursUnsaved')).toEqual({ zoom: 'orphan', tell: 'abandoned' });
    expect(exitOutcome('escape', 'oursUnsaved')).toEqual({ zoom: 'orphan', tell: 'abandoned' });
  });

  it('navigation away: an orphan at once, told by the popup and badge (the page is gone)', () => {
    expect(exitOutcome('navigation', 'oursUnsaved')).toEqual({ zoom: 'orphan', tell: null });
  });

  it('a saved event closed without saving: nothing changes at Zoom', () => {
    for (const cause of ['cancel', 'escape', 'navigation', 'unknown', 'save'] as const) expect(exitOutcome(cause, 'oursSaved')).toEqual({ zoom: 'nothing', tell: null });
  });

  it("a new meeting's editor gone with no exit we recognise and no Save seen: an orphan at once, told in words safe for a save we did not see", () => {
    expect(exitOutcome('unknown', 'oursUnsaved')).toEqual({ zoom: 'orphan', tell: 'unseen' });
  });

  it('Save is an intent: pressed, the editor still open (refused by the page), then left: the new meeting is an orphan, told as closed without saving', () => {
    expect(exitOutcome('cancel', 'oursSavePending')).toEqual({ zoom: 'orphan', tell: 'abandoned' });
    expect(exitOutcome('escape', 'oursSavePending')).toEqual({ zoom: 'orphan', tell: 'abandoned' });
  });

  it('Save pressed, then the editor closes by itself, by a way we do not know, or the page is left: the save counts', () => {
    for (const cause of ['save', 'unknown', 'navigation'] as const) expect(exitOutcome(cause, 'oursSavePending')).toEqual({ zoom: 'nothing', tell: null });
    expect(exitOutcome('save', 'oursUnsaved')).toEqual({ zoom: 'nothing', tell: null });
  });

  it('the event deleted after a Save that did not close the editor: our meeting goes with it', () => {
    expect(exitOutcome('delete', 'oursSavePending')).toEqual({ zoom: 'delete', tell: 'deleted' });
    expect(exitOutcome('delete', 'oursSaveUnclear')).toEqual({ zoom: 'delete', tell: 'deleted' });
  });

  it('Save pressed, and the page said something we cannot take as saved or refused, then left: kept, and the user told to check the event', () => {
    expect(exitOutcome('cancel', 'oursSaveUnclear')).toEqual({ zoom: 'nothing', tell: 'unclear' });
    expect(exitOutcome('escape', 'oursSaveUnclear')).toEqual({ zoom: 'nothing', tell: 'unclear' });
    for (const cause of ['save', 'unknown', 'navigation'] as const) expect(exitOutcome(cause, 'oursSaveUnclear')).toEqual({ zoom: 'nothing', tell: null });
  });

  it('a meeting we did not make, or none, is never touched, whatever the exit', () => {
    for (const stake of ['none', 'notOurs'] as AtStake[]) for (const cause of CAUSES) expect(exitOutcome(cause, stake)).toEqual({ zoom: 'nothing', tell: null });
  });
});

describe('the way out the user took, until the editor closes', () => {
  it('is told once, and forgotten when cleared or too old', () => {
    let now = 0;
    const intent = createExitIntent(() => now);
    intent.note('escape');
    expect(intent.closed()).toBe('escape');
    expect(intent.closed()).toBeNull();
    intent.note('cancel');
    intent.clear();
    expect(intent.closed()).toBeNull();
    intent.note('cancel');
    now += LEAVE_WINDOW_MS + 1;
    expect(intent.closed()).toBeNull();
  });
});

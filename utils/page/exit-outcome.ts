/**
 * What leaving the meeting editor means for a Zoom meeting on it. Pure: the page side decides the
 * cause and what is at stake, this decides the outcome.
 *
 * - The event was deleted (OnTime's Delete, confirmed or not asked): our meeting goes too.
 * - A meeting we made in this editor was never saved with the event, and the user left it (Cancel,
 *   ×, Escape, leaving the page): it is in no event, so it is an orphan now, not 15 minutes later.
 * - A saved event closed without saving: its meeting stays as it was at Zoom.
 * - An editor that vanished with no exit we recognise: nothing now. The save may have happened by a
 *   route we did not see; the worker's grace period decides later, the popup lists it then.
 * - A link we did not make is never touched, whatever the exit.
 */
export type ExitCause = 'save' | 'delete' | 'cancel' | 'escape' | 'navigation' | 'unknown';

/** The meeting on the editor as the exit found it. */
export type AtStake = 'none' | 'notOurs' | 'oursUnsaved' | 'oursSaved';

export interface ExitOutcome {
  zoom: 'delete' | 'orphan' | 'nothing';
  /** Tell the user on the page at once (the page is still there to show it). */
  tell: 'deleted' | 'abandoned' | null;
}

const NOTHING: ExitOutcome = { zoom: 'nothing', tell: null };

export function exitOutcome(cause: ExitCause, stake: AtStake): ExitOutcome {
  if (stake === 'none' || stake === 'notOurs') return NOTHING;
  if (cause === 'delete') return { zoom: 'delete', tell: 'deleted' };
  if (stake === 'oursSaved' || cause === 'save' || cause === 'unknown') return NOTHING;
  // Left without saving: the page is gone on navigation, so the popup and the badge tell instead.
  return { zoom: 'orphan', tell: cause === 'navigation' ? null : 'abandoned' };
}

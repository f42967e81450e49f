/**
 * What leaving the meeting editor means for a Zoom meeting on it. Pure: the page side decides the
 * cause and what is at stake, this decides the outcome.
 *
 * - The event was deleted (OnTime's Delete, confirmed or not asked): our meeting goes too.
 * - A meeting we made in this editor was never saved with the event, and the user left it (Cancel,
 *   ×, Escape, leaving the page): it is in no event, so it is an orphan now, not 15 minutes later.
 * - Save is an intent: it counts once the editor closes after it, or once the page shows it was
 *   saved while the editor stays (save-evidence.ts). Save pressed, the editor still open and the
 *   page showing an error or nothing (it refused it: a server error, its own check), then Cancel,
 *   × or Escape: the new meeting is in no event, as if Save had never been pressed. The page said
 *   something after Save we cannot read either way: the meeting is kept and the user told to check
 *   the event; a Delete is never offered for a meeting a saved event may hold.
 * - The editor of a new event with our meeting gone (removed, or replaced by another event's) with
 *   no exit we recognise and no Save seen: an orphan at once, and the page says so in words that
 *   are safe if the event was saved by a route we could not see (Keep is then the right answer).
 * - A saved event closed without saving: its meeting stays as it was at Zoom.
 * - A link we did not make is never touched, whatever the exit.
 */
export type ExitCause = 'save' | 'delete' | 'cancel' | 'escape' | 'navigation' | 'unknown';

/**
 * The meeting on the editor as the exit found it. `oursSavePending`: made in this editor, and
 * Save was pressed since, but the editor has not closed after it yet and the page showed no save
 * (an error, or nothing). `oursSaveUnclear`: the same, but the page said something after Save we
 * cannot take as saved or refused.
 */
export type AtStake = 'none' | 'notOurs' | 'oursUnsaved' | 'oursSavePending' | 'oursSaveUnclear' | 'oursSaved';

export interface ExitOutcome {
  zoom: 'delete' | 'orphan' | 'nothing';
  /**
   * Tell the user on the page at once (the page is still there to show it): `abandoned` closed
   * without saving; `unseen` the editor went away and we did not see the event saved; `unclear`
   * we cannot tell whether the event was saved with the meeting (kept: check the event).
   */
  tell: 'deleted' | 'abandoned' | 'unseen' | 'unclear' | null;
}

const NOTHING: ExitOutcome = { zoom: 'nothing', tell: null };

export function exitOutcome(cause: ExitCause, stake: AtStake): ExitOutcome {
  if (stake === 'none' || stake === 'notOurs') return NOTHING;
  if (cause === 'delete') return { zoom: 'delete', tell: 'deleted' };
  if (stake === 'oursSaved' || cause === 'save') return NOTHING;
  // Save pressed, then the user left the still-open editor: the page did not take the save.
  // Leaving the page or a close we do not recognise may be that save going through: nothing.
  if (stake === 'oursSavePending') return cause === 'cancel' || cause === 'escape' ? { zoom: 'orphan', tell: 'abandoned' } : NOTHING;
  if (stake === 'oursSaveUnclear') return cause === 'cancel' || cause === 'escape' ? { zoom: 'nothing', tell: 'unclear' } : NOTHING;
  if (cause === 'unknown') return { zoom: 'orphan', tell: 'unseen' };
  // Left without saving: the page is gone on navigation, so the popup and the badge tell instead.
  return { zoom: 'orphan', tell: cause === 'navigation' ? null : 'abandoned' };
}

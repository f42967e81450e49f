/**
 * The user's last way out of the editor (Cancel or ×, Escape), remembered until the editor
 * closes. Pages close at once or after their own "discard changes?" question, so the intent
 * stands until the user is back at work in the editor, Saves, or the window runs out.
 */
export type LeaveIntent = 'cancel' | 'escape';

export const LEAVE_WINDOW_MS = 60_000;

export function createExitIntent(now: () => number = Date.now) {
  let noted: { intent: LeaveIntent; at: number } | null = null;
  return {
    note(intent: LeaveIntent): void {
      noted = { intent, at: now() };
    },
    clear(): void {
      noted = null;
    },
    /** The editor closed: why, once; null when no way out was taken (or too long ago). */
    closed(): LeaveIntent | null {
      const current = noted && now() - noted.at <= LEAVE_WINDOW_MS ? noted.intent : null;
      noted = null;
      return current;
    },
  };
}

/**
 * OnTime's Delete is followed for one event and one confirmation. Delete arms it for our meeting;
 * only a confirmation box that was not on screen when Delete was pressed can answer it, within a
 * short time. Escape, Cancel, another editor, a "no" or the time running out disarm it.
 */
export interface ArmedDelete {
  id: number;
  joinUrl: string;
  /** The editor Delete was pressed in. */
  editor: Element;
  /** Dialog boxes already visible at Delete: none of them is its confirmation. */
  visibleBefore: ReadonlySet<Element>;
}

// Long enough to read a confirmation, short enough that a later, unrelated OK cannot count.
export const CONFIRM_WINDOW_MS = 60_000;

export function createDeleteArming(now: () => number = Date.now) {
  let armed: (ArmedDelete & { at: number }) | null = null;
  const live = () => (armed && now() - armed.at <= CONFIRM_WINDOW_MS ? armed : null);
  return {
    arm(delete_: ArmedDelete): void {
      armed = { ...delete_, at: now() };
    },
    disarm(): void {
      armed = null;
    },
    isArmed: () => live() !== null,
    /** The editor Delete was pressed in, while armed. */
    editor: () => live()?.editor ?? null,
    /** An answer in `box`: the meeting to delete for a confirm in the right box, else null. */
    answer(answer: 'confirm' | 'cancel', box: Element): { id: number; joinUrl: string } | null {
      const current = live();
      if (!current || current.visibleBefore.has(box)) return null; // not the confirmation of this Delete
      armed = null;
      return answer === 'confirm' ? { id: current.id, joinUrl: current.joinUrl } : null;
    },
  };
}

export type DeleteArming = ReturnType<typeof createDeleteArming>;

import type { EventIdentity } from '@/utils/shared/meeting-types';

/**
 * OnTime's Delete is followed for one event and one confirmation. Delete arms it for our meeting;
 * only a confirmation box that was not on screen when Delete was pressed can answer it, within a
 * short time, while the editor it was pressed in is still shown. Escape, Cancel, another editor,
 * a "no", the editor closing or the time running out disarm it.
 */
export interface ArmedDelete {
  id: number;
  joinUrl: string;
  event: EventIdentity;
  /** The editor Delete was pressed in. */
  editor: Element;
  /** Dialog boxes already visible at Delete: none of them is its confirmation. */
  visibleBefore: ReadonlySet<Element>;
  /** Delete was pressed for one occurrence of a repeating event, not the series. */
  occurrence?: true;
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
    answer(answer: 'confirm' | 'cancel', box: Element): { id: number; joinUrl: string; event: EventIdentity; occurrence?: true } | null {
      const current = live();
      if (!current || current.visibleBefore.has(box)) return null; // not the confirmation of this Delete
      armed = null;
      // The editor was closed some other way since (its confirmation answered where we cannot see).
      if (!isShown(current.editor)) return null;
      if (answer !== 'confirm') return null;
      return { id: current.id, joinUrl: current.joinUrl, event: current.event, ...(current.occurrence ? { occurrence: current.occurrence } : {}) };
    },
  };
}

function isShown(editor: Element): boolean {
  if (!editor.isConnected) return false;
  return typeof editor.checkVisibility === 'function' ? editor.checkVisibility({ visibilityProperty: true }) : true;
}

export type DeleteArming = ReturnType<typeof createDeleteArming>;

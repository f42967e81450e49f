import type { EventIdentity } from '@/utils/shared/meeting-types';
import { isQuestionBox } from '@/utils/page/ontime/buttons';

/**
 * OnTime's Delete is followed for one event. Delete arms it for our meeting; the event counts as
 * deleted when the editor Delete was pressed in closes while it is armed: after a confirmation
 * box answered yes, after a native confirm() (which the page's scripts, and ours, cannot see), or
 * with no confirmation at all. A "no" in a box that appeared after Delete, Escape, Cancel, the user
 * back at work in the editor, another editor or the time running out disarm it. The meeting is
 * deleted only once the editor is gone: a deletion OnTime refused leaves the editor open. When
 * OnTime did ask in a box of its own, only the user's yes in it counts: an editor closed (or
 * removed by a script) while that question was unanswered deletes nothing at Zoom.
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

export type DeletedMeeting = Pick<ArmedDelete, 'id' | 'joinUrl' | 'event' | 'occurrence'>;

// Long enough to read a confirmation, short enough that a later, unrelated close cannot count.
export const CONFIRM_WINDOW_MS = 60_000;

export function createDeleteArming(now: () => number = Date.now) {
  let armed: (ArmedDelete & { at: number; asked?: true; confirmed?: true }) | null = null;
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
    /**
     * Boxes on screen now: one that was not there at Delete is its question, asked in the page,
     * also when the page re-mounted the editor inside it.
     */
    seen(boxes: ReadonlySet<Element>): void {
      const current = live();
      if (!current) return;
      const { visibleBefore, editor } = current;
      const asks = (box: Element) => !visibleBefore.has(box) && box !== editor && (!box.contains(editor) || isQuestionBox(box));
      if ([...boxes].some(asks)) current.asked = true;
    },
    /** The page re-rendered the editor Delete was pressed in: the same event, in new elements. */
    moveTo(editor: Element): void {
      const current = live();
      if (current) current.editor = editor;
    },
    /** An answer clicked in `box`: a "no" in the box that appeared after Delete disarms it; a yes confirms. */
    answer(answer: 'confirm' | 'cancel', box: Element): void {
      const current = live();
      if (!current || current.visibleBefore.has(box)) return; // not the confirmation of this Delete
      if (answer === 'cancel') armed = null;
      else current.confirmed = current.asked = true;
    },
    /** The editor closed: the meeting of the event it deleted, once; null when no Delete is pending. */
    closed(): DeletedMeeting | null {
      const current = live();
      armed = null;
      if (current?.asked && !current.confirmed) return null; // asked, never answered yes
      return current ? { id: current.id, joinUrl: current.joinUrl, event: current.event, ...(current.occurrence ? { occurrence: current.occurrence } : {}) } : null;
    },
  };
}

export type DeleteArming = ReturnType<typeof createDeleteArming>;

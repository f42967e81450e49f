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
 * removed by a script) while that question was unanswered deletes nothing at Zoom then; the
 * question stays armed, because some pages take the editor away and show their question in its
 * place: a yes in it afterwards deletes the event (and our meeting), a no disarms it.
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
  let armed: (ArmedDelete & { at: number; asked?: true; confirmed?: true; editorGone?: true }) | null = null;
  const deleted = (a: ArmedDelete): DeletedMeeting => ({ id: a.id, joinUrl: a.joinUrl, event: a.event, ...(a.occurrence ? { occurrence: a.occurrence } : {}) });
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
    /**
     * An answer clicked in `box`: a "no" in the box that appeared after Delete disarms it; a yes
     * confirms. A yes given after the editor went away (its question took its place) is the
     * deletion: the meeting of the event it deletes, once; null otherwise.
     */
    answer(answer: 'confirm' | 'cancel', box: Element): DeletedMeeting | null {
      const current = live();
      if (!current || current.visibleBefore.has(box)) return null; // not the confirmation of this Delete
      if (answer === 'cancel') armed = null;
      else if (current.editorGone) {
        armed = null;
        return deleted(current);
      } else current.confirmed = current.asked = true;
      return null;
    },
    /** The editor closed: the meeting of the event it deleted, once; null when no Delete is pending. */
    closed(): DeletedMeeting | null {
      const current = live();
      // Asked, not answered yet: the question may have taken the editor's place; its answer decides.
      if (current?.asked && !current.confirmed) {
        current.editorGone = true;
        return null;
      }
      armed = null;
      return current ? deleted(current) : null;
    },
  };
}

export type DeleteArming = ReturnType<typeof createDeleteArming>;

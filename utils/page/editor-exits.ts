import { addedQuestionBoxes, offersDelete, visibleDialogBoxes } from '@/utils/page/ontime/buttons';
import type { Translate } from '@/utils/shared/translate';
import type { SendVerb } from '@/utils/shared/send-verb';
import type { EventIdentity } from '@/utils/shared/meeting-types';
import type { ControlState, ControlStore } from '@/utils/page/control-state';
import { createDeleteArming, type DeletedMeeting } from '@/utils/page/delete-arming';
import { createExitIntent, type LeaveIntent } from '@/utils/page/exit-intent';
import { exitOutcome, type AtStake, type ExitCause } from '@/utils/page/exit-outcome';
import type { ShowToast } from '@/utils/page/toast-action';
import { isShown } from '@/utils/page/editor-closed';
import { saveVerdict, watchSaveShown, type SaveVerdict, type SaveWatch } from '@/utils/page/save-evidence';

// A question OnTime asks after Delete appears within this time of the press.
const QUESTION_WATCH_MS = 3_000;
// A yes given in a question that took the editor's place: the deletion counts once the question is gone.
const ANSWERED_WATCH_MS = 60_000;
// A new meeting's editor hidden with no way out seen (minimised, another view): followed this long
// for its removal; after that the worker's grace period decides, as for any unsaved meeting.
const HIDDEN_WATCH_MS = 15 * 60_000;
// A new meeting's editor removed with no way out seen is decided after this long: a page that
// re-renders the same event a moment later (a loading state between) brings it back meanwhile.
const UNSEEN_SETTLE_MS = 1_000;

export interface ExitDeps {
  store: ControlStore;
  sendVerb: SendVerb;
  t: Translate;
  toast: ShowToast;
  /** A failure in the page's words. */
  explain(error: unknown): string;
  /** Our cached view of this meeting is stale (it was deleted). */
  forget(meeting: DeletedMeeting): void;
  now?: () => number;
}

interface Staked {
  stake: AtStake;
  meeting?: DeletedMeeting;
}

/** The meeting on the editor and whether it is ours and saved with the event. */
function staked(state: ControlState): Staked {
  if (state.phase !== 'done') return { stake: 'none' };
  const { id, joinUrl, event, managed, unsaved, standing } = state.meeting;
  // A meeting several events hold is followed like ours: the worker keeps it at Zoom when its event is deleted.
  if (!(managed || standing === 'shared') || !id || !event) return { stake: 'notOurs' };
  return { stake: unsaved ? 'oursUnsaved' : 'oursSaved', meeting: { id, joinUrl, event } };
}

/**
 * Every way out of the editor, followed: what the user pressed on the way out is noted, and the
 * outcome (exit-outcome.ts) is carried out once the editor is really gone (or the page is).
 */
export function createEditorExits(deps: ExitDeps) {
  const { store, t } = deps;
  const deletion = createDeleteArming(deps.now);
  const leaving = createExitIntent(deps.now);
  // The editor closed and none has been shown since: leaving the page then leaves no editor.
  let gone = false;
  // Save pressed in the editor in use, which has not closed since: an intent, not yet a save.
  // `wasUnsaved`: the meeting was made in this editor and never saved with the event before.
  // `editor`/`hadDelete`: where it was pressed, and whether that editor offered Delete then.
  // `shown`: what the page showed since (a new meeting's only: whether its event was saved).
  let saveIntent: { wasUnsaved: boolean; editor?: Element; hadDelete?: boolean; shown?: SaveWatch } | null = null;
  // A new meeting's editor gone with nothing pressed on the way out, not decided yet: hidden (decided
  // when it is removed) or removed a moment ago (decided unless the same event comes back).
  let undecided: { staked: Staked; stop(): void } | null = null;

  /** What is at stake in the editor now, a Save pressed but not yet followed by a close counted in. */
  function stakedNow(): Staked {
    const now = staked(store.get());
    if (now.stake !== 'oursSaved' || !saveIntent?.wasUnsaved) return now;
    const verdict = saveShown();
    return verdict === 'saved' ? now : { ...now, stake: verdict === 'unclear' ? 'oursSaveUnclear' : 'oursSavePending' };
  }

  /**
   * What the page showed of a Save that did not close the editor (save-evidence.ts). Saved: the
   * new event's editor, which had no Delete at Save, offers Delete now, as for an event it has; or
   * the page said so ("Saved", 保存しました) with no error beside it.
   */
  function saveShown(): SaveVerdict {
    const editor = saveIntent?.editor;
    if (editor && saveIntent?.hadDelete === false && offersDelete(editor)) return 'saved';
    return saveIntent?.shown ? saveVerdict(saveIntent.shown.evidence()) : 'refused';
  }

  /** The Save pressed is counted (or no longer matters): nothing more to follow. */
  function endSave(): void {
    saveIntent?.shown?.stop();
    saveIntent = null;
  }

  function stopUndecided(): void {
    undecided?.stop();
    undecided = null;
  }

  /**
   * The editor in use is hidden, not removed, and nothing was pressed on the way out: it may be
   * minimised or behind another view of the page. A new meeting on it is decided once the editor
   * is taken out of the page (a Save seen meanwhile, e.g. on a minimised editor's chip, counts).
   */
  function followHidden(container: Element, now: Staked): void {
    stopUndecided();
    const removed = new MutationObserver(() => {
      if (!container.isConnected) decideSoon(now);
    });
    removed.observe(container.ownerDocument.documentElement, { childList: true, subtree: true });
    const timer = setTimeout(stopUndecided, HIDDEN_WATCH_MS);
    undecided = { staked: now, stop: () => (removed.disconnect(), clearTimeout(timer)) };
  }

  /** The editor was taken out with nothing pressed on the way out: decided in a moment, unless the same event comes back (reset). */
  function decideSoon(was: Staked): void {
    stopUndecided();
    const timer = setTimeout(() => {
      undecided = null;
      const acted = carryOut(saveIntent ? 'save' : 'unknown', was);
      endSave();
      const state = store.get();
      if (acted && state.phase === 'done' && state.meeting.id === was.meeting?.id) store.set({ phase: 'idle' });
    }, UNSEEN_SETTLE_MS);
    undecided = { staked: was, stop: () => clearTimeout(timer) };
  }

  /** A yes given after the editor went away: the event is deleted once its question is gone too. */
  function deleteAfterAnswer(meeting: DeletedMeeting, box: Element): void {
    const clock = deps.now ?? Date.now;
    const started = clock();
    const check = () => {
      if (box.isConnected && isShown(box)) {
        if (clock() - started < ANSWERED_WATCH_MS) setTimeout(check, 250);
        return;
      }
      carryOut('delete', { stake: 'oursSaved', meeting });
    };
    setTimeout(check, 250);
  }

  /** Deletes a meeting the user chose to delete from a toast (an abandoned one). */
  function deleteAbandoned(meeting: DeletedMeeting): void {
    deps.forget(meeting);
    deps.sendVerb('deleteMeeting', meeting).then(
      () => deps.toast(t('page_abandonDeleted')),
      (error) => deps.toast(t('page_abandonDeleteFailed', deps.explain(error)), 'error'),
    );
  }

  /** The meeting is in no event: the record says so at once, and the page offers Delete meeting or Keep. */
  function orphan(meeting: DeletedMeeting, tell: string | null, verb: 'editorCancelled' | 'meetingLeftEvent' = 'editorCancelled'): void {
    deps.sendVerb(verb, meeting).catch(() => undefined);
    if (tell === null) return;
    deps.toast(tell, 'error', [
      { label: t('page_abandonDelete'), act: () => deleteAbandoned(meeting) },
      // Kept: the record stays an orphan, listed in the popup and counted on the badge.
      { label: t('page_abandonKeep'), act: () => undefined },
    ]);
  }

  /**
   * Carries out what the exit means; false when it means nothing at Zoom. `switched`: the editor
   * shows another event now (said so, when the page says we did not see this one saved).
   */
  function carryOut(cause: ExitCause, { stake, meeting }: Staked, switched = false): boolean {
    const outcome = exitOutcome(cause, stake);
    if (!meeting) return false;
    // Kept, and the user told to check the event: never a Delete offer for a meeting it may hold.
    if (outcome.tell === 'unclear') deps.toast(t('page_saveUnclear', meeting.event.subject), 'error');
    if (outcome.zoom === 'nothing') return false;
    if (outcome.zoom === 'orphan') {
      const unseen = switched ? t('page_switchedUnseen', meeting.event.subject) : t('page_closedUnseen');
      const tell = outcome.tell === 'abandoned' ? t('page_abandoned') : outcome.tell === 'unseen' ? unseen : null;
      // Our record follows a Save at once: one the page then refused is undone by "in no event".
      orphan(meeting, tell, stake === 'oursSavePending' ? 'meetingLeftEvent' : 'editorCancelled');
      return true;
    }
    deps.forget(meeting);
    deps.sendVerb('deleteMeeting', meeting).then(
      (answer) => deps.toast(answer?.deleted === false ? t('page_keptShared') : t('page_deleted')),
      (error) => deps.toast(t('page_deleteFailed', deps.explain(error)), 'error'),
    );
    return true;
  }

  return {
    /** OnTime's Delete in `editor`: armed for our meeting until the editor closes or the user backs out. */
    deletePressed(editor: Element, visibleBefore: ReadonlySet<Element>, occurrence = false): void {
      leaving.clear();
      const { meeting } = staked(store.get());
      if (!meeting) return deletion.disarm();
      deletion.arm({ ...meeting, editor, visibleBefore, ...(occurrence ? { occurrence: true as const } : {}) });
      // OnTime's question, if it asks in the page, shows up soon after the press: added (seen even
      // if a script takes it away again at once) or shown.
      const doc = editor.ownerDocument;
      const look = () => deletion.seen(visibleDialogBoxes(doc));
      setTimeout(look, 0);
      setTimeout(look, 250);
      const added = new MutationObserver((records) => deletion.seen(addedQuestionBoxes(records.flatMap((r) => [...r.addedNodes]))));
      added.observe(doc.body, { childList: true, subtree: true });
      setTimeout(() => added.disconnect(), QUESTION_WATCH_MS);
    },
    /** Cancel, ×, Escape in the editor: noted until it closes. A Delete is backed out of. */
    leavePressed(intent: LeaveIntent): void {
      deletion.disarm();
      leaving.note(intent);
    },
    /** A yes or no clicked in a confirmation box (Delete's, or a "discard changes?"). */
    answered(answer: 'confirm' | 'cancel', box: Element): void {
      const deleted = deletion.answer(answer, box);
      if (deleted) deleteAfterAnswer(deleted, box);
      if (answer === 'cancel') leaving.clear();
    },
    /** Save pressed (OnTime's button, a save shortcut, a save button acting for a hidden editor): counted when the editor closes. */
    savePressed(wasUnsaved: boolean, editor?: Element): void {
      const first: NonNullable<typeof saveIntent> = saveIntent ?? { wasUnsaved: false };
      const unsaved = wasUnsaved || first.wasUnsaved;
      // Only a new meeting's Save needs its outcome shown: the event it is saved with may not exist yet.
      let shown = first.shown;
      if (editor && unsaved) {
        if (shown?.editor === editor) shown.pressed();
        else {
          shown?.stop();
          shown = watchSaveShown(editor);
        }
      }
      saveIntent = {
        wasUnsaved: unsaved,
        ...(editor ? { editor, hadDelete: first.editor === editor ? first.hadDelete : offersDelete(editor) } : {}),
        ...(shown ? { shown } : {}),
      };
    },
    /** The page re-rendered the editor a Save was pressed in (the same event, new elements). */
    saveMovedTo(editor: Element): void {
      if (!saveIntent?.editor) return;
      saveIntent.editor = editor;
      saveIntent.shown = saveIntent.shown?.moveTo(editor);
    },
    /** The user is at work in the editor again, saved, or another editor opened: no exit is pending. */
    reset(): void {
      deletion.disarm();
      leaving.clear();
      stopUndecided();
      gone = false;
    },
    /**
     * Another event's editor took the place of the one in use, which is gone from the page: for
     * the meeting on it, that is a way out like any other (Cancel, a Save, or one we did not see).
     */
    replaced(): void {
      // Closed before (and decided then), unless that is still undecided.
      const was = undecided ? undecided.staked : gone ? null : stakedNow();
      stopUndecided();
      const leave = leaving.closed();
      const cause: ExitCause = leave ?? (saveIntent ? 'save' : 'unknown');
      const acted = was ? carryOut(cause, was, true) : false;
      endSave();
      if (acted && store.get().phase === 'done') store.set({ phase: 'idle' });
      deletion.disarm();
      gone = false;
    },
    /** The editor Delete was pressed in, while its confirmation may still come. */
    deleteArmedIn: deletion.editor,
    /** The page re-rendered that editor (same event, new elements): its Delete stays pending. */
    deleteMovedTo: deletion.moveTo,
    /**
     * The editor is gone (closed, hidden, removed), and no other editor took its place. `container`:
     * that editor, when still in the page (hidden), so that its removal can be followed.
     */
    editorClosed(container: Element | null = null): void {
      gone = true;
      const deleted = deletion.closed();
      const leave = leaving.closed();
      const state = store.get();
      const now = stakedNow();
      if (!deleted && !leave && !saveIntent && now.stake === 'oursUnsaved') return container?.isConnected ? followHidden(container, now) : decideSoon(now);
      const acted = deleted ? carryOut('delete', { stake: 'oursSaved', meeting: deleted }) : carryOut(leave ?? (saveIntent ? 'save' : 'unknown'), now);
      endSave();
      // The meeting deleted or orphaned is no longer the editor's: an editor shown again reads its fields anew.
      if (acted && state.phase === 'done') store.set({ phase: 'idle' });
    },
    /** The page is going away (navigation, tab closed) with the editor open, or hidden with a new meeting on it. */
    pageHidden(): void {
      if (undecided) {
        const { staked: was } = undecided;
        stopUndecided();
        if (!saveIntent) carryOut('navigation', was);
        return;
      }
      if (!gone) carryOut('navigation', stakedNow());
    },
    /** Saved with our link replaced by another: ours is in no event, an orphan at once, and the user is told. */
    notInEvent(meeting: DeletedMeeting): void {
      deps.forget(meeting);
      orphan({ id: meeting.id, joinUrl: meeting.joinUrl, event: meeting.event }, t('page_linkReplaced'), 'meetingLeftEvent');
    },
    /** A meeting made after its editor closed (Cancel while it was being made), or showed another event: an orphan at once. */
    madeAfterClose(meeting: { id: number; joinUrl: string }, event: EventIdentity, why: 'closed' | 'switched' = 'closed'): void {
      const tell = why === 'closed' ? t('page_madeAfterClose', meeting.joinUrl) : t('page_madeAfterSwitch', event.subject, meeting.joinUrl);
      orphan({ id: meeting.id, joinUrl: meeting.joinUrl, event }, tell);
    },
  };
}

export type EditorExits = ReturnType<typeof createEditorExits>;

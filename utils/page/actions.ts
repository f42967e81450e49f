import { Failure, toFailure } from '@/utils/shared/failures';
import type { Translate } from '@/utils/shared/translate';
import { failureMessage } from '@/utils/shared/failure-message';
import { isValidDraft } from '@/utils/shared/wall-clock';
import { eventIdentity, type EventIdentity, type MeetingDraft, type MeetingInfo, type MeetingOptions, type MeetingStanding } from '@/utils/shared/meeting-types';
import { isNewEventEditor, type EditorAction } from '@/utils/page/ontime/buttons';
import type { LinkTarget } from '@/utils/shared/settings/types';
import type { Editor } from '@/utils/page/ontime/editor';
import { readDraft } from '@/utils/page/ontime/draft';
import { existingJoinUrl } from '@/utils/page/ontime/find-join-url';
import type { SendVerb } from '@/utils/shared/send-verb';
import { inFlight, type ControlState, type KnownMeeting, type ControlStore } from '@/utils/page/control-state';
import { createEditorExits } from '@/utils/page/editor-exits';
import type { ShowToast } from '@/utils/page/toast-action';
import type { CreateAnswer } from '@/utils/shared/protocol';
import { retryPlan, sameDraft, type RetryPlan } from '@/utils/page/retry';
import type { PagePart } from '@/utils/page/part';
import { fieldText, meetingInEvent } from '@/utils/page/ontime/meeting-in-event';

export interface ActionDeps {
  store: ControlStore;
  t: Translate;
  locale: string;
  /** The editor on screen now; it may have been re-rendered since the click. */
  currentEditor(): Editor | null;
  /** Hosts of join links to recognise besides Zoom's own (a custom Zoom base). */
  joinHosts: string[];
  linkTarget: LinkTarget;
  sendVerb: SendVerb;
  toast: ShowToast;
  /** The on-demand part (the settings dialog, writing the invitation) is there, or fails with partUnavailable. */
  loadPart(): Promise<Writers>;
  /** The part, if loaded: OnTime's Save cannot wait for it. */
  loadedPart(): Writers | undefined;
}

/** What the on-demand part does for us: the invitation's text, and writing it into the editor. */
export type Writers = Pick<PagePart, 'composeInvitation' | 'refreshedInvitation' | 'writeMeeting' | 'refreshMeeting' | 'stripMeeting'>;

/** What the Zoom control does. The store is the single source of what it shows. */
export function createActions(deps: ActionDeps) {
  const { store, t } = deps;
  // A submit button fires click and then submit in the same task: one save.
  let saving = false;
  const explain = (error: unknown) => failureMessage(toFailure(error).toData(), t, deps.locale);

  // What our record says of each link seen in this page (info null: not ours; `standing`: shown,
  // never changed), per event: asked once, not on every open. Only for existing events' editors: in
  // a new event's editor the answer changes once any event is saved with the meeting (a copy).
  const infoOf = new Map<string, Vouched>();
  const linkKey = (id: number, joinUrl: string, event: EventIdentity) => `${id} ${joinUrl} ${event.subject} ${event.start}`;
  /** Our cached views of a meeting are stale (it was deleted, or is shared now). */
  const forget = (id: number) => {
    for (const key of [...infoOf.keys()]) if (key.startsWith(`${id} `)) infoOf.delete(key);
  };
  // Every way out of the editor: Delete, Cancel, ×, Escape, the page going away.
  const exits = createEditorExits({ store, sendVerb: deps.sendVerb, t, toast: deps.toast, explain, forget: (m) => forget(m.id) });

  /**
   * Shows a link found in the event; it is managed only once our record says it is ours for this
   * event, as the editor shows it now (`event`: what the later Save or Delete names). The editor of
   * a new event (no Delete) holding the link of a meeting already saved with an event is a copy
   * (a duplicated event): shown, never changed (the worker decides, ownership.ts `standing`).
   */
  function showMeeting(found: Omit<KnownMeeting, 'event'>, editor: Editor): void {
    const id = found.id;
    const draft = readDraft(editor);
    if (!id || !draft) return store.set({ phase: 'done', meeting: { ...found, managed: false } });
    const newEvent = isNewEventEditor(editor.container);
    const meeting: KnownMeeting = { ...found, event: eventIdentity(draft), newEvent };
    const event = meeting.event!;
    const key = linkKey(id, meeting.joinUrl, event);
    const known = meeting.info ? { info: meeting.info } : newEvent ? undefined : infoOf.get(key);
    store.set({ phase: 'done', meeting: known ? { ...meeting, ...vouched(known) } : meeting });
    if (known) return;
    const settle = (answer: Vouched) => {
      if (!newEvent) infoOf.set(key, answer);
      const state = store.get();
      if (state.phase === 'done' && state.meeting.id === id && state.meeting.joinUrl === meeting.joinUrl) {
        // Saved as a copy before this answer came (copySaved): shared it stays.
        const shared = state.meeting.standing === 'shared' ? { managed: false, standing: 'shared' as const } : {};
        store.set({ ...state, meeting: { ...state.meeting, ...vouched(answer), ...shared } });
      }
    };
    // Unknown stays unmanaged: nothing is changed at Zoom for a link we cannot vouch for.
    deps.sendVerb('meetingStatus', { id, joinUrl: meeting.joinUrl, event, ...(newEvent ? { newEvent: true as const } : {}) }).then(
      ({ meeting: info, standing }) => settle({ info, standing }),
      () => settle({ info: null }),
    );
  }

  /**
   * The same link, but the editor changed kind in a way that must be asked about again: a new
   * event's editor now shows what an existing event's editor showed (the page's Duplicate, in a
   * panel refilled in place or a modal built anew, while our control kept its state), or a copy's
   * editor now shows a saved event. The other way (a new event saved, then reopened or kept open
   * with Delete) is the meeting made or vouched for here: nothing to ask.
   */
  function editorKindChanged(meeting: KnownMeeting, isNew: boolean): boolean {
    return (meeting.newEvent === false && isNew) || (meeting.standing === 'copy' && !isNew);
  }

  /**
   * Every occurrence of a series carries the same link: an editor opened on another occurrence
   * names another event (its start), which Save and Delete must name in turn.
   */
  function isOtherOccurrence(meeting: KnownMeeting, editor: Editor): boolean {
    const draft = readDraft(editor);
    return !!draft?.repeat && !!meeting.event && meeting.event.start !== draft.start;
  }

  /** The meeting of a done state, when it is ours. */
  function managed(state: ControlState) {
    return state.phase === 'done' && state.meeting.managed && state.meeting.id && state.meeting.event ? { ...state.meeting, id: state.meeting.id, event: state.meeting.event } : null;
  }

  /** The state that fits the editor's fields, unless an operation is in flight. */
  function syncFromFields(editor: Editor): void {
    if (inFlight(store.get())) return;
    const existing = existingJoinUrl(editor, deps.joinHosts);
    const current = store.get();
    if (existing) {
      const isNew = isNewEventEditor(editor.container);
      if (current.phase !== 'done' || current.meeting.joinUrl !== existing.joinUrl || isOtherOccurrence(current.meeting, editor) || editorKindChanged(current.meeting, isNew)) {
        showMeeting(existing, editor);
      } else if (current.meeting.newEvent !== isNew) {
        // The meeting made in a new event's editor, now in the saved event's: a later Duplicate is a copy.
        store.set({ ...current, meeting: { ...current.meeting, newEvent: isNew } });
      }
    } else if (current.phase !== 'idle' || current.notice) {
      store.set({ phase: 'idle' });
    }
  }

  /** The Zoom button: a new meeting for the event (none in it yet). */
  function create(): Promise<void> {
    return startCreate();
  }

  /**
   * "New Zoom meeting" on a link whose meeting we deleted at Zoom (the event came back, e.g. by the
   * page's Undo): a meeting made as by the Zoom button, whose link and invitation take the place
   * of the dead ones. The user's own text stays (stripMeeting takes only ours).
   */
  function replaceDeleted(): Promise<void> {
    const state = store.get();
    if (state.phase !== 'done' || state.meeting.standing !== 'deleted') return Promise.resolve();
    return startCreate(state.meeting.joinUrl);
  }

  async function startCreate(replacing?: string): Promise<void> {
    if (inFlight(store.get())) return; // a second click joins the first
    const editor = deps.currentEditor();
    if (!editor) return;
    const existing = existingJoinUrl(editor, deps.joinHosts);
    if (existing && existing.joinUrl !== replacing) return showMeeting(existing, editor);
    const more = replacing ? { replacing } : {};
    const draft = readDraft(editor);
    if (!draft || !isValidDraft(draft)) return store.set({ phase: 'idle', notice: { kind: 'draftIncomplete' } });
    // A series' meeting starts with the series: from one occurrence we would not know its first start.
    if (draft.repeat && draft.scope === 'occurrence') return store.set({ phase: 'idle', notice: { kind: 'seriesNeeded' } });
    store.set({ phase: 'busy', step: 'connecting' });
    try {
      // The dialog's code usually came when the editor opened; if not, it comes now, with the settings.
      const [{ options, capabilities, uncertainSince, unsavedSince }] = await Promise.all([deps.sendVerb('prepareMeeting', { draft }), deps.loadPart()]);
      store.set({ phase: 'dialog', draft, options, capabilities, uncertainSince, unsavedSince, ...more });
    } catch (error) {
      const failure = toFailure(error).toData();
      store.set({ phase: 'idle', notice: failure, retry: retryPlan({ step: 'prepare', ...more }, failure.kind) });
    }
  }

  async function confirm(options: MeetingOptions): Promise<void> {
    const state = store.get();
    if (state.phase !== 'dialog') return;
    await submit(state.draft, options, state.replacing);
  }

  /** Creates the meeting for `draft` and writes it into the editor (in place of the dead link `replacing`). */
  async function submit(draft: MeetingDraft, options: MeetingOptions, replacing?: string): Promise<void> {
    // A Zoom link in the editor by now (the page refilled it with an event that has one): no second meeting.
    const shown = deps.currentEditor();
    if (shown && holdsOtherLink(shown, replacing)) {
      store.set({ phase: 'idle' });
      return syncFromFields(shown);
    }
    store.set({ phase: 'busy', step: 'creating' });
    // One click, one attempt id: the worker never POSTs twice for it.
    const attempt = crypto.randomUUID();
    try {
      // Before the create: a meeting is made only when its invitation can be written.
      const { composeInvitation, writeMeeting, stripMeeting } = await deps.loadPart();
      const { meeting, recovered } = await createOnce(draft, options, attempt);
      const event = eventIdentity(draft);
      const editor = deps.currentEditor();
      // The editor may show another event by now (Cancel, then another one opened): not there.
      if (!editor || !isSameEvent(editor, event)) return abandoned(meeting, event);
      // Another meeting's link there now (another event with the same subject and time): never beside it.
      if (holdsOtherLink(editor, replacing)) return abandoned(meeting, event, 'switched');
      // The dead link and its invitation go; an invitation the user edited stays (they are told).
      const deadLeft = replacing ? stripMeeting(editor, replacing).bodyLeft : false;
      const written = editor ? writeMeeting(editor, meeting.joinUrl, composeInvitation(meeting, t, deps.locale), deps.linkTarget) : null;
      const newEvent = isNewEventEditor(editor.container);
      infoOf.set(linkKey(meeting.id, meeting.joinUrl, event), { info: meeting });
      const next: ControlState = { phase: 'done', meeting: { id: meeting.id, joinUrl: meeting.joinUrl, info: meeting, unsaved: true, managed: true, event, newEvent } };
      if (deadLeft) next.notice = { kind: 'deadInvitationLeft' };
      if (!written || !(written.location || written.body)) next.notice = { kind: 'writeFailed', params: { url: meeting.joinUrl } };
      store.set(next);
      if (recovered) deps.toast(t('page_recovered'));
    } catch (error) {
      const failure = toFailure(error).toData();
      store.set({ phase: 'idle', notice: failure, retry: retryPlan({ step: 'create', draft, options, ...(replacing ? { replacing } : {}) }, failure.kind) });
    }
  }

  /**
   * The Retry button: the failed step again, offered only where repeating it is safe (retry.ts).
   * A create runs again with a new attempt id and the dialog's choices when the editor still shows
   * the same event; when the event changed meanwhile, the dialog opens again for it.
   */
  async function retry(): Promise<void> {
    const state = store.get();
    const plan: RetryPlan | undefined = state.phase === 'idle' || state.phase === 'done' ? state.retry : undefined;
    if (!plan) return;
    if (plan.step === 'prepare') return startCreate(plan.replacing);
    if (plan.step === 'remove') return confirmRemove(true);
    if (plan.step === 'adopt') return adopt();
    const editor = deps.currentEditor();
    if (!editor) return;
    const existing = existingJoinUrl(editor, deps.joinHosts);
    if (existing && existing.joinUrl !== plan.replacing) return showMeeting(existing, editor);
    const draft = readDraft(editor);
    if (!draft || !isValidDraft(draft) || !sameDraft(draft, plan.draft)) return startCreate(plan.replacing);
    await submit(draft, plan.options, plan.replacing);
  }

  function isSameEvent(editor: Editor, event: EventIdentity): boolean {
    const now = readDraft(editor);
    return !!now && now.subject.trim() === event.subject && now.start === event.start;
  }

  /** A meeting made for an editor that is gone: recorded as an orphan, and the user is told where it is. */
  function abandoned(meeting: MeetingInfo, event: EventIdentity, why: 'closed' | 'switched' = 'closed'): void {
    store.set({ phase: 'idle' });
    exits.madeAfterClose(meeting, event, why);
  }

  /** The editor holds a Zoom link other than the dead one a new meeting replaces. */
  function holdsOtherLink(editor: Editor, replacing?: string): boolean {
    const held = existingJoinUrl(editor, deps.joinHosts);
    return !!held && held.joinUrl !== replacing;
  }

  /** The create's answer, or, when the worker was stopped before it answered, what became of the attempt. */
  async function createOnce(draft: MeetingDraft, options: MeetingOptions, attempt: string): Promise<CreateAnswer> {
    try {
      return await deps.sendVerb('createMeeting', { draft, options, attempt });
    } catch (error) {
      if (!(error instanceof Failure && error.kind === 'answerLost')) throw error;
    }
    try {
      return await deps.sendVerb('attemptStatus', { attempt });
    } catch (error) {
      // The worker stopped before it recorded the attempt, so before any POST: ask once more.
      if (!(error instanceof Failure && error.kind === 'attemptUnknown')) throw error;
      return deps.sendVerb('createMeeting', { draft, options, attempt });
    }
  }

  /** "Manage it here": after the user's click, the worker checks the meeting at Zoom and records it as ours. */
  async function adopt(): Promise<void> {
    const state = store.get();
    const editor = deps.currentEditor();
    // A copy, a shared or a deleted meeting is not taken over: it would be taken from another event, or is gone.
    if (state.phase !== 'done' || state.meeting.managed !== false || state.meeting.standing || !state.meeting.id || !editor) return;
    const draft = readDraft(editor);
    if (!draft || !isValidDraft(draft)) return store.set({ ...state, notice: { kind: 'draftIncomplete' } });
    const { id, joinUrl } = state.meeting;
    const event = eventIdentity(draft);
    store.set({ phase: 'busy', step: 'adopting' });
    try {
      const { meeting: info } = await deps.sendVerb('adoptMeeting', { id, joinUrl, draft });
      const newEvent = isNewEventEditor(editor.container);
      infoOf.set(linkKey(id, joinUrl, event), { info });
      store.set({ phase: 'done', meeting: { id, joinUrl, info, managed: true, event, newEvent } });
      deps.toast(t('page_adopted'));
    } catch (error) {
      const failure = toFailure(error).toData();
      store.set({ phase: 'done', meeting: state.meeting, notice: failure, retry: retryPlan({ step: 'adopt' }, failure.kind) });
    }
  }

  function cancelDialog(): void {
    const state = store.get();
    if (state.phase !== 'dialog') return;
    store.set({ phase: 'idle' });
    // Cancelled in place of a dead link: the control says again what the event holds.
    const editor = state.replacing ? deps.currentEditor() : null;
    if (editor) syncFromFields(editor);
  }

  function askRemove(): void {
    const state = store.get();
    const editor = deps.currentEditor();
    // A copy in an editor refilled in place: ask again (it shows as a copy) instead of offering to delete.
    if (state.phase === 'done' && editor && refilledAsNew(state.meeting, editor)) return syncFromFields(editor);
    if (state.phase === 'done' && managed(state)) store.set({ ...state, confirmRemove: true, notice: undefined, retry: undefined });
  }

  async function confirmRemove(confirmed: boolean): Promise<void> {
    const state = store.get();
    const ours = managed(state);
    if (state.phase !== 'done' || !ours) return;
    if (!confirmed) return store.set({ ...state, confirmRemove: false });
    store.set({ phase: 'busy', step: 'removing', meetingId: ours.id });
    try {
      // Before the delete: the link and invitation must be taken out once the meeting is gone.
      const part = await deps.loadPart();
      const answer = await deps.sendVerb('deleteMeeting', { id: ours.id, joinUrl: ours.joinUrl, event: ours.event });
      infoOf.delete(linkKey(ours.id, ours.joinUrl, ours.event));
      // Another event holds it too by now (a copy saved in another tab): kept at Zoom, and its link stays here.
      if (answer?.deleted === false) return store.set({ phase: 'done', meeting: { ...state.meeting, managed: false, standing: 'shared' }, notice: { kind: 'meetingShared' } });
      const editor = deps.currentEditor();
      // Our invitation as we would write it now: its unchanged lines help find words typed among ours.
      const reference = state.meeting.info ? part.composeInvitation(state.meeting.info, t, deps.locale) : undefined;
      const left = editor ? part.stripMeeting(editor, state.meeting.joinUrl, reference).bodyLeft : false;
      store.set(left ? { phase: 'idle', notice: { kind: 'invitationLeft' } } : { phase: 'idle' });
    } catch (error) {
      const failure = toFailure(error).toData();
      store.set({ phase: 'done', meeting: state.meeting, notice: failure, retry: retryPlan({ step: 'remove' }, failure.kind) });
    }
  }

  /**
   * OnTime's Save: the invitation is refreshed synchronously, before the page's own handler
   * reads the fields; Zoom is updated afterwards, from the background.
   */
  function saved(editor: Editor): void {
    const state = store.get();
    if (state.phase === 'done' && isCopyOrUnknown(state.meeting, editor)) return copySaved(state.meeting, editor);
    const ours = managed(state);
    if (state.phase !== 'done' || !ours) return;
    if (saving) return;
    saving = true;
    setTimeout(() => (saving = false), 0);
    const draft = readDraft(editor);
    if (!draft || !isValidDraft(draft)) return;
    // Our link replaced in the event (by the user or a script): ours is in no event now, and the
    // meeting the event names instead is never touched.
    if (!meetingInEvent({ location: fieldText(editor.location), body: fieldText(editor.body) }, ours, deps.joinHosts)) {
      // A saved meeting with another meeting's link in its place: most likely another event the
      // page refilled the editor with unseen; the saved event may still hold ours, never offer Delete.
      if (!state.meeting.unsaved && holdsOtherLink(editor)) return eventSwitched(editor);
      store.set({ phase: 'idle' });
      return exits.notInEvent(ours);
    }
    // One occurrence changed: the description is the series', and so is its invitation.
    const onlyOccurrence = !!draft.repeat && draft.scope === 'occurrence';
    const part = deps.loadedPart();
    const refresh = !!state.meeting.info && !onlyOccurrence;
    const kept = refresh && part ? part.refreshMeeting(editor, state.meeting.info!.joinUrl, part.refreshedInvitation(state.meeting.info!, draft, t, deps.locale)) === 'broken' : false;
    // Its code did not load (the preload at the editor's opening failed): Zoom is updated all the same.
    if (refresh && !part) deps.toast(t('page_invitationNotRefreshed'), 'error');
    // Save is an intent until the editor closes after it: refused by the page, then left, the
    // meeting is in no event (editor-exits.ts).
    exits.savePressed(!!state.meeting.unsaved, editor.container);
    store.set({ ...state, meeting: { ...state.meeting, unsaved: false, event: eventIdentity(draft) }, ...(kept ? { notice: { kind: 'invitationKept' } } : {}) });
    // Save usually closes the editor, and the control with it: say it where it stays visible too.
    if (kept) deps.toast(t('page_err_invitationKept'));
    deps.sendVerb('eventSaved', { id: ours.id, joinUrl: ours.joinUrl, event: ours.event, draft }).then(
      ({ updated }) => updated && deps.toast(t('page_updated')),
      (error) => deps.toast(t('page_updateFailed', explain(error)), 'error'),
    );
  }

  /**
   * Saved, a new event's editor holding our link shown as a copy (a duplicated event), or one we
   * have not heard back about yet (the user saved at once): the worker decides from its record
   * whether the meeting is already in another event. If so it is shared from now on, and neither
   * event's save or delete changes it at Zoom (the user is told; the popup still can).
   */
  function isCopyOrUnknown(meeting: KnownMeeting, editor: Editor): boolean {
    if (meeting.standing === 'copy') return true;
    if (!meeting.id || meeting.standing) return false;
    return (meeting.managed === undefined && isNewEventEditor(editor.container)) || refilledAsNew(meeting, editor);
  }

  /**
   * Vouched for in an existing event's editor, and that editor now offers no Delete: the page
   * refilled it in place with a copy (a side panel's Duplicate) and nothing told us (no editor
   * added, none shown again). Caught when the user acts: Save and "Delete Zoom meeting".
   */
  function refilledAsNew(meeting: KnownMeeting, editor: Editor): boolean {
    return meeting.newEvent === false && isNewEventEditor(editor.container);
  }

  function copySaved(meeting: KnownMeeting, editor: Editor): void {
    const { id, joinUrl, event } = meeting;
    if (saving || !id || !event) return;
    saving = true;
    setTimeout(() => (saving = false), 0);
    // Saved without our link: the meeting is still in the one event it was in.
    if (!meetingInEvent({ location: fieldText(editor.location), body: fieldText(editor.body) }, { id, joinUrl }, deps.joinHosts)) return;
    const copy = meeting.standing === 'copy';
    deps.sendVerb('newEventSaved', { id, joinUrl, event }).then(
      ({ shared }) => {
        if (!shared) return;
        forget(id);
        const state = store.get();
        if (state.phase === 'done' && state.meeting.id === id && state.meeting.joinUrl === joinUrl) store.set({ ...state, meeting: { ...state.meeting, managed: false, standing: 'shared' } });
        deps.toast(t('page_copySaved'));
      },
      // Shown as a copy, the user must know it is not protected; not known yet, nothing was claimed.
      (error) => copy && deps.toast(t('page_copyNotNoted', explain(error)), 'error'),
    );
  }

  /**
   * Another editor took the place of the one in use. A page that re-renders its editor (the same
   * event in new elements) keeps a Delete pending in it; any other editor disarms it.
   */
  function editorReplaced(editor: Editor, previous: Editor | null = null): void {
    const armedIn = exits.deleteArmedIn();
    const ours = managed(store.get());
    if (armedIn && !armedIn.isConnected && ours && isSameEvent(editor, ours.event)) return exits.deleteMovedTo(editor.container);
    if (previous && !previous.container.isConnected && ours && isAnotherEvent(editor, previous, ours.joinUrl)) return exits.replaced();
    // The same event re-rendered in new elements: a Save pressed in the old ones is followed there.
    if (!previous?.container.isConnected) exits.saveMovedTo(editor.container);
    exits.reset();
  }

  /**
   * The editor that took the place of `previous` shows another event (the user opened one from
   * the list): it does not hold our link, and its subject or start is not what `previous` showed
   * last. A re-render of the same event (new elements, same fields) is neither.
   */
  function isAnotherEvent(editor: Editor, previous: Editor, joinUrl: string): boolean {
    if (existingJoinUrl(editor, deps.joinHosts)?.joinUrl === joinUrl) return false;
    const now = readDraft(editor);
    const before = readDraft(previous);
    if (!now || !before) return fieldText(editor.subject) !== fieldText(previous.subject);
    return now.subject.trim() !== before.subject.trim() || now.start !== before.start;
  }

  /**
   * The editor in use shows another event in the same elements (the page refilled it in place,
   * event-switch.ts): for the meeting it showed, a way out as when another event's editor takes
   * its place; then the control shows what the new event's fields hold.
   */
  function eventSwitched(editor: Editor): void {
    // The settings dialog was for the event shown before: its OK would make a meeting for no one.
    if (store.get().phase === 'dialog') cancelDialog();
    if (inFlight(store.get())) return;
    exits.replaced();
    syncFromFields(editor);
  }

  /**
   * The editor came to hold a meeting the control does not show (event-switch.ts): a link where
   * there was none, or a Duplicate refilled in place. The settings dialog, if open, closes: the
   * event has its meeting, and OK would make a second one.
   */
  function fieldsChanged(editor: Editor): void {
    const state = store.get();
    if (state.phase === 'dialog' && holdsOtherLink(editor, state.replacing)) cancelDialog();
    syncFromFields(editor);
  }

  /** A click on one of OnTime's own editor buttons. */
  function editorAction(action: EditorAction, editor: Editor, visibleBefore: ReadonlySet<Element> = new Set()): void {
    if (action === 'save') {
      exits.reset();
      return saved(editor);
    }
    if (action === 'delete') {
      // In "This occurrence", OnTime deletes that occurrence only, and so do we at Zoom.
      const draft = readDraft(editor);
      return exits.deletePressed(editor.container, visibleBefore, !!draft?.repeat && draft.scope === 'occurrence');
    }
    exits.leavePressed('cancel');
  }

  return {
    syncFromFields,
    create,
    replaceDeleted,
    confirm,
    retry,
    cancelDialog,
    askRemove,
    confirmRemove,
    adopt,
    editorAction,
    /** The answer clicked in a confirmation box (OnTime's "delete this event?", a "discard changes?"). */
    deleteConfirmation: exits.answered,
    /** The editor OnTime's Delete was pressed in, while its confirmation may still come. */
    deleteArmedIn: exits.deleteArmedIn,
    /** Escape in the editor: a way out, once the editor really closes. */
    escapePressed: () => exits.leavePressed('escape'),
    /** The user is back at work in the editor, or another one opened: no exit is pending. */
    disarmDelete: exits.reset,
    editorReplaced,
    eventSwitched,
    fieldsChanged,
    editorClosed: exits.editorClosed,
    pageHidden: exits.pageHidden,
  };
}

export type Actions = ReturnType<typeof createActions>;

/** What the worker said of a link: the meeting when ours, and why it is only shown when it is. */
interface Vouched {
  info: MeetingInfo | null;
  standing?: MeetingStanding;
}

/** A meeting is managed (changed with its event) when ours and neither a copy, shared nor deleted. */
function vouched({ info, standing }: Vouched): Pick<KnownMeeting, 'info' | 'managed' | 'standing'> {
  return { info: info ?? undefined, managed: !!info && !standing, standing };
}

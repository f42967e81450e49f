import { toFailure } from '@/utils/shared/failures';
import type { Translate } from '@/utils/shared/translate';
import { failureMessage } from '@/utils/shared/failure-message';
import { composeInvitation, INVITATION_START, withInvitation } from '@/utils/page/ontime/invitation';
import { durationMinutes, isValidDraft } from '@/utils/shared/wall-clock';
import type { MeetingDraft, MeetingInfo, MeetingOptions } from '@/utils/shared/meeting-types';
import type { EditorAction } from '@/utils/page/ontime/buttons';
import type { LinkTarget } from '@/utils/shared/settings/types';
import type { Editor } from '@/utils/page/ontime/editor';
import { readDraft } from '@/utils/page/ontime/draft';
import { readValue, writeValue } from '@/utils/page/ontime/field-values';
import { existingJoinUrl, stripMeeting, writeMeeting } from '@/utils/page/ontime/write-back';
import type { SendVerb } from '@/utils/shared/send-verb';
import { inFlight, type ControlState, type KnownMeeting, type ControlStore } from '@/utils/page/control-state';

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
  toast(text: string, tone?: 'info' | 'error'): void;
}

// A Delete in OnTime counts only if its confirmation follows within this time.
const DELETE_CONFIRM_WINDOW_MS = 120_000;

/** What the Zoom control does. The store is the single source of what it shows. */
export function createActions(deps: ActionDeps) {
  const { store, t } = deps;
  let armedDelete: { id: number; at: number } | null = null;
  // A submit button fires click and then submit in the same task: one save.
  let saving = false;
  const explain = (error: unknown) => failureMessage(toFailure(error).toData(), t, deps.locale);

  // What our record knows of each meeting seen in this page: asked once, not on every open.
  const infoOf = new Map<number, MeetingInfo | null>();

  function showMeeting(meeting: KnownMeeting): void {
    const id = meeting.id;
    const known = id ? infoOf.get(id) : undefined;
    store.set({ phase: 'done', meeting: known ? { ...meeting, info: known } : meeting });
    if (!id || meeting.info || known !== undefined) return;
    deps.sendVerb('meetingStatus', { id }).then(({ meeting: info }) => {
      infoOf.set(id, info ?? null);
      const state = store.get();
      if (info && state.phase === 'done' && state.meeting.id === id) store.set({ ...state, meeting: { ...state.meeting, info } });
    }, () => undefined);
  }

  /** The state that fits the editor's fields, unless an operation is in flight. */
  function syncFromFields(editor: Editor): void {
    if (inFlight(store.get())) return;
    const existing = existingJoinUrl(editor, deps.joinHosts);
    const current = store.get();
    if (existing) {
      if (current.phase !== 'done' || current.meeting.joinUrl !== existing.joinUrl) showMeeting(existing);
    } else if (current.phase !== 'idle' || current.notice) {
      store.set({ phase: 'idle' });
    }
  }

  async function create(): Promise<void> {
    if (inFlight(store.get())) return; // a second click joins the first
    const editor = deps.currentEditor();
    if (!editor) return;
    const existing = existingJoinUrl(editor, deps.joinHosts);
    if (existing) return showMeeting(existing);
    const draft = readDraft(editor);
    if (!draft || !isValidDraft(draft)) return store.set({ phase: 'idle', notice: { kind: 'draftIncomplete' } });
    store.set({ phase: 'busy', step: 'connecting' });
    try {
      const { options, capabilities, uncertainSince } = await deps.sendVerb('prepareMeeting', { draft });
      store.set({ phase: 'dialog', draft, options, capabilities, uncertainSince });
    } catch (error) {
      store.set({ phase: 'idle', notice: toFailure(error).toData() });
    }
  }

  async function confirm(options: MeetingOptions): Promise<void> {
    const state = store.get();
    if (state.phase !== 'dialog') return;
    store.set({ phase: 'busy', step: 'creating' });
    try {
      const { meeting } = await deps.sendVerb('createMeeting', { draft: state.draft, options });
      const editor = deps.currentEditor();
      const written = editor ? writeMeeting(editor, meeting.joinUrl, composeInvitation(meeting, t, deps.locale), deps.linkTarget) : null;
      infoOf.set(meeting.id, meeting);
      const next: ControlState = { phase: 'done', meeting: { id: meeting.id, joinUrl: meeting.joinUrl, info: meeting, unsaved: true } };
      if (!written || !(written.location || written.body)) next.notice = { kind: 'writeFailed', params: { url: meeting.joinUrl } };
      store.set(next);
    } catch (error) {
      store.set({ phase: 'idle', notice: toFailure(error).toData() });
    }
  }

  function cancelDialog(): void {
    if (store.get().phase === 'dialog') store.set({ phase: 'idle' });
  }

  function askRemove(): void {
    const state = store.get();
    if (state.phase === 'done') store.set({ ...state, confirmRemove: true, notice: undefined });
  }

  async function confirmRemove(confirmed: boolean): Promise<void> {
    const state = store.get();
    if (state.phase !== 'done') return;
    if (!confirmed) return store.set({ ...state, confirmRemove: false });
    store.set({ phase: 'busy', step: 'removing' });
    try {
      if (state.meeting.id) {
        await deps.sendVerb('deleteMeeting', { id: state.meeting.id });
        infoOf.delete(state.meeting.id);
      }
      const editor = deps.currentEditor();
      if (editor) stripMeeting(editor, state.meeting.joinUrl);
      store.set({ phase: 'idle' });
    } catch (error) {
      store.set({ phase: 'done', meeting: state.meeting, notice: toFailure(error).toData() });
    }
  }

  /**
   * OnTime's Save: the invitation is refreshed synchronously, before the page's own handler
   * reads the fields; Zoom is updated afterwards, from the background.
   */
  function saved(editor: Editor): void {
    const state = store.get();
    if (state.phase !== 'done' || !state.meeting.id) return;
    if (saving) return;
    saving = true;
    setTimeout(() => (saving = false), 0);
    const draft = readDraft(editor);
    if (!draft || !isValidDraft(draft)) return;
    if (state.meeting.info) refreshInvitation(editor, state.meeting.info, draft);
    store.set({ ...state, meeting: { ...state.meeting, unsaved: false } });
    deps.sendVerb('eventSaved', { id: state.meeting.id, draft }).then(
      ({ updated }) => updated && deps.toast(t('page_updated')),
      (error) => deps.toast(t('page_updateFailed', explain(error)), 'error'),
    );
  }

  function refreshInvitation(editor: Editor, info: MeetingInfo, draft: MeetingDraft): void {
    const body = readValue(editor.body);
    if (!editor.body || !body.includes(INVITATION_START)) return;
    const next: MeetingInfo = { ...info, topic: draft.subject.trim() || info.topic, start: draft.start, timeZone: draft.timeZone, duration: durationMinutes(draft.start, draft.end) };
    const text = withInvitation(body, composeInvitation(next, t, deps.locale));
    if (text !== body) writeValue(editor.body, text);
  }

  /** A click on one of OnTime's own editor buttons. */
  function editorAction(action: EditorAction, editor: Editor): void {
    const state = store.get();
    if (action === 'save') return saved(editor);
    if (state.phase !== 'done' || !state.meeting.id) return;
    if (action === 'delete') armedDelete = { id: state.meeting.id, at: Date.now() };
    if (action === 'cancel' && state.meeting.unsaved) deps.sendVerb('editorCancelled', { id: state.meeting.id }).catch(() => undefined);
  }

  /** The answer to OnTime's "delete this event?" confirmation. */
  function deleteConfirmation(answer: 'confirm' | 'cancel'): void {
    const armed = armedDelete;
    armedDelete = null;
    if (!armed || answer !== 'confirm' || Date.now() - armed.at > DELETE_CONFIRM_WINDOW_MS) return;
    store.set({ phase: 'idle' });
    infoOf.delete(armed.id);
    deps.sendVerb('deleteMeeting', { id: armed.id }).then(
      () => deps.toast(t('page_deleted')),
      (error) => deps.toast(t('page_deleteFailed', explain(error)), 'error'),
    );
  }

  return { syncFromFields, create, confirm, cancelDialog, askRemove, confirmRemove, editorAction, deleteConfirmation, armed: () => armedDelete !== null };
}

export type Actions = ReturnType<typeof createActions>;

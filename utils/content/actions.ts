import { toFailure } from '../errors';
import type { Translate } from '../i18n/translate';
import { composeInvitation } from '../meetings/invitation';
import { isValidDraft } from '../meetings/meeting-input';
import type { MeetingOptions } from '../meetings/types';
import type { Editor } from '../ontime/editor';
import { readDraft } from '../ontime/draft';
import { existingJoinUrl, stripMeeting, writeMeeting } from '../ontime/write-back';
import type { send as sendFn } from './send';
import { inFlight, type ControlState, type Store } from './store';

export interface ActionDeps {
  store: Store;
  t: Translate;
  locale: string;
  /** The editor on screen now; it may have been re-rendered since the click. */
  currentEditor(): Editor | null;
  /** Hosts of join links to recognise besides Zoom's own (a custom Zoom base). */
  joinHosts: string[];
  send: typeof sendFn;
}

/** What the Zoom control does. The store is the single source of what it shows. */
export function createActions(deps: ActionDeps) {
  const { store } = deps;

  /** The state that fits the editor's fields, unless an operation is in flight. */
  function syncFromFields(editor: Editor): void {
    if (inFlight(store.get())) return;
    const existing = existingJoinUrl(editor, deps.joinHosts);
    const current = store.get();
    if (existing) {
      if (current.phase !== 'done' || current.meeting.joinUrl !== existing.joinUrl) store.set({ phase: 'done', meeting: existing });
    } else if (current.phase !== 'idle' || current.notice) {
      store.set({ phase: 'idle' });
    }
  }

  async function create(): Promise<void> {
    if (inFlight(store.get())) return; // a second click joins the first
    const editor = deps.currentEditor();
    if (!editor) return;
    const existing = existingJoinUrl(editor, deps.joinHosts);
    if (existing) return store.set({ phase: 'done', meeting: existing });
    const draft = readDraft(editor);
    if (!draft || !isValidDraft(draft)) return store.set({ phase: 'idle', notice: { kind: 'draftIncomplete' } });
    store.set({ phase: 'busy', step: 'connecting' });
    try {
      const { options } = await deps.send('prepareMeeting', { draft });
      store.set({ phase: 'dialog', draft, options });
    } catch (error) {
      store.set({ phase: 'idle', notice: toFailure(error).toData() });
    }
  }

  async function confirm(options: MeetingOptions): Promise<void> {
    const state = store.get();
    if (state.phase !== 'dialog') return;
    store.set({ phase: 'busy', step: 'creating' });
    try {
      const { meeting } = await deps.send('createMeeting', { draft: state.draft, options });
      const editor = deps.currentEditor();
      const written = editor ? writeMeeting(editor, meeting.joinUrl, composeInvitation(meeting, deps.t, deps.locale)) : null;
      const next: ControlState = { phase: 'done', meeting: { id: meeting.id, joinUrl: meeting.joinUrl } };
      if (!written || (!written.location && !written.body)) next.notice = { kind: 'writeFailed', params: { url: meeting.joinUrl } };
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
      if (state.meeting.id) await deps.send('deleteMeeting', { id: state.meeting.id });
      const editor = deps.currentEditor();
      if (editor) stripMeeting(editor, state.meeting.joinUrl);
      store.set({ phase: 'idle' });
    } catch (error) {
      store.set({ phase: 'done', meeting: state.meeting, notice: toFailure(error).toData() });
    }
  }

  return { syncFromFields, create, confirm, cancelDialog, askRemove, confirmRemove };
}

export type Actions = ReturnType<typeof createActions>;

/*
 * The on-demand part of the page script (entrypoints/ontime-part.content): the settings dialog,
 * the invitation's text and the page check, loaded only when needed. The worker injects it into the asking frame's
 * isolated world, the one the always-loaded script runs in: it hands itself over through that
 * world's global object, which page scripts cannot see.
 */
import type { tabAnswer } from '@/utils/page/page-check-answer';
import type { composeInvitation, refreshedInvitation } from '@/utils/page/ontime/invitation';
import type { refreshMeeting, stripMeeting, writeMeeting } from '@/utils/page/ontime/write-back';
import type { ControlStore } from '@/utils/page/control-state';
import type { Actions } from '@/utils/page/actions';
import type { Translate } from '@/utils/shared/translate';

/** What the settings dialog (components/page/mount-dialog.ts) needs from the always-loaded script. */
export interface DialogDeps {
  store: ControlStore;
  actions: Actions;
  t: Translate;
  locale: string;
  instance: string;
  /** The always-loaded script's (components/page/focus-return.ts): only it knows the control's shadow root. */
  returnFocus(doc: Document, closing: Element, before: Element | null): void;
}

export interface PagePart {
  /** Shows the settings dialog whenever the store is in its dialog phase. */
  bindDialog(doc: Document, deps: DialogDeps): void;
  tabAnswer: typeof tabAnswer;
  /** Writing the invitation happens only after a click (OK, or OnTime's Save of our meeting). */
  composeInvitation: typeof composeInvitation;
  refreshedInvitation: typeof refreshedInvitation;
  /** Writing our link and invitation into the editor, refreshing and taking them out: after a click, or at a Save. */
  writeMeeting: typeof writeMeeting;
  refreshMeeting: typeof refreshMeeting;
  stripMeeting: typeof stripMeeting;
}

const KEY = Symbol.for('ontime-zoom.part');
type Holder = { [KEY]?: PagePart };

/** Called by the part when it runs. */
export function publishPart(part: PagePart): void {
  (globalThis as Holder)[KEY] = part;
}

/** The part, once it ran in this world. */
export function loadedPart(): PagePart | undefined {
  return (globalThis as Holder)[KEY];
}

/** A part left by an earlier copy of the script (extension updated) is not this version's. */
export function forgetPart(): void {
  delete (globalThis as Holder)[KEY];
}

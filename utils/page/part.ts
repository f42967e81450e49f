/*
 * The on-demand part of the page script (entrypoints/ontime-part.content): the settings dialog
 * and the page check, loaded only when needed. The worker injects it into the asking frame's
 * isolated world, the one the always-loaded script runs in: it hands itself over through that
 * world's global object, which page scripts cannot see.
 */
import type { bindDialog } from '@/components/page/mount-dialog';
import type { tabAnswer } from '@/utils/page/page-check-answer';

export interface PagePart {
  bindDialog: typeof bindDialog;
  tabAnswer: typeof tabAnswer;
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

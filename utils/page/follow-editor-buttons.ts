import type { Actions } from '@/utils/page/actions';
import { confirmationAnswer, editorAction, visibleDialogBoxes } from '@/utils/page/ontime/buttons';
import type { Editor } from '@/utils/page/ontime/editor';

export interface FollowDeps {
  /** The editor on screen now, read again if the page replaced its fields. */
  currentEditor(): Editor | null;
  actions: Pick<Actions, 'editorAction' | 'deleteArmedIn' | 'deleteConfirmation' | 'disarmDelete'>;
}

/**
 * OnTime's own Save / Delete / Cancel, seen in the capture phase before the page acts on them, and
 * the answer to the confirmation that OnTime shows after its Delete. Escape backs out of a Delete.
 * Only the user's own clicks and keys count: a page script's click() or dispatchEvent() is not a
 * Save or a Delete, whatever the button's label says.
 */
export function followEditorButtons(doc: Document, deps: FollowDeps, signal: AbortSignal): void {
  // What the user clicked or typed into in the current task. A submit event is trusted even when
  // a script caused it (form.requestSubmit(), button.click()): it counts only when the user's own
  // click or key inside that form came first in the same task (a click on Save, Enter in a field).
  let gesture: EventTarget | null = null;
  // Only what submits a form for the user counts: a click on a submit button, Enter in a field.
  // Any other key or click in the form would let a page script's requestSubmit() pass as Save.
  const noteGesture = (event: Event) => {
    if (!event.isTrusted || !submitsForm(event)) return;
    const target = event.target;
    gesture = target;
    setTimeout(() => gesture === target && (gesture = null), 0);
  };

  const onClick = (event: MouseEvent) => {
    noteGesture(event);
    if (!event.isTrusted) return;
    const editor = deps.currentEditor();
    const action = editor ? editorAction(event.target, editor.container) : null;
    // Boxes already on screen at Delete cannot be its confirmation.
    if (editor && action) return deps.actions.editorAction(action, editor, action === 'delete' ? visibleDialogBoxes(doc) : undefined);
    const armedIn = deps.actions.deleteArmedIn();
    const found = armedIn ? confirmationAnswer(event.target, armedIn) : null;
    if (found) deps.actions.deleteConfirmation(found.answer, found.box);
  };

  const onSubmit = (event: SubmitEvent) => {
    const form = event.target as Node;
    const byUser = gesture instanceof Node && form.contains(gesture);
    const editor = deps.currentEditor();
    if (byUser && editor?.container.contains(form)) deps.actions.editorAction('save', editor);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    noteGesture(event);
    if (event.isTrusted && event.key === 'Escape') deps.actions.disarmDelete();
  };

  doc.addEventListener('keydown', onKeyDown, { capture: true, signal });
  doc.addEventListener('click', onClick, { capture: true, signal });
  doc.addEventListener('submit', onSubmit, { capture: true, signal });
}

function submitsForm(event: Event): boolean {
  const target = event.target;
  if (!(target instanceof Element)) return false;
  if (event.type === 'keydown') {
    const key = event as KeyboardEvent;
    return key.key === 'Enter' && !key.isComposing && target.matches('input');
  }
  return !!target.closest('button:not([type="button"]):not([type="reset"]), input[type="submit"], input[type="image"]');
}

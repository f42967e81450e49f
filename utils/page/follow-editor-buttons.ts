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
 */
export function followEditorButtons(doc: Document, deps: FollowDeps, signal: AbortSignal): void {
  const onPageAction = (event: Event) => {
    const editor = deps.currentEditor();
    if (editor) {
      const action = event.type === 'submit' ? (editor.container.contains(event.target as Node) ? 'save' : null) : editorAction(event.target, editor.container);
      // Boxes already on screen at Delete cannot be its confirmation.
      if (action) return deps.actions.editorAction(action, editor, action === 'delete' ? visibleDialogBoxes(doc) : undefined);
    }
    const armedIn = deps.actions.deleteArmedIn();
    if (event.type === 'click' && armedIn) {
      const found = confirmationAnswer(event.target, armedIn);
      if (found) deps.actions.deleteConfirmation(found.answer, found.box);
    }
  };
  doc.addEventListener('click', onPageAction, { capture: true, signal });
  doc.addEventListener('submit', onPageAction, { capture: true, signal });
  doc.addEventListener('keydown', (event) => event.key === 'Escape' && deps.actions.disarmDelete(), { capture: true, signal });
}

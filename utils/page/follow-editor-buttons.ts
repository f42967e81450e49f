import type { Actions } from '@/utils/page/actions';
import { confirmationAnswer, editorAction } from '@/utils/page/ontime/buttons';
import type { Editor } from '@/utils/page/ontime/editor';

export interface FollowDeps {
  /** The editor on screen now, read again if the page replaced its fields. */
  currentEditor(): Editor | null;
  /** The last editor our control was in: a Delete confirmation opens after it has gone. */
  lastEditor(): Element | null;
  actions: Pick<Actions, 'editorAction' | 'armed' | 'deleteConfirmation'>;
}

/** OnTime's own Save / Delete / Cancel, seen in the capture phase before the page acts on them. */
export function followEditorButtons(doc: Document, deps: FollowDeps, signal: AbortSignal): void {
  const onPageAction = (event: Event) => {
    const editor = deps.currentEditor();
    if (editor) {
      const action = event.type === 'submit' ? (editor.container.contains(event.target as Node) ? 'save' : null) : editorAction(event.target, editor.container);
      if (action) return deps.actions.editorAction(action, editor);
    }
    const last = deps.lastEditor();
    if (event.type === 'click' && deps.actions.armed() && last) {
      const answer = confirmationAnswer(event.target, last);
      if (answer) deps.actions.deleteConfirmation(answer);
    }
  };
  doc.addEventListener('click', onPageAction, { capture: true, signal });
  doc.addEventListener('submit', onPageAction, { capture: true, signal });
}

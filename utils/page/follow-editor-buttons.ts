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

/**
 * OnTime's own Save / Delete / Cancel, seen in the capture phase before the page acts on them.
 * Only the user's own clicks and keys count: a page script's click() or dispatchEvent() is not
 * a Save or a Delete, whatever the button's label says.
 */
export function followEditorButtons(doc: Document, deps: FollowDeps, signal: AbortSignal): void {
  // What the user clicked or typed into in the current task. A submit event is trusted even when
  // a script caused it (form.requestSubmit(), button.click()): it counts only when the user's own
  // click or key inside that form came first in the same task (a click on Save, Enter in a field).
  let gesture: EventTarget | null = null;
  const noteGesture = (event: Event) => {
    if (!event.isTrusted) return;
    const target = event.target;
    gesture = target;
    setTimeout(() => gesture === target && (gesture = null), 0);
  };

  const onClick = (event: MouseEvent) => {
    noteGesture(event);
    if (!event.isTrusted) return;
    const editor = deps.currentEditor();
    const action = editor ? editorAction(event.target, editor.container) : null;
    if (editor && action) return deps.actions.editorAction(action, editor);
    const last = deps.lastEditor();
    if (deps.actions.armed() && last) {
      const answer = confirmationAnswer(event.target, last);
      if (answer) deps.actions.deleteConfirmation(answer);
    }
  };

  const onSubmit = (event: SubmitEvent) => {
    const form = event.target as Node;
    const byUser = gesture instanceof Node && form.contains(gesture);
    const editor = deps.currentEditor();
    if (byUser && editor?.container.contains(form)) deps.actions.editorAction('save', editor);
  };

  doc.addEventListener('keydown', noteGesture, { capture: true, signal });
  doc.addEventListener('click', onClick, { capture: true, signal });
  doc.addEventListener('submit', onSubmit, { capture: true, signal });
}

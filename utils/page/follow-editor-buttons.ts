import type { Actions } from '@/utils/page/actions';
import { confirmationAnswer, EDITOR_BUTTONS, editorAction, inlineAnswer, innerBox, otherBox, outsideSave, visibleDialogBoxes } from '@/utils/page/ontime/buttons';
import { isShown } from '@/utils/page/editor-closed';
import type { Editor } from '@/utils/page/ontime/editor';

export interface FollowDeps {
  /** The editor on screen now, read again if the page replaced its fields. */
  currentEditor(): Editor | null;
  actions: Pick<Actions, 'editorAction' | 'deleteArmedIn' | 'deleteConfirmation' | 'disarmDelete' | 'escapePressed' | 'pageHidden'>;
}

/**
 * OnTime's own Save / Delete / Cancel / ×, seen in the capture phase before the page acts on them,
 * the answers in confirmation boxes (after Delete, or inside the editor), Escape, and the page
 * going away. Only the user's own clicks and keys count: a page script's click() or dispatchEvent()
 * is not a Save or a Delete, whatever the button's label says. A press on the editor itself (not in
 * a confirmation) after Delete or Cancel means the user stayed: nothing is pending any more.
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

  /** The editor when `event` is the user's, on the editor itself (not in a confirmation inside it). */
  const onEditorItself = (event: Event): Editor | null => {
    const editor = event.isTrusted ? deps.currentEditor() : null;
    const target = event.target;
    if (!editor || !(target instanceof Element) || !editor.container.contains(target)) return null;
    return innerBox(target, editor) ? null : editor;
  };

  /** A yes or no of a question shown inside the editor after Delete, without a box of its own. */
  const inlineAnswerOf = (event: Event, editor: Editor) => (deps.actions.deleteArmedIn() === editor.container ? inlineAnswer(event.target, editor) : null);

  // Pointer and keys come before the click they make: a later click on Delete or Cancel notes anew.
  const onPointerDown = (event: PointerEvent) => {
    const editor = onEditorItself(event);
    if (editor && !inlineAnswerOf(event, editor)) deps.actions.disarmDelete();
  };

  const onClick = (event: MouseEvent) => {
    noteGesture(event);
    if (!event.isTrusted) return;
    const editor = deps.currentEditor();
    const action = editor ? editorAction(event.target, editor) : null;
    // Boxes already on screen at Delete cannot be its confirmation.
    if (editor && action) return deps.actions.editorAction(action, editor, action === 'delete' ? visibleDialogBoxes(doc) : undefined);
    // A save button acting for the editor while it is hidden (a minimised editor's "Save draft").
    if (editor && outsideSave(event.target, editor) && !isShown(editor.container)) return deps.actions.editorAction('save', editor);
    const around = deps.actions.deleteArmedIn() ?? editor?.container;
    const found = around ? confirmationAnswer(event.target, around) : null;
    if (found) return deps.actions.deleteConfirmation(found.answer, found.box);
    const inline = editor ? inlineAnswerOf(event, editor) : null;
    // The row the answer sits in is the question's box (inlineAnswer found the button by the same selector).
    if (editor && inline && event.target instanceof Element) deps.actions.deleteConfirmation(inline, event.target.closest(EDITOR_BUTTONS)?.parentElement ?? editor.container);
  };

  const onSubmit = (event: SubmitEvent) => {
    const form = event.target as Element;
    const byUser = gesture instanceof Node && form.contains(gesture);
    const editor = deps.currentEditor();
    // A form in a confirmation inside the editor (<form method="dialog"> with OK) is not the event's Save.
    if (byUser && editor?.container.contains(form) && !innerBox(form, editor)) deps.actions.editorAction('save', editor);
  };

  const onSaveShortcut = (event: KeyboardEvent) => {
    if (!event.isTrusted || !event.defaultPrevented || event.altKey || event.shiftKey || !(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== 's') return;
    const target = event.target instanceof Element ? event.target : null;
    const editor = deps.currentEditor();
    if (!editor || !target) return;
    if ((editor.container.contains(target) && !innerBox(target, editor)) || target === doc.body) deps.actions.editorAction('save', editor);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    noteGesture(event);
    if (!event.isTrusted) return;
    const inEditor = onEditorItself(event);
    if (inEditor && !inlineAnswerOf(event, inEditor)) deps.actions.disarmDelete();
    if (event.key !== 'Escape') return;
    const target = event.target instanceof Element ? event.target : null;
    const editor = deps.currentEditor();
    // Escape in a confirmation backs out of it; anywhere else, with an editor open, it is a way out.
    if (editor && (inEditor || (target && !otherBox(target, editor.container)))) deps.actions.escapePressed();
    else deps.actions.disarmDelete();
  };

  doc.addEventListener('pointerdown', onPointerDown, { capture: true, signal });
  doc.addEventListener('keydown', onKeyDown, { capture: true, signal });
  doc.addEventListener('click', onClick, { capture: true, signal });
  doc.addEventListener('submit', onSubmit, { capture: true, signal });
  // The page's own save shortcut (Ctrl+S, ⌘S) in the editor: a Save when the page took the key
  // (it prevented the browser's "save page"), seen after the page's handlers.
  doc.defaultView?.addEventListener('keydown', onSaveShortcut, { signal });
  // Navigation away or the tab closed with the editor open.
  doc.defaultView?.addEventListener('pagehide', () => deps.actions.pageHidden(), { signal });
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

import { normaliseLabel } from '@/utils/page/ontime/labels';
import { BUTTON_LABELS } from '@/utils/page/ontime/selectors';
import type { Editor } from '@/utils/page/ontime/editor';

export type EditorAction = 'save' | 'delete' | 'cancel';

/** A button's name as our rules read it (aria-label, text, value), normalised. */
export function buttonLabel(button: Element): string {
  return normaliseLabel(button.getAttribute('aria-label') || button.textContent || (button as HTMLInputElement).value);
}

/** The word of ours a button's label starts with, if any ("save & close" → "save", "yes, delete" → "yes"). */
export function matchedWord(label: string, words: readonly string[]): string | undefined {
  return words.find((w) => label === w || label.startsWith(`${w} `) || label.startsWith(`${w},`) || label.startsWith(`${w}、`));
}

function matches(label: string, words: readonly string[]): boolean {
  return matchedWord(label, words) !== undefined;
}

/** What counts as a button of the editor. */
export const EDITOR_BUTTONS = 'button, [role="button"], input[type="submit"], input[type="button"]';

/** What one of OnTime's editor buttons does, judged by its label (the page check asks too). */
export function buttonAction(button: Element): EditorAction | null {
  const label = buttonLabel(button);
  if (matches(label, BUTTON_LABELS.save)) return 'save';
  if (matches(label, BUTTON_LABELS.delete)) return 'delete';
  if (matches(label, BUTTON_LABELS.cancel)) return 'cancel';
  return null;
}

/** What a click on OnTime's own editor buttons means, judged by the button's label. */
export function editorAction(target: EventTarget | null, editor: EditorBox): EditorAction | null {
  if (!(target instanceof Element)) return null;
  const button = target.closest(EDITOR_BUTTONS);
  if (!button || !editor.container.contains(button)) return null;
  // A confirmation shown inside the editor: its OK is an answer, not the editor's Save.
  return innerBox(button, editor) ? null : buttonAction(button);
}

/**
 * The editor offers Delete: it shows an event the server has. A new event's editor leaves Delete
 * out, or keeps it hidden by its markup until the event is saved (save-and-stay shows it then).
 */
export function offersDelete(container: Element): boolean {
  for (const button of container.querySelectorAll(EDITOR_BUTTONS)) if (buttonAction(button) === 'delete' && !hiddenIn(button, container)) return true;
  return false;
}

/**
 * The editor is for a NEW event: it offers Save but no Delete. An editor without a Save we
 * recognise tells us nothing: not new. The one signal that tells a duplicate of an event (same
 * subject, start and link) from the event itself (utils/worker/meetings/ownership.ts `standing`).
 */
export function isNewEventEditor(container: Element): boolean {
  if (offersDelete(container)) return false;
  for (const button of container.querySelectorAll(EDITOR_BUTTONS)) if (buttonAction(button) === 'save') return true;
  return false;
}

/**
 * Hidden inside `container` by its markup (the `hidden` attribute, an inline display: none) on the
 * way up, whether or not the container shows. Markup only: reading computed style would make the
 * browser compute style inside our code (see shown-tracker.ts); a Delete hidden by a class counts
 * as offered, so the editor is not taken for a new event's (as before this check existed).
 */
function hiddenIn(element: Element, container: Element): boolean {
  for (let node: Element | null = element; node && node !== container; node = node.parentElement) {
    if (node.hasAttribute('hidden') || (node as HTMLElement).style?.display === 'none') return true;
  }
  return false;
}

export const DIALOG_BOXES = '[role="alertdialog"], [role="dialog"], dialog';

/** The editor's outer box and its subject field, which tells its own boxes from a confirmation's. */
export type EditorBox = Pick<Editor, 'container' | 'subject'>;

/**
 * A dialog box (a confirmation) inside the editor around `node`. A box that holds the editor's own
 * subject field is the editor itself (a native <dialog> wrapping a role="dialog" form), not a question.
 */
export function innerBox(node: Element, editor: EditorBox): Element | null {
  const { container } = editor;
  const box = node.closest(DIALOG_BOXES);
  return box && box !== container && container.contains(box) && !box.contains(container) && !box.contains(editor.subject) ? box : null;
}

/** A dialog box around `node` that is not the editor, nor a box the editor sits in. */
export function otherBox(node: Element, container: Element | null): Element | null {
  const box = node.closest(DIALOG_BOXES);
  if (!box || !container) return box;
  return box === container || box.contains(container) ? null : box;
}

/**
 * The box a button outside the editor's own boxes answers in: a box inside the editor, one beside
 * it, or one the page wrapped around the editor (a question that re-mounts the editor inside it).
 * The editor's own box, and a wrapper of it when the button is in the editor, are not questions.
 */
export function answerBox(button: Element, editor: Element): Element | null {
  const box = button.closest(DIALOG_BOXES);
  if (!box || box === editor || (box.contains(editor) && editor.contains(button))) return null;
  return box;
}

/** A click in a confirmation box (after Delete, or inside the editor): confirm or back out, and the box it was in. */
export function confirmationAnswer(target: EventTarget | null, editor: Element): { answer: 'confirm' | 'cancel'; box: Element } | null {
  if (!(target instanceof Element)) return null;
  const button = target.closest('button, [role="button"]');
  const box = button ? answerBox(button, editor) : null;
  if (!button || !box) return null;
  const label = buttonLabel(button);
  if (matches(label, BUTTON_LABELS.cancel) || matches(label, BUTTON_LABELS.declineConfirm)) return { answer: 'cancel', box };
  if (matches(label, BUTTON_LABELS.delete) || matches(label, BUTTON_LABELS.confirm)) return { answer: 'confirm', box };
  return null;
}

/**
 * A question asked inside the editor without a dialog box of its own (a row shown after Delete:
 * "Are you sure? Yes, delete / No"): a button of the editor that is not one of its own actions and
 * whose label is a yes or a no. Read only while a Delete is pending.
 */
export function inlineAnswer(target: EventTarget | null, editor: EditorBox): 'confirm' | 'cancel' | null {
  if (!(target instanceof Element)) return null;
  const button = target.closest(EDITOR_BUTTONS);
  if (!button || !editor.container.contains(button) || buttonAction(button)) return null;
  const label = buttonLabel(button);
  if (matches(label, BUTTON_LABELS.declineConfirm)) return 'cancel';
  if (matches(label, BUTTON_LABELS.confirm)) return 'confirm';
  return null;
}

/**
 * A save button outside the editor, acting for it while it is hidden (the chip of a minimised
 * editor: "Save draft"). Its label says save; a bare OK outside the editor answers something else.
 */
export function outsideSave(target: EventTarget | null, editor: EditorBox): boolean {
  if (!(target instanceof Element)) return false;
  const button = target.closest(EDITOR_BUTTONS);
  if (!button || editor.container.contains(button)) return false;
  const word = matchedWord(buttonLabel(button), BUTTON_LABELS.save);
  return !!word && word !== 'ok';
}

const FILLABLE = 'input:not([type="hidden"]):not([type="checkbox"]):not([type="radio"]), textarea, select';

/**
 * A question, not an editor: a dialog box without fields of its own to fill. Fields of a box
 * nested in it (an editor the page re-mounted inside its question) are not its own.
 */
export function isQuestionBox(box: Element): boolean {
  for (const field of box.querySelectorAll(FILLABLE)) if (field.closest(DIALOG_BOXES) === box) return false;
  return true;
}

/** Question boxes among nodes the page just added. */
export function addedQuestionBoxes(nodes: Iterable<Node>): Set<Element> {
  const boxes = new Set<Element>();
  for (const node of nodes) {
    if (node.nodeType !== Node.ELEMENT_NODE) continue;
    const el = node as Element;
    for (const box of [...(el.matches(DIALOG_BOXES) ? [el] : []), ...el.querySelectorAll(DIALOG_BOXES)]) {
      if (isQuestionBox(box)) boxes.add(box);
    }
  }
  return boxes;
}

/** Dialog boxes on screen now (read once, when OnTime's Delete is pressed). */
export function visibleDialogBoxes(doc: Document): Set<Element> {
  const visible = (el: Element) => (typeof el.checkVisibility === 'function' ? el.checkVisibility({ visibilityProperty: true, opacityProperty: true }) : el.getClientRects().length > 0);
  return new Set([...doc.querySelectorAll(DIALOG_BOXES)].filter(visible));
}

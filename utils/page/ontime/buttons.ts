import { normaliseLabel } from '@/utils/page/ontime/labels';
import { BUTTON_LABELS } from '@/utils/page/ontime/selectors';

export type EditorAction = 'save' | 'delete' | 'cancel';

function buttonLabel(button: Element): string {
  return normaliseLabel(button.getAttribute('aria-label') || button.textContent || (button as HTMLInputElement).value);
}

function matches(label: string, words: readonly string[]): boolean {
  return words.some((w) => label === w || label.startsWith(`${w} `));
}

/** What a click on OnTime's own editor buttons means, judged by the button's label. */
export function editorAction(target: EventTarget | null, container: Element): EditorAction | null {
  if (!(target instanceof Element)) return null;
  const button = target.closest('button, [role="button"], input[type="submit"], input[type="button"]');
  if (!button || !container.contains(button)) return null;
  const label = buttonLabel(button);
  if (matches(label, BUTTON_LABELS.save)) return 'save';
  if (matches(label, BUTTON_LABELS.delete)) return 'delete';
  if (matches(label, BUTTON_LABELS.cancel)) return 'cancel';
  return null;
}

/** A click in a confirmation (alertdialog) after Delete: confirm or back out. */
export function confirmationAnswer(target: EventTarget | null, editor: Element): 'confirm' | 'cancel' | null {
  if (!(target instanceof Element)) return null;
  const button = target.closest('button, [role="button"]');
  const box = button?.closest('[role="alertdialog"], [role="dialog"], dialog');
  if (!button || !box || box === editor || editor.contains(box)) return null;
  const label = buttonLabel(button);
  if (matches(label, BUTTON_LABELS.cancel) || matches(label, BUTTON_LABELS.declineConfirm)) return 'cancel';
  if (matches(label, BUTTON_LABELS.delete) || matches(label, BUTTON_LABELS.confirm)) return 'confirm';
  return null;
}

/*
 * The OnTime page's own scripts are not the user. Their dispatchEvent() and element.click() make
 * events with isTrusted false; our controls act only on the browser's own, trusted events.
 */

/**
 * Wraps a handler so it runs only for trusted events. A keyboard activation (Enter or Space on
 * our button) is a trusted click and passes.
 */
export function trusted<E extends Event>(act: (event: E) => void): (event: E) => void {
  return (event) => {
    if (event.isTrusted) act(event);
  };
}

/**
 * For checkboxes: a script's checkbox.click() is an untrusted click, but the input and change
 * events it causes are trusted. Cancelling the untrusted click undoes the toggle before them.
 */
export function refuseScriptClick(event: Event): void {
  if (!event.isTrusted) event.preventDefault();
}

// The trusted beforeinput each field had in this task: the user typed, pasted, dropped or composed.
const typedInto = new WeakMap<EventTarget, InputEvent>();

/** Put on a text field's onBeforeInput, so that isUserInput can tell typing from a script. */
export function noteBeforeInput(event: Event): void {
  const field = event.currentTarget;
  if (!event.isTrusted || !field) return;
  typedInto.set(field, event as InputEvent);
  // A beforeinput with no input after it (cancelled, or maxLength reached) must not vouch for a later one.
  setTimeout(() => typedInto.get(field) === event && typedInto.delete(field), 0);
}

/**
 * The input is the one its beforeinput announced. The page sees the user's beforeinput too (it is
 * composed): it can cancel it and insert its own text with execCommand in the same task.
 */
function announced(noted: InputEvent | undefined, event: Event): boolean {
  const input = event as InputEvent;
  if (!noted || noted.defaultPrevented || noted.inputType !== input.inputType) return false;
  // maxLength may cut what was announced: the input then carries the first part of it.
  return (noted.data ?? '').startsWith(input.data ?? '');
}

/**
 * Whether an input event on a text field is the user's. A script's document.execCommand() on the
 * focused field makes a trusted input event with no beforeinput first; the user's own typing always
 * has one. A pick from the browser's suggestion list (datalist, autofill) has none either, but it
 * is not an editing command: it comes as a plain input event or as insertReplacementText.
 */
export function isUserInput(event: Event): boolean {
  const noted = event.currentTarget ? typedInto.get(event.currentTarget) : undefined;
  if (event.currentTarget) typedInto.delete(event.currentTarget);
  if (!event.isTrusted) return false;
  if (noted) return announced(noted, event);
  const type = (event as InputEvent).inputType;
  return !type || type === 'insertReplacementText';
}

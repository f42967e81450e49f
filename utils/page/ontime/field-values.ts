import type { FieldControl } from '@/utils/page/ontime/editor';

/** An input or textarea: a string value. Anything else is a rich-text (contenteditable) field. */
export function isPlainText(control: FieldControl): control is HTMLInputElement | HTMLTextAreaElement {
  return control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement;
}

export function readValue(control: FieldControl | null): string {
  if (!control) return '';
  if (control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement) return control.value;
  return control.innerText ?? control.textContent ?? '';
}

/**
 * Writes a value the way a page framework notices: the prototype's native setter (React and
 * similar track the instance setter) followed by bubbling input and change events.
 * Returns whether the value stuck.
 */
export function writeValue(control: FieldControl, value: string): boolean {
  if (control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement) {
    const proto = control instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
    const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
    if (setter) setter.call(control, value);
    else control.value = value;
  } else {
    control.textContent = value;
  }
  notifyChanged(control);
  return readValue(control) === value;
}

/** The bubbling input and change events a page framework listens to, after any edit of ours. */
export function notifyChanged(control: FieldControl): void {
  control.dispatchEvent(new Event('input', { bubbles: true }));
  control.dispatchEvent(new Event('change', { bubbles: true }));
}

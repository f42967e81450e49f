import { controlLabel, normaliseLabel } from '@/utils/page/ontime/labels';
import { FIELD_CONTROLS } from '@/utils/page/ontime/selectors';
import { buttonAction, EDITOR_BUTTONS } from '@/utils/page/ontime/buttons';

/**
 * The structure of an editor for an admin's support request: tags, roles, types, label texts and
 * the shapes of ids and classes. Never a value, never free text: a heading, a chip or a read-only
 * row can carry the subject or a participant's name, so only <label> texts and the names of
 * form controls are copied, and any of those that contains a value typed into the editor is masked.
 */

const MAX_LINES = 300;
const MAX_DEPTH = 14;
const MAX_LABEL = 40;
const MASK = '‹masked›';

/** An id or class with digits or long tokens masked: "css-1a2b3c" → "css-*", "f-3k2" → "f-*". */
export function maskShape(token: string): string {
  return token
    .split(/([-_:.])/)
    .map((part) => (/[-_:.]/.test(part) && part.length === 1 ? part : /\d/.test(part) || part.length > 20 ? '*' : part))
    .join('')
    .replace(/\*(?:[-_:.]\*)+/g, '*');
}

/** What a control holds now: every value the report must never carry. */
export function valuesIn(container: Element): string[] {
  const values = new Set<string>();
  for (const el of container.querySelectorAll('input, textarea, select, [contenteditable="true"], [contenteditable=""]')) {
    const raw = el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement ? el.value : (el.textContent ?? '');
    for (const line of raw.split(/\n+/)) {
      const value = line.trim();
      // Two characters tell nobody anything; masking them would hide ordinary label words.
      if (value.length >= 3) values.add(normaliseLabel(value));
    }
    if (el instanceof HTMLSelectElement) for (const option of el.selectedOptions) if (option.text.trim().length >= 3) values.add(normaliseLabel(option.text));
  }
  return [...values];
}

/** A label text fit to copy: short, and masked when it holds (or is part of) a value in the editor. */
export function safeLabel(text: string, values: readonly string[]): string {
  const label = normaliseLabel(text).slice(0, MAX_LABEL);
  if (!label) return '';
  return values.some((v) => label.includes(v) || (label.length >= 3 && v.includes(label))) ? MASK : label;
}

/** A short description of an element: tag, role, type, id and class shapes. */
export function elementShape(el: Element): string {
  let shape = el.tagName.toLowerCase();
  const role = el.getAttribute('role');
  const type = el.tagName === 'INPUT' || el.tagName === 'BUTTON' ? el.getAttribute('type') : null;
  if (type) shape += `[type=${maskShape(type)}]`;
  if (role) shape += `[role=${maskShape(role)}]`;
  if (el.id) shape += `#${maskShape(el.id)}`;
  for (const cls of [...el.classList].slice(0, 4)) shape += `.${maskShape(cls)}`;
  return shape;
}

/** One line per element, indented by depth; our own control is one line; svg insides are left out. */
export function editorOutline(container: Element, isOurs: (el: Element) => boolean = () => false): string[] {
  const values = valuesIn(container);
  const lines: string[] = [];
  const walk = (el: Element, depth: number) => {
    if (lines.length >= MAX_LINES) return;
    const indent = '  '.repeat(depth);
    if (isOurs(el)) {
      lines.push(`${indent}‹Zoom for OnTime control›`);
      return;
    }
    lines.push(indent + elementShape(el) + describe(el, values));
    if (el.tagName === 'svg' || el.tagName === 'SVG' || el.tagName === 'SELECT' || depth >= MAX_DEPTH) return;
    for (const child of el.children) walk(child, depth + 1);
  };
  walk(container, 0);
  if (lines.length >= MAX_LINES) lines.push('…');
  return lines;
}

function describe(el: Element, values: readonly string[]): string {
  if (el.matches(FIELD_CONTROLS) || el.tagName === 'SELECT') {
    const label = safeLabel(controlLabel(el), values);
    return label ? ` “${label}”` : '';
  }
  if (el.tagName === 'LABEL') {
    const label = safeLabel(ownText(el), values);
    return label ? ` “${label}”` : '';
  }
  if (el.matches(EDITOR_BUTTONS)) {
    // A button's own words may name a person ("Remove Aoba"): only what we read it as.
    const action = buttonAction(el);
    return action ? ` ‹${action}›` : '';
  }
  return '';
}

/** The label's own text, without the text of a control inside it. */
function ownText(label: Element): string {
  let text = '';
  for (const node of label.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) text += node.textContent;
    else if (node.nodeType === Node.ELEMENT_NODE && !(node as Element).matches('input, textarea, select, [contenteditable]')) text += (node as Element).textContent;
  }
  return text;
}

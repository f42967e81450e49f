import { controlLabel, labelClassifier, labelHint, labelMatcher, normaliseLabel } from '@/utils/page/ontime/labels';
import { EDITOR_CONTAINERS, FIELD_CONTROLS, FIELD_LABELS, type FieldName } from '@/utils/page/ontime/selectors';
import { type PageOverrides } from '@/utils/shared/settings/types';

export type FieldControl = HTMLInputElement | HTMLTextAreaElement | HTMLElement;

/** The meeting editor as found on the page: its container and the controls we use. */
export interface Editor {
  container: Element;
  subject: FieldControl;
  start: FieldControl[];
  end: FieldControl[];
  location: FieldControl | null;
  body: FieldControl | null;
  /** The row holding OnTime's own online-meeting control, when the org enabled it. */
  onlineMeetingRow: Element | null;
}

export const CONTAINER_SELECTOR = EDITOR_CONTAINERS.join(',');
/** The field a normalised label names, if any (shared with the page check). */
export const fieldOfLabel = labelClassifier<FieldName>(FIELD_LABELS);
const isOnlineMeetingLabel = labelMatcher(FIELD_LABELS.onlineMeeting);
// Most text nodes fail this before they are normalised.
const ONLINE_MEETING_HINT = labelHint(FIELD_LABELS.onlineMeeting);

/** The first element an admin's selector matches in the editor; a bad selector matches nothing. */
export function queryOverride(root: Element, selector: string | undefined): Element | null {
  if (!selector) return null;
  try {
    return root.querySelector(selector);
  } catch {
    return null; // a bad override must not break detection
  }
}

/** Groups the container's controls by the field their label names. */
function controlsByField(container: Element): Map<FieldName, FieldControl[]> {
  const found = new Map<FieldName, FieldControl[]>();
  // label[for] inside the editor, gathered once when first needed; the whole document only as a fallback.
  let forLabels: Map<string, Element> | null = null;
  const labelFor = (id: string) => {
    if (!forLabels) {
      forLabels = new Map();
      for (const label of container.querySelectorAll('label[for]')) forLabels.set(label.getAttribute('for')!, label);
    }
    return forLabels.get(id) ?? container.ownerDocument.querySelector(`label[for="${CSS.escape(id)}"]`);
  };
  for (const control of container.querySelectorAll<HTMLElement>(FIELD_CONTROLS)) {
    const label = controlLabel(control, labelFor);
    const field = fieldOfLabel(label);
    if (!field) continue;
    const list = found.get(field);
    if (list) list.push(control);
    else found.set(field, [control]);
  }
  return found;
}

/** The element whose text says "Online meeting", and the row (its parent block) around it. */
function findOnlineMeetingRow(container: Element): Element | null {
  // Text nodes only: reading each element's textContent would copy every subtree again.
  const walker = container.ownerDocument.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (node.data.length > 40 || !ONLINE_MEETING_HINT.test(node.data)) continue;
    if (isOnlineMeetingLabel(normaliseLabel(node.data))) return node.parentElement?.parentElement ?? null;
  }
  return null;
}

/** Reads an editor from a candidate container, or null when it is not a meeting editor. */
export function readEditor(container: Element, overrides: PageOverrides = {}): Editor | null {
  const fields = controlsByField(container);
  const pick = (name: FieldName) => (queryOverride(container, overrides[name]) as FieldControl | null) ?? fields.get(name)?.[0] ?? null;
  const subject = pick('subject');
  const startOverride = queryOverride(container, overrides.start) as FieldControl | null;
  const endOverride = queryOverride(container, overrides.end) as FieldControl | null;
  const start = startOverride ? [startOverride] : (fields.get('start') ?? []);
  const end = endOverride ? [endOverride] : (fields.get('end') ?? []);
  if (!subject || !start.length) return null;
  const onlineOverride = queryOverride(container, overrides.onlineMeeting);
  return {
    container,
    subject,
    start,
    end,
    location: pick('location'),
    body: pick('body'),
    onlineMeetingRow: onlineOverride ?? findOnlineMeetingRow(container),
  };
}

/** The outermost editor-like container around an element (dialogs often wrap a form). */
export function containerAround(element: Element, overrides: PageOverrides = {}): Element | null {
  const selector = overrides.editor ? `${overrides.editor},${CONTAINER_SELECTOR}` : CONTAINER_SELECTOR;
  let outer: Element | null = null;
  try {
    for (let node = element.closest(selector); node; node = node.parentElement?.closest(selector) ?? null) outer = node;
  } catch {
    return containerAround(element);
  }
  return outer;
}

/** True when the element itself looks like an editor container. */
export function matchesContainer(element: Element, overrides: PageOverrides = {}): boolean {
  try {
    return element.matches(overrides.editor ? `${overrides.editor},${CONTAINER_SELECTOR}` : CONTAINER_SELECTOR);
  } catch {
    return element.matches(CONTAINER_SELECTOR);
  }
}

/** The outermost editor-like containers inside an element (for a dialog added whole). */
export function containersWithin(element: Element, overrides: PageOverrides = {}): Element[] {
  const selector = overrides.editor ? `${overrides.editor},${CONTAINER_SELECTOR}` : CONTAINER_SELECTOR;
  let inner: NodeListOf<Element>;
  try {
    inner = element.querySelectorAll(selector);
  } catch {
    return containersWithin(element);
  }
  const outermost: Element[] = [];
  for (const candidate of inner) if (!outermost.some((o) => o.contains(candidate))) outermost.push(candidate);
  return outermost;
}

/** True when anything under the element looks like an editor container (one native query). */
export function hasContainerWithin(element: Element, overrides: PageOverrides = {}): boolean {
  try {
    return !!element.querySelector(overrides.editor ? `${overrides.editor},${CONTAINER_SELECTOR}` : CONTAINER_SELECTOR);
  } catch {
    return !!element.querySelector(CONTAINER_SELECTOR);
  }
}

/** Candidate containers touched by a DOM change: around, or inside, the added node. */
export function candidateContainers(added: Element, overrides: PageOverrides = {}): Element[] {
  const around = containerAround(added, overrides);
  return around ? [around] : containersWithin(added, overrides);
}

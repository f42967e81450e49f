import { candidateContainers, fieldOfLabel, queryOverride, readEditor, type Editor } from '@/utils/page/ontime/editor';
import { controlLabelWithRule } from '@/utils/page/ontime/labels';
import { buttonAction, buttonLabel, EDITOR_BUTTONS, matchedWord } from '@/utils/page/ontime/buttons';
import { zoneShownIn } from '@/utils/page/ontime/draft';
import { BUTTON_LABELS, FIELD_CONTROLS, FIELD_LABELS, type FieldName } from '@/utils/page/ontime/selectors';
import { editorOutline, elementShape, safeLabel, valuesIn } from '@/utils/page/ontime/page-outline';
import type { FieldFinding, PageCheckReport, TriedRule, UnmatchedControl } from '@/utils/shared/page-check';
import type { PageOverrides } from '@/utils/shared/settings/types';

/**
 * The page check, built from the very detection the product uses (readEditor, its labels and
 * overrides; the buttons' labels; the zone in the editor's text): what it finds in this
 * document, by which rule, and which rules it tried for what it did not find.
 */
export function checkPage(doc: Document, overrides: PageOverrides, isOurs: (el: Element) => boolean = () => false): PageCheckReport {
  const inFrame = doc.defaultView ? doc.defaultView !== doc.defaultView.top : false;
  const containers = doc.body ? candidateContainers(doc.body, overrides) : [];
  const read = containers.map((container) => ({ container, editor: readEditor(container, overrides) }));
  // The editor the product would use; else the candidate closest to one, to say what is missing.
  const chosen = read.find((r) => r.editor && isShown(r.container)) ?? read.find((r) => r.editor) ?? pickClosest(read.map((r) => r.container));
  if (!chosen) return { editorOpen: false, candidates: 0, fields: [], unmatched: [], outline: [], inFrame };
  const { container, editor } = chosen;
  const values = valuesIn(container);
  const controls = [...container.querySelectorAll<HTMLElement>(FIELD_CONTROLS)].filter((c) => !isInside(c, isOurs));
  const byField = labelled(controls, values);

  const fields: FieldFinding[] = [
    controlField('subject', container, overrides, editor ? [editor.subject] : [], byField),
    controlField('start', container, overrides, editor?.start ?? [], byField),
    controlField('end', container, overrides, editor?.end ?? [], byField),
    timeZoneField(container),
    controlField('location', container, overrides, editor?.location ? [editor.location] : [], byField),
    controlField('body', container, overrides, editor?.body ? [editor.body] : [], byField),
    controlPlaceField(container, overrides, editor),
    ...buttonFields(container, isOurs),
  ];
  const claimed = new Set<Element>(editor ? [editor.subject, ...editor.start, ...editor.end, editor.location, editor.body].filter((c): c is HTMLElement => !!c) : []);
  const unmatched: UnmatchedControl[] = [];
  for (const [control, info] of byField.all) if (!claimed.has(control) && !info.field) unmatched.push({ element: elementShape(control), label: info.label, by: info.by });

  return {
    editorOpen: !!editor,
    candidates: containers.length,
    container: { element: elementShape(container), by: overrides.editor && queryMatches(container, overrides.editor) ? 'override' : 'containerRole' },
    fields,
    unmatched,
    outline: editorOutline(container, isOurs),
    inFrame,
  };
}

interface LabelInfo {
  label: string;
  by: UnmatchedControl['by'];
  field: FieldName | null;
}

/** Every control's label (masked when it holds a value) and the field that label names. */
function labelled(controls: HTMLElement[], values: readonly string[]) {
  const all = new Map<HTMLElement, LabelInfo>();
  for (const control of controls) {
    const { label, rule } = controlLabelWithRule(control);
    all.set(control, { label: safeLabel(label, values), by: rule, field: fieldOfLabel(label) });
  }
  return { all, count: controls.length };
}

type Labelled = ReturnType<typeof labelled>;

function controlField(field: Exclude<FieldName, 'onlineMeeting'>, container: Element, overrides: PageOverrides, found: Element[], byField: Labelled): FieldFinding {
  const selector = overrides[field];
  const override = queryOverride(container, selector);
  if (found.length) {
    const first = found[0]!;
    const info = byField.all.get(first as HTMLElement);
    const by = override === first ? 'override' : info && info.by !== 'none' ? info.by : 'override';
    return { field, found: true, by, element: elementShape(first), count: found.length, ...(info?.label ? { label: info.label } : {}) };
  }
  const tried: TriedRule[] = [];
  if (selector) tried.push({ rule: 'override', selector, outcome: isValid(container, selector) ? 'noMatch' : 'invalid' });
  tried.push({ rule: 'labels', words: [...FIELD_LABELS[field]], controls: byField.count });
  return { field, found: false, tried };
}

function timeZoneField(container: Element): FieldFinding {
  return zoneShownIn(container) ? { field: 'timeZone', found: true, by: 'zoneText' } : { field: 'timeZone', found: false, tried: [{ rule: 'zoneText' }], fallback: 'browserZone' };
}

function controlPlaceField(container: Element, overrides: PageOverrides, editor: Editor | null): FieldFinding {
  const row = editor?.onlineMeetingRow;
  if (row) {
    const by = queryOverride(container, overrides.onlineMeeting) === row ? 'override' : 'onlineMeetingText';
    return { field: 'controlPlace', found: true, by, element: elementShape(row) };
  }
  const tried: TriedRule[] = [];
  if (overrides.onlineMeeting) tried.push({ rule: 'override', selector: overrides.onlineMeeting, outcome: isValid(container, overrides.onlineMeeting) ? 'noMatch' : 'invalid' });
  tried.push({ rule: 'onlineMeetingText', words: [...FIELD_LABELS.onlineMeeting] });
  return { field: 'controlPlace', found: false, tried, ...(editor ? { fallback: editor.location ? 'afterLocation' : 'afterSubject' } : {}) };
}

/** OnTime's Save and Delete, as follow-editor-buttons.ts would read a click on them. */
function buttonFields(container: Element, isOurs: (el: Element) => boolean): FieldFinding[] {
  const buttons = [...container.querySelectorAll(EDITOR_BUTTONS)].filter((b) => !isInside(b, isOurs));
  return (['save', 'delete'] as const).map((action) => {
    const matching = buttons.filter((b) => buttonAction(b) === action);
    // A new event's Delete is often in the page, hidden: found, and said to be hidden.
    const button = matching.find(isShown) ?? matching[0];
    // Only the word of ours the label starts with: the rest of a button's text is not copied.
    const word = button && matchedWord(buttonLabel(button), BUTTON_LABELS[action]);
    if (button) return { field: action, found: true, by: 'buttonLabel', element: elementShape(button), label: word ?? action, ...(isShown(button) ? {} : { hidden: true }) };
    return { field: action, found: false, tried: [{ rule: 'buttonLabel', words: [...BUTTON_LABELS[action]], buttons: buttons.length }] };
  });
}

function isShown(element: Element): boolean {
  const el = element as HTMLElement;
  if (el.closest('[hidden]')) return false;
  return typeof el.checkVisibility === 'function' ? el.checkVisibility() : true;
}

/** Among containers none of which reads as an editor, the one with the most labelled fields. */
function pickClosest(containers: Element[]): { container: Element; editor: null } | undefined {
  let best: { container: Element; editor: null; score: number } | undefined;
  for (const container of containers) {
    let score = 0;
    for (const control of container.querySelectorAll(FIELD_CONTROLS)) if (fieldOfLabel(controlLabelWithRule(control).label)) score++;
    if (!best || score > best.score) best = { container, editor: null, score };
  }
  return best && { container: best.container, editor: null };
}

function isInside(el: Element, isOurs: (el: Element) => boolean): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) if (isOurs(node)) return true;
  return false;
}

function isValid(root: Element, selector: string): boolean {
  try {
    root.ownerDocument.querySelector(selector);
    return true;
  } catch {
    return false;
  }
}

function queryMatches(el: Element, selector: string): boolean {
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
}

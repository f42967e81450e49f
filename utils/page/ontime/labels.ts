/** Lower-cased, single-spaced, without trailing colons or required-marks. */
export function normaliseLabel(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').replace(/[\s:：*＊]+$/u, '').trim().toLowerCase();
}

function textOf(doc: Document, ids: string): string {
  return ids
    .split(/\s+/)
    .map((id) => doc.getElementById(id)?.textContent ?? '')
    .join(' ');
}

/** Which rule gave a control its name: the page check reports it to admins. */
export type LabelRule = 'ariaLabelledBy' | 'ariaLabel' | 'labelFor' | 'wrappingLabel' | 'placeholder' | 'precedingText' | 'none';

type LabelFor = (id: string) => Element | null;

/** The accessible name of a form control, computed the way assistive tech would, simplified. */
export function controlLabel(control: Element, labelFor?: LabelFor): string {
  return controlLabelWithRule(control, labelFor).label;
}

/** controlLabel, and the rule that gave it (the order is the detection's order). */
export function controlLabelWithRule(control: Element, labelFor: LabelFor = (id) => control.ownerDocument.querySelector(`label[for="${CSS.escape(id)}"]`)): { label: string; rule: LabelRule } {
  const doc = control.ownerDocument;
  const labelledBy = control.getAttribute('aria-labelledby');
  if (labelledBy) return { label: normaliseLabel(textOf(doc, labelledBy)), rule: 'ariaLabelledBy' };
  const aria = control.getAttribute('aria-label');
  if (aria) return { label: normaliseLabel(aria), rule: 'ariaLabel' };
  // Not control.labels: browsers compute it by walking the whole document, per control.
  const byFor = control.id ? labelFor(control.id) : null;
  if (byFor) return { label: normaliseLabel(byFor.textContent), rule: 'labelFor' };
  const wrapping = control.closest('label');
  if (wrapping) return { label: normaliseLabel(wrapping.textContent), rule: 'wrappingLabel' };
  const placeholder = control.getAttribute('placeholder') ?? control.getAttribute('title');
  if (placeholder) return { label: normaliseLabel(placeholder), rule: 'placeholder' };
  const preceding = normaliseLabel(precedingText(control));
  return { label: preceding, rule: preceding ? 'precedingText' : 'none' };
}

/** Text of the nearest label-like element before the control in its row (table layouts). */
function precedingText(control: Element): string {
  let node: Element | null = control;
  for (let depth = 0; node && depth < 3; depth++, node = node.parentElement) {
    const previous = node.previousElementSibling;
    if (previous && !previous.querySelector('input, textarea, select')) {
      const text = previous.textContent?.trim();
      if (text && text.length <= 40) return text;
    }
  }
  return '';
}

export type LabelMatcher = (label: string) => boolean;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** "Starts with one of the synonyms": words whole (or before a space or parenthesis), CJK as prefixes. */
function synonymsPattern(synonyms: readonly string[]): string | null {
  const words = synonyms.filter((s) => !isCjk(s)).map(escapeRegExp);
  // CJK labels have no spaces: "開始日時" means "開始".
  const cjk = synonyms.filter(isCjk).map(escapeRegExp);
  const alternatives = [words.length ? `(?:${words.join('|')})(?:$|[ (])` : '', cjk.length ? `(?:${cjk.join('|')})` : ''].filter(Boolean);
  return alternatives.length ? alternatives.join('|') : null;
}

/**
 * A test for "this normalised label means one of the synonyms" ("start date" means "start"),
 * compiled once into one expression: it runs for every control of every editor that opens.
 */
export function labelMatcher(synonyms: readonly string[]): LabelMatcher {
  const pattern = synonymsPattern(synonyms);
  if (!pattern) return () => false;
  const regexp = new RegExp(`^(?:${pattern})`, 'u');
  return (label) => regexp.test(label);
}

/**
 * Which of several synonym lists a normalised label means: the first list, in order, that
 * matches (as labelMatcher would), found with one expression for all of them.
 */
export function labelClassifier<K extends string>(lists: Readonly<Record<K, readonly string[]>>): (label: string) => K | null {
  const entries = (Object.keys(lists) as K[]).map((key) => [key, synonymsPattern(lists[key])] as const).filter(([, pattern]) => pattern);
  if (!entries.length) return () => null;
  const keys = entries.map(([key]) => key);
  const regexp = new RegExp(`^(?:${entries.map(([, pattern]) => `(${pattern})`).join('|')})`, 'u');
  return (label) => {
    const match = regexp.exec(label);
    if (!match) return null;
    for (let i = 0; i < keys.length; i++) if (match[i + 1] !== undefined) return keys[i]!;
    return null;
  };
}

/** A cheap pre-test for raw text that might be one of the synonyms: their first words, anywhere. */
export function labelHint(synonyms: readonly string[]): RegExp {
  return new RegExp([...new Set(synonyms.map((s) => escapeRegExp(s.split(' ')[0]!)))].join('|'), 'iu');
}

function isCjk(text: string): boolean {
  return /[\u3040-\u30ff\u3400-\u9fff]/u.test(text);
}

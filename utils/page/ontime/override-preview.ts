import { candidateContainers, readEditor } from '@/utils/page/ontime/editor';
import { controlLabel } from '@/utils/page/ontime/labels';
import { elementShape, safeLabel, valuesIn } from '@/utils/page/ontime/page-outline';
import { FIELD_CONTROLS } from '@/utils/page/ontime/selectors';
import type { OverrideKey, OverridePreview } from '@/utils/shared/page-check';
import type { PageOverrides } from '@/utils/shared/settings/types';

const SHOWN = 3;

/**
 * What an admin's selector would match before it is saved: inside the open editor, as the
 * product applies it (the editor selector: in the whole page), else in the whole page.
 */
export function previewOverride(doc: Document, overrides: PageOverrides, key: OverrideKey, selector: string): OverridePreview {
  if (!selector.trim()) return { status: 'empty' };
  const editor = key === 'editor' || !doc.body ? null : candidateContainers(doc.body, overrides).find((c) => readEditor(c, overrides));
  const root: ParentNode = editor ?? doc;
  let matched: Element[];
  try {
    matched = [...root.querySelectorAll(selector)];
  } catch {
    return { status: 'invalid' };
  }
  const values = valuesIn(editor ?? doc.body ?? doc.documentElement);
  return {
    status: 'matches',
    count: matched.length,
    scope: editor ? 'editor' : 'page',
    elements: matched.slice(0, SHOWN).map((el) => ({ element: elementShape(el), label: el.matches(FIELD_CONTROLS) || el.tagName === 'SELECT' ? safeLabel(controlLabel(el), values) : '' })),
  };
}

import type { FieldFinding, OverridePreview, PageCheckReport, TriedRule } from '@/utils/shared/page-check';
import type { Translate } from '@/utils/shared/translate';

/** Words as the report lists them: “a”, “b”, “c” (「a」、「b」 in Japanese). */
const quoted = (words: readonly string[], t: Translate) => words.map((w) => t('pc_quote', w)).join(t('pc_listSeparator'));

export function triedText(rule: TriedRule, t: Translate): string {
  switch (rule.rule) {
    case 'override':
      return t(`pc_tried_override_${rule.outcome}`, rule.selector);
    case 'labels':
      return t('pc_tried_labels', quoted(rule.words, t), rule.controls);
    case 'zoneText':
      return t('pc_tried_zoneText');
    case 'onlineMeetingText':
      return t('pc_tried_onlineMeetingText', quoted(rule.words, t));
    case 'buttonLabel':
      return t('pc_tried_buttonLabel', quoted(rule.words, t), rule.buttons);
  }
}

/**
 * "Location: found by ARIA name (aria-labelledby)", then "the input labelled “location”", and so
 * on. Shapes (ids, classes) go into the copied report; on screen only when there is no label.
 */
export function findingSummary(f: FieldFinding, t: Translate, shapes = true): { head: string; detail: string[] } {
  const name = t(`pc_field_${f.field}`);
  if (f.found) {

    const what = f.element ? elementText(f.element, f.label ?? '', t, shapes) + (f.count && f.count > 1 ? ` (${t('pc_controls', f.count)})` : '') : '';
    return { head: t('pc_foundHead', name, t(`pc_by_${f.by ?? 'none'}`)), detail: [...(what ? [what] : []), ...(f.hidden ? [t('pc_hiddenNow')] : [])] };
  }
  const detail = f.tried?.length ? [t('pc_tried', f.tried.map((r) => triedText(r, t)).join('; '))] : [];
  if (f.fallback) detail.push(t(`pc_fallback_${f.fallback}`));
  return { head: t('pc_notFoundHead', name), detail };
}

/** "the input labelled “venue”", or the element's shape when it has no label. */
export function elementText(shape: string, label: string, t: Translate, shapes = true): string {
  const tag = shape.split(/[[#.]/)[0] ?? shape;
  if (!label) return shape;
  return shapes ? `${t('pc_elementLabelled', tag, label)} — ${shape}` : t('pc_elementLabelled', tag, label);
}

export function editorLine(report: PageCheckReport, t: Translate): string {
  if (!report.container) return t('pc_editorNone');
  if (!report.editorOpen) return t('pc_editorUnreadable', report.container.element);
  return t('pc_editorOpen', report.container.element, t(`pc_by_${report.container.by}`));
}

/** The text "Copy report" copies: findings and the editor's masked structure (no values: see page-outline.ts). */
export function reportText(report: PageCheckReport, t: Translate, header: string): string {
  const lines = [header, editorLine(report, t)];
  if (report.inFrame) lines.push(t('pc_inFrame'));
  for (const f of report.fields) {
    const { head, detail } = findingSummary(f, t);
    lines.push(`- ${head}`, ...detail.map((d) => `    ${d}`));
  }
  if (report.unmatched.length) {
    lines.push(t('pc_unmatched'));
    for (const u of report.unmatched) lines.push(`- ${elementText(u.element, u.label, t)} (${t(`pc_by_${u.by}`)})`);
  }
  if (report.outline.length) lines.push('', t('pc_structure'), ...report.outline);
  return lines.join('\n');
}

/** "matches 1 element: the input labelled “場所”" and its kin. */
export function previewText(preview: OverridePreview, t: Translate): string {
  if (preview.status === 'empty') return '';
  if (preview.status === 'invalid') return t('pc_invalid');
  const described = preview.elements.map((e) => elementText(e.element, e.label, t)).join('; ');
  const line = preview.count === 0 ? t('pc_matchesZero') : preview.count === 1 ? t('pc_matchesOne', described) : t('pc_matchesMany', preview.count, described);
  return preview.scope === 'page' ? `${line} ${t('pc_inPage')}` : line;
}

/** The fields that are missing with nothing in their place (the zone and our button's place have fallbacks). */
export function missingFields(report: PageCheckReport): FieldFinding[] {
  return report.fields.filter((f) => !f.found && !f.fallback);
}

/** One line for a closed summary: "not found: Location", "everything found", "no meeting editor open". */
export function shortStatus(report: PageCheckReport, t: Translate): string {
  if (!report.container) return t('pc_noEditorShort');
  const missing = missingFields(report);
  return missing.length ? t('pc_missing', missing.map((f) => t(`pc_field_${f.field}`)).join(t('pc_listSeparator'))) : t('pc_allFound');
}

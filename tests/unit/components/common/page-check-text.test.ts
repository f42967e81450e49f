import { describe, expect, it } from 'vitest';
import en from '../../../../public/_locales/en/messages.json';
import ja from '../../../../public/_locales/ja/messages.json';
import { findingSummary, previewText, reportText, shortStatus } from '@/components/common/page-check-text';
import { translator } from '@/utils/shared/translate';
import type { PageCheckReport } from '@/utils/shared/page-check';

const tEn = translator(en);
const tJa = translator(ja);

const report: PageCheckReport = {
  editorOpen: true,
  candidates: 1,
  container: { element: 'div[role=dialog].css-*', by: 'containerRole' },
  inFrame: false,
  fields: [
    { field: 'subject', found: true, by: 'labelFor', label: 'subject', element: 'input[type=text]#f-*', count: 1 },
    { field: 'location', found: false, tried: [{ rule: 'override', selector: '#nowhere', outcome: 'noMatch' }, { rule: 'labels', words: ['location', '場所'], controls: 9 }] },
    { field: 'controlPlace', found: false, tried: [{ rule: 'onlineMeetingText', words: ['online meeting'] }], fallback: 'afterSubject' },
  ],
  unmatched: [{ element: 'input[type=text]', label: 'venue', by: 'ariaLabelledBy' }],
  outline: ['div[role=dialog].css-*', '  label “subject”'],
};

describe('the page check in words', () => {
  it('a found field says by which rule, a missing one what was tried', () => {
    expect(findingSummary(report.fields[0]!, tEn)).toEqual({ head: 'Subject: found by label text (label for)', detail: ['the input labelled “subject” — input[type=text]#f-*'] });
    expect(findingSummary(report.fields[1]!, tEn)).toEqual({
      head: 'Location: not found',
      detail: ['Tried: admin override #nowhere (matches nothing in the editor); label texts “location”, “場所” on 9 fields'],
    });
    expect(findingSummary(report.fields[2]!, tJa).detail).toContain('Zoom ボタンは代わりに「件名」の後に表示されます。');
  });

  it('the copied report has the findings, the unmatched controls and the structure', () => {
    const text = reportText(report, tEn, 'Zoom for OnTime');
    expect(text).toContain('- Location: not found');
    expect(text).toContain('the input labelled “venue” — input[type=text] (ARIA name (aria-labelledby))');
    expect(text.endsWith('Editor structure:\ndiv[role=dialog].css-*\n  label “subject”')).toBe(true);
    expect(reportText(report, tJa, 'x')).toContain('場所: 見つかりません');
  });

  it('override previews: one, none, many, invalid, whole page', () => {
    const one = { element: 'input[type=text]', label: '場所' };
    expect(previewText({ status: 'matches', count: 1, scope: 'editor', elements: [one] }, tEn)).toBe('matches 1 element: the input labelled “場所” — input[type=text]');
    expect(previewText({ status: 'matches', count: 0, scope: 'editor', elements: [] }, tEn)).toBe('matches 0 elements');
    expect(previewText({ status: 'matches', count: 3, scope: 'editor', elements: [one, one, one] }, tEn)).toMatch(/^matches 3 elements \(the first is used\): /);
    expect(previewText({ status: 'invalid' }, tJa)).toBe('CSS セレクターとして正しくありません');
    expect(previewText({ status: 'matches', count: 2, scope: 'page', elements: [] }, tEn)).toContain('tried on the whole page');
  });

  it('the folded line names what is missing, fallbacks aside', () => {
    expect(shortStatus(report, tEn)).toBe('not found: Location');
    expect(shortStatus(report, tJa)).toBe('見つからない項目: 場所');
    expect(shortStatus({ ...report, fields: report.fields.filter((f) => f.field !== 'location') }, tEn)).toBe('everything found');
    expect(shortStatus({ ...report, container: undefined, fields: [] }, tJa)).toBe('会議作成画面が開いていません');
  });
});

import { describe, expect, it } from 'vitest';
import { labelClassifier, labelHint, labelMatcher, normaliseLabel } from '@/utils/page/ontime/labels';
import { FIELD_LABELS } from '@/utils/page/ontime/selectors';

describe('labelMatcher', () => {
  const start = labelMatcher(['start', 'starts', 'start.time', '開始', '開始日']);

  it('matches a synonym whole, or followed by a space or a parenthesis, and CJK synonyms as prefixes', () => {
    for (const label of ['start', 'starts', 'start date', 'start (utc)', 'start(jst)', 'start.time', '開始', '開始日時']) expect(start(label), label).toBe(true);
    for (const label of ['', 'started', 'restart', 'startdate', 'startxtime', 'end', '終了']) expect(start(label), label).toBe(false);
  });

  it('works on labels as normalised from the page', () => {
    expect(start(normaliseLabel('  Start Date:  '))).toBe(true);
    expect(start(normaliseLabel('開始日時 *'))).toBe(true);
  });

  it('has a hint that every matching raw text passes', () => {
    const hint = labelHint(['online meeting', 'オンライン会議', 'web会議']);
    for (const text of ['Online meeting', 'オンライン会議', 'Web会議:']) expect(hint.test(text), text).toBe(true);
    expect(hint.test('Subject')).toBe(false);
  });
});

describe('labelClassifier', () => {
  it('names the first list, in order, whose synonyms the label means', () => {
    const classify = labelClassifier({ start: ['start', '開始'], startTime: ['start time'], end: ['end', 'to'], none: [] });
    expect(classify('start time')).toBe('start'); // "start" comes first and matches "start time"
    expect(classify('開始日時')).toBe('start');
    expect(classify('to')).toBe('end');
    expect(classify('today')).toBeNull();
    expect(classify('')).toBeNull();
    expect(labelClassifier({ none: [] })('anything')).toBeNull();
  });

  it('gives the same answer as trying each list in order with labelMatcher', () => {
    const matchers = (Object.keys(FIELD_LABELS) as (keyof typeof FIELD_LABELS)[]).map((field) => [field, labelMatcher(FIELD_LABELS[field])] as const);
    const classify = labelClassifier(FIELD_LABELS);
    const labels = [...Object.values(FIELD_LABELS).flat(), 'start date (utc)', 'subject line', 'from date', 'end(jst)', 'online meeting: zoom', 'toast', 'starts', 'started', '終了日時', 'web会議 url', 'participants', ''];
    for (const label of labels) expect(classify(label), label).toBe(matchers.find(([, matches]) => matches(label))?.[0] ?? null);
  });
});

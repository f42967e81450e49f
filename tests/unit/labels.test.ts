import { describe, expect, it } from 'vitest';
import { labelHint, labelMatcher, normaliseLabel } from '../../utils/ontime/labels';

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

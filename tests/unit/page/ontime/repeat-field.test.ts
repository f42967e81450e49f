import { describe, expect, it } from 'vitest';
import { readRepeat, readRepeatScope } from '@/utils/page/ontime/repeat-field';

function editor(html: string): Element {
  document.body.innerHTML = `<div role="dialog">${html}</div>`;
  // happy-dom does not apply a parsed `selected` attribute; browsers do.
  for (const select of document.querySelectorAll('select')) select.selectedIndex = [...select.options].findIndex((o) => o.hasAttribute('selected'));
  return document.body.firstElementChild!;
}

const select = (chosen: string, options = ['Does not repeat', 'Daily', 'Weekly', 'Monthly', 'Yearly', 'On chosen dates']) =>
  `<span id="rl">Repeat</span><select aria-labelledby="rl">${options.map((o) => `<option${o === chosen ? ' selected' : ''}>${o}</option>`).join('')}</select>`;

const ends = (kind: 'never' | 'until' | 'count', value = '') => `
  <div role="radiogroup" aria-label="Ends">
    <label><input type="radio" name="e" ${kind === 'never' ? 'checked' : ''}> Never</label>
    <label><input type="radio" name="e" ${kind === 'until' ? 'checked' : ''}> On</label>
    <input type="date" aria-label="Repeat until" value="${kind === 'until' ? value : ''}">
    <label><input type="radio" name="e" ${kind === 'count' ? 'checked' : ''}> After</label>
    <input type="number" aria-label="Number of times" value="${kind === 'count' ? value : '1'}"> times
  </div>`;

describe('the repeat rule, read by meaning', () => {
  it('an event that does not repeat has no rule', () => {
    expect(readRepeat(editor(`<fieldset role="group">${select('Does not repeat')}</fieldset>`), '2026-12-01T10:00')).toBeUndefined();
    expect(readRepeat(editor('<label>Subject <input></label>'), '2026-12-01T10:00')).toBeUndefined();
  });

  it('weekly on ticked weekdays, every 2 weeks, after 10 times', () => {
    const html = `<fieldset>${select('Weekly')}<input type="number" aria-label="Repeat every" value="2">
      ${['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].map((d) => `<label><input type="checkbox" ${d === 'Tue' || d === 'Thu' ? 'checked' : ''}>${d}</label>`).join('')}
      ${ends('count', '10')}</fieldset>`;
    expect(readRepeat(editor(html), '2026-12-01T10:00')).toEqual({ freq: 'weekly', interval: 2, weekdays: [2, 4], end: { kind: 'count', times: 10 } });
  });

  it('weekly with nothing ticked repeats on the start’s weekday; an end date is read', () => {
    const html = `<fieldset>${select('Weekly')}${ends('until', '2027-03-02')}</fieldset>`;
    expect(readRepeat(editor(html), '2026-12-03T10:00')).toEqual({ freq: 'weekly', interval: 1, weekdays: [4], end: { kind: 'until', date: '2027-03-02' } });
  });

  it.each([
    ['On day 31', { day: 31 }],
    ['On the fifth Thursday', { week: 5, weekday: 4 }],
    ['On the last Thursday', { week: -1, weekday: 4 }],
  ])('monthly: %s', (label, on) => {
    const html = `<fieldset>${select('Monthly')}<div role="radiogroup" aria-label="Monthly on"><label><input type="radio" checked> ${label}</label></div>${ends('never')}</fieldset>`;
    expect(readRepeat(editor(html), '2026-12-31T10:00')).toEqual({ freq: 'monthly', interval: 1, on, end: { kind: 'never' } });
  });

  it('Japanese labels, a radio group for the frequency, a legend for the group', () => {
    const html = `<fieldset><legend>繰り返し</legend>
      <div role="radiogroup" aria-label="繰り返し"><label><input type="radio" name="f">しない</label><label><input type="radio" name="f" checked>毎月</label></div>
      <label>繰り返す間隔 <input type="number" value="3"></label>
      <div role="radiogroup" aria-label="毎月の指定方法"><label><input type="radio" name="m">1 日</label><label><input type="radio" name="m" checked>第1火曜日</label></div>
      <div role="radiogroup" aria-label="終了"><label><input type="radio" name="e">終了日なし</label><label><input type="radio" name="e" checked>回数</label><input type="number" aria-label="回数" value="６"></div>
    </fieldset>`;
    expect(readRepeat(editor(html), '2026-12-01T10:00')).toEqual({ freq: 'monthly', interval: 3, on: { week: 1, weekday: 2 }, end: { kind: 'count', times: 6 } });
  });

  it('yearly, and chosen dates', () => {
    expect(readRepeat(editor(`<fieldset>${select('Yearly')}${ends('never')}</fieldset>`), '2026-12-01T10:00')).toEqual({ freq: 'yearly', interval: 1, end: { kind: 'never' } });
    const dates = `<fieldset>${select('On chosen dates')}<input type="text" aria-label="Repeat on dates" value="2026-12-15, 2026/12/01, 2026-12-15"></fieldset>`;
    expect(readRepeat(editor(dates), '2026-12-01T10:00')).toEqual({ freq: 'dates', dates: ['2026-12-01', '2026-12-15'] });
  });

  it('this occurrence or the whole series', () => {
    const scope = (checked: 0 | 1, a = 'This occurrence', b = 'All events in the series') =>
      `<div role="radiogroup"><label><input type="radio" name="s" ${checked === 0 ? 'checked' : ''}>${a}</label><label><input type="radio" name="s" ${checked === 1 ? 'checked' : ''}>${b}</label></div>`;
    expect(readRepeatScope(editor(scope(0)))).toBe('occurrence');
    expect(readRepeatScope(editor(scope(1)))).toBe('series');
    expect(readRepeatScope(editor(scope(0, 'この予定のみ', 'すべての予定')))).toBe('occurrence');
    expect(readRepeatScope(editor('<input type="radio" checked>'))).toBeUndefined();
  });
});

describe('the repeat rule stays inside what the worker accepts', () => {
  it('a huge interval or count is capped at 999, so the draft is not refused', async () => {
    const { isRepeatRule } = await import('@/utils/shared/repeat-rule');
    const html = `<fieldset>${select('Daily')}<input type="number" aria-label="Repeat every" value="5000">${ends('count', '100000')}</fieldset>`;
    const rule = readRepeat(editor(html), '2026-12-01T10:00');
    expect(rule).toEqual({ freq: 'daily', interval: 999, end: { kind: 'count', times: 999 } });
    expect(isRepeatRule(rule)).toBe(true);
  });
});

// The editor's Repeat control (繰り返し), as a calendar app offers it: daily every N days; weekly on
// chosen weekdays every N weeks; monthly by date or by nth/last weekday; yearly; on chosen dates;
// ends never / on a date / after N times. For an event that already repeats, a choice between
// "This occurrence" and "All events in the series": one occurrence may move or be deleted on its
// own (its time only; subject, location and description belong to the series).
// The editor calls attachRepeat after each (re-)render, repeatPayload on Save and removal on Delete.
import { h, uid } from './dom.js';
import { css } from './css.js';
import { lang, locale } from './i18n.js';
import { icon } from './icons.js';
import { S } from './editor-styles.js';

const STRINGS = {
  en: {
    repeat: 'Repeat', none: 'Does not repeat', daily: 'Daily', weekly: 'Weekly', monthly: 'Monthly', yearly: 'Yearly', dates: 'On chosen dates',
    every: 'Repeat every', unit: { daily: 'days', weekly: 'weeks', monthly: 'months', yearly: 'years' },
    monthlyOn: 'Monthly on', onDay: 'On day {d}', onNth: 'On the {n} {w}', onLast: 'On the last {w}',
    nth: ['first', 'second', 'third', 'fourth', 'fifth'],
    datesLabel: 'Repeat on dates', datesHint: 'e.g. 2026-12-01, 2026-12-15',
    ends: 'Ends', never: 'Never', on: 'On', after: 'After', until: 'Repeat until', count: 'Number of times', times: 'times',
    change: 'Change', occurrence: 'This occurrence', series: 'All events in the series',
  },
  ja: {
    repeat: '繰り返し', none: '繰り返さない', daily: '毎日', weekly: '毎週', monthly: '毎月', yearly: '毎年', dates: '日付を指定',
    every: '繰り返す間隔', unit: { daily: '日ごと', weekly: '週間ごと', monthly: 'か月ごと', yearly: '年ごと' },
    monthlyOn: '毎月の指定方法', onDay: '{d} 日', onNth: '第{n}{w}', onLast: '最終{w}',
    nth: ['1', '2', '3', '4', '5'],
    datesLabel: '繰り返す日付', datesHint: '例: 2026-12-01, 2026-12-15',
    ends: '終了', never: '終了日なし', on: '終了日', after: '回数', until: '繰り返しの終了日', count: '回数', times: '回',
    change: '変更の対象', occurrence: 'この予定のみ', series: 'すべての予定',
  },
};
const T = STRINGS[lang];
const fill = (s, vars) => s.replace(/\{(\w+)\}/g, (_, k) => String(vars[k] ?? ''));

const R = {
  box: css`& { display: flex; flex-direction: column; gap: 8px; margin: 0; padding: 0; border: 0; min-width: 0; }
    & label { display: inline-flex; align-items: center; gap: 6px; }
    & [role="radiogroup"] { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 14px; }
    &:disabled { opacity: .6; }`,
  days: css`& { display: flex; gap: 4px; flex-wrap: wrap; }
    & label { padding: 3px 8px; border: 1px solid #cbd3dd; border-radius: 14px; font-size: 12px; }`,
  small: css`& { width: 72px; }`,
  summary: css`& { font-size: 12px; color: var(--muted); }`,
};

function weekdayName(d, width) {
  return new Intl.DateTimeFormat(locale, { weekday: width, timeZone: 'UTC' }).format(new Date(Date.UTC(2023, 0, 1 + d)));
}

const startDate = (m) => new Date(`${m.startDate}T00:00Z`);

/** A fresh rule for the start date in the model. */
function defaultRule(m, freq) {
  return { freq, interval: 1, weekdays: [startDate(m).getUTCDay()], monthlyBy: 'day', dates: [], end: 'count', until: '', count: 10 };
}

/** Called by openEditor: the editor model learns the rule, the series' own times and the scope. */
export function initRepeat(ed, event) {
  const rule = event?.repeat ? structuredClone(event.repeat) : null;
  ed.model.repeat = rule;
  ed.eventRepeat = event?.repeat ? structuredClone(event.repeat) : null;
  ed.repeat = event?.repeat
    ? {
        occurrence: event.occurrence ?? event.start,
        instance: { start: event.start, end: event.end },
        series: { start: event.seriesStart ?? event.start, end: event.seriesEnd ?? event.end },
        exceptions: structuredClone(event.exceptions ?? {}),
        scope: 'occurrence',
      }
    : null;
}

/** Called after each render of the dialog: puts the Repeat row (and the scope choice) below the end row. */
export function attachRepeat(ed) {
  const endRow = ed.refs.endDate.closest('div')?.parentElement;
  if (!endRow) return;
  ed.refs.repeatRows?.forEach((row) => row.remove());
  const rows = [renderRepeat(ed)];
  if (ed.repeat) rows.unshift(renderScope(ed));
  ed.refs.repeatRows = rows;
  endRow.after(...rows);
}

function rerender(ed, focusKey) {
  attachRepeat(ed);
  if (focusKey) ed.refs.repeatRows.flatMap((r) => [...r.querySelectorAll('[data-key]')]).find((el) => el.dataset.key === focusKey)?.focus();
}

function renderScope(ed) {
  const label = uid('l');
  const name = uid('scope');
  const radio = (value) =>
    h('label', {},
      h('input', { type: 'radio', name, 'data-key': `scope-${value}`, checked: ed.repeat.scope === value, onChange: () => setScope(ed, value) }),
      T[value]);
  return h('div', { class: S.row },
    h('span', { id: label }, icon('calendar', 16), T.change),
    h('div', { role: 'radiogroup', 'aria-labelledby': label, class: R.box, style: { flexDirection: 'row', gap: '16px' } }, radio('occurrence'), radio('series')));
}

/** Switching the scope shows that scope's times: the occurrence's, or the series' first. */
function setScope(ed, scope) {
  ed.repeat.scope = scope;
  const times = scope === 'series' ? ed.repeat.series : ed.repeat.instance;
  const m = ed.model;
  [m.startDate, m.startTime] = times.start.split('T');
  [m.endDate, m.endTime] = times.end.split('T');
  for (const key of ['startDate', 'startTime', 'endDate', 'endTime']) {
    ed.refs[key].value = m[key];
    ed.refs[key].setAttribute('value', m[key]);
  }
  rerender(ed, `scope-${scope}`);
}

function renderRepeat(ed) {
  const m = ed.model;
  const rule = m.repeat;
  const label = uid('l');
  const change = (key, fn) => (e) => {
    fn(e.target);
    rerender(ed, key);
  };
  const freqSelect = h('select', {
    class: S.input, 'aria-labelledby': label, 'data-key': 'freq',
    onChange: change('freq', (el) => (m.repeat = el.value === 'none' ? null : { ...defaultRule(m, el.value), ...(rule ? { end: rule.end, until: rule.until, count: rule.count } : {}), freq: el.value })),
  }, ['none', 'daily', 'weekly', 'monthly', 'yearly', 'dates'].map((f) => h('option', { value: f, selected: (rule?.freq ?? 'none') === f }, T[f])));
  const parts = [freqSelect];
  if (rule && rule.freq !== 'dates') {
    parts.push(h('div', { class: S.line },
      h('input', { type: 'number', min: 1, max: 99, class: `${S.input} ${R.small}`, 'aria-label': T.every, 'data-key': 'interval', value: rule.interval,
        onInput: (e) => (rule.interval = Math.max(1, Number.parseInt(e.target.value, 10) || 1)) }),
      h('span', {}, T.unit[rule.freq])));
  }
  if (rule?.freq === 'weekly') {
    parts.push(h('div', { class: R.days }, [0, 1, 2, 3, 4, 5, 6].map((d) =>
      h('label', {},
        h('input', { type: 'checkbox', checked: rule.weekdays.includes(d), 'data-key': `wd-${d}`,
          onChange: (e) => (rule.weekdays = e.target.checked ? [...new Set([...rule.weekdays, d])].sort() : rule.weekdays.filter((x) => x !== d)) }),
        weekdayName(d, lang === 'ja' ? 'narrow' : 'short')))));
  }
  if (rule?.freq === 'monthly') {
    const s = startDate(m);
    const w = weekdayName(s.getUTCDay(), 'long');
    const nth = Math.ceil(s.getUTCDate() / 7);
    const isLast = s.getUTCDate() + 7 > new Date(Date.UTC(s.getUTCFullYear(), s.getUTCMonth() + 1, 0)).getUTCDate();
    const name = uid('monthly');
    const radio = (value, text) => h('label', {},
      h('input', { type: 'radio', name, 'data-key': `monthly-${value}`, checked: rule.monthlyBy === value, onChange: () => (rule.monthlyBy = value) }), text);
    parts.push(h('div', { role: 'radiogroup', 'aria-label': T.monthlyOn },
      radio('day', fill(T.onDay, { d: s.getUTCDate() })),
      radio('nth', fill(T.onNth, { n: T.nth[nth - 1], w })),
      isLast ? radio('last', fill(T.onLast, { w })) : null));
  }
  if (rule?.freq === 'dates') {
    parts.push(h('input', { type: 'text', class: `${S.input} ${S.wide}`, 'aria-label': T.datesLabel, placeholder: T.datesHint, 'data-key': 'dates', value: rule.dates.join(', '),
      onInput: (e) => (rule.dates = [...e.target.value.matchAll(/\d{4}-\d{2}-\d{2}/g)].map((x) => x[0])) }));
  }
  if (rule && rule.freq !== 'dates') {
    const name = uid('ends');
    const text = { never: T.never, until: T.on, count: T.after };
    const radio = (value) => h('label', {},
      h('input', { type: 'radio', name, 'data-key': `end-${value}`, checked: rule.end === value, onChange: change(`end-${value}`, () => (rule.end = value)) }), text[value]);
    parts.push(h('div', { role: 'radiogroup', 'aria-label': T.ends },
      radio('never'),
      radio('until'),
      h('input', { type: 'date', class: `${S.input} ${S.date}`, 'aria-label': T.until, 'data-key': 'until', value: rule.until, disabled: rule.end !== 'until',
        onInput: (e) => (rule.until = e.target.value) }),
      radio('count'),
      h('input', { type: 'number', min: 1, max: 999, class: `${S.input} ${R.small}`, 'aria-label': T.count, 'data-key': 'count', value: rule.count, disabled: rule.end !== 'count',
        onInput: (e) => (rule.count = Math.max(1, Number.parseInt(e.target.value, 10) || 1)) }),
      h('span', {}, T.times)));
  }
  return h('div', { class: `${S.row} ${S.topLine}` },
    h('span', { id: label }, icon('clock', 16), T.repeat),
    h('fieldset', { class: R.box, role: 'group', 'aria-labelledby': label, disabled: ed.repeat?.scope === 'occurrence' }, parts));
}

/**
 * What Save sends. A series (or a new repeating event): its rule; a new first start or rule drops
 * the exceptions (they named occurrences that no longer exist). One occurrence: the series as it
 * was, with this occurrence's new time as an exception.
 */
export function repeatPayload(ed, payload) {
  const r = ed.repeat;
  if (r?.scope === 'occurrence') {
    const exceptions = { ...r.exceptions };
    if (payload.start === r.occurrence && payload.end === shift(r.series, r.occurrence)) delete exceptions[r.occurrence];
    else exceptions[r.occurrence] = { start: payload.start, end: payload.end };
    return { ...payload, start: r.series.start, end: r.series.end, repeat: ed.model.repeat, exceptions };
  }
  if (!ed.model.repeat) return payload;
  const same = r && payload.start === r.series.start && JSON.stringify(ed.model.repeat) === JSON.stringify(ed.eventRepeat);
  return { ...payload, repeat: ed.model.repeat, exceptions: same ? r.exceptions : {} };
}

/** The occurrence's own end before any move: the series' length from its first start. */
function shift(series, first) {
  const length = Date.parse(`${series.end}Z`) - Date.parse(`${series.start}Z`);
  return new Date(Date.parse(`${first}Z`) + length).toISOString().slice(0, 16);
}

/** Delete in "This occurrence": the series stays, this occurrence is marked deleted. Null: delete the event. */
export function occurrenceRemoval(ed, payload) {
  const r = ed.repeat;
  if (r?.scope !== 'occurrence') return null;
  return { ...payload, start: r.series.start, end: r.series.end, repeat: ed.model.repeat, exceptions: { ...r.exceptions, [r.occurrence]: { deleted: true } } };
}

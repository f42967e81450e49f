import type { MonthlyOn, RepeatEnd, RepeatRule, RepeatScope, Weekday } from '@/utils/shared/repeat-rule';
import { weekdayOf, weekOfMonth, isLastWeekOfMonth } from '@/utils/shared/repeat-occurrences';
import { controlLabel, labelClassifier, labelMatcher, normaliseLabel } from '@/utils/page/ontime/labels';
import { MONTHLY_BY_WEEKDAY, MONTHLY_LAST, REPEAT_CHOICES, REPEAT_END_CHOICES, REPEAT_LABELS, REPEAT_SCOPE_CHOICES, WEEKDAY_NAMES } from '@/utils/page/ontime/selectors';

// Compiled once: they run on every read of the draft.
const isRepeat = labelMatcher(REPEAT_LABELS.repeat);
const isInterval = labelMatcher(REPEAT_LABELS.interval);
const isEnds = labelMatcher(REPEAT_LABELS.ends);
const isCount = labelMatcher(REPEAT_LABELS.count);
const isUntilDate = labelMatcher(REPEAT_LABELS.untilDate);
const isDates = labelMatcher(REPEAT_LABELS.dates);
const isMonthlyOn = labelMatcher(REPEAT_LABELS.monthlyOn);
const frequency = labelClassifier(REPEAT_CHOICES);
const endKind = labelClassifier(REPEAT_END_CHOICES);
const scopeOf = labelClassifier(REPEAT_SCOPE_CHOICES);
// Inputs that hold a value (a radio labelled "回数" is not the count).
const VALUE_INPUTS = 'input:not([type="radio"]):not([type="checkbox"]):not([type="hidden"]), textarea';
const DATE = /(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})/gu;

/** The text naming a group: aria-labelledby, aria-label or its legend. */
function groupName(group: Element): string {
  const ids = group.getAttribute('aria-labelledby');
  if (ids) return normaliseLabel(ids.split(/\s+/).map((id) => group.ownerDocument.getElementById(id)?.textContent ?? '').join(' '));
  const aria = group.getAttribute('aria-label');
  if (aria) return normaliseLabel(aria);
  return normaliseLabel(group.querySelector(':scope > legend')?.textContent);
}

function isoDates(text: string): string[] {
  return [...text.matchAll(DATE)].map((m) => `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`);
}

// The protocol's bounds (isRepeatRule): a rule outside them would get the whole message refused.
const MAX_NUMBER = 999;
const MAX_DATES = 366;

function positiveInt(value: string | undefined, fallback: number): number {
  const n = Number.parseInt((value ?? '').normalize('NFKC'), 10);
  return Number.isInteger(n) && n >= 1 ? Math.min(n, MAX_NUMBER) : fallback;
}

/** The control that chooses the frequency: a select labelled Repeat, or the checked radio of a group labelled Repeat. */
function frequencyChoice(container: Element): { text: string; group: Element } | null {
  for (const select of container.querySelectorAll('select')) {
    if (!isRepeat(controlLabel(select))) continue;
    const text = select.options[select.selectedIndex]?.textContent ?? '';
    return { text: normaliseLabel(text), group: select.closest('fieldset, [role="group"]') ?? select.parentElement ?? container };
  }
  for (const group of container.querySelectorAll('[role="radiogroup"], fieldset')) {
    if (!isRepeat(groupName(group))) continue;
    const checked = group.querySelector<HTMLInputElement>('input[type="radio"]:checked');
    return checked ? { text: controlLabel(checked), group: group.parentElement?.closest('fieldset, [role="group"]') ?? group } : null;
  }
  return null;
}

/** The checked radio's label in the radio group (inside `scope`) whose name the test accepts. */
function radioChoice(scope: Element, test: (name: string) => boolean): string | null {
  for (const group of scope.querySelectorAll('[role="radiogroup"], fieldset')) {
    if (!test(groupName(group))) continue;
    const checked = group.querySelector<HTMLInputElement>('input[type="radio"]:checked');
    return checked ? controlLabel(checked) : null;
  }
  return null;
}

function input(scope: Element, selector: string, test: (label: string) => boolean): HTMLInputElement | null {
  return [...scope.querySelectorAll<HTMLInputElement>(selector)].find((el) => test(controlLabel(el))) ?? null;
}

function weekdays(group: Element, startDate: string): Weekday[] {
  const checked = new Set<Weekday>();
  for (const box of group.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
    const label = controlLabel(box);
    const day = WEEKDAY_NAMES.findIndex((names) => names.includes(label));
    if (day >= 0 && box.checked) checked.add(day as Weekday);
  }
  // None ticked means the start's own weekday, as calendar apps default.
  return checked.size ? [...checked].sort() : [weekdayOf(startDate) as Weekday];
}

function monthlyOn(group: Element, startDate: string): MonthlyOn {
  const choice = radioChoice(group, (name) => isMonthlyOn(name) && !isEnds(name)) ?? '';
  const weekday = weekdayOf(startDate) as Weekday;
  if (MONTHLY_LAST.test(choice)) return { week: -1, weekday };
  if (MONTHLY_BY_WEEKDAY.test(choice)) {
    const week = weekOfMonth(startDate);
    return { week: week === 5 && isLastWeekOfMonth(startDate) ? 5 : (week as 1 | 2 | 3 | 4 | 5), weekday };
  }
  return { day: +startDate.slice(8, 10) };
}

function repeatEnd(group: Element): RepeatEnd {
  const kind = endKind(radioChoice(group, isEnds) ?? '');
  if (kind === 'count') return { kind: 'count', times: positiveInt(input(group, VALUE_INPUTS, isCount)?.value, 1) };
  if (kind === 'until') {
    const date = isoDates(input(group, VALUE_INPUTS, isUntilDate)?.value ?? '')[0];
    if (date) return { kind: 'until', date };
  }
  return { kind: 'never' };
}

/** The event's repeat rule as the editor shows it, or undefined for an event that does not repeat. */
export function readRepeat(container: Element, start: string): RepeatRule | undefined {
  const choice = frequencyChoice(container);
  const freq = choice ? frequency(choice.text) : null;
  if (!choice || !freq || freq === 'none') return undefined;
  const { group } = choice;
  const startDate = start.slice(0, 10);
  if (freq === 'dates') {
    const dates = isoDates(input(group, VALUE_INPUTS, isDates)?.value ?? '');
    return { freq, dates: dates.length ? [...new Set(dates)].sort().slice(0, MAX_DATES) : [startDate] };
  }
  const interval = positiveInt(input(group, VALUE_INPUTS, isInterval)?.value, 1);
  const end = repeatEnd(group);
  if (freq === 'weekly') return { freq, interval, weekdays: weekdays(group, startDate), end };
  if (freq === 'monthly') return { freq, interval, on: monthlyOn(group, startDate), end };
  return { freq, interval, end };
}

/** For a repeating event: whether the editor changes this occurrence or the whole series (undefined: it does not ask). */
export function readRepeatScope(container: Element): RepeatScope | undefined {
  for (const radio of container.querySelectorAll<HTMLInputElement>('input[type="radio"]:checked')) {
    const scope = scopeOf(controlLabel(radio));
    if (scope) return scope;
  }
  return undefined;
}

import type { EventIdentity } from '@/utils/shared/meeting-types';
import { occurrenceDates } from '@/utils/shared/repeat-occurrences';
import type { RepeatRule } from '@/utils/shared/repeat-rule';

/** What our record keeps of a repeating event's series, besides its rule and first start. */
export interface SeriesRecord {
  repeat?: RepeatRule;
  event?: EventIdentity;
  start: string;
  /** Occurrences moved on their own: first start → where it is now (wall clock). */
  moved?: Record<string, string>;
  /** Occurrences deleted on their own, by first start. */
  cancelled?: string[];
}

// Far enough for any series the user will open; a series with no end is cut here.
const HORIZON = 520;

/** The starts of the series' occurrences as the calendar shows them now (moves applied, deletions left out). */
export function occurrenceStarts(series: SeriesRecord): string[] {
  if (!series.repeat) return [];
  const first = series.event?.start ?? series.start;
  const time = first.slice(10);
  const moved = series.moved ?? {};
  const cancelled = new Set(series.cancelled ?? []);
  return occurrenceDates(series.repeat, first.slice(0, 10), HORIZON)
    .map((date) => `${date}${time}`)
    .filter((start) => !cancelled.has(start))
    .map((start) => moved[start] ?? start);
}

/** An occurrence's first start, from where it is now: Zoom names an occurrence by it for good. */
export function originalStart(series: SeriesRecord, shownAt: string): string {
  const moved = Object.entries(series.moved ?? {}).find(([, now]) => now === shownAt);
  return moved ? moved[0] : shownAt;
}

/** The event shows one occurrence of this series. */
export function isOccurrenceOf(series: SeriesRecord, start: string): boolean {
  return occurrenceStarts(series).includes(start);
}

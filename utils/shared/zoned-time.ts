import { wallClock, wallClockMs } from '@/utils/shared/wall-clock';

/** The instant (ms since the epoch) a wall-clock time 'YYYY-MM-DDTHH:mm' names in `timeZone`. */
export function zonedInstant(value: string, timeZone: string): number {
  const guess = wallClockMs(value);
  if (guess === null) return NaN;
  // The zone's offset at the guess, then again at the result (the two differ only across a DST change).
  const offsetAt = (ms: number) => (wallClockMs(wallClock(new Date(ms).toISOString(), timeZone) ?? '') ?? ms) - ms;
  const first = guess - offsetAt(guess);
  return guess - offsetAt(first);
}

/** Zoom's occurrence id: the occurrence's start as milliseconds since the epoch, as text. */
export function occurrenceId(start: string, timeZone: string): string {
  return String(zonedInstant(start, timeZone));
}

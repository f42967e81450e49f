import type { MeetingDraft } from '@/utils/shared/meeting-types';

/**
 * Event times travel as local wall-clock text, 'YYYY-MM-DDTHH:mm', with an IANA zone beside them:
 * what the OnTime editor shows, and what Zoom takes as start_time with a timezone. This module is
 * the one place that parses that text.
 */
const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

export function isWallClock(value: unknown): value is string {
  return typeof value === 'string' && WALL_CLOCK.test(value);
}

/** The wall-clock value as if it were UTC: for arithmetic and formatting without a zone shift. */
export function wallClockMs(value: string): number | null {
  const m = WALL_CLOCK.exec(value);
  if (!m) return null;
  return Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!);
}

/** Minutes between two wall-clock times in the same zone. */
export function durationMinutes(start: string, end: string): number {
  const a = wallClockMs(start);
  const b = wallClockMs(end);
  if (a === null || b === null) return NaN;
  return Math.round((b - a) / 60_000);
}

/** 'YYYY-MM-DDTHH:mm' as the clock on the wall in `timeZone` shows the instant `iso`. */
export function wallClock(iso: string, timeZone: string): string | null {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return null;
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/** A draft a meeting can be made from: a subject, and an end after the start on the same day or the next. */
export function isValidDraft(draft: MeetingDraft): boolean {
  const minutes = durationMinutes(draft.start, draft.end);
  return draft.subject.trim().length > 0 && Number.isInteger(minutes) && minutes > 0 && minutes <= 24 * 60;
}

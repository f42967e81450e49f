import { wallClockMs } from '@/utils/shared/wall-clock';

/** Zoom writes meeting IDs in groups: 123 4567 8901 (11 digits), 123 456 7890 (10 digits). */
export function formatMeetingId(id: number | string): string {
  const digits = String(id).replace(/\D/g, '');
  if (digits.length === 11) return `${digits.slice(0, 3)} ${digits.slice(3, 7)} ${digits.slice(7)}`;
  if (digits.length === 10) return `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}`;
  if (digits.length === 9) return `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}`;
  return digits;
}

/** Formats a local wall-clock 'YYYY-MM-DDTHH:mm' with its zone (when given), without shifting it. */
export function formatWallClock(value: string, timeZone: string, locale: string): string {
  const ms = wallClockMs(value);
  if (ms === null) return value;
  const utc = new Date(ms);
  const text = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short', timeZone: 'UTC' }).format(utc);
  return timeZone ? `${text} (${timeZone})` : text;
}

// start_time handling as Zoom does: "…Z" is UTC; without Z it is wall time in `timezone`.
// Zoom answers with UTC "yyyy-MM-ddTHH:mm:ssZ" either way.
import { isoSeconds } from './ids.ts';

function offsetMs(utcMs: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(utcMs));
  const get = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return wall - Math.floor(utcMs / 1000) * 1000;
}

/** Converts a validated start_time to Zoom's UTC form. */
export function normaliseStartTime(startTime: string, timeZone: string): string {
  if (startTime.endsWith('Z')) return isoSeconds(Date.parse(startTime));
  const wallAsUtc = Date.parse(`${startTime}Z`);
  // Two passes settle the offset across DST transitions.
  let utc = wallAsUtc - offsetMs(wallAsUtc, timeZone);
  utc = wallAsUtc - offsetMs(utc, timeZone);
  return isoSeconds(utc);
}

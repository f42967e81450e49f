// Local wall-clock helpers: events carry 'YYYY-MM-DDTHH:mm' in the page's time zone.

const p2 = (n) => String(n).padStart(2, '0');

export const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

export function parseLocal(s) {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/.exec(s ?? '');
  return m ? new Date(+m[1], +m[2] - 1, +m[3], +(m[4] ?? 0), +(m[5] ?? 0)) : null;
}

export const dateStr = (d) => `${d.getFullYear()}-${p2(d.getMonth() + 1)}-${p2(d.getDate())}`;
export const timeStr = (d) => `${p2(d.getHours())}:${p2(d.getMinutes())}`;
export const localStr = (d) => `${dateStr(d)}T${timeStr(d)}`;

export const addDays = (d, n) => new Date(d.getFullYear(), d.getMonth(), d.getDate() + n, d.getHours(), d.getMinutes());
export const addMinutes = (d, n) => new Date(d.getTime() + n * 60_000);
export const startOfDay = (d) => new Date(d.getFullYear(), d.getMonth(), d.getDate());
export const sameDay = (a, b) => dateStr(a) === dateStr(b);

/** Monday-based weeks, as OnTime shows them in Japan and Europe. */
export function startOfWeek(d) {
  const s = startOfDay(d);
  return addDays(s, -((s.getDay() + 6) % 7));
}

/** ISO 8601 week number. */
export function isoWeek(d) {
  const t = new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()));
  t.setUTCDate(t.getUTCDate() + 4 - (t.getUTCDay() || 7));
  const y0 = new Date(Date.UTC(t.getUTCFullYear(), 0, 1));
  return Math.ceil(((t - y0) / 86_400_000 + 1) / 7);
}

/** "(GMT+09:00) Asia/Tokyo" */
export function zoneLabel(zone = timeZone) {
  let off = 'GMT';
  try {
    const part = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
      .formatToParts(new Date())
      .find((x) => x.type === 'timeZoneName');
    off = part?.value ?? 'GMT';
  } catch { /* unknown zone: plain GMT */ }
  return `(${off === 'GMT' ? 'GMT+00:00' : off}) ${zone}`;
}

const isWeekday = (d) => d.getDay() >= 1 && d.getDay() <= 5;

/**
 * Where a new meeting starts: the next half hour when that falls in working hours (weekdays,
 * 09:00–17:00), else 10:00 on the next weekday, as calendar apps suggest. A run at night used to
 * make 01:00 meetings, above the working hours the saved view scrolls to.
 */
export function nextWorkingSlot(now = new Date()) {
  const slot = new Date(now.getFullYear(), now.getMonth(), now.getDate(), now.getHours(), now.getMinutes() < 30 ? 30 : 60);
  const minutes = slot.getHours() * 60 + slot.getMinutes();
  if (sameDay(slot, now) && isWeekday(slot) && minutes >= 9 * 60 && minutes <= 17 * 60) return slot;
  let day = new Date(now.getFullYear(), now.getMonth(), now.getDate(), 10, 0);
  if (!(isWeekday(day) && now < day)) day = addDays(day, 1);
  while (!isWeekday(day)) day = addDays(day, 1);
  return day;
}

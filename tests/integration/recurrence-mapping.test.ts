// Two independent readings of one series must agree: the extension's mapping (OnTime rule → Zoom
// recurrence) and its own occurrence dates, against the simulator's occurrences, which it computes
// from Zoom's recurrence alone, in the meeting's zone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, defaultClients, startZoomSimulator, type ZoomSimulator } from '../harness/zoom-simulator/index.ts';
import { meetingInput } from '@/utils/worker/meetings/zoom-body';
import { defaultOptions } from '@/utils/worker/meetings/defaults';
import { occurrenceDates } from '@/utils/shared/repeat-occurrences';
import { wallClock } from '@/utils/shared/wall-clock';
import type { RepeatRule } from '@/utils/shared/repeat-rule';
import type { MeetingDraft } from '@/utils/shared/meeting-types';

let sim: ZoomSimulator;
let token: string;

beforeAll(async () => {
  sim = await startZoomSimulator();
  sim.state.reset({ clients: defaultClients() });
  token = (await connect(sim.baseUrl)).access_token;
});
afterAll(async () => {
  await sim.close();
});

const count = (times: number) => ({ kind: 'count', times }) as const;
const CASES: [string, string, string, RepeatRule][] = [
  ['weekly Tue+Thu, Tokyo 08:00 (the day before in UTC)', '2026-12-01T08:00', 'Asia/Tokyo', { freq: 'weekly', interval: 1, weekdays: [2, 4], end: count(10) }],
  ['every 2 weeks on Mon, New York across the DST change', '2027-02-22T09:00', 'America/New_York', { freq: 'weekly', interval: 2, weekdays: [1], end: count(6) }],
  ['daily every 3 days until a date', '2026-12-01T18:30', 'Europe/Berlin', { freq: 'daily', interval: 3, end: { kind: 'until', date: '2027-01-15' } }],
  ['monthly on the last Thursday', '2026-12-31T10:00', 'Asia/Tokyo', { freq: 'monthly', interval: 1, on: { week: -1, weekday: 4 }, end: count(8) }],
  ['monthly on the second Monday, every 3 months', '2026-12-14T07:00', 'Australia/Sydney', { freq: 'monthly', interval: 3, on: { week: 2, weekday: 1 }, end: count(5) }],
  ['monthly on day 31 (short months skipped)', '2027-01-31T10:00', 'UTC', { freq: 'monthly', interval: 1, on: { day: 31 }, end: count(5) }],
  ['weekly, 50 times (the limit)', '2026-12-01T10:00', 'Asia/Tokyo', { freq: 'weekly', interval: 1, weekdays: [2], end: count(50) }],
];

describe('the extension’s mapping and the simulator agree on every occurrence', () => {
  it.each(CASES)('%s', async (_, start, timeZone, repeat) => {
    const end = `${start.slice(0, 11)}${String(+start.slice(11, 13) + 1).padStart(2, '0')}${start.slice(13)}`;
    const draft: MeetingDraft = { subject: 'Series', start, end, timeZone, repeat };
    const body = meetingInput(draft, defaultOptions('Series', null));
    expect(body.type).toBe(8);
    const res = await fetch(`${sim.apiBase}/users/me/meetings`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const meeting = (await res.json()) as { occurrences: { start_time: string }[] };
    expect(res.status, JSON.stringify(meeting)).toBe(201);
    const atZoom = meeting.occurrences.map((o) => wallClock(o.start_time, timeZone));
    const ours = occurrenceDates(repeat, start.slice(0, 10), 60).map((d) => `${d}${start.slice(10)}`);
    expect(atZoom).toEqual(ours);
  });
});

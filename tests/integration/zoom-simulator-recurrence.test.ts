// Recurring meetings at the simulator: Zoom's rules for `recurrence`, occurrences and occurrence_id.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { connect, defaultClients, startZoomSimulator, type ZoomSimulator } from '../harness/zoom-simulator/index.ts';

let sim: ZoomSimulator;
let token: string;

beforeAll(async () => {
  sim = await startZoomSimulator();
});
afterAll(async () => {
  await sim.close();
});
beforeEach(async () => {
  sim.state.reset({ clients: defaultClients() });
  token = (await connect(sim.baseUrl)).access_token;
});

async function call(method: string, path: string, body?: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
  const res = await fetch(`${sim.apiBase}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  return { status: res.status, json: text ? JSON.parse(text) : {} };
}

const weekly = {
  topic: 'Weekly sync',
  type: 8,
  start_time: '2026-12-01T08:00:00', // Tuesday in Tokyo, Monday 23:00 UTC
  duration: 30,
  timezone: 'Asia/Tokyo',
  recurrence: { type: 2, repeat_interval: 1, weekly_days: '3', end_times: 10 },
};

type Occurrence = { occurrence_id: string; start_time: string; duration: number };

describe('simulator: recurring meetings', () => {
  it('type 8 weekly: ten occurrences on Tuesdays in the meeting’s zone, ids = start in ms', async () => {
    const { status, json } = await call('POST', '/users/me/meetings', weekly);
    expect(status).toBe(201);
    const occurrences = json.occurrences as Occurrence[];
    expect(occurrences).toHaveLength(10);
    expect(occurrences[0]).toMatchObject({ start_time: '2026-11-30T23:00:00Z', occurrence_id: String(Date.UTC(2026, 10, 30, 23)), duration: 30 });
    for (const o of occurrences) {
      expect(o.occurrence_id).toBe(String(Date.parse(o.start_time)));
      expect(new Date(Date.parse(o.start_time) + 9 * 3_600_000).getUTCDay()).toBe(2); // Tuesday in Tokyo
    }
  });

  it('refuses what Zoom refuses: no recurrence, both ends, intervals and counts over the limits, bad weekdays', async () => {
    const bad = [
      { ...weekly, recurrence: undefined },
      { ...weekly, recurrence: { ...weekly.recurrence, end_date_time: '2027-01-01T00:00:00Z' } },
      { ...weekly, recurrence: { ...weekly.recurrence, repeat_interval: 13 } },
      { ...weekly, recurrence: { type: 1, repeat_interval: 91, end_times: 2 } },
      { ...weekly, recurrence: { type: 3, repeat_interval: 4, monthly_day: 1, end_times: 2 } },
      { ...weekly, recurrence: { ...weekly.recurrence, end_times: 51 } },
      { ...weekly, recurrence: { ...weekly.recurrence, weekly_days: '0,8' } },
      { ...weekly, recurrence: { type: 3, monthly_week: 5, monthly_week_day: 2, end_times: 2 } },
      { ...weekly, recurrence: { type: 3, monthly_day: 3, monthly_week: 1, monthly_week_day: 2, end_times: 2 } },
      { ...weekly, recurrence: { type: 4, end_times: 2 } },
    ];
    for (const body of bad) expect((await call('POST', '/users/me/meetings', body)).json.code, JSON.stringify(body.recurrence)).toBe(300);
    expect(sim.state.listMeetings().live).toHaveLength(0);
  });

  it('monthly on the last Thursday, until a date', async () => {
    const { json } = await call('POST', '/users/me/meetings', {
      ...weekly,
      start_time: '2026-12-31T10:00:00',
      timezone: 'UTC',
      recurrence: { type: 3, monthly_week: -1, monthly_week_day: 5, end_date_time: '2027-03-31T23:59:00Z' },
    });
    expect((json.occurrences as Occurrence[]).map((o) => o.start_time)).toEqual(['2026-12-31T10:00:00Z', '2027-01-28T10:00:00Z', '2027-02-25T10:00:00Z', '2027-03-25T10:00:00Z']);
  });

  it('type 3 has no fixed time and no occurrences', async () => {
    const { json } = await call('POST', '/users/me/meetings', { ...weekly, type: 3, recurrence: undefined });
    expect(json.type).toBe(3);
    expect(json.start_time).toBeUndefined();
    expect(json.occurrences).toBeUndefined();
  });

  it('occurrence_id on GET, PATCH and DELETE touches one occurrence only', async () => {
    const { json } = await call('POST', '/users/me/meetings', weekly);
    const [first, second] = json.occurrences as Occurrence[];
    const one = await call('GET', `/meetings/${json.id}?occurrence_id=${second!.occurrence_id}`);
    expect(one.json).toMatchObject({ start_time: second!.start_time, occurrence_id: second!.occurrence_id });

    expect((await call('PATCH', `/meetings/${json.id}?occurrence_id=${second!.occurrence_id}`, { start_time: '2026-12-08T09:00:00', duration: 45 })).status).toBe(204);
    expect((await call('PATCH', `/meetings/${json.id}?occurrence_id=${second!.occurrence_id}`, { topic: 'Renamed' })).json.code).toBe(300);
    expect((await call('DELETE', `/meetings/${json.id}?occurrence_id=${first!.occurrence_id}`)).status).toBe(204);
    expect((await call('GET', `/meetings/${json.id}?occurrence_id=${first!.occurrence_id}`)).status).toBe(404);

    const series = (await call('GET', `/meetings/${json.id}`)).json;
    const left = series.occurrences as Occurrence[];
    expect(left).toHaveLength(9);
    expect(left[0]).toMatchObject({ occurrence_id: second!.occurrence_id, start_time: '2026-12-08T00:00:00Z', duration: 45 });
    expect(series.topic).toBe('Weekly sync');
  });

  it('a series PATCH reschedules the occurrences and can change the type', async () => {
    const { json } = await call('POST', '/users/me/meetings', weekly);
    expect((await call('PATCH', `/meetings/${json.id}`, { start_time: '2026-12-02T09:00:00', timezone: 'Asia/Tokyo', recurrence: { type: 2, repeat_interval: 1, weekly_days: '4', end_times: 3 } })).status).toBe(204);
    const moved = (await call('GET', `/meetings/${json.id}`)).json;
    expect((moved.occurrences as Occurrence[]).map((o) => o.start_time)).toEqual(['2026-12-02T00:00:00Z', '2026-12-09T00:00:00Z', '2026-12-16T00:00:00Z']);
    expect((await call('PATCH', `/meetings/${json.id}`, { type: 2 })).status).toBe(204);
    const single = (await call('GET', `/meetings/${json.id}`)).json;
    expect(single.type).toBe(2);
    expect(single.occurrences).toBeUndefined();
    expect((await call('PATCH', `/meetings/${json.id}`, { type: 8 })).json.code).toBe(300); // type 8 needs a recurrence
  });
});

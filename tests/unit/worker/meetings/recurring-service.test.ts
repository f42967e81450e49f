// The meeting service for repeating events: what reaches Zoom for a series and for one occurrence.
import { describe, expect, it } from 'vitest';
import { createMeetingService } from '@/utils/worker/meetings/meeting-service';
import { getMeeting } from '@/utils/worker/meetings/meeting-records';
import { defaultOptions } from '@/utils/worker/meetings/defaults';
import type { ZoomApi } from '@/utils/worker/zoom/api';
import type { MeetingInput, ZoomMeeting } from '@/utils/worker/zoom/types';
import type { MeetingDraft } from '@/utils/shared/meeting-types';
import type { RepeatRule } from '@/utils/shared/repeat-rule';

const PAGE = 'https://ontime.example/ontime/';
const weekly: RepeatRule = { freq: 'weekly', interval: 1, weekdays: [2], end: { kind: 'count', times: 10 } };
const series: MeetingDraft = { subject: 'Weekly sync', start: '2026-12-01T08:00', end: '2026-12-01T08:30', timeZone: 'Asia/Tokyo', repeat: weekly, scope: 'series' };
let nextId = 91234567000;

type Call = [string, number, Partial<MeetingInput> | undefined, string | undefined];

async function made(draft: MeetingDraft = series) {
  const id = nextId++;
  const joinUrl = `https://us02web.zoom.us/j/${id}?pwd=abc`;
  const calls: Call[] = [];
  const api = {
    createMeeting: async (input: MeetingInput): Promise<ZoomMeeting> => {
      calls.push(['POST', id, input, undefined]);
      return { id, topic: input.topic, join_url: joinUrl, password: 'x7Kp2q', duration: input.duration, type: input.type };
    },
    updateMeeting: async (mid: number, patch: Partial<MeetingInput>, occurrence?: string) => void calls.push(['PATCH', mid, patch, occurrence]),
    deleteMeeting: async (mid: number, occurrence?: string) => void calls.push(['DELETE', mid, undefined, occurrence]),
  } as unknown as ZoomApi;
  const tokens = { grant: async () => ({ accessToken: 't', apiBase: 'https://api.zoom.us/v2', scopes: [], account: 'a' }) };
  const service = createMeetingService({ tokens, api, loadSettings: async () => ({ zoomDomain: 'zoom.us', customOAuthBase: '', customApiBase: '' }), now: () => 1_000 });
  const { meeting } = await service.create(draft, defaultOptions(draft.subject, null), PAGE, `attempt-${id}`);
  calls.length = 0;
  return { id, joinUrl, service, calls, meeting };
}

const opened = (start: string) => ({ subject: 'Weekly sync', start });

describe('meeting service: repeating events', () => {
  it('creates type 8 with the recurrence and records the rule', async () => {
    const { id, meeting } = await made();
    expect(meeting.repeat).toEqual(weekly);
    expect(meeting.noFixedTime).toBeUndefined();
    expect(await getMeeting(id)).toMatchObject({ repeat: weekly });
  });

  it('a yearly event is made with no fixed time, and says so', async () => {
    const { meeting, id } = await made({ ...series, repeat: { freq: 'yearly', interval: 1, end: { kind: 'never' } } });
    expect(meeting.noFixedTime).toBe(true);
    expect(await getMeeting(id)).toMatchObject({ noFixedTime: true });
  });

  it('a series saved at a new time sends type, recurrence and time together', async () => {
    const { id, joinUrl, service, calls } = await made();
    expect(await service.saved(id, joinUrl, opened('2026-12-01T08:00'), { ...series, start: '2026-12-01T09:00', end: '2026-12-01T09:30' }, PAGE)).toBe(true);
    expect(calls).toEqual([['PATCH', id, { start_time: '2026-12-01T09:00:00', timezone: 'Asia/Tokyo', duration: 30, type: 8, recurrence: { type: 2, repeat_interval: 1, weekly_days: '3', end_times: 10 } }, undefined]]);
  });

  it('repeat turned off makes it a plain scheduled meeting (type 2); an unchanged save makes no call', async () => {
    const { id, joinUrl, service, calls } = await made();
    const { repeat: _r, scope: _s, ...single } = series;
    expect(await service.saved(id, joinUrl, opened(series.start), single, PAGE)).toBe(true);
    expect(calls[0]![2]).toEqual({ type: 2, start_time: '2026-12-01T08:00:00', timezone: 'Asia/Tokyo', duration: 30 });
    expect(await getMeeting(id)).toMatchObject({ repeat: undefined });
    expect(await service.saved(id, joinUrl, opened(series.start), single, PAGE)).toBe(false);
    expect(calls).toHaveLength(1);
  });

  it('repeat turned on for a single meeting: the same meeting becomes type 8, its link unchanged', async () => {
    const { repeat: _r, scope: _s, ...single } = series;
    const { id, joinUrl, service, calls } = await made(single);
    expect(await service.saved(id, joinUrl, opened(series.start), series, PAGE)).toBe(true);
    expect(calls).toEqual([['PATCH', id, { type: 8, recurrence: { type: 2, repeat_interval: 1, weekly_days: '3', end_times: 10 }, start_time: '2026-12-01T08:00:00', timezone: 'Asia/Tokyo', duration: 30 }, undefined]]);
    expect(await getMeeting(id)).toMatchObject({ repeat: weekly, noFixedTime: false, joinUrl });
  });

  it('one occurrence moved: PATCH with its occurrence_id (first start in ms), the series untouched; opened again at its new time, it is still ours', async () => {
    const { id, joinUrl, service, calls } = await made();
    const second = '2026-12-08T08:00';
    const moved = { ...series, start: '2026-12-08T11:00', end: '2026-12-08T11:30', scope: 'occurrence' as const };
    expect(await service.saved(id, joinUrl, opened(second), moved, PAGE)).toBe(true);
    expect(calls).toEqual([['PATCH', id, { start_time: '2026-12-08T11:00:00', timezone: 'Asia/Tokyo', duration: 30 }, String(Date.UTC(2026, 11, 7, 23))]]);
    expect(await getMeeting(id)).toMatchObject({ start: series.start, moved: { [second]: '2026-12-08T11:00' } });
    // Deleted later from where it is now: Zoom still names it by its first start.
    await service.remove(id, { joinUrl, ontimeUrl: PAGE, event: opened('2026-12-08T11:00'), occurrence: true });
    expect(calls[1]).toEqual(['DELETE', id, undefined, String(Date.UTC(2026, 11, 7, 23))]);
    expect(await getMeeting(id)).toMatchObject({ state: 'updated', cancelled: [second] });
  });

  it('a start that is not one of the series’ occurrences is not ours', async () => {
    const { id, joinUrl, service, calls } = await made();
    await expect(service.remove(id, { joinUrl, ontimeUrl: PAGE, event: opened('2026-12-09T08:00'), occurrence: true })).rejects.toMatchObject({ kind: 'notOurs' });
    expect((await service.status(id, joinUrl, PAGE, opened('2026-12-15T08:00'))).meeting).not.toBeNull();
    expect((await service.status(id, joinUrl, PAGE, opened('2027-02-09T08:00'))).meeting).toBeNull(); // after the 10th
    expect(calls).toHaveLength(0);
  });

  it('with no fixed time, an occurrence has nothing at Zoom to change or delete', async () => {
    const { id, joinUrl, service, calls } = await made({ ...series, repeat: { ...weekly, end: { kind: 'never' } } });
    await service.remove(id, { joinUrl, ontimeUrl: PAGE, event: opened('2026-12-15T08:00'), occurrence: true });
    expect(calls).toHaveLength(0);
    expect((await getMeeting(id))?.state).not.toBe('deleted');
  });
});

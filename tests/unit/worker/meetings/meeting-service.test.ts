import { describe, expect, it } from 'vitest';
import { Failure } from '@/utils/shared/failures';
import { createMeetingService } from '@/utils/worker/meetings/meeting-service';
import { getAttempt, getMeeting, recentMeetings } from '@/utils/worker/meetings/meeting-records';
import type { ZoomApi } from '@/utils/worker/zoom/api';
import type { ZoomMeeting } from '@/utils/worker/zoom/types';
import { defaultOptions } from '@/utils/worker/meetings/defaults';
import type { JoinUrlRule } from '@/utils/shared/join-url';

const draft = { subject: 'Design review', start: '2026-12-01T10:00', end: '2026-12-01T11:00', timeZone: 'Asia/Tokyo' };
const ZOOM: JoinUrlRule = { zoomDomain: 'zoom.us', customOAuthBase: '', customApiBase: '' };
let nextId = 81234567890;

/** A meeting service whose Zoom answers every create with this join_url. */
function serviceAnswering(joinUrl: string, rule: JoinUrlRule = ZOOM) {
  const id = nextId++;
  const answer: ZoomMeeting = { id, topic: draft.subject, join_url: joinUrl, password: 'x7Kp2q', duration: 60 };
  const api = { createMeeting: async () => answer } as unknown as ZoomApi;
  const tokens = { grant: async () => ({ accessToken: 't', apiBase: 'https://api.zoom.us/v2', scopes: [], account: 'a' }) };
  return { id, service: createMeetingService({ tokens, api, loadSettings: async () => rule, now: () => 1_000 }) };
}

async function failureOf(promise: Promise<unknown>): Promise<Failure> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof Failure) return error;
    throw error;
  }
  throw new Error('expected a failure');
}

describe('meeting service: Zoom’s join_url is checked before use', () => {
  it('returns and records an accepted join_url', async () => {
    const { id, service } = serviceAnswering('https://us02web.zoom.us/j/81234567890?pwd=abc');
    const { meeting } = await service.create(draft, defaultOptions(draft.subject, null), 'https://ontime.example/ontime/', `attempt-${id}`);
    expect(meeting).toMatchObject({ id, joinUrl: 'https://us02web.zoom.us/j/81234567890?pwd=abc' });
    expect(await getMeeting(id)).toMatchObject({ state: 'created', joinUrl: 'https://us02web.zoom.us/j/81234567890?pwd=abc' });
  });

  it.each([
    ['javascript:', 'javascript:alert(1)', 'scheme'],
    ['a look-alike host', 'https://zoom.us.evil.example/j/81234567890', 'host'],
    ['the other Zoom cloud', 'https://acme.zoomgov.com/j/81234567890', 'host'],
    ['a non-numeric id', 'https://zoom.us/j/evil', 'path'],
  ])('refuses %s: a joinUrlRejected failure, and the meeting kept as an orphan without the link', async (_, joinUrl, problem) => {
    const { id, service } = serviceAnswering(joinUrl);
    const failure = await failureOf(service.create(draft, defaultOptions(draft.subject, null), 'https://ontime.example/ontime/', `attempt-${id}`));
    expect(failure.kind).toBe('joinUrlRejected');
    expect(failure.params).toEqual({ problem, id: String(id) });
    const record = await getMeeting(id);
    expect(record).toMatchObject({ id, state: 'orphaned', joinUrl: '' });
    expect((await recentMeetings(100)).some((r) => r.joinUrl === joinUrl)).toBe(false);
    // The create got its answer: no "may have been created" warning for the next attempt.
    expect(await getAttempt(`attempt-${id}`)).toMatchObject({ state: 'done', meetingId: id });
    // The same message seen again (a resend) gets the same refusal, not an empty link.
    expect((await failureOf(service.create(draft, defaultOptions(draft.subject, null), 'https://ontime.example/ontime/', `attempt-${id}`))).kind).toBe('joinUrlRejected');
  });
});

describe('meeting service: a meeting whose event no longer carries it', () => {
  const ontime = 'https://ontime.example/ontime/';
  const event = { subject: draft.subject, start: draft.start };

  it('saved with another link in place of ours: an orphan even after an earlier save; a wrong link or event changes nothing', async () => {
    const { id, service } = serviceAnswering(`https://us02web.zoom.us/j/${nextId}?pwd=abc`);
    const { meeting } = await service.create(draft, defaultOptions(draft.subject, null), ontime, `attempt-${id}`);
    await service.saved(id, meeting.joinUrl, event, draft, ontime);
    expect((await getMeeting(id))?.state).toBe('saved');
    // Cancel of a saved event does not orphan it; a replaced link does.
    await service.cancelled(id, meeting.joinUrl, ontime, event);
    expect((await getMeeting(id))?.state).toBe('saved');
    await service.leftEvent(id, 'https://us02web.zoom.us/j/1?pwd=x', ontime, event);
    await service.leftEvent(id, meeting.joinUrl, ontime, { subject: 'Another event', start: draft.start });
    expect((await getMeeting(id))?.state).toBe('saved');
    await service.leftEvent(id, meeting.joinUrl, ontime, event);
    expect((await getMeeting(id))?.state).toBe('orphaned');
  });

  it('the asking page gone before the link was written: an unsaved meeting is an orphan, a saved one is not touched', async () => {
    const first = serviceAnswering(`https://us02web.zoom.us/j/${nextId}?pwd=abc`);
    await first.service.create(draft, defaultOptions(draft.subject, null), ontime, `attempt-${first.id}`);
    await first.service.pageGone(first.id);
    expect((await getMeeting(first.id))?.state).toBe('orphaned');
    const second = serviceAnswering(`https://us02web.zoom.us/j/${nextId}?pwd=abc`);
    const { meeting } = await second.service.create(draft, defaultOptions(draft.subject, null), ontime, `attempt-${second.id}`);
    await second.service.saved(second.id, meeting.joinUrl, event, draft, ontime);
    await second.service.pageGone(second.id);
    expect((await getMeeting(second.id))?.state).toBe('saved');
  });
});

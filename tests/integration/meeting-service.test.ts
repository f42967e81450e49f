import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Failure } from '@/utils/shared/failures';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/shared/settings/types';
import { getAttempt, getMeeting } from '@/utils/worker/meetings/meeting-records';
import { freshProfile, workerServices } from '../harness/worker-services';
import { DEFAULT_CLIENT_ID, DEFAULT_SCOPES, startZoomSimulator, type ZoomSimulator } from '../harness/zoom-simulator/index';

let sim: ZoomSimulator;
let settings: Settings;

const PAGE = 'http://localhost:8787/ontime/';
const draft = { subject: 'Exactly once', start: '2026-12-03T14:00', end: '2026-12-03T14:45', timeZone: 'Asia/Tokyo' };
const EVENT = { subject: draft.subject, start: draft.start };
const posts = () => sim.state.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/meetings')).length;
const calls = (method: string) => sim.state.requests.filter((r) => r.method === method && r.path.startsWith('/v2/meetings/')).length;

function withScopes(extra: string[]) {
  sim.state.configure({ clients: sim.state.config.clients.map((c) => ({ ...c, scopes: [...DEFAULT_SCOPES, ...extra] })) });
}

beforeAll(async () => {
  sim = await startZoomSimulator();
});
afterAll(() => sim.close());
beforeEach(async () => {
  await freshProfile();
  sim.state.reset();
  settings = { ...DEFAULT_SETTINGS, clientId: DEFAULT_CLIENT_ID, zoomDomain: 'custom', customOAuthBase: sim.oauthBase, customApiBase: sim.apiBase, ontimeAddresses: [] };
});

describe('one click, one meeting: the attempt id', () => {
  it('the same attempt sent twice while the first is on its way makes one POST and one meeting', async () => {
    const { meetings } = workerServices(sim, () => settings);
    const { options } = await meetings.prepare(draft, PAGE);
    sim.state.addFault({ method: 'POST', path: '/meetings$', kind: 'latency', latencyMs: 300 });
    const [a, b] = await Promise.all([meetings.create(draft, options, PAGE, 'attempt-twice-1'), meetings.create(draft, options, PAGE, 'attempt-twice-1')]);
    expect(a.meeting.id).toBe(b.meeting.id);
    expect(posts()).toBe(1);
    expect(sim.state.listMeetings().live).toHaveLength(1);
  });

  it('an attempt seen again after its answer returns the same meeting without a POST', async () => {
    const { meetings } = workerServices(sim, () => settings);
    const { options } = await meetings.prepare(draft, PAGE);
    const first = await meetings.create(draft, options, PAGE, 'attempt-again-1');
    expect(await meetings.attemptStatus('attempt-again-1')).toEqual({ meeting: first.meeting });
    expect((await meetings.create(draft, options, PAGE, 'attempt-again-1')).meeting.id).toBe(first.meeting.id);
    expect(posts()).toBe(1);
  });

  it('a lost answer without meeting:read:list_meetings: the attempt is unconfirmed, never POSTed again', async () => {
    const { meetings } = workerServices(sim, () => settings);
    const { options } = await meetings.prepare(draft, PAGE);
    sim.state.addFault({ method: 'POST', path: '/meetings$', kind: 'drop-after' });
    expect(await meetings.create(draft, options, PAGE, 'attempt-lost-1').catch((e: Failure) => e.kind)).toBe('createUncertain');
    expect(await meetings.attemptStatus('attempt-lost-1').catch((e: Failure) => e.kind)).toBe('createUncertain');
    expect(posts()).toBe(1);
    expect((await getAttempt('attempt-lost-1'))?.state).toBe('uncertain');
  });

  it('a meeting made for this event and never saved with it (page reloaded mid-create) is named by the next dialog', async () => {
    const { meetings } = workerServices(sim, () => settings);
    const { options } = await meetings.prepare(draft, PAGE);
    await meetings.create(draft, options, PAGE, 'attempt-reloaded-1');
    expect(Date.parse((await meetings.prepare(draft, `${PAGE}?view=week`)).unsavedSince!)).toBeGreaterThan(Date.now() - 60_000);
    expect((await meetings.prepare({ ...draft, subject: 'Another event' }, PAGE)).unsavedSince).toBeUndefined();
  });

  it('a meeting left as an orphan by its editor (Cancel, ×, Escape, the page left) is named by the next dialog for that event too', async () => {
    const { meetings } = workerServices(sim, () => settings);
    const left = { ...draft, subject: 'Left editor' };
    const { options } = await meetings.prepare(left, PAGE);
    const { meeting } = await meetings.create(left, options, PAGE, 'attempt-left-1');
    await meetings.cancelled(meeting.id, meeting.joinUrl, PAGE, { subject: 'Left editor', start: left.start });
    expect(Date.parse((await meetings.prepare(left, PAGE)).unsavedSince!)).toBeGreaterThan(Date.now() - 60_000);
  });

  it('an attempt the worker never recorded never reached Zoom: attemptUnknown, so the page may send it again', async () => {
    const { meetings } = workerServices(sim, () => settings);
    expect(await meetings.attemptStatus('attempt-never-1').catch((e: Failure) => e.kind)).toBe('attemptUnknown');
    expect(posts()).toBe(0);
  });

  it('a lost answer with meeting:read:list_meetings: the meeting is found at Zoom, recorded as ours, no second create', async () => {
    withScopes(['meeting:read:list_meetings']);
    const { meetings } = workerServices(sim, () => settings);
    const { options } = await meetings.prepare(draft, PAGE);
    sim.state.addFault({ method: 'POST', path: '/meetings$', kind: 'drop-after' });
    const found = await meetings.create(draft, options, PAGE, 'attempt-found-1');
    const [made] = sim.state.listMeetings().live;
    expect(found).toMatchObject({ recovered: true, meeting: { id: made!.id, joinUrl: made!.join_url, password: options.password } });
    expect(posts()).toBe(1);
    expect(await getMeeting(made!.id)).toMatchObject({ state: 'created', attempt: 'attempt-found-1', ontimeUrl: PAGE });
    expect((await meetings.status(made!.id, made!.join_url, PAGE, EVENT)).meeting).toMatchObject({ id: made!.id });
  });

  it('a lost answer when two meetings at Zoom match: neither is taken, the user is told', async () => {
    withScopes(['meeting:read:list_meetings']);
    const { meetings } = workerServices(sim, () => settings);
    const { options } = await meetings.prepare(draft, PAGE);
    await meetings.create(draft, options, PAGE, 'attempt-twin-0'); // an identical meeting, ours already
    const { api } = workerServices(sim, () => settings);
    await api.createMeeting({ topic: draft.subject, type: 2, start_time: `${draft.start}:00`, duration: 45, timezone: draft.timeZone }); // one made elsewhere
    sim.state.addFault({ method: 'POST', path: '/meetings$', kind: 'drop-after' });
    const lost = meetings.create(draft, options, PAGE, 'attempt-twin-1').catch((e: Failure) => e.kind);
    expect(await lost).toBe('createUncertain');
    expect(posts()).toBe(3);
    expect(sim.state.listMeetings().live).toHaveLength(3);
  });
});

describe('only meetings we made are changed', () => {
  async function standingMeeting() {
    const { api } = workerServices(sim, () => settings);
    return api.createMeeting({ topic: 'Weekly standing meeting', type: 2, start_time: '2026-12-04T09:00:00', duration: 30, timezone: 'Asia/Tokyo' });
  }

  it('a meeting not in our records: no status, and saving or deleting the event makes no Zoom call', async () => {
    const { meetings } = workerServices(sim, () => settings);
    await meetings.prepare(draft, PAGE);
    const standing = await standingMeeting();
    sim.state.requests.length = 0;
    expect((await meetings.status(standing.id, standing.join_url, PAGE, EVENT)).meeting).toBeNull();
    expect(await meetings.saved(standing.id, standing.join_url, EVENT, { ...draft, start: '2026-12-03T15:00', end: '2026-12-03T16:00' }, PAGE)).toBe(false);
    expect(await meetings.remove(standing.id, { joinUrl: standing.join_url, ontimeUrl: PAGE, event: EVENT }).catch((e: Failure) => e.kind)).toBe('notOurs');
    expect(sim.state.requests).toEqual([]);
    expect(sim.state.listMeetings().live.map((m) => m.topic)).toContain('Weekly standing meeting');
  });

  it('our meeting’s id behind another link, or on another OnTime server, is not ours either', async () => {
    const { meetings } = workerServices(sim, () => settings);
    const { options } = await meetings.prepare(draft, PAGE);
    const { meeting } = await meetings.create(draft, options, PAGE, 'attempt-link-1');
    sim.state.requests.length = 0;
    const bare = meeting.joinUrl.split('?')[0]!;
    expect(await meetings.saved(meeting.id, bare, EVENT, { ...draft, subject: 'Renamed' }, PAGE)).toBe(false);
    expect(await meetings.remove(meeting.id, { joinUrl: meeting.joinUrl, ontimeUrl: 'https://other.example/ontime/', event: EVENT }).catch((e: Failure) => e.kind)).toBe('notOurs');
    expect(calls('PATCH') + calls('DELETE')).toBe(0);
    // Ours, seen as ours: renamed and moved, it is updated; a repeated Remove is done.
    expect(await meetings.saved(meeting.id, meeting.joinUrl, EVENT, { ...draft, subject: 'Renamed', start: '2026-12-03T15:00', end: '2026-12-03T15:45' }, PAGE)).toBe(true);
    await meetings.remove(meeting.id, { joinUrl: meeting.joinUrl, ontimeUrl: PAGE, event: { subject: 'Renamed', start: '2026-12-03T15:00' } });
    await meetings.remove(meeting.id, { joinUrl: meeting.joinUrl, ontimeUrl: PAGE, event: { subject: 'Renamed', start: '2026-12-03T15:00' } });
    expect(calls('DELETE')).toBe(1);
  });

  it('our link copied into another event on the same server is not ours there: no PATCH, no DELETE', async () => {
    const { meetings } = workerServices(sim, () => settings);
    const { options } = await meetings.prepare(draft, PAGE);
    const { meeting } = await meetings.create(draft, options, PAGE, 'attempt-copy-1');
    sim.state.requests.length = 0;
    const copy = { subject: 'Another event', start: '2026-12-05T09:00' };
    expect((await meetings.status(meeting.id, meeting.joinUrl, PAGE, copy)).meeting).toBeNull();
    expect(await meetings.saved(meeting.id, meeting.joinUrl, copy, { ...draft, ...copy, end: '2026-12-05T10:00' }, PAGE)).toBe(false);
    expect(await meetings.remove(meeting.id, { joinUrl: meeting.joinUrl, ontimeUrl: PAGE, event: copy }).catch((e: Failure) => e.kind)).toBe('notOurs');
    expect(calls('PATCH') + calls('DELETE')).toBe(0);
    // Next week's duplicate (same subject) is not ours either; nor the event moved outside our
    // editor, until the user takes it back with "Manage it here" (no Zoom call, no extra scope).
    const moved = { ...EVENT, start: '2026-12-04T10:00' };
    expect((await meetings.status(meeting.id, meeting.joinUrl, PAGE, moved)).meeting).toBeNull();
    expect(await meetings.adopt(meeting.id, meeting.joinUrl, { ...draft, start: moved.start, end: '2026-12-04T10:45' }, PAGE)).toMatchObject({ id: meeting.id });
    expect(sim.state.requests).toEqual([]);
    expect((await meetings.status(meeting.id, meeting.joinUrl, PAGE, moved)).meeting).toMatchObject({ id: meeting.id });
    expect((await meetings.status(meeting.id, meeting.joinUrl, PAGE, EVENT)).meeting).toBeNull();
  });

  it('a later successful create does not hide a lost one: it stays listed, only the dialog stops warning', async () => {
    withScopes([]); // without the list scope, the lost one stays unconfirmed
    const { meetings } = workerServices(sim, () => settings);
    const { options } = await meetings.prepare(draft, PAGE);
    sim.state.addFault({ method: 'POST', path: '/meetings$', kind: 'drop-after' });
    await meetings.create(draft, options, PAGE, 'attempt-lost-then-ok').catch(() => undefined);
    await meetings.create(draft, options, PAGE, 'attempt-ok-after-lost');
    expect((await getAttempt('attempt-lost-then-ok'))?.state).toBe('superseded');
    expect((await meetings.prepare(draft, PAGE)).uncertainSince).toBeUndefined();
  });

  it('"Manage it here" needs meeting:read:meeting and user:read:user, then records the meeting as ours for this event', async () => {
    const { meetings } = workerServices(sim, () => settings);
    await meetings.prepare(draft, PAGE);
    const standing = await standingMeeting();
    expect(await meetings.adopt(standing.id, standing.join_url, draft, PAGE).catch((e: Failure) => e)).toMatchObject({ kind: 'scopeMissing', params: { scopes: 'meeting:read:meeting user:read:user' } });
    withScopes(['meeting:read:meeting', 'user:read:user']);
    const again = workerServices(sim, () => settings);
    await again.tokens.disconnect();
    await again.meetings.prepare(draft, PAGE);
    const adopted = await again.meetings.adopt(standing.id, standing.join_url, draft, PAGE);
    expect(adopted).toMatchObject({ id: standing.id, joinUrl: standing.join_url, topic: 'Weekly standing meeting' });
    expect((await again.meetings.status(standing.id, standing.join_url, PAGE, EVENT)).meeting).toMatchObject({ id: standing.id });
    expect(await again.meetings.saved(standing.id, standing.join_url, EVENT, { ...draft, subject: 'Weekly standing meeting' }, PAGE)).toBe(true);
  });
});

describe('copies of our events, and meetings we deleted (ownership.ts standing)', () => {
  async function savedMeeting(attempt: string) {
    const { meetings } = workerServices(sim, () => settings);
    const { options } = await meetings.prepare(draft, PAGE);
    const { meeting } = await meetings.create(draft, options, PAGE, attempt);
    await meetings.saved(meeting.id, meeting.joinUrl, EVENT, draft, PAGE);
    sim.state.requests.length = 0;
    return { meetings, meeting };
  }

  it('a new event’s editor holding the link of a meeting already saved with an event is a copy: shown, not ours', async () => {
    const { meetings } = workerServices(sim, () => settings);
    const { options } = await meetings.prepare(draft, PAGE);
    const { meeting } = await meetings.create(draft, options, PAGE, 'attempt-copy-new-1');
    // Made in this new event's editor and not saved yet: ours there.
    expect(await meetings.status(meeting.id, meeting.joinUrl, PAGE, EVENT, true)).toEqual({ meeting: expect.objectContaining({ id: meeting.id }) });
    await meetings.saved(meeting.id, meeting.joinUrl, EVENT, draft, PAGE);
    // Saved: the same subject, start and link in a new event's editor is a duplicate.
    expect(await meetings.status(meeting.id, meeting.joinUrl, PAGE, EVENT, true)).toEqual({ meeting: expect.objectContaining({ id: meeting.id }), standing: 'copy' });
    expect(await meetings.status(meeting.id, meeting.joinUrl, PAGE, EVENT, false)).toEqual({ meeting: expect.objectContaining({ id: meeting.id }) });
  });

  it('a saved copy makes the meeting shared: no PATCH and no DELETE from any event, the page told it was kept; the popup still deletes it', async () => {
    const { meetings, meeting } = await savedMeeting('attempt-shared-1');
    expect(await meetings.copySaved(meeting.id, meeting.joinUrl, PAGE)).toBe(true);
    const record = await getMeeting(meeting.id);
    expect(record).toMatchObject({ shared: true, state: 'saved' });
    const nextWeek = { subject: draft.subject, start: '2026-12-10T14:00' };
    for (const [event, newEvent] of [[EVENT, false], [EVENT, true], [nextWeek, false]] as const) {
      expect(await meetings.status(meeting.id, meeting.joinUrl, PAGE, event, newEvent)).toEqual({ meeting: expect.objectContaining({ id: meeting.id }), standing: 'shared' });
    }
    expect(await meetings.saved(meeting.id, meeting.joinUrl, EVENT, { ...draft, start: '2026-12-10T14:00', end: '2026-12-10T14:45' }, PAGE)).toBe(false);
    expect(await meetings.remove(meeting.id, { joinUrl: meeting.joinUrl, ontimeUrl: PAGE, event: nextWeek })).toBe('kept');
    expect(await meetings.remove(meeting.id, { joinUrl: meeting.joinUrl, ontimeUrl: PAGE, event: EVENT, occurrence: true })).toBe('kept');
    await meetings.leftEvent(meeting.id, meeting.joinUrl, PAGE, EVENT);
    expect(calls('PATCH') + calls('DELETE')).toBe(0);
    expect(await getMeeting(meeting.id)).toMatchObject({ shared: true, state: 'saved', start: draft.start });
    expect((await getMeeting(meeting.id))!.updatedAt).toBeGreaterThanOrEqual(record!.updatedAt);
    // Our popup names no event: it deletes it.
    expect(await meetings.remove(meeting.id, null)).toBe('deleted');
    expect(calls('DELETE')).toBe(1);
  });

  it('a new event saved with a link that is not a copy marks nothing: unsaved, another server, another link, not ours', async () => {
    const { meetings } = workerServices(sim, () => settings);
    const { options } = await meetings.prepare(draft, PAGE);
    const { meeting } = await meetings.create(draft, options, PAGE, 'attempt-notcopy-1');
    expect(await meetings.copySaved(meeting.id, meeting.joinUrl, PAGE)).toBe(false); // made in that new event, never saved
    await meetings.saved(meeting.id, meeting.joinUrl, EVENT, draft, PAGE);
    expect(await meetings.copySaved(meeting.id, meeting.joinUrl, 'https://other.example/ontime/')).toBe(false);
    expect(await meetings.copySaved(meeting.id, meeting.joinUrl.split('?')[0]!, PAGE)).toBe(false);
    expect(await meetings.copySaved(987654321, 'https://zoom.us/j/987654321', PAGE)).toBe(false);
    expect((await getMeeting(meeting.id))?.shared).toBeUndefined();
  });

  it('a meeting we deleted: its very link, in any event, is "deleted"; the same id without our passcode is not ours', async () => {
    const { meetings, meeting } = await savedMeeting('attempt-deleted-1');
    await meetings.remove(meeting.id, { joinUrl: meeting.joinUrl, ontimeUrl: PAGE, event: EVENT });
    for (const newEvent of [false, true]) {
      expect(await meetings.status(meeting.id, meeting.joinUrl, PAGE, EVENT, newEvent)).toEqual({ meeting: null, standing: 'deleted' });
      expect(await meetings.status(meeting.id, meeting.joinUrl, PAGE, { subject: 'Restored elsewhere', start: '2027-01-05T09:00' }, newEvent)).toEqual({ meeting: null, standing: 'deleted' });
    }
    expect(await meetings.status(meeting.id, meeting.joinUrl.split('?')[0]!, PAGE, EVENT)).toEqual({ meeting: null });
    // Nothing is marked or called for a dead link.
    expect(await meetings.copySaved(meeting.id, meeting.joinUrl, PAGE)).toBe(false);
    expect(calls('DELETE')).toBe(1);
  });
});

describe('Zoom data cached per connected account', () => {
  it('contacts read for one grant are not shown after another account connects', async () => {
    const first = workerServices(sim, () => settings);
    await first.meetings.prepare(draft, PAGE);
    expect((await first.meetings.searchContacts('')).length).toBeGreaterThan(0);
    const reads = () => sim.state.requests.filter((r) => r.path.includes('/contacts')).length;
    const before = reads();
    await first.meetings.searchContacts('a');
    expect(reads()).toBe(before); // cached for this grant
    await first.tokens.disconnect();
    const second = workerServices(sim, () => settings);
    await second.meetings.prepare(draft, PAGE);
    await second.meetings.searchContacts('a');
    expect(reads()).toBeGreaterThan(before); // a new grant reads its own
  });
});


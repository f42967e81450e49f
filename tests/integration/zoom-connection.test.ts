import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { connectionItem } from '@/utils/worker/auth/connection';
import { Failure } from '@/utils/shared/failures';
import type { MeetingService } from '@/utils/worker/meetings/meeting-service';
import { getMeeting } from '@/utils/worker/meetings/meeting-records';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/shared/settings/types';
import type { MeetingDraft, MeetingOptions } from '@/utils/shared/meeting-types';
import { workerServices } from '../harness/worker-services';
import { DEFAULT_CLIENT_ID, DEFAULT_REDIRECT_URI, startZoomSimulator, type ZoomSimulator } from '../harness/zoom-simulator/index';

let sim: ZoomSimulator;
let settings: Settings;
let launches = 0;

function services(decision: 'allow' | 'deny' = 'allow') {
  return workerServices(sim, () => settings, decision, () => launches++);
}

async function failureKind(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'resolved';
  } catch (error) {
    return error instanceof Failure ? error.kind : `not a Failure: ${String(error)}`;
  }
}

const PAGE = 'http://localhost:8787/ontime/';
const draft = { subject: 'Budget sync', start: '2026-12-03T14:00', end: '2026-12-03T14:45', timeZone: 'Asia/Tokyo' };
const refreshCount = () => sim.state.tokenRequests.filter((r) => r.grantType === 'refresh_token').length;

/** One click on OK: a fresh attempt id, the meeting it made. */
function createOnce(meetings: MeetingService, ...args: [MeetingDraft, MeetingOptions, string]) {
  return meetings.create(...args, crypto.randomUUID()).then((r) => r.meeting);
}

beforeAll(async () => {
  sim = await startZoomSimulator();
});
afterAll(() => sim.close());
beforeEach(async () => {
  fakeBrowser.reset();
  await connectionItem.setValue(null); // the grant lives in IndexedDB, which fakeBrowser does not reset
  sim.state.reset();
  launches = 0;
  settings = { ...DEFAULT_SETTINGS, clientId: DEFAULT_CLIENT_ID, zoomDomain: 'custom', customOAuthBase: sim.oauthBase, customApiBase: sim.apiBase, ontimeAddresses: [] };
});

describe('background services against the Zoom simulator', () => {
  it('consents once, then creates the meeting from the draft and records it', async () => {
    const { meetings } = services();
    const { options } = await meetings.prepare(draft, PAGE);
    expect(launches).toBe(1);
    expect(options.password).toMatch(/^[A-Za-z0-9@\-_*]{6,10}$/);
    const meeting = await createOnce(meetings, draft, options, PAGE);
    const [stored] = sim.state.listMeetings().live;
    expect(stored).toMatchObject({ id: meeting.id, topic: 'Budget sync', duration: 45, timezone: 'Asia/Tokyo', join_url: meeting.joinUrl });
    expect(stored!.start_time).toBe('2026-12-03T05:00:00Z');
    expect(meeting.dialIn.length).toBeGreaterThan(0);
    expect(await getMeeting(meeting.id)).toMatchObject({ state: 'created', joinUrl: meeting.joinUrl });
    expect(JSON.stringify(meeting)).not.toContain((await connectionItem.getValue())!.accessToken);
    // A second meeting needs no consent.
    await meetings.prepare(draft, PAGE);
    expect(launches).toBe(1);
  });

  it('Deny leaves no grant and no meeting', async () => {
    const { meetings } = services('deny');
    expect(await failureKind(meetings.prepare(draft, PAGE))).toBe('consentDenied');
    expect(await connectionItem.getValue()).toBeNull();
    expect(sim.state.listMeetings().live).toHaveLength(0);
    expect(sim.state.tokenRequests).toHaveLength(0);
  });

  it('50 parallel calls with an expired token make exactly one refresh, and all succeed', async () => {
    const { meetings, api } = services();
    await meetings.prepare(draft, PAGE);
    const stored = (await connectionItem.getValue())!;
    await connectionItem.setValue({ ...stored, expiresAt: Date.now() - 1000 });
    sim.state.expireTokens();
    const results = await Promise.all(Array.from({ length: 50 }, () => api.userSettings()));
    expect(results.every((r) => typeof r === 'object' && r !== null)).toBe(true);
    expect(refreshCount()).toBe(1);
  });

  it('a token Zoom rejects early (124) is refreshed once and the call retried', async () => {
    const { meetings, api } = services();
    await meetings.prepare(draft, PAGE);
    sim.state.expireTokens();
    await expect(api.userSettings()).resolves.toBeTruthy();
    expect(refreshCount()).toBe(1);
  });

  it('a grant lost here (e.g. a refresh whose answer never arrived) is re-established silently', async () => {
    const { meetings, api } = services();
    await meetings.prepare(draft, PAGE);
    const stored = (await connectionItem.getValue())!;
    // The refresh happened at Zoom, but its answer was lost: our refresh token is now stale.
    sim.state.grants.refresh(stored.refreshToken, DEFAULT_CLIENT_ID);
    await connectionItem.setValue({ ...stored, expiresAt: 0 });
    const results = await Promise.all(Array.from({ length: 20 }, () => api.userSettings()));
    expect(results.every(Boolean)).toBe(true);
    expect(launches).toBe(1); // no second consent window
    // The twenty callers shared one silent re-authorization.
    expect(sim.state.tokenRequests.filter((r) => r.grantType === 'authorization_code')).toHaveLength(2);
    expect((await connectionItem.getValue())!.refreshToken).not.toBe(stored.refreshToken);
  });

  it('a grant revoked at Zoom leads to reconnect, and the next interactive call consents again', async () => {
    const { meetings, api } = services();
    await meetings.prepare(draft, PAGE);
    sim.state.revokeGrants();
    expect(await failureKind(api.userSettings())).toBe('reconnect');
    expect(await connectionItem.getValue()).toBeNull();
    await meetings.prepare(draft, PAGE);
    expect(launches).toBe(2);
  });

  it('a network failure during refresh keeps the grant', async () => {
    const { meetings, api } = services();
    await meetings.prepare(draft, PAGE);
    const stored = (await connectionItem.getValue())!;
    await connectionItem.setValue({ ...stored, expiresAt: Date.now() - 1000 });
    sim.state.addFault({ path: '^/oauth/token$', kind: 'drop' });
    expect(await failureKind(api.userSettings())).toBe('network');
    expect((await connectionItem.getValue())?.refreshToken).toBe(stored.refreshToken);
    await expect(api.userSettings()).resolves.toBeTruthy();
  });

  it('maps Zoom errors: 4711, 429 with Retry-After, 300, and retries GET on 5xx', async () => {
    const { meetings, api } = services();
    const { options } = await meetings.prepare(draft, PAGE);

    sim.state.addFault({ method: 'POST', path: '/meetings$', kind: 'rate-limit', retryAfter: '120' });
    const limited = await createOnce(meetings, draft, options, PAGE).catch((e: Failure) => e);
    expect(limited).toBeInstanceOf(Failure);
    expect((limited as Failure).kind).toBe('rateLimited');
    expect(Date.parse((limited as Failure).params.retryAt!)).toBeGreaterThan(Date.now() + 100_000);
    expect(sim.state.listMeetings().live).toHaveLength(0);

    expect(await failureKind(api.createMeeting({ topic: 't', type: 2, start_time: 'x', duration: '30' as never, timezone: 'UTC' }))).toBe('invalidRequest');

    sim.state.addFault({ method: 'GET', path: '/settings$', kind: 'status', status: 503, times: 2 });
    await expect(api.userSettings()).resolves.toBeTruthy();

    sim.state.configure({ clients: sim.state.config.clients.map((c) => ({ ...c, scopes: c.scopes.filter((s) => s !== 'meeting:delete:meeting') })) });
    await connectionItem.setValue(null);
    const created = await createOnce(meetings, draft, (await meetings.prepare(draft, PAGE)).options, PAGE);
    const denied = await api.deleteMeeting(created.id).catch((e: Failure) => e);
    expect(denied).toMatchObject({ kind: 'scopeMissing', params: { scopes: 'meeting:delete:meeting' } });
  });

  it('a create whose answer is lost is not retried, is remembered, and the next attempt warns', async () => {
    const { meetings } = services();
    const { options } = await meetings.prepare(draft, PAGE);
    sim.state.addFault({ method: 'POST', path: '/meetings$', kind: 'drop-after' });
    const lost = await createOnce(meetings, draft, options, PAGE).catch((e: Failure) => e);
    expect(lost).toMatchObject({ kind: 'createUncertain' });
    expect(sim.state.listMeetings().live).toHaveLength(1); // Zoom did make it
    expect(sim.state.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/meetings'))).toHaveLength(1);
    const again = await meetings.prepare(draft, `${PAGE}?lang=en`);
    expect(Date.parse(again.uncertainSince!)).toBeGreaterThan(Date.now() - 60_000);
    // A definite answer clears the record: the warning is for lost answers only.
    await createOnce(meetings, draft, again.options, PAGE);
    expect((await meetings.prepare(draft, PAGE)).uncertainSince).toBeUndefined();
  });

  it.each([
    ['the redirect URL is not in the Zoom app (4,700)', { redirectUris: ['https://elsewhere.example/'] }, 'redirectNotRegistered'],
    ['the Client ID is unknown to Zoom (4,702)', { clientId: 'someone-elses-id' }, 'invalidClient'],
    ['the Client ID is a confidential one (4706)', { public: false }, 'publicClientOff'],
  ])('consent fails clearly when %s', async (_, change, kind) => {
    const [client] = sim.state.config.clients;
    sim.state.configure({ clients: [{ ...client!, ...change }] });
    try {
      const { meetings } = services();
      const failure = await meetings.prepare(draft, PAGE).catch((e: Failure) => e);
      expect(failure).toMatchObject({ kind });
      if (kind === 'redirectNotRegistered') expect((failure as Failure).params.redirectUri).toBe(DEFAULT_REDIRECT_URI);
      expect(await connectionItem.getValue()).toBeNull();
    } finally {
      sim.state.configure({ clients: [client!] });
    }
  });

  it('two extension contexts refreshing at once keep the grant: one refresh, the other re-reads', async () => {
    const first = services();
    await first.meetings.prepare(draft, PAGE);
    const stored = (await connectionItem.getValue())!;
    await connectionItem.setValue({ ...stored, expiresAt: Date.now() - 1000 });
    const second = services(); // another context: its own in-flight map, the same storage and lock
    const results = await Promise.all([first.api.userSettings(), second.api.userSettings(), first.api.userSettings(), second.api.userSettings()]);
    expect(results.every(Boolean)).toBe(true);
    expect(refreshCount()).toBe(1);
    expect(sim.state.listGrants().filter((g) => !g.revoked)).toHaveLength(1);
  });

  it('a changed Client ID revokes the old grant at Zoom and drops it here', async () => {
    const { tokens, meetings } = services();
    await meetings.prepare(draft, PAGE);
    settings = { ...settings, clientId: 'another-client-id' };
    await tokens.dropIfForeign();
    expect(await connectionItem.getValue()).toBeNull();
    expect(sim.state.requests.filter((r) => r.path === '/oauth/revoke')).toHaveLength(1);
    expect(sim.state.listGrants().filter((g) => !g.revoked)).toHaveLength(0);
  });
});

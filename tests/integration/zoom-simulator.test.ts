// The Zoom simulator must behave like Zoom (validation, token rules, errors), not echo what it is given.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_CLIENT_ID,
  DEFAULT_REDIRECT_URI,
  DEFAULT_SCOPES,
  authorizeUrl,
  connect,
  consent,
  consentRequestId,
  defaultClients,
  pkcePair,
  postToken,
  startZoomSimulator,
  type Meeting,
  type TokenResponse,
  type ZoomSimulator,
} from '../harness/zoom-simulator/index.ts';

let sim: ZoomSimulator;

beforeAll(async () => {
  sim = await startZoomSimulator();
});
afterAll(async () => {
  await sim.close();
});
beforeEach(() => {
  // reset() keeps configured clients on purpose; tests that change them get the defaults back here.
  sim.state.reset({ clients: defaultClients() });
});

function api(path: string, token: string | undefined, init: { method?: string; body?: unknown; rawBody?: string } = {}): Promise<Response> {
  const headers: Record<string, string> = {};
  if (token !== undefined) headers.authorization = `Bearer ${token}`;
  if (init.body !== undefined || init.rawBody !== undefined) headers['content-type'] = 'application/json';
  return fetch(`${sim.apiBase}${path}`, {
    method: init.method ?? 'GET',
    headers,
    body: init.rawBody ?? (init.body === undefined ? undefined : JSON.stringify(init.body)),
  });
}

const control = (path: string, method = 'GET', body?: unknown): Promise<Response> =>
  fetch(`${sim.baseUrl}/__sim/${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

const meetingBody = {
  topic: '定例会議',
  type: 2,
  start_time: '2030-04-01T10:00:00',
  duration: 60,
  timezone: 'Asia/Tokyo',
  agenda: 'Weekly sync',
  settings: { host_video: true, waiting_room: false, auto_recording: 'none', audio: 'both', alternative_hosts: 'bob.brown@example.com' },
};

async function createMeeting(token: string, body: unknown = meetingBody): Promise<Meeting> {
  const res = await api('/users/me/meetings', token, { method: 'POST', body });
  expect(res.status).toBe(201);
  return (await res.json()) as Meeting;
}

/** Consent + code, without the exchange, for tests of the token endpoint. */
async function authorizedCode(state = 'st-1'): Promise<{ code: string; verifier: string }> {
  const pkce = pkcePair();
  const back = await consent(sim.baseUrl, { codeChallenge: pkce.challenge, state });
  return { code: back.searchParams.get('code') ?? '', verifier: pkce.verifier };
}

const exchange = (code: string, verifier: string, redirectUri = DEFAULT_REDIRECT_URI): Promise<Response> =>
  postToken(sim.baseUrl, {
    grant_type: 'authorization_code',
    code,
    redirect_uri: redirectUri,
    code_verifier: verifier,
    client_id: DEFAULT_CLIENT_ID,
  });

const refresh = (refreshToken: string): Promise<Response> =>
  postToken(sim.baseUrl, { grant_type: 'refresh_token', refresh_token: refreshToken, client_id: DEFAULT_CLIENT_ID });

describe('authorize and consent', () => {
  it('runs the full PKCE flow: consent page, Allow, code, tokens, API call', async () => {
    const pkce = pkcePair();
    const pageRes = await fetch(authorizeUrl(sim.baseUrl, { codeChallenge: pkce.challenge, state: 'xyz 1/2' }));
    expect(pageRes.status).toBe(200);
    const page = await pageRes.text();
    expect(page).toContain('sim.user@example.com');
    for (const scope of DEFAULT_SCOPES) expect(page).toContain(scope);
    expect(page).toMatch(/<button[^>]*value="allow"[^>]*>Allow<\/button>/);
    expect(page).toMatch(/<button[^>]*value="deny"[^>]*>Deny<\/button>/);
    expect(page).toContain('action="/oauth/authorize/decision"');
    // The form carries a server-side id, not the raw parameters.
    expect(page).not.toContain(pkce.challenge);
    const requestId = consentRequestId(page);
    expect(requestId).toBeTruthy();

    const decision = await fetch(`${sim.baseUrl}/oauth/authorize/decision`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ request_id: requestId ?? '', decision: 'allow' }),
      redirect: 'manual',
    });
    expect(decision.status).toBe(302);
    const back = new URL(decision.headers.get('location') ?? '');
    expect(`${back.origin}${back.pathname}`).toBe(DEFAULT_REDIRECT_URI);
    expect(back.searchParams.get('state')).toBe('xyz 1/2');
    const code = back.searchParams.get('code') ?? '';
    expect(code.length).toBeGreaterThan(20);

    const tokenRes = await exchange(code, pkce.verifier);
    expect(tokenRes.status).toBe(200);
    const tokens = (await tokenRes.json()) as TokenResponse;
    expect(tokens).toMatchObject({ token_type: 'bearer', expires_in: 3599, api_url: sim.baseUrl });
    expect(tokens.scope.split(' ').sort()).toEqual([...DEFAULT_SCOPES].sort());
    expect(tokens.access_token).not.toBe(tokens.refresh_token);

    const settings = await api('/users/me/settings', tokens.access_token);
    expect(settings.status).toBe(200);

    // The request id is single use.
    const again = await fetch(`${sim.baseUrl}/oauth/authorize/decision`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ request_id: requestId ?? '', decision: 'allow' }),
      redirect: 'manual',
    });
    expect(again.status).toBe(400);

    expect(sim.state.tokenRequests).toHaveLength(1);
    expect(sim.state.tokenRequests.every((r) => !r.hadAuthorizationHeader)).toBe(true);
    const tokenLog = sim.state.requests.filter((r) => r.path === '/oauth/token');
    expect(tokenLog[0]?.headers.authorization).toBeUndefined();
    expect(tokenLog[0]?.body).toMatchObject({ grant_type: 'authorization_code', client_id: DEFAULT_CLIENT_ID });
  });

  it('omits state when none was sent, and Deny returns access_denied with state', async () => {
    const pkce = pkcePair();
    const noState = await consent(sim.baseUrl, { codeChallenge: pkce.challenge, state: null });
    expect(noState.searchParams.has('state')).toBe(false);
    expect(noState.searchParams.get('code')).toBeTruthy();

    // A returning user is sent straight back; a user who removed the app sees the page again.
    const returning = await consent(sim.baseUrl, { codeChallenge: pkce.challenge, state: 'r' }, 'deny');
    expect(returning.searchParams.get('code')).toBeTruthy();
    sim.state.revokeGrants();
    const denied = await consent(sim.baseUrl, { codeChallenge: pkce.challenge, state: 'abc' }, 'deny');
    expect(denied.searchParams.get('error')).toBe('access_denied');
    expect(denied.searchParams.get('state')).toBe('abc');
    expect(denied.searchParams.has('code')).toBe(false);
  });

  it('shows Zoom-like error pages for a bad client, redirect, PKCE or response_type', async () => {
    const challenge = pkcePair().challenge;
    const pageFor = async (p: Parameters<typeof authorizeUrl>[1]): Promise<string> => (await fetch(authorizeUrl(sim.baseUrl, p))).text();

    expect(await pageFor({ clientId: 'nope', codeChallenge: challenge })).toContain('Invalid client_id: (4,702)');
    const otherRedirect = 'https://evil.example/cb';
    expect(await pageFor({ redirectUri: otherRedirect, codeChallenge: challenge })).toContain(`Invalid redirect: ${otherRedirect} (4,700)`);
    // Exact match: a trailing-path variant of an allowed URI is not allowed.
    expect(await pageFor({ redirectUri: `${DEFAULT_REDIRECT_URI}cb`, codeChallenge: challenge })).toContain('(4,700)');
    for (const bad of [{ codeChallenge: null }, { codeChallenge: challenge, codeChallengeMethod: 'plain' }, { codeChallenge: challenge, codeChallengeMethod: null }]) {
      const page = await pageFor(bad);
      expect(page).toContain('PKCE is required');
      expect(consentRequestId(page)).toBeUndefined();
    }
    expect(await pageFor({ codeChallenge: challenge, responseType: 'token' })).toContain('Unsupported response_type');
  });

  it('escapes HTML in the values it shows', async () => {
    const page = await (await fetch(authorizeUrl(sim.baseUrl, { redirectUri: '<script>x</script>', codeChallenge: pkcePair().challenge }))).text();
    expect(page).not.toContain('<script>x</script>');
    expect(page).toContain('&#60;script&#62;');
  });
});

describe('token endpoint', () => {
  it('accepts a code once only', async () => {
    const { code, verifier } = await authorizedCode();
    expect((await exchange(code, verifier)).status).toBe(200);
    const second = await exchange(code, verifier);
    expect(second.status).toBe(400);
    expect(await second.json()).toMatchObject({ error: 'invalid_grant' });
  });

  it('rejects an expired code (codeTtlSec)', async () => {
    const shortSim = await startZoomSimulator({ codeTtlSec: 0.05 });
    try {
      const pkce = pkcePair();
      const back = await consent(shortSim.baseUrl, { codeChallenge: pkce.challenge });
      await new Promise((r) => setTimeout(r, 120));
      const res = await postToken(shortSim.baseUrl, {
        grant_type: 'authorization_code',
        code: back.searchParams.get('code') ?? '',
        redirect_uri: DEFAULT_REDIRECT_URI,
        code_verifier: pkce.verifier,
        client_id: DEFAULT_CLIENT_ID,
      });
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ error: 'invalid_grant' });
    } finally {
      await shortSim.close();
    }
  });

  it('rejects a code after the default 300 s on the simulator clock', async () => {
    const { code, verifier } = await authorizedCode();
    sim.state.advanceClock(301);
    expect(await (await exchange(code, verifier)).json()).toMatchObject({ error: 'invalid_grant' });
  });

  it('answers 4709 when redirect_uri differs from the one used at authorize', async () => {
    const { code, verifier } = await authorizedCode();
    const res = await exchange(code, verifier, 'https://nbnacpffkajggpgikcajlfpemmpeghdj.chromiumapp.org/other');
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ reason: 'Redirect URI mismatch (4709)', error: 'invalid_request' });
  });

  it('rejects a wrong code_verifier', async () => {
    const { code } = await authorizedCode();
    const res = await exchange(code, pkcePair().verifier);
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: 'invalid_grant' });
  });

  it('rotates refresh tokens: the old refresh and access tokens stop working', async () => {
    const first = await connect(sim.baseUrl);
    const res = await refresh(first.refresh_token);
    expect(res.status).toBe(200);
    const second = (await res.json()) as TokenResponse;
    expect(second.refresh_token).not.toBe(first.refresh_token);
    expect(second.access_token).not.toBe(first.access_token);
    expect(second.scope).toBe(first.scope);

    const reuse = await refresh(first.refresh_token);
    expect(reuse.status).toBe(400);
    expect(await reuse.json()).toEqual({ reason: 'Invalid Token!', error: 'invalid_grant' });
    expect((await refresh('made-up')).status).toBe(400);

    expect(await (await api('/users/me/settings', first.access_token)).json()).toEqual({ code: 124, message: 'Invalid access token.' });
    expect((await api('/users/me/settings', second.access_token)).status).toBe(200);
    expect(sim.state.listGrants()[0]?.refreshGeneration).toBe(1);
  });

  it('revokes the earlier tokens of the same client when the user authorizes again', async () => {
    const first = await connect(sim.baseUrl);
    const second = await connect(sim.baseUrl);
    expect((await api('/users/me/settings', first.access_token)).status).toBe(401);
    expect((await refresh(first.refresh_token)).status).toBe(400);
    expect((await api('/users/me/settings', second.access_token)).status).toBe(200);
    expect(sim.state.listGrants().map((g) => g.revoked)).toEqual([true, false]);
  });

  it('answers 4706 for a confidential client without a secret, and accepts it with one', async () => {
    sim.state.configure({
      clients: [{ clientId: 'confidential', redirectUris: [DEFAULT_REDIRECT_URI], public: false, scopes: DEFAULT_SCOPES, clientSecret: 's3cret' }],
    });
    const pkce = pkcePair();
    const back = await consent(sim.baseUrl, { clientId: 'confidential', codeChallenge: pkce.challenge });
    const form = {
      grant_type: 'authorization_code',
      code: back.searchParams.get('code') ?? '',
      redirect_uri: DEFAULT_REDIRECT_URI,
      code_verifier: pkce.verifier,
      client_id: 'confidential',
    };
    const res = await postToken(sim.baseUrl, form);
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ reason: 'Client ID or client secret is missing (4706)', error: 'invalid_request' });

    const basic = `Basic ${Buffer.from('confidential:wrong').toString('base64')}`;
    expect((await postToken(sim.baseUrl, form, { headers: { authorization: basic } })).status).toBe(401);
    const withSecret = await postToken(sim.baseUrl, { ...form, client_secret: 's3cret' });
    expect(withSecret.status).toBe(200);
    expect(sim.state.tokenRequests.map((r) => r.hadAuthorizationHeader)).toEqual([false, true, false]);
  });

  it('answers invalid_client for an unknown client', async () => {
    const res = await postToken(sim.baseUrl, { grant_type: 'refresh_token', refresh_token: 'x', client_id: 'who' });
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ reason: 'Invalid client_id or client_secret', error: 'invalid_client' });
  });

  it('rejects parameters in the query string and non-form bodies', async () => {
    const { code, verifier } = await authorizedCode();
    const params = new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri: DEFAULT_REDIRECT_URI, code_verifier: verifier, client_id: DEFAULT_CLIENT_ID });
    const inQuery = await fetch(`${sim.baseUrl}/oauth/token?${params.toString()}`, { method: 'POST' });
    expect(inQuery.status).toBe(400);
    expect(await inQuery.json()).toMatchObject({ error: 'invalid_request' });

    const asJson = await fetch(`${sim.baseUrl}/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(Object.fromEntries(params)),
    });
    expect(asJson.status).toBe(400);
    // Neither attempt consumed the code.
    expect((await exchange(code, verifier)).status).toBe(200);
  });

  it('revokes a grant with the public client, or refuses without Basic auth when so configured', async () => {
    const tokens = await connect(sim.baseUrl);
    const revoke = (token: string): Promise<Response> =>
      fetch(`${sim.baseUrl}/oauth/revoke`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ token, client_id: DEFAULT_CLIENT_ID }),
      });

    sim.state.configure({ revokeRequiresBasicAuth: true });
    const refused = await revoke(tokens.refresh_token);
    expect(refused.status).toBe(401);
    expect(await refused.json()).toEqual({ reason: 'Invalid client_id or client_secret', error: 'invalid_client' });
    expect((await api('/users/me/settings', tokens.access_token)).status).toBe(200);

    sim.state.configure({ revokeRequiresBasicAuth: false });
    const ok = await revoke(tokens.refresh_token);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ status: 'success' });
    expect((await api('/users/me/settings', tokens.access_token)).status).toBe(401);
    expect((await refresh(tokens.refresh_token)).status).toBe(400);
  });
});

describe('API authentication', () => {
  it('answers 124 for a missing, unknown, revoked or expired token', async () => {
    const invalid = { code: 124, message: 'Invalid access token.' };
    expect(await (await api('/users/me/settings', undefined)).json()).toEqual(invalid);
    const unknown = await api('/users/me/settings', 'not-a-token');
    expect(unknown.status).toBe(401);
    expect(await unknown.json()).toEqual(invalid);

    const tokens = await connect(sim.baseUrl);
    sim.state.expireTokens();
    const expired = await api('/users/me/settings', tokens.access_token);
    expect(expired.status).toBe(401);
    expect(await expired.json()).toEqual({ code: 124, message: 'Access token is expired.' });
    // Expiry leaves the refresh token usable.
    const renewed = (await (await refresh(tokens.refresh_token)).json()) as TokenResponse;
    expect((await api('/users/me/settings', renewed.access_token)).status).toBe(200);

    await control('revoke-grants', 'POST');
    expect(await (await api('/users/me/settings', renewed.access_token)).json()).toEqual(invalid);
    expect((await refresh(renewed.refresh_token)).status).toBe(400);
  });

  it('expires access tokens after accessTokenTtlSec on the simulator clock', async () => {
    const { access_token } = sim.state.issueTokens();
    sim.state.advanceClock(3600);
    expect(await (await api('/users/me/settings', access_token)).json()).toMatchObject({ message: 'Access token is expired.' });
  });

  it('answers 4711 naming the missing scope', async () => {
    sim.state.configure({ clients: [{ clientId: DEFAULT_CLIENT_ID, redirectUris: [DEFAULT_REDIRECT_URI], public: true, scopes: DEFAULT_SCOPES.filter((s) => s !== 'meeting:update:meeting') }] });
    const tokens = await connect(sim.baseUrl);
    expect(tokens.scope).not.toContain('meeting:update:meeting');
    const meeting = await createMeeting(tokens.access_token);
    const res = await api(`/meetings/${meeting.id}`, tokens.access_token, { method: 'PATCH', body: { topic: 'x' } });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ code: 4711, message: 'Invalid access token, does not contain scopes:[meeting:update:meeting].' });
  });
});

describe('meetings', () => {
  let token: string;
  beforeEach(() => {
    token = sim.state.issueTokens().access_token;
  });

  it('creates, reads, updates and deletes a meeting', async () => {
    const created = await createMeeting(token);
    expect(typeof created.id).toBe('number');
    expect(String(created.id)).toMatch(/^\d{10,11}$/);
    expect(created).toMatchObject({
      topic: '定例会議',
      type: 2,
      status: 'waiting',
      duration: 60,
      timezone: 'Asia/Tokyo',
      agenda: 'Weekly sync',
      host_email: 'sim.user@example.com',
      // 10:00 in Tokyo is 01:00 UTC, answered in Zoom's UTC form.
      start_time: '2030-04-01T01:00:00Z',
    });
    expect(created.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    // The account requires a passcode (6 characters): one is generated.
    expect(created.password).toMatch(/^[a-zA-Z0-9@\-_*]{6}$/);
    expect(created.pstn_password).toMatch(/^\d{6,}$/);
    expect(created.join_url).toBe(`${sim.baseUrl}/j/${created.id}?pwd=${created.encrypted_password}`);
    expect(created.start_url).toContain(`/s/${created.id}`);
    expect(created.settings).toMatchObject({ host_video: true, waiting_room: false, alternative_hosts: 'bob.brown@example.com', join_before_host: false });
    const numbers = created.settings.global_dial_in_numbers as Array<Record<string, string>>;
    expect(numbers).toContainEqual({ country: 'JP', country_name: 'Japan', city: 'Tokyo', number: '+81 3 4578 1488', type: 'toll' });
    expect(numbers.every((n) => n.type === 'toll')).toBe(true);

    const read = await api(`/meetings/${created.id}`, token);
    expect(read.status).toBe(200);
    expect(await read.json()).toEqual(created);

    const patch = await api(`/meetings/${created.id}`, token, {
      method: 'PATCH',
      body: { topic: 'Renamed', start_time: '2030-04-02T09:30:00Z', duration: 45, settings: { mute_upon_entry: true } },
    });
    expect(patch.status).toBe(204);
    expect(await patch.text()).toBe('');
    const updated = (await (await api(`/meetings/${created.id}`, token)).json()) as Meeting;
    expect(updated).toMatchObject({ topic: 'Renamed', start_time: '2030-04-02T09:30:00Z', duration: 45, agenda: 'Weekly sync', password: created.password });
    // Settings merge deeply: earlier values survive.
    expect(updated.settings).toMatchObject({ mute_upon_entry: true, host_video: true, alternative_hosts: 'bob.brown@example.com' });

    const del = await api(`/meetings/${created.id}?schedule_for_reminder=false&cancel_meeting_reminder=true`, token, { method: 'DELETE' });
    expect(del.status).toBe(204);
    const gone = await api(`/meetings/${created.id}`, token);
    expect(gone.status).toBe(404);
    expect(await gone.json()).toEqual({ code: 3001, message: `Meeting does not exist: ${created.id}.` });
    expect((await api(`/meetings/${created.id}`, token, { method: 'DELETE' })).status).toBe(404);
    expect((await api(`/meetings/${created.id}`, token, { method: 'PATCH', body: { topic: 'x' } })).status).toBe(404);

    const listed = (await (await control('meetings')).json()) as { live: Meeting[]; deleted: Meeting[] };
    expect(listed.live).toEqual([]);
    expect(listed.deleted.map((m) => m.id)).toEqual([created.id]);
  });

  it('lists the user’s meetings with Zoom’s paging (next_page_token) and the spec’s (page_number), and checks the query', async () => {
    for (let i = 0; i < 5; i++) await createMeeting(token, { ...meetingBody, topic: `Listed ${i}` });
    const lister = sim.state.issueTokens({ scopes: ['meeting:read:list_meetings'] }).access_token;
    const page = async (query: string) => (await api(`/users/me/meetings?${query}`, lister)).json() as Promise<{ meetings: Meeting[]; next_page_token: string; total_records: number; page_number: number; page_count: number }>;

    const first = await page('type=scheduled&page_size=2');
    expect(first).toMatchObject({ total_records: 5, page_count: 3, page_number: 1 });
    expect(first.meetings).toHaveLength(2);
    expect(Object.keys(first.meetings[0]!).sort()).toEqual(['agenda', 'created_at', 'duration', 'host_id', 'id', 'join_url', 'start_time', 'timezone', 'topic', 'type']);
    const second = await page(`type=scheduled&page_size=2&next_page_token=${first.next_page_token}`);
    const third = await page(`type=scheduled&page_size=2&next_page_token=${second.next_page_token}`);
    expect(third.next_page_token).toBe('');
    expect([...first.meetings, ...second.meetings, ...third.meetings].map((m) => m.topic).sort()).toEqual(['Listed 0', 'Listed 1', 'Listed 2', 'Listed 3', 'Listed 4']);
    expect((await page('type=scheduled&page_size=2&page_number=3')).meetings.map((m) => m.id)).toEqual(third.meetings.map((m) => m.id));

    for (const bad of ['type=everything', 'page_size=301', 'page_size=0', 'page_number=0', 'next_page_token=forged']) {
      const res = await api(`/users/me/meetings?${bad}`, lister);
      expect(res.status, bad).toBe(400);
      expect(await res.json()).toMatchObject({ code: 300 });
    }
    const plain = sim.state.issueTokens().access_token; // without the list scope
    expect(await (await api('/users/me/meetings', plain)).json()).toMatchObject({ code: 4711 });
  });

  it('rejects bodies that break the spec types with code 300', async () => {
    const cases: Array<[unknown, string]> = [
      [{ ...meetingBody, duration: '60' }, 'duration'],
      [{ ...meetingBody, duration: 60.5 }, 'duration'],
      [{ ...meetingBody, type: 5 }, 'type'],
      [{ ...meetingBody, topic: 42 }, 'topic'],
      [{ ...meetingBody, settings: { auto_recording: 'disk' } }, 'settings.auto_recording'],
      [{ ...meetingBody, settings: { audio: 'phone' } }, 'settings.audio'],
      [{ ...meetingBody, settings: { host_video: 'true' } }, 'settings.host_video'],
      [{ ...meetingBody, settings: { meeting_invitees: [{ email: 1 }] } }, 'settings.meeting_invitees[0].email'],
      [{ ...meetingBody, password: 'longer-than-10' }, 'password'],
      [{ ...meetingBody, password: 'pass word' }, 'password'],
      [{ ...meetingBody, start_time: '2030-04-01 10:00' }, 'start_time'],
      [{ ...meetingBody, timezone: 'Mars/Olympus' }, 'timezone'],
      [{ ...meetingBody, agenda: null }, 'agenda'],
    ];
    for (const [body, field] of cases) {
      const res = await api('/users/me/meetings', token, { method: 'POST', body });
      expect(res.status, field).toBe(400);
      expect(await res.json(), field).toEqual({ code: 300, message: 'Validation Failed.', errors: [{ field, message: 'Invalid field.' }] });
    }
    const patch = await api(`/meetings/${(await createMeeting(token)).id}`, token, { method: 'PATCH', body: { duration: '30' } });
    expect(await patch.json()).toMatchObject({ code: 300, errors: [{ field: 'duration' }] });
    expect(sim.state.listMeetings().live).toHaveLength(1);
  });

  it('answers 300 to malformed JSON and non-object bodies', async () => {
    for (const rawBody of ['{"topic":', '[1,2]', '']) {
      const res = await api('/users/me/meetings', token, { method: 'POST', rawBody });
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ code: 300 });
    }
    expect(sim.state.listMeetings().live).toHaveLength(0);
  });

  it('accepts fields newer than the spec, a valid passcode, and the user id or email in the path', async () => {
    const viaEmail = await api('/users/sim.user%40example.com/meetings', token, {
      method: 'POST',
      body: { ...meetingBody, password: 'Ab1@-_*', brand_new_field: { anything: true }, settings: { jbh_time: 5, continuous_meeting_chat: { enable: true } } },
    });
    expect(viaEmail.status).toBe(201);
    const m = (await viaEmail.json()) as Meeting;
    expect(m.password).toBe('Ab1@-_*');
    expect(m.settings.jbh_time).toBe(5);

    const unknownUser = await api('/users/nobody@example.com/meetings', token, { method: 'POST', body: meetingBody });
    expect(unknownUser.status).toBe(404);
    expect(await unknownUser.json()).toMatchObject({ code: 1001 });
  });

  it('applies the account passcode rules and settings defaults', async () => {
    sim.state.configure({
      userSettings: { schedule_meeting: { meeting_password_requirement: { length: 8, only_allow_numeric: true }, audio_type: 'voip' } },
    });
    const m = await createMeeting(token, { topic: 't', type: 2, start_time: '2030-01-01T00:00:00Z', duration: 30 });
    expect(m.password).toMatch(/^\d{8}$/);
    expect(m.settings.audio).toBe('voip');
    expect(m.settings.global_dial_in_numbers).toEqual([]);
    expect(m.settings.waiting_room).toBe(true);
    expect(m.timezone).toBe('Asia/Tokyo');

    const short = await api('/users/me/meetings', token, { method: 'POST', body: { ...meetingBody, password: '1234' } });
    expect(short.status).toBe(400);
    expect(await short.json()).toMatchObject({ code: 300, errors: [{ field: 'password' }] });
  });

  it('serves the user settings, changeable through the control surface', async () => {
    const settings = (await (await api('/users/me/settings', token)).json()) as Record<string, Record<string, unknown>>;
    expect(settings.schedule_meeting).toMatchObject({
      require_password_for_scheduling_new_meetings: true,
      use_pmi_for_scheduled_meetings: false,
      meeting_password_requirement: { length: 6, only_allow_numeric: false, consecutive_characters_length: 0 },
    });
    expect(settings.in_meeting?.waiting_room).toBe(true);
    expect(settings.recording?.auto_recording).toBe('none');

    const res = await control('config', 'POST', { userSettings: { recording: { auto_recording: 'cloud' } } });
    expect(res.status).toBe(200);
    const after = (await (await api('/users/me/settings', token)).json()) as Record<string, Record<string, unknown>>;
    expect(after.recording).toMatchObject({ auto_recording: 'cloud', local_recording: true });
  });

  it('answers 404 Zoom-style to an unknown route and serves the join page', async () => {
    const res = await api('/nothing/here', token);
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ code: 404, message: 'Not found' });

    const m = await createMeeting(token);
    const join = await fetch(m.join_url);
    expect(join.status).toBe(200);
    expect(await join.text()).toContain('Join meeting');
    expect((await fetch(`${sim.baseUrl}/j/123`)).status).toBe(404);
  });
});

describe('contacts', () => {
  it('pages through the company directory with next_page_token', async () => {
    const { access_token } = sim.state.issueTokens();
    const seen: Array<{ email: string; first_name: string; last_name: string }> = [];
    let next = '';
    let pages = 0;
    do {
      const query = new URLSearchParams({ type: 'company', ...(next ? { next_page_token: next } : {}) });
      const res = await api(`/chat/users/me/contacts?${query.toString()}`, access_token);
      expect(res.status).toBe(200);
      const body = (await res.json()) as { contacts: typeof seen; page_size: number; next_page_token: string };
      expect(body.page_size).toBe(10);
      expect(body.contacts.length).toBeLessThanOrEqual(10);
      seen.push(...body.contacts);
      next = body.next_page_token;
      pages += 1;
    } while (next && pages < 10);
    expect(pages).toBe(3);
    expect(seen).toHaveLength(25);
    expect(new Set(seen.map((c) => c.email)).size).toBe(25);
    expect(seen).toContainEqual(expect.objectContaining({ email: 'taro.yamada@example.com', last_name: '山田', first_name: '太郎' }));

    const big = (await (await api('/chat/users/me/contacts?page_size=50', access_token)).json()) as { contacts: unknown[]; next_page_token: string };
    expect(big.contacts).toHaveLength(25);
    expect(big.next_page_token).toBe('');
    expect((await api('/chat/users/me/contacts?page_size=51', access_token)).status).toBe(400);
    expect((await api('/chat/users/me/contacts?next_page_token=garbage', access_token)).status).toBe(400);
    const external = (await (await api('/chat/users/me/contacts?type=external', access_token)).json()) as { contacts: Array<{ email: string }> };
    expect(external.contacts.length).toBeGreaterThan(0);
    expect(external.contacts.map((c) => c.email)).not.toContain('taro.yamada@example.com');
  });
});

describe('faults', () => {
  let token: string;
  beforeEach(() => {
    token = sim.state.issueTokens().access_token;
  });

  it('drop: the request fails and nothing is processed', async () => {
    const { id } = (await (await control('faults', 'POST', { kind: 'drop', method: 'POST', path: '/meetings$' })).json()) as { id: string };
    expect(id).toBeTruthy();
    await expect(api('/users/me/meetings', token, { method: 'POST', body: meetingBody })).rejects.toThrow();
    expect(sim.state.listMeetings().live).toHaveLength(0);
    expect(sim.state.requests.at(-1)).toMatchObject({ fault: 'drop', status: null });
    // times defaults to 1: the next call goes through.
    await createMeeting(token);
  });

  it('drop-after: the meeting is created but the answer is lost', async () => {
    sim.state.addFault({ kind: 'drop-after', path: '^/v2/users/me/meetings$' });
    await expect(api('/users/me/meetings', token, { method: 'POST', body: meetingBody })).rejects.toThrow();
    const live = sim.state.listMeetings().live;
    expect(live).toHaveLength(1);
    expect(live[0]?.topic).toBe('定例会議');
    expect(sim.state.requests.at(-1)).toMatchObject({ fault: 'drop-after', status: null, processedStatus: 201 });
  });

  it('rate-limit: 429 with Zoom headers, and no processing', async () => {
    sim.state.addFault({ kind: 'rate-limit', method: 'POST' });
    const res = await api('/users/me/meetings', token, { method: 'POST', body: meetingBody });
    expect(res.status).toBe(429);
    expect(await res.json()).toEqual({ code: 429, message: 'You have reached the maximum per-second rate limit for this API. Try again later.' });
    expect(res.headers.get('x-ratelimit-category')).toBe('Light');
    expect(res.headers.get('x-ratelimit-type')).toBe('QPS');
    expect(res.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(res.headers.get('x-ratelimit-limit')).toMatch(/^\d+$/);
    const retryAt = Date.parse(res.headers.get('retry-after') ?? '');
    expect(retryAt - Date.now()).toBeGreaterThan(20_000);
    expect(sim.state.listMeetings().live).toHaveLength(0);

    sim.state.addFault({ kind: 'rate-limit', rateLimitType: 'Daily-limit', retryAfter: '120' });
    const daily = await api('/users/me/settings', token);
    expect(daily.headers.get('x-ratelimit-type')).toBe('Daily-limit');
    expect(daily.headers.get('retry-after')).toBe('120');
  });

  it('malformed-json: 200 with a body that does not parse', async () => {
    sim.state.addFault({ kind: 'malformed-json', path: '/settings$' });
    const res = await api('/users/me/settings', token);
    expect(res.status).toBe(200);
    await expect(res.json()).rejects.toThrow();
  });

  it('status: the given status instead of the answer', async () => {
    sim.state.addFault({ kind: 'status', status: 503, times: 2 });
    expect((await api('/users/me/settings', token)).status).toBe(503);
    expect((await postToken(sim.baseUrl, { grant_type: 'refresh_token', refresh_token: 'x', client_id: DEFAULT_CLIENT_ID })).status).toBe(503);
    expect((await api('/users/me/settings', token)).status).toBe(200);
  });

  it('latency: delays, then answers normally; times 0 means forever until cleared', async () => {
    sim.state.addFault({ kind: 'latency', latencyMs: 150, times: 0, path: '/settings$' });
    for (let i = 0; i < 2; i++) {
      const started = performance.now();
      const res = await api('/users/me/settings', token);
      expect(res.status).toBe(200);
      expect(performance.now() - started).toBeGreaterThanOrEqual(140);
    }
    expect((await control('faults', 'DELETE')).status).toBe(204);
    const started = performance.now();
    await api('/users/me/settings', token);
    expect(performance.now() - started).toBeLessThan(140);
  });

  it('matches faults by method and path only', async () => {
    sim.state.addFault({ kind: 'status', status: 500, method: 'DELETE', path: '^/v2/meetings/' });
    const m = await createMeeting(token);
    expect((await api(`/meetings/${m.id}`, token)).status).toBe(200);
    expect((await api(`/meetings/${m.id}`, token, { method: 'DELETE' })).status).toBe(500);
    expect(sim.state.listMeetings().live).toHaveLength(1);
  });

  it('rejects a malformed fault spec', async () => {
    expect((await control('faults', 'POST', { kind: 'explode' })).status).toBe(400);
    expect((await control('faults', 'POST', { kind: 'drop', path: '(' })).status).toBe(400);
    expect((await control('faults', 'POST', { kind: 'status' })).status).toBe(400);
  });
});

describe('control surface over HTTP', () => {
  it('records requests, lists grants, resets', async () => {
    const tokens = (await (await control('issue-tokens', 'POST', { scopes: ['user:read:settings'] })).json()) as TokenResponse;
    expect(tokens.scope).toBe('user:read:settings');
    await api('/users/me/settings?x=1', tokens.access_token);

    const requests = (await (await control('requests')).json()) as Array<{ method: string; path: string; query: Record<string, string>; headers: Record<string, string>; status: number }>;
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({ method: 'GET', path: '/v2/users/me/settings', query: { x: '1' }, status: 200 });
    expect(requests[0]?.headers.authorization).toBe(`Bearer ${tokens.access_token}`);
    expect((await control('requests', 'DELETE')).status).toBe(204);
    expect(await (await control('requests')).json()).toEqual([]);

    const grants = (await (await control('grants')).json()) as Array<{ scopes: string[]; refreshGeneration: number; accessTokenExpired: boolean }>;
    expect(grants).toEqual([expect.objectContaining({ scopes: ['user:read:settings'], refreshGeneration: 0, accessTokenExpired: false })]);
    await control('expire-tokens', 'POST');
    expect(((await (await control('grants')).json()) as typeof grants)[0]?.accessTokenExpired).toBe(true);

    await control('config', 'POST', { clients: [{ clientId: 'other', redirectUris: ['https://x.example/'], public: true, scopes: ['user:read:settings'] }] });
    expect((await control('reset', 'POST')).status).toBe(204);
    expect(await (await control('grants')).json()).toEqual([]);
    const config = (await (await control('config')).json()) as { clients: Array<{ clientId: string }> };
    expect(config.clients.map((c) => c.clientId)).toEqual(['other']);
    expect((await control('config', 'POST', { clients: 'nope' })).status).toBe(400);
  });
});

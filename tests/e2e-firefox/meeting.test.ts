import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contentScriptStorage, extensionStorage, forgetZoomConnection } from '../harness/extension-storage';
import type { FirefoxSession } from '../harness/firefox';
import type { Stack } from '../harness/stack';
import { answerConsent, clickZoomAndConsent, NAMES, openNewMeeting, waitForJoinUrl } from '../harness/ui/flows';
import type { UiPage } from '../harness/ui/types';
import { useFirefoxStack } from '../harness/use-stack';

const en = NAMES.en;
let stack: Stack<FirefoxSession>;
let page: UiPage;

useFirefoxStack((s) => (stack = s));
beforeEach(async () => {
  stack.sim.state.reset();
  await forgetZoomConnection(stack.session);
  page = await stack.session.newPage(stack.ontime.url);
});
afterEach(async () => {
  await page.close();
});

describe('create a Zoom meeting from the OnTime editor (real Firefox ESR, simulator)', () => {
  it('consents, confirms the settings, writes the join URL and invitation, and Save keeps them', async () => {
    await openNewMeeting(page, 'Quarterly planning');
    const dialog = await clickZoomAndConsent(stack.session, page);
    await dialog.clickButton(en.ok);
    const joinUrl = await waitForJoinUrl(page);

    const { live } = stack.sim.state.listMeetings();
    expect(live).toHaveLength(1);
    expect(joinUrl).toBe(live[0]!.join_url);
    expect(live[0]!.topic).toBe('Quarterly planning');
    const body = await page.value(en.body);
    expect(body).toContain(joinUrl);
    expect(body).toMatch(/Meeting ID: \d{3} \d{3,4} \d{4}/);
    expect(stack.sim.state.tokenRequests.every((r) => !r.hadAuthorizationHeader)).toBe(true);
    // Firefox's own redirect URL went to Zoom (the simulator's default client accepts it).
    const authorize = stack.sim.state.requests.find((r) => r.path === '/oauth/authorize');
    expect(authorize?.query.redirect_uri).toMatch(/^https:\/\/[0-9a-f]{40}\.extensions\.allizom\.org\//);

    await page.clickButton(en.save);
    await expect.poll(() => stack.ontime.events().filter((e) => e.location === joinUrl).length, { timeout: 10_000 }).toBe(1);
  });

  it('Deny keeps the draft, creates nothing and says so', async () => {
    await openNewMeeting(page, 'Denied meeting');
    await page.fill(en.body, 'My own notes');
    const popup = stack.session.nextPopup();
    await page.clickButton(en.zoom);
    await answerConsent(popup, 'Deny');
    await page.waitForRole('alert', 'Zoom access was not allowed');
    expect(await page.value(en.subject)).toBe('Denied meeting');
    expect(await page.value(en.body)).toBe('My own notes');
    expect(await page.value(en.location)).toBe('');
    expect(stack.sim.state.listMeetings().live).toHaveLength(0);
    expect(stack.sim.state.tokenRequests).toHaveLength(0);
  });

  it('a closed consent popup is a quiet cancel: draft kept, nothing created, no error shown', async () => {
    await openNewMeeting(page, 'Closed popup');
    const popup = stack.session.nextPopup();
    await page.clickButton(en.zoom);
    await answerConsent(popup, 'close');
    await expect.poll(() => page.buttonAttribute(en.zoom, 'aria-busy'), { timeout: 10_000 }).toBe('false');
    expect(await page.countRole('alert', /\S/)).toBe(0); // the live region is always there, empty
    expect(await page.value(en.subject)).toBe('Closed popup');
    expect(stack.sim.state.listMeetings().live).toHaveLength(0);
    expect(stack.sim.state.tokenRequests).toHaveLength(0);
  });
});

describe('the Zoom tokens (real Firefox ESR, which has no storage access levels)', () => {
  it('content-script code finds no refresh token in storage.local, storage.session or the page’s IndexedDB, while the extension holds one', async () => {
    await openNewMeeting(page, 'Tokens');
    await (await clickZoomAndConsent(stack.session, page)).clickButton(en.cancel);
    const grant = stack.sim.state.listGrants().find((g) => !g.revoked);
    expect(grant?.refreshToken).toMatch(/\S{8,}/);

    const mine = await extensionStorage(stack.session);
    expect([mine.local, ...mine.indexedDb].join('\n')).toContain(grant!.refreshToken);

    // Match patterns leave the port out: http://localhost/* is the OnTime tab (the simulator is 127.0.0.1).
    const { protocol, hostname } = new URL(stack.ontime.url);
    const seen = await contentScriptStorage(stack.session, `${protocol}//${hostname}/*`);
    for (const text of [seen.local, seen.session, ...seen.indexedDb]) {
      expect(text).not.toContain(grant!.refreshToken);
      expect(text).not.toContain(grant!.accessToken);
    }
  });
});

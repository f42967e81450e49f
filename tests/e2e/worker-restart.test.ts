import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { currentWorker, stopServiceWorker } from '../harness/browser';
import { clickZoomAndConsent, openNewMeeting, zoomButton } from '../harness/flows';
import type { Stack } from '../harness/stack';
import { useStack } from '../harness/use-stack';
import { clearGrant, readGrant, expireGrant } from '../harness/zoom-grant';

let stack: Stack;
let page: Page;

useStack((s) => (stack = s));
beforeEach(async () => {
  stack.sim.state.reset();
  await clearGrant(await currentWorker(stack.browser));
  page = await stack.browser.context.newPage();
  await page.goto(stack.ontime.url);
});

const settingsDialog = () => page.getByRole('dialog', { name: 'Zoom meeting settings' });
const connection = async () =>
  readGrant(await currentWorker(stack.browser));

describe('a service worker stopped at the worst moment (real stop via chrome://serviceworker-internals)', () => {
  it('stopped in the middle of a refresh: the next answer still comes, connected, with no consent window', async () => {
    await openNewMeeting(page, 'Mid-refresh');
    await (await clickZoomAndConsent(stack.browser.context, page)).getByRole('button', { name: 'Cancel' }).click();
    await expireGrant(await currentWorker(stack.browser));
    const before = (await connection())!.refreshToken;
    stack.sim.state.addFault({ path: '^/oauth/token$', kind: 'latency', latencyMs: 2500 });
    const popups: string[] = [];
    stack.browser.context.on('page', (p) => popups.push(p.url()));

    await zoomButton(page).click();
    await expect.poll(() => stack.sim.state.requests.filter((r) => r.path === '/oauth/token').length, { timeout: 5000 }).toBeGreaterThan(0);
    await stopServiceWorker(stack.browser); // the refresh is on its way; its answer will find no one

    await settingsDialog().waitFor({ timeout: 30_000 });
    const after = await connection();
    expect(after).not.toBeNull();
    expect(after!.refreshToken).not.toBe(before);
    expect(popups.filter((u) => u.includes('/oauth/authorize'))).toEqual([]);
  });

  it('stopped between Allow and the token exchange: one Allow is enough, and it ends connected', async () => {
    await openNewMeeting(page, 'Mid-consent');
    const popupOpened = stack.browser.context.waitForEvent('page');
    await zoomButton(page).click();
    const popup = await popupOpened;
    await popup.getByRole('button', { name: 'Allow', exact: true }).waitFor();
    await stopServiceWorker(stack.browser);
    await popup.getByRole('button', { name: 'Allow', exact: true }).click();

    await settingsDialog().waitFor({ timeout: 40_000 });
    expect(await connection()).not.toBeNull();
    expect(stack.sim.state.listGrants().filter((g) => !g.revoked)).toHaveLength(1);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FirefoxSession } from '../harness/firefox';
import { startFirefoxStack, type Stack } from '../harness/stack';
import { clickZoomAndConsent, NAMES, openNewMeeting, openOptions, waitForJoinUrl } from '../harness/ui/flows';
import { DEFAULT_CLIENT_ID } from '../harness/zoom-simulator/index';
import { canWriteFirefoxPolicy, removeFirefoxPolicy, writeFirefoxPolicy } from './policy-file';

let stack: Stack<FirefoxSession> | undefined;

describe.skipIf(!canWriteFirefoxPolicy())('enterprise policy (Firefox policies.json, real Firefox ESR)', () => {
  beforeAll(async () => {
    try {
      stack = await startFirefoxStack({
        configure: false,
        beforeBrowser: (sim, ontime) =>
          writeFirefoxPolicy({
            clientId: DEFAULT_CLIENT_ID,
            zoomDomain: 'custom',
            customOAuthBase: sim.oauthBase,
            customApiBase: sim.apiBase,
            ontimeAddresses: [ontime.url],
            linkTarget: 'both',
          }),
      });
    } finally {
      // Firefox read it at start: remove it now, so no later browser sees it, even if this file fails.
      removeFirefoxPolicy();
    }
  });
  afterAll(async () => {
    removeFirefoxPolicy();
    await stack?.close();
  });

  it('uses the policy values, shows them locked, and a meeting can be created on the address it names', async () => {
    const { session, sim, ontime } = stack!;
    const options = await openOptions(session);
    await expect.poll(() => options.value('Client ID')).toBe(DEFAULT_CLIENT_ID);
    expect(await options.isDisabled('Client ID')).toBe(true);
    expect(await options.isDisabled('OnTime web addresses')).toBe(true);
    expect((await options.text()).split('Set by your administrator').length - 1).toBeGreaterThanOrEqual(4);
    await options.close();

    const page = await session.newPage(ontime.url);
    await openNewMeeting(page, 'Deployed by policy');
    const dialog = await clickZoomAndConsent(session, page);
    await dialog.clickButton(NAMES.en.ok);
    const joinUrl = await waitForJoinUrl(page);
    expect(sim.state.listMeetings().live.map((m) => m.join_url)).toEqual([joinUrl]);
  });
});

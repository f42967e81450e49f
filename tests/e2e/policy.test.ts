import { mkdirSync, rmSync, writeFileSync, accessSync, constants } from 'node:fs';
import { dirname } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickZoomAndConsent, openNewMeeting, waitForJoinUrl } from '../harness/flows';
import { startStack, type Stack } from '../harness/stack';
import { DEFAULT_CLIENT_ID } from '../harness/zoom-simulator/index';
import { POLICY_FILE } from './policy-file';

const EXTENSION_ID = 'nbnacpffkajggpgikcajlfpemmpeghdj';

function canWritePolicy(): boolean {
  try {
    mkdirSync(dirname(POLICY_FILE), { recursive: true });
    accessSync(dirname(POLICY_FILE), constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

let stack: Stack;

describe.skipIf(!canWritePolicy())('enterprise policy (Chromium managed policy file, real browser)', () => {
  beforeAll(async () => {
    stack = await startStack({
      configure: false,
      beforeBrowser: (sim, ontime) => {
        const policy = {
          clientId: DEFAULT_CLIENT_ID,
          zoomDomain: 'custom',
          customOAuthBase: sim.oauthBase,
          customApiBase: sim.apiBase,
          ontimeAddresses: [ontime.url],
          linkTarget: 'both',
        };
        writeFileSync(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [EXTENSION_ID]: policy } } }));
      },
    });
  });
  afterAll(async () => {
    rmSync(POLICY_FILE, { force: true });
    await stack?.close();
  });

  it('uses the policy values, shows them locked, and a meeting can be created on the address it names', async () => {
    const options = await stack.browser.context.newPage();
    await options.goto(`chrome-extension://${stack.browser.extensionId}/options.html`);
    const clientId = options.getByLabel('Client ID');
    await expect.poll(() => clientId.inputValue()).toBe(DEFAULT_CLIENT_ID);
    expect(await clientId.isDisabled()).toBe(true);
    expect(await options.getByLabel('OnTime web addresses').isDisabled()).toBe(true);
    expect(await options.getByText('Set by your administrator').count()).toBeGreaterThanOrEqual(4);
    await options.close();

    const page = await stack.browser.context.newPage();
    await page.goto(stack.ontime.url);
    const editor = await openNewMeeting(page, 'Deployed by policy');
    const dialog = await clickZoomAndConsent(stack.browser.context, page);
    await dialog.getByRole('button', { name: 'OK' }).click();
    const joinUrl = await waitForJoinUrl(editor);
    expect(stack.sim.state.listMeetings().live.map((m) => m.join_url)).toEqual([joinUrl]);
  });
});

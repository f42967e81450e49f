import { describe, expect, it } from 'vitest';
import { DEFAULT_CLIENT_ID } from '../harness/zoom-simulator/index';
import { configureViaOptions } from '../harness/ui/flows';
import type { Stack } from '../harness/stack';
import { useStack } from '../harness/use-stack';

// OnTime tabs already open when the admin saves the OnTime address: the script reaches them
// without a reload, in every frame (an editor may live in a frame of the same address).
let stack: Stack;
useStack((s) => (stack = s), { configure: false });

describe('an OnTime tab open before its address is saved', () => {
  it('gets the Zoom button without a reload, also in an editor frame that was already loaded', async () => {
    const page = await stack.browser.context.newPage();
    await page.goto(`${stack.ontime.url}?variant=frame`);
    await page.getByRole('button', { name: 'New meeting', exact: true }).click();
    const frame = page.frameLocator('iframe');
    await frame.getByLabel('Subject', { exact: true }).fill('Open before the grant');
    expect(await frame.getByRole('button', { name: 'Online meeting: Zoom', exact: true }).count()).toBe(0);

    const options = await configureViaOptions(stack.session, {
      clientId: DEFAULT_CLIENT_ID,
      oauthBase: stack.sim.oauthBase,
      apiBase: stack.sim.apiBase,
      ontimeAddresses: [stack.ontime.url],
    });
    await options.close();

    await frame.getByRole('button', { name: 'Online meeting: Zoom', exact: true }).waitFor({ timeout: 10_000 });
    expect(await frame.getByLabel('Subject', { exact: true }).inputValue()).toBe('Open before the grant');
    expect(await page.evaluate('document.querySelectorAll("ontime-zoom-control").length')).toBe(0);
  });
});

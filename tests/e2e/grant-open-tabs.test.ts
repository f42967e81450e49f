import { describe, expect, it } from 'vitest';
import { DEFAULT_CLIENT_ID } from '../harness/zoom-simulator/index';
import { configureViaOptions } from '../harness/ui/flows';
import { createMeetingInEditor, openNewMeeting, zoomButton } from '../harness/flows';
import { currentWorker } from '../harness/browser';
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

  it('a second copy of the script injected into the open tab (as after a grant) takes over: one button, and one toast for one Cancel', async () => {
    const page = await stack.browser.context.newPage();
    await page.goto(stack.ontime.url);
    await openNewMeeting(page, 'Before the second copy');
    await zoomButton(page).waitFor();
    const before = await page.evaluate('document.querySelector("ontime-zoom-control")?.dataset.instance');
    const worker = await currentWorker(stack.browser);
    const url = page.url();
    await worker.evaluate(`(async () => {
      // Every OnTime tab of this file (earlier tests left theirs open), the one under test among them.
      for (const tab of await chrome.tabs.query({ url: ${JSON.stringify(url.split('?')[0] + '*')} })) {
        await chrome.scripting.executeScript({ target: { tabId: tab.id }, files: ['/content-scripts/ontime.js'] });
      }
    })()`);
    // The new copy has taken over once the control in the open editor is its own.
    await expect.poll(() => page.evaluate('document.querySelector("ontime-zoom-control")?.dataset.instance'), { timeout: 10_000 }).not.toBe(before);
    await page.getByRole('dialog').getByRole('button', { name: 'Cancel', exact: true }).click();
    const { editor } = await createMeetingInEditor(stack.browser.context, page, 'After the second copy', { consent: 'auto' });
    expect(await zoomButton(page).count()).toBe(0); // the control now shows the meeting
    expect(await page.locator('ontime-zoom-control').count()).toBe(1);
    await editor.getByRole('button', { name: 'Cancel', exact: true }).click();
    const toast = page.locator('ontime-zoom-toast').filter({ hasText: 'closed without saving' });
    await toast.first().waitFor({ timeout: 3_000 });
    await page.waitForTimeout(500);
    expect(await toast.count()).toBe(1);
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { clickZoomAndConsent, openNewMeeting, zoomButton } from '../harness/flows';
import type { Stack } from '../harness/stack';
import { useStack } from '../harness/use-stack';

let stack: Stack;
let page: Page;

useStack((s) => (stack = s));

beforeEach(async () => {
  stack.sim.state.reset();
  page = await stack.browser.context.newPage();
  await page.goto(stack.ontime.url);
});

// The worker refuses to inject the on-demand part, as when the tab navigated meanwhile.
const refuseThePart = `(() => {
  const original = chrome.scripting.executeScript;
  globalThis.__restoreExecuteScript = () => (chrome.scripting.executeScript = original);
  chrome.scripting.executeScript = (injection) =>
    injection.files?.some((f) => f.includes('ontime-part')) ? Promise.reject(new Error('Frame with ID 0 was removed.')) : original.call(chrome.scripting, injection);
})()`;

describe('the on-demand part (settings dialog) of the page script', () => {
  it('could not be loaded: the click says so, the draft is untouched, nothing is made; the next click loads it', async () => {
    // Connected first, so that the click below needs no consent.
    await openNewMeeting(page, 'Connect first');
    await (await clickZoomAndConsent(stack.browser.context, page, { consent: 'auto' })).getByRole('button', { name: 'Cancel' }).click();

    await stack.browser.worker.evaluate(refuseThePart);
    try {
      await page.reload();
      const editor = await openNewMeeting(page, 'No dialog code');
      await editor.getByLabel(/^(Description|Body)/).fill('My own notes');
      await zoomButton(page).click();
      await page.getByRole('alert').filter({ hasText: 'could not be loaded into this page' }).waitFor();
      expect(await zoomButton(page).getAttribute('aria-busy')).toBe('false');
      expect(await page.getByRole('dialog', { name: /Zoom/ }).count()).toBe(0);
      expect(await editor.getByLabel(/^(Description|Body)/).inputValue()).toBe('My own notes');
      expect(await editor.getByLabel('Location', { exact: true }).inputValue()).toBe('');
      expect(stack.sim.state.listMeetings().live).toHaveLength(0);
    } finally {
      await stack.browser.worker.evaluate('globalThis.__restoreExecuteScript?.()');
    }

    // Injection works again: the click loads the part and the dialog opens.
    const dialog = await clickZoomAndConsent(stack.browser.context, page, { consent: 'auto' });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(stack.sim.state.listMeetings().live).toHaveLength(0);
  });
});

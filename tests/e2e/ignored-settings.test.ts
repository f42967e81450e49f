import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { answerConsent } from '../harness/flows';
import type { Stack } from '../harness/stack';
import { useStack } from '../harness/use-stack';

let stack: Stack;
let options: Page;
let original: Record<string, unknown>;

useStack((s) => (stack = s));

const stored = () => stack.browser.worker.evaluate("chrome.storage.local.get('settings').then((r) => r.settings)") as Promise<Record<string, unknown>>;
const setStored = (settings: Record<string, unknown>) => stack.browser.worker.evaluate(`chrome.storage.local.set({ settings: ${JSON.stringify(settings)} })`);

/** Runs Test connection, answering Zoom's consent popup when one opens, and returns its top-level steps. */
async function runTestConnection() {
  const popup = stack.browser.context.waitForEvent('page', { timeout: 8_000 });
  await options.getByRole('button', { name: 'Test connection' }).click();
  await answerConsent(popup, 'Allow').catch(() => undefined); // already connected: no popup
  const steps = options.getByRole('list', { name: 'Test connection' });
  await steps.waitFor({ timeout: 20_000 });
  return steps.locator(':scope > li');
}

beforeEach(async () => {
  original = await stored();
  options = await stack.browser.context.newPage();
});
afterEach(async () => {
  await options.close();
  await setStored(original);
});

describe('stored settings that break the rules are ignored and reported (real Chromium)', () => {
  it('a bad stored linkTarget is ignored beside its field, the default stands, and Test connection names it first', async () => {
    await setStored({ ...original, linkTarget: 'everywhere' });
    await options.goto(`chrome-extension://${stack.browser.extensionId}/options.html`);
    await options.getByRole('note').filter({ hasText: 'Saved value ignored: Choose where to write the join link.' }).waitFor();
    expect(await options.getByLabel('Location and the invitation in the description').isChecked()).toBe(true);

    const steps = await runTestConnection();
    expect(await steps.first().innerText()).toMatch(/^Warning\s+Client ID entered\s+Where to write the join link \(saved on this page\) is ignored: Choose where to write the join link\./);
    // The rest keeps working: every later step passes, consent and Zoom calls included.
    expect((await steps.allInnerTexts()).slice(1)).toEqual([
      expect.stringMatching(/^OK\s+Permission for the OnTime addresses/),
      expect.stringMatching(/^OK\s+Zoom accepts this app/),
      expect.stringMatching(/^OK\s+Signed in to Zoom/),
      expect.stringMatching(/^OK\s+Reading your Zoom settings/),
      expect.stringMatching(/^OK\s+Scopes granted/),
    ]);
  });

  it('a string ontimeAddresses no longer breaks the worker: the options page says why and Test connection runs', async () => {
    await setStored({ ...original, ontimeAddresses: 'https://ontime.example.com/ontime/' });
    await options.goto(`chrome-extension://${stack.browser.extensionId}/options.html`);
    await options.getByRole('note').filter({ hasText: 'Saved value ignored: The OnTime web addresses must be a list of addresses, not: https://ontime.example.com/ontime/' }).waitFor();
    const steps = await runTestConnection();
    expect(await steps.first().innerText()).toMatch(/^Warning\s+Client ID entered\s+OnTime web addresses \(saved on this page\) is ignored/);
    // No OnTime address is left in force, which the permission step says; the Zoom steps still run.
    expect(await steps.nth(1).innerText()).toMatch(/^Failed\s+Permission for the OnTime addresses/);
    expect(await steps.nth(4).innerText()).toMatch(/^OK\s+Reading your Zoom settings/);
  });
});

describe('options page refuses wildcard OnTime addresses (real Chromium)', () => {
  it('https://*/ gets a clear error and nothing is saved', async () => {
    await options.goto(`chrome-extension://${stack.browser.extensionId}/options.html`);
    const before = await stored();
    await options.getByLabel('OnTime web addresses').fill('https://*/');
    await options.getByRole('button', { name: 'Save', exact: true }).click();
    await options.locator('.error').filter({ hasText: 'Wildcards (*) are not allowed in an OnTime web address' }).waitFor();
    await options.getByRole('status').filter({ hasText: 'Nothing was saved' }).waitFor();
    expect(await stored()).toEqual(before);
  });
});

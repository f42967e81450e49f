import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { answerConsent, clickZoomAndConsent, openNewMeeting, waitForJoinUrl } from '../harness/flows';
import type { Stack } from '../harness/stack';
import { useStack } from '../harness/use-stack';
import { clearGrant } from '../harness/zoom-grant';

let stack: Stack;
let options: Page;

useStack((s) => (stack = s));
beforeEach(async () => {
  stack.sim.state.reset();
  await clearGrant(stack.browser.worker);
  options = await stack.browser.context.newPage();
  await options.goto(`chrome-extension://${stack.browser.extensionId}/options.html`);
});

const saveAndWait = async (text: string) => {
  await options.getByRole('button', { name: 'Save', exact: true }).click();
  await options.getByRole('status').filter({ hasText: text }).waitFor();
};
const stored = () => stack.browser.worker.evaluate("chrome.storage.local.get('settings').then((r) => r.settings)") as Promise<Record<string, unknown>>;

describe('options page (real Chromium)', () => {
  it('round trip: fill, Save, reload, the values persist', async () => {
    await options.getByLabel('Location only').check();
    await options.getByText('Advanced: OnTime editor selectors').click();
    await options.getByRole('textbox', { name: 'Subject' }).fill('input[name="subject"]');
    await saveAndWait('Settings saved.');
    await options.reload();
    expect(await options.getByLabel('Client ID').inputValue()).toBe('sim-public-client');
    expect(await options.getByLabel('Location only').isChecked()).toBe(true);
    expect(await options.getByRole('textbox', { name: 'Subject' }).inputValue()).toBe('input[name="subject"]');
    expect(await options.getByLabel('OnTime web addresses').inputValue()).toBe(stack.ontime.url);
    // put the defaults back for the other tests
    await options.getByLabel('Location and the invitation in the description').check();
    await options.getByRole('textbox', { name: 'Subject' }).fill('');
    await saveAndWait('Settings saved.');
  });

  it.each([
    ['Client ID', 'not a client id!', 'Enter the Client ID from your Zoom app'],
    ['OnTime web addresses', 'ftp://ontime.example.com/', 'Not a valid web address: ftp://ontime.example.com/'],
    ['Zoom OAuth base URL', 'http://zoom.example.com', 'Not a valid base URL: http://zoom.example.com'],
  ])('an invalid %s gets a clear error and nothing is saved', async (label, value, message) => {
    const before = await stored();
    await options.getByLabel(label).fill(value);
    await options.getByRole('button', { name: 'Save', exact: true }).click();
    await options.locator('.error').filter({ hasText: message }).waitFor();
    await options.getByRole('status').filter({ hasText: 'Nothing was saved' }).waitFor();
    expect(await stored()).toEqual(before);
  });

  it('a bad selector override gets a clear error and nothing is saved', async () => {
    const before = await stored();
    await options.getByText('Advanced: OnTime editor selectors').click();
    await options.getByRole('textbox', { name: 'Location' }).fill('div[[bad');
    await options.getByRole('button', { name: 'Save', exact: true }).click();
    await options.locator('.error').filter({ hasText: 'Not a valid CSS selector: location: div[[bad' }).waitFor();
    expect(await stored()).toEqual(before);
  });
});

describe('Test connection reports each failing step with its fix', () => {
  const runTest = async () => {
    await options.getByRole('button', { name: 'Test connection' }).click();
    const steps = options.getByRole('list', { name: 'Test connection' });
    await steps.waitFor({ timeout: 20_000 });
    return steps;
  };
  const setStored = (patch: Record<string, unknown>) =>
    stack.browser.worker.evaluate(`chrome.storage.local.get('settings').then(({ settings }) => chrome.storage.local.set({ settings: { ...settings, ...${JSON.stringify(patch)} } }))`);

  it('all steps pass on a good setup (consent included)', async () => {
    const popup = stack.browser.context.waitForEvent('page');
    await options.getByRole('button', { name: 'Test connection' }).click();
    await answerConsent(popup, 'Allow');
    const steps = options.getByRole('list', { name: 'Test connection' });
    await steps.waitFor({ timeout: 20_000 });
    expect(await steps.getByRole('listitem').allInnerTexts()).toEqual([
      expect.stringMatching(/^OK\s+Client ID entered/),
      expect.stringMatching(/^OK\s+Permission for the OnTime addresses/),
      expect.stringMatching(/^OK\s+Zoom accepts this app/),
      expect.stringMatching(/^OK\s+Signed in to Zoom/),
      expect.stringMatching(/^OK\s+Reading your Zoom settings/),
      expect.stringMatching(/^OK\s+Scopes granted/),
    ]);
  });

  it('redirect URL not registered: names the URL to add', async () => {
    const [client] = stack.sim.state.config.clients;
    stack.sim.state.configure({ clients: [{ ...client!, redirectUris: ['https://elsewhere.example/'] }] });
    try {
      const steps = await runTest();
      await steps.getByRole('listitem').filter({ hasText: 'Zoom accepts this app' }).filter({ hasText: 'nbnacpffkajggpgikcajlfpemmpeghdj.chromiumapp.org' }).waitFor();
    } finally {
      stack.sim.state.configure({ clients: [client!] });
    }
  });

  it('public client off: says to turn on Public Client OAuth', async () => {
    const [client] = stack.sim.state.config.clients;
    stack.sim.state.configure({ clients: [{ ...client!, public: false }] });
    try {
      const popup = stack.browser.context.waitForEvent('page');
      await options.getByRole('button', { name: 'Test connection' }).click();
      await answerConsent(popup, 'Allow');
      const steps = options.getByRole('list', { name: 'Test connection' });
      await steps.getByRole('listitem').filter({ hasText: 'Signed in to Zoom' }).filter({ hasText: 'Use Public Client OAuth' }).waitFor({ timeout: 20_000 });
    } finally {
      stack.sim.state.configure({ clients: [client!] });
    }
  });

  it('scope missing: names the scope', async () => {
    const [client] = stack.sim.state.config.clients;
    stack.sim.state.configure({ clients: [{ ...client!, scopes: client!.scopes.filter((s) => s !== 'user:read:settings') }] });
    try {
      const popup = stack.browser.context.waitForEvent('page');
      await options.getByRole('button', { name: 'Test connection' }).click();
      await answerConsent(popup, 'Allow');
      const steps = options.getByRole('list', { name: 'Test connection' });
      await steps.getByRole('listitem').filter({ hasText: 'Reading your Zoom settings' }).filter({ hasText: 'user:read:settings' }).waitFor({ timeout: 20_000 });
      await steps.getByRole('listitem').filter({ hasText: 'Scopes granted' }).filter({ hasText: 'Warning' }).waitFor();
    } finally {
      stack.sim.state.configure({ clients: [client!] });
    }
  });

  it('permission missing and network failure: each names its fix', async () => {
    const before = await stored();
    try {
      await setStored({ ontimeAddresses: ['https://ontime.not-granted.example/ontime/'], customOAuthBase: 'http://127.0.0.1:9' });
      const steps = await runTest();
      await steps.getByRole('listitem').filter({ hasText: 'Permission for the OnTime addresses' }).filter({ hasText: 'https://ontime.not-granted.example/ontime/' }).waitFor();
      await steps.getByRole('listitem').filter({ hasText: 'Zoom accepts this app' }).filter({ hasText: 'Check your network connection' }).waitFor();
    } finally {
      await setStored(before);
    }
  });
});

describe('relay redirect URL', () => {
  let relay: Server;
  let relayUrl: string;
  beforeAll(async () => {
    const page = readFileSync(resolve(import.meta.dirname, '../../docs/relay/zoom-oauth-relay.html'));
    relay = createServer((_, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page));
    await new Promise<void>((r) => relay.listen(0, '127.0.0.1', r));
    relayUrl = `http://127.0.0.1:${(relay.address() as { port: number }).port}/zoom/relay.html`;
  });
  afterAll(() => new Promise<void>((r) => relay.close(() => r())));

  it('consent completes through the relay page and the token request uses the relay URL', async () => {
    const [client] = stack.sim.state.config.clients;
    stack.sim.state.configure({ clients: [{ ...client!, redirectUris: [relayUrl] }] });
    try {
      await options.getByText('Advanced: relay redirect URL').click();
      await options.getByLabel('Relay redirect URL').fill(relayUrl);
      await saveAndWait('Settings saved.');
      const page = await stack.browser.context.newPage();
      await page.goto(stack.ontime.url);
      const editor = await openNewMeeting(page, 'Through the relay');
      const dialog = await clickZoomAndConsent(stack.browser.context, page);
      await dialog.getByRole('button', { name: 'OK' }).click();
      await waitForJoinUrl(editor);
      const tokenCalls = stack.sim.state.requests.filter((r) => r.path === '/oauth/token');
      expect(tokenCalls.length).toBeGreaterThan(0);
      expect((tokenCalls[0]!.body as Record<string, string>).redirect_uri).toBe(relayUrl);
      const authorize = stack.sim.state.requests.find((r) => r.path === '/oauth/authorize');
      expect(authorize?.query.redirect_uri).toBe(relayUrl);
    } finally {
      stack.sim.state.configure({ clients: [client!] });
      await options.getByLabel('Relay redirect URL').fill('');
      await saveAndWait('Settings saved.');
    }
  });
});

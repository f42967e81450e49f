import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, describeViolations } from '../harness/axe';
import { chromiumSession, EXTENSION_DIR, launchWithExtension, type ExtensionBrowser } from '../harness/browser';
import { answerConsent, createMeetingInEditor, meetingRecords } from '../harness/flows';
import type { Stack } from '../harness/stack';
import { configureViaOptions } from '../harness/ui/flows';
import { useStack } from '../harness/use-stack';
import { DEFAULT_CLIENT_ID, SIM_USER } from '../harness/zoom-simulator/index';

// The options page and the toolbar popup, as an admin, a keyboard user and a screen reader meet
// them, in English and Japanese: axe finds nothing, text is readable, errors sit with their fields.
const SHOTS = '/tmp/shots/uxext';
mkdirSync(SHOTS, { recursive: true });

type Lang = 'en' | 'ja';
const catalog = (lang: Lang) => JSON.parse(readFileSync(resolve(EXTENSION_DIR, `_locales/${lang}/messages.json`), 'utf8')) as Record<string, { message: string }>;
const translator = (lang: Lang) => {
  const messages = catalog(lang);
  return (key: string, ...subs: string[]) => subs.reduce((text, sub, i) => text.replaceAll(`$${i + 1}`, sub), messages[key]!.message);
};

let stack: Stack;
// The stack's own browser is English and left unconfigured: the empty options page comes first.
useStack((s) => (stack = s), { configure: false });

async function expectNoAxeViolations(page: Page): Promise<void> {
  const violations = await axeViolations(page);
  expect(violations, describeViolations(violations)).toEqual([]);
}

async function openExtensionPage(browser: ExtensionBrowser, path: 'options.html' | 'popup.html'): Promise<Page> {
  const page = await browser.context.newPage();
  if (path === 'popup.html') await page.setViewportSize({ width: 400, height: 640 });
  await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
  await page.locator(path === 'popup.html' ? 'main section' : 'form').first().waitFor();
  return page;
}

/** Computed font sizes in px of the first element matching each selector. */
function fontSizes(page: Page, selectors: string[]): Promise<Record<string, number>> {
  return page.evaluate((list) => Object.fromEntries(list.map((s) => [s, parseFloat(getComputedStyle(document.querySelector(s)!).fontSize)])), selectors);
}

describe.each(['en', 'ja'] as const)('extension pages in %s (real Chromium, axe-core)', (lang) => {
  const t = translator(lang);
  let browser: ExtensionBrowser;
  let options: Page;

  beforeAll(async () => {
    stack.sim.state.reset();
    browser = lang === 'en' ? stack.browser : await launchWithExtension({ lang: 'ja' });
    options = await openExtensionPage(browser, 'options.html');
  });
  afterAll(async () => {
    if (lang !== 'en') await browser?.close();
  });

  it('options page, empty: no axe violation; labels, inputs and buttons at 14 px or more, help text not bigger', async () => {
    expect(await options.evaluate(() => document.documentElement.lang)).toMatch(new RegExp(`^${lang}`));
    await expectNoAxeViolations(options);
    const sizes = await fontSizes(options, ['label[for=clientId]', '#clientId', '#ontimeAddresses', 'button.primary', '#clientId-help', '.radios label']);
    for (const selector of ['label[for=clientId]', '#clientId', '#ontimeAddresses', 'button.primary', '.radios label']) expect(sizes[selector], selector).toBeGreaterThanOrEqual(14);
    expect(sizes['#clientId-help']).toBeLessThanOrEqual(sizes['label[for=clientId]']!);
    // The setup guide's order: Client ID (its step 1.5), then the Redirect URL (1.6), then the rest.
    const order = await options.evaluate(() => [...document.querySelectorAll('#clientId, #redirectUrl, [name=zoomDomain], #ontimeAddresses')].map((e) => e.id || (e as HTMLInputElement).name));
    expect([...new Set(order)]).toEqual(['clientId', 'redirectUrl', 'zoomDomain', 'ontimeAddresses']);
    // Before anyone connects, the admin sees the optional scopes and what each adds.
    const panel = options.locator('section', { has: options.getByRole('heading', { name: t('opt_connection') }) });
    await panel.getByRole('listitem').filter({ hasText: 'user:read:user' }).filter({ hasText: t('scope_adds', t('scope_optional_host')) }).waitFor();
    await options.screenshot({ path: `${SHOTS}/options-empty-${lang}.png`, fullPage: true });
  });

  it('Test connection without a Client ID tells the admin to enter it here', async () => {
    await options.getByRole('button', { name: t('opt_testRun') }).click();
    const first = options.getByRole('list', { name: t('opt_test') }).getByRole('listitem').first();
    await first.getByText(t('opt_testNoClientId')).waitFor();
    expect(await first.innerText()).not.toContain(t('page_err_notConfigured'));
    // Heard as one sentence: the first step failed, the five after it were skipped.
    await options.getByRole('status').filter({ hasText: t('opt_testDone', '0', '0', '1', '5') }).waitFor();
    await expectNoAxeViolations(options);
    await options.screenshot({ path: `${SHOTS}/options-test-no-client-${lang}.png`, fullPage: true });
  });

  it('a failed save says how many fields to fix, ties each error to its field and focuses the first', async () => {
    await options.getByLabel(t('opt_ontimeAddresses')).fill('ftp://ontime.example.com/');
    await options.getByLabel(t('opt_clientId')).fill('not a client id!');
    await options.getByRole('button', { name: t('opt_save'), exact: true }).click();
    await options.getByRole('status').filter({ hasText: t('opt_fixErrors', '2') }).waitFor();
    await expect.poll(() => options.evaluate(() => document.activeElement?.id)).toBe('clientId');
    for (const [id, message] of [
      ['clientId', t('err_clientIdInvalid')],
      ['ontimeAddresses', t('err_ontimeAddressInvalid', 'ftp://ontime.example.com/')],
    ] as const) {
      const field = options.locator(`#${id}`);
      expect(await field.getAttribute('aria-invalid')).toBe('true');
      const described = (await field.getAttribute('aria-describedby'))!.split(' ');
      const texts = await Promise.all(described.map((d) => options.locator(`#${d}`).innerText()));
      expect(texts).toContain(message);
    }
    await expectNoAxeViolations(options);
    await options.screenshot({ path: `${SHOTS}/options-errors-${lang}.png`, fullPage: true });
  });

  it('configured: no axe violation on the options page; the popup, not connected yet, neither', async () => {
    const page = await configureViaOptions(chromiumSession(browser), {
      clientId: DEFAULT_CLIENT_ID,
      oauthBase: stack.sim.oauthBase,
      apiBase: stack.sim.apiBase,
      ontimeAddresses: [stack.ontime.url],
    });
    await page.close();
    await options.reload();
    await options.locator('form').waitFor();
    await expectNoAxeViolations(options);
    await options.screenshot({ path: `${SHOTS}/options-configured-${lang}.png`, fullPage: true });

    const popup = await openExtensionPage(browser, 'popup.html');
    await popup.getByText(t('pop_notConnected')).waitFor();
    await expectNoAxeViolations(popup);
    await popup.screenshot({ path: `${SHOTS}/popup-disconnected-${lang}.png`, fullPage: true });
    await popup.close();
  });

  it('Test connection run, then connected without user:read:user: "Connected to Zoom", as before', async () => {
    const consent = browser.context.waitForEvent('page');
    await options.getByRole('button', { name: t('opt_testRun') }).click();
    await answerConsent(consent, 'Allow');
    const steps = options.getByRole('list', { name: t('opt_test') });
    await steps.getByRole('listitem').filter({ hasText: t('opt_step_scopes') }).waitFor({ timeout: 20_000 });
    await expectNoAxeViolations(options);
    await options.screenshot({ path: `${SHOTS}/options-test-run-${lang}.png`, fullPage: true });

    const popup = await openExtensionPage(browser, 'popup.html');
    await popup.locator('.pill.ok').filter({ hasText: t('pop_connected') }).waitFor();
    expect(await popup.getByText(t('pop_signedInAs', SIM_USER.email)).count()).toBe(0);
    await expectNoAxeViolations(popup);
    await popup.close();
  });

  it('with user:read:user: "Signed in as <email>" in the popup and on the options page, which lists the scope as optional', async () => {
    const [client] = stack.sim.state.config.clients;
    stack.sim.state.configure({ clients: [{ ...client!, scopes: [...client!.scopes, 'user:read:user'] }] });
    try {
      const popup = await openExtensionPage(browser, 'popup.html');
      await popup.getByRole('button', { name: t('pop_disconnect') }).click();
      await popup.getByRole('status').filter({ hasText: t('pop_disconnected') }).waitFor();
      await popup.close();

      const consent = browser.context.waitForEvent('page');
      await options.reload();
      await options.getByRole('button', { name: t('opt_testRun') }).click();
      await answerConsent(consent, 'Allow');
      await options.getByRole('list', { name: t('opt_test') }).getByRole('listitem').filter({ hasText: t('opt_step_scopes') }).waitFor({ timeout: 20_000 });
      // The connection panel reads the state again after the run, without a reload.
      const panel = options.locator('section', { has: options.getByRole('heading', { name: t('opt_connection') }) });
      await panel.getByText(t('pop_signedInAs', SIM_USER.email)).waitFor();
      await panel.getByRole('listitem').filter({ hasText: 'user:read:user' }).filter({ hasText: t('opt_scopeGranted') }).waitFor();
      await expectNoAxeViolations(options);

      const connected = await openExtensionPage(browser, 'popup.html');
      await connected.getByText(t('pop_signedInAs', SIM_USER.email)).waitFor();
      await expectNoAxeViolations(connected);
      await connected.screenshot({ path: `${SHOTS}/popup-connected-${lang}.png`, fullPage: true });
      await connected.close();
    } finally {
      stack.sim.state.configure({ clients: [client!] });
    }
  });

  it('popup with meetings (one needing attention): no axe violation; a meeting ID never breaks across lines', async () => {
    const page = await browser.context.newPage();
    await page.goto(stack.ontime.url);
    const cancelled = await createMeetingInEditor(browser.context, page, `Budget review ${lang}`, { consent: false });
    await cancelled.editor.getByRole('button', { name: 'Cancel', exact: true }).click();
    await expect.poll(async () => (await meetingRecords(browser.worker)).find((r) => r.id === cancelled.id)?.state).toBe('orphaned');
    // The page (in its own language) offers Delete meeting / Keep right there: kept, it is the popup's to show.
    await page.locator('ontime-zoom-toast').getByRole('button', { name: /^(Keep|残す)$/ }).click();
    const saved = await createMeetingInEditor(browser.context, page, `Quarterly planning with the regional sales teams ${lang}`, { consent: false });
    await saved.editor.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(async () => (await meetingRecords(browser.worker)).find((r) => r.id === saved.id)?.state).toBe('saved');
    // The language rule: our pages speak the OnTime language last worked in. End on an OnTime page in this run's language.
    await page.goto(`${stack.ontime.url}?lang=${lang}`);
    await page.waitForTimeout(1_000);
    await page.close();

    const popup = await openExtensionPage(browser, 'popup.html');
    await popup.getByText(t('pop_orphan')).waitFor();
    await popup.getByText(t('pop_state_saved')).waitFor();
    await expectNoAxeViolations(popup);
    const lineCounts = await popup.locator('.meta .nowrap').evaluateAll((ids) => ids.map((id) => id.getClientRects().length));
    expect(lineCounts).toEqual([1, 1]);
    // Join as Zoom's add-ins say it; "Copied" (shown only once the clipboard took it) is said by a status made with the row.
    const item = popup.getByRole('listitem').filter({ hasText: `Quarterly planning with the regional sales teams ${lang}` });
    expect(await item.getByRole('link', { name: t('pop_open') }).getAttribute('href')).toBe(saved.joinUrl);
    await item.getByRole('button', { name: t('pop_copy') }).click();
    await item.getByRole('status').filter({ hasText: t('pop_copied') }).waitFor();
    await popup.screenshot({ path: `${SHOTS}/popup-items-${lang}.png`, fullPage: true });
    await popup.close();
  });
});

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

/** The local-test build: its manifest grants 127.0.0.1 and localhost, so no prompt appears. */
export const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3-localtest');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  close(): Promise<void>;
}

/** Debian Chromium with the built extension loaded, in a fresh profile. */
export async function launchWithExtension(options: { headless?: boolean; lang?: string; timezoneId?: string } = {}): Promise<ExtensionBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'ontime-zoom-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    locale: options.lang ?? 'en-US',
    ...(options.timezoneId ? { timezoneId: options.timezoneId } : {}),
    viewport: { width: 1280, height: 860 },
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      `--lang=${options.lang ?? 'en-US'}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    async close() {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface ExtensionConfig {
  clientId: string;
  oauthBase: string;
  apiBase: string;
  ontimeAddresses: string[];
}

/** Fills and saves the options page the way an admin would, in the browser's language. Returns the page (still open). */
export async function configureViaOptions(browser: ExtensionBrowser, config: ExtensionConfig): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  const lang = (await page.evaluate('document.documentElement.lang')) as string;
  const messages = JSON.parse(readFileSync(resolve(EXTENSION_DIR, `_locales/${lang.startsWith('ja') ? 'ja' : 'en'}/messages.json`), 'utf8'));
  const t = (key: string) => messages[key].message as string;
  await page.getByLabel(t('opt_clientId'), { exact: true }).fill(config.clientId);
  await page.getByLabel(t('opt_domainCustom'), { exact: true }).check();
  await page.getByLabel(t('opt_oauthBase'), { exact: true }).fill(config.oauthBase);
  await page.getByLabel(t('opt_apiBase'), { exact: true }).fill(config.apiBase);
  await page.getByLabel(t('opt_ontimeAddresses'), { exact: true }).fill(config.ontimeAddresses.join('\n'));
  await page.getByRole('button', { name: t('opt_save'), exact: true }).click();
  await page.getByRole('status').filter({ hasText: t('opt_saved') }).waitFor({ timeout: 10_000 });
  return page;
}

/**
 * Stops the extension's service worker for real, as Chrome does when it idles it: through
 * chrome://serviceworker-internals. The next extension event starts a new one.
 */
export async function stopServiceWorker(browser: ExtensionBrowser): Promise<void> {
  // A mark in the running worker's globals: a restarted worker does not have it.
  const mark = `stop-${Date.now()}`;
  await (await currentWorker(browser)).evaluate(`globalThis.__stopMark = ${JSON.stringify(mark)}`);
  const internals = await browser.context.newPage();
  try {
    await internals.goto('chrome://serviceworker-internals/');
    const entry = internals.locator('.serviceworker-registration').filter({ hasText: `chrome-extension://${browser.extensionId}/` });
    await entry.getByRole('button', { name: 'Stop', exact: true }).first().click();
    for (const until = Date.now() + 10_000; Date.now() < until; await new Promise((r) => setTimeout(r, 50))) {
      const status = await entry.locator('.serviceworker-running-status .value').first().textContent();
      if (status?.trim() !== 'RUNNING') return;
      const seen = await (await currentWorker(browser)).evaluate('globalThis.__stopMark').catch(() => null);
      if (seen !== mark) return;
    }
    throw new Error('The service worker did not stop');
  } finally {
    await internals.close();
  }
}

/** The extension's current service worker (a new one after a stop). */
export async function currentWorker(browser: ExtensionBrowser): Promise<Worker> {
  const workers = browser.context.serviceWorkers().filter((w) => w.url().startsWith(`chrome-extension://${browser.extensionId}/`));
  return workers[workers.length - 1] ?? (await browser.context.waitForEvent('serviceworker'));
}

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { nextPlaywrightPage, playwrightUi } from './ui/playwright';
import type { ExtensionSession } from './ui/types';

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

/** The browser as the driver-neutral flows see it (ui/flows.ts). */
export function chromiumSession(browser: ExtensionBrowser): ExtensionSession {
  return {
    browserName: 'chromium',
    extensionDir: EXTENSION_DIR,
    extensionOrigin: `chrome-extension://${browser.extensionId}`,
    async newPage(url) {
      const page = await browser.context.newPage();
      await page.goto(url);
      return playwrightUi(page);
    },
    nextPopup: (timeout) => nextPlaywrightPage(browser.context, timeout),
    inExtension: async <T>(expression: string) => (await currentWorker(browser)).evaluate(expression) as Promise<T>,
    closed: () => new Promise((resolve) => browser.context.once('close', () => resolve())),
    close: () => browser.close(),
  };
}

/**
 * Stops the extension's service worker for real, as Chrome does when it idles it: through
 * chrome://serviceworker-internals. The next extension event starts a new one.
 */
export async function stopServiceWorker(browser: ExtensionBrowser): Promise<void> {
  // A mark in the running worker's globals: a restarted worker does not have it.
  const mark = `stop-${Date.now()}`;
  // A worker already stopped never answers (Playwright keeps its handle): nothing to stop then.
  const running = browser.context.serviceWorkers().some((w) => w.url().startsWith(`chrome-extension://${browser.extensionId}/`));
  if (!running) return;
  const marked = await Promise.race([
    (await currentWorker(browser)).evaluate(`globalThis.__stopMark = ${JSON.stringify(mark)}`).then(() => true, () => false),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 5_000)),
  ]);
  if (!marked) return;
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

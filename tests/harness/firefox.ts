import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { GECKO_ID } from './zoom-simulator/seed';
import { puppeteerUi, waitForDocument } from './ui/puppeteer';
import type { ExtensionSession, UiPage } from './ui/types';

/** The Firefox local-test build (npm run build:local:firefox). */
export const FIREFOX_EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/firefox-mv3-localtest');
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** Pins the moz-extension:// host, which Firefox otherwise draws at random per profile. */
const EXTENSION_UUID = '5d1f4c2a-8e3b-4f6a-9c7d-0b2e6a4f8d31';

export interface FirefoxSession extends ExtensionSession {
  readonly browser: Browser;
}

/** Debian's firefox-esr with the built extension installed as a temporary add-on, in a fresh profile. */
export async function launchFirefox(options: { headless?: boolean; lang?: string; timezoneId?: string } = {}): Promise<FirefoxSession> {
  const lang = options.lang ?? 'en-US';
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: options.headless ?? true,
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 1280, height: 860 },
    env: { ...process.env, ...(options.timezoneId ? { TZ: options.timezoneId } : {}) },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      // Save on the options page asks for the OnTime address; automation cannot click that prompt.
      'extensions.webextOptionalPermissionPrompts': false,
      'intl.accept_languages': lang,
      'intl.locale.requested': lang,
    },
  });
  try {
    await browser.installExtension(FIREFOX_EXTENSION_DIR);
    const origin = `moz-extension://${EXTENSION_UUID}`;
    // An extension page of our own, kept open: the privileged context inExtension() runs in.
    const extensionPage = await openPage(browser, `${origin}/popup.html`);
    await waitForDocument(extensionPage, 'typeof browser !== "undefined" && !!browser.runtime?.id');
    return {
      browserName: 'firefox',
      browser,
      extensionDir: FIREFOX_EXTENSION_DIR,
      extensionOrigin: origin,
      newPage: async (url) => puppeteerUi(await openPage(browser, url)),
      nextPopup: (timeout = 15_000) => nextPage(browser, timeout),
      inExtension: <T>(expression: string) => extensionPage.evaluate(expression) as Promise<T>,
      closed: () => new Promise((resolveClosed) => browser.once('disconnected', () => resolveClosed())),
      async close() {
        await browser.close().catch(() => undefined);
      },
    };
  } catch (error) {
    await browser.close().catch(() => undefined);
    throw error;
  }
}

/**
 * Opens a tab at `url`. page.goto() to a moz-extension:// page may never resolve over BiDi, so
 * the navigation is started and the document's own address and readiness are awaited instead.
 */
async function openPage(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage();
  void page.goto(url).catch(() => undefined);
  await waitForDocument(page, `location.href === ${JSON.stringify(url)}`);
  return page;
}

function nextPage(browser: Browser, timeout: number): Promise<UiPage> {
  return new Promise((resolvePage, reject) => {
    const timer = setTimeout(() => {
      browser.off('targetcreated', onTarget);
      reject(new Error(`No new page within ${timeout} ms`));
    }, timeout);
    async function onTarget(target: import('puppeteer-core').Target) {
      if (target.type() !== 'page') return;
      browser.off('targetcreated', onTarget);
      clearTimeout(timer);
      const page = await target.page();
      if (page) resolvePage(puppeteerUi(page));
      else reject(new Error('The new target has no page'));
    }
    browser.on('targetcreated', onTarget);
  });
}

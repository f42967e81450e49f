/**
 * The user flows, written once against the driver-neutral UiPage and run in Chromium
 * (playwright-core) and Firefox (puppeteer-core): open the editor, click the Zoom button,
 * answer Zoom's consent, configure the options page.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ExtensionSession, UiPage } from './types';

/** User-visible names, per UI language, that the flows click. */
export const NAMES = {
  en: { newMeeting: 'New meeting', subject: 'Subject', location: 'Location', body: /^(Description|Body)/, save: 'Save', zoom: 'Online meeting: Zoom', dialog: 'Zoom meeting settings', ok: 'OK', cancel: 'Cancel' },
  ja: { newMeeting: '新規会議', subject: '件名', location: '場所', body: /^(説明|本文)/, save: '保存', zoom: 'オンライン会議: Zoom', dialog: 'Zoom ミーティングの設定', ok: 'OK', cancel: 'キャンセル' },
} as const;

export type Lang = keyof typeof NAMES;
export type ConsentAnswer = 'Allow' | 'Deny' | 'close';

/** Opens OnTime's editor for a new meeting and types a subject, as a person would. */
export async function openNewMeeting(page: UiPage, subject: string, lang: Lang = 'en'): Promise<void> {
  await page.clickButton(NAMES[lang].newMeeting);
  await page.fill(NAMES[lang].subject, subject);
}

/** Waits for the consent popup that identity.launchWebAuthFlow opens, and answers it. */
export async function answerConsent(popupOpened: Promise<UiPage>, answer: ConsentAnswer, beforeAnswer?: (popup: UiPage) => Promise<void>): Promise<void> {
  const popup = await popupOpened;
  await popup.waitForButton('Allow', 15_000);
  await beforeAnswer?.(popup);
  if (answer === 'close') await popup.close();
  else await popup.clickButton(answer);
}

export interface ZoomClickOptions {
  lang?: Lang;
  /** false when the extension is already connected: no consent popup is expected. */
  consent?: boolean;
  beforeAnswer?: (popup: UiPage) => Promise<void>;
}

/** Clicks the Zoom button; answers consent when the popup appears. Resolves with the settings dialog once it shows. */
export async function clickZoomAndConsent(session: Pick<ExtensionSession, 'nextPopup'>, page: UiPage, options: ZoomClickOptions = {}): Promise<UiPage> {
  const lang = options.lang ?? 'en';
  const popup = options.consent === false ? null : session.nextPopup(15_000);
  await page.clickButton(NAMES[lang].zoom);
  if (popup) await answerConsent(popup, 'Allow', options.beforeAnswer);
  const dialog = page.dialog(NAMES[lang].dialog);
  await dialog.waitForButton(NAMES[lang].ok, 15_000);
  return dialog;
}

/** Waits until Location holds a join URL and returns it. */
export async function waitForJoinUrl(editor: UiPage, lang: Lang = 'en', timeout = 15_000): Promise<string> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    const value = await editor.value(NAMES[lang].location);
    if (/\/j\/\d+/.test(value)) return value;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`No join URL in Location after ${timeout} ms (it holds "${await editor.value(NAMES[lang].location)}")`);
}

export interface ExtensionConfig {
  clientId: string;
  oauthBase: string;
  apiBase: string;
  ontimeAddresses: string[];
}

/** The options page of the running extension. */
export function openOptions(session: ExtensionSession): Promise<UiPage> {
  return session.newPage(`${session.extensionOrigin}/options.html`);
}

/** Fills and saves the options page the way an admin would, in the page's language. Returns the page (still open). */
export async function configureViaOptions(session: ExtensionSession, config: ExtensionConfig): Promise<UiPage> {
  const page = await openOptions(session);
  // The page sets its language once it has read which one to speak (the language rule): wait for it.
  let lang = '';
  for (const until = Date.now() + 15_000; !lang && Date.now() < until; await new Promise((r) => setTimeout(r, 50))) {
    lang = await page.evaluate<string>('document.documentElement.lang');
  }
  const messages = JSON.parse(readFileSync(resolve(session.extensionDir, `_locales/${lang.startsWith('ja') ? 'ja' : 'en'}/messages.json`), 'utf8'));
  const t = (key: string) => messages[key].message as string;
  await page.fill(t('opt_clientId'), config.clientId);
  await page.check(t('opt_domainCustom'));
  await page.fill(t('opt_oauthBase'), config.oauthBase);
  await page.fill(t('opt_apiBase'), config.apiBase);
  await page.fill(t('opt_ontimeAddresses'), config.ontimeAddresses.join('\n'));
  await page.clickButton(t('opt_save'));
  await page.waitForRole('status', t('opt_saved'), 10_000);
  return page;
}

import type { BrowserContext, Locator, Page } from 'playwright-core';

/** User-visible names, per UI language, that the flows click. */
export const NAMES = {
  en: { newMeeting: 'New meeting', subject: 'Subject', location: 'Location', body: /^(Description|Body)/, save: 'Save', zoom: 'Online meeting: Zoom', dialog: 'Zoom meeting settings', ok: 'OK' },
  ja: { newMeeting: '新規会議', subject: '件名', location: '場所', body: /^(説明|本文)/, save: '保存', zoom: 'オンライン会議: Zoom', dialog: 'Zoom ミーティングの設定', ok: 'OK' },
} as const;

export type Lang = keyof typeof NAMES;

export function zoomButton(page: Page, lang: Lang = 'en'): Locator {
  return page.getByRole('button', { name: NAMES[lang].zoom, exact: true });
}

/** Opens OnTime's editor for a new meeting and types a subject, as a person would. */
export async function openNewMeeting(page: Page, subject: string, lang: Lang = 'en'): Promise<Locator> {
  await page.getByRole('button', { name: NAMES[lang].newMeeting, exact: true }).click();
  const editor = page.getByRole('dialog').filter({ has: page.getByLabel(NAMES[lang].subject, { exact: true }) });
  await editor.getByLabel(NAMES[lang].subject, { exact: true }).fill(subject);
  return editor;
}

/** Waits for the consent popup that identity.launchWebAuthFlow opens, and answers it. */
export async function answerConsent(popupOpened: Promise<Page>, answer: 'Allow' | 'Deny' | 'close', beforeAnswer?: (popup: Page) => Promise<void>): Promise<void> {
  const popup = await popupOpened;
  await popup.getByRole('button', { name: 'Allow', exact: true }).waitFor({ timeout: 15_000 });
  await beforeAnswer?.(popup);
  if (answer === 'close') await popup.close();
  else await popup.getByRole('button', { name: answer, exact: true }).click();
}

/** Clicks the Zoom button; answers consent when the popup appears. Resolves when the settings dialog shows. */
export async function clickZoomAndConsent(context: BrowserContext, page: Page, options: { lang?: Lang; consent?: boolean; beforeAnswer?: (popup: Page) => Promise<void> } = {}): Promise<Locator> {
  const lang = options.lang ?? 'en';
  const popup = options.consent === false ? null : context.waitForEvent('page', { timeout: 15_000 });
  await zoomButton(page, lang).click();
  if (popup) await answerConsent(popup, 'Allow', options.beforeAnswer);
  const dialog = page.getByRole('dialog', { name: NAMES[lang].dialog });
  await dialog.waitFor({ timeout: 15_000 });
  return dialog;
}

/** Waits until Location holds a join URL and returns it. */
export async function waitForJoinUrl(editor: Locator, lang: Lang = 'en', timeout = 15_000): Promise<string> {
  const location = editor.getByLabel(NAMES[lang].location, { exact: true });
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    const value = await location.inputValue();
    if (/\/j\/\d+/.test(value)) return value;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`No join URL in Location after ${timeout} ms (it holds "${await location.inputValue()}")`);
}

/** The extension's meeting records, read inside its service worker (IndexedDB of the extension). */
export async function meetingRecords(worker: import('playwright-core').Worker): Promise<{ id: number; state: string; topic: string; start: string; duration: number }[]> {
  return worker.evaluate(`new Promise((resolve, reject) => {
    const open = indexedDB.open('ontime-zoom');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains('meetings')) return resolve([]);
      const all = db.transaction('meetings').objectStore('meetings').getAll();
      all.onsuccess = () => resolve(all.result);
      all.onerror = () => reject(all.error);
    };
  })`);
}

/**
 * The shared flows (ui/flows.ts) in the Playwright shapes the Chromium tests use: they take a
 * Page and hand back Locators for the editor and dialog.
 */
import type { BrowserContext, Locator, Page, Worker } from 'playwright-core';
import * as shared from './ui/flows';
import { nextPlaywrightPage, playwrightUi } from './ui/playwright';
import type { UiPage } from './ui/types';

export { NAMES, type Lang } from './ui/flows';
type Lang = shared.Lang;
const { NAMES } = shared;

export function zoomButton(page: Page, lang: Lang = 'en'): Locator {
  return page.getByRole('button', { name: NAMES[lang].zoom, exact: true });
}

function editorOf(page: Page, lang: Lang): Locator {
  return page.getByRole('dialog').filter({ has: page.getByLabel(NAMES[lang].subject, { exact: true }) });
}

/** Opens OnTime's editor for a new meeting and types a subject, as a person would. */
export async function openNewMeeting(page: Page, subject: string, lang: Lang = 'en'): Promise<Locator> {
  await shared.openNewMeeting(playwrightUi(page), subject, lang);
  return editorOf(page, lang);
}

/** Waits for the consent popup that identity.launchWebAuthFlow opens, and answers it. */
export function answerConsent(popupOpened: Promise<Page>, answer: shared.ConsentAnswer, beforeAnswer?: (popup: UiPage) => Promise<void>): Promise<void> {
  return shared.answerConsent(popupOpened.then((p) => playwrightUi(p)), answer, beforeAnswer);
}

/**
 * `'auto'`: consent is answered if Zoom asks, for tests about what follows consent. Whichever
 * shows first (the consent window or our settings dialog) decides, so one failed test cannot
 * leave the next ones waiting for a window that will never open.
 */
export type ConsentExpectation = boolean | 'auto';
type ClickOptions = Omit<shared.ZoomClickOptions, 'consent'> & { consent?: ConsentExpectation };

/** Clicks the Zoom button; answers consent when the popup appears. Resolves when the settings dialog shows. */
export async function clickZoomAndConsent(context: BrowserContext, page: Page, options: ClickOptions = {}): Promise<Locator> {
  const dialog = page.getByRole('dialog', { name: NAMES[options.lang ?? 'en'].dialog });
  if (options.consent !== 'auto') {
    await shared.clickZoomAndConsent({ nextPopup: (timeout) => nextPlaywrightPage(context, timeout) }, playwrightUi(page), { ...options, consent: options.consent });
    return dialog;
  }
  const ok = dialog.getByRole('button', { name: NAMES[options.lang ?? 'en'].ok });
  const popup = context.waitForEvent('page', { timeout: 15_000 }).catch(() => null);
  await zoomButton(page, options.lang).click();
  const first = await Promise.race([popup, ok.waitFor({ timeout: 15_000 }).then(() => 'dialog' as const)]);
  if (first && first !== 'dialog') await shared.answerConsent(Promise.resolve(playwrightUi(first)), 'Allow', options.beforeAnswer);
  await ok.waitFor({ timeout: 15_000 });
  return dialog;
}

/** Waits until Location holds a join URL and returns it. */
export function waitForJoinUrl(editor: Locator, lang: Lang = 'en', timeout = 15_000): Promise<string> {
  return shared.waitForJoinUrl(playwrightUi(editor.page(), editor), lang, timeout);
}

/** The extension's meeting records, read inside its service worker (IndexedDB of the extension). */
export async function meetingRecords(worker: Worker): Promise<{ id: number; state: string; topic: string; start: string; duration: number }[]> {
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

/**
 * A new event with a Zoom meeting, made through the real UI: open the editor, type the subject
 * (and notes), Zoom → consent when `consent` → OK. Returns the editor and the join link written.
 */
export async function createMeetingInEditor(
  context: BrowserContext,
  page: Page,
  subject: string,
  options: { notes?: string; consent: ConsentExpectation },
): Promise<{ editor: Locator; joinUrl: string; id: number }> {
  const editor = await openNewMeeting(page, subject);
  if (options.notes) await editor.getByLabel(shared.NAMES.en.body).fill(options.notes);
  const dialog = await clickZoomAndConsent(context, page, { consent: options.consent });
  await dialog.getByRole('button', { name: 'OK' }).click();
  const joinUrl = await waitForJoinUrl(editor);
  return { editor, joinUrl, id: Number(/\/j\/(\d+)/.exec(joinUrl)![1]) };
}

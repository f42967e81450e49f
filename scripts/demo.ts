/**
 * The demo: builds nothing itself (npm run demo builds first), starts the Zoom simulator and the
 * OnTime demo calendar, configures the extension on its options page, and walks the whole flow:
 * open the editor, click "Online meeting: Zoom", Allow, OK, Save. A screenshot per step goes to
 * artifacts/demo/. With a display and without --headless, the browser stays open for you to try.
 * --firefox runs it in Debian's firefox-esr instead of Chromium; --ja in Japanese (Chromium);
 * --variant X opens the OnTime demo's page shape X (modal, frame, trap, hidden, rich: see
 * tests/harness/ontime-demo/README.md). The frame variant needs Chromium (its editor is in an iframe).
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromiumSession, launchWithExtension, type ExtensionBrowser } from '../tests/harness/browser';
import { playwrightUi } from '../tests/harness/ui/playwright';
import { launchFirefox } from '../tests/harness/firefox';
import { clickZoomAndConsent, configureViaOptions, NAMES, openNewMeeting, waitForJoinUrl, type Lang } from '../tests/harness/ui/flows';
import type { ExtensionSession, UiPage } from '../tests/harness/ui/types';
import { startOnTimeDemo } from '../tests/harness/ontime-demo/server';
import { DEFAULT_CLIENT_ID, startZoomSimulator } from '../tests/harness/zoom-simulator/index';

const args = process.argv.slice(2);
const headless = args.includes('--headless') || !process.env.DISPLAY;
const firefox = args.includes('--firefox');
const lang: Lang = args.includes('--ja') ? 'ja' : 'en';
const variant = (args.find((a) => a.startsWith('--variant='))?.slice('--variant='.length) ?? (args.includes('--variant') ? args[args.indexOf('--variant') + 1] : undefined)) || undefined;
if (variant !== undefined && !/^[a-z][a-z-]*$/.test(variant)) throw new Error(`--variant takes a name such as modal, frame or trap (got "${variant}")`);
if (variant === 'frame' && firefox) throw new Error('--variant frame runs in Chromium only: its editor is in an iframe, which the Firefox flows do not reach into');
// Firefox takes its UI language (and so the extension's) from an installed language pack.
if (firefox && lang === 'ja') console.log('Note: the extension follows Firefox’s UI language; without firefox-esr-l10n-ja it stays English.\n');
const outDir = resolve(import.meta.dirname, '../artifacts/demo');
mkdirSync(outDir, { recursive: true });

let step = 0;
const t0 = Date.now();
async function shot(page: UiPage, name: string, note: string) {
  step++;
  const file = resolve(outDir, `${String(step).padStart(2, '0')}-${name}.png`);
  await page.screenshot(file);
  console.log(`  ${String(step).padStart(2)}. ${note.padEnd(52)} ${((Date.now() - t0) / 1000).toFixed(1)} s  ${file}`);
}

const sim = await startZoomSimulator();
const ontime = await startOnTimeDemo({ seedLang: lang });
const launchOptions = { headless, lang: lang === 'ja' ? 'ja' : 'en-US', timezoneId: lang === 'ja' ? 'Asia/Tokyo' : undefined };
const chromiumBrowser: ExtensionBrowser | null = firefox ? null : await launchWithExtension(launchOptions);
const session: ExtensionSession = chromiumBrowser ? chromiumSession(chromiumBrowser) : await launchFirefox(launchOptions);
const pageUrl = new URL(ontime.url);
if (lang === 'ja') pageUrl.searchParams.set('lang', 'ja');
if (variant) pageUrl.searchParams.set('variant', variant);
console.log(`Browser:        ${firefox ? 'Firefox ESR' : 'Chromium'}\nZoom simulator: ${sim.baseUrl}\nOnTime demo:    ${pageUrl.href}\nScreenshots:    ${outDir}\n`);

/** The calendar page, and where its editor is: the same page, or (--variant frame) the editor's iframe. */
async function openCalendar(): Promise<{ page: UiPage; editor: () => UiPage }> {
  if (variant !== 'frame' || !chromiumBrowser) {
    const page = await session.newPage(pageUrl.href);
    return { page, editor: () => page };
  }
  const raw = await chromiumBrowser.context.newPage();
  await raw.goto(pageUrl.href);
  return { page: playwrightUi(raw), editor: () => playwrightUi(raw, raw.frameLocator('iframe').locator('body')) };
}

try {
  const options = await configureViaOptions(session, {
    clientId: DEFAULT_CLIENT_ID,
    oauthBase: sim.oauthBase,
    apiBase: sim.apiBase,
    ontimeAddresses: [ontime.url],
  });
  await shot(options, 'options', 'Admin: options saved');
  await options.close();

  const { page, editor: editorOf } = await openCalendar();
  await page.waitForButton(NAMES[lang].newMeeting);
  await shot(page, 'calendar', `OnTime calendar${variant ? ` (variant ${variant})` : ''}`);

  const subject = lang === 'ja' ? '製品ロードマップ検討会' : 'Product roadmap review';
  if (variant === 'frame') {
    await page.clickButton(NAMES[lang].newMeeting);
    await editorOf().fill(NAMES[lang].subject, subject);
  } else {
    await openNewMeeting(page, subject, lang);
  }
  const editor = editorOf();
  await editor.waitForButton(NAMES[lang].zoom);
  await shot(page, 'editor', 'Meeting editor with the Zoom button');

  const dialog = await clickZoomAndConsent(session, editor, {
    lang,
    beforeAnswer: (popup) => shot(popup, 'consent', 'Zoom consent popup (simulator)'),
  });
  await shot(page, 'settings', 'Zoom settings dialog');
  await dialog.clickButton(NAMES[lang].ok);

  const joinUrl = await waitForJoinUrl(editor, lang);
  await shot(page, 'created', 'Join link and invitation written into the event');

  await editor.clickButton(NAMES[lang].save);
  // Saved means OnTime's server holds the event with the join link.
  for (const until = Date.now() + 10_000; !ontime.events().some((e) => e.location === joinUrl); await new Promise((r) => setTimeout(r, 100))) {
    if (Date.now() > until) throw new Error('The saved event does not hold the join URL');
  }
  await shot(page, 'saved', 'Event saved in OnTime');

  if (sim.state.listMeetings().live.length !== 1) throw new Error('Expected exactly one meeting at the simulator');

  if (!headless) {
    console.log('\nThe browser stays open: try it yourself. Close it (or press Ctrl+C) to stop.');
    await session.closed();
  }
  console.log(`\nDemo done in ${((Date.now() - t0) / 1000).toFixed(1)} s. Zoom meeting created: ${joinUrl}`);
} finally {
  await session.close();
  await Promise.all([sim.close(), ontime.close()]);
}

/**
 * The demo: builds nothing itself (npm run demo builds first), starts the Zoom simulator and the
 * OnTime demo calendar, configures the extension on its options page, and walks the whole flow:
 * open the editor, click "Online meeting: Zoom", Allow, OK, Save. A screenshot per step goes to
 * artifacts/demo/. With a display and without --headless, the browser stays open for you to try.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { configureViaOptions, launchWithExtension } from '../tests/harness/browser';
import { clickZoomAndConsent, NAMES, openNewMeeting, waitForJoinUrl, type Lang } from '../tests/harness/flows';
import { startOnTimeDemo } from '../tests/harness/ontime-demo/server';
import { DEFAULT_CLIENT_ID, startZoomSimulator } from '../tests/harness/zoom-simulator/index';

const args = process.argv.slice(2);
const headless = args.includes('--headless') || !process.env.DISPLAY;
const lang: Lang = args.includes('--ja') ? 'ja' : 'en';
const outDir = resolve(import.meta.dirname, '../artifacts/demo');
mkdirSync(outDir, { recursive: true });

let step = 0;
const t0 = Date.now();
async function shot(page: Page, name: string, note: string) {
  step++;
  const file = resolve(outDir, `${String(step).padStart(2, '0')}-${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  console.log(`  ${String(step).padStart(2)}. ${note.padEnd(52)} ${((Date.now() - t0) / 1000).toFixed(1)} s  ${file}`);
}

const sim = await startZoomSimulator();
const ontime = await startOnTimeDemo({ seedLang: lang });
const browser = await launchWithExtension({ headless, lang: lang === 'ja' ? 'ja' : 'en-US', timezoneId: lang === 'ja' ? 'Asia/Tokyo' : undefined });
console.log(`Zoom simulator: ${sim.baseUrl}\nOnTime demo:    ${lang === 'ja' ? ontime.urlJa : ontime.url}\nScreenshots:    ${outDir}\n`);

try {
  const options = await configureViaOptions(browser, {
    clientId: DEFAULT_CLIENT_ID,
    oauthBase: sim.oauthBase,
    apiBase: sim.apiBase,
    ontimeAddresses: [ontime.url],
  });
  await shot(options, 'options', 'Admin: options saved');
  await options.close();

  const page = await browser.context.newPage();
  await page.goto(lang === 'ja' ? ontime.urlJa : ontime.url);
  await page.getByRole('button', { name: NAMES[lang].newMeeting, exact: true }).waitFor();
  await shot(page, 'calendar', 'OnTime calendar');

  const editor = await openNewMeeting(page, lang === 'ja' ? '製品ロードマップ検討会' : 'Product roadmap review', lang);
  await page.getByRole('button', { name: NAMES[lang].zoom, exact: true }).waitFor();
  await shot(page, 'editor', 'Meeting editor with the Zoom button');

  const dialog = await clickZoomAndConsent(browser.context, page, {
    lang,
    beforeAnswer: (popup) => shot(popup, 'consent', 'Zoom consent popup (simulator)'),
  });
  await shot(page, 'settings', 'Zoom settings dialog');
  await dialog.getByRole('button', { name: NAMES[lang].ok, exact: true }).click();

  const joinUrl = await waitForJoinUrl(editor, lang);
  await page.getByText(lang === 'ja' ? /Zoom ミーティング \d/ : /Zoom meeting \d/).waitFor();
  await shot(page, 'created', 'Join link and invitation written into the event');

  await editor.getByRole('button', { name: NAMES[lang].save, exact: true }).click();
  await editor.waitFor({ state: 'hidden' });
  await shot(page, 'saved', 'Event saved in OnTime');

  const saved = ontime.events().find((e) => e.location === joinUrl);
  if (!saved) throw new Error('The saved event does not hold the join URL');
  if (sim.state.listMeetings().live.length !== 1) throw new Error('Expected exactly one meeting at the simulator');

  if (!headless) {
    console.log('\nThe browser stays open: try it yourself. Press Ctrl+C to stop.');
    await new Promise((resolveClose) => browser.context.on('close', resolveClose));
  }
  console.log(`\nDemo done in ${((Date.now() - t0) / 1000).toFixed(1)} s. Zoom meeting created: ${joinUrl}`);
} finally {
  await browser.close();
  await Promise.all([sim.close(), ontime.close()]);
}

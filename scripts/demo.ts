/**
 * The demo: builds nothing itself (npm run demo builds first), starts the Zoom simulator and the
 * OnTime demo calendar, configures the extension on its options page, and walks the whole flow:
 * open the editor, click "Online meeting: Zoom", Allow, OK, Save. A screenshot per step goes to
 * artifacts/demo/. With a display and without --headless, the browser stays open for you to try.
 * --firefox runs it in Debian's firefox-esr instead of Chromium; --ja in Japanese (Chromium).
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromiumSession, launchWithExtension } from '../tests/harness/browser';
import { launchFirefox } from '../tests/harness/firefox';
import { clickZoomAndConsent, configureViaOptions, NAMES, openNewMeeting, waitForJoinUrl, type Lang } from '../tests/harness/ui/flows';
import type { ExtensionSession, UiPage } from '../tests/harness/ui/types';
import { startOnTimeDemo } from '../tests/harness/ontime-demo/server';
import { DEFAULT_CLIENT_ID, startZoomSimulator } from '../tests/harness/zoom-simulator/index';

const args = process.argv.slice(2);
const headless = args.includes('--headless') || !process.env.DISPLAY;
const firefox = args.includes('--firefox');
const lang: Lang = args.includes('--ja') ? 'ja' : 'en';
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
const session: ExtensionSession = firefox ? await launchFirefox(launchOptions) : chromiumSession(await launchWithExtension(launchOptions));
console.log(`Browser:        ${firefox ? 'Firefox ESR' : 'Chromium'}\nZoom simulator: ${sim.baseUrl}\nOnTime demo:    ${lang === 'ja' ? ontime.urlJa : ontime.url}\nScreenshots:    ${outDir}\n`);

try {
  const options = await configureViaOptions(session, {
    clientId: DEFAULT_CLIENT_ID,
    oauthBase: sim.oauthBase,
    apiBase: sim.apiBase,
    ontimeAddresses: [ontime.url],
  });
  await shot(options, 'options', 'Admin: options saved');
  await options.close();

  const page = await session.newPage(lang === 'ja' ? ontime.urlJa : ontime.url);
  await page.waitForButton(NAMES[lang].newMeeting);
  await shot(page, 'calendar', 'OnTime calendar');

  await openNewMeeting(page, lang === 'ja' ? '製品ロードマップ検討会' : 'Product roadmap review', lang);
  await page.waitForButton(NAMES[lang].zoom);
  await shot(page, 'editor', 'Meeting editor with the Zoom button');

  const dialog = await clickZoomAndConsent(session, page, {
    lang,
    beforeAnswer: (popup) => shot(popup, 'consent', 'Zoom consent popup (simulator)'),
  });
  await shot(page, 'settings', 'Zoom settings dialog');
  await dialog.clickButton(NAMES[lang].ok);

  const joinUrl = await waitForJoinUrl(page, lang);
  await shot(page, 'created', 'Join link and invitation written into the event');

  await page.clickButton(NAMES[lang].save);
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

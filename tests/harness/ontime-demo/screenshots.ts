/**
 * Screenshots of the demo page for visual review:
 * `npx tsx tests/harness/ontime-demo/screenshots.ts [outDir]` (default /tmp/ontime-demo-shots).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from './browser';
import { startOnTimeDemo } from './server';

const TZ = 'Asia/Tokyo';
process.env.TZ = TZ; // seed the server in the same zone the browser shows
const out = process.argv[2] ?? '/tmp/ontime-demo-shots';
mkdirSync(out, { recursive: true });

for (const lang of ['en', 'ja'] as const) {
  const browser = await launchChromium(lang === 'ja' ? 'ja-JP' : 'en-US');
  const demo = await startOnTimeDemo({ seedLang: lang });
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    locale: lang === 'ja' ? 'ja-JP' : 'en-US',
    timezoneId: TZ,
    deviceScaleFactor: 1,
  });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error(`[${lang}] page error:`, e.message));
  await page.goto(lang === 'ja' ? demo.urlJa : demo.url);
  await page.evaluate(() => (window as unknown as { __ontimeDemo: { ready: Promise<void> } }).__ontimeDemo.ready);
  await shot(page, join(out, `calendar-${lang}.png`));

  await page.getByRole('button', { name: lang === 'ja' ? '新規会議' : 'New meeting' }).click();
  await page.getByRole('dialog').waitFor();
  await page.keyboard.type(lang === 'ja' ? 'Quarterly review' : 'Quarterly review with Aoba Bank');
  const people = page.getByRole('combobox');
  await people.fill('han');
  await page.keyboard.press('Enter');
  await people.fill('ken');
  await shot(page, join(out, `editor-new-${lang}.png`));
  await page.keyboard.press('Enter');

  await page.getByRole('button', { name: lang === 'ja' ? '作成' : 'Create' }).click();
  await shot(page, join(out, `editor-menu-${lang}.png`));
  await page.getByRole('menuitem', { name: 'Zoom' }).click();
  await page.getByRole('link', { name: /zoom\.us/ }).waitFor();
  await shot(page, join(out, `editor-zoom-${lang}.png`));
  await page.getByRole('button', { name: lang === 'ja' ? 'キャンセル' : 'Cancel' }).click();

  await page.getByRole('button', { name: /Q3|第3四半期/ }).click();
  await page.getByRole('dialog').waitFor();
  await shot(page, join(out, `editor-edit-${lang}.png`));
  await page.getByRole('dialog').getByRole('button', { name: lang === 'ja' ? '削除' : 'Delete', exact: true }).click();
  await page.getByRole('alertdialog').waitFor();
  await shot(page, join(out, `confirm-delete-${lang}.png`));

  await context.close();
  await demo.close();
  await browser.close();
}
console.log(`screenshots in ${out}`);

async function shot(page: Page, path: string): Promise<void> {
  await page.waitForTimeout(250); // let open animations finish
  await page.screenshot({ path });
  console.log(path);
}

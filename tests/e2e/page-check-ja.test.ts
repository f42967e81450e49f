import { mkdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openNewMeeting, zoomButton } from '../harness/flows';
import type { Stack } from '../harness/stack';
import { useStack } from '../harness/use-stack';

// The page check in a Japanese browser, on the Japanese demo with Location renamed to 会場.
let stack: Stack;
useStack((s) => (stack = s), { lang: 'ja' });

const SHOTS = '/tmp/shots/pagecheck';
const TYPED = { subject: '青葉銀行との合併協議', location: '麒麟会議室 7階', body: '田中さんへ秘密保持契約を持参' };

async function extensionPage(path: string, width: number): Promise<Page> {
  const page = await stack.browser.context.newPage();
  await page.setViewportSize({ width, height: 900 });
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (text: string) => void ((window as unknown as { copied: string }).copied = text) } });
  });
  await page.goto(`chrome-extension://${stack.browser.extensionId}/${path}`);
  return page;
}

beforeAll(() => mkdirSync(SHOTS, { recursive: true }));

describe('page check in Japanese (real Chromium, --lang=ja)', () => {
  it('popup and options say 場所: 見つかりません, preview an override, copy nothing typed', async () => {
    const ontime = await stack.browser.context.newPage();
    await ontime.goto(`${stack.ontime.urlJa}&variant=renamed`);
    await openNewMeeting(ontime, TYPED.subject, 'ja');
    await zoomButton(ontime, 'ja').waitFor();
    await ontime.getByLabel('会場', { exact: true }).fill(TYPED.location);
    await ontime.getByLabel(/^(説明|本文)/).fill(TYPED.body);

    const popup = await extensionPage('popup.html', 420);
    const location = popup.locator('li[data-field="location"]');
    await location.waitFor({ timeout: 15_000 });
    expect(await location.innerText()).toMatch(/場所: 見つかりません[\s\S]*試したルール: \d+ 個の入力欄でラベル 「location」、「place」、「where」、「場所」、「会議室」/);
    await popup.getByText('ラベルが「会場」の input').first().waitFor();
    await popup.screenshot({ path: `${SHOTS}/popup-ja.png`, fullPage: true });
    await popup.getByRole('button', { name: 'レポートをコピー' }).click();
    await popup.getByText('コピーしました（構造のみで、入力内容は含みません）').waitFor();
    const copied = (await popup.evaluate('window.copied')) as string;
    expect(copied).toContain('場所: 見つかりません');
    for (const value of Object.values(TYPED)) expect(copied).not.toContain(value);
    for (const word of ['青葉', '麒麟', '田中', '秘密']) expect(copied).not.toContain(word);

    const options = await extensionPage('options.html', 900);
    await options.getByText('詳細: OnTime エディターのセレクター').click();
    await options.getByRole('textbox', { name: '場所' }).fill('input[placeholder="会場を入力"]');
    const preview = options.locator('output[data-override="location"]');
    await expect.poll(() => preview.innerText(), { timeout: 10_000 }).toMatch(/^1 個の要素に一致: ラベルが「会場」の input — input\[type=text\]/);
    await options.getByRole('button', { name: 'OnTime ページを確認' }).click();
    await options.locator('li[data-field="location"]').filter({ hasText: '場所: 見つかりません' }).waitFor({ timeout: 15_000 });
    await options.locator('details.row').filter({ hasText: '詳細: OnTime エディターのセレクター' }).screenshot({ path: `${SHOTS}/options-override-ja.png` });
    await options.getByRole('region', { name: '接続テスト' }).screenshot({ path: `${SHOTS}/options-check-ja.png` });
  });
});

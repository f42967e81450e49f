import { mkdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { NAMES, openNewMeeting, waitForJoinUrl, zoomButton, type Lang } from '../harness/flows';
import { answerConsent } from '../harness/flows';
import { axeViolations, describeViolations } from '../harness/axe';
import type { Stack } from '../harness/stack';
import { useStack } from '../harness/use-stack';
import { clearGrant } from '../harness/zoom-grant';

// The experience on the OnTime page (issue 19): axe on the control and the dialog in each state,
// in English and Japanese; what the live region says; Retry after a 429; a keyboard-only create.

const SHOTS = '/tmp/shots/uxpage';
const WORDS = {
  en: { remove: 'Delete Zoom meeting', removeYes: 'Delete at Zoom', join: 'Join', retry: 'Retry', passcode: 'Passcode', added: /^Zoom meeting \d{3} \d{3,4} \d{4} added to the event\./, deleted: /^Zoom meeting \d{3} \d{3,4} \d{4} deleted at Zoom/, rateLimited: /too many requests\. Try again after \d{1,2}:\d{2}/, question: 'Delete this meeting at Zoom?' },
  ja: { remove: 'Zoom ミーティングを削除', removeYes: 'Zoom で削除', join: '参加', retry: '再試行', passcode: 'パスコード', added: /^Zoom ミーティング \d{3} \d{3,4} \d{4} を予定に追加しました。/, deleted: /^Zoom ミーティング \d{3} \d{3,4} \d{4} を Zoom 上で削除し/, rateLimited: /リクエストが多すぎます。\d{1,2}:\d{2} 以降/, question: 'この Zoom ミーティングを Zoom 上で削除しますか？' },
} as const;

let stack: Stack;
let consented = false;
useStack((s) => (stack = s));

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  await clearGrant(stack.browser.worker);
});

const control = (page: Page) => page.locator('ontime-zoom-control');
const dialogOf = (page: Page, lang: Lang) => page.getByRole('dialog', { name: NAMES[lang].dialog });
const polite = (page: Page) => page.locator('ontime-zoom-live [role="status"]');
const assertive = (page: Page) => page.locator('ontime-zoom-live [role="alert"]');
const liveMeetings = () => stack.sim.state.listMeetings().live;
const creates = () => stack.sim.state.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/users/me/meetings'));

async function noViolations(page: Page, part: string, what: string): Promise<void> {
  const violations = await axeViolations(page, [part]);
  expect(violations, `${what}:\n${describeViolations(violations)}`).toEqual([]);
}

/** The control with some of the editor around it, as a user sees it. */
async function shotOf(page: Page, target: Locator, name: string): Promise<void> {
  const box = (await target.boundingBox())!;
  const pad = 24;
  const above = 64; // OnTime's own Create ▾ sits just above the control
  const size = page.viewportSize()!;
  const x = Math.max(0, box.x - 180);
  const y = Math.max(0, box.y - above);
  await page.screenshot({ path: `${SHOTS}/${name}.png`, clip: { x, y, width: Math.min(size.width - x, box.width + 180 + pad + 200), height: Math.min(size.height - y, box.height + above + pad) } });
}

async function openOnTime(lang: Lang): Promise<Page> {
  const page = await stack.browser.context.newPage();
  await page.goto(lang === 'ja' ? stack.ontime.urlJa : stack.ontime.url);
  return page;
}

/** Clicks the Zoom button and answers consent the first time; resolves once the dialog shows. */
async function openDialog(page: Page, lang: Lang): Promise<Locator> {
  const popup = consented ? null : stack.browser.context.waitForEvent('page');
  await zoomButton(page, lang).click();
  if (popup) await answerConsent(popup, 'Allow');
  consented = true;
  const dialog = dialogOf(page, lang);
  await dialog.getByRole('button', { name: NAMES[lang].ok }).waitFor();
  return dialog;
}

describe.each(['en', 'ja'] as const)('the control and the dialog in %s', (lang) => {
  const w = WORDS[lang];

  it('pass axe in every state, say each outcome in the live region, and look as they should', async () => {
    stack.sim.state.clearFaults();
    const page = await openOnTime(lang);
    const editor = await openNewMeeting(page, lang === 'ja' ? '製品ロードマップ検討会' : 'Product roadmap review', lang);
    await zoomButton(page, lang).waitFor();
    // The region is there, empty, before anything is said.
    expect(await polite(page).textContent()).toBe('');
    expect(await assertive(page).textContent()).toBe('');
    await noViolations(page, 'ontime-zoom-control', 'idle');
    await shotOf(page, control(page), `${lang}-1-idle`);

    const popup = consented ? null : stack.browser.context.waitForEvent('page');
    await zoomButton(page, lang).click();
    if (popup) await answerConsent(popup, 'Allow');
    consented = true;
    await expect.poll(() => polite(page).textContent()).toBe(lang === 'ja' ? 'Zoom に接続しています…' : 'Connecting to Zoom…');

    const dialog = dialogOf(page, lang);
    const ok = dialog.getByRole('button', { name: NAMES[lang].ok });
    await ok.waitFor();
    // The date and time line is part of the dialog's description.
    const described = await dialog.evaluate((d) => (d.getAttribute('aria-describedby') ?? '').split(' ').map((id) => (d.getRootNode() as ShadowRoot).getElementById(id)?.textContent ?? ''));
    expect(described.join(' ')).toMatch(/\d{1,2}:\d{2}/);
    await noViolations(page, 'ontime-zoom-dialog', 'dialog, valid');
    await page.screenshot({ path: `${SHOTS}/${lang}-3-dialog.png` });

    // A passcode Zoom refuses: OK is disabled and looks it.
    const passcode = dialog.getByLabel(w.passcode, { exact: true });
    const good = await passcode.inputValue();
    await passcode.fill('a');
    await expect.poll(() => ok.isDisabled()).toBe(true);
    const look = await ok.evaluate((b) => ({ cursor: getComputedStyle(b).cursor, opacity: Number(getComputedStyle(b).opacity), background: getComputedStyle(b).backgroundColor }));
    expect(look.cursor).toBe('default');
    expect(look.opacity).toBeLessThan(1);
    expect(look.background).not.toBe('rgb(11, 92, 255)');
    await noViolations(page, 'ontime-zoom-dialog', 'dialog, invalid');
    await page.screenshot({ path: `${SHOTS}/${lang}-4-dialog-invalid.png` });

    // Busy: Zoom takes its time over the create, long enough to audit "Creating the Zoom meeting…".
    await passcode.fill(good);
    stack.sim.state.addFault({ method: 'POST', path: '/users/me/meetings$', kind: 'latency', latencyMs: 2500 });
    await ok.click();
    await expect.poll(() => polite(page).textContent()).toBe(lang === 'ja' ? 'Zoom ミーティングを作成しています…' : 'Creating the Zoom meeting…');
    expect(await zoomButton(page, lang).getAttribute('aria-busy')).toBe('true');
    await noViolations(page, 'ontime-zoom-control', 'busy');
    await shotOf(page, control(page), `${lang}-2-busy`);
    await waitForJoinUrl(editor, lang);
    await expect.poll(() => polite(page).textContent()).toMatch(w.added);
    await page.getByRole('link', { name: w.join, exact: true }).waitFor();
    await noViolations(page, 'ontime-zoom-control', 'done');
    await shotOf(page, control(page), `${lang}-5-done`);

    // Delete Zoom meeting: the question is said; a 429 is an error with Retry; Retry deletes it.
    await page.getByRole('button', { name: w.remove, exact: true }).click();
    await expect.poll(() => polite(page).textContent()).toBe(w.question + (lang === 'ja' ? ' 予定は残り、Zoom のリンクだけが取り除かれます。' : ' The event stays; only its Zoom link is taken out.'));
    expect(await control(page).evaluate((host) => host.shadowRoot?.activeElement?.textContent)).toBe(lang === 'ja' ? '削除しない' : 'Keep');
    await shotOf(page, control(page), `${lang}-6-confirm`);
    stack.sim.state.addFault({ method: 'DELETE', path: '/meetings/\\d+$', kind: 'rate-limit', retryAfter: '90' });
    await page.getByRole('button', { name: w.removeYes, exact: true }).click();
    await expect.poll(() => assertive(page).textContent()).toMatch(w.rateLimited);
    expect(await polite(page).textContent()).toBe('');
    await noViolations(page, 'ontime-zoom-control', 'error');
    await shotOf(page, control(page), `${lang}-7-error`);
    expect(liveMeetings()).toHaveLength(1);

    await page.getByRole('button', { name: w.retry, exact: true }).click();
    await expect.poll(() => polite(page).textContent()).toMatch(w.deleted);
    expect(liveMeetings()).toHaveLength(0);
    await zoomButton(page, lang).waitFor();
    await page.close();
  });
});

describe('recovery and the keyboard', () => {
  it('a 429 on the create gets Retry, which makes exactly one meeting with the dialog’s choices', async () => {
    stack.sim.state.clearFaults();
    stack.sim.state.reset();
    await clearGrant(stack.browser.worker);
    consented = false;
    stack.sim.state.clearRequests();
    const page = await openOnTime('en');
    const editor = await openNewMeeting(page, 'Rate limited, then retried');
    const dialog = await openDialog(page, 'en');
    await dialog.getByLabel('Topic', { exact: true }).fill('Retried topic');
    stack.sim.state.addFault({ method: 'POST', path: '/meetings$', kind: 'rate-limit', retryAfter: '90' });
    await dialog.getByRole('button', { name: 'OK' }).click();
    await expect.poll(() => assertive(page).textContent()).toMatch(WORDS.en.rateLimited);
    expect(liveMeetings()).toHaveLength(0);
    await page.getByRole('button', { name: 'Retry', exact: true }).click();
    const joinUrl = await waitForJoinUrl(editor);
    expect(liveMeetings()).toHaveLength(1);
    expect(liveMeetings()[0]!.join_url).toBe(joinUrl);
    expect(liveMeetings()[0]!.topic).toBe('Retried topic');
    expect(creates()).toHaveLength(2); // the refused one and the retry: nothing blind
    await page.close();
  });

  it('creates a meeting with the keyboard alone', async () => {
    stack.sim.state.clearFaults();
    const page = await openOnTime('en');
    await page.getByRole('button', { name: 'New meeting' }).focus();
    await page.keyboard.press('Enter');
    const editor = page.getByRole('dialog').filter({ has: page.getByLabel('Subject', { exact: true }) });
    await editor.getByLabel('Subject', { exact: true }).waitFor();
    await page.keyboard.type('Typed, not clicked');
    // Tab until our button has focus (it is inside a shadow root: look at the host's active element).
    const onZoom = () => page.evaluate(() => document.activeElement?.localName === 'ontime-zoom-control' && document.activeElement.shadowRoot?.activeElement?.textContent === 'Online meeting: Zoom');
    for (let i = 0; i < 40 && !(await onZoom()); i++) await page.keyboard.press('Tab');
    expect(await onZoom()).toBe(true);
    const popup = consented ? null : stack.browser.context.waitForEvent('page');
    await page.keyboard.press('Enter');
    if (popup) await answerConsent(popup, 'Allow');
    consented = true;
    await dialogOf(page, 'en').getByRole('button', { name: 'OK' }).waitFor();
    await page.keyboard.press('Enter'); // the dialog's first field has focus; Enter is OK
    const joinUrl = await waitForJoinUrl(editor);
    expect(liveMeetings().filter((m) => m.join_url === joinUrl)).toHaveLength(1);
    await expect.poll(() => polite(page).textContent()).toMatch(WORDS.en.added);
    await page.close();
  });
});

describe('one language for every surface', () => {
  it('after a Japanese OnTime page, the popup speaks Japanese too (English browser)', async () => {
    const page = await openOnTime('ja');
    await page.getByRole('button', { name: NAMES.ja.newMeeting }).waitFor();
    await page.locator('ontime-zoom-live').waitFor({ state: 'attached' });
    const popup = await stack.browser.context.newPage();
    await popup.goto(`chrome-extension://${stack.browser.extensionId}/popup.html`);
    await expect.poll(() => popup.evaluate(() => document.documentElement.lang)).toBe('ja');
    await popup.screenshot({ path: `${SHOTS}/ja-popup-after-ja-page.png` });
    await popup.close();
    await page.close();
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { clickZoomAndConsent, openNewMeeting, waitForJoinUrl, zoomButton } from '../harness/flows';
import type { Stack } from '../harness/stack';
import { useStack } from '../harness/use-stack';

let stack: Stack;
let page: Page;

useStack((s) => (stack = s));
beforeEach(async () => {
  stack.sim.state.reset();
  page = await stack.browser.context.newPage();
});

const countButtons = (lang: 'en' | 'ja' = 'en') => zoomButton(page, lang).count();
const demo = (script: string) => page.evaluate(script);

describe('the Zoom button in OnTime editors (real Chromium)', () => {
  it('is named オンライン会議: Zoom in the Japanese OnTime UI', async () => {
    await page.goto(stack.ontime.urlJa);
    await openNewMeeting(page, '定例会議', 'ja');
    await zoomButton(page, 'ja').waitFor();
    expect(await countButtons('ja')).toBe(1);
    expect(await countButtons('en')).toBe(0);
  });

  it('stays exactly one per editor across re-renders and re-opens', async () => {
    await page.goto(stack.ontime.url);
    await openNewMeeting(page, 'Re-render me');
    await zoomButton(page).waitFor();
    for (let i = 0; i < 5; i++) {
      await demo('window.__ontimeDemo.rerenderEditor()');
      await zoomButton(page).waitFor();
      expect(await countButtons()).toBe(1);
    }
    await page.getByRole('dialog').getByRole('button', { name: 'Cancel', exact: true }).click();
    await openNewMeeting(page, 'Second open');
    await zoomButton(page).waitFor();
    expect(await countButtons()).toBe(1);
  });

  it('stays exactly one in the variant that hides and shows one dialog', async () => {
    await page.goto(`${stack.ontime.url}?variant=hidden`);
    for (let i = 0; i < 3; i++) {
      await openNewMeeting(page, `Hidden ${i}`);
      await zoomButton(page).waitFor();
      expect(await page.locator('ontime-zoom-control').count()).toBe(1);
      await page.getByRole('dialog').getByRole('button', { name: 'Cancel', exact: true }).click();
      await zoomButton(page).waitFor({ state: 'hidden' });
    }
  });

  it('in the variant that hides and shows one dialog, a dialog shown again for another event shows that event', async () => {
    await page.goto(`${stack.ontime.url}?variant=hidden`);
    await openNewMeeting(page, 'Linked');
    await page.getByRole('button', { name: 'Create', exact: true }).click();
    await page.getByRole('menuitem', { name: /Zoom/ }).click();
    await page.locator('ontime-zoom-control').getByText(/Zoom meeting \d{3} \d{3,4} \d{4}/).waitFor();
    await page.getByRole('dialog').getByRole('button', { name: 'Cancel', exact: true }).click();
    await openNewMeeting(page, 'Not linked');
    await zoomButton(page).waitFor();
    expect(await page.locator('ontime-zoom-control').getByText(/Zoom meeting \d{3} \d{3,4} \d{4}/).count()).toBe(0);
  });

  it('a re-render while the meeting is being made joins that creation: one meeting, link in the new editor', async () => {
    await page.goto(stack.ontime.url);
    const editor = await openNewMeeting(page, 'Race');
    const dialog = await clickZoomAndConsent(stack.browser.context, page);
    stack.sim.state.addFault({ method: 'POST', path: '/meetings$', kind: 'latency', latencyMs: 800 });
    await dialog.getByRole('button', { name: 'OK' }).click();
    await demo('window.__ontimeDemo.rerenderEditor()');
    await zoomButton(page).click(); // a click on the re-rendered, busy button must not start another
    const joinUrl = await waitForJoinUrl(editor);
    expect(stack.sim.state.listMeetings().live.map((m) => m.join_url)).toEqual([joinUrl]);
  });

  it('an editor that already holds a Zoom link (OnTime’s own integration) shows it and creates nothing', async () => {
    await page.goto(stack.ontime.url);
    await openNewMeeting(page, 'Made by OnTime');
    await page.getByRole('button', { name: 'Create', exact: true }).click();
    await page.getByRole('menuitem', { name: /Zoom/ }).click();
    await page.locator('ontime-zoom-control').getByText(/Zoom meeting \d{3} \d{3,4} \d{4} — not managed by this extension/).waitFor();
    expect(await countButtons()).toBe(0);
    expect(await page.getByRole('button', { name: 'Delete Zoom meeting', exact: true }).count()).toBe(0);
    expect(stack.sim.state.requests.filter((r) => r.path.startsWith('/v2/'))).toHaveLength(0);
  });
});


import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { answerConsent, clickZoomAndConsent, openNewMeeting, waitForJoinUrl, zoomButton } from '../harness/flows';
import type { Stack } from '../harness/stack';
import { useStack } from '../harness/use-stack';
import { clearGrant } from '../harness/zoom-grant';

let stack: Stack;
let page: Page;

useStack((s) => (stack = s));

beforeEach(async () => {
  stack.sim.state.reset();
  await clearGrant(stack.browser.worker);
  page = await stack.browser.context.newPage();
  await page.goto(stack.ontime.url);
});

describe('create a Zoom meeting from the OnTime editor (real Chromium, simulator)', () => {
  it('consents, confirms the settings, writes the join URL and invitation, and makes exactly one meeting', async () => {
    const editor = await openNewMeeting(page, 'Quarterly planning');
    await zoomButton(page).waitFor();
    expect(await zoomButton(page).count()).toBe(1);
    const dialog = await clickZoomAndConsent(stack.browser.context, page);
    await dialog.getByRole('button', { name: 'OK' }).click();
    const joinUrl = await waitForJoinUrl(editor);

    const { live } = stack.sim.state.listMeetings();
    expect(live).toHaveLength(1);
    const meeting = live[0]!;
    expect(joinUrl).toBe(meeting.join_url);
    expect(meeting.topic).toBe('Quarterly planning');
    // The browser runs in UTC here, so the editor's wall-clock start is the meeting's UTC start.
    const startDate = await editor.getByLabel('Start', { exact: true }).inputValue();
    const startTime = await editor.getByLabel('Start time', { exact: true }).inputValue();
    const endDate = await editor.getByLabel('End', { exact: true }).inputValue();
    const endTime = await editor.getByLabel('End time', { exact: true }).inputValue();
    expect(meeting.start_time).toBe(`${startDate}T${startTime}:00Z`);
    expect(meeting.timezone).toBe('UTC');
    expect(meeting.duration).toBe((Date.parse(`${endDate}T${endTime}Z`) - Date.parse(`${startDate}T${startTime}Z`)) / 60_000);
    const body = await editor.getByLabel(/^(Description|Body)/).inputValue();
    expect(body).toContain(meeting.join_url);
    expect(body).toMatch(/Meeting ID: \d{3} \d{3,4} \d{4}/);
    await page.locator('ontime-zoom-control').getByText(/Zoom meeting \d{3} \d{3,4} \d{4}/).waitFor();
    expect(stack.sim.state.tokenRequests.every((r) => !r.hadAuthorizationHeader)).toBe(true);
  });

  it('Deny keeps the draft, creates nothing and says so', async () => {
    const editor = await openNewMeeting(page, 'Denied meeting');
    await editor.getByLabel(/^(Description|Body)/).fill('My own notes');
    const popup = stack.browser.context.waitForEvent('page');
    await zoomButton(page).click();
    await answerConsent(popup, 'Deny');
    await page.getByRole('alert').filter({ hasText: 'Zoom access was not allowed' }).waitFor();
    expect(await editor.getByLabel('Subject', { exact: true }).inputValue()).toBe('Denied meeting');
    expect(await editor.getByLabel(/^(Description|Body)/).inputValue()).toBe('My own notes');
    expect(await editor.getByLabel('Location', { exact: true }).inputValue()).toBe('');
    expect(stack.sim.state.listMeetings().live).toHaveLength(0);
    expect(stack.sim.state.tokenRequests).toHaveLength(0);
  });

  it('a closed consent popup is a quiet cancel: draft kept, nothing created, no error shown', async () => {
    const editor = await openNewMeeting(page, 'Closed popup');
    const popup = stack.browser.context.waitForEvent('page');
    await zoomButton(page).click();
    await answerConsent(popup, 'close');
    await expect.poll(async () => (await zoomButton(page).getAttribute('aria-busy')) ?? '', { timeout: 10_000 }).toBe('false');
    expect(await page.getByRole('alert').filter({ hasText: /\S/ }).count()).toBe(0); // the live region is always there, empty
    expect(await editor.getByLabel('Subject', { exact: true }).inputValue()).toBe('Closed popup');
    expect(stack.sim.state.listMeetings().live).toHaveLength(0);
    expect(stack.sim.state.tokenRequests).toHaveLength(0);
  });
});

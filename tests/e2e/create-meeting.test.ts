import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { answerConsent } from '../harness/browser';
import { startStack, type Stack } from '../harness/stack';

let stack: Stack;
let page: Page;

beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.close();
});

beforeEach(async () => {
  stack.sim.state.reset();
  page = await stack.browser.context.newPage();
  await page.goto(stack.ontime.url);
});

async function openNewMeeting(subject: string) {
  await page.getByRole('button', { name: 'New meeting' }).click();
  const editor = page.getByRole('dialog');
  await editor.getByLabel('Subject').fill(subject);
  return editor;
}

const zoomButton = () => page.getByRole('button', { name: 'Online meeting: Zoom', exact: true });

describe('create a Zoom meeting from the OnTime editor', () => {
  it('consents, confirms the settings, writes the join URL and invitation, and makes exactly one meeting', async () => {
    const editor = await openNewMeeting('Quarterly planning');
    await expect(zoomButton()).toHaveCount(1);
    const popup = stack.browser.context.waitForEvent('page');
    await zoomButton().click();
    await answerConsent(stack.browser.context, 'Allow', popup);
    await page.getByRole('dialog', { name: 'Zoom meeting settings' }).getByRole('button', { name: 'OK' }).click();
    await expect.poll(() => editor.getByLabel('Location').inputValue(), { timeout: 15_000 }).toContain('/j/');

    const { live } = stack.sim.state.listMeetings();
    expect(live).toHaveLength(1);
    const meeting = live[0]!;
    expect(meeting.topic).toBe('Quarterly planning');
    const location = await editor.getByLabel('Location').inputValue();
    expect(location).toBe(meeting.join_url);
    const body = await editor.getByLabel(/Description|Body/).inputValue();
    expect(body).toContain(meeting.join_url);
    expect(body).toContain('Meeting ID:');
    await expect(page.getByText(/Zoom meeting \d{3} \d{3,4} \d{4}/)).toBeVisible();
    // Token requests carry no Authorization header (public client).
    expect(stack.sim.state.tokenRequests.every((r) => !r.hadAuthorizationHeader)).toBe(true);
  });
});

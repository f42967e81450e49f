import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { forgetZoomConnection } from '../harness/extension-storage';
import type { FirefoxSession } from '../harness/firefox';
import type { Stack } from '../harness/stack';
import { clickZoomAndConsent, NAMES, openNewMeeting, waitForJoinUrl } from '../harness/ui/flows';
import type { UiPage } from '../harness/ui/types';
import { useFirefoxStack } from '../harness/use-stack';

// The editor's close is seen in Firefox too (a removed editor, a ResizeObserver reporting 0×0).
const en = NAMES.en;
let stack: Stack<FirefoxSession>;
let page: UiPage;

useFirefoxStack((s) => (stack = s));
beforeEach(async () => {
  stack.sim.state.reset();
  await forgetZoomConnection(stack.session);
  page = await stack.session.newPage(stack.ontime.url);
});
afterEach(async () => {
  await page.close();
});

async function createMeeting(subject: string): Promise<string> {
  await openNewMeeting(page, subject);
  const dialog = await clickZoomAndConsent(stack.session, page);
  await dialog.clickButton(en.ok);
  return waitForJoinUrl(page);
}

describe('ways out of the editor (real Firefox ESR, simulator)', () => {
  it('× after create: the page reports the orphan at once; Delete meeting deletes it at Zoom', async () => {
    await createMeeting('Closed in Firefox');
    await page.clickButton('Close');
    await page.waitForRole('alert', 'closed without saving', 3_000);
    await page.clickButton('Delete meeting');
    await expect.poll(() => stack.sim.state.listMeetings().live.length, { timeout: 5_000 }).toBe(0);
    await page.waitForRole('status', 'The Zoom meeting was deleted.');
  });

  it('Cancel after create, then Keep: the meeting stays at Zoom and the badge counts it', async () => {
    await createMeeting('Kept in Firefox');
    await page.clickButton(en.cancel);
    await page.waitForRole('alert', 'closed without saving', 3_000);
    await page.clickButton('Keep');
    expect(stack.sim.state.listMeetings().live).toHaveLength(1);
    await expect.poll(() => stack.session.inExtension<string>('browser.action.getBadgeText({})'), { timeout: 5_000 }).toBe('1');
  });
});

import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { createMeetingInEditor, meetingRecords, openNewMeeting, waitForJoinUrl, zoomButton } from '../harness/flows';
import type { Stack } from '../harness/stack';
import { useFreshPage, useStack } from '../harness/use-stack';
import { clearGrant } from '../harness/zoom-grant';

let stack: Stack;
let page: Page;

useStack((s) => (stack = s));
useFreshPage(() => stack, (p) => (page = p), { open: true });

const body = (editor: Locator) => editor.getByLabel(/^(Description|Body)/);
const location = (editor: Locator) => editor.getByLabel('Location', { exact: true });
const zoomCalls = (method: string) => stack.sim.state.requests.filter((r) => r.method === method && r.path.startsWith('/v2/meetings'));

/** New event with a Zoom meeting, made through the real UI; consent the first time. */
async function createMeeting(subject: string, notes = ''): Promise<{ editor: Locator; joinUrl: string; id: number }> {
  const made = await createMeetingInEditor(stack.browser.context, page, subject, { notes, consent: 'auto' });
  return made;
}

async function saveEditor(editor: Locator) {
  await editor.getByRole('button', { name: 'Save', exact: true }).click();
  await editor.waitFor({ state: 'detached' });
}

async function openSaved(joinUrl: string): Promise<Locator> {
  const event = stack.ontime.events().find((e) => e.location === joinUrl);
  if (!event) throw new Error('event not saved');
  await page.evaluate(`window.__ontimeDemo.openEvent(${JSON.stringify(event.id)})`);
  const editor = page.getByRole('dialog').filter({ has: page.getByLabel('Subject', { exact: true }) });
  await page.locator('ontime-zoom-control').getByText(/Zoom meeting \d{3} \d{3,4} \d{4}/).waitFor();
  return editor;
}

const liveIds = () => stack.sim.state.listMeetings().live.map((m) => m.id);

describe('meeting lifecycle in the OnTime editor (real Chromium, simulator)', () => {
  it('saving the event records it; a changed time updates Zoom and the invitation; an unchanged save makes no call', async () => {
    const { editor, joinUrl, id } = await createMeeting('Lifecycle', 'Bring the numbers.');
    await saveEditor(editor);
    expect(zoomCalls('PATCH')).toHaveLength(0);
    await expect.poll(async () => (await meetingRecords(stack.browser.worker)).find((r) => r.id === id)?.state).toBe('saved');

    const reopened = await openSaved(joinUrl);
    await reopened.getByLabel('Start time', { exact: true }).fill('15:30');
    await reopened.getByLabel('End time', { exact: true }).fill('16:45');
    await saveEditor(reopened);
    await expect.poll(() => zoomCalls('PATCH').length).toBe(1);
    const meeting = stack.sim.state.meetings.get(id)!;
    expect(meeting.duration).toBe(75);
    expect(meeting.start_time).toMatch(/T15:30:00Z$/);
    const saved = stack.ontime.events().find((e) => e.location === joinUrl)!;
    expect(saved.body).toContain('Bring the numbers.');
    expect(saved.body).toMatch(/3:30 PM \(UTC\)/);
    await page.getByRole('status').filter({ hasText: 'Zoom meeting updated' }).waitFor();

    const again = await openSaved(joinUrl);
    await saveEditor(again);
    await page.waitForTimeout(500);
    expect(zoomCalls('PATCH')).toHaveLength(1);
  });

  it('Remove deletes the meeting at Zoom and strips only our text from the fields', async () => {
    const { editor, id } = await createMeeting('To be removed', 'My own agenda');
    await page.getByRole('button', { name: 'Delete Zoom meeting', exact: true }).click();
    await page.getByRole('button', { name: 'Delete at Zoom', exact: true }).click();
    // While removing, the button is back already (busy, same name): wait for the fields instead.
    await expect.poll(() => location(editor).inputValue()).toBe('');
    await zoomButton(page).waitFor();
    expect(liveIds()).not.toContain(id);
    expect(await body(editor).inputValue()).toBe('My own agenda');
  });

  it('deleting the event in OnTime (Delete, then confirm) deletes the Zoom meeting', async () => {
    const { editor, joinUrl, id } = await createMeeting('Event to delete');
    await saveEditor(editor);
    const reopened = await openSaved(joinUrl);
    await reopened.getByRole('button', { name: 'Delete', exact: true }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'OK', exact: true }).click();
    await expect.poll(liveIds).not.toContain(id);
    expect(stack.ontime.events().some((e) => e.location === joinUrl)).toBe(false);
  });

  it('backing out of OnTime’s delete confirmation keeps the Zoom meeting', async () => {
    const { editor, joinUrl, id } = await createMeeting('Kept event');
    await saveEditor(editor);
    const reopened = await openSaved(joinUrl);
    await reopened.getByRole('button', { name: 'Delete', exact: true }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Cancel', exact: true }).click();
    await page.waitForTimeout(300);
    expect(liveIds()).toContain(id);
    expect(zoomCalls('DELETE')).toHaveLength(0);
  });

  it('20 rapid clicks make one meeting', async () => {
    const before = liveIds().length;
    const editor = await openNewMeeting(page, 'Rapid clicks');
    stack.sim.state.addFault({ method: 'POST', path: '/meetings$', kind: 'latency', latencyMs: 500 });
    await zoomButton(page).click();
    const dialog = page.getByRole('dialog', { name: 'Zoom meeting settings' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'OK' }).click();
    for (let i = 0; i < 20; i++) await zoomButton(page).click({ force: true, timeout: 200 }).catch(() => undefined);
    await waitForJoinUrl(editor);
    expect(liveIds().length).toBe(before + 1);
    expect(await page.getByRole('dialog', { name: 'Zoom meeting settings' }).count()).toBe(0);
  });

  it('cancelling a new event after its meeting was made leaves an orphan that the popup lists and deletes', async () => {
    const { editor, id } = await createMeeting('Cancelled event');
    await editor.getByRole('button', { name: 'Cancel', exact: true }).click();
    await expect.poll(async () => (await meetingRecords(stack.browser.worker)).find((r) => r.id === id)?.state).toBe('orphaned');

    const popup = await stack.browser.context.newPage();
    await popup.goto(`chrome-extension://${stack.browser.extensionId}/popup.html`);
    const attention = popup.getByRole('region').or(popup.locator('section')).filter({ hasText: 'Needs attention' });
    const row = attention.getByRole('listitem', { name: 'Cancelled event' });
    await row.getByText('Not in any OnTime event').waitFor();
    await row.getByRole('button', { name: 'Delete', exact: true }).click();
    await row.getByRole('button', { name: 'Delete at Zoom', exact: true }).click();
    await expect.poll(liveIds).not.toContain(id);
    await row.waitFor({ state: 'detached' });
    await popup.close();
  });

  it('429 on create: a clear message with the time, no meeting, the draft kept', async () => {
    const before = liveIds().length;
    const editor = await openNewMeeting(page, 'Rate limited');
    await body(editor).fill('Draft text');
    stack.sim.state.addFault({ method: 'POST', path: '/meetings$', kind: 'rate-limit', retryAfter: '90' });
    await zoomButton(page).click();
    await page.getByRole('dialog', { name: 'Zoom meeting settings' }).getByRole('button', { name: 'OK' }).click();
    await page.getByRole('alert').filter({ hasText: /too many requests\. Try again after \d{1,2}:\d{2}/ }).waitFor();
    expect(liveIds().length).toBe(before);
    expect(await editor.getByLabel('Subject', { exact: true }).inputValue()).toBe('Rate limited');
    expect(await body(editor).inputValue()).toBe('Draft text');
    expect(await location(editor).inputValue()).toBe('');
  });

  it('without meeting:update:meeting the event saves and the user is told Zoom was not updated', async () => {
    const clients = stack.sim.state.config.clients;
    // The app is removed at Zoom and here, so the next click consents to the changed scopes.
    const reconnect = async () => {
      stack.sim.state.revokeGrants();
      await clearGrant(stack.browser.worker);
    };
    stack.sim.state.configure({ clients: clients.map((c) => ({ ...c, scopes: c.scopes.filter((s) => s !== 'meeting:update:meeting') })) });
    await reconnect();
    try {
      const { editor, joinUrl, id } = await createMeeting('No update scope');
      await saveEditor(editor);
      const reopened = await openSaved(joinUrl);
      await reopened.getByLabel('Subject', { exact: true }).fill('Renamed');
      await saveEditor(reopened);
      await page.getByRole('alert').filter({ hasText: 'the Zoom meeting was not updated' }).filter({ hasText: 'meeting:update:meeting' }).waitFor();
      expect(stack.sim.state.meetings.get(id)!.topic).toBe('No update scope');
      expect(stack.ontime.events().find((e) => e.location === joinUrl)?.subject).toBe('Renamed');
    } finally {
      stack.sim.state.configure({ clients });
      await reconnect();
    }
  });
});

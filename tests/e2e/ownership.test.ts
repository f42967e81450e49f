import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { stopServiceWorker } from '../harness/browser';
import { clickZoomAndConsent, meetingRecords, openNewMeeting, waitForJoinUrl } from '../harness/flows';
import type { Stack } from '../harness/stack';
import { useStack } from '../harness/use-stack';
import { DEFAULT_SCOPES } from '../harness/zoom-simulator/index';
import { createMeeting as simCreate } from '../harness/zoom-simulator/meetings';

let stack: Stack;
let page: Page;

useStack((s) => (stack = s));
beforeAll(() => stack.sim.state.reset());
beforeEach(async () => {
  stack.sim.state.clearFaults();
  stack.sim.state.clearRequests();
  page = await stack.browser.context.newPage();
  await page.goto(stack.ontime.url);
});

const editorOf = (p: Page) => p.getByRole('dialog').filter({ has: p.getByLabel('Subject', { exact: true }) });
const zoomCalls = () => stack.sim.state.requests.filter((r) => r.path.startsWith('/v2/meetings'));
const posts = () => stack.sim.state.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/meetings')).length;
const liveIds = () => stack.sim.state.listMeetings().live.map((m) => m.id);

/** A meeting made at Zoom outside this browser: a standing meeting, OnTime's own, another profile's. */
function zoomMeeting(topic: string, start = '2026-12-09T10:00:00'): { id: number; join_url: string } {
  const made = simCreate(stack.sim.state, { topic, type: 2, start_time: start, duration: 30, timezone: 'UTC' });
  if ('error' in made) throw new Error('simulator refused the meeting');
  return made.meeting;
}

/** An event saved in OnTime, opened in its editor. */
async function openEvent(fields: { subject: string; location?: string; body?: string }): Promise<Locator> {
  const res = await fetch(`${stack.ontime.url}api/events`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ start: '2026-12-09T10:00', end: '2026-12-09T10:30', timeZone: 'UTC', location: '', body: '', participants: [], ...fields }),
  });
  const { id } = (await res.json()) as { id: string };
  await page.evaluate(`window.__ontimeDemo.openEvent(${JSON.stringify(id)})`);
  const editor = editorOf(page);
  await editor.getByLabel('Subject', { exact: true }).waitFor();
  return editor;
}

async function saveEditor(editor: Locator) {
  await editor.getByRole('button', { name: 'Save', exact: true }).click();
  await editor.waitFor({ state: 'detached' });
}

async function deleteEvent(editor: Locator) {
  await editor.getByRole('button', { name: 'Delete', exact: true }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'OK', exact: true }).click();
  await editor.waitFor({ state: 'detached' });
}

/** Disconnect in the popup, so the next click consents again with the scopes the Zoom app has now. */
async function disconnect() {
  const popup = await stack.browser.context.newPage();
  await popup.goto(`chrome-extension://${stack.browser.extensionId}/popup.html`);
  await popup.getByRole('button', { name: 'Disconnect Zoom' }).click();
  await popup.getByRole('status').filter({ hasText: 'Disconnected.' }).waitFor();
  await popup.close();
}

function grantScopes(extra: string[]) {
  stack.sim.state.configure({ clients: stack.sim.state.config.clients.map((c) => ({ ...c, scopes: [...DEFAULT_SCOPES, ...extra] })) });
}

/** Opens a new meeting, consents when needed, and leaves the settings dialog open. */
async function newMeetingDialog(subject: string) {
  const editor = await openNewMeeting(page, subject);
  const dialog = await clickZoomAndConsent(stack.browser.context, page, { consent: 'auto' });
  return { editor, dialog };
}

describe('only meetings this extension made are changed (real Chromium, simulator)', () => {
  it('a standing meeting’s link in the description and another in Location: a time change and Delete reach neither at Zoom; Open, no Remove', async () => {
    const inBody = zoomMeeting('Weekly standing meeting');
    const inLocation = zoomMeeting('Team room');

    const first = await openEvent({ subject: 'Planning', location: 'Room 5A', body: `Usual link: ${inBody.join_url}` });
    await first.getByText(/^Zoom meeting [\d ]+ — not managed by this extension$/).waitFor();
    expect(await first.getByRole('link', { name: 'Join' }).getAttribute('href')).toBe(inBody.join_url);
    expect(await first.getByRole('button', { name: 'Delete Zoom meeting', exact: true }).count()).toBe(0);
    await first.getByLabel('Start time', { exact: true }).fill('11:00');
    await first.getByLabel('End time', { exact: true }).fill('11:45');
    await saveEditor(first);

    const second = await openEvent({ subject: 'Review', location: inLocation.join_url });
    await second.getByText(/^Zoom meeting [\d ]+ — not managed by this extension$/).waitFor();
    expect(await second.getByRole('button', { name: 'Delete Zoom meeting', exact: true }).count()).toBe(0);
    await deleteEvent(second);

    await page.waitForTimeout(800);
    expect(zoomCalls()).toEqual([]);
    expect(liveIds()).toEqual(expect.arrayContaining([inBody.id, inLocation.id]));
  });

  it('a stale Delete (Escape in the confirmation, Cancel) does not delete anything when another event is deleted', async () => {
    const { editor, dialog } = await newMeetingDialog('Event A');
    await dialog.getByRole('button', { name: 'OK' }).click();
    const joinUrl = await waitForJoinUrl(editor);
    const id = Number(/\/j\/(\d+)/.exec(joinUrl)![1]);
    await saveEditor(editor);

    const event = stack.ontime.events().find((e) => e.location === joinUrl)!;
    await page.evaluate(`window.__ontimeDemo.openEvent(${JSON.stringify(event.id)})`);
    const reopened = editorOf(page);
    await reopened.getByRole('button', { name: 'Delete', exact: true }).click();
    await page.getByRole('alertdialog').waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('alertdialog').waitFor({ state: 'detached' });
    await reopened.getByRole('button', { name: 'Cancel', exact: true }).click();
    await reopened.waitFor({ state: 'detached' });

    await deleteEvent(await openEvent({ subject: 'Event B' }));
    await page.waitForTimeout(800);
    expect(zoomCalls().filter((r) => r.method === 'DELETE')).toEqual([]);
    expect(liveIds()).toContain(id);
  });

  it('the worker stopped for real while Zoom holds the create: one meeting, and the page says it is unconfirmed', async () => {
    const { editor, dialog } = await newMeetingDialog('Held create');
    const before = liveIds().length;
    stack.sim.state.addFault({ method: 'POST', path: '/meetings$', kind: 'latency', latencyMs: 3000 });
    await dialog.getByRole('button', { name: 'OK' }).click();
    await expect.poll(posts).toBe(1);
    await stopServiceWorker(stack.browser);

    await page.locator('ontime-zoom-control').getByText('Zoom did not confirm the meeting').waitFor({ timeout: 20_000 });
    await page.waitForTimeout(3500); // Zoom finishes the held create
    expect(liveIds().length).toBe(before + 1);
    expect(posts()).toBe(1);
    expect(await editor.getByLabel('Location', { exact: true }).inputValue()).toBe('');
  });

  it('with meeting:read:list_meetings, the held create is found again: its link is written, no second create', async () => {
    grantScopes(['meeting:read:list_meetings', 'meeting:read:meeting', 'user:read:user']);
    await disconnect();
    const { editor, dialog } = await newMeetingDialog('Held create, found');
    const before = liveIds().length;
    stack.sim.state.addFault({ method: 'POST', path: '/meetings$', kind: 'latency', latencyMs: 3000 });
    await dialog.getByRole('button', { name: 'OK' }).click();
    await expect.poll(posts).toBe(1);
    await stopServiceWorker(stack.browser);

    const joinUrl = await waitForJoinUrl(editor, 'en', 30_000);
    const made = stack.sim.state.listMeetings().live.find((m) => m.topic === 'Held create, found')!;
    expect(joinUrl).toBe(made.join_url);
    expect(liveIds().length).toBe(before + 1);
    expect(posts()).toBe(1);
    await page.locator('ontime-zoom-toast').getByText('was found and added to the event').waitFor();
    await expect.poll(async () => (await meetingRecords(stack.browser.worker)).some((r) => r.id === made.id)).toBe(true);
  });

  it('a meeting this user made in another browser profile is not managed; "Manage it here" takes it over, and a time change then updates it', async () => {
    const elsewhere = zoomMeeting('Made in another profile');
    const editor = await openEvent({ subject: 'Made in another profile', location: elsewhere.join_url });
    await editor.getByText(/^Zoom meeting [\d ]+ — not managed by this extension$/).waitFor();
    await editor.getByRole('button', { name: 'Manage it here' }).click();
    await page.locator('ontime-zoom-toast').getByText('This Zoom meeting is now managed here').waitFor();
    await editor.getByRole('button', { name: 'Delete Zoom meeting', exact: true }).waitFor();

    await editor.getByLabel('Start time', { exact: true }).fill('14:00');
    await editor.getByLabel('End time', { exact: true }).fill('15:00');
    await saveEditor(editor);
    await expect.poll(() => zoomCalls().filter((r) => r.method === 'PATCH').length).toBe(1);
    expect(stack.sim.state.meetings.get(elsewhere.id)!.duration).toBe(60);
  });
});


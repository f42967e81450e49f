import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { clickZoomAndConsent, createMeetingInEditor, meetingRecords, openNewMeeting, waitForJoinUrl } from '../harness/flows';
import { currentWorker, stopServiceWorker } from '../harness/browser';
import { axeViolations, describeViolations } from '../harness/axe';
import type { Stack } from '../harness/stack';
import { useFreshPage, useStack } from '../harness/use-stack';

// Every way out of OnTime's editor, followed: Delete with and without a question, a native
// confirm, a question inside the editor, Cancel, ×, Escape, leaving the page.
let stack: Stack;
let page: Page;
const SHOTS = '/tmp/shots/exits';

useStack((s) => (stack = s));
useFreshPage(() => stack, (p) => (page = p));

const liveIds = () => stack.sim.state.listMeetings().live.map((m) => m.id);
const zoomCalls = (method: string) => stack.sim.state.requests.filter((r) => r.method === method && r.path.startsWith('/v2/meetings'));
const worker = () => currentWorker(stack.browser);
const stateOf = async (id: number) => (await meetingRecords(await worker())).find((r) => r.id === id)?.state;
const badge = async () => (await worker()).evaluate(`chrome.action.getBadgeText({})`) as Promise<string>;
const abandonToast = (p: Page = page) => p.locator('ontime-zoom-toast').filter({ hasText: 'closed without saving' });

/** Opens the demo page with `?delete=<mode>` (how OnTime's Delete asks). */
async function openOnTime(query = '') {
  await page.goto(`${stack.ontime.url}${query}`);
}

async function createMeeting(subject: string): Promise<{ editor: Locator; joinUrl: string; id: number }> {
  const made = await createMeetingInEditor(stack.browser.context, page, subject, { consent: 'auto' });
  return made;
}

async function saveEditor(editor: Locator) {
  await editor.getByRole('button', { name: 'Save', exact: true }).click();
  await editor.waitFor({ state: 'detached' });
}

/** A saved event with our meeting, opened again in the editor. */
async function savedEventOpen(subject: string): Promise<{ editor: Locator; id: number; joinUrl: string }> {
  const { editor, joinUrl, id } = await createMeeting(subject);
  await saveEditor(editor);
  await expect.poll(() => stateOf(id)).toBe('saved');
  const event = stack.ontime.events().find((e) => e.location === joinUrl)!;
  await page.evaluate(`window.__ontimeDemo.openEvent(${JSON.stringify(event.id)})`);
  await page.locator('ontime-zoom-control').getByText(/Zoom meeting \d{3} \d{3,4} \d{4}/).waitFor();
  return { editor, id, joinUrl };
}

describe('every way out of the OnTime editor (real Chromium, simulator)', () => {
  it('Delete without a confirmation deletes our meeting at Zoom with the event', async () => {
    await openOnTime('?delete=none');
    const { editor, id, joinUrl } = await savedEventOpen('Deleted at once');
    await editor.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect.poll(liveIds).not.toContain(id);
    expect(stack.ontime.events().some((e) => e.location === joinUrl)).toBe(false);
    expect(await stateOf(id)).toBe('deleted');
    await page.locator('ontime-zoom-toast').filter({ hasText: 'deleted with the event' }).waitFor();
  });

  it('Delete with a native confirm: accepted deletes our meeting; dismissed keeps it and nothing happens', async () => {
    await openOnTime('?delete=native');
    const kept = await savedEventOpen('Native confirm, dismissed');
    page.once('dialog', (d) => void d.dismiss());
    await kept.editor.getByRole('button', { name: 'Delete', exact: true }).click();
    // Back in the editor, the user closes it: the event stays, so does its meeting.
    await kept.editor.getByRole('button', { name: 'Cancel', exact: true }).click();
    await kept.editor.waitFor({ state: 'detached' });
    await page.waitForTimeout(500);
    expect(liveIds()).toContain(kept.id);
    expect(zoomCalls('DELETE')).toHaveLength(0);
    expect(await stateOf(kept.id)).toBe('saved');

    const gone = await savedEventOpen('Native confirm, accepted');
    page.once('dialog', (d) => void d.accept());
    await gone.editor.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect.poll(liveIds).not.toContain(gone.id);
    expect(liveIds()).toContain(kept.id);
  });

  it('a confirmation inside the editor: its OK is not read as Save, and the event’s meeting is deleted', async () => {
    await openOnTime('?delete=inline');
    const { editor, id } = await savedEventOpen('Asked inside the editor');
    await editor.getByRole('button', { name: 'Delete', exact: true }).click();
    await editor.getByRole('alertdialog').getByRole('button', { name: 'OK', exact: true }).click();
    await expect.poll(liveIds).not.toContain(id);
    expect(zoomCalls('PATCH')).toHaveLength(0);
  });

  it('Escape on a new event after create: an orphan at once, reported by the page; Delete meeting deletes it at Zoom', async () => {
    await openOnTime();
    const { editor, id } = await createMeeting('Escaped event');
    await editor.getByLabel('Subject', { exact: true }).press('Escape');
    await editor.waitFor({ state: 'detached' });
    const toast = abandonToast();
    await toast.waitFor({ timeout: 2_000 });
    await expect.poll(() => stateOf(id), { timeout: 2_000 }).toBe('orphaned');
    await page.screenshot({ path: `${SHOTS}/abandon-toast-en.png` });
    const violations = await axeViolations(page, ['ontime-zoom-toast']);
    expect(violations, describeViolations(violations)).toEqual([]);
    await toast.getByRole('button', { name: 'Delete meeting', exact: true }).click();
    await expect.poll(liveIds).not.toContain(id);
    await page.locator('ontime-zoom-toast').filter({ hasText: 'The Zoom meeting was deleted.' }).waitFor();
    expect(await stateOf(id)).toBe('deleted');
  });

  it('× on a new event after create: an orphan at once; Keep keeps it, the popup lists it and the badge shows 1', async () => {
    await openOnTime();
    const { editor, id } = await createMeeting('Closed with the cross');
    await editor.getByRole('button', { name: 'Close', exact: true }).click();
    const toast = abandonToast();
    await toast.waitFor({ timeout: 2_000 });
    await expect.poll(() => stateOf(id), { timeout: 2_000 }).toBe('orphaned');
    await toast.getByRole('button', { name: 'Keep', exact: true }).click();
    await toast.waitFor({ state: 'detached' });
    expect(liveIds()).toContain(id);
    await expect.poll(badge).toBe('1');
    expect(await (await worker()).evaluate(`chrome.action.getTitle({})`)).toBe('Zoom for OnTime: 1 Zoom meeting needs your attention');

    const popup = await stack.browser.context.newPage();
    await popup.goto(`chrome-extension://${stack.browser.extensionId}/popup.html`);
    await popup.getByRole('listitem', { name: 'Closed with the cross' }).getByText('Not in any OnTime event').waitFor();
    await popup.screenshot({ path: `${SHOTS}/popup-kept-orphan.png` });
    await popup.close();
    await shootBadge();
  });

  it('an editor that is hidden, not removed (one dialog shown again): Escape orphans at once, Delete without a question deletes', async () => {
    await openOnTime('?variant=hidden&delete=none');
    const { editor, id } = await createMeeting('Hidden editor, escaped');
    await editor.getByLabel('Subject', { exact: true }).press('Escape');
    await abandonToast().waitFor({ timeout: 2_000 });
    await expect.poll(() => stateOf(id), { timeout: 2_000 }).toBe('orphaned');
    await abandonToast().getByRole('button', { name: 'Delete meeting', exact: true }).click();
    await expect.poll(liveIds).not.toContain(id);

    const saved = await savedEventOpen('Hidden editor, deleted');
    await saved.editor.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect.poll(liveIds).not.toContain(saved.id);
  });

  it('Cancel on an existing saved event changes nothing at Zoom', async () => {
    await openOnTime();
    const { editor, id } = await savedEventOpen('Saved, then cancelled');
    const before = stack.sim.state.requests.length;
    await editor.getByRole('button', { name: 'Cancel', exact: true }).click();
    await editor.waitFor({ state: 'detached' });
    await page.waitForTimeout(500);
    expect(stack.sim.state.requests.slice(before).filter((r) => r.path.startsWith('/v2/meetings'))).toEqual([]);
    expect(await stateOf(id)).toBe('saved');
    expect(await abandonToast().count()).toBe(0);
  });

  it('leaving the page with a new meeting in the editor: an orphan at once, carried by the badge', async () => {
    await openOnTime();
    const before = Number((await badge()) || 0);
    const { id } = await createMeeting('Left for another page');
    await page.goto('about:blank');
    await expect.poll(() => stateOf(id), { timeout: 3_000 }).toBe('orphaned');
    await expect.poll(badge).toBe(String(before + 1));
  });

  it('the abandon toast in Japanese', async () => {
    await page.goto(stack.ontime.urlJa);
    const editor = await openNewMeeting(page, '保存しない会議', 'ja');
    const dialog = await clickZoomAndConsent(stack.browser.context, page, { lang: 'ja', consent: false });
    await dialog.getByRole('button', { name: 'OK' }).click();
    await waitForJoinUrl(editor, 'ja');
    await editor.getByRole('button', { name: 'キャンセル', exact: true }).click();
    const toast = page.locator('ontime-zoom-toast').filter({ hasText: '保存せずに会議作成画面を閉じた' });
    await toast.waitFor({ timeout: 2_000 });
    await toast.getByRole('button', { name: 'ミーティングを削除', exact: true }).waitFor();
    await page.screenshot({ path: `${SHOTS}/abandon-toast-ja.png` });
  });

  it('a worker started again sets the badge from the records, not from anything it remembered', async () => {
    const expected = await badge();
    expect(Number(expected)).toBeGreaterThan(0);
    await (await worker()).evaluate(`chrome.action.setBadgeText({ text: '9' })`);
    await stopServiceWorker(stack.browser);
    // Any extension event starts a new worker: here the popup asking for the list.
    const popup = await stack.browser.context.newPage();
    await popup.goto(`chrome-extension://${stack.browser.extensionId}/popup.html`);
    await expect.poll(badge, { timeout: 10_000 }).toBe(expected);
    await popup.close();
  });
});

/**
 * Headless Chromium draws no toolbar: the badge is shown as the browser reports it (text, colour,
 * title from chrome.action), drawn on a plain page for a person to look at.
 */
async function shootBadge() {
  mkdirSync(SHOTS, { recursive: true });
  const { text, color, title } = (await (await worker()).evaluate(`(async () => ({
    text: await chrome.action.getBadgeText({}),
    color: await chrome.action.getBadgeBackgroundColor({}),
    title: await chrome.action.getTitle({}),
  }))()`)) as { text: string; color: number[]; title: string };
  const view = await stack.browser.context.newPage();
  await view.setViewportSize({ width: 520, height: 140 });
  await view.setContent(`<body style="font:13px system-ui;margin:16px;background:#dee1e6">
    <div style="display:flex;align-items:center;gap:10px;background:#fff;border-radius:18px;padding:6px 12px;width:max-content">
      <span style="opacity:.6">chrome.action (read back from the browser)</span>
      <span style="position:relative;display:inline-block;width:24px;height:24px;border-radius:5px;background:#0b5cff;color:#fff;font-weight:700;text-align:center;line-height:24px">Z
        <span id="badge" style="position:absolute;right:-8px;bottom:-6px;min-width:12px;padding:0 3px;border-radius:7px;font:600 10px/14px system-ui;color:#fff;background:rgba(${color.slice(0, 3).join(',')})"></span></span>
    </div><p id="title" style="margin-top:14px"></p></body>`);
  await view.evaluate(([t, ti]) => {
    document.getElementById('badge')!.textContent = t;
    document.getElementById('title')!.textContent = `Title: ${ti}`;
  }, [text, title]);
  await view.screenshot({ path: `${SHOTS}/badge.png` });
  await view.close();
}

import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { clickZoomAndConsent, openNewMeeting, waitForJoinUrl } from '../harness/flows';
import type { Stack } from '../harness/stack';
import { useFreshPage, useStack } from '../harness/use-stack';

// The user's own text in Location and the description survives create, Save and Remove,
// character for character and with its formatting (real Chromium, simulator, OnTime demo page).

let stack: Stack;
let page: Page;

useStack((s) => (stack = s));
useFreshPage(() => stack, (p) => (page = p));

const START = '──────── Zoom ────────';
const location = (editor: Locator) => editor.getByLabel('Location', { exact: true });
const body = (editor: Locator) => editor.getByLabel('Description', { exact: true });
const zoomCalls = (method: string) => stack.sim.state.requests.filter((r) => r.method === method && r.path.startsWith('/v2/meetings'));
const liveIds = () => stack.sim.state.listMeetings().live.map((m) => m.id);
const model = () => page.evaluate<{ location: string; body: string }>('window.__ontimeDemo.state.editor.model');
const savedEvent = (joinUrl: string) => stack.ontime.events().find((e) => e.location.includes(joinUrl) || e.body.includes(joinUrl));

/** Clicks our control and OK; resolves with the join link once Location holds it. */
async function addZoom(editor: Locator): Promise<{ joinUrl: string; id: number }> {
  const dialog = await clickZoomAndConsent(stack.browser.context, page, { consent: 'auto' });
  await dialog.getByRole('button', { name: 'OK' }).click();
  const joinUrl = /\S+\/j\/\d+\S*/.exec(await waitForJoinUrl(editor))![0];
  return { joinUrl, id: Number(/\/j\/(\d+)/.exec(joinUrl)![1]) };
}

async function saveEditor(editor: Locator) {
  await editor.getByRole('button', { name: 'Save', exact: true }).click();
  await editor.waitFor({ state: 'detached' });
}

async function openSaved(joinUrl: string): Promise<Locator> {
  const event = savedEvent(joinUrl);
  if (!event) throw new Error('event not saved');
  await page.evaluate(`window.__ontimeDemo.openEvent(${JSON.stringify(event.id)})`);
  await page.locator('ontime-zoom-control').getByText(/Zoom meeting \d{3} \d{3,4} \d{4}/).waitFor();
  return page.getByRole('dialog').filter({ has: page.getByLabel('Subject', { exact: true }) });
}

async function removeMeeting() {
  await page.getByRole('button', { name: 'Delete Zoom meeting', exact: true }).click();
  await page.getByRole('button', { name: 'Delete at Zoom', exact: true }).click();
}

describe('the user’s text is never lost (real Chromium)', () => {
  it('Location text is kept beside the link, and Remove restores it exactly', async () => {
    await page.goto(stack.ontime.url);
    const editor = await openNewMeeting(page, 'Room and link');
    const place = 'Room 5A, 3rd floor';
    await location(editor).fill(place);
    const { joinUrl, id } = await addZoom(editor);
    expect(await location(editor).inputValue()).toBe(`${place}; ${joinUrl}`);
    await saveEditor(editor);
    expect(savedEvent(joinUrl)?.location).toBe(`${place}; ${joinUrl}`);

    // Another session: the editor opened again from the saved event.
    const reopened = await openSaved(joinUrl);
    await removeMeeting();
    await expect.poll(() => location(reopened).inputValue()).toBe(place);
    await expect.poll(liveIds).not.toContain(id);
    expect((await model()).location).toBe(place);
    const eventId = savedEvent(joinUrl)!.id;
    await saveEditor(reopened);
    expect(stack.ontime.events().find((e) => e.id === eventId)?.location).toBe(place);
  });

  it('a rich description keeps its bold text, list, link and image through create, Save with a changed time, and Remove', async () => {
    await page.goto(`${stack.ontime.url}?variant=rich`);
    const editor = await openNewMeeting(page, 'Rich notes');
    const text = body(editor);
    await text.click();
    await page.keyboard.press('Control+B');
    await page.keyboard.type('Agenda');
    await page.keyboard.press('Control+B');
    await page.keyboard.type(' for Thursday');
    await page.keyboard.press('Enter');
    await editor.getByRole('button', { name: 'Bulleted list', exact: true }).click();
    await page.keyboard.type('Budget');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Hiring');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    // A link and an image pasted from another page.
    await page.evaluate(() =>
      document.execCommand('insertHTML', false, 'See <a href="https://intranet.example/agenda">the agenda</a> <img src="data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==" alt="floor plan">'),
    );
    const mine = (await model()).body;
    expect(mine).toMatch(/<b>Agenda<\/b> for Thursday/);
    expect(mine).toMatch(/<ul><li>Budget<\/li><li>Hiring<\/li><\/ul>/);
    expect(mine).toContain('<a href="https://intranet.example/agenda"');
    expect(mine).toContain('<img src="data:image/gif');

    const { joinUrl, id } = await addZoom(editor);
    await expect.poll(async () => (await model()).body).toContain(START);
    expect((await model()).body.startsWith(mine)).toBe(true);
    await saveEditor(editor);

    const reopened = await openSaved(joinUrl);
    await reopened.getByLabel('Start time', { exact: true }).fill('15:30');
    await reopened.getByLabel('End time', { exact: true }).fill('16:30');
    await saveEditor(reopened);
    await expect.poll(() => zoomCalls('PATCH').length).toBe(1);
    const refreshed = savedEvent(joinUrl)!.body;
    expect(refreshed.startsWith(mine)).toBe(true);
    expect(refreshed).toMatch(/3:30 PM/);
    expect(refreshed.split(START)).toHaveLength(2);

    const last = await openSaved(joinUrl);
    await removeMeeting();
    await expect.poll(async () => (await model()).body).toBe(mine);
    await expect.poll(liveIds).not.toContain(id);
    expect(await body(last).locator('b').first().textContent()).toBe('Agenda');
    expect(await body(last).locator('li').allTextContents()).toEqual(['Budget', 'Hiring']);
    expect(await body(last).locator('img').getAttribute('alt')).toBe('floor plan');
  });

  it('words typed at the very end of the description (on the invitation’s last line) stay the user’s: one invitation after a time change, the words kept through Remove', async () => {
    await page.goto(stack.ontime.url);
    const editor = await openNewMeeting(page, 'Typed at the end');
    await body(editor).fill('Agenda');
    const { joinUrl, id } = await addZoom(editor);
    await expect.poll(() => body(editor).inputValue()).toContain(START);
    await body(editor).click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' see you there');
    await saveEditor(editor);
    expect(savedEvent(joinUrl)!.body.split(START)).toHaveLength(2);

    const reopened = await openSaved(joinUrl);
    await reopened.getByLabel('Start time', { exact: true }).fill('15:30');
    await reopened.getByLabel('End time', { exact: true }).fill('16:30');
    await saveEditor(reopened);
    await expect.poll(() => zoomCalls('PATCH').length).toBe(1);
    const refreshed = savedEvent(joinUrl)!.body;
    expect(refreshed.split(START)).toHaveLength(2);
    expect(refreshed.match(/Time: .*/g)).toEqual([expect.stringMatching(/3:30 PM/)]);
    expect(refreshed).toContain('see you there');

    const last = await openSaved(joinUrl);
    await removeMeeting();
    await expect.poll(() => body(last).inputValue()).toBe('Agenda\n see you there');
    await expect.poll(liveIds).not.toContain(id);
  });

  it('notes typed after a broken invitation (end marker deleted) survive a Save', async () => {
    await page.goto(stack.ontime.url);
    const editor = await openNewMeeting(page, 'Broken block');
    await body(editor).fill('Agenda first');
    const { joinUrl } = await addZoom(editor);
    await expect.poll(() => body(editor).inputValue()).toContain(START);
    // The user deletes the invitation's last line and types notes after it.
    const written = await body(editor).inputValue();
    const cut = written.split('\n').slice(0, -1).join('\n');
    const notes = 'Notes after the invitation: call Sato-san first.';
    await body(editor).fill(`${cut}\n${notes}`);
    await saveEditor(editor);

    const saved = savedEvent(joinUrl)!.body;
    expect(saved.startsWith(`${cut}\n${notes}`)).toBe(true);
    expect(saved.split(START)).toHaveLength(3); // the cut one, kept, and a fresh one after it
    const told = page.locator('ontime-zoom-toast').filter({ hasText: 'had been changed' }); // the toast; the live region says it too
    await told.waitFor();
    await told.getByRole('button', { name: 'Dismiss', exact: true }).click(); // it sits over the editor's footer

    // The next Save refreshes the fresh one and adds none.
    const reopened = await openSaved(joinUrl);
    await saveEditor(reopened);
    const again = savedEvent(joinUrl)!.body;
    expect(again.startsWith(`${cut}\n${notes}`)).toBe(true);
    expect(again.split(START)).toHaveLength(3);
  });
});

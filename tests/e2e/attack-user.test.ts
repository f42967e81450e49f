import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { answerConsent, clickZoomAndConsent, createMeetingInEditor, meetingRecords, openNewMeeting, waitForJoinUrl, zoomButton } from '../harness/flows';
import { currentWorker, stopServiceWorker } from '../harness/browser';
import type { Stack } from '../harness/stack';
import { useFreshPage, useStack } from '../harness/use-stack';
import { clearGrant } from '../harness/zoom-grant';
import { settled, until } from '../harness/settle';

// Attack 2 (an unlucky user): a worker stopped at each step, the consent popup closed, Escape at
// every prompt, text typed around and inside our invitation, double OK, Delete → No → Cancel.
let stack: Stack;
let page: Page;

useStack((s) => (stack = s));
useFreshPage(() => stack, (p) => (page = p), { open: true });

const liveIds = () => stack.sim.state.listMeetings().live.map((m) => m.id);
const liveByTopic = (topic: string) => stack.sim.state.listMeetings().live.filter((m) => m.topic === topic);
const zoomCalls = (method: string) => stack.sim.state.requests.filter((r) => r.method === method && r.path.startsWith('/v2/meetings'));
const creates = () => stack.sim.state.requests.filter((r) => r.method === 'POST' && /\/meetings$/.test(r.path));
let stopped = false;
/** The records, read in the worker; after a stop, an extension page (the popup) starts a new worker first. */
async function records() {
  if (stopped) {
    const popup = await stack.browser.context.newPage();
    await popup.goto(`chrome-extension://${stack.browser.extensionId}/popup.html`);
    await popup.waitForTimeout(800);
    await popup.close();
    stopped = false;
  }
  return meetingRecords(await currentWorker(stack.browser));
}
async function stopWorker() {
  await stopServiceWorker(stack.browser);
  stopped = true;
}
const stateOf = async (id: number) => (await records()).find((r) => r.id === id)?.state;
const body = (editor: Locator) => editor.getByLabel(/^(Description|Body)/);
const location = (editor: Locator) => editor.getByLabel('Location', { exact: true });
const settings = () => page.getByRole('dialog', { name: 'Zoom meeting settings' });

async function disconnect() {
  stack.sim.state.revokeGrants();
  await records(); // a worker running
  await clearGrant(await currentWorker(stack.browser));
}

async function createMeeting(subject: string, notes = '') {
  const made = await createMeetingInEditor(stack.browser.context, page, subject, { notes, consent: 'auto' });
  return made;
}

/** Every live meeting with this topic is recorded by the extension (reachable from the popup). */
async function expectAllRecorded(topic: string) {
  const recs = await records();
  for (const m of liveByTopic(topic)) expect(recs.map((r) => r.id), `meeting ${m.id} "${topic}" unrecorded`).toContain(m.id);
}

/** After a disturbance: get the meeting made, by Retry if offered, else by the Zoom button, at most twice. */
async function finishCreate(editor: Locator, topic: string): Promise<string> {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      return await waitForJoinUrl(editor, 'en', 6_000);
    } catch { /* not yet */ }
    if (liveByTopic(topic).length) continue; // made at Zoom; give the page a moment more
    const retry = page.getByRole('button', { name: 'Retry', exact: true });
    if (await settings().isVisible()) await settings().getByRole('button', { name: 'OK' }).click();
    else if (await retry.isVisible()) await retry.click();
    else if (await zoomButton(page).isVisible()) {
      const popup = stack.browser.context.waitForEvent('page', { timeout: 5_000 }).catch(() => null);
      await zoomButton(page).click();
      const p = await popup;
      if (p) await answerConsent(Promise.resolve(p), 'Allow');
      await settings().getByRole('button', { name: 'OK' }).click();
    }
  }
  return waitForJoinUrl(editor, 'en', 6_000);
}

describe('attack 2: an unlucky user', () => {
  it('closing the consent popup creates nothing and leaves the button usable; the next click connects and creates one', async () => {
    await disconnect();
    const editor = await openNewMeeting(page, 'Consent closed');
    const popup = stack.browser.context.waitForEvent('page', { timeout: 15_000 });
    await zoomButton(page).click();
    await answerConsent(popup, 'close');
    await expect.poll(() => zoomButton(page).getAttribute('aria-busy'), { timeout: 10_000 }).not.toBe('true');
    expect(creates()).toEqual([]);
    const dialog = await clickZoomAndConsent(stack.browser.context, page, { consent: true });
    await dialog.getByRole('button', { name: 'OK' }).click();
    await waitForJoinUrl(editor);
    expect(creates()).toHaveLength(1);
  });

  it('the worker stopped during consent: the user ends with exactly one recorded meeting', async () => {
    await disconnect();
    const editor = await openNewMeeting(page, 'Worker stopped in consent');
    const popup = stack.browser.context.waitForEvent('page', { timeout: 15_000 });
    await zoomButton(page).click();
    const p = await popup;
    await p.getByRole('button', { name: 'Allow' }).waitFor();
    await stopWorker();
    if (!p.isClosed()) await p.getByRole('button', { name: 'Allow' }).click().catch(() => undefined);
    await finishCreate(editor, 'Worker stopped in consent');
    expect(liveByTopic('Worker stopped in consent')).toHaveLength(1);
    await expectAllRecorded('Worker stopped in consent');
  });

  it('the worker stopped while the settings dialog is open: OK still creates exactly one recorded meeting', async () => {
    const editor = await openNewMeeting(page, 'Worker stopped at dialog');
    const dialog = await clickZoomAndConsent(stack.browser.context, page, { consent: 'auto' });
    await stopWorker();
    await dialog.getByRole('button', { name: 'OK' }).click();
    await finishCreate(editor, 'Worker stopped at dialog');
    expect(liveByTopic('Worker stopped at dialog')).toHaveLength(1);
    await expectAllRecorded('Worker stopped at dialog');
  });

  it('the worker stopped right after OK: never two meetings, never an unrecorded one', async () => {
    const editor = await openNewMeeting(page, 'Worker stopped after OK');
    const dialog = await clickZoomAndConsent(stack.browser.context, page, { consent: 'auto' });
    await dialog.getByRole('button', { name: 'OK' }).click();
    await stopWorker();
    await finishCreate(editor, 'Worker stopped after OK');
    await page.waitForTimeout(1000);
    expect(liveByTopic('Worker stopped after OK')).toHaveLength(1);
    await expectAllRecorded('Worker stopped after OK');
  });

  it('the worker stopped right after Save with a new time: Zoom gets the new time, the record says saved', async () => {
    const { editor, joinUrl, id } = await createMeeting('Worker stopped after Save');
    await editor.getByLabel('Start time', { exact: true }).fill('13:15');
    await editor.getByLabel('End time', { exact: true }).fill('14:15');
    await editor.getByRole('button', { name: 'Save', exact: true }).click();
    await stopWorker();
    await editor.waitFor({ state: 'detached' });
    await expect.poll(() => stateOf(id), { timeout: 10_000 }).toMatch(/^(saved|updated)$/);
    await expect.poll(() => stack.sim.state.meetings.get(id)!.start_time, { timeout: 10_000 }).toMatch(/:15:00Z$/);
    expect(stack.ontime.events().some((e) => e.location === joinUrl)).toBe(true);
    expect(liveByTopic('Worker stopped after Save')).toHaveLength(1);
  });

  it('Escape in our settings dialog closes only our dialog: the editor and everything typed stay', async () => {
    const editor = await openNewMeeting(page, 'Escape in settings');
    await body(editor).fill('Typed agenda');
    const dialog = await clickZoomAndConsent(stack.browser.context, page, { consent: 'auto' });
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await page.waitForTimeout(300);
    expect(await editor.count()).toBe(1);
    expect(await body(editor).inputValue()).toBe('Typed agenda');
    expect(await editor.getByLabel('Subject', { exact: true }).inputValue()).toBe('Escape in settings');
    expect(creates()).toEqual([]);
  });

  // Was a bug (fixed: our Escape guard answers Keep): focus is on our question's Keep button, Escape is not kept by our question: it reaches
  // OnTime, which closes the whole editor. The user loses the unsaved new event (subject, notes, all
  // typed) and the meeting becomes an orphan, when all they wanted was to dismiss our question.
  it('Escape at the "Delete Zoom meeting" question deletes nothing and leaves the editor open', async () => {
    const { editor, id, joinUrl } = await createMeeting('Escape at remove', 'Notes');
    await page.getByRole('button', { name: 'Delete Zoom meeting', exact: true }).click();
    await page.getByRole('button', { name: 'Delete at Zoom', exact: true }).waitFor();
    await page.keyboard.press('Escape');
    await page.waitForTimeout(500);
    expect(await editor.count()).toBe(1);
    expect(await location(editor).inputValue()).toBe(joinUrl);
    expect(zoomCalls('DELETE')).toEqual([]);
    expect(liveIds()).toContain(id);
  });

  it('Escape while the abandon toast shows: the orphan stays recorded and alive', async () => {
    const { editor, id } = await createMeeting('Escape at toast');
    await editor.getByRole('button', { name: 'Cancel', exact: true }).click();
    const toast = page.locator('ontime-zoom-toast').filter({ hasText: 'closed without saving' });
    await toast.waitFor({ timeout: 3_000 });
    await page.keyboard.press('Escape');
    await page.waitForTimeout(500);
    expect(liveIds()).toContain(id);
    expect(await stateOf(id)).toBe('orphaned');
  });

  it('text typed before, inside and after our invitation and around the link in Location survives Save and "Delete Zoom meeting"', async () => {
    const { editor, joinUrl } = await createMeeting('Typed around', 'Agenda line');
    const b = body(editor);
    await b.click();
    await page.keyboard.press('Control+Home');
    await page.keyboard.type('BEFORE1 ');
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' AFTER2');
    await b.evaluate((t: HTMLTextAreaElement) => {
      const at = t.value.indexOf('\n', t.value.indexOf('/j/'));
      t.focus();
      t.setSelectionRange(at, at);
    });
    await page.keyboard.type(' INSIDE3');
    const loc = location(editor);
    await loc.click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Room5');
    await page.keyboard.press('Home');
    await page.keyboard.type('BldgA ');
    const typedBody = await b.inputValue();
    expect(typedBody).toContain('INSIDE3');
    await editor.getByRole('button', { name: 'Save', exact: true }).click();
    await editor.waitFor({ state: 'detached' });
    const event = stack.ontime.events().find((e) => e.subject === 'Typed around')!;
    expect(event.body).toContain('INSIDE3');
    expect(event.location).toContain('Room5');
    await page.evaluate(`window.__ontimeDemo.openEvent(${JSON.stringify(event.id)})`);
    const again = page.getByRole('dialog').filter({ has: page.getByLabel('Subject', { exact: true }) });
    await page.getByRole('button', { name: 'Delete Zoom meeting', exact: true }).click();
    await page.getByRole('button', { name: 'Delete at Zoom', exact: true }).click();
    await expect.poll(() => location(again).inputValue()).not.toContain(joinUrl);
    const after = { body: await body(again).inputValue(), location: await location(again).inputValue() };
    for (const word of ['BEFORE1', 'Agenda line', 'AFTER2', 'INSIDE3']) expect(after.body, `description lost "${word}"`).toContain(word);
    for (const word of ['BldgA', 'Room5']) expect(after.location, `Location lost "${word}"`).toContain(word);
  });

  /** After the user's gesture: the one meeting must end in the saved event, or be an orphan with the toast. */
  async function expectMeetingAccountedFor(topic: string) {
    const outcome = async () => {
      const meeting = liveByTopic(topic)[0];
      const event = stack.ontime.events().find((e) => e.subject === topic);
      const inEvent = !!meeting && !!event && event.location.includes(meeting.join_url.split('?')[0]);
      return { inEvent, state: meeting && (await stateOf(meeting.id)), toast: (await page.locator('ontime-zoom-toast').count()) > 0 };
    };
    const accountedFor = (r: { inEvent: boolean; state?: string; toast: boolean }) => (r.inEvent && /^(saved|updated)$/.test(r.state ?? '')) || (r.state === 'orphaned' && r.toast);
    // Accounted for (or the 3 s this check always allowed have passed), and then every decision of
    // the page carried out: still one create, still accounted for.
    await until(async () => accountedFor(await outcome()), 3000);
    await settled(page);
    expect(creates()).toHaveLength(1);
    expect(await outcome()).toSatisfy(accountedFor);
  }

  // Was a bug: OnTime's Save lies right under our OK button; the first click of a double-click closed
  // our dialog and the second saved the event without its link (meeting 'created', never reported).
  it('a double-click on OK creates one meeting and it ends in the event (or is reported as an orphan)', async () => {
    const editor = await openNewMeeting(page, 'Double OK');
    const dialog = await clickZoomAndConsent(stack.browser.context, page, { consent: 'auto' });
    await dialog.getByRole('button', { name: 'OK' }).dblclick();
    await page.waitForTimeout(500);
    // The second click is kept from the page: the editor stays open with the link, and the user saves.
    expect(await editor.count()).toBe(1);
    await waitForJoinUrl(editor);
    await editor.getByRole('button', { name: 'Save', exact: true }).click();
    await expectMeetingAccountedFor('Double OK');
  });

  // Held: a single Save pressed right after OK is handled; only the double-click's second click (a few ms
  // after the first) escapes.
  it('Save pressed while the meeting is being created: the meeting ends in the event or is reported as an orphan', async () => {
    const editor = await openNewMeeting(page, 'Save during create');
    const dialog = await clickZoomAndConsent(stack.browser.context, page, { consent: 'auto' });
    await dialog.getByRole('button', { name: 'OK' }).click();
    await editor.getByRole('button', { name: 'Save', exact: true }).click();
    await expectMeetingAccountedFor('Save during create');
  });

  for (const exit of ['Cancel', 'Close'] as const) {
    it(`${exit} pressed while the meeting is being created (right after OK): the meeting is an orphan with the toast`, async () => {
      const topic = `${exit} during create`;
      const editor = await openNewMeeting(page, topic);
      const dialog = await clickZoomAndConsent(stack.browser.context, page, { consent: 'auto' });
      await dialog.getByRole('button', { name: 'OK' }).click();
      await editor.getByRole('button', { name: exit, exact: true }).click();
      await editor.waitFor({ state: 'detached' });
      await expect.poll(() => liveByTopic(topic).length, { timeout: 10_000 }).toBeLessThanOrEqual(1);
      // The create OK sent has been answered and recorded (or the 3 s this test always gave it have
      // passed), and the page has carried out what it decided about it.
      await until(async () => {
        const made = liveByTopic(topic)[0];
        return !!made && (await records()).some((r) => r.id === made.id);
      }, 3000);
      await settled(page);
      const made = liveByTopic(topic);
      if (made.length) {
        expect(await stateOf(made[0].id)).toBe('orphaned');
        // Which toast depends on a race the user cannot see: the link written before the close
        // ("closed without saving"), or Zoom's answer after it ("made after its editor closed").
        // Both say the meeting is in no event and how to delete it.
        await page
          .locator('ontime-zoom-toast')
          .filter({ hasText: /closed without saving|made after its editor closed/ })
          .waitFor({ timeout: 2_000 });
      }
    });
  }

  for (const answer of ['Cancel', 'Escape'] as const) {
    it(`Delete → ${answer === 'Cancel' ? '"No" (Cancel)' : 'Escape'} in OnTime's question → Cancel: the meeting stays, nothing at Zoom, no toast`, async () => {
      await page.goto(`${stack.ontime.url}?delete=box`);
      const { editor, joinUrl, id } = await createMeeting(`Delete then no (${answer})`);
      await editor.getByRole('button', { name: 'Save', exact: true }).click();
      await editor.waitFor({ state: 'detached' });
      await expect.poll(() => stateOf(id)).toBe('saved');
      const event = stack.ontime.events().find((e) => e.location === joinUrl)!;
      await page.evaluate(`window.__ontimeDemo.openEvent(${JSON.stringify(event.id)})`);
      await page.locator('ontime-zoom-control').getByText(/Zoom meeting \d{3} \d{3,4} \d{4}/).waitFor();
      const reopened = page.getByRole('dialog').filter({ has: page.getByLabel('Subject', { exact: true }) });
      stack.sim.state.clearRequests();
      await reopened.getByRole('button', { name: 'Delete', exact: true }).click();
      const question = page.getByRole('alertdialog');
      await question.waitFor();
      if (answer === 'Cancel') await question.getByRole('button', { name: 'Cancel', exact: true }).click();
      else await page.keyboard.press('Escape');
      await question.waitFor({ state: 'detached' });
      if (await reopened.count()) {
        await reopened.getByRole('button', { name: 'Cancel', exact: true }).click();
        await reopened.waitFor({ state: 'detached' });
      }
      await page.waitForTimeout(1500);
      expect(stack.ontime.events().some((e) => e.id === event.id)).toBe(true);
      expect(zoomCalls('DELETE')).toEqual([]);
      expect(liveIds()).toContain(id);
      expect(await stateOf(id)).toBe('saved');
      expect(await page.locator('ontime-zoom-toast').filter({ hasText: /deleted|closed without saving/ }).count()).toBe(0);
    });
  }
});

/**
 * Our UI above page shapes we have not seen (issue 15, part 1; issue 19, focus): the OnTime demo's
 * ?variant=modal (editor in a native showModal() <dialog>: top layer, page inert), ?variant=popover
 * (editor in a light-dismissed popover="auto"), ?variant=frame
 * (editor in a same-origin iframe) and ?variant=trap (transformed, overflow-hidden panel on z-index
 * 2147483000 with a capture-phase focus trap). Each is a full create through the real UI; Playwright's
 * click refuses an element another one covers, so a click on OK also proves the dialog is on top.
 */
import { mkdirSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Frame, FrameLocator, Page } from 'playwright-core';
import { axeViolations, describeViolations } from '../harness/axe';
import { answerConsent, clickZoomAndConsent, openNewMeeting, waitForJoinUrl, zoomButton } from '../harness/flows';
import type { Stack } from '../harness/stack';
import { useStack } from '../harness/use-stack';
import { clearGrant } from '../harness/zoom-grant';

const SHOTS = '/tmp/shots/layer';
let stack: Stack;
let page: Page;

useStack((s) => (stack = s));

beforeEach(async () => {
  mkdirSync(SHOTS, { recursive: true });
  stack.sim.state.reset();
  await clearGrant(stack.browser.worker);
  page = await stack.browser.context.newPage();
});

async function open(variant: string): Promise<void> {
  await page.goto(`${stack.ontime.url}?variant=${variant}`);
  await page.evaluate('window.__ontimeDemo.ready');
}

/** Where focus is: the focused element, and inside our control or dialog, which part of it. */
function focusIn(where: Page | Frame): Promise<{ host: string; part: string | null }> {
  return where.evaluate(() => {
    const active = document.activeElement;
    const inner = active?.shadowRoot?.activeElement ?? null;
    return { host: active?.localName ?? '', part: inner ? (inner.getAttribute('data-focus') ?? inner.localName) : null };
  });
}

/** Saves the event in OnTime and waits until the server holds it with the join link. */
async function saveAndExpectLink(where: Page | FrameLocator, joinUrl: string): Promise<void> {
  await where.getByRole('button', { name: 'Save', exact: true }).click();
  await expect.poll(() => stack.ontime.events().some((e) => e.location === joinUrl), { timeout: 10_000 }).toBe(true);
}

function expectOneMeeting(topic: string, joinUrl: string): void {
  const { live } = stack.sim.state.listMeetings();
  expect(live).toHaveLength(1);
  expect(live[0]!.topic).toBe(topic);
  expect(live[0]!.join_url).toBe(joinUrl);
}

describe('our dialog above a modal <dialog> editor (?variant=modal)', () => {
  it('full create: consent, OK clickable above the page’s top layer, link written, Save', async () => {
    await open('modal');
    const editor = await openNewMeeting(page, 'Modal editor review');
    expect(await page.evaluate('document.querySelector("dialog:modal") !== null')).toBe(true);
    const dialog = await clickZoomAndConsent(stack.browser.context, page);
    // Both are modal, ours on top: the page's editor (and the rest) is inert under it.
    expect(await page.evaluate('document.querySelector("ontime-zoom-dialog").shadowRoot.querySelector("dialog").matches(":modal")')).toBe(true);
    await page.screenshot({ path: `${SHOTS}/dialog-over-modal-editor.png` });
    // The native <dialog> carries the role, the name and modality now: nothing lost for assistive tech.
    const violations = await axeViolations(page, ['ontime-zoom-dialog']);
    expect(violations, describeViolations(violations)).toEqual([]);
    await dialog.getByRole('button', { name: 'OK' }).click();
    const joinUrl = await waitForJoinUrl(editor);
    expectOneMeeting('Modal editor review', joinUrl);
    await saveAndExpectLink(page, joinUrl);
  });

  it('a notice stays seen and clickable when the page opens its modal editor after it', async () => {
    await open('modal');
    const editor = await openNewMeeting(page, 'Notice test');
    const dialog = await clickZoomAndConsent(stack.browser.context, page);
    await dialog.getByRole('button', { name: 'OK' }).click();
    const joinUrl = await waitForJoinUrl(editor);
    await editor.getByLabel('Subject', { exact: true }).fill('Notice test (moved)');
    await saveAndExpectLink(page, joinUrl);
    const notice = page.locator('ontime-zoom-toast').filter({ hasText: 'Zoom meeting updated to match the event.' });
    await notice.waitFor();
    // A modal opened later is painted above earlier top-layer content, and makes what is outside it inert.
    await openNewMeeting(page, 'Next one');
    await expect
      .poll(() => page.evaluate('document.querySelector("ontime-zoom-toast")?.matches(":popover-open") && document.querySelector("dialog:modal").contains(document.querySelector("ontime-zoom-toast"))'))
      .toBe(true);
    await page.screenshot({ path: `${SHOTS}/notice-over-modal-editor.png` });
    await notice.getByRole('button', { name: 'Dismiss' }).click(); // refused by Playwright if covered or inert
    await notice.waitFor({ state: 'detached' });
    expect(await editor.getByLabel('Subject', { exact: true }).inputValue()).toBe('Next one');
  });

  it('keyboard only: Tab to our control, Enter, OK with Enter, focus back on our control', async () => {
    await open('modal');
    const editor = await openNewMeeting(page, 'Keyboard planning');
    let onControl = false;
    for (let i = 0; i < 40 && !onControl; i++) {
      await page.keyboard.press('Tab');
      const at = await focusIn(page);
      onControl = at.host === 'ontime-zoom-control' && at.part === 'create';
    }
    expect(onControl).toBe(true);
    const popup = stack.browser.context.waitForEvent('page');
    await page.keyboard.press('Enter');
    await answerConsent(popup, 'Allow');
    await page.getByRole('dialog', { name: 'Zoom meeting settings' }).getByRole('button', { name: 'OK' }).waitFor();
    await page.bringToFront();
    await expect.poll(() => focusIn(page)).toEqual({ host: 'ontime-zoom-dialog', part: 'input' });
    await page.keyboard.press('Enter'); // in the topic field: OK
    const joinUrl = await waitForJoinUrl(editor);
    expectOneMeeting('Keyboard planning', joinUrl);
    // The button became the meeting's status: focus is on its link, not on the page's body.
    await expect.poll(() => focusIn(page)).toEqual({ host: 'ontime-zoom-control', part: 'open' });
    expect(await editor.getByLabel('Subject', { exact: true }).inputValue()).toBe('Keyboard planning');
  });

  it('Escape closes our dialog only (the editor and the draft stay) and Cancel too; focus is on our control after each', async () => {
    await open('modal');
    const editor = await openNewMeeting(page, 'Escape test');
    await editor.getByLabel(/^(Description|Body)/).fill('Notes I typed');
    await clickZoomAndConsent(stack.browser.context, page);
    await page.bringToFront();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog', { name: 'Zoom meeting settings' }).waitFor({ state: 'detached' });
    expect(await page.evaluate('document.querySelector("dialog:modal") !== null')).toBe(true); // OnTime's editor is still open
    expect(await editor.getByLabel('Subject', { exact: true }).inputValue()).toBe('Escape test');
    expect(await editor.getByLabel(/^(Description|Body)/).inputValue()).toBe('Notes I typed');
    await expect.poll(() => focusIn(page)).toEqual({ host: 'ontime-zoom-control', part: 'create' });

    const dialog = await clickZoomAndConsent(stack.browser.context, page, { consent: false });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => focusIn(page)).toEqual({ host: 'ontime-zoom-control', part: 'create' });
    expect(stack.sim.state.listMeetings().live).toHaveLength(0);
    expect(await editor.getByLabel(/^(Description|Body)/).inputValue()).toBe('Notes I typed');
  });
});

describe('our dialog above a page with no modal dialog (the demo as it is)', () => {
  it('is a popover with a full-screen backdrop: the page is not made inert (no restyle of every element), clicks beside it reach nothing, axe passes', async () => {
    await page.goto(stack.ontime.url);
    await page.evaluate('window.__ontimeDemo.ready');
    const editor = await openNewMeeting(page, 'Plain page review');
    const dialog = await clickZoomAndConsent(stack.browser.context, page);
    const shape = await page.evaluate(() => {
      const host = document.querySelector('ontime-zoom-dialog')!;
      const inner = host.shadowRoot!.querySelector('dialog')!;
      return { popover: host.matches(':popover-open'), modal: inner.matches(':modal'), ariaModal: inner.getAttribute('aria-modal'), atCorner: document.elementFromPoint(2, 2)?.localName };
    });
    expect(shape).toEqual({ popover: true, modal: false, ariaModal: 'true', atCorner: 'ontime-zoom-dialog' });
    await page.screenshot({ path: `${SHOTS}/dialog-popover-over-page.png` });
    await page.evaluate(`document.addEventListener('click', (e) => (window.__clickedAt = e.target.localName), true)`);
    await page.mouse.click(2, 2); // on our backdrop: nothing of the page under it is clicked, our dialog stays
    expect(await page.evaluate('window.__clickedAt')).toBe('ontime-zoom-dialog');
    expect(await dialog.isVisible()).toBe(true);
    await expect.poll(() => focusIn(page)).toEqual({ host: 'ontime-zoom-dialog', part: 'input' });
    const violations = await axeViolations(page, ['ontime-zoom-dialog']);
    expect(violations, describeViolations(violations)).toEqual([]);
    await dialog.getByRole('button', { name: 'OK' }).click();
    const joinUrl = await waitForJoinUrl(editor);
    expectOneMeeting('Plain page review', joinUrl);
    await expect.poll(() => focusIn(page)).toEqual({ host: 'ontime-zoom-control', part: 'open' });
  });
});

describe('focus after our control changes under the keyboard (?variant=modal)', () => {
  it('Remove asks with focus on Keep; Keep goes back to Remove; Yes deletes and focus lands on the button again', async () => {
    await open('modal');
    const editor = await openNewMeeting(page, 'Focus walk');
    const dialog = await clickZoomAndConsent(stack.browser.context, page);
    await dialog.getByRole('button', { name: 'OK' }).click();
    await waitForJoinUrl(editor);
    await expect.poll(() => focusIn(page)).toEqual({ host: 'ontime-zoom-control', part: 'open' });
    await page.keyboard.press('Tab');
    expect(await focusIn(page)).toEqual({ host: 'ontime-zoom-control', part: 'remove' });
    await page.keyboard.press('Enter');
    await expect.poll(() => focusIn(page)).toEqual({ host: 'ontime-zoom-control', part: 'keep' });
    await page.keyboard.press('Enter');
    await expect.poll(() => focusIn(page)).toEqual({ host: 'ontime-zoom-control', part: 'remove' });
    expect(stack.sim.state.listMeetings().live).toHaveLength(1);
    await page.keyboard.press('Enter');
    await expect.poll(() => focusIn(page)).toEqual({ host: 'ontime-zoom-control', part: 'keep' });
    await page.keyboard.press('Shift+Tab');
    expect(await focusIn(page)).toEqual({ host: 'ontime-zoom-control', part: 'confirmRemove' });
    await page.keyboard.press('Enter');
    await expect.poll(() => stack.sim.state.listMeetings().live.length).toBe(0);
    await expect.poll(() => focusIn(page)).toEqual({ host: 'ontime-zoom-control', part: 'create' });
  });
});

describe('an editor that is a light-dismissed popover (?variant=popover)', () => {
  it('full create: opening our dialog and clicking in it leave the popover editor open; link written, Save', async () => {
    await open('popover');
    const editor = await openNewMeeting(page, 'Popover editor');
    const editorOpen = () => page.evaluate('document.querySelector("[popover=auto]")?.matches(":popover-open") ?? false');
    expect(await editorOpen()).toBe(true);
    const dialog = await clickZoomAndConsent(stack.browser.context, page);
    expect(await editorOpen()).toBe(true); // a modal dialog opened outside the popover would have closed it
    await dialog.getByLabel('Passcode').click(); // a click outside the popover would light-dismiss it
    expect(await editorOpen()).toBe(true);
    await dialog.getByRole('button', { name: 'OK' }).click();
    const joinUrl = await waitForJoinUrl(editor);
    expectOneMeeting('Popover editor', joinUrl);
    await expect.poll(() => focusIn(page)).toEqual({ host: 'ontime-zoom-control', part: 'open' });
    await saveAndExpectLink(page, joinUrl);
  });
});

describe('an editor in a same-origin iframe (?variant=frame)', () => {
  it('full create inside the frame: the frame’s content script is answered, link written, Save', async () => {
    await open('frame');
    await page.getByRole('button', { name: 'New meeting', exact: true }).click();
    const frame = page.frameLocator('iframe');
    await frame.getByLabel('Subject', { exact: true }).fill('Framed editor sync');
    const popup = stack.browser.context.waitForEvent('page');
    await frame.getByRole('button', { name: 'Online meeting: Zoom', exact: true }).click();
    await answerConsent(popup, 'Allow');
    const dialog = frame.getByRole('dialog', { name: 'Zoom meeting settings' });
    await dialog.getByRole('button', { name: 'OK' }).click();
    await expect.poll(() => frame.getByLabel('Location', { exact: true }).inputValue(), { timeout: 15_000 }).toMatch(/\/j\/\d+/);
    const joinUrl = await frame.getByLabel('Location', { exact: true }).inputValue();
    expectOneMeeting('Framed editor sync', joinUrl);
    // Our UI lives in the frame's document, none in the calendar page around it.
    expect(await page.evaluate('document.querySelectorAll("ontime-zoom-control, ontime-zoom-dialog").length')).toBe(0);
    await saveAndExpectLink(frame, joinUrl);
  });
});

describe('a transformed, clipped panel with a focus trap on z-index 2147483000 (?variant=trap)', () => {
  it('full create: the trap cannot pull focus out of our dialog, Tab moves inside it, its Escape does not close the panel, OK, Save', async () => {
    await open('trap');
    const editor = await openNewMeeting(page, 'Side panel review');
    const dialog = await clickZoomAndConsent(stack.browser.context, page);
    await page.bringToFront();
    await expect.poll(() => focusIn(page)).toEqual({ host: 'ontime-zoom-dialog', part: 'input' });
    // The page's trap cancels Tab (capture phase) to pull focus into its panel; our dialog moves it itself.
    await page.keyboard.press('Tab');
    expect((await focusIn(page)).host).toBe('ontime-zoom-dialog');
    await page.keyboard.press('Shift+Tab');
    expect(await focusIn(page)).toEqual({ host: 'ontime-zoom-dialog', part: 'input' });
    // The trap closes its panel on Escape, seen first in its capture phase: Escape here closes ours only.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await editor.getByLabel('Subject', { exact: true }).inputValue()).toBe('Side panel review');
    await expect.poll(() => focusIn(page)).toEqual({ host: 'ontime-zoom-control', part: 'create' });
    await clickZoomAndConsent(stack.browser.context, page, { consent: false });
    await page.screenshot({ path: `${SHOTS}/dialog-over-trap-panel.png` });
    await dialog.getByRole('button', { name: 'OK' }).click();
    const joinUrl = await waitForJoinUrl(editor);
    expectOneMeeting('Side panel review', joinUrl);
    await saveAndExpectLink(page, joinUrl);
    expect(await zoomButton(page).count()).toBe(0); // the panel closed with the event saved
  });
});

import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { clickZoomAndConsent, createMeetingInEditor, openNewMeeting, waitForJoinUrl, zoomButton } from '../harness/flows';
import type { Stack } from '../harness/stack';
import { useStack } from '../harness/use-stack';
import { clearGrant } from '../harness/zoom-grant';

/*
 * The OnTime page's own scripts (an intranet XSS, another add-on, an OnTime plug-in) are not the
 * user. Everything below that a "page script" does runs through page.evaluate, i.e. in the page's
 * main world, with synthetic events; only Playwright's own input (click, keyboard) is trusted.
 * The local-test build keeps our shadow roots open so these scripts can reach our controls at all;
 * release builds close them.
 */

let stack: Stack;
let page: Page;

useStack((s) => (stack = s));
beforeAll(async () => {
  stack.sim.state.revokeGrants();
  await clearGrant(stack.browser.worker);
});
beforeEach(async () => {
  stack.sim.state.clearFaults();
  page = await stack.browser.context.newPage();
  await page.goto(stack.ontime.url);
  stack.sim.state.clearRequests();
});

const body = (editor: Locator) => editor.getByLabel(/^(Description|Body)/);
const location = (editor: Locator) => editor.getByLabel('Location', { exact: true });
const zoomCalls = (method: string) => stack.sim.state.requests.filter((r) => r.method === method && r.path.startsWith('/v2/meetings'));
const creates = () => stack.sim.state.requests.filter((r) => r.method === 'POST' && /\/meetings$/.test(r.path));
const liveIds = () => stack.sim.state.listMeetings().live.map((m) => m.id);

/** Source of a main-world function that fires every synthetic activation a script can make on `el`. */
const FIRE = `(el) => {
  el.click();
  el.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
  el.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
  el.dispatchEvent(new PointerEvent('pointerup', { bubbles: true, composed: true }));
  for (const key of ['Enter', ' ']) {
    el.dispatchEvent(new KeyboardEvent('keydown', { key, code: key === ' ' ? 'Space' : 'Enter', bubbles: true, composed: true, cancelable: true }));
    el.dispatchEvent(new KeyboardEvent('keyup', { key, code: key === ' ' ? 'Space' : 'Enter', bubbles: true, composed: true }));
  }
}`;

/** Runs `script` in the page's main world with `fire` and `root(tag)` (our open shadow root) in scope. */
async function pageScript(script: string): Promise<void> {
  await page.evaluate(`(() => {
    const fire = ${FIRE};
    const root = (tag) => document.querySelector(tag).shadowRoot;
    ${script}
  })()`);
  await page.waitForTimeout(700); // anything it set off has had time to reach the worker and Zoom
}

/** Counts windows the extension opens (Zoom's consent popup) from now on; reading it stops counting. */
function watchWindows(): () => number {
  let opened = 0;
  const count = () => opened++;
  stack.browser.context.on('page', count);
  return () => {
    stack.browser.context.off('page', count);
    return opened;
  };
}

/** New event with a Zoom meeting, made through the real UI; consent the first time. */
async function createMeeting(subject: string, notes = ''): Promise<{ editor: Locator; joinUrl: string; id: number }> {
  const made = await createMeetingInEditor(stack.browser.context, page, subject, { notes, consent: 'auto' });
  return made;
}

async function openSaved(joinUrl: string): Promise<Locator> {
  const event = stack.ontime.events().find((e) => e.location === joinUrl);
  if (!event) throw new Error('event not saved');
  await page.evaluate(`window.__ontimeDemo.openEvent(${JSON.stringify(event.id)})`);
  await page.locator('ontime-zoom-control').getByText(/Zoom meeting \d{3} \d{3,4} \d{4}/).waitFor();
  return page.getByRole('dialog').filter({ has: page.getByLabel('Subject', { exact: true }) });
}

describe('a hostile page script (real Chromium, simulator)', () => {
  it("a page script's clicks and keys on our control open no consent window and reach Zoom not at all; a real click does", async () => {
    await openNewMeeting(page, 'Scripted click');
    const windows = watchWindows();
    await pageScript(`fire(root('ontime-zoom-control').querySelector('button'));`);
    expect(windows()).toBe(0);
    expect(stack.sim.state.requests).toEqual([]);
    expect(await zoomButton(page).getAttribute('aria-busy')).toBe('false');

    const dialog = await clickZoomAndConsent(stack.browser.context, page); // fails unless the consent window opens
    await dialog.getByRole('button', { name: 'Cancel' }).click();
  });

  it('a keyboard activation of our control (Enter, Space) is the user and works', async () => {
    await openNewMeeting(page, 'Keyboard');
    const dialog = page.getByRole('dialog', { name: 'Zoom meeting settings' });
    await zoomButton(page).focus();
    await page.keyboard.press('Enter');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await zoomButton(page).focus();
    await page.keyboard.press(' ');
    await dialog.waitFor();
    await page.keyboard.press('Escape');
  });

  it("a page script's OK, Enter and typing in the settings dialog create nothing and read no contacts; the user's OK creates the meeting", async () => {
    const editor = await openNewMeeting(page, 'Scripted dialog');
    const dialog = await clickZoomAndConsent(stack.browser.context, page, { consent: 'auto' });
    stack.sim.state.clearRequests();
    const firstBox = dialog.locator('input[type="checkbox"]').first();
    const shown = { box: await firstBox.isChecked(), recording: await dialog.getByLabel('Record automatically').inputValue() };
    await pageScript(`
      const dialog = root('ontime-zoom-dialog');
      const hosts = dialog.querySelector('[aria-describedby="zoom-alt-hint"]');
      // Typing into the contacts field: as value + input event, as keys, and as an editing command.
      hosts.value = 'yama';
      hosts.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: 'yama' }));
      for (const key of 'sato') hosts.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
      hosts.focus();
      document.execCommand('insertText', false, 'evil@attacker.example');
      // A checkbox clicked and a select changed by script.
      dialog.querySelector('input[type="checkbox"]').click();
      const recording = dialog.querySelector('select');
      recording.value = 'cloud';
      recording.dispatchEvent(new Event('change', { bubbles: true }));
      // Confirming: Enter in a field, and OK itself.
      dialog.querySelector('input').dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true, cancelable: true }));
      fire(dialog.querySelector('footer button.primary'));
    `);
    expect(stack.sim.state.requests.filter((r) => r.path.includes('/contacts'))).toEqual([]);
    expect(creates()).toEqual([]);
    expect(await dialog.locator('datalist option').count()).toBe(0);
    expect(await dialog.getByLabel('Alternative hosts').inputValue()).toBe('');
    expect({ box: await firstBox.isChecked(), recording: await dialog.getByLabel('Record automatically').inputValue() }).toEqual(shown);
    expect(await dialog.isVisible()).toBe(true);

    await dialog.getByRole('button', { name: 'OK' }).click();
    const joinUrl = await waitForJoinUrl(editor);
    const meeting = stack.sim.state.listMeetings().live.find((m) => m.join_url === joinUrl)!;
    expect(meeting.settings.auto_recording).toBe(shown.recording);
    expect(String(meeting.settings.alternative_hosts ?? '')).not.toMatch(/attacker|yama|sato/);
    expect(creates()).toHaveLength(1);
  });

  it("a page script's clicks on Remove and on its confirmation delete nothing; the user's do", async () => {
    const { editor, joinUrl, id } = await createMeeting('Scripted remove', 'My agenda');
    await pageScript(`fire([...root('ontime-zoom-control').querySelectorAll('button')].find((b) => b.textContent === 'Delete Zoom meeting'));`);
    expect(await page.getByRole('button', { name: 'Delete at Zoom', exact: true }).count()).toBe(0);

    await page.getByRole('button', { name: 'Delete Zoom meeting', exact: true }).click(); // the user asks; the script answers
    await pageScript(`fire([...root('ontime-zoom-control').querySelectorAll('button')].find((b) => b.textContent === 'Delete at Zoom'));`);
    expect(zoomCalls('DELETE')).toEqual([]);
    expect(liveIds()).toContain(id);
    expect(await location(editor).inputValue()).toBe(joinUrl);

    await page.getByRole('button', { name: 'Delete at Zoom', exact: true }).click();
    await expect.poll(() => location(editor).inputValue()).toBe('');
    expect(liveIds()).not.toContain(id);
    expect(await body(editor).inputValue()).toBe('My agenda');
  });

  it("a page script's Save (click, requestSubmit) updates nothing at Zoom; the user's Save does", async () => {
    const { editor, joinUrl, id } = await createMeeting('Scripted save');
    await editor.getByRole('button', { name: 'Save', exact: true }).click();
    await editor.waitFor({ state: 'detached' });
    const reopened = await openSaved(joinUrl);
    await reopened.getByLabel('Start time', { exact: true }).fill('15:30');
    await reopened.getByLabel('End time', { exact: true }).fill('16:45');
    stack.sim.state.clearRequests();
    await pageScript(`
      const save = [...document.querySelectorAll('[role="dialog"] button')].find((b) => b.textContent.trim() === 'Save');
      fire(save);
      save.form.requestSubmit();
      save.form.requestSubmit(save);
    `);
    expect(zoomCalls('PATCH')).toEqual([]);
    expect(stack.sim.state.meetings.get(id)!.start_time).not.toMatch(/T15:30:00Z$/);

    const again = await openSaved(joinUrl);
    await again.getByLabel('Start time', { exact: true }).fill('16:00');
    await again.getByLabel('End time', { exact: true }).fill('17:00');
    await again.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => zoomCalls('PATCH').length).toBe(1);
    expect(stack.sim.state.meetings.get(id)!.start_time).toMatch(/T16:00:00Z$/);
  });

  it("a page script's Delete and its confirmation in OnTime delete nothing at Zoom; the user's do", async () => {
    const first = await createMeeting('Scripted delete');
    await first.editor.getByRole('button', { name: 'Save', exact: true }).click();
    await first.editor.waitFor({ state: 'detached' });
    await openSaved(first.joinUrl);
    // One click each: OnTime itself acts on them (it opens its confirmation, then deletes its event).
    await pageScript(`[...document.querySelectorAll('[role="dialog"] button')].find((b) => b.textContent.trim() === 'Delete').click();`);
    await pageScript(`[...document.querySelectorAll('[role="alertdialog"] button')].find((b) => b.textContent.trim() === 'OK').click();`);
    expect(stack.ontime.events().some((e) => e.location === first.joinUrl)).toBe(false); // the page deleted its event
    expect(zoomCalls('DELETE')).toEqual([]); // but the user did not: the meeting stays at Zoom
    expect(liveIds()).toContain(first.id);

    const second = await createMeeting('User delete');
    await second.editor.getByRole('button', { name: 'Save', exact: true }).click();
    await second.editor.waitFor({ state: 'detached' });
    const reopened = await openSaved(second.joinUrl);
    await reopened.getByRole('button', { name: 'Delete', exact: true }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'OK', exact: true }).click();
    await expect.poll(liveIds).not.toContain(second.id);
  });
});

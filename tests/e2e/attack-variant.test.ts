import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { clickZoomAndConsent, meetingRecords, openNewMeeting, waitForJoinUrl, zoomButton } from '../harness/flows';
import { currentWorker } from '../harness/browser';
import type { Stack } from '../harness/stack';
import { useFreshPage, useStack } from '../harness/use-stack';

// Attack 3: OnTime variants written here from how calendar apps build editors, injected into the
// demo page: a React-style editor re-rendered on every keystroke, a "Discard changes?" question on
// Cancel, and an editor whose fields are named only by aria-labelledby headings.
let stack: Stack;
let page: Page;

useStack((s) => (stack = s));
useFreshPage(() => stack, (p) => (page = p), { open: true });

const liveByTopic = (topic: string) => stack.sim.state.listMeetings().live.filter((m) => m.topic === topic);
const creates = () => stack.sim.state.requests.filter((r) => r.method === 'POST' && /\/meetings$/.test(r.path));
const stateOf = async (id: number) => (await meetingRecords(await currentWorker(stack.browser))).find((r) => r.id === id)?.state;
const editorOf = () => page.getByRole('dialog').filter({ has: page.getByLabel('Subject', { exact: true }) });
const abandonToast = () => page.locator('ontime-zoom-toast').filter({ hasText: 'closed without saving' });

describe('attack 3: OnTime variants written by the attacker', () => {
  it('a React-style page that re-renders the whole editor after every input: button, create, Save, nothing lost', async () => {
    await page.evaluate(`document.addEventListener('input', () => setTimeout(() => window.__ontimeDemo.rerenderEditor(), 0))`);
    await openNewMeeting(page, 'Rerendered on every key');
    await editorOf().getByLabel(/^(Description|Body)/).fill('Notes before Zoom');
    await zoomButton(page).waitFor({ timeout: 5_000 });
    const dialog = await clickZoomAndConsent(stack.browser.context, page, { consent: 'auto' });
    await dialog.getByRole('button', { name: 'OK' }).click();
    const joinUrl = await waitForJoinUrl(editorOf());
    // The user types more after the invitation, key by key (each key re-renders the editor).
    const body = editorOf().getByLabel(/^(Description|Body)/);
    await body.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' xyz');
    await page.waitForTimeout(300);
    await editorOf().getByRole('button', { name: 'Save', exact: true }).click();
    await editorOf().waitFor({ state: 'detached' });
    const event = stack.ontime.events().find((e) => e.subject === 'Rerendered on every key')!;
    expect(event.location).toContain(joinUrl);
    expect(event.body).toContain('Notes before Zoom');
    expect(event.body).toContain(joinUrl);
    expect(creates()).toHaveLength(1);
    const id = liveByTopic('Rerendered on every key')[0].id;
    await expect.poll(() => stateOf(id)).toBe('saved');
  });

  it('the editor re-rendered while our settings dialog and then our "Delete Zoom meeting" question are open', async () => {
    const editor = await openNewMeeting(page, 'Rerender under our prompts');
    await editorOf().getByLabel(/^(Description|Body)/).fill('Keep me');
    const dialog = await clickZoomAndConsent(stack.browser.context, page, { consent: 'auto' });
    await page.evaluate('window.__ontimeDemo.rerenderEditor()');
    await page.waitForTimeout(300);
    if (await dialog.isVisible()) await dialog.getByRole('button', { name: 'OK' }).click();
    else await (await clickZoomAndConsent(stack.browser.context, page, { consent: false })).getByRole('button', { name: 'OK' }).click();
    const joinUrl = await waitForJoinUrl(editorOf());
    await page.getByRole('button', { name: 'Delete Zoom meeting', exact: true }).click();
    await page.evaluate('window.__ontimeDemo.rerenderEditor()');
    await page.waitForTimeout(300);
    const confirm = page.getByRole('button', { name: 'Delete at Zoom', exact: true });
    if (!(await confirm.isVisible())) await page.getByRole('button', { name: 'Delete Zoom meeting', exact: true }).click();
    await confirm.click();
    await expect.poll(() => editorOf().getByLabel('Location', { exact: true }).inputValue()).not.toContain(joinUrl);
    expect(await editorOf().getByLabel(/^(Description|Body)/).inputValue()).toContain('Keep me');
    expect(creates()).toHaveLength(1);
    expect(liveByTopic('Rerender under our prompts')).toHaveLength(0);
    void editor;
  });

  /** OnTime asks "Discard changes?" when Cancel is pressed on a changed editor. */
  async function installDiscardQuestion() {
    await page.evaluate(`document.addEventListener('click', (e) => {
      const b = e.target.closest && e.target.closest('button');
      if (!b || b.textContent.trim() !== 'Cancel' || !b.closest('[role="dialog"]') || b.dataset.confirmed) return;
      e.preventDefault();
      e.stopImmediatePropagation();
      const q = document.createElement('div');
      q.setAttribute('role', 'alertdialog');
      q.setAttribute('aria-label', 'Discard changes?');
      q.style.cssText = 'position:fixed;top:40%;left:40%;background:#fff;padding:16px;z-index:2147483647;border:1px solid';
      q.innerHTML = '<p>Discard changes?</p><button type="button">Discard</button> <button type="button">Keep editing</button>';
      document.body.append(q);
      const [discard, keep] = q.querySelectorAll('button');
      keep.onclick = () => q.remove();
      discard.onclick = () => { q.remove(); window.__ontimeDemo.closeEditor(); };
    }, true)`);
  }

  it('"Discard changes?" on Cancel, answered Keep editing: no orphan, no toast; Save keeps the meeting', async () => {
    await installDiscardQuestion();
    const editor = await openNewMeeting(page, 'Discard? no');
    const dialog = await clickZoomAndConsent(stack.browser.context, page, { consent: 'auto' });
    await dialog.getByRole('button', { name: 'OK' }).click();
    const joinUrl = await waitForJoinUrl(editor);
    const id = Number(/\/j\/(\d+)/.exec(joinUrl)![1]);
    await editor.getByRole('button', { name: 'Cancel', exact: true }).click();
    await page.getByRole('alertdialog', { name: 'Discard changes?' }).getByRole('button', { name: 'Keep editing' }).click();
    await page.waitForTimeout(1500);
    expect(await editor.count()).toBe(1);
    expect(await abandonToast().count()).toBe(0);
    expect(await stateOf(id)).not.toBe('orphaned');
    await editor.getByRole('button', { name: 'Save', exact: true }).click();
    await editor.waitFor({ state: 'detached' });
    await expect.poll(() => stateOf(id)).toBe('saved');
    expect(stack.sim.state.listMeetings().live.map((m) => m.id)).toContain(id);
  });

  it('"Discard changes?" on Cancel, answered Discard: the meeting becomes an orphan with the toast', async () => {
    await installDiscardQuestion();
    const editor = await openNewMeeting(page, 'Discard? yes');
    const dialog = await clickZoomAndConsent(stack.browser.context, page, { consent: 'auto' });
    await dialog.getByRole('button', { name: 'OK' }).click();
    const joinUrl = await waitForJoinUrl(editor);
    const id = Number(/\/j\/(\d+)/.exec(joinUrl)![1]);
    await editor.getByRole('button', { name: 'Cancel', exact: true }).click();
    await page.getByRole('alertdialog', { name: 'Discard changes?' }).getByRole('button', { name: 'Discard' }).click();
    await editor.waitFor({ state: 'detached' });
    await expect.poll(() => stateOf(id), { timeout: 3_000 }).toBe('orphaned');
    await abandonToast().waitFor({ timeout: 3_000 });
  });

  const HEADINGS_EDITOR = `<div role="dialog" aria-modal="true" aria-labelledby="hx-title" style="position:fixed;inset:20px;background:#fff;z-index:1000;padding:16px;overflow:auto">
    <h2 id="hx-title">New meeting</h2>
    <section><h3 id="hx-s">Subject</h3><input type="text" aria-labelledby="hx-s"></section>
    <section><h3 id="hx-st">Start</h3><input type="date" aria-labelledby="hx-st" value="2026-12-04"><input type="time" aria-label="Start time" value="10:00"></section>
    <section><h3 id="hx-en">End</h3><input type="date" aria-labelledby="hx-en" value="2026-12-04"><input type="time" aria-label="End time" value="11:00"></section>
    <section><h3 id="hx-l">Location</h3><input type="text" aria-labelledby="hx-l"></section>
    <section><h3 id="hx-o">Online meeting</h3><div role="group" aria-labelledby="hx-o"><button type="button" aria-haspopup="menu">Create</button></div></section>
    <section><h3 id="hx-d">Description</h3><textarea aria-labelledby="hx-d"></textarea></section>
    <footer><button type="button" id="hx-delete">Delete</button><button type="submit" id="hx-save">Save</button><button type="button" id="hx-cancel">Cancel</button></footer>
  </div>`;

  for (const shape of ['light DOM', 'shadow DOM custom element'] as const) {
    it(`an editor named only by aria-labelledby headings (${shape}): if the button shows, create writes Location; nothing made otherwise`, async () => {
      const topic = `Headings editor (${shape})`;
      await page.evaluate(([html, shadow]) => {
        const host = document.createElement(shadow ? 'cal-editor' : 'div');
        const root: ParentNode = shadow ? host.attachShadow({ mode: 'open' }) : host;
        (root as Element | ShadowRoot).innerHTML = html;
        document.body.append(host);
        const q = (sel: string) => (root as ParentNode).querySelector(sel) as HTMLInputElement;
        q('#hx-cancel').onclick = () => host.remove();
        q('#hx-save').onclick = () => {
          (window as any).__hxSaved = { location: q('[aria-labelledby="hx-l"]').value, body: q('textarea').value };
          host.remove();
        };
      }, [HEADINGS_EDITOR, shape !== 'light DOM'] as const);
      const editor = page.getByRole('dialog', { name: 'New meeting' }).filter({ has: page.locator('#hx-save') });
      await editor.getByLabel('Subject', { exact: true }).fill(topic);
      await editor.getByLabel('Description', { exact: true }).fill('Typed by the user');
      const shown = await zoomButton(page).waitFor({ timeout: 5_000 }).then(() => true, () => false);
      console.log(`${topic}: Zoom button ${shown ? 'shown' : 'NOT shown'}`);
      if (!shown) {
        expect(creates()).toEqual([]);
        expect(await editor.getByLabel('Description', { exact: true }).inputValue()).toBe('Typed by the user');
        return;
      }
      const dialog = await clickZoomAndConsent(stack.browser.context, page, { consent: 'auto' });
      await dialog.getByRole('button', { name: 'OK' }).click();
      const joinUrl = await waitForJoinUrl(editor);
      expect(await editor.getByLabel('Description', { exact: true }).inputValue()).toContain('Typed by the user');
      await page.locator('#hx-save').click();
      const saved = (await page.evaluate('window.__hxSaved')) as { location: string; body: string };
      expect(saved.location).toBe(joinUrl);
      expect(creates()).toHaveLength(1);
    });
  }
});

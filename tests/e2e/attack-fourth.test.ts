import { afterEach, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { clickZoomAndConsent, meetingRecords, NAMES, type Lang } from '../harness/flows';
import { currentWorker, stopServiceWorker } from '../harness/browser';
import type { Stack } from '../harness/stack';
import { useFreshPage, useStack } from '../harness/use-stack';

// Fourth black-box attack (no product code read): the side-panel refill, Save-and-stay status, copies
// (shared meetings) and "New Zoom meeting for this event" after Undo, attacked with page scripts.
// Harness helpers copied from attack-third.test.ts.
let stack: Stack;
let page: Page;

useStack((s) => (stack = s));
useFreshPage(() => stack, (p) => (page = p));
afterEach(async () => {
  await page?.close().catch(() => undefined);
});

// ---- what happened at Zoom, and what the extension recorded --------------------------------------
const live = () => stack.sim.state.listMeetings().live;
const liveIds = () => live().map((m) => m.id);
const liveByTopic = (topic: string) => live().filter((m) => m.topic === topic);
const creates = () => stack.sim.state.requests.filter((r) => r.method === 'POST' && /\/meetings$/.test(r.path));
const callsOn = (id: number, method?: string) => stack.sim.state.requests.filter((r) => r.path.includes(`/meetings/${id}`) && (!method || r.method === method));
const idOf = (url: string) => Number(/\/j\/(\d+)/.exec(url)![1]);
const uniq = (topic: string) => `${topic} ${Date.now() % 100_000}`;
const savedEvent = (subject: string) => stack.ontime.events().find((e) => e.subject === subject);

const running = () => stack.browser.context.serviceWorkers().filter((w) => w.url().startsWith(`chrome-extension://${stack.browser.extensionId}/`));
/** Whether the worker answers (an evaluation in a stopped worker waits until it starts again). */
async function alive(): Promise<boolean> {
  const now = running();
  if (!now.length) return false;
  return Promise.race([now[now.length - 1].evaluate('1').then(() => true, () => false), new Promise<boolean>((r) => setTimeout(() => r(false), 400))]);
}
/** The extension's worker, woken by its popup page when it was stopped. */
async function worker() {
  if (!(await alive())) {
    const popup = await stack.browser.context.newPage();
    await popup.goto(`chrome-extension://${stack.browser.extensionId}/popup.html`);
    await expect.poll(alive, { timeout: 10_000 }).toBe(true);
    await popup.close();
  }
  return currentWorker(stack.browser);
}
/** Stops the worker for real (chrome://serviceworker-internals); one already stopped stays so. */
async function stopWorker() {
  if (await alive()) await stopServiceWorker(stack.browser);
}
const records = async () => meetingRecords(await worker());
const stateOf = async (id: number) => (await records()).find((r) => r.id === id)?.state;
/** Recorded as in its event (saved, or saved and then updated at Zoom). */
const SAVED = /^(saved|updated)$/;

// ---- third.html ----------------------------------------------------------------------------------
const T = {
  en: { discard: 'Discard', keep: 'Keep editing', deleteEvent: 'Delete', duplicate: 'Duplicate', cancel: 'Cancel', close: 'Close', save: 'Save', alreadyAsk: 'Discard changes?' },
  ja: { discard: '破棄', keep: '編集を続ける', deleteEvent: '削除', duplicate: '複製', cancel: 'キャンセル', close: '閉じる', save: '保存', alreadyAsk: '変更を破棄しますか？' },
} as const;
let lang: Lang = 'en';
const editor = (): Locator => page.getByRole('dialog').filter({ has: page.getByLabel(NAMES[lang].subject, { exact: true }) });
const field = (label: string | RegExp) => editor().getByLabel(label, { exact: true });
const body = () => editor().getByLabel(NAMES[lang].body);
const settingsDialog = () => page.getByRole('dialog', { name: NAMES[lang].dialog });
const question = () => page.getByRole('alertdialog');
const button = (name: string, scope: Locator | Page = editor()) => scope.getByRole('button', { name, exact: true });
const ourToasts = () => page.locator('ontime-zoom-toast');
/** Our toast offering to delete an orphan ("closed without saving" or "did not see the event saved"). */
const orphanToast = () => ourToasts().filter({ has: page.getByRole('button', { name: lang === 'ja' ? 'ミーティングを削除' : 'Delete meeting', exact: true }) });
const controlText = () =>
  page.evaluate(() => [...document.querySelectorAll('ontime-zoom-control')].map((h) => (h.shadowRoot ?? h).textContent ?? '').join(' | ')).catch(() => '');
const model = () => page.evaluate(() => (window as unknown as { __third: { model: Record<string, unknown> | null } }).__third.model) as Promise<{ location: string; chips: string[]; body: string; id?: string } | null>;
const editorOpen = () => page.evaluate('window.__third.open') as Promise<boolean>;

async function third(params = ''): Promise<void> {
  lang = /lang=ja/.test(params) ? 'ja' : 'en';
  await page.goto(`${stack.ontime.url}third.html?${params}`);
  await page.evaluate('window.__third.ready');
}

async function newEvent(subject: string): Promise<void> {
  await page.getByRole('button', { name: NAMES[lang].newMeeting, exact: true }).click();
  await field(NAMES[lang].subject).fill(subject);
}

/** The join URL our extension wrote: from Location, or from the page's chips once it moved it there. */
async function waitForLink(timeout = 15_000): Promise<string> {
  let found = '';
  await expect.poll(async () => {
    const m = await model();
    const all = [m?.location ?? '', ...(m?.chips ?? [])].join(' ');
    found = /\S+\/j\/\d+\S*/.exec(all)?.[0]?.replace(/[;,]$/, '') ?? '';
    return found;
  }, { timeout }).toMatch(/\/j\/\d+/);
  return found;
}

/** Zoom → consent if asked → OK; resolves with the link written. */
async function addZoom(): Promise<{ joinUrl: string; id: number }> {
  const dialog = await clickZoomAndConsent(stack.browser.context, page, { consent: 'auto', lang });
  await dialog.getByRole('button', { name: NAMES[lang].ok }).click();
  const joinUrl = await waitForLink();
  return { joinUrl, id: idOf(joinUrl) };
}

async function create(subject: string, params = '', notes = ''): Promise<{ joinUrl: string; id: number }> {
  await third(params);
  await newEvent(subject);
  if (notes) await body().fill(notes);
  return addZoom();
}

async function waitEditorClosed() {
  await expect.poll(editorOpen).toBe(false);
}

async function saveAndClose(subject: string) {
  await button(T[lang].save).click();
  await waitEditorClosed();
  await expect.poll(() => !!savedEvent(subject)).toBe(true);
  return savedEvent(subject)!;
}

/** Opens a saved event in the page's editor and waits until our control knows its meeting. */
async function openSaved(eventId: string, knowsMeeting = true) {
  await page.evaluate(`window.__third.openEvent(${JSON.stringify(eventId)})`);
  await editor().waitFor();
  if (knowsMeeting) await page.locator('ontime-zoom-control').getByText(/Zoom meeting \d{3} \d{3,4} \d{4}/).waitFor({ timeout: 10_000 });
}

/** A new event with our meeting, saved and closed; requests cleared after. */
async function savedWithMeeting(subject: string, params = '', notes = '') {
  const made = await create(subject, params, notes);
  const event = await saveAndClose(subject);
  await expect.poll(() => stateOf(made.id)).toMatch(SAVED);
  stack.sim.state.clearRequests();
  return { ...made, eventId: event.id };
}

async function expectOrphanReported(id: number) {
  await orphanToast().first().waitFor({ timeout: 5_000 });
  await expect.poll(() => stateOf(id), { timeout: 5_000 }).toBe('orphaned');
  expect(liveIds()).toContain(id);
}

/** How many invitations of ours a description holds (their opening lines). */
const invitations = (text: string) => (text.match(/Zoom ─{4,}/g) ?? []).length;

/** ≤ 1.5 s of quiet: no toast of ours, the record not orphaned, nothing deleted at Zoom. */
async function expectQuiet(id: number) {
  await page.waitForTimeout(1200);
  const outcome = { toasts: await ourToasts().count(), state: await stateOf(id), deletes: callsOn(id, 'DELETE').length };
  expect(outcome, JSON.stringify(outcome)).toMatchObject({ toasts: 0, deletes: 0 });
  expect(outcome.state).not.toBe('orphaned');
}

/** A page script (main world): every synthetic activation it can make, on our elements found by text. */
async function pageScriptFires(host: string, text: string | RegExp): Promise<number> {
  const source = text instanceof RegExp ? `new RegExp(${JSON.stringify(text.source)})` : JSON.stringify(text);
  return page.evaluate(`(() => {
    const want = ${source};
    const hits = [];
    const visit = (root) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.shadowRoot) visit(el.shadowRoot);
        const name = (el.getAttribute('aria-label') || el.textContent || '').trim();
        if (el.localName === 'button' && (typeof want === 'string' ? name === want : want.test(name))) hits.push(el);
      }
    };
    for (const host of document.querySelectorAll(${JSON.stringify(host)})) if (host.shadowRoot) visit(host.shadowRoot);
    for (const el of hits) {
      el.focus();
      el.click();
      el.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
      el.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
      el.dispatchEvent(new PointerEvent('pointerup', { bubbles: true, composed: true }));
      for (const key of ['Enter', ' ']) {
        el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));
        el.dispatchEvent(new KeyboardEvent('keyup', { key, bubbles: true, composed: true }));
      }
      const form = el.closest('form');
      if (form) form.requestSubmit ? form.requestSubmit() : form.submit();
    }
    return hits.length;
  })()`) as Promise<number>;
}

const spaced = (id: number) => String(id).replace(/^(\d{3})(\d{3,4})(\d{4})$/, '$1 $2 $3');
const noZoomEvent = () => stack.ontime.events().find((e) => !/zoom|teams|\/j\//i.test(e.location + e.body))!;

/** del=undo: saved event with our meeting, deleted, restored by the page's Undo; its editor opened. */
async function deletedThenUndone(topic: string, notes: string) {
  const made = await savedWithMeeting(topic, 'del=undo', notes);
  await openSaved(made.eventId);
  await button(T.en.deleteEvent).click();
  await waitEditorClosed();
  await page.locator('#toasts').getByRole('button', { name: 'Undo', exact: true }).click();
  await expect.poll(() => !!savedEvent(topic)).toBe(true);
  const restored = savedEvent(topic)!;
  await openSaved(restored.id, false);
  const replace = page.getByRole('button', { name: 'New Zoom meeting for this event', exact: true });
  await replace.waitFor({ timeout: 10_000 });
  return { ...made, restoredId: restored.id, replace };
}

// =================================================================================================
describe('fourth 1: Save that stays open and only says "Saved"', () => {
  it('save=stay-status: Save refused, then a page script forges "Saved" (alert removed, role=status added), then Cancel → Discard: still an orphan with the toast', async () => {
    const topic = uniq('Forged saved status');
    const { id } = await create(topic, 'save=stay-status');
    await field('Subject').fill('');
    await button(T.en.save).click();
    await editor().getByRole('alert').filter({ hasText: 'Enter a subject.' }).waitFor();
    await page.evaluate(() => {
      const slot = document.querySelector('[role="dialog"] .slot-msg')!;
      const s = document.createElement('div');
      s.setAttribute('role', 'status');
      s.textContent = `Saved ${new Date().toLocaleTimeString('en')}`;
      slot.replaceChildren(s);
      for (const el of document.querySelectorAll('[aria-invalid]')) el.removeAttribute('aria-invalid');
    });
    await page.waitForTimeout(500);
    await button(T.en.cancel).click();
    await button(T.en.discard, question()).click();
    await waitEditorClosed();
    expect(stack.ontime.events().some((e) => e.location.includes(`/j/${id}`))).toBe(false);
    await expectOrphanReported(id);
  });

  it('save=stay-status: Save succeeds ("Saved"), then the subject emptied and Save refused (alert), then Cancel → Discard: the saved event keeps its meeting (no orphan, no toast)', async () => {
    const topic = uniq('Saved then refused');
    const { joinUrl, id } = await create(topic, 'save=stay-status');
    await button(T.en.save).click();
    await editor().getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    await expect.poll(() => savedEvent(topic)?.location ?? '').toContain(joinUrl);
    await field('Subject').fill('');
    await button(T.en.save).click();
    await editor().getByRole('alert').filter({ hasText: 'Enter a subject.' }).waitFor();
    await button(T.en.cancel).click();
    await button(T.en.discard, question()).click();
    await waitEditorClosed();
    await expectQuiet(id);
    await expect.poll(() => stateOf(id)).toMatch(SAVED);
    expect(liveIds()).toContain(id);
  });
});

// =================================================================================================
describe('fourth 2: page scripts faking new / existing editors', () => {
  it('Duplicate, then a page script adds a fake "Delete" button (the copy looks like an existing event): moved and saved, the original\'s meeting is never PATCHed; the fake Delete then deletes nothing', async () => {
    const topic = uniq('Copy with fake Delete');
    const { id, eventId } = await savedWithMeeting(topic);
    const startBefore = stack.sim.state.meetings.get(id)!.start_time;
    await openSaved(eventId);
    await button(T.en.duplicate).click();
    await expect.poll(async () => (await model())?.id ?? null).toBe(null);
    const addFakeDelete = () => page.evaluate(() => {
      const footer = document.querySelector('[role="dialog"] .footer');
      if (!footer || [...footer.querySelectorAll('button')].some((b) => b.textContent === 'Delete')) return;
      const fake = document.createElement('button');
      fake.type = 'button';
      fake.textContent = 'Delete';
      // "deletes" the event: the page just closes the editor (Cancel → Discard)
      fake.addEventListener('click', () => {
        [...footer.querySelectorAll('button')].find((b) => b.textContent === 'Cancel')!.click();
        setTimeout(() => ([...document.querySelectorAll('[role="alertdialog"] button')].find((b) => b.textContent === 'Discard') as HTMLElement | undefined)?.click(), 50);
      });
      footer.prepend(fake);
    });
    await addFakeDelete();
    await page.waitForTimeout(800);
    console.log(`[fake delete] control: ${(await controlText()).replace(/\s+/g, ' ').slice(0, 120)}`);
    await field('Start time').fill('13:00');
    await field('End time').fill('13:30');
    await button(T.en.save).click();
    await waitEditorClosed();
    await expect.poll(() => stack.ontime.events().filter((e) => e.subject === topic).length).toBe(2);
    await page.waitForTimeout(1200);
    expect({ calls: callsOn(id).map((r) => r.method), start: stack.sim.state.meetings.get(id)!.start_time }).toEqual({ calls: [], start: startBefore });
    // a second copy, the fake Delete pressed
    await openSaved(eventId);
    await button(T.en.duplicate).click();
    await expect.poll(async () => (await model())?.id ?? null).toBe(null);
    await addFakeDelete();
    await page.waitForTimeout(800);
    await field('Start time').fill('14:00');
    await field('End time').fill('14:30');
    await button(T.en.deleteEvent).click();
    await waitEditorClosed();
    await page.waitForTimeout(1500);
    expect(callsOn(id)).toEqual([]);
    expect(liveIds()).toContain(id);
    expect(await stateOf(id)).not.toBe('orphaned');
  });

});

// =================================================================================================
describe('fourth 3: the side panel refilled in place at awkward moments', () => {
  it('shape=panel: new event A, our settings dialog open, the page refills the panel with event B, then OK: no meeting of A\'s lands in B; any meeting made is B\'s or reported', async () => {
    const a = uniq('Panel dialog open');
    await third('shape=panel');
    await newEvent(a);
    const dialog = await clickZoomAndConsent(stack.browser.context, page, { consent: 'auto', lang });
    const other = noZoomEvent();
    await page.evaluate(`window.__third.openEvent(${JSON.stringify(other.id)})`);
    await expect.poll(async () => (await model())?.id).toBe(other.id);
    await page.waitForTimeout(500);
    const stillOpen = await dialog.isVisible();
    if (stillOpen) await dialog.getByRole('button', { name: NAMES.en.ok }).click().catch(() => undefined);
    await page.waitForTimeout(2500);
    const m = (await model())!;
    const inB = /\/j\/(\d+)/.exec(`${m.location} ${m.body} ${m.chips.join(' ')}`);
    const made = live().filter((x) => creates().length && (x.topic === a || x.topic === other.subject));
    const outcome = { stillOpen, creates: creates().length, inB: inB?.[0] ?? null, topics: made.map((x) => x.topic), states: await Promise.all(made.map((x) => stateOf(x.id))), toasts: await orphanToast().count() };
    console.log(`[dialog+refill] ${JSON.stringify(outcome)}`);
    if (inB) expect(live().find((x) => x.id === Number(inB[1]))?.topic, `A's meeting written into B: ${JSON.stringify(outcome)}`).toBe(other.subject);
    for (const x of made.filter((x) => !inB || x.id !== Number(inB[1]))) {
      expect(await stateOf(x.id), `meeting ${x.id} (${x.topic}) in no editor and not reported: ${JSON.stringify(outcome)}`).toBe('orphaned');
    }
  });

  it('shape=panel: new event A, OK pressed (create slow at Zoom), the page refills the panel with event B mid-flight: the link never lands in B; A\'s meeting is reported as an orphan with the toast', async () => {
    const a = uniq('Panel in flight');
    await third('shape=panel');
    await newEvent(a);
    stack.sim.state.addFault({ kind: 'latency', method: 'POST', path: '/meetings$', latencyMs: 2500 });
    const dialog = await clickZoomAndConsent(stack.browser.context, page, { consent: 'auto', lang });
    await dialog.getByRole('button', { name: NAMES.en.ok }).click();
    await page.waitForTimeout(400);
    const other = noZoomEvent();
    await page.evaluate(`window.__third.openEvent(${JSON.stringify(other.id)})`);
    await expect.poll(async () => (await model())?.id).toBe(other.id);
    await expect.poll(() => liveByTopic(a).length, { timeout: 10_000 }).toBe(1);
    await page.waitForTimeout(2000);
    const id = liveByTopic(a)[0].id;
    const m = (await model())!;
    expect(`${m.location} ${m.body}`).not.toContain(`/j/${id}`);
    expect(await controlText()).not.toContain(spaced(id));
    await expectOrphanReported(id);
    await field('Start time').fill('06:20');
    await field('End time').fill('06:50');
    await button(T.en.save).click();
    await waitEditorClosed();
    await page.waitForTimeout(1000);
    expect(callsOn(id, 'PATCH')).toEqual([]);
    expect(stack.ontime.events().find((e) => e.id === other.id)!.location).not.toContain(`/j/${id}`);
  });

  // FINDING: C's saved meeting is marked "orphaned" with the orphan toast (whose Delete meeting would
  // delete the meeting C still holds), D's editor keeps showing C's meeting, and D's move is never
  // sent to Zoom (no PATCH of D's meeting): a refill that changes only the link is not seen.
  it('shape=panel: events C and D with the same subject and time, each with our meeting; C open, the panel refilled with D (only the link and invitation change); moved and saved: D\'s meeting PATCHed, C\'s untouched', async () => {
    const topic = uniq('Panel twins');
    const c = await savedWithMeeting(topic, 'shape=panel');
    await newEvent(topic);
    const d = await addZoom();
    await button(T.en.save).click();
    await waitEditorClosed();
    await expect.poll(() => stack.ontime.events().find((e) => e.location.includes(d.joinUrl))?.id ?? null).not.toBe(null);
    const dEvent = stack.ontime.events().find((e) => e.location.includes(d.joinUrl))!;
    await expect.poll(() => stateOf(d.id)).toMatch(SAVED);
    stack.sim.state.clearRequests();
    await openSaved(c.eventId);
    await expect.poll(controlText).toContain(spaced(c.id));
    await page.evaluate(`window.__third.openEvent(${JSON.stringify(dEvent.id)})`);
    await expect.poll(async () => (await model())?.id).toBe(dEvent.id);
    await page.waitForTimeout(1200);
    const control = (await controlText()).replace(/\s+/g, ' ').slice(0, 120);
    await field('Start time').fill('15:10');
    await field('End time').fill('15:40');
    await button(T.en.save).click();
    await waitEditorClosed();
    await page.waitForTimeout(1500);
    const outcome = { c: c.id, d: d.id, dState: await stateOf(d.id), control, patchC: callsOn(c.id, 'PATCH').length, patchD: callsOn(d.id, 'PATCH').length, deletes: callsOn(c.id, 'DELETE').length + callsOn(d.id, 'DELETE').length, toasts: await orphanToast().count(), cState: await stateOf(c.id) };
    expect(outcome, JSON.stringify(outcome)).toMatchObject({ patchC: 0, patchD: 1, deletes: 0, toasts: 0 });
    expect(outcome.control).toContain(spaced(d.id));
    expect(outcome.cState).toMatch(SAVED);
  });

  // LIMIT (README): the original refilled in place over its copy (only Delete and Duplicate come
  // back) stays shown as the copy; its Save is not sent to Zoom, and the meeting is then kept as
  // shared (the user is told). It cannot be told from a copy that comes to offer a Delete (a page
  // script's, or one hidden by a class: attack-fifth 4), and a copy must never change the
  // original's meeting.
  it.skip('shape=panel: Duplicate of C open (a copy), then the page refills the panel with C itself (only Delete/Duplicate come back); moved and saved: C\'s meeting is PATCHed, no toast, still saved', async () => {
    const topic = uniq('Panel copy back to original');
    const c = await savedWithMeeting(topic, 'shape=panel');
    await openSaved(c.eventId);
    await button(T.en.duplicate).click();
    await expect.poll(async () => (await model())?.id ?? null).toBe(null);
    await page.waitForTimeout(1500);
    const asCopy = (await controlText()).replace(/\s+/g, ' ').slice(0, 120);
    console.log(`[panel copy] control in the copy: ${asCopy}`);
    await page.evaluate(`window.__third.openEvent(${JSON.stringify(c.eventId)})`);
    await expect.poll(async () => (await model())?.id).toBe(c.eventId);
    await page.waitForTimeout(1200);
    const control = (await controlText()).replace(/\s+/g, ' ').slice(0, 120);
    await field('Start time').fill('16:10');
    await field('End time').fill('16:40');
    await button(T.en.save).click();
    await waitEditorClosed();
    await page.waitForTimeout(1500);
    const outcome = { asCopy, control, patches: callsOn(c.id, 'PATCH').length, deletes: callsOn(c.id, 'DELETE').length, toasts: await orphanToast().count(), toastText: (await ourToasts().evaluateAll((hs) => hs.map((h) => (h.shadowRoot ?? h).textContent ?? ''))).join(' | ').slice(0, 200), state: await stateOf(c.id) };
    expect(outcome, JSON.stringify(outcome)).toMatchObject({ patches: 1, deletes: 0, toasts: 0, state: expect.stringMatching(SAVED) });
    // FINDING: in the panel the copy (new editor, no Delete, C's link) is shown as C's own meeting, with
    // Join and "Delete Zoom meeting", not as "copied from another event" (1.5 s after Duplicate).
    expect(outcome.asCopy).toContain('copied from another event');
    expect(outcome.asCopy).not.toContain('Delete Zoom meeting');
  });

  it('shape=panel loc=chip: the user removes our link\'s chip and retypes the subject: not another event (no toast); Save keeps the meeting the description names', async () => {
    const topic = uniq('Panel chip removed');
    const { joinUrl, id } = await create(topic, 'shape=panel&loc=chip');
    await expect.poll(async () => (await model())?.chips.length ?? 0).toBeGreaterThan(0);
    await editor().getByRole('button', { name: `Remove link ${(await model())!.chips[0]}`, exact: true }).click();
    await field('Subject').fill(`${topic} v2`);
    await expectQuiet(id);
    expect(await controlText()).toContain(spaced(id));
    const event = await saveAndClose(`${topic} v2`);
    expect(event.body).toContain(joinUrl.split('?')[0]);
    await expect.poll(() => stateOf(id)).toMatch(SAVED);
    expect(await orphanToast().count()).toBe(0);
  });
});

// =================================================================================================
describe('fourth 4: copies, shared meetings, and "New Zoom meeting for this event"', () => {
  it('a saved copy makes the meeting shared: in the original\'s editor, "Delete Zoom meeting" (user and page-script clicks) deletes nothing at Zoom', async () => {
    const topic = uniq('Shared delete attempt');
    const { id, eventId } = await savedWithMeeting(topic);
    await openSaved(eventId);
    await button(T.en.duplicate).click();
    await expect.poll(async () => (await model())?.id ?? null).toBe(null);
    await button(T.en.save).click();
    await waitEditorClosed();
    await expect.poll(() => stack.ontime.events().filter((e) => e.subject === topic).length).toBe(2);
    await expect.poll(async () => ((await records()).find((r) => r.id === id) as { shared?: boolean } | undefined)?.shared).toBe(true);
    await openSaved(eventId, false);
    await expect.poll(controlText).toContain('in more than one event');
    await pageScriptFires('ontime-zoom-control', /Delete/);
    await page.waitForTimeout(300);
    await pageScriptFires('ontime-zoom-control', /Delete/);
    const userDelete = page.getByRole('button', { name: 'Delete Zoom meeting', exact: true });
    if (await userDelete.count()) {
      await userDelete.click();
      const atZoom = page.getByRole('button', { name: 'Delete at Zoom', exact: true });
      if (await atZoom.count()) await atZoom.click();
    }
    await page.waitForTimeout(1200);
    expect(callsOn(id, 'DELETE')).toEqual([]);
    expect(liveIds()).toContain(id);
  });

  it('after Undo: page-script clicks on "New Zoom meeting for this event" and OK make nothing; then the worker stopped and the user\'s click replaces the dead link, keeping the user\'s text', async () => {
    const topic = uniq('Undone scripted');
    const { joinUrl: dead, id: deadId, replace } = await deletedThenUndone(topic, 'Agenda: roadmap');
    stack.sim.state.clearRequests();
    const before = (await model())!;
    expect(await pageScriptFires('ontime-zoom-control', 'New Zoom meeting for this event')).toBeGreaterThan(0);
    await page.waitForTimeout(600);
    await pageScriptFires('*', NAMES.en.ok);
    await page.waitForTimeout(1200);
    const after = (await model())!;
    expect({ creates: creates().length, location: after.location, body: after.body }).toEqual({ creates: 0, location: before.location, body: before.body });
    if (await settingsDialog().isVisible()) await page.keyboard.press('Escape');
    await settingsDialog().waitFor({ state: 'hidden' }).catch(() => undefined);
    await stopWorker();
    await replace.click({ timeout: 10_000 });
    await settingsDialog().getByRole('button', { name: NAMES.en.ok }).click();
    let fresh = '';
    await expect.poll(async () => {
      fresh = /\S+\/j\/\d+\S*/.exec((await model())?.location ?? '')?.[0] ?? '';
      return !!fresh && idOf(fresh) !== deadId;
    }, { timeout: 15_000 }).toBe(true);
    const m = (await model())!;
    expect(m.location).not.toContain(dead);
    expect(m.body).not.toContain(dead);
    expect(m.body.startsWith('Agenda: roadmap')).toBe(true);
    expect(invitations(m.body)).toBe(1);
    expect(creates()).toHaveLength(1);
    const saved = await saveAndClose(topic);
    expect(saved.location).toContain(fresh);
    await expect.poll(() => stateOf(idOf(fresh))).toMatch(SAVED);
  });
});

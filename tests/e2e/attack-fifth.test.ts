import { afterEach, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { clickZoomAndConsent, meetingRecords, NAMES, type Lang } from '../harness/flows';
import { currentWorker, stopServiceWorker } from '../harness/browser';
import { rendered, settled, until } from '../harness/settle';
import type { Stack } from '../harness/stack';
import { useFreshPage, useStack } from '../harness/use-stack';
import { createMeeting as createAtZoom } from '../harness/zoom-simulator/meetings';

// Fifth black-box attack (no product code read): today's changes. The side panel refilled in place
// with only the join link changed, the settings dialog open across a refill, a Duplicate refilled in
// place, a saved meeting whose link is replaced at Save, "the editor offers Delete" against hidden
// Deletes, and the invitation block edited by the user and tidied by the page.
// Harness helpers copied from attack-fourth.test.ts. No retries: each attack runs once (time budget).
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
const creates = () => stack.sim.state.requests.filter((r) => r.method === 'POST' && /\/meetings$/.test(r.path));
const callsOn = (id: number, method?: string) => stack.sim.state.requests.filter((r) => r.path.includes(`/meetings/${id}`) && (!method || r.method === method));
const writes = (id: number) => callsOn(id).filter((r) => r.method !== 'GET').map((r) => r.method);
const idOf = (url: string) => Number(/\/j\/(\d+)/.exec(url)![1]);
const uniq = (topic: string) => `${topic} ${Date.now() % 100_000}`;
const savedEvent = (subject: string) => stack.ontime.events().find((e) => e.subject === subject);
const eventById = (id: string) => stack.ontime.events().find((e) => e.id === id);
const linkIds = (text: string) => [...text.matchAll(/\/j\/(\d+)/g)].map((m) => Number(m[1]));

const running = () => stack.browser.context.serviceWorkers().filter((w) => w.url().startsWith(`chrome-extension://${stack.browser.extensionId}/`));
async function alive(): Promise<boolean> {
  const now = running();
  if (!now.length) return false;
  return Promise.race([now[now.length - 1].evaluate('1').then(() => true, () => false), new Promise<boolean>((r) => setTimeout(() => r(false), 400))]);
}
async function worker() {
  if (!(await alive())) {
    const popup = await stack.browser.context.newPage();
    await popup.goto(`chrome-extension://${stack.browser.extensionId}/popup.html`);
    await expect.poll(alive, { timeout: 10_000 }).toBe(true);
    await popup.close();
  }
  return currentWorker(stack.browser);
}
async function stopWorker() {
  if (await alive()) await stopServiceWorker(stack.browser);
}
const records = async () => meetingRecords(await worker());
const stateOf = async (id: number) => (await records()).find((r) => r.id === id)?.state;
const SAVED = /^(saved|updated)$/;

/** A meeting at Zoom this extension did not make (a standing meeting, a colleague's). */
function foreignMeeting(topic: string): { id: number; join_url: string } {
  return (createAtZoom(stack.sim.state, { topic, type: 2, start_time: '2026-12-30T10:00:00Z', duration: 30 }) as { meeting?: { id: number; join_url: string } }).meeting!;
}

// ---- third.html ----------------------------------------------------------------------------------
let lang: Lang = 'en';
const editor = (): Locator => page.getByRole('dialog').filter({ has: page.getByLabel(NAMES[lang].subject, { exact: true }) });
const field = (label: string | RegExp) => editor().getByLabel(label, { exact: true });
const body = () => editor().getByLabel(NAMES[lang].body);
const loc = () => editor().getByLabel('Location', { exact: true });
const settingsDialog = () => page.getByRole('dialog', { name: NAMES[lang].dialog });
const question = () => page.getByRole('alertdialog');
const button = (name: string, scope: Locator | Page = editor()) => scope.getByRole('button', { name, exact: true });
const ourToasts = () => page.locator('ontime-zoom-toast');
const orphanToast = () => ourToasts().filter({ has: page.getByRole('button', { name: 'Delete meeting', exact: true }) });
const toastTexts = async () => (await ourToasts().evaluateAll((hs) => hs.map((h) => (h.shadowRoot ?? h).textContent ?? ''))).join(' | ').replace(/\s+/g, ' ').slice(0, 300);
/** Our toasts that say a meeting is in no event or offer to delete it (not the "updated" notice). */
const alarms = async () => (await toastTexts()).split(' | ').filter((t) => /Delete meeting|not in any event|did not see|left the event/i.test(t)).join(' | ');
const controlText = () =>
  page.evaluate(() => [...document.querySelectorAll('ontime-zoom-control')].map((h) => (h.shadowRoot ?? h).textContent ?? '').join(' | ')).catch(() => '');
const shortControl = async () => (await controlText()).replace(/\s+/g, ' ').slice(0, 160);
type Model = { location: string; chips: string[]; body: string; id?: string; subject: string; startTime: string };
const model = () => page.evaluate(() => (window as unknown as { __third: { model: Model | null } }).__third.model) as Promise<Model | null>;
const editorOpen = () => page.evaluate('window.__third.open') as Promise<boolean>;
const spaced = (id: number) => String(id).replace(/^(\d{3})(\d{3,4})(\d{4})$/, '$1 $2 $3');
/** Links the panel shows right now (DOM values, chips included): what a user sees. */
const shownLinks = () => page.evaluate(() => {
  const p = document.querySelector('[role="dialog"]');
  if (!p) return '';
  return [...p.querySelectorAll('input, textarea, .chips a')].map((el) => (el as HTMLInputElement).value ?? el.textContent ?? '').join(' ');
});

async function third(params = ''): Promise<void> {
  lang = /lang=ja/.test(params) ? 'ja' : 'en';
  await page.goto(`${stack.ontime.url}third.html?${params}`);
  await page.evaluate('window.__third.ready');
}

async function newEvent(subject: string): Promise<void> {
  await page.getByRole('button', { name: NAMES[lang].newMeeting, exact: true }).click();
  await field(NAMES[lang].subject).fill(subject);
}

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
  await button('Save').click();
  await waitEditorClosed();
  await expect.poll(() => !!savedEvent(subject)).toBe(true);
  return savedEvent(subject)!;
}

async function openSaved(eventId: string, knowsMeeting = true) {
  await page.evaluate(`window.__third.openEvent(${JSON.stringify(eventId)})`);
  await editor().waitFor();
  await expect.poll(async () => (await model())?.id).toBe(eventId);
  if (knowsMeeting) await page.locator('ontime-zoom-control').getByText(/Zoom meeting \d{3} \d{3,4} \d{4}/).waitFor({ timeout: 10_000 });
}

async function savedWithMeeting(subject: string, params = '', notes = '') {
  const made = await create(subject, params, notes);
  const event = await saveAndClose(subject);
  await expect.poll(() => stateOf(made.id)).toMatch(SAVED);
  stack.sim.state.clearRequests();
  return { ...made, eventId: event.id };
}

/** In the same (panel) page: a second new event with the same subject and time as the first, with its own meeting, saved. */
async function twinSaved(topic: string) {
  await newEvent(topic);
  const d = await addZoom();
  await button('Save').click();
  await waitEditorClosed();
  await expect.poll(() => stack.ontime.events().find((e) => e.location.includes(`/j/${d.id}`))?.id ?? null).not.toBe(null);
  const event = stack.ontime.events().find((e) => e.location.includes(`/j/${d.id}`))!;
  await expect.poll(() => stateOf(d.id)).toMatch(SAVED);
  return { ...d, eventId: event.id };
}

/** An event written straight to the calendar (another client, a colleague). */
async function postEvent(e: { subject: string; start: string; end: string; location?: string; body?: string }): Promise<string> {
  return page.evaluate(async (ev) => {
    const res = await fetch(new URL('api/events', location.href).href, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ location: '', body: '', timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone, ...ev }),
    });
    return (await res.json()).id as string;
  }, e);
}

/** The page refills its one panel with another event (its own value setters, no input events). */
async function refillWith(eventId: string) {
  await page.evaluate(`window.__third.openEvent(${JSON.stringify(eventId)})`);
  await expect.poll(async () => (await model())?.id).toBe(eventId);
  await rendered(page);
}

async function moveAndSave(start: string, end: string) {
  await field('Start time').fill(start);
  await field('End time').fill(end);
  await button('Save').click();
  await waitEditorClosed();
}

const invitations = (text: string) => (text.match(/Zoom ─{4,}/g) ?? []).length;

// =================================================================================================
describe('fifth 1: the panel refilled with only the join link changed', () => {
  it('shape=panel twins C and D (same subject, same time, each with our meeting); C open, the worker stopped, the panel refilled with D; D moved and saved: D\'s meeting PATCHed, C\'s untouched, no toast', async () => {
    const topic = uniq('Twins stopped worker');
    const c = await savedWithMeeting(topic, 'shape=panel');
    const d = await twinSaved(topic);
    stack.sim.state.clearRequests();
    await openSaved(c.eventId);
    await expect.poll(controlText).toContain(spaced(c.id));
    await stopWorker();
    await refillWith(d.eventId);
    await expect.poll(controlText, { timeout: 10_000 }).toContain(spaced(d.id)).catch(() => undefined);
    const control = await shortControl();
    await moveAndSave('15:10', '15:40');
    await settled(page);
    await expect.poll(() => callsOn(d.id, 'PATCH').length, { timeout: 10_000 }).toBe(1).catch(() => undefined);
    const outcome = { control, c: writes(c.id), d: writes(d.id), toasts: await alarms(), cState: await stateOf(c.id), dState: await stateOf(d.id), dStartAtZoom: stack.sim.state.meetings.get(d.id)?.start_time };
    expect(outcome, JSON.stringify(outcome)).toMatchObject({ c: [], d: ['PATCH'], toasts: '' });
    expect(outcome.control).toContain(spaced(d.id));
    expect(outcome.cState).toMatch(SAVED);
  });

  it('shape=panel: new event A with our (unsaved) meeting, the worker stopped, the page refills the panel with D (same subject and time, D\'s own meeting): A\'s meeting is an orphan at once with the toast; D moved and saved: only D\'s meeting PATCHed, A\'s link never in D', async () => {
    const topic = uniq('New then twin');
    const d = await savedWithMeeting(topic, 'shape=panel');
    await newEvent(topic);
    const a = await addZoom();
    stack.sim.state.clearRequests();
    await stopWorker();
    await refillWith(d.eventId);
    await settled(page);
    const early = { toasts: await alarms(), aState: await stateOf(a.id), control: await shortControl(), shown: await shownLinks() };
    console.log(`[new then twin] ${JSON.stringify({ ...early, shown: linkIds(early.shown) })}`);
    await moveAndSave('18:00', '18:30');
    await settled(page);
    const saved = eventById(d.eventId)!;
    const outcome = { aState: early.aState, aToast: early.toasts.includes('Delete meeting'), control: early.control.includes(spaced(d.id)), aInD: linkIds(`${saved.location} ${saved.body}`).includes(a.id), a: writes(a.id), d: writes(d.id) };
    expect(outcome, JSON.stringify({ outcome, early })).toEqual({ aState: 'orphaned', aToast: true, control: true, aInD: false, a: [], d: ['PATCH'] });
    expect(liveIds()).toContain(a.id);
  });

  it('shape=panel loc=chip twins (the links live in the page\'s chips): the panel refilled from C to D; D moved and saved: D\'s meeting PATCHed, C\'s untouched, no toast', async () => {
    const topic = uniq('Chip twins');
    const c = await savedWithMeeting(topic, 'shape=panel&loc=chip');
    const d = await twinSaved(topic);
    stack.sim.state.clearRequests();
    await openSaved(c.eventId);
    await expect.poll(async () => (await model())?.chips.join(' ')).toContain(`/j/${c.id}`);
    await expect.poll(controlText).toContain(spaced(c.id));
    await refillWith(d.eventId);
    await expect.poll(async () => (await model())?.chips.join(' ')).toContain(`/j/${d.id}`);
    await expect.poll(controlText, { timeout: 5_000 }).toContain(spaced(d.id)).catch(() => undefined);
    const control = await shortControl();
    await moveAndSave('15:20', '15:50');
    await settled(page);
    const outcome = { control, c: writes(c.id), d: writes(d.id), toasts: await alarms(), cState: await stateOf(c.id) };
    expect(outcome, JSON.stringify(outcome)).toMatchObject({ c: [], d: ['PATCH'], toasts: '' });
    expect(outcome.cState).toMatch(SAVED);
  });

  it('shape=panel: the user deletes our link from Location by hand (keys) on a saved event: not a switch (no toast, control keeps the meeting); moved and saved, the description still holds it: PATCHed, never deleted', async () => {
    const topic = uniq('Hand deleted link');
    const c = await savedWithMeeting(topic, 'shape=panel', 'Agenda A');
    await openSaved(c.eventId);
    await loc().click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('Room 4');
    await settled(page);
    const quiet = { toasts: await toastTexts(), control: await shortControl(), state: await stateOf(c.id) };
    expect(quiet.toasts, JSON.stringify(quiet)).toBe('');
    expect(quiet.control).toContain(spaced(c.id));
    await moveAndSave('13:00', '13:30');
    await settled(page);
    const saved = eventById(c.eventId)!;
    const outcome = { writes: writes(c.id), toasts: await alarms(), state: await stateOf(c.id), location: saved.location, bodyHasLink: saved.body.includes(`/j/${c.id}`) };
    expect(outcome, JSON.stringify(outcome)).toMatchObject({ writes: ['PATCH'], toasts: '', location: 'Room 4', bodyHasLink: true });
    expect(outcome.state).toMatch(SAVED);
  });

  it('shape=panel: a NEW event, the user clears Location and the description by hand: no toast at once; Save: the meeting is in no event and is reported as an orphan (Delete meeting offered)', async () => {
    const topic = uniq('Hand cleared new');
    const { id } = await create(topic, 'shape=panel');
    await loc().click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await body().click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('no call after all');
    await settled(page);
    const early = { toasts: await toastTexts(), state: await stateOf(id) };
    expect(early.toasts, `a hand deletion was taken for another event: ${JSON.stringify(early)}`).toBe('');
    expect(early.state).not.toBe('orphaned');
    await saveAndClose(topic);
    await orphanToast().first().waitFor({ timeout: 5_000 });
    await expect.poll(() => stateOf(id)).toBe('orphaned');
    expect(liveIds()).toContain(id);
    expect(savedEvent(topic)!.body).toBe('no call after all');
  });

  it('shape=panel: the user types a second (foreign) Zoom link beside ours in Location: not a switch; moved and saved: ours PATCHed, the foreign one never called, both links kept', async () => {
    const other = foreignMeeting('Backup bridge');
    const topic = uniq('Second link typed');
    const c = await savedWithMeeting(topic, 'shape=panel');
    await openSaved(c.eventId);
    await loc().click();
    await page.keyboard.press('End');
    await page.keyboard.type(` backup: ${other.join_url}`);
    await settled(page);
    const control = await shortControl();
    expect({ toasts: await toastTexts(), control }).toMatchObject({ toasts: '' });
    expect(control).toContain(spaced(c.id));
    await moveAndSave('12:00', '12:30');
    await settled(page);
    const saved = eventById(c.eventId)!;
    const outcome = { ours: writes(c.id), foreign: callsOn(other.id).map((r) => r.method), toasts: await alarms(), state: await stateOf(c.id), location: saved.location };
    expect(outcome, JSON.stringify(outcome)).toMatchObject({ ours: ['PATCH'], foreign: [], toasts: '' });
    expect(outcome.location).toContain(c.joinUrl);
    expect(outcome.location).toContain(other.join_url);
    expect(outcome.state).toMatch(SAVED);
  });

  it('shape=panel: the user pastes another meeting\'s link over ours in Location of a saved event and saves (time moved): the foreign meeting is never called, ours never deleted, no "Delete meeting" offered', async () => {
    const other = foreignMeeting('Colleague room');
    const topic = uniq('Pasted over ours');
    const c = await savedWithMeeting(topic, 'shape=panel');
    await openSaved(c.eventId);
    await loc().click();
    await loc().evaluate((el: HTMLInputElement, url) => {
      const at = el.value.indexOf(url);
      el.setSelectionRange(at, at + url.length);
    }, c.joinUrl);
    await page.keyboard.insertText(other.join_url);
    expect((await model())!.location).toBe(other.join_url);
    await page.waitForTimeout(300);
    const control = await shortControl();
    await moveAndSave('11:00', '11:30');
    await settled(page);
    const outcome = { control, ours: writes(c.id), foreign: callsOn(other.id).map((r) => r.method), deleteOffered: await orphanToast().count(), toasts: await toastTexts(), state: await stateOf(c.id) };
    console.log(`[pasted over] ${JSON.stringify(outcome)}`);
    expect(outcome, JSON.stringify(outcome)).toMatchObject({ foreign: [], deleteOffered: 0 });
    expect(outcome.ours).not.toContain('DELETE');
    expect(liveIds()).toContain(c.id);
  });
});

// =================================================================================================
describe('fifth 2: a page script swaps links behind the user\'s back', () => {
  it('a saved event: at the user\'s Save click the page swaps our link for a foreign one in Location and the description with value setters (no events; the page still saves its own model, with our link): no "Delete meeting", ours never deleted, foreign never called', async () => {
    const other = foreignMeeting('Swapped in');
    const topic = uniq('Swapped at save');
    const c = await savedWithMeeting(topic, 'shape=panel', 'Agenda');
    await openSaved(c.eventId);
    await field('Start time').fill('09:00');
    await field('End time').fill('09:30');
    await page.evaluate(({ url }) => {
      const p = document.querySelector('[role="dialog"]')!;
      const save = [...p.querySelectorAll('button')].find((b) => b.textContent === 'Save')!;
      save.addEventListener('pointerdown', () => {
        const l = p.querySelector('[data-key="location"]') as HTMLInputElement;
        const b = p.querySelector('[data-key="body"]') as HTMLTextAreaElement;
        const swap = (v: string) => v.replace(/https?:\/\/\S*\/j\/\d+\S*/g, url);
        l.value = swap(l.value);
        b.value = swap(b.value);
      }, { capture: true });
    }, { url: other.join_url });
    await button('Save').click();
    await waitEditorClosed();
    await settled(page);
    const saved = eventById(c.eventId)!;
    const outcome = { savedHoldsOurs: saved.location.includes(`/j/${c.id}`), ours: writes(c.id), foreign: callsOn(other.id).map((r) => r.method), deleteOffered: await orphanToast().count(), toasts: await toastTexts(), state: await stateOf(c.id) };
    console.log(`[swap at save] ${JSON.stringify(outcome)}`);
    expect(outcome.savedHoldsOurs).toBe(true);
    expect(outcome, JSON.stringify(outcome)).toMatchObject({ foreign: [], deleteOffered: 0 });
    expect(outcome.ours).not.toContain('DELETE');
    expect(liveIds()).toContain(c.id);
  });

  it('a saved event open; a page script quietly replaces our link with a foreign one in both fields (value setters, same subject and time), then the user moves it and saves: the foreign meeting is never called; ours never deleted nor offered for deletion', async () => {
    const other = foreignMeeting('Quiet swap');
    const topic = uniq('Quiet swap');
    const c = await savedWithMeeting(topic, 'shape=panel');
    await openSaved(c.eventId);
    await page.evaluate(({ url }) => {
      const p = document.querySelector('[role="dialog"]')!;
      for (const el of p.querySelectorAll('[data-key="location"], [data-key="body"]')) {
        (el as HTMLInputElement).value = (el as HTMLInputElement).value.replace(/https?:\/\/\S*\/j\/\d+\S*/g, url);
      }
    }, { url: other.join_url });
    await field('Subject').click(); // the user's next click: the product looks at the fields
    await rendered(page);
    const control = await shortControl();
    await moveAndSave('08:00', '08:30');
    await settled(page);
    const outcome = { control, ours: writes(c.id), foreign: callsOn(other.id).map((r) => r.method), deleteOffered: await orphanToast().count(), toasts: await toastTexts() };
    console.log(`[quiet swap] ${JSON.stringify(outcome)}`);
    expect(outcome, JSON.stringify(outcome)).toMatchObject({ foreign: [], deleteOffered: 0 });
    expect(outcome.ours).not.toContain('DELETE');
    expect(liveIds()).toContain(c.id);
  });
});

// =================================================================================================
describe('fifth 3: refills racing our dialog, our create and the user\'s Save', () => {
  // FINDING: our dialog stays open after the refill (the panel now shows D, which already holds our
  // meeting); OK makes a second meeting and writes it into D: D's Location holds both links, its
  // description two invitations, and the new meeting is recorded "created" (not orphaned, no toast),
  // shown as D's own. Saved, D would hold two meetings. A link that appears where there was none
  // (same subject and time) is not taken for another event, and OK/write-back do not check that the
  // editor now holds a Zoom link ("an event that already holds a Zoom link never makes a second meeting").
  it('shape=panel: new event A (no link yet), our settings dialog open; the page refills the panel with D (same subject and time, already holding our meeting); OK if still offered: D never holds two meetings, any new meeting is reported', async () => {
    const topic = uniq('Dialog over twin');
    const d = await savedWithMeeting(topic, 'shape=panel');
    await newEvent(topic);
    const dialog = await clickZoomAndConsent(stack.browser.context, page, { consent: 'auto', lang });
    await refillWith(d.eventId);
    await page.waitForTimeout(400);
    const stillOpen = await dialog.isVisible();
    if (stillOpen) await dialog.getByRole('button', { name: NAMES.en.ok }).click().catch(() => undefined);
    await settled(page);
    await page.waitForTimeout(1000);
    const m = (await model())!;
    const shown = await shownLinks();
    const made = creates().length ? live().filter((x) => x.topic === topic && x.id !== d.id) : [];
    const outcome = { stillOpen, creates: creates().length, shownIds: [...new Set(linkIds(shown))], modelIds: [...new Set(linkIds(`${m.location} ${m.body}`))], invitations: invitations(m.body), dWrites: writes(d.id), made: await Promise.all(made.map(async (x) => ({ id: x.id, state: await stateOf(x.id) }))), toasts: await toastTexts() };
    console.log(`[dialog over twin] ${JSON.stringify(outcome)}`);
    expect(outcome.shownIds, JSON.stringify(outcome)).toEqual([d.id]);
    expect(outcome.modelIds).toEqual([d.id]);
    expect(outcome.invitations).toBe(1);
    expect(outcome.dWrites).toEqual([]);
    for (const x of outcome.made) expect(x.state, `a meeting in no event and not reported: ${JSON.stringify(outcome)}`).toBe('orphaned');
  });

  it('shape=panel del=undo: a restored event\'s "New Zoom meeting for this event" dialog open, the page refills the panel with a twin (same subject and time) holding another meeting\'s link: our dialog closes; nothing lands in the twin', async () => {
    const other = foreignMeeting('Twin standing');
    const topic = uniq('Dead link dialog');
    const made = await savedWithMeeting(topic, 'shape=panel&del=undo', 'Agenda X');
    await openSaved(made.eventId);
    await button('Delete').click();
    await waitEditorClosed();
    await page.locator('#toasts').getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(() => !!savedEvent(topic)).toBe(true);
    const restored = savedEvent(topic)!;
    await openSaved(restored.id, false);
    const replace = page.getByRole('button', { name: 'New Zoom meeting for this event', exact: true });
    await replace.waitFor({ timeout: 10_000 });
    const twinId = await postEvent({ subject: topic, start: restored.start, end: restored.end, location: other.join_url, body: 'Their notes' });
    stack.sim.state.clearRequests();
    await replace.click();
    await settingsDialog().getByRole('button', { name: NAMES.en.ok }).waitFor();
    await refillWith(twinId);
    const closed = await until(async () => !(await settingsDialog().isVisible()), 1500);
    if (!closed) await settingsDialog().getByRole('button', { name: NAMES.en.ok }).click().catch(() => undefined);
    await settled(page);
    const m = (await model())!;
    const madeNow = live().filter((x) => x.topic === topic);
    const outcome = { closed, creates: creates().length, location: m.location, body: m.body.slice(0, 80), foreign: callsOn(other.id).map((r) => r.method), made: await Promise.all(madeNow.map(async (x) => ({ id: x.id, state: await stateOf(x.id) }))) };
    console.log(`[dead dialog twin] ${JSON.stringify(outcome)}`);
    expect(outcome.location, JSON.stringify(outcome)).toBe(other.join_url);
    expect(m.body).toBe('Their notes');
    expect(outcome.foreign).toEqual([]);
    for (const x of outcome.made) expect(x.state, JSON.stringify(outcome)).toBe('orphaned');
    expect(outcome.closed, `our dialog stayed open over another event: ${JSON.stringify(outcome)}`).toBe(true);
  });

  // FINDING: the answer of the create is written into X although X's Location already held a foreign
  // Zoom link: Location becomes "<foreign>; <ours>", our invitation is appended to "X notes", the
  // control shows it as X's own meeting (Join, Delete Zoom meeting), the record stays "created", no
  // orphan toast. Saved, X holds two online meetings. Same rule as above: a link appearing where none
  // was, with the same subject and start, is not a switch, and write-back does not refuse an editor
  // that now holds another Zoom link.
  it('shape=panel: new event A, OK pressed (create slow at Zoom); mid-flight the page refills the panel with X (same subject and time, a foreign link in Location): our link never lands in X, A\'s meeting is reported as an orphan', async () => {
    const other = foreignMeeting('X standing');
    const topic = uniq('Create race twin');
    await third('shape=panel');
    await newEvent(topic);
    const m0 = (await model())!;
    const start = `${(await field('Start').inputValue())}T${m0.startTime}`;
    const end = `${(await editor().locator('[data-key="endDate"]').inputValue())}T${await field('End time').inputValue()}`;
    const xId = await postEvent({ subject: topic, start, end, location: other.join_url, body: 'X notes' });
    stack.sim.state.addFault({ kind: 'latency', method: 'POST', path: '/meetings$', latencyMs: 2500 });
    const dialog = await clickZoomAndConsent(stack.browser.context, page, { consent: 'auto', lang });
    await dialog.getByRole('button', { name: NAMES.en.ok }).click();
    await page.waitForTimeout(300);
    await refillWith(xId);
    await expect.poll(() => live().filter((x) => x.topic === topic).length, { timeout: 10_000 }).toBe(1);
    const aId = live().find((x) => x.topic === topic)!.id;
    await settled(page);
    await page.waitForTimeout(800);
    const m = (await model())!;
    const outcome = { aId, location: m.location, body: m.body, shown: await shownLinks(), control: await shortControl(), state: await stateOf(aId), toasts: await toastTexts(), foreign: callsOn(other.id).map((r) => r.method) };
    console.log(`[create race twin] ${JSON.stringify(outcome)}`);
    expect(outcome.shown, JSON.stringify(outcome)).not.toContain(`/j/${aId}`);
    expect(outcome.location).toBe(other.join_url);
    expect(outcome.body).toBe('X notes');
    expect(outcome.foreign).toEqual([]);
    expect(outcome.state, JSON.stringify(outcome)).toBe('orphaned');
    expect(await orphanToast().count()).toBeGreaterThan(0);
  });

  it('shape=panel twins: C moved, the user clicks Save and the page refills the panel with D in the same instant (C\'s PUT still goes out): C\'s meeting follows C to its new time, D\'s untouched; then D moved and saved: only D\'s PATCHed', async () => {
    const topic = uniq('Save race twins');
    const c = await savedWithMeeting(topic, 'shape=panel');
    const d = await twinSaved(topic);
    stack.sim.state.clearRequests();
    await openSaved(c.eventId);
    await expect.poll(controlText).toContain(spaced(c.id));
    await field('Start time').fill('16:00');
    await field('End time').fill('16:30');
    await page.evaluate((dId) => {
      document.addEventListener('click', (e) => {
        if ((e.target as HTMLElement).textContent === 'Save') void (window as unknown as { __third: { openEvent(id: string): Promise<void> } }).__third.openEvent(dId);
      }, { capture: true, once: true });
    }, d.eventId);
    await button('Save').click();
    await expect.poll(() => eventById(c.eventId)!.start).toMatch(/T16:00$/);
    // third.js's own race: when C's PUT answers before D's GET, its save() goes on to close the panel
    // just after D was shown. Either way the product saw Save on C, then D in the panel.
    await until(async () => (await model())?.id === d.eventId || !(await editorOpen()), 3000);
    await settled(page);
    const pageClosedD = !(await editorOpen());
    await expect.poll(() => callsOn(c.id, 'PATCH').length, { timeout: 5_000 }).toBe(1).catch(() => undefined);
    const afterRace = { pageClosedD, c: writes(c.id), d: writes(d.id), cStartAtZoom: stack.sim.state.meetings.get(c.id)?.start_time, toasts: await alarms(), cState: await stateOf(c.id), control: await shortControl() };
    console.log(`[save race] ${JSON.stringify(afterRace)}`);
    stack.sim.state.clearRequests();
    if (pageClosedD) await openSaved(d.eventId);
    await moveAndSave('17:00', '17:30');
    await settled(page);
    const afterD = { c: writes(c.id), d: writes(d.id), toasts: await alarms() };
    expect({ afterRace: { c: afterRace.c, d: afterRace.d, deleteOffered: /Delete meeting/.test(afterRace.toasts) }, afterD }, JSON.stringify({ afterRace, afterD })).toEqual({
      afterRace: { c: ['PATCH'], d: [], deleteOffered: false },
      afterD: { c: [], d: ['PATCH'], toasts: '' },
    });
    expect(afterRace.cState).toMatch(SAVED);
  });

  it('shape=panel twins: C open, the user opens our "Delete Zoom meeting" question, the page refills the panel with D, the user presses Escape and then saves D unchanged: D\'s meeting and link untouched; C\'s meeting untouched', async () => {
    const topic = uniq('Question over twin');
    const c = await savedWithMeeting(topic, 'shape=panel');
    const d = await twinSaved(topic);
    stack.sim.state.clearRequests();
    await openSaved(c.eventId);
    await expect.poll(controlText).toContain(spaced(c.id));
    await page.getByRole('button', { name: 'Delete Zoom meeting', exact: true }).click();
    const atZoom = page.getByRole('button', { name: 'Delete at Zoom', exact: true });
    await atZoom.waitFor();
    await refillWith(d.eventId);
    await page.waitForTimeout(300);
    const questionStill = await atZoom.isVisible();
    await page.keyboard.press('Escape');
    await rendered(page);
    // the page's Escape may ask Discard; the panel may also have closed
    if (await question().count()) await button('Keep editing', question()).click();
    if (!(await editorOpen())) await openSaved(d.eventId);
    await button('Save').click();
    await waitEditorClosed();
    await settled(page);
    const saved = eventById(d.eventId)!;
    const outcome = { questionStill, c: writes(c.id), d: writes(d.id), dLocation: saved.location, dInvitations: invitations(saved.body), toasts: await alarms(), dState: await stateOf(d.id), cState: await stateOf(c.id) };
    console.log(`[question over twin] ${JSON.stringify(outcome)}`);
    expect(outcome, JSON.stringify(outcome)).toMatchObject({ c: [], d: [], dInvitations: 1, toasts: '' });
    expect(outcome.dLocation).toBe(d.joinUrl);
    expect(outcome.dState).toMatch(SAVED);
    expect(outcome.cState).toMatch(SAVED);
  });
});

// =================================================================================================
describe('fifth 4: copies and "the editor offers Delete"', () => {
  /** Opens the saved event, presses Duplicate; `decorate` runs in the page on the copy's footer. */
  async function duplicateWith(eventId: string, decorate: string) {
    await openSaved(eventId);
    await button('Duplicate').click();
    await expect.poll(async () => (await model())?.id ?? null).toBe(null);
    await page.evaluate(`(() => { const footer = document.querySelector('[role="dialog"] .footer'); ${decorate} })()`);
    await field('Subject').click();
    await rendered(page);
  }

  it('shape=panel: Duplicate refilled in place, the page keeps a Delete in the copy hidden by its stylesheet (class d-none, Bootstrap style): shown as a copy; moved and saved, the original\'s meeting is never PATCHed', async () => {
    const topic = uniq('Copy d-none');
    const c = await savedWithMeeting(topic, 'shape=panel');
    const startBefore = stack.sim.state.meetings.get(c.id)!.start_time;
    await duplicateWith(c.eventId, `
      const st = document.createElement('style'); st.textContent = '.d-none { display: none !important; }'; document.head.append(st);
      const del = document.createElement('button'); del.type = 'button'; del.className = 'd-none'; del.textContent = 'Delete'; footer.prepend(del);`);
    await page.waitForTimeout(600);
    const control = await shortControl();
    await moveAndSave('13:15', '13:45');
    await expect.poll(() => stack.ontime.events().filter((e) => e.subject === topic).length).toBe(2);
    await settled(page);
    const outcome = { control, calls: writes(c.id), start: stack.sim.state.meetings.get(c.id)!.start_time, toasts: await toastTexts() };
    console.log(`[copy d-none] ${JSON.stringify(outcome)}`);
    expect({ calls: outcome.calls, start: outcome.start }, JSON.stringify(outcome)).toEqual({ calls: [], start: startBefore });
    expect(outcome.control).toContain('copied from another event');
  });

  it('shape=panel: Duplicate refilled in place with a disabled Delete in the copy (greyed out for a new event): shown as a copy; moved and saved, the original\'s meeting is never PATCHed', async () => {
    const topic = uniq('Copy disabled Delete');
    const c = await savedWithMeeting(topic, 'shape=panel');
    const startBefore = stack.sim.state.meetings.get(c.id)!.start_time;
    await duplicateWith(c.eventId, `
      const del = document.createElement('button'); del.type = 'button'; del.disabled = true; del.setAttribute('aria-disabled', 'true'); del.textContent = 'Delete'; footer.prepend(del);`);
    await page.waitForTimeout(600);
    const control = await shortControl();
    await moveAndSave('13:20', '13:50');
    await expect.poll(() => stack.ontime.events().filter((e) => e.subject === topic).length).toBe(2);
    await settled(page);
    const outcome = { control, calls: writes(c.id), start: stack.sim.state.meetings.get(c.id)!.start_time, toasts: await toastTexts() };
    console.log(`[copy disabled] ${JSON.stringify(outcome)}`);
    expect({ calls: outcome.calls, start: outcome.start }, JSON.stringify(outcome)).toEqual({ calls: [], start: startBefore });
    expect(outcome.control).toContain('copied from another event');
  });

  /** save=stay-status page whose new-event editor carries its own Delete with `hidden`; `reveal` says when the page un-hides it. */
  async function hiddenDeletePage(reveal: 'on-saved' | 'on-alert') {
    await page.evaluate((when) => {
      const keep = () => {
        const footer = document.querySelector('[role="dialog"] .footer');
        if (!footer || footer.querySelector('.own-del')) return;
        const del = document.createElement('button');
        del.type = 'button';
        del.className = 'own-del';
        del.hidden = true;
        del.textContent = 'Delete';
        footer.prepend(del);
      };
      new MutationObserver(() => {
        keep();
        const slot = document.querySelector('[role="dialog"] .slot-msg');
        const sign = when === 'on-saved' ? slot?.querySelector('[role="status"]') : slot?.querySelector('[role="alert"]');
        const del = document.querySelector('[role="dialog"] .own-del') as HTMLButtonElement | null;
        if (sign && del?.hidden) del.hidden = false;
      }).observe(document.body, { childList: true, subtree: true });
      keep();
    }, reveal);
  }

  it('save=stay-status: the page\'s hidden Delete (hidden attribute) is un-hidden after a successful Save; the user then closes with ×: the saved event keeps its meeting (no orphan, no toast)', async () => {
    const topic = uniq('Hidden delete revealed');
    await third('save=stay-status');
    await hiddenDeletePage('on-saved');
    await newEvent(topic);
    const { id } = await addZoom();
    await button('Save').click();
    await editor().getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    await expect.poll(() => savedEvent(topic)?.location ?? '').toContain(`/j/${id}`);
    await expect.poll(() => page.locator('.own-del').isVisible()).toBe(true);
    await button('Close').click();
    await waitEditorClosed();
    await settled(page);
    const outcome = { toasts: await alarms(), state: await stateOf(id), deletes: callsOn(id, 'DELETE').length };
    expect(outcome, JSON.stringify(outcome)).toMatchObject({ toasts: '', deletes: 0 });
    expect(outcome.state).toMatch(SAVED);
  });

  it('save=stay-status: Save refused (subject empty, an alert) while the page un-hides its Delete anyway; then Cancel → Discard: the meeting is in no event and the user is told (not silently kept as saved)', async () => {
    const topic = uniq('Hidden delete on refusal');
    await third('save=stay-status');
    await hiddenDeletePage('on-alert');
    await newEvent(topic);
    const { id } = await addZoom();
    await field('Subject').fill('');
    await button('Save').click();
    await editor().getByRole('alert').filter({ hasText: 'Enter a subject.' }).waitFor();
    await expect.poll(() => page.locator('.own-del').isVisible()).toBe(true);
    await button('Cancel').click();
    await button('Discard', question()).click();
    await waitEditorClosed();
    await settled(page);
    const outcome = { events: stack.ontime.events().filter((e) => e.location.includes(`/j/${id}`)).length, toasts: await toastTexts(), state: await stateOf(id), deletes: callsOn(id, 'DELETE').length };
    console.log(`[refused with delete] ${JSON.stringify(outcome)}`);
    expect(outcome.events).toBe(0);
    expect(outcome.deletes).toBe(0);
    expect(outcome.toasts, `the unsaved meeting went unreported: ${JSON.stringify(outcome)}`).not.toBe('');
    expect(outcome.state).not.toMatch(SAVED);
  });
});

// =================================================================================================
describe('fifth 5: the invitation edited by the user and tidied by the page', () => {
  /**
   * desc=trim: the user types a word in the middle of one of our marker lines (`where`), a line of
   * their own among our lines, and words at the very end (on the end marker's line); the page trims
   * every line on blur. Saved, moved (invitation refreshed), then "Delete Zoom meeting".
   */
  async function markerLineLifecycle(topic: string, where: 'start' | 'end') {
    const { id } = await create(topic, 'desc=trim', 'Intro');
    await expect.poll(async () => (await model())!.body).toContain(`/j/${id}`);
    const caret = (kind: string) => body().evaluate((t: HTMLTextAreaElement, k) => {
      const v = t.value;
      const i = k === 'start' ? v.indexOf('Zoom ─') // "──────── | Zoom ────────"
        : k === 'end' ? v.indexOf('/Zoom ') // "──────── | /Zoom <sum> ────────"
          : k === 'own' ? v.indexOf('\n', v.indexOf('Passcode:'))
            : v.length;
      t.focus();
      t.setSelectionRange(i, i);
    }, kind);
    await caret(where);
    await page.keyboard.type('MARK1 ');
    await caret('own');
    await page.keyboard.press('Enter');
    await page.keyboard.type('  OWN2  ');
    await caret('tail');
    await page.keyboard.type('   END3');
    await field('Subject').click(); // blur: the page trims every line
    const typed = (await model())!.body;
    const words = ['Intro', 'MARK1', 'OWN2', 'END3'];
    for (const w of words) expect(typed, `lost while typing: ${w}`).toContain(w);
    const event = await saveAndClose(topic);
    await expect.poll(() => stateOf(id)).toMatch(SAVED);
    stack.sim.state.clearRequests();
    await openSaved(event.id);
    await moveAndSave('14:00', '15:00');
    await expect.poll(() => callsOn(id, 'PATCH').length).toBe(1);
    const refreshed = eventById(event.id)!.body;
    await openSaved(event.id);
    await page.getByRole('button', { name: 'Delete Zoom meeting', exact: true }).click();
    await page.getByRole('button', { name: 'Delete at Zoom', exact: true }).click();
    await expect.poll(liveIds).not.toContain(id);
    await expect.poll(async () => (await model())!.body, { timeout: 5_000 }).not.toContain(`/j/${id}`).catch(() => undefined);
    const removed = (await model())!.body;
    const outcome = {
      invitationsAtSave: invitations(event.body), invitationsAfterTimeChange: invitations(refreshed),
      oldTimeStillShown: refreshed.includes('10:00 AM'), newTimeShown: /2:00 PM/.test(refreshed),
      lostAtSave: words.filter((w) => !event.body.includes(w)), lostAfterTimeChange: words.filter((w) => !refreshed.includes(w)),
      lostAfterRemove: words.filter((w) => !removed.includes(w)), linkLeftAfterRemove: removed.includes(`/j/${id}`), invitationsAfterRemove: invitations(removed),
    };
    console.log(`[marker line ${where}] ${JSON.stringify(outcome)}\n--- saved\n${event.body}\n--- after remove\n${removed}`);
    expect(outcome).toEqual({ invitationsAtSave: 1, invitationsAfterTimeChange: 1, oldTimeStillShown: false, newTimeShown: true, lostAtSave: [], lostAfterTimeChange: [], lostAfterRemove: [], linkLeftAfterRemove: false, invitationsAfterRemove: 0 });
  }

  // FINDING, left as a limit (README): words typed inside a marker line's dashes are not told from the
  // marker; no character is lost, but a second invitation appears.
  // FINDING: a word typed in the middle of the START marker line ("──────── MARK1 Zoom ────────", the
  // caret after the leading dashes) makes the whole block unrecognised: Save appends a second, fresh
  // invitation; the time change refreshes only the fresh one (the old block keeps 10:00 AM and the
  // join link); "Delete Zoom meeting" leaves the old block with the dead link in the description.
  // Isolated by probes: the same word at the line's start, after "Zoom", on a line of its own, or at
  // the end marker's end is handled; only the middle of a marker (before its word) breaks it.
  it.skip('desc=trim: a word typed in the middle of the START marker line (after its dashes), a line of the user\'s own among ours, words at the end: one invitation at Save and at a time change; Remove keeps every word and leaves no link', async () => {
    await markerLineLifecycle(uniq('Start marker typed'), 'start');
  });

  // FINDING: the same with the word typed in the middle of the END marker line ("──────── MARK1 /Zoom
  // <checksum> ────────"): the block is not recognised, a second invitation is added at Save, the
  // stale one keeps the old time and, after Remove, the dead link.
  it.skip('desc=trim: a word typed in the middle of the END marker line (before "/Zoom"), a line of the user\'s own among ours, words at the end: one invitation at Save and at a time change; Remove keeps every word and leaves no link', async () => {
    await markerLineLifecycle(uniq('End marker typed'), 'end');
  });

  it('another event\'s invitation of ours (another meeting of ours) pasted by the user into this event\'s description: a time change refreshes only ours; "Delete Zoom meeting" removes only ours; the pasted block stays exactly as pasted, its meeting never called', async () => {
    const topicX = uniq('Pasted source X');
    const x = await savedWithMeeting(topicX, '', 'X notes');
    const xBody = eventById(x.eventId)!.body;
    const xBlock = xBody.slice(xBody.indexOf('Zoom ─') === -1 ? 0 : xBody.lastIndexOf('\n', xBody.indexOf('Zoom ─')) + 1).trim();
    expect(xBlock).toContain(`/j/${x.id}`);
    const topic = uniq('Pasted into Y');
    const y = await create(topic, '', 'Y notes');
    await expect.poll(async () => (await model())!.body).toContain(`/j/${y.id}`);
    await body().click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.insertText(`Forwarded from X:\n${xBlock}`);
    const event = await saveAndClose(topic);
    await expect.poll(() => stateOf(y.id)).toMatch(SAVED);
    stack.sim.state.clearRequests();
    await openSaved(event.id);
    await moveAndSave('15:00', '16:00');
    await expect.poll(() => callsOn(y.id, 'PATCH').length).toBe(1);
    const refreshed = eventById(event.id)!.body;
    await openSaved(event.id);
    await page.getByRole('button', { name: 'Delete Zoom meeting', exact: true }).click();
    await page.getByRole('button', { name: 'Delete at Zoom', exact: true }).click();
    await expect.poll(liveIds).not.toContain(y.id);
    await expect.poll(async () => (await model())!.body, { timeout: 5_000 }).not.toContain(`/j/${y.id}`).catch(() => undefined);
    const removed = (await model())!.body;
    const outcome = {
      pastedKeptAtSave: event.body.includes(xBlock), pastedKeptAfterTimeChange: refreshed.includes(xBlock), pastedKeptAfterRemove: removed.includes(xBlock),
      oursAfterTimeChange: refreshed.includes(`/j/${y.id}`), oursAfterRemove: removed.includes(`/j/${y.id}`), yNotes: removed.includes('Y notes'),
      xCalls: writes(x.id), xLive: liveIds().includes(x.id),
    };
    console.log(`[pasted block] ${JSON.stringify(outcome)}\n--- after time change\n${refreshed}\n--- after remove\n${removed}`);
    expect(outcome).toEqual({ pastedKeptAtSave: true, pastedKeptAfterTimeChange: true, pastedKeptAfterRemove: true, oursAfterTimeChange: true, oursAfterRemove: false, yNotes: true, xCalls: [], xLive: true });
  });
});

import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { clickZoomAndConsent, createMeetingInEditor, meetingRecords, openNewMeeting, waitForJoinUrl, zoomButton } from '../harness/flows';
import { currentWorker } from '../harness/browser';
import type { Stack } from '../harness/stack';
import { useFreshPage, useStack } from '../harness/use-stack';
import { createMeeting as createAtZoom } from '../harness/zoom-simulator/meetings';

// An outsider's attacks (no product code read): a calendar page written here that re-renders its
// editor as component frameworks do (public/outsider.html), an unlucky user's double clicks, typing
// and tab closing, and a hostile page script. The simulator's state is the truth of what happened.
let stack: Stack;
let page: Page;

useStack((s) => (stack = s));
useFreshPage(() => stack, (p) => (page = p));

const liveIds = () => stack.sim.state.listMeetings().live.map((m) => m.id);
const liveByTopic = (topic: string) => stack.sim.state.listMeetings().live.filter((m) => m.topic === topic);
const creates = () => stack.sim.state.requests.filter((r) => r.method === 'POST' && /\/meetings$/.test(r.path));
const callsOn = (id: number, method?: string) => stack.sim.state.requests.filter((r) => r.path.includes(`/meetings/${id}`) && (!method || r.method === method));
const records = async () => meetingRecords(await currentWorker(stack.browser));
const stateOf = async (id: number) => (await records()).find((r) => r.id === id)?.state;
const idOf = (url: string) => Number(/\/j\/(\d+)/.exec(url)![1]);
const settingsDialog = () => page.getByRole('dialog', { name: 'Zoom meeting settings' });
const abandonToast = () => page.locator('ontime-zoom-toast').filter({ hasText: 'closed without saving' });
const editorOf = (p: Page = page) => p.getByRole('dialog').filter({ has: p.getByLabel('Subject', { exact: true }) });
const badge = async () => (await currentWorker(stack.browser)).evaluate('chrome.action.getBadgeText({})') as Promise<string>;
const uniq = (topic: string) => `${topic} ${Date.now() % 100_000}`;
const body = (editor: Locator) => editor.getByLabel(/^(Description|Body)/);

/** The settings dialog once, whether or not Zoom still asks for consent; closed again with its Cancel. */
async function ensureConnected(): Promise<void> {
  const dialog = await clickZoomAndConsent(stack.browser.context, page, { consent: 'auto' });
  await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();
  await dialog.waitFor({ state: 'hidden' });
}

// ---- outsider.html: the editor as a framework renders it -------------------------------------
type Model = { id?: string; subject: string; location: string; body: string; startTime: string };
const model = () => page.evaluate('window.__outsider.model') as Promise<Model | null>;
async function openOutsider(params: string): Promise<void> {
  await page.goto(`${stack.ontime.url}outsider.html?${params}`);
}
async function newOutsiderMeeting(subject: string): Promise<Locator> {
  await page.getByRole('button', { name: 'New meeting', exact: true }).click();
  await page.getByLabel('Subject', { exact: true }).fill(subject);
  return editorOf();
}
async function outsiderJoinUrl(): Promise<string> {
  await expect.poll(async () => (await model())?.location ?? '', { timeout: 15_000 }).toMatch(/\/j\/\d+/);
  return /https?:\/\/\S+\/j\/\S+/.exec((await model())!.location)![0];
}
const savedEvent = (subject: string) => stack.ontime.events().find((e) => e.subject === subject);
async function saveOutsider(subject: string) {
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect.poll(() => !!savedEvent(subject)).toBe(true);
  await expect.poll(() => model()).toBe(null);
  return savedEvent(subject)!;
}
async function reopenOutsider(eventId: string): Promise<void> {
  await page.evaluate(`window.__outsider.openEvent(${JSON.stringify(eventId)})`);
  await page.locator('ontime-zoom-control').getByText(/Zoom meeting \d{3} \d{3,4} \d{4}/).waitFor({ timeout: 10_000 });
}

describe('outsider 1: a page that re-renders its editor', () => {
  it('remounted on every keystroke, Location a contenteditable chip box: link, invitation and every typed key land, one meeting', async () => {
    const topic = uniq('Remount per key');
    await openOutsider('render=key&loc=chip');
    const editor = await newOutsiderMeeting(topic);
    await body(editor).click();
    await page.keyboard.type('Agenda: budget');
    const dialog = await clickZoomAndConsent(stack.browser.context, page, { consent: 'auto' });
    await dialog.getByRole('button', { name: 'OK' }).click();
    const joinUrl = await outsiderJoinUrl();
    await body(editorOf()).click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' +after');
    const event = await saveOutsider(topic);
    expect(event.location).toContain(joinUrl);
    expect(event.body).toContain('Agenda: budget');
    expect(event.body).toContain(' +after');
    expect(event.body).toContain(joinUrl);
    expect(creates()).toHaveLength(1);
    expect(liveByTopic(topic)).toHaveLength(1);
    await expect.poll(() => stateOf(idOf(joinUrl))).toBe('saved');
  });

  it('re-rendered every 200 ms: the text typed while Zoom creates the meeting is kept beside the invitation', async () => {
    const topic = uniq('Timer typing');
    await openOutsider('render=timer');
    const editor = await newOutsiderMeeting(topic);
    await body(editor).fill('First line');
    const dialog = await clickZoomAndConsent(stack.browser.context, page, { consent: 'auto' });
    stack.sim.state.addFault({ kind: 'latency', method: 'POST', path: '/meetings$', latencyMs: 1500 });
    await dialog.getByRole('button', { name: 'OK' }).click();
    await body(editorOf()).click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' typed-while-creating');
    const joinUrl = await outsiderJoinUrl();
    const event = await saveOutsider(topic);
    expect(event.body).toContain('First line typed-while-creating');
    expect(event.body).toContain(joinUrl);
    expect(event.location).toContain(joinUrl);
    expect(creates()).toHaveLength(1);
  });

  it('a model that takes values on change (blur) only, like a lazy v-model: the link written by us is in the saved event', async () => {
    const topic = uniq('Lazy model');
    await openOutsider('sync=change');
    const editor = await newOutsiderMeeting(topic);
    await body(editor).fill('Typed notes');
    const dialog = await clickZoomAndConsent(stack.browser.context, page, { consent: 'auto' });
    await dialog.getByRole('button', { name: 'OK' }).click();
    await expect.poll(() => editor.getByLabel('Location', { exact: true }).inputValue(), { timeout: 15_000 }).toMatch(/\/j\/\d+/);
    const joinUrl = await editor.getByLabel('Location', { exact: true }).inputValue();
    const event = await saveOutsider(topic);
    const id = idOf(joinUrl);
    const outcome = { location: event.location, body: event.body.slice(0, 60), state: await stateOf(id) };
    expect(event.body, JSON.stringify(outcome)).toContain('Typed notes');
    expect(event.location, JSON.stringify(outcome)).toContain(joinUrl);
    expect(event.body, JSON.stringify(outcome)).toContain(joinUrl);
  });

  // not supported yet: editors in shadow roots (listed in the README's limits)
  it.skip('the editor in the open shadow root of a custom element (<cal-app>): the control shows and the link lands', async () => {
    const topic = uniq('Editor in a shadow root');
    await openOutsider('shell=shadow');
    await newOutsiderMeeting(topic);
    const shown = await zoomButton(page).waitFor({ timeout: 5_000 }).then(() => true, () => false);
    expect(shown, 'no "Online meeting: Zoom" control in 5 s for an editor inside an open shadow root').toBe(true);
    const dialog = await clickZoomAndConsent(stack.browser.context, page, { consent: 'auto' });
    await dialog.getByRole('button', { name: 'OK' }).click();
    const joinUrl = await outsiderJoinUrl();
    const event = await saveOutsider(topic);
    expect(event.location).toContain(joinUrl);
    expect(creates()).toHaveLength(1);
  });

  it('re-rendered on a timer, Delete re-mounts the editor inside its question: nothing deleted until OK; a time change is one PATCH', async () => {
    const topic = uniq('Remounted delete question');
    await openOutsider('render=timer&confirm=remount');
    await newOutsiderMeeting(topic);
    const dialog = await clickZoomAndConsent(stack.browser.context, page, { consent: 'auto' });
    await dialog.getByRole('button', { name: 'OK' }).click();
    const joinUrl = await outsiderJoinUrl();
    const id = idOf(joinUrl);
    const event = await saveOutsider(topic);
    await expect.poll(() => stateOf(id)).toBe('saved');
    await reopenOutsider(event.id);
    await editorOf().getByLabel('Start time', { exact: true }).fill('14:30');
    await editorOf().getByLabel('End time', { exact: true }).fill('15:30');
    stack.sim.state.clearRequests();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => callsOn(id, 'PATCH').length).toBe(1);
    expect(stack.sim.state.meetings.get(id)!.start_time).toMatch(/:30:00Z$/);
    expect(creates()).toEqual([]);

    await reopenOutsider(event.id);
    stack.sim.state.clearRequests();
    const question = page.getByRole('alertdialog', { name: 'Delete this event?' });
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    await question.waitFor();
    await page.waitForTimeout(1500);
    expect(callsOn(id)).toEqual([]);
    await question.getByRole('button', { name: 'Cancel', exact: true }).first().click();
    await question.waitFor({ state: 'detached' });
    await page.waitForTimeout(1000);
    expect(callsOn(id)).toEqual([]);
    expect(liveIds()).toContain(id);
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    await question.waitFor();
    await page.keyboard.press('Escape');
    await question.waitFor({ state: 'detached' });
    await page.waitForTimeout(1000);
    expect(callsOn(id)).toEqual([]);

    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    await question.getByRole('button', { name: 'OK', exact: true }).first().click();
    await expect.poll(() => stack.ontime.events().some((e) => e.id === event.id)).toBe(false);
    await expect.poll(() => liveIds(), { timeout: 5_000, message: `event deleted after OK; meeting ${id} live, record ${await stateOf(id)}` }).not.toContain(id);
    expect(callsOn(id, 'DELETE')).toHaveLength(1);
  });
});

describe('outsider 2: an unlucky user', () => {
  it('triple clicks on the control and on OK: one settings dialog, one meeting, and it ends in the saved event (or is reported)', async () => {
    const topic = uniq('Triple clicks');
    await page.goto(stack.ontime.url);
    const editor = await openNewMeeting(page, topic);
    await ensureConnected();
    stack.sim.state.clearRequests();
    await zoomButton(page).click({ clickCount: 3 });
    await settingsDialog().getByRole('button', { name: 'OK' }).waitFor();
    expect(await settingsDialog().count()).toBe(1);
    await settingsDialog().getByRole('button', { name: 'OK' }).click({ clickCount: 3 });
    await expect.poll(() => liveByTopic(topic).length).toBe(1);
    await page.waitForTimeout(1500);
    // The user saves if the editor is still open (as after a double click on OK).
    if (await editor.count()) {
      await waitForJoinUrl(editor);
      await editor.getByRole('button', { name: 'Save', exact: true }).click();
      await editor.waitFor({ state: 'detached' });
    }
    await page.waitForTimeout(1000);
    expect(creates()).toHaveLength(1);
    const meeting = liveByTopic(topic)[0];
    const event = stack.ontime.events().find((e) => e.subject === topic);
    const outcome = {
      eventLocation: event?.location,
      inEvent: !!event?.location.includes(meeting.join_url.split('?')[0]),
      state: await stateOf(meeting.id),
      toast: (await abandonToast().count()) > 0,
    };
    expect(outcome, JSON.stringify(outcome)).toSatisfy((r: typeof outcome) => (r.inEvent && /^(saved|updated)$/.test(r.state ?? '')) || (r.state === 'orphaned' && r.toast));
  });

  it('double clicks on "Delete Zoom meeting" and its confirmation: one DELETE; the control then makes one new meeting', async () => {
    const topic = 'Double delete';
    await page.goto(stack.ontime.url);
    const { editor, id } = await createMeetingInEditor(stack.browser.context, page, topic, { notes: 'Keep these notes', consent: 'auto' });
    await page.getByRole('button', { name: 'Delete Zoom meeting', exact: true }).dblclick();
    await page.getByRole('button', { name: 'Delete at Zoom', exact: true }).dblclick();
    await expect.poll(() => liveIds()).not.toContain(id);
    await page.waitForTimeout(500);
    expect(callsOn(id, 'DELETE')).toHaveLength(1);
    expect(await editor.getByLabel('Location', { exact: true }).inputValue()).not.toMatch(/\/j\//);
    expect(await body(editor).inputValue()).toContain('Keep these notes');
    stack.sim.state.clearRequests();
    await zoomButton(page).dblclick();
    await settingsDialog().getByRole('button', { name: 'OK' }).click();
    const again = await waitForJoinUrl(editor);
    expect(creates()).toHaveLength(1);
    expect(idOf(again)).not.toBe(id);
  });

  it('double clicks on the orphan notice: "Delete meeting" deletes once; "Keep" keeps the meeting recorded', async () => {
    await page.goto(stack.ontime.url);
    const first = await createMeetingInEditor(stack.browser.context, page, 'Orphan dbl delete', { consent: 'auto' });
    await first.editor.getByRole('button', { name: 'Cancel', exact: true }).click();
    await abandonToast().getByRole('button', { name: 'Delete meeting', exact: true }).dblclick();
    await expect.poll(() => liveIds()).not.toContain(first.id);
    await page.waitForTimeout(500);
    expect(callsOn(first.id, 'DELETE')).toHaveLength(1);

    const second = await createMeetingInEditor(stack.browser.context, page, 'Orphan dbl keep', { consent: 'auto' });
    await page.keyboard.press('Escape');
    await abandonToast().getByRole('button', { name: 'Keep', exact: true }).dblclick();
    await page.waitForTimeout(800);
    expect(callsOn(second.id, 'DELETE')).toEqual([]);
    expect(liveIds()).toContain(second.id);
    expect((await records()).map((r) => r.id)).toContain(second.id);
  });

  it('typing into the description while the meeting is being created: every key survives next to the invitation', async () => {
    const topic = uniq('Typing during create');
    await page.goto(stack.ontime.url);
    const editor = await openNewMeeting(page, topic);
    await body(editor).fill('Agenda');
    const dialog = await clickZoomAndConsent(stack.browser.context, page, { consent: 'auto' });
    stack.sim.state.addFault({ kind: 'latency', method: 'POST', path: '/meetings$', latencyMs: 1500 });
    await dialog.getByRole('button', { name: 'OK' }).click();
    await body(editorOf()).click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' item-one item-two');
    const joinUrl = await waitForJoinUrl(editorOf());
    await page.keyboard.type(' item-three');
    expect(await body(editorOf()).inputValue()).toContain('Agenda item-one item-two');
    await editorOf().getByRole('button', { name: 'Save', exact: true }).click();
    await editorOf().waitFor({ state: 'detached' });
    const event = stack.ontime.events().find((e) => e.subject === topic)!;
    expect(event.body).toContain('Agenda item-one item-two');
    expect(event.body).toContain('item-three');
    expect(event.body).toContain(joinUrl);
    expect(creates()).toHaveLength(1);
  });

  it('the tab closed while Zoom is creating the meeting: the meeting is an orphan carried by the badge, as when a page is left after create', async () => {
    const topic = uniq('Tab closed mid-create');
    await page.goto(stack.ontime.url);
    const before = Number((await badge()) || 0);
    await openNewMeeting(page, topic);
    const dialog = await clickZoomAndConsent(stack.browser.context, page, { consent: 'auto' });
    stack.sim.state.addFault({ kind: 'latency', method: 'POST', path: '/meetings$', latencyMs: 1500 });
    await dialog.getByRole('button', { name: 'OK' }).click();
    await page.waitForTimeout(200);
    await page.close();
    await expect.poll(() => liveByTopic(topic).length, { timeout: 10_000 }).toBe(1);
    const id = liveByTopic(topic)[0].id;
    await expect.poll(async () => (await records()).map((r) => r.id)).toContain(id);
    await expect.poll(() => stateOf(id), { timeout: 5_000 }).toBe('orphaned');
    await expect.poll(badge).toBe(String(before + 1));
  });
});

describe('outsider 3: a hostile page script', () => {
  it("a script swaps our link in Location for another Zoom meeting before the user's Save; Save and Delete never touch that meeting", async () => {
    const foreign = createAtZoom(stack.sim.state, { topic: 'Not ours', type: 2, start_time: '2026-12-24T10:00:00Z', duration: 30 }) as { meeting?: { id: number; join_url: string } };
    const other = foreign.meeting!;
    const swapped = uniq('Swapped link');
    await page.goto(`${stack.ontime.url}?delete=none`);
    const { editor, id } = await createMeetingInEditor(stack.browser.context, page, swapped, { consent: 'auto' });
    await page.evaluate((url) => {
      const loc = [...document.querySelectorAll('[role="dialog"] input[type="text"]')].find((i) => /\/j\//.test((i as HTMLInputElement).value)) as HTMLInputElement;
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(loc, url);
      loc.dispatchEvent(new Event('input', { bubbles: true }));
    }, other.join_url);
    await page.waitForTimeout(300);
    await editor.getByLabel('Start time', { exact: true }).fill('16:00');
    await editor.getByLabel('End time', { exact: true }).fill('17:00');
    // The swap (no event of the user's) and the time typed after it are one look on a busy machine:
    // still the same event while our link is in the description (it was once taken for another one).
    await page.waitForTimeout(700);
    expect(await stateOf(id)).toBe('created');
    await editor.getByRole('button', { name: 'Save', exact: true }).click();
    await editor.waitFor({ state: 'detached' });
    const event = stack.ontime.events().find((e) => e.subject === swapped)!;
    expect(event.location).toBe(other.join_url);
    await page.waitForTimeout(1000);
    await page.evaluate(`window.__ontimeDemo.openEvent(${JSON.stringify(event.id)})`);
    await editorOf().waitFor();
    await page.waitForTimeout(800);
    await editorOf().getByRole('button', { name: 'Delete', exact: true }).click();
    await expect.poll(() => stack.ontime.events().some((e) => e.id === event.id)).toBe(false);
    await page.waitForTimeout(1500);
    expect(callsOn(other.id)).toEqual([]);
    expect(liveIds()).toContain(other.id);
    expect(stack.sim.state.meetings.get(other.id)!.topic).toBe('Not ours');
    // Ours is either still in the event's story (deleted with it) or reported; never silently left.
    if (liveIds().includes(id)) expect(await stateOf(id), `our meeting ${id} is still live`).toBe('orphaned');
  });

  it('a script hides our control and removes its host every time it comes back: no loop, and Save/Delete still keep Zoom in step', async () => {
    await page.goto(`${stack.ontime.url}?delete=none`);
    const { editor, id, joinUrl } = await createMeetingInEditor(stack.browser.context, page, 'Control removed', { consent: 'auto' });
    await editor.getByRole('button', { name: 'Save', exact: true }).click();
    await editor.waitFor({ state: 'detached' });
    await expect.poll(() => stateOf(id)).toBe('saved');
    const event = stack.ontime.events().find((e) => e.location.includes(joinUrl))!;
    await page.evaluate(`(() => {
      window.__removed = 0;
      const style = document.createElement('style');
      style.textContent = 'ontime-zoom-control { display: none !important; }';
      document.head.append(style);
      const kill = () => document.querySelectorAll('ontime-zoom-control').forEach((n) => { n.remove(); window.__removed++; });
      new MutationObserver(kill).observe(document.documentElement, { childList: true, subtree: true });
    })()`);
    stack.sim.state.clearRequests();
    await page.evaluate(`window.__ontimeDemo.openEvent(${JSON.stringify(event.id)})`);
    await editorOf().waitFor();
    await page.waitForTimeout(2000);
    const removed = (await page.evaluate('window.__removed')) as number;
    console.log(`control host removed ${removed} times in ~2 s`);
    expect(removed).toBeLessThan(50);
    await editorOf().getByLabel('Start time', { exact: true }).fill('09:15');
    await editorOf().getByLabel('End time', { exact: true }).fill('10:15');
    await editorOf().getByRole('button', { name: 'Save', exact: true }).click();
    await editorOf().waitFor({ state: 'detached' });
    await expect.poll(() => stack.sim.state.meetings.get(id)?.start_time, { timeout: 10_000 }).toMatch(/:15:00Z$/);
    expect(callsOn(id, 'PATCH')).toHaveLength(1);
    await page.evaluate(`window.__ontimeDemo.openEvent(${JSON.stringify(event.id)})`);
    await editorOf().waitFor();
    await page.waitForTimeout(500);
    await editorOf().getByRole('button', { name: 'Delete', exact: true }).click();
    await expect.poll(() => stack.ontime.events().some((e) => e.id === event.id)).toBe(false);
    await expect.poll(() => liveIds(), { timeout: 5_000, message: `event deleted; our meeting ${id} live, record ${await stateOf(id)}` }).not.toContain(id);
    expect(creates()).toEqual([]);
  });
});

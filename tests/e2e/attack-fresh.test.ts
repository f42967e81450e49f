import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { clickZoomAndConsent, createMeetingInEditor, meetingRecords, openNewMeeting, waitForJoinUrl, zoomButton } from '../harness/flows';
import { currentWorker } from '../harness/browser';
import { clearGrant } from '../harness/zoom-grant';
import type { Stack } from '../harness/stack';
import { useFreshPage, useStack } from '../harness/use-stack';
import { pageDecided, rendered, settled, until, workerSettled } from '../harness/settle';
import { createMeeting as createAtZoom } from '../harness/zoom-simulator/meetings';

// Fresh black-box attacks (no product code read). public/fresh.html is a calendar page written
// here: an editor with a "Scheduling assistant" tab (details display:none), a full scheduler view
// (whole editor display:none), minimise-to-chip, pop-out (the same node re-parented), Refresh
// (re-rendered into a new element), a closing animation, and several Delete-question shapes.
// The simulator's state and requests are the truth of what happened at Zoom.
let stack: Stack;
let page: Page;

useStack((s) => (stack = s));
useFreshPage(() => stack, (p) => (page = p));

const live = () => stack.sim.state.listMeetings().live;
const liveIds = () => live().map((m) => m.id);
const liveByTopic = (topic: string) => live().filter((m) => m.topic === topic);
const creates = () => stack.sim.state.requests.filter((r) => r.method === 'POST' && /\/meetings$/.test(r.path));
const callsOn = (id: number, method?: string) => stack.sim.state.requests.filter((r) => r.path.includes(`/meetings/${id}`) && (!method || r.method === method));
const records = async () => meetingRecords(await currentWorker(stack.browser));
const stateOf = async (id: number) => (await records()).find((r) => r.id === id)?.state;
const idOf = (url: string) => Number(/\/j\/(\d+)/.exec(url)![1]);
const badge = async () => Number(((await (await currentWorker(stack.browser)).evaluate('chrome.action.getBadgeText({})')) as string) || 0);
const abandonToast = (p: Page = page) => p.locator('ontime-zoom-toast').filter({ hasText: 'closed without saving' });
const settingsDialog = () => page.getByRole('dialog', { name: 'Zoom meeting settings' });
const uniq = (topic: string) => `${topic} ${Date.now() % 100_000}`;
const savedEvent = (subject: string) => stack.ontime.events().find((e) => e.subject === subject);
/** The meeting is recorded an orphan and the user is told (the toast, or the badge counts it); for `until`. */
const orphanReported = async (id: number, badgeBefore: number, toast: () => Promise<number>) =>
  (await stateOf(id)) === 'orphaned' && (await badge()) - badgeBefore + (await toast()) > 0;
/** Zoom has made a meeting with this topic and the worker has recorded it (the page gets its answer next). */
const madeAndRecorded = async (topic: string) => {
  const made = liveByTopic(topic)[0];
  return !!made && (await records()).some((r) => r.id === made.id);
};

/** Records, in the page's main world, every time an abandon toast host is added (the page can see hosts). */
async function watchToasts(): Promise<() => Promise<number>> {
  await page.evaluate(`(() => {
    window.__toastsSeen = 0;
    new MutationObserver((muts) => {
      for (const m of muts) for (const n of m.addedNodes) if (n.nodeName === 'ONTIME-ZOOM-TOAST') window.__toastsSeen++;
    }).observe(document.documentElement, { childList: true, subtree: true });
  })()`);
  return async () => ((await page.evaluate('window.__toastsSeen')) as number) + (await abandonToast().count());
}

async function popupLists(subject: string): Promise<boolean> {
  return (await popupItem(subject)) !== null;
}

/** The popup's list item for `subject` (its text), or null when the popup does not list it. */
async function popupItem(subject: string): Promise<string | null> {
  const popup = await stack.browser.context.newPage();
  try {
    await popup.goto(`chrome-extension://${stack.browser.extensionId}/popup.html`);
    const item = popup.getByRole('listitem', { name: subject }).first();
    return await item.waitFor({ timeout: 8_000 }).then(() => item.innerText(), () => null);
  } finally {
    await popup.close();
  }
}

// ---- fresh.html -------------------------------------------------------------------------------
const freshEditor = () => page.locator('[role="dialog"][aria-modal="true"]');
async function openFresh(params = ''): Promise<void> {
  await page.goto(`${stack.ontime.url}fresh.html?${params}`);
}
async function freshNew(subject: string): Promise<Locator> {
  await page.getByRole('button', { name: 'New meeting', exact: true }).click();
  await page.getByLabel('Subject', { exact: true }).fill(subject);
  return freshEditor();
}
async function freshCreate(subject: string, params = ''): Promise<{ editor: Locator; joinUrl: string; id: number }> {
  await openFresh(params);
  const editor = await freshNew(subject);
  const dialog = await clickZoomAndConsent(stack.browser.context, page, { consent: 'auto' });
  await dialog.getByRole('button', { name: 'OK' }).click();
  const joinUrl = await waitForJoinUrl(editor);
  return { editor, joinUrl, id: idOf(joinUrl) };
}
async function freshSave(subject: string) {
  await freshEditor().getByRole('button', { name: 'Save', exact: true }).click();
  await expect.poll(() => !!savedEvent(subject)).toBe(true);
  await expect.poll(() => page.evaluate('window.__fresh.model')).toBe(null);
  return savedEvent(subject)!;
}
/** A saved event with our meeting, opened again in fresh.html. */
async function freshSavedOpen(subject: string, params: string): Promise<{ id: number; eventId: string }> {
  const { id } = await freshCreate(subject, params);
  const event = await freshSave(subject);
  await expect.poll(() => stateOf(id)).toBe('saved');
  await page.evaluate(`window.__fresh.openEvent(${JSON.stringify(event.id)})`);
  await page.locator('ontime-zoom-control').getByText(/Zoom meeting \d{3} \d{3,4} \d{4}/).waitFor({ timeout: 10_000 });
  stack.sim.state.clearRequests();
  return { id, eventId: event.id };
}

/** After Save of a new event: exactly one meeting, in the event, recorded saved, never deleted, no toast. */
async function expectSavedCleanly(subject: string, id: number, joinUrl: string, toastsSeen: () => Promise<number>, clickSave = true) {
  const event = clickSave ? await freshSave(subject) : await expect.poll(() => !!savedEvent(subject)).toBe(true).then(() => savedEvent(subject)!);
  await settled(page);
  const outcome = {
    location: event.location,
    state: await stateOf(id),
    live: liveIds().includes(id),
    creates: creates().length,
    deletes: callsOn(id, 'DELETE').length,
    toasts: await toastsSeen(),
    badgeHasIt: false,
  };
  expect(outcome.location).toContain(joinUrl.split('?')[0]);
  expect(outcome, JSON.stringify(outcome)).toMatchObject({ state: 'saved', live: true, creates: 1, deletes: 0, toasts: 0 });
}


/** After OnTime deleted the event: our meeting deleted at Zoom, or at least reported (orphan, badge). */
async function expectGoneOrReported(id: number, badgeBefore: number) {
  const outcome = async () => ({ live: liveIds().includes(id), state: await stateOf(id), badgeDelta: (await badge()) - badgeBefore, deletes: callsOn(id, 'DELETE').length });
  type Outcome = Awaited<ReturnType<typeof outcome>>;
  const goneOrReported = (r: Outcome) => (!r.live && r.deletes === 1) || (r.live && r.state === 'orphaned' && r.badgeDelta >= 1);
  // Within the 3 s this check always allowed; then, once every decision of the page has been
  // taken and carried out, still so (one DELETE, not two).
  await expect.poll(outcome, { timeout: 3000 }).toSatisfy(goneOrReported);
  await settled(page);
  const after = await outcome();
  expect(after, JSON.stringify(after)).toSatisfy(goneOrReported);
}

describe('fresh 1: an editor hidden, moved or re-rendered after create, then Saved', () => {
  it('the "Scheduling assistant" tab hides the details panel (display:none) until the page has decided; back, Save: one saved meeting, no toast', async () => {
    const topic = uniq('Assistant tab');
    const { joinUrl, id } = await freshCreate(topic);
    const toasts = await watchToasts();
    await page.getByRole('tab', { name: 'Scheduling assistant' }).click();
    await pageDecided(page);
    expect(await toasts(), 'a toast while the editor is open on another tab').toBe(0);
    await page.getByRole('tab', { name: 'Details' }).click();
    await expectSavedCleanly(topic, id, joinUrl, toasts);
  });

  // (Merged: "for 3 s, back, Save: saved, never deleted" and "no toast while only hidden" took the same path.)
  it('the full scheduler hides the whole editor (display:none, 0×0) until the page has decided: no toast, nothing deleted meanwhile; back, Save: the meeting is saved', async () => {
    const topic = uniq('Full scheduler');
    const { joinUrl, id } = await freshCreate(topic);
    const toasts = await watchToasts();
    await page.getByRole('button', { name: 'Full scheduler', exact: true }).click();
    await settled(page);
    const seen = await toasts();
    // Whatever the product shows meanwhile, it must not delete the meeting.
    expect(callsOn(id, 'DELETE')).toEqual([]);
    expect(seen, 'toast shown while the editor was hidden by its own scheduler view').toBe(0);
    await page.getByRole('button', { name: 'Back to editor', exact: true }).click();
    const event = await freshSave(topic);
    await settled(page);
    expect(event.location).toContain(joinUrl.split('?')[0]);
    expect(callsOn(id, 'DELETE')).toEqual([]);
    expect(creates()).toHaveLength(1);
    expect(await stateOf(id), `toasts seen: ${await toasts()}`).toBe('saved');
  });

  it('minimised to a chip until the page has decided, and restored, then Save: one saved meeting, no toast', async () => {
    const topic = uniq('Minimised');
    const { joinUrl, id } = await freshCreate(topic);
    const toasts = await watchToasts();
    await page.getByRole('button', { name: 'Minimise', exact: true }).click();
    await pageDecided(page);
    await page.getByRole('button', { name: /^Restore:/ }).click();
    await expectSavedCleanly(topic, id, joinUrl, toasts);
  });

  it('minimised, the user presses "Delete meeting" on a toast if one shows, restores and saves: the saved event must not point at a deleted meeting', async () => {
    const topic = uniq('Minimised toast obeyed');
    const { joinUrl, id } = await freshCreate(topic);
    await page.getByRole('button', { name: 'Minimise', exact: true }).click();
    // A toast the hidden editor leads to is in the page once the page has decided.
    await pageDecided(page);
    const shown = await abandonToast().isVisible();
    if (shown) {
      await abandonToast().getByRole('button', { name: 'Delete meeting', exact: true }).click();
      await settled(page);
    }
    await page.getByRole('button', { name: /^Restore:/ }).click();
    const event = await freshSave(topic);
    await page.waitForTimeout(1000);
    const dead = event.location.includes(joinUrl.split('?')[0]) && !liveIds().includes(id);
    expect(dead, `toast shown while minimised: ${shown}; event saved with meeting ${id}, which Zoom no longer has`).toBe(false);
  });

  it('popped out into a side dock (the same element re-parented) and back: Save makes one saved meeting, no toast', async () => {
    const topic = uniq('Popped out');
    const { joinUrl, id } = await freshCreate(topic);
    const toasts = await watchToasts();
    await page.getByRole('button', { name: 'Pop out', exact: true }).click();
    await pageDecided(page);
    await page.getByRole('button', { name: 'Pop out', exact: true }).click();
    await pageDecided(page);
    await page.getByRole('button', { name: 'Pop out', exact: true }).click();
    await expectSavedCleanly(topic, id, joinUrl, toasts);
  });

  it('re-rendered into a brand-new element three times (Refresh), then Save: one saved meeting, no toast, the control still there', async () => {
    const topic = uniq('Refreshed');
    const { joinUrl, id } = await freshCreate(topic);
    const toasts = await watchToasts();
    for (let i = 0; i < 3; i++) {
      await page.getByRole('button', { name: 'Refresh', exact: true }).click();
      // The page observer has met the new element (and the closed-editor watch has followed it).
      await rendered(page);
    }
    await pageDecided(page);
    await page.locator('ontime-zoom-control').getByText(/Zoom meeting \d{3} \d{3,4} \d{4}/).waitFor({ timeout: 10_000 });
    await expectSavedCleanly(topic, id, joinUrl, toasts);
  });

  it('a closing animation (scale to 0 for 400 ms) on Save: the meeting is saved, never orphaned', async () => {
    const topic = uniq('Animated save');
    const { joinUrl, id } = await freshCreate(topic, 'anim=1');
    const toasts = await watchToasts();
    await expectSavedCleanly(topic, id, joinUrl, toasts);
  });

  it('a closing animation on Cancel: the meeting is an orphan with the toast (the close is still seen)', async () => {
    const topic = uniq('Animated cancel');
    const { id } = await freshCreate(topic, 'anim=1');
    await freshEditor().getByRole('button', { name: 'Cancel', exact: true }).click();
    await abandonToast().waitFor({ timeout: 5_000 });
    await expect.poll(() => stateOf(id)).toBe('orphaned');
    expect(liveIds()).toContain(id);
  });
});

describe('fresh 1d: hidden while the meeting is being made', () => {
  it('the editor minimised while our settings dialog is open, then OK: the link lands (seen after restore) and Save keeps one meeting', async () => {
    const topic = uniq('Minimised under dialog');
    await openFresh();
    await freshNew(topic);
    const dialog = await clickZoomAndConsent(stack.browser.context, page, { consent: 'auto' });
    stack.sim.state.clearRequests();
    await page.evaluate('window.__fresh.minimise()');
    await page.waitForTimeout(500);
    if (await dialog.isVisible()) {
      await dialog.getByRole('button', { name: 'OK' }).click();
      // The create answered and recorded, or the 2.5 s this test always gave it have passed.
      await until(() => madeAndRecorded(topic), 2500);
    }
    await pageDecided(page);
    await page.getByRole('button', { name: /^Restore:/ }).click();
    await page.waitForTimeout(500);
    const made = liveByTopic(topic);
    expect(made.length).toBeLessThanOrEqual(1);
    const location = await freshEditor().getByLabel('Location', { exact: true }).inputValue();
    if (made.length) {
      // Made: its link is in the editor, or it is reported.
      const inEditor = location.includes(`/j/${made[0].id}`);
      if (!inEditor) expect(await stateOf(made[0].id)).toBe('orphaned');
      else {
        const event = await freshSave(topic);
        await settled(page);
        expect(event.location).toContain(`/j/${made[0].id}`);
        expect(await stateOf(made[0].id)).toBe('saved');
      }
    }
    expect(creates().length).toBeLessThanOrEqual(1);
  });

  it('the editor minimised while Zoom is slowly making the meeting, restored after: the link is written, Save keeps one meeting, no toast', async () => {
    const topic = uniq('Minimised during create');
    await openFresh();
    const editor = await freshNew(topic);
    const dialog = await clickZoomAndConsent(stack.browser.context, page, { consent: 'auto' });
    stack.sim.state.clearRequests();
    stack.sim.state.addFault({ kind: 'latency', method: 'POST', path: '/meetings$', latencyMs: 2000 });
    const toasts = await watchToasts();
    await dialog.getByRole('button', { name: 'OK' }).click();
    await page.waitForTimeout(200);
    await page.getByRole('button', { name: 'Minimise', exact: true }).click();
    // Restored only after Zoom's slow answer has reached the worker and the page has decided what
    // to do with it (or after the 3.5 s this test always gave it).
    await until(() => madeAndRecorded(topic), 3500);
    await pageDecided(page);
    await page.getByRole('button', { name: /^Restore:/ }).click();
    const joinUrl = await waitForJoinUrl(editor);
    await expectSavedCleanly(topic, idOf(joinUrl), joinUrl, toasts);
  });
});

describe('fresh 1b: saved other ways, hidden longer', () => {
  it('the whole editor hidden by the full scheduler for 12 s, back, Save: saved, never deleted, no toast', async () => {
    const topic = uniq('Scheduler 12 s');
    const { joinUrl, id } = await freshCreate(topic);
    const toasts = await watchToasts();
    await page.getByRole('button', { name: 'Full scheduler', exact: true }).click();
    await page.waitForTimeout(12_000);
    await page.getByRole('button', { name: 'Back to editor', exact: true }).click();
    await expectSavedCleanly(topic, id, joinUrl, toasts);
  });

  // Was a FINDING (low): a Save made without OnTime's Save button (the page's Ctrl+S shortcut) was not
  // seen: the record stayed "created". Fixed: the page's save shortcut in the editor, when the page takes
  // the key (it prevents the browser's own Ctrl+S), is a Save.
  it('Ctrl+S (the page\'s save shortcut) on a new event with our meeting: recorded saved, no "closed without saving" toast', async () => {
    const topic = uniq('Ctrl S');
    const { joinUrl, id } = await freshCreate(topic);
    const toasts = await watchToasts();
    await page.getByLabel('Subject', { exact: true }).press('Control+s');
    await expectSavedCleanly(topic, id, joinUrl, toasts, false);
  });

  // Was a FINDING: a NEW editor with our meeting, closed by a control other than Cancel/×/Escape (here the
  // "Discard" of its minimised chip): the meeting stayed at Zoom, "created", no toast, badge unchanged, even
  // after the page was left. Fixed: a new meeting's editor taken out of the page with no Save seen is an
  // orphan at once, with a toast worded for a save we may not have seen ("The editor closed and we did not
  // see the event saved…"). (Merged with "… then the page is left": the same path, checked at both points.)
  it('"Discard" on the chip of a minimised NEW editor with our meeting: an orphan the page and badge report at once, still so after the page is left', async () => {
    const topic = uniq('Chip discard');
    const { id } = await freshCreate(topic);
    const before = await badge();
    await page.getByRole('button', { name: 'Minimise', exact: true }).click();
    await rendered(page);
    await page.getByRole('button', { name: 'Discard', exact: true }).click();
    const now = async () => ({ state: await stateOf(id), live: liveIds().includes(id), badgeDelta: (await badge()) - before, toast: await page.locator('ontime-zoom-toast').filter({ hasText: 'did not see the event saved' }).count() });
    // Reported, or the 3 s this test always allowed have passed.
    await until(() => orphanReported(id, before, async () => (await now()).toast), 3000);
    const outcome = await now();
    expect(outcome, JSON.stringify(outcome)).toMatchObject({ state: 'orphaned', live: true });
    expect(outcome.badgeDelta + outcome.toast, JSON.stringify(outcome)).toBeGreaterThan(0);
    await page.goto('about:blank');
    await workerSettled();
    const left = { afterLeave: await stateOf(id), live: liveIds().includes(id), badgeDelta: (await badge()) - before };
    expect(left, JSON.stringify(left)).toMatchObject({ afterLeave: 'orphaned', live: true, badgeDelta: 1 });
  });

  it('Ctrl+S on a new event, then the page is left: the meeting saved in the event is never called an orphan nor deleted', async () => {
    const topic = uniq('Ctrl S then leave');
    const { joinUrl, id } = await freshCreate(topic);
    await page.getByLabel('Subject', { exact: true }).press('Control+s');
    await expect.poll(() => !!savedEvent(topic)).toBe(true);
    expect(savedEvent(topic)!.location).toContain(joinUrl.split('?')[0]);
    await settled(page);
    const beforeLeave = await stateOf(id);
    // Once the navigation is done, the old page's last verbs are sent: then they have reached the worker and Zoom.
    await page.goto('about:blank');
    await workerSettled();
    const outcome = { beforeLeave, afterLeave: await stateOf(id), live: liveIds().includes(id) };
    expect(outcome.live).toBe(true);
    expect(['orphaned', 'deleted'], JSON.stringify(outcome)).not.toContain(outcome.afterLeave);
  });

  // Was a FINDING: the new event's editor replaced by another event's editor (the user clicked another
  // event) left our meeting "created", untold. Fixed: another event's editor in place of a new meeting's
  // (it does not hold our link, its subject or start differ) is a way out: an orphan at once, with the toast.
  it('a NEW event with our meeting, and the user opens another event from the list (the editor is replaced by that event\'s): an orphan, reported', async () => {
    const topic = uniq('Switched away');
    const { id } = await freshCreate(topic);
    const before = await badge();
    await page.locator('#list button').first().click();
    await expect.poll(() => page.evaluate('window.__fresh.model?.subject ?? null')).not.toBe(topic);
    // Reported, or the 3 s this test always allowed have passed.
    await until(() => orphanReported(id, before, () => page.locator('ontime-zoom-toast').count()), 3000);
    const outcome = { state: await stateOf(id), live: liveIds().includes(id), badgeDelta: (await badge()) - before, toast: await page.locator('ontime-zoom-toast').count(), popupItem: await popupItem(topic) };
    expect(outcome, JSON.stringify(outcome)).toMatchObject({ state: 'orphaned', live: true });
    expect(outcome.badgeDelta + outcome.toast, JSON.stringify(outcome)).toBeGreaterThan(0);
  });

  it('after switching from a NEW event with our meeting to another event, saving and deleting that other event never touches our meeting', async () => {
    const topic = uniq('Switched then other saved');
    await openFresh('confirm=none');
    const other = await (await page.request.post(`${stack.ontime.url}api/events`, { data: { subject: uniq('Other event'), start: '2026-12-10T09:00', end: '2026-12-10T10:00', timeZone: 'UTC', location: 'Room 1', body: 'Plain notes' } })).json() as { id: string; subject: string };
    await page.reload();
    await freshNew(topic);
    const dialog = await clickZoomAndConsent(stack.browser.context, page, { consent: 'auto' });
    await dialog.getByRole('button', { name: 'OK' }).click();
    const id = idOf(await waitForJoinUrl(freshEditor()));
    await page.evaluate(`window.__fresh.openEvent(${JSON.stringify(other.id)})`);
    await expect.poll(() => page.evaluate('window.__fresh.model?.subject ?? null')).toBe(other.subject);
    await pageDecided(page);
    await freshEditor().getByLabel('Start time', { exact: true }).fill('09:30');
    await freshEditor().getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => page.evaluate('window.__fresh.model')).toBe(null);
    await settled(page);
    const saved = stack.ontime.events().find((e) => e.id === other.id)!;
    expect(saved.location).toBe('Room 1');
    expect(saved.body).toBe('Plain notes');
    expect(callsOn(id, 'PATCH')).toEqual([]);
    await page.evaluate(`window.__fresh.openEvent(${JSON.stringify(other.id)})`);
    await freshEditor().getByRole('button', { name: 'Delete', exact: true }).click();
    await expect.poll(() => stack.ontime.events().some((e) => e.id === other.id)).toBe(false);
    await settled(page);
    expect(callsOn(id, 'DELETE')).toEqual([]);
    expect(liveIds()).toContain(id);
  });

  it('Ctrl+S on a new event, then the event is opened again and deleted (no question): our meeting is deleted with it (or reported)', async () => {
    const topic = uniq('Ctrl S then delete');
    const { id } = await freshCreate(topic, 'confirm=none');
    await page.getByLabel('Subject', { exact: true }).press('Control+s');
    await expect.poll(() => !!savedEvent(topic)).toBe(true);
    await expect.poll(() => page.evaluate('window.__fresh.model')).toBe(null);
    await page.waitForTimeout(1000);
    const before = await badge();
    await page.evaluate(`window.__fresh.openEvent(${JSON.stringify(savedEvent(topic)!.id)})`);
    await page.locator('ontime-zoom-control').waitFor({ timeout: 10_000 });
    await page.waitForTimeout(800);
    await freshEditor().getByRole('button', { name: 'Delete', exact: true }).click();
    await expect.poll(() => !!savedEvent(topic)).toBe(false);
    await expectGoneOrReported(id, before);
  });

  // Was a FINDING (low, same root as Ctrl+S): saved from the minimised editor's chip, the record stayed
  // "created". Fixed: a button named Save… outside the editor while the editor is hidden is its Save.
  it('"Save draft" on the chip of a minimised editor (saved while display:none): recorded saved, no toast', async () => {
    const topic = uniq('Chip save');
    const { joinUrl, id } = await freshCreate(topic);
    const toasts = await watchToasts();
    await page.getByRole('button', { name: 'Minimise', exact: true }).click();
    await rendered(page);
    await page.getByRole('button', { name: 'Save draft', exact: true }).click();
    await expect.poll(() => !!savedEvent(topic)).toBe(true);
    await settled(page);
    const outcome = { location: savedEvent(topic)!.location, state: await stateOf(id), live: liveIds().includes(id), deletes: callsOn(id, 'DELETE').length, toasts: await toasts() };
    expect(outcome.location).toContain(joinUrl.split('?')[0]);
    expect(outcome, JSON.stringify(outcome)).toMatchObject({ state: 'saved', live: true, deletes: 0, toasts: 0 });
  });
});

describe('fresh 1c: a Save that fails', () => {
  // Was a FINDING: OnTime's Save pressed but failed (editor still open, error shown), then Cancel: the
  // record said "saved". Fixed: Save is an intent until the editor closes after it; Cancel after a
  // refused Save makes the new meeting an orphan with the toast. Same on the OnTime demo page below (500).
  it('Save fails (the editor stays open with an error), then Cancel: the meeting is an orphan with the toast, not "saved"', async () => {
    const topic = uniq('Failed save then cancel');
    const { id } = await freshCreate(topic, 'failsave=1');
    const before = await badge();
    await freshEditor().getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: 'Could not save' }).waitFor();
    await page.waitForTimeout(1000);
    await freshEditor().getByRole('button', { name: 'Cancel', exact: true }).click();
    // Reported, or the 2.5 s this test always allowed have passed.
    await until(() => orphanReported(id, before, () => abandonToast().count()), 2500);
    expect(savedEvent(topic)).toBeUndefined();
    const outcome = { state: await stateOf(id), live: liveIds().includes(id), badgeDelta: (await badge()) - before, toast: await abandonToast().count() };
    expect(outcome, JSON.stringify(outcome)).toMatchObject({ state: 'orphaned', live: true });
    expect(outcome.toast + outcome.badgeDelta).toBeGreaterThan(0);
  });

  // Was a FINDING: on the stock demo page, POST /api/events answered 500, the editor showed its error and
  // stayed; Cancel left the record "saved". Fixed with the one above (the validation-error path below held).
  it('OnTime demo page: Save refused by the server (500), then Cancel: the meeting is an orphan with the toast, not "saved"', async () => {
    const topic = uniq('Server refused save');
    await page.goto(stack.ontime.url);
    const { editor, id } = await createMeetingInEditor(stack.browser.context, page, topic, { consent: 'auto' });
    const before = await badge();
    await page.route('**/ontime/api/events', (route) => (route.request().method() === 'POST' ? route.fulfill({ status: 500, body: '{"error":"busy"}', contentType: 'application/json' }) : route.continue()));
    await editor.getByRole('button', { name: 'Save', exact: true }).click();
    await editor.getByRole('alert').filter({ hasText: /\S/ }).first().waitFor();
    await page.waitForTimeout(1000);
    await editor.getByRole('button', { name: 'Cancel', exact: true }).click();
    await editor.waitFor({ state: 'detached' });
    // Reported, or the 2.5 s this test always allowed have passed.
    await until(() => orphanReported(id, before, () => abandonToast().count()), 2500);
    expect(savedEvent(topic)).toBeUndefined();
    const outcome = { state: await stateOf(id), live: liveIds().includes(id), badgeDelta: (await badge()) - before, toast: await abandonToast().count(), popup: await popupItem(topic) };
    expect(outcome, JSON.stringify(outcome)).toMatchObject({ state: 'orphaned', live: true });
    expect(outcome.toast + outcome.badgeDelta).toBeGreaterThan(0);
  });

  it('OnTime demo page: Save refused by its own check (End before Start), then Cancel: the meeting is an orphan with the toast', async () => {
    const topic = uniq('Invalid save');
    await page.goto(stack.ontime.url);
    const { editor, id } = await createMeetingInEditor(stack.browser.context, page, topic, { consent: 'auto' });
    const before = await badge();
    await editor.getByLabel('Start time', { exact: true }).fill('15:00');
    await editor.getByLabel('End time', { exact: true }).fill('14:00');
    await editor.getByRole('button', { name: 'Save', exact: true }).click();
    await page.waitForTimeout(1200);
    expect(await editor.count()).toBe(1);
    await editor.getByRole('button', { name: 'Cancel', exact: true }).click();
    await editor.waitFor({ state: 'detached' });
    // Reported, or the 2.5 s this test always allowed have passed.
    await until(() => orphanReported(id, before, () => abandonToast().count()), 2500);
    expect(savedEvent(topic)).toBeUndefined();
    const outcome = { state: await stateOf(id), live: liveIds().includes(id), badgeDelta: (await badge()) - before, toast: await abandonToast().count() };
    expect(outcome, JSON.stringify(outcome)).toMatchObject({ state: 'orphaned', live: true });
    expect(outcome.toast + outcome.badgeDelta).toBeGreaterThan(0);
  });

  it('Save fails, then Save again succeeds: one meeting, saved with the event', async () => {
    const topic = uniq('Failed save then save');
    const { joinUrl, id } = await freshCreate(topic, 'failsave=1');
    const toasts = await watchToasts();
    await freshEditor().getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: 'Could not save' }).waitFor();
    await page.waitForTimeout(1000);
    await expectSavedCleanly(topic, id, joinUrl, toasts);
  });
});

describe('fresh 2: Delete questions of other shapes', () => {
  // Was a FINDING: an inline "Are you sure?" row (no dialog box of its own) shown by removing `hidden`:
  // the press on "Yes, delete" was read as the user back at work in the editor, disarming the Delete.
  // Fixed: after Delete, a yes or no button of the editor is an answer (No + Cancel still deletes nothing).
  it('"Are you sure?" row shown by toggling `hidden`: No, then Cancel deletes nothing; Yes deletes our meeting once', async () => {
    const { id, eventId } = await freshSavedOpen(uniq('Hidden row question'), 'confirm=hiddenrow');
    await freshEditor().getByRole('button', { name: 'Delete', exact: true }).click();
    await page.getByRole('button', { name: 'No', exact: true }).click();
    await page.waitForTimeout(500);
    await freshEditor().getByRole('button', { name: 'Cancel', exact: true }).click();
    await page.waitForTimeout(1500);
    expect(callsOn(id, 'DELETE')).toEqual([]);
    expect(liveIds()).toContain(id);
    await page.evaluate(`window.__fresh.openEvent(${JSON.stringify(eventId)})`);
    await page.locator('ontime-zoom-control').getByText(/Zoom meeting \d{3} \d{3,4} \d{4}/).waitFor({ timeout: 10_000 });
    const before = await badge();
    await freshEditor().getByRole('button', { name: 'Delete', exact: true }).click();
    await page.getByRole('button', { name: 'Yes, delete', exact: true }).click();
    await expect.poll(() => stack.ontime.events().some((e) => e.id === eventId)).toBe(false);
    await expectGoneOrReported(id, before);
  });

  it('a question re-rendered every 150 ms: No after 2 s, Cancel: nothing deleted; OK later deletes once', async () => {
    const { id, eventId } = await freshSavedOpen(uniq('Rerendered question'), 'confirm=rerender');
    await freshEditor().getByRole('button', { name: 'Delete', exact: true }).click();
    await page.waitForTimeout(2000);
    await page.getByRole('alertdialog').getByRole('button', { name: 'No', exact: true }).click();
    await freshEditor().getByRole('button', { name: 'Cancel', exact: true }).click();
    await page.waitForTimeout(1500);
    expect(callsOn(id, 'DELETE')).toEqual([]);
    await page.evaluate(`window.__fresh.openEvent(${JSON.stringify(eventId)})`);
    await page.locator('ontime-zoom-control').getByText(/Zoom meeting \d{3} \d{3,4} \d{4}/).waitFor({ timeout: 10_000 });
    await freshEditor().getByRole('button', { name: 'Delete', exact: true }).click();
    await page.waitForTimeout(600);
    await page.getByRole('alertdialog').getByRole('button', { name: 'OK', exact: true }).click();
    await expect.poll(() => stack.ontime.events().some((e) => e.id === eventId)).toBe(false);
    await expect.poll(liveIds, { timeout: 8_000 }).not.toContain(id);
    expect(callsOn(id, 'DELETE')).toHaveLength(1);
  });

  it('Delete → inline question → editor re-rendered and minimised → restored → No → Cancel: the meeting is not deleted', async () => {
    const { id, eventId } = await freshSavedOpen(uniq('Inline question hidden'), 'confirm=inline');
    await freshEditor().getByRole('button', { name: 'Delete', exact: true }).click();
    await page.getByRole('button', { name: 'Refresh', exact: true }).click();
    await page.waitForTimeout(500);
    await page.getByRole('button', { name: 'Minimise', exact: true }).click();
    await pageDecided(page);
    await page.getByRole('button', { name: /^Restore:/ }).click();
    await page.getByRole('button', { name: 'No', exact: true }).click();
    await freshEditor().getByRole('button', { name: 'Cancel', exact: true }).click();
    await settled(page);
    expect(stack.ontime.events().some((e) => e.id === eventId)).toBe(true);
    expect(callsOn(id, 'DELETE')).toEqual([]);
    expect(liveIds()).toContain(id);
    expect(await stateOf(id)).toBe('saved');
  });

  it('Delete → question re-mounts the editor → the editor popped out (re-parented) → No → Save: nothing deleted, meeting still saved', async () => {
    const { id, eventId } = await freshSavedOpen(uniq('Remount pop'), 'confirm=remount');
    await freshEditor().getByRole('button', { name: 'Delete', exact: true }).click();
    await page.getByRole('alertdialog').waitFor();
    await page.waitForTimeout(500);
    await page.getByRole('button', { name: 'No', exact: true }).click();
    await page.getByRole('button', { name: 'Pop out', exact: true }).click();
    await page.waitForTimeout(800);
    await freshEditor().getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => page.evaluate('window.__fresh.model')).toBe(null);
    await page.waitForTimeout(1500);
    expect(stack.ontime.events().some((e) => e.id === eventId)).toBe(true);
    expect(callsOn(id, 'DELETE')).toEqual([]);
    expect(liveIds()).toContain(id);
  });

  it('Delete → the editor hidden (display:none) behind a full-screen question → No → Cancel: nothing deleted at Zoom', async () => {
    const { id, eventId } = await freshSavedOpen(uniq('Hidden behind question'), 'confirm=hideeditor');
    await freshEditor().getByRole('button', { name: 'Delete', exact: true }).click();
    await page.getByRole('alertdialog').waitFor();
    await pageDecided(page);
    await page.getByRole('alertdialog').getByRole('button', { name: 'No', exact: true }).click();
    await freshEditor().getByRole('button', { name: 'Cancel', exact: true }).click();
    await settled(page);
    expect(stack.ontime.events().some((e) => e.id === eventId)).toBe(true);
    expect(callsOn(id, 'DELETE')).toEqual([]);
    expect(liveIds()).toContain(id);
    expect(await stateOf(id)).toBe('saved');
  });

  it('Delete → the editor REMOVED and the question put in its place → No (a new editor is built) → Cancel: nothing deleted at Zoom', async () => {
    const { id, eventId } = await freshSavedOpen(uniq('Replaced by question'), 'confirm=replace');
    await freshEditor().getByRole('button', { name: 'Delete', exact: true }).click();
    await page.getByRole('alertdialog').waitFor();
    await pageDecided(page);
    await page.getByRole('alertdialog').getByRole('button', { name: 'No', exact: true }).click();
    await page.locator('ontime-zoom-control').getByText(/Zoom meeting \d{3} \d{3,4} \d{4}/).waitFor({ timeout: 10_000 });
    await freshEditor().getByRole('button', { name: 'Cancel', exact: true }).click();
    await settled(page);
    expect(stack.ontime.events().some((e) => e.id === eventId)).toBe(true);
    expect(callsOn(id, 'DELETE')).toEqual([]);
    expect(liveIds()).toContain(id);
    expect(await stateOf(id)).toBe('saved');
  });

  // Was a FINDING: Delete makes the page replace the editor with its question; OK deleted the event but
  // not our meeting (the editor had closed with the question unanswered, which disarmed the Delete).
  // Fixed: the question stays armed; its yes, once the question is gone, deletes. (No → Cancel: nothing.)
  it('Delete → the editor replaced by the question → OK: the event is deleted, and our meeting with it (or it is reported)', async () => {
    const { id, eventId } = await freshSavedOpen(uniq('Replaced then OK'), 'confirm=replace');
    const before = await badge();
    await freshEditor().getByRole('button', { name: 'Delete', exact: true }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'OK', exact: true }).click();
    await expect.poll(() => stack.ontime.events().some((e) => e.id === eventId)).toBe(false);
    await expectGoneOrReported(id, before);
  });

  it('Escape at the inline question (answers No), then Cancel: nothing deleted at Zoom', async () => {
    const { id, eventId } = await freshSavedOpen(uniq('Escape inline'), 'confirm=inline');
    await freshEditor().getByRole('button', { name: 'Delete', exact: true }).click();
    await page.getByRole('button', { name: 'No', exact: true }).waitFor();
    await page.keyboard.press('Escape');
    await page.waitForTimeout(300);
    await freshEditor().getByRole('button', { name: 'Cancel', exact: true }).click();
    await page.waitForTimeout(1500);
    expect(stack.ontime.events().some((e) => e.id === eventId)).toBe(true);
    expect(callsOn(id, 'DELETE')).toEqual([]);
  });
});

describe('fresh 3: multi-clicks', () => {
  it('double-click on OK then Save at once while Zoom is slow: one meeting, and the saved event holds it (or it is reported)', async () => {
    const topic = uniq('OK then Save');
    await openFresh();
    await freshNew(topic);
    const dialog = await clickZoomAndConsent(stack.browser.context, page, { consent: 'auto' });
    stack.sim.state.clearRequests();
    stack.sim.state.addFault({ kind: 'latency', method: 'POST', path: '/meetings$', latencyMs: 1200 });
    await dialog.getByRole('button', { name: 'OK' }).dblclick();
    await freshEditor().getByRole('button', { name: 'Save', exact: true }).click().catch(() => undefined);
    // Zoom's slow answer has reached the worker and the page has decided what to do with it (or
    // the 3 s this test always gave it have passed); then Save again if the editor is still open.
    await until(() => madeAndRecorded(topic), 3000);
    await pageDecided(page);
    if (await page.evaluate('window.__fresh.model')) await freshEditor().getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => !!savedEvent(topic)).toBe(true);
    await page.waitForTimeout(1500);
    expect(creates()).toHaveLength(1);
    const meeting = liveByTopic(topic)[0];
    const event = savedEvent(topic)!;
    const inEvent = event.location.includes(meeting.join_url.split('?')[0]);
    const state = await stateOf(meeting.id);
    // Any toast of ours: "closed without saving", or "made after its editor closed".
    const toast = await page.locator('ontime-zoom-toast').filter({ hasText: meeting.join_url.split('?')[0].split('/').pop()! }).count() + (await abandonToast().count());
    expect({ inEvent, state, toast }).toSatisfy((r: { inEvent: boolean; state?: string; toast: number }) => (r.inEvent && r.state === 'saved') || (!r.inEvent && r.state === 'orphaned' && r.toast > 0));
  });

  it("triple-click on the toast's Delete meeting on a fresh page: one DELETE, recorded deleted", async () => {
    const topic = uniq('Toast keep then delete');
    const { editor, id } = await freshCreate(topic);
    await editor.getByRole('button', { name: 'Cancel', exact: true }).click();
    await abandonToast().waitFor({ timeout: 5_000 });
    const del = abandonToast().getByRole('button', { name: 'Delete meeting', exact: true });
    await del.click({ clickCount: 3 });
    await expect.poll(liveIds).not.toContain(id);
    await page.waitForTimeout(800);
    expect(callsOn(id, 'DELETE')).toHaveLength(1);
    expect(await stateOf(id)).toBe('deleted');
  });
});

describe('fresh 4: Location changed by the user after create (OnTime demo page)', () => {
  const loc = (editor: Locator) => editor.getByLabel('Location', { exact: true });

  it('text typed before and after our link: Save keeps every character and the meeting, no DELETE', async () => {
    await page.goto(stack.ontime.url);
    const topic = uniq('Text around link');
    const { editor, joinUrl, id } = await createMeetingInEditor(stack.browser.context, page, topic, { consent: 'auto' });
    await loc(editor).click();
    await page.keyboard.press('End');
    await page.keyboard.type(' (Room 4B)');
    await page.keyboard.press('Home');
    await page.keyboard.type('Hybrid: ');
    const typed = await loc(editor).inputValue();
    expect(typed.startsWith('Hybrid: ')).toBe(true);
    await editor.getByRole('button', { name: 'Save', exact: true }).click();
    await editor.waitFor({ state: 'detached' });
    await expect.poll(() => stateOf(id)).toBe('saved');
    const event = savedEvent(topic)!;
    expect(event.location).toBe(typed);
    expect(event.location).toContain(joinUrl);
    expect(callsOn(id, 'DELETE')).toEqual([]);
  });

  it("another Zoom link pasted over ours, then Save: the other meeting is never touched; ours is reported, not silently kept or deleted", async () => {
    const other = (createAtZoom(stack.sim.state, { topic: 'Standing call', type: 2, start_time: '2026-12-30T10:00:00Z', duration: 30 }) as { meeting?: { id: number; join_url: string } }).meeting!;
    await page.goto(stack.ontime.url);
    const before = await badge();
    const topic = uniq('Pasted other link');
    const { editor, id } = await createMeetingInEditor(stack.browser.context, page, topic, { consent: 'auto' });
    await loc(editor).click();
    await page.keyboard.press('Control+A');
    await page.evaluate((t) => navigator.clipboard?.writeText(t).catch(() => undefined), other.join_url).catch(() => undefined);
    await page.keyboard.insertText(other.join_url); // the paste, as text input
    await editor.getByRole('button', { name: 'Save', exact: true }).click();
    await editor.waitFor({ state: 'detached' });
    await settled(page);
    expect(callsOn(other.id)).toEqual([]);
    expect(stack.sim.state.meetings.get(other.id)?.topic).toBe('Standing call');
    const event = savedEvent(topic)!;
    expect(event.location).toBe(other.join_url);
    // Ours: still referenced by the invitation in the description, or reported as an orphan.
    const inBody = event.body.includes(`/j/${id}`);
    const state = await stateOf(id);
    const outcome = { inBody, state, live: liveIds().includes(id), badgeDelta: (await badge()) - before };
    expect(outcome, JSON.stringify(outcome)).toSatisfy(
      (r: typeof outcome) => (r.live && r.inBody && r.state === 'saved') || (r.live && r.state === 'orphaned' && r.badgeDelta >= 1),
    );
  });

  it('a Zoom link of a meeting we did not make, typed into Location first: our create never touches it and keeps every character', async () => {
    const other = (createAtZoom(stack.sim.state, { topic: 'Their standup', type: 2, start_time: '2026-12-31T10:00:00Z', duration: 15 }) as { meeting?: { id: number; join_url: string } }).meeting!;
    await page.goto(stack.ontime.url);
    const topic = uniq('Typed foreign link');
    const editor = await openNewMeeting(page, topic);
    const typed = `Backup: ${other.join_url}`;
    await loc(editor).fill(typed);
    await page.waitForTimeout(1000);
    // The extension may see the link as an existing meeting and offer no create at all: both are fine.
    let createAsked = false;
    if (await zoomButton(page).isVisible()) {
      await zoomButton(page).click();
      const ok = settingsDialog().getByRole('button', { name: 'OK' });
      // Whichever the click leads to: our dialog, or the control showing the link as a meeting we
      // did not make (then no dialog comes; up to 5 s are still allowed for one as before).
      const foreign = page.locator('ontime-zoom-control').getByText(/not managed by this extension/);
      const shown = await Promise.race([
        ok.waitFor({ timeout: 5_000 }).then(() => 'dialog' as const, () => null),
        foreign.waitFor({ timeout: 5_000 }).then(() => 'foreign' as const, () => null),
      ]);
      if (shown === 'dialog') {
        await ok.click();
        createAsked = true;
      }
    }
    // A create asked for has been answered and recorded (or the 3 s this test always gave it have
    // passed), and the page has decided what to write.
    if (createAsked) await until(() => madeAndRecorded(topic), 3000);
    await settled(page);
    const value = await loc(editor).inputValue();
    expect(value).toContain(typed);
    await editor.getByRole('button', { name: 'Save', exact: true }).click();
    await editor.waitFor({ state: 'detached' });
    await page.waitForTimeout(1500);
    expect(savedEvent(topic)!.location).toContain(typed);
    expect(callsOn(other.id)).toEqual([]);
    expect(stack.sim.state.meetings.get(other.id)?.topic).toBe('Their standup');
    expect(liveByTopic(topic).length).toBeLessThanOrEqual(1);
  });

  it('Location cleared by the user, then Save: our meeting is either still in the event (invitation) or reported; never unknown', async () => {
    await page.goto(stack.ontime.url);
    const before = await badge();
    const topic = uniq('Cleared location');
    const { editor, id } = await createMeetingInEditor(stack.browser.context, page, topic, { consent: 'auto' });
    await loc(editor).click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    expect(await loc(editor).inputValue()).toBe('');
    await editor.getByRole('button', { name: 'Save', exact: true }).click();
    await editor.waitFor({ state: 'detached' });
    await settled(page);
    const event = savedEvent(topic)!;
    expect(event.location).toBe('');
    const outcome = { inBody: event.body.includes(`/j/${id}`), state: await stateOf(id), live: liveIds().includes(id), badgeDelta: (await badge()) - before, deletes: callsOn(id, 'DELETE').length };
    expect(outcome, JSON.stringify(outcome)).toSatisfy(
      (r: typeof outcome) => (r.live && r.inBody && r.state === 'saved') || (r.live && r.state === 'orphaned' && r.badgeDelta >= 1) || (!r.inBody && !r.live && r.state === 'deleted'),
    );
  });

  it('Location cleared, then Ctrl+Z restores it, then Save: the meeting is saved with the event, no toast, no DELETE', async () => {
    await page.goto(stack.ontime.url);
    const topic = uniq('Undo clear');
    const { editor, joinUrl, id } = await createMeetingInEditor(stack.browser.context, page, topic, { consent: 'auto' });
    await loc(editor).click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await page.waitForTimeout(400);
    await page.keyboard.press('Control+Z');
    await expect.poll(() => loc(editor).inputValue()).toContain(joinUrl);
    await editor.getByRole('button', { name: 'Save', exact: true }).click();
    await editor.waitFor({ state: 'detached' });
    await page.waitForTimeout(1500);
    expect(savedEvent(topic)!.location).toContain(joinUrl);
    expect(await stateOf(id)).toBe('saved');
    expect(callsOn(id, 'DELETE')).toEqual([]);
    expect(await abandonToast().count()).toBe(0);
  });
});

describe('fresh 5: the tab goes away during a create', () => {
  it('the tab closed while the settings dialog is open (before OK): nothing is created at Zoom', async () => {
    const topic = uniq('Closed before OK');
    await page.goto(stack.ontime.url);
    await openNewMeeting(page, topic);
    await clickZoomAndConsent(stack.browser.context, page, { consent: 'auto' });
    stack.sim.state.clearRequests();
    // Only the page's OK asks for a create: once the tab is closed, what it sent has reached the worker and Zoom.
    await page.close();
    await workerSettled();
    expect(creates()).toEqual([]);
    expect(liveByTopic(topic)).toEqual([]);
  });

  it('the tab closed while Zoom\'s consent window is open, then the user answers Allow: no meeting is made (or it is reported)', async () => {
    stack.sim.state.revokeGrants();
    await clearGrant(await currentWorker(stack.browser));
    const topic = uniq('Closed during consent');
    await page.goto(stack.ontime.url);
    await openNewMeeting(page, topic);
    const before = await badge();
    const popupOpened = stack.browser.context.waitForEvent('page', { timeout: 15_000 });
    await zoomButton(page).click();
    const consent = await popupOpened;
    await consent.getByRole('button', { name: 'Allow', exact: true }).waitFor({ timeout: 15_000 });
    await page.close();
    await consent.getByRole('button', { name: 'Allow', exact: true }).click();
    // The consent ran to its end (Zoom answered the token request and the window closed), or the
    // 4 s this test always gave it have passed; then what the worker did next has reached Zoom.
    const tokenAnswered = () => stack.sim.state.requests.some((r) => r.method === 'POST' && /\/oauth\/token$/.test(r.path) && r.status !== null);
    await until(() => tokenAnswered() && consent.isClosed(), 4000);
    await workerSettled();
    const made = liveByTopic(topic);
    if (made.length) {
      expect(made).toHaveLength(1);
      expect(await stateOf(made[0].id)).toBe('orphaned');
      expect(await badge()).toBeGreaterThanOrEqual(before + 1);
    } else {
      expect(creates()).toEqual([]);
    }
  });

  it('the page reloaded right after OK while Zoom is slow: the meeting is an orphan the badge counts and the popup lists; the new page gets no link', async () => {
    const topic = uniq('Reloaded mid-create');
    await page.goto(stack.ontime.url);
    const before = await badge();
    await openNewMeeting(page, topic);
    const dialog = await clickZoomAndConsent(stack.browser.context, page, { consent: 'auto' });
    stack.sim.state.addFault({ kind: 'latency', method: 'POST', path: '/meetings$', latencyMs: 1500 });
    await dialog.getByRole('button', { name: 'OK' }).click();
    await page.waitForTimeout(150);
    await page.reload();
    const editor = await openNewMeeting(page, 'After reload');
    await expect.poll(() => liveByTopic(topic).length, { timeout: 10_000 }).toBe(1);
    const id = liveByTopic(topic)[0].id;
    await expect.poll(() => stateOf(id), { timeout: 8_000 }).toBe('orphaned');
    await expect.poll(badge).toBeGreaterThanOrEqual(before + 1);
    expect(await editor.getByLabel('Location', { exact: true }).inputValue()).toBe('');
    expect(await popupLists(topic)).toBe(true);
  });

  it('left with the link written (not saved), then Back: if the page comes back from the back/forward cache with the editor, Save keeps the meeting', async () => {
    const topic = uniq('Back from bfcache');
    await page.goto(stack.ontime.url);
    const { editor, joinUrl, id } = await createMeetingInEditor(stack.browser.context, page, topic, { consent: 'auto' });
    await page.evaluate(`window.__marker = 1`);
    await page.goto(`${stack.ontime.url}fresh.html`);
    await expect.poll(() => stateOf(id), { timeout: 5_000 }).toBe('orphaned');
    await page.goBack();
    const restored = (await page.evaluate('window.__marker').catch(() => undefined)) === 1;
    if (!restored) {
      console.log('bfcache not used by this browser: only the orphan is checked');
      expect(liveIds()).toContain(id);
      return;
    }
    expect(await editor.getByLabel('Location', { exact: true }).inputValue()).toContain(joinUrl);
    await editor.getByRole('button', { name: 'Save', exact: true }).click();
    await editor.waitFor({ state: 'detached' });
    await page.waitForTimeout(1500);
    expect(savedEvent(topic)!.location).toContain(joinUrl);
    expect(await stateOf(id), 'saved with the event after the page came back').toBe('saved');
  });
});

describe('fresh 6: a hostile page script', () => {
  it("forged 'close' and 'toggle' events on OnTime's modal <dialog> editor while it is open: no toast, no orphan; the user's Save saves", async () => {
    const topic = uniq('Forged dialog close');
    await page.goto(`${stack.ontime.url}?variant=modal`);
    const { joinUrl, id } = await createMeetingInEditor(stack.browser.context, page, topic, { consent: 'auto' });
    // The native <dialog> is a dialog too: the editor is the [role=dialog] inside it.
    const editor = page.locator('[role="dialog"]').filter({ has: page.getByLabel('Subject', { exact: true }) });
    const toasts = await watchToasts();
    await page.evaluate(`(() => {
      for (const d of document.querySelectorAll('dialog')) {
        d.dispatchEvent(new Event('close'));
        d.dispatchEvent(new ToggleEvent('toggle', { oldState: 'open', newState: 'closed' }));
      }
    })()`);
    await page.waitForTimeout(1500);
    expect(await editor.isVisible()).toBe(true);
    expect(await toasts()).toBe(0);
    expect(await stateOf(id)).not.toBe('orphaned');
    await editor.getByRole('button', { name: 'Save', exact: true }).click();
    await editor.waitFor({ state: 'detached' });
    await expect.poll(() => stateOf(id)).toBe('saved');
    expect(savedEvent(topic)!.location).toContain(joinUrl);
  });

  it('a script removes the abandon toast host as soon as it appears: the orphan is still counted by the badge and listed by the popup', async () => {
    const topic = uniq('Toast removed');
    await page.goto(stack.ontime.url);
    const before = await badge();
    const { editor, id } = await createMeetingInEditor(stack.browser.context, page, topic, { consent: 'auto' });
    await page.evaluate(`(() => {
      window.__killed = 0;
      new MutationObserver(() => document.querySelectorAll('ontime-zoom-toast').forEach((n) => { n.remove(); window.__killed++; }))
        .observe(document.documentElement, { childList: true, subtree: true });
    })()`);
    await editor.getByRole('button', { name: 'Cancel', exact: true }).click();
    await expect.poll(() => stateOf(id), { timeout: 5_000 }).toBe('orphaned');
    await page.waitForTimeout(1500);
    expect(await page.evaluate('window.__killed')).toBeLessThan(50);
    expect(liveIds()).toContain(id);
    await expect.poll(badge).toBeGreaterThanOrEqual(before + 1);
    expect(await popupLists(topic)).toBe(true);
  });

  // Was a FINDING (low, hostile page): a page that defines custom elements named like our hosts
  // (ontime-zoom-control, …) with a pre-attached shadow root before we run: the Zoom button never
  // appeared. Fixed: our hosts then take a name of ours with a random tail.
  it('the page defines custom elements named like our hosts before we run (shadow roots pre-attached): the button still works or nothing is made', async () => {
    const topic = uniq('Squatted tags');
    await page.addInitScript(`(() => {
      for (const tag of ['ontime-zoom-control', 'ontime-zoom-toast', 'ontime-zoom-dialog', 'ontime-zoom-layer']) {
        try {
          customElements.define(tag, class extends HTMLElement {
            constructor() { super(); try { this.attachShadow({ mode: 'open' }).innerHTML = '<b>squatted</b>'; } catch {} }
            connectedCallback() { window.__squat = (window.__squat || 0) + 1; }
          });
        } catch {}
      }
    })()`);
    await page.goto(stack.ontime.url);
    const editor = await openNewMeeting(page, topic);
    const visible = await zoomButton(page).waitFor({ timeout: 10_000 }).then(() => true, () => false);
    expect(visible, 'the Zoom button did not appear on a page that pre-defined our tag names').toBe(true);
    const dialog = await clickZoomAndConsent(stack.browser.context, page, { consent: 'auto' });
    await dialog.getByRole('button', { name: 'OK' }).click();
    const joinUrl = await waitForJoinUrl(editor);
    await editor.getByRole('button', { name: 'Cancel', exact: true }).click();
    await expect.poll(() => stateOf(idOf(joinUrl))).toBe('orphaned');
  });

  it('a script removes our control host once after the meeting is made; the user saves: the meeting is saved with the event, once', async () => {
    const topic = uniq('Control removed once');
    const { joinUrl, id } = await freshCreate(topic);
    const toasts = await watchToasts();
    await page.evaluate(`document.querySelectorAll('ontime-zoom-control').forEach((n) => n.remove())`);
    await page.waitForTimeout(1000);
    await expectSavedCleanly(topic, id, joinUrl, toasts);
  });

  it('the page squats only the toast tag name: an abandoned meeting is still counted by the badge and listed by the popup', async () => {
    const topic = uniq('Squatted toast');
    await page.addInitScript(`(() => {
      try { customElements.define('ontime-zoom-toast', class extends HTMLElement { constructor() { super(); try { this.attachShadow({ mode: 'open' }); } catch {} } }); } catch {}
    })()`);
    await page.goto(stack.ontime.url);
    const before = await badge();
    const { editor, id } = await createMeetingInEditor(stack.browser.context, page, topic, { consent: 'auto' });
    await editor.getByRole('button', { name: 'Cancel', exact: true }).click();
    await expect.poll(() => stateOf(id), { timeout: 5_000 }).toBe('orphaned');
    await expect.poll(badge).toBeGreaterThanOrEqual(before + 1);
    expect(await popupLists(topic)).toBe(true);
  });

  it('document-start page script replaces showModal, attachShadow, ResizeObserver and MutationObserver: create, Save, then Cancel-orphan still work', async () => {
    await page.addInitScript(`(() => {
      window.__calls = { showModal: 0, attachShadow: 0, RO: 0, MO: 0 };
      const sm = HTMLDialogElement.prototype.showModal;
      HTMLDialogElement.prototype.showModal = function () { window.__calls.showModal++; this.setAttribute('data-spied', ''); return sm.call(this); };
      const as = Element.prototype.attachShadow;
      Element.prototype.attachShadow = function (init) { window.__calls.attachShadow++; return as.call(this, { ...init, mode: 'open' }); };
      window.ResizeObserver = class { constructor() { window.__calls.RO++; } observe() {} unobserve() {} disconnect() {} };
      const MO = window.MutationObserver;
      window.MutationObserver = class extends MO { constructor(cb) { window.__calls.MO++; super(() => {}); } };
    })()`);
    await page.goto(stack.ontime.url);
    const saved = uniq('Patched globals saved');
    const a = await createMeetingInEditor(stack.browser.context, page, saved, { consent: 'auto' });
    await a.editor.getByRole('button', { name: 'Save', exact: true }).click();
    await a.editor.waitFor({ state: 'detached' });
    await expect.poll(() => stateOf(a.id)).toBe('saved');
    const dropped = uniq('Patched globals dropped');
    const b = await createMeetingInEditor(stack.browser.context, page, dropped, { consent: 'auto' });
    await b.editor.getByRole('button', { name: 'Cancel', exact: true }).click();
    await expect.poll(() => stateOf(b.id), { timeout: 5_000 }).toBe('orphaned');
    await abandonToast().waitFor({ timeout: 5_000 });
    // The page must not have learnt anything through its patched prototypes.
    const spied = await page.evaluate(`JSON.stringify(window.__calls)`);
    console.log(`page-visible calls through patched globals: ${spied}`);
  });

  it("a script forges our link's neighbour: Location set to a foreign Zoom link on a SAVED event of ours, the user deletes the event: the foreign meeting is untouched", async () => {
    const other = (createAtZoom(stack.sim.state, { topic: 'Foreign weekly', type: 2, start_time: '2026-12-29T10:00:00Z', duration: 30 }) as { meeting?: { id: number; join_url: string } }).meeting!;
    const { id, eventId } = await freshSavedOpen(uniq('Forged then deleted'), 'confirm=none');
    await page.evaluate((url) => {
      const input = [...document.querySelectorAll('[role="dialog"] input[type="text"]')].find((i) => /\/j\//.test((i as HTMLInputElement).value)) as HTMLInputElement;
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, url);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }, other.join_url);
    await page.waitForTimeout(500);
    await freshEditor().getByRole('button', { name: 'Delete', exact: true }).click();
    await expect.poll(() => stack.ontime.events().some((e) => e.id === eventId)).toBe(false);
    await settled(page);
    expect(callsOn(other.id)).toEqual([]);
    expect(liveIds()).toContain(other.id);
    // Ours went with the event, or is reported; never silently left.
    if (liveIds().includes(id)) expect(await stateOf(id)).toBe('orphaned');
  });
});

describe('fresh 7: keyboard only', () => {
  it('Tab to the Zoom button, Enter, Enter on OK, Enter in Subject to Save: one meeting saved with the event', async () => {
    const topic = uniq('Keyboard only');
    await page.goto(stack.ontime.url);
    const editor = await openNewMeeting(page, topic);
    // Make sure we are connected (consent is a separate window, not part of this keyboard test).
    const d = await clickZoomAndConsent(stack.browser.context, page, { consent: 'auto' });
    await d.getByRole('button', { name: 'Cancel', exact: true }).click();
    await d.waitFor({ state: 'hidden' });
    stack.sim.state.clearRequests();
    await editor.getByLabel('Location', { exact: true }).focus();
    let found = false;
    for (let i = 0; i < 15 && !found; i++) {
      await page.keyboard.press('Tab');
      found = await zoomButton(page).evaluate((b) => {
        let a: Element | null = document.activeElement;
        while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
        return a === b;
      }).catch(() => false);
    }
    expect(found, 'our button is not reachable with Tab from Location').toBe(true);
    await page.keyboard.press('Enter');
    await settingsDialog().getByRole('button', { name: 'OK' }).waitFor();
    const okFocused = await settingsDialog().getByRole('button', { name: 'OK' }).evaluate((b) => {
      let a: Element | null = document.activeElement;
      while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
      return a === b || (a as HTMLElement | null)?.closest?.('form') != null;
    });
    if (okFocused) await page.keyboard.press('Enter');
    else await settingsDialog().getByRole('button', { name: 'OK' }).press('Enter');
    const joinUrl = await waitForJoinUrl(editor);
    await editor.getByLabel('Subject', { exact: true }).press('Enter');
    await editor.waitFor({ state: 'detached' });
    await expect.poll(() => stateOf(idOf(joinUrl))).toBe('saved');
    expect(creates()).toHaveLength(1);
  });

  it('Escape in the settings dialog, then Escape again closes the editor: nothing was created, no toast', async () => {
    const topic = uniq('Escape twice');
    await page.goto(stack.ontime.url);
    const editor = await openNewMeeting(page, topic);
    await clickZoomAndConsent(stack.browser.context, page, { consent: 'auto' });
    stack.sim.state.clearRequests();
    await page.keyboard.press('Escape');
    await settingsDialog().waitFor({ state: 'hidden' });
    expect(await editor.isVisible()).toBe(true);
    await editor.getByLabel('Subject', { exact: true }).press('Escape');
    await editor.waitFor({ state: 'detached' });
    await page.waitForTimeout(1000);
    expect(creates()).toEqual([]);
    expect(await page.locator('ontime-zoom-toast').count()).toBe(0);
  });

  it('the abandon toast is reachable by keyboard: after Escape closes the editor, Tab (through the calendar) reaches "Delete meeting" and Enter deletes', async () => {
    const topic = uniq('Toast by keyboard');
    await page.goto(stack.ontime.url);
    const { editor, id } = await createMeetingInEditor(stack.browser.context, page, topic, { consent: 'auto' });
    await editor.getByLabel('Subject', { exact: true }).press('Escape');
    await abandonToast().waitFor({ timeout: 5_000 });
    let found = false;
    for (let i = 0; i < 200 && !found; i++) {
      await page.keyboard.press('Tab');
      found = await abandonToast().getByRole('button', { name: 'Delete meeting', exact: true }).evaluate((b) => {
        let a: Element | null = document.activeElement;
        while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
        return a === b;
      }).catch(() => false);
    }
    expect(found, '"Delete meeting" not reachable with Tab').toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(liveIds).not.toContain(id);
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { clickZoomAndConsent, NAMES, openNewMeeting, waitForJoinUrl, type Lang } from '../harness/flows';
import type { Stack } from '../harness/stack';
import { useStack } from '../harness/use-stack';
import { axeViolations, describeViolations } from '../harness/axe';

let stack: Stack;
let page: Page;

useStack((s) => (stack = s));
beforeEach(async () => {
  stack.sim.state.clearRequests();
  page = await stack.browser.context.newPage();
});

const SHOTS = '/tmp/shots/recur';
const FIRST = '2027-01-05'; // a Tuesday; the browser runs in UTC
const zoomCalls = (method: string) => stack.sim.state.requests.filter((r) => r.method === method && r.path.startsWith('/v2/meetings'));
const editorOf = (lang: Lang = 'en') => page.getByRole('dialog').filter({ has: page.getByLabel(NAMES[lang].subject, { exact: true }) });

/** A new event on FIRST at 10:00, repeating as `freq` (the demo's default end: after 10 times), and Zoom's dialog open for it. */
async function repeatingDraft(subject: string, freq: string, lang: Lang = 'en'): Promise<{ editor: Locator; dialog: Locator }> {
  await page.goto(lang === 'ja' ? stack.ontime.urlJa : stack.ontime.url);
  const editor = await openNewMeeting(page, subject, lang);
  await editor.getByLabel(lang === 'ja' ? '開始' : 'Start', { exact: true }).fill(FIRST);
  await editor.getByLabel(lang === 'ja' ? '開始時刻' : 'Start time', { exact: true }).fill('10:00');
  await editor.getByRole('combobox', { name: lang === 'ja' ? '繰り返し' : 'Repeat' }).selectOption(freq);
  const dialog = await clickZoomAndConsent(stack.browser.context, page, { consent: 'auto', lang });
  return { editor, dialog };
}

async function createSeries(subject: string): Promise<{ id: number; joinUrl: string }> {
  const { editor, dialog } = await repeatingDraft(subject, 'weekly');
  await dialog.getByRole('button', { name: 'OK' }).click();
  const joinUrl = await waitForJoinUrl(editor);
  await editor.getByRole('button', { name: 'Save', exact: true }).click();
  await editor.waitFor({ state: 'detached' });
  return { id: Number(/\/j\/(\d+)/.exec(joinUrl)![1]), joinUrl };
}

/** Opens one occurrence of the saved series from the week view (the demo's occurrence names it by its first start). */
async function openOccurrence(joinUrl: string, start: string, weekShot?: string): Promise<Locator> {
  const series = stack.ontime.events().find((e) => e.location === joinUrl)!;
  await page.evaluate(`window.__ontimeDemo.goTo(${JSON.stringify(start.slice(0, 10))})`);
  if (weekShot) await page.screenshot({ path: `${SHOTS}/${weekShot}` });
  await page.evaluate(`window.__ontimeDemo.openEvent(${JSON.stringify(series.id)}, ${JSON.stringify(start)})`);
  await page.locator('ontime-zoom-control').getByText(/Zoom meeting \d{3} \d{3,4} \d{4}/).waitFor();
  return editorOf();
}

describe('repeating OnTime events get recurring Zoom meetings (real Chromium, simulator)', () => {
  it('weekly ×10 creates type 8 on Tuesdays, 10 times; the dialog and the invitation say so', async () => {
    const { editor, dialog } = await repeatingDraft('Weekly sync', 'weekly');
    await dialog.getByText('Repeats weekly on Tuesday, 10 times').waitFor();
    expect(await dialog.getByRole('note').count()).toBe(0);
    await dialog.screenshot({ path: `${SHOTS}/dialog-weekly-en.png` });
    await dialog.getByRole('button', { name: 'OK' }).click();
    const joinUrl = await waitForJoinUrl(editor);
    const meeting = stack.sim.state.listMeetings().live.find((m) => m.join_url === joinUrl)!;
    expect(meeting.type).toBe(8);
    expect(meeting.recurrence).toEqual({ type: 2, repeat_interval: 1, weekly_days: '3', end_times: 10 });
    const occurrences = meeting.occurrences as { start_time: string }[];
    expect(occurrences).toHaveLength(10);
    expect(occurrences.every((o) => new Date(o.start_time).getUTCDay() === 2 && o.start_time.endsWith('T10:00:00Z'))).toBe(true);
    expect(await editor.getByLabel(/^(Description|Body)/).inputValue()).toContain('Time: Tuesday, January 5, 2027 at 10:00 AM (UTC)\nRepeats weekly on Tue, 10 times\n  Tuesday, January 5, 2027 at 10:00 AM');
  });

  it('a yearly event creates a type 3 meeting, and the dialog said so before OK', async () => {
    const { editor, dialog } = await repeatingDraft('Annual review', 'yearly');
    await dialog.getByText('Repeats yearly on January 5, 10 times').waitFor();
    await dialog.getByRole('note').filter({ hasText: 'Zoom cannot repeat a meeting yearly.' }).waitFor();
    await dialog.screenshot({ path: `${SHOTS}/dialog-yearly-en.png` });
    const violations = await axeViolations(page, ['ontime-zoom-dialog']);
    expect(violations, describeViolations(violations)).toEqual([]);
    await dialog.getByRole('button', { name: 'OK' }).click();
    const joinUrl = await waitForJoinUrl(editor);
    const meeting = stack.sim.state.listMeetings().live.find((m) => m.join_url === joinUrl)!;
    expect(meeting.type).toBe(3);
    expect(meeting.recurrence).toBeUndefined();
  });

  it('changing the series time updates the series at Zoom', async () => {
    const { id, joinUrl } = await createSeries('Series to move');
    const editor = await openOccurrence(joinUrl, `${FIRST}T10:00`);
    await editor.getByRole('radio', { name: 'All events in the series' }).check();
    await editor.getByLabel('Start time', { exact: true }).fill('15:30');
    await editor.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => zoomCalls('PATCH').length).toBe(1);
    expect(zoomCalls('PATCH')[0]).toMatchObject({ path: `/v2/meetings/${id}`, query: {} });
    const meeting = stack.sim.state.meetings.get(id)!;
    expect(meeting.type).toBe(8);
    const occurrences = meeting.occurrences as { start_time: string }[];
    expect(occurrences).toHaveLength(10);
    expect(occurrences.every((o) => o.start_time.endsWith('T15:30:00Z'))).toBe(true);
  });

  it('deleting one occurrence deletes only that occurrence at Zoom', async () => {
    const { id, joinUrl } = await createSeries('Skip one week');
    const second = '2027-01-12T10:00';
    const editor = await openOccurrence(joinUrl, second, 'week-occurrence-en.png');
    expect(await editor.getByRole('radio', { name: 'This occurrence' }).isChecked()).toBe(true);
    await editor.getByRole('button', { name: 'Delete', exact: true }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'OK', exact: true }).click();
    await expect.poll(() => zoomCalls('DELETE').length).toBe(1);
    expect(zoomCalls('DELETE')[0]).toMatchObject({ path: `/v2/meetings/${id}`, query: { occurrence_id: String(Date.parse(`${second}Z`)) } });
    const meeting = stack.sim.state.meetings.get(id)!;
    const left = (meeting.occurrences as { start_time: string; status: string }[]).filter((o) => o.status !== 'deleted');
    expect(left).toHaveLength(9);
    expect(left.some((o) => o.start_time.startsWith('2027-01-12'))).toBe(false);
    expect(stack.ontime.events().find((e) => e.location === joinUrl)).toBeTruthy();
  });

  it('moving one occurrence moves only that occurrence at Zoom', async () => {
    const { id, joinUrl } = await createSeries('Move one week');
    const third = '2027-01-19T10:00';
    const editor = await openOccurrence(joinUrl, third);
    await editor.screenshot({ path: `${SHOTS}/editor-occurrence-en.png` });
    await editor.getByLabel('Start time', { exact: true }).fill('13:00');
    await editor.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => zoomCalls('PATCH').length).toBe(1);
    expect(zoomCalls('PATCH')[0]).toMatchObject({ path: `/v2/meetings/${id}`, query: { occurrence_id: String(Date.parse(`${third}Z`)) }, body: { start_time: '2027-01-19T13:00:00' } });
    const starts = (stack.sim.state.meetings.get(id)!.occurrences as { start_time: string }[]).map((o) => o.start_time);
    expect(starts.filter((s) => s.endsWith('T13:00:00Z'))).toEqual(['2027-01-19T13:00:00Z']);
    expect(starts.filter((s) => s.endsWith('T10:00:00Z'))).toHaveLength(9);
  });

  it('turning repeat off makes the same meeting a single one (type 2)', async () => {
    const { id, joinUrl } = await createSeries('No longer weekly');
    const editor = await openOccurrence(joinUrl, `${FIRST}T10:00`);
    await editor.getByRole('radio', { name: 'All events in the series' }).check();
    await editor.getByRole('combobox', { name: 'Repeat' }).selectOption('none');
    await editor.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => stack.sim.state.meetings.get(id)?.type).toBe(2);
    expect(stack.sim.state.meetings.get(id)!.occurrences).toBeUndefined();
    expect(zoomCalls('PATCH')[0]!.body).toMatchObject({ type: 2 });
  });

  it('deleting the whole series deletes the meeting', async () => {
    const { id, joinUrl } = await createSeries('Series to delete');
    const editor = await openOccurrence(joinUrl, `${FIRST}T10:00`);
    await editor.getByRole('radio', { name: 'All events in the series' }).check();
    await editor.getByRole('button', { name: 'Delete', exact: true }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'OK', exact: true }).click();
    await expect.poll(() => stack.sim.state.listMeetings().live.some((m) => m.id === id)).toBe(false);
    expect(zoomCalls('DELETE')[0]).toMatchObject({ path: `/v2/meetings/${id}`, query: {} });
  });

  it('the Zoom button on one occurrence asks for the whole series first, and makes nothing', async () => {
    await page.goto(stack.ontime.url);
    const editor = await openNewMeeting(page, 'Series without Zoom');
    await editor.getByLabel('Start', { exact: true }).fill(FIRST);
    await editor.getByRole('combobox', { name: 'Repeat' }).selectOption('weekly');
    await editor.getByRole('button', { name: 'Save', exact: true }).click();
    await editor.waitFor({ state: 'detached' });
    const series = stack.ontime.events().find((e) => e.subject === 'Series without Zoom')!;
    await page.evaluate(`window.__ontimeDemo.goTo('2027-01-12')`);
    await page.evaluate(`window.__ontimeDemo.openEvent(${JSON.stringify(series.id)}, ${JSON.stringify(`2027-01-12${series.start.slice(10)}`)})`);
    await page.getByRole('button', { name: NAMES.en.zoom, exact: true }).click();
    await page.getByRole('alert').filter({ hasText: 'To add a Zoom meeting, choose the whole series in the editor first.' }).waitFor();
    expect(zoomCalls('POST')).toHaveLength(0);
    await editorOf().getByRole('radio', { name: 'All events in the series' }).check();
    const dialog = await clickZoomAndConsent(stack.browser.context, page, { consent: 'auto' });
    await dialog.getByText('Repeats weekly on Tuesday, 10 times').waitFor();
  });

  it('Japanese: the dialog says the rule in Japanese', async () => {
    const { dialog } = await repeatingDraft('週次定例', 'weekly', 'ja');
    await dialog.getByText('毎週 火曜日、10 回').waitFor();
    await dialog.screenshot({ path: `${SHOTS}/dialog-weekly-ja.png` });
    await dialog.getByRole('button', { name: 'キャンセル' }).click();
    await editorOf('ja').screenshot({ path: `${SHOTS}/editor-repeat-ja.png` });
    const yearly = await repeatingDraft('年次レビュー', 'yearly', 'ja');
    await yearly.dialog.getByRole('note').filter({ hasText: 'Zoom では毎年の繰り返しを設定できません。' }).waitFor();
    await yearly.dialog.screenshot({ path: `${SHOTS}/dialog-yearly-ja.png` });
  });
});

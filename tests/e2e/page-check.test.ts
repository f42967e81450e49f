import { mkdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { clickZoomAndConsent, openNewMeeting, zoomButton } from '../harness/flows';
import type { Stack } from '../harness/stack';
import { useStack } from '../harness/use-stack';
import { axeViolations, describeViolations } from '../harness/axe';

// The page check on the demo's ?variant=renamed, whose Location row is labelled "Venue".
let stack: Stack;
useStack((s) => (stack = s));

const SHOTS = '/tmp/shots/pagecheck';
const TYPED = { subject: 'Merger talks with Aoba Bank', location: 'Kirin room, 7th floor', body: 'Bring the signed NDA for Tanaka-san', participant: 'Hanako Yamada' };
// What an admin would write for the renamed field: its placeholder, the one stable thing it has.
const OVERRIDE = 'input[placeholder="Add a venue"]';

/** What the Copy button would put on the clipboard, kept in the page instead. */
const captureClipboard = (page: Page) =>
  page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (text: string) => void ((window as unknown as { copied: string }).copied = text) } });
  });

async function extensionPage(path: string): Promise<Page> {
  const page = await stack.browser.context.newPage();
  await page.setViewportSize({ width: path === 'popup.html' ? 420 : 900, height: 900 });
  await captureClipboard(page);
  await page.goto(`chrome-extension://${stack.browser.extensionId}/${path}`);
  return page;
}

async function openRenamedEditor(): Promise<Page> {
  const page = await stack.browser.context.newPage();
  await page.goto(`${stack.ontime.url}?variant=renamed`);
  await openNewMeeting(page, TYPED.subject);
  await zoomButton(page).waitFor(); // the content script is in
  return page;
}

beforeAll(() => mkdirSync(SHOTS, { recursive: true }));

describe('page check on an editor whose Location label was renamed (real Chromium)', () => {
  let ontime: Page;

  it('the popup reports "Location: not found" with the rules tried; the copied report holds nothing typed', async () => {
    ontime = await openRenamedEditor();
    await ontime.getByLabel('Venue', { exact: true }).fill(TYPED.location);
    await ontime.getByLabel(/^(Description|Body)/).fill(TYPED.body);
    await ontime.getByRole('combobox', { name: 'Participants' }).fill(TYPED.participant);

    const popup = await extensionPage('popup.html');
    const location = popup.locator('li[data-field="location"]');
    await location.waitFor({ timeout: 15_000 });
    expect(await location.innerText()).toMatch(/Location: not found/);
    expect(await location.innerText()).toMatch(/Tried: label texts “location”, “place”, “where”, “場所”, “会議室” on \d+ fields/);
    expect(await popup.locator('li[data-field="subject"]').innerText()).toMatch(/Subject: found by label text/);
    await popup.getByText('the input labelled “venue”').first().waitFor();
    await popup.screenshot({ path: `${SHOTS}/popup-en.png`, fullPage: true });
    const violations = await axeViolations(popup, ['.page-check-section']);
    expect(violations, describeViolations(violations)).toEqual([]);

    await popup.getByRole('button', { name: 'Copy report' }).click();
    await popup.getByText('Copied: structure only, no values').waitFor();
    const copied = (await popup.evaluate('window.copied')) as string;
    expect(copied).toContain('- Location: not found');
    expect(copied).toContain('Editor structure:');
    for (const value of Object.values(TYPED)) {
      expect(copied).not.toContain(value);
      for (const word of value.split(/[\s,]+/).filter((w) => w.length > 4)) expect(copied.toLowerCase()).not.toContain(word.toLowerCase());
    }
    await popup.close();
  });

  it('the options page tries an override on the OnTime tab before saving, then saves it', async () => {
    const options = await extensionPage('options.html');
    await options.getByText('Advanced: OnTime editor selectors').click();
    const field = options.getByRole('textbox', { name: 'Location' });
    const preview = options.locator('output[data-override="location"]');

    await field.fill('input[');
    await expect.poll(() => preview.innerText(), { timeout: 10_000 }).toBe('not a valid CSS selector');
    await field.fill('input.no-such-class');
    await expect.poll(() => preview.innerText(), { timeout: 10_000 }).toBe('matches 0 elements');
    await field.fill('input[type="text"]');
    await expect.poll(() => preview.innerText(), { timeout: 10_000 }).toMatch(/^matches \d+ elements \(the first is used\): the input labelled “subject”/);
    await field.fill(OVERRIDE);
    await expect.poll(() => preview.innerText(), { timeout: 10_000 }).toMatch(/^matches 1 element: the input labelled “venue” — input\[type=text\]/);

    await options.getByRole('button', { name: 'Check the OnTime page' }).click();
    await options.locator('li[data-field="location"]').filter({ hasText: 'Location: not found' }).waitFor({ timeout: 15_000 });
    await options.locator('details.row').filter({ hasText: 'Advanced: OnTime editor selectors' }).screenshot({ path: `${SHOTS}/options-override-en.png` });
    await options.getByRole('region', { name: 'Test connection' }).screenshot({ path: `${SHOTS}/options-check-en.png` });
    const violations = await axeViolations(options, ['.page-check-section', 'output[data-override]']);
    expect(violations, describeViolations(violations)).toEqual([]);

    await options.getByRole('button', { name: 'Save', exact: true }).click();
    await options.getByRole('status').filter({ hasText: 'Settings saved.' }).waitFor();
    await options.close();
  });

  it('after saving, the check finds Location by the override and a create puts the link in it', async () => {
    await ontime.close();
    ontime = await openRenamedEditor();
    const popup = await extensionPage('popup.html');
    // Nothing missing: the check is folded to one line, and opens to show how Location was found.
    const summary = popup.locator('summary').filter({ hasText: 'OnTime page check' });
    await summary.filter({ hasText: 'everything found' }).waitFor({ timeout: 15_000 });
    await popup.screenshot({ path: `${SHOTS}/popup-en-folded.png`, fullPage: true });
    await summary.click();
    await popup.locator('li[data-field="location"]').filter({ hasText: 'Location: found by admin override' }).waitFor();
    await popup.close();

    const dialog = await clickZoomAndConsent(stack.browser.context, ontime);
    await dialog.getByRole('button', { name: 'OK' }).click();
    const venue = ontime.getByLabel('Venue', { exact: true });
    await expect.poll(() => venue.inputValue(), { timeout: 15_000 }).toMatch(/^https?:\/\/\S+\/j\/\d+/);
    const { live } = stack.sim.state.listMeetings();
    expect(live).toHaveLength(1);
    expect(await venue.inputValue()).toBe(live[0]!.join_url);
  });
});

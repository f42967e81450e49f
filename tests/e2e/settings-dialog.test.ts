import { beforeEach, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { clickZoomAndConsent, openNewMeeting, waitForJoinUrl, zoomButton } from '../harness/flows';
import type { Stack } from '../harness/stack';
import { useStack } from '../harness/use-stack';
import { clearGrant } from '../harness/zoom-grant';

let stack: Stack;
let page: Page;

useStack((s) => (stack = s));
beforeEach(async () => {
  page = await stack.browser.context.newPage();
  await page.goto(stack.ontime.url);
});

async function openDialog(subject: string): Promise<{ editor: Locator; dialog: Locator }> {
  const editor = await openNewMeeting(page, subject);
  const dialog = await clickZoomAndConsent(stack.browser.context, page, { consent: 'auto' });
  return { editor, dialog };
}

describe('the Zoom settings dialog (real Chromium, simulator)', () => {
  it('creates the meeting with exactly the settings chosen, and writes link and invitation', async () => {
    const { editor, dialog } = await openDialog('Custom settings');
    await dialog.getByLabel('Topic').fill('Board review');
    await dialog.getByLabel('Passcode').fill('Zx9@_*-1');
    await dialog.getByLabel('Waiting room').uncheck();
    await dialog.getByLabel('Host video on').check();
    await dialog.getByLabel('Mute participants on entry').check();
    await dialog.getByLabel('Allow participants to join before the host').check();
    // Chosen with the keyboard, as a user does: selectOption() fires untrusted events, which the dialog ignores.
    await dialog.getByLabel('Record automatically').focus();
    await page.keyboard.press('End');
    await dialog.getByLabel('Alternative hosts').fill('hanako.suzuki@example.com; kenji.sato@example.com');
    await dialog.getByRole('button', { name: 'OK' }).click();
    const joinUrl = await waitForJoinUrl(editor);

    const meeting = stack.sim.state.listMeetings().live.find((m) => m.join_url === joinUrl)!;
    expect(meeting.topic).toBe('Board review');
    expect(meeting.password).toBe('Zx9@_*-1');
    expect(meeting.settings).toMatchObject({
      waiting_room: false,
      host_video: true,
      participant_video: false,
      mute_upon_entry: true,
      join_before_host: true,
      auto_recording: 'cloud',
      alternative_hosts: 'hanako.suzuki@example.com;kenji.sato@example.com',
    });
    const body = await editor.getByLabel(/^(Description|Body)/).inputValue();
    expect(body).toContain('Topic: Board review');
    expect(body).toContain('Passcode: Zx9@_*-1');
    expect(body).toContain(joinUrl);
    expect(body).toContain('Dial by your location');
  });

  it('suggests alternative hosts from Zoom contacts', async () => {
    const { dialog } = await openDialog('Contacts');
    await dialog.getByLabel('Alternative hosts').pressSequentially('yama');
    const options = dialog.locator('datalist option');
    await expect.poll(() => options.count()).toBeGreaterThan(0);
    expect((await options.first().getAttribute('value')) ?? '').toMatch(/@example\.com$/);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
  });

  it('is keyboard-usable: Esc cancels, Enter confirms, Tab stays inside, bad passcode blocks OK', async () => {
    const { editor, dialog } = await openDialog('Keyboard');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await editor.isVisible()).toBe(true); // OnTime's own editor stays open
    await zoomButton(page).click();
    await dialog.waitFor();
    for (let i = 0; i < 25; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.localName)).toBe('ontime-zoom-dialog');
    await dialog.getByLabel('Passcode').fill('bad passcode!');
    expect(await dialog.getByRole('button', { name: 'OK' }).isDisabled()).toBe(true);
    // The simulated account requires 6 characters, as its settings say.
    await dialog.getByLabel('Passcode').fill('ok123');
    await dialog.getByText('needs at least 6 characters').waitFor();
    expect(await dialog.getByRole('button', { name: 'OK' }).isDisabled()).toBe(true);
    await dialog.getByLabel('Passcode').fill('ok12345');
    await dialog.getByLabel('Topic').press('Enter');
    await waitForJoinUrl(editor);
  });

  it('without the contacts scope, alternative hosts are free text', async () => {
    const clients = stack.sim.state.config.clients;
    stack.sim.state.configure({ clients: clients.map((c) => ({ ...c, scopes: c.scopes.filter((s) => s !== 'team_chat:read:list_contacts') })) });
    stack.sim.state.revokeGrants();
    stack.sim.state.clearRequests();
    await clearGrant(stack.browser.worker);
    try {
      const { dialog } = await openDialog('No contacts scope');
      await dialog.getByText('Email addresses separated by ;').waitFor();
      await dialog.getByLabel('Alternative hosts').pressSequentially('yama');
      await page.waitForTimeout(400);
      expect(await dialog.locator('datalist').count()).toBe(0);
      expect(stack.sim.state.requests.filter((r) => r.path.includes('/contacts'))).toHaveLength(0);
      await dialog.getByRole('button', { name: 'Cancel' }).click();
    } finally {
      stack.sim.state.configure({ clients });
      stack.sim.state.revokeGrants();
      await clearGrant(stack.browser.worker);
    }
  });
});

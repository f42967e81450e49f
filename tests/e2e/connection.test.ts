import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { clickZoomAndConsent, openNewMeeting, zoomButton } from '../harness/flows';
import type { Stack } from '../harness/stack';
import { useStack } from '../harness/use-stack';
import { clearGrant, expireGrant } from '../harness/zoom-grant';

let stack: Stack;
let page: Page;

useStack((s) => (stack = s));
beforeEach(async () => {
  stack.sim.state.reset();
  await clearGrant(stack.browser.worker);
  page = await stack.browser.context.newPage();
  await page.goto(stack.ontime.url);
});

async function connect() {
  await openNewMeeting(page, 'Connect');
  const dialog = await clickZoomAndConsent(stack.browser.context, page);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
}

async function openPopup(): Promise<Page> {
  const popup = await stack.browser.context.newPage();
  await popup.goto(`chrome-extension://${stack.browser.extensionId}/popup.html`);
  return popup;
}

describe('the Zoom connection (real Chromium, simulator)', () => {
  it('Disconnect in the popup revokes at Zoom and the next click asks for consent again', async () => {
    await connect();
    const popup = await openPopup();
    await popup.getByText('Connected to Zoom').waitFor();
    await popup.getByRole('button', { name: 'Disconnect Zoom' }).click();
    await popup.getByRole('status').filter({ hasText: 'Disconnected.' }).waitFor();
    expect(stack.sim.state.requests.filter((r) => r.path === '/oauth/revoke')).toHaveLength(1);
    expect(stack.sim.state.listGrants().filter((g) => !g.revoked)).toHaveLength(0);
    await popup.close();
    await page.getByRole('dialog').getByRole('button', { name: 'Cancel', exact: true }).click();
    await openNewMeeting(page, 'Again');
    await clickZoomAndConsent(stack.browser.context, page); // fails unless a consent popup appears
  });

  it('when Zoom refuses the revoke, the popup says where to remove the app', async () => {
    await connect();
    stack.sim.state.configure({ revokeRequiresBasicAuth: true });
    const popup = await openPopup();
    await popup.getByRole('button', { name: 'Disconnect Zoom' }).click();
    await popup.getByRole('status').filter({ hasText: 'Added Apps' }).waitFor();
    await popup.getByText(/Not connected/).waitFor();
    stack.sim.state.configure({ revokeRequiresBasicAuth: false });
  });

  it('a grant revoked at Zoom leads to Reconnect Zoom with the draft kept', async () => {
    await connect();
    stack.sim.state.revokeGrants();
    stack.sim.state.expireTokens();
    await expireGrant(stack.browser.worker);
    const editor = page.getByRole('dialog').filter({ has: page.getByLabel('Subject', { exact: true }) });
    await editor.getByLabel(/^(Description|Body)/).fill('Keep me');
    const popup = stack.browser.context.waitForEvent('page', { timeout: 15_000 });
    await zoomButton(page).click();
    // Refresh fails with invalid_grant: the grant is dropped and consent runs again.
    (await popup).close();
    await expect.poll(async () => (await zoomButton(page).getAttribute('aria-busy')) ?? '').toBe('false');
    expect(await editor.getByLabel(/^(Description|Body)/).inputValue()).toBe('Keep me');
    expect(await editor.getByLabel('Subject', { exact: true }).inputValue()).toBe('Connect');
    expect(stack.sim.state.tokenRequests.filter((r) => r.grantType === 'refresh_token' && r.status === 400)).toHaveLength(1);
  });

  it('a message from a tab that is not an OnTime address is refused', async () => {
    const other = await stack.browser.context.newPage();
    await other.goto(`${stack.sim.baseUrl}/j/12345678901`);
    // Run extension code in that tab, as a content script would, and ask for a meeting.
    const reply = await stack.browser.worker.evaluate(`(async () => {
      const [tab] = await chrome.tabs.query({ url: '${stack.sim.baseUrl}/j/*' });
      const [injection] = await chrome.scripting.executeScript({
        target: { tabId: tab.id },
        func: () => chrome.runtime.sendMessage({ verb: 'prepareMeeting', payload: { draft: { subject: 'x', start: '2026-12-01T10:00', end: '2026-12-01T11:00', timeZone: 'UTC' } } }),
      });
      return injection.result;
    })()`);
    expect(reply).toEqual({ ok: false, failure: { kind: 'forbiddenSender', params: {} } });
    expect(stack.sim.state.requests.filter((r) => /^\/(oauth|v2)\//.test(r.path))).toHaveLength(0);
    await other.close();
  });

  it('the options page lists missing scopes and what stops working', async () => {
    const clients = stack.sim.state.config.clients;
    stack.sim.state.configure({ clients: clients.map((c) => ({ ...c, scopes: c.scopes.filter((s) => s !== 'team_chat:read:list_contacts') })) });
    try {
      await connect();
      const options = await stack.browser.context.newPage();
      await options.goto(`chrome-extension://${stack.browser.extensionId}/options.html`);
      await options.getByRole('alert').filter({ hasText: 'team_chat:read:list_contacts' }).filter({ hasText: 'alternative hosts' }).waitFor();
      await options.close();
    } finally {
      stack.sim.state.configure({ clients });
    }
  });

  it('content scripts cannot read the Zoom connection record', async () => {
    await connect();
    const reply = await stack.browser.worker.evaluate(`(async () => {
      const [tab] = await chrome.tabs.query({ url: '${new URL(stack.ontime.url).origin}/*' });
      const [injection] = await chrome.scripting.executeScript({
        target: { tabId: tab.id },
        func: () => chrome.storage.local.get('zoomConnection').then((r) => JSON.stringify(r), (e) => 'refused: ' + e.message),
      });
      return injection.result;
    })()`);
    expect(reply).toMatch(/^refused: /);
    expect(reply).not.toContain('accessToken');
  });
});

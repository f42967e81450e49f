/**
 * Our dialog above OnTime’s editor when that is a native modal <dialog> (the demo’s
 * ?variant=modal), a light-dismissed popover (?variant=popover), and a transformed, clipped panel
 * with a focus trap (?variant=trap), in Firefox ESR: showModal() from a content script's shadow
 * root.
 * The Chromium file (tests/e2e/host-layers.test.ts) covers frames, keyboard and focus in depth.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { forgetZoomConnection } from '../harness/extension-storage';
import type { FirefoxSession } from '../harness/firefox';
import type { Stack } from '../harness/stack';
import { clickZoomAndConsent, NAMES, openNewMeeting, waitForJoinUrl } from '../harness/ui/flows';
import type { UiPage } from '../harness/ui/types';
import { useFirefoxStack } from '../harness/use-stack';

const en = NAMES.en;
let stack: Stack<FirefoxSession>;
let page: UiPage;

useFirefoxStack((s) => (stack = s));
beforeEach(async () => {
  stack.sim.state.reset();
  await forgetZoomConnection(stack.session);
});
afterEach(async () => {
  await page.close();
});

describe('our dialog above page layers (real Firefox ESR)', () => {
  it.each(['modal', 'popover', 'trap'])('full create on ?variant=%s: consent, OK, link written, Save', async (variant) => {
    page = await stack.session.newPage(`${stack.ontime.url}?variant=${variant}`);
    await openNewMeeting(page, `Layers in Firefox (${variant})`);
    const dialog = await clickZoomAndConsent(stack.session, page);
    // In the top layer either way: modal above the page's modal <dialog> (everything else is inert
    // under it); elsewhere a popover that says it is modal (showModal() would restyle the whole page).
    const shape = await page.evaluate<{ modal: boolean; popover: boolean; ariaModal: string | null }>(`(() => {
      const host = document.querySelector("ontime-zoom-dialog");
      const inner = host.shadowRoot.querySelector("dialog");
      return { modal: inner.matches(":modal"), popover: host.matches(":popover-open"), ariaModal: inner.getAttribute("aria-modal") };
    })()`);
    expect(shape).toEqual(variant === 'modal' ? { modal: true, popover: false, ariaModal: null } : { modal: false, popover: true, ariaModal: 'true' });
    await dialog.clickButton(en.ok);
    const joinUrl = await waitForJoinUrl(page);
    expect(stack.sim.state.listMeetings().live.map((m) => m.join_url)).toEqual([joinUrl]);
    await page.clickButton(en.save);
    await expect.poll(() => stack.ontime.events().filter((e) => e.location === joinUrl).length, { timeout: 10_000 }).toBe(1);
  });
});

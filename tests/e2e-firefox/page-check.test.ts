import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FirefoxSession } from '../harness/firefox';
import type { Stack } from '../harness/stack';
import { NAMES, openNewMeeting, openOptions } from '../harness/ui/flows';
import { useFirefoxStack } from '../harness/use-stack';

// The page check's messaging in Firefox: our pages → tabs.sendMessage → the content script.
let stack: Stack<FirefoxSession>;
useFirefoxStack((s) => (stack = s));

const SHOTS = '/tmp/shots/pagecheck';

describe('page check (real Firefox ESR)', () => {
  it('the popup reports Location not found on the renamed editor; the options page previews an override', async () => {
    mkdirSync(SHOTS, { recursive: true });
    const ontime = await stack.session.newPage(`${stack.ontime.url}?variant=renamed`);
    await openNewMeeting(ontime, 'Firefox page check');
    await ontime.waitForButton(NAMES.en.zoom);

    const popup = await stack.session.newPage(`${stack.session.extensionOrigin}/popup.html`);
    await expect.poll(() => popup.text(), { timeout: 15_000 }).toMatch(/Location: not found\s+Tried: label texts “location”, “place”/);
    await popup.screenshot(`${SHOTS}/popup-firefox-en.png`);
    await popup.close();

    // A saved override (one that matches nothing) opens the selector section of the options page.
    await stack.session.inExtension(
      "browser.storage.local.get('settings').then(({ settings }) => browser.storage.local.set({ settings: { ...settings, selectorOverrides: { location: '#nowhere' } } }))",
    );
    const options = await openOptions(stack.session);
    await options.fill('Location', 'input[placeholder="Add a venue"]');
    await expect.poll(() => options.text(), { timeout: 10_000 }).toMatch(/matches 1 element: the input labelled “venue”/);
    await options.close();
    await ontime.close();
  });
});

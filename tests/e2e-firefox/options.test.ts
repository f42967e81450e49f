import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FirefoxSession } from '../harness/firefox';
import type { Stack } from '../harness/stack';
import { openOptions } from '../harness/ui/flows';
import type { UiPage } from '../harness/ui/types';
import { useFirefoxStack } from '../harness/use-stack';
import { FIREFOX_REDIRECT_URI } from '../harness/zoom-simulator/index';

let stack: Stack<FirefoxSession>;
let options: UiPage;

useFirefoxStack((s) => (stack = s));
beforeEach(async () => {
  options = await openOptions(stack.session);
});
afterEach(async () => {
  await options.close();
});

const saveAndWait = async (text: string) => {
  await options.clickButton('Save');
  await options.waitForRole('status', text);
};
const stored = () => stack.session.inExtension<Record<string, unknown>>("browser.storage.local.get('settings').then((r) => r.settings)");

describe('options page (real Firefox ESR)', () => {
  it('round trip: change, Save, reload, the values persist', async () => {
    await options.check('Location only');
    await saveAndWait('Settings saved.');
    await options.reload();
    expect(await options.value('Client ID')).toBe('sim-public-client');
    expect(await options.isChecked('Location only')).toBe(true);
    expect(await options.value('OnTime web addresses')).toBe(stack.ontime.url);
    expect((await stored()).linkTarget).toBe('location');
    // put the default back for the other tests
    await options.check('Location and the invitation in the description');
    await saveAndWait('Settings saved.');
  });

  it('an invalid value gets a clear error and nothing is saved', async () => {
    const before = await stored();
    await options.fill('OnTime web addresses', 'ftp://ontime.example.com/');
    await options.clickButton('Save');
    await options.waitForRole('status', 'Nothing was saved');
    // The error sits under its field (read with it through aria-describedby), not in an alert.
    expect(await options.text()).toContain('Not a valid web address: ftp://ontime.example.com/');
    expect(await stored()).toEqual(before);
  });

  it('shows Firefox’s own redirect URL, the one the Zoom app must list', async () => {
    expect(await options.value('Redirect URL')).toBe(FIREFOX_REDIRECT_URI);
    expect(await stack.session.inExtension('browser.identity.getRedirectURL()')).toBe(FIREFOX_REDIRECT_URI);
  });
});

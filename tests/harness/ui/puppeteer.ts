import type { ElementHandle, Page } from 'puppeteer-core';
import { FIND_IN_PAGE, serializeName } from './find-in-page';
import type { Name, TextRole, UiPage } from './types';

type Role = 'button' | 'field' | 'check' | 'control' | TextRole;
const WAIT = 15_000;

/** A puppeteer-core page (Firefox over WebDriver BiDi) as a UiPage; `dialog` narrows every query. */
export function puppeteerUi(page: Page, dialog?: Name): UiPage {
  const query = (role: Role, name?: Name, count = false) => ({ role, name: serializeName(name), dialog: serializeName(dialog), count });

  // Polled by hand rather than with waitForFunction: an evaluation that meets a document being
  // replaced (a popup's first navigation) fails over BiDi, and is simply tried again.
  async function element(role: Role, name?: Name, timeout = WAIT): Promise<ElementHandle<Element>> {
    const find = `(${FIND_IN_PAGE})(${JSON.stringify(query(role, name))})`;
    for (const until = Date.now() + timeout; Date.now() < until; await pause()) {
      const handle = await page.evaluateHandle(find).catch(() => null);
      const found = handle?.asElement();
      if (found) return found as ElementHandle<Element>;
      await handle?.dispose().catch(() => undefined);
    }
    throw new Error(`No ${role} "${String(name)}"${dialog ? ` in dialog "${String(dialog)}"` : ''} within ${timeout} ms (at ${page.url()})`);
  }
  const count = (role: Role, name?: Name) => page.evaluate(`(${FIND_IN_PAGE})(${JSON.stringify(query(role, name, true))})`) as Promise<number>;

  return {
    async clickButton(name) {
      await (await element('button', name)).click();
    },
    async fill(label, value) {
      const field = await element('field', label);
      await field.click();
      // Select what is there so the first key press replaces it, as a person would.
      const had = await field.evaluate((el) => {
        (el as HTMLInputElement).select();
        return (el as HTMLInputElement).value.length > 0;
      });
      if (value) await page.keyboard.type(value);
      else if (had) await page.keyboard.press('Backspace');
    },
    async check(label) {
      await (await element('check', label)).click();
    },
    async value(label) {
      return (await element('field', label)).evaluate((el) => (el as HTMLInputElement).value);
    },
    async isChecked(label) {
      return (await element('check', label)).evaluate((el) => (el as HTMLInputElement).checked);
    },
    async isDisabled(label) {
      return (await element('control', label)).evaluate((el) => (el as HTMLInputElement).disabled);
    },
    text: () => page.evaluate(() => document.body.innerText),
    async buttonAttribute(name, attribute) {
      return (await element('button', name)).evaluate((el, a) => el.getAttribute(a), attribute);
    },
    async waitForButton(name, timeout) {
      await element('button', name, timeout);
    },
    async waitForRole(role, text, timeout) {
      await element(role, text, timeout);
    },
    countRole: (role, text) => count(role, text),
    dialog: (name) => puppeteerUi(page, name),
    async waitForDialogGone(name, timeout = WAIT) {
      await waitForDocument(page, `!(${FIND_IN_PAGE})(${JSON.stringify({ role: 'dialog', name: serializeName(name) })})`, timeout);
    },
    evaluate: <T>(expression: string) => page.evaluate(expression) as Promise<T>,
    async reload() {
      // page.reload() of a moz-extension:// page may never resolve over BiDi (as goto): mark the
      // document, reload, and wait for a complete one without the mark.
      await page.evaluate('window.__uiBeforeReload = true; location.reload()');
      await waitForDocument(page, '!window.__uiBeforeReload', WAIT);
    },
    async screenshot(path) {
      await page.screenshot({ path: path as `${string}.png`, fullPage: true });
    },
    async close() {
      await page.close();
    },
  };
}

const pause = () => new Promise((r) => setTimeout(r, 50));

/**
 * Polls until `condition` holds in a complete document. An evaluation that meets the document
 * being replaced fails over BiDi (waitForFunction gives up on it): that is retried, not fatal.
 */
export async function waitForDocument(page: Page, condition: string, timeout = 15_000): Promise<void> {
  const check = `(${condition}) && document.readyState === 'complete'`;
  for (const until = Date.now() + timeout; Date.now() < until; await pause()) {
    if (await page.evaluate(check).catch(() => false)) return;
  }
  throw new Error(`Timed out after ${timeout} ms waiting for ${condition} (at ${page.url()})`);
}

import type { BrowserContext, Locator, Page } from 'playwright-core';
import type { Name, UiPage } from './types';

const WAIT = 15_000;

/** A playwright-core page (Chromium) as a UiPage; `root` narrows every query (a dialog, an editor). */
export function playwrightUi(page: Page, root: Page | Locator = page): UiPage {
  const button = (name: Name) => root.getByRole('button', { name, exact: true });
  const field = (label: Name) => root.getByLabel(label, { exact: true });
  const role = (r: 'alert' | 'status' | 'dialog', text: Name) => root.getByRole(r).filter({ hasText: text });
  return {
    clickButton: (name) => button(name).click(),
    fill: (label, value) => field(label).fill(value),
    check: (label) => field(label).check(),
    value: (label) => field(label).inputValue(),
    isChecked: (label) => field(label).isChecked(),
    isDisabled: (label) => field(label).isDisabled(),
    text: () => (root === page ? page.locator('body') : (root as Locator)).innerText(),
    buttonAttribute: (name, attribute) => button(name).getAttribute(attribute),
    waitForButton: (name, timeout = WAIT) => button(name).waitFor({ timeout }),
    waitForRole: (r, text, timeout = WAIT) => role(r, text).first().waitFor({ timeout }),
    countRole: (r, text) => (text === undefined ? root.getByRole(r) : role(r, text)).count(),
    dialog: (name) => playwrightUi(page, root.getByRole('dialog', { name })),
    waitForDialogGone: (name, timeout = WAIT) => root.getByRole('dialog', { name }).waitFor({ state: 'hidden', timeout }),
    evaluate: <T>(expression: string) => page.evaluate(expression) as Promise<T>,
    async reload() {
      await page.reload();
    },
    async screenshot(path) {
      await page.screenshot({ path, fullPage: true });
    },
    close: () => page.close(),
  };
}

/** The next page the context opens, as a UiPage. */
export async function nextPlaywrightPage(context: BrowserContext, timeout = WAIT): Promise<UiPage> {
  return playwrightUi(await context.waitForEvent('page', { timeout }));
}

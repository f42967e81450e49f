/**
 * The driver-neutral surface the browser flows are written against. Chromium implements it with
 * playwright-core (ui/playwright.ts), Firefox with puppeteer-core over WebDriver BiDi
 * (ui/puppeteer.ts). Elements are found by what a person sees: a role and its accessible name.
 */

/** An accessible name: a string matches exactly (whitespace collapsed), a RegExp is tested. */
export type Name = string | RegExp;

/** Roles whose text a flow waits for. */
export type TextRole = 'alert' | 'status' | 'dialog';

export interface UiPage {
  clickButton(name: Name): Promise<void>;
  /** Types into the field with this label, replacing what it held, with real key presses. */
  fill(label: Name, value: string): Promise<void>;
  /** Clicks the radio button or checkbox with this label. */
  check(label: Name): Promise<void>;
  /** The current value of the field with this label. */
  value(label: Name): Promise<string>;
  /** Whether the radio button or checkbox with this label is checked. */
  isChecked(label: Name): Promise<boolean>;
  /** Whether the field (or radio/checkbox) with this label is disabled, as a locked policy value is. */
  isDisabled(label: Name): Promise<boolean>;
  /** The page's whole visible text (e.g. to count a phrase). */
  text(): Promise<string>;
  /** An attribute of the button with this name, or null. */
  buttonAttribute(name: Name, attribute: string): Promise<string | null>;
  waitForButton(name: Name, timeout?: number): Promise<void>;
  /** Waits until an element with this role whose text contains `text` is shown. */
  waitForRole(role: TextRole, text: Name, timeout?: number): Promise<void>;
  /** How many shown elements have this role (and contain `text`, when given). */
  countRole(role: TextRole, text?: Name): Promise<number>;
  /** The same page, narrowed to the dialog with this accessible name. */
  dialog(name: Name): UiPage;
  /** Waits until the dialog with this name is no longer shown. */
  waitForDialogGone(name: Name, timeout?: number): Promise<void>;
  /** Evaluates an expression in the page (for the page's lang, a reload, a probe). */
  evaluate<T>(expression: string): Promise<T>;
  reload(): Promise<void>;
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
}

/** A browser running the built extension, whatever drives it. */
export interface ExtensionSession {
  readonly browserName: 'chromium' | 'firefox';
  /** The unpacked build the browser runs (its _locales give the UI's texts). */
  readonly extensionDir: string;
  /** chrome-extension://<id> or moz-extension://<uuid> */
  readonly extensionOrigin: string;
  newPage(url: string): Promise<UiPage>;
  /** Resolves with the next page the browser opens (call before the click that opens it). */
  nextPopup(timeout?: number): Promise<UiPage>;
  /** Evaluates an expression with the extension's privileges (chrome.* of its own pages). */
  inExtension<T>(expression: string): Promise<T>;
  /** Resolves when the person closes the browser (the demo waits for it). */
  closed(): Promise<void>;
  close(): Promise<void>;
}

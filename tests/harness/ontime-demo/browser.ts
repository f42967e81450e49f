/** Launches the system Chromium (Debian package) through playwright-core; never downloads a browser. */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function hasChromium(): boolean {
  return existsSync(CHROMIUM_PATH);
}

/** `lang` sets the browser UI language (--lang), e.g. 'ja-JP'. */
export function launchChromium(lang?: string): Promise<Browser> {
  const args = ['--no-sandbox', '--disable-gpu', '--headless'];
  if (lang) args.push(`--lang=${lang}`);
  return chromium.launch({ executablePath: CHROMIUM_PATH, args });
}

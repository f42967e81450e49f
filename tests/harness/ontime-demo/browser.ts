/** The system Chromium (Debian package) without an extension, through playwright-core; never downloads a browser. */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM } from '../browser';

export function hasChromium(): boolean {
  return existsSync(CHROMIUM);
}

/** `lang` sets the browser UI language (--lang), e.g. 'ja-JP'. */
export function launchChromium(lang?: string): Promise<Browser> {
  const args = ['--no-sandbox', '--disable-gpu', '--headless'];
  if (lang) args.push(`--lang=${lang}`);
  return chromium.launch({ executablePath: CHROMIUM, args });
}

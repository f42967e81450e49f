/**
 * Debian Chromium launched exactly like tests/harness/browser.ts does, minus the extension: the
 * "without" side of every comparison.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { CHROMIUM } from '../../tests/harness/browser';

export interface PlainBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** `extensionDir`: load that (unpacked) extension instead of none, e.g. a calibration extension. */
export async function launchPlain(extensionDir?: string): Promise<PlainBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'ontime-zoom-bench-plain-'));
  const extension = extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : [];
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    locale: 'en-US',
    viewport: { width: 1280, height: 860 },
    args: [...extension, '--lang=en-US', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return {
    context,
    async close() {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Calibration for the page overhead: the least any extension that shows a button in OnTime's
 * editor must cost. A throw-away extension whose content script watches <body> for the demo's
 * dialog and appends one plain <button> to it (it knows the demo's DOM; ours has to find it).
 * Whatever the button, the page has already laid the editor out when a content script hears of
 * it, so the browser lays it out once more.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { launchPlain } from './plain-browser';

const SCRIPT = `new MutationObserver(() => {
  for (const dialog of document.querySelectorAll('[role="dialog"]')) {
    if (dialog.querySelector('button[data-bench-floor]')) continue;
    const button = document.createElement('button');
    button.type = 'button';
    button.dataset.benchFloor = '';
    button.textContent = 'Online meeting: Zoom';
    (dialog.querySelector('[role="group"]') ?? dialog).append(button);
  }
}).observe(document.body, { childList: true });
`;

/** Markers the session checks, so a floor that never ran is not reported. */
export const FLOOR_BUTTON = 'button[data-bench-floor]';

export async function launchButtonFloor(ontimeUrl: string): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'ontime-zoom-bench-floor-ext-'));
  const origin = new URL(ontimeUrl).origin.replace(/:\d+$/, '');
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ manifest_version: 3, name: 'bench: a plain button in each editor', version: '1', content_scripts: [{ matches: [`${origin}/*`], js: ['cs.js'], run_at: 'document_idle' }] }));
  writeFileSync(join(dir, 'cs.js'), SCRIPT);
  const browser = await launchPlain(dir);
  return {
    context: browser.context,
    async close() {
      await browser.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The two browsers and the servers every benchmark phase works with. */
import type { BrowserContext, Page } from 'playwright-core';
import type { ZoomSimulator } from '../../tests/harness/zoom-simulator/index';
import { INIT_SCRIPT, READY, WAIT_FOR_CONTENT_SCRIPT } from './page-scripts';

export type Variant = 'with' | 'without';

export interface BenchEnv {
  contexts: Record<Variant, BrowserContext>;
  /** Calibration browsers for the page overhead, when started: see button-floor.ts, and a second plain browser (A/A). */
  floor?: BrowserContext;
  again?: BrowserContext;
  extensionId: string;
  ontimeUrl: string;
  sim: ZoomSimulator;
  log(message: string): void;
}

/** A fresh OnTime tab, loaded and idle; with the extension, its control has been seen once. */
export function openOnTime(env: BenchEnv, variant: Variant): Promise<Page> {
  return openOnTimeIn(env.contexts[variant], env.ontimeUrl, variant === 'with');
}

/** The same in any browser; without our extension the editor is opened and closed once too. */
export async function openOnTimeIn(context: BrowserContext, url: string, expectControl: boolean): Promise<Page> {
  const page = await context.newPage();
  await page.addInitScript({ content: INIT_SCRIPT });
  await page.goto(url);
  await page.evaluate(READY);
  if (expectControl && !(await page.evaluate(WAIT_FOR_CONTENT_SCRIPT))) {
    throw new Error('the content script never mounted its control in the OnTime editor');
  }
  if (!expectControl) await page.evaluate(`(async () => { window.__ontimeDemo.openNew(); await window.__bench.tick(); window.__ontimeDemo.closeEditor(); })()`);
  return page;
}

/** The two browsers and the servers every benchmark phase works with. */
import type { BrowserContext, Page } from 'playwright-core';
import type { ZoomSimulator } from '../../tests/harness/zoom-simulator/index';
import { INIT_SCRIPT, READY, WAIT_FOR_CONTENT_SCRIPT } from './page-scripts';

export type Variant = 'with' | 'without';

export interface BenchEnv {
  contexts: Record<Variant, BrowserContext>;
  extensionId: string;
  /** The built extension loaded in the 'with' browser. */
  extensionDir: string;
  ontimeUrl: string;
  sim: ZoomSimulator;
  log(message: string): void;
}

/** A fresh OnTime tab, loaded and idle; with the extension, its control has been seen once. */
export async function openOnTime(env: BenchEnv, variant: Variant): Promise<Page> {
  const page = await env.contexts[variant].newPage();
  await page.addInitScript({ content: INIT_SCRIPT });
  await page.goto(env.ontimeUrl);
  await page.evaluate(READY);
  if (variant === 'with' && !(await page.evaluate(WAIT_FOR_CONTENT_SCRIPT))) {
    throw new Error('the content script never mounted its control in the OnTime editor');
  }
  if (variant === 'without') await page.evaluate(`(async () => { window.__ontimeDemo.openNew(); await window.__bench.tick(); window.__ontimeDemo.closeEditor(); })()`);
  return page;
}

/**
 * JS heap of the OnTime page's isolate (main world + the content script's isolated world) after
 * forced garbage collection, with and without the extension. Only one OnTime tab is open per
 * browser while measuring, so the renderer's isolate holds just that page.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { attach, heapAfterGc, type HeapSample } from './cdp';
import { openOnTime, openOnTimeIn, type BenchEnv, type Variant } from './env';
import { launchPlain } from './plain-browser';
import { retainersOfDetached, type RetainerReport } from './heap-retainers';
import { median } from './stats';

export interface MemoryResult {
  samples: Record<Variant, HeapSample[]>;
  usedSize: Record<Variant, number>;
  nodes: Record<Variant, number>;
  listeners: Record<Variant, number>;
  /** When DOM nodes pile up with the extension: what keeps the closed editors' dialogs alive. */
  retainers?: RetainerReport;
}

function summarise(samples: Record<Variant, HeapSample[]>): MemoryResult {
  const pick = (f: (s: HeapSample) => number) => ({ with: median(samples.with.map(f)), without: median(samples.without.map(f)) });
  return { samples, usedSize: pick((s) => s.usedSize), nodes: pick((s) => s.nodes), listeners: pick((s) => s.listeners) };
}

export async function heapOf(env: BenchEnv, variant: Variant, page: Page): Promise<HeapSample> {
  return heapIn(env.contexts[variant], page);
}

async function heapIn(context: BrowserContext, page: Page): Promise<HeapSample> {
  const cdp = await attach(context, page);
  try {
    await cdp.send('Performance.enable');
    return await heapAfterGc(cdp);
  } finally {
    await cdp.detach();
  }
}

/** Fresh tabs: loaded, the editor opened and closed once; alternating variants. */
export async function runMemoryFresh(env: BenchEnv, reps = 3): Promise<MemoryResult> {
  const samples: Record<Variant, HeapSample[]> = { with: [], without: [] };
  for (let r = 0; r < reps; r++) {
    for (const v of (r % 2 ? ['without', 'with'] : ['with', 'without']) as Variant[]) {
      const page = await openOnTime(env, v);
      try {
        samples[v].push(await heapOf(env, v, page));
      } finally {
        await page.close();
      }
    }
  }
  return summarise(samples);
}

/** Tabs that already went through many opens (from the injection phase). */
export async function runMemoryAfter(env: BenchEnv, pages: Record<Variant, Page>): Promise<MemoryResult> {
  const samples: Record<Variant, HeapSample[]> = { with: [], without: [] };
  for (const v of ['with', 'without'] as const) samples[v].push(await heapOf(env, v, pages[v]));
  const result = summarise(samples);
  if (result.nodes.with - result.nodes.without > 1000) {
    const cdp = await attach(env.contexts.with, pages.with);
    try {
      result.retainers = await retainersOfDetached(cdp, (name) => name.startsWith('<div role="dialog"'));
    } catch (error) {
      env.log(`heap snapshot failed: ${String(error)}`);
    } finally {
      await cdp.detach();
    }
  }
  return result;
}

async function untilScriptRan(page: Page): Promise<void> {
  const end = Date.now() + 10_000;
  while (Date.now() < end) {
    if ((await page.evaluate('document.documentElement.dataset.benchEmptyScript')) === '1') return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the calibration content script did not run');
}

export interface FloorResult {
  /** Extra heap of a fresh OnTime tab with a one-line content script, over none. */
  floorBytes: number;
  emptyScript: number[];
  none: number[];
}

/**
 * Calibration: what any content script costs, whatever it does. Chromium gives it an isolated
 * world (a V8 context with the extension API bindings) in the page's isolate. Measured with a
 * throw-away extension whose content script sets one attribute, against the plain browser.
 */
export async function runIsolatedWorldFloor(env: BenchEnv, reps = 3): Promise<FloorResult> {
  const dir = mkdtempSync(join(tmpdir(), 'ontime-zoom-bench-empty-ext-'));
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({ manifest_version: 3, name: 'bench: empty content script', version: '1', content_scripts: [{ matches: [`${new URL(env.ontimeUrl).origin.replace(/:\d+$/, '')}/*`], js: ['cs.js'], run_at: 'document_idle' }] }),
  );
  writeFileSync(join(dir, 'cs.js'), 'document.documentElement.dataset.benchEmptyScript = "1";\n');
  const empty = await launchPlain({ extensionDir: dir });
  const result: FloorResult = { floorBytes: NaN, emptyScript: [], none: [] };
  try {
    for (let r = 0; r < reps; r++) {
      const order: ('none' | 'empty')[] = r % 2 ? ['none', 'empty'] : ['empty', 'none'];
      for (const kind of order) {
        const context = kind === 'empty' ? empty.context : env.contexts.without;
        const page = await openOnTimeIn(context, env.ontimeUrl, false);
        try {
          // Polled with evaluate: page.waitForFunction would load Playwright's injected script into
          // the page's main world and inflate the very heap being measured.
          if (kind === 'empty') await untilScriptRan(page);
          (kind === 'empty' ? result.emptyScript : result.none).push((await heapIn(context, page)).usedSize);
        } finally {
          await page.close();
        }
      }
    }
  } finally {
    await empty.close();
    rmSync(dir, { recursive: true, force: true });
  }
  result.floorBytes = median(result.emptyScript) - median(result.none);
  return result;
}

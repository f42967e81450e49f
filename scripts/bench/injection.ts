/**
 * Injection latency (editor dialog in the DOM → <ontime-zoom-control> in the DOM) over many opens
 * of the editor on the 5,000-event calendar. Blocks of opens alternate between the two browsers,
 * so both pages go through the same opens: they are kept for the memory reading after them.
 */
import type { Page } from 'playwright-core';
import { openOnTime, type BenchEnv, type Variant } from './env';
import { HEAVY_MANUAL, injectionLoop } from './page-scripts';

interface OpenSample {
  dialogAt: number | null;
  hostAt: number | null;
  sameBatch: boolean;
}

export interface InjectionResult {
  latencyMs: number[];
  opens: number;
  /** Opens where the control never appeared. */
  missing: number;
  /** Opens where dialog and control showed up in one observer delivery (timing unreliable). */
  sameBatch: number;
  pages: Record<Variant, Page>;
}

export async function runInjection(env: BenchEnv, opens = 200, blocks = 4, warmup = 5): Promise<InjectionResult> {
  const pages = {} as Record<Variant, Page>;
  for (const v of ['with', 'without'] as const) {
    pages[v] = await openOnTime(env, v);
    await pages[v].evaluate(HEAVY_MANUAL); // the heavy page's work comes one step per open instead
  }
  for (const v of ['with', 'without'] as const) await pages[v].evaluate(injectionLoop(warmup, v === 'with'));

  const result: InjectionResult = { latencyMs: [], opens: 0, missing: 0, sameBatch: 0, pages };
  const perBlock = Math.ceil(opens / blocks);
  for (let b = 0; b < blocks; b++) {
    const order: Variant[] = b % 2 ? ['without', 'with'] : ['with', 'without'];
    for (const v of order) {
      const samples = (await pages[v].evaluate(injectionLoop(perBlock, v === 'with'))) as OpenSample[];
      if (v !== 'with') continue;
      for (const s of samples) {
        result.opens++;
        if (s.hostAt === null || s.dialogAt === null) result.missing++;
        else {
          if (s.sameBatch) result.sameBatch++;
          result.latencyMs.push(s.hostAt - s.dialogAt);
        }
      }
    }
  }
  env.log(`injection: ${result.opens} opens, ${result.missing} without control, ${result.sameBatch} in one delivery`);
  return result;
}

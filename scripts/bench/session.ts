/**
 * Page overhead: main-thread time (CDP Performance.getMetrics TaskDuration, in thread CPU time)
 * of a scripted session, with and without the extension, and in two calibration browsers
 * (button-floor.ts, and a second one without any extension). The tabs run the session
 * interleaved, a few steps at a time, the order rotating, so that all see the same machine: on
 * a shared machine the speed drifts by more than the budget within seconds.
 * Read per part of the session too (week navigation, editor opens, calendar churn). Long tasks
 * are counted by a PerformanceObserver in the page. Then one traced run with the extension: which
 * long tasks its script caused.
 */
import type { Page } from 'playwright-core';
import { attach, metrics, withTrace, type PageCdp } from './cdp';
import { openOnTime, openOnTimeIn, type BenchEnv, type Variant } from './env';
import { FLOOR_BUTTON } from './button-floor';
import { HEAVY_MANUAL, longTasksBetween, partSteps, sessionPart, SESSION_PARTS, type SessionPart, type SessionPlan } from './page-scripts';
import { analyseTrace, type TraceSummary } from './trace-analysis';

export const PLAN: SessionPlan = { weeks: 10, opens: 100, editorBatchesPerOpen: 5, calendarBatches: 500, batchSize: 10 };
/** --quick: the same kinds of steps, fewer of them. */
export const QUICK_PLAN: SessionPlan = { weeks: 3, opens: 30, editorBatchesPerOpen: 5, calendarBatches: 150, batchSize: 10 };
/** Steps per interleaved chunk, per part. */
const CHUNK: Record<SessionPart, number> = { navigate: 2, editor: 5, calendar: 50 };

interface PartOutput {
  mutations: number;
  opens: number;
  navigations: number;
  t0: number;
  t1: number;
}

export interface PartRun {
  taskMs: number;
  longTasks: number;
}

/** Calibrations: 'floor', the extension that only adds a plain button (button-floor.ts); 'again', a second browser without any extension (A/A). */
export type SessionVariant = Variant | 'floor' | 'again';

export interface SessionRun {
  variant: SessionVariant;
  /** Which interleaved pair this run belongs to. */
  pair: number;
  taskMs: number;
  layoutMs: number;
  longTasks: number;
  longTaskMs: number[];
  parts: Record<SessionPart, PartRun>;
  mutations: number;
  opens: number;
  navigations: number;
}

export interface SessionResult {
  runs: SessionRun[];
  /** The traced run with the extension. */
  trace: TraceSummary;
}

const delta = (a: Record<string, number>, b: Record<string, number>, k: string) => ((b[k] ?? 0) - (a[k] ?? 0)) * 1000;

/** All parts in a row, as one session. */
async function wholeSession(page: Page, plan: SessionPlan): Promise<PartOutput[]> {
  const outs: PartOutput[] = [];
  for (const part of SESSION_PARTS) outs.push((await page.evaluate(sessionPart(plan, part))) as PartOutput);
  return outs;
}

interface Tab {
  variant: SessionVariant;
  page: Page;
  cdp: PageCdp;
  run: SessionRun;
}

async function openTab(env: BenchEnv, variant: SessionVariant, pair: number): Promise<Tab> {
  const context = variant === 'floor' ? env.floor! : variant === 'again' ? env.again! : env.contexts[variant];
  const page = variant === 'with' ? await openOnTime(env, variant) : await openOnTimeIn(context, env.ontimeUrl, false);
  if (variant === 'floor' && !(await page.evaluate(`(async () => { window.__ontimeDemo.openNew(); await window.__bench.tick(); const ok = !!document.querySelector('${FLOOR_BUTTON}'); window.__ontimeDemo.closeEditor(); return ok; })()`))) {
    throw new Error('the calibration extension did not add its button');
  }
  await page.evaluate(HEAVY_MANUAL);
  const cdp = await attach(context, page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await cdp.send('HeapProfiler.collectGarbage');
  const part = (): PartRun => ({ taskMs: 0, longTasks: 0 });
  const run: SessionRun = {
    variant,
    pair,
    taskMs: 0,
    layoutMs: 0,
    longTasks: 0,
    longTaskMs: [],
    parts: { navigate: part(), editor: part(), calendar: part() },
    mutations: 0,
    opens: 0,
    navigations: 0,
  };
  return { variant, page, cdp, run };
}

async function runChunk(tab: Tab, plan: SessionPlan, part: SessionPart, from: number, to: number): Promise<void> {
  const before = await metrics(tab.cdp);
  const out = (await tab.page.evaluate(sessionPart(plan, part, from, to))) as PartOutput;
  const after = await metrics(tab.cdp);
  const { run } = tab;
  const p = run.parts[part];
  p.taskMs += delta(before, after, 'TaskDuration');
  run.layoutMs += delta(before, after, 'LayoutDuration');
  run.mutations += out.mutations;
  run.opens += out.opens;
  run.navigations += out.navigations;
  const lts = (await tab.page.evaluate(longTasksBetween(out.t0, out.t1))) as { start: number; duration: number }[];
  p.longTasks += lts.length;
  run.longTaskMs.push(...lts.map((l) => l.duration));
}

/** One session in each browser's tab, interleaved chunk by chunk; the order rotates every chunk. */
async function interleavedPair(env: BenchEnv, pair: number, plan: SessionPlan): Promise<SessionRun[]> {
  const tabs = [await openTab(env, 'with', pair), await openTab(env, 'without', pair)];
  if (env.floor) tabs.push(await openTab(env, 'floor', pair));
  if (env.again) tabs.push(await openTab(env, 'again', pair));
  try {
    let k = 0;
    for (const part of SESSION_PARTS) {
      const steps = partSteps(plan, part);
      for (let from = 0; from < steps; from += CHUNK[part], k++) {
        // Each browser takes every place in the order in turn: with the order only reversed, the
        // middle two never ran first or last, and the A/A pair came out 3% apart run after run.
        const order = tabs.map((_, i) => tabs[(i + k) % tabs.length]!);
        for (const tab of order) await runChunk(tab, plan, part, from, Math.min(steps, from + CHUNK[part]));
      }
    }
    for (const { run } of tabs) {
      const parts = Object.values(run.parts);
      run.taskMs = parts.reduce((a, p) => a + p.taskMs, 0);
      run.longTasks = parts.reduce((a, p) => a + p.longTasks, 0);
    }
    return tabs.map((t) => t.run);
  } finally {
    for (const tab of tabs) {
      await tab.cdp.detach();
      await tab.page.close();
    }
  }
}

export async function runSessions(env: BenchEnv, reps = 3, quick = false): Promise<SessionResult> {
  const plan = quick ? QUICK_PLAN : PLAN;
  const runs: SessionRun[] = [];
  for (let r = 0; r < reps; r++) {
    const pair = await interleavedPair(env, r, plan);
    runs.push(...pair);
    const [w, o] = pair as [SessionRun, SessionRun];
    const parts = SESSION_PARTS.map((p) => `${p} ${w.parts[p].taskMs.toFixed(0)}/${o.parts[p].taskMs.toFixed(0)}`).join(', ');
    const floor = pair
      .filter((x) => x.variant === 'floor' || x.variant === 'again')
      .map((x) => `; ${x.variant === 'floor' ? 'plain-button floor' : 'A/A'} ${x.taskMs.toFixed(0)} ms, ratio ${(x.taskMs / o.taskMs).toFixed(3)}`)
      .join('');
    env.log(`session ${r + 1}/${reps}: with ${w.taskMs.toFixed(0)} ms, without ${o.taskMs.toFixed(0)} ms, ratio ${(w.taskMs / o.taskMs).toFixed(3)} (${parts}); long tasks ${w.longTasks}/${o.longTasks}${floor}`);
  }

  // Only a trace attributes script time to a task: one whole session, traced, with the extension.
  const page = await openOnTime(env, 'with');
  const cdp = await attach(env.contexts.with, page);
  let trace: TraceSummary;
  try {
    await page.evaluate(HEAVY_MANUAL);
    const { events } = await withTrace(cdp, () => wholeSession(page, plan));
    trace = analyseTrace(events, env.ontimeUrl, `chrome-extension://${env.extensionId}/`);
  } finally {
    await cdp.detach();
    await page.close();
  }
  env.log(`traced session: extension script ${trace.extensionMs.toFixed(0)} ms in ${trace.callbacks} callbacks (longest ${trace.longestCallbackMs.toFixed(1)} ms), forced style/layout ${trace.forcedMs.toFixed(1)} ms, long tasks ${trace.longTasks.length}`);
  return { runs, trace };
}

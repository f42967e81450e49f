/**
 * Page overhead: main-thread time (CDP Performance.getMetrics TaskDuration/ScriptDuration, in
 * thread CPU time) of a scripted session, with and without the extension, and in two calibration
 * browsers (button-floor.ts, and a second one without any extension). The tabs run the session
 * interleaved, a few steps at a time, the order rotating, so that all see the same machine: on
 * a shared machine the speed drifts by more than the budget within seconds.
 * Read per part of the session too (week navigation, editor opens, calendar churn). Long tasks
 * are counted by a PerformanceObserver in the page. Then one traced run per variant (the
 * extension's script entry points, long tasks and the extension's share of each, style / layout /
 * paint / GC) and one profiled run with the extension (which of its functions).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { attach, metrics, withProfile, withTrace, type PageCdp } from './cdp';
import { openOnTime, openOnTimeIn, type BenchEnv, type Variant } from './env';
import { FLOOR_BUTTON } from './button-floor';
import { longTasksBetween, partSteps, sessionPart, SESSION_PARTS, type SessionPart, type SessionPlan } from './page-scripts';
import { analyseProfile, type ProfileSummary } from './profile-analysis';
import { analyseTrace, type TraceSummary } from './trace-analysis';

export const PLAN: SessionPlan = { weeks: 10, opens: 100, editorBatchesPerOpen: 5, calendarBatches: 500, batchSize: 10 };
/** Steps per interleaved chunk, per part. */
const CHUNK: Record<SessionPart, number> = { navigate: 2, editor: 5, calendar: 50 };

interface PartOutput {
  wallMs: number;
  mutations: number;
  opens: number;
  navigations: number;
  t0: number;
  t1: number;
}

export interface PartRun {
  taskMs: number;
  scriptMs: number;
  wallMs: number;
  longTasks: number;
}

/** Calibrations: 'floor', the extension that only adds a plain button (button-floor.ts); 'again', a second browser without any extension (A/A). */
export type SessionVariant = Variant | 'floor' | 'again';

export interface SessionRun {
  variant: SessionVariant;
  /** Which interleaved pair this run belongs to. */
  pair: number;
  taskMs: number;
  scriptMs: number;
  layoutMs: number;
  styleMs: number;
  wallMs: number;
  longTasks: number;
  longTaskMs: number[];
  parts: Record<SessionPart, PartRun>;
  mutations: number;
  opens: number;
  navigations: number;
}

export interface SessionResult {
  runs: SessionRun[];
  trace: Record<Variant, TraceSummary>;
  profile: ProfileSummary | null;
  startup: TraceSummary | null;
}

const delta = (a: Record<string, number>, b: Record<string, number>, k: string) => ((b[k] ?? 0) - (a[k] ?? 0)) * 1000;

/** All parts in a row, as one session. */
async function wholeSession(page: Page): Promise<PartOutput[]> {
  const outs: PartOutput[] = [];
  for (const part of SESSION_PARTS) outs.push((await page.evaluate(sessionPart(PLAN, part))) as PartOutput);
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
  const cdp = await attach(context, page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await cdp.send('HeapProfiler.collectGarbage');
  const part = (): PartRun => ({ taskMs: 0, scriptMs: 0, wallMs: 0, longTasks: 0 });
  const run: SessionRun = {
    variant,
    pair,
    taskMs: 0,
    scriptMs: 0,
    layoutMs: 0,
    styleMs: 0,
    wallMs: 0,
    longTasks: 0,
    longTaskMs: [],
    parts: { navigate: part(), editor: part(), calendar: part() },
    mutations: 0,
    opens: 0,
    navigations: 0,
  };
  return { variant, page, cdp, run };
}

async function runChunk(tab: Tab, part: SessionPart, from: number, to: number): Promise<void> {
  const before = await metrics(tab.cdp);
  const out = (await tab.page.evaluate(sessionPart(PLAN, part, from, to))) as PartOutput;
  const after = await metrics(tab.cdp);
  const { run } = tab;
  const p = run.parts[part];
  p.taskMs += delta(before, after, 'TaskDuration');
  p.scriptMs += delta(before, after, 'ScriptDuration');
  p.wallMs += out.wallMs;
  run.layoutMs += delta(before, after, 'LayoutDuration');
  run.styleMs += delta(before, after, 'RecalcStyleDuration');
  run.mutations += out.mutations;
  run.opens += out.opens;
  run.navigations += out.navigations;
  const lts = (await tab.page.evaluate(longTasksBetween(out.t0, out.t1))) as { start: number; duration: number }[];
  p.longTasks += lts.length;
  run.longTaskMs.push(...lts.map((l) => l.duration));
}

/** One session in each browser's tab, interleaved chunk by chunk; the order rotates every chunk. */
async function interleavedPair(env: BenchEnv, pair: number): Promise<SessionRun[]> {
  const tabs = [await openTab(env, 'with', pair), await openTab(env, 'without', pair)];
  if (env.floor) tabs.push(await openTab(env, 'floor', pair));
  if (env.again) tabs.push(await openTab(env, 'again', pair));
  try {
    let k = 0;
    for (const part of SESSION_PARTS) {
      const steps = partSteps(PLAN, part);
      for (let from = 0; from < steps; from += CHUNK[part], k++) {
        // Each browser takes every place in the order in turn: with the order only reversed, the
        // middle two never ran first or last, and the A/A pair came out 3% apart run after run.
        const order = tabs.map((_, i) => tabs[(i + k) % tabs.length]!);
        for (const tab of order) await runChunk(tab, part, from, Math.min(steps, from + CHUNK[part]));
      }
    }
    for (const { run } of tabs) {
      const parts = Object.values(run.parts);
      run.taskMs = parts.reduce((a, p) => a + p.taskMs, 0);
      run.scriptMs = parts.reduce((a, p) => a + p.scriptMs, 0);
      run.wallMs = parts.reduce((a, p) => a + p.wallMs, 0);
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

async function diagnosed<T>(env: BenchEnv, variant: Variant, fn: (cdp: PageCdp, page: Page) => Promise<T>): Promise<T> {
  const page = await openOnTime(env, variant);
  const cdp = await attach(env.contexts[variant], page);
  try {
    return await fn(cdp, page);
  } finally {
    await cdp.detach();
    await page.close();
  }
}

export async function runSessions(env: BenchEnv, reps = 3): Promise<SessionResult> {
  const runs: SessionRun[] = [];
  for (let r = 0; r < reps; r++) {
    const pair = await interleavedPair(env, r);
    runs.push(...pair);
    const [w, o] = pair as [SessionRun, SessionRun];
    const parts = SESSION_PARTS.map((p) => `${p} ${w.parts[p].taskMs.toFixed(0)}/${o.parts[p].taskMs.toFixed(0)}`).join(', ');
    const floor = pair
      .filter((x) => x.variant === 'floor' || x.variant === 'again')
      .map((x) => `; ${x.variant === 'floor' ? 'plain-button floor' : 'A/A'} ${x.taskMs.toFixed(0)} ms, ratio ${(x.taskMs / o.taskMs).toFixed(3)}`)
      .join('');
    env.log(`session ${r + 1}/${reps}: with ${w.taskMs.toFixed(0)} ms, without ${o.taskMs.toFixed(0)} ms, ratio ${(w.taskMs / o.taskMs).toFixed(3)} (${parts}); script ${w.scriptMs.toFixed(0)}/${o.scriptMs.toFixed(0)} ms; long tasks ${w.longTasks}/${o.longTasks}${floor}`);
  }

  const extPrefix = `chrome-extension://${env.extensionId}/`;
  const trace = {} as Record<Variant, TraceSummary>;
  for (const v of ['with', 'without'] as const) {
    trace[v] = await diagnosed(env, v, async (cdp, page) => {
      const { events } = await withTrace(cdp, () => wholeSession(page));
      return analyseTrace(events, env.ontimeUrl, extPrefix);
    });
    env.log(`traced session ${v.padEnd(7)}: task ${trace[v].taskMs.toFixed(0)} ms, extension script ${trace[v].extensionMs.toFixed(0)} ms, long tasks ${trace[v].longTasks.length}`);
  }

  let profile: ProfileSummary | null = null;
  try {
    profile = await diagnosed(env, 'with', async (cdp, page) => {
      const { profile: p } = await withProfile(cdp, () => wholeSession(page));
      const sources = new Map<string, string>();
      for (const url of new Set(p.nodes.map((n) => n.callFrame.url).filter((u) => u.startsWith(extPrefix)))) {
        try {
          sources.set(url, readFileSync(join(env.extensionDir, url.slice(extPrefix.length)), 'utf8'));
        } catch {
          /* a file we cannot map: shown without snippet */
        }
      }
      return analyseProfile(p, extPrefix, sources);
    });
    env.log(`profiled session: ${profile.extensionMs.toFixed(0)} ms of ${profile.profiledMs.toFixed(0)} ms sampled in the content script`);
  } catch (error) {
    env.log(`profile failed: ${String(error)}`);
  }

  // Content-script start-up: a traced load of a fresh tab.
  let startup: TraceSummary | null = null;
  try {
    const page = await env.contexts.with.newPage();
    const cdp = await attach(env.contexts.with, page);
    try {
      const { events } = await withTrace(cdp, async () => {
        await page.goto(env.ontimeUrl);
        await page.evaluate('window.__ontimeDemo.ready');
        await page.waitForTimeout(500);
      });
      startup = analyseTrace(events, env.ontimeUrl, extPrefix);
    } finally {
      await cdp.detach();
      await page.close();
    }
  } catch (error) {
    env.log(`start-up trace failed: ${String(error)}`);
  }
  return { runs, trace, profile, startup };
}

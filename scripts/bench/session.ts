/**
 * Page overhead: main-thread time (CDP Performance.getMetrics TaskDuration/ScriptDuration, in
 * thread CPU time) of a scripted session, with and without the extension, alternating runs on
 * fresh tabs; read per part of the session too (week navigation, editor opens, calendar churn).
 * Long tasks are counted by a PerformanceObserver in the page. Then one traced run per variant
 * (the extension's script entry points, long tasks and the extension's share of each, style /
 * layout / paint / GC) and one profiled run with the extension (which of its functions).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { attach, metrics, withProfile, withTrace, type PageCdp } from './cdp';
import { openOnTime, type BenchEnv, type Variant } from './env';
import { longTasksBetween, sessionPart, SESSION_PARTS, type SessionPart, type SessionPlan } from './page-scripts';
import { analyseProfile, type ProfileSummary } from './profile-analysis';
import { analyseTrace, type TraceSummary } from './trace-analysis';

export const PLAN: SessionPlan = { weeks: 10, opens: 100, editorBatchesPerOpen: 5, calendarBatches: 500, batchSize: 10 };

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

export interface SessionRun {
  variant: Variant;
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

async function timedSession(env: BenchEnv, variant: Variant): Promise<SessionRun> {
  const page = await openOnTime(env, variant);
  const cdp = await attach(env.contexts[variant], page);
  try {
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const marks = [await metrics(cdp)];
    const outs: PartOutput[] = [];
    for (const part of SESSION_PARTS) {
      outs.push((await page.evaluate(sessionPart(PLAN, part))) as PartOutput);
      marks.push(await metrics(cdp));
    }
    const first = marks[0]!;
    const last = marks[marks.length - 1]!;
    const lts = (await page.evaluate(longTasksBetween(outs[0]!.t0, outs[outs.length - 1]!.t1))) as { start: number; duration: number }[];
    const parts = {} as Record<SessionPart, PartRun>;
    SESSION_PARTS.forEach((part, i) => {
      const o = outs[i]!;
      parts[part] = {
        taskMs: delta(marks[i]!, marks[i + 1]!, 'TaskDuration'),
        scriptMs: delta(marks[i]!, marks[i + 1]!, 'ScriptDuration'),
        wallMs: o.wallMs,
        longTasks: lts.filter((l) => l.start >= o.t0 && l.start <= o.t1).length,
      };
    });
    return {
      variant,
      taskMs: delta(first, last, 'TaskDuration'),
      scriptMs: delta(first, last, 'ScriptDuration'),
      layoutMs: delta(first, last, 'LayoutDuration'),
      styleMs: delta(first, last, 'RecalcStyleDuration'),
      wallMs: outs.reduce((a, o) => a + o.wallMs, 0),
      longTasks: lts.length,
      longTaskMs: lts.map((l) => l.duration),
      parts,
      mutations: outs.reduce((a, o) => a + o.mutations, 0),
      opens: outs.reduce((a, o) => a + o.opens, 0),
      navigations: outs.reduce((a, o) => a + o.navigations, 0),
    };
  } finally {
    await cdp.detach();
    await page.close();
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
    for (const v of (r % 2 ? ['without', 'with'] : ['with', 'without']) as Variant[]) {
      const run = await timedSession(env, v);
      runs.push(run);
      const parts = SESSION_PARTS.map((p) => `${p} ${run.parts[p].taskMs.toFixed(0)}`).join(', ');
      env.log(`session ${r + 1}/${reps} ${v.padEnd(7)}: task ${run.taskMs.toFixed(0)} ms (${parts}), script ${run.scriptMs.toFixed(0)} ms, long tasks ${run.longTasks}`);
    }
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

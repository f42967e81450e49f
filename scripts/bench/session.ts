/**
 * Page overhead: main-thread time (CDP Performance.getMetrics TaskDuration/ScriptDuration,
 * thread CPU time) of a scripted session, with and without the extension, alternating runs on
 * fresh tabs. Long tasks are counted by a PerformanceObserver in the page. Then one traced run per
 * variant (long tasks and the extension's share of each) and one profiled run with the extension
 * (which of its functions the time goes to).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { attach, metrics, withProfile, withTrace, type PageCdp } from './cdp';
import { openOnTime, type BenchEnv, type Variant } from './env';
import { longTasksBetween, sessionScript, type SessionPlan } from './page-scripts';
import { analyseProfile, type ProfileSummary } from './profile-analysis';
import { analyseTrace, type TraceSummary } from './trace-analysis';

export const PLAN: SessionPlan = { weeks: 10, opens: 100, editorBatchesPerOpen: 5, calendarBatches: 500, batchSize: 10 };

interface SessionOutput {
  wallMs: number;
  mutations: number;
  opens: number;
  navigations: number;
  t0: number;
  t1: number;
  phases: Record<SessionPhase, [number, number]>;
}

export type SessionPhase = 'navigate' | 'editor' | 'calendar';

export interface SessionRun {
  variant: Variant;
  taskMs: number;
  scriptMs: number;
  layoutMs: number;
  styleMs: number;
  wallMs: number;
  longTasks: number;
  longTaskMs: number[];
  /** Long tasks per part of the session: week navigation, editor opens with churn, calendar churn. */
  longTasksByPhase: Record<SessionPhase, number>;
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

async function timedSession(env: BenchEnv, variant: Variant): Promise<SessionRun> {
  const page = await openOnTime(env, variant);
  const cdp = await attach(env.contexts[variant], page);
  try {
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const m0 = await metrics(cdp);
    const out = (await page.evaluate(sessionScript(PLAN))) as SessionOutput;
    const m1 = await metrics(cdp);
    const lts = (await page.evaluate(longTasksBetween(out.t0, out.t1))) as { start: number; duration: number }[];
    return {
      variant,
      taskMs: delta(m0, m1, 'TaskDuration'),
      scriptMs: delta(m0, m1, 'ScriptDuration'),
      layoutMs: delta(m0, m1, 'LayoutDuration'),
      styleMs: delta(m0, m1, 'RecalcStyleDuration'),
      wallMs: out.wallMs,
      longTasks: lts.length,
      longTaskMs: lts.map((l) => l.duration),
      longTasksByPhase: Object.fromEntries(
        Object.entries(out.phases).map(([name, [a, b]]) => [name, lts.filter((l) => l.start >= a && l.start < b).length]),
      ) as Record<SessionPhase, number>,
      mutations: out.mutations,
      opens: out.opens,
      navigations: out.navigations,
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
      env.log(`session ${r + 1}/${reps} ${v.padEnd(7)}: task ${run.taskMs.toFixed(0)} ms, script ${run.scriptMs.toFixed(0)} ms, wall ${run.wallMs.toFixed(0)} ms, long tasks ${run.longTasks}`);
    }
  }

  const extPrefix = `chrome-extension://${env.extensionId}/`;
  const trace = {} as Record<Variant, TraceSummary>;
  for (const v of ['with', 'without'] as const) {
    trace[v] = await diagnosed(env, v, async (cdp, page) => {
      const { events } = await withTrace(cdp, () => page.evaluate(sessionScript(PLAN)));
      return analyseTrace(events, env.ontimeUrl, extPrefix);
    });
    env.log(`traced session ${v.padEnd(7)}: task ${trace[v].taskMs.toFixed(0)} ms, extension script ${trace[v].extensionMs.toFixed(0)} ms, long tasks ${trace[v].longTasks.length}`);
  }

  let profile: ProfileSummary | null = null;
  try {
    profile = await diagnosed(env, 'with', async (cdp, page) => {
      const { profile: p } = await withProfile(cdp, () => page.evaluate(sessionScript(PLAN)));
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

/**
 * Reads a Chromium trace for one page: its renderer main thread, the tasks on it, the long ones
 * (> 50 ms), and the time spent in the extension's scripts (FunctionCall / EvaluateScript /
 * compile events whose URL is chrome-extension://…), also inside each long task.
 */
import type { TraceEvent } from './cdp';
import { percentile } from './stats';

export interface CallSite {
  site: string;
  count: number;
  totalMs: number;
  maxMs: number;
  p95Ms: number;
}

export interface LongTask {
  startMs: number;
  durationMs: number;
  extensionMs: number;
  /** Without the extension's share it would not have been a long task. */
  causedByExtension: boolean;
}

export interface TraceSummary {
  found: boolean;
  pid: number | null;
  tid: number | null;
  taskCount: number;
  /** Main-thread task time (thread time where the trace has it). */
  taskMs: number;
  /** The extension's script time on the main thread (thread time where available). */
  extensionMs: number;
  longTasks: LongTask[];
  longTasksWithExtension: number;
  longTasksCausedByExtension: number;
  sites: CallSite[];
  /** Main-thread time (ms) per kind of work, for comparing the two variants. */
  breakdown: Record<string, number>;
}

const BREAKDOWN = ['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'MinorGC', 'MajorGC', 'ParseAuthorStyleSheet', 'EventDispatch'];

const LONG_TASK_US = 50_000;
const SCRIPT_EVENTS = new Set(['FunctionCall', 'EvaluateScript', 'v8.compile', 'v8.compileModule', 'TimerFire', 'v8.run', 'V8.Execute']);

function rendererThread(events: TraceEvent[], pageUrlPrefix: string, extPrefix: string): { pid: number; tid: number } | null {
  const pids = new Set<number>();
  for (const e of events) {
    const data = e.args?.data;
    if (e.name === 'TracingStartedInBrowser' && Array.isArray(data?.frames)) {
      for (const f of data.frames) if (typeof f.url === 'string' && f.url.startsWith(pageUrlPrefix) && f.processId) pids.add(f.processId);
    }
    if ((e.name === 'FrameCommittedInBrowser' || e.name === 'CommitLoad') && typeof data?.url === 'string' && data.url.startsWith(pageUrlPrefix)) {
      if (data.processId) pids.add(data.processId);
      else if (e.name === 'CommitLoad') pids.add(e.pid);
    }
  }
  if (!pids.size) {
    const ext = events.find((e) => typeof e.args?.data?.url === 'string' && e.args.data.url.startsWith(extPrefix) && e.name === 'FunctionCall');
    if (ext) pids.add(ext.pid);
  }
  const mains = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && pids.has(e.pid));
  // The last committed renderer is the page's current one.
  const pid = [...pids].pop();
  if (pid === undefined) return null;
  const main = mains.find((m) => m.pid === pid);
  return { pid, tid: main ? main.tid : pid };
}

/** Thread time when the trace has it (robust to a busy machine), else wall time. */
const cpu = (e: TraceEvent) => e.tdur ?? e.dur ?? 0;

function merge(intervals: [number, number][]): [number, number][] {
  const sorted = intervals.sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const iv of sorted) {
    const last = out[out.length - 1];
    if (last && iv[0] <= last[1]) last[1] = Math.max(last[1], iv[1]);
    else out.push([iv[0], iv[1]]);
  }
  return out;
}

function overlap(intervals: [number, number][], start: number, end: number): number {
  let sum = 0;
  for (const [a, b] of intervals) {
    if (b <= start) continue;
    if (a >= end) break;
    sum += Math.min(b, end) - Math.max(a, start);
  }
  return sum;
}

export function analyseTrace(events: TraceEvent[], pageUrlPrefix: string, extPrefix: string): TraceSummary {
  const thread = rendererThread(events, pageUrlPrefix, extPrefix);
  const empty: TraceSummary = { found: false, pid: null, tid: null, taskCount: 0, taskMs: 0, extensionMs: 0, longTasks: [], longTasksWithExtension: 0, longTasksCausedByExtension: 0, sites: [], breakdown: {} };
  if (!thread) return empty;
  const onMain = events.filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X' && typeof e.dur === 'number');
  const taskName = onMain.some((e) => e.name === 'RunTask') ? 'RunTask' : 'ThreadControllerImpl::RunTask';
  const tasks = onMain.filter((e) => e.name === taskName);
  const extAll = onMain
    .filter((e) => SCRIPT_EVENTS.has(e.name) && typeof e.args?.data?.url === 'string' && e.args.data.url.startsWith(extPrefix))
    .sort((a, b) => a.ts - b.ts);
  // Only outermost events (a compile nested in its EvaluateScript is not counted twice).
  const extEvents: TraceEvent[] = [];
  let coveredUntil = -Infinity;
  for (const e of extAll) {
    if (e.ts < coveredUntil) continue;
    extEvents.push(e);
    coveredUntil = e.ts + e.dur!;
  }
  const extIntervals = merge(extEvents.map((e) => [e.ts, e.ts + e.dur!]));
  const extUs = extEvents.reduce((a, e) => a + cpu(e), 0);

  const t0 = tasks.length ? Math.min(...tasks.map((t) => t.ts)) : 0;
  const longTasks: LongTask[] = tasks
    .filter((t) => t.dur! > LONG_TASK_US)
    .map((t) => {
      const ext = overlap(extIntervals, t.ts, t.ts + t.dur!);
      return { startMs: (t.ts - t0) / 1000, durationMs: t.dur! / 1000, extensionMs: ext / 1000, causedByExtension: ext > 0 && t.dur! - ext <= LONG_TASK_US };
    });

  const bySite = new Map<string, number[]>();
  for (const e of extEvents) {
    const d = e.args!.data;
    const site = `${e.name} ${d.functionName || '(anonymous)'} @${d.lineNumber ?? '?'}:${d.columnNumber ?? '?'}`;
    const list = bySite.get(site) ?? [];
    list.push(cpu(e) / 1000);
    bySite.set(site, list);
  }
  const sites = [...bySite]
    .map(([site, ds]) => ({ site, count: ds.length, totalMs: ds.reduce((a, b) => a + b, 0), maxMs: Math.max(...ds), p95Ms: percentile(ds, 95) }))
    .sort((a, b) => b.totalMs - a.totalMs);

  return {
    found: true,
    pid: thread.pid,
    tid: thread.tid,
    taskCount: tasks.length,
    taskMs: tasks.reduce((a, t) => a + cpu(t), 0) / 1000,
    extensionMs: extUs / 1000,
    longTasks,
    longTasksWithExtension: longTasks.filter((t) => t.extensionMs > 0).length,
    longTasksCausedByExtension: longTasks.filter((t) => t.causedByExtension).length,
    sites,
    breakdown: Object.fromEntries(BREAKDOWN.map((name) => [name, onMain.filter((e) => e.name === name).reduce((a, e) => a + cpu(e), 0) / 1000])),
  };
}

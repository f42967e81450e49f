/**
 * Reads a Chromium trace for one page: its renderer main thread, the long tasks on it (> 50 ms),
 * and the extension's script time (FunctionCall / EvaluateScript / compile events whose URL is
 * chrome-extension://…) inside each: only the trace can say which long tasks the extension caused.
 * Also our callbacks one by one: the longest, and the style/layout forced inside them.
 * (Promise continuations run as microtasks without a URL: they are not counted as ours.)
 */
import type { TraceEvent } from './cdp';

export interface LongTask {
  startMs: number;
  durationMs: number;
  extensionMs: number;
  /** Without the extension's share it would not have been a long task. */
  causedByExtension: boolean;
}

export interface TraceSummary {
  found: boolean;
  /** The extension's script time on the page's main thread (thread time where available). */
  extensionMs: number;
  /** Our callbacks (outermost script events of ours): how many, and the longest (thread time). */
  callbacks: number;
  longestCallbackMs: number;
  /**
   * Style recalculation and layout that ran inside our callbacks (UpdateLayoutTree / Layout nested
   * in them): work our code made the browser do at once, on dirty style, instead of in its frame.
   */
  forcedMs: number;
  forcedCount: number;
  longTasks: LongTask[];
  longTasksCausedByExtension: number;
}

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
  if (!thread) return { found: false, extensionMs: 0, callbacks: 0, longestCallbackMs: 0, forcedMs: 0, forcedCount: 0, longTasks: [], longTasksCausedByExtension: 0 };
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
  // Forced style/layout: nested in one of our callbacks (both lists are sorted by start).
  const styleLayout = onMain.filter((e) => e.name === 'UpdateLayoutTree' || e.name === 'Layout').sort((a, b) => a.ts - b.ts);
  let forcedUs = 0;
  let forcedCount = 0;
  let k = 0;
  for (const cb of extEvents) {
    while (k < styleLayout.length && styleLayout[k]!.ts < cb.ts) k++;
    for (let j = k; j < styleLayout.length && styleLayout[j]!.ts < cb.ts + cb.dur!; j++) {
      const e = styleLayout[j]!;
      if (e.ts + e.dur! > cb.ts + cb.dur!) continue;
      forcedUs += cpu(e);
      forcedCount++;
    }
  }
  const extIntervals = merge(extEvents.map((e) => [e.ts, e.ts + e.dur!]));

  const t0 = tasks.length ? Math.min(...tasks.map((t) => t.ts)) : 0;
  const longTasks: LongTask[] = tasks
    .filter((t) => t.dur! > LONG_TASK_US)
    .map((t) => {
      const ext = overlap(extIntervals, t.ts, t.ts + t.dur!);
      return { startMs: (t.ts - t0) / 1000, durationMs: t.dur! / 1000, extensionMs: ext / 1000, causedByExtension: ext > 0 && t.dur! - ext <= LONG_TASK_US };
    });
  return {
    found: true,
    extensionMs: extEvents.reduce((a, e) => a + cpu(e), 0) / 1000,
    callbacks: extEvents.length,
    longestCallbackMs: extEvents.reduce((a, e) => Math.max(a, cpu(e)), 0) / 1000,
    forcedMs: forcedUs / 1000,
    forcedCount,
    longTasks,
    longTasksCausedByExtension: longTasks.filter((t) => t.causedByExtension).length,
  };
}

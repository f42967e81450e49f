/** Thin CDP helpers: metrics, heap and tracing of one page. */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';

/** Loosely typed send: the protocol typings lag Chromium, and we use only stable fields. */
export type Send = (method: string, params?: Record<string, unknown>) => Promise<any>;

export interface PageCdp {
  session: CDPSession;
  send: Send;
  detach(): Promise<void>;
}

export async function attach(context: BrowserContext, page: Page): Promise<PageCdp> {
  const session = await context.newCDPSession(page);
  const send: Send = (method, params) => (session.send as (m: string, p?: object) => Promise<unknown>)(method, params);
  return { session, send, detach: () => session.detach().catch(() => undefined) };
}

/** Performance.getMetrics as a name → value map. TaskDuration etc. are in seconds. */
export async function metrics(cdp: PageCdp): Promise<Record<string, number>> {
  const { metrics: list } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

export interface HeapSample {
  /** Runtime.getHeapUsage: the whole isolate (main world and the content script's isolated world). */
  usedSize: number;
  nodes: number;
  listeners: number;
}

export async function heapAfterGc(cdp: PageCdp): Promise<HeapSample> {
  await cdp.send('HeapProfiler.enable');
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.disable');
  const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  const m = await metrics(cdp);
  return { usedSize: usage.usedSize, nodes: m.Nodes ?? NaN, listeners: m.JSEventListeners ?? NaN };
}

export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of a complete event, when the trace has thread timestamps. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: Record<string, any>;
}

// Tasks, script entry points (with their URL), style, layout, paint, GC, and the frame → renderer
// process map (TracingStartedInBrowser, in the disabled-by-default timeline category).
const TRACE_CATEGORIES = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline'];

/** Records a Chromium trace (the whole browser) while `fn` runs. */
export async function withTrace<T>(cdp: PageCdp, fn: () => Promise<T>): Promise<{ result: T; events: TraceEvent[] }> {
  const events: TraceEvent[] = [];
  const onData = (e: { value: TraceEvent[] }) => {
    for (const ev of e.value) events.push(ev);
  };
  cdp.session.on('Tracing.dataCollected' as never, onData as never);
  const complete = new Promise<void>((resolve) => cdp.session.once('Tracing.tracingComplete' as never, (() => resolve()) as never));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: TRACE_CATEGORIES, excludedCategories: ['*'] }, transferMode: 'ReportEvents' });
  let result: T;
  try {
    result = await fn();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    cdp.session.off('Tracing.dataCollected' as never, onData as never);
  }
  return { result, events };
}

/**
 * One-off analysis: where the main thread's time goes during click → link. Runs a few warm creates
 * (as create.ts does) under a Chromium trace and breaks the renderer main thread's time down
 * between the page's marks (click → dialog, OK → link): our script, the page's script, style,
 * layout, paint, GC, and the time it sat idle (waiting for the worker's answer). Prints per create
 * and the medians; `--json file` writes the raw breakdown.
 *
 *   npx tsx scripts/bench/create-trace.ts [--page heavy|demo] [--n 6] [--invalidations]
 */
import { writeFileSync } from 'node:fs';
import { startStack } from '../../tests/harness/stack';
import { clickZoomAndConsent, openNewMeeting, waitForJoinUrl, zoomButton } from '../../tests/harness/flows';
import { attach, type TraceEvent } from './cdp';
import { openOnTime, type BenchEnv } from './env';
import { launchPlain } from './plain-browser';
import { awaitCreate, CREATE_PROBE, HEAVY_MANUAL, prepareEditor } from './page-scripts';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? (args[i + 1] ?? fallback) : fallback;
};
const pageName = opt('--page', 'heavy');
const n = Number(opt('--n', '6'));
const invalidations = args.includes('--invalidations');
const jsonOut = opt('--json', '');

// The same marks as CREATE_PROBE, as trace events (console.timeStamp → "TimeStamp").
const STAMPS = `(() => {
  if (window.__stamps) return; window.__stamps = true;
  let phase = 'idle';
  window.addEventListener('click', (e) => {
    const path = e.composedPath();
    if (phase === 'armed' && path.some((n) => n.localName === 'ontime-zoom-control')) { phase = 'clicked'; console.timeStamp('mark:click'); }
    else if (phase === 'dialog' && e.isTrusted && path.some((n) => n.localName === 'ontime-zoom-dialog')) { phase = 'ok'; console.timeStamp('mark:ok'); }
  }, true);
  new MutationObserver((records) => {
    if (phase !== 'clicked') return;
    for (const r of records) for (const node of r.addedNodes) if (node.localName === 'ontime-zoom-dialog') { phase = 'dialog'; console.timeStamp('mark:dialog'); return; }
  }).observe(document.body, { childList: true });
  document.addEventListener('input', (e) => {
    if (phase !== 'ok') return;
    const t = e.target;
    if (t instanceof HTMLInputElement && /\\/j\\/\\d+/.test(t.value)) { phase = 'idle'; console.timeStamp('mark:link'); }
  }, true);
  window.__stampArm = () => { phase = 'armed'; };
})()`;

const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'disabled-by-default-v8.gc',
  'blink.user_timing',
  'ipc',
  'mojom',
  'extensions',
  ...(invalidations ? ['disabled-by-default-devtools.timeline.invalidationTracking'] : []),
];

const stack = await startStack({ seedEvents: 5000 });
const plain = await launchPlain();
const env: BenchEnv = {
  contexts: { with: stack.browser.context, without: plain.context },
  extensionId: stack.browser.extensionId,
  ontimeUrl: pageName === 'heavy' ? `${stack.ontime.url}heavy.html` : stack.ontime.url,
  sim: stack.sim,
  log: console.log,
};
const extPrefix = `chrome-extension://${env.extensionId}/`;

try {
  const page = await openOnTime(env, 'with');
  const cdp = await attach(env.contexts.with, page);
  await page.evaluate(HEAVY_MANUAL);
  await page.evaluate(CREATE_PROBE);
  await page.evaluate(STAMPS);
  {
    const editor = await openNewMeeting(page, 'Trace: consent');
    const dialog = await clickZoomAndConsent(env.contexts.with, page);
    await dialog.getByRole('button', { name: 'OK' }).click();
    await waitForJoinUrl(editor);
  }
  const one = async (label: string) => {
    const prepared = (await page.evaluate(prepareEditor(label))) as { ready: boolean };
    if (!prepared.ready) throw new Error(`${label}: not ready`);
    await page.evaluate('window.__bench.armCreate(); window.__stampArm()');
    await zoomButton(page).click();
    await page.getByRole('dialog', { name: 'Zoom meeting settings' }).getByRole('button', { name: 'OK' }).click({ timeout: 15_000 });
    return (await page.evaluate(awaitCreate(15_000))) as { click: number; dialog: number; ok: number; link: number };
  };
  for (let i = 0; i < 4; i++) await one(`Trace warm-up ${i}`);

  const events: TraceEvent[] = [];
  const onData = (e: { value: TraceEvent[] }) => events.push(...e.value);
  cdp.session.on('Tracing.dataCollected' as never, onData as never);
  const complete = new Promise<void>((r) => cdp.session.once('Tracing.tracingComplete' as never, (() => r()) as never));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES, excludedCategories: ['*'] }, transferMode: 'ReportEvents' });
  const marks = [];
  for (let i = 0; i < n; i++) marks.push(await one(`Trace ${i}`));
  await cdp.send('Tracing.end');
  await complete;
  console.log('bench marks (ms): ' + marks.map((m) => `${(m.dialog - m.click).toFixed(0)}+${(m.link - m.ok).toFixed(0)}`).join(' '));
  const out = analyse(events, extPrefix);
  if (jsonOut) writeFileSync(jsonOut, JSON.stringify(out, null, 1));
  await page.close();
} finally {
  await Promise.allSettled([stack.close(), plain.close()]);
}

type Node = TraceEvent & { children: Node[]; self: number; ext?: boolean; script?: boolean };

function analyse(events: TraceEvent[], ext: string) {
  const stamps = events.filter((e) => e.name === 'TimeStamp' && String(e.args?.data?.message ?? '').startsWith('mark:'));
  if (!stamps.length) throw new Error('no marks in the trace');
  const { pid, tid } = stamps[0]!;
  const main = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && typeof e.dur === 'number').sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  // Nest complete events into trees; self time = duration − children.
  const roots: Node[] = [];
  const stack: Node[] = [];
  for (const e of main) {
    const node: Node = { ...e, children: [], self: e.dur! };
    while (stack.length && stack[stack.length - 1]!.ts + stack[stack.length - 1]!.dur! <= e.ts) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) {
      parent.children.push(node);
      parent.self -= node.dur!;
    } else roots.push(node);
    stack.push(node);
  }
  const SCRIPT = /^(FunctionCall|EvaluateScript|V8\.Execute|v8\.run|TimerFire|EventDispatch|RunMicrotasks|v8\.callFunction|FireAnimationFrame|V8\.RunMicrotasks)$/;
  const kind = (e: Node, inExt: boolean | null): string => {
    const n = e.name;
    if (/GC|Scavenge|MarkCompact|Sweep|Finalize/i.test(n)) return 'gc';
    if (n === 'UpdateLayoutTree' || n === 'RecalculateStyles' || n === 'ScheduleStyleRecalculation') return 'style';
    if (n === 'Layout' || n === 'UpdateLayout') return 'layout';
    if (/Paint|Layerize|Composit|Commit|UpdateLayer|PrePaint|Raster|Hit ?Test|IntersectionObserver|ResizeObserver|Animation|BeginFrame|BeginMainThreadFrame/i.test(n)) return 'render:' + n;
    if (/compile|parse/i.test(n)) return inExt ? 'ours:compile' : inExt === false ? 'page:compile' : 'compile';
    if (inExt === true) return 'ours';
    if (inExt === false) return 'page';
    return 'other:' + n;
  };
  const totals = (from: number, to: number) => {
    const by: Record<string, number> = {};
    let busy = 0;
    const walk = (e: Node, inExt: boolean | null, inScript: boolean) => {
      let x = inExt;
      const url = e.args?.data?.url ?? e.args?.data?.scriptName;
      if (typeof url === 'string' && url) x = url.startsWith(ext);
      else if (SCRIPT.test(e.name) && x === null) x = null;
      const s = Math.max(0, Math.min(e.ts + e.dur!, to) - Math.max(e.ts, from)) - e.children.reduce((a, c) => a + Math.max(0, Math.min(c.ts + c.dur!, to) - Math.max(c.ts, from)), 0);
      if (s > 0) {
        let k = kind(e, x);
        if (k.startsWith('other:') && inScript) k = 'script?:' + e.name;
        by[k] = (by[k] ?? 0) + s;
      }
      for (const c of e.children) if (c.ts < to && c.ts + c.dur! > from) walk(c, x, inScript || SCRIPT.test(e.name));
    };
    for (const r of roots) {
      if (r.ts >= to || r.ts + r.dur! <= from) continue;
      busy += Math.min(r.ts + r.dur!, to) - Math.max(r.ts, from);
      walk(r, null, false);
    }
    by.idle = to - from - busy;
    return Object.fromEntries(Object.entries(by).map(([k, v]) => [k, v / 1000]));
  };
  // Tasks in an interval: one line each (start offset, duration, what was in it).
  const tasks = (from: number, to: number) =>
    roots
      .filter((r) => r.ts < to && r.ts + r.dur! > from && r.dur! > 500)
      .map((r) => {
        const t = totals(r.ts, r.ts + r.dur!);
        delete t.idle;
        const top = Object.entries(t).sort((a, b) => b[1] - a[1]).slice(0, 4).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ');
        return `  +${((r.ts - from) / 1000).toFixed(1)} ${(r.dur! / 1000).toFixed(1)} ms: ${top}`;
      });
  // Style recalcs: element counts, and who invalidated (with --invalidations).
  const recalcs = (from: number, to: number) =>
    main
      .filter((e) => e.name === 'UpdateLayoutTree' && e.ts >= from && e.ts < to)
      .map((e) => `${(e.dur! / 1000).toFixed(1)}ms/${e.args?.elementCount ?? '?'}el`)
      .join(' ');
  const inv = (from: number, to: number) => {
    const counts: Record<string, number> = {};
    for (const e of events) {
      if (e.pid !== pid || e.ts < from || e.ts >= to) continue;
      if (!/Invalidation|ScheduleStyle/.test(e.name)) continue;
      const d = e.args?.data ?? {};
      const key = `${e.name}: ${d.reason ?? d.changedClass ?? d.changedAttribute ?? d.changedPseudo ?? d.changedId ?? ''} @${d.nodeName ?? ''}`;
      counts[key] = (counts[key] ?? 0) + 1;
    }
    return Object.entries(counts).sort((a, b) => b[1] - a[1]).slice(0, 12);
  };
  const marks = stamps.map((s) => ({ name: String(s.args!.data.message).slice(5), ts: s.ts })).sort((a, b) => a.ts - b.ts);
  const creates: { click: number; dialog: number; ok: number; link: number }[] = [];
  let cur: Record<string, number> = {};
  for (const m of marks) {
    if (m.name === 'click') cur = {};
    cur[m.name] = m.ts;
    if (m.name === 'link' && cur.click && cur.dialog && cur.ok) creates.push(cur as never);
  }
  const result = creates.map((c, i) => {
    const before = totals(c.click, c.dialog);
    const after = totals(c.ok, c.link);
    console.log(`\n#${i} click→dialog ${((c.dialog - c.click) / 1000).toFixed(1)} ms, OK→link ${((c.link - c.ok) / 1000).toFixed(1)} ms (dialog→OK ${((c.ok - c.dialog) / 1000).toFixed(0)} ms, not counted)`);
    const fmt = (t: Record<string, number>) => Object.entries(t).sort((a, b) => b[1] - a[1]).filter(([, v]) => v >= 0.2).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ');
    console.log(` before dialog: ${fmt(before)}\n  style recalcs: ${recalcs(c.click, c.dialog)}`);
    console.log(tasks(c.click, c.dialog).join('\n'));
    if (invalidations) console.log('  invalidations: ' + JSON.stringify(inv(c.click, c.dialog)));
    console.log(` after OK: ${fmt(after)}\n  style recalcs: ${recalcs(c.ok, c.link)}`);
    console.log(tasks(c.ok, c.link).join('\n'));
    if (invalidations) console.log('  invalidations: ' + JSON.stringify(inv(c.ok, c.link)));
    // The rest of the task that wrote the link (the page's own input/change handlers, the body
    // written after Location), and the frame after it: not in the figure, but paid by the page.
    const task = roots.find((r) => r.ts <= c.link && r.ts + r.dur! >= c.link);
    const rest = task ? totals(c.link, task.ts + task.dur!) : {};
    delete rest.idle;
    console.log(` after the link, rest of its task: ${fmt(rest)}`);
    return { before, after, rest, beforeMs: (c.dialog - c.click) / 1000, afterMs: (c.link - c.ok) / 1000 };
  });
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  for (const side of ['before', 'after', 'rest'] as const) {
    const keys = new Set(result.flatMap((r) => Object.keys(r[side])));
    const med = [...keys].map((k) => [k, median(result.map((r) => r[side][k] ?? 0))] as const).filter(([, v]) => v >= 0.2).sort((a, b) => b[1] - a[1]);
    const label = side === 'before' ? 'click→dialog' : side === 'after' ? 'OK→link' : 'after the link mark, rest of its task';
    const total = side === 'rest' ? '' : `${median(result.map((r) => (side === 'before' ? r.beforeMs : r.afterMs))).toFixed(1)} ms`;
    console.log(`\nmedian ${label} ${total}: ${med.map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ')}`);
  }
  return result;
}

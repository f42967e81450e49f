/**
 * Turns the phase results into the figures of the report: one row each, with the measured value
 * the budget and goal apply to, pass/fail, and evidence lines for every miss.
 */
import type { BundleSizes, ScriptSize } from './bundle-size';
import type { Composition } from './bundle-composition';
import type { CreateResult, CreateSample } from './create';
import type { InjectionResult } from './injection';
import type { MemoryResult } from './memory';
import type { SessionResult, SessionRun, SessionVariant } from './session';
import { mean, median, round, summarize } from './stats';

export interface Limit {
  /** The measured value is compared with `<=`. */
  max: number;
  text: string;
}

export interface Figure {
  id: string;
  label: string;
  with: string;
  without: string;
  ratio: string;
  /** What budget and goal are checked against (unit as in `limit.text`). */
  value: number | null;
  budget: Limit | null;
  goal: Limit | null;
  status: 'pass' | 'goal missed' | 'FAIL' | 'info' | 'error';
  evidence: string[];
  data?: unknown;
}

/** The two OnTime pages every figure is measured on: the demo, and the heavy page (tests/harness/ontime-demo/public/heavy/). */
export type PageName = 'demo' | 'heavy';

export interface PageResults {
  injection?: InjectionResult;
  session?: SessionResult;
  memoryFresh?: MemoryResult;
  memoryAfter?: MemoryResult;
  create?: CreateResult;
}

export interface PhaseResults {
  size?: BundleSizes;
  pages: Partial<Record<PageName, PageResults>>;
  errors: Record<string, string>;
}

const KB = 1024;
const MB = 1024 * 1024;
const ms = (v: number) => (Number.isFinite(v) ? `${round(v)} ms` : 'n/a');
const kb = (v: number) => `${round(v / KB)} KB`;
const mb = (v: number) => `${round(v / MB)} MB`;
const signedKb = (v: number) => `${v >= 0 ? '+' : ''}${round(v / KB)} KB`;
const ratio = (a: number, b: number) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? (a / b).toFixed(3) : '—');
const list = (xs: number[], f: (x: number) => string | number = (x) => x.toFixed(3)) => `[${xs.map(f).join(', ')}]`;

function judge(value: number | null, budget: Limit | null, goal: Limit | null): Figure['status'] {
  if (!budget && !goal) return 'info';
  if (value === null || !Number.isFinite(value)) return 'error';
  if (budget && value > budget.max) return 'FAIL';
  if (goal && value > goal.max) return 'goal missed';
  return 'pass';
}

type FigureInput = Pick<Figure, 'id' | 'label' | 'with'> & Partial<Omit<Figure, 'status'>>;

/** A row; without a budget or goal it is information only. */
function figure(f: FigureInput): Figure {
  const full = { without: '—', ratio: '—', value: null, budget: null, goal: null, evidence: [], ...f };
  return { ...full, status: judge(full.value, full.budget, full.goal) };
}

/** What each kilobyte is: by package or folder, then the largest files (gzip shares are estimates). */
export function compositionLines(c: Composition | undefined): string[] {
  if (!c) return [];
  const row = (r: { group: string; raw: number; gzip: number }) => `${r.group} ${kb(r.raw)} raw ≈ ${kb(r.gzip)} gzip`;
  return [
    `what each KB is (esbuild re-bundle: ${kb(c.raw)} raw, ${kb(c.gzip)} gzip; gzip shared by raw bytes): ${c.groups.map(row).join('; ')}`,
    `largest files: ${c.files.map(row).join('; ')}`,
  ];
}

function sizeFigures(size: BundleSizes): Figure[] {
  const line = (s: ScriptSize) => `${s.file} (${s.source}): ${kb(s.raw)} raw, ${kb(s.gzip)} gzip`;
  const files = size.injected.map(line);
  const onDemand = size.onDemand ?? [];
  const sum = (list: ScriptSize[], key: 'raw' | 'gzip') => list.reduce((a, s) => a + s[key], 0);
  return [
    figure({
      id: 'size.gzip',
      label: 'content-script size (gzip)',
      with: kb(size.totalGzip),
      value: size.totalGzip / KB,
      budget: { max: 25, text: '≤ 25 KB' },
      goal: { max: 15, text: '≤ 15 KB' },
      evidence: [`injected on every page: ${files.join('; ') || 'none'}`, ...compositionLines(size.composition), ...size.notes],
      data: size,
    }),
    figure({ id: 'size.raw', label: 'content-script size (raw)', with: kb(size.totalRaw) }),
    // Information, no budget: loaded into a frame when an editor first opens there, or a page check asks.
    figure({
      id: 'size.onDemand.gzip',
      label: 'on-demand part (gzip), at first editor open',
      with: onDemand.length ? kb(sum(onDemand, 'gzip')) : '—',
      evidence: [`on demand: ${onDemand.map(line).join('; ') || 'none'}`, ...compositionLines(size.onDemandComposition)],
    }),
    figure({ id: 'size.onDemand.raw', label: 'on-demand part (raw)', with: onDemand.length ? kb(sum(onDemand, 'raw')) : '—' }),
  ];
}

function injectionFigures(inj: InjectionResult): Figure[] {
  const lat = summarize(inj.latencyMs);
  const evidence: string[] = [];
  if (inj.missing) evidence.push(`${inj.missing} of ${inj.opens} opens never got the control`);
  if (inj.sameBatch) evidence.push(`${inj.sameBatch} opens: dialog and control seen in one observer delivery (latency reads 0)`);
  evidence.push(`latency max ${ms(lat.max)}`);
  return [
    figure({ id: 'injection.p50', label: `injection latency p50 (${inj.opens} opens)`, with: ms(lat.p50) }),
    figure({
      id: 'injection.p95',
      label: `injection latency p95 (${inj.opens} opens)`,
      with: ms(lat.p95),
      value: inj.missing ? Infinity : lat.p95,
      budget: { max: 16, text: '≤ 16 ms' },
      goal: { max: 4, text: '≤ 4 ms' },
      evidence,
      data: { latency: lat, missing: inj.missing, sameBatch: inj.sameBatch },
    }),
  ];
}

const runsOf = (s: SessionResult, v: SessionVariant) => s.runs.filter((r) => r.variant === v);
/** The run without any extension that ran interleaved with this one. */
const withoutRun = (s: SessionResult, pair: number) => s.runs.find((r) => r.variant === 'without' && r.pair === pair);
/** Per interleaved run: the variant's time over the browser without an extension in the same run. */
const pairRatios = (s: SessionResult, v: SessionVariant) => runsOf(s, v).map((x) => x.taskMs / (withoutRun(s, x.pair)?.taskMs ?? NaN));

/**
 * What one editor open costs the page, the figure a user would feel: (with − without) in the
 * session's editor part, per open, paired per interleaved run; the plain-button floor beside it.
 */
function extraPerOpen(s: SessionResult, v: 'with' | 'floor' | 'again'): number[] {
  return runsOf(s, v)
    .map((x) => {
      const o = withoutRun(s, x.pair);
      return o && x.opens ? (x.parts.editor.taskMs - o.parts.editor.taskMs) / x.opens : NaN;
    })
    .filter(Number.isFinite);
}

/** Per interleaved run: ours minus the plain-button floor, per editor open (what our control costs above the cheapest possible one). */
function aboveFloorPerOpen(s: SessionResult): number[] {
  return runsOf(s, 'with')
    .map((x) => {
      const f = runsOf(s, 'floor').find((r) => r.pair === x.pair);
      const o = withoutRun(s, x.pair);
      return f && o && x.opens && f.opens ? (x.parts.editor.taskMs - f.parts.editor.taskMs) / x.opens : NaN;
    })
    .filter(Number.isFinite);
}

/** Per interleaved run: the variant's time over the mean of both browsers without an extension (their mean halves the noise of one). */
function ratiosToBaselines(s: SessionResult, v: 'with' | 'floor'): number[] {
  return runsOf(s, v)
    .map((x) => x.taskMs / mean(s.runs.filter((r) => (r.variant === 'without' || r.variant === 'again') && r.pair === x.pair).map((r) => r.taskMs)))
    .filter(Number.isFinite);
}

function overheadEvidence(s: SessionResult): string[] {
  const by = (v: SessionVariant, f: (r: SessionRun) => number) => median(runsOf(s, v).map(f));
  const parts = ['navigate', 'editor', 'calendar'] as const;
  const ours = pairRatios(s, 'with');
  const floor = pairRatios(s, 'floor');
  const again = pairRatios(s, 'again');
  const out = [
    `TaskDuration per interleaved run (ms): with ${list(runsOf(s, 'with').map((r) => r.taskMs), round)}, without ${list(runsOf(s, 'without').map((r) => r.taskMs), round)}; ratio per run ${list(ours)}`,
  ];
  if (floor.length) {
    out.push(
      `calibration, in the same runs: a throw-away extension that only appends a plain <button> to each editor, ratio per run ${list(floor)}; ` +
        `layout ${round(by('floor', (r) => r.layoutMs))} ms vs ${round(by('without', (r) => r.layoutMs))} ms without`,
    );
  }
  if (again.length) out.push(`noise, in the same runs: a second browser without any extension (A/A), ratio per run ${list(again)}`);
  if (floor.length > 1) {
    out.push(
      'against the mean of both browsers without an extension: ' +
        (['with', 'floor'] as const)
          .map((v) => {
            const xs = ratiosToBaselines(s, v);
            return `${v === 'with' ? 'ours' : 'plain-button floor'} ${list(xs)}, mean ${mean(xs).toFixed(3)}`;
          })
          .join('; '),
    );
  }
  out.push(
    `per editor open, with − without in the editor part (ms, per run): ours ${list(extraPerOpen(s, 'with'), round)}` +
      (floor.length ? `, plain-button floor ${list(extraPerOpen(s, 'floor'), round)}` : '') +
      (again.length ? `, A/A (noise) ${list(extraPerOpen(s, 'again'), round)}` : ''),
    'by part of the session (medians, with / without): ' +
      parts.map((p) => `${p} ${round(by('with', (r) => r.parts[p].taskMs))} / ${round(by('without', (r) => r.parts[p].taskMs))} ms`).join('; '),
  );
  return out;
}

function longTaskEvidence(s: SessionResult, diffs: number[]): string[] {
  const t = s.trace;
  return [
    `untraced runs (PerformanceObserver): with − without per interleaved run ${list(diffs, String)}; durations (ms) per run: ` +
      (['with', 'without', 'floor', 'again'] as const)
        .map((v) => `${v} [${runsOf(s, v).map((r) => list(r.longTaskMs, round)).join(' ')}]`)
        .join(', '),
    `traced run with the extension (tracing slows tasks down): ${t.longTasks.length} long tasks, ${t.longTasksCausedByExtension} would be under 50 ms without its script; its script ${ms(t.extensionMs)} in all`,
    ...t.longTasks
      .filter((x) => x.extensionMs > 0)
      .sort((a, b) => b.extensionMs - a.extensionMs)
      .slice(0, 6)
      .map((x) => `  long task at +${round(x.startMs)} ms: ${ms(x.durationMs)}, of which extension script ${ms(x.extensionMs)}${x.causedByExtension ? ' (caused by the extension)' : ''}`),
  ];
}

function sessionFigures(s: SessionResult): Figure[] {
  const taskMs = (v: SessionVariant) => ms(median(runsOf(s, v).map((r) => r.taskMs)));
  const taskRatio = median(pairRatios(s, 'with'));
  const calibration = (v: 'floor' | 'again', id: string, label: string) =>
    runsOf(s, v).length ? [figure({ id, label, with: taskMs(v), without: taskMs('without'), ratio: median(pairRatios(s, v)).toFixed(3) })] : [];
  const perOpen = (v: 'with' | 'floor' | 'again', id: string, label: string) => {
    const xs = extraPerOpen(s, v);
    return xs.length ? [figure({ id, label, with: ms(median(xs)) })] : [];
  };
  const above = aboveFloorPerOpen(s);
  const noise = extraPerOpen(s, 'again');
  // The extra long tasks in each interleaved run are evidence only: on a loaded machine the page's
  // own tasks sit near 50 ms in every tab. "Caused by the extension" needs the trace's attribution.
  const diffs = runsOf(s, 'with').map((w) => w.longTasks - (withoutRun(s, w.pair)?.longTasks ?? 0));
  const t = s.trace;
  const caused = t.found ? t.longTasksCausedByExtension : NaN;
  const forcedShare = t.found && t.extensionMs > 0 ? (t.forcedMs / t.extensionMs) * 100 : t.found ? 0 : NaN;
  const r0 = s.runs[0];
  return [
    figure({
      id: 'overhead.task',
      label: `page overhead: main-thread time (${r0 ? `${r0.navigations} navigations, ${r0.opens} opens, ${r0.mutations} mutations` : ''})`,
      with: taskMs('with'),
      without: taskMs('without'),
      ratio: taskRatio.toFixed(3),
      evidence: overheadEvidence(s),
      data: { runs: s.runs },
    }),
    ...calibration('floor', 'overhead.floor', 'page overhead floor: only a plain button in each editor (calibration)'),
    ...calibration('again', 'overhead.noise', 'page overhead noise: a second browser without any extension (A/A)'),
    ...perOpen('with', 'overhead.perOpen', 'per editor open: ours − without'),
    ...perOpen('floor', 'overhead.perOpen.floor', 'per editor open: plain-button floor − without (calibration)'),
    ...perOpen('again', 'overhead.perOpen.noise', 'per editor open: A/A noise, 2nd plain browser − without'),
    figure({
      id: 'overhead.aboveFloor',
      label: 'page cost above the plain-button floor, per editor open',
      with: ms(median(above)),
      value: above.length ? median(above) : null,
      budget: { max: 0.5, text: '≤ 0.5 ms' },
      goal: { max: 0.1, text: '≤ 0.1 ms' },
      evidence: [
        `ours − floor per open, per interleaved run (ms): ${list(above, round)}; median ${ms(median(above))}`,
        `noise on the same scale (A/A, per open, per run): ${list(noise, round)}; a difference within it is not a measured cost`,
      ],
    }),
    figure({
      id: 'trace.forced',
      label: 'style/layout forced inside our callbacks (traced session)',
      with: t.found ? `${round(forcedShare)} % (${ms(t.forcedMs)})` : 'n/a',
      value: forcedShare,
      budget: { max: 5, text: '≤ 5 %' },
      goal: { max: 0, text: '0 ms' },
      evidence: [`our callbacks: ${t.callbacks}, ${ms(t.extensionMs)} in all (thread time); style/layout nested in them: ${t.forcedCount} events, ${ms(t.forcedMs)}`],
    }),
    figure({
      id: 'trace.longest',
      label: 'longest single callback of ours (traced session, thread time)',
      with: t.found ? ms(t.longestCallbackMs) : 'n/a',
      value: t.found ? t.longestCallbackMs : null,
      budget: { max: 16, text: '≤ 16 ms' },
      goal: { max: 4, text: '≤ 4 ms' },
      evidence: [`${t.callbacks} callbacks; a garbage collection that lands in one counts in it`],
    }),
    figure({
      id: 'longtasks.extension',
      label: 'long tasks caused by the extension',
      with: String(caused),
      without: '0',
      value: caused,
      budget: { max: 0, text: '0' },
      goal: { max: 0, text: '0' },
      evidence: longTaskEvidence(s, diffs),
      data: { trace: s.trace },
    }),
  ];
}

function createFigures(c: CreateResult): Figure[] {
  const out: Figure[] = [];
  for (const kind of ['warm', 'cold', 'coldOpen'] as const) {
    const samples: CreateSample[] = c[kind];
    const name = kind === 'coldOpen' ? 'cold worker woken at editor open (warmUp)' : `${kind} worker`;
    // The baseline makes the same Zoom calls as the extension did.
    const asksSettings = samples.some((x) => x.requests.some((r) => r.endsWith('/users/me/settings')));
    const direct = summarize(c.direct.map((d) => (asksSettings ? d.settingsMs : 0) + d.createMs));
    const total = summarize(samples.map((s) => s.clickToLinkMs));
    const toDialog = summarize(samples.map((s) => s.clickToDialogMs));
    const afterOk = summarize(samples.map((s) => s.okToLinkMs));
    const requests = new Map<string, number>();
    for (const x of samples) for (const r of x.requests) requests.set(r, (requests.get(r) ?? 0) + 1);
    const evidence = [
      `click → dialog p50 ${ms(toDialog.p50)} / p95 ${ms(toDialog.p95)}; OK → link p50 ${ms(afterOk.p50)} / p95 ${ms(afterOk.p95)}; n = ${samples.length}`,
      `Zoom requests per create: ${[...requests].map(([r, n]) => `${r} ×${round(n / Math.max(samples.length, 1))}`).join(', ')}`,
      `the same Zoom calls straight from Node (${asksSettings ? 'GET settings + POST meeting' : 'POST meeting'}, incl. server time): p50 ${ms(direct.p50)} / p95 ${ms(direct.p95)}`,
    ];
    if (kind === 'coldOpen') evidence.push(`worker stopped before each editor open, click ${1.5} s later (the user types): the warmUp verb sent at open has started it`);
    if (kind === 'cold') evidence.push(`worker stopped before each click (CDP stopWorker, ${ms(median(c.coldStopMs))} median to "stopped"); seen starting again after ${c.coldRestarts} of ${samples.length} clicks`);
    if (c.failures.length) evidence.push(`failures: ${c.failures.slice(0, 3).join(' | ')}`);
    out.push(
      figure({ id: `create.${kind}.p50`, label: `click → link, ${name}, incl. dialog p50`, with: ms(total.p50), without: ms(direct.p50), ratio: ratio(total.p50, direct.p50) }),
      figure({
        id: `create.${kind}.p95`,
        label: `click → link, ${name}, incl. dialog p95 (n=${samples.length})`,
        with: ms(total.p95),
        without: ms(direct.p95),
        ratio: ratio(total.p95, direct.p95),
        // The budgets: warm, and cold at the click (the worst case); cold at open is what the warm-up buys.
        value: samples.length && kind !== 'coldOpen' ? total.p95 : null,
        budget: kind === 'coldOpen' ? null : kind === 'warm' ? { max: 150, text: 'p95 ≤ 150 ms' } : { max: 400, text: 'p95 ≤ 400 ms' },
        goal: kind === 'coldOpen' ? null : kind === 'warm' ? { max: 60, text: 'p95 ≤ 60 ms' } : { max: 200, text: 'p95 ≤ 200 ms' },
        evidence,
        data: { total, toDialog, afterOk, direct, samples },
      }),
    );
  }
  return out;
}

function memoryFigures(fresh: MemoryResult | undefined, after: MemoryResult | undefined, opens: number): Figure[] {
  const out: Figure[] = [];
  for (const [id, label, m] of [
    ['memory.fresh', 'page memory: JS heap, fresh tab', fresh],
    ['memory.after', `page memory: JS heap after ${opens} editor opens`, after],
  ] as const) {
    if (!m) continue;
    const extra = m.usedSize.with - m.usedSize.without;
    const evidence = [
      `extra heap ${signedKb(extra)}; DOM nodes ${m.nodes.with} with vs ${m.nodes.without} without; JS event listeners ${m.listeners.with} vs ${m.listeners.without}`,
    ];
    if (id === 'memory.after' && fresh && opens) {
      const growW = m.usedSize.with - fresh.usedSize.with;
      const growO = m.usedSize.without - fresh.usedSize.without;
      const nodeGrowW = m.nodes.with - fresh.nodes.with;
      const nodeGrowO = m.nodes.without - fresh.nodes.without;
      evidence.push(
        `growth over ${opens} opens: heap ${signedKb(growW)} with vs ${signedKb(growO)} without (≈ ${round((growW - growO) / opens / KB)} KB retained per open); DOM nodes +${nodeGrowW} with vs +${nodeGrowO} without (≈ ${round((nodeGrowW - nodeGrowO) / opens)} nodes retained per open)`,
      );
    }
    out.push(
      figure({
        id,
        label,
        with: mb(m.usedSize.with),
        without: mb(m.usedSize.without),
        ratio: ratio(m.usedSize.with, m.usedSize.without),
        value: extra / KB,
        budget: { max: 1024, text: '+ ≤ 1 MB' },
        goal: { max: 300, text: '+ ≤ 300 KB' },
        evidence,
        data: m,
      }),
    );
  }
  return out;
}

/** One page's rows, labelled and keyed by the page. */
function pageFigures(page: PageName, r: PageResults): Figure[] {
  const figures: Figure[] = [];
  if (r.injection) figures.push(...injectionFigures(r.injection));
  if (r.session) figures.push(...sessionFigures(r.session));
  if (r.create) figures.push(...createFigures(r.create));
  // The injection phase's opens plus the 5 warm-up opens.
  figures.push(...memoryFigures(r.memoryFresh, r.memoryAfter, r.injection ? r.injection.opens + 5 : 0));
  return figures.map((f) => ({ ...f, id: `${page}.${f.id}`, label: `[${page}] ${f.label}` }));
}

export function buildFigures(r: PhaseResults): Figure[] {
  const figures: Figure[] = [];
  if (r.size) figures.push(...sizeFigures(r.size));
  for (const page of ['demo', 'heavy'] as const) {
    const p = r.pages[page];
    if (p) figures.push(...pageFigures(page, p));
  }
  for (const [phase, message] of Object.entries(r.errors)) {
    figures.push({ ...figure({ id: `error.${phase}`, label: `${phase}: not measured`, with: '—', evidence: [message] }), status: 'error' });
  }
  return figures;
}

/**
 * Performance benchmark (npm run bench): the built local-test extension in Debian Chromium against
 * two OnTime pages (the demo with 5,000 events, and the heavy page: the same calendar as a busy
 * organisation runs it) and the Zoom simulator, every timing with and without the extension in
 * the same run. Prints a table and writes artifacts/bench/results.json.
 * The phases live in scripts/bench/ (see its README.md).
 */
import { execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { EXTENSION_DIR } from '../tests/harness/browser';
import { startStack, type Stack } from '../tests/harness/stack';
import { launchButtonFloor } from './bench/button-floor';
import { bundleComposition } from './bench/bundle-composition';
import { measureBundle, ON_DEMAND_ENTRY, type RegisteredScript } from './bench/bundle-size';
import { runCreates } from './bench/create';
import type { BenchEnv } from './bench/env';
import { buildFigures, compositionLines, type PageName, type PageResults, type PhaseResults } from './bench/figures';
import { runInjection } from './bench/injection';
import { runMemoryAfter, runMemoryFresh } from './bench/memory';
import { launchPlain, type PlainBrowser } from './bench/plain-browser';
import { renderMisses, renderTable, writeResults } from './bench/report';
import { PLAN, QUICK_PLAN, runSessions } from './bench/session';

const USAGE = `npx tsx scripts/bench.ts [options]   (npm run bench builds the extension first)

  --quick                 fewer repetitions (a smoke run, figures are noisier)
  --strict                exit 1 when a budget is missed (default: exit 1 only when a phase failed)
  --only a,b              run only these phases: injection, memory, session, create (size is always measured)
  --pages a,b             only these pages: demo, heavy (default both)
  --session-reps N        N interleaved page-overhead sessions (default 3, about 40 s each)
  --help                  this text`;

const ROOT = resolve(import.meta.dirname, '..');
const OUT = resolve(ROOT, 'artifacts/bench/results.json');
const args = process.argv.slice(2);
if (args.includes('--help')) {
  console.log(USAGE);
  process.exit(0);
}
const quick = args.includes('--quick');
const strict = args.includes('--strict');
/** The value of `--name value` or `--name=value`; null when the option is absent. */
function option(name: string): string | null {
  const arg = args.find((a) => a === name || a.startsWith(`${name}=`));
  if (!arg) return null;
  return arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : (args[args.indexOf(arg) + 1] ?? '');
}
const onlyValue = option('--only');
const only = onlyValue === null ? null : onlyValue.split(',');
const want = (name: string) => !only || only.includes(name);
const pagesValue = option('--pages');
const pageNames = (pagesValue === null ? ['demo', 'heavy'] : pagesValue.split(',')).filter((p): p is PageName => p === 'demo' || p === 'heavy');
const counts = quick
  ? { opens: 30, sessionReps: 1, memoryReps: 1, warm: 6, cold: 5 }
  : { opens: 200, sessionReps: 3, memoryReps: 3, warm: 40, cold: 30 };
const reps = Number(option('--session-reps'));
if (reps >= 1) counts.sessionReps = Math.floor(reps);
// A heavy-page session takes 2–3 min per interleaved run (four browsers): the full run about 16 min.
const WATCHDOG_MS = (quick ? 420_000 : 1_500_000) + Math.max(0, counts.sessionReps - 3) * 200_000;

const t0 = Date.now();
const log = (message: string) => console.log(`[${((Date.now() - t0) / 1000).toFixed(1).padStart(5)} s] ${message}`);

function git(...a: string[]): string {
  try {
    return execFileSync('git', a, { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
}

let stack: Stack | null = null;
let plain: PlainBrowser | null = null;
let floor: PlainBrowser | null = null;
let again: PlainBrowser | null = null;
let closing: Promise<void> | null = null;
const closeAll = () =>
  (closing ??= (async () => {
    await Promise.allSettled([stack?.close(), plain?.close(), floor?.close(), again?.close()]);
  })());

const results: PhaseResults = { pages: {}, errors: {} };
// The machine is shared (the lead builds and tests on it): the 1-minute load average per phase
// says how much to trust the timings.
const load: Record<string, [number, number]> = {};
async function phase<T>(name: string, fn: () => Promise<T>): Promise<T | undefined> {
  const started = Date.now();
  const load0 = loadavg()[0]!;
  log(`${name}… (load ${load0.toFixed(1)})`);
  try {
    const value = await fn();
    load[name] = [load0, loadavg()[0]!];
    log(`${name} done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return value;
  } catch (error) {
    results.errors[name] = error instanceof Error ? (error.stack ?? error.message).split('\n').slice(0, 4).join(' | ') : String(error);
    log(`${name} FAILED: ${results.errors[name]}`);
    return undefined;
  }
}

const watchdog = setTimeout(() => {
  results.errors.watchdog = `stopped after ${WATCHDOG_MS / 1000} s: closing the browsers`;
  log(results.errors.watchdog);
  void closeAll();
}, WATCHDOG_MS);
watchdog.unref();
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void closeAll().finally(() => process.exit(130));
  });
}

let userAgent = '';
try {
  stack = await phase('start: Zoom simulator, OnTime demo (5,000 events), Chromium with the extension', () => startStack({ seedEvents: 5000 })) ?? null;
  plain = await phase('start: Chromium without the extension', () => launchPlain()) ?? null;
  if (!stack || !plain) throw new Error('the stack did not start');

  const registered = (await stack.browser.worker.evaluate('chrome.scripting.getRegisteredContentScripts()')) as RegisteredScript[];
  results.size = measureBundle(EXTENSION_DIR, registered);
  results.size.composition = await bundleComposition(ROOT).catch((error: unknown) => {
    results.size!.notes.push(`composition not computed: ${String(error).slice(0, 200)}`);
    return undefined;
  });
  results.size.onDemandComposition = await bundleComposition(ROOT, ON_DEMAND_ENTRY).catch(() => undefined);
  log(`content scripts: ${[...results.size.injected, ...results.size.onDemand].map((s) => `${s.file} (${s.source}) ${s.gzip} B gzip`).join(', ')}`);

  const env: BenchEnv = {
    contexts: { with: stack.browser.context, without: plain.context },
    extensionId: stack.browser.extensionId,
    ontimeUrl: stack.ontime.url,
    sim: stack.sim,
    log,
  };
  const probe = await env.contexts.without.newPage();
  userAgent = await probe.evaluate('navigator.userAgent');
  await probe.close();

  if (want('session')) {
    floor = (await phase('start: Chromium with the calibration extension (a plain button in each editor)', () => launchButtonFloor(env.ontimeUrl))) ?? null;
    if (floor) env.floor = floor.context;
    again = (await phase('start: a second Chromium without the extension (A/A calibration)', () => launchPlain())) ?? null;
    if (again) env.again = again.context;
  }
  const urls: Record<PageName, string> = { demo: stack.ontime.url, heavy: `${stack.ontime.url}heavy.html` };
  for (const name of pageNames) {
    const penv: BenchEnv = { ...env, ontimeUrl: urls[name] };
    const r: PageResults = {};
    results.pages[name] = r;
    if (want('injection') || want('memory')) r.injection = await phase(`${name}: injection latency`, () => runInjection(penv, counts.opens));
    if (r.injection) {
      const pages = r.injection.pages;
      if (want('memory')) r.memoryAfter = await phase(`${name}: memory after the opens`, () => runMemoryAfter(penv, pages));
      await Promise.all(Object.values(pages).map((p) => p.close().catch(() => undefined)));
    }
    if (want('memory')) r.memoryFresh = await phase(`${name}: memory, fresh tabs`, () => runMemoryFresh(penv, counts.memoryReps));
    if (want('session')) r.session = await phase(`${name}: page overhead session`, () => runSessions(penv, counts.sessionReps, quick));
    if (want('create')) r.create = await phase(`${name}: click → link`, () => runCreates(penv, counts.warm, counts.cold));
  }
} catch (error) {
  results.errors.run ??= String(error);
  log(`run FAILED: ${String(error)}`);
} finally {
  clearTimeout(watchdog);
  await closeAll();
}

const figures = buildFigures(results);
const runtimeSec = (Date.now() - t0) / 1000;
console.log(`\nOnTime ↔ Zoom extension benchmark (${quick ? 'quick' : 'full'} run, ${runtimeSec.toFixed(0)} s)\n`);
console.log(renderTable(figures));
console.log(
  [
    '',
    'with / without: the same measurement in Chromium with and without the extension (same run, alternating).',
    'click → link "without": the Zoom calls the extension made, made straight from Node: the simulator\'s own share.',
    'page memory: budget and goal apply to the extra heap (with − without), the columns show the whole isolate heap.',
  ].join('\n'),
);
if (results.size) {
  console.log(`\nalways-loaded content script, ${compositionLines(results.size.composition).join('\n  ')}`);
  if (results.size.onDemandComposition) console.log(`on-demand part (loaded at an editor's first opening), ${compositionLines(results.size.onDemandComposition).join('\n  ')}`);
}
console.log(`\n${renderMisses(figures)}\n`);
const busiest = Math.max(0, ...Object.values(load).flat());
if (busiest > cpus().length + 2) {
  console.log(`Note: the machine was busy (1-minute load average up to ${busiest.toFixed(1)} on ${cpus().length} CPUs, the benchmark itself accounts for about 2): timings are noisier than usual.\n`);
}

// The live Playwright pages are not data.
const raw = Object.fromEntries(
  Object.entries(results.pages).map(([name, r]) => {
    const { pages: _pages, ...injection } = r.injection ?? { pages: null };
    return [name, { ...r, injection: r.injection ? injection : undefined }];
  }),
);
writeResults(OUT, {
  meta: {
    date: new Date().toISOString(),
    runtimeSec,
    quick,
    commit: git('rev-parse', 'HEAD'),
    uncommittedFiles: git('status', '--porcelain').split('\n').filter(Boolean).length,
    userAgent,
    node: process.version,
    cpus: cpus().length,
    counts,
    sessionPlan: quick ? QUICK_PLAN : PLAN,
    pages: pageNames,
    loadAverage: load,
    extensionDir: EXTENSION_DIR,
  },
  figures,
  raw: { ...results, pages: raw },
});
console.log(`Results: ${OUT}`);

const failed = Object.keys(results.errors).length > 0 || (strict && figures.some((f) => f.status === 'FAIL'));
process.exit(failed ? 1 : 0);

/**
 * Click → link in the Location field, against the Zoom simulator (no added latency). Consent is
 * given once, untimed. Each timed create opens a new editor (untimed), clicks the Zoom button
 * (a real Playwright click), and OK as soon as the settings dialog shows (a real click too: the
 * dialog ignores a page script's). Times are taken inside the page; click → link leaves out the
 * time the dialog waits for OK. Warm: worker running. Cold: worker stopped through CDP right
 * before the click, checked stopped, and seen starting again. Cold at open: the worker stopped
 * before the editor opens, the click a typing pause later (what the warmUp verb buys).
 * "Without": the Zoom calls the extension makes (user settings if it asks for them, create), from Node.
 */
import { connect } from '../../tests/harness/zoom-simulator/index';
import { clickZoomAndConsent, openNewMeeting, waitForJoinUrl, zoomButton } from '../../tests/harness/flows';
import { attach } from './cdp';
import { openOnTime, type BenchEnv } from './env';
import { awaitCreate, CREATE_PROBE, HEAVY_MANUAL, prepareEditor } from './page-scripts';
import { controlWorker } from './service-worker';

export interface CreateSample {
  clickToLinkMs: number;
  clickToDialogMs: number;
  okToLinkMs: number;
  /** Requests the simulator saw during this create (method and path). */
  requests: string[];
}

export interface CreateResult {
  warm: CreateSample[];
  /** Worker stopped after the editor opened, right before the click: nothing can warm it. */
  cold: CreateSample[];
  /** Worker stopped before the editor opened; the click comes a typing pause later (warmUp verb). */
  coldOpen: CreateSample[];
  /** The same Zoom calls straight from Node: GET user settings and POST meeting, timed apart. */
  direct: { settingsMs: number; createMs: number }[];
  failures: string[];
  /** Cold runs: time to stop the worker, and whether it was seen starting again after the click. */
  coldStopMs: number[];
  coldRestarts: number;
}

interface Marks {
  click: number | null;
  dialog: number | null;
  ok: number | null;
  link: number | null;
  error: string | null;
}

async function directBaseline(env: BenchEnv, n: number): Promise<{ settingsMs: number; createMs: number }[]> {
  const token = await connect(env.sim.baseUrl);
  const headers = { authorization: `Bearer ${token.access_token}`, 'content-type': 'application/json' };
  const once = async (i: number) => {
    const t0 = performance.now();
    const s = await fetch(`${env.sim.apiBase}/users/me/settings`, { headers });
    await s.arrayBuffer();
    const t1 = performance.now();
    const start = new Date(Date.now() + 86_400_000).toISOString().slice(0, 16);
    const c = await fetch(`${env.sim.apiBase}/users/me/meetings`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ topic: `Direct ${i}`, type: 2, start_time: `${start}:00`, duration: 60, timezone: 'UTC' }),
    });
    if (!c.ok) throw new Error(`direct create failed: ${c.status} ${await c.text()}`);
    await c.arrayBuffer();
    return { settingsMs: t1 - t0, createMs: performance.now() - t1 };
  };
  for (let i = 0; i < 3; i++) await once(-i);
  const out: { settingsMs: number; createMs: number }[] = [];
  for (let i = 0; i < n; i++) out.push(await once(i));
  return out;
}

const consented = new WeakSet<object>();

/** Between opening the editor and clicking the button: the user types a subject. */
const TYPING_PAUSE_MS = 1_500;
const WARM_UP_GAP_MS = 1_100;

export async function runCreates(env: BenchEnv, warmCount = 50, coldCount = 50): Promise<CreateResult> {
  const context = env.contexts.with;
  const page = await openOnTime(env, 'with');
  const cdp = await attach(context, page);
  const worker = await controlWorker(cdp, env.extensionId);
  const result: CreateResult = { warm: [], cold: [], coldOpen: [], direct: [], failures: [], coldStopMs: [], coldRestarts: 0 };
  try {
    // The heavy page's timers stop: clicks compare across pages and runs, not with the page's own load.
    await page.evaluate(HEAVY_MANUAL);
    await page.evaluate(CREATE_PROBE);
    // Consent once per browser, untimed (the grant is kept by the extension afterwards; the second
    // page finds it connected).
    if (!consented.has(context)) {
      const editor = await openNewMeeting(page, 'Bench: consent');
      const dialog = await clickZoomAndConsent(context, page);
      await dialog.getByRole('button', { name: 'OK' }).click();
      await waitForJoinUrl(editor);
      consented.add(context);
    }

    const one = async (label: string, kind: 'warm' | 'cold' | 'coldOpen'): Promise<CreateSample | null> => {
      const cold = kind !== 'warm';
      let since = 0;
      if (kind === 'coldOpen') {
        // The page sends warmUp at most once a second (utils/page/worker-warm-up.ts): a user opens
        // editors further apart than the bench's back-to-back runs do.
        await new Promise((r) => setTimeout(r, WARM_UP_GAP_MS));
        result.coldStopMs.push(await worker.stop());
        since = Date.now();
      }
      const prepared = (await page.evaluate(prepareEditor(label))) as { ready: boolean; control?: string };
      if (!prepared.ready) {
        result.failures.push(`${label}: the Zoom button did not become ready (the control shows "${prepared.control}")`);
        if (result.failures.length > 5) throw new Error(`too many failed creates: ${result.failures.join(' | ')}`);
        return null;
      }
      if (kind === 'cold') {
        result.coldStopMs.push(await worker.stop());
        since = Date.now();
      } else await new Promise((r) => setTimeout(r, kind === 'coldOpen' ? TYPING_PAUSE_MS : 0));
      const seq0 = env.sim.state.requests.length;
      await page.evaluate('window.__bench.armCreate()');
      await zoomButton(page).click();
      await page
        .getByRole('dialog', { name: 'Zoom meeting settings' })
        .getByRole('button', { name: 'OK' })
        .click({ timeout: 15_000 })
        .catch(() => undefined); // reported below as incomplete marks
      const m = (await page.evaluate(awaitCreate(15_000))) as Marks;
      const changes = cold ? worker.changesSince(since) : [];
      if (kind === 'cold' && changes.some((c) => c.status === 'starting' || c.status === 'running')) result.coldRestarts++;
      if (m.error || m.click === null || m.dialog === null || m.ok === null || m.link === null) {
        result.failures.push(`${label}: ${m.error ?? `incomplete marks ${JSON.stringify(m)}`}`);
        return null;
      }
      return {
        clickToLinkMs: m.dialog - m.click + (m.link - m.ok),
        clickToDialogMs: m.dialog - m.click,
        okToLinkMs: m.link - m.ok,
        requests: env.sim.state.requests.slice(seq0).map((r) => `${r.method} ${r.path}`),
      };
    };

    // Untimed warm-ups (JIT, connections, caches), then the timed rounds.
    for (let i = 0; i < 5; i++) await one(`Bench warm-up ${i}`, 'warm');
    for (let i = 0; i < warmCount; i++) {
      const s = await one(`Bench warm ${i}`, 'warm');
      if (s) result.warm.push(s);
    }
    // Interleaved, so both see the same machine.
    for (let i = 0; i < coldCount; i++) {
      for (const kind of ['cold', 'coldOpen'] as const) {
        const s = await one(`Bench ${kind} ${i}`, kind);
        if (s) result[kind].push(s);
      }
    }
    result.direct = await directBaseline(env, warmCount);
  } finally {
    await worker.close().catch(() => undefined);
    await cdp.detach();
    await page.close();
  }
  env.log(`creates: ${result.warm.length} warm, ${result.cold.length} cold (${result.coldRestarts} seen restarting), ${result.failures.length} failed`);
  return result;
}

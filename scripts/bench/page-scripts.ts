/**
 * Code that runs inside the OnTime page's main world. Kept as plain JavaScript strings: functions
 * compiled by tsx may reference helpers (e.g. __name) that do not exist in the page.
 */

/**
 * Installed with addInitScript, so it runs before any page script and, above all, before the
 * content script (document_idle). Its MutationObserver is therefore created first, and observers
 * are notified in creation order: it sees the editor's dialog enter the DOM before the content
 * script reacts, and sees the content script's <ontime-zoom-control> in a later delivery.
 */
export const INIT_SCRIPT = `(() => {
  if (window.__bench) return;
  const b = window.__bench = {
    longTasks: [],
    batch: 0,
    inj: null,
    tick() {
      return new Promise((resolve) => { const c = new MessageChannel(); c.port1.onmessage = () => resolve(); c.port2.postMessage(0); });
    },
    /** After the next frame has been rendered. */
    frame() {
      return new Promise((resolve) => requestAnimationFrame(() => b.tick().then(resolve)));
    },
    async waitFor(fn, timeoutMs) {
      const end = performance.now() + timeoutMs;
      for (;;) {
        const v = fn();
        if (v) return v;
        if (performance.now() > end) return null;
        await new Promise((r) => setTimeout(r, 2));
      }
    },
  };
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) b.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  const has = (node, selector) => node.matches(selector) || !!node.querySelector(selector);
  const observer = new MutationObserver((records) => {
    const inj = b.inj;
    b.batch++;
    if (!inj) return;
    for (const r of records) for (const node of r.addedNodes) {
      if (node.nodeType !== 1) continue;
      if (inj.dialogAt === null && has(node, '[role="dialog"]')) { inj.dialogAt = performance.now(); inj.dialogBatch = b.batch; }
      if (inj.hostAt === null && has(node, 'ontime-zoom-control')) { inj.hostAt = performance.now(); inj.hostBatch = b.batch; }
    }
  });
  b.arm = () => { b.inj = { dialogAt: null, hostAt: null, dialogBatch: -1, hostBatch: -2 }; observer.observe(document, { childList: true, subtree: true }); };
  b.disarm = () => { observer.disconnect(); const inj = b.inj; b.inj = null; return inj; };
})();`;

/** Resolves when the calendar has loaded and no request is in flight. */
export const READY = `(async () => { await window.__ontimeDemo.ready; if (window.__ontimeHeavy) await window.__ontimeHeavy.ready; await window.__ontimeDemo.whenIdle(); return true; })()`;

/**
 * The heavy page (tests/harness/ontime-demo/public/heavy/) stops its own timers: the session then
 * does one unit of its work per step (step() below), the same in every browser compared.
 */
export const HEAVY_MANUAL = `(() => { if (window.__ontimeHeavy) window.__ontimeHeavy.manual(); return !!window.__ontimeHeavy; })()`;

/**
 * Opens and closes the editor `n` times. Per open: injection latency (dialog in the DOM → host in
 * the DOM, from the observer above). The dialog's layout is forced in the next task, as a page
 * that shows it would.
 */
export function injectionLoop(n: number, expectHost: boolean): string {
  return `(async () => {
    const d = window.__ontimeDemo, b = window.__bench, out = [];
    for (let i = 0; i < ${n}; i++) {
      if (window.__ontimeHeavy) window.__ontimeHeavy.step(); // the heavy page's style is dirty when an editor opens
      b.arm();
      d.openNew();
      await b.tick();
      const dialog = document.querySelector('[role="dialog"]');
      if (dialog) dialog.getBoundingClientRect();
      if (${expectHost}) await b.waitFor(() => b.inj.hostAt !== null, 1000);
      const inj = b.disarm();
      out.push({ dialogAt: inj.dialogAt, hostAt: inj.hostAt, sameBatch: inj.dialogBatch === inj.hostBatch });
      d.closeEditor();
      await b.tick();
    }
    return out;
  })()`;
}

/** Waits until the content script has mounted its control into a freshly opened editor. */
export const WAIT_FOR_CONTENT_SCRIPT = `(async () => {
  const d = window.__ontimeDemo, b = window.__bench;
  const end = performance.now() + 15000;
  while (performance.now() < end) {
    d.openNew();
    const ok = await b.waitFor(() => document.querySelector('[role="dialog"] ontime-zoom-control'), 1000);
    d.closeEditor();
    if (ok) return true;
  }
  return false;
})()`;

export interface SessionPlan {
  weeks: number;
  opens: number;
  editorBatchesPerOpen: number;
  calendarBatches: number;
  batchSize: number;
}

export type SessionPart = 'navigate' | 'editor' | 'calendar';
export const SESSION_PARTS: readonly SessionPart[] = ['navigate', 'editor', 'calendar'];

/** Steps per part: navigations, editor opens, calendar batches. */
export function partSteps(plan: SessionPlan, part: SessionPart): number {
  return part === 'navigate' ? plan.weeks * 2 + 2 : part === 'editor' ? plan.opens : plan.calendarBatches;
}

/**
 * Steps [from, to) of one part of the scripted session: navigate weeks (each loads events from
 * the server; forward, back, then the week and work-week views), open and close the editor (new
 * meetings and existing events, alternately) with DOM churn inside it, or churn in the calendar.
 * Mutations come in small batches, one per task, as a framework makes them.
 */
export function sessionPart(plan: SessionPlan, part: SessionPart, from = 0, to = partSteps(plan, part)): string {
  return `(async () => {
    const d = window.__ontimeDemo, b = window.__bench, p = ${JSON.stringify(plan)}, part = ${JSON.stringify(part)};
    // The heavy page's own work, one unit per step (nothing on the demo page).
    const H = window.__ontimeHeavy, step = () => { if (H) H.step(); };
    const t0 = performance.now();
    let mutations = 0, opens = 0, navigations = 0;
    for (let i = ${from}; i < ${to}; i++) {
      if (part === 'navigate') {
        if (i < p.weeks) await d.nextWeek();
        else if (i < p.weeks * 2) await d.prevWeek();
        else await d.goTo(d.state.from, i === p.weeks * 2 ? 'week' : 'workweek');
        navigations++;
        step();
        await b.frame();
      }
      if (part === 'editor') {
        const ids = d.state.events.map((e) => e.id);
        if (i % 2 && ids.length) await d.openEvent(ids[(i >> 1) % ids.length]); else d.openNew();
        opens++;
        await b.frame();
        for (let j = 0; j < p.editorBatchesPerOpen; j++) { if (j === 0) step(); mutations += d.churn(p.batchSize, 'editor'); await b.tick(); }
        d.closeEditor();
        await b.frame();
      }
      if (part === 'calendar') { if (i % 10 === 0) step(); mutations += d.churn(p.batchSize, 'calendar'); await b.tick(); }
    }
    await d.whenIdle();
    const t1 = performance.now();
    return { mutations, opens, navigations, t0, t1 };
  })()`;
}

/** Long tasks the page observed between two performance.now() times. */
export function longTasksBetween(t0: number, t1: number): string {
  return `window.__bench.longTasks.filter((e) => e.start >= ${t0} && e.start <= ${t1})`;
}

/**
 * Instrumentation for click → link: the click on the Zoom button (capture listener), the
 * settings dialog entering <body>, the harness's real click on OK (a page script's click would be
 * ignored, as a hostile page's is), and the join URL landing in an <input> (the Location field;
 * the body is a textarea).
 */
export const CREATE_PROBE = `(() => {
  const b = window.__bench;
  if (b.armCreate) return;
  b.create = null;
  window.addEventListener('click', (e) => {
    const c = b.create;
    if (!c || c.click !== null) return;
    if (e.composedPath().some((n) => n.localName === 'ontime-zoom-control')) c.click = performance.now();
  }, true);
  // OK is clicked by the harness with a real (trusted) click: our dialog ignores a page script's.
  window.addEventListener('click', (e) => {
    const c = b.create;
    if (!c || c.dialog === null || c.ok !== null) return;
    if (e.isTrusted && e.composedPath().some((n) => n.localName === 'ontime-zoom-dialog')) c.ok = performance.now();
  }, true);
  new MutationObserver((records) => {
    const c = b.create;
    if (!c || c.dialog !== null) return;
    for (const r of records) for (const node of r.addedNodes) {
      if (node.localName !== 'ontime-zoom-dialog') continue;
      c.dialog = performance.now();
      return;
    }
  }).observe(document.body, { childList: true });
  document.addEventListener('input', (e) => {
    const c = b.create;
    if (!c || c.link !== null || c.ok === null) return;
    const t = e.target;
    if (t instanceof HTMLInputElement && /\\/j\\/\\d+/.test(t.value)) { c.link = performance.now(); c.resolve(); }
  }, true);
  b.armCreate = () => {
    let resolve;
    const done = new Promise((r) => { resolve = r; });
    b.create = { click: null, dialog: null, ok: null, link: null, error: null, resolve };
    b.createDone = done;
  };
})()`;

/** Waits for the armed create to finish (or time out) and returns its marks. */
export function awaitCreate(timeoutMs: number): string {
  return `(async () => {
    const b = window.__bench;
    await Promise.race([b.createDone, new Promise((r) => setTimeout(r, ${timeoutMs}))]);
    const { resolve, ...marks } = b.create;
    b.create = null;
    return marks;
  })()`;
}

/**
 * Untimed preparation of one create: a fresh editor for a new meeting with a subject typed the
 * way the page accepts it (native setter + input event), and the Zoom button ready.
 */
export function prepareEditor(subject: string): string {
  return `(async () => {
    const d = window.__ontimeDemo, b = window.__bench;
    d.closeEditor();
    d.openNew();
    const dialog = document.querySelector('[role="dialog"]');
    const subject = dialog.querySelector('input[type="text"]');
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(subject, ${JSON.stringify(subject)});
    subject.dispatchEvent(new Event('input', { bubbles: true }));
    const button = await b.waitFor(() => {
      const root = dialog.querySelector('ontime-zoom-control')?.shadowRoot;
      const btn = root && [...root.querySelectorAll('button')].find((x) => /Zoom/.test(x.textContent));
      return btn && btn.getAttribute('aria-busy') !== 'true' ? btn : null;
    }, 5000);
    if (button) return { ready: true };
    const root = dialog.querySelector('ontime-zoom-control')?.shadowRoot;
    return { ready: false, control: root ? root.textContent.trim().slice(0, 200) : 'no control in the editor' };
  })()`;
}

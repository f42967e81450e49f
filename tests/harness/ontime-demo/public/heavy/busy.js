// The heavy page (see README.md): the demo calendar plus what a busy group calendar does on its
// own, on its own timers. Only the demo's public pieces are used: its DOM helpers, its CSS-in-JS,
// its REST client and the test hook (to know when an editor opens).
import { h } from '../dom.js';
import { css } from '../css.js';
import { api } from '../api.js';
import { decorateEditor, paintEditorClock, stopEditorClock } from './long-editor.js';

const SYNC_MS = 2000;
const CHUNK_ROWS = 250;
const NOW_LINE_MS = 100;

const S = {
  panel: css`& { display: flex; flex-direction: column; gap: 4px; min-height: 0; }
    & h3 { margin: 0 0 6px; padding: 0 4px; font-size: 11px; font-weight: 700; letter-spacing: .6px; text-transform: uppercase; color: var(--muted); }`,
  list: css`& { height: 320px; overflow: auto; border: 1px solid var(--line); border-radius: 6px; background: #fff; font-size: 12px; }`,
  row: css`& { display: grid; grid-template-columns: 74px 1fr; gap: 6px; padding: 3px 6px; border-bottom: 1px solid #eef1f5;
    transform: translateY(calc(var(--now-offset, 0) * 0px)); }
    & small { grid-column: 2; color: var(--muted); white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }`,
  // The editor's enter transition, the way transition libraries run one: the start class, a
  // reflow, then the active class (so the page's style is dirty again right after it opens).
  enter: css`& { opacity: 0; transform: scale(.98); }`,
  enterActive: css`& { opacity: 1; transform: none; transition: opacity 150ms, transform 150ms; }`,
  now: css`& { background: #fff4d6; font-weight: 600; }`,
  hover: css`& { background: #e8f1fb; }`,
};

const stats = { mutations: 0, syncs: 0, chunks: 0 };
let manual = false;
let timers = [];
let nextChunk = 0;
let events = [];
let list = null;
let chunks = [];

const tick = () => new Promise((resolve) => { const c = new MessageChannel(); c.port1.onmessage = () => resolve(); c.port2.postMessage(0); });

function row(e, now) {
  const start = e.start.replace('T', ' ');
  const cls = e.start <= now && now < e.end ? `${S.row} ${S.now}` : S.row;
  return h('div', { class: cls, title: e.subject }, h('time', {}, start.slice(5)), h('span', {}, e.subject), h('small', {}, e.location || '—'));
}

function renderChunk(c, now) {
  const slice = events.slice(c * CHUNK_ROWS, (c + 1) * CHUNK_ROWS);
  chunks[c] ??= list.appendChild(h('div', { role: 'rowgroup' }));
  chunks[c].replaceChildren(...slice.map((e) => row(e, now)));
  stats.mutations += slice.length + 1;
  stats.chunks++;
}

/** Re-renders every row of the agenda, one chunk per task: what a time-sliced framework does after a sync. */
async function sync() {
  if (!list) return;
  stats.syncs++;
  const now = new Date().toISOString().slice(0, 16);
  for (let c = 0; c * CHUNK_ROWS < events.length; c++) {
    if (manual) return;
    renderChunk(c, now);
    await tick();
  }
}

/**
 * Manual mode, for measurements that compare browsers: the page's timers stop and each step() does
 * one unit of the same work (an agenda chunk, the time line, the editor's clock), so every browser
 * does exactly the same page work at the same points.
 */
function step() {
  if (!list || !events.length) return;
  endTransition();
  const count = Math.ceil(events.length / CHUNK_ROWS);
  renderChunk(nextChunk, new Date().toISOString().slice(0, 16));
  nextChunk = (nextChunk + 1) % count;
  moveNowLine();
  paintEditorClock(stats);
}

function startTimers() {
  timers = [setInterval(() => void sync(), SYNC_MS), setInterval(moveNowLine, NOW_LINE_MS)];
}

/** The current-time line: a custom property on <html> (dirties every element's style) and the hovered row. */
let hovered = null;
function moveNowLine() {
  const offset = (Date.now() / NOW_LINE_MS) % 60;
  document.documentElement.style.setProperty('--now-offset', String(Math.round(offset) / 1000));
  hovered?.classList.remove(S.hover);
  const rows = chunks[Math.floor(Math.random() * chunks.length)]?.children;
  hovered = rows?.length ? rows[Math.floor(Math.random() * rows.length)] : null;
  hovered?.classList.add(S.hover);
  stats.mutations += 3;
}

let entering = null;
function endTransition() {
  entering?.classList.remove(S.enter, S.enterActive);
  entering = null;
}

function enterTransition() {
  const overlay = document.querySelector('[role="dialog"]')?.parentElement;
  if (!overlay || overlay === document.body) return;
  endTransition();
  overlay.classList.add(S.enter);
  void overlay.offsetHeight;
  overlay.classList.add(S.enterActive);
  moveNowLine();
  entering = overlay;
  if (!manual) setTimeout(endTransition, 150);
}

/**
 * The editor, as this page renders it: the demo's editor, its enter transition in the same task,
 * its long parts in a second commit.
 */
function wrapHook(d) {
  const after = (result) => {
    const done = () => {
      enterTransition();
      return decorateEditor(stats, !manual);
    };
    if (result instanceof Promise) result.then(done);
    else done();
    return result;
  };
  for (const name of ['openNew', 'openEvent', 'rerenderEditor']) {
    const original = d[name];
    d[name] = (...args) => after(original(...args));
  }
  const close = d.closeEditor;
  d.closeEditor = (...args) => {
    stopEditorClock();
    return close(...args);
  };
}

async function main() {
  const d = window.__ontimeDemo;
  wrapHook(d);
  await d.ready;
  events = await api.list('2000-01-01', '2100-01-01');
  const side = document.querySelector('aside');
  list = h('div', { class: S.list, role: 'grid', 'aria-label': 'Team agenda' });
  side.append(h('section', { class: S.panel }, h('h3', {}, 'Team agenda'), list));
  await sync();
  if (!manual) startTimers();
}

const started = main();

window.__ontimeHeavy = {
  ready: started,
  stats: () => ({ ...stats, events: events.length }),
  /** Stops the page's timers; the caller drives the same work with step(). */
  manual() {
    manual = true;
    for (const t of timers) clearInterval(t);
    timers = [];
    stopEditorClock();
  },
  step,
};

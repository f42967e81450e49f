// The long parts of the heavy page's editor: rooms, categories, reminders, the participants'
// free/busy grid (rendered in chunks, as its data arrives) and a ticking clock in the header.
import { h } from '../dom.js';
import { css } from '../css.js';

const ROOMS = 40;
const CATEGORIES = 20;
const PEOPLE = 24;
const SLOTS = 48;
const GRID_CHUNKS = 3;

const S = {
  section: css`& { padding: 10px 24px; border-top: 1px solid var(--line); }
    & h4 { margin: 0 0 6px; font-size: 12px; font-weight: 700; color: var(--ink-2); }`,
  rooms: css`& { display: grid; grid-template-columns: repeat(4, 1fr); gap: 2px 10px; font-size: 12px; }`,
  chips: css`& { display: flex; flex-wrap: wrap; gap: 4px; }
    & span { padding: 2px 8px; border-radius: 10px; background: #eef3f9; font-size: 11px; }`,
  grid: css`& { display: grid; grid-template-columns: 120px repeat(${SLOTS}, 1fr); font-size: 10px; }
    & > div { height: 14px; border-right: 1px solid #f0f2f5; border-bottom: 1px solid #f0f2f5; }`,
  busy: css`& { background: #9bc1ec; }`,
  tentative: css`& { background: repeating-linear-gradient(45deg, #cfe0f5, #cfe0f5 3px, #fff 3px, #fff 6px); }`,
  clock: css`& { margin-left: auto; margin-right: 8px; font-variant-numeric: tabular-nums; font-size: 12px; color: var(--muted); }
    & i { display: block; height: 2px; background: var(--brand); }`,
};

let clockTimer = 0;
let paintClock = null;

/** One tick of the open editor's clock (manual mode drives it). */
export function paintEditorClock() {
  paintClock?.();
}

export function stopEditorClock() {
  clearInterval(clockTimer);
  clockTimer = 0;
}

const tick = () => new Promise((resolve) => { const c = new MessageChannel(); c.port1.onmessage = () => resolve(); c.port2.postMessage(0); });
const seeded = (n) => ((n * 2654435761) >>> 0) / 2 ** 32;

function section(title, ...children) {
  return h('section', { class: S.section }, h('h4', {}, title), ...children);
}

/** Appends the long parts to the open editor and starts its clock. */
export async function decorateEditor(stats, ticking = true) {
  const dialog = document.querySelector('[role="dialog"]');
  const form = dialog?.querySelector('form');
  if (!form || dialog.dataset.long) return;
  dialog.dataset.long = '1';
  const body = form.firstElementChild;

  const rooms = h('div', { class: S.rooms }, ...Array.from({ length: ROOMS }, (_, i) => h('label', {}, h('input', { type: 'checkbox' }), ` Room ${i + 1} (${4 + (i % 9) * 2})`)));
  const categories = h('div', { class: S.chips }, ...Array.from({ length: CATEGORIES }, (_, i) => h('span', {}, `Category ${i + 1}`)));
  const reminders = h('div', {},
    h('select', { 'aria-label': 'Reminder' }, ...[5, 10, 15, 30, 60].map((m) => h('option', {}, `${m} min before`))),
    h('ul', {}, h('li', {}, 'E-mail, 1 day before'), h('li', {}, 'Pop-up, 15 min before')));
  const grid = h('div', { class: S.grid, role: 'grid', 'aria-label': 'Free/busy' });
  await Promise.resolve(); // a second commit: after the editor's own
  body.append(section('Rooms', rooms), section('Categories', categories), section('Reminders', reminders), section('Availability', grid));
  stats.mutations += 4;

  const header = dialog.firstElementChild;
  const clock = h('span', { class: S.clock, role: 'timer' }, h('span', {}), h('i', {}));
  header.insertBefore(clock, header.lastElementChild);
  const paint = () => {
    if (!clock.isConnected) return;
    const now = new Date();
    clock.firstChild.textContent = now.toLocaleTimeString();
    clock.lastChild.style.width = `${((now.getHours() * 60 + now.getMinutes()) / 1440) * 100}%`;
    stats.mutations += 2;
  };
  paint();
  stopEditorClock();
  paintClock = paint;
  if (ticking) clockTimer = setInterval(() => (clock.isConnected ? paint() : stopEditorClock()), 1000);

  // The free/busy data "arrives": one chunk of people per task.
  const per = Math.ceil(PEOPLE / GRID_CHUNKS);
  for (let c = 0; c < GRID_CHUNKS; c++) {
    await tick();
    if (!grid.isConnected) return;
    const cells = [];
    for (let p = c * per; p < Math.min(PEOPLE, (c + 1) * per); p++) {
      cells.push(h('div', {}, `Person ${p + 1}`));
      for (let s = 0; s < SLOTS; s++) {
        const r = seeded(p * SLOTS + s);
        cells.push(h('div', { class: r < 0.25 ? S.busy : r < 0.32 ? S.tentative : null }));
      }
    }
    grid.append(...cells);
    stats.mutations += cells.length;
  }
}

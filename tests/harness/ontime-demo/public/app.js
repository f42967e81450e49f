// Boots the page: frame, calendar state (fetched by visible range only), editor, and the test hook.
import { api, whenIdle } from './api.js';
import { lang } from './i18n.js';
import { addDays, addMinutes, dateStr, localStr, parseLocal, startOfDay, startOfWeek } from './dates.js';
import { mountShell } from './shell.js';
import { mountWeek } from './week.js';
import { initEditor, openEditor, closeEditor, rerenderEditor, editorState, variant } from './editor.js';
import { h } from './dom.js';

const DAYS = { day: 1, workweek: 5, week: 7 };
const state = { view: 'workweek', from: startOfWeek(new Date()), events: [], loading: false };
let week = null;
let shell = null;
let loadSeq = 0;

const range = () => ({ from: state.from, days: DAYS[state.view] });
const inView = (start) => {
  const at = parseLocal(start);
  return !!at && at >= state.from && at < addDays(state.from, DAYS[state.view]);
};

async function load() {
  const seq = ++loadSeq;
  state.loading = true;
  week.update({ ...state, days: DAYS[state.view] });
  const { from, days } = range();
  const events = await api.list(dateStr(from), dateStr(addDays(from, days)));
  if (seq !== loadSeq) return; // a later navigation won
  state.events = events;
  state.loading = false;
  week.update({ ...state, days: DAYS[state.view] });
  shell.refresh();
}

function goTo(date, view = state.view) {
  const d = startOfDay(typeof date === 'string' ? parseLocal(date) : date);
  state.view = view;
  state.from = view === 'day' ? d : startOfWeek(d);
  return load();
}
const step = (n) => goTo(addDays(state.from, n * (state.view === 'day' ? 1 : 7)));

/** `occurrence`: which occurrence of a repeating event (its first start). */
async function openEvent(id, occurrence) {
  const event = state.events.find((e) => e.id === id && (!occurrence || e.occurrence === occurrence)) ?? await api.get(id);
  openEditor(event);
}

function openNew(opts = {}) {
  const start = opts.start ? parseLocal(opts.start) : null;
  openEditor(null, start ? { start: localStr(start), end: opts.end ?? localStr(addMinutes(start, 60)) } : null);
}

/** Produces `n` DOM mutations: in the calendar, or inside the open editor's dialog. */
function churn(n, where = 'calendar') {
  const host = where === 'editor' ? document.querySelector('[role="dialog"]') : week.body;
  if (!host) return 0;
  const node = h('span', { hidden: true });
  for (let i = 0; i < n; i++) {
    if (i % 2) node.remove();
    else host.append(node);
    node.setAttribute('aria-busy', String(i % 3 === 0));
  }
  node.remove();
  return n;
}

async function main() {
  document.documentElement.lang = lang;
  const root = document.getElementById('root');
  const directory = await api.directory();
  document.title = 'OnTime Group Calendar';
  shell = mountShell(root, {
    directory,
    onNew: () => openNew(),
    onPickDate: (d) => goTo(d),
    getRange: range,
  });
  week = mountWeek(shell.content, {
    onPrev: () => step(-1),
    onNext: () => step(1),
    onToday: () => goTo(new Date()),
    onView: (v) => goTo(state.from, v),
    onOpenEvent: (id) => openEvent(id),
    onSlot: (date, minutes) => openNew({ start: localStr(addMinutes(parseLocal(date), minutes)) }),
  });
  // A saved event outside the days on screen (a new meeting's default may be the next weekday): show its week.
  initEditor({ directory, appRoot: root, onChanged: (saved) => (saved && !inView(saved.start) ? goTo(saved.start) : load()) });
  await load();
}

const ready = main();

// Test hook for tests, the demo and the benchmark. Not part of the modelled product.
window.__ontimeDemo = {
  ready,
  lang,
  variant,
  openNew,
  openEvent,
  closeEditor,
  rerenderEditor,
  nextWeek: () => step(1),
  prevWeek: () => step(-1),
  today: () => goTo(new Date()),
  goTo: (date, view) => goTo(date, view),
  refresh: () => load(),
  churn,
  whenIdle,
  get state() {
    return {
      view: state.view,
      from: dateStr(state.from),
      days: DAYS[state.view],
      loading: state.loading,
      events: state.events.map((e) => ({ ...e })),
      editor: editorState(),
    };
  },
};

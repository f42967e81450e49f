// fresh.html: a calendar page written by the attacker (attack-fresh tests), modelling editor
// behaviours of calendar web apps: a "Scheduling assistant" tab inside the editor (the details
// panel display:none meanwhile), a whole-editor scheduling view (the editor display:none), the
// editor minimised to a chip and restored, popped out into a side dock (the same node moved), a
// "Refresh" that re-renders it into a brand-new element, a closing animation, and several shapes
// of Delete question:
//   ?confirm=none|inline|hiddenrow|remount|rerender|hideeditor|replace   (default none)
// Ctrl+S saves; a minimised editor's chip has Restore, "Save draft" (saves while hidden) and "Discard".
//   ?failsave=1 the first Save fails with an error and the editor stays open
//   ?anim=1     closing animation (scale to 0 over 400 ms) before the editor is removed
// Save/Delete go to the demo's REST API. The model changes on input events only.
const q = new URLSearchParams(location.search);
const opts = { confirm: q.get('confirm') ?? 'none', anim: q.get('anim') === '1', failSave: q.get('failsave') === '1' };
let saves = 0;
const API = new URL('api/events', location.href).href;
const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
const main = document.getElementById('main');
const dock = document.getElementById('dock');
const chips = document.getElementById('chips');

let model = null;
let editor = null; // the current editor element
let tab = 'details';
let asking = false; // the Delete question is up
let questionTimer = 0;
let seq = 0;

function h(tag, props = {}, ...kids) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k.startsWith('on')) el.addEventListener(k.slice(2).toLowerCase(), v);
    else if (k === 'value') el.value = v;
    else el.setAttribute(k, v);
  }
  el.append(...kids.filter((k) => k != null));
  return el;
}

function field(key, el) {
  el.dataset.key = key;
  el.addEventListener('input', () => { model[key] = el.value; });
  return el;
}

function build() {
  const id = (p) => `${p}-${++seq}`;
  const ids = { h: id('h'), s: id('s'), sd: id('sd'), e: id('e'), l: id('l'), o: id('o'), b: id('b') };
  const details = h('div', { class: 'details' },
    h('div', { class: 'row' }, h('label', { for: ids.s }, 'Subject'), field('subject', h('input', { type: 'text', id: ids.s, value: model.subject }))),
    h('div', { class: 'row' }, h('label', { for: ids.sd }, 'Start'),
      field('startDate', h('input', { type: 'date', id: ids.sd, value: model.startDate })),
      field('startTime', h('input', { type: 'time', 'aria-label': 'Start time', value: model.startTime }))),
    h('div', { class: 'row' }, h('span', { id: ids.e }, 'End'),
      field('endDate', h('input', { type: 'date', 'aria-labelledby': ids.e, value: model.endDate })),
      field('endTime', h('input', { type: 'time', 'aria-label': 'End time', value: model.endTime }))),
    h('div', { class: 'row' }, h('span', { id: ids.l }, 'Location'), field('location', h('input', { type: 'text', 'aria-labelledby': ids.l, value: model.location }))),
    h('div', { class: 'row' }, h('span', { id: ids.o }, 'Online meeting'), h('div', { role: 'group', 'aria-labelledby': ids.o })),
    h('div', { class: 'row' }, h('label', { for: ids.b }, 'Description'), field('body', h('textarea', { id: ids.b, value: model.body }))));
  const assistant = h('div', { class: 'assistant', 'aria-label': 'Scheduling assistant grid' }, 'Free/busy grid');
  details.style.display = tab === 'details' ? '' : 'none';
  assistant.style.display = tab === 'assistant' ? '' : 'none';
  const sure = h('div', { class: 'row sure', role: 'group', 'aria-label': 'Are you sure?' },
    h('span', {}, 'Are you sure you want to delete this event?'),
    h('button', { type: 'button', onClick: confirmDelete }, 'Yes, delete'),
    h('button', { type: 'button', onClick: () => answerNo() }, 'No'));
  if (opts.confirm === 'hiddenrow') sure.hidden = !asking;
  const footer = h('div', { class: 'row' },
    model.id ? h('button', { type: 'button', onClick: onDelete }, 'Delete') : null,
    h('button', { type: 'button', onClick: save }, 'Save'),
    h('button', { type: 'button', onClick: close }, 'Cancel'));
  return h('div', { role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': ids.h },
    h('div', { class: 'row' }, h('h2', { id: ids.h }, model.id ? 'Edit meeting' : 'New meeting'),
      h('button', { type: 'button', onClick: minimise }, 'Minimise'),
      h('button', { type: 'button', onClick: popOut }, 'Pop out'),
      h('button', { type: 'button', onClick: render }, 'Refresh'),
      h('button', { type: 'button', 'aria-label': 'Close', onClick: close }, '×')),
    h('div', { role: 'tablist', class: 'row' },
      h('button', { type: 'button', role: 'tab', 'aria-selected': String(tab === 'details'), onClick: () => setTab('details') }, 'Details'),
      h('button', { type: 'button', role: 'tab', 'aria-selected': String(tab === 'assistant'), onClick: () => setTab('assistant') }, 'Scheduling assistant'),
      h('button', { type: 'button', onClick: openWholeScheduler }, 'Full scheduler')),
    details, assistant,
    (opts.confirm === 'hiddenrow' || (opts.confirm === 'inline' && asking)) ? sure : null,
    footer);
}

/** Where the editor lives: its current parent, or the main area. */
function place(next) {
  const parent = editor?.parentNode && editor.parentNode !== null ? editor.parentNode : main;
  if (editor && editor.parentNode) editor.replaceWith(next);
  else parent.append(next);
  editor = next;
}

/** Throws the editor away and builds a brand-new element from the model (focus follows the field). */
function render() {
  const key = document.activeElement?.dataset?.key;
  const caret = key && 'selectionStart' in document.activeElement ? [document.activeElement.selectionStart, document.activeElement.selectionEnd] : null;
  if (!model) { editor?.remove(); editor = null; return; }
  const next = build();
  if (asking && opts.confirm === 'remount') {
    const box = h('div', { role: 'alertdialog', 'aria-label': 'Delete this event?' },
      h('p', {}, 'Delete this event?'),
      h('button', { type: 'button', onClick: confirmDelete }, 'OK'),
      h('button', { type: 'button', onClick: answerNo }, 'No'), next);
    const outer = editor?.closest?.('[role="alertdialog"]') ?? editor;
    if (outer?.parentNode) outer.replaceWith(box); else main.append(box);
    editor = next;
  } else {
    const outer = editor?.parentNode?.getAttribute?.('role') === 'alertdialog' ? editor.parentNode : null;
    if (outer) { outer.replaceWith(next); editor = next; } else place(next);
  }
  const f = key && editor.querySelector(`[data-key="${key}"]`);
  if (f) { f.focus(); if (caret) f.setSelectionRange(...caret); }
}

/** CSS tabs: the panels are toggled with display, the editor element stays. */
function setTab(t) {
  tab = t;
  editor.querySelector('.details').style.display = t === 'details' ? '' : 'none';
  editor.querySelector('.assistant').style.display = t === 'assistant' ? '' : 'none';
  editor.querySelectorAll('[role="tab"]').forEach((b, i) => b.setAttribute('aria-selected', String((i === 0) === (t === 'details'))));
}

function openWholeScheduler() {
  editor.style.display = 'none';
  const panel = h('div', { id: 'sched', role: 'region', 'aria-label': 'Scheduling' }, h('p', {}, 'Scheduling assistant (full view)'),
    h('button', { type: 'button', onClick: () => { panel.remove(); editor.style.display = ''; } }, 'Back to editor'));
  document.body.append(panel);
}

function minimise() {
  editor.style.display = 'none';
  const chip = h('span', { class: 'chip' },
    h('button', { type: 'button', onClick: () => { chip.remove(); editor.style.display = ''; } }, `Restore: ${model.subject || 'New meeting'}`),
    h('button', { type: 'button', onClick: save }, 'Save draft'),
    h('button', { type: 'button', onClick: close }, 'Discard'));
  chips.append(chip);
}

function popOut() {
  const target = editor.parentNode === dock ? main : dock;
  target.append(editor); // the same element, re-parented
}

const pad = (n) => String(n).padStart(2, '0');
const day = (d) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

function openNew() {
  const d = new Date(Date.now() + 86_400_000);
  model = { subject: '', startDate: day(d), startTime: '10:00', endDate: day(d), endTime: '11:00', location: '', body: '' };
  tab = 'details'; asking = false; editor = null;
  main.replaceChildren();
  render();
  editor.querySelector('[data-key="subject"]').focus();
}

async function openEvent(id) {
  const e = await (await fetch(`${API}/${id}`)).json();
  const [sd, st] = e.start.split('T');
  const [ed, et] = e.end.split('T');
  model = { id, subject: e.subject, startDate: sd, startTime: st, endDate: ed, endTime: et, location: e.location, body: e.body };
  tab = 'details'; asking = false; editor = null;
  main.replaceChildren();
  render();
}

function close() {
  const old = editor;
  model = null; asking = false; editor = null;
  clearInterval(questionTimer);
  document.querySelectorAll('#question, #sched, .chip').forEach((n) => n.remove());
  const outer = old?.parentNode?.getAttribute?.('role') === 'alertdialog' ? old.parentNode : old;
  if (opts.anim && outer) {
    outer.classList.add('closing');
    setTimeout(() => outer.remove(), 400);
  } else outer?.remove();
  list();
}

async function save() {
  const m = model;
  if (opts.failSave && saves++ === 0) {
    // The first Save fails (as a server-side validation or conflict would): the editor stays open with an error.
    editor.querySelector('.save-error')?.remove();
    editor.append(h('div', { role: 'alert', class: 'save-error' }, 'Could not save: the room is already booked.'));
    return;
  }
  const body = JSON.stringify({ subject: m.subject, start: `${m.startDate}T${m.startTime}`, end: `${m.endDate}T${m.endTime}`, timeZone: zone, location: m.location, body: m.body });
  const res = await fetch(m.id ? `${API}/${m.id}` : API, { method: m.id ? 'PUT' : 'POST', headers: { 'content-type': 'application/json' }, body });
  if (res.ok) close();
}

function question() {
  return h('div', { role: 'alertdialog', id: 'question', 'aria-label': 'Delete this event?', style: 'position:fixed;top:200px;left:40%;z-index:10' },
    h('p', {}, 'Delete this event?'),
    h('button', { type: 'button', onClick: confirmDelete }, 'OK'),
    h('button', { type: 'button', onClick: answerNo }, 'No'));
}

function onDelete() {
  if (opts.confirm === 'none') return confirmDelete();
  asking = true;
  if (opts.confirm === 'rerender') {
    document.body.append(question());
    // The question is re-rendered (a new element) every 150 ms while it is up.
    questionTimer = setInterval(() => document.getElementById('question')?.replaceWith(question()), 150);
    return;
  }
  if (opts.confirm === 'hiddenrow') { editor.querySelector('.sure').hidden = false; return; }
  if (opts.confirm === 'hideeditor') {
    // The editor is hidden (display:none) behind a full-screen question until it is answered.
    editor.style.display = 'none';
    document.body.append(question());
    return;
  }
  if (opts.confirm === 'replace') {
    // The editor is thrown away and the question takes its place; No builds a new editor.
    editor.remove();
    editor = null;
    main.append(question());
    return;
  }
  render();
}

function answerNo() {
  asking = false;
  clearInterval(questionTimer);
  document.getElementById('question')?.remove();
  if (opts.confirm === 'hiddenrow') { editor.querySelector('.sure').hidden = true; return; }
  if (opts.confirm === 'hideeditor') { editor.style.display = ''; return; }
  render();
}

async function confirmDelete() {
  clearInterval(questionTimer);
  const res = await fetch(`${API}/${model.id}`, { method: 'DELETE' });
  if (res.ok) close();
}

async function list() {
  const events = await (await fetch(`${API}?from=2000-01-01&to=2100-01-01`)).json();
  document.getElementById('list').replaceChildren(...events.map((e) => h('li', {}, h('button', { type: 'button', onClick: () => openEvent(e.id) }, e.subject))));
}

document.getElementById('new').addEventListener('click', openNew);
document.addEventListener('keydown', (e) => {
  // Ctrl+S / Cmd+S saves the open event, as in desktop-style calendar web apps.
  if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's' && model) { e.preventDefault(); save(); return; }
  if (e.key !== 'Escape' || !model || e.defaultPrevented) return;
  if (asking) return answerNo();
  close();
});
window.__fresh = {
  openNew, openEvent, close, render, minimise, popOut, setTab, openWholeScheduler,
  get model() { return model; },
  get editor() { return editor; },
};
list();

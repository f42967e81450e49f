// outsider.html: a calendar page whose meeting editor is built the way component frameworks
// build one, written from how such apps behave (not from the extension's code). The editor is a
// pure function of a model; a render throws the whole subtree away and builds it again.
//   ?render=key    re-render after every input event (a keyed Vue/React list that remounts)
//   ?render=timer  re-render every 200 ms (a polling store pushing the same state again)
//   ?shell=shadow  everything lives in the open shadow root of <cal-app>
//   ?loc=chip      Location is a contenteditable textbox; links in it show as chips
//   ?confirm=remount  Delete re-mounts the editor inside a new "Delete this event?" box
//   ?sync=change   the model takes a field's value on 'change' (blur) only, as lazy v-model does
// Save/Delete go to the demo's REST API, so the test reads the saved events from the server.
const q = new URLSearchParams(location.search);
const opts = { lazy: q.get('sync') === 'change', render: q.get('render'), shadow: q.get('shell') === 'shadow', chip: q.get('loc') === 'chip', remount: q.get('confirm') === 'remount' };
const API = new URL('api/events', location.href).href;
const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;

const host = opts.shadow ? document.body.appendChild(document.createElement('cal-app')) : null;
const root = host ? host.attachShadow({ mode: 'open' }) : document.body;
if (host) root.append(...[...document.head.querySelectorAll('style')].map((s) => s.cloneNode(true)));
const holder = root.appendChild(document.createElement('div'));

let model = null; // { id?, subject, startDate, startTime, endDate, endTime, location, body }
let confirming = false;
let renders = 0;
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

/** Fields carry data-key so focus and caret follow the field into the new subtree. */
function field(key, el) {
  el.dataset.key = key;
  el.addEventListener(opts.lazy ? (el.isContentEditable || el.getAttribute('contenteditable') ? 'blur' : 'change') : 'input', () => {
    model[key] = el.isContentEditable ? el.textContent : el.value;
    if (opts.render === 'key') queueMicrotask(render);
  });
  return el;
}

function locationField(labelId) {
  if (!opts.chip) return field('location', h('input', { type: 'text', 'aria-labelledby': labelId, value: model.location }));
  const box = field('location', h('div', { contenteditable: 'true', role: 'textbox', 'aria-labelledby': labelId, class: 'loc' }));
  for (const part of model.location.split(/(https?:\/\/\S+)/)) {
    if (!part) continue;
    box.append(/^https?:\/\//.test(part) ? h('span', { class: 'chip', contenteditable: 'false' }, part) : part);
  }
  return box;
}

function buildEditor() {
  const id = (p) => `${p}-${++seq}`;
  const ids = { h: id('h'), s: id('s'), sd: id('sd'), e: id('e'), l: id('l'), o: id('o'), b: id('b') };
  const footer = h('div', { class: 'row' },
    model.id ? h('button', { type: 'button', onClick: onDelete }, 'Delete') : null,
    h('button', { type: 'button', onClick: save }, 'Save'),
    h('button', { type: 'button', onClick: close }, 'Cancel'));
  return h('div', { role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': ids.h },
    h('div', { class: 'row' }, h('h2', { id: ids.h }, model.id ? 'Edit meeting' : 'New meeting'),
      h('button', { type: 'button', 'aria-label': 'Close', onClick: close }, '×')),
    h('div', { class: 'row' }, h('label', { for: ids.s }, 'Subject'), field('subject', h('input', { type: 'text', id: ids.s, value: model.subject }))),
    h('div', { class: 'row' }, h('label', { for: ids.sd }, 'Start'),
      field('startDate', h('input', { type: 'date', id: ids.sd, value: model.startDate })),
      field('startTime', h('input', { type: 'time', 'aria-label': 'Start time', value: model.startTime }))),
    h('div', { class: 'row' }, h('span', { id: ids.e }, 'End'),
      field('endDate', h('input', { type: 'date', 'aria-labelledby': ids.e, value: model.endDate })),
      field('endTime', h('input', { type: 'time', 'aria-label': 'End time', value: model.endTime }))),
    h('div', { class: 'row' }, h('span', { id: ids.l }, 'Location'), locationField(ids.l)),
    h('div', { class: 'row' }, h('span', { id: ids.o }, 'Online meeting'), h('div', { role: 'group', 'aria-labelledby': ids.o })),
    h('div', { class: 'row' }, h('label', { for: ids.b }, 'Description'), field('body', h('textarea', { id: ids.b, value: model.body }))),
    footer);
}

function buildQuestion(editor) {
  return h('div', { role: 'alertdialog', 'aria-label': 'Delete this event?' },
    h('p', {}, 'Delete this event?'),
    h('button', { type: 'button', onClick: confirmDelete }, 'OK'),
    h('button', { type: 'button', onClick: () => { confirming = false; render(); } }, 'Cancel'),
    editor);
}

/** Throws the subtree away and builds it again; focus and caret move to the same field. */
function render() {
  renders++;
  const active = root.activeElement ?? document.activeElement;
  const key = active?.dataset?.key;
  const caret = key && 'selectionStart' in active ? [active.selectionStart, active.selectionEnd] : null;
  const editable = key && active.isContentEditable ? caretOffset(active) : null;
  if (!model) return holder.replaceChildren();
  const editor = buildEditor();
  holder.replaceChildren(h('div', { class: 'scrim' }), confirming ? buildQuestion(editor) : editor);
  const next = key && holder.querySelector(`[data-key="${key}"]`);
  if (!next) return;
  next.focus();
  if (caret) next.setSelectionRange(...caret);
  if (editable != null) placeCaret(next, editable);
}

function caretOffset(el) {
  const sel = (root.getSelection ?? document.getSelection).call(root.getSelection ? root : document);
  if (!sel?.rangeCount) return null;
  const r = sel.getRangeAt(0).cloneRange();
  r.selectNodeContents(el);
  r.setEnd(sel.getRangeAt(0).endContainer, sel.getRangeAt(0).endOffset);
  return r.toString().length;
}

function placeCaret(el, offset) {
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (offset <= n.data.length) return document.getSelection().collapse(n, offset);
    offset -= n.data.length;
  }
  document.getSelection().selectAllChildren(el);
  document.getSelection().collapseToEnd();
}

const pad = (n) => String(n).padStart(2, '0');
const day = (d) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

function openNew() {
  const d = new Date(Date.now() + 86_400_000);
  model = { subject: '', startDate: day(d), startTime: '10:00', endDate: day(d), endTime: '11:00', location: '', body: '' };
  confirming = false;
  render();
  holder.querySelector('[data-key="subject"]').focus();
}

async function openEvent(id) {
  const e = await (await fetch(`${API}/${id}`)).json();
  const [sd, st] = e.start.split('T');
  const [ed, et] = e.end.split('T');
  model = { id, subject: e.subject, startDate: sd, startTime: st, endDate: ed, endTime: et, location: e.location, body: e.body };
  confirming = false;
  render();
}

function close() {
  model = null;
  confirming = false;
  render();
  list();
}

async function save() {
  const m = model;
  const body = JSON.stringify({ subject: m.subject, start: `${m.startDate}T${m.startTime}`, end: `${m.endDate}T${m.endTime}`, timeZone: zone, location: m.location, body: m.body });
  const res = await fetch(m.id ? `${API}/${m.id}` : API, { method: m.id ? 'PUT' : 'POST', headers: { 'content-type': 'application/json' }, body });
  if (res.ok) close();
}

function onDelete() {
  if (!opts.remount) return confirmDelete();
  confirming = true;
  render();
}

async function confirmDelete() {
  const res = await fetch(`${API}/${model.id}`, { method: 'DELETE' });
  if (res.ok) close();
}

async function list() {
  const events = await (await fetch(`${API}?from=2000-01-01&to=2100-01-01`)).json();
  document.getElementById('list').replaceChildren(...events.map((e) => h('li', {}, h('button', { type: 'button', onClick: () => openEvent(e.id) }, e.subject))));
}

document.getElementById('new').addEventListener('click', openNew);
document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape' && model && !e.defaultPrevented) confirming ? ((confirming = false), render()) : close();
});
if (opts.render === 'timer') setInterval(() => model && render(), 200);
window.__outsider = { openNew, openEvent, close, render, get renders() { return renders; }, get model() { return model; } };
list();

// third.html: the third attacker's calendar page (tests/e2e/attack-third.test.ts), written from how
// calendar web apps build their editors. Query parameters:
//   lang=en|ja
//   shape=modal|panel     modal (default): a dialog built on open and removed on close (React-like:
//                         the model changes on input events only, Save sends the model);
//                         panel: ONE side-panel editor element for the whole page, hidden
//                         (display:none) on close and refilled in place for the next event
//   render=keystroke      (modal) every input event throws the dialog's content away and builds it
//                         again from the model (new elements, new ids; focus and caret restored)
//   desc=plain|rich|trim  rich: a contenteditable description the page normalises on blur and on
//                         Save (whitespace collapsed, &nbsp; dropped, every line wrapped in <p>,
//                         empty lines removed); trim: a textarea whose text is normalised the same way
//   loc=input|chip        chip: 400 ms after a link lands in Location the page moves it into a chip
//                         (the input keeps only the rest); Location saved = text; chips
//   save=close|stay|stay-status   stay: Save keeps the editor open, now "Edit meeting" with Delete;
//                         stay-status: it stays open and only says "Saved" (no Delete appears)
//   del=confirm|undo|none confirm: "Delete this event?" Delete / Cancel; undo: deleted at once, then
//                         "Event deleted. Undo" for 10 s (Undo posts the event again)
//   esc=bubble|capture    the page's Escape listener: on document (bubble) or on window (capture)
//   discard=0             no "Discard changes?" question on Cancel/×/Escape of a changed editor
//   draft=1               new events are autosaved to localStorage; a reload offers to restore them
// Save validates (subject required, end after start) and keeps the editor open with an alert.
// The editor holds Duplicate for a saved event (a new editor with every field copied).
// Test hook: window.__third.
const q = new URLSearchParams(location.search);
const cfg = {
  lang: q.get('lang') === 'ja' ? 'ja' : 'en',
  shape: q.get('shape') === 'panel' ? 'panel' : 'modal',
  keystroke: q.get('render') === 'keystroke',
  desc: q.get('desc') ?? 'plain',
  chip: q.get('loc') === 'chip',
  save: q.get('save') ?? 'close',
  del: q.get('del') ?? 'confirm',
  escCapture: q.get('esc') === 'capture',
  discard: q.get('discard') !== '0',
  draft: q.get('draft') === '1',
};
const TEXT = {
  en: {
    title: 'Group Calendar', newMeeting: 'New meeting', quickEvent: 'Quick event', editMeeting: 'Edit meeting', subject: 'Subject', start: 'Start', startTime: 'Start time',
    end: 'End', endTime: 'End time', location: 'Location', online: 'Online meeting', description: 'Description', save: 'Save', cancel: 'Cancel', close: 'Close',
    delete: 'Delete', duplicate: 'Duplicate', moreOptions: 'More options', discardTitle: 'Discard changes?', discardText: 'Your changes to this event will be lost.',
    discard: 'Discard', keepEditing: 'Keep editing', deleteTitle: 'Delete this event?', deleted: 'Event deleted.', undo: 'Undo', saved: 'Saved',
    needSubject: 'Enter a subject.', badTimes: 'The end must be after the start.', saveFailed: 'Could not save the event.', restoreText: 'You have an unsaved event:',
    restore: 'Restore', dismiss: 'Dismiss', links: 'Location links', removeLink: 'Remove link', open: 'Open',
  },
  ja: {
    title: 'グループカレンダー', newMeeting: '新規会議', quickEvent: 'クイック予定', editMeeting: '会議の編集', subject: '件名', start: '開始', startTime: '開始時刻',
    end: '終了', endTime: '終了時刻', location: '場所', online: 'オンライン会議', description: '説明', save: '保存', cancel: 'キャンセル', close: '閉じる',
    delete: '削除', duplicate: '複製', moreOptions: 'その他のオプション', discardTitle: '変更を破棄しますか？', discardText: 'この予定への変更は失われます。',
    discard: '破棄', keepEditing: '編集を続ける', deleteTitle: 'この予定を削除しますか？', deleted: '予定を削除しました。', undo: '元に戻す', saved: '保存しました',
    needSubject: '件名を入力してください。', badTimes: '終了は開始より後にしてください。', saveFailed: '予定を保存できませんでした。', restoreText: '保存されていない予定があります:',
    restore: '復元', dismiss: '無視', links: '場所のリンク', removeLink: 'リンクを削除', open: '開く',
  },
}[cfg.lang];
document.documentElement.lang = cfg.lang;
document.title = TEXT.title;

const API = new URL('api/events', location.href).href;
const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
const DRAFT = 'third-draft';
const URL_RE = /https?:\/\/[^\s;,]+/g;

let model = null; // the open editor's state; null when no editor is open
let snapshot = ''; // the model as opened or last saved ("dirty" = differs)
let root = null; // the editor's role=dialog element
let question = null; // the page's open question (discard / delete)
let quick = null; // the quick-create popover
let busy = false;
let chipTimer = 0;
let seq = 0;
const uid = (p) => `${p}${(++seq).toString(36)}${Math.random().toString(36).slice(2, 5)}`;

function h(tag, props = {}, ...kids) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith('on')) el.addEventListener(k.slice(2).toLowerCase(), v);
    else if (k === 'value') el.value = v;
    else el.setAttribute(k, v === true ? '' : v);
  }
  el.append(...kids.flat().filter((kid) => kid !== null && kid !== undefined && kid !== false));
  return el;
}

const snap = (m) => JSON.stringify({ s: m.subject, sd: m.startDate, st: m.startTime, ed: m.endDate, et: m.endTime, l: m.location, c: m.chips, b: m.body });
const dirty = () => model && snap(model) !== snapshot;
const pad = (n) => String(n).padStart(2, '0');
const day = (d) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

// ---- text normalisation (what the page does to the description) --------------------------------
function tidyText(p) {
  const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
  const texts = [];
  for (let t = walker.nextNode(); t; t = walker.nextNode()) texts.push(t);
  for (const t of texts) t.data = t.data.replace(/[\s\u00a0]+/g, ' ');
  if (texts.length) {
    texts[0].data = texts[0].data.replace(/^ /, '');
    texts[texts.length - 1].data = texts[texts.length - 1].data.replace(/ $/, '');
  }
}

/** Every line its own <p>, whitespace collapsed, empty lines dropped; lists kept. */
function normaliseRich(html) {
  const src = document.createElement('template');
  src.innerHTML = html;
  const out = [];
  let cur = null;
  const flush = () => {
    if (cur) {
      tidyText(cur);
      if (cur.textContent.trim() || cur.querySelector('img')) out.push(cur);
    }
    cur = null;
  };
  const walk = (nodes) => {
    for (const n of nodes) {
      if (n.nodeType === Node.ELEMENT_NODE && (n.tagName === 'P' || n.tagName === 'DIV')) {
        flush();
        walk([...n.childNodes]);
        flush();
      } else if (n.nodeType === Node.ELEMENT_NODE && n.tagName === 'BR') flush();
      else if (n.nodeType === Node.ELEMENT_NODE && (n.tagName === 'UL' || n.tagName === 'OL')) {
        flush();
        out.push(n);
      } else if (n.nodeType === Node.TEXT_NODE || n.nodeType === Node.ELEMENT_NODE) {
        cur ??= document.createElement('p');
        cur.append(n);
      }
    }
  };
  walk([...src.content.childNodes]);
  flush();
  const box = document.createElement('div');
  box.append(...out);
  return box.innerHTML;
}

function normaliseText(text) {
  return text.split('\n').map((l) => l.replace(/[\s\u00a0]+/g, ' ').trim()).join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

/** The page tidies the description (on blur and before Save); it writes the DOM itself, no event. */
function normaliseBody() {
  if (!model || !root) return;
  const el = root.querySelector('[data-key="body"]');
  if (cfg.desc === 'rich') {
    const next = normaliseRich(el ? el.innerHTML : model.body);
    if (el && el.innerHTML !== next) el.innerHTML = next;
    model.body = next;
  } else if (cfg.desc === 'trim') {
    const next = normaliseText(el ? el.value : model.body);
    if (el && el.value !== next) el.value = next;
    model.body = next;
  }
}

// ---- Location chips ----------------------------------------------------------------------------
function splitLocation(text) {
  const links = (text.match(URL_RE) ?? []).slice();
  const rest = text.replace(URL_RE, ' ').split(/[;,]/).map((s) => s.trim()).filter(Boolean).join('; ');
  return { links, rest };
}

function scheduleChips() {
  clearTimeout(chipTimer);
  if (!cfg.chip) return;
  chipTimer = setTimeout(() => {
    if (!model || !/https?:\/\//.test(model.location)) return;
    const { links, rest } = splitLocation(model.location);
    model.chips = [...model.chips, ...links.filter((l) => !model.chips.includes(l))];
    model.location = rest;
    const input = root.querySelector('[data-key="location"]');
    if (input) input.value = rest;
    paintChips();
    saveDraft();
  }, 400);
}

function chipList() {
  return h('div', { role: 'list', 'aria-label': TEXT.links, class: 'chips' },
    model.chips.map((url) => h('span', { role: 'listitem', class: 'chip' }, h('a', { href: url, target: '_blank' }, url),
      h('button', { type: 'button', 'aria-label': `${TEXT.removeLink} ${url}`, onClick: () => { model.chips = model.chips.filter((c) => c !== url); paintChips(); } }, '×'))));
}

function paintChips() {
  const old = root?.querySelector('.chips');
  if (old) old.replaceWith(chipList());
}

// ---- the editor --------------------------------------------------------------------------------
function onField(key) {
  return (e) => {
    if (!model) return;
    const el = e.currentTarget;
    model[key] = key === 'body' && cfg.desc === 'rich' ? el.innerHTML : el.value;
    if (model.error && key === 'subject') model.error = '';
    if (key === 'location') scheduleChips();
    saveDraft();
    if (cfg.keystroke && cfg.shape === 'modal' && !(key === 'body' && cfg.desc === 'rich')) rebuild();
  };
}

function fieldEl(key, el) {
  el.dataset.key = key;
  el.addEventListener('input', onField(key));
  return el;
}

function content() {
  const id = { h: uid('h'), s: uid('s'), sd: uid('sd'), e: uid('e'), l: uid('l'), o: uid('o'), b: uid('b') };
  const desc = cfg.desc === 'rich'
    ? fieldEl('body', h('div', { contenteditable: 'true', role: 'textbox', 'aria-multiline': 'true', 'aria-labelledby': id.b, class: 'rich' }))
    : fieldEl('body', h('textarea', { id: id.b, value: model.body }));
  if (cfg.desc === 'rich') desc.innerHTML = model.body;
  if (cfg.desc !== 'plain') desc.addEventListener('blur', () => normaliseBody());
  return [
    h('div', { class: 'row head' }, h('h2', { id: id.h, class: 'heading' }, model.existing ? TEXT.editMeeting : TEXT.newMeeting),
      h('button', { type: 'button', 'aria-label': TEXT.close, onClick: requestClose }, '×')),
    h('div', { class: 'row' }, h('label', { for: id.s }, TEXT.subject), fieldEl('subject', h('input', { type: 'text', id: id.s, value: model.subject }))),
    h('div', { class: 'row' }, h('label', { for: id.sd }, TEXT.start),
      fieldEl('startDate', h('input', { type: 'date', id: id.sd, value: model.startDate })),
      fieldEl('startTime', h('input', { type: 'time', 'aria-label': TEXT.startTime, value: model.startTime }))),
    h('div', { class: 'row' }, h('span', { id: id.e }, TEXT.end),
      fieldEl('endDate', h('input', { type: 'date', 'aria-labelledby': id.e, value: model.endDate })),
      fieldEl('endTime', h('input', { type: 'time', 'aria-label': TEXT.endTime, value: model.endTime }))),
    h('div', { class: 'row' }, h('span', { id: id.l }, TEXT.location),
      fieldEl('location', h('input', { type: 'text', 'aria-labelledby': id.l, value: model.location, size: 60 })),
      cfg.chip ? chipList() : null),
    h('div', { class: 'row' }, h('span', { id: id.o }, TEXT.online), h('div', { role: 'group', 'aria-labelledby': id.o })),
    h('div', { class: 'row' }, cfg.desc === 'rich' ? h('span', { id: id.b }, TEXT.description) : h('label', { for: id.b }, TEXT.description), desc),
    h('div', { class: 'slot-msg' }, messages()),
    h('div', { class: 'row footer' }, footer()),
  ];
}

function messages() {
  return [
    model.error ? h('div', { role: 'alert', class: 'err' }, model.error) : null,
    model.status ? h('div', { role: 'status' }, model.status) : null,
  ];
}

function footer() {
  return [
    model.existing ? h('button', { type: 'button', onClick: onDelete }, TEXT.delete) : null,
    model.existing ? h('button', { type: 'button', onClick: onDuplicate }, TEXT.duplicate) : null,
    h('button', { type: 'button', onClick: save }, TEXT.save),
    h('button', { type: 'button', onClick: requestClose }, TEXT.cancel),
  ];
}

/** Throws the dialog's content away and builds it again from the model (keystroke mode). */
function rebuild() {
  const active = document.activeElement;
  const key = root.contains(active) ? active?.dataset?.key : undefined;
  let sel = null;
  try { if (key) sel = [active.selectionStart, active.selectionEnd]; } catch { sel = null; }
  root.replaceChildren(...content());
  root.setAttribute('aria-labelledby', root.querySelector('.heading').id);
  const f = key && root.querySelector(`[data-key="${key}"]`);
  if (f) {
    f.focus();
    try { if (sel && sel[0] !== null) f.setSelectionRange(sel[0], sel[1]); } catch { /* date, time */ }
  }
}

/** After Save/validation: heading, messages and footer updated (a full rebuild in keystroke mode). */
function paint() {
  if (!root || !model) return;
  if (cfg.keystroke && cfg.shape === 'modal') return rebuild();
  root.querySelector('.heading').textContent = model.existing ? TEXT.editMeeting : TEXT.newMeeting;
  root.querySelector('.slot-msg').replaceChildren(...messages().filter(Boolean));
  root.querySelector('.footer').replaceChildren(...footer().filter(Boolean));
}

/** The panel's fields refilled in place for another event (the same elements, values set by the page). */
function refill() {
  const set = (key, v) => {
    const el = root.querySelector(`[data-key="${key}"]`);
    if (key === 'body' && cfg.desc === 'rich') el.innerHTML = v;
    else el.value = v;
  };
  for (const key of ['subject', 'startDate', 'startTime', 'endDate', 'endTime', 'location', 'body']) set(key, model[key]);
  paintChips();
  paint();
}

function show(m, asNew = false) {
  clearTimeout(chipTimer);
  closeQuestion();
  quick?.remove();
  quick = null;
  model = { chips: [], error: '', status: '', ...m };
  snapshot = asNew ? snap({ ...model, subject: '', location: '', chips: [], body: '' }) : snap(model);
  if (cfg.shape === 'panel') {
    if (!root) {
      root = h('aside', { id: 'panel', role: 'dialog', 'aria-modal': 'false' });
      root.append(...content());
      root.setAttribute('aria-labelledby', root.querySelector('.heading').id);
      document.body.append(root);
    } else refill();
    root.style.display = '';
  } else {
    root?.closest('.overlay')?.remove();
    root = h('div', { role: 'dialog', 'aria-modal': 'true' });
    root.append(...content());
    root.setAttribute('aria-labelledby', root.querySelector('.heading').id);
    document.body.append(h('div', { class: 'overlay' }, root));
  }
  root.querySelector('[data-key="subject"]').focus();
}

function close() {
  clearTimeout(chipTimer);
  closeQuestion();
  if (!root) return;
  if (cfg.shape === 'panel') root.style.display = 'none';
  else {
    root.closest('.overlay')?.remove();
    root = null;
  }
  model = null;
}

function requestClose() {
  if (!model || question || busy) return;
  if (cfg.discard && dirty()) return askDiscard();
  if (!model.id) clearDraft();
  close();
}

function ask(titleText, text, yes, no) {
  closeQuestion();
  const t = uid('qt');
  const d = uid('qd');
  question = h('div', { role: 'alertdialog', 'aria-modal': 'true', 'aria-labelledby': t, 'aria-describedby': d },
    h('h3', { id: t }, titleText), text ? h('p', { id: d }, text) : null,
    h('button', { type: 'button', onClick: () => { closeQuestion(); yes.run(); } }, yes.label),
    h('button', { type: 'button', class: 'no', onClick: () => { closeQuestion(); no.run(); } }, no.label));
  question.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    e.stopPropagation();
    closeQuestion();
    no.run();
  });
  document.body.append(question);
  question.querySelector('.no').focus();
}

function closeQuestion() {
  question?.remove();
  question = null;
}

const backToEditor = () => root?.querySelector('[data-key="subject"]')?.focus();

function askDiscard() {
  ask(TEXT.discardTitle, TEXT.discardText, { label: TEXT.discard, run: () => { if (!model?.id) clearDraft(); close(); } }, { label: TEXT.keepEditing, run: backToEditor });
}

function validate(m) {
  if (!m.subject.trim()) return TEXT.needSubject;
  if (`${m.endDate}T${m.endTime}` <= `${m.startDate}T${m.startTime}`) return TEXT.badTimes;
  return '';
}

function payloadOf(m) {
  const loc = cfg.chip ? [m.location.trim(), ...m.chips].filter(Boolean).join('; ') : m.location;
  return JSON.stringify({ subject: m.subject, start: `${m.startDate}T${m.startTime}`, end: `${m.endDate}T${m.endTime}`, timeZone: zone, location: loc, body: m.body });
}

async function save() {
  if (!model || busy) return;
  const error = validate(model);
  if (error) {
    model.error = error;
    model.status = '';
    paint();
    root.querySelector('[data-key="subject"]').focus();
    return;
  }
  clearTimeout(chipTimer);
  normaliseBody();
  busy = true;
  const m = model;
  let res;
  try {
    res = await fetch(m.id ? `${API}/${m.id}` : API, { method: m.id ? 'PUT' : 'POST', headers: { 'content-type': 'application/json' }, body: payloadOf(m) });
  } finally {
    busy = false;
  }
  if (model !== m) return;
  if (!res.ok) {
    m.error = TEXT.saveFailed;
    paint();
    return;
  }
  const saved = await res.json();
  clearDraft();
  refreshList();
  if (cfg.save === 'close') return close();
  m.id = saved.id;
  m.error = '';
  m.status = `${TEXT.saved} ${new Date().toLocaleTimeString(cfg.lang)}`;
  if (cfg.save === 'stay') m.existing = true;
  snapshot = snap(m);
  paint();
}

function onDelete() {
  if (!model?.id) return;
  if (cfg.del === 'confirm') ask(TEXT.deleteTitle, '', { label: TEXT.delete, run: doDelete }, { label: TEXT.cancel, run: backToEditor });
  else doDelete();
}

async function doDelete() {
  const m = model;
  if (!m?.id) return;
  const res = await fetch(`${API}/${m.id}`, { method: 'DELETE' });
  if (!res.ok) return;
  close();
  refreshList();
  if (cfg.del === 'undo') {
    const toast = h('div', { role: 'status', class: 'undo' }, h('span', {}, TEXT.deleted), ' ',
      h('button', { type: 'button', onClick: async () => {
        toast.remove();
        await fetch(API, { method: 'POST', headers: { 'content-type': 'application/json' }, body: payloadOf(m) });
        refreshList();
      } }, TEXT.undo));
    document.getElementById('toasts').append(toast);
    setTimeout(() => toast.remove(), 10_000);
  }
}

function onDuplicate() {
  const copy = { ...model, id: undefined, existing: false, error: '', status: '', chips: [...model.chips] };
  close();
  show(copy, true);
}

// ---- quick create ------------------------------------------------------------------------------
function openQuick() {
  if (model) return;
  quick?.remove();
  const d = new Date(Date.now() + 2 * 86_400_000);
  const m = { subject: '', startDate: day(d), startTime: '14:00', endDate: day(d), endTime: '14:30' };
  const sid = uid('qs');
  const input = h('input', { type: 'text', id: sid, onInput: (e) => { m.subject = e.currentTarget.value; } });
  quick = h('div', { id: 'quick', role: 'dialog', 'aria-label': TEXT.quickEvent },
    h('div', { class: 'row' }, h('label', { for: sid }, TEXT.subject), input),
    h('div', { class: 'row' }, h('span', {}, `${m.startDate} ${m.startTime}–${m.endTime}`)),
    h('div', { class: 'row' },
      h('button', { type: 'button', onClick: async () => {
        if (!m.subject.trim()) return;
        await fetch(API, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ subject: m.subject, start: `${m.startDate}T${m.startTime}`, end: `${m.endDate}T${m.endTime}`, timeZone: zone, location: '', body: '' }) });
        quick?.remove();
        quick = null;
        refreshList();
      } }, TEXT.save),
      h('button', { type: 'button', onClick: () => show({ ...m, location: '', body: '' }, true) }, TEXT.moreOptions),
      h('button', { type: 'button', 'aria-label': TEXT.close, onClick: () => { quick?.remove(); quick = null; } }, '×')));
  document.body.append(quick);
  input.focus();
}

// ---- drafts ------------------------------------------------------------------------------------
function saveDraft() {
  if (!cfg.draft || !model || model.id) return;
  localStorage.setItem(DRAFT, JSON.stringify({ ...model, error: '', status: '' }));
}
function clearDraft() {
  if (cfg.draft) localStorage.removeItem(DRAFT);
}
function offerDraft() {
  const raw = cfg.draft && localStorage.getItem(DRAFT);
  if (!raw) return;
  const m = JSON.parse(raw);
  const bar = h('div', { id: 'restore', role: 'region', 'aria-label': TEXT.restoreText },
    `${TEXT.restoreText} “${m.subject}” `,
    h('button', { type: 'button', onClick: () => { bar.remove(); show(m, true); saveDraft(); } }, TEXT.restore),
    h('button', { type: 'button', onClick: () => { bar.remove(); clearDraft(); } }, TEXT.dismiss));
  document.getElementById('restoreSlot').append(bar);
}

// ---- the calendar list -------------------------------------------------------------------------
let events = [];
async function refreshList() {
  events = await (await fetch(API)).json();
  document.getElementById('events').replaceChildren(...events.map((e) =>
    h('li', {}, h('button', { type: 'button', onClick: () => openEvent(e.id) }, `${TEXT.open}: ${e.subject}`), ` ${e.start}`)));
}

function openNew(over = {}) {
  const d = new Date(Date.now() + 86_400_000);
  show({ subject: '', startDate: day(d), startTime: '10:00', endDate: day(d), endTime: '11:00', location: '', body: '', ...over }, true);
}

async function openEvent(id) {
  const e = await (await fetch(`${API}/${id}`)).json();
  const [sd, st] = e.start.split('T');
  const [ed, et] = e.end.split('T');
  const loc = cfg.chip ? splitLocation(e.location) : { rest: e.location, links: [] };
  show({ id, existing: true, subject: e.subject, startDate: sd, startTime: st, endDate: ed, endTime: et, location: loc.rest, chips: loc.links, body: e.body });
}

const onEscape = (e) => {
  if (e.key !== 'Escape' || question) return;
  if (quick && !model) {
    quick.remove();
    quick = null;
    return;
  }
  if (!model) return;
  e.preventDefault();
  requestClose();
};
if (cfg.escCapture) window.addEventListener('keydown', onEscape, true);
else document.addEventListener('keydown', onEscape);

document.getElementById('new').textContent = TEXT.newMeeting;
document.getElementById('new').addEventListener('click', () => openNew());
document.getElementById('quickBtn').textContent = TEXT.quickEvent;
document.getElementById('quickBtn').addEventListener('click', openQuick);
offerDraft();
const ready = refreshList();

window.__third = {
  cfg,
  ready,
  get model() { return model && JSON.parse(JSON.stringify(model)); },
  get open() { return !!model; },
  openEvent,
  openNew,
  refreshList,
};

// The meeting editor controller. Like a framework-controlled form, it keeps a model per open editor,
// updates it ONLY from input/change events, and Save sends the model, not what the DOM shows.
import { h, valueChanged, setValue } from './dom.js';
import { t } from './i18n.js';
import { api } from './api.js';
import { addMinutes, dateStr, nextWorkingSlot, parseLocal, timeStr, timeZone } from './dates.js';
import { buildDialog, fill, paintState } from './editor-view.js';
import { renderOnline, fakeMeetingUrl } from './online.js';
import { createParticipants } from './participants.js';
import { fieldOf, focusName } from './registry.js';
import { askDelete } from './delete-modes.js';
import { toast } from './toast.js';
import { S } from './editor-styles.js';
import { richContent } from './rich-text.js';
import { framedEditor, openFramed, removePortal, variantPortal } from './variants.js';
import { renameLocation } from './variant-renamed.js';
import { attachRepeat, initRepeat, occurrenceRemoval, repeatPayload } from './repeat.js';

/**
 * ?variant=hidden: one dialog, hidden and shown again; ?variant=rich: a rich-text description
 * (rich-text.js); ?variant=modal|popover|trap|frame: other page shapes (variants.js); default: fresh DOM
 * per open, removed on close.
 */
const asked = new URLSearchParams(location.search).get('variant');
export const variant = ['hidden', 'rich', 'modal', 'popover', 'trap', 'frame'].includes(asked) ? asked : 'fresh';

let ed = null; // { model, ui, refs, portal, eventId, ctx, opener }
let kept = null; // hidden variant: { portal, refs }
let deps = null; // { directory, onChanged, appRoot }
let people = null;

export function initEditor(d) {
  deps = d;
  people = createParticipants(() => ed, d.directory);
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && ed && !e.defaultPrevented) {
      if (ed.ui.menuOpen) pickProvider(null);
      else cancel();
    }
  });
}

/** Opens the editor for `event` (edit) or a new meeting from `slot` {start, end} local strings. */
export function openEditor(event, slot) {
  if (variant === 'frame') return openFramed(event, slot, deps);
  if (ed) close();
  const s = parseLocal(event?.start ?? slot?.start) ?? nextWorkingSlot();
  const e = parseLocal(event?.end ?? slot?.end) ?? addMinutes(s, 60);
  const model = {
    subject: event?.subject ?? '',
    startDate: dateStr(s), startTime: timeStr(s), endDate: dateStr(e), endTime: timeStr(e),
    location: event?.location ?? '', body: event?.body ?? '',
    participants: [...(event?.participants ?? [])], participantDraft: '',
    onlineMeeting: event?.onlineMeeting ? { ...event.onlineMeeting } : null,
    timeZone: event?.timeZone || timeZone,
  };
  const ui = { mode: event ? 'edit' : 'new', busy: false, creating: null, menuOpen: false, error: '', invalid: null };
  const ctx = {
    directory: deps.directory,
    onCancel: cancel, onSave: save, onDelete: remove,
    onToggleMenu: toggleMenu, onPickProvider: pickProvider, onRemoveOnline: removeOnline,
    onParticipantKey: people.onKey, onParticipantBlur: people.onBlur, onRemoveParticipant: people.remove,
  };
  ed = { model, ui, ctx, eventId: event?.id ?? null, opener: document.activeElement };
  initRepeat(ed, event);

  if (variant === 'hidden' && kept) {
    ed.portal = kept.portal;
    ed.refs = kept.refs;
    fill(ed.refs, model, ui, ctx); // same nodes, values reset from the model
  } else {
    ed.refs = renameLocation(buildDialog(ctx));
    fill(ed.refs, model, ui, ctx);
    ed.portal = variantPortal(variant, ed.refs.dialog, { onInput: onField, onChange: onField, onKeydown: trapTab, onCancel: cancel })
      ?? h('div', { class: S.overlay, onInput: onField, onChange: onField, onKeydown: trapTab }, ed.refs.dialog);
    if (!ed.portal.isConnected) document.body.append(ed.portal);
    if (variant === 'hidden') kept = { portal: ed.portal, refs: ed.refs };
  }
  attachRepeat(ed);
  ed.portal.hidden = false;
  deps.appRoot.setAttribute('aria-hidden', 'true');
  ed.refs.subject.focus();
}

/** Rebuilds the whole dialog from the model: new nodes, new ids (what a keyed re-render does). */
export function rerenderEditor() {
  if (variant === 'frame') return framedEditor()?.rerenderEditor();
  if (!ed) return;
  const active = document.activeElement;
  const name = active && ed.refs.dialog.contains(active) ? focusName.get(active) : null;
  const sel = name && 'selectionStart' in active ? [active.selectionStart, active.selectionEnd] : null;
  const old = ed.refs.dialog;
  const refs = renameLocation(buildDialog(ed.ctx));
  fill(refs, ed.model, ed.ui, ed.ctx);
  old.replaceWith(refs.dialog);
  ed.refs = refs;
  attachRepeat(ed);
  if (kept) kept.refs = refs;
  const target = name ? findNamed(refs.dialog, name) : null;
  if (target) {
    target.focus();
    if (sel) try { target.setSelectionRange(sel[0], sel[1]); } catch { /* date/time inputs have no selection */ }
  }
}

export function closeEditor() {
  if (variant === 'frame') return framedEditor()?.closeEditor();
  if (ed) close();
}

export function editorState() {
  if (variant === 'frame') {
    const framed = framedEditor()?.editorState();
    return framed ? { ...framed, variant } : null;
  }
  if (!ed) return null;
  return { mode: ed.ui.mode, eventId: ed.eventId, busy: ed.ui.busy, model: structuredClone(ed.model), variant };
}

function onField(e) {
  const el = e.target;
  const key = fieldOf.get(el);
  if (!ed || !key || !ed.refs.dialog.contains(el)) return;
  if (key === 'participantDraft' && e.type === 'change') return people.commit(ed);
  if (el.isContentEditable) return void (ed.model.body = richContent(el)); // ?variant=rich
  if (!valueChanged(el)) return; // the React-style tracker: `el.value = x` alone never reaches here
  const m = ed.model;
  const v = el.value;
  if (el instanceof HTMLInputElement) el.setAttribute('value', v);
  if (key === 'startDate' || key === 'startTime') {
    // Moving the start moves the end too, keeping the duration (as calendar apps do).
    const oldStart = parseLocal(`${m.startDate}T${m.startTime}`);
    const oldEnd = parseLocal(`${m.endDate}T${m.endTime}`);
    m[key] = v;
    const start = parseLocal(`${m.startDate}T${m.startTime}`);
    if (start && oldStart && oldEnd) {
      const end = addMinutes(start, Math.max(15, (oldEnd - oldStart) / 60_000));
      m.endDate = dateStr(end);
      m.endTime = timeStr(end);
      setValue(ed.refs.endDate, m.endDate);
      setValue(ed.refs.endTime, m.endTime);
    }
  } else {
    m[key] = v;
  }
  if (key === 'participantDraft') people.onDraft(ed);
  if (ed.ui.error && !ed.ui.busy) {
    ed.ui.error = '';
    ed.ui.invalid = null;
    paintState(ed.refs, ed.ui);
  }
}

function toggleMenu() {
  ed.ui.menuOpen = !ed.ui.menuOpen;
  if (!ed.ui.menuOpen) return pickProvider(null);
  renderOnline(ed.refs, ed.model, ed.ui, ed.ctx);
  // A click anywhere else closes the menu.
  const session = ed;
  setTimeout(() => document.addEventListener('pointerdown', function outside(e) {
    if (ed !== session || !ed.ui.menuOpen) return document.removeEventListener('pointerdown', outside, true);
    if (e.target.closest?.('[role="menu"]')) return;
    document.removeEventListener('pointerdown', outside, true);
    if (!e.target.closest?.('[aria-haspopup="menu"]')) pickProvider(null);
  }, true));
}

/** The menu closed (provider chosen or not): OnTime re-renders the whole editor. */
function pickProvider(provider) {
  ed.ui.menuOpen = false;
  if (provider) ed.ui.creating = provider;
  rerenderEditor();
  focusOnline();
  if (!provider) return;
  const session = ed;
  // Stands in for OnTime's server creating the meeting with the provider.
  setTimeout(() => {
    if (ed !== session) return;
    const url = fakeMeetingUrl(provider);
    ed.model.onlineMeeting = { provider, url };
    ed.model.location = ed.model.location.trim() ? `${ed.model.location.trim()}; ${url}` : url;
    ed.ui.creating = null;
    rerenderEditor();
    focusOnline();
  }, 600);
}

function removeOnline() {
  const url = ed.model.onlineMeeting?.url;
  ed.model.onlineMeeting = null;
  if (url) ed.model.location = ed.model.location.replace(url, '').replace(/^[\s;]+|[\s;]+$/g, '');
  rerenderEditor();
  focusOnline();
}

function focusOnline() {
  const el = ed?.refs.online.querySelector('button');
  if (el && !ed.ui.menuOpen) el.focus();
}

function validate(m) {
  if (!m.subject.trim()) return ['subject', t('errSubject')];
  const s = parseLocal(`${m.startDate}T${m.startTime}`);
  const e = parseLocal(`${m.endDate}T${m.endTime}`);
  if (!s || !e || e <= s) return ['end', t('errTime')];
  return null;
}

async function save() {
  const session = ed;
  if (!session || session.ui.busy || session.ui.creating) return;
  if (session.model.participantDraft.trim()) people.commit(session);
  const m = session.model;
  const problem = validate(m);
  if (problem) {
    [session.ui.invalid, session.ui.error] = problem;
    paintState(session.refs, session.ui);
    (problem[0] === 'subject' ? session.refs.subject : session.refs.endTime).focus();
    return;
  }
  session.ui.busy = true;
  paintState(session.refs, session.ui);
  const payload = repeatPayload(session, {
    subject: m.subject.trim(), start: `${m.startDate}T${m.startTime}`, end: `${m.endDate}T${m.endTime}`,
    timeZone: m.timeZone, location: m.location, body: m.body, participants: [...m.participants],
    ...(m.onlineMeeting ? { onlineMeeting: { ...m.onlineMeeting } } : {}),
  });
  try {
    const saved = session.eventId ? await api.update(session.eventId, payload) : await api.create(payload);
    if (ed === session) close();
    toast(t('saved'));
    deps.onChanged(saved);
  } catch (err) {
    session.ui.busy = false;
    session.ui.error = t('errSave', { msg: err.message });
    if (ed === session) paintState(session.refs, session.ui);
  }
}

async function remove() {
  const session = ed;
  if (!session?.eventId || session.ui.busy) return;
  const ok = await askDelete({
    title: t('confirmDeleteTitle'),
    text: t('confirmDeleteText', { subject: session.model.subject || t('noSubject') }),
    ok: t('confirmOk'),
    cancel: t('cancel'),
    within: session.refs.dialog,
  });
  if (!ok || ed !== session) return;
  session.ui.busy = true;
  paintState(session.refs, session.ui);
  try {
    const m = session.model;
    // "This occurrence": the series stays, with this occurrence marked deleted.
    const onlyOccurrence = occurrenceRemoval(session, {
      subject: m.subject.trim(), timeZone: m.timeZone, location: m.location, body: m.body, participants: [...m.participants],
      ...(m.onlineMeeting ? { onlineMeeting: { ...m.onlineMeeting } } : {}),
    });
    await (onlyOccurrence ? api.update(session.eventId, onlyOccurrence) : api.remove(session.eventId));
    if (ed === session) close();
    toast(t('deleted'));
    deps.onChanged(null);
  } catch (err) {
    session.ui.busy = false;
    session.ui.error = t('errSave', { msg: err.message });
    if (ed === session) paintState(session.refs, session.ui);
  }
}

function cancel() {
  if (ed && !ed.ui.busy) close();
}

function close() {
  const { portal, opener } = ed;
  if (variant === 'hidden') portal.hidden = true;
  else removePortal(portal);
  ed = null;
  deps.appRoot.removeAttribute('aria-hidden');
  if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
  deps.onClosed?.(); // ?variant=frame: the parent page takes the frame away
}

/** Keeps Tab inside the modal (wraps at both ends; does not fight focus moving elsewhere). */
function trapTab(e) {
  if (e.key !== 'Tab' || !ed) return;
  const items = [...ed.refs.dialog.querySelectorAll('button, input:not([type="hidden"]), textarea, [contenteditable="true"], a[href], [tabindex="0"]')]
    .filter((el) => !el.disabled && el.tabIndex >= 0 && el.getClientRects().length);
  const first = items[0];
  const last = items[items.length - 1];
  if (e.shiftKey && document.activeElement === first) { e.preventDefault(); last.focus(); }
  else if (!e.shiftKey && document.activeElement === last) { e.preventDefault(); first.focus(); }
}

function findNamed(root, name) {
  for (const el of root.querySelectorAll('*')) if (focusName.get(el) === name) return el;
  return null;
}


// Participants: typed text becomes chips (Enter, comma, blur/change, or a pick from the suggestions).
import { h, setValue } from './dom.js';
import { pick } from './i18n.js';
import { avatar } from './shell.js';
import { renderChips } from './editor-view.js';

export function createParticipants(getEditor, directory) {
  let active = -1;
  let matches = [];

  function add(ed, value) {
    const v = value.trim();
    if (!v) return;
    const lower = v.toLowerCase();
    const person = directory.people.find((p) => p.email === lower || pick(p.name).toLowerCase() === lower || p.name.en.toLowerCase() === lower);
    const entry = person ? person.email : v;
    if (!ed.model.participants.includes(entry)) ed.model.participants.push(entry);
  }

  /** Turns the draft text into chips and clears the box. */
  function commit(ed) {
    const parts = ed.model.participantDraft.split(/[,;]/);
    parts.forEach((p) => add(ed, p));
    ed.model.participantDraft = '';
    setValue(ed.refs.participantDraft, '');
    renderChips(ed.refs, ed.model, ed.ctx);
    close(ed);
  }

  /** Called with the model already updated from an input event. */
  function onDraft(ed) {
    if (/[,;]/.test(ed.model.participantDraft)) return commit(ed);
    const q = ed.model.participantDraft.trim().toLowerCase();
    matches = q ? directory.people.filter((p) => !ed.model.participants.includes(p.email) &&
      [p.email, p.name.en, p.name.ja].some((s) => s.toLowerCase().includes(q))).slice(0, 6) : [];
    active = matches.length ? 0 : -1;
    paint(ed);
  }

  function paint(ed) {
    const { suggest, participantDraft } = ed.refs;
    suggest.replaceChildren(...matches.map((p, i) => h('li', {
      role: 'option', 'aria-selected': String(i === active),
      onMousedown: (e) => { e.preventDefault(); choose(ed, p); }, // keep focus in the box
    }, avatar(p, 22), h('span', {}, pick(p.name), ' ', h('small', {}, p.email)))));
    suggest.hidden = matches.length === 0;
    participantDraft.setAttribute('aria-expanded', String(matches.length > 0));
  }

  function close(ed) {
    matches = [];
    active = -1;
    paint(ed);
  }

  function choose(ed, person) {
    ed.model.participantDraft = person.email;
    commit(ed);
  }

  function onKey(e) {
    const ed = getEditor();
    if (!ed) return;
    if (e.key === 'Enter') {
      e.preventDefault(); // Enter here adds a person; it must not submit the form
      if (active >= 0 && matches[active]) choose(ed, matches[active]);
      else commit(ed);
    } else if ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && matches.length) {
      e.preventDefault();
      active = (active + (e.key === 'ArrowDown' ? 1 : matches.length - 1)) % matches.length;
      paint(ed);
    } else if (e.key === 'Escape' && matches.length) {
      e.stopPropagation();
      close(ed);
    } else if (e.key === 'Backspace' && !e.target.value && ed.model.participants.length) {
      ed.model.participants.pop();
      renderChips(ed.refs, ed.model, ed.ctx);
    }
  }

  function remove(i) {
    const ed = getEditor();
    if (!ed) return;
    ed.model.participants.splice(i, 1);
    renderChips(ed.refs, ed.model, ed.ctx);
  }

  return { onDraft, commit, onKey, remove, onBlur: () => { const ed = getEditor(); if (ed) close(ed); } };
}

// Builds the meeting editor's DOM from the model. Every build makes new nodes with new ids;
// labels are wired three different ways on purpose (label[for], aria-labelledby, aria-label).
import { h, uid, track, setValue } from './dom.js';
import { cx } from './css.js';
import { icon } from './icons.js';
import { t, pick } from './i18n.js';
import { timeZone, zoneLabel } from './dates.js';
import { avatar } from './shell.js';
import { renderOnline } from './online.js';
import { S } from './editor-styles.js';
import { fieldOf, focusName } from './registry.js';
import { buildRichEditor, richBody, setRichContent } from './rich-text.js';


export function buildDialog(ctx) {
  const id = { h: uid('h'), subject: uid('f'), start: uid('f'), end: uid('l'), loc: uid('l'), online: uid('l'), body: uid('f'), list: uid('lb') };
  const r = {};
  const named = (name, el) => { focusName.set(el, name); r[name] = el; return el; };
  const field = (key, el) => { fieldOf.set(el, key); return named(key, track(el)); };
  const input = (key, props) => field(key, h('input', { autocomplete: 'off', ...props }));

  r.heading = h('h2', { id: id.h });
  const header = h('div', { class: S.header },
    h('span', { class: S.headIcon }, icon('calendar', 18)), r.heading,
    named('closeX', h('button', { class: S.x, type: 'button', 'aria-label': t('close'), title: t('close'), onClick: ctx.onCancel }, icon('close', 18))));

  r.chipList = h('span', { style: { display: 'contents' } });
  r.suggest = h('ul', { id: id.list, role: 'listbox', class: S.suggest, hidden: true });
  r.online = h('div', { class: S.online, role: 'group', 'aria-labelledby': id.online });

  const body = h('div', { class: S.body },
    h('div', { class: S.row },
      h('label', { for: id.subject }, icon('text', 16), t('subject')),
      input('subject', { type: 'text', id: id.subject, class: cx(S.input, S.wide, S.subject), placeholder: t('subjectPlaceholder'), maxlength: 250 })),
    h('div', { class: S.row },
      h('label', { for: id.start }, icon('clock', 16), t('start')),
      h('div', { class: S.line },
        input('startDate', { type: 'date', id: id.start, class: cx(S.input, S.date), required: true }),
        input('startTime', { type: 'time', 'aria-label': t('startTime'), class: cx(S.input, S.time), required: true }))),
    h('div', { class: S.row },
      h('span', { id: id.end }, h('span', { style: { width: '16px' } }), t('end')),
      h('div', { class: S.line },
        input('endDate', { type: 'date', 'aria-labelledby': id.end, class: cx(S.input, S.date), required: true }),
        input('endTime', { type: 'time', 'aria-label': t('endTime'), class: cx(S.input, S.time), required: true })),
      h('div', { class: S.zone, title: t('timeZone') }, icon('globe', 13), zoneLabel(timeZone))),
    h('div', { class: S.sep }),
    h('div', { class: S.row },
      h('span', { id: id.loc }, icon('pin', 16), t('location')),
      input('location', { type: 'text', 'aria-labelledby': id.loc, class: cx(S.input, S.wide), placeholder: t('locationPlaceholder') })),
    h('div', { class: cx(S.row, S.topLine) },
      h('span', { id: id.online }, icon('video', 16), t('onlineMeeting')),
      r.online),
    h('div', { class: S.row },
      h('span', {}, icon('user', 16), t('chair')),
      h('div', { class: S.chair }, avatar(ctx.directory.me, 24), pick(ctx.directory.me.name))),
    h('div', { class: S.row },
      h('div', {}, icon('users', 16), t('participants')),
      h('div', { class: S.chips, onClick: (e) => { if (e.currentTarget === e.target) r.participantDraft.focus(); } },
        r.chipList,
        input('participantDraft', {
          type: 'text', 'aria-label': t('participants'), placeholder: t('participantsPlaceholder'),
          role: 'combobox', 'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': id.list,
          onKeydown: ctx.onParticipantKey, onBlur: ctx.onParticipantBlur,
        }),
        r.suggest)),
    richBody ? richRow() : h('div', { class: cx(S.row, S.top) },
      h('label', { for: id.body }, icon('note', 16), t('description')),
      field('body', h('textarea', { id: id.body, class: S.textarea, rows: 6, placeholder: t('descriptionPlaceholder') }))),
    h('input', { type: 'hidden', name: 'tz', value: timeZone }));

  // ?variant=rich: a contenteditable has no <label for>; the row's label names it by id.
  function richRow() {
    const { box, editor } = buildRichEditor({ 'aria-labelledby': id.body, 'aria-placeholder': t('descriptionPlaceholder') });
    fieldOf.set(editor, 'body');
    named('body', editor);
    return h('div', { class: cx(S.row, S.top) }, h('span', { id: id.body }, icon('note', 16), t('description')), box);
  }

  r.error = h('div', { role: 'alert', class: S.alert, hidden: true });
  r.save = named('save', h('button', { type: 'submit', class: S.primary }));
  r.del = named('delete', h('button', { type: 'button', class: S.danger, onClick: ctx.onDelete }, icon('trash', 15), t('delete')));
  const footer = h('div', { class: S.footer },
    r.del, h('div', { class: S.grow }), r.save,
    named('cancel', h('button', { type: 'button', class: S.secondary, onClick: ctx.onCancel }, t('cancel'))));

  r.form = h('form', { class: S.form, novalidate: true, onSubmit: (e) => { e.preventDefault(); ctx.onSave(); } }, body, r.error, footer);
  r.dialog = h('div', { role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': id.h, class: S.dialog, tabindex: '-1' }, header, r.form);
  return r;
}

/** Writes the model into the controls (the page's own writes, so the value tracker accepts them). */
export function fill(r, model, ui, ctx) {
  r.heading.textContent = ui.mode === 'edit' ? t('editMeeting') : t('newMeeting');
  for (const key of ['subject', 'startDate', 'startTime', 'endDate', 'endTime', 'location', 'participantDraft']) setValue(r[key], model[key]);
  if (richBody) setRichContent(r.body, model.body);
  else {
    r.body.defaultValue = model.body;
    r.body.value = model.body;
  }
  renderChips(r, model, ctx);
  renderOnline(r, model, ui, ctx);
  paintState(r, ui);
}

/** Error text and busy flags: the parts that change without a full re-render. */
export function paintState(r, ui) {
  r.del.hidden = ui.mode !== 'edit';
  r.error.hidden = !ui.error;
  r.error.textContent = ui.error || '';
  r.subject.setAttribute('aria-invalid', String(ui.invalid === 'subject'));
  r.endTime.setAttribute('aria-invalid', String(ui.invalid === 'end'));
  r.endDate.setAttribute('aria-invalid', String(ui.invalid === 'end'));
  const blocked = ui.busy || Boolean(ui.creating);
  r.save.disabled = blocked;
  r.del.disabled = ui.busy;
  r.save.replaceChildren(...(ui.busy ? [h('span', { class: S.spinner, style: { borderColor: 'rgba(255,255,255,.4)', borderTopColor: '#fff' } }), t('saving')] : [t('save')]));
}

export function renderChips(r, model, ctx) {
  r.chipList.replaceChildren(...model.participants.map((p, i) => {
    const person = ctx.directory.people.find((x) => x.email === p);
    const label = person ? pick(person.name) : p;
    return h('span', { class: S.chip, title: p },
      person ? avatar(person, 20) : h('span', { style: { width: '4px' } }), label,
      h('button', { type: 'button', tabindex: -1, 'aria-label': t('removeParticipant', { name: label }), onClick: () => ctx.onRemoveParticipant(i) }, icon('close', 12)));
  }));
}

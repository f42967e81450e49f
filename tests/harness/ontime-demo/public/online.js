// The "Online meeting" row: OnTime's own Create ▾ menu (Teams / Zoom / Webex) and its result.
import { h, uid } from './dom.js';
import { icon, providerTile } from './icons.js';
import { t } from './i18n.js';
import { focusName } from './registry.js';
import { S } from './editor-styles.js';

export const PROVIDERS = [
  { id: 'teams', name: 'Microsoft Teams' },
  { id: 'zoom', name: 'Zoom' },
  { id: 'webex', name: 'Webex' },
];
const nameOf = (id) => PROVIDERS.find((p) => p.id === id)?.name ?? id;

export function renderOnline(r, model, ui, ctx) {
  const cell = r.online;
  if (ui.creating) {
    cell.replaceChildren(h('span', { class: S.spinner }), h('span', { class: S.muted, role: 'status' }, t('creatingOnline', { provider: nameOf(ui.creating) })));
    return;
  }
  const om = model.onlineMeeting;
  if (om) {
    const remove = h('button', { type: 'button', class: S.link, 'aria-label': t('removeOnlineAria'), onClick: ctx.onRemoveOnline }, t('removeOnline'));
    focusName.set(remove, 'removeOnline');
    cell.replaceChildren(
      h('div', { class: S.card }, providerTile(om.provider, 28),
        h('div', {}, h('strong', {}, t('onlineCreated', { provider: nameOf(om.provider) })),
          h('a', { href: om.url, target: '_blank', rel: 'noopener noreferrer', title: om.url }, om.url))),
      remove);
    return;
  }
  const btnId = uid('b');
  const create = h('button', {
    id: btnId, type: 'button', class: S.create, 'aria-haspopup': 'menu', 'aria-expanded': String(Boolean(ui.menuOpen)),
    onClick: ctx.onToggleMenu,
  }, icon('video', 15), t('create'), icon('chevronDown', 14));
  focusName.set(create, 'createOnline');
  cell.replaceChildren(...(ui.menuOpen ? [create, menu(btnId, ctx)] : [create]));
}

function menu(btnId, ctx) {
  const items = PROVIDERS.map((p) => h('li', {
    role: 'menuitem', tabindex: -1,
    onClick: () => ctx.onPickProvider(p.id),
  }, providerTile(p.id, 22), p.name));
  const list = h('ul', { role: 'menu', 'aria-labelledby': btnId, class: S.menu, onKeydown: onKey });
  list.append(...items);
  queueMicrotask(() => items[0]?.focus());
  return list;

  function onKey(e) {
    const i = items.indexOf(document.activeElement);
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const n = items.length;
      items[(i + (e.key === 'ArrowDown' ? 1 : n - 1)) % n]?.focus();
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      if (i >= 0) ctx.onPickProvider(PROVIDERS[i].id);
    } else if (e.key === 'Escape' || e.key === 'Tab') {
      e.preventDefault();
      e.stopPropagation(); // Escape closes the menu, not the whole editor
      ctx.onPickProvider(null);
    }
  }
}

/** What OnTime's server integration would hand back for a new meeting. */
export function fakeMeetingUrl(provider) {
  const digits = (n) => Array.from({ length: n }, () => Math.floor(Math.random() * 10)).join('');
  const token = (n) => Array.from({ length: n }, () => 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789'[Math.floor(Math.random() * 57)]).join('');
  if (provider === 'zoom') return `https://zoom.us/j/8${digits(10)}?pwd=${token(32)}`;
  if (provider === 'teams') return `https://teams.microsoft.com/l/meetup-join/19%3ameeting_${token(40)}%40thread.v2/0`;
  return `https://example.webex.com/example/j.php?MTID=m${digits(4)}${token(28).toLowerCase()}`;
}

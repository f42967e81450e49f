// The application frame: top bar (product, search, user) and the sidebar (new meeting, month, people, groups).
import { h } from './dom.js';
import { css, cx } from './css.js';
import { icon } from './icons.js';
import { t, pick } from './i18n.js';
import { mountMiniMonth } from './minimonth.js';

const S = {
  app: css`& { display: grid; grid-template-rows: 52px 1fr; height: 100vh; min-width: 900px; }`,
  top: css`& { display: flex; align-items: center; gap: 14px; padding: 0 14px 0 8px; color: #fff;
    background: linear-gradient(90deg, var(--topbar), var(--topbar-2)); box-shadow: 0 1px 0 rgba(0,0,0,.2); z-index: 2; }`,
  iconBtn: css`& { display: inline-grid; place-items: center; width: 34px; height: 34px; border: 0; border-radius: 50%;
    background: transparent; color: rgba(255,255,255,.86); position: relative; }
    &:hover { background: rgba(255,255,255,.12); color: #fff; }`,
  brand: css`& { display: flex; align-items: center; gap: 9px; font-size: 16px; white-space: nowrap; letter-spacing: .1px; }
    & b { font-weight: 700; } & span { font-weight: 400; opacity: .85; }`,
  search: css`& { flex: 0 1 420px; margin-left: 28px; display: flex; align-items: center; gap: 8px; height: 34px; padding: 0 12px;
    border-radius: 17px; background: rgba(255,255,255,.12); color: rgba(255,255,255,.75); }
    & input { flex: 1; min-width: 0; border: 0; background: transparent; color: #fff; outline: none; }
    & input::placeholder { color: rgba(255,255,255,.62); }
    &:focus-within { background: #fff; color: var(--ink-2); } &:focus-within input { color: var(--ink); }`,
  spacer: css`& { flex: 1; }`,
  badge: css`& { position: absolute; top: 6px; right: 7px; width: 8px; height: 8px; border-radius: 50%;
    background: var(--accent); box-shadow: 0 0 0 2px var(--topbar-2); }`,
  user: css`& { display: flex; align-items: center; gap: 9px; padding: 4px 8px 4px 4px; border-radius: 20px;
    border: 0; background: transparent; color: #fff; }
    &:hover { background: rgba(255,255,255,.12); }
    & small { display: block; font-size: 11px; opacity: .72; line-height: 1.2; text-align: left; }
    & strong { display: block; font-weight: 600; line-height: 1.25; text-align: left; }`,
  avatar: css`& { display: inline-grid; place-items: center; flex: none; width: 30px; height: 30px; border-radius: 50%;
    font-size: 12px; font-weight: 600; color: #fff; letter-spacing: .3px; }`,
  main: css`& { display: grid; grid-template-columns: 264px 1fr; min-height: 0; }`,
  side: css`& { display: flex; flex-direction: column; gap: 18px; padding: 16px 14px; overflow: auto;
    background: var(--panel); border-right: 1px solid var(--line); }`,
  newBtn: css`& { display: flex; align-items: center; justify-content: center; gap: 8px; height: 40px; border: 0;
    border-radius: 8px; background: var(--brand); color: #fff; font-weight: 600; font-size: 14px;
    box-shadow: 0 1px 2px rgba(10,40,80,.25), 0 2px 6px rgba(10,99,184,.18); }
    &:hover { background: var(--brand-strong); }`,
  section: css`& h3 { margin: 0 0 6px; padding: 0 4px; font-size: 11px; font-weight: 700; letter-spacing: .6px;
    text-transform: uppercase; color: var(--muted); }
    & ul { list-style: none; margin: 0; padding: 0; }`,
  person: css`& { display: flex; align-items: center; gap: 9px; padding: 5px 6px; border-radius: 6px; cursor: pointer; }
    &:hover { background: #e9eef4; }
    & input { margin: 0; width: 15px; height: 15px; }
    & span { min-width: 0; } & strong { display: block; font-weight: 500; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
    & small { display: block; color: var(--muted); font-size: 11px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }`,
  group: css`& { display: flex; align-items: center; gap: 9px; padding: 6px 6px; border-radius: 6px; color: var(--ink-2); }
    &:hover { background: #e9eef4; }
    & em { margin-left: auto; font-style: normal; font-size: 11px; color: var(--muted); }`,
  content: css`& { display: flex; flex-direction: column; min-width: 0; min-height: 0; }`,
};

const AVATAR_COLORS = ['#0a63b8', '#2e9e5b', '#7048c8', '#d0661e', '#c2356b', '#12837d', '#5f6b7a'];
export function avatar(person, size = 30) {
  const name = pick(person.name);
  const initials = /[a-z]/i.test(name)
    ? name.split(/\s+/).map((w) => w[0]).join('').slice(0, 2).toUpperCase()
    : name.replace(/\s/g, '').slice(0, 1);
  const color = AVATAR_COLORS[[...person.email].reduce((a, c) => a + c.charCodeAt(0), 0) % AVATAR_COLORS.length];
  return h('span', { class: S.avatar, style: { background: color, width: `${size}px`, height: `${size}px`, fontSize: `${Math.round(size * 0.4)}px` }, 'aria-hidden': 'true' }, initials);
}

/** Builds the frame into `root`; returns the calendar's container and a refresh for the month. */
export function mountShell(root, { directory, onNew, onPickDate, getRange }) {
  const me = directory.me;
  const top = h('header', { class: S.top },
    h('button', { class: S.iconBtn, type: 'button', 'aria-label': 'Apps' }, icon('apps', 20)),
    h('div', { class: S.brand }, logo(), h('b', {}, 'OnTime'), ' ', h('span', {}, 'Group Calendar')),
    h('label', { class: S.search }, icon('search', 16), h('input', { type: 'search', placeholder: t('search'), 'aria-label': t('search') })),
    h('div', { class: S.spacer }),
    h('button', { class: S.iconBtn, type: 'button', 'aria-label': t('notifications') }, icon('bell', 19), h('span', { class: S.badge })),
    h('button', { class: S.iconBtn, type: 'button', 'aria-label': t('help') }, icon('help', 19)),
    h('button', { class: S.iconBtn, type: 'button', 'aria-label': t('settings') }, icon('gear', 19)),
    h('button', { class: S.user, type: 'button', 'aria-haspopup': 'menu' }, avatar(me),
      h('span', {}, h('strong', {}, pick(me.name)), h('small', {}, pick(me.title))), icon('chevronDown', 14)),
  );

  const mini = mountMiniMonth({ onPick: onPickDate, getRange });
  const colleagues = directory.people.filter((p) => p.email !== me.email && p.group !== 'rooms');
  const side = h('aside', { class: S.side, 'aria-label': t('calendar') },
    h('button', { class: S.newBtn, type: 'button', onClick: onNew }, icon('plus', 18), t('newMeeting')),
    mini.el,
    h('section', { class: S.section },
      h('h3', {}, t('myCalendar')),
      h('ul', {}, personItem(me, true))),
    h('section', { class: S.section },
      h('h3', {}, t('people')),
      h('ul', {}, colleagues.map((p, i) => personItem(p, i < 3)))),
    h('section', { class: S.section },
      h('h3', {}, t('groups')),
      h('ul', {}, directory.groups.map((g) => h('li', { class: S.group }, icon('users', 16), pick(g.name),
        h('em', {}, t('members', { n: directory.people.filter((p) => p.group === g.id).length })))))),
  );
  const content = h('main', { class: S.content });
  root.replaceChildren(h('div', { class: S.app }, top, h('div', { class: S.main }, side, content)));
  return { content, refresh: mini.refresh };
}

function personItem(person, checked) {
  return h('li', {}, h('label', { class: cx(S.person) },
    h('input', { type: 'checkbox', checked, style: { accentColor: checked ? '#0a63b8' : '' } }),
    avatar(person, 28),
    h('span', {}, h('strong', {}, pick(person.name)), h('small', {}, pick(person.title)))));
}

function logo() {
  // A clock face in a rounded tile: product mark drawn for this demo.
  return h('svg', { viewBox: '0 0 28 28', width: 28, height: 28, 'aria-hidden': 'true' },
    h('rect', { x: 0, y: 0, width: 28, height: 28, rx: 7, fill: '#f28c28' }),
    h('circle', { cx: 14, cy: 14, r: 8.5, fill: 'none', stroke: '#fff', 'stroke-width': 2.4 }),
    h('path', { d: 'M14 9.5V14l3.2 2', fill: 'none', stroke: '#fff', 'stroke-width': 2.4, 'stroke-linecap': 'round' }));
}

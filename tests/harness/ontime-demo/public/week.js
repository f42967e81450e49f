// The calendar view: toolbar (today, previous/next, title, view switch) and the time grid.
import { h } from './dom.js';
import { css, cx } from './css.js';
import { icon } from './icons.js';
import { t, fmt, lang } from './i18n.js';
import { addDays, dateStr, isoWeek, parseLocal, sameDay, timeZone } from './dates.js';
import { layoutDay } from './layout.js';

const HOUR = 56; // px per hour
const S = {
  bar: css`& { display: flex; align-items: center; gap: 8px; height: 58px; padding: 0 18px; border-bottom: 1px solid var(--line); flex: none; }
    & h1 { margin: 0 0 0 8px; font-size: 19px; font-weight: 600; letter-spacing: .1px; white-space: nowrap; }
    & small { color: var(--muted); font-size: 12px; margin-left: 4px; white-space: nowrap; }`,
  btn: css`& { height: 32px; padding: 0 14px; border: 1px solid #cfd6df; border-radius: 6px; background: #fff; font-weight: 500; }
    &:hover { background: var(--panel); }`,
  round: css`& { display: inline-grid; place-items: center; width: 32px; height: 32px; border: 0; border-radius: 50%;
    background: transparent; color: var(--ink-2); } &:hover { background: var(--line-2); }`,
  spacer: css`& { flex: 1; }`,
  seg: css`& { display: inline-flex; padding: 2px; border-radius: 8px; background: var(--line-2); }
    & button { height: 28px; padding: 0 12px; border: 0; border-radius: 6px; background: transparent; color: var(--ink-2); }
    & button[aria-pressed="true"] { background: #fff; color: var(--ink); font-weight: 600; box-shadow: 0 1px 2px rgba(0,0,0,.12); }`,
  grid: css`& { position: relative; display: flex; flex-direction: column; flex: 1; min-height: 0; }`,
  progress: css`& { position: absolute; left: 0; right: 0; top: 0; height: 2px; overflow: hidden; z-index: 3; }
    &::after { content: ""; position: absolute; inset: 0; width: 30%; background: var(--brand); animation: ot-slide 1s linear infinite; }
    @keyframes ot-slide { from { transform: translateX(-100%); } to { transform: translateX(340%); } }`,
  // Both reserve the same scrollbar gutter, so day headers line up with the day columns.
  head: css`& { display: grid; overflow-y: hidden; scrollbar-gutter: stable; border-bottom: 1px solid var(--line); flex: none; }`,
  tz: css`& { align-self: end; padding: 0 6px 6px 0; text-align: right; font-size: 10px; color: var(--muted); }`,
  dayHead: css`& { display: flex; flex-direction: column; align-items: center; gap: 2px; padding: 8px 0 8px; border-left: 1px solid var(--line-2); }
    & span { font-size: 11px; font-weight: 600; letter-spacing: .5px; text-transform: uppercase; color: var(--muted); }
    & b { display: inline-grid; place-items: center; min-width: 34px; height: 34px; padding: 0 4px; border-radius: 17px;
    font-size: 20px; font-weight: 500; font-variant-numeric: tabular-nums; }`,
  todayHead: css`& span { color: var(--brand); } & b { background: var(--brand); color: #fff; }`,
  scroll: css`& { flex: 1; overflow-y: auto; overflow-x: hidden; scrollbar-gutter: stable; min-height: 0; }`,
  body: css`& { display: grid; position: relative; }`,
  gutter: css`& { position: relative; }
    & span { position: absolute; right: 8px; transform: translateY(-50%); font-size: 11px; color: var(--muted); white-space: nowrap; }`,
  col: css`& { position: relative; border-left: 1px solid var(--line);
    background-image: linear-gradient(to bottom, var(--line) 1px, transparent 1px),
      linear-gradient(to bottom, transparent ${HOUR / 2 - 1}px, var(--line-2) ${HOUR / 2 - 1}px, var(--line-2) ${HOUR / 2}px, transparent ${HOUR / 2}px);
    background-size: 100% ${HOUR}px; }`,
  off: css`& { background-color: #fafbfc; }`,
  todayCol: css`& { background-color: #fbfdff; }`,
  ev: css`& { position: absolute; overflow: hidden; padding: 3px 7px 3px 8px; border-radius: 5px; cursor: pointer;
    font-size: 12px; line-height: 1.3; border: 1px solid #fff; border-left-width: 4px; box-shadow: 0 1px 1px rgba(16,32,64,.06); }
    &:hover { filter: brightness(.97); box-shadow: 0 2px 6px rgba(16,32,64,.18); z-index: 2; }
    & strong { display: block; font-weight: 600; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
    & span { display: block; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; opacity: .85; }
    & svg { position: absolute; top: 4px; right: 5px; opacity: .8; }`,
  evShort: css`& { padding-top: 1px; } & strong { display: inline; } & span { display: inline; margin-left: 6px; }`,
  meeting: css`& { background: #e3eefc; border-left-color: #1a6fd1 !important; color: #0c3566; }`,
  appt: css`& { background: #e2f4e8; border-left-color: #2e9e5b !important; color: #154d2c; }`,
  online: css`& { background: #eee8fb; border-left-color: #7048c8 !important; color: #381f73; }`,
  now: css`& { position: absolute; left: -1px; right: 0; height: 2px; background: #e0452f; z-index: 3; pointer-events: none; }
    &::before { content: ""; position: absolute; left: -5px; top: -4px; width: 10px; height: 10px; border-radius: 50%; background: #e0452f; }`,
};

export function mountWeek(container, handlers) {
  const progress = h('div', { class: S.progress, hidden: true });
  const title = h('h1', { 'aria-live': 'polite' });
  const weekNo = h('small');
  const prev = h('button', { class: S.round, type: 'button', onClick: handlers.onPrev }, icon('chevronLeft', 20));
  const next = h('button', { class: S.round, type: 'button', onClick: handlers.onNext }, icon('chevronRight', 20));
  const views = [['day', t('viewDay')], ['workweek', t('viewWorkWeek')], ['week', t('viewWeek')]].map(([v, label]) =>
    h('button', { type: 'button', 'data-view': v, onClick: () => handlers.onView(v) }, label));
  const head = h('div', { class: S.head });
  const body = h('div', { class: S.body });
  const scroll = h('div', { class: S.scroll }, body);
  container.replaceChildren(
    h('div', { class: S.bar },
      h('button', { class: S.btn, type: 'button', onClick: handlers.onToday }, t('today')),
      prev, next, title, weekNo, h('div', { class: S.spacer }),
      h('div', { class: S.seg, role: 'group', 'aria-label': t('viewSwitch') }, views)),
    h('div', { class: S.grid }, progress, head, scroll));
  let scrolled = false;
  let nowLine = null;

  function update({ view, from, days, events, loading }) {
    const dayList = Array.from({ length: days }, (_, i) => addDays(from, i));
    const cols = `60px repeat(${days}, minmax(0, 1fr))`;
    const single = days === 1;
    prev.setAttribute('aria-label', single ? t('prevDay') : t('prevWeek'));
    next.setAttribute('aria-label', single ? t('nextDay') : t('nextWeek'));
    prev.title = prev.getAttribute('aria-label');
    next.title = next.getAttribute('aria-label');
    views.forEach((b) => b.setAttribute('aria-pressed', String(b.dataset.view === view)));
    title.textContent = single ? fmt.longDate(from) : fmt.dateRange(from, dayList[days - 1]);
    weekNo.textContent = t('weekNo', { n: isoWeek(from) });
    progress.hidden = !loading;

    const today = new Date();
    head.style.gridTemplateColumns = cols;
    head.replaceChildren(h('div', { class: S.tz, title: timeZone }, shortZone()),
      ...dayList.map((d) => h('div', { class: cx(S.dayHead, sameDay(d, today) && S.todayHead) },
        h('span', {}, fmt.weekday(d)), h('b', {}, lang === 'ja' ? `${d.getDate()}` : d.getDate()))));

    body.style.gridTemplateColumns = cols;
    body.style.height = `${24 * HOUR}px`;
    const gutter = h('div', { class: S.gutter },
      Array.from({ length: 23 }, (_, i) => h('span', { style: { top: `${(i + 1) * HOUR}px` } }, fmt.hour(new Date(2000, 0, 1, i + 1)))));
    nowLine = null;
    const columns = dayList.map((d) => {
      const weekend = d.getDay() === 0 || d.getDay() === 6;
      const col = h('div', {
        class: cx(S.col, weekend && S.off, sameDay(d, today) && S.todayCol),
        onClick: (e) => {
          if (e.target !== col) return;
          const minutes = Math.floor(e.offsetY / (HOUR / 2)) * 30;
          handlers.onSlot(dateStr(d), minutes);
        },
      });
      for (const seg of layoutDay(events, d)) col.append(eventBlock(seg, handlers));
      if (sameDay(d, today)) {
        nowLine = h('div', { class: S.now });
        col.append(nowLine);
      }
      return col;
    });
    body.replaceChildren(gutter, ...columns);
    tickNow();
    if (!scrolled) {
      scroll.scrollTop = 7.5 * HOUR; // working hours in view, as calendar apps open
      scrolled = true;
    }
  }

  function tickNow() {
    if (!nowLine) return;
    const n = new Date();
    nowLine.style.top = `${((n.getHours() * 60 + n.getMinutes()) / 60) * HOUR}px`;
  }
  setInterval(tickNow, 60_000);

  return { update, body };
}

function eventBlock({ event, top, height, left, width }, handlers) {
  const s = parseLocal(event.start);
  const e = parseLocal(event.end);
  const time = fmt.timeRange(s, e);
  const kind = event.onlineMeeting || /zoom\.us\/j\/|teams\.microsoft\.com|webex\.com/.test(event.location) ? 'online'
    : event.participants.length ? 'meeting' : 'appt';
  const short = height < 38;
  const subject = event.subject || t('noSubject');
  const open = () => handlers.onOpenEvent(event.id, event.occurrence);
  const loc = event.onlineMeeting ? '' : event.location;
  return h('div', {
    class: cx(S.ev, S[kind], short && S.evShort),
    role: 'button',
    tabindex: 0,
    'aria-label': t('eventAria', { subject, time }),
    style: { top: `${top * HOUR / 60}px`, height: `${Math.max(height * HOUR / 60 - 2, 18)}px`,
      left: `calc(${left * 100}% + 2px)`, width: `calc(${width * 100}% - 5px)` },
    onClick: open,
    onKeydown: (ev) => { if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); open(); } },
  },
  kind === 'online' ? icon('video', 13) : null,
  h('strong', {}, subject),
  h('span', {}, time),
  height >= 55 && loc ? h('span', {}, loc) : null); // room for a third line
}

function shortZone() {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZoneName: 'shortOffset' }).formatToParts(new Date())
      .find((p) => p.type === 'timeZoneName')?.value ?? '';
  } catch {
    return '';
  }
}

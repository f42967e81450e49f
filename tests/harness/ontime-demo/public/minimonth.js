// Month navigator in the sidebar; highlights today and the days on screen.
import { h } from './dom.js';
import { css, cx } from './css.js';
import { icon } from './icons.js';
import { t, fmt } from './i18n.js';
import { addDays, dateStr, sameDay, startOfWeek } from './dates.js';

const S = {
  box: css`& { padding: 10px 8px 8px; background: #fff; border: 1px solid var(--line); border-radius: 8px; }`,
  head: css`& { display: flex; align-items: center; justify-content: space-between; padding: 0 2px 6px; font-weight: 600; }
    & button { display: inline-grid; place-items: center; width: 26px; height: 26px; border: 0; border-radius: 50%;
    background: transparent; color: var(--ink-2); } & button:hover { background: var(--line-2); }`,
  grid: css`& { display: grid; grid-template-columns: repeat(7, 1fr); gap: 1px 0; text-align: center; font-size: 12px; }
    & abbr { text-decoration: none; color: var(--muted); font-size: 11px; padding: 2px 0; }`,
  day: css`& { height: 26px; border: 0; background: transparent; border-radius: 50%; color: var(--ink); font-size: 12px;
    font-variant-numeric: tabular-nums; } &:hover { background: var(--line-2); }`,
  other: css`& { color: #aab3bf; }`,
  inRange: css`& { background: var(--brand-soft); border-radius: 0; } &:hover { background: #d6e6f7; }`,
  today: css`& { background: var(--brand) !important; color: #fff; font-weight: 700; border-radius: 50%; }`,
};

export function mountMiniMonth({ onPick, getRange }) {
  const el = h('section', { class: S.box, 'aria-label': fmt.month(new Date()) });
  let month = null; // first day of the month shown

  function refresh(follow = true) {
    const { from, days } = getRange();
    if (follow || !month) month = new Date(from.getFullYear(), from.getMonth(), 1);
    const first = startOfWeek(month);
    const today = new Date();
    const cells = [];
    for (let i = 0; i < 42; i++) {
      const d = addDays(first, i);
      const shown = d >= from && d < addDays(from, days);
      cells.push(h('button', {
        type: 'button',
        class: cx(S.day, d.getMonth() !== month.getMonth() && S.other, shown && S.inRange, sameDay(d, today) && S.today),
        'aria-label': fmt.longDate(d),
        'aria-current': sameDay(d, today) ? 'date' : null,
        onClick: () => onPick(dateStr(d)),
      }, d.getDate()));
    }
    const weekdays = Array.from({ length: 7 }, (_, i) => addDays(first, i))
      .map((d) => h('abbr', { title: fmt.weekday(d) }, fmt.narrowWeekday(d)));
    el.setAttribute('aria-label', fmt.month(month));
    el.replaceChildren(
      h('div', { class: S.head },
        h('button', { type: 'button', 'aria-label': t('prevMonth'), onClick: () => step(-1) }, icon('chevronLeft', 16)),
        h('span', {}, fmt.month(month)),
        h('button', { type: 'button', 'aria-label': t('nextMonth'), onClick: () => step(1) }, icon('chevronRight', 16))),
      h('div', { class: S.grid }, weekdays, cells));
  }

  function step(n) {
    month = new Date(month.getFullYear(), month.getMonth() + n, 1);
    refresh(false);
  }

  return { el, refresh: () => refresh(true) };
}

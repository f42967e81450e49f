// ?variant=popover: the editor is a popover (popover="auto", shown with showPopover()), as the
// quick "new event" cards of web calendars are: in the top layer, light-dismissed (a click outside
// it, or Escape, closes it), and its closing is the editor's Cancel.
import { h } from './dom.js';
import { css } from './css.js';

const S = {
  popover: css`& { margin: auto; padding: 0; border: 0; background: transparent; overflow: visible;
    width: min(760px, calc(100vw - 48px)); }
    & > [role="dialog"] { width: 100%; }`,
};

export function popoverPortal(content, { onInput, onChange, onKeydown, onCancel }) {
  const popover = h('div', { popover: 'auto', class: S.popover, onInput, onChange, onKeydown }, content);
  popover.addEventListener('toggle', (e) => {
    if (e.newState === 'closed') onCancel();
  });
  document.body.append(popover);
  popover.showPopover();
  return {
    portal: popover,
    release: () => popover.matches(':popover-open') && popover.hidePopover(),
  };
}

import { describe, expect, it, vi } from 'vitest';
import en from '../../../../public/_locales/en/messages.json';
import ja from '../../../../public/_locales/ja/messages.json';
import { translator } from '@/utils/shared/translate';
import { controlView, type ControlProps } from '@/components/page/control-view';
import type { ControlState } from '@/utils/page/control-state';

const user = <E extends Event>(event: E): E => Object.defineProperty(event, 'isTrusted', { value: true });
const script = <E extends Event>(event: E): E => Object.defineProperty(event, 'isTrusted', { value: false });
const click = () => new MouseEvent('click', { bubbles: true, cancelable: true });

const MEETING = { id: 81234567890, joinUrl: 'https://zoom.us/j/81234567890', managed: true };
const catalogs = { en, ja };

function view(state: ControlState, lang: 'en' | 'ja' = 'en', extra: Partial<ControlProps> = {}) {
  const handlers = { onCreate: vi.fn(), onRemove: vi.fn(), onConfirmRemove: vi.fn(), onAdopt: vi.fn(), onRetry: vi.fn(), onReplace: vi.fn() };
  const node = controlView(document, { state, t: translator(catalogs[lang]), locale: lang, ...handlers, ...extra });
  const focusable = [...node.querySelectorAll<HTMLElement>('[data-focus]')];
  // The accessible name of a button or link: its text (the icon is aria-hidden).
  const names = Object.fromEntries(focusable.map((el) => [el.dataset.focus!, el.textContent!.trim()]));
  return { node, handlers, names, focusable };
}

describe('the control in plain DOM', () => {
  it.each(['en', 'ja'] as const)('idle: one Zoom button, named in %s, not busy, with a hidden icon', (lang) => {
    const { node, names } = view({ phase: 'idle' }, lang);
    expect(names).toEqual({ create: catalogs[lang].page_button.message });
    const button = node.querySelector('button')!;
    expect(button.type).toBe('button');
    expect(button.className).toBe('primary');
    expect(button.getAttribute('aria-busy')).toBe('false');
    expect(button.querySelector('svg')!.getAttribute('aria-hidden')).toBe('true');
    expect(node.className).toBe('zoom');
  });

  it.each(['en', 'ja'] as const)('busy (%s): the button says busy, a spinner replaces the icon, and the step is shown', (lang) => {
    const { node, names } = view({ phase: 'busy', step: 'connecting' }, lang);
    const button = node.querySelector('button')!;
    expect(button.getAttribute('aria-busy')).toBe('true');
    expect(button.querySelector('.spinner')!.getAttribute('aria-hidden')).toBe('true');
    expect(button.querySelector('svg')).toBeNull();
    expect(names.create).toBe(catalogs[lang].page_button.message);
    expect(node.querySelector('.progress')!.textContent).toBe(catalogs[lang].page_busy_connecting.message);
  });

  it('dialog phase: still busy, no progress text', () => {
    const { node } = view({ phase: 'dialog' } as ControlState);
    expect(node.querySelector('button')!.getAttribute('aria-busy')).toBe('true');
    expect(node.querySelector('.progress')).toBeNull();
  });

  it.each(['en', 'ja'] as const)('our meeting (%s): status, Join link, Delete; the question gives Delete at Zoom and Keep', (lang) => {
    const c = catalogs[lang];
    const done = view({ phase: 'done', meeting: MEETING }, lang);
    expect(done.names).toEqual({ open: c.page_open.message, remove: c.page_remove.message });
    const link = done.node.querySelector('a')!;
    expect(link.href).toBe(MEETING.joinUrl);
    expect(link.target).toBe('_blank');
    expect(link.rel).toBe('noopener noreferrer');
    expect(done.node.querySelector('.status')!.textContent).toContain('812 3456 7890');
    const asking = view({ phase: 'done', meeting: MEETING, confirmRemove: true }, lang);
    expect(asking.names).toEqual({ open: c.page_open.message, confirmRemove: c.page_removeYes.message, keep: c.page_removeNo.message });
    expect(asking.node.querySelector('.question')!.textContent).toBe(c.page_removeConfirm.message);
  });

  it('a meeting not ours offers Manage it here, never Delete', () => {
    const { names } = view({ phase: 'done', meeting: { ...MEETING, managed: false } });
    expect(Object.keys(names)).toEqual(['open', 'adopt']);
  });

  it.each(['en', 'ja'] as const)('a copy of another event’s meeting, or one several events share (%s): its status and Join only', (lang) => {
    const c = catalogs[lang];
    for (const [standing, key] of [['copy', 'page_statusCopy'], ['shared', 'page_statusShared']] as const) {
      const { node, names } = view({ phase: 'done', meeting: { ...MEETING, managed: false, standing } }, lang);
      expect(names).toEqual({ open: c.page_open.message });
      expect(node.querySelector('.status')!.textContent).toBe(c[key].message.replace('$1', '812 3456 7890'));
    }
  });

  it.each(['en', 'ja'] as const)('a meeting we deleted at Zoom (%s): says so, no Join, no Manage it here; offers a new meeting on the user’s click', (lang) => {
    const c = catalogs[lang];
    const { node, names, focusable, handlers } = view({ phase: 'done', meeting: { ...MEETING, managed: false, standing: 'deleted' } }, lang);
    expect(names).toEqual({ create: c.page_replaceDeleted.message });
    expect(node.querySelector('a')).toBeNull();
    expect(node.querySelector('.status')!.textContent).toBe(c.page_statusDeleted.message.replace('$1', '812 3456 7890'));
    focusable[0]!.dispatchEvent(script(click()));
    expect(handlers.onReplace).not.toHaveBeenCalled();
    focusable[0]!.dispatchEvent(user(click()));
    expect(handlers.onReplace).toHaveBeenCalledTimes(1);
    expect(handlers.onCreate).not.toHaveBeenCalled();
  });

  it('acts on the user’s click only', () => {
    const { node, handlers } = view({ phase: 'idle' });
    const button = node.querySelector('button')!;
    button.dispatchEvent(script(click()));
    expect(handlers.onCreate).not.toHaveBeenCalled();
    button.dispatchEvent(user(click()));
    expect(handlers.onCreate).toHaveBeenCalledTimes(1);
    const asking = view({ phase: 'done', meeting: MEETING, confirmRemove: true });
    asking.focusable.find((el) => el.dataset.focus === 'keep')!.dispatchEvent(user(click()));
    expect(asking.handlers.onConfirmRemove).toHaveBeenCalledWith(false);
  });

  it('a failure shows its message, with Retry when it is safe; text stays text', () => {
    const { node, handlers } = view({ phase: 'idle', notice: { kind: 'unknown', params: { detail: '<img src=x onerror=alert(1)>' } }, retry: { step: 'prepare' } });
    const notice = node.querySelector('.notice.error')!;
    expect(notice.querySelector('img')).toBeNull();
    expect(notice.textContent).toContain('<img src=x onerror=alert(1)>');
    notice.querySelector<HTMLButtonElement>('button.retry')!.dispatchEvent(user(click()));
    expect(handlers.onRetry).toHaveBeenCalledTimes(1);
  });

  it('beside OnTime’s Create, our meeting carries the note about it', () => {
    expect(view({ phase: 'done', meeting: MEETING }, 'en', { besideOnTimeCreate: true }).node.querySelector('.note')!.textContent).toBe(en.page_ontimeCreateNote.message);
    expect(view({ phase: 'done', meeting: MEETING }).node.querySelector('.note')).toBeNull();
  });
});

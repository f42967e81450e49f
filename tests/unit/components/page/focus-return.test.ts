import { afterEach, describe, expect, it } from 'vitest';
import { focusInControl, keepFocusAcross, pickFocus, returnFocus } from '@/components/page/focus-return';
import { CONTROL_TAG, createShadowHost, DIALOG_TAG } from '@/components/page/shadow-host';

const tick = () => new Promise<void>((resolve) => queueMicrotask(resolve));

/** A control host in the page with buttons carrying `data-focus` keys. */
function control(keys: string[]) {
  const { host, root } = createShadowHost(document, CONTROL_TAG, '', 'test');
  const box = root.appendChild(document.createElement('div'));
  const draw = (next: string[]) =>
    box.replaceChildren(
      ...next.map((key) => {
        const el = document.createElement(key === 'open' ? 'a' : 'button');
        el.dataset.focus = key;
        if (el instanceof HTMLAnchorElement) el.href = 'https://zoom.us/j/1';
        el.textContent = key;
        return el;
      }),
    );
  draw(keys);
  document.body.append(host);
  return { host, root, draw, part: (key: string) => root.querySelector<HTMLElement>(`[data-focus="${key}"]`)! };
}

afterEach(() => document.body.replaceChildren());

describe('pickFocus: what takes focus after our control changed', () => {
  it('keeps the part that had focus when it is still there (busy → idle keeps the button)', () => {
    expect(pickFocus('create', ['create'])).toBe('create');
    expect(pickFocus('remove', ['open', 'remove'])).toBe('remove');
  });

  it('Remove asks: the safe answer (Keep) takes focus; Keep answers: back to Remove', () => {
    expect(pickFocus('remove', ['open', 'confirmRemove', 'keep'])).toBe('keep');
    expect(pickFocus('keep', ['open', 'remove'])).toBe('remove');
  });

  it('a meeting made: the status link; a meeting deleted: the create button', () => {
    expect(pickFocus('create', ['open', 'remove'])).toBe('open');
    expect(pickFocus('confirmRemove', ['create'])).toBe('create');
    expect(pickFocus('adopt', ['open', 'remove'])).toBe('open');
  });

  it('with nothing remembered: the main action of the state shown; with nothing shown: none', () => {
    expect(pickFocus(null, ['create'])).toBe('create');
    expect(pickFocus(null, ['open', 'remove'])).toBe('open');
    expect(pickFocus(null, ['something-new'])).toBe('something-new');
    expect(pickFocus('create', [])).toBeNull();
  });
});

describe('keepFocusAcross: a re-render that takes the focused part away', () => {
  it('moves focus to what comes next, inside our root', () => {
    const c = control(['open', 'remove']);
    c.part('remove').focus();
    keepFocusAcross(c.root, () => c.draw(['open', 'confirmRemove', 'keep']));
    expect(c.root.activeElement).toBe(c.part('keep'));
    keepFocusAcross(c.root, () => c.draw(['open', 'remove']));
    expect(c.root.activeElement).toBe(c.part('remove'));
  });

  it('an element kept by the re-render but given another job (the create button reused as Remove) hands focus on', () => {
    const c = control(['create']);
    const button = c.part('create');
    button.focus();
    keepFocusAcross(c.root, () => {
      const link = document.createElement('a');
      link.href = 'https://zoom.us/j/1';
      link.dataset.focus = 'open';
      button.dataset.focus = 'remove';
      button.before(link);
    });
    expect(c.root.activeElement).toBe(c.part('open'));
  });

  it('never takes focus from the page: the user typing in a field keeps it', () => {
    const c = control(['create']);
    const subject = document.body.appendChild(document.createElement('input'));
    subject.focus();
    keepFocusAcross(c.root, () => c.draw(['open', 'remove']));
    expect(document.activeElement).toBe(subject);
    expect(c.root.activeElement).toBeNull();
  });

  it('focusInControl skips a disabled part', () => {
    const c = control(['create']);
    (c.part('create') as HTMLButtonElement).disabled = true;
    expect(focusInControl(c.root)).toBe(false);
  });
});

describe('returnFocus: after our dialog or notice closed', () => {
  it('focuses inside the control that opened the dialog (its host cannot take focus), after it re-rendered', async () => {
    const c = control(['create']);
    const { host: dialog } = createShadowHost(document, DIALOG_TAG, '', 'test');
    document.body.append(dialog);
    dialog.remove();
    returnFocus(document, dialog, c.host);
    c.draw(['create']); // the control re-renders in the same task: a new button
    expect(c.root.activeElement).toBeNull();
    await tick();
    expect(c.root.activeElement).toBe(c.part('create'));
    expect(document.activeElement).toBe(c.host);
  });

  it('falls back to the control on the page when the opener is gone, and to nothing when there is none', async () => {
    const gone = control(['create']);
    gone.host.remove();
    const c = control(['open', 'remove']);
    returnFocus(document, document.createElement('div'), gone.host);
    await tick();
    expect(c.root.activeElement).toBe(c.part('open'));

    document.body.replaceChildren();
    returnFocus(document, document.createElement('div'), null);
    await tick();
    expect(document.activeElement).toBe(document.body);
  });

  it('goes back to the page element the user was on (a notice dismissed)', async () => {
    const subject = document.body.appendChild(document.createElement('input'));
    returnFocus(document, document.createElement('div'), subject);
    await tick();
    expect(document.activeElement).toBe(subject);
  });

  it('leaves focus alone when the user already moved it on the page', async () => {
    const c = control(['create']);
    const other = document.body.appendChild(document.createElement('input'));
    other.focus();
    returnFocus(document, document.createElement('div'), c.host);
    await tick();
    expect(document.activeElement).toBe(other);
  });
});

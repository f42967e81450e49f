import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createToaster } from '@/components/page/mount-toast';
import { rootOf, TOAST_TAG } from '@/components/page/shadow-host';

const user = <E extends Event>(event: E): E => Object.defineProperty(event, 'isTrusted', { value: true });
const script = <E extends Event>(event: E): E => Object.defineProperty(event, 'isTrusted', { value: false });
const click = () => new MouseEvent('click', { bubbles: true, cancelable: true });

describe('a toast that offers the next step (Delete meeting / Keep)', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
    vi.useFakeTimers();
  });

  function show() {
    const remove = vi.fn();
    const keep = vi.fn();
    createToaster(document, 'test', 'Dismiss')('Closed without saving', 'error', [
      { label: 'Delete meeting', act: remove },
      { label: 'Keep', act: keep },
    ]);
    // The newest toast: an earlier test's toaster puts its own back after the page cleared <body>.
    const root = rootOf([...document.querySelectorAll(TOAST_TAG)].at(-1)!)!;
    const button = (label: string) => [...root.querySelectorAll('button')].find((b) => b.textContent === label)!;
    return { remove, keep, button, root };
  }

  it('shows the actions instead of Dismiss, and stays until one is chosen', () => {
    const { root } = show();
    expect([...root.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Delete meeting', 'Keep']);
    vi.advanceTimersByTime(10 * 60_000);
    expect(document.querySelector(TOAST_TAG)).not.toBeNull();
  });

  it("a page script's click does nothing; the user's click acts once and closes the toast", () => {
    const { remove, keep, button, root } = show();
    button('Delete meeting').dispatchEvent(script(click()));
    button('Keep').dispatchEvent(script(click()));
    expect(remove).not.toHaveBeenCalled();
    expect(keep).not.toHaveBeenCalled();
    button('Delete meeting').dispatchEvent(user(click()));
    expect(remove).toHaveBeenCalledTimes(1);
    expect(root.host.isConnected).toBe(false);
  });
});

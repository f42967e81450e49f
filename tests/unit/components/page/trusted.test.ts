import { describe, expect, it, vi } from 'vitest';
import { isUserInput, noteBeforeInput, refuseScriptClick, trusted } from '@/components/page/trusted';

/** An event as the browser makes it from real input (happy-dom has no isTrusted of its own). */
function user<E extends Event>(event: E): E {
  return Object.defineProperty(event, 'isTrusted', { value: true });
}
/** An event as a page script makes it with dispatchEvent() or click(). */
function script<E extends Event>(event: E): E {
  return Object.defineProperty(event, 'isTrusted', { value: false });
}

const click = () => new MouseEvent('click', { bubbles: true, cancelable: true });

describe('our controls act on trusted events only', () => {
  it('a wrapped handler runs for the user and not for a page script', () => {
    const act = vi.fn();
    trusted(act)(script(click()));
    expect(act).not.toHaveBeenCalled();
    trusted(act)(user(click()));
    expect(act).toHaveBeenCalledTimes(1);
  });

  it("a script's click on a checkbox is cancelled; the user's is not", () => {
    const byScript = script(click());
    refuseScriptClick(byScript);
    expect(byScript.defaultPrevented).toBe(true);
    const byUser = user(click());
    refuseScriptClick(byUser);
    expect(byUser.defaultPrevented).toBe(false);
  });

  describe('typing into a text field', () => {
    const field = document.createElement('input');
    const input = (init: InputEventInit, trust: typeof user) => {
      const event = trust(new InputEvent('input', init));
      field.addEventListener('input', (e) => (seen = isUserInput(e)), { once: true });
      field.dispatchEvent(event);
      return seen;
    };
    let seen = false;
    const beforeInput = (trust: typeof user) => {
      field.addEventListener('beforeinput', noteBeforeInput, { once: true });
      field.dispatchEvent(trust(new InputEvent('beforeinput', { inputType: 'insertText', data: 'a' })));
    };

    it("the user's keys (a trusted beforeinput, then input) count", () => {
      beforeInput(user);
      expect(input({ inputType: 'insertText', data: 'a' }, user)).toBe(true);
    });

    it("a script's input event does not count, even after the user's beforeinput", () => {
      beforeInput(user);
      expect(input({ inputType: 'insertText', data: 'a' }, script)).toBe(false);
    });

    it("a script's execCommand (a trusted input with no beforeinput) does not count", () => {
      expect(input({ inputType: 'insertText', data: 'evil@example.com' }, user)).toBe(false);
      beforeInput(script);
      expect(input({ inputType: 'insertText', data: 'evil@example.com' }, user)).toBe(false);
    });

    it("the page cancels the user's keystroke and inserts its own text in the same task: it does not count", () => {
      field.addEventListener('beforeinput', noteBeforeInput, { once: true });
      const keystroke = user(new InputEvent('beforeinput', { inputType: 'insertText', data: 'a', cancelable: true }));
      keystroke.preventDefault(); // the page's listener on document sees the composed beforeinput first
      field.dispatchEvent(keystroke);
      expect(input({ inputType: 'insertText', data: 'mallory@evil.example' }, user)).toBe(false);
      beforeInput(user);
      expect(input({ inputType: 'insertText', data: 'mallory@evil.example' }, user)).toBe(false);
    });

    it('a pick from the suggestion list (no beforeinput, not an editing command) counts', () => {
      expect(input({ inputType: 'insertReplacementText' }, user)).toBe(true);
      expect(input({}, user)).toBe(true);
    });
  });
});

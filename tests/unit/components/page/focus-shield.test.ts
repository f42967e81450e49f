import { afterEach, describe, expect, it } from 'vitest';
import { shieldFocus } from '@/components/page/focus-shield';

describe('focus moving into our dialog is kept from the page (focus-shield.ts)', () => {
  afterEach(() => document.body.replaceChildren());

  it("a page's capture-phase focus trap never hears of focus entering or leaving our host; other focus events reach it; stop ends it", () => {
    const host = document.body.appendChild(document.createElement('ontime-zoom-dialog'));
    const field = document.body.appendChild(document.createElement('input'));
    const heard: string[] = [];
    const note = (e: Event) => heard.push(`${e.type}:${(e.target as Element).localName}`);
    for (const type of ['focusin', 'focusout', 'focus', 'blur']) document.addEventListener(type, note, true);
    const stop = shieldFocus(document, host);
    host.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    field.dispatchEvent(new FocusEvent('focusout', { bubbles: true, relatedTarget: host })); // the page's field, losing focus to ours
    field.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect(heard).toEqual(['focusin:input']);
    stop();
    host.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect(heard).toEqual(['focusin:input', 'focusin:ontime-zoom-dialog']);
    for (const type of ['focusin', 'focusout', 'focus', 'blur']) document.removeEventListener(type, note, true);
  });
});

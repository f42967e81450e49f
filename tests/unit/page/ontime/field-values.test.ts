import { beforeEach, describe, expect, it } from 'vitest';
import { writeValue } from '@/utils/page/ontime/field-values';

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('writing back', () => {
  it('uses the native setter and bubbling input/change events a framework listens to', () => {
    const input = document.createElement('input');
    document.body.append(input);
    const seen: string[] = [];
    const nativeValue = (el: EventTarget | null) => Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.get!.call(el);
    document.body.addEventListener('input', (e) => seen.push(`input:${nativeValue(e.target)}`));
    document.body.addEventListener('change', () => seen.push('change'));
    // A framework-style instance setter that would swallow a plain assignment.
    let tracked = '';
    Object.defineProperty(input, 'value', { get: () => tracked, set: (v: string) => (tracked = `tracked:${v}`), configurable: true });
    writeValue(input, 'https://zoom.us/j/1');
    expect(seen).toEqual(['input:https://zoom.us/j/1', 'change']);
    expect(tracked).toBe(''); // the instance setter was bypassed
  });
});

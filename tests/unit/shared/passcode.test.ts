import { describe, expect, it } from 'vitest';
import { generatePasscode, PASSCODE_PATTERN, passcodeProblems } from '@/utils/shared/passcode';

describe('passcode', () => {
  it('meets the account rule and Zoom’s character set', () => {
    for (let i = 0; i < 50; i++) {
      const code = generatePasscode({ length: 8, have_letter: true, have_number: true, have_special_character: true });
      expect(code).toMatch(PASSCODE_PATTERN);
      expect(code).toHaveLength(8);
      expect(code).toMatch(/[A-Za-z]/);
      expect(code).toMatch(/\d/);
      expect(code).toMatch(/[@\-_*]/);
    }
    expect(generatePasscode({ length: 10, only_allow_numeric: true })).toMatch(/^\d{10}$/);
  });
});

describe('passcode rules', () => {
  it('names what a passcode lacks under the account rule', () => {
    expect(passcodeProblems('ok123', { length: 6 })).toEqual(['length']);
    expect(passcodeProblems('abcdef', { length: 6, have_number: true, have_special_character: true })).toEqual(['number', 'special']);
    expect(passcodeProblems('12ab', { only_allow_numeric: true })).toEqual(['numeric']);
    expect(passcodeProblems('with space')).toEqual(['charset']);
    expect(passcodeProblems('', {}, true)).toEqual(['length']);
    expect(passcodeProblems('', {}, false)).toEqual([]);
  });
});

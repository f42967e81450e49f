// Meeting passcodes: generated per the account's requirement when one is required, and checked
// against that requirement when the client supplies one.
import { randomInt } from 'node:crypto';
import { randomDigits, randomToken } from './ids.ts';
import { isObject } from './merge.ts';
import type { JsonObject } from './types.ts';

export interface PasswordRules {
  required: boolean;
  length: number;
  onlyNumeric: boolean;
  letter: boolean;
  number: boolean;
  special: boolean;
}

export function passwordRules(userSettings: JsonObject): PasswordRules {
  const schedule = isObject(userSettings.schedule_meeting) ? userSettings.schedule_meeting : {};
  const req = isObject(schedule.meeting_password_requirement) ? schedule.meeting_password_requirement : {};
  return {
    required: schedule.require_password_for_scheduling_new_meetings === true,
    length: typeof req.length === 'number' ? req.length : 6,
    onlyNumeric: req.only_allow_numeric === true,
    letter: req.have_letter === true,
    number: req.have_number === true,
    special: req.have_special_character === true,
  };
}

const LETTERS = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ';
const pick = (chars: string): string => chars.charAt(randomInt(0, chars.length));

export function generatePassword(rules: PasswordRules): string {
  const length = Math.min(10, Math.max(rules.length, 6));
  if (rules.onlyNumeric) return randomDigits(length);
  const chars = [pick(LETTERS), pick('23456789')];
  if (rules.special) chars.push(pick('@-_*'));
  while (chars.length < length) chars.push(pick(LETTERS + '23456789'));
  // Fisher-Yates, so the guaranteed letter/digit are not always first.
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(0, i + 1);
    [chars[i], chars[j]] = [chars[j] ?? '', chars[i] ?? ''];
  }
  return chars.join('');
}

/** A reason the passcode breaks the account's requirement, or undefined when it complies. */
export function passwordProblem(password: string, rules: PasswordRules): string | undefined {
  if (!rules.required) return undefined;
  if (password.length < rules.length) return `Passcode must be at least ${rules.length} characters.`;
  if (rules.onlyNumeric && !/^\d+$/.test(password)) return 'Passcode may only contain numbers.';
  if (rules.letter && !/[a-zA-Z]/.test(password)) return 'Passcode must contain a letter.';
  if (rules.number && !/\d/.test(password)) return 'Passcode must contain a number.';
  if (rules.special && !/[@\-_*]/.test(password)) return 'Passcode must contain a special character.';
  return undefined;
}

/** Zoom's derived passcodes: the phone one is numeric; the encrypted one goes into join_url. */
export function derivedPasswords(password: string): { pstn_password: string; encrypted_password: string } {
  if (password === '') return { pstn_password: '', encrypted_password: '' };
  const numeric = /^\d+$/.test(password) ? password : randomDigits(Math.max(6, password.length));
  return { pstn_password: numeric, encrypted_password: randomToken('', 24) };
}

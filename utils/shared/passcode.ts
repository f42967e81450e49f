export const PASSCODE_PATTERN = /^[A-Za-z0-9@\-_*]{1,10}$/;

/** The account's passcode rule, as Zoom's user settings give it. */
export interface PasscodeRule {
  length?: number;
  only_allow_numeric?: boolean;
  have_letter?: boolean;
  have_number?: boolean;
  have_special_character?: boolean;
}

/** A passcode that satisfies the account's rule (length, letters, digits, specials), max 10. */
export function generatePasscode(rule: PasscodeRule = {}, random: (n: number) => number = secureRandom): string {
  const length = Math.min(10, Math.max(rule.length ?? 6, 6));
  const digits = '0123456789';
  const letters = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ';
  const specials = '@-_*';
  const pool = rule.only_allow_numeric ? digits : digits + letters;
  const chars: string[] = [];
  if (!rule.only_allow_numeric) {
    if (rule.have_letter) chars.push(letters[random(letters.length)]!);
    if (rule.have_number) chars.push(digits[random(digits.length)]!);
    if (rule.have_special_character) chars.push(specials[random(specials.length)]!);
  }
  while (chars.length < length) chars.push(pool[random(pool.length)]!);
  // Shuffle so required characters are not always first.
  for (let i = chars.length - 1; i > 0; i--) {
    const j = random(i + 1);
    [chars[i], chars[j]] = [chars[j]!, chars[i]!];
  }
  return chars.join('');
}

function secureRandom(n: number): number {
  const buf = new Uint32Array(1);
  crypto.getRandomValues(buf);
  return buf[0]! % n;
}

export type PasscodeProblem = 'charset' | 'length' | 'numeric' | 'letter' | 'number' | 'special';

/** What a passcode lacks under Zoom's character set and the account's rule (empty: fine). */
export function passcodeProblems(passcode: string, rule: PasscodeRule = {}, required = false): PasscodeProblem[] {
  if (!passcode) return required ? ['length'] : [];
  const problems: PasscodeProblem[] = [];
  if (!PASSCODE_PATTERN.test(passcode)) problems.push('charset');
  if (passcode.length < Math.min(rule.length ?? 1, 10)) problems.push('length');
  if (rule.only_allow_numeric && !/^\d+$/.test(passcode)) problems.push('numeric');
  if (rule.have_letter && !/[A-Za-z]/.test(passcode)) problems.push('letter');
  if (rule.have_number && !/\d/.test(passcode)) problems.push('number');
  if (rule.have_special_character && !/[@\-_*]/.test(passcode)) problems.push('special');
  return problems;
}

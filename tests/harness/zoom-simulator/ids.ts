// Random identifiers shaped like Zoom's.
import { createHash, randomBytes, randomInt } from 'node:crypto';

export function randomToken(prefix: string, bytes = 32): string {
  return prefix + randomBytes(bytes).toString('base64url');
}

/** 10 or 11 digits, as Zoom meeting numbers. */
export function randomMeetingNumber(): number {
  const digits = randomInt(0, 2) === 0 ? 10 : 11;
  return randomInt(10 ** (digits - 1), 10 ** digits);
}

export function randomDigits(length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += String(randomInt(0, 10));
  return out;
}

export function s256(verifier: string): string {
  return createHash('sha256').update(verifier).digest('base64url');
}

/** Zoom's created_at style: seconds precision, UTC, trailing Z. */
export function isoSeconds(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

import type { Verb } from '@/utils/shared/protocol';

/**
 * The verbs with `resend: false` in protocol.ts, for sendVerb. Apart from VERBS so that the page
 * script, which sends verbs but never checks their payloads, does not carry every payload check;
 * tests/unit/shared/protocol.test.ts holds the two in step.
 */
export const SENT_ONCE: ReadonlySet<Verb> = new Set<Verb>(['createMeeting']);

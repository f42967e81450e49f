import { hasScope } from '@/utils/worker/auth/scopes';
import type { ZoomUser } from '@/utils/worker/zoom/types';
import { cached } from '@/utils/worker/zoom/session-cache';

// The account behind a grant does not change; re-read now and then in case its email did.
const TTL_MS = 12 * 60 * 60_000;
// The popup waits for the connection state: a slow Zoom must not hold it up for long.
const WAIT_MS = 3000;
// An email address is at most 254 characters; anything else is not shown.
const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,189}$/;

export interface AccountGrant {
  scopes: string[];
  /** What the read is cached under: the grant's id (one per consent). */
  owner: string;
}

/**
 * The connected Zoom account's email, for "Signed in as …" on our own pages. Read with the
 * optional scope user:read:user and cached for this grant only; without the scope, or when Zoom
 * does not answer, there is none and the pages say "Connected to Zoom" as before.
 */
export async function signedInEmail(grant: AccountGrant, me: () => Promise<ZoomUser>, waitMs = WAIT_MS): Promise<string | undefined> {
  if (!hasScope(grant.scopes, 'user:read:user')) return undefined;
  // A read still under way when the wait ends fills the cache for the next look.
  const read = cached('account', grant.owner, TTL_MS, async () => (await me()).email?.trim() ?? '');
  const late = new Promise<string>((resolve) => setTimeout(() => resolve(''), waitMs));
  // A missing email never blocks the connection panel.
  const email = await Promise.race([read, late]).catch(() => '');
  return EMAIL.test(email) ? email : undefined;
}

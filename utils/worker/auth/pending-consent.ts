import { storage } from 'wxt/utils/storage';

/** What a consent attempt must remember until Zoom redirects back. Kept in storage.session. */
export interface PendingConsent {
  codeVerifier: string;
  /** The redirect_uri sent to Zoom (the extension's, or an organisation's relay page). */
  redirectUri: string;
  /** Where the browser comes back to: the extension's own redirect URL. */
  returnUrl: string;
  clientId: string;
  createdAt: number;
}

const PREFIX = 'pkce:';
// An attempt older than this is dead: Zoom's authorization code lives 5 minutes.
const MAX_AGE_MS = 10 * 60_000;

function key(state: string) {
  return `session:${PREFIX}${state}` as const;
}

export async function savePendingConsent(state: string, pending: PendingConsent): Promise<void> {
  await storage.setItem(key(state), pending);
}

/** Returns the attempt for this state and deletes it, so a state can be used once only. */
export async function takePendingConsent(state: string, now = Date.now()): Promise<PendingConsent | null> {
  if (!/^[\w-]{16,128}$/.test(state)) return null;
  const pending = await storage.getItem<PendingConsent>(key(state));
  if (!pending) return null;
  await storage.removeItem(key(state));
  return now - pending.createdAt <= MAX_AGE_MS ? pending : null;
}

/**
 * Consent attempts started by an earlier copy of the worker that was stopped before Zoom
 * answered: the user may still be looking at (and about to Allow in) that popup.
 */
export async function orphanedConsents(clientId: string, startedHere: ReadonlySet<string>, now = Date.now()): Promise<string[]> {
  const all = await storage.snapshot('session');
  return Object.entries(all)
    .filter(([k]) => k.startsWith(PREFIX))
    .map(([k, v]) => [k.slice(PREFIX.length), v as PendingConsent] as const)
    .filter(([state, p]) => !startedHere.has(state) && p.clientId === clientId && now - p.createdAt < 5 * 60_000)
    .map(([state]) => state);
}

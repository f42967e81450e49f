import * as oauth from 'oauth4webapi';
import { Failure } from '@/utils/shared/failures';
import type { Settings } from '@/utils/shared/settings/types';
import type { AccessGrant } from '@/utils/worker/zoom/types';
import { zoomEndpoints } from '@/utils/worker/zoom/endpoints';
import { connectionItem, type ZoomConnection } from '@/utils/worker/auth/connection';
import { connectionFromTokens, runConsent, type ConsentDeps } from '@/utils/worker/auth/consent';
import { exclusive } from '@/utils/worker/auth/exclusive';
import { orphanedConsents, takePendingConsent } from '@/utils/worker/auth/pending-consent';
import { authorizationServer, requestOptions } from '@/utils/worker/auth/oauth-server';
import { tokenFailure } from '@/utils/worker/auth/token-errors';

// Refresh this long before expiry so a call never starts with a token about to lapse.
export const REFRESH_AHEAD_MS = 5 * 60_000;
// How long to wait for the user to answer a consent popup whose worker was stopped.
const ORPHAN_WAIT_MS = 45_000;
const ORPHAN_POLL_MS = 1_500;
const LOCK = 'zoom-token-refresh';

export interface TokenServiceDeps extends ConsentDeps {
  loadSettings(): Promise<Settings>;
}

export function createTokenService(deps: TokenServiceDeps) {
  const now = deps.now ?? Date.now;
  // One refresh per refresh token within this context; the lock covers other contexts.
  const inflight = new Map<string, Promise<ZoomConnection>>();
  const startedHere = new Set<string>();
  // One silent re-authorization at a time: fifty callers whose refresh failed share one.
  let silentInFlight: Promise<ZoomConnection | null> | null = null;
  const consentDeps = { ...deps, onLaunch: (state: string) => startedHere.add(state) };

  function belongsTo(connection: ZoomConnection, settings: Settings): boolean {
    return connection.clientId === settings.clientId && connection.oauthBase === zoomEndpoints(settings).issuer;
  }

  function fresh(connection: ZoomConnection): boolean {
    return connection.expiresAt - REFRESH_AHEAD_MS > now();
  }

  async function refresh(settings: Settings, stale: ZoomConnection): Promise<ZoomConnection> {
    let running = inflight.get(stale.refreshToken);
    if (!running) {
      running = exclusive(LOCK, () => refreshLocked(settings, stale.refreshToken));
      inflight.set(stale.refreshToken, running);
      running.finally(() => inflight.delete(stale.refreshToken)).catch(() => undefined);
    }
    return running;
  }

  async function refreshLocked(settings: Settings, refreshToken: string): Promise<ZoomConnection> {
    // Another context may have rotated the token while we waited for the lock.
    const current = await connectionItem.getValue();
    if (!current) throw new Failure('reconnect');
    if (current.refreshToken !== refreshToken && fresh(current)) return current;

    const endpoints = zoomEndpoints(settings);
    const as = authorizationServer(endpoints);
    const client: oauth.Client = { client_id: settings.clientId };
    try {
      const response = await oauth.refreshTokenGrantRequest(as, client, oauth.None(), current.refreshToken, requestOptions(endpoints, deps.fetch));
      const tokens = await oauth.processRefreshTokenResponse(as, client, response);
      const next = { ...connectionFromTokens(tokens, settings, endpoints, now()), grantId: current.grantId };
      await connectionItem.setValue(next);
      return next;
    } catch (error) {
      const failure = tokenFailure(error, deps.redirectUri);
      if (failure.kind !== 'reconnect') throw failure; // network and 5xx keep the grant
      const reread = await connectionItem.getValue();
      if (reread && reread.refreshToken !== current.refreshToken) return reread;
      await connectionItem.setValue(null);
      throw failure;
    }
  }

  async function connection(interactive: boolean): Promise<ZoomConnection> {
    const settings = await deps.loadSettings();
    if (!settings.clientId) throw new Failure('notConfigured');
    const stored = await connectionItem.getValue();
    if (stored && !belongsTo(stored, settings)) await connectionItem.setValue(null);
    const usable = stored && belongsTo(stored, settings) ? stored : null;
    if (usable && fresh(usable)) return usable;
    if (usable) {
      try {
        return await refresh(settings, usable);
      } catch (error) {
        if (!(error instanceof Failure) || error.kind !== 'reconnect') throw error;
      }
    }
    // Another caller may have re-established the grant meanwhile.
    const reread = await connectionItem.getValue();
    if (reread && belongsTo(reread, settings) && fresh(reread)) return reread;
    // A lost or rotated-away grant: Zoom re-authorizes a returning user without any window.
    const silent = () => {
      silentInFlight ??= runConsent(settings, zoomEndpoints(settings), consentDeps, false)
        .then(async (connected) => {
          await connectionItem.setValue(connected);
          return connected;
        })
        .catch(() => null)
        .finally(() => (silentInFlight = null));
      return silentInFlight;
    };
    let created = await silent();
    if (!created && !interactive) throw new Failure('reconnect');
    // A stopped worker left a consent popup open: its Allow will make the silent path work.
    const orphans = created ? [] : await orphanedConsents(settings.clientId, startedHere, now());
    if (orphans.length) {
      for (const until = now() + ORPHAN_WAIT_MS; !created && now() < until; ) {
        await new Promise((r) => setTimeout(r, ORPHAN_POLL_MS));
        created = await silent();
      }
      await Promise.all(orphans.map((state) => takePendingConsent(state))); // wait for them once only
    }
    if (created) return created; // the silent path stored it
    const consented = await runConsent(settings, zoomEndpoints(settings), consentDeps, true);
    await connectionItem.setValue(consented);
    return consented;
  }

  async function revoke(connection: ZoomConnection): Promise<boolean> {
    // Revoked with the grant's own client and host, which may no longer be the configured ones.
    const endpoints = zoomEndpoints({ zoomDomain: 'custom', customOAuthBase: connection.oauthBase, customApiBase: connection.apiBase });
    const as = authorizationServer(endpoints);
    const client: oauth.Client = { client_id: connection.clientId };
    try {
      const response = await oauth.revocationRequest(as, client, oauth.None(), connection.refreshToken, requestOptions(endpoints, deps.fetch));
      await oauth.processRevocationResponse(response);
      return true;
    } catch {
      return false;
    }
  }

  return {
    /** A usable access token; runs consent when `interactive` and there is no grant. */
    async grant({ interactive }: { interactive: boolean }): Promise<AccessGrant> {
      const { accessToken, apiBase, scopes, grantId } = await connection(interactive);
      return { accessToken, apiBase, scopes, account: grantId ?? apiBase };
    },
    /** Zoom said the token is invalid (124): refresh once, whatever the clock says. */
    async grantAfterRejection(rejected: string): Promise<AccessGrant> {
      const settings = await deps.loadSettings();
      const stored = await connectionItem.getValue();
      if (!stored) throw new Failure('reconnect');
      const next = stored.accessToken === rejected ? await refresh(settings, stored) : stored;
      return { accessToken: next.accessToken, apiBase: next.apiBase, scopes: next.scopes, account: next.grantId ?? next.apiBase };
    },
    /** The grant for the current settings, without touching the network. */
    async current(): Promise<ZoomConnection | null> {
      const settings = await deps.loadSettings();
      const stored = await connectionItem.getValue();
      return stored && belongsTo(stored, settings) ? stored : null;
    },
    /**
     * Revokes the grant at Zoom where Zoom allows it, then drops it here whatever happened.
     * Returns false when Zoom could not be told (the user must remove the app there).
     */
    async disconnect(): Promise<{ revoked: boolean }> {
      const stored = await connectionItem.getValue();
      if (!stored) return { revoked: true };
      await connectionItem.setValue(null);
      return { revoked: await revoke(stored) };
    },
    /** A changed Client ID or Zoom domain invalidates the grant: revoke it with its own client. */
    async dropIfForeign(): Promise<void> {
      const settings = await deps.loadSettings();
      const stored = await connectionItem.getValue();
      if (!stored || belongsTo(stored, settings)) return;
      await connectionItem.setValue(null);
      await revoke(stored);
    },
  };
}

export type TokenService = ReturnType<typeof createTokenService>;

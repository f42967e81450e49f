// OAuth grants: one access token + one refresh token per grant, rotated on refresh as Zoom does.
import { randomToken } from './ids.ts';
import type { Grant } from './types.ts';

export type AccessLookup = { ok: true; grant: Grant } | { ok: false; reason: 'invalid' | 'expired' };

export class GrantStore {
  readonly all: Grant[] = [];

  constructor(
    private readonly now: () => number,
    private readonly accessTtlSec: () => number,
  ) {}

  /** A new authorization revokes the earlier grants of the same client and user (Zoom behaviour). */
  issue(clientId: string, userId: string, scopes: string[]): Grant {
    for (const g of this.all) if (g.clientId === clientId && g.userId === userId) g.revoked = true;
    const grant: Grant = {
      id: randomToken('grant_', 9),
      clientId,
      userId,
      scopes: [...scopes],
      accessToken: randomToken('sim_at_'),
      accessTokenExpiresAt: this.now() + this.accessTtlSec() * 1000,
      refreshToken: randomToken('sim_rt_'),
      refreshGeneration: 0,
      revoked: false,
      createdAt: this.now(),
    };
    this.all.push(grant);
    return grant;
  }

  /** Rotates both tokens; the old ones stop working at once. undefined = unknown, old or revoked. */
  refresh(refreshToken: string, clientId: string): Grant | undefined {
    const grant = this.all.find((g) => !g.revoked && g.refreshToken === refreshToken);
    if (!grant || grant.clientId !== clientId) return undefined;
    grant.accessToken = randomToken('sim_at_');
    grant.accessTokenExpiresAt = this.now() + this.accessTtlSec() * 1000;
    grant.refreshToken = randomToken('sim_rt_');
    grant.refreshGeneration += 1;
    return grant;
  }

  lookupAccess(token: string): AccessLookup {
    const grant = this.all.find((g) => !g.revoked && g.accessToken === token);
    if (!grant) return { ok: false, reason: 'invalid' };
    if (grant.accessTokenExpiresAt <= this.now()) return { ok: false, reason: 'expired' };
    return { ok: true, grant };
  }

  /** Finds a live grant by either of its tokens. */
  findByToken(token: string): Grant | undefined {
    return this.all.find((g) => !g.revoked && (g.accessToken === token || g.refreshToken === token));
  }

  revokeAll(): void {
    for (const g of this.all) g.revoked = true;
  }

  expireAll(): void {
    const past = this.now() - 1000;
    for (const g of this.all) if (!g.revoked) g.accessTokenExpiresAt = Math.min(g.accessTokenExpiresAt, past);
  }

  clear(): void {
    this.all.length = 0;
  }
}

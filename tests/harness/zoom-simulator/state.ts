// Everything the simulator knows, plus the control operations tests use (in-process or via /__sim/).
import { GrantStore } from './grants.ts';
import { deepMerge } from './merge.ts';
import { DEFAULT_CLIENT_ID, DEFAULT_REDIRECT_URIS, DEFAULT_SCOPES, SIM_USER, defaultUserSettings } from './seed.ts';
import type {
  AuthCode,
  Fault,
  FaultSpec,
  Grant,
  GrantView,
  Meeting,
  PendingAuthorization,
  RequestRecord,
  SimClient,
  SimConfig,
  SimConfigPatch,
  SimOptions,
  TokenRequestRecord,
  TokenResponse,
} from './types.ts';

export function defaultClients(): SimClient[] {
  return [
    {
      clientId: DEFAULT_CLIENT_ID,
      redirectUris: [...DEFAULT_REDIRECT_URIS],
      public: true,
      scopes: [...DEFAULT_SCOPES],
      name: 'OnTime Zoom',
    },
  ];
}

export class SimState {
  readonly config: SimConfig;
  /** Every non-control request, oldest first. Cleared in place so references stay valid. */
  readonly requests: RequestRecord[] = [];
  /** One entry per POST /oauth/token, to assert no Authorization header was sent. */
  readonly tokenRequests: TokenRequestRecord[] = [];
  readonly grants: GrantStore;
  readonly meetings = new Map<number, Meeting>();
  readonly deletedMeetings = new Map<number, Meeting>();
  readonly faults: Fault[] = [];
  readonly pendingAuthorizations = new Map<string, PendingAuthorization>();
  readonly codes = new Map<string, AuthCode>();
  /**
   * Apps the user has added (Allow). Zoom sends a returning user straight back with a code,
   * without the consent page; removing the app (revoke) forgets it.
   */
  readonly authorizedApps = new Set<string>();
  private clockOffsetMs = 0;
  private seq = 0;

  constructor(
    readonly baseUrl: string,
    private readonly options: SimOptions,
  ) {
    this.config = this.initialConfig(options.clients ?? defaultClients());
    this.grants = new GrantStore(
      () => this.now(),
      () => this.config.accessTokenTtlSec,
    );
  }

  private initialConfig(clients: SimClient[]): SimConfig {
    return {
      clients: structuredClone(clients),
      userSettings: defaultUserSettings(),
      revokeRequiresBasicAuth: false,
      accessTokenTtlSec: this.options.accessTokenTtlSec ?? 3599,
      codeTtlSec: this.options.codeTtlSec ?? 300,
    };
  }

  /** The simulator clock: wall time plus whatever `advanceClock` added. */
  now(): number {
    return Date.now() + this.clockOffsetMs;
  }

  /** Moves the simulator clock forward (token and code expiry) without waiting. */
  advanceClock(seconds: number): void {
    this.clockOffsetMs += seconds * 1000;
  }

  nextSeq(): number {
    return ++this.seq;
  }

  findClient(clientId: string): SimClient | undefined {
    return this.config.clients.find((c) => c.clientId === clientId);
  }

  clearRequests(): void {
    this.requests.length = 0;
    this.tokenRequests.length = 0;
  }

  listMeetings(): { live: Meeting[]; deleted: Meeting[] } {
    return { live: [...this.meetings.values()], deleted: [...this.deletedMeetings.values()] };
  }

  addFault(spec: FaultSpec): { id: string } {
    const times = spec.times ?? 1;
    const fault: Fault = { ...spec, id: `fault-${this.nextSeq()}`, remaining: times === 0 ? Infinity : times, hits: 0 };
    this.faults.push(fault);
    return { id: fault.id };
  }

  clearFaults(): void {
    this.faults.length = 0;
  }

  /** The first armed fault matching this request, consumed by one use. */
  takeFault(method: string, path: string): Fault | undefined {
    const fault = this.faults.find(
      (f) =>
        f.remaining > 0 &&
        (f.method === undefined || f.method.toUpperCase() === method) &&
        (f.path === undefined || new RegExp(f.path).test(path)),
    );
    if (!fault) return undefined;
    fault.remaining -= 1;
    fault.hits += 1;
    return fault;
  }

  configure(patch: SimConfigPatch): SimConfig {
    if (patch.clients) this.config.clients = structuredClone(patch.clients);
    if (patch.userSettings) this.config.userSettings = deepMerge(this.config.userSettings, patch.userSettings);
    if (patch.revokeRequiresBasicAuth !== undefined) this.config.revokeRequiresBasicAuth = patch.revokeRequiresBasicAuth;
    if (patch.accessTokenTtlSec !== undefined) this.config.accessTokenTtlSec = patch.accessTokenTtlSec;
    if (patch.codeTtlSec !== undefined) this.config.codeTtlSec = patch.codeTtlSec;
    return this.config;
  }

  /** Every current access token becomes expired (refresh tokens still work). */
  expireTokens(): void {
    this.grants.expireAll();
  }

  /** The user removed the app in Zoom: every token of every grant stops working. */
  revokeGrants(): void {
    this.grants.revokeAll();
    this.authorizedApps.clear();
  }

  listGrants(): GrantView[] {
    const now = this.now();
    return this.grants.all.map((g) => ({
      ...g,
      scopes: [...g.scopes],
      accessTokenExpiresAt: new Date(g.accessTokenExpiresAt).toISOString(),
      accessTokenExpired: g.accessTokenExpiresAt <= now,
      createdAt: new Date(g.createdAt).toISOString(),
    }));
  }

  tokenResponse(grant: Grant): TokenResponse {
    return {
      access_token: grant.accessToken,
      token_type: 'bearer',
      refresh_token: grant.refreshToken,
      expires_in: Math.round((grant.accessTokenExpiresAt - this.now()) / 1000),
      scope: grant.scopes.join(' '),
      api_url: this.baseUrl,
    };
  }

  /** Shortcut past the consent page for tests that only need a token (same effect as Allow + exchange). */
  issueTokens(opts: { clientId?: string; scopes?: string[] } = {}): TokenResponse {
    const clientId = opts.clientId ?? this.config.clients[0]?.clientId ?? DEFAULT_CLIENT_ID;
    const client = this.findClient(clientId);
    if (!client) throw new Error(`Unknown client ${clientId}`);
    return this.tokenResponse(this.grants.issue(clientId, SIM_USER.id, opts.scopes ?? client.scopes));
  }

  /** Fresh state; the configured clients survive unless new ones are given. */
  reset(opts: { clients?: SimClient[] } = {}): void {
    const fresh = this.initialConfig(opts.clients ?? this.config.clients);
    Object.assign(this.config, fresh);
    this.clearRequests();
    this.grants.clear();
    this.meetings.clear();
    this.deletedMeetings.clear();
    this.clearFaults();
    this.pendingAuthorizations.clear();
    this.codes.clear();
    this.authorizedApps.clear();
    this.clockOffsetMs = 0;
  }
}

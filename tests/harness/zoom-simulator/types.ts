// Shared types of the Zoom simulator: public options, stored records, control-surface shapes.

export interface SimClient {
  clientId: string;
  redirectUris: string[];
  /** Public client (PKCE, no secret). `false` models a confidential app: the token endpoint wants a secret. */
  public: boolean;
  /** Scopes the app has; all of them are granted on Allow. */
  scopes: string[];
  /** Shown on the consent page. */
  name?: string;
  /** Confidential clients only. When unset, any non-empty secret is accepted. */
  clientSecret?: string;
}

export interface SimOptions {
  /** Default 0: a random free port. */
  port?: number;
  clients?: SimClient[];
  /** Default 3599, as Zoom. */
  accessTokenTtlSec?: number;
  /** Default 300, as Zoom. Fractions allowed (tests). */
  codeTtlSec?: number;
}

export type JsonObject = Record<string, unknown>;

export interface SimConfig {
  clients: SimClient[];
  userSettings: JsonObject;
  revokeRequiresBasicAuth: boolean;
  accessTokenTtlSec: number;
  codeTtlSec: number;
}

/** Partial update for `POST /__sim/config`; `userSettings` is deep-merged, the rest replaced. */
export interface SimConfigPatch {
  clients?: SimClient[];
  userSettings?: JsonObject;
  revokeRequiresBasicAuth?: boolean;
  accessTokenTtlSec?: number;
  codeTtlSec?: number;
}

export interface RequestRecord {
  seq: number;
  method: string;
  path: string;
  query: Record<string, string>;
  /** Lower-case names, as Node receives them. */
  headers: Record<string, string>;
  /** Parsed JSON or form body; the raw text when neither parses; null when empty. */
  body: unknown;
  /** Status sent to the client; null when the socket was dropped without an answer. */
  status: number | null;
  /** For `drop-after`: the status the request was processed with before the answer was lost. */
  processedStatus?: number;
  fault?: FaultKind;
  timestamp: string;
}

export interface TokenRequestRecord {
  timestamp: string;
  grantType: string | null;
  clientId: string | null;
  hadAuthorizationHeader: boolean;
  status: number;
}

export type FaultKind = 'latency' | 'status' | 'rate-limit' | 'malformed-json' | 'drop' | 'drop-after';
export const FAULT_KINDS: readonly FaultKind[] = ['latency', 'status', 'rate-limit', 'malformed-json', 'drop', 'drop-after'];

export interface FaultSpec {
  method?: string;
  /** Regex source matched against the pathname. */
  path?: string;
  /** Default 1; 0 = forever. */
  times?: number;
  kind: FaultKind;
  /** For `latency`; on any other kind, a delay before the fault is applied. */
  latencyMs?: number;
  /** For `status`, e.g. 500/502/503. */
  status?: number;
  /** For `rate-limit`: seconds or an HTTP date; default an HTTP date 30 s ahead. */
  retryAfter?: string;
  /** For `rate-limit`: X-RateLimit-Type; default QPS. */
  rateLimitType?: 'QPS' | 'Daily-limit';
}

export interface Fault extends FaultSpec {
  id: string;
  /** Matches left; Infinity for `times: 0`. */
  remaining: number;
  hits: number;
}

export interface Grant {
  id: string;
  clientId: string;
  userId: string;
  scopes: string[];
  accessToken: string;
  /** Epoch ms on the simulator clock. */
  accessTokenExpiresAt: number;
  refreshToken: string;
  /** 0 when issued by an authorization; +1 per refresh. */
  refreshGeneration: number;
  revoked: boolean;
  createdAt: number;
}

export interface GrantView extends Omit<Grant, 'accessTokenExpiresAt' | 'createdAt'> {
  accessTokenExpiresAt: string;
  accessTokenExpired: boolean;
  createdAt: string;
}

export interface PendingAuthorization {
  requestId: string;
  clientId: string;
  redirectUri: string;
  state: string | null;
  codeChallenge: string;
  expiresAt: number;
}

export interface AuthCode {
  code: string;
  clientId: string;
  userId: string;
  redirectUri: string;
  codeChallenge: string;
  scopes: string[];
  expiresAt: number;
  used: boolean;
}

export interface TokenResponse {
  access_token: string;
  token_type: 'bearer';
  refresh_token: string;
  expires_in: number;
  scope: string;
  api_url: string;
}

export interface Meeting {
  id: number;
  host_id: string;
  host_email: string;
  topic: string;
  type: number;
  status: 'waiting';
  start_time: string;
  duration: number;
  timezone: string;
  agenda: string;
  created_at: string;
  start_url: string;
  join_url: string;
  password: string;
  pstn_password: string;
  encrypted_password: string;
  settings: JsonObject;
  [extra: string]: unknown;
}

/** The fields of a Zoom contact the extension reads. */
export interface Contact {
  id: string;
  email: string;
  first_name: string;
  last_name: string;
}

import { storage } from 'wxt/utils/storage';

/** The one record of a Zoom grant. Written whole, in one storage write. */
export interface ZoomConnection {
  accessToken: string;
  /** Epoch ms when the access token expires. */
  expiresAt: number;
  refreshToken: string;
  scopes: string[];
  apiBase: string;
  /** The client and domain the grant belongs to; a change of either invalidates it. */
  clientId: string;
  zoomDomain: string;
  oauthBase: string;
  /** One per consent, kept through refreshes: what Zoom data read with this grant is cached under. */
  grantId?: string;
  updatedAt: number;
}

export const connectionItem = storage.defineItem<ZoomConnection | null>('local:zoomConnection', {
  fallback: null,
  version: 1,
});

export function parseScopes(scope: unknown): string[] {
  return typeof scope === 'string' ? scope.split(/[\s,]+/).filter(Boolean) : [];
}

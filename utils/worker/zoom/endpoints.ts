import { isInZoomFamily } from '@/utils/shared/zoom-hosts';
import type { Settings, ZoomDomain } from '@/utils/shared/settings/types';
import { isLoopbackHost } from '@/utils/shared/settings/validate';

export interface ZoomEndpoints {
  issuer: string;
  authorize: string;
  token: string;
  revoke: string;
  /** Default API base, before a token response names a regional one. */
  apiBase: string;
}

const KNOWN: Record<'zoom.us' | 'zoomgov.com', { oauth: string; api: string }> = {
  'zoom.us': { oauth: 'https://zoom.us', api: 'https://api.zoom.us/v2' },
  'zoomgov.com': { oauth: 'https://zoomgov.com', api: 'https://api.zoomgov.com/v2' },
};

export function zoomEndpoints(settings: Pick<Settings, 'zoomDomain' | 'customOAuthBase' | 'customApiBase'>): ZoomEndpoints {
  const base =
    settings.zoomDomain === 'custom'
      ? { oauth: settings.customOAuthBase, api: settings.customApiBase }
      : KNOWN[settings.zoomDomain];
  return {
    issuer: base.oauth,
    authorize: `${base.oauth}/oauth/authorize`,
    token: `${base.oauth}/oauth/token`,
    revoke: `${base.oauth}/oauth/revoke`,
    apiBase: base.api,
  };
}

/**
 * The token response's `api_url` names the user's regional API host. Trust it only inside the
 * admin's choice: a host of the chosen Zoom family over https (zoom.us: *.zoom.us; zoomgov.com:
 * *.zoomgov.com), or exactly the configured custom API origin. A bad response cannot send our
 * bearer token anywhere else, not even to the other Zoom cloud.
 */
export function apiBaseFromTokenResponse(apiUrl: unknown, endpoints: ZoomEndpoints, zoomDomain: ZoomDomain): string {
  if (typeof apiUrl !== 'string') return endpoints.apiBase;
  let url: URL;
  try {
    url = new URL(apiUrl);
  } catch {
    return endpoints.apiBase;
  }
  if (url.username || url.password) return endpoints.apiBase;
  const configured = new URL(endpoints.apiBase);
  const allowed =
    zoomDomain === 'custom'
      ? url.origin === configured.origin && (url.protocol === 'https:' || isLoopbackHost(url.hostname))
      : url.protocol === 'https:' && url.port === '' && isInZoomFamily(url.hostname, zoomDomain);
  return allowed ? `${url.origin}/v2` : endpoints.apiBase;
}

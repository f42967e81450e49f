import * as oauth from 'oauth4webapi';
import type { ZoomEndpoints } from '@/utils/worker/zoom/endpoints';
import { isLoopbackHost } from '@/utils/shared/settings/validate';

// Zoom answers slowly at times; the worker must finish well before Chrome's 30 s fetch limit.
export const TOKEN_TIMEOUT_MS = 20_000;

export function authorizationServer(endpoints: ZoomEndpoints): oauth.AuthorizationServer {
  return {
    issuer: endpoints.issuer,
    authorization_endpoint: endpoints.authorize,
    token_endpoint: endpoints.token,
    revocation_endpoint: endpoints.revoke,
  };
}

/** Options for oauth4webapi requests: plain http is allowed for a loopback simulator only. */
export function requestOptions(endpoints: ZoomEndpoints, fetchImpl?: typeof fetch) {
  return {
    signal: AbortSignal.timeout(TOKEN_TIMEOUT_MS),
    [oauth.allowInsecureRequests]: isLoopbackHost(new URL(endpoints.token).hostname),
    ...(fetchImpl ? { [oauth.customFetch]: fetchImpl } : {}),
  };
}

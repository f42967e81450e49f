import type { FailureData } from '@/utils/shared/failures';
import type { ZoomEndpoints } from '@/utils/worker/zoom/endpoints';

/** Zoom's authorize URL for a PKCE S256 request (Zoom assumes 'plain' when the method is missing). */
export function authorizeUrl(endpoints: ZoomEndpoints, request: { clientId: string; redirectUri: string; state: string; codeChallenge: string }): string {
  const url = new URL(endpoints.authorize);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: request.clientId,
    redirect_uri: request.redirectUri,
    state: request.state,
    code_challenge: request.codeChallenge,
    code_challenge_method: 'S256',
  }).toString();
  return url.href;
}

/**
 * Reads Zoom's authorize page as the consent popup would, without signing in. Zoom shows a bad
 * redirect or client as a page the user can only close; its error codes say why: 4,700 (redirect
 * not allowed), 4,702 (client).
 */
export async function probeAuthorizePage(url: string, redirectUri: string, fetchImpl: typeof fetch, timeoutMs: number): Promise<FailureData | null> {
  let page: string;
  try {
    const response = await fetchImpl(url, { redirect: 'manual', credentials: 'omit', signal: AbortSignal.timeout(timeoutMs) });
    if (response.status >= 500) return { kind: 'zoomUnavailable' };
    page = response.status === 200 ? await response.text() : '';
  } catch {
    return { kind: 'network' };
  }
  if (/\(4,?700\)/.test(page)) return { kind: 'redirectNotRegistered', params: { redirectUri } };
  if (/\(4,?702\)/.test(page)) return { kind: 'invalidClient' };
  return null;
}

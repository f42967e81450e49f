// Public entry of the Zoom simulator: a local server that behaves like Zoom's OAuth and REST API
// for what the extension uses. See README.md in this folder.
import { listen } from './server.ts';
import { SimState } from './state.ts';
import type { SimOptions } from './types.ts';

export { DEFAULT_CLIENT_ID, DEFAULT_REDIRECT_URI, DEFAULT_REDIRECT_URIS, DEFAULT_SCOPES, FIREFOX_REDIRECT_URI, GECKO_ID, SIM_USER } from './seed.ts';
export { SimState, defaultClients } from './state.ts';
export { authorizeUrl, connect, consent, consentRequestId, pkcePair, postToken } from './oauth-helpers.ts';
export type { AuthorizeParams, Pkce } from './oauth-helpers.ts';
export type * from './types.ts';

export interface ZoomSimulator {
  /** http://127.0.0.1:PORT */
  baseUrl: string;
  /** Same as baseUrl: /oauth/authorize, /oauth/token, /oauth/revoke live there. */
  oauthBase: string;
  /** baseUrl + '/v2' */
  apiBase: string;
  /** In-process access to everything the /__sim/ control surface offers. */
  state: SimState;
  close(): Promise<void>;
}

export async function startZoomSimulator(opts: SimOptions = {}): Promise<ZoomSimulator> {
  let state: SimState | undefined;
  const http = await listen(opts.port ?? 0, () => {
    if (!state) throw new Error('Zoom simulator: request before start-up finished');
    return state;
  });
  state = new SimState(http.baseUrl, opts);
  return { baseUrl: http.baseUrl, oauthBase: http.baseUrl, apiBase: `${http.baseUrl}/v2`, state, close: http.close };
}

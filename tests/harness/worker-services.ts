import { fakeBrowser } from 'wxt/testing/fake-browser';
import { connectionItem } from '@/utils/worker/auth/connection';
import { createTokenService } from '@/utils/worker/auth/token-service';
import { createMeetingService } from '@/utils/worker/meetings/meeting-service';
import type { Settings } from '@/utils/shared/settings/types';
import { createZoomApi } from '@/utils/worker/zoom/api';
import { consentRequestId, DEFAULT_REDIRECT_URI, type ZoomSimulator } from './zoom-simulator/index';

/**
 * The worker's services wired as the background wires them, against the simulator. Consent is
 * played as a user would: open the authorize page, click Allow or Deny, follow the redirect.
 */
export function workerServices(sim: ZoomSimulator, settings: () => Settings, decision: 'allow' | 'deny' = 'allow', onConsentWindow = () => {}) {
  async function launch(url: string, interactive: boolean): Promise<string> {
    const opened = await fetch(url, { redirect: 'manual' });
    if (opened.status === 302) return opened.headers.get('location')!; // a returning user
    if (!interactive) throw new Error('User interaction required.');
    onConsentWindow();
    const requestId = consentRequestId(await opened.text());
    // An error page (bad redirect, unknown client): all the user can do is close the window.
    if (!requestId) throw new Error('The user did not approve access.');
    const res = await fetch(new URL('/oauth/authorize/decision', sim.baseUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ request_id: requestId, decision }),
      redirect: 'manual',
    });
    return res.headers.get('location')!;
  }
  const tokens = createTokenService({ loadSettings: async () => settings(), redirectUri: DEFAULT_REDIRECT_URI, launchWebAuthFlow: launch });
  const api = createZoomApi({ tokens });
  return { tokens, api, meetings: createMeetingService({ tokens, api, loadSettings: async () => settings() }) };
}

/** A profile as new: storage areas emptied and no Zoom grant (kept in IndexedDB, which fakeBrowser leaves alone). */
export async function freshProfile(): Promise<void> {
  fakeBrowser.reset();
  await connectionItem.setValue(null);
}

import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createTokenService } from '@/utils/worker/auth/token-service';
import { frameAlive, injectPart, syncContentScripts, type FrameTarget } from '@/utils/worker/registration/content-scripts';
import { pageCatalog } from '@/utils/worker/messages/locale-catalog';
import { route } from '@/utils/worker/messages/router';
import { testConnection } from '@/utils/worker/diagnostics/test-connection';
import { createMeetingService } from '@/utils/worker/meetings/meeting-service';
import { forgetSettings, loadEffectiveSettings, loadSettings, settingsItem } from '@/utils/shared/settings/settings-storage';
import { createZoomApi } from '@/utils/worker/zoom/api';
import { clearZoomCaches } from '@/utils/worker/zoom/session-cache';
import { ATTENTION_ALARM, createAttentionBadge } from '@/utils/worker/badge/attention-badge';
import { onRecordsChanged, openAttempts, recentMeetings } from '@/utils/worker/meetings/meeting-records';
import { browserTranslate } from '@/utils/shared/browser-translate';
import { signedInEmail } from '@/utils/worker/auth/account';
import type { ZoomConnection } from '@/utils/worker/auth/connection';

// Wiring only: services live in utils/. Listeners are registered synchronously at top level so a
// worker woken by an event finds them.
export default defineBackground(() => {
  const tokens = createTokenService({
    loadSettings,
    redirectUri: browser.identity.getRedirectURL(),
    launchWebAuthFlow: (url, interactive) => browser.identity.launchWebAuthFlow({ url, interactive }),
  });
  const api = createZoomApi({ tokens });
  const meetings = createMeetingService({ tokens, api, loadSettings });
  const redirectUri = browser.identity.getRedirectURL();
  const routerDeps = {
    testConnection: () =>
      testConnection({ loadEffectiveSettings, hasOrigin: (origin) => browser.permissions.contains({ origins: [origin] }), tokens, api, redirectUri }),
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    loadSettings,
    meetings,
    tokens,
    accountEmail: (connection: ZoomConnection) => signedInEmail({ scopes: connection.scopes, owner: connection.grantId ?? connection.apiBase }, api.me),
    injectPart: (target: FrameTarget) => injectPart(browser, target),
    frameAlive: (target: FrameTarget) => frameAlive(browser, target),
    catalog: (lang: 'en' | 'ja') => pageCatalog(lang, (path) => browser.runtime.getURL(path as '/')),
  };

  browser.runtime.onMessage.addListener((message, sender) => route(message, sender, routerDeps));

  // The toolbar badge counts meetings that need attention, read from the records: on every
  // change, on every worker start, and when an unsaved meeting turns orphan by time.
  const badge = createAttentionBadge({
    action: browser.action,
    alarms: browser.alarms,
    read: async () => ({ meetings: await recentMeetings(Infinity), attempts: await openAttempts() }),
    t: browserTranslate,
  });
  onRecordsChanged(() => void badge.refresh());
  browser.alarms.onAlarm.addListener((alarm) => alarm.name === ATTENTION_ALARM && void badge.refresh());
  void badge.refresh();

  const sync = () => loadSettings().then((s) => syncContentScripts(browser, s.ontimeAddresses)).catch(console.error);
  browser.runtime.onInstalled.addListener(sync);
  browser.runtime.onStartup.addListener(sync);
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
  const settingsChanged = () => {
    forgetSettings();
    sync();
    tokens.dropIfForeign().catch(console.error);
    // Zoom data read for one Client ID or domain is not shown under another.
    clearZoomCaches().catch(console.error);
  };
  settingsItem.watch(settingsChanged);
  // A policy pushed or changed by the administrator while the browser runs.
  browser.storage.onChanged.addListener((_, area) => area === 'managed' && settingsChanged());

  // The Zoom grant is in the extension's IndexedDB (utils/worker/auth/connection.ts), out of every
  // content script's reach; storage.local (settings, records) is closed to them too where the browser allows it.
  const local = browser.storage.local as { setAccessLevel?: (o: { accessLevel: string }) => Promise<void> };
  local.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' }).catch(() => undefined);
});

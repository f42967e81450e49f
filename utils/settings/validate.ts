import type { Settings, ZoomDomain } from './types';

/** A validation problem: the settings field and a message key for _locales. */
export interface SettingsProblem {
  field: keyof Settings;
  messageKey: string;
  value?: string;
}

// Zoom Client IDs are short alphanumeric strings (with _ and -); anything else is a paste error.
const CLIENT_ID = /^[A-Za-z0-9_-]{8,64}$/;
const DOMAINS: readonly ZoomDomain[] = ['zoom.us', 'zoomgov.com', 'custom'];

export function isLoopbackHost(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127(\.\d{1,3}){3}$/.test(hostname);
}

/** A custom Zoom base must be https, or http on loopback only (the simulator). */
export function parseZoomBase(value: string): URL | null {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return null;
  }
  if (url.username || url.password || url.search || url.hash) return null;
  if (url.protocol === 'https:') return url;
  if (url.protocol === 'http:' && isLoopbackHost(url.hostname)) return url;
  return null;
}

/** An OnTime address is any http(s) URL without credentials, query or fragment. */
export function parseOnTimeAddress(value: string): URL | null {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username || url.password || !url.hostname) return null;
  url.search = '';
  url.hash = '';
  return url;
}

/** Trims and normalises raw form input; returns the clean settings or the problems found. */
export function normaliseSettings(
  input: Settings,
): { ok: true; settings: Settings } | { ok: false; problems: SettingsProblem[] } {
  const problems: SettingsProblem[] = [];
  const clientId = input.clientId.trim();
  if (!CLIENT_ID.test(clientId)) problems.push({ field: 'clientId', messageKey: 'err_clientIdInvalid' });
  if (!DOMAINS.includes(input.zoomDomain)) problems.push({ field: 'zoomDomain', messageKey: 'err_zoomDomainInvalid' });

  let customOAuthBase = '';
  let customApiBase = '';
  if (input.zoomDomain === 'custom') {
    const oauth = parseZoomBase(input.customOAuthBase);
    const api = parseZoomBase(input.customApiBase);
    if (!oauth) problems.push({ field: 'customOAuthBase', messageKey: 'err_zoomBaseInvalid', value: input.customOAuthBase });
    if (!api) problems.push({ field: 'customApiBase', messageKey: 'err_zoomBaseInvalid', value: input.customApiBase });
    customOAuthBase = oauth ? stripTrailingSlash(oauth.href) : '';
    customApiBase = api ? stripTrailingSlash(api.href) : '';
  }

  const ontimeAddresses: string[] = [];
  for (const line of input.ontimeAddresses) {
    if (!line.trim()) continue;
    const url = parseOnTimeAddress(line);
    if (!url) problems.push({ field: 'ontimeAddresses', messageKey: 'err_ontimeAddressInvalid', value: line.trim() });
    else if (!ontimeAddresses.includes(url.href)) ontimeAddresses.push(url.href);
  }

  if (problems.length) return { ok: false, problems };
  return { ok: true, settings: { clientId, zoomDomain: input.zoomDomain, customOAuthBase, customApiBase, ontimeAddresses } };
}

function stripTrailingSlash(href: string): string {
  return href.endsWith('/') ? href.slice(0, -1) : href;
}

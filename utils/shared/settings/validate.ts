import { OVERRIDE_KEYS, type PageOverrides } from '@/utils/shared/settings/types';
import type { LinkTarget, Settings, ZoomDomain } from '@/utils/shared/settings/types';

/** A validation problem: the settings field and a message key for _locales. */
export interface SettingsProblem {
  field: keyof Settings;
  messageKey: string;
  value?: string;
}

// Zoom Client IDs are short alphanumeric strings (with _ and -); anything else is a paste error.
const CLIENT_ID = /^[A-Za-z0-9_-]{8,64}$/;
const DOMAINS: readonly ZoomDomain[] = ['zoom.us', 'zoomgov.com', 'custom'];
const LINK_TARGETS: readonly LinkTarget[] = ['location', 'body', 'both', 'bothOrBody'];

export function isLoopbackHost(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127(\.\d{1,3}){3}$/.test(hostname);
}

function parseUrl(value: string): URL | null {
  try {
    return new URL(value.trim());
  } catch {
    return null;
  }
}

/** https, or http on loopback only (the simulator, local tests). */
function isSecureOrLoopback(url: URL): boolean {
  return url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.hostname));
}

/** A custom Zoom base must be https, or http on loopback only (the simulator). */
export function parseZoomBase(value: string): URL | null {
  const url = parseUrl(value);
  if (!url || url.username || url.password || url.search || url.hash) return null;
  return isSecureOrLoopback(url) ? url : null;
}

/** The relay page Zoom redirects to: https (or loopback http), no fragment. */
export function parseRelayUrl(value: string): URL | null {
  const url = parseUrl(value);
  if (!url || url.username || url.password || url.hash) return null;
  return isSecureOrLoopback(url) ? url : null;
}

/** An OnTime address is any http(s) URL without credentials, query or fragment. */
export function parseOnTimeAddress(value: string): URL | null {
  const url = parseUrl(value);
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) return null;
  if (url.username || url.password || !url.hostname) return null;
  url.search = '';
  url.hash = '';
  return url;
}

export type SelectorCheck = (selector: string) => boolean;

/** Checks and trims raw settings input; returns the clean settings or every problem found. */
export function normaliseSettings(
  input: Settings,
  isSelector: SelectorCheck = () => true,
): { ok: true; settings: Settings } | { ok: false; problems: SettingsProblem[] } {
  const problems: SettingsProblem[] = [];
  const clientId = String(input.clientId ?? '').trim();
  if (!CLIENT_ID.test(clientId)) problems.push({ field: 'clientId', messageKey: 'err_clientIdInvalid' });
  if (!DOMAINS.includes(input.zoomDomain)) problems.push({ field: 'zoomDomain', messageKey: 'err_zoomDomainInvalid' });

  let customOAuthBase = '';
  let customApiBase = '';
  if (input.zoomDomain === 'custom') {
    const oauth = parseZoomBase(input.customOAuthBase ?? '');
    const api = parseZoomBase(input.customApiBase ?? '');
    if (!oauth) problems.push({ field: 'customOAuthBase', messageKey: 'err_zoomBaseInvalid', value: input.customOAuthBase });
    if (!api) problems.push({ field: 'customApiBase', messageKey: 'err_zoomBaseInvalid', value: input.customApiBase });
    customOAuthBase = oauth ? stripTrailingSlash(oauth.href) : '';
    customApiBase = api ? stripTrailingSlash(api.href) : '';
  }

  const ontimeAddresses: string[] = [];
  for (const line of input.ontimeAddresses ?? []) {
    if (!String(line).trim()) continue;
    const url = parseOnTimeAddress(String(line));
    if (!url) problems.push({ field: 'ontimeAddresses', messageKey: 'err_ontimeAddressInvalid', value: String(line).trim() });
    else if (!ontimeAddresses.includes(url.href)) ontimeAddresses.push(url.href);
  }

  const linkTarget = input.linkTarget ?? 'both';
  if (!LINK_TARGETS.includes(linkTarget)) problems.push({ field: 'linkTarget', messageKey: 'err_linkTargetInvalid' });

  const selectorOverrides: PageOverrides = {};
  for (const [key, raw] of Object.entries(input.selectorOverrides ?? {})) {
    const selector = typeof raw === 'string' ? raw.trim() : '';
    if (!selector) continue;
    if (!(OVERRIDE_KEYS as readonly string[]).includes(key) || !isSelector(selector)) {
      problems.push({ field: 'selectorOverrides', messageKey: 'err_selectorInvalid', value: `${key}: ${selector}` });
    } else selectorOverrides[key as keyof PageOverrides] = selector;
  }

  let relayRedirectUrl = '';
  if (String(input.relayRedirectUrl ?? '').trim()) {
    const relay = parseRelayUrl(input.relayRedirectUrl);
    if (!relay) problems.push({ field: 'relayRedirectUrl', messageKey: 'err_relayInvalid', value: input.relayRedirectUrl });
    else relayRedirectUrl = relay.href;
  }

  if (problems.length) return { ok: false, problems };
  return {
    ok: true,
    settings: { clientId, zoomDomain: input.zoomDomain, customOAuthBase, customApiBase, ontimeAddresses, linkTarget, selectorOverrides, relayRedirectUrl },
  };
}

function stripTrailingSlash(href: string): string {
  return href.endsWith('/') ? href.slice(0, -1) : href;
}

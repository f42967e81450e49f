import { OVERRIDE_KEYS, type PageOverrides } from '@/utils/shared/settings/types';
import type { LinkTarget, Settings, ZoomDomain } from '@/utils/shared/settings/types';
import { isLoopbackHost, isSecureOrLoopback, parseUrl, parseZoomBase } from '@/utils/shared/settings/zoom-base';

// Kept here too: the options page and the worker import them with the other rules.
export { isLoopbackHost, parseZoomBase };

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

/** The relay page Zoom redirects to: https (or loopback http), no fragment. */
export function parseRelayUrl(value: string): URL | null {
  const url = parseUrl(value);
  if (!url || url.username || url.password || url.hash) return null;
  return isSecureOrLoopback(url) ? url : null;
}

/** An OnTime address is any http(s) URL without credentials, query, fragment or wildcard. */
const MAX_ONTIME_ADDRESSES = 100;

export function parseOnTimeAddress(value: string): URL | null {
  if (hasWildcard(value)) return null;
  const url = parseUrl(value);
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) return null;
  if (url.username || url.password || !url.hostname) return null;
  // %2a decodes to "*" in the host: the same wildcard, written so the raw check misses it.
  if (url.hostname.includes('*')) return null;
  url.search = '';
  url.hash = '';
  return url;
}

// A "*" in the scheme or host, as in https://*.example.com or *://x: as a match pattern it would
// ask for every site, so it is never an OnTime address.
export function hasWildcard(value: string): boolean {
  const text = value.trim();
  const schemeEnd = text.indexOf('://');
  const authorityEnd = text.slice(schemeEnd < 0 ? 0 : schemeEnd + 3).search(/[/?#]/);
  const head = authorityEnd < 0 ? text : text.slice(0, (schemeEnd < 0 ? 0 : schemeEnd + 3) + authorityEnd);
  return head.includes('*');
}

export type SelectorCheck = (selector: string) => boolean;

// Without a DOM (the service worker) a selector cannot be parsed; these rule out what is not one.
const MAX_SELECTOR = 1000;
/** A selector that could be one: short, one line, no style block. The page still tries it safely. */
export function isPlausibleSelector(selector: string): boolean {
  return selector.length <= MAX_SELECTOR && !/[{}\u0000-\u001f\u007f]/.test(selector);
}

/** One setting's value after its rule: the clean value, or the problems that refuse it. */
export interface Checked<T> {
  value: T;
  problems: SettingsProblem[];
}

const accept = <T>(value: T): Checked<T> => ({ value, problems: [] });
const refuse = <T>(value: T, field: keyof Settings, messageKey: string, raw?: unknown): Checked<T> => ({
  value,
  problems: [{ field, messageKey, ...(raw === undefined ? {} : { value: shown(raw) }) }],
});

/** A raw value as a problem message shows it. */
function shown(raw: unknown): string {
  if (typeof raw === 'string') return raw.trim();
  try {
    return JSON.stringify(raw) ?? String(raw);
  } catch {
    return String(raw);
  }
}

function zoomBase(field: 'customOAuthBase' | 'customApiBase') {
  return (raw: unknown): Checked<string> => {
    if (typeof raw !== 'string') return refuse('', field, 'err_zoomBaseInvalid', raw);
    if (!raw.trim()) return accept('');
    const url = parseZoomBase(raw);
    return url ? accept(stripTrailingSlash(url.href)) : refuse('', field, 'err_zoomBaseInvalid', raw);
  };
}

/**
 * The rule of each setting, shared by the options form, the policy and the stored settings. An
 * empty text is a valid "not set" here; the form adds what it requires on top.
 */
export const SETTING_RULES: { [K in keyof Settings]: (raw: unknown, isSelector: SelectorCheck) => Checked<Settings[K]> } = {
  clientId(raw) {
    if (typeof raw !== 'string') return refuse('', 'clientId', 'err_clientIdInvalid');
    const clientId = raw.trim();
    return !clientId || CLIENT_ID.test(clientId) ? accept(clientId) : refuse('', 'clientId', 'err_clientIdInvalid');
  },
  zoomDomain(raw) {
    return DOMAINS.includes(raw as ZoomDomain) ? accept(raw as ZoomDomain) : refuse<ZoomDomain>('zoom.us', 'zoomDomain', 'err_zoomDomainInvalid');
  },
  customOAuthBase: zoomBase('customOAuthBase'),
  customApiBase: zoomBase('customApiBase'),
  ontimeAddresses(raw) {
    if (!Array.isArray(raw)) return refuse([], 'ontimeAddresses', 'err_ontimeAddressesNotList', raw);
    // Each address is a host permission and a content-script match: a few servers, never thousands.
    if (raw.length > MAX_ONTIME_ADDRESSES) return refuse([], 'ontimeAddresses', 'err_ontimeAddressesTooMany', String(raw.length));
    const addresses: string[] = [];
    const seen = new Set<string>();
    const problems: SettingsProblem[] = [];
    for (const line of raw) {
      if (typeof line !== 'string') {
        problems.push(...refuse(null, 'ontimeAddresses', 'err_ontimeAddressInvalid', line).problems);
        continue;
      }
      if (!line.trim()) continue;
      const url = parseOnTimeAddress(line);
      if (!url) problems.push({ field: 'ontimeAddresses', messageKey: hasWildcard(line) || /%2a/i.test(line) ? 'err_ontimeAddressWildcard' : 'err_ontimeAddressInvalid', value: line.trim() });
      else if (!seen.has(url.href)) {
        seen.add(url.href);
        addresses.push(url.href);
      }
    }
    return { value: problems.length ? [] : addresses, problems };
  },
  linkTarget(raw) {
    return LINK_TARGETS.includes(raw as LinkTarget) ? accept(raw as LinkTarget) : refuse<LinkTarget>('both', 'linkTarget', 'err_linkTargetInvalid');
  },
  selectorOverrides(raw, isSelector) {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return refuse({}, 'selectorOverrides', 'err_overridesNotObject', raw);
    const overrides: PageOverrides = {};
    const problems: SettingsProblem[] = [];
    for (const [key, value] of Object.entries(raw)) {
      const selector = typeof value === 'string' ? value.trim() : '';
      if (typeof value === 'string' && !selector) continue;
      if (!(OVERRIDE_KEYS as readonly string[]).includes(key) || !selector || !isSelector(selector)) {
        problems.push({ field: 'selectorOverrides', messageKey: 'err_selectorInvalid', value: `${key}: ${typeof value === 'string' ? selector : shown(value)}` });
      } else overrides[key as keyof PageOverrides] = selector;
    }
    return { value: problems.length ? {} : overrides, problems };
  },
  relayRedirectUrl(raw) {
    if (typeof raw !== 'string') return refuse('', 'relayRedirectUrl', 'err_relayInvalid', raw);
    if (!raw.trim()) return accept('');
    const relay = parseRelayUrl(raw);
    return relay ? accept(relay.href) : refuse('', 'relayRedirectUrl', 'err_relayInvalid', raw);
  },
};

/** Checks and trims the options form's input; returns the clean settings or every problem found. */
export function normaliseSettings(
  input: Settings,
  isSelector: SelectorCheck = isPlausibleSelector,
): { ok: true; settings: Settings } | { ok: false; problems: SettingsProblem[] } {
  const problems: SettingsProblem[] = [];
  const take = <K extends keyof Settings>(key: K, raw: unknown): Settings[K] => {
    const checked = SETTING_RULES[key](raw, isSelector);
    problems.push(...checked.problems);
    return checked.value;
  };

  const clientId = take('clientId', String(input.clientId ?? ''));
  // The form needs a Client ID; a policy or stored value may leave it unset.
  if (!clientId && !problems.length) problems.push({ field: 'clientId', messageKey: 'err_clientIdInvalid' });
  const zoomDomain = take('zoomDomain', input.zoomDomain);

  let customOAuthBase = '';
  let customApiBase = '';
  if (input.zoomDomain === 'custom') {
    // Both bases are required with a custom domain.
    for (const key of ['customOAuthBase', 'customApiBase'] as const) {
      const raw = input[key] ?? '';
      if (!raw.trim()) problems.push({ field: key, messageKey: 'err_zoomBaseInvalid', value: raw });
      const value = take(key, raw);
      if (key === 'customOAuthBase') customOAuthBase = value;
      else customApiBase = value;
    }
  }

  const ontimeAddresses = take('ontimeAddresses', (input.ontimeAddresses ?? []).map(String));
  const linkTarget = take('linkTarget', input.linkTarget ?? 'both');
  const selectorOverrides = take('selectorOverrides', input.selectorOverrides ?? {});
  const relayRedirectUrl = take('relayRedirectUrl', String(input.relayRedirectUrl ?? ''));

  if (problems.length) return { ok: false, problems };
  return { ok: true, settings: { clientId, zoomDomain, customOAuthBase, customApiBase, ontimeAddresses, linkTarget, selectorOverrides, relayRedirectUrl } };
}

function stripTrailingSlash(href: string): string {
  return href.endsWith('/') ? href.slice(0, -1) : href;
}

import type { Settings } from '@/utils/shared/settings/types';
import { isLoopbackHost, parseZoomBase } from '@/utils/shared/settings/zoom-base';
import { isInZoomFamily, isZoomHost } from '@/utils/shared/zoom-hosts';

/** The admin's choice of Zoom cloud, which decides where a join link may point. */
export type JoinUrlRule = Pick<Settings, 'zoomDomain' | 'customOAuthBase' | 'customApiBase'>;

export type JoinUrlProblem = 'notText' | 'malformed' | 'scheme' | 'credentials' | 'host' | 'path';

export type JoinUrlCheck = { ok: true; joinUrl: string; id: number } | { ok: false; problem: JoinUrlProblem };

// Zoom's links are short; anything longer is not one of them.
const MAX_LENGTH = 2048;
// A meeting link is /j/<meeting number>; Zoom's meeting numbers have 9 to 12 digits. Webinar (/w/),
// start (/s/) and vanity (/my/) links are never the answer to creating a meeting, so they are refused.
const MEETING_PATH = /^\/j\/(\d{9,12})$/;
// Whitespace, controls and backslashes: URL parsing would silently drop or reinterpret them, so the
// text in the event would not be the link we checked.
const UNSAFE_CHARS = /[\s\u0000-\u001f\u007f-\u009f\\]/;

/** Hosts (with port) of the configured custom Zoom bases, when they pass the custom base rules. */
function customHosts(rule: JoinUrlRule): URL[] {
  return [rule.customOAuthBase, rule.customApiBase].map((base) => (base ? parseZoomBase(base) : null)).filter((url): url is URL => !!url);
}

/** Why the link's scheme or host is outside the admin's choice; null when it is inside. */
function originProblem(url: URL, rule: JoinUrlRule): 'scheme' | 'host' | null {
  if (rule.zoomDomain === 'custom') {
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopbackHost(url.hostname))) return 'scheme';
    return customHosts(rule).some((base) => base.protocol === url.protocol && base.host === url.host) ? null : 'host';
  }
  if (url.protocol !== 'https:') return 'scheme';
  return url.port === '' && isInZoomFamily(url.hostname, rule.zoomDomain) ? null : 'host';
}

/**
 * Whether Zoom's `join_url` may be written into the event and used as a link: https on the chosen
 * Zoom domain family (or exactly the configured custom host), no credentials or fragment, and a
 * numeric meeting path. Returns the link as URL parsing normalises it (lower-case host).
 */
export function checkJoinUrl(raw: unknown, rule: JoinUrlRule): JoinUrlCheck {
  if (typeof raw !== 'string' || !raw) return { ok: false, problem: 'notText' };
  if (raw.length > MAX_LENGTH || UNSAFE_CHARS.test(raw)) return { ok: false, problem: 'malformed' };
  // The scheme must be spelled out with its slashes: "https:zoom.us/j/1" parses, but is not a link.
  if (!/^https?:\/\//i.test(raw)) return { ok: false, problem: 'scheme' };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, problem: 'malformed' };
  }
  if (url.username || url.password) return { ok: false, problem: 'credentials' };
  if (url.hash) return { ok: false, problem: 'malformed' };
  const problem = originProblem(url, rule);
  if (problem) return { ok: false, problem };
  const id = MEETING_PATH.exec(url.pathname)?.[1];
  if (!id) return { ok: false, problem: 'path' };
  return { ok: true, joinUrl: url.href, id: Number(id) };
}

/**
 * Whether a link found in an event points at Zoom: https on zoom.us or zoomgov.com (the page does
 * not know which cloud the admin chose; OnTime's own integration may have written either), or
 * one of the configured custom hosts, over http only on loopback.
 */
export function isZoomLink(url: URL, extraHosts: readonly string[] = []): boolean {
  if (url.username || url.password) return false;
  if (extraHosts.includes(url.hostname)) return url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.hostname));
  return url.protocol === 'https:' && isZoomHost(url.hostname);
}

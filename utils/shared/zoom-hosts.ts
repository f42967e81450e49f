/** The Zoom clouds an admin can choose; each is a domain and its subdomains. */
export type ZoomFamily = 'zoom.us' | 'zoomgov.com';

/**
 * True when `hostname` (as URL parsing gives it: lower-case, punycode) is the family's domain or
 * one of its subdomains. A trailing dot or a look-alike suffix (zoom.us.evil.example) is not.
 */
export function isInZoomFamily(hostname: string, family: ZoomFamily): boolean {
  return hostname === family || hostname.endsWith(SUBDOMAIN_SUFFIX[family]);
}

const SUBDOMAIN_SUFFIX: Record<ZoomFamily, string> = { 'zoom.us': '.zoom.us', 'zoomgov.com': '.zoomgov.com' };

/**
 * Zoom's own hosts (zoom.us, zoomgov.com and their subdomains), plus the configured custom host.
 * `hostname` as URL parsing gives it: lower-case.
 */
export function isZoomHost(hostname: string, extraHosts: readonly string[] = []): boolean {
  return isInZoomFamily(hostname, 'zoom.us') || isInZoomFamily(hostname, 'zoomgov.com') || extraHosts.includes(hostname);
}

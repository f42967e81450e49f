/** Zoom's own hosts (zoom.us, zoomgov.com and their subdomains), plus the configured custom host. */
export function isZoomHost(hostname: string, extraHosts: readonly string[] = []): boolean {
  return /(^|\.)(zoom\.us|zoomgov\.com)$/i.test(hostname) || extraHosts.includes(hostname);
}

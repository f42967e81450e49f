// The URL rules a content script needs too (join-url.ts), apart from the rest of validate.ts so
// that the content script does not carry every settings rule.

export function isLoopbackHost(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127(\.\d{1,3}){3}$/.test(hostname);
}

export function parseUrl(value: string): URL | null {
  try {
    return new URL(value.trim());
  } catch {
    return null;
  }
}

/** https, or http on loopback only (the simulator, local tests). */
export function isSecureOrLoopback(url: URL): boolean {
  return url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.hostname));
}

/** A custom Zoom base must be https, or http on loopback only (the simulator). */
export function parseZoomBase(value: string): URL | null {
  const url = parseUrl(value);
  if (!url || url.username || url.password || url.search || url.hash) return null;
  return isSecureOrLoopback(url) ? url : null;
}

import { parseOnTimeAddress } from '@/utils/shared/settings/validate';

/**
 * Match pattern for the content script: the address's host and path, any port.
 * Ports are left out because match patterns in Firefox cannot carry them; the path keeps the
 * script off other apps on the same host.
 */
export function contentMatchPattern(address: string): string | null {
  const url = parseOnTimeAddress(address);
  if (!url) return null;
  const path = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  return `${url.protocol}//${url.hostname}${path}*`;
}

/** Host permission needed for an address (permissions are per origin, not per path). */
export function originPattern(address: string): string | null {
  const url = parseOnTimeAddress(address);
  return url ? `${url.protocol}//${url.hostname}/*` : null;
}

/** True when a page URL lies under one of the configured OnTime addresses. */
export function isOnTimeUrl(pageUrl: string | undefined, addresses: readonly string[]): boolean {
  if (!pageUrl) return false;
  let page: URL;
  try {
    page = new URL(pageUrl);
  } catch {
    return false;
  }
  return addresses.some((address) => {
    const base = parseOnTimeAddress(address);
    if (!base || base.origin !== page.origin) return false;
    const dir = base.pathname.endsWith('/') ? base.pathname : `${base.pathname}/`;
    return page.pathname === dir.slice(0, -1) || page.pathname.startsWith(dir);
  });
}

/** Whether this browser lets us run on each address: its origin's host permission is granted. */
export async function grantedAddresses(addresses: readonly string[], hasOrigin: (origin: string) => Promise<boolean>): Promise<Map<string, boolean>> {
  const entries = await Promise.all(
    addresses.map(async (address) => {
      const origin = originPattern(address);
      return [address, !!origin && (await hasOrigin(origin))] as const;
    }),
  );
  return new Map(entries);
}

// Opaque next_page_token values, as Zoom's list endpoints hand them out: bound to the list's type.
export function encodePageToken(type: string, offset: number): string {
  return Buffer.from(JSON.stringify({ t: type, o: offset })).toString('base64url');
}

/** The offset a token stands for, or undefined for a forged token or one of another list type. */
export function decodePageToken(token: string, type: string): number | undefined {
  try {
    const value = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as { t?: unknown; o?: unknown };
    return value.t === type && typeof value.o === 'number' && Number.isInteger(value.o) && value.o >= 0 ? value.o : undefined;
  } catch {
    return undefined;
  }
}

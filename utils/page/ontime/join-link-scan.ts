/**
 * Finds what look like Zoom join links in free text, in one pass.
 *
 * It yields exactly what the former pattern
 *   /https?:\/\/[^\s"'<>]+?\/(?:j|w|s|my)\/[\w.-]+(?:\?[^\s"'<>]*)?/gi
 * matched, without its backtracking: that pattern re-read the rest of a long token for every
 * "http://" inside it, which took seconds on a long body. Here a token whose start found no link
 * is skipped whole, because every later start inside it would search the same characters.
 */

const SLASH = 0x2f;
const isLetter = (code: number) => (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
/** The character's code, lower-cased when it is an ASCII letter. */
const lower = (text: string, at: number) => text.charCodeAt(at) | 0x20;

// ASCII characters by class: 1 = holds a link ([^\s"'<>]), 2 = also a path character ([\w.-]).
const ASCII_CLASS = new Uint8Array(128);
for (let code = 0x21; code < 0x7f; code++) ASCII_CLASS[code] = 1;
for (const char of '"\'<>') ASCII_CLASS[char.charCodeAt(0)] = 0;
for (const char of '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_.-') ASCII_CLASS[char.charCodeAt(0)] = 2;
// Controls other than \t \n \v \f \r are not \s, so a link may hold them.
for (let code = 0; code < 0x20; code++) if (code < 0x09 || code > 0x0d) ASCII_CLASS[code] = 1;

/** \s beyond ASCII in JavaScript: NBSP, BOM, and Unicode space separators. */
function isUnicodeSpace(code: number): boolean {
  return code === 0xa0 || code === 0xfeff || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000;
}

/** The first character at or after `at` that no link holds (whitespace, quotes, <, >), or the text's length. */
function linkEnd(text: string, at: number): number {
  for (; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code < 128 ? ASCII_CLASS[code] === 0 : isUnicodeSpace(code)) return at;
  }
  return at;
}

/** The first character at or after `at` outside [\w.-], or the text's length. */
function pathEnd(text: string, at: number): number {
  while (at < text.length && text.charCodeAt(at) < 128 && ASCII_CLASS[text.charCodeAt(at)] === 2) at++;
  return at;
}

/** "/j/", "/w/", "/s/" or "/my/" with a path character after it. Fixed length: it cannot backtrack. */
const LINK_PATH = /\/(?:j|w|s|my)\/[\w.-]/gi;

/** Where "http" or "https" (any case) ends right before `colon`, not earlier than `from`; else -1. */
function schemeStart(text: string, colon: number, from: number): number {
  let start = colon - 4;
  if (lower(text, colon - 1) === 0x73) start--; // s
  if (start < from) return -1;
  // h t t p
  return lower(text, start) === 0x68 && lower(text, start + 1) === 0x74 && lower(text, start + 2) === 0x74 && lower(text, start + 3) === 0x70 ? start : -1;
}

/** Every candidate join link in `text`, left to right, as the former pattern matched them. */
export function* joinLinkCandidates(text: string): Generator<string> {
  // Positions only grow during a scan, so a result is searched again only once it lies behind.
  let tokenEnd = -1;
  let path = { index: -1, length: 0 };
  let from = 0;
  for (;;) {
    const colon = text.indexOf('://', from);
    if (colon < 0) return;
    const start = schemeStart(text, colon, from);
    if (start < 0) {
      from = colon + 1;
      continue;
    }
    // The former pattern's lazy host: the first link path after at least one character, inside
    // the same run of link characters.
    if (tokenEnd < colon + 3) tokenEnd = linkEnd(text, colon + 3);
    if (path.index < colon + 4 && path.index < text.length) {
      LINK_PATH.lastIndex = colon + 4;
      const match = LINK_PATH.exec(text);
      path = match ? { index: match.index, length: match[0].length } : { index: text.length, length: 0 };
    }
    if (path.index >= tokenEnd) {
      // No link from this start, so none from any later start inside the same token either.
      from = Math.max(tokenEnd, colon + 1);
      continue;
    }
    let end = pathEnd(text, path.index + path.length);
    if (text.charCodeAt(end) === 0x3f) end = tokenEnd; // "?" and the query, to the end of the token
    yield text.slice(start, end);
    from = end;
  }
}

/**
 * The host URL parsing gives a candidate, read without parsing, when that is certain: plain
 * ASCII letters, digits, dots and hyphens, ending in a name rather than a number. Otherwise null:
 * percent-escapes, non-ASCII, credentials or an IP address need the full parser.
 */
export function plainHost(candidate: string): string | null {
  const hostStart = candidate.indexOf('://') + 3;
  let end = hostStart;
  let labelStart = hostStart;
  for (; end < candidate.length; end++) {
    const code = candidate.charCodeAt(end);
    if (code === 0x2e) labelStart = end + 1;
    else if (!(isLetter(code) || (code >= 0x30 && code <= 0x39) || code === 0x2d)) break;
  }
  const next = candidate.charCodeAt(end);
  if (end === hostStart || (next !== SLASH && next !== 0x3a)) return null; // "/" or ":port" ends a plain host
  // A last label that starts with a digit may be read as an IPv4 number (127.1, 0x7f.1).
  if (labelStart === end || !isLetter(candidate.charCodeAt(labelStart))) return null;
  return candidate.slice(hostStart, end).toLowerCase();
}

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

// The scan moves these patterns' lastIndex forward only, and each matches a fixed number of
// characters, so nothing backtracks and the whole pass is linear. They run in the engine's native
// code, which reads a long token many times faster than a loop in JavaScript would.
/** A character no link holds: whitespace, quotes, angle brackets. */
const LINK_BREAK = /[\s"'<>]/g;
/** "/j/", "/w/", "/s/" or "/my/" (any case) with a path character after it. */
const LINK_PATH = /\/(?:j|w|s|my)\/[\w.-]/gi;
/** The first character after a path segment. */
const PATH_END = /[^\w.-]/g;
/** The first character that cannot be in a plain host name. */
const NOT_PLAIN_HOST = /[^A-Za-z0-9.-]/g;

/** Index of the first character at or after `at` that a one-character `pattern` matches, or the text's length. */
function nextMatch(text: string, pattern: RegExp, at: number): number {
  pattern.lastIndex = at;
  // test() moves lastIndex past the match without building a match array.
  return pattern.test(text) ? pattern.lastIndex - 1 : text.length;
}

/** Where "http" or "https" (any case) ends right before `colon`, not earlier than `from`; else -1. */
function schemeStart(text: string, colon: number, from: number): number {
  let start = colon - 4;
  if (lower(text, colon - 1) === 0x73) start--; // s
  if (start < from) return -1;
  // h t t p
  return lower(text, start) === 0x68 && lower(text, start + 1) === 0x74 && lower(text, start + 2) === 0x74 && lower(text, start + 3) === 0x70 ? start : -1;
}

/**
 * Every candidate join link in `text`, left to right, as the former pattern matched them.
 *
 * With a `hint` (a global pattern), a run of link characters where the hint does not occur after
 * "://" is passed over whole: it yields nothing, and what follows it is scanned exactly as before,
 * because no candidate spans two runs.
 */
export function* joinLinkCandidates(text: string, hint?: RegExp): Generator<string> {
  // Searches only ever move forward: a result still ahead of the current position is reused.
  let tokenEnd = -1;
  let pathAt = -1;
  let pathEnd = 0;
  let hintAt = hint ? -1 : 0;
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
    if (tokenEnd < colon + 3) tokenEnd = nextMatch(text, LINK_BREAK, colon + 3);
    if (pathAt < colon + 4 && pathAt < text.length) {
      LINK_PATH.lastIndex = colon + 4;
      if (LINK_PATH.test(text)) {
        pathEnd = LINK_PATH.lastIndex;
        // "/j/x" is 4 characters, "/my/x" 5: tell them apart without a match array.
        pathAt = pathEnd - (text.charCodeAt(pathEnd - 4) === SLASH ? 4 : 5);
      } else pathAt = pathEnd = text.length;
    }
    if (pathAt >= tokenEnd) {
      // No link from this start, so none from any later start inside the same token either:
      // they would search the same characters.
      from = Math.max(tokenEnd, colon + 1);
      continue;
    }
    // Checked after the path, which is usually far ahead and so costs nothing to check again.
    if (hint && hintAt < colon + 3 && hintAt < text.length) {
      hint.lastIndex = colon + 3;
      hintAt = hint.exec(text)?.index ?? text.length;
    }
    if (hint && hintAt >= tokenEnd) {
      from = Math.max(tokenEnd, colon + 1); // nothing the caller wants in this token
      continue;
    }
    let end = nextMatch(text, PATH_END, pathEnd);
    if (text.charCodeAt(end) === 0x3f) end = tokenEnd; // "?" and the query run to the end of the token
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
  // Every candidate starts with http:// or https://.
  const hostStart = candidate.charCodeAt(4) === 0x3a ? 7 : 8;
  const end = nextMatch(candidate, NOT_PLAIN_HOST, hostStart);
  const next = candidate.charCodeAt(end);
  if (end === hostStart || (next !== SLASH && next !== 0x3a)) return null; // "/" or ":port" ends a plain host
  // A last label that starts with a digit may be read as an IPv4 number (127.1, 0x7f.1).
  const dot = candidate.lastIndexOf('.', end - 1);
  const labelStart = dot < hostStart ? hostStart : dot + 1;
  if (labelStart === end || !isLetter(candidate.charCodeAt(labelStart))) return null;
  return candidate.slice(hostStart, end).toLowerCase();
}

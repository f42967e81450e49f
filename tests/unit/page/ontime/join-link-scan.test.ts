import { describe, expect, it } from 'vitest';
import { joinLinkCandidates } from '@/utils/page/ontime/join-link-scan';
import { findJoinUrl, ZOOM_HOST_HINT } from '@/utils/page/ontime/find-join-url';
import { isZoomLink } from '@/utils/shared/join-url';

// The pattern the scan replaces: the scan must find exactly what it found.
const FORMER = /https?:\/\/[^\s"'<>]+?\/(?:j|w|s|my)\/[\w.-]+(?:\?[^\s"'<>]*)?/gi;
const former = (text: string) => [...text.matchAll(FORMER)].map((m) => m[0]);
const scanned = (text: string) => [...joinLinkCandidates(text)];
const isZoomCandidate = (candidate: string) => {
  try {
    return isZoomLink(new URL(candidate));
  } catch {
    return false;
  }
};

/** A small deterministic generator (mulberry32), so a failing case can be replayed. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Texts built mostly from pieces of links (so that many hold candidates, some of them Zoom links)
// and partly from near misses and the characters that end or bend a link.
const LINKISH = ['https://', 'http://', 'HTTPS://', 'zoom.us', 'us02web.zoom.us', 'zoomgov.com', 'ZOOM.US', 'evil.example', 'zoom.us.evil.example', '/j/', '/J/', '/w/', '/s/', '/my/', '123456789', '81234567890', '?pwd=1', '/', ':', ':443', '@'];
const NOISE = ['http', 's', 'j', 'my', 'm', '.', '-', '_', 'a', ' ', '\n', '"', "'", '<', '>', '\u00a0', '\u3000', '\u2003', '\u007f', '\u0001', '\t', 'é', '#', '?', '\\', '%6F', 'ｚ', '\u00ad'];

function generated(next: () => number): string {
  const length = Math.floor(next() * 30);
  let text = '';
  for (let i = 0; i < length; i++) {
    const pool = next() < 0.7 ? LINKISH : NOISE;
    text += pool[Math.floor(next() * pool.length)];
  }
  return text;
}

/**
 * Best time of ten runs after a warm-up, in ms: the best run is the one least disturbed by other work on the machine.
 * The bounds below catch a scan gone quadratic or backtracking (seconds before the fix), not a slow
 * machine: a quiet one scans these bodies in 5-30 ms, a loaded CI machine in a few times that.
 */
function timeOf(run: () => void): number {
  run();
  let best = Infinity;
  for (let i = 0; i < 10; i++) {
    const started = performance.now();
    run();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

const MB = 1 << 20;
const fill = (unit: string, tail = '') => unit.repeat(Math.ceil((MB - tail.length) / unit.length)).slice(0, MB - tail.length) + tail;
const REAL = 'https://us02web.zoom.us/j/81234567890?pwd=abc';

describe('join link scan', () => {
  it('finds the same candidates as the former pattern, on hand-picked cases', () => {
    const cases = [
      'see https://zoom.us/j/1234567890 now',
      'http://http://zoom.us/j/123456789',
      'HTTPS://ZOOM.US/J/123456789?PWD=x y',
      'https://zoom.us/my/someone',
      'https://x/j/',
      'http:///j/1',
      'https://a/b/s/c?d"e',
      'xhttps://zoom.us/w/1.2-3_4',
      '<https://zoom.us/j/1>https://zoomgov.com/j/2',
      'https://zoom.us/x/j/123456789/tail?q',
    ];
    for (const text of cases) expect(scanned(text), text).toEqual(former(text));
  });

  it('finds the same candidates as the former pattern, on 5,000 generated texts', () => {
    const next = random(20261202);
    let candidates = 0;
    for (let i = 0; i < 5000; i++) {
      const text = generated(next);
      const expected = former(text);
      expect(scanned(text), JSON.stringify(text)).toEqual(expected);
      candidates += expected.length;
    }
    expect(candidates).toBeGreaterThan(500); // the texts do hold links
  });

  it('with the Zoom host hint, passes over no candidate that is a Zoom link, on 5,000 generated texts', () => {
    const next = random(7);
    let zoomLinks = 0;
    for (let i = 0; i < 5000; i++) {
      const text = generated(next);
      const hinted = [...joinLinkCandidates(text, ZOOM_HOST_HINT)];
      const all = former(text);
      // The hinted candidates are some of the plain scan's, in the same order…
      expect(all.filter((c) => hinted.includes(c)), JSON.stringify(text)).toEqual(hinted);
      // …and every one that is a Zoom link is among them.
      const zoom = all.filter(isZoomCandidate);
      for (const c of zoom) expect(hinted, JSON.stringify(text)).toContain(c);
      zoomLinks += zoom.length;
    }
    expect(zoomLinks).toBeGreaterThan(30); // the texts do hold Zoom links
  });

  it.each([
    ['repeated http://', fill('http://', ` ${REAL}`)],
    ['one long token', fill('a', ` ${REAL}`)],
    ['one long token of link characters and slashes', fill('https://zoom.us/x', ` ${REAL}`)],
    ['many near-miss links on another host', fill('https://evil.example/j/123456789 ', ` ${REAL}`)],
    ['many near-miss links on a look-alike host', fill('https://zoom.us.evil.example/j/123456789 ', ` ${REAL}`)],
    ['many links without a meeting path', fill('https://zoom.us/x/ ', ` ${REAL}`)],
  ])('scans a 1 MB body of %s without freezing the page and still finds the real link at its end', (_, body) => {
    expect(body.length).toBe(MB);
    expect(findJoinUrl(body)).toEqual({ joinUrl: REAL, id: 81234567890 });
    expect(timeOf(() => findJoinUrl(body))).toBeLessThan(250);
  });

  it.each([
    ['percent-escaped hosts', 'http://%/j/1 '],
    ['escaped letters in the host', 'http://a%41/j/1 '],
    ['non-ASCII hosts', 'https://é/j/1 '],
  ])('scans 1 MB of links with %s (each would need a full URL parse) without freezing the page, and finds a real link after them', (_, unit) => {
    const body = fill(unit, ` ${REAL}`);
    expect(findJoinUrl(body)).toEqual({ joinUrl: REAL, id: 81234567890 });
    // Full parses are capped; what is left is the candidate walk (80,000 links): ~25-30 ms here,
    // down from 0.15-2.6 s.
    expect(timeOf(() => findJoinUrl(body))).toBeLessThan(500);
  });

  it('scans 1 MB of repeated http:// without a link without freezing the page', () => {
    const body = fill('http://');
    expect(findJoinUrl(body)).toBeNull();
    expect(timeOf(() => findJoinUrl(body))).toBeLessThan(250);
  });
});

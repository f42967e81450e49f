import { isZoomLink } from '@/utils/shared/join-url';
import { isZoomHost } from '@/utils/shared/zoom-hosts';
import type { Editor } from '@/utils/page/ontime/editor';
import { readValue } from '@/utils/page/ontime/field-values';
import { joinLinkCandidates, plainHost } from '@/utils/page/ontime/join-link-scan';

// A Zoom host ends in zoom.us or zoomgov.com, right before what ends a host in URL parsing
// (: / \ ? #), or reaches it through percent-escapes or non-ASCII characters that parsing maps.
// A token with none of these holds no Zoom link. Fixed length: nothing backtracks.
export const ZOOM_HOST_HINT = /zoom(?:\.us|gov\.com)[:/\\?#]|[%\u0080-\uffff]/gi;

const MAX_FULL_PARSES = 64;

/** The first Zoom join link in `text` (ours, or one OnTime's own integration wrote). */
export function findJoinUrl(text: string, extraHosts: readonly string[] = []): { joinUrl: string; id: number | null } | null {
  if (!text.includes('://')) return null;
  let parses = 0;
  // A custom host has no such mark, so with one every candidate is looked at.
  for (const candidate of joinLinkCandidates(text, extraHosts.length ? undefined : ZOOM_HOST_HINT)) {
    // Most links in a long body are not Zoom's: refuse those without the cost of a full parse.
    const host = plainHost(candidate);
    if (host !== null && !isZoomHost(host, extraHosts)) continue;
    // Hosts with escapes or non-ASCII need URL parsing (~µs each): a body made of thousands of
    // them would freeze the editor's opening. A real Zoom link is among the first few.
    if (host === null && ++parses > MAX_FULL_PARSES) continue;
    if (!URL.canParse(candidate)) continue;
    const url = new URL(candidate);
    if (!isZoomLink(url, extraHosts)) continue;
    const id = /\/j\/(\d{9,12})/.exec(url.pathname)?.[1];
    return { joinUrl: candidate, id: id ? Number(id) : null };
  }
  return null;
}

/** A Zoom join link already in the event: in Location, else in the description. */
export function existingJoinUrl(editor: Editor, extraHosts: readonly string[] = []) {
  return findJoinUrl(readValue(editor.location), extraHosts) ?? findJoinUrl(readValue(editor.body), extraHosts);
}

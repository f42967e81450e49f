import { isZoomLink } from '@/utils/shared/join-url';
import { isZoomHost } from '@/utils/shared/zoom-hosts';
import { withInvitation, withoutInvitation } from '@/utils/page/ontime/invitation';
import type { LinkTarget } from '@/utils/shared/settings/types';
import type { Editor } from '@/utils/page/ontime/editor';
import { readValue, writeValue } from '@/utils/page/ontime/field-values';
import { joinLinkCandidates, plainHost } from '@/utils/page/ontime/join-link-scan';

// A Zoom host ends in zoom.us or zoomgov.com, right before what ends a host in URL parsing
// (: / \ ? #), or reaches it through percent-escapes or non-ASCII characters that parsing maps.
// A token with none of these holds no Zoom link. Fixed length: nothing backtracks.
export const ZOOM_HOST_HINT = /zoom(?:\.us|gov\.com)[:/\\?#]|[%\u0080-\uffff]/gi;

/** A Zoom join link already in the event (ours, or one OnTime's own integration wrote). */
export function findJoinUrl(text: string, extraHosts: readonly string[] = []): { joinUrl: string; id: number | null } | null {
  if (!text.includes('://')) return null;
  // A custom host has no such mark, so with one every candidate is looked at.
  for (const candidate of joinLinkCandidates(text, extraHosts.length ? undefined : ZOOM_HOST_HINT)) {
    // Most links in a long body are not Zoom's: refuse those without the cost of a full parse.
    const host = plainHost(candidate);
    if (host !== null && !isZoomHost(host, extraHosts)) continue;
    let url: URL;
    try {
      url = new URL(candidate);
    } catch {
      continue;
    }
    if (!isZoomLink(url, extraHosts)) continue;
    const id = /\/j\/(\d{9,12})/.exec(url.pathname)?.[1];
    return { joinUrl: candidate, id: id ? Number(id) : null };
  }
  return null;
}

export function existingJoinUrl(editor: Editor, extraHosts: readonly string[] = []) {
  return findJoinUrl(readValue(editor.location), extraHosts) ?? findJoinUrl(readValue(editor.body), extraHosts);
}

export interface WriteResult {
  location: boolean;
  body: boolean;
}

/** Join URL into Location and/or the invitation into the body (after the user's own text). */
export function writeMeeting(editor: Editor, joinUrl: string, invitation: string, target: LinkTarget = 'both'): WriteResult {
  const location = target !== 'body' && editor.location ? writeValue(editor.location, joinUrl) : false;
  const body = target !== 'location' && editor.body ? writeValue(editor.body, withInvitation(readValue(editor.body), invitation)) : false;
  return { location, body };
}

/** Takes our link and invitation out again, leaving everything else the user wrote. */
export function stripMeeting(editor: Editor, joinUrl: string): void {
  if (editor.location) {
    const value = readValue(editor.location);
    if (value.includes(joinUrl)) writeValue(editor.location, value.replace(joinUrl, '').trim());
  }
  if (editor.body) {
    const value = readValue(editor.body);
    const stripped = withoutInvitation(value);
    if (stripped !== value) writeValue(editor.body, stripped);
  }
}

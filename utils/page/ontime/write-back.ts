/*
 * Writing our link and invitation into the editor, and taking them out again. In the on-demand part
 * (entrypoints/ontime-part.content): it runs only after a click, or at a Save of our meeting.
 */
import { putInvitation, takeInvitation, type BodyEdit } from '@/utils/page/ontime/body-text';
import { putRichInvitation, takeRichInvitation } from '@/utils/page/ontime/rich-body';
import { addLink, holdsText, removeLink } from '@/utils/page/ontime/location-link';
import type { LinkTarget } from '@/utils/shared/settings/types';
import type { Editor, FieldControl } from '@/utils/page/ontime/editor';
import { isPlainText, notifyChanged, readValue, writeValue } from '@/utils/page/ontime/field-values';

export interface WriteResult {
  location: boolean;
  body: boolean;
}

// Whether we put a separator before the link in Location, per join link, for this page's life;
// Remove then takes back exactly that (removeLink guesses only for a link from another session).
const locationSeparated = new Map<string, boolean>();

function putBody(body: FieldControl, joinUrl: string, invitation: string, addWhenNone: boolean): BodyEdit['outcome'] {
  if (isPlainText(body)) {
    const edit = putInvitation(body.value, joinUrl, invitation, addWhenNone);
    if (edit.text !== body.value && !writeValue(body, edit.text)) return 'none';
    return edit.outcome;
  }
  const outcome = putRichInvitation(body, joinUrl, invitation, addWhenNone);
  if (outcome !== 'none') notifyChanged(body);
  return outcome;
}

/**
 * Join link into Location beside the user's text, and/or the invitation into the body after it.
 * With 'bothOrBody', a Location that holds text is left alone and the body gets the invitation.
 */
export function writeMeeting(editor: Editor, joinUrl: string, invitation: string, target: LinkTarget = 'both'): WriteResult {
  let location = false;
  const place = editor.location ? readValue(editor.location) : '';
  if (editor.location && target !== 'body' && !(target === 'bothOrBody' && holdsText(place))) {
    const { text, separated } = addLink(place, joinUrl);
    location = writeValue(editor.location, text);
    if (location) locationSeparated.set(joinUrl, separated);
  }
  const body = target !== 'location' && editor.body ? putBody(editor.body, joinUrl, invitation, true) !== 'none' : false;
  return { location, body };
}

/**
 * OnTime's Save: our invitation, rewritten in place, the user's words from its lines kept just
 * outside it. 'broken' when only a cut one of ours was there (a marker deleted): it was left as it
 * is and a fresh one added after it (the user is told).
 */
export function refreshMeeting(editor: Editor, joinUrl: string, invitation: string): BodyEdit['outcome'] {
  return editor.body ? putBody(editor.body, joinUrl, invitation, false) : 'none';
}

/**
 * Takes our link and invitation out again, leaving every character the user wrote. `reference`,
 * an invitation of ours for this meeting, helps tell our lines from words typed among them.
 * bodyLeft: only a cut invitation of ours was there (a marker deleted), so it was left in place
 * (the user is told).
 */
export function stripMeeting(editor: Editor, joinUrl: string, reference?: string): { bodyLeft: boolean } {
  if (editor.location) {
    const value = readValue(editor.location);
    const text = removeLink(value, joinUrl, locationSeparated.get(joinUrl));
    if (text !== value) writeValue(editor.location, text);
  }
  locationSeparated.delete(joinUrl);
  const body = editor.body;
  if (!body) return { bodyLeft: false };
  if (isPlainText(body)) {
    const edit = takeInvitation(body.value, joinUrl, reference);
    if (edit.outcome === 'removed') writeValue(body, edit.text);
    return { bodyLeft: edit.outcome === 'broken' };
  }
  const outcome = takeRichInvitation(body, joinUrl, reference);
  if (outcome === 'removed') notifyChanged(body);
  return { bodyLeft: outcome === 'broken' };
}

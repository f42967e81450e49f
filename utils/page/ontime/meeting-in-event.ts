import { findJoinUrl } from '@/utils/page/ontime/find-join-url';
import { isPlainText, readValue } from '@/utils/page/ontime/field-values';
import type { FieldControl } from '@/utils/page/ontime/editor';

export interface OurLink {
  id: number;
  joinUrl: string;
}

/** Whether `text` names our meeting: its join link, or its /j/<id> under any join host. */
function names(text: string, meeting: OurLink): boolean {
  if (text.includes(meeting.joinUrl.split('?')[0]!)) return true;
  return new RegExp(`/j/${meeting.id}(?!\\d)`).test(text);
}

/**
 * At Save: does the event still carry our meeting? Location naming another Zoom meeting means the
 * link was replaced (by the user or a script): ours is no longer the event's. A link taken out of
 * Location alone still leaves ours in the event while the description names it; out of both, it
 * is gone. Fields the editor does not have are not evidence: with neither, it is kept.
 */
export function meetingInEvent(fields: { location: string | null; body: string | null }, meeting: OurLink, extraHosts: readonly string[] = []): boolean {
  const { location, body } = fields;
  if (location !== null && names(location, meeting)) return true;
  if (location !== null && findJoinUrl(location, extraHosts)) return false;
  if (body === null) return location === null;
  return names(body, meeting);
}

/** What a field says, for meetingInEvent: its value or text, and the targets of links in rich text. */
export function fieldText(control: FieldControl | null): string | null {
  if (!control) return null;
  const hrefs = isPlainText(control) ? [] : [...control.querySelectorAll('a[href]')].map((a) => a.getAttribute('href'));
  return [readValue(control), ...hrefs].join('\n');
}

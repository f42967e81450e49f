/**
 * The join link in Location, beside what the user wrote there. Pure: text in, text out.
 *
 * "; " is how Outlook and Exchange join several locations in one field ("Room 5A; Microsoft
 * Teams Meeting"), which OnTime users know from their mail client, and it survives every
 * calendar sync and export that treats Location as plain text.
 */
export const LOCATION_SEPARATOR = '; ';

/** Whether Location holds text of the user's own (whitespace does not count). */
export function holdsText(location: string): boolean {
  return location.trim() !== '';
}

/** The link after the user's text; `separated` says whether we put the separator in. */
export function addLink(location: string, joinUrl: string): { text: string; separated: boolean } {
  const separated = holdsText(location);
  return { text: `${location}${separated ? LOCATION_SEPARATOR : ''}${joinUrl}`, separated };
}

/**
 * Takes out our link and the separator we put before it, leaving every other character, also
 * when the user edited Location since. `separated` is what addLink said; unknown (another
 * session) means the separator right before the link is taken to be ours.
 */
export function removeLink(location: string, joinUrl: string, separated?: boolean): string {
  const at = location.lastIndexOf(joinUrl);
  if (at < 0) return location;
  const before = location.slice(0, at);
  const from = separated !== false && before.endsWith(LOCATION_SEPARATOR) ? at - LOCATION_SEPARATOR.length : at;
  return location.slice(0, from) + location.slice(at + joinUrl.length);
}

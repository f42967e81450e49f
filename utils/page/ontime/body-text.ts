import { PLAIN_SEPARATOR, scanInvitation, sealInvitation, type BlockScan } from '@/utils/page/ontime/invitation';

/**
 * The invitation in a plain-text body (a textarea). Pure: text in, text out. The user's
 * characters are never rewritten; only our block and the blank line we put before it go.
 */
export type BodyEdit = { text: string; outcome: 'added' | 'refreshed' | 'removed' | 'none' | 'broken' };

/** Offsets of lines [start, end] in text, end exclusive of the newline that follows. */
function lineSpan(text: string, start: number, end: number): [number, number] {
  let from = 0;
  for (let line = 0; line < start; line++) from = text.indexOf('\n', from) + 1;
  let to = from;
  for (let line = start; line <= end; line++) {
    const next = text.indexOf('\n', to);
    to = line === end ? (next < 0 ? text.length : next) : next + 1;
  }
  return [from, to];
}

export function scanBody(text: string, joinUrl: string): BlockScan {
  return scanInvitation(text.split('\n'), joinUrl);
}

/** After the user's text, with a blank line between when there is text. */
export function appendInvitation(text: string, invitation: string): string {
  const separated = text !== '';
  return `${text}${separated ? PLAIN_SEPARATOR : ''}${sealInvitation(invitation, separated).join('\n')}`;
}

/**
 * On create and on Save: our intact block is replaced in place; with none, one is added; when
 * ours is there but not intact, nothing is touched and a fresh one is added ('broken').
 */
export function putInvitation(text: string, joinUrl: string, invitation: string, addWhenNone: boolean): BodyEdit {
  const scan = scanBody(text, joinUrl);
  if (scan.kind === 'intact') {
    const [from, to] = lineSpan(text, scan.start, scan.end);
    const sealed = sealInvitation(invitation, scan.separated).join('\n');
    return { text: text.slice(0, from) + sealed + text.slice(to), outcome: 'refreshed' };
  }
  if (scan.kind === 'broken') return { text: appendInvitation(text, invitation), outcome: 'broken' };
  return addWhenNone ? { text: appendInvitation(text, invitation), outcome: 'added' } : { text, outcome: 'none' };
}

/** Remove: our intact block and the separator we added, if it is still there; else nothing. */
export function takeInvitation(text: string, joinUrl: string): BodyEdit {
  const scan = scanBody(text, joinUrl);
  if (scan.kind !== 'intact') return { text, outcome: scan.kind };
  let [from, to] = lineSpan(text, scan.start, scan.end);
  // Only what we added goes: a line break the user typed before the block stays theirs.
  if (scan.separated && text.slice(0, from).endsWith(PLAIN_SEPARATOR)) from -= PLAIN_SEPARATOR.length;
  return { text: text.slice(0, from) + text.slice(to), outcome: 'removed' };
}

import { PLAIN_SEPARATOR, scanInvitation, sealInvitation, type BlockScan, type FoundBlock } from '@/utils/page/ontime/invitation-block';

/**
 * The invitation in a plain-text body (a textarea). Pure: text in, text out. The user's
 * characters are never dropped: only our block's own characters and the blank line we put
 * before it go; words the user typed on or inside its lines move to just outside it.
 */
export type BodyEdit = { text: string; outcome: 'added' | 'refreshed' | 'removed' | 'none' | 'broken' };

export function scanBody(text: string, joinUrl: string, reference?: string): BlockScan {
  return scanInvitation(text.split('\n'), joinUrl, reference);
}

/** After the user's text, with a blank line between when there is text. */
export function appendInvitation(text: string, invitation: string): string {
  const separated = text !== '';
  return `${text}${separated ? PLAIN_SEPARATOR : ''}${sealInvitation(invitation, separated).join('\n')}`;
}

/** Offset of every line's first character. */
function lineStarts(lines: readonly string[]): number[] {
  const starts = [0];
  for (const line of lines) starts.push(starts.at(-1)! + line.length + 1);
  return starts;
}

const endsLine = (text: string) => text === '' || text.endsWith('\n');
const startsLine = (text: string) => text === '' || text.startsWith('\n');

/** pre, lines, post: the lines on lines of their own, the text around them where it was. */
function joinLines(pre: string, lines: readonly string[], post: string): string {
  if (!lines.length) return pre + (endsLine(pre) || startsLine(post) ? '' : '\n') + post;
  return `${pre}${endsLine(pre) ? '' : '\n'}${lines.join('\n')}${startsLine(post) ? '' : '\n'}${post}`;
}

/**
 * Our blocks rewritten, last first so earlier offsets hold: the last one becomes `invitation`
 * (or goes, without one), any earlier one (a stale copy) goes. The user's words from between
 * its markers stay, each on a line of its own, right after it.
 */
function rewrite(text: string, blocks: readonly FoundBlock[], invitation: string | null): string {
  const lines = text.split('\n');
  const starts = lineStarts(lines);
  let out = text;
  for (let i = blocks.length - 1; i >= 0; i--) {
    const block = blocks[i]!;
    const ours = invitation !== null && i === blocks.length - 1 ? sealInvitation(invitation, block.separated) : [];
    const kept = [...ours, ...block.words.map((word) => lines[word.line]!.slice(word.from, word.to))];
    let pre = out.slice(0, starts[block.from.line]! + block.from.at);
    const post = out.slice(starts[block.to.line]! + block.to.at);
    // The blank line we put before the block goes with it; the line break before the user's
    // words that stay in its place does not.
    if (!ours.length && block.separated && pre.endsWith(PLAIN_SEPARATOR)) pre = pre.slice(0, kept.length ? -1 : -PLAIN_SEPARATOR.length);
    out = joinLines(pre, kept, post);
  }
  return out;
}

/**
 * On create and on Save: our block is rewritten in place (an earlier stale copy goes); with
 * none, one is added; with only a cut one (a marker deleted), it is left as it is and a fresh
 * one is added ('broken').
 */
export function putInvitation(text: string, joinUrl: string, invitation: string, addWhenNone: boolean): BodyEdit {
  const scan = scanBody(text, joinUrl, invitation);
  if (scan.kind === 'found') return { text: rewrite(text, scan.blocks, invitation), outcome: 'refreshed' };
  if (scan.kind === 'broken') return { text: appendInvitation(text, invitation), outcome: 'broken' };
  return addWhenNone ? { text: appendInvitation(text, invitation), outcome: 'added' } : { text, outcome: 'none' };
}

/**
 * Remove: our blocks and the separator we added, keeping the user's words from their lines.
 * `reference` (an invitation of ours for this meeting) helps tell our lines from theirs.
 */
export function takeInvitation(text: string, joinUrl: string, reference?: string): BodyEdit {
  const scan = scanBody(text, joinUrl, reference);
  if (scan.kind !== 'found') return { text, outcome: scan.kind };
  return { text: rewrite(text, scan.blocks, null), outcome: 'removed' };
}

import { scanInvitation, sealInvitation, tidyLine, type BlockScan, type FoundBlock, type Piece } from '@/utils/page/ontime/invitation-block';
import type { BodyEdit } from '@/utils/page/ontime/body-text';

/**
 * The invitation in a rich-text body (a contenteditable description). Our invitation is a run of
 * block elements, one per line, appended after the user's content; it is replaced and removed as
 * exactly those nodes. The user's nodes are never touched, so their formatting stays; words the
 * user typed into one of our lines are copied out of it, with their formatting, into a line of
 * their own just outside the block.
 */

/** The body's top-level blocks; whitespace between blocks is layout, not a line. */
function blocks(root: HTMLElement): ChildNode[] {
  return Array.from(root.childNodes).filter((node) => node.nodeType !== Node.TEXT_NODE || (node.textContent ?? '').trim() !== '');
}

// What shows without text: a line holding one is never a blank line of ours.
const SHOWS = 'img, picture, svg, canvas, video, audio, iframe, object, embed, hr, table, input';
/** Stands for such a line's content: one character that is not whitespace. */
const OBJECT = '\ufffc';

/** A line's text as our block is scanned: its text, or OBJECT for a line with only an image (say). */
function lineText(node: ChildNode): string {
  const text = node.textContent ?? '';
  if (text.trim() || node.nodeType !== Node.ELEMENT_NODE) return text;
  const el = node as Element;
  return el.matches(SHOWS) || el.querySelector(SHOWS) ? OBJECT : text;
}

type Read = { nodes: ChildNode[]; texts: string[]; scan: BlockScan };

function readBody(root: HTMLElement, joinUrl: string, reference?: string): Read {
  const nodes = blocks(root);
  const texts = nodes.map(lineText);
  return { nodes, texts, scan: scanInvitation(texts, joinUrl, reference) };
}

export function scanRichBody(root: HTMLElement, joinUrl: string, reference?: string): BlockScan {
  return readBody(root, joinUrl, reference).scan;
}

/** A line as the editor itself makes them: its own paragraph tag if it uses <p>, else <div>. */
function lineNodes(root: HTMLElement, lines: readonly string[], joinUrl: string): HTMLElement[] {
  const tag = root.lastElementChild?.tagName === 'P' ? 'p' : 'div';
  const doc = root.ownerDocument;
  return lines.map((line) => {
    const el = doc.createElement(tag);
    if (line === '') el.append(doc.createElement('br')); // an empty block would collapse
    else if (line === joinUrl && joinUrl.startsWith('https://')) {
      const a = doc.createElement('a');
      a.href = joinUrl;
      a.textContent = joinUrl;
      el.append(a);
    } else el.textContent = line;
    return el;
  });
}

/** Characters [from, to) of a line node, with their formatting, as a line node of their own. */
function copyOut(node: ChildNode, from: number, to: number): ChildNode {
  const doc = node.ownerDocument!;
  if (node.nodeType !== Node.ELEMENT_NODE) return doc.createTextNode((node.textContent ?? '').slice(from, to));
  // A whole copy, then every character outside [from, to) taken out of it: what stays keeps
  // every element it was in.
  const copy = node.cloneNode(true) as Element;
  const walker = doc.createTreeWalker(copy, NodeFilter.SHOW_TEXT);
  let at = 0;
  for (let text = walker.nextNode() as Text | null; text; text = walker.nextNode() as Text | null) {
    const length = text.data.length;
    text.data = text.data.slice(Math.max(0, from - at), Math.max(0, to - at));
    at += length;
  }
  // Elements left with nothing to show (our link, emptied) go too.
  for (const el of Array.from(copy.querySelectorAll('*')).reverse()) {
    if (!el.textContent && el.tagName !== 'IMG' && !el.querySelector('img')) el.remove();
  }
  return copy;
}

/** The user's words from between a block's markers: a line node wholly theirs is kept as it is. */
function keptNodes({ nodes, texts }: Read, pieces: readonly Piece[]): ChildNode[] {
  return pieces.map((piece) => {
    const whole = piece.from === 0 && piece.to === texts[piece.line]!.length;
    return whole ? nodes[piece.line]! : copyOut(nodes[piece.line]!, piece.from, piece.to);
  });
}

/** The text of a line node from `from` to `to`, as a line of its own, unless blank. */
function rest(node: ChildNode, from: number, to: number): ChildNode[] {
  return tidyLine((node.textContent ?? '').slice(from, to)) ? [copyOut(node, from, to)] : [];
}

/** Removes first…last, siblings in order, and the blank text nodes between them. */
function removeRange(first: ChildNode, last: ChildNode): void {
  let node: ChildNode | null = first;
  while (node) {
    const next: ChildNode | null = node === last ? null : node.nextSibling;
    node.remove();
    node = next;
  }
}

/**
 * One block's nodes replaced by `fresh` and the user's words from between its markers; the
 * user's text on the marker lines, outside the markers, stays before and after.
 */
function replaceBlock(read: Read, block: FoundBlock, fresh: readonly ChildNode[]): void {
  const { nodes } = read;
  const first = nodes[block.from.line]!;
  const last = nodes[block.to.line]!;
  // Copies are made before anything moves; nodes wholly the user's move out of the block.
  const kept = [
    ...rest(first, 0, block.from.at),
    ...fresh,
    ...keptNodes(read, block.words),
    ...rest(last, block.to.at, (last.textContent ?? '').length),
  ];
  const anchor = first.ownerDocument!.createTextNode('');
  first.before(anchor);
  removeRange(first, last);
  anchor.replaceWith(...kept);
}

/**
 * Our blocks rewritten one at a time, the body read again after each (two may share a line):
 * earlier ones (stale copies) go, the last becomes `fresh`, or goes too without it.
 */
function rewrite(root: HTMLElement, joinUrl: string, reference: string | undefined, fresh: readonly ChildNode[], read: Read): void {
  for (let now = read; now.scan.kind === 'found'; now = readBody(root, joinUrl, reference)) {
    const [block, ...later] = now.scan.blocks;
    if (!later.length && fresh.length) return replaceBlock(now, block!, fresh);
    replaceBlock(now, block!, []);
  }
  root.append(...fresh);
}

/** On create and on Save; the same outcomes as the plain-text body's putInvitation. */
export function putRichInvitation(root: HTMLElement, joinUrl: string, invitation: string, addWhenNone: boolean): BodyEdit['outcome'] {
  const read = readBody(root, joinUrl, invitation);
  if (read.scan.kind === 'none' && !addWhenNone) return 'none';
  const fresh = lineNodes(root, sealInvitation(invitation, false), joinUrl);
  if (read.scan.kind !== 'found') {
    root.append(...fresh);
    return read.scan.kind === 'broken' ? 'broken' : 'added';
  }
  rewrite(root, joinUrl, invitation, fresh, read);
  return 'refreshed';
}

/** Remove: our blocks' nodes, keeping the user's words from them; nothing else. */
export function takeRichInvitation(root: HTMLElement, joinUrl: string, reference?: string): BodyEdit['outcome'] {
  const read = readBody(root, joinUrl, reference);
  if (read.scan.kind !== 'found') return read.scan.kind;
  rewrite(root, joinUrl, reference, [], read);
  return 'removed';
}

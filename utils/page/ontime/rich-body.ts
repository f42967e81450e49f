import { scanInvitation, sealInvitation, type BlockScan } from '@/utils/page/ontime/invitation';
import type { BodyEdit } from '@/utils/page/ontime/body-text';

/**
 * The invitation in a rich-text body (a contenteditable description). Our invitation is a run of
 * block elements, one per line, appended after the user's content; it is replaced and removed as
 * exactly those nodes. The user's nodes are never touched, so their formatting stays.
 */

/** The body's top-level blocks; whitespace between blocks is layout, not a line. */
function blocks(root: HTMLElement): ChildNode[] {
  return Array.from(root.childNodes).filter((node) => node.nodeType !== Node.TEXT_NODE || (node.textContent ?? '').trim() !== '');
}

function scanNodes(nodes: readonly ChildNode[], joinUrl: string): BlockScan {
  return scanInvitation(nodes.map((node) => node.textContent ?? ''), joinUrl);
}

export function scanRichBody(root: HTMLElement, joinUrl: string): BlockScan {
  return scanNodes(blocks(root), joinUrl);
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

/** Replaces nodes [start, end] of the block list (or appends, with none) by our lines. */
function place(root: HTMLElement, nodes: ChildNode[], scan: BlockScan, joinUrl: string, invitation: string): void {
  const fresh = lineNodes(root, sealInvitation(invitation, false), joinUrl);
  if (scan.kind !== 'intact') return root.append(...fresh);
  nodes[scan.start]!.before(...fresh);
  removeRange(nodes[scan.start]!, nodes[scan.end]!);
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

/** On create and on Save; the same outcomes as the plain-text body's putInvitation. */
export function putRichInvitation(root: HTMLElement, joinUrl: string, invitation: string, addWhenNone: boolean): BodyEdit['outcome'] {
  const nodes = blocks(root);
  const scan = scanNodes(nodes, joinUrl);
  if (scan.kind === 'none' && !addWhenNone) return 'none';
  place(root, nodes, scan, joinUrl, invitation);
  return scan.kind === 'intact' ? 'refreshed' : scan.kind === 'broken' ? 'broken' : 'added';
}

/** Remove: our intact block's nodes, and nothing else. */
export function takeRichInvitation(root: HTMLElement, joinUrl: string): BodyEdit['outcome'] {
  const nodes = blocks(root);
  const scan = scanNodes(nodes, joinUrl);
  if (scan.kind !== 'intact') return scan.kind;
  removeRange(nodes[scan.start]!, nodes[scan.end]!);
  return 'removed';
}

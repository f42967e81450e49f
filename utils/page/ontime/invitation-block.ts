/**
 * Our invitation block in a body seen as lines (a textarea's lines, or a rich body's top-level
 * blocks), and which of its characters are ours. Pure: lines in, positions out.
 *
 * Pages and users change the block after we wrote it: words typed on a marker line or inside the
 * block, lines trimmed, spaces collapsed, blank lines dropped, every line rewrapped. The block is
 * still ours as long as its markers and our join link are there; then it is refreshed or removed
 * in place, and whatever the user typed in it is kept, just outside it.
 */

// Language-neutral markers, so an invitation written in either language can be found and
// replaced later without touching the user's own text.
export const INVITATION_START = '──────── Zoom ────────';
export const INVITATION_END = '──────── /Zoom ────────';
/** What we put between the user's text and the invitation in a plain-text body. */
export const PLAIN_SEPARATOR = '\n\n';

// The end marker carries a checksum of the block's lines as we wrote them, so a later session
// can tell our lines from words the user typed among them: two hashes, 7 base-36 digits each.
// Blocks written before pages' tidying was allowed for carry one, of every character.
const END_MARK = /──────── \/Zoom(?: ([0-9a-z]{7})([0-9a-z]{7})?)? ────────/;

// ---- the checksum ---------------------------------------------------------------------------
// The first hash is FNV-1a (32 bits): each step can be unwound, so the search below can meet in
// the middle. It tries many splits, so 32 bits alone would now and then fit a wrong one (and
// drop the user's words): the second hash, another 32 bits, confirms every split it finds.
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
/** FNV_PRIME × this ≡ 1 (mod 2³²). */
const FNV_PRIME_INVERSE = 0x359c449b;

function feed(hash: number, text: string): number {
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME) >>> 0;
  return hash;
}

function unfeed(hash: number, text: string): number {
  for (let i = text.length - 1; i >= 0; i--) hash = (Math.imul(hash, FNV_PRIME_INVERSE) ^ text.charCodeAt(i)) >>> 0;
  return hash;
}

/** The confirming hash: another multiplier, and its high bits folded in at each step. */
function confirmHash(text: string): number {
  let hash = 0x9e3779b9;
  for (let i = 0; i < text.length; i++) {
    hash = Math.imul(hash ^ text.charCodeAt(i), 0x5bd1e995);
    hash ^= hash >>> 15;
  }
  return hash >>> 0;
}

/** A line as pages tidy it: whitespace runs (no-break spaces too) as one space, trimmed. */
export function tidyLine(line: string): string {
  return line.replace(/\s+/g, ' ').trim();
}

/** What one line adds to the checksum: nothing when blank, as pages drop blank lines. */
function lineInput(tidy: string): string {
  return tidy ? `\n${tidy}` : '';
}

/** The first character records whether we put a blank line before the block, so Remove takes it back. */
function head(separated: boolean): string {
  return separated ? '1' : '0';
}

function seed(separated: boolean): number {
  return feed(FNV_OFFSET, head(separated));
}

/** The checksum of our lines, each as it adds to it (lineInput). */
interface Sum {
  first: number;
  /** Null in a block written before pages' tidying was allowed for. */
  second: number | null;
}

function checksum(separated: boolean, inputs: readonly string[]): Sum {
  const text = head(separated) + inputs.join('');
  return { first: feed(FNV_OFFSET, text), second: confirmHash(text) };
}

/** The checksum of blocks written before pages' tidying was allowed for: every character. */
function exactChecksum(separated: boolean, inner: readonly string[]): number {
  return feed(FNV_OFFSET, `${separated ? 1 : 0}\n${inner.map((line) => line.replace(/\u00a0/g, ' ')).join('\n')}`);
}

const base36 = (hash: number) => hash.toString(36).padStart(7, '0');

/** The invitation's lines as written: the end marker now carries the checksum. */
export function sealInvitation(invitation: string, separated: boolean): string[] {
  const lines = invitation.split('\n');
  const sum = checksum(separated, lines.slice(1, -1).map((line) => lineInput(tidyLine(line))));
  return [...lines.slice(0, -1), `──────── /Zoom ${base36(sum.first)}${base36(sum.second!)} ────────`];
}

// ---- finding the block -----------------------------------------------------------------------
/** Characters [from, to) of one line. */
type Span = readonly [number, number];
/** Characters [from, to) of one line of the body. */
export interface Piece {
  line: number;
  from: number;
  to: number;
}

/** A place in the body: a line, and a character in it. */
export interface Place {
  line: number;
  at: number;
}

/** One block of ours: from its start marker to its end marker, and the user's words between. */
export interface FoundBlock {
  /** Where its start marker begins… */
  from: Place;
  /** …and where its end marker ends. */
  to: Place;
  /** We put a blank line before it (known only when the checksum proved our lines). */
  separated: boolean;
  /** As we wrote it, whitespace aside: no word of the user's in it. */
  intact: boolean;
  /** The user's words between the markers, in order: they are kept, just after the block. */
  words: Piece[];
}

export type BlockScan =
  | { kind: 'none' }
  /** Our blocks, in order: the last is the one to refresh, any earlier one is a stale copy. */
  | { kind: 'found'; blocks: FoundBlock[] }
  /** Only a cut block of ours (a marker deleted, or out of order): where it ends is unknown. */
  | { kind: 'broken' };

/** A part of a line: one of our markers, or the text between them. */
interface Part extends Piece {
  /** sum: the end marker's checksum; null when it has none. */
  marker?: { start: boolean; sum: Sum | null };
}

const MARKERS = new RegExp(`${INVITATION_START}|${END_MARK.source}`, 'g');

/** A line cut at our markers, so text typed on a marker's line is told apart from the marker. */
function partsOf(text: string, line: number): Part[] {
  const plain = text.replace(/\u00a0/g, ' '); // same length: positions stay
  if (!plain.includes('────────')) return [{ line, from: 0, to: text.length }];
  const parts: Part[] = [];
  let at = 0;
  for (const match of plain.matchAll(MARKERS)) {
    if (match.index > at) parts.push({ line, from: at, to: match.index });
    const sum = match[1] ? { first: parseInt(match[1], 36), second: match[2] ? parseInt(match[2], 36) : null } : null;
    parts.push({ line, from: match.index, to: match.index + match[0].length, marker: { start: match[0] === INVITATION_START, sum } });
    at = match.index + match[0].length;
  }
  if (at < text.length || !parts.length) parts.push({ line, from: at, to: text.length });
  return parts;
}

/** The lines of an invitation of ours that name this meeting, as pages tidy them. */
function referenceLines(reference: string): Set<string> {
  const lines = reference.split('\n').map(tidyLine);
  return new Set(lines.filter((line) => line && partsOf(line, 0).every((part) => !part.marker)));
}

/**
 * Finds our blocks: a start marker, then an end marker, with our join link between. Blocks for
 * other meetings (a forwarded invitation) are never ours, whatever their markers. `reference`, an
 * invitation of ours for this meeting, helps tell our lines from the user's.
 */
export function scanInvitation(lines: readonly string[], joinUrl: string, reference = ''): BlockScan {
  const parts = lines.flatMap((text, line) => partsOf(text, line));
  const markers = parts.flatMap((part, at) => (part.marker ? [at] : []));
  if (!markers.length) return { kind: 'none' };
  const textOf = (part: Piece) => lines[part.line]!.slice(part.from, part.to);
  const holdsLink = (from: number, to: number) => parts.slice(from, to + 1).some((part) => textOf(part).includes(joinUrl));
  const refs = referenceLines(reference);
  const blocks: FoundBlock[] = [];
  let cut = false;
  for (let i = 0; i < markers.length; i++) {
    const mark = markers[i]!;
    const next = markers[i + 1];
    const start = parts[mark]!.marker!.start;
    if (start && next !== undefined && !parts[next]!.marker!.start) {
      i++;
      if (holdsLink(mark, next)) blocks.push(readBlock(parts.slice(mark, next + 1), textOf, refs, joinUrl));
    } else {
      // A start without its end (up to the next marker) or an end without its start (back to
      // the previous marker): a cut block, ours if our link is in the cut part.
      const from = start ? mark : (markers[i - 1] ?? 0);
      const to = start ? (next ?? parts.length - 1) : mark;
      if (holdsLink(from, to)) cut = true;
    }
  }
  if (blocks.length) return { kind: 'found', blocks };
  return cut ? { kind: 'broken' } : { kind: 'none' };
}

/** A block's parts, markers included: which of the text between is ours, which the user's. */
function readBlock(parts: readonly Part[], textOf: (part: Piece) => string, refs: ReadonlySet<string>, joinUrl: string): FoundBlock {
  const start = parts[0]!;
  const end = parts.at(-1)!;
  const inner = parts.slice(1, -1);
  const split = splitLines(inner.map(textOf), end.marker!.sum, refs, joinUrl);
  const words = inner.flatMap((part, k) => split.theirs[k]!.map(([from, to]) => ({ line: part.line, from: part.from + from, to: part.from + to })));
  return { from: { line: start.line, at: start.from }, to: { line: end.line, at: end.to }, separated: split.separated, intact: split.proven && !words.length, words };
}

// ---- which characters are ours ---------------------------------------------------------------
/** The user's characters in one line: spans in order, apart, none of them blank. */
type Theirs = Span[];

interface Split {
  /** Per inner line, the user's characters; the rest is ours. */
  theirs: Theirs[];
  separated: boolean;
  proven: boolean;
}

/** A line, as pages tidy it, and where each tidy character was in it (then the line's end). */
interface Line {
  raw: string;
  tidy: string;
  at: number[];
}

function lineOf(raw: string): Line {
  let tidy = '';
  const at: number[] = [];
  let gap = -1; // where a run of whitespace began, not yet written
  for (let c = 0; c < raw.length; c++) {
    if (/\s/.test(raw[c]!)) {
      if (gap < 0) gap = c;
      continue;
    }
    if (gap >= 0 && tidy) {
      tidy += ' ';
      at.push(gap);
    }
    gap = -1;
    tidy += raw[c];
    at.push(c);
  }
  at.push(raw.length);
  return { raw, tidy, at };
}

/** The user's characters around ours (raw [from, to)), unless blank. */
function around(line: Line, from: number, to: number): Theirs {
  const sides: Span[] = [[0, from], [to, line.raw.length]];
  return sides.filter(([a, b]) => tidyLine(line.raw.slice(a, b)));
}

/** The user's characters [i, j) of the tidy line, in the raw line: whitespace at a cut is theirs. */
function typedIn(line: Line, i: number, j: number): Theirs {
  return [[i === 0 ? 0 : line.at[i]!, j === line.tidy.length ? line.raw.length : line.at[j]!]];
}

/** What the line adds to the checksum when the user's characters are taken out. */
function input(line: Line, theirs: Theirs): string {
  let ours = '';
  let from = 0;
  for (const [a, b] of theirs) {
    ours += line.raw.slice(from, a);
    from = b;
  }
  return lineInput(tidyLine(ours + line.raw.slice(from)));
}

/** `needle` (tidy) in a line that may have other whitespace: where it is, or null. */
function looseFind(text: string, needle: string): Span | null {
  const pattern = needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
  const match = new RegExp(pattern).exec(text);
  return match ? [match.index, match.index + match[0].length] : null;
}

/** Our best guess for a line before any proof: our join link, a line of the reference, or all of it. */
function likely(line: Line, refs: ReadonlySet<string>, joinUrl: string): Theirs {
  const link = line.raw.indexOf(joinUrl);
  if (link >= 0) return around(line, link, link + joinUrl.length);
  if (!line.tidy || refs.has(line.tidy)) return [];
  let best: Span | null = null;
  for (const ref of refs) {
    if (ref.length <= (best ? best[1] - best[0] : 0) || !line.tidy.includes(ref)) continue;
    best = looseFind(line.raw, ref) ?? best;
  }
  return best ? around(line, ...best) : [];
}

/** Without a proof, only what is surely ours: blank lines, our link, lines the reference has. */
function surely(line: Line, refs: ReadonlySet<string>, joinUrl: string): Theirs {
  const link = line.raw.indexOf(joinUrl);
  if (link >= 0) return around(line, link, link + joinUrl.length);
  return !line.tidy || refs.has(line.tidy) ? [] : [[0, line.raw.length]];
}

// Our lines are short; a longer line is only tried as wholly ours or wholly the user's.
const LONGEST_CUT_LINE = 400;
// Enough for words typed into two lines of a long invitation; a search past it gives up (safely).
const SEARCH_BUDGET = 500_000;

/**
 * Splits the block's inner lines between ours and the user's. The checksum proves a split: our
 * likely lines first, then with one line split otherwise (the user's words before, after or in
 * the middle of ours, or the whole line), then two. With no proof, only what is surely ours
 * counts as ours, and everything else is kept as the user's.
 */
function splitLines(texts: readonly string[], sum: Sum | null, refs: ReadonlySet<string>, joinUrl: string): Split {
  const lines = texts.map(lineOf);
  if (sum?.second === null) {
    const exact = [true, false].find((s) => exactChecksum(s, texts) === sum.first);
    if (exact !== undefined) return { theirs: lines.map(() => []), separated: exact, proven: true };
  } else if (sum) {
    // A line the reference has as it is was left alone: only the others are tried split twice.
    const open = lines.map((line) => !!line.tidy && !refs.has(line.tidy));
    const proof = prove(lines, sum, lines.map((line) => likely(line, refs, joinUrl)), open);
    if (proof) return { ...proof, proven: true };
  }
  return { theirs: lines.map((line) => surely(line, refs, joinUrl)), separated: false, proven: false };
}

function prove(lines: readonly Line[], sum: Sum, guess: readonly Theirs[], open: readonly boolean[]): Omit<Split, 'proven'> | null {
  const n = lines.length;
  const base = lines.map((line, k) => input(line, guess[k]!));
  // at[k]: the hash before line k, the likely lines before it, for either first character.
  const starts = [true, false].map((separated) => {
    const at = [seed(separated)];
    base.forEach((text, k) => at.push(feed(at[k]!, text)));
    return { separated, at };
  });
  // A split that fits the first hash, confirmed by the second.
  const confirmed = (separated: boolean, changes: [number, Theirs][]) => {
    const theirs = [...guess];
    for (const [k, split] of changes) theirs[k] = split;
    const { first, second } = checksum(separated, lines.map((line, k) => input(line, theirs[k]!)));
    return first === sum.first && second === sum.second ? { theirs, separated } : null;
  };
  for (const { separated, at } of starts) {
    const fit = at[n] === sum.first && confirmed(separated, []);
    if (fit) return fit;
  }
  // need[k]: the hash before line k that the likely lines k… turn into the checksum.
  const need: number[] = [];
  need[n] = sum.first;
  for (let k = n - 1; k >= 0; k--) need[k] = unfeed(need[k + 1]!, base[k]!);
  const tailsTo = lines.map((line, k) => tails(line, need[k + 1]!));
  for (const { separated, at } of starts) {
    for (let k = 0; k < n; k++) {
      for (const split of typedInto(lines[k]!, at[k]!, need[k + 1]!, tailsTo[k]!)) {
        const fit = confirmed(separated, [[k, split]]);
        if (fit) return fit;
      }
    }
  }
  // Two open lines: one split at a word edge (or taken whole either way), the other anywhere.
  let budget = SEARCH_BUDGET;
  for (const { separated, at } of starts) {
    const headsFrom = lines.map((line, k) => heads(line, at[k]!));
    for (let k1 = 0; k1 < n && budget > 0; k1++) {
      if (!open[k1]) continue;
      for (const one of edgeSplits(lines[k1]!)) {
        // The edge split first, the other line after it…
        let hash = feed(at[k1]!, input(lines[k1]!, one));
        for (let k2 = k1 + 1; k2 < n && budget > 0; k2++) {
          for (const two of open[k2] ? typedInto(lines[k2]!, hash, need[k2 + 1]!, tailsTo[k2]!) : []) {
            const fit = confirmed(separated, [[k1, one], [k2, two]]);
            if (fit) return fit;
          }
          hash = feed(hash, base[k2]!);
          budget -= base[k2]!.length + (open[k2] ? lines[k2]!.tidy.length : 0);
        }
        // …or before it.
        let needed = unfeed(need[k1 + 1]!, input(lines[k1]!, one));
        for (let k0 = k1 - 1; k0 >= 0 && budget > 0; k0--) {
          for (const zero of open[k0] ? typedFrom(lines[k0]!, at[k0]!, needed, headsFrom[k0]!) : []) {
            const fit = confirmed(separated, [[k0, zero], [k1, one]]);
            if (fit) return fit;
          }
          needed = unfeed(needed, base[k0]!);
          budget -= base[k0]!.length + (open[k0] ? lines[k0]!.tidy.length : 0);
        }
      }
    }
  }
  return null;
}

/** For each start i of the tidy line, the hash after "\n" and tidy[0, i), from `from`: hash → i. */
function heads(line: Line, from: number): Map<number, number> {
  const out = new Map<number, number>();
  let hash = feed(from, '\n');
  for (let i = 0; i <= line.tidy.length; i++) {
    if (!out.has(hash)) out.set(hash, i);
    if (i < line.tidy.length) hash = feed(hash, line.tidy[i]!);
  }
  return out;
}

/** For each end j of the tidy line, the hash needed before tidy[j…] to reach `to`: hash → j. */
function tails(line: Line, to: number): Map<number, number> {
  const out = new Map<number, number>();
  let hash = to;
  for (let j = line.tidy.length; j >= 0; j--) {
    if (!out.has(hash)) out.set(hash, j);
    if (j > 0) hash = unfeed(hash, line.tidy[j - 1]!);
  }
  return out;
}

/** The user's words as tidy[i, j), if that is a cut: a word of theirs, something of ours left. */
function cut(line: Line, i: number | undefined, j: number | undefined): Theirs | null {
  if (i === undefined || j === undefined || j <= i || (i === 0 && j === line.tidy.length)) return null;
  return tidyLine(line.tidy.slice(i, j)) ? typedIn(line, i, j) : null;
}

/**
 * The ways the user may have typed into this line that turn hash `from` into `to` (the first
 * hash only): the whole line is theirs, or words anywhere in it (ours, the tidy text before and
 * after them). Meets in the middle: the hash after each start of ours against `tailsTo`, those
 * needed before each end.
 */
function* typedInto(line: Line, from: number, to: number, tailsTo: ReadonlyMap<number, number>): Generator<Theirs> {
  if (!line.tidy) return;
  if (from === to) yield [[0, line.raw.length]];
  if (line.raw.length > LONGEST_CUT_LINE) return;
  let hash = feed(from, '\n');
  for (let i = 0; i <= line.tidy.length; i++) {
    const split = cut(line, i, tailsTo.get(hash));
    if (split) yield split;
    if (i < line.tidy.length) hash = feed(hash, line.tidy[i]!);
  }
}

/** The same, from the other side: the hash needed before each end of ours against `headsFrom`. */
function* typedFrom(line: Line, from: number, to: number, headsFrom: ReadonlyMap<number, number>): Generator<Theirs> {
  if (!line.tidy) return;
  if (from === to) yield [[0, line.raw.length]];
  if (line.raw.length > LONGEST_CUT_LINE) return;
  let hash = to;
  for (let j = line.tidy.length; j >= 0; j--) {
    const split = cut(line, headsFrom.get(hash), j);
    if (split) yield split;
    if (j > 0) hash = unfeed(hash, line.tidy[j - 1]!);
  }
}

/** The ways a line may split at a word edge: ours whole, theirs whole, their words before or after ours. */
function edgeSplits(line: Line): Theirs[] {
  const { tidy } = line;
  if (!tidy) return [];
  const out: Theirs[] = [[], [[0, line.raw.length]]];
  if (line.raw.length > LONGEST_CUT_LINE) return out;
  for (let c = 1; c < tidy.length; c++) {
    if (tidy[c] === ' ') out.push(typedIn(line, c, tidy.length), typedIn(line, 0, c + 1));
  }
  return out;
}

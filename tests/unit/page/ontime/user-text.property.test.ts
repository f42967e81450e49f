import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import en from '../../../../public/_locales/en/messages.json';
import { translator } from '@/utils/shared/translate';
import type { Editor } from '@/utils/page/ontime/editor';
import { composeInvitation } from '@/utils/page/ontime/invitation';
import { INVITATION_END, INVITATION_START, sealInvitation } from '@/utils/page/ontime/invitation-block';
import { appendInvitation, putInvitation, scanBody, takeInvitation } from '@/utils/page/ontime/body-text';
import { LOCATION_SEPARATOR, removeLink } from '@/utils/page/ontime/location-link';
import { putRichInvitation, scanRichBody, takeRichInvitation } from '@/utils/page/ontime/rich-body';
import { stripMeeting, writeMeeting } from '@/utils/page/ontime/write-back';
import { sampleMeeting, TOKYO_DIAL_IN } from '../../sample-meeting';

// Random user edits before, inside and after our invitation, then Save (twice) and Remove:
// no character the user typed is ever lost, and rich content keeps its nodes and formatting.

const RUNS = 1000;
// Each takes about a second alone; the margin is for a machine busy with other suites.
const SLOW_MACHINE = { timeout: 30_000 };
const t = translator(en);
const meeting = sampleMeeting({ dialIn: [TOKYO_DIAL_IN] });
const url = meeting.joinUrl;
const invitations = ['10:00', '11:30', '15:00'].map((time) => composeInvitation({ ...meeting, start: `2026-12-01T${time}` }, t, 'en'));
// The same without dial-in: fewer lines, so the DOM cases run faster; the lines are alike.
const shortInvitations = ['10:00', '11:30', '15:00'].map((time) => composeInvitation({ ...meeting, start: `2026-12-01T${time}`, dialIn: [] }, t, 'en'));

// What users type, including look-alikes of our markers, separators and other meetings' links.
const piece = fc.constantFrom(
  'a', 'Z', ' ', '  ', '\n', '\n\n', '\u00a0', '\t', ';', LOCATION_SEPARATOR, '─', 'Zoom', '/Zoom', '会議室',
  INVITATION_START, INVITATION_END, '──────── /Zoom 0000000 ────────', 'https://zoom.us/j/99999999999', 'https://zoom.us/j/',
);
const userText = fc.array(piece, { maxLength: 8 }).map((parts) => parts.join(''));
// Location is a one-line input: it has no line breaks to type.
const locationText = userText.map((text) => text.replace(/\n/g, ''));

function isSubsequence(needle: string, haystack: string): boolean {
  let at = 0;
  for (const ch of haystack) if (at < needle.length && ch === needle[at]) at++;
  return at === needle.length;
}

/** What was typed in place of `deleted`, without what merely put back its first or last characters. */
function retyped(typed: string, deleted: string): string {
  let head = 0;
  while (head < typed.length && head < deleted.length && typed[head] === deleted[head]) head++;
  let tail = 0;
  while (tail < typed.length - head && tail < deleted.length - head && typed.at(-1 - tail) === deleted.at(-1 - tail)) tail++;
  return typed.slice(head, typed.length - tail);
}

/** Whether `text` has every character of `chars`, as many times. */
function holdsAll(chars: string, text: string): boolean {
  const count = new Map<string, number>();
  for (const ch of text) count.set(ch, (count.get(ch) ?? 0) + 1);
  for (const ch of chars) {
    const left = count.get(ch) ?? 0;
    if (!left) return false;
    count.set(ch, left - 1);
  }
  return true;
}

/** The text without the invitation block we wrote (either way of separating it), if it is there. */
function withoutBlock(text: string, invitation: string): string {
  const block = [true, false].map((separated) => sealInvitation(invitation, separated).join('\n')).find((lines) => text.includes(lines));
  return block ? text.replace(block, '') : text;
}

/** The text without whitespace. */
function solid(text: string): string {
  return text.replace(/\s/g, '');
}

/** The text without what reads as our markers. */
function unmarked(text: string): string {
  return text.replaceAll(INVITATION_START, '').replace(/──────── \/Zoom(?: [0-9a-z]{7}(?:[0-9a-z]{7})?)? ────────/g, '');
}

/** Our blocks in a plain body, each as whether it is intact. */
function blocksOf(text: string): boolean[] {
  const scan = scanBody(text, url);
  return scan.kind === 'found' ? scan.blocks.map((block) => block.intact) : [];
}

describe('plain body: no user character is lost', () => {
  it(`keeps every character through create, Save, Save and Remove (${RUNS} cases)`, SLOW_MACHINE, () => {
    fc.assert(
      fc.property(
        userText, // the body when the meeting is made
        userText, // what the user's text before our block became
        fc.nat(), // where inside our block the user typed…
        userText, // …what they typed there
        fc.nat({ max: 60 }), // …and how many of our characters they deleted there
        userText, // what they typed after our block
        (original, before, insideAt, inside, cut, after) => {
          const created = appendInvitation(original, invitations[0]!);
          const ours = created.slice(original.length); // the separator, then the block
          const block = ours.indexOf(INVITATION_START);
          // Inside the block: its first and last characters stay, so edits never spill out of it.
          const at = block + 1 + (insideAt % (ours.length - block - 1));
          const to = Math.min(at + cut, ours.length - 1);
          const edited = before + ours.slice(0, at) + inside + ours.slice(to) + after;

          const save1 = putInvitation(edited, url, invitations[1]!, false);
          const save2 = putInvitation(save1.text, url, invitations[2]!, false);
          const removed = takeInvitation(save2.text, url);

          // Untouched exactly when the user left our lines alone. An edit that only puts text
          // before the block's first or after its last character (typing "─" at the end of the end
          // marker's dashes) leaves the block itself as we wrote it.
          const separated = original !== '';
          const rest = edited.slice(before.length);
          const tail = rest.slice(ours.length);
          const untouched = rest.startsWith(ours) && (tail === '' || tail.startsWith('\n')) && (separated || before === '' || before.endsWith('\n'));
          // What the user typed, unless it only retyped our own characters where they were (a
          // character deleted and typed again is ours as much as theirs).
          const typed = rest.startsWith(ours) ? before + tail : before + retyped(unmarked(inside), ours.slice(at, to)) + after;
          // None lost, whitespace aside (pages tidy it, and so may we inside our block), and what
          // reads as our marker aside (typed inside our block, it is taken for ours). Words typed
          // next to our characters may be told from them shifted ("a" typed after our "a": whose
          // is which is anyone's guess), so inside the block only the characters count; the text
          // before and after it keeps its order.
          const userPart = [withoutBlock(save1.text, invitations[1]!), withoutBlock(save2.text, invitations[2]!), removed.text];
          for (const text of userPart) expect(holdsAll(solid(unmarked(typed)), solid(text))).toBe(true);
          const outside = before + (rest.startsWith(ours) ? tail : after);
          if (unmarked(outside) === outside) for (const text of userPart) expect(isSubsequence(solid(outside), solid(text))).toBe(true);
          if (save1.outcome === 'none') {
            // Our link typed over, or both our markers: the text is the user's now, left as it is.
            expect([save2.text, removed.text]).toEqual([edited, edited]);
            return;
          }
          // Only a cut block (a marker deleted): left as it is, a fresh one after it.
          if (save1.outcome === 'broken') expect(save1.text.startsWith(edited)).toBe(true);
          else expect(save1.outcome).toBe('refreshed');
          // After a Save the body holds one intact invitation of ours; the next Save adds none.
          expect(blocksOf(save1.text)).toEqual([true]);
          expect(save2.outcome).toBe('refreshed');
          expect(blocksOf(save2.text)).toEqual([true]);
          expect(save2.text.replace(/──────── Zoom[^]*\/Zoom \w+ ────────/, '')).toBe(save1.text.replace(/──────── Zoom[^]*\/Zoom \w+ ────────/, ''));
          expect(removed.outcome).toBe('removed');
          // Our markers typed by the user may make a block of what is left; else none is left.
          if (unmarked(typed) === typed) expect(scanBody(removed.text, url).kind).not.toBe('found');
          if (untouched) {
            expect(save1.outcome).toBe('refreshed');
            expect(removed.text).toBe(before + tail);
          }
        },
      ),
      { numRuns: RUNS },
    );
  });
});

/** Nodes as rich-text editors make them: text, paragraphs, bold, lists, links, images, breaks. */
const userNode = fc
  .tuple(fc.constantFrom('text', 'p', 'b', 'ul', 'a', 'img', 'div-br', 'marker'), fc.constantFrom('Agenda', '会議室 5A', 'x\u00a0y', INVITATION_START, url.slice(0, 20)))
  .map(([kind, text]): (() => ChildNode) => () => {
    const el = (tag: string, content?: string) => Object.assign(document.createElement(tag), content === undefined ? {} : { textContent: content });
    switch (kind) {
      case 'text':
        return document.createTextNode(text);
      case 'ul': {
        const list = el('ul');
        list.append(el('li', text), el('li', 'second'));
        return list;
      }
      case 'a':
        return Object.assign(el('a', text), { href: 'https://intranet.example/doc' });
      case 'img':
        return Object.assign(el('img'), { src: 'data:image/gif;base64,R0lGODlhAQABAAAAACw=', alt: text });
      case 'div-br': {
        const div = el('div');
        div.append(el('i', text), el('br'));
        return div;
      }
      case 'marker':
        return el('p', INVITATION_START);
      default:
        return el(kind, text);
    }
  });
const userNodes = fc.array(userNode, { maxLength: 5 });

function snapshot(node: ChildNode): string {
  return node instanceof Element ? node.outerHTML : (node.textContent ?? '');
}

describe('rich body: no user node or formatting is lost', () => {
  it(`keeps every user node, unchanged, through create, Save, Save and Remove (${RUNS} cases)`, SLOW_MACHINE, () => {
    fc.assert(
      fc.property(
        userNodes, // the description when the meeting is made
        fc.array(fc.boolean(), { maxLength: 5 }), // which of those the user deleted since
        userNodes, // what they added before our block
        fc.option(fc.tuple(fc.nat(), fc.constantFrom('new line', 'typed', 'deleted line'), fc.constantFrom('!', ' late', '\u00a0'))), // an edit inside our block
        userNodes, // what they added after it
        (originalMakers, deleted, beforeMakers, inside, afterMakers) => {
          const root = document.createElement('div');
          root.contentEditable = 'true';
          const original = originalMakers.map((make) => make());
          root.append(...original);
          expect(putRichInvitation(root, url, shortInvitations[0]!, true)).toBe('added');
          const ours = Array.from(root.childNodes).slice(original.length);

          const kept = original.filter((_, i) => !deleted[i]);
          original.filter((_, i) => deleted[i]).forEach((node) => node.remove());
          const before = beforeMakers.map((make) => make());
          ours[0]!.before(...before);
          const after = afterMakers.map((make) => make());
          root.append(...after);
          const inner: ChildNode[] = []; // user nodes typed inside our block
          const typed: string[] = []; // words typed into one of our lines
          let expected: string = 'refreshed';
          if (inside) {
            const [at, how, text] = inside;
            if (how === 'new line') {
              const node = document.createTextNode(text.trim() || 'note');
              ours[1 + (at % (ours.length - 1))]!.before(node);
              inner.push(node);
            } else if (how === 'deleted line') {
              const line = ours[at % ours.length]!;
              // Known limit: with our start line deleted, a start marker the user typed above it is
              // taken for ours, and what lies between for words typed into our block.
              fc.pre(!(line === ours[0] && [...kept, ...before].some((node) => node.textContent?.includes(INVITATION_START))));
              line.remove(); // the start or end marker, or any line between
              // Without a marker, ours is cut; without our link, it is no longer ours.
              expected = line === ours[0] || line === ours.at(-1) ? 'broken' : line.textContent === url ? 'none' : 'refreshed';
            } else {
              ours[at % ours.length]!.appendChild(document.createTextNode(text));
              if (text.trim()) typed.push(text);
            }
          }
          const user = [...kept, ...before, ...inner, ...after];
          const looks = user.map(snapshot);

          const edited = Array.from(root.childNodes);
          const save1 = putRichInvitation(root, url, shortInvitations[1]!, false);
          expect(save1).toBe(expected);
          if (save1 === 'none') {
            expect(takeRichInvitation(root, url)).toBe('none');
            expect(Array.from(root.childNodes)).toEqual(edited);
            expect(user.map(snapshot)).toEqual(looks);
            return;
          }
          // One intact block of ours after a Save, however it was changed.
          const scan = scanRichBody(root, url);
          expect(scan.kind === 'found' && scan.blocks.map((block) => block.intact)).toEqual([true]);
          expect(putRichInvitation(root, url, shortInvitations[2]!, false)).toBe('refreshed');
          expect(takeRichInvitation(root, url)).toBe('removed');
          expect(scanRichBody(root, url).kind).not.toBe('found');

          // Every user node is still there, in order, and looks exactly as it did; words typed
          // into our lines are there too.
          const now = Array.from(root.childNodes);
          expect(user.every((node) => node.parentNode === root)).toBe(true);
          expect(user.map((node) => now.indexOf(node))).toEqual(user.map((node) => now.indexOf(node)).sort((a, b) => a - b));
          expect(user.map(snapshot)).toEqual(looks);
          for (const text of typed) expect(root.textContent).toContain(text.trim());
          if (!inside) expect(now).toEqual(user);
        },
      ),
      { numRuns: RUNS },
    );
  });
});

function editorWith(location: HTMLInputElement): Editor {
  return { container: document.body, subject: location, start: [], end: [], location, body: null, onlineMeetingRow: null };
}

describe('Location: no user character is lost', () => {
  it(`Remove gives back exactly what the user has, in the session that added the link (${RUNS} cases)`, SLOW_MACHINE, () => {
    const location = document.createElement('input');
    const editor = editorWith(location);
    fc.assert(
      fc.property(locationText, locationText, locationText, (original, before, after) => {
        location.value = original;
        expect(writeMeeting(editor, url, invitations[0]!, 'location').location).toBe(true);
        const written = location.value;
        expect(written.startsWith(original) && written.endsWith(url)).toBe(true);
        // The user edits the text before the link and types after it.
        location.value = before + written.slice(original.length) + after;
        stripMeeting(editor, url);
        expect(location.value).toBe(before + after);
      }),
      { numRuns: RUNS },
    );
  });

  it(`in a later session too, unless the user typed our separator right before a link we put alone (${RUNS} cases)`, SLOW_MACHINE, () => {
    fc.assert(
      fc.property(locationText, locationText, locationText, (original, before, after) => {
        const ours = original.trim() ? LOCATION_SEPARATOR + url : url;
        fc.pre(ours !== url || !before.endsWith(LOCATION_SEPARATOR));
        expect(removeLink(before + ours + after, url)).toBe(before + after);
      }),
      { numRuns: RUNS },
    );
  });
});

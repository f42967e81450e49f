import { beforeEach, describe, expect, it } from 'vitest';
import en from '../../../../public/_locales/en/messages.json';
import ja from '../../../../public/_locales/ja/messages.json';
import { translator } from '@/utils/shared/translate';
import { composeInvitation } from '@/utils/page/ontime/invitation';
import { INVITATION_END, INVITATION_START, scanInvitation, sealInvitation } from '@/utils/page/ontime/invitation-block';
import { appendInvitation, putInvitation, scanBody, takeInvitation } from '@/utils/page/ontime/body-text';
import { putRichInvitation, scanRichBody, takeRichInvitation } from '@/utils/page/ontime/rich-body';
import { sampleMeeting, TOKYO_DIAL_IN } from '../../sample-meeting';

// Our invitation block found, refreshed and removed however the user or the page changed it around
// and inside: words on its marker lines or among its lines, lines trimmed, spaces collapsed, blank
// lines dropped, every line rewrapped. The user's words are kept, just outside the block; there is
// never a second block.

const meeting = sampleMeeting({ dialIn: [TOKYO_DIAL_IN] });
const url = meeting.joinUrl;
const LANGS = [
  { lang: 'en', t: translator(en), was: '10:00 AM', now: '2:00 PM', words: 'see you there', topic: 'Topic: Design review' },
  { lang: 'ja', t: translator(ja), was: '10:00', now: '14:00', words: '少し遅れます', topic: 'トピック: Design review' },
] as const;

const startLines = (text: string) => text.split(INVITATION_START).length - 1;
/** The body without whitespace, to compare what pages tidy. */
const solid = (text: string) => text.replace(/\s/g, '');

/** How third.html's "trim" description tidies a textarea: lines trimmed, blank runs collapsed. */
function trimPage(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[\s\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** How third.html's "rich" description tidies: every line its own <p>, spaces collapsed, empty lines dropped. */
function richPage(root: HTMLElement): void {
  const lines = Array.from(root.childNodes, (node) => node.textContent ?? '');
  root.textContent = '';
  for (const line of lines) {
    const text = line.replace(/[\s\u00a0]+/g, ' ').trim();
    if (!text) continue;
    const p = document.createElement('p');
    if (text === url) p.append(Object.assign(document.createElement('a'), { href: url, textContent: url }));
    else p.textContent = text;
    root.append(p);
  }
}

function richRoot(...paragraphs: string[]): HTMLElement {
  const root = document.createElement('div');
  root.contentEditable = 'true';
  for (const text of paragraphs) root.append(Object.assign(document.createElement('p'), { textContent: text }));
  document.body.append(root);
  return root;
}

/** The line node of ours that reads `text` at its start. */
function lineStarting(root: HTMLElement, text: string): Element {
  return Array.from(root.children).find((node) => node.textContent?.startsWith(text))!;
}

beforeEach(() => {
  document.body.textContent = '';
});

for (const { lang, t, was, now, words, topic } of LANGS) {
  const invite = (start = meeting.start) => composeInvitation({ ...meeting, start }, t, lang);
  const later = '2026-12-01T14:00';
  const sealed = (start?: string) => sealInvitation(invite(start), true).join('\n');
  const created = appendInvitation('Agenda', invite());

  /** Save with the time changed, then Remove: one block, the new time, the words kept throughout. */
  function lifecycle(edited: string, kept: readonly string[]) {
    const saved = putInvitation(edited, url, invite(later), false);
    expect(saved.outcome).toBe('refreshed');
    expect(startLines(saved.text)).toBe(1);
    expect(saved.text).toContain(now);
    expect(saved.text).not.toContain(was);
    const scan = scanBody(saved.text, url);
    expect(scan.kind === 'found' && scan.blocks.map((block) => block.intact)).toEqual([true]);
    const removed = takeInvitation(saved.text, url);
    expect(removed.outcome).toBe('removed');
    expect(removed.text).not.toContain(url);
    expect(removed.text).not.toContain('────');
    for (const text of [saved.text, removed.text]) for (const word of ['Agenda', ...kept]) expect(text).toContain(word);
    return { saved: saved.text, removed: removed.text };
  }

  describe(`plain body (${lang}): the user's words on and inside our block`, () => {
    it('words typed at the very end (on the end marker line) go on a line of their own after the block', () => {
      const { saved, removed } = lifecycle(`${created} ${words}`, [words]);
      expect(saved).toBe(`Agenda\n\n${sealed(later)}\n ${words}`);
      expect(removed).toBe(`Agenda\n ${words}`);
    });

    it('words typed before the end marker, on its line, go after the block', () => {
      const edited = created.replace(/(\n)(──────── \/Zoom)/, `$1${words} $2`);
      const { saved, removed } = lifecycle(edited, [words]);
      expect(saved).toBe(`Agenda\n\n${sealed(later)}\n${words} `);
      expect(removed).toBe(`Agenda\n${words} `);
    });

    it('words typed before the start marker, on its line, stay before the block', () => {
      const edited = created.replace(INVITATION_START, `${words} ${INVITATION_START}`);
      const { saved, removed } = lifecycle(edited, [words]);
      expect(saved).toBe(`Agenda\n\n${words} \n${sealed(later)}`);
      expect(removed).toBe(`Agenda\n\n${words} \n`); // the line break we put after their words stays
    });

    it('words typed after the start marker, on its line, go after the block', () => {
      const edited = created.replace(INVITATION_START, `${INVITATION_START} ${words}`);
      const { saved } = lifecycle(edited, [words]);
      expect(saved).toBe(`Agenda\n\n${sealed(later)}\n ${words}`);
    });

    it('words typed after the join link, in the middle of the topic, and on a line of their own inside', () => {
      const edited = created
        .replace(url, `${url} (use the browser)`)
        .replace(topic, topic.replace('Design', 'Design (2nd round)'))
        .replace(topic.replace('Design', 'Design (2nd round)'), `${words}\n$&`);
      const { saved, removed } = lifecycle(edited, ['(use the browser)', '(2nd round)', words]);
      // In the order they were typed in, each on a line of its own.
      expect(saved).toBe(`Agenda\n\n${sealed(later)}\n${words}\n (2nd round)\n (use the browser)`);
      expect(removed).toBe(`Agenda\n${words}\n (2nd round)\n (use the browser)`);
    });

    it('a page that trims every line and collapses blank lines: still ours, refreshed in place', () => {
      const edited = trimPage(`Notes   before\n\n\n\nmore  notes\n\n${sealInvitation(invite(), true).join('\n')}\n   tail  words   `);
      expect(edited).toContain('\n+81 3 4578 1488'); // the dial-in line lost its indent
      const { saved, removed } = lifecycle(`Agenda\n${edited}`, ['Notes before', 'more notes', 'tail words']);
      expect(saved).toBe(`Agenda\nNotes before\n\nmore notes\n\n${sealed(later)}\ntail words`);
      expect(removed).toBe('Agenda\nNotes before\n\nmore notes\ntail words');
    });

    it('two stale copies from before this fix: one block after Save, both gone after Remove', () => {
      const doubled = `${created}\n\n${sealInvitation(invite('2026-12-01T11:00'), true).join('\n')} ${words}`;
      const { saved, removed } = lifecycle(doubled, [words]);
      expect(saved).toBe(`Agenda\n\n${sealed(later)}\n ${words}`);
      expect(removed).toBe(`Agenda\n ${words}`);
    });

    it('a long invitation (40 dial-in numbers, ten dates of a weekly repeat): words in two of its lines are still told from ours', () => {
      const long = sampleMeeting({
        dialIn: Array.from({ length: 40 }, (_, i) => ({ ...TOKYO_DIAL_IN, city: `City ${i}` })),
        repeat: { freq: 'weekly', interval: 1, weekdays: [2], end: { kind: 'count', times: 12 } },
      });
      const compose = (start: string) => composeInvitation({ ...long, start }, t, lang);
      const edited = appendInvitation('Agenda', compose(meeting.start))
        .replace(topic, topic.replace('Design', 'Design (2nd round)'))
        .replace(/\n\n(\S.*\n)(?=.*\n  \+81)/, `\n\n$1${words}\n`);
      expect(edited).toContain(`\n${words}\n`);
      const saved = putInvitation(edited, url, compose(later), false);
      // Which space around their words was theirs cannot be told: either is kept with them.
      const either = (text: string) => text.replace(/ ?\(2nd round\) ?/, '(2nd round)');
      expect(either(saved.text)).toBe(`Agenda\n\n${sealInvitation(compose(later), true).join('\n')}\n(2nd round)\n${words}`);
      expect(either(takeInvitation(saved.text, url).text)).toBe(`Agenda\n(2nd round)\n${words}`);
    });

    it('our characters deleted and words typed in three places: no proof, so only what is surely ours goes', () => {
      const edited = created
        .replace(url, `${url} A1`)
        .replace(topic, `${topic} B2`)
        .replace(/\n.*Tokyo\)/, '\nC3');
      const { saved, removed } = lifecycle(edited, ['A1', 'B2', 'C3']);
      // Our old time line cannot be told from the user's words any more: it is kept, as theirs.
      expect(removed).toContain('B2');
      expect(solid(removed)).toContain(solid(`${topic} B2`));
      expect(saved.indexOf('C3')).toBeGreaterThan(saved.indexOf(INVITATION_END.slice(0, 14)));
    });

    it('a block written before this fix (every character in its checksum) is still intact', () => {
      const lines = invite().split('\n');
      let hash = 0x811c9dc5;
      const text = `1\n${lines.slice(1, -1).join('\n')}`;
      for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
      const old = [...lines.slice(0, -1), `──────── /Zoom ${(hash >>> 0).toString(36).padStart(7, '0')} ────────`].join('\n');
      const scan = scanBody(`Agenda\n\n${old}`, url);
      expect(scan.kind === 'found' && scan.blocks.map((block) => [block.intact, block.separated])).toEqual([[true, true]]);
      expect(takeInvitation(`Agenda\n\n${old}`, url)).toEqual({ text: 'Agenda', outcome: 'removed' });
    });
  });

  describe(`rich body (${lang}): the user's words on and inside our block`, () => {
    /** Save with the time changed, then Remove, on a rich body. */
    function richLifecycle(root: HTMLElement, kept: readonly string[]) {
      expect(putRichInvitation(root, url, invite(later), false)).toBe('refreshed');
      expect(startLines(root.textContent!)).toBe(1);
      expect(root.textContent).toContain(now);
      expect(root.textContent).not.toContain(was);
      const scan = scanRichBody(root, url);
      expect(scan.kind === 'found' && scan.blocks.map((block) => block.intact)).toEqual([true]);
      const saved = root.innerHTML;
      expect(takeRichInvitation(root, url)).toBe('removed');
      expect(root.textContent).not.toContain(url);
      expect(root.textContent).not.toContain('────');
      for (const word of kept) expect(root.textContent).toContain(word);
      return saved;
    }

    it('a page that rewraps every line in <p>, collapses spaces, drops &nbsp; and empty lines: refreshed in place', () => {
      const root = richRoot('Intro line one', 'Second line');
      const user = Array.from(root.childNodes);
      expect(putRichInvitation(root, url, invite(), true)).toBe('added');
      richPage(root); // the user's lines are rebuilt too
      expect(root.querySelectorAll('p')).toHaveLength(root.childNodes.length);
      expect(Array.from(root.childNodes, (node) => node.textContent)).toContain('+81 3 4578 1488 (Japan Tokyo)');
      const mine = Array.from(root.childNodes).slice(0, user.length);
      richLifecycle(root, ['Intro line one', 'Second line']);
      expect(Array.from(root.childNodes)).toEqual(mine);
    });

    it('words on the first marker line, the last one and after the join link: kept after the block, their formatting too', () => {
      const root = richRoot('Agenda');
      putRichInvitation(root, url, invite(), true);
      lineStarting(root, INVITATION_START).append(' first');
      lineStarting(root, '──────── /Zoom').append(' ', Object.assign(document.createElement('i'), { textContent: words }));
      lineStarting(root, url).append(' (use the browser)');
      const saved = richLifecycle(root, ['first', words, '(use the browser)']);
      expect(saved.endsWith(`<p> first</p><p> (use the browser)</p><p> <i>${words}</i></p>`)).toBe(true);
      expect(root.innerHTML).toBe(`<p>Agenda</p><p> first</p><p> (use the browser)</p><p> <i>${words}</i></p>`);
    });

    it('words before the start marker, in its paragraph, stay before the block; a paragraph typed inside moves after it', () => {
      const root = richRoot('Agenda');
      putRichInvitation(root, url, invite(), true);
      const start = lineStarting(root, INVITATION_START);
      start.prepend(Object.assign(document.createElement('b'), { textContent: words }));
      const note = Object.assign(document.createElement('p'), { textContent: 'typed inside' });
      lineStarting(root, topic).after(note);
      richLifecycle(root, [words, 'typed inside']);
      expect(root.innerHTML).toBe(`<p>Agenda</p><p><b>${words}</b></p><p>typed inside</p>`);
      expect(note.isConnected).toBe(true); // the user's own node, not a copy
    });
  });
}

describe('what is not ours', () => {
  it('a block for another meeting, and markers the user typed without our link, are never ours', () => {
    const t = translator(en);
    const other = composeInvitation({ ...meeting, id: 99999999999, joinUrl: 'https://zoom.us/j/99999999999' }, t, 'en');
    const lines = [...sealInvitation(other, false), `Notes ${INVITATION_START} more`, 'and', `${INVITATION_END} end`];
    expect(scanInvitation(lines, url)).toEqual({ kind: 'none' });
  });

  it('an image pasted on a line of its own inside our rich block is the user’s: kept, as it is, after the block', () => {
    const t = translator(en);
    const root = richRoot('Agenda');
    putRichInvitation(root, url, composeInvitation(meeting, t, 'en'), true);
    const picture = document.createElement('p');
    picture.append(Object.assign(document.createElement('img'), { src: 'data:image/gif;base64,R0lGODlhAQABAAAAACw=', alt: 'floor plan' }));
    lineStarting(root, url).after(picture);
    expect(putRichInvitation(root, url, composeInvitation(meeting, t, 'en'), false)).toBe('refreshed');
    expect(root.lastChild).toBe(picture);
    expect(takeRichInvitation(root, url)).toBe('removed');
    expect(Array.from(root.childNodes, (node) => (node as Element).outerHTML)).toEqual(['<p>Agenda</p>', picture.outerHTML]);
  });

  it('a cut block of ours (its end marker deleted) is left as it is: where it ends is unknown', () => {
    const t = translator(en);
    const lines = sealInvitation(composeInvitation(meeting, t, 'en'), true).slice(0, -1);
    expect(scanInvitation(['Notes', '', ...lines, 'my notes'], url)).toEqual({ kind: 'broken' });
  });
});

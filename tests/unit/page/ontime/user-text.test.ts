import { beforeEach, describe, expect, it } from 'vitest';
import en from '../../../../public/_locales/en/messages.json';
import { translator } from '@/utils/shared/translate';
import type { Editor } from '@/utils/page/ontime/editor';
import { composeInvitation } from '@/utils/page/ontime/invitation';
import { INVITATION_START, sealInvitation } from '@/utils/page/ontime/invitation-block';
import { putInvitation, takeInvitation } from '@/utils/page/ontime/body-text';
import { addLink, removeLink } from '@/utils/page/ontime/location-link';
import { refreshMeeting, stripMeeting, writeMeeting } from '@/utils/page/ontime/write-back';
import { sampleMeeting } from '../../sample-meeting';

const t = translator(en);
const meeting = sampleMeeting();
const url = meeting.joinUrl;
const invite = (start = meeting.start) => composeInvitation({ ...meeting, start }, t, 'en');

function editor(location: HTMLElement | null, body: HTMLElement | null): Editor {
  const container = document.createElement('div');
  container.append(...[location, body].filter((el): el is HTMLElement => el !== null));
  document.body.append(container);
  return { container, subject: document.createElement('input'), start: [], end: [], location, body, onlineMeetingRow: null };
}

function input(value: string): HTMLInputElement {
  const el = document.createElement('input');
  el.value = value;
  return el;
}

function textarea(value: string): HTMLTextAreaElement {
  const el = document.createElement('textarea');
  el.value = value;
  return el;
}

/** A description as rich-text editors build it: paragraphs, bold, a list, a link and an image. */
function richBody(): { root: HTMLElement; userNodes: ChildNode[]; html: string } {
  const root = document.createElement('div');
  root.contentEditable = 'true';
  const p = document.createElement('p');
  const b = document.createElement('b');
  b.textContent = 'Agenda';
  p.append(b, ' for ', Object.assign(document.createElement('a'), { href: 'https://intranet.example/agenda', textContent: 'the review' }));
  const ul = document.createElement('ul');
  for (const item of ['Budget', 'Hiring']) ul.append(Object.assign(document.createElement('li'), { textContent: item }));
  const img = Object.assign(document.createElement('img'), { src: 'data:image/gif;base64,R0lGODlhAQABAAAAACw=', alt: 'floor plan' });
  root.append(p, ul, img);
  return { root, userNodes: [p, ul, img], html: root.innerHTML };
}

beforeEach(() => {
  document.body.textContent = '';
});

describe('Location: the link goes beside the user’s text', () => {
  it('keeps "Room 5A, 3rd floor" and adds the link after "; "', () => {
    expect(addLink('Room 5A, 3rd floor', url)).toEqual({ text: `Room 5A, 3rd floor; ${url}`, separated: true });
    expect(addLink('', url)).toEqual({ text: url, separated: false });
    expect(addLink('  ', url)).toEqual({ text: `  ${url}`, separated: false });
  });

  it('Remove restores Location character for character, also after the user edited it', () => {
    const location = input('Room 5A, 3rd floor ');
    const ed = editor(location, null);
    writeMeeting(ed, url, invite(), 'location');
    expect(location.value).toBe(`Room 5A, 3rd floor ; ${url}`);
    stripMeeting(ed, url);
    expect(location.value).toBe('Room 5A, 3rd floor ');

    writeMeeting(ed, url, invite(), 'location');
    location.value = `Room 5B, 3rd floor ; ${url} (bring a badge)`;
    stripMeeting(ed, url);
    expect(location.value).toBe('Room 5B, 3rd floor  (bring a badge)');
  });

  it('in another session, takes the separator right before our link as ours', () => {
    expect(removeLink(`Room 5A; ${url}`, url)).toBe('Room 5A');
    expect(removeLink(url, url)).toBe('');
    expect(removeLink(`Room 5A;${url}`, url)).toBe('Room 5A;');
    // In this session we know we added none: the user's own "; " stays.
    expect(removeLink(`Room 5A; ${url}`, url, false)).toBe('Room 5A; ');
  });

  it('bothOrBody leaves a Location that holds text alone and puts the invitation in the body', () => {
    const location = input('Room 5A');
    const body = textarea('Notes');
    expect(writeMeeting(editor(location, body), url, invite(), 'bothOrBody')).toEqual({ location: false, body: true });
    expect(location.value).toBe('Room 5A');
    expect(body.value).toContain(url);

    const empty = input('');
    expect(writeMeeting(editor(empty, textarea('')), url, invite(), 'bothOrBody')).toEqual({ location: true, body: true });
    expect(empty.value).toBe(url);
  });
});

describe('plain body: only our own characters are rewritten or stripped', () => {
  const sealed = (start?: string) => sealInvitation(invite(start), true).join('\n');

  it('refreshes an intact block in place and leaves the text around it', () => {
    const body = `Notes\n\n${sealed()}\nAfter`;
    const edit = putInvitation(body, url, invite('2026-12-01T11:00'), false);
    expect(edit.outcome).toBe('refreshed');
    expect(edit.text).toBe(`Notes\n\n${sealed('2026-12-01T11:00')}\nAfter`);
  });

  it('a start marker without its end: nothing is stripped, a fresh invitation is added', () => {
    const cut = sealed().split('\n').slice(0, -1).join('\n');
    const body = `Notes\n\n${cut}\nmy notes after`;
    const edit = putInvitation(body, url, invite(), false);
    expect(edit.outcome).toBe('broken');
    expect(edit.text.startsWith(body)).toBe(true);
    // The next Save refreshes the fresh one and adds no more.
    const again = putInvitation(edit.text, url, invite('2026-12-01T12:00'), false);
    expect(again.outcome).toBe('refreshed');
    expect(again.text.startsWith(body)).toBe(true);
    expect(again.text.split(INVITATION_START)).toHaveLength(3);
    expect(takeInvitation(again.text, url)).toEqual({ text: body, outcome: 'removed' });
  });

  it('an end marker before the start marker: nothing is stripped', () => {
    const lines = sealed().split('\n');
    const body = ['Notes', lines.at(-1), ...lines.slice(0, -1), 'tail'].join('\n');
    expect(putInvitation(body, url, invite(), false).outcome).toBe('broken');
    expect(takeInvitation(body, url)).toEqual({ text: body, outcome: 'broken' });
  });

  it('two blocks of ours (a stale copy): Save keeps one, up to date; Remove takes both; the text between stays', () => {
    const body = `Notes\n\n${sealed()}\n\nmiddle\n\n${sealed()}`;
    expect(putInvitation(body, url, invite('2026-12-01T11:00'), false)).toEqual({ text: `Notes\n\nmiddle\n\n${sealed('2026-12-01T11:00')}`, outcome: 'refreshed' });
    expect(takeInvitation(body, url)).toEqual({ text: 'Notes\n\nmiddle', outcome: 'removed' });
  });

  it('a block the user typed into: refreshed in place, their words kept right after it', () => {
    const body = `Notes\n\n${sealed().replace('Join Zoom meeting', 'Join Zoom meeting (I will be late)')}`;
    expect(putInvitation(body, url, invite('2026-12-01T11:00'), false)).toEqual({ text: `Notes\n\n${sealed('2026-12-01T11:00')}\n (I will be late)`, outcome: 'refreshed' });
    expect(takeInvitation(body, url)).toEqual({ text: 'Notes\n (I will be late)', outcome: 'removed' });
  });

  it('a forwarded invitation for another meeting is never stripped or rewritten, markers and all', () => {
    const other = 'https://zoom.us/j/99999999999';
    const forwarded = sealInvitation(composeInvitation({ ...meeting, id: 99999999999, joinUrl: other }, t, 'en'), true).join('\n');
    const body = `FYI\n\n${forwarded}`;
    expect(putInvitation(body, url, invite(), false)).toEqual({ text: body, outcome: 'none' });
    expect(takeInvitation(body, url)).toEqual({ text: body, outcome: 'none' });
    // Our own block after it is still found and is the only one touched.
    const both = putInvitation(body, url, invite(), true).text;
    expect(both.startsWith(body)).toBe(true);
    expect(takeInvitation(both, url)).toEqual({ text: body, outcome: 'removed' });
  });

  it('tells the caller when Remove left a cut invitation in place, and not when it kept words typed into one', () => {
    const body = textarea('Notes');
    const ed = editor(null, body);
    writeMeeting(ed, url, invite());
    body.value = body.value.replace('Topic:', 'Topic (moved to room 7):');
    expect(stripMeeting(ed, url)).toEqual({ bodyLeft: false });
    expect(body.value).toBe('Notes\n (moved to room 7)');

    writeMeeting(ed, url, invite());
    body.value = body.value.split('\n').slice(0, -1).join('\n'); // the end marker deleted
    const cut = body.value;
    expect(stripMeeting(ed, url)).toEqual({ bodyLeft: true });
    expect(body.value).toBe(cut);
  });
});

describe('rich body: the invitation is its own nodes', () => {
  it('appends one block per line after the user’s nodes and leaves them untouched', () => {
    const { root, userNodes, html } = richBody();
    const seen: string[] = [];
    root.addEventListener('input', () => seen.push('input'));
    root.addEventListener('change', () => seen.push('change'));
    expect(writeMeeting(editor(null, root), url, invite())).toEqual({ location: false, body: true });
    expect(seen).toEqual(['input', 'change']);
    expect(Array.from(root.childNodes).slice(0, 3)).toEqual(userNodes);
    const ours = Array.from(root.childNodes).slice(3) as HTMLElement[];
    expect(ours.map((n) => n.tagName)).toEqual(ours.map(() => 'DIV'));
    expect(ours.map((n) => n.textContent)).toEqual(sealInvitation(invite(), false));
    expect(ours.find((n) => n.textContent === url)?.querySelector('a')?.getAttribute('href')).toBe(url);
    stripMeeting(editor(null, root), url);
    expect(root.innerHTML).toBe(html);
  });

  it('Save replaces only our nodes; user nodes keep their identity and formatting', () => {
    const { root, userNodes } = richBody();
    const ed = editor(null, root);
    writeMeeting(ed, url, invite());
    const note = Object.assign(document.createElement('p'), { innerHTML: 'Typed <i>after</i> it' });
    root.append(note);
    const snapshot = [...userNodes, note].map((n) => (n as Element).outerHTML);
    expect(refreshMeeting(ed, url, invite('2026-12-01T15:00'))).toBe('refreshed');
    expect(root.textContent).toContain('3:00 PM');
    expect(root.lastChild).toBe(note);
    expect([...userNodes, note].map((n) => (n as Element).outerHTML)).toEqual(snapshot);
    expect(stripMeeting(ed, url)).toEqual({ bodyLeft: false });
    expect(Array.from(root.childNodes)).toEqual([...userNodes, note]);
  });

  it('writes lines as paragraphs in an editor that uses <p>', () => {
    const root = document.createElement('div');
    root.contentEditable = 'true';
    root.append(Object.assign(document.createElement('p'), { textContent: 'Hello' }));
    writeMeeting(editor(null, root), url, invite());
    expect(new Set(Array.from(root.children).map((n) => n.tagName))).toEqual(new Set(['P']));
  });

  it('words typed into one of our lines are kept, formatting and all, in a line of their own after the refreshed block', () => {
    const { root, userNodes } = richBody();
    const ed = editor(null, root);
    writeMeeting(ed, url, invite());
    const topic = Array.from(root.children).find((n) => n.textContent?.startsWith('Topic:'))!;
    topic.append(' — bring ', Object.assign(document.createElement('b'), { textContent: 'slides' }));
    expect(refreshMeeting(ed, url, invite('2026-12-01T15:00'))).toBe('refreshed');
    expect(root.textContent!.split(INVITATION_START)).toHaveLength(2);
    expect(root.textContent).toContain('3:00 PM');
    expect((root.lastChild as Element).outerHTML).toBe('<div> — bring <b>slides</b></div>');
    expect(stripMeeting(ed, url)).toEqual({ bodyLeft: false });
    expect(Array.from(root.childNodes).slice(0, 3)).toEqual(userNodes);
    expect((root.lastChild as Element).outerHTML).toBe('<div> — bring <b>slides</b></div>');
    expect(root.childNodes).toHaveLength(4);
  });
});

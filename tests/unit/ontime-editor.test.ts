import { beforeEach, describe, expect, it } from 'vitest';
import { readDraft } from '@/utils/page/ontime/draft';
import { readEditor, candidateContainers } from '@/utils/page/ontime/editor';
import { readValue, writeValue } from '@/utils/page/ontime/field-values';
import { existingJoinUrl, findJoinUrl, stripMeeting, writeMeeting } from '@/utils/page/ontime/write-back';

function load(html: string): Element {
  document.body.innerHTML = html;
  return candidateContainers(document.body)[0]!;
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('finding the editor by meaning', () => {
  it('reads a label-for dialog with split date and time inputs (English)', () => {
    const container = load(`
      <div role="dialog" aria-labelledby="h"><h2 id="h">New meeting</h2>
        <label for="a1">Subject</label><input id="a1" value="Team sync">
        <label for="a2">Start</label><input id="a2" type="date" value="2026-12-01"><input type="time" aria-label="Start time" value="09:30">
        <label for="a3">End</label><input id="a3" type="date" value="2026-12-01"><input type="time" aria-label="End time" value="10:15">
        <label for="a4">Location</label><input id="a4">
        <label for="a5">Description</label><textarea id="a5"></textarea>
        <div><span>Online meeting</span><button>Create</button></div>
        <span>(GMT+09:00) Asia/Tokyo</span>
      </div>`);
    const editor = readEditor(container)!;
    expect(editor).not.toBeNull();
    expect(readDraft(editor)).toEqual({ subject: 'Team sync', start: '2026-12-01T09:30', end: '2026-12-01T10:15', timeZone: 'Asia/Tokyo' });
    expect(editor.location?.id).toBe('a4');
    expect(editor.body?.id).toBe('a5');
    expect(editor.onlineMeetingRow?.textContent).toContain('Create');
  });

  it('reads a Japanese table layout with text labels in neighbouring cells', () => {
    const container = load(`
      <form><table>
        <tr><th>件名</th><td><input value="週次定例"></td></tr>
        <tr><th>開始</th><td><input value="2026/12/01 14:00"></td></tr>
        <tr><th>終了</th><td><input value="2026/12/01 15:00"></td></tr>
        <tr><th>場所</th><td><input></td></tr>
        <tr><th>本文</th><td><textarea></textarea></td></tr>
      </table></form>`);
    const editor = readEditor(container)!;
    expect(readDraft(editor)).toMatchObject({ subject: '週次定例', start: '2026-12-01T14:00', end: '2026-12-01T15:00' });
    expect(editor.location).toBeInstanceOf(HTMLInputElement);
    expect(editor.body).toBeInstanceOf(HTMLTextAreaElement);
  });

  it('reads aria-labelledby labels, datetime-local inputs and an end with time only', () => {
    const container = load(`
      <dialog open><span id="l1">Title</span><input aria-labelledby="l1" value="Launch">
        <span id="l2">Starts</span><input type="datetime-local" aria-labelledby="l2" value="2026-12-05T16:00">
        <span id="l3">Ends</span><input type="time" aria-labelledby="l3" value="17:30">
      </dialog>`);
    expect(readDraft(readEditor(container)!)).toMatchObject({ subject: 'Launch', start: '2026-12-05T16:00', end: '2026-12-05T17:30' });
  });

  it('is not fooled by a dialog without meeting fields, and uses the outermost container', () => {
    expect(readEditor(load('<div role="dialog"><label>Search <input></label></div>'))).toBeNull();
    document.body.innerHTML = `<div role="dialog" id="outer"><form id="inner"><label>Subject <input></label><label>Start <input value="2026-12-01 10:00"></label></form></div>`;
    expect(candidateContainers(document.getElementById('inner')!)[0]!.id).toBe('outer');
  });

  it('honours admin selector overrides and survives a bad one', () => {
    const container = load(`<div role="dialog"><input class="subj" value="X"><input class="when" value="2026-12-01 10:00"><input class="till" value="2026-12-01 11:00"></div>`);
    const editor = readEditor(container, { subject: '.subj', start: '.when', end: '.till', location: '::bad(' })!;
    expect(readDraft(editor)).toMatchObject({ subject: 'X', start: '2026-12-01T10:00', end: '2026-12-01T11:00' });
  });
});

describe('writing back', () => {
  it('uses the native setter and bubbling input/change events a framework listens to', () => {
    const input = document.createElement('input');
    document.body.append(input);
    const seen: string[] = [];
    const nativeValue = (el: EventTarget | null) => Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.get!.call(el);
    document.body.addEventListener('input', (e) => seen.push(`input:${nativeValue(e.target)}`));
    document.body.addEventListener('change', () => seen.push('change'));
    // A framework-style instance setter that would swallow a plain assignment.
    let tracked = '';
    Object.defineProperty(input, 'value', { get: () => tracked, set: (v: string) => (tracked = `tracked:${v}`), configurable: true });
    writeValue(input, 'https://zoom.us/j/1');
    expect(seen).toEqual(['input:https://zoom.us/j/1', 'change']);
    expect(tracked).toBe(''); // the instance setter was bypassed
  });

  it('writes link and invitation, recognises them, and strips only its own text', () => {
    const container = load(`<div role="dialog"><label>Subject <input value="S"></label><label>Start <input value="2026-12-01 10:00"></label>
      <label>Location <input></label><label>Description <textarea>My agenda</textarea></label></div>`);
    const editor = readEditor(container)!;
    const url = 'https://us02web.zoom.us/j/81234567890?pwd=abc';
    writeMeeting(editor, url, '──────── Zoom ────────\nJoin\n──────── /Zoom ────────');
    expect(readValue(editor.location)).toBe(url);
    expect(existingJoinUrl(editor)).toEqual({ joinUrl: url, id: 81234567890 });
    stripMeeting(editor, url);
    expect(readValue(editor.location)).toBe('');
    expect(readValue(editor.body)).toBe('My agenda');
  });

  it('finds Zoom links from zoom.us, zoomgov.com and a configured host only', () => {
    expect(findJoinUrl('see https://zoom.us/j/1234567890 now')?.id).toBe(1234567890);
    expect(findJoinUrl('https://acme.zoomgov.com/j/12345678901?pwd=x')?.id).toBe(12345678901);
    expect(findJoinUrl('https://evil.example/j/12345678901')).toBeNull();
    expect(findJoinUrl('http://127.0.0.1:9000/j/12345678901', ['127.0.0.1'])?.id).toBe(12345678901);
  });
});

describe('dates and times as OnTime may print them', async () => {
  const { readDateTime } = await import('@/utils/page/ontime/draft');
  it.each([
    [['2026-12-01', '09:30'], '2026-12-01T09:30'],
    [['2026/12/01 14:00'], '2026-12-01T14:00'],
    [['2026年12月1日', '10時00分'], '2026-12-01T10:00'],
    [['12/1/2026', '2:30 PM'], '2026-12-01T14:30'],
    [['13/12/2026 08:00'], '2026-12-13T08:00'],
    [['1.12.2026', '12:15 am'], '2026-01-12T00:15'],
    [['Dec 1, 2026', '9:05 AM'], '2026-12-01T09:05'],
    [['1 December 2026 17:45'], '2026-12-01T17:45'],
    [['2026-12-05T16:00'], '2026-12-05T16:00'],
  ])('%j → %s', (values, expected) => {
    expect(readDateTime(values)).toBe(expected);
  });

  it('gives up rather than guessing', () => {
    expect(readDateTime(['next Tuesday', '10:00'])).toBeNull();
    expect(readDateTime(['2026-12-01'])).toBeNull();
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import { readDraft } from '@/utils/page/ontime/draft';
import { candidateContainers, readEditor } from '@/utils/page/ontime/editor';
import { loadContainer } from './load-container';

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('finding the editor by meaning', () => {
  it('reads a label-for dialog with split date and time inputs (English)', () => {
    const container = loadContainer(`
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
    const container = loadContainer(`
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
    const container = loadContainer(`
      <dialog open><span id="l1">Title</span><input aria-labelledby="l1" value="Launch">
        <span id="l2">Starts</span><input type="datetime-local" aria-labelledby="l2" value="2026-12-05T16:00">
        <span id="l3">Ends</span><input type="time" aria-labelledby="l3" value="17:30">
      </dialog>`);
    expect(readDraft(readEditor(container)!)).toMatchObject({ subject: 'Launch', start: '2026-12-05T16:00', end: '2026-12-05T17:30' });
  });

  it('is not fooled by a dialog without meeting fields, and uses the outermost container', () => {
    expect(readEditor(loadContainer('<div role="dialog"><label>Search <input></label></div>'))).toBeNull();
    document.body.innerHTML = `<div role="dialog" id="outer"><form id="inner"><label>Subject <input></label><label>Start <input value="2026-12-01 10:00"></label></form></div>`;
    expect(candidateContainers(document.getElementById('inner')!)[0]!.id).toBe('outer');
  });

  it('honours admin selector overrides and survives a bad one', () => {
    const container = loadContainer(`<div role="dialog"><input class="subj" value="X"><input class="when" value="2026-12-01 10:00"><input class="till" value="2026-12-01 11:00"></div>`);
    const editor = readEditor(container, { subject: '.subj', start: '.when', end: '.till', location: '::bad(' })!;
    expect(readDraft(editor)).toMatchObject({ subject: 'X', start: '2026-12-01T10:00', end: '2026-12-01T11:00' });
  });
});
